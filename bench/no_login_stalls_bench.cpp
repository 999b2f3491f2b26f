// SPDX-License-Identifier: Apache-2.0
// The attacker's review, measured. Prints figures; run it with bench/run, which starts a
// throwaway cluster (durable: fsync on).
//  1. Audit appends, one transaction per event, 1 and 8 writers: the sealed design
//     (audit.append, no lock) side by side with a reference copy of the chained design it
//     replaced (advisory lock, read the head, hash, insert) in the same cluster.
//  2. What an open transaction after one audited call costs everyone else, in both designs.
//  3. The kill-switch engaged again and again from the real client while other logins do
//     their worst: guesses and audited calls left open in transactions, floods of guesses and
//     lookups, a gateway flooding unknown keys and reaching for the old lock, a bulk reset
//     running chunk after chunk. p50/p99 of the engage call, against a quiet server.
//  4. The sealer's throughput and lag while a bulk reset writes one event per account.
#include "BenchSupport.h"
#include "auth/SecureRandom.h"
#include "auth/Totp.h"
#include "db/AdminClient.h"
#include "support/ConsoleCalls.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

using namespace cowin;
using namespace cowin::bench;

namespace {
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

QString g_dsn;
db::ConnectionProfile g_profile;

struct Login {
    QString name;
    QString password;
    QByteArray secret;
};

Login makeOperator(db::AdminClient &admin, const QString &prefix, const QString &group) {
    static int serial = 0;
    Login l;
    l.name = QStringLiteral("bench_%1_%2_%3")
                 .arg(prefix)
                 .arg(QCoreApplication::applicationPid())
                 .arg(++serial);
    l.password = QStringLiteral("Bench-Password-%1")
                     .arg(QString::fromLatin1(auth::secureRandomBytes(6).toHex()));
    must(admin.createOperator(l.name, QStringLiteral("Benchmark"), {group}, l.password, false),
         "create operator");
    l.secret = auth::secureRandomBytes(20);
    must(admin.demoEnrol(l.name, l.secret), "enrol");
    return l;
}

void signIn(test::ConsoleCalls &c, const Login &l) {
    must(c.connectAs(g_profile, l.name, l.password), "connect");
    if (!must(c.signIn.submitOtp(auth::Totp(l.secret).now()), "otp").sessionOpened)
        die(QStringLiteral("no session for %1").arg(l.name));
}

db::PgConnection &dbaConnection() {
    thread_local db::PgConnection c;
    if (!c.isOpen())
        must(c.openConnectionString(g_dsn, QStringLiteral("bench")), "connect dba");
    return c;
}

qint64 recordedStepUp(const QString &role) {
    return must(dbaConnection().exec(
                    QStringLiteral("INSERT INTO private.otp_attempt (role_name, purpose, method, "
                                   "outcome, attempts_left, created_xact) VALUES ($1, 'step_up', "
                                   "'totp', 'accepted', 5, '1'::xid8) RETURNING id"),
                    {role}),
                "step-up")
        .int64(0, 0);
}

// The chained design the sealer replaced, installed beside the real trail for comparison: the
// same columns, indexes and notice, plus prev_hash and hash, appended under one advisory lock.
void installReference(db::PgConnection &dba) {
    must(dba.execScript(QStringLiteral(R"SQL(
DROP SCHEMA IF EXISTS bench_ref CASCADE;
CREATE SCHEMA bench_ref;
CREATE SEQUENCE bench_ref.event_id_seq;
CREATE TABLE bench_ref.event (LIKE audit.event INCLUDING CONSTRAINTS INCLUDING INDEXES);
ALTER TABLE bench_ref.event ADD COLUMN prev_hash bytea NOT NULL, ADD COLUMN hash bytea NOT NULL;
CREATE TRIGGER event_appended_notify AFTER INSERT ON bench_ref.event
    FOR EACH STATEMENT EXECUTE FUNCTION private.notify_once_per_transaction('bench_ref');
CREATE FUNCTION bench_ref.append(p_action text, p_target_type text, p_target_id text,
                                 p_reason text, p_details jsonb) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v audit.event;
    v_prev bytea;
BEGIN
    PERFORM pg_catalog.pg_advisory_xact_lock(7263540099);
    SELECT e.hash INTO v_prev FROM bench_ref.event e ORDER BY e.id DESC LIMIT 1;
    v_prev := coalesce(v_prev, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
    v.id := pg_catalog.nextval('bench_ref.event_id_seq');
    v.occurred_at := pg_catalog.clock_timestamp();
    v.actor := SESSION_USER;
    v.client_addr := pg_catalog.inet_client_addr();
    v.application_name := NULLIF(pg_catalog.current_setting('application_name', true), '');
    v.action := p_action;
    v.target_type := p_target_type;
    v.target_id := p_target_id;
    v.reason := p_reason;
    v.details := p_details;
    INSERT INTO bench_ref.event SELECT v.*, v_prev, pg_catalog.sha256(v_prev || audit.canonical_bytes(v));
    RETURN v.id;
END
$$;
)SQL")),
         "install the reference");
}

double appendRate(const QString &function, int writers, int eventsEach) {
    std::vector<std::thread> threads;
    std::atomic<int> ready{0};
    Clock::time_point start;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] {
            db::PgConnection c;
            must(c.openConnectionString(g_dsn, QStringLiteral("cowin-console")), "connect");
            ++ready;
            while (ready.load() < writers)
                std::this_thread::yield();
            for (int i = 0; i < eventsEach; ++i)
                must(c.exec(QStringLiteral("SELECT %1('vaccinator.password_reset', 'vaccinator', "
                                           "$1, 'caller verified by a call back', "
                                           "jsonb_build_object('bench', $2::int))")
                                .arg(function),
                            {QString::number(w), i}),
                     "append");
        });
    }
    while (ready.load() < writers)
        std::this_thread::yield();
    start = Clock::now();
    for (auto &t : threads)
        t.join();
    return writers * eventsEach / (msSince(start) / 1000.0);
}

