/* opcodes.c - tables generated from the opcode list (opcodes.h). */
#include "opcodes.h"

#include <string.h>

const OpInfo op_info[OP_COUNT] = {
#define OPINFO(name, ops, pop, push, doc) {#name, ops, pop, push},
    OPCODES(OPINFO)
#undef OPINFO
};

const unsigned char op_sizes[OP_COUNT] = {
#define OPSIZE(name, ops, pop, push, doc) (unsigned char)(sizeof(ops)),
    OPCODES(OPSIZE)
#undef OPSIZE
};

_Static_assert(OP_COUNT < 512, "opcodes must fit the dispatch tables");
