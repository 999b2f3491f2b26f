// SPDX-License-Identifier: Apache-2.0
// The lookup watch at national scale: COWIN_BENCH_VACCINATORS accounts (1,000,000 by default)
// and a day of national traffic in the lookup record (COWIN_BENCH_LOOKUPS, 50,000,000 by
// default). Prints:
// - the storage of a lookup record (heap and both indexes, per record);
// - portal.authorize_lookup and gateway.authorize_subject under pgbench, 8 clients, three
//   rounds each: calls per second, p50 and p99;
// - from the lookup that crosses a budget or hits a canary to the alert in an open console's
//   Watch section (a real WatchPage, offscreen): p50 and p99 over 40 alerts;
// - a replay of the leak: one account fed 500 distinct numbers in COWIN_BENCH_REPLAY_SECONDS
//   (300, five minutes, by default) among 1,000 accounts that behave: how many lookups the bot
//   got, when it was frozen, and how many of the others were refused, alerted on or frozen.
#include "BenchSupport.h"
#include "Pgbench.h"
#include "auth/SecureRandom.h"
#include "auth/Totp.h"
#include "db/AdminClient.h"
#include "db/Session.h"
#include "login/SignInCalls.h"
#include "support/ConsoleCalls.h"
#include "watch/WatchAlertModel.h"
#include "watch/WatchPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace cowin;
using namespace cowin::bench;

