// SPDX-License-Identifier: Apache-2.0
// Helpdesk follows up a one-time password that never arrived (offscreen, real cluster): the
// section's entry counts it before the section is opened, the list shows it with the gateway's
// reason and the number masked, a new password is sent with a reason (a new reset, audited),
// the problem leaves the list and the count goes down; the account opens in its own section.
#include "delivery/DeliveriesPage.h"
#include "delivery/OutboxTableModel.h"
#include "main/MainWindow.h"
#include "support/ConsoleWindow.h"
#include "vaccinators/VaccinatorsPage.h"
#include "widgets/ReasonDialog.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace cowin;
using cowin::test::TestCluster;

class DeliveriesFollowUp : public QObject {
    Q_OBJECT

    test::ConsoleWindow m_console;
    qint64 m_account = 0;
    QString m_login;
    qint64 m_message = 0;

    ui::DeliveriesPage *page() const { return m_console.window->findChild<ui::DeliveriesPage *>(); }
    QListWidgetItem *entry() const {
        auto *nav = m_console.window->findChild<QListWidget *>(QStringLiteral("navigation"));
        for (int i = 0; i < nav->count(); ++i)
            if (nav->item(i)->data(Qt::UserRole).toString() == QLatin1String("deliveries"))
                return nav->item(i);
        return nullptr;
    }
    qint64 count(const QString &sql) const {
        auto r = TestCluster::admin().exec(sql, {m_account});
        return r.isOk() ? r.value().int64(0, 0) : -1;
    }

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        QStandardPaths::setTestModeEnabled(true);
        TestCluster::ensureVaccinators(100);
        // An account whose last message the gateway refused five times.
        m_account = TestCluster::vaccinatorWhere(
            QStringLiteral("status = 'active' AND NOT EXISTS (SELECT 1 FROM private.outbox o "
                           "WHERE o.vaccinator_id = private.vaccinator.id)"));
        QVERIFY(m_account > 0);
        auto made = TestCluster::admin().exec(
            QStringLiteral("INSERT INTO private.outbox (vaccinator_id, kind, recipient, state, "
                           "attempts, last_error, finished_at) SELECT id, 'temporary_password', "
                           "mobile, 'dead', 5, 'gateway said: number not reachable', now() "
                           "FROM private.vaccinator WHERE id = $1 RETURNING id"),
            {m_account});
        QVERIFY(made.isOk());
        m_message = made.value().int64(0, 0);
        m_login = TestCluster::admin()
                      .exec(QStringLiteral("SELECT login_id FROM private.vaccinator WHERE id = $1"),
                            {m_account})
                      .value()
                      .text(0, 0);
        QVERIFY(m_console.open(QStringLiteral("gui_dl"), {QStringLiteral("helpdesk")}));
    }

    void theEntryCountsProblemsBeforeItIsOpened() {
        QVERIFY(entry());
        QTRY_VERIFY2(entry()->text().contains(QLatin1Char('(')), qPrintable(entry()->text()));
        QVERIFY(page()->problems() >= 1);
    }

    void theProblemIsListedWithItsReason() {
        QSignalSpy listed(page(), &ui::DeliveriesPage::listed);
        m_console.window->selectSection(QStringLiteral("deliveries"));
        QVERIFY(listed.wait(10000) || !listed.isEmpty());
        const int row = page()->model()->rowOf(m_message);
        QVERIFY(row >= 0);
        const auto cell = [this, row](int column) {
            return page()->model()->index(row, column).data().toString();
        };
        QVERIFY(cell(delivery::OutboxTableModel::Account).startsWith(m_login));
        QCOMPARE(cell(delivery::OutboxTableModel::State), QStringLiteral("Given up"));
        QCOMPARE(cell(delivery::OutboxTableModel::Problem),
                 QStringLiteral("gateway said: number not reachable"));
        QVERIFY(cell(delivery::OutboxTableModel::Recipient).startsWith(QLatin1String("******")));
        test::screenshot(m_console.window.get(), QStringLiteral("deliveries-problem"));
    }

    void theAccountOpensInItsSection() {
        page()->view()->selectRow(page()->model()->rowOf(m_message));
        test::clickButton(page(), "openDeliveryAccount");
        QTRY_COMPARE(m_console.window->currentSection(), QStringLiteral("vaccinators"));
        m_console.window->selectSection(QStringLiteral("deliveries"));
    }

    void aNewPasswordAnswersIt() {
        const int before = page()->problems();
        const qint64 resets = count(QStringLiteral(
            "SELECT count(*) FROM audit.event WHERE action = 'vaccinator.password_reset' AND "
            "target_id = $1::text"));
        page()->view()->selectRow(page()->model()->rowOf(m_message));
        auto *resend = page()->findChild<QPushButton *>(QStringLiteral("resendPassword"));
        QTRY_VERIFY(resend->isEnabled());
        QTest::mouseClick(resend, Qt::LeftButton);
        auto *dialog = test::waitForDialog<ui::ReasonDialog>(m_console.window.get());
        test::typeInto(dialog, "reason", QStringLiteral("number confirmed by phone, sent again"));
        test::clickButton(dialog, "reasonOk");
        QTRY_VERIFY(!m_console.window->findChild<ui::ReasonDialog *>());
        QTRY_VERIFY(page()->findChild<QLabel *>(QStringLiteral("deliveriesNotice"))->isVisible());
        QTRY_COMPARE(page()->model()->rowOf(m_message), -1);
        QTRY_COMPARE(page()->problems(), before - 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM private.outbox WHERE vaccinator_id = "
                                      "$1 AND state IN ('pending', 'sending')")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.event WHERE action = "
                                      "'vaccinator.password_reset' AND target_id = $1::text")),
                 resets + 1);
    }

    void cleanupTestCase() { m_console.close(); }
};

QTEST_MAIN(DeliveriesFollowUp)
#include "deliveries_follow_up.moc"
