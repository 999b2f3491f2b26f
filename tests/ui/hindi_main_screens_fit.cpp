// SPDX-License-Identifier: Apache-2.0
// The main screens in Hindi, as an admin sees them at the window's own size: every label and
// button without word wrap is at least as wide as its text (Devanagari runs longer than the
// English it replaces, and a squeezed label shows "मोबाइ" for "मोबाइल"). Screenshots of each
// section go to COWIN_SCREENSHOT_DIR when it is set. No list needs scrolling sideways to show
// its columns.
#include "main/MainWindow.h"
#include "support/ConsoleWindow.h"
#include "support/TestCluster.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
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
        for (const char *s :
             {"vaccinators", "deliveries", "partners", "audit", "operators", "account"})
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
        // Every column of every list in sight, and every button of a pane, without scrolling
        // sideways.
        for (QAbstractScrollArea *area : page->findChildren<QAbstractScrollArea *>())
            if (area->isVisible())
                QTRY_VERIFY2(!area->horizontalScrollBar()->isVisible(),
                             qPrintable(area->objectName() + QStringLiteral(" in ") +
                                        area->parentWidget()->objectName() +
                                        QStringLiteral(" scrolls sideways")));
        for (QTableView *table : page->findChildren<QTableView *>()) {
            if (!table->isVisible())
                continue;
            const auto widths = [table] {
                QStringList out;
                for (int c = 0; c < table->horizontalHeader()->count(); ++c)
                    if (!table->isColumnHidden(c))
                        out << QString::number(table->columnWidth(c));
                return out.join(QLatin1Char('+'));
            };
            QTRY_VERIFY2(table->horizontalHeader()->length() <= table->viewport()->width() + 1,
                         qPrintable(QStringLiteral("%1: columns %2 = %3 px in %4 px")
                                        .arg(table->objectName(), widths())
                                        .arg(table->horizontalHeader()->length())
                                        .arg(table->viewport()->width())));
        }
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
