// SPDX-License-Identifier: Apache-2.0
#include "auth/Base32.h"

namespace cowin::auth {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(char c) {
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= '2' && c <= '7')
        return c - '2' + 26;
    return -1;
}
} // namespace

QString base32Encode(const QByteArray &bytes, bool pad) {
    QString out;
    out.reserve((bytes.size() * 8 + 4) / 5 + 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1f]));
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]));
    if (pad) {
        while (out.size() % 8 != 0)
            out.append(QLatin1Char('='));
    }
    return out;
}

std::optional<QByteArray> base32Decode(const QString &text) {
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    int symbols = 0;
    bool paddingSeen = false;
    for (const QChar qc : text) {
        if (qc == QLatin1Char(' ') || qc == QLatin1Char('-'))
            continue;
        if (qc == QLatin1Char('=')) {
            paddingSeen = true;
            continue;
        }
        if (paddingSeen || qc.unicode() > 0x7f)
            return std::nullopt;
        const int v = valueOf(static_cast<char>(qc.toUpper().unicode()));
        if (v < 0)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<quint32>(v);
        bits += 5;
        ++symbols;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    // Lengths 1, 3 and 6 (mod 8) cannot come from whole bytes.
    const int rest = symbols % 8;
    if (rest == 1 || rest == 3 || rest == 6)
        return std::nullopt;
    return out;
}

QString groupForReading(const QString &text, int groupSize, QChar separator) {
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        if (i > 0 && i % groupSize == 0)
            out.append(separator);
        out.append(text.at(i));
    }
    return out;
}

} // namespace cowin::auth
