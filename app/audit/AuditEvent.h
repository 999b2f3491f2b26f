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
};

// Events in one minute, hour or day of the activity chart.
struct ActivityBar {
    QDateTime start;
    qint64 events = 0;
    qint64 failures = 0;
};

// The record an export writes before its first row, and the head the export ends at.
struct ExportStart {
    qint64 exportId = 0;
    qint64 lastId = 0;
    QByteArray lastHash;
    qint64 events = 0;
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
