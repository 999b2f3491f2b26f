// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoPortal.h"

#include "db/PgConnection.h"

#include <QDebug>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace cowin::demo {

namespace {
// Everything that lives on the simulator's thread.
class TrafficLoop : public QObject {
public:
    explicit TrafficLoop(PortalTraffic traffic)
        : m_t(std::move(traffic)) {}

    void start() {
        if (!m_db.open(m_t.profile, m_t.login, m_t.password, QStringLiteral("cowin-demo-portal"))
                 .isOk()) {
            qWarning().noquote() << "demo: the portal simulator cannot sign in; no lookups";
            return;
        }
        m_t.password.fill(QLatin1Char(' '));
        m_http = new QNetworkAccessManager(this);
        auto *normal = new QTimer(this);
        normal->setInterval(DemoPortal::kNormalIntervalMs);
        connect(normal, &QTimer::timeout, this, [this] { normalLookup(); });
        normal->start();
        auto *bots = new QTimer(this);
        bots->setInterval(DemoPortal::kBotIntervalMs);
        connect(bots, &QTimer::timeout, this, [this] {
            botAccountLookup();
            botKeyCall();
        });
        QTimer::singleShot(DemoPortal::kBotStartMs, bots, qOverload<>(&QTimer::start));
    }

private:
    // A lookup as the portal makes it: asked first, then what it found is said.
    QString lookup(const QString &account, const QString &number, const QString &address,
                   bool found, const QString &state) {
        auto asked = m_db.exec(
            QStringLiteral("SELECT reason FROM portal.authorize_lookup($1, $2, $3::inet)"),
            {account, number, address});
        if (!asked.isOk() || asked.value().rows() != 1)
            return {};
        const QString reason = asked.value().text(0, 0);
        if (reason == QLatin1String("ok"))
            m_db.exec(QStringLiteral("SELECT portal.lookup_result($1, $2, $3, $4)"),
                      {account, number, found, found ? QVariant(state) : QVariant()});
        return reason;
    }

    static QString randomMobile() {
        return QString::number(6000000000LL + QRandomGenerator::global()->bounded(3999999999LL));
    }

    void normalLookup() {
        if (m_t.accounts.isEmpty())
            return;
        const int i = QRandomGenerator::global()->bounded(static_cast<int>(m_t.accounts.size()));
        // Most numbers typed at a centre belong to someone of that state.
        const bool found = QRandomGenerator::global()->bounded(100) < 92;
        const bool local = QRandomGenerator::global()->bounded(100) < 95;
        lookup(m_t.accounts.at(i), randomMobile(),
               QStringLiteral("10.%1.%2.20").arg(1 + i % 200).arg(1 + i / 200), found,
               local ? m_t.states.at(i) : QStringLiteral("DL"));
    }

    void botAccountLookup() {
        if (m_t.botAccount.isEmpty())
            return;
        // A list of numbers fed in one by one; most of them find no one.
        const QString number = QString::number(DemoPortal::kAccountWalkStart + m_accountStep++);
        lookup(m_t.botAccount, number, QStringLiteral("45.131.6.77"),
               QRandomGenerator::global()->bounded(100) < 15, QStringLiteral("MH"));
    }

    void botKeyCall() {
        if (m_t.botKey.isEmpty() || !m_t.edge.isValid() || m_keyStopped)
            return;
        const QString number = QString::number(DemoPortal::kKeyWalkStart + m_keyStep);
        QNetworkRequest request(m_t.edge);
        request.setRawHeader("X-Api-Key", m_t.botKey.toLatin1());
        request.setRawHeader("X-Cowin-Subject", number.toLatin1());
        if (m_t.edgeIsDaemon) {
            request.setRawHeader("X-Cowin-Scope", "beneficiary.lookup");
            request.setRawHeader("X-Real-IP", m_t.botKeyAddress.toLatin1());
        } else {
            request.setRawHeader("X-Forwarded-For", m_t.botKeyAddress.toLatin1());
        }
        QNetworkReply *reply = m_http->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            // A bot stops once its key is refused for good; the console shows why.
            const QByteArray reason = reply->rawHeader("X-Cowin-Reason");
            if (reason == "key_suspended" || reason == "key_revoked")
                m_keyStopped = true;
            // Refused for a reason that is not about the number (the kill-switch, a stale
            // gateway): the same number again next time.
            if (reply->error() == QNetworkReply::NoError || reason == "lookup_budget")
                ++m_keyStep;
        });
    }

    PortalTraffic m_t;
    db::PgConnection m_db;
    QNetworkAccessManager *m_http = nullptr;
    qint64 m_accountStep = 0;
    qint64 m_keyStep = 0;
    bool m_keyStopped = false;
};
} // namespace

DemoPortal::DemoPortal(PortalTraffic traffic, QObject *parent)
    : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("demo-portal"));
    auto *loop = new TrafficLoop(std::move(traffic));
    loop->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, loop, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, loop, [loop] { loop->start(); });
    m_thread.start();
}

DemoPortal::~DemoPortal() {
    m_thread.quit();
    m_thread.wait();
}

} // namespace cowin::demo
