// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditFilter.h"

#include <QStringList>
#include <optional>

namespace cowin::audit {

// Audit searches kept under a name in QSettings (filters only: no secret, no result), so an
// auditor reruns "Failed OTPs in Karnataka, last 7 days" with one choice.
class SavedSearches {
public:
    QStringList names() const;
    std::optional<AuditFilter> find(const QString &name) const;
    void save(const QString &name, const AuditFilter &filter);
    void remove(const QString &name);
};

} // namespace cowin::audit
