// SPDX-License-Identifier: Apache-2.0
// The audit trail's window under QAbstractItemModelTester: newest first, scrolled to the oldest
// it never holds more than its maximum, and events that arrive in live mode appear above the
// window's first row. Pages come from an in-memory trail here; the GUI test runs the same model
// against the server.
#include "audit/AuditEventModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cowin;
using namespace cowin::audit;

namespace {
// Events 1..newest; a page below beforeId newest first, above afterId oldest first.
class Trail {
public:
    explicit Trail(qint64 newestId)
        : newest(newestId) {}

    QFuture<db::Result<QList<AuditEvent>>> page(qint64 beforeId, qint64 afterId, int size) {
        QList<AuditEvent> events;
        if (afterId > 0) {
            for (qint64 id = afterId + 1; id <= newest && events.size() < size; ++id)
                events << event(id);
        } else {
            const qint64 from = beforeId > 0 ? beforeId - 1 : newest;
            for (qint64 id = from; id >= 1 && events.size() < size; --id)
                events << event(id);
        }
        return QtFuture::makeReadyFuture(db::Result<QList<AuditEvent>>::ok(events));
    }

    static AuditEvent event(qint64 id) {
        AuditEvent e;
        e.record.id = id;
        e.record.actor = QStringLiteral("op_%1").arg(id % 7);
        e.record.action =
            id % 5 ? QStringLiteral("vaccinator.password_reset") : QStringLiteral("otp.failed");
        e.record.occurredAtUtc = QStringLiteral("2026-11-30T10:00:00.000000Z");
        e.occurredAt = QDateTime::currentDateTimeUtc();
        e.failure = id % 5 == 0;
        return e;
    }

    qint64 newest;
};

qint64 idAt(const AuditEventModel &m, int row) {
    return m.data(m.index(row, 0), AuditEventModel::EventIdRole).toLongLong();
}
} // namespace

class AuditEventModelWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scrolledToTheOldestItStaysBounded() {
        Trail trail(2000);
        AuditEventModel model([&trail](const AuditQuery &, qint64 before, qint64 after,
                                       int size) { return trail.page(before, after, size); },
                              nullptr, 100, 3);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({});
        QTRY_COMPARE(model.rowCount(), 100);
        QCOMPARE(idAt(model, 0), 2000);
        QVERIFY(model.data(model.index(4, 0), AuditEventModel::FailureRole).toBool() ==
                (idAt(model, 4) % 5 == 0));
        int largest = model.rowCount();
        while (!model.atEnd()) {
            const qint64 before = model.rowsBeforeWindow() + model.rowCount();
            model.noteVisibleRows(model.rowCount() - 10, model.rowCount() - 1);
            QTRY_VERIFY(!model.isLoading());
            QVERIFY(model.rowsBeforeWindow() + model.rowCount() > before || model.atEnd());
            largest = std::max(largest, model.rowCount());
        }
        QVERIFY(largest <= model.maxRows());
        QCOMPARE(idAt(model, model.rowCount() - 1), 1);
    }

    void liveEventsAppearAboveTheWindow() {
        Trail trail(50);
        AuditEventModel model([&trail](const AuditQuery &, qint64 before, qint64 after,
                                       int size) { return trail.page(before, after, size); },
                              nullptr, 100, 3);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({});
        QTRY_COMPARE(model.rowCount(), 50);
        model.setLive(true);
        trail.newest = 53;
        model.newEventsAnnounced();
        QTRY_COMPARE(model.rowCount(), 53);
        QCOMPARE(idAt(model, 0), 53);
        QCOMPARE(model.rowOfEvent(50), 3);
    }
};

QTEST_GUILESS_MAIN(AuditEventModelWindow)
#include "audit_event_model_window.moc"