namespace {

qint64 value(db::PgConnection &c, const QString &sql, const QVariantList &params = {}) {
    return must(c.exec(sql, params), "query").int64(0, 0);
}

// A service login in group with a new random password (made, or given the new password).
QString serviceLogin(db::AdminClient &admin, const QString &name, const QString &group) {
    const QString password = QString::fromLatin1(auth::secureRandomBytes(18).toHex());
    must(admin.ensureServiceLogin(name, group, password), "service login");
    return password;
}

// n active accounts, the lowest ids from `from` on, put in a peer group with their counters
// and alerts cleared, as if they had looked no one up yet: (login id, account id) rows.
db::PgResult freshAccounts(db::PgConnection &dba, int n, qint64 from, const QString &group) {
    return must(dba.exec(QStringLiteral(
                             "WITH c AS (SELECT v.id, v.login_id FROM private.vaccinator v "
                             "WHERE v.status = 'active' AND v.id >= $3 ORDER BY v.id LIMIT $1), "
                             "gone AS (DELETE FROM private.watch_alert a USING private.watched w, "
                             "c WHERE a.watched_id = w.id AND w.vaccinator_id = c.id) "
                             "UPDATE private.watched w SET peer_group = $2, hour_start = "
                             "'-infinity', hour_people = 0, day_start = '-infinity', day_people = "
                             "0, day_lookups = 0, frozen_at = NULL, frozen_by = NULL, "
                             "frozen_reason = NULL FROM c WHERE w.vaccinator_id = c.id RETURNING "
                             "c.login_id, c.id"),
                         {n, group, from}),
                "fresh accounts");
}

// Every account gets its watch row, as its first lookup would make it.
void watchEveryAccount(db::PgConnection &dba) {
    QElapsedTimer t;
    t.start();
    must(dba.exec(QStringLiteral(
             "INSERT INTO private.watched (vaccinator_id, peer_group) SELECT v.id, 'centre:' || "
             "c.kind FROM private.vaccinator v JOIN private.centre c ON c.id = v.centre_id "
             "ON CONFLICT DO NOTHING")),
         "watch rows");
    say(QStringLiteral("watch rows for %1 accounts in %2 s")
            .arg(value(dba, QStringLiteral("SELECT count(*) FROM private.watched")))
            .arg(t.elapsed() / 1000.0, 0, 'f', 1));
}

// Today's day of the record, made again with `lookups` records spread over the day and over
// every watched account, loaded before its indexes are built and then attached, as a restore
// would. Prints the load and the storage per record.
void aDayOfNationalTraffic(db::PgConnection &dba, qint64 lookups) {
    const QString day =
        must(dba.exec(QStringLiteral("SELECT to_char(timezone('Asia/Kolkata', now()), "
                                     "'YYYYMMDD')")),
             "today")
            .text(0, 0);
    const QString table = QStringLiteral("private.lookup_%1").arg(day);
    // A run stopped half way may have left the day detached: it is made again then.
    const bool attached =
        value(dba,
              QStringLiteral("SELECT count(*) FROM pg_inherits WHERE inhrelid = "
                             "to_regclass($1) AND inhparent = 'private.lookup'::regclass"),
              {table}) == 1;
    const qint64 existing =
        attached ? value(dba, QStringLiteral("SELECT count(*) FROM %1").arg(table)) : 0;
    if (existing >= lookups) {
        say(QStringLiteral("lookup record: today already holds %1 records").arg(existing));
    } else {
        QElapsedTimer t;
        t.start();
        must(dba.execScript(
                 (attached
                      ? QStringLiteral("ALTER TABLE private.lookup DETACH PARTITION %1;").arg(table)
                      : QString()) +
                 // Owned as the maintenance round would own it: the lookup path reads the
                 // day's table itself.
                 QStringLiteral("DROP TABLE IF EXISTS %1; CREATE TABLE %1 (LIKE "
                                "private.lookup INCLUDING DEFAULTS INCLUDING CONSTRAINTS); "
                                "ALTER TABLE %1 OWNER TO cowin_owner;")
                     .arg(table)),
             "a new day");
        const qint64 watched = value(dba, QStringLiteral("SELECT count(*) FROM private.watched"));
        const qint64 firstWatched =
            value(dba, QStringLiteral("SELECT min(id) FROM private.watched"));
        constexpr qint64 kBatch = 5000000;
        for (qint64 from = 0; from < lookups; from += kBatch) {
            const qint64 to = std::min(lookups, from + kBatch);
            // One lookup every 1.7 ms of the day on average; a subject is 16 bytes like a
            // keyed hash; 1 in 40 refused.
            must(dba.exec(QStringLiteral(
                              "INSERT INTO %1 (looked_at, watched_id, subject_hash, reason, "
                              "client_ip) SELECT private.india_start('day', now()) + (g % "
                              "86400000) * interval '1 ms', $1 + (g * 7919) % $2, "
                              "decode(md5(g::text), 'hex'), CASE WHEN g % 40 = 0 THEN "
                              "'lookup_budget' ELSE 'ok' END, ('10.' || (g % 250) || '.' || "
                              "(g / 250 % 250) || '.9')::inet FROM generate_series($3::bigint, "
                              "$4::bigint - 1) g")
                              .arg(table),
                          {firstWatched, watched, from, to}),
                 "load");
            say(QStringLiteral("  %1 of %2 records, %3 s")
                    .arg(to)
                    .arg(lookups)
                    .arg(t.elapsed() / 1000.0, 0, 'f', 0));
        }
        must(dba.execScript(
                 QStringLiteral(
                     "CREATE INDEX ON %1 (watched_id, subject_hash); CREATE INDEX ON %1 "
                     "(subject_hash); ALTER TABLE private.lookup ATTACH PARTITION %1 FOR VALUES "
                     "FROM ('%2') TO ('%3');")
                     .arg(table,
                          must(dba.exec(QStringLiteral("SELECT private.india_start('day', now())")),
                               "start")
                              .text(0, 0),
                          must(dba.exec(QStringLiteral(
                                   "SELECT private.india_start('day', now()) + interval '1 day'")),
                               "end")
                              .text(0, 0))),
             "indexes");
        must(dba.exec(QStringLiteral("VACUUM (ANALYZE) %1").arg(table)), "vacuum");
        say(QStringLiteral("lookup record: %1 records loaded, indexed and attached in %2 s")
                .arg(lookups)
                .arg(t.elapsed() / 1000.0, 0, 'f', 0));
    }
    const auto sizes =
        must(dba.exec(QStringLiteral("SELECT pg_relation_size($1::regclass), "
                                     "pg_indexes_size($1::regclass), count(*) FROM %1")
                          .arg(table),
                      {table}),
             "sizes");
    const double rows = static_cast<double>(sizes.int64(0, 2));
    say(QStringLiteral("storage per lookup record: %1 bytes (table %2, indexes %3); a day of %4 "
                       "records %5 GB, 180 days %6 TB")
            .arg((sizes.int64(0, 0) + sizes.int64(0, 1)) / rows, 0, 'f', 1)
            .arg(sizes.int64(0, 0) / rows, 0, 'f', 1)
            .arg(sizes.int64(0, 1) / rows, 0, 'f', 1)
            .arg(sizes.int64(0, 2))
            .arg((sizes.int64(0, 0) + sizes.int64(0, 1)) / 1e9, 0, 'f', 2)
            .arg((sizes.int64(0, 0) + sizes.int64(0, 1)) * 180 / 1e12, 0, 'f', 2));
}

void throughput(const QString &label, const PgbenchTarget &target, const QStringList &scripts,
                const QDir &dir) {
    std::vector<double> rates;
    std::vector<double> latencies;
    for (int round = 0; round < 3; ++round) {
        PgbenchFigures f = pgbenchRound(target, scripts, dir, QStringLiteral("round"), 20);
        rates.push_back(f.callsPerSecond);
        latencies.insert(latencies.end(), f.latencies.begin(), f.latencies.end());
    }
    const double p99 = percentile(latencies, 0.99);
    const double rate = percentile(rates, 0.5);
    say(QStringLiteral("%1, pgbench 8 clients: median of 3 rounds %2 calls/s (rounds %3, %4, "
                       "%5), p50 %6 ms, p99 %7 ms (targets >= 5,000/s %8, p99 <= 2 ms %9)")
            .arg(label)
            .arg(rate, 0, 'f', 0)
            .arg(rates[0], 0, 'f', 0)
            .arg(rates[1], 0, 'f', 0)
            .arg(rates[2], 0, 'f', 0)
            .arg(percentile(latencies, 0.5), 0, 'f', 3)
            .arg(p99, 0, 'f', 3)
            .arg(rate >= 5000 ? QStringLiteral("met") : QStringLiteral("NOT met"))
            .arg(p99 <= 2.0 ? QStringLiteral("met") : QStringLiteral("NOT met")));
}

QString writeScript(const QDir &dir, const QString &name, const QString &text) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        die(QStringLiteral("cannot write %1").arg(path));
    return path;
}

