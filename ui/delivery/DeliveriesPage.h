// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "delivery/OutboxRow.h"
#include "login/SignInCalls.h"
#include "main/Section.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace cowin::delivery {
class OutboxTableModel;
}

namespace cowin::ui {

class ChangeNotice;

// Deliveries (helpdesk and admins): the one-time password messages that did not reach their
// vaccinator, given up or failing, with the gateway's reason, and those waiting or sent in the
// last day; a resend is a new password reset of the account. The section's entry counts the
// problems, live as the delivery worker reports.
class DeliveriesPage : public QWidget, public Section {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    DeliveriesPage(db::Session *session, const login::OperatorStatus &status,
                   QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    QString sectionName() const override { return QStringLiteral("deliveries"); }
    QString sectionTitle() const override;
    void start() override;

    delivery::OutboxTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setView(delivery::OutboxView view);
    int problems() const { return m_problems; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void problemsCounted(int problems);
    void listed(int messages);
    void openAccount(const QString &loginId);

private:
    void wire();
    void countProblems();
    void loadOlder();
    void showSelected();
    void resend();
    const delivery::OutboxRow *selected() const;

    db::Session *m_session;
    bool m_mayReset;
    delivery::OutboxTableModel *m_model;
    QTableView *m_view;
    QComboBox *m_shown;
    QLabel *m_count;
    ChangeNotice *m_notice;
    QPushButton *m_resend;
    QPushButton *m_open;
    QPushButton *m_older;
    QTimer *m_debounce;
    bool m_started = false;
    int m_problems = 0;
    quint64 m_generation = 0;
};

} // namespace cowin::ui
