// SPDX-License-Identifier: Apache-2.0
#pragma once

// pgbench as the benchmarks run it: 8 clients on 2 threads, prepared statements, every call's
// latency logged, against a login of the product (its password goes by environment only).
#include "BenchSupport.h"
#include "db/ConnectionProfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <vector>

namespace cowin::bench {

// Where pgbench connects, as which login.
struct PgbenchTarget {
    db::ConnectionProfile profile;
    QString user;
    QString password;
};

struct PgbenchFigures {
    double callsPerSecond = 0;
    std::vector<double> latencies; // ms, every call of the round
};

// One round of `seconds` with the given -f arguments: the rate and every call's latency.
inline PgbenchFigures pgbenchRound(const PgbenchTarget &target, const QStringList &scripts,
                                   const QDir &dir, const QString &name, int seconds) {
    QDir logs(dir.filePath(name));
    logs.removeRecursively();
    dir.mkpath(name);
    QProcess pgbench;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), target.password);
    pgbench.setProcessEnvironment(env);
    pgbench.setWorkingDirectory(logs.path());
    pgbench.start(QStringLiteral("pgbench"),
                  QStringList{QStringLiteral("-n"), QStringLiteral("-M"),
                              QStringLiteral("prepared"), QStringLiteral("-c"), QStringLiteral("8"),
                              QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("-T"),
                              QString::number(seconds), QStringLiteral("-l"),
                              QStringLiteral("--log-prefix=calls"), QStringLiteral("-h"),
                              target.profile.hosts, QStringLiteral("-p"), target.profile.ports,
                              QStringLiteral("-U"), target.user}
                      << scripts << target.profile.database);
    if (!pgbench.waitForFinished(seconds * 1000 + 60000) || pgbench.exitCode() != 0)
        die(QStringLiteral("pgbench failed: %1")
                .arg(QString::fromUtf8(pgbench.readAllStandardError())));
    PgbenchFigures figures;
    const QString out = QString::fromUtf8(pgbench.readAllStandardOutput());
    const auto tps = QRegularExpression(QStringLiteral("tps = ([0-9.]+) \\(without")).match(out);
    if (!tps.hasMatch())
        die(QStringLiteral("pgbench printed no rate: %1").arg(out));
    figures.callsPerSecond = tps.captured(1).toDouble();
    // Each call's line: client, call number, latency in microseconds, script, epoch, us.
    for (const QString &log : logs.entryList({QStringLiteral("calls.*")}, QDir::Files)) {
        QFile file(logs.filePath(log));
        if (!file.open(QIODevice::ReadOnly))
            die(QStringLiteral("cannot read %1").arg(log));
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().split(' ');
            if (fields.size() >= 3)
                figures.latencies.push_back(fields.at(2).toDouble() / 1000.0);
        }
    }
    logs.removeRecursively();
    return figures;
}

} // namespace cowin::bench
