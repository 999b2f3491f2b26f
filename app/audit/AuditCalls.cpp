// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditCalls.h"

#include "db/Calls.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QThread>
#include <QTimeZone>

namespace cowin::audit {

using namespace db::calls;
using db::PgResult;
using db::Result;

Result<AuditHead> AuditCalls::head() {
    return answer(
        m_db.call(QStringLiteral("SELECT last_id, last_hash, events FROM console.audit_head()")),
        [](const PgResult &q) {
            return AuditHead{q.int64(0, "last_id"), q.text(0, "last_hash"), q.int64(0, "events")};
        });
}

Result<QList<AuditRecord>> AuditCalls::chainPage(qint64 afterId, int maxEvents) {
    return auditRecordsIn(
        m_db.call(QStringLiteral("SELECT %1 FROM console.audit_chain_page($1, $2)")
                      .arg(QLatin1String(kAuditRecordColumns)),
                  {afterId, maxEvents}));
}

Result<QList<Checkpoint>> AuditCalls::checkpoints() {
    return checkpointsIn(m_db.call(QStringLiteral("SELECT %1 FROM console.audit_checkpoints()")
                                       .arg(QLatin1String(kCheckpointColumns))));
}

Result<db::Done> AuditCalls::caughtUpWith(const QList<Checkpoint> &remembered) {
    qint64 newestSeen = 0;
    for (const Checkpoint &c : remembered)
        newestSeen = qMax(newestSeen, c.lastId);
    // A standby replays the primary's events a moment after they commit; a head this console
    // saw may not be there yet. Once the standby has replayed a sealer round that ran after
    // this wait began, it holds everything sealed before: a chain shorter than the head seen
    // is then a cut, which the verification reports. On the primary it is a cut at once.
    auto began = m_db.call(QStringLiteral("SELECT pg_catalog.clock_timestamp()"));
    if (!began.isOk())
        return Result<db::Done>::fail(began.error());
    const QDateTime since = began.value().timestamp(0, 0);
    for (int wait = 0;; ++wait) {
        auto current = head();
        if (!current.isOk())
            return Result<db::Done>::fail(current.error());
        if (current.value().lastId >= newestSeen)
            return Result<db::Done>::ok({});
        auto standby = m_db.onStandby();
        if (!standby.isOk())
            return Result<db::Done>::fail(standby.error());
        if (!standby.value())
            return Result<db::Done>::ok({});
        auto status = sealStatus();
        if (!status.isOk())
            return Result<db::Done>::fail(status.error());
        if (status.value().checkedAt >= since)
            return Result<db::Done>::ok({});
        if (wait == 50) {
            db::DbError behind;
            behind.kind = db::DbError::Kind::Stale;
            behind.message = QCoreApplication::translate(
                "AuditCalls", "The standby has not yet replayed the newest events this console "
                              "has seen. Verify again in a moment, or on the primary.");
            return Result<db::Done>::fail(behind);
        }
        QThread::msleep(200);
    }
}

Result<ChainReport> AuditCalls::verifyChain(const QList<Checkpoint> &remembered,
                                            const db::ProgressPtr &progress) {
    auto caughtUp = caughtUpWith(remembered);
    if (!caughtUp.isOk())
        return Result<ChainReport>::fail(caughtUp.error());
    auto stored = checkpoints();
    if (!stored.isOk())
        return Result<ChainReport>::fail(stored.error());
    return verifyStoredChain(
        m_db.connection(), ChainCalls::console(), stored.value() + remembered,
        [progress](qint64 checked) { return !progress || progress->advance(checked); });
}

Result<QList<AuditEvent>> AuditCalls::search(const AuditQuery &query, qint64 beforeId,
                                             qint64 afterId, int pageSize) {
    QVariantList params = filterParameters(query, query.from, query.to);
    params << idOrNull(beforeId) << idOrNull(afterId) << pageSize;
    return auditEventsIn(
        m_db.call(QStringLiteral("SELECT %1 FROM console.audit_search(%2, %3)")
                      .arg(QLatin1String(kAuditEventColumns), filterArguments(),
                           namedArguments({"before_id", "after_id", "page_size"}, 10)),
                  params));
}

Result<QList<ActivityBar>> AuditCalls::activity(const AuditQuery &query, const QDateTime &from,
                                                const QDateTime &to, const QString &bucket) {
    QVariantList params = filterParameters(query, from, to);
    params << bucket << QString::fromUtf8(QTimeZone::systemTimeZoneId());
    return rows(m_db.call(QStringLiteral("SELECT bucket_start, events, failures FROM "
                                         "console.audit_activity(%1, %2)")
                              .arg(filterArguments(), namedArguments({"bucket", "time_zone"}, 10)),
                          params),
                [](const PgResult &q, int i) {
                    return ActivityBar{q.timestamp(i, "bucket_start"), q.int64(i, "events"),
                                       q.int64(i, "failures")};
                });
}

Result<ExportStart> AuditCalls::beginExport(const QJsonObject &filter, const QString &reason) {
    auto begun = firstId(m_db.call(
        QStringLiteral("SELECT console.audit_export_begin($1::jsonb, $2)"),
        {QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact)), reason}, false));
    if (!begun.isOk())
        return Result<ExportStart>::fail(begun.error());
    // Autocommit: the record committed; the server waits for the sealer to chain it.
    return exportHeadIn(begun.value(), m_db.call(QStringLiteral("SELECT last_id, last_hash, "
                                                                "events FROM "
                                                                "console.audit_export_head($1)"),
                                                 {begun.value()}));
}

