// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;
class QMenu;
class QWidget;

namespace cowin::ui {

// The text size an operator chose (View > Larger text), a step on a short scale of percentages
// of the desktop's own font. Every window follows a change at once; the choice is kept between
// runs in QSettings (view/textSize), like a window's geometry: nothing an operator typed.
class TextSize {
    Q_DECLARE_TR_FUNCTIONS(TextSize)
public:
    static QList<int> steps(); // percentages, smallest first; 100 is the desktop's size
    static int current();

    // Apply the remembered size; called once the application's own font is settled.
    static void restore();
    static void set(int percent); // clamped to the nearest step; kept
    static bool larger();         // false when already at the largest step
    static bool smaller();
    static void reset();

    // Larger text, Smaller text and Normal text size with their shortcuts, working anywhere in
    // window, and listed in menu when there is one. Each is enabled only when it would change
    // something.
    static void addActions(QWidget *window, QMenu *menu = nullptr);
};

// Keeps w's font at scale × the application's point size (monospace when asked), also after
// the text size changes: a code field or a heading grows with the rest.
void keepScaledFont(QWidget *w, qreal scale, bool monospace = false);

} // namespace cowin::ui
