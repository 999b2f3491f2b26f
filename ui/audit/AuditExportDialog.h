// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditFilter.h"
#include "db/Progress.h"
#include "db/Session.h"
#include "widgets/AuditedAction.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace cowin::ui {

class AuditorKeyPanel;

// Exports what the current filter finds as evidence: the export is recorded (with its reason)
// before the first event is read, the folder appears only when complete, and the manifest is
// signed with the auditor's key when there is one in this computer's keychain.
class AuditExportDialog : public QDialog {
    Q_OBJECT
public:
    AuditExportDialog(db::Session *session, const audit::AuditQuery &query,
                      const AuditorKeyPanel *keys, QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    void setReason(const QString &reason);
    void start();

Q_SIGNALS:
    void exported(const QString &folder, qint64 events, bool signedByKey);

private:
    void wire();
    db::Session *m_session;
    audit::AuditQuery m_query;
    const AuditorKeyPanel *m_keys;
    FieldErrors m_errors;
    QLineEdit *m_folder;
    QLineEdit *m_reason;
    QCheckBox *m_sign;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_browse = nullptr;
    QPushButton *m_export;
    QPushButton *m_close;
    AuditedAction *m_action;
    db::ProgressPtr m_progressReport; // of the export running, if any
};

} // namespace cowin::ui
