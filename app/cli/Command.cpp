// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"
#include "audit/AuditorKeyFile.h"

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
    if (create && !QFile::exists(path)) {
        std::optional<audit::AuditorKey> key = audit::AuditorKeyFile::create(path, problem);
        if (key)
            out() << "new auditor key written to " << path << "; public key "
                  << key->publicKey().toHex() << Qt::endl;
        return key;
    }
    return audit::AuditorKeyFile::read(path, problem);
}

} // namespace cowin::cli
