// SPDX-License-Identifier: Apache-2.0
#include "support/TestCluster.h"

#include "auth/SecureRandom.h"
#include "auth/Totp.h"
#include "support/Polling.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QtTest>

namespace cowin::test {

bool TestCluster::available(QString *why) {
    if (qEnvironmentVariableIsEmpty("COWIN_TEST_DSN")) {
        *why =
            QStringLiteral("COWIN_TEST_DSN is not set: run the tests through scripts/test, which "
                           "starts a throwaway PostgreSQL cluster");
        return false;
    }
    if (!admin().isOpen()) {
        *why = QStringLiteral("cannot connect to the test cluster");
        return false;
    }
    return true;
}

db::ConnectionProfile TestCluster::profile() {
    // The failover tests connect clients over TCP to a host list, as the console does in
    // production; every other test over the cluster's socket.
    const QString client = qEnvironmentVariable("COWIN_TEST_CLIENT_DSN");
    return db::ConnectionProfile::fromConnectionString(
        client.isEmpty() ? qEnvironmentVariable("COWIN_TEST_DSN") : client);
}

db::PgConnection &TestCluster::admin() {
    static db::PgConnection connection;
    if (!connection.isOpen())
        connection.openConnectionString(qEnvironmentVariable("COWIN_TEST_DSN"),
                                        QStringLiteral("cowin-tests"));
    return connection;
}

TestOperator TestCluster::createOperator(const QString &prefix, const QStringList &groups,
                                         bool enrolled, bool mustChangePassword) {
    static int serial = 0;
    TestOperator op;
    op.name = QStringLiteral("%1_%2_%3")
                  .arg(prefix)
                  .arg(QCoreApplication::applicationPid())
                  .arg(++serial);
    op.password = QStringLiteral("Test-Password-%1")
                      .arg(QString::fromLatin1(auth::secureRandomBytes(6).toHex()));
    db::AdminClient client(admin());
    auto code = client.createOperator(op.name, QStringLiteral("Test ") + op.name, groups,
                                      op.password, mustChangePassword);
    if (!code.isOk())
        qFatal("cannot create test operator %s: %s", qPrintable(op.name),
               qPrintable(code.error().message));
    op.enrolmentCode = code.value();
    if (enrolled) {
        op.secret = auth::secureRandomBytes(20);
        auto r = client.demoEnrol(op.name, op.secret);
        if (!r.isOk())
            qFatal("cannot enrol test operator: %s", qPrintable(r.error().message));
        op.enrolmentCode.clear();
        if (mustChangePassword)
            admin().exec(QStringLiteral("UPDATE private.operator SET must_change_password = true "
                                        "WHERE role_name = $1"),
                         {op.name});
    }
    return op;
}

OwnCluster::OwnCluster(const QString &name)
    : m_base(QStringLiteral("/tmp/cowin-%1-test.XXXXXX").arg(name)) {}

OwnCluster::~OwnCluster() {
    stop();
}

bool OwnCluster::start(QString *why) {
    if (!m_base.isValid()) {
        *why = QStringLiteral("no folder for the cluster: %1").arg(m_base.errorString());
        return false;
    }
    QFile::setPermissions(m_base.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                             QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                             QFileDevice::ExeGroup);
    demo::LocalCluster::Options options;
    options.baseDir = m_base.path() + QStringLiteral("/cluster");
    options.port = freePort();
    options.runAsUser = demo::LocalCluster::defaultRunAsUser();
    options.durable = false;
    m_cluster = std::make_unique<demo::LocalCluster>(options);
    auto started = m_cluster->ensureStarted();
    if (!started.isOk()) {
        *why = started.error().message;
        return false;
    }
    m_dsn = m_cluster->superuserConnectionString();
    auto opened = m_db.openConnectionString(m_dsn, QStringLiteral("test"));
    if (!opened.isOk()) {
        *why = opened.error().message;
        return false;
    }
    db::AdminClient client(m_db);
    auto migrated = client.migrate();
    if (!migrated.isOk()) {
        *why = migrated.error().message;
        return false;
    }
    return true;
}

void OwnCluster::stop() {
    m_db.close();
    if (m_cluster)
        m_cluster->stop();
    m_cluster.reset();
}

QString TestCluster::code(const QByteArray &secret, int offsetSteps) {
    const auth::Totp totp(secret);
    return totp.codeForStep(totp.stepAt(QDateTime::currentSecsSinceEpoch()) + offsetSteps);
}

QString TestCluster::wrongCode(const QByteArray &secret) {
    for (int candidate = 0;; ++candidate) {
        const QString c = QStringLiteral("%1").arg(candidate, 6, 10, QLatin1Char('0'));
        bool valid = false;
        for (int offset = -2; offset <= 2; ++offset)
            valid = valid || c == code(secret, offset);
        if (!valid)
            return c;
    }
}

bool TestCluster::signIn(test::ConsoleCalls &client, const TestOperator &op) {
    if (!client.connectAs(profile(), op.name, op.password).isOk())
        return false;
    // A code may have been used by this operator in this 30 s step already: try the next.
    for (int offset : {0, 1}) {
        auto verdict = client.signIn.submitOtp(code(op.secret, offset));
        if (verdict.isOk() && verdict.value().sessionOpened)
            return true;
    }
    return false;
}

qint64 TestCluster::ensureVaccinators(qint64 count) {
    QFile geography(QStringLiteral(":/cowin/demo/india-districts.txt"));
    if (!geography.open(QIODevice::ReadOnly))
        qFatal("demo geography missing");
    db::AdminClient client(admin());
    auto r = client.demoVaccinators(QString::fromUtf8(geography.readAll()), count);
    if (!r.isOk())
        qFatal("cannot load vaccinators: %s", qPrintable(r.error().message));
    return r.value();
}

qint64 TestCluster::vaccinatorWhere(const QString &condition) {
    auto r = admin().exec(
        QStringLiteral("SELECT id FROM private.vaccinator WHERE %1 ORDER BY id LIMIT 1")
            .arg(condition));
    if (!r.isOk() || r.value().rows() == 0)
        qFatal("no vaccinator where %s", qPrintable(condition));
    return r.value().int64(0, 0);
}

TestOperator TestCluster::createServiceLogin(const QString &prefix, const QString &group) {
    static int serial = 0;
    TestOperator login;
    login.name = QStringLiteral("%1_%2_%3")
                     .arg(prefix)
                     .arg(QCoreApplication::applicationPid())
                     .arg(++serial);
    login.password = QStringLiteral("Test-Password-%1")
                         .arg(QString::fromLatin1(auth::secureRandomBytes(6).toHex()));
    // Names are made here from safe characters; the password travels as a SCRAM verifier.
    const QByteArray verifier = admin().scramVerifier(login.name, login.password);
    auto r = admin().execScript(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3")
                                    .arg(login.name, QString::fromLatin1(verifier), group));
    if (!r.isOk())
        qFatal("cannot create service login: %s", qPrintable(r.error().message));
    return login;
}

bool TestCluster::waitSealed() {
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 15000) {
        auto r = admin().exec(QStringLiteral("SELECT unsealed FROM private.seal_status()"));
        if (r.isOk() && r.value().int64(0, 0) == 0)
            return true;
        QThread::msleep(20);
    }
    return false;
}

