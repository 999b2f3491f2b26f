// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditChain.h"
#include "audit/AuditEvent.h"
#include "audit/Checkpoint.h"
#include "db/DbError.h"
#include "db/PgConnection.h"

#include <QList>
#include <functional>

namespace cowin::db {

struct ChainReport {
    audit::AuditChainVerifier::Finding finding;
    qint64 checked = 0;
    qint64 lastId = 0;
    QByteArray lastHash;
    bool cancelled = false;
    int checkpoints = 0;
    audit::CheckpointCheck::Finding checkpointFinding;
    // Committed events after the last sealed one, waiting for the sealer.
    qint64 unsealed = 0;
    qint64 firstUnsealedId = 0;
    // The chain links and hashes hold, and so does every checkpoint.
    bool intact() const {
        return finding.problem == audit::AuditChainVerifier::Problem::None &&
               checkpointFinding.problem == audit::CheckpointCheck::Problem::None;
    }
};

// The stored audit events of a result whose columns are, in order: id, occurred_at in the
// canonical UTC text, actor, client address, application name, action, target type, target
// id, reason, details, and prev_hash and hash in hex.
Result<QList<audit::AuditRecord>> auditRecordsIn(const Result<PgResult> &result);
// The columns of an audit search's page in the order auditEventsIn reads them: the record as
// auditRecordsIn reads it, then whether it records a failure.
constexpr char kAuditEventColumns[] =
    "id, occurred_at_utc, actor_name, client_addr, application_name, action_name, target_kind, "
    "target, reason, details, prev_hash, hash, failure";
Result<QList<audit::AuditEvent>> auditEventsIn(const Result<PgResult> &result);
// The checkpoints of a result with columns last_id, last_hash (hex), events, taken_at_utc,
// public_key (hex), signature (hex).
Result<QList<audit::Checkpoint>> checkpointsIn(const Result<PgResult> &result);

// The sealer's progress from a result with the columns of kSealStatusColumns.
constexpr char kSealStatusColumns[] =
    "head_position, head_event_id, head_hash, sealed_at, checked_at, unsealed, "
    "oldest_unsealed_id, oldest_unsealed_at, lag_seconds";
Result<audit::SealStatus> sealStatusIn(const Result<PgResult> &result);

// Recomputes every hash of the chain on this side, page by page in id order, and holds it to
// the signed checkpoints: page(afterId) returns the next events; progress(checked) after each
// page may return false to stop.
Result<ChainReport> walkChain(const std::function<Result<QList<audit::AuditRecord>>(qint64)> &page,
                              const QList<audit::Checkpoint> &checkpoints,
                              const std::function<bool(qint64)> &progress = {});

} // namespace cowin::db
