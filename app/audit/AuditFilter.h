// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cowin::audit {

// What an operator asks of the audit trail. Every field is optional; they combine.
struct AuditFilter {
    enum class Span { LastHour, Today, Last7Days, Last30Days, AnyTime, Custom };

    Span span = Span::Last7Days;
    QDateTime customFrom; // Custom only; an invalid end is open
    QDateTime customTo;
    QString actor;
    QString action; // vaccinator.password_reset, or an area: vaccinator
    QString targetType;
    QString targetId;
    QString clientNetwork; // 10.20.3.4 or 10.20.0.0/16
    QString outcome;       // "", "success" or "failure"
    QString reasonWords;

    bool operator==(const AuditFilter &o) const;
    bool operator!=(const AuditFilter &o) const { return !(*this == o); }

    // Nothing but a time range: every event in it, so the events found are an unbroken piece
    // of the chain.
    bool timeOnly() const;

    QJsonObject toJson() const;
    static AuditFilter fromJson(const QJsonObject &json);
    static QString spanName(Span span);
};

// A filter with its time range fixed at one moment: the start of "last hour" does not move
// while the operator scrolls, and the end stays open so that new events belong to it.
struct AuditQuery {
    AuditFilter filter;
    QDateTime from; // invalid: open
    QDateTime to;   // invalid: open

    static AuditQuery at(const AuditFilter &filter, const QDateTime &now);
    // The filter with the range spelled out, for a manifest or an export's record.
    QJsonObject toJson() const;
};

} // namespace cowin::audit
