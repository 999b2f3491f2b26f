// SPDX-License-Identifier: Apache-2.0
// An incident commander watches (offscreen, real cluster): a portal account goes over its
// lookup budget, the alert appears in the open Watch section without anyone asking and the
// section's entry counts it; frozen from the alert with a reason, the account's next lookup is
// refused (account_frozen), and the freeze is in the audit trail under the commander's name.
#include "main/MainWindow.h"
#include "support/ConsoleWindow.h"
#include "support/SectionFit.h"
#include "watch/WatchAlertModel.h"
#include "watch/WatchDetailPane.h"
#include "watch/WatchPage.h"
#include "widgets/ReasonDialog.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace cowin;
using cowin::test::TestCluster;

class WatchAlertFreeze : public QObject {
    Q_OBJECT

    test::ConsoleWindow m_console;
    db::PgConnection m_portal;
    test::TestOperator m_portalLogin;
    qint64 m_account = 0;
    QString m_login;
    QString m_group;

    ui::WatchPage *page() const { return m_console.window->findChild<ui::WatchPage *>(); }
    QListWidgetItem *entry() const {
        auto *nav = m_console.window->findChild<QListWidget *>(QStringLiteral("navigation"));
        for (int i = 0; i < nav->count(); ++i)
            if (nav->item(i)->data(Qt::UserRole).toString() == QLatin1String("watch"))
                return nav->item(i);
        return nullptr;
    }
    QString lookUp(const QString &number) {
        auto r = m_portal.exec(
            QStringLiteral("SELECT reason FROM portal.authorize_lookup($1, $2, '10.77.1.1')"),
            {m_login, number});
        return r.isOk() ? r.value().text(0, 0) : r.error().sqlState;
    }
    int rowOfAccount() const {
        const auto &alerts = page()->model()->alerts();
        for (int i = 0; i < alerts.size(); ++i)
            if (alerts.at(i).account == m_account && alerts.at(i).open)
                return i;
        return -1;
    }

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        QStandardPaths::setTestModeEnabled(true);
        TestCluster::ensureVaccinators(100);
        m_account = TestCluster::vaccinatorWhere(
            QStringLiteral("status = 'active' AND NOT EXISTS (SELECT 1 FROM private.watched w "
                           "WHERE w.vaccinator_id = private.vaccinator.id)"));
        QVERIFY(m_account > 0);
        m_login = TestCluster::admin()
                      .exec(QStringLiteral("SELECT login_id FROM private.vaccinator WHERE id = $1"),
                            {m_account})
                      .value()
                      .text(0, 0);
        // A peer group of this test's own, with a budget of three people an hour.
        m_group = QStringLiteral("centre:gui_watch_%1").arg(QCoreApplication::applicationPid());
        QVERIFY(
            TestCluster::admin()
                .exec(QStringLiteral("INSERT INTO private.watch_budget (peer_group, "
                                     "people_per_hour, people_per_day, floor_per_hour, "
                                     "floor_per_day, set_by) VALUES ($1, 3, 10, 3, 10, 'test')"),
                      {m_group})
                .isOk());
        QVERIFY(TestCluster::admin()
                    .exec(QStringLiteral("INSERT INTO private.watched (vaccinator_id, peer_group) "
                                         "VALUES ($1, $2)"),
                          {m_account, m_group})
                    .isOk());
        m_portalLogin = TestCluster::createServiceLogin(QStringLiteral("gui_portal"),
                                                        QStringLiteral("cowin_portal"));
        db::ConnectionProfile profile = TestCluster::profile();
        QVERIFY(m_portal
                    .open(profile, m_portalLogin.name, m_portalLogin.password,
                          QStringLiteral("portal-test"))
                    .isOk());
        QVERIFY(m_console.open(QStringLiteral("gui_watch"), {QStringLiteral("incident")}));
    }

    void anAlertAppearsLiveInTheOpenSection() {
        QVERIFY(entry());
        QSignalSpy listed(page(), &ui::WatchPage::listed);
        m_console.window->selectSection(QStringLiteral("watch"));
        QVERIFY(listed.wait(10000) || !listed.isEmpty());
        QCOMPARE(rowOfAccount(), -1);
        const int before = page()->openAlerts();
        for (const char *number : {"9811100001", "9811100002", "9811100003"})
            QCOMPARE(lookUp(QLatin1String(number)), QStringLiteral("ok"));
        QElapsedTimer sinceOver;
        sinceOver.start();
        QCOMPARE(lookUp(QStringLiteral("9811100004")), QStringLiteral("lookup_budget"));
        // Nothing here asks: the server's notice brings it.
        QTRY_VERIFY_WITH_TIMEOUT(rowOfAccount() >= 0, 10000);
        qInfo("alert painted %lld ms after the lookup that crossed the budget",
              sinceOver.elapsed());
        QTRY_COMPARE(page()->openAlerts(), before + 1);
        QTRY_VERIFY(entry()->text().contains(QStringLiteral("(%1)").arg(before + 1)));
        const watch::WatchAlert &a = page()->model()->alerts().at(rowOfAccount());
        QCOMPARE(a.kind, QStringLiteral("lookup_budget"));
        QCOMPARE(a.loginId, m_login);
        QCOMPARE(a.peopleHour, 3);
        QCOMPARE(a.budgetHour, 3);
        QVERIFY(watch::WatchAlertModel::whatText(a).contains(QLatin1String("budget")));
        test::screenshot(m_console.window.get(), QStringLiteral("watch-alert"));
    }

    void freezingItRefusesTheNextLookup() {
        selectWholeRow(rowOfAccount());
        auto *freeze = page()->findChild<QPushButton *>(QStringLiteral("watchFreeze"));
        QTRY_VERIFY(freeze->isVisible() && freeze->isEnabled());
        // The alert's actions, shown only with an alert chosen, each answer an Alt+letter of
        // their own.
        QVERIFY2(test::clashingMnemonics(m_console.window.get()).isEmpty(),
                 qPrintable(test::clashingMnemonics(m_console.window.get()).join(u'\n')));
        QTest::mouseClick(freeze, Qt::LeftButton);
        auto *dialog = test::waitForDialog<ui::ReasonDialog>(m_console.window.get());
        // No reason: refused at the field, nothing frozen.
        test::clickButton(dialog, "reasonOk");
        QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("reasonError"))->isVisible());
        QCOMPARE(lookUp(QStringLiteral("9811100001")), QStringLiteral("ok"));
        test::typeInto(dialog, "reason", QStringLiteral("walking through numbers like a bot"));
        test::clickButton(dialog, "reasonOk");
        QTRY_VERIFY(!m_console.window->findChild<ui::ReasonDialog *>());
        QTRY_VERIFY(page()->findChild<QLabel *>(QStringLiteral("watchNotice"))->isVisible());
        QCOMPARE(lookUp(QStringLiteral("9811100001")), QStringLiteral("account_frozen"));
        QCOMPARE(lookUp(QStringLiteral("9811100009")), QStringLiteral("account_frozen"));
        QTRY_VERIFY(rowOfAccount() >= 0 && page()->model()->alerts().at(rowOfAccount()).frozen());
        QTRY_COMPARE(freeze->text(), ui::WatchDetailPane::tr("&Release…"));
        QVERIFY2(test::clashingMnemonics(m_console.window.get()).isEmpty(),
                 qPrintable(test::clashingMnemonics(m_console.window.get()).join(u'\n')));
        auto audited = TestCluster::admin().exec(
            QStringLiteral("SELECT actor, reason FROM audit.event WHERE action = 'watch.frozen' "
                           "AND target_type = 'vaccinator' AND target_id = $1::text"),
            {m_account});
        QVERIFY(audited.isOk());
        QCOMPARE(audited.value().rows(), 1);
        QCOMPARE(audited.value().text(0, 0), m_console.op.name);
        QCOMPARE(audited.value().text(0, 1), QStringLiteral("walking through numbers like a bot"));
    }

    void cleanupTestCase() { m_console.close(); }

private:
    void selectWholeRow(int row) {
        QVERIFY(row >= 0);
        page()->view()->setCurrentIndex(page()->view()->model()->index(row, 0));
    }
};

QTEST_MAIN(WatchAlertFreeze)
#include "watch_alert_freeze.moc"
