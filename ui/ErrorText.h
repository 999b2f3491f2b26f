// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/DbError.h"

#include <QString>

namespace cowin::ui {

// The SQLSTATE contract of DESIGN.md in words. No raw SQL or server text reaches a user
// except the CW messages the schema writes for people.
QString errorText(const db::DbError &error);

} // namespace cowin::ui
