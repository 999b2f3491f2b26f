// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditChain.h"
#include "audit/Checkpoint.h"
#include "audit/EventLines.h"
#include "db/DbError.h"

#include <QStringList>
#include <memory>

namespace cowin::audit {

// A month of the audit trail written out before it leaves the live database (cowin-admin
// archive-audit; docs/audit-evidence.md, "Month archives"): a folder with events.jsonl, the
// month's events oldest first with their hashes, and manifest.json naming that file's
// SHA-256, where the month sits in the chain and the signed checkpoint that covers it.
struct MonthArchivePlan {
    QString partition; // event_2026_11
    qint64 firstId = 0;
    qint64 lastId = 0;
    qint64 events = 0;
    qint64 firstPosition = 0;
    QByteArray prevHash; // the hash before the month's first event
    QByteArray lastHash;
    Checkpoint checkpoint; // at or after lastId
};

struct MonthArchiveSummary {
    QString folder;
    qint64 events = 0;
    QByteArray manifestSha256;
};

// Writes an archive while checking every event against the chain: nothing appears under the
// folder unless every event of the plan was written and holds.
class MonthArchiveWriter {
public:
    static constexpr char kFormat[] = "cowin.audit.archive.v1";

    MonthArchiveWriter(const QString &folder, MonthArchivePlan plan);
    ~MonthArchiveWriter();
    // Creates the folder's partial twin; a problem names the folder.
    db::Result<db::Done> open();
    // The next event, oldest first; false when it does not hold or cannot be written.
    bool add(const AuditRecordView &record);
    db::Result<MonthArchiveSummary> finish(const QString &server);

private:
    db::Result<MonthArchiveSummary> abandon(const QString &why);
    QString m_target;
    QString m_partial;
    MonthArchivePlan m_plan;
    AuditChainVerifier m_verifier;
    std::unique_ptr<HashedFile> m_events;
    QString m_problem;
    bool m_finished = false;
};

// The signed checkpoint an archive's manifest carries (the one that covered the month when it
// was archived): a walk holds the chain to it too, wherever else it is kept. Empty when the
// folder has none.
QList<Checkpoint> monthArchiveCheckpoints(const QString &folder);

// Walks one archive into a verifier and a checkpoint check (verify-audit --archive): the file
// against its manifest, every hash recomputed, and where the month sits in the chain. Returns
// what did not hold.
QStringList walkMonthArchive(const QString &folder, AuditChainVerifier &verifier,
                             CheckpointCheck &check);

} // namespace cowin::audit
