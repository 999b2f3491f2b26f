// SPDX-License-Identifier: Apache-2.0
#include "operators/OperatorTableModel.h"

#include <QLocale>

namespace cowin::operators {

OperatorTableModel::OperatorTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void OperatorTableModel::setRows(const QList<OperatorRow> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int OperatorTableModel::rowOf(const QString &username) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).username == username)
            return i;
    return -1;
}

QString OperatorTableModel::stateName(const OperatorRow &o) {
    if (o.disabled)
        return QStringLiteral("disabled");
    if (o.locked)
        return QStringLiteral("locked");
    if (!o.enrolled)
        return QStringLiteral("not_enrolled");
    return QStringLiteral("active");
}

QString OperatorTableModel::stateText(const OperatorRow &o) {
    if (o.disabled)
        return tr("Disabled");
    if (o.locked)
        return tr("Locked (wrong codes)");
    if (!o.enrolled)
        return o.enrolmentPending ? tr("Not enrolled yet") : tr("Enrolment code expired");
    if (o.mustChangePassword)
        return tr("Must change password");
    return tr("Active");
}

QString OperatorTableModel::groupText(const QString &group) {
    if (group == QLatin1String("admin"))
        return tr("ministry admin");
    if (group == QLatin1String("helpdesk"))
        return tr("helpdesk");
    if (group == QLatin1String("incident"))
        return tr("incident commander");
    if (group == QLatin1String("auditor"))
        return tr("auditor");
    return group;
}

QString OperatorTableModel::groupsText(const QStringList &groups) {
    QStringList names;
    for (const QString &g : groups)
        names << groupText(g);
    return names.isEmpty() ? tr("no group") : names.join(QStringLiteral(", "));
}

QString OperatorTableModel::scopeText(const OperatorRow &o) {
    if (!o.hasGroup(QStringLiteral("helpdesk")))
        return QString();
    if (o.states.isEmpty() && o.districts.isEmpty())
        return tr("all of India");
    QStringList parts = o.states;
    if (!o.districts.isEmpty())
        parts << tr("%n district(s)", nullptr, static_cast<int>(o.districts.size()));
    return parts.join(QStringLiteral(", "));
}

int OperatorTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OperatorTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OperatorRow &o = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Username:
            return o.username;
        case Name:
            return o.fullName;
        case Groups:
            return groupsText(o.groups);
        case Scope:
            return scopeText(o);
        case State:
            return stateText(o);
        case LastLogin:
            return o.lastLoginAt.isValid()
                       ? QLocale().toString(o.lastLoginAt.toLocalTime(), QLocale::ShortFormat)
                       : tr("never");
        case Sessions:
            return o.liveSessions;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Sessions)
            return tr("%n open connection(s)", nullptr, o.connections);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Sessions)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UsernameRole:
        return o.username;
    case StateRole:
        return stateName(o);
    default:
        return {};
    }
}

QVariant OperatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Username:
        return tr("Username");
    case Name:
        return tr("Name");
    case Groups:
        return tr("Groups");
    case Scope:
        return tr("Scope");
    case State:
        return tr("State");
    case LastLogin:
        return tr("Last login");
    case Sessions:
        return tr("Sessions");
    default:
        return {};
    }
}

} // namespace cowin::operators
