// SPDX-License-Identifier: Apache-2.0
// PgConnection::streamCursor, which verification and the month archive read the trail with:
// every row once and in order across many FETCHes, a stop part-way, a cursor that fails
// part-way and one that does not exist. After each, the connection is out of pipeline mode
// and answers the next statement, in the same transaction or after a rollback.
#include "support/TestCluster.h"

#include <QtTest>

using cowin::db::PgConnection;
using cowin::test::TestCluster;

namespace {
// A new connection of the test superuser, apart from the shared one.
bool openSeparate(PgConnection &db) {
    return db
        .openConnectionString(qEnvironmentVariable("COWIN_TEST_DSN"),
                              QStringLiteral("cursor-stream-test"))
        .isOk();
}

qint64 cellInt(QByteArrayView cell) {
    return cell.size() == 8 ? qFromBigEndian<qint64>(cell.data()) : -1;
}
} // namespace

class CursorStreamedRowByRow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { COWIN_REQUIRE_CLUSTER(); }

    void everyRowOnceInOrderAcrossFetches() {
        PgConnection db;
        QVERIFY(openSeparate(db));
        QVERIFY(db.exec(QStringLiteral("BEGIN")).isOk());
        QVERIFY(db.exec(QStringLiteral("DECLARE rows NO SCROLL CURSOR FOR SELECT g::bigint, "
                                       "CASE WHEN g % 7 = 0 THEN NULL ELSE repeat('x', g % 50) "
                                       "END FROM generate_series(1, 25003) g ORDER BY g"))
                    .isOk());
        qint64 expected = 1;
        bool inOrder = true;
        bool nullsRight = true;
        auto walked = db.streamCursor("rows", 1000, [&](const QByteArrayView *cells, int columns) {
            inOrder = inOrder && columns == 2 && cellInt(cells[0]) == expected;
            nullsRight = nullsRight && cells[1].isNull() == (expected % 7 == 0) &&
                         (cells[1].isNull() || cells[1].size() == expected % 50);
            ++expected;
            return true;
        });
        QVERIFY2(walked.isOk(), qPrintable(walked.isOk() ? QString() : walked.error().sqlState));
        QCOMPARE(walked.value(), true);
        QVERIFY(inOrder);
        QVERIFY(nullsRight);
        QCOMPARE(expected, qint64(25004));
        // The stream's lowered work_mem lasts as long as the transaction, and the connection
        // answers in it.
        auto setting = db.exec(QStringLiteral("SELECT current_setting('work_mem')"));
        QVERIFY(setting.isOk());
        QCOMPARE(setting.value().text(0, 0), QStringLiteral("64kB"));
        QVERIFY(db.exec(QStringLiteral("COMMIT")).isOk());
        auto after = db.exec(QStringLiteral("SELECT current_setting('work_mem') <> '64kB'"));
        QVERIFY(after.isOk());
        QVERIFY(after.value().boolean(0, 0));
    }

    void aStopPartWayLeavesTheTransactionUsable() {
        PgConnection db;
        QVERIFY(openSeparate(db));
        QVERIFY(db.exec(QStringLiteral("BEGIN")).isOk());
        QVERIFY(db.exec(QStringLiteral("DECLARE rows NO SCROLL CURSOR FOR SELECT g::bigint FROM "
                                       "generate_series(1, 50000) g"))
                    .isOk());
        qint64 seen = 0;
        auto walked = db.streamCursor("rows", 2000,
                                      [&](const QByteArrayView *, int) { return ++seen < 4500; });
        QVERIFY(walked.isOk());
        QCOMPARE(walked.value(), false);
        QCOMPARE(seen, qint64(4500));
        // The FETCHes in flight were read and dropped: the cursor stands past them, and the
        // transaction goes on.
        auto next = db.exec(QStringLiteral("FETCH 1 FROM rows"));
        QVERIFY(next.isOk());
        QCOMPARE(next.value().rows(), 1);
        QVERIFY(next.value().int64(0, 0) > 4500);
        QVERIFY(db.exec(QStringLiteral("COMMIT")).isOk());
    }

    void aCursorThatFailsPartWayIsAnError() {
        PgConnection db;
        QVERIFY(openSeparate(db));
        QVERIFY(db.exec(QStringLiteral("BEGIN")).isOk());
        QVERIFY(db.exec(QStringLiteral("DECLARE rows NO SCROLL CURSOR FOR SELECT 1 / (12000 - g) "
                                       "FROM generate_series(1, 30000) g"))
                    .isOk());
        qint64 seen = 0;
        auto walked = db.streamCursor("rows", 1000, [&](const QByteArrayView *, int) {
            ++seen;
            return true;
        });
        QVERIFY(!walked.isOk());
        QCOMPARE(walked.error().sqlState, QStringLiteral("22012"));
        // Rows before the failing one's FETCH came through; none after it.
        QVERIFY(seen >= 11000 && seen < 12000);
        QCOMPARE(db.exec(QStringLiteral("SELECT 1")).error().sqlState, QStringLiteral("25P02"));
        QVERIFY(db.exec(QStringLiteral("ROLLBACK")).isOk());
        auto again = db.exec(QStringLiteral("SELECT 2"));
        QVERIFY(again.isOk());
        QCOMPARE(again.value().int64(0, 0), qint64(2));
    }

    void noSuchCursorIsAnError() {
        PgConnection db;
        QVERIFY(openSeparate(db));
        QVERIFY(db.exec(QStringLiteral("BEGIN")).isOk());
        bool called = false;
        auto walked = db.streamCursor("no_such_cursor", 1000, [&](const QByteArrayView *, int) {
            called = true;
            return true;
        });
        QVERIFY(!walked.isOk());
        QCOMPARE(walked.error().sqlState, QStringLiteral("34000"));
        QVERIFY(!called);
        QVERIFY(db.exec(QStringLiteral("ROLLBACK")).isOk());
        QVERIFY(db.exec(QStringLiteral("SELECT 1")).isOk());
    }
};

QTEST_GUILESS_MAIN(CursorStreamedRowByRow)
#include "cursor_streamed_row_by_row.moc"
