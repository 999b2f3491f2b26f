// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ErrorText.h"
#include "db/DbError.h"

#include <QDialog>
#include <QFuture>
#include <functional>

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

// Asks for the reason of an audited action, runs it, and closes on success (then calls
// succeeded with the answer); a refusal stays in the dialog with the reason as typed.
template <typename T>
void runWithReason(QWidget *parent, const QString &title, const QString &explanation,
                   const QString &actionText,
                   std::function<QFuture<db::Result<T>>(const QString &)> action,
                   std::function<void(const T &)> succeeded) {
    auto *dialog = new ReasonDialog(title, explanation, actionText, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &ReasonDialog::submitted, parent,
                     [dialog, action, succeeded](const QString &reason) {
                         dialog->setBusy(true);
                         action(reason).then(dialog, [dialog, succeeded](const db::Result<T> &r) {
                             if (!r.isOk())
                                 return dialog->showError(errorText(r.error()));
                             dialog->accept();
                             succeeded(r.value());
                         });
                     });
    dialog->open();
}

} // namespace cowin::ui
