// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLockFile>
#include <QString>
#include <memory>

namespace cowin::demo {

// The consoles that use one demo folder's cluster. Each holds a lock file in the folder while
// it runs (a console that crashed leaves a lock its process no longer holds, which does not
// count); the last one to close stops the cluster, so closing one demo console never stops
// the database under another.
class DemoUsers {
public:
    // Registers this console as a user of the cluster in demoDir.
    explicit DemoUsers(const QString &demoDir);
    ~DemoUsers();
    DemoUsers(const DemoUsers &) = delete;
    DemoUsers &operator=(const DemoUsers &) = delete;

    // Unregisters this console; true when another console still uses the cluster.
    bool leaveAndAskForOthers();

private:
    QString m_dir;
    QString m_mine;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace cowin::demo
