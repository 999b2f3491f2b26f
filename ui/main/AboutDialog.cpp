// SPDX-License-Identifier: Apache-2.0
#include "main/AboutDialog.h"

#include "auth/SecureRandom.h"
#include "login/SignInCalls.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace cowin::ui {

AboutDialog::AboutDialog(db::Session *session, const QString &serverName, QWidget *parent)
    : QDialog(parent)
    , m_facts(new QLabel(this)) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About"));
    auto *title = new QLabel(
        tr("<h2>%1</h2>For the ministry's vaccination platform: operators, vaccinator accounts, "
           "partner API access and the audit trail. Every rule is enforced by the database.")
            .arg(QApplication::applicationDisplayName().toHtmlEscaped()),
        this);
    title->setWordWrap(true);
    m_facts->setObjectName(QStringLiteral("aboutFacts"));
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_facts->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_facts);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    const auto show = [this, serverName](const QString &serverVersion) {
        m_facts->setText(tr("Version %1<br>Qt %2, %3<br>Server: %4<br>PostgreSQL %5")
                             .arg(QApplication::applicationVersion().toHtmlEscaped(),
                                  QString::fromLatin1(qVersion()),
                                  auth::cryptoLibraryVersion().toHtmlEscaped(),
                                  serverName.toHtmlEscaped(),
                                  serverVersion.isEmpty() ? tr("(not connected)")
                                                          : serverVersion.toHtmlEscaped()));
    };
    show(QString());
    session->call(&login::SignInCalls::serverVersion)
        .then(this, [show](const db::Result<QString> &version) {
            if (version.isOk())
                show(version.value());
        });
}

QString AboutDialog::facts() const {
    return m_facts->text();
}

} // namespace cowin::ui
