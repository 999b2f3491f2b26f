// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/QrCode.h"

#include <QWidget>

namespace cowin::ui {

// Paints a QR code with a quiet zone, black on white whatever the theme, so phone cameras
// read it.
class QrCodeWidget : public QWidget {
    Q_OBJECT
public:
    explicit QrCodeWidget(QWidget *parent = nullptr);
    void setText(const QString &text);
    void clear();
    bool hasCode() const { return m_code.isValid(); }
    QSize sizeHint() const override { return {220, 220}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    auth::QrCode m_code;
};

} // namespace cowin::ui
