// SPDX-License-Identifier: Apache-2.0
// The audit trail at national scale (COWIN_BENCH_AUDIT_EVENTS, default 10,000,000, written by
// the demo generator when the trail is smaller): the server time and plan of a first page for
// each kind of filter; the console's verification rate against raw OpenSSL SHA-256 over the
// same bytes; and the memory of a console scrolling deep into the trail.
#include "BenchSupport.h"
#include "audit/AuditChain.h"
#include "audit/AuditEventModel.h"
#include "audit/AuditRows.h"
#include "db/AdminClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <openssl/evp.h>

using namespace cowin;
using bench::die;
using bench::must;
using bench::say;

namespace {
struct FilterCase {
    const char *name;
    QString args; // the nine filter arguments of private.checked_audit_filter, as SQL
};

qint64 residentKiB() {
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts.at(1).toLongLong() * 4 : 0;
}

double executionMs(const QString &json) {
    return QRegularExpression(QStringLiteral("\"Execution Time\": ([0-9.]+)"))
        .match(json)
        .captured(1)
        .toDouble();
}

// A first page as console.audit_search runs it (checked filter, id range, keyset query):
// the median server time of five runs, then the keyset query's own plan with its buffers.
void firstPage(db::PgConnection &dba, const FilterCase &c, bool showPlan) {
    const QString filter = QStringLiteral("private.checked_audit_filter(%1)").arg(c.args);
    std::vector<double> ms;
    for (int i = 0; i < 5; ++i)
        ms.push_back(
            executionMs(must(dba.exec(QStringLiteral("EXPLAIN (ANALYZE, FORMAT JSON) SELECT * FROM "
                                                     "private.audit_search(%1, NULL, NULL, 200)")
                                          .arg(filter)),
                             "first page")
                            .text(0, 0)));
    const auto rows = must(dba.exec(QStringLiteral("SELECT count(*) FROM private.audit_search(%1, "
                                                   "NULL, NULL, 200)")
                                        .arg(filter)),
                           "rows");
    say(QStringLiteral("  %1: %2 events, median %3 ms, max %4 ms server time")
            .arg(QLatin1String(c.name))
            .arg(rows.int64(0, 0))
            .arg(bench::percentile(ms, 0.5), 0, 'f', 2)
            .arg(bench::percentile(ms, 1.0), 0, 'f', 2));
    if (!showPlan)
        return;
    // The inner query, prepared with the function's parameter types and run with its values.
    auto parts = must(
        dba.exec(QStringLiteral(
                     "SELECT private.audit_filter_sql(f), format('EXECUTE audit_page(%L, %L, %L, "
                     "%L, %L, %L, %L, %L, %L, %L)', f.lo, f.hi, f.actor, f.action, f.area, "
                     "f.target_type, f.target_id, f.client_network, "
                     "private.audit_failure_pattern(), f.words) FROM %1 f")
                     .arg(filter)),
        "filter sql");
    dba.exec(QStringLiteral("DEALLOCATE ALL"));
    must(dba.exec(QStringLiteral("PREPARE audit_page(bigint, bigint, text, text, text, text, text, "
                                 "cidr, text, text) AS SELECT e.id FROM audit.event e WHERE %1 "
                                 "ORDER BY e.id DESC LIMIT 200")
                      .arg(parts.text(0, 0))),
         "prepare");
    const auto plan =
        must(dba.exec(QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ") + parts.text(0, 1)),
             "plan");
    for (int i = 0; i < plan.rows(); ++i)
        say(QStringLiteral("      ") + plan.text(i, 0));
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QString dsn = qEnvironmentVariable("COWIN_BENCH_DSN");
    if (dsn.isEmpty())
        die(QStringLiteral(
            "COWIN_BENCH_DSN (a superuser connection string) is required; use bench/run"));
    const qint64 wanted = qEnvironmentVariableIsSet("COWIN_BENCH_AUDIT_EVENTS")
                              ? qEnvironmentVariable("COWIN_BENCH_AUDIT_EVENTS").toLongLong()
                              : 10000000;
    const bool showPlans = qEnvironmentVariable("COWIN_BENCH_PLANS") != QLatin1String("0");
    db::PgConnection dba;
    if (!dba.openConnectionString(dsn, QStringLiteral("bench")).isOk())
        die(QStringLiteral("cannot connect"));
    db::AdminClient admin(dba);

    qint64 events =
        must(dba.exec(QStringLiteral("SELECT count(*) FROM audit.event")), "count").int64(0, 0);
    if (events < wanted) {
        say(QStringLiteral("writing %1 audit events (a valid chain over 180 days)…").arg(wanted));
        QElapsedTimer t;
        t.start();
        must(admin.demoAuditEvents(wanted, {}), "demo audit events");
        must(dba.exec(QStringLiteral("VACUUM (ANALYZE) audit.event")), "vacuum");
        say(QStringLiteral("  written in %1 s").arg(t.elapsed() / 1000));
        events =
            must(dba.exec(QStringLiteral("SELECT count(*) FROM audit.event")), "count").int64(0, 0);
    }
    const auto sample = must(
        dba.exec(QStringLiteral(
            "SELECT (SELECT target_id FROM audit.event WHERE target_type = 'vaccinator' ORDER BY "
            "id DESC OFFSET 500000 LIMIT 1), (SELECT actor FROM audit.event ORDER BY id DESC "
            "OFFSET 300000 LIMIT 1), pg_size_pretty(pg_total_relation_size('audit.event'))")),
        "sample");
    say(QStringLiteral("audit trail: %1 events, %2 with indexes")
            .arg(events)
            .arg(sample.text(0, 2)));

    say(QStringLiteral("==> first page (200 events, newest first) per filter"));
    const QString target = sample.text(0, 0);
    const QString actor = sample.text(0, 1);
    const QList<FilterCase> cases = {
        {"no filter (last 7 days)",
         QStringLiteral(
             "now() - interval '7 days', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL")},
        {"actor",
         QStringLiteral("NULL, NULL, '%1', NULL, NULL, NULL, NULL, NULL, NULL").arg(actor)},
        {"action (rare: operator.locked)",
         QStringLiteral("NULL, NULL, NULL, 'operator.locked', NULL, NULL, NULL, NULL, NULL")},
        {"area (otp)", QStringLiteral("NULL, NULL, NULL, 'otp', NULL, NULL, NULL, NULL, NULL")},
        {"target (one vaccinator)",
         QStringLiteral("NULL, NULL, NULL, NULL, 'vaccinator', '%1', NULL, NULL, NULL")
             .arg(target)},
        {"time range (one day, 90 days ago)",
         QStringLiteral("now() - interval '91 days', now() - interval '90 days', NULL, NULL, NULL, "
                        "NULL, NULL, NULL, NULL")},
        {"actor + time range (30 days)",
         QStringLiteral("now() - interval '60 days', now() - interval '30 days', '%1', NULL, NULL, "
                        "NULL, NULL, NULL, NULL")
             .arg(actor)},
        {"client network (/24)",
         QStringLiteral("NULL, NULL, NULL, NULL, NULL, NULL, '10.25.40.0/24', NULL, NULL")},
        {"failures", QStringLiteral("NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'failure', NULL")},
        {"words in the reason",
         QStringLiteral("NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'video call'")},
    };
    for (const FilterCase &c : cases)
        firstPage(dba, c, showPlans);

    say(QStringLiteral("==> console memory while scrolling (keyset window, pages of 200)"));
    audit::AuditEventModel model(
        [&admin](const audit::AuditQuery &q, qint64 before, qint64, int size) {
            return QtFuture::makeReadyFuture(admin.searchAudit(q, before, size));
        },
        nullptr, 200, 5);
    QSignalSpy loaded(&model, &audit::AuditEventModel::pageLoaded);
    audit::AuditFilter any;
    any.span = audit::AuditFilter::Span::AnyTime;
    model.setQuery(audit::AuditQuery::at(any, QDateTime::currentDateTimeUtc()));
    if (!loaded.wait(30000))
        die(QStringLiteral("no first page"));
    const qint64 firstRss = residentKiB();
    const int firstRows = model.rowCount();
    qint64 maxRss = firstRss;
    int maxRows = firstRows;
    // 500 pages, or to the oldest event of a smaller trail.
    int pages = 0;
    for (; pages < 500 && !model.atEnd(); ++pages) {
        model.noteVisibleRows(model.rowCount() - 20, model.rowCount() - 1);
        if (!loaded.wait(30000))
            die(QStringLiteral("no page %1").arg(pages));
        maxRss = std::max(maxRss, residentKiB());
        maxRows = std::max(maxRows, model.rowCount());
    }
    say(QStringLiteral("  first page: %1 rows held, %2 KiB resident").arg(firstRows).arg(firstRss));
    say(QStringLiteral("  after scrolling %1 pages (%2 events deep): at most %3 rows held, at most "
                       "%4 KiB resident; ratio %5 (goal <= 1.5)")
            .arg(pages)
            .arg(model.rowsBeforeWindow() + model.rowCount())
            .arg(maxRows)
            .arg(maxRss)
            .arg(static_cast<double>(maxRss) / static_cast<double>(firstRss), 0, 'f', 3));
    say(QStringLiteral("==> verification in the console (C++, OpenSSL)"));
    const int sampleSize = 1000000;
    QList<audit::AuditRecord> records;
    records.reserve(sampleSize);
    QElapsedTimer fetch;
    fetch.start();
    qint64 after = 0;
    while (records.size() < sampleSize) {
        auto page = must(audit::auditRecordsIn(dba.exec(
                             QStringLiteral("SELECT %1 FROM admin.audit_chain_page($1, 20000)")
                                 .arg(QLatin1String(audit::kAuditRecordColumns)),
                             {after})),
                         "chain page");
        if (page.isEmpty())
            break;
        after = page.last().id;
        records << page;
    }
    const double fetchS = static_cast<double>(fetch.nsecsElapsed()) / 1e9;
    QElapsedTimer verifyTimer;
    verifyTimer.start();
    audit::AuditChainVerifier verifier;
    for (const audit::AuditRecord &r : std::as_const(records))
        verifier.add(r);
    const double verifyS = static_cast<double>(verifyTimer.nsecsElapsed()) / 1e9;
    if (!verifier.intact())
        die(QStringLiteral("the chain is broken at %1").arg(verifier.finding().eventId));
    // The same bytes through SHA-256 and nothing else.
    QList<QByteArray> inputs;
    qint64 bytes = 0;
    inputs.reserve(records.size());
    for (const audit::AuditRecord &r : std::as_const(records)) {
        inputs << r.prevHash + audit::AuditChain::canonicalBytes(r);
        bytes += inputs.last().size();
    }
    QElapsedTimer rawTimer;
    rawTimer.start();
    unsigned char digest[32];
    unsigned char sink = 0;
    for (const QByteArray &in : std::as_const(inputs)) {
        unsigned int length = 0;
        EVP_Digest(in.constData(), static_cast<size_t>(in.size()), digest, &length, EVP_sha256(),
                   nullptr);
        sink ^= digest[0];
    }
    const double rawS = static_cast<double>(rawTimer.nsecsElapsed()) / 1e9;
    const double n = static_cast<double>(records.size());
    say(QStringLiteral("  %1 events, %2 bytes hashed (%3 bytes an event)")
            .arg(records.size())
            .arg(bytes)
            .arg(static_cast<double>(bytes) / n, 0, 'f', 0));
    say(QStringLiteral("  verifier (encode + SHA-256 + compare): %1 events/s")
            .arg(n / verifyS, 0, 'f', 0));
    say(QStringLiteral("  raw OpenSSL SHA-256 over the same bytes: %1 events/s (checksum %2)")
            .arg(n / rawS, 0, 'f', 0)
            .arg(sink));
    say(QStringLiteral("  ratio verifier / raw SHA-256: %1 (goal >= 0.5)")
            .arg(rawS / verifyS, 0, 'f', 2));
    say(QStringLiteral("  with reading from the server (pages of 20,000): %1 events/s end to end")
            .arg(n / (fetchS + verifyS), 0, 'f', 0));

    return 0;
}
