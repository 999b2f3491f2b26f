// SPDX-License-Identifier: Apache-2.0
#include "login/SignInCalls.h"

#include "auth/Scram.h"
#include "db/Calls.h"

namespace cowin::login {

using namespace db::calls;
using db::Done;
using db::PgResult;
using db::Result;

namespace {
OtpVerdict::Outcome outcomeFrom(const QString &text) {
    if (text == QLatin1String("accepted"))
        return OtpVerdict::Outcome::Accepted;
    if (text == QLatin1String("replayed"))
        return OtpVerdict::Outcome::Replayed;
    if (text == QLatin1String("locked"))
        return OtpVerdict::Outcome::Locked;
    return OtpVerdict::Outcome::Wrong;
}
} // namespace

Result<OperatorStatus> SignInCalls::status() {
    return answer(m_db.call(QStringLiteral(
                      "SELECT operator, full_name, groups, capabilities, enrolled, locked, "
                      "must_change_password, enrolment_pending FROM console.session_status()")),
                  [](const PgResult &q) {
                      OperatorStatus s;
                      s.operatorName = q.text(0, "operator");
                      s.fullName = q.text(0, "full_name");
                      s.groups = q.textArray(0, "groups");
                      s.capabilities = q.textArray(0, "capabilities");
                      s.enrolled = q.boolean(0, "enrolled");
                      s.locked = q.boolean(0, "locked");
                      s.mustChangePassword = q.boolean(0, "must_change_password");
                      s.enrolmentPending = q.boolean(0, "enrolment_pending");
                      return s;
                  });
}

Result<Enrolment> SignInCalls::enrolBegin(const QString &enrolmentCode) {
    return answer(
        m_db.call(QStringLiteral("SELECT secret_base32, otpauth_uri FROM console.enrol_begin($1)"),
                  {enrolmentCode}, false),
        [](const PgResult &q) {
            return Enrolment{q.text(0, "secret_base32"), q.text(0, "otpauth_uri")};
        });
}

Result<OtpVerdict> SignInCalls::submitOtp(const QString &code) {
    // Autocommit: the first statement commits the judged attempt before the second asks.
    auto submitted =
        firstId(m_db.call(QStringLiteral("SELECT console.otp_submit($1)"), {code}, false));
    if (!submitted.isOk())
        return Result<OtpVerdict>::fail(submitted.error());
    OtpVerdict verdict;
    verdict.attemptId = submitted.value();
    auto told = m_db.call(QStringLiteral("SELECT outcome, session_token, attempts_left "
                                         "FROM console.otp_outcome($1)"),
                          {verdict.attemptId}, false);
    if (!told.isOk())
        return Result<OtpVerdict>::fail(told.error());
    verdict.outcome = outcomeFrom(told.value().text(0, "outcome"));
    verdict.attemptsLeft = static_cast<int>(told.value().int64(0, "attempts_left"));
    if (!told.value().isNull(0, "session_token")) {
        auto presented = m_db.openSession(told.value().text(0, "session_token"));
        if (!presented.isOk())
            return Result<OtpVerdict>::fail(presented.error());
        verdict.sessionOpened = true;
    }
    return Result<OtpVerdict>::ok(verdict);
}

Result<QStringList> SignInCalls::enrolConfirm(qint64 attemptId) {
    // Codes are base32 in groups joined by hyphens: the array's text form needs no unquoting.
    return answer(m_db.call(QStringLiteral("SELECT recovery_codes FROM console.enrol_confirm($1)"),
                            {attemptId}, false),
                  [](const PgResult &q) { return q.textArray(0, "recovery_codes"); });
}

Result<QVariantList> passwordChangeArguments(db::SessionConnection &connection,
                                             const QString &newPassword) {
    const QByteArray verifier = connection.scramVerifier(connection.user(), newPassword);
    if (verifier.isEmpty())
        return Result<QVariantList>::fail(db::DbError::internal(QStringLiteral("SCRAM verifier")));
    // The same password under the current salt and iteration count, for the server to see
    // that it differs from the current one; the password itself never leaves this process.
    // Not retried either: a change of password goes on only over the connection it began on.
    auto parameters = connection.call(
        QStringLiteral("SELECT iterations, salt FROM console.password_parameters()"), {}, false);
    if (!parameters.isOk())
        return Result<QVariantList>::fail(parameters.error());
    QVariant probe;
    if (!parameters.value().isNull(0, "iterations")) {
        probe = QString::fromLatin1(auth::scramSha256Verifier(
            newPassword, QByteArray::fromBase64(parameters.value().text(0, "salt").toLatin1()),
            static_cast<int>(parameters.value().int64(0, "iterations"))));
    }
    return Result<QVariantList>::ok({QString::fromLatin1(verifier), probe});
}

Result<Done> SignInCalls::changePassword(const QString &newPassword) {
    auto arguments = passwordChangeArguments(m_db, newPassword);
    if (!arguments.isOk())
        return Result<Done>::fail(arguments.error());
    return done(m_db.call(QStringLiteral("SELECT console.change_password($1, $2)"),
                          arguments.value(), false));
}

Result<Done> SignInCalls::logout() {
    // Revoking twice changes nothing, so a logout is repeated after a dropped connection.
    auto r = m_db.call(QStringLiteral("SELECT console.logout()"));
    m_db.endSession();
    return done(r);
}

db::Result<QString> SignInCalls::serverVersion() {
    return db::Result<QString>::ok(m_db.serverVersion());
}

} // namespace cowin::login
