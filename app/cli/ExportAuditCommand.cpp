// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"

#include "audit/Evidence.h"
#include "db/AdminClient.h"

namespace cowin::cli {

int runExportAudit(const QStringList &args) {
    QCommandLineParser p;
    setUp(p, QStringLiteral("export-audit"),
          QStringLiteral("export the audit events a filter finds as evidence"));
    p.addOption(dsnOption());
    p.addOption(
        {QStringLiteral("out"), QStringLiteral("the folder to create"), QStringLiteral("folder")});
    p.addOption({QStringLiteral("reason"), QStringLiteral("why (kept in the audit trail)"),
                 QStringLiteral("text")});
    p.addOption({QStringLiteral("key-file"),
                 QStringLiteral("sign the manifest with this auditor key (PEM)"),
                 QStringLiteral("path")});
    const QList<QPair<QString, QString>> filters = {
        {QStringLiteral("from"), QStringLiteral("events at or after this time (ISO 8601)")},
        {QStringLiteral("to"), QStringLiteral("events before this time (ISO 8601)")},
        {QStringLiteral("actor"), QStringLiteral("events by this operator")},
        {QStringLiteral("action"),
         QStringLiteral("an action (vaccinator.password_reset) or an area (vaccinator)")},
        {QStringLiteral("target-type"),
         QStringLiteral("kind of target (vaccinator, operator, partner)")},
        {QStringLiteral("target-id"), QStringLiteral("the target's id")},
        {QStringLiteral("client"), QStringLiteral("a client address or network")},
        {QStringLiteral("outcome"), QStringLiteral("success or failure")},
        {QStringLiteral("words"), QStringLiteral("words in the reason")}};
    for (const auto &f : filters)
        p.addOption({f.first, f.second, QStringLiteral("value")});
    p.process(args);
    if (const QString missing = missingOption(p, {"dsn", "out", "reason"}); !missing.isEmpty())
        return fail(missing);
    audit::AuditFilter filter;
    filter.span = audit::AuditFilter::Span::Custom;
    for (const char *end : {"from", "to"}) {
        const QString text = p.value(QLatin1String(end));
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!text.isEmpty() && !t.isValid())
            return fail(QStringLiteral("--%1 takes a time such as 2026-11-01T00:00:00Z")
                            .arg(QLatin1String(end)));
        (qstrcmp(end, "from") == 0 ? filter.customFrom : filter.customTo) = t;
    }
    filter.actor = p.value(QStringLiteral("actor"));
    filter.action = p.value(QStringLiteral("action"));
    filter.targetType = p.value(QStringLiteral("target-type"));
    filter.targetId = p.value(QStringLiteral("target-id"));
    filter.clientNetwork = p.value(QStringLiteral("client"));
    filter.outcome = p.value(QStringLiteral("outcome"));
    filter.reasonWords = p.value(QStringLiteral("words"));
    std::optional<audit::AuditorKey> key;
    if (p.isSet(QStringLiteral("key-file"))) {
        QString problem;
        key = readKeyFile(p.value(QStringLiteral("key-file")), false, problem);
        if (!key)
            return fail(problem);
    }
    db::PgConnection c;
    if (!connect(c, p.value(QStringLiteral("dsn"))))
        return 2;
    db::AdminClient admin(c);
    const audit::AuditQuery query = audit::AuditQuery::at(filter, QDateTime::currentDateTimeUtc());
    qint64 exportId = 0;
    qint64 head = 0;
    audit::EvidenceSource source;
    source.exportedBy = c.user();
    source.server = c.serverDescription();
    source.begin = [&admin, &exportId, &head](const QJsonObject &f, const QString &why) {
        auto start = admin.beginAuditExport(f, why);
        if (start.isOk()) {
            exportId = start.value().exportId;
            head = start.value().lastId;
        }
        return start;
    };
    source.checkpoints = [&admin] { return admin.auditCheckpoints(); };
    source.page = [&admin, &query](qint64 before) {
        return admin.searchAudit(query, before, audit::Evidence::kPageSize);
    };
    auto written =
        audit::Evidence::exportFrom(source, query, p.value(QStringLiteral("out")),
                                    p.value(QStringLiteral("reason")), key ? &*key : nullptr);
    if (!written.isOk())
        return fail(describe(written.error()));
    out() << "exported " << written.value().events << " events to " << written.value().folder
          << " (export recorded as event " << exportId << ", head " << head << ")"
          << (key ? "; manifest signed by " + key->publicKey().toHex()
                  : QByteArray("; manifest not signed"))
          << Qt::endl;
    return 0;
}

} // namespace cowin::cli
