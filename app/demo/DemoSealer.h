// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionProfile.h"

#include <QObject>
#include <QThread>

namespace cowin::demo {

// The demo's sealer: the service cowin-admin seal --follow runs in production (audit::Sealer),
// here on a thread of its own with a login of cowin_sealer made for this run, so events the
// demo records are chained within a moment, as they would be on a real server.
class DemoSealer : public QObject {
    Q_OBJECT
public:
    DemoSealer(const db::ConnectionProfile &profile, const QString &login, const QString &password,
               QObject *parent = nullptr);
    ~DemoSealer() override;

private:
    QThread m_thread;
};

} // namespace cowin::demo
