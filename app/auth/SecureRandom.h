// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace cowin::auth {

// Bytes from OpenSSL's CSPRNG. Aborts rather than return weak randomness.
QByteArray secureRandomBytes(int count);

QByteArray sha256(const QByteArray &bytes);

} // namespace cowin::auth
