// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace cowin::auth {

enum class HashAlgorithm { Sha1, Sha256, Sha512 };

// RFC 4226 HOTP: dynamic truncation of HMAC(secret, counter as 8 bytes big-endian).
QString hotp(const QByteArray &secret, quint64 counter, int digits = 6,
             HashAlgorithm algorithm = HashAlgorithm::Sha1);

// RFC 6238 TOTP with T0 = 0. The server is the judge of time; this side computes codes for
// display (the demo panel) and for tests.
class Totp {
public:
    using Clock = std::function<qint64()>; // seconds since the Unix epoch

    explicit Totp(QByteArray secret, Clock clock = systemClock(), int stepSeconds = 30,
                  int digits = 6, HashAlgorithm algorithm = HashAlgorithm::Sha1);

    static Clock systemClock();

    qint64 stepAt(qint64 unixTime) const { return unixTime / m_step; }
    QString codeAt(qint64 unixTime) const;
    QString codeForStep(qint64 step) const;
    QString now() const { return codeAt(m_clock()); }
    int secondsLeft() const { return m_step - static_cast<int>(m_clock() % m_step); }

private:
    QByteArray m_secret;
    Clock m_clock;
    int m_step;
    int m_digits;
    HashAlgorithm m_algorithm;
};

} // namespace cowin::auth
