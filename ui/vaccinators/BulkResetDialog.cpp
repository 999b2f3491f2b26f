// SPDX-License-Identifier: Apache-2.0
#include "vaccinators/BulkResetDialog.h"

#include "ErrorText.h"
#include "login/SignInCalls.h"
#include "vaccinators/PlaceChooser.h"
#include "vaccinators/VaccinatorCalls.h"
#include "widgets/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cowin::ui {

using namespace vaccinators;
using vaccinators::VaccinatorCalls;

BulkResetDialog::BulkResetDialog(db::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_district(new QComboBox(this))
    , m_centre(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_send(new QCheckBox(tr("Send each account a one-time password by SMS"), this))
    , m_reason(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_errors(this, QStringLiteral("bulkError"))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_start(new QPushButton(tr("&Reset passwords"), this))
    , m_cancel(new QPushButton(tr("&Stop after this chunk"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_begin(new AuditedAction(session, &m_errors, m_start)) {
    setObjectName(QStringLiteral("bulkResetDialog"));
    setWindowTitle(tr("Bulk password reset"));
    setMinimumWidth(560);
    m_kind->setObjectName(QStringLiteral("bulkScopeKind"));
    m_kind->addItem(tr("Every account"), QStringLiteral("all"));
    m_kind->addItem(tr("The accounts of a state"), QStringLiteral("state"));
    m_kind->addItem(tr("The accounts of a district"), QStringLiteral("district"));
    m_kind->addItem(tr("The accounts of a centre"), QStringLiteral("centre"));
    // It opens on the narrowest scope; every account is a choice made on purpose.
    m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("centre")));
    m_state->setObjectName(QStringLiteral("bulkState"));
    m_district->setObjectName(QStringLiteral("bulkDistrict"));
    m_centre->setObjectName(QStringLiteral("bulkCentre"));
    m_preview->setObjectName(QStringLiteral("bulkPreview"));
    m_preview->setWordWrap(true);
    m_send->setObjectName(QStringLiteral("bulkSend"));
    m_send->setChecked(true);
    m_reason->setObjectName(QStringLiteral("bulkReason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("for example: incident 2026-114, partner data leak"));
    m_code->setObjectName(QStringLiteral("bulkCode"));
    m_code->setFont(codeFont());
    m_code->setMaxLength(7);
    m_code->setPlaceholderText(QStringLiteral("123456"));
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setVisible(false);
    m_progressText->setObjectName(QStringLiteral("bulkProgressText"));
    m_progressText->setWordWrap(true);
    m_start->setObjectName(QStringLiteral("bulkStart"));
    // Nothing destructive happens on Enter: the operator presses Reset on purpose.
    for (QPushButton *b : {m_start, m_cancel, m_close})
        b->setAutoDefault(false);
    m_cancel->setObjectName(QStringLiteral("bulkCancel"));
    m_cancel->setVisible(false);
    m_close->setObjectName(QStringLiteral("bulkClose"));

    auto *intro = new QLabel(
        tr("Every account in the scope must choose a new password at its next login, and its "
           "portal sessions end. Disabled accounts are left alone. Each account gets its own "
           "audit event."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("S&cope:"), m_kind);
    form->addRow(tr("S&tate:"), m_state);
    form->addRow(tr("&District:"), m_district);
    form->addRow(tr("C&entre:"), m_centre);
    form->addRow(QString(), m_preview);
    form->addRow(QString(), m_send);
    m_errors.addRow(form, tr("Re&ason:"), m_reason, QStringLiteral("reason"));
    form->addRow(tr("One-time &code:"), m_code);
    // A refusal of the code shows above the buttons, and the code field takes the focus.
    m_errors.setGeneralField(m_code);
    m_begin->setStepUpField(m_code);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_start);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errors.general());
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addLayout(buttons);
    wire();
}

void BulkResetDialog::wire() {
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BulkResetDialog::scopeChanged);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        PlaceChooser{QStringLiteral("district"), m_state->currentData().toString(), {}, {}}.fill(
            m_session, m_district,
            [this](const db::DbError &e) { m_errors.general()->setText(errorText(e)); });
        preview();
    });
    connect(m_district, &QComboBox::currentIndexChanged, this, [this] {
        PlaceChooser{QStringLiteral("centre"), m_district->currentData().toString(), {}, {}}.fill(
            m_session, m_centre,
            [this](const db::DbError &e) { m_errors.general()->setText(errorText(e)); });
        preview();
    });
    connect(m_centre, &QComboBox::currentIndexChanged, this, &BulkResetDialog::preview);
    connect(m_start, &QPushButton::clicked, this, &BulkResetDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelRequested = true;
        m_cancel->setEnabled(false);
        m_progressText->setText(tr("Stopping after the chunk in progress…"));
    });
    connect(m_close, &QPushButton::clicked, this, &BulkResetDialog::reject);
    PlaceChooser{QStringLiteral("state"), {}, {}, {}}.fill(
        m_session, m_state,
        [this](const db::DbError &e) { m_errors.general()->setText(errorText(e)); });
    scopeChanged();
}

QString BulkResetDialog::scopeKind() const {
    return m_kind->currentData().toString();
}

QString BulkResetDialog::scopeValue() const {
    const QString kind = scopeKind();
    if (kind == QLatin1String("state"))
        return m_state->currentData().toString();
    if (kind == QLatin1String("district"))
        return m_district->currentData().toString();
    if (kind == QLatin1String("centre"))
        return m_centre->currentData().toString();
    return {};
}

void BulkResetDialog::scopeChanged() {
    const QString kind = scopeKind();
    m_state->setEnabled(kind != QLatin1String("all"));
    m_district->setEnabled(kind == QLatin1String("district") || kind == QLatin1String("centre"));
    m_centre->setEnabled(kind == QLatin1String("centre"));
    preview();
}

void BulkResetDialog::preview() {
    if (m_bulkId > 0)
        return;
    m_previewed = -1;
    m_start->setEnabled(false);
    const QString kind = scopeKind();
    const QString value = scopeValue();
    if (kind != QLatin1String("all") && value.isEmpty()) {
        m_preview->setText(tr("Choose where."));
        return;
    }
    m_preview->setText(tr("Counting the accounts…"));
    m_session->call(&VaccinatorCalls::bulkPreview, kind, value)
        .then(this, [this, kind, value](const db::Result<BulkPreview> &r) {
            if (kind != scopeKind() || value != scopeValue() || m_bulkId > 0)
                return; // the operator chose another scope meanwhile
            if (!r.isOk()) {
                m_preview->setText(errorText(r.error()));
                return;
            }
            m_previewed = r.value().accounts;
            m_preview->setText(
                tr("<b>%1</b> accounts (%2) will be reset.")
                    .arg(QLocale().toString(r.value().accounts), r.value().label.toHtmlEscaped()));
            m_start->setEnabled(r.value().accounts > 0);
        });
}

void BulkResetDialog::start() {
    if (m_busy || m_begin->isRunning())
        return;
    if (m_bulkId > 0) { // resuming after a dropped connection
        m_busy = true;
        m_start->setEnabled(false);
        m_errors.clear();
        nextChunk();
        return;
    }
    const QString kind = scopeKind();
    const QString value = scopeValue();
    const bool send = m_send->isChecked();
    m_begin->run<qint64>(
        [this, kind, value, send](qint64 attempt) {
            return m_session->call(&VaccinatorCalls::bulkBegin, kind, value, m_reason->text(), send,
                                   attempt);
        },
        [this](qint64 bulkId) {
            m_bulkId = bulkId;
            m_busy = true;
            for (QWidget *w : std::initializer_list<QWidget *>{
                     m_kind, m_state, m_district, m_centre, m_send, m_reason, m_code, m_start})
                w->setEnabled(false);
            m_progress->setVisible(true);
            m_progress->setRange(0, 0);
            m_cancel->setVisible(true);
            m_close->setEnabled(false);
            m_progressText->setText(tr("Started."));
            nextChunk();
        });
}

void BulkResetDialog::nextChunk() {
    const qint64 id = m_bulkId;
    if (m_cancelRequested) {
        m_session->call(&VaccinatorCalls::bulkCancel, id)
            .then(this, [this](const db::Result<BulkProgress> &r) {
                m_busy = false;
                m_finished = true;
                m_cancel->setVisible(false);
                m_close->setEnabled(true);
                if (r.isOk())
                    m_progressText->setText(
                        tr("Stopped: %1 of %2 accounts were reset; the rest were not touched.")
                            .arg(QLocale().toString(r.value().done),
                                 QLocale().toString(r.value().planned)));
                else
                    m_errors.general()->setText(errorText(r.error()));
            });
        return;
    }
    m_session->call(&VaccinatorCalls::bulkChunk, id, kChunkSize)
        .then(this, [this](const db::Result<BulkProgress> &r) {
            if (!r.isOk()) {
                // Each chunk is its own transaction: nothing of this one was applied, and
                // Resume continues from the last committed chunk.
                m_busy = false;
                m_errors.general()->setText(tr("%1 The chunks done so far are kept; Resume "
                                               "continues where the server stopped.")
                                                .arg(errorText(r.error())));
                m_start->setText(tr("&Resume"));
                m_start->setEnabled(true);
                m_close->setEnabled(true);
                return;
            }
            showProgress(r.value());
            Q_EMIT progressed(r.value());
            if (r.value().finished) {
                m_busy = false;
                m_finished = true;
                m_cancel->setVisible(false);
                m_close->setEnabled(true);
                m_progressText->setText(
                    tr("Done: %1 accounts were reset.").arg(QLocale().toString(r.value().done)));
                return;
            }
            nextChunk();
        });
}

void BulkResetDialog::showProgress(const BulkProgress &p) {
    const int scale = p.planned > 1000000 ? 1000 : 1; // QProgressBar counts in int
    m_progress->setRange(0, static_cast<int>(qMax<qint64>(1, p.planned / scale)));
    m_progress->setValue(static_cast<int>(qMin(p.done, p.planned) / scale));
    m_progressText->setText(tr("%1 of %2 accounts reset…")
                                .arg(QLocale().toString(p.done), QLocale().toString(p.planned)));
}

void BulkResetDialog::reject() {
    if (isRunning()) {
        // Closing while chunks run means stop: the server keeps what it committed.
        m_cancelRequested = true;
        m_cancel->setEnabled(false);
        if (!m_busy)
            nextChunk();
        return;
    }
    QDialog::reject();
}

} // namespace cowin::ui
