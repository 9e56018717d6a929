#pragma once
// Fixtures for the Anki tests: a temporary folder, the standard Basic and Cloze note types as
// Anki defines them, and small packages built from them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "anki/anki_package.hpp"
#include "temp_folder.hpp"

namespace factdeck::anki::test {

/// A fresh folder for one test, removed afterwards.
class TempDir : public factdeck::testing::TempFolder {
 public:
  TempDir() : TempFolder("anki") {}
};

inline void write_bytes(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

/// Anki's stock "Basic" note type (fields Front, Back).
inline NoteType basic_type() {
  return NoteType{1111, "Basic", NoteKind::Standard, {"Front", "Back"}, "{{Front}}",
                  "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}", ".card { font-family: arial; }"};
}

/// Anki's stock "Cloze" note type (fields Text, Back Extra).
inline NoteType cloze_type() {
  return NoteType{2222, "Cloze", NoteKind::Cloze, {"Text", "Back Extra"}, "{{cloze:Text}}",
                  "{{cloze:Text}}<br>\n{{Back Extra}}", ".cloze { font-weight: bold; }"};
}

/// Two Basic and two Cloze notes (one with two clozes, so two cards), with HTML and tags.
inline Package mixed_package() {
  Package package;
  package.deck_name = "Capitals::Europe";
  package.note_types = {basic_type(), cloze_type()};
  package.notes.push_back(Note{"g-basic-1", 1111, {"Capital of <b>France</b>", "Paris"}, {"geo", "europe::west"}, {Card{}}});
  package.notes.push_back(Note{"g-basic-2", 1111, {"Capital of Spain&nbsp;", "Madrid<br>(since 1561)"}, {}, {Card{}}});
  package.notes.push_back(
      Note{"g-cloze-1", 2222, {"{{c1::Berlin}} is the capital of {{c2::Germany::a country}}.", ""}, {"geo"},
           {Card{0, std::nullopt, {}}, Card{1, std::nullopt, {}}}});
  package.notes.push_back(Note{"g-cloze-2", 2222, {"Rome lies on the {{c1::Tiber}}.", "a river"}, {}, {Card{}}});
  return package;
}

}  // namespace factdeck::anki::test
