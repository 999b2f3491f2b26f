// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEvent.h"
#include "audit/AuditFilter.h"
#include "audit/AuditRows.h"
#include "audit/Checkpoint.h"
#include "audit/Evidence.h"
#include "db/Progress.h"
#include "db/SessionConnection.h"

#include <QJsonObject>
#include <optional>

namespace cowin::audit {

struct AuditHead {
    qint64 lastId = 0;
    QString lastHashHex;
    qint64 events = 0;
};

// The audit trail as the console reads it (console.audit_*): browsing, activity, the chain
// verified on this side, checkpoints and evidence exports.
class AuditCalls {
public:
    explicit AuditCalls(db::SessionConnection &connection)
        : m_db(connection) {}

    db::Result<AuditHead> head();
    // The stored chain after afterId, for verification here (auditors and admins).
    db::Result<QList<AuditRecord>> chainPage(qint64 afterId, int maxEvents);
    db::Result<QList<Checkpoint>> checkpoints();
    // Recomputes every hash of the chain in this process and holds it to the stored
    // checkpoints and to heads this console remembers; progress counts events and may stop it.
    db::Result<ChainReport> verifyChain(const QList<Checkpoint> &remembered,
                                        const db::ProgressPtr &progress);
    // A page below beforeId (newest first) or above afterId (oldest first); neither: the newest.
    db::Result<QList<AuditEvent>> search(const AuditQuery &query, qint64 beforeId, qint64 afterId,
                                         int pageSize);
    // bucket: "minute", "hour" or "day" of this computer's time zone.
    db::Result<QList<ActivityBar>> activity(const AuditQuery &query, const QDateTime &from,
                                            const QDateTime &to, const QString &bucket);
    // Records the export (filter and reason) before its first row, then waits (on the server,
    // up to 10 s) for the sealer to chain that record: it is the head that bounds the export.
    db::Result<ExportStart> beginExport(const QJsonObject &filter, const QString &reason);
    // How far the sealer has got, and how long the newest events have waited.
    db::Result<SealStatus> sealStatus();
    db::Result<qint64> recordCheckpoint(const Checkpoint &checkpoint);
    // Signs the current head with the auditor's key, here, and records the checkpoint.
    db::Result<Checkpoint> signHead(const AuditorKey &key);
    // The whole export: recorded first, then the events up to that record written page by
    // page into folder with the stored checkpoints, signed when a key is given.
    db::Result<EvidenceSummary> exportEvidence(const AuditQuery &query, const QString &folder,
                                               const QString &reason,
                                               const std::optional<AuditorKey> &key,
                                               const db::ProgressPtr &progress);

private:
    // On a standby, waits (up to 10 s) until it has replayed the newest remembered head.
    db::Result<db::Done> caughtUpWith(const QList<Checkpoint> &remembered);

    db::SessionConnection &m_db;
};

} // namespace cowin::audit
