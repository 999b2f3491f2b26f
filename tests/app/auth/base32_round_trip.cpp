// SPDX-License-Identifier: Apache-2.0
#include "auth/Base32.h"

#include <QtTest>

using namespace cowin::auth;

class Base32RoundTrip : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc4648Vectors_data() {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QString>("encoded");
        // RFC 4648 section 10, without padding as authenticator apps write it.
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY");
        QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ");
        QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6");
        QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ");
        QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI");
    }
    void rfc4648Vectors() {
        QFETCH(QByteArray, plain);
        QFETCH(QString, encoded);
        QCOMPARE(base32Encode(plain), encoded);
        QCOMPARE(base32Decode(encoded).value_or("?"), plain);
    }
    void paddingWhenAsked() { QCOMPARE(base32Encode("f", true), QStringLiteral("MY======")); }
    void toleratesHowPeopleType() {
        QCOMPARE(base32Decode(QStringLiteral("mzxw 6ytb-oi")).value_or("?"), QByteArray("foobar"));
        QCOMPARE(base32Decode(QStringLiteral("MZXW6YQ=")).value_or("?"), QByteArray("foob"));
    }
    void refusesWhatIsNotBase32() {
        QVERIFY(!base32Decode(QStringLiteral("MZXW1")).has_value()); // 1 is not in the alphabet
        QVERIFY(!base32Decode(QStringLiteral("M")).has_value());     // impossible length
        QVERIFY(!base32Decode(QStringLiteral("MY=A")).has_value());  // data after padding
        QVERIFY(!base32Decode(QStringLiteral("MZXÄ")).has_value());
    }
    void twentyByteSecretsRoundTrip() {
        QByteArray secret;
        for (int i = 0; i < 20; ++i)
            secret.append(static_cast<char>(i * 13 + 7));
        const QString text = base32Encode(secret);
        QCOMPARE(text.size(), 32);
        QCOMPARE(base32Decode(text).value_or("?"), secret);
    }
    void groupsForReading() {
        QCOMPARE(groupForReading(QStringLiteral("ABCDEFGHIJ")), QStringLiteral("ABCD EFGH IJ"));
    }
};

QTEST_GUILESS_MAIN(Base32RoundTrip)
#include "base32_round_trip.moc"
