// SPDX-License-Identifier: Apache-2.0
#include "delivery/DeliveryWorker.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace cowin::delivery {

QString GatewayConfig::problem() const {
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("the gateway URL is not a valid URL");
    const bool local =
        url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
    if (url.scheme() != QLatin1String("https") && !(url.scheme() == QLatin1String("http") && local))
        return QStringLiteral("the gateway URL must use https (plain http only on this machine)");
    if (token.isEmpty())
        return QStringLiteral("no gateway token: give --token-file or set COWIN_SMS_TOKEN");
    return {};
}

int GatewayConfig::backoffSeconds(int attempt) const {
    qint64 seconds = baseBackoffSeconds;
    for (int i = 1; i < attempt && seconds < maxBackoffSeconds; ++i)
        seconds *= 2;
    return static_cast<int>(qMin<qint64>(seconds, maxBackoffSeconds));
}

DeliveryWorker::DeliveryWorker(OutboxClient &outbox, GatewayConfig config, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this)) {}

void DeliveryWorker::drain() {
    m_stats = {};
    claimNext();
}

void DeliveryWorker::claimNext() {
    auto claimed = m_outbox.claim(m_config.batchSize, m_config.leaseSeconds);
    if (!claimed.isOk()) {
        // A claim that committed before the connection was lost waits out its lease.
        retryWhenReachable(claimed.error(), QStringLiteral("claim"), [this] { claimNext(); });
        return;
    }
    if (claimed.value() == 0) {
        Q_EMIT drained(m_stats);
        return;
    }
    tell(claimed.value());
}

void DeliveryWorker::tell(qint64 claimId) {
    auto told = m_outbox.claimed(claimId);
    if (!told.isOk()) {
        if (told.error().kind == db::DbError::Kind::Invalid) {
            // Told already, by a call whose answer the lost connection took: its messages
            // were never sent and are claimed again once their lease ends.
            Q_EMIT report(QStringLiteral("claim %1 was told before the connection was lost; "
                                         "its messages are sent after their lease")
                              .arg(claimId));
            claimNext();
            return;
        }
        retryWhenReachable(told.error(), QStringLiteral("claim"),
                           [this, claimId] { tell(claimId); });
        return;
    }
    m_batch = told.value();
    sendNext();
}

void DeliveryWorker::retryWhenReachable(const db::DbError &error, const QString &what,
                                        std::function<void()> again) {
    if (error.kind != db::DbError::Kind::Unreachable) {
        Q_EMIT failed(error.message.isEmpty() ? error.sqlState : error.message);
        return;
    }
    Q_EMIT report(
        QStringLiteral("the database connection was lost during the %1; retrying").arg(what));
    QTimer::singleShot(kRetryMs, this, [this, what, again = std::move(again)]() mutable {
        auto reconnected = m_outbox.reconnect();
        if (!reconnected.isOk()) {
            retryWhenReachable(reconnected.error(), what, std::move(again));
            return;
        }
        Q_EMIT report(QStringLiteral("connected again"));
        again();
    });
}

void DeliveryWorker::sendNext() {
    if (m_batch.isEmpty()) {
        claimNext();
        return;
    }
    OutboxMessage message = m_batch.takeFirst();
    QNetworkRequest request(m_config.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_config.token);
    // The gateway may see a message twice (a lost answer, an expired lease): the key lets it
    // send the SMS once.
    request.setRawHeader("Idempotency-Key", "cowin-outbox-" + QByteArray::number(message.id));
    request.setTransferTimeout(m_config.timeoutMs);
    QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("to"), QStringLiteral("+91") + message.recipient},
                                  {QStringLiteral("message"), QString::fromUtf8(message.text)},
                                  {QStringLiteral("reference"),
                                   QStringLiteral("cowin-outbox-%1").arg(message.id)}})
            .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->post(request, body);
    // Overwrite the copies this worker holds; the network stack keeps its own until the
    // request is done.
    body.fill('\0');
    message.text.fill('\0');
    message.text.clear();
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, message] { finishReply(reply, message); });
}

void DeliveryWorker::finishReply(QNetworkReply *reply, const OutboxMessage &message) {
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        const QJsonObject json = QJsonDocument::fromJson(answer).object();
        QString reference = json.value(QStringLiteral("id")).toString();
        if (reference.isEmpty())
            reference = json.value(QStringLiteral("message_id")).toString();
        reportOutcome(message, reference, {}, 0);
        return;
    }
    const QString why = status > 0
                            ? QStringLiteral("gateway answered HTTP %1").arg(status)
                            : QStringLiteral("gateway not reached: %1").arg(reply->errorString());
    int retryAfter = m_config.backoffSeconds(message.attempt);
    bool hinted = false;
    const int gatewayHint = reply->rawHeader("Retry-After").toInt(&hinted);
    if (hinted && gatewayHint >= 0)
        retryAfter = qBound(0, gatewayHint, m_config.maxBackoffSeconds);
    reportOutcome(message, {}, why, retryAfter);
}

void DeliveryWorker::reportOutcome(const OutboxMessage &message, const QString &reference,
                                   const QString &failure, int retryAfter, bool repeated) {
    db::DbError error;
    if (failure.isEmpty()) {
        auto reported = m_outbox.reportSent(message.id, reference);
        if (reported.isOk()) {
            ++m_stats.sent;
            sendNext();
            return;
        }
        error = reported.error();
    } else {
        auto reported = m_outbox.reportFailed(message.id, failure, retryAfter);
        if (reported.isOk()) {
            ++(reported.value() == QLatin1String("dead") ? m_stats.dead : m_stats.retried);
            sendNext();
            return;
        }
        error = reported.error();
    }
    if (repeated && error.kind == db::DbError::Kind::Stale) {
        // The report committed before the connection was lost; only its answer was lost.
        sendNext();
        return;
    }
    if (error.kind != db::DbError::Kind::Unreachable) {
        Q_EMIT failed(
            QStringLiteral("could not report message %1 to the database").arg(message.id));
        return;
    }
    // The message is still leased to this worker: the same report, once connected again.
    retryWhenReachable(error, QStringLiteral("report of message %1").arg(message.id),
                       [this, message, reference, failure, retryAfter] {
                           reportOutcome(message, reference, failure, retryAfter, true);
                       });
}

} // namespace cowin::delivery
