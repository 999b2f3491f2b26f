// SPDX-License-Identifier: Apache-2.0
// An admin in the Vaccinators section, real widgets (offscreen) on the real cluster: a new
// account refused at its field and then created, an edit that meets someone else's change
// (CW409) and keeps what was typed, a CSV import whose bad rows block it until the file is
// fixed, and a masked, audited export. Set COWIN_SCREENSHOT_DIR for PNGs.
#include "db/Session.h"
#include "support/ConsoleWindow.h"
#include "vaccinators/BulkActionDialog.h"
#include "vaccinators/VaccinatorDetailPane.h"
#include "vaccinators/VaccinatorFormDialog.h"
#include "vaccinators/VaccinatorImportDialog.h"
#include "vaccinators/VaccinatorsPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace cowin;
using namespace cowin::vaccinators;
using cowin::test::TestCluster;
using cowin::test::TestOperator;

class VaccinatorEditImportExport : public QObject {
    Q_OBJECT

    TestOperator m_admin;
    std::unique_ptr<db::Session> m_session;
    std::unique_ptr<ui::VaccinatorsPage> m_page;
    QTemporaryDir m_dir;
    int m_centre = 0;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    template <typename T> T *waitFor() { return cowin::test::waitForDialog<T>(m_page.get()); }
    void shot(QWidget *w, const QString &name) { cowin::test::screenshot(w, name); }
    static void setText(QWidget *parent, const char *name, const QString &text) {
        auto *edit = parent->findChild<QLineEdit *>(QString::fromLatin1(name));
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    static QString auditCount(const QString &action) {
        auto r = TestCluster::admin().exec(
            QStringLiteral("SELECT count(*) FROM audit.event WHERE action = $1"), {action});
        return r.value().text(0, 0);
    }

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        QStandardPaths::setTestModeEnabled(true);
        TestCluster::ensureVaccinators(2000);
        m_centre = static_cast<int>(TestCluster::admin()
                                        .exec(QStringLiteral("SELECT min(id) FROM private.centre"))
                                        .value()
                                        .int64(0, 0));
        m_admin = TestCluster::createOperator(QStringLiteral("gui_adm"), {QStringLiteral("admin")});
        m_session = std::make_unique<db::Session>();
        QVERIFY(m_session->connectAs(TestCluster::profile(), m_admin.name, m_admin.password)
                    .result()
                    .isOk());
        QVERIFY(m_session->call(&login::SignInCalls::submitOtp, TestCluster::code(m_admin.secret))
                    .result()
                    .value()
                    .sessionOpened);
        m_page = std::make_unique<ui::VaccinatorsPage>(
            m_session.get(), m_session->call(&login::SignInCalls::status).result().value());
        m_page->resize(1360, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        // The view's own model (the styling proxy over the list) is checked throughout.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_page->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->start();
        QTRY_VERIFY(m_page->model()->rowCount() > 0);
    }

    void aNewAccountIsCheckedAtEachField() {
        const QString login = QStringLiteral("gui.new.%1").arg(QCoreApplication::applicationPid());
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("newAccountButton")),
                          Qt::LeftButton);
        auto *form = waitFor<ui::VaccinatorFormDialog>();
        QTRY_VERIFY(form->findChild<QComboBox *>(QStringLiteral("formCentre"))->count() > 0);
        setText(form, "formLogin", login);
        setText(form, "formName", QStringLiteral("Gurmeet Formtest"));
        setText(form, "formMobile", QStringLiteral("12345"));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("formSave")),
                          Qt::LeftButton);
        auto *mobileError = form->findChild<QLabel *>(QStringLiteral("formError_mobile"));
        QTRY_VERIFY(mobileError->isVisible() &&
                    mobileError->text().contains(QLatin1String("10 digits")));
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("formName"))->text(),
                 QStringLiteral("Gurmeet Formtest")); // nothing typed is lost
        shot(form, QStringLiteral("vaccinators-06-new-account-refused"));
        const QString mobile = QStringLiteral("6%1").arg(
            QCoreApplication::applicationPid() % 1000000000, 9, 10, QLatin1Char('0'));
        setText(form, "formMobile", mobile);
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("formSave")),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<ui::VaccinatorFormDialog *>());
        QTRY_VERIFY(m_page->findChild<QLabel *>(QStringLiteral("vaccinatorsNotice"))
                        ->text()
                        .contains(QLatin1String("no password yet")));
        auto r =
            TestCluster::admin().exec(QStringLiteral("SELECT full_name, must_change_password FROM "
                                                     "private.vaccinator WHERE login_id = $1"),
                                      {login});
        QCOMPARE(r.value().text(0, 0), QStringLiteral("Gurmeet Formtest"));
        QVERIFY(r.value().boolean(0, 1));
    }

    void anEditMeetingAnotherChangeKeepsWhatWasTyped() {
        const qint64 id =
            TestCluster::vaccinatorWhere(QStringLiteral("status = 'active' AND id % 7 = 2"));
        // The list reloaded after the previous test's new account: let it settle (it selects
        // its first row) before opening another account.
        QTRY_VERIFY(!m_page->model()->isLoading() &&
                    m_page->table()->selectionModel()->hasSelection());
        m_page->detail()->showAccount(id);
        QTRY_COMPARE(m_page->detail()->accountId(), id);
        QTest::mouseClick(m_page->detail()->findChild<QPushButton *>(QStringLiteral("editButton")),
                          Qt::LeftButton);
        auto *form = waitFor<ui::VaccinatorFormDialog>();
        QTRY_VERIFY(form->findChild<QComboBox *>(QStringLiteral("formCentre"))->count() > 0);
        // Someone else renames it first.
        test::ConsoleCalls other;
        TestOperator admin2 =
            TestCluster::createOperator(QStringLiteral("gui_adm2"), {QStringLiteral("admin")});
        QVERIFY(TestCluster::signIn(other, admin2));
        auto theirs = other.vaccinators.detail(id).value();
        VaccinatorDraft change{QString(), QStringLiteral("Renamed Elsewhere"), QString(),
                               theirs.row.centreId};
        QVERIFY(
            other.vaccinators.update(id, theirs.row.version, change, QStringLiteral("other desk"))
                .isOk());

        const QString typed = QStringLiteral("Typed By Me");
        setText(form, "formName", typed);
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("formSave")),
                          Qt::LeftButton);
        auto *stale = form->findChild<QLabel *>(QStringLiteral("formStale"));
        QTRY_VERIFY(stale->isVisible());
        shot(form, QStringLiteral("vaccinators-07-edit-stale"));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("formReload")),
                          Qt::LeftButton);
        QTRY_VERIFY(stale->text().contains(QLatin1String("Renamed Elsewhere")));
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("formName"))->text(), typed);
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("formSave")),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<ui::VaccinatorFormDialog *>());
        auto r = TestCluster::admin().exec(
            QStringLiteral("SELECT full_name FROM private.vaccinator WHERE id = $1"), {id});
        QCOMPARE(r.value().text(0, 0), typed);
    }

    void anImportWithBadRowsImportsNothingUntilFixed() {
        const QString tag = QString::number(QCoreApplication::applicationPid());
        const QString path = m_dir.filePath(QStringLiteral("import.csv"));
        // Returns whether the file was written; the test checks it, not the lambda.
        const auto write = [&](const QString &secondMobile) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return false;
            return f.write(QStringLiteral("login_id,full_name,mobile,centre_id\n"
                                          "imp.a.%1,Import Alpha,7%2,%3\n"
                                          "imp.b.%1,Import Beta,%4,%3\n"
                                          "imp.c.%1,\"Import, Gamma\",8%2,%3\n")
                               .arg(tag)
                               .arg(tag.toInt() % 1000000000, 9, 10, QLatin1Char('0'))
                               .arg(m_centre)
                               .arg(secondMobile)
                               .toUtf8()) > 0;
        };
        QVERIFY(write(QStringLiteral("55555")));
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("importButton")),
                          Qt::LeftButton);
        auto *dialog = waitFor<ui::VaccinatorImportDialog>();
        // A template to start from: the columns an import needs and one example row.
        const QString templatePath = m_dir.filePath(QStringLiteral("template.csv"));
        QVERIFY(dialog->saveTemplate(templatePath));
        dialog->loadFile(templatePath);
        QTRY_VERIFY(dialog->rowCount() == 1 &&
                    !dialog->findChild<QLabel *>(QStringLiteral("importSummary"))
                         ->text()
                         .startsWith(QLatin1String("Checking")));
        dialog->loadFile(path);
        QTRY_COMPARE(dialog->problemCount(), 1);
        QCOMPARE(dialog->rowCount(), 3);
        auto *run = dialog->findChild<QPushButton *>(QStringLiteral("importRun"));
        QVERIFY(!run->isEnabled());
        auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("importPreview"));
        QCOMPARE(preview->item(1, 0)->text(), QStringLiteral("3"));
        QVERIFY(preview->item(1, 5)->text().contains(QLatin1String("10 digits")));
        shot(dialog, QStringLiteral("vaccinators-08-import-bad-row"));

        QVERIFY(
            write(QStringLiteral("9%1").arg(tag.toInt() % 1000000000, 9, 10, QLatin1Char('0'))));
        dialog->loadFile(path);
        QTRY_VERIFY(run->isEnabled());
        QCOMPARE(dialog->problemCount(), 0);
        QTest::mouseClick(run, Qt::LeftButton); // no reason yet
        QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("importError"))
                        ->text()
                        .contains(QLatin1String("reason")));
        setText(dialog, "importReason", QStringLiteral("new centre staff, batch 7"));
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<ui::VaccinatorImportDialog *>());
        // Said, with what comes next: imported accounts have no password yet.
        auto *notice = m_page->findChild<QLabel *>(QStringLiteral("vaccinatorsNotice"));
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QLatin1String("3 account(s) imported")) &&
                     notice->text().contains(QLatin1String("no password yet")),
                 qPrintable(notice->text()));
        auto r = TestCluster::admin().exec(
            QStringLiteral("SELECT count(*) FROM private.vaccinator WHERE login_id LIKE $1"),
            {QStringLiteral("imp.%.") + tag});
        QCOMPARE(r.value().int64(0, 0), 3);
    }

    void anExportIsMaskedAndAudited() {
        const QString before = auditCount(QStringLiteral("vaccinator.exported"));
        // A state with accounts in it, whatever the tests before this one created.
        const QString stateCode =
            TestCluster::admin()
                .exec(QStringLiteral("SELECT state_code FROM private.vaccinator GROUP BY 1 "
                                     "ORDER BY count(*) DESC, 1 LIMIT 1"))
                .value()
                .text(0, 0);
        QVERIFY(!stateCode.isEmpty());
        auto *state = m_page->findChild<QComboBox *>(QStringLiteral("searchState"));
        QTRY_VERIFY(state->count() > 1);
        state->setCurrentIndex(state->findData(stateCode));
        // The search runs once the choice settles: wait for it, not for the list before it.
        QTRY_COMPARE(m_page->model()->query().stateCode, stateCode);
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_page->model()->rowCount() > 0 && !m_page->model()->isLoading(),
            qPrintable(m_page->findChild<QLabel *>(QStringLiteral("matchCount"))->text()), 15000);
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        m_page->exportTo(path);
        auto *count = m_page->findChild<QLabel *>(QStringLiteral("matchCount"));
        QTRY_VERIFY2(count->text().contains(QLatin1String("exported")), qPrintable(count->text()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.first().startsWith("login_id,full_name,mobile_masked"));
        auto expected = TestCluster::admin().exec(
            QStringLiteral("SELECT count(*) FROM private.vaccinator WHERE state_code = $1"),
            {stateCode});
        QCOMPARE(lines.size() - 2, expected.value().int64(0, 0)); // header, trailing newline
        for (int i = 1; i < lines.size() - 1; ++i)
            QVERIFY2(lines[i].contains(",******"), lines[i].constData());
        QCOMPARE(auditCount(QStringLiteral("vaccinator.exported")).toInt(), before.toInt() + 1);
    }

    void aBulkResetTakesAStepUpCodeAndShowsProgress() {
        // The smallest district with accounts, so the test stays short.
        auto district = TestCluster::admin().exec(QStringLiteral(
            "SELECT d.state_code, d.id, count(*) FROM private.vaccinator v JOIN private.district d "
            "ON d.id = v.district_id WHERE v.status <> 'disabled' GROUP BY 1, 2 "
            "HAVING count(*) >= 2 ORDER BY count(*), d.id LIMIT 1"));
        const QString stateCode = district.value().text(0, 0);
        const QString districtId = district.value().text(0, 1);
        const qint64 accounts = district.value().int64(0, 2);
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("bulkResetButton")),
                          Qt::LeftButton);
        auto *dialog = waitFor<ui::BulkActionDialog>();
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("bulkScopeKind"));
        // It opens on the narrowest scope, nothing chosen, and Enter resets nothing.
        QCOMPARE(kind->currentData().toString(), QStringLiteral("centre"));
        auto *startButton = dialog->findChild<QPushButton *>(QStringLiteral("bulkStart"));
        QVERIFY(!startButton->isEnabled());
        QVERIFY(!startButton->isDefault() && !startButton->autoDefault());
        kind->setCurrentIndex(kind->findData(QStringLiteral("district")));
        auto *state = dialog->findChild<QComboBox *>(QStringLiteral("bulkState"));
        QTRY_VERIFY(state->findData(stateCode) >= 0);
        state->setCurrentIndex(state->findData(stateCode));
        auto *districts = dialog->findChild<QComboBox *>(QStringLiteral("bulkDistrict"));
        QTRY_VERIFY(districts->findData(districtId) >= 0);
        districts->setCurrentIndex(districts->findData(districtId));
        auto *preview = dialog->findChild<QLabel *>(QStringLiteral("bulkPreview"));
        QTRY_VERIFY2(preview->text().contains(QStringLiteral("<b>%1</b>").arg(accounts)),
                     qPrintable(preview->text()));
        // The dry run: the first accounts it would touch, there to read before confirming.
        auto *sample = dialog->findChild<QTableWidget *>(QStringLiteral("bulkSample"));
        QTRY_COMPARE(sample->rowCount(),
                     static_cast<int>(qMin<qint64>(accounts, ui::BulkActionDialog::kSampleSize)));
        // An unlock of the same district touches only its locked account.
        const QString locked =
            TestCluster::admin()
                .exec(QStringLiteral("UPDATE private.vaccinator SET status = 'locked', "
                                     "failed_logins = 5 WHERE id = (SELECT min(id) FROM "
                                     "private.vaccinator WHERE district_id = $1::integer AND "
                                     "status = 'active') RETURNING login_id"),
                      {districtId})
                .value()
                .text(0, 0);
        auto *action = dialog->findChild<QComboBox *>(QStringLiteral("bulkAction"));
        action->setCurrentIndex(
            action->findData(static_cast<int>(vaccinators::BulkAction::Unlock)));
        QTRY_VERIFY2(preview->text().contains(QLatin1String("<b>1</b> locked")),
                     qPrintable(preview->text()));
        QTRY_COMPARE(sample->rowCount(), 1);
        QCOMPARE(sample->item(0, 0)->text(), locked);
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("bulkSend"))->isHidden());
        action->setCurrentIndex(action->findData(static_cast<int>(vaccinators::BulkAction::Reset)));
        QTRY_VERIFY2(preview->text().contains(QStringLiteral("<b>%1</b>").arg(accounts)),
                     qPrintable(preview->text()));
        setText(dialog, "bulkReason", QStringLiteral("incident 114: district reset"));
        setText(dialog, "bulkCode", TestCluster::wrongCode(m_admin.secret));
        auto *start = dialog->findChild<QPushButton *>(QStringLiteral("bulkStart"));
        QTest::mouseClick(start, Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("bulkError"));
        QTRY_VERIFY2(error->text().contains(QLatin1String("not right")), qPrintable(error->text()));
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("bulkCode"))->text().isEmpty());
        shot(dialog, QStringLiteral("vaccinators-09-bulk-wrong-code"));
        // The session's code was used at sign-in: the next step's code confirms.
        setText(dialog, "bulkCode", TestCluster::code(m_admin.secret, 1));
        QTest::mouseClick(start, Qt::LeftButton);
        auto *progress = dialog->findChild<QLabel *>(QStringLiteral("bulkProgressText"));
        QTRY_VERIFY_WITH_TIMEOUT(progress->text().startsWith(QLatin1String("Done")), 15000);
        QVERIFY(progress->text().contains(QString::number(accounts)));
        QCOMPARE(dialog->findChild<QProgressBar *>(QStringLiteral("bulkProgress"))->value(),
                 dialog->findChild<QProgressBar *>(QStringLiteral("bulkProgress"))->maximum());
        shot(dialog, QStringLiteral("vaccinators-10-bulk-done"));
        auto left = TestCluster::admin().exec(
            QStringLiteral(
                "SELECT count(*) FROM private.vaccinator WHERE district_id = $1::integer "
                "AND status <> 'disabled' AND NOT must_change_password"),
            {districtId});
        QCOMPARE(left.value().int64(0, 0), 0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("bulkClose")),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<ui::BulkActionDialog *>());
    }

    void cleanupTestCase() {
        m_tester.reset();
        m_page.reset();
        if (m_session)
            m_session->call(&login::SignInCalls::logout).waitForFinished();
    }
};

QTEST_MAIN(VaccinatorEditImportExport)
#include "vaccinator_edit_import_export.moc"
