// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionProfile.h"
#include "db/DbError.h"

#include <QString>

namespace cowin::demo {

// A private PostgreSQL cluster made with the machine's own initdb and postgres: Unix socket
// only, in a folder of its own. The console's demo mode and the test scripts use it.
// PostgreSQL refuses to run as root, so when root asks, the cluster runs as runAsUser.
class LocalCluster {
public:
    struct Options {
        QString baseDir;
        int port = 5432;
        QString runAsUser;   // empty: the current user
        QString binDir;      // empty: found on this machine
        bool durable = true; // false for throwaway test clusters (fsync off)
        // Folder with server.crt and server.key: also listen on 127.0.0.1 with TLS only,
        // as a production server would (tests of the production profile).
        QString tlsDir;
    };

    static constexpr char kSuperuser[] = "cowin_dba";
    static constexpr char kDatabase[] = "cowin";

    explicit LocalCluster(Options options);

    static QString findBinDir();
    static QString defaultDemoDir();
    static QString defaultRunAsUser(); // "cowin-demo" when root, else empty

    // Initialises the cluster if needed, starts it if it is not running, and creates the
    // database. Returns what went wrong in words a DBA can act on.
    db::Result<db::Done> ensureStarted();
    db::Result<db::Done> stop();
    bool isRunning() const;

    QString dataDir() const;
    QString socketDir() const;
    QString logFile() const;
    // The profile a console uses; the DBA connection string for cowin-admin.
    db::ConnectionProfile profile() const;
    QString superuserConnectionString() const;

private:
    db::Result<db::Done> initialise();
    db::Result<db::Done> createDatabase();
    int runTool(const QString &tool, const QStringList &args, QString *output = nullptr,
                int timeoutMs = 120000) const;
    bool writeOwnedFile(const QString &path, const QByteArray &content) const;
    bool chownToRunAs(const QString &path) const;

    Options m_options;
};

} // namespace cowin::demo
