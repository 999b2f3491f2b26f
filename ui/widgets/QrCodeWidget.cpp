// SPDX-License-Identifier: Apache-2.0
#include "widgets/QrCodeWidget.h"

#include <QPainter>

namespace cowin::ui {

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent) {
    setMinimumSize(180, 180);
    setAccessibleName(tr("QR code for your authenticator app"));
}

void QrCodeWidget::setText(const QString &text) {
    m_code = auth::QrCode::encode(text);
    update();
}

void QrCodeWidget::clear() {
    m_code = {};
    update();
}

void QrCodeWidget::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    const int side = qMin(width(), height());
    const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
    painter.fillRect(square, Qt::white);
    if (!m_code.isValid())
        return;
    constexpr int kQuietZone = 4;
    const int modules = m_code.size() + 2 * kQuietZone;
    const int cell = side / modules;
    const int offset = (side - cell * modules) / 2 + kQuietZone * cell;
    for (int y = 0; y < m_code.size(); ++y)
        for (int x = 0; x < m_code.size(); ++x)
            if (m_code.isDark(x, y))
                painter.fillRect(square.x() + offset + x * cell, square.y() + offset + y * cell,
                                 cell, cell, Qt::black);
}

} // namespace cowin::ui
