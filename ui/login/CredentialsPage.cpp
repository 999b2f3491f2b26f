// SPDX-License-Identifier: Apache-2.0
#include "login/CredentialsPage.h"
#include "widgets/Style.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cowin::ui {

namespace {
enum ProfileIndex { DemoProfile = 0, ServerProfile = 1 };
}

CredentialsPage::CredentialsPage(QWidget *parent)
    : QWidget(parent)
    , m_profile(new QComboBox(this))
    , m_server(new QGroupBox(tr("Server"), this))
    , m_hosts(new QLineEdit(this))
    , m_ports(new QLineEdit(QStringLiteral("5432"), this))
    , m_database(new QLineEdit(QStringLiteral("cowin"), this))
    , m_sslMode(new QComboBox(this))
    , m_rootCert(new QLineEdit(this))
    , m_auditReads(new QComboBox(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(makeErrorLabel(QStringLiteral("credentialsError"), this))
    , m_signIn(new QPushButton(tr("Sign in"), this)) {
    m_profile->setObjectName(QStringLiteral("profile"));
    m_profile->addItem(tr("Embedded demo database"));
    m_profile->addItem(tr("Ministry server (TLS)"));
    m_hosts->setObjectName(QStringLiteral("hosts"));
    m_hosts->setPlaceholderText(tr("db1.cowin.gov.in,db2.cowin.gov.in"));
    m_ports->setObjectName(QStringLiteral("ports"));
    m_database->setObjectName(QStringLiteral("database"));
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->addItem(tr("verify-full (recommended)"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("verify-ca"), QStringLiteral("verify-ca"));
    m_rootCert->setObjectName(QStringLiteral("rootCertificate"));
    m_rootCert->setPlaceholderText(tr("Root certificate of the ministry's CA (.crt)"));
    m_auditReads->setObjectName(QStringLiteral("auditReads"));
    m_auditReads->addItem(tr("On the primary server"), false);
    m_auditReads->addItem(tr("On a standby when one is up"), true);
    m_auditReads->setToolTip(tr("Browsing and verifying the audit trail on a standby keeps a long "
                                "verification off the primary. Needs a host list with standbys."));
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setPlaceholderText(tr("Your operator name"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_rootCert, 1);
    certRow->addWidget(browse);
    auto *serverForm = new QFormLayout(m_server);
    serverForm->addRow(tr("Hosts:"), m_hosts);
    serverForm->addRow(tr("Port:"), m_ports);
    serverForm->addRow(tr("Database:"), m_database);
    serverForm->addRow(tr("TLS:"), m_sslMode);
    serverForm->addRow(tr("Root certificate:"), certRow);
    serverForm->addRow(tr("Audit trail reads:"), m_auditReads);

    auto *form = new QFormLayout;
    form->addRow(tr("Connect to:"), m_profile);
    form->addRow(m_server);
    form->addRow(tr("Username:"), m_username);
    form->addRow(tr("Password:"), m_password);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Sign in</h2>Step 1 of 2: your password. Then a one-time code "
                                "from your authenticator app."),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addSpacing(4);
    layout->addWidget(m_signIn);
    layout->addStretch();

    connect(m_profile, &QComboBox::currentIndexChanged, this,
            &CredentialsPage::updateProfileFields);
    connect(m_signIn, &QPushButton::clicked, this, &CredentialsPage::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &CredentialsPage::submit);
    connect(m_username, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Root certificate"), {},
                                                          tr("Certificates (*.crt *.pem)"));
        if (!file.isEmpty())
            m_rootCert->setText(file);
    });
    m_profile->setCurrentIndex(ServerProfile);
    updateProfileFields();
}

void CredentialsPage::setDemoProfile(const db::ConnectionProfile &demo) {
    m_demo = demo;
    m_profile->setCurrentIndex(DemoProfile);
    updateProfileFields();
}

void CredentialsPage::setProductionProfile(const db::ConnectionProfile &profile) {
    m_hosts->setText(profile.hosts);
    m_ports->setText(profile.ports);
    m_database->setText(profile.database);
    m_rootCert->setText(profile.rootCertificate);
    const int ssl = m_sslMode->findData(profile.sslMode);
    if (ssl >= 0)
        m_sslMode->setCurrentIndex(ssl);
    m_auditReads->setCurrentIndex(m_auditReads->findData(profile.auditOnStandby));
}

void CredentialsPage::updateProfileFields() {
    const bool demo = m_profile->currentIndex() == DemoProfile;
    m_server->setVisible(!demo);
}

db::ConnectionProfile CredentialsPage::profile() const {
    if (m_profile->currentIndex() == DemoProfile && !m_demo.hosts.isEmpty())
        return m_demo;
    db::ConnectionProfile p;
    p.hosts = m_hosts->text().trimmed();
    p.ports = m_ports->text().trimmed();
    p.database = m_database->text().trimmed();
    p.sslMode = m_sslMode->currentData().toString();
    p.rootCertificate = m_rootCert->text().trimmed();
    p.auditOnStandby = m_auditReads->currentData().toBool();
    return p;
}

QString CredentialsPage::username() const {
    return m_username->text().trimmed();
}
QString CredentialsPage::password() const {
    return m_password->text();
}
void CredentialsPage::setUsername(const QString &username) {
    m_username->setText(username);
}
void CredentialsPage::clearPassword() {
    m_password->clear();
}

void CredentialsPage::fillForDemo(const QString &username, const QString &password) {
    m_username->setText(username);
    m_password->setText(password);
    m_signIn->setFocus();
}

void CredentialsPage::showNotice(const QString &message) {
    // The same place as a problem, as a notice: nothing went wrong.
    m_error->setStyleSheet(noticeStyle());
    m_error->setText(message);
}

void CredentialsPage::showError(const QString &message, const QString &field) {
    m_error->setStyleSheet(errorStyle());
    m_error->setText(message);
    QLineEdit *target = field == QLatin1String("username")   ? m_username
                        : field == QLatin1String("password") ? m_password
                        : field == QLatin1String("hosts")    ? m_hosts
                                                             : nullptr;
    if (target) {
        target->setFocus();
        target->selectAll();
    }
}

void CredentialsPage::setBusy(bool busy, const QString &status) {
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? (status.isEmpty() ? tr("Signing in…") : status) : tr("Sign in"));
}

void CredentialsPage::submit() {
    const db::ConnectionProfile p = profile();
    if (m_profile->currentIndex() == DemoProfile && m_demo.hosts.isEmpty()) {
        showError(tr("The demo database is not running. Start the console with --demo."));
        return;
    }
    const QString problem = p.problem();
    if (!problem.isEmpty()) {
        showError(problem, QStringLiteral("hosts"));
        return;
    }
    if (username().isEmpty()) {
        showError(tr("Enter your username."), QStringLiteral("username"));
        return;
    }
    if (password().isEmpty()) {
        showError(tr("Enter your password."), QStringLiteral("password"));
        return;
    }
    m_error->clear();
    m_error->setStyleSheet(errorStyle()); // no notice's background around nothing
    Q_EMIT signInRequested();
}

} // namespace cowin::ui
