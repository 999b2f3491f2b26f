// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account/AccountCalls.h"
#include "db/Session.h"
#include "login/SignInCalls.h"
#include "main/Section.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cowin::ui {

class ChangeNotice;

// My account (every operator): the own sign-in at a glance (recovery codes left, when the
// authenticator and the password were set, the sessions open and where from) and its changes,
// each confirmed with a fresh code: a new password, new recovery codes, a new phone, and
// ending the sessions left open elsewhere.
class MyAccountPage : public QWidget, public Section {
    Q_OBJECT
public:
    MyAccountPage(db::Session *session, const login::OperatorStatus &status,
                  QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    QString sectionName() const override { return QStringLiteral("account"); }
    QString sectionTitle() const override;
    void start() override;

    const account::MyAccount &account() const { return m_account; }
    QTableWidget *sessions() const { return m_sessions; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void shown();

private:
    void changePassword();
    void renewRecoveryCodes();
    void moveToNewPhone();
    void endOtherSessions();
    void showAccount(const account::MyAccount &a);
    void showSessions(const QList<account::MySession> &sessions);

    db::Session *m_session;
    login::OperatorStatus m_status;
    account::MyAccount m_account;
    QLabel *m_facts;
    ChangeNotice *m_notice;
    QTableWidget *m_sessions;
    QPushButton *m_password;
    QPushButton *m_codes;
    QPushButton *m_phone;
    QPushButton *m_endOthers;
    bool m_started = false;
};

} // namespace cowin::ui
