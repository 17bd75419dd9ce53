/* opcodes.h - the bytecode instruction set, written once.
 *
 * OPCODES(X) lists every instruction as
 *     X(NAME, OPERANDS, POP, PUSH, "semantics")
 * OPERANDS is a string with one letter per operand cell:
 *     i  integer          s  slot index (fp-relative)   o  byte offset
 *     j  jump (relative to the instruction's first cell)
 *     f  Func*            t  Type*       p  raw pointer  n  count
 *     d  double           c  string length paired with a 'p'
 * POP/PUSH are stack effects in slots; VAR means "depends on operands or
 * types" (the compiler computes those; see comp_emit.c).
 *
 * The enum, the name table, operand formats (disassembler), the threaded
 * dispatch table and the switch cases are all generated from this list.
 *
 * Conventions: the operand stack grows upward; "a b -> c" pops b then a.
 * Memory kinds MK: I8 U8 I16 U16 I32 U32 W F32 C64 BLK describe how a value
 * is stored in memory form and widened to stack form (vm/type.h).
 */
#ifndef GOVM_OPCODES_H
#define GOVM_OPCODES_H

#define VAR (-1)

#define OPCODES(X)                                                                          \
    X(NOP, "", 0, 0, "no operation")                                                         \
    X(HALT, "", 0, 0, "the goroutine's entry function returned: end it")                     \
    /* ---- constants and stack shuffling ---- */                                            \
    X(PUSH, "i", 0, 1, "push the 64-bit immediate")                                          \
    X(PUSH2, "ii", 0, 2, "push two immediates (string constants: ptr, len)")                 \
    X(PUSHZ, "n", 0, VAR, "push n zero slots")                                               \
    X(POP, "n", VAR, 0, "drop n slots")                                                      \
    X(DUP, "", 1, 2, "a -> a a")                                                             \
    X(DUPN, "n", VAR, VAR, "duplicate the top n slots")                                      \
    X(PICK, "nn", VAR, VAR, "push a copy of n2 slots starting n1 slots below the top")      \
    X(SWAP, "", 2, 2, "a b -> b a")                                                          \
    X(DROPUNDER, "nn", VAR, VAR, "remove n2 slots lying under the top n1 slots")             \
    /* ---- frame slots ---- */                                                              \
    X(LD, "s", 0, 1, "push fp[s]")                                                           \
    X(ST, "s", 1, 0, "fp[s] = pop")                                                          \
    X(LDN, "sn", 0, VAR, "push fp[s .. s+n)")                                                \
    X(STN, "sn", VAR, 0, "pop n slots into fp[s .. s+n)")                                    \
    X(ZEROL, "sn", 0, 0, "fp[s .. s+n) = 0")                                                 \
    X(LDL_BLK, "oo", 0, VAR, "push size o2 bytes at frame byte offset o1 as slots")         \
    X(STL_BLK, "oo", VAR, 0, "pop slots, store size o2 bytes at frame byte offset o1")     \
    X(LDLD_BLK, "oo", VAR, VAR, "d -> value of size o2 at frame byte offset o1+d")          \
    X(STLD_BLK, "oo", VAR, 0, "d v -> ; store v (size o2) at frame byte offset o1+d")     \
    X(IDXACC, "ii", 2, 1, "acc i -> acc+i*i1, panics unless 0 <= i < i2")                   \
    /* ---- closures and captured variables ---- */                                          \
    X(LDCAP, "n", 0, 1, "push the running closure's capture slot n")                         \
    X(LDCAPN, "nn", 0, VAR, "push n2 capture slots from n1")                                 \
    X(FUNCVAL, "f", 0, 1, "push the static closure of a capture-free function")              \
    X(CLOSURE, "fnt", VAR, 1, "pop n slots into a new closure of f (heap layout t)")         \
    /* ---- deferred package variables (VarInit, vm.h) ---- */                              \
    X(PUSHVAR, "p", 0, 1, "push the address of VarInit p's variable, initialising it first")  \
    X(VARDONE, "p", 0, 0, "VarInit p's variable holds its initial value")                     \
    /* ---- heap memory ---- */                                                              \
    X(NEW, "t", 0, 1, "push a pointer to a new zeroed t")                                    \
    X(NEWN, "tn", 0, 1, "push a pointer to a new zeroed object of n bytes of t elements")   \
    X(ADDR, "o", 1, 1, "p -> p+o, panics if p is nil")                                       \
    X(NILCHK, "", 1, 1, "p -> p, panics if p is nil")                                        \
    X(IDXPTR, "ii", 2, 1, "p i -> p+i*i1, panics unless 0 <= i < i2 (arrays via pointer)")   \
    X(LD_BLK, "oo", 1, VAR, "p -> value of size o2 at p+o1")                                 \
    X(ST_BLK, "oo", VAR, 0, "p v -> ; *(p+o1) = v (size o2)")                                \
    X(ST_BLKP, "oo", VAR, 0, "p v -> ; ST_BLK of a value holding pointers (write barrier)")   \
    X(ST_8, "o", 2, 0, "p v -> ; 1-byte store")                                              \
    X(ST_16, "o", 2, 0, "p v -> ; 2-byte store")                                             \
    X(ST_32, "o", 2, 0, "p v -> ; 4-byte store")                                             \
    X(ST_W, "o", 2, 0, "p v -> ; 8-byte store")                                              \
    X(ST_WP, "o", 2, 0, "p v -> ; 8-byte store of a pointer (write barrier)")                \
    X(ST_F32, "o", 2, 0, "p v -> ; store double v as float32")                               \
    X(ST_C64, "o", 3, 0, "p re im -> ; store as complex64")                                  \
    X(STL_8, "o", 1, 0, "v -> ; 1-byte store at frame byte offset")                          \
    X(STL_16, "o", 1, 0, "v -> ; 2-byte store at frame byte offset")                         \
    X(STL_32, "o", 1, 0, "v -> ; 4-byte store at frame byte offset")                         \
    X(STL_W, "o", 1, 0, "v -> ; 8-byte store at frame byte offset")                          \
    X(STL_F32, "o", 1, 0, "v -> ; float32 store at frame byte offset")                       \
    X(STL_C64, "o", 2, 0, "re im -> ; complex64 store at frame byte offset")                 \
    X(STLD_8, "o", 2, 0, "d v -> ; 1-byte store at frame byte offset o+d")                   \
    X(STLD_16, "o", 2, 0, "d v -> ; 2-byte store at frame byte offset o+d")                  \
    X(STLD_32, "o", 2, 0, "d v -> ; 4-byte store at frame byte offset o+d")                  \
    X(STLD_W, "o", 2, 0, "d v -> ; 8-byte store at frame byte offset o+d")                   \
    X(STLD_F32, "o", 2, 0, "d v -> ; float32 store at frame byte offset o+d")                \
    X(STLD_C64, "o", 3, 0, "d re im -> ; complex64 store at frame byte offset o+d")          \
    MEMLOADS(X)                                                                              \
    /* ---- integer arithmetic (64-bit, wrapping) ---- */                                   \
    X(ADD, "", 2, 1, "a b -> a+b")                                                           \
    X(SUB, "", 2, 1, "a b -> a-b")                                                           \
    X(MUL, "", 2, 1, "a b -> a*b")                                                           \
    X(DIV, "", 2, 1, "a b -> a/b signed, panics on b == 0")                                  \
    X(REM, "", 2, 1, "a b -> a%b signed, panics on b == 0")                                  \
    X(DIVU, "", 2, 1, "a b -> a/b unsigned, panics on b == 0")                               \
    X(REMU, "", 2, 1, "a b -> a%b unsigned, panics on b == 0")                               \
    X(NEG, "", 1, 1, "a -> -a")                                                              \
    X(AND, "", 2, 1, "a b -> a&b")                                                           \
    X(OR, "", 2, 1, "a b -> a|b")                                                            \
    X(XOR, "", 2, 1, "a b -> a^b")                                                           \
    X(ANDNOT, "", 2, 1, "a b -> a&^b")                                                       \
    X(COMPL, "", 1, 1, "a -> ^a")                                                            \
    X(SHL, "", 2, 1, "a s -> a<<s (0 when s >= 64; s unsigned)")                             \
    X(SHR, "", 2, 1, "a s -> a>>s arithmetic (s unsigned)")                                  \
    X(SHRU, "", 2, 1, "a s -> a>>s logical (s unsigned)")                                    \
    X(SHCHK, "", 1, 1, "s -> s, panics if the signed count s is negative")                   \
    X(ADDI, "i", 1, 1, "a -> a+i")                                                           \
    X(MULI, "i", 1, 1, "a -> a*i")                                                           \
    X(DIVI, "i", 1, 1, "a -> a/i signed (i > 0)")                                            \
    X(REMI, "i", 1, 1, "a -> a%i signed (i > 0)")                                            \
    X(ANDI, "i", 1, 1, "a -> a&i")                                                           \
    X(EXT8, "", 1, 1, "sign-extend the low 8 bits")                                          \
    X(EXT16, "", 1, 1, "sign-extend the low 16 bits")                                        \
    X(EXT32, "", 1, 1, "sign-extend the low 32 bits")                                        \
    X(ZEXT8, "", 1, 1, "zero-extend the low 8 bits")                                         \
    X(ZEXT16, "", 1, 1, "zero-extend the low 16 bits")                                       \
    X(ZEXT32, "", 1, 1, "zero-extend the low 32 bits")                                       \
    X(INCL, "si", 0, 0, "fp[s] += i (integer local)")                                        \
    /* ---- floating point ---- */                                                           \
    X(FADD, "", 2, 1, "a b -> a+b")                                                          \
    X(FSUB, "", 2, 1, "a b -> a-b")                                                          \
    X(FMUL, "", 2, 1, "a b -> a*b")                                                          \
    X(FDIV, "", 2, 1, "a b -> a/b")                                                          \
    X(FNEG, "", 1, 1, "a -> -a")                                                             \
    X(F32, "", 1, 1, "round a double to float32 precision")                                  \
    X(I2F, "", 1, 1, "signed integer -> double")                                             \
    X(U2F, "", 1, 1, "unsigned integer -> double")                                           \
    X(F2I, "", 1, 1, "double -> int64 (truncated; out of range: MinInt64)")                 \
    X(F2U, "", 1, 1, "double -> uint64 (truncated)")                                         \
    X(CADD, "", 4, 2, "complex a b -> a+b")                                                  \
    X(CSUB, "", 4, 2, "complex a b -> a-b")                                                  \
    X(CMUL, "", 4, 2, "complex a b -> a*b")                                                  \
    X(CDIV, "", 4, 2, "complex a b -> a/b")                                                  \
    X(CNEG, "", 2, 2, "complex a -> -a")                                                     \
    X(C64, "", 2, 2, "round both parts to float32")                                          \
    X(CEQ, "", 4, 1, "complex a b -> a==b")                                                  \
    /* ---- comparisons (push 0/1) ---- */                                                   \
    X(EQ, "", 2, 1, "a b -> a==b")                                                           \
    X(NE, "", 2, 1, "a b -> a!=b")                                                           \
    X(LT, "", 2, 1, "signed a<b")                                                            \
    X(LE, "", 2, 1, "signed a<=b")                                                           \
    X(GT, "", 2, 1, "signed a>b")                                                            \
    X(GE, "", 2, 1, "signed a>=b")                                                           \
    X(LTU, "", 2, 1, "unsigned a<b")                                                         \
    X(LEU, "", 2, 1, "unsigned a<=b")                                                        \
    X(GTU, "", 2, 1, "unsigned a>b")                                                         \
    X(GEU, "", 2, 1, "unsigned a>=b")                                                        \
    X(FEQ, "", 2, 1, "double a==b")                                                          \
    X(FNE, "", 2, 1, "double a!=b")                                                          \
    X(FLT, "", 2, 1, "double a<b")                                                           \
    X(FLE, "", 2, 1, "double a<=b")                                                          \
    X(FGT, "", 2, 1, "double a>b")                                                           \
    X(FGE, "", 2, 1, "double a>=b")                                                          \
    X(SEQ, "", 4, 1, "string a==b")                                                          \
    X(SNE, "", 4, 1, "string a!=b")                                                          \
    X(SLT, "", 4, 1, "string a<b")                                                           \
    X(SLE, "", 4, 1, "string a<=b")                                                          \
    X(SGT, "", 4, 1, "string a>b")                                                           \
    X(SGE, "", 4, 1, "string a>=b")                                                          \
    X(BEQ, "t", VAR, 1, "a b -> a==b for values of type t (structs, arrays)")                \
    X(IEQ, "i", 4, 1, "interface a b -> a==b; i: 1 for empty interfaces; may panic")         \
    X(NOT, "", 1, 1, "a -> !a")                                                              \
    /* ---- control flow ---- */                                                             \
    X(JMP, "j", 0, 0, "pc += j")                                                             \
    X(JT, "j", 1, 0, "if pop != 0: pc += j")                                                 \
    X(JF, "j", 1, 0, "if pop == 0: pc += j")                                                 \
    /* compare and branch (the compiler fuses EQ..GE with a following JF) */                 \
    X(JEQ, "j", 2, 0, "a b -> ; if a == b: pc += j")                                         \
    X(JNE, "j", 2, 0, "a b -> ; if a != b: pc += j")                                         \
    X(JLT, "j", 2, 0, "a b -> ; if signed a < b: pc += j")                                   \
    X(JLE, "j", 2, 0, "a b -> ; if signed a <= b: pc += j")                                  \
    X(JGT, "j", 2, 0, "a b -> ; if signed a > b: pc += j")                                   \
    X(JGE, "j", 2, 0, "a b -> ; if signed a >= b: pc += j")                                  \
    X(JEQI, "ji", 1, 0, "a -> ; if a == i: pc += j")                                          \
    X(JNEI, "ji", 1, 0, "a -> ; if a != i: pc += j")                                          \
    X(JLTI, "ji", 1, 0, "a -> ; if signed a < i: pc += j")                                    \
    X(JLEI, "ji", 1, 0, "a -> ; if signed a <= i: pc += j")                                   \
    X(JGTI, "ji", 1, 0, "a -> ; if signed a > i: pc += j")                                    \
    X(JGEI, "ji", 1, 0, "a -> ; if signed a >= i: pc += j")                                   \
    X(JEQL, "js", 1, 0, "a -> ; if a == fp[s]: pc += j")                                      \
    X(JNEL, "js", 1, 0, "a -> ; if a != fp[s]: pc += j")                                      \
    X(JLTL, "js", 1, 0, "a -> ; if signed a < fp[s]: pc += j")                                \
    X(JLEL, "js", 1, 0, "a -> ; if signed a <= fp[s]: pc += j")                               \
    X(JGTL, "js", 1, 0, "a -> ; if signed a > fp[s]: pc += j")                                \
    X(JGEL, "js", 1, 0, "a -> ; if signed a >= fp[s]: pc += j")                               \
    X(JLTU, "j", 2, 0, "a b -> ; if unsigned a < b: pc += j")                                 \
    X(JLEU, "j", 2, 0, "a b -> ; if unsigned a <= b: pc += j")                                \
    X(JGTU, "j", 2, 0, "a b -> ; if unsigned a > b: pc += j")                                 \
    X(JGEU, "j", 2, 0, "a b -> ; if unsigned a >= b: pc += j")                                \
    X(JLTUI, "ji", 1, 0, "a -> ; if unsigned a < i: pc += j")                                 \
    X(JLEUI, "ji", 1, 0, "a -> ; if unsigned a <= i: pc += j")                                \
    X(JGTUI, "ji", 1, 0, "a -> ; if unsigned a > i: pc += j")                                 \
    X(JGEUI, "ji", 1, 0, "a -> ; if unsigned a >= i: pc += j")                                \
    X(LOOP, "j", 0, 0, "backward jump: a safepoint that honours preemption")                 \
    /* ---- calls ---- */                                                                    \
    X(CALL, "f", VAR, VAR, "call f with its arguments on the stack")                         \
    X(CALLC, "n", VAR, VAR, "fv args -> results; call a func value (n = arg slots)")        \
    X(CALLI, "nn", VAR, VAR, "iface args -> results; call method n1 (n2 = arg slots)")     \
    X(RET, "", VAR, 0, "return the top nresults slots")                                     \
    X(DEFER, "np", VAR, 0, "fv args -> ; defer a call (n = arg slots, t = pointer mask)")    \
    X(RUNDEFER, "", 0, 0, "run the frame's next deferred call, or fall through")             \
    /* ---- goroutines and channels ---- */                                                  \
    X(GO, "n", VAR, 0, "fv args -> ; start a goroutine calling fv(args) (n = arg slots)")      \
    X(GOCALL, "", 0, 0, "a goroutine's stub frame: call its function value")                  \
    X(GOEND, "", 0, 0, "the goroutine's function returned: end it")                            \
    X(MAKECHAN, "t", 1, 1, "size -> new channel of type t")                                    \
    X(SEND, "n", VAR, 0, "ch v -> ; send v (n slots), blocking")                               \
    X(RECV, "n", 1, VAR, "ch -> v; receive (n slots), blocking")                               \
    X(RECV2, "n", 1, VAR, "ch -> v ok; receive with ok")                                       \
    X(CLOSE, "", 1, 0, "ch -> ; close it")                                                     \
    X(CHANLEN, "", 1, 1, "ch -> len(ch)")                                                      \
    X(CHANCAP, "", 1, 1, "ch -> cap(ch)")                                                      \
    X(SELECT, "p", VAR, 1, "case operands -> chosen case (-1: default); p: SelectDesc*")      \
    X(PANIC, "", 2, 0, "panic with the interface value on top")                             \
    X(RECOVER, "", 0, 2, "push the recovered value (nil if none)")                           \
    /* ---- strings ---- */                                                                  \
    X(SLEN, "", 2, 1, "string -> len")                                                       \
    X(SINDEX, "", 3, 1, "string i -> byte, panics when out of range")                        \
    X(SSLICE, "n", VAR, 2, "string [lo] [hi] -> substring; n: bit0 lo, bit1 hi present")    \
    X(CONCAT, "n", VAR, 2, "n strings -> their concatenation")                               \
    X(RUNESTR, "", 1, 2, "rune -> string")                                                   \
    X(BYTES2S, "", 3, 2, "[]byte -> string")                                                 \
    X(RUNES2S, "", 3, 2, "[]rune -> string")                                                 \
    X(S2BYTES, "", 2, 3, "string -> []byte")                                                 \
    X(S2RUNES, "", 2, 3, "string -> []rune")                                                 \
    X(SNEXT, "s", 0, 0, "range over string: fp[s]=index, fp[s+1]=rune, fp[s+2]=next index; reads fp[s+3..s+5) string") \
    /* ---- slices ---- */                                                                   \
    X(SLICELEN, "", 3, 1, "slice -> len")                                                    \
    X(SLICECAP, "", 3, 1, "slice -> cap")                                                    \
    X(SLICEPTR, "", 3, 1, "slice -> data pointer")                                           \
    X(IDXSLICE, "i", 4, 1, "slice i -> &s[i] (i = element size), panics when out of range") \
    X(RESLICE, "in", VAR, 3, "ptr len cap [lo] [hi] [max] -> slice; i = elem size; n: bits lo/hi/max/array") \
    X(MAKESLICE, "t", 2, 3, "len cap -> new []t")                                            \
    X(APPEND, "tn", VAR, 3, "slice v1..vn -> append(slice, v1..vn) (elements of type t)")    \
    X(MKSLICE, "tn", VAR, 3, "v1..vn -> a new []t holding them (variadic arguments)")        \
    X(APPENDSL, "t", 6, 3, "slice slice2 -> append(slice, slice2...)")                       \
    X(APPENDSTR, "", 5, 3, "[]byte string -> append(b, s...)")                               \
    X(COPY, "t", 6, 1, "dst src -> copy(dst, src) count")                                   \
    X(COPYSTR, "", 5, 1, "dst string -> copy(dst, s) count")                                 \
    X(CLEARSL, "t", 3, 0, "slice -> ; zero its elements")                                    \
    X(SL2ARR, "in", 3, 1, "slice -> pointer to its array; panics if len < n (i = elem size)") \
    /* ---- maps ---- */                                                                     \
    X(MAKEMAP, "t", 1, 1, "hint -> new map of type t")                                       \
    X(MAPGET, "t", VAR, VAR, "m key -> value (zero if absent)")                             \
    X(MAPGET2, "t", VAR, VAR, "m key -> value ok")                                          \
    X(MAPSET, "t", VAR, 0, "m key value -> ; m[key] = value")                               \
    X(MAPDEL, "t", VAR, 0, "m key -> ; delete(m, key)")                                      \
    X(MAPLEN, "", 1, 1, "m -> len(m)")                                                       \
    X(MAPCLEAR, "t", 1, 0, "m -> ; clear(m)")                                                \
    X(MAPITER, "t", 1, 1, "m -> iterator")                                                   \
    X(MAPNEXT, "tsj", 0, 0, "advance the iterator in fp[s]; store key/value at fp[s+1..]; at the end pc += j") \
    /* ---- interfaces ---- */                                                               \
    X(BOX, "tp", VAR, 2, "value of type t -> interface (p: its Type* or Itab*)")             \
    X(I2E, "", 2, 2, "non-empty interface -> interface{}")                                  \
    X(I2I, "t", 2, 2, "interface -> interface t (statically known to succeed)")             \
    X(ASSERT, "tt", 2, VAR, "interface (static type t2) -> value of concrete type t1, panics on mismatch") \
    X(ASSERT2, "tt", 2, VAR, "interface (static type t2) -> value ok (concrete t1)")         \
    X(ASSERTI, "tt", 2, 2, "interface (static type t2) -> interface t1, panics when not implemented") \
    X(ASSERTI2, "tt", 2, 3, "interface (static type t2) -> interface t1, ok")               \
    X(TYPEIS, "ti", 2, 1, "interface -> its dynamic type is t (t NULL: is nil)")            \
    X(TYPEIMPL, "ti", 2, 1, "interface -> non-nil and its dynamic type implements t")       \
    X(UNBOX, "ti", 2, VAR, "interface known to hold t -> value of t")                        \
    /* ---- conversions and checks ---- */                                                   \
    X(PRINT, "ti", VAR, 0, "print a value of type t (builtin print); i: 1 space, 2 newline") \
    X(PRINTNL, "", 0, 0, "print a newline (println)")                                        \
    X(PRINTSP, "", 0, 0, "print a space (println)")                                          \
    X(NATIVE, "pnn", VAR, VAR, "call NativeFn p on the top n1 slots in place; leaves n2 result slots") \
    X(ATOMIC, "n", VAR, VAR, "sync/atomic on an integer: n = AT_op << 2 | AT_width; addr [v [new]] -> [r]") \
    X(ENTRY, "", 0, 0, "function prologue safepoint (stack check done by CALL)")            \
    /* float compare and branch (the compiler fuses FEQ..FGE with a following JF; */          \
    /* "not" forms keep NaN operands taking the JF branch) */                                 \
    X(JFEQ, "j", 2, 0, "double a b -> ; if a == b: pc += j")                                  \
    X(JFNE, "j", 2, 0, "double a b -> ; if a != b: pc += j")                                  \
    X(JFNLT, "j", 2, 0, "double a b -> ; unless a < b: pc += j")                              \
    X(JFNLE, "j", 2, 0, "double a b -> ; unless a <= b: pc += j")                             \
    X(JFNGT, "j", 2, 0, "double a b -> ; unless a > b: pc += j")                              \
    X(JFNGE, "j", 2, 0, "double a b -> ; unless a >= b: pc += j")                             \
    FUSED(X)

