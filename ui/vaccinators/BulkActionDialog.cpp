// SPDX-License-Identifier: Apache-2.0
#include "vaccinators/BulkActionDialog.h"

#include "ErrorText.h"
#include "login/SignInCalls.h"
#include "vaccinators/PlaceChooser.h"
#include "vaccinators/VaccinatorCalls.h"
#include "vaccinators/VaccinatorListModel.h"
#include "widgets/Style.h"
#include "widgets/TextSize.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace cowin::ui {

using namespace vaccinators;
using vaccinators::VaccinatorCalls;

BulkActionDialog::BulkActionDialog(db::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_action(new QComboBox(this))
    , m_intro(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_district(new QComboBox(this))
    , m_centre(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_sample(new QTableWidget(0, 4, this))
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
    setObjectName(QStringLiteral("bulkActionDialog"));
    setWindowTitle(tr("Bulk action"));
    setMinimumWidth(600);
    m_action->setObjectName(QStringLiteral("bulkAction"));
    m_action->addItem(tr("Reset their passwords"), static_cast<int>(BulkAction::Reset));
    m_action->addItem(tr("Unlock the locked ones"), static_cast<int>(BulkAction::Unlock));
    m_action->addItem(tr("Disable them"), static_cast<int>(BulkAction::Disable));
    m_intro->setWordWrap(true);
    m_sample->setObjectName(QStringLiteral("bulkSample"));
    m_sample->setAccessibleName(tr("The first accounts it touches"));
    m_sample->setHorizontalHeaderLabels({tr("Login ID"), tr("Name"), tr("Centre"), tr("Status")});
    m_sample->verticalHeader()->hide();
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->setSelectionMode(QAbstractItemView::NoSelection);
    m_sample->horizontalHeader()->setStretchLastSection(true);
    m_sample->setColumnWidth(0, 110);
    m_sample->setColumnWidth(1, 150);
    m_sample->setColumnWidth(2, 150);
    m_sample->setTextElideMode(Qt::ElideRight);
    m_sample->setMinimumHeight(160);
    m_sample->setMaximumHeight(260);
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
    keepScaledFont(m_code, 1.2, true);
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

    auto *form = new QFormLayout;
    form->addRow(tr("Acti&on:"), m_action);
    form->addRow(tr("S&cope:"), m_kind);
    form->addRow(tr("S&tate:"), m_state);
    form->addRow(tr("&District:"), m_district);
    form->addRow(tr("C&entre:"), m_centre);
    form->addRow(QString(), m_preview);
    form->addRow(QString(), m_sample);
    form->addRow(QString(), m_send);
    m_errors.addRow(form, tr("Re&ason:"), m_reason, QStringLiteral("reason"));
    form->addRow(tr("O&ne-time code:"), m_code);
    // A refusal of the code shows above the buttons, and the code field takes the focus.
    m_errors.setGeneralField(m_code);
    m_begin->setStepUpField(m_code);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_start);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_errors.general());
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addLayout(buttons);
    wire();
}

void BulkActionDialog::wire() {
    connect(m_action, &QComboBox::currentIndexChanged, this, &BulkActionDialog::actionChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BulkActionDialog::scopeChanged);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        PlaceChooser{QStringLiteral("district"), m_state->currentData().toString(), {}, {}}.fill(
            m_session, m_district,
            [this](const db::DbError &e) { m_errors.setGeneral(errorText(e)); });
        preview();
    });
    connect(m_district, &QComboBox::currentIndexChanged, this, [this] {
        PlaceChooser{QStringLiteral("centre"), m_district->currentData().toString(), {}, {}}.fill(
            m_session, m_centre,
            [this](const db::DbError &e) { m_errors.setGeneral(errorText(e)); });
        preview();
    });
    connect(m_centre, &QComboBox::currentIndexChanged, this, &BulkActionDialog::preview);
    connect(m_start, &QPushButton::clicked, this, &BulkActionDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelRequested = true;
        m_cancel->setEnabled(false);
        m_progressText->setText(tr("Stopping after the chunk in progress…"));
    });
    connect(m_close, &QPushButton::clicked, this, &BulkActionDialog::reject);
    PlaceChooser{QStringLiteral("state"), {}, {}, {}}.fill(
        m_session, m_state, [this](const db::DbError &e) { m_errors.setGeneral(errorText(e)); });
    actionChanged();
}

