// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditChain.h"

#include <QtEndian>
#include <openssl/evp.h>

namespace cowin::audit {

void AuditChain::appendField(QByteArray &out, const std::optional<QString> &value) {
    char length[4];
    if (!value) {
        qToBigEndian<quint32>(0xffffffffu, length);
        out.append(length, 4);
        return;
    }
    const QByteArray utf8 = value->toUtf8();
    qToBigEndian<quint32>(static_cast<quint32>(utf8.size()), length);
    out.append(length, 4);
    out.append(utf8);
}

QByteArray AuditChain::canonicalBytes(const AuditRecord &r) {
    QByteArray out;
    out.reserve(256 + (r.details ? r.details->size() : 0));
    appendField(out, QString::fromLatin1(kVersionTag));
    appendField(out, QString::number(r.id));
    appendField(out, r.occurredAtUtc);
    appendField(out, r.actor);
    appendField(out, r.clientAddr);
    appendField(out, r.applicationName);
    appendField(out, r.action);
    appendField(out, r.targetType);
    appendField(out, r.targetId);
    appendField(out, r.reason);
    appendField(out, r.details);
    return out;
}

QByteArray AuditChain::computeHash(const QByteArray &prevHash, const AuditRecord &record) {
    const QByteArray body = canonicalBytes(record);
    QByteArray digest(32, Qt::Uninitialized);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    EVP_DigestUpdate(ctx, prevHash.constData(), static_cast<size_t>(prevHash.size()));
    EVP_DigestUpdate(ctx, body.constData(), static_cast<size_t>(body.size()));
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx, reinterpret_cast<unsigned char *>(digest.data()), &length);
    EVP_MD_CTX_free(ctx);
    return digest;
}

bool AuditChainVerifier::add(const AuditRecord &record) {
    if (!intact())
        return false;
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
