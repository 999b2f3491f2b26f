// SPDX-License-Identifier: Apache-2.0
#include "widgets/Style.h"

#include <QLabel>

namespace cowin::ui {

QLabel *makeErrorLabel(const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    return label;
}

QFont codeFont(qreal scale) {
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(mono.pointSizeF() * scale);
    return mono;
}

} // namespace cowin::ui
