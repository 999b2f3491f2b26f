// SPDX-License-Identifier: Apache-2.0
#include "audit/Checkpoint.h"

#include "audit/AuditChain.h"

#include <algorithm>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace cowin::audit {

QByteArray Checkpoint::message() const {
    QByteArray out;
    AuditChain::appendField(out, QStringLiteral("cowin.audit.checkpoint.v1"));
    AuditChain::appendField(out, QString::number(lastId));
    AuditChain::appendField(out, QString::fromLatin1(lastHash.toHex()));
    AuditChain::appendField(out, QString::number(events));
    AuditChain::appendField(out, takenAtUtc);
    return out;
}

bool Checkpoint::signatureValid() const {
    return ed25519Verify(publicKey, message(), signature);
}

AuditorKey::AuditorKey(EVP_PKEY *key)
    : m_key(key, EVP_PKEY_free) {}

std::optional<AuditorKey> AuditorKey::generate() {
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key)
        return std::nullopt;
    return AuditorKey(key);
}

std::optional<AuditorKey> AuditorKey::fromPem(const QByteArray &pem) {
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    if (!bio)
        return std::nullopt;
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        return std::nullopt;
    if (EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        return std::nullopt;
    }
    return AuditorKey(key);
}

QByteArray AuditorKey::toPem() const {
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray out;
    if (bio && PEM_write_bio_PrivateKey(bio, m_key.get(), nullptr, nullptr, 0, nullptr, nullptr)) {
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        out = QByteArray(data, static_cast<int>(size));
    }
    BIO_free(bio);
    return out;
}

QByteArray AuditorKey::publicKey() const {
    QByteArray raw(32, Qt::Uninitialized);
    size_t length = static_cast<size_t>(raw.size());
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(raw.data()),
                                    &length) != 1)
        return {};
    raw.resize(static_cast<int>(length));
    return raw;
}

QByteArray AuditorKey::sign(const QByteArray &message) const {
    QByteArray signature(64, Qt::Uninitialized);
    size_t length = static_cast<size_t>(signature.size());
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok =
        ctx && EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_key.get()) == 1 &&
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       static_cast<size_t>(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return {};
    signature.resize(static_cast<int>(length));
    return signature;
}

void AuditorKey::sign(Checkpoint &checkpoint) const {
    checkpoint.publicKey = publicKey();
    checkpoint.signature = sign(checkpoint.message());
}

QJsonObject Checkpoint::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("last_id"), lastId);
    o.insert(QStringLiteral("last_hash"), QString::fromLatin1(lastHash.toHex()));
    o.insert(QStringLiteral("events"), events);
    o.insert(QStringLiteral("taken_at_utc"), takenAtUtc);
    o.insert(QStringLiteral("public_key"), QString::fromLatin1(publicKey.toHex()));
    o.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toHex()));
    return o;
}

Checkpoint Checkpoint::fromJson(const QJsonObject &o) {
    Checkpoint c;
    c.lastId = o.value(QLatin1String("last_id")).toInteger();
    c.lastHash = QByteArray::fromHex(o.value(QLatin1String("last_hash")).toString().toLatin1());
    c.events = o.value(QLatin1String("events")).toInteger();
    c.takenAtUtc = o.value(QLatin1String("taken_at_utc")).toString();
    c.publicKey = QByteArray::fromHex(o.value(QLatin1String("public_key")).toString().toLatin1());
    c.signature = QByteArray::fromHex(o.value(QLatin1String("signature")).toString().toLatin1());
    return c;
}

bool ed25519Verify(const QByteArray &publicKey, const QByteArray &message,
                   const QByteArray &signature) {
    if (publicKey.size() != 32 || signature.size() != 64)
        return false;
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(publicKey.constData()),
        static_cast<size_t>(publicKey.size()));
    if (!key)
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok =
        ctx && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                         static_cast<size_t>(signature.size()),
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<size_t>(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return ok;
}

} // namespace cowin::audit

namespace cowin::audit {

CheckpointCheck::CheckpointCheck(QList<Checkpoint> checkpoints, QList<QByteArray> trustedKeys)
    : m_checkpoints(std::move(checkpoints)) {
    std::sort(m_checkpoints.begin(), m_checkpoints.end(),
              [](const Checkpoint &a, const Checkpoint &b) { return a.lastId < b.lastId; });
    for (const Checkpoint &c : std::as_const(m_checkpoints)) {
        if (c.remembered)
            continue;
        if (!c.signatureValid()) {
            m_finding = {Problem::BadSignature, c.lastId};
            return;
        }
        if (!trustedKeys.isEmpty() && !trustedKeys.contains(c.publicKey)) {
            m_finding = {Problem::UntrustedKey, c.lastId};
            return;
        }
    }
}

void CheckpointCheck::startAfter(qint64 id, QByteArrayView hash, qint64 checked) {
    while (m_next < m_checkpoints.size() && m_checkpoints.at(m_next).lastId < id) {
        ++m_next;
        ++m_leftToArchives;
    }
    if (id > 0)
        see(id, hash, checked);
}

void CheckpointCheck::see(qint64 id, QByteArrayView hash, qint64 checked) {
    while (m_finding.problem == Problem::None && m_next < m_checkpoints.size() &&
           m_checkpoints.at(m_next).lastId <= id) {
        const Checkpoint &c = m_checkpoints.at(m_next);
        // A checkpoint's event is gone (id skipped) or differs: history was rewritten.
        if (c.lastId != id || QByteArrayView(c.lastHash) != hash || c.events != checked)
            m_finding = {Problem::Rewritten, c.lastId, c.remembered};
        ++m_next;
    }
}

void CheckpointCheck::finish() {
    if (m_finding.problem == Problem::None && m_next < m_checkpoints.size())
        m_finding = {Problem::Cut, m_checkpoints.at(m_next).lastId,
                     m_checkpoints.at(m_next).remembered};
}

} // namespace cowin::audit
