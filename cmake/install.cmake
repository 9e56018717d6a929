# Installing factdeck like any Linux app (GNU layout under CMAKE_INSTALL_PREFIX), and the Debian
# package built from the same rules with CPack: `cmake --install BUILD` or `cpack -G DEB` in BUILD.
#   bin/factdeck, bin/quizgen
#   share/factdeck/decks/          the shipped decks (found relative to bin/, see app/os)
#   share/applications/            the .desktop entry
#   share/metainfo/                the AppStream metainfo (software centres)
#   share/icons/hicolor/*/apps/    the icon: SVG and PNG 48, 128, 256
# Fonts come from Debian's fonts-dejavu-core (a Depends of the package), not a bundled copy.
include(GNUInstallDirs)

set(FACTDECK_APP_ID io.github.factdeck.Factdeck)
set(FACTDECK_ASSETS ${PROJECT_SOURCE_DIR}/assets)

install(TARGETS quizgen RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(FACTDECK_BUILD_GUI)
  install(TARGETS factdeck RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(FILES ${PROJECT_SOURCE_DIR}/decks/soviet-diplomacy.facts.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/factdeck/decks)
install(FILES ${FACTDECK_ASSETS}/${FACTDECK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${FACTDECK_ASSETS}/${FACTDECK_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${FACTDECK_ASSETS}/factdeck.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${FACTDECK_APP_ID}.svg)
foreach(size 48 128 256)
  install(FILES ${FACTDECK_ASSETS}/icons/factdeck-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${FACTDECK_APP_ID}.png)
endforeach()

# ---- The Debian package ----
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME factdeck)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "quizzes and flashcards from the tagged facts of an article")
set(CPACK_PACKAGE_DESCRIPTION
    "factdeck turns an article whose facts are tagged in Markdown into typed, multiple choice,\n"
    "true/false, chronology and matching questions, and schedules them with FSRS-6.")
set(CPACK_PACKAGE_CONTACT "The factdeck team <factdeck@users.noreply.github.com>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
# The libraries' packages come from dpkg-shlibdeps (libglfw3, libicu72, libstdc++6, ...); what the
# app opens at run time without linking it is listed by hand: the UI font, the time-zone database
# and Mesa's OpenGL drivers.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, tzdata, libgl1-mesa-dri")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xdg-utils")
set(CPACK_STRIP_FILES ON)
include(CPack)
