// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace cowin::delivery {

// A one-time password message as the deliveries view shows it: to whom (the mobile masked),
// how far it got and why it stopped. Never the password.
struct OutboxRow {
    qint64 id = 0;
    qint64 account = 0;
    QString loginId;
    QString fullName;
    QString recipientMasked;
    QString state; // pending, sending, delivered, dead, superseded
    int attempts = 0;
    QString lastError;
    QDateTime nextAttemptAt; // invalid unless it is still to be sent
    QDateTime createdAt;
    QDateTime finishedAt;
    int accountVersion = 0; // what a resend (a new reset) names

    bool givenUp() const { return state == QLatin1String("dead"); }
    bool failing() const { return !givenUp() && attempts > 0 && !finishedAt.isValid(); }
};

// Which messages the view lists.
enum class OutboxView { Problems, Waiting, Recent };

} // namespace cowin::delivery
