// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "watch/WatchAlert.h"

#include <QAbstractTableModel>

namespace cowin::watch {

// The Watch section's alerts: open ones, most severe and newest first, then frozen accounts and
// keys whose alerts were dealt with. Alerts are few (the server sends at most a few hundred):
// all are held.
class WatchAlertModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Severity, Who, What, Today, Raised, ColumnCount };
    static constexpr int StateRole = Qt::UserRole + 1; // "critical", "frozen", "closed" or ""

    explicit WatchAlertModel(QObject *parent = nullptr);

    void setAlerts(const QList<WatchAlert> &alerts);
    const QList<WatchAlert> &alerts() const { return m_alerts; }
    int rowOf(qint64 alert) const; // -1 when not listed

    // The words people read for an alert and for who it is about.
    static QString severityText(const WatchAlert &a);
    static QString whoText(const WatchAlert &a);
    static QString whatText(const WatchAlert &a);
    static QString todayText(const WatchAlert &a);
    // A reason of portal.authorize_lookup or gateway.authorize_subject in words.
    static QString answerText(const QString &reason);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<WatchAlert> m_alerts;
};

} // namespace cowin::watch
