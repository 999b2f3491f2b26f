// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/SessionConnection.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QSocketNotifier>
#include <QThread>
#include <memory>
#include <tuple>
#include <type_traits>

namespace cowin::db {

// The console's one way to the database: a database thread that owns the operator's
// SessionConnection (the connection, the session token, reconnects and notices). The GUI
// thread never waits: every call answers through a QFuture; continue with
// .then(context, ...), which runs on the context's thread.
//
// The calls themselves are the methods of each area's call class, which holds their SQL:
//   session.call(&vaccinators::VaccinatorCalls::forceReset, id, version, reason)
// is VaccinatorCalls::forceReset run on the database thread. The compiler holds the arguments
// to the method's parameters; they are copied here, on the caller's thread, and no pointer may
// cross.
class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    QFuture<Result<Done>> connectAs(const ConnectionProfile &profile, const QString &user,
                                    const QString &password);
    QFuture<Result<SessionTimes>> ping();
    QFuture<Result<Done>> disconnect();

    template <typename Calls, typename R, typename... Params, typename... Args>
    QFuture<R> call(R (Calls::*method)(Params...), Args &&...args) {
        static_assert(sizeof...(Params) == sizeof...(Args), "give every parameter");
        static_assert((!std::is_pointer_v<std::decay_t<Params>> && ...),
                      "a pointer would cross to the database thread: pass values");
        return run<R>([method, bound = std::tuple<std::decay_t<Params>...>(
                                   std::forward<Args>(args)...)](SessionConnection &c) mutable {
            return std::apply(
                [&c, method](auto &...a) {
                    Calls calls(c);
                    return (calls.*method)(a...);
                },
                bound);
        });
    }

Q_SIGNALS:
    // A call found the session gone (CW401): the console asks for a code again.
    void sessionLost();
    // The login itself is refused now: an admin disabled or locked this operator.
    void accountClosed();
    // A notice said this session was revoked, and the server was asked: alive is its answer.
    void sessionNoticeChecked(bool alive);
    // A delivery state changed somewhere: an open view of deliveries reads them again.
    void outboxChanged();
    // Partner API access changed (the kill-switch, a key, a partner): read the API state.
    void apiStateChanged();
    // Events were appended to the audit trail: a live view reads those above its newest.
    void auditAppended();
    // The lookup watch raised, closed or acted on an alert: the Watch section reads again.
    void watchChanged();

private:
    template <typename T, typename Work> QFuture<T> run(Work work) {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            m_worker,
            [this, promise, work = std::move(work)]() mutable {
                T result = work(*m_connection);
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
            QMetaObject::invokeMethod(this, &Session::sessionLost, Qt::QueuedConnection);
        if (!r.isOk() && r.error().kind == DbError::Kind::AccountClosed)
            QMetaObject::invokeMethod(this, &Session::accountClosed, Qt::QueuedConnection);
    }
    template <typename T> void noteSessionLoss(const T &) {}
    // Database thread: keep a socket notifier on the current connection and act on notices
    // that libpq may already have read during a call.
    void watchNotices();
    void checkNotices();

    QThread m_thread;
    QObject *m_worker = nullptr;
    QSocketNotifier *m_notifier = nullptr; // lives in the database thread
    std::unique_ptr<SessionConnection> m_connection;
};

} // namespace cowin::db
