// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace cowin::ui {

class AuditedAction;

// Above a form that edits what others may change at the same time: when a save finds a newer
// version, it says so and offers to read theirs; what was typed stays, and the next save
// applies it on top of their change.
class StaleNotice : public QWidget {
    Q_OBJECT
public:
    // The label is named prefix + "Stale", the button prefix + "Reload".
    StaleNotice(const QString &objectPrefix, QWidget *parent);

    // A stale version refused by action is announced with these words.
    void watch(AuditedAction *action, const QString &changed);
    // Their version was read: it is described, and the offer goes.
    void reloaded(const QString &theirs);
    void setReloading(bool reloading);

Q_SIGNALS:
    void reloadRequested();

private:
    QLabel *m_text;
    QPushButton *m_reload;
};

} // namespace cowin::ui
