// SPDX-License-Identifier: Apache-2.0
// The console as an operator meets it: real widgets (offscreen) against the real cluster.
// Set COWIN_SCREENSHOT_DIR to keep a PNG of each screen.
#include "ConsoleApp.h"
#include "ErrorText.h"
#include "auth/Base32.h"
#include "login/LoginWindow.h"
#include "login/RecoveryCodesPage.h"
#include "main/AboutDialog.h"
#include "main/MainWindow.h"
#include "support/ConsoleCalls.h"
#include "support/TestCluster.h"
#include "widgets/ElidedLabel.h"
#include "widgets/QrCodeWidget.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace cowin;
using cowin::test::TestCluster;
using cowin::test::TestOperator;
using Step = ui::LoginWindow::Step;

class LoginEnrolLockLogout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        QStandardPaths::setTestModeEnabled(true); // remembered servers go to a test location
        m_app = std::make_unique<ui::ConsoleApp>();
        m_app->loginWindow()->setProductionProfile(TestCluster::profile());
        m_app->showLogin();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->loginWindow()));
    }

    void init() {
        // Every test starts at the sign-in form.
        if (m_app->mainWindow())
            signOut();
        m_app->loginWindow()->restart();
        QTRY_COMPARE(login()->step(), Step::Credentials);
    }

    void wrongPasswordShowsOneClearMessage() {
        const TestOperator op =
            TestCluster::createOperator(QStringLiteral("gui_pw"), {QStringLiteral("helpdesk")});
        signIn(op.name, QStringLiteral("certainly-wrong-password"));
        auto *error = login()->findChild<QLabel *>(QStringLiteral("credentialsError"));
        db::DbError bad;
        bad.kind = db::DbError::Kind::BadLogin;
        QTRY_COMPARE(error->text(), ui::errorText(bad));
        signIn(QStringLiteral("no_such_operator"), op.password);
        QTRY_COMPARE(error->text(), ui::errorText(bad));
        QCOMPARE(login()->step(), Step::Credentials);
        QVERIFY(login()->findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty() ||
                login()->findChild<QLineEdit *>(QStringLiteral("password"))->hasFocus());
        shot(login(), QStringLiteral("01-login-wrong-password"));
    }

    void newOperatorEnrolsChangesPasswordAndSignsIn() {
        const TestOperator op = TestCluster::createOperator(
            QStringLiteral("gui_new"), {QStringLiteral("helpdesk")}, false, true);
        signIn(op.name, op.password);
        QTRY_COMPARE(login()->step(), Step::Enrol);

        // A wrong enrolment code is refused at its field; nothing is lost.
        type(QStringLiteral("enrolmentCode"), QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-F"));
        click(QStringLiteral("enrolBegin"));
        auto *enrolError = login()->findChild<QLabel *>(QStringLiteral("enrolError"));
        QTRY_VERIFY(enrolError->text().contains(QStringLiteral("enrolment code")));

        login()->findChild<QLineEdit *>(QStringLiteral("enrolmentCode"))->clear();
        type(QStringLiteral("enrolmentCode"), op.enrolmentCode);
        click(QStringLiteral("enrolBegin"));
        auto *secretLabel = login()->findChild<QLabel *>(QStringLiteral("enrolSecret"));
        QTRY_VERIFY(!secretLabel->text().isEmpty());
        QVERIFY(login()->findChild<ui::QrCodeWidget *>(QStringLiteral("enrolQr"))->hasCode());
        shot(login(), QStringLiteral("02-enrolment-qr"));
        // The whole key shows, however narrow the window: typed from a clipped key, an app
        // makes codes that are refused.
        QTRY_VERIFY(showsAllOf(secretLabel));
        const QSize before = login()->size();
        login()->resize(login()->minimumSizeHint().width(), before.height());
        QTRY_VERIFY(showsAllOf(secretLabel));
        login()->resize(before);
        const QByteArray secret = auth::base32Decode(secretLabel->text()).value_or(QByteArray());
        QCOMPARE(secret.size(), 20);

        type(QStringLiteral("enrolConfirmCode"), TestCluster::code(secret));
        click(QStringLiteral("enrolConfirm"));
        QTRY_COMPARE(login()->step(), Step::RecoveryCodes);
        ui::RecoveryCodesPage *recovery = login()->recoveryCodesPage();
        QCOMPARE(recovery->codes().size(), 10);
        QVERIFY(secretLabel->text().isEmpty()); // the secret is gone from the screen
        QVERIFY(!login()->findChild<ui::QrCodeWidget *>(QStringLiteral("enrolQr"))->hasCode());
        shot(login(), QStringLiteral("03-recovery-codes"));
        click(QStringLiteral("recoveryCopy"));
        for (const QString &c : recovery->codes())
            QVERIFY(QApplication::clipboard()->text().contains(c));
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("codes.txt"));
        recovery->setSavePathForTesting(saved);
        click(QStringLiteral("recoverySave"));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QString &c : recovery->codes())
            QVERIFY(text.contains(c));
        QVERIFY(
            !login()->findChild<QPushButton *>(QStringLiteral("recoveryContinue"))->isEnabled());
        login()->findChild<QCheckBox *>(QStringLiteral("recoveryKept"))->setChecked(true);
        click(QStringLiteral("recoveryContinue"));
        QTRY_COMPARE(login()->step(), Step::Otp);

        // A wrong code says how many attempts remain.
        type(QStringLiteral("otpCode"), TestCluster::wrongCode(secret));
        click(QStringLiteral("otpVerify"));
        auto *otpMessage = login()->findChild<QLabel *>(QStringLiteral("otpMessage"));
        QTRY_VERIFY(otpMessage->text().contains(QStringLiteral("4 attempts left")));
        shot(login(), QStringLiteral("04-otp-wrong-code"));

        type(QStringLiteral("otpCode"), TestCluster::code(secret, 1));
        click(QStringLiteral("otpVerify"));
        QTRY_COMPARE(login()->step(), Step::PasswordChange);

        type(QStringLiteral("newPassword"), QStringLiteral("password1234"));
        type(QStringLiteral("newPasswordConfirmation"), QStringLiteral("password1234"));
        click(QStringLiteral("changePassword"));
        auto *passwordError =
            login()->findChild<QLabel *>(QStringLiteral("passwordError_password"));
        QTRY_VERIFY(passwordError->text().contains(QStringLiteral("common passwords")));
        shot(login(), QStringLiteral("05-password-change-refused"));
        // The password the account was created with passes every local rule: the server
        // refuses it as the new one, under the field, and the typing stays.
        login()->findChild<QLineEdit *>(QStringLiteral("newPassword"))->clear();
        login()->findChild<QLineEdit *>(QStringLiteral("newPasswordConfirmation"))->clear();
        type(QStringLiteral("newPassword"), op.password);
        type(QStringLiteral("newPasswordConfirmation"), op.password);
        click(QStringLiteral("changePassword"));
        QTRY_VERIFY(passwordError->isVisible() &&
                    passwordError->text().contains(QStringLiteral("current password")));
        QCOMPARE(login()->findChild<QLineEdit *>(QStringLiteral("newPassword"))->text(),
                 op.password);
        QCOMPARE(login()->step(), Step::PasswordChange);
        login()->findChild<QLineEdit *>(QStringLiteral("newPassword"))->clear();
        login()->findChild<QLineEdit *>(QStringLiteral("newPasswordConfirmation"))->clear();
        type(QStringLiteral("newPassword"), QStringLiteral("Test-Password-lotus-monsoon-7"));
        type(QStringLiteral("newPasswordConfirmation"),
             QStringLiteral("Test-Password-lotus-monsoon-7"));
        click(QStringLiteral("changePassword"));
        QTRY_VERIFY(m_app->mainWindow() && m_app->mainWindow()->isVisible());
        // A helpdesk operator: the accounts, and their own actions in the audit trail.
        QCOMPARE(m_app->mainWindow()->sectionNames(),
                 (QStringList{QStringLiteral("vaccinators"), QStringLiteral("deliveries"),
                              QStringLiteral("audit"), QStringLiteral("account")}));
        // Titles name what the window is; the platform appends the product's name once.
        QCOMPARE(login()->windowTitle(), QStringLiteral("Sign in"));
        QVERIFY(!m_app->mainWindow()->windowTitle().contains(QLatin1String("CoWIN")));
        // Help > About names the console's version and the server it talks to.
        m_app->mainWindow()->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        auto *about = m_app->mainWindow()->findChild<ui::AboutDialog *>();
        QVERIFY(about);
        QTRY_VERIFY2(about->facts().contains(QLatin1String("PostgreSQL 1")),
                     qPrintable(about->facts()));
        QVERIFY(about->facts().contains(QLatin1String("OpenSSL 3")));
        QVERIFY(about->facts().contains(QCoreApplication::applicationVersion().isEmpty()
                                            ? QStringLiteral("Version")
                                            : QCoreApplication::applicationVersion()));
        about->close();
    }

    void fiveWrongCodesLockTheAccountAndSayWhoCanUnlockIt() {
        const TestOperator op =
            TestCluster::createOperator(QStringLiteral("gui_lock"), {QStringLiteral("helpdesk")});
        signIn(op.name, op.password);
        QTRY_COMPARE(login()->step(), Step::Otp);
        auto *message = login()->findChild<QLabel *>(QStringLiteral("otpMessage"));
        const QString wrong = TestCluster::wrongCode(op.secret);
        for (int left = 4; left >= 1; --left) {
            type(QStringLiteral("otpCode"), wrong);
            click(QStringLiteral("otpVerify"));
            QTRY_VERIFY2(
                message->text().contains(left == 1 ? QStringLiteral("1 attempt left")
                                                   : QStringLiteral("%1 attempts left").arg(left)),
                qPrintable(message->text()));
        }
        type(QStringLiteral("otpCode"), wrong);
        click(QStringLiteral("otpVerify"));
        // Back at the start, told why and who can help.
        QTRY_COMPARE(login()->step(), Step::Credentials);
        auto *error = login()->findChild<QLabel *>(QStringLiteral("credentialsError"));
        QVERIFY2(error->text().contains(QStringLiteral("locked")), qPrintable(error->text()));
        QVERIFY(error->text().contains(QStringLiteral("A ministry admin can unlock it")));
        shot(login(), QStringLiteral("08-locked-after-five"));

        // The login itself is now refused (NOLOGIN), like any failed sign-in.
        signIn(op.name, op.password);
        db::DbError bad;
        bad.kind = db::DbError::Kind::BadLogin;
        QTRY_COMPARE(error->text(), ui::errorText(bad));
        QVERIFY(!m_app->mainWindow());
    }

    // Everything from the keyboard: after a wrong code the field keeps the focus, so the next
    // code typed goes into it; the recovery toggle hands the focus to the field too.
    void theCodeFieldKeepsTheFocusAfterAWrongCode() {
        const TestOperator op =
            TestCluster::createOperator(QStringLiteral("gui_focus"), {QStringLiteral("helpdesk")});
        signIn(op.name, op.password);
        QTRY_COMPARE(login()->step(), Step::Otp);
        login()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(login()));
        auto *code = login()->findChild<QLineEdit *>(QStringLiteral("otpCode"));
        QTRY_COMPARE(QApplication::focusWidget(), code);
        QTest::keyClicks(QApplication::focusWidget(), TestCluster::wrongCode(op.secret));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto *message = login()->findChild<QLabel *>(QStringLiteral("otpMessage"));
        QTRY_VERIFY(message->text().contains(QStringLiteral("4 attempts left")));
        QTRY_COMPARE(QApplication::focusWidget(), code);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("12"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(message->text().contains(QStringLiteral("6 digits")));
        QCOMPARE(QApplication::focusWidget(), code);
        click(QStringLiteral("otpRecoveryToggle"));
        QTRY_COMPARE(QApplication::focusWidget(), code);
        click(QStringLiteral("otpRecoveryToggle"));
        QTest::keyClicks(QApplication::focusWidget(), TestCluster::code(op.secret, 1));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(m_app->mainWindow() && m_app->mainWindow()->isVisible());
        signOut();
    }

    void cancelLeavesAHalfFinishedSignInWithoutASession() {
        // Signed in with a code, but the password change is still due: cancel.
        const TestOperator op = TestCluster::createOperator(
            QStringLiteral("gui_cancel"), {QStringLiteral("helpdesk")}, true, true);
        signIn(op.name, op.password);
        QTRY_COMPARE(login()->step(), Step::Otp);
        type(QStringLiteral("otpCode"), TestCluster::code(op.secret));
        click(QStringLiteral("otpVerify"));
        QTRY_COMPARE(login()->step(), Step::PasswordChange);
        click(QStringLiteral("loginCancel"));
        QTRY_COMPARE(login()->step(), Step::Credentials);
        QVERIFY(!login()->findChild<QPushButton *>(QStringLiteral("loginCancel"))->isVisible());
        QTRY_COMPARE(TestCluster::admin()
                         .exec(QStringLiteral("SELECT count(*) FROM private.session "
                                              "WHERE role_name = $1 AND revoked_at IS NULL"),
                               {op.name})
                         .value()
                         .int64(0, 0),
                     qint64(0));
    }

    void aRecoveryCodeSignsInInsteadOfTheApp() {
        const TestOperator op = TestCluster::createOperator(
            QStringLiteral("gui_rec"), {QStringLiteral("auditor")}, false, false);
        // Enrol through the client, as an earlier sign-in would have, to get recovery codes.
        test::ConsoleCalls earlier;
        QVERIFY(earlier.connectAs(TestCluster::profile(), op.name, op.password).isOk());
        const QByteArray secret =
            auth::base32Decode(earlier.signIn.enrolBegin(op.enrolmentCode).value().secretBase32)
                .value_or(QByteArray());
        const QStringList codes =
            earlier.signIn
                .enrolConfirm(earlier.signIn.submitOtp(TestCluster::code(secret)).value().attemptId)
                .value();
        QCOMPARE(codes.size(), 10);

        signIn(op.name, op.password);
        QTRY_COMPARE(login()->step(), Step::Otp);
        click(QStringLiteral("otpRecoveryToggle"));
        type(QStringLiteral("otpCode"), codes.at(0));
        click(QStringLiteral("otpVerify"));
        QTRY_VERIFY(m_app->mainWindow() && m_app->mainWindow()->isVisible());
        QCOMPARE(m_app->mainWindow()->sectionNames(),
                 (QStringList{QStringLiteral("watch"), QStringLiteral("audit"),
                              QStringLiteral("account")}));
    }

    void idleLockResumesWhereItWasAndLogoutEndsTheSession() {
        const TestOperator op =
            TestCluster::createOperator(QStringLiteral("gui_admin"), {QStringLiteral("admin")});
        signInWithCode(op);
        ui::MainWindow *main = m_app->mainWindow();
        QCOMPARE(main->sectionNames(),
                 (QStringList{QStringLiteral("vaccinators"), QStringLiteral("deliveries"),
                              QStringLiteral("partners"), QStringLiteral("watch"),
                              QStringLiteral("audit"), QStringLiteral("operators"),
                              QStringLiteral("account")}));
        QVERIFY(main->findChild<ui::ElidedLabel *>(QStringLiteral("statusWho"))
                    ->text()
                    .contains(op.name));
        QVERIFY(main->findChild<QLabel *>(QStringLiteral("statusIdle"))
                    ->text()
                    .startsWith(QStringLiteral("Idle lock in 15:")));
        main->selectSection(QStringLiteral("audit"));
        auto *head = main->findChild<QLabel *>(QStringLiteral("auditHead"));
        QTRY_VERIFY(head->text().startsWith(QStringLiteral("Audit chain head: event #")));
        shot(main, QStringLiteral("06-main-window"));

        main->setIdleTimeout(800);
        QTRY_VERIFY_WITH_TIMEOUT(main->isLocked(), 5000);
        shot(main, QStringLiteral("07-idle-locked"));
        QWidget *unlock = main->findChild<QWidget *>(QStringLiteral("unlockForm"));
        auto *code = unlock->findChild<QLineEdit *>(QStringLiteral("otpCode"));
        // The code that opened the session is refused as used, with the wait counted down.
        QTest::keyClicks(code, m_lastCode);
        QTest::mouseClick(unlock->findChild<QPushButton *>(QStringLiteral("otpVerify")),
                          Qt::LeftButton);
        auto *said = unlock->findChild<QLabel *>(QStringLiteral("otpMessage"));
        // (Refused at the end of a 30 s step, the countdown may already be at its end.)
        QTRY_VERIFY2((said->text().contains(QStringLiteral("already used")) &&
                      said->text().contains(QStringLiteral("next one in"))) ||
                         said->text().contains(QStringLiteral("new code your app shows")),
                     qPrintable(said->text()));
        QTRY_VERIFY(code->isEnabled());
        QTest::keyClicks(code, TestCluster::code(op.secret, 1));
        main->setIdleTimeout(ui::MainWindow::kIdleTimeoutMs);
        QTest::mouseClick(unlock->findChild<QPushButton *>(QStringLiteral("otpVerify")),
                          Qt::LeftButton);
        QTRY_VERIFY(!main->isLocked());
        QCOMPARE(main->currentSection(), QStringLiteral("audit"));

        signOut();
        QTRY_VERIFY(login()->isVisible());
        QCOMPARE(login()->step(), Step::Credentials);
        auto live = TestCluster::admin().exec(
            QStringLiteral(
                "SELECT count(*) FROM private.session WHERE role_name = $1 AND revoked_at IS NULL"),
            {op.name});
        QCOMPARE(live.value().int64(0, 0), 0);
        auto closed = TestCluster::admin().exec(
            QStringLiteral("SELECT count(*) FROM audit.event WHERE action = 'session.closed' AND "
                           "target_id = $1"),
            {op.name});
        QCOMPARE(closed.value().int64(0, 0), 2); // the lock ended one session, sign-out the other
    }

    void aSessionRevokedOnTheServerLocksTheOpenWindow() {
        const TestOperator op =
            TestCluster::createOperator(QStringLiteral("gui_revoked"), {QStringLiteral("auditor")});
        signInWithCode(op);
        ui::MainWindow *main = m_app->mainWindow();
        QVERIFY(!main->isLocked());
        QVERIFY(TestCluster::admin()
                    .exec(QStringLiteral(
                              "UPDATE private.session SET revoked_at = now(), revoked_why = 'test' "
                              "WHERE role_name = $1 AND revoked_at IS NULL"),
                          {op.name})
                    .isOk());
        QTRY_VERIFY(main->isLocked());
        QVERIFY(main->findChild<QLabel *>(QStringLiteral("lockReason"))
                    ->text()
                    .contains(QStringLiteral("server")));
        signOut();
    }

    void quittingEndsTheSession() {
        const TestOperator op =
            TestCluster::createOperator(QStringLiteral("gui_quit"), {QStringLiteral("auditor")});
        signInWithCode(op);
        // What quitting does: Qt closes every window, then main() leaves exec().
        m_app->mainWindow()->close();
        QTRY_VERIFY(!m_app->mainWindow());
        m_app.reset();
        auto live = TestCluster::admin().exec(
            QStringLiteral(
                "SELECT count(*) FROM private.session WHERE role_name = $1 AND revoked_at IS NULL"),
            {op.name});
        QCOMPARE(live.value().int64(0, 0), 0);
    }

    void cleanupTestCase() { m_app.reset(); }

