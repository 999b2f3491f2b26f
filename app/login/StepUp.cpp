// SPDX-License-Identifier: Apache-2.0
#include "login/StepUp.h"

namespace cowin::login {

StepUp::StepUp(db::Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session) {}

QFuture<db::Result<OtpVerdict>> StepUp::verdictFor(const QString &code) {
    const QString typed = code.trimmed();
    if (m_kept.attemptId > 0 && typed == m_code)
        return QtFuture::makeReadyFuture(db::Result<OtpVerdict>::ok(m_kept));
    forget();
    return m_session->call(&SignInCalls::submitOtp, typed)
        .then(this, [this, typed](const db::Result<OtpVerdict> &verdict) {
            if (verdict.isOk() && verdict.value().outcome == OtpVerdict::Outcome::Accepted) {
                m_code = typed;
                m_kept = verdict.value();
            }
            return verdict;
        });
}

void StepUp::forget() {
    m_code.clear();
    m_kept = {};
}

} // namespace cowin::login
