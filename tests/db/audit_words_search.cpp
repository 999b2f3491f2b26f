// SPDX-License-Identifier: Apache-2.0
// Words in a reason find their events before the sealer has chained them (searched directly)
// and after (through the reasons the sealer lists), newest first, page after page, without a
// duplicate where the two meet.
#include "support/TestCluster.h"

#include <QtTest>

using namespace cowin;
using cowin::test::TestCluster;

class AuditWordsSearch : public QObject {
    Q_OBJECT

    test::ConsoleCalls m_auditor;
    QString m_words;

    QList<qint64> idsWithWords(qint64 beforeId, int pageSize) {
        audit::AuditFilter filter;
        filter.span = audit::AuditFilter::Span::AnyTime;
        filter.reasonWords = m_words;
        auto page = m_auditor.audit.search(
            audit::AuditQuery::at(filter, QDateTime::currentDateTimeUtc()), beforeId, 0, pageSize);
        if (!page.isOk())
            qWarning() << "search failed:" << page.error().message;
        QList<qint64> ids;
        for (const audit::AuditEvent &e : page.isOk() ? page.value() : QList<audit::AuditEvent>())
            ids << e.record.id;
        return ids;
    }

    // Appends count events whose reason holds the words, as the superuser (each its own
    // transaction, as actions are).
    QList<qint64> append(int count, const QString &reason) {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            auto r = TestCluster::admin().exec(
                QStringLiteral("SELECT audit.append('operator.note', NULL, NULL, $1, NULL)"),
                {reason});
            if (r.isOk())
                ids << r.value().int64(0, 0);
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        const auto op =
            TestCluster::createOperator(QStringLiteral("aws_audit"), {QStringLiteral("auditor")});
        QVERIFY(TestCluster::signIn(m_auditor, op));
        m_words =
            QStringLiteral("quokka%1")
                .arg(QDateTime::currentMSecsSinceEpoch() % 1000000000, 9, 10, QLatin1Char('0'));
    }

    void foundBeforeAndAfterSealing() {
        const QList<qint64> sealedLater =
            append(3, QStringLiteral("Checked a %1 report by phone").arg(m_words));
        QCOMPARE(sealedLater.size(), 3);
        // Whether or not the sealer has got there yet, the three are found, newest first.
        QList<qint64> expected(sealedLater.rbegin(), sealedLater.rend());
        QCOMPARE(idsWithWords(0, 50), expected);
        QVERIFY(TestCluster::waitSealed());
        QCOMPARE(idsWithWords(0, 50), expected);
        auto listed = TestCluster::admin().exec(
            QStringLiteral("SELECT count(*) FROM audit.reason WHERE reason = $1"),
            {QStringLiteral("Checked a %1 report by phone").arg(m_words)});
        QVERIFY(listed.isOk());
        QCOMPARE(listed.value().int64(0, 0), qint64(1));
    }

    void pagesRunAcrossSealedAndNewEventsOnce() {
        // Another reason with the words, sealed; then events not sealed yet on top.
        const QList<qint64> older =
            append(4, QStringLiteral("Second %1 complaint, same caller").arg(m_words));
        QVERIFY(TestCluster::waitSealed());
        const QList<qint64> newer = append(2, QStringLiteral("Third %1 complaint").arg(m_words));
        auto all = TestCluster::admin().exec(
            QStringLiteral("SELECT array_agg(id ORDER BY id DESC)::text FROM audit.event "
                           "WHERE reason ILIKE $1"),
            {QStringLiteral("%") + m_words + QStringLiteral("%")});
        QVERIFY(all.isOk());
        QList<qint64> expected;
        for (const QString &id : all.value().textArray(0, 0))
            expected << id.toLongLong();
        QCOMPARE(expected.size(), 9);
        QVERIFY(expected.contains(newer.last()) && expected.contains(older.first()));
        // Pages of two, each below the last id of the one before.
        QList<qint64> walked;
        qint64 before = 0;
        for (int pages = 0; pages < 10; ++pages) {
            const QList<qint64> page = idsWithWords(before, 2);
            if (page.isEmpty())
                break;
            walked << page;
            before = page.last();
        }
        QCOMPARE(walked, expected);
    }
};

QTEST_MAIN(AuditWordsSearch)
#include "audit_words_search.moc"
