// SPDX-License-Identifier: Apache-2.0
// cowin-console: the desktop console. Links the widgets library; all logic lives below it.
#include "ConsoleApp.h"
#include "db/ProfileSettings.h"
#include "demo/LocalCluster.h"
#include "login/LoginWindow.h"
#include "platform/TerminationSignals.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cowin-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("CoWIN Admin Console"));
    QApplication::setOrganizationName(QStringLiteral("MoHFW"));
    QApplication::setApplicationVersion(QStringLiteral(COWIN_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English is the fallback (it carries the plural forms), also for the C locale.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("cowin"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral("cowin_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Console for the ministry's vaccination platform: operators, partners, audit."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start the embedded demo database."));
    const QCommandLineOption demoDir(
        QStringLiteral("demo-dir"), QApplication::translate("main", "Folder of the demo database."),
        QStringLiteral("path"), cowin::demo::LocalCluster::defaultDemoDir());
    const QCommandLineOption server(QStringLiteral("server"),
                                    QApplication::translate("main",
                                                            "Production server: a libpq "
                                                            "connection string (host, port, "
                                                            "dbname, sslmode, sslrootcert)."),
                                    QStringLiteral("conninfo"));
    parser.addOptions({demo, demoDir, server});
    parser.process(app);

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
    if (parser.isSet(server))
        console.loginWindow()->setProductionProfile(
            cowin::db::ConnectionProfile::fromConnectionString(parser.value(server)));
    else if (remembered.hasProfile())
        console.loginWindow()->setProductionProfile(remembered.profile(), remembered.username());
    console.showLogin();
    if (parser.isSet(demo))
        console.startDemo(parser.value(demoDir));
    return QApplication::exec();
}
