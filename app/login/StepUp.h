// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "login/SignInCalls.h"

#include <QObject>

namespace cowin::login {

// A step-up code confirms one grave action (a kill-switch, a bulk reset, an operator's access).
// The server judges the code and commits the attempt first; the action then names the attempt
// and consumes it in its own transaction. When the action is refused at another field, that
// transaction rolled back and the attempt is still unused: the same code confirms the retry
// without being judged (or replayed) again. Once used, or refused itself, it is forgotten.
class StepUp : public QObject {
    Q_OBJECT
public:
    explicit StepUp(db::Session *session, QObject *parent = nullptr);

    // The server's verdict on this code, or the kept accepted one when it is the same code.
    QFuture<db::Result<OtpVerdict>> verdictFor(const QString &code);
    // The action went through: its attempt is spent.
    void used() { forget(); }
    // The code was refused (used, too old, wrong): the next one is judged afresh.
    void forget();

private:
    db::Session *m_session;
    QString m_code;
    OtpVerdict m_kept;
};

} // namespace cowin::login
