// SPDX-License-Identifier: Apache-2.0
// Whether a section of the main window shows everything at the window's own size: every label
// and button without word wrap at least as wide as its text (a squeezed label shows "मोबाइ" for
// "मोबाइल", or "Passwo" at a large font), no list or pane scrolling sideways, and no Alt+letter
// shared by two things on screen (translations keep the English letters). Used by the Hindi and
// the large-font checks, which differ only in what makes text longer.
#pragma once

#include "main/MainWindow.h"
#include "support/ConsoleWindow.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QScrollBar>
#include <QTabBar>
#include <QTableView>
#include <QtTest>

namespace cowin::test {

// Widgets whose text is cut: narrower than the text needs.
inline QStringList squeezedWidgets(QWidget *root) {
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

// Alt+letter keys that two things on screen answer at once: Qt then only cycles focus between
// them, so neither the button nor the field behind the letter is reached in one press. Looks at
// what can carry a mnemonic and is showing: the menu bar, buttons, tabs, labels with a buddy
// and checkable group boxes.
inline QStringList clashingMnemonics(QWidget *window) {
    QMap<QString, QStringList> byKey;
    const auto add = [&byKey](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey[key.toString(QKeySequence::PortableText)] << QString(text).remove(u'&');
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions())
                if (a->isVisible())
                    add(a->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            add(button->text());
        } else if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->buddy())
                add(label->text());
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            if (box->isCheckable())
                add(box->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i));
        }
    }
    QStringList out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            out << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(" / "));
    return out;
}

// Shows `section` and fails the running test function if anything in it is cut or needs
// scrolling sideways; saves a screenshot named `shotPrefix` + section first.
inline void verifySectionFits(ui::MainWindow *window, const QString &section,
                              const QString &shotPrefix) {
    window->selectSection(section);
    QTRY_COMPARE(window->currentSection(), section);
    auto *page = window->findChild<QWidget *>(QStringLiteral("page_") + section);
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    QTest::qWait(50);
    screenshot(window, shotPrefix + section); // before the checks: a failure is seen too
    // A label whose text just changed is measured again at the next layout pass.
    QTRY_VERIFY2(squeezedWidgets(window).isEmpty(),
                 qPrintable(squeezedWidgets(window).join(QStringLiteral("\n"))));
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
    for (QAbstractScrollArea *area : page->findChildren<QAbstractScrollArea *>())
        if (area->isVisible())
            QTRY_VERIFY2(!area->horizontalScrollBar()->isVisible(),
                         qPrintable(area->objectName() + QStringLiteral(" in ") +
                                    area->parentWidget()->objectName() +
                                    QStringLiteral(" scrolls sideways")));
    QVERIFY2(clashingMnemonics(window).isEmpty(),
             qPrintable(section + QStringLiteral(": one key for two things\n") +
                        clashingMnemonics(window).join(QLatin1Char('\n'))));
}

inline QStringList mainSections() {
    return {QStringLiteral("vaccinators"), QStringLiteral("deliveries"), QStringLiteral("partners"),
            QStringLiteral("audit"),       QStringLiteral("operators"),  QStringLiteral("watch"),
            QStringLiteral("account")};
}

} // namespace cowin::test
