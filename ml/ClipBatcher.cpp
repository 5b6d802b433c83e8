#include "ml/ClipBatcher.h"

#include "ml/PixelLoss.h"

#include <torch/torch.h>

#include <numeric>
#include <random>

namespace prodrome::ml {

namespace {

uint64_t splitmix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

// Uniform in [0, bound) from the engine alone (portable across libraries).
uint64_t below(std::mt19937_64& engine, uint64_t bound) {
  const uint64_t limit = UINT64_MAX - (UINT64_MAX % bound + 1) % bound;
  uint64_t r = 0;
  do {
    r = engine();
  } while (r > limit);
  return r % bound;
}

}  // namespace

torch::Tensor prepareClip(const torch::Tensor& frames, const BatchOptions& options, uint64_t augmentation_seed) {
  TORCH_CHECK(frames.dim() == 4 && frames.size(3) == 3 && frames.scalar_type() == torch::kUInt8,
              "prepareClip: expected uint8 frames [T, H, W, 3], got ", frames.sizes(), " ", frames.scalar_type());
  std::mt19937_64 engine(augmentation_seed);
  const int64_t H = frames.size(1);
  const int64_t W = frames.size(2);
  const int64_t base = std::min(H, W);
  int64_t crop_h = base;
  int64_t crop_w = base;
  if (options.multi_scale_crop) {
    // Width and height scales drawn from one list, at most one step apart,
    // so the aspect ratio changes a little and the scale a lot.
    static constexpr double kScales[] = {1.0, 0.875, 0.75, 0.66};
    const auto i = static_cast<int64_t>(below(engine, 4));
    const auto j = std::clamp<int64_t>(i + static_cast<int64_t>(below(engine, 3)) - 1, 0, 3);
    crop_h = std::max<int64_t>(1, static_cast<int64_t>(static_cast<double>(base) * kScales[i]));
    crop_w = std::max<int64_t>(1, static_cast<int64_t>(static_cast<double>(base) * kScales[j]));
  }
  int64_t y0 = (H - crop_h) / 2;
  int64_t x0 = (W - crop_w) / 2;
  if (options.multi_scale_crop) {
    y0 = static_cast<int64_t>(below(engine, static_cast<uint64_t>(H - crop_h + 1)));
    x0 = static_cast<int64_t>(below(engine, static_cast<uint64_t>(W - crop_w + 1)));
  }
  const bool flip = options.horizontal_flip && below(engine, 2) == 1;

  using torch::indexing::Slice;
  auto x = frames.index({Slice(), Slice(y0, y0 + crop_h), Slice(x0, x0 + crop_w)});  // [T, h, w, 3]
  x = x.permute({0, 3, 1, 2}).to(torch::kFloat32).div_(255.0);                       // [T, 3, h, w]
  const auto S = options.crop_size;
  if (crop_h != S || crop_w != S) {
    namespace F = torch::nn::functional;
    x = F::interpolate(x, F::InterpolateFuncOptions()
                              .size(std::vector<int64_t>{S, S})
                              .mode(torch::kBilinear)
                              .align_corners(false));  // [T, 3, S, S]
  }
  if (flip) x = x.flip({3});
  auto mean = torch::tensor({kImageNetMean[0], kImageNetMean[1], kImageNetMean[2]}, torch::kFloat32).view({1, 3, 1, 1});
  auto std = torch::tensor({kImageNetStd[0], kImageNetStd[1], kImageNetStd[2]}, torch::kFloat32).view({1, 3, 1, 1});
  x = (x - mean) / std;
  return x.permute({1, 0, 2, 3}).contiguous();  // [3, T, S, S]
}

ClipBatcher::ClipBatcher(std::shared_ptr<const ClipDataset> dataset, BatchOptions options)
    : dataset_(std::move(dataset)), options_(options) {
  TORCH_CHECK(dataset_ != nullptr, "ClipBatcher: no dataset");
  TORCH_CHECK(options_.batch_size > 0 && options_.crop_size > 0 && options_.prefetch > 0,
              "ClipBatcher: batch_size, crop_size and prefetch must be positive");
  if (options_.balanced_sampling) {
    for (int64_t i = 0; i < dataset_->size(); ++i) (dataset_->label(i) == 1 ? positives_ : negatives_).push_back(i);
    TORCH_CHECK(!positives_.empty() && !negatives_.empty(), "ClipBatcher: class-balanced sampling needs clips of both ",
                "labels, got ", positives_.size(), " positive and ", negatives_.size(), " negative");
  }
}

ClipBatcher::~ClipBatcher() { stopProducer(); }

int64_t ClipBatcher::clipsPerEpoch() const {
  if (!options_.balanced_sampling) return dataset_->size();
  return 2 * static_cast<int64_t>(std::max(positives_.size(), negatives_.size()));
}

int64_t ClipBatcher::batchesPerEpoch() const {
  const auto n = clipsPerEpoch();
  return options_.drop_last ? n / options_.batch_size : (n + options_.batch_size - 1) / options_.batch_size;
}

void ClipBatcher::stopProducer() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  if (producer_.joinable()) producer_.join();
  std::lock_guard lock(mutex_);
  ready_.clear();
  stop_ = false;
  finished_ = true;
  error_ = nullptr;
}

