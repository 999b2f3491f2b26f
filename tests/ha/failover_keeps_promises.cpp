// SPDX-License-Identifier: Apache-2.0
// Failover keeps every promise. Against the replica set scripts/ha starts (Patroni, etcd, a
// primary, a synchronous standby and an asynchronous one; COWIN_TEST_HA_DIR), while real work
// runs, the primary is lost twice: killed as a machine dies (Patroni and PostgreSQL at once),
// then moved by an operator (patronictl failover). Through both:
// - audit appends from 8 clients: no acknowledged event is lost, the chain and its seals
//   verify, and the sealer (the real process) carries on by itself;
// - an open console connects again to the new primary, presents its session and carries on;
//   a kill-switch it engages right after is obeyed by cowin-gatewayd, which failed closed
//   (stale_state) while it could not confirm the state;
// - a bulk reset resumes from its last committed chunk: one event and one message per
//   account; the delivery worker (the real process) sends every message once.
// Prints the figures: time from the loss to the first audited call on the new primary, the
// console's reconnect, the daemon's time in stale_state, acknowledged events lost.
#include "audit/AuditCalls.h"
#include "auth/Totp.h"
#include "db/AdminClient.h"
#include "db/Session.h"
#include "delivery/LoopbackSmsGateway.h"
#include "login/SignInCalls.h"
#include "partners/KillSwitchCalls.h"
#include "support/ConsoleCalls.h"
#include "support/Polling.h"
#include "support/TestCluster.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>
#include <memory>
#include <mutex>
#include <sys/prctl.h>
#include <thread>
#include <vector>

using namespace cowin;
using test::TestCluster;
using test::waitUntil;

namespace {
constexpr int kLeaseMs = 2000;
constexpr int kAppenders = 8;

// One HTTP/1.0 GET, blocking, from any thread: the status and the X-Cowin-Reason header.
struct HttpAnswer {
    int status = 0;
    QByteArray reason;
};
HttpAnswer httpGet(int port, const QByteArray &path, const QByteArray &headers = {}) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(port));
    if (!socket.waitForConnected(1000))
        return {};
    socket.write("GET " + path + " HTTP/1.0\r\nHost: localhost\r\n" + headers + "\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(2000))
        answer += socket.readAll();
    HttpAnswer a;
    const QList<QByteArray> lines = answer.split('\n');
    if (!lines.isEmpty())
        a.status = lines.first().split(' ').value(1).toInt();
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("x-cowin-reason:"))
            a.reason = line.mid(15).trimmed();
    }
    return a;
}

// A client that appends audit events one transaction each until stopped, connecting again
// whenever its connection is lost. It keeps what the server acknowledged, when, and which
// server (by port) acknowledged it.
struct Appender {
    struct Ack {
        int n;
        qint64 atMs;
        int port;
    };
    std::vector<Ack> acknowledged;
    int failures = 0;
};

void appendUntilStopped(int index, Appender &a, const QString &dsn, const std::atomic<bool> &stop,
                        const QElapsedTimer &clock) {
    db::PgConnection c;
    int port = 0;
    for (int n = 0; !stop.load(); ++n) {
        if (!c.isOpen()) {
            auto server = c.openConnectionString(dsn, QStringLiteral("cowin-ha-appender")).isOk()
                              ? c.exec(QStringLiteral("SELECT current_setting('port')::int"))
                              : db::Result<db::PgResult>::fail(db::DbError{});
            if (!server.isOk()) {
                c.close();
                QThread::msleep(50);
                continue;
            }
            port = static_cast<int>(server.value().int64(0, 0));
        }
        auto r = c.exec(QStringLiteral("SELECT audit.append('ha.append', 'ha_test', $1, NULL, "
                                       "NULL)"),
                        {QStringLiteral("%1-%2").arg(index).arg(n)});
        if (!r.isOk()) {
            ++a.failures;
            c.close();
            continue;
        }
        a.acknowledged.push_back({n, clock.elapsed(), port});
    }
}

// The daemon's answers to a valid key, asked over and over around the loss: when it first
// failed closed (stale_state) and when it decided again.
struct GateSamples {
    std::mutex lock;
    std::vector<std::pair<qint64, HttpAnswer>> samples; // (ms on the clock, answer)
};

} // namespace

class FailoverKeepsPromises : public QObject {
    Q_OBJECT

    QString m_haDir;
    QString m_clientDsn;
    QString m_dbaDsn;
    QTemporaryDir m_work;
    test::TestOperator m_admin;
    test::TestOperator m_commander;
    test::TestOperator m_watcher; // an incident commander whose console stays idle
    test::TestOperator m_sealerLogin, m_gatewayLogin, m_deliveryLogin;
    QProcess m_sealer, m_gatewayd, m_delivery;
    int m_gatewayPort = 0;
    const QString m_gatewayId =
        QStringLiteral("ha-edge-%1").arg(QCoreApplication::applicationPid());
    delivery::LoopbackSmsGateway m_sms;
    QString m_key;

