// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "login/SignInCalls.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace cowin::ui {

class ElidedLabel;
class IdleWatcher;
class KillSwitchBanner;
class OtpForm;
class Section;

// The shell: navigation to the sections the operator's grants allow, who is signed in where, the
// idle lock, and logout.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    static constexpr int kIdleTimeoutMs = 15 * 60 * 1000;

    MainWindow(db::Session *session, const login::OperatorStatus &status,
               const db::ConnectionProfile &profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setIdleTimeout(int ms);
    bool isLocked() const;
    QStringList sectionNames() const;
    QString currentSection() const;
    void selectSection(const QString &name);
    // Shows a vaccinator, partner or operator named by an audit event in its own section.
    void openTarget(const QString &type, const QString &id);

public Q_SLOTS:
    void lock(const QString &why = {});

Q_SIGNALS:
    void loggedOut();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildSections();
    QWidget *buildWorkPage();
    QWidget *buildLockPage();
    void buildMenus();
    void buildStatusBar();
    void fitNavigation();
    void wire();
    void addSection(Section *section);
    void addWelcome();
    void unlock();
    void logout();
    void updateIdleLabel(int msLeft);
    void keepSessionAlive();

    db::Session *m_session;
    login::OperatorStatus m_status;
    QString m_serverName;     // for people, in their language
    QString m_serverIdentity; // for what is filed by server (ConnectionProfile::identity)
    QListWidget *m_nav;
    KillSwitchBanner *m_banner;
    QStackedWidget *m_pages;
    QList<Section *> m_sections; // in the order of the navigation; nullptr for the welcome
    QStackedWidget *m_central;
    OtpForm *m_unlockForm;
    QLabel *m_lockReason;
    ElidedLabel *m_who;
    ElidedLabel *m_server;
    QLabel *m_idle;
    IdleWatcher *m_idleWatcher;
    QTimer *m_keepAlive;
};

} // namespace cowin::ui
