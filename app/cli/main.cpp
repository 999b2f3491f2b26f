// SPDX-License-Identifier: Apache-2.0
// cowin-admin: the DBA's and cron's command line. Each command lives in its own file.
#include "cli/Command.h"

#include <QCoreApplication>

using namespace cowin::cli;

namespace {
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
    "  archive-audit    write the oldest month of the audit trail to a folder and detach it,\n"
    "                   once a signed checkpoint covers it; itself audited\n"
    "  local-cluster    start or stop a private PostgreSQL cluster (demo and tests)\n"
    "\n"
    "Run 'cowin-admin <command> --help' for a command's options.\n";
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
    if (command == QLatin1String("archive-audit"))
        return runArchiveAudit(rest);
    if (command == QLatin1String("verify-audit"))
        return runVerifyAudit(rest);
    if (command == QLatin1String("local-cluster"))
        return runLocalCluster(rest);
    err() << "cowin-admin: unknown command '" << command << "'\n\n" << kUsage;
    return 2;
}
