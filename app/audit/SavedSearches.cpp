// SPDX-License-Identifier: Apache-2.0
#include "audit/SavedSearches.h"

#include <QJsonDocument>
#include <QSettings>

namespace cowin::audit {

namespace {
const QString kGroup = QStringLiteral("audit/searches");
} // namespace

QStringList SavedSearches::names() const {
    QSettings s;
    s.beginGroup(kGroup);
    QStringList names;
    for (const QString &key : s.childKeys())
        names << QString::fromUtf8(QByteArray::fromPercentEncoding(key.toUtf8()));
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<AuditFilter> SavedSearches::find(const QString &name) const {
    QSettings s;
    s.beginGroup(kGroup);
    const QString key = QString::fromLatin1(name.toUtf8().toPercentEncoding());
    if (!s.contains(key))
        return std::nullopt;
    return AuditFilter::fromJson(QJsonDocument::fromJson(s.value(key).toByteArray()).object());
}

void SavedSearches::save(const QString &name, const AuditFilter &filter) {
    QSettings s;
    s.beginGroup(kGroup);
    s.setValue(QString::fromLatin1(name.trimmed().toUtf8().toPercentEncoding()),
               QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
}

void SavedSearches::remove(const QString &name) {
    QSettings s;
    s.beginGroup(kGroup);
    s.remove(QString::fromLatin1(name.toUtf8().toPercentEncoding()));
}

} // namespace cowin::audit
