// SPDX-License-Identifier: Apache-2.0
#include "db/DbError.h"

#include <QHash>
#include <QStringList>

namespace cowin::db {

DbError DbError::fromServer(const QString &sqlState, const QString &primary, const QString &hint) {
    DbError e;
    e.sqlState = sqlState;
    if (sqlState.startsWith(QLatin1String("CW"))) {
        static const QHash<QString, Kind> kinds = {
            {QStringLiteral("CW401"), Kind::NoSession},
            {QStringLiteral("CW403"), Kind::Forbidden},
            {QStringLiteral("CW409"), Kind::Stale},
            {QStringLiteral("CW422"), Kind::Invalid},
            {QStringLiteral("CW423"), Kind::Locked},
            {QStringLiteral("CW429"), Kind::TooManyAttempts},
        };
        e.kind = kinds.value(sqlState, Kind::Internal);
        // CW messages are written in the schema for people; they carry no values but names.
        e.message = primary;
        if (hint.startsWith(QLatin1String("field:")))
            e.field = hint.mid(6);
        return e;
    }
    if (sqlState == QLatin1String("42501")) {
        e.kind = Kind::Forbidden; // EXECUTE not granted to any of the caller's groups
        return e;
    }
    // The server went away (a shutdown, a crash, a failover restarting it as a standby, one
    // still starting): connecting again finds the primary of a host list.
    static const QStringList gone = {QStringLiteral("57P01"), QStringLiteral("57P02"),
                                     QStringLiteral("57P03")};
    if (sqlState.startsWith(QLatin1String("08")) || gone.contains(sqlState)) {
        e.kind = Kind::Unreachable;
        return e;
    }
    // Anything else would be raw server text: keep the code for the log, not the words.
    e.kind = Kind::Internal;
    return e;
}

DbError DbError::fromConnectionFailure(const QString &libpqMessage) {
    DbError e;
    // Unknown user, wrong password, NOLOGIN: the same answer, so none reveals which it was.
    static const char *const badLogin[] = {"password authentication failed",
                                           "is not permitted to log in",
                                           "role \"",
                                           "no password supplied",
                                           "Peer authentication failed",
                                           "no pg_hba.conf entry",
                                           "SCRAM authentication"};
    for (const char *needle : badLogin) {
        if (libpqMessage.contains(QLatin1String(needle))) {
            e.kind = Kind::BadLogin;
            e.sqlState = QStringLiteral("28P01");
            return e;
        }
    }
    e.kind = Kind::Unreachable;
    e.sqlState = QStringLiteral("08006");
    e.message = libpqMessage.trimmed(); // names a host or a certificate problem, no secrets
    return e;
}

} // namespace cowin::db
