-- fannkuch: pancake-flipping over all permutations of n = 10 elements,
-- generated in the usual rotation order. Prints a checksum (flip counts
-- with alternating sign by permutation index) and the maximum flip count.
-- Exercises: small int arrays, tight index loops, swaps.
-- Arrays hold 0-based positions at index [pos + 1].

local function fannkuch(n)
  local perm1, perm, count = {}, {}, {}
  for i = 0, n - 1 do
    perm1[i + 1] = i
    perm[i + 1] = 0
    count[i + 1] = 0
  end
  local checksum = 0
  local maxFlips = 0
  local permIndex = 0
  local r = n
  while true do
    while r ~= 1 do
      count[r] = r -- count[r-1] in 0-based terms
      r = r - 1
    end
    for i = 1, n do
      perm[i] = perm1[i]
    end
    local flips = 0
    local k = perm[1]
    while k ~= 0 do
      -- reverse positions 0..k
      local lo, hi = 1, k + 1
      while lo < hi do
        local t = perm[lo]
        perm[lo] = perm[hi]
        perm[hi] = t
        lo = lo + 1
        hi = hi - 1
      end
      flips = flips + 1
      k = perm[1]
    end
    if flips > maxFlips then
      maxFlips = flips
    end
    if permIndex % 2 == 0 then
      checksum = checksum + flips
    else
      checksum = checksum - flips
    end
    -- next permutation: rotate the first r+1 elements left until a
    -- counter does not wrap
    while true do
      if r == n then
        return checksum, maxFlips
      end
      local first = perm1[1]
      for i = 1, r do
        perm1[i] = perm1[i + 1]
      end
      perm1[r + 1] = first
      local c = count[r + 1] - 1
      count[r + 1] = c
      if c > 0 then
        break
      end
      r = r + 1
    end
    permIndex = permIndex + 1
  end
end

local n = 10
local checksum, maxFlips = fannkuch(n)
print(string.format("%d\nPfannkuchen(%d) = %d", checksum, n, maxFlips))
