# Writes a C++ source holding a binary file's bytes: cmake -DINPUT=... -DOUTPUT=... -DSYMBOL=...
# -P embed.cmake. Used for the name model so the CLI, the wasm build and the single-file page all
# carry it without a separate fetch. Plain CMake, so the native and wasm builds need no extra tool.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" digits)
math(EXPR size "${digits} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by core/cmake/embed.cmake; do not edit.\n"
  "extern const unsigned char ${SYMBOL}[];\n"
  "extern const unsigned long ${SYMBOL}Size;\n"
  "const unsigned char ${SYMBOL}[] = {${bytes}0};\n"
  "const unsigned long ${SYMBOL}Size = ${size};\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
