// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "partners/Partner.h"

#include <QAbstractTableModel>

namespace cowin::partners {

// The partners of one filtered read, as the list shows them. The server sends at most 1,000;
// a ministry has hundreds, so the whole answer is held.
class PartnerTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Sector, Status, ActiveKeys, CallsLastDay, LastUsed, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2; // active, suspended, revoked

    explicit PartnerTableModel(QObject *parent = nullptr);

    void setRows(const QList<PartnerRow> &rows);
    const QList<PartnerRow> &rows() const { return m_rows; }
    int rowOf(int partnerId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString sectorText(const QString &sector);
    static QString statusText(const QString &status);

private:
    QList<PartnerRow> m_rows;
};

} // namespace cowin::partners
