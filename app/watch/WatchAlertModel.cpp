// SPDX-License-Identifier: Apache-2.0
#include "watch/WatchAlertModel.h"

#include "text/LocalTime.h"

#include <QLocale>

namespace cowin::watch {

WatchAlertModel::WatchAlertModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void WatchAlertModel::setAlerts(const QList<WatchAlert> &alerts) {
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

int WatchAlertModel::rowOf(qint64 alert) const {
    for (int i = 0; i < m_alerts.size(); ++i)
        if (m_alerts.at(i).id == alert)
            return i;
    return -1;
}

QString WatchAlertModel::severityText(const WatchAlert &a) {
    if (a.frozen() && !a.open)
        return tr("Frozen");
    switch (a.severity) {
    case 3:
        return tr("Critical");
    case 2:
        return tr("High");
    default:
        return tr("Notice");
    }
}

QString WatchAlertModel::whoText(const WatchAlert &a) {
    if (a.isAccount)
        return tr("%1 (%2), %3, %4").arg(a.loginId, a.fullName, a.centre, a.district);
    return tr("%1, key %2").arg(a.partnerName, a.keyPrefix);
}

QString WatchAlertModel::whatText(const WatchAlert &a) {
    const QLocale l;
    const auto n = [&a, &l](const char *key) {
        return l.toString(a.details.value(QLatin1String(key)).toInt());
    };
    if (a.kind == QLatin1String("canary"))
        return tr("Looked up the canary number “%1”")
            .arg(a.details.value(QLatin1String("label")).toString());
    if (a.kind == QLatin1String("lookup_budget"))
        return tr("Went over its budget: %1 people in an hour (budget %2), %3 in the day (budget "
                  "%4)")
            .arg(n("people_hour"), n("budget_hour"), n("people_day"), n("budget_day"));
    if (a.kind == QLatin1String("surge"))
        return tr("%1 people in a day, against a usual day of %2")
            .arg(n("people_day"),
                 l.toString(a.details.value(QLatin1String("own_median_day")).toDouble(), 'f', 0));
    if (a.kind == QLatin1String("not_found"))
        return tr("%1 of %2 numbers it looked up found no one").arg(n("not_found"), n("results"));
    if (a.kind == QLatin1String("out_of_state"))
        return tr("%1 of %2 people it looked up live outside %3")
            .arg(n("out_of_state"), n("results"),
                 a.details.value(QLatin1String("state")).toString());
    if (a.kind == QLatin1String("night"))
        return tr("%1 people looked up between 23:00 and 05:00").arg(n("night_people"));
    if (a.kind == QLatin1String("new_network"))
        return tr("Looked people up from a network it never used: %1")
            .arg(a.details.value(QLatin1String("network")).toString());
    return a.kind;
}

QString WatchAlertModel::todayText(const WatchAlert &a) {
    const QLocale l;
    QString text = tr("%1 people today (budget %2), %3 this hour (budget %4)")
                       .arg(l.toString(a.peopleDay), l.toString(a.budgetDay),
                            l.toString(a.peopleHour), l.toString(a.budgetHour));
    if (a.peersMedianDay)
        text += tr("; peers' median day %1").arg(l.toString(*a.peersMedianDay, 'f', 0));
    return text;
}

QString WatchAlertModel::answerText(const QString &reason) {
    if (reason == QLatin1String("ok"))
        return tr("Allowed");
    if (reason == QLatin1String("lookup_budget"))
        return tr("Refused: over its budget");
    if (reason == QLatin1String("canary"))
        return tr("Refused: a canary (frozen at once)");
    if (reason == QLatin1String("account_frozen"))
        return tr("Refused: account frozen");
    if (reason == QLatin1String("key_suspended"))
        return tr("Refused: key suspended");
    return tr("Refused: %1").arg(reason);
}

int WatchAlertModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_alerts.size());
}

int WatchAlertModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WatchAlertModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WatchAlert &a = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity:
            return a.frozen() && a.open ? tr("%1, frozen").arg(severityText(a)) : severityText(a);
        case Who:
            return whoText(a);
        case What:
            return a.repeats > 1 ? tr("%1 (%n time(s))", nullptr, a.repeats).arg(whatText(a))
                                 : whatText(a);
        case Today:
            return todayText(a);
        case Raised:
            return text::localTime(a.raisedAt);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return data(index, Qt::DisplayRole);
    case StateRole:
        if (!a.open)
            return QStringLiteral("closed");
        if (a.severity >= 3)
            return QStringLiteral("critical");
        return a.frozen() ? QStringLiteral("frozen") : QString();
    default:
        return {};
    }
}

QVariant WatchAlertModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity:
        return tr("Severity");
    case Who:
        return tr("Who");
    case What:
        return tr("What was seen");
    case Today:
        return tr("Today");
    case Raised:
        return tr("Raised");
    default:
        return {};
    }
}

} // namespace cowin::watch
