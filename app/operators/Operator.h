// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cowin::operators {

// A budget ministry admins set for every operator (reveals an hour, lookups in 10 minutes,
// import rows a day) or for every client address (unknown keys a minute).
struct Limit {
    QString name; // e.g. "reveals_per_hour"
    int value = 0;
    QString description; // the server's words, for a name the console does not know
    QDateTime changedAt;
    QString changedBy;
};

// A console operator as a ministry admin sees it.
struct OperatorRow {
    QString username;
    QString fullName;
    QStringList groups; // short names: admin, auditor, helpdesk, incident
    QStringList states; // delegation scope of a helpdesk operator; empty: everywhere
    QList<int> districts;
    bool enrolled = false;
    bool enrolmentPending = false;
    bool locked = false;
    bool disabled = false;
    bool mustChangePassword = false;
    QDateTime lastLoginAt; // UTC; invalid when never
    int liveSessions = 0;
    int connections = 0;
    QDateTime createdAt;
    QString createdBy;

    bool hasGroup(const QString &group) const { return groups.contains(group); }
};

// Who an operator is and what they may do, as an admin types it.
struct OperatorAccess {
    QStringList groups;
    QStringList states;
    QList<int> districts;
};

// What a new operator needs for the first login, shown once to the admin for hand-over.
struct NewOperatorSecrets {
    QString password;
    QString enrolmentCode;
};

} // namespace cowin::operators
