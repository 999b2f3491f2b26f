// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/DbError.h"
#include "db/PgConnection.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <initializer_list>
#include <type_traits>

// What the call classes of every area share: bound parameters (what the operator left empty
// is SQL NULL) and the reading of answers, by column name.
namespace cowin::db::calls {

inline QVariant textOrNull(const QString &text) {
    const QString t = text.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

inline QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant();
}

// A timestamptz parameter; an invalid time is NULL.
inline QVariant timeOrNull(const QDateTime &t) {
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

// An integer[] parameter travels as a text[] literal and is cast by the statement.
inline QStringList numbers(const QList<int> &values) {
    QStringList out;
    for (int v : values)
        out << QString::number(v);
    return out;
}

// Named arguments for a wide call, numbered from first: "name => $3, sector => $4, …". The
// statement names what each value is, so neither side depends on the parameters' order.
inline QString namedArguments(std::initializer_list<const char *> names, int first = 1) {
    QStringList out;
    for (const char *name : names)
        out << QStringLiteral("%1 => $%2").arg(QLatin1String(name)).arg(first++);
    return out.join(QStringLiteral(", "));
}

// The answer of a one-row call, read by read(result); the call's error when it failed.
template <typename Read>
auto answer(const Result<PgResult> &r, Read read)
    -> Result<std::invoke_result_t<Read, const PgResult &>> {
    using T = std::invoke_result_t<Read, const PgResult &>;
    if (!r.isOk())
        return Result<T>::fail(r.error());
    return Result<T>::ok(read(r.value()));
}

// Every row of a call's answer, each read by read(result, row).
template <typename Read>
auto rows(const Result<PgResult> &r, Read read)
    -> Result<QList<std::invoke_result_t<Read, const PgResult &, int>>> {
    using T = std::invoke_result_t<Read, const PgResult &, int>;
    if (!r.isOk())
        return Result<QList<T>>::fail(r.error());
    QList<T> out;
    out.reserve(r.value().rows());
    for (int i = 0; i < r.value().rows(); ++i)
        out << read(r.value(), i);
    return Result<QList<T>>::ok(out);
}

// The one value a call returns: an id, a new version, a count or a code.
inline Result<qint64> firstId(const Result<PgResult> &r) {
    return answer(r, [](const PgResult &q) { return q.int64(0, 0); });
}
inline Result<int> firstInt(const Result<PgResult> &r) {
    return answer(r, [](const PgResult &q) { return static_cast<int>(q.int64(0, 0)); });
}
inline Result<QString> firstText(const Result<PgResult> &r) {
    return answer(r, [](const PgResult &q) { return q.text(0, 0); });
}
inline Result<Done> done(const Result<PgResult> &r) {
    return r.isOk() ? Result<Done>::ok({}) : Result<Done>::fail(r.error());
}

} // namespace cowin::db::calls
