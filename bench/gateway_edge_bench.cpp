// SPDX-License-Identifier: Apache-2.0
// The kill-switch at the real edge: nginx (auth_request) in front of two cowin-gatewayd, all on
// this machine. Prints
//  - decisions per second through nginx and their p50/p99 (wrk), and the daemons' own decision
//    time (their /metrics);
//  - with calls running, the kill-switch engaged from the console client again and again: the
//    time from each commit to every daemon's acknowledgement (p50/p99), the calls allowed
//    between the commit and the last acknowledgement, and those allowed after it (must be 0);
//  - one daemon's database connection cut under load: how long until it fails closed, and the
//    calls it allowed after that (must be 0).
#include "BenchSupport.h"
#include "PartnerKeys.h"
#include "auth/Totp.h"
#include "gateway/EdgeProxyConfig.h"
#include "support/ConsoleCalls.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <csignal>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace cowin;
using namespace cowin::bench;
using SystemClock = std::chrono::system_clock;

namespace {
constexpr int kLeaseMs = 2000;

// A benchmark that gives up (die) leaves no daemon or proxy running behind it.
void endWithParent(QProcess &p) {
    p.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

int freePort() {
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

std::int64_t nowMicros() {
    return std::chrono::duration_cast<std::chrono::microseconds>(
               SystemClock::now().time_since_epoch())
        .count();
}

// One keep-alive HTTP/1.1 connection, blocking: enough to time each call and read its answer.
class HttpProbe {
public:
    explicit HttpProbe(int port)
        : m_port(port) {}
    ~HttpProbe() { close(); }
    // The status of one GET, or 0 when the connection failed (it reconnects next time).
    // headers: "Name: value\r\n" lines.
    int get(const QByteArray &path, const QByteArray &headers) {
        if (m_fd < 0 && !open())
            return 0;
        const QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: edge\r\n" + headers + "\r\n";
        if (::send(m_fd, request.constData(), static_cast<size_t>(request.size()), MSG_NOSIGNAL) !=
            request.size()) {
            close();
            return 0;
        }
        return readAnswer();
    }

private:
    bool open() {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<uint16_t>(m_port));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
            close();
            return false;
        }
        m_buffer.clear();
        return true;
    }
    void close() {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }
    int readAnswer() {
        for (;;) {
            const int end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                const int status = m_buffer.mid(9, 3).toInt();
                const auto length =
                    QRegularExpression(QStringLiteral("\r\ncontent-length: *([0-9]+)"),
                                       QRegularExpression::CaseInsensitiveOption)
                        .match(QString::fromLatin1(m_buffer.left(end + 2)));
                const int body = length.hasMatch() ? length.captured(1).toInt() : 0;
                if (m_buffer.size() >= end + 4 + body) {
                    m_buffer.remove(0, end + 4 + body);
                    return status;
                }
            }
            char chunk[4096];
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (n <= 0) {
                close();
                return 0;
            }
            m_buffer.append(chunk, static_cast<int>(n));
        }
    }
    int m_port;
    int m_fd = -1;
    QByteArray m_buffer;
};

// A partner's call as nginx receives it, from the partners' own network.
QByteArray throughNginx(const QString &key) {
    return "X-Api-Key: " + key.toLatin1() + "\r\nX-Forwarded-For: 10.20.1.7\r\n";
}

// Calls made by callers on their own threads, each with its start time and whether it was let
// through.
struct CallLog {
    std::vector<std::pair<std::int64_t, bool>> calls; // start (Unix µs), allowed
};

