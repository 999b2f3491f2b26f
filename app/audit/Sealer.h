// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/AdminClient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace cowin::audit {

// The sealer service (cowin-admin seal --follow): one round after another of sealer.seal, each
// its own transaction. It seals at once while there is a backlog, again shortly while it waits
// for an event id that may still commit, and otherwise every idle interval. It is not told of
// new events: a notice from every appending transaction would make their commits queue one
// behind another (NOTIFY's commit-time lock); a round that seals announces the events to open
// consoles instead. A lost connection is retried; a sealer that cannot reach the server is what
// auditors then see as growing lag. Every few minutes it also runs the lookup watch's upkeep
// (days of the lookup record made ahead and dropped past retention, peers' figures): the one
// service every deployment already runs.
class Sealer : public QObject {
    Q_OBJECT
public:
    Sealer(db::AdminClient &admin, db::PgConnection &connection, int batch, int reportSeconds,
           QObject *parent = nullptr);

    void start();

    static constexpr int kIdleMs = 200;
    static constexpr int kWaitingMs = 20;
    static constexpr int kRetryMs = 1000;
    static constexpr int kUpkeepMs = 5 * 60 * 1000;

Q_SIGNALS:
    void report(const QString &line);
    void failed(const QString &why);

private:
    void round();
    void schedule(int ms);
    void reportStatus();
    void upkeep();

    db::AdminClient &m_admin;
    db::PgConnection &m_connection;
    const int m_batch;
    const int m_reportMs;
    QTimer m_next;
    QElapsedTimer m_sinceReport;
    QElapsedTimer m_sinceUpkeep;
    qint64 m_sealedSinceReport = 0;
    bool m_broken = false;
};

} // namespace cowin::audit
