// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/AdminClient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace cowin::audit {

// The sealer service (cowin-admin seal --follow): one round after another of sealer.seal, each
// its own transaction. It seals at once while there is a backlog, again shortly while it waits
// for an event id that may still commit, and otherwise when the trail's notice (cowin_audit)
// says events arrived, or at the latest every idle interval. A lost connection is retried; a
// sealer that cannot reach the server is what auditors then see as growing lag.
class Sealer : public QObject {
    Q_OBJECT
public:
    Sealer(db::AdminClient &admin, db::PgConnection &connection, int batch, int reportSeconds,
           QObject *parent = nullptr);

    void start();

    static constexpr int kIdleMs = 250;
    static constexpr int kWaitingMs = 20;
    static constexpr int kRetryMs = 1000;

Q_SIGNALS:
    void report(const QString &line);
    void failed(const QString &why);

private:
    void round();
    void schedule(int ms);
    void watchSocket();
    void reportStatus();

    db::AdminClient &m_admin;
    db::PgConnection &m_connection;
    const int m_batch;
    const int m_reportMs;
    QTimer m_next;
    QSocketNotifier *m_notifier = nullptr;
    QElapsedTimer m_sinceReport;
    qint64 m_sealedSinceReport = 0;
    bool m_broken = false;
};

} // namespace cowin::audit
