// SPDX-License-Identifier: Apache-2.0
// The kill-switch at the real edge: a real nginx asks two cowin-gatewayd daemons (auth_request)
// before each call to a small upstream. Every reason reaches the partner through nginx; a key
// suspended in the database is denied at the edge; the kill-switch engaged from the console
// client denies every call and both daemons acknowledge it; the database stopped makes the
// edge fail closed (stale_state) within the lease, and it opens again when the database is
// back; an address guessing keys across both daemons is cooled off at both. Its own cluster,
// so it can stop it.
#include "auth/SecureRandom.h"
#include "db/AdminClient.h"
#include "gateway/EdgeProxyConfig.h"
#include "support/ConsoleCalls.h"
#include "support/Polling.h"
#include "support/TestCluster.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace cowin;

namespace {
constexpr int kLeaseMs = 1000;

using test::freePort;
using test::waitUntil;

struct Answer {
    int status = 0;
    QString reason;
};
} // namespace

class GatewayEdgeThroughNginx : public QObject {
    Q_OBJECT

    QTemporaryDir m_work;
    QString m_clusterDir;
    int m_pgPort = 0;
    QString m_dsn;
    db::PgConnection m_dba;
    QString m_gatewayLogin;
    QString m_gatewayPassword;
    QProcess m_daemons[2];
    int m_daemonPorts[2] = {0, 0};
    QProcess m_nginx;
    int m_nginxPort = 0;
    QNetworkAccessManager m_http;
    QString m_valid, m_revoked, m_suspended, m_narrow, m_private;
    QString m_commander, m_commanderPassword;
    QByteArray m_commanderSecret;

    QString admin() const { return test::TestCluster::adminTool(); }

