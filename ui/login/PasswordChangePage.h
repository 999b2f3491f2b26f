// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/PasswordPolicy.h"
#include "db/Session.h"
#include "widgets/FieldErrors.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cowin::ui {

// A forced password change. Strength is judged here (the server only ever receives a SCRAM
// verifier, so it cannot); the new password never leaves the desktop.
class PasswordChangePage : public QWidget {
    Q_OBJECT
public:
    explicit PasswordChangePage(db::Session *session, QWidget *parent = nullptr);
    void reset(const QString &username);
    static QString problemText(auth::PasswordProblem problem);

Q_SIGNALS:
    void changed();

private:
    void updateHint();
    void submit();

    db::Session *m_session;
    auth::PasswordPolicy m_policy;
    QString m_username;
    QLineEdit *m_password;
    QLineEdit *m_confirmation;
    QLabel *m_hint;
    FieldErrors m_errors;
    QPushButton *m_change;
};

} // namespace cowin::ui
