// SPDX-License-Identifier: Apache-2.0
// The SQL the console ships (docs/migrations.md): every function has one home, a file of the
// repeatable set (or, for the demo's own helpers, a demo file); the numbered schema migrations
// define tables, never functions; the set's checksum follows any change to any of its files.
#include "db/AdminClient.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using cowin::db::AdminClient;
using cowin::db::FunctionFile;

namespace {
// Every resource under the SQL folder, by its path there.
QMap<QString, QString> allSqlFiles() {
    QMap<QString, QString> out;
    QDirIterator it(QStringLiteral(":/cowin/sql"), {QStringLiteral("*.sql")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.insert(path.mid(QStringLiteral(":/cowin/sql/").size()),
                       QString::fromUtf8(f.readAll()));
    }
    return out;
}

QStringList definedFunctions(const QString &sql) {
    static const QRegularExpression create(
        QStringLiteral("CREATE\\s+(?:OR\\s+REPLACE\\s+)?FUNCTION\\s+([A-Za-z_][\\w.]*)\\s*\\("),
        QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    for (auto it = create.globalMatch(sql); it.hasNext();)
        names << it.next().captured(1).toLower();
    return names;
}
} // namespace

class EveryFunctionDefinedOnce : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theSqlIsBundled() {
        const auto files = allSqlFiles();
        QVERIFY(files.contains(QStringLiteral("schema/002_tables.sql")));
        QVERIFY(AdminClient::bundledMigrations().size() >= 2);
        QVERIFY(AdminClient::bundledFunctionFiles().size() >= 10);
    }

    void everyFunctionNameHasOneFile() {
        QHash<QString, QString> home;
        QStringList twice;
        int functions = 0;
        const auto files = allSqlFiles();
        for (auto f = files.cbegin(); f != files.cend(); ++f) {
            for (const QString &name : definedFunctions(f.value())) {
                ++functions;
                if (home.contains(name) && home.value(name) != f.key())
                    twice << QStringLiteral("%1 in %2 and %3").arg(name, home.value(name), f.key());
                home.insert(name, f.key());
            }
        }
        QVERIFY2(twice.isEmpty(), qPrintable(twice.join(QStringLiteral("; "))));
        QVERIFY2(functions > 150, "the scan found the functions");
    }

    // Overloads share a file; the same name and argument list twice in one file is a copy.
    void noFunctionIsWrittenTwiceInItsFile() {
        static const QRegularExpression signature(
            QStringLiteral("CREATE\\s+OR\\s+REPLACE\\s+FUNCTION\\s+([\\w.]+\\s*\\([^)]*\\))"),
            QRegularExpression::CaseInsensitiveOption);
        const auto files = allSqlFiles();
        for (auto f = files.cbegin(); f != files.cend(); ++f) {
            QSet<QString> seen;
            for (auto it = signature.globalMatch(f.value()); it.hasNext();) {
                const QString s =
                    it.next().captured(1).simplified().remove(QLatin1Char(' ')).toLower();
                QVERIFY2(!seen.contains(s), qPrintable(f.key() + QStringLiteral(": ") + s));
                seen.insert(s);
            }
        }
    }

    void schemaMigrationsDefineNoFunction() {
        for (const auto &m : AdminClient::bundledMigrations())
            QVERIFY2(definedFunctions(m.sql).isEmpty(), qPrintable(m.name));
    }

    void everyFunctionFileIsReplaceable() {
        static const QRegularExpression plainCreate(
            QStringLiteral("CREATE\\s+(FUNCTION|TRIGGER|VIEW)\\s"),
            QRegularExpression::CaseInsensitiveOption);
        for (const FunctionFile &f : AdminClient::bundledFunctionFiles()) {
            QVERIFY2(!plainCreate.match(f.sql).hasMatch(),
                     qPrintable(f.name + QStringLiteral(": use CREATE OR REPLACE")));
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d{2}_[a-z_]+\\.sql$"))
                         .match(f.name)
                         .hasMatch(),
                     qPrintable(f.name));
        }
    }

    void theSetChecksumFollowsEveryFile() {
        const QList<FunctionFile> files = AdminClient::bundledFunctionFiles();
        const QString base = AdminClient::functionSetChecksum(files);
        QCOMPARE(AdminClient::functionSetChecksum(files), base);
        for (int i = 0; i < files.size(); ++i) {
            QList<FunctionFile> changed = files;
            changed[i].sql += QLatin1Char(' ');
            QVERIFY2(AdminClient::functionSetChecksum(changed) != base, qPrintable(files[i].name));
        }
        QList<FunctionFile> fewer = files;
        fewer.removeLast();
        QVERIFY(AdminClient::functionSetChecksum(fewer) != base);
    }
};

QTEST_GUILESS_MAIN(EveryFunctionDefinedOnce)
#include "every_function_defined_once.moc"
