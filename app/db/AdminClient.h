// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditChain.h"
#include "audit/AuditFilter.h"
#include "audit/AuditRows.h"
#include "audit/MonthArchive.h"
#include "db/PgConnection.h"

#include <QStringList>
#include <functional>

namespace cowin::db {

// A numbered schema migration (resources/sql/schema/NNN_name.sql): applied once, in order,
// and never edited after it was released.
struct Migration {
    int version = 0;
    QString name;
    QString runAs; // "superuser", or the role it runs as (cowin_owner)
    QString sql;
};

// A file of functions and triggers of one area (resources/sql/functions/NN_area.sql): each
// function is defined in exactly one such file; migrate re-applies all of them whenever any
// changed (docs/migrations.md).
struct FunctionFile {
    QString name;
    QString runAs; // "superuser", cowin_owner or cowin_role_admin
    QString sql;
};

// What one round of the sealer did: events chained, the chain's length now, and whether it
// stopped at an event id that may still commit (try again shortly).
// One round of the lookup watch's upkeep (sealer.watch_maintenance): record days made ahead,
// days dropped past retention, rows moved out of the catch-all day, peer groups refreshed.
struct WatchUpkeep {
    int made = 0;
    int dropped = 0;
    int moved = 0;
    int peerGroups = 0;
};

// What the demo's portal simulator is given (admin.demo_watch): a partner key for its bot (in
// memory only) and accounts with their states.
struct DemoWatch {
    QString botKey;
    QStringList logins;
    QStringList states;
};

struct SealRound {
    int sealed = 0;
    qint64 headPosition = 0;
    bool waiting = false;
};

// What cowin-admin and the demo launcher do with a DBA's connection (a superuser, or the
// embedded cluster's owner): migrations, operators, demo data, audit verification. The
// SQL a DBA tool needs lives here; the console's lives in the call classes of each area.
class AdminClient {
public:
    explicit AdminClient(PgConnection &connection)
        : m_db(connection) {}

    static QList<Migration> bundledMigrations();
    static QList<FunctionFile> bundledFunctionFiles();
    // SHA-256 (hex) of every function file, names and texts, in order: what migrate compares.
    static QString functionSetChecksum(const QList<FunctionFile> &files);

    // Applies the schema migrations not applied yet, each in its own transaction, then the
    // function files when their set changed (one transaction; functions no file defines any
    // more are dropped). Refuses to go on when an applied migration's text has changed since,
    // or when the database was made by a development version whose migrations were replaced.
    Result<QStringList> migrate();

    // Returns the one-time enrolment code.
    Result<QString> createOperator(const QString &name, const QString &fullName,
                                   const QStringList &groups, const QString &password,
                                   bool mustChangePassword = true);
    Result<Done> unlockOperator(const QString &name, const QString &reason);
    // Demo only: marks an operator enrolled with a known secret and no password change due.
    Result<Done> demoEnrol(const QString &name, const QByteArray &secret);
    Result<bool> operatorExists(const QString &name);
    // Demo only: every operator with its groups (without the cowin_ prefix) and its state.
    struct OperatorState {
        QString name;
        QString fullName;
        QStringList groups;
        bool enrolled = false;
        bool disabled = false;
        bool locked = false;
    };
    Result<QList<OperatorState>> demoOperatorStates();
    // Demo and benchmarks only: states and districts (lines "code|name|district;..."),
    // centres and `count` vaccinator accounts, once. Returns how many accounts exist.
    Result<qint64> demoVaccinators(const QString &geography, qint64 count);
    // Demo partners, keys (thrown away) and a day of usage, once; returns the keys made.
    Result<int> demoPartners();
    // A history of `count` audit events over the past 180 days with a valid chain, once and
    // before any other event (times rise with ids); progress(done) after each chunk.
    Result<qint64> demoAuditEvents(qint64 count, const std::function<void(qint64)> &progress);
    // A login for a service (the delivery worker: group cowin_delivery), created or given this
    // password; the password travels as a SCRAM verifier.
    Result<Done> ensureServiceLogin(const QString &name, const QString &group,
                                    const QString &password);
    // Limits an operator to accounts in these states and districts (both empty: no limit).
    Result<Done> setOperatorScope(const QString &name, const QStringList &states,
                                  const QList<int> &districts);

    // The chain's head now, ready to be signed (lastId, lastHash, events, takenAtUtc).
    Result<audit::Checkpoint> auditHeadToSign();
    Result<qint64> recordCheckpoint(const audit::Checkpoint &checkpoint);
    Result<QList<audit::Checkpoint>> auditCheckpoints();
    // Streams audit.event in id order through the client-side verifier and the checkpoints.
    // cowin-admin export-audit: pages newest first below beforeId, and the export's record.
    Result<QList<audit::AuditEvent>> searchAudit(const audit::AuditQuery &query, qint64 beforeId,
                                                 int pageSize);
    Result<audit::ExportStart> beginAuditExport(const QJsonObject &filter, const QString &reason);
    // witnessed: checkpoints kept outside the database (a witness folder), held like stored ones.
    // archives: folders of archived months, oldest first, walked from the genesis before the
    // live chain (none: the walk starts where the archived months end).
    Result<audit::ChainReport> verifyAuditChain(const QList<audit::Checkpoint> &witnessed = {},
                                                const std::function<void(qint64)> &progress = {},
                                                const QStringList &archives = {});
    // cowin-admin archive-audit: writes a month's events to folder, checking each against the
    // chain, records the archive (the live chain then starts after it) and detaches the month's
    // partitions concurrently, so that appends never wait.
    Result<audit::MonthArchiveSummary> archiveAuditMonth(const QString &partition,
                                                         const QString &folder);
    // One round of the sealer (sealer.seal): chains up to maxEvents committed events.
    Result<SealRound> sealRound(int maxEvents);
    Result<audit::SealStatus> sealStatus();
    Result<WatchUpkeep> watchUpkeep();
    // Demo only: centre kinds, canaries planted once, a new key for the simulator's bot.
    Result<DemoWatch> demoWatch(const QString &keyCanary, int accounts);
    // Seals until nothing committed is left to seal, or until it has waited kSealWaitMs for an
    // event id that may still commit (demo data, cowin-admin seal without --follow).
    Result<Done> sealCaughtUp();
    static constexpr int kSealWaitMs = 10000;

private:
    Result<Done> inTransaction(const std::function<Result<Done>()> &work);
    // Runs a script as role (SET LOCAL ROLE; a superuser runs it as itself): inside a transaction.
    Result<Done> runAs(const QString &role, const QString &sql);
    PgConnection &m_db;
};

} // namespace cowin::db
