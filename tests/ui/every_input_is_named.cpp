// SPDX-License-Identifier: Apache-2.0
// A screen reader can name every control an operator can reach with the keyboard: each
// focusable widget of the sign-in window, of every section an admin sees and of the dialogs
// they open has an accessible name (its label's text through a buddy, its own text, or one
// given to it).
#include "ConsoleApp.h"
#include "login/LoginWindow.h"
#include "main/MainWindow.h"
#include "support/ConsoleWindow.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace cowin;
using cowin::test::TestCluster;

namespace {
// The focusable widgets in sight under root that a screen reader could not name.
QStringList unnamed(QWidget *root) {
    QStringList out;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || !w->isEnabled())
            continue;
        // Viewports and the editor of an editable combo box are named by their owner.
        if (qobject_cast<QAbstractScrollArea *>(w->parentWidget()) &&
            w == qobject_cast<QAbstractScrollArea *>(w->parentWidget())->viewport())
            continue;
        if (qobject_cast<QComboBox *>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        // A selectable label names itself by its text; an empty one has nothing to read.
        if (auto *label = qobject_cast<QLabel *>(w); label && label->text().isEmpty())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            out << QStringLiteral("%1 (%2) in %3")
                       .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()),
                            w->parentWidget() ? w->parentWidget()->objectName() : QString());
    }
    return out;
}
} // namespace

class EveryInputIsNamed : public QObject {
    Q_OBJECT
    test::ConsoleWindow m_console;

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        QStandardPaths::setTestModeEnabled(true);
        QAccessible::setActive(true);
        QVERIFY(m_console.open(QStringLiteral("gui_a11y"), {QStringLiteral("admin")}));
    }

    void theSignInWindow() {
        ui::ConsoleApp app;
        app.loginWindow()->setProductionProfile(TestCluster::profile());
        app.showLogin();
        QVERIFY(QTest::qWaitForWindowExposed(app.loginWindow()));
        const QStringList missing = unnamed(app.loginWindow());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void everySection_data() {
        QTest::addColumn<QString>("section");
        for (const QString &s : m_console.window->sectionNames())
            QTest::newRow(qPrintable(s)) << s;
    }
    void everySection() {
        QFETCH(QString, section);
        m_console.window->selectSection(section);
        auto *page = m_console.window->findChild<QWidget *>(QStringLiteral("page_") + section);
        QTRY_VERIFY(page && page->isVisible());
        QTest::qWait(200); // let a section's first read fill it
        const QStringList missing = unnamed(m_console.window.get());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void everyDialog_data() {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("button");
        QTest::newRow("new account") << "vaccinators"
                                     << "newAccountButton";
        QTest::newRow("bulk reset") << "vaccinators"
                                    << "bulkResetButton";
        QTest::newRow("new partner") << "partners"
                                     << "newPartner";
        QTest::newRow("kill-switch") << "partners"
                                     << "killSwitchEngage";
        QTest::newRow("new operator") << "operators"
                                      << "newOperator";
        QTest::newRow("limits") << "operators"
                                << "limitsButton";
        QTest::newRow("export evidence") << "audit"
                                         << "auditExport";
        QTest::newRow("change password") << "account"
                                         << "changeMyPassword";
        QTest::newRow("new phone") << "account"
                                   << "moveToNewPhone";
    }
    void everyDialog() {
        QFETCH(QString, section);
        QFETCH(QString, button);
        m_console.window->selectSection(section);
        auto *open = m_console.window->findChild<QPushButton *>(button);
        QVERIFY(open);
        QTRY_VERIFY(open->isVisible() && open->isEnabled());
        open->click();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = [this] {
            for (QDialog *d : m_console.window->findChildren<QDialog *>())
                if (d->isVisible())
                    return d;
            return static_cast<QDialog *>(nullptr);
        }()));
        QTest::qWait(200); // let the dialog's first read fill it
        const QStringList missing = unnamed(dialog);
        dialog->reject();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase() { m_console.close(); }
};

QTEST_MAIN(EveryInputIsNamed)
#include "every_input_is_named.moc"
