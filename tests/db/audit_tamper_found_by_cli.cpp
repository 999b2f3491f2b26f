// SPDX-License-Identifier: Apache-2.0
// A superuser who disables the triggers and edits an audit row is caught by
// `cowin-admin verify-audit`, which names the row; one who cuts the newest rows, which leaves
// a perfectly linked chain, is caught by the checkpoint `cowin-admin checkpoint` signed.
#include "support/TestCluster.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using cowin::test::TestCluster;

namespace {
struct Run {
    int exitCode = -1;
    QString output;
};

Run runAdmin(const QStringList &args) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(TestCluster::adminTool(), args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

Run verifyAudit() {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(TestCluster::adminTool(), {QStringLiteral("verify-audit"), QStringLiteral("--dsn"),
                                       qEnvironmentVariable("COWIN_TEST_DSN")});
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}
} // namespace

class AuditTamperFoundByCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        QVERIFY2(QFile::exists(TestCluster::adminTool()), "COWIN_TEST_ADMIN must name cowin-admin");
    }

    void superuserEditIsFoundAndNamed() {
        TestCluster::createOperator(QStringLiteral("tamper"), {QStringLiteral("auditor")});
        const Run before = verifyAudit();
        QCOMPARE(before.exitCode, 0);
        QVERIFY2(before.output.contains(QStringLiteral("intact")), qPrintable(before.output));

        auto &db = TestCluster::admin();
        auto victim = db.exec(QStringLiteral("SELECT id, reason FROM audit.event WHERE action = "
                                             "'operator.created' ORDER BY id DESC LIMIT 1"));
        QVERIFY(victim.isOk());
        const qint64 id = victim.value().int64(0, 0);
        const auto original = victim.value().optionalText(0, 1);

        QVERIFY(db.exec(QStringLiteral("ALTER TABLE audit.event DISABLE TRIGGER event_append_only"))
                    .isOk());
        QVERIFY(db.exec(QStringLiteral(
                            "UPDATE audit.event SET reason = 'nothing happened' WHERE id = $1"),
                        {id})
                    .isOk());
        const Run after = verifyAudit();
        // Put the row back so the rest of the run sees an intact chain.
        db.exec(QStringLiteral("UPDATE audit.event SET reason = $2 WHERE id = $1"),
                {id, original ? QVariant(*original) : QVariant()});
        db.exec(QStringLiteral("ALTER TABLE audit.event ENABLE TRIGGER event_append_only"));

        QCOMPARE(after.exitCode, 1);
        QVERIFY2(after.output.contains(QStringLiteral("first broken event id: %1").arg(id)),
                 qPrintable(after.output));
        QCOMPARE(verifyAudit().exitCode, 0);
    }

    void cutTailIsFoundByTheCheckpoint() {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("auditor.pem"));
        const QString dsn = qEnvironmentVariable("COWIN_TEST_DSN");
        const Run signedHead =
            runAdmin({QStringLiteral("checkpoint"), QStringLiteral("--dsn"), dsn,
                      QStringLiteral("--key-file"), key, QStringLiteral("--new-key")});
        QCOMPARE(signedHead.exitCode, 0);
        QVERIFY2(signedHead.output.contains(QStringLiteral("signed by")),
                 qPrintable(signedHead.output));
        QCOMPARE(QFile::permissions(key) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        const Run holds = verifyAudit();
        QCOMPARE(holds.exitCode, 0);
        QVERIFY2(holds.output.contains(QStringLiteral("checkpoint(s) hold")),
                 qPrintable(holds.output));

        // The newest two events go: what is left is still a perfectly linked chain.
        auto &db = TestCluster::admin();
        QVERIFY(db.exec(QStringLiteral("CREATE TEMP TABLE cut AS SELECT * FROM audit.event "
                                       "ORDER BY id DESC LIMIT 2"))
                    .isOk());
        QVERIFY(db.exec(QStringLiteral("ALTER TABLE audit.event DISABLE TRIGGER event_append_only"))
                    .isOk());
        QVERIFY(db.exec(QStringLiteral("DELETE FROM audit.event WHERE id IN (SELECT id FROM cut)"))
                    .isOk());
        const Run after = verifyAudit();
        db.exec(QStringLiteral("INSERT INTO audit.event SELECT * FROM cut"));
        db.exec(QStringLiteral("ALTER TABLE audit.event ENABLE TRIGGER event_append_only"));
        db.exec(QStringLiteral("DROP TABLE cut"));

        QCOMPARE(after.exitCode, 1);
        QVERIFY2(after.output.contains(QStringLiteral("newest events were removed")),
                 qPrintable(after.output));
        QCOMPARE(verifyAudit().exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(AuditTamperFoundByCli)
#include "audit_tamper_found_by_cli.moc"
