// SPDX-License-Identifier: Apache-2.0
#include "widgets/ReadOnlyTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace cowin::ui {

void setUpReadOnlyTable(QTableWidget *table, const QStringList &headers,
                        std::initializer_list<int> columnWidths) {
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    int column = 0;
    for (int width : columnWidths)
        table->setColumnWidth(column++, width);
}

void setReadOnlyRow(QTableWidget *table, int row, const QStringList &cells,
                    std::optional<QColor> foreground) {
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(cells.at(column));
        if (foreground)
            item->setForeground(*foreground);
        table->setItem(row, column, item);
    }
}

} // namespace cowin::ui
