// SPDX-License-Identifier: Apache-2.0
#include "db/ProfileSettings.h"

namespace cowin::db {

namespace {
const QString kGroup = QStringLiteral("server");
}

void ProfileSettings::save(const ConnectionProfile &profile, const QString &username) {
    if (profile.demo)
        return;
    m_settings.beginGroup(kGroup);
    m_settings.setValue(QStringLiteral("hosts"), profile.hosts);
    m_settings.setValue(QStringLiteral("ports"), profile.ports);
    m_settings.setValue(QStringLiteral("database"), profile.database);
    m_settings.setValue(QStringLiteral("sslmode"), profile.sslMode);
    m_settings.setValue(QStringLiteral("sslrootcert"), profile.rootCertificate);
    m_settings.setValue(QStringLiteral("audit_on_standby"), profile.auditOnStandby);
    m_settings.setValue(QStringLiteral("username"), username);
    m_settings.endGroup();
    m_settings.sync();
}

bool ProfileSettings::hasProfile() const {
    return m_settings.contains(kGroup + QStringLiteral("/hosts"));
}

ConnectionProfile ProfileSettings::profile() const {
    ConnectionProfile p;
    p.hosts = m_settings.value(kGroup + QStringLiteral("/hosts")).toString();
    p.ports = m_settings.value(kGroup + QStringLiteral("/ports"), p.ports).toString();
    p.database = m_settings.value(kGroup + QStringLiteral("/database"), p.database).toString();
    p.sslMode = m_settings.value(kGroup + QStringLiteral("/sslmode"), p.sslMode).toString();
    p.rootCertificate = m_settings.value(kGroup + QStringLiteral("/sslrootcert")).toString();
    p.auditOnStandby = m_settings.value(kGroup + QStringLiteral("/audit_on_standby")).toBool();
    return p;
}

QString ProfileSettings::username() const {
    return m_settings.value(kGroup + QStringLiteral("/username")).toString();
}

} // namespace cowin::db
