// SPDX-License-Identifier: Apache-2.0
// An auditor verifies the audit chain in the console (offscreen, real cluster): the chain is
// found intact with the progress bar full; after a superuser's edit the result names the event.
#include "audit/AuditVerifyPanel.h"
#include "db/ConsoleService.h"
#include "main/MainWindow.h"
#include "support/TestCluster.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace cowin;
using cowin::test::TestCluster;

class AuditVerifyInConsole : public QObject {
    Q_OBJECT

    std::unique_ptr<db::ConsoleService> m_service;
    std::unique_ptr<ui::MainWindow> m_window;

    QString result() const {
        return m_window->findChild<QLabel *>(QStringLiteral("auditVerifyResult"))->text();
    }
    void runVerification() {
        auto *panel = m_window->findChild<ui::AuditVerifyPanel *>();
        QSignalSpy finished(panel, &ui::AuditVerifyPanel::finished);
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("auditVerifyStart")),
                          Qt::LeftButton);
        QVERIFY(finished.wait(60000));
    }

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        QStandardPaths::setTestModeEnabled(true);
        const auto op =
            TestCluster::createOperator(QStringLiteral("gui_av"), {QStringLiteral("auditor")});
        m_service = std::make_unique<db::ConsoleService>();
        QVERIFY(m_service->connectAs(TestCluster::profile(), op.name, op.password).result().isOk());
        QVERIFY(m_service->submitOtp(TestCluster::code(op.secret)).result().value().sessionOpened);
        m_window = std::make_unique<ui::MainWindow>(
            m_service.get(), m_service->sessionStatus().result().value(), TestCluster::profile());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->selectSection(QStringLiteral("audit"));
        QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("auditHead"))
                        ->text()
                        .contains(QLatin1String("events")));
    }

    void intactWithTheProgressBarFull() {
        runVerification();
        QVERIFY2(result().startsWith(QLatin1String("Intact")), qPrintable(result()));
        auto *bar = m_window->findChild<QProgressBar *>(QStringLiteral("auditVerifyProgress"));
        QCOMPARE(bar->value(), bar->maximum());
    }

    void superuserEditIsNamed() {
        auto &db = TestCluster::admin();
        auto victim = db.exec(QStringLiteral("SELECT id, reason FROM audit.event ORDER BY id DESC "
                                             "OFFSET 2 LIMIT 1"));
        const qint64 id = victim.value().int64(0, 0);
        const auto original = victim.value().optionalText(0, 1);
        QVERIFY(db.exec(QStringLiteral("ALTER TABLE audit.event DISABLE TRIGGER event_append_only"))
                    .isOk());
        QVERIFY(
            db.exec(QStringLiteral("UPDATE audit.event SET reason = 'edited' WHERE id = $1"), {id})
                .isOk());
        runVerification();
        const QString broken = result();
        db.exec(QStringLiteral("UPDATE audit.event SET reason = $2 WHERE id = $1"),
                {id, original ? QVariant(*original) : QVariant()});
        db.exec(QStringLiteral("ALTER TABLE audit.event ENABLE TRIGGER event_append_only"));
        QVERIFY2(broken.contains(QStringLiteral("event #%1 is not what was recorded").arg(id)),
                 qPrintable(broken));
    }

    void cutTailIsFoundAgainstTheHeadThisConsoleSaw() {
        // The head was remembered when the section read it; the newest events then disappear.
        auto &db = TestCluster::admin();
        QVERIFY(db.exec(QStringLiteral("CREATE TEMP TABLE cut_gui AS SELECT * FROM audit.event "
                                       "ORDER BY id DESC LIMIT 2"))
                    .isOk());
        QVERIFY(db.exec(QStringLiteral("ALTER TABLE audit.event DISABLE TRIGGER event_append_only"))
                    .isOk());
        QVERIFY(
            db.exec(QStringLiteral("DELETE FROM audit.event WHERE id IN (SELECT id FROM cut_gui)"))
                .isOk());
        runVerification();
        const QString broken = result();
        db.exec(QStringLiteral("INSERT INTO audit.event SELECT * FROM cut_gui"));
        db.exec(QStringLiteral("ALTER TABLE audit.event ENABLE TRIGGER event_append_only"));
        db.exec(QStringLiteral("DROP TABLE cut_gui"));
        QVERIFY2(broken.contains(QLatin1String("which this console was shown earlier")),
                 qPrintable(broken));
    }

    void cleanupTestCase() {
        m_window.reset();
        if (m_service)
            m_service->logout().waitForFinished();
        m_service.reset();
    }
};

QTEST_MAIN(AuditVerifyInConsole)
#include "audit_verify_in_console.moc"
