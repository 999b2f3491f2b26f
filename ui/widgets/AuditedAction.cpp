// SPDX-License-Identifier: Apache-2.0
#include "widgets/AuditedAction.h"

#include "widgets/NextCodeCountdown.h"

#include <QLineEdit>
#include <QWidget>

namespace cowin::ui {

namespace {
const QString kStepUpField = QStringLiteral("step_up_code");
}

AuditedAction::AuditedAction(db::Session *session, FieldErrors *errors, QWidget *confirm)
    : QObject(confirm)
    , m_session(session)
    , m_errors(errors)
    , m_confirm(confirm)
    , m_countdown(new NextCodeCountdown(this)) {}

void AuditedAction::setStepUpField(QLineEdit *code) {
    m_code = code;
    if (!m_stepUp)
        m_stepUp = new login::StepUp(m_session, this);
}

void AuditedAction::setReload(std::function<void(std::function<void()>)> reload) {
    m_reload = std::move(reload);
}

void AuditedAction::setStaleHandler(std::function<void()> handler) {
    m_onStale = std::move(handler);
}

void AuditedAction::begin(std::function<void(qint64)> act) {
    if (m_running)
        return;
    m_countdown->stop();
    m_errors->clear();
    setBusy(true);
    if (!m_code)
        return act(0);
    // The code is judged and committed first; only then does the action name its attempt.
    m_stepUp->verdictFor(m_code->text())
        .then(this, [this, act](const db::Result<login::OtpVerdict> &verdict) {
            if (!verdict.isOk())
                return refused(verdict.error());
            if (verdict.value().outcome == login::OtpVerdict::Outcome::Replayed) {
                setBusy(false);
                m_code->clear();
                // Used already (at sign-in, or by another step): say how long until the next.
                return m_countdown->start(
                    [this](const QString &text) { m_errors->show(kStepUpField, text); });
            }
            if (const QString why = stepUpRefusal(verdict.value()); !why.isEmpty()) {
                setBusy(false);
                m_code->clear();
                return m_errors->show(kStepUpField, why);
            }
            act(verdict.value().attemptId);
        });
}

void AuditedAction::finish() {
    setBusy(false);
    if (m_stepUp) {
        m_stepUp->used();
        m_code->clear(); // it confirmed this action and confirms nothing else
    }
}

void AuditedAction::refused(const db::DbError &error) {
    setBusy(false);
    if (m_stepUp && (error.field == kStepUpField || error.kind == db::DbError::Kind::NoSession)) {
        m_stepUp->forget();
        m_code->clear();
    }
    // A stale version (CW409 at the version): someone else changed the thing meanwhile.
    const bool stale =
        error.kind == db::DbError::Kind::Stale && error.field == QLatin1String("version");
    if (stale && m_onStale)
        return m_onStale();
    if (stale && m_reload) {
        // Someone changed it meanwhile: show their change, keep what was typed.
        m_reload([this] {
            m_errors->show(QString(), tr("Someone else changed this after you opened it. It has "
                                         "been read again with their change: check it, then "
                                         "confirm again."));
        });
        return;
    }
    m_errors->show(error);
}

void AuditedAction::setBusy(bool busy) {
    m_running = busy;
    m_confirm->setEnabled(!busy);
    m_confirm->window()->setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    Q_EMIT busyChanged(busy);
}

} // namespace cowin::ui
