// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/SessionConnection.h"
#include "operators/Operator.h"

namespace cowin::operators {

// The console's own operators and the personal-data budgets, for ministry admins
// (console.operator_*, console.limits, console.limit_set). Creating an operator sends only the
// SCRAM verifier of the generated password and returns the enrolment code.
class OperatorCalls {
public:
    explicit OperatorCalls(db::SessionConnection &connection)
        : m_db(connection) {}

    db::Result<QList<OperatorRow>> list();
    db::Result<QString> create(const QString &username, const QString &fullName,
                               const OperatorAccess &access, const QString &password,
                               const QString &reason, qint64 stepUpAttempt);
    db::Result<db::Done> setAccess(const QString &username, const OperatorAccess &access,
                                   const QString &reason, qint64 stepUpAttempt);
    // Returns the new enrolment code.
    db::Result<QString> resetAuthenticator(const QString &username, const QString &reason);
    db::Result<db::Done> unlock(const QString &username, const QString &reason);
    // Each returns how many connections or sessions it ended.
    db::Result<int> setDisabled(const QString &username, bool disabled, const QString &reason);
    db::Result<int> forceLogout(const QString &username, const QString &reason);
    // The budgets admins set, and setting one (audited with before and after).
    db::Result<QList<Limit>> limits();
    db::Result<db::Done> setLimit(const QString &name, int value, const QString &reason);

private:
    db::SessionConnection &m_db;
};

} // namespace cowin::operators
