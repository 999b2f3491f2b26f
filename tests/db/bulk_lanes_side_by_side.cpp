// SPDX-License-Identifier: Apache-2.0
// A bulk action in lanes, on a cluster of its own with 60,000 accounts: two workers of one
// admin (the main connection and one beside it, presenting the same session) reset every
// account side by side, each in lanes of its own; every account is reset once, with its one
// audit event, and the action finishes once. A cancel while both work stops both, and what
// was done matches the events written.
#include "db/AdminClient.h"
#include "support/ConsoleCalls.h"
#include "support/TestCluster.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtTest>
#include <atomic>
#include <thread>

using namespace cowin;
using vaccinators::BulkAction;
using vaccinators::BulkProgress;

class BulkLanesSideBySide : public QObject {
    Q_OBJECT

    test::OwnCluster m_own{QStringLiteral("lanes")};
    // One admin per test (a step-up code is accepted once in its 30 s step): the console's
    // main connection and the one beside it.
    struct Admin {
        test::ConsoleCalls main;
        test::ConsoleCalls beside;
        QByteArray secret;
    };
    Admin m_first;
    Admin m_second;

    qint64 count(const QString &sql, const QVariantList &params = {}) {
        auto r = m_own.db().exec(sql, params);
        return r.isOk() && r.value().rows() > 0 ? r.value().int64(0, 0) : -1;
    }

