// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditRows.h"

#include "db/Calls.h"

#include <QCoreApplication>
#include <QtEndian>
#include <limits>

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

namespace {
constexpr int kChainBatch = 10000;
// How many events between two reports of progress.
constexpr int kProgressEvery = 10000;

std::optional<QByteArrayView> optional(QByteArrayView cell) {
    return cell.isNull() ? std::nullopt : std::optional<QByteArrayView>(cell);
}

qint64 bigEndian64(QByteArrayView cell) {
    return cell.size() == 8 ? qFromBigEndian<qint64>(cell.data()) : 0;
}
} // namespace

AuditRecordView chainRecordView(const QByteArrayView *cells, char *timeText) {
    AuditRecordView r;
    r.id = bigEndian64(cells[0]);
    const qint64 micros = bigEndian64(cells[1]);
    // audit.utc_text gives NULL for an infinite time.
    if (!cells[1].isNull() && micros != std::numeric_limits<qint64>::min() &&
        micros != std::numeric_limits<qint64>::max())
        r.occurredAtUtc = QByteArrayView(timeText, AuditChain::utcText(micros, timeText));
    r.actor = cells[2];
    r.clientAddr = optional(cells[3]);
    r.applicationName = optional(cells[4]);
    r.action = cells[5];
    r.targetType = optional(cells[6]);
    r.targetId = optional(cells[7]);
    r.reason = optional(cells[8]);
    r.details = optional(cells[9]);
    r.prevHash = cells[10];
    r.hash = cells[11];
    return r;
}

bool verifyChainRow(const QByteArrayView *cells, AuditChainVerifier &verifier,
                    CheckpointCheck &check) {
    char occurred[kChainTimeText];
    const AuditRecordView r = chainRecordView(cells, occurred);
    if (!verifier.add(r))
        return false;
    if (!r.hash.isEmpty())
        check.see(r.id, r.hash, verifier.checked());
    return true;
}

bool verifyChainBatch(const PgResult &batch, AuditChainVerifier &verifier, CheckpointCheck &check) {
    QByteArrayView cells[kChainColumns];
    for (int row = 0; row < batch.rows(); ++row) {
        batch.rowCells(row, cells);
        if (!verifyChainRow(cells, verifier, check))
            return false;
    }
    return true;
}

ChainCalls ChainCalls::console() {
    return {QStringLiteral("SELECT * FROM console.audit_chain_start()"),
            QStringLiteral("SELECT console.audit_chain_open($1)")};
}

ChainCalls ChainCalls::admin() {
    return {QStringLiteral("SELECT * FROM admin.audit_chain_start()"),
            QStringLiteral("SELECT admin.audit_chain_open($1)")};
}

Result<ChainReport> verifyStoredChain(db::PgConnection &db, const ChainCalls &calls,
                                      const QList<Checkpoint> &checkpoints,
                                      const std::function<bool(qint64)> &progress,
                                      const ArchiveWalk &archives) {
    AuditChainVerifier verifier;
    CheckpointCheck check(checkpoints);
    ChainReport report;
    const auto fail = [&db](const db::DbError &error) {
        db.exec(QStringLiteral("ROLLBACK"));
        return Result<ChainReport>::fail(error);
    };
    auto begun = db.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
    if (!begun.isOk())
        return Result<ChainReport>::fail(begun.error());
    auto start = answer(db.exec(calls.start), [](const PgResult &q) {
        return ChainStart{q.int64(0, "after_id"), q.bytesFromHex(0, "prev_hash"),
                          q.int64(0, "after_position"), q.int64(0, "archived")};
    });
    if (!start.isOk())
        return fail(start.error());
    report.start = start.value();
    if (archives) {
        report.archiveProblems = archives(verifier, check);
        if (report.archiveProblems.isEmpty() && verifier.intact() &&
            (verifier.lastId() != report.start.afterId ||
             verifier.lastHash() != report.start.prevHash ||
             verifier.checked() != report.start.afterPosition))
            report.archiveProblems
                << QCoreApplication::translate("cowin::audit::AuditRows",
                                               "The archives end at event %1 (%2 events); the live "
                                               "trail starts after event %3 (%4 events).")
                       .arg(verifier.lastId())
                       .arg(verifier.checked())
                       .arg(report.start.afterId)
                       .arg(report.start.afterPosition);
    } else {
        verifier.resumeAfter(report.start.afterId, report.start.prevHash,
                             report.start.afterPosition);
        check.startAfter(report.start.afterId, report.start.prevHash, report.start.afterPosition);
        report.checkpointsInArchives = check.leftToArchives();
    }
    if (!report.archiveProblems.isEmpty() || !verifier.intact()) {
        db.exec(QStringLiteral("ROLLBACK"));
        report.finding = verifier.finding();
        report.checkpointFinding = check.finding();
        return Result<ChainReport>::ok(report);
    }
    auto opened = db.exec(calls.open, {report.start.afterId});
    if (!opened.isOk())
        return fail(opened.error());
    bool cancelled = false;
    bool wrongShape = false;
    qint64 rows = 0;
    auto walked =
        db.streamCursor("audit_chain", kChainBatch, [&](const QByteArrayView *cells, int columns) {
            if (columns != kChainColumns) {
                wrongShape = true;
                return false;
            }
            if (!verifyChainRow(cells, verifier, check))
                return false;
            // Reported at the first event, so a walk shows it has started, and every 10,000.
            cancelled = progress && rows++ % kProgressEvery == 0 && !progress(verifier.checked());
            return !cancelled;
        });
    if (!walked.isOk())
        return fail(walked.error());
    if (wrongShape)
        return fail(db::DbError::internal(QStringLiteral("unexpected audit chain columns")));
    auto ended = db.exec(QStringLiteral("COMMIT"));
    if (!ended.isOk())
        return Result<ChainReport>::fail(ended.error());
    if (!cancelled && verifier.intact())
        check.finish();
    report.finding = verifier.finding();
    report.checked = verifier.checked();
    report.lastId = verifier.lastId();
    report.lastHash = verifier.lastHash();
    report.cancelled = cancelled;
    report.checkpoints = check.count();
    report.checkpointFinding = check.finding();
    report.unsealed = verifier.unsealed();
    report.firstUnsealedId = verifier.firstUnsealedId();
    return Result<ChainReport>::ok(report);
}

} // namespace cowin::audit
