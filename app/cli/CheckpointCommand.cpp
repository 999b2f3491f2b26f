// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"

#include "audit/WitnessFolder.h"
#include "db/AdminClient.h"

namespace cowin::cli {

int runCheckpoint(const QStringList &args) {
    QCommandLineParser p;
    setUp(p, QStringLiteral("checkpoint"),
          QStringLiteral("sign the audit chain's head with an auditor's Ed25519 key"));
    p.addOption(dsnOption());
    p.addOption({QStringLiteral("key-file"),
                 QStringLiteral("the auditor's private key (PEM); never stored in the database"),
                 QStringLiteral("path")});
    p.addOption({QStringLiteral("new-key"),
                 QStringLiteral("create the key file (mode 0600) when it does not exist")});
    p.addOption(witnessOption(
        QStringLiteral("also write the signed checkpoint to this folder, outside the database")));
    p.process(args);
    if (const QString missing = missingOption(p, {"dsn", "key-file"}); !missing.isEmpty())
        return fail(missing);
    QString problem;
    const std::optional<audit::AuditorKey> key = readKeyFile(
        p.value(QStringLiteral("key-file")), p.isSet(QStringLiteral("new-key")), problem);
    if (!key)
        return fail(problem);
    db::PgConnection c;
    if (!connect(c, p.value(QStringLiteral("dsn"))))
        return 2;
    db::AdminClient admin(c);
    auto head = admin.auditHeadToSign();
    if (!head.isOk())
        return fail(describe(head.error()));
    audit::Checkpoint checkpoint = head.value();
    key->sign(checkpoint);
    auto recorded = admin.recordCheckpoint(checkpoint);
    if (!recorded.isOk())
        return fail(describe(recorded.error()));
    out() << "checkpoint " << recorded.value() << ": event " << checkpoint.lastId << ", "
          << checkpoint.events << " events, hash " << checkpoint.lastHash.toHex() << ", at "
          << checkpoint.takenAtUtc << ", signed by " << checkpoint.publicKey.toHex() << Qt::endl;
    if (p.isSet(QStringLiteral("witness"))) {
        auto written = audit::WitnessFolder(p.value(QStringLiteral("witness"))).write(checkpoint);
        if (!written.isOk())
            return fail(describe(written.error()));
        out() << "witnessed in " << written.value() << Qt::endl;
    }
    return 0;
}

} // namespace cowin::cli
