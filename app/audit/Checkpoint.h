// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace cowin::audit {

// A signed statement of the chain's head at one moment: whoever holds the auditor's public key
// can later prove that the chain up to lastId was exactly this, even against a superuser who
// rewrites history and recomputes every hash, or cuts the newest rows.
struct Checkpoint {
    qint64 lastId = 0;
    QByteArray lastHash; // 32 bytes
    qint64 events = 0;
    QString takenAtUtc;   // "2026-11-23T02:11:35.123456Z"
    QByteArray publicKey; // Ed25519, 32 bytes
    QByteArray signature; // Ed25519, 64 bytes
    // A head this console saw itself and remembers: no signature, but the server cannot take
    // back what this console was once shown.
    bool remembered = false;

    // What is signed: the fields of docs/audit-chain.md's encoding, tagged
    // cowin.audit.checkpoint.v1, then lastId, lastHash in hex, events and takenAtUtc.
    QByteArray message() const;
    bool signatureValid() const;

    // The form exports and witness folders keep: last_id, last_hash, events, taken_at_utc,
    // public_key and signature, hashes and keys in hex.
    QJsonObject toJson() const;
    static Checkpoint fromJson(const QJsonObject &json);
};

// An auditor's Ed25519 key (OpenSSL). The private part never goes to the database: the
// console keeps it in the OS keychain, cowin-admin in a PEM file.
class AuditorKey {
public:
    static std::optional<AuditorKey> generate();
    static std::optional<AuditorKey> fromPem(const QByteArray &pem);
    QByteArray toPem() const; // PKCS#8, unencrypted: protect the file or the keychain entry
    QByteArray publicKey() const;
    QByteArray sign(const QByteArray &message) const;
    void sign(Checkpoint &checkpoint) const;

private:
    explicit AuditorKey(EVP_PKEY *key);
    std::shared_ptr<EVP_PKEY> m_key;
};

bool ed25519Verify(const QByteArray &publicKey, const QByteArray &message,
                   const QByteArray &signature);

} // namespace cowin::audit

namespace cowin::audit {

// Holds a walked chain to the signed checkpoints: a checkpoint whose event now has another
// hash, or another number of events up to it, means history was rewritten (even with every
// hash recomputed); one beyond the last event means the newest rows were cut.
class CheckpointCheck {
public:
    enum class Problem { None, BadSignature, UntrustedKey, Rewritten, Cut };
    struct Finding {
        Problem problem = Problem::None;
        qint64 checkpointLastId = 0;
        bool remembered = false; // the head this console remembered, not a signed checkpoint
    };

    // trustedKeys: the auditors' public keys; empty trusts any valid signature.
    CheckpointCheck(QList<Checkpoint> checkpoints, QList<QByteArray> trustedKeys = {});
    // A walk that begins after archived months: the checkpoints inside them are left to a walk
    // of the archives, and one at their end is held to where they end.
    void startAfter(qint64 id, QByteArrayView hash, qint64 checked);
    // Each record that the chain verifier accepted, in order, with how many it has accepted.
    void see(qint64 id, QByteArrayView hash, qint64 checked);
    // After the last record of an intact walk.
    void finish();
    const Finding &finding() const { return m_finding; }
    int count() const { return static_cast<int>(m_checkpoints.size()) - m_leftToArchives; }
    // Checkpoints inside archived months that startAfter() left unchecked.
    int leftToArchives() const { return m_leftToArchives; }

private:
    QList<Checkpoint> m_checkpoints; // by lastId
    int m_next = 0;
    int m_leftToArchives = 0;
    Finding m_finding;
};

} // namespace cowin::audit
