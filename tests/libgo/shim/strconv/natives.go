package strconv

import rs "strconv"

func formatFloat(f float64, fmt byte, prec, bitSize int) string {
	return rs.FormatFloat(f, fmt, prec, bitSize)
}

func parseFloat(s string, bitSize int) (float64, int) {
	f, err := rs.ParseFloat(s, bitSize)
	if err != nil {
		if err.(*rs.NumError).Err == rs.ErrRange {
			return f, 2
		}
		return 0, 1
	}
	return f, 0
}
