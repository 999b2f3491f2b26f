// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditFilter.h"
#include "db/DbError.h"
#include "db/PgConnection.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

// Bound parameters of ConsoleClient's calls (what the operator left empty is SQL NULL), and
// the shapes of their answers.
namespace cowin::db::parameters {

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

// The filter parameters $1..$9 of the audit search and activity functions.
inline QVariantList auditFilterParameters(const audit::AuditQuery &q, const QDateTime &from,
                                          const QDateTime &to) {
    const audit::AuditFilter &f = q.filter;
    return {timeOrNull(from),
            timeOrNull(to),
            textOrNull(f.actor),
            textOrNull(f.action),
            textOrNull(f.targetType),
            textOrNull(f.targetId),
            textOrNull(f.clientNetwork),
            textOrNull(f.outcome),
            textOrNull(f.reasonWords)};
}

template <typename T> Result<T> failWith(const Result<PgResult> &r) {
    return Result<T>::fail(r.error());
}

// The one integer a call returns: a new version, or a count.
inline Result<int> firstInt(const Result<PgResult> &r) {
    if (!r.isOk())
        return Result<int>::fail(r.error());
    return Result<int>::ok(static_cast<int>(r.value().int64(0, 0)));
}

inline Result<Done> done(const Result<PgResult> &r) {
    return r.isOk() ? Result<Done>::ok({}) : Result<Done>::fail(r.error());
}

} // namespace cowin::db::parameters
