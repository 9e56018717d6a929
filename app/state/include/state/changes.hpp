#pragma once
// Changes: what an applied action changed, so that the app state refreshes what depends on it
// (the home screen's due counts) once, by one rule, instead of after each change by hand.

namespace factdeck::state {

struct Changes {
  bool schedule = false;  // answers, marks, deck options or the open profile: what is due
  bool decks = false;     // a deck opened, was reloaded or left the list
  bool screen = false;    // another screen is shown (entering home: the clock moved on)

  Changes& operator|=(const Changes& other) {
    schedule = schedule || other.schedule;
    decks = decks || other.decks;
    screen = screen || other.screen;
    return *this;
  }
  friend bool operator==(const Changes&, const Changes&) = default;
};

}  // namespace factdeck::state
