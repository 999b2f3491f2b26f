// SPDX-License-Identifier: Apache-2.0
#include "login/PasswordChangePage.h"

#include "ErrorText.h"
#include "login/SignInCalls.h"
#include "widgets/Style.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cowin::ui {

PasswordChangePage::PasswordChangePage(db::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_policy(auth::PasswordPolicy::withBuiltInList())
    , m_password(new QLineEdit(this))
    , m_confirmation(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_errors(this, QStringLiteral("passwordError"))
    , m_change(new QPushButton(tr("Change password"), this)) {
    auto *intro =
        new QLabel(tr("<h2>Choose a new password</h2>Your password must be changed before "
                      "you continue. Use at least %1 characters; a few unrelated words "
                      "make a strong password that is easy to remember.")
                       .arg(auth::PasswordPolicy::kMinimumLength),
                   this);
    intro->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirmation->setObjectName(QStringLiteral("newPasswordConfirmation"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_hint->setObjectName(QStringLiteral("passwordHint"));
    m_hint->setWordWrap(true);
    m_change->setObjectName(QStringLiteral("changePassword"));

    auto *form = new QFormLayout;
    m_errors.addRow(form, tr("New password:"), m_password, QStringLiteral("password"));
    m_errors.addRow(form, tr("Repeat it:"), m_confirmation, QStringLiteral("confirmation"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_errors.general());
    layout->addWidget(m_change);
    layout->addStretch();

    connect(m_password, &QLineEdit::textChanged, this, &PasswordChangePage::updateHint);
    connect(m_confirmation, &QLineEdit::textChanged, this, &PasswordChangePage::updateHint);
    connect(m_change, &QPushButton::clicked, this, &PasswordChangePage::submit);
    connect(m_confirmation, &QLineEdit::returnPressed, this, &PasswordChangePage::submit);
}

QString PasswordChangePage::problemText(auth::PasswordProblem problem) {
    using P = auth::PasswordProblem;
    switch (problem) {
    case P::None:
        return {};
    case P::TooShort:
        return tr("Use at least %1 characters.").arg(auth::PasswordPolicy::kMinimumLength);
    case P::SameAsUsername:
        return tr("The password must not be your username.");
    case P::ContainsUsername:
        return tr("The password must not contain your username.");
    case P::Common:
        return tr("This password is on the list of common passwords that attackers try first.");
    case P::Mismatch:
        return tr("The two passwords are not the same.");
    }
    return {};
}

void PasswordChangePage::reset(const QString &username) {
    m_username = username;
    m_password->clear();
    m_confirmation->clear();
    m_errors.clear();
    m_change->setEnabled(true);
    updateHint();
}

void PasswordChangePage::updateHint() {
    const auth::PasswordProblem p =
        m_policy.check(m_username, m_password->text(), m_confirmation->text());
    if (m_password->text().isEmpty())
        m_hint->setText(tr("At least %1 characters, not your username, not a common password.")
                            .arg(auth::PasswordPolicy::kMinimumLength));
    else if (p == auth::PasswordProblem::Mismatch && m_confirmation->text().isEmpty())
        m_hint->setText(tr("Good. Now repeat it."));
    else
        m_hint->setText(p == auth::PasswordProblem::None ? tr("Good.") : problemText(p));
}

void PasswordChangePage::submit() {
    const auth::PasswordProblem p =
        m_policy.check(m_username, m_password->text(), m_confirmation->text());
    if (p != auth::PasswordProblem::None) {
        m_errors.show(p == auth::PasswordProblem::Mismatch ? QStringLiteral("confirmation")
                                                           : QStringLiteral("password"),
                      problemText(p));
        return;
    }
    m_change->setEnabled(false);
    m_errors.clear();
    m_session->call(&login::SignInCalls::changePassword, m_password->text())
        .then(this, [this](const db::Result<db::Done> &r) {
            m_change->setEnabled(true);
            if (!r.isOk()) {
                // The server refuses the current password as the new one at the field.
                m_errors.show(r.error());
                if (r.error().field == QLatin1String("password"))
                    m_password->selectAll();
                return;
            }
            m_password->clear();
            m_confirmation->clear();
            Q_EMIT changed();
        });
}

} // namespace cowin::ui
