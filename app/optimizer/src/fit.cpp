// The fit, following fsrs-rs v6.5 training.rs step by step:
//   1. fewer than 8 items → defaults; pre-train w0..w3; fewer than 64 items → stop there;
//   2. batches of whole cards holding up to 512 items, in a seeded shuffled order each epoch;
//   3. each step: gradient of the summed weighted log loss + the scaled L2 pull toward the
//      starting parameters; Adam (β 0.9/0.999, ε 1e-8); cosine-annealed learning rate; clip;
//   4. after each epoch, the mean loss over all items; keep the best epoch's parameters;
//   5. smooth w0..w3 again so that they stay ordered by rating.
#include "optimizer/fit.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

#include "initial_stability.hpp"
#include "optimizer/loss.hpp"
#include "base/prng.hpp"
#include "worker_pair.hpp"

namespace factdeck::optim {

namespace {

// ---- Batches ----

// splitmix64 (quizgen/prng.hpp): portable, so that the batch order is the same everywhere.


// A batch is cards [begin, end) of `ordered`, cut into kChunksPerBatch chunks of about equal
// review count (the work) at `bounds`; chunks may be empty.
constexpr int kChunksPerBatch = 8;

struct Batch {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::array<std::size_t, kChunksPerBatch + 1> bounds{};
  std::size_t item_count = 0;
};

// Cuts cards [begin, end) into `chunks` runs of about equal review count.
template <std::size_t N>
void cut_by_reviews(const std::vector<CardHistory>& cards, std::size_t begin, std::size_t end,
                    std::array<std::size_t, N>& bounds) {
  std::size_t reviews = 0;
  for (std::size_t i = begin; i < end; ++i) reviews += cards[i].count;
  std::size_t seen = 0;
  std::size_t card = begin;
  bounds[0] = begin;
  for (std::size_t c = 1; c < N; ++c) {
    while (card < end && seen * (N - 1) < reviews * c) seen += cards[card++].count;
    bounds[c] = card;
  }
  bounds[N - 1] = end;
}

std::size_t training_items(const PreparedData& data, const CardHistory& card) {
  std::size_t items = 0;
  const std::uint32_t end = std::min(card.count, kMaxSequenceLength);
  for (std::uint32_t k = 1; k < end; ++k) items += data.reviews[card.first + k].weight > 0.0f;
  return items;
}

// Cards ordered by history length, grouped greedily into batches of at most `batch_size` items
// (a card is never split), as fsrs-rs groups cards when it knows their ids.
std::vector<Batch> make_batches(const PreparedData& data, std::size_t batch_size,
                                std::uint64_t seed, std::vector<CardHistory>& ordered) {
  ordered.clear();
  for (const CardHistory& card : data.cards) {
    if (training_items(data, card) > 0) ordered.push_back(card);
  }
  SplitMix64 rng{seed ^ 0x5EEDC0DEULL};
  for (std::size_t i = ordered.size(); i > 1; --i) std::swap(ordered[i - 1], ordered[rng.next() % i]);
  std::vector<Batch> batches;
  Batch current;
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    const std::size_t items = training_items(data, ordered[i]);
    if (current.end > current.begin && current.item_count + items > batch_size) {
      batches.push_back(current);
      current = Batch{i, i, {}, 0};
    }
    current.end = i + 1;
    current.item_count += items;
  }
  if (current.end > current.begin) batches.push_back(current);
  for (Batch& batch : batches) cut_by_reviews(ordered, batch.begin, batch.end, batch.bounds);
  return batches;
}

// ---- Schedule and optimizer ----

// Cosine annealing from `initial` to 0 over `total_steps` (fsrs-rs cosine_annealing.rs).
double cosine_learning_rate(double initial, std::size_t step, std::size_t total_steps) {
  const double phase = std::numbers::pi * static_cast<double>(step) /
                       static_cast<double>(total_steps);
  return initial * (1.0 + std::cos(phase)) / 2.0;
}

struct Adam {
  Parameters m{};
  Parameters v{};
  int t = 0;

