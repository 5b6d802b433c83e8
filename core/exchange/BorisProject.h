#pragma once
// A BORIS project file (.boris, JSON) as BORIS writes it, read into plain
// data and checked, before anything is looked up in a Prodrome project.
//
// Followed: BORIS v9.12.3 (olivierfriard/BORIS 73bdf077), whose
// project_functions.open_project_json reads "project_format_version" as a
// dotted string: "7.0" since 2020 and still today, "8.6" when the project
// holds an IMAGES observation. Versions 7.x and 8.x are read; a missing
// version (BORIS's pre-2020 .obs format) or any other is refused, naming it.
//
// Per observation: "type" MEDIA, LIVE or IMAGES; "file" {"1".."8": [paths]}
// (player 1 plays its files in a row, player 2.. are synchronised views);
// "media_info"."length" {path: seconds} (how BORIS counts time across player
// 1's files), "fps"; "time offset" (BORIS stores media time + offset);
// "events" [time, subject, code, modifier, comment(, frame index)]: times are
// cumulative over player 1's files. Every member is checked for its type and
// a wrong one is an ImportError naming its JSON path.

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace prodrome::core {

struct BorisEvent {
  double time = 0;  // as stored: media time + the observation's time offset
  std::string subject;  // "" = no focal subject
  std::string code;
  std::string modifier;
  std::string where;  // JSON path, for errors
};

struct BorisObservation {
  std::string id;
  std::string type;  // MEDIA, LIVE, IMAGES
  std::map<int, std::vector<std::string>> players;  // player number -> its files in order (non-empty only)
  std::map<std::string, double> lengths;            // media_info.length, by the path as stored
  double timeOffset = 0;
  bool creationDateAsOffset = false;  // media_info creation times added to event times
  std::map<std::string, std::string> independentVariables;
  std::vector<BorisEvent> events;  // in file order
  std::string where() const { return "observations." + id; }
};

struct BorisProject {
  std::filesystem::path file;
  std::string version;
  std::set<std::string> pointCodes;  // behaviours whose type is a point event
  std::map<std::string, std::string> categories;  // code -> its ethogram category ("" when none)
  std::vector<BorisObservation> observations;  // by id
};

// Throws ImportError (file, JSON path, cause).
BorisProject readBorisProject(const std::filesystem::path& file);

}  // namespace prodrome::core
