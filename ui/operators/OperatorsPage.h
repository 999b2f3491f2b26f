// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "login/SignInCalls.h"
#include "main/Section.h"
#include "operators/Operator.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cowin::operators {
class OperatorTableModel;
}

namespace cowin::ui {

class ChangeNotice;

// Operators (ministry admins): every console operator with groups, scope, enrolment, lock and
// sessions; create one; change another's groups and scope (step-up); reset a lost
// authenticator; unlock; disable or enable; force a logout. An admin's own row offers none of
// these: the server refuses them too.
class OperatorsPage : public QWidget, public Section {
    Q_OBJECT
public:
    OperatorsPage(db::Session *session, const login::OperatorStatus &status,
                  QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    QString sectionName() const override { return QStringLiteral("operators"); }
    QString sectionTitle() const override;
    // Reads from the server the first time the section is shown.
    void start() override;
    bool showTarget(const QString &type, const QString &id) override;

    operators::OperatorTableModel *model() const { return m_model; }
    void selectOperator(const QString &username);
    const operators::OperatorRow *selected() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void listed(int operators);

private:
    void wire();
    void showSelected();
    void newOperator();
    void changeAccess();
    void resetAuthenticator();
    void unlock();
    void setDisabled(bool disabled);
    void forceLogout();
    // The change went through: say so, then read the list again with username selected.
    void changed(const QString &username, const QString &said);

    db::Session *m_session;
    QString m_me;
    bool m_started = false;
    quint64 m_generation = 0;
    QString m_wanted;
    operators::OperatorTableModel *m_model;
    QTableView *m_view;
    QLabel *m_count;
    QLabel *m_facts;
    QLabel *m_message;
    ChangeNotice *m_notice; // what the last change did
    QPushButton *m_new;
    QPushButton *m_limits;
    QPushButton *m_access;
    QPushButton *m_reset;
    QPushButton *m_unlock;
    QPushButton *m_disable;
    QPushButton *m_enable;
    QPushButton *m_logout;
};

} // namespace cowin::ui
