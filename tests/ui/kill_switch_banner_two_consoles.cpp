// SPDX-License-Identifier: Apache-2.0
// The kill-switch as operators meet it: real main windows (offscreen) of three consoles, each
// with its own connection to the real cluster. One engages with a fresh code; the others
// show the red banner without asking; a second and a third operator restore it.
#include "db/Session.h"
#include "main/MainWindow.h"
#include "partners/GatewaysDialog.h"
#include "partners/KillSwitchBanner.h"
#include "partners/KillSwitchDialog.h"
#include "partners/KillSwitchHistoryDialog.h"
#include "partners/PartnerTableModel.h"
#include "partners/PartnersPage.h"
#include "support/ConsoleWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>
#include <algorithm>

using namespace cowin;
using cowin::test::TestCluster;

namespace {
struct Console : cowin::test::ConsoleWindow {
    ui::KillSwitchBanner *banner() const { return window->findChild<ui::KillSwitchBanner *>(); }
    QString bannerText() const {
        return banner()->findChild<QLabel *>(QStringLiteral("killSwitchText"))->text();
    }
};
} // namespace

class KillSwitchBannerTwoConsoles : public QObject {
    Q_OBJECT

    Console m_first;  // incident commander: engages
    Console m_second; // incident commander: requests the restore
    Console m_third;  // admin: approves
    QString m_partner;

    // The partner's status as the third console's Partners section shows it.
    QString partnerStatus() const {
        auto *page = m_third.window->findChild<ui::PartnersPage *>();
        for (int row = 0; row < page->model()->rowCount(); ++row)
            if (page->model()->index(row, partners::PartnerTableModel::Name).data().toString() ==
                m_partner)
                return page->model()
                    ->index(row, partners::PartnerTableModel::Status)
                    .data()
                    .toString();
        return {};
    }

