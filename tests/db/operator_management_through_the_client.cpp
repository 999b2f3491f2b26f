// SPDX-License-Identifier: Apache-2.0
// A ministry admin's operator calls through the real call classes, each seen from the other
// operator's side: a lost authenticator reset (the open console learns its session is gone;
// the new enrolment code works, the old secret does not), an unlock after five wrong codes, a
// forced logout, and a hostile name that never becomes a role.
#include "auth/Base32.h"
#include "db/Session.h"
#include "support/TestCluster.h"

#include <QSignalSpy>
#include <QtTest>

using namespace cowin;
using cowin::test::TestCluster;
using cowin::test::TestOperator;
using Kind = db::DbError::Kind;
using Outcome = login::OtpVerdict::Outcome;

class OperatorManagementThroughTheClient : public QObject {
    Q_OBJECT

    TestOperator m_admin;
    test::ConsoleCalls m_client;

    // A step-up code that the server accepted and committed, as the console's dialog gets one.
    qint64 stepUp() {
        auto r = TestCluster::admin().exec(
            QStringLiteral("INSERT INTO private.otp_attempt (role_name, purpose, method, outcome, "
                           "attempts_left, created_xact) VALUES ($1, 'step_up', 'totp', "
                           "'accepted', 5, '1'::xid8) RETURNING id"),
            {m_admin.name});
        return r.isOk() ? r.value().int64(0, 0) : 0;
    }
    static int liveSessions(const QString &name) {
        return static_cast<int>(
            TestCluster::admin()
                .exec(QStringLiteral("SELECT count(*) FROM private.session WHERE role_name = $1 "
                                     "AND revoked_at IS NULL"),
                      {name})
                .value()
                .int64(0, 0));
    }

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        m_admin =
            TestCluster::createOperator(QStringLiteral("omc_admin"), {QStringLiteral("admin")});
        QVERIFY(TestCluster::signIn(m_client, m_admin));
    }

    void lostAuthenticatorIsReplaced() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("omc_lost"), {QStringLiteral("helpdesk")});
        db::Session console;
        QSignalSpy lost(&console, &db::Session::sessionLost);
        QVERIFY(console.connectAs(TestCluster::profile(), op.name, op.password).result().isOk());
        QVERIFY(console.call(&login::SignInCalls::submitOtp, TestCluster::code(op.secret))
                    .result()
                    .value()
                    .sessionOpened);

        const auto refused = m_client.operators.resetAuthenticator(op.name, QStringLiteral("no"));
        QCOMPARE(refused.error().kind, Kind::Invalid);
        QCOMPARE(refused.error().field, QStringLiteral("reason"));
        const auto code = m_client.operators.resetAuthenticator(
            op.name, QStringLiteral("phone stolen, FIR 112/2026"));
        QVERIFY(code.isOk());
        // Its connection was closed with the session: the next call reconnects and is told the
        // session has ended, and the console hears of it.
        QCOMPARE(console.ping().result().error().kind, Kind::NoSession);
        QTRY_VERIFY(lost.count() >= 1);

        // The old secret opens nothing; the new code enrols a new one.
        test::ConsoleCalls again;
        QVERIFY(again.connectAs(TestCluster::profile(), op.name, op.password).isOk());
        const auto old = again.signIn.submitOtp(TestCluster::code(op.secret, 1));
        QVERIFY(!old.isOk() || !old.value().sessionOpened);
        auto enrolment = again.signIn.enrolBegin(code.value());
        QVERIFY(enrolment.isOk());
        const QByteArray secret =
            auth::base32Decode(enrolment.value().secretBase32).value_or(QByteArray());
        auto confirming = again.signIn.submitOtp(TestCluster::code(secret));
        QCOMPARE(confirming.value().outcome, Outcome::Accepted);
        QVERIFY(again.signIn.enrolConfirm(confirming.value().attemptId).isOk());
        QVERIFY(again.signIn.submitOtp(TestCluster::code(secret, 1)).value().sessionOpened);
    }

    void lockedOperatorIsUnlocked() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("omc_locked"), {QStringLiteral("auditor")});
        test::ConsoleCalls guesser;
        QVERIFY(guesser.connectAs(TestCluster::profile(), op.name, op.password).isOk());
        for (int i = 0; i < 5; ++i)
            guesser.signIn.submitOtp(TestCluster::wrongCode(op.secret));
        auto listed = m_client.operators.list();
        QVERIFY(listed.isOk());
        bool locked = false;
        for (const auto &o : listed.value())
            locked = locked || (o.username == op.name && o.locked);
        QVERIFY(locked);
        QVERIFY(m_client.operators.unlock(op.name, QStringLiteral("called back on the desk phone"))
                    .isOk());
        test::ConsoleCalls back;
        QVERIFY(back.connectAs(TestCluster::profile(), op.name, op.password).isOk());
        QVERIFY(back.signIn.submitOtp(TestCluster::code(op.secret, 1)).value().sessionOpened);
    }

    void forcedLogoutEndsSessionsButNotTheAccount() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("omc_logout"), {QStringLiteral("incident")});
        test::ConsoleCalls c;
        QVERIFY(TestCluster::signIn(c, op));
        QCOMPARE(liveSessions(op.name), 1);
        auto ended = m_client.operators.forceLogout(
            op.name, QStringLiteral("session left open in the war room"));
        QVERIFY(ended.isOk());
        QCOMPARE(ended.value(), 1);
        QCOMPARE(liveSessions(op.name), 0);
        // Its connection was closed too; the reconnect works (the account is fine) and the
        // session does not come back.
        QCOMPARE(c.sessionPing().error().kind, Kind::NoSession);
        QVERIFY(c.signIn.submitOtp(TestCluster::code(op.secret, 1)).value().sessionOpened);
    }

    void ownAccountAndHostileNamesAreRefused() {
        QCOMPARE(m_client.operators.forceLogout(m_admin.name, QStringLiteral("testing it on me"))
                     .error()
                     .kind,
                 Kind::Forbidden);
        operators::OperatorAccess access;
        access.groups = {QStringLiteral("helpdesk")};
        for (const QString &name :
             {QStringLiteral("pg_signal_backend"),
              QStringLiteral("x\"; ALTER ROLE omc SUPERUSER; --"), QStringLiteral("postgres")}) {
            auto r = m_client.operators.create(name, QStringLiteral("Mallory"), access,
                                               QStringLiteral("whatever-password-1"),
                                               QStringLiteral("hostile name test"), stepUp());
            QCOMPARE(r.error().kind, Kind::Invalid);
            QCOMPARE(r.error().field, QStringLiteral("username"));
        }
        QCOMPARE(TestCluster::admin()
                     .exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolsuper AND "
                                          "rolname LIKE 'omc%'"))
                     .value()
                     .int64(0, 0),
                 0);
    }
};

QTEST_MAIN(OperatorManagementThroughTheClient)
#include "operator_management_through_the_client.moc"
