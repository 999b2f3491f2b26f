// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionProfile.h"
#include "db/DbError.h"
#include "db/PgConnection.h"

#include <QStringList>

namespace cowin::db {

struct OperatorStatus {
    QString operatorName;
    QString fullName;
    QStringList groups; // "admin", "helpdesk", "incident", "auditor"
    bool enrolled = false;
    bool locked = false;
    bool mustChangePassword = false;
    bool enrolmentPending = false;

    bool hasGroup(const QString &group) const { return groups.contains(group); }
};

struct Enrolment {
    QString secretBase32;
    QString otpauthUri;
};

struct OtpVerdict {
    enum class Outcome { Accepted, Wrong, Replayed, Locked };
    Outcome outcome = Outcome::Wrong;
    int attemptsLeft = 0;
    qint64 attemptId = 0;
    bool sessionOpened = false;
};

struct SessionTimes {
    int idleSecondsLeft = 0;
    int secondsLeft = 0;
};

struct AuditHead {
    qint64 lastId = 0;
    QString lastHashHex;
    qint64 events = 0;
};

// Every call the console makes to the server, one method per console.* function, and the only
// place the console's SQL text lives. Synchronous: it runs on the database thread
// (ConsoleService), or directly in tests and the command line tool.
class ConsoleClient {
public:
    ConsoleClient() = default;

    Result<Done> connectAs(const ConnectionProfile &profile, const QString &user,
                           const QString &password);
    void disconnect();
    bool isConnected() const { return m_connection.isOpen(); }
    bool hasSession() const { return !m_sessionToken.isEmpty(); }
    QString user() const { return m_user; }

    Result<OperatorStatus> sessionStatus();
    Result<Enrolment> enrolBegin(const QString &enrolmentCode);
    // console.otp_submit, committed, then console.otp_outcome in a new transaction. An
    // accepted login code opens a session, which this client then presents on every call.
    Result<OtpVerdict> submitOtp(const QString &code);
    Result<QStringList> enrolConfirm(qint64 attemptId);
    Result<SessionTimes> sessionPing();
    Result<Done> changePassword(const QString &newPassword);
    Result<AuditHead> auditHead();
    Result<Done> logout();

    // Whether the server said, since the last call, that this client's session was revoked.
    // Only a prompt to ask again (sessionPing): anyone can send a notification.
    bool takeSessionRevokedNotice();
    int socketDescriptor() const { return m_connection.socketDescriptor(); }

    // For tests that play an attacker: the raw connection of this operator.
    PgConnection &connection() { return m_connection; }

private:
    Result<PgResult> call(const QString &sql, const QVariantList &params = {},
                          bool safeToRetry = true);
    Result<Done> presentSession();
    void listenForNotices();

    PgConnection m_connection;
    QString m_sessionToken;
    QString m_user;
};

} // namespace cowin::db
