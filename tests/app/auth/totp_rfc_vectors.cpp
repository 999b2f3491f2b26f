// SPDX-License-Identifier: Apache-2.0
// The C++ TOTP against every row of RFC 6238 Appendix B and RFC 4226 Appendix D.
#include "auth/Totp.h"

#include <QFile>
#include <QtTest>

using namespace cowin::auth;

namespace {
QList<QStringList> readCsv(const QString &name) {
    QFile file(QStringLiteral(COWIN_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<QStringList> rows;
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (header) {
            header = false;
            continue;
        }
        rows << line.split(QLatin1Char(','));
    }
    return rows;
}
} // namespace

class TotpRfcVectors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc6238_data() {
        QTest::addColumn<qint64>("unixTime");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("code");
        const auto rows = readCsv(QStringLiteral("rfc6238-totp-vectors.csv"));
        QCOMPARE(rows.size(), 18);
        for (const QStringList &r : rows)
            QTest::addRow("%s t=%s", qPrintable(r.at(2)), qPrintable(r.at(0)))
                << r.at(0).toLongLong() << r.at(2) << r.at(3);
    }
    void rfc6238() {
        QFETCH(qint64, unixTime);
        QFETCH(QString, algorithm);
        QFETCH(QString, code);
        HashAlgorithm a = HashAlgorithm::Sha1;
        QByteArray seed = "12345678901234567890";
        if (algorithm == QLatin1String("SHA256")) {
            a = HashAlgorithm::Sha256;
            seed = "12345678901234567890123456789012";
        } else if (algorithm == QLatin1String("SHA512")) {
            a = HashAlgorithm::Sha512;
            seed = "1234567890123456789012345678901234567890123456789012345678901234";
        }
        const Totp totp(
            seed, [unixTime] { return unixTime; }, 30, 8, a);
        QCOMPARE(totp.now(), code);
        QCOMPARE(totp.codeAt(unixTime), code);
    }

    void rfc4226_data() {
        QTest::addColumn<quint64>("counter");
        QTest::addColumn<QString>("code");
        const auto rows = readCsv(QStringLiteral("rfc4226-hotp-vectors.csv"));
        QCOMPARE(rows.size(), 10);
        for (const QStringList &r : rows)
            QTest::addRow("counter %s", qPrintable(r.at(0))) << r.at(0).toULongLong() << r.at(1);
    }
    void rfc4226() {
        QFETCH(quint64, counter);
        QFETCH(QString, code);
        QCOMPARE(hotp("12345678901234567890", counter), code);
    }

    void injectedClockDrivesSteps() {
        qint64 now = 59;
        const Totp totp("12345678901234567890", [&now] { return now; });
        QCOMPARE(totp.secondsLeft(), 1);
        const QString before = totp.now();
        now = 60;
        QCOMPARE(totp.secondsLeft(), 30);
        QVERIFY(totp.now() != before);
        QCOMPARE(totp.now(), totp.codeForStep(2));
    }
};

QTEST_GUILESS_MAIN(TotpRfcVectors)
#include "totp_rfc_vectors.moc"
