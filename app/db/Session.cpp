// SPDX-License-Identifier: Apache-2.0
#include "db/Session.h"

namespace cowin::db {

Session::Session(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_connection(std::make_unique<SessionConnection>())
    , m_readerWorker(new QObject)
    , m_reader(std::make_unique<SessionConnection>())
    , m_besideWorker(new QObject)
    , m_beside(std::make_unique<SessionConnection>()) {
    m_thread.setObjectName(QStringLiteral("database"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    m_readerThread.setObjectName(QStringLiteral("database reads"));
    m_readerWorker->moveToThread(&m_readerThread);
    m_readerThread.start();
    m_besideThread.setObjectName(QStringLiteral("database beside"));
    m_besideWorker->moveToThread(&m_besideThread);
    m_besideThread.start();
}

Session::~Session() {
    // The beside thread may be waiting on the database thread (openBeside): it stops first.
    m_besideThread.quit();
    m_besideThread.wait();
    delete m_besideWorker;
    // The two threads post to each other's worker: both stop before either worker goes, and
    // what was posted to a stopped one is dropped with it. The notifier and the timer go first,
    // in their own thread.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            delete m_notifier;
            m_notifier = nullptr;
            delete m_reconnect;
            m_reconnect = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_readerThread.quit();
    m_thread.wait();
    m_readerThread.wait();
    delete m_worker;
    delete m_readerWorker;
}

void Session::afterCall() {
    watchNotices();
    const QString token = m_connection->sessionToken();
    if (token == m_readerToken)
        return;
    m_readerToken = token;
    // Given even while the reader is down: it presents the token when it connects again.
    QMetaObject::invokeMethod(
        m_readerWorker,
        [this, token] {
            if (token.isEmpty())
                m_reader->endSession();
            else
                m_reader->openSession(token);
        },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        m_besideWorker,
        [this, token] {
            if (!m_beside->isConnected())
                return; // it takes the token when it connects
            if (token.isEmpty())
                m_beside->endSession();
            else
                m_beside->openSession(token);
        },
        Qt::QueuedConnection);
}

Result<Done> Session::openBeside() {
    if (m_beside->isConnected())
        return Result<Done>::ok({});
    PgConnection::Parameters parameters;
    QString user;
    QString token;
    QMetaObject::invokeMethod(
        m_worker,
        [this, &parameters, &user, &token] {
            parameters = m_connection->connection().parameters();
            user = m_connection->user();
            token = m_connection->sessionToken();
        },
        Qt::BlockingQueuedConnection);
    if (parameters.empty())
        return Result<Done>::fail(DbError::fromConnectionFailure(QString()));
    return m_beside->connectBeside(parameters, user, token);
}

void Session::reconnectSoon() {
    if (!m_reconnect) {
        m_reconnect = new QTimer(m_worker);
        m_reconnect->setSingleShot(true);
        m_reconnect->setInterval(kReconnectMs);
        connect(m_reconnect, &QTimer::timeout, m_worker, [this] {
            if (!m_connection->isLost())
                return;
            auto again = m_connection->reconnect();
            noteSessionLoss(again);
            if (!again.isOk()) {
                if (again.error().kind != DbError::Kind::AccountClosed)
                    m_reconnect->start();
                return;
            }
            // Listening again, and told to read everything a missed notice could have said.
            watchNotices();
        });
    }
    if (!m_reconnect->isActive())
        m_reconnect->start();
}

void Session::keepSessionAlive() {
    if (m_sinceKeptAlive.isValid() && m_sinceKeptAlive.elapsed() < kKeepAliveMs)
        return;
    m_sinceKeptAlive.start();
    ping();
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
    const QList<Notice> notices = m_connection->takeNotices();
    if (m_connection->isLost()) {
        // The server went away under an idle console (a failover, a restart): nothing would
        // call to find out, and no notice would arrive. Connect again until it answers. (The
        // notifier may be the one calling: it goes once it has returned.)
        if (m_notifier) {
            m_notifier->setEnabled(false);
            m_notifier->deleteLater();
            m_notifier = nullptr;
        }
        reconnectSoon();
    }
    for (const Notice notice : notices) {
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
    m_readerReady = false;
    QMetaObject::invokeMethod(
        m_besideWorker, [this] { m_beside->disconnect(); }, Qt::QueuedConnection);
    const int generation = ++m_readerGeneration;
    return run<Result<Done>>([this, generation, profile, user, password](SessionConnection &c) {
        auto opened = c.connectAs(profile, user, password);
        if (!opened.isOk() || !profile.auditOnStandby || profile.demo)
            return opened;
        // The reader connects once the password has worked, while it is at hand; the console
        // keeps it nowhere else (libpq keeps it inside each connection to connect again). It
        // reads only if it found a standby: otherwise reads go with every other call.
        QMetaObject::invokeMethod(
            m_readerWorker,
            [this, generation, profile, user, password] {
                m_reader->disconnect();
                if (generation != m_readerGeneration.load())
                    return;
                bool standby =
                    m_reader->connectAs(profile.forStandbyReads(), user, password, false).isOk();
                if (standby) {
                    auto recovering = m_reader->onStandby();
                    standby = recovering.isOk() && recovering.value();
                }
                if (!standby)
                    m_reader->disconnect();
                m_readerReady = standby && generation == m_readerGeneration.load();
            },
            Qt::QueuedConnection);
        return opened;
    });
}

QFuture<Result<SessionTimes>> Session::ping() {
    return run<Result<SessionTimes>>([](SessionConnection &c) { return c.ping(); });
}

QFuture<Result<Done>> Session::disconnect() {
    m_readerReady = false;
    ++m_readerGeneration;
    QMetaObject::invokeMethod(
        m_readerWorker, [this] { m_reader->disconnect(); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        m_besideWorker, [this] { m_beside->disconnect(); }, Qt::QueuedConnection);
    return run<Result<Done>>([](SessionConnection &c) {
        c.disconnect();
        return Result<Done>::ok({});
    });
}

} // namespace cowin::db
