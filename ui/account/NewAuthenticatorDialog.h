// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace cowin::ui {

class AuditedAction;
class QrCodeWidget;
class RecoveryCodesPage;

// Moving the authenticator to a new phone, in three steps: a code from the current app
// (a step-up) makes a new key, shown once as a QR code and as text; a code from the new app
// makes it the only one; ten new recovery codes are shown once. Cancelled before the second
// step, the current app keeps working.
class NewAuthenticatorDialog : public QDialog {
    Q_OBJECT
public:
    enum class Step { CurrentCode, NewKey, RecoveryCodes };

    explicit NewAuthenticatorDialog(db::Session *session, QWidget *parent = nullptr);
    Step step() const;
    QString keyShown() const; // the new key as shown (grouped), for tests
    RecoveryCodesPage *recoveryCodes() const { return m_codes; }

Q_SIGNALS:
    void moved();

private:
    QWidget *buildCurrentCode();
    QWidget *buildNewKey();
    void begin();
    void confirmNewCode();

    db::Session *m_session;
    QStackedWidget *m_steps;
    QLineEdit *m_currentCode;
    QPushButton *m_continue;
    FieldErrors m_beginErrors;
    AuditedAction *m_beginAction;
    QrCodeWidget *m_qr;
    QLabel *m_key;
    QLineEdit *m_newCode;
    QPushButton *m_confirm;
    FieldErrors m_confirmErrors;
    AuditedAction *m_confirmAction;
    RecoveryCodesPage *m_codes;
};

} // namespace cowin::ui
