// SPDX-License-Identifier: Apache-2.0
#include "audit/KeychainAuditorKey.h"

#include <QCryptographicHash>
#include <qt6keychain/keychain.h>

namespace cowin::audit {

KeychainAuditorKey::KeychainAuditorKey(const QString &user, const QString &server, QObject *parent)
    : QObject(parent)
    , m_entry(QStringLiteral("auditor-key/%1@%2")
                  .arg(user, QString::fromLatin1(QCryptographicHash::hash(
                                                     server.toUtf8(), QCryptographicHash::Sha256)
                                                     .toHex()
                                                     .left(16)))) {}

// Jobs have no parent: the keychain backend (libsecret) answers later through a pointer to the
// job, so a job must outlive a console window closed while it waits. It deletes itself once
// answered; the connection to this object ends with this object.
void KeychainAuditorKey::load(
    std::function<void(std::optional<AuditorKey>, const QString &)> done) {
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(m_entry);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::EntryNotFound)
            return done(std::nullopt, QString());
        if (read->error() != QKeychain::NoError)
            return done(std::nullopt, read->errorString());
        QByteArray pem = read->binaryData();
        auto key = AuditorKey::fromPem(pem);
        pem.fill('\0');
        done(key, key ? QString() : tr("The keychain entry holds no Ed25519 key."));
    });
    job->start();
}

void KeychainAuditorKey::store(const AuditorKey &key, std::function<void(const QString &)> done) {
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(m_entry);
    job->setAutoDelete(true);
    QByteArray pem = key.toPem();
    job->setBinaryData(pem);
    pem.fill('\0');
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void KeychainAuditorKey::forget(std::function<void(const QString &)> done) {
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(m_entry);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        const bool gone =
            j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(gone ? QString() : j->errorString());
    });
    job->start();
}

} // namespace cowin::audit
