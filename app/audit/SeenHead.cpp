// SPDX-License-Identifier: Apache-2.0
#include "audit/SeenHead.h"

#include <QCryptographicHash>
#include <QSettings>

namespace cowin::audit {

SeenHead::SeenHead(const QString &serverIdentity, const QByteArray &firstHash) {
    // An empty trail has nothing to remember yet.
    if (firstHash.size() != 32)
        return;
    // One entry per trail, named by a digest so that no address is written as a key.
    m_key = QStringLiteral("audit/seenHead/") +
            QString::fromLatin1(
                QCryptographicHash::hash(serverIdentity.toUtf8() + '\n' + firstHash.toHex(),
                                         QCryptographicHash::Sha256)
                    .toHex()
                    .left(16));
}

std::optional<Checkpoint> SeenHead::load() const {
    if (!isKnown())
        return std::nullopt;
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
    if (!isKnown() || lastHash.size() != 32 || (known && known->lastId >= lastId))
        return;
    QSettings().setValue(m_key, QStringLiteral("%1:%2:%3")
                                    .arg(lastId)
                                    .arg(QString::fromLatin1(lastHash.toHex()))
                                    .arg(events));
}

} // namespace cowin::audit
