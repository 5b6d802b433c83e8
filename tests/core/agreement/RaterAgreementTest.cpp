// Rater agreement (issue 14, section 3) on cases worked out by hand: events a
// second apart, a matching that nearest-first pairing gets wrong, kappa on a
// small table, gaps that no one watched, and the CSV.

#include "core/agreement/AgreementCsv.h"
#include "core/Error.h"
#include "core/agreement/RaterAgreement.h"
#include "core/agreement/RecordingAgreement.h"
#include "database/EventStore.h"
#include "database/PeriodStore.h"
#include "database/RecordingStore.h"
#include "database/Schema.h"
#include "database/SubjectStore.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <stdexcept>

using namespace prodrome::core;

namespace {

RatedEvent ev(std::int64_t id, std::int64_t onset, std::optional<std::int64_t> offset = std::nullopt) {
  return {id, onset, offset};
}

AgreementInput input(double fps, std::int64_t frames, std::vector<RatedEvent> a, std::vector<RatedEvent> b,
                     double tolerance) {
  AgreementInput in;
  in.fps = fps;
  in.observed = {{0, frames}};
  in.a = std::move(a);
  in.b = std::move(b);
  in.toleranceSeconds = tolerance;
  return in;
}

}  // namespace

// Onsets exactly one second apart match at a one-second tolerance and not
// below it: the comparison is in frames, not in floating seconds.
TEST(RaterAgreement, OnsetsOneSecondApartMatchAtOneSecond) {
  auto r = compareRaters(input(30, 3000, {ev(1, 300, 400)}, {ev(2, 330, 420)}, 1.0));
  ASSERT_EQ(r.matched, 1);
  ASSERT_EQ(r.pairings.size(), 1u);
  EXPECT_EQ(r.pairings[0].a->id, 1);
  EXPECT_EQ(r.pairings[0].b->id, 2);
  EXPECT_EQ(*r.pairings[0].onsetDifference, 30);
  EXPECT_EQ(*r.pairings[0].offsetDifference, 20);
  EXPECT_DOUBLE_EQ(r.onset.meanAbsolute, 1.0);
  EXPECT_DOUBLE_EQ(r.onset.meanSigned, 1.0);
  EXPECT_NEAR(r.offset.maxAbsolute, 20.0 / 30, 1e-12);
  // Also at 29.97 fps, where 1 s is not a whole number of frames: 30 frames
  // are 1.001 s, past a 1 s tolerance; 29 frames are within it.
  EXPECT_EQ(compareRaters(input(29.97, 3000, {ev(1, 300)}, {ev(2, 330)}, 1.0)).matched, 0);
  EXPECT_EQ(compareRaters(input(29.97, 3000, {ev(1, 300)}, {ev(2, 329)}, 1.0)).matched, 1);
  r = compareRaters(input(30, 3000, {ev(1, 300, 400)}, {ev(2, 330, 420)}, 0.99));
  EXPECT_EQ(r.matched, 0);
  ASSERT_EQ(r.pairings.size(), 2u);
  EXPECT_TRUE(r.pairings[0].a && !r.pairings[0].b);  // time order: A's onset first
  EXPECT_TRUE(!r.pairings[1].a && r.pairings[1].b);
  EXPECT_EQ(r.onset.count, 0);
  EXPECT_TRUE(std::isnan(r.onset.meanAbsolute));
}

// Rounded to whole seconds both onsets below would be 11 s and 12 s, one
// second apart, and "agree"; in frames they are 31 frames (1.033 s) apart.
TEST(RaterAgreement, EventsAreComparedInFramesNotRoundedSeconds) {
  const auto r = compareRaters(input(30, 3000, {ev(1, 329)}, {ev(2, 360)}, 1.0));
  EXPECT_EQ(r.matched, 0);
  EXPECT_EQ(std::lround(329 / 30.0), 11);
  EXPECT_EQ(std::lround(360 / 30.0), 12);
}

