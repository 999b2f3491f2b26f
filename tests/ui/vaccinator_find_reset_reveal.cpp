// SPDX-License-Identifier: Apache-2.0
// The Vaccinators section with real widgets (offscreen) on the real cluster: search while
// typing, a reset with its reason, the one-time password's delivery state and the audit
// event shown in the details, masking and an audited reveal, and a stale version that
// reloads the account and keeps the reason typed. Set COWIN_SCREENSHOT_DIR for PNGs.
#include "db/Session.h"
#include "delivery/DeliveryWorker.h"
#include "delivery/LoopbackSmsGateway.h"
#include "support/TestCluster.h"
#include "vaccinators/VaccinatorDetailPane.h"
#include "vaccinators/VaccinatorSearchBar.h"
#include "vaccinators/VaccinatorsPage.h"
#include "widgets/ReasonDialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace cowin;
using namespace cowin::vaccinators;
using cowin::test::TestCluster;
using cowin::test::TestOperator;

class VaccinatorFindResetReveal : public QObject {
    Q_OBJECT

    TestOperator m_helpdesk;
    std::unique_ptr<db::Session> m_session;
    std::unique_ptr<ui::VaccinatorsPage> m_page;
    qint64 m_target = 0;
    QString m_targetName;

    template <typename T> T *child(const QString &name) {
        T *w = m_page->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }
    ui::ReasonDialog *openDialog() {
        ui::ReasonDialog *d = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    d = m_page->findChild<ui::ReasonDialog *>();
                    return d && d->isVisible();
                },
                5000))
            qFatal("no reason dialog opened");
        return d;
    }
    void confirm(ui::ReasonDialog *d, const QString &reason) {
        auto *edit = d->findChild<QLineEdit *>(QStringLiteral("reason"));
        edit->clear();
        QTest::keyClicks(edit, reason);
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("reasonOk")), Qt::LeftButton);
    }
    QString detailText(const QString &name) { return child<QLabel>(name)->text(); }
    void shot(const QString &name) {
        const QString dir = qEnvironmentVariable("COWIN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_page->window()->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
    void selectTarget() {
        auto *search = child<QLineEdit>(QStringLiteral("searchName"));
        search->clear();
        QTest::keyClicks(search, m_targetName);
        // The search runs once typing settles: wait for it, not for the list before it.
        QTRY_COMPARE(m_page->model()->query().name, m_targetName);
        QTRY_VERIFY(m_page->model()->rowOfAccount(m_target) >= 0 && !m_page->model()->isLoading());
        m_page->table()->selectRow(m_page->model()->rowOfAccount(m_target));
        QTRY_COMPARE(m_page->detail()->accountId(), m_target);
    }

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        QStandardPaths::setTestModeEnabled(true);
        TestCluster::ensureVaccinators(2000);
        // A name of its own, so the search finds exactly this account.
        m_target = TestCluster::vaccinatorWhere(
            QStringLiteral("status = 'active' AND NOT EXISTS (SELECT 1 FROM private.outbox o WHERE "
                           "o.vaccinator_id = vaccinator.id)"));
        m_targetName = QStringLiteral("Zorawar Quddusi %1").arg(m_target);
        TestCluster::admin().exec(
            QStringLiteral("UPDATE private.vaccinator SET full_name = $2 WHERE id = $1"),
            {m_target, m_targetName});
        TestCluster::admin().exec(QStringLiteral(
            "UPDATE private.outbox SET next_attempt_at = now() + interval '10 years' "
            "WHERE state IN ('pending', 'sending')"));
        m_helpdesk =
            TestCluster::createOperator(QStringLiteral("gui_vac"), {QStringLiteral("helpdesk")});
        m_session = std::make_unique<db::Session>();
        QVERIFY(m_session->connectAs(TestCluster::profile(), m_helpdesk.name, m_helpdesk.password)
                    .result()
                    .isOk());
        QVERIFY(
            m_session->call(&login::SignInCalls::submitOtp, TestCluster::code(m_helpdesk.secret))
                .result()
                .value()
                .sessionOpened);
        auto status = m_session->call(&login::SignInCalls::status).result();
        QVERIFY(status.isOk());
        m_page = std::make_unique<ui::VaccinatorsPage>(m_session.get(), status.value());
        m_page->resize(1360, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->start();
    }

    void theListOpensWithMaskedNumbersAndAFirstAccount() {
        QTRY_VERIFY(m_page->model()->rowCount() > 0);
        for (int i = 0; i < m_page->model()->rowCount(); ++i)
            QVERIFY(m_page->model()
                        ->index(i, VaccinatorListModel::MobileColumn)
                        .data()
                        .toString()
                        .startsWith(QLatin1String("******")));
        QTRY_VERIFY(m_page->detail()->accountId() > 0);
        QTRY_VERIFY(detailText(QStringLiteral("matchCount")).contains(QLatin1String("match")));
        shot(QStringLiteral("vaccinators-01-list"));
    }

    void halfTypedInputSaysWhatIsMissingAtItsField() {
        auto *mobile = child<QLineEdit>(QStringLiteral("searchMobile"));
        QTest::keyClicks(mobile, QStringLiteral("98765"));
        QTRY_VERIFY(
            detailText(QStringLiteral("searchProblem")).contains(QLatin1String("10 digits")));
        QVERIFY(!mobile->styleSheet().isEmpty());
        mobile->clear();
        QTRY_VERIFY(detailText(QStringLiteral("searchProblem")).isEmpty());
    }

    void searchResetAndSeeTheDeliveryAndTheAuditEvent() {
        selectTarget();
        QTest::mouseClick(child<QPushButton>(QStringLiteral("resetButton")), Qt::LeftButton);
        ui::ReasonDialog *dialog = openDialog();
        confirm(dialog, QStringLiteral("ok")); // too short: refused, dialog stays
        QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("reasonError"))
                        ->text()
                        .contains(QLatin1String("5 characters")));
        QVERIFY(dialog->isVisible());
        shot(QStringLiteral("vaccinators-02-reason-refused"));
        confirm(dialog, QStringLiteral("Caller verified by call back"));
        QTRY_VERIFY(!m_page->findChild<ui::ReasonDialog *>());
        QTRY_VERIFY(
            detailText(QStringLiteral("detailDelivery")).contains(QLatin1String("waiting")));
        QTRY_VERIFY(
            detailText(QStringLiteral("detailFacts")).contains(QLatin1String("must be changed")));
        auto *events = child<QListWidget>(QStringLiteral("detailEvents"));
        QTRY_VERIFY(events->count() > 0 &&
                    events->item(0)->text().contains(QLatin1String("Caller verified")));
        QCOMPARE(events->item(0)->data(ui::VaccinatorDetailPane::EventActorRole).toString(),
                 m_helpdesk.name);
        QCOMPARE(m_page->model()->index(0, VaccinatorListModel::StatusColumn).data().toString(),
                 QStringLiteral("Must change password"));

        // The delivery worker sends it; the open details follow without a click.
        delivery::LoopbackSmsGateway gateway;
        gateway.setRecording(true);
        QVERIFY(gateway.listen());
        const TestOperator sms = TestCluster::createServiceLogin(QStringLiteral("gui_sms"),
                                                                 QStringLiteral("cowin_delivery"));
        db::PgConnection workerDb;
        QVERIFY(workerDb.open(TestCluster::profile(), sms.name, sms.password, QStringLiteral("sms"))
                    .isOk());
        delivery::OutboxClient outbox(workerDb);
        delivery::GatewayConfig config;
        config.url = gateway.url();
        config.token = "gui-test-token";
        delivery::DeliveryWorker worker(outbox, config);
        bool drained = false;
        connect(&worker, &delivery::DeliveryWorker::drained, this, [&drained] { drained = true; });
        worker.drain();
        QTRY_VERIFY(drained);
        QCOMPARE(gateway.requests().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            detailText(QStringLiteral("detailDelivery")).contains(QLatin1String("delivered")),
            15000);
        QTRY_VERIFY(events->item(0)->text().contains(QLatin1String("delivered")));
        shot(QStringLiteral("vaccinators-03-reset-delivered"));
    }

    void aRevealShowsTheNumberAfterItsReasonIsRecorded() {
        selectTarget();
        QVERIFY(detailText(QStringLiteral("detailMobile")).startsWith(QLatin1String("******")));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("revealButton")), Qt::LeftButton);
        confirm(openDialog(), QStringLiteral("Vaccinator asked to confirm the number"));
        auto mobile = TestCluster::admin().exec(
            QStringLiteral("SELECT mobile FROM private.vaccinator WHERE id = $1"), {m_target});
        QTRY_COMPARE(detailText(QStringLiteral("detailMobile")), mobile.value().text(0, 0));
        QVERIFY(child<QPushButton>(QStringLiteral("revealButton"))
                    ->text()
                    .contains(QLatin1String("Hidden again")));
        QVERIFY(!child<QPushButton>(QStringLiteral("revealButton"))->isEnabled());
        auto *events = child<QListWidget>(QStringLiteral("detailEvents"));
        QTRY_VERIFY(events->item(0)->text().contains(QLatin1String("Mobile number shown")));
        shot(QStringLiteral("vaccinators-04-revealed"));
        // The table never shows it.
        QVERIFY(
            m_page->model()
                ->index(m_page->model()->rowOfAccount(m_target), VaccinatorListModel::MobileColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("******")));
    }

    void aStaleVersionReloadsAndKeepsTheReason() {
        selectTarget();
        QTest::mouseClick(child<QPushButton>(QStringLiteral("resetButton")), Qt::LeftButton);
        ui::ReasonDialog *dialog = openDialog();
        // Meanwhile an admin elsewhere changes the account.
        TestOperator admin =
            TestCluster::createOperator(QStringLiteral("gui_vac_admin"), {QStringLiteral("admin")});
        test::ConsoleCalls other;
        QVERIFY(TestCluster::signIn(other, admin));
        auto current = other.vaccinators.detail(m_target);
        QVERIFY(other.vaccinators
                    .forceReset(m_target, current.value().row.version,
                                QStringLiteral("reset by another desk"))
                    .isOk());
        const QString reason = QStringLiteral("Second call, caller verified again");
        confirm(dialog, reason);
        QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("reasonError"))
                        ->text()
                        .contains(QLatin1String("Someone else changed")));
        QCOMPARE(dialog->reason(), reason);
        auto *events = child<QListWidget>(QStringLiteral("detailEvents"));
        QTRY_VERIFY(events->item(0)->data(ui::VaccinatorDetailPane::EventActorRole).toString() ==
                    admin.name);
        shot(QStringLiteral("vaccinators-05-stale"));
        // Confirming again applies it to the reloaded version.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reasonOk")),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<ui::ReasonDialog *>());
        QTRY_VERIFY(events->item(0)->text().contains(reason));
    }

    void cleanupTestCase() {
        m_page.reset();
        if (m_session)
            m_session->call(&login::SignInCalls::logout).waitForFinished();
    }
};

QTEST_MAIN(VaccinatorFindResetReveal)
#include "vaccinator_find_reset_reveal.moc"
