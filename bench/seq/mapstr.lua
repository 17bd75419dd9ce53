-- mapstr: string-keyed hash map. Builds N = 500,000 keys "k" + decimal(7*i),
-- inserts them with value i, overwrites every third one, then looks up 2N
-- keys "k" + decimal(3*j) (about 1 in 7 is present) and deletes every hit
-- whose value is even. Prints counts and sums. Exercises: integer-to-string
-- conversion, string concatenation and hashing, table insert/lookup/delete.
-- Lua tables have no O(1) count of hash entries, so the size is tracked in a
-- counter (the Go and Python versions print both the counter and len).

local function main()
  local n = 500000
  local m = {}
  local size = 0
  for i = 0, n - 1 do
    m["k" .. tostring(7 * i)] = i
    size = size + 1
  end
  for i = 0, n - 1, 3 do
    local key = "k" .. tostring(7 * i)
    m[key] = m[key] + 1
  end
  local found = 0
  local sum = 0
  local deleted = 0
  for j = 0, 2 * n - 1 do
    local key = "k" .. tostring(3 * j)
    local v = m[key]
    if v ~= nil then
      found = found + 1
      sum = sum + v
      if v % 2 == 0 then
        m[key] = nil
        deleted = deleted + 1
      end
    end
  end
  size = size - deleted
  -- count the remaining entries once (Go and Python use len)
  local len = 0
  for _ in pairs(m) do
    len = len + 1
  end
  print(string.format("mapstr n=%d found=%d sum=%d deleted=%d size=%d len=%d", n, found, sum, deleted, size, len))
end

main()
