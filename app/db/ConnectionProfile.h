// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace cowin::db {

// Where the console connects. Production profiles insist on TLS with verify-full; the demo
// profile is a Unix socket of a private cluster.
struct ConnectionProfile {
    QString hosts; // libpq host list: "db1.example,db2.example" or a socket folder
    QString ports = QStringLiteral("5432");
    QString database = QStringLiteral("cowin");
    QString sslMode = QStringLiteral("verify-full");
    QString rootCertificate;
    bool demo = false;
    // Auditors' reads of the trail (browsing, verifying) go to a standby of the host list when
    // one is up, so that a long verification never loads the primary (docs/deployment.md).
    bool auditOnStandby = false;
    // This profile as the connection for those reads uses it: a standby preferred.
    bool prefersStandby = false;

    bool isLocalSocket() const { return hosts.startsWith(QLatin1Char('/')); }
    // "db1.example:5432/cowin (TLS verify-full)" — for the status bar.
    QString describe() const;
    // Where the server is, the same in every language (hosts, ports, database): what a
    // remembered chain head and an auditor's keychain entry are filed under.
    QString identity() const;
    // Empty when usable, else what is wrong, naming the field.
    QString problem() const;

    ConnectionProfile forStandbyReads() const {
        ConnectionProfile p = *this;
        p.prefersStandby = true;
        return p;
    }

    // Builds a profile from a libpq connection string ("host=... port=... dbname=...").
    static ConnectionProfile fromConnectionString(const QString &dsn, QString *user = nullptr,
                                                  QString *password = nullptr);
};

} // namespace cowin::db
