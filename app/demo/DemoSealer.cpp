// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoSealer.h"

#include "audit/Sealer.h"
#include "db/AdminClient.h"
#include "db/PgConnection.h"

#include <memory>

namespace cowin::demo {

namespace {
// Everything that lives on the sealer thread.
class SealerLoop : public QObject {
public:
    SealerLoop(db::ConnectionProfile profile, QString login, QString password)
        : m_profile(std::move(profile))
        , m_login(std::move(login))
        , m_password(std::move(password)) {}

    // Runs on the sealer thread: what it creates lives there.
    void start() {
        if (!m_db.open(m_profile, m_login, m_password, QStringLiteral("cowin-demo-sealer")).isOk())
            return;
        m_password.fill(QLatin1Char(' '));
        m_admin = std::make_unique<db::AdminClient>(m_db);
        m_sealer = new audit::Sealer(*m_admin, m_db, 5000, 0, this);
        m_sealer->start();
    }

private:
    db::ConnectionProfile m_profile;
    QString m_login;
    QString m_password;
    db::PgConnection m_db;
    std::unique_ptr<db::AdminClient> m_admin;
    audit::Sealer *m_sealer = nullptr;
};
} // namespace

DemoSealer::DemoSealer(const db::ConnectionProfile &profile, const QString &login,
                       const QString &password, QObject *parent)
    : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("demo-sealer"));
    auto *loop = new SealerLoop(profile, login, password);
    loop->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, loop, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, loop, [loop] { loop->start(); });
    m_thread.start();
}

DemoSealer::~DemoSealer() {
    m_thread.quit();
    m_thread.wait();
}

} // namespace cowin::demo
