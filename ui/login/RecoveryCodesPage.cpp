// SPDX-License-Identifier: Apache-2.0
#include "login/RecoveryCodesPage.h"
#include "widgets/Style.h"
#include "widgets/TextSize.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QVBoxLayout>

namespace cowin::ui {

RecoveryCodesPage::RecoveryCodesPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QLabel(this))
    , m_status(new QLabel(this))
    , m_kept(new QCheckBox(tr("I have stored these codes somewhere safe"), this))
    , m_continue(new QPushButton(tr("Continue"), this)) {
    auto *intro =
        new QLabel(tr("<h2>Your recovery codes</h2>If you lose your phone, each of these "
                      "codes signs you in once instead of a one-time code. They are shown "
                      "only now: copy them or save them to a file, and keep them safe."),
                   this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("recoveryCodes"));
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    keepScaledFont(m_list, 1.15, true);
    m_list->setAlignment(Qt::AlignCenter);
    m_list->setStyleSheet(QStringLiteral("padding: 8px; border: 1px solid palette(mid);"));
    m_status->setObjectName(QStringLiteral("recoveryStatus"));
    m_kept->setObjectName(QStringLiteral("recoveryKept"));
    m_continue->setObjectName(QStringLiteral("recoveryContinue"));
    m_continue->setEnabled(false);
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("recoveryCopy"));
    auto *saveButton = new QPushButton(tr("Save to file…"), this);
    saveButton->setObjectName(QStringLiteral("recoverySave"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copy);
    buttons->addWidget(saveButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_kept);
    layout->addWidget(m_continue);
    layout->addStretch();

    connect(copy, &QPushButton::clicked, this, [this] {
        const QString text = codesAsText();
        QApplication::clipboard()->setText(text);
        m_status->setText(tr("Copied. Paste them into your password manager; the clipboard is "
                             "cleared in a minute."));
        // Leave nothing on the clipboard for long, unless the operator copied something else.
        QTimer::singleShot(kClipboardLifetimeMs, this, [text] {
            if (QApplication::clipboard()->text() == text)
                QApplication::clipboard()->clear();
        });
    });
    connect(saveButton, &QPushButton::clicked, this, &RecoveryCodesPage::save);
    connect(m_kept, &QCheckBox::toggled, m_continue, &QWidget::setEnabled);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        m_codes.clear();
        m_list->clear();
        Q_EMIT done();
    });
}

void RecoveryCodesPage::setCodes(const QStringList &codes) {
    m_codes = codes;
    QStringList rows;
    for (int i = 0; i < codes.size(); i += 2)
        rows << codes.mid(i, 2).join(QStringLiteral("    "));
    m_list->setText(rows.join(QLatin1Char('\n')));
    m_status->clear();
    m_kept->setChecked(false);
}

QString RecoveryCodesPage::codesAsText() const {
    return tr("CoWIN Admin Console recovery codes (each works once), %1\n\n%2\n")
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
             m_codes.join(QLatin1Char('\n')));
}

void RecoveryCodesPage::save() {
    const QString path =
        !m_testSavePath.isEmpty()
            ? m_testSavePath
            : QFileDialog::getSaveFileName(this, tr("Save recovery codes"),
                                           QStringLiteral("cowin-recovery-codes.txt"),
                                           tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(codesAsText().toUtf8());
    m_status->setText(file.commit() ? tr("Saved to %1.").arg(path)
                                    : tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace cowin::ui
