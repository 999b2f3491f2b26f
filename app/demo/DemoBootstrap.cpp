// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoBootstrap.h"

#include "auth/SecureRandom.h"
#include "db/AdminClient.h"
#include "db/PgConnection.h"
#include "demo/DemoPortal.h"

namespace cowin::demo {

db::Result<DemoSetup> DemoBootstrap::prepare(LocalCluster &cluster, const QString &operatorsFile) {
    using R = db::Result<DemoSetup>;
    auto started = cluster.ensureStarted();
    if (!started.isOk())
        return R::fail(started.error());
    db::PgConnection dba;
    auto opened =
        dba.openConnectionString(cluster.superuserConnectionString(), QStringLiteral("cowin-demo"));
    if (!opened.isOk())
        return R::fail(opened.error());
    db::AdminClient admin(dba);
    auto migrated = admin.migrate();
    if (!migrated.isOk())
        return R::fail(migrated.error());
    auto loaded = DemoData::load(admin, DemoData::kDefaultVaccinators);
    if (!loaded.isOk())
        return R::fail(loaded.error());
    const QList<DemoOperator> operators =
        DemoData::mergeKnownSecrets(loaded.value(), operatorsFile);
    DemoData::save(operators, operatorsFile);
    const QString deliveryLogin = QStringLiteral("cowin_demo_sms");
    const QString deliveryPassword = QString::fromLatin1(auth::secureRandomBytes(24).toBase64());
    auto login =
        admin.ensureServiceLogin(deliveryLogin, QStringLiteral("cowin_delivery"), deliveryPassword);
    if (!login.isOk())
        return R::fail(login.error());
    const QString sealerLogin = QStringLiteral("cowin_demo_sealer");
    const QString sealerPassword = QString::fromLatin1(auth::secureRandomBytes(24).toBase64());
    auto sealer =
        admin.ensureServiceLogin(sealerLogin, QStringLiteral("cowin_sealer"), sealerPassword);
    if (!sealer.isOk())
        return R::fail(sealer.error());
    const QString gatewayLogin = QStringLiteral("cowin_demo_gateway");
    const QString gatewayPassword = QString::fromLatin1(auth::secureRandomBytes(24).toBase64());
    auto gateway =
        admin.ensureServiceLogin(gatewayLogin, QStringLiteral("cowin_gateway"), gatewayPassword);
    if (!gateway.isOk())
        return R::fail(gateway.error());
    const QString portalLogin = QStringLiteral("cowin_demo_portal");
    const QString portalPassword = QString::fromLatin1(auth::secureRandomBytes(24).toBase64());
    auto portal =
        admin.ensureServiceLogin(portalLogin, QStringLiteral("cowin_portal"), portalPassword);
    if (!portal.isOk())
        return R::fail(portal.error());
    auto watch = admin.demoWatch(QString::number(DemoPortal::kKeyWalkStart + 40), 301);
    if (!watch.isOk())
        return R::fail(watch.error());
    return R::ok({cluster.profile(), operators, deliveryLogin, deliveryPassword, sealerLogin,
                  sealerPassword, gatewayLogin, gatewayPassword, portalLogin, portalPassword,
                  watch.value()});
}

} // namespace cowin::demo
