// SPDX-License-Identifier: Apache-2.0
// Vaccinator accounts through the real call classes and server: the list model pages the
// real search, audited reads tell nothing before their record commits (not even inside
// BEGIN ... ROLLBACK), stale versions are CW409, delegation is enforced by the server, and a
// bulk reset confirmed by a real step-up code survives a connection dropped mid-chunk.
#include "db/Session.h"
#include "support/TestCluster.h"
#include "vaccinators/VaccinatorListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cowin;
using namespace cowin::test;
using namespace cowin::vaccinators;

class VaccinatorAccountsThroughTheClient : public QObject {
    Q_OBJECT

    TestOperator m_admin;
    TestOperator m_helpdesk;
    test::ConsoleCalls m_adminClient;
    test::ConsoleCalls m_helpClient;

    static qint64 count(const QString &sql, const QVariantList &params = {}) {
        auto r = TestCluster::admin().exec(sql, params);
        if (!r.isOk())
            qFatal("%s", qPrintable(r.error().message));
        return r.value().int64(0, 0);
    }

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        TestCluster::ensureVaccinators(2000);
        m_admin =
            TestCluster::createOperator(QStringLiteral("va_admin"), {QStringLiteral("admin")});
        m_helpdesk =
            TestCluster::createOperator(QStringLiteral("va_help"), {QStringLiteral("helpdesk")});
        QVERIFY(TestCluster::signIn(m_adminClient, m_admin));
        QVERIFY(TestCluster::signIn(m_helpClient, m_helpdesk));
    }

    void theListModelPagesTheRealSearch() {
        db::Session service;
        QVERIFY(service.connectAs(TestCluster::profile(), m_helpdesk.name, m_helpdesk.password)
                    .result()
                    .isOk());
        // A session of its own: the next code, as the other client used this step's.
        bool opened = false;
        for (int offset : {1, 2}) {
            auto v = service
                         .call(&login::SignInCalls::submitOtp,
                               TestCluster::code(m_helpdesk.secret, offset))
                         .result();
            opened = opened || (v.isOk() && v.value().sessionOpened);
            if (opened)
                break;
        }
        QVERIFY(opened);
        VaccinatorListModel model(
            [&service](const VaccinatorQuery &q, const PageRequest &p) {
                return service.call(&vaccinators::VaccinatorCalls::search, q, p);
            },
            nullptr, 100, 3);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        VaccinatorQuery q;
        q.sort = SortKey::LoginId;
        model.setQuery(q);
        QTRY_VERIFY(model.rowCount() > 0 && !model.isLoading());
        QString previous;
        qint64 seen = 0;
        while (true) {
            for (int i = 0; i < model.rowCount(); ++i) {
                const QString login = model.rowAt(i)->loginId;
                if (model.rowsBeforeWindow() + i >= seen) { // a row not seen before
                    QVERIFY2(login > previous, qPrintable(login + " after " + previous));
                    previous = login;
                    ++seen;
                }
                QVERIFY(model.rowAt(i)->mobileMasked.startsWith(QLatin1String("******")));
            }
            QVERIFY(model.rowCount() <= model.maxRows());
            if (model.atEnd())
                break;
            model.noteVisibleRows(model.rowCount() - 1, model.rowCount() - 1);
            QTRY_VERIFY(!model.isLoading());
        }
        QCOMPARE(seen, count(QStringLiteral("SELECT count(*) FROM private.vaccinator")));
        service.call(&login::SignInCalls::logout).waitForFinished();
    }

    void aLookupByMobileIsAuditedBeforeItAnswers() {
        const qint64 id = TestCluster::vaccinatorWhere(QStringLiteral("status = 'active'"));
        auto mobile = TestCluster::admin().exec(
            QStringLiteral("SELECT mobile FROM private.vaccinator WHERE id = $1"), {id});
        const qint64 before = count(QStringLiteral(
            "SELECT count(*) FROM audit.event WHERE action = 'vaccinator.looked_up_by_mobile'"));
        VaccinatorQuery q;
        q.mobile = mobile.value().text(0, 0);
        auto rows = m_helpClient.vaccinators.search(q, {});
        QVERIFY(rows.isOk());
        QCOMPARE(rows.value().size(), 1);
        QCOMPARE(rows.value().first().id, id);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.event "
                                      "WHERE action = 'vaccinator.looked_up_by_mobile'")),
                 before + 1);
        q.mobile = QStringLiteral("12345");
        auto bad = m_helpClient.vaccinators.search(q, {});
        QVERIFY(!bad.isOk());
        QCOMPARE(bad.error().kind, db::DbError::Kind::Invalid);
        QCOMPARE(bad.error().field, QStringLiteral("mobile"));
    }

    void aRevealInsideARolledBackTransactionTellsNothing() {
        const qint64 id = TestCluster::vaccinatorWhere(QStringLiteral("status = 'active'"));
        const QString audited = QStringLiteral(
            "SELECT count(*) FROM audit.event WHERE action = 'vaccinator.mobile_revealed' "
            "AND target_id = $1");
        const qint64 before = count(audited, {QString::number(id)});
        db::PgConnection &raw = m_helpClient.raw();
        QVERIFY(raw.exec(QStringLiteral("BEGIN")).isOk());
        auto requested =
            raw.exec(QStringLiteral("SELECT console.vaccinator_reveal_request($1, $2)"),
                     {id, QStringLiteral("attacker wants the number")});
        QVERIFY(requested.isOk());
        auto told = raw.exec(QStringLiteral("SELECT mobile FROM console.vaccinator_reveal($1)"),
                             {requested.value().int64(0, 0)});
        QVERIFY(!told.isOk());
        QCOMPARE(told.error().sqlState, QStringLiteral("CW422"));
        raw.exec(QStringLiteral("ROLLBACK"));
        QCOMPARE(count(audited, {QString::number(id)}), before);

        // The client's own way: recorded and committed, then told.
        auto shown = m_helpClient.vaccinators.revealMobile(
            id, QStringLiteral("vaccinator asked on the phone"));
        QVERIFY(shown.isOk());
        auto mobile = TestCluster::admin().exec(
            QStringLiteral("SELECT mobile FROM private.vaccinator WHERE id = $1"), {id});
        QCOMPARE(shown.value().mobile, mobile.value().text(0, 0));
        QCOMPARE(shown.value().visibleSeconds, 30);
        QCOMPARE(count(audited, {QString::number(id)}), before + 1);
    }

    void aStaleVersionIsCW409() {
        const qint64 id = TestCluster::vaccinatorWhere(QStringLiteral("status = 'active'"));
        auto seenByHelpdesk = m_helpClient.vaccinators.detail(id);
        auto seenByAdmin = m_adminClient.vaccinators.detail(id);
        QVERIFY(seenByHelpdesk.isOk() && seenByAdmin.isOk());
        auto first = m_adminClient.vaccinators.setDisabled(
            id, seenByAdmin.value().row.version, true, QStringLiteral("left the service"));
        QVERIFY(first.isOk());
        auto second = m_helpClient.vaccinators.forceReset(id, seenByHelpdesk.value().row.version,
                                                          QStringLiteral("caller verified"));
        QVERIFY(!second.isOk());
        QCOMPARE(second.error().kind, db::DbError::Kind::Stale);
        auto enabled = m_adminClient.vaccinators.setDisabled(
            id, first.value(), false, QStringLiteral("rejoined the service"));
        QVERIFY(enabled.isOk());
        QCOMPARE(enabled.value(), first.value() + 1);
    }

    // The detail pane's one read: the facts, deliveries and events of the separate calls, in
    // one round trip.
    void theOverviewIsTheThreeReadsInOne() {
        const qint64 id = TestCluster::vaccinatorWhere(QStringLiteral("status = 'active'"));
        auto detail = m_adminClient.vaccinators.detail(id);
        QVERIFY(detail.isOk());
        QVERIFY(m_adminClient.vaccinators
                    .forceReset(id, detail.value().row.version, QStringLiteral("caller verified"))
                    .isOk());
        auto overview = m_adminClient.vaccinators.overview(id, 5);
        QVERIFY(overview.isOk());
        auto again = m_adminClient.vaccinators.detail(id);
        QCOMPARE(overview.value().detail.row.version, again.value().row.version);
        QCOMPARE(overview.value().detail.row.loginId, again.value().row.loginId);
        QVERIFY(overview.value().detail.row.mustChangePassword);
        const auto events = m_adminClient.vaccinators.events(id, 5);
        const auto deliveries = m_adminClient.vaccinators.deliveries(id);
        QCOMPARE(overview.value().events.size(), events.value().size());
        QCOMPARE(overview.value().events.first().id, events.value().first().id);
        QCOMPARE(overview.value().events.first().action,
                 QStringLiteral("vaccinator.password_reset"));
        QCOMPARE(overview.value().deliveries.size(), deliveries.value().size());
        // A refused pipeline leaves the connection as it was.
        QCOMPARE(m_adminClient.vaccinators.overview(-1, 5).error().kind,
                 db::DbError::Kind::Invalid);
        QVERIFY(m_adminClient.vaccinators.detail(id).isOk());
    }

    void delegationIsEnforcedByTheServer() {
        TestOperator scoped =
            TestCluster::createOperator(QStringLiteral("va_scoped"), {QStringLiteral("helpdesk")});
        db::AdminClient dba(TestCluster::admin());
        QVERIFY(dba.setOperatorScope(scoped.name, {QStringLiteral("KA")}, {}).isOk());
        test::ConsoleCalls client;
        QVERIFY(TestCluster::signIn(client, scoped));
        const qint64 inside =
            TestCluster::vaccinatorWhere(QStringLiteral("state_code = 'KA' AND status = 'active'"));
        const qint64 outside = TestCluster::vaccinatorWhere(
            QStringLiteral("state_code <> 'KA' AND status = 'active'"));
        // Outside its scope it reads nothing and does nothing.
        auto out = client.vaccinators.detail(outside);
        QVERIFY(!out.isOk());
        QCOMPARE(out.error().kind, db::DbError::Kind::Forbidden);
        QCOMPARE(client.vaccinators.events(outside, 10).error().kind, db::DbError::Kind::Forbidden);
        QCOMPARE(client.vaccinators.deliveries(outside).error().kind, db::DbError::Kind::Forbidden);
        vaccinators::VaccinatorQuery everywhere;
        everywhere.loginPrefix = QStringLiteral("sp");
        vaccinators::PageRequest page;
        page.pageSize = 500;
        auto listed = client.vaccinators.search(everywhere, page);
        QVERIFY(listed.isOk());
        QVERIFY(!listed.value().isEmpty());
        for (const auto &row : listed.value())
            QCOMPARE(row.stateCode, QStringLiteral("KA"));
        auto refused = client.vaccinators.forceReset(outside, 1, QStringLiteral("try it"));
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.error().kind, db::DbError::Kind::Forbidden);
        auto revealRefused =
            client.vaccinators.revealMobile(outside, QStringLiteral("just curious"));
        QCOMPARE(revealRefused.error().kind, db::DbError::Kind::Forbidden);
        // The overview asks the three reads in one pipeline: refused as a whole, and the
        // connection goes on.
        auto overviewOut = client.vaccinators.overview(outside, 10);
        QVERIFY(!overviewOut.isOk());
        QCOMPARE(overviewOut.error().kind, db::DbError::Kind::Forbidden);
        auto in = client.vaccinators.detail(inside);
        QVERIFY(in.value().row.inScope);
        QVERIFY(client.vaccinators
                    .forceReset(inside, in.value().row.version, QStringLiteral("caller verified"))
                    .isOk());
    }

    void aBulkResetTakesAStepUpAndSurvivesADroppedConnection() {
        // A district's worth of accounts, small enough for a test.
        auto district = TestCluster::admin().exec(QStringLiteral(
            "SELECT district_id, count(*) FROM private.vaccinator WHERE status <> 'disabled' "
            "GROUP BY district_id ORDER BY count(*) DESC, district_id LIMIT 1"));
        const QString districtId = district.value().text(0, 0);
        const qint64 accounts = district.value().int64(0, 1);
        auto preview = m_adminClient.vaccinators.bulkPreview(
            vaccinators::BulkAction::Reset, QStringLiteral("district"), districtId);
        QVERIFY(preview.isOk());
        QCOMPARE(preview.value().accounts, accounts);

        auto helpdeskTries = m_helpClient.vaccinators.bulkPreview(
            vaccinators::BulkAction::Reset, QStringLiteral("district"), districtId);
        QCOMPARE(helpdeskTries.error().kind, db::DbError::Kind::Forbidden);
        auto noStepUp = m_adminClient.vaccinators.bulkBegin(
            vaccinators::BulkAction::Reset, QStringLiteral("district"), districtId,
            QStringLiteral("incident 114"), true, 0);
        QCOMPARE(noStepUp.error().field, QStringLiteral("step_up_code"));

        // A code typed while signed in is a step-up: it opens no new session.
        std::optional<login::OtpVerdict> stepUp;
        for (int offset : {1, 2}) {
            auto v = m_adminClient.signIn.submitOtp(TestCluster::code(m_admin.secret, offset));
            QVERIFY(v.isOk());
            if (v.value().outcome == login::OtpVerdict::Outcome::Accepted) {
                stepUp = v.value();
                break;
            }
        }
        QVERIFY(stepUp.has_value());
        QVERIFY(!stepUp->sessionOpened);
        auto begun = m_adminClient.vaccinators.bulkBegin(
            vaccinators::BulkAction::Reset, QStringLiteral("district"), districtId,
            QStringLiteral("incident 114"), false, stepUp->attemptId);
        QVERIFY2(begun.isOk(), qPrintable(begun.error().message));
        const qint64 bulk = begun.value();
        QVERIFY(accounts >= 2);

        // A chunk whose connection drops before it commits leaves nothing behind.
        const QString events =
            QStringLiteral("SELECT count(*) FROM audit.event WHERE action = "
                           "'vaccinator.password_reset' AND details->>'bulk' = $1");
        db::PgConnection &raw = m_adminClient.raw();
        QVERIFY(raw.exec(QStringLiteral("BEGIN")).isOk());
        QVERIFY(
            raw.exec(QStringLiteral("SELECT * FROM console.vaccinator_bulk_chunk($1, 1)"), {bulk})
                .isOk());
        auto pid = raw.exec(QStringLiteral("SELECT pg_backend_pid()"));
        TestCluster::admin().exec(QStringLiteral("SELECT pg_terminate_backend($1)"),
                                  {pid.value().int64(0, 0)});
        QTRY_VERIFY(!raw.exec(QStringLiteral("SELECT 1")).isOk());
        QCOMPARE(count(events, {QString::number(bulk)}), 0);
        QCOMPARE(count(QStringLiteral("SELECT done FROM private.bulk_reset WHERE id = $1"), {bulk}),
                 0);

        // The client reconnects, presents its session again, and the bulk reset goes on.
        BulkProgress progress;
        int chunks = 0;
        do {
            auto r = m_adminClient.vaccinators.bulkChunk(bulk, 1);
            if (!r.isOk() && r.error().kind == db::DbError::Kind::Unreachable)
                continue; // the dropped connection, seen once
            QVERIFY2(r.isOk(), qPrintable(r.error().message));
            progress = r.value();
            ++chunks;
        } while (!progress.finished && chunks < 1000);
        QCOMPARE(progress.done, accounts);
        QCOMPARE(progress.planned, accounts);
        QCOMPARE(count(events, {QString::number(bulk)}), accounts);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.event WHERE target_type = "
                                      "'bulk_reset' AND target_id = $1"),
                       {QString::number(bulk)}),
                 2); // started, finished
        QCOMPARE(count(QStringLiteral(
                           "SELECT count(*) FROM private.vaccinator WHERE district_id = "
                           "$1::integer AND status <> 'disabled' AND NOT must_change_password"),
                       {districtId}),
                 0);
    }
};

QTEST_GUILESS_MAIN(VaccinatorAccountsThroughTheClient)
#include "vaccinator_accounts_through_the_client.moc"
