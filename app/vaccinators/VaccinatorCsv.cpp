// SPDX-License-Identifier: Apache-2.0
#include "vaccinators/VaccinatorCsv.h"

#include <QCoreApplication>

namespace cowin::vaccinators {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("cowin::vaccinators::VaccinatorCsv", text);
}
} // namespace

QList<QStringList> VaccinatorCsv::parse(const QByteArray &data, QList<int> *firstLines) {
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList record;
    QString current;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    const auto endField = [&] {
        record << current;
        current.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line is no record.
        if (!(record.size() == 1 && record.first().trimmed().isEmpty())) {
            records << record;
            if (firstLines)
                *firstLines << recordLine;
        }
        record.clear();
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    current += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                current += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            recordLine = line;
        } else {
            current += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !current.isEmpty() || !record.isEmpty())
        endRecord();
    return records;
}

ParsedImport VaccinatorCsv::parseImport(const QByteArray &data) {
    ParsedImport out;
    QList<int> lines;
    const QList<QStringList> records = parse(data, &lines);
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

QByteArray VaccinatorCsv::field(const QString &value) {
    QString v = value;
    // A spreadsheet runs a cell that starts like a formula: make it text.
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.at(0)))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\'')) ||
        v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}

QByteArray VaccinatorCsv::exportHeader() {
    return "login_id,full_name,mobile_masked,centre_id,centre,district,state,status,"
           "must_change_password,failed_logins,last_login_utc\r\n";
}

QByteArray VaccinatorCsv::exportLine(const VaccinatorRow &r) {
    const QList<QByteArray> fields = {
        field(r.loginId),
        field(r.fullName),
        field(r.mobileMasked),
        QByteArray::number(r.centreId),
        field(r.centreName),
        field(r.districtName),
        field(r.stateName),
        field(r.status),
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
