// SPDX-License-Identifier: Apache-2.0
// The main screens at the largest text size an operator can choose (View > Larger text), in
// English and then in Hindi, at the window's own size: nothing cut, nothing scrolls sideways.
// The size is chosen the way an operator does, from the keyboard, with the window open: every
// window follows at once, code fields and the navigation included, and the choice is kept for
// the next run. Screenshots of each section go to COWIN_SCREENSHOT_DIR when it is set.
#include "support/ConsoleWindow.h"
#include "support/SectionFit.h"
#include "support/TestCluster.h"
#include "widgets/TextSize.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QSettings>
#include <QTranslator>
#include <QtTest>

using namespace cowin;
using cowin::test::ConsoleWindow;

class LargeTextMainScreensFit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        QSettings().remove(QStringLiteral("view"));
        ui::TextSize::restore();
        m_normalPointSize = QApplication::font().pointSizeF();
        QVERIFY(m_console.open(QStringLiteral("gui_large_text"), {QStringLiteral("admin")}));
    }

    void theKeyboardMakesTextLargerUpToTheLastStep() {
        ui::MainWindow *window = m_console.window.get();
        auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        const int navWidthBefore = nav->width();
        const qreal navPointsBefore = nav->font().pointSizeF();
        auto *larger = window->findChild<QAction *>(QStringLiteral("largerTextAction"));
        QVERIFY(larger);
        const QList<int> steps = ui::TextSize::steps();
        for (int i = 1; i < steps.size(); ++i) {
            QTest::keyClick(window, Qt::Key_Plus, Qt::ControlModifier);
            QCOMPARE(ui::TextSize::current(), steps.at(i));
        }
        // One more press at the last step changes nothing.
        QTest::keyClick(window, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(ui::TextSize::current(), steps.last());
        QVERIFY(!larger->isEnabled() || !ui::TextSize::larger());
        const qreal ratio = steps.last() / 100.0;
        QCOMPARE(QApplication::font().pointSizeF(), m_normalPointSize * ratio);
        // The navigation keeps its own slightly larger font, and widens to its names.
        QTRY_COMPARE(nav->font().pointSizeF(), navPointsBefore * ratio);
        qDebug() << nav->font() << navPointsBefore << ratio;
        QTRY_VERIFY2(nav->width() > navWidthBefore,
                     qPrintable(QStringLiteral("navigation %1 px, was %2 px")
                                    .arg(nav->width())
                                    .arg(navWidthBefore)));
        QCOMPARE(QSettings().value(QStringLiteral("view/textSize")).toInt(), steps.last());
    }

    void everySectionFitsInEnglish_data() { sections(); }
    void everySectionFitsInEnglish() {
        QFETCH(QString, section);
        test::verifySectionFits(m_console.window.get(), section, QStringLiteral("large-"));
    }

    void hindiOpensAtTheKeptSize() {
        m_console.close();
        QLocale::setDefault(QLocale(QLocale::Hindi, QLocale::India));
        QVERIFY(m_translator.load(QStringLiteral("cowin_hi"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_translator);
        ui::TextSize::reset();
        ui::TextSize::restore(); // as the next run does: nothing was kept at the normal size
        QCOMPARE(ui::TextSize::current(), 100);
        ui::TextSize::set(ui::TextSize::steps().last());
        ui::TextSize::restore();
        QCOMPARE(ui::TextSize::current(), ui::TextSize::steps().last());
        QVERIFY(m_console.open(QStringLiteral("gui_large_text_hi"), {QStringLiteral("admin")}));
    }

    void theWindowFitsACommonLaptopScreen() {
        // 1366 × 768, less a panel: the most common screen of the ministry's laptops.
        ui::MainWindow *window = m_console.window.get();
        QStringList wide;
        QStringList tall;
        for (QWidget *w : window->findChildren<QWidget *>()) {
            const auto describe = [w](int size) {
                return QStringLiteral("%1 %2 min %3")
                    .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                    .arg(size);
            };
            if (w->minimumSizeHint().width() > 500)
                wide << describe(w->minimumSizeHint().width());
            if (w->minimumSizeHint().height() > 300)
                tall << describe(w->minimumSizeHint().height());
        }
        QVERIFY2(window->minimumSizeHint().width() <= 1366,
                 qPrintable(QString::number(window->minimumSizeHint().width()) +
                            QStringLiteral(" px wide at least:\n") + wide.join(QLatin1Char('\n'))));
        QVERIFY2(window->minimumSizeHint().height() <= 720,
                 qPrintable(QString::number(window->minimumSizeHint().height()) +
                            QStringLiteral(" px tall at least:\n") + tall.join(QLatin1Char('\n'))));
    }

    void everySectionFitsInHindi_data() { sections(); }
    void everySectionFitsInHindi() {
        QFETCH(QString, section);
        test::verifySectionFits(m_console.window.get(), section, QStringLiteral("large-hindi-"));
    }

    void normalSizeComesBackFromTheKeyboard() {
        QTest::keyClick(m_console.window.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(ui::TextSize::current(), 100);
        QCOMPARE(QApplication::font().pointSizeF(), m_normalPointSize);
        QVERIFY(!QSettings().contains(QStringLiteral("view/textSize")));
    }

    void cleanupTestCase() {
        m_console.close();
        QCoreApplication::removeTranslator(&m_translator);
        QSettings().remove(QStringLiteral("view"));
    }

private:
    static void sections() {
        QTest::addColumn<QString>("section");
        for (const QString &s : test::mainSections())
            QTest::newRow(qPrintable(s)) << s;
    }

    QTranslator m_translator;
    ConsoleWindow m_console;
    qreal m_normalPointSize = 0;
};

QTEST_MAIN(LargeTextMainScreensFit)
#include "large_text_main_screens_fit.moc"
