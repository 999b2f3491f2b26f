// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QWidget;

namespace cowin::ui {

// Keeps a window's size, position and the state of its named splitters between runs (in
// QSettings, under windows/<object name>): restored once the window is built (before it is
// shown), kept whenever it is hidden or closed. Geometry only: nothing an operator typed.
class WindowMemory : public QObject {
    Q_OBJECT
public:
    // window must have an object name; so must each splitter to remember.
    explicit WindowMemory(QWidget *window);

    void restore();
    void keep() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    bool m_restored = false;
};

} // namespace cowin::ui
