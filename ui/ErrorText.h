// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/DbError.h"
#include "login/SignInCalls.h"

#include <QString>

namespace cowin::ui {

// The SQLSTATE contract of DESIGN.md in words. No raw SQL or server text reaches a user
// except the CW messages the schema writes for people.
QString errorText(const db::DbError &error);

// Why a step-up code did not confirm an action (a replay, or a wrong code and how many tries
// are left before the lock); empty when it was accepted.
QString stepUpRefusal(const login::OtpVerdict &verdict);

} // namespace cowin::ui
