// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/AdminClient.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cowin::demo {

// A demo operator as the login window's demo panel shows it. Demo only: in production no
// secret ever leaves the database after enrolment.
struct DemoOperator {
    QString name;
    QString fullName;
    QString password;
    QStringList groups;
    QString secretBase32;  // empty until enrolled
    QString enrolmentCode; // for the operator left to enrol in the demo
    // As the database has it now (DemoData::current); a fresh roster is all signable.
    bool enrolled = true;
    bool disabled = false;
    bool locked = false;
    bool passwordKnown = true; // false: made in the console, its password went to its owner
};

class DemoData {
public:
    static QList<DemoOperator> roster();

    // Creates the roster (skipping operators that exist) and enrols all but the last, so the
    // demo shows both a normal login and a first login with enrolment; then, once, the
    // states, districts and centres of India and `vaccinators` accounts, and the demo partners
    // with their keys and a day of usage.
    // auditEvents: a history of that many events before everything else (an empty trail
    // only), for browsing and benchmarks.
    static db::Result<QList<DemoOperator>> load(db::AdminClient &admin, qint64 vaccinators,
                                                qint64 auditEvents = 0,
                                                const std::function<void(qint64)> &progress = {});
    static constexpr qint64 kDefaultVaccinators = 50000;

    // Operators created on an earlier run keep the secrets and codes written to path then.
    static QList<DemoOperator> mergeKnownSecrets(QList<DemoOperator> operators,
                                                 const QString &path);

    // Every operator in the database as it is now: the roster's with the passwords and codes
    // kept at path, and those made in the console since (their passwords are not known here).
    static db::Result<QList<DemoOperator>> current(db::AdminClient &admin, const QString &path);

    static bool save(const QList<DemoOperator> &operators, const QString &path);
    // Where the demo operators' secrets are kept: the demo folder, beside its cluster.
    static QString secretsFileIn(const QString &demoDir);
    static QString defaultSecretsFile();
    static QList<DemoOperator> read(const QString &path);
};

} // namespace cowin::demo
