// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditPage.h"

#include "ErrorText.h"
#include "audit/AuditCalls.h"
#include "audit/AuditEventDialog.h"
#include "audit/AuditEventModel.h"
#include "audit/AuditExportDialog.h"
#include "audit/AuditVerifyPanel.h"
#include "audit/AuditorKeyPanel.h"
#include "audit/SavedSearches.h"
#include "widgets/FieldErrors.h"
#include "widgets/StackedTimeBars.h"
#include "widgets/StateStyleProxy.h"
#include "widgets/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cowin::ui {

using audit::AuditFilter;

namespace {
// Actions and areas offered in the list; any other dotted name may be typed.
const char *const kActions[] = {"vaccinator",
                                "vaccinator.password_reset",
                                "vaccinator.unlocked",
                                "vaccinator.mobile_revealed",
                                "vaccinator.exported",
                                "otp",
                                "otp.failed",
                                "otp.replayed",
                                "operator",
                                "operator.locked",
                                "session",
                                "api",
                                "api.kill_switch_engaged",
                                "api.key_revoked",
                                "audit",
                                "audit.exported",
                                "audit.checkpoint_recorded",
                                "audit.month_archived"};

const char *const kTargetTypes[] = {"vaccinator", "operator",         "partner",
                                    "api_key",    "audit_checkpoint", "audit_month"};

// The chart's bar length for a range: minutes for a few hours, hours for two weeks, days
// beyond.
QString bucketFor(qint64 seconds, qint64 *step) {
    if (seconds <= 6 * 3600) {
        *step = 60;
        return QStringLiteral("minute");
    }
    if (seconds <= 14 * 86400) {
        *step = 3600;
        return QStringLiteral("hour");
    }
    *step = 86400;
    return QStringLiteral("day");
}
} // namespace