  void step(Parameters& w, const Parameters& gradient, double learning_rate) {
    constexpr double kBeta1 = 0.9;
    constexpr double kBeta2 = 0.999;
    constexpr double kEpsilon = 1e-8;
    ++t;
    const double bias1 = 1.0 - std::pow(kBeta1, t);
    const double bias2 = 1.0 - std::pow(kBeta2, t);
    for (std::size_t i = 0; i < w.size(); ++i) {
      m[i] = kBeta1 * m[i] + (1.0 - kBeta1) * gradient[i];
      v[i] = kBeta2 * v[i] + (1.0 - kBeta2) * gradient[i] * gradient[i];
      w[i] -= learning_rate * (m[i] / bias1) / (std::sqrt(v[i] / bias2) + kEpsilon);
    }
  }
};

// ---- Training ----

struct Trainer {
  const PreparedData& data;
  const FitOptions& options;
  Progress* progress;
  Parameters start;
  std::vector<CardHistory> ordered;
  std::vector<Batch> batches;
  std::size_t total_items = 0;
  WorkerPair workers;

  Trainer(const PreparedData& d, const FitOptions& o, Progress* p, const Parameters& s)
      : data(d), options(o), progress(p), start(s), workers(o.thread_count > 1) {
    batches = make_batches(data, options.batch_size, options.seed, ordered);
    for (const Batch& b : batches) total_items += b.item_count;
  }

  std::span<const CardHistory> cards(std::size_t begin, std::size_t end) const {
    return std::span<const CardHistory>(ordered).subspan(begin, end - begin);
  }

  Parameters batch_gradient(const Parameters& w, const Batch& batch) {
    std::array<Parameters, kChunksPerBatch> parts;
    workers.run(
        [&](int chunk) {
          const auto c = static_cast<std::size_t>(chunk);
          parts[c] = weighted_loss_gradient(w, data, cards(batch.bounds[c], batch.bounds[c + 1]));
        },
        kChunksPerBatch);
    Parameters sum{};
    for (const Parameters& part : parts) {  // fixed order: deterministic
      for (std::size_t i = 0; i < sum.size(); ++i) sum[i] += part[i];
    }
    return sum;
  }

  // Mean training loss including the L2 term, as fsrs-rs's end-of-epoch validation.
  double epoch_loss(const Parameters& w) {
    constexpr std::size_t kChunks = 64;
    std::array<std::size_t, kChunks + 1> bounds{};
    cut_by_reviews(ordered, 0, ordered.size(), bounds);
    std::array<double, kChunks> parts{};
    workers.run(
        [&](int chunk) {
          const auto c = static_cast<std::size_t>(chunk);
          parts[c] = weighted_loss(w, data, cards(bounds[c], bounds[c + 1]));
        },
        static_cast<int>(kChunks));
    double sum = 0.0;
    for (const double part : parts) sum += part;
    return (sum + options.gamma * l2_penalty(w, start)) / static_cast<double>(total_items);
  }

  bool is_cancelled() const {
    return progress != nullptr && progress->cancel_requested.load(std::memory_order_relaxed);
  }

