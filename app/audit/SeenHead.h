// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/Checkpoint.h"

#include <QString>
#include <optional>

namespace cowin::audit {

// The newest audit chain head this console has been shown for one trail, kept in QSettings
// (an id, a hash and a count: no secret). Verification holds the chain to it, so cutting the
// newest events is noticed by every console that saw them, signed checkpoint or not. A trail
// is named by where its server is and by the hash of its first event: a database made anew
// at the same address is another trail, not a cut one.
class SeenHead {
public:
    SeenHead(const QString &serverIdentity, const QByteArray &firstHash);
    bool isKnown() const { return !m_key.isEmpty(); }
    std::optional<Checkpoint> load() const;
    // Remembers head unless an equal or newer one is remembered already.
    void offer(qint64 lastId, const QByteArray &lastHash, qint64 events);

private:
    QString m_key;
};

} // namespace cowin::audit
