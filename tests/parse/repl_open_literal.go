m := map[string]int{
	"a": 1,
