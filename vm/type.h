/* type.h - Go types, shared by the checker, the compiler and the runtime.
 *
 * One Type struct serves both worlds: the checker builds and compares types,
 * the compiler reads their layout, and the same pointers are the runtime
 * type descriptors stored in interface values, heap object headers (later)
 * and reflection. A VM owns all its types (TypeTable, allocated in its arena);
 * they are never freed before the VM is.
 *
 * Identity is pointer equality. Every composite type is hash-consed by its
 * structure (type_slice(tt, int) always returns the same pointer), and every
 * defined (named) type is a distinct object. So Go's "identical types" is
 * `a == b`, and interface type switches compare one word.
 *
 * Layout follows Go on 64-bit targets (sizes, alignment, field offsets).
 * Values live in two forms:
 *   - memory form: Go's layout (an int8 field is one byte); used in the heap,
 *     in globals, and inside composite values wherever they are.
 *   - stack form: one or more 8-byte slots on a goroutine stack. Scalars
 *     (bool, integers, floats, pointers, maps, chans, funcs, unsafe.Pointer)
 *     widen to one slot: integers sign- or zero-extended to 64 bits, bool as
 *     0/1, float32 held as the double of its value. complex64 and complex128
 *     take two slots holding doubles. Strings, slices, interfaces, structs
 *     and arrays are their memory form padded to whole slots.
 * Type.slots is the stack-form size; ptrmask (one bit per 8-byte word) is
 * valid for both forms because pointers are always 8-byte aligned words.
 */
#ifndef GOVM_TYPE_H
#define GOVM_TYPE_H

#include "util.h"

/* Kinds of underlying types. The runtime kinds use reflect.Kind's numbers. */
typedef enum Kind {
    KIND_INVALID = 0,
    KIND_BOOL,
    KIND_INT,
    KIND_INT8,
    KIND_INT16,
    KIND_INT32,
    KIND_INT64,
    KIND_UINT,
    KIND_UINT8,
    KIND_UINT16,
    KIND_UINT32,
    KIND_UINT64,
    KIND_UINTPTR,
    KIND_FLOAT32,
    KIND_FLOAT64,
    KIND_COMPLEX64,
    KIND_COMPLEX128,
    KIND_ARRAY,
    KIND_CHAN,
    KIND_FUNC,
    KIND_INTERFACE,
    KIND_MAP,
    KIND_POINTER,
    KIND_SLICE,
    KIND_STRING,
    KIND_STRUCT,
    KIND_UNSAFEPTR,
    /* compile-time only */
    KIND_UNTYPED_BOOL,
    KIND_UNTYPED_INT,
    KIND_UNTYPED_RUNE,
    KIND_UNTYPED_FLOAT,
    KIND_UNTYPED_COMPLEX,
    KIND_UNTYPED_STRING,
    KIND_UNTYPED_NIL,
    KIND_TUPLE,     /* multiple results of a call */
    KIND_TYPEPARAM, /* generics (checked in a later stage) */
    KIND_COUNT
} Kind;

typedef enum TypeFlag {
    TF_NAMED = 1 << 0,       /* a defined type (has name, pkg, methods) */
    TF_COMPLETE = 1 << 1,    /* layout computed (size, align, ptrmask) */
    TF_COMPARABLE = 1 << 2,  /* == is defined (valid after layout) */
    TF_DIRECTIFACE = 1 << 3, /* pointer-shaped: stored directly in an
                                interface's data word */
    TF_HASPTR = 1 << 4,      /* memory form contains pointers */
    TF_EXPORTEDNAME = 1 << 5,
    TF_LAYOUTING = 1 << 6,   /* layout in progress (cycle detection) */
    TF_IFACEEQ_PANIC = 1 << 7, /* contains an interface: == may panic */
    TF_MEMEQ = 1 << 8,       /* == is bytewise over the whole memory form:
                                no floats, strings, interfaces, padding or
                                blank fields (valid after layout) */
} TypeFlag;

typedef struct Type Type;
typedef struct Package Package;
typedef struct Func Func;
typedef struct Object Object;

/* The checker defines struct Package; types need only its name (for
   "main.T") and import path (to order unexported names of different
   packages). Convention: struct Package begins with a PackageHead member,
   filled before any type of the package is created, so a Package* converts
   to a PackageHead*. */
typedef struct PackageHead {
    const char *name; /* "main", "strings" */
    const char *path; /* "main", "path/filepath" */
} PackageHead;
static inline const PackageHead *package_head(const Package *p)
{
    return (const PackageHead *)(const void *)p;
}

/* A term of a constraint's type set: T, or ~T (every type whose underlying
   type is T). */
typedef struct Term {
    Type *type;
    bool tilde;
} Term;

typedef struct Field {
    const char *name;  /* interned; for embedded fields the type's name */
    Type *type;
    uint32_t offset;   /* bytes from the start of the struct */
    const char *tag;   /* raw tag value (unquoted) or NULL */
    bool embedded;
    bool exported;
    Package *pkg;      /* package of an unexported name (identity) */
} Field;

