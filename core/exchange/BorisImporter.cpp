#include "core/exchange/BorisImporter.h"

#include "core/exchange/BorisCodes.h"
#include "core/exchange/BorisProject.h"
#include "core/exchange/RecordingImporter.h"
#include "core/exchange/RecordingLookup.h"
#include "core/exchange/TimeValue.h"
#include "database/Database.h"
#include "database/DatabaseError.h"
#include "database/EventStore.h"
#include "database/PeriodStore.h"
#include "database/RecordingStore.h"
#include "database/Transaction.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

namespace prodrome::core {

namespace {

namespace fs = std::filesystem;

// A media file of an observation: the path as BORIS stored it, and the
// recording it is (once found or added).
struct Media {
  std::string stored;
  std::optional<database::Recording> recording;
  int player = 1;
};

struct Plan {
  const BorisObservation* observation = nullptr;
  std::vector<Media> chain;  // player 1
  std::vector<std::pair<int, Media>> views;  // players 2..8
  bool skipped = false;
};

// Where BORIS would find `stored` (project_functions.full_path: as stored,
// then relative to the project file's folder), and last by its file name in
// that folder (media moved beside the project).
std::optional<fs::path> locateMedia(const std::string& stored, const fs::path& borisFile) {
  std::error_code ec;
  const fs::path asStored(stored);
  const fs::path folder = fs::absolute(borisFile, ec).parent_path();
  for (const fs::path& candidate : {asStored, folder / asStored, folder / asStored.filename()}) {
    if (fs::is_regular_file(candidate, ec)) return fs::absolute(candidate, ec).lexically_normal();
  }
  return std::nullopt;
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

// The observation's one BORIS subject, for recordings added on its behalf.
std::optional<std::string> onlySubject(const BorisObservation& o) {
  std::set<std::string> subjects;
  for (const auto& e : o.events)
    if (!e.subject.empty()) subjects.insert(e.subject);
  if (subjects.size() == 1) return *subjects.begin();
  return std::nullopt;
}

std::string seconds(double s) {
  std::ostringstream out;
  out.precision(3);
  out << std::fixed << s;
  return out.str();
}

class Importer {
 public:
  Importer(database::Database& database, const fs::path& file, const BorisImportOptions& options)
      : database_(database), name_(file.string()), file_(file), options_(options), lookup_(database) {}

  BorisSurvey survey() {
    const BorisProject project = readBorisProject(file_);
    planObservations(project);
    BorisSurvey out;
    out.observations = static_cast<std::int64_t>(project.observations.size());
    out.withoutVideo = summary_.skippedLive;
    out.unknownMedia = unknown_;
    for (const auto& o : project.observations)
      for (const auto& e : o.events)
        if (!e.subject.empty()) out.subjects.insert(e.subject);
    for (const auto& [code, category] : project.categories) {
      if (project.pointCodes.count(code)) continue;
      out.behaviours.insert(code);
      if (lowerCase(category) == kBorisSeizureCategory) out.seizureCategory.insert(code);
    }
    return out;
  }

  ImportSummary run() {
    const BorisProject project = readBorisProject(file_);
    std::vector<Plan> plans = planObservations(project);
    database::Transaction transaction(database_);
    if (options_.unknownMedia == BorisImportOptions::UnknownMedia::Add) addMissingMedia(plans);
    for (auto& plan : plans) {
      if (!plan.skipped) importObservation(project, plan);
    }
    transaction.commit();
    return summary_;
  }

 private:
  std::vector<Plan> planObservations(const BorisProject& project) {
    std::vector<Plan> plans;
    auto& unknown = unknown_;
    for (const auto& o : project.observations) {
      Plan plan;
      plan.observation = &o;
      if (o.type != "MEDIA") {
        ++summary_.skippedLive;
        summary_.notes.push_back("observation '" + o.id + "': " + o.type + ", no video: skipped");
        plan.skipped = true;
        plans.push_back(std::move(plan));
        continue;
      }
      if (o.creationDateAsOffset)
        throw ImportError(name_, o.where() + ".media_creation_date_as_offset",
                          "event times counted from the media files' creation dates are not read; turn the option "
                          "off in BORIS's observation and save again");
      std::vector<std::string> missing;
      for (const auto& [player, files] : o.players) {
        for (const auto& stored : files) {
          Media media{stored, lookup_.find(stored, nullptr), player};
          if (player == 1) {
            if (!media.recording) {
              std::string why;
              if (!lookup_.find(stored, &why) && why.find("ambiguous") != std::string::npos)
                throw ImportError(name_, o.where() + ".file.1", why);
              missing.push_back(stored);
            }
            plan.chain.push_back(std::move(media));
          } else {
            plan.views.emplace_back(player, std::move(media));
          }
        }
      }
      if (!missing.empty()) {
        // Views not in the project are named too, though they hold no events.
        std::vector<std::string> views;
        for (const auto& [player, media] : plan.views)
          if (!media.recording) views.push_back(media.stored);
        unknown.push_back("'" + o.id + "': " + joined(missing, ", ") +
                          (views.empty() ? "" : " (view of player 2..: " + joined(views, ", ") + ")"));
        if (options_.unknownMedia == BorisImportOptions::UnknownMedia::Skip) {
          plan.skipped = true;
          ++summary_.skippedUnknown;
          summary_.notes.push_back("observation '" + o.id + "': media not in the project (" + joined(missing, ", ") +
                                   "): skipped");
        }
      }
      plans.push_back(std::move(plan));
    }
    if (!unknown.empty() && options_.unknownMedia == BorisImportOptions::UnknownMedia::Refuse) {
      throw ImportError(name_, "",
                        std::to_string(unknown.size()) +
                            (unknown.size() == 1 ? " observation names" : " observations name") +
                            " media the project does not hold: " + joined(unknown, "; ") +
                            ". Add the videos first, or import with --add-media (adds them as recordings) or "
                            "--skip-unknown (imports the other observations)");
    }
    return plans;
  }

  void addMissingMedia(std::vector<Plan>& plans) {
    std::vector<Media*> missing;
    std::vector<const Plan*> owners;
    for (auto& plan : plans) {
      if (plan.skipped) continue;
      for (auto& m : plan.chain)
        if (!m.recording) missing.push_back(&m), owners.push_back(&plan);
      for (auto& [player, m] : plan.views)
        if (!m.recording) missing.push_back(&m), owners.push_back(&plan);
    }
    for (std::size_t i = 0; i < missing.size(); ++i) {
      const BorisObservation& o = *owners[i]->observation;
      Media& media = *missing[i];
      // Added for an earlier observation of this file (by path or file name).
      if (auto known = lookup_.find(media.stored, nullptr)) {
        media.recording = known;
        continue;
      }
      const auto path = locateMedia(media.stored, file_);
      if (!path)
        throw ImportError(name_, o.where() + ".file",
                          "media file '" + media.stored + "' not found as stored, nor beside " +
                              file_.filename().string());
      // A file in several observations is added once; one held under its
      // full path is not added again.
      if (auto known = lookup_.find(path->string(), nullptr)) {
        media.recording = known;
        continue;
      }
      if (options_.progress) options_.progress(static_cast<int>(i), static_cast<int>(missing.size()), path->string());
      // Whose video: as told, else whose player 1's files already are (a
      // chain and its views are one subject's), else the BORIS subject.
      std::optional<std::string> subject = options_.subject;
      for (const auto& known : owners[i]->chain) {
        if (subject || !known.recording) continue;
        if (const auto s = database::SubjectStore(database_).find(known.recording->subjectId)) subject = s->code;
      }
      if (!subject) subject = onlySubject(o);
      if (!subject)
        throw ImportError(name_, o.where(),
                          "cannot tell whose video '" + media.stored +
                              "' is: the observation has no single BORIS subject; give --subject");
      auto species = options_.species;
      if (!species) {
        if (const auto s = database::SubjectStore(database_).findByCode(*subject)) species = s->species;
      }
      if (!species)
        throw ImportError(name_, o.where(), "subject '" + *subject + "' is new: give its --species (human or rodent)");
      try {
        const AddedRecording r = addRecording(database_, *path, *subject, *species);
        summary_.recordings += 1;
        summary_.subjects += r.subjectCreated ? 1 : 0;
        database::RecordingStore store(database_);
        media.recording = store.find(r.recordingId);
        if (media.player > 1) {
          // A second view is told apart by its camera name (Prodrome has no
          // synchronised views yet: issue 15's note).
          media.recording->camera = "player " + std::to_string(media.player);
          store.update(*media.recording);
        }
        lookup_ = RecordingLookup(database_);
        summary_.notes.push_back("added " + path->string() + " as recording #" + std::to_string(r.recordingId) +
                                 " of subject " + *subject);
      } catch (const ImportError&) {
        throw;
      } catch (const std::exception& e) {
        throw ImportError(name_, o.where() + ".file", path->string() + ": " + e.what());
      }
    }
  }

  // Makes player 1's chain a monitoring period unless one already chains the
  // files so; checks BORIS's lengths against the files. Returns where each
  // file begins on BORIS's clock.
  std::vector<double> layOutChain(const Plan& plan) {
    const BorisObservation& o = *plan.observation;
    std::vector<double> starts{0.0};
    if (plan.chain.size() == 1) return starts;
    const auto subject = plan.chain.front().recording->subjectId;
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < plan.chain.size(); ++i) {
      const auto& media = plan.chain[i];
      const auto& r = *media.recording;
      if (r.subjectId != subject)
        throw ImportError(name_, o.where() + ".file.1",
                          "the files of player 1 belong to different subjects ('" + plan.chain.front().stored +
                              "' and '" + media.stored + "'); a period chains one subject's files");
      ids.push_back(r.id);
      const double frames = r.fps > 0 ? static_cast<double>(r.frameCount) / r.fps : 0;
      const auto length = o.lengths.find(media.stored);
      if (length == o.lengths.end())
        throw ImportError(name_, o.where() + ".media_info.length",
                          "has no length for '" + media.stored + "', needed to count time across player 1's files");
      if (std::abs(length->second - frames) > kBorisLengthTolerance)
        throw ImportError(name_, o.where() + ".media_info.length." + media.stored,
                          "BORIS counts " + seconds(length->second) + " s for '" + media.stored +
                              "' but recording #" + std::to_string(r.id) + " holds " + seconds(frames) + " s (" +
                              std::to_string(r.frameCount) + " frames): not the same file?");
      if (i + 1 < plan.chain.size()) starts.push_back(starts.back() + length->second);
    }
    database::PeriodStore periods(database_);
    if (!chainedAlready(periods, ids)) {
      periods.create(subject, ids, o.id);
      ++summary_.periods;
      summary_.notes.push_back("observation '" + o.id + "': its " + std::to_string(ids.size()) +
                               " files of player 1 became a monitoring period");
    }
    return starts;
  }

  static bool chainedAlready(database::PeriodStore& periods, const std::vector<std::int64_t>& ids) {
    const auto periodId = periods.periodOf(ids.front());
    if (!periodId) return false;
    const auto period = periods.find(*periodId);
    if (!period) return false;
    std::vector<std::int64_t> order;
    for (const auto& f : period->files) order.push_back(f.recordingId);
    return std::search(order.begin(), order.end(), ids.begin(), ids.end()) != order.end();
  }

  // The file a media time falls in: [start, next start) for an onset,
  // (start, next start] for an offset, so that a STOP at a file's very end
  // stays in that file.
  static std::size_t fileAt(const std::vector<double>& starts, double t, bool isEnd) {
    std::size_t k = 0;
    while (k + 1 < starts.size() && (isEnd ? t > starts[k + 1] : t >= starts[k + 1])) ++k;
    return k;
  }

  std::int64_t frameIn(const Media& media, double local, const std::string& where) const {
    const auto& r = *media.recording;
    const auto rate = FrameRate::fromDouble(r.fps);
    // Checked in seconds: 1e20 s as a frame number wraps around.
    if (!(local <= kMaxTimeSeconds))
      throw ImportError(name_, where, "at " + seconds(local) + " s, beyond any recording");
    std::int64_t frame = secondsToFrame(std::max(0.0, local), rate);
    if (r.frameCount > 0 && frame > r.frameCount) {
      // Within BORIS's rounding of a length, the end of the file.
      if (local - static_cast<double>(r.frameCount) / r.fps > kBorisLengthTolerance)
        throw ImportError(name_, where,
                          "at " + seconds(local) + " s, past the end of recording #" + std::to_string(r.id) + " (" +
                              std::to_string(r.frameCount) + " frames)");
      frame = r.frameCount;
    }
    return frame;
  }

  void add(database::Event event, const std::string& where) {
    try {
      events_.add(event);
    } catch (const database::ValidationError& e) {
      std::string hint;
      if (options_.seizureCodes.empty() && std::string(e.what()).find("overlaps") != std::string::npos)
        hint = ". If not every BORIS behaviour is a seizure, name those that are (--seizures CODE,...; or put them "
               "in the category 'seizure' of BORIS's ethogram): the others import as 'other' events, which may "
               "overlap";
      throw ImportError(name_, where, e.what() + hint);
    }
    ++summary_.events;
  }

  void importObservation(const BorisProject& project, const Plan& plan) {
    const BorisObservation& o = *plan.observation;
    const BorisBehaviours behaviours(project.categories, options_.seizureCodes);
    const std::vector<double> starts = layOutChain(plan);
    for (const auto& [player, view] : plan.views) {
      summary_.notes.push_back("observation '" + o.id + "': player " + std::to_string(player) + " ('" + view.stored +
                               "') is a second view" +
                               (view.recording ? ", recording #" + std::to_string(view.recording->id) : " not in the project") +
                               "; events stay on player 1's files");
    }
    std::string annotator = options_.annotator;
    if (const auto it = o.independentVariables.find(std::string(kBorisAnnotatorVariable));
        it != o.independentVariables.end() && !it->second.empty())
      annotator = it->second;

    std::map<std::tuple<std::string, std::string, std::string>, std::vector<const BorisEvent*>> states;
    for (const auto& e : o.events) {
      const double t = e.time - o.timeOffset;
      if (t < 0)
        throw ImportError(name_, e.where,
                          "at " + seconds(e.time) + " s with a time offset of " + seconds(o.timeOffset) +
                              " s, it lies before the start of the media");
      if (project.pointCodes.count(e.code)) {
        if (options_.points == BorisImportOptions::Points::Skip) {
          ++summary_.skipped;
          continue;
        }
        const std::size_t k = fileAt(starts, t, false);
        database::Event event;
        event.recordingId = plan.chain[k].recording->id;
        event.annotator = borisStreamAnnotator(annotator, e.subject);
        event.onsetFrame = frameIn(plan.chain[k], t - starts[k], e.where);
        behaviours.apply(e.code, event);
        add(event, e.where);
        continue;
      }
      states[{e.subject, e.code, e.modifier}].push_back(&e);
    }
    for (auto& [key, occurrences] : states) {
      const auto& [subject, code, modifier] = key;
      std::stable_sort(occurrences.begin(), occurrences.end(),
                       [](const BorisEvent* a, const BorisEvent* b) { return a->time < b->time; });
      if (occurrences.size() % 2 != 0)
        throw ImportError(name_, occurrences.back()->where,
                          "unpaired state event: behaviour '" + code + "'" +
                              (subject.empty() ? "" : " of subject '" + subject + "'") + " starts here and never stops");
      for (std::size_t i = 0; i < occurrences.size(); i += 2) {
        const BorisEvent& start = *occurrences[i];
        const BorisEvent& stop = *occurrences[i + 1];
        const double t0 = start.time - o.timeOffset;
        const double t1 = stop.time - o.timeOffset;
        const std::size_t k0 = fileAt(starts, t0, false);
        const std::size_t k1 = std::max(k0, fileAt(starts, t1, true));
        if (k1 > k0) ++summary_.splitAtBoundary;
        for (std::size_t k = k0; k <= k1; ++k) {
          const Media& media = plan.chain[k];
          database::Event event;
          event.recordingId = media.recording->id;
          event.annotator = borisStreamAnnotator(annotator, subject);
          event.onsetFrame = k == k0 ? frameIn(media, t0 - starts[k], start.where) : 0;
          event.offsetFrame = k == k1 ? frameIn(media, t1 - starts[k], stop.where) : media.recording->frameCount;
          if (*event.offsetFrame <= event.onsetFrame)
            throw ImportError(name_, stop.where,
                              "the STOP falls on or before the frame of its START (frame " +
                                  std::to_string(event.onsetFrame) + ")");
          behaviours.apply(code, event);
          add(event, start.where);
        }
      }
    }
  }

  database::Database& database_;
  std::string name_;
  fs::path file_;
  const BorisImportOptions& options_;
  RecordingLookup lookup_;
  database::EventStore events_{database_};
  ImportSummary summary_;
  std::vector<std::string> unknown_;  // "'observation': file, file" for each with media not in the project
};

}  // namespace

ImportSummary importBoris(database::Database& database, const std::filesystem::path& file,
                          const BorisImportOptions& options) {
  return Importer(database, file, options).run();
}

BorisSurvey surveyBoris(database::Database& database, const std::filesystem::path& file) {
  BorisImportOptions options;
  options.unknownMedia = BorisImportOptions::UnknownMedia::Skip;
  return Importer(database, file, options).survey();
}

}  // namespace prodrome::core
