// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"

#include "db/AdminClient.h"

namespace cowin::cli {

int runArchiveAudit(const QStringList &args) {
    QCommandLineParser p;
    setUp(p, QStringLiteral("archive-audit"),
          QStringLiteral("write the oldest month of the audit trail to a folder and detach it "
                         "from the live trail, once a signed checkpoint covers it"));
    p.addOption(dsnOption());
    p.addOption({QStringLiteral("month"),
                 QStringLiteral("the month's partition: event_YYYY_MM, or event_earlier"),
                 QStringLiteral("partition")});
    p.addOption({QStringLiteral("out"),
                 QStringLiteral("the archive's folder (must not exist); keep it with the "
                                "witness folder, outside the database"),
                 QStringLiteral("folder")});
    p.process(args);
    if (const QString missing = missingOption(p, {"dsn", "month", "out"}); !missing.isEmpty())
        return fail(missing);
    db::PgConnection c;
    if (!connect(c, p.value(QStringLiteral("dsn"))))
        return 2;
    db::AdminClient admin(c);
    const QString month = p.value(QStringLiteral("month"));
    auto r = admin.archiveAuditMonth(month, p.value(QStringLiteral("out")));
    if (!r.isOk())
        return fail(describe(r.error()));
    if (r.value().events == 0) {
        out() << month << " held no events: detached, nothing to archive" << Qt::endl;
        return 0;
    }
    out() << "archived " << r.value().events << " events of " << month << " into "
          << r.value().folder << " (manifest sha256 " << r.value().manifestSha256.toHex()
          << "); the live trail now starts after them. The detached tables audit." << month
          << " and its seals stay in the database until you drop them." << Qt::endl;
    return 0;
}

} // namespace cowin::cli
