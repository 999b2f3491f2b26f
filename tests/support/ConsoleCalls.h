// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account/AccountCalls.h"
#include "audit/AuditCalls.h"
#include "db/SessionConnection.h"
#include "delivery/DeliveryCalls.h"
#include "login/SignInCalls.h"
#include "operators/OperatorCalls.h"
#include "partners/KillSwitchCalls.h"
#include "partners/PartnerCalls.h"
#include "vaccinators/VaccinatorCalls.h"

namespace cowin::test {

// One operator's connection with the call classes of every area, called synchronously from
// the thread of a test or a benchmark: the same SQL the console runs on its database thread.
struct ConsoleCalls {
    db::SessionConnection connection;
    login::SignInCalls signIn{connection};
    audit::AuditCalls audit{connection};
    vaccinators::VaccinatorCalls vaccinators{connection};
    partners::PartnerCalls partners{connection};
    partners::KillSwitchCalls killSwitch{connection};
    operators::OperatorCalls operators{connection};
    delivery::DeliveryCalls delivery{connection};
    account::AccountCalls account{connection};

    db::Result<db::Done> connectAs(const db::ConnectionProfile &profile, const QString &user,
                                   const QString &password) {
        return connection.connectAs(profile, user, password);
    }
    void disconnect() { connection.disconnect(); }
    bool hasSession() const { return connection.hasSession(); }
    db::Result<db::SessionTimes> sessionPing() { return connection.ping(); }
    // For tests that play an attacker: the raw connection of this operator.
    db::PgConnection &raw() { return connection.connection(); }
};

} // namespace cowin::test
