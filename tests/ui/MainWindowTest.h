#pragma once

#include <QObject>

class MainWindowTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void stepsByKeys();
  void longJumpShowsKeyframeThenExactFrame();
  void marksEventsByKeysWithUndo();
  void missingVideoIsShownAndRelinked();
  void aReplacedVideoIsNotShownUnderTheAnnotations();
  void aFolderRelinksEveryMissingVideo();
  void bareVideoOpensWithoutProject();
  void transportControlsDriveAndFollowPlayback();
  void translationsAreEmbedded();
  void screenshots();
};