  Result<Parameters> run(int& epochs_run) {
    if (progress != nullptr) {
      progress->total.store(total_items * static_cast<std::size_t>(options.epochs));
      progress->done.store(0);
    }
    const std::size_t total_steps =
        (total_items / options.batch_size + 1) * static_cast<std::size_t>(options.epochs);
    SplitMix64 rng{options.seed};
    std::vector<std::size_t> order(batches.size());
    Parameters w = start;
    Parameters best = w;
    double best_loss = INFINITY;
    Adam adam;
    std::size_t step = 0;
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
      for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
      shuffle_with(order, rng);
      for (const std::size_t index : order) {
        const Batch& batch = batches[index];
        Parameters gradient = batch_gradient(w, batch);
        const double l2_scale = options.gamma * static_cast<double>(batch.item_count) /
                                static_cast<double>(total_items);
        add_l2_gradient(w, start, l2_scale, gradient);
        adam.step(w, gradient, cosine_learning_rate(options.learning_rate, step++, total_steps));
        clip_parameters(w);
        if (progress != nullptr) progress->done.fetch_add(batch.item_count);
        if (is_cancelled()) return fail(ErrorCode::Cancelled, "the fit was cancelled");
      }
      const double loss = epoch_loss(w);
      epochs_run = epoch + 1;
      if (loss < best_loss) {
        best_loss = loss;
        best = w;
      }
    }
    return best;
  }
};

}  // namespace

namespace detail {

Result<FitResult> fit_without_finishing(const PreparedData& train, const FitOptions& options,
                                        Progress* progress) {
  FitResult result;
  result.train_items = train.target_count;
  if (train.target_count < kMinItemsForAnyFit) return result;
  const std::optional<InitialStability> initial = search_initial_stability(train);
  if (!initial) {
    return fail(ErrorCode::Invalid,
                "not enough data: no card has a review at least one day after its first");
  }
  Parameters start = kDefaultParameters;
  std::copy(initial->stability.begin(), initial->stability.end(), start.begin());
  result.parameters = start;
  result.stage = FitStage::InitialStabilityOnly;
  std::size_t first_review_items = 0;
  for (std::size_t r = 1; r <= 4; ++r) first_review_items += initial->rating_count[r];
  if (train.target_count < kMinItemsForFullFit || train.target_count == first_review_items) {
    return result;
  }
  Trainer trainer(train, options, progress, start);
  if (trainer.total_items == 0) return result;
  Result<Parameters> fitted = trainer.run(result.epochs_run);
  if (!fitted) return Unexpected{fitted.error()};
  Parameters w = *fitted;
  std::array<std::optional<double>, 5> by_rating;
  for (std::size_t r = 1; r <= 4; ++r) {
    if (initial->rating_count[r] > 0) by_rating[r] = w[r - 1];
  }
  const std::array<double, 4> smoothed = smooth_and_fill(by_rating, initial->rating_count);
  std::copy(smoothed.begin(), smoothed.end(), w.begin());
  result.parameters = w;
  result.stage = FitStage::Full;
  return result;
}

}  // namespace detail

namespace {

// Sets Progress::finished when it goes out of scope, whatever the exit path.
struct FinishOnExit {
  Progress* progress;
  ~FinishOnExit() {
    if (progress != nullptr) progress->finished.store(true);
  }
};

}  // namespace

Result<FitResult> fit_prepared(const PreparedData& train, const FitOptions& options,
                               Progress* progress) {
  const FinishOnExit finish{progress};
  return detail::fit_without_finishing(train, options, progress);
}

Result<FitResult> fit_parameters(std::span<const ReviewLogEntry> entries,
                                 const FitOptions& options, Progress* progress) {
  const FinishOnExit finish{progress};
  const std::uint64_t seed = options.seed;
  const PreparedData train =
      options.hold_out
          ? prepare_data(entries, options.day,
                         [seed](std::int64_t id) { return !is_held_out_card(id, seed); })
          : prepare_data(entries, options.day);
  Result<FitResult> result = detail::fit_without_finishing(train, options, progress);
  if (!result) return result;
  if (options.hold_out) {
    const PreparedData test = prepare_data(
        entries, options.day, [seed](std::int64_t id) { return is_held_out_card(id, seed); });
    result->test_items = test.target_count;
    result->default_metrics = evaluate(kDefaultParameters, test);
    result->fitted_metrics = evaluate(result->parameters, test);
  } else {
    result->default_metrics = evaluate(kDefaultParameters, train);
    result->fitted_metrics = evaluate(result->parameters, train);
  }
  return result;
}

}  // namespace factdeck::optim