// A at frames 0 and 50, B at 40 and 75, tolerance 40 frames: pairing the
// nearest onsets first (50 with 40, 10 apart) strands both others; the
// answer pairs 0–40 and 50–75.
TEST(RaterAgreement, MatchingPairsAsManyEventsAsPossible) {
  const auto r = compareRaters(input(10, 1000, {ev(1, 0), ev(2, 50)}, {ev(3, 40), ev(4, 75)}, 4.0));
  ASSERT_EQ(r.matched, 2);
  EXPECT_EQ(r.pairings[0].a->id, 1);
  EXPECT_EQ(r.pairings[0].b->id, 3);
  EXPECT_EQ(r.pairings[1].a->id, 2);
  EXPECT_EQ(r.pairings[1].b->id, 4);
  EXPECT_DOUBLE_EQ(r.onset.meanAbsolute, (4.0 + 2.5) / 2);
  EXPECT_DOUBLE_EQ(r.onset.medianAbsolute, (4.0 + 2.5) / 2);
  EXPECT_DOUBLE_EQ(r.onset.maxAbsolute, 4.0);
  // Among pairings with as many pairs, the closest: B at 10 and 12 for A at
  // 11 alone pairs the nearer, whichever comes first.
  const auto closest = compareRaters(input(10, 1000, {ev(1, 110)}, {ev(2, 100), ev(3, 112)}, 2.0));
  ASSERT_EQ(closest.matched, 1);
  for (const auto& p : closest.pairings) {
    if (p.a) {
      EXPECT_EQ(p.b->id, 3);
    }
  }
}

// A marks 3 seizures, B 2, and 2 of them are the same: A finds all of B's
// (sensitivity 1), B finds 2 of A's 3.
TEST(RaterAgreement, SensitivityOfEachRaterAgainstTheOther) {
  const auto r = compareRaters(
      input(25, 100000, {ev(1, 1000, 1500), ev(2, 5000, 5600), ev(3, 9000, 9100)}, {ev(4, 1010, 1490), ev(5, 4990, 5700)},
            2.0));
  EXPECT_EQ(r.eventsA, 3);
  EXPECT_EQ(r.eventsB, 2);
  EXPECT_EQ(r.matched, 2);
  EXPECT_DOUBLE_EQ(r.sensitivityA(), 1.0);
  EXPECT_DOUBLE_EQ(r.sensitivityB(), 2.0 / 3);
  // Onset differences +10 and -10 frames; offsets -10 and +100.
  EXPECT_DOUBLE_EQ(r.onset.meanAbsolute, 0.4);
  EXPECT_DOUBLE_EQ(r.onset.meanSigned, 0.0);
  EXPECT_DOUBLE_EQ(r.offset.meanAbsolute, 55.0 / 25);
  EXPECT_DOUBLE_EQ(r.offset.medianAbsolute, 55.0 / 25);
  EXPECT_DOUBLE_EQ(r.offset.maxAbsolute, 4.0);
  EXPECT_DOUBLE_EQ(r.offset.meanSigned, 45.0 / 25);
  const auto none = compareRaters(input(25, 1000, {ev(1, 10, 20)}, {}, 2.0));
  EXPECT_DOUBLE_EQ(none.sensitivityB(), 0.0);
  EXPECT_TRUE(std::isnan(none.sensitivityA()));  // B marked nothing to find
}

// 100 frames; A labels [10,30) and [50,60), B [20,40). Both: 10, only A: 20,
// only B: 10, neither: 60. p_o = 0.70, p_e = 0.3*0.2 + 0.7*0.8 = 0.62,
// kappa = 0.08 / 0.38.
TEST(RaterAgreement, KappaOnPerFrameLabels) {
  const auto r = compareRaters(input(10, 100, {ev(1, 10, 30), ev(2, 50, 60)}, {ev(3, 20, 40)}, 1.0));
  EXPECT_EQ(r.frames.both, 10);
  EXPECT_EQ(r.frames.onlyA, 20);
  EXPECT_EQ(r.frames.onlyB, 10);
  EXPECT_EQ(r.frames.neither, 60);
  EXPECT_DOUBLE_EQ(r.frames.observedAgreement(), 0.70);
  EXPECT_NEAR(r.frames.chanceAgreement(), 0.62, 1e-12);
  EXPECT_NEAR(r.frames.kappa(), 0.08 / 0.38, 1e-12);
  // Identical labels: kappa 1. No labels at all: undefined, not 1 or 0.
  EXPECT_DOUBLE_EQ(compareRaters(input(10, 100, {ev(1, 10, 30)}, {ev(2, 10, 30)}, 1.0)).frames.kappa(), 1.0);
  EXPECT_TRUE(std::isnan(compareRaters(input(10, 100, {}, {}, 1.0)).frames.kappa()));
}

