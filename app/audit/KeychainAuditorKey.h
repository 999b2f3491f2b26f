// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/Checkpoint.h"

#include <QObject>
#include <functional>
#include <optional>

namespace cowin::audit {

// The auditor's Ed25519 private key in the operating system's keychain (QtKeychain: the
// Secret Service, macOS Keychain or Windows Credential Manager), one per operator and server.
// Never written to QSettings or a file by the console, never sent to the database: only
// signatures and the public key leave this computer.
class KeychainAuditorKey : public QObject {
    Q_OBJECT
public:
    KeychainAuditorKey(const QString &user, const QString &server, QObject *parent = nullptr);

    // Each answers once, on this object's thread. problem is empty on success; a missing
    // entry loads as no key and no problem.
    void load(std::function<void(std::optional<AuditorKey>, const QString &problem)> done);
    void store(const AuditorKey &key, std::function<void(const QString &problem)> done);
    void forget(std::function<void(const QString &problem)> done);

    static QString serviceName() { return QStringLiteral("cowin-console"); }
    QString entryName() const { return m_entry; }

private:
    QString m_entry;
};

} // namespace cowin::audit
