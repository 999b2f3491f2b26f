// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/Checkpoint.h"
#include "db/DbError.h"

#include <QCoreApplication>
#include <QStringList>

namespace cowin::audit {

// Signed checkpoints kept outside the database: one JSON file per checkpoint in a folder that
// lives on another host (a mounted share, or a folder that operations copy off the database
// host). A superuser who cuts the newest events and deletes the stored checkpoints cannot
// reach these; verify-audit --witness holds the chain to every one of them.
class WitnessFolder {
    Q_DECLARE_TR_FUNCTIONS(WitnessFolder)
public:
    explicit WitnessFolder(QString path)
        : m_path(std::move(path)) {}

    // Writes checkpoint-<events>-<first 16 hex digits of the key>.json; never replaces a file.
    db::Result<QString> write(const Checkpoint &checkpoint) const;

    struct Contents {
        QList<Checkpoint> checkpoints;
        QStringList problems; // files that are not checkpoints: someone tampered with the folder
    };
    Contents read() const;

private:
    QString m_path;
};

} // namespace cowin::audit
