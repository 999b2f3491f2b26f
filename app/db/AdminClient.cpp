// SPDX-License-Identifier: Apache-2.0
#include "db/AdminClient.h"

#include "auth/SecureRandom.h"
#include "db/Calls.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>
#include <algorithm>

namespace cowin::db {

namespace {
const QRegularExpression &runAsHeader() {
    static const QRegularExpression runAs(
        QStringLiteral("^-- run-as: (superuser|cowin_owner|cowin_role_admin)"));
    return runAs;
}

QString runAsOf(const QString &sql) {
    const auto header = runAsHeader().match(sql);
    return header.hasMatch() ? header.captured(1) : QStringLiteral("cowin_owner");
}

QString readResource(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

QList<Migration> AdminClient::bundledMigrations() {
    QList<Migration> out;
    static const QRegularExpression fileName(QStringLiteral("^(\\d{3})_(.+)\\.sql$"));
    const QDir dir(QStringLiteral(":/cowin/sql/schema"));
    for (const QString &f : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = fileName.match(f);
        if (!m.hasMatch())
            continue;
        Migration mig;
        mig.version = m.captured(1).toInt();
        mig.name = m.captured(2);
        mig.sql = readResource(dir.filePath(f));
        mig.runAs = runAsOf(mig.sql);
        out << mig;
    }
    return out;
}

QList<FunctionFile> AdminClient::bundledFunctionFiles() {
    QList<FunctionFile> out;
    const QDir dir(QStringLiteral(":/cowin/sql/functions"));
    // The number before a file's name orders the set: a trigger comes after its function.
    for (const QString &f : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        FunctionFile file;
        file.name = f;
        file.sql = readResource(dir.filePath(f));
        file.runAs = runAsOf(file.sql);
        out << file;
    }
    return out;
}

QString AdminClient::functionSetChecksum(const QList<FunctionFile> &files) {
    QByteArray all;
    for (const FunctionFile &f : files)
        all += f.name.toUtf8() + '\n' + f.sql.toUtf8() + '\n';
    return QString::fromLatin1(auth::sha256(all).toHex());
}

Result<Done> AdminClient::inTransaction(const std::function<Result<Done>()> &work) {
    auto begun = m_db.exec(QStringLiteral("BEGIN"));
    if (!begun.isOk())
        return Result<Done>::fail(begun.error());
    auto done = work();
    auto end = m_db.exec(done.isOk() ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    if (done.isOk() && !end.isOk())
        return Result<Done>::fail(end.error());
    return done;
}

Result<Done> AdminClient::runAs(const QString &role, const QString &sql) {
    if (role != QLatin1String("superuser")) {
        // The role names come from the files' headers, checked against a fixed list.
        auto set = m_db.exec(QStringLiteral("SET LOCAL ROLE %1").arg(role));
        if (!set.isOk())
            return Result<Done>::fail(set.error());
    }
    auto script = m_db.execScript(sql);
    m_db.exec(QStringLiteral("RESET ROLE"));
    return script;
}

Result<QStringList> AdminClient::migrate() {
    auto setup = m_db.execScript(
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS cowin_meta;"
                       "REVOKE ALL ON SCHEMA cowin_meta FROM PUBLIC;"
                       "CREATE TABLE IF NOT EXISTS cowin_meta.schema_migration ("
                       "  version integer PRIMARY KEY, name text NOT NULL, checksum bytea NOT NULL,"
                       "  applied_at timestamptz NOT NULL DEFAULT clock_timestamp(),"
                       "  applied_by text NOT NULL DEFAULT session_user);"
                       "CREATE TABLE IF NOT EXISTS cowin_meta.function_set ("
                       "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                       "  checksum bytea NOT NULL, files integer NOT NULL,"
                       "  applied_at timestamptz NOT NULL DEFAULT clock_timestamp(),"
                       "  applied_by text NOT NULL DEFAULT session_user);"));
    if (!setup.isOk())
        return Result<QStringList>::fail(setup.error());
    auto applied = m_db.exec(QStringLiteral(
        "SELECT version, name, encode(checksum, 'hex') FROM cowin_meta.schema_migration"));
    if (!applied.isOk())
        return Result<QStringList>::fail(applied.error());
    QHash<int, QPair<QString, QString>> done;
    for (int i = 0; i < applied.value().rows(); ++i)
        done.insert(static_cast<int>(applied.value().int64(i, 0)),
                    {applied.value().text(i, 1), applied.value().text(i, 2)});

    QStringList log;
    const QList<Migration> migrations = bundledMigrations();
    for (const Migration &m : migrations) {
        const QString checksum = QString::fromLatin1(auth::sha256(m.sql.toUtf8()).toHex());
        const QString label =
            QStringLiteral("%1_%2").arg(m.version, 3, 10, QLatin1Char('0')).arg(m.name);
        if (done.contains(m.version)) {
            if (done.value(m.version).first != m.name)
                return Result<QStringList>::fail(DbError::internal(
                    QStringLiteral("this database was made by a development version whose "
                                   "migrations were replaced (it holds migration %1 \"%2\", "
                                   "this version's is %3): it cannot be upgraded; make a new one")
                        .arg(m.version)
                        .arg(done.value(m.version).first, label)));
            if (done.value(m.version).second != checksum)
                return Result<QStringList>::fail(DbError::internal(
                    QStringLiteral("migration %1 was changed after it was applied").arg(label)));
            continue;
        }
        auto r = inTransaction([&]() -> Result<Done> {
            auto script = runAs(m.runAs, m.sql);
            if (!script.isOk())
                return script;
            auto rec = m_db.exec(QStringLiteral("INSERT INTO cowin_meta.schema_migration "
                                                "(version, name, checksum) "
                                                "VALUES ($1, $2, decode($3, 'hex'))"),
                                 {m.version, m.name, checksum});
            return rec.isOk() ? Result<Done>::ok({}) : Result<Done>::fail(rec.error());
        });
        if (!r.isOk()) {
            DbError e = r.error();
            e.message = QStringLiteral("%1: %2").arg(label, e.message);
            return Result<QStringList>::fail(e);
        }
        log << label;
    }

    const QList<FunctionFile> files = bundledFunctionFiles();
    const QString setChecksum = functionSetChecksum(files);
    auto current = m_db.exec(QStringLiteral(
        "SELECT encode(checksum, 'hex') FROM cowin_meta.function_set ORDER BY id DESC LIMIT 1"));
    if (!current.isOk())
        return Result<QStringList>::fail(current.error());
    if (!log.isEmpty() || current.value().rows() == 0 ||
        current.value().text(0, 0) != setChecksum) {
        QString failedFile;
        auto r = inTransaction([&]() -> Result<Done> {
            // A function may name a table or function of another file: bodies are checked
            // when they first run, as in a restore.
            auto bodies = m_db.exec(QStringLiteral("SET LOCAL check_function_bodies = off"));
            if (!bodies.isOk())
                return Result<Done>::fail(bodies.error());
            for (const FunctionFile &f : files) {
                auto script = runAs(f.runAs, f.sql);
                if (!script.isOk()) {
                    failedFile = f.name;
                    return script;
                }
            }
            // Every function of ours that no file defined again in this transaction is gone
            // from the set: drop it (without CASCADE, so anything still using it stops this).
            auto stale = m_db.execScript(QStringLiteral(
                "DO $$ DECLARE f regprocedure; BEGIN "
                "FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p "
                "  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
                " WHERE n.nspname IN ('console', 'private', 'audit', 'roles', 'admin', 'delivery',"
                "                     'gateway', 'sealer')"
                "   AND p.proname NOT LIKE 'demo\\_%'"
                "   AND p.xmin <> pg_catalog.pg_current_xact_id()::xid LOOP "
                "  EXECUTE pg_catalog.format('DROP FUNCTION %s', f); "
                "END LOOP; END $$"));
            if (!stale.isOk())
                return stale;
            auto rec = m_db.exec(QStringLiteral("INSERT INTO cowin_meta.function_set "
                                                "(checksum, files) VALUES (decode($1, 'hex'), $2)"),
                                 {setChecksum, static_cast<int>(files.size())});
            return rec.isOk() ? Result<Done>::ok({}) : Result<Done>::fail(rec.error());
        });
        if (!r.isOk()) {
            DbError e = r.error();
            e.message =
                QStringLiteral("functions/%1: %2")
                    .arg(failedFile.isEmpty() ? QStringLiteral("(set)") : failedFile, e.message);
            return Result<QStringList>::fail(e);
        }
        log << QStringLiteral("functions (%1 files)").arg(files.size());
    }
    return Result<QStringList>::ok(log);
}

Result<QString> AdminClient::createOperator(const QString &name, const QString &fullName,
                                            const QStringList &groups, const QString &password,
                                            bool mustChangePassword) {
    const QByteArray verifier = m_db.scramVerifier(name, password);
    if (verifier.isEmpty())
        return Result<QString>::fail(
            DbError::internal(QStringLiteral("could not compute a SCRAM verifier")));
    QStringList qualified;
    for (const QString &g : groups)
        qualified << (g.startsWith(QLatin1String("cowin_")) ? g : QStringLiteral("cowin_") + g);
    auto r =
        m_db.exec(QStringLiteral("SELECT admin.create_operator($1, $2, $3::text[], $4, $5)"),
                  {name, fullName, qualified, QString::fromLatin1(verifier), mustChangePassword});
    if (!r.isOk())
        return Result<QString>::fail(r.error());
    return Result<QString>::ok(r.value().text(0, 0));
}

Result<Done> AdminClient::unlockOperator(const QString &name, const QString &reason) {
    auto r = m_db.exec(QStringLiteral("SELECT admin.unlock_operator($1, $2)"), {name, reason});
    return r.isOk() ? Result<Done>::ok({}) : Result<Done>::fail(r.error());
}

Result<Done> AdminClient::demoEnrol(const QString &name, const QByteArray &secret) {
    QFile helper(QStringLiteral(":/cowin/sql/demo/demo_enrol.sql"));
    if (!helper.open(QIODevice::ReadOnly))
        return Result<Done>::fail(DbError::internal(QStringLiteral("demo helper missing")));
    const QString helperSql = QString::fromUtf8(helper.readAll());
    return inTransaction([&]() -> Result<Done> {
        auto created = m_db.execScript(helperSql);
        if (!created.isOk())
            return created;
        auto r = m_db.exec(QStringLiteral("SELECT admin.demo_enrol($1, decode($2, 'hex'))"),
                           {name, QString::fromLatin1(secret.toHex())});
        return r.isOk() ? Result<Done>::ok({}) : Result<Done>::fail(r.error());
    });
}

Result<qint64> AdminClient::demoVaccinators(const QString &geography, qint64 count) {
    QFile helper(QStringLiteral(":/cowin/sql/demo/demo_vaccinators.sql"));
    if (!helper.open(QIODevice::ReadOnly))
        return Result<qint64>::fail(DbError::internal(QStringLiteral("demo helper missing")));
    const QString helperSql = QString::fromUtf8(helper.readAll());
    qint64 accounts = 0;
    auto done = inTransaction([&]() -> Result<Done> {
        auto created = m_db.execScript(helperSql);
        if (!created.isOk())
            return created;
        auto r = m_db.exec(QStringLiteral("SELECT admin.demo_vaccinators($1, $2::integer)"),
                           {geography, count});
        if (!r.isOk())
            return Result<Done>::fail(r.error());
        accounts = r.value().int64(0, 0);
        return m_db.execScript(
            QStringLiteral("DROP FUNCTION admin.demo_vaccinators(text, integer)"));
    });
    if (!done.isOk())
        return Result<qint64>::fail(done.error());
    // Fresh statistics, so the first searches get the plans the indexes were made for, and
    // a visibility map, so pages of the list are read from the indexes alone.
    for (const char *table :
         {"private.vaccinator", "private.centre", "private.district", "private.portal_session"})
        m_db.exec(QStringLiteral("VACUUM (ANALYZE) %1").arg(QLatin1String(table)));
    return Result<qint64>::ok(accounts);
}

Result<int> AdminClient::demoPartners() {
    QFile helper(QStringLiteral(":/cowin/sql/demo/demo_partners.sql"));
    if (!helper.open(QIODevice::ReadOnly))
        return Result<int>::fail(DbError::internal(QStringLiteral("demo helper missing")));
    const QString helperSql = QString::fromUtf8(helper.readAll());
    int keys = 0;
    auto done = inTransaction([&]() -> Result<Done> {
        auto created = m_db.execScript(helperSql);
        if (!created.isOk())
            return created;
        auto r = m_db.exec(QStringLiteral("SELECT admin.demo_partners()"));
        if (!r.isOk())
            return Result<Done>::fail(r.error());
        keys = static_cast<int>(r.value().int64(0, 0));
        return m_db.execScript(QStringLiteral("DROP FUNCTION admin.demo_partners()"));
    });
    return done.isOk() ? Result<int>::ok(keys) : Result<int>::fail(done.error());
}

Result<DemoWatch> AdminClient::demoWatch(const QString &keyCanary, int accounts) {
    QFile helper(QStringLiteral(":/cowin/sql/demo/demo_watch.sql"));
    if (!helper.open(QIODevice::ReadOnly))
        return Result<DemoWatch>::fail(DbError::internal(QStringLiteral("demo helper missing")));
    const QString helperSql = QString::fromUtf8(helper.readAll());
    DemoWatch watch;
    auto done = inTransaction([&]() -> Result<Done> {
        auto created = m_db.execScript(helperSql);
        if (!created.isOk())
            return created;
        auto r = m_db.exec(QStringLiteral("SELECT bot_key, login_id, state_code "
                                          "FROM admin.demo_watch($1, $2::integer)"),
                           {keyCanary, accounts});
        if (!r.isOk())
            return Result<Done>::fail(r.error());
        for (int i = 0; i < r.value().rows(); ++i) {
            watch.botKey = r.value().text(i, 0);
            watch.logins << r.value().text(i, 1);
            watch.states << r.value().text(i, 2);
        }
        return m_db.execScript(QStringLiteral("DROP FUNCTION admin.demo_watch(text, integer)"));
    });
    return done.isOk() ? Result<DemoWatch>::ok(watch) : Result<DemoWatch>::fail(done.error());
}

Result<qint64> AdminClient::demoAuditEvents(qint64 count,
                                            const std::function<void(qint64)> &progress) {
    auto existing = m_db.exec(QStringLiteral("SELECT count(*) FROM audit.event"));
    if (!existing.isOk())
        return Result<qint64>::fail(existing.error());
    if (count <= 0 || existing.value().int64(0, 0) > 0)
        return Result<qint64>::ok(0); // history only goes before everything else, once
    QFile helper(QStringLiteral(":/cowin/sql/demo/demo_audit_events.sql"));
    if (!helper.open(QIODevice::ReadOnly))
        return Result<qint64>::fail(DbError::internal(QStringLiteral("demo helper missing")));
    auto created = m_db.execScript(QString::fromUtf8(helper.readAll()));
    if (!created.isOk())
        return Result<qint64>::fail(created.error());
    // Chunks of their own transactions keep the WAL and the lock short and show progress.
    constexpr qint64 chunk = 100000;
    qint64 done = 0;
    Result<qint64> outcome = Result<qint64>::ok(0);
    while (done < count) {
        const qint64 n = std::min(chunk, count - done);
        auto r = m_db.exec(QStringLiteral("SELECT admin.demo_audit_events($1::integer, $2, $3)"),
                           {n, done, count});
        if (!r.isOk()) {
            outcome = Result<qint64>::fail(r.error());
            break;
        }
        done = r.value().int64(0, 0);
        auto sealed = sealCaughtUp();
        if (!sealed.isOk()) {
            outcome = Result<qint64>::fail(sealed.error());
            break;
        }
        if (progress)
            progress(done);
        outcome = Result<qint64>::ok(done);
    }
    m_db.execScript(
        QStringLiteral("DROP FUNCTION admin.demo_audit_events(integer, bigint, bigint)"));
    m_db.exec(QStringLiteral("VACUUM (ANALYZE) audit.event, audit.seal"));
    return outcome;
}

Result<Done> AdminClient::ensureServiceLogin(const QString &name, const QString &group,
                                             const QString &password) {
    const QByteArray verifier = m_db.scramVerifier(name, password);
    if (verifier.isEmpty())
        return Result<Done>::fail(
            DbError::internal(QStringLiteral("could not compute a SCRAM verifier")));
    // The server quotes the name and the verifier into the statement; the login then gets the
    // product's timeouts like every other login.
    auto statement = m_db.exec(
        QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_roles "
                       "WHERE rolname = $1::text) "
                       "THEN format('ALTER ROLE %I LOGIN PASSWORD %L', $1::text, $2::text) "
                       "ELSE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', $1::text, "
                       "$2::text, $3::text) END"),
        {name, QString::fromLatin1(verifier), group});
    if (!statement.isOk())
        return Result<Done>::fail(statement.error());
    auto made = m_db.execScript(statement.value().text(0, 0));
    if (!made.isOk())
        return made;
    auto limited = m_db.exec(QStringLiteral("SELECT roles.apply_login_limits($1)"), {name});
    return limited.isOk() ? Result<Done>::ok({}) : Result<Done>::fail(limited.error());
}

Result<Done> AdminClient::setOperatorScope(const QString &name, const QStringList &states,
                                           const QList<int> &districts) {
    QStringList districtText;
    for (int d : districts)
        districtText << QString::number(d);
    auto r =
        m_db.exec(QStringLiteral("SELECT admin.set_operator_scope($1, $2::text[], $3::integer[])"),
                  {name, states, districtText});
    return r.isOk() ? Result<Done>::ok({}) : Result<Done>::fail(r.error());
}

Result<QList<AdminClient::OperatorState>> AdminClient::demoOperatorStates() {
    using R = Result<QList<OperatorState>>;
    auto r = m_db.exec(QStringLiteral(
        "SELECT o.role_name, o.full_name, o.totp_secret IS NOT NULL AS enrolled, "
        "       o.disabled_at IS NOT NULL AS disabled, "
        "       o.locked_at IS NOT NULL OR private.failures(o) >= private.max_failures() AS "
        "locked, "
        "       coalesce((SELECT string_agg(substr(g.rolname, 7), ',' ORDER BY g.rolname) "
        "                   FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "                   JOIN pg_roles u ON u.oid = m.member "
        "                  WHERE u.rolname = o.role_name AND g.rolname IN ('cowin_admin', "
        "                        'cowin_helpdesk', 'cowin_incident', 'cowin_auditor')), '') "
        "       AS groups "
        "FROM private.operator o ORDER BY o.created_at, o.role_name"));
    if (!r.isOk())
        return R::fail(r.error());
    QList<OperatorState> states;
    const PgResult &q = r.value();
    for (int row = 0; row < q.rows(); ++row)
        states << OperatorState{q.text(row, "role_name"),
                                q.text(row, "full_name"),
                                q.text(row, "groups").split(QLatin1Char(','), Qt::SkipEmptyParts),
                                q.boolean(row, "enrolled"),
                                q.boolean(row, "disabled"),
                                q.boolean(row, "locked")};
    return R::ok(states);
}

Result<bool> AdminClient::operatorExists(const QString &name) {
    auto r = m_db.exec(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM private.operator WHERE role_name = $1)"),
        {name});
    if (!r.isOk())
        return Result<bool>::fail(r.error());
    return Result<bool>::ok(r.value().boolean(0, 0));
}

Result<audit::Checkpoint> AdminClient::auditHeadToSign() {
    auto r = m_db.exec(
        QStringLiteral("SELECT last_id, last_hash, events, taken_at_utc FROM admin.audit_head()"));
    if (!r.isOk())
        return Result<audit::Checkpoint>::fail(r.error());
    if (r.value().rows() == 0 || r.value().isNull(0, 0))
        return Result<audit::Checkpoint>::fail(
            DbError::internal(QStringLiteral("no audit event is sealed yet")));
    audit::Checkpoint c;
    c.lastId = r.value().int64(0, 0);
    c.lastHash = r.value().bytesFromHex(0, 1);
    c.events = r.value().int64(0, 2);
    c.takenAtUtc = r.value().text(0, 3);
    return Result<audit::Checkpoint>::ok(c);
}

Result<qint64> AdminClient::recordCheckpoint(const audit::Checkpoint &c) {
    auto r = m_db.exec(
        QStringLiteral("SELECT admin.record_checkpoint($1, decode($2, 'hex'), $3, $4, "
                       "decode($5, 'hex'), decode($6, 'hex'))"),
        {c.lastId, QString::fromLatin1(c.lastHash.toHex()), c.events, c.takenAtUtc,
         QString::fromLatin1(c.publicKey.toHex()), QString::fromLatin1(c.signature.toHex())});
    if (!r.isOk())
        return Result<qint64>::fail(r.error());
    return Result<qint64>::ok(r.value().int64(0, 0));
}

Result<QList<audit::Checkpoint>> AdminClient::auditCheckpoints() {
    return audit::checkpointsIn(m_db.exec(QStringLiteral(
        "SELECT last_id, encode(last_hash, 'hex') AS last_hash, events, taken_at_utc, "
        "encode(public_key, 'hex') AS public_key, encode(signature, 'hex') AS signature "
        "FROM private.audit_checkpoint ORDER BY last_id, id")));
}

Result<QList<audit::AuditEvent>> AdminClient::searchAudit(const audit::AuditQuery &query,
                                                          qint64 beforeId, int pageSize) {
    QVariantList params = audit::filterParameters(query, query.from, query.to);
    params << calls::idOrNull(beforeId) << pageSize;
    return audit::auditEventsIn(
        m_db.exec(QStringLiteral("SELECT %1 FROM admin.audit_search(%2, %3)")
                      .arg(QLatin1String(audit::kAuditEventColumns), audit::filterArguments(),
                           calls::namedArguments({"before_id", "page_size"}, 10)),
                  params));
}

Result<audit::ExportStart> AdminClient::beginAuditExport(const QJsonObject &filter,
                                                         const QString &reason) {
    auto begun = calls::firstId(m_db.exec(
        QStringLiteral("SELECT admin.audit_export_begin($1::jsonb, $2)"),
        {QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact)), reason}));
    if (!begun.isOk())
        return Result<audit::ExportStart>::fail(begun.error());
    return audit::exportHeadIn(
        begun.value(),
        m_db.exec(
            QStringLiteral("SELECT last_id, last_hash, events FROM admin.audit_export_head($1)"),
            {begun.value()}));
}

