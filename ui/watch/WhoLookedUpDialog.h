// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "widgets/AuditedAction.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cowin::ui {

// "Who looked up this person?" — the question a complaint or CERT-In asks first. A mobile or
// Aadhaar number and a reason; the question is recorded and committed (audited, the number
// masked) before the answer is read: every account and key that looked the number up in the
// last 180 days, when, from where, and the answer it got.
class WhoLookedUpDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMaxRows = 1000;
    explicit WhoLookedUpDialog(db::Session *session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void ask();

    db::Session *m_session;
    QLineEdit *m_number;
    QLineEdit *m_reason;
    FieldErrors m_errors;
    QPushButton *m_ask;
    AuditedAction *m_action;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace cowin::ui
