// SPDX-License-Identifier: Apache-2.0
#include "operators/OperatorCalls.h"

#include "db/Calls.h"

namespace cowin::operators {

using namespace db::calls;
using db::Done;
using db::PgResult;
using db::Result;

Result<QList<OperatorRow>> OperatorCalls::list() {
    return rows(m_db.call(QStringLiteral("SELECT username, full_name, groups, states, districts, "
                                         "enrolled, enrolment_pending, locked, disabled, "
                                         "must_change_password, last_login_at, live_sessions, "
                                         "connections, created_at, created_by "
                                         "FROM console.operator_list()")),
                [](const PgResult &q, int i) {
                    OperatorRow o;
                    o.username = q.text(i, "username");
                    o.fullName = q.text(i, "full_name");
                    o.groups = q.textArray(i, "groups");
                    o.states = q.textArray(i, "states");
                    for (const QString &d : q.textArray(i, "districts"))
                        o.districts << d.toInt();
                    o.enrolled = q.boolean(i, "enrolled");
                    o.enrolmentPending = q.boolean(i, "enrolment_pending");
                    o.locked = q.boolean(i, "locked");
                    o.disabled = q.boolean(i, "disabled");
                    o.mustChangePassword = q.boolean(i, "must_change_password");
                    o.lastLoginAt = q.timestamp(i, "last_login_at");
                    o.liveSessions = static_cast<int>(q.int64(i, "live_sessions"));
                    o.connections = static_cast<int>(q.int64(i, "connections"));
                    o.createdAt = q.timestamp(i, "created_at");
                    o.createdBy = q.text(i, "created_by");
                    return o;
                });
}

Result<QString> OperatorCalls::create(const QString &username, const QString &fullName,
                                      const OperatorAccess &access, const QString &password,
                                      const QString &reason, qint64 stepUpAttempt) {
    // The password never leaves the desktop: the server gets its SCRAM verifier.
    const QByteArray verifier = m_db.scramVerifier(username, password);
    if (verifier.isEmpty())
        return Result<QString>::fail(
            db::DbError::internal(QStringLiteral("could not compute a SCRAM verifier")));
    return firstText(
        m_db.call(QStringLiteral("SELECT console.operator_create(username => $1, full_name => $2, "
                                 "groups => $3, states => $4, districts => $5::text[]::integer[], "
                                 "scram_verifier => $6, reason => $7, step_up_attempt => $8)"),
                  {username, fullName, access.groups, access.states, numbers(access.districts),
                   QString::fromLatin1(verifier), textOrNull(reason), idOrNull(stepUpAttempt)},
                  false));
}

Result<Done> OperatorCalls::setAccess(const QString &username, const OperatorAccess &access,
                                      const QString &reason, qint64 stepUpAttempt) {
    return done(
        m_db.call(QStringLiteral("SELECT console.operator_set_access(username => $1, groups => $2, "
                                 "states => $3, districts => $4::text[]::integer[], reason => $5, "
                                 "step_up_attempt => $6)"),
                  {username, access.groups, access.states, numbers(access.districts),
                   textOrNull(reason), idOrNull(stepUpAttempt)},
                  false));
}

Result<QString> OperatorCalls::resetAuthenticator(const QString &username, const QString &reason) {
    return firstText(
        m_db.call(QStringLiteral("SELECT console.operator_reset_authenticator($1, $2)"),
                  {username, textOrNull(reason)}, false));
}

Result<Done> OperatorCalls::unlock(const QString &username, const QString &reason) {
    return done(m_db.call(QStringLiteral("SELECT console.operator_unlock($1, $2)"),
                          {username, textOrNull(reason)}, false));
}

Result<int> OperatorCalls::setDisabled(const QString &username, bool disabled,
                                       const QString &reason) {
    return firstInt(m_db.call(QStringLiteral("SELECT console.operator_set_disabled($1, $2, $3)"),
                              {username, disabled, textOrNull(reason)}, false));
}

Result<int> OperatorCalls::forceLogout(const QString &username, const QString &reason) {
    return firstInt(m_db.call(QStringLiteral("SELECT console.operator_force_logout($1, $2)"),
                              {username, textOrNull(reason)}, false));
}

Result<QList<Limit>> OperatorCalls::limits() {
    return rows(m_db.call(QStringLiteral("SELECT name, value, description, changed_at, "
                                         "changed_by FROM console.limits()")),
                [](const PgResult &q, int i) {
                    return Limit{q.text(i, "name"), static_cast<int>(q.int64(i, "value")),
                                 q.text(i, "description"), q.timestamp(i, "changed_at"),
                                 q.text(i, "changed_by")};
                });
}

Result<Done> OperatorCalls::setLimit(const QString &name, int value, const QString &reason) {
    return done(m_db.call(QStringLiteral("SELECT console.limit_set($1, $2, $3)"),
                          {name, value, reason}, false));
}

} // namespace cowin::operators