Result<Done> AdminClient::sealCaughtUp() {
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    for (;;) {
        auto round = sealRound(50000);
        if (!round.isOk())
            return Result<Done>::fail(round.error());
        if (round.value().sealed == 0 && !round.value().waiting)
            return Result<Done>::ok({});
        if (round.value().sealed > 0) {
            sinceProgress.restart();
            continue;
        }
        // An event id that may still commit: its transaction usually ends soon. One held open
        // for long is left to the sealer service; what is sealed so far stays sealed.
        if (sinceProgress.elapsed() > kSealWaitMs)
            return Result<Done>::ok({});
        QThread::msleep(20);
    }
}

Result<SealRound> AdminClient::sealRound(int maxEvents) {
    auto r = m_db.exec(
        QStringLiteral("SELECT sealed, head_position, waiting FROM sealer.seal($1::integer)"),
        {maxEvents});
    if (!r.isOk())
        return Result<SealRound>::fail(r.error());
    return Result<SealRound>::ok(
        {static_cast<int>(r.value().int64(0, 0)), r.value().int64(0, 1), r.value().boolean(0, 2)});
}

Result<WatchUpkeep> AdminClient::watchUpkeep() {
    auto r = m_db.exec(
        QStringLiteral("SELECT made, dropped, moved, peer_groups FROM sealer.watch_maintenance()"));
    if (!r.isOk())
        return Result<WatchUpkeep>::fail(r.error());
    return Result<WatchUpkeep>::ok(
        {static_cast<int>(r.value().int64(0, 0)), static_cast<int>(r.value().int64(0, 1)),
         static_cast<int>(r.value().int64(0, 2)), static_cast<int>(r.value().int64(0, 3))});
}

