// SPDX-License-Identifier: Apache-2.0
#include "watch/LookupTimeline.h"

#include <QLocale>

namespace cowin::ui {

LookupTimeline::LookupTimeline(QWidget *parent)
    : StackedTimeBars(tr("Allowed"), tr("Refused"), parent) {
    setObjectName(QStringLiteral("lookupTimeline"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setSteps({});
}

void LookupTimeline::setSteps(const QList<watch::LookupStep> &steps) {
    // Every step of the span, quiet ones too, so a burst shows against the hours around it.
    constexpr qint64 kStepSeconds = 600;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 last = now - now % kStepSeconds;
    QList<Bar> bars;
    qint64 lookups = 0;
    auto step = steps.cbegin();
    for (qint64 t = last - (kHours * 3600 - kStepSeconds); t <= last; t += kStepSeconds) {
        Bar bar{QDateTime::fromSecsSinceEpoch(t, Qt::UTC), 0, 0};
        while (step != steps.cend() && step->start.toSecsSinceEpoch() < t + kStepSeconds) {
            if (step->start.toSecsSinceEpoch() >= t) {
                bar.good += step->lookups - step->denied;
                bar.bad += step->denied;
                lookups += step->lookups;
            }
            ++step;
        }
        bars << bar;
    }
    setBars(bars, kStepSeconds,
            tr("Lookups every 10 minutes, last %n hour(s): %1 in all", nullptr, kHours)
                .arg(QLocale().toString(lookups)));
}

} // namespace cowin::ui
