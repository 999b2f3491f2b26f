// SPDX-License-Identifier: Apache-2.0
#pragma once
#include "db/DbError.h"
#include <QString>
namespace cowin::ui {
QString errorText(const db::DbError &error);
}
