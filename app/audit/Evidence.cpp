// SPDX-License-Identifier: Apache-2.0
#include "audit/Evidence.h"

#include "audit/AuditChain.h"
#include "audit/EventLines.h"
#include "files/Csv.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace cowin::audit {

namespace {
QString tr(const char *text, int n = -1) {
    return QCoreApplication::translate("cowin::audit::Evidence", text, nullptr, n);
}

const QString kEvents = QStringLiteral("events.jsonl");
const QString kTable = QStringLiteral("events.csv");
const QString kManifest = QStringLiteral("manifest.json");
const QString kSignature = QStringLiteral("manifest.sig");

QByteArray csvHeader() {
    return "id,occurred_at_utc,actor,client_addr,application_name,action,target_type,target_id,"
           "reason,details,failure,prev_hash,hash\r\n";
}

QByteArray csvLine(const AuditEvent &e) {
    const AuditRecord &r = e.record;
    const auto f = [](const std::optional<QString> &v) {
        return files::Csv::field(v.value_or(QString()));
    };
    return QByteArray::number(r.id) + ',' + files::Csv::field(r.occurredAtUtc) + ',' +
           files::Csv::field(r.actor) + ',' + f(r.clientAddr) + ',' + f(r.applicationName) + ',' +
           files::Csv::field(r.action) + ',' + f(r.targetType) + ',' + f(r.targetId) + ',' +
           f(r.reason) + ',' + f(r.details) + ',' + (e.failure ? "true" : "false") + ',' +
           r.prevHash.toHex() + ',' + r.hash.toHex() + "\r\n";
}

QString nowUtc() {
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
}

// Every problem of an export on this computer is about its folder.
db::DbError folderProblem(const QString &what) {
    return db::DbError::local(what, QStringLiteral("folder"));
}

db::Result<EvidenceSummary> failed(const QString &why) {
    return db::Result<EvidenceSummary>::fail(folderProblem(why));
}

} // namespace

db::Result<EvidenceSummary>
Evidence::write(const QString &folder, const EvidenceContext &context,
                const std::function<db::Result<QList<AuditEvent>>(qint64)> &page,
                const AuditorKey *key, const std::function<bool(qint64)> &progress) {
    const QString target = QDir::cleanPath(folder);
    if (QFileInfo::exists(target))
        return failed(tr("%1 exists already: choose a new folder for the export.").arg(target));
    // Written beside the target and renamed when complete.
    const QString partial = target + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial))
        return failed(tr("Cannot create the folder %1.").arg(partial));
    const auto abandon = [&partial](const db::DbError &error) {
        QDir(partial).removeRecursively();
        return db::Result<EvidenceSummary>::fail(error);
    };

    HashedFile events(partial + QLatin1Char('/') + kEvents);
    HashedFile table(partial + QLatin1Char('/') + kTable);
    if (!events.open() || !table.open() || !table.write(csvHeader()))
        return abandon(folderProblem(tr("Cannot write the export: %1").arg(events.errorString())));

    qint64 written = 0;
    qint64 newest = 0;
    qint64 oldest = 0;
    // The export's own record bounds it: events after it are not part of this evidence.
    qint64 before = context.start.lastId + 1;
    for (;;) {
        auto rows = page(before);
        if (!rows.isOk())
            return abandon(rows.error());
        for (const AuditEvent &e : rows.value()) {
            if (!events.write(eventJsonLine(e.record, e.failure)) || !table.write(csvLine(e)))
                return abandon(
                    folderProblem(tr("Cannot write the export: %1").arg(events.errorString())));
            if (newest == 0)
                newest = e.record.id;
            oldest = e.record.id;
            before = e.record.id;
            ++written;
        }
        if (rows.value().size() < kPageSize)
            break;
        if (progress && !progress(written))
            return abandon(folderProblem(tr("The export was stopped; nothing was kept.")));
    }
    if (!events.commit() || !table.commit())
        return abandon(folderProblem(tr("Cannot write the export: %1").arg(events.errorString())));

    QJsonObject manifest;
    manifest.insert(QStringLiteral("format"), QString::fromLatin1(kFormat));
    manifest.insert(QStringLiteral("encoding"), QString::fromLatin1(AuditChain::kVersionTag));
    manifest.insert(QStringLiteral("exported_at_utc"), nowUtc());
    manifest.insert(QStringLiteral("exported_by"), context.exportedBy);
    manifest.insert(QStringLiteral("server"), context.server);
    manifest.insert(QStringLiteral("reason"), context.reason);
    manifest.insert(QStringLiteral("filter"), context.filter);
    manifest.insert(QStringLiteral("contiguous"), context.contiguous);
    manifest.insert(QStringLiteral("export_event_id"), context.start.exportId);
    QJsonObject head;
    head.insert(QStringLiteral("last_id"), context.start.lastId);
    head.insert(QStringLiteral("last_hash"), QString::fromLatin1(context.start.lastHash.toHex()));
    head.insert(QStringLiteral("events"), context.start.events);
    manifest.insert(QStringLiteral("head"), head);
    QJsonObject range;
    range.insert(QStringLiteral("count"), written);
    range.insert(QStringLiteral("newest_id"), newest);
    range.insert(QStringLiteral("oldest_id"), oldest);
    manifest.insert(QStringLiteral("events"), range);
    manifest.insert(QStringLiteral("files"),
                    QJsonArray{events.entry(kEvents), table.entry(kTable)});
    QJsonArray checkpoints;
    for (const Checkpoint &c : context.checkpoints) {
        if (!c.remembered)
            checkpoints.append(c.toJson());
    }
    manifest.insert(QStringLiteral("checkpoints"), checkpoints);
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);

    QSaveFile manifestFile(partial + QLatin1Char('/') + kManifest);
    if (!manifestFile.open(QIODevice::WriteOnly) ||
        manifestFile.write(manifestBytes) != manifestBytes.size() || !manifestFile.commit())
        return abandon(
            folderProblem(tr("Cannot write the manifest: %1").arg(manifestFile.errorString())));
    if (key) {
        QSaveFile sig(partial + QLatin1Char('/') + kSignature);
        const QByteArray line =
            "ed25519 " + key->publicKey().toHex() + ' ' + key->sign(manifestBytes).toHex() + '\n';
        if (!sig.open(QIODevice::WriteOnly) || sig.write(line) != line.size() || !sig.commit())
            return abandon(
                folderProblem(tr("Cannot write the signature: %1").arg(sig.errorString())));
    }
    if (!QDir().rename(partial, target))
        return abandon(folderProblem(tr("Cannot move the export into %1.").arg(target)));
    return db::Result<EvidenceSummary>::ok({target, written, key != nullptr});
}