// Who may verify the whole chain sees the whole trail (the server decides which rows come).
AuditPage::AuditPage(db::Session *session, const login::OperatorStatus &status,
                     const QString &server, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(status)
    , m_server(server)
    , m_seesAll(status.may("audit_chain_page"))
    , m_model(new audit::AuditEventModel(
          [session](const audit::AuditQuery &q, qint64 before, qint64 after, int size) {
              return session->read(&audit::AuditCalls::search, q, before, after, size);
          },
          this))
    , m_view(new QTableView(this))
    , m_live(new QCheckBox(tr("Live: sho&w new events as they happen"), this))
    , m_statusLabel(new QLabel(this))
    , m_newAbove(makeButton(QString(), QStringLiteral("auditNewAbove"), this))
    , m_open(makeButton(tr("&Open event…"), QStringLiteral("auditOpenEvent"), this))
    , m_tabs(new QTabWidget(this))
    , m_chart(new StackedTimeBars(tr("Succeeded"), tr("Failed"), this))
    , m_activityTimer(new QTimer(this)) {
    buildLayout();
    wire();
}

QString AuditPage::sectionTitle() const {
    return m_seesAll ? tr("Audit trail") : tr("My actions");
}

void AuditPage::buildLayout() {
    auto *heading =
        new QLabel(QStringLiteral("<h1>%1</h1>")
                       .arg((m_seesAll ? tr("Audit trail") : tr("My actions")).toHtmlEscaped()),
                   this);
    auto *intro = new QLabel(
        m_seesAll ? tr("Every change and every failed attempt, newest first, chained by hashes "
                       "so that a changed or missing event is found.")
                  : tr("What you did in this console, newest first, as the audit trail "
                       "recorded it."),
        this);
    intro->setWordWrap(true);

    auto *proxy = new StateStyleProxy(audit::AuditEventModel::FailureRole,
                                      audit::AuditEventModel::ActionColumn,
                                      {QStringLiteral("true")}, {}, this);
    proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("auditEvents"));
    m_view->setAccessibleName(tr("Audit events"));
    m_view->setModel(proxy);
    setUpRecordTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(audit::AuditEventModel::ReasonColumn,
                                                     QHeaderView::Stretch);
    m_view->setColumnWidth(audit::AuditEventModel::TimeColumn, 150);
    m_view->setColumnWidth(audit::AuditEventModel::ActorColumn, 120);
    m_view->setColumnWidth(audit::AuditEventModel::ActionColumn, 210);
    m_view->setColumnWidth(audit::AuditEventModel::TargetColumn, 170);
    m_view->setColumnWidth(audit::AuditEventModel::ClientColumn, 110);
    followKeysetWindow(m_view, m_model, [this] {
        if (m_view->verticalScrollBar()->value() == 0 && m_newRows > 0) {
            m_newRows = 0;
            m_newAbove->hide();
        }
    });

    m_live->setObjectName(QStringLiteral("auditLive"));
    m_statusLabel->setObjectName(QStringLiteral("auditStatus"));
    m_statusLabel->setStyleSheet(QStringLiteral("color: %1;").arg(secondaryTextColor()));
    m_newAbove->hide();
    m_open->setEnabled(false);
    auto *tableBar = new QHBoxLayout;
    tableBar->addWidget(m_live);
    tableBar->addWidget(m_newAbove);
    tableBar->addWidget(m_statusLabel, 1);
    tableBar->addWidget(m_open);
    if (m_status.may("audit_export_begin")) {
        m_export = makeButton(tr("E&xport evidence…"), QStringLiteral("auditExport"), this);
        tableBar->addWidget(m_export);
    }
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(tableBar);
    tableLayout->addWidget(m_view, 1);

    m_chart->setObjectName(QStringLiteral("auditActivity"));
    m_tabs->setObjectName(QStringLiteral("auditTabs"));
    m_tabs->setAccessibleName(tr("Activity, verification and signing key"));
    m_tabs->addTab(m_chart, tr("Activity"));
    if (m_status.may("audit_chain_page")) {
        m_verify = new AuditVerifyPanel(m_session, m_server, m_tabs);
        m_tabs->addTab(m_verify, tr("Verify the chain"));
    }
    if (m_status.may("audit_checkpoint_record")) {
        m_keyPanel = new AuditorKeyPanel(m_session, m_status.operatorName, m_server, m_tabs);
        m_tabs->addTab(m_keyPanel, tr("Signing key"));
    }
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("auditSplit"));
    split->addWidget(tableBox);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({380, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(buildFilters());
    layout->addWidget(split, 1);
}

void AuditPage::wire() {
    if (m_export)
        connect(m_export, &QPushButton::clicked, this, &AuditPage::exportEvidence);
    connect(m_model, &audit::AuditEventModel::fetchFailed, this, [this](const db::DbError &e) {
        db::DbError shown = e;
        if (shown.field == QLatin1String("from_at"))
            shown.field = QStringLiteral("to_at"); // one field holds the range
        m_errors->show(shown);
        updateStatus();
    });
    connect(m_model, &audit::AuditEventModel::pageLoaded, this, &AuditPage::updateStatus);
    connect(m_model, &audit::AuditEventModel::modelReset, this, &AuditPage::updateStatus);
    connect(m_model, &audit::AuditEventModel::windowShifted, this, [this](int delta) {
        // New events came in above the rows in sight: say so, without moving them.
        if (delta > 0 && m_model->rowsBeforeWindow() == 0 &&
            m_view->verticalScrollBar()->value() > 0) {
            m_newRows += delta;
            m_newAbove->setText(tr("↑ %n new event(s)", nullptr, m_newRows));
            m_newAbove->show();
        }
    });
    connect(m_newAbove, &QPushButton::clicked, this, [this] {
        m_view->scrollToTop();
        m_newRows = 0;
        m_newAbove->hide();
    });
    connect(m_live, &QCheckBox::toggled, m_model, &audit::AuditEventModel::setLive);
    connect(m_session, &db::Session::auditAppended, this, [this] {
        if (!m_started)
            return;
        m_model->newEventsAnnounced();
        if (m_model->isLive() && !m_activityTimer->isActive())
            m_activityTimer->start();
    });
    // Live activity is redrawn at most every ten seconds, however busy the trail.
    m_activityTimer->setSingleShot(true);
    m_activityTimer->setInterval(10000);
    connect(m_activityTimer, &QTimer::timeout, this, &AuditPage::refreshActivity);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openEvent(index.row()); });
    connect(m_open, &QPushButton::clicked, this,
            [this] { openEvent(m_view->selectionModel()->currentIndex().row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_open->setEnabled(current.isValid()); });
}