    bool signIn(const QString &name, Admin &admin) {
        db::AdminClient client(m_own.db());
        const QString password = QStringLiteral("Lanes-Test-Password-1");
        admin.secret =
            QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1); // 20 bytes
        if (!client
                 .createOperator(name, QStringLiteral("Lanes admin"), {QStringLiteral("admin")},
                                 password, false)
                 .isOk() ||
            !client.demoEnrol(name, admin.secret).isOk())
            return false;
        QString ignored;
        const auto profile = db::ConnectionProfile::fromConnectionString(m_own.dsn(), &ignored);
        if (!admin.main.connectAs(profile, name, password).isOk())
            return false;
        auto opened = admin.main.signIn.submitOtp(test::TestCluster::code(admin.secret));
        if (!opened.isOk() || !opened.value().sessionOpened)
            return false;
        // The second worker needs no password of its own: the main connection's parameters.
        return admin.beside.connection
                   .connectBeside(admin.main.connection.connection().parameters(),
                                  admin.main.connection.user(),
                                  admin.main.connection.sessionToken())
                   .isOk() &&
               admin.beside.sessionPing().isOk();
    }

    // A reset of every account, confirmed by the next step's code.
    qint64 begin(Admin &admin, const QString &reason) {
        auto v = admin.main.signIn.submitOtp(test::TestCluster::code(admin.secret, 1));
        if (!v.isOk() || v.value().outcome != login::OtpVerdict::Outcome::Accepted)
            return 0;
        auto begun = admin.main.vaccinators.bulkBegin(BulkAction::Reset, QStringLiteral("all"), {},
                                                      reason, true, v.value().attemptId);
        return begun.isOk() ? begun.value() : 0;
    }

    // The beside worker as the console runs it: chunks until no lane is free or all is done.
    static void besideWorker(test::ConsoleCalls &calls, qint64 bulk, std::atomic<qint64> &applied,
                             std::atomic<bool> &failed) {
        for (;;) {
            auto r = calls.vaccinators.bulkChunk(bulk, 2000);
            if (!r.isOk()) {
                failed = true;
                return;
            }
            applied += r.value().applied;
            if (r.value().applied == 0 || r.value().finished)
                return;
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QString why;
        QVERIFY2(m_own.start(&why), qPrintable(why));
        db::AdminClient client(m_own.db());
        QFile geography(QStringLiteral(":/cowin/demo/india-districts.txt"));
        QVERIFY(geography.open(QIODevice::ReadOnly));
        auto made = client.demoVaccinators(QString::fromUtf8(geography.readAll()), 60000);
        QVERIFY2(made.isOk() && made.value() >= 60000, qPrintable(made.error().message));
        QVERIFY(signIn(QStringLiteral("lanes_admin"), m_first));
        QVERIFY(signIn(QStringLiteral("lanes_admin_two"), m_second));
    }

    void cleanupTestCase() {
        for (Admin *a : {&m_first, &m_second}) {
            a->main.disconnect();
            a->beside.disconnect();
        }
        m_own.stop();
    }

    void twoWorkersResetEveryAccountOnce() {
        const qint64 accounts =
            count(QStringLiteral("SELECT count(*) FROM private.vaccinator WHERE status <> "
                                 "'disabled'"));
        test::ConsoleCalls &main = m_first.main;
        const qint64 bulk = begin(m_first, QStringLiteral("incident 7: lanes"));
        QVERIFY(bulk > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM private.bulk_lane WHERE bulk_id = $1"),
                       {bulk}),
                 qMin<qint64>(8, accounts / 10000));

        std::atomic<qint64> besideApplied{0};
        std::atomic<bool> besideFailed{false};
        std::thread beside(
            [&] { besideWorker(m_first.beside, bulk, besideApplied, besideFailed); });
        qint64 mainApplied = 0;
        BulkProgress progress;
        for (int calls = 0; calls < 2000 && !progress.finished; ++calls) {
            auto r = main.vaccinators.bulkChunk(bulk, 2000);
            if (!r.isOk())
                break;
            progress = r.value();
            mainApplied += progress.applied;
            if (progress.applied == 0 && !progress.finished)
                QThread::msleep(20);
        }
        beside.join();
        QVERIFY(!besideFailed);
        QVERIFY(progress.finished);
        QVERIFY2(
            besideApplied > 0 && mainApplied > 0,
            qPrintable(
                QStringLiteral("main %1, beside %2").arg(mainApplied).arg(besideApplied.load())));
        QCOMPARE(mainApplied + besideApplied, accounts);
        QCOMPARE(progress.done, accounts);
        QCOMPARE(progress.planned, accounts);
        // Every account once, with one event each, and the action finished once.
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT target_id) FROM audit.event WHERE "
                                      "action = 'vaccinator.password_reset' AND "
                                      "details->>'bulk' = $1"),
                       {QString::number(bulk)}),
                 accounts);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.event WHERE action = "
                                      "'vaccinator.password_reset' AND details->>'bulk' = $1"),
                       {QString::number(bulk)}),
                 accounts);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM private.outbox WHERE bulk_id = $1"), {bulk}),
            accounts);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.event WHERE action = "
                                      "'vaccinator.bulk_reset_finished' AND target_id = $1"),
                       {QString::number(bulk)}),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM private.bulk_lane WHERE bulk_id = $1 "
                                      "AND state <> 'finished'"),
                       {bulk}),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM private.vaccinator WHERE status <> "
                                      "'disabled' AND NOT must_change_password")),
                 0);
        // Events of one chunk share a time, and each lies in its time's month.
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM audit.event e WHERE e.id < audit.month_first_id("
                     "e.occurred_at) OR e.id >= audit.month_first_id(e.occurred_at + interval "
                     "'1 month')")),
                 0);
    }

    void aCancelStopsBothWorkers() {
        test::ConsoleCalls &main = m_second.main;
        const qint64 bulk = begin(m_second, QStringLiteral("incident 8: cancelled"));
        QVERIFY(bulk > 0);
        std::atomic<qint64> besideApplied{0};
        std::atomic<bool> besideFailed{false};
        std::thread beside(
            [&] { besideWorker(m_second.beside, bulk, besideApplied, besideFailed); });
        auto first = main.vaccinators.bulkChunk(bulk, 2000);
        QVERIFY(first.isOk());
        // The cancel waits for the chunk beside to commit, then no lane is free to either.
        auto cancelled = main.vaccinators.bulkCancel(bulk);
        QVERIFY2(cancelled.isOk(), qPrintable(cancelled.error().message));
        beside.join();
        QVERIFY(!besideFailed);
        auto after = main.vaccinators.bulkChunk(bulk, 2000);
        QVERIFY(after.isOk());
        QCOMPARE(after.value().applied, 0);
        QVERIFY(after.value().finished);
        const qint64 done =
            count(QStringLiteral("SELECT done FROM private.bulk_reset WHERE id = $1 AND state = "
                                 "'cancelled'"),
                  {bulk});
        QVERIFY(done >= first.value().applied);
        QVERIFY(done < first.value().planned);
        QCOMPARE(done, first.value().applied + besideApplied.load());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.event WHERE action = "
                                      "'vaccinator.password_reset' AND details->>'bulk' = $1"),
                       {QString::number(bulk)}),
                 done);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.event WHERE action = "
                                      "'vaccinator.bulk_reset_cancelled' AND target_id = $1"),
                       {QString::number(bulk)}),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM private.bulk_lane WHERE bulk_id = $1 "
                                      "AND state = 'running'"),
                       {bulk}),
                 0);
    }
};

QTEST_GUILESS_MAIN(BulkLanesSideBySide)
#include "bulk_lanes_side_by_side.moc"
