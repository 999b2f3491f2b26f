// SPDX-License-Identifier: Apache-2.0
#include "db/CallParameters.h"
#include "db/ConsoleClient.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace cowin::db {

using namespace parameters;

Result<QList<audit::AuditEvent>> ConsoleClient::searchAudit(const audit::AuditQuery &query,
                                                            qint64 beforeId, qint64 afterId,
                                                            int pageSize) {
    QVariantList params = auditFilterParameters(query, query.from, query.to);
    params << idOrNull(beforeId) << idOrNull(afterId) << pageSize;
    return auditEventsIn(call(QStringLiteral("SELECT %1 FROM console.audit_search($1, $2, $3, $4, "
                                             "$5, $6, $7, $8, $9, $10, $11, $12)")
                                  .arg(QLatin1String(kAuditEventColumns)),
                              params));
}

Result<QList<audit::ActivityBar>> ConsoleClient::auditActivity(const audit::AuditQuery &query,
                                                               const QDateTime &from,
                                                               const QDateTime &to,
                                                               const QString &bucket) {
    QVariantList params = auditFilterParameters(query, from, to);
    params << bucket << QString::fromUtf8(QTimeZone::systemTimeZoneId());
    auto r = call(QStringLiteral("SELECT bucket_start, events, failures FROM "
                                 "console.audit_activity($1, $2, $3, $4, $5, $6, $7, $8, $9, "
                                 "$10, $11)"),
                  params);
    if (!r.isOk())
        return failWith<QList<audit::ActivityBar>>(r);
    QList<audit::ActivityBar> bars;
    for (int i = 0; i < r.value().rows(); ++i)
        bars << audit::ActivityBar{r.value().timestamp(i, 0), r.value().int64(i, 1),
                                   r.value().int64(i, 2)};
    return Result<QList<audit::ActivityBar>>::ok(bars);
}

Result<audit::ExportStart> ConsoleClient::beginAuditExport(const QJsonObject &filter,
                                                           const QString &reason) {
    auto begun = call(
        QStringLiteral("SELECT console.audit_export_begin($1::jsonb, $2)"),
        {QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact)), reason}, false);
    if (!begun.isOk())
        return failWith<audit::ExportStart>(begun);
    // Autocommit: the record committed; the server waits for the sealer to chain it.
    const qint64 exportId = begun.value().int64(0, 0);
    auto head =
        call(QStringLiteral("SELECT last_id, last_hash, events FROM console.audit_export_head($1)"),
             {exportId});
    if (!head.isOk())
        return failWith<audit::ExportStart>(head);
    return Result<audit::ExportStart>::ok({exportId, head.value().int64(0, 0),
                                           head.value().bytesFromHex(0, 1),
                                           head.value().int64(0, 2)});
}

Result<audit::SealStatus> ConsoleClient::auditSealStatus() {
    return sealStatusIn(call(QStringLiteral("SELECT %1 FROM console.audit_seal_status()")
                                 .arg(QLatin1String(kSealStatusColumns))));
}

Result<qint64> ConsoleClient::recordCheckpoint(const audit::Checkpoint &c) {
    auto r =
        call(QStringLiteral("SELECT console.audit_checkpoint_record($1, $2, $3, $4, $5, $6)"),
             {c.lastId, QString::fromLatin1(c.lastHash.toHex()), c.events, c.takenAtUtc,
              QString::fromLatin1(c.publicKey.toHex()), QString::fromLatin1(c.signature.toHex())},
             false);
    if (!r.isOk())
        return failWith<qint64>(r);
    return Result<qint64>::ok(r.value().int64(0, 0));
}

Result<audit::EvidenceSummary>
ConsoleClient::exportAuditEvidence(const audit::AuditQuery &query, const QString &folder,
                                   const QString &reason, const audit::AuditorKey *key,
                                   const std::function<bool(qint64)> &progress) {
    audit::EvidenceSource source;
    source.exportedBy = m_user;
    source.server = m_connection.serverDescription();
    source.begin = [this](const QJsonObject &filter, const QString &why) {
        return beginAuditExport(filter, why);
    };
    source.checkpoints = [this] { return auditCheckpoints(); };
    source.page = [this, &query](qint64 before) {
        return searchAudit(query, before, 0, audit::Evidence::kPageSize);
    };
    return audit::Evidence::exportFrom(source, query, folder, reason, key, progress);
}

} // namespace cowin::db
