// SPDX-License-Identifier: Apache-2.0
#include "widgets/ReasonDialog.h"

#include "widgets/Style.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cowin::ui {

ReasonDialog::ReasonDialog(db::Session *session, const QString &title, const QString &explanation,
                           const QString &actionText, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_errors(this, QStringLiteral("reasonError"))
    , m_action(new AuditedAction(session, &m_errors, m_buttons)) {
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    setMinimumWidth(480);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("for example: the ticket number and who asked for this"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(actionText);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("reasonOk"));

    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    auto *label = new QLabel(tr("&Reason (kept in the audit trail):"), this);
    label->setBuddy(m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addSpacing(6);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    // One field: every refusal is shown under it, and it takes the focus.
    layout->addWidget(m_errors.general());
    m_errors.setGeneralField(m_reason);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &AuditedAction::busyChanged, m_reason, &QLineEdit::setReadOnly);
    // The server judges the reason (private.reason_given): the rule is written once.
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_confirmed)
            m_confirmed();
    });
}

void ReasonDialog::setExample(const QString &example) {
    m_reason->setPlaceholderText(tr("for example: %1").arg(example));
}

QString ReasonDialog::reason() const {
    return m_reason->text().trimmed();
}

} // namespace cowin::ui
