// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "partners/Partner.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace cowin::ui {

// A partner's calls per hour over the last day, served and denied stacked, so a burst or a
// wall of denials shows at a glance.
class UsageChart : public QChartView {
    Q_OBJECT
public:
    explicit UsageChart(QWidget *parent = nullptr);

    void setHours(const QList<partners::UsageHour> &hours);
    qint64 totalCalls() const { return m_total; }

private:
    QBarSet *m_served;
    QBarSet *m_denied;
    QBarCategoryAxis *m_hours;
    QValueAxis *m_calls;
    QList<QDateTime> m_hourStarts;
    qint64 m_total = 0;
};

} // namespace cowin::ui