QWidget *AuditPage::buildFilters() {
    auto *box = new QWidget(this);
    m_errors = new FieldErrors(box, QStringLiteral("auditError"));

    auto *time = new QWidget(box);
    auto *timeRow = new QHBoxLayout(time);
    timeRow->setContentsMargins(0, 0, 0, 0);
    m_span = new QComboBox(time);
    m_span->setObjectName(QStringLiteral("auditSpan"));
    m_span->addItem(tr("Last hour"), static_cast<int>(AuditFilter::Span::LastHour));
    m_span->addItem(tr("Today"), static_cast<int>(AuditFilter::Span::Today));
    m_span->addItem(tr("Last 7 days"), static_cast<int>(AuditFilter::Span::Last7Days));
    m_span->addItem(tr("Last 30 days"), static_cast<int>(AuditFilter::Span::Last30Days));
    m_span->addItem(tr("Any time"), static_cast<int>(AuditFilter::Span::AnyTime));
    m_span->addItem(tr("From – to…"), static_cast<int>(AuditFilter::Span::Custom));
    m_span->setCurrentIndex(2);
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1), time);
    m_to = new QDateTimeEdit(QDateTime::currentDateTime(), time);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->hide();
    }
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    timeRow->addWidget(m_span);
    timeRow->addWidget(m_from);
    timeRow->addWidget(m_to);
    timeRow->addStretch();

    m_actor = new QLineEdit(box);
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setPlaceholderText(tr("operator's user name"));
    if (!m_seesAll) {
        m_actor->setText(m_status.operatorName);
        m_actor->setReadOnly(true);
        m_actor->setToolTip(tr("You see the events you caused."));
    }
    m_action = new QComboBox(box);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setEditable(true);
    m_action->addItem(QString());
    for (const char *a : kActions)
        m_action->addItem(QString::fromLatin1(a));
    m_action->lineEdit()->setPlaceholderText(tr("area (otp) or action (otp.failed)"));
    m_action->setMinimumWidth(230);
    m_outcome = new QComboBox(box);
    m_outcome->setObjectName(QStringLiteral("auditOutcome"));
    m_outcome->addItem(tr("Any outcome"), QString());
    m_outcome->addItem(tr("Succeeded"), QStringLiteral("success"));
    m_outcome->addItem(tr("Failed or refused"), QStringLiteral("failure"));

    auto *target = new QWidget(box);
    auto *targetRow = new QHBoxLayout(target);
    targetRow->setContentsMargins(0, 0, 0, 0);
    m_targetType = new QComboBox(target);
    m_targetType->setObjectName(QStringLiteral("auditTargetType"));
    m_targetType->addItem(tr("any kind"), QString());
    for (const char *t : kTargetTypes)
        m_targetType->addItem(QString::fromLatin1(t), QString::fromLatin1(t));
    m_targetId = new QLineEdit(target);
    m_targetId->setObjectName(QStringLiteral("auditTargetId"));
    m_targetId->setAccessibleName(tr("Target: login id, key prefix or name"));
    m_targetId->setPlaceholderText(tr("login id, key prefix or name"));
    targetRow->addWidget(m_targetType);
    targetRow->addWidget(m_targetId, 1);
    m_client = new QLineEdit(box);
    m_client->setObjectName(QStringLiteral("auditClient"));
    m_client->setPlaceholderText(tr("10.20.3.4 or 10.20.0.0/16"));
    m_words = new QLineEdit(box);
    m_words->setObjectName(QStringLiteral("auditWords"));
    m_words->setPlaceholderText(tr("words in the reason"));

    auto *left = new QFormLayout;
    m_errors->addRow(left, tr("Ti&me:"), time, QStringLiteral("to_at"));
    m_errors->addRow(left, tr("O&perator:"), m_actor, QStringLiteral("actor"));
    m_errors->addRow(left, tr("Act&ion:"), m_action, QStringLiteral("action"));
    auto *right = new QFormLayout;
    m_errors->addRow(right, tr("&Target:"), target, QStringLiteral("target_type"));
    m_errors->addToRow(QStringLiteral("target_type"), m_targetId, QStringLiteral("target_id"));
    m_errors->addRow(right, tr("C&lient address:"), m_client, QStringLiteral("client_network"));
    m_errors->addRow(right, tr("Reaso&n has:"), m_words, QStringLiteral("reason_words"));
    auto *third = new QFormLayout;
    m_errors->addRow(third, tr("O&utcome:"), m_outcome, QStringLiteral("outcome"));
    third->addRow(buildSavedSearches());

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 3);
    columns->addLayout(third, 2);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns);
    layout->addWidget(m_errors->general());

    connect(m_span, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom =
            m_span->currentData().toInt() == static_cast<int>(AuditFilter::Span::Custom);
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        search();
    });
    for (QDateTimeEdit *e : {m_from, m_to})
        connect(e, &QDateTimeEdit::editingFinished, this, &AuditPage::search);
    for (QComboBox *c : {m_outcome, m_targetType})
        connect(c, &QComboBox::activated, this, &AuditPage::search);
    connect(m_action, &QComboBox::activated, this, &AuditPage::search);
    for (QLineEdit *e : {m_actor, m_targetId, m_client, m_words, m_action->lineEdit()})
        connect(e, &QLineEdit::returnPressed, this, &AuditPage::search);
    return box;
}

