// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSet>
#include <QString>

namespace cowin::auth {

// Why a new password was refused. The UI turns each into a sentence; the core stays testable.
enum class PasswordProblem {
    None,
    TooShort,
    SameAsUsername,
    ContainsUsername,
    Common,
    Mismatch,
};

// The database only ever sees a SCRAM verifier, so it cannot judge strength: this check is
// the one place it happens, before the verifier is computed.
class PasswordPolicy {
public:
    static constexpr int kMinimumLength = 12;

    // Loads the common-password list compiled into the core library.
    static PasswordPolicy withBuiltInList();
    explicit PasswordPolicy(QSet<QString> commonPasswords);

    PasswordProblem check(const QString &username, const QString &password,
                          const QString &confirmation) const;
    // A first password for a new operator, read out or typed once: four groups of five from
    // 31 letters and digits that cannot be mistaken for one another (about 99 bits).
    static QString generate();
    bool isCommon(const QString &password) const;
    int commonListSize() const { return static_cast<int>(m_common.size()); }

private:
    QSet<QString> m_common;
};

} // namespace cowin::auth
