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
    // Twenty-four labels do not fit a side pane; the title names the span instead and each
    // bar tells its hour when the pointer rests on it.
    m_hours->setLabelsVisible(false);
    m_hours->setGridLineVisible(false);
    chart->addAxis(m_hours, Qt::AlignBottom);
    chart->addAxis(m_calls, Qt::AlignLeft);
    series->attachAxis(m_hours);
    series->attachAxis(m_calls);
    setChart(chart);
    connect(series, &QStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
        if (!status || index < 0 || index >= m_hourStarts.size()) {
            setToolTip(QString());
            return;
        }
        const QDateTime from = m_hourStarts.at(index).toLocalTime();
        setToolTip(tr("%1–%2: %3 served, %4 denied")
                       .arg(QLocale().toString(from, QStringLiteral("HH:mm")),
                            QLocale().toString(from.addSecs(3600), QStringLiteral("HH:mm")),
                            QLocale().toString(static_cast<qint64>(m_served->at(index))),
                            QLocale().toString(static_cast<qint64>(m_denied->at(index)))));
    });
    setRenderHint(QPainter::Antialiasing);
    setFixedHeight(210);
}

void UsageChart::setHours(const QList<partners::UsageHour> &hours) {
    m_served->remove(0, m_served->count());
    m_denied->remove(0, m_denied->count());
    QStringList labels;
    qint64 peak = 0;
    m_total = 0;
    m_hourStarts.clear();
    for (const partners::UsageHour &h : hours) {
        labels << QString::number(labels.size()); // categories must differ; they are not shown
        m_hourStarts << h.hour;
        m_served->append(static_cast<qreal>(h.calls - h.denials));
        m_denied->append(static_cast<qreal>(h.denials));
        peak = std::max(peak, h.calls);
        m_total += h.calls;
    }
    m_hours->setCategories(labels);
    // A tidy top for the axis, 10, 20, 50, 100, 200, 500, …, in five whole steps.
    qint64 top = 10;
    for (int i = 0; top < peak; ++i)
        top = top / (i % 3 == 1 ? 2 : 1) * (i % 3 == 1 ? 5 : 2);
    m_calls->setRange(0, static_cast<qreal>(top));
    m_calls->setTickCount(6);
    chart()->setTitle(hours.isEmpty()
                          ? tr("Calls per hour, last 24 hours")
                          : tr("Calls per hour from %1 (left) until now (right): %2 in all")
                                .arg(QLocale().toString(hours.first().hour.toLocalTime(),
                                                        QStringLiteral("HH:mm")),
                                     QLocale().toString(m_total)));
}

} // namespace cowin::ui
