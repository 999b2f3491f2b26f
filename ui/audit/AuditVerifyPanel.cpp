// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditVerifyPanel.h"

#include "ErrorText.h"
#include "audit/AuditCalls.h"
#include "audit/SeenHead.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace cowin::ui {

AuditVerifyPanel::AuditVerifyPanel(db::Session *session, const QString &server, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_server(server)
    , m_head(new QLabel(tr("Reading the chain head…"), this))
    , m_sealing(new QLabel(this))
    , m_verify(new QPushButton(tr("Veri&fy the chain in this console"), this))
    , m_cancel(new QPushButton(tr("Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_refresh(new QTimer(this)) {
    setObjectName(QStringLiteral("auditVerify"));
    m_head->setObjectName(QStringLiteral("auditHead"));
    m_head->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sealing->setObjectName(QStringLiteral("auditSealing"));
    m_sealing->setWordWrap(true);
    m_verify->setObjectName(QStringLiteral("auditVerifyStart"));
    m_cancel->setObjectName(QStringLiteral("auditVerifyStop"));
    m_cancel->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("auditVerifyProgress"));
    m_progress->setFormat(tr("%v of %m events"));
    m_progress->setValue(0);
    // Nothing has been walked before the first run: no "0 of 100 events" to misread.
    m_progress->hide();
    m_result->setObjectName(QStringLiteral("auditVerifyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *explanation = new QLabel(
        tr("Every event's hash is recomputed here from the stored events, with OpenSSL, and the "
           "chain is held to the checkpoints auditors signed: a rewritten or shortened history "
           "is found even if whoever changed it recomputed the hashes."),
        this);
    explanation->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_head);
    layout->addWidget(m_sealing);
    layout->addWidget(explanation);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    connect(m_verify, &QPushButton::clicked, this, &AuditVerifyPanel::verify);
    connect(m_cancel, &QPushButton::clicked, this, &AuditVerifyPanel::cancel);
    // New events are announced; the head and the sealing line follow once the sealer has had
    // a moment to chain them, at most every two seconds however busy the trail.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(2000);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (!m_running)
            refreshHead();
    });
    connect(session, &db::Session::auditAppended, this, [this] {
        if (!m_refresh->isActive())
            m_refresh->start();
    });
    refreshHead();
}

audit::SeenHead AuditVerifyPanel::seenHead() const {
    return audit::SeenHead(m_server, m_firstHash);
}

void AuditVerifyPanel::refreshHead() {
    // The trail's first event names it (with the server) for the head remembered here.
    if (m_firstHash.isEmpty()) {
        m_session->read(&audit::AuditCalls::chainPage, qint64(0), 1)
            .then(this, [this](const db::Result<QList<audit::AuditRecord>> &r) {
                if (!r.isOk() || r.value().isEmpty() || r.value().first().hash.size() != 32)
                    return;
                m_firstHash = r.value().first().hash;
                refreshHead();
            });
        return;
    }
    m_session->read(&audit::AuditCalls::head)
        .then(this, [this](const db::Result<audit::AuditHead> &r) {
            if (!r.isOk()) {
                m_head->setText(errorText(r.error()));
                return;
            }
            // The bar keeps the last walk's own count: a head that moved on since is not a
            // walk left unfinished.
            m_events = r.value().events;
            seenHead().offer(r.value().lastId,
                             QByteArray::fromHex(r.value().lastHashHex.toLatin1()),
                             r.value().events);
            const QString head = tr("Audit chain head: event #%1, %2 sealed events, hash %3")
                                     .arg(r.value().lastId)
                                     .arg(QLocale().toString(r.value().events))
                                     .arg(r.value().lastHashHex.left(16) + QStringLiteral("…"));
            m_head->setText(
                m_session->readsOnStandby() ? tr("%1 (read on a standby server)").arg(head) : head);
        });
    m_session->read(&audit::AuditCalls::sealStatus)
        .then(this, [this](const db::Result<audit::SealStatus> &r) {
            if (!r.isOk()) {
                m_sealing->setText(errorText(r.error()));
                return;
            }
            showSealing(r.value());
        });
}

void AuditVerifyPanel::showSealing(const audit::SealStatus &s) {
    const qint64 idle =
        s.checkedAt.isValid() ? s.checkedAt.secsTo(QDateTime::currentDateTimeUtc()) : -1;
    QString text;
    bool late = false;
    if (s.unsealed == 0) {
        text = tr("Every committed event is sealed.");
    } else {
        text = tr("%n event(s) not sealed yet (from #%1, waiting %2 s): they are not "
                  "tamper-evident until the sealer chains them.",
                  nullptr, static_cast<int>(std::min<qint64>(s.unsealed, 100000)))
                   .arg(s.oldestUnsealedId)
                   .arg(QLocale().toString(s.lagSeconds, 'f', 1));
        late = s.lagSeconds > 5;
    }
    if (idle < 0 || idle > 10) {
        text += QLatin1Char(' ') +
                tr("The sealer has not run for %1: ask operations to check cowin-admin seal.")
                    .arg(idle < 0 ? tr("a long time")
                                  : tr("%n second(s)", nullptr, static_cast<int>(idle)));
        late = true;
    }
    m_sealing->setStyleSheet(late ? QStringLiteral("color: #b3261e;") : QString());
    m_sealing->setText(text);
}

