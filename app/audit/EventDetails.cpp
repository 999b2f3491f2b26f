// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditEvent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace cowin::audit {

namespace {
QString text(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// Nested objects become dotted names, so a change deep inside is its own row.
void flatten(const QJsonValue &v, const QString &prefix, QMap<QString, QString> &out) {
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty() && !prefix.isEmpty())
            out.insert(prefix, QStringLiteral("{}"));
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(),
                    out);
        return;
    }
    out.insert(prefix, text(v));
}
} // namespace

EventDetails readDetails(const std::optional<QString> &details) {
    EventDetails d;
    if (!details)
        return d;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(details->toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        d.readable = false;
        return d;
    }
    const QJsonObject o = doc.object();
    const bool hasChange =
        o.contains(QLatin1String("before")) || o.contains(QLatin1String("after"));
    if (hasChange) {
        QMap<QString, QString> before;
        QMap<QString, QString> after;
        flatten(o.value(QLatin1String("before")), QString(), before);
        flatten(o.value(QLatin1String("after")), QString(), after);
        QMap<QString, bool> fields;
        for (auto it = before.begin(); it != before.end(); ++it)
            fields.insert(it.key(), true);
        for (auto it = after.begin(); it != after.end(); ++it)
            fields.insert(it.key(), true);
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            FieldChange c;
            c.field = it.key();
            c.before = before.value(it.key());
            c.after = after.value(it.key());
            c.changed =
                before.contains(it.key()) != after.contains(it.key()) || c.before != c.after;
            d.changes << c;
        }
    }
    QMap<QString, QString> facts;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (hasChange &&
            (it.key() == QLatin1String("before") || it.key() == QLatin1String("after")))
            continue;
        flatten(it.value(), it.key(), facts);
    }
    for (auto it = facts.begin(); it != facts.end(); ++it)
        d.facts << qMakePair(it.key(), it.value());
    return d;
}

} // namespace cowin::audit
