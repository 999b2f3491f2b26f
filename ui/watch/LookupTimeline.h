// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "watch/WatchAlert.h"
#include "widgets/StackedTimeBars.h"

namespace cowin::ui {

// One account's or key's lookups in 10-minute steps over the last hours: allowed below,
// refused above in red, so a bot's burst and the wall it hit show at a glance.
class LookupTimeline : public StackedTimeBars {
    Q_OBJECT
public:
    static constexpr int kHours = 6;
    explicit LookupTimeline(QWidget *parent = nullptr);
    void setSteps(const QList<watch::LookupStep> &steps);
};

} // namespace cowin::ui
