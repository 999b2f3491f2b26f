// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditChain.h"
#include "audit/AuditEvent.h"
#include "audit/AuditFilter.h"
#include "audit/Checkpoint.h"
#include "db/DbError.h"
#include "db/PgConnection.h"

#include <QList>
#include <QVariantList>
#include <functional>

// How the audit functions' answers are read, for the console's calls (console.*) and
// cowin-admin's (admin.*) alike, and the verification of the chain both do on this side.
namespace cowin::audit {

// Where a walk of the live chain begins (console/admin.audit_chain_start): after the archived
// months, or from the genesis.
struct ChainStart {
    qint64 afterId = 0;
    QByteArray prevHash = AuditChain::genesisHash();
    qint64 afterPosition = 0;
    qint64 archived = 0; // events the archived months hold
};

struct ChainReport {
    ChainStart start;
    // What did not hold about the archives walked before the live chain (cowin-admin
    // verify-audit --archive): a file, or where they end against where the live chain starts.
    QStringList archiveProblems;
    // Checkpoints inside archived months, left unchecked when the archives were not walked.
    int checkpointsInArchives = 0;
    AuditChainVerifier::Finding finding;
    qint64 checked = 0;
    qint64 lastId = 0;
    QByteArray lastHash;
    bool cancelled = false;
    int checkpoints = 0;
    CheckpointCheck::Finding checkpointFinding;
    // Committed events after the last sealed one, waiting for the sealer.
    qint64 unsealed = 0;
    qint64 firstUnsealedId = 0;
    // The chain links and hashes hold, and so does every checkpoint.
    bool intact() const {
        return archiveProblems.isEmpty() && finding.problem == AuditChainVerifier::Problem::None &&
               checkpointFinding.problem == CheckpointCheck::Problem::None;
    }
};

// The columns a chain page is selected with, and those of a search's page (the same names,
// and whether the event records a failure).
constexpr char kAuditRecordColumns[] =
    "id, occurred_at_utc, actor, client_addr, application_name, action, target_type, target_id, "
    "reason, details, prev_hash, hash";
constexpr char kAuditEventColumns[] =
    "id, occurred_at_utc, actor_name AS actor, client_addr, application_name, action_name AS "
    "action, target_kind AS target_type, target AS target_id, reason, details, prev_hash, hash, "
    "failure, target_label";
constexpr char kCheckpointColumns[] =
    "last_id, last_hash, events, taken_at_utc, public_key, signature";
constexpr char kSealStatusColumns[] =
    "head_position, head_event_id, head_hash, sealed_at, checked_at, unsealed, "
    "oldest_unsealed_id, oldest_unsealed_at, lag_seconds";

db::Result<QList<AuditRecord>> auditRecordsIn(const db::Result<db::PgResult> &result);
db::Result<QList<AuditEvent>> auditEventsIn(const db::Result<db::PgResult> &result);
// Hashes, keys and signatures arrive in hex.
db::Result<QList<Checkpoint>> checkpointsIn(const db::Result<db::PgResult> &result);
db::Result<SealStatus> sealStatusIn(const db::Result<db::PgResult> &result);
db::Result<ExportStart> exportHeadIn(qint64 exportId, const db::Result<db::PgResult> &result);

// The filter's values and their names ($1 … $9), as the search, activity and export functions
// take them: what the operator left empty is NULL.
QVariantList filterParameters(const AuditQuery &query, const QDateTime &from, const QDateTime &to);
QString filterArguments();

// The calls a walk makes, as the console or cowin-admin may: where the live chain starts
// (audit_chain_start) and the cursor over it after an id ($1, audit_chain_open).
struct ChainCalls {
    QString start;
    QString open;
    static ChainCalls console();
    static ChainCalls admin();
};

// Feeds archived months to the walk, oldest first from the genesis, before the live chain;
// returns what did not hold about the archives themselves.
using ArchiveWalk = std::function<QStringList(AuditChainVerifier &, CheckpointCheck &)>;

// Recomputes every hash of the chain on this side and holds it to the signed checkpoints. In one
// repeatable-read transaction it reads where the live chain starts and opens the cursor
// audit_chain over it, which is streamed (PgConnection::streamCursor): the server reads while
// this side hashes. Without archives the walk resumes where they end, and the checkpoints
// inside them are left to a walk of the archives. progress(checked) at the first event and
// every 10,000 after it may return false to stop.
db::Result<ChainReport> verifyStoredChain(db::PgConnection &db, const ChainCalls &calls,
                                          const QList<Checkpoint> &checkpoints,
                                          const std::function<bool(qint64)> &progress = {},
                                          const ArchiveWalk &archives = {});

// The cursor's columns, in binary: id int8, occurred_at timestamptz (microseconds since 2000),
// eight texts, prev_hash and hash bytea.
constexpr int kChainColumns = 12;
constexpr int kChainTimeText = 40; // room for a time's canonical text
// One row of the cursor as the verifier takes it: views into cells (kChainColumns of them, as
// PgResult::rowCells reads them), and the time's text written into timeText.
AuditRecordView chainRecordView(const QByteArrayView *cells, char *timeText);

// One row of the cursor (its twelve columns) through the verifier and the checkpoints; false
// once a problem is found.
bool verifyChainRow(const QByteArrayView *cells, AuditChainVerifier &verifier,
                    CheckpointCheck &check);
// The same for every row of a batch held in memory, for a benchmark of this side alone.
bool verifyChainBatch(const db::PgResult &batch, AuditChainVerifier &verifier,
                      CheckpointCheck &check);

} // namespace cowin::audit
