// SPDX-License-Identifier: Apache-2.0
#include "audit/EventLines.h"

#include <QJsonDocument>

namespace cowin::audit {

namespace {
QJsonValue optional(const std::optional<QString> &v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<QString> optionalIn(const QJsonObject &o, const char *key) {
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
}

// QJsonDocument escapes C0 control characters but writes DEL and the C1 controls (U+0080 to
// U+009F) as they are; in a JSON string they become \u escapes too, the same text once read.
QByteArray escapeRemainingControls(const QByteArray &json) {
    QByteArray out;
    out.reserve(json.size());
    for (int i = 0; i < json.size(); ++i) {
        const auto b = static_cast<unsigned char>(json.at(i));
        const auto next = i + 1 < json.size() ? static_cast<unsigned char>(json.at(i + 1)) : 0;
        if (b == 0x7F) {
            out += "\\u007f";
        } else if (b == 0xC2 && next >= 0x80 && next <= 0x9F) {
            out += "\\u00" + QByteArray::number(next, 16);
            ++i;
        } else {
            out += static_cast<char>(b);
        }
    }
    return out;
}

} // namespace

QByteArray eventJsonLine(const AuditRecord &r, std::optional<bool> failure) {
    QJsonObject o;
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("occurred_at_utc"), r.occurredAtUtc);
    o.insert(QStringLiteral("actor"), r.actor);
    o.insert(QStringLiteral("client_addr"), optional(r.clientAddr));
    o.insert(QStringLiteral("application_name"), optional(r.applicationName));
    o.insert(QStringLiteral("action"), r.action);
    o.insert(QStringLiteral("target_type"), optional(r.targetType));
    o.insert(QStringLiteral("target_id"), optional(r.targetId));
    o.insert(QStringLiteral("reason"), optional(r.reason));
    o.insert(QStringLiteral("details"), optional(r.details));
    o.insert(QStringLiteral("prev_hash"), QString::fromLatin1(r.prevHash.toHex()));
    o.insert(QStringLiteral("hash"), QString::fromLatin1(r.hash.toHex()));
    if (failure)
        o.insert(QStringLiteral("failure"), *failure);
    return escapeRemainingControls(QJsonDocument(o).toJson(QJsonDocument::Compact)) + '\n';
}

AuditRecord eventRecordIn(const QJsonObject &o) {
    AuditRecord r;
    r.id = o.value(QLatin1String("id")).toInteger();
    r.occurredAtUtc = o.value(QLatin1String("occurred_at_utc")).toString();
    r.actor = o.value(QLatin1String("actor")).toString();
    r.clientAddr = optionalIn(o, "client_addr");
    r.applicationName = optionalIn(o, "application_name");
    r.action = o.value(QLatin1String("action")).toString();
    r.targetType = optionalIn(o, "target_type");
    r.targetId = optionalIn(o, "target_id");
    r.reason = optionalIn(o, "reason");
    r.details = optionalIn(o, "details");
    r.prevHash = QByteArray::fromHex(o.value(QLatin1String("prev_hash")).toString().toLatin1());
    r.hash = QByteArray::fromHex(o.value(QLatin1String("hash")).toString().toLatin1());
    return r;
}

bool HashedFile::write(const QByteArray &bytes) {
    m_hash.addData(bytes);
    m_bytes += bytes.size();
    return m_file.write(bytes) == bytes.size();
}

QJsonObject HashedFile::entry(const QString &name) const {
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("sha256"), QString::fromLatin1(m_hash.result().toHex()));
    o.insert(QStringLiteral("bytes"), m_bytes);
    return o;
}

} // namespace cowin::audit
