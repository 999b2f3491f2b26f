// SPDX-License-Identifier: Apache-2.0
// The attacker's review, with real concurrent connections: guesses, lookups and reveals raced
// against their limits, one step-up attempt raced by two sessions, and logins that hold what
// they can (an open transaction after an audited call, their own rows, a gateway's flood)
// while an incident commander engages the kill-switch and an admin disables one of them.
#include "db/AdminClient.h"
#include "support/ConsoleCalls.h"
#include "support/TestCluster.h"
#include "support/Together.h"

#include <QtTest>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

using namespace cowin;
using cowin::test::TestCluster;
using cowin::test::TestOperator;
using cowin::test::together;

namespace {
qint64 count(const QString &sql, const QVariantList &params = {}) {
    auto r = TestCluster::admin().exec(sql, params);
    return r.isOk() && r.value().rows() == 1 ? r.value().int64(0, 0) : -1;
}

// An accepted step-up attempt as otp_submit writes it, committed in an earlier transaction.
qint64 recordedStepUp(const QString &role) {
    auto r = TestCluster::admin().exec(
        QStringLiteral("INSERT INTO private.otp_attempt (role_name, purpose, method, outcome, "
                       "attempts_left, created_xact) VALUES ($1, 'step_up', 'totp', 'accepted', "
                       "5, '1'::xid8) RETURNING id"),
        {role});
    return r.isOk() ? r.value().int64(0, 0) : 0;
}

std::vector<std::unique_ptr<test::ConsoleCalls>> connected(const TestOperator &op, int n) {
    std::vector<std::unique_ptr<test::ConsoleCalls>> clients;
    for (int i = 0; i < n; ++i) {
        clients.push_back(std::make_unique<test::ConsoleCalls>());
        // Connected with the password only: no session yet. Like an attacker racing, it waits on
        // locks as long as it takes (no lock_timeout), so every call is judged, none refused only
        // for being slow.
        if (!clients.back()->connectAs(TestCluster::profile(), op.name, op.password).isOk() ||
            !clients.back()->raw().exec(QStringLiteral("SET lock_timeout = 0")).isOk())
            return {};
    }
    return clients;
}
} // namespace

class AttackReviewRaces : public QObject {
    Q_OBJECT

