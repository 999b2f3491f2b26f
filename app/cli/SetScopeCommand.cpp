// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"

#include "db/AdminClient.h"

namespace cowin::cli {

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

} // namespace cowin::cli
