// SPDX-License-Identifier: Apache-2.0
#include "vaccinators/VaccinatorExporter.h"

#include "vaccinators/VaccinatorCalls.h"
#include "vaccinators/VaccinatorCsv.h"

namespace cowin::vaccinators {

namespace {
constexpr int kCountCap = 100000;
}

VaccinatorExporter::VaccinatorExporter(db::Session *session, VaccinatorQuery query, QString path,
                                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_query(std::move(query))
    , m_path(std::move(path)) {
    m_page.pageSize = kPageSize;
}

QString VaccinatorExporter::describe(const VaccinatorQuery &q) {
    QStringList parts;
    if (!q.name.isEmpty())
        parts << (q.similarNames ? QStringLiteral("name like '%1'")
                                 : QStringLiteral("name contains '%1'"))
                     .arg(q.name);
    if (!q.loginPrefix.isEmpty())
        parts << QStringLiteral("login id starts '%1'").arg(q.loginPrefix);
    if (!q.mobile.isEmpty())
        parts << QStringLiteral("mobile ******%1").arg(q.mobile.right(4));
    if (!q.stateCode.isEmpty())
        parts << QStringLiteral("state %1").arg(q.stateCode);
    if (q.districtId > 0)
        parts << QStringLiteral("district %1").arg(q.districtId);
    if (q.centreId > 0)
        parts << QStringLiteral("centre %1").arg(q.centreId);
    if (!q.status.isEmpty())
        parts << QStringLiteral("status %1").arg(q.status);
    return parts.isEmpty() ? QStringLiteral("every account") : parts.join(QStringLiteral(", "));
}

void VaccinatorExporter::start() {
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        Q_EMIT finished(false, tr("Cannot write %1: %2").arg(m_path, m_file->errorString()));
        return;
    }
    // A search by mobile number finds one account at most; counting it would record a lookup.
    auto counted = m_query.mobile.isEmpty()
                       ? m_session->call(&VaccinatorCalls::count, m_query, kCountCap)
                       : QtFuture::makeReadyFuture(db::Result<MatchCount>::ok({1, false}));
    counted.then(this, [this](const db::Result<MatchCount> &count) {
        if (!count.isOk())
            return fail(count.error());
        m_expected = count.value().capped ? 0 : count.value().matches;
        m_session->call(&VaccinatorCalls::recordExport, describe(m_query), count.value().matches)
            .then(this, [this](const db::Result<qint64> &recorded) {
                if (!recorded.isOk())
                    return fail(recorded.error());
                m_file->write(VaccinatorCsv::exportHeader());
                nextPage();
            });
    });
}

void VaccinatorExporter::nextPage() {
    if (m_cancelled) {
        m_file->cancelWriting();
        m_file.reset();
        Q_EMIT finished(false, tr("Export cancelled; no file was written."));
        return;
    }
    m_session->call(&VaccinatorCalls::search, m_query, m_page)
        .then(this, [this](const db::Result<QList<VaccinatorRow>> &r) {
            if (!r.isOk())
                return fail(r.error());
            for (const VaccinatorRow &row : r.value())
                m_file->write(VaccinatorCsv::exportLine(row));
            m_written += r.value().size();
            Q_EMIT progressed(m_written, m_expected);
            if (r.value().size() < kPageSize) {
                if (!m_file->commit())
                    return fail(db::DbError::local(m_file->errorString()));
                m_file.reset();
                Q_EMIT finished(true, tr("%n account(s) exported, mobile numbers masked.", nullptr,
                                         static_cast<int>(m_written)));
                return;
            }
            m_page.hasCursor = true;
            m_page.afterKey = r.value().last().sortKey;
            m_page.afterId = r.value().last().id;
            nextPage();
        });
}

void VaccinatorExporter::fail(const db::DbError &error) {
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    // Words the schema wrote for people, or the code for the IT desk; never raw server text.
    const QString why = !error.message.isEmpty() ? error.message
                        : !error.sqlState.isEmpty()
                            ? tr("the server could not do it (code %1)").arg(error.sqlState)
                            : tr("the connection failed");
    Q_EMIT finished(false, tr("The export failed: %1. No file was written.").arg(why));
}

} // namespace cowin::vaccinators
