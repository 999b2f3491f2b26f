// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vaccinators/Vaccinator.h"

#include <QByteArray>
#include <QList>

namespace cowin::vaccinators {

struct ParsedImport {
    QList<ImportRow> rows;
    QList<ImportProblem> problems; // what is wrong with the file itself, by line
};

// The CSV files of the Vaccinators section (RFC 4180, UTF-8). Imports need the columns
// login_id, full_name, mobile and centre_id, in any order, with a header line. Exports carry
// masked mobile numbers only, and neutralise cells a spreadsheet would run as a formula.
class VaccinatorCsv {
public:
    static constexpr int kMaxImportRows = 10000;

    static ParsedImport parseImport(const QByteArray &data);
    // A file to start from: the header an import needs and one example row to replace.
    static QByteArray importTemplate();
    static QByteArray exportHeader();
    static QByteArray exportLine(const VaccinatorRow &row);
};

} // namespace cowin::vaccinators
