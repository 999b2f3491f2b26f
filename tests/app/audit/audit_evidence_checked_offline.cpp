// SPDX-License-Identifier: Apache-2.0
// Evidence exports checked far from the database: an intact export holds; a flipped byte, an
// edited event (with or without its file hash and its own hash fixed up), a deleted event, a
// rewritten history against a signed checkpoint and an untrusted signer are each reported.
// And an event's details read as field changes.
#include "audit/AuditChain.h"
#include "audit/AuditEvent.h"
#include "audit/Evidence.h"
#include "files/Csv.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace cowin;
using namespace cowin::audit;

namespace {
QList<AuditEvent> chain(int n) {
    QList<AuditEvent> out;
    QByteArray prev = AuditChain::genesisHash();
    for (int i = 1; i <= n; ++i) {
        AuditEvent e;
        AuditRecord &r = e.record;
        r.id = i * 2; // ids need not be consecutive: a rolled-back append burns one
        r.occurredAtUtc =
            QStringLiteral("2026-11-23T02:00:%1.123456Z").arg(i, 2, 10, QLatin1Char('0'));
        r.actor = i % 3 ? QStringLiteral("hd_ka_001") : QStringLiteral("asha_admin");
        r.clientAddr = QStringLiteral("10.20.3.%1").arg(i);
        r.action =
            i % 4 ? QStringLiteral("vaccinator.password_reset") : QStringLiteral("otp.failed");
        r.targetType = QStringLiteral("vaccinator");
        r.targetId = QStringLiteral("sp%1").arg(i, 7, 10, QLatin1Char('0'));
        r.reason =
            i % 5 ? std::optional<QString>(QStringLiteral("=caller, \"verified\"\nby callback"))
                  : std::nullopt;
        r.details = QStringLiteral(
            R"({"after": {"must_change_password": true}, "before": {"must_change_password": false}, "name": "Ravi K"})");
        r.prevHash = prev;
        r.hash = AuditChain::computeHash(prev, r);
        prev = r.hash;
        e.failure = r.action == QLatin1String("otp.failed");
        out << e;
    }
    return out;
}

// Pages newest first below beforeId, as the server answers.
db::Result<QList<AuditEvent>> pageOf(const QList<AuditEvent> &events, qint64 before,
                                     const std::function<bool(const AuditEvent &)> &keep = {}) {
    QList<AuditEvent> page;
    for (auto it = events.rbegin(); it != events.rend() && page.size() < Evidence::kPageSize;
         ++it) {
        if (it->record.id < before && (!keep || keep(*it)))
            page << *it;
    }
    return db::Result<QList<AuditEvent>>::ok(page);
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Makes the manifest name the files as they now are (what someone hiding an edit would do).
void refreshManifest(const QString &folder, qint64 count = -1) {
    QJsonObject m =
        QJsonDocument::fromJson(readAll(folder + QStringLiteral("/manifest.json"))).object();
    QJsonArray files;
    for (const QJsonValue &v : m.value(QStringLiteral("files")).toArray()) {
        QJsonObject f = v.toObject();
        const QByteArray bytes =
            readAll(folder + QLatin1Char('/') + f.value(QStringLiteral("name")).toString());
        f.insert(QStringLiteral("sha256"),
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        f.insert(QStringLiteral("bytes"), bytes.size());
        files.append(f);
    }
    m.insert(QStringLiteral("files"), files);
    if (count >= 0) {
        QJsonObject e = m.value(QStringLiteral("events")).toObject();
        e.insert(QStringLiteral("count"), count);
        m.insert(QStringLiteral("events"), e);
    }
    writeAll(folder + QStringLiteral("/manifest.json"), QJsonDocument(m).toJson());
}

QList<QByteArray> lines(const QString &folder) {
    QList<QByteArray> out = readAll(folder + QStringLiteral("/events.jsonl")).split('\n');
    out.removeAll(QByteArray());
    return out;
}

void writeLines(const QString &folder, const QList<QByteArray> &l) {
    writeAll(folder + QStringLiteral("/events.jsonl"), l.join('\n') + '\n');
}
} // namespace

class AuditEvidenceCheckedOffline : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<AuditEvent> m_events = chain(2500); // three pages
    std::optional<AuditorKey> m_key = AuditorKey::generate();
    std::optional<AuditorKey> m_otherKey = AuditorKey::generate();

    EvidenceContext context(bool contiguous) const {
        EvidenceContext c;
        c.exportedBy = QStringLiteral("kabir_auditor");
        c.server = QStringLiteral("db.example:5432/cowin");
        c.reason = QStringLiteral("CERT-In case 114");
        c.filter = QJsonObject{{QStringLiteral("span"), QStringLiteral("any_time")}};
        c.contiguous = contiguous;
        c.start.exportId = m_events.last().record.id;
        c.start.lastId = m_events.last().record.id;
        c.start.lastHash = m_events.last().record.hash;
        c.start.events = m_events.size();
        Checkpoint cp;
        const AuditRecord &r = m_events.at(1999).record;
        cp.lastId = r.id;
        cp.lastHash = r.hash;
        cp.events = 2000;
        cp.takenAtUtc = QStringLiteral("2026-11-23T03:00:00.000000Z");
        m_key->sign(cp);
        c.checkpoints << cp;
        return c;
    }

    // A fresh signed export of the whole chain, in its own folder.
    QString exported(const QString &name, bool sign = true) {
        const QString folder = m_dir.filePath(name);
        auto r = Evidence::write(
            folder, context(true), [this](qint64 before) { return pageOf(m_events, before); },
            sign ? &*m_key : nullptr);
        if (!r.isOk())
            qWarning() << r.error().message;
        return r.isOk() ? folder : QString();
    }

    static bool mentions(const EvidenceReport &r, const QString &words) {
        for (const QString &p : r.problems) {
            if (p.contains(words))
                return true;
        }
        qWarning() << "problems:" << r.problems;
        return false;
    }

private Q_SLOTS:
    void anIntactExportHolds() {
        const QString folder = exported(QStringLiteral("intact"));
        QVERIFY(!folder.isEmpty());
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral(".partial")));
        const EvidenceReport r = checkEvidence(folder, {m_key->publicKey()});
        QVERIFY2(r.holds(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QCOMPARE(r.events, 2500);
        QCOMPARE(r.signer, m_key->publicKey());
        // The CSV is for people: one header and one record per event, formulas neutralised.
        const QList<QStringList> csv =
            files::Csv::parse(readAll(folder + QStringLiteral("/events.csv")));
        QCOMPARE(csv.size(), 2501);
        QCOMPARE(csv.at(1).at(0), QStringLiteral("5000"));
        QVERIFY(csv.at(2).at(8).startsWith(QStringLiteral("'=caller")));
        // Newest first, as browsed.
        QVERIFY(lines(folder).first().contains("\"id\":5000"));
    }

    // An old reason with a line break, an escape sequence and a C1 control: the export holds
    // (the JSON carries the exact text), and neither file carries a raw control character.
    void controlCharactersNeverReachAFileRaw() {
        QList<AuditEvent> events = chain(3);
        events[1].record.reason = QStringLiteral("line\nbreak \x1b[31mred\u0085next\x7f");
        for (int i = 1; i < events.size(); ++i) {
            events[i].record.prevHash = events[i - 1].record.hash;
            events[i].record.hash =
                AuditChain::computeHash(events[i].record.prevHash, events[i].record);
        }
        EvidenceContext c = context(true);
        c.start.exportId = c.start.lastId = events.last().record.id;
        c.start.lastHash = events.last().record.hash;
        c.start.events = events.size();
        c.checkpoints.clear();
        const QString folder = m_dir.filePath(QStringLiteral("controls"));
        auto written = Evidence::write(
            folder, c, [&events](qint64 before) { return pageOf(events, before); }, nullptr);
        QVERIFY(written.isOk());
        const EvidenceReport r = checkEvidence(folder);
        QVERIFY2(r.holds(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        for (const char *file : {"/events.jsonl", "/events.csv"}) {
            const QByteArray bytes = readAll(folder + QLatin1String(file));
            for (int i = 0; i < bytes.size(); ++i) {
                const auto b = static_cast<unsigned char>(bytes.at(i));
                const bool lineEnd =
                    b == '\n' || (b == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n');
                QVERIFY2(lineEnd || (b >= 0x20 && b != 0x7F), file);
                QVERIFY2(!(b == 0xC2 && i + 1 < bytes.size() &&
                           static_cast<unsigned char>(bytes.at(i + 1)) <= 0x9F),
                         file);
            }
        }
        QVERIFY(readAll(folder + QStringLiteral("/events.csv"))
                    .contains("line\\x0Abreak \\x1B[31mred\\x85next\\x7F"));
    }

    void anExistingFolderIsNeverOverwritten() {
        const QString folder = m_dir.filePath(QStringLiteral("taken"));
        QVERIFY(QDir().mkpath(folder));
        auto r = Evidence::write(
            folder, context(true), [this](qint64 before) { return pageOf(m_events, before); },
            nullptr);
        QVERIFY(!r.isOk());
        QVERIFY(r.error().message.contains(QStringLiteral("exists already")));
    }

    void aStoppedExportLeavesNothing() {
        const QString folder = m_dir.filePath(QStringLiteral("stopped"));
        auto r = Evidence::write(
            folder, context(true), [this](qint64 before) { return pageOf(m_events, before); },
            nullptr, [](qint64) { return false; });
        QVERIFY(!r.isOk());
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral(".partial")));
    }

    void oneFlippedByteIsFound() {
        const QString folder = exported(QStringLiteral("flipped"));
        QByteArray bytes = readAll(folder + QStringLiteral("/events.jsonl"));
        const int at = bytes.indexOf("hd_ka_001", bytes.size() / 2);
        bytes[at + 3] = 'x';
        writeAll(folder + QStringLiteral("/events.jsonl"), bytes);
        QVERIFY(mentions(checkEvidence(folder), QStringLiteral("events.jsonl was changed")));
    }

    void anEditedManifestBreaksItsSignature() {
        const QString folder = exported(QStringLiteral("manifest"));
        QList<QByteArray> l = lines(folder);
        l[10].replace("10.20.3.", "10.99.3.");
        writeLines(folder, l);
        refreshManifest(folder);
        QVERIFY(mentions(checkEvidence(folder), QStringLiteral("changed after it was signed")));
    }

    void anEditedEventIsFoundByItsHash() {
        const QString folder = exported(QStringLiteral("edited"), false);
        QList<QByteArray> l = lines(folder);
        const qint64 id =
            QJsonDocument::fromJson(l.at(10)).object().value(QStringLiteral("id")).toInteger();
        l[10].replace("10.20.3.", "10.99.3.");
        writeLines(folder, l);
        refreshManifest(folder);
        QVERIFY(mentions(checkEvidence(folder), QStringLiteral("Event #%1 was altered").arg(id)));
    }

    void aDeletedEventBreaksTheLinks() {
        const QString folder = exported(QStringLiteral("deleted"), false);
        QList<QByteArray> l = lines(folder);
        const auto idOf = [&l](int i) {
            return QJsonDocument::fromJson(l.at(i))
                .object()
                .value(QStringLiteral("id"))
                .toInteger();
        };
        const qint64 newer = idOf(99);
        const qint64 older = idOf(101);
        l.removeAt(100);
        writeLines(folder, l);
        refreshManifest(folder, l.size());
        QVERIFY(mentions(
            checkEvidence(folder),
            QStringLiteral("Events are missing between #%1 and #%2").arg(older).arg(newer)));
    }

    void aRecomputedHistoryFailsTheSignedCheckpoint() {
        // Event 1000 rewritten and every later hash recomputed: each event and link fits, and
        // the head is rewritten too, but the checkpoint signed at event 2000 remembers.
        QList<AuditEvent> forged = m_events;
        forged[999].record.reason = QStringLiteral("nothing to see");
        for (int i = 999; i < forged.size(); ++i) {
            forged[i].record.prevHash = forged.at(i - 1).record.hash;
            forged[i].record.hash =
                AuditChain::computeHash(forged.at(i).record.prevHash, forged.at(i).record);
        }
        EvidenceContext c = context(true);
        c.start.lastHash = forged.last().record.hash;
        const QString folder = m_dir.filePath(QStringLiteral("forged"));
        QVERIFY(Evidence::write(
                    folder, c, [&forged](qint64 before) { return pageOf(forged, before); }, nullptr)
                    .isOk());
        QVERIFY(mentions(checkEvidence(folder),
                         QStringLiteral("Event #%1 differs from the signed checkpoint")
                             .arg(m_events.at(1999).record.id)));
    }

    void anUntrustedSignerIsNamed() {
        const QString folder = exported(QStringLiteral("untrusted"));
        QVERIFY(mentions(checkEvidence(folder, {m_otherKey->publicKey()}),
                         QStringLiteral("not a key you trust")));
    }

    void aFilteredExportHoldsWithGaps() {
        const QString folder = m_dir.filePath(QStringLiteral("filtered"));
        EvidenceContext c = context(false);
        auto r = Evidence::write(
            folder, c,
            [this](qint64 before) {
                return pageOf(m_events, before, [](const AuditEvent &e) { return e.failure; });
            },
            &*m_key);
        QVERIFY(r.isOk());
        QCOMPARE(r.value().events, 625);
        const EvidenceReport report = checkEvidence(folder);
        QVERIFY2(report.holds(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    }

    void detailsReadAsFieldChanges() {
        const EventDetails d = readDetails(QStringLiteral(
            R"({"after": {"groups": ["helpdesk", "incident"], "scope": {"states": []}}, "before": {"groups": ["helpdesk"], "scope": {"states": ["KA"]}, "gone": 1}, "name": "Ravi K", "version": 3})"));
        QVERIFY(d.readable);
        QCOMPARE(d.changes.size(), 3);
        QCOMPARE(d.changes.at(0).field, QStringLiteral("gone"));
        QCOMPARE(d.changes.at(0).before, QStringLiteral("1"));
        QCOMPARE(d.changes.at(0).after, QString());
        QVERIFY(d.changes.at(0).changed);
        QCOMPARE(d.changes.at(1).field, QStringLiteral("groups"));
        QCOMPARE(d.changes.at(1).after, QStringLiteral(R"(["helpdesk","incident"])"));
        QCOMPARE(d.changes.at(2).field, QStringLiteral("scope.states"));
        QCOMPARE(d.facts.size(), 2);
        QCOMPARE(d.facts.at(0), qMakePair(QStringLiteral("name"), QStringLiteral("Ravi K")));
        // A state change recorded as two words, and details that are not an object.
        const EventDetails s =
            readDetails(QStringLiteral(R"({"after": "suspended", "before": "active"})"));
        QCOMPARE(s.changes.size(), 1);
        QCOMPARE(s.changes.at(0).before, QStringLiteral("active"));
        QVERIFY(!readDetails(QStringLiteral("[1, 2]")).readable);
        QVERIFY(readDetails(std::nullopt).changes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(AuditEvidenceCheckedOffline)
#include "audit_evidence_checked_offline.moc"