// Frames no one watched (a gap between files) count for neither rater, and
// an open event is matched on its onset but labels no frames.
TEST(RaterAgreement, UnobservedFramesAndOpenEvents) {
  AgreementInput in = input(10, 0, {ev(1, 10, 30), ev(2, 80)}, {ev(3, 12, 60), ev(4, 81)}, 1.0);
  in.observed = {{0, 40}, {50, 100}};  // frames 40..49 unobserved
  const auto r = compareRaters(in);
  EXPECT_EQ(r.matched, 2);
  EXPECT_EQ(r.openA, 1);
  EXPECT_EQ(r.openB, 1);
  EXPECT_EQ(r.offset.count, 1);  // only the closed pair
  EXPECT_EQ(r.frames.total(), 90);
  EXPECT_EQ(r.frames.both, 18);   // [12,30)
  EXPECT_EQ(r.frames.onlyA, 2);   // [10,12)
  EXPECT_EQ(r.frames.onlyB, 20);  // [30,40) and [50,60): not [40,50)
  EXPECT_EQ(r.frames.neither, 50);
}

TEST(RaterAgreement, BadInputIsRefusedByName) {
  EXPECT_THROW(compareRaters(input(0, 100, {}, {}, 1.0)), std::invalid_argument);
  EXPECT_THROW(compareRaters(input(30, 100, {}, {}, -1.0)), std::invalid_argument);
  try {
    compareRaters(input(30, 100, {}, {ev(7, 50, 40)}, 1.0));
    FAIL() << "an event ending before its onset was accepted";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("#7"), std::string::npos) << e.what();
  }
}

TEST(RaterAgreement, CsvHoldsThePairingsAndTheSummary) {
  const auto r = compareRaters(input(10, 100, {ev(1, 10, 30), ev(2, 50, 60)}, {ev(3, 20, 40)}, 1.0));
  const AgreementLabels labels{"dr, k", "tech", 10, 1.0};
  const std::string events = agreementEventsCsv(r, labels);
  EXPECT_EQ(events,
            "status,a_event,a_onset_frame,a_onset_s,a_offset_frame,a_offset_s,b_event,b_onset_frame,b_onset_s,"
            "b_offset_frame,b_offset_s,onset_difference_frames,onset_difference_s,offset_difference_frames,"
            "offset_difference_s\n"
            "matched,1,10,1.000000,30,3.000000,3,20,2.000000,40,4.000000,10,1.000000,10,1.000000\n"
            "only_a,2,50,5.000000,60,6.000000,,,,,,,,,\n");
  const std::string summary = agreementSummaryCsv(r, labels);
  EXPECT_NE(summary.find("rater_a,\"dr, k\"\n"), std::string::npos) << summary;
  EXPECT_NE(summary.find("\nmatched,1\n"), std::string::npos);
  EXPECT_NE(summary.find("\nsensitivity_b,0.500000\n"), std::string::npos);
  EXPECT_NE(summary.find("\nkappa,0.210526\n"), std::string::npos);
  // Undefined values are empty fields, not zeros.
  const std::string empty = agreementSummaryCsv(compareRaters(input(10, 100, {}, {}, 1.0)), labels);
  EXPECT_NE(empty.find("\nkappa,\n"), std::string::npos) << empty;
  EXPECT_NE(empty.find("\nsensitivity_a,\n"), std::string::npos);
}

