// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "login/SignInCalls.h"
#include "main/Section.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace cowin::watch {
class WatchAlertModel;
}

namespace cowin::ui {

class WatchDetailPane;

// Watch (incident commanders and admins act; auditors read): alerts of the lookup watch, most
// severe and newest first, with the chosen one's details and actions beside them; "who looked
// up this person?", the budgets per peer group and the canaries. It reads again when the
// server announces a change (NOTIFY cowin_watch), and the section's entry counts open alerts.
class WatchPage : public QWidget, public Section {
    Q_OBJECT
public:
    static constexpr int kMaxAlerts = 200;

    WatchPage(db::Session *session, const login::OperatorStatus &status, QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    QString sectionName() const override { return QStringLiteral("watch"); }
    QString sectionTitle() const override;
    void start() override;

    watch::WatchAlertModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    WatchDetailPane *detail() const { return m_detail; }
    int openAlerts() const { return m_open; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openCounted(int open);
    void listed(int alerts);
    void switchOffRequested();
    void openAccount(const QString &loginId);

private:
    void wire();
    void countOpen();
    void showSelected();

    db::Session *m_session;
    login::OperatorStatus m_status;
    watch::WatchAlertModel *m_model;
    QTableView *m_view;
    WatchDetailPane *m_detail;
    QLabel *m_count;
    QPushButton *m_who;
    QPushButton *m_budgets;
    QPushButton *m_canaries;
    QTimer *m_debounce;
    QTimer *m_figures;
    bool m_started = false;
    int m_open = 0;
    quint64 m_generation = 0;
};

} // namespace cowin::ui
