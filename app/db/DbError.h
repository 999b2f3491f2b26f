// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace cowin::db {

// The SQLSTATE contract of DESIGN.md, as a type. Widgets map a Kind to words; the server's
// own message is kept for CW codes only, which the schema writes for people.
struct DbError {
    enum class Kind {
        None,
        NoSession,       // CW401
        Forbidden,       // CW403, and PostgreSQL's own 42501 for a function not granted
        Stale,           // CW409
        Invalid,         // CW422: field names the input
        Locked,          // CW423
        TooManyAttempts, // CW429
        BadLogin,        // wrong password, unknown user, or login not allowed (28xxx)
        Unreachable,     // no connection to the server
        Local,           // on this computer (a file, the keychain): message says what, for people
        AccountClosed,   // signed in, then refused on reconnecting: disabled or locked meanwhile
        Internal,        // anything else: the user sees a generic message, never SQL
    };

    Kind kind = Kind::None;
    QString sqlState;
    QString message; // server text for CW codes; empty otherwise
    QString field;   // CW422 and Local: the input it is about

    static DbError fromServer(const QString &sqlState, const QString &primary, const QString &hint);
    static DbError fromConnectionFailure(const QString &libpqMessage);
    // What the server says of a revoked session (CW401), for when it cannot say it itself.
    static DbError sessionEnded() {
        DbError e;
        e.kind = Kind::NoSession;
        e.sqlState = QStringLiteral("CW401");
        e.message =
            QStringLiteral("The console session has ended: sign in with your one-time code.");
        return e;
    }
    // field: the input it is about, when there is one (a folder, a file).
    // The login worked before and is refused now: an admin disabled or locked the account.
    static DbError accountClosed() {
        DbError e;
        e.kind = Kind::AccountClosed;
        return e;
    }
    static DbError local(const QString &what, const QString &field = {}) {
        DbError e;
        e.kind = Kind::Local;
        e.message = what;
        e.field = field;
        return e;
    }
    static DbError internal(const QString &why) {
        DbError e;
        e.kind = Kind::Internal;
        e.message = why;
        return e;
    }
    bool isError() const { return kind != Kind::None; }
};

struct Done {};

// A value or the reason there is none.
template <typename T> class Result {
public:
    Result() = default;
    static Result ok(T value) {
        Result r;
        r.m_value = std::move(value);
        return r;
    }
    static Result fail(DbError error) {
        Result r;
        r.m_error = std::move(error);
        if (!r.m_error.isError())
            r.m_error.kind = DbError::Kind::Internal;
        return r;
    }
    bool isOk() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    const DbError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    DbError m_error;
};

} // namespace cowin::db
