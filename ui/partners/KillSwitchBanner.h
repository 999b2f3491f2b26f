// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "login/SignInCalls.h"
#include "partners/KillSwitchCalls.h"
#include "partners/KillSwitchDialog.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace cowin::ui {

// Always visible at the top of the main window: whether partner APIs are on, and when the
// kill-switch is engaged, who engaged it, when, why and at which level, with a restore that
// is waiting for a second operator. It follows the server's notices (NOTIFY
// cowin_api_state) by asking console.api_state again; the notice itself is never believed.
// Incident commanders and admins get the buttons to engage, request and approve. While the
// switch is in force, those who may see the gateways read which of them obey it and how
// fast (console.gateway_status), asked again every second until every gateway does.
class KillSwitchBanner : public QFrame {
    Q_OBJECT
public:
    KillSwitchBanner(db::Session *session, const login::OperatorStatus &status,
                     QWidget *parent = nullptr);

    void refresh();
    // Opens the switch-off dialog, for a section that found a reason to (the Watch), when this
    // operator may engage and nothing is switched off yet.
    void offerSwitchOff();
    const partners::ApiState &state() const { return m_state; }
    // "every partner API", "government partners' APIs", …
    static QString levelText(const QString &level, const QString &sector);
    // "Obeyed by 7 of 8 gateways, slowest 84 ms after the switch-off. Not yet: gw-3."
    static QString acknowledgementText(const QList<partners::GatewayAck> &gateways);

Q_SIGNALS:
    void stateShown(const cowin::partners::ApiState &state);

private:
    void display(const partners::ApiState &state);
    void refreshGateways();
    void openStep(KillSwitchDialog::Step step);
    void withdraw();

    db::Session *m_session;
    QString m_me;
    bool m_mayEngage;
    bool m_mayRequest;
    bool m_mayApprove;
    bool m_mayWithdraw;
    bool m_mayGateways;
    partners::ApiState m_state;
    QList<partners::GatewayAck> m_gateways;
    QTimer *m_gatewayPoll;
    QLabel *m_text;
    QPushButton *m_engage;
    QPushButton *m_request;
    QPushButton *m_approve;
    QPushButton *m_withdraw;
    QPushButton *m_history;
    QPushButton *m_gatewaysButton;
};

} // namespace cowin::ui
