// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditFilter.h"

#include <QTimeZone>

namespace cowin::audit {

namespace {
struct SpanName {
    AuditFilter::Span span;
    const char *name;
};
constexpr SpanName kSpanNames[] = {
    {AuditFilter::Span::LastHour, "last_hour"},    {AuditFilter::Span::Today, "today"},
    {AuditFilter::Span::Last7Days, "last_7_days"}, {AuditFilter::Span::Last30Days, "last_30_days"},
    {AuditFilter::Span::AnyTime, "any_time"},      {AuditFilter::Span::Custom, "custom"}};

QString utcText(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QString AuditFilter::spanName(Span span) {
    for (const SpanName &s : kSpanNames) {
        if (s.span == span)
            return QString::fromLatin1(s.name);
    }
    return {};
}

bool AuditFilter::operator==(const AuditFilter &o) const {
    return span == o.span && customFrom == o.customFrom && customTo == o.customTo &&
           actor == o.actor && action == o.action && targetType == o.targetType &&
           targetId == o.targetId && clientNetwork == o.clientNetwork && outcome == o.outcome &&
           reasonWords == o.reasonWords;
}

bool AuditFilter::timeOnly() const {
    return actor.trimmed().isEmpty() && action.trimmed().isEmpty() &&
           targetType.trimmed().isEmpty() && targetId.trimmed().isEmpty() &&
           clientNetwork.trimmed().isEmpty() && outcome.isEmpty() &&
           reasonWords.trimmed().isEmpty();
}

QJsonObject AuditFilter::toJson() const {
    QJsonObject json;
    json.insert(QStringLiteral("span"), spanName(span));
    if (span == Span::Custom) {
        if (customFrom.isValid())
            json.insert(QStringLiteral("from"), utcText(customFrom));
        if (customTo.isValid())
            json.insert(QStringLiteral("to"), utcText(customTo));
    }
    const auto put = [&json](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            json.insert(QLatin1String(key), value.trimmed());
    };
    put("actor", actor);
    put("action", action);
    put("target_type", targetType);
    put("target_id", targetId);
    put("client_network", clientNetwork);
    put("outcome", outcome);
    put("reason_words", reasonWords);
    return json;
}

AuditFilter AuditFilter::fromJson(const QJsonObject &json) {
    AuditFilter f;
    const QString span = json.value(QStringLiteral("span")).toString();
    for (const SpanName &s : kSpanNames) {
        if (span == QLatin1String(s.name))
            f.span = s.span;
    }
    f.customFrom =
        QDateTime::fromString(json.value(QStringLiteral("from")).toString(), Qt::ISODateWithMs);
    f.customTo =
        QDateTime::fromString(json.value(QStringLiteral("to")).toString(), Qt::ISODateWithMs);
    f.actor = json.value(QStringLiteral("actor")).toString();
    f.action = json.value(QStringLiteral("action")).toString();
    f.targetType = json.value(QStringLiteral("target_type")).toString();
    f.targetId = json.value(QStringLiteral("target_id")).toString();
    f.clientNetwork = json.value(QStringLiteral("client_network")).toString();
    f.outcome = json.value(QStringLiteral("outcome")).toString();
    f.reasonWords = json.value(QStringLiteral("reason_words")).toString();
    return f;
}

AuditQuery AuditQuery::at(const AuditFilter &filter, const QDateTime &now) {
    AuditQuery q;
    q.filter = filter;
    switch (filter.span) {
    case AuditFilter::Span::LastHour:
        q.from = now.addSecs(-3600);
        break;
    case AuditFilter::Span::Today:
        q.from = QDateTime(now.toLocalTime().date(), QTime(0, 0), QTimeZone::systemTimeZone());
        break;
    case AuditFilter::Span::Last7Days:
        q.from = now.addDays(-7);
        break;
    case AuditFilter::Span::Last30Days:
        q.from = now.addDays(-30);
        break;
    case AuditFilter::Span::AnyTime:
        break;
    case AuditFilter::Span::Custom:
        q.from = filter.customFrom;
        q.to = filter.customTo;
        break;
    }
    return q;
}

QJsonObject AuditQuery::toJson() const {
    QJsonObject json = filter.toJson();
    if (from.isValid())
        json.insert(QStringLiteral("from"), utcText(from));
    if (to.isValid())
        json.insert(QStringLiteral("to"), utcText(to));
    return json;
}

} // namespace cowin::audit
