// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QObject>

class QTableView;

namespace cowin::ui {

// Keeps every shown column of a table in sight, with no sideways scrolling: when the columns
// need more than the table is wide (a narrow window, a larger text size, Hindi headings), the
// columns give up width in proportion and their cells elide (a cell's tooltip has the whole
// text); when the table grows again each column gets back the width it was given, by the code
// or by the operator dragging its edge, grown in proportion to the text size.
class ColumnsFitWidth : public QObject {
    Q_OBJECT
public:
    static void keep(QTableView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ColumnsFitWidth(QTableView *view);
    void fitSoon();
    void fit();

    QTableView *m_view;
    double charWidth() const;

    // logical column -> the width it was last given, not by fit(), in average characters: a
    // larger text size makes every column wider in proportion.
    QHash<int, double> m_wanted;
    bool m_fitting = false;
    bool m_pending = false;
};

} // namespace cowin::ui
