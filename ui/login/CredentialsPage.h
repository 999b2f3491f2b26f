// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionProfile.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cowin::ui {

// Where to connect and who is signing in. The password field is never stored.
class CredentialsPage : public QWidget {
    Q_OBJECT
public:
    explicit CredentialsPage(QWidget *parent = nullptr);

    void setDemoProfile(const db::ConnectionProfile &demo);
    void setProductionProfile(const db::ConnectionProfile &profile);
    db::ConnectionProfile profile() const;
    QString username() const;
    QString password() const;
    void setUsername(const QString &username);
    // Demo panel only: the embedded demo's well-known credentials.
    void fillForDemo(const QString &username, const QString &password);
    void clearPassword();
    void showError(const QString &message, const QString &field = {});
    // Something to know that is not a problem (signed out).
    void showNotice(const QString &message);
    void setBusy(bool busy, const QString &status = {});

Q_SIGNALS:
    void signInRequested();

private:
    void updateProfileFields();
    void submit();

    db::ConnectionProfile m_demo;
    QComboBox *m_profile;
    QGroupBox *m_server;
    QLineEdit *m_hosts;
    QLineEdit *m_ports;
    QLineEdit *m_database;
    QComboBox *m_sslMode;
    QLineEdit *m_rootCert;
    QComboBox *m_auditReads;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
};

} // namespace cowin::ui
