// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "vaccinators/Vaccinator.h"
#include "widgets/AuditedAction.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cowin::ui {

// Imports accounts from a CSV file: the file is read and checked by the server first (the
// check is recorded), every row shown with its problem, and only a file without problems can
// be imported, all or nothing, with a reason: exactly the rows that were checked.
class VaccinatorImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit VaccinatorImportDialog(db::Session *session, QWidget *parent = nullptr);

    // Reads and checks a file (the Choose file button asks for one).
    void loadFile(const QString &path);
    // Writes the template file (header and one example row); false with a word when it
    // cannot.
    bool saveTemplate(const QString &path);
    int problemCount() const { return static_cast<int>(m_problems.size()); }
    int rowCount() const { return static_cast<int>(m_rows.size()); }

Q_SIGNALS:
    void imported(int accounts);

private:
    void showPreview();
    void import();

    db::Session *m_session;
    QList<vaccinators::ImportRow> m_rows;
    QList<vaccinators::ImportProblem> m_problems;
    qint64 m_checkId = 0; // the server's record of the check: the import names it
    QLabel *m_file;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QLineEdit *m_reason;
    FieldErrors m_errors;
    QPushButton *m_import;
    AuditedAction *m_action;
};

} // namespace cowin::ui
