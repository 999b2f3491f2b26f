// SPDX-License-Identifier: Apache-2.0
// What `cowin-console --demo` does, on a fresh folder: a private cluster is created, migrated
// and given demo operators whose codes the demo panel shows; stopping and starting again
// reuses it with the same operators. A demo operator signs in with the panel's code.
#include "auth/Base32.h"
#include "auth/Totp.h"
#include "db/PgConnection.h"
#include "demo/DemoBootstrap.h"
#include "support/ConsoleCalls.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cowin;

class DemoBootstrapReusesCluster : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsMigratesFillsStopsAndReuses() {
        QTemporaryDir base(QStringLiteral("/tmp/cowin-demo-test.XXXXXX"));
        QVERIFY(base.isValid());
        QFile::setPermissions(base.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                               QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                               QFileDevice::ExeGroup);
        demo::LocalCluster::Options options;
        options.baseDir = base.path() + QStringLiteral("/demo");
        options.port = 55447;
        options.runAsUser = demo::LocalCluster::defaultRunAsUser();
        options.durable = false;
        demo::LocalCluster cluster(options);
        const QString operatorsFile = base.path() + QStringLiteral("/demo-operators.json");

        auto first = demo::DemoBootstrap::prepare(cluster, operatorsFile);
        QVERIFY2(first.isOk(), qPrintable(first.error().message));
        QVERIFY(cluster.isRunning());
        QVERIFY(first.value().profile.demo);
        QCOMPARE(first.value().operators.size(), demo::DemoData::roster().size());
        QCOMPARE(QFile::permissions(operatorsFile) &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        // Every operator but the last is enrolled with a secret the panel can show codes for.
        const demo::DemoOperator admin = first.value().operators.first();
        QVERIFY(!admin.secretBase32.isEmpty());
        QVERIFY(first.value().operators.last().secretBase32.isEmpty());
        QVERIFY(!first.value().operators.last().enrolmentCode.isEmpty());

        {
            test::ConsoleCalls console;
            QVERIFY(console.connectAs(first.value().profile, admin.name, admin.password).isOk());
            const auth::Totp totp(auth::base32Decode(admin.secretBase32).value_or(QByteArray()));
            auto verdict = console.signIn.submitOtp(totp.now());
            QVERIFY(verdict.isOk());
            QVERIFY(verdict.value().sessionOpened);
            QVERIFY(console.audit.head().isOk());
            QVERIFY(console.signIn.logout().isOk());
        }

        QVERIFY(cluster.stop().isOk());
        QVERIFY(!cluster.isRunning());

        // Again: the cluster is reused, nothing is created twice, the secrets are the same.
        auto second = demo::DemoBootstrap::prepare(cluster, operatorsFile);
        QVERIFY2(second.isOk(), qPrintable(second.error().message));
        QCOMPARE(second.value().operators.first().secretBase32, admin.secretBase32);
        QCOMPARE(second.value().operators.last().enrolmentCode,
                 first.value().operators.last().enrolmentCode);
        // The demo's delivery login gets a new password each start, and only the old one stops
        // working; it may claim messages and nothing else.
        QVERIFY(second.value().deliveryPassword != first.value().deliveryPassword);
        db::PgConnection stale;
        QVERIFY(!stale
                     .open(second.value().profile, first.value().deliveryLogin,
                           first.value().deliveryPassword, QStringLiteral("test"))
                     .isOk());
        db::PgConnection delivery;
        QVERIFY(delivery
                    .open(second.value().profile, second.value().deliveryLogin,
                          second.value().deliveryPassword, QStringLiteral("test"))
                    .isOk());
        QVERIFY(delivery.exec(QStringLiteral("SELECT * FROM delivery.claim(1, 60)")).isOk());
        QCOMPARE(delivery.exec(QStringLiteral("SELECT console.session_status()")).error().sqlState,
                 QStringLiteral("42501"));
        delivery.close();
        QVERIFY(cluster.stop().isOk());
    }
};

QTEST_GUILESS_MAIN(DemoBootstrapReusesCluster)
#include "demo_bootstrap_reuses_cluster.moc"
