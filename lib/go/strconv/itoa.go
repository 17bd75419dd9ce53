package strconv

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint returns i written in base 2 to 36, using 'a' to 'z' for the
// digits from 10 up.
func FormatUint(i uint64, base int) string {
	var buf [65]byte
	return string(formatBits(buf[:0], i, base, false))
}

// FormatInt returns i written in base 2 to 36, with a '-' when negative.
func FormatInt(i int64, base int) string {
	if 0 <= i && i < 10 && base == 10 {
		return digits[i : i+1]
	}
	var buf [65]byte
	return string(formatBits(buf[:0], uint64(i), base, i < 0))
}

// Itoa returns FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// AppendInt appends FormatInt(i, base) to dst and returns the result.
func AppendInt(dst []byte, i int64, base int) []byte {
	return formatBits(dst, uint64(i), base, i < 0)
}

// AppendUint appends FormatUint(i, base) to dst and returns the result.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return formatBits(dst, i, base, false)
}

// formatBits appends u in base to dst, negated (two's complement) with a
// leading '-' when neg.
func formatBits(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var a [64 + 1]byte
	i := len(a)
	if neg {
		u = -u
	}
	b := uint64(base)
	if base == 10 {
		for u >= 10 {
			q := u / 10
			i--
			a[i] = byte('0' + u - q*10)
			u = q
		}
		i--
		a[i] = byte('0' + u)
	} else {
		for u >= b {
			q := u / b
			i--
			a[i] = digits[u-q*b]
			u = q
		}
		i--
		a[i] = digits[u]
	}
	if neg {
		i--
		a[i] = '-'
	}
	return append(dst, a[i:]...)
}
