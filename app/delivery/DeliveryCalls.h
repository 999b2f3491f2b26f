// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/SessionConnection.h"
#include "delivery/OutboxRow.h"

namespace cowin::delivery {

// The one-time password outbox as helpdesk and admins follow it (console.delivery_*): reads
// only. A resend is a new password reset of the account (vaccinators::VaccinatorCalls).
class DeliveryCalls {
public:
    explicit DeliveryCalls(db::SessionConnection &connection)
        : m_db(connection) {}

    // One page, newest first, below beforeId (0: from the newest).
    db::Result<QList<OutboxRow>> outbox(OutboxView view, qint64 beforeId, int pageSize);
    // Messages given up or failing that no newer message answers, up to 1,000.
    db::Result<int> problemCount();

private:
    db::SessionConnection &m_db;
};

} // namespace cowin::delivery
