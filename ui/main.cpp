// SPDX-License-Identifier: Apache-2.0
// cowin-console: the desktop console. Links the widgets library; all logic lives below it.
#include "ConsoleApp.h"
#include "db/ProfileSettings.h"
#include "demo/LocalCluster.h"
#include "login/LoginWindow.h"
#include "platform/TerminationSignals.h"
#include "widgets/Style.h"
#include "widgets/TextSize.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

void nameTheApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("cowin-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("MoHFW"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COWIN_VERSION));
}

// English is the fallback (it carries the plural forms), also for the C locale.
void installTranslators(QTranslator &qt, QTranslator &console) {
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    if (console.load(QLocale(), QStringLiteral("cowin"), QStringLiteral("_"),
                     QStringLiteral(":/i18n")) ||
        console.load(QStringLiteral("cowin_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&console);
}

struct ConsoleOptions {
    QCommandLineParser parser;
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start the embedded demo database.")};
    QCommandLineOption demoDir{QStringLiteral("demo-dir"),
                               QCoreApplication::translate("main", "Folder of the demo database."),
                               QStringLiteral("path"), cowin::demo::LocalCluster::defaultDemoDir()};
    QCommandLineOption server{QStringLiteral("server"),
                              QCoreApplication::translate("main", "Production server: a libpq "
                                                                  "connection string (host, port, "
                                                                  "dbname, sslmode, sslrootcert)."),
                              QStringLiteral("conninfo")};

    ConsoleOptions() {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Console for the ministry's vaccination platform: operators, partners, audit."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({demo, demoDir, server});
    }
};

// Help and version are text on a terminal: they must not need a display (a server, ssh).
bool asksOnlyForText(int argc, char *argv[]) {
    static const QList<QByteArray> textOnly{"-h", "-?", "--help", "--help-all", "-v", "--version"};
    for (int i = 1; i < argc; ++i)
        if (textOnly.contains(QByteArray(argv[i])))
            return true;
    return false;
}

} // namespace

int main(int argc, char *argv[]) {
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameTheApplication();
        QTranslator qtTranslator;
        QTranslator translator;
        installTranslators(qtTranslator, translator);
        ConsoleOptions options;
        options.parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    nameTheApplication();
    QTranslator qtTranslator;
    QTranslator translator;
    installTranslators(qtTranslator, translator);
    cowin::ui::useLatinFontForLatinText();
    cowin::ui::TextSize::restore();
    // Every window's title ends with it, in the operator's language.
    QApplication::setApplicationDisplayName(QApplication::translate("main", "CoWIN Admin Console"));
    ConsoleOptions options;
    options.parser.process(app);

    // Ctrl+C or a TERM from the session manager quits like Session > Quit: the session ends
    // and the demo cluster stops.
    cowin::platform::TerminationSignals termination;
    // A GUI application's quit() asks every window to close, and a modal dialog (a key shown
    // once, say) may refuse; a signal must end the process all the same.
    QObject::connect(&termination, &cowin::platform::TerminationSignals::received, &app,
                     [] { QCoreApplication::exit(0); });
    cowin::ui::ConsoleApp console;
    QSettings settings;
    const cowin::db::ProfileSettings remembered(settings);
    if (options.parser.isSet(options.server))
        console.loginWindow()->setProductionProfile(
            cowin::db::ConnectionProfile::fromConnectionString(
                options.parser.value(options.server)));
    else if (remembered.hasProfile())
        console.loginWindow()->setProductionProfile(remembered.profile(), remembered.username());
    console.showLogin();
    if (options.parser.isSet(options.demo))
        console.startDemo(options.parser.value(options.demoDir));
    return QApplication::exec();
}
