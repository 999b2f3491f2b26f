// SPDX-License-Identifier: Apache-2.0
// The kill-switch as operators meet it: real main windows (offscreen) of three consoles, each
// with its own connection to the real cluster. One engages with a fresh code; the others
// show the red banner without asking; a second and a third operator restore it.
#include "db/Session.h"
#include "main/MainWindow.h"
#include "partners/KillSwitchBanner.h"
#include "partners/KillSwitchDialog.h"
#include "support/ConsoleWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
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
    }

    void cleanupTestCase() {
        for (Console *c : {&m_first, &m_second, &m_third})
            c->close();
    }
};

QTEST_MAIN(KillSwitchBannerTwoConsoles)
#include "kill_switch_banner_two_consoles.moc"
