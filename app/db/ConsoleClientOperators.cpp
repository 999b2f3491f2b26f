// SPDX-License-Identifier: Apache-2.0
// ConsoleClient: ministry admins' management of operators (console.operator_*).
#include "db/CallParameters.h"
#include "db/ConsoleClient.h"

namespace cowin::db {

using namespace parameters;
using namespace operators;

namespace {
// An integer[] parameter travels as a text[] literal and is cast by the statement.
QStringList numbers(const QList<int> &values) {
    QStringList out;
    for (int v : values)
        out << QString::number(v);
    return out;
}

Result<QString> firstText(const Result<PgResult> &r) {
    if (!r.isOk())
        return failWith<QString>(r);
    return Result<QString>::ok(r.value().text(0, 0));
}
} // namespace

Result<QList<Limit>> ConsoleClient::limits() {
    auto r = call(QStringLiteral(
        "SELECT name, value, description, changed_at, changed_by FROM console.limits()"));
    if (!r.isOk())
        return failWith<QList<Limit>>(r);
    const PgResult &q = r.value();
    QList<Limit> out;
    for (int i = 0; i < q.rows(); ++i)
        out << Limit{q.text(i, 0), static_cast<int>(q.int64(i, 1)), q.text(i, 2), q.timestamp(i, 3),
                     q.text(i, 4)};
    return Result<QList<Limit>>::ok(out);
}

Result<Done> ConsoleClient::setLimit(const QString &name, int value, const QString &reason) {
    auto r =
        call(QStringLiteral("SELECT console.limit_set($1, $2, $3)"), {name, value, reason}, false);
    return r.isOk() ? Result<Done>::ok({}) : Result<Done>::fail(r.error());
}

Result<QList<OperatorRow>> ConsoleClient::operators() {
    auto r = call(QStringLiteral("SELECT username, full_name, groups, states, districts, enrolled, "
                                 "enrolment_pending, locked, disabled, must_change_password, "
                                 "last_login_at, live_sessions, connections, created_at, "
                                 "created_by FROM console.operator_list()"));
    if (!r.isOk())
        return failWith<QList<OperatorRow>>(r);
    const PgResult &q = r.value();
    QList<OperatorRow> rows;
    for (int i = 0; i < q.rows(); ++i) {
        OperatorRow o;
        o.username = q.text(i, 0);
        o.fullName = q.text(i, 1);
        o.groups = q.textArray(i, 2);
        o.states = q.textArray(i, 3);
        for (const QString &d : q.textArray(i, 4))
            o.districts << d.toInt();
        o.enrolled = q.boolean(i, 5);
        o.enrolmentPending = q.boolean(i, 6);
        o.locked = q.boolean(i, 7);
        o.disabled = q.boolean(i, 8);
        o.mustChangePassword = q.boolean(i, 9);
        o.lastLoginAt = q.timestamp(i, 10);
        o.liveSessions = static_cast<int>(q.int64(i, 11));
        o.connections = static_cast<int>(q.int64(i, 12));
        o.createdAt = q.timestamp(i, 13);
        o.createdBy = q.text(i, 14);
        rows << o;
    }
    return Result<QList<OperatorRow>>::ok(rows);
}

Result<QString> ConsoleClient::createOperator(const QString &username, const QString &fullName,
                                              const OperatorAccess &access, const QString &password,
                                              const QString &reason, qint64 stepUpAttempt) {
    // The password never leaves the desktop: the server gets its SCRAM verifier.
    const QByteArray verifier = m_connection.scramVerifier(username, password);
    if (verifier.isEmpty())
        return Result<QString>::fail(
            DbError::internal(QStringLiteral("could not compute a SCRAM verifier")));
    return firstText(
        call(QStringLiteral("SELECT console.operator_create($1, $2, $3, $4, "
                            "$5::text[]::integer[], $6, $7, $8)"),
             {username, fullName, access.groups, access.states, numbers(access.districts),
              QString::fromLatin1(verifier), textOrNull(reason), idOrNull(stepUpAttempt)},
             false));
}

Result<Done> ConsoleClient::setOperatorAccess(const QString &username, const OperatorAccess &access,
                                              const QString &reason, qint64 stepUpAttempt) {
    return done(call(QStringLiteral("SELECT console.operator_set_access($1, $2, $3, "
                                    "$4::text[]::integer[], $5, $6)"),
                     {username, access.groups, access.states, numbers(access.districts),
                      textOrNull(reason), idOrNull(stepUpAttempt)},
                     false));
}

Result<QString> ConsoleClient::resetAuthenticator(const QString &username, const QString &reason) {
    return firstText(call(QStringLiteral("SELECT console.operator_reset_authenticator($1, $2)"),
                          {username, textOrNull(reason)}, false));
}

Result<Done> ConsoleClient::unlockOperator(const QString &username, const QString &reason) {
    return done(call(QStringLiteral("SELECT console.operator_unlock($1, $2)"),
                     {username, textOrNull(reason)}, false));
}

Result<int> ConsoleClient::setOperatorDisabled(const QString &username, bool disabled,
                                               const QString &reason) {
    return firstInt(call(QStringLiteral("SELECT console.operator_set_disabled($1, $2, $3)"),
                         {username, disabled, textOrNull(reason)}, false));
}

Result<int> ConsoleClient::forceLogout(const QString &username, const QString &reason) {
    return firstInt(call(QStringLiteral("SELECT console.operator_force_logout($1, $2)"),
                         {username, textOrNull(reason)}, false));
}

} // namespace cowin::db
