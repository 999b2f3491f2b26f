// SPDX-License-Identifier: Apache-2.0
// An operator looks after their own sign-in in My account (offscreen, real cluster): the
// sessions open and where from; the one left open elsewhere signed out; ten new recovery
// codes shown once; a new password (a weak one refused on the desktop before anything is
// sent); the authenticator moved to a new phone, whose codes then are the only ones. Each
// change with a fresh code from the app.
#include "account/MyAccountPage.h"
#include "account/NewAuthenticatorDialog.h"
#include "auth/Base32.h"
#include "login/RecoveryCodesPage.h"
#include "main/MainWindow.h"
#include "support/ConsoleWindow.h"
#include "widgets/StepUpDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace cowin;
using cowin::test::TestCluster;

class MyAccountChanges : public QObject {
    Q_OBJECT

    test::ConsoleWindow m_console;
    test::ConsoleCalls m_elsewhere; // the same operator, signed in on another computer
    QByteArray m_secret;

    ui::MyAccountPage *page() const { return m_console.window->findChild<ui::MyAccountPage *>(); }
    // A fresh code: the server takes each 30 s step once, so the steps already used are
    // forgotten here instead of waiting for new ones.
    QString freshCode() {
        TestCluster::admin().exec(
            QStringLiteral("UPDATE private.operator SET last_step = 0 WHERE role_name = $1"),
            {m_console.op.name});
        return TestCluster::code(m_secret);
    }
    qint64 count(const QString &sql) const {
        auto r = TestCluster::admin().exec(sql, {m_console.op.name});
        return r.isOk() ? r.value().int64(0, 0) : -1;
    }
    void confirmWithCode(ui::StepUpDialog *dialog) {
        test::typeInto(dialog, "stepUpCode", freshCode());
        test::clickButton(dialog, "stepUpOk");
    }

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_console.open(QStringLiteral("gui_me"), {QStringLiteral("helpdesk")}));
        m_secret = m_console.op.secret;
        QVERIFY(
            m_elsewhere.connectAs(TestCluster::profile(), m_console.op.name, m_console.op.password)
                .isOk());
        QVERIFY(m_elsewhere.signIn.submitOtp(freshCode()).value().sessionOpened);
    }

    void theSessionsSayWhichIsThisConsole() {
        QSignalSpy shown(page(), &ui::MyAccountPage::shown);
        m_console.window->selectSection(QStringLiteral("account"));
        QVERIFY2(shown.count() > 0 || shown.wait(20000),
                 qPrintable(page()->findChild<QLabel *>(QStringLiteral("accountFacts"))->text()));
        QTableWidget *sessions = page()->sessions();
        QCOMPARE(sessions->rowCount(), 2);
        int here = 0;
        for (int row = 0; row < sessions->rowCount(); ++row)
            here += sessions->item(row, 4)->text() == QLatin1String("this console");
        QCOMPARE(here, 1);
        QCOMPARE(page()->account().recoveryCodesLeft,
                 static_cast<int>(count(QStringLiteral(
                     "SELECT count(*) FROM private.recovery_code WHERE role_name = $1 "
                     "AND used_at IS NULL"))));
        test::screenshot(m_console.window.get(), QStringLiteral("my-account"));
    }

    void theSessionLeftElsewhereIsSignedOut() {
        test::clickButton(page(), "endOtherSessions");
        auto *dialog = test::waitForDialog<ui::StepUpDialog>(m_console.window.get());
        // One field: the code has the focus.
        QTRY_COMPARE(QApplication::focusWidget(), dialog->codeField());
        confirmWithCode(dialog);
        QTRY_VERIFY(!m_console.window->findChild<ui::StepUpDialog *>());
        QTRY_VERIFY(page()->findChild<QLabel *>(QStringLiteral("accountNotice"))->isVisible());
        QTRY_COMPARE(page()->sessions()->rowCount(), 1);
        QCOMPARE(m_elsewhere.signIn.status().isOk() && m_elsewhere.sessionPing().isOk(), false);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit.event WHERE action = "
                                      "'session.others_ended' AND target_id = $1")),
                 1);
    }

    void newRecoveryCodesAreShownOnce() {
        test::clickButton(page(), "renewRecoveryCodes");
        confirmWithCode(test::waitForDialog<ui::StepUpDialog>(m_console.window.get()));
        auto *codes = test::waitForDialog<ui::RecoveryCodesPage>(m_console.window.get());
        QCOMPARE(codes->codes().size(), 10);
        // Only these work now, and the server keeps only their hashes.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM private.recovery_code WHERE "
                                      "role_name = $1 AND used_at IS NULL AND code_hash = ANY ("
                                      "SELECT private.code_hash(c) FROM unnest('%1'::text[]) c)")
                           .arg(QStringLiteral("{") + codes->codes().join(QLatin1Char(',')) +
                                QStringLiteral("}"))),
                 10);
        codes->window()->close();
        QTRY_COMPARE(page()->account().recoveryCodesLeft, 10);
    }

    void aNewPasswordWithACode() {
        test::clickButton(page(), "changeMyPassword");
        auto *dialog = test::waitForDialog<ui::StepUpDialog>(m_console.window.get());
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("myNewPassword"));
        // The first field has the focus, and Tab leads on to the code.
        QTRY_COMPARE(QApplication::focusWidget(), password);
        // A weak one is refused here, at its field, before any code is spent.
        test::typeInto(dialog, "myNewPassword", QStringLiteral("short"));
        test::typeInto(dialog, "myNewPasswordConfirmation", QStringLiteral("short"));
        test::typeInto(dialog, "stepUpCode", QStringLiteral("123456"));
        test::clickButton(dialog, "stepUpOk");
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("stepUpError_password"))
                    ->text()
                    .contains(QLatin1String("at least")));
        const QString next = QStringLiteral("Lotus-monsoon-harbour-42");
        test::typeInto(dialog, "myNewPassword", next);
        test::typeInto(dialog, "myNewPasswordConfirmation", next);
        confirmWithCode(dialog);
        QTRY_VERIFY(!m_console.window->findChild<ui::StepUpDialog *>());
        QTRY_VERIFY(page()
                        ->findChild<QLabel *>(QStringLiteral("accountNotice"))
                        ->text()
                        .contains(QLatin1String("password was changed")));
        test::ConsoleCalls again;
        QVERIFY(again.connectAs(TestCluster::profile(), m_console.op.name, next).isOk());
        test::ConsoleCalls old;
        QVERIFY(!old.connectAs(TestCluster::profile(), m_console.op.name, m_console.op.password)
                     .isOk());
    }

    void theAuthenticatorMovesToANewPhone() {
        test::clickButton(page(), "moveToNewPhone");
        auto *dialog = test::waitForDialog<ui::NewAuthenticatorDialog>(m_console.window.get());
        test::typeInto(dialog, "currentCode", freshCode());
        test::clickButton(dialog, "newAuthenticatorContinue");
        QTRY_COMPARE(dialog->step(), ui::NewAuthenticatorDialog::Step::NewKey);
        const QByteArray newSecret =
            auth::base32Decode(QString(dialog->keyShown()).remove(QLatin1Char(' ')))
                .value_or(QByteArray());
        QCOMPARE(newSecret.size(), 20);
        test::screenshot(dialog, QStringLiteral("my-account-new-phone"));
        // The old phone's code is not the new one's: refused at the field, the key stays.
        test::typeInto(dialog, "newCode", TestCluster::code(m_secret));
        test::clickButton(dialog, "newAuthenticatorConfirm");
        QTRY_VERIFY(!dialog->findChild<QLabel *>(QStringLiteral("newAuthenticatorError_code"))
                         ->text()
                         .isEmpty());
        QCOMPARE(dialog->step(), ui::NewAuthenticatorDialog::Step::NewKey);
        test::typeInto(dialog, "newCode", TestCluster::code(newSecret));
        test::clickButton(dialog, "newAuthenticatorConfirm");
        QTRY_COMPARE(dialog->step(), ui::NewAuthenticatorDialog::Step::RecoveryCodes);
        QCOMPARE(dialog->recoveryCodes()->codes().size(), 10);
        QVERIFY(dialog->keyShown().isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM private.operator WHERE role_name = "
                                      "$1 AND totp_secret = decode('%1', 'hex') AND "
                                      "pending_secret IS NULL")
                           .arg(QString::fromLatin1(newSecret.toHex()))),
                 1);
        dialog->close();
    }

    void cleanupTestCase() { m_console.close(); }
};

QTEST_MAIN(MyAccountChanges)
#include "my_account_changes.moc"
