// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"

#include "audit/Sealer.h"
#include "db/AdminClient.h"
#include "platform/TerminationSignals.h"

#include <QCoreApplication>

namespace cowin::cli {

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

} // namespace cowin::cli
