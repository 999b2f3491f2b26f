// SPDX-License-Identifier: Apache-2.0
#include "audit/Sealer.h"

namespace cowin::audit {

Sealer::Sealer(db::AdminClient &admin, db::PgConnection &connection, int batch, int reportSeconds,
               QObject *parent)
    : QObject(parent)
    , m_admin(admin)
    , m_connection(connection)
    , m_batch(batch)
    , m_reportMs(qMax(0, reportSeconds) * 1000) {
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &Sealer::round);
}

void Sealer::start() {
    m_sinceReport.start();
    reportStatus();
    upkeep();
    schedule(0);
}

void Sealer::schedule(int ms) {
    m_next.start(qMax(0, ms));
}

void Sealer::round() {
    if (m_broken) {
        auto reopened = m_connection.reset();
        if (!reopened.isOk()) {
            Q_EMIT report(QStringLiteral("cannot reach the server (%1); retrying")
                              .arg(reopened.error().message));
            schedule(kRetryMs);
            return;
        }
        m_broken = false;
        Q_EMIT report(QStringLiteral("connected again"));
    }
    auto r = m_admin.sealRound(m_batch);
    if (!r.isOk()) {
        const db::DbError &e = r.error();
        if (e.kind == db::DbError::Kind::Unreachable || !m_connection.isOpen()) {
            m_broken = true;
            Q_EMIT report(QStringLiteral("connection lost; retrying"));
            schedule(kRetryMs);
            return;
        }
        Q_EMIT failed(QStringLiteral("sealing failed: %1 (%2)").arg(e.message, e.sqlState));
        return;
    }
    m_sealedSinceReport += r.value().sealed;
    if (m_sinceUpkeep.elapsed() >= kUpkeepMs)
        upkeep();
    if (m_reportMs > 0 && m_sinceReport.elapsed() >= m_reportMs)
        reportStatus();
    if (r.value().sealed == m_batch)
        schedule(0);
    else if (r.value().waiting)
        schedule(kWaitingMs);
    else
        schedule(kIdleMs);
}

void Sealer::upkeep() {
    m_sinceUpkeep.start();
    auto done = m_admin.watchUpkeep();
    if (!done.isOk()) {
        // Not the sealer's own work: say so and seal on; the catch-all day holds any lookup
        // until a later round succeeds.
        Q_EMIT report(QStringLiteral("lookup watch upkeep failed: %1 (%2); retrying in %3 s")
                          .arg(done.error().message, done.error().sqlState)
                          .arg(kUpkeepMs / 1000));
        return;
    }
    const db::WatchUpkeep &u = done.value();
    if (u.made + u.dropped + u.moved > 0)
        Q_EMIT report(QStringLiteral("lookup record: %1 days made ahead, %2 dropped past "
                                     "retention, %3 lookups moved to their day")
                          .arg(u.made)
                          .arg(u.dropped)
                          .arg(u.moved));
}

void Sealer::reportStatus() {
    auto s = m_admin.sealStatus();
    if (!s.isOk())
        return;
    Q_EMIT report(QStringLiteral("sealed up to event %1 (%2 events); %3 sealed since the last "
                                 "report; %4 waiting, oldest %5 s")
                      .arg(s.value().headEventId)
                      .arg(s.value().headPosition)
                      .arg(m_sealedSinceReport)
                      .arg(s.value().unsealed)
                      .arg(s.value().lagSeconds, 0, 'f', 3));
    m_sealedSinceReport = 0;
    m_sinceReport.restart();
}

} // namespace cowin::audit
