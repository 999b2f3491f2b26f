// SPDX-License-Identifier: Apache-2.0
// The canonical encoding against the documented test vector, and the verifier against every
// kind of tampering: a flipped byte anywhere, a deleted row, a cut link, a recomputed chain.
#include "audit/AuditChain.h"

#include <QtTest>

using namespace cowin::audit;

namespace {
AuditRecord vectorRecord() {
    AuditRecord r;
    r.id = 42;
    r.occurredAtUtc = QStringLiteral("2026-01-02T03:04:05.678901Z");
    r.actor = QStringLiteral("asha_admin");
    r.clientAddr = QStringLiteral("10.1.2.3");
    r.applicationName = QStringLiteral("cowin-console");
    r.action = QStringLiteral("vaccinator.password_reset");
    r.targetType = QStringLiteral("vaccinator");
    r.targetId = QStringLiteral("KA-000123");
    r.reason = QStringLiteral("called helpdesk");
    r.details = QStringLiteral(R"({"after": {"must_change": true}})");
    r.prevHash = AuditChain::genesisHash();
    r.hash = AuditChain::computeHash(r.prevHash, r);
    return r;
}

QList<AuditRecord> chain(int length) {
    QList<AuditRecord> out;
    QByteArray prev = AuditChain::genesisHash();
    for (int i = 1; i <= length; ++i) {
        AuditRecord r;
        r.id = i;
        r.occurredAtUtc =
            QStringLiteral("2026-01-02T03:04:%1.000000Z").arg(i % 60, 2, 10, QLatin1Char('0'));
        r.actor = QStringLiteral("ravi_helpdesk");
        r.action = QStringLiteral("otp.failed");
        r.targetType = QStringLiteral("operator");
        r.targetId = QStringLiteral("ravi_helpdesk");
        r.details = QStringLiteral(R"({"attempts_left": %1})").arg(5 - i % 5);
        if (i % 3 == 0)
            r.clientAddr = QStringLiteral("2001:db8::%1").arg(i);
        r.prevHash = prev;
        r.hash = AuditChain::computeHash(prev, r);
        prev = r.hash;
        out << r;
    }
    return out;
}

AuditChainVerifier::Finding verify(const QList<AuditRecord> &records) {
    AuditChainVerifier v;
    for (const AuditRecord &r : records)
        if (!v.add(r))
            break;
    return v.finding();
}
} // namespace

