# Writes OUTPUT, a C++ file holding INPUT (data/outlets.tsv) as raw string literals of
# at most ~16 KB each, cut at line ends, so the program needs no runtime data file.
# Usage: cmake -DINPUT=... -DOUTPUT=... -P embed_outlets.cmake
file(READ "${INPUT}" content)
string(LENGTH "${content}" total)
set(body "")
set(count 0)
set(offset 0)
while(offset LESS total)
  math(EXPR remaining "${total} - ${offset}")
  if(remaining GREATER 16000)
    string(SUBSTRING "${content}" ${offset} 16000 chunk)
    string(FIND "${chunk}" "\n" last REVERSE)
    if(last LESS 0)
      message(FATAL_ERROR "${INPUT}: a line longer than 16000 bytes")
    endif()
    math(EXPR len "${last} + 1")
    string(SUBSTRING "${chunk}" 0 ${len} chunk)
  else()
    string(SUBSTRING "${content}" ${offset} ${remaining} chunk)
    set(len ${remaining})
  endif()
  string(FIND "${chunk}" ")tsv\"" bad)
  if(NOT bad EQUAL -1)
    message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )tsv\"")
  endif()
  string(APPEND body "    R\"tsv(${chunk})tsv\",\n")
  math(EXPR offset "${offset} + ${len}")
  math(EXPR count "${count} + 1")
endwhile()
file(WRITE "${OUTPUT}.tmp"
"// Generated from data/outlets.tsv by src/parse/sources/embed_outlets.cmake. Do not edit.
#include <cstddef>

namespace newsarchive {
extern const char* const kBuiltinOutletChunks[];
extern const std::size_t kBuiltinOutletChunkCount;
const char* const kBuiltinOutletChunks[] = {
${body}    nullptr};
const std::size_t kBuiltinOutletChunkCount = ${count};
}  // namespace newsarchive
")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}")
file(REMOVE "${OUTPUT}.tmp")
