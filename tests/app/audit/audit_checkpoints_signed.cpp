// SPDX-License-Identifier: Apache-2.0
// Ed25519 checkpoints (OpenSSL): a signature holds only for exactly what was signed, with the
// key that signed it; and a chain held to its checkpoints shows a rewrite with every hash
// recomputed, a cut tail and an untrusted key, none of which the hash chain alone can show.
#include "audit/AuditChain.h"
#include "audit/Checkpoint.h"
#include "audit/SeenHead.h"

#include <QStandardPaths>
#include <QtTest>

using namespace cowin::audit;
using Problem = CheckpointCheck::Problem;

namespace {
QList<AuditRecord> chain(int n) {
    QList<AuditRecord> out;
    QByteArray prev = AuditChain::genesisHash();
    for (int i = 1; i <= n; ++i) {
        AuditRecord r;
        r.id = i;
        r.occurredAtUtc =
            QStringLiteral("2026-11-23T02:00:%1.000000Z").arg(i, 2, 10, QLatin1Char('0'));
        r.actor = QStringLiteral("hd_ka_001");
        r.action = QStringLiteral("vaccinator.password_reset");
        r.targetType = QStringLiteral("vaccinator");
        r.targetId = QStringLiteral("sp%1").arg(i, 7, 10, QLatin1Char('0'));
        r.reason = QStringLiteral("caller verified by a call back");
        r.prevHash = prev;
        r.hash = AuditChain::computeHash(prev, r);
        prev = r.hash;
        out << r;
    }
    return out;
}

// Recomputes every hash from index `from` on, as a superuser hiding an edit would.
void recompute(QList<AuditRecord> &records, int from) {
    for (int i = from; i < records.size(); ++i) {
        records[i].prevHash = i == 0 ? AuditChain::genesisHash() : records.at(i - 1).hash;
        records[i].hash = AuditChain::computeHash(records.at(i).prevHash, records.at(i));
    }
}

Checkpoint at(const QList<AuditRecord> &records, int index, const AuditorKey &key) {
    Checkpoint c;
    c.lastId = records.at(index).id;
    c.lastHash = records.at(index).hash;
    c.events = index + 1;
    c.takenAtUtc = QStringLiteral("2026-11-23T03:00:00.000000Z");
    key.sign(c);
    return c;
}

// Walks records through the chain verifier and the checkpoint check, as the console does.
std::pair<bool, CheckpointCheck::Finding> walk(const QList<AuditRecord> &records,
                                               const QList<Checkpoint> &checkpoints,
                                               const QList<QByteArray> &trusted = {}) {
    AuditChainVerifier verifier;
    CheckpointCheck check(checkpoints, trusted);
    for (const AuditRecord &r : records) {
        if (!verifier.add(r))
            break;
        check.see(r.id, r.hash, verifier.checked());
    }
    if (verifier.intact())
        check.finish();
    return {verifier.intact(), check.finding()};
}
} // namespace

