// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "partners/KillSwitchCalls.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace cowin::ui {

// Every switch-off with its restore, newest first: when, at which level, who and why; who
// asked for the restore and why, who approved it and when; for the one in force, how many
// partners it cuts. What incident commanders review after an incident.
class KillSwitchHistoryDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kIncidents = 100;

    explicit KillSwitchHistoryDialog(db::Session *session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void shown(int incidents);

private:
    void show(const QList<partners::KillSwitchIncident> &incidents);

    QTableWidget *m_table;
    QLabel *m_status;
};

} // namespace cowin::ui
