// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFont>
#include <QString>

class QLabel;
class QWidget;

namespace cowin::ui {

// A word-wrapped label for an error next to the field it is about.
QLabel *makeErrorLabel(const QString &objectName, QWidget *parent);

// Codes and keys are read character by character: monospace, a little larger.
QFont codeFont(qreal scale = 1.2);

} // namespace cowin::ui