class AuditCheckpointsSigned : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void signatureCoversExactlyWhatWasSigned() {
        const auto key = AuditorKey::generate();
        QVERIFY(key);
        QCOMPARE(key->publicKey().size(), 32);
        const auto records = chain(3);
        Checkpoint c = at(records, 2, *key);
        QCOMPARE(c.signature.size(), 64);
        QVERIFY(c.signatureValid());
        for (int field = 0; field < 4; ++field) {
            Checkpoint changed = c;
            switch (field) {
            case 0:
                changed.lastId += 1;
                break;
            case 1:
                changed.lastHash[5] = static_cast<char>(changed.lastHash[5] ^ 1);
                break;
            case 2:
                changed.events -= 1;
                break;
            default:
                changed.takenAtUtc.replace(QLatin1Char('3'), QLatin1Char('4'));
                break;
            }
            QVERIFY2(!changed.signatureValid(), qPrintable(QString::number(field)));
        }
        const auto other = AuditorKey::generate();
        Checkpoint forged = c;
        forged.publicKey = other->publicKey();
        QVERIFY(!forged.signatureValid());
    }

    void keyRoundTripsThroughPem() {
        const auto key = AuditorKey::generate();
        const QByteArray pem = key->toPem();
        QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
        const auto back = AuditorKey::fromPem(pem);
        QVERIFY(back);
        QCOMPARE(back->publicKey(), key->publicKey());
        QVERIFY(!AuditorKey::fromPem(
            "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n"));
    }

    void intactChainMeetsItsCheckpoints() {
        const auto key = AuditorKey::generate();
        const auto records = chain(10);
        const auto [intact, finding] =
            walk(records, {at(records, 5, *key), at(records, 9, *key)}, {key->publicKey()});
        QVERIFY(intact);
        QCOMPARE(finding.problem, Problem::None);
    }

    void rewriteWithEveryHashRecomputedIsFound() {
        const auto key = AuditorKey::generate();
        auto records = chain(10);
        const QList<Checkpoint> checkpoints{at(records, 5, *key)};
        records[2].reason = QStringLiteral("nothing happened");
        recompute(records, 2);
        const auto [intact, finding] = walk(records, checkpoints);
        QVERIFY(intact); // the chain alone cannot tell
        QCOMPARE(finding.problem, Problem::Rewritten);
        QCOMPARE(finding.checkpointLastId, 6);
    }

    void deletedRowWithTheChainRelinkedIsFound() {
        const auto key = AuditorKey::generate();
        auto records = chain(10);
        const QList<Checkpoint> checkpoints{at(records, 7, *key)};
        records.removeAt(3);
        recompute(records, 3);
        const auto [intact, finding] = walk(records, checkpoints);
        QVERIFY(intact);
        QCOMPARE(finding.problem, Problem::Rewritten);
    }

    void cutTailIsFound() {
        const auto key = AuditorKey::generate();
        auto records = chain(10);
        const QList<Checkpoint> checkpoints{at(records, 5, *key), at(records, 9, *key)};
        records.resize(8);
        const auto [intact, finding] = walk(records, checkpoints);
        QVERIFY(intact);
        QCOMPARE(finding.problem, Problem::Cut);
        QCOMPARE(finding.checkpointLastId, 10);
    }

    void rememberedHeadNeedsNoSignatureAndIsKeptNewest() {
        QStandardPaths::setTestModeEnabled(true);
        auto records = chain(10);
        const QString server =
            QStringLiteral("test server %1").arg(QCoreApplication::applicationPid());
        SeenHead seen(server, records.first().hash);
        seen.offer(records.at(9).id, records.at(9).hash, 10);
        seen.offer(records.at(4).id, records.at(4).hash, 5); // older: ignored
        const auto head = seen.load();
        QVERIFY(head && head->remembered);
        QCOMPARE(head->lastId, 10);
        records.resize(9);
        const auto [intact, finding] = walk(records, {*head}, {QByteArray(32, 'k')});
        QVERIFY(intact);
        QCOMPARE(finding.problem, Problem::Cut);
        QVERIFY(finding.remembered);
        // The same address with another trail (a database made anew) remembers nothing of it,
        // and neither does an empty trail.
        QVERIFY(!SeenHead(server, QByteArray(32, 'z')).load());
        QVERIFY(!SeenHead(server, QByteArray()).isKnown());
    }

    void checkpointsOfAnUnknownKeyAreNotTrusted() {
        const auto key = AuditorKey::generate();
        const auto auditor = AuditorKey::generate();
        const auto records = chain(4);
        const auto [intact, finding] =
            walk(records, {at(records, 3, *key)}, {auditor->publicKey()});
        QVERIFY(intact);
        QCOMPARE(finding.problem, Problem::UntrustedKey);
    }
};

QTEST_GUILESS_MAIN(AuditCheckpointsSigned)
#include "audit_checkpoints_signed.moc"