    bool startCluster() {
        QProcess p;
        p.start(admin(), {QStringLiteral("local-cluster"), QStringLiteral("start"),
                          QStringLiteral("--dir"), m_clusterDir, QStringLiteral("--port"),
                          QString::number(m_pgPort), QStringLiteral("--throwaway")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return false;
        m_dsn = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        return !m_dsn.isEmpty();
    }
    bool stopCluster() {
        QProcess p;
        p.start(admin(),
                {QStringLiteral("local-cluster"), QStringLiteral("stop"), QStringLiteral("--dir"),
                 m_clusterDir, QStringLiteral("--port"), QString::number(m_pgPort)});
        return p.waitForFinished(60000) && p.exitCode() == 0;
    }

    // A call to a partner API through nginx: its status and the reason nginx passed on.
    Answer call(const QString &path, const QString &key, const QString &clientIp,
                const QString &subject = {}) {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_nginxPort).arg(path)));
        if (!key.isEmpty())
            request.setRawHeader("X-Api-Key", key.toLatin1());
        if (!subject.isEmpty())
            request.setRawHeader("X-Cowin-Subject", subject.toLatin1());
        request.setRawHeader("X-Forwarded-For", clientIp.toLatin1());
        QNetworkReply *reply = m_http.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 QString::fromLatin1(reply->rawHeader("X-Cowin-Reason"))};
        reply->deleteLater();
        return a;
    }
    Answer verify(const QString &key, const QString &ip = QStringLiteral("10.40.1.1")) {
        return call(QStringLiteral("/api/certificate/verify"), key, ip);
    }
    int health(int daemon) {
        QNetworkReply *reply = m_http.get(QNetworkRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(m_daemonPorts[daemon]))));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    QString issueKey(qint64 partner, const QString &scopes) {
        auto key =
            m_dba.exec(QStringLiteral("SELECT api_key FROM admin.issue_api_key($1, $2::text[], "
                                      "now() + interval '1 day')"),
                       {partner, scopes});
        return key.isOk() ? key.value().text(0, 0) : QString();
    }
    qint64 partner(const QString &name, const QString &sector, const QString &scopes,
                   const QString &allowlist) {
        auto p = m_dba.exec(QStringLiteral("SELECT admin.create_partner($1, $2, $3::text[], "
                                           "$4::cidr[])"),
                            {name, sector, scopes, allowlist});
        return p.isOk() ? p.value().int64(0, 0) : 0;
    }

    // Each daemon also listens on a socket file; nginx asks the second one there.
    QString socketFile(int i) const {
        return m_work.filePath(QStringLiteral("gatewayd-%1.sock").arg(i + 1));
    }

    bool startDaemon(int i) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), m_gatewayPassword);
        m_daemons[i].setProcessEnvironment(env);
        m_daemons[i].setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_daemons[i].start(
            QStringLiteral(COWIN_GATEWAYD),
            {QStringLiteral("--dsn"),
             QStringLiteral("host=%1/run port=%2 dbname=cowin user=%3")
                 .arg(m_clusterDir)
                 .arg(m_pgPort)
                 .arg(m_gatewayLogin),
             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_daemonPorts[i]),
             QStringLiteral("--listen"), QStringLiteral("unix:%1").arg(socketFile(i)),
             QStringLiteral("--gateway-id"), QStringLiteral("edge-%1").arg(i + 1),
             QStringLiteral("--lease-ms"), QString::number(kLeaseMs)});
        return m_daemons[i].waitForStarted(10000);
    }

    bool startNginx() {
        gateway::EdgeProxyConfig config;
        config.workDir = m_work.filePath(QStringLiteral("nginx"));
        config.snippetsDir = QStringLiteral(COWIN_NGINX_SNIPPETS);
        config.daemons = {QStringLiteral("127.0.0.1:%1").arg(m_daemonPorts[0]),
                          QStringLiteral("unix:%1").arg(socketFile(1))};
        config.listenPort = m_nginxPort;
        config.upstreamPort = freePort();
        // The test stands in for a load balancer that names the client.
        config.clientAddressFromLoopback = true;
        QDir().mkpath(config.workDir);
        QFile conf(config.configPath());
        if (!conf.open(QIODevice::WriteOnly) || conf.write(config.text()) < 0)
            return false;
        conf.close();
        m_nginx.setProcessChannelMode(QProcess::ForwardedChannels);
        m_nginx.start(QStringLiteral("nginx"), config.arguments());
        return m_nginx.waitForStarted(10000);
    }

    // A real step-up: the next step's code, typed while the session is live.
    qint64 stepUp(test::ConsoleCalls &c) {
        for (int offset : {1, 2}) {
            auto v = c.signIn.submitOtp(test::TestCluster::code(m_commanderSecret, offset));
            if (v.isOk() && v.value().outcome == login::OtpVerdict::Outcome::Accepted)
                return v.value().attemptId;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!admin().isEmpty(), "COWIN_TEST_ADMIN names cowin-admin (scripts/test sets it)");
        QVERIFY(m_work.isValid());
        m_clusterDir = m_work.filePath(QStringLiteral("cluster"));
        QDir().mkpath(m_clusterDir);
        QFile::setPermissions(m_work.path(), QFile::permissions(m_work.path()) |
                                                 QFileDevice::ExeOther | QFileDevice::ReadOther);
        QFile::setPermissions(m_clusterDir, QFile::permissions(m_clusterDir) |
                                                QFileDevice::ExeOther | QFileDevice::ReadOther);
        m_pgPort = freePort();
        QVERIFY2(startCluster(), "the test's own cluster starts");
        {
            QProcess migrate;
            migrate.start(admin(), {QStringLiteral("migrate"), QStringLiteral("--dsn"), m_dsn});
            QVERIFY(migrate.waitForFinished(120000) && migrate.exitCode() == 0);
        }
        QVERIFY(m_dba.openConnectionString(m_dsn, QStringLiteral("edge-test")).isOk());
        db::AdminClient adminClient(m_dba);

        const qint64 gov =
            partner(QStringLiteral("Edge State Portal"), QStringLiteral("government"),
                    QStringLiteral("{certificate.verify,beneficiary.lookup}"),
                    QStringLiteral("{10.40.0.0/16}"));
        const qint64 priv =
            partner(QStringLiteral("Edge Hospital"), QStringLiteral("private"),
                    QStringLiteral("{certificate.verify}"), QStringLiteral("{10.40.0.0/16}"));
        QVERIFY(gov > 0 && priv > 0);
        m_valid = issueKey(gov, QStringLiteral("{certificate.verify,beneficiary.lookup}"));
        m_narrow = issueKey(gov, QStringLiteral("{certificate.verify}"));
        m_revoked = issueKey(gov, QStringLiteral("{certificate.verify}"));
        m_suspended = issueKey(gov, QStringLiteral("{certificate.verify}"));
        m_private = issueKey(priv, QStringLiteral("{certificate.verify}"));
        QVERIFY(!m_valid.isEmpty() && !m_private.isEmpty());
        QVERIFY(
            m_dba
                .exec(
                    QStringLiteral(
                        "UPDATE private.api_key SET status = 'revoked', revoked_at = now(), "
                        "revoked_reason = 'test' WHERE key_hash = sha256(convert_to($1, 'UTF8'))"),
                    {m_revoked})
                .isOk());
        QVERIFY(m_dba
                    .exec(QStringLiteral("UPDATE private.api_key SET status = 'suspended' "
                                         "WHERE key_hash = sha256(convert_to($1, 'UTF8'))"),
                          {m_suspended})
                    .isOk());

        m_gatewayLogin = QStringLiteral("edge_gw_%1").arg(QCoreApplication::applicationPid());
        m_gatewayPassword = QString::fromLatin1(auth::secureRandomBytes(18).toHex());
        QVERIFY(adminClient
                    .ensureServiceLogin(m_gatewayLogin, QStringLiteral("cowin_gateway"),
                                        m_gatewayPassword)
                    .isOk());
        m_commander = QStringLiteral("edge_ic_%1").arg(QCoreApplication::applicationPid());
        m_commanderPassword = QStringLiteral("Edge-Commander-%1")
                                  .arg(QString::fromLatin1(auth::secureRandomBytes(6).toHex()));
        QVERIFY(adminClient
                    .createOperator(m_commander, QStringLiteral("Edge commander"),
                                    {QStringLiteral("incident")}, m_commanderPassword, false)
                    .isOk());
        m_commanderSecret = auth::secureRandomBytes(20);
        QVERIFY(adminClient.demoEnrol(m_commander, m_commanderSecret).isOk());

        for (int i : {0, 1}) {
            m_daemonPorts[i] = freePort();
            QVERIFY(startDaemon(i));
        }
        QVERIFY2(waitUntil([&] { return health(0) == 200 && health(1) == 200; }, 15000),
                 "both daemons have a current copy");
        m_nginxPort = freePort();
        QVERIFY(startNginx());
        Answer last;
        QVERIFY2(waitUntil(
                     [&] {
                         last = verify(m_valid);
                         return last.status == 200;
                     },
                     10000),
                 qPrintable(QStringLiteral("nginx lets a valid call through (it answered %1 %2)")
                                .arg(last.status)
                                .arg(last.reason)));
    }

    void everyReasonReachesThePartnerThroughNginx() {
        QCOMPARE(verify(m_valid).status, 200);
        const Answer revoked = verify(m_revoked);
        QCOMPARE(revoked.status, 403);
        QCOMPARE(revoked.reason, QStringLiteral("key_revoked"));
        QCOMPARE(verify(m_suspended).reason, QStringLiteral("key_suspended"));
        const Answer scope =
            call(QStringLiteral("/api/beneficiary/lookup"), m_narrow, QStringLiteral("10.40.1.1"));
        QCOMPARE(scope.status, 403);
        QCOMPARE(scope.reason, QStringLiteral("scope_denied"));
        QCOMPARE(call(QStringLiteral("/api/beneficiary/lookup"), m_valid,
                      QStringLiteral("10.40.1.1"), QStringLiteral("9876543210"))
                     .status,
                 200);
        const Answer outside = verify(m_valid, QStringLiteral("10.41.0.1"));
        QCOMPARE(outside.status, 403);
        QCOMPARE(outside.reason, QStringLiteral("ip_denied"));
        QCOMPARE(call(QStringLiteral("/api/unlisted"), m_valid, QStringLiteral("10.40.1.1")).reason,
                 QStringLiteral("scope_denied"));
        QCOMPARE(verify(QStringLiteral("cwk_%1").arg(QString(64, QLatin1Char('7')))).reason,
                 QStringLiteral("key_unknown"));
        QCOMPARE(verify(QString()).reason, QStringLiteral("key_unknown"));
    }

    // A personal-data call names its person; the database judges it (budgets, canaries) and
    // keeps the record, and a canary stops the key at every daemon.
    void aCallThatNamesAPersonIsJudgedByTheDatabase() {
        const QString lookup = QStringLiteral("/api/beneficiary/lookup");
        const QString ip = QStringLiteral("10.40.2.2");
        const QString key = m_valid;
        QCOMPARE(call(lookup, key, ip, QStringLiteral("+91 98765 43210")).status, 200);
        const Answer nobody = call(lookup, key, ip);
        QCOMPARE(nobody.status, 403);
        QCOMPARE(nobody.reason, QStringLiteral("bad_input"));
        QCOMPARE(call(lookup, key, ip, QStringLiteral("12345")).reason,
                 QStringLiteral("bad_input"));
        auto recorded = m_dba.exec(
            QStringLiteral("SELECT count(*) FROM private.lookup l JOIN private.watched w "
                           "ON w.id = l.watched_id JOIN private.api_key k ON k.id = w.api_key_id "
                           "WHERE k.key_hash = sha256(convert_to($1, 'UTF8')) AND l.reason = 'ok'"),
            {key});
        QVERIFY(recorded.isOk());
        QVERIFY(recorded.value().int64(0, 0) >= 1);

        QVERIFY(m_dba
                    .exec(QStringLiteral(
                        "INSERT INTO private.canary (subject_hash, masked, label) "
                        "VALUES (private.subject_hash('6000011111'), '******1111', 'edge')"))
                    .isOk());
        const Answer canary = call(lookup, key, ip, QStringLiteral("6000011111"));
        QCOMPARE(canary.status, 403);
        QCOMPARE(canary.reason, QStringLiteral("canary"));
        // The key is suspended by that call: every daemon refuses it for every scope.
        QVERIFY(waitUntil(
            [&] {
                return verify(key).reason == QLatin1String("key_suspended") &&
                       verify(key).reason == QLatin1String("key_suspended");
            },
            kLeaseMs * 2));
        auto audited = m_dba.exec(
            QStringLiteral("SELECT count(*) FROM audit.event WHERE action IN ('watch.frozen', "
                           "'watch.alert_raised') AND target_type = 'api_key'"));
        QVERIFY(audited.isOk());
        QCOMPARE(audited.value().int64(0, 0), 2);
        // Give the key back for the tests that follow, as an incident commander would.
        QVERIFY(m_dba
                    .exec(QStringLiteral("UPDATE private.api_key SET status = 'active' "
                                         "WHERE key_hash = sha256(convert_to($1, 'UTF8'))"),
                          {key})
                    .isOk());
        QVERIFY(waitUntil([&] { return verify(key).status == 200 && verify(key).status == 200; },
                          kLeaseMs * 2));
    }

    void aKeySuspendedInTheDatabaseIsDeniedAtTheEdge() {
        QVERIFY(m_dba
                    .exec(QStringLiteral("UPDATE private.api_key SET status = 'suspended' "
                                         "WHERE key_hash = sha256(convert_to($1, 'UTF8'))"),
                          {m_narrow})
                    .isOk());
        // Notified, the daemons read the change at once; the lease bounds it in any case.
        QVERIFY(waitUntil(
            [&] {
                return verify(m_narrow).reason == QLatin1String("key_suspended") &&
                       verify(m_narrow).reason == QLatin1String("key_suspended");
            },
            kLeaseMs * 2));
    }

    void theKillSwitchFromTheConsoleIsObeyedAndAcknowledgedByBoth() {
        test::ConsoleCalls commander;
        QVERIFY(commander
                    .connectAs(db::ConnectionProfile::fromConnectionString(m_dsn), m_commander,
                               m_commanderPassword)
                    .isOk());
        auto opened = commander.signIn.submitOtp(test::TestCluster::code(m_commanderSecret));
        QVERIFY(opened.isOk() && opened.value().sessionOpened);
        const qint64 attempt = stepUp(commander);
        QVERIFY2(attempt > 0, "a step-up code was accepted");
        auto incident = commander.killSwitch.engage(QStringLiteral("everything"), {},
                                                    QStringLiteral("bot at the edge"), attempt);
        QVERIFY2(incident.isOk(), qPrintable(incident.error().message));
        QVERIFY2(waitUntil(
                     [&] {
                         auto gateways = commander.killSwitch.gateways();
                         if (!gateways.isOk() || gateways.value().size() != 2)
                             return false;
                         for (const auto &g : gateways.value()) {
                             if (!g.obeysIncident.value_or(false) || !g.acknowledgedMs)
                                 return false;
                         }
                         return true;
                     },
                     kLeaseMs * 3),
                 "both daemons acknowledged the switch");
        // After both acknowledged, nothing is let through, whichever daemon nginx asks.
        for (int i = 0; i < 20; ++i) {
            const Answer a = i % 2 ? verify(m_valid) : verify(m_private);
            QCOMPARE(a.status, 403);
            QCOMPARE(a.reason, QStringLiteral("kill_switch"));
        }
        auto acks = m_dba.exec(QStringLiteral("SELECT count(*) FROM audit.event WHERE action = "
                                              "'api.kill_switch_acknowledged' AND target_id = $1"),
                               {QString::number(incident.value())});
        QVERIFY(acks.isOk());
        QCOMPARE(acks.value().int64(0, 0), qint64(2));
        // Switched back on (as a DBA: the two-person restore is tested elsewhere).
        QVERIFY(m_dba
                    .exec(QStringLiteral("UPDATE private.kill_switch_incident SET "
                                         "restore_requested_by = 'test', restored_by = 'dba', "
                                         "restored_at = now() WHERE restored_at IS NULL"))
                    .isOk());
        QVERIFY(waitUntil([&] { return verify(m_valid).status == 200; }, kLeaseMs * 2));
    }

    void aSecondDaemonUnderATakenNameStops() {
        // Another login presenting itself as edge-1 could never acknowledge under that name:
        // it stops with the reason instead of deciding unacknowledged.
        db::AdminClient adminClient(m_dba);
        const QString other =
            QStringLiteral("edge_gw_other_%1").arg(QCoreApplication::applicationPid());
        const QString password = QString::fromLatin1(auth::secureRandomBytes(18).toHex());
        QVERIFY(adminClient.ensureServiceLogin(other, QStringLiteral("cowin_gateway"), password)
                    .isOk());
        QProcess impostor;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password);
        impostor.setProcessEnvironment(env);
        impostor.start(QStringLiteral(COWIN_GATEWAYD),
                       {QStringLiteral("--dsn"),
                        QStringLiteral("host=%1/run port=%2 dbname=cowin user=%3")
                            .arg(m_clusterDir)
                            .arg(m_pgPort)
                            .arg(other),
                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freePort()),
                        QStringLiteral("--gateway-id"), QStringLiteral("edge-1")});
        QVERIFY(impostor.waitForFinished(15000));
        QCOMPARE(impostor.exitCode(), 2);
        QVERIFY(QString::fromUtf8(impostor.readAllStandardError())
                    .contains(QLatin1String("belongs to another gateway login")));
    }

    void anAddressGuessingKeysAcrossDaemonsIsCooledOffAtBoth() {
        // nginx spreads the guesses over both daemons: neither alone passes the limit, the
        // database's count of both does, and both then refuse the address, even a valid key.
        QVERIFY(m_dba
                    .exec(QStringLiteral("UPDATE private.limit_setting SET value = 5 WHERE name = "
                                         "'gateway_unknown_keys_per_minute'"))
                    .isOk());
        const QString guesser = QStringLiteral("198.51.100.9");
        for (int i = 0; i < 8; ++i)
            QCOMPARE(
                verify(QStringLiteral("cwk_%1").arg(i, 64, 16, QLatin1Char('0')), guesser).reason,
                QStringLiteral("key_unknown"));
        QString answers;
        const bool refused = waitUntil(
            [&] {
                answers = verify(m_valid, guesser).reason + QLatin1Char(' ') +
                          verify(m_valid, guesser).reason;
                return answers == QLatin1String("too_many_failures too_many_failures");
            },
            kLeaseMs * 4);
        auto counted = m_dba.exec(
            QStringLiteral("SELECT string_agg(host(client_ip) || ' ' || failures || ' ' || "
                           "(blocked_until > now())::text, ', ') FROM private.gateway_failure"));
        QVERIFY2(refused, qPrintable(QStringLiteral("both daemons refuse the guessing address "
                                                    "(they answered %1; counted: %2)")
                                         .arg(answers, counted.isOk() ? counted.value().text(0, 0)
                                                                      : QString())));
        QCOMPARE(verify(m_valid).status, 200); // the partner's own address is not touched
        auto audited = m_dba.exec(QStringLiteral("SELECT count(*) FROM audit.event WHERE action = "
                                                 "'api.client_blocked' AND target_id = $1"),
                                  {guesser});
        QVERIFY(audited.isOk());
        QCOMPARE(audited.value().int64(0, 0), qint64(1));
        QVERIFY(m_dba
                    .exec(QStringLiteral("UPDATE private.limit_setting SET value = 20 WHERE name = "
                                         "'gateway_unknown_keys_per_minute'"))
                    .isOk());
    }

    void theDatabaseStoppedFailsClosedWithinTheLease() {
        QCOMPARE(verify(m_valid).status, 200);
        m_dba.close();
        QVERIFY(stopCluster());
        QVERIFY2(waitUntil(
                     [&] {
                         const Answer a = verify(m_valid);
                         const Answer b = verify(m_valid);
                         return a.reason == QLatin1String("stale_state") &&
                                b.reason == QLatin1String("stale_state");
                     },
                     kLeaseMs * 3),
                 "every call is denied stale_state (the lease is 1 s; bench/ measures how soon)");
        QCOMPARE(verify(m_valid).status, 403);
        QCOMPARE(health(0), 503);
        QCOMPARE(health(1), 503);
        QVERIFY(startCluster());
        QVERIFY2(waitUntil(
                     [&] { return verify(m_valid).status == 200 && verify(m_valid).status == 200; },
                     15000),
                 "calls go through again once the database is back");
        QCOMPARE(health(0), 200);
        QCOMPARE(health(1), 200);
    }

    void cleanupTestCase() {
        if (m_nginx.state() != QProcess::NotRunning) {
            m_nginx.terminate();
            m_nginx.waitForFinished(5000);
        }
        for (QProcess &d : m_daemons) {
            if (d.state() != QProcess::NotRunning) {
                d.terminate();
                QVERIFY(d.waitForFinished(5000));
                QCOMPARE(d.exitCode(), 0);
            }
        }
        m_dba.close();
        stopCluster();
    }
};

QTEST_MAIN(GatewayEdgeThroughNginx)
#include "gateway_edge_through_nginx.moc"
