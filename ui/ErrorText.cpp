// SPDX-License-Identifier: Apache-2.0
#include "ErrorText.h"
namespace cowin::ui {
QString errorText(const db::DbError &error) {
    return error.message;
}
} // namespace cowin::ui
