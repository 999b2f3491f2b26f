// SPDX-License-Identifier: Apache-2.0
#include "db/ConsoleClient.h"

#include "auth/Scram.h"

#include "auth/SecureRandom.h"

namespace cowin::db {

namespace {
const QString kApplicationName = QStringLiteral("cowin-console");
constexpr char kSessionRevoked[] = "cowin_session_revoked";
constexpr char kOutboxChanged[] = "cowin_outbox";
constexpr char kApiStateChanged[] = "cowin_api_state";
constexpr char kAuditAppended[] = "cowin_audit";

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

Result<Done> ConsoleClient::connectAs(const ConnectionProfile &profile, const QString &user,
                                      const QString &password) {
    m_sessionToken.clear();
    m_user = user;
    auto opened = m_connection.open(profile, user, password, kApplicationName);
    if (opened.isOk())
        listenForNotices();
    return opened;
}

void ConsoleClient::listenForNotices() {
    m_connection.listen(kSessionRevoked);
    m_connection.listen(kOutboxChanged);
    m_connection.listen(kApiStateChanged);
    m_connection.listen(kAuditAppended);
}

bool ConsoleClient::takeAuditNotice() {
    return !m_connection.takeNotifications(kAuditAppended).isEmpty();
}

bool ConsoleClient::takeApiStateNotice() {
    return !m_connection.takeNotifications(kApiStateChanged).isEmpty();
}

bool ConsoleClient::takeOutboxNotice() {
    return !m_connection.takeNotifications(kOutboxChanged).isEmpty();
}

bool ConsoleClient::takeSessionRevokedNotice() {
    const QStringList payloads = m_connection.takeNotifications(kSessionRevoked);
    if (payloads.isEmpty() || !hasSession())
        return false;
    const QString mine = QString::fromLatin1(auth::sha256(m_sessionToken.toUtf8()).toHex());
    return payloads.contains(mine);
}

void ConsoleClient::disconnect() {
    m_sessionToken.clear();
    m_connection.close();
}

Result<Done> ConsoleClient::presentSession() {
    // The setting only carries the token; the server judges it on every call.
    auto r = m_connection.exec(
        QStringLiteral("SELECT pg_catalog.set_config('cowin.session', $1, false)"),
        {m_sessionToken});
    return r.isOk() ? Result<Done>::ok({}) : Result<Done>::fail(r.error());
}

Result<PgResult> ConsoleClient::call(const QString &sql, const QVariantList &params,
                                     bool safeToRetry) {
    auto result = m_connection.exec(sql, params);
    if (result.isOk() || result.error().kind != DbError::Kind::Unreachable)
        return result;
    // The connection dropped: reconnect and present the session again. A call that may have
    // changed something is not repeated; its caller sees the connection error.
    auto reconnected = m_connection.reset();
    if (!reconnected.isOk()) {
        // The server answered and refused this login: an operator disabled (or locked) from
        // another console, whose connection was ended with the session. For the console that
        // is the session ending, not the network failing.
        if (hasSession() && reconnected.error().kind == DbError::Kind::BadLogin)
            return Result<PgResult>::fail(DbError::sessionEnded());
        return result;
    }
    listenForNotices();
    if (hasSession() && !presentSession().isOk())
        return result;
    return safeToRetry ? m_connection.exec(sql, params) : result;
}

Result<OperatorStatus> ConsoleClient::sessionStatus() {
    auto r = call(QStringLiteral("SELECT operator, full_name, groups, enrolled, locked, "
                                 "must_change_password, enrolment_pending "
                                 "FROM console.session_status()"));
    if (!r.isOk())
        return Result<OperatorStatus>::fail(r.error());
    const PgResult &q = r.value();
    OperatorStatus s;
    s.operatorName = q.text(0, 0);
    s.fullName = q.text(0, 1);
    s.groups = q.textArray(0, 2);
    s.enrolled = q.boolean(0, 3);
    s.locked = q.boolean(0, 4);
    s.mustChangePassword = q.boolean(0, 5);
    s.enrolmentPending = q.boolean(0, 6);
    return Result<OperatorStatus>::ok(s);
}

Result<Enrolment> ConsoleClient::enrolBegin(const QString &enrolmentCode) {
    auto r = call(QStringLiteral("SELECT secret_base32, otpauth_uri FROM console.enrol_begin($1)"),
                  {enrolmentCode}, false);
    if (!r.isOk())
        return Result<Enrolment>::fail(r.error());
    return Result<Enrolment>::ok({r.value().text(0, 0), r.value().text(0, 1)});
}

Result<OtpVerdict> ConsoleClient::submitOtp(const QString &code) {
    // Autocommit: the first statement commits the judged attempt before the second asks.
    auto submitted = call(QStringLiteral("SELECT console.otp_submit($1)"), {code}, false);
    if (!submitted.isOk())
        return Result<OtpVerdict>::fail(submitted.error());
    OtpVerdict verdict;
    verdict.attemptId = submitted.value().int64(0, 0);
    auto told = call(QStringLiteral("SELECT outcome, session_token, attempts_left "
                                    "FROM console.otp_outcome($1)"),
                     {verdict.attemptId}, false);
    if (!told.isOk())
        return Result<OtpVerdict>::fail(told.error());
    verdict.outcome = outcomeFrom(told.value().text(0, 0));
    verdict.attemptsLeft = static_cast<int>(told.value().int64(0, 2));
    if (!told.value().isNull(0, 1)) {
        m_sessionToken = told.value().text(0, 1);
        auto presented = presentSession();
        if (!presented.isOk())
            return Result<OtpVerdict>::fail(presented.error());
        verdict.sessionOpened = true;
    }
    return Result<OtpVerdict>::ok(verdict);
}

Result<QStringList> ConsoleClient::enrolConfirm(qint64 attemptId) {
    auto r = call(QStringLiteral("SELECT recovery_codes FROM console.enrol_confirm($1)"),
                  {attemptId}, false);
    if (!r.isOk())
        return Result<QStringList>::fail(r.error());
    // Codes are base32 in groups joined by hyphens: the array's text form needs no unquoting.
    return Result<QStringList>::ok(r.value().textArray(0, 0));
}

Result<SessionTimes> ConsoleClient::sessionPing() {
    auto r =
        call(QStringLiteral("SELECT idle_seconds_left, seconds_left FROM console.session_ping()"));
    if (!r.isOk())
        return Result<SessionTimes>::fail(r.error());
    return Result<SessionTimes>::ok(
        {static_cast<int>(r.value().int64(0, 0)), static_cast<int>(r.value().int64(0, 1))});
}

Result<Done> ConsoleClient::changePassword(const QString &newPassword) {
    const QByteArray verifier = m_connection.scramVerifier(m_user, newPassword);
    if (verifier.isEmpty())
        return Result<Done>::fail(DbError::internal(QStringLiteral("SCRAM verifier")));
    // The same password under the current salt and iteration count, for the server to see
    // that it differs from the current one; the password itself never leaves this process.
    // Not retried either: a change of password goes on only over the connection it began on.
    auto parameters = call(
        QStringLiteral("SELECT iterations, salt FROM console.password_parameters()"), {}, false);
    if (!parameters.isOk())
        return Result<Done>::fail(parameters.error());
    QVariant probe;
    if (!parameters.value().isNull(0, 0)) {
        probe = QString::fromLatin1(auth::scramSha256Verifier(
            newPassword, QByteArray::fromBase64(parameters.value().text(0, 1).toLatin1()),
            static_cast<int>(parameters.value().int64(0, 0))));
    }
    auto r = call(QStringLiteral("SELECT console.change_password($1, $2)"),
                  {QString::fromLatin1(verifier), probe}, false);
    return r.isOk() ? Result<Done>::ok({}) : Result<Done>::fail(r.error());
}

Result<AuditHead> ConsoleClient::auditHead() {
    auto r = call(QStringLiteral("SELECT last_id, last_hash, events FROM console.audit_head()"));
    if (!r.isOk())
        return Result<AuditHead>::fail(r.error());
    return Result<AuditHead>::ok(
        {r.value().int64(0, 0), r.value().text(0, 1), r.value().int64(0, 2)});
}

Result<Done> ConsoleClient::logout() {
    // Revoking twice changes nothing, so a logout is repeated after a dropped connection.
    auto r = call(QStringLiteral("SELECT console.logout()"));
    m_sessionToken.clear();
    presentSession();
    return r.isOk() ? Result<Done>::ok({}) : Result<Done>::fail(r.error());
}

Result<QList<audit::AuditRecord>> ConsoleClient::auditChainPage(qint64 afterId, int maxEvents) {
    auto r =
        call(QStringLiteral("SELECT id, occurred_at_utc, actor, client_addr, application_name, "
                            "action, target_type, target_id, reason, details, prev_hash, hash "
                            "FROM console.audit_chain_page($1, $2)"),
             {afterId, maxEvents});
    return auditRecordsIn(r);
}

Result<QList<audit::Checkpoint>> ConsoleClient::auditCheckpoints() {
    auto r = call(QStringLiteral("SELECT last_id, last_hash, events, taken_at_utc, public_key, "
                                 "signature FROM console.audit_checkpoints()"));
    return checkpointsIn(r);
}

Result<ChainReport> ConsoleClient::verifyAuditChain(const std::function<bool(qint64)> &progress,
                                                    const QList<audit::Checkpoint> &remembered) {
    auto checkpoints = auditCheckpoints();
    if (!checkpoints.isOk())
        return Result<ChainReport>::fail(checkpoints.error());
    return walkChain([this](qint64 after) { return auditChainPage(after, 5000); },
                     checkpoints.value() + remembered, progress);
}

} // namespace cowin::db
