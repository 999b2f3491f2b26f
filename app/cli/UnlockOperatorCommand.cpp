// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"

#include "db/AdminClient.h"

namespace cowin::cli {

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

} // namespace cowin::cli
