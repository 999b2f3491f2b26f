// SPDX-License-Identifier: Apache-2.0
#include "widgets/StateStyleProxy.h"

#include <QColor>
#include <QFont>

namespace cowin::ui {

StateStyleProxy::StateStyleProxy(int stateRole, int stateColumn, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_stateRole(stateRole)
    , m_stateColumn(stateColumn) {}

QVariant StateStyleProxy::data(const QModelIndex &index, int role) const {
    if (role != Qt::ForegroundRole && role != Qt::FontRole)
        return QIdentityProxyModel::data(index, role);
    const QString state = QIdentityProxyModel::data(index, m_stateRole).toString();
    const bool suspended = state == QLatin1String("suspended");
    const bool gone = state == QLatin1String("revoked") || state == QLatin1String("expired");
    if (role == Qt::ForegroundRole) {
        if (suspended)
            return QColor(0xa8, 0x3a, 0x00);
        if (gone)
            return QColor(0x80, 0x80, 0x80);
        return {};
    }
    if (index.column() != m_stateColumn || (!suspended && !gone))
        return {};
    QFont font;
    font.setBold(suspended);
    font.setStrikeOut(state == QLatin1String("revoked"));
    return font;
}

} // namespace cowin::ui
