// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "vaccinators/Vaccinator.h"
#include "widgets/AuditedAction.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cowin::ui {

// A password reset, an unlock or a disable of the accounts in a scope (all, a state, a
// district or a centre): shows how many accounts it touches and the first of them (the dry
// run), takes a reason and a fresh one-time code (step-up), then works chunk by chunk with
// progress. Two workers apply chunks side by side (the session's main connection and one
// beside it), each in a lane of its own on the server. It can be cancelled between chunks, and
// after a dropped connection it resumes from what the server committed.
class BulkActionDialog : public QDialog {
    Q_OBJECT
public:
    explicit BulkActionDialog(db::Session *session, QWidget *parent = nullptr);

    static constexpr int kChunkSize = 2000;
    static constexpr int kWaitForLaneMs = 100;
    static constexpr int kSampleSize = 20;
    bool isRunning() const { return m_bulkId > 0 && !m_finished; }

Q_SIGNALS:
    void progressed(const cowin::vaccinators::BulkProgress &progress);

protected:
    void reject() override;

private:
    void wire();
    vaccinators::BulkAction action() const;
    void actionChanged();
    QString scopeKind() const;
    QString scopeValue() const;
    QString scopeWords() const;
    void scopeChanged();
    void preview();
    void start();
    void nextChunk();
    void nextChunkBeside();
    void showProgress(const vaccinators::BulkProgress &p);

    db::Session *m_session;
    QComboBox *m_action;
    QLabel *m_intro;
    QComboBox *m_kind;
    QComboBox *m_state;
    QComboBox *m_district;
    QComboBox *m_centre;
    QLabel *m_preview;
    QTableWidget *m_sample;
    QCheckBox *m_send;
    QLineEdit *m_reason;
    QLineEdit *m_code;
    FieldErrors m_errors;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_close;
    AuditedAction *m_begin;
    qint64 m_bulkId = 0;
    bool m_cancelRequested = false;
    bool m_finished = false;
    bool m_busy = false;
    bool m_besideBusy = false;
    bool m_failed = false; // a chunk failed: the workers stop until Resume
    qint64 m_shownDone = 0;
};

} // namespace cowin::ui
