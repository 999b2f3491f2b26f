// SPDX-License-Identifier: Apache-2.0
// A superuser who disables the triggers and edits an audit row is caught by
// `cowin-admin verify-audit`, which names the row; one who cuts the newest rows, which leaves
// a perfectly linked chain, is caught by the checkpoint `cowin-admin checkpoint` signed.
#include "support/TestCluster.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using cowin::test::AuditTamper;
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

        const qint64 id = AuditTamper::newestEvent(QStringLiteral("action = 'operator.created'"));
        QVERIFY(id > 0);
        Run after;
        {
            AuditTamper tamper;
            QVERIFY(tamper.editReason(id, QStringLiteral("nothing happened")));
            after = verifyAudit();
        }
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
        Run after;
        {
            AuditTamper tamper;
            QVERIFY(tamper.cutNewest(2));
            after = verifyAudit();
        }
        QCOMPARE(after.exitCode, 1);
        QVERIFY2(after.output.contains(QStringLiteral("newest events were removed")),
                 qPrintable(after.output));
        QCOMPARE(verifyAudit().exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(AuditTamperFoundByCli)
#include "audit_tamper_found_by_cli.moc"
