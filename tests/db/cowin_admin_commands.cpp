// SPDX-License-Identifier: Apache-2.0
// cowin-admin as a DBA uses it: every command prints --help and takes --dsn; create-operator
// reads the password from stdin, applies the password policy and prints the enrolment code.
#include "support/TestCluster.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using cowin::test::TestCluster;

namespace {
struct Run {
    int exitCode = -1;
    QString output;
};

Run admin(const QStringList &args, const QByteArray &stdinText = {}) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(TestCluster::adminTool(), args);
    p.write(stdinText);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}
} // namespace

class CowinAdminCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        QVERIFY2(QFile::exists(TestCluster::adminTool()), "COWIN_TEST_ADMIN must name cowin-admin");
    }

    void everyCommandPrintsHelp_data() {
        QTest::addColumn<QString>("command");
        for (const char *c : {"migrate", "create-operator", "unlock-operator", "demo-data",
                              "verify-audit", "local-cluster"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void everyCommandPrintsHelp() {
        QFETCH(QString, command);
        const Run r = admin({command, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.output.contains(command), qPrintable(r.output));
        if (command != QLatin1String("local-cluster"))
            QVERIFY2(r.output.contains(QStringLiteral("--dsn")), qPrintable(r.output));
    }

    void withoutACommandItSaysWhatThereIs() {
        const Run r = admin({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.output.contains(QStringLiteral("verify-audit")));
        QCOMPARE(admin({QStringLiteral("frobnicate")}).exitCode, 2);
    }

    void migrateIsIdempotent() {
        const Run r = admin({QStringLiteral("migrate"), QStringLiteral("--dsn"),
                             qEnvironmentVariable("COWIN_TEST_DSN")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.output.contains(QStringLiteral("up to date")), qPrintable(r.output));
    }

    // The functions are one repeatable set: when it changed, every file is applied again and a
    // function that no file defines any more is dropped, in one transaction.
    void migrateReappliesAChangedFunctionSetAndDropsWhatNoFileDefines() {
        auto &db = TestCluster::admin();
        QVERIFY(db.exec(QStringLiteral("CREATE FUNCTION private.no_file_defines_me() RETURNS "
                                       "integer LANGUAGE sql AS 'SELECT 1'"))
                    .isOk());
        QVERIFY(db.exec(QStringLiteral("UPDATE cowin_meta.function_set SET checksum = "
                                       "'\\x00'::bytea"))
                    .isOk());
        const QString dsn = qEnvironmentVariable("COWIN_TEST_DSN");
        Run r = admin({QStringLiteral("migrate"), QStringLiteral("--dsn"), dsn});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.output.contains(QStringLiteral("functions (")), qPrintable(r.output));
        auto left = db.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_proc "
                                           "WHERE proname = 'no_file_defines_me'"));
        QCOMPARE(left.value().int64(0, 0), 0);
        r = admin({QStringLiteral("migrate"), QStringLiteral("--dsn"), dsn});
        QVERIFY2(r.output.contains(QStringLiteral("up to date")), qPrintable(r.output));
    }

    // A database whose numbered migrations are not this version's is refused by name, untouched.
    void migrateRefusesADatabaseOfReplacedMigrations() {
        auto &db = TestCluster::admin();
        QVERIFY(db.exec(QStringLiteral("UPDATE cowin_meta.schema_migration SET name = "
                                       "'audit_chain' WHERE version = 2"))
                    .isOk());
        const Run r = admin({QStringLiteral("migrate"), QStringLiteral("--dsn"),
                             qEnvironmentVariable("COWIN_TEST_DSN")});
        QVERIFY(db.exec(QStringLiteral("UPDATE cowin_meta.schema_migration SET name = 'tables' "
                                       "WHERE version = 2"))
                    .isOk());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.output.contains(QStringLiteral("migrations were replaced")),
                 qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("002_tables")), qPrintable(r.output));
    }

    void createOperatorAppliesThePolicyAndPrintsTheEnrolmentCode() {
        const QString name = QStringLiteral("cli_op_%1").arg(QCoreApplication::applicationPid());
        const QStringList args{QStringLiteral("create-operator"),
                               QStringLiteral("--dsn"),
                               qEnvironmentVariable("COWIN_TEST_DSN"),
                               QStringLiteral("--name"),
                               name,
                               QStringLiteral("--full-name"),
                               QStringLiteral("Dev Patel"),
                               QStringLiteral("--groups"),
                               QStringLiteral("helpdesk,auditor")};
        Run r = admin(args, "short\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.output.contains(QStringLiteral("at least 12")));
        r = admin(args, "Password1234!\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.output.contains(QStringLiteral("common passwords")));
        QVERIFY(!r.output.contains(QStringLiteral("Password1234!")));

        r = admin(args, "Test-Password-cli-monsoon\n");
        QCOMPARE(r.exitCode, 0);
        const auto code =
            QRegularExpression(QStringLiteral("([A-Z2-7]{4}(?:-[A-Z2-7]{4}){5})")).match(r.output);
        QVERIFY2(code.hasMatch(), qPrintable(r.output));
        auto groups = TestCluster::admin().exec(
            QStringLiteral("SELECT pg_has_role($1, 'cowin_helpdesk', 'MEMBER'), "
                           "pg_has_role($1, 'cowin_auditor', 'MEMBER'), pg_has_role($1, "
                           "'cowin_admin', 'MEMBER')"),
            {name});
        QVERIFY(groups.value().boolean(0, 0));
        QVERIFY(groups.value().boolean(0, 1));
        QVERIFY(!groups.value().boolean(0, 2));

        // The same name again is refused, naming the problem.
        r = admin(args, "Test-Password-cli-monsoon\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.output.contains(QStringLiteral("already taken")), qPrintable(r.output));
    }

    void unlockOperatorNeedsAReasonAndALock() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("cli_unlock"), {QStringLiteral("helpdesk")});
        const QString dsn = qEnvironmentVariable("COWIN_TEST_DSN");
        QCOMPARE(admin({QStringLiteral("unlock-operator"), QStringLiteral("--dsn"), dsn,
                        QStringLiteral("--name"), op.name})
                     .exitCode,
                 2);
        const Run r = admin({QStringLiteral("unlock-operator"), QStringLiteral("--dsn"), dsn,
                             QStringLiteral("--name"), op.name, QStringLiteral("--reason"),
                             QStringLiteral("checked")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.output.contains(QStringLiteral("is not locked")), qPrintable(r.output));
    }
};

QTEST_GUILESS_MAIN(CowinAdminCommands)
#include "cowin_admin_commands.moc"
