// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "vaccinators/Vaccinator.h"
#include "widgets/AuditedAction.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cowin::ui {

class StaleNotice;

// Creates an account, or edits one's name, mobile and centre. Each refusal is shown at its
// field. When someone else changed the account meanwhile (CW409), it offers to reload their
// version; what the operator typed stays in the fields.
class VaccinatorFormDialog : public QDialog {
    Q_OBJECT
public:
    // A new account.
    VaccinatorFormDialog(db::Session *session, QWidget *parent = nullptr);
    // An existing account, as the operator last saw it.
    VaccinatorFormDialog(db::Session *session, const vaccinators::VaccinatorDetail &account,
                         QWidget *parent = nullptr);

    qint64 savedAccount() const { return m_savedId; }
    vaccinators::VaccinatorDraft draft() const;

Q_SIGNALS:
    void saved(qint64 accountId);

private:
    void build();
    void save();
    void showProblem(const db::DbError &error);
    void reloadTheirs();

    db::Session *m_session;
    FieldErrors m_errors;
    bool m_editing = false;
    vaccinators::VaccinatorDetail m_account;
    qint64 m_savedId = 0;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QLineEdit *m_mobile;
    QComboBox *m_state;
    QComboBox *m_district;
    QComboBox *m_centre;
    QLineEdit *m_reason;
    StaleNotice *m_stale = nullptr;
    QPushButton *m_save;
    AuditedAction *m_action;
};

} // namespace cowin::ui