void AuditVerifyPanel::verify() {
    if (m_running)
        return;
    m_running = true;
    m_progressReport = db::makeProgress();
    m_verify->setEnabled(false);
    m_cancel->setEnabled(true);
    m_result->setText(tr("Verifying…"));
    m_progress->setRange(0, static_cast<int>(std::max<qint64>(m_events, 1)));
    m_progress->setValue(0);
    m_progress->show();
    connect(m_progressReport.get(), &db::Progress::advanced, this, [this](qint64 checked) {
        // Events sealed since the head was read are walked too.
        if (checked > m_progress->maximum())
            m_progress->setMaximum(static_cast<int>(checked));
        m_progress->setValue(static_cast<int>(checked));
    });
    QList<audit::Checkpoint> remembered;
    if (const auto seen = seenHead().load())
        remembered << *seen;
    m_session->read(&audit::AuditCalls::verifyChain, remembered, m_progressReport)
        .then(this, [this](const db::Result<audit::ChainReport> &r) {
            m_running = false;
            m_verify->setEnabled(true);
            m_cancel->setEnabled(false);
            if (!r.isOk()) {
                m_result->setText(errorText(r.error()));
                Q_EMIT finished(false);
                return;
            }
            show(r.value());
            refreshHead();
        });
}

void AuditVerifyPanel::cancel() {
    if (m_progressReport)
        m_progressReport->cancel();
}

void AuditVerifyPanel::show(const audit::ChainReport &report) {
    using ChainProblem = audit::AuditChainVerifier::Problem;
    using CheckpointProblem = audit::CheckpointCheck::Problem;
    QString text;
    QString colour = QStringLiteral("#1b5e20");
    if (report.cancelled) {
        text = tr("Stopped after %1 events; nothing was wrong so far.")
                   .arg(QLocale().toString(report.checked));
        colour = QStringLiteral("#555555");
    } else if (report.finding.problem == ChainProblem::BrokenLink) {
        text = tr("BROKEN: event #%1 does not link to event #%2 before it. Events are missing "
                  "or were reordered.")
                   .arg(report.finding.eventId)
                   .arg(report.finding.previousId);
    } else if (report.finding.problem == ChainProblem::NeverSealed) {
        text = tr("BROKEN: event #%1 was committed but left out of the sealed chain, which goes "
                  "on after it.")
                   .arg(report.finding.eventId);
    } else if (report.finding.problem == ChainProblem::HashMismatch) {
        text = tr("BROKEN: event #%1 is not what was recorded; its content no longer matches its "
                  "hash.")
                   .arg(report.finding.eventId);
    } else if (report.checkpointFinding.remembered) {
        text = report.checkpointFinding.problem == CheckpointProblem::Cut
                   ? tr("BROKEN: the chain ends before event #%1, which this console was shown "
                        "earlier: its newest events were removed.")
                         .arg(report.checkpointFinding.checkpointLastId)
                   : tr("BROKEN: the history up to event #%1 is not what this console was shown "
                        "earlier: it was rewritten.")
                         .arg(report.checkpointFinding.checkpointLastId);
    } else if (report.checkpointFinding.problem == CheckpointProblem::Cut) {
        text = tr("BROKEN: the chain ends before event #%1, which an auditor signed: its newest "
                  "events were removed.")
                   .arg(report.checkpointFinding.checkpointLastId);
    } else if (report.checkpointFinding.problem == CheckpointProblem::Rewritten) {
        text = tr("BROKEN: the history up to event #%1 is not what an auditor signed: it was "
                  "rewritten and its hashes recomputed.")
                   .arg(report.checkpointFinding.checkpointLastId);
    } else if (report.checkpointFinding.problem != CheckpointProblem::None) {
        text = tr("BROKEN: the signature of the checkpoint at event #%1 does not verify.")
                   .arg(report.checkpointFinding.checkpointLastId);
    } else {
        text = tr("Intact: %1 events recomputed in this console, up to event #%2; %n signed "
                  "checkpoint(s) hold.",
                  nullptr, report.checkpoints)
                   .arg(QLocale().toString(report.checked - report.start.afterPosition))
                   .arg(report.lastId);
        if (report.start.archived > 0)
            text += QLatin1Char(' ') +
                    tr("The %1 events up to #%2 are in archived months: a signed checkpoint "
                       "holds where they end, and cowin-admin verify-audit --archive checks "
                       "their files.")
                        .arg(QLocale().toString(report.start.archived))
                        .arg(report.start.afterId);
        if (report.unsealed > 0)
            text +=
                QLatin1Char(' ') + tr("%n newer event(s) from #%1 are not sealed yet.", nullptr,
                                      static_cast<int>(std::min<qint64>(report.unsealed, 1000000)))
                                       .arg(report.firstUnsealedId);
        const int reached = static_cast<int>(std::max<qint64>(report.checked, 1));
        m_progress->setRange(0, reached);
        m_progress->setValue(reached);
    }
    if (!report.cancelled && !report.intact())
        colour = QStringLiteral("#b3261e");
    m_result->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(colour));
    m_result->setText(text);
    Q_EMIT finished(!report.cancelled && report.intact());
}

} // namespace cowin::ui
