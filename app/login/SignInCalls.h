// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/SessionConnection.h"

#include <QStringList>

namespace cowin::login {

// Who is signed in, and what the server lets them do.
struct OperatorStatus {
    QString operatorName;
    QString fullName;
    QStringList groups; // "admin", "helpdesk", "incident", "auditor": for showing, not deciding
    // The console.* functions this operator may call, as the server's grants say; the console
    // shows what this list allows and nothing else.
    QStringList capabilities;
    bool enrolled = false;
    bool locked = false;
    bool mustChangePassword = false;
    bool enrolmentPending = false;

    // call: a console function's name without its schema, e.g. "vaccinator_force_reset".
    bool may(const char *call) const { return capabilities.contains(QLatin1String(call)); }
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

// A new password as the server takes it: its SCRAM verifier, and the same password under the
// current salt (for the server to see it differs from the current one). Neither reveals it.
db::Result<QVariantList> passwordChangeArguments(db::SessionConnection &connection,
                                                 const QString &newPassword);

// Signing in and the session's life: status, authenticator enrolment, one-time codes (a login
// code opens a session; a step-up code confirms one action), the password, signing out.
class SignInCalls {
public:
    explicit SignInCalls(db::SessionConnection &connection)
        : m_db(connection) {}

    // console.session_status: who this is, enrolment, lock, password, capabilities.
    db::Result<OperatorStatus> status();
    db::Result<Enrolment> enrolBegin(const QString &enrolmentCode);
    // console.otp_submit, committed, then console.otp_outcome in a new transaction. An
    // accepted login code opens a session, which the connection then presents on every call.
    db::Result<OtpVerdict> submitOtp(const QString &code);
    db::Result<QStringList> enrolConfirm(qint64 attemptId);
    db::Result<db::Done> changePassword(const QString &newPassword);
    db::Result<db::Done> logout();
    // The server's version, as it reported it at connection (no round trip).
    db::Result<QString> serverVersion();

private:
    db::SessionConnection &m_db;
};

} // namespace cowin::login
