#pragma once
// Where the window's file dialogs open (issue 16 §7): the folder the user
// last chose a file or folder in while working on this project, else the
// project's own folder; without a project, the last folder chosen without
// one, else the home folder. Remembered across restarts (QSettings), per
// project, so that two projects never send each other's dialogs astray.
// One rule for every dialog: call dialogStart before and rememberDialogChoice
// after.

#include <QString>

namespace prodrome::ui {

// The folder to open in (with `fileName` appended for a save dialog's
// suggestion). projectFile: the open project's file, or empty.
QString dialogStart(const QString& projectFile, const QString& fileName = {});

// Records the folder of `chosen` (a file, or a folder the dialog returned)
// for the project; an empty choice (cancelled) changes nothing.
void rememberDialogChoice(const QString& projectFile, const QString& chosen);

}  // namespace prodrome::ui
