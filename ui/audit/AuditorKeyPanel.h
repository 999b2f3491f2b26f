// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/Checkpoint.h"
#include "db/Session.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;

namespace cowin::audit {
class KeychainAuditorKey;
}

namespace cowin::ui {

// The auditor's signing key, kept in this computer's keychain: create it once, sign the
// chain's current head as a checkpoint, sign evidence exports. Where no keychain can be used,
// a key file only its owner can read serves instead (the files cowin-admin --key-file reads),
// held in memory until sign-out. Only the public key and signatures leave the computer.
class AuditorKeyPanel : public QWidget {
    Q_OBJECT
public:
    AuditorKeyPanel(db::Session *session, const QString &user, const QString &server,
                    QWidget *parent = nullptr);

    const std::optional<audit::AuditorKey> &key() const { return m_key; }

    // The key in a file (refused with the reason when others may read it), or a new one
    // written to a new file; the file dialogs call these. False when it could not.
    bool useKeyFile(const QString &path);
    bool createKeyFile(const QString &path);
    QString keyFile() const { return m_keyFile; }

public Q_SLOTS:
    void signHead();

Q_SIGNALS:
    void keyChanged(bool present);
    void checkpointRecorded(qint64 lastId);

private:
    void showState(const QString &problem = {});

    db::Session *m_session;
    audit::KeychainAuditorKey *m_store;
    std::optional<audit::AuditorKey> m_key;
    QLabel *m_state;
    QPushButton *m_create;
    QPushButton *m_sign;
    QPushButton *m_forget;
    QPushButton *m_openFile;
    QPushButton *m_createFile;
    QString m_keyFile; // where the key in use came from; empty for the keychain
    QLabel *m_result;
    bool m_checked = false;
};

} // namespace cowin::ui
