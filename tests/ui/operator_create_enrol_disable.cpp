// SPDX-License-Identifier: Apache-2.0
// Operators as a ministry admin meets them: a real main window (offscreen) against the real
// cluster. The admin creates an operator (a reserved name and a wrong step-up code refused at
// their fields), hands over the password and enrolment code shown once; the new operator signs
// in with them, enrols and changes the password in a console of their own; the admin changes
// their groups, then disables them while they are signed in, and their next action finds the
// session ended. The admin's own row offers nothing.
#include "auth/Base32.h"
#include "db/Session.h"
#include "main/MainWindow.h"
#include "operators/LimitsDialog.h"
#include "operators/OperatorAccessDialog.h"
#include "operators/OperatorTableModel.h"
#include "operators/OperatorsPage.h"
#include "support/ConsoleWindow.h"
#include "widgets/ReasonDialog.h"
#include "widgets/ShownOncePanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

using namespace cowin;
using cowin::test::TestCluster;

namespace {
using cowin::test::waitForDialog;

void type(QWidget *parent, const char *name, const QString &text) {
    cowin::test::typeInto(parent, name, text);
}

void click(QWidget *parent, const char *name) {
    cowin::test::clickButton(parent, name);
}

QString visibleError(QWidget *parent, const char *name) {
    auto *label = parent->findChild<QLabel *>(QString::fromLatin1(name));
    return label && label->isVisible() ? label->text() : QString();
}
} // namespace

class OperatorCreateEnrolDisable : public QObject {
    Q_OBJECT

    cowin::test::ConsoleWindow m_console; // the admin's
    QString m_name;
    QString m_password;
    QString m_code;
    std::unique_ptr<db::Session> m_newcomer;

