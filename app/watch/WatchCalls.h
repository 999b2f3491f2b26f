// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/SessionConnection.h"
#include "watch/WatchAlert.h"

namespace cowin::watch {

// The lookup watch as the console sees it (console.watch_*): alerts and what they are about,
// the actions taken on them, budgets per peer group, canaries, and "who looked up this
// person?". The other actions an alert calls for (a password reset, disabling an account,
// suspending a key or partner, the kill-switch) are those of their own sections.
class WatchCalls {
public:
    explicit WatchCalls(db::SessionConnection &connection)
        : m_db(connection) {}

    db::Result<QList<WatchAlert>> alerts(int maxRows);
    db::Result<int> openCount();
    db::Result<QList<LookupStep>> timeline(qint64 watched, int hours);
    db::Result<db::Done> freeze(qint64 watched, const QString &reason);
    db::Result<db::Done> release(qint64 watched, const QString &reason);
    db::Result<db::Done> dismiss(qint64 alert, const QString &reason);

    db::Result<QList<PeerBudget>> budgets();
    // fromPeers: hand the group back to budgets drawn from peers (the numbers are ignored).
    db::Result<db::Done> setBudget(const QString &peerGroup, int version, int perHour, int perDay,
                                   bool fromPeers, const QString &reason);

    db::Result<QList<Canary>> canaries();
    db::Result<qint64> plantCanary(const QString &number, const QString &label,
                                   const QString &reason);
    db::Result<db::Done> retireCanary(qint64 canary, const QString &reason);

    // Records the question with its reason and commits it; only then asks for the answer.
    db::Result<QList<SubjectLookup>> whoLookedUp(const QString &number, const QString &reason,
                                                 int maxRows);

private:
    db::SessionConnection &m_db;
};

} // namespace cowin::watch
