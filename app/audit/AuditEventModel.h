// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEvent.h"
#include "audit/AuditFilter.h"
#include "paging/KeysetWindowModel.h"

#include <functional>
#include <optional>

namespace cowin::audit {

// The audit trail, newest first, as a keyset window: millions of events scroll with a few
// pages in memory. In live mode, events that commit while the operator reads appear above the
// window's first row without moving the rows in sight (windowShifted).
class AuditEventModel : public paging::KeysetWindow<AuditEvent> {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        TargetColumn,
        ClientColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        FailureRole, // bool
    };
    // beforeId > 0: the page below it, newest first; afterId > 0: the page above it, oldest
    // first; neither: the newest page.
    using PageFetcher = std::function<QFuture<db::Result<QList<AuditEvent>>>(
        const AuditQuery &, qint64 beforeId, qint64 afterId, int pageSize)>;

    explicit AuditEventModel(PageFetcher fetcher, QObject *parent = nullptr, int pageSize = 200,
                             int maxPages = 5);

    // Starts over: the window empties and the newest page loads.
    void setQuery(const AuditQuery &query);
    const AuditQuery &query() const { return m_query; }

    // Live: announced events are read at once while the window holds the newest ones.
    void setLive(bool live);
    bool isLive() const { return m_live; }
    // A notice said events were appended (it carries nothing: read to learn what).
    void newEventsAnnounced();

    int columnCount(const QModelIndex &parent = {}) const override;
    // "vaccinator sp0012345", "API key cwk_1a2b… (Partner)": the kind in the operator's
    // language and the target as people know it.
    static QString targetText(const AuditEvent &e);
    static QString targetKindText(const QString &kind);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    std::optional<AuditEvent> eventAt(int row) const;
    int rowOfEvent(qint64 id) const; // -1 when not in the window

private:
    QFuture<Page> fetchPage(const AuditEvent *edge, bool backward) override;
    void readNewer();

    PageFetcher m_fetcher;
    AuditQuery m_query;
    bool m_live = false;
    bool m_newerPending = false;
};

} // namespace cowin::audit
