// SPDX-License-Identifier: Apache-2.0
// A query's answer as the console reads it, on results built here with libpq (no server): times
// in the ISO form the connection asks for, to the millisecond, including the forms the quick
// reader leaves to Qt's, never misread; columns by name, again and again; binary cells and NULLs.
#include "db/PgConnection.h"

#include <QtTest>
#include <libpq-fe.h>

using cowin::db::PgResult;

namespace {
// A one-column result of the given cells (a null pointer is NULL).
PgResult resultOf(const char *name, const QList<const char *> &cells) {
    PGresult *r = PQmakeEmptyPGresult(nullptr, PGRES_TUPLES_OK);
    PGresAttDesc column{};
    column.name = const_cast<char *>(name);
    column.typid = 25; // text
    column.typlen = -1;
    column.atttypmod = -1;
    PQsetResultAttrs(r, 1, &column);
    for (int row = 0; row < cells.size(); ++row) {
        const char *cell = cells.at(row);
        PQsetvalue(r, row, 0, const_cast<char *>(cell),
                   cell ? static_cast<int>(std::strlen(cell)) : -1);
    }
    return PgResult(r);
}
} // namespace

class PgResultReadsCells : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void timesAreReadToTheMillisecond_data() {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
        };
        QTest::newRow("microseconds")
            << "2026-11-23 04:05:06.123456+00" << utc(2026, 11, 23, 4, 5, 6, 123);
        QTest::newRow("no fraction") << "2026-11-23 04:05:06+00" << utc(2026, 11, 23, 4, 5, 6, 0);
        QTest::newRow("one digit")
            << "2024-02-29 23:59:59.5+00" << utc(2024, 2, 29, 23, 59, 59, 500);
        QTest::newRow("four digits")
            << "1999-12-31 00:00:00.0421+00" << utc(1999, 12, 31, 0, 0, 0, 42);
    }
    void timesAreReadToTheMillisecond() {
        QFETCH(QString, cell);
        QFETCH(QDateTime, expected);
        const QByteArray bytes = cell.toLatin1();
        const PgResult r = resultOf("at", {bytes.constData()});
        const QDateTime read = r.timestamp(0, "at");
        QCOMPARE(read, expected);
        QCOMPARE(read.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    }

    void aBadTimeIsInvalidNotMisread() {
        for (const char *bad : {"2026-13-01 00:00:00+00", "2026-11-23T04:05:06+00", "infinity",
                                // Left to Qt's reader, which takes four-digit years only.
                                "10000-01-01 00:00:00+00"}) {
            const PgResult r = resultOf("at", {bad});
            QVERIFY2(!r.timestamp(0, "at").isValid(), bad);
        }
    }

    void namesAndNullsReadTheSameEveryTime() {
        const PgResult r = resultOf("full_name", {"Asha", nullptr, "Ravi", ""});
        for (int pass = 0; pass < 3; ++pass) {
            QCOMPARE(r.text(0, "full_name"), QStringLiteral("Asha"));
            QVERIFY(r.isNull(1, "full_name"));
            QCOMPARE(r.optionalText(2, "full_name"),
                     std::optional<QString>(QStringLiteral("Ravi")));
        }
        QVERIFY(r.bytes(1, 0).isNull());
        QCOMPARE(r.bytes(2, 0), QByteArrayView("Ravi"));
        QByteArrayView cells[1];
        r.rowCells(1, cells);
        QVERIFY(cells[0].isNull());
        r.rowCells(0, cells);
        QCOMPARE(cells[0], QByteArrayView("Asha"));
        // Empty is not NULL: the chain hashes the two differently.
        r.rowCells(3, cells);
        QVERIFY(!cells[0].isNull());
        QVERIFY(cells[0].isEmpty());
    }
};

QTEST_MAIN(PgResultReadsCells)
#include "pg_result_reads_cells.moc"
