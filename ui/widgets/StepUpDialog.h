// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/AuditedAction.h"
#include "widgets/FieldErrors.h"

#include <QDialog>
#include <QFuture>
#include <functional>

class QFormLayout;
class QLineEdit;
class QPushButton;

namespace cowin::ui {

// Confirms one change to the operator's own sign-in with a fresh code from the authenticator
// app (a step-up), as an AuditedAction: busy while the server works, a refusal at its field
// with what was typed kept, closed once the change went through. Fields a change needs besides
// the code (a new password, say) go in form() above it.
class StepUpDialog : public QDialog {
    Q_OBJECT
public:
    StepUpDialog(db::Session *session, const QString &title, const QString &explanation,
                 const QString &actionText, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    FieldErrors &errors() { return m_errors; }
    QLineEdit *codeField() const { return m_code; }
    // Checked on this desktop before the code is sent: empty when fine, else (field, words).
    void setCheck(std::function<QPair<QString, QString>()> check) { m_check = std::move(check); }

    // Opens the dialog; when confirmed, runs action(stepUpAttempt); on success closes it and
    // calls succeeded(answer).
    template <typename T>
    void confirm(std::function<QFuture<db::Result<T>>(qint64 stepUpAttempt)> action,
                 std::function<void(const T &)> succeeded) {
        m_confirmed = [this, action, succeeded] {
            m_action->run<T>(action, [this, succeeded](const T &answer) {
                accept();
                succeeded(answer);
            });
        };
        orderFields();
        open();
    }

    // The common case: a dialog that deletes itself when closed.
    template <typename T>
    static StepUpDialog *ask(QWidget *parent, db::Session *session, const QString &title,
                             const QString &explanation, const QString &actionText,
                             std::function<QFuture<db::Result<T>>(qint64)> action,
                             std::function<void(const T &)> succeeded) {
        auto *dialog = new StepUpDialog(session, title, explanation, actionText, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->confirm<T>(std::move(action), std::move(succeeded));
        return dialog;
    }

private:
    // The fields of form() in order, then the code: Tab walks them so, the first has the focus.
    void orderFields();

    QFormLayout *m_form;
    QLineEdit *m_code;
    QPushButton *m_ok;
    FieldErrors m_errors;
    AuditedAction *m_action;
    std::function<void()> m_confirmed;
    std::function<QPair<QString, QString>()> m_check;
};

} // namespace cowin::ui
