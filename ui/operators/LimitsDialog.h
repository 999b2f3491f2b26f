// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "operators/Operator.h"
#include "widgets/AuditedAction.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cowin::ui {

// The budgets ministry admins set: searches by mobile number, numbers shown and import rows
// checked per operator, unknown partner keys per client address and how long such an address
// is blocked. One is changed at a time, with a reason; the server checks the value and audits
// the change with before and after.
class LimitsDialog : public QDialog {
    Q_OBJECT
public:
    explicit LimitsDialog(db::Session *session, QWidget *parent = nullptr);

    // What the console calls a limit the server names; the server's words for one it does not
    // know.
    static QString label(const operators::Limit &limit);

private:
    void load();
    void choose(int row);
    void save();

    db::Session *m_session;
    QList<operators::Limit> m_limits;
    QTableWidget *m_table;
    QSpinBox *m_value;
    QLineEdit *m_reason;
    FieldErrors m_errors;
    QLabel *m_saved;
    QPushButton *m_save;
    AuditedAction *m_action;
};

} // namespace cowin::ui
