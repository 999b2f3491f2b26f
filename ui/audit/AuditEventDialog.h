// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEvent.h"

#include <QDialog>

namespace cowin::ui {

// One audit event in full: every field, the change it recorded as a field-by-field before and
// after, the facts recorded with it (names as they were then), its place in the chain, and
// links to everything about the same target or by the same operator.
class AuditEventDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuditEventDialog(const audit::AuditEvent &event, QWidget *parent = nullptr);

Q_SIGNALS:
    void showEventsFor(const QString &targetType, const QString &targetId);
    void showEventsBy(const QString &actor);
    void openTarget(const QString &targetType, const QString &targetId);
};

} // namespace cowin::ui
