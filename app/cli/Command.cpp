// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"

#include <QFile>
#include <cstdio>

namespace cowin::cli {

QTextStream &out() {
    static QTextStream s(stdout);
    return s;
}

QTextStream &err() {
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message, int code) {
    err() << "cowin-admin: " << message << Qt::endl;
    return code;
}

QString describe(const db::DbError &e) {
    if (!e.message.isEmpty())
        return e.sqlState.isEmpty() ? e.message
                                    : QStringLiteral("%1 (%2)").arg(e.message, e.sqlState);
    return QStringLiteral("database error %1")
        .arg(e.sqlState.isEmpty() ? QStringLiteral("?") : e.sqlState);
}

bool connect(db::PgConnection &c, const QString &dsn) {
    auto r = c.openConnectionString(dsn, QStringLiteral("cowin-admin"));
    if (!r.isOk()) {
        fail(QStringLiteral("cannot connect: %1").arg(describe(r.error())));
        return false;
    }
    return true;
}

QCommandLineOption dsnOption() {
    return QCommandLineOption(QStringLiteral("dsn"),
                              QStringLiteral("libpq connection string, e.g. \"host=db.example "
                                             "dbname=cowin user=dba sslmode=verify-full\". The "
                                             "password comes from PGPASSWORD or ~/.pgpass."),
                              QStringLiteral("conninfo"));
}

QCommandLineOption witnessOption(const QString &description) {
    return QCommandLineOption(QStringLiteral("witness"), description, QStringLiteral("folder"));
}

void setUp(QCommandLineParser &p, const QString &command, const QString &description) {
    p.setApplicationDescription(QStringLiteral("cowin-admin %1: %2").arg(command, description));
    p.addHelpOption();
    p.addPositionalArgument(command, description);
}

QString missingOption(const QCommandLineParser &p, std::initializer_list<const char *> required) {
    for (const char *name : required) {
        if (!p.isSet(QString::fromLatin1(name)))
            return QStringLiteral("--%1 is required").arg(QString::fromLatin1(name));
    }
    return {};
}

std::optional<audit::AuditorKey> readKeyFile(const QString &path, bool create, QString &problem) {
    std::optional<audit::AuditorKey> key;
    QFile file(path);
    if (!file.exists() && create) {
        key = audit::AuditorKey::generate();
        if (!key || !file.open(QIODevice::WriteOnly) ||
            !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
            file.write(key->toPem()) < 0) {
            problem = QStringLiteral("cannot write a new key to %1").arg(path);
            return std::nullopt;
        }
        out() << "new auditor key written to " << path << "; public key "
              << key->publicKey().toHex() << Qt::endl;
        return key;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        problem = QStringLiteral("cannot read the key file %1").arg(path);
        return std::nullopt;
    }
    key = audit::AuditorKey::fromPem(file.readAll());
    if (!key)
        problem = QStringLiteral("%1 holds no Ed25519 private key").arg(path);
    return key;
}

} // namespace cowin::cli
