// SPDX-License-Identifier: Apache-2.0
#include "partners/UsageChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

namespace cowin::ui {

UsageChart::UsageChart(QWidget *parent)
    : QChartView(parent)
    , m_served(new QBarSet(tr("Served")))
    , m_denied(new QBarSet(tr("Denied")))
    , m_hours(new QBarCategoryAxis)
    , m_calls(new QValueAxis) {
    setObjectName(QStringLiteral("usageChart"));
    m_served->setColor(QColor(0x2f, 0x6f, 0xb5));
    m_denied->setColor(QColor(0xc0, 0x39, 0x2b));
    auto *series = new QStackedBarSeries;
    series->append(m_served);
    series->append(m_denied);
    series->setBarWidth(0.8);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Calls per hour, last 24 hours"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_calls->setLabelFormat(QStringLiteral("%d"));
    m_calls->setMin(0);
    chart->addAxis(m_hours, Qt::AlignBottom);
    chart->addAxis(m_calls, Qt::AlignLeft);
    series->attachAxis(m_hours);
    series->attachAxis(m_calls);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void UsageChart::setHours(const QList<partners::UsageHour> &hours) {
    m_served->remove(0, m_served->count());
    m_denied->remove(0, m_denied->count());
    QStringList labels;
    qint64 peak = 0;
    m_total = 0;
    for (const partners::UsageHour &h : hours) {
        // Every label must differ, or the category axis merges hours.
        labels << QLocale().toString(h.hour.toLocalTime(), QStringLiteral("HH"));
        m_served->append(static_cast<qreal>(h.calls - h.denials));
        m_denied->append(static_cast<qreal>(h.denials));
        peak = std::max(peak, h.calls);
        m_total += h.calls;
    }
    m_hours->setCategories(labels);
    // Whole numbers on the axis: round the top up to a tidy step.
    qint64 top = 10;
    while (top < peak)
        top *= top % 3 == 1 ? 5 : 2; // 10, 50, 100, 500, 1000, …
    m_calls->setRange(0, static_cast<qreal>(top));
    m_calls->setTickCount(6);
    chart()->setTitle(
        tr("Calls per hour, last 24 hours: %1 in all").arg(QLocale().toString(m_total)));
}

} // namespace cowin::ui
