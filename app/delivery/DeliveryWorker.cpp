// SPDX-License-Identifier: Apache-2.0
#include "delivery/DeliveryWorker.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

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
        Q_EMIT failed(claimed.error().message.isEmpty() ? claimed.error().sqlState
                                                        : claimed.error().message);
        return;
    }
    m_batch = claimed.value();
    if (m_batch.isEmpty()) {
        Q_EMIT drained(m_stats);
        return;
    }
    sendNext();
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
    bool ok = true;
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        const QJsonObject json = QJsonDocument::fromJson(answer).object();
        QString reference = json.value(QStringLiteral("id")).toString();
        if (reference.isEmpty())
            reference = json.value(QStringLiteral("message_id")).toString();
        auto reported = m_outbox.reportSent(message.id, reference);
        ok = reported.isOk();
        if (ok)
            ++m_stats.sent;
    } else {
        const QString why =
            status > 0 ? QStringLiteral("gateway answered HTTP %1").arg(status)
                       : QStringLiteral("gateway not reached: %1").arg(reply->errorString());
        int retryAfter = m_config.backoffSeconds(message.attempt);
        bool hinted = false;
        const int gatewayHint = reply->rawHeader("Retry-After").toInt(&hinted);
        if (hinted && gatewayHint >= 0)
            retryAfter = qBound(0, gatewayHint, m_config.maxBackoffSeconds);
        auto reported = m_outbox.reportFailed(message.id, why, retryAfter);
        ok = reported.isOk();
        if (ok && reported.value() == QLatin1String("dead"))
            ++m_stats.dead;
        else if (ok)
            ++m_stats.retried;
    }
    if (!ok) {
        Q_EMIT failed(
            QStringLiteral("could not report message %1 to the database").arg(message.id));
        return;
    }
    sendNext();
}

} // namespace cowin::delivery
