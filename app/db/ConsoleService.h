// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConsoleClient.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QSocketNotifier>
#include <QThread>
#include <memory>

namespace cowin::db {

// The console's door to the database for the GUI thread: each call runs on one database
// thread that owns the connection, and answers through a QFuture (continue with
// .then(context, ...), which runs on the context's thread). The GUI thread never waits.
class ConsoleService : public QObject {
    Q_OBJECT
public:
    explicit ConsoleService(QObject *parent = nullptr);
    ~ConsoleService() override;

    QFuture<Result<Done>> connectAs(const ConnectionProfile &profile, const QString &user,
                                    const QString &password);
    QFuture<Result<OperatorStatus>> sessionStatus();
    QFuture<Result<Enrolment>> enrolBegin(const QString &enrolmentCode);
    QFuture<Result<OtpVerdict>> submitOtp(const QString &code);
    QFuture<Result<QStringList>> enrolConfirm(qint64 attemptId);
    QFuture<Result<SessionTimes>> sessionPing();
    QFuture<Result<Done>> changePassword(const QString &newPassword);
    QFuture<Result<AuditHead>> auditHead();
    QFuture<Result<QList<operators::Limit>>> limits();
    QFuture<Result<Done>> setLimit(const QString &name, int value, const QString &reason);
    QFuture<Result<audit::SealStatus>> auditSealStatus();
    QFuture<Result<Done>> logout();
    QFuture<Result<Done>> disconnect();

    // Any other ConsoleClient call, run on the database thread:
    //   service.submit<Result<int>>([=](ConsoleClient &c) { return c.forceReset(id, v, why); })
    template <typename T, typename Call> QFuture<T> submit(Call call) {
        return run<T>(std::move(call));
    }

Q_SIGNALS:
    // A call found the session gone (CW401): the console asks for a code again.
    void sessionLost();
    // A notice said this session was revoked, and the server was asked: alive is its answer.
    void sessionNoticeChecked(bool alive);
    // A delivery state changed somewhere: an open view of deliveries reads them again.
    void outboxChanged();
    // Partner API access changed (the kill-switch, a key, a partner): read console.api_state.
    void apiStateChanged();
    // Events were appended to the audit trail: a live view reads those above its newest.
    void auditAppended();

private:
    template <typename T, typename Call> QFuture<T> run(Call call) {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            m_worker,
            [this, promise, call = std::move(call)]() mutable {
                T result = call(*m_client);
                noteSessionLoss(result);
                watchNotices();
                promise->addResult(std::move(result));
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }
    template <typename T> void noteSessionLoss(const Result<T> &r) {
        if (!r.isOk() && r.error().kind == DbError::Kind::NoSession)
            QMetaObject::invokeMethod(this, &ConsoleService::sessionLost, Qt::QueuedConnection);
    }
    template <typename T> void noteSessionLoss(const T &) {}
    // Database thread: keep a socket notifier on the current connection and act on notices
    // that libpq may already have read during a call.
    void watchNotices();
    void checkNotices();

    QThread m_thread;
    QObject *m_worker = nullptr;
    QSocketNotifier *m_notifier = nullptr; // lives in the database thread
    std::unique_ptr<ConsoleClient> m_client;
};

} // namespace cowin::db
