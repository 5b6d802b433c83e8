// One binary for the GUI suites (Qt Test runs one class per qExec).

#include "tests/ui/ClipSetDialogTest.h"
#include "tests/ui/MainWindowTest.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

#include <memory>

extern "C" {
#include <libavutil/log.h>
}

std::unique_ptr<QObject> makeClockTest();
std::unique_ptr<QObject> makeAgreementDialogTest();
std::unique_ptr<QObject> makeBorisImportTest();
std::unique_ptr<QObject> makeSignalsTest();
std::unique_ptr<QObject> makePeriodViewTest();
std::unique_ptr<QObject> makeDialogFolderTest();
std::unique_ptr<QObject> makeProjectTreeFoldTest();
std::unique_ptr<QObject> makeShortcutsSheetTest();
std::unique_ptr<QObject> makeEditorKeyGuardTest();
std::unique_ptr<QObject> makeJobQueueTest();
std::unique_ptr<QObject> makeJobDockTest();
std::unique_ptr<QObject> makeStartPageTest();
std::unique_ptr<QObject> makeUserGuideTest();

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName("ProdromeTests");
  QStandardPaths::setTestModeEnabled(true);  // settings away from the user's
  av_log_set_level(AV_LOG_QUIET);
  int failed = 0;
  MainWindowTest window;
  failed += QTest::qExec(&window, argc, argv);
  ClipSetDialogTest clips;
  failed += QTest::qExec(&clips, argc, argv);
  failed += QTest::qExec(makeClockTest().get(), argc, argv);
  failed += QTest::qExec(makeAgreementDialogTest().get(), argc, argv);
  failed += QTest::qExec(makeBorisImportTest().get(), argc, argv);
  failed += QTest::qExec(makeSignalsTest().get(), argc, argv);
  failed += QTest::qExec(makePeriodViewTest().get(), argc, argv);
  failed += QTest::qExec(makeDialogFolderTest().get(), argc, argv);
  failed += QTest::qExec(makeProjectTreeFoldTest().get(), argc, argv);
  failed += QTest::qExec(makeShortcutsSheetTest().get(), argc, argv);
  failed += QTest::qExec(makeEditorKeyGuardTest().get(), argc, argv);
  failed += QTest::qExec(makeJobQueueTest().get(), argc, argv);
  failed += QTest::qExec(makeJobDockTest().get(), argc, argv);
  failed += QTest::qExec(makeStartPageTest().get(), argc, argv);
  failed += QTest::qExec(makeUserGuideTest().get(), argc, argv);
  JobsTest jobs;
  failed += QTest::qExec(&jobs, argc, argv);
  return failed;
}
