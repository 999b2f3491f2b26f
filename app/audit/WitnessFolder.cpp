// SPDX-License-Identifier: Apache-2.0
#include "audit/WitnessFolder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace cowin::audit {

db::Result<QString> WitnessFolder::write(const Checkpoint &checkpoint) const {
    using R = db::Result<QString>;
    QDir dir(m_path);
    if (!dir.exists() && !QDir().mkpath(m_path))
        return R::fail(db::DbError::local(tr("Cannot create the witness folder %1.").arg(m_path)));
    const QString name = QStringLiteral("checkpoint-%1-%2.json")
                             .arg(checkpoint.events, 12, 10, QLatin1Char('0'))
                             .arg(QString::fromLatin1(checkpoint.publicKey.toHex().left(16)));
    const QString path = dir.filePath(name);
    // A witness only ever adds: an existing statement is never replaced.
    if (QFile::exists(path))
        return R::fail(db::DbError::local(tr("%1 exists already.").arg(path)));
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(checkpoint.toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return R::fail(db::DbError::local(tr("Cannot write %1: %2").arg(path, file.errorString())));
    return R::ok(path);
}

WitnessFolder::Contents WitnessFolder::read() const {
    Contents contents;
    const QDir dir(m_path);
    if (!dir.exists()) {
        contents.problems << tr("The witness folder %1 does not exist.").arg(m_path);
        return contents;
    }
    const QStringList files =
        dir.entryList({QStringLiteral("checkpoint-*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QJsonParseError error{};
        const QJsonDocument doc = file.open(QIODevice::ReadOnly)
                                      ? QJsonDocument::fromJson(file.readAll(), &error)
                                      : QJsonDocument();
        const Checkpoint c = Checkpoint::fromJson(doc.object());
        if (!doc.isObject() || c.lastId <= 0 || c.lastHash.size() != 32 ||
            c.publicKey.size() != 32 || c.signature.size() != 64) {
            contents.problems << tr("%1 is not a signed checkpoint.").arg(name);
            continue;
        }
        contents.checkpoints << c;
    }
    return contents;
}

} // namespace cowin::audit
