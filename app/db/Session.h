// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/SessionConnection.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>
#include <atomic>
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
//
// When the profile asks for it (auditOnStandby), a second connection of the same operator, on
// a thread of its own, reads the audit trail on a standby: session.read(...) runs there and
// presents the same session. Without a standby it runs as call() does. Its reads count as the
// operator's activity: the session is kept alive on the primary, where it can be written.
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
        return run<R>(bind<Calls, R, Params...>(method, std::forward<Args>(args)...));
    }
    // A read that a standby may answer (the audit trail's pages, head and verification).
    template <typename Calls, typename R, typename... Params, typename... Args>
    QFuture<R> read(R (Calls::*method)(Params...), Args &&...args) {
        auto work = bind<Calls, R, Params...>(method, std::forward<Args>(args)...);
        if (!m_readerReady.load())
            return run<R>(std::move(work));
        return runReading<R>(std::move(work));
    }
    // Work beside the calls, on a second connection of the same operator to the same server,
    // opened on first use with the main connection's parameters and presenting the same
    // session: a bulk action's second worker. It answers as call() does.
    template <typename Calls, typename R, typename... Params, typename... Args>
    QFuture<R> beside(R (Calls::*method)(Params...), Args &&...args) {
        return runBeside<R>(bind<Calls, R, Params...>(method, std::forward<Args>(args)...));
    }
    // Whether reads go to a standby now (false: to the primary, as every call).
    bool readsOnStandby() const { return m_readerReady.load(); }
    // How often reads on a standby keep the session alive on the primary, at most.
    static constexpr int kKeepAliveMs = 10000;
    // How often a lost connection is tried again while nothing calls.
    static constexpr int kReconnectMs = 1000;

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
    template <typename Calls, typename R, typename... Params, typename... Args>
    static auto bind(R (Calls::*method)(Params...), Args &&...args) {
        static_assert(sizeof...(Params) == sizeof...(Args), "give every parameter");
        static_assert((!std::is_pointer_v<std::decay_t<Params>> && ...),
                      "a pointer would cross to the database thread: pass values");
        return [method, bound = std::tuple<std::decay_t<Params>...>(std::forward<Args>(args)...)](
                   SessionConnection &c) mutable {
            return std::apply(
                [&c, method](auto &...a) {
                    Calls calls(c);
                    return (calls.*method)(a...);
                },
                bound);
        };
    }
    // Runs job(promise) on the worker's thread; the job gives the answer.
    template <typename T, typename Job> static QFuture<T> promised(QObject *worker, Job job) {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            worker, [promise, job = std::move(job)]() mutable { job(promise); },
            Qt::QueuedConnection);
        return future;
    }
    template <typename T, typename Work> QFuture<T> run(Work work) {
        return promised<T>(m_worker, [this, work = std::move(work)](
                                         const std::shared_ptr<QPromise<T>> &promise) mutable {
            answerOnMain(promise, work);
        });
    }
    // Database thread: the call on the operator's main connection, and its answer.
    template <typename T, typename Work>
    void answerOnMain(const std::shared_ptr<QPromise<T>> &promise, Work &work) {
        T result = work(*m_connection);
        noteSessionLoss(result);
        afterCall();
        promise->addResult(std::move(result));
        promise->finish();
    }
    template <typename T, typename Work> QFuture<T> runReading(Work work) {
        return promised<T>(
            m_readerWorker,
            [this, work = std::move(work)](const std::shared_ptr<QPromise<T>> &promise) mutable {
                T result = work(*m_reader);
                if (refusedOnStandby(result)) {
                    // The standby has not replayed a session the primary opened a moment ago, or
                    // it lags too far to judge one, or its login no longer works (a new
                    // password): the primary judges, and its answer is the one given.
                    QMetaObject::invokeMethod(
                        m_worker,
                        [this, promise, work = std::move(work)]() mutable {
                            answerOnMain(promise, work);
                        },
                        Qt::QueuedConnection);
                    return;
                }
                noteSessionLoss(result);
                keepSessionAlive();
                promise->addResult(std::move(result));
                promise->finish();
            });
    }
    template <typename T, typename Work> QFuture<T> runBeside(Work work) {
        return promised<T>(
            m_besideWorker,
            [this, work = std::move(work)](const std::shared_ptr<QPromise<T>> &promise) mutable {
                auto ready = openBeside();
                T result = ready.isOk() ? work(*m_beside) : T::fail(ready.error());
                noteSessionLoss(result);
                promise->addResult(std::move(result));
                promise->finish();
            });
    }
    // Beside thread: the second connection, connected with the main one's parameters if it
    // is not (asked of the database thread, once).
    Result<Done> openBeside();
    template <typename T> bool refusedOnStandby(const Result<T> &r) {
        if (!r.isOk() && r.error().kind == DbError::Kind::AccountClosed)
            m_readerReady = false;
        return !r.isOk() && (r.error().kind == DbError::Kind::NoSession ||
                             r.error().kind == DbError::Kind::AccountClosed);
    }
    template <typename T> bool refusedOnStandby(const T &) { return false; }
    template <typename T> void noteSessionLoss(const Result<T> &r) {
        if (!r.isOk() && r.error().kind == DbError::Kind::NoSession)
            QMetaObject::invokeMethod(this, &Session::sessionLost, Qt::QueuedConnection);
        if (!r.isOk() && r.error().kind == DbError::Kind::AccountClosed)
            QMetaObject::invokeMethod(this, &Session::accountClosed, Qt::QueuedConnection);
    }
    template <typename T> void noteSessionLoss(const T &) {}
    // Database thread: keep a socket notifier on the current connection and act on notices
    // that libpq may already have read during a call; hand a new session to the reader.
    void afterCall();
    void watchNotices();
    void checkNotices();
    void reconnectSoon();
    // Reader thread: a read is activity; the session's idle time is written on the primary
    // (at most every 10 s, as the server itself does).
    void keepSessionAlive();

    QThread m_thread;
    QObject *m_worker = nullptr;
    QSocketNotifier *m_notifier = nullptr; // lives in the database thread
    QTimer *m_reconnect = nullptr;         // lives in the database thread
    std::unique_ptr<SessionConnection> m_connection;
    QString m_readerToken; // database thread: the session the reader was last given

    QThread m_readerThread;
    QObject *m_readerWorker = nullptr;
    std::unique_ptr<SessionConnection> m_reader;
    std::atomic<bool> m_readerReady{false};
    std::atomic<int> m_readerGeneration{0}; // a connect or disconnect makes older ones moot

    QThread m_besideThread;
    QObject *m_besideWorker = nullptr;
    std::unique_ptr<SessionConnection> m_beside;
    QElapsedTimer m_sinceKeptAlive; // reader thread
};

} // namespace cowin::db
