// SPDX-License-Identifier: Apache-2.0
// Password + OTP login, first-login enrolment, recovery codes, password change and logout,
// through the real call classes against the real schema.
#include "auth/Base32.h"
#include "support/ConsoleCalls.h"
#include "support/TestCluster.h"

#include <QtTest>

using namespace cowin;
using cowin::test::TestCluster;
using Kind = db::DbError::Kind;
using Outcome = login::OtpVerdict::Outcome;

class LoginFlow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { COWIN_REQUIRE_CLUSTER(); }

    void wrongPasswordAndUnknownUserGetOneAnswer() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("flow_pw"), {QStringLiteral("helpdesk")});
        test::ConsoleCalls wrongPassword;
        auto a = wrongPassword.connectAs(TestCluster::profile(), op.name,
                                         QStringLiteral("not-the-password"));
        test::ConsoleCalls unknownUser;
        auto b = unknownUser.connectAs(TestCluster::profile(), QStringLiteral("nobody_here"),
                                       op.password);
        QVERIFY(!a.isOk());
        QVERIFY(!b.isOk());
        QCOMPARE(a.error().kind, Kind::BadLogin);
        QCOMPARE(b.error().kind, Kind::BadLogin);
        QCOMPARE(a.error().message, b.error().message);
    }

    void passwordThenOtpOpensASession() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("flow_ok"), {QStringLiteral("admin")});
        test::ConsoleCalls c;
        QVERIFY(c.connectAs(TestCluster::profile(), op.name, op.password).isOk());
        auto status = c.signIn.status();
        QVERIFY(status.isOk());
        QCOMPARE(status.value().operatorName, op.name);
        QCOMPARE(status.value().groups, QStringList{QStringLiteral("admin")});
        QVERIFY(status.value().enrolled);
        QVERIFY(!status.value().locked);

        QCOMPARE(c.sessionPing().error().kind, Kind::NoSession);
        QCOMPARE(c.audit.head().error().kind, Kind::NoSession);

        auto verdict = c.signIn.submitOtp(TestCluster::code(op.secret));
        QVERIFY(verdict.isOk());
        QCOMPARE(verdict.value().outcome, Outcome::Accepted);
        QVERIFY(verdict.value().sessionOpened);
        QVERIFY(c.hasSession());

        auto ping = c.sessionPing();
        QVERIFY(ping.isOk());
        QVERIFY(ping.value().idleSecondsLeft > 14 * 60);
        QVERIFY(ping.value().secondsLeft > 11 * 3600);
        auto head = c.audit.head();
        QVERIFY(head.isOk());
        QVERIFY(head.value().lastId > 0);
        QCOMPARE(head.value().lastHashHex.size(), 64);

        auto events = TestCluster::admin().exec(
            QStringLiteral("SELECT action FROM audit.event WHERE target_id = $1 ORDER BY id"),
            {op.name});
        QVERIFY(events.isOk());
        QStringList actions;
        for (int i = 0; i < events.value().rows(); ++i)
            actions << events.value().text(i, 0);
        QCOMPARE(
            actions,
            (QStringList{QStringLiteral("operator.created"), QStringLiteral("operator.enrolled"),
                         QStringLiteral("otp.accepted"), QStringLiteral("session.opened")}));
    }

    void wrongOtpSaysHowManyAttemptsRemain() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("flow_wrong"), {QStringLiteral("helpdesk")});
        test::ConsoleCalls c;
        QVERIFY(c.connectAs(TestCluster::profile(), op.name, op.password).isOk());
        auto verdict = c.signIn.submitOtp(TestCluster::wrongCode(op.secret));
        QVERIFY(verdict.isOk());
        QCOMPARE(verdict.value().outcome, Outcome::Wrong);
        QCOMPARE(verdict.value().attemptsLeft, 4);
        QVERIFY(!c.hasSession());
        auto malformed = c.signIn.submitOtp(QStringLiteral("12ab"));
        QCOMPARE(malformed.error().kind, Kind::Invalid);
        QCOMPARE(malformed.error().field, QStringLiteral("code"));
    }

    void firstLoginEnrolsChangesPasswordAndUsesARecoveryCode() {
        const auto op = TestCluster::createOperator(QStringLiteral("flow_new"),
                                                    {QStringLiteral("helpdesk")}, false, true);
        test::ConsoleCalls c;
        QVERIFY(c.connectAs(TestCluster::profile(), op.name, op.password).isOk());
        auto status = c.signIn.status();
        QVERIFY(!status.value().enrolled);
        QVERIFY(status.value().enrolmentPending);
        QVERIFY(status.value().mustChangePassword);

        auto refused = c.signIn.enrolBegin(QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-F"));
        QCOMPARE(refused.error().kind, Kind::Invalid);
        QCOMPARE(refused.error().field, QStringLiteral("enrolment_code"));

        auto enrolment = c.signIn.enrolBegin(op.enrolmentCode.toLower());
        QVERIFY(enrolment.isOk());
        // An authenticator app lists the account under the product's own name.
        QVERIFY(enrolment.value().otpauthUri.startsWith(
            QStringLiteral("otpauth://totp/CoWIN%20Admin%20Console:")));
        QVERIFY(enrolment.value().otpauthUri.contains(
            QStringLiteral("&issuer=CoWIN%20Admin%20Console&")));
        QVERIFY(enrolment.value().otpauthUri.contains(enrolment.value().secretBase32));
        const QByteArray secret =
            auth::base32Decode(enrolment.value().secretBase32).value_or(QByteArray());
        QCOMPARE(secret.size(), 20);

        const QString confirming = TestCluster::code(secret);
        auto verdict = c.signIn.submitOtp(confirming);
        QVERIFY(verdict.isOk());
        QCOMPARE(verdict.value().outcome, Outcome::Accepted);
        QVERIFY(!verdict.value().sessionOpened); // enrolment opens no session
        auto codes = c.signIn.enrolConfirm(verdict.value().attemptId);
        QVERIFY(codes.isOk());
        QCOMPARE(codes.value().size(), 10);
        QCOMPARE(QSet<QString>(codes.value().begin(), codes.value().end()).size(), 10);
        QVERIFY(codes.value().first().contains(
            QRegularExpression(QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$"))));
        QCOMPARE(c.signIn.enrolConfirm(verdict.value().attemptId).error().kind, Kind::Invalid);

        // The confirming code cannot be used again to log in.
        QCOMPARE(c.signIn.submitOtp(confirming).value().outcome, Outcome::Replayed);
        auto login = c.signIn.submitOtp(TestCluster::code(secret, 1));
        QCOMPARE(login.value().outcome, Outcome::Accepted);
        QVERIFY(login.value().sessionOpened);

        // Until the password is changed, nothing but the change is allowed.
        QCOMPARE(c.audit.head().error().kind, Kind::Forbidden);
        const QString newPassword = QStringLiteral("Test-Password-monsoon-tulip-42");
        QVERIFY(c.signIn.changePassword(newPassword).isOk());
        QVERIFY(!c.signIn.status().value().mustChangePassword);

        test::ConsoleCalls again;
        QCOMPARE(again.connectAs(TestCluster::profile(), op.name, op.password).error().kind,
                 Kind::BadLogin);
        QVERIFY(again.connectAs(TestCluster::profile(), op.name, newPassword).isOk());

        // A recovery code replaces an OTP once.
        auto recovered = again.signIn.submitOtp(codes.value().at(3));
        QCOMPARE(recovered.value().outcome, Outcome::Accepted);
        QVERIFY(recovered.value().sessionOpened);
        test::ConsoleCalls third;
        QVERIFY(third.connectAs(TestCluster::profile(), op.name, newPassword).isOk());
        QCOMPARE(third.signIn.submitOtp(codes.value().at(3)).value().outcome, Outcome::Wrong);
    }

    void aDroppedConnectionReconnectsAndPresentsTheSessionAgain() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("flow_drop"), {QStringLiteral("auditor")});
        test::ConsoleCalls c;
        QVERIFY(c.connectAs(TestCluster::profile(), op.name, op.password).isOk());
        QVERIFY(c.signIn.submitOtp(TestCluster::code(op.secret)).value().sessionOpened);
        auto killed = TestCluster::admin().exec(
            QStringLiteral(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = $1"),
            {op.name});
        QCOMPARE(killed.value().int64(0, 0), 1);
        // A read is repeated on the new connection, which presents the same session.
        auto head = c.audit.head();
        QVERIFY2(head.isOk(), qPrintable(head.error().sqlState));
        QVERIFY(c.connection.isConnected());
        // A call that may have changed something is not repeated: the caller sees the drop.
        const QString kill = QStringLiteral(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1");
        TestCluster::admin().exec(kill, {op.name});
        QCOMPARE(
            c.signIn.changePassword(QStringLiteral("Test-Password-after-the-drop")).error().kind,
            Kind::Unreachable);
        QVERIFY(c.audit.head().isOk()); // the next read reconnects

        // Logout is idempotent, so it is repeated: the session ends even across a drop.
        TestCluster::admin().exec(kill, {op.name});
        QVERIFY(c.signIn.logout().isOk());
        auto live = TestCluster::admin().exec(
            QStringLiteral(
                "SELECT count(*) FROM private.session WHERE role_name = $1 AND revoked_at IS NULL"),
            {op.name});
        QCOMPARE(live.value().int64(0, 0), 0);
    }

    void logoutEndsTheSession() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("flow_out"), {QStringLiteral("auditor")});
        test::ConsoleCalls c;
        QVERIFY(c.connectAs(TestCluster::profile(), op.name, op.password).isOk());
        QVERIFY(c.signIn.submitOtp(TestCluster::code(op.secret)).value().sessionOpened);
        QVERIFY(c.audit.head().isOk());
        QVERIFY(c.signIn.logout().isOk());
        QCOMPARE(c.audit.head().error().kind, Kind::NoSession);
    }

    void helpdeskMayNotReadTheAuditHead() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("flow_grp"), {QStringLiteral("helpdesk")});
        test::ConsoleCalls c;
        QVERIFY(c.connectAs(TestCluster::profile(), op.name, op.password).isOk());
        QVERIFY(c.signIn.submitOtp(TestCluster::code(op.secret)).value().sessionOpened);
        QCOMPARE(c.audit.head().error().kind, Kind::Forbidden);
    }
};

QTEST_GUILESS_MAIN(LoginFlow)
#include "login_flow.moc"
