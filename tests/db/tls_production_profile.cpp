// SPDX-License-Identifier: Apache-2.0
// The production profile: TLS with verify-full against the ministry's root certificate, over
// TCP. The test cluster listens on 127.0.0.1 with a certificate for "localhost" signed by a
// throwaway CA (scripts/test).
#include "support/ConsoleCalls.h"
#include "support/TestCluster.h"

#include <QtTest>

using namespace cowin;
using cowin::test::TestCluster;
using Kind = db::DbError::Kind;

namespace {
db::ConnectionProfile tlsProfile(const QString &host, const QString &rootCert) {
    db::ConnectionProfile p;
    p.hosts = host;
    p.ports = qEnvironmentVariable("COWIN_TEST_TLS_PORT");
    p.database = TestCluster::profile().database;
    p.sslMode = QStringLiteral("verify-full");
    p.rootCertificate = rootCert;
    return p;
}
QString tlsFile(const char *name) {
    return qEnvironmentVariable("COWIN_TEST_TLS_DIR") + QLatin1Char('/') +
           QString::fromLatin1(name);
}
} // namespace

class TlsProductionProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        QVERIFY2(!qEnvironmentVariableIsEmpty("COWIN_TEST_TLS_DIR"),
                 "scripts/test starts the cluster with a TLS listener (COWIN_TEST_TLS_DIR)");
    }

    void verifyFullWithTheRootCertificateSignsIn() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("tls_ok"), {QStringLiteral("auditor")});
        const db::ConnectionProfile profile =
            tlsProfile(QStringLiteral("localhost"), tlsFile("ca.crt"));
        QVERIFY(profile.problem().isEmpty());
        test::ConsoleCalls c;
        auto connected = c.connectAs(profile, op.name, op.password);
        QVERIFY2(connected.isOk(), qPrintable(connected.error().message));
        auto ssl = c.raw().exec(QStringLiteral(
            "SELECT ssl, version FROM pg_catalog.pg_stat_ssl WHERE pid = pg_backend_pid()"));
        QVERIFY(ssl.isOk());
        QVERIFY(ssl.value().boolean(0, 0));
        QVERIFY(ssl.value().text(0, 1).startsWith(QStringLiteral("TLSv1.")));

        QVERIFY(c.signIn.submitOtp(TestCluster::code(op.secret)).value().sessionOpened);
        auto where = TestCluster::admin().exec(
            QStringLiteral("SELECT host(client_addr) FROM audit.event "
                           "WHERE action = 'session.opened' AND target_id = $1"),
            {op.name});
        QCOMPARE(where.value().text(0, 0), QStringLiteral("127.0.0.1"));
    }

    void aCertificateFromAnotherAuthorityIsRefused() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("tls_ca"), {QStringLiteral("auditor")});
        test::ConsoleCalls c;
        auto r = c.connectAs(tlsProfile(QStringLiteral("localhost"), tlsFile("other-ca.crt")),
                             op.name, op.password);
        QVERIFY(!r.isOk());
        QCOMPARE(r.error().kind, Kind::Unreachable);
        QVERIFY2(r.error().message.contains(QStringLiteral("certificate")),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(op.password));
    }

    void aHostNameTheCertificateDoesNotNameIsRefused() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("tls_host"), {QStringLiteral("auditor")});
        test::ConsoleCalls c;
        auto r = c.connectAs(tlsProfile(QStringLiteral("127.0.0.1"), tlsFile("ca.crt")), op.name,
                             op.password);
        QVERIFY(!r.isOk());
        QCOMPARE(r.error().kind, Kind::Unreachable);
        QVERIFY2(r.error().message.contains(QStringLiteral("does not match host name")),
                 qPrintable(r.error().message));
    }

    void theConsoleRefusesAnUnencryptedNetworkProfile() {
        db::ConnectionProfile p = tlsProfile(QStringLiteral("localhost"), tlsFile("ca.crt"));
        p.sslMode = QStringLiteral("disable");
        QVERIFY(!p.problem().isEmpty());
        // And the server has no non-TLS door on the network either.
        db::PgConnection raw;
        auto r = raw.openConnectionString(
            QStringLiteral("host=localhost port=%1 dbname=cowin user=nobody sslmode=disable")
                .arg(qEnvironmentVariable("COWIN_TEST_TLS_PORT")),
            QStringLiteral("tls-test"));
        QVERIFY(!r.isOk());
        QCOMPARE(r.error().kind, Kind::BadLogin); // "no pg_hba.conf entry ... no encryption"
    }
};

QTEST_GUILESS_MAIN(TlsProductionProfile)
#include "tls_production_profile.moc"
