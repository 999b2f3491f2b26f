// SPDX-License-Identifier: Apache-2.0
// Shortcut markers in translations. In a script without Latin letters a marker inside a word
// splits its cluster (Devanagari shows a dotted circle ◌), so the convention is a Latin
// mnemonic in brackets after the text, as in "कारण (&R):". This reads every translation file
// and names each text with a marker before a non-ASCII letter, and each count without its
// plural forms.
#include <QDir>
#include <QFile>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
// The first marker in text that comes before a non-ASCII letter; -1 when there is none.
// "&&" is a literal ampersand, not a marker.
int markerBeforeNonAscii(const QString &text) {
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (text.at(i + 1).unicode() > 127 && text.at(i + 1).isLetterOrNumber())
            return i;
        if (text.at(i + 1).unicode() > 127 && text.at(i + 1).isMark())
            return i;
    }
    return -1;
}
} // namespace

class TranslationsKeepLatinMnemonics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theRuleFindsWhatItShould() {
        QCOMPARE(markerBeforeNonAscii(QStringLiteral("&कारण:")), 0);
        QCOMPARE(markerBeforeNonAscii(QStringLiteral("कारण (&R):")), -1);
        QCOMPARE(markerBeforeNonAscii(QStringLiteral("साझेदार && API")), -1);
        QCOMPARE(markerBeforeNonAscii(QStringLiteral("न&ाम")), 1);
    }

    void noMarkerBeforeANonLatinLetter() {
        const QDir dir(QStringLiteral(COWIN_TRANSLATIONS_DIR));
        const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files);
        QVERIFY(files.contains(QStringLiteral("cowin_hi.ts")));
        QStringList found;
        int translations = 0;
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&file);
            QString source;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation") ||
                           xml.name() == QLatin1String("numerusform")) {
                    const QString text =
                        xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    ++translations;
                    if (markerBeforeNonAscii(text) >= 0)
                        found << QStringLiteral("%1: \"%2\" for \"%3\"").arg(name, text, source);
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(name + QStringLiteral(": ") + xml.errorString()));
        }
        QVERIFY(translations > 500);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // English is the fallback that carries the plural forms: a count without them reads
    // "1 message(s)". Every text with %n has both forms in every file, Hindi too.
    void everyCountHasItsPluralForms() {
        const QDir dir(QStringLiteral(COWIN_TRANSLATIONS_DIR));
        QStringList missing;
        for (const QString &name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&file);
            QString source;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("source"))
                    source = xml.readElementText();
                else if (xml.name() == QLatin1String("numerusform") &&
                         xml.readElementText().trimmed().isEmpty())
                    missing << QStringLiteral("%1: \"%2\"").arg(name, source);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TranslationsKeepLatinMnemonics)
#include "translations_keep_latin_mnemonics.moc"
