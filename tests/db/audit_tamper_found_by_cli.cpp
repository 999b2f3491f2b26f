// SPDX-License-Identifier: Apache-2.0
// A superuser who disables the triggers and edits an audit row is caught by
// `cowin-admin verify-audit`, which names the row; one who cuts the newest rows, which leaves
// a perfectly linked chain, is caught by the checkpoint `cowin-admin checkpoint` signed. An
// evidence export by `cowin-admin export-audit` holds offline until one byte of it changes.
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

    // The chain inside the database cannot stop a superuser who also deletes the stored
    // checkpoints; a checkpoint written to a witness folder outside the database can.
    void cutTailAndDeletedCheckpointsAreFoundByTheWitness() {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("auditor.pem"));
        const QString witness = dir.filePath(QStringLiteral("witness"));
        const QString dsn = qEnvironmentVariable("COWIN_TEST_DSN");
        const Run signedHead =
            runAdmin({QStringLiteral("checkpoint"), QStringLiteral("--dsn"), dsn,
                      QStringLiteral("--key-file"), key, QStringLiteral("--new-key"),
                      QStringLiteral("--witness"), witness});
        QCOMPARE(signedHead.exitCode, 0);
        QVERIFY2(signedHead.output.contains(QStringLiteral("witnessed in ") + witness),
                 qPrintable(signedHead.output));
        QCOMPARE(QDir(witness).entryList({QStringLiteral("checkpoint-*.json")}).size(), 1);
        const QStringList verifyWithWitness = {QStringLiteral("verify-audit"),
                                               QStringLiteral("--dsn"), dsn,
                                               QStringLiteral("--witness"), witness};
        const Run holds = runAdmin(verifyWithWitness);
        QCOMPARE(holds.exitCode, 0);
        QVERIFY2(holds.output.contains(QStringLiteral("1 from the witness folder")),
                 qPrintable(holds.output));

        Run inside;
        Run outside;
        {
            AuditTamper tamper;
            QVERIFY(tamper.cutNewest(2));
            QVERIFY(tamper.deleteStoredCheckpoints());
            inside = verifyAudit();
            outside = runAdmin(verifyWithWitness);
        }
        // What the database holds is consistent again: only the witness can tell.
        QCOMPARE(inside.exitCode, 0);
        QCOMPARE(outside.exitCode, 1);
        QVERIFY2(outside.output.contains(QStringLiteral("newest events were removed")),
                 qPrintable(outside.output));
        QCOMPARE(runAdmin(verifyWithWitness).exitCode, 0);

        // A file in the witness folder that is no signed checkpoint is itself a finding.
        QFile junk(QDir(witness).filePath(QStringLiteral("checkpoint-000000000001-junk.json")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"last_id\": 1}");
        junk.close();
        const Run junked = runAdmin(verifyWithWitness);
        QCOMPARE(junked.exitCode, 1);
        QVERIFY2(junked.output.contains(QStringLiteral("is not a signed checkpoint")),
                 qPrintable(junked.output));
    }

    void anExportRoundTripsOfflineUntilAByteChanges() {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("auditor.pem"));
        const QString out = dir.filePath(QStringLiteral("evidence"));
        const QString dsn = qEnvironmentVariable("COWIN_TEST_DSN");
        QCOMPARE(runAdmin({QStringLiteral("checkpoint"), QStringLiteral("--dsn"), dsn,
                           QStringLiteral("--key-file"), key, QStringLiteral("--new-key")})
                     .exitCode,
                 0);
        const Run noReason = runAdmin({QStringLiteral("export-audit"), QStringLiteral("--dsn"), dsn,
                                       QStringLiteral("--out"), out, QStringLiteral("--reason"),
                                       QStringLiteral("-")});
        QCOMPARE(noReason.exitCode, 2);
        QVERIFY2(noReason.output.contains(QStringLiteral("Give a reason")),
                 qPrintable(noReason.output));
        QVERIFY(!QFileInfo::exists(out));
        const Run exported =
            runAdmin({QStringLiteral("export-audit"), QStringLiteral("--dsn"), dsn,
                      QStringLiteral("--out"), out, QStringLiteral("--reason"),
                      QStringLiteral("court order 17 of 2026"), QStringLiteral("--key-file"), key});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.output.contains(QStringLiteral("manifest signed by")),
                 qPrintable(exported.output));
        const QString publicKey =
            exported.output.section(QStringLiteral("signed by "), 1).trimmed();
        const QStringList verify = {QStringLiteral("verify-audit"), QStringLiteral("--export"), out,
                                    QStringLiteral("--trust-key"), publicKey};
        const Run holds = runAdmin(verify);
        QCOMPARE(holds.exitCode, 0);
        QVERIFY2(holds.output.contains(QStringLiteral("evidence export intact")),
                 qPrintable(holds.output));
        // An unbroken export of the whole trail: its newest event is the export's own record.
        QVERIFY(holds.output.contains(QStringLiteral("signed checkpoint(s) hold")));

        QFile events(QDir(out).filePath(QStringLiteral("events.jsonl")));
        QVERIFY(events.open(QIODevice::ReadWrite));
        QByteArray bytes = events.readAll();
        const int at = bytes.indexOf("court order 17");
        QVERIFY(at > 0);
        bytes[at + 12] = '8';
        events.seek(0);
        events.write(bytes);
        events.close();
        const Run broken = runAdmin(verify);
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.output.contains(QStringLiteral("events.jsonl was changed")),
                 qPrintable(broken.output));
    }
};

QTEST_GUILESS_MAIN(AuditTamperFoundByCli)
#include "audit_tamper_found_by_cli.moc"
