// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/AdminClient.h"
#include "db/ConnectionProfile.h"
#include "db/DbError.h"
#include "demo/DemoData.h"
#include "demo/LocalCluster.h"

namespace cowin::demo {

struct DemoSetup {
    db::ConnectionProfile profile;
    QList<DemoOperator> operators;
    // The demo's delivery worker login (a member of cowin_delivery), with a password made
    // for this run only.
    QString deliveryLogin;
    QString deliveryPassword;
    // The demo's sealer login (a member of cowin_sealer), likewise.
    QString sealerLogin;
    QString sealerPassword;
    // The demo's gateway daemon login (a member of cowin_gateway), likewise.
    QString gatewayLogin;
    QString gatewayPassword;
    // The portal simulator's login (a member of cowin_portal), likewise, and what it is given.
    QString portalLogin;
    QString portalPassword;
    db::DemoWatch watch;
};

// What `cowin-console --demo` does before the sign-in window can be used: start (or reuse)
// the private cluster, apply migrations, and create the demo operators once. Blocking: run it
// off the GUI thread.
class DemoBootstrap {
public:
    static db::Result<DemoSetup> prepare(LocalCluster &cluster, const QString &operatorsFile);
};

} // namespace cowin::demo
