// SPDX-License-Identifier: Apache-2.0
// Two consoles on one demo folder, as someone trying the two-person restore would open them:
// closing the first leaves the database running for the second, whose operator then signs in;
// the last one to close stops it.
#include "ConsoleApp.h"
#include "auth/Base32.h"
#include "auth/Totp.h"
#include "db/PgConnection.h"
#include "demo/DemoData.h"
#include "demo/LocalCluster.h"
#include "login/LoginWindow.h"
#include "main/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace cowin;
using Step = ui::LoginWindow::Step;

class TwoDemoConsoles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void closingOneLeavesTheDatabaseToTheOther() {
        QTemporaryDir base(QStringLiteral("/tmp/cowin-two-consoles.XXXXXX"));
        QVERIFY(base.isValid());
        // The cluster may run as another user (as root it must): it needs to reach the folder.
        QFile::setPermissions(base.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                               QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                               QFileDevice::ExeGroup);
        const QString demoDir = base.path() + QStringLiteral("/demo");

        auto first = std::make_unique<ui::ConsoleApp>();
        first->startDemo(demoDir);
        QTRY_COMPARE_WITH_TIMEOUT(first->loginWindow()->step(), Step::Credentials, 240000);
        auto second = std::make_unique<ui::ConsoleApp>();
        second->startDemo(demoDir);
        QTRY_COMPARE_WITH_TIMEOUT(second->loginWindow()->step(), Step::Credentials, 240000);

        first.reset();
        demo::LocalCluster::Options options;
        options.baseDir = demoDir;
        options.runAsUser = demo::LocalCluster::defaultRunAsUser();
        QVERIFY(demo::LocalCluster(options).isRunning());

        // The second console's operator signs in, password and code.
        const QList<demo::DemoOperator> operators =
            demo::DemoData::read(demo::DemoData::secretsFileIn(demoDir));
        QVERIFY(!operators.isEmpty());
        const demo::DemoOperator &op = operators.first();
        // Meanwhile another operator is disabled (as an admin's console would): the demo panel
        // follows, without a restart.
        const QString disabled = operators.at(1).name;
        {
            db::PgConnection dba;
            QVERIFY(
                dba.openConnectionString(demo::LocalCluster(options).superuserConnectionString(),
                                         QStringLiteral("test"))
                    .isOk());
            QVERIFY(dba.exec(QStringLiteral("UPDATE private.operator SET disabled_at = now() "
                                            "WHERE role_name = $1"),
                             {disabled})
                        .isOk());
        }
        second->showLogin();
        ui::LoginWindow *login = second->loginWindow();
        QVERIFY(QTest::qWaitForWindowExposed(login));
        auto *panel = login->findChild<QTableWidget *>(QStringLiteral("demoOperators"));
        QTRY_VERIFY_WITH_TIMEOUT(
            panel->item(1, 3) && panel->item(1, 3)->text().startsWith(QLatin1String("disabled")),
            15000);
        QCOMPARE(panel->item(1, 0)->text(), disabled);
        type(login, "username", op.name);
        type(login, "password", op.password);
        QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("signIn")),
                          Qt::LeftButton);
        auto *said = login->findChild<QLabel *>(QStringLiteral("credentialsError"));
        QTRY_VERIFY2_WITH_TIMEOUT(login->step() == Step::Otp, qPrintable(said->text()), 15000);
        const auth::Totp totp(auth::base32Decode(op.secretBase32).value_or(QByteArray()));
        type(login, "otpCode", totp.now());
        QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("otpVerify")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(second->mainWindow() && second->mainWindow()->isVisible(), 15000);

        // The last console to close stops the cluster.
        second.reset();
        QVERIFY(!demo::LocalCluster(options).isRunning());
    }

private:
    static void type(QWidget *parent, const char *name, const QString &text) {
        auto *edit = parent->findChild<QLineEdit *>(QString::fromLatin1(name));
        QVERIFY2(edit, name);
        QTRY_VERIFY(edit->isEnabled());
        edit->clear();
        QTest::keyClicks(edit, text);
    }
};

QTEST_MAIN(TwoDemoConsoles)
#include "two_demo_consoles.moc"
