// SPDX-License-Identifier: Apache-2.0
// Attacks on the second factor: replays, races, guesses hidden in rolled-back transactions,
// and brute force across connections.
#include "db/AdminClient.h"
#include "support/ConsoleCalls.h"
#include "support/TestCluster.h"
#include "support/Together.h"

#include <QtTest>
#include <atomic>
#include <memory>
#include <vector>

using namespace cowin;
using cowin::test::TestCluster;
using Kind = db::DbError::Kind;
using Outcome = login::OtpVerdict::Outcome;

class OtpAttacks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { COWIN_REQUIRE_CLUSTER(); }

    void twentyConcurrentSubmissionsOfOneCodeGiveOneSuccess() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("race"), {QStringLiteral("helpdesk")});
        constexpr int kClients = 20;
        std::vector<std::unique_ptr<test::ConsoleCalls>> clients;
        for (int i = 0; i < kClients; ++i) {
            clients.push_back(std::make_unique<test::ConsoleCalls>());
            QVERIFY(clients.back()->connectAs(TestCluster::profile(), op.name, op.password).isOk());
        }
        const QString code = TestCluster::code(op.secret);
        std::atomic<int> accepted{0};
        std::atomic<int> replayed{0};
        std::atomic<int> errors{0};
        test::together(kClients, [&](int i) {
            auto v = clients[static_cast<size_t>(i)]->signIn.submitOtp(code);
            if (!v.isOk())
                ++errors;
            else if (v.value().outcome == Outcome::Accepted)
                ++accepted;
            else if (v.value().outcome == Outcome::Replayed)
                ++replayed;
        });
        QCOMPARE(errors.load(), 0);
        QCOMPARE(accepted.load(), 1);
        QCOMPARE(replayed.load(), kClients - 1);
        auto sessions = TestCluster::admin().exec(
            QStringLiteral("SELECT count(*) FROM private.session WHERE role_name = $1"), {op.name});
        QCOMPARE(sessions.value().int64(0, 0), 1);
        // Replays are audited but are not guesses: the operator is not locked by a race.
        auto replays =
            TestCluster::admin().exec(QStringLiteral("SELECT count(*) FROM audit.event WHERE "
                                                     "action = 'otp.replayed' AND target_id = $1"),
                                      {op.name});
        QCOMPARE(replays.value().int64(0, 0), kClients - 1);
    }

    void guessesInsideRolledBackTransactionsStillCountAndRevealNothing() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("rollback"), {QStringLiteral("helpdesk")});
        test::ConsoleCalls attacker;
        QVERIFY(attacker.connectAs(TestCluster::profile(), op.name, op.password).isOk());
        db::PgConnection &raw = attacker.raw();
        for (int i = 0; i < 5; ++i) {
            QVERIFY(raw.exec(QStringLiteral("BEGIN")).isOk());
            auto id = raw.exec(QStringLiteral("SELECT console.otp_submit($1)"),
                               {QStringLiteral("%1").arg(100000 + i)});
            QVERIFY(id.isOk());
            // Asking in the same transaction tells nothing, and the error aborts it anyway.
            auto told = raw.exec(QStringLiteral("SELECT * FROM console.otp_outcome($1)"),
                                 {id.value().int64(0, 0)});
            QVERIFY(!told.isOk());
            QCOMPARE(told.error().kind, Kind::Invalid);
            QVERIFY(raw.exec(QStringLiteral("ROLLBACK")).isOk());
        }
        // Five guesses that left no row behind have still used up every attempt.
        auto rows = TestCluster::admin().exec(
            QStringLiteral("SELECT count(*) FROM private.otp_attempt WHERE role_name = $1"),
            {op.name});
        QCOMPARE(rows.value().int64(0, 0), 0);
        QVERIFY(attacker.signIn.status().value().locked);
        auto verdict = attacker.signIn.submitOtp(TestCluster::code(op.secret));
        QVERIFY(verdict.isOk());
        QCOMPARE(verdict.value().outcome, Outcome::Locked);
        QVERIFY(!verdict.value().sessionOpened);
        // That call recorded the lock the counter had reached.
        auto locked = TestCluster::admin().exec(
            QStringLiteral(
                "SELECT locked_at IS NOT NULL FROM private.operator WHERE role_name = $1"),
            {op.name});
        QVERIFY(locked.value().boolean(0, 0));
        QCOMPARE(attacker.signIn.submitOtp(TestCluster::code(op.secret, 1)).error().kind,
                 Kind::Locked);
    }

    void aGuessInAFailingMultiStatementQueryStillCounts() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("multi"), {QStringLiteral("helpdesk")});
        test::ConsoleCalls attacker;
        QVERIFY(attacker.connectAs(TestCluster::profile(), op.name, op.password).isOk());
        // One simple-query message is one implicit transaction: the error rolls back the
        // attempt row, but not the counter.
        auto r =
            attacker.raw().execScript(QStringLiteral("SELECT console.otp_submit('%1'); SELECT 1/0;")
                                          .arg(TestCluster::wrongCode(op.secret)));
        QVERIFY(!r.isOk());
        auto rows = TestCluster::admin().exec(
            QStringLiteral("SELECT count(*) FROM private.otp_attempt WHERE role_name = $1"),
            {op.name});
        QCOMPARE(rows.value().int64(0, 0), 0);
        QCOMPARE(attacker.signIn.submitOtp(TestCluster::wrongCode(op.secret)).value().attemptsLeft,
                 3);
    }

    void fiveFailuresAcrossConnectionsLock() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("lockout"), {QStringLiteral("helpdesk")});
        test::ConsoleCalls a;
        test::ConsoleCalls b;
        QVERIFY(a.connectAs(TestCluster::profile(), op.name, op.password).isOk());
        QVERIFY(b.connectAs(TestCluster::profile(), op.name, op.password).isOk());
        const QString wrong = TestCluster::wrongCode(op.secret);
        QList<int> left;
        for (int i = 0; i < 5; ++i)
            left << (i % 2 ? b : a).signIn.submitOtp(wrong).value().attemptsLeft;
        QCOMPARE(left, (QList<int>{4, 3, 2, 1, 0}));
        // Once the lock is recorded, submissions are refused without writing anything.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(a.signIn.submitOtp(TestCluster::code(op.secret)).error().kind, Kind::Locked);
        QVERIFY(b.signIn.status().value().locked);

        // The lock is also a NOLOGIN: a new connection is refused like any bad login.
        test::ConsoleCalls c;
        QCOMPARE(c.connectAs(TestCluster::profile(), op.name, op.password).error().kind,
                 Kind::BadLogin);
        auto audited = TestCluster::admin().exec(
            QStringLiteral("SELECT count(*) FILTER (WHERE action = 'otp.failed'), "
                           "count(*) FILTER (WHERE action = 'operator.locked'), "
                           "count(*) FILTER (WHERE action = 'otp.refused_locked') "
                           "FROM audit.event WHERE target_id = $1"),
            {op.name});
        QCOMPARE(audited.value().int64(0, 0), 5);
        QCOMPARE(audited.value().int64(0, 1), 1);
        QCOMPARE(audited.value().int64(0, 2), 0); // no audit flood from a locked operator

        // A DBA unlocks with a reason: login works again and every attempt is back.
        db::AdminClient admin(TestCluster::admin());
        QCOMPARE(admin.unlockOperator(op.name, QString()).error().field, QStringLiteral("reason"));
        QVERIFY(admin.unlockOperator(op.name, QStringLiteral("verified by phone")).isOk());
        QCOMPARE(admin.unlockOperator(op.name, QStringLiteral("again")).error().kind,
                 Kind::Invalid);
        QVERIFY(c.connectAs(TestCluster::profile(), op.name, op.password).isOk());
        QVERIFY(!c.signIn.status().value().locked);
        QCOMPARE(c.signIn.submitOtp(wrong).value().attemptsLeft, 4);
        QVERIFY(c.signIn.submitOtp(TestCluster::code(op.secret, 1)).value().sessionOpened);
        auto unlocked = TestCluster::admin().exec(
            QStringLiteral("SELECT reason FROM audit.event WHERE action = 'operator.unlocked' "
                           "AND target_id = $1"),
            {op.name});
        QCOMPARE(unlocked.value().text(0, 0), QStringLiteral("verified by phone"));
    }

    void aRightCodeResetsTheCount() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("reset"), {QStringLiteral("helpdesk")});
        test::ConsoleCalls c;
        QVERIFY(c.connectAs(TestCluster::profile(), op.name, op.password).isOk());
        const QString wrong = TestCluster::wrongCode(op.secret);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(c.signIn.submitOtp(wrong).value().outcome, Outcome::Wrong);
        QCOMPARE(c.signIn.submitOtp(TestCluster::code(op.secret)).value().outcome,
                 Outcome::Accepted);
        QCOMPARE(c.signIn.submitOtp(wrong).value().attemptsLeft, 4);
    }
};

QTEST_GUILESS_MAIN(OtpAttacks)
#include "otp_attacks.moc"
