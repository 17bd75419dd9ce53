package rand

import rr "math/rand"

func entropy() uint64 { return rr.Uint64() }
