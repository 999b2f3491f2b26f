// SPDX-License-Identifier: Apache-2.0
// An auditor verifies the audit chain in the console (offscreen, real cluster): the chain is
// found intact with the progress bar full; after a superuser's edit the result names the event.
#include "audit/AuditVerifyPanel.h"
#include "db/Session.h"
#include "main/MainWindow.h"
#include "support/ConsoleWindow.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

using namespace cowin;
using cowin::test::AuditTamper;
using cowin::test::TestCluster;

class AuditVerifyInConsole : public QObject {
    Q_OBJECT

    cowin::test::ConsoleWindow m_console;

    QString result() const {
        return m_console.window->findChild<QLabel *>(QStringLiteral("auditVerifyResult"))->text();
    }
    void runVerification() {
        auto *panel = m_console.window->findChild<ui::AuditVerifyPanel *>();
        QSignalSpy finished(panel, &ui::AuditVerifyPanel::finished);
        QTest::mouseClick(
            m_console.window->findChild<QPushButton *>(QStringLiteral("auditVerifyStart")),
            Qt::LeftButton);
        QVERIFY(finished.wait(60000));
    }

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        QStandardPaths::setTestModeEnabled(true);
        // Heads remembered by earlier runs belong to clusters that no longer exist.
        QSettings().remove(QStringLiteral("audit/seenHead"));
        QVERIFY(m_console.open(QStringLiteral("gui_av"), {QStringLiteral("auditor")}));
        m_console.window->selectSection(QStringLiteral("audit"));
        QTRY_VERIFY(m_console.window->findChild<QLabel *>(QStringLiteral("auditHead"))
                        ->text()
                        .contains(QLatin1String("events")));
    }

    void intactWithTheProgressBarFull() {
        auto *bar =
            m_console.window->findChild<QProgressBar *>(QStringLiteral("auditVerifyProgress"));
        // Before a run there is no progress to show, not "0 of N events".
        QVERIFY(bar->isHidden());
        runVerification();
        QVERIFY2(result().startsWith(QLatin1String("Intact")), qPrintable(result()));
        QVERIFY(!bar->isHidden());
        QCOMPARE(bar->value(), bar->maximum());
        // The head moves on after the walk; the finished walk's bar stays full.
        auto *head = m_console.window->findChild<QLabel *>(QStringLiteral("auditHead"));
        const QString headBefore = head->text();
        TestCluster::createOperator(QStringLiteral("avbar"), {QStringLiteral("helpdesk")});
        QVERIFY(TestCluster::waitSealed());
        m_console.window->findChild<ui::AuditVerifyPanel *>()->refreshHead();
        QTRY_VERIFY(head->text() != headBefore);
        QCOMPARE(bar->value(), bar->maximum());
        // The sealer runs beside the tests: the sealing line says how far it has got.
        QTRY_VERIFY(!m_console.window->findChild<QLabel *>(QStringLiteral("auditSealing"))
                         ->text()
                         .isEmpty());
        // Seen as an auditor sees it: the tab in front, the whole window.
        auto *panel = m_console.window->findChild<ui::AuditVerifyPanel *>();
        if (auto *tabs = qobject_cast<QTabWidget *>(panel->parentWidget()->parentWidget()))
            tabs->setCurrentWidget(panel);
        cowin::test::screenshot(m_console.window.get(), QStringLiteral("audit-verify-intact"));
    }

    void superuserEditIsNamed() {
        const qint64 id = AuditTamper::newestEvent(QStringLiteral("true"), 2);
        QVERIFY(id > 0);
        QString broken;
        {
            AuditTamper tamper;
            QVERIFY(tamper.editReason(id, QStringLiteral("edited")));
            runVerification();
            broken = result();
        }
        QVERIFY2(broken.contains(QStringLiteral("event #%1 is not what was recorded").arg(id)),
                 qPrintable(broken));
    }

    void cutTailIsFoundAgainstTheHeadThisConsoleSaw() {
        // The head is remembered when this console verifies it; the newest events then
        // disappear. (Verify once more first: events of this test's own sign-in may have been
        // sealed after the runs above, and a head this console never saw proves nothing.)
        QVERIFY(TestCluster::waitSealed());
        runVerification();
        QVERIFY2(result().startsWith(QLatin1String("Intact")), qPrintable(result()));
        QString broken;
        {
            AuditTamper tamper;
            QVERIFY(tamper.cutNewest(2));
            runVerification();
            broken = result();
        }
        QVERIFY2(broken.contains(QLatin1String("which this console was shown earlier")),
                 qPrintable(broken));
    }

    void cleanupTestCase() { m_console.close(); }
};

QTEST_MAIN(AuditVerifyInConsole)
#include "audit_verify_in_console.moc"
