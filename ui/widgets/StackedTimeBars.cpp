// SPDX-License-Identifier: Apache-2.0
#include "widgets/StackedTimeBars.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

namespace cowin::ui {

namespace {
// Ticks that fall on the edges between bars, which are whole hours or minutes: a count of
// gaps that divides the bars evenly, five or so for room between the labels; else the ends.
int ticksOnBarEdges(int bars) {
    for (int gaps : {6, 5, 4, 8, 7, 3, 2})
        if (bars % gaps == 0)
            return gaps + 1;
    return 2;
}
} // namespace

StackedTimeBars::StackedTimeBars(const QString &goodName, const QString &badName, QWidget *parent)
    : QChartView(parent)
    , m_good(new QBarSet(goodName))
    , m_bad(new QBarSet(badName))
    , m_times(new QBarCategoryAxis)
    , m_clock(new QDateTimeAxis)
    , m_counts(new QValueAxis) {
    m_good->setColor(QColor(0x2f, 0x6f, 0xb5));
    m_bad->setColor(QColor(0xc0, 0x39, 0x2b));
    auto *series = new QStackedBarSeries;
    series->append(m_good);
    series->append(m_bad);
    series->setBarWidth(0.8);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_counts->setLabelFormat(QStringLiteral("%d"));
    m_counts->setMin(0);
    m_times->setLabelsVisible(false);
    m_times->setGridLineVisible(false);
    m_clock->setTickCount(5);
    m_clock->setGridLineVisible(false);
    chart->addAxis(m_times, Qt::AlignBottom);
    chart->addAxis(m_clock, Qt::AlignBottom);
    chart->addAxis(m_counts, Qt::AlignLeft);
    series->attachAxis(m_times);
    series->attachAxis(m_counts);
    setChart(chart);
    followWidgetFont();
    connect(series, &QStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
        if (!status || index < 0 || index >= m_starts.size()) {
            setToolTip(QString());
            return;
        }
        const QDateTime from = m_starts.at(index).toLocalTime();
        const QString format =
            m_step >= 86400 ? QStringLiteral("d MMM") : QStringLiteral("d MMM HH:mm");
        setToolTip(tr("%1 – %2\n%3: %4\n%5: %6")
                       .arg(QLocale().toString(from, format),
                            QLocale().toString(from.addSecs(m_step), format), m_good->label(),
                            QLocale().toString(static_cast<qint64>(m_good->at(index))),
                            m_bad->label(),
                            QLocale().toString(static_cast<qint64>(m_bad->at(index)))));
    });
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Chart of %1 and %2 over time").arg(goodName, badName));
}

void StackedTimeBars::changeEvent(QEvent *event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        followWidgetFont();
}

void StackedTimeBars::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    // Six numbers up the side where there is room for them, three where there is not.
    m_counts->setTickCount(height() >= fontMetrics().height() * 14 ? 6 : 3);
}

void StackedTimeBars::followWidgetFont() {
    QFont labels = font();
    labels.setPointSizeF(labels.pointSizeF() * 0.9);
    chart()->legend()->setFont(labels);
    m_clock->setLabelsFont(labels);
    m_counts->setLabelsFont(labels);
    QFont title = font();
    title.setBold(true);
    chart()->setTitleFont(title);
    // Below this the value axis has no room even for three numbers and elides them.
    setMinimumHeight(fontMetrics().height() * 10);
}

void StackedTimeBars::setBars(const QList<Bar> &bars, qint64 stepSeconds, const QString &title) {
    m_good->remove(0, m_good->count());
    m_bad->remove(0, m_bad->count());
    m_step = stepSeconds;
    QStringList labels;
    qint64 peak = 0;
    m_totalGood = 0;
    m_totalBad = 0;
    m_starts.clear();
    QList<qreal> good;
    QList<qreal> bad;
    for (const Bar &b : bars) {
        labels << QString::number(labels.size()); // categories must differ; they are not shown
        m_starts << b.start;
        good << static_cast<qreal>(b.good);
        bad << static_cast<qreal>(b.bad);
        peak = std::max(peak, b.good + b.bad);
        m_totalGood += b.good;
        m_totalBad += b.bad;
    }
    m_good->append(good);
    m_bad->append(bad);
    m_times->setCategories(labels);
    // Bars fill their categories edge to edge, so the first bar's start and the last bar's end
    // are the axis' ends.
    m_clock->setVisible(!m_starts.isEmpty());
    if (!m_starts.isEmpty()) {
        m_clock->setFormat(stepSeconds >= 86400  ? QStringLiteral("d MMM")
                           : stepSeconds >= 3600 ? QStringLiteral("d MMM HH:mm")
                                                 : QStringLiteral("HH:mm"));
        m_clock->setRange(m_starts.first().toLocalTime(),
                          m_starts.last().toLocalTime().addSecs(stepSeconds));
        m_clock->setTickCount(ticksOnBarEdges(static_cast<int>(m_starts.size())));
    }
    // A tidy top for the axis, 10, 20, 50, 100, 200, 500, …: five whole steps or two.
    qint64 top = 10;
    for (int i = 0; top < peak; ++i)
        top = top / (i % 3 == 1 ? 2 : 1) * (i % 3 == 1 ? 5 : 2);
    m_counts->setRange(0, static_cast<qreal>(top));
    chart()->setTitle(title);
    setAccessibleName(title);
}

} // namespace cowin::ui
