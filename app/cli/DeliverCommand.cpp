// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"

#include "delivery/DeliveryWorker.h"
#include "platform/TerminationSignals.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>
#include <QUrl>

namespace cowin::cli {

int runDeliver(const QStringList &args) {
    QCommandLineParser p;
    setUp(p, QStringLiteral("deliver"),
          QStringLiteral("send queued one-time passwords through the SMS gateway"));
    p.addOption(dsnOption());
    p.addOption({QStringLiteral("gateway-url"),
                 QStringLiteral("the SMS gateway's HTTPS endpoint (JSON POST)"),
                 QStringLiteral("url")});
    p.addOption({QStringLiteral("token-file"),
                 QStringLiteral("file holding the gateway's bearer token (else COWIN_SMS_TOKEN)"),
                 QStringLiteral("path")});
    p.addOption({QStringLiteral("once"),
                 QStringLiteral("send what is due now and exit (for cron and tests)")});
    p.addOption({QStringLiteral("poll-seconds"),
                 QStringLiteral("how often to look for due messages when running"),
                 QStringLiteral("seconds"), QStringLiteral("10")});
    p.addOption({QStringLiteral("backoff-seconds"),
                 QStringLiteral("wait before the first retry; doubled after each failure"),
                 QStringLiteral("seconds"), QStringLiteral("30")});
    p.process(args);
    if (const QString missing = missingOption(p, {"dsn", "gateway-url"}); !missing.isEmpty())
        return fail(missing);
    delivery::GatewayConfig config;
    config.url = QUrl(p.value(QStringLiteral("gateway-url")));
    if (p.isSet(QStringLiteral("token-file"))) {
        QFile tokenFile(p.value(QStringLiteral("token-file")));
        if (!tokenFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(tokenFile.fileName()));
        config.token = tokenFile.readAll().trimmed();
    } else {
        config.token = qgetenv("COWIN_SMS_TOKEN");
    }
    config.baseBackoffSeconds = qMax(0, p.value(QStringLiteral("backoff-seconds")).toInt());
    if (const QString problem = config.problem(); !problem.isEmpty())
        return fail(problem);
    db::PgConnection c;
    if (!connect(c, p.value(QStringLiteral("dsn"))))
        return 2;
    delivery::OutboxClient outbox(c);
    delivery::DeliveryWorker worker(outbox, config);
    const bool once = p.isSet(QStringLiteral("once"));
    const int pollMs = qMax(1, p.value(QStringLiteral("poll-seconds")).toInt()) * 1000;
    int exitCode = 0;
    QObject::connect(&worker, &delivery::DeliveryWorker::drained, &worker,
                     [&](const delivery::DeliveryStats &s) {
                         out() << "sent " << s.sent << ", to retry " << s.retried
                               << ", dead-lettered " << s.dead << Qt::endl;
                         if (once)
                             QCoreApplication::exit(0);
                         else
                             QTimer::singleShot(pollMs, &worker, &delivery::DeliveryWorker::drain);
                     });
    QObject::connect(&worker, &delivery::DeliveryWorker::report, &worker,
                     [](const QString &line) { out() << line << Qt::endl; });
    QObject::connect(&worker, &delivery::DeliveryWorker::failed, &worker, [&](const QString &why) {
        fail(why);
        exitCode = 2;
        QCoreApplication::exit(2);
    });
    platform::TerminationSignals termination; // Ctrl+C or TERM: stop between messages
    QTimer::singleShot(0, &worker, &delivery::DeliveryWorker::drain);
    const int loop = QCoreApplication::exec();
    return exitCode != 0 ? exitCode : loop;
}

} // namespace cowin::cli
