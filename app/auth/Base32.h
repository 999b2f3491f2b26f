// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace cowin::auth {

// RFC 4648 base32 (upper-case alphabet). Authenticator apps expect it without padding.
QString base32Encode(const QByteArray &bytes, bool pad = false);

// Accepts lower case, spaces, hyphens and optional padding, as people type them.
// Returns nothing for any other character or an impossible length.
std::optional<QByteArray> base32Decode(const QString &text);

// "JBSW Y3DP EHPK 3PXP" — groups of four for reading aloud or typing by hand.
QString groupForReading(const QString &text, int groupSize = 4, QChar separator = QLatin1Char(' '));

} // namespace cowin::auth
