// SPDX-License-Identifier: Apache-2.0
// The main screens in Hindi, as an admin sees them at the window's own size: every label and
// button without word wrap is at least as wide as its text (Devanagari runs longer than the
// English it replaces, and a squeezed label shows "मोबाइ" for "मोबाइल"). Screenshots of each
// section go to COWIN_SCREENSHOT_DIR when it is set. No list needs scrolling sideways to show
// its columns.
#include "support/ConsoleWindow.h"
#include "support/SectionFit.h"
#include "support/TestCluster.h"

#include <QApplication>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>

using cowin::test::ConsoleWindow;

class HindiMainScreensFit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        QLocale::setDefault(QLocale(QLocale::Hindi, QLocale::India));
        QVERIFY(m_translator.load(QStringLiteral("cowin_hi"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_translator);
        QVERIFY(m_console.open(QStringLiteral("gui_hindi"), {QStringLiteral("admin")}));
    }

    void everySectionFits_data() {
        QTest::addColumn<QString>("section");
        for (const QString &s : cowin::test::mainSections())
            QTest::newRow(qPrintable(s)) << s;
    }
    void everySectionFits() {
        QFETCH(QString, section);
        cowin::test::verifySectionFits(m_console.window.get(), section, QStringLiteral("hindi-"));
    }

    // The auditor's audit section shows the signing-key tab, which no admin sees; the check of
    // shared Alt+letters has to look at it there.
    void theAuditorsSigningKeyTabFits() {
        m_console.close();
        QVERIFY(m_console.open(QStringLiteral("gui_hindi_auditor"), {QStringLiteral("auditor")}));
        auto *tabs = m_console.window->findChild<QTabWidget *>(QStringLiteral("auditTabs"));
        QVERIFY(tabs);
        auto *key = m_console.window->findChild<QWidget *>(QStringLiteral("auditorKey"));
        QVERIFY(key);
        tabs->setCurrentWidget(key);
        cowin::test::verifySectionFits(m_console.window.get(), QStringLiteral("audit"),
                                       QStringLiteral("hindi-auditor-"));
    }

    void cleanupTestCase() {
        m_console.close();
        QCoreApplication::removeTranslator(&m_translator);
    }

private:
    QTranslator m_translator;
    ConsoleWindow m_console;
};

QTEST_MAIN(HindiMainScreensFit)
#include "hindi_main_screens_fit.moc"
