# Warnings and sanitizers for our own targets only; they link factdeck_options PRIVATE.
add_library(factdeck_options INTERFACE)
target_compile_options(factdeck_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wold-style-cast -Wnon-virtual-dtor)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  # GCC 12 reports false -Wrestrict positives inside std::string's operator+ at -O2/-O3
  # (GCC bug 105329, fixed in 13); the warning is noise here, not a finding.
  target_compile_options(factdeck_options INTERFACE -Wno-restrict)
endif()
if(FACTDECK_WERROR)
  target_compile_options(factdeck_options INTERFACE -Werror)
endif()
if(FACTDECK_SANITIZE)
  # Applied globally so that every object (ours and the backends) agrees on the ABI.
  add_compile_options(-fsanitize=${FACTDECK_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${FACTDECK_SANITIZE})
  if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    # One known report in a third-party header, and only that check there (see the file).
    add_compile_options(-fsanitize-ignorelist=${PROJECT_SOURCE_DIR}/cmake/ubsan-ignorelist.txt)
  endif()
endif()

# factdeck_add_test(NAME SOURCES... LIBS ...) — one Catch2 executable per layer, registered with CTest.
function(factdeck_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE factdeck_catch_main ${ARG_LIBS} factdeck_options)
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
  target_compile_definitions(${name} PRIVATE FACTDECK_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
                                             FACTDECK_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  catch_discover_tests(${name} TEST_PREFIX "${name}:" DISCOVERY_TIMEOUT 60)
endfunction()

# factdeck_add_library(NAME SOURCES ... [PUBLIC deps...] [PRIVATE deps...]) — one of our
# libraries: `factdeck_NAME` with the alias `factdeck::NAME`, public headers in include/, private
# ones in src/, our warnings applied privately.
function(factdeck_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
  add_library(factdeck_${name} ${ARG_SOURCES})
  add_library(factdeck::${name} ALIAS factdeck_${name})
  target_include_directories(factdeck_${name} PUBLIC include PRIVATE src)
  target_link_libraries(factdeck_${name} PUBLIC ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE} factdeck_options)
endfunction()
