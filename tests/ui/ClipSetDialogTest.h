#pragma once

#include <QObject>

class ClipSetDialogTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void dialogBuildsWhatTheCommandLineBuilds();
  void badParametersShowAnErrorAndSaveNothing();
  void anEmptyLabelIsExplainedAndASetsSettingsCanBeReused();
  void subjectsCanBeLeftOut();
};

class JobsTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void importRunsWhileATrainingJobRuns();
  void addRecordingsRunsOffTheGuiThread();
  void importErrorNamesTheLine();
  void aClosedJobDockStaysClosed();
};
