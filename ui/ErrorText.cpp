// SPDX-License-Identifier: Apache-2.0
#include "ErrorText.h"

#include <QCoreApplication>

namespace cowin::ui {

QString errorText(const db::DbError &error) {
    using Kind = db::DbError::Kind;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::BadLogin:
        return QCoreApplication::translate(
            "ErrorText", "The username or password is not right, or this account may not sign in.");
    case Kind::Unreachable:
        return error.message.isEmpty()
                   ? QCoreApplication::translate(
                         "ErrorText",
                         "The server cannot be reached. Check the network and try again.")
                   : QCoreApplication::translate("ErrorText", "The server cannot be reached: %1")
                         .arg(error.message);
    case Kind::AccountClosed:
        return QCoreApplication::translate(
            "ErrorText", "A ministry admin has disabled or locked your account, so it can no "
                         "longer sign in. Sign out; if this is a mistake, ask a ministry admin.");
    case Kind::NoSession:
        return QCoreApplication::translate(
            "ErrorText", "Your session has ended. Enter a one-time code to continue.");
    case Kind::Forbidden:
        return error.message.isEmpty()
                   ? QCoreApplication::translate("ErrorText", "You are not allowed to do this.")
                   : error.message;
    case Kind::Stale:
        return QCoreApplication::translate(
            "ErrorText", "Someone else changed this in the meantime. Reload it and try again.");
    case Kind::Invalid:
    case Kind::Locked:
    case Kind::TooManyAttempts:
    case Kind::Local:
        return error.message;
    case Kind::Internal:
        break;
    }
    return error.sqlState.isEmpty()
               ? QCoreApplication::translate(
                     "ErrorText",
                     "Something went wrong. Try again; if it happens again, tell the IT desk.")
               : QCoreApplication::translate(
                     "ErrorText",
                     "The server could not do this (code %1). Try again; if it happens again, "
                     "tell the IT desk.")
                     .arg(error.sqlState);
}

QString stepUpRefusal(const login::OtpVerdict &verdict) {
    switch (verdict.outcome) {
    case login::OtpVerdict::Outcome::Accepted:
        return {};
    case login::OtpVerdict::Outcome::Replayed:
        return QCoreApplication::translate("ErrorText",
                                           "That code was already used. Wait for the next code.");
    case login::OtpVerdict::Outcome::Locked:
    case login::OtpVerdict::Outcome::Wrong:
        break;
    }
    return QCoreApplication::translate(
        "ErrorText", "That code is not right. %n attempt(s) left before your account locks.",
        nullptr, verdict.attemptsLeft);
}

} // namespace cowin::ui
