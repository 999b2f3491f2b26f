// SPDX-License-Identifier: Apache-2.0
// The kill-switch through the real client: engaged with a real step-up code from one
// console, another console hears of it by NOTIFY without asking, a gateway is denied from the
// commit on, a spoofed notice changes nothing, and a restore takes two different operators.
#include "db/Session.h"
#include "support/TestCluster.h"

#include <QSignalSpy>
#include <QTest>

using namespace cowin;
using namespace cowin::test;

class KillSwitchReachesEveryConsole : public QObject {
    Q_OBJECT

    TestOperator m_incident;
    TestOperator m_admin;
    TestOperator m_helpdesk;
    TestOperator m_gatewayLogin;
    QString m_key;

    // A real step-up: the next step's code, typed while the session is live.
    static qint64 stepUp(test::ConsoleCalls &c, const TestOperator &op) {
        for (int offset : {1, 2}) {
            auto v = c.signIn.submitOtp(TestCluster::code(op.secret, offset));
            if (v.isOk() && v.value().outcome == login::OtpVerdict::Outcome::Accepted)
                return v.value().attemptId;
        }
        return 0;
    }
    // An operator has one or two fresh codes per 30 seconds; the further steps of this test
    // use accepted step-up attempts written as otp_submit would have written them.
    static qint64 recordedStepUp(const TestOperator &op) {
        auto r = TestCluster::admin().exec(
            QStringLiteral("INSERT INTO private.otp_attempt (role_name, purpose, method, outcome, "
                           "attempts_left, created_xact) VALUES ($1, 'step_up', 'totp', "
                           "'accepted', 5, '1'::xid8) RETURNING id"),
            {op.name});
        return r.isOk() ? r.value().int64(0, 0) : 0;
    }