// How long one append waits while another login holds a transaction open after its own.
double heldAppendWait(const QString &function, int holdMs) {
    db::PgConnection holder;
    db::PgConnection other;
    must(holder.openConnectionString(g_dsn, QStringLiteral("holder")), "connect");
    must(other.openConnectionString(g_dsn, QStringLiteral("other")), "connect");
    must(holder.exec(QStringLiteral("BEGIN")), "begin");
    must(holder.exec(
             QStringLiteral("SELECT %1('otp.failed', 'operator', 'x', NULL, NULL)").arg(function)),
         "held append");
    std::thread release([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(holdMs));
        holder.exec(QStringLiteral("ROLLBACK"));
    });
    const auto t = Clock::now();
    must(other.exec(QStringLiteral("SELECT %1('api.kill_switch_engaged', 'kill_switch', '1', "
                                   "'drill', NULL)")
                        .arg(function)),
         "append");
    const double waited = msSince(t);
    release.join();
    return waited;
}

// The sealer as it runs in production, on a thread of its own: a round at once while there is
// a backlog, shortly while an id may still commit, otherwise every 250 ms.
class SealerThread {
public:
    SealerThread() {
        m_thread = std::thread([this] {
            db::PgConnection c;
            must(c.openConnectionString(g_dsn, QStringLiteral("cowin-sealer")), "sealer connect");
            db::AdminClient admin(c);
            while (!m_stop.load()) {
                const db::SealRound r = must(admin.sealRound(5000), "seal");
                m_sealed += r.sealed;
                if (r.sealed == 5000)
                    continue;
                std::this_thread::sleep_for(std::chrono::milliseconds(r.waiting ? 20 : 50));
            }
        });
    }
    ~SealerThread() {
        m_stop = true;
        m_thread.join();
    }
    qint64 sealed() const { return m_sealed.load(); }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_sealed{0};
    std::thread m_thread;
};

