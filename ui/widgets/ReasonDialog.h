// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/DbError.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cowin::ui {

// Asks why, for an action the audit trail records with its reason. It stays open while the
// server works and shows the server's refusal at the reason field, so nothing typed is lost.
class ReasonDialog : public QDialog {
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &explanation, const QString &actionText,
                 QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);
    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    // The operator confirmed; the caller runs the action and then accept()s or showError()s.
    void submitted(const QString &reason);

private:
    QLineEdit *m_reason;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace cowin::ui
