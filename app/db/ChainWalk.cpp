// SPDX-License-Identifier: Apache-2.0
#include "db/ChainWalk.h"

namespace cowin::db {

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

Result<ChainReport> walkChain(const std::function<Result<QList<audit::AuditRecord>>(qint64)> &page,
                              const std::function<bool(qint64)> &progress) {
    audit::AuditChainVerifier verifier;
    const auto report = [&verifier](bool cancelled) {
        return Result<ChainReport>::ok({verifier.finding(), verifier.checked(), verifier.lastId(),
                                        verifier.lastHash(), cancelled});
    };
    qint64 after = 0;
    for (;;) {
        auto records = page(after);
        if (!records.isOk())
            return Result<ChainReport>::fail(records.error());
        for (const audit::AuditRecord &rec : records.value()) {
            if (!verifier.add(rec))
                return report(false);
            after = rec.id;
        }
        if (records.value().isEmpty())
            return report(false);
        if (progress && !progress(verifier.checked()))
            return report(true);
    }
}

} // namespace cowin::db
