// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEvent.h"

#include <QDialog>
#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

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

private:
    QFormLayout *buildFields(const audit::AuditEvent &event);
    // What the filter's target field shows for this event's target.
    static QString filterText(const audit::AuditEvent &event);
    QPushButton *linkButton(const QString &text, const QString &name,
                            const std::function<void()> &follow);
    void addDetails(QVBoxLayout *layout, const audit::AuditRecord &r);
    QTableWidget *filledTable(const QString &name, const QStringList &headers,
                              const QList<QStringList> &rows, const QList<bool> &boldRows);
    QLabel *chainLabel(const audit::AuditRecord &r);
};

} // namespace cowin::ui
