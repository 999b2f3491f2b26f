// SPDX-License-Identifier: Apache-2.0
#include "text/LocalTime.h"

#include <QLocale>

namespace cowin::text {

QString localTime(const QDateTime &utc, const QString &whenInvalid) {
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat)
                         : whenInvalid;
}

} // namespace cowin::text
