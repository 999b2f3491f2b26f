// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"

#include "db/AdminClient.h"

namespace cowin::cli {

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

} // namespace cowin::cli
