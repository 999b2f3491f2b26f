// SPDX-License-Identifier: Apache-2.0
#include "db/SessionConnection.h"

#include "auth/SecureRandom.h"

namespace cowin::db {

namespace {
const QString kApplicationName = QStringLiteral("cowin-console");

struct Channel {
    const char *name;
    Notice notice;
};
constexpr Channel kChannels[] = {
    {"cowin_session_revoked", Notice::SessionRevoked},
    {"cowin_outbox", Notice::OutboxChanged},
    {"cowin_api_state", Notice::ApiStateChanged},
    {"cowin_audit", Notice::AuditAppended},
    {"cowin_watch", Notice::WatchChanged},
};
} // namespace

Result<Done> SessionConnection::connectAs(const ConnectionProfile &profile, const QString &user,
                                          const QString &password, bool listens) {
    m_sessionToken.clear();
    m_user = user;
    m_listens = listens;
    auto opened = m_connection.open(profile, user, password, kApplicationName);
    m_wanted = opened.isOk();
    if (opened.isOk())
        listenForNotices();
    return opened;
}

Result<Done> SessionConnection::connectBeside(const PgConnection::Parameters &main,
                                              const QString &user, const QString &token) {
    m_sessionToken.clear();
    m_user = user;
    m_listens = false;
    auto opened = m_connection.openWith(main);
    m_wanted = opened.isOk();
    if (!opened.isOk())
        return opened;
    return openSession(token);
}

Result<Done> SessionConnection::reconnect() {
    auto reconnected = m_connection.reset();
    if (!reconnected.isOk()) {
        // See call(): refused now after working before is the account closed.
        if (reconnected.error().kind == DbError::Kind::BadLogin)
            return Result<Done>::fail(DbError::accountClosed());
        return reconnected;
    }
    listenForNotices();
    m_missedNotices = m_listens;
    if (hasSession())
        return presentSession();
    return Result<Done>::ok({});
}

Result<bool> SessionConnection::onStandby() {
    auto r = call(QStringLiteral("SELECT pg_catalog.pg_is_in_recovery()"));
    if (!r.isOk())
        return Result<bool>::fail(r.error());
    return Result<bool>::ok(r.value().boolean(0, 0));
}

void SessionConnection::listenForNotices() {
    if (!m_listens)
        return;
    QList<const char *> channels;
    for (const Channel &c : kChannels)
        channels << c.name;
    m_connection.listen(channels);
}

QList<Notice> SessionConnection::takeNotices() {
    QList<Notice> notices;
    if (m_missedNotices) {
        m_missedNotices = false;
        notices << Notice::OutboxChanged << Notice::ApiStateChanged << Notice::AuditAppended
                << Notice::WatchChanged;
    }
    for (const Channel &c : kChannels) {
        const QStringList payloads = m_connection.takeNotifications(c.name);
        if (payloads.isEmpty())
            continue;
        // A revocation names the session by the hash of its token: only this one's matters.
        if (c.notice == Notice::SessionRevoked &&
            (!hasSession() || !payloads.contains(QString::fromLatin1(
                                  auth::sha256(m_sessionToken.toUtf8()).toHex()))))
            continue;
        if (!notices.contains(c.notice))
            notices << c.notice;
    }
    return notices;
}

void SessionConnection::disconnect() {
    m_sessionToken.clear();
    m_wanted = false;
    m_connection.close();
}

Result<Done> SessionConnection::openSession(const QString &token) {
    m_sessionToken = token;
    return presentSession();
}

void SessionConnection::endSession() {
    m_sessionToken.clear();
    presentSession();
}

Result<Done> SessionConnection::presentSession() {
    // The setting only carries the token; the server judges it on every call.
    auto r = m_connection.exec(
        QStringLiteral("SELECT pg_catalog.set_config('cowin.session', $1, false)"),
        {m_sessionToken});
    return r.isOk() ? Result<Done>::ok({}) : Result<Done>::fail(r.error());
}

Result<PgResult> SessionConnection::call(const QString &sql, const QVariantList &params,
                                         bool safeToRetry) {
    auto result = m_connection.exec(sql, params);
    if (result.isOk() || result.error().kind != DbError::Kind::Unreachable)
        return result;
    auto reconnected = reconnect();
    if (!reconnected.isOk()) {
        // The server answered and refused a login that worked before: an operator disabled
        // (or locked) from another console, whose connection was ended. For the console that
        // is the account closed, not the network failing (libpq's own words say neither).
        if (reconnected.error().kind == DbError::Kind::AccountClosed)
            return Result<PgResult>::fail(reconnected.error());
        return result;
    }
    return safeToRetry ? m_connection.exec(sql, params) : result;
}

Result<QList<PgResult>> SessionConnection::callAll(const QList<PgConnection::Statement> &reads) {
    auto result = m_connection.execAll(reads);
    if (result.isOk() || result.error().kind != DbError::Kind::Unreachable)
        return result;
    // Reads only: after a reconnect they are simply asked again.
    auto again = call(QStringLiteral("SELECT 1"));
    return again.isOk() ? m_connection.execAll(reads) : result;
}

Result<SessionTimes> SessionConnection::ping() {
    auto r =
        call(QStringLiteral("SELECT idle_seconds_left, seconds_left FROM console.session_ping()"));
    if (!r.isOk())
        return Result<SessionTimes>::fail(r.error());
    return Result<SessionTimes>::ok({static_cast<int>(r.value().int64(0, "idle_seconds_left")),
                                     static_cast<int>(r.value().int64(0, "seconds_left"))});
}

QByteArray SessionConnection::scramVerifier(const QString &user, const QString &password) const {
    return m_connection.scramVerifier(user, password);
}

} // namespace cowin::db
