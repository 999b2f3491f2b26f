// SPDX-License-Identifier: Apache-2.0
#pragma once

// The partners and keys the gateway benchmarks call with, and the logins they call as.
#include "BenchSupport.h"
#include "auth/SecureRandom.h"
#include "auth/Totp.h"
#include "db/AdminClient.h"
#include "db/PgConnection.h"

#include <QCoreApplication>
#include <QStringList>

namespace cowin::bench {

struct PartnerKeys {
    QStringList valid;
    QStringList revoked;
};

// `partners` partners with 5 keys each (certificate.verify, from 10.20.0.0/16 or
// 2001:db8:20::/48); every tenth key revoked; a third of the partners government, the rest
// private.
inline PartnerKeys makePartnerKeys(db::PgConnection &dba, int partners) {
    PartnerKeys keys;
    for (int p = 0; p < partners; ++p) {
        auto partner =
            must(dba.exec(QStringLiteral("SELECT admin.create_partner($1, $2, "
                                         "ARRAY['certificate.verify', 'centre.list'], "
                                         "ARRAY['10.20.0.0/16', '2001:db8:20::/48']::cidr[])"),
                          {QStringLiteral("Bench partner %1 %2")
                               .arg(p)
                               .arg(QCoreApplication::applicationPid()),
                           p % 3 ? QStringLiteral("private") : QStringLiteral("government")}),
                 "partner");
        for (int k = 0; k < 5; ++k) {
            auto key = must(
                dba.exec(QStringLiteral("SELECT key_id, api_key FROM admin.issue_api_key($1, "
                                        "ARRAY['certificate.verify'], now() + interval '30 days')"),
                         {partner.int64(0, 0)}),
                "key");
            if ((p * 5 + k) % 10 == 9) {
                must(dba.exec(QStringLiteral(
                                  "UPDATE private.api_key SET status = 'revoked', revoked_at = "
                                  "now(), revoked_reason = 'bench' WHERE id = $1"),
                              {key.int64(0, 0)}),
                     "revoke");
                keys.revoked << key.text(0, 1);
            } else {
                keys.valid << key.text(0, 1);
            }
        }
    }
    must(dba.execScript(QStringLiteral("ANALYZE private.api_key; ANALYZE private.partner")),
         "analyze");
    return keys;
}

// A login in cowin_gateway with a new password.
struct ServiceLogin {
    QString name;
    QString password;
};
inline ServiceLogin makeGatewayLogin(db::PgConnection &dba, const QString &prefix) {
    ServiceLogin login{QStringLiteral("%1_%2").arg(prefix).arg(QCoreApplication::applicationPid()),
                       QString::fromLatin1(auth::secureRandomBytes(18).toHex())};
    db::AdminClient admin(dba);
    must(admin.ensureServiceLogin(login.name, QStringLiteral("cowin_gateway"), login.password),
         "gateway login");
    return login;
}

// An enrolled incident commander: its password and TOTP secret.
struct Commander {
    QString name;
    QString password;
    QByteArray secret;
};
inline Commander makeCommander(db::PgConnection &dba, const QString &prefix) {
    Commander c{QStringLiteral("%1_%2").arg(prefix).arg(QCoreApplication::applicationPid()),
                QStringLiteral("Bench-Password-%1")
                    .arg(QString::fromLatin1(auth::secureRandomBytes(6).toHex())),
                auth::secureRandomBytes(20)};
    db::AdminClient admin(dba);
    must(admin.createOperator(c.name, QStringLiteral("Benchmark commander"),
                              {QStringLiteral("incident")}, c.password, false),
         "commander");
    must(admin.demoEnrol(c.name, c.secret), "enrol");
    return c;
}

} // namespace cowin::bench
