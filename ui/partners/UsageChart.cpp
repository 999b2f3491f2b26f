// SPDX-License-Identifier: Apache-2.0
#include "partners/UsageChart.h"

#include <QLocale>

namespace cowin::ui {

UsageChart::UsageChart(QWidget *parent)
    : StackedTimeBars(tr("Served"), tr("Denied"), parent) {
    setObjectName(QStringLiteral("usageChart"));
    // As tall as its labels need at the text size in use, no taller: the keys below get the rest.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setHours({});
}

void UsageChart::setHours(const QList<partners::UsageHour> &hours) {
    QList<Bar> bars;
    for (const partners::UsageHour &h : hours)
        bars << Bar{h.hour, h.calls - h.denials, h.denials};
    const qint64 total = [&hours] {
        qint64 n = 0;
        for (const partners::UsageHour &h : hours)
            n += h.calls;
        return n;
    }();
    setBars(bars, 3600,
            hours.isEmpty()
                ? tr("Calls per hour, last 24 hours")
                : tr("Calls per hour, last 24 hours: %1 in all").arg(QLocale().toString(total)));
}

} // namespace cowin::ui
