// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QVariant>

// Bound parameters of ConsoleClient's calls: what the operator left empty is SQL NULL.
namespace cowin::db::parameters {

inline QVariant textOrNull(const QString &text) {
    const QString t = text.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

inline QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace cowin::db::parameters
