// SPDX-License-Identifier: Apache-2.0
#include "widgets/StateStyleProxy.h"

#include <QColor>
#include <QFont>

namespace cowin::ui {

StateStyleProxy::StateStyleProxy(int stateRole, int stateColumn, const QStringList &standOut,
                                 const QStringList &recede, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_stateRole(stateRole)
    , m_stateColumn(stateColumn)
    , m_standOut(standOut)
    , m_recede(recede) {}

QVariant StateStyleProxy::data(const QModelIndex &index, int role) const {
    if (role != Qt::ForegroundRole && role != Qt::FontRole)
        return QIdentityProxyModel::data(index, role);
    const QString state = QIdentityProxyModel::data(index, m_stateRole).toString();
    const bool suspended = m_standOut.contains(state);
    const bool gone = m_recede.contains(state);
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
    font.setStrikeOut(gone);
    return font;
}

} // namespace cowin::ui
