// SPDX-License-Identifier: Apache-2.0
#include "partners/ApiKeyTableModel.h"
#include "text/LocalTime.h"

#include <QLocale>

namespace cowin::partners {

ApiKeyTableModel::ApiKeyTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ApiKeyTableModel::setKeys(const QList<ApiKeyRow> &keys) {
    beginResetModel();
    m_keys = keys;
    endResetModel();
}

QString ApiKeyTableModel::stateText(const ApiKeyRow &key, const QDateTime &now) {
    if (key.status == QLatin1String("revoked"))
        return tr("Revoked");
    if (key.status == QLatin1String("suspended"))
        return tr("Suspended");
    if (key.expired(now))
        return tr("Expired");
    if (key.replacedBy > 0)
        return tr("Active until %1 (rotated)").arg(text::localTime(key.expiresAt));
    return tr("Active");
}

int ApiKeyTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int ApiKeyTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeyTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKeyRow &k = m_keys.at(index.row());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Prefix:
            return k.displayPrefix + QStringLiteral("…");
        case Status:
            return stateText(k, now);
        case Scopes:
            return k.scopes.join(QStringLiteral(", "));
        case Expires:
            return text::localTime(k.expiresAt);
        case LastUsed:
            return k.lastUsedAt.isValid() ? text::localTime(k.lastUsedAt) : tr("never");
        case CallsLastDay:
            return QLocale().toString(k.callsLastDay);
        case Created:
            return tr("%1 by %2").arg(text::localTime(k.createdAt), k.createdBy);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (k.status == QLatin1String("revoked"))
            return tr("Revoked %1: %2").arg(text::localTime(k.revokedAt), k.revokedReason);
        if (index.column() == Scopes)
            return k.scopes.join(QStringLiteral(", "));
        // Narrow columns elide: the whole text is a hover away.
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == CallsLastDay)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StateRole:
        return k.status == QLatin1String("active") && k.expired(now) ? QStringLiteral("expired")
                                                                     : k.status;
    case IdRole:
        return k.id;
    default:
        return {};
    }
}

QVariant ApiKeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Prefix:
        return tr("Key");
    case Status:
        return tr("State");
    case Scopes:
        return tr("Scopes");
    case Expires:
        return tr("Expires");
    case LastUsed:
        return tr("Last used");
    case CallsLastDay:
        return tr("Calls (24 h)");
    case Created:
        return tr("Issued");
    default:
        return {};
    }
}

} // namespace cowin::partners
