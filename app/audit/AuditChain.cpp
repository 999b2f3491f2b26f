// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditChain.h"

#include "auth/SecureRandom.h"

#include <QtEndian>
#include <array>
#include <charconv>
#include <cstring>
#include <limits>

namespace cowin::audit {

namespace {
void appendLength(QByteArray &out, quint32 n) {
    char length[4];
    qToBigEndian<quint32>(n, length);
    out.append(length, 4);
}

void appendBytes(QByteArray &out, QByteArrayView value) {
    appendLength(out, static_cast<quint32>(value.size()));
    out.append(value.data(), value.size());
}

// An AuditRecord's text fields in UTF-8, held while a view of them is encoded.
class Utf8Record {
public:
    explicit Utf8Record(const AuditRecord &r) {
        m_view.id = r.id;
        m_view.occurredAtUtc = keep(r.occurredAtUtc);
        m_view.actor = keep(r.actor);
        m_view.clientAddr = keep(r.clientAddr);
        m_view.applicationName = keep(r.applicationName);
        m_view.action = keep(r.action);
        m_view.targetType = keep(r.targetType);
        m_view.targetId = keep(r.targetId);
        m_view.reason = keep(r.reason);
        m_view.details = keep(r.details);
        m_view.prevHash = r.prevHash;
        m_view.hash = r.hash;
    }
    const AuditRecordView &view() const { return m_view; }

private:
    QByteArrayView keep(const QString &text) {
        QByteArray &held = m_texts[m_held++];
        held = text.toUtf8();
        return held;
    }
    std::optional<QByteArrayView> keep(const std::optional<QString> &text) {
        if (!text)
            return std::nullopt;
        return keep(*text);
    }
    std::array<QByteArray, 9> m_texts;
    size_t m_held = 0;
    AuditRecordView m_view;
};

// Two digits, or more for a year, written left to right.
char *writeDigits(char *at, qint64 value, int width) {
    char digits[20];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0);
    while (n < width)
        digits[n++] = '0';
    while (n > 0)
        *at++ = digits[--n];
    return at;
}
} // namespace

void AuditChain::appendField(QByteArray &out, const std::optional<QString> &value) {
    if (value)
        appendBytes(out, value->toUtf8());
    else
        appendLength(out, 0xffffffffu);
}

void AuditChain::canonicalBytes(const AuditRecordView &r, QByteArray &out) {
    char id[24];
    const QByteArrayView idText(id, std::to_chars(id, id + sizeof id, r.id).ptr - id);
    const QByteArrayView tag(kVersionTag);
    const auto length = [](const std::optional<QByteArrayView> &field) {
        return field ? field->size() : 0;
    };
    // Sized once and written in place, field by field: this runs millions of times a second.
    const qsizetype size = 11 * 4 + tag.size() + idText.size() + length(r.occurredAtUtc) +
                           r.actor.size() + length(r.clientAddr) + length(r.applicationName) +
                           r.action.size() + length(r.targetType) + length(r.targetId) +
                           length(r.reason) + length(r.details);
    if (out.size() != size)
        out.resize(size);
    char *at = out.data();
    const auto put = [&at](QByteArrayView field) {
        qToBigEndian<quint32>(static_cast<quint32>(field.size()), at);
        at += 4;
        if (!field.isEmpty()) {
            std::memcpy(at, field.data(), static_cast<size_t>(field.size()));
            at += field.size();
        }
    };
    const auto putOptional = [&at, &put](const std::optional<QByteArrayView> &field) {
        if (field) {
            put(*field);
        } else {
            qToBigEndian<quint32>(0xffffffffu, at);
            at += 4;
        }
    };
    put(tag);
    put(idText);
    putOptional(r.occurredAtUtc);
    put(r.actor);
    putOptional(r.clientAddr);
    putOptional(r.applicationName);
    put(r.action);
    putOptional(r.targetType);
    putOptional(r.targetId);
    putOptional(r.reason);
    putOptional(r.details);
}

QByteArray AuditChain::canonicalBytes(const AuditRecord &record) {
    QByteArray out;
    canonicalBytes(Utf8Record(record).view(), out);
    return out;
}

