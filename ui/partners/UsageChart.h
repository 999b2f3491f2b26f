// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "partners/Partner.h"
#include "widgets/StackedTimeBars.h"

namespace cowin::ui {

// A partner's calls per hour over the last day, served and denied stacked.
class UsageChart : public StackedTimeBars {
    Q_OBJECT
public:
    explicit UsageChart(QWidget *parent = nullptr);

    void setHours(const QList<partners::UsageHour> &hours);
    qint64 totalCalls() const { return totalGood() + totalBad(); }
};

} // namespace cowin::ui
