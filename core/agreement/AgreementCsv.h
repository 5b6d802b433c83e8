#pragma once
// A rater comparison as CSV, for the statistics elsewhere (issue 14):
//  - the events: one row per pairing, matched or one rater's only, with both
//    events' frames and seconds and the differences (b minus a);
//  - the summary: metric,value rows (counts, sensitivities, difference
//    statistics, the per-frame table and kappa); an undefined value (kappa
//    when neither rater marks anything) is an empty field, never 0.
// Written atomically; throws IoError naming the file.

#include "core/agreement/RaterAgreement.h"

#include <filesystem>
#include <string>

namespace prodrome::core {

struct AgreementLabels {
  std::string raterA;
  std::string raterB;
  double fps = 0;
  double toleranceSeconds = 0;
};

std::string agreementEventsCsv(const RaterAgreement& agreement, const AgreementLabels& labels);
std::string agreementSummaryCsv(const RaterAgreement& agreement, const AgreementLabels& labels);
void writeAgreementCsv(const std::filesystem::path& path, const std::string& text);

}  // namespace prodrome::core
