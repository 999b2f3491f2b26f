// SPDX-License-Identifier: Apache-2.0
#include "db/ConsoleService.h"

namespace cowin::db {

ConsoleService::ConsoleService(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_client(std::make_unique<ConsoleClient>()) {
    m_thread.setObjectName(QStringLiteral("database"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ConsoleService::~ConsoleService() {
    m_thread.quit();
    m_thread.wait();
}

void ConsoleService::watchNotices() {
    const int fd = m_client->socketDescriptor();
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

void ConsoleService::checkNotices() {
    if (m_client->takeOutboxNotice())
        QMetaObject::invokeMethod(this, &ConsoleService::outboxChanged, Qt::QueuedConnection);
    if (m_client->takeApiStateNotice())
        QMetaObject::invokeMethod(this, &ConsoleService::apiStateChanged, Qt::QueuedConnection);
    if (m_client->takeAuditNotice())
        QMetaObject::invokeMethod(this, &ConsoleService::auditAppended, Qt::QueuedConnection);
    // A notice only prompts the question; the server's CW401 is the answer that locks.
    if (!m_client->takeSessionRevokedNotice())
        return;
    const auto answer = m_client->sessionPing();
    noteSessionLoss(answer);
    QMetaObject::invokeMethod(
        this, [this, alive = answer.isOk()] { Q_EMIT sessionNoticeChecked(alive); },
        Qt::QueuedConnection);
}

QFuture<Result<Done>> ConsoleService::connectAs(const ConnectionProfile &profile,
                                                const QString &user, const QString &password) {
    return run<Result<Done>>([profile, user, password](ConsoleClient &c) {
        return c.connectAs(profile, user, password);
    });
}

QFuture<Result<OperatorStatus>> ConsoleService::sessionStatus() {
    return run<Result<OperatorStatus>>([](ConsoleClient &c) { return c.sessionStatus(); });
}

QFuture<Result<Enrolment>> ConsoleService::enrolBegin(const QString &enrolmentCode) {
    return run<Result<Enrolment>>(
        [enrolmentCode](ConsoleClient &c) { return c.enrolBegin(enrolmentCode); });
}

QFuture<Result<OtpVerdict>> ConsoleService::submitOtp(const QString &code) {
    return run<Result<OtpVerdict>>([code](ConsoleClient &c) { return c.submitOtp(code); });
}

QFuture<Result<QStringList>> ConsoleService::enrolConfirm(qint64 attemptId) {
    return run<Result<QStringList>>(
        [attemptId](ConsoleClient &c) { return c.enrolConfirm(attemptId); });
}

QFuture<Result<SessionTimes>> ConsoleService::sessionPing() {
    return run<Result<SessionTimes>>([](ConsoleClient &c) { return c.sessionPing(); });
}

QFuture<Result<Done>> ConsoleService::changePassword(const QString &newPassword) {
    return run<Result<Done>>(
        [newPassword](ConsoleClient &c) { return c.changePassword(newPassword); });
}

QFuture<Result<AuditHead>> ConsoleService::auditHead() {
    return run<Result<AuditHead>>([](ConsoleClient &c) { return c.auditHead(); });
}

QFuture<Result<QList<operators::Limit>>> ConsoleService::limits() {
    return run<Result<QList<operators::Limit>>>([](ConsoleClient &c) { return c.limits(); });
}

QFuture<Result<Done>> ConsoleService::setLimit(const QString &name, int value,
                                               const QString &reason) {
    return run<Result<Done>>(
        [name, value, reason](ConsoleClient &c) { return c.setLimit(name, value, reason); });
}

QFuture<Result<audit::SealStatus>> ConsoleService::auditSealStatus() {
    return run<Result<audit::SealStatus>>([](ConsoleClient &c) { return c.auditSealStatus(); });
}

QFuture<Result<Done>> ConsoleService::logout() {
    return run<Result<Done>>([](ConsoleClient &c) { return c.logout(); });
}

QFuture<Result<Done>> ConsoleService::disconnect() {
    return run<Result<Done>>([](ConsoleClient &c) {
        c.disconnect();
        return Result<Done>::ok({});
    });
}

} // namespace cowin::db
