# Warnings for our own targets; third-party headers are included as SYSTEM.
function(lectern_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
                         -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wshadow=local)
  endif()
  if(LECTERN_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# lectern_add_test(NAME SOURCES... [LIBS libs...]): one Qt Test executable, one ctest.
# Tests run offscreen with a private settings and data location.
function(lectern_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE
    LECTERN_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
    LECTERN_SEEDS_DIR="${PROJECT_SOURCE_DIR}/../shared/corpus/seeds"
    LECTERN_STANDARDS_DIR="${PROJECT_SOURCE_DIR}/../shared/standards"
    LECTERN_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  lectern_warnings(${name})
  # Test data reads best as plain literals; the product code keeps the strict casts.
  target_compile_options(${name} PRIVATE -UQT_NO_CAST_FROM_ASCII -UQT_NO_CAST_TO_ASCII)
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
    TIMEOUT 300)
endfunction()