/* Loads: <family>_<kind> with an offset operand. */
#define MEMLOADS(X)                                                                         \
    X(LD_I8, "o", 1, 1, "p -> int8 at p+o") X(LD_U8, "o", 1, 1, "p -> uint8 at p+o")        \
    X(LD_I16, "o", 1, 1, "p -> int16") X(LD_U16, "o", 1, 1, "p -> uint16")                  \
    X(LD_I32, "o", 1, 1, "p -> int32") X(LD_U32, "o", 1, 1, "p -> uint32")                  \
    X(LD_W, "o", 1, 1, "p -> 8 bytes at p+o") X(LD_F32, "o", 1, 1, "p -> float32 as double") \
    X(LD_C64, "o", 1, 2, "p -> complex64 as two doubles")                                   \
    X(LDL_I8, "o", 0, 1, "int8 at frame byte offset") X(LDL_U8, "o", 0, 1, "uint8 at frame byte offset") \
    X(LDL_I16, "o", 0, 1, "int16 at frame byte offset") X(LDL_U16, "o", 0, 1, "uint16 at frame byte offset") \
    X(LDL_I32, "o", 0, 1, "int32 at frame byte offset") X(LDL_U32, "o", 0, 1, "uint32 at frame byte offset") \
    X(LDL_W, "o", 0, 1, "8 bytes at frame byte offset") X(LDL_F32, "o", 0, 1, "float32 at frame byte offset") \
    X(LDL_C64, "o", 0, 2, "complex64 at frame byte offset")                                 \
    X(LDLD_I8, "o", 1, 1, "d -> int8 at frame byte offset o+d") X(LDLD_U8, "o", 1, 1, "d -> uint8") \
    X(LDLD_I16, "o", 1, 1, "d -> int16") X(LDLD_U16, "o", 1, 1, "d -> uint16")               \
    X(LDLD_I32, "o", 1, 1, "d -> int32") X(LDLD_U32, "o", 1, 1, "d -> uint32")               \
    X(LDLD_W, "o", 1, 1, "d -> 8 bytes") X(LDLD_F32, "o", 1, 1, "d -> float32 as double")    \
    X(LDLD_C64, "o", 1, 2, "d -> complex64 as two doubles")

