// SPDX-License-Identifier: Apache-2.0
// cowin-admin: the DBA's and cron's command line, built from the same core as the console.
#include "audit/Checkpoint.h"
#include "audit/Evidence.h"
#include "audit/Sealer.h"
#include "audit/WitnessFolder.h"
#include "auth/PasswordPolicy.h"
#include "db/AdminClient.h"
#include "delivery/DeliveryWorker.h"
#include "demo/DemoData.h"
#include "demo/LocalCluster.h"
#include "platform/TerminationSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <cstdio>

using namespace cowin;

namespace {
QTextStream &out() {
    static QTextStream s(stdout);
    return s;
}
QTextStream &err() {
    static QTextStream s(stderr);
    return s;
}

const char *const kUsage =
    "Usage: cowin-admin <command> [options]\n"
    "\n"
    "Commands:\n"
    "  migrate          apply the bundled schema migrations (superuser DSN)\n"
    "  create-operator  create a console operator; password read from stdin;\n"
    "                   prints the one-time enrolment code\n"
    "  unlock-operator  unlock an operator locked after too many wrong codes\n"
    "  demo-data        create the demo operators (secrets written to a file) and, once,\n"
    "                   the demo's centres and vaccinator accounts\n"
    "  set-scope        limit an operator to vaccinator accounts of some states or districts\n"
    "  deliver          send queued one-time passwords to vaccinators through the SMS gateway\n"
    "  verify-audit     recompute the audit hash chain and hold it to the signed checkpoints,\n"
    "                   or check an evidence export offline (--export); exit 0 when intact,\n"
    "                   1 when broken\n"
    "  seal             chain committed audit events into the sealed, tamper-evident trail\n"
    "                   (--follow: the sealer service)\n"
    "  checkpoint       sign the audit chain's head with an auditor's Ed25519 key and store it\n"
    "                   (--witness: also in a folder outside the database)\n"
    "  export-audit     export the audit events a filter finds as evidence (CSV, JSON Lines\n"
    "                   and a manifest, signed with an auditor's key); itself audited\n"
    "  local-cluster    start or stop a private PostgreSQL cluster (demo and tests)\n"
    "\n"
    "Run 'cowin-admin <command> --help' for a command's options.\n";

int fail(const QString &message, int code = 2) {
    err() << "cowin-admin: " << message << Qt::endl;
    return code;
}

QString describe(const db::DbError &e) {
    if (!e.message.isEmpty())
        return e.sqlState.isEmpty() ? e.message
                                    : QStringLiteral("%1 (%2)").arg(e.message, e.sqlState);
    return QStringLiteral("database error %1")
        .arg(e.sqlState.isEmpty() ? QStringLiteral("?") : e.sqlState);
}

bool connect(db::PgConnection &c, const QString &dsn) {
    auto r = c.openConnectionString(dsn, QStringLiteral("cowin-admin"));
    if (!r.isOk()) {
        fail(QStringLiteral("cannot connect: %1").arg(describe(r.error())));
        return false;
    }
    return true;
}

QCommandLineOption dsnOption() {
    return QCommandLineOption(QStringLiteral("dsn"),
                              QStringLiteral("libpq connection string, e.g. \"host=db.example "
                                             "dbname=cowin user=dba sslmode=verify-full\". The "
                                             "password comes from PGPASSWORD or ~/.pgpass."),
                              QStringLiteral("conninfo"));
}

QCommandLineOption witnessOption(const QString &description) {
    return QCommandLineOption(QStringLiteral("witness"), description, QStringLiteral("folder"));
}

void setUp(QCommandLineParser &p, const QString &command, const QString &description) {
    p.setApplicationDescription(QStringLiteral("cowin-admin %1: %2").arg(command, description));
    p.addHelpOption();
    p.addPositionalArgument(command, description);
}

// Names the first required option that is missing, or returns an empty string.
QString missingOption(const QCommandLineParser &p, std::initializer_list<const char *> required) {
    for (const char *name : required) {
        if (!p.isSet(QString::fromLatin1(name)))
            return QStringLiteral("--%1 is required").arg(QString::fromLatin1(name));
    }
    return {};
}

int runMigrate(const QStringList &args) {
    QCommandLineParser p;
    setUp(p, QStringLiteral("migrate"), QStringLiteral("apply the bundled schema migrations"));
    p.addOption(dsnOption());
    p.process(args);
    if (const QString missing = missingOption(p, {"dsn"}); !missing.isEmpty())
        return fail(missing);
    db::PgConnection c;
    if (!connect(c, p.value(QStringLiteral("dsn"))))
        return 2;
    db::AdminClient admin(c);
    auto r = admin.migrate();
    if (!r.isOk())
        return fail(QStringLiteral("migration failed: %1").arg(describe(r.error())));
    for (const QString &m : r.value())
        out() << "applied " << m << Qt::endl;
    out() << (r.value().isEmpty() ? "schema is up to date" : "done") << Qt::endl;
    return 0;
}

int runCreateOperator(const QStringList &args) {
    QCommandLineParser p;
    setUp(p, QStringLiteral("create-operator"),
          QStringLiteral("create a console operator (password read from stdin)"));
    p.addOption(dsnOption());
    p.addOption({QStringLiteral("name"), QStringLiteral("login name: a-z, 0-9, _"),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("full-name"), QStringLiteral("the person's full name"),
                 QStringLiteral("text")});
    p.addOption({QStringLiteral("groups"),
                 QStringLiteral("comma-separated: helpdesk, admin, incident, auditor"),
                 QStringLiteral("list")});
    p.process(args);
    if (const QString missing = missingOption(p, {"dsn", "name", "full-name"}); !missing.isEmpty())
        return fail(missing);
    QTextStream in(stdin);
    const QString password = in.readLine();
    switch (auth::PasswordPolicy::withBuiltInList().check(p.value(QStringLiteral("name")), password,
                                                          password)) {
    case auth::PasswordProblem::None:
        break;
    case auth::PasswordProblem::TooShort:
        return fail(QStringLiteral("the initial password (one line on stdin) must be at least %1 "
                                   "characters")
                        .arg(auth::PasswordPolicy::kMinimumLength));
    case auth::PasswordProblem::Common:
        return fail(QStringLiteral("the initial password is on the list of common passwords"));
    default:
        return fail(QStringLiteral("the initial password must not be or contain the username"));
    }
    QStringList groups;
    for (const QString &g :
         p.value(QStringLiteral("groups")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        groups << g.trimmed();
    db::PgConnection c;
    if (!connect(c, p.value(QStringLiteral("dsn"))))
        return 2;
    db::AdminClient admin(c);
    auto r = admin.createOperator(p.value(QStringLiteral("name")),
                                  p.value(QStringLiteral("full-name")), groups, password);
    if (!r.isOk())
        return fail(describe(r.error()));
    out() << "operator " << p.value(QStringLiteral("name")) << " created; must change the password "
          << "and enrol an authenticator at first login" << Qt::endl;
    out() << "one-time enrolment code (valid 7 days, shown once): " << r.value() << Qt::endl;
    return 0;
}

int runUnlockOperator(const QStringList &args) {
    QCommandLineParser p;
    setUp(p, QStringLiteral("unlock-operator"),
          QStringLiteral("unlock an operator locked after too many wrong codes"));
    p.addOption(dsnOption());
    p.addOption({QStringLiteral("name"), QStringLiteral("the operator's login name"),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("reason"), QStringLiteral("why (kept in the audit trail)"),
                 QStringLiteral("text")});
    p.process(args);
    if (const QString missing = missingOption(p, {"dsn", "name", "reason"}); !missing.isEmpty())
        return fail(missing);
    db::PgConnection c;
    if (!connect(c, p.value(QStringLiteral("dsn"))))
        return 2;
    db::AdminClient admin(c);
    auto r =
        admin.unlockOperator(p.value(QStringLiteral("name")), p.value(QStringLiteral("reason")));
    if (!r.isOk())
        return fail(describe(r.error()));
    out() << "operator " << p.value(QStringLiteral("name")) << " unlocked" << Qt::endl;
    return 0;
}

int runDemoData(const QStringList &args) {
    QCommandLineParser p;
    setUp(p, QStringLiteral("demo-data"), QStringLiteral("create the demo operators"));
    p.addOption(dsnOption());
    p.addOption({QStringLiteral("secrets-file"),
                 QStringLiteral("where to write the demo operators' passwords and secrets "
                                "(mode 0600) for the console's demo panel"),
                 QStringLiteral("path"), QStringLiteral("cowin-demo-operators.json")});
    p.addOption({QStringLiteral("vaccinators"),
                 QStringLiteral("how many vaccinator accounts to create (once; 0 for none)"),
                 QStringLiteral("count"), QString::number(demo::DemoData::kDefaultVaccinators)});
    p.addOption({QStringLiteral("audit-events"),
                 QStringLiteral("how many audit events of history to create before anything "
                                "else (an empty trail only; 0 for none)"),
                 QStringLiteral("count"), QStringLiteral("0")});
    p.process(args);
    if (const QString missing = missingOption(p, {"dsn"}); !missing.isEmpty())
        return fail(missing);
    bool countOk = false;
    const qint64 vaccinators = p.value(QStringLiteral("vaccinators")).toLongLong(&countOk);
    if (!countOk || vaccinators < 0 || vaccinators > 20000000)
        return fail(QStringLiteral("--vaccinators must be a number from 0 to 20000000"));
    const qint64 auditEvents = p.value(QStringLiteral("audit-events")).toLongLong(&countOk);
    if (!countOk || auditEvents < 0 || auditEvents > 100000000)
        return fail(QStringLiteral("--audit-events must be a number from 0 to 100000000"));
    db::PgConnection c;
    if (!connect(c, p.value(QStringLiteral("dsn"))))
        return 2;
    db::AdminClient admin(c);
    auto r = demo::DemoData::load(admin, vaccinators, auditEvents, [](qint64 done) {
        out() << "audit history: " << done << " events" << Qt::endl;
    });
    if (!r.isOk())
        return fail(QStringLiteral("demo data: %1").arg(describe(r.error())));
    const QString path = p.value(QStringLiteral("secrets-file"));
    QList<demo::DemoOperator> merged = demo::DemoData::mergeKnownSecrets(r.value(), path);
    if (!demo::DemoData::save(merged, path))
        return fail(QStringLiteral("cannot write %1").arg(path));
    for (const demo::DemoOperator &op : merged)
        out() << op.name << " (" << op.groups.join(QLatin1Char(',')) << ")" << Qt::endl;
    out() << "demo operators written to " << path << Qt::endl;
    return 0;
}

int runSetScope(const QStringList &args) {
    QCommandLineParser p;
    setUp(p, QStringLiteral("set-scope"),
          QStringLiteral("limit an operator to vaccinator accounts of some states or districts"));
    p.addOption(dsnOption());
    p.addOption({QStringLiteral("name"), QStringLiteral("the operator's login name"),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("states"),
                 QStringLiteral("comma-separated state codes, e.g. KA,TN (empty: none)"),
                 QStringLiteral("codes")});
    p.addOption({QStringLiteral("districts"),
                 QStringLiteral("comma-separated district ids (empty: none)"),
                 QStringLiteral("ids")});
    p.process(args);
    if (const QString missing = missingOption(p, {"dsn", "name"}); !missing.isEmpty())
        return fail(missing);
    const QStringList states =
        p.value(QStringLiteral("states")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QList<int> districts;
    for (const QString &d :
         p.value(QStringLiteral("districts")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        districts << d.trimmed().toInt(&ok);
        if (!ok)
            return fail(QStringLiteral("--districts takes district ids (numbers)"));
    }
    db::PgConnection c;
    if (!connect(c, p.value(QStringLiteral("dsn"))))
        return 2;
    db::AdminClient admin(c);
    auto r = admin.setOperatorScope(p.value(QStringLiteral("name")), states, districts);
    if (!r.isOk())
        return fail(describe(r.error()));
    if (states.isEmpty() && districts.isEmpty())
        out() << "operator " << p.value(QStringLiteral("name")) << " may act on every account"
              << Qt::endl;
    else
        out() << "operator " << p.value(QStringLiteral("name")) << " limited to states ["
              << states.join(QLatin1Char(',')) << "] and districts ["
              << p.value(QStringLiteral("districts")) << "]" << Qt::endl;
    return 0;
}

int runDeliver(const QStringList &args) {
    QCommandLineParser p;
    setUp(p, QStringLiteral("deliver"),
          QStringLiteral("send queued one-time passwords through the SMS gateway"));
    p.addOption(dsnOption());
    p.addOption({QStringLiteral("gateway-url"),
                 QStringLiteral("the SMS gateway's HTTPS endpoint (JSON POST)"),
                 QStringLiteral("url")});
    p.addOption({QStringLiteral("token-file"),
                 QStringLiteral("file holding the gateway's bearer token (else COWIN_SMS_TOKEN)"),
                 QStringLiteral("path")});
    p.addOption({QStringLiteral("once"),
                 QStringLiteral("send what is due now and exit (for cron and tests)")});
    p.addOption({QStringLiteral("poll-seconds"),
                 QStringLiteral("how often to look for due messages when running"),
                 QStringLiteral("seconds"), QStringLiteral("10")});
    p.addOption({QStringLiteral("backoff-seconds"),
                 QStringLiteral("wait before the first retry; doubled after each failure"),
                 QStringLiteral("seconds"), QStringLiteral("30")});
    p.process(args);
    if (const QString missing = missingOption(p, {"dsn", "gateway-url"}); !missing.isEmpty())
        return fail(missing);
    delivery::GatewayConfig config;
    config.url = QUrl(p.value(QStringLiteral("gateway-url")));
    if (p.isSet(QStringLiteral("token-file"))) {
        QFile tokenFile(p.value(QStringLiteral("token-file")));
        if (!tokenFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(tokenFile.fileName()));
        config.token = tokenFile.readAll().trimmed();
    } else {
        config.token = qgetenv("COWIN_SMS_TOKEN");
    }
    config.baseBackoffSeconds = qMax(0, p.value(QStringLiteral("backoff-seconds")).toInt());
    if (const QString problem = config.problem(); !problem.isEmpty())
        return fail(problem);
    db::PgConnection c;
    if (!connect(c, p.value(QStringLiteral("dsn"))))
        return 2;
    delivery::OutboxClient outbox(c);
    delivery::DeliveryWorker worker(outbox, config);
    const bool once = p.isSet(QStringLiteral("once"));
    const int pollMs = qMax(1, p.value(QStringLiteral("poll-seconds")).toInt()) * 1000;
    int exitCode = 0;
    QObject::connect(&worker, &delivery::DeliveryWorker::drained, &worker,
                     [&](const delivery::DeliveryStats &s) {
                         out() << "sent " << s.sent << ", to retry " << s.retried
                               << ", dead-lettered " << s.dead << Qt::endl;
                         if (once)
                             QCoreApplication::exit(0);
                         else
                             QTimer::singleShot(pollMs, &worker, &delivery::DeliveryWorker::drain);
                     });
    QObject::connect(&worker, &delivery::DeliveryWorker::failed, &worker, [&](const QString &why) {
        fail(why);
        exitCode = 2;
        QCoreApplication::exit(2);
    });
    platform::TerminationSignals termination; // Ctrl+C or TERM: stop between messages
    QTimer::singleShot(0, &worker, &delivery::DeliveryWorker::drain);
    const int loop = QCoreApplication::exec();
    return exitCode != 0 ? exitCode : loop;
}

int verifyEvidence(const QString &folder, const QStringList &trustedHex) {
    QList<QByteArray> trusted;
    for (const QString &hex : trustedHex) {
        const QByteArray key = QByteArray::fromHex(hex.toLatin1());
        if (key.size() != 32)
            return fail(QStringLiteral("--trust-key takes a 64-digit hex Ed25519 public key"));
        trusted << key;
    }
    const audit::EvidenceReport report = audit::checkEvidence(folder, trusted);
    for (const QString &note : report.notes)
        out() << note << Qt::endl;
    if (report.holds()) {
        out() << "evidence export intact: " << report.events << " events" << Qt::endl;
        return 0;
    }
    for (const QString &problem : report.problems)
        out() << "BROKEN: " << problem << Qt::endl;
    return 1;
}

int runVerifyAudit(const QStringList &args) {
    QCommandLineParser p;
    setUp(p, QStringLiteral("verify-audit"), QStringLiteral("recompute the audit hash chain"));
    p.addOption(dsnOption());
    p.addOption({QStringLiteral("quiet"), QStringLiteral("print only a broken event")});
    p.addOption({QStringLiteral("export"),
                 QStringLiteral("check an evidence export folder offline instead (no database)"),
                 QStringLiteral("folder")});
    p.addOption({QStringLiteral("trust-key"),
                 QStringLiteral("an auditor's public key (hex) to accept; repeatable"),
                 QStringLiteral("hex")});
    p.addOption(witnessOption(QStringLiteral("hold the chain also to every signed checkpoint in "
                                             "this folder (kept outside the database)")));
    p.process(args);
    if (p.isSet(QStringLiteral("export")))
        return verifyEvidence(p.value(QStringLiteral("export")),
                              p.values(QStringLiteral("trust-key")));
    if (const QString missing = missingOption(p, {"dsn"}); !missing.isEmpty())
        return fail(missing);
    db::PgConnection c;
    if (!connect(c, p.value(QStringLiteral("dsn"))))
        return 2;
    QList<audit::Checkpoint> witnessed;
    if (p.isSet(QStringLiteral("witness"))) {
        const auto witness = audit::WitnessFolder(p.value(QStringLiteral("witness"))).read();
        for (const QString &problem : witness.problems)
            out() << "BROKEN: " << problem << Qt::endl;
        if (!witness.problems.isEmpty())
            return 1;
        witnessed = witness.checkpoints;
    }
    db::AdminClient admin(c);
    auto r = admin.verifyAuditChain(witnessed);
    if (!r.isOk())
        return fail(describe(r.error()));
    const db::ChainReport &report = r.value();
    using CheckpointProblem = audit::CheckpointCheck::Problem;
    using ChainProblem = audit::AuditChainVerifier::Problem;
    if (report.intact()) {
        if (!p.isSet(QStringLiteral("quiet"))) {
            out() << "audit chain intact: " << report.checked << " sealed events, last id "
                  << report.lastId << "; " << report.checkpoints << " signed checkpoint(s) hold";
            if (!witnessed.isEmpty())
                out() << " (" << witnessed.size() << " from the witness folder)";
            out() << Qt::endl;
            if (report.unsealed > 0)
                out() << "not yet sealed: " << report.unsealed << " event(s) from id "
                      << report.firstUnsealedId << " (not tamper-evident until the sealer "
                      << "chains them)" << Qt::endl;
        }
        return 0;
    }
    if (report.finding.problem == ChainProblem::NeverSealed) {
        out() << "audit chain BROKEN: event " << report.finding.eventId
              << " was committed but left out of the sealed chain (sealed events follow it)"
              << Qt::endl;
        out() << "first broken event id: " << report.finding.eventId << Qt::endl;
        return 1;
    }
    if (report.finding.problem != ChainProblem::None) {
        const bool link = report.finding.problem == ChainProblem::BrokenLink;
        out() << "audit chain BROKEN at event " << report.finding.eventId << ": "
              << (link ? "its prev_hash does not match event "
                       : "its hash does not match its content")
              << (link ? QString::number(report.finding.previousId) : QString()) << Qt::endl;
        out() << "first broken event id: " << report.finding.eventId << Qt::endl;
        return 1;
    }
    const auto &cp = report.checkpointFinding;
    out() << "audit chain BROKEN against the checkpoint at event " << cp.checkpointLastId << ": "
          << (cp.problem == CheckpointProblem::Cut
                  ? "the chain ends before it: its newest events were removed"
              : cp.problem == CheckpointProblem::Rewritten
                  ? "the chain up to it is not what was signed: history was rewritten"
                  : "its signature does not verify")
          << Qt::endl;
    return 1;
}

// The auditor's key from its PEM file, created (mode 0600) when asked and missing.
std::optional<audit::AuditorKey> readKeyFile(const QString &path, bool create, QString &problem) {
    std::optional<audit::AuditorKey> key;
    QFile file(path);
    if (!file.exists() && create) {
        key = audit::AuditorKey::generate();
        if (!key || !file.open(QIODevice::WriteOnly) ||
            !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
            file.write(key->toPem()) < 0) {
            problem = QStringLiteral("cannot write a new key to %1").arg(path);
            return std::nullopt;
        }
        out() << "new auditor key written to " << path << "; public key "
              << key->publicKey().toHex() << Qt::endl;
        return key;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        problem = QStringLiteral("cannot read the key file %1").arg(path);
        return std::nullopt;
    }
    key = audit::AuditorKey::fromPem(file.readAll());
    if (!key)
        problem = QStringLiteral("%1 holds no Ed25519 private key").arg(path);
    return key;
}

int runCheckpoint(const QStringList &args) {
    QCommandLineParser p;
    setUp(p, QStringLiteral("checkpoint"),
          QStringLiteral("sign the audit chain's head with an auditor's Ed25519 key"));
    p.addOption(dsnOption());
    p.addOption({QStringLiteral("key-file"),
                 QStringLiteral("the auditor's private key (PEM); never stored in the database"),
                 QStringLiteral("path")});
    p.addOption({QStringLiteral("new-key"),
                 QStringLiteral("create the key file (mode 0600) when it does not exist")});
    p.addOption(witnessOption(
        QStringLiteral("also write the signed checkpoint to this folder, outside the database")));
    p.process(args);
    if (const QString missing = missingOption(p, {"dsn", "key-file"}); !missing.isEmpty())
        return fail(missing);
    QString problem;
    const std::optional<audit::AuditorKey> key = readKeyFile(
        p.value(QStringLiteral("key-file")), p.isSet(QStringLiteral("new-key")), problem);
    if (!key)
        return fail(problem);
    db::PgConnection c;
    if (!connect(c, p.value(QStringLiteral("dsn"))))
        return 2;
    db::AdminClient admin(c);
    auto head = admin.auditHeadToSign();
    if (!head.isOk())
        return fail(describe(head.error()));
    audit::Checkpoint checkpoint = head.value();
    key->sign(checkpoint);
    auto recorded = admin.recordCheckpoint(checkpoint);
    if (!recorded.isOk())
        return fail(describe(recorded.error()));
    out() << "checkpoint " << recorded.value() << ": event " << checkpoint.lastId << ", "
          << checkpoint.events << " events, hash " << checkpoint.lastHash.toHex() << ", at "
          << checkpoint.takenAtUtc << ", signed by " << checkpoint.publicKey.toHex() << Qt::endl;
    if (p.isSet(QStringLiteral("witness"))) {
        auto written = audit::WitnessFolder(p.value(QStringLiteral("witness"))).write(checkpoint);
        if (!written.isOk())
            return fail(describe(written.error()));
        out() << "witnessed in " << written.value() << Qt::endl;
    }
    return 0;
}

// The sealer: chains committed audit events, one round after another. With --follow it runs
// as a service, woken by the trail's notices and, between them, every few hundred
// milliseconds; it reports its lag now and then.
int runSeal(const QStringList &args) {
    QCommandLineParser p;
    setUp(p, QStringLiteral("seal"), QStringLiteral("chain committed audit events (the sealer)"));
    p.addOption(dsnOption());
    p.addOption({QStringLiteral("follow"),
                 QStringLiteral("keep sealing as events arrive, until stopped (the service)")});
    p.addOption({QStringLiteral("batch"), QStringLiteral("events per round (one transaction)"),
                 QStringLiteral("n"), QStringLiteral("5000")});
    p.addOption({QStringLiteral("report-seconds"),
                 QStringLiteral("with --follow: how often to print the lag (0: never)"),
                 QStringLiteral("seconds"), QStringLiteral("60")});
    p.process(args);
    if (const QString missing = missingOption(p, {"dsn"}); !missing.isEmpty())
        return fail(missing);
    const int batch = p.value(QStringLiteral("batch")).toInt();
    if (batch < 1 || batch > 50000)
        return fail(QStringLiteral("--batch takes 1 to 50000"));
    db::PgConnection c;
    if (!connect(c, p.value(QStringLiteral("dsn"))))
        return 2;
    db::AdminClient admin(c);
    if (!p.isSet(QStringLiteral("follow"))) {
        auto done = admin.sealCaughtUp();
        if (!done.isOk())
            return fail(describe(done.error()));
        auto status = admin.sealStatus();
        if (!status.isOk())
            return fail(describe(status.error()));
        out() << "sealed up to event " << status.value().headEventId << " ("
              << status.value().headPosition << " events)" << Qt::endl;
        return 0;
    }
    audit::Sealer sealer(admin, c, batch, p.value(QStringLiteral("report-seconds")).toInt());
    QObject::connect(&sealer, &audit::Sealer::report, &sealer,
                     [](const QString &line) { out() << line << Qt::endl; });
    int exitCode = 0;
    QObject::connect(&sealer, &audit::Sealer::failed, &sealer, [&exitCode](const QString &why) {
        fail(why);
        exitCode = 2;
        QCoreApplication::exit(2);
    });
    platform::TerminationSignals termination; // Ctrl+C or TERM: stop between rounds
    sealer.start();
    const int loop = QCoreApplication::exec();
    return exitCode != 0 ? exitCode : loop;
}

int runExportAudit(const QStringList &args) {
    QCommandLineParser p;
    setUp(p, QStringLiteral("export-audit"),
          QStringLiteral("export the audit events a filter finds as evidence"));
    p.addOption(dsnOption());
    p.addOption(
        {QStringLiteral("out"), QStringLiteral("the folder to create"), QStringLiteral("folder")});
    p.addOption({QStringLiteral("reason"), QStringLiteral("why (kept in the audit trail)"),
                 QStringLiteral("text")});
    p.addOption({QStringLiteral("key-file"),
                 QStringLiteral("sign the manifest with this auditor key (PEM)"),
                 QStringLiteral("path")});
    const QList<QPair<QString, QString>> filters = {
        {QStringLiteral("from"), QStringLiteral("events at or after this time (ISO 8601)")},
        {QStringLiteral("to"), QStringLiteral("events before this time (ISO 8601)")},
        {QStringLiteral("actor"), QStringLiteral("events by this operator")},
        {QStringLiteral("action"),
         QStringLiteral("an action (vaccinator.password_reset) or an area (vaccinator)")},
        {QStringLiteral("target-type"),
         QStringLiteral("kind of target (vaccinator, operator, partner)")},
        {QStringLiteral("target-id"), QStringLiteral("the target's id")},
        {QStringLiteral("client"), QStringLiteral("a client address or network")},
        {QStringLiteral("outcome"), QStringLiteral("success or failure")},
        {QStringLiteral("words"), QStringLiteral("words in the reason")}};
    for (const auto &f : filters)
        p.addOption({f.first, f.second, QStringLiteral("value")});
    p.process(args);
    if (const QString missing = missingOption(p, {"dsn", "out", "reason"}); !missing.isEmpty())
        return fail(missing);
    audit::AuditFilter filter;
    filter.span = audit::AuditFilter::Span::Custom;
    for (const char *end : {"from", "to"}) {
        const QString text = p.value(QLatin1String(end));
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!text.isEmpty() && !t.isValid())
            return fail(QStringLiteral("--%1 takes a time such as 2026-11-01T00:00:00Z")
                            .arg(QLatin1String(end)));
        (qstrcmp(end, "from") == 0 ? filter.customFrom : filter.customTo) = t;
    }
    filter.actor = p.value(QStringLiteral("actor"));
    filter.action = p.value(QStringLiteral("action"));
    filter.targetType = p.value(QStringLiteral("target-type"));
    filter.targetId = p.value(QStringLiteral("target-id"));
    filter.clientNetwork = p.value(QStringLiteral("client"));
    filter.outcome = p.value(QStringLiteral("outcome"));
    filter.reasonWords = p.value(QStringLiteral("words"));
    std::optional<audit::AuditorKey> key;
    if (p.isSet(QStringLiteral("key-file"))) {
        QString problem;
        key = readKeyFile(p.value(QStringLiteral("key-file")), false, problem);
        if (!key)
            return fail(problem);
    }
    db::PgConnection c;
    if (!connect(c, p.value(QStringLiteral("dsn"))))
        return 2;
    db::AdminClient admin(c);
    const audit::AuditQuery query = audit::AuditQuery::at(filter, QDateTime::currentDateTimeUtc());
    qint64 exportId = 0;
    qint64 head = 0;
    audit::EvidenceSource source;
    source.exportedBy = c.user();
    source.server = c.serverDescription();
    source.begin = [&admin, &exportId, &head](const QJsonObject &f, const QString &why) {
        auto start = admin.beginAuditExport(f, why);
        if (start.isOk()) {
            exportId = start.value().exportId;
            head = start.value().lastId;
        }
        return start;
    };
    source.checkpoints = [&admin] { return admin.auditCheckpoints(); };
    source.page = [&admin, &query](qint64 before) {
        return admin.searchAudit(query, before, audit::Evidence::kPageSize);
    };
    auto written =
        audit::Evidence::exportFrom(source, query, p.value(QStringLiteral("out")),
                                    p.value(QStringLiteral("reason")), key ? &*key : nullptr);
    if (!written.isOk())
        return fail(describe(written.error()));
    out() << "exported " << written.value().events << " events to " << written.value().folder
          << " (export recorded as event " << exportId << ", head " << head << ")"
          << (key ? "; manifest signed by " + key->publicKey().toHex()
                  : QByteArray("; manifest not signed"))
          << Qt::endl;
    return 0;
}

int runLocalCluster(const QStringList &args) {
    QCommandLineParser p;
    setUp(p, QStringLiteral("local-cluster"),
          QStringLiteral("start|stop a private PostgreSQL cluster (Unix socket only)"));
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("start or stop"));
    p.addOption({QStringLiteral("dir"), QStringLiteral("cluster folder"), QStringLiteral("path"),
                 demo::LocalCluster::defaultDemoDir()});
    p.addOption({QStringLiteral("port"), QStringLiteral("socket port number"), QStringLiteral("n"),
                 QStringLiteral("5432")});
    p.addOption({QStringLiteral("run-as"), QStringLiteral("system user for the server when root"),
                 QStringLiteral("user"), demo::LocalCluster::defaultRunAsUser()});
    p.addOption({QStringLiteral("throwaway"), QStringLiteral("no fsync: for test clusters")});
    p.addOption({QStringLiteral("tls-dir"),
                 QStringLiteral("also listen on 127.0.0.1, TLS only, with server.crt and "
                                "server.key from this folder"),
                 QStringLiteral("path")});
    p.process(args);
    const QStringList pos = p.positionalArguments();
    const QString action = pos.size() > 1 ? pos.at(1) : QString();
    demo::LocalCluster::Options o;
    o.baseDir = p.value(QStringLiteral("dir"));
    o.port = p.value(QStringLiteral("port")).toInt();
    o.runAsUser = p.value(QStringLiteral("run-as"));
    o.durable = !p.isSet(QStringLiteral("throwaway"));
    o.tlsDir = p.value(QStringLiteral("tls-dir"));
    demo::LocalCluster cluster(o);
    if (action == QLatin1String("start")) {
        auto r = cluster.ensureStarted();
        if (!r.isOk())
            return fail(describe(r.error()));
        out() << cluster.superuserConnectionString() << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("stop")) {
        auto r = cluster.stop();
        return r.isOk() ? 0 : fail(describe(r.error()));
    }
    return fail(QStringLiteral("local-cluster needs 'start' or 'stop'"));
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cowin-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COWIN_VERSION));
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out() << kUsage;
        return command.isEmpty() ? 2 : 0;
    }
    if (command == QLatin1String("--version")) {
        out() << "cowin-admin " << COWIN_VERSION << Qt::endl;
        return 0;
    }
    // QCommandLineParser sees the command as its first positional argument.
    const QStringList rest = QStringList{args.at(0)} + args.mid(1);
    if (command == QLatin1String("migrate"))
        return runMigrate(rest);
    if (command == QLatin1String("create-operator"))
        return runCreateOperator(rest);
    if (command == QLatin1String("unlock-operator"))
        return runUnlockOperator(rest);
    if (command == QLatin1String("demo-data"))
        return runDemoData(rest);
    if (command == QLatin1String("set-scope"))
        return runSetScope(rest);
    if (command == QLatin1String("deliver"))
        return runDeliver(rest);
    if (command == QLatin1String("checkpoint"))
        return runCheckpoint(rest);
    if (command == QLatin1String("seal"))
        return runSeal(rest);
    if (command == QLatin1String("export-audit"))
        return runExportAudit(rest);
    if (command == QLatin1String("verify-audit"))
        return runVerifyAudit(rest);
    if (command == QLatin1String("local-cluster"))
        return runLocalCluster(rest);
    err() << "cowin-admin: unknown command '" << command << "'\n\n" << kUsage;
    return 2;
}
