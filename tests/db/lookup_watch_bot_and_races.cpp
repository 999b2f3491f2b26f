// SPDX-License-Identifier: Apache-2.0
// The lookup watch across real connections: 20 portal connections looking up new people for
// one account at once get exactly its budget and not one more; a bot on one account, mixed
// with hundreds of accounts that behave, is refused past its budget, alerted on, and frozen by
// the canary on its list, while no account that behaves is alerted on or frozen; and none of
// the numbers looked up is anywhere in the database or the server's log.
#include "support/TestCluster.h"
#include "support/Together.h"

#include <QFile>
#include <QtTest>
#include <atomic>
#include <functional>
#include <thread>
#include <vector>

using namespace cowin;
using cowin::test::TestCluster;
using cowin::test::together;

namespace {
qint64 count(const QString &sql, const QVariantList &params = {}) {
    auto r = TestCluster::admin().exec(sql, params);
    return r.isOk() && r.value().rows() == 1 ? r.value().int64(0, 0) : -1;
}
} // namespace

class LookupWatchBotAndRaces : public QObject {
    Q_OBJECT

    test::TestOperator m_portal;
    QString m_group;
    QStringList m_numbersUsed;

    // A peer group of this test's own, so budgets here touch no other test.
    QString peerGroup(int perHour, int perDay) {
        const QString group = QStringLiteral("centre:db_watch_%1_%2")
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(perHour);
        TestCluster::admin().exec(
            QStringLiteral("INSERT INTO private.watch_budget (peer_group, people_per_hour, "
                           "people_per_day, floor_per_hour, floor_per_day, set_by) "
                           "VALUES ($1, $2, $3, $2, $3, 'test') ON CONFLICT DO NOTHING"),
            {group, perHour, perDay});
        return group;
    }
    // Active accounts never looked up with, put in a peer group.
    QStringList accounts(int n, const QString &group) {
        auto r = TestCluster::admin().exec(
            QStringLiteral("WITH chosen AS (SELECT v.id, v.login_id FROM private.vaccinator v "
                           "WHERE v.status = 'active' AND NOT EXISTS (SELECT 1 FROM "
                           "private.watched w WHERE w.vaccinator_id = v.id) ORDER BY v.id DESC "
                           "LIMIT $1), made AS (INSERT INTO private.watched (vaccinator_id, "
                           "peer_group) SELECT id, $2 FROM chosen) SELECT login_id FROM chosen"),
            {n, group});
        QStringList out;
        if (r.isOk())
            for (int i = 0; i < r.value().rows(); ++i)
                out << r.value().text(i, 0);
        return out;
    }
    std::unique_ptr<db::PgConnection> portal() {
        auto c = std::make_unique<db::PgConnection>();
        if (!c->open(TestCluster::profile(), m_portal.name, m_portal.password,
                     QStringLiteral("portal-test"))
                 .isOk())
            return nullptr;
        return c;
    }
    // A canary planted as an admin would (its hash and last digits only); the number is then
    // searched for in the tables and the log like every other number the test used.
    bool plantCanary(const QString &number, const QString &label) {
        m_numbersUsed << number;
        return TestCluster::admin()
            .exec(QStringLiteral("INSERT INTO private.canary (subject_hash, masked, label) VALUES "
                                 "(private.subject_hash($1), private.mask_subject($1), $2)"),
                  {number, label})
            .isOk();
    }
    static QString ask(db::PgConnection &c, const QString &login, const QString &number,
                       const QString &address = QStringLiteral("10.88.1.1")) {
        auto r =
            c.exec(QStringLiteral("SELECT reason FROM portal.authorize_lookup($1, $2, $3::inet)"),
                   {login, number, address});
        return r.isOk() ? r.value().text(0, 0) : r.error().sqlState;
    }

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        TestCluster::ensureVaccinators(1000);
        m_portal = TestCluster::createServiceLogin(QStringLiteral("db_portal"),
                                                   QStringLiteral("cowin_portal"));
    }

    void twentyCallersAtOnceGetExactlyTheBudget() {
        const QString group = peerGroup(7, 50);
        const QStringList one = accounts(1, group);
        QCOMPARE(one.size(), 1);
        std::vector<std::unique_ptr<db::PgConnection>> connections;
        for (int i = 0; i < 20; ++i) {
            connections.push_back(portal());
            QVERIFY(connections.back());
        }
        std::vector<QString> answers(20);
        together(20, [&](int i) {
            answers[static_cast<std::size_t>(i)] =
                ask(*connections[static_cast<std::size_t>(i)], one.first(),
                    QStringLiteral("97%1").arg(10000000 + i));
        });
        int ok = 0;
        int refused = 0;
        for (const QString &a : answers) {
            ok += a == QLatin1String("ok");
            refused += a == QLatin1String("lookup_budget");
        }
        QCOMPARE(ok, 7);
        QCOMPARE(refused, 13);
        QCOMPARE(count(QStringLiteral("SELECT hour_people FROM private.watched w JOIN "
                                      "private.vaccinator v ON v.id = w.vaccinator_id WHERE "
                                      "v.login_id = $1"),
                       {one.first()}),
                 7);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM private.watch_alert a JOIN "
                                      "private.watched w ON w.id = a.watched_id JOIN "
                                      "private.vaccinator v ON v.id = w.vaccinator_id WHERE "
                                      "v.login_id = $1 AND a.closed_at IS NULL"),
                       {one.first()}),
                 1);
        for (int i = 0; i < 20; ++i)
            m_numbersUsed << QStringLiteral("97%1").arg(10000000 + i);
    }

    // A portal login that reads its answer inside BEGIN … ROLLBACK undoes the record and the
    // freeze with it; the server's log keeps the canary hit, naming the account's watch row.
    void aCanaryHitRolledBackStillLeavesItsLine() {
        const QString log = qEnvironmentVariable("COWIN_TEST_SERVER_LOG");
        if (log.isEmpty())
            QSKIP("COWIN_TEST_SERVER_LOG names the server's log (scripts/test sets it)");
        const QString group = peerGroup(40, 200);
        const QStringList one = accounts(1, group);
        QCOMPARE(one.size(), 1);
        const QString canary = QStringLiteral("6000088888");
        QVERIFY(plantCanary(canary, QStringLiteral("db rollback test")));
        const qint64 watched =
            count(QStringLiteral("SELECT w.id FROM private.watched w JOIN "
                                 "private.vaccinator v ON v.id = w.vaccinator_id WHERE "
                                 "v.login_id = $1"),
                  {one.first()});
        auto c = portal();
        QVERIFY(c);
        QVERIFY(c->exec(QStringLiteral("BEGIN")).isOk());
        QCOMPARE(ask(*c, one.first(), canary), QStringLiteral("canary"));
        QVERIFY(c->exec(QStringLiteral("ROLLBACK")).isOk());
        // What the rollback took back: the freeze.
        QCOMPARE(ask(*c, one.first(), QStringLiteral("9811155501")), QStringLiteral("ok"));
        m_numbersUsed << QStringLiteral("9811155501");
        const QString line = QStringLiteral("reason=canary watched=%1").arg(watched);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         QFile file(log);
                         return file.open(QIODevice::ReadOnly) &&
                                QString::fromUtf8(file.readAll()).contains(line);
                     },
                     5000),
                 qPrintable(line + " is not in the server log"));
    }

    // A replay of the leak: one account fed a list of numbers, most of them registered to no
    // one, among accounts that each look up a few people and find most of them.
    void aBotAmongAccountsThatBehaveIsCaughtAndNoOneElse() {
        const QString group = peerGroup(30, 150);
        // Up to 300 accounts that behave, as many as the shared cluster has left unwatched.
        const QStringList normal = accounts(301, group);
        QVERIFY2(normal.size() >= 101, "at least 100 accounts that behave, and the bot");
        const int behave = static_cast<int>(normal.size()) - 1;
        const QString bot = normal.first();
        const QString canary = QStringLiteral("6000077777");
        QVERIFY(plantCanary(canary, QStringLiteral("db test")));
        constexpr int kWorkers = 8;
        constexpr int kBotNumbers = 200;
        std::vector<std::unique_ptr<db::PgConnection>> connections;
        for (int i = 0; i < kWorkers; ++i) {
            connections.push_back(portal());
            QVERIFY(connections.back());
        }
        std::atomic<int> botAllowed{0};
        std::atomic<int> botRefused{0};
        std::atomic<int> normalRefused{0};
        std::atomic<int> botStep{0};
        std::atomic<int> normalStep{0};
        together(kWorkers, [&](int w) {
            db::PgConnection &c = *connections[static_cast<std::size_t>(w)];
            if (w == 0) {
                // The bot walks its list; the canary sits two thirds of the way.
                for (int i = botStep++; i < kBotNumbers; i = botStep++) {
                    const QString number = i == 2 * kBotNumbers / 3
                                               ? canary
                                               : QStringLiteral("88%1").arg(10000000 + i);
                    const QString reason = ask(c, bot, number, QStringLiteral("45.131.6.77"));
                    (reason == QLatin1String("ok") ? botAllowed : botRefused)++;
                    if (reason == QLatin1String("ok"))
                        c.exec(QStringLiteral("SELECT portal.lookup_result($1, $2, $3, NULL)"),
                               {bot, number, i % 10 == 0});
                }
                return;
            }
            // Each account that behaves looks up 5 people.
            for (int i = normalStep++; i < behave * 5; i = normalStep++) {
                const QString login = normal.at(1 + i % behave);
                const QString number = QStringLiteral("79%1").arg(10000000 + i);
                if (ask(c, login, number) != QLatin1String("ok"))
                    ++normalRefused;
            }
        });
        qInfo("the bot got %d lookups before it was refused for good; %d refused",
              botAllowed.load(), botRefused.load());
        QCOMPARE(normalRefused.load(), 0);
        QCOMPARE(botAllowed.load(), 30); // its hour's budget, not one more
        QCOMPARE(botRefused.load(), kBotNumbers - 30);
        const auto kinds = TestCluster::admin().exec(
            QStringLiteral("SELECT string_agg(a.kind, ',' ORDER BY a.kind) FROM "
                           "private.watch_alert a JOIN private.watched w ON w.id = a.watched_id "
                           "JOIN private.vaccinator v ON v.id = w.vaccinator_id WHERE "
                           "v.login_id = $1 AND a.kind <> 'night'"), // run at night, it is one too
            {bot});
        QVERIFY(kinds.isOk());
        QCOMPARE(kinds.value().text(0, 0), QStringLiteral("canary,lookup_budget,not_found"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM private.watched w JOIN "
                                      "private.vaccinator v ON v.id = w.vaccinator_id WHERE "
                                      "v.login_id = $1 AND w.frozen_at IS NOT NULL"),
                       {bot}),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM private.watched w WHERE "
                                      "w.peer_group = $1 AND (w.frozen_at IS NOT NULL OR EXISTS "
                                      "(SELECT 1 FROM private.watch_alert a WHERE a.watched_id = "
                                      "w.id))"),
                       {group}),
                 1); // the bot, and no one else
        auto c = portal();
        QCOMPARE(ask(*c, bot, QStringLiteral("9811122233")), QStringLiteral("account_frozen"));
        for (int i = 0; i < kBotNumbers; i += 37)
            m_numbersUsed << QStringLiteral("88%1").arg(10000000 + i);
        for (int i = 0; i < behave * 5; i += 97)
            m_numbersUsed << QStringLiteral("79%1").arg(10000000 + i);
    }

    void noNumberLookedUpIsKeptOrLogged() {
        QVERIFY(!m_numbersUsed.isEmpty());
        const QString pattern = m_numbersUsed.join(QLatin1Char('|'));
        auto tables = TestCluster::admin().exec(
            QStringLiteral("SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON "
                           "n.oid = c.relnamespace WHERE n.nspname IN ('private', 'audit') AND "
                           "c.relkind = 'r'"));
        QVERIFY(tables.isOk());
        for (int i = 0; i < tables.value().rows(); ++i) {
            const QString table = tables.value().text(i, 0);
            // The table names come from the catalog; the pattern is a bound parameter.
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM %1 t WHERE t::text ~ $1").arg(table),
                      {pattern}),
                0);
        }
        const QString log = qEnvironmentVariable("COWIN_TEST_SERVER_LOG");
        if (log.isEmpty())
            QSKIP("COWIN_TEST_SERVER_LOG names the server's log (scripts/test sets it)");
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QString &number : std::as_const(m_numbersUsed))
            QVERIFY2(!text.contains(number), qPrintable(number + " is in the server log"));
    }
};

QTEST_GUILESS_MAIN(LookupWatchBotAndRaces)
#include "lookup_watch_bot_and_races.moc"
