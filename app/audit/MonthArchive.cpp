// SPDX-License-Identifier: Apache-2.0
#include "audit/MonthArchive.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace cowin::audit {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("cowin::audit::MonthArchive", text);
}

const QString kEvents = QStringLiteral("events.jsonl");
const QString kManifest = QStringLiteral("manifest.json");

std::optional<QString> text(const std::optional<QByteArrayView> &v) {
    return v ? std::optional<QString>(QString::fromUtf8(*v)) : std::nullopt;
}

AuditRecord recordOf(const AuditRecordView &v) {
    AuditRecord r;
    r.id = v.id;
    r.occurredAtUtc = text(v.occurredAtUtc).value_or(QString());
    r.actor = QString::fromUtf8(v.actor);
    r.clientAddr = text(v.clientAddr);
    r.applicationName = text(v.applicationName);
    r.action = QString::fromUtf8(v.action);
    r.targetType = text(v.targetType);
    r.targetId = text(v.targetId);
    r.reason = text(v.reason);
    r.details = text(v.details);
    r.prevHash = v.prevHash.toByteArray();
    r.hash = v.hash.toByteArray();
    return r;
}

QString hex(const QByteArray &bytes) {
    return QString::fromLatin1(bytes.toHex());
}
} // namespace

MonthArchiveWriter::MonthArchiveWriter(const QString &folder, MonthArchivePlan plan)
    : m_target(QDir::cleanPath(folder))
    , m_partial(m_target + QStringLiteral(".partial"))
    , m_plan(std::move(plan)) {
    m_verifier.resumeAfter(m_plan.firstId - 1, m_plan.prevHash, m_plan.firstPosition - 1);
}

MonthArchiveWriter::~MonthArchiveWriter() {
    if (!m_finished)
        QDir(m_partial).removeRecursively();
}

db::Result<db::Done> MonthArchiveWriter::open() {
    if (QFileInfo::exists(m_target))
        return db::Result<db::Done>::fail(db::DbError::local(
            tr("%1 exists already: choose a new folder for the archive.").arg(m_target),
            QStringLiteral("folder")));
    QDir(m_partial).removeRecursively();
    m_events = std::make_unique<HashedFile>(m_partial + QLatin1Char('/') + kEvents);
    if (!QDir().mkpath(m_partial) || !m_events->open())
        return db::Result<db::Done>::fail(db::DbError::local(
            tr("Cannot write the archive in %1.").arg(m_partial), QStringLiteral("folder")));
    return db::Result<db::Done>::ok({});
}

bool MonthArchiveWriter::add(const AuditRecordView &record) {
    if (!m_problem.isEmpty())
        return false;
    if (record.id < m_plan.firstId || record.id > m_plan.lastId || record.hash.isEmpty() ||
        !m_verifier.add(record)) {
        m_problem = tr("Event %1 does not hold in the chain: verify the trail "
                       "(cowin-admin verify-audit) before archiving.")
                        .arg(record.id);
        return false;
    }
    if (!m_events->write(eventJsonLine(recordOf(record)))) {
        m_problem = tr("Cannot write the archive: %1").arg(m_events->errorString());
        return false;
    }
    return true;
}

db::Result<MonthArchiveSummary> MonthArchiveWriter::abandon(const QString &why) {
    QDir(m_partial).removeRecursively();
    return db::Result<MonthArchiveSummary>::fail(db::DbError::local(why, QStringLiteral("folder")));
}

