// SPDX-License-Identifier: Apache-2.0
// An auditor's console recomputes every hash of the stored chain itself, through
// console.audit_chain_page: it agrees with the server's head, finds and names a row a
// superuser edited, can be stopped between pages, and is not open to other groups.
#include "support/TestCluster.h"

#include <QtTest>

using namespace cowin;
using cowin::test::AuditTamper;
using cowin::test::TestCluster;
using Kind = db::DbError::Kind;
using Problem = audit::AuditChainVerifier::Problem;

class AuditVerifiedInTheConsole : public QObject {
    Q_OBJECT

    test::ConsoleCalls m_auditor;

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        const auto op =
            TestCluster::createOperator(QStringLiteral("avc_audit"), {QStringLiteral("auditor")});
        QVERIFY(TestCluster::signIn(m_auditor, op));
    }

    void intactChainAgreesWithTheServersHead() {
        QVERIFY(TestCluster::waitSealed());
        auto report = m_auditor.audit.verifyChain({}, nullptr);
        QVERIFY(report.isOk());
        QVERIFY(report.value().intact());
        auto head = TestCluster::admin().exec(
            QStringLiteral("SELECT event_id, encode(hash, 'hex'), position FROM audit.seal "
                           "ORDER BY position DESC LIMIT 1"));
        // Events sealed after the walk (the walk itself appends none) would be newer.
        QVERIFY(report.value().lastId <= head.value().int64(0, 0));
        QVERIFY(report.value().checked >= 1);
        QCOMPARE(report.value().lastHash.size(), 32);
    }

    void stoppedBetweenPages() {
        int pages = 0;
        // Progress reaches this thread directly: stop after the first page.
        const auto progress = db::makeProgress();
        QObject::connect(progress.get(), &db::Progress::advanced, [&pages, &progress] {
            ++pages;
            progress->cancel();
        });
        auto report = m_auditor.audit.verifyChain({}, progress);
        QVERIFY(report.isOk());
        QVERIFY(report.value().cancelled);
        QCOMPARE(pages, 1);
    }

    void superuserEditIsFoundAndNamed() {
        const qint64 id = AuditTamper::newestEvent(QStringLiteral("true"), 3);
        QVERIFY(id > 0);
        db::Result<audit::ChainReport> report = db::Result<audit::ChainReport>::fail({});
        {
            AuditTamper tamper;
            QVERIFY(tamper.editReason(id, QStringLiteral("nothing to see")));
            report = m_auditor.audit.verifyChain({}, nullptr);
        }
        QVERIFY(report.isOk());
        QCOMPARE(report.value().finding.problem, Problem::HashMismatch);
        QCOMPARE(report.value().finding.eventId, id);
        QVERIFY(m_auditor.audit.verifyChain({}, nullptr).value().intact());
    }

    void otherGroupsMayNotReadTheRawChain() {
        const auto op =
            TestCluster::createOperator(QStringLiteral("avc_help"), {QStringLiteral("helpdesk")});
        test::ConsoleCalls helpdesk;
        QVERIFY(TestCluster::signIn(helpdesk, op));
        QCOMPARE(helpdesk.audit.chainPage(0, 10).error().kind, Kind::Forbidden);
    }
};

QTEST_MAIN(AuditVerifiedInTheConsole)
#include "audit_verified_in_the_console.moc"
