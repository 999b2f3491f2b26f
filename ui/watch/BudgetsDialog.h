// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "login/SignInCalls.h"
#include "watch/WatchAlert.h"
#include "widgets/AuditedAction.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cowin::ui {

// Lookup budgets: distinct people an account or key may look up in an hour and in a day, per
// peer group (accounts at one kind of centre, keys of one sector), beside what peers did in 14
// days. Drawn from peers unless an admin sets them; each change has a reason and is audited.
class BudgetsDialog : public QDialog {
    Q_OBJECT
public:
    BudgetsDialog(db::Session *session, const login::OperatorStatus &status,
                  QWidget *parent = nullptr);

    static QString groupName(const QString &peerGroup);

private:
    void load();
    void choose(int row);
    void save();

    db::Session *m_session;
    QList<watch::PeerBudget> m_budgets;
    QTableWidget *m_table;
    QSpinBox *m_perHour;
    QSpinBox *m_perDay;
    QCheckBox *m_fromPeers;
    QLineEdit *m_reason;
    FieldErrors m_errors;
    QLabel *m_saved;
    QPushButton *m_save;
    AuditedAction *m_action;
};

} // namespace cowin::ui
