// SPDX-License-Identifier: Apache-2.0
// cowin-gatewayd: what nginx (auth_request) and Envoy (ext_authz over HTTP) ask before each
// partner call. Decides from a local copy of the keys and the kill-switch, kept current by
// the database's feed, and fails closed when it cannot confirm that copy within the lease.
#include "gateway/GatewayGate.h"
#include "gateway/StateFeed.h"
#include "gateway/SubjectCheck.h"
#include "gatewayd/HttpFront.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <csignal>
#include <cstdio>
#include <thread>
#include <unistd.h>

using namespace cowin::gateway;

namespace {
int fail(const QString &why) {
    std::fprintf(stderr, "cowin-gatewayd: %s\n", qPrintable(why));
    return 2;
}
} // namespace

int main(int argc, char *argv[]) {
    // TERM and INT are waited for below; every thread started after this inherits the mask.
    sigset_t termination;
    sigemptyset(&termination);
    sigaddset(&termination, SIGTERM);
    sigaddset(&termination, SIGINT);
    pthread_sigmask(SIG_BLOCK, &termination, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cowin-gatewayd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COWIN_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Answers nginx auth_request and Envoy ext_authz calls for partner APIs from a local copy "
        "of the keys and the kill-switch; fails closed (403 stale_state) when the copy is not "
        "confirmed current within the lease."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({QStringLiteral("dsn"),
                 QStringLiteral("libpq connection string of a cowin_gateway login (the password "
                                "from ~/.pgpass or PGPASSWORD, never the command line)"),
                 QStringLiteral("conninfo")});
    p.addOption({QStringLiteral("listen"),
                 QStringLiteral("where to serve: ADDRESS:PORT, or unix:PATH for a proxy on this "
                                "machine; may be given more than once"),
                 QStringLiteral("addr:port")});
    p.addOption({QStringLiteral("gateway-id"),
                 QStringLiteral("this gateway's name in acknowledgements (a-z, 0-9, . _ -)"),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("lease-ms"),
                 QStringLiteral("fail closed when the state is not confirmed for this long"),
                 QStringLiteral("ms"), QStringLiteral("2000")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("HTTP threads"), QStringLiteral("n"),
                 QStringLiteral("2")});
    p.process(app);
    for (const char *required : {"dsn", "listen", "gateway-id"}) {
        if (!p.isSet(QLatin1String(required)))
            return fail(
                QStringLiteral("--%1 is required (see --help)").arg(QLatin1String(required)));
    }
    if (p.value(QStringLiteral("dsn"))
            .contains(QRegularExpression(QStringLiteral("password\\s*="))))
        return fail(QStringLiteral("--dsn must not hold a password: use ~/.pgpass or PGPASSWORD"));
    const QString id = p.value(QStringLiteral("gateway-id"));
    if (!QRegularExpression(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,62}$")).match(id).hasMatch())
        return fail(QStringLiteral("--gateway-id takes lower-case letters, digits, dot, dash or "
                                   "underscore (at most 63)"));
    bool ok = false;
    const int leaseMs = p.value(QStringLiteral("lease-ms")).toInt(&ok);
    if (!ok || leaseMs < 200 || leaseMs > 60000)
        return fail(QStringLiteral("--lease-ms takes 200 to 60000"));
    const int threads = p.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || threads < 1 || threads > 64)
        return fail(QStringLiteral("--threads takes 1 to 64"));

    GatewayGate gate{std::chrono::milliseconds(leaseMs)};
    SubjectCheck subjects(p.value(QStringLiteral("dsn")), id);
    gate.setSubjectCheck(&subjects);
    HttpFront front(gate);
    for (const QString &listen : p.values(QStringLiteral("listen"))) {
        if (const std::string problem =
                front.start(listen.toStdString(), static_cast<unsigned>(threads));
            !problem.empty())
            return fail(QString::fromStdString(problem));
    }
    std::fprintf(stderr, "cowin-gatewayd: %s listening on %s, lease %d ms\n", qPrintable(id),
                 qPrintable(p.values(QStringLiteral("listen")).join(QStringLiteral(", "))),
                 leaseMs);

    FeedConfig config;
    config.dsn = p.value(QStringLiteral("dsn"));
    config.gatewayId = id;
    config.lease = std::chrono::milliseconds(leaseMs);
    std::atomic<bool> stop{false};
    StateFeed feed(config, gate);
    std::thread feedThread([&] {
        feed.run(stop);
        if (!feed.fatalError().isEmpty())
            ::kill(::getpid(), SIGTERM); // wakes the wait below
    });

    int signal = 0;
    sigwait(&termination, &signal);
    std::fprintf(stderr, "cowin-gatewayd: stopping\n");
    front.stop();
    stop = true;
    feedThread.join();
    return feed.fatalError().isEmpty() ? 0 : fail(feed.fatalError());
}
