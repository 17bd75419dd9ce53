/* dis.c - readable listings of compiled functions (gorun -dis). */
#include <string.h>

#include "interp.h"
#include "opcodes.h"

static void put_operand(StrBuf *b, char kind, const Code *c, uint32_t at)
{
    switch (kind) {
    case 'f': {
        const Func *f = c->p;
        sb_puts(b, f ? f->name : "<nil>");
        break;
    }
    case 't': {
        Type *t = c->p;
        sb_puts(b, t ? type_string(t) : "<nil>");
        break;
    }
    case 'j': sb_printf(b, "->%lld", (long long)(at + c->i)); break;
    case 'p': sb_printf(b, "%p", c->p); break;
    case 'd': sb_printf(b, "%g", c->f); break;
    default: sb_printf(b, "%lld", (long long)c->i); break;
    }
}


void vm_disassemble(StrBuf *b, Func *fn)
{
    sb_printf(b, "func %s  (params %u, results %u, locals %u, stack %u)\n", fn->name, fn->nparams, fn->nresults,
              fn->nlocals, fn->maxstack);
    if (fn->native) {
        sb_puts(b, "\tnative\n\n");
        return;
    }
    if (fn->localmask) {
        /* the collector's view of parameters and locals */
        sb_printf(b, "\tpointers%s:", fn->masked ? "" : " (locals only; params scanned conservatively)");
        uint32_t n = fn->nparams + FRAME_HDR + fn->nlocals;
        for (uint32_t i = 0; i < n; i++)
            if ((fn->localmask[i / 64] >> (i % 64)) & 1) sb_printf(b, " %u", i);
        sb_putc(b, '\n');
    }
    uint32_t lastline = 0, nextmap = 0;
    for (uint32_t pc = 0; pc < fn->ncode;) {
        while (nextmap < fn->nmaps && fn->maps[nextmap].pc < pc) nextmap++;
        if (nextmap < fn->nmaps && fn->maps[nextmap].pc == pc) {
            const StackMap *m = &fn->maps[nextmap];
            sb_printf(b, "\t       ; stack map: depth %u, pointers", m->depth);
            for (uint32_t i = 0; i < m->depth; i++)
                if (m->mask && ((m->mask[i / 64] >> (i % 64)) & 1)) sb_printf(b, " %u", i);
            sb_putc(b, '\n');
        }
        int op = interp_opcode(&fn->code[pc]);
        if (op < 0 || op >= OP_COUNT) {
            sb_printf(b, "\t%5u  ??? %lld\n", pc, (long long)fn->code[pc].i);
            pc++;
            continue;
        }
        uint32_t line = func_line(fn, pc);
        if (line != lastline) {
            sb_printf(b, "%s:%u\n", fn->file ? fn->file : "", line);
            lastline = line;
        }
        const OpInfo *oi = &op_info[op];
        sb_printf(b, "\t%5u  %-10s", pc, oi->name);
        const char *ops = oi->operands;
        /* PUSH2 of a string constant: show the text */
        if (op == OP_PUSH2 && fn->code[pc + 2].i >= 0 && fn->code[pc + 2].i < 60 && fn->code[pc + 1].p &&
            (uintptr_t)fn->code[pc + 1].p > 4096) {
            const char *s = fn->code[pc + 1].p;
            sb_puts(b, " \"");
            for (int64_t i = 0; i < fn->code[pc + 2].i; i++) {
                char ch = s[i];
                if (ch == '\n') sb_puts(b, "\\n");
                else if (ch == '"') sb_puts(b, "\\\"");
                else if ((unsigned char)ch < 32) sb_printf(b, "\\x%02x", (unsigned char)ch);
                else sb_putc(b, ch);
            }
            sb_puts(b, "\"");
        } else {
            for (int i = 0; ops[i] && ops[i] != 'x'; i++) { /* x: padding */
                sb_putc(b, ' ');
                put_operand(b, ops[i], &fn->code[pc + 1 + i], pc);
            }
        }
        sb_putc(b, '\n');
        pc += (uint32_t)op_size((Opcode)op);
    }
    sb_putc(b, '\n');
}
