// SPDX-License-Identifier: Apache-2.0
#include "delivery/OutboxTableModel.h"
#include "text/LocalTime.h"

#include <QLocale>

namespace cowin::delivery {

OutboxTableModel::OutboxTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void OutboxTableModel::setMessages(const QList<OutboxRow> &messages) {
    beginResetModel();
    m_messages = messages;
    endResetModel();
}

int OutboxTableModel::rowOf(qint64 messageId) const {
    for (int i = 0; i < m_messages.size(); ++i)
        if (m_messages.at(i).id == messageId)
            return i;
    return -1;
}

QString OutboxTableModel::stateText(const OutboxRow &m) {
    if (m.givenUp())
        return tr("Given up");
    if (m.state == QLatin1String("delivered"))
        return tr("Delivered %1").arg(text::localTime(m.finishedAt));
    if (m.state == QLatin1String("superseded"))
        return tr("Withdrawn by a newer reset");
    if (m.failing())
        return tr("Failing, next try %1").arg(text::localTime(m.nextAttemptAt));
    if (m.state == QLatin1String("sending"))
        return tr("Being sent");
    return tr("Waiting to be sent");
}

int OutboxTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_messages.size());
}

int OutboxTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxRow &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Created:
            return text::localTime(m.createdAt);
        case Account:
            return tr("%1 (%2)").arg(m.loginId, m.fullName);
        case Recipient:
            return m.recipientMasked;
        case State:
            return stateText(m);
        case Attempts:
            return QLocale().toString(m.attempts);
        case Problem:
            return m.lastError;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        // Narrow columns elide: the whole text is a hover away.
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == Attempts)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StateRole:
        return m.givenUp() || m.failing() ? QStringLiteral("problem") : m.state;
    default:
        return {};
    }
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Created:
        return tr("Reset at");
    case Account:
        return tr("Account");
    case Recipient:
        return tr("Mobile");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case Problem:
        return tr("Last problem");
    default:
        return {};
    }
}

} // namespace cowin::delivery
