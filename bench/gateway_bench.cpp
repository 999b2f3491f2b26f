// SPDX-License-Identifier: Apache-2.0
// Partner gateways under load while the kill-switch is engaged from the real client class:
// 8, then 32 gateway connections call gateway.authorize in a loop with a realistic key mix
// (mostly valid; some unknown, revoked, wrong scope, wrong address); 10 more connections
// LISTEN on cowin_api_state. Prints authorize throughput and latency before the switch, the
// allowed answers to calls that began after the switch committed (must be 0), each gateway's
// time from the commit to its first kill_switch denial, and the notification latency.
// First, gateway.authorize side by side with the function it replaced (bench/reference) under
// pgbench: the same 8 clients and key mix, in alternating rounds so both see the same machine.
#include "BenchSupport.h"
#include "PartnerKeys.h"
#include "Pgbench.h"
#include "auth/SecureRandom.h"
#include "auth/Totp.h"
#include "db/AdminClient.h"
#include "support/ConsoleCalls.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <poll.h>
#include <thread>
#include <vector>

using namespace cowin;
using namespace cowin::bench;
using Clock = std::chrono::steady_clock;

namespace {
double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

struct Call {
    QString key;
    QString scope;
    QString ip;
};

struct GatewayResult {
    std::vector<double> latenciesBefore; // ms, calls that ended before the switch began
    qint64 callsBefore = 0;
    qint64 allowedAfterCommit = 0; // calls that began after the commit and were allowed
    qint64 callsAfterCommit = 0;
    double firstDenialMs = -1; // from the commit to this gateway's first kill_switch denial
};

// Unknown keys come from their own address, as a guesser's would: past the limit that address
// is cooled off (too_many_failures) and the partners' own address is not.
const QString kGuesserAddress = QStringLiteral("198.51.100.23");

// A mix like a gateway's traffic: 85% valid, then unknown, revoked, wrong scope, wrong IP.
std::vector<Call> keyMix(const QStringList &valid, const QStringList &revoked) {
    std::vector<Call> mix;
    for (int i = 0; i < 1000; ++i) {
        const QString key = valid.at(i % valid.size());
        if (i % 100 < 85)
            mix.push_back({key, QStringLiteral("certificate.verify"), QStringLiteral("10.20.1.7")});
        else if (i % 100 < 90)
            mix.push_back({QStringLiteral("cwk_%1").arg(QString(64, QLatin1Char('0'))),
                           QStringLiteral("certificate.verify"), kGuesserAddress});
        else if (i % 100 < 94)
            mix.push_back({revoked.at(i % revoked.size()), QStringLiteral("certificate.verify"),
                           QStringLiteral("10.20.1.7")});
        else if (i % 100 < 97)
            mix.push_back({key, QStringLiteral("appointment.book"), QStringLiteral("10.20.1.7")});
        else
            mix.push_back({key, QStringLiteral("certificate.verify"), QStringLiteral("192.0.2.1")});
    }
    return mix;
}

// One script per kind of call, weighted like keyMix(): pgbench picks one per call.
QStringList writeScripts(const QDir &dir, const QString &function, const QStringList &valid,
                         const QStringList &revoked) {
    struct Kind {
        QString key, scope, ip;
        int weight;
    };
    std::vector<Kind> kinds;
    for (int i = 0; i < 5; ++i)
        kinds.push_back({valid.at(i * 7 % valid.size()), QStringLiteral("certificate.verify"),
                         QStringLiteral("10.20.1.7"), 17});
    kinds.push_back({QStringLiteral("cwk_%1").arg(QString(64, QLatin1Char('0'))),
                     QStringLiteral("certificate.verify"), kGuesserAddress, 5});
    kinds.push_back(
        {revoked.first(), QStringLiteral("certificate.verify"), QStringLiteral("10.20.1.7"), 4});
    kinds.push_back(
        {valid.first(), QStringLiteral("appointment.book"), QStringLiteral("10.20.1.7"), 3});
    kinds.push_back(
        {valid.first(), QStringLiteral("certificate.verify"), QStringLiteral("192.0.2.1"), 3});
    QStringList arguments;
    for (size_t i = 0; i < kinds.size(); ++i) {
        const QString path = dir.filePath(QStringLiteral("%1_%2.sql").arg(function).arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            die(QStringLiteral("cannot write %1").arg(path));
        // Keys are cwk_ and hex digits, scopes and addresses are ours: nothing to quote.
        file.write(QStringLiteral("SELECT allowed, reason FROM %1('%2', '%3', '%4');\n")
                       .arg(function, kinds[i].key, kinds[i].scope, kinds[i].ip)
                       .toUtf8());
        arguments << QStringLiteral("-f") << QStringLiteral("%1@%2").arg(path).arg(kinds[i].weight);
    }
    return arguments;
}

// Today's function against the one it replaced: three alternating rounds of 10 s each.
void authorizeSideBySide(db::PgConnection &dba, const PgbenchTarget &target,
                         const QStringList &valid, const QStringList &revoked) {
    QFile reference(QStringLiteral(COWIN_BENCH_REFERENCE_DIR "/authorize_before.sql"));
    if (!reference.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(reference.fileName()));
    must(dba.execScript(QString::fromUtf8(reference.readAll())), "reference function");
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary folder"));
    const QDir scriptsDir(dir.path());
    struct Side {
        QString label;
        QStringList scripts;
        std::vector<double> rates;
        std::vector<double> latencies;
    };
    Side before{QStringLiteral("before (bench/reference/authorize_before.sql)"),
                writeScripts(scriptsDir, QStringLiteral("bench_reference.authorize_before"), valid,
                             revoked),
                {},
                {}};
    Side now{QStringLiteral("now (gateway.authorize)"),
             writeScripts(scriptsDir, QStringLiteral("gateway.authorize"), valid, revoked),
             {},
             {}};
    for (int round = 0; round < 3; ++round) {
        for (Side *side : {&before, &now}) {
            PgbenchFigures f =
                pgbenchRound(target, side->scripts, scriptsDir, QStringLiteral("round"), 10);
            side->rates.push_back(f.callsPerSecond);
            side->latencies.insert(side->latencies.end(), f.latencies.begin(), f.latencies.end());
        }
    }
    for (const Side *side : {&before, &now})
        say(QStringLiteral("authorize, pgbench 8 clients, %1: median of 3 rounds %2 calls/s "
                           "(rounds %3, %4, %5), p50 %6 ms, p99 %7 ms")
                .arg(side->label)
                .arg(percentile(side->rates, 0.5), 0, 'f', 0)
                .arg(side->rates[0], 0, 'f', 0)
                .arg(side->rates[1], 0, 'f', 0)
                .arg(side->rates[2], 0, 'f', 0)
                .arg(percentile(side->latencies, 0.5), 0, 'f', 3)
                .arg(percentile(side->latencies, 0.99), 0, 'f', 3));
    std::vector<double> ratios;
    for (int round = 0; round < 3; ++round)
        ratios.push_back(now.rates[static_cast<size_t>(round)] /
                         before.rates[static_cast<size_t>(round)]);
    say(QStringLiteral("authorize now / before, round by round: median %1x (target >= 2x); "
                       "p99 now %2 ms (target <= 1.5 ms)")
            .arg(percentile(ratios, 0.5), 0, 'f', 2)
            .arg(percentile(now.latencies, 0.99), 0, 'f', 3));
}

void runLoad(const QString &dsnForGateway, int gateways, const std::vector<Call> &mix,
             test::ConsoleCalls &commander, const QByteArray &secret) {
    std::atomic<bool> stop{false};
    std::atomic<int> ready{0};
    std::atomic<Clock::rep> commitAt{0}; // 0 until the switch has committed
    std::atomic<Clock::rep> switchStart{0};
    std::vector<GatewayResult> results(static_cast<size_t>(gateways));
    std::vector<std::thread> threads;
    for (int g = 0; g < gateways; ++g) {
        threads.emplace_back([&, g] {
            db::PgConnection c;
            if (!c.openConnectionString(dsnForGateway, QStringLiteral("gateway-bench")).isOk())
                die(QStringLiteral("gateway cannot connect"));
            GatewayResult &r = results[static_cast<size_t>(g)];
            ++ready;
            size_t i = static_cast<size_t>(g) * 37;
            while (!stop.load()) {
                const Call &call = mix[i++ % mix.size()];
                const auto begun = Clock::now();
                auto answer = c.exec(QStringLiteral("SELECT allowed, reason FROM "
                                                    "gateway.authorize($1, $2, $3::inet)"),
                                     {call.key, call.scope, call.ip});
                const auto ended = Clock::now();
                if (!answer.isOk())
                    die(QStringLiteral("authorize failed: %1").arg(answer.error().sqlState));
                const Clock::rep committed = commitAt.load();
                const Clock::rep started = switchStart.load();
                if (started == 0 || ended.time_since_epoch().count() < started) {
                    r.latenciesBefore.push_back(ms(ended - begun));
                    ++r.callsBefore;
                }
                if (committed != 0 && begun.time_since_epoch().count() > committed) {
                    ++r.callsAfterCommit;
                    if (answer.value().boolean(0, 0))
                        ++r.allowedAfterCommit;
                }
                if (committed != 0 && r.firstDenialMs < 0 &&
                    answer.value().text(0, 1) == QLatin1String("kill_switch"))
                    r.firstDenialMs = ms(ended - Clock::time_point(Clock::duration(committed)));
            }
        });
    }
    // Ten consoles listening, each on its own thread, noting when the notice arrives.
    std::vector<Clock::rep> received(10, 0);
    std::atomic<int> listening{0};
    std::vector<std::thread> listeners;
    for (int l = 0; l < 10; ++l) {
        listeners.emplace_back([&, l] {
            db::PgConnection c;
            if (!c.openConnectionString(dsnForGateway, QStringLiteral("listener")).isOk())
                die(QStringLiteral("listener cannot connect"));
            c.listen({"cowin_api_state"});
            ++listening;
            while (!stop.load() && received[static_cast<size_t>(l)] == 0) {
                pollfd p{c.socketDescriptor(), POLLIN, 0};
                ::poll(&p, 1, 20);
                if (!c.takeNotifications("cowin_api_state").isEmpty())
                    received[static_cast<size_t>(l)] = Clock::now().time_since_epoch().count();
            }
        });
    }
    while (listening.load() < 10)
        std::this_thread::yield();
    while (ready.load() < gateways)
        std::this_thread::yield();
    const auto loadStart = Clock::now();
    std::this_thread::sleep_for(std::chrono::seconds(5));

    // The switch, from the real client class, confirmed with a step-up code.
    const auth::Totp totp(secret);
    qint64 attempt = 0;
    for (int wait = 0; wait < 40 && attempt == 0; ++wait) {
        auto v = must(commander.signIn.submitOtp(totp.now()), "step-up");
        if (v.outcome == login::OtpVerdict::Outcome::Accepted)
            attempt = v.attemptId;
        else
            QThread::sleep(1);
    }
    switchStart = Clock::now().time_since_epoch().count();
    const auto engageBegan = Clock::now();
    must(commander.killSwitch.engage(QStringLiteral("everything"), {}, QStringLiteral("benchmark"),
                                     attempt),
         "engage");
    const auto committed = Clock::now();
    commitAt = committed.time_since_epoch().count();

    std::this_thread::sleep_for(std::chrono::seconds(3));
    stop = true;
    for (auto &t : threads)
        t.join();
    for (auto &t : listeners)
        t.join();
    // The commit lies somewhere inside the engage call, and on a loaded machine a notice
    // often arrives before the call's own answer: so the latency is measured from the call's
    // start, an upper bound on the time from the commit.
    std::vector<double> notified;
    for (Clock::rep at : received) {
        if (at != 0)
            notified.push_back(ms(Clock::time_point(Clock::duration(at)) - engageBegan));
    }

    std::vector<double> before;
    qint64 callsBefore = 0, allowedAfter = 0, callsAfter = 0;
    std::vector<double> firstDenials;
    for (const GatewayResult &r : results) {
        before.insert(before.end(), r.latenciesBefore.begin(), r.latenciesBefore.end());
        callsBefore += r.callsBefore;
        allowedAfter += r.allowedAfterCommit;
        callsAfter += r.callsAfterCommit;
        if (r.firstDenialMs >= 0)
            firstDenials.push_back(r.firstDenialMs);
    }
    const double beforeSeconds = ms(engageBegan - loadStart) / 1000.0;
    say(QStringLiteral("%1 gateways: before the switch %2 authorize/s, p50 %3 ms, p99 %4 ms "
                       "(%5 calls)")
            .arg(gateways)
            .arg(static_cast<double>(callsBefore) / beforeSeconds, 0, 'f', 0)
            .arg(percentile(before, 0.5), 0, 'f', 3)
            .arg(percentile(before, 0.99), 0, 'f', 3)
            .arg(callsBefore));
    say(QStringLiteral("%1 gateways: engage call %2 ms; after its commit %3 calls began, %4 of "
                       "them allowed (must be 0)")
            .arg(gateways)
            .arg(ms(committed - engageBegan), 0, 'f', 1)
            .arg(callsAfter)
            .arg(allowedAfter));
    say(QStringLiteral("%1 gateways: commit to first kill_switch denial, per gateway: p50 %2 ms, "
                       "max %3 ms (%4 of %1 gateways denied)")
            .arg(gateways)
            .arg(percentile(firstDenials, 0.5), 0, 'f', 2)
            .arg(firstDenials.empty() ? 0
                                      : *std::max_element(firstDenials.begin(), firstDenials.end()),
                 0, 'f', 2)
            .arg(firstDenials.size()));
    say(QStringLiteral("%1 gateways: NOTIFY cowin_api_state to 10 listeners, from the start of "
                       "the engage call: p50 %2 ms, p99 %3 ms (%4 of 10 received)")
            .arg(gateways)
            .arg(percentile(notified, 0.5), 0, 'f', 2)
            .arg(percentile(notified, 0.99), 0, 'f', 2)
            .arg(notified.size()));
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QString dsn = qEnvironmentVariable("COWIN_BENCH_DSN");
    db::PgConnection dba;
    must(dba.openConnectionString(dsn, QStringLiteral("bench")), "connect");

    // 200 partners with 5 keys each; every tenth key revoked.
    const PartnerKeys keys = makePartnerKeys(dba, 200);
    const QStringList &valid = keys.valid;
    const QStringList &revoked = keys.revoked;

    // The gateways' login.
    const ServiceLogin gateway = makeGatewayLogin(dba, QStringLiteral("bench_gw"));
    QString dbUser;
    db::ConnectionProfile profile = db::ConnectionProfile::fromConnectionString(dsn, &dbUser);
    QString gatewayDsn =
        QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 password=%5")
            .arg(profile.hosts, profile.ports, profile.database, gateway.name, gateway.password);
    const std::vector<Call> mix = keyMix(valid, revoked);
    authorizeSideBySide(dba, PgbenchTarget{profile, gateway.name, gateway.password}, valid,
                        revoked);

    for (int gateways : {8, 32}) {
        const Commander ic = makeCommander(dba, QStringLiteral("bench_ic_%1").arg(gateways));
        test::ConsoleCalls commander;
        must(commander.connectAs(profile, ic.name, ic.password), "commander connect");
        if (!must(commander.signIn.submitOtp(auth::Totp(ic.secret).now()), "otp").sessionOpened)
            die(QStringLiteral("no session"));
        runLoad(gatewayDsn, gateways, mix, commander, ic.secret);
        // Restore between runs (as a DBA: the two-person rule is tested elsewhere).
        dba.exec(QStringLiteral("UPDATE private.kill_switch_incident SET restore_requested_by = "
                                "'bench', restored_by = 'bench-dba', restored_at = now() "
                                "WHERE restored_at IS NULL"));
    }
    return 0;
}
