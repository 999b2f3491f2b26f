// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/SessionConnection.h"
#include "vaccinators/Vaccinator.h"

namespace cowin::vaccinators {

// Vaccinator accounts (console.vaccinator_*): finding, reading, revealing a number, and every
// change, one account or a whole scope. A change takes the version the operator saw and
// returns the account's new one; CW409 when someone changed it meanwhile.
class VaccinatorCalls {
public:
    explicit VaccinatorCalls(db::SessionConnection &connection)
        : m_db(connection) {}

    // A query with a mobile number first records the lookup (committed, audited), then
    // searches by it; the page request carries the lookup on to the next pages.
    db::Result<QList<VaccinatorRow>> search(const VaccinatorQuery &query, const PageRequest &page);
    db::Result<MatchCount> count(const VaccinatorQuery &query, int cap);
    db::Result<QList<Place>> places(const QString &kind, const QString &parent);
    db::Result<VaccinatorDetail> detail(qint64 id);
    db::Result<QList<AccountEvent>> events(qint64 id, int maxEvents);
    db::Result<QList<Delivery>> deliveries(qint64 id);
    // The three at once: one round trip, one snapshot.
    db::Result<AccountOverview> overview(qint64 id, int maxEvents);
    // Records the reveal with its reason and commits it; only then asks for the number.
    db::Result<RevealedMobile> revealMobile(qint64 id, const QString &reason);
    db::Result<int> forceReset(qint64 id, int version, const QString &reason);
    db::Result<int> unlock(qint64 id, int version, const QString &reason);
    db::Result<int> setDisabled(qint64 id, int version, bool disabled, const QString &reason);
    db::Result<qint64> create(const VaccinatorDraft &draft, const QString &reason);
    db::Result<int> update(qint64 id, int version, const VaccinatorDraft &draft,
                           const QString &reason);
    // Records a check of an import (committed, audited, budgeted), then asks for its problems;
    // none means it can be imported.
    db::Result<ImportCheck> checkImport(const QList<ImportRow> &rows);
    // Imports exactly the rows of that check, all or nothing; returns how many accounts.
    db::Result<int> importChecked(qint64 checkId, const QString &reason);
    // The audit record of an export, written before its first row.
    db::Result<qint64> recordExport(const QString &filterDescription, qint64 accounts);
    db::Result<BulkPreview> bulkPreview(BulkAction action, const QString &scopeKind,
                                        const QString &scopeValue);
    // The dry run: the first accounts (by id) the action would touch.
    db::Result<QList<BulkSampleRow>> bulkSample(BulkAction action, const QString &scopeKind,
                                                const QString &scopeValue, int maxAccounts);
    // stepUpAttempt: the attempt id of an accepted step-up code. A temporary password is sent
    // by a reset only.
    db::Result<qint64> bulkBegin(BulkAction action, const QString &scopeKind,
                                 const QString &scopeValue, const QString &reason,
                                 bool sendTemporaryPassword, qint64 stepUpAttempt);
    // One chunk, in its own transaction.
    db::Result<BulkProgress> bulkChunk(qint64 bulkId, int chunkSize);
    db::Result<BulkProgress> bulkCancel(qint64 bulkId);

private:
    db::SessionConnection &m_db;
};

} // namespace cowin::vaccinators
