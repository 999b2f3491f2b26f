// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QVector>

namespace cowin::auth {

// A QR code as a square of dark/light modules, made locally with libqrencode: the secret in
// an otpauth:// URI never goes to a network service. Rendering belongs to the UI.
class QrCode {
public:
    static QrCode encode(const QString &text);

    bool isValid() const { return m_size > 0; }
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace cowin::auth