// Other logins doing their worst with what they may do, until stopped.
class Attackers {
public:
    Attackers(db::AdminClient &admin, const QString &gatewayDsn) {
        // Operators without a session leave a guess open; signed-in ones leave audited calls open.
        for (int i = 0; i < 4; ++i) {
            const Login l =
                makeOperator(admin, QStringLiteral("guess"), QStringLiteral("helpdesk"));
            m_threads.emplace_back([this, l] {
                test::ConsoleCalls c;
                must(c.connectAs(g_profile, l.name, l.password), "connect");
                db::PgConnection &raw = c.raw();
                raw.exec(QStringLiteral("SET idle_in_transaction_session_timeout = 0"));
                raw.exec(QStringLiteral("BEGIN"));
                raw.exec(QStringLiteral("SELECT console.otp_submit('000000')"));
                while (!m_stop.load())
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                raw.exec(QStringLiteral("ROLLBACK"));
            });
        }
        const qint64 account =
            must(dbaConnection().exec(QStringLiteral("SELECT min(id) FROM private.vaccinator")),
                 "account")
                .int64(0, 0);
        for (int i = 0; i < 2; ++i) {
            const Login l = makeOperator(admin, QStringLiteral("hold"), QStringLiteral("helpdesk"));
            m_threads.emplace_back([this, l, account] {
                test::ConsoleCalls c;
                signIn(c, l);
                db::PgConnection &raw = c.raw();
                raw.exec(QStringLiteral("SET idle_in_transaction_session_timeout = 0"));
                raw.exec(QStringLiteral("SET lock_timeout = 0"));
                raw.exec(QStringLiteral("BEGIN"));
                raw.exec(QStringLiteral("SELECT console.session_ping()"));
                raw.exec(QStringLiteral("SELECT console.vaccinator_reveal_request($1, 'holding "
                                        "it open on purpose')"),
                         {account});
                while (!m_stop.load())
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                raw.exec(QStringLiteral("ROLLBACK"));
            });
        }
        // Floods of audited calls: lookups by number (refused past the budget, still recorded).
        for (int i = 0; i < 2; ++i) {
            const Login l =
                makeOperator(admin, QStringLiteral("flood"), QStringLiteral("helpdesk"));
            m_threads.emplace_back([this, l, i] {
                test::ConsoleCalls c;
                signIn(c, l);
                for (int n = 0; !m_stop.load(); ++n) {
                    c.raw().exec(QStringLiteral("SELECT console.vaccinator_lookup_mobile($1)"),
                                 {QStringLiteral("9%1").arg(100000000 + i * 10000000 + n)});
                    ++m_calls;
                }
            });
        }
        // Gateways guessing keys from many addresses, and reaching for the old chain lock.
        for (int i = 0; i < 2; ++i) {
            m_threads.emplace_back([this, gatewayDsn, i] {
                db::PgConnection gw;
                must(gw.openConnectionString(gatewayDsn, QStringLiteral("gateway")), "gateway");
                m_advisoryRefused += gw.exec(QStringLiteral("SELECT pg_advisory_lock(7263540001)"))
                                         .error()
                                         .sqlState == QLatin1String("42501");
                for (int n = 0; !m_stop.load(); ++n) {
                    gw.exec(QStringLiteral("SELECT reason FROM gateway.authorize($1, "
                                           "'beneficiary.lookup', $2::inet)"),
                            {QStringLiteral("cwk_guess_%1_%2_padding").arg(i).arg(n),
                             QStringLiteral("198.51.%1.%2").arg(n / 250 % 250).arg(n % 250 + 1)});
                    ++m_calls;
                }
            });
        }
        // A bulk reset running chunk after chunk (an admin's legitimate work).
        const Login bulkAdmin =
            makeOperator(admin, QStringLiteral("bulk"), QStringLiteral("admin"));
        m_threads.emplace_back([this, bulkAdmin] {
            test::ConsoleCalls c;
            signIn(c, bulkAdmin);
            while (!m_stop.load()) {
                const qint64 bulk = must(
                    c.vaccinators.bulkBegin(vaccinators::BulkAction::Reset, QStringLiteral("all"),
                                            {}, QStringLiteral("bench: under attack"), false,
                                            recordedStepUp(bulkAdmin.name)),
                    "bulk begin");
                for (bool finished = false; !finished && !m_stop.load();) {
                    finished = must(c.vaccinators.bulkChunk(bulk, 2000), "chunk").finished;
                    m_bulkChunks++;
                }
                c.vaccinators.bulkCancel(bulk);
            }
        });
    }
    ~Attackers() {
        m_stop = true;
        for (auto &t : m_threads)
            t.join();
    }
    qint64 calls() const { return m_calls.load(); }
    int bulkChunks() const { return m_bulkChunks.load(); }
    int advisoryRefused() const { return m_advisoryRefused.load(); }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_calls{0};
    std::atomic<int> m_bulkChunks{0};
    std::atomic<int> m_advisoryRefused{0};
    std::vector<std::thread> m_threads;
};

