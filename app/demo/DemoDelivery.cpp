// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoDelivery.h"

#include "db/PgConnection.h"
#include "delivery/DeliveryWorker.h"
#include "delivery/LoopbackSmsGateway.h"

#include <QTimer>
#include <memory>

namespace cowin::demo {

namespace {
// Everything that lives on the delivery thread.
class DeliveryLoop : public QObject {
public:
    DeliveryLoop(db::ConnectionProfile profile, QString login, QString password)
        : m_profile(std::move(profile))
        , m_login(std::move(login))
        , m_password(std::move(password)) {}

    // Runs on the delivery thread: what it creates lives there.
    void start() {
        m_gateway = new delivery::LoopbackSmsGateway(this);
        if (!m_gateway->listen())
            return;
        if (!m_db.open(m_profile, m_login, m_password, QStringLiteral("cowin-demo-delivery"))
                 .isOk())
            return;
        m_password.fill(QLatin1Char(' '));
        m_outbox = std::make_unique<delivery::OutboxClient>(m_db);
        delivery::GatewayConfig config;
        config.url = m_gateway->url();
        config.token = "demo";
        config.baseBackoffSeconds = 5;
        m_worker = new delivery::DeliveryWorker(*m_outbox, config, this);
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setInterval(DemoDelivery::kIntervalMs);
        connect(m_timer, &QTimer::timeout, m_worker, &delivery::DeliveryWorker::drain);
        connect(m_worker, &delivery::DeliveryWorker::drained, m_timer, qOverload<>(&QTimer::start));
        connect(m_worker, &delivery::DeliveryWorker::failed, m_timer, qOverload<>(&QTimer::start));
        m_timer->start();
    }

private:
    db::ConnectionProfile m_profile;
    QString m_login;
    QString m_password;
    db::PgConnection m_db;
    std::unique_ptr<delivery::OutboxClient> m_outbox;
    delivery::LoopbackSmsGateway *m_gateway = nullptr;
    delivery::DeliveryWorker *m_worker = nullptr;
    QTimer *m_timer = nullptr;
};
} // namespace

DemoDelivery::DemoDelivery(const db::ConnectionProfile &profile, const QString &login,
                           const QString &password, QObject *parent)
    : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("demo-delivery"));
    auto *loop = new DeliveryLoop(profile, login, password);
    loop->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, loop, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, loop, [loop] { loop->start(); });
    m_thread.start();
}

DemoDelivery::~DemoDelivery() {
    m_thread.quit();
    m_thread.wait();
}

} // namespace cowin::demo
