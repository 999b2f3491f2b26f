// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditExportDialog.h"

#include "ErrorText.h"
#include "audit/AuditorKeyPanel.h"
#include "widgets/FieldErrors.h"
#include "widgets/Style.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cowin::ui {

AuditExportDialog::AuditExportDialog(db::ConsoleService *service, const audit::AuditQuery &query,
                                     const AuditorKeyPanel *keys, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_query(query)
    , m_keys(keys)
    , m_errors(new FieldErrors(this, QStringLiteral("auditExportError")))
    , m_folder(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_sign(new QCheckBox(tr("Sign the manifest with my auditor key"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_export(makeButton(tr("&Export"), QStringLiteral("auditExportStart"), this))
    , m_close(makeButton(tr("Close"), QStringLiteral("auditExportClose"), this)) {
    setObjectName(QStringLiteral("auditExportDialog"));
    setWindowTitle(tr("Export evidence"));
    const QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                         QStringLiteral("/cowin-audit-evidence-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    m_folder->setObjectName(QStringLiteral("auditExportFolder"));
    m_folder->setText(QDir::toNativeSeparators(base));
    m_reason->setObjectName(QStringLiteral("auditExportReason"));
    m_reason->setPlaceholderText(tr("e.g. CERT-In request 2026-114"));
    auto *browse = makeButton(tr("&Browse…"), QStringLiteral("auditExportBrowse"), this);
    auto *folderRow = new QWidget(this);
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(browse);
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
           "before the first event is read.<br><br>Filter: <tt>%1</tt>")
            .arg(QString::fromUtf8(QJsonDocument(m_query.toJson()).toJson(QJsonDocument::Compact))
                     .toHtmlEscaped()),
        this);
    summary->setWordWrap(true);
    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Folder to create:"), folderRow, QStringLiteral("folder"));
    m_errors->addRow(form, tr("&Reason:"), m_reason, QStringLiteral("reason"));
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
    layout->addWidget(m_errors->general());
    layout->addLayout(buttons);
    resize(640, sizeHint().height());

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString parentDir = QFileDialog::getExistingDirectory(
            this, tr("Where to create the export folder"), QFileInfo(m_folder->text()).path());
        if (!parentDir.isEmpty())
            m_folder->setText(QDir(parentDir).filePath(QFileInfo(m_folder->text()).fileName()));
    });
    connect(m_export, &QPushButton::clicked, this, &AuditExportDialog::start);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_running && m_stop)
            *m_stop = true; // the export stops between pages and leaves nothing
        else
            reject();
    });
}

void AuditExportDialog::setFolder(const QString &folder) {
    m_folder->setText(folder);
}

void AuditExportDialog::setReason(const QString &reason) {
    m_reason->setText(reason);
}

void AuditExportDialog::start() {
    if (m_running)
        return;
    m_errors->clear();
    m_result->clear();
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty() || QFileInfo(folder).isRelative())
        return m_errors->show(QStringLiteral("folder"),
                              tr("Choose a full path for the new folder."));
    std::optional<audit::AuditorKey> key;
    if (m_sign->isChecked() && m_keys)
        key = m_keys->key();
    m_running = true;
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_export->setEnabled(false);
    m_close->setText(tr("Stop"));
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->show();
    QPointer<QProgressBar> bar = m_progress;
    const auto stop = m_stop;
    const audit::AuditQuery query = m_query;
    const QString reason = m_reason->text();
    m_service
        ->submit<db::Result<audit::EvidenceSummary>>(
            [query, folder, reason, key, stop, bar](db::ConsoleClient &c) {
                return c.exportAuditEvidence(
                    query, folder, reason, key ? &*key : nullptr, [stop, bar](qint64 written) {
                        QMetaObject::invokeMethod(
                            bar,
                            [bar, written] {
                                if (!bar)
                                    return;
                                bar->setRange(0, 0);
                                bar->setFormat(
                                    tr("%1 events written").arg(QLocale().toString(written)));
                            },
                            Qt::QueuedConnection);
                        return !*stop;
                    });
            })
        .then(this, [this](const db::Result<audit::EvidenceSummary> &r) {
            m_running = false;
            m_export->setEnabled(true);
            m_close->setText(tr("Close"));
            m_progress->hide();
            if (!r.isOk()) {
                const db::DbError &e = r.error();
                // The export's own problems (a folder that exists, a stop) are written for
                // people; an existing folder is refused before the export is recorded.
                if (e.kind == db::DbError::Kind::Internal && e.sqlState.isEmpty() &&
                    !e.message.isEmpty())
                    return m_errors->show(QStringLiteral("folder"), e.message);
                return m_errors->show(e);
            }
            const audit::EvidenceSummary &s = r.value();
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
