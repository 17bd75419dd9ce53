/* comp_fuse.c - superinstructions: the compiler's last pass over a function.
 *
 * The code generator emits a plain stack machine: an expression such as
 * x = a*b + c becomes LD a; LD b; MUL; LD c; ADD; ST x. Each of those is a
 * dispatch and a trip through the operand stack. This pass replaces
 * frequent sequences by one superinstruction (vm/opcodes.h, FUSED) whose
 * operands name the frame slots directly: MUL_LL a b; ADD_LS c x.
 *
 * A superinstruction occupies exactly the cells of the sequence it replaces
 * (its own operands, then padding), so nothing moves: jump offsets, line
 * tables, stack maps and Func.deferret stay as they are. A sequence is fused
 * only when no jump lands inside it. The sequences hold no safepoint, so
 * the collector never sees a goroutine stopped inside one; an instruction
 * that panics inside one reports the position of its first instruction.
 *
 * Rules are tried at each instruction, longest first, left to right.
 */
#include "comp_internal.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAXSEQ = 5 };

typedef struct Rule {
    Opcode out;
    int n;
    Opcode seq[MAXSEQ];
} Rule;

#define SEQ(...) ((int)(sizeof((Opcode[]){__VA_ARGS__}) / sizeof(Opcode))), {__VA_ARGS__}
#define BIN(N)                                                  \
    {OP_##N##_LLS, SEQ(OP_LD, OP_LD, OP_##N, OP_ST)},           \
    {OP_##N##_LL, SEQ(OP_LD, OP_LD, OP_##N)},                   \
    {OP_##N##_LS, SEQ(OP_LD, OP_##N, OP_ST)},                   \
    {OP_##N##_L, SEQ(OP_LD, OP_##N)},                           \
    {OP_##N##_S, SEQ(OP_##N, OP_ST)},
#define BINI(N)                                                 \
    {OP_##N##_LS, SEQ(OP_LD, OP_##N, OP_ST)},                   \
    {OP_##N##_L, SEQ(OP_LD, OP_##N)},                           \
    {OP_##N##_S, SEQ(OP_##N, OP_ST)},
#define FBINK(N) {OP_##N##_K, SEQ(OP_PUSH, OP_##N)},
#define JUMP(N)                                                 \
    {OP_##N##I_L, SEQ(OP_LD, OP_##N##I)},                       \
    {OP_##N##L_L, SEQ(OP_LD, OP_##N##L)},
#define FJUMP(N) {OP_##N##_K, SEQ(OP_PUSH, OP_##N)},

static const Rule rules[] = {
    BIN(ADD) BIN(SUB) BIN(MUL) BIN(AND) BIN(OR) BIN(XOR)
    BIN(FADD) BIN(FSUB) BIN(FMUL) BIN(FDIV)
    BINI(ADDI) BINI(MULI) BINI(DIVI) BINI(REMI) BINI(ANDI)
    FBINK(FADD) FBINK(FSUB) FBINK(FMUL) FBINK(FDIV)
    JUMP(JEQ) JUMP(JNE) JUMP(JLT) JUMP(JLE) JUMP(JGT) JUMP(JGE)
    FJUMP(JFEQ) FJUMP(JFNE) FJUMP(JFNLT) FJUMP(JFNLE) FJUMP(JFNGT) FJUMP(JFNGE)
    {OP_MOV, SEQ(OP_LD, OP_ST)},
    {OP_SETK, SEQ(OP_PUSH, OP_ST)},
    {OP_LDW_LDUP, SEQ(OP_LD, OP_DUP, OP_LD_W)},
    {OP_LDW_L, SEQ(OP_LD, OP_LD_W)},
    {OP_STW_L, SEQ(OP_LD, OP_ST_W)},
    {OP_LDW_IDX_LLS, SEQ(OP_LDN, OP_LD, OP_IDXSLICE, OP_LD_W, OP_ST)},
    {OP_STW_IDX_LLL, SEQ(OP_LDN, OP_LD, OP_IDXSLICE, OP_LD, OP_ST_W)},
    {OP_LDW_IDX_LL, SEQ(OP_LDN, OP_LD, OP_IDXSLICE, OP_LD_W)},
    {OP_IDX_LL, SEQ(OP_LDN, OP_LD, OP_IDXSLICE)},
    {OP_INCL_LOOP, SEQ(OP_INCL, OP_LOOP)},
    {OP_MOVN, SEQ(OP_LDN, OP_STN)},
    {OP_LD2, SEQ(OP_LD, OP_LD)},
    {OP_ST_LD, SEQ(OP_ST, OP_LD)},
    {OP_RET_L, SEQ(OP_LD, OP_RET)},
    {OP_LDCAP_W, SEQ(OP_LDCAP, OP_LD_W)},
    {OP_JGE_LLEN, SEQ(OP_LD, OP_LDN, OP_SLEN, OP_JGE)},
    {OP_JGE_LLEN, SEQ(OP_LD, OP_LDN, OP_SLICELEN, OP_JGE)},
    {OP_LEN_L, SEQ(OP_LDN, OP_SLEN)},
    {OP_LEN_L, SEQ(OP_LDN, OP_SLICELEN)},
    {OP_SINDEX_LL, SEQ(OP_LDN, OP_LD, OP_SINDEX)},
    {OP_SINDEX_LK, SEQ(OP_LDN, OP_PUSH, OP_SINDEX)},
};

#undef SEQ
#undef BIN
#undef BINI
#undef FBINK
#undef JUMP
#undef FJUMP

enum { NRULES = (int)(sizeof(rules) / sizeof(rules[0])) };

/* The rules by their first two opcodes: an open-addressing table of pairs,
   each naming a run of `order` (rule indices, longest first). Every rule is
   at least two instructions long, so one probe per instruction finds the few
   rules worth trying. */
enum { PAIRS = 256 };
typedef struct Pair {
    int key; /* op1 * OP_COUNT + op2 + 1; 0: empty */
    int16_t start, count;
} Pair;
static Pair pairs[PAIRS];
static int16_t order[NRULES];
/* jump_operand[op]: the index of op's jump operand, or -1 (none has two) */
static int8_t jump_operand[OP_COUNT];
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

static int pair_key(Opcode a, Opcode b)
{
    return (int)a * OP_COUNT + (int)b + 1;
}

static Pair *pair_slot(int key)
{
    unsigned h = ((unsigned)key * 2654435761u) % PAIRS;
    while (pairs[h].key && pairs[h].key != key) h = (h + 1) % PAIRS;
    return &pairs[h];
}

static void build_index(void)
{
    for (int op = 0; op < OP_COUNT; op++) {
        const char *j = strchr(op_info[op].operands, 'j');
        jump_operand[op] = (int8_t)(j ? j - op_info[op].operands : -1);
    }
    /* group the rules by pair, longest first within a pair */
    int k = 0;
    for (int r = 0; r < NRULES; r++) {
        Pair *p = pair_slot(pair_key(rules[r].seq[0], rules[r].seq[1]));
        if (p->key) continue; /* grouped with an earlier rule */
        p->key = pair_key(rules[r].seq[0], rules[r].seq[1]);
        p->start = (int16_t)k;
        for (int q = r; q < NRULES; q++) {
            if (rules[q].seq[0] != rules[r].seq[0] || rules[q].seq[1] != rules[r].seq[1]) continue;
            int at = k++; /* insertion: longest first */
            while (at > p->start && rules[order[at - 1]].n < rules[q].n) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = (int16_t)q;
        }
        p->count = (int16_t)(k - p->start);
    }
    /* each superinstruction's layout is its sequence's operands plus one
       padding cell per absorbed instruction (opcodes.h) */
    for (int r = 0; r < NRULES; r++) {
        const Rule *rule = &rules[r];
        char want[32] = "";
        for (int i = 0; i < rule->n; i++) strcat(want, op_info[rule->seq[i]].operands);
        for (int i = 1; i < rule->n; i++) strcat(want, "x");
        const char *have = op_info[rule->out].operands;
        bool same = strlen(want) == strlen(have);
        for (size_t i = 0; same && want[i]; i++)
            same = want[i] == have[i] || (want[i] == 'i' && have[i] == 'd'); /* PUSH k of a double */
        if (!same) {
            fprintf(stderr, "govm: superinstruction %s has operands \"%s\", its sequence \"%s\"\n",
                    op_info[rule->out].name, have, want);
            abort();
        }
    }
}

void comp_fuse(Comp *c)
{
    int n = c->code.len;
    if (n == 0) return;
    pthread_once(&index_once, build_index);
    Code *code = c->code.items;
    /* the positions jumps land on */
    uint8_t *flags = util_calloc((size_t)n + 1, 1);
    enum { TARGET = 1 };
    for (int pc = 0; pc < n;) {
        Opcode op = (Opcode)code[pc].i;
        int j = jump_operand[op];
        if (j >= 0) {
            int64_t t = pc + code[pc + 1 + j].i;
            if (t >= 0 && t <= n) flags[t] |= TARGET;
        }
        pc += op_size(op);
    }
    if (c->fn->deferret) flags[c->fn->deferret] |= TARGET;

    for (int pc = 0; pc < n;) {
        Opcode op = (Opcode)code[pc].i;
        int size = op_size(op);
        if (pc + size >= n || (flags[pc + size] & TARGET)) {
            pc += size;
            continue;
        }
        Pair *pair = pair_slot(pair_key(op, (Opcode)code[pc + size].i));
        for (int r = pair->start; r < pair->start + pair->count; r++) {
            const Rule *rule = &rules[order[r]];
            /* the sequence must follow without a jump landing inside */
            int at = pc, ok = 1;
            int pos[MAXSEQ];
            for (int i = 0; i < rule->n && ok; i++) {
                ok = at < n && (i == 0 || !(flags[at] & TARGET)) && (Opcode)code[at].i == rule->seq[i];
                pos[i] = at;
                if (ok) at += op_size(rule->seq[i]);
            }
            if (!ok) continue;
            /* gather the operands (re-basing jumps on pc), then write them
               over the sequence's cells */
            Code ops[3 * MAXSEQ];
            int k = 0;
            for (int i = 0; i < rule->n; i++) {
                const char *f = op_info[rule->seq[i]].operands;
                for (int j = 0; f[j]; j++) {
                    ops[k] = code[pos[i] + 1 + j];
                    if (f[j] == 'j') ops[k].i += pos[i] - pc;
                    k++;
                }
            }
            code[pc].i = rule->out;
            memcpy(&code[pc + 1], ops, sizeof(Code) * (size_t)k);
            for (int i = pc + 1 + k; i < at; i++) code[i].i = 0;
            size = at - pc;
            break;
        }
        pc += size;
    }
    free(flags);
}
