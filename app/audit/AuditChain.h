// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditRecord.h"

namespace cowin::audit {

// The one place the canonical encoding lives on the client side. The SQL twin is
// audit.canonical_bytes(); docs/audit-chain.md is the specification both follow.
class AuditChain {
public:
    static constexpr char kVersionTag[] = "cowin.audit.v1";
    static QByteArray genesisHash() { return QByteArray(32, '\0'); }

    static QByteArray canonicalBytes(const AuditRecord &record);
    // Appends one field of the encoding: a 4-byte big-endian length and the UTF-8 bytes, or
    // FF FF FF FF for NULL.
    static void appendField(QByteArray &out, const std::optional<QString> &value);
    static QByteArray computeHash(const QByteArray &prevHash, const AuditRecord &record);
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

    // Returns false once a problem is found; later records are ignored.
    bool add(const AuditRecord &record);

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
    qint64 m_lastId = 0;
    qint64 m_checked = 0;
    qint64 m_unsealed = 0;
    qint64 m_firstUnsealedId = 0;
};

} // namespace cowin::audit
