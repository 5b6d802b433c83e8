// The GUI entry: a QApplication, the user's language (the "language"
// setting, View ▸ Language, overrides the system locale), the main window
// with its training and review parts.

#include "app/DemoPlots.h"
#include "ui/MainWindow.h"
#include "ui/training/DemoActions.h"
#include "ui/workbench/Workbench.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStringList>
#include <QTranslator>

namespace prodrome::app {

namespace {

// The "language" setting (e.g. "de", "zh_CN") overrides the system locale;
// "en" or a language without a catalogue leaves the source strings.
void installTranslation(QApplication& app, QTranslator& translator) {
  const QString setting = QSettings().value("language").toString();
  const QLocale locale = setting.isEmpty() ? QLocale::system() : QLocale(setting);
  if (translator.load(locale, "prodrome", "_", ":/i18n")) app.installTranslator(&translator);
}

}  // namespace

int runGui(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setApplicationName("Prodrome");
  QApplication::setOrganizationName("Prodrome");
  QApplication::setApplicationVersion(PRODROME_VERSION);
  QTranslator translator;
  installTranslation(app, translator);
  ui::Workbench workbench;
  ui::MainWindow& window = workbench.window();
  // The demo's figures need the painter the report plots use (app/DemoPlots).
  workbench.demo().setPlotter(writeDemoPlots);
  // The person is asked for their name before their first edit, once.
  window.setAnnotatorRequest([&window] { return window.askAnnotatorName(); });
  const QStringList args = QApplication::arguments();
  window.show();
  // `prodrome gui [DB|VIDEO]`: a project file or a bare video, by extension.
  if (args.size() >= 3) window.openPath(args.at(2));
  return QApplication::exec();
}

}  // namespace prodrome::app
