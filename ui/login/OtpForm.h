// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConsoleService.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cowin::ui {

// Asks for a one-time code (or a recovery code) and submits it. Used at sign-in and to unlock
// an idle console. Emits sessionOpened when the server opened a session.
class OtpForm : public QWidget {
    Q_OBJECT
public:
    explicit OtpForm(db::ConsoleService *service, QWidget *parent = nullptr);

    void reset(const QString &intro = {});
    void setBusy(bool busy);

Q_SIGNALS:
    void sessionOpened();
    void operatorLocked();

private:
    void submit();
    void setRecoveryMode(bool recovery);
    void showVerdict(const db::Result<db::OtpVerdict> &result);

    db::ConsoleService *m_service;
    QLabel *m_intro;
    QLineEdit *m_code;
    QPushButton *m_verify;
    QPushButton *m_recoveryToggle;
    QLabel *m_message;
    bool m_recoveryMode = false;
};

} // namespace cowin::ui