Result<SealStatus> AuditCalls::sealStatus() {
    return sealStatusIn(m_db.call(QStringLiteral("SELECT %1 FROM console.audit_seal_status()")
                                      .arg(QLatin1String(kSealStatusColumns))));
}

Result<qint64> AuditCalls::recordCheckpoint(const Checkpoint &c) {
    return firstId(m_db.call(QStringLiteral("SELECT console.audit_checkpoint_record(%1)")
                                 .arg(namedArguments({"last_id", "last_hash", "events",
                                                      "taken_at_utc", "public_key", "signature"})),
                             {c.lastId, QString::fromLatin1(c.lastHash.toHex()), c.events,
                              c.takenAtUtc, QString::fromLatin1(c.publicKey.toHex()),
                              QString::fromLatin1(c.signature.toHex())},
                             false));
}

Result<Checkpoint> AuditCalls::signHead(const AuditorKey &key) {
    auto current = head();
    if (!current.isOk())
        return Result<Checkpoint>::fail(current.error());
    Checkpoint cp;
    cp.lastId = current.value().lastId;
    cp.lastHash = QByteArray::fromHex(current.value().lastHashHex.toLatin1());
    cp.events = current.value().events;
    cp.takenAtUtc =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
    key.sign(cp);
    auto recorded = recordCheckpoint(cp);
    if (!recorded.isOk())
        return Result<Checkpoint>::fail(recorded.error());
    return Result<Checkpoint>::ok(cp);
}

Result<EvidenceSummary> AuditCalls::exportEvidence(const AuditQuery &query, const QString &folder,
                                                   const QString &reason,
                                                   const std::optional<AuditorKey> &key,
                                                   const db::ProgressPtr &progress) {
    EvidenceSource source;
    source.exportedBy = m_db.user();
    source.server = m_db.connection().serverDescription();
    source.begin = [this](const QJsonObject &filter, const QString &why) {
        return beginExport(filter, why);
    };
    source.checkpoints = [this] { return checkpoints(); };
    source.page = [this, &query](qint64 before) {
        return search(query, before, 0, Evidence::kPageSize);
    };
    return Evidence::exportFrom(
        source, query, folder, reason, key ? &*key : nullptr,
        [progress](qint64 written) { return !progress || progress->advance(written); });
}

} // namespace cowin::audit
