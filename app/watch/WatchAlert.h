// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace cowin::watch {

// An alert of the lookup watch (console.watch_alerts): what was seen, who did it (a portal
// account or a partner key) and what that account or key did today against its budget and its
// peers. A frozen account or key with no open alert is listed with its last alert, closed.
struct WatchAlert {
    qint64 id = 0;
    QString kind;     // canary, lookup_budget, surge, not_found, out_of_state, night, new_network
    int severity = 1; // 3 critical, 2 high, 1 notice
    QDateTime raisedAt;
    QDateTime lastSeenAt;
    int repeats = 1;
    bool open = true;
    QJsonObject details;

    qint64 watched = 0;
    bool isAccount = true;
    qint64 account = 0;
    int accountVersion = 0;
    QString accountStatus;
    QString loginId;
    QString fullName;
    QString centre;
    QString district;
    QString stateCode;
    int partner = 0;
    int partnerVersion = 0;
    QString partnerStatus;
    QString partnerName;
    qint64 apiKey = 0;
    QString keyPrefix;
    QString keyStatus;

    QDateTime frozenAt;
    QString frozenBy;
    QString frozenReason;
    bool frozen() const { return frozenAt.isValid(); }

    int peopleHour = 0;
    int budgetHour = 0;
    int peopleDay = 0;
    int budgetDay = 0;
    std::optional<double> peersMedianDay;
    int lookupsDay = 0;
    int deniedDay = 0;
    int notFound = 0;
    int outOfState = 0;
    int results = 0;
    QDateTime lastLookupAt;
};

// Lookups of one account or key in one 10-minute step.
struct LookupStep {
    QDateTime start;
    int lookups = 0;
    int people = 0;
    int denied = 0;
};

// One lookup of a person, as "Who looked up this person?" answers it.
struct SubjectLookup {
    QDateTime lookedAt;
    QString reason;
    QString clientIp;
    bool byAccount = true;
    qint64 account = 0;
    QString loginId;
    QString fullName;
    QString centre;
    QString district;
    QString stateCode;
    QString partnerName;
    QString keyPrefix;
};

// A peer group's budget of distinct people, and what its peers did in 14 days.
struct PeerBudget {
    QString peerGroup; // "centre:<kind>" or "partner:<sector>"
    int perHour = 0;
    int perDay = 0;
    bool fromPeers = true;
    int floorPerHour = 0;
    int floorPerDay = 0;
    int peers = 0;
    std::optional<double> medianDay;
    std::optional<double> p99Day;
    std::optional<double> medianHour;
    std::optional<double> p99Hour;
    QString setBy;
    int version = 0;
};

struct Canary {
    qint64 id = 0;
    QString masked;
    QString label;
    QString plantedBy;
    QDateTime plantedAt;
    int hits = 0;
};

} // namespace cowin::watch
