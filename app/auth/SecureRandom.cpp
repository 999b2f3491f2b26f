// SPDX-License-Identifier: Apache-2.0
#include "auth/SecureRandom.h"

#include <cstdlib>
#include <memory>
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
    sha256Into({std::string_view(bytes.constData(), static_cast<size_t>(bytes.size()))},
               reinterpret_cast<unsigned char *>(digest.data()));
    return digest;
}

void sha256Into(std::initializer_list<std::string_view> parts, unsigned char *digest) {
    static EVP_MD *const implementation = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    thread_local const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX *)> context(
        EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_MD_CTX *ctx = context.get();
    unsigned int length = 0;
    bool done = implementation && ctx && EVP_DigestInit_ex(ctx, implementation, nullptr) == 1;
    for (std::string_view part : parts)
        done = done && EVP_DigestUpdate(ctx, part.data(), part.size()) == 1;
    // A digest that cannot be taken must not pass for one: no caller can go on without it.
    if (!done || EVP_DigestFinal_ex(ctx, digest, &length) != 1 || length != 32)
        std::abort();
}

QString cryptoLibraryVersion() {
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace cowin::auth
