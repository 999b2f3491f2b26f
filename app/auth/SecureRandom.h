// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace cowin::auth {

// Bytes from OpenSSL's CSPRNG. Aborts rather than return weak randomness.
QByteArray secureRandomBytes(int count);

QByteArray sha256(const QByteArray &bytes);

// The OpenSSL library in use, as it names itself ("OpenSSL 3.0.15 3 Sep 2024").
QString cryptoLibraryVersion();

} // namespace cowin::auth