AuditTamper::AuditTamper() {
    auto &db = TestCluster::admin();
    TestCluster::waitSealed();
    db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS tamper_saved (LIKE audit.event)"));
    db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS tamper_seals (LIKE audit.seal)"));
    db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS tamper_head (LIKE audit.seal_state)"));
    db.exec(QStringLiteral(
        "CREATE TEMP TABLE IF NOT EXISTS tamper_checkpoints (LIKE private.audit_checkpoint)"));
    db.exec(QStringLiteral("TRUNCATE tamper_saved, tamper_seals, tamper_head, tamper_checkpoints"));
    db.exec(QStringLiteral("ALTER TABLE audit.event DISABLE TRIGGER event_append_only"));
    db.exec(QStringLiteral("ALTER TABLE audit.seal DISABLE TRIGGER seal_append_only"));
}

AuditTamper::~AuditTamper() {
    auto &db = TestCluster::admin();
    // One transaction on the sealer's state row, so the sealer does not chain in between.
    db.execScript(QStringLiteral(
        "BEGIN;"
        "SELECT 1 FROM audit.seal_state FOR UPDATE;"
        "DELETE FROM audit.event WHERE id IN (SELECT id FROM tamper_saved);"
        "INSERT INTO audit.event SELECT * FROM tamper_saved;"
        // Seals made while the tail was cut chained later events onto the wrong head: they go,
        // the cut seals come back, and the sealer chains those later events again.
        "DELETE FROM audit.seal WHERE EXISTS (SELECT 1 FROM tamper_seals) "
        "  AND position >= (SELECT min(position) FROM tamper_seals);"
        "INSERT INTO audit.seal SELECT * FROM tamper_seals;"
        "UPDATE audit.seal_state s SET position = h.position, event_id = h.event_id, hash = h.hash "
        "  FROM tamper_head h;"
        "ALTER TABLE private.audit_checkpoint DISABLE TRIGGER audit_checkpoint_append_only;"
        "INSERT INTO private.audit_checkpoint OVERRIDING SYSTEM VALUE "
        "  SELECT * FROM tamper_checkpoints;"
        "ALTER TABLE private.audit_checkpoint ENABLE TRIGGER audit_checkpoint_append_only;"
        "COMMIT;"));
    db.exec(QStringLiteral("ALTER TABLE audit.event ENABLE TRIGGER event_append_only"));
    db.exec(QStringLiteral("ALTER TABLE audit.seal ENABLE TRIGGER seal_append_only"));
    db.exec(QStringLiteral("TRUNCATE tamper_saved, tamper_seals, tamper_head, tamper_checkpoints"));
}

