// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "partners/Partner.h"

#include <QAbstractTableModel>

namespace cowin::partners {

// One partner's keys: prefixes and states, never a key.
class ApiKeyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Prefix, Status, Scopes, Expires, LastUsed, CallsLastDay, Created, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2; // active, suspended, revoked, expired

    explicit ApiKeyTableModel(QObject *parent = nullptr);

    void setKeys(const QList<ApiKeyRow> &keys);
    const QList<ApiKeyRow> &keys() const { return m_keys; }
    // The state a gateway would act on: revoked, suspended, expired or active.
    static QString stateText(const ApiKeyRow &key, const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ApiKeyRow> m_keys;
};

} // namespace cowin::partners
