// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIdentityProxyModel>

namespace cowin::ui {

// Colours the rows of a table by the state its model gives in stateRole: suspended rows stand
// out, revoked and expired ones recede, so a glance shows what a gateway would refuse.
class StateStyleProxy : public QIdentityProxyModel {
public:
    StateStyleProxy(int stateRole, int stateColumn, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;

private:
    int m_stateRole;
    int m_stateColumn;
};

} // namespace cowin::ui
