// SPDX-License-Identifier: Apache-2.0
#include "account/AccountCalls.h"

#include "db/Calls.h"

namespace cowin::account {

using db::PgResult;
using db::Result;
using namespace db::calls;

Result<MyAccount> AccountCalls::account() {
    return answer(m_db.call(QStringLiteral("SELECT recovery_codes_left, enrolled_at, "
                                           "password_changed_at, last_login_at, live_sessions "
                                           "FROM console.my_account()")),
                  [](const PgResult &q) {
                      MyAccount a;
                      a.recoveryCodesLeft = static_cast<int>(q.int64(0, "recovery_codes_left"));
                      a.enrolledAt = q.timestamp(0, "enrolled_at");
                      a.passwordChangedAt = q.timestamp(0, "password_changed_at");
                      a.lastLoginAt = q.timestamp(0, "last_login_at");
                      a.liveSessions = static_cast<int>(q.int64(0, "live_sessions"));
                      return a;
                  });
}

Result<QList<MySession>> AccountCalls::sessions() {
    return rows(m_db.call(QStringLiteral("SELECT id, created_at, last_seen_at, expires_at, "
                                         "client_addr, application_name, this_console "
                                         "FROM console.my_sessions()")),
                [](const PgResult &q, int i) {
                    MySession s;
                    s.id = q.int64(i, "id");
                    s.createdAt = q.timestamp(i, "created_at");
                    s.lastSeenAt = q.timestamp(i, "last_seen_at");
                    s.expiresAt = q.timestamp(i, "expires_at");
                    s.clientAddr = q.text(i, "client_addr");
                    s.applicationName = q.text(i, "application_name");
                    s.thisConsole = q.boolean(i, "this_console");
                    return s;
                });
}

Result<int> AccountCalls::endOtherSessions(qint64 stepUpAttempt) {
    return answer(m_db.call(QStringLiteral("SELECT console.my_sessions_end_others($1)"),
                            {stepUpAttempt}, false),
                  [](const PgResult &q) { return static_cast<int>(q.int64(0, 0)); });
}

Result<QStringList> AccountCalls::renewRecoveryCodes(qint64 stepUpAttempt) {
    return answer(m_db.call(QStringLiteral("SELECT recovery_codes "
                                           "FROM console.my_recovery_codes_renew($1)"),
                            {stepUpAttempt}, false),
                  [](const PgResult &q) { return q.textArray(0, "recovery_codes"); });
}

Result<db::Done> AccountCalls::changePassword(const QString &newPassword, qint64 stepUpAttempt) {
    auto arguments = login::passwordChangeArguments(m_db, newPassword);
    if (!arguments.isOk())
        return Result<db::Done>::fail(arguments.error());
    QVariantList params = arguments.value();
    params << stepUpAttempt;
    return done(
        m_db.call(QStringLiteral("SELECT console.my_password_change($1, $2, $3)"), params, false));
}

Result<login::Enrolment> AccountCalls::beginNewAuthenticator(qint64 stepUpAttempt) {
    return answer(m_db.call(QStringLiteral("SELECT secret_base32, otpauth_uri "
                                           "FROM console.my_authenticator_begin($1)"),
                            {stepUpAttempt}, false),
                  [](const PgResult &q) {
                      return login::Enrolment{q.text(0, "secret_base32"), q.text(0, "otpauth_uri")};
                  });
}

Result<QStringList> AccountCalls::confirmNewAuthenticator(const QString &code) {
    return answer(m_db.call(QStringLiteral("SELECT recovery_codes "
                                           "FROM console.my_authenticator_confirm($1)"),
                            {code}, false),
                  [](const PgResult &q) { return q.textArray(0, "recovery_codes"); });
}

} // namespace cowin::account
