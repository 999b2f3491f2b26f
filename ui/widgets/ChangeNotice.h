// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>

class QTimer;

namespace cowin::ui {

// A brief confirmation of the change just made, and what comes next ("The account was
// created. It has no password yet…"): shown above the work until the next change is said or
// a minute has passed.
class ChangeNotice : public QLabel {
    Q_OBJECT
public:
    static constexpr int kShownMs = 60 * 1000;

    ChangeNotice(const QString &objectName, QWidget *parent);
    void say(const QString &text);

private:
    QTimer *m_timer;
};

} // namespace cowin::ui
