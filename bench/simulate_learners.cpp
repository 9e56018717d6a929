// simulate_learners OUT_DIR [--seed S] [--sizes 10000,100000,1000000]
//
// Writes review logs of simulated learners whose true FSRS-6 parameters differ from the
// defaults, in the revlog CSV the optimizer reads, one file per learner and size
// (OUT_DIR/userN_SIZE.csv), plus OUT_DIR/userN.json with the learner's true parameters.
//
// Each learner's memory follows FSRS-6 with the true parameters; the scheduler does not know
// them and plans intervals with the default parameters at 90% desired retention, with fuzz.
// New cards go through learning steps (same-day reviews), lapses through one relearning step,
// and learners are sometimes late. Deterministic for a given seed.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "optimizer/parameters.hpp"
#include "base/prng.hpp"
#include "scheduler/fsrs_math.hpp"

namespace {

namespace fm = factdeck::sched::fsrs_math;
using factdeck::optim::kDefaultParameters;
using factdeck::optim::Parameters;
using factdeck::sched::Grade;

// splitmix64 (quizgen/prng.hpp), plus a coin with probability p.
struct Rng : factdeck::SplitMix64 {
  using factdeck::SplitMix64::SplitMix64;
  bool chance(double p) { return uniform() < p; }
};

struct Learner {
  const char* name;
  Parameters true_w;
  double first_again, first_hard, first_good;  // first-rating shares (rest: Easy)
  double hard_share, easy_share;               // among successful reviews
  double late_share;                           // reviews done 1–3 days late
};

Parameters with(std::initializer_list<std::pair<int, double>> changes) {
  Parameters w = kDefaultParameters;
  for (const auto& [i, v] : changes) w[static_cast<std::size_t>(i)] = v;
  return w;
}

std::vector<Learner> learners() {
  return {
      {"user1", with({{0, 0.45}, {1, 1.9}, {2, 4.2}, {3, 12.5}, {4, 6.9}, {8, 1.65}, {9, 0.21},
                      {10, 1.05}, {11, 1.7}, {15, 0.45}, {17, 0.7}, {20, 0.30}}),
       0.22, 0.08, 0.62, 0.12, 0.08, 0.20},
      {"user2", with({{0, 0.15}, {1, 0.8}, {2, 1.6}, {3, 5.2}, {4, 7.4}, {6, 2.4}, {8, 1.45},
                      {10, 0.7}, {12, 0.1}, {14, 1.9}, {19, 0.12}, {20, 0.22}}),
       0.30, 0.12, 0.52, 0.18, 0.05, 0.25},
      {"user3", with({{0, 1.1}, {1, 3.2}, {2, 6.5}, {3, 21.0}, {4, 5.8}, {5, 0.6}, {8, 2.05},
                      {9, 0.12}, {11, 1.2}, {16, 2.3}, {18, 0.3}, {20, 0.45}}),
       0.12, 0.06, 0.70, 0.08, 0.15, 0.10},
  };
}

struct Card {
  std::int64_t id = 0;
  fm::Memory<double> truth{};      // the learner's real memory
  fm::Memory<double> scheduler{};  // the scheduler's belief (default parameters)
  std::int64_t last_day = 0;
  std::int64_t due_day = 0;
};

struct Review {
  std::int64_t card_id;
  std::int64_t time_ms;
  int rating;
  int state;
  int duration_ms;
};

class Simulation {
 public:
  Simulation(const Learner& learner, std::uint64_t seed) : learner_(learner), rng_{seed} {}

  std::vector<Review> run(std::size_t review_count) {
    const std::size_t new_per_day = std::max<std::size_t>(8, review_count / 2000);
    for (std::int64_t day = 0; reviews_.size() < review_count; ++day) {
      day_reviews_.clear();
      for (Card& card : cards_) {
        if (card.due_day <= day) review_card(card, day);
      }
      for (std::size_t i = 0; i < new_per_day; ++i) learn_new_card(day);
      std::sort(day_reviews_.begin(), day_reviews_.end(),
                [](const Review& a, const Review& b) { return a.time_ms < b.time_ms; });
      for (const Review& r : day_reviews_) {
        if (reviews_.size() == review_count) break;
        reviews_.push_back(r);
      }
    }
    return std::move(reviews_);
  }

 private:
  // 08:00–20:00 UTC on `day` (days start at 04:00, so a day's reviews share one day number).
  std::int64_t time_on(std::int64_t day) {
    const auto seconds = static_cast<std::int64_t>(8 * 3600 + rng_.uniform() * 12 * 3600);
    return (kEpochDay + day) * 86400000 + seconds * 1000;
  }

  void record(const Card& card, std::int64_t time_ms, Grade grade, int state) {
    day_reviews_.push_back({card.id, time_ms, static_cast<int>(grade), state,
                            static_cast<int>(3000 + rng_.uniform() * 12000)});
  }

  void answer(Card& card, std::int64_t day, Grade grade) {
    const double elapsed = static_cast<double>(day - card.last_day);
    card.truth = fm::next_memory(learner_.true_w, &card.truth, elapsed, grade);
    card.scheduler = fm::next_memory(kDefaultParameters, &card.scheduler, elapsed, grade);
    card.last_day = day;
  }

  // Same-day steps, 10 minutes apart: Good graduates; Again repeats (at most three steps).
  void learning_steps(Card& card, std::int64_t day, std::int64_t time_ms, int state, int steps) {
    for (int step = 0; step < steps; ++step) {
      time_ms += 600000 + static_cast<std::int64_t>(rng_.uniform() * 120000);
      const Grade grade = rng_.chance(0.85) ? Grade::Good : Grade::Again;
      record(card, time_ms, grade, state);
      answer(card, day, grade);
      if (grade == Grade::Good) break;
    }
    schedule(card, day);
  }

