// SPDX-License-Identifier: Apache-2.0
#include "db/ProfileSettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace cowin::db;

class ProfileSettingsKeepNoSecret : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripsTheServerAndUsername() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.ini"));
        ConnectionProfile p;
        p.hosts = QStringLiteral("db1.cowin.gov.in,db2.cowin.gov.in");
        p.ports = QStringLiteral("5433");
        p.database = QStringLiteral("cowin_prod");
        p.sslMode = QStringLiteral("verify-ca");
        p.rootCertificate = QStringLiteral("/etc/cowin/root.crt");
        p.auditOnStandby = true;
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileSettings(settings).save(p, QStringLiteral("asha_rao"));
        }
        QSettings settings(path, QSettings::IniFormat);
        const ProfileSettings stored(settings);
        QVERIFY(stored.hasProfile());
        QCOMPARE(stored.profile().hosts, p.hosts);
        QCOMPARE(stored.profile().ports, p.ports);
        QCOMPARE(stored.profile().database, p.database);
        QCOMPARE(stored.profile().sslMode, p.sslMode);
        QCOMPARE(stored.profile().rootCertificate, p.rootCertificate);
        QVERIFY(stored.profile().auditOnStandby);
        QCOMPARE(stored.username(), QStringLiteral("asha_rao"));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll().toLower();
        QVERIFY(!text.contains("password"));
        QVERIFY(!text.contains("token"));
        QVERIFY(!text.contains("secret"));
    }

    void demoProfilesAreNotRemembered() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        ConnectionProfile demo;
        demo.hosts = QStringLiteral("/tmp/demo/run");
        demo.demo = true;
        ProfileSettings(settings).save(demo, QStringLiteral("asha_admin"));
        QVERIFY(!ProfileSettings(settings).hasProfile());
    }
};

QTEST_GUILESS_MAIN(ProfileSettingsKeepNoSecret)
#include "profile_settings_keep_no_secret.moc"
