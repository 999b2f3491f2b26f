// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "delivery/OutboxRow.h"

#include <QAbstractTableModel>

namespace cowin::delivery {

// The messages of the deliveries view, one page at a time (at most 500: all held).
class OutboxTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Created, Account, Recipient, State, Attempts, Problem, ColumnCount };
    static constexpr int StateRole = Qt::UserRole + 1; // "problem" or the message's state

    explicit OutboxTableModel(QObject *parent = nullptr);

    void setMessages(const QList<OutboxRow> &messages);
    const QList<OutboxRow> &messages() const { return m_messages; }
    int rowOf(qint64 messageId) const; // -1 when not listed

    static QString stateText(const OutboxRow &m);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<OutboxRow> m_messages;
};

} // namespace cowin::delivery