db::Result<EvidenceSummary> Evidence::exportFrom(const EvidenceSource &source,
                                                 const AuditQuery &query, const QString &folder,
                                                 const QString &reason, const AuditorKey *key,
                                                 const std::function<bool(qint64)> &progress) {
    // Before the record: an export that cannot be written is not an export.
    if (QFileInfo::exists(folder))
        return failed(tr("%1 exists already: choose a new folder for the export.")
                          .arg(QDir::cleanPath(folder)));
    auto start = source.begin(query.toJson(), reason);
    if (!start.isOk())
        return db::Result<EvidenceSummary>::fail(start.error());
    auto checkpoints = source.checkpoints();
    if (!checkpoints.isOk())
        return db::Result<EvidenceSummary>::fail(checkpoints.error());
    EvidenceContext context;
    context.exportedBy = source.exportedBy;
    context.server = source.server;
    context.reason = reason.trimmed();
    context.filter = query.toJson();
    context.contiguous = query.filter.timeOnly();
    context.start = start.value();
    context.checkpoints = checkpoints.value();
    return write(folder, context, source.page, key, progress);
}

EvidenceReport checkEvidence(const QString &folder, const QList<QByteArray> &trustedKeys) {
    EvidenceReport report;
    const QDir dir(folder);
    QFile manifestFile(dir.filePath(kManifest));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        report.problems << tr("No manifest.json in %1.").arg(folder);
        return report;
    }
    const QByteArray manifestBytes = manifestFile.readAll();
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    if (manifest.value(QLatin1String("format")).toString() != QLatin1String(Evidence::kFormat)) {
        report.problems
            << tr("manifest.json is not a %1 manifest.").arg(QLatin1String(Evidence::kFormat));
        return report;
    }

    // Who vouches for the manifest.
    QFile sigFile(dir.filePath(kSignature));
    if (sigFile.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> parts = sigFile.readAll().trimmed().split(' ');
        const QByteArray key = parts.size() == 3 ? QByteArray::fromHex(parts[1]) : QByteArray();
        const QByteArray sig = parts.size() == 3 ? QByteArray::fromHex(parts[2]) : QByteArray();
        if (parts.size() != 3 || parts[0] != "ed25519" || !ed25519Verify(key, manifestBytes, sig)) {
            report.problems << tr("The signature does not match manifest.json: the manifest was "
                                  "changed after it was signed.");
        } else if (!trustedKeys.isEmpty() && !trustedKeys.contains(key)) {
            report.problems << tr("manifest.json is signed by %1, which is not a key you trust.")
                                   .arg(QString::fromLatin1(key.toHex()));
        } else {
            report.signer = key;
            report.notes
                << tr("Signed by the auditor key %1.").arg(QString::fromLatin1(key.toHex()));
        }
    } else {
        report.notes << tr("Not signed: the files match the manifest, but nothing shows who "
                           "wrote the manifest.");
    }

    // Each file is what the manifest says.
    for (const QJsonValue &v : manifest.value(QLatin1String("files")).toArray()) {
        const QJsonObject f = v.toObject();
        const QString name = f.value(QLatin1String("name")).toString();
        QFile file(dir.filePath(QFileInfo(name).fileName()));
        if (!file.open(QIODevice::ReadOnly)) {
            report.problems << tr("%1 is missing.").arg(name);
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        if (QString::fromLatin1(hash.result().toHex()) !=
                f.value(QLatin1String("sha256")).toString() ||
            file.size() != f.value(QLatin1String("bytes")).toInteger())
            report.problems << tr("%1 was changed after the export: its SHA-256 is not the "
                                  "manifest's.")
                                   .arg(name);
    }

    // Every event's hash from its own fields; neighbours linked where nothing was left out.
    const QJsonObject head = manifest.value(QLatin1String("head")).toObject();
    const qint64 headId = head.value(QLatin1String("last_id")).toInteger();
    const QByteArray headHash =
        QByteArray::fromHex(head.value(QLatin1String("last_hash")).toString().toLatin1());
    const bool contiguous = manifest.value(QLatin1String("contiguous")).toBool();
    QHash<qint64, QByteArray> hashes;
    QFile events(dir.filePath(kEvents));
    if (events.open(QIODevice::ReadOnly)) {
        AuditRecord newer;
        bool first = true;
        int reported = 0;
        const auto problem = [&report, &reported](const QString &text) {
            if (++reported <= 20)
                report.problems << text;
        };
        while (!events.atEnd()) {
            const QByteArray line = events.readLine();
            if (line.trimmed().isEmpty())
                continue;
            const AuditRecord r = eventRecordIn(QJsonDocument::fromJson(line).object());
            ++report.events;
            if (r.id <= 0 || r.hash.size() != 32 || r.prevHash.size() != 32) {
                problem(tr("Line %1 of events.jsonl is not an audit event.").arg(report.events));
                continue;
            }
            if (AuditChain::computeHash(r.prevHash, r) != r.hash)
                problem(tr("Event #%1 was altered: its fields do not give its hash.").arg(r.id));
            if (first) {
                if (r.id > headId)
                    problem(
                        tr("Event #%1 is newer than the export's head #%2.").arg(r.id).arg(headId));
                if (r.id == headId && r.hash != headHash)
                    problem(tr("Event #%1 is not the head the export was recorded at.").arg(r.id));
            } else if (r.id >= newer.id) {
                problem(tr("Events are out of order at #%1.").arg(r.id));
            } else if (contiguous && newer.prevHash != r.hash) {
                problem(tr("Events are missing between #%1 and #%2: the chain does not link them.")
                            .arg(r.id)
                            .arg(newer.id));
            }
            hashes.insert(r.id, r.hash);
            newer = r;
            first = false;
        }
        const qint64 expected = manifest.value(QLatin1String("events"))
                                    .toObject()
                                    .value(QLatin1String("count"))
                                    .toInteger();
        if (report.events != expected)
            report.problems << tr("events.jsonl holds %1 events; the manifest says %2.")
                                   .arg(report.events)
                                   .arg(expected);
    } else {
        report.problems << tr("events.jsonl is missing.");
    }

    // Checkpoints: signed by whom they say, and agreeing with any event they name.
    int held = 0;
    for (const QJsonValue &v : manifest.value(QLatin1String("checkpoints")).toArray()) {
        const Checkpoint c = Checkpoint::fromJson(v.toObject());
        if (!c.signatureValid()) {
            report.problems
                << tr("The checkpoint at event #%1 is not validly signed.").arg(c.lastId);
            continue;
        }
        if (c.lastId > headId) {
            report.problems
                << tr("The checkpoint at event #%1 is beyond the export's head.").arg(c.lastId);
            continue;
        }
        if (hashes.contains(c.lastId) && hashes.value(c.lastId) != c.lastHash) {
            report.problems
                << tr("Event #%1 differs from the signed checkpoint at it.").arg(c.lastId);
            continue;
        }
        ++held;
    }
    if (report.holds())
        report.notes << tr("%n event(s) recomputed from their fields; every file matches the "
                           "manifest; %1 signed checkpoint(s) hold.",
                           static_cast<int>(report.events))
                            .arg(held);
    return report;
}

} // namespace cowin::audit
