// SPDX-License-Identifier: Apache-2.0
// The audit trail at national scale (COWIN_BENCH_AUDIT_EVENTS, default 10,000,000, written by
// the demo generator when the trail is smaller): the server time of a first page for each kind
// of filter, before and after a skewed burst (COWIN_BENCH_BURST_EVENTS, default 290,000
// bulk-reset events), with the plans after it; the memory of a console scrolling deep into the
// trail; verification of the whole trail end to end (and the paged way it replaced, side by side),
// and in memory against raw OpenSSL SHA-256 over the same bytes.
#include "BenchSupport.h"
#include "audit/AuditChain.h"
#include "audit/AuditEventModel.h"
#include "audit/AuditRows.h"
#include "db/AdminClient.h"

#include <QCoreApplication>
#include <QDir>
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
    // The page's query, prepared with the function's parameter types and run with its values.
    auto parts = must(
        dba.exec(
            QStringLiteral(
                "SELECT private.audit_page_sql(f, false), format('EXECUTE audit_page(%L, %L, "
                "%L, %L, %L, %L, %L, %L, %L, %L, %L, 200, %L)', f.lo, f.hi, f.actor, f.action, "
                "f.area, f.target_type, f.target_id, f.client_network, "
                "private.audit_failure_pattern(), f.words, '9223372036854775807', "
                "(SELECT event_id FROM audit.seal_state)) FROM %1 f")
                .arg(filter)),
        "page sql");
    dba.exec(QStringLiteral("DEALLOCATE ALL"));
    must(dba.exec(QStringLiteral("PREPARE audit_page(bigint, bigint, text, text, text, text, text, "
                                 "cidr, text, text, bigint, integer, bigint) AS %1")
                      .arg(parts.text(0, 0))),
         "prepare");
    const auto plan =
        must(dba.exec(QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ") + parts.text(0, 1)),
             "plan");
    for (int i = 0; i < plan.rows(); ++i)
        say(QStringLiteral("      ") + plan.text(i, 0));
}
// Buffers and partitions a plan touched: EXPLAIN (ANALYZE, BUFFERS) of sql, summed.
struct PlanReads {
    qint64 buffers = 0;
    int monthsRead = 0;
    double ms = 0;
};

