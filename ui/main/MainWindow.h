// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConsoleService.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace cowin::ui {

class IdleWatcher;
class OtpForm;

// The shell: navigation to what the operator's groups allow, who is signed in where, the idle
// lock, and logout.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    static constexpr int kIdleTimeoutMs = 15 * 60 * 1000;

    MainWindow(db::ConsoleService *service, const db::OperatorStatus &status,
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

private:
    void addSection(const QString &name, const QString &title, const QString &coming);
    void unlock();
    void logout();
    void updateIdleLabel(int msLeft);
    void keepSessionAlive();

    db::ConsoleService *m_service;
    db::OperatorStatus m_status;
    QString m_serverName;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    QStackedWidget *m_central;
    OtpForm *m_unlockForm;
    QLabel *m_lockReason;
    QLabel *m_who;
    QLabel *m_server;
    QLabel *m_idle;
    IdleWatcher *m_idleWatcher;
    QTimer *m_keepAlive;
};

} // namespace cowin::ui
