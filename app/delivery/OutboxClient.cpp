// SPDX-License-Identifier: Apache-2.0
#include "delivery/OutboxClient.h"

namespace cowin::delivery {

db::Result<qint64> OutboxClient::claim(int maxMessages, int leaseSeconds) {
    // Autocommit: the claim and its audit event commit before the messages are told.
    auto claim =
        m_db.exec(QStringLiteral("SELECT delivery.claim($1, $2)"), {maxMessages, leaseSeconds});
    if (!claim.isOk())
        return db::Result<qint64>::fail(claim.error());
    return db::Result<qint64>::ok(claim.value().isNull(0, 0) ? 0 : claim.value().int64(0, 0));
}

db::Result<QList<OutboxMessage>> OutboxClient::claimed(qint64 claimId) {
    auto r = m_db.exec(QStringLiteral("SELECT message_id, recipient, body, attempt "
                                      "FROM delivery.claimed($1)"),
                       {claimId});
    if (!r.isOk())
        return db::Result<QList<OutboxMessage>>::fail(r.error());
    QList<OutboxMessage> messages;
    const db::PgResult &q = r.value();
    for (int i = 0; i < q.rows(); ++i)
        messages << OutboxMessage{q.int64(i, 0), q.text(i, 1), q.text(i, 2).toUtf8(),
                                  static_cast<int>(q.int64(i, 3))};
    return db::Result<QList<OutboxMessage>>::ok(messages);
}

db::Result<db::Done> OutboxClient::reportSent(qint64 id, const QString &gatewayReference) {
    auto r = m_db.exec(QStringLiteral("SELECT delivery.report_sent($1, $2)"),
                       {id, gatewayReference.isEmpty() ? QVariant() : QVariant(gatewayReference)});
    return r.isOk() ? db::Result<db::Done>::ok({}) : db::Result<db::Done>::fail(r.error());
}

db::Result<QString> OutboxClient::reportFailed(qint64 id, const QString &error,
                                               int retryAfterSeconds) {
    auto r = m_db.exec(QStringLiteral("SELECT delivery.report_failed($1, $2, $3)"),
                       {id, error, retryAfterSeconds});
    if (!r.isOk())
        return db::Result<QString>::fail(r.error());
    return db::Result<QString>::ok(r.value().text(0, 0));
}

} // namespace cowin::delivery
