// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoUsers.h"

#include <QCoreApplication>
#include <QDir>
#include <QUuid>

namespace cowin::demo {

namespace {
std::unique_ptr<QLockFile> lockFile(const QString &path) {
    auto lock = std::make_unique<QLockFile>(path);
    // Only a lock whose process is gone is stale, however long a console has been open.
    lock->setStaleLockTime(0);
    return lock;
}
} // namespace

DemoUsers::DemoUsers(const QString &demoDir)
    : m_dir(demoDir + QStringLiteral("/consoles")) {
    QDir().mkpath(m_dir);
    m_mine = QStringLiteral("%1/console-%2-%3.lock")
                 .arg(m_dir)
                 .arg(QCoreApplication::applicationPid())
                 .arg(QUuid::createUuid().toString(QUuid::Id128));
    m_lock = lockFile(m_mine);
    m_lock->tryLock(0);
}

DemoUsers::~DemoUsers() {
    if (m_lock)
        m_lock->unlock();
}

bool DemoUsers::leaveAndAskForOthers() {
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
    const QDir dir(m_dir);
    for (const QString &name : dir.entryList({QStringLiteral("console-*.lock")}, QDir::Files)) {
        const QString path = dir.filePath(name);
        if (path == m_mine)
            continue;
        auto other = lockFile(path);
        // Held by a running console: it still uses the cluster. A lock left by a console that
        // is gone is taken here and removed.
        if (!other->tryLock(0)) {
            if (other->error() == QLockFile::LockFailedError)
                return true;
            continue;
        }
        other->unlock();
    }
    return false;
}

} // namespace cowin::demo