QWidget *AuditPage::buildSavedSearches() {
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    auto *searchButton = makeButton(tr("Sea&rch"), QStringLiteral("auditSearch"), box);
    auto *clear = makeButton(tr("&Clear"), QStringLiteral("auditClear"), box);
    buttons->addWidget(searchButton);
    buttons->addWidget(clear);
    m_saved = new QComboBox(box);
    m_saved->setObjectName(QStringLiteral("auditSaved"));
    // Its first entry names it: no label line above it, so the filters stay three rows tall.
    m_saved->setAccessibleName(tr("Saved searches"));
    m_saved->setToolTip(tr("Saved searches: choose one to run it again"));
    auto *save = makeButton(tr("Sav&e…"), QStringLiteral("auditSave"), box);
    m_deleteSaved = makeButton(tr("Delete"), QStringLiteral("auditDeleteSaved"), box);
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(save);
    savedRow->addWidget(m_deleteSaved);
    layout->addLayout(buttons);
    layout->addLayout(savedRow);
    reloadSavedNames();

    connect(searchButton, &QPushButton::clicked, this, &AuditPage::search);
    connect(clear, &QPushButton::clicked, this, [this] {
        AuditFilter f;
        if (!m_seesAll)
            f.actor = m_status.operatorName;
        setFilter(f);
    });
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        if (const auto f = audit::SavedSearches().find(m_saved->itemText(index)))
            setFilter(*f);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(
                this, tr("Save this search"), tr("Name of the search:"), QLineEdit::Normal,
                m_saved->currentIndex() > 0 ? m_saved->currentText() : QString(), &ok)
                .trimmed();
        if (!ok || name.isEmpty())
            return;
        audit::SavedSearches().save(name, filter());
        reloadSavedNames(name);
    });
    connect(m_deleteSaved, &QPushButton::clicked, this, [this] {
        if (m_saved->currentIndex() <= 0)
            return;
        audit::SavedSearches().remove(m_saved->currentText());
        reloadSavedNames();
    });
    return box;
}

void AuditPage::reloadSavedNames(const QString &current) {
    m_saved->clear();
    m_saved->addItem(tr("Saved searches…"));
    m_saved->addItems(audit::SavedSearches().names());
    m_saved->setCurrentIndex(qMax(0, m_saved->findText(current)));
    m_deleteSaved->setEnabled(m_saved->count() > 1);
}

AuditFilter AuditPage::filter() const {
    AuditFilter f;
    f.span = static_cast<AuditFilter::Span>(m_span->currentData().toInt());
    if (f.span == AuditFilter::Span::Custom) {
        f.customFrom = m_from->dateTime();
        f.customTo = m_to->dateTime();
    }
    f.actor = m_actor->text().trimmed();
    f.action = m_action->currentText().trimmed();
    f.targetType = m_targetType->currentData().toString();
    f.targetId = m_targetId->text().trimmed();
    f.clientNetwork = m_client->text().trimmed();
    f.outcome = m_outcome->currentData().toString();
    f.reasonWords = m_words->text().trimmed();
    return f;
}

void AuditPage::setFilter(const AuditFilter &f) {
    const QSignalBlocker blockSpan(m_span);
    m_span->setCurrentIndex(qMax(0, m_span->findData(static_cast<int>(f.span))));
    const bool custom = f.span == AuditFilter::Span::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (custom) {
        if (f.customFrom.isValid())
            m_from->setDateTime(f.customFrom.toLocalTime());
        if (f.customTo.isValid())
            m_to->setDateTime(f.customTo.toLocalTime());
    }
    if (m_seesAll)
        m_actor->setText(f.actor);
    m_action->setCurrentText(f.action);
    const int type = m_targetType->findData(f.targetType);
    if (type < 0 && !f.targetType.isEmpty())
        m_targetType->addItem(f.targetType, f.targetType);
    m_targetType->setCurrentIndex(qMax(0, m_targetType->findData(f.targetType)));
    m_targetId->setText(f.targetId);
    m_client->setText(f.clientNetwork);
    m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(f.outcome)));
    m_words->setText(f.reasonWords);
    search();
}

