// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFont>
#include <QString>

class QAbstractItemView;
class QLabel;
class QWidget;

namespace cowin::ui {

// A word-wrapped label for an error next to the field it is about.
QLabel *makeErrorLabel(const QString &objectName, QWidget *parent);

// Codes and keys are read character by character: monospace, a little larger.
QFont codeFont(qreal scale = 1.2);

// Makes row the current, selected row of a row-selecting view. Unlike QTableView::selectRow,
// it does not depend on which column is scrolled into sight, or on the view being laid out.
void selectWholeRow(QAbstractItemView *view, int row);

} // namespace cowin::ui
