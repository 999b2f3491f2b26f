// SPDX-License-Identifier: Apache-2.0
#include "auth/Totp.h"

#include <QDateTime>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace cowin::auth {

namespace {
const EVP_MD *digestFor(HashAlgorithm algorithm) {
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return EVP_sha1();
    case HashAlgorithm::Sha256:
        return EVP_sha256();
    case HashAlgorithm::Sha512:
        return EVP_sha512();
    }
    return EVP_sha1();
}
} // namespace

QString hotp(const QByteArray &secret, quint64 counter, int digits, HashAlgorithm algorithm) {
    unsigned char message[8];
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<unsigned char>(counter & 0xff);
        counter >>= 8;
    }
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    HMAC(digestFor(algorithm), secret.constData(), static_cast<int>(secret.size()), message,
         sizeof message, mac, &macLength);

    const unsigned offset = mac[macLength - 1] & 0x0f;
    const quint32 binary = (static_cast<quint32>(mac[offset] & 0x7f) << 24) |
                           (static_cast<quint32>(mac[offset + 1]) << 16) |
                           (static_cast<quint32>(mac[offset + 2]) << 8) |
                           static_cast<quint32>(mac[offset + 3]);
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

Totp::Totp(QByteArray secret, Clock clock, int stepSeconds, int digits, HashAlgorithm algorithm)
    : m_secret(std::move(secret))
    , m_clock(std::move(clock))
    , m_step(stepSeconds)
    , m_digits(digits)
    , m_algorithm(algorithm) {}

Totp::Clock Totp::systemClock() {
    return [] { return QDateTime::currentSecsSinceEpoch(); };
}

QString Totp::codeAt(qint64 unixTime) const {
    return codeForStep(stepAt(unixTime));
}

QString Totp::codeForStep(qint64 step) const {
    return hotp(m_secret, static_cast<quint64>(step), m_digits, m_algorithm);
}

} // namespace cowin::auth
