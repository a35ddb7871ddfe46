// The lectern executable: a headless verb runs without a display; anything else opens the
// window (on a project path when one is given).
#include "cli/cli.h"
#include "ingest/localfile.h"
#include "mainwindow/application.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/translations.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <QTextStream>

#include <csignal>
#include <cstdio>

static QString optionValue(QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return {};
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

int main(int argc, char *argv[])
{
    // Past a file size limit (ulimit -f) a write fails with EFBIG, which is reported like a
    // full disk, instead of the process dying of SIGXFSZ without a word.
    std::signal(SIGXFSZ, SIG_IGN);
    // File names as bytes: a Latin-1 name from an old archive still names its file.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << lectern::localfile::fromNative(QByteArray(argv[i]));
    if (args.value(1) == QLatin1String("--version")) {
        std::printf("lectern %s\n", LECTERN_VERSION);
        return 0;
    }
    if (args.value(1) == QLatin1String("--help") || args.value(1) == QLatin1String("-h")) {
        std::printf("%s", qPrintable(lectern::cli::usage()));
        return 0;
    }
    if (lectern::cli::isVerb(args)) {
        // Paginated exports lay text out with fonts: they need the graphical libraries,
        // never a display.
        const bool graphical = args.value(1) == QLatin1String("export")
            && (args.contains(QStringLiteral("pdf")) || args.contains(QStringLiteral("odt")));
        if (graphical && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app = graphical ? std::make_unique<QGuiApplication>(argc, argv)
                                                          : std::make_unique<QCoreApplication>(argc, argv);
        // Messages and reports in the user's language; English (with its plural forms) when
        // Lectern has none for it.
        QTranslator translator;
        if (lectern::loadLecternTranslation(translator, QLocale::system())
            || lectern::loadLecternTranslation(translator, QLocale(QLocale::English)))
            QCoreApplication::installTranslator(&translator);
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = lectern::cli::run(args, out, err);
        out.flush();
        err.flush();
        return code;
    }
    lectern::Application app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lectern"));
    QApplication::setOrganizationName(QStringLiteral("Lectern"));
    QApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.lectern.Lectern"));
    args = app.arguments();
    const QString uiLanguage = optionValue(args, QStringLiteral("--ui-language"));
    lectern::installTranslations(uiLanguage);

    // On the heap: a change of UI language replaces the window (MainWindow::retranslated).
    auto *window = new lectern::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    const QStringList positional = args.mid(1);
    if (!positional.isEmpty())
        window->openProject(positional.first());
    window->show();
    return app.exec();
}
