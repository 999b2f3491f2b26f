// SPDX-License-Identifier: Apache-2.0
#include "account/NewAuthenticatorDialog.h"

#include "account/AccountCalls.h"
#include "auth/Base32.h"
#include "login/RecoveryCodesPage.h"
#include "widgets/AuditedAction.h"
#include "widgets/QrCodeWidget.h"
#include "widgets/Style.h"
#include "widgets/TextSize.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cowin::ui {

NewAuthenticatorDialog::NewAuthenticatorDialog(db::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_steps(new QStackedWidget(this))
    , m_currentCode(new QLineEdit(this))
    , m_continue(new QPushButton(tr("&Continue"), this))
    , m_beginErrors(this, QStringLiteral("newAuthenticatorBeginError"))
    , m_beginAction(new AuditedAction(session, &m_beginErrors, m_continue))
    , m_qr(new QrCodeWidget(this))
    , m_key(new QLabel(this))
    , m_newCode(new QLineEdit(this))
    , m_confirm(new QPushButton(tr("C&onfirm"), this))
    , m_confirmErrors(this, QStringLiteral("newAuthenticatorError"))
    , m_confirmAction(new AuditedAction(session, &m_confirmErrors, m_confirm))
    , m_codes(new RecoveryCodesPage(this)) {
    setObjectName(QStringLiteral("newAuthenticatorDialog"));
    setWindowTitle(tr("Move to a new phone"));
    setMinimumWidth(520);
    m_steps->addWidget(buildCurrentCode());
    m_steps->addWidget(buildNewKey());
    m_steps->addWidget(m_codes);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    connect(m_codes, &RecoveryCodesPage::done, this, &QDialog::accept);
    m_currentCode->setFocus();
}

QWidget *NewAuthenticatorDialog::buildCurrentCode() {
    auto *page = new QWidget(this);
    auto *text = new QLabel(tr("<h3>Move your authenticator to a new phone</h3>A new key is made "
                               "for the new phone. Until the new phone confirms it, the codes "
                               "of your current app keep working. Start with a code from the "
                               "current app."),
                            page);
    text->setWordWrap(true);
    m_currentCode->setObjectName(QStringLiteral("currentCode"));
    m_currentCode->setMaxLength(8);
    keepScaledFont(m_currentCode, 1.2, true);
    m_currentCode->setPlaceholderText(tr("6 digits"));
    m_continue->setObjectName(QStringLiteral("newAuthenticatorContinue"));
    m_beginAction->setStepUpField(m_currentCode);
    auto *form = new QFormLayout;
    m_beginErrors.addRow(form, tr("Code from the &current app:"), m_currentCode,
                         QStringLiteral("step_up_code"));
    m_beginErrors.setGeneralField(m_currentCode);
    auto *cancel = new QPushButton(tr("Cancel"), page);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_continue);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_beginErrors.general());
    layout->addStretch();
    layout->addLayout(buttons);
    connect(m_continue, &QPushButton::clicked, this, &NewAuthenticatorDialog::begin);
    connect(m_currentCode, &QLineEdit::returnPressed, this, &NewAuthenticatorDialog::begin);
    return page;
}

QWidget *NewAuthenticatorDialog::buildNewKey() {
    auto *page = new QWidget(this);
    auto *text = new QLabel(tr("<h3>Scan this with the new phone</h3>Or type the key below into "
                               "its authenticator app (time-based, 6 digits). The key is shown "
                               "only now."),
                            page);
    text->setWordWrap(true);
    m_qr->setObjectName(QStringLiteral("newAuthenticatorQr"));
    m_key->setObjectName(QStringLiteral("newAuthenticatorKey"));
    keepScaledFont(m_key, 1.2, true);
    m_key->setWordWrap(true);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_newCode->setObjectName(QStringLiteral("newCode"));
    m_newCode->setMaxLength(8);
    keepScaledFont(m_newCode, 1.2, true);
    m_newCode->setPlaceholderText(tr("6 digits"));
    m_confirm->setObjectName(QStringLiteral("newAuthenticatorConfirm"));
    auto *form = new QFormLayout;
    m_confirmErrors.addRow(form, tr("Code from the &new app:"), m_newCode, QStringLiteral("code"));
    m_confirmErrors.setGeneralField(m_newCode);
    auto *cancel = new QPushButton(tr("Cancel"), page);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_confirm);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(text);
    layout->addWidget(m_qr, 0, Qt::AlignHCenter);
    layout->addWidget(m_key);
    layout->addLayout(form);
    layout->addWidget(m_confirmErrors.general());
    layout->addLayout(buttons);
    connect(m_confirm, &QPushButton::clicked, this, &NewAuthenticatorDialog::confirmNewCode);
    connect(m_newCode, &QLineEdit::returnPressed, this, &NewAuthenticatorDialog::confirmNewCode);
    return page;
}

NewAuthenticatorDialog::Step NewAuthenticatorDialog::step() const {
    return static_cast<Step>(m_steps->currentIndex());
}

QString NewAuthenticatorDialog::keyShown() const {
    return m_key->text();
}

void NewAuthenticatorDialog::begin() {
    m_beginAction->run<login::Enrolment>(
        [this](qint64 stepUpAttempt) {
            return m_session->call(&account::AccountCalls::beginNewAuthenticator, stepUpAttempt);
        },
        [this](const login::Enrolment &enrolment) {
            m_qr->setText(enrolment.otpauthUri);
            m_key->setText(auth::groupForReading(enrolment.secretBase32));
            m_steps->setCurrentIndex(static_cast<int>(Step::NewKey));
            m_newCode->setFocus();
        });
}

void NewAuthenticatorDialog::confirmNewCode() {
    m_confirmAction->run<QStringList>(
        [this](qint64) {
            return m_session->call(&account::AccountCalls::confirmNewAuthenticator,
                                   m_newCode->text().trimmed());
        },
        [this](const QStringList &codes) {
            m_newCode->clear();
            // The key was for the new phone only: it leaves the screen now.
            m_key->clear();
            m_qr->setText(QString());
            m_codes->setCodes(codes);
            m_steps->setCurrentIndex(static_cast<int>(Step::RecoveryCodes));
            Q_EMIT moved();
        });
}

} // namespace cowin::ui
