// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditRows.h"
#include "audit/SeenHead.h"
#include "db/Progress.h"
#include "db/Session.h"

#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QTimer;
class QProgressBar;
class QPushButton;

namespace cowin::ui {

// Verifies the audit chain in this console: every hash recomputed here from the stored events
// (OpenSSL), held to the signed checkpoints, with a progress bar and a way to stop. The result
// names the first broken event, or the checkpoint that shows a rewrite or a cut. The newest
// head the console has been shown is remembered (audit::SeenHead) and held to as well.
class AuditVerifyPanel : public QWidget {
    Q_OBJECT
public:
    // server: where the server is (ConnectionProfile::identity), naming with the trail's first
    // event where the remembered head belongs.
    AuditVerifyPanel(db::Session *session, const QString &server, QWidget *parent = nullptr);

    bool running() const { return m_running; }

public Q_SLOTS:
    void refreshHead();
    void verify();
    void cancel();

Q_SIGNALS:
    void finished(bool intact);

private:
    audit::SeenHead seenHead() const;
    void show(const audit::ChainReport &report);
    void showSealing(const audit::SealStatus &status);

    db::Session *m_session;
    QString m_server;
    QByteArray m_firstHash; // of the trail's first sealed event, once read
    QLabel *m_head;
    QLabel *m_sealing;
    QPushButton *m_verify;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_result;
    QTimer *m_refresh;
    qint64 m_events = 0;
    bool m_running = false;
    db::ProgressPtr m_progressReport; // of the verification running, if any
};

} // namespace cowin::ui