BulkAction BulkActionDialog::action() const {
    return static_cast<BulkAction>(m_action->currentData().toInt());
}

void BulkActionDialog::actionChanged() {
    switch (action()) {
    case BulkAction::Reset:
        m_intro->setText(tr("Every enabled account in the scope must choose a new password at "
                            "its next login, and its portal sessions end. Each account gets "
                            "its own audit event."));
        m_start->setText(tr("&Reset passwords"));
        break;
    case BulkAction::Unlock:
        m_intro->setText(tr("Every account in the scope that the portal locked after failed "
                            "logins may sign in again. Each account gets its own audit event."));
        m_start->setText(tr("&Unlock accounts"));
        break;
    case BulkAction::Disable:
        m_intro->setText(tr("Every enabled account in the scope can no longer sign in to the "
                            "portal: its sessions end and its undelivered one-time passwords "
                            "are withdrawn. Each account gets its own audit event; an admin "
                            "can enable an account again."));
        m_start->setText(tr("Disa&ble accounts"));
        break;
    }
    // Only a reset sends anything.
    m_send->setVisible(action() == BulkAction::Reset);
    scopeChanged();
}

QString BulkActionDialog::scopeKind() const {
    return m_kind->currentData().toString();
}

QString BulkActionDialog::scopeValue() const {
    const QString kind = scopeKind();
    if (kind == QLatin1String("state"))
        return m_state->currentData().toString();
    if (kind == QLatin1String("district"))
        return m_district->currentData().toString();
    if (kind == QLatin1String("centre"))
        return m_centre->currentData().toString();
    return {};
}

QString BulkActionDialog::scopeWords() const {
    // Said here, in the operator's language, from the places as chosen; the server's label is
    // for the audit trail.
    const QString kind = scopeKind();
    if (kind == QLatin1String("state"))
        return tr("state %1").arg(m_state->currentText());
    if (kind == QLatin1String("district"))
        return tr("district %1, %2").arg(m_district->currentText(), m_state->currentText());
    if (kind == QLatin1String("centre"))
        return tr("centre %1, %2").arg(m_centre->currentText(), m_district->currentText());
    return tr("every account");
}

void BulkActionDialog::scopeChanged() {
    const QString kind = scopeKind();
    m_state->setEnabled(kind != QLatin1String("all"));
    m_district->setEnabled(kind == QLatin1String("district") || kind == QLatin1String("centre"));
    m_centre->setEnabled(kind == QLatin1String("centre"));
    preview();
}

void BulkActionDialog::preview() {
    if (m_bulkId > 0)
        return;
    m_start->setEnabled(false);
    m_sample->setRowCount(0);
    const BulkAction what = action();
    const QString kind = scopeKind();
    const QString value = scopeValue();
    if (kind != QLatin1String("all") && value.isEmpty()) {
        m_preview->setText(tr("Choose where."));
        return;
    }
    m_preview->setText(tr("Counting the accounts…"));
    // The operator may choose another action or scope meanwhile: an answer for an earlier
    // choice is dropped.
    const auto current = [this, what, kind, value] {
        return what == action() && kind == scopeKind() && value == scopeValue() && m_bulkId == 0;
    };
    m_session->call(&VaccinatorCalls::bulkPreview, what, kind, value)
        .then(this, [this, current, what](const db::Result<BulkPreview> &r) {
            if (!current())
                return;
            if (!r.isOk()) {
                m_preview->setText(errorText(r.error()));
                return;
            }
            // %Ln: the count in the operator's locale, and the plural it takes.
            const int n = static_cast<int>(std::min<qint64>(r.value().accounts, INT_MAX));
            const QString where = scopeWords().toHtmlEscaped();
            m_preview->setText(
                what == BulkAction::Reset
                    ? tr("<b>%Ln</b> account(s) (%1) will be reset.", nullptr, n).arg(where)
                : what == BulkAction::Unlock
                    ? tr("<b>%Ln</b> locked account(s) (%1) will be unlocked.", nullptr, n)
                          .arg(where)
                    : tr("<b>%Ln</b> account(s) (%1) will be disabled.", nullptr, n).arg(where));
            m_start->setEnabled(r.value().accounts > 0);
        });
    m_session->call(&VaccinatorCalls::bulkSample, what, kind, value, kSampleSize)
        .then(this, [this, current](const db::Result<QList<BulkSampleRow>> &r) {
            if (!current() || !r.isOk())
                return;
            m_sample->setRowCount(static_cast<int>(r.value().size()));
            for (int row = 0; row < r.value().size(); ++row) {
                const BulkSampleRow &a = r.value().at(row);
                const QStringList cells{a.loginId, a.fullName, a.centre,
                                        VaccinatorListModel::statusText(a.status)};
                for (int column = 0; column < cells.size(); ++column)
                    m_sample->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            }
        });
}

