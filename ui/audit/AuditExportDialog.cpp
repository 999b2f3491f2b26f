// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditExportDialog.h"
#include "text/LocalTime.h"

#include "ErrorText.h"
#include "audit/AuditCalls.h"
#include "audit/AuditorKeyPanel.h"
#include "widgets/FieldErrors.h"
#include "widgets/Style.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cowin::ui {

namespace {
// The filter as the auditor chose it, one line per condition, times in local time.
QString describe(const audit::AuditQuery &query) {
    const audit::AuditFilter &f = query.filter;
    const auto when = [](const QDateTime &t) { return text::localTime(t); };
    QStringList lines;
    if (query.from.isValid() && query.to.isValid())
        lines << AuditExportDialog::tr("from %1 to %2").arg(when(query.from), when(query.to));
    else if (query.from.isValid())
        lines << AuditExportDialog::tr("from %1 on").arg(when(query.from));
    else if (query.to.isValid())
        lines << AuditExportDialog::tr("until %1").arg(when(query.to));
    else
        lines << AuditExportDialog::tr("any time");
    if (!f.actor.isEmpty())
        lines << AuditExportDialog::tr("by %1").arg(f.actor);
    if (!f.action.isEmpty())
        lines << AuditExportDialog::tr("action %1").arg(f.action);
    if (!f.targetType.isEmpty())
        lines << (f.targetId.isEmpty()
                      ? AuditExportDialog::tr("any %1").arg(f.targetType)
                      : AuditExportDialog::tr("%1 %2").arg(f.targetType, f.targetId));
    if (!f.clientNetwork.isEmpty())
        lines << AuditExportDialog::tr("from address %1").arg(f.clientNetwork);
    if (f.outcome == QLatin1String("failure"))
        lines << AuditExportDialog::tr("failures and refusals only");
    else if (f.outcome == QLatin1String("success"))
        lines << AuditExportDialog::tr("successes only");
    if (!f.reasonWords.isEmpty())
        lines << AuditExportDialog::tr("reason has \"%1\"").arg(f.reasonWords);
    QStringList escaped;
    for (const QString &l : std::as_const(lines))
        escaped << l.toHtmlEscaped();
    return escaped.join(QStringLiteral("<br>"));
}
} // namespace

AuditExportDialog::AuditExportDialog(db::Session *session, const audit::AuditQuery &query,
                                     const AuditorKeyPanel *keys, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_query(query)
    , m_keys(keys)
    , m_errors(this, QStringLiteral("auditExportError"))
    , m_folder(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_sign(new QCheckBox(tr("Sign the manifest with my auditor key"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_export(makeButton(tr("&Export"), QStringLiteral("auditExportStart"), this))
    , m_close(makeButton(tr("Close"), QStringLiteral("auditExportClose"), this))
    , m_action(new AuditedAction(session, &m_errors, m_export)) {
    setObjectName(QStringLiteral("auditExportDialog"));
    setWindowTitle(tr("Export evidence"));
    const QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                         QStringLiteral("/cowin-audit-evidence-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    m_folder->setObjectName(QStringLiteral("auditExportFolder"));
    m_folder->setAccessibleName(tr("Folder to create"));
    m_folder->setText(QDir::toNativeSeparators(base));
    m_reason->setObjectName(QStringLiteral("auditExportReason"));
    m_reason->setPlaceholderText(tr("e.g. CERT-In request 2026-114"));
    m_browse = makeButton(tr("&Browse…"), QStringLiteral("auditExportBrowse"), this);
    auto *folderRow = new QWidget(this);
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(m_browse);
    const bool hasKey = m_keys && m_keys->key().has_value();
    m_sign->setObjectName(QStringLiteral("auditExportSign"));
    m_sign->setChecked(hasKey);
    m_sign->setEnabled(hasKey);
    if (!hasKey)
        m_sign->setToolTip(tr("No auditor key of yours is in this computer's keychain: the "
                              "export will show that its files are unchanged, not who made it."));
    m_progress->setObjectName(QStringLiteral("auditExportProgress"));
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("%v events written"));
    m_progress->hide();
    m_result->setObjectName(QStringLiteral("auditExportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *summary = new QLabel(
        tr("The events the current filter finds, newest first, as CSV (for people) and JSON Lines "
           "(with every hash, for verification), and a manifest with each file's SHA-256, the "
           "chain's head and the signed checkpoints. The export is recorded in the audit trail "
           "before the first event is read.<br><br><b>Events:</b><br>%1")
            .arg(describe(m_query)),
        this);
    summary->setObjectName(QStringLiteral("auditExportSummary"));
    summary->setWordWrap(true);
    auto *form = new QFormLayout;
    m_errors.addRow(form, tr("&Folder to create:"), folderRow, QStringLiteral("folder"));
    m_errors.addRow(form, tr("&Reason:"), m_reason, QStringLiteral("reason"));
    form->addRow(QString(), m_sign);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_export);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_errors.general());
    layout->addLayout(buttons);
    resize(640, sizeHint().height());
    wire();
}

void AuditExportDialog::wire() {
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString parentDir = QFileDialog::getExistingDirectory(
            this, tr("Where to create the export folder"), QFileInfo(m_folder->text()).path());
        if (!parentDir.isEmpty())
            m_folder->setText(QDir(parentDir).filePath(QFileInfo(m_folder->text()).fileName()));
    });
    connect(m_export, &QPushButton::clicked, this, &AuditExportDialog::start);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_action->isRunning())
            m_progressReport->cancel(); // the export stops between pages and leaves nothing
        else
            reject();
    });
    // While it runs, Close stops it.
    connect(m_action, &AuditedAction::busyChanged, this, [this](bool running) {
        m_close->setText(running ? tr("Stop") : tr("Close"));
        m_progress->setRange(0, 0);
        m_progress->setValue(0);
        m_progress->setVisible(running);
    });
}

void AuditExportDialog::setFolder(const QString &folder) {
    m_folder->setText(folder);
}

void AuditExportDialog::setReason(const QString &reason) {
    m_reason->setText(reason);
}

void AuditExportDialog::start() {
    if (m_action->isRunning())
        return;
    m_result->clear();
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty() || QFileInfo(folder).isRelative())
        return m_errors.show(QStringLiteral("folder"),
                             tr("Choose a full path for the new folder."));
    std::optional<audit::AuditorKey> key;
    if (m_sign->isChecked() && m_keys)
        key = m_keys->key();
    m_progressReport = db::makeProgress();
    connect(m_progressReport.get(), &db::Progress::advanced, m_progress, [this](qint64 written) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("%1 events written").arg(QLocale().toString(written)));
    });
    m_action->run<audit::EvidenceSummary>(
        [this, folder, key](qint64) {
            return m_session->call(&audit::AuditCalls::exportEvidence, m_query, folder,
                                   m_reason->text(), key, m_progressReport);
        },
        [this](const audit::EvidenceSummary &s) {
            m_export->setEnabled(false);
            m_result->setText(
                (s.signedByKey ? tr("%n event(s) exported to %1, manifest signed with your key.",
                                    nullptr, static_cast<int>(s.events))
                               : tr("%n event(s) exported to %1; the manifest is not signed.",
                                    nullptr, static_cast<int>(s.events)))
                    .arg(QDir::toNativeSeparators(s.folder)) +
                QLatin1Char(' ') +
                tr("Check it anywhere with: cowin-admin verify-audit --export <folder>"));
            Q_EMIT exported(s.folder, s.events, s.signedByKey);
        });
}

} // namespace cowin::ui
