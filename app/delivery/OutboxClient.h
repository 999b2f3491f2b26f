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
    // commits are the messages told. Returns the claim's id (0 when nothing was due).
    db::Result<qint64> claim(int maxMessages, int leaseSeconds);
    // The messages of a committed claim: asked again after a lost connection, so a claim that
    // committed is not left to wait out its lease.
    db::Result<QList<OutboxMessage>> claimed(qint64 claimId);
    db::Result<db::Done> reportSent(qint64 id, const QString &gatewayReference);
    // Returns the message's new state: "pending" (retried later) or "dead".
    db::Result<QString> reportFailed(qint64 id, const QString &error, int retryAfterSeconds);
    // Connects again (with a host list, to whichever server is the primary now).
    db::Result<db::Done> reconnect() { return m_db.reset(); }

private:
    db::PgConnection &m_db;
};

} // namespace cowin::delivery
