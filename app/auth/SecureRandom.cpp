// SPDX-License-Identifier: Apache-2.0
#include "auth/SecureRandom.h"

#include <cstdlib>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace cowin::auth {

QByteArray secureRandomBytes(int count) {
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        std::abort();
    return bytes;
}

QByteArray sha256(const QByteArray &bytes) {
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(bytes.constData(), static_cast<size_t>(bytes.size()),
               reinterpret_cast<unsigned char *>(digest.data()), &length, EVP_sha256(), nullptr);
    return digest;
}

QString cryptoLibraryVersion() {
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace cowin::auth
