// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoGateway.h"

#include "gateway/EdgeProxyConfig.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <csignal>
#include <sys/prctl.h>

namespace cowin::demo {

namespace {
int freePort() {
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// Beside the console when installed; in a build tree the daemon is built in app/.
QString daemonProgram() {
    const QString here = QCoreApplication::applicationDirPath();
    QString found = QStandardPaths::findExecutable(QStringLiteral("cowin-gatewayd"),
                                                   {here, here + QStringLiteral("/../app")});
    return found.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("cowin-gatewayd"))
                           : found;
}

QString snippetsDir() {
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/cowin-console/nginx");
    if (QFile::exists(installed + QStringLiteral("/cowin-authorize.conf")))
        return QDir(installed).canonicalPath();
    return QStringLiteral(COWIN_SOURCE_DIR "/packaging/nginx");
}

// A child that outlives a crashed console would hold its port: the kernel ends it instead.
void endWithParent(QProcess &p) {
    p.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}
} // namespace

DemoGateway::DemoGateway(const db::ConnectionProfile &profile, const QString &login,
                         const QString &password, const QString &workDir, QObject *parent)
    : QObject(parent) {
    const QString program = daemonProgram();
    if (program.isEmpty()) {
        qWarning().noquote() << "demo: cowin-gatewayd not found; no partner API edge";
        return;
    }
    m_daemonPort = freePort();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    m_daemon.setProcessEnvironment(env);
    m_daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    endWithParent(m_daemon);
    m_daemon.start(program,
                   {QStringLiteral("--dsn"),
                    QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
                        .arg(profile.hosts, profile.ports, profile.database, login),
                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_daemonPort),
                    QStringLiteral("--gateway-id"), QStringLiteral("demo-edge"),
                    QStringLiteral("--threads"), QStringLiteral("1")});
    startProxy(workDir);
}

void DemoGateway::startProxy(const QString &workDir) {
    const QString nginx = QStandardPaths::findExecutable(
        QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    m_lookupUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/authorize").arg(m_daemonPort));
    m_lookupIsDaemon = true;
    if (nginx.isEmpty()) {
        qInfo().noquote() << "demo: cowin-gatewayd on 127.0.0.1:" + QString::number(m_daemonPort)
                          << "(install nginx to put a partner API edge in front of it)";
        return;
    }
    gateway::EdgeProxyConfig config;
    config.workDir = workDir;
    config.snippetsDir = snippetsDir();
    config.daemons = {QStringLiteral("127.0.0.1:%1").arg(m_daemonPort)};
    config.listenPort = freePort();
    config.upstreamPort = freePort();
    // The portal simulator's partner bot calls from loopback in a partner's name.
    config.clientAddressFromLoopback = true;
    QDir().mkpath(workDir);
    QFile file(config.configPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(config.text()) < 0)
        return;
    file.close();
    m_nginx.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    endWithParent(m_nginx);
    m_nginx.start(nginx, config.arguments());
    m_lookupUrl =
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/beneficiary/lookup").arg(config.listenPort));
    m_lookupIsDaemon = false;
    qInfo().noquote() << "demo: partner APIs at http://127.0.0.1:" +
                             QString::number(config.listenPort) +
                             "/api/ (nginx), asking cowin-gatewayd on 127.0.0.1:" +
                             QString::number(m_daemonPort);
}

DemoGateway::~DemoGateway() {
    for (QProcess *p : {&m_nginx, &m_daemon}) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(3000))
                p->kill();
        }
    }
}

} // namespace cowin::demo
