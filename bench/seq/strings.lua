-- strings: string building and processing, 10 rounds over N = 200,000 words.
-- Each round builds "w<v>,w<v>,..." with a builder (v = (13*i + round) mod
-- 100003), splits it on ",", sums the word lengths, counts words containing
-- "77", parses the number in every word, finds a substring, upper-cases and
-- counts 'W', replaces "," by ";;", joins the first 1000 words with "-", and
-- grows a string by 5000 plain concatenations. Prints checksums of lengths
-- and counts. Exercises: table.concat, find (plain), upper, gsub, sub,
-- tonumber/tostring, concatenation.
-- Lua has no split: it is a loop of plain string.find. Positions printed or
-- summed are converted to 0-based like Go's.
local find, sub, upper, gsub = string.find, string.sub, string.upper, string.gsub
local concat = table.concat

local function round(n, r)
  local parts = {}
  for i = 0, n - 1 do
    parts[i + 1] = "w" .. tostring((13 * i + r) % 100003)
  end
  local s = concat(parts, ",")

  local words = {}
  local nw = 0
  local pos = 1
  while true do
    local e = find(s, ",", pos, true)
    nw = nw + 1
    if e == nil then
      words[nw] = sub(s, pos)
      break
    end
    words[nw] = sub(s, pos, e - 1)
    pos = e + 1
  end

  local totalLen = 0
  local with77 = 0
  local numSum = 0
  for k = 1, nw do
    local w = words[k]
    totalLen = totalLen + #w
    if find(w, "77", 1, true) then
      with77 = with77 + 1
    end
    numSum = numSum + tonumber(sub(w, 2))
  end

  local idx = find(s, "w9999", 1, true)
  if idx == nil then idx = -1 else idx = idx - 1 end
  local up = upper(s)
  local _, ws = gsub(up, "W", "W")
  local rep = gsub(s, ",", ";;")
  local joined = concat(words, "-", 1, 1000)

  local t = ""
  for i = 1, 5000 do
    t = t .. sub(words[i], 1, 2)
  end

  if r == 0 then
    print(string.format("round0 len=%d words=%d wordlen=%d with77=%d numsum=%d index=%d W=%d replaced=%d joined=%d concat=%d",
      #s, nw, totalLen, with77, numSum, idx, ws, #rep, #joined, #t))
  end
  return #s + nw + totalLen + with77 + numSum + idx + ws + #rep + #joined + #t
end

local function main()
  local n = 200000
  local rounds = 10
  local check = 0
  for r = 0, rounds - 1 do
    check = check + round(n, r)
  end
  print(string.format("strings n=%d rounds=%d checksum=%d", n, rounds, check))
end

main()
