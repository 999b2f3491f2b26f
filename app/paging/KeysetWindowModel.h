// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/DbError.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <deque>

namespace cowin::paging {

// A window onto a list of millions of rows, never a copy of it: rows arrive one keyset page at
// a time as the view scrolls, and pages far from the view are dropped, so memory stays the
// same at any depth. The list is read ahead (and behind) from the rows the view reports with
// noteVisibleRows(); a page that moves the window emits windowShifted so the view can keep
// the same rows in sight. KeysetWindow<Row> holds the rows; this part knows only counts.
class KeysetWindowModel : public QAbstractTableModel {
    Q_OBJECT
public:
    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The view shows rows first..last: read ahead or behind when either edge comes near.
    void noteVisibleRows(int first, int last);

    // How many rows of the whole list lie before the window's first row.
    qint64 rowsBeforeWindow() const { return m_rowsBefore; }
    bool atStart() const { return m_atStart; }
    bool atEnd() const { return m_atEnd; }
    bool isLoading() const { return m_loading; }
    int maxRows() const { return m_pageSize * m_maxPages; }
    int pageSize() const { return m_pageSize; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    // Rows were added or dropped above the view's rows: the same row is now `delta` rows
    // further down (negative: up).
    void windowShifted(int delta);
    void pageLoaded();
    void fetchFailed(const cowin::db::DbError &error);

protected:
    KeysetWindowModel(QObject *parent, int pageSize, int maxPages);

    // Empties the window (the caller resets the model around it) and forgets pages still on
    // their way; then request(false) reads the first page.
    void startOver();
    // Rows may exist before the first one (new ones arrived above it).
    void expectRowsBefore() { m_atStart = false; }
    virtual int storedRows() const = 0;
    virtual void clearRows() = 0;
    // Reads the next page after the window's last row, or (backward) before its first.
    virtual void request(bool backward) = 0;

    quint64 generation() const { return m_generation; }
    void setLoading(bool loading);
    // A page answered: pages of an old generation are ignored, a failure ends the list.
    bool accept(quint64 generation, const db::DbError *error);
    // Bookkeeping after `added` rows were put at one end; returns how many to drop from the
    // other end, which the caller removes and reports with dropped().
    int placed(bool backward, int added);
    void dropped(bool backward, int count);

private:
    const int m_pageSize;
    const int m_maxPages;
    quint64 m_generation = 0;
    qint64 m_rowsBefore = 0;
    bool m_atStart = true;
    bool m_atEnd = true;
    bool m_loading = false;
};

// The rows of a keyset window: fetchPage(edge, backward) reads the page after edge (or before
// it; nullptr for the first page), a backward page coming nearest row first.
template <typename Row> class KeysetWindow : public KeysetWindowModel {
public:
    using Page = db::Result<QList<Row>>;

protected:
    KeysetWindow(QObject *parent, int pageSize, int maxPages)
        : KeysetWindowModel(parent, pageSize, maxPages) {}

    virtual QFuture<Page> fetchPage(const Row *edge, bool backward) = 0;

    int storedRows() const override { return static_cast<int>(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }
    const Row &rowRef(int row) const { return m_rows[static_cast<size_t>(row)]; }
    Row &rowRef(int row) { return m_rows[static_cast<size_t>(row)]; }

    void request(bool backward) override {
        if (isLoading())
            return;
        const Row *edge = m_rows.empty() ? nullptr : backward ? &m_rows.front() : &m_rows.back();
        QFuture<Page> page = fetchPage(edge, backward);
        if (!page.isValid())
            return;
        setLoading(true);
        const quint64 g = generation();
        // Always delivered from the event loop, even when the page was ready at once: a model
        // must not change while a view is still handling its previous change.
        page.then(this, [this, g, backward](Page r) {
            QMetaObject::invokeMethod(
                this, [this, g, backward, r = std::move(r)] { receive(g, backward, r); },
                Qt::QueuedConnection);
        });
    }

private:
    void receive(quint64 g, bool backward, const Page &r) {
        if (!accept(g, r.isOk() ? nullptr : &r.error()))
            return;
        // Still loading while rows move: a view that asks for more in the middle of this
        // change would otherwise ask with a cursor that is about to be stale.
        const QList<Row> &page = r.value();
        const int n = static_cast<int>(page.size());
        if (n > 0) {
            const int at = backward ? 0 : storedRows();
            beginInsertRows({}, at, at + n - 1);
            if (backward)
                m_rows.insert(m_rows.begin(), page.rbegin(), page.rend());
            else
                m_rows.insert(m_rows.end(), page.begin(), page.end());
            endInsertRows();
        }
        const int excess = placed(backward, n);
        if (excess > 0) {
            const int first = backward ? storedRows() - excess : 0;
            beginRemoveRows({}, first, first + excess - 1);
            if (backward)
                m_rows.erase(m_rows.end() - excess, m_rows.end());
            else
                m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
            endRemoveRows();
        }
        dropped(backward, excess);
        setLoading(false);
        Q_EMIT pageLoaded();
    }

    std::deque<Row> m_rows;
};

} // namespace cowin::paging