void AuditPage::start() {
    if (m_started)
        return;
    m_started = true;
    search();
}

void AuditPage::search() {
    if (!m_started)
        return;
    m_errors->clear();
    m_newRows = 0;
    m_newAbove->hide();
    m_model->setQuery(audit::AuditQuery::at(filter(), QDateTime::currentDateTimeUtc()));
    refreshActivity();
}

void AuditPage::refreshActivity() {
    const audit::AuditQuery q = m_model->query();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime to = q.to.isValid() ? q.to : now;
    // "Any time" draws the last half year, a day a bar.
    const QDateTime from = q.from.isValid() ? q.from : to.addDays(-180);
    if (from >= to)
        return;
    qint64 step = 3600;
    const QString bucket = bucketFor(from.secsTo(to), &step);
    const quint64 generation = ++m_activityGeneration;
    m_session->read(&audit::AuditCalls::activity, q, from, to, bucket)
        .then(this, [this, generation, step, from,
                     bucket](const db::Result<QList<audit::ActivityBar>> &r) {
            if (generation != m_activityGeneration || !r.isOk())
                return; // the search reports a refused filter at its field
            QList<StackedTimeBars::Bar> bars;
            for (const audit::ActivityBar &b : r.value())
                bars << StackedTimeBars::Bar{b.start, b.events - b.failures, b.failures};
            const QString per = bucket == QLatin1String("minute") ? tr("Events per minute")
                                : bucket == QLatin1String("hour") ? tr("Events per hour")
                                                                  : tr("Events per day");
            qint64 events = 0;
            qint64 failures = 0;
            for (const audit::ActivityBar &b : r.value()) {
                events += b.events;
                failures += b.failures;
            }
            m_chart->setBars(
                bars, step,
                tr("%1 since %2: %3 in all, %4 failed or refused")
                    .arg(per, QLocale().toString(from.toLocalTime(), QStringLiteral("d MMM HH:mm")),
                         QLocale().toString(events), QLocale().toString(failures)));
            Q_EMIT activityShown(static_cast<int>(bars.size()), events, failures);
        });
}

void AuditPage::updateStatus() {
    if (m_model->isLoading() && m_model->rowCount() == 0) {
        m_statusLabel->setText(tr("Searching…"));
        return;
    }
    if (m_model->rowCount() == 0) {
        m_statusLabel->setText(tr("No event matches these filters."));
        return;
    }
    const qint64 first = m_model->rowsBeforeWindow() + 1;
    m_statusLabel->setText(m_model->atEnd() && m_model->rowsBeforeWindow() == 0
                               ? tr("%n event(s), newest first", nullptr, m_model->rowCount())
                               : tr("Events %1 to %2, newest first; more load as you scroll")
                                     .arg(QLocale().toString(first),
                                          QLocale().toString(first + m_model->rowCount() - 1)));
}

void AuditPage::openEvent(int row) {
    const auto event = m_model->eventAt(row);
    if (!event)
        return;
    auto *dialog = new AuditEventDialog(*event, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AuditEventDialog::showEventsFor, this,
            [this](const QString &type, const QString &id) {
                AuditFilter f;
                f.span = AuditFilter::Span::AnyTime;
                f.targetType = type;
                f.targetId = id;
                if (!m_seesAll)
                    f.actor = m_status.operatorName;
                setFilter(f);
            });
    connect(dialog, &AuditEventDialog::showEventsBy, this, [this](const QString &actor) {
        AuditFilter f;
        f.span = AuditFilter::Span::AnyTime;
        f.actor = actor;
        setFilter(f);
    });
    connect(dialog, &AuditEventDialog::openTarget, this, &AuditPage::openTarget);
    dialog->show();
}

void AuditPage::exportEvidence() {
    auto *dialog = new AuditExportDialog(m_session, m_model->query(), m_keyPanel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace cowin::ui
