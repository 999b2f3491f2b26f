// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/Checkpoint.h"

#include <QString>
#include <optional>

namespace cowin::audit {

// An auditor's signing key kept in a PEM file only its owner may read, where no OS keychain
// is at hand (a server, a locked-down desktop): cowin-admin checkpoint/export-audit
// --key-file and the console's "Use a key file…" read the same files.
class AuditorKeyFile {
public:
    // The key in path. Refused, with the reason in problem, when the file cannot be read,
    // holds no Ed25519 private key, or others than its owner may read it.
    static std::optional<AuditorKey> read(const QString &path, QString &problem);
    // A new key written to path (which must not exist), readable by its owner only.
    static std::optional<AuditorKey> create(const QString &path, QString &problem);
};

} // namespace cowin::audit
