// SPDX-License-Identifier: Apache-2.0
#include "demo/LocalCluster.h"

#include "db/PgConnection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cowin::demo {

namespace {
QString userName(uid_t uid) {
    const passwd *pw = getpwuid(uid);
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

db::Result<db::Done> failure(const QString &what) {
    return db::Result<db::Done>::fail(db::DbError::internal(what));
}
} // namespace

LocalCluster::LocalCluster(Options options)
    : m_options(std::move(options)) {
    if (m_options.binDir.isEmpty())
        m_options.binDir = findBinDir();
    if (geteuid() != 0)
        m_options.runAsUser.clear();
}

QString LocalCluster::findBinDir() {
    const QString fromEnv = qEnvironmentVariable("COWIN_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // Debian keeps each major version apart; take the newest that has a server.
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList majors = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(majors.begin(), majors.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &major : majors) {
        const QString bin = versions.filePath(major + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

QString LocalCluster::defaultDemoDir() {
    if (geteuid() == 0)
        return QStringLiteral("/var/lib/cowin-console/demo");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/cowin-console/demo");
}

QString LocalCluster::defaultRunAsUser() {
    return geteuid() == 0 ? QStringLiteral("cowin-demo") : QString();
}

QString LocalCluster::dataDir() const {
    return m_options.baseDir + QStringLiteral("/data");
}
QString LocalCluster::socketDir() const {
    return m_options.baseDir + QStringLiteral("/run");
}
QString LocalCluster::logFile() const {
    return m_options.baseDir + QStringLiteral("/server.log");
}

db::ConnectionProfile LocalCluster::profile() const {
    db::ConnectionProfile p;
    p.hosts = socketDir();
    p.ports = QString::number(m_options.port);
    p.database = QString::fromLatin1(kDatabase);
    p.demo = true;
    return p;
}

QString LocalCluster::superuserConnectionString() const {
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
        .arg(socketDir())
        .arg(m_options.port)
        .arg(QString::fromLatin1(kDatabase), QString::fromLatin1(kSuperuser));
}

int LocalCluster::runTool(const QString &tool, const QStringList &args, QString *output,
                          int timeoutMs) const {
    QProcess process;
    process.setWorkingDirectory(m_options.baseDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString binary = m_options.binDir + QLatin1Char('/') + tool;
    if (m_options.runAsUser.isEmpty()) {
        process.start(binary, args);
    } else {
        process.start(
            QStringLiteral("runuser"),
            QStringList{QStringLiteral("-u"), m_options.runAsUser, QStringLiteral("--"), binary} +
                args);
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        if (output)
            *output = QStringLiteral("%1 did not finish in time").arg(tool);
        return -1;
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool LocalCluster::chownToRunAs(const QString &path) const {
    if (m_options.runAsUser.isEmpty())
        return true;
    const passwd *pw = getpwnam(m_options.runAsUser.toLocal8Bit().constData());
    return pw && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

bool LocalCluster::writeOwnedFile(const QString &path, const QByteArray &content) const {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(content);
    file.close();
    return chownToRunAs(path);
}

bool LocalCluster::isRunning() const {
    if (!QFile::exists(dataDir() + QStringLiteral("/postmaster.pid")))
        return false;
    return runTool(QStringLiteral("pg_ctl"),
                   {QStringLiteral("status"), QStringLiteral("-D"), dataDir()}) == 0;
}

db::Result<db::Done> LocalCluster::initialise() {
    if (m_options.binDir.isEmpty())
        return failure(
            QStringLiteral("PostgreSQL server programs (initdb, postgres) were not found; "
                           "install the postgresql package"));
    if (!m_options.runAsUser.isEmpty() && !getpwnam(m_options.runAsUser.toLocal8Bit().constData()))
        return failure(QStringLiteral("PostgreSQL does not run as root; create the system user %1 "
                                      "(useradd --system %1) or run as another user")
                           .arg(m_options.runAsUser));
    if (!QDir().mkpath(socketDir()) || !chownToRunAs(m_options.baseDir) ||
        !chownToRunAs(socketDir()))
        return failure(QStringLiteral("cannot create %1").arg(m_options.baseDir));
    ::chmod(QFile::encodeName(m_options.baseDir).constData(), 0755);

    QString output;
    QStringList args{QStringLiteral("-D"),
                     dataDir(),
                     QStringLiteral("-U"),
                     QString::fromLatin1(kSuperuser),
                     QStringLiteral("-E"),
                     QStringLiteral("UTF8"),
                     QStringLiteral("--locale=C.UTF-8"),
                     QStringLiteral("--auth-local=peer"),
                     QStringLiteral("--auth-host=reject"),
                     QStringLiteral("--no-instructions")};
    if (!m_options.durable)
        args << QStringLiteral("--no-sync");
    if (runTool(QStringLiteral("initdb"), args, &output) != 0)
        return failure(QStringLiteral("initdb failed: %1").arg(output));

    // The DBA connects by peer authentication as the OS user that owns or started the
    // cluster; operators only ever with SCRAM passwords. No TCP at all, and a socket only its
    // owner may use (root, which starts a cluster run as cowin-demo, needs no permission bits).
    const QString serverUser =
        m_options.runAsUser.isEmpty() ? userName(geteuid()) : m_options.runAsUser;
    QByteArray ident = "# map  os-user  database-user\n";
    for (const QString &u : {serverUser, userName(geteuid()), QStringLiteral("root")})
        ident += QStringLiteral("dba %1 %2\n").arg(u, QString::fromLatin1(kSuperuser)).toUtf8();
    QByteArray hba =
        "# CoWIN console private cluster: Unix socket (and TLS on loopback for tests).\n"
        "local all cowin_dba peer map=dba\n"
        "local all all scram-sha-256\n";
    QByteArray conf = QStringLiteral("listen_addresses = ''\n"
                                     "unix_socket_directories = '%1'\n"
                                     "unix_socket_permissions = 0700\n"
                                     "port = %2\n")
                          .arg(socketDir())
                          .arg(m_options.port)
                          .toUtf8();
    conf += "password_encryption = 'scram-sha-256'\n"
            "log_parameter_max_length = 0\n"
            "log_parameter_max_length_on_error = 0\n"
            "log_connections = on\n"
            "log_line_prefix = '%m [%p] %q%u@%d '\n"
            "shared_preload_libraries = 'auth_delay'\n"
            "auth_delay.milliseconds = 200\n"
            "max_connections = 100\n";
    if (!m_options.durable)
        conf += "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n";
    if (!m_options.tlsDir.isEmpty()) {
        const QString key = m_options.tlsDir + QStringLiteral("/server.key");
        if (!chownToRunAs(key) || !chownToRunAs(m_options.tlsDir + QStringLiteral("/server.crt")))
            return failure(QStringLiteral("cannot hand %1 to the server user").arg(key));
        ::chmod(QFile::encodeName(key).constData(), 0600);
        conf += QStringLiteral("listen_addresses = '127.0.0.1'\n"
                               "ssl = on\n"
                               "ssl_min_protocol_version = 'TLSv1.2'\n"
                               "ssl_cert_file = '%1/server.crt'\n"
                               "ssl_key_file = '%2'\n")
                    .arg(m_options.tlsDir, key)
                    .toUtf8();
        hba += "hostssl all all 127.0.0.1/32 scram-sha-256\n";
    }
    QFile main(dataDir() + QStringLiteral("/postgresql.conf"));
    if (!writeOwnedFile(dataDir() + QStringLiteral("/pg_hba.conf"), hba) ||
        !writeOwnedFile(dataDir() + QStringLiteral("/pg_ident.conf"), ident) ||
        !writeOwnedFile(dataDir() + QStringLiteral("/cowin.conf"), conf) ||
        !main.open(QIODevice::Append))
        return failure(
            QStringLiteral("cannot write the cluster configuration in %1").arg(dataDir()));
    main.write("\ninclude 'cowin.conf'\n");
    return db::Result<db::Done>::ok({});
}

db::Result<db::Done> LocalCluster::createDatabase() {
    db::ConnectionProfile p = profile();
    p.database = QStringLiteral("postgres");
    db::PgConnection connection;
    auto opened = connection.open(p, QString::fromLatin1(kSuperuser), QString(),
                                  QStringLiteral("cowin-cluster"));
    if (!opened.isOk())
        return failure(QStringLiteral("cannot connect to the cluster as %1: %2")
                           .arg(QString::fromLatin1(kSuperuser), opened.error().message));
    auto exists = connection.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = $1"),
                                  {QString::fromLatin1(kDatabase)});
    if (!exists.isOk())
        return db::Result<db::Done>::fail(exists.error());
    if (exists.value().rows() == 0) {
        auto created = connection.execScript(
            QStringLiteral("CREATE DATABASE %1").arg(QString::fromLatin1(kDatabase)));
        if (!created.isOk())
            return created;
    }
    return db::Result<db::Done>::ok({});
}

db::Result<db::Done> LocalCluster::ensureStarted() {
    if (!QFile::exists(dataDir() + QStringLiteral("/PG_VERSION"))) {
        auto init = initialise();
        if (!init.isOk())
            return init;
    }
    if (!isRunning()) {
        QString output;
        if (!QFile::exists(logFile()))
            writeOwnedFile(logFile(), {});
        if (runTool(QStringLiteral("pg_ctl"),
                    {QStringLiteral("start"), QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                     logFile(), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60")},
                    &output) != 0)
            return failure(QStringLiteral("the PostgreSQL server did not start (see %1): %2")
                               .arg(logFile(), output));
    }
    return createDatabase();
}

db::Result<db::Done> LocalCluster::stop() {
    if (!isRunning())
        return db::Result<db::Done>::ok({});
    QString output;
    if (runTool(QStringLiteral("pg_ctl"),
                {QStringLiteral("stop"), QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                 QStringLiteral("fast"), QStringLiteral("-w")},
                &output) != 0)
        return failure(QStringLiteral("the PostgreSQL server did not stop: %1").arg(output));
    return db::Result<db::Done>::ok({});
}

} // namespace cowin::demo