    // n connections of one operator presenting one session (signed in once): a session belongs
    // to the login, not to one connection, so an attacker with the password may race from many.
    static std::vector<std::unique_ptr<test::ConsoleCalls>> oneSession(const TestOperator &op,
                                                                       int n) {
        test::ConsoleCalls first;
        if (!TestCluster::signIn(first, op))
            return {};
        auto token =
            first.raw().exec(QStringLiteral("SELECT current_setting('cowin.session', true)"));
        std::vector<std::unique_ptr<test::ConsoleCalls>> clients = connected(op, n);
        for (auto &c : clients) {
            if (!token.isOk() ||
                !c->raw()
                     .exec(QStringLiteral("SELECT set_config('cowin.session', $1, false)"),
                           {token.value().text(0, 0)})
                     .isOk())
                return {};
        }
        return clients;
    }

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        TestCluster::ensureVaccinators(200);
    }

    void thirtyTwoParallelWrongCodesJudgeExactlyFive() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("guess"), {QStringLiteral("helpdesk")});
        constexpr int kClients = 32;
        std::vector<std::unique_ptr<test::ConsoleCalls>> clients = connected(op, kClients);
        QCOMPARE(static_cast<int>(clients.size()), kClients);
        const QString wrong = TestCluster::wrongCode(op.secret);
        together(kClients,
                 [&](int i) { clients[static_cast<size_t>(i)]->signIn.submitOtp(wrong); });
        // A judged guess is one that was compared with the secret: recorded as failed.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.event WHERE action = "
                                      "'otp.failed' AND target_id = $1"),
                       {op.name}),
                 5);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.event WHERE action = "
                                      "'operator.locked' AND target_id = $1"),
                       {op.name}),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM private.operator WHERE role_name = $1 "
                                      "AND locked_at IS NOT NULL"),
                       {op.name}),
                 1);
    }

    void fiftyConcurrentLookupsNeverPassTheBudget() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("walk"), {QStringLiteral("helpdesk")});
        constexpr int kClients = 50;
        std::vector<std::unique_ptr<test::ConsoleCalls>> clients = oneSession(op, kClients);
        QCOMPARE(static_cast<int>(clients.size()), kClients);
        // A budget smaller than the crowd, for this test only.
        constexpr int limit = 12;
        QVERIFY(TestCluster::admin()
                    .exec(QStringLiteral("UPDATE private.limit_setting SET value = $1 WHERE name = "
                                         "'mobile_lookups_per_10_minutes'"),
                          {limit})
                    .isOk());
        const auto restore = qScopeGuard([] {
            TestCluster::admin().exec(
                QStringLiteral("UPDATE private.limit_setting SET value = 60 WHERE name = "
                               "'mobile_lookups_per_10_minutes'"));
        });
        std::atomic<int> errors{0};
        together(kClients, [&](int i) {
            auto r = clients[static_cast<size_t>(i)]->raw().exec(
                QStringLiteral("SELECT console.vaccinator_lookup_mobile($1)"),
                {QStringLiteral("98%1").arg(10000000 + i)});
            if (!r.isOk())
                ++errors;
        });
        QCOMPARE(errors.load(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM private.mobile_lookup WHERE role_name "
                                      "= $1 AND NOT refused"),
                       {op.name}),
                 limit);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.event WHERE action = "
                                      "'vaccinator.lookup_refused' AND actor = $1"),
                       {op.name}),
                 kClients - limit);
    }

    void fiftyConcurrentRevealsTellOnlyTheBudget() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("reveal"), {QStringLiteral("helpdesk")});
        constexpr int kClients = 50;
        std::vector<std::unique_ptr<test::ConsoleCalls>> clients = oneSession(op, kClients);
        QCOMPARE(static_cast<int>(clients.size()), kClients);
        const int limit = static_cast<int>(count(QStringLiteral(
            "SELECT value FROM private.limit_setting WHERE name = 'reveals_per_hour'")));
        const qint64 account = TestCluster::vaccinatorWhere(QStringLiteral("status = 'active'"));
        std::atomic<int> told{0};
        std::atomic<int> refused{0};
        together(kClients, [&](int i) {
            db::PgConnection &c = clients[static_cast<size_t>(i)]->raw();
            auto request = c.exec(QStringLiteral("SELECT console.vaccinator_reveal_request($1, "
                                                 "'caller asked for the number')"),
                                  {account});
            if (!request.isOk())
                return;
            auto mobile = c.exec(QStringLiteral("SELECT mobile FROM console.vaccinator_reveal($1)"),
                                 {request.value().int64(0, 0)});
            if (mobile.isOk())
                ++told;
            else if (mobile.error().sqlState == QLatin1String("CW429"))
                ++refused;
        });
        QCOMPARE(told.load(), limit);
        QCOMPARE(refused.load(), kClients - limit);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.event WHERE action = "
                                      "'vaccinator.mobile_reveal_refused' AND actor = $1"),
                       {op.name}),
                 kClients - limit);
    }

    void oneStepUpStartsOneBulkResetFromTwoSessions() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("stepup"), {QStringLiteral("admin")});
        test::ConsoleCalls a;
        test::ConsoleCalls b;
        QVERIFY(TestCluster::signIn(a, op));
        QVERIFY(b.connectAs(TestCluster::profile(), op.name, op.password).isOk());
        QVERIFY(b.signIn.submitOtp(TestCluster::code(op.secret, 1)).value().sessionOpened);
        const qint64 attempt = recordedStepUp(op.name);
        QVERIFY(attempt > 0);
        const qint64 centre = count(QStringLiteral("SELECT min(id) FROM private.centre"));
        std::atomic<int> begun{0};
        std::atomic<int> refused{0};
        test::ConsoleCalls *sessions[] = {&a, &b};
        together(2, [&](int i) {
            auto r = sessions[i]->vaccinators.bulkBegin(
                vaccinators::BulkAction::Reset, QStringLiteral("centre"), QString::number(centre),
                QStringLiteral("leak response drill"), false, attempt);
            if (r.isOk())
                ++begun;
            else if (r.error().field == QLatin1String("step_up_code"))
                ++refused;
        });
        QCOMPARE(begun.load(), 1);
        QCOMPARE(refused.load(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM private.bulk_reset WHERE "
                                      "step_up_attempt = $1"),
                       {attempt}),
                 1);
    }

    // Two gateway logins take one gateway name at once: the second waits for the first's
    // insert, and is then refused, not let write over the state the first one applied.
    void twoGatewayLoginsRacingForOneNameLeaveItToTheFirst() {
        const auto first = TestCluster::createServiceLogin(QStringLiteral("race_gw_a"),
                                                           QStringLiteral("cowin_gateway"));
        const auto second = TestCluster::createServiceLogin(QStringLiteral("race_gw_b"),
                                                            QStringLiteral("cowin_gateway"));
        db::PgConnection a;
        db::PgConnection b;
        QVERIFY(a.open(TestCluster::profile(), first.name, first.password, QStringLiteral("gw-a"))
                    .isOk());
        QVERIFY(b.open(TestCluster::profile(), second.name, second.password, QStringLiteral("gw-b"))
                    .isOk());
        const QString name = QStringLiteral("race-%1").arg(QCoreApplication::applicationPid());
        auto state = a.exec(QStringLiteral("SELECT version, cursor FROM gateway.state()"));
        QVERIFY(state.isOk());
        const qint64 version = state.value().int64(0, 0);
        const QString cursor = state.value().text(0, 1);
        QVERIFY(a.exec(QStringLiteral("BEGIN")).isOk());
        QVERIFY(
            a.exec(QStringLiteral("SELECT gateway.applied($1, $2, $3)"), {name, version, cursor})
                .isOk());
        QString secondAnswer;
        std::thread racer([&] {
            auto r = b.exec(QStringLiteral("SELECT gateway.applied($1, $2, $3)"),
                            {name, version + 5, cursor});
            secondAnswer = r.isOk() ? QStringLiteral("accepted") : r.error().sqlState;
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        QVERIFY(a.exec(QStringLiteral("COMMIT")).isOk());
        racer.join();
        QCOMPARE(secondAnswer, QStringLiteral("CW403"));
        auto row = TestCluster::admin().exec(
            QStringLiteral("SELECT role_name, applied_version FROM private.gateway_instance "
                           "WHERE gateway_id = $1"),
            {name});
        QVERIFY(row.isOk() && row.value().rows() == 1);
        QCOMPARE(row.value().text(0, 0), first.name);
        QCOMPARE(row.value().int64(0, 1), version);
    }

    // The review's stalls, each held open while the kill-switch is engaged and an operator is
    // disabled: no audited action of another login waits for them (the holders are still open
    // when the actions return).
    // Events written at once by many transactions, some rolled back (gaps in the ids) and some
    // held open a while: the sealer chains every committed one, once, into one unbroken chain.
    void concurrentAppendsWithRollbacksSealIntoOneChain() {
        constexpr int kWriters = 16;
        constexpr int kEach = 40;
        const qint64 before = count(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit.event"));
        std::atomic<int> committed{0};
        together(kWriters, [&](int w) {
            db::PgConnection c;
            if (!c.openConnectionString(qEnvironmentVariable("COWIN_TEST_DSN"),
                                        QStringLiteral("race-writer"))
                     .isOk())
                return;
            for (int i = 0; i < kEach; ++i) {
                c.exec(QStringLiteral("BEGIN"));
                c.exec(QStringLiteral("SELECT audit.append('test.race', 'writer', $1, NULL, NULL)"),
                       {QString::number(w)});
                if (i % 7 == 3)
                    std::this_thread::sleep_for(std::chrono::milliseconds(30));
                const bool keep = (w + i) % 5 != 0;
                c.exec(keep ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
                if (keep)
                    ++committed;
            }
        });
        QVERIFY(TestCluster::waitSealed());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.event e JOIN audit.seal s ON "
                                      "s.event_id = e.id WHERE e.id > $1 AND e.action = "
                                      "'test.race'"),
                       {before}),
                 committed.load());
        db::AdminClient dba(TestCluster::admin());
        auto report = dba.verifyAuditChain();
        QVERIFY(report.isOk());
        QVERIFY(report.value().intact());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.seal")), report.value().checked);
    }

    void cleanupTestCase() {
        // Whatever happened above, the rest of the run has partner APIs on.
        TestCluster::admin().exec(QStringLiteral(
            "UPDATE private.kill_switch_incident SET restore_requested_by = 'test-cleanup', "
            "restore_requested_at = clock_timestamp(), restored_by = 'test-cleanup-approver', "
            "restored_at = clock_timestamp() WHERE restored_at IS NULL"));
    }

    void noLoginStallsTheKillSwitchOrAnAdmin() {
        const auto incident =
            TestCluster::createOperator(QStringLiteral("ksinc"), {QStringLiteral("incident")});
        const auto admin =
            TestCluster::createOperator(QStringLiteral("ksadm"), {QStringLiteral("admin")});
        const auto idle =
            TestCluster::createOperator(QStringLiteral("idler"), {QStringLiteral("helpdesk")});
        const auto rogue =
            TestCluster::createOperator(QStringLiteral("rogue"), {QStringLiteral("helpdesk")});
        const auto gateway = TestCluster::createServiceLogin(QStringLiteral("ksgw"),
                                                             QStringLiteral("cowin_gateway"));
        test::ConsoleCalls commander;
        test::ConsoleCalls ministry;
        QVERIFY(TestCluster::signIn(commander, incident));
        QVERIFY(TestCluster::signIn(ministry, admin));

        // 1. An operator without a session leaves a guess open (the old chain lock's stall).
        test::ConsoleCalls idler;
        QVERIFY(idler.connectAs(TestCluster::profile(), idle.name, idle.password).isOk());
        QVERIFY(
            idler.raw().exec(QStringLiteral("SET idle_in_transaction_session_timeout = 0")).isOk());
        QVERIFY(idler.raw().exec(QStringLiteral("BEGIN")).isOk());
        QVERIFY(idler.raw()
                    .exec(QStringLiteral("SELECT console.otp_submit($1)"),
                          {TestCluster::wrongCode(idle.secret)})
                    .isOk());
        // 2. A gateway login tries the old chain lock's key: it may not take it.
        db::PgConnection gw;
        QVERIFY(
            gw.open(TestCluster::profile(), gateway.name, gateway.password, QStringLiteral("gw"))
                .isOk());
        QCOMPARE(gw.exec(QStringLiteral("SELECT pg_advisory_lock(7263540001)")).error().sqlState,
                 QStringLiteral("42501"));
        // 3. A signed-in operator holds its own rows in an open transaction after audited calls.
        test::ConsoleCalls holder;
        QVERIFY(TestCluster::signIn(holder, rogue));
        QVERIFY(holder.raw()
                    .exec(QStringLiteral("SET idle_in_transaction_session_timeout = 0"))
                    .isOk());
        QVERIFY(holder.raw().exec(QStringLiteral("SET lock_timeout = 0")).isOk());
        QVERIFY(holder.raw().exec(QStringLiteral("BEGIN")).isOk());
        QVERIFY(holder.raw().exec(QStringLiteral("SELECT console.session_ping()")).isOk());
        QVERIFY(holder.raw()
                    .exec(QStringLiteral("SELECT console.otp_submit($1)"),
                          {TestCluster::wrongCode(rogue.secret)})
                    .isOk());

        // The kill-switch engages, audited, while all of that is held.
        const qint64 attempt = recordedStepUp(incident.name);
        auto engaged =
            commander.killSwitch.engage(QStringLiteral("everything"), QString(),
                                        QStringLiteral("drill: bot on partner keys"), attempt);
        QVERIFY2(engaged.isOk(), qPrintable(engaged.error().message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.event WHERE action = "
                                      "'api.kill_switch_engaged' AND target_id = $1"),
                       {QString::number(engaged.value())}),
                 1);
        // The holders are still open: nothing waited for them.
        QVERIFY(idler.raw().exec(QStringLiteral("SELECT 1")).isOk());
        QVERIFY(holder.raw().exec(QStringLiteral("SELECT 1")).isOk());

        // An admin disables the operator whose open transaction holds its own row: the
        // disable ends that connection instead of waiting for it.
        auto disabled = ministry.operators.setDisabled(
            rogue.name, true, QStringLiteral("held rows in an open transaction"));
        QVERIFY2(disabled.isOk(), qPrintable(disabled.error().message));
        QVERIFY(disabled.value() >= 1);
        QVERIFY(!holder.raw().exec(QStringLiteral("SELECT 1")).isOk());

        // Restored by two people, so the rest of the run has partner APIs on.
        idler.raw().exec(QStringLiteral("ROLLBACK"));
        const auto second =
            TestCluster::createOperator(QStringLiteral("ksinc2"), {QStringLiteral("incident")});
        test::ConsoleCalls approver;
        QVERIFY(TestCluster::signIn(approver, second));
        QVERIFY(commander.killSwitch
                    .requestRestore(engaged.value(), QStringLiteral("drill over"),
                                    recordedStepUp(incident.name))
                    .isOk());
        QVERIFY(approver.killSwitch.approveRestore(engaged.value(), recordedStepUp(second.name))
                    .isOk());
    }
};

QTEST_GUILESS_MAIN(AttackReviewRaces)
#include "attack_review_races.moc"
