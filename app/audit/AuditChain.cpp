// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditChain.h"

#include <QtEndian>
#include <memory>
#include <openssl/evp.h>

namespace cowin::audit {

namespace {
void appendLength(QByteArray &out, quint32 n) {
    char length[4];
    qToBigEndian<quint32>(n, length);
    out.append(length, 4);
}

// One field's bytes, written straight into out: most fields are ASCII, and a million events a
// second leave no room for a temporary UTF-8 copy of each.
void appendText(QByteArray &out, QStringView value) {
    const qsizetype start = out.size();
    appendLength(out, 0);
    const qsizetype textStart = out.size();
    out.resize(textStart + value.size());
    char *dst = out.data() + textStart;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (c >= 0x80) {
            out.resize(textStart);
            out.append(value.toUtf8());
            break;
        }
        dst[i] = static_cast<char>(c);
    }
    qToBigEndian<quint32>(static_cast<quint32>(out.size() - textStart), out.data() + start);
}

void appendOptional(QByteArray &out, const std::optional<QString> &value) {
    if (value)
        appendText(out, *value);
    else
        appendLength(out, 0xffffffffu);
}
} // namespace

void AuditChain::appendField(QByteArray &out, const std::optional<QString> &value) {
    appendOptional(out, value);
}

QByteArray AuditChain::canonicalBytes(const AuditRecord &r) {
    QByteArray out;
    out.reserve(96 + r.occurredAtUtc.size() + r.actor.size() + r.action.size() +
                (r.reason ? r.reason->size() : 0) + (r.details ? r.details->size() : 0) +
                (r.targetId ? r.targetId->size() : 0) + 64);
    static const QByteArray tag(kVersionTag);
    appendLength(out, static_cast<quint32>(tag.size()));
    out.append(tag);
    const QByteArray id = QByteArray::number(r.id);
    appendLength(out, static_cast<quint32>(id.size()));
    out.append(id);
    appendText(out, r.occurredAtUtc);
    appendText(out, r.actor);
    appendOptional(out, r.clientAddr);
    appendOptional(out, r.applicationName);
    appendText(out, r.action);
    appendOptional(out, r.targetType);
    appendOptional(out, r.targetId);
    appendOptional(out, r.reason);
    appendOptional(out, r.details);
    return out;
}

QByteArray AuditChain::computeHash(const QByteArray &prevHash, const AuditRecord &record) {
    const QByteArray body = canonicalBytes(record);
    QByteArray digest(32, Qt::Uninitialized);
    // One context a thread, reused: creating one per event costs as much as the hash.
    thread_local const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX *)> context(
        EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_MD_CTX *ctx = context.get();
    EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    EVP_DigestUpdate(ctx, prevHash.constData(), static_cast<size_t>(prevHash.size()));
    EVP_DigestUpdate(ctx, body.constData(), static_cast<size_t>(body.size()));
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx, reinterpret_cast<unsigned char *>(digest.data()), &length);
    return digest;
}

bool AuditChainVerifier::add(const AuditRecord &record) {
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
    if (record.prevHash != m_lastHash) {
        m_finding = {Problem::BrokenLink, record.id, m_lastId};
        return false;
    }
    if (AuditChain::computeHash(record.prevHash, record) != record.hash) {
        m_finding = {Problem::HashMismatch, record.id, m_lastId};
        return false;
    }
    m_lastHash = record.hash;
    m_lastId = record.id;
    ++m_checked;
    return true;
}

} // namespace cowin::audit
