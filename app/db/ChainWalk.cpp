// SPDX-License-Identifier: Apache-2.0
#include "db/ChainWalk.h"

namespace cowin::db {

namespace {
audit::AuditRecord auditRecordAt(const PgResult &q, int row) {
    audit::AuditRecord rec;
    rec.id = q.int64(row, 0);
    rec.occurredAtUtc = q.text(row, 1);
    rec.actor = q.text(row, 2);
    rec.clientAddr = q.optionalText(row, 3);
    rec.applicationName = q.optionalText(row, 4);
    rec.action = q.text(row, 5);
    rec.targetType = q.optionalText(row, 6);
    rec.targetId = q.optionalText(row, 7);
    rec.reason = q.optionalText(row, 8);
    rec.details = q.optionalText(row, 9);
    rec.prevHash = q.bytesFromHex(row, 10);
    rec.hash = q.bytesFromHex(row, 11);
    return rec;
}

audit::AuditEvent auditEventAt(const PgResult &q, int row) {
    audit::AuditEvent e;
    e.record = auditRecordAt(q, row);
    // Microseconds are kept in the record's text; the display needs milliseconds.
    e.occurredAt = QDateTime::fromString(e.record.occurredAtUtc.left(23) + QLatin1Char('Z'),
                                         Qt::ISODateWithMs);
    e.failure = q.boolean(row, 12);
    return e;
}

audit::Checkpoint checkpointAt(const PgResult &q, int row) {
    audit::Checkpoint c;
    c.lastId = q.int64(row, 0);
    c.lastHash = q.bytesFromHex(row, 1);
    c.events = q.int64(row, 2);
    c.takenAtUtc = q.text(row, 3);
    c.publicKey = q.bytesFromHex(row, 4);
    c.signature = q.bytesFromHex(row, 5);
    return c;
}

template <typename T>
Result<QList<T>> rowsIn(const Result<PgResult> &result, T (*at)(const PgResult &, int)) {
    if (!result.isOk())
        return Result<QList<T>>::fail(result.error());
    QList<T> out;
    for (int i = 0; i < result.value().rows(); ++i)
        out << at(result.value(), i);
    return Result<QList<T>>::ok(out);
}
} // namespace

Result<QList<audit::AuditRecord>> auditRecordsIn(const Result<PgResult> &result) {
    return rowsIn(result, &auditRecordAt);
}

Result<QList<audit::AuditEvent>> auditEventsIn(const Result<PgResult> &result) {
    return rowsIn(result, &auditEventAt);
}

Result<QList<audit::Checkpoint>> checkpointsIn(const Result<PgResult> &result) {
    return rowsIn(result, &checkpointAt);
}

Result<audit::SealStatus> sealStatusIn(const Result<PgResult> &result) {
    if (!result.isOk())
        return Result<audit::SealStatus>::fail(result.error());
    const PgResult &q = result.value();
    if (q.rows() == 0)
        return Result<audit::SealStatus>::fail(DbError::internal(QStringLiteral("no seal state")));
    audit::SealStatus s;
    s.headPosition = q.int64(0, 0);
    s.headEventId = q.int64(0, 1);
    s.headHashHex = q.text(0, 2);
    s.sealedAt = q.timestamp(0, 3);
    s.checkedAt = q.timestamp(0, 4);
    s.unsealed = q.int64(0, 5);
    s.oldestUnsealedId = q.isNull(0, 6) ? 0 : q.int64(0, 6);
    s.oldestUnsealedAt = q.timestamp(0, 7);
    s.lagSeconds = q.text(0, 8).toDouble();
    return Result<audit::SealStatus>::ok(s);
}

Result<ChainReport> walkChain(const std::function<Result<QList<audit::AuditRecord>>(qint64)> &page,
                              const QList<audit::Checkpoint> &checkpoints,
                              const std::function<bool(qint64)> &progress) {
    audit::AuditChainVerifier verifier;
    audit::CheckpointCheck check(checkpoints);
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
        for (const audit::AuditRecord &rec : records.value()) {
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

} // namespace cowin::db
