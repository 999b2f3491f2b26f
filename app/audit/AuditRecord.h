// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace cowin::audit {

// One row of audit.event in the text forms the canonical encoding is defined on
// (docs/audit-chain.md). Optional fields are SQL NULL.
struct AuditRecord {
    qint64 id = 0;
    QString occurredAtUtc; // "2026-11-23T02:11:35.123456Z"
    QString actor;
    std::optional<QString> clientAddr;
    std::optional<QString> applicationName;
    QString action;
    std::optional<QString> targetType;
    std::optional<QString> targetId;
    std::optional<QString> reason;
    std::optional<QString> details; // jsonb as PostgreSQL renders it
    QByteArray prevHash;            // 32 bytes
    QByteArray hash;                // 32 bytes
};

} // namespace cowin::audit
