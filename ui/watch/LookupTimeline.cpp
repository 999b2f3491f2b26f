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
    QList<Bar> bars;
    qint64 lookups = 0;
    for (const watch::LookupStep &s : steps) {
        bars << Bar{s.start, s.lookups - s.denied, s.denied};
        lookups += s.lookups;
    }
    setBars(bars, 600,
            tr("Lookups every 10 minutes, last %n hour(s): %1 in all", nullptr, kHours)
                .arg(QLocale().toString(lookups)));
}

} // namespace cowin::ui
