// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <initializer_list>
#include <string_view>

namespace cowin::auth {

// Bytes from OpenSSL's CSPRNG. Aborts rather than return weak randomness.
QByteArray secureRandomBytes(int count);

QByteArray sha256(const QByteArray &bytes);
// The SHA-256 of the parts one after another, written to digest (32 bytes); for hot paths (the
// chain's verifier, the gateway's key check). OpenSSL's implementation is fetched once and each
// thread keeps a context: handed EVP_sha256() on every call, OpenSSL 3 looks the
// implementation up again under a lock all threads share (0.5 us a short hash on one thread,
// 1.4 us on each of two, against 0.14 and 0.37).
void sha256Into(std::initializer_list<std::string_view> parts, unsigned char *digest);

// The OpenSSL library in use, as it names itself ("OpenSSL 3.0.15 3 Sep 2024").
QString cryptoLibraryVersion();

} // namespace cowin::auth