// The two doors under pgbench. Portal: any of the accounts looks up a random mobile. Partner
// keys: 100 keys of one partner, each its own script, look up random mobiles.
void doorsUnderLoad(db::PgConnection &dba, const db::ConnectionProfile &profile, qint64 accounts) {
    db::AdminClient admin(dba);
    const QString portalPassword =
        serviceLogin(admin, QStringLiteral("bench_portal"), QStringLiteral("cowin_portal"));
    const QString gatewayPassword =
        serviceLogin(admin, QStringLiteral("bench_lookup_gw"), QStringLiteral("cowin_gateway"));
    const qint64 partner = value(
        dba, QStringLiteral("SELECT coalesce((SELECT id FROM private.partner WHERE name = "
                            "'Bench Lookups'), admin.create_partner('Bench Lookups', 'private', "
                            "ARRAY['beneficiary.lookup'], ARRAY['10.0.0.0/8']::cidr[]))"));
    QStringList keys;
    // LATERAL and a reference to g: one key per row, not one key a hundred times.
    auto issued = must(dba.exec(QStringLiteral("SELECT k.api_key FROM generate_series(1, 100) g, "
                                               "LATERAL admin.issue_api_key($1, "
                                               "ARRAY['beneficiary.lookup'], now() + interval "
                                               "'1 day' + g * interval '1 second') k"),
                                {partner}),
                       "keys");
    for (int i = 0; i < issued.rows(); ++i)
        keys << issued.text(i, 0);
    // A partner's keys look up far more people than an account: the bench measures the door,
    // not refusals, so their budget is raised for it (and said).
    must(dba.exec(QStringLiteral("UPDATE private.watch_budget SET people_per_hour = 1000000, "
                                 "people_per_day = 10000000, set_by = 'bench' WHERE peer_group "
                                 "= 'partner:private'")),
         "budget");
    say(QStringLiteral("partner:private budget raised to 1,000,000 people an hour for the "
                       "throughput rounds"));
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QString portal =
        writeScript(dir, QStringLiteral("portal.sql"),
                    QStringLiteral("\\set a random(1, %1)\n\\set m random(6000000000, 9999999999)\n"
                                   "SELECT allowed, reason FROM portal.authorize_lookup('sp' || "
                                   "lpad(:a::text, 7, '0'), :m::text, '10.1.2.3');\n")
                        .arg(accounts));
    throughput(QStringLiteral("portal.authorize_lookup"),
               {profile, QStringLiteral("bench_portal"), portalPassword},
               {QStringLiteral("-f"), portal}, dir);
    QStringList scripts;
    for (int i = 0; i < keys.size(); ++i)
        scripts << QStringLiteral("-f")
                << writeScript(dir, QStringLiteral("key%1.sql").arg(i),
                               QStringLiteral("\\set m random(6000000000, 9999999999)\n"
                                              "SELECT allowed, reason FROM "
                                              "gateway.authorize_subject('%1', "
                                              "'beneficiary.lookup', '10.4.5.6', :m::text);\n")
                                   .arg(keys.at(i)));
    throughput(QStringLiteral("gateway.authorize_subject"),
               {profile, QStringLiteral("bench_lookup_gw"), gatewayPassword}, scripts, dir);
    must(dba.exec(QStringLiteral("UPDATE private.watch_budget SET people_per_hour = "
                                 "floor_per_hour, people_per_day = floor_per_day, set_by = NULL "
                                 "WHERE peer_group = 'partner:private'")),
         "budget back");
}

