// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditRecord.h"

#include <QByteArrayView>
#include <optional>

namespace cowin::audit {

// One event as the canonical encoding takes it: UTF-8 views into whatever holds the event (a
// binary answer from the server, or an AuditRecord's converted fields), nothing copied.
struct AuditRecordView {
    qint64 id = 0;
    // "2026-11-23T02:11:35.123456Z"; NULL only for an infinite time, which no clock writes.
    std::optional<QByteArrayView> occurredAtUtc;
    QByteArrayView actor;
    std::optional<QByteArrayView> clientAddr;
    std::optional<QByteArrayView> applicationName;
    QByteArrayView action;
    std::optional<QByteArrayView> targetType;
    std::optional<QByteArrayView> targetId;
    std::optional<QByteArrayView> reason;
    std::optional<QByteArrayView> details;
    QByteArrayView prevHash; // 32 bytes; empty when the event is not sealed yet
    QByteArrayView hash;
};

// The one place the canonical encoding lives on the client side. The SQL twin is
// audit.canonical_bytes(); docs/audit-chain.md is the specification both follow.
class AuditChain {
public:
    static constexpr char kVersionTag[] = "cowin.audit.v1";
    static QByteArray genesisHash() { return QByteArray(32, '\0'); }

    static QByteArray canonicalBytes(const AuditRecord &record);
    // Writes the encoding into out, replacing what it held (a buffer reused event after event).
    static void canonicalBytes(const AuditRecordView &record, QByteArray &out);
    // Appends one field of the encoding: a 4-byte big-endian length and the UTF-8 bytes, or
    // FF FF FF FF for NULL.
    static void appendField(QByteArray &out, const std::optional<QString> &value);
    static QByteArray computeHash(const QByteArray &prevHash, const AuditRecord &record);
    // SHA-256 of prevHash followed by body, into digest (32 bytes).
    static void hashInto(QByteArrayView prevHash, QByteArrayView body, char *digest);
    // The canonical text of a time PostgreSQL counts in microseconds since
    // 2000-01-01T00:00:00Z, as audit.utc_text writes it, into text (27 bytes for years up to
    // 9999); returns how many bytes were written.
    static int utcText(qint64 microsSince2000, char *text);
};

// Streams records in id order and remembers the first one that does not fit the chain. A
// record without hashes is not sealed yet: the newest events may wait for the sealer, but an
// unsealed event with a sealed one after it was left out of the chain.
class AuditChainVerifier {
public:
    enum class Problem { None, HashMismatch, BrokenLink, NeverSealed };

    struct Finding {
        Problem problem = Problem::None;
        qint64 eventId = 0;    // first event that fails
        qint64 previousId = 0; // the event before it (0 for the first)
    };

    // Walks on from a point verified elsewhere: after event lastId, whose hash is lastHash and
    // which is the checked-th sealed event (where the archived months end).
    void resumeAfter(qint64 lastId, const QByteArray &lastHash, qint64 checked);
    // Returns false once a problem is found; later records are ignored.
    bool add(const AuditRecord &record);
    bool add(const AuditRecordView &record);

    const Finding &finding() const { return m_finding; }
    bool intact() const { return m_finding.problem == Problem::None; }
    qint64 checked() const { return m_checked; }
    qint64 lastId() const { return m_lastId; }
    QByteArray lastHash() const { return m_lastHash; }
    // The newest events that wait for the sealer (after the last sealed one).
    qint64 unsealed() const { return m_unsealed; }
    qint64 firstUnsealedId() const { return m_firstUnsealedId; }

private:
    Finding m_finding;
    QByteArray m_lastHash = AuditChain::genesisHash();
    QByteArray m_body; // the encoding of the record being checked, reused
    qint64 m_lastId = 0;
    qint64 m_checked = 0;
    qint64 m_unsealed = 0;
    qint64 m_firstUnsealedId = 0;
};

} // namespace cowin::audit
