// SPDX-License-Identifier: Apache-2.0
#include "vaccinators/VaccinatorListModel.h"

#include <QLocale>

namespace cowin::vaccinators {

VaccinatorListModel::VaccinatorListModel(PageFetcher fetcher, QObject *parent, int pageSize,
                                         int maxPages)
    : KeysetWindow(parent, pageSize, maxPages)
    , m_fetcher(std::move(fetcher)) {}

void VaccinatorListModel::setQuery(const VaccinatorQuery &query) {
    beginResetModel();
    m_query = query;
    startOver();
    endResetModel();
    request(false);
}

int VaccinatorListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString VaccinatorListModel::statusText(const QString &status, bool mustChangePassword) {
    if (status == QLatin1String("locked"))
        return tr("Locked");
    if (status == QLatin1String("disabled"))
        return tr("Disabled");
    if (mustChangePassword)
        return tr("Must change password");
    return tr("Active");
}

QVariant VaccinatorListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VaccinatorRow &r = rowRef(index.row());
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
            return statusText(r.status, r.mustChangePassword);
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

std::optional<VaccinatorRow> VaccinatorListModel::rowAt(int row) const {
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return rowRef(row);
}

int VaccinatorListModel::rowOfAccount(qint64 id) const {
    for (int i = 0; i < rowCount(); ++i) {
        if (rowRef(i).id == id)
            return i;
    }
    return -1;
}

void VaccinatorListModel::updateAccount(const VaccinatorRow &row) {
    const int i = rowOfAccount(row.id);
    if (i < 0)
        return;
    VaccinatorRow updated = row;
    updated.sortKey = rowRef(i).sortKey; // its place in this list
    rowRef(i) = updated;
    Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
}

QFuture<VaccinatorListModel::Page> VaccinatorListModel::fetchPage(const VaccinatorRow *edge,
                                                                  bool backward) {
    if (!m_fetcher)
        return {};
    PageRequest page;
    page.pageSize = pageSize();
    page.backward = backward;
    if (edge) {
        page.hasCursor = true;
        page.afterKey = edge->sortKey;
        page.afterId = edge->id;
    }
    return m_fetcher(m_query, page);
}

} // namespace cowin::vaccinators
