// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "demo/DemoData.h"
#include "login/SignInCalls.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace cowin::ui {

class CredentialsPage;
class DemoPanel;
class EnrolPage;
class OtpForm;
class PasswordChangePage;
class RecoveryCodesPage;

// Sign-in: password, then enrolment (first time), then a one-time code, then a forced password
// change when due. Emits authenticated once the operator has a session and may work.
class LoginWindow : public QWidget {
    Q_OBJECT
public:
    enum class Step { Starting, Credentials, Otp, Enrol, RecoveryCodes, PasswordChange };

    explicit LoginWindow(db::Session *session, QWidget *parent = nullptr);

    Step step() const;
    void showStarting(const QString &what);
    void showStartFailed(const QString &why);
    // Demo only: the demo operators as they are now.
    void updateDemoOperators(const QList<demo::DemoOperator> &operators);
    void setDemo(const db::ConnectionProfile &profile, const QList<demo::DemoOperator> &operators);
    void setProductionProfile(const db::ConnectionProfile &profile, const QString &username = {});
    void restart(const QString &message = {});
    // Back at the start after a sign-out, saying so (not as a problem).
    void signedOut();
    RecoveryCodesPage *recoveryCodesPage() const { return m_recovery; }

Q_SIGNALS:
    void authenticated(const login::OperatorStatus &status, const db::ConnectionProfile &profile);

protected:
    void changeEvent(QEvent *event) override;

private:
    void wire();
    void signIn();
    void route(const login::OperatorStatus &status);
    void afterSession();
    void setStep(Step step);

    db::Session *m_session;
    db::ConnectionProfile m_profile;
    login::OperatorStatus m_status;
    QStackedWidget *m_pages;
    QLabel *m_startingLabel;
    QProgressBar *m_startingProgress;
    CredentialsPage *m_credentials;
    OtpForm *m_otp;
    EnrolPage *m_enrol;
    RecoveryCodesPage *m_recovery;
    PasswordChangePage *m_password;
    DemoPanel *m_demoPanel;
    QPushButton *m_cancel = nullptr;
};

} // namespace cowin::ui