class AuditChainDetectsTamper : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // A streamed event's time arrives as PostgreSQL's microsecond count; its canonical text must
    // be audit.utc_text's, to the digit, on both sides of 2000 and of a leap day.
    void timesAreWrittenAsTheServerWritesThem_data() {
        QTest::addColumn<QString>("utc");
        for (const char *t : {"2000-01-01T00:00:00.000000Z", "1999-12-31T23:59:59.999999Z",
                              "1970-01-01T00:00:00.000001Z", "2024-02-29T12:34:56.789012Z",
                              "2026-12-01T21:05:09.100000Z", "2100-03-01T00:00:00.000000Z",
                              "1900-02-28T23:00:00.000000Z"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    void timesAreWrittenAsTheServerWritesThem() {
        QFETCH(QString, utc);
        const QDateTime at = QDateTime::fromString(utc.left(19), Qt::ISODate); // its fields only
        const QDateTime epoch2000(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
        const qint64 micros =
            epoch2000.secsTo(QDateTime(at.date(), at.time(), Qt::UTC)) * 1000000LL +
            utc.mid(20, 6).toLongLong();
        char text[40];
        const int n = AuditChain::utcText(micros, text);
        QCOMPARE(QString::fromLatin1(text, n), utc);
    }

    // The date's text is kept from one call to the next: it must follow every change of day,
    // forwards and back, and a change of time within the day.
    void aKeptDateFollowsTheDay() {
        const qint64 lastOfLeapDay = 762566399999999LL; // 2024-02-29T23:59:59.999999Z
        const QList<QPair<qint64, const char *>> times = {
            {lastOfLeapDay, "2024-02-29T23:59:59.999999Z"},
            {lastOfLeapDay + 1, "2024-03-01T00:00:00.000000Z"},
            {lastOfLeapDay, "2024-02-29T23:59:59.999999Z"},
            {lastOfLeapDay - 86399999999LL, "2024-02-29T00:00:00.000000Z"},
            {lastOfLeapDay - 86399999999LL - 1, "2024-02-28T23:59:59.999999Z"},
            {-1, "1999-12-31T23:59:59.999999Z"},
            {0, "2000-01-01T00:00:00.000000Z"}};
        for (const auto &[micros, expected] : times) {
            char text[40];
            const int n = AuditChain::utcText(micros, text);
            QCOMPARE(QString::fromLatin1(text, n), QString::fromLatin1(expected));
        }
    }

    void canonicalBytesMatchTheSpecification() {
        // docs/audit-chain.md, "Test vector"; the SQL twin is checked in pgTAP.
        QCOMPARE(
            AuditChain::canonicalBytes(vectorRecord()).toHex(),
            QByteArray("0000000e636f77696e2e61756469742e76310000000234320000001b323032362d30312d"
                       "30325430333a30343a30352e3637383930315a0000000a617368615f61646d696e000000"
                       "0831302e312e322e330000000d636f77696e2d636f6e736f6c6500000019766163636"
                       "96e61746f722e70617373776f72645f72657365740000000a76616363696e61746f7200"
                       "0000094b412d3030303132330000000f63616c6c65642068656c706465736b000000207"
                       "b226166746572223a207b226d7573745f6368616e6765223a20747275657d7d"));
        QCOMPARE(vectorRecord().hash.toHex(),
                 QByteArray("876ce9ee8daf153896ebf667b6861ee8be99ba6a5df3239f7881d81684621051"));
    }
    void nullDiffersFromEmpty() {
        AuditRecord a = vectorRecord();
        AuditRecord b = a;
        a.reason.reset();
        b.reason = QString();
        QVERIFY(AuditChain::canonicalBytes(a) != AuditChain::canonicalBytes(b));
    }
    void fieldBoundariesCannotShift() {
        AuditRecord a = vectorRecord();
        AuditRecord b = a;
        a.targetType = QStringLiteral("ab");
        a.targetId = QStringLiteral("c");
        b.targetType = QStringLiteral("a");
        b.targetId = QStringLiteral("bc");
        QVERIFY(AuditChain::canonicalBytes(a) != AuditChain::canonicalBytes(b));
    }
    void intactChainVerifies() {
        AuditChainVerifier v;
        for (const AuditRecord &r : chain(50))
            QVERIFY(v.add(r));
        QVERIFY(v.intact());
        QCOMPARE(v.checked(), 50);
        QCOMPARE(v.lastId(), 50);
    }
    void flippedByteAnywhereIsFound_data() {
        QTest::addColumn<int>("field");
        const char *names[] = {"occurred_at", "actor",   "client_addr", "action",
                               "target_id",   "details", "hash"};
        for (int i = 0; i < 7; ++i)
            QTest::newRow(names[i]) << i;
    }
    void flippedByteAnywhereIsFound() {
        QFETCH(int, field);
        auto records = chain(30);
        AuditRecord &r = records[20]; // id 21, which has a client address
        const auto flip = [](QString &s) {
            s[s.size() - 1] = QChar(s.at(s.size() - 1).unicode() ^ 1);
        };
        switch (field) {
        case 0:
            flip(r.occurredAtUtc);
            break;
        case 1:
            flip(r.actor);
            break;
        case 2:
            flip(*r.clientAddr);
            break;
        case 3:
            flip(r.action);
            break;
        case 4:
            flip(*r.targetId);
            break;
        case 5:
            flip(*r.details);
            break;
        case 6:
            r.hash[5] = static_cast<char>(r.hash[5] ^ 0x01);
            break;
        }
        const auto finding = verify(records);
        QCOMPARE(finding.problem, AuditChainVerifier::Problem::HashMismatch);
        QCOMPARE(finding.eventId, 21);
    }
    void deletedRowIsFound() {
        auto records = chain(30);
        records.removeAt(9); // id 10
        const auto finding = verify(records);
        QCOMPARE(finding.problem, AuditChainVerifier::Problem::BrokenLink);
        QCOMPARE(finding.eventId, 11);
        QCOMPARE(finding.previousId, 9);
    }
    void recomputedRowBreaksTheNextLink() {
        // A forger who recomputes a changed row's hash must rewrite every later row too.
        auto records = chain(30);
        records[14].reason = QStringLiteral("forged");
        records[14].hash = AuditChain::computeHash(records[14].prevHash, records[14]);
        const auto finding = verify(records);
        QCOMPARE(finding.problem, AuditChainVerifier::Problem::BrokenLink);
        QCOMPARE(finding.eventId, 16);
    }
    void reorderedRowsAreFound() {
        auto records = chain(10);
        records.swapItemsAt(3, 4);
        QCOMPARE(verify(records).eventId, 5);
    }
    // The newest events may wait for the sealer: named, not a break.
    void newestUnsealedEventsAreNamed() {
        auto records = chain(12);
        for (int i = 9; i < 12; ++i)
            records[i].prevHash.clear(), records[i].hash.clear();
        AuditChainVerifier v;
        for (const AuditRecord &r : std::as_const(records))
            QVERIFY(v.add(r));
        QVERIFY(v.intact());
        QCOMPARE(v.checked(), 9);
        QCOMPARE(v.lastId(), 9);
        QCOMPARE(v.unsealed(), 3);
        QCOMPARE(v.firstUnsealedId(), 10);
    }
    // An event left out of the sealed chain, with sealed events after it, is a break.
    void eventLeftOutOfTheSealedChainIsFound() {
        auto records = chain(12);
        records[4].prevHash.clear();
        records[4].hash.clear();
        // The sealer chained the next event onto event 4, skipping event 5.
        records[5].prevHash = records[3].hash;
        records[5].hash = AuditChain::computeHash(records[5].prevHash, records[5]);
        const auto finding = verify(records);
        QCOMPARE(finding.problem, AuditChainVerifier::Problem::NeverSealed);
        QCOMPARE(finding.eventId, 5);
        QCOMPARE(finding.previousId, 4);
    }
};

QTEST_GUILESS_MAIN(AuditChainDetectsTamper)
#include "audit_chain_detects_tamper.moc"
