// SPDX-License-Identifier: Apache-2.0
#include "partners/PartnerTableModel.h"

#include <QLocale>

namespace cowin::partners {

PartnerTableModel::PartnerTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void PartnerTableModel::setRows(const QList<PartnerRow> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PartnerTableModel::rowOf(int partnerId) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == partnerId)
            return i;
    return -1;
}

int PartnerTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PartnerTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString PartnerTableModel::sectorText(const QString &sector) {
    if (sector == QLatin1String("government"))
        return tr("Government");
    if (sector == QLatin1String("private"))
        return tr("Private");
    return sector;
}

QString PartnerTableModel::statusText(const QString &status) {
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("suspended"))
        return tr("Suspended");
    if (status == QLatin1String("revoked"))
        return tr("Revoked");
    return status;
}

QVariant PartnerTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartnerRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Sector:
            return sectorText(r.sector);
        case Status:
            if (r.killSwitchCuts == QLatin1String("all"))
                return tr("%1 — cut by the kill-switch").arg(statusText(r.status));
            if (r.killSwitchCuts == QLatin1String("personal_data"))
                return tr("%1 — personal-data calls cut").arg(statusText(r.status));
            return statusText(r.status);
        case ActiveKeys:
            return tr("%1 of %2").arg(r.activeKeys).arg(r.keys);
        case CallsLastDay:
            return QLocale().toString(r.callsLastDay);
        case LastUsed:
            return r.lastUsedAt.isValid()
                       ? QLocale().toString(r.lastUsedAt.toLocalTime(), QLocale::ShortFormat)
                       : tr("never");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == CallsLastDay && r.denialsLastDay > 0)
            return tr("%1 of them denied").arg(QLocale().toString(r.denialsLastDay));
        if (index.column() == Name)
            return r.scopes.join(QStringLiteral(", "));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CallsLastDay || index.column() == ActiveKeys)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return r.id;
    case StateRole:
        return r.killSwitchCuts.isEmpty() || r.status != QLatin1String("active")
                   ? r.status
                   : QStringLiteral("cut");
    default:
        return {};
    }
}

QVariant PartnerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Partner");
    case Sector:
        return tr("Sector");
    case Status:
        return tr("Status");
    case ActiveKeys:
        return tr("Active keys");
    case CallsLastDay:
        return tr("Calls (24 h)");
    case LastUsed:
        return tr("Last used");
    default:
        return {};
    }
}

} // namespace cowin::partners
