// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEvent.h"
#include "audit/AuditFilter.h"
#include "audit/Checkpoint.h"
#include "db/DbError.h"

#include <QJsonObject>
#include <QStringList>
#include <functional>

namespace cowin::audit {

// An evidence export: a folder with the events a filter found as JSON Lines (the exact stored
// text forms and hashes, which a verifier recomputes) and as CSV (for people), and
// manifest.json naming each file's SHA-256, the chain head when the export was recorded, the
// signed checkpoints known then and the filter. manifest.sig, when an auditor's key was at
// hand, is an Ed25519 signature of manifest.json's exact bytes. docs/audit-evidence.md
// specifies the format.
struct EvidenceContext {
    QString exportedBy;
    QString server;
    QString reason;
    QJsonObject filter;
    bool contiguous = false; // only a time range: every event in it
    ExportStart start;
    QList<Checkpoint> checkpoints;
};

struct EvidenceSummary {
    QString folder;
    qint64 events = 0;
    bool signedByKey = false;
};

// Where an export reads from: the console's session or cowin-admin's superuser connection.
struct EvidenceSource {
    QString exportedBy;
    QString server;
    // Records the export (filter, reason) and returns the head it ends at.
    std::function<db::Result<ExportStart>(const QJsonObject &filter, const QString &reason)> begin;
    std::function<db::Result<QList<Checkpoint>>()> checkpoints;
    // The page of matching events below beforeId, newest first, kPageSize at most.
    std::function<db::Result<QList<AuditEvent>>(qint64 beforeId)> page;
};

class Evidence {
public:
    static constexpr char kFormat[] = "cowin.audit.evidence.v1";
    static constexpr int kPageSize = 1000;

    // Writes the folder (which must not exist yet) page by page, newest event first; page(
    // beforeId) reads the next page. Nothing appears under `folder` unless all is written.
    // progress(written) may return false to stop.
    static db::Result<EvidenceSummary>
    write(const QString &folder, const EvidenceContext &context,
          const std::function<db::Result<QList<AuditEvent>>(qint64 beforeId)> &page,
          const AuditorKey *key, const std::function<bool(qint64)> &progress = {});

    // The whole export: recorded first, then written with the checkpoints known then.
    static db::Result<EvidenceSummary> exportFrom(const EvidenceSource &source,
                                                  const AuditQuery &query, const QString &folder,
                                                  const QString &reason, const AuditorKey *key,
                                                  const std::function<bool(qint64)> &progress = {});
};

// Checks an export far from the database: the signature, each file against the manifest,
// every event's hash recomputed from its fields, the links between neighbours of an unbroken
// export, the newest event against the head, and the checkpoints.
struct EvidenceReport {
    QStringList problems; // empty: the export holds
    QStringList notes;    // what holds, and what an unsigned export cannot prove
    qint64 events = 0;
    QByteArray signer; // Ed25519 public key, when signed
    bool holds() const { return problems.isEmpty(); }
};

EvidenceReport checkEvidence(const QString &folder, const QList<QByteArray> &trustedKeys = {});

} // namespace cowin::audit