// The project's events, chosen by annotator and kind: two raters' marks of
// the same seizures, an artifact that is not compared, and the mistakes
// refused by name.
TEST(RecordingAgreement, ComparesTheProjectsEventsByAnnotator) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("prodrome-agreement-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    auto db = prodrome::database::openProject((dir / "a.prodrome").string());
    const auto subject = prodrome::database::SubjectStore(db).add({0, "R1", prodrome::database::Species::Rodent, ""});
    prodrome::database::Recording rec;
    rec.subjectId = subject;
    rec.path = "/nowhere/r1.mp4";
    rec.fingerprint = "r1";
    rec.fps = 30;
    rec.frameCount = 3000;
    const auto recording = prodrome::database::RecordingStore(db).add(rec);
    prodrome::database::EventStore events(db);
    const auto add = [&](std::int64_t onset, std::int64_t offset, const char* who,
                         prodrome::database::EventKind kind = prodrome::database::EventKind::Seizure) {
      prodrome::database::Event e;
      e.recordingId = recording;
      e.onsetFrame = onset;
      e.offsetFrame = offset;
      e.annotator = who;
      e.kind = kind;
      return events.add(e);
    };
    const auto k1 = add(300, 600, "dr.k");
    add(1500, 1800, "dr.k");
    const auto t1 = add(330, 620, "tech");  // overlaps dr.k's: allowed, another rater
    add(310, 320, "tech", prodrome::database::EventKind::Artifact);
    RecordingAgreementRequest request;
    request.recordingId = recording;
    request.raterA = "dr.k";
    request.raterB = "tech";
    request.toleranceSeconds = 1.0;
    const auto result = compareRatersOnRecording(db, request);
    EXPECT_DOUBLE_EQ(result.fps, 30);
    EXPECT_EQ(result.frames, 3000);
    EXPECT_EQ(result.agreement.eventsA, 2);
    EXPECT_EQ(result.agreement.eventsB, 1);  // the artifact is not a seizure
    ASSERT_EQ(result.agreement.matched, 1);
    EXPECT_EQ(result.agreement.pairings[0].a->id, k1);
    EXPECT_EQ(result.agreement.pairings[0].b->id, t1);
    EXPECT_EQ(result.agreement.frames.both, 270);
    const auto raters = ratersOf(db, recording, std::nullopt);
    ASSERT_EQ(raters.size(), 2u);
    EXPECT_EQ(raters[1].name, "tech");
    EXPECT_EQ(raters[1].events, 2);
    const auto refusal = [&](RecordingAgreementRequest r) {
      try {
        compareRatersOnRecording(db, r);
      } catch (const prodrome::core::Error& e) {
        return std::string(e.what());
      }
      return std::string();
    };
    request.raterB = "tehc";
    EXPECT_NE(refusal(request).find("'tehc' annotated nothing"), std::string::npos) << refusal(request);
    EXPECT_NE(refusal(request).find("'tech' (2)"), std::string::npos) << refusal(request);
    request.raterB = "dr.k";
    EXPECT_NE(refusal(request).find("the same person"), std::string::npos);
    request.recordingId = 99;
    EXPECT_NE(refusal(request).find("no recording #99"), std::string::npos);
  }
  fs::remove_all(dir);
}

// A seizure marked across a period's boundary is stored as a piece per file;
// over the period the pieces are one event (issue 14), unless a gap parts
// the files.
TEST(RecordingAgreement, PiecesAcrossABoundaryAreOneEventOverThePeriod) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("prodrome-agreement-pieces-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    namespace db = prodrome::database;
    auto project = db::openProject((dir / "a.prodrome").string());
    const auto subject = db::SubjectStore(project).add({0, "R1", db::Species::Rodent, ""});
    std::vector<std::int64_t> ids;
    for (const char* name : {"a", "b", "c"}) {
      db::Recording rec;
      rec.subjectId = subject;
      rec.path = std::string("/nowhere/") + name + ".mp4";
      rec.fingerprint = name;
      rec.fps = 25;
      rec.frameCount = 1000;
      ids.push_back(db::RecordingStore(project).add(rec));
    }
    const auto period = db::PeriodStore(project).create(subject, ids);
    db::PeriodStore(project).setStart(ids[0], std::string("2026-03-01T22:00:00Z"));
    db::PeriodStore(project).setStart(ids[2], std::string("2026-03-01T22:01:30Z"));  // 10 s after b ends
    db::EventStore events(project);
    const auto add = [&](std::int64_t recording, std::int64_t onset, std::int64_t offset, const char* who) {
      db::Event e;
      e.recordingId = recording;
      e.onsetFrame = onset;
      e.offsetFrame = offset;
      e.annotator = who;
      return events.add(e);
    };
    const auto piece = add(ids[0], 900, 1000, "dr.k");  // across a's end into b
    add(ids[1], 0, 50, "dr.k");
    add(ids[1], 950, 1000, "dr.k");  // up to b's end, then a gap: not joined to c's
    add(ids[2], 0, 30, "dr.k");
    add(ids[0], 910, 990, "tech");
    RecordingAgreementRequest request;
    request.periodId = period;
    request.raterA = "dr.k";
    request.raterB = "tech";
    request.toleranceSeconds = 1.0;
    const auto result = compareRatersOnRecording(project, request);
    EXPECT_EQ(result.agreement.eventsA, 3);  // a+b joined; b's end and c's start stay apart
    EXPECT_EQ(result.agreement.eventsB, 1);
    ASSERT_EQ(result.agreement.matched, 1);
    EXPECT_EQ(result.agreement.pairings[0].a->id, piece);
    EXPECT_EQ(*result.agreement.pairings[0].a->offset, 1050);  // the joined event ends in b
  }
  fs::remove_all(dir);
}