Result<audit::SealStatus> AdminClient::sealStatus() {
    return audit::sealStatusIn(m_db.exec(QStringLiteral("SELECT %1 FROM sealer.status()")
                                             .arg(QLatin1String(audit::kSealStatusColumns))));
}

Result<audit::ChainReport>
AdminClient::verifyAuditChain(const QList<audit::Checkpoint> &witnessed,
                              const std::function<void(qint64)> &progress,
                              const QStringList &archives) {
    auto checkpoints = auditCheckpoints();
    if (!checkpoints.isOk())
        return Result<audit::ChainReport>::fail(checkpoints.error());
    // Each archive's own checkpoint is held too, even where the database lost its copy.
    QList<audit::Checkpoint> held = checkpoints.value() + witnessed;
    for (const QString &folder : archives)
        held += audit::monthArchiveCheckpoints(folder);
    audit::ArchiveWalk walk;
    if (!archives.isEmpty())
        walk = [&archives](audit::AuditChainVerifier &verifier, audit::CheckpointCheck &check) {
            for (const QString &folder : archives) {
                const QStringList problems = audit::walkMonthArchive(folder, verifier, check);
                if (!problems.isEmpty())
                    return problems;
            }
            return QStringList();
        };
    return audit::verifyStoredChain(
        m_db, audit::ChainCalls::admin(), held,
        [&progress](qint64 checked) {
            if (progress)
                progress(checked);
            return true;
        },
        walk);
}

