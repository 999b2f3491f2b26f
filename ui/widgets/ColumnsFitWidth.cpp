// SPDX-License-Identifier: Apache-2.0
#include "widgets/ColumnsFitWidth.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <algorithm>

namespace cowin::ui {

namespace {
bool isStretched(const QHeaderView *header, int logical) {
    if (header->sectionResizeMode(logical) == QHeaderView::Stretch)
        return true;
    if (!header->stretchLastSection())
        return false;
    for (int visual = header->count() - 1; visual >= 0; --visual) {
        const int shown = header->logicalIndex(visual);
        if (!header->isSectionHidden(shown))
            return shown == logical;
    }
    return false;
}

// The largest width w such that the columns, each at min(wanted, w), fill no more than room.
int widthCap(QList<int> wanted, int room) {
    std::sort(wanted.begin(), wanted.end());
    for (int i = 0; i < wanted.size(); ++i) {
        const int left = static_cast<int>(wanted.size()) - i;
        if (wanted.at(i) * left > room)
            return std::max(0, room / left);
        room -= wanted.at(i);
    }
    return wanted.isEmpty() ? 0 : wanted.last();
}
} // namespace

void ColumnsFitWidth::keep(QTableView *view) {
    new ColumnsFitWidth(view);
}

ColumnsFitWidth::ColumnsFitWidth(QTableView *view)
    : QObject(view)
    , m_view(view) {
    QHeaderView *header = view->horizontalHeader();
    view->setTextElideMode(Qt::ElideRight);
    header->setTextElideMode(Qt::ElideRight);
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this, header](int logical, int, int size) {
        // 0: hidden; it keeps its width for when it is shown. A stretched column's width is
        // Qt's, not a choice to keep.
        if (m_fitting || size == 0 || isStretched(header, logical))
            return;
        m_wanted.insert(logical, size / charWidth());
        fitSoon();
    });
    connect(header, &QHeaderView::sectionCountChanged, this, &ColumnsFitWidth::fitSoon);
    connect(header, &QHeaderView::sectionMoved, this, &ColumnsFitWidth::fitSoon);
    fitSoon();
}

bool ColumnsFitWidth::eventFilter(QObject *watched, QEvent *event) {
    if ((watched == m_view->viewport() && event->type() == QEvent::Resize) ||
        (watched == m_view && event->type() == QEvent::FontChange))
        fitSoon();
    return false;
}

double ColumnsFitWidth::charWidth() const {
    return std::max(1, m_view->fontMetrics().averageCharWidth());
}

void ColumnsFitWidth::fitSoon() {
    if (m_pending)
        return;
    m_pending = true;
    // After the layout pass that caused it, once, however many changes came together.
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        fit();
    });
}

void ColumnsFitWidth::fit() {
    QHeaderView *header = m_view->horizontalHeader();
    // One pixel to spare: a header one pixel wider than the viewport already scrolls sideways.
    const int available = m_view->viewport()->width() - 1;
    if (available <= 0)
        return;
    // The stretched columns and those sized to their contents take what they take; the
    // others share what is left.
    int lastShown = -1;
    for (int visual = header->count() - 1; visual >= 0 && lastShown < 0; --visual)
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            lastShown = header->logicalIndex(visual);
    int reserved = 0;
    QList<int> shared;
    QList<int> wanted;
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const QHeaderView::ResizeMode mode = header->sectionResizeMode(logical);
        if ((logical == lastShown && header->stretchLastSection()) ||
            mode == QHeaderView::Stretch) {
            // Enough for a word of its heading: a stretched column is often the reason.
            reserved += std::max(header->minimumSectionSize(), static_cast<int>(10 * charWidth()));
        } else if (mode == QHeaderView::ResizeToContents || mode == QHeaderView::Fixed) {
            reserved += header->sectionSize(logical);
        } else {
            shared << logical;
            if (!m_wanted.contains(logical))
                m_wanted.insert(logical, header->sectionSize(logical) / charWidth());
            wanted << static_cast<int>(m_wanted.value(logical) * charWidth());
        }
    }
    if (shared.isEmpty())
        return;
    // The widest give way first: every column gets what it wants up to a common cap, so a
    // date or a status keeps its width while a long name or reason is shortened.
    int room = available - reserved;
    m_fitting = true;
    // What a stretched last column keeps for itself shows only once the others are resized;
    // another pass takes the rest of the excess.
    for (int pass = 0; pass < 4; ++pass) {
        const int cap = widthCap(wanted, room);
        for (int i = 0; i < shared.size(); ++i) {
            const int width = std::max(header->minimumSectionSize(), std::min(wanted.at(i), cap));
            if (header->sectionSize(shared.at(i)) != width)
                header->resizeSection(shared.at(i), width);
        }
        const int excess = header->length() - available;
        if (excess <= 0 || cap <= header->minimumSectionSize())
            break;
        room -= excess;
    }
    m_fitting = false;
}

} // namespace cowin::ui