class Callers {
public:
    Callers(int port, const QStringList &keys, int threads) {
        m_logs.resize(static_cast<size_t>(threads));
        for (int t = 0; t < threads; ++t) {
            m_threads.emplace_back([this, port, keys, t] {
                HttpProbe probe(port);
                CallLog &log = m_logs[static_cast<size_t>(t)];
                for (qsizetype i = t; !m_stop.load(); ++i) {
                    const std::int64_t started = nowMicros();
                    const int status = probe.get("/api/certificate/verify",
                                                 throughNginx(keys.at(i % keys.size())));
                    log.calls.emplace_back(started, status == 200);
                }
            });
        }
    }
    std::vector<std::pair<std::int64_t, bool>> stop() {
        m_stop = true;
        for (auto &t : m_threads)
            t.join();
        std::vector<std::pair<std::int64_t, bool>> all;
        for (const CallLog &l : m_logs)
            all.insert(all.end(), l.calls.begin(), l.calls.end());
        std::sort(all.begin(), all.end());
        return all;
    }

private:
    std::atomic<bool> m_stop{false};
    std::vector<std::thread> m_threads;
    std::vector<CallLog> m_logs;
};

// The daemon's decision-time histogram from /metrics, as counts per microsecond bucket.
std::vector<double> decisionBuckets(int port) {
    QProcess curl; // /metrics is plain text: curl reads it whole
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-s"), QStringLiteral("http://127.0.0.1:%1/metrics").arg(port)});
    curl.waitForFinished(10000);
    std::vector<double> cumulative;
    const QString text = QString::fromUtf8(curl.readAllStandardOutput());
    static const QRegularExpression bucket(
        QStringLiteral("cowin_gatewayd_decision_seconds_bucket\\{le=\"([0-9.e+-]+|\\+Inf)\"\\} "
                       "([0-9]+)"));
    for (auto m = bucket.globalMatch(text); m.hasNext();) {
        const auto hit = m.next();
        const double le =
            hit.captured(1) == QLatin1String("+Inf") ? 1e9 : hit.captured(1).toDouble() * 1e6;
        const auto index = static_cast<size_t>(std::lround(le)) - 1;
        if (le < 1e9) {
            if (cumulative.size() <= index)
                cumulative.resize(index + 1, -1);
            cumulative[index] = hit.captured(2).toDouble();
        }
    }
    // Buckets left out of the text hold what the one below holds.
    for (size_t i = 1; i < cumulative.size(); ++i)
        if (cumulative[i] < 0)
            cumulative[i] = cumulative[i - 1];
    return cumulative;
}

