// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConsoleService.h"

#include <QDialog>

class QComboBox;
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
    KillSwitchDialog(db::ConsoleService *service, Step step, const db::ApiState &state,
                     QWidget *parent = nullptr);

private:
    void preview();
    void confirm();
    void fail(const QString &message, const QString &field);

    db::ConsoleService *m_service;
    Step m_step;
    db::ApiState m_state;
    QComboBox *m_level = nullptr;
    QComboBox *m_sector = nullptr;
    QLabel *m_blast = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_code;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace cowin::ui
