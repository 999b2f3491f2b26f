// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditEventModel.h"

#include "text/ControlCharacters.h"

#include <QLocale>

namespace cowin::audit {

AuditEventModel::AuditEventModel(PageFetcher fetcher, QObject *parent, int pageSize, int maxPages)
    : KeysetWindow(parent, pageSize, maxPages)
    , m_fetcher(std::move(fetcher)) {
    // A notice that came while a page was on its way is read once that page is in.
    connect(this, &AuditEventModel::pageLoaded, this, [this] {
        if (m_newerPending && m_live)
            readNewer();
    });
}

void AuditEventModel::setQuery(const AuditQuery &query) {
    beginResetModel();
    m_query = query;
    m_newerPending = false;
    startOver();
    endResetModel();
    request(false);
}

void AuditEventModel::setLive(bool live) {
    m_live = live;
    if (m_live && m_newerPending)
        readNewer();
}

void AuditEventModel::newEventsAnnounced() {
    // A fixed end in the past: nothing new can match.
    if (m_query.to.isValid() && m_query.to <= QDateTime::currentDateTimeUtc())
        return;
    m_newerPending = true;
    if (m_live)
        readNewer();
}

void AuditEventModel::readNewer() {
    if (isLoading())
        return; // pageLoaded comes back here
    if (!atStart()) {
        // The window is deep in the list: the newer events are read when the operator
        // scrolls up to them.
        m_newerPending = false;
        return;
    }
    m_newerPending = false;
    if (rowCount() == 0) {
        setQuery(m_query);
        return;
    }
    expectRowsBefore();
    request(true);
}

int AuditEventModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditEventModel::targetKindText(const QString &kind) {
    if (kind == QLatin1String("vaccinator"))
        return tr("vaccinator");
    if (kind == QLatin1String("operator"))
        return tr("operator");
    if (kind == QLatin1String("partner"))
        return tr("partner");
    if (kind == QLatin1String("api_key"))
        return tr("API key");
    if (kind == QLatin1String("kill_switch"))
        return tr("kill-switch");
    if (kind == QLatin1String("bulk_reset"))
        return tr("bulk action");
    return kind;
}

QString AuditEventModel::targetText(const AuditEvent &e) {
    const AuditRecord &r = e.record;
    if (!r.targetType)
        return {};
    // The label where there is one (a login id, a key's prefix), else the recorded id.
    const std::optional<QString> &shown = e.targetLabel ? e.targetLabel : r.targetId;
    const QString kind = targetKindText(*r.targetType);
    return shown ? kind + QLatin1Char(' ') + *shown : kind;
}

QVariant AuditEventModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent &e = rowRef(index.row());
    const AuditRecord &r = e.record;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.occurredAt.toLocalTime(),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActorColumn:
            return r.actor;
        case ActionColumn:
            return r.action;
        case TargetColumn:
            return targetText(e);
        case ClientColumn:
            return r.clientAddr.value_or(QString());
        case ReasonColumn:
            return text::withVisibleControls(r.reason.value_or(QString()));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn && r.reason)
            return text::withVisibleControls(*r.reason);
        if (index.column() == ActionColumn && e.failure)
            return tr("Records a failure: a wrong or replayed code, a lock, a refusal or a "
                      "failed delivery");
        if (index.column() == TimeColumn)
            return tr("Event #%1, %2 UTC").arg(r.id).arg(r.occurredAtUtc);
        if (index.column() == TargetColumn && e.targetLabel && r.targetId)
            return tr("Recorded as %1 %2").arg(r.targetType.value_or(QString()), *r.targetId);
        return {};
    case EventIdRole:
        return r.id;
    case FailureRole:
        return e.failure;
    default:
        return {};
    }
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Operator");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case ClientColumn:
        return tr("Client address");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

std::optional<AuditEvent> AuditEventModel::eventAt(int row) const {
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return rowRef(row);
}

int AuditEventModel::rowOfEvent(qint64 id) const {
    for (int i = 0; i < rowCount(); ++i) {
        if (rowRef(i).record.id == id)
            return i;
    }
    return -1;
}

QFuture<AuditEventModel::Page> AuditEventModel::fetchPage(const AuditEvent *edge, bool backward) {
    if (!m_fetcher)
        return {};
    const qint64 id = edge ? edge->record.id : 0;
    return m_fetcher(m_query, backward ? 0 : id, backward ? id : 0, pageSize());
}

} // namespace cowin::audit
