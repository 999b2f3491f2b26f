// SPDX-License-Identifier: Apache-2.0
#include "widgets/ReasonDialog.h"

#include "widgets/Style.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cowin::ui {

ReasonDialog::ReasonDialog(const QString &title, const QString &explanation,
                           const QString &actionText, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
    , m_error(makeErrorLabel(QStringLiteral("reasonError"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    setMinimumWidth(480);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    auto *label = new QLabel(tr("&Reason (kept in the audit trail):"), this);
    label->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("for example: caller verified by a call back to the "
                                    "registered number"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(actionText);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("reasonOk"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addSpacing(6);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_reason->text().trimmed().size() < 5) {
            showError(tr("Give a reason of at least 5 characters."));
            return;
        }
        m_error->clear();
        Q_EMIT submitted(m_reason->text().trimmed());
    });
}

QString ReasonDialog::reason() const {
    return m_reason->text();
}

void ReasonDialog::setReason(const QString &reason) {
    m_reason->setText(reason);
}

void ReasonDialog::setBusy(bool busy) {
    m_buttons->setEnabled(!busy);
    m_reason->setReadOnly(busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ReasonDialog::showError(const QString &message) {
    setBusy(false);
    m_error->setText(message);
    m_reason->setFocus();
}

} // namespace cowin::ui
