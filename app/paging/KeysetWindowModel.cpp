// SPDX-License-Identifier: Apache-2.0
#include "paging/KeysetWindowModel.h"

namespace cowin::paging {

KeysetWindowModel::KeysetWindowModel(QObject *parent, int pageSize, int maxPages)
    : QAbstractTableModel(parent)
    , m_pageSize(qMax(1, pageSize))
    , m_maxPages(qMax(2, maxPages)) {}

int KeysetWindowModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : storedRows();
}

bool KeysetWindowModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void KeysetWindowModel::fetchMore(const QModelIndex &parent) {
    if (canFetchMore(parent))
        request(false);
}

void KeysetWindowModel::noteVisibleRows(int first, int last) {
    if (m_loading)
        return;
    const int margin = m_pageSize / 2;
    if (!m_atEnd && last >= rowCount() - margin)
        request(false);
    else if (!m_atStart && first < margin)
        request(true);
}

void KeysetWindowModel::startOver() {
    clearRows();
    m_rowsBefore = 0;
    m_atStart = true;
    m_atEnd = false;
    ++m_generation; // pages still on their way belong to the old list
    m_loading = false;
}

void KeysetWindowModel::setLoading(bool loading) {
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

bool KeysetWindowModel::accept(quint64 generation, const db::DbError *error) {
    if (generation != m_generation)
        return false; // an answer about a list the operator has since changed
    if (error) {
        m_atEnd = true;
        setLoading(false);
        Q_EMIT fetchFailed(*error);
        return false;
    }
    return true;
}

int KeysetWindowModel::placed(bool backward, int added) {
    const bool shortPage = added < m_pageSize;
    if (!backward) {
        m_atEnd = shortPage;
    } else {
        if (added > 0) {
            m_rowsBefore = qMax<qint64>(0, m_rowsBefore - added);
            Q_EMIT windowShifted(added);
        }
        m_atStart = shortPage;
        if (m_atStart)
            m_rowsBefore = 0;
    }
    return qMax(0, rowCount() - maxRows());
}

void KeysetWindowModel::dropped(bool backward, int count) {
    if (count <= 0)
        return;
    if (backward) {
        m_atEnd = false;
    } else {
        m_rowsBefore += count;
        m_atStart = false;
        Q_EMIT windowShifted(-count);
    }
}

} // namespace cowin::paging