// From the lookup that crosses a budget (or hits a canary) to the alert in an open console.
void alertToConsole(db::PgConnection &dba, const db::ConnectionProfile &profile) {
    db::AdminClient admin(dba);
    const QString name = QStringLiteral("bench_watcher_%1").arg(QCoreApplication::applicationPid());
    const QString password = QStringLiteral("Bench-Watcher-%1")
                                 .arg(QString::fromLatin1(auth::secureRandomBytes(6).toHex()));
    must(admin.createOperator(name, QStringLiteral("Bench watcher"), {QStringLiteral("incident")},
                              password, false),
         "operator");
    const QByteArray secret = auth::secureRandomBytes(20);
    must(admin.demoEnrol(name, secret), "enrol");
    const QString portalPassword = QString::fromLatin1(auth::secureRandomBytes(18).toHex());
    must(admin.ensureServiceLogin(QStringLiteral("bench_portal"), QStringLiteral("cowin_portal"),
                                  portalPassword),
         "portal login");
    db::PgConnection portal;
    must(portal.open(profile, QStringLiteral("bench_portal"), portalPassword,
                     QStringLiteral("bench")),
         "portal");

    db::Session session;
    must(session.connectAs(profile, name, password).result(), "sign in");
    const auto opened = must(
        session.call(&login::SignInCalls::submitOtp, auth::Totp(secret).now()).result(), "code");
    if (!opened.sessionOpened)
        die(QStringLiteral("the watcher's code was refused"));
    const login::OperatorStatus status =
        must(session.call(&login::SignInCalls::status).result(), "status");
    // A peer group of its own with a budget of one person an hour; 40 fresh accounts in it,
    // made before the console lists anything.
    must(dba.exec(QStringLiteral(
             "INSERT INTO private.watch_budget (peer_group, people_per_hour, people_per_day, "
             "floor_per_hour, floor_per_day, set_by) VALUES ('centre:bench_alerts', 1, 10, 1, "
             "10, 'bench') ON CONFLICT DO NOTHING")),
         "group");
    const db::PgResult chosen = freshAccounts(dba, 40, 1, QStringLiteral("centre:bench_alerts"));
    ui::WatchPage page(&session, status);
    page.resize(1200, 700);
    page.show();
    page.start();
    QSignalSpy listed(&page, &ui::WatchPage::listed);
    listed.wait(10000);
    must(dba.exec(QStringLiteral("INSERT INTO private.canary (subject_hash, masked, label) "
                                 "SELECT private.subject_hash('6999000001'), '******0001', "
                                 "'bench' WHERE NOT EXISTS (SELECT 1 FROM private.canary WHERE "
                                 "label = 'bench' AND retired_at IS NULL)")),
         "canary");
    std::vector<double> delays;
    for (int i = 0; i < chosen.rows(); ++i) {
        const QString login = chosen.text(i, 0);
        const qint64 account = chosen.int64(i, 1);
        // Numbers of this run only: one seen earlier today would not count as someone new.
        const qint64 base = 8000000000LL + QRandomGenerator::global()->bounded(900000000LL) * 2;
        must(portal.exec(QStringLiteral("SELECT portal.authorize_lookup($1, $2, '10.3.3.3')"),
                         {login, QString::number(base)}),
             "first");
        QElapsedTimer since;
        since.start();
        // Half cross the budget, half hit the canary.
        must(portal.exec(QStringLiteral("SELECT portal.authorize_lookup($1, $2, '10.3.3.3')"),
                         {login, i % 2 ? QStringLiteral("6999000001") : QString::number(base + 1)}),
             "second");
        const bool shown = QTest::qWaitFor(
            [&] {
                for (const watch::WatchAlert &a : page.model()->alerts())
                    if (a.account == account && a.open)
                        return true;
                return false;
            },
            5000);
        if (!shown)
            die(QStringLiteral("the alert for %1 never reached the console").arg(login));
        page.view()->viewport()->repaint();
        delays.push_back(static_cast<double>(since.nsecsElapsed()) / 1e6);
    }
    if (delays.empty())
        die(QStringLiteral("no accounts to measure alerts with"));
    say(QStringLiteral("alert in an open console's Watch section, from the lookup that crossed "
                       "a budget or hit a canary: %1 alerts, p50 %2 ms, p99 %3 ms, slowest %4 "
                       "ms (target p99 <= 1,000 ms %5)")
            .arg(delays.size())
            .arg(percentile(delays, 0.5), 0, 'f', 0)
            .arg(percentile(delays, 0.99), 0, 'f', 0)
            .arg(*std::max_element(delays.begin(), delays.end()), 0, 'f', 0)
            .arg(percentile(delays, 0.99) <= 1000 ? QStringLiteral("met")
                                                  : QStringLiteral("NOT met")));
    page.hide();
    session.call(&login::SignInCalls::logout).waitForFinished();
}

