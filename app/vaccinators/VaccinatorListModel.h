// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/DbError.h"
#include "vaccinators/Vaccinator.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <deque>
#include <functional>
#include <optional>

namespace cowin::vaccinators {

// A window onto a list of up to a million accounts, never a copy of it: rows arrive one
// keyset page at a time as the view scrolls, and pages far from the view are dropped, so
// memory stays the same at any depth. The list is read ahead (and behind) from the rows the
// view reports with noteVisibleRows(); a page that moves the window emits windowShifted so
// the view can keep the same rows in sight.
class VaccinatorListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        LoginIdColumn,
        NameColumn,
        MobileColumn,
        CentreColumn,
        DistrictColumn,
        StateColumn,
        StatusColumn,
        LastLoginColumn,
        FailedLoginsColumn,
        ColumnCount
    };
    enum Role {
        AccountIdRole = Qt::UserRole + 1,
        StatusRole,      // "active", "locked", "disabled"
        InScopeRole,     // whether this operator may act on the account
        MustChangeRole,  // must change the password at next login
        LastLoginUtcRole // QDateTime in UTC, invalid when never
    };
    using PageFetcher = std::function<QFuture<db::Result<QList<VaccinatorRow>>>(
        const VaccinatorQuery &, const PageRequest &)>;

    explicit VaccinatorListModel(PageFetcher fetcher, QObject *parent = nullptr, int pageSize = 200,
                                 int maxPages = 5);

    // Starts over with a new query: the window empties and the first page loads.
    void setQuery(const VaccinatorQuery &query);
    const VaccinatorQuery &query() const { return m_query; }
    void reload() { setQuery(m_query); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Name, login id and last login sort on the server; other columns keep the order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);

    // The view shows rows first..last: read ahead or behind when either edge comes near.
    void noteVisibleRows(int first, int last);

    std::optional<VaccinatorRow> rowAt(int row) const;
    int rowOfAccount(qint64 id) const; // -1 when not in the window
    // After an action: the account's row shows what the server now says.
    void updateAccount(const VaccinatorRow &row);

    // How many rows of the whole list lie before the window's first row.
    qint64 rowsBeforeWindow() const { return m_rowsBefore; }
    bool atStart() const { return m_atStart; }
    bool atEnd() const { return m_atEnd; }
    bool isLoading() const { return m_loading; }
    int maxRows() const { return m_pageSize * m_maxPages; }
    int pageSize() const { return m_pageSize; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    // Rows were added or dropped above the view's rows: the same account is now `delta` rows
    // further down (negative: up).
    void windowShifted(int delta);
    void pageLoaded();
    void fetchFailed(const cowin::db::DbError &error);

private:
    void request(bool backward);
    void receive(quint64 generation, bool backward, const db::Result<QList<VaccinatorRow>> &r);
    void setLoading(bool loading);

    PageFetcher m_fetcher;
    VaccinatorQuery m_query;
    std::deque<VaccinatorRow> m_rows;
    const int m_pageSize;
    const int m_maxPages;
    quint64 m_generation = 0;
    qint64 m_rowsBefore = 0;
    bool m_atStart = true;
    bool m_atEnd = true;
    bool m_loading = false;
};

} // namespace cowin::vaccinators
