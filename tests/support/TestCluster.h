// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/AdminClient.h"
#include "db/ConnectionProfile.h"
#include "db/PgConnection.h"
#include "demo/LocalCluster.h"
#include "support/ConsoleCalls.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace cowin::test {

struct TestOperator {
    QString name;
    QString password;
    QByteArray secret;     // empty when not enrolled
    QString enrolmentCode; // empty when enrolled
};

// The throwaway cluster scripts/test starts (COWIN_TEST_DSN, a superuser connection string;
// COWIN_TEST_CLIENT_DSN, when set, is where operators connect instead).
// Creates uniquely named operators so tests never depend on each other.
class TestCluster {
public:
    static bool available(QString *why);
    static db::ConnectionProfile profile();
    static db::PgConnection &admin();

    static TestOperator createOperator(const QString &prefix, const QStringList &groups,
                                       bool enrolled = true, bool mustChangePassword = false);
    // The code for secret at the current 30 s step, plus offset steps.
    static QString code(const QByteArray &secret, int offsetSteps = 0);
    // A code that is wrong for this secret at every step the server accepts now.
    static QString wrongCode(const QByteArray &secret);
    static QString adminTool() { return qEnvironmentVariable("COWIN_TEST_ADMIN"); }

    // Signs in an enrolled operator (password, then a code): false when anything failed.
    static bool signIn(test::ConsoleCalls &client, const TestOperator &op);
    // The demo geography and at least `count` vaccinator accounts (loaded once per cluster).
    static qint64 ensureVaccinators(qint64 count);
    // An account chosen by a condition on private.vaccinator (SQL text written by the test).
    static qint64 vaccinatorWhere(const QString &condition);
    // Waits (up to 15 s) until the sealer that scripts/test runs has chained every committed
    // audit event; false when it did not.
    static bool waitSealed();
    // A login for a service such as the delivery worker: a member of group, nothing else.
    static TestOperator createServiceLogin(const QString &prefix, const QString &group);
};

// A migrated throwaway cluster of a test's own (not durable), for a test whose data would
// disturb the shared cluster, with a superuser connection to it. It lives in a folder of its
// own (/tmp/cowin-<name>-test.XXXXXX), made readable to the user the cluster runs as, and is
// stopped when this goes.
class OwnCluster {
public:
    explicit OwnCluster(const QString &name);
    ~OwnCluster();
    OwnCluster(const OwnCluster &) = delete;
    OwnCluster &operator=(const OwnCluster &) = delete;

    // False, with why, when it did not start, migrate or let the connection in.
    bool start(QString *why);
    void stop();
    QString folder() const { return m_base.path(); }
    const QString &dsn() const { return m_dsn; }
    db::PgConnection &db() { return m_db; }

private:
    QTemporaryDir m_base;
    std::unique_ptr<demo::LocalCluster> m_cluster;
    db::PgConnection m_db;
    QString m_dsn;
};

// A superuser tampering with the audit trail (the append-only triggers switched off), undone
// when this goes out of scope, so that the rest of the run sees the chain intact. It tampers
// with sealed events, as an attacker after evidence would; the sealer goes on meanwhile.
class AuditTamper {
public:
    AuditTamper();
    ~AuditTamper();
    AuditTamper(const AuditTamper &) = delete;
    AuditTamper &operator=(const AuditTamper &) = delete;

    // The id of the newest sealed event matching condition (SQL text written by the test),
    // skipping `offset` newer matches; 0 when there is none. Waits for the sealer first.
    static qint64 newestEvent(const QString &condition = QStringLiteral("true"), int offset = 0);
    bool editReason(qint64 id, const QString &reason);
    // Removes the newest `count` sealed events and their seals and moves the sealer's head back:
    // what remains is still a perfectly linked chain, and the sealer goes on from it.
    bool cutNewest(int count);
    // Deletes every stored checkpoint, as a superuser covering a cut would.
    bool deleteStoredCheckpoints();
};

} // namespace cowin::test

#define COWIN_REQUIRE_CLUSTER()                                                                    \
    do {                                                                                           \
        QString why_;                                                                              \
        if (!cowin::test::TestCluster::available(&why_))                                           \
            QFAIL(qPrintable(why_));                                                               \
    } while (false)
