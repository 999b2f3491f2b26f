// SPDX-License-Identifier: Apache-2.0
#include "widgets/DetailScrollArea.h"

#include <QScrollBar>
#include <algorithm>

namespace cowin::ui {

DetailScrollArea::DetailScrollArea(QWidget *pane, int minimumChars, QWidget *parent)
    : QScrollArea(parent)
    , m_minimumChars(minimumChars) {
    setWidget(pane);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (!pane->accessibleName().isEmpty())
        setAccessibleName(pane->accessibleName());
}

QSize DetailScrollArea::minimumSizeHint() const {
    // A scroll area's own minimum is a few pixels: the splitter would squeeze the pane.
    QSize hint = QScrollArea::minimumSizeHint();
    if (!widget())
        return hint;
    const int pane = std::max(widget()->minimumSizeHint().width(),
                              widget()->fontMetrics().averageCharWidth() * m_minimumChars);
    hint.setWidth(pane + verticalScrollBar()->sizeHint().width() + 2 * frameWidth());
    return hint;
}

} // namespace cowin::ui
