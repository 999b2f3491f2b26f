// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "partners/KillSwitchCalls.h"
#include "widgets/AuditedAction.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cowin::ui {

// One step of the kill-switch, confirmed with a fresh one-time code: engaging (level, sector,
// the blast radius, a reason), requesting a restore (a reason) or approving one. The code is
// judged and committed first (step-up); the step then consumes it.
class KillSwitchDialog : public QDialog {
    Q_OBJECT
public:
    enum class Step { Engage, RequestRestore, ApproveRestore };
    KillSwitchDialog(db::Session *session, Step step, const partners::ApiState &state,
                     QWidget *parent = nullptr);

private:
    void wire();
    void preview();
    void confirm();

    db::Session *m_session;
    Step m_step;
    partners::ApiState m_state;
    QComboBox *m_level = nullptr;
    QComboBox *m_sector = nullptr;
    QLabel *m_blast = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_code;
    FieldErrors m_errors;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
    AuditedAction *m_action = nullptr;
};

} // namespace cowin::ui
