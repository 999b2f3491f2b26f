// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIdentityProxyModel>

namespace cowin::ui {

// Colours the rows of a table by the state its model gives in stateRole: rows in a state that
// needs attention (a suspended key, a locked operator) stand out, rows that no longer count (a
// revoked key, a disabled operator) recede and their state is struck out, so a glance shows
// what will be refused.
class StateStyleProxy : public QIdentityProxyModel {
public:
    StateStyleProxy(int stateRole, int stateColumn, const QStringList &standOut,
                    const QStringList &recede, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;

private:
    int m_stateRole;
    int m_stateColumn;
    QStringList m_standOut;
    QStringList m_recede;
};

} // namespace cowin::ui
