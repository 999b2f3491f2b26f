// SPDX-License-Identifier: Apache-2.0
// A console learns at once that its session was revoked elsewhere, through a notification
// that carries no authority: a spoofed one, even with the right token hash, changes nothing.
#include "db/Session.h"
#include "support/TestCluster.h"

#include <QSignalSpy>
#include <QtTest>

using namespace cowin;
using cowin::test::TestCluster;
using Kind = db::DbError::Kind;

class SessionRevocationNotice : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { COWIN_REQUIRE_CLUSTER(); }

    void lockedFromAnotherMachineTheOpenConsoleKnowsAtOnce() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("notice"), {QStringLiteral("auditor")});
        db::Session console;
        QSignalSpy lost(&console, &db::Session::sessionLost);
        QVERIFY(console.connectAs(TestCluster::profile(), op.name, op.password).result().isOk());
        QVERIFY(console.call(&login::SignInCalls::submitOtp, TestCluster::code(op.secret))
                    .result()
                    .value()
                    .sessionOpened);

        // Spoofed notices: a random payload, then the console's own token hash while the
        // session is alive. Both only make it ask; the server says the session is fine.
        auto hash = TestCluster::admin().exec(
            QStringLiteral("SELECT encode(token_hash, 'hex') FROM private.session "
                           "WHERE role_name = $1 AND revoked_at IS NULL"),
            {op.name});
        QCOMPARE(hash.value().rows(), 1);
        QSignalSpy checked(&console, &db::Session::sessionNoticeChecked);
        QVERIFY(
            TestCluster::admin()
                .exec(QStringLiteral("SELECT pg_notify('cowin_session_revoked', repeat('0', 64)), "
                                     "pg_notify('cowin_session_revoked', $1)"),
                      {hash.value().text(0, 0)})
                .isOk());
        QVERIFY(checked.wait(5000));
        QCOMPARE(checked.count(), 1); // the random payload was not even worth a question
        QCOMPARE(checked.first().first().toBool(), true);
        QCOMPARE(lost.count(), 0);
        QVERIFY(console.call(&audit::AuditCalls::head).result().isOk());

        // Someone with the password guesses codes elsewhere until the account locks.
        test::ConsoleCalls attacker;
        QVERIFY(attacker.connectAs(TestCluster::profile(), op.name, op.password).isOk());
        for (int i = 0; i < 5; ++i)
            attacker.signIn.submitOtp(TestCluster::wrongCode(op.secret));

        // The open console hears of it without making a call of its own.
        QTRY_COMPARE(lost.count(), 1);
        QTRY_COMPARE(checked.count(), 2);
        QCOMPARE(checked.last().first().toBool(), false);
        QCOMPARE(console.ping().result().error().kind, Kind::NoSession);
    }
};

QTEST_GUILESS_MAIN(SessionRevocationNotice)
#include "session_revocation_notice.moc"
