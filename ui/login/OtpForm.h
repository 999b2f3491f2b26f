// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "login/SignInCalls.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cowin::ui {

class NextCodeCountdown;

// Asks for a one-time code (or a recovery code) and submits it. Used at sign-in and to unlock
// an idle console. Emits sessionOpened when the server opened a session.
class OtpForm : public QWidget {
    Q_OBJECT
public:
    explicit OtpForm(db::Session *session, QWidget *parent = nullptr);

    void reset(const QString &intro = {});
    void setBusy(bool busy);

Q_SIGNALS:
    void sessionOpened();
    void operatorLocked();

private:
    void submit();
    void setRecoveryMode(bool recovery);
    void showVerdict(const db::Result<login::OtpVerdict> &result);

    db::Session *m_session;
    QLabel *m_intro;
    QLineEdit *m_code;
    QPushButton *m_verify;
    QPushButton *m_recoveryToggle;
    QLabel *m_message;
    NextCodeCountdown *m_countdown;
    bool m_recoveryMode = false;
};

} // namespace cowin::ui
