// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace cowin::text {

// A moment as the operator reads it: their time zone, their locale's short date and time;
// whenInvalid for a moment that never was ("never", or nothing).
QString localTime(const QDateTime &utc, const QString &whenInvalid = {});

} // namespace cowin::text