    static void open(Console &c, const QString &prefix, const QString &group) {
        QVERIFY(c.open(prefix, {group}));
    }
    static ui::KillSwitchDialog *dialogOf(const Console &c) {
        return cowin::test::waitForDialog<ui::KillSwitchDialog>(c.window.get());
    }
    static void type(QWidget *parent, const char *name, const QString &text) {
        cowin::test::typeInto(parent, name, text);
    }
    static void shot(QWidget *w, const QString &name) { cowin::test::screenshot(w, name); }

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        QStandardPaths::setTestModeEnabled(true);
        // Other tests leave partner APIs on; make sure.
        TestCluster::admin().exec(QStringLiteral(
            "UPDATE private.kill_switch_incident SET restore_requested_by = coalesce("
            "restore_requested_by, 'tests'), restored_by = 'tests-cleanup', restored_at = now() "
            "WHERE restored_at IS NULL"));
        // A partner the switch will cut.
        m_partner = QStringLiteral("GUI KS Partner %1").arg(QCoreApplication::applicationPid());
        QVERIFY(TestCluster::admin()
                    .exec(QStringLiteral("SELECT admin.create_partner($1, 'private', "
                                         "ARRAY['appointment.slots'], "
                                         "ARRAY['203.0.113.0/24']::cidr[])"),
                          {m_partner})
                    .isOk());
        open(m_first, QStringLiteral("gui_ks_a"), QStringLiteral("incident"));
        open(m_second, QStringLiteral("gui_ks_b"), QStringLiteral("incident"));
        open(m_third, QStringLiteral("gui_ks_c"), QStringLiteral("admin"));
        QTRY_VERIFY(m_second.bannerText().contains(QLatin1String("are on")));
    }

    void engagedInOneConsoleShownInTheOthers() {
        QTest::mouseClick(
            m_first.banner()->findChild<QPushButton *>(QStringLiteral("killSwitchEngage")),
            Qt::LeftButton);
        ui::KillSwitchDialog *dialog = dialogOf(m_first);
        auto *blast = dialog->findChild<QLabel *>(QStringLiteral("killSwitchBlast"));
        QTRY_VERIFY(blast->text().contains(QLatin1String("This cuts")));
        type(dialog, "killSwitchReason", QStringLiteral("bot harvesting beneficiary data"));
        type(dialog, "killSwitchCode", TestCluster::wrongCode(m_first.op.secret));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("killSwitchOk")),
                          Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("killSwitchError"));
        QTRY_VERIFY(error->text().contains(QLatin1String("not right")));
        QVERIFY(m_second.bannerText().contains(QLatin1String("are on")));
        type(dialog, "killSwitchCode", TestCluster::code(m_first.op.secret, 1));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("killSwitchOk")),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_first.window->findChild<ui::KillSwitchDialog *>());
        // The other consoles did not ask: the server's notice made them read the state.
        QTRY_VERIFY(m_second.bannerText().contains(QLatin1String("KILL-SWITCH")));
        QTRY_VERIFY(m_third.bannerText().contains(QLatin1String("KILL-SWITCH")));
        QVERIFY(m_third.bannerText().contains(m_first.op.name));
        QVERIFY(m_third.bannerText().contains(QLatin1String("bot harvesting beneficiary data")));
        // A gateway applies the state with the switch in force, as cowin-gatewayd does after
        // its read: the banner names how many gateways obey it, and how fast.
        const auto gatewayLogin = TestCluster::createServiceLogin(QStringLiteral("gui_ks_gw"),
                                                                  QStringLiteral("cowin_gateway"));
        db::PgConnection gateway;
        QVERIFY(gateway
                    .open(TestCluster::profile(), gatewayLogin.name, gatewayLogin.password,
                          QStringLiteral("gateway"))
                    .isOk());
        auto state = gateway.exec(QStringLiteral("SELECT version, cursor FROM gateway.state()"));
        QVERIFY(state.isOk());
        QVERIFY(gateway
                    .exec(QStringLiteral("SELECT gateway.applied($1, $2, $3)"),
                          {QStringLiteral("gui-gw-%1").arg(QCoreApplication::applicationPid()),
                           state.value().int64(0, 0), state.value().text(0, 1)})
                    .isOk());
        const qint64 known =
            TestCluster::admin()
                .exec(QStringLiteral("SELECT count(*) FROM private.gateway_instance"))
                .value()
                .int64(0, 0);
        QTRY_VERIFY2(
            m_first.bannerText().contains(QStringLiteral("Obeyed by 1 of %1 gateways").arg(known)),
            qPrintable(m_first.bannerText()));
        // Each gateway by name, with the version it decides from and how fast it obeyed.
        QTest::mouseClick(
            m_first.banner()->findChild<QPushButton *>(QStringLiteral("killSwitchGatewaysButton")),
            Qt::LeftButton);
        auto *gateways = cowin::test::waitForDialog<ui::GatewaysDialog>(m_first.window.get());
        QVERIFY(gateways);
        QTRY_COMPARE(gateways->table()->rowCount(), static_cast<int>(known));
        const auto mine = gateways->table()->findItems(
            QStringLiteral("gui-gw-%1").arg(QCoreApplication::applicationPid()), Qt::MatchExactly);
        QCOMPARE(mine.size(), 1);
        QVERIFY(gateways->table()
                    ->item(mine.first()->row(), 4)
                    ->text()
                    .startsWith(QLatin1String("obeys, ")));
        QVERIFY(gateways->table()
                    ->item(mine.first()->row(), 1)
                    ->text()
                    .contains(QLatin1String("(current)")));
        shot(gateways, QStringLiteral("kill-switch-gateways"));
        gateways->close();
        // The partner list says what the switch cuts, while it is on.
        m_third.window->selectSection(QStringLiteral("partners"));
        QTRY_VERIFY2(partnerStatus().contains(QLatin1String("cut by the kill-switch")),
                     qPrintable(partnerStatus()));
        shot(m_third.window.get(), QStringLiteral("kill-switch-01-banner"));
    }

    void restoredByTwoOtherOperators() {
        QTest::mouseClick(
            m_second.banner()->findChild<QPushButton *>(QStringLiteral("killSwitchRequest")),
            Qt::LeftButton);
        ui::KillSwitchDialog *request = dialogOf(m_second);
        // From the keyboard: the reason has the focus, and Tab goes on to the code.
        request->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(request));
        auto *reason = request->findChild<QLineEdit *>(QStringLiteral("killSwitchReason"));
        QTRY_COMPARE(QApplication::focusWidget(), reason);
        QTest::keyClick(reason, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(),
                 request->findChild<QLineEdit *>(QStringLiteral("killSwitchCode")));
        type(request, "killSwitchReason", QStringLiteral("bot blocked at the edge"));
        type(request, "killSwitchCode", TestCluster::code(m_second.op.secret, 1));
        QTest::mouseClick(request->findChild<QPushButton *>(QStringLiteral("killSwitchOk")),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_second.window->findChild<ui::KillSwitchDialog *>());
        // The requester may not approve; the admin's console offers it.
        QTRY_VERIFY(m_third.bannerText().contains(QLatin1String("Restore requested")));
        QVERIFY(!m_second.banner()
                     ->findChild<QPushButton *>(QStringLiteral("killSwitchApprove"))
                     ->isVisible());
        auto *approveButton =
            m_third.banner()->findChild<QPushButton *>(QStringLiteral("killSwitchApprove"));
        QTRY_VERIFY(approveButton->isVisible());
        shot(m_third.window.get(), QStringLiteral("kill-switch-02-restore-requested"));
        // The requester may take the request back; the others may not.
        QVERIFY(m_second.banner()
                    ->findChild<QPushButton *>(QStringLiteral("killSwitchWithdraw"))
                    ->isVisible());
        QVERIFY(!m_third.banner()
                     ->findChild<QPushButton *>(QStringLiteral("killSwitchWithdraw"))
                     ->isVisible());
        QTest::mouseClick(approveButton, Qt::LeftButton);
        ui::KillSwitchDialog *approve = dialogOf(m_third);
        // The approver reads why it was switched off and why it should come back, in the
        // dialog's own colours (not the red banner's white).
        const QList<QLabel *> labels = approve->findChildren<QLabel *>();
        const auto intro = std::find_if(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->text().contains(QLatin1String("asked to switch partner APIs back on"));
        });
        QVERIFY(intro != labels.cend());
        QVERIFY((*intro)->text().contains(QLatin1String("bot blocked at the edge")));
        QVERIFY((*intro)->text().contains(QLatin1String("bot harvesting beneficiary data")));
        QVERIFY((*intro)->palette().color(QPalette::WindowText) != QColor(Qt::white));
        type(approve, "killSwitchCode", TestCluster::code(m_third.op.secret, 1));
        QTest::mouseClick(approve->findChild<QPushButton *>(QStringLiteral("killSwitchOk")),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_third.window->findChild<ui::KillSwitchDialog *>());
        QTRY_VERIFY(m_first.bannerText().contains(QLatin1String("are on")));
        QTRY_VERIFY(m_second.bannerText().contains(QLatin1String("are on")));
        QTRY_COMPARE(partnerStatus(), QStringLiteral("Active"));
    }

    void theHistoryKeepsTheSwitchOffWithItsRestore() {
        QTest::mouseClick(
            m_third.banner()->findChild<QPushButton *>(QStringLiteral("killSwitchHistoryButton")),
            Qt::LeftButton);
        auto *history =
            cowin::test::waitForDialog<ui::KillSwitchHistoryDialog>(m_third.window.get());
        QTRY_VERIFY(history->table()->rowCount() > 0);
        const auto cell = [history](int column) {
            return history->table()->item(0, column)->text();
        };
        QVERIFY(cell(1).contains(QLatin1String("every partner API")));
        QVERIFY(cell(2).contains(m_first.op.name) &&
                cell(2).contains(QLatin1String("bot harvesting beneficiary data")));
        QVERIFY(cell(3).contains(m_second.op.name) &&
                cell(3).contains(QLatin1String("bot blocked at the edge")));
        QVERIFY2(cell(4).contains(QLatin1String("approved by ") + m_third.op.name),
                 qPrintable(cell(4)));
        shot(history, QStringLiteral("kill-switch-03-history"));
        history->close();
        // Incident commanders read it too (helpdesk may not: pgTAP).
        QVERIFY(!m_first.banner()
                     ->findChild<QPushButton *>(QStringLiteral("killSwitchHistoryButton"))
                     ->isHidden());
    }

    void cleanupTestCase() {
        for (Console *c : {&m_first, &m_second, &m_third})
            c->close();
    }
};

QTEST_MAIN(KillSwitchBannerTwoConsoles)
#include "kill_switch_banner_two_consoles.moc"
