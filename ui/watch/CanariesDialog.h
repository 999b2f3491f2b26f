// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "login/SignInCalls.h"
#include "watch/WatchAlert.h"
#include "widgets/AuditedAction.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cowin::ui {

// Canary numbers: mobile or Aadhaar numbers that belong to no one, planted so that whoever
// looks one up gives themselves away (frozen at once, a critical alert). The server keeps only
// a keyed hash and the last four digits; admins plant and retire them, with a reason.
class CanariesDialog : public QDialog {
    Q_OBJECT
public:
    CanariesDialog(db::Session *session, const login::OperatorStatus &status,
                   QWidget *parent = nullptr);

private:
    void load();
    void plant();
    void retire();

    db::Session *m_session;
    QList<watch::Canary> m_canaries;
    QTableWidget *m_table;
    QLineEdit *m_number;
    QLineEdit *m_label;
    QLineEdit *m_reason;
    FieldErrors m_errors;
    QLabel *m_saved;
    QPushButton *m_plant;
    QPushButton *m_retire;
    AuditedAction *m_action;
};

} // namespace cowin::ui
