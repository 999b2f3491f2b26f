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
// chain's current head as a checkpoint, sign evidence exports. Only the public key and
// signatures leave the computer.
class AuditorKeyPanel : public QWidget {
    Q_OBJECT
public:
    AuditorKeyPanel(db::Session *session, const QString &user, const QString &server,
                    QWidget *parent = nullptr);

    const std::optional<audit::AuditorKey> &key() const { return m_key; }

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
    QLabel *m_result;
    bool m_checked = false;
};

} // namespace cowin::ui
