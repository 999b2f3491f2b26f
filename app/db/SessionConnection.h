// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionProfile.h"
#include "db/DbError.h"
#include "db/PgConnection.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace cowin::db {

// What the server says without being asked. A notice names nothing: it only prompts a read of
// the real state (anyone may NOTIFY).
enum class Notice {
    SessionRevoked,  // a console session was revoked; this one, by its hash
    OutboxChanged,   // a delivery state changed
    ApiStateChanged, // partner API access changed (the kill-switch, a key, a partner)
    AuditAppended,   // events were appended to the audit trail and sealed
    WatchChanged,    // the lookup watch raised, closed or acted on an alert
};

struct SessionTimes {
    int idleSecondsLeft = 0;
    int secondsLeft = 0;
};

// One operator's connection and the console session it presents on every call. Synchronous:
// it lives on the database thread of a db::Session, or in the thread of a test or benchmark.
// The call classes of each area (login::SignInCalls, vaccinators::VaccinatorCalls, …) send
// their SQL through call().
class SessionConnection {
public:
    SessionConnection() = default;
    SessionConnection(const SessionConnection &) = delete;
    SessionConnection &operator=(const SessionConnection &) = delete;

    // A connection that reads only (the audit trail on a standby) listens for no notices: a
    // standby cannot LISTEN, and the operator's main connection hears them.
    Result<Done> connectAs(const ConnectionProfile &profile, const QString &user,
                           const QString &password, bool listens = true);
    // A second connection of the operator of `main`, with its parameters and session: for work
    // beside the main connection's (a bulk action's second worker). It listens for no notices.
    Result<Done> connectBeside(const PgConnection::Parameters &main, const QString &user,
                               const QString &token);
    void disconnect();
    bool isConnected() const { return m_connection.isOpen(); }
    // Connected once and not disconnected on purpose, but the connection is gone (the server
    // stopped, a failover): reconnect() brings it back.
    bool isLost() const { return m_wanted && !m_connection.isOpen(); }
    // Connects again (with a host list, to whichever server is the primary now), listens and
    // presents the session again. Notices sent meanwhile were missed: the next takeNotices()
    // reports every kind once, so that open views read the state again.
    Result<Done> reconnect();
    bool hasSession() const { return !m_sessionToken.isEmpty(); }
    // The presented session, for a second connection of the same operator to present too.
    QString sessionToken() const { return m_sessionToken; }
    // Whether the server is a standby (in recovery), as it was when last asked.
    Result<bool> onStandby();
    QString user() const { return m_user; }
    // As the server reports it at connection ("15.10 (Debian 15.10-0+deb12u1)").
    QString serverVersion() const { return m_connection.parameterStatus("server_version"); }

    // One statement. After a dropped connection it reconnects and presents the session again;
    // a statement that may have changed something (safeToRetry false) is not repeated and its
    // caller sees the connection error.
    Result<PgResult> call(const QString &sql, const QVariantList &params = {},
                          bool safeToRetry = true);

    // Reads that belong together, in one round trip and one snapshot (a pipeline).
    Result<QList<PgResult>> callAll(const QList<PgConnection::Statement> &reads);

    // The session an accepted sign-in code opened: presented on every later call.
    Result<Done> openSession(const QString &token);
    // Forgets the session (the server has revoked it, or is about to).
    void endSession();
    // The session's time left; CW401 when the server no longer knows it.
    Result<SessionTimes> ping();

    // SCRAM-SHA-256 verifier of a password for a login, computed here (the password never
    // travels).
    QByteArray scramVerifier(const QString &user, const QString &password) const;

    // What the server said since the last call, each kind once.
    QList<Notice> takeNotices();
    int socketDescriptor() const { return m_connection.socketDescriptor(); }

    // The raw connection of this operator, with its session presented: for a stream of
    // statements in one transaction (the chain's verification) and for tests that play an
    // attacker.
    PgConnection &connection() { return m_connection; }

private:
    Result<Done> presentSession();
    void listenForNotices();

    PgConnection m_connection;
    QString m_sessionToken;
    QString m_user;
    bool m_listens = true;
    bool m_wanted = false;
    bool m_missedNotices = false;
};

} // namespace cowin::db
