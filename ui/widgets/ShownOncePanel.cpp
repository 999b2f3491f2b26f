// SPDX-License-Identifier: Apache-2.0
#include "widgets/ShownOncePanel.h"

#include "widgets/Style.h"
#include "widgets/TextSize.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCryptographicHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cowin::ui {

namespace {
QByteArray sha256(const QString &text) {
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

ShownOncePanel::ShownOncePanel(const QString &warning, const QString &confirmation, QWidget *parent)
    : QWidget(parent)
    , m_secrets(new QVBoxLayout)
    , m_copied(new QLabel(this))
    , m_confirm(new QCheckBox(confirmation, this))
    , m_close(new QPushButton(tr("Close"), this)) {
    setObjectName(QStringLiteral("shownOnce"));
    auto *text = makeNoticeLabel(QStringLiteral("shownOnceWarning"), this);
    text->setText(warning);
    m_copied->setObjectName(QStringLiteral("shownOnceCopied"));
    m_confirm->setObjectName(QStringLiteral("shownOnceConfirmed"));
    m_close->setObjectName(QStringLiteral("shownOnceClose"));
    m_close->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text);
    layout->addLayout(m_secrets);
    layout->addWidget(m_copied);
    layout->addStretch();
    layout->addWidget(m_confirm);
    layout->addWidget(m_close, 0, Qt::AlignRight);
    connect(m_confirm, &QCheckBox::toggled, m_close, &QPushButton::setEnabled);
    connect(m_close, &QPushButton::clicked, this, &ShownOncePanel::closeRequested);
}

ShownOncePanel::~ShownOncePanel() {
    wipe();
}

void ShownOncePanel::addSecret(const QString &label, const QString &value,
                               const QString &objectName) {
    auto *title = new QLabel(label, this);
    auto *field = new QLineEdit(value, this);
    field->setObjectName(objectName);
    field->setReadOnly(true);
    keepScaledFont(field, 1.0, true);
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(value + QStringLiteral("00")));
    auto *button = new QPushButton(tr("&Copy"), this);
    button->setObjectName(objectName + QStringLiteral("_copy"));
    const int index = static_cast<int>(m_fields.size());
    connect(button, &QPushButton::clicked, this, [this, index] { copy(index); });
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(button);
    m_secrets->addWidget(title);
    m_secrets->addLayout(row);
    m_fields << field;
    m_values << value;
    if (index == 0)
        button->setFocus();
}

bool ShownOncePanel::confirmed() const {
    return m_confirm->isChecked();
}

bool ShownOncePanel::mayClose() {
    if (m_values.isEmpty() || confirmed())
        return true;
    return QMessageBox::warning(this, tr("Close without them?"),
                                tr("What is shown here cannot be shown again. If it was not "
                                   "handed over, it has to be issued anew."),
                                QMessageBox::Close | QMessageBox::Cancel,
                                QMessageBox::Cancel) == QMessageBox::Close;
}

void ShownOncePanel::copy(int index) {
    const QString &value = m_values.at(index);
    QApplication::clipboard()->setText(value);
    m_copied->setText(
        tr("Copied. The clipboard is cleared in a minute if it still holds what you copied."));
    const QByteArray fingerprint = sha256(value);
    QTimer::singleShot(m_clipboardClearMs, qApp, [fingerprint] {
        QClipboard *clipboard = QApplication::clipboard();
        if (sha256(clipboard->text()) == fingerprint)
            clipboard->clear();
    });
}

void ShownOncePanel::wipe() {
    for (QString &value : m_values)
        value.fill(QLatin1Char('0'));
    m_values.clear();
    for (QLineEdit *field : std::as_const(m_fields))
        field->clear();
}

} // namespace cowin::ui