bool AuditTamper::deleteStoredCheckpoints() {
    return TestCluster::admin()
        .execScript(QStringLiteral(
            "BEGIN;"
            "INSERT INTO tamper_checkpoints SELECT * FROM private.audit_checkpoint;"
            "ALTER TABLE private.audit_checkpoint DISABLE TRIGGER audit_checkpoint_append_only;"
            "DELETE FROM private.audit_checkpoint;"
            "ALTER TABLE private.audit_checkpoint ENABLE TRIGGER audit_checkpoint_append_only;"
            "COMMIT;"))
        .isOk();
}

qint64 AuditTamper::newestEvent(const QString &condition, int offset) {
    TestCluster::waitSealed();
    auto r = TestCluster::admin().exec(
        QStringLiteral("SELECT id FROM audit.event WHERE (%1) AND id IN (SELECT event_id FROM "
                       "audit.seal) ORDER BY id DESC OFFSET $1 LIMIT 1")
            .arg(condition),
        {offset});
    return r.isOk() && r.value().rows() == 1 ? r.value().int64(0, 0) : 0;
}

bool AuditTamper::editReason(qint64 id, const QString &reason) {
    auto &db = TestCluster::admin();
    return db.exec(
                 QStringLiteral("INSERT INTO tamper_saved SELECT * FROM audit.event WHERE id = $1"),
                 {id})
               .isOk() &&
           db.exec(QStringLiteral("UPDATE audit.event SET reason = $2 WHERE id = $1"), {id, reason})
               .isOk();
}

bool AuditTamper::cutNewest(int count) {
    TestCluster::waitSealed();
    auto &db = TestCluster::admin();
    return db
        .execScript(
            QStringLiteral(
                "BEGIN;"
                "INSERT INTO tamper_head SELECT * FROM audit.seal_state FOR UPDATE;"
                "INSERT INTO tamper_seals SELECT * FROM audit.seal ORDER BY position DESC "
                "  LIMIT %1;"
                "INSERT INTO tamper_saved SELECT e.* FROM audit.event e "
                "  JOIN tamper_seals s ON s.event_id = e.id;"
                "DELETE FROM audit.event WHERE id IN (SELECT event_id FROM tamper_seals);"
                "DELETE FROM audit.seal WHERE position IN (SELECT position FROM tamper_seals);"
                "UPDATE audit.seal_state s SET position = h.position, "
                "  event_id = h.event_id, hash = h.hash "
                "  FROM (SELECT * FROM audit.seal ORDER BY position DESC LIMIT 1) h;"
                "COMMIT;")
                .arg(count))
        .isOk();
}

} // namespace cowin::test
