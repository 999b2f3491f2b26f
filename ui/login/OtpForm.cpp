// SPDX-License-Identifier: Apache-2.0
#include "login/OtpForm.h"

#include "ErrorText.h"
#include "login/SignInCalls.h"
#include "widgets/NextCodeCountdown.h"
#include "widgets/Style.h"
#include "widgets/TextSize.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace cowin::ui {

OtpForm::OtpForm(db::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_verify(new QPushButton(tr("Verify"), this))
    , m_recoveryToggle(new QPushButton(tr("Use a recovery code instead"), this))
    , m_message(makeErrorLabel(QStringLiteral("otpMessage"), this))
    , m_countdown(new NextCodeCountdown(this)) {
    m_intro->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("otpCode"));
    m_code->setPlaceholderText(QStringLiteral("123456"));
    QFont spaced = m_code->font();
    spaced.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    m_code->setFont(spaced);
    keepScaledFont(m_code, 1.6);
    m_code->setAlignment(Qt::AlignCenter);
    m_verify->setObjectName(QStringLiteral("otpVerify"));
    m_verify->setDefault(true);
    m_recoveryToggle->setObjectName(QStringLiteral("otpRecoveryToggle"));
    m_recoveryToggle->setFlat(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_code);
    layout->addWidget(m_message);
    layout->addWidget(m_verify);
    layout->addWidget(m_recoveryToggle, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_verify, &QPushButton::clicked, this, &OtpForm::submit);
    connect(m_code, &QLineEdit::returnPressed, this, &OtpForm::submit);
    connect(m_recoveryToggle, &QPushButton::clicked, this,
            [this] { setRecoveryMode(!m_recoveryMode); });
    reset();
}

void OtpForm::reset(const QString &intro) {
    setRecoveryMode(false);
    if (!intro.isEmpty())
        m_intro->setText(intro);
    m_message->clear();
    m_code->clear();
    setBusy(false);
    m_code->setFocus();
}

void OtpForm::setRecoveryMode(bool recovery) {
    m_recoveryMode = recovery;
    m_code->clear();
    m_message->clear();
    if (m_recoveryMode) {
        m_intro->setText(tr("Enter one of your recovery codes. Each code works once."));
        m_code->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[A-Za-z2-7 -]{0,24}")), m_code));
        m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX"));
        m_recoveryToggle->setText(tr("Use the code from my authenticator app"));
    } else {
        m_intro->setText(tr("Enter the 6-digit code from your authenticator app."));
        m_code->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_code));
        m_code->setPlaceholderText(QStringLiteral("123456"));
        m_recoveryToggle->setText(tr("Use a recovery code instead"));
    }
    m_code->setFocus();
}

void OtpForm::setBusy(bool busy) {
    m_verify->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_verify->setText(busy ? tr("Checking…") : tr("Verify"));
    // Disabling the field moved the focus away: the next code is typed here again.
    if (!busy)
        m_code->setFocus();
}

void OtpForm::submit() {
    const QString code = m_code->text().trimmed();
    if (!m_recoveryMode && code.size() != 6) {
        m_message->setText(tr("The code has 6 digits."));
        m_code->setFocus();
        return;
    }
    if (m_recoveryMode && code.size() < 16) {
        m_message->setText(
            tr("A recovery code has 16 letters and digits, like ABCD-EFGH-JKLM-NPQR."));
        m_code->setFocus();
        return;
    }
    setBusy(true);
    m_countdown->stop();
    m_message->clear();
    m_session->call(&login::SignInCalls::submitOtp, code)
        .then(this, [this](const db::Result<login::OtpVerdict> &r) { showVerdict(r); });
}

void OtpForm::showVerdict(const db::Result<login::OtpVerdict> &result) {
    setBusy(false);
    m_code->clear();
    if (!result.isOk()) {
        m_message->setText(errorText(result.error()));
        if (result.error().kind == db::DbError::Kind::Locked)
            Q_EMIT operatorLocked();
        return;
    }
    const login::OtpVerdict &v = result.value();
    using Outcome = login::OtpVerdict::Outcome;
    switch (v.outcome) {
    case Outcome::Accepted:
        if (v.sessionOpened) {
            Q_EMIT sessionOpened();
            return;
        }
        m_message->setText(
            tr("That code was accepted but opened no session. Enter the next code."));
        return;
    case Outcome::Wrong:
        m_message->setText(
            v.attemptsLeft == 1
                ? tr("That code is not right. 1 attempt left before this account is locked.")
                : tr("That code is not right. %n attempts left.", nullptr, v.attemptsLeft));
        if (v.attemptsLeft == 0) {
            m_message->setText(tr("That code is not right, and this account is now locked. "
                                  "A ministry admin can unlock it."));
            Q_EMIT operatorLocked();
        }
        return;
    case Outcome::Replayed:
        m_countdown->start([this](const QString &text) { m_message->setText(text); });
        return;
    case Outcome::Locked:
        m_message->setText(tr("This account is locked after too many wrong codes. "
                              "A ministry admin can unlock it."));
        Q_EMIT operatorLocked();
        return;
    }
}

} // namespace cowin::ui
