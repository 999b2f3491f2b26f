// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "partners/KillSwitchCalls.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace cowin::ui {

// Every gateway daemon that reported the state it applied: its name, the version it decides
// from against the current one, when it applied it, when it last confirmed, and, while the
// kill-switch is in force, whether it obeys it and how long after the switch-off it did. What
// an incident commander checks before saying "every gateway denied from 11:23:03 on".
class GatewaysDialog : public QDialog {
    Q_OBJECT
public:
    explicit GatewaysDialog(db::Session *session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void shown(int gateways);

private:
    void show(const QList<partners::GatewayAck> &gateways);

    QTableWidget *m_table;
    QLabel *m_status;
};

} // namespace cowin::ui
