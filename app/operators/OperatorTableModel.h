// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "operators/Operator.h"

#include <QAbstractTableModel>

namespace cowin::operators {

// The console's operators as a ministry admin lists them (a few hundred at most: all held).
class OperatorTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Username, Name, Groups, Scope, State, LastLogin, Sessions, ColumnCount };
    static constexpr int UsernameRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2; // active, locked, disabled, not_enrolled

    explicit OperatorTableModel(QObject *parent = nullptr);

    void setRows(const QList<OperatorRow> &rows);
    const QList<OperatorRow> &rows() const { return m_rows; }
    int rowOf(const QString &username) const; // -1 when not listed

    static QString stateName(const OperatorRow &o);
    static QString stateText(const OperatorRow &o);
    static QString groupText(const QString &group);
    static QString groupsText(const QStringList &groups);
    static QString scopeText(const OperatorRow &o);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<OperatorRow> m_rows;
};

} // namespace cowin::operators
