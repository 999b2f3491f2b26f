// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QScrollArea>

namespace cowin::ui {

// A details pane beside a list: it scrolls up and down when the window is too short for it (a
// larger text size, a long account history) but never sideways, and beside the list in a
// splitter it is never made narrower than its contents need.
class DetailScrollArea : public QScrollArea {
    Q_OBJECT
public:
    // minimumChars: the narrowest the pane may be, in average characters of its font (text
    // that wraps has no width of its own); it grows with the text size.
    DetailScrollArea(QWidget *pane, int minimumChars, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

private:
    int m_minimumChars;
};

} // namespace cowin::ui
