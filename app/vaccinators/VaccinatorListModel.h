// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "paging/KeysetWindowModel.h"
#include "vaccinators/Vaccinator.h"

#include <functional>
#include <optional>

namespace cowin::vaccinators {

// A keyset window onto a list of up to a million accounts, in the order the query sorts by.
class VaccinatorListModel : public paging::KeysetWindow<VaccinatorRow> {
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

    // "Locked", "Disabled", "Must change password", "Active": a status in words.
    static QString statusText(const QString &status, bool mustChangePassword = false);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Name, login id and last login sort on the server; other columns keep the order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);

    std::optional<VaccinatorRow> rowAt(int row) const;
    int rowOfAccount(qint64 id) const; // -1 when not in the window
    // After an action: the account's row shows what the server now says.
    void updateAccount(const VaccinatorRow &row);

private:
    QFuture<Page> fetchPage(const VaccinatorRow *edge, bool backward) override;

    PageFetcher m_fetcher;
    VaccinatorQuery m_query;
};

} // namespace cowin::vaccinators
