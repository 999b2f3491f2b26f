// SPDX-License-Identifier: Apache-2.0
// Import files as people save them (BOM, CRLF, quotes, columns in any order) are read with
// their line numbers; broken files say what is wrong; exports cannot smuggle a formula into
// a spreadsheet and never carry a full mobile number.
#include "files/Csv.h"
#include "vaccinators/VaccinatorCsv.h"

#include <QTest>

using namespace cowin::vaccinators;

class VaccinatorCsvFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsQuotedFieldsWithTheirLineNumbers() {
        const QByteArray file = "\xEF\xBB\xBF"
                                "mobile,login_id,centre_id,full_name\r\n"
                                "9876500001,ka.asha,12,\"Asha \"\"Akka\"\" Rao\"\r\n"
                                "\r\n"
                                "9876500002,ka.ravi,13,\"Ravi,\nKumar\"\r\n"
                                "9876500003,ka.meera,14,Meera Iyer";
        const ParsedImport parsed = VaccinatorCsv::parseImport(file);
        QVERIFY(parsed.problems.isEmpty());
        QCOMPARE(parsed.rows.size(), 3);
        QCOMPARE(parsed.rows[0].line, 2);
        QCOMPARE(parsed.rows[0].loginId, QStringLiteral("ka.asha"));
        QCOMPARE(parsed.rows[0].fullName, QStringLiteral("Asha \"Akka\" Rao"));
        QCOMPARE(parsed.rows[0].centreId, QStringLiteral("12"));
        QCOMPARE(parsed.rows[1].line, 4);
        QCOMPARE(parsed.rows[1].fullName, QStringLiteral("Ravi,\nKumar"));
        QCOMPARE(parsed.rows[2].line, 6); // the quoted line break moved it down
        QCOMPARE(parsed.rows[2].mobile, QStringLiteral("9876500003"));
    }

    void theTemplateIsAnImportThatParses() {
        const ParsedImport parsed = VaccinatorCsv::parseImport(VaccinatorCsv::importTemplate());
        QVERIFY(parsed.problems.isEmpty());
        QCOMPARE(parsed.rows.size(), 1);
        QCOMPARE(parsed.rows.first().fullName, QStringLiteral("Example Name, replace this row"));
    }

    void aMissingColumnIsNamed() {
        const ParsedImport parsed =
            VaccinatorCsv::parseImport("login_id,full_name,centre_id\nx,y,1\n");
        QCOMPARE(parsed.problems.size(), 1);
        QVERIFY(parsed.problems[0].message.contains(QLatin1String("mobile")));
        QVERIFY(parsed.rows.isEmpty());
    }

    void aLineWithTooFewFieldsIsNamed() {
        const ParsedImport parsed = VaccinatorCsv::parseImport(
            "login_id,full_name,mobile,centre_id\nka.a,A,9876500001,1\nka.b,B\n");
        QCOMPARE(parsed.rows.size(), 1);
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems[0].line, 3);
        QCOMPARE(parsed.problems[0].field, QStringLiteral("file"));
    }

    void anEmptyFileSaysSo() {
        QCOMPARE(VaccinatorCsv::parseImport("").problems.size(), 1);
        QCOMPARE(VaccinatorCsv::parseImport("\n\n").problems.size(), 1);
    }

    void tooManyRowsAreRefused() {
        QByteArray file = "login_id,full_name,mobile,centre_id\n";
        for (int i = 0; i <= VaccinatorCsv::kMaxImportRows; ++i)
            file += "a,b,c,d\n";
        const ParsedImport parsed = VaccinatorCsv::parseImport(file);
        QCOMPARE(parsed.problems.size(), 1);
        QVERIFY(parsed.rows.isEmpty());
    }

    void exportsNeutraliseFormulasAndQuote() {
        VaccinatorRow r;
        r.loginId = QStringLiteral("ka.x");
        r.fullName = QStringLiteral("=HYPERLINK(\"http://evil\",\"click\")");
        r.mobileMasked = QStringLiteral("******1234");
        r.centreId = 7;
        r.centreName = QStringLiteral("PHC Rampur, Block 2");
        r.districtName = QStringLiteral("+91 district");
        r.stateName = QStringLiteral("@state");
        r.status = QStringLiteral("active");
        const QByteArray line = VaccinatorCsv::exportLine(r);
        QVERIFY(line.endsWith("\r\n"));
        const QList<QStringList> back = cowin::files::Csv::parse(line);
        QCOMPARE(back.size(), 1);
        const QStringList f = back.first();
        QCOMPARE(f.size(), 11);
        QCOMPARE(f[1], QStringLiteral("'=HYPERLINK(\"http://evil\",\"click\")"));
        QCOMPARE(f[2], QStringLiteral("******1234"));
        QCOMPARE(f[4], QStringLiteral("PHC Rampur, Block 2"));
        QCOMPARE(f[5], QStringLiteral("'+91 district"));
        QCOMPARE(f[6], QStringLiteral("'@state"));
        QCOMPARE(cowin::files::Csv::parse(VaccinatorCsv::exportHeader()).first().size(), 11);
        QVERIFY(VaccinatorCsv::exportHeader().contains("mobile_masked"));
    }
};

QTEST_GUILESS_MAIN(VaccinatorCsvFiles)
#include "vaccinator_csv_files.moc"
