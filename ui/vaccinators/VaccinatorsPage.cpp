// SPDX-License-Identifier: Apache-2.0
#include "vaccinators/VaccinatorsPage.h"

#include "ErrorText.h"
#include "vaccinators/BulkActionDialog.h"
#include "vaccinators/VaccinatorCalls.h"
#include "vaccinators/VaccinatorDetailPane.h"
#include "vaccinators/VaccinatorExporter.h"
#include "vaccinators/VaccinatorFormDialog.h"
#include "vaccinators/VaccinatorImportDialog.h"
#include "vaccinators/VaccinatorSearchBar.h"
#include "widgets/ChangeNotice.h"
#include "widgets/ColumnsFitWidth.h"
#include "widgets/DetailScrollArea.h"
#include "widgets/Style.h"

#include <QEvent>
#include <QFileDialog>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPalette>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <climits>

namespace cowin::ui {

using namespace vaccinators;

namespace {
constexpr int kCountCap = 10000;
const char kHiddenColumnsKey[] = "vaccinators/hiddenColumns";

// Locked accounts stand out; disabled ones recede; accounts out of scope are in italics.
class VaccinatorStyleProxy : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override {
        if (role == Qt::ForegroundRole || role == Qt::FontRole) {
            const QString status =
                QIdentityProxyModel::data(index, VaccinatorListModel::StatusRole).toString();
            if (role == Qt::ForegroundRole) {
                if (status == QLatin1String("locked"))
                    return QColor(0xb3, 0x26, 0x1e);
                if (status == QLatin1String("disabled"))
                    return QColor(0x80, 0x80, 0x80);
                return {};
            }
            QFont font;
            font.setBold(status == QLatin1String("locked") &&
                         index.column() == VaccinatorListModel::StatusColumn);
            font.setItalic(
                !QIdentityProxyModel::data(index, VaccinatorListModel::InScopeRole).toBool());
            font.setStrikeOut(status == QLatin1String("disabled") &&
                              index.column() == VaccinatorListModel::StatusColumn);
            return font;
        }
        return QIdentityProxyModel::data(index, role);
    }
};
} // namespace

