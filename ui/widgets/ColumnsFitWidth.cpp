// SPDX-License-Identifier: Apache-2.0
#include "widgets/ColumnsFitWidth.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <algorithm>

namespace cowin::ui {

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
    connect(header, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (m_fitting || size == 0) // 0: hidden; it keeps its width for when it is shown
            return;
        m_wanted.insert(logical, size);
        fitSoon();
    });
    connect(header, &QHeaderView::sectionCountChanged, this, &ColumnsFitWidth::fitSoon);
    connect(header, &QHeaderView::sectionMoved, this, &ColumnsFitWidth::fitSoon);
    fitSoon();
}

bool ColumnsFitWidth::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitSoon();
    return false;
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
    const int available = m_view->viewport()->width();
    if (available <= 0)
        return;
    // The stretched columns and those sized to their contents take what they take; the
    // others share what is left.
    int lastShown = -1;
    for (int visual = header->count() - 1; visual >= 0 && lastShown < 0; --visual)
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            lastShown = header->logicalIndex(visual);
    int reserved = 0;
    qint64 wantedTotal = 0;
    QList<int> shared;
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const QHeaderView::ResizeMode mode = header->sectionResizeMode(logical);
        if ((logical == lastShown && header->stretchLastSection()) ||
            mode == QHeaderView::Stretch) {
            reserved += header->minimumSectionSize();
        } else if (mode == QHeaderView::ResizeToContents || mode == QHeaderView::Fixed) {
            reserved += header->sectionSize(logical);
        } else {
            shared << logical;
            wantedTotal += m_wanted.value(logical, header->sectionSize(logical));
        }
    }
    if (shared.isEmpty() || wantedTotal <= 0)
        return;
    // What a stretched last column keeps for itself shows only once the others are resized;
    // another pass takes the rest of the excess.
    double scale = std::min(1.0, double(available - reserved) / double(wantedTotal));
    m_fitting = true;
    for (int pass = 0; pass < 4; ++pass) {
        for (int logical : shared) {
            const int wanted = m_wanted.value(logical, header->sectionSize(logical));
            m_wanted.insert(logical, wanted);
            const int width = std::max(header->minimumSectionSize(), int(wanted * scale));
            if (header->sectionSize(logical) != width)
                header->resizeSection(logical, width);
        }
        const int excess = header->length() - available;
        if (excess <= 0 || scale <= 0)
            break;
        // Widths are whole pixels: a pixel more each covers the rounding.
        scale = std::max(0.0, scale - double(excess + shared.size()) / double(wantedTotal));
    }
    m_fitting = false;
}

} // namespace cowin::ui
