// SPDX-License-Identifier: Apache-2.0
#include "auth/QrCode.h"

#include <qrencode.h>

namespace cowin::auth {

QrCode QrCode::encode(const QString &text) {
    QrCode code;
    QRcode *qr = QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!qr)
        return code;
    code.m_size = qr->width;
    code.m_modules.resize(qr->width * qr->width);
    for (int i = 0; i < qr->width * qr->width; ++i)
        code.m_modules[i] = (qr->data[i] & 1) != 0;
    QRcode_free(qr);
    return code;
}

} // namespace cowin::auth
