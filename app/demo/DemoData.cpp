// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoData.h"

#include "auth/Base32.h"
#include "auth/SecureRandom.h"
#include "demo/LocalCluster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace cowin::demo {

QList<DemoOperator> DemoData::roster() {
    const QString password = QStringLiteral("cowin-demo-2026");
    return {
        {QStringLiteral("asha_admin"),
         QStringLiteral("Asha Rao"),
         password,
         {QStringLiteral("admin")},
         {},
         {}},
        {QStringLiteral("ravi_helpdesk"),
         QStringLiteral("Ravi Kumar"),
         password,
         {QStringLiteral("helpdesk")},
         {},
         {}},
        {QStringLiteral("meera_incident"),
         QStringLiteral("Meera Iyer"),
         password,
         {QStringLiteral("incident")},
         {},
         {}},
        {QStringLiteral("kabir_auditor"),
         QStringLiteral("Kabir Singh"),
         password,
         {QStringLiteral("auditor")},
         {},
         {}},
        {QStringLiteral("neha_newjoiner"),
         QStringLiteral("Neha Verma"),
         password,
         {QStringLiteral("helpdesk")},
         {},
         {}},
    };
}

db::Result<QList<DemoOperator>> DemoData::load(db::AdminClient &admin, qint64 vaccinators,
                                               qint64 auditEvents,
                                               const std::function<void(qint64)> &progress) {
    // History first: its times lie in the past, so it must precede today's events.
    auto history = admin.demoAuditEvents(auditEvents, progress);
    if (!history.isOk())
        return db::Result<QList<DemoOperator>>::fail(history.error());
    QList<DemoOperator> operators = roster();
    for (int i = 0; i < operators.size(); ++i) {
        DemoOperator &op = operators[i];
        const bool last = i == operators.size() - 1;
        auto exists = admin.operatorExists(op.name);
        if (!exists.isOk())
            return db::Result<QList<DemoOperator>>::fail(exists.error());
        if (exists.value())
            continue;
        auto code = admin.createOperator(op.name, op.fullName, op.groups, op.password, last);
        if (!code.isOk())
            return db::Result<QList<DemoOperator>>::fail(code.error());
        op.enrolmentCode = code.value();
        if (!last) {
            const QByteArray secret = auth::secureRandomBytes(20);
            auto enrolled = admin.demoEnrol(op.name, secret);
            if (!enrolled.isOk())
                return db::Result<QList<DemoOperator>>::fail(enrolled.error());
            op.secretBase32 = auth::base32Encode(secret);
            op.enrolmentCode.clear();
        }
    }
    if (vaccinators > 0) {
        QFile geography(QStringLiteral(":/cowin/demo/india-districts.txt"));
        if (!geography.open(QIODevice::ReadOnly))
            return db::Result<QList<DemoOperator>>::fail(
                db::DbError::internal(QStringLiteral("demo geography missing")));
        auto loaded = admin.demoVaccinators(QString::fromUtf8(geography.readAll()), vaccinators);
        if (!loaded.isOk())
            return db::Result<QList<DemoOperator>>::fail(loaded.error());
    }
    auto partners = admin.demoPartners();
    if (!partners.isOk())
        return db::Result<QList<DemoOperator>>::fail(partners.error());
    return db::Result<QList<DemoOperator>>::ok(operators);
}

QString DemoData::secretsFileIn(const QString &demoDir) {
    return demoDir + QStringLiteral("/demo-operators.json");
}

QString DemoData::defaultSecretsFile() {
    return secretsFileIn(LocalCluster::defaultDemoDir());
}

QList<DemoOperator> DemoData::mergeKnownSecrets(QList<DemoOperator> operators,
                                                const QString &path) {
    const QList<DemoOperator> known = read(path);
    for (DemoOperator &op : operators) {
        if (!op.secretBase32.isEmpty() || !op.enrolmentCode.isEmpty())
            continue;
        for (const DemoOperator &k : known) {
            if (k.name == op.name) {
                op.secretBase32 = k.secretBase32;
                op.enrolmentCode = k.enrolmentCode;
            }
        }
    }
    return operators;
}

db::Result<QList<DemoOperator>> DemoData::current(db::AdminClient &admin, const QString &path) {
    using R = db::Result<QList<DemoOperator>>;
    auto states = admin.demoOperatorStates();
    if (!states.isOk())
        return R::fail(states.error());
    const QList<DemoOperator> known = read(path);
    QList<DemoOperator> operators;
    for (const db::AdminClient::OperatorState &s : states.value()) {
        DemoOperator op{s.name, s.fullName, {}, s.groups, {}, {}};
        op.passwordKnown = false;
        for (const DemoOperator &k : known) {
            if (k.name != s.name)
                continue;
            op.password = k.password;
            op.passwordKnown = true;
            // A code is only worth showing while it still opens the door it was made for.
            op.secretBase32 = s.enrolled ? k.secretBase32 : QString();
            op.enrolmentCode = s.enrolled ? QString() : k.enrolmentCode;
        }
        op.enrolled = s.enrolled;
        op.disabled = s.disabled;
        op.locked = s.locked;
        operators << op;
    }
    return R::ok(operators);
}

bool DemoData::save(const QList<DemoOperator> &operators, const QString &path) {
    QJsonArray list;
    for (const DemoOperator &op : operators) {
        list.append(QJsonObject{{QStringLiteral("name"), op.name},
                                {QStringLiteral("full_name"), op.fullName},
                                {QStringLiteral("password"), op.password},
                                {QStringLiteral("groups"), QJsonArray::fromStringList(op.groups)},
                                {QStringLiteral("secret_base32"), op.secretBase32},
                                {QStringLiteral("enrolment_code"), op.enrolmentCode}});
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("demo_operators"), list}}).toJson());
    return file.commit();
}

QList<DemoOperator> DemoData::read(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<DemoOperator> out;
    const auto list = QJsonDocument::fromJson(file.readAll())
                          .object()
                          .value(QStringLiteral("demo_operators"))
                          .toArray();
    for (const auto &v : list) {
        const QJsonObject o = v.toObject();
        DemoOperator op;
        op.name = o.value(QStringLiteral("name")).toString();
        op.fullName = o.value(QStringLiteral("full_name")).toString();
        op.password = o.value(QStringLiteral("password")).toString();
        for (const auto &g : o.value(QStringLiteral("groups")).toArray())
            op.groups << g.toString();
        op.secretBase32 = o.value(QStringLiteral("secret_base32")).toString();
        op.enrolmentCode = o.value(QStringLiteral("enrolment_code")).toString();
        out << op;
    }
    return out;
}

} // namespace cowin::demo