db::Result<MonthArchiveSummary> MonthArchiveWriter::finish(const QString &server) {
    if (!m_problem.isEmpty())
        return abandon(m_problem);
    const qint64 written = m_verifier.checked() - (m_plan.firstPosition - 1);
    if (written != m_plan.events || m_verifier.lastId() != m_plan.lastId ||
        m_verifier.lastHash() != m_plan.lastHash)
        return abandon(tr("The chain gave %1 of the month's %2 events: nothing was archived.")
                           .arg(written)
                           .arg(m_plan.events));
    if (!m_events->commit())
        return abandon(tr("Cannot write the archive: %1").arg(m_events->errorString()));

    QJsonObject manifest;
    manifest.insert(QStringLiteral("format"), QString::fromLatin1(kFormat));
    manifest.insert(QStringLiteral("encoding"), QString::fromLatin1(AuditChain::kVersionTag));
    manifest.insert(QStringLiteral("partition"), m_plan.partition);
    manifest.insert(QStringLiteral("server"), server);
    manifest.insert(QStringLiteral("archived_at_utc"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    manifest.insert(QStringLiteral("first_id"), m_plan.firstId);
    manifest.insert(QStringLiteral("last_id"), m_plan.lastId);
    manifest.insert(QStringLiteral("events"), m_plan.events);
    manifest.insert(QStringLiteral("first_position"), m_plan.firstPosition);
    manifest.insert(QStringLiteral("prev_hash"), hex(m_plan.prevHash));
    manifest.insert(QStringLiteral("last_hash"), hex(m_plan.lastHash));
    manifest.insert(QStringLiteral("files"), QJsonArray{m_events->entry(kEvents)});
    manifest.insert(QStringLiteral("checkpoint"), m_plan.checkpoint.toJson());
    const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    QSaveFile file(m_partial + QLatin1Char('/') + kManifest);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return abandon(tr("Cannot write the manifest: %1").arg(file.errorString()));
    if (!QDir().rename(m_partial, m_target))
        return abandon(tr("Cannot move the archive into %1.").arg(m_target));
    m_finished = true;
    return db::Result<MonthArchiveSummary>::ok(
        {m_target, m_plan.events, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256)});
}

QList<Checkpoint> monthArchiveCheckpoints(const QString &folder) {
    QFile file(QDir(folder).filePath(kManifest));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject checkpoint = QJsonDocument::fromJson(file.readAll())
                                       .object()
                                       .value(QLatin1String("checkpoint"))
                                       .toObject();
    if (checkpoint.isEmpty())
        return {};
    return {Checkpoint::fromJson(checkpoint)};
}

QStringList walkMonthArchive(const QString &folder, AuditChainVerifier &verifier,
                             CheckpointCheck &check) {
    const QDir dir(folder);
    QFile manifestFile(dir.filePath(kManifest));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return {tr("No manifest.json in %1.").arg(folder)};
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    if (manifest.value(QLatin1String("format")).toString() !=
        QLatin1String(MonthArchiveWriter::kFormat))
        return {tr("%1 is not a month archive of the audit trail.").arg(folder)};
    const QString partition = manifest.value(QLatin1String("partition")).toString();
    const qint64 events = manifest.value(QLatin1String("events")).toInteger();
    const qint64 firstPosition = manifest.value(QLatin1String("first_position")).toInteger();
    const QByteArray prevHash =
        QByteArray::fromHex(manifest.value(QLatin1String("prev_hash")).toString().toLatin1());
    const QByteArray lastHash =
        QByteArray::fromHex(manifest.value(QLatin1String("last_hash")).toString().toLatin1());
    if (prevHash != verifier.lastHash() || firstPosition != verifier.checked() + 1)
        return {tr("%1 does not follow on from the archive before it (or from the chain's "
                   "start): archives are checked oldest first, none left out.")
                    .arg(partition)};
    const QJsonObject entry = manifest.value(QLatin1String("files")).toArray().first().toObject();
    QFile file(dir.filePath(kEvents));
    if (entry.value(QLatin1String("name")).toString() != kEvents || !file.open(QIODevice::ReadOnly))
        return {tr("%1: events.jsonl is missing.").arg(partition)};
    QCryptographicHash sha(QCryptographicHash::Sha256);
    qint64 lines = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        sha.addData(line);
        ++lines;
        const AuditRecord record = eventRecordIn(QJsonDocument::fromJson(line).object());
        if (!verifier.add(record))
            return {tr("%1: event %2 does not hold (its link or its hash).")
                        .arg(partition)
                        .arg(verifier.finding().eventId)};
        check.see(record.id, record.hash, verifier.checked());
    }
    if (QString::fromLatin1(sha.result().toHex()) !=
        entry.value(QLatin1String("sha256")).toString())
        return {tr("%1: events.jsonl is not the file its manifest names.").arg(partition)};
    if (lines != events || verifier.lastHash() != lastHash ||
        verifier.lastId() != manifest.value(QLatin1String("last_id")).toInteger())
        return {
            tr("%1 holds %2 events; its manifest says %3.").arg(partition).arg(lines).arg(events)};
    return {};
}

} // namespace cowin::audit
