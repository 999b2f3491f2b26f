// SPDX-License-Identifier: Apache-2.0
// What the console may show of a server error, and which connection profiles it accepts.
#include "db/ConnectionProfile.h"
#include "db/DbError.h"

#include <QtTest>

using namespace cowin::db;
using Kind = DbError::Kind;

class DbErrorAndProfileRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void contractCodesKeepTheirWordsAndField_data() {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("kind");
        QTest::newRow("CW401") << "CW401" << int(Kind::NoSession);
        QTest::newRow("CW403") << "CW403" << int(Kind::Forbidden);
        QTest::newRow("CW409") << "CW409" << int(Kind::Stale);
        QTest::newRow("CW422") << "CW422" << int(Kind::Invalid);
        QTest::newRow("CW423") << "CW423" << int(Kind::Locked);
        QTest::newRow("CW429") << "CW429" << int(Kind::TooManyAttempts);
    }
    void contractCodesKeepTheirWordsAndField() {
        QFETCH(QString, state);
        QFETCH(int, kind);
        const DbError e = DbError::fromServer(state, QStringLiteral("Written for people."),
                                              QStringLiteral("field:enrolment_code"));
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.message, QStringLiteral("Written for people."));
        QCOMPARE(e.field, QStringLiteral("enrolment_code"));
    }

    void otherServerTextNeverReachesAUser() {
        const DbError e = DbError::fromServer(
            QStringLiteral("23505"),
            QStringLiteral(
                "duplicate key value violates unique constraint \"vaccinator_mobile_key\""),
            QString());
        QCOMPARE(e.kind, Kind::Internal);
        QVERIFY(e.message.isEmpty());
        QCOMPARE(e.sqlState, QStringLiteral("23505"));
        const DbError notGranted =
            DbError::fromServer(QStringLiteral("42501"),
                                QStringLiteral("permission denied for function audit_head"), {});
        QCOMPARE(notGranted.kind, Kind::Forbidden);
        QVERIFY(notGranted.message.isEmpty());
    }

    void everyFailedLoginIsTheSameAnswer_data() {
        QTest::addColumn<QString>("libpq");
        QTest::newRow("wrong password")
            << "FATAL:  password authentication failed for user \"ravi\"";
        QTest::newRow("locked (NOLOGIN)") << "FATAL:  role \"ravi\" is not permitted to log in";
        QTest::newRow("peer") << "FATAL:  Peer authentication failed for user \"ravi\"";
        QTest::newRow("no hba line")
            << "FATAL:  no pg_hba.conf entry for host \"10.1.2.3\", user \"x\", no encryption";
    }
    void everyFailedLoginIsTheSameAnswer() {
        QFETCH(QString, libpq);
        const DbError e = DbError::fromConnectionFailure(libpq);
        QCOMPARE(e.kind, Kind::BadLogin);
        QVERIFY(e.message.isEmpty());
    }

    void anUnreachableServerSaysWhy() {
        const DbError e = DbError::fromConnectionFailure(QStringLiteral(
            "connection to server at \"db1\" (10.0.0.1), port 5432 failed: Connection refused"));
        QCOMPARE(e.kind, Kind::Unreachable);
        QVERIFY(e.message.contains(QStringLiteral("Connection refused")));
    }

    void networkProfilesMustUseTls_data() {
        QTest::addColumn<QString>("hosts");
        QTest::addColumn<QString>("ports");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("verify-full") << "db1.cowin.gov.in,db2.cowin.gov.in"
                                     << "5432"
                                     << "verify-full" << true;
        QTest::newRow("verify-ca") << "db1.cowin.gov.in"
                                   << "5432,5433"
                                   << "verify-ca" << true;
        QTest::newRow("prefer") << "db1.cowin.gov.in"
                                << "5432"
                                << "prefer" << false;
        QTest::newRow("disable") << "db1.cowin.gov.in"
                                 << "5432"
                                 << "disable" << false;
        QTest::newRow("socket") << "/var/run/postgresql"
                                << "5432"
                                << "disable" << true;
        QTest::newRow("no host") << ""
                                 << "5432"
                                 << "verify-full" << false;
        QTest::newRow("bad port") << "db1"
                                  << "54a2"
                                  << "verify-full" << false;
        QTest::newRow("port range") << "db1"
                                    << "70000"
                                    << "verify-full" << false;
    }
    void networkProfilesMustUseTls() {
        QFETCH(QString, hosts);
        QFETCH(QString, ports);
        QFETCH(QString, sslMode);
        QFETCH(bool, acceptable);
        ConnectionProfile p;
        p.hosts = hosts;
        p.ports = ports;
        p.sslMode = sslMode;
        QCOMPARE(p.problem().isEmpty(), acceptable);
    }

    void connectionStringsBecomeProfiles() {
        QString user;
        QString password;
        const ConnectionProfile p = ConnectionProfile::fromConnectionString(
            QStringLiteral("host=db1,db2 port=5433 dbname=cowin_prod user=asha sslmode=verify-full "
                           "sslrootcert=/etc/cowin/root.crt"),
            &user, &password);
        QCOMPARE(p.hosts, QStringLiteral("db1,db2"));
        QCOMPARE(p.ports, QStringLiteral("5433"));
        QCOMPARE(p.database, QStringLiteral("cowin_prod"));
        QCOMPARE(p.sslMode, QStringLiteral("verify-full"));
        QCOMPARE(p.rootCertificate, QStringLiteral("/etc/cowin/root.crt"));
        QCOMPARE(user, QStringLiteral("asha"));
        QVERIFY(password.isEmpty());
    }
};

QTEST_GUILESS_MAIN(DbErrorAndProfileRules)
#include "db_error_and_profile_rules.moc"