    QString authorize() {
        db::PgConnection gw;
        if (!gw.open(TestCluster::profile(), m_gatewayLogin.name, m_gatewayLogin.password,
                     QStringLiteral("gateway"))
                 .isOk())
            return QStringLiteral("no connection");
        auto r = gw.exec(QStringLiteral("SELECT reason FROM gateway.authorize($1, "
                                        "'certificate.verify', '10.9.0.1')"),
                         {m_key});
        return r.isOk() ? r.value().text(0, 0) : r.error().sqlState;
    }

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        m_incident =
            TestCluster::createOperator(QStringLiteral("ks_inc"), {QStringLiteral("incident")});
        m_admin = TestCluster::createOperator(QStringLiteral("ks_adm"), {QStringLiteral("admin")});
        m_helpdesk =
            TestCluster::createOperator(QStringLiteral("ks_help"), {QStringLiteral("helpdesk")});
        m_gatewayLogin = TestCluster::createServiceLogin(QStringLiteral("ks_gw"),
                                                         QStringLiteral("cowin_gateway"));
        auto partner = TestCluster::admin().exec(
            QStringLiteral("SELECT admin.create_partner($1, 'government', "
                           "ARRAY['certificate.verify'], ARRAY['10.9.0.0/16']::cidr[])"),
            {QStringLiteral("Kill-switch test partner %1")
                 .arg(QCoreApplication::applicationPid())});
        QVERIFY2(partner.isOk(), qPrintable(partner.error().message));
        auto key = TestCluster::admin().exec(
            QStringLiteral(
                "SELECT api_key FROM admin.issue_api_key($1, ARRAY['certificate.verify'], "
                "now() + interval '1 day')"),
            {partner.value().int64(0, 0)});
        m_key = key.value().text(0, 0);
        QCOMPARE(authorize(), QStringLiteral("ok"));
    }

    void engagedFromOneConsoleSeenByAnotherAndEnforced() {
        test::ConsoleCalls incident;
        QVERIFY(TestCluster::signIn(incident, m_incident));
        db::Session watcher;
        QVERIFY(watcher.connectAs(TestCluster::profile(), m_helpdesk.name, m_helpdesk.password)
                    .result()
                    .isOk());
        QVERIFY(watcher.call(&login::SignInCalls::submitOtp, TestCluster::code(m_helpdesk.secret))
                    .result()
                    .value()
                    .sessionOpened);
        QCOMPARE(watcher.call(&partners::KillSwitchCalls::state).result().value().level,
                 QStringLiteral("none"));
        QSignalSpy changed(&watcher, &db::Session::apiStateChanged);

        auto preview = incident.killSwitch.preview(QStringLiteral("everything"), {});
        QVERIFY(preview.isOk());
        QVERIFY(preview.value().keys >= 1);
        auto noCode = incident.killSwitch.engage(QStringLiteral("everything"), {},
                                                 QStringLiteral("bot on partner API"), 0);
        QCOMPARE(noCode.error().field, QStringLiteral("step_up_code"));
        const qint64 attempt = stepUp(incident, m_incident);
        QVERIFY(attempt > 0);
        auto engaged = incident.killSwitch.engage(QStringLiteral("everything"), {},
                                                  QStringLiteral("bot on partner API"), attempt);
        QVERIFY2(engaged.isOk(), qPrintable(engaged.error().message));

        // The other console hears of it without asking, and then asks.
        QTRY_VERIFY(!changed.isEmpty());
        auto seen = watcher.call(&partners::KillSwitchCalls::state).result();
        QCOMPARE(seen.value().level, QStringLiteral("everything"));
        QCOMPARE(seen.value().engagedBy, m_incident.name);
        QCOMPARE(seen.value().reason, QStringLiteral("bot on partner API"));
        QCOMPARE(authorize(), QStringLiteral("kill_switch"));

        // A second switch while one is engaged is refused.
        auto twice =
            incident.killSwitch.engage(QStringLiteral("personal_data"), {}, QStringLiteral("again"),
                                       recordedStepUp(m_incident));
        QCOMPARE(twice.error().kind, db::DbError::Kind::Stale);

        // Two people restore it; the requester may not approve.
        auto requested = incident.killSwitch.requestRestore(
            engaged.value(), QStringLiteral("edge filter deployed"), recordedStepUp(m_incident));
        QVERIFY2(requested.isOk(), qPrintable(requested.error().message));
        auto self = incident.killSwitch.approveRestore(engaged.value(), recordedStepUp(m_incident));
        QCOMPARE(self.error().kind, db::DbError::Kind::Forbidden);
        QCOMPARE(authorize(), QStringLiteral("kill_switch"));
        test::ConsoleCalls admin;
        QVERIFY(TestCluster::signIn(admin, m_admin));
        changed.clear();
        QVERIFY(admin.killSwitch.approveRestore(engaged.value(), stepUp(admin, m_admin)).isOk());
        QCOMPARE(authorize(), QStringLiteral("ok"));
        QTRY_VERIFY(!changed.isEmpty());
        watcher.call(&login::SignInCalls::logout).waitForFinished();
    }

    void aSpoofedNoticeChangesNothing() {
        db::Session watcher;
        QVERIFY(watcher.connectAs(TestCluster::profile(), m_helpdesk.name, m_helpdesk.password)
                    .result()
                    .isOk());
        QVERIFY(
            watcher.call(&login::SignInCalls::submitOtp, TestCluster::code(m_helpdesk.secret, 1))
                .result()
                .value()
                .sessionOpened ||
            watcher.call(&login::SignInCalls::submitOtp, TestCluster::code(m_helpdesk.secret, 2))
                .result()
                .value()
                .sessionOpened);
        QSignalSpy changed(&watcher, &db::Session::apiStateChanged);
        // Anyone who can connect can NOTIFY any channel.
        test::ConsoleCalls attacker;
        QVERIFY(attacker.connectAs(TestCluster::profile(), m_helpdesk.name, m_helpdesk.password)
                    .isOk());
        QVERIFY(attacker.raw().exec(QStringLiteral("NOTIFY cowin_api_state, 'everything'")).isOk());
        QTRY_VERIFY(!changed.isEmpty());
        auto state = watcher.call(&partners::KillSwitchCalls::state).result();
        QCOMPARE(state.value().level, QStringLiteral("none"));
        QCOMPARE(authorize(), QStringLiteral("ok"));
        watcher.call(&login::SignInCalls::logout).waitForFinished();
    }
};

QTEST_GUILESS_MAIN(KillSwitchReachesEveryConsole)
#include "kill_switch_reaches_every_console.moc"