void BulkActionDialog::start() {
    if (m_busy || m_begin->isRunning())
        return;
    if (m_bulkId > 0) { // resuming after a dropped connection
        m_busy = true;
        m_failed = false;
        m_start->setEnabled(false);
        m_errors.clear();
        nextChunk();
        nextChunkBeside();
        return;
    }
    const BulkAction what = action();
    const QString kind = scopeKind();
    const QString value = scopeValue();
    const bool send = what == BulkAction::Reset && m_send->isChecked();
    m_begin->run<qint64>(
        [this, what, kind, value, send](qint64 attempt) {
            return m_session->call(&VaccinatorCalls::bulkBegin, what, kind, value, m_reason->text(),
                                   send, attempt);
        },
        [this](qint64 bulkId) {
            m_bulkId = bulkId;
            m_busy = true;
            for (QWidget *w :
                 std::initializer_list<QWidget *>{m_action, m_kind, m_state, m_district, m_centre,
                                                  m_send, m_reason, m_code, m_start})
                w->setEnabled(false);
            m_progress->setVisible(true);
            m_progress->setRange(0, 0);
            m_cancel->setVisible(true);
            m_close->setEnabled(false);
            m_progressText->setText(tr("Started."));
            nextChunk();
            nextChunkBeside();
        });
}

void BulkActionDialog::nextChunk() {
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
                        tr("Stopped: %1 of %2 accounts were changed; the rest were not touched.")
                            .arg(QLocale().toString(r.value().done),
                                 QLocale().toString(r.value().planned)));
                else
                    m_errors.setGeneral(errorText(r.error()));
            });
        return;
    }
    m_session->call(&VaccinatorCalls::bulkChunk, id, kChunkSize)
        .then(this, [this](const db::Result<BulkProgress> &r) {
            if (!r.isOk()) {
                // Each chunk is its own transaction: nothing of this one was applied, and
                // Resume continues from the last committed chunk.
                m_busy = false;
                m_failed = true;
                m_errors.setGeneral(tr("%1 The chunks done so far are kept; Resume "
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
                    tr("Done: %1 accounts were changed.").arg(QLocale().toString(r.value().done)));
                return;
            }
            if (r.value().applied == 0) {
                // Every unfinished lane is the other worker's just now: ask again shortly.
                QTimer::singleShot(kWaitForLaneMs, this, &BulkActionDialog::nextChunk);
                return;
            }
            nextChunk();
        });
}

// The second worker: chunks of other lanes, beside the main one. It stops when no lane is
// free, and on any error: the main worker then finishes the action, or reports the error.
void BulkActionDialog::nextChunkBeside() {
    if (m_besideBusy)
        return;
    m_besideBusy = true;
    m_session->beside(&VaccinatorCalls::bulkChunk, m_bulkId, kChunkSize)
        .then(this, [this](const db::Result<BulkProgress> &r) {
            m_besideBusy = false;
            if (!r.isOk() || m_finished)
                return;
            if (!m_failed && !m_cancelRequested)
                showProgress(r.value());
            if (r.value().applied > 0 && !r.value().finished && !m_failed && !m_cancelRequested)
                nextChunkBeside();
        });
}

void BulkActionDialog::showProgress(const BulkProgress &p) {
    // Two workers answer in turn: the count shown never goes back.
    m_shownDone = qMax(m_shownDone, p.done);
    const int scale = p.planned > 1000000 ? 1000 : 1; // QProgressBar counts in int
    m_progress->setRange(0, static_cast<int>(qMax<qint64>(1, p.planned / scale)));
    m_progress->setValue(static_cast<int>(qMin(m_shownDone, p.planned) / scale));
    m_progressText->setText(
        tr("%1 of %2 accounts changed…")
            .arg(QLocale().toString(m_shownDone), QLocale().toString(p.planned)));
}

void BulkActionDialog::reject() {
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
