// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/SessionConnection.h"
#include "login/SignInCalls.h"

#include <QDateTime>
#include <QStringList>

namespace cowin::account {

// The signed-in operator's own sign-in, as My account shows it.
struct MyAccount {
    int recoveryCodesLeft = 0;
    QDateTime enrolledAt;
    QDateTime passwordChangedAt; // invalid: never changed through the console
    QDateTime lastLoginAt;
    int liveSessions = 0;
};

// One of the operator's live console sessions.
struct MySession {
    qint64 id = 0;
    QDateTime createdAt;
    QDateTime lastSeenAt;
    QDateTime expiresAt;
    QString clientAddr; // empty over a local socket
    QString applicationName;
    bool thisConsole = false;
};

// My account (console.my_*): reading one's own sign-in, and changing it, each change with the
// attempt id of an accepted step-up code. Moving to a new phone is two calls: a code from the
// current authenticator begins it, a code from the new one confirms it.
class AccountCalls {
public:
    explicit AccountCalls(db::SessionConnection &connection)
        : m_db(connection) {}

    db::Result<MyAccount> account();
    db::Result<QList<MySession>> sessions();
    // Returns how many sessions were ended.
    db::Result<int> endOtherSessions(qint64 stepUpAttempt);
    // Ten new codes, shown once; the old ones stop working.
    db::Result<QStringList> renewRecoveryCodes(qint64 stepUpAttempt);
    db::Result<db::Done> changePassword(const QString &newPassword, qint64 stepUpAttempt);
    db::Result<login::Enrolment> beginNewAuthenticator(qint64 stepUpAttempt);
    // A code from the new authenticator; returns ten new recovery codes.
    db::Result<QStringList> confirmNewAuthenticator(const QString &code);

private:
    db::SessionConnection &m_db;
};

} // namespace cowin::account
