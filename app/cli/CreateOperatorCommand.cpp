// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"

#include "auth/PasswordPolicy.h"
#include "db/AdminClient.h"

namespace cowin::cli {

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

} // namespace cowin::cli
