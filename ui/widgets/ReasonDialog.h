// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/AuditedAction.h"
#include "widgets/FieldErrors.h"

#include <QDialog>
#include <QFuture>
#include <functional>

class QDialogButtonBox;
class QLineEdit;

namespace cowin::ui {

// Asks why, for an action the audit trail records with its reason, and runs it as an
// AuditedAction: the dialog stays open while the server works, shows a refusal at the reason
// (or above it), and closes when the action went through.
class ReasonDialog : public QDialog {
    Q_OBJECT
public:
    ReasonDialog(db::Session *session, const QString &title, const QString &explanation,
                 const QString &actionText, QWidget *parent = nullptr);

    QString reason() const;
    // A reason someone in this situation would write, shown in the empty field.
    void setExample(const QString &example);
    // After a stale version: read the thing again, then call done.
    void setReload(std::function<void(std::function<void()> done)> reload) {
        m_action->setReload(std::move(reload));
    }

    // Opens the dialog; when confirmed, runs action(reason); on success closes it and calls
    // succeeded(answer).
    template <typename T>
    void confirm(std::function<QFuture<db::Result<T>>(const QString &reason)> action,
                 std::function<void(const T &)> succeeded) {
        m_confirmed = [this, action, succeeded] {
            m_action->run<T>([this, action](qint64) { return action(reason()); },
                             [this, succeeded](const T &answer) {
                                 accept();
                                 succeeded(answer);
                             });
        };
        open();
    }

    // The common case: a dialog that deletes itself when closed.
    template <typename T>
    static ReasonDialog *ask(QWidget *parent, db::Session *session, const QString &title,
                             const QString &explanation, const QString &actionText,
                             std::function<QFuture<db::Result<T>>(const QString &)> action,
                             std::function<void(const T &)> succeeded) {
        auto *dialog = new ReasonDialog(session, title, explanation, actionText, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->confirm<T>(std::move(action), std::move(succeeded));
        return dialog;
    }

private:
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
    FieldErrors m_errors;
    AuditedAction *m_action;
    std::function<void()> m_confirmed;
};

} // namespace cowin::ui
