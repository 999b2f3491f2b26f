// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QChartView>
#include <QDateTime>

class QBarCategoryAxis;
class QDateTimeAxis;
class QBarSet;
class QValueAxis;

namespace cowin::ui {

// Counts over time as stacked bars, the good part below and the bad part above it in red, so
// a burst or a wall of failures shows at a glance. Dozens to hundreds of bars do not leave
// room for a label each: a time axis under them marks a few moments of the span, and each bar
// shows its time and counts on hover.
class StackedTimeBars : public QChartView {
    Q_OBJECT
public:
    struct Bar {
        QDateTime start;
        qint64 good = 0;
        qint64 bad = 0;
    };

    StackedTimeBars(const QString &goodName, const QString &badName, QWidget *parent = nullptr);

    // step: the length of one bar, for the hover text.
    void setBars(const QList<Bar> &bars, qint64 stepSeconds, const QString &title);
    qint64 totalGood() const { return m_totalGood; }
    qint64 totalBad() const { return m_totalBad; }
    int barCount() const { return static_cast<int>(m_starts.size()); }
    QDateTimeAxis *timeAxis() const { return m_clock; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void followWidgetFont(); // a chart's theme has fonts of its own
    QBarSet *m_good;
    QBarSet *m_bad;
    QBarCategoryAxis *m_times; // one hidden category per bar
    QDateTimeAxis *m_clock;    // the labels: the same span as the bars, in local time
    QValueAxis *m_counts;
    QList<QDateTime> m_starts;
    qint64 m_step = 3600;
    qint64 m_totalGood = 0;
    qint64 m_totalBad = 0;
};

} // namespace cowin::ui
