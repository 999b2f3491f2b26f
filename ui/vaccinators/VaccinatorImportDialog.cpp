// SPDX-License-Identifier: Apache-2.0
#include "vaccinators/VaccinatorImportDialog.h"

#include "ErrorText.h"
#include "vaccinators/VaccinatorCalls.h"
#include "vaccinators/VaccinatorCsv.h"
#include "widgets/Style.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cowin::ui {

using namespace vaccinators;

namespace {
constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;
}

VaccinatorImportDialog::VaccinatorImportDialog(db::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_file(new QLabel(tr("No file chosen."), this))
    , m_preview(new QTableWidget(0, 6, this))
    , m_summary(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_errors(this, QStringLiteral("importError"))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_action(new AuditedAction(session, &m_errors, m_import)) {
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import vaccinator accounts"));
    resize(860, 560);
    auto *intro = new QLabel(
        tr("A CSV file (UTF-8) whose first line names the columns <code>login_id</code>, "
           "<code>full_name</code>, <code>mobile</code> and <code>centre_id</code>. Every row is "
           "checked before anything is written; a file with any problem imports nothing."),
        this);
    intro->setWordWrap(true);
    auto *choose = new QPushButton(tr("&Choose file…"), this);
    choose->setObjectName(QStringLiteral("importChoose"));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setHorizontalHeaderLabels(
        {tr("Line"), tr("Login ID"), tr("Name"), tr("Mobile"), tr("Centre"), tr("Problem")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("importReason"));
    m_reason->setPlaceholderText(tr("why these accounts are added, kept in the audit trail"));
    m_import->setObjectName(QStringLiteral("importRun"));
    m_import->setEnabled(false);

    auto *templateButton = new QPushButton(tr("Save a &template…"), this);
    templateButton->setObjectName(QStringLiteral("importTemplate"));
    templateButton->setToolTip(tr("A CSV file with the columns an import needs and one example "
                                  "row, to fill in with a spreadsheet."));
    auto *top = new QHBoxLayout;
    top->addWidget(choose);
    top->addWidget(m_file, 1);
    top->addWidget(templateButton);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(new QLabel(tr("Reason:"), this));
    reasonRow->addWidget(m_reason, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addLayout(reasonRow);
    // One field: every refusal is shown under the reason row, and the reason takes the focus.
    m_errors.setGeneralField(m_reason);
    layout->addWidget(m_errors.general());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &VaccinatorImportDialog::import);
    connect(templateButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save an import template"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("vaccinators-import.csv")),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            saveTemplate(path);
    });
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import accounts"), {},
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
}

bool VaccinatorImportDialog::saveTemplate(const QString &path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(vaccinators::VaccinatorCsv::importTemplate()) < 0 || !file.commit()) {
        m_summary->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_summary->setText(tr("Template saved to %1. Replace its example row with the accounts, "
                          "then choose the file here.")
                           .arg(QDir::toNativeSeparators(path)));
    return true;
}

void VaccinatorImportDialog::loadFile(const QString &path) {
    m_rows.clear();
    m_problems.clear();
    m_checkId = 0;
    m_import->setEnabled(false);
    m_errors.clear();
    m_file->setText(QFileInfo(path).fileName());
    QFile file(path);
    if (QFileInfo(path).size() > kMaxFileBytes) {
        m_problems << ImportProblem{0, QStringLiteral("file"),
                                    tr("The file is larger than 8 MiB; split it.")};
        return showPreview();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems << ImportProblem{0, QStringLiteral("file"),
                                    tr("Cannot read the file: %1").arg(file.errorString())};
        return showPreview();
    }
    ParsedImport parsed = VaccinatorCsv::parseImport(file.readAll());
    m_rows = parsed.rows;
    m_problems = parsed.problems;
    if (!m_problems.isEmpty() || m_rows.isEmpty())
        return showPreview();
    m_summary->setText(tr("Checking %n row(s)…", nullptr, static_cast<int>(m_rows.size())));
    const QList<ImportRow> rows = m_rows;
    m_session->call(&vaccinators::VaccinatorCalls::checkImport, rows)
        .then(this, [this](const db::Result<vaccinators::ImportCheck> &r) {
            if (!r.isOk()) {
                m_summary->clear();
                m_errors.setGeneral(errorText(r.error()));
                return;
            }
            m_checkId = r.value().id;
            m_problems = r.value().problems;
            showPreview();
        });
}

void VaccinatorImportDialog::showPreview() {
    QHash<int, ImportProblem> byLine;
    for (const ImportProblem &p : std::as_const(m_problems))
        byLine.insert(p.line, p);
    m_preview->setRowCount(0);
    // Problems of the file itself (no row of its own) come first.
    for (const ImportProblem &p : std::as_const(m_problems)) {
        const bool hasRow = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                        [&p](const ImportRow &r) { return r.line == p.line; });
        if (hasRow)
            continue;
        const int at = m_preview->rowCount();
        m_preview->insertRow(at);
        m_preview->setItem(at, 0, new QTableWidgetItem(QString::number(p.line)));
        m_preview->setItem(at, 5, new QTableWidgetItem(p.message));
        m_preview->item(at, 5)->setForeground(QColor(0xb3, 0x26, 0x1e));
    }
    for (const ImportRow &r : std::as_const(m_rows)) {
        const int at = m_preview->rowCount();
        m_preview->insertRow(at);
        const QStringList cells = {
            QString::number(r.line),     r.loginId, r.fullName, r.mobile, r.centreId,
            byLine.value(r.line).message};
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(at, c, new QTableWidgetItem(cells.at(c)));
        if (byLine.contains(r.line)) {
            const QString field = byLine.value(r.line).field;
            const int column = field == QLatin1String("login_id")    ? 1
                               : field == QLatin1String("full_name") ? 2
                               : field == QLatin1String("mobile")    ? 3
                               : field == QLatin1String("centre")    ? 4
                                                                     : 5;
            for (int c : {column, 5}) {
                m_preview->item(at, c)->setForeground(QColor(0xb3, 0x26, 0x1e));
                m_preview->item(at, c)->setBackground(QColor(0xfd, 0xec, 0xea));
            }
        }
    }
    m_preview->resizeColumnsToContents();
    if (m_problems.isEmpty() && !m_rows.isEmpty()) {
        m_summary->setText(tr("%n row(s), no problems. Give a reason and import.", nullptr,
                              static_cast<int>(m_rows.size())));
        m_import->setText(tr("&Import %n account(s)", nullptr, static_cast<int>(m_rows.size())));
        m_import->setEnabled(true);
    } else {
        m_summary->setText(tr("%n problem(s) found: nothing will be imported. Correct the file "
                              "and choose it again.",
                              nullptr, static_cast<int>(m_problems.size())));
        m_import->setEnabled(false);
    }
}

void VaccinatorImportDialog::import() {
    const qint64 checkId = m_checkId;
    m_action->run<int>(
        [this, checkId](qint64) {
            return m_session->call(&vaccinators::VaccinatorCalls::importChecked, checkId,
                                   m_reason->text());
        },
        [this](int accounts) {
            m_summary->setText(tr("%n account(s) imported.", nullptr, accounts));
            m_rows.clear();
            Q_EMIT imported(accounts);
            accept();
        });
}

} // namespace cowin::ui
