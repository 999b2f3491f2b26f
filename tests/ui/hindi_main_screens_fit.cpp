// SPDX-License-Identifier: Apache-2.0
// The main screens in Hindi, as an admin sees them at the window's own size: every label and
// button without word wrap is at least as wide as its text (Devanagari runs longer than the
// English it replaces, and a squeezed label shows "मोबाइ" for "मोबाइल"). Screenshots of each
// section go to COWIN_SCREENSHOT_DIR when it is set.
#include "main/MainWindow.h"
#include "support/ConsoleWindow.h"
#include "support/TestCluster.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QTranslator>
#include <QtTest>

using namespace cowin;
using cowin::test::ConsoleWindow;
using cowin::test::TestCluster;

namespace {
// Widgets whose text is cut: narrower than the text needs.
QStringList squeezed(QWidget *root) {
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->wordWrap() || label->textFormat() == Qt::RichText ||
                label->text().contains(QLatin1Char('<')))
                continue;
            text = label->text();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            text = button->text();
        }
        if (text.trimmed().isEmpty())
            continue;
        if (w->width() + 1 < w->sizeHint().width())
            out << QStringLiteral("%1 \"%2\" (%3 of %4 px)")
                       .arg(w->objectName().isEmpty()
                                ? QString::fromLatin1(w->metaObject()->className())
                                : w->objectName(),
                            text)
                       .arg(w->width())
                       .arg(w->sizeHint().width());
    }
    return out;
}
} // namespace

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
        for (const char *s : {"vaccinators", "partners", "audit", "operators"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }
    void everySectionFits() {
        QFETCH(QString, section);
        ui::MainWindow *window = m_console.window.get();
        window->selectSection(section);
        QTRY_COMPARE(window->currentSection(), section);
        auto *page = window->findChild<QWidget *>(QStringLiteral("page_") + section);
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        // A label whose text just changed is measured again at the next layout pass.
        QTRY_VERIFY2(squeezed(window).isEmpty(),
                     qPrintable(squeezed(window).join(QStringLiteral("\n"))));
        cowin::test::screenshot(window, QStringLiteral("hindi-") + section);
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
