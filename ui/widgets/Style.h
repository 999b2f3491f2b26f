// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFont>
#include <QString>
#include <functional>

class QAbstractItemView;
class QLabel;
class QPushButton;
class QTableView;
class QWidget;

namespace cowin::paging {
class KeysetWindowModel;
}

namespace cowin::ui {

// A word-wrapped label for an error next to the field it is about.
// The colour of a problem, for labels that are sometimes one.
QString errorStyle();
QLabel *makeErrorLabel(const QString &objectName, QWidget *parent);

// Codes and keys are read character by character: monospace, a little larger (scale × the
// application's text size).
QFont codeFont(qreal scale = 1.2);
// The same font for the <tt> parts of rich text (a hash, a key, an enrolment code).
QString withCodeFont(QString html);

// A word-wrapped label on a pale yellow ground, for what the operator must read before going
// on (someone else's change, a secret shown once).
QLabel *makeNoticeLabel(const QString &objectName, QWidget *parent);
// The look of a notice: dark text on a pale yellow, whatever the palette.
QString noticeStyle();
// The colour of secondary text (field names, positions): between the palette's text and its
// background, two thirds of the way to the text, so it reads at 4.5:1 or better in light,
// dark and high-contrast palettes alike.
QString secondaryTextColor();
// In a Devanagari locale fontconfig draws everything with a Devanagari font, whose Latin
// letters are poor (an underscore looks doubled, a hyphen like a minus): identifiers, codes and
// addresses are Latin. Latin is drawn with the Latin font, Devanagari with the locale's own.
void useLatinFontForLatinText();

// A push button with the object name tests and screenshots find it by.
QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent);

// A read-only list of records: whole rows, one at a time, one line each, no row numbers.
void setUpRecordTable(QTableView *view);

// Makes row the current, selected row of a row-selecting view. Unlike QTableView::selectRow,
// it does not depend on which column is scrolled into sight, or on the view being laid out.
void selectWholeRow(QAbstractItemView *view, int row);

// Keeps view and a keyset window together: the window reads ahead as the view scrolls, and
// when rows are added or dropped above, the same rows stay in sight. moved runs after either.
void followKeysetWindow(QTableView *view, paging::KeysetWindowModel *model,
                        const std::function<void()> &moved = {});

} // namespace cowin::ui
