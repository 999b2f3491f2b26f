// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ErrorText.h"
#include "db/Session.h"
#include "login/SignInCalls.h"
#include "login/StepUp.h"
#include "widgets/FieldErrors.h"

#include <QObject>
#include <functional>

class QLineEdit;
class QWidget;

namespace cowin::ui {

class NextCodeCountdown;

// The one way a dialog changes something the audit trail records. The operator confirms
// (with a reason, and for the gravest changes a step-up code); the dialog is busy while the
// server works; a refusal appears at its field with everything typed kept, an accepted
// step-up code included (the refusal rolled back its use); when someone else changed the
// thing meanwhile, it is read again and shown, and the operator confirms again.
class AuditedAction : public QObject {
    Q_OBJECT
public:
    // confirm: what the operator confirms with (a button, a button box), disabled while the
    // server works; a second confirm meanwhile is ignored.
    AuditedAction(db::Session *session, FieldErrors *errors, QWidget *confirm);
    bool isRunning() const { return m_running; }

    // The action needs a step-up code, typed here (its refusals at "step_up_code").
    void setStepUpField(QLineEdit *code);
    // After a stale version, either the changed thing is read again at once (reload, then
    // done() once it shows) and the operator is told to check and confirm again, or the
    // dialog says so its own way (a form keeps what was typed and offers to read theirs).
    void setReload(std::function<void(std::function<void()> done)> reload);
    void setStaleHandler(std::function<void()> handler);

    // Runs action(stepUpAttempt), the attempt 0 without a step-up field; on success,
    // succeeded(answer). The action names its call: session->call(&Calls::method, …).
    template <typename T>
    void run(std::function<QFuture<db::Result<T>>(qint64 stepUpAttempt)> action,
             std::function<void(const T &)> succeeded) {
        begin([this, action, succeeded](qint64 attempt) {
            action(attempt).then(this, [this, succeeded](const db::Result<T> &r) {
                if (!r.isOk())
                    return refused(r.error());
                finish();
                succeeded(r.value());
            });
        });
    }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    void begin(std::function<void(qint64)> act);
    void finish();
    void refused(const db::DbError &error);
    void setBusy(bool busy);

    db::Session *m_session;
    FieldErrors *m_errors;
    QWidget *m_confirm;
    bool m_running = false;
    QLineEdit *m_code = nullptr;
    login::StepUp *m_stepUp = nullptr;
    std::function<void(std::function<void()>)> m_reload;
    std::function<void()> m_onStale;
    NextCodeCountdown *m_countdown;
};

} // namespace cowin::ui
