// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace cowin::ui {

class QrCodeWidget;

// First sign-in: the one-time enrolment code, then a QR code and the secret for the
// authenticator app, then a code from the app to confirm. The secret is shown here once.
class EnrolPage : public QWidget {
    Q_OBJECT
public:
    explicit EnrolPage(db::Session *session, QWidget *parent = nullptr);
    void reset();

Q_SIGNALS:
    void enrolled(const QStringList &recoveryCodes);

private:
    void begin();
    void confirm();
    void setBusy(QPushButton *button, bool busy);

    db::Session *m_session;
    QStackedWidget *m_steps;
    QLineEdit *m_enrolmentCode;
    QPushButton *m_begin;
    QLabel *m_beginError;
    QrCodeWidget *m_qr;
    QLabel *m_secret;
    QLineEdit *m_confirmCode;
    QPushButton *m_confirm;
    QLabel *m_confirmError;
};

} // namespace cowin::ui
