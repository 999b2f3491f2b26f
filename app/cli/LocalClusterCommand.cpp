// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"

#include "demo/LocalCluster.h"

namespace cowin::cli {

int runLocalCluster(const QStringList &args) {
    QCommandLineParser p;
    setUp(p, QStringLiteral("local-cluster"),
          QStringLiteral("start|stop a private PostgreSQL cluster (Unix socket only)"));
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("start or stop"));
    p.addOption({QStringLiteral("dir"), QStringLiteral("cluster folder"), QStringLiteral("path"),
                 demo::LocalCluster::defaultDemoDir()});
    p.addOption({QStringLiteral("port"), QStringLiteral("socket port number"), QStringLiteral("n"),
                 QStringLiteral("5432")});
    p.addOption({QStringLiteral("run-as"), QStringLiteral("system user for the server when root"),
                 QStringLiteral("user"), demo::LocalCluster::defaultRunAsUser()});
    p.addOption({QStringLiteral("throwaway"), QStringLiteral("no fsync: for test clusters")});
    p.addOption({QStringLiteral("tls-dir"),
                 QStringLiteral("also listen on 127.0.0.1, TLS only, with server.crt and "
                                "server.key from this folder"),
                 QStringLiteral("path")});
    p.process(args);
    const QStringList pos = p.positionalArguments();
    const QString action = pos.size() > 1 ? pos.at(1) : QString();
    demo::LocalCluster::Options o;
    o.baseDir = p.value(QStringLiteral("dir"));
    o.port = p.value(QStringLiteral("port")).toInt();
    o.runAsUser = p.value(QStringLiteral("run-as"));
    o.durable = !p.isSet(QStringLiteral("throwaway"));
    o.tlsDir = p.value(QStringLiteral("tls-dir"));
    demo::LocalCluster cluster(o);
    if (action == QLatin1String("start")) {
        auto r = cluster.ensureStarted();
        if (!r.isOk())
            return fail(describe(r.error()));
        out() << cluster.superuserConnectionString() << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("stop")) {
        auto r = cluster.stop();
        return r.isOk() ? 0 : fail(describe(r.error()));
    }
    return fail(QStringLiteral("local-cluster needs 'start' or 'stop'"));
}

} // namespace cowin::cli
