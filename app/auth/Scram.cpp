// SPDX-License-Identifier: Apache-2.0
#include "auth/Scram.h"

#include <QList>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

namespace cowin::auth {

namespace {
bool mappedToSpace(char32_t c) { // RFC 3454 C.1.2
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

bool mappedToNothing(char32_t c) { // RFC 3454 B.1
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) ||
           (c >= 0x200B && c <= 0x200D) || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) ||
           c == 0xFEFF;
}

bool prohibited(char32_t c) { // the controls and private use of RFC 4013's tables, in short
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0xE000 && c <= 0xF8FF) ||
           (c >= 0xFFF9 && c <= 0xFFFD) || c >= 0xF0000;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message) {
    QByteArray out(SHA256_DIGEST_LENGTH, '\0');
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(message.constData()),
         static_cast<size_t>(message.size()), reinterpret_cast<unsigned char *>(out.data()),
         &length);
    return out;
}
} // namespace

QByteArray saslPrepared(const QString &password) {
    const QByteArray raw = password.toUtf8();
    bool ascii = true;
    for (char ch : raw)
        ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
    if (ascii)
        return raw;
    QString mapped;
    for (char32_t c : password.toUcs4()) {
        if (mappedToNothing(c))
            continue;
        const char32_t one = mappedToSpace(c) ? U' ' : c;
        mapped += QString::fromUcs4(&one, 1);
    }
    const QString normalized = mapped.normalized(QString::NormalizationForm_KC);
    for (char32_t c : normalized.toUcs4()) {
        if (prohibited(c))
            return raw;
    }
    return normalized.isEmpty() ? raw : normalized.toUtf8();
}

QByteArray scramSha256Verifier(const QString &password, const QByteArray &salt, int iterations) {
    const QByteArray prepared = saslPrepared(password);
    QByteArray salted(SHA256_DIGEST_LENGTH, '\0');
    if (iterations < 1 ||
        PKCS5_PBKDF2_HMAC(prepared.constData(), static_cast<int>(prepared.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          static_cast<int>(salt.size()), iterations, EVP_sha256(),
                          static_cast<int>(salted.size()),
                          reinterpret_cast<unsigned char *>(salted.data())) != 1)
        return {};
    const QByteArray clientKey = hmacSha256(salted, QByteArrayLiteral("Client Key"));
    QByteArray storedKey(SHA256_DIGEST_LENGTH, '\0');
    SHA256(reinterpret_cast<const unsigned char *>(clientKey.constData()),
           static_cast<size_t>(clientKey.size()),
           reinterpret_cast<unsigned char *>(storedKey.data()));
    const QByteArray serverKey = hmacSha256(salted, QByteArrayLiteral("Server Key"));
    return "SCRAM-SHA-256$" + QByteArray::number(iterations) + ':' + salt.toBase64() + '$' +
           storedKey.toBase64() + ':' + serverKey.toBase64();
}

} // namespace cowin::auth