std::vector<double> engageRounds(test::ConsoleCalls &commander, const QString &role, int rounds) {
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        const qint64 attempt = recordedStepUp(role);
        const auto t = Clock::now();
        must(commander.killSwitch.engage(QStringLiteral("everything"), QString(),
                                         QStringLiteral("bench: bot on partner keys"), attempt),
             "engage");
        ms.push_back(msSince(t));
        // Restored as a DBA between rounds: the two-person rule is tested elsewhere.
        must(dbaConnection().exec(QStringLiteral(
                 "UPDATE private.kill_switch_incident SET restore_requested_by = 'bench', "
                 "restored_by = 'bench-dba', restored_at = now() WHERE restored_at IS NULL")),
             "restore");
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return ms;
}

QString figures(const std::vector<double> &ms) {
    return QStringLiteral("p50 %1 ms, p99 %2 ms, max %3 ms (%4 engagements)")
        .arg(percentile(ms, 0.5), 0, 'f', 2)
        .arg(percentile(ms, 0.99), 0, 'f', 2)
        .arg(percentile(ms, 1.0), 0, 'f', 2)
        .arg(ms.size());
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    g_dsn = qEnvironmentVariable("COWIN_BENCH_DSN");
    if (g_dsn.isEmpty())
        die(QStringLiteral(
            "COWIN_BENCH_DSN (a superuser connection string) is required; use bench/run"));
    QString dbUser;
    g_profile = db::ConnectionProfile::fromConnectionString(g_dsn, &dbUser);
    db::PgConnection &dba = dbaConnection();
    db::AdminClient admin(dba);
    const qint64 accounts =
        demoAccounts(admin, countFromEnvironment("COWIN_BENCH_STALL_VACCINATORS", 200000));
    dba.exec(QStringLiteral("VACUUM ANALYZE private.vaccinator"));
    const int version = dba.serverVersion().toInt();
    say(QStringLiteral("no login stalls another: PostgreSQL %1.%2, %3 cores, fsync on, %4 accounts")
            .arg(version / 10000)
            .arg(version % 100)
            .arg(QThread::idealThreadCount())
            .arg(accounts));

    // 1 and 2: appends.
    installReference(dba);
    say(QStringLiteral("==> audit append, one transaction per event"));
    for (int writers : {1, 8}) {
        const int each = writers == 1 ? 3000 : 800;
        const double chained = appendRate(QStringLiteral("bench_ref.append"), writers, each);
        const double sealed = appendRate(QStringLiteral("audit.append"), writers, each);
        say(QStringLiteral("  %1 writer(s): chained under one lock (before) %2 events/s; "
                           "written without a lock (now) %3 events/s; ratio %4")
                .arg(writers)
                .arg(chained, 0, 'f', 0)
                .arg(sealed, 0, 'f', 0)
                .arg(sealed / chained, 0, 'f', 2));
    }
    {
        SealerThread sealer; // the appends above are sealed before the next part
        must(admin.sealCaughtUp(), "seal");
    }
    say(QStringLiteral("==> an append while another login holds a transaction open for 2 s after "
                       "its own audited call"));
    say(QStringLiteral("  before (one chain lock): waited %1 ms")
            .arg(heldAppendWait(QStringLiteral("bench_ref.append"), 2000), 0, 'f', 1));
    say(QStringLiteral("  now (no lock):           waited %1 ms")
            .arg(heldAppendWait(QStringLiteral("audit.append"), 2000), 0, 'f', 1));
    dba.exec(QStringLiteral("DROP SCHEMA bench_ref CASCADE"));

    // 3: the kill-switch under attack.
    const QString gatewayName =
        QStringLiteral("bench_gw_%1").arg(QCoreApplication::applicationPid());
    const QString gatewayPassword = QString::fromLatin1(auth::secureRandomBytes(18).toHex());
    must(admin.ensureServiceLogin(gatewayName, QStringLiteral("cowin_gateway"), gatewayPassword),
         "gateway login");
    const QString gatewayDsn = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 password=%5")
                                   .arg(g_profile.hosts, g_profile.ports, g_profile.database,
                                        gatewayName, gatewayPassword);
    const Login commanderLogin =
        makeOperator(admin, QStringLiteral("commander"), QStringLiteral("incident"));
    test::ConsoleCalls commander;
    signIn(commander, commanderLogin);
    const int rounds = static_cast<int>(countFromEnvironment("COWIN_BENCH_ENGAGEMENTS", 200));
    say(QStringLiteral("==> the kill-switch engaged from the real client"));
    std::vector<double> quiet;
    {
        SealerThread sealer;
        quiet = engageRounds(commander, commanderLogin.name, rounds);
    }
    say(QStringLiteral("  quiet server:  %1").arg(figures(quiet)));
    std::vector<double> attacked;
    qint64 attackCalls = 0;
    int chunks = 0;
    int advisory = 0;
    {
        SealerThread sealer;
        Attackers attackers(admin, gatewayDsn);
        std::this_thread::sleep_for(std::chrono::seconds(2)); // everyone holding and flooding
        attacked = engageRounds(commander, commanderLogin.name, rounds);
        attackCalls = attackers.calls();
        chunks = attackers.bulkChunks();
        advisory = attackers.advisoryRefused();
    }
    say(QStringLiteral("  under attack:  %1").arg(figures(attacked)));
    say(QStringLiteral("    meanwhile: 4 guesses and 2 audited calls held open in transactions, "
                       "%1 flooded calls (lookups, unknown keys), %2 bulk reset chunks of 2000, "
                       "the old chain lock refused to %3 of 2 gateway logins")
            .arg(attackCalls)
            .arg(chunks)
            .arg(advisory));
    say(QStringLiteral("  p99 under attack / p99 quiet: %1")
            .arg(percentile(attacked, 0.99) / percentile(quiet, 0.99), 0, 'f', 2));
    must(admin.sealCaughtUp(), "seal");

    // 4: the sealer while a bulk reset runs.
    say(QStringLiteral("==> the sealer while a bulk reset writes one event per account"));
    const Login bulkAdmin =
        makeOperator(admin, QStringLiteral("sealbulk"), QStringLiteral("admin"));
    test::ConsoleCalls bulkClient;
    signIn(bulkClient, bulkAdmin);
    std::vector<double> lags;
    std::atomic<bool> bulkDone{false};
    qint64 sealedDuring = 0;
    double bulkSeconds = 0;
    double drainMs = 0;
    qint64 done = 0;
    {
        SealerThread sealer;
        const qint64 sealedBefore = sealer.sealed();
        std::thread monitor([&] {
            db::PgConnection c;
            must(c.openConnectionString(g_dsn, QStringLiteral("monitor")), "monitor");
            while (!bulkDone.load()) {
                lags.push_back(
                    must(c.exec(QStringLiteral("SELECT lag_seconds FROM sealer.status()")), "lag")
                        .text(0, 0)
                        .toDouble() *
                    1000.0);
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        });
        const auto start = Clock::now();
        const qint64 bulk =
            must(bulkClient.vaccinators.bulkBegin(
                     vaccinators::BulkAction::Reset, QStringLiteral("all"), {},
                     QStringLiteral("bench: national reset"), true, recordedStepUp(bulkAdmin.name)),
                 "bulk begin");
        for (bool finished = false; !finished;) {
            const auto p = must(bulkClient.vaccinators.bulkChunk(bulk, 5000), "chunk");
            finished = p.finished;
            done = p.done;
        }
        bulkSeconds = msSince(start) / 1000.0;
        sealedDuring = sealer.sealed() - sealedBefore;
        bulkDone = true;
        monitor.join();
        const auto drain = Clock::now();
        for (;;) {
            if (must(dba.exec(QStringLiteral("SELECT unsealed FROM sealer.status()")), "status")
                    .int64(0, 0) == 0)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        drainMs = msSince(drain);
    }
    say(QStringLiteral("  bulk reset of %1 accounts in %2 s (%3 accounts/s, each with its event)")
            .arg(done)
            .arg(bulkSeconds, 0, 'f', 1)
            .arg(static_cast<double>(done) / bulkSeconds, 0, 'f', 0));
    say(QStringLiteral("  sealed during it: %1 events (%2 events/s); lag sampled every 100 ms: "
                       "p50 %3 ms, p99 %4 ms, max %5 ms; drained %6 ms after the last chunk")
            .arg(sealedDuring)
            .arg(static_cast<double>(sealedDuring) / bulkSeconds, 0, 'f', 0)
            .arg(percentile(lags, 0.5), 0, 'f', 0)
            .arg(percentile(lags, 0.99), 0, 'f', 0)
            .arg(percentile(lags, 1.0), 0, 'f', 0)
            .arg(drainMs, 0, 'f', 0));
    auto verified = must(
        dba.exec(QStringLiteral("SELECT checked, problem FROM audit.verify_chain()")), "verify");
    say(QStringLiteral("  chain verified in the server afterwards: %1 sealed events, %2")
            .arg(verified.int64(0, 0))
            .arg(verified.isNull(0, 1) ? QStringLiteral("intact") : verified.text(0, 1)));
    return 0;
}
