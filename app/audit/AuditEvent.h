// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditRecord.h"

#include <QDateTime>
#include <QList>
#include <QPair>

namespace cowin::audit {

// One event as a search finds it: the stored fields in the canonical text forms (so it can be
// exported and checked far from here), its time, and whether it records a failure.
struct AuditEvent {
    AuditRecord record;
    QDateTime occurredAt;
    bool failure = false;
    // What people call the target recorded by internal id (a login id, a key prefix, a
    // partner's name); not part of the chain.
    std::optional<QString> targetLabel;
};

// Events in one minute, hour or day of the activity chart.
struct ActivityBar {
    QDateTime start;
    qint64 events = 0;
    qint64 failures = 0;
};

// The record an export writes before its first row, and the head the export ends at: that
// record once the sealer has chained it (every event below it is then sealed too).
struct ExportStart {
    qint64 exportId = 0;
    qint64 lastId = 0;
    QByteArray lastHash;
    qint64 events = 0;
};

// How far the sealer has chained the trail: its head, and the committed events after it that
// are not tamper-evident yet.
struct SealStatus {
    qint64 headPosition = 0;
    qint64 headEventId = 0;
    QString headHashHex;
    QDateTime sealedAt;
    QDateTime checkedAt; // when the sealer last ran
    qint64 unsealed = 0; // counted up to 100,000
    qint64 oldestUnsealedId = 0;
    QDateTime oldestUnsealedAt;
    double lagSeconds = 0;
};

// An event's details (jsonb) read for people: the fields that changed, before and after, and
// the facts recorded with it (such as the name the target had then).
struct FieldChange {
    QString field; // "after.must_change_password" flattened to "must_change_password"
    QString before;
    QString after;
    bool changed = false;
};

struct EventDetails {
    QList<FieldChange> changes;
    QList<QPair<QString, QString>> facts;
    bool readable = true; // false: not a JSON object, shown as stored
};

EventDetails readDetails(const std::optional<QString> &details);

} // namespace cowin::audit
