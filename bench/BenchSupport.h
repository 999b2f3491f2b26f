// SPDX-License-Identifier: Apache-2.0
#pragma once

// What every benchmark program prints with, how it gives up, and what it reads to start.
#include "db/AdminClient.h"
#include "db/DbError.h"

#include <QFile>
#include <QString>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace cowin::bench {

inline void say(const QString &line) {
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

[[noreturn]] inline void die(const QString &why) {
    std::fprintf(stderr, "bench: %s\n", qPrintable(why));
    std::exit(2);
}

// The value, or the benchmark stops with what failed.
template <typename T> T must(db::Result<T> r, const char *what) {
    if (!r.isOk())
        die(QStringLiteral("%1: %2 %3")
                .arg(QLatin1String(what), r.error().sqlState, r.error().message));
    return r.value();
}

// A positive number from the environment (COWIN_BENCH_…), or the default.
inline qint64 countFromEnvironment(const char *name, qint64 fallback) {
    const qint64 value = qEnvironmentVariable(name).toLongLong();
    return value > 0 ? value : fallback;
}

// At least `wanted` demo vaccinator accounts across India's states, districts and centres
// (made once per cluster); returns how many there are.
inline qint64 demoAccounts(db::AdminClient &admin, qint64 wanted) {
    QFile geography(QStringLiteral(":/cowin/demo/india-districts.txt"));
    if (!geography.open(QIODevice::ReadOnly))
        die(QStringLiteral("demo geography missing"));
    return must(admin.demoVaccinators(QString::fromUtf8(geography.readAll()), wanted),
                "demo vaccinators");
}

inline double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<size_t>(p * static_cast<double>(v.size() - 1))];
}

} // namespace cowin::bench
