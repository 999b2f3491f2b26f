// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"

#include "db/AdminClient.h"
#include "demo/DemoData.h"

#include <QDir>
#include <QFileInfo>

namespace cowin::cli {

int runDemoData(const QStringList &args) {
    QCommandLineParser p;
    setUp(p, QStringLiteral("demo-data"), QStringLiteral("create the demo operators"));
    p.addOption(dsnOption());
    p.addOption({QStringLiteral("secrets-file"),
                 QStringLiteral("where to write the demo operators' passwords and secrets "
                                "(mode 0600); by default the demo folder, where the console's "
                                "demo panel reads them"),
                 QStringLiteral("path"), demo::DemoData::defaultSecretsFile()});
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
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(QStringLiteral("cannot create the folder of %1").arg(path));
    QList<demo::DemoOperator> merged = demo::DemoData::mergeKnownSecrets(r.value(), path);
    if (!demo::DemoData::save(merged, path))
        return fail(QStringLiteral("cannot write %1").arg(path));
    for (const demo::DemoOperator &op : merged)
        out() << op.name << " (" << op.groups.join(QLatin1Char(',')) << ")" << Qt::endl;
    out() << "demo operators written to " << path << Qt::endl;
    return 0;
}

} // namespace cowin::cli
