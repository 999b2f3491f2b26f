// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "vaccinators/Vaccinator.h"

#include <QObject>
#include <QSaveFile>
#include <memory>

namespace cowin::vaccinators {

// Writes what a search finds to a CSV file, masked, page by page: the export is recorded in
// the audit trail before the first row is written; the file appears only when complete, and
// a cancelled or failed export leaves no file.
class VaccinatorExporter : public QObject {
    Q_OBJECT
public:
    VaccinatorExporter(db::Session *session, VaccinatorQuery query, QString path,
                       QObject *parent = nullptr);

    void start();
    void cancel() { m_cancelled = true; }
    static QString describe(const VaccinatorQuery &query);
    static constexpr int kPageSize = 500;

Q_SIGNALS:
    // expected is 0 while the total is not known (more than the count cap).
    void progressed(qint64 written, qint64 expected);
    void finished(bool ok, const QString &message);

private:
    void nextPage();
    void fail(const db::DbError &error);

    db::Session *m_session;
    VaccinatorQuery m_query;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    PageRequest m_page;
    qint64 m_written = 0;
    qint64 m_expected = 0;
    bool m_cancelled = false;
};

} // namespace cowin::vaccinators
