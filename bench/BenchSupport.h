// SPDX-License-Identifier: Apache-2.0
#pragma once

// What every benchmark program prints with and how it gives up.
#include "db/DbError.h"

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

inline double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<size_t>(p * static_cast<double>(v.size() - 1))];
}

} // namespace cowin::bench
