// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace cowin::files {

// CSV as RFC 4180 writes it (UTF-8), for every file the console reads or writes.
class Csv {
public:
    // One record per line of fields; quoted fields may hold commas, quotes and line breaks.
    static QList<QStringList> parse(const QByteArray &data, QList<int> *firstLines = nullptr);
    // One field, quoted when it must be; a cell a spreadsheet would run as a formula becomes
    // text, and C0 and C1 control characters are written as \xHH, never raw.
    static QByteArray field(const QString &value);
};

} // namespace cowin::files
