// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "login/SignInCalls.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace cowin::demo {
class DemoDelivery;
class DemoSealer;
class DemoGateway;
class DemoPortal;
class DemoUsers;
class LocalCluster;
} // namespace cowin::demo

namespace cowin::ui {

class LoginWindow;
class MainWindow;

// The console's lifetime: sign in, work, sign out, sign in again. In demo mode it also starts
// the embedded cluster (off the GUI thread) and stops it when the console closes.
class ConsoleApp : public QObject {
    Q_OBJECT
public:
    explicit ConsoleApp(QObject *parent = nullptr);
    ~ConsoleApp() override;

    void startDemo(const QString &demoDir);
    void showLogin();

    db::Session *session() const { return m_session; }
    LoginWindow *loginWindow() const { return m_login.get(); }
    MainWindow *mainWindow() const;

Q_SIGNALS:
    void mainWindowShown(cowin::ui::MainWindow *window);

private:
    void openMainWindow(const login::OperatorStatus &status, const db::ConnectionProfile &profile);
    // Demo only: the panel follows what was done in any console (an enrolment, a disabled,
    // locked or new operator).
    void refreshDemoRoster();

    db::Session *m_session;
    std::unique_ptr<LoginWindow> m_login;
    QPointer<MainWindow> m_main;
    std::unique_ptr<demo::LocalCluster> m_cluster;
    std::unique_ptr<demo::DemoUsers> m_demoUsers;
    std::unique_ptr<demo::DemoDelivery> m_delivery; // after m_cluster: destroyed before it
    std::unique_ptr<demo::DemoSealer> m_sealer;     // likewise
    std::unique_ptr<demo::DemoGateway> m_gateway;   // likewise
    std::unique_ptr<demo::DemoPortal> m_portal;     // likewise
    QString m_demoOperatorsFile;
    QString m_demoDir;
    QTimer *m_rosterTimer = nullptr;
    bool m_rosterReading = false;
};

} // namespace cowin::ui
