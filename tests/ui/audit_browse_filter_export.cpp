// SPDX-License-Identifier: Apache-2.0
// An auditor works the audit trail in the console (offscreen, real cluster): filters by
// operator and outcome with the activity counting the failures; a bad client address refused
// at its field with the typing kept; a search saved and rerun by name; an event opened with its
// before and after, and its link to everything by the same operator; live mode showing new
// events without moving the rows in sight; a signing key kept in the OS keychain (QtKeychain)
// signing the head; and evidence exported (refused without a reason first), recorded in the
// trail, and verified offline.
#include "audit/AuditEventDialog.h"
#include "audit/AuditEventModel.h"
#include "audit/AuditExportDialog.h"
#include "audit/AuditPage.h"
#include "audit/AuditorKeyPanel.h"
#include "audit/Evidence.h"
#include "audit/SavedSearches.h"
#include "support/ConsoleWindow.h"
#include "widgets/StackedTimeBars.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace cowin;
using cowin::test::TestCluster;

class AuditBrowseFilterExport : public QObject {
    Q_OBJECT

    test::ConsoleWindow m_console;
    test::TestOperator m_helpdesk;
    QTemporaryDir m_dir;

    ui::AuditPage *page() const { return m_console.window->findChild<ui::AuditPage *>(); }
    audit::AuditEventModel *model() const { return page()->model(); }
    QString cell(int row, int column) const {
        return model()->index(row, column).data().toString();
    }
    // Appends chained events about this run's operator as the superuser (audit.append
    // computes each hash).
    void append(const QString &action, const QString &details, int count = 1) {
        QVERIFY(TestCluster::admin()
                    .exec(QStringLiteral("SELECT audit.append($1, 'operator', $2, "
                                         "'checked by the test', $3::jsonb) "
                                         "FROM generate_series(1, $4)"),
                          {action, m_helpdesk.name, details, count})
                    .isOk());
    }
    void waitForSearch() {
        QTRY_VERIFY(!model()->isLoading());
        // An answer may have queued the next page: let it start, then wait for it too.
        QCoreApplication::processEvents();
        QTRY_VERIFY(!model()->isLoading());
    }

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("audit"));
        // A helpdesk operator who types two wrong codes: two failures in the trail.
        m_helpdesk =
            TestCluster::createOperator(QStringLiteral("gui_abh"), {QStringLiteral("helpdesk")});
        test::ConsoleCalls helpdesk;
        QVERIFY(helpdesk.connectAs(TestCluster::profile(), m_helpdesk.name, m_helpdesk.password)
                    .isOk());
        for (int i = 0; i < 2; ++i)
            QVERIFY(helpdesk.signIn.submitOtp(TestCluster::wrongCode(m_helpdesk.secret)).isOk());
        QVERIFY(m_console.open(QStringLiteral("gui_ab"), {QStringLiteral("auditor")}));
        m_console.window->selectSection(QStringLiteral("audit"));
        QVERIFY(page());
        waitForSearch();
        QVERIFY(model()->rowCount() > 0);
    }

    void filtersByOperatorAndOutcome() {
        QSignalSpy activity(page(), &ui::AuditPage::activityShown);
        test::typeInto(page(), "auditActor", m_helpdesk.name);
        auto *outcome = page()->findChild<QComboBox *>(QStringLiteral("auditOutcome"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("failure")));
        test::clickButton(page(), "auditSearch");
        waitForSearch();
        QCOMPARE(model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(cell(row, audit::AuditEventModel::ActorColumn), m_helpdesk.name);
            QCOMPARE(cell(row, audit::AuditEventModel::ActionColumn), QStringLiteral("otp.failed"));
            QVERIFY(model()->index(row, 0).data(audit::AuditEventModel::FailureRole).toBool());
        }
        QTRY_VERIFY(!activity.isEmpty());
        QCOMPARE(activity.last().at(1).toLongLong(), 2);
        QCOMPARE(activity.last().at(2).toLongLong(), 2);
        // The chart's time axis spans its bars: the default last 7 days, with dates on it.
        auto *axis = page()->findChild<ui::StackedTimeBars *>()->timeAxis();
        QVERIFY(axis->isVisible());
        QVERIFY(axis->format().startsWith(QLatin1String("d MMM")));
        const qint64 span = axis->min().secsTo(axis->max());
        QVERIFY2(span >= 7 * 86400 - 3600 && span <= 8 * 86400, qPrintable(QString::number(span)));
        QVERIFY(axis->max() >= QDateTime::currentDateTime());
        // Its ticks fall between bars, on whole hours, not at odd minutes.
        QVERIFY(axis->tickCount() >= 2);
        const qint64 tickGap = span / (axis->tickCount() - 1);
        QCOMPARE(span % (axis->tickCount() - 1), 0);
        QVERIFY2(tickGap % 3600 == 0, qPrintable(QString::number(tickGap)));
        QCOMPARE(axis->min().time().minute(), 0);
        test::screenshot(m_console.window.get(), QStringLiteral("audit-filtered"));
    }

    void aBadClientAddressIsRefusedAtItsField() {
        test::typeInto(page(), "auditClient", QStringLiteral("10.20.3.4/16"));
        test::clickButton(page(), "auditSearch");
        auto *error = page()->findChild<QLabel *>(QStringLiteral("auditError_client_network"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("10.20.0.0/16")), qPrintable(error->text()));
        QCOMPARE(page()->findChild<QLineEdit *>(QStringLiteral("auditClient"))->text(),
                 QStringLiteral("10.20.3.4/16"));
        test::typeInto(page(), "auditClient", QString());
        test::clickButton(page(), "auditSearch");
        waitForSearch();
        QTRY_VERIFY(!error->isVisible());
        QCOMPARE(model()->rowCount(), 2);
    }

    void aSavedSearchRunsAgainByName() {
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<QInputDialog *>(QApplication::activeModalWidget()));
            auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            ask->setTextValue(QStringLiteral("Wrong codes of the new helpdesk"));
            ask->accept();
        });
        test::clickButton(page(), "auditSave");
        QCOMPARE(audit::SavedSearches().names(),
                 QStringList{QStringLiteral("Wrong codes of the new helpdesk")});
        test::clickButton(page(), "auditClear");
        waitForSearch();
        QVERIFY(model()->rowCount() > 2);
        auto *saved = page()->findChild<QComboBox *>(QStringLiteral("auditSaved"));
        const int index = saved->findText(QStringLiteral("Wrong codes of the new helpdesk"));
        QVERIFY(index > 0);
        saved->setCurrentIndex(index);
        Q_EMIT saved->activated(index);
        waitForSearch();
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(page()->filter().actor, m_helpdesk.name);
    }

    void anEventOpensWithItsChangeAndLinks() {
        append(
            QStringLiteral("operator.access_changed"),
            QStringLiteral(
                R"({"before": {"groups": ["helpdesk"]}, "after": {"groups": ["helpdesk", "incident"]}, "name": "Test Person"})"));
        audit::AuditFilter f;
        f.action = QStringLiteral("operator.access_changed");
        f.targetType = QStringLiteral("operator");
        f.targetId = m_helpdesk.name;
        page()->setFilter(f);
        waitForSearch();
        QCOMPARE(model()->rowCount(), 1);
        page()->openEvent(0);
        auto *dialog = test::waitForDialog<ui::AuditEventDialog>(m_console.window.get());
        auto *changes = dialog->findChild<QTableWidget *>(QStringLiteral("auditEventChanges"));
        QVERIFY(changes);
        QCOMPARE(changes->rowCount(), 1);
        QCOMPARE(changes->item(0, 0)->text(), QStringLiteral("groups"));
        QCOMPARE(changes->item(0, 1)->text(), QStringLiteral(R"(["helpdesk"])"));
        QCOMPARE(changes->item(0, 2)->text(), QStringLiteral(R"(["helpdesk","incident"])"));
        QVERIFY(changes->item(0, 0)->font().bold());
        auto *facts = dialog->findChild<QTableWidget *>(QStringLiteral("auditEventFacts"));
        QCOMPARE(facts->item(0, 1)->text(), QStringLiteral("Test Person"));
        // Enter closes the event: no link is the default button.
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("auditEventClose"))->isDefault());
        for (const char *link : {"auditEventsBy", "auditEventsFor"})
            QVERIFY(!dialog->findChild<QPushButton *>(QString::fromLatin1(link))->autoDefault());
        test::screenshot(dialog, QStringLiteral("audit-event"));
        test::clickButton(dialog, "auditEventsBy");
        waitForSearch();
        QCOMPARE(page()->filter().actor, QStringLiteral("cowin_dba"));
        QCOMPARE(page()->filter().span, audit::AuditFilter::Span::AnyTime);
    }

    void aTargetReadsAndIsFoundByItsLoginId() {
        TestCluster::ensureVaccinators(1);
        const qint64 account = TestCluster::vaccinatorWhere(QStringLiteral("true"));
        const QString login =
            TestCluster::admin()
                .exec(QStringLiteral("SELECT login_id FROM private.vaccinator WHERE id = $1"),
                      {account})
                .value()
                .text(0, 0);
        QVERIFY(TestCluster::admin()
                    .exec(QStringLiteral("SELECT audit.append('test.target_named', 'vaccinator', "
                                         "$1, 'checked by the test', NULL)"),
                          {QString::number(account)})
                    .isOk());
        // Typed as people know it; found although the trail records the internal id.
        audit::AuditFilter f;
        f.action = QStringLiteral("test.target_named");
        f.targetType = QStringLiteral("vaccinator");
        f.targetId = login.toUpper();
        page()->setFilter(f);
        waitForSearch();
        QVERIFY(model()->rowCount() >= 1);
        QCOMPARE(cell(0, audit::AuditEventModel::TargetColumn),
                 QStringLiteral("vaccinator ") + login);
        QVERIFY(model()
                    ->index(0, audit::AuditEventModel::TargetColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QString::number(account)));
        // A login id no account has is named at the field.
        f.targetId = QStringLiteral("nobody.at.all");
        page()->setFilter(f);
        QTRY_VERIFY(page()
                        ->findChild<QLabel *>(QStringLiteral("auditError_target_type"))
                        ->text()
                        .contains(QLatin1String("No vaccinator account")));
    }

    void liveEventsArriveWithoutMovingTheRowsInSight() {
        append(QStringLiteral("test.bulk"), QStringLiteral("{}"), 80);
        audit::AuditFilter f;
        f.action = QStringLiteral("test.bulk");
        f.targetType = QStringLiteral("operator");
        f.targetId = m_helpdesk.name;
        page()->setFilter(f);
        waitForSearch();
        QCOMPARE(model()->rowCount(), 80);
        page()->findChild<QCheckBox *>(QStringLiteral("auditLive"))->setChecked(true);
        QScrollBar *bar = page()->view()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 20);
        bar->setValue(10);
        const QModelIndex top = page()->view()->indexAt(QPoint(5, 5));
        const qint64 topId = top.data(audit::AuditEventModel::EventIdRole).toLongLong();
        append(QStringLiteral("test.bulk"), QStringLiteral("{}"), 3);
        QTRY_COMPARE(model()->rowCount(), 83);
        QTRY_COMPARE(bar->value(), 13);
        QCOMPARE(page()
                     ->view()
                     ->indexAt(QPoint(5, 5))
                     .data(audit::AuditEventModel::EventIdRole)
                     .toLongLong(),
                 topId);
        auto *notice = page()->findChild<QPushButton *>(QStringLiteral("auditNewAbove"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QLatin1String("3")));
        page()->findChild<QCheckBox *>(QStringLiteral("auditLive"))->setChecked(false);
    }

    void theSigningKeyLivesInTheKeychain() {
        if (!qEnvironmentVariableIsSet("COWIN_TEST_KEYCHAIN"))
            QSKIP("scripts/test runs this with an unlocked Secret Service");
        auto *keys = page()->findChild<ui::AuditorKeyPanel *>();
        auto *state = keys->findChild<QLabel *>(QStringLiteral("auditorKeyState"));
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QLatin1String("no signing key")) ||
                                     state->text().contains(QLatin1String("cannot be used")),
                                 10000);
        QVERIFY2(!state->text().contains(QLatin1String("cannot be used")),
                 qPrintable(state->text()));
        test::clickButton(keys, "auditorKeyCreate");
        QTRY_VERIFY2_WITH_TIMEOUT(keys->key().has_value(), qPrintable(state->text()), 10000);
        QVERIFY(state->text().contains(QString::fromLatin1(keys->key()->publicKey().toHex())));
        // A second panel for the same operator finds the same key in the keychain.
        ui::AuditorKeyPanel again(m_console.session.get(), m_console.op.name,
                                  TestCluster::profile().describe());
        QTRY_VERIFY_WITH_TIMEOUT(again.key().has_value(), 10000);
        QCOMPARE(again.key()->publicKey(), keys->key()->publicKey());
        QSignalSpy recorded(keys, &ui::AuditorKeyPanel::checkpointRecorded);
        test::clickButton(keys, "auditorKeySign");
        QVERIFY(recorded.wait(10000));
        auto stored = TestCluster::admin().exec(
            QStringLiteral("SELECT count(*) FROM private.audit_checkpoint WHERE last_id = $1 AND "
                           "encode(public_key, 'hex') = $2"),
            {recorded.first().at(0).toLongLong(),
             QString::fromLatin1(keys->key()->publicKey().toHex())});
        QVERIFY(stored.isOk());
        QCOMPARE(stored.value().int64(0, 0), 1);
    }

    void evidenceIsExportedRecordedAndVerifiedOffline() {
        page()->setFilter([this] {
            audit::AuditFilter f;
            f.actor = m_helpdesk.name;
            return f;
        }());
        waitForSearch();
        QCOMPARE(model()->rowCount(), 2);
        test::clickButton(page(), "auditExport");
        auto *dialog = test::waitForDialog<ui::AuditExportDialog>(m_console.window.get());
        // The filter in words, not JSON.
        const QString summary =
            dialog->findChild<QLabel *>(QStringLiteral("auditExportSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("by ") + m_helpdesk.name) &&
                     !summary.contains(QLatin1Char('{')),
                 qPrintable(summary));
        const QString folder = m_dir.filePath(QStringLiteral("evidence"));
        test::typeInto(dialog, "auditExportFolder", folder);
        test::clickButton(dialog, "auditExportStart");
        auto *reasonError = dialog->findChild<QLabel *>(QStringLiteral("auditExportError_reason"));
        QTRY_VERIFY(reasonError->isVisible());
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("auditExportFolder"))->text(),
                 folder);
        QSignalSpy exported(dialog, &ui::AuditExportDialog::exported);
        test::typeInto(dialog, "auditExportReason", QStringLiteral("CERT-In request 2026-114"));
        test::clickButton(dialog, "auditExportStart");
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.first().at(1).toLongLong(), 2);
        const bool keychain = qEnvironmentVariableIsSet("COWIN_TEST_KEYCHAIN");
        QCOMPARE(exported.first().at(2).toBool(), keychain);
        test::screenshot(dialog, QStringLiteral("audit-export"));

        auto *keys = page()->findChild<ui::AuditorKeyPanel *>();
        const audit::EvidenceReport report = audit::checkEvidence(
            folder, keychain ? QList<QByteArray>{keys->key()->publicKey()} : QList<QByteArray>{});
        QVERIFY2(report.holds(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.events, 2);
        if (keychain)
            QCOMPARE(report.signer, keys->key()->publicKey());
        // The export is in the trail, with its reason and filter, by this auditor.
        auto record = TestCluster::admin().exec(
            QStringLiteral("SELECT actor, reason, details -> 'filter' ->> 'actor' FROM audit.event "
                           "WHERE action = 'audit.exported' ORDER BY id DESC LIMIT 1"));
        QVERIFY(record.isOk());
        QCOMPARE(record.value().text(0, 0), m_console.op.name);
        QCOMPARE(record.value().text(0, 1), QStringLiteral("CERT-In request 2026-114"));
        QCOMPARE(record.value().text(0, 2), m_helpdesk.name);
        dialog->close();
    }

    void aKeyFileSignsWhereNoKeychainServes() {
        // A panel of its own: the keychain may hold no key, or none may be reachable.
        ui::AuditorKeyPanel keys(m_console.session.get(), m_console.op.name,
                                 TestCluster::profile().describe());
        const QString path = m_dir.filePath(QStringLiteral("auditor-key.pem"));
        QVERIFY(keys.createKeyFile(path));
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(keys.key().has_value());
        QCOMPARE(keys.keyFile(), path);
        QSignalSpy recorded(&keys, &ui::AuditorKeyPanel::checkpointRecorded);
        keys.signHead();
        QVERIFY(recorded.wait(10000));
        auto stored = TestCluster::admin().exec(
            QStringLiteral("SELECT count(*) FROM private.audit_checkpoint WHERE last_id = $1 AND "
                           "encode(public_key, 'hex') = $2"),
            {recorded.first().at(0).toLongLong(),
             QString::fromLatin1(keys.key()->publicKey().toHex())});
        QCOMPARE(stored.value().int64(0, 0), 1);
        // A key file others may read is no longer only its owner's: refused, and said why.
        const QString shared = m_dir.filePath(QStringLiteral("shared-key.pem"));
        QVERIFY(QFile::copy(path, shared));
        QVERIFY(QFile::setPermissions(shared, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
        ui::AuditorKeyPanel other(m_console.session.get(), m_console.op.name,
                                  TestCluster::profile().describe());
        QVERIFY(!other.useKeyFile(shared));
        QVERIFY(other.findChild<QLabel *>(QStringLiteral("auditorKeyResult"))
                    ->text()
                    .contains(QLatin1String("chmod 600")));
        // And an existing file is never overwritten by a new key.
        QVERIFY(!other.createKeyFile(path));
    }

    void cleanupTestCase() { m_console.close(); }
};

QTEST_MAIN(AuditBrowseFilterExport)
#include "audit_browse_filter_export.moc"
