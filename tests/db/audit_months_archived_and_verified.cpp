// SPDX-License-Identifier: Apache-2.0
// The audit trail by month, on a cluster of its own with half a year of history: every event
// sits in its month's partition; `cowin-admin archive-audit` refuses a month that may not leave
// (not the oldest, not over, no signed checkpoint covering it), writes one that may to a folder
// and detaches it; `verify-audit` then resumes where the archives end, or walks them first with
// --archive and finds an archive changed, left out or given out of order.
#include "db/AdminClient.h"
#include "support/TestCluster.h"

#include <QProcess>
#include <QtTest>

using namespace cowin;

namespace {
struct Run {
    int exitCode = -1;
    QString output;
};
} // namespace

class AuditMonthsArchivedAndVerified : public QObject {
    Q_OBJECT

    test::OwnCluster m_own{QStringLiteral("months")};
    std::optional<audit::AuditorKey> m_key;

    Run admin(QStringList args) {
        args.insert(1, QStringLiteral("--dsn"));
        args.insert(2, m_own.dsn());
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(qEnvironmentVariable("COWIN_TEST_ADMIN"), args);
        p.waitForFinished(120000);
        return {p.exitCode(), QString::fromUtf8(p.readAll())};
    }

    qint64 count(const QString &sql, const QVariantList &params = {}) {
        auto r = m_own.db().exec(sql, params);
        return r.isOk() && r.value().rows() > 0 ? r.value().int64(0, 0) : -1;
    }

    // The live months of the trail, oldest first.
    QStringList months() {
        QStringList out;
        auto r = m_own.db().exec(QStringLiteral(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "WHERE i.inhparent = 'audit.event'::regclass ORDER BY c.relname"));
        for (int i = 0; r.isOk() && i < r.value().rows(); ++i)
            out << r.value().text(i, 0);
        return out;
    }

    void appendLive(int n) {
        QVERIFY(m_own.db()
                    .exec(QStringLiteral("SELECT count(audit.append('test.live_event', NULL, "
                                         "NULL, NULL, NULL)) FROM generate_series(1, $1)"),
                          {n})
                    .isOk());
        db::AdminClient client(m_own.db());
        QVERIFY(client.sealCaughtUp().isOk());
    }

    QString folder(const QString &name) { return m_own.folder() + QLatin1Char('/') + name; }

