// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QStringList>
#include <initializer_list>
#include <optional>

class QTableWidget;

namespace cowin::ui {

// A table of facts to read, not edit: whole rows selected, the last column taking the rest of
// the width, each cell's text also its tooltip (a narrow column still shows all of it).
void setUpReadOnlyTable(QTableWidget *table, const QStringList &headers,
                        std::initializer_list<int> columnWidths);
void setReadOnlyRow(QTableWidget *table, int row, const QStringList &cells,
                    std::optional<QColor> foreground = std::nullopt);

} // namespace cowin::ui
