// SPDX-License-Identifier: Apache-2.0
// SCRAM-SHA-256 verifiers made with a given salt and iteration count, as the server compares
// them with the current one: RFC 7677's password, and passwords prepared as libpq prepares
// them (SASLprep: ASCII as it is, invisible characters dropped, NFKC, raw bytes when a
// prohibited character is left). Expected values computed independently (Python hashlib).
#include "auth/Scram.h"

#include <QtTest>

using cowin::auth::saslPrepared;
using cowin::auth::scramSha256Verifier;

class ScramVerifierWithGivenSalt : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc7677Password() {
        QCOMPARE(scramSha256Verifier(QStringLiteral("pencil"),
                                     QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096),
                 QByteArray("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$"
                            "WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                            "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
    }

    void saslPrepOfRfc4013Examples() {
        QCOMPARE(saslPrepared(QStringLiteral("user")), QByteArray("user"));
        QCOMPARE(saslPrepared(QStringLiteral("I\u00ADX")), QByteArray("IX"));
        QCOMPARE(saslPrepared(QStringLiteral("\u00AA")), QByteArray("a"));
        QCOMPARE(saslPrepared(QStringLiteral("\u2168")), QByteArray("IX"));
        // Non-ASCII spaces become a space.
        QCOMPARE(saslPrepared(QStringLiteral("a\u00A0b")), QByteArray("a b"));
        // A prohibited character left: the password is used as its raw bytes.
        QCOMPARE(saslPrepared(QStringLiteral("\u00E9\u0007")),
                 QStringLiteral("\u00E9\u0007").toUtf8());
    }

    void preparedPasswordsGiveTheSameVerifier() {
        const QByteArray ix = "SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$"
                              "jm4XkHvFe7q0xZ4vmAKJUiTKPr1F+7MXnYyksTUVeBE=:"
                              "EqXM4c5+I7lQ5vHl5Ngu2rY8DBMM1XjG0dY6GEjwLx0=";
        const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
        QCOMPARE(scramSha256Verifier(QStringLiteral("IX"), salt, 4096), ix);
        QCOMPARE(scramSha256Verifier(QStringLiteral("I\u00ADX"), salt, 4096), ix);
        QCOMPARE(scramSha256Verifier(QStringLiteral("\u2168"), salt, 4096), ix);
        QCOMPARE(scramSha256Verifier(QString::fromUtf8("क़लम-मेज़-7"),
                                     QByteArray::fromBase64("c2FsdHNhbHRzYWx0"), 4096),
                 QByteArray("SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0$"
                            "ooNNdOjW8IVMQCn6nF5fqITLCIK+zRwQzSL4A3U2Jak=:"
                            "t4aAV8a/NzI9R90JpHgV/oUE3w94xPd7e2LjSuG6BNc="));
        QCOMPARE(scramSha256Verifier(QStringLiteral("\u00E9\u0007"),
                                     QByteArray::fromBase64("c2FsdHNhbHRzYWx0"), 4096),
                 QByteArray("SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0$"
                            "SpgTJMZGL+h4t1XTYv+tG6egYfphGqtdFf+60MuWjrI=:"
                            "KqSOdRDayMvwJIj9kMzb8FHFiwnS0uL1NXYh/XVxQSc="));
    }

    void anotherPasswordOrSaltGivesAnotherVerifier() {
        const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
        QVERIFY(scramSha256Verifier(QStringLiteral("pencil"), salt, 4096) !=
                scramSha256Verifier(QStringLiteral("pencil2"), salt, 4096));
        QVERIFY(scramSha256Verifier(QStringLiteral("pencil"), salt, 4096) !=
                scramSha256Verifier(QStringLiteral("pencil"), salt, 4097));
        QVERIFY(scramSha256Verifier(QStringLiteral("pencil"), salt, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ScramVerifierWithGivenSalt)
#include "scram_verifier_with_given_salt.moc"