void AuditChain::hashInto(QByteArrayView prevHash, QByteArrayView body, char *digest) {
    auth::sha256Into({std::string_view(prevHash.data(), static_cast<size_t>(prevHash.size())),
                      std::string_view(body.data(), static_cast<size_t>(body.size()))},
                     reinterpret_cast<unsigned char *>(digest));
}

QByteArray AuditChain::computeHash(const QByteArray &prevHash, const AuditRecord &record) {
    QByteArray digest(32, Qt::Uninitialized);
    hashInto(prevHash, canonicalBytes(record), digest.data());
    return digest;
}

int AuditChain::utcText(qint64 micros, char *text) {
    constexpr qint64 kMicrosADay = 86400LL * 1000000LL;
    qint64 days = micros / kMicrosADay;
    qint64 ofDay = micros % kMicrosADay;
    if (ofDay < 0) {
        ofDay += kMicrosADay;
        --days;
    }
    // A verifier reads events in time order, most of them on the day of the one before: the
    // date's text is kept until the day changes.
    thread_local qint64 dateOf = std::numeric_limits<qint64>::min();
    thread_local char date[24];
    thread_local int dateLength = 0;
    if (days != dateOf) {
        // The proleptic Gregorian date of a day count, by 400-year eras counted from
        // 0000-03-01 (the leap day falls last in such a year). 2000-01-01 is day 730,425.
        const qint64 z = days + 730425;
        const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
        const qint64 dayOfEra = z - era * 146097;
        const qint64 yearOfEra =
            (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        const qint64 monthFromMarch = (5 * dayOfYear + 2) / 153;
        const qint64 day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
        const qint64 month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
        const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        char *at = writeDigits(date, year, 4);
        *at++ = '-';
        at = writeDigits(at, month, 2);
        *at++ = '-';
        at = writeDigits(at, day, 2);
        *at++ = 'T';
        dateLength = static_cast<int>(at - date);
        dateOf = days;
    }
    std::memcpy(text, date, static_cast<size_t>(dateLength));
    char *at = text + dateLength;
    const auto two = [&at](qint64 value) {
        *at++ = static_cast<char>('0' + value / 10);
        *at++ = static_cast<char>('0' + value % 10);
    };
    const qint64 seconds = ofDay / 1000000;
    two(seconds / 3600);
    *at++ = ':';
    two(seconds / 60 % 60);
    *at++ = ':';
    two(seconds % 60);
    *at++ = '.';
    at = writeDigits(at, ofDay % 1000000, 6);
    *at++ = 'Z';
    return static_cast<int>(at - text);
}

void AuditChainVerifier::resumeAfter(qint64 lastId, const QByteArray &lastHash, qint64 checked) {
    m_lastId = lastId;
    m_lastHash = lastHash.size() == 32 ? lastHash : AuditChain::genesisHash();
    m_checked = checked;
}

bool AuditChainVerifier::add(const AuditRecord &record) {
    return add(Utf8Record(record).view());
}

bool AuditChainVerifier::add(const AuditRecordView &record) {
    if (!intact())
        return false;
    if (record.hash.isEmpty()) {
        if (m_unsealed++ == 0)
            m_firstUnsealedId = record.id;
        return true;
    }
    if (m_unsealed > 0) {
        m_finding = {Problem::NeverSealed, m_firstUnsealedId, m_lastId};
        return false;
    }
    if (record.prevHash != QByteArrayView(m_lastHash)) {
        m_finding = {Problem::BrokenLink, record.id, m_lastId};
        return false;
    }
    AuditChain::canonicalBytes(record, m_body);
    char digest[32];
    AuditChain::hashInto(record.prevHash, m_body, digest);
    if (record.hash != QByteArrayView(digest, sizeof digest)) {
        m_finding = {Problem::HashMismatch, record.id, m_lastId};
        return false;
    }
    std::memcpy(m_lastHash.data(), digest, sizeof digest);
    m_lastId = record.id;
    ++m_checked;
    return true;
}

} // namespace cowin::audit
