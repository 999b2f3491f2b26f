// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditRows.h"

#include "db/Calls.h"

namespace cowin::audit {

using db::PgResult;
using db::Result;
using namespace db::calls;

namespace {
AuditRecord auditRecordAt(const PgResult &q, int row) {
    AuditRecord rec;
    rec.id = q.int64(row, "id");
    rec.occurredAtUtc = q.text(row, "occurred_at_utc");
    rec.actor = q.text(row, "actor");
    rec.clientAddr = q.optionalText(row, "client_addr");
    rec.applicationName = q.optionalText(row, "application_name");
    rec.action = q.text(row, "action");
    rec.targetType = q.optionalText(row, "target_type");
    rec.targetId = q.optionalText(row, "target_id");
    rec.reason = q.optionalText(row, "reason");
    rec.details = q.optionalText(row, "details");
    rec.prevHash = q.bytesFromHex(row, "prev_hash");
    rec.hash = q.bytesFromHex(row, "hash");
    return rec;
}

AuditEvent auditEventAt(const PgResult &q, int row) {
    AuditEvent e;
    e.record = auditRecordAt(q, row);
    // Microseconds are kept in the record's text; the display needs milliseconds.
    e.occurredAt = QDateTime::fromString(e.record.occurredAtUtc.left(23) + QLatin1Char('Z'),
                                         Qt::ISODateWithMs);
    e.failure = q.boolean(row, "failure");
    e.targetLabel = q.optionalText(row, "target_label");
    return e;
}

Checkpoint checkpointAt(const PgResult &q, int row) {
    Checkpoint c;
    c.lastId = q.int64(row, "last_id");
    c.lastHash = q.bytesFromHex(row, "last_hash");
    c.events = q.int64(row, "events");
    c.takenAtUtc = q.text(row, "taken_at_utc");
    c.publicKey = q.bytesFromHex(row, "public_key");
    c.signature = q.bytesFromHex(row, "signature");
    return c;
}
} // namespace

Result<QList<AuditRecord>> auditRecordsIn(const Result<PgResult> &result) {
    return rows(result, &auditRecordAt);
}

Result<QList<AuditEvent>> auditEventsIn(const Result<PgResult> &result) {
    return rows(result, &auditEventAt);
}

Result<QList<Checkpoint>> checkpointsIn(const Result<PgResult> &result) {
    return rows(result, &checkpointAt);
}

Result<SealStatus> sealStatusIn(const Result<PgResult> &result) {
    if (result.isOk() && result.value().rows() == 0)
        return Result<SealStatus>::fail(db::DbError::internal(QStringLiteral("no seal state")));
    return answer(result, [](const PgResult &q) {
        SealStatus s;
        s.headPosition = q.int64(0, "head_position");
        s.headEventId = q.int64(0, "head_event_id");
        s.headHashHex = q.text(0, "head_hash");
        s.sealedAt = q.timestamp(0, "sealed_at");
        s.checkedAt = q.timestamp(0, "checked_at");
        s.unsealed = q.int64(0, "unsealed");
        s.oldestUnsealedId = q.int64(0, "oldest_unsealed_id");
        s.oldestUnsealedAt = q.timestamp(0, "oldest_unsealed_at");
        s.lagSeconds = q.text(0, "lag_seconds").toDouble();
        return s;
    });
}

Result<ExportStart> exportHeadIn(qint64 exportId, const Result<PgResult> &result) {
    return answer(result, [exportId](const PgResult &q) {
        return ExportStart{exportId, q.int64(0, "last_id"), q.bytesFromHex(0, "last_hash"),
                           q.int64(0, "events")};
    });
}

QVariantList filterParameters(const AuditQuery &q, const QDateTime &from, const QDateTime &to) {
    const AuditFilter &f = q.filter;
    return {timeOrNull(from),
            timeOrNull(to),
            textOrNull(f.actor),
            textOrNull(f.action),
            textOrNull(f.targetType),
            textOrNull(f.targetId),
            textOrNull(f.clientNetwork),
            textOrNull(f.outcome),
            textOrNull(f.reasonWords)};
}

QString filterArguments() {
    return namedArguments({"from_at", "to_at", "actor", "action", "target_type", "target_id",
                           "client_network", "outcome", "reason_words"});
}

Result<ChainReport> walkChain(const std::function<Result<QList<AuditRecord>>(qint64)> &page,
                              const QList<Checkpoint> &checkpoints,
                              const std::function<bool(qint64)> &progress) {
    AuditChainVerifier verifier;
    CheckpointCheck check(checkpoints);
    const auto report = [&verifier, &check](bool cancelled) {
        if (!cancelled && verifier.intact())
            check.finish();
        return Result<ChainReport>::ok({verifier.finding(), verifier.checked(), verifier.lastId(),
                                        verifier.lastHash(), cancelled, check.count(),
                                        check.finding(), verifier.unsealed(),
                                        verifier.firstUnsealedId()});
    };
    qint64 after = 0;
    for (;;) {
        auto records = page(after);
        if (!records.isOk())
            return Result<ChainReport>::fail(records.error());
        for (const AuditRecord &rec : records.value()) {
            if (!verifier.add(rec))
                return report(false);
            if (!rec.hash.isEmpty())
                check.see(rec.id, rec.hash, verifier.checked());
            after = rec.id;
        }
        if (records.value().isEmpty())
            return report(false);
        if (progress && !progress(verifier.checked()))
            return report(true);
    }
}

} // namespace cowin::audit
