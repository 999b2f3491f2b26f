// SPDX-License-Identifier: Apache-2.0
#include "vaccinators/VaccinatorListModel.h"

#include <QLocale>

namespace cowin::vaccinators {

VaccinatorListModel::VaccinatorListModel(PageFetcher fetcher, QObject *parent, int pageSize,
                                         int maxPages)
    : QAbstractTableModel(parent)
    , m_fetcher(std::move(fetcher))
    , m_pageSize(qMax(1, pageSize))
    , m_maxPages(qMax(2, maxPages)) {}

void VaccinatorListModel::setQuery(const VaccinatorQuery &query) {
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_rowsBefore = 0;
    m_atStart = true;
    m_atEnd = false;
    ++m_generation; // pages still on their way belong to the old query
    m_loading = false;
    endResetModel();
    request(false);
}

int VaccinatorListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VaccinatorListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString statusText(const VaccinatorRow &r) {
    if (r.status == QLatin1String("locked"))
        return VaccinatorListModel::tr("Locked");
    if (r.status == QLatin1String("disabled"))
        return VaccinatorListModel::tr("Disabled");
    if (r.mustChangePassword)
        return VaccinatorListModel::tr("Must change password");
    return VaccinatorListModel::tr("Active");
}
} // namespace

QVariant VaccinatorListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VaccinatorRow &r = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LoginIdColumn:
            return r.loginId;
        case NameColumn:
            return r.fullName;
        case MobileColumn:
            return r.mobileMasked;
        case CentreColumn:
            return r.centreName;
        case DistrictColumn:
            return r.districtName;
        case StateColumn:
            return r.stateName;
        case StatusColumn:
            return statusText(r);
        case LastLoginColumn:
            return r.lastLoginAt.isValid()
                       ? QLocale().toString(r.lastLoginAt.toLocalTime(), QLocale::ShortFormat)
                       : tr("never");
        case FailedLoginsColumn:
            return r.failedLogins;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!r.inScope)
            return tr("Outside your states and districts: you can look, not act.");
        if (index.column() == StatusColumn && r.status == QLatin1String("locked"))
            return tr("Locked by the portal after %n failed logins", nullptr, r.failedLogins);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == FailedLoginsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AccountIdRole:
        return r.id;
    case StatusRole:
        return r.status;
    case InScopeRole:
        return r.inScope;
    case MustChangeRole:
        return r.mustChangePassword;
    case LastLoginUtcRole:
        return r.lastLoginAt;
    default:
        return {};
    }
}

QVariant VaccinatorListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LoginIdColumn:
        return tr("Login ID");
    case NameColumn:
        return tr("Name");
    case MobileColumn:
        return tr("Mobile");
    case CentreColumn:
        return tr("Centre");
    case DistrictColumn:
        return tr("District");
    case StateColumn:
        return tr("State");
    case StatusColumn:
        return tr("Status");
    case LastLoginColumn:
        return tr("Last login");
    case FailedLoginsColumn:
        return tr("Failed logins");
    default:
        return {};
    }
}

bool VaccinatorListModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void VaccinatorListModel::fetchMore(const QModelIndex &parent) {
    if (canFetchMore(parent))
        request(false);
}

bool VaccinatorListModel::isSortable(int column) {
    return column == NameColumn || column == LoginIdColumn || column == LastLoginColumn;
}

void VaccinatorListModel::sort(int column, Qt::SortOrder order) {
    if (!isSortable(column))
        return;
    VaccinatorQuery q = m_query;
    q.sort = column == LoginIdColumn     ? SortKey::LoginId
             : column == LastLoginColumn ? SortKey::LastLogin
                                         : SortKey::Name;
    q.descending = order == Qt::DescendingOrder;
    if (q != m_query)
        setQuery(q);
}

void VaccinatorListModel::noteVisibleRows(int first, int last) {
    if (m_loading)
        return;
    const int margin = m_pageSize / 2;
    if (!m_atEnd && last >= rowCount() - margin)
        request(false);
    else if (!m_atStart && first < margin)
        request(true);
}

std::optional<VaccinatorRow> VaccinatorListModel::rowAt(int row) const {
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return m_rows[static_cast<size_t>(row)];
}

int VaccinatorListModel::rowOfAccount(qint64 id) const {
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

void VaccinatorListModel::updateAccount(const VaccinatorRow &row) {
    const int i = rowOfAccount(row.id);
    if (i < 0)
        return;
    VaccinatorRow updated = row;
    updated.sortKey = m_rows[static_cast<size_t>(i)].sortKey; // its place in this list
    m_rows[static_cast<size_t>(i)] = updated;
    Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
}

void VaccinatorListModel::setLoading(bool loading) {
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void VaccinatorListModel::request(bool backward) {
    if (m_loading || !m_fetcher)
        return;
    PageRequest page;
    page.pageSize = m_pageSize;
    page.backward = backward;
    if (!m_rows.empty()) {
        const VaccinatorRow &edge = backward ? m_rows.front() : m_rows.back();
        page.hasCursor = true;
        page.afterKey = edge.sortKey;
        page.afterId = edge.id;
    }
    setLoading(true);
    const quint64 generation = m_generation;
    // Always delivered from the event loop, even when the page was ready at once: a model
    // must not change while a view is still handling its previous change.
    m_fetcher(m_query, page)
        .then(this, [this, generation, backward](db::Result<QList<VaccinatorRow>> r) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, backward, r = std::move(r)] {
                    receive(generation, backward, r);
                },
                Qt::QueuedConnection);
        });
}

void VaccinatorListModel::receive(quint64 generation, bool backward,
                                  const db::Result<QList<VaccinatorRow>> &r) {
    if (generation != m_generation)
        return; // an answer to a query the operator has since changed
    if (!r.isOk()) {
        m_atEnd = true;
        setLoading(false);
        Q_EMIT fetchFailed(r.error());
        return;
    }
    // Still loading while rows move: a view that asks for more in the middle of this change
    // would otherwise ask with a cursor that is about to be stale.
    const QList<VaccinatorRow> &page = r.value();
    const int n = static_cast<int>(page.size());
    const bool shortPage = n < m_pageSize;
    if (!backward) {
        if (n > 0) {
            beginInsertRows({}, rowCount(), rowCount() + n - 1);
            m_rows.insert(m_rows.end(), page.begin(), page.end());
            endInsertRows();
        }
        m_atEnd = shortPage;
        const int excess = rowCount() - maxRows();
        if (excess > 0) {
            beginRemoveRows({}, 0, excess - 1);
            m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
            endRemoveRows();
            m_rowsBefore += excess;
            m_atStart = false;
            Q_EMIT windowShifted(-excess);
        }
    } else {
        // A backward page comes nearest row first.
        if (n > 0) {
            beginInsertRows({}, 0, n - 1);
            m_rows.insert(m_rows.begin(), page.rbegin(), page.rend());
            endInsertRows();
            m_rowsBefore = qMax<qint64>(0, m_rowsBefore - n);
            Q_EMIT windowShifted(n);
        }
        m_atStart = shortPage;
        if (m_atStart)
            m_rowsBefore = 0;
        const int excess = rowCount() - maxRows();
        if (excess > 0) {
            beginRemoveRows({}, rowCount() - excess, rowCount() - 1);
            m_rows.erase(m_rows.end() - excess, m_rows.end());
            endRemoveRows();
            m_atEnd = false;
        }
    }
    setLoading(false);
    Q_EMIT pageLoaded();
}

} // namespace cowin::vaccinators