double bucketPercentile(const std::vector<double> &before, const std::vector<double> &after,
                        double p) {
    if (after.empty())
        return 0;
    const double total = after.back() - (before.empty() ? 0 : before.back());
    for (size_t i = 0; i < after.size(); ++i) {
        const double below = after[i] - (i < before.size() ? before[i] : 0);
        if (below >= p * total)
            return static_cast<double>(i + 1); // µs, the bucket's upper edge
    }
    return static_cast<double>(after.size());
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QString dsn = qEnvironmentVariable("COWIN_BENCH_DSN");
    db::PgConnection dba;
    must(dba.openConnectionString(dsn, QStringLiteral("bench")), "connect");
    QString dbUser;
    const db::ConnectionProfile profile = db::ConnectionProfile::fromConnectionString(dsn, &dbUser);

    const PartnerKeys keys = makePartnerKeys(dba, 200);
    const ServiceLogin gateway = makeGatewayLogin(dba, QStringLiteral("edge_gw"));
    const Commander ic = makeCommander(dba, QStringLiteral("edge_ic"));

    QTemporaryDir work;
    if (!work.isValid())
        die(QStringLiteral("no temporary folder"));
    // nginx's workers run as their own user and reach the daemons' socket files through it.
    QFile::setPermissions(work.path(), QFile::permissions(work.path()) | QFileDevice::ExeOther);
    int daemonPorts[2] = {freePort(), freePort()};
    QProcess daemons[2];
    for (int i : {0, 1}) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), gateway.password);
        daemons[i].setProcessEnvironment(env);
        daemons[i].setProcessChannelMode(QProcess::ForwardedErrorChannel);
        endWithParent(daemons[i]);
        daemons[i].start(
            QStringLiteral(COWIN_GATEWAYD),
            {QStringLiteral("--dsn"),
             QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
                 .arg(profile.hosts, profile.ports, profile.database, gateway.name),
             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(daemonPorts[i]),
             QStringLiteral("--listen"),
             QStringLiteral("unix:%1").arg(
                 work.filePath(QStringLiteral("gatewayd-%1.sock").arg(i))),
             QStringLiteral("--gateway-id"),
             QStringLiteral("bench-edge-%1-%2").arg(QCoreApplication::applicationPid()).arg(i + 1),
             QStringLiteral("--lease-ms"), QString::number(kLeaseMs), QStringLiteral("--threads"),
             QStringLiteral("1")});
        if (!daemons[i].waitForStarted(10000))
            die(QStringLiteral("cowin-gatewayd did not start"));
    }
    gateway::EdgeProxyConfig proxy;
    proxy.workDir = work.filePath(QStringLiteral("nginx"));
    proxy.snippetsDir = QStringLiteral(COWIN_NGINX_SNIPPETS);
    // nginx asks the daemons on their socket files (no TCP on the way); /metrics and the
    // direct calls below use their ports.
    const bool overSockets = qEnvironmentVariable("COWIN_BENCH_EDGE_TCP") != QLatin1String("1");
    for (int i : {0, 1})
        proxy.daemons << (overSockets ? QStringLiteral("unix:%1").arg(work.filePath(
                                            QStringLiteral("gatewayd-%1.sock").arg(i)))
                                      : QStringLiteral("127.0.0.1:%1").arg(daemonPorts[i]));
    proxy.listenPort = freePort();
    proxy.upstreamPort = freePort();
    proxy.workers = 2;
    proxy.clientAddressFromLoopback = true;
    proxy.referenceWithoutDaemon = true;
    QDir().mkpath(proxy.workDir);
    {
        QFile conf(proxy.configPath());
        if (!conf.open(QIODevice::WriteOnly) || conf.write(proxy.text()) < 0)
            die(QStringLiteral("cannot write the nginx configuration"));
    }
    QProcess nginx;
    nginx.setProcessChannelMode(QProcess::ForwardedChannels);
    endWithParent(nginx);
    nginx.start(QStringLiteral("nginx"), proxy.arguments());
    if (!nginx.waitForStarted(10000))
        die(QStringLiteral("nginx did not start"));
    {
        HttpProbe probe(proxy.listenPort);
        int status = 0;
        for (int i = 0; i < 200 && status != 200; ++i) {
            QThread::msleep(50);
            status = probe.get("/api/certificate/verify", throughNginx(keys.valid.first()));
        }
        if (status != 200)
            die(QStringLiteral("a valid call is not let through (%1)").arg(status));
    }

    // 1. Throughput through nginx (wrk), valid keys from the partners' own network.
    {
        QFile script(work.filePath(QStringLiteral("calls.lua")));
        if (!script.open(QIODevice::WriteOnly))
            die(QStringLiteral("cannot write the wrk script"));
        QByteArray lua = "local keys = {";
        for (int i = 0; i < 100 && i < keys.valid.size(); ++i)
            lua += "\"" + keys.valid.at(i).toLatin1() + "\",";
        lua += "}\nlocal n = 0\nrequest = function()\n  n = n + 1\n"
               "  return wrk.format(\"GET\", wrk.path, "
               "{[\"X-Api-Key\"] = keys[(n % #keys) + 1], [\"X-Forwarded-For\"] = \"10.20.1.7\"})\n"
               "end\n";
        script.write(lua);
        script.close();
        struct WrkFigures {
            double rate = 0, p50 = 0, p99 = 0;
            QString other;
        };
        auto runWrk = [&](const QString &path) {
            QProcess wrk;
            wrk.start(QStringLiteral("wrk"),
                      {QStringLiteral("-t2"), QStringLiteral("-c64"), QStringLiteral("-d15s"),
                       QStringLiteral("--latency"), QStringLiteral("-s"), script.fileName(),
                       QStringLiteral("http://127.0.0.1:%1%2").arg(proxy.listenPort).arg(path)});
            if (!wrk.waitForFinished(60000) || wrk.exitCode() != 0)
                die(QStringLiteral("wrk failed: %1")
                        .arg(QString::fromUtf8(wrk.readAllStandardError())));
            const QString out = QString::fromUtf8(wrk.readAllStandardOutput());
            auto millis = [&out](const char *percent) {
                const auto m = QRegularExpression(QStringLiteral("\\n\\s+%1%\\s+([0-9.]+)(us|ms|s)")
                                                      .arg(QLatin1String(percent)))
                                   .match(out);
                const double v = m.captured(1).toDouble();
                return m.captured(2) == QLatin1String("us")  ? v / 1000
                       : m.captured(2) == QLatin1String("s") ? v * 1000
                                                             : v;
            };
            const auto rate =
                QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(out);
            const auto other =
                QRegularExpression(QStringLiteral("Non-2xx or 3xx responses: ([0-9]+)")).match(out);
            return WrkFigures{rate.captured(1).toDouble(), millis("50"), millis("99"),
                              other.hasMatch() ? other.captured(1) : QStringLiteral("0")};
        };
        const auto before0 = decisionBuckets(daemonPorts[0]);
        const auto before1 = decisionBuckets(daemonPorts[1]);
        const WrkFigures daemons2 = runWrk(QStringLiteral("/api/certificate/verify"));
        const auto after0 = decisionBuckets(daemonPorts[0]);
        const auto after1 = decisionBuckets(daemonPorts[1]);
        const WrkFigures reference = runWrk(QStringLiteral("/reference/api/certificate/verify"));
        QFile::remove(script.fileName()); // it held keys
        say(QStringLiteral("through nginx, 2 daemons, wrk 64 connections for 15 s: %1 calls/s "
                           "(target >= 20,000), p50 %2 ms, p99 %3 ms (target <= 5 ms); %4 "
                           "answers other than 200")
                .arg(daemons2.rate, 0, 'f', 0)
                .arg(daemons2.p50, 0, 'f', 3)
                .arg(daemons2.p99, 0, 'f', 3)
                .arg(daemons2.other));
        say(QStringLiteral("the same path with nginx answering the authorization itself (no "
                           "daemon; the ceiling for any adapter here): %1 calls/s, p50 %2 ms, "
                           "p99 %3 ms; the daemons reach %4 of it")
                .arg(reference.rate, 0, 'f', 0)
                .arg(reference.p50, 0, 'f', 3)
                .arg(reference.p99, 0, 'f', 3)
                .arg(reference.rate > 0 ? daemons2.rate / reference.rate : 0, 0, 'f', 2));
        for (int i : {0, 1}) {
            const auto &after = i == 0 ? after0 : after1;
            const auto &before = i == 0 ? before0 : before1;
            say(QStringLiteral("daemon %1's own decision time: p50 <= %2 µs, p99 <= %3 µs "
                               "(target p99 <= 50 µs)")
                    .arg(i + 1)
                    .arg(bucketPercentile(before, after, 0.5), 0, 'f', 0)
                    .arg(bucketPercentile(before, after, 0.99), 0, 'f', 0));
        }
    }

    // 2. The kill-switch engaged from the console client while calls run, again and again.
    {
        test::ConsoleCalls commander;
        must(commander.connectAs(profile, ic.name, ic.password), "commander connect");
        if (!must(commander.signIn.submitOtp(auth::Totp(ic.secret).now()), "otp").sessionOpened)
            die(QStringLiteral("no session"));
        constexpr int kRounds = 20;
        std::vector<double> ackMs;
        QStringList rounds; // each round's two acknowledgements, ms after the commit
        qint64 allowedBetween = 0, allowedAfter = 0, callsAfter = 0;
        for (int round = 0; round < kRounds; ++round) {
            // The first switch-off with a real code typed in the client; the rounds after it
            // with step-up attempts recorded as an accepted code would be (one code a 30 s
            // step would make this benchmark take ten minutes).
            qint64 attempt = 0;
            if (round == 0) {
                for (int wait = 0; wait < 40 && attempt == 0; ++wait) {
                    auto v =
                        must(commander.signIn.submitOtp(auth::Totp(ic.secret).now()), "step-up");
                    if (v.outcome == login::OtpVerdict::Outcome::Accepted)
                        attempt = v.attemptId;
                    else
                        QThread::sleep(1);
                }
            } else {
                attempt = must(dba.exec(QStringLiteral(
                                            "INSERT INTO private.otp_attempt (role_name, purpose, "
                                            "method, outcome, attempts_left, created_xact) VALUES "
                                            "($1, 'step_up', 'totp', 'accepted', 5, "
                                            "pg_current_xact_id()) RETURNING id"),
                                        {ic.name}),
                               "step-up attempt")
                              .int64(0, 0);
            }
            Callers callers(proxy.listenPort, keys.valid, 4);
            QThread::msleep(500);
            const qint64 incident =
                must(commander.killSwitch.engage(QStringLiteral("everything"), {},
                                                 QStringLiteral("benchmark"), attempt),
                     "engage");
            // Both acknowledgements, with the commit's and each acknowledgement's time as the
            // server wrote them (one clock for the callers and the server: this machine's).
            db::PgResult acks;
            for (int wait = 0; wait < 400; ++wait) {
                acks = must(dba.exec(QStringLiteral(
                                         "SELECT (extract(epoch FROM i.engaged_at) * 1e6)::bigint, "
                                         "(extract(epoch FROM a.acknowledged_at) * 1e6)::bigint "
                                         "FROM private.gateway_incident_ack a JOIN "
                                         "private.kill_switch_incident i ON i.id = a.incident_id "
                                         "WHERE a.incident_id = $1"),
                                     {incident}),
                            "acknowledgements");
                if (acks.rows() == 2)
                    break;
                QThread::msleep(5);
            }
            QThread::msleep(500);
            const auto calls = callers.stop();
            if (acks.rows() != 2)
                die(QStringLiteral("round %1: not every daemon acknowledged").arg(round));
            const std::int64_t engagedAt = acks.int64(0, 0);
            std::int64_t lastAck = 0;
            QStringList pair;
            for (int r = 0; r < 2; ++r) {
                ackMs.push_back(static_cast<double>(acks.int64(r, 1) - engagedAt) / 1000.0);
                lastAck = std::max<std::int64_t>(lastAck, acks.int64(r, 1));
                pair << QString::number(ackMs.back(), 'f', 0);
            }
            rounds << pair.join(QLatin1Char('/'));
            for (const auto &[started, allowed] : calls) {
                if (started > lastAck) {
                    ++callsAfter;
                    allowedAfter += allowed;
                } else if (started >= engagedAt) {
                    allowedBetween += allowed;
                }
            }
            must(dba.exec(QStringLiteral("UPDATE private.kill_switch_incident SET "
                                         "restore_requested_by = 'bench', restored_by = "
                                         "'bench-dba', restored_at = now() WHERE id = $1"),
                          {incident}),
                 "restore");
            QThread::msleep(300);
        }
        say(QStringLiteral("kill-switch under load, %1 rounds x 2 daemons: commit to "
                           "acknowledgement p50 %2 ms, p99 %3 ms, max %4 ms (target p99 <= 100 ms)")
                .arg(kRounds)
                .arg(percentile(ackMs, 0.5), 0, 'f', 1)
                .arg(percentile(ackMs, 0.99), 0, 'f', 1)
                .arg(*std::max_element(ackMs.begin(), ackMs.end()), 0, 'f', 1));
        say(QStringLiteral("kill-switch under load, each round's two acknowledgements (ms after "
                           "the commit): %1")
                .arg(rounds.join(QLatin1Char(' '))));
        say(QStringLiteral(
                "kill-switch under load: %1 calls allowed between a commit and the "
                "last acknowledgement; %2 of %3 calls begun after it allowed (must be 0)")
                .arg(allowedBetween)
                .arg(allowedAfter)
                .arg(callsAfter));
    }

    // 3. One daemon's database connection cut under load (its login refused meanwhile, so
    // it cannot simply connect again).
    {
        const QByteArray call = "X-Api-Key: " + keys.valid.first().toLatin1() +
                                "\r\nX-Cowin-Scope: certificate.verify\r\nX-Real-IP: 10.20.1.7\r\n";
        std::atomic<bool> stop{false};
        std::vector<std::pair<std::int64_t, int>> answers; // start (Unix µs), status
        std::thread caller([&] {
            HttpProbe probe(daemonPorts[0]); // as nginx asks it
            while (!stop.load()) {
                const std::int64_t started = nowMicros();
                answers.emplace_back(started, probe.get("/authorize", call));
            }
        });
        QThread::msleep(1000);
        auto alterLogin = [&](const char *what) {
            const QString sql = must(dba.exec(QStringLiteral("SELECT pg_catalog.format('ALTER ROLE "
                                                             "%I %s', $1::text, $2::text)"),
                                              {gateway.name, QString::fromLatin1(what)}),
                                     "alter role")
                                    .text(0, 0);
            must(dba.execScript(sql), "alter role");
        };
        alterLogin("NOLOGIN");
        const std::int64_t cutAt = nowMicros();
        must(dba.exec(QStringLiteral("SELECT pg_catalog.pg_terminate_backend(pid) FROM "
                                     "pg_catalog.pg_stat_activity WHERE application_name = $1"),
                      {QStringLiteral("cowin-gatewayd bench-edge-%1-1")
                           .arg(QCoreApplication::applicationPid())}),
             "cut");
        QThread::msleep(kLeaseMs + 1000);
        stop = true;
        caller.join();
        alterLogin("LOGIN");
        std::int64_t firstStale = 0;
        qint64 allowedBefore = 0, allowedAfter = 0, after = 0;
        for (const auto &[started, status] : answers) {
            if (started < cutAt)
                continue;
            if (firstStale == 0 && status == 403)
                firstStale = started;
            if (firstStale == 0)
                allowedBefore += status == 204;
            else {
                ++after;
                allowedAfter += status == 204;
            }
        }
        const auto cutDone = SystemClock::now();
        HttpProbe health(daemonPorts[0]);
        while (health.get("/healthz", {}) != 200 &&
               SystemClock::now() - cutDone < std::chrono::seconds(30))
            QThread::msleep(10);
        say(QStringLiteral("a daemon's connection cut under load: failed closed %1 ms after the "
                           "cut (lease %2 ms), %3 calls allowed before that, %4 of %5 calls "
                           "after it allowed (must be 0); deciding again %6 ms after its login "
                           "was allowed back")
                .arg(firstStale ? static_cast<double>(firstStale - cutAt) / 1000.0 : -1.0, 0, 'f',
                     1)
                .arg(kLeaseMs)
                .arg(allowedBefore)
                .arg(allowedAfter)
                .arg(after)
                .arg(
                    std::chrono::duration<double, std::milli>(SystemClock::now() - cutDone).count(),
                    0, 'f', 0));
    }

    nginx.terminate();
    nginx.waitForFinished(5000);
    for (QProcess &d : daemons) {
        d.terminate();
        d.waitForFinished(5000);
    }
    return 0;
}
