// SPDX-License-Identifier: Apache-2.0
// Two admins create the same operator at once: both pass the name check, the second waits on
// the first's uncommitted role and then fails. It must fail as a clean CW422 at the username,
// and its SCRAM verifier must not reach the server log (scripts/test greps the log).
#include "db/AdminClient.h"
#include "support/TestCluster.h"

#include <QtTest>
#include <thread>

using namespace cowin;
using cowin::test::TestCluster;

class OperatorCreationRace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { COWIN_REQUIRE_CLUSTER(); }

    void theLoserGetsACleanErrorAtTheUsername() {
        const QString name = QStringLiteral("race_new_%1").arg(QCoreApplication::applicationPid());
        const QString dsn = qEnvironmentVariable("COWIN_TEST_DSN");
        db::PgConnection first;
        db::PgConnection second;
        QVERIFY(first.openConnectionString(dsn, QStringLiteral("race-first")).isOk());
        QVERIFY(second.openConnectionString(dsn, QStringLiteral("race-second")).isOk());

        db::AdminClient a(first);
        QVERIFY(first.exec(QStringLiteral("BEGIN")).isOk());
        QVERIFY(a.createOperator(name, QStringLiteral("First"), {QStringLiteral("helpdesk")},
                                 QStringLiteral("Test-Password-first-one"))
                    .isOk());

        db::Result<QString> loser;
        std::thread other([&] {
            db::AdminClient b(second);
            loser = b.createOperator(name, QStringLiteral("Second"), {QStringLiteral("helpdesk")},
                                     QStringLiteral("Test-Password-second-one"));
        });
        // The second creation waits for the first transaction's role.
        QTRY_VERIFY(TestCluster::admin()
                        .exec(QStringLiteral(
                            "SELECT count(*) FROM pg_stat_activity "
                            "WHERE application_name = 'race-second' AND wait_event_type = 'Lock'"))
                        .value()
                        .int64(0, 0) == 1);
        QVERIFY(first.exec(QStringLiteral("COMMIT")).isOk());
        other.join();

        QVERIFY(!loser.isOk());
        QCOMPARE(loser.error().kind, db::DbError::Kind::Invalid);
        QCOMPARE(loser.error().field, QStringLiteral("username"));
        QVERIFY(loser.error().message.contains(QStringLiteral("already taken")));
        auto created = TestCluster::admin().exec(
            QStringLiteral("SELECT full_name FROM private.operator WHERE role_name = $1"), {name});
        QCOMPARE(created.value().text(0, 0), QStringLiteral("First"));
    }
};

QTEST_GUILESS_MAIN(OperatorCreationRace)
#include "operator_creation_race.moc"