/* Superinstructions. The compiler's last pass over a function
 * (frontend/comp_fuse.c) replaces a sequence of the instructions above by one
 * of these. A superinstruction keeps the cells of the sequence it replaces:
 * its operands are the sequence's operands in order ('j' re-based to its own
 * first cell), then one padding cell ('x') per absorbed instruction. Code
 * positions, jump targets, line tables and stack maps stay valid, and the
 * handler steps over the padding with one constant-size NEXT.
 * Naming: _L operand from a frame slot (LD), _K constant (PUSH), _S result
 * stored to a frame slot (ST), in the order they occur in the sequence. */
#define FUSED_BIN(X, N)                                                                     \
    X(N##_L, "sx", 1, 1, "LD a; " #N)                                                      \
    X(N##_LL, "ssxx", 0, 1, "LD a; LD b; " #N)                                             \
    X(N##_S, "sx", 2, 0, #N "; ST c")                                                      \
    X(N##_LS, "ssxx", 1, 0, "LD a; " #N "; ST c")                                          \
    X(N##_LLS, "sssxxx", 0, 0, "LD a; LD b; " #N "; ST c")
#define FUSED_BINI(X, N)                                                                    \
    X(N##_L, "six", 0, 1, "LD a; " #N " k")                                                \
    X(N##_S, "isx", 1, 0, #N " k; ST c")                                                   \
    X(N##_LS, "sisxx", 0, 0, "LD a; " #N " k; ST c")
#define FUSED_FBINK(X, N) X(N##_K, "dx", 1, 1, "PUSH k; " #N)
#define FUSED_JUMP(X, N)                                                                    \
    X(N##I_L, "sjix", 0, 0, "LD a; " #N "I j k")                                           \
    X(N##L_L, "sjsx", 0, 0, "LD a; " #N "L j b")
#define FUSED_FJUMP(X, N) X(N##_K, "djx", 1, 0, "PUSH k; " #N " j")
#define FUSED(X)                                                                            \
    FUSED_BIN(X, ADD) FUSED_BIN(X, SUB) FUSED_BIN(X, MUL)                                  \
    FUSED_BIN(X, AND) FUSED_BIN(X, OR) FUSED_BIN(X, XOR)                                   \
    FUSED_BIN(X, FADD) FUSED_BIN(X, FSUB) FUSED_BIN(X, FMUL) FUSED_BIN(X, FDIV)            \
    FUSED_BINI(X, ADDI) FUSED_BINI(X, MULI) FUSED_BINI(X, DIVI) FUSED_BINI(X, REMI)        \
    FUSED_BINI(X, ANDI)                                                                     \
    FUSED_FBINK(X, FADD) FUSED_FBINK(X, FSUB) FUSED_FBINK(X, FMUL) FUSED_FBINK(X, FDIV)    \
    FUSED_JUMP(X, JEQ) FUSED_JUMP(X, JNE) FUSED_JUMP(X, JLT)                               \
    FUSED_JUMP(X, JLE) FUSED_JUMP(X, JGT) FUSED_JUMP(X, JGE)                               \
    FUSED_FJUMP(X, JFEQ) FUSED_FJUMP(X, JFNE) FUSED_FJUMP(X, JFNLT)                        \
    FUSED_FJUMP(X, JFNLE) FUSED_FJUMP(X, JFNGT) FUSED_FJUMP(X, JFNGE)                      \
    X(MOV, "ssx", 0, 0, "LD a; ST b")                                                      \
    X(SETK, "isx", 0, 0, "PUSH k; ST b")                                                   \
    X(LDW_L, "sox", 0, 1, "LD a; LD_W o: a field of the pointer in fp[a]")                 \
    X(LDW_LDUP, "soxx", 0, 2, "LD a; DUP; LD_W o: pointer and field, for p.f op= v")       \
    X(STW_L, "sox", 1, 0, "LD a; ST_W o: p -> ; *(p+o) = fp[a]")                           \
    X(IDX_LL, "snsixx", 0, 1, "LDN s n; LD i; IDXSLICE e: &s[i]")                          \
    X(LDW_IDX_LL, "snsioxxx", 0, 1, "LDN s n; LD i; IDXSLICE e; LD_W o: s[i]")             \
    X(LDW_IDX_LLS, "snsiosxxxx", 0, 0, "LDN s n; LD i; IDXSLICE e; LD_W o; ST d: d = s[i]")  \
    X(STW_IDX_LLL, "snsisoxxxx", 0, 0, "LDN s n; LD i; IDXSLICE e; LD v; ST_W o: s[i] = v")  \
    X(INCL_LOOP, "sijx", 0, 0, "INCL s k; LOOP j")                                        \
    X(MOVN, "snsnx", 0, 0, "LDN a n; STN b n: copy n slots")                               \
    X(LD2, "ssx", 0, 2, "LD a; LD b")                                                      \
    X(ST_LD, "ssx", 1, 1, "ST a; LD b")                                                    \
    X(RET_L, "sx", 0, 0, "LD a; RET")                                                      \
    X(LDCAP_W, "nox", 0, 1, "LDCAP n; LD_W o: a word through a captured pointer")          \
    X(LEN_L, "snx", 0, 1, "LDN s n; SLEN or SLICELEN: len of the string or slice in fp[s..]") \
    X(SINDEX_LL, "snsxx", 0, 1, "LDN s 2; LD i; SINDEX: byte s[i]")                        \
    X(SINDEX_LK, "snixx", 0, 1, "LDN s 2; PUSH k; SINDEX: byte s[k]")                      \
    X(JGE_LLEN, "ssnjxxx", 0, 0, "LD i; LDN s n; SLEN or SLICELEN; JGE j: leave a loop i < len(s)")

typedef enum Opcode {
#define OPENUM(name, ops, pop, push, doc) OP_##name,
    OPCODES(OPENUM)
#undef OPENUM
    OP_COUNT
} Opcode;

/* SZ_<name>: the cells of an instruction, as a constant (opcode cell plus
   one per operand letter). */
enum OpSize {
#define OPSZ(name, ops, pop, push, doc) SZ_##name = (int)sizeof(ops),
    OPCODES(OPSZ)
#undef OPSZ
};

/* ATOMIC's operand: the operation (its arguments after the address; what
   it leaves) and the width of the integer (how a result is widened). */
enum {
    AT_ADD,   /* v -> new value */
    AT_AND,   /* v -> old value */
    AT_OR,    /* v -> old value */
    AT_LOAD,  /* -> value */
    AT_STORE, /* v -> */
    AT_SWAP,  /* v -> old value */
    AT_CAS,   /* old new -> swapped (bool) */
};
enum { AT_I32, AT_U32, AT_W64 };

typedef struct OpInfo {
    const char *name;
    const char *operands; /* format letters, one per operand cell */
    int pop, push;        /* VAR when computed by the compiler */
} OpInfo;

extern const OpInfo op_info[OP_COUNT];

static inline int op_size(Opcode op)
{
    /* one cell for the opcode plus one per operand */
    extern const unsigned char op_sizes[OP_COUNT];
    return op_sizes[op];
}

#endif
