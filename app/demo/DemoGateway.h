// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionProfile.h"

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace cowin::demo {

// The demo's partner API edge: one cowin-gatewayd with a login of cowin_gateway made for this
// run and, when nginx is installed, nginx in front of it on a loopback port, as a ministry runs
// them (docs/gateway.md). The kill-switch banner then shows a real acknowledgement, and a
// partner call can be tried by hand. Both stop with the console (and with it if it dies).
class DemoGateway : public QObject {
    Q_OBJECT
public:
    DemoGateway(const db::ConnectionProfile &profile, const QString &login, const QString &password,
                const QString &workDir, QObject *parent = nullptr);
    ~DemoGateway() override;

    // Where a partner call goes: nginx's partner API for a personal-data lookup, or, without
    // nginx, the daemon's own /authorize (daemon() true); invalid when there is no edge.
    QUrl lookupUrl() const { return m_lookupUrl; }
    bool daemon() const { return m_lookupIsDaemon; }

private:
    void startProxy(const QString &workDir);

    QProcess m_daemon;
    QProcess m_nginx;
    int m_daemonPort = 0;
    QUrl m_lookupUrl;
    bool m_lookupIsDaemon = false;
};

} // namespace cowin::demo
