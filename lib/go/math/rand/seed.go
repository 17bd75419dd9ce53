package rand

// entropy returns 64 random bits from the operating system (lib/rand.c);
// only the top-level generator's initial seed uses it.
func entropy() uint64
