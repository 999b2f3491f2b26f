// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditRecord.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSaveFile>
#include <optional>

namespace cowin::audit {

// One event as a line of JSON (evidence exports and month archives: docs/audit-evidence.md):
// the exact stored text forms and the hashes in hex, and whether it records a failure when
// the reader asked for that.
QByteArray eventJsonLine(const AuditRecord &record, std::optional<bool> failure = std::nullopt);
AuditRecord eventRecordIn(const QJsonObject &line);

// A file written through a running SHA-256, so a manifest names what is on disk; nothing
// appears under its name until commit().
class HashedFile {
public:
    explicit HashedFile(const QString &path)
        : m_file(path) {}
    bool open() { return m_file.open(QIODevice::WriteOnly); }
    bool write(const QByteArray &bytes);
    bool commit() { return m_file.commit(); }
    // name, sha256 (hex) and bytes, as a manifest lists a file.
    QJsonObject entry(const QString &name) const;
    QString errorString() const { return m_file.errorString(); }

private:
    QSaveFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_bytes = 0;
};

} // namespace cowin::audit
