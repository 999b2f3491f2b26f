// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "delivery/OutboxClient.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace cowin::delivery {

// Where and how the SMS gateway is reached. The token comes from a file or the environment,
// never from the command line, and is not logged.
struct GatewayConfig {
    QUrl url;
    QByteArray token;
    int timeoutMs = 15000;
    int batchSize = 50;
    int leaseSeconds = 120;
    int baseBackoffSeconds = 30; // doubled after each failed attempt
    int maxBackoffSeconds = 3600;

    // An empty string when usable; otherwise what is wrong. Plain http is for a gateway on
    // this machine only (tests, a local relay).
    QString problem() const;
    int backoffSeconds(int attempt) const;
};

struct DeliveryStats {
    int sent = 0;
    int retried = 0;
    int dead = 0;
};

// Drains the outbox: claims due messages under a lease, posts each to the gateway, and
// reports the outcome, which wipes a delivered (or dead-lettered) password on the server.
// The message text is overwritten in memory as soon as its request has been sent.
class DeliveryWorker : public QObject {
    Q_OBJECT
public:
    DeliveryWorker(OutboxClient &outbox, GatewayConfig config, QObject *parent = nullptr);

    // Sends everything that is due now (including retries that become due meanwhile), then
    // emits drained.
    void drain();

    static constexpr int kRetryMs = 1000;

Q_SIGNALS:
    void drained(const cowin::delivery::DeliveryStats &stats);
    // A database call was refused: the worker stops; what it had not reported stays leased and
    // is retried after the lease. A lost connection is not a failure: the worker connects again
    // (to whichever server is the primary now) and repeats the call it lost, so a message sent
    // is reported once and not sent again.
    void failed(const QString &why);
    void report(const QString &line);

private:
    void claimNext();
    void tell(qint64 claimId);
    void sendNext();
    void finishReply(QNetworkReply *reply, const OutboxMessage &message);
    // A sent message (failure empty) or a failed send; repeated after a lost connection.
    void reportOutcome(const OutboxMessage &message, const QString &reference,
                       const QString &failure, int retryAfter, bool repeated = false);
    // After a lost connection: `again` once connected; after any other error: failed.
    void retryWhenReachable(const db::DbError &error, const QString &what,
                            std::function<void()> again);

    OutboxClient &m_outbox;
    GatewayConfig m_config;
    QNetworkAccessManager *m_network;
    QList<OutboxMessage> m_batch;
    DeliveryStats m_stats;
};

} // namespace cowin::delivery

Q_DECLARE_METATYPE(cowin::delivery::DeliveryStats)
