// SPDX-License-Identifier: Apache-2.0
#include "db/ConnectionProfile.h"

#include <QCoreApplication>
#include <libpq-fe.h>

namespace cowin::db {

QString ConnectionProfile::describe() const {
    if (demo)
        return QCoreApplication::translate("ConnectionProfile", "embedded demo database");
    const QString where = QStringLiteral("%1:%2/%3").arg(hosts, ports, database);
    if (isLocalSocket())
        return where;
    return QCoreApplication::translate("ConnectionProfile", "%1 (TLS %2)").arg(where, sslMode);
}

QString ConnectionProfile::identity() const {
    return QStringLiteral("%1:%2/%3").arg(hosts, ports, database);
}

QString ConnectionProfile::problem() const {
    if (hosts.trimmed().isEmpty())
        return QCoreApplication::translate("ConnectionProfile", "Enter at least one server host.");
    if (database.trimmed().isEmpty())
        return QCoreApplication::translate("ConnectionProfile", "Enter the database name.");
    for (const QString &port : ports.split(QLatin1Char(','))) {
        bool ok = false;
        const int p = port.trimmed().toInt(&ok);
        if (!ok || p < 1 || p > 65535)
            return QCoreApplication::translate("ConnectionProfile",
                                               "Ports must be numbers from 1 to 65535.");
    }
    if (!isLocalSocket() && sslMode != QLatin1String("verify-full") &&
        sslMode != QLatin1String("verify-ca") && sslMode != QLatin1String("require"))
        return QCoreApplication::translate("ConnectionProfile",
                                           "A network connection must use TLS.");
    return {};
}

ConnectionProfile ConnectionProfile::fromConnectionString(const QString &dsn, QString *user,
                                                          QString *password) {
    ConnectionProfile p;
    p.sslMode = QStringLiteral("prefer");
    p.hosts.clear();
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(dsn.toUtf8().constData(), &error);
    if (!options) {
        PQfreemem(error);
        return p;
    }
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromLatin1(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (key == QLatin1String("host"))
            p.hosts = value;
        else if (key == QLatin1String("port"))
            p.ports = value;
        else if (key == QLatin1String("dbname"))
            p.database = value;
        else if (key == QLatin1String("sslmode"))
            p.sslMode = value;
        else if (key == QLatin1String("sslrootcert"))
            p.rootCertificate = value;
        else if (key == QLatin1String("user") && user)
            *user = value;
        else if (key == QLatin1String("password") && password)
            *password = value;
    }
    PQconninfoFree(options);
    return p;
}

} // namespace cowin::db