/* A method of a defined type, or of an interface. */
typedef struct Method {
    const char *name; /* interned */
    Package *pkg;     /* set for unexported names: identity includes pkg */
    Type *sig;        /* KIND_FUNC type without the receiver */
    bool ptr_recv;    /* declared with a pointer receiver (defined types) */
    Object *obj;      /* checker's func object (defined types) */
    Func *fn;         /* compiled method: receiver in its declared form */
    Func *ifn;        /* compiled entry taking the receiver as an interface
                         data word (set when the method set is built) */
    int embed_depth;  /* promoted methods: embedding depth (0 = own) */
} Method;

/* An interface's dynamic dispatch table for one concrete type. */
typedef struct Itab {
    Type *inter;
    Type *type;
    Func *fun[];       /* one per interface method, in inter's method order;
                          each takes the receiver as one data word */
} Itab;

struct Type {
    uint8_t kind;      /* Kind of the underlying type */
    uint8_t align;     /* alignment in memory form */
    uint8_t fieldalign;
    uint16_t flags;    /* TypeFlag */
    uint32_t slots;    /* stack-form size in 8-byte slots */
    uint64_t size;     /* memory-form size in bytes */
    uint64_t *ptrmask; /* bit i set: word i of the memory form is a pointer;
                          NULL when the type has no pointers */
    uint64_t ptrwords; /* number of words up to and including the last pointer */
    const char *str;   /* Go's spelling: "int", "main.T", "[]*main.T" */
    uint32_t hash;     /* structural hash (canonicalisation) */
    Type *next_hash;   /* TypeTable chain */

    /* defined types */
    const char *name;  /* "T" (NULL for unnamed types) */
    Package *pkg;      /* defining package (NULL for predeclared types) */
    Type *underlying;  /* for unnamed types: the type itself */
    Object *obj;       /* checker: the TypeName object */
    VEC(Method) methods; /* declared methods, sorted by name once complete */

    /* composite structure (by kind of the underlying type) */
    Type *elem;   /* array, slice, pointer, chan, map value */
    Type *key;    /* map */
    int64_t len;  /* array */
    int dir;      /* chan: CHAN_BOTH/SEND/RECV (ast.h) */
    Field *fields;   /* struct */
    int nfields;
    Type **params;   /* func (and tuple elements in params/nparams) */
    int nparams;
    Type **results;
    int nresults;
    bool variadic;
    Method *imethods; /* interface: full method set, sorted by name */
    int nimethods;
    Type **embeddeds; /* interface: embedded elements (for the checker) */
    int nembeddeds;
    bool iface_complete; /* interface method set computed */

    /* generics */
    Term *terms;          /* constraint interfaces: the type set's terms */
    int nterms;
    bool tset_all;        /* constraint interfaces: no term restriction */
    bool tset_comparable; /* the constraint requires comparable types */
    Type *constraint;     /* KIND_TYPEPARAM: its constraint interface */
    int tpindex;          /* KIND_TYPEPARAM: position in its list */
    Object *origin;       /* instances of generic types: the generic TypeName */
    Type **targs;         /* instances: the type arguments */
    int ntargs;

    /* caches of derived types */
    Type *ptr_to;
    Type *slice_of;
    struct MapLayout *maplayout; /* map types (the unnamed one): bucket
                                    layout, built by runtime/map.c on first
                                    use */

    /* runtime method set of a concrete type, sorted by name: built by the
       compiler (comp_method_table) for a conversion to a non-empty
       interface, or on first use at run time (vm_method_table: type
       assertions, reflection). mtab_ready (atomic) is set once it is
       complete; mtab_built once the compiler has started it. */
    Method *mtab;
    int nmtab;
    bool mtab_built;
    int mtab_ready;
};

/* Owns and canonicalises the types of one VM. */
typedef struct TypeTable {
    Arena *arena;
    Interner *names;
    Type **buckets;
    int nbuckets, count;
    Type *basic[KIND_COUNT]; /* predeclared types by kind (int, string, untyped int, ...) */
    Type *byte_type, *rune_type; /* aliases: the same pointers as uint8/int32 */
    Type *error_type;        /* the predeclared interface error */
    Type *any_type;          /* interface{} */
    Type *comparable_type;
} TypeTable;

void types_init(TypeTable *tt, Arena *arena, Interner *names);
void types_free(TypeTable *tt);

/* Canonical constructors. The arrays passed are copied. */
Type *type_pointer(TypeTable *tt, Type *elem);
Type *type_slice(TypeTable *tt, Type *elem);
Type *type_array(TypeTable *tt, Type *elem, int64_t len);
Type *type_map(TypeTable *tt, Type *key, Type *value);
Type *type_chan(TypeTable *tt, Type *elem, int dir);
Type *type_func(TypeTable *tt, Type **params, int np, Type **results, int nr, bool variadic);
Type *type_tuple(TypeTable *tt, Type **elems, int n);
/* fields: names, types, tags, embedded flags, pkgs; offsets computed */
Type *type_struct(TypeTable *tt, const Field *fields, int n);
/* A struct of n (at most 64) machine words, word i an unsafe.Pointer when
   bit i of mask is set, else a uintptr: the layout of runtime objects that
   are not Go values (channel headers, timers) for the collector. */
