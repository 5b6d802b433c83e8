// The main window's side of a monitoring period (issue 14 §1): a night cut
// into files plays, steps, seeks and is annotated as one. The timeline stays
// on the open file; the period strip above it shows the whole night. Crossing
// a boundary opens the neighbour, whose reader the decoder prepared while the
// last seconds before the boundary played (FrameDecoder::setChain).
#include "ui/MainWindow.h"

#include "database/Database.h"
#include "database/PeriodStore.h"
#include "database/RecordingStore.h"
#include "ui/PlaybackController.h"
#include "ui/ProjectSession.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/timeline/PeriodStrip.h"

#include <QFileInfo>
#include <QStatusBar>

#include <algorithm>
#include <cmath>

namespace prodrome::ui {

void MainWindow::loadNight(const database::Recording& r) {
  night_.reset();
  nightFiles_.clear();
  wallStart_.reset();
  if (r.startTime) wallStart_ = core::parseWallClock(*r.startTime);
  try {
    auto& db = project_->database();
    if (const auto period = database::PeriodStore(db).periodOf(r.id)) {
      core::PeriodLayout layout = core::layOutPeriod(db, *period);
      // A file dated by its neighbours (or placed after the previous one)
      // has a wall clock too.
      if (const auto* placed = layout.file(r.id); placed && layout.wallStart)
        wallStart_ = layout.wallStart->addMSecs(std::llround(placed->startSeconds * 1000.0));
      if (layout.files.size() > 1) {
        database::RecordingStore recordings(db);
        std::vector<PeriodStripFile> strip;
        for (const auto& f : layout.files) {
          const auto file = recordings.find(f.recordingId);
          const std::string path = file ? file->path : std::string();
          nightFiles_.push_back({path, f.startSeconds, f.frameCount, f.fps});
          strip.push_back({QFileInfo(QString::fromStdString(path)).fileName(), f.startSeconds, f.endSeconds,
                           f.gapBeforeSeconds, f.contiguousWithPrevious,
                           file ? nightChecks_.problemOf(*file) : QString()});
        }
        periodStrip_->setNight(std::move(strip), layout.wallStart);
        night_ = std::move(layout);
      }
    }
  } catch (const std::exception& e) {
    // The file still opens on its own; the night waits for its layout to be
    // mended (a start that is not ISO 8601, a file without a rate).
    night_.reset();
    nightFiles_.clear();
    statusBar()->showMessage(tr("This recording's monitoring period cannot be laid out: %1").arg(QString::fromUtf8(e.what())),
                             10000);
  }
  periodStrip_->setVisible(night_.has_value());
  playback_->decoder()->setChain(nightFiles_);
  updateNightPosition();  // the marks follow with the events (refreshEvents)
}

void MainWindow::clearNight() {
  night_.reset();
  nightFiles_.clear();
  wallStart_.reset();
  pendingPlay_ = false;
  periodStrip_->hide();
  periodStrip_->setNight({}, std::nullopt);
  playback_->decoder()->setChain({});
}

std::optional<std::size_t> MainWindow::nightFile() const {
  if (!night_ || !recording_) return std::nullopt;
  const auto& files = night_->files;
  const auto it = std::find_if(files.begin(), files.end(), [&](const auto& f) { return f.recordingId == recording_->id; });
  if (it == files.end()) return std::nullopt;
  return static_cast<std::size_t>(it - files.begin());
}

void MainWindow::refreshNightMarks() {
  if (!night_ || !project_->isOpen()) {
    periodStrip_->setMarks({});
    return;
  }
  std::vector<PeriodStripMark> marks;
  database::EventStore events(project_->database());
  for (const auto& f : night_->files) {
    for (const auto& e : events.listByRecording(f.recordingId)) {
      if (e.kind != database::EventKind::Seizure) continue;
      marks.push_back({f.secondsOf(e.onsetFrame), f.secondsOf(e.offsetFrame.value_or(e.onsetFrame))});
    }
  }
  periodStrip_->setMarks(std::move(marks));
}

void MainWindow::updateNightPosition() {
  const auto file = nightFile();
  if (!file) return periodStrip_->setPosition(std::nullopt, 0);
  const std::int64_t frame = std::max<std::int64_t>(0, playback_->position());
  periodStrip_->setPosition(file, night_->files[*file].secondsOf(frame));
}

bool MainWindow::goToPeriodSeconds(double seconds) {
  if (!night_) return false;
  auto p = core::chainAt(nightFiles_, seconds);
  if (!p) {
    // In a gap (or before the first file): the next file's first frame;
    // past the last file, its last frame.
    const auto next = std::find_if(nightFiles_.begin(), nightFiles_.end(),
                                   [&](const core::ChainedFile& f) { return f.startSeconds >= seconds; });
    p = next != nightFiles_.end() ? core::ChainPosition{static_cast<std::size_t>(next - nightFiles_.begin()), 0}
                                  : core::ChainPosition{nightFiles_.size() - 1, nightFiles_.back().frameCount - 1};
  }
  goToNightPosition(*p, playback_->isPlaying());
  return true;
}

void MainWindow::goToNightPosition(core::ChainPosition p, bool play) {
  if (!night_ || p.file >= night_->files.size()) return;
  if (nightFile() == p.file) {
    playback_->seek(p.frame);
    if (play) playback_->play();
    return;
  }
  // openRecording() forgets any earlier pending seek: set ours after it.
  if (!openRecording(night_->files[p.file].recordingId)) return;
  pendingSeek_ = p.frame;
  pendingPlay_ = play;
}

void MainWindow::continueAcrossBoundary(int direction, qint64 beyond, bool playing) {
  const auto file = nightFile();
  if (!file) return;
  const core::ChainPosition edge{*file, direction > 0 ? night_->files[*file].frameCount - 1 : 0};
  const auto next = core::chainStep(nightFiles_, edge, direction * std::max<qint64>(1, beyond));
  if (!next) {
    statusBar()->showMessage(direction > 0 ? tr("The end of the monitoring period.") : tr("The start of the monitoring period."),
                             3000);
    return;
  }
  if (next->file != *file) {
    const auto& to = night_->files[next->file];
    if (direction > 0 && !to.contiguousWithPrevious)
      statusBar()->showMessage(tr("Skipped a gap of %1 s between files.").arg(to.gapBeforeSeconds, 0, 'f', 1), 4000);
  }
  goToNightPosition(*next, playing);
}

bool MainWindow::markOffsetAcrossFiles(qint64 frame) {
  const auto file = nightFile();
  if (!file || *file == 0 || !annotations_) return false;
  // Not when the plain Mark Offset has a seizure to close in this file.
  const auto here = annotations_->events();
  if (const auto selected = annotations_->selected()) {
    const auto e = annotations_->event(*selected);
    if (e && e->recordingId == recording_->id && e->kind == database::EventKind::Seizure && e->onsetFrame < frame)
      return false;
  }
  const std::string me = annotations_->ensureAnnotator().toStdString();
  const auto openBy = [&](const database::Event& e) {
    return e.kind == database::EventKind::Seizure && !e.offsetFrame && e.annotator == me;
  };
  for (const auto& e : here)
    if (openBy(e) && e.onsetFrame < frame) return false;
  // Walk back over the boundaries the seizure may run across.
  database::EventStore store(project_->database());
  const auto& files = night_->files;
  std::vector<AnnotationController::Piece> pieces;
  if (frame > 0) pieces.push_back({files[*file].recordingId, 0, frame});
  for (std::size_t j = *file; j > 0; --j) {
    const auto& before = files[j - 1];
    std::optional<database::Event> open;
    for (const auto& e : store.listByRecording(before.recordingId))
      if (openBy(e)) open = e;  // by onset: the latest
    if (!files[j].contiguousWithPrevious) {
      if (!open) return false;
      statusBar()->showMessage(
          tr("Not changed: the open seizure of file %1 cannot run on across the gap of %2 s before file %3; "
             "mark its offset in its own file.")
              .arg(j)
              .arg(files[j].gapBeforeSeconds, 0, 'f', 1)
              .arg(j + 1),
          10000);
      return true;
    }
    if (open) {
      std::reverse(pieces.begin(), pieces.end());
      crossingFiles_ = true;
      const bool closed = annotations_->closeAcrossFiles(open->id, before.frameCount, pieces);
      crossingFiles_ = false;
      if (closed)
        statusBar()->showMessage(tr("Seizure closed across %n file boundaries.", nullptr, static_cast<int>(*file - (j - 1))),
                                 5000);
      refreshNightMarks();
      return true;
    }
    // No open seizure there: the whole file would lie inside it.
    pieces.push_back({before.recordingId, 0, before.frameCount});
  }
  return false;
}

}  // namespace prodrome::ui
