// SPDX-License-Identifier: Apache-2.0
#include "widgets/StepUpDialog.h"

#include "widgets/Style.h"
#include "widgets/TextSize.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cowin::ui {

StepUpDialog::StepUpDialog(db::Session *session, const QString &title, const QString &explanation,
                           const QString &actionText, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_code(new QLineEdit(this))
    , m_ok(new QPushButton(actionText, this))
    , m_errors(this, QStringLiteral("stepUpError"))
    , m_action(new AuditedAction(session, &m_errors, m_ok)) {
    setObjectName(QStringLiteral("stepUpDialog"));
    setWindowTitle(title);
    setMinimumWidth(480);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("stepUpCode"));
    m_code->setMaxLength(8);
    keepScaledFont(m_code, 1.2, true);
    m_code->setPlaceholderText(tr("6 digits"));
    m_code->setToolTip(tr("A fresh code from your authenticator app confirms the change."));
    m_ok->setObjectName(QStringLiteral("stepUpOk"));
    // Enter in a field confirms, but nothing is pressed by Enter before the code is typed.
    m_ok->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(m_form);
    auto *codeForm = new QFormLayout;
    m_errors.addRow(codeForm, tr("One-time &code:"), m_code, QStringLiteral("step_up_code"));
    layout->addLayout(codeForm);
    layout->addWidget(m_errors.general());
    m_errors.setGeneralField(m_code);
    layout->addWidget(buttons);
    m_action->setStepUpField(m_code);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, [this] {
        if (m_check) {
            const QPair<QString, QString> problem = m_check();
            if (!problem.second.isEmpty())
                return m_errors.show(problem.first, problem.second);
        }
        if (m_confirmed)
            m_confirmed();
    });
    connect(m_code, &QLineEdit::returnPressed, m_ok, &QPushButton::click);
}

void StepUpDialog::orderFields() {
    QWidget *previous = nullptr;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        // A field laid out by FieldErrors sits first in a box with its error label.
        QLayoutItem *item = m_form->itemAt(row, QFormLayout::FieldRole);
        QWidget *field = !item            ? nullptr
                         : item->widget() ? item->widget()
                         : item->layout() && item->layout()->count() > 0
                             ? item->layout()->itemAt(0)->widget()
                             : nullptr;
        if (!field || field->focusPolicy() == Qt::NoFocus)
            continue;
        if (previous)
            setTabOrder(previous, field);
        else
            field->setFocus();
        previous = field;
    }
    if (previous)
        setTabOrder(previous, m_code);
    else
        m_code->setFocus();
}

} // namespace cowin::ui