Type *type_words(TypeTable *tt, int n, uint64_t mask);
/* methods: the explicitly declared methods; embeddeds: embedded interfaces
   (their methods are merged by type_iface_complete). Canonical by the full
   method set when every embedded interface is resolved (then it comes back
   complete); otherwise "pending" (not canonical, explicit methods only)
   until type_iface_complete. Non-interface embedded elements (constraint
   terms) are kept and are part of the identity. */
Type *type_interface(TypeTable *tt, const Method *methods, int nm, Type **embeddeds, int ne);
/* A type parameter (its constraint is set by the checker afterwards). */
Type *type_typeparam(TypeTable *tt, const char *name, int index, Object *obj);
/* A constraint interface (not canonicalised): methods, type set terms
   (all types when all is set), comparable requirement. */
Type *type_constraint(TypeTable *tt, const Method *methods, int nm, const Term *terms, int nt, bool all,
                      bool comparable);
/* The core type of a type parameter: the common underlying type of its
   type set's terms, or NULL. For other types: their underlying type. */
Type *type_core(Type *t);

/* A new defined type; set its underlying with type_set_underlying. The
   type's string is built now from pkg's name (PackageHead). */
Type *type_named(TypeTable *tt, const char *name, Package *pkg, Object *obj);
/* `type named underlying`: resolves through a defined underlying (which
   must itself be resolved) and copies kind and structure (elem, fields,
   imethods...) into named; type_layout / type_iface_complete refresh the
   copies. */
void type_set_underlying(TypeTable *tt, Type *named, Type *underlying);

/* Computes size, alignment, slots, ptrmask, comparability. Returns false
   for invalid recursive types (T contains T by value), for unresolved
   defined types, and for types too large (then t->size == UINT64_MAX:
   over 2^48 bytes, or struct offsets beyond 4 GiB). KIND_TUPLE is laid
   out in stack form (elements' slots in order, ptrmask per slot). */
bool type_layout(TypeTable *tt, Type *t);
/* Merges embedded interfaces into imethods (sorted). Returns false and a
   method name in *dup on a duplicate method with different signature;
   false with *dup == NULL when an embedded interface is unresolved or the
   interface embeds itself. */
bool type_iface_complete(TypeTable *tt, Type *t, const char **dup);

static inline Type *type_under(Type *t) { return t->underlying ? t->underlying : t; }
static inline bool type_is_named(const Type *t) { return (t->flags & TF_NAMED) != 0; }
bool type_is_integer(const Type *t);
bool type_is_unsigned(const Type *t);
bool type_is_float(const Type *t);
bool type_is_complex(const Type *t);
bool type_is_numeric(const Type *t);
bool type_is_string(const Type *t);
bool type_is_boolean(const Type *t);
bool type_is_ordered(const Type *t); /* integer, float or string (<, <=, ...) */
bool type_is_addable(const Type *t); /* numeric or string (+) */
bool type_is_untyped(const Type *t);
bool type_is_interface(const Type *t);
bool type_is_pointer_shaped(const Type *t); /* TF_DIRECTIFACE */
bool type_comparable(TypeTable *tt, Type *t);
/* Go's spelling of the type for messages and %T ("main.T", "[]int"). */
const char *type_string(Type *t);

/* Equality and hashing of values in memory form (maps, ==, interfaces).
   type_equal returns -1 when comparing uncomparable dynamic types inside
   interfaces (the caller panics with Go's "comparing uncomparable type"). */
int type_equal(Type *t, const void *a, const void *b);
/* Returns false (and sets *bad) for an unhashable dynamic type inside an
   interface key. */
uint64_t type_hash(Type *t, const void *p, uint64_t seed, Type **bad);

/* ---- additions (see type.c) ---------------------------------------- */

/* type_equal that also reports the uncomparable dynamic type when it
   returns -1 (bad may be NULL). Go's semantics: elements and fields are
   compared in order, stopping at the first difference; blank fields are
   skipped; padding is ignored. */
int type_equal_ex(Type *t, const void *a, const void *b, Type **bad);
/* Identity of types is pointer identity (hash-consing, see above). */
static inline bool type_identical(const Type *a, const Type *b) { return a == b; }
/* The zero value of every type is all zero bits in both forms. */
static inline bool type_zero_is_all_bits(const Type *t) { (void)t; return true; }
/* Default type of an untyped constant kind (untyped int -> int, rune ->
   int32, float -> float64, complex -> complex128, bool, string); other
   types are returned unchanged. */
Type *type_default(TypeTable *tt, Type *untyped);
/* Go's exported-name rule: the first character is an upper-case letter
   (ASCII, Latin-1, Greek and Cyrillic capitals are recognised). */
bool type_name_exported(const char *name);
/* Go's method order (interface imethods, method tables): exported names
   first, then by name, then unexported names by package path. */
int type_method_cmp(const Method *a, const Method *b);

#endif