std::vector<int64_t> ClipBatcher::epochOrder(int64_t epoch) const {
  std::mt19937_64 engine(splitmix64(options_.seed ^ splitmix64(static_cast<uint64_t>(epoch))));
  const auto shuffle = [&](std::vector<int64_t> v) {
    for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[below(engine, i)]);
    return v;
  };
  if (!options_.balanced_sampling) {
    std::vector<int64_t> order(static_cast<size_t>(dataset_->size()));
    std::iota(order.begin(), order.end(), int64_t{0});
    return options_.shuffle ? shuffle(std::move(order)) : order;
  }
  // Each class as a stream of shuffled passes over its clips, long enough for
  // the larger class's one pass; the smaller class repeats, each pass in a new order.
  const auto per_class = std::max(positives_.size(), negatives_.size());
  const auto stream = [&](const std::vector<int64_t>& clips) {
    std::vector<int64_t> out;
    while (out.size() < per_class) {
      const auto pass = shuffle(clips);
      out.insert(out.end(), pass.begin(),
                 pass.begin() + static_cast<std::ptrdiff_t>(std::min(pass.size(), per_class - out.size())));
    }
    return out;
  };
  const auto pos = stream(positives_);
  const auto neg = stream(negatives_);
  // Which class leads each pair is drawn too, so that position in a batch says nothing about the label.
  std::vector<int64_t> order;
  order.reserve(2 * per_class);
  for (size_t i = 0; i < per_class; ++i) {
    const bool positive_first = below(engine, 2) == 1;
    order.push_back(positive_first ? pos[i] : neg[i]);
    order.push_back(positive_first ? neg[i] : pos[i]);
  }
  return order;
}

void ClipBatcher::startEpoch(int64_t epoch) {
  stopProducer();
  auto order = epochOrder(epoch);
  {
    std::lock_guard lock(mutex_);
    finished_ = false;
  }
  producer_ = std::thread([this, order = std::move(order), epoch]() mutable { produce(std::move(order), epoch); });
}

void ClipBatcher::produce(std::vector<int64_t> order, int64_t epoch) {
  try {
    const auto B = options_.batch_size;
    const auto batches = batchesPerEpoch();
    for (int64_t b = 0; b < batches; ++b) {
      ClipBatch batch;
      std::vector<torch::Tensor> videos;
      std::vector<float> labels;
      const auto end = std::min<int64_t>(static_cast<int64_t>(order.size()), (b + 1) * B);
      for (int64_t k = b * B; k < end; ++k) {
        {
          std::lock_guard lock(mutex_);
          if (stop_) return;
        }
        const auto index = order[static_cast<size_t>(k)];
        const auto sample = dataset_->get(index);
        // A clip drawn twice in a balanced epoch is augmented differently each time.
        const auto draw = static_cast<uint64_t>(options_.balanced_sampling ? k : index);
        const uint64_t seed = splitmix64(options_.seed ^ splitmix64(static_cast<uint64_t>(epoch) ^ splitmix64(draw)));
        videos.push_back(prepareClip(sample.frames, options_, seed));
        labels.push_back(static_cast<float>(sample.label));
        batch.indices.push_back(index);
      }
      batch.video = torch::stack(videos);                     // [B, 3, T, S, S]
      batch.labels = torch::tensor(labels, torch::kFloat32);  // [B]
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return stop_ || static_cast<int64_t>(ready_.size()) < options_.prefetch; });
      if (stop_) return;
      ready_.push_back(std::move(batch));
      changed_.notify_all();
    }
  } catch (...) {
    std::lock_guard lock(mutex_);
    error_ = std::current_exception();
  }
  std::lock_guard lock(mutex_);
  finished_ = true;
  changed_.notify_all();
}

std::optional<ClipBatch> ClipBatcher::next() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return !ready_.empty() || finished_ || error_; });
  if (!ready_.empty()) {
    auto batch = std::move(ready_.front());
    ready_.pop_front();
    changed_.notify_all();
    return batch;
  }
  if (error_) std::rethrow_exception(error_);
  return std::nullopt;
}

}  // namespace prodrome::ml
