// SPDX-License-Identifier: Apache-2.0
#include "vaccinators/VaccinatorCsv.h"

#include "files/Csv.h"

#include <QCoreApplication>

namespace cowin::vaccinators {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("cowin::vaccinators::VaccinatorCsv", text);
}
} // namespace

ParsedImport VaccinatorCsv::parseImport(const QByteArray &data) {
    ParsedImport out;
    QList<int> lines;
    const QList<QStringList> records = files::Csv::parse(data, &lines);
    if (records.isEmpty()) {
        out.problems << ImportProblem{1, QStringLiteral("file"), tr("The file is empty.")};
        return out;
    }
    QStringList header;
    for (const QString &h : records.first())
        header << h.trimmed().toLower();
    const QStringList wanted = {QStringLiteral("login_id"), QStringLiteral("full_name"),
                                QStringLiteral("mobile"), QStringLiteral("centre_id")};
    QList<qsizetype> columns;
    for (const QString &w : wanted) {
        columns << header.indexOf(w);
        if (columns.last() < 0)
            out.problems << ImportProblem{lines.first(), QStringLiteral("file"),
                                          tr("The first line must name the columns login_id, "
                                             "full_name, mobile and centre_id; %1 is missing.")
                                              .arg(w)};
    }
    if (!out.problems.isEmpty())
        return out;
    if (records.size() - 1 > kMaxImportRows) {
        out.problems << ImportProblem{
            lines.first(), QStringLiteral("file"),
            tr("Import at most %1 accounts at a time.").arg(kMaxImportRows)};
        return out;
    }
    for (int i = 1; i < records.size(); ++i) {
        const QStringList &r = records.at(i);
        if (r.size() != header.size()) {
            out.problems << ImportProblem{
                lines.at(i), QStringLiteral("file"),
                tr("This line has %1 fields; the header has %2.").arg(r.size()).arg(header.size())};
            continue;
        }
        out.rows << ImportRow{lines.at(i), r.at(columns[0]).trimmed(), r.at(columns[1]).trimmed(),
                              r.at(columns[2]).trimmed(), r.at(columns[3]).trimmed()};
    }
    return out;
}

QByteArray VaccinatorCsv::importTemplate() {
    return "login_id,full_name,mobile,centre_id\r\n"
           "sp.example.0001,\"Example Name, replace this row\",9876543210,1\r\n";
}

QByteArray VaccinatorCsv::exportHeader() {
    return "login_id,full_name,mobile_masked,centre_id,centre,district,state,status,"
           "must_change_password,failed_logins,last_login_utc\r\n";
}

QByteArray VaccinatorCsv::exportLine(const VaccinatorRow &r) {
    const QList<QByteArray> fields = {
        files::Csv::field(r.loginId),
        files::Csv::field(r.fullName),
        files::Csv::field(r.mobileMasked),
        QByteArray::number(r.centreId),
        files::Csv::field(r.centreName),
        files::Csv::field(r.districtName),
        files::Csv::field(r.stateName),
        files::Csv::field(r.status),
        r.mustChangePassword ? QByteArray("true") : QByteArray("false"),
        QByteArray::number(r.failedLogins),
        r.lastLoginAt.isValid() ? r.lastLoginAt.toUTC().toString(Qt::ISODate).toUtf8()
                                : QByteArray()};
    QByteArray line;
    for (int i = 0; i < fields.size(); ++i)
        line += (i ? "," : "") + fields.at(i);
    return line + "\r\n";
}

} // namespace cowin::vaccinators
