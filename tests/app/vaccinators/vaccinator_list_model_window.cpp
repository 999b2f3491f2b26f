// SPDX-License-Identifier: Apache-2.0
// The account list is a bounded window that pages with a keyset: scrolled from top to
// bottom of a long list it never holds more than its maximum, and scrolled back it arrives
// at the same first row. Pages come from an in-memory list here; the database tests run the
// same model against the server.
#include "vaccinators/VaccinatorListModel.h"

#include <QAbstractItemModelTester>
#include <QPromise>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace cowin;
using namespace cowin::vaccinators;

namespace {
// Accounts 1..size, ordered by id; the sort key is the zero-padded id.
class ListedAccounts {
public:
    explicit ListedAccounts(int size)
        : m_size(size) {}

    QFuture<db::Result<QList<VaccinatorRow>>> page(const VaccinatorQuery &, const PageRequest &p) {
        ++requests;
        QList<VaccinatorRow> rows;
        if (!p.backward) {
            const qint64 from = p.hasCursor ? p.afterId + 1 : 1;
            for (qint64 id = from; id <= m_size && rows.size() < p.pageSize; ++id)
                rows << row(id);
        } else {
            for (qint64 id = p.afterId - 1; id >= 1 && rows.size() < p.pageSize; --id)
                rows << row(id);
        }
        if (failNext) {
            failNext = false;
            return QtFuture::makeReadyFuture(db::Result<QList<VaccinatorRow>>::fail(
                db::DbError::fromServer(QStringLiteral("CW401"), QStringLiteral("ended"), {})));
        }
        return QtFuture::makeReadyFuture(db::Result<QList<VaccinatorRow>>::ok(rows));
    }

    static VaccinatorRow row(qint64 id) {
        VaccinatorRow r;
        r.id = id;
        r.loginId = QStringLiteral("sp%1").arg(id, 7, 10, QLatin1Char('0'));
        r.fullName = QStringLiteral("Account %1").arg(id);
        r.mobileMasked = QStringLiteral("******%1").arg(id % 10000, 4, 10, QLatin1Char('0'));
        r.status = id % 97 == 0 ? QStringLiteral("locked") : QStringLiteral("active");
        r.sortKey = r.loginId;
        return r;
    }

    int requests = 0;
    bool failNext = false;

private:
    qint64 m_size;
};

qint64 idAt(const VaccinatorListModel &m, int row) {
    return m.data(m.index(row, 0), VaccinatorListModel::AccountIdRole).toLongLong();
}
} // namespace

class VaccinatorListModelWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstPageLoadsAndTheTesterIsContent() {
        ListedAccounts accounts(1000);
        VaccinatorListModel model(
            [&](const VaccinatorQuery &q, const PageRequest &p) { return accounts.page(q, p); },
            nullptr, 100, 3);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({});
        QTRY_COMPARE(model.rowCount(), 100);
        QCOMPARE(idAt(model, 0), 1);
        QVERIFY(model.atStart());
        QVERIFY(!model.atEnd());
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.data(model.index(0, VaccinatorListModel::MobileColumn)).toString(),
                 QStringLiteral("******0001"));
    }

    void scrollingToTheBottomKeepsTheWindowBounded() {
        ListedAccounts accounts(10000);
        VaccinatorListModel model(
            [&](const VaccinatorQuery &q, const PageRequest &p) { return accounts.page(q, p); },
            nullptr, 100, 4);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy shifted(&model, &VaccinatorListModel::windowShifted);
        model.setQuery({});
        QTRY_COMPARE(model.rowCount(), 100);
        int largest = 0;
        while (!model.atEnd()) {
            const int before = accounts.requests;
            model.noteVisibleRows(model.rowCount() - 10, model.rowCount() - 1);
            QTRY_VERIFY(accounts.requests > before && !model.isLoading());
            largest = qMax(largest, model.rowCount());
            // The window is a contiguous, ordered stretch of the list.
            QCOMPARE(idAt(model, 0), model.rowsBeforeWindow() + 1);
        }
        QCOMPARE(largest, model.maxRows());
        QCOMPARE(idAt(model, model.rowCount() - 1), 10000);
        QCOMPARE(model.rowsBeforeWindow() + model.rowCount(), 10000);
        QVERIFY(!model.atStart());
        QVERIFY(!shifted.isEmpty());
        QCOMPARE(shifted.first().first().toInt(), -100);
    }

    void scrollingBackArrivesAtTheSameFirstRow() {
        ListedAccounts accounts(2000);
        VaccinatorListModel model(
            [&](const VaccinatorQuery &q, const PageRequest &p) { return accounts.page(q, p); },
            nullptr, 100, 3);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({});
        QTRY_COMPARE(model.rowCount(), 100);
        for (int i = 0; i < 10; ++i) {
            model.noteVisibleRows(model.rowCount() - 1, model.rowCount() - 1);
            QTRY_VERIFY(!model.isLoading());
        }
        QVERIFY(model.rowsBeforeWindow() > 0);
        const qint64 firstBefore = idAt(model, 0);
        QSignalSpy shifted(&model, &VaccinatorListModel::windowShifted);
        model.noteVisibleRows(0, 5);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(shifted.size(), 1);
        QCOMPARE(shifted.first().first().toInt(), 100);
        // The row that was first is now 100 rows down, where the view will keep it in sight.
        QCOMPARE(idAt(model, 100), firstBefore);
        while (!model.atStart()) {
            model.noteVisibleRows(0, 5);
            QTRY_VERIFY(!model.isLoading());
            QVERIFY(model.rowCount() <= model.maxRows());
        }
        QCOMPARE(idAt(model, 0), 1);
        QCOMPARE(model.rowsBeforeWindow(), 0);
        QVERIFY(!model.atEnd());
    }

    void anAnswerToAnEarlierQueryIsIgnored() {
        QList<std::shared_ptr<QPromise<db::Result<QList<VaccinatorRow>>>>> pending;
        VaccinatorListModel model(
            [&](const VaccinatorQuery &, const PageRequest &) {
                auto promise = std::make_shared<QPromise<db::Result<QList<VaccinatorRow>>>>();
                promise->start();
                pending << promise;
                return promise->future();
            },
            nullptr, 10, 3);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        VaccinatorQuery first;
        first.name = QStringLiteral("Sharma");
        model.setQuery(first);
        VaccinatorQuery second;
        second.name = QStringLiteral("Sharmila");
        model.setQuery(second);
        QCOMPARE(pending.size(), 2);
        pending[1]->addResult(db::Result<QList<VaccinatorRow>>::ok({ListedAccounts::row(7)}));
        pending[1]->finish();
        QTRY_COMPARE(model.rowCount(), 1);
        pending[0]->addResult(
            db::Result<QList<VaccinatorRow>>::ok({ListedAccounts::row(1), ListedAccounts::row(2)}));
        pending[0]->finish();
        // The stale answer's continuation runs as a posted event: run it, then look.
        QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(idAt(model, 0), 7);
        QVERIFY(model.atEnd());
    }

    void sortingAsksTheServerOnlyForIndexedOrders() {
        ListedAccounts accounts(50);
        VaccinatorListModel model(
            [&](const VaccinatorQuery &q, const PageRequest &p) { return accounts.page(q, p); },
            nullptr, 100, 3);
        model.setQuery({});
        QTRY_COMPARE(model.rowCount(), 50);
        const int before = accounts.requests;
        model.sort(VaccinatorListModel::CentreColumn, Qt::DescendingOrder);
        QCOMPARE(accounts.requests, before);
        model.sort(VaccinatorListModel::LoginIdColumn, Qt::DescendingOrder);
        QCOMPARE(model.query().sort, SortKey::LoginId);
        QVERIFY(model.query().descending);
        QTRY_COMPARE(accounts.requests, before + 1);
    }

    void aFailedPageIsReportedAndStopsReading() {
        ListedAccounts accounts(500);
        accounts.failNext = true;
        VaccinatorListModel model(
            [&](const VaccinatorQuery &q, const PageRequest &p) { return accounts.page(q, p); },
            nullptr, 100, 3);
        QSignalSpy failed(&model, &VaccinatorListModel::fetchFailed);
        model.setQuery({});
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<db::DbError>().kind, db::DbError::Kind::NoSession);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.reload();
        QTRY_COMPARE(model.rowCount(), 100);
    }

    void anUpdatedAccountKeepsItsPlace() {
        ListedAccounts accounts(300);
        VaccinatorListModel model(
            [&](const VaccinatorQuery &q, const PageRequest &p) { return accounts.page(q, p); },
            nullptr, 100, 3);
        model.setQuery({});
        QTRY_COMPARE(model.rowCount(), 100);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        VaccinatorRow r = ListedAccounts::row(42);
        r.status = QStringLiteral("disabled");
        r.sortKey.clear();
        model.updateAccount(r);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(41, VaccinatorListModel::StatusColumn)).toString(),
                 QStringLiteral("Disabled"));
        QCOMPARE(model.rowAt(41)->sortKey, QStringLiteral("sp0000042"));
        model.updateAccount(ListedAccounts::row(4242)); // not in the window: nothing happens
        QCOMPARE(changed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(VaccinatorListModelWindow)
#include "vaccinator_list_model_window.moc"