    // scripts/ha with this run's replica set: whether it succeeded.
    bool ha(const QStringList &args, int timeoutMs = 60000) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COWIN_HA_DIR"), m_haDir);
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(QStringLiteral(COWIN_HA_SCRIPT), args);
        return p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit &&
               p.exitCode() == 0;
    }
    // The members as Patroni lists them: name to role ("Leader", "Sync Standby", "Replica").
    QMap<QString, QString> members() {
        QProcess p;
        p.start(QStringLiteral("patronictl"),
                {QStringLiteral("-c"), m_haDir + QStringLiteral("/node1/patroni.yml"),
                 QStringLiteral("list"), QStringLiteral("-f"), QStringLiteral("json")});
        QMap<QString, QString> roles;
        if (!p.waitForFinished(20000))
            return roles;
        const QJsonArray list = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
        for (const QJsonValue &m : list) {
            const QJsonObject o = m.toObject();
            if (o.value(QStringLiteral("State")).toString() == QLatin1String("running") ||
                o.value(QStringLiteral("State")).toString() == QLatin1String("streaming")) {
                const QString name = o.value(QStringLiteral("Member")).toString();
                roles.insert(name, o.value(QStringLiteral("Role")).toString());
                m_memberPorts.insert(name, o.value(QStringLiteral("Host"))
                                               .toString()
                                               .section(QLatin1Char(':'), 1)
                                               .toInt());
            }
        }
        return roles;
    }
    QString memberWithRole(const QString &role) { return members().key(role); }
    QMap<QString, int> m_memberPorts; // as members() last read them

    // A DBA query, asked again once after a lost connection.
    db::Result<db::PgResult> dba(const QString &sql, const QVariantList &params = {}) {
        auto r = TestCluster::admin().exec(sql, params);
        if (!r.isOk() && r.error().kind == db::DbError::Kind::Unreachable)
            r = TestCluster::admin().exec(sql, params);
        return r;
    }
    qint64 count(const QString &sql, const QVariantList &params = {}) {
        auto r = dba(sql, params);
        return r.isOk() ? r.value().int64(0, 0) : -1;
    }

    void startService(QProcess &p, const QString &program, const QStringList &args,
                      const test::TestOperator &login, const QString &logName) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), login.password);
        env.insert(QStringLiteral("COWIN_SMS_TOKEN"), QStringLiteral("ha-test-token"));
        p.setProcessEnvironment(env);
        // A test that dies (a timeout, a fatal error) leaves no service running behind it.
        p.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        p.setStandardOutputFile(m_work.filePath(logName));
        p.setStandardErrorFile(m_work.filePath(logName), QIODevice::Append);
        p.start(program, args);
    }
    QString serviceDsn(const test::TestOperator &login) const {
        return m_clientDsn + QStringLiteral(" user=") + login.name;
    }
    QString serviceLog(const QString &logName) const {
        QFile f(m_work.filePath(logName));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // A code of this operator's that the server has not seen: it takes each time step once, and
    // a step at most one ahead of its clock, so a test that needs many codes waits for them.
    QHash<QString, qint64> m_lastStep;
    QString freshCode(const test::TestOperator &op) {
        const auth::Totp totp(op.secret);
        qint64 &last = m_lastStep[op.name];
        for (;;) {
            const qint64 now = totp.stepAt(QDateTime::currentSecsSinceEpoch());
            if (last < now + 1) {
                last = qMax(last + 1, now);
                return totp.codeForStep(last);
            }
            QTest::qWait(1000);
        }
    }
    bool signIn(test::ConsoleCalls &c, const test::TestOperator &op) {
        if (!c.connectAs(TestCluster::profile(), op.name, op.password).isOk())
            return false;
        auto v = c.signIn.submitOtp(freshCode(op));
        return v.isOk() && v.value().sessionOpened;
    }
    qint64 stepUp(test::ConsoleCalls &c, const test::TestOperator &op) {
        auto v = c.signIn.submitOtp(freshCode(op));
        if (v.isOk() && v.value().outcome == login::OtpVerdict::Outcome::Accepted)
            return v.value().attemptId;
        qWarning("step-up refused: %s %s %d", qPrintable(v.isOk() ? QString() : v.error().sqlState),
                 qPrintable(v.isOk() ? QString() : v.error().message),
                 v.isOk() ? static_cast<int>(v.value().outcome) : -1);
        return 0;
    }

    HttpAnswer authorize() {
        return httpGet(m_gatewayPort, "/authorize",
                       "X-Api-Key: " + m_key.toLatin1() +
                           "\r\nX-Cowin-Scope: certificate.verify\r\nX-Real-IP: 10.7.7.7\r\n");
    }

    // What one loss of the primary did to the work around it.
    struct Outcome {
        qint64 firstAuditedMs = -1; // the loss to the first acknowledged append on the new primary
        qint64 consoleMs = -1;      // the loss to the open console's first answered call
        qint64 staleFromMs = -1;    // the daemon's first stale answer after the loss
        qint64 staleMs = -1;        // how long it then stayed stale
        qint64 idleConsoleMs = -1;  // the loss to an idle console's reading the API state again
        bool idleConsoleSawSwitch = false;
        bool switchedBackOn = false;
        int otherGateAnswers = 0;
        qint64 lossDoneMs = -1; // when the command that lost the primary had done it
        qint64 acknowledged = 0;
        qint64 lost = -1;
        int clientFailures = 0;
    };

    // Runs 8 appenders, an open console and a health probe of the daemon around `lose`, which
    // loses the primary; `during` runs after the loss while the appenders go on.
    Outcome throughALoss(const std::function<bool()> &lose,
                         const std::function<void(test::ConsoleCalls &)> &during) {
        Outcome o;
        test::ConsoleCalls console;
        if (!signIn(console, m_commander))
            qFatal("the commander cannot sign in before the loss");
        // A second console, open and idle, as the console itself runs (db::Session): nothing
        // it does would find the loss; its banner must still show the switch engaged after.
        db::Session idle;
        if (!idle.connectAs(TestCluster::profile(), m_watcher.name, m_watcher.password)
                 .result()
                 .isOk() ||
            !idle.call(&login::SignInCalls::submitOtp, freshCode(m_watcher))
                 .result()
                 .value()
                 .sessionOpened)
            qFatal("the idle console cannot sign in before the loss");
        qint64 idleToldAt = -1; // when it was first told to read the API state after the loss
        QElapsedTimer clock;
        clock.start();
        std::atomic<bool> stop{false};
        qint64 lostAt = -1;
        std::vector<Appender> appenders(kAppenders);
        std::vector<std::thread> threads;
        for (int i = 0; i < kAppenders; ++i)
            threads.emplace_back([&, i] {
                appendUntilStopped(i, appenders[static_cast<size_t>(i)], m_dbaDsn, stop, clock);
            });
        GateSamples gate;
        std::thread probe([&] {
            while (!stop.load()) {
                const HttpAnswer answer = authorize();
                {
                    std::lock_guard<std::mutex> held(gate.lock);
                    gate.samples.emplace_back(clock.elapsed(), answer);
                }
                QThread::msleep(20);
            }
        });
        QTest::qWait(1500); // appends flowing before the loss
        lostAt = clock.elapsed();
        m_lossBegun = true;
        connect(&idle, &db::Session::apiStateChanged, this, [&] {
            if (idleToldAt < 0)
                idleToldAt = clock.elapsed();
        });
        const bool lostIt = lose();
        o.lossDoneMs = clock.elapsed() - lostAt;
        // The open console: its next calls find the new primary and present the session.
        while (lostIt && clock.elapsed() - lostAt < 60000) {
            if (console.sessionPing().isOk()) {
                o.consoleMs = clock.elapsed() - lostAt;
                break;
            }
            QTest::qWait(100);
        }
        if (during)
            during(console);
        // The idle console was told to read the state again, and reads it engaged (the
        // banner's read), with the session it had before the loss.
        waitUntil([&] { return idleToldAt >= 0; }, 30000);
        if (idleToldAt >= 0) {
            o.idleConsoleMs = idleToldAt - lostAt;
            auto seen = idle.call(&partners::KillSwitchCalls::state).result();
            o.idleConsoleSawSwitch = seen.isOk() && seen.value().engaged();
        }
        o.switchedBackOn = switchBackOn();
        QTest::qWait(2000);
        stop = true;
        for (std::thread &t : threads)
            t.join();
        probe.join();

        // Every acknowledged append is on the new primary.
        const qint64 newPort = count(QStringLiteral("SELECT current_setting('port')::int"));
        auto stored = dba(QStringLiteral("SELECT target_id FROM audit.event WHERE action = "
                                         "'ha.append' AND id > $1"),
                          {m_appendsAfter});
        if (!stored.isOk())
            qFatal("cannot read the appends back: %s %s", qPrintable(stored.error().sqlState),
                   qPrintable(stored.error().message));
        QSet<QString> present;
        for (int i = 0; i < stored.value().rows(); ++i)
            present.insert(stored.value().text(i, 0));
        o.lost = 0;
        for (int i = 0; i < kAppenders; ++i) {
            const Appender &a = appenders[static_cast<size_t>(i)];
            o.clientFailures += a.failures;
            o.acknowledged += static_cast<qint64>(a.acknowledged.size());
            for (const Appender::Ack &ack : a.acknowledged) {
                if (!present.contains(QStringLiteral("%1-%2").arg(i).arg(ack.n)))
                    ++o.lost;
                if (ack.port == newPort && ack.atMs >= lostAt &&
                    (o.firstAuditedMs < 0 || ack.atMs - lostAt < o.firstAuditedMs))
                    o.firstAuditedMs = ack.atMs - lostAt;
            }
        }
        m_appendsAfter = count(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit.event"));
        for (const auto &[at, answer] : gate.samples) {
            const bool stale = answer.status == 403 && answer.reason == "stale_state";
            const bool decided =
                answer.status == 204 || (answer.status == 403 && answer.reason == "kill_switch");
            if (!stale && !decided)
                ++o.otherGateAnswers; // no answer, or a reason a valid key must never get
            if (at < lostAt)
                continue;
            if (stale && o.staleFromMs < 0)
                o.staleFromMs = at - lostAt;
            if (decided && o.staleFromMs >= 0 && o.staleMs < 0)
                o.staleMs = at - lostAt - o.staleFromMs;
        }
        return o;
    }
    qint64 m_appendsAfter = 0;
    qint64 m_outboxAfter = 0;
    qint64 m_bulkAccounts = 0;
    std::atomic<bool> m_lossBegun{false}; // set as the primary is lost

    // The sealer chained everything committed, and the chain verifies end to end.
    void chainVerifiesAndSealerCaughtUp() {
        QVERIFY2(waitUntil(
                     [&] {
                         return count(QStringLiteral("SELECT unsealed FROM "
                                                     "private.seal_status()")) == 0 &&
                                count(QStringLiteral(
                                    "SELECT count(*) FROM audit.seal_state s WHERE s.event_id "
                                    "= (SELECT max(id) FROM audit.event)")) == 1;
                     },
                     60000),
                 qPrintable(QStringLiteral("the sealer caught up by itself; its log:\n%1")
                                .arg(serviceLog(QStringLiteral("sealer.log")))));
        QCOMPARE(m_sealer.state(), QProcess::Running);
        QProcess verify;
        verify.start(TestCluster::adminTool(),
                     {QStringLiteral("verify-audit"), QStringLiteral("--dsn"), m_dbaDsn});
        QVERIFY(verify.waitForFinished(120000));
        QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());
    }

    void engageAndSeeObeyed(test::ConsoleCalls &commander) {
        const qint64 attempt = stepUp(commander, m_commander);
        QVERIFY2(attempt > 0, "a step-up code was accepted");
        auto incident = commander.killSwitch.engage(
            QStringLiteral("everything"), {}, QStringLiteral("right after a failover"), attempt);
        QVERIFY2(incident.isOk(), qPrintable(incident.error().message));
        QVERIFY2(waitUntil([&] { return authorize().reason == "kill_switch"; }, kLeaseMs * 3),
                 "the daemon obeys a kill-switch engaged on the new primary");
        QVERIFY2(waitUntil(
                     [&] {
                         auto gateways = commander.killSwitch.gateways();
                         if (!gateways.isOk())
                             return false;
                         for (const auto &g : gateways.value()) {
                             if (g.gatewayId == m_gatewayId)
                                 return g.obeysIncident.value_or(false) && g.acknowledgedMs;
                         }
                         return false;
                     },
                     kLeaseMs * 3),
                 "and acknowledges it");
    }
    // Switched back on (as a DBA: the two-person restore is tested elsewhere).
    bool switchBackOn() {
        return dba(QStringLiteral("UPDATE private.kill_switch_incident SET restore_requested_by "
                                  "= 'test', restored_by = 'dba', restored_at = now() WHERE "
                                  "restored_at IS NULL"))
                   .isOk() &&
               waitUntil([&] { return authorize().status == 204; }, kLeaseMs * 3);
    }

    void report(const char *what, const Outcome &o) {
        qInfo("%s: first audited call on the new primary %lld ms after the loss; the open "
              "console answered again after %lld ms, an idle one read the state again after "
              "%lld ms; cowin-gatewayd stale_state from %lld ms for %lld ms; %lld appends "
              "acknowledged by 8 clients, %lld lost; %d calls failed and were not acknowledged",
              what, o.firstAuditedMs, o.consoleMs, o.idleConsoleMs, o.staleFromMs, o.staleMs,
              o.acknowledged, o.lost, o.clientFailures);
    }
    void holdsEveryPromise(const Outcome &o) {
        QCOMPARE(o.lost, qint64(0));
        QVERIFY(o.acknowledged > 0);
        QVERIFY(o.firstAuditedMs > 0);
        QVERIFY(o.consoleMs > 0);
        QVERIFY2(o.idleConsoleSawSwitch,
                 "an idle console connected again by itself and read the switch engaged");
        QVERIFY(o.staleMs > 0);
        QCOMPARE(o.otherGateAnswers, 0);
        QVERIFY(o.switchedBackOn);
    }

    void waitForThreeMembers() {
        QVERIFY2(waitUntil(
                     [&] {
                         const auto m = members();
                         return m.size() == 3 && !m.key(QStringLiteral("Leader")).isEmpty() &&
                                !m.key(QStringLiteral("Sync Standby")).isEmpty();
                     },
                     120000),
                 "the replica set has a leader, a synchronous standby and a replica");
    }

private Q_SLOTS:
    void initTestCase() {
        m_haDir = qEnvironmentVariable("COWIN_TEST_HA_DIR");
        if (m_haDir.isEmpty())
            QFAIL("COWIN_TEST_HA_DIR is not set: scripts/test starts the replica set (scripts/ha) "
                  "and runs this test");
        COWIN_REQUIRE_CLUSTER();
        m_dbaDsn = qEnvironmentVariable("COWIN_TEST_DSN");
        m_clientDsn = qEnvironmentVariable("COWIN_TEST_CLIENT_DSN");
        QVERIFY(!m_clientDsn.isEmpty());
        QVERIFY(m_work.isValid());
        waitForThreeMembers();

        m_admin = TestCluster::createOperator(QStringLiteral("ha_admin"),
                                              {QStringLiteral("cowin_admin")});
        m_commander = TestCluster::createOperator(QStringLiteral("ha_commander"),
                                                  {QStringLiteral("cowin_incident")});
        m_watcher = TestCluster::createOperator(QStringLiteral("ha_watcher"),
                                                {QStringLiteral("cowin_incident")});
        m_sealerLogin = TestCluster::createServiceLogin(QStringLiteral("ha_sealer"),
                                                        QStringLiteral("cowin_sealer"));
        m_gatewayLogin = TestCluster::createServiceLogin(QStringLiteral("ha_gateway"),
                                                         QStringLiteral("cowin_gateway"));
        m_deliveryLogin = TestCluster::createServiceLogin(QStringLiteral("ha_delivery"),
                                                          QStringLiteral("cowin_delivery"));
        TestCluster::ensureVaccinators(3000);
        auto partner =
            dba(QStringLiteral("SELECT admin.create_partner($1, 'private', "
                               "ARRAY['certificate.verify'], ARRAY['10.0.0.0/8']::cidr[])"),
                {QStringLiteral("HA Partner %1").arg(QCoreApplication::applicationPid())});
        QVERIFY2(partner.isOk(), qPrintable(partner.error().message));
        auto key = dba(QStringLiteral("SELECT api_key FROM admin.issue_api_key($1, "
                                      "ARRAY['certificate.verify'], now() + interval '1 day')"),
                       {partner.value().int64(0, 0)});
        QVERIFY(key.isOk());
        m_key = key.value().text(0, 0);
        m_appendsAfter = count(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit.event"));
        m_outboxAfter = count(QStringLiteral("SELECT coalesce(max(id), 0) FROM private.outbox"));

        // The services as they run in production, each on the host list.
        startService(m_sealer, TestCluster::adminTool(),
                     {QStringLiteral("seal"), QStringLiteral("--follow"), QStringLiteral("--dsn"),
                      serviceDsn(m_sealerLogin), QStringLiteral("--report-seconds"),
                      QStringLiteral("5")},
                     m_sealerLogin, QStringLiteral("sealer.log"));
        m_gatewayPort = test::freePort();
        startService(m_gatewayd, QStringLiteral(COWIN_GATEWAYD),
                     {QStringLiteral("--dsn"), serviceDsn(m_gatewayLogin),
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_gatewayPort),
                      QStringLiteral("--gateway-id"), m_gatewayId, QStringLiteral("--lease-ms"),
                      QString::number(kLeaseMs)},
                     m_gatewayLogin, QStringLiteral("gatewayd.log"));
        m_sms.setRecording(true);
        QVERIFY(m_sms.listen());
        startService(m_delivery, TestCluster::adminTool(),
                     {QStringLiteral("deliver"), QStringLiteral("--dsn"),
                      serviceDsn(m_deliveryLogin), QStringLiteral("--gateway-url"),
                      m_sms.url().toString(), QStringLiteral("--poll-seconds"), QStringLiteral("1"),
                      QStringLiteral("--backoff-seconds"), QStringLiteral("1")},
                     m_deliveryLogin, QStringLiteral("delivery.log"));
        QVERIFY(m_sealer.waitForStarted() && m_gatewayd.waitForStarted() &&
                m_delivery.waitForStarted());
        HttpAnswer first;
        QVERIFY2(waitUntil(
                     [&] {
                         first = authorize();
                         return first.status == 204;
                     },
                     15000),
                 qPrintable(QStringLiteral("the daemon allows a valid key before the loss (it "
                                           "answered %1 %2); its log:\n%3")
                                .arg(first.status)
                                .arg(QString::fromLatin1(first.reason),
                                     serviceLog(QStringLiteral("gatewayd.log")))));
    }

    void aPrimaryLostAsAMachineIsReplacedAndKeepsEveryPromise() {
        const QString lostNode = memberWithRole(QStringLiteral("Leader"));
        QVERIFY(!lostNode.isEmpty());
        // A bulk reset of a state's accounts, one small chunk at a time, from its own console.
        auto state = dba(QStringLiteral(
            "SELECT d.state_code, count(*) FROM private.vaccinator v JOIN private.district d ON "
            "d.id = v.district_id WHERE v.status <> 'disabled' GROUP BY 1 ORDER BY 2 DESC, 1 "
            "LIMIT 1"));
        QVERIFY2(state.isOk(), qPrintable(state.error().message));
        const QString stateCode = state.value().text(0, 0);
        const qint64 accounts = state.value().int64(0, 1);
        m_bulkAccounts = accounts;
        test::ConsoleCalls resetter;
        QVERIFY(signIn(resetter, m_admin));
        auto begun = resetter.vaccinators.bulkBegin(
            vaccinators::BulkAction::Reset, QStringLiteral("state"), stateCode,
            QStringLiteral("HA drill"), true, stepUp(resetter, m_admin));
        QVERIFY2(begun.isOk(), qPrintable(begun.error().message));
        const qint64 bulk = begun.value();
        std::atomic<int> chunks{0};
        std::atomic<int> resumed{0};
        std::atomic<bool> bulkFinished{false};
        QString bulkError;
        std::thread bulkThread([&] {
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 120000) {
                auto r = resetter.vaccinators.bulkChunk(bulk, 5);
                if (!r.isOk()) {
                    // Nothing of this chunk was applied; Resume asks again.
                    if (r.error().kind != db::DbError::Kind::Unreachable) {
                        bulkError = r.error().message + QLatin1Char(' ') + r.error().sqlState;
                        return;
                    }
                    ++resumed;
                    QThread::msleep(200);
                    continue;
                }
                ++chunks;
                if (r.value().finished) {
                    bulkFinished = true;
                    return;
                }
                // A few chunks before the loss, the rest across it.
                while (chunks.load() >= 3 && !m_lossBegun.load() && t.elapsed() < 120000)
                    QThread::msleep(20);
                QThread::msleep(20);
            }
        });
        QVERIFY(waitUntil([&] { return chunks.load() >= 3; }, 30000));

        const Outcome o = throughALoss(
            [&] {
                return ha({QStringLiteral("crash"), lostNode});
            },
            [&](test::ConsoleCalls &console) { engageAndSeeObeyed(console); });
        report("the primary killed", o);
        bulkThread.join();
        QVERIFY2(bulkFinished.load(), qPrintable(bulkError));
        holdsEveryPromise(o);
        if (QTest::currentTestFailed())
            return;
        // Within its lease of the kill (and a second for the probe's own round trips).
        QVERIFY2(o.staleFromMs >= 0 && o.staleFromMs <= o.lossDoneMs + kLeaseMs + 1000,
                 qPrintable(QStringLiteral("the daemon failed closed within its lease (from %1 "
                                           "ms; the primary was dead at %2 ms)")
                                .arg(o.staleFromMs)
                                .arg(o.lossDoneMs)));
        QVERIFY2(memberWithRole(QStringLiteral("Leader")) != lostNode, "another node leads");

        // The bulk reset: every account once, each with its event and its message.
        const QString bulkId = QString::number(bulk);
        QCOMPARE(count(QStringLiteral("SELECT done FROM private.bulk_reset WHERE id = $1"), {bulk}),
                 accounts);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.event WHERE action = "
                                      "'vaccinator.password_reset' AND details->>'bulk' = $1"),
                       {bulkId}),
                 accounts);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM (SELECT target_id FROM audit.event "
                                      "WHERE action = 'vaccinator.password_reset' AND "
                                      "details->>'bulk' = $1 GROUP BY target_id HAVING count(*) > "
                                      "1) twice"),
                       {bulkId}),
                 qint64(0));
        qInfo("bulk reset of %lld accounts in %d chunks, asked again %d times across the loss",
              accounts, chunks.load(), resumed.load());
        QVERIFY2(resumed.load() > 0, "the bulk reset ran across the loss and was resumed");

        // The old primary comes back as a standby of the new one (pg_rewind).
        QVERIFY(ha({QStringLiteral("start-node"), lostNode}));
        waitForThreeMembers();
        chainVerifiesAndSealerCaughtUp();
    }

    void aPlannedFailoverKeepsEveryPromise() {
        const QString from = memberWithRole(QStringLiteral("Leader"));
        const QString to = memberWithRole(QStringLiteral("Sync Standby"));
        QVERIFY(!from.isEmpty() && !to.isEmpty());
        const Outcome o = throughALoss(
            [&] {
                return ha({QStringLiteral("failover"), to});
            },
            [&](test::ConsoleCalls &console) { engageAndSeeObeyed(console); });
        report("patronictl failover", o);
        holdsEveryPromise(o);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(memberWithRole(QStringLiteral("Leader")), to);
        waitForThreeMembers();
        chainVerifiesAndSealerCaughtUp();
    }

    void everyOneTimePasswordWasSentOnce() {
        // Every message of the bulk reset reaches the SMS gateway once, and none is left.
        QVERIFY2(waitUntil(
                     [&] {
                         return count(QStringLiteral("SELECT count(*) FROM private.outbox WHERE "
                                                     "state IN ('pending', 'sending') AND id > $1"),
                                      {m_outboxAfter}) == 0;
                     },
                     180000),
                 qPrintable(serviceLog(QStringLiteral("delivery.log"))));
        const qint64 sent =
            count(QStringLiteral("SELECT count(*) FROM private.outbox WHERE state = 'delivered' "
                                 "AND id > $1"),
                  {m_outboxAfter});
        QCOMPARE(sent, m_bulkAccounts); // one message per account of the bulk reset
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM private.outbox WHERE state <> "
                                      "'delivered' AND id > $1"),
                       {m_outboxAfter}),
                 qint64(0));
        QSet<QByteArray> keys;
        for (const auto &request : m_sms.requests())
            keys.insert(request.headers.value("idempotency-key"));
        qInfo("one-time passwords: %lld sent, the SMS gateway got %lld requests for %lld messages",
              sent, static_cast<qint64>(m_sms.requests().size()), static_cast<qint64>(keys.size()));
        QVERIFY(sent > 0);
        QCOMPARE(static_cast<qint64>(keys.size()), sent);
        QCOMPARE(static_cast<qint64>(m_sms.requests().size()), sent);
        QCOMPARE(m_delivery.state(), QProcess::Running);
    }

    void auditorsBrowseAndVerifyOnAStandby() {
        // The console of an auditor whose profile reads the trail on a standby: it signs in on
        // the primary, and its reads of the trail are answered by a standby with the same
        // session (which a standby cannot write: its idle time is kept on the primary).
        const test::TestOperator auditor = TestCluster::createOperator(
            QStringLiteral("ha_auditor"), {QStringLiteral("cowin_auditor")});
        // A login made a moment ago exists on a standby once the standby has replayed it (an
        // asynchronous one a little later): the auditor signs in after both have.
        auto made = dba(QStringLiteral("SELECT pg_current_wal_lsn()::text"));
        QVERIFY(made.isOk());
        QVERIFY2(waitUntil(
                     [&] {
                         return count(QStringLiteral("SELECT count(*) FROM pg_stat_replication "
                                                     "WHERE replay_lsn >= $1::pg_lsn"),
                                      {made.value().text(0, 0)}) == 2;
                     },
                     30000),
                 "both standbys replayed the auditor's login");
        db::ConnectionProfile profile = TestCluster::profile();
        profile.auditOnStandby = true;
        db::Session console;
        auto connected = console.connectAs(profile, auditor.name, auditor.password).result();
        QVERIFY2(connected.isOk(), qPrintable(connected.error().message));
        auto opened = console.call(&login::SignInCalls::submitOtp, freshCode(auditor)).result();
        QVERIFY(opened.isOk() && opened.value().sessionOpened);
        QTRY_VERIFY(console.readsOnStandby());
        auto head = console.read(&audit::AuditCalls::head).result();
        QVERIFY2(head.isOk(), qPrintable(head.error().message + head.error().sqlState));
        QVERIFY(head.value().events > 0);

        // The reading connection is on a standby, by the standbys' own account.
        qint64 onStandbys = 0;
        const auto roles = members();
        for (auto it = roles.begin(); it != roles.end(); ++it) {
            if (it.value() == QLatin1String("Leader"))
                continue;
            db::PgConnection node;
            QVERIFY(node.openConnectionString(
                            QStringLiteral("host=%1/%2/run port=%3 dbname=cowin user=cowin_dba")
                                .arg(m_haDir, it.key())
                                .arg(m_memberPorts.value(it.key())),
                            QStringLiteral("cowin-ha-check"))
                        .isOk());
            auto seen = node.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                                 "usename = $1 AND pg_is_in_recovery()"),
                                  {auditor.name});
            QVERIFY(seen.isOk());
            onStandbys += seen.value().int64(0, 0);
        }
        QCOMPARE(onStandbys, qint64(1));

        // The whole trail verifies there, and on the primary; the same events, side by side.
        QElapsedTimer t;
        t.start();
        auto onStandby = console
                             .read(&audit::AuditCalls::verifyChain, QList<audit::Checkpoint>{},
                                   db::ProgressPtr{})
                             .result();
        const qint64 standbyMs = qMax<qint64>(1, t.restart());
        auto onPrimary = console
                             .call(&audit::AuditCalls::verifyChain, QList<audit::Checkpoint>{},
                                   db::ProgressPtr{})
                             .result();
        const qint64 primaryMs = qMax<qint64>(1, t.elapsed());
        QVERIFY2(onStandby.isOk(), qPrintable(onStandby.error().message));
        QVERIFY2(onPrimary.isOk(), qPrintable(onPrimary.error().message));
        QVERIFY(onStandby.value().intact());
        QVERIFY(onPrimary.value().intact());
        QVERIFY(onStandby.value().checked > 0);
        qInfo("verification of the trail: %lld events on a standby in %lld ms (%lld events/s), "
              "%lld on the primary in %lld ms (%lld events/s)",
              onStandby.value().checked, standbyMs, onStandby.value().checked * 1000 / standbyMs,
              onPrimary.value().checked, primaryMs, onPrimary.value().checked * 1000 / primaryMs);

        // A head this console remembers beyond the trail (as after a cut): on the standby the
        // verification waits for the replay and then reports it, rather than calling it lag.
        audit::Checkpoint beyond;
        beyond.lastId = head.value().lastId + 1000;
        beyond.lastHash = QByteArray(32, '\x5a');
        beyond.events = head.value().events + 1000;
        beyond.remembered = true;
        auto cut = console
                       .read(&audit::AuditCalls::verifyChain, QList<audit::Checkpoint>{beyond},
                             db::ProgressPtr{})
                       .result();
        QVERIFY2(cut.isOk(), qPrintable(cut.error().message));
        QVERIFY(!cut.value().intact());

        // Reads count as activity: the session's idle time moves on the primary.
        QVERIFY(dba(QStringLiteral("UPDATE private.session SET last_seen_at = now() - interval "
                                   "'1 minute' WHERE role_name = $1"),
                    {auditor.name})
                    .isOk());
        QTest::qWait(db::Session::kKeepAliveMs);
        QVERIFY(console.read(&audit::AuditCalls::sealStatus).result().isOk());
        QTRY_COMPARE(count(QStringLiteral("SELECT count(*) FROM private.session WHERE role_name = "
                                          "$1 AND last_seen_at > now() - interval '30 seconds'"),
                           {auditor.name}),
                     qint64(1));
    }

    void aBackupRestoresToAPointInTimeAndTheChainVerifies() {
        // A base backup, events before a moment and after it, the WAL archived: restored to
        // that moment, the trail has the first and not the second, and its chain verifies.
        QProcess backup;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COWIN_HA_DIR"), m_haDir);
        backup.setProcessEnvironment(env);
        backup.start(QStringLiteral(COWIN_HA_SCRIPT), {QStringLiteral("backup")});
        QVERIFY(backup.waitForFinished(120000));
        QVERIFY2(backup.exitCode() == 0, backup.readAllStandardError().constData());
        const QString run = QString::number(QCoreApplication::applicationPid());
        const QString append =
            QStringLiteral("SELECT count(audit.append($1, 'ha_test', $2 || '-' || g, NULL, NULL)) "
                           "FROM generate_series(1, 100) g");
        QVERIFY(dba(append, {QStringLiteral("ha.before_target"), run}).isOk());
        QVERIFY(TestCluster::waitSealed());
        auto target = dba(QStringLiteral("SELECT clock_timestamp()::text"));
        QVERIFY(target.isOk());
        QTest::qWait(1000);
        QVERIFY(dba(append, {QStringLiteral("ha.after_target"), run}).isOk());
        auto switched =
            dba(QStringLiteral("SELECT pg_walfile_name(pg_switch_wal()), pg_current_wal_lsn()"));
        QVERIFY(switched.isOk());
        const QString segment = switched.value().text(0, 0);
        QVERIFY2(waitUntil(
                     [&] {
                         auto a = dba(QStringLiteral("SELECT coalesce(last_archived_wal, '') >= "
                                                     "$1 FROM pg_stat_archiver"),
                                      {segment});
                         return a.isOk() && a.value().boolean(0, 0);
                     },
                     60000),
                 "the WAL up to the moment is archived");

        QProcess restore;
        restore.setProcessEnvironment(env);
        restore.start(QStringLiteral(COWIN_HA_SCRIPT),
                      {QStringLiteral("restore"), target.value().text(0, 0)});
        QVERIFY(restore.waitForFinished(240000));
        QVERIFY2(restore.exitCode() == 0, restore.readAllStandardError().constData());
        const QString restored = QString::fromUtf8(restore.readAllStandardOutput()).trimmed();
        db::PgConnection point;
        QVERIFY2(point.openConnectionString(restored, QStringLiteral("cowin-ha-restore")).isOk(),
                 qPrintable(restored));
        const QString events = QStringLiteral(
            "SELECT count(*) FROM audit.event WHERE action = $1 AND target_id LIKE $2 || '-%'");
        auto before = point.exec(events, {QStringLiteral("ha.before_target"), run});
        auto after = point.exec(events, {QStringLiteral("ha.after_target"), run});
        QVERIFY(before.isOk() && after.isOk());
        QCOMPARE(before.value().int64(0, 0), qint64(100));
        QCOMPARE(after.value().int64(0, 0), qint64(0));
        QProcess verify;
        verify.start(TestCluster::adminTool(),
                     {QStringLiteral("verify-audit"), QStringLiteral("--dsn"), restored});
        QVERIFY(verify.waitForFinished(120000));
        QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());
        qInfo("restored to %s: %s", qPrintable(target.value().text(0, 0)),
              verify.readAllStandardOutput().trimmed().constData());
        point.close();
        QVERIFY(ha({QStringLiteral("stop-restore")}));
    }

    void cleanupTestCase() {
        for (QProcess *p : {&m_sealer, &m_gatewayd, &m_delivery}) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(10000))
                    p->kill();
            }
        }
    }
};

QTEST_GUILESS_MAIN(FailoverKeepsPromises)
#include "failover_keeps_promises.moc"