private:
    ui::LoginWindow *login() const { return m_app->loginWindow(); }

    void type(const QString &field, const QString &text) {
        auto *edit = login()->findChild<QLineEdit *>(field);
        QVERIFY2(edit, qPrintable(field));
        QTRY_VERIFY(edit->isEnabled());
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    void click(const QString &button) {
        auto *b = login()->findChild<QPushButton *>(button);
        QVERIFY2(b, qPrintable(button));
        QTRY_VERIFY(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }

    void signIn(const QString &user, const QString &password) {
        type(QStringLiteral("username"), user);
        type(QStringLiteral("password"), password);
        click(QStringLiteral("signIn"));
    }

    // Password, then the current code: the main window opens.
    void signInWithCode(const TestOperator &op) {
        signIn(op.name, op.password);
        QTRY_COMPARE(login()->step(), Step::Otp);
        m_lastCode = TestCluster::code(op.secret);
        type(QStringLiteral("otpCode"), m_lastCode);
        click(QStringLiteral("otpVerify"));
        QTRY_VERIFY(m_app->mainWindow() && m_app->mainWindow()->isVisible());
    }

    void signOut() {
        ui::MainWindow *main = m_app->mainWindow();
        QAction *logout = main->findChild<QAction *>(QStringLiteral("logoutAction"));
        QVERIFY(logout);
        logout->trigger();
        QTRY_VERIFY(!m_app->mainWindow());
        // Said where problems are said, but not as one.
        auto *said = login()->findChild<QLabel *>(QStringLiteral("credentialsError"));
        QTRY_COMPARE(said->text(), QStringLiteral("You have signed out."));
        QVERIFY(!said->styleSheet().contains(QStringLiteral("#b3261e")));
    }

    // Whether the label's text, wrapped as the label wraps it, fits inside the label.
    static bool showsAllOf(QLabel *label) {
        const QRect room = label->contentsRect();
        const int flags = Qt::AlignLeft | Qt::AlignTop | (label->wordWrap() ? Qt::TextWordWrap : 0);
        const QRect needed = label->fontMetrics().boundingRect(room, flags, label->text());
        return label->isVisible() && room.contains(needed);
    }

    static void shot(QWidget *widget, const QString &name) {
        const QString dir = qEnvironmentVariable("COWIN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    std::unique_ptr<ui::ConsoleApp> m_app;
    QString m_lastCode; // the code signInWithCode opened the session with
};

QTEST_MAIN(LoginEnrolLockLogout)
#include "login_enrol_lock_logout.moc"
