// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace cowin::vaccinators {

// One account as a search lists it. The mobile number is masked by the server.
struct VaccinatorRow {
    qint64 id = 0;
    QString loginId;
    QString fullName;
    QString mobileMasked;
    int centreId = 0;
    QString centreName;
    int districtId = 0;
    QString districtName;
    QString stateCode;
    QString stateName;
    QString status; // "active", "locked", "disabled"
    bool mustChangePassword = false;
    int failedLogins = 0;
    QDateTime lastLoginAt; // UTC; invalid when never
    int version = 0;
    bool inScope = true; // whether this operator may act on it (delegation)
    QString sortKey;     // the keyset cursor's key for the current sort order
};

// One account as the details pane shows it.
struct VaccinatorDetail {
    VaccinatorRow row;
    QDateTime passwordChangedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    int livePortalSessions = 0;
    QDateTime temporaryPasswordExpiresAt;
};

struct AccountEvent {
    qint64 id = 0;
    QDateTime occurredAt;
    QString actor;
    QString action;
    QString reason;
    QString details;
};

// A one-time password message to the account's mobile, as far as the console may know it.
struct Delivery {
    qint64 id = 0;
    QDateTime createdAt;
    QString state; // pending, sending, delivered, dead, superseded
    int attempts = 0;
    QString lastError;
    QDateTime finishedAt;
};

// An account as its detail pane shows it: the facts, the newest one-time password deliveries
// and the newest audit events about it.
struct AccountOverview {
    VaccinatorDetail detail;
    QList<Delivery> deliveries;
    QList<AccountEvent> events;
};

struct Place {
    QString id;
    QString name;
};

enum class SortKey { Name, LoginId, LastLogin };

// What the operator typed and chose. Empty fields do not filter.
struct VaccinatorQuery {
    QString name;
    bool similarNames = false; // names like `name` (typos) instead of containing it
    QString loginPrefix;
    QString mobile; // exact; searched through an audited lookup
    int centreId = 0;
    int districtId = 0;
    QString stateCode;
    QString status;
    SortKey sort = SortKey::Name;
    bool descending = false;

    bool operator==(const VaccinatorQuery &o) const {
        return name == o.name && similarNames == o.similarNames && loginPrefix == o.loginPrefix &&
               mobile == o.mobile && centreId == o.centreId && districtId == o.districtId &&
               stateCode == o.stateCode && status == o.status && sort == o.sort &&
               descending == o.descending;
    }
    bool operator!=(const VaccinatorQuery &o) const { return !(*this == o); }
};

// Where a page starts: after (or, backward, before) this row in the query's order.
struct PageRequest {
    bool hasCursor = false;
    QString afterKey;
    qint64 afterId = 0;
    bool backward = false;
    int pageSize = 200;
    qint64 mobileLookup = 0; // the committed lookup for query.mobile
};

struct MatchCount {
    qint64 matches = 0;
    bool capped = false;
};

struct RevealedMobile {
    QString mobile;
    int visibleSeconds = 0;
};

// What an admin typed for a new or edited account.
struct VaccinatorDraft {
    QString loginId; // new accounts only: a login id never changes
    QString fullName;
    QString mobile;
    int centreId = 0;
};

// One line of an import file, as it was written.
struct ImportRow {
    int line = 0;
    QString loginId;
    QString fullName;
    QString mobile;
    QString centreId;
};

struct ImportProblem {
    int line = 0;
    QString field; // login_id, full_name, mobile, centre, or file
    QString message;
};

// A check of an import as the server recorded it: its id (what an import then names) and the
// problems it found, none when the rows can be imported.
struct ImportCheck {
    qint64 id = 0;
    QList<ImportProblem> problems;
};

// What a bulk action does to the accounts it touches in its scope: a password reset and a
// disable touch every enabled account, an unlock the locked ones.
enum class BulkAction { Reset, Unlock, Disable };
QString bulkActionName(BulkAction action); // "reset", "unlock", "disable": the server's words

struct BulkPreview {
    qint64 accounts = 0;
    QString label;
};

// One account of a bulk action's dry run.
struct BulkSampleRow {
    qint64 id = 0;
    QString loginId;
    QString fullName;
    QString centre;
    QString status;
};

struct BulkProgress {
    qint64 done = 0;
    qint64 planned = 0;
    bool finished = false;
    // Accounts this chunk changed: 0 while the action runs means every unfinished lane is held
    // by another worker, and this worker may stop.
    int applied = 0;
};

} // namespace cowin::vaccinators

Q_DECLARE_METATYPE(cowin::vaccinators::VaccinatorRow)
