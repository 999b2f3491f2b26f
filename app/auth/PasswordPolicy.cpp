// SPDX-License-Identifier: Apache-2.0
#include "auth/PasswordPolicy.h"

#include "auth/SecureRandom.h"

#include <QFile>
#include <QRegularExpression>

namespace cowin::auth {

PasswordPolicy PasswordPolicy::withBuiltInList() {
    QSet<QString> list;
    QFile file(QStringLiteral(":/cowin/passwords/common-passwords.txt"));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed().toLower();
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                list.insert(line);
        }
    }
    return PasswordPolicy(std::move(list));
}

PasswordPolicy::PasswordPolicy(QSet<QString> commonPasswords)
    : m_common(std::move(commonPasswords)) {}

bool PasswordPolicy::isCommon(const QString &password) const {
    const QString lower = password.toLower();
    if (m_common.contains(lower))
        return true;
    // "Password2024!" is as guessable as "password": strip the decorations people add.
    static const QRegularExpression decorations(QStringLiteral("^[^a-z]*(.*?)[^a-z]*$"));
    const QString core = decorations.match(lower).captured(1);
    return !core.isEmpty() && m_common.contains(core);
}

PasswordProblem PasswordPolicy::check(const QString &username, const QString &password,
                                      const QString &confirmation) const {
    if (password.size() < kMinimumLength)
        return PasswordProblem::TooShort;
    if (password.compare(username, Qt::CaseInsensitive) == 0)
        return PasswordProblem::SameAsUsername;
    if (username.size() >= 4 && password.contains(username, Qt::CaseInsensitive))
        return PasswordProblem::ContainsUsername;
    if (isCommon(password))
        return PasswordProblem::Common;
    if (password != confirmation)
        return PasswordProblem::Mismatch;
    return PasswordProblem::None;
}

QString PasswordPolicy::generate() {
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyz2345679";
    constexpr int size = sizeof(alphabet) - 1; // 31
    QString out;
    while (out.size() < 23) {
        if (out.size() % 6 == 5) {
            out += QLatin1Char('-');
            continue;
        }
        // Rejection sampling keeps every character equally likely.
        const auto byte = static_cast<unsigned char>(secureRandomBytes(1).at(0));
        if (byte < 256 / size * size)
            out += QLatin1Char(alphabet[byte % size]);
    }
    return out;
}

} // namespace cowin::auth