// The leak replayed: a bot on one account among 1,000 accounts that behave.
void botReplay(db::PgConnection &dba, const db::ConnectionProfile &profile, int seconds) {
    db::AdminClient admin(dba);
    const QString password =
        serviceLogin(admin, QStringLiteral("bench_portal"), QStringLiteral("cowin_portal"));
    // Past the accounts the alerts were measured with.
    const db::PgResult chosen =
        freshAccounts(dba, 1001, 1000, QStringLiteral("centre:primary_health_centre"));
    QStringList normal;
    for (int i = 1; i < chosen.rows(); ++i)
        normal << chosen.text(i, 0);
    const QString bot = chosen.text(0, 0);
    const QString canary = QStringLiteral("6999000077");
    must(dba.exec(QStringLiteral("INSERT INTO private.canary (subject_hash, masked, label) "
                                 "SELECT private.subject_hash($1), '******0077', 'bench replay' "
                                 "WHERE NOT EXISTS (SELECT 1 FROM private.canary WHERE label = "
                                 "'bench replay')"),
                  {canary}),
         "canary");
    constexpr int kBotNumbers = 500;
    const qint64 walkStart = 7000000000LL + QRandomGenerator::global()->bounded(1000000000LL);
    constexpr int kCanaryAt = 400; // the leaked list holds a planted number, as lists do
    constexpr int kWorkers = 8;
    std::atomic<int> botAllowed{0};
    std::atomic<int> firstRefusal{0};
    std::atomic<int> frozenAt{0};
    std::atomic<int> normalLookups{0};
    std::atomic<int> normalRefused{0};
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> threads;
    for (int w = 0; w < kWorkers; ++w) {
        threads.emplace_back([&, w] {
            db::PgConnection c;
            if (!c.open(profile, QStringLiteral("bench_portal"), password, QStringLiteral("bench"))
                     .isOk())
                return;
            const auto ask = [&c](const QString &login, const QString &number) {
                auto r = c.exec(QStringLiteral("SELECT reason FROM portal.authorize_lookup($1, "
                                               "$2, '10.9.9.9')"),
                                {login, number});
                return r.isOk() ? r.value().text(0, 0) : QString();
            };
            if (w == 0) {
                for (int i = 0; i < kBotNumbers; ++i) {
                    // Evenly over the replay, as a bot paces itself.
                    while (clock.elapsed() < static_cast<qint64>(i) * seconds * 1000 / kBotNumbers)
                        std::this_thread::sleep_for(std::chrono::milliseconds(5));
                    const QString number = i == kCanaryAt ? canary : QString::number(walkStart + i);
                    const QString reason = ask(bot, number);
                    if (reason == QLatin1String("ok"))
                        ++botAllowed;
                    else if (firstRefusal == 0)
                        firstRefusal = i + 1;
                    if ((reason == QLatin1String("canary") ||
                         reason == QLatin1String("account_frozen")) &&
                        frozenAt == 0)
                        frozenAt = i + 1;
                }
                return;
            }
            // Each account that behaves looks up a few people over the replay, as a centre
            // registering walk-ins does: about one a minute.
            std::uint32_t seed = static_cast<std::uint32_t>(w) * 2654435761u;
            while (clock.elapsed() < static_cast<qint64>(seconds) * 1000) {
                seed = seed * 1664525u + 1013904223u;
                const QString login = normal.at(static_cast<int>(seed % normal.size()));
                seed = seed * 1664525u + 1013904223u;
                const QString number = QString::number(6000000000LL + seed % 3999999999u);
                if (ask(login, number) != QLatin1String("ok"))
                    ++normalRefused;
                ++normalLookups;
                std::this_thread::sleep_for(
                    std::chrono::milliseconds(60000 * (kWorkers - 1) / normal.size()));
            }
        });
    }
    for (auto &t : threads)
        t.join();
    const qint64 othersAlerted =
        value(dba,
              QStringLiteral("SELECT count(DISTINCT w.id) FROM private.watched w JOIN "
                             "private.vaccinator v ON v.id = w.vaccinator_id WHERE v.login_id = "
                             "ANY ($1::text[]) AND (w.frozen_at IS NOT NULL OR EXISTS (SELECT 1 "
                             "FROM private.watch_alert a WHERE a.watched_id = w.id AND a.kind <> "
                             "'night'))"),
              {normal});
    const qint64 othersFrozen =
        value(dba,
              QStringLiteral("SELECT count(*) FROM private.watched w JOIN private.vaccinator v ON "
                             "v.id = w.vaccinator_id WHERE v.login_id = ANY ($1::text[]) AND "
                             "w.frozen_at IS NOT NULL"),
              {normal});
    say(QStringLiteral("bot replay over %1 s: the bot asked for %2 people and got %3 (its "
                       "hour's budget); refused from its lookup %4 on, frozen at its lookup %5 "
                       "(the canary); %6 accounts that behave made %7 lookups, %8 refused, %9 "
                       "alerted on, %10 frozen")
            .arg(seconds)
            .arg(kBotNumbers)
            .arg(botAllowed.load())
            .arg(firstRefusal.load())
            .arg(frozenAt.load())
            .arg(normal.size())
            .arg(normalLookups.load())
            .arg(normalRefused.load())
            .arg(othersAlerted)
            .arg(othersFrozen));
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString dsn = qEnvironmentVariable("COWIN_BENCH_DSN");
    const qint64 accounts = countFromEnvironment("COWIN_BENCH_VACCINATORS", 1000000);
    const qint64 lookups = countFromEnvironment("COWIN_BENCH_LOOKUPS", 50000000);
    const int replaySeconds =
        static_cast<int>(countFromEnvironment("COWIN_BENCH_REPLAY_SECONDS", 300));
    db::PgConnection dba;
    must(dba.openConnectionString(dsn, QStringLiteral("bench")), "connect");
    db::AdminClient admin(dba);
    QElapsedTimer load;
    load.start();
    const qint64 made = demoAccounts(admin, accounts);
    say(QStringLiteral("%1 accounts (%2 s)").arg(made).arg(load.elapsed() / 1000.0, 0, 'f', 0));
    const db::ConnectionProfile profile = db::ConnectionProfile::fromConnectionString(dsn);
    watchEveryAccount(dba);
    aDayOfNationalTraffic(dba, lookups);
    doorsUnderLoad(dba, profile, made);
    alertToConsole(dba, profile);
    botReplay(dba, profile, replaySeconds);
    return 0;
}
