// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionProfile.h"

#include <QObject>
#include <QThread>

namespace cowin::demo {

// The demo's side of the SMS path: a delivery worker (cowin-admin deliver's, in-process) that
// drains the outbox every few seconds into a gateway on 127.0.0.1 that delivers to nobody,
// so a reset in the demo goes from "waiting" to "delivered" as it would in production. The
// temporary passwords are dropped; no one sees them, in the demo either. Runs on a thread of
// its own: the GUI thread never waits on the database.
class DemoDelivery : public QObject {
    Q_OBJECT
public:
    DemoDelivery(const db::ConnectionProfile &profile, const QString &login,
                 const QString &password, QObject *parent = nullptr);
    ~DemoDelivery() override;

    static constexpr int kIntervalMs = 2000;

private:
    QThread m_thread;
};

} // namespace cowin::demo
