// SPDX-License-Identifier: Apache-2.0
#include "db/Session.h"

namespace cowin::db {

Session::Session(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_connection(std::make_unique<SessionConnection>()) {
    m_thread.setObjectName(QStringLiteral("database"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

Session::~Session() {
    m_thread.quit();
    m_thread.wait();
}

void Session::watchNotices() {
    const int fd = m_connection->socketDescriptor();
    if (!m_notifier || m_notifier->socket() != fd) {
        delete m_notifier;
        m_notifier = nullptr;
        if (fd >= 0) {
            m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, m_worker);
            connect(m_notifier, &QSocketNotifier::activated, m_worker, [this] { checkNotices(); });
        }
    }
    checkNotices();
}

void Session::checkNotices() {
    for (const Notice notice : m_connection->takeNotices()) {
        switch (notice) {
        case Notice::OutboxChanged:
            QMetaObject::invokeMethod(this, &Session::outboxChanged, Qt::QueuedConnection);
            break;
        case Notice::ApiStateChanged:
            QMetaObject::invokeMethod(this, &Session::apiStateChanged, Qt::QueuedConnection);
            break;
        case Notice::AuditAppended:
            QMetaObject::invokeMethod(this, &Session::auditAppended, Qt::QueuedConnection);
            break;
        case Notice::WatchChanged:
            QMetaObject::invokeMethod(this, &Session::watchChanged, Qt::QueuedConnection);
            break;
        case Notice::SessionRevoked: {
            // A notice only prompts the question; the server's CW401 is the answer that locks.
            const auto answer = m_connection->ping();
            noteSessionLoss(answer);
            QMetaObject::invokeMethod(
                this, [this, alive = answer.isOk()] { Q_EMIT sessionNoticeChecked(alive); },
                Qt::QueuedConnection);
            break;
        }
        }
    }
}

QFuture<Result<Done>> Session::connectAs(const ConnectionProfile &profile, const QString &user,
                                         const QString &password) {
    return run<Result<Done>>([profile, user, password](SessionConnection &c) {
        return c.connectAs(profile, user, password);
    });
}

QFuture<Result<SessionTimes>> Session::ping() {
    return run<Result<SessionTimes>>([](SessionConnection &c) { return c.ping(); });
}

QFuture<Result<Done>> Session::disconnect() {
    return run<Result<Done>>([](SessionConnection &c) {
        c.disconnect();
        return Result<Done>::ok({});
    });
}

} // namespace cowin::db