    ui::OperatorsPage *page() const { return m_console.window->findChild<ui::OperatorsPage *>(); }
    static void shot(QWidget *w, const QString &name) { cowin::test::screenshot(w, name); }
    // One code a step: the next step-up waits for a code the server has not seen.
    static void waitForNextStep() {
        const qint64 step = QDateTime::currentSecsSinceEpoch() / 30;
        QVERIFY(QTest::qWaitFor([step] { return QDateTime::currentSecsSinceEpoch() / 30 != step; },
                                31000));
    }
    void select(const QString &username) {
        QTRY_VERIFY(page()->model()->rowOf(username) >= 0);
        page()->selectOperator(username);
        QTRY_VERIFY(page()->selected() && page()->selected()->username == username);
    }

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        QStandardPaths::setTestModeEnabled(true);
        TestCluster::ensureVaccinators(100); // the states a helpdesk operator is limited to
        m_name = QStringLiteral("gui_newop_%1").arg(QCoreApplication::applicationPid());
        QVERIFY(m_console.open(QStringLiteral("gui_op_admin"), {QStringLiteral("admin")}));
        m_console.window->selectSection(QStringLiteral("operators"));
        QTRY_VERIFY(page()->model()->rowOf(m_console.op.name) >= 0);
    }

    void ownRowOffersNothing() {
        select(m_console.op.name);
        for (const char *name :
             {"operatorAccessButton", "resetAuthenticator", "disableOperator", "forceLogout"})
            QVERIFY2(
                !m_console.window->findChild<QPushButton *>(QString::fromLatin1(name))->isEnabled(),
                name);
        QVERIFY(m_console.window->findChild<QLabel *>(QStringLiteral("operatorFacts"))
                    ->text()
                    .contains(QLatin1String("This is you")));
    }

    // The budgets: a change without a reason is refused at the reason, the typed value stays;
    // with one it is saved, shown, and audited with before and after.
    void aLimitIsChangedWithAReason() {
        click(m_console.window.get(), "limitsButton");
        auto *dialog = waitForDialog<ui::LimitsDialog>(m_console.window.get());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("limitTable"));
        QTRY_VERIFY(table->rowCount() >= 5);
        int reveals = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text().startsWith(QStringLiteral("Mobile numbers shown")))
                reveals = row;
        }
        QVERIFY(reveals >= 0);
        table->setCurrentCell(reveals, 0);
        auto *value = dialog->findChild<QSpinBox *>(QStringLiteral("limitValue"));
        QCOMPARE(value->value(), 20);
        value->setValue(25);
        click(dialog, "limitSave");
        QTRY_VERIFY(!visibleError(dialog, "limitError_reason").isEmpty());
        QCOMPARE(value->value(), 25);
        type(dialog, "limitReason", QStringLiteral("more callers during the drive"));
        click(dialog, "limitSave");
        QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("limitSaved"))
                        ->text()
                        .contains(QStringLiteral("Saved")));
        QTRY_COMPARE(table->item(reveals, 1)->text(), QStringLiteral("25"));
        shot(dialog, QStringLiteral("limits-saved"));
        auto event = TestCluster::admin().exec(QStringLiteral(
            "SELECT (details -> 'before' ->> 'value') || '->' || (details -> 'after' ->> 'value') "
            "|| ' ' || reason FROM audit.event WHERE action = 'limit.changed' ORDER BY id DESC "
            "LIMIT 1"));
        QCOMPARE(event.value().text(0, 0), QStringLiteral("20->25 more callers during the drive"));
        // Back as it was, for the rest of the run.
        TestCluster::admin().exec(QStringLiteral(
            "UPDATE private.limit_setting SET value = 20 WHERE name = 'reveals_per_hour'"));
        dialog->close();
    }

    void createRefusedAtItsFieldsThenShownOnce() {
        click(m_console.window.get(), "newOperator");
        auto *dialog = waitForDialog<ui::OperatorAccessDialog>(m_console.window.get());
        // Typed as it is: nothing is dropped without a word.
        type(dialog, "operatorUsername", QStringLiteral("Kiran Rao"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("operatorUsername"))->text(),
                 QStringLiteral("Kiran Rao"));
        type(dialog, "operatorUsername", QStringLiteral("postgres"));
        type(dialog, "operatorFullName", QStringLiteral("Kiran Rao"));
        dialog->findChild<QCheckBox *>(QStringLiteral("group_helpdesk"))->setChecked(true);
        auto *states = dialog->findChild<QListWidget *>(QStringLiteral("operatorStates"));
        QTRY_VERIFY(states->count() > 0);
        states->item(0)->setCheckState(Qt::Checked);
        const QString state = states->item(0)->data(Qt::UserRole).toString();
        type(dialog, "operatorReason", QStringLiteral("joins the Karnataka helpdesk"));
        type(dialog, "operatorCode", TestCluster::wrongCode(m_console.op.secret));
        click(dialog, "operatorSubmit");
        QTRY_VERIFY(!visibleError(dialog, "operatorError_step_up_code").isEmpty());
        type(dialog, "operatorCode", TestCluster::code(m_console.op.secret, 1));
        click(dialog, "operatorSubmit");
        QTRY_VERIFY(
            visibleError(dialog, "operatorError_username").contains(QLatin1String("reserved")));
        // The accepted code was not consumed by the refusal: fixing the name is enough, and the
        // problem goes with the typing that fixes it.
        type(dialog, "operatorUsername", m_name);
        QVERIFY(visibleError(dialog, "operatorError_username").isEmpty());
        click(dialog, "operatorSubmit");
        QTRY_VERIFY(dialog->secretsShown());
        shot(dialog, QStringLiteral("operators-01-shown-once"));
        m_password = dialog->findChild<QLineEdit *>(QStringLiteral("newPassword"))->text();
        m_code = dialog->findChild<QLineEdit *>(QStringLiteral("newEnrolmentCode"))->text();
        QVERIFY(m_password.size() == 23 && !m_code.isEmpty());
        auto *close = dialog->findChild<QPushButton *>(QStringLiteral("shownOnceClose"));
        QVERIFY(!close->isEnabled());
        dialog->findChild<QCheckBox *>(QStringLiteral("shownOnceConfirmed"))->setChecked(true);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(!m_console.window->findChild<ui::OperatorAccessDialog *>());
        select(m_name);
        const operators::OperatorRow *row = page()->selected();
        QCOMPARE(row->groups, QStringList{QStringLiteral("helpdesk")});
        QCOMPARE(row->states, QStringList{state});
        QVERIFY(!row->enrolled && row->enrolmentPending && row->mustChangePassword);
        // Only the verifier reached the server.
        auto stored = TestCluster::admin().exec(
            QStringLiteral(
                "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' AND strpos(rolpassword, $2) = 0 "
                "FROM pg_authid WHERE rolname = $1"),
            {m_name, m_password});
        QVERIFY(stored.isOk() && stored.value().boolean(0, 0));
    }

    void newcomerSignsInEnrolsAndChangesThePassword() {
        m_newcomer = std::make_unique<db::Session>();
        QVERIFY(m_newcomer->connectAs(TestCluster::profile(), m_name, m_password).result().isOk());
        auto enrolment = m_newcomer->call(&login::SignInCalls::enrolBegin, m_code).result();
        QVERIFY(enrolment.isOk());
        const QByteArray secret =
            auth::base32Decode(enrolment.value().secretBase32).value_or(QByteArray());
        auto confirming =
            m_newcomer->call(&login::SignInCalls::submitOtp, TestCluster::code(secret)).result();
        QVERIFY(m_newcomer->call(&login::SignInCalls::enrolConfirm, confirming.value().attemptId)
                    .result()
                    .isOk());
        QVERIFY(m_newcomer->call(&login::SignInCalls::submitOtp, TestCluster::code(secret, 1))
                    .result()
                    .value()
                    .sessionOpened);
        QVERIFY(m_newcomer
                    ->call(&login::SignInCalls::changePassword,
                           QStringLiteral("Kiran-monsoon-tulip-2026"))
                    .result()
                    .isOk());
        QVERIFY(m_newcomer->ping().result().isOk());
        page()->refresh();
        QTRY_VERIFY(page()->model()->rowOf(m_name) >= 0 &&
                    page()->model()->rows().at(page()->model()->rowOf(m_name)).enrolled);
        QCOMPARE(page()->model()->rows().at(page()->model()->rowOf(m_name)).liveSessions, 1);
    }

    void groupsChangedWithAFreshCode() {
        select(m_name);
        click(m_console.window.get(), "operatorAccessButton");
        auto *dialog = waitForDialog<ui::OperatorAccessDialog>(m_console.window.get());
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("group_helpdesk"))->isChecked());
        dialog->findChild<QCheckBox *>(QStringLiteral("group_incident"))->setChecked(true);
        // One district of another state as well.
        auto *districtState =
            dialog->findChild<QComboBox *>(QStringLiteral("operatorDistrictState"));
        QTRY_VERIFY(districtState->count() > 1);
        districtState->setCurrentIndex(1);
        auto *districts = dialog->findChild<QListWidget *>(QStringLiteral("operatorDistricts"));
        QTRY_VERIFY(districts->count() > 0);
        districts->item(0)->setCheckState(Qt::Checked);
        const int district = districts->item(0)->data(Qt::UserRole).toInt();
        QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("operatorDistrictCount"))
                        ->text()
                        .contains(QLatin1Char('1')));
        type(dialog, "operatorReason", QStringLiteral("on incident duty this month"));
        waitForNextStep();
        type(dialog, "operatorCode", TestCluster::code(m_console.op.secret, 1));
        click(dialog, "operatorSubmit");
        QTRY_VERIFY(!m_console.window->findChild<ui::OperatorAccessDialog *>());
        QTRY_COMPARE(page()->model()->rows().at(page()->model()->rowOf(m_name)).groups,
                     (QStringList{QStringLiteral("helpdesk"), QStringLiteral("incident")}));
        QCOMPARE(page()->model()->rows().at(page()->model()->rowOf(m_name)).districts,
                 QList<int>{district});
        auto audited = TestCluster::admin().exec(
            QStringLiteral("SELECT (details -> 'before' ->> 'groups') || ' -> ' || "
                           "(details -> 'after' ->> 'groups') FROM audit.event "
                           "WHERE action = 'operator.access_changed' AND target_id = $1"),
            {m_name});
        QCOMPARE(audited.value().text(0, 0),
                 QStringLiteral("[\"helpdesk\"] -> [\"helpdesk\", \"incident\"]"));
    }

    void disabledWhileSignedInTheNextActionFindsTheSessionEnded() {
        select(m_name);
        QTRY_VERIFY(m_console.window->findChild<QPushButton *>(QStringLiteral("disableOperator"))
                        ->isEnabled());
        click(m_console.window.get(), "disableOperator");
        auto *dialog = waitForDialog<ui::ReasonDialog>(m_console.window.get());
        // The example fits an admin acting on a colleague, not a helpdesk call.
        const QString example =
            dialog->findChild<QLineEdit *>(QStringLiteral("reason"))->placeholderText();
        QVERIFY2(!example.contains(QLatin1String("call back")), qPrintable(example));
        type(dialog, "reason", QStringLiteral("left the ministry today"));
        click(dialog, "reasonOk");
        QTRY_VERIFY(!m_console.window->findChild<ui::ReasonDialog *>());
        // Said, briefly, where the admin is looking.
        QTRY_VERIFY(m_console.window->findChild<QLabel *>(QStringLiteral("operatorsNotice"))
                        ->text()
                        .contains(QLatin1String("was disabled")));
        QTRY_VERIFY(page()->model()->rows().at(page()->model()->rowOf(m_name)).disabled);
        shot(m_console.window.get(), QStringLiteral("operators-02-disabled"));
        // The newcomer's console has not been told anything; its next call finds out, and is
        // told in words what happened, not libpq's.
        QSignalSpy closed(m_newcomer.get(), &db::Session::accountClosed);
        auto next = m_newcomer->ping().result();
        QVERIFY(!next.isOk());
        QCOMPARE(next.error().kind, db::DbError::Kind::AccountClosed);
        QVERIFY(ui::errorText(next.error()).contains(QLatin1String("disabled or locked")));
        QTRY_COMPARE(closed.count(), 1);
        // And signing in again is refused like any bad login.
        test::ConsoleCalls again;
        QCOMPARE(again
                     .connectAs(TestCluster::profile(), m_name,
                                QStringLiteral("Kiran-monsoon-tulip-2026"))
                     .error()
                     .kind,
                 db::DbError::Kind::BadLogin);
    }

    void cleanupTestCase() {
        m_console.close();
        if (m_newcomer)
            m_newcomer->disconnect().waitForFinished();
        m_newcomer.reset();
    }
};

QTEST_MAIN(OperatorCreateEnrolDisable)
#include "operator_create_enrol_disable.moc"
