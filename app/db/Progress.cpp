// SPDX-License-Identifier: Apache-2.0
#include "db/Progress.h"

namespace cowin::db {

bool Progress::advance(qint64 done) {
    Q_EMIT advanced(done);
    return !m_cancelled;
}

} // namespace cowin::db
