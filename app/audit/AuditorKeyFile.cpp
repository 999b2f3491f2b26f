// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditorKeyFile.h"

#include <QFile>
#include <QFileInfo>

namespace cowin::audit {

std::optional<AuditorKey> AuditorKeyFile::read(const QString &path, QString &problem) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem = QStringLiteral("cannot read the key file %1").arg(path);
        return std::nullopt;
    }
    // A private key others can read is no longer only its owner's signature.
    const QFileDevice::Permissions shared = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (file.permissions() & shared) {
        problem = QStringLiteral("others may read the key file %1; allow its owner only "
                                 "(chmod 600) and think of the key as seen")
                      .arg(path);
        return std::nullopt;
    }
    std::optional<AuditorKey> key = AuditorKey::fromPem(file.readAll());
    if (!key)
        problem = QStringLiteral("%1 holds no Ed25519 private key").arg(path);
    return key;
}

std::optional<AuditorKey> AuditorKeyFile::create(const QString &path, QString &problem) {
    if (QFileInfo::exists(path)) {
        problem = QStringLiteral("%1 exists already; a new key goes to a new file").arg(path);
        return std::nullopt;
    }
    std::optional<AuditorKey> key = AuditorKey::generate();
    QFile file(path);
    // Readable by its owner from the moment it exists: created empty, restricted, then written.
    if (!key || !file.open(QIODevice::NewOnly | QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(key->toPem()) < 0 || !file.flush()) {
        problem = QStringLiteral("cannot write a new key to %1").arg(path);
        return std::nullopt;
    }
    return key;
}

} // namespace cowin::audit