VaccinatorsPage::VaccinatorsPage(db::Session *session, const login::OperatorStatus &status,
                                 QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(status)
    , m_model(new VaccinatorListModel(
          [session](const VaccinatorQuery &q, const PageRequest &p) {
              return session->call(&vaccinators::VaccinatorCalls::search, q, p);
          },
          this))
    , m_search(new VaccinatorSearchBar(session, this))
    , m_table(new QTableView(this))
    , m_detail(new VaccinatorDetailPane(session, status, this))
    , m_count(new QLabel(this))
    , m_position(new QLabel(this))
    , m_bulk(new QPushButton(tr("&Bulk action…"), this))
    , m_create(new QPushButton(tr("Ne&w account…"), this))
    , m_import(new QPushButton(tr("Im&port CSV…"), this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
    , m_notice(new ChangeNotice(QStringLiteral("vaccinatorsNotice"), this)) {
    buildTable();
    buildLayout();
    wire();
}

QString VaccinatorsPage::sectionTitle() const {
    return tr("Vaccinators");
}

bool VaccinatorsPage::showTarget(const QString &type, const QString &id) {
    if (type != QLatin1String("vaccinator"))
        return false;
    m_search->showLogin(id);
    return true;
}

void VaccinatorsPage::buildTable() {
    auto *proxy = new VaccinatorStyleProxy(this);
    proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("vaccinatorTable"));
    m_table->setAccessibleName(tr("Vaccinator accounts"));
    m_table->setModel(proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->verticalHeader()->hide();
    fitRowHeight();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(
        tr("Click Name, Login ID or Last login to sort; right-click to choose columns."));
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(VaccinatorListModel::NameColumn,
                                                  Qt::AscendingOrder);
    const QList<QPair<int, int>> widths = {
        {VaccinatorListModel::LoginIdColumn, 110},  {VaccinatorListModel::NameColumn, 170},
        {VaccinatorListModel::MobileColumn, 100},   {VaccinatorListModel::CentreColumn, 170},
        {VaccinatorListModel::DistrictColumn, 130}, {VaccinatorListModel::StateColumn, 120},
        {VaccinatorListModel::StatusColumn, 130},   {VaccinatorListModel::LastLoginColumn, 140}};
    for (const auto &w : widths)
        m_table->setColumnWidth(w.first, w.second);
    restoreColumns();
    ColumnsFitWidth::keep(m_table);
}

void VaccinatorsPage::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitRowHeight();
}

void VaccinatorsPage::fitRowHeight() {
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
}

void VaccinatorsPage::buildLayout() {
    m_count->setObjectName(QStringLiteral("matchCount"));
    m_position->setObjectName(QStringLiteral("windowPosition"));
    m_position->setStyleSheet(QStringLiteral("color: %1;").arg(secondaryTextColor()));
    m_bulk->setObjectName(QStringLiteral("bulkResetButton"));
    m_bulk->setVisible(m_status.may("vaccinator_bulk_begin"));
    m_create->setObjectName(QStringLiteral("newAccountButton"));
    m_create->setVisible(m_status.may("vaccinator_create"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setVisible(m_status.may("vaccinator_import"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setVisible(m_status.may("vaccinator_export_record"));
    m_export->setToolTip(tr("Writes the accounts this search finds to a CSV file, mobile "
                            "numbers masked. The export is recorded in the audit trail."));

    auto *heading = new QLabel(tr("<h1>Vaccinators</h1>"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_create);
    top->addWidget(m_import);
    top->addWidget(m_export);
    top->addWidget(m_bulk);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addStretch();
    footer->addWidget(m_position);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(footer);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("vaccinatorsSplit"));
    splitter->addWidget(left);
    auto *detailScroll = new DetailScrollArea(m_detail, 50, this);
    detailScroll->setAccessibleName(tr("Account details"));
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The detail pane at its narrowest that reads well; the list takes the rest.
    splitter->setSizes({2000, detailScroll->minimumSizeHint().width()});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_search);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
}

void VaccinatorsPage::wire() {
    connect(m_search, &VaccinatorSearchBar::queryChanged, this, &VaccinatorsPage::search);
    connect(m_model, &VaccinatorListModel::fetchFailed, this, [this](const db::DbError &e) {
        m_search->showProblem(e.field, errorText(e));
        m_count->setText(tr("The search did not run."));
    });
    connect(m_model, &VaccinatorListModel::loadingChanged, this, [this](bool loading) {
        if (loading && m_model->rowCount() == 0)
            m_count->setText(tr("Searching…"));
        updatePosition();
    });
    connect(m_model, &VaccinatorListModel::pageLoaded, this, [this] {
        const VaccinatorQuery &q = m_model->query();
        if (!q.name.isEmpty() && !q.similarNames && m_model->rowCount() == 0 && m_model->atEnd()) {
            // No name contains what was typed: perhaps it was misspelt.
            VaccinatorQuery similar = q;
            similar.similarNames = true;
            search(similar);
            return;
        }
        if (!m_model->query().mobile.isEmpty())
            m_count->setText(m_model->rowCount() == 0 ? tr("No account has this mobile number.")
                                                      : tr("One account has this mobile number."));
        else if (m_countKnown)
            updateCount();
        updatePosition();
        if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection() &&
            m_model->rowsBeforeWindow() == 0)
            m_table->selectRow(0);
    });
    followKeysetWindow(m_table, m_model, [this] { updatePosition(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const auto row = m_model->rowAt(current.row());
                if (row)
                    m_detail->showAccount(row->id);
            });
    connect(m_detail, &VaccinatorDetailPane::accountChanged, m_model,
            &VaccinatorListModel::updateAccount);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &VaccinatorsPage::showColumnMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (VaccinatorListModel::isSortable(column))
                    return;
                // Only indexed orders sort on the server: put the indicator back.
                const QSignalBlocker block(m_table->horizontalHeader());
                const VaccinatorQuery &q = m_model->query();
                const int shown = q.sort == SortKey::LoginId ? VaccinatorListModel::LoginIdColumn
                                  : q.sort == SortKey::LastLogin
                                      ? VaccinatorListModel::LastLoginColumn
                                      : VaccinatorListModel::NameColumn;
                m_table->horizontalHeader()->setSortIndicator(
                    shown, q.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            });
    connect(m_bulk, &QPushButton::clicked, this, &VaccinatorsPage::openBulkReset);
    connect(m_create, &QPushButton::clicked, this, &VaccinatorsPage::openNewAccount);
    connect(m_import, &QPushButton::clicked, this, &VaccinatorsPage::openImport);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export accounts"),
                                                          QStringLiteral("vaccinators.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
}

void VaccinatorsPage::start() {
    if (m_started)
        return;
    m_started = true;
    m_search->loadPlaces();
    search(m_search->query());
}

void VaccinatorsPage::search(const VaccinatorQuery &query) {
    VaccinatorQuery q = query; // the search bar asks for names containing; see pageLoaded
    q.sort = m_model->query().sort;
    q.descending = m_model->query().descending;
    m_countKnown = false;
    m_detail->clear();
    m_model->setQuery(q);
    m_count->setText(tr("Searching…"));
    if (!q.mobile.isEmpty())
        return; // at most one account; a count would record a second lookup
    const quint64 generation = ++m_countGeneration;
    m_session->call(&vaccinators::VaccinatorCalls::count, q, kCountCap)
        .then(this, [this, generation](const db::Result<MatchCount> &r) {
            if (generation != m_countGeneration)
                return;
            if (!r.isOk()) {
                // A refused filter is shown at its field by the search itself.
                if (r.error().kind != db::DbError::Kind::Invalid)
                    m_count->setText(
                        tr("The accounts could not be counted: %1").arg(errorText(r.error())));
                return;
            }
            m_matches = r.value();
            m_countKnown = true;
            updateCount();
        });
}

void VaccinatorsPage::updateCount() {
    if (m_model->query().similarNames && m_matches.matches > 0)
        m_count->setText(tr("No name contains “%1”; %n similar name(s) shown.", nullptr,
                            static_cast<int>(m_matches.matches))
                             .arg(m_model->query().name));
    else if (m_matches.matches == 0)
        m_count->setText(tr("No account matches. Check the spelling, or clear a filter."));
    else if (m_matches.capped)
        m_count->setText(
            tr("More than %1 accounts match.").arg(QLocale().toString(m_matches.matches)));
    else
        m_count->setText(tr("%n account(s) match.", nullptr, static_cast<int>(m_matches.matches)));
}

void VaccinatorsPage::updatePosition() {
    if (m_model->rowCount() == 0) {
        m_position->setText(m_model->isLoading() ? tr("Loading…") : QString());
        return;
    }
    const int first = qMax(0, m_table->rowAt(0));
    const int lastVisible = m_table->rowAt(m_table->viewport()->height() - 1);
    const int last = lastVisible < 0 ? m_model->rowCount() - 1 : lastVisible;
    const qint64 base = m_model->rowsBeforeWindow();
    QString text = tr("Rows %1–%2")
                       .arg(QLocale().toString(base + first + 1))
                       .arg(QLocale().toString(base + last + 1));
    if (m_model->isLoading())
        text += tr(" · loading more…");
    m_position->setText(text);
}

void VaccinatorsPage::showColumnMenu(const QPoint &at) {
    QMenu menu(this);
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < VaccinatorListModel::ColumnCount; ++c) {
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        // The name stays: a row without it says nothing.
        a->setEnabled(c != VaccinatorListModel::NameColumn);
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            m_table->setColumnHidden(c, !on);
            saveColumns();
        });
    }
    menu.exec(header->mapToGlobal(at));
}

void VaccinatorsPage::saveColumns() const {
    QStringList hidden;
    for (int c = 0; c < VaccinatorListModel::ColumnCount; ++c) {
        if (m_table->isColumnHidden(c))
            hidden << QString::number(c);
    }
    QSettings().setValue(QLatin1String(kHiddenColumnsKey), hidden);
}

void VaccinatorsPage::restoreColumns() {
    // Until the operator chooses, the district (the centre names it), the last login and the
    // failed logins (the detail pane shows both) make room for the rest.
    const QStringList hidden =
        QSettings()
            .value(QLatin1String(kHiddenColumnsKey),
                   QStringList{QString::number(VaccinatorListModel::DistrictColumn),
                               QString::number(VaccinatorListModel::LastLoginColumn),
                               QString::number(VaccinatorListModel::FailedLoginsColumn)})
            .toStringList();
    for (const QString &c : hidden) {
        bool ok = false;
        const int column = c.toInt(&ok);
        if (ok && column >= 0 && column < VaccinatorListModel::ColumnCount &&
            column != VaccinatorListModel::NameColumn)
            m_table->setColumnHidden(column, true);
    }
}

void VaccinatorsPage::openNewAccount() {
    auto *dialog = new VaccinatorFormDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VaccinatorFormDialog::saved, this, [this](qint64 id) {
        m_model->reload();
        m_detail->showAccount(id);
        m_notice->say(
            tr("The account was created. It has no password yet: when its owner is ready, "
               "use Force password reset to send a one-time password to the mobile."));
    });
    dialog->open();
}

void VaccinatorsPage::openImport() {
    auto *dialog = new VaccinatorImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VaccinatorImportDialog::imported, this, [this](int accounts) {
        m_model->reload();
        m_notice->say(tr("%n account(s) imported. They have no password yet: a bulk reset of their "
                         "centre, district or state sends each a one-time password.",
                         nullptr, accounts));
    });
    dialog->open();
}

void VaccinatorsPage::exportTo(const QString &path) {
    auto *exporter = new VaccinatorExporter(m_session, m_model->query(), path, this);
    auto *progress = new QProgressDialog(tr("Exporting accounts…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, exporter, &VaccinatorExporter::cancel);
    connect(exporter, &VaccinatorExporter::progressed, progress,
            [progress](qint64 written, qint64 expected) {
                if (expected > 0 && expected < INT_MAX) {
                    progress->setMaximum(static_cast<int>(expected));
                    progress->setValue(static_cast<int>(qMin(written, expected)));
                }
                progress->setLabelText(tr("%1 accounts written…").arg(QLocale().toString(written)));
            });
    connect(exporter, &VaccinatorExporter::finished, this,
            [this, exporter, progress](bool, const QString &message) {
                progress->close();
                m_count->setText(message);
                exporter->deleteLater();
            });
    exporter->start();
}

void VaccinatorsPage::openBulkReset() {
    auto *dialog = new BulkActionDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkActionDialog::finished, this, [this] { m_model->reload(); });
    dialog->open();
}

} // namespace cowin::ui
