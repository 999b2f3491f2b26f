// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/DbError.h"
#include "db/PgConnection.h"

#include <QList>
#include <QString>

namespace cowin::delivery {

// One message the worker has leased: where it goes and what it says. The text holds a
// one-time password, so it lives only as long as the send.
struct OutboxMessage {
    qint64 id = 0;
    QString recipient; // 10-digit Indian mobile number
    QByteArray text;
    int attempt = 0;
};

// The delivery worker's three calls (schema delivery), on a login that is a member of
// cowin_delivery and may do nothing else.
class OutboxClient {
public:
    explicit OutboxClient(db::PgConnection &connection)
        : m_db(connection) {}

    // Leases up to maxMessages (the server allows 50) and records the claim; only after that
    // commits are the messages told.
    db::Result<QList<OutboxMessage>> claim(int maxMessages, int leaseSeconds);
    db::Result<db::Done> reportSent(qint64 id, const QString &gatewayReference);
    // Returns the message's new state: "pending" (retried later) or "dead".
    db::Result<QString> reportFailed(qint64 id, const QString &error, int retryAfterSeconds);

private:
    db::PgConnection &m_db;
};

} // namespace cowin::delivery
