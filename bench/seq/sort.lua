-- sort: hand-written recursive quicksort (Hoare partition, middle element as
-- pivot) of N = 1,000,000 ints from the Park-Miller generator
-- x = x*16807 mod (2^31-1), seed 42, reduced mod 1,000,000 (so there are
-- duplicates). Prints a weighted checksum of every 1000th element and the
-- number of out-of-order neighbours (0). Exercises: array indexing, swaps,
-- recursion, integer comparison.
-- The array is 1-based; floor((lo+hi)/2) picks the same element as the
-- 0-based (lo+hi)/2 of the Go version.
local floor = math.floor

local function quicksort(a, lo, hi)
  if lo >= hi then
    return
  end
  local p = a[floor((lo + hi) / 2)]
  local i, j = lo, hi
  while i <= j do
    while a[i] < p do
      i = i + 1
    end
    while a[j] > p do
      j = j - 1
    end
    if i <= j then
      local t = a[i]
      a[i] = a[j]
      a[j] = t
      i = i + 1
      j = j - 1
    end
  end
  quicksort(a, lo, j)
  quicksort(a, i, hi)
end

local function main()
  local n = 1000000
  local a = {}
  local x = 42
  for i = 1, n do
    x = x * 16807 % 2147483647
    a[i] = x % 1000000
  end
  quicksort(a, 1, n)
  local bad = 0
  for i = 1, n - 1 do
    if a[i] > a[i + 1] then
      bad = bad + 1
    end
  end
  local sum = 0
  local k = 0
  for i = 1, n, 1000 do
    k = k + 1
    sum = sum + a[i] * k
  end
  print(string.format("sort n=%d checksum=%d min=%d max=%d unsorted=%d", n, sum, a[1], a[n], bad))
end

main()
