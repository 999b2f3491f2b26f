// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionProfile.h"

#include <QSettings>

namespace cowin::db {

// The last production server and username, kept in QSettings so an operator does not retype
// them. Never a password, token or code: those are not QSettings material.
class ProfileSettings {
public:
    explicit ProfileSettings(QSettings &settings)
        : m_settings(settings) {}

    void save(const ConnectionProfile &profile, const QString &username);
    bool hasProfile() const;
    ConnectionProfile profile() const;
    QString username() const;

private:
    QSettings &m_settings;
};

} // namespace cowin::db