  void schedule(Card& card, std::int64_t day) {
    double interval = fm::interval_for_retention(kDefaultParameters, card.scheduler.stability, 0.9);
    if (interval >= 2.5) interval *= 0.95 + 0.1 * rng_.uniform();  // fuzz ±5%
    const auto days = std::clamp<std::int64_t>(std::llround(interval), 1, 36500);
    card.due_day = day + days;
  }

  Grade first_grade() {
    const double u = rng_.uniform();
    if (u < learner_.first_again) return Grade::Again;
    if (u < learner_.first_again + learner_.first_hard) return Grade::Hard;
    if (u < learner_.first_again + learner_.first_hard + learner_.first_good) return Grade::Good;
    return Grade::Easy;
  }

  void learn_new_card(std::int64_t day) {
    Card card;
    card.id = 1000000 + static_cast<std::int64_t>(cards_.size());
    const Grade grade = first_grade();
    const std::int64_t time_ms = time_on(day);
    record(card, time_ms, grade, 0);
    card.truth = fm::next_memory<double>(learner_.true_w, nullptr, 0.0, grade);
    card.scheduler = fm::next_memory<double>(kDefaultParameters, nullptr, 0.0, grade);
    card.last_day = day;
    if (grade == Grade::Easy) {
      schedule(card, day);
    } else {
      learning_steps(card, day, time_ms, 1, grade == Grade::Good ? 1 : 3);
    }
    cards_.push_back(card);
  }

  void review_card(Card& card, std::int64_t day) {
    if (card.due_day == day && rng_.chance(learner_.late_share)) {
      card.due_day = day + 1 + static_cast<std::int64_t>(rng_.uniform() * 3);
      return;
    }
    const double elapsed = static_cast<double>(day - card.last_day);
    const double recall = fm::retrievability(learner_.true_w, elapsed, card.truth.stability);
    Grade grade = Grade::Again;
    if (rng_.chance(recall)) {
      const double u = rng_.uniform();
      grade = u < learner_.hard_share ? Grade::Hard
              : u < learner_.hard_share + learner_.easy_share ? Grade::Easy
                                                               : Grade::Good;
    }
    const std::int64_t time_ms = time_on(day);
    record(card, time_ms, grade, 2);
    answer(card, day, grade);
    if (grade == Grade::Again) {
      learning_steps(card, day, time_ms, 3, 3);
    } else {
      schedule(card, day);
    }
  }

  static constexpr std::int64_t kEpochDay = 19723;  // 2024-01-01
  const Learner& learner_;
  Rng rng_;
  std::vector<Card> cards_;
  std::vector<Review> day_reviews_;
  std::vector<Review> reviews_;
};

bool write_csv(const std::string& path, const std::vector<Review>& reviews) {
  std::FILE* out = std::fopen(path.c_str(), "w");
  if (out == nullptr) return false;
  std::fprintf(out, "card_id,review_time,review_rating,review_state,review_duration\n");
  for (const Review& r : reviews) {
    std::fprintf(out, "%lld,%lld,%d,%d,%d\n", static_cast<long long>(r.card_id),
                 static_cast<long long>(r.time_ms), r.rating, r.state, r.duration_ms);
  }
  return std::fclose(out) == 0;
}

bool write_parameters(const std::string& path, const Parameters& w) {
  std::FILE* out = std::fopen(path.c_str(), "w");
  if (out == nullptr) return false;
  std::fprintf(out, "{\"true_parameters\": [");
  for (std::size_t i = 0; i < w.size(); ++i) std::fprintf(out, "%s%.6f", i ? ", " : "", w[i]);
  std::fprintf(out, "]}\n");
  return std::fclose(out) == 0;
}

std::string size_label(std::size_t n) {
  if (n % 1000000 == 0) return std::to_string(n / 1000000) + "m";
  if (n % 1000 == 0) return std::to_string(n / 1000) + "k";
  return std::to_string(n);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: simulate_learners OUT_DIR [--seed S] [--sizes N,N,...]\n");
    return 2;
  }
  const std::string dir = argv[1];
  std::uint64_t seed = 42;
  std::vector<std::size_t> sizes = {10000, 100000, 1000000};
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--seed") {
      seed = std::stoull(argv[i + 1]);
    } else if (flag == "--sizes") {
      sizes.clear();
      std::string list = argv[i + 1];
      for (std::size_t start = 0; start < list.size();) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        sizes.push_back(std::stoull(list.substr(start, comma - start)));
        start = comma + 1;
      }
    }
  }
  const std::vector<Learner> all = learners();
  for (std::size_t u = 0; u < all.size(); ++u) {
    const Learner& learner = all[u];
    if (!write_parameters(dir + "/" + learner.name + ".json", learner.true_w)) {
      std::fprintf(stderr, "cannot write into %s\n", dir.c_str());
      return 1;
    }
    for (const std::size_t n : sizes) {
      Simulation simulation(learner, seed * 1000 + u * 10 + 1);
      const std::vector<Review> reviews = simulation.run(n);
      const std::string path = dir + "/" + learner.name + "_" + size_label(n) + ".csv";
      if (!write_csv(path, reviews)) {
        std::fprintf(stderr, "cannot write %s\n", path.c_str());
        return 1;
      }
      std::printf("%s: %zu reviews\n", path.c_str(), reviews.size());
    }
  }
  return 0;
}