    Run archive(const QString &month, const QString &name) {
        return admin({QStringLiteral("archive-audit"), QStringLiteral("--month"), month,
                      QStringLiteral("--out"), folder(name)});
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFile::exists(qEnvironmentVariable("COWIN_TEST_ADMIN")),
                 "COWIN_TEST_ADMIN must name cowin-admin");
        QString why;
        QVERIFY2(m_own.start(&why), qPrintable(why));
        db::AdminClient client(m_own.db());
        // Half a year of history, then today's events.
        auto history = client.demoAuditEvents(6000, {});
        QVERIFY2(history.isOk(), qPrintable(history.error().message));
        appendLive(20);
        m_key = audit::AuditorKey::generate();
        QVERIFY(m_key.has_value());
    }

    void cleanupTestCase() { m_own.stop(); }

    void everyEventSitsInItsMonth() {
        QVERIFY2(months().size() >= 8, qPrintable(months().join(QLatin1Char(' '))));
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM audit.event e WHERE e.id < audit.month_first_id("
                     "e.occurred_at) OR e.id >= audit.month_first_id(e.occurred_at + interval "
                     "'1 month') OR e.tableoid <> format('audit.event_%s', to_char(timezone("
                     "'UTC', e.occurred_at), 'YYYY_MM'))::regclass")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.event")), 6020);
        const Run verified = admin({QStringLiteral("verify-audit")});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(verified.output.contains(QStringLiteral("6020 sealed events")),
                 qPrintable(verified.output));
    }

    void twoMakersOfAMonthTakeTurns() {
        // The sealer and a migration may make the same month at once: the second waits for the
        // first to commit, then finds the month made, and fails nothing.
        db::PgConnection other;
        QVERIFY(other.openConnectionString(m_own.dsn(), QStringLiteral("test")).isOk());
        const QString make =
            QStringLiteral("SELECT audit.make_month(now() + interval '9 months')::text");
        QVERIFY(m_own.db().exec(QStringLiteral("BEGIN")).isOk());
        auto first = m_own.db().exec(make);
        QVERIFY(first.isOk());
        QCOMPARE(first.value().text(0, 0), QStringLiteral("true"));
        QVERIFY(other.sendForBinary(make));
        QTest::qWait(300);
        QVERIFY(m_own.db().exec(QStringLiteral("COMMIT")).isOk());
        auto second = other.takeAnswer();
        QVERIFY2(second.isOk(), qPrintable(second.isOk() ? QString() : second.error().message));
        QCOMPARE(second.value().text(0, 0), QStringLiteral("false"));
    }

    void aMonthLeavesOnlyWhenItMay() {
        const QStringList live = months();
        const Run uncovered = archive(live.at(0), QStringLiteral("uncovered"));
        QCOMPARE(uncovered.exitCode, 2);
        QVERIFY2(uncovered.output.contains(QStringLiteral("No signed checkpoint covers")),
                 qPrintable(uncovered.output));
        QVERIFY(!QFile::exists(folder(QStringLiteral("uncovered"))));

        // An auditor signs the head; the oldest month is now covered.
        db::AdminClient client(m_own.db());
        auto head = client.auditHeadToSign();
        QVERIFY(head.isOk());
        audit::Checkpoint checkpoint = head.value();
        m_key->sign(checkpoint);
        QVERIFY(client.recordCheckpoint(checkpoint).isOk());

        const Run skipping = archive(live.at(1), QStringLiteral("skipping"));
        QCOMPARE(skipping.exitCode, 2);
        QVERIFY2(skipping.output.contains(QStringLiteral("oldest first")),
                 qPrintable(skipping.output));
        const QString current = QStringLiteral("event_") +
                                QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy_MM"));
        const Run notOver = archive(current, QStringLiteral("x"));
        QCOMPARE(notOver.exitCode, 2);
        QVERIFY2(notOver.output.contains(QStringLiteral("oldest first")) ||
                     notOver.output.contains(QStringLiteral("not over")),
                 qPrintable(notOver.output));
        QCOMPARE(months(), live);
    }

    void archivedMonthsLeaveAndTheChainStillHolds() {
        const QStringList live = months();
        qint64 archived = 0;
        for (int i = 0; i < 2; ++i) {
            const qint64 inMonth =
                count(QStringLiteral("SELECT count(*) FROM audit.%1").arg(live.at(i)));
            QVERIFY(inMonth > 0);
            const Run run = archive(live.at(i), QStringLiteral("archive-%1").arg(i));
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.output.contains(QStringLiteral("archived %1 events").arg(inMonth)),
                     qPrintable(run.output));
            QVERIFY(QFile::exists(folder(QStringLiteral("archive-%1/events.jsonl").arg(i))));
            archived += inMonth;
        }
        QCOMPARE(months(), live.mid(2));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.archive")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.event WHERE action = "
                                      "'audit.month_archived'")),
                 2);
        // Events and seals of the month are gone from the live trail together.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.seal s WHERE NOT EXISTS "
                                      "(SELECT 1 FROM audit.event e WHERE e.id = s.event_id)")),
                 0);
        appendLive(5);

        // The live chain resumes where the archives end, held by the checkpoint after them.
        const Run live2 = admin({QStringLiteral("verify-audit")});
        QCOMPARE(live2.exitCode, 0);
        QVERIFY2(live2.output.contains(QStringLiteral("%1 events up to id").arg(archived)),
                 qPrintable(live2.output));
        // The server's own recomputation resumes there too.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.verify_chain() WHERE problem IS "
                                      "NULL AND checked = (SELECT count(*) FROM audit.seal)")),
                 1);
        // Walked from the genesis through both archives.
        const Run walked = admin({QStringLiteral("verify-audit"), QStringLiteral("--archive"),
                                  folder(QStringLiteral("archive-0")), QStringLiteral("--archive"),
                                  folder(QStringLiteral("archive-1"))});
        QCOMPARE(walked.exitCode, 0);
        QVERIFY2(walked.output.contains(QStringLiteral("2 folder(s)")), qPrintable(walked.output));
    }

    void aChangedMissingOrMisplacedArchiveIsFound() {
        const Run leftOut = admin({QStringLiteral("verify-audit"), QStringLiteral("--archive"),
                                   folder(QStringLiteral("archive-1"))});
        QCOMPARE(leftOut.exitCode, 1);
        QVERIFY2(leftOut.output.contains(QStringLiteral("does not follow on")),
                 qPrintable(leftOut.output));
        const Run onlyFirst = admin({QStringLiteral("verify-audit"), QStringLiteral("--archive"),
                                     folder(QStringLiteral("archive-0"))});
        QCOMPARE(onlyFirst.exitCode, 1);
        QVERIFY2(onlyFirst.output.contains(QStringLiteral("live trail starts after")),
                 qPrintable(onlyFirst.output));

        // One character of one archived event changed.
        QFile events(folder(QStringLiteral("archive-0/events.jsonl")));
        QVERIFY(events.open(QIODevice::ReadOnly));
        QByteArray bytes = events.readAll();
        events.close();
        const int at = bytes.indexOf("\"actor\":\"") + 9;
        QVERIFY(at > 9);
        bytes[at] = bytes.at(at) == 'x' ? 'y' : 'x';
        QVERIFY(events.open(QIODevice::WriteOnly | QIODevice::Truncate));
        events.write(bytes);
        events.close();
        const Run changed = admin({QStringLiteral("verify-audit"), QStringLiteral("--archive"),
                                   folder(QStringLiteral("archive-0")), QStringLiteral("--archive"),
                                   folder(QStringLiteral("archive-1"))});
        QCOMPARE(changed.exitCode, 1);
        QVERIFY2(changed.output.contains(QStringLiteral("does not hold")),
                 qPrintable(changed.output));
    }
};

QTEST_GUILESS_MAIN(AuditMonthsArchivedAndVerified)
#include "audit_months_archived_and_verified.moc"
