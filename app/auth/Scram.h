// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace cowin::auth {

// A SCRAM-SHA-256 verifier (RFC 5802, RFC 7677) in PostgreSQL's form,
// "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>", for a given salt and iteration
// count. The console sends PostgreSQL verifiers made by libpq with a fresh salt; this one, made
// with the current verifier's salt (which SCRAM tells any client that logs in), lets the server
// see that a new password is not the current one without ever receiving a password.
// The password is prepared as libpq does (SASLprep: ASCII as it is; otherwise spaces mapped,
// invisible characters dropped, NFKC; the raw bytes when that leaves a prohibited character).
QByteArray scramSha256Verifier(const QString &password, const QByteArray &salt, int iterations);

QByteArray saslPrepared(const QString &password);

} // namespace cowin::auth