PlanReads planReads(db::PgConnection &dba, const QString &sql) {
    const auto plan =
        must(dba.exec(QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) ") + sql), "plan");
    static const QRegularExpression scan(QStringLiteral("Scan.* on event_\\S+ .*loops=[1-9]"));
    static const QRegularExpression buffers(
        QStringLiteral("Buffers: shared(?: hit=(\\d+))?(?: read=(\\d+))?"));
    PlanReads r;
    for (int i = 0; i < plan.rows(); ++i) {
        const QString line = plan.text(i, 0);
        if (scan.match(line).hasMatch())
            ++r.monthsRead;
        // The first Buffers line is the top node's, which counts every node below it.
        if (const auto m = buffers.match(line); m.hasMatch() && r.buffers == 0)
            r.buffers = m.captured(1).toLongLong() + m.captured(2).toLongLong();
        if (line.startsWith(QLatin1String("Execution Time:")))
            r.ms = line.section(QLatin1Char(' '), 2, 2).toDouble();
    }
    return r;
}

// The trail by month: how it is spread, what the sealer's scan and a newest page read, and the
// oldest month archived and verified from its folder.
void months(db::PgConnection &dba, db::AdminClient &admin) {
    say(QStringLiteral("==> the trail by month"));
    const auto spread =
        must(dba.exec(QStringLiteral(
                 "SELECT count(*), min(n), max(n) FROM (SELECT c.relname, (SELECT count(*) FROM "
                 "audit.event e WHERE e.tableoid = c.oid) n FROM pg_inherits i JOIN pg_class c ON "
                 "c.oid = i.inhrelid WHERE i.inhparent = 'audit.event'::regclass) m")),
             "months");
    say(QStringLiteral("  %1 months live (made ahead included), %2 to %3 events a month")
            .arg(spread.int64(0, 0))
            .arg(spread.int64(0, 1))
            .arg(spread.int64(0, 2)));
    const QString head =
        must(dba.exec(QStringLiteral("SELECT event_id FROM audit.seal_state")), "head").text(0, 0);
    const PlanReads sealer = planReads(
        dba, QStringLiteral("SELECT * FROM audit.event e WHERE e.id > %1 ORDER BY e.id LIMIT 1000")
                 .arg(head));
    say(QStringLiteral("  the sealer's scan above the head: %1 month(s) read, %2 buffers, %3 ms")
            .arg(sealer.monthsRead)
            .arg(sealer.buffers)
            .arg(sealer.ms, 0, 'f', 3));
    const PlanReads newest =
        planReads(dba, QStringLiteral("SELECT * FROM audit.event e ORDER BY e.id DESC LIMIT 200"));
    say(QStringLiteral("  the newest 200 events: %1 month(s) read, %2 buffers, %3 ms")
            .arg(newest.monthsRead)
            .arg(newest.buffers)
            .arg(newest.ms, 0, 'f', 3));

    const QString oldest =
        must(dba.exec(QStringLiteral(
                 "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                 "WHERE i.inhparent = 'audit.event'::regclass ORDER BY c.relname LIMIT 1")),
             "oldest")
            .text(0, 0);
    auto key = audit::AuditorKey::generate();
    if (!key)
        die(QStringLiteral("no Ed25519 key"));
    audit::Checkpoint checkpoint = must(admin.auditHeadToSign(), "head to sign");
    key->sign(checkpoint);
    must(admin.recordCheckpoint(checkpoint), "checkpoint");
    const QString folder = QDir::tempPath() + QStringLiteral("/cowin-bench-archive-") +
                           QString::number(QCoreApplication::applicationPid());
    QElapsedTimer t;
    t.start();
    const auto archiving = admin.archiveAuditMonth(oldest, folder);
    // Earlier runs on this cluster may have archived every month that is over.
    if (!archiving.isOk() && archiving.error().sqlState == QLatin1String("CW409")) {
        say(QStringLiteral("  no month to archive: %1").arg(archiving.error().message));
        return;
    }
    const auto archived = must(archiving, "archive");
    const double archiveS = static_cast<double>(t.nsecsElapsed()) / 1e9;
    say(QStringLiteral("  archived %1 (%2 events) in %3 s = %4 events/s, checked while written")
            .arg(oldest)
            .arg(archived.events)
            .arg(archiveS, 0, 'f', 2)
            .arg(static_cast<double>(archived.events) / archiveS, 0, 'f', 0));
    t.restart();
    const auto live = must(admin.verifyAuditChain(), "verify live");
    const double liveS = static_cast<double>(t.nsecsElapsed()) / 1e9;
    if (!live.intact())
        die(QStringLiteral("the chain does not hold after archiving"));
    say(QStringLiteral("  verified after it: the live trail (%1 events after the archive) in %2 s")
            .arg(live.checked - live.start.afterPosition)
            .arg(liveS, 0, 'f', 2));
    // From the genesis only when this is the first archive: an earlier run's folders are gone.
    if (live.start.archived == archived.events) {
        t.restart();
        const auto walked = must(admin.verifyAuditChain({}, {}, {folder}), "verify with archive");
        const double walkedS = static_cast<double>(t.nsecsElapsed()) / 1e9;
        if (!walked.intact())
            die(QStringLiteral("the archive and the live trail do not hold together"));
        say(QStringLiteral("  the archive and the live trail from the genesis: %1 events in %2 s")
                .arg(walked.checked)
                .arg(walkedS, 0, 'f', 2));
    }
    QDir(folder).removeRecursively();
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
        must(dba.exec(QStringLiteral("VACUUM (ANALYZE) audit.event, audit.seal")), "vacuum");
        say(QStringLiteral("  written in %1 s").arg(t.elapsed() / 1000));
        events =
            must(dba.exec(QStringLiteral("SELECT count(*) FROM audit.event")), "count").int64(0, 0);
    }
    const auto sample =
        must(dba.exec(QStringLiteral(
                 "SELECT coalesce((SELECT e.target_id FROM audit.event e WHERE e.target_type = "
                 "'vaccinator' AND EXISTS (SELECT 1 FROM private.vaccinator v WHERE v.login_id = "
                 "e.target_id) ORDER BY e.id DESC OFFSET 500000 LIMIT 1), (SELECT login_id FROM "
                 "private.vaccinator ORDER BY id LIMIT 1)), (SELECT actor FROM audit.event ORDER "
                 "BY id DESC "
                 "OFFSET 300000 LIMIT 1), (SELECT "
                 "pg_size_pretty(sum(pg_total_relation_size(i.inhrelid))) "
                 "FROM pg_inherits i WHERE i.inhparent = 'audit.event'::regclass)")),
             "sample");
    say(QStringLiteral("audit trail: %1 events, %2 with indexes")
            .arg(events)
            .arg(sample.text(0, 2)));

    // COWIN_BENCH_AUDIT_PART=verify: only the verification figures (and the months), for
    // work on the verifier that need not wait for the filters and the burst.
    if (qEnvironmentVariable("COWIN_BENCH_AUDIT_PART") != QLatin1String("verify")) {
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
             QStringLiteral(
                 "now() - interval '91 days', now() - interval '90 days', NULL, NULL, NULL, "
                 "NULL, NULL, NULL, NULL")},
            {"actor + time range (30 days)",
             QStringLiteral(
                 "now() - interval '60 days', now() - interval '30 days', '%1', NULL, NULL, "
                 "NULL, NULL, NULL, NULL")
                 .arg(actor)},
            {"client network (/24)",
             QStringLiteral("NULL, NULL, NULL, NULL, NULL, NULL, '10.25.40.0/24', NULL, NULL")},
            {"failures",
             QStringLiteral("NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'failure', NULL")},
            {"words in the reason",
             QStringLiteral("NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'video call'")},
        };
        for (const FilterCase &c : cases)
            firstPage(dba, c, false);

        // A national bulk reset puts hundreds of thousands of one action with one reason on top of
        // the trail; every filter's first page must not depend on it (target <= 20 ms).
        const qint64 burst = qEnvironmentVariableIsSet("COWIN_BENCH_BURST_EVENTS")
                                 ? qEnvironmentVariable("COWIN_BENCH_BURST_EVENTS").toLongLong()
                                 : 290000;
        say(QStringLiteral("==> the same after a skewed burst: %1 bulk-reset events on top, sealed")
                .arg(burst));
        {
            QElapsedTimer t;
            t.start();
            must(dba.exec(QStringLiteral(
                              "INSERT INTO audit.event SELECT (audit.new_event("
                              "'vaccinator.password_reset', 'vaccinator', 'mh-burst-' || g, 'Bulk "
                              "reset of every account in Maharashtra after the leak', "
                              "jsonb_build_object('bulk', 1, 'send', true))).* "
                              "FROM generate_series(1, $1::bigint) g"),
                          {burst}),
                 "burst");
            while (
                must(dba.exec(QStringLiteral("SELECT sealed FROM audit.seal_next(50000)")), "seal")
                    .int64(0, 0) > 0) {
            }
            must(dba.exec(QStringLiteral("VACUUM (ANALYZE) audit.event, audit.seal")), "vacuum");
            say(QStringLiteral("  written and sealed in %1 s").arg(t.elapsed() / 1000));
        }
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
        say(QStringLiteral("  first page: %1 rows held, %2 KiB resident")
                .arg(firstRows)
                .arg(firstRss));
        say(QStringLiteral(
                "  after scrolling %1 pages (%2 events deep): at most %3 rows held, at most "
                "%4 KiB resident; ratio %5 (goal <= 1.5)")
                .arg(pages)
                .arg(model.rowsBeforeWindow() + model.rowCount())
                .arg(maxRows)
                .arg(maxRss)
                .arg(static_cast<double>(maxRss) / static_cast<double>(firstRss), 0, 'f', 3));
    }
    say(QStringLiteral("==> verification of the whole trail, end to end from the server"));
    // Where the live chain starts, after any month archived by an earlier run.
    const auto start = must(dba.exec(QStringLiteral("SELECT after_id, prev_hash, after_position "
                                                    "FROM admin.audit_chain_start()")),
                            "chain start");
    const qint64 startId = start.int64(0, 0);
    // The way cowin-admin verify-audit and the console verify: a cursor streamed in binary, row
    // by row, with two FETCHes in flight, hashed while the server reads.
    const auto verifiedWalk = [&admin](const QString &label) {
        QElapsedTimer t;
        t.start();
        const auto report = must(admin.verifyAuditChain(), "verify");
        const double s = static_cast<double>(t.nsecsElapsed()) / 1e9;
        if (!report.intact())
            die(QStringLiteral("the chain is broken at %1").arg(report.finding.eventId));
        const qint64 walked = report.checked - report.start.afterPosition;
        say(QStringLiteral("  %1: %2 events in %3 s = %4 events/s (target >= 700,000)")
                .arg(label)
                .arg(walked)
                .arg(s, 0, 'f', 2)
                .arg(static_cast<double>(walked) / s, 0, 'f', 0));
    };
    // The same stream with nothing done on this side: what the server and the connection
    // deliver on their own, the ceiling of the walk on this machine. Taken between two walks,
    // so that neither side alone has the colder cache.
    const auto bareWalk = [&dba, startId] {
        must(dba.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")), "begin");
        must(dba.exec(QStringLiteral("SELECT admin.audit_chain_open($1)"), {startId}), "open");
        qint64 delivered = 0;
        QElapsedTimer t;
        t.start();
        must(dba.streamCursor("audit_chain", 10000,
                              [&delivered](const QByteArrayView *, int) {
                                  ++delivered;
                                  return true;
                              }),
             "stream");
        const double s = static_cast<double>(t.nsecsElapsed()) / 1e9;
        must(dba.exec(QStringLiteral("COMMIT")), "commit");
        say(QStringLiteral("  the same stream, not hashed (server and connection alone): %1 "
                           "events in %2 s = %3 events/s")
                .arg(delivered)
                .arg(s, 0, 'f', 2)
                .arg(static_cast<double>(delivered) / s, 0, 'f', 0));
    };
    verifiedWalk(QStringLiteral("streamed"));
    bareWalk();
    verifiedWalk(QStringLiteral("streamed again"));
    const QByteArray startHash = QByteArray::fromHex(start.text(0, 1).toLatin1());
    const qint64 startPosition = start.int64(0, 2);
    {
        // The same work as before streaming, on the first 1,000,000 events: pages of 5,000 in
        // text, each row turned into Qt strings, fetching and hashing one after the other.
        const qint64 pagedEvents = std::min<qint64>(events, 1000000);
        QElapsedTimer t;
        t.start();
        audit::AuditChainVerifier verifier;
        verifier.resumeAfter(startId, startHash, startPosition);
        qint64 after = startId;
        while (verifier.checked() - startPosition < pagedEvents) {
            const auto page = must(audit::auditRecordsIn(dba.exec(
                                       QStringLiteral("SELECT %1 FROM private.audit_chain_page($1, "
                                                      "5000)")
                                           .arg(QLatin1String(audit::kAuditRecordColumns)),
                                       {after})),
                                   "chain page");
            if (page.isEmpty())
                break;
            for (const audit::AuditRecord &r : page)
                verifier.add(r);
            after = page.last().id;
        }
        const double s = static_cast<double>(t.nsecsElapsed()) / 1e9;
        say(QStringLiteral("  before (text pages of 5,000, Qt strings): %1 events/s on the first "
                           "%2")
                .arg(static_cast<double>(verifier.checked() - startPosition) / s, 0, 'f', 0)
                .arg(verifier.checked() - startPosition));
    }

    say(QStringLiteral("==> verification in memory (C++, OpenSSL) against raw SHA-256"));
    // The first 1,000,000 events as the stream delivers them, held in memory, so that only
    // this side's work is timed.
    must(dba.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")), "begin");
    must(dba.exec(QStringLiteral("SELECT admin.audit_chain_open($1)"), {startId}), "open");
    QList<db::PgResult> batches;
    qint64 held = 0;
    while (held < 1000000) {
        if (!dba.sendForBinary(QStringLiteral("FETCH FORWARD 10000 FROM audit_chain")))
            die(QStringLiteral("cannot fetch"));
        const auto batch = must(dba.takeAnswer(), "fetch");
        if (batch.rows() == 0)
            break;
        batches << batch;
        held += batch.rows();
    }
    must(dba.exec(QStringLiteral("COMMIT")), "commit");
    // The same bytes through SHA-256 and nothing else: each sealed event's prev_hash and
    // canonical encoding, made ahead.
    QList<QByteArray> inputs;
    qint64 bytes = 0;
    {
        QByteArrayView cells[audit::kChainColumns];
        char occurred[audit::kChainTimeText];
        QByteArray body;
        for (const db::PgResult &batch : std::as_const(batches))
            for (int row = 0; row < batch.rows(); ++row) {
                batch.rowCells(row, cells);
                const audit::AuditRecordView r = audit::chainRecordView(cells, occurred);
                if (r.hash.isEmpty())
                    continue;
                audit::AuditChain::canonicalBytes(r, body);
                inputs << r.prevHash.toByteArray() + body;
                bytes += inputs.last().size();
            }
    }
    const double n = static_cast<double>(inputs.size());
    say(QStringLiteral("  %1 events, %2 bytes hashed (%3 bytes an event)")
            .arg(inputs.size())
            .arg(bytes)
            .arg(static_cast<double>(bytes) / n, 0, 'f', 0));
    // This machine's speed moves from second to second: one round of each, taken in turns,
    // and the ratio of each pair, so both sides of a ratio ran at nearly the same moment.
    constexpr int kRounds = 7;
    std::vector<double> verifierRates;
    std::vector<double> rawRates;
    std::vector<double> ratios;
    unsigned char sink = 0;
    for (int round = 0; round < kRounds; ++round) {
        QElapsedTimer verifyTimer;
        verifyTimer.start();
        audit::AuditChainVerifier verifier;
        verifier.resumeAfter(startId, startHash, startPosition);
        audit::CheckpointCheck noCheckpoints({});
        for (const db::PgResult &batch : std::as_const(batches))
            audit::verifyChainBatch(batch, verifier, noCheckpoints);
        const double verifyS = static_cast<double>(verifyTimer.nsecsElapsed()) / 1e9;
        if (!verifier.intact())
            die(QStringLiteral("the chain is broken at %1").arg(verifier.finding().eventId));
        QElapsedTimer rawTimer;
        rawTimer.start();
        unsigned char digest[32];
        // OpenSSL's fastest way: its implementation fetched once and one context reused.
        EVP_MD *sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        EVP_MD_CTX *context = EVP_MD_CTX_new();
        for (const QByteArray &in : std::as_const(inputs)) {
            unsigned int length = 0;
            EVP_DigestInit_ex(context, sha256, nullptr);
            EVP_DigestUpdate(context, in.constData(), static_cast<size_t>(in.size()));
            EVP_DigestFinal_ex(context, digest, &length);
            sink ^= digest[0];
        }
        EVP_MD_CTX_free(context);
        EVP_MD_free(sha256);
        const double rawS = static_cast<double>(rawTimer.nsecsElapsed()) / 1e9;
        verifierRates.push_back(static_cast<double>(verifier.checked() - startPosition) / verifyS);
        rawRates.push_back(n / rawS);
        ratios.push_back(verifierRates.back() / rawRates.back());
    }
    say(QStringLiteral("  verifier (read binary cells, encode, SHA-256, compare): median %1 "
                       "events/s over %2 rounds")
            .arg(bench::percentile(verifierRates, 0.5), 0, 'f', 0)
            .arg(kRounds));
    say(QStringLiteral("  raw OpenSSL SHA-256 over the same bytes: median %1 events/s (checksum "
                       "%2)")
            .arg(bench::percentile(rawRates, 0.5), 0, 'f', 0)
            .arg(sink));
    say(QStringLiteral("  ratio verifier / raw SHA-256, round by round: median %1, lowest %2, "
                       "highest %3 (target >= 0.7)")
            .arg(bench::percentile(ratios, 0.5), 0, 'f', 2)
            .arg(bench::percentile(ratios, 0.0), 0, 'f', 2)
            .arg(bench::percentile(ratios, 1.0), 0, 'f', 2));

    months(dba, admin);
    return 0;
}
