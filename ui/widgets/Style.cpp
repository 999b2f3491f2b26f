// SPDX-License-Identifier: Apache-2.0
#include "widgets/Style.h"

#include "paging/KeysetWindowModel.h"
#include "widgets/ColumnsFitWidth.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>

namespace cowin::ui {

QString errorStyle() {
    return QStringLiteral("color: #b3261e;");
}

QLabel *makeErrorLabel(const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(errorStyle());
    return label;
}

namespace {
QStringList codeFontFamilies() {
    // Named first: in a Devanagari locale the system's "monospace" is a Devanagari font whose
    // digits are proportional and whose hyphen looks like a minus sign.
    return {QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono"),
            QStringLiteral("Noto Sans Mono"), QStringLiteral("monospace")};
}
} // namespace

QString withCodeFont(QString html) {
    const QString families = codeFontFamilies().join(QStringLiteral("','"));
    html.replace(QStringLiteral("<tt>"),
                 QStringLiteral("<span style=\"font-family:'%1'\">").arg(families));
    return html.replace(QStringLiteral("</tt>"), QStringLiteral("</span>"));
}

QFont codeFont(qreal scale) {
    QFont mono;
    mono.setFamilies(codeFontFamilies());
    mono.setStyleHint(QFont::Monospace);
    mono.setFixedPitch(true);
    mono.setPointSizeF(QApplication::font().pointSizeF() * scale);
    return mono;
}

QString secondaryTextColor() {
    const QPalette palette = QApplication::palette();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor background = palette.color(QPalette::Window);
    const auto mix = [](int t, int b) { return (2 * t + b) / 3; };
    return QColor(mix(text.red(), background.red()), mix(text.green(), background.green()),
                  mix(text.blue(), background.blue()))
        .name();
}

void useLatinFontForLatinText() {
    if (QLocale().script() != QLocale::DevanagariScript)
        return;
    QFont font = QApplication::font();
    const QStringList families{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                               font.family()};
    font.setFamilies(families);
    QApplication::setFont(font);
    // Rich text's <tt> asks for Courier, which is not installed; the system's stand-in would
    // be the Devanagari font.
    for (const QString &courier : {QStringLiteral("Courier New"), QStringLiteral("courier")})
        QFont::insertSubstitutions(courier, codeFontFamilies());
}

QString noticeStyle() {
    // Its own text colour with its own background: readable under a dark or high-contrast
    // palette too.
    return QStringLiteral("background: #fff4d6; color: #3d2e00; padding: 6px;");
}

QLabel *makeNoticeLabel(const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(noticeStyle());
    return label;
}

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent) {
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

void setUpRecordTable(QTableView *view) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    ColumnsFitWidth::keep(view);
}

void selectWholeRow(QAbstractItemView *view, int row) {
    const QModelIndex index = view->model()->index(row, 0);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    view->scrollTo(index);
}

void followKeysetWindow(QTableView *view, paging::KeysetWindowModel *model,
                        const std::function<void()> &moved) {
    QObject::connect(model, &paging::KeysetWindowModel::windowShifted, view,
                     [view, moved](int delta) {
                         QScrollBar *bar = view->verticalScrollBar();
                         bar->setValue(bar->value() + delta);
                         if (moved)
                             moved();
                     });
    QObject::connect(
        view->verticalScrollBar(), &QScrollBar::valueChanged, view, [view, model, moved] {
            const int first = view->rowAt(0);
            const int last = view->rowAt(view->viewport()->height() - 1);
            model->noteVisibleRows(qMax(0, first), last < 0 ? model->rowCount() - 1 : last);
            if (moved)
                moved();
        });
}

} // namespace cowin::ui
