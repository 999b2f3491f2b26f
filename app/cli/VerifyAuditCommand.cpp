// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"

#include "audit/Evidence.h"
#include "audit/WitnessFolder.h"
#include "db/AdminClient.h"

namespace cowin::cli {

namespace {
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
} // namespace

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
    p.addOption({QStringLiteral("archive"),
                 QStringLiteral("an archived month's folder (archive-audit), walked before the "
                                "live chain; give every archive, oldest first"),
                 QStringLiteral("folder")});
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
    const QStringList archives = p.values(QStringLiteral("archive"));
    auto r = admin.verifyAuditChain(witnessed, {}, archives);
    if (!r.isOk())
        return fail(describe(r.error()));
    const audit::ChainReport &report = r.value();
    for (const QString &problem : report.archiveProblems)
        out() << "BROKEN: " << problem << Qt::endl;
    if (!report.archiveProblems.isEmpty())
        return 1;
    using CheckpointProblem = audit::CheckpointCheck::Problem;
    using ChainProblem = audit::AuditChainVerifier::Problem;
    if (report.intact()) {
        if (!p.isSet(QStringLiteral("quiet"))) {
            out() << "audit chain intact: " << report.checked << " sealed events, last id "
                  << report.lastId << "; " << report.checkpoints << " signed checkpoint(s) hold";
            if (!witnessed.isEmpty())
                out() << " (" << witnessed.size() << " from the witness folder)";
            out() << Qt::endl;
            if (!archives.isEmpty())
                out() << "archived months walked: " << archives.size() << " folder(s), "
                      << report.start.archived << " events, ending where the live trail starts"
                      << Qt::endl;
            else if (report.start.archived > 0)
                out() << "archived months: " << report.start.archived << " events up to id "
                      << report.start.afterId
                      << " are not walked (give their folders with --archive); "
                      << report.checkpointsInArchives << " checkpoint(s) inside them left to "
                      << "that walk" << Qt::endl;
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

} // namespace cowin::cli
