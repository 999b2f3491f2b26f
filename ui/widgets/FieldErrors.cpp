// SPDX-License-Identifier: Apache-2.0
#include "widgets/FieldErrors.h"

#include "ErrorText.h"
#include "widgets/Style.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cowin::ui {

FieldErrors::FieldErrors(QWidget *owner, const QString &objectPrefix)
    : m_owner(owner)
    , m_prefix(objectPrefix)
    , m_general(makeErrorLabel(objectPrefix, owner)) {
    m_general->hide(); // no empty line where no problem is
}

void FieldErrors::addRow(QFormLayout *form, const QString &label, QWidget *field,
                         const QString &key) {
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(field);
    box->addWidget(attach(field, key));
    // A label of its own, so that its mnemonic reaches the field.
    auto *title = new QLabel(label, m_owner);
    title->setBuddy(field);
    form->addRow(title, box);
}

QLabel *FieldErrors::attach(QWidget *field, const QString &key) {
    QLabel *error = makeErrorLabel(m_prefix + QLatin1Char('_') + key, m_owner);
    error->hide();
    // A problem is about what was typed: changing it takes the problem away.
    const auto corrected = [error] { error->hide(); };
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        QObject::connect(edit, &QLineEdit::textEdited, error, corrected);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        QObject::connect(text, &QPlainTextEdit::textChanged, error, corrected);
    else if (auto *box = qobject_cast<QComboBox *>(field))
        QObject::connect(box, &QComboBox::currentIndexChanged, error, corrected);
    else if (auto *spin = qobject_cast<QSpinBox *>(field))
        QObject::connect(spin, &QSpinBox::valueChanged, error, corrected);
    m_labels.insert(key, error);
    m_fields.insert(key, field);
    return error;
}

void FieldErrors::addToRow(const QString &rowKey, QWidget *field, const QString &key) {
    QLabel *error = m_labels.value(rowKey);
    Q_ASSERT(error);
    m_labels.insert(key, error);
    m_fields.insert(key, field);
}

void FieldErrors::clear() {
    for (QLabel *l : std::as_const(m_labels))
        l->hide();
    m_general->clear();
    m_general->hide();
}

void FieldErrors::setGeneral(const QString &message) {
    m_general->setText(message);
    m_general->setVisible(!message.isEmpty());
}

void FieldErrors::show(const db::DbError &error) {
    // A stale version is about the whole form, not a field.
    show(error.field == QLatin1String("version") ? QString() : error.field, errorText(error));
}

void FieldErrors::show(const QString &key, const QString &message) {
    clear();
    QLabel *label = m_labels.value(key, m_general);
    label->setText(message);
    label->show();
    if (QWidget *field = m_labels.contains(key) ? m_fields.value(key) : m_generalField)
        field->setFocus();
}

} // namespace cowin::ui