Result<audit::MonthArchiveSummary> AdminClient::archiveAuditMonth(const QString &partition,
                                                                  const QString &folder) {
    using Summary = Result<audit::MonthArchiveSummary>;
    auto begun = m_db.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
    if (!begun.isOk())
        return Summary::fail(begun.error());
    const auto fail = [this](const DbError &error) {
        m_db.exec(QStringLiteral("ROLLBACK"));
        return Summary::fail(error);
    };
    auto plan =
        m_db.exec(QStringLiteral("SELECT * FROM admin.audit_archive_plan($1)"), {partition});
    if (!plan.isOk())
        return fail(plan.error());
    const PgResult &p = plan.value();
    audit::MonthArchivePlan month;
    month.partition = partition;
    month.events = p.int64(0, "events");
    std::optional<audit::MonthArchiveWriter> writer;
    if (month.events > 0) {
        month.firstId = p.int64(0, "first_id");
        month.lastId = p.int64(0, "last_id");
        month.firstPosition = p.int64(0, "first_position");
        month.prevHash = p.bytesFromHex(0, "prev_hash");
        month.lastHash = p.bytesFromHex(0, "last_hash");
        month.checkpoint.lastId = p.int64(0, "checkpoint_last_id");
        month.checkpoint.lastHash = p.bytesFromHex(0, "checkpoint_last_hash");
        month.checkpoint.events = p.int64(0, "checkpoint_events");
        month.checkpoint.takenAtUtc = p.text(0, "checkpoint_taken_at_utc");
        month.checkpoint.publicKey = p.bytesFromHex(0, "checkpoint_public_key");
        month.checkpoint.signature = p.bytesFromHex(0, "checkpoint_signature");
        writer.emplace(folder, month);
        auto opened = writer->open();
        if (!opened.isOk())
            return fail(opened.error());
        auto cursor =
            m_db.exec(QStringLiteral("SELECT admin.audit_chain_open($1)"), {month.firstId - 1});
        if (!cursor.isOk())
            return fail(cursor.error());
        // The month's events, up to its last; the writer stops the walk if it cannot write.
        char occurred[audit::kChainTimeText];
        auto walked =
            m_db.streamCursor("audit_chain", 10000, [&](const QByteArrayView *cells, int columns) {
                if (columns != audit::kChainColumns)
                    return false;
                const audit::AuditRecordView r = audit::chainRecordView(cells, occurred);
                return r.id <= month.lastId && writer->add(r);
            });
        if (!walked.isOk())
            return fail(walked.error());
    }
    auto ended = m_db.exec(QStringLiteral("COMMIT"));
    if (!ended.isOk())
        return Summary::fail(ended.error());
    audit::MonthArchiveSummary summary{folder, 0, {}};
    if (writer) {
        auto written = writer->finish(m_db.serverDescription());
        if (!written.isOk())
            return written;
        summary = written.value();
    }
    // Recorded with its audit event; the live chain starts after it from then on.
    auto recorded = m_db.exec(
        QStringLiteral("SELECT detach_statement FROM admin.audit_archive_record($1, $2, $3, $4)"),
        {partition, month.events, QString::fromLatin1(month.lastHash.toHex()),
         summary.manifestSha256.isEmpty()
             ? QVariant()
             : QVariant(QString::fromLatin1(summary.manifestSha256.toHex()))});
    if (!recorded.isOk()) {
        // Not archived: the month stays in the live trail, and the folder just written goes.
        if (writer)
            QDir(summary.folder).removeRecursively();
        return Summary::fail(recorded.error());
    }
    // DETACH ... CONCURRENTLY runs outside a transaction; the statements name the partitions as
    // the server quoted them.
    for (int i = 0; i < recorded.value().rows(); ++i) {
        auto detached = m_db.exec(recorded.value().text(i, 0));
        if (!detached.isOk())
            return Summary::fail(detached.error());
    }
    return Summary::ok(summary);
}

} // namespace cowin::db
