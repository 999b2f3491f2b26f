// SPDX-License-Identifier: Apache-2.0
#include "audit/SeenHead.h"

#include <QCryptographicHash>
#include <QSettings>

namespace cowin::audit {

SeenHead::SeenHead(const QString &server)
    // One entry per server, named by a digest so that no address is written as a key.
    : m_key(
          QStringLiteral("audit/seenHead/") +
          QString::fromLatin1(QCryptographicHash::hash(server.toUtf8(), QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(16))) {}

std::optional<Checkpoint> SeenHead::load() const {
    const QStringList parts = QSettings().value(m_key).toString().split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;
    Checkpoint c;
    bool idOk = false;
    bool eventsOk = false;
    c.lastId = parts.at(0).toLongLong(&idOk);
    c.lastHash = QByteArray::fromHex(parts.at(1).toLatin1());
    c.events = parts.at(2).toLongLong(&eventsOk);
    c.remembered = true;
    if (!idOk || !eventsOk || c.lastHash.size() != 32)
        return std::nullopt;
    return c;
}

void SeenHead::offer(qint64 lastId, const QByteArray &lastHash, qint64 events) {
    const auto known = load();
    if (lastHash.size() != 32 || (known && known->lastId >= lastId))
        return;
    QSettings().setValue(m_key, QStringLiteral("%1:%2:%3")
                                    .arg(lastId)
                                    .arg(QString::fromLatin1(lastHash.toHex()))
                                    .arg(events));
}

} // namespace cowin::audit
