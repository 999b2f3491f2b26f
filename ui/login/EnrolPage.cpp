// SPDX-License-Identifier: Apache-2.0
#include "login/EnrolPage.h"

#include "ErrorText.h"
#include "auth/Base32.h"
#include "login/SignInCalls.h"
#include "widgets/QrCodeWidget.h"
#include "widgets/Style.h"
#include "widgets/TextSize.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cowin::ui {

EnrolPage::EnrolPage(db::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_steps(new QStackedWidget(this))
    , m_enrolmentCode(new QLineEdit(this))
    , m_begin(new QPushButton(tr("Continue"), this))
    , m_beginError(makeErrorLabel(QStringLiteral("enrolError"), this))
    , m_qr(new QrCodeWidget(this))
    , m_secret(new QLabel(this))
    , m_confirmCode(new QLineEdit(this))
    , m_confirm(new QPushButton(tr("Confirm"), this))
    , m_confirmError(makeErrorLabel(QStringLiteral("enrolConfirmError"), this)) {
    m_enrolmentCode->setObjectName(QStringLiteral("enrolmentCode"));
    m_enrolmentCode->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_begin->setObjectName(QStringLiteral("enrolBegin"));
    m_qr->setObjectName(QStringLiteral("enrolQr"));
    m_secret->setObjectName(QStringLiteral("enrolSecret"));
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse);
    keepScaledFont(m_secret, 1.2, true);
    // The key wraps between its groups: all of it shows however narrow the window.
    m_secret->setWordWrap(true);
    m_confirmCode->setObjectName(QStringLiteral("enrolConfirmCode"));
    m_confirmCode->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_confirmCode));
    m_confirmCode->setPlaceholderText(QStringLiteral("123456"));
    m_confirm->setObjectName(QStringLiteral("enrolConfirm"));

    auto *codeStep = new QWidget(this);
    auto *codeLayout = new QVBoxLayout(codeStep);
    auto *codeIntro = new QLabel(tr("<h2>Set up your authenticator</h2>"
                                    "This is your first sign-in. Enter the one-time enrolment code "
                                    "the ministry admin gave you with your account."),
                                 codeStep);
    codeIntro->setWordWrap(true);
    codeLayout->addWidget(codeIntro);
    auto *codeForm = new QFormLayout;
    codeForm->addRow(tr("Enrolment code:"), m_enrolmentCode);
    codeLayout->addLayout(codeForm);
    codeLayout->addWidget(m_beginError);
    codeLayout->addWidget(m_begin);
    codeLayout->addStretch();

    auto *qrStep = new QWidget(this);
    auto *qrLayout = new QVBoxLayout(qrStep);
    auto *qrIntro =
        new QLabel(tr("<h2>Scan this code</h2>Open your authenticator app (for example "
                      "Google Authenticator, Microsoft Authenticator or FreeOTP) and scan "
                      "the code, or type the key below. It is shown only now."),
                   qrStep);
    qrIntro->setWordWrap(true);
    qrLayout->addWidget(qrIntro);
    qrLayout->addWidget(m_qr, 1, Qt::AlignHCenter);
    auto *keyRow = new QFormLayout;
    keyRow->addRow(tr("Key:"), m_secret);
    keyRow->addRow(tr("Code from the app:"), m_confirmCode);
    qrLayout->addLayout(keyRow);
    qrLayout->addWidget(m_confirmError);
    qrLayout->addWidget(m_confirm);

    m_steps->addWidget(codeStep);
    m_steps->addWidget(qrStep);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_steps);

    connect(m_begin, &QPushButton::clicked, this, &EnrolPage::begin);
    connect(m_enrolmentCode, &QLineEdit::returnPressed, this, &EnrolPage::begin);
    connect(m_confirm, &QPushButton::clicked, this, &EnrolPage::confirm);
    connect(m_confirmCode, &QLineEdit::returnPressed, this, &EnrolPage::confirm);
}

void EnrolPage::reset() {
    m_steps->setCurrentIndex(0);
    m_enrolmentCode->clear();
    m_confirmCode->clear();
    m_beginError->clear();
    m_confirmError->clear();
    m_qr->clear();
    m_secret->clear();
    setBusy(m_begin, false);
    setBusy(m_confirm, false);
}

void EnrolPage::setBusy(QPushButton *button, bool busy) {
    button->setEnabled(!busy);
    button->setText(busy ? tr("Checking…") : (button == m_begin ? tr("Continue") : tr("Confirm")));
}

void EnrolPage::begin() {
    if (m_enrolmentCode->text().trimmed().isEmpty()) {
        m_beginError->setText(tr("Enter the enrolment code."));
        return;
    }
    setBusy(m_begin, true);
    m_session->call(&login::SignInCalls::enrolBegin, m_enrolmentCode->text().trimmed())
        .then(this, [this](const db::Result<login::Enrolment> &r) {
            setBusy(m_begin, false);
            if (!r.isOk()) {
                m_beginError->setText(errorText(r.error()));
                m_enrolmentCode->setFocus();
                m_enrolmentCode->selectAll();
                return;
            }
            m_enrolmentCode->clear();
            m_qr->setText(r.value().otpauthUri);
            m_secret->setText(auth::groupForReading(r.value().secretBase32));
            m_steps->setCurrentIndex(1);
            m_confirmCode->setFocus();
        });
}

void EnrolPage::confirm() {
    const QString code = m_confirmCode->text();
    if (code.size() != 6) {
        m_confirmError->setText(tr("Enter the 6-digit code your app shows now."));
        return;
    }
    setBusy(m_confirm, true);
    m_confirmError->clear();
    m_session->call(&login::SignInCalls::submitOtp, code)
        .then(this, [this](const db::Result<login::OtpVerdict> &r) {
            m_confirmCode->clear();
            if (!r.isOk()) {
                setBusy(m_confirm, false);
                m_confirmError->setText(errorText(r.error()));
                return;
            }
            if (r.value().outcome != login::OtpVerdict::Outcome::Accepted) {
                setBusy(m_confirm, false);
                m_confirmError->setText(
                    r.value().outcome == login::OtpVerdict::Outcome::Locked
                        ? tr("This account is locked after too many wrong codes. A ministry admin "
                             "can "
                             "unlock it.")
                        : tr("That code is not right (%n attempts left). Check that the app was "
                             "set up "
                             "with this key and that the phone's clock is correct.",
                             nullptr, r.value().attemptsLeft));
                return;
            }
            m_session->call(&login::SignInCalls::enrolConfirm, r.value().attemptId)
                .then(this, [this](const db::Result<QStringList> &codes) {
                    setBusy(m_confirm, false);
                    if (!codes.isOk()) {
                        m_confirmError->setText(errorText(codes.error()));
                        return;
                    }
                    m_qr->clear();
                    m_secret->clear();
                    Q_EMIT enrolled(codes.value());
                });
        });
}

} // namespace cowin::ui
