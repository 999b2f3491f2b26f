// SPDX-License-Identifier: Apache-2.0
#include "ConsoleApp.h"

#include "db/AdminClient.h"
#include "db/PgConnection.h"
#include "db/ProfileSettings.h"
#include "demo/DemoBootstrap.h"
#include "demo/DemoDelivery.h"
#include "demo/DemoGateway.h"
#include "demo/DemoPortal.h"
#include "demo/DemoSealer.h"
#include "demo/DemoUsers.h"
#include "demo/LocalCluster.h"
#include "login/LoginWindow.h"
#include "login/SignInCalls.h"
#include "main/MainWindow.h"

#include <QDir>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace cowin::ui {

ConsoleApp::ConsoleApp(QObject *parent)
    : QObject(parent)
    , m_session(new db::Session(this))
    , m_login(std::make_unique<LoginWindow>(m_session)) {
    connect(m_login.get(), &LoginWindow::authenticated, this, &ConsoleApp::openMainWindow);
}

ConsoleApp::~ConsoleApp() {
    // Quitting ends the session on the server too, whatever became of the windows (Qt closes
    // them all before quit() returns), waiting at most the connect timeout; then it closes the
    // connection so the demo cluster's fast shutdown has nothing to wait for.
    m_session->call(&login::SignInCalls::logout).waitForFinished();
    delete m_main;
    m_login.reset();
    m_session->disconnect().waitForFinished();
    m_delivery.reset();
    m_sealer.reset();
    // The last demo console to close stops the cluster; another may still be using it.
    if (m_cluster && !(m_demoUsers && m_demoUsers->leaveAndAskForOthers()))
        m_cluster->stop();
}

MainWindow *ConsoleApp::mainWindow() const {
    return m_main.data();
}

void ConsoleApp::showLogin() {
    m_login->show();
    m_login->raise();
    refreshDemoRoster();
}

void ConsoleApp::refreshDemoRoster() {
    if (!m_cluster || !m_delivery || m_rosterReading || !m_login->isVisible())
        return;
    m_rosterReading = true;
    QtConcurrent::run([conninfo = m_cluster->superuserConnectionString(),
                       file = m_demoOperatorsFile] {
        db::PgConnection dba;
        auto opened = dba.openConnectionString(conninfo, QStringLiteral("cowin-demo"));
        if (!opened.isOk())
            return db::Result<QList<demo::DemoOperator>>::fail(opened.error());
        db::AdminClient admin(dba);
        return demo::DemoData::current(admin, file);
    }).then(this, [this](const db::Result<QList<demo::DemoOperator>> &operators) {
        m_rosterReading = false;
        // A failed read (the cluster stopping, say) leaves the panel as it was.
        if (operators.isOk())
            m_login->updateDemoOperators(operators.value());
    });
}

void ConsoleApp::startDemo(const QString &demoDir) {
    demo::LocalCluster::Options options;
    options.baseDir = demoDir;
    options.runAsUser = demo::LocalCluster::defaultRunAsUser();
    m_cluster = std::make_unique<demo::LocalCluster>(options);
    m_demoDir = demoDir;
    m_demoUsers = std::make_unique<demo::DemoUsers>(demoDir);
    m_login->showStarting(tr("Starting the embedded demo database in %1…").arg(demoDir));
    demo::LocalCluster *cluster = m_cluster.get();
    const QString operatorsFile = demo::DemoData::secretsFileIn(demoDir);
    m_demoOperatorsFile = operatorsFile;
    QtConcurrent::run([cluster, operatorsFile] {
        return demo::DemoBootstrap::prepare(*cluster, operatorsFile);
    }).then(this, [this](const db::Result<demo::DemoSetup> &setup) {
        if (!setup.isOk()) {
            m_login->showStartFailed(setup.error().message);
            return;
        }
        m_login->setDemo(setup.value().profile, setup.value().operators);
        m_delivery = std::make_unique<demo::DemoDelivery>(
            setup.value().profile, setup.value().deliveryLogin, setup.value().deliveryPassword);
        m_sealer = std::make_unique<demo::DemoSealer>(
            setup.value().profile, setup.value().sealerLogin, setup.value().sealerPassword);
        m_gateway = std::make_unique<demo::DemoGateway>(
            setup.value().profile, setup.value().gatewayLogin, setup.value().gatewayPassword,
            QDir(m_demoDir).filePath(QStringLiteral("edge")));
        demo::PortalTraffic traffic;
        traffic.profile = setup.value().profile;
        traffic.login = setup.value().portalLogin;
        traffic.password = setup.value().portalPassword;
        const db::DemoWatch &watch = setup.value().watch;
        if (!watch.logins.isEmpty()) {
            traffic.botAccount = watch.logins.first();
            traffic.accounts = watch.logins.mid(1);
            traffic.states = watch.states.mid(1);
        }
        traffic.botKey = watch.botKey;
        traffic.botKeyAddress = QStringLiteral("192.0.2.77"); // in QuickSlot's allowlist
        traffic.edge = m_gateway->lookupUrl();
        traffic.edgeIsDaemon = m_gateway->daemon();
        m_portal = std::make_unique<demo::DemoPortal>(std::move(traffic));
        m_rosterTimer = new QTimer(this);
        m_rosterTimer->setInterval(5000);
        connect(m_rosterTimer, &QTimer::timeout, this, &ConsoleApp::refreshDemoRoster);
        m_rosterTimer->start();
    });
}

void ConsoleApp::openMainWindow(const login::OperatorStatus &status,
                                const db::ConnectionProfile &profile) {
    QSettings settings;
    db::ProfileSettings(settings).save(profile, status.operatorName);
    delete m_main;
    m_main = new MainWindow(m_session, status, profile);
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_main, &MainWindow::loggedOut, this, [this] {
        m_main->hide();
        m_main->deleteLater();
        m_login->signedOut();
        showLogin();
    });
    m_login->hide();
    m_main->show();
    Q_EMIT mainWindowShown(m_main);
}

} // namespace cowin::ui
