// SPDX-License-Identifier: Apache-2.0
// What the security path costs: the session gate on every call, and the hash-chained audit
// append that every change pays (serialised by one advisory lock). Prints figures; run it
// with bench/run, which starts a throwaway cluster.
#include "BenchSupport.h"
#include "auth/SecureRandom.h"
#include "auth/Totp.h"
#include "db/AdminClient.h"
#include "support/ConsoleCalls.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace cowin;

namespace {
struct Latencies {
    std::vector<double> ms;
    double percentile(double p) {
        std::sort(ms.begin(), ms.end());
        return ms.empty() ? 0 : ms[static_cast<size_t>(p * static_cast<double>(ms.size() - 1))];
    }
};

template <typename Call> Latencies measure(int n, Call call) {
    Latencies l;
    l.ms.reserve(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        if (!call())
            qFatal("benchmark call failed");
        l.ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    return l;
}

// One transaction per statement from each writer; statement takes $1 (the writer) and $2 (i).
double appendRate(const QString &dsn, int writers, int eventsEach, const QString &statement) {
    std::vector<std::thread> threads;
    std::atomic<int> ready{0};
    QElapsedTimer total;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] {
            db::PgConnection c;
            if (!c.openConnectionString(dsn, QStringLiteral("bench")).isOk())
                qFatal("cannot connect");
            ++ready;
            while (ready.load() < writers)
                std::this_thread::yield();
            for (int i = 0; i < eventsEach; ++i) {
                auto r = c.exec(statement, {QString::number(w), i});
                if (!r.isOk())
                    qFatal("append failed: %s", qPrintable(r.error().message));
            }
        });
    }
    while (ready.load() < writers)
        std::this_thread::yield();
    total.start();
    for (auto &t : threads)
        t.join();
    return writers * eventsEach / (static_cast<double>(total.nsecsElapsed()) / 1e9);
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QString dsn = qEnvironmentVariable("COWIN_BENCH_DSN");
    if (dsn.isEmpty()) {
        std::fprintf(
            stderr, "COWIN_BENCH_DSN (a superuser connection string) is required; use bench/run\n");
        return 2;
    }
    const int calls = 3000;
    db::PgConnection dba;
    if (!dba.openConnectionString(dsn, QStringLiteral("bench")).isOk())
        return 2;
    db::AdminClient admin(dba);
    const QString name = QStringLiteral("bench_%1").arg(QCoreApplication::applicationPid());
    const QString password = QStringLiteral("Bench-Password-%1")
                                 .arg(QString::fromLatin1(auth::secureRandomBytes(6).toHex()));
    // An enrolled auditor with this password; its TOTP secret, or empty when it cannot be made.
    const auto enrolledAuditor = [&admin, &password](const QString &login) {
        if (!admin
                 .createOperator(login, QStringLiteral("Benchmark"), {QStringLiteral("auditor")},
                                 password, false)
                 .isOk())
            return QByteArray();
        const QByteArray secret = auth::secureRandomBytes(20);
        return admin.demoEnrol(login, secret).isOk() ? secret : QByteArray();
    };
    const QByteArray secret = enrolledAuditor(name);
    if (secret.isEmpty())
        return 2;

    QString dbUser;
    const db::ConnectionProfile profile = db::ConnectionProfile::fromConnectionString(dsn, &dbUser);
    // Whole sign-ins as an operator makes them: a new SCRAM connection, then the code (its
    // attempt committed, then its outcome read). One operator each, since a code is good once.
    std::vector<double> connectMs;
    std::vector<double> codeMs;
    std::vector<double> signInMs;
    for (int i = 0; i < 15; ++i) {
        const QString each = QStringLiteral("%1_s%2").arg(name).arg(i);
        const QByteArray eachSecret = enrolledAuditor(each);
        if (eachSecret.isEmpty())
            return 2;
        test::ConsoleCalls signingIn;
        QElapsedTimer t;
        t.start();
        if (!signingIn.connectAs(profile, each, password).isOk())
            return 2;
        const double connected = static_cast<double>(t.nsecsElapsed()) / 1e6;
        auto verdict = signingIn.signIn.submitOtp(auth::Totp(eachSecret).now());
        const double total = static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (!verdict.isOk() || !verdict.value().sessionOpened)
            return 2;
        connectMs.push_back(connected);
        codeMs.push_back(total - connected);
        signInMs.push_back(total);
    }

    test::ConsoleCalls console;
    if (!console.connectAs(profile, name, password).isOk())
        return 2;
    const auth::Totp totp(secret);
    auto verdict = console.signIn.submitOtp(totp.now());
    if (!verdict.isOk() || !verdict.value().sessionOpened)
        return 2;

    Latencies plain =
        measure(calls, [&] { return console.raw().exec(QStringLiteral("SELECT 1")).isOk(); });
    Latencies gated = measure(calls, [&] { return console.sessionPing().isOk(); });
    Latencies head = measure(200, [&] { return console.audit.head().isOk(); });

    const int version = dba.serverVersion().toInt();
    std::printf("cowin security path, PostgreSQL %d.%d, Unix socket, fsync on, %d calls each\n",
                version / 10000, version % 100, calls);
    std::printf("  sign-in (SCRAM connect, then otp_submit committed and otp_outcome), median of "
                "%zu: %.2f ms (connect %.2f ms, code and outcome %.2f ms); p90 %.2f ms; "
                "target <= 11 ms\n",
                signInMs.size(), bench::percentile(signInMs, 0.5),
                bench::percentile(connectMs, 0.5), bench::percentile(codeMs, 0.5),
                bench::percentile(signInMs, 0.9));
    std::printf("  SELECT 1                  p50 %.3f ms  p99 %.3f ms\n", plain.percentile(0.5),
                plain.percentile(0.99));
    std::printf("  console.session_ping()    p50 %.3f ms  p99 %.3f ms  (gate: token hash, owner, "
                "expiry, groups)\n",
                gated.percentile(0.5), gated.percentile(0.99));
    std::printf("  gate overhead ratio (p50 gated / p50 SELECT 1): %.2f\n",
                gated.percentile(0.5) / plain.percentile(0.5));
    std::printf(
        "  console.audit_head()      p50 %.3f ms  p99 %.3f ms  (exact count(*) of the trail)\n",
        head.percentile(0.5), head.percentile(0.99));
    {
        // Many events in one transaction, as a chunk of a bulk action writes them.
        QElapsedTimer t;
        t.start();
        auto r = dba.exec(QStringLiteral(
            "SELECT count(audit.append('bench.batch', 'bench', g::text, NULL, NULL)) "
            "FROM generate_series(1, 20000) g"));
        if (!r.isOk())
            qFatal("batch append failed");
        std::printf("  audit.append, 20000 in one transaction: %.0f events/s\n",
                    20000 / (static_cast<double>(t.nsecsElapsed()) / 1e9));
    }
    // Side by side in one run: the append, and a plain INSERT into a table of the same
    // columns with only a primary key (what the disk allows one transaction at a time).
    for (const char *sql :
         {"CREATE TABLE IF NOT EXISTS public.bench_plain_event (LIKE audit.event)",
          "CREATE SEQUENCE IF NOT EXISTS public.bench_plain_event_id",
          "ALTER TABLE public.bench_plain_event DROP CONSTRAINT IF EXISTS bench_plain_pk",
          "ALTER TABLE public.bench_plain_event ADD CONSTRAINT bench_plain_pk PRIMARY KEY (id)"})
        if (!dba.exec(QString::fromLatin1(sql)).isOk())
            qFatal("cannot make the reference table");
    const QString append = QStringLiteral(
        "SELECT audit.append('bench.append', 'bench', $1, NULL, jsonb_build_object('i', $2::int))");
    const QString plainInsert = QStringLiteral(
        "INSERT INTO public.bench_plain_event (id, occurred_at, actor, action, target_type, "
        "target_id, details) VALUES (nextval('public.bench_plain_event_id'), clock_timestamp(), "
        "session_user, 'bench.append', 'bench', $1, jsonb_build_object('i', $2::int))");
    // How appends were announced before: a notice from every appending transaction.
    const QString appendAndNotify = QStringLiteral(
        "SELECT audit.append('bench.append', 'bench', $1, NULL, jsonb_build_object('i', $2::int)), "
        "pg_notify('bench_appended', '')");
    for (int writers : {1, 8}) {
        const int each = writers == 1 ? 4000 : 800;
        const double ours = appendRate(dsn, writers, each, append);
        const double before = appendRate(dsn, writers, each, appendAndNotify);
        const double reference = appendRate(dsn, writers, each, plainInsert);
        std::printf("  audit.append, one transaction per event, %d writer%s: %.0f events/s (with a "
                    "NOTIFY per transaction, as before: %.0f/s); plain INSERT %.0f/s, ratio %.2f; "
                    "target %s\n",
                    writers, writers == 1 ? " " : "s", ours, before, reference, ours / reference,
                    writers == 1 ? ">= 4,000/s" : ">= 6,000/s");
    }
    return 0;
}
