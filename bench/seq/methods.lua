-- methods: method calls in a hot loop, N = 20,000,000 iterations. Each
-- iteration takes one of four shapes (three "classes": tables sharing a
-- metatable with __index), calls area and perimeter as methods, feeds the
-- result to a method of a Counter object, and every 1000th iteration mutates
-- the shape through a method call. Prints the counter state and sums.
-- Exercises: method lookup through metatables, field access and update.

local Rect = {}
Rect.__index = Rect
function Rect.new(w, h) return setmetatable({ w = w, h = h }, Rect) end
function Rect:area() return self.w * self.h end
function Rect:perimeter() return 2 * (self.w + self.h) end
function Rect:grow(k)
  self.w = (self.w + k) % 50 + 1
  self.h = (self.h + 2 * k) % 50 + 1
end

local Square = {}
Square.__index = Square
function Square.new(s) return setmetatable({ s = s }, Square) end
function Square:area() return self.s * self.s end
function Square:perimeter() return 4 * self.s end
function Square:grow(k) self.s = (self.s + k) % 50 + 1 end

local Box = {}
Box.__index = Box
function Box.new(w, h, d) return setmetatable({ w = w, h = h, d = d }, Box) end
function Box:area() return 2 * (self.w * self.h + self.h * self.d + self.w * self.d) end
function Box:perimeter() return 4 * (self.w + self.h + self.d) end
function Box:grow(k)
  self.w = (self.w + k) % 50 + 1
  self.h = (self.h + 3 * k) % 50 + 1
  self.d = (self.d + 5 * k) % 50 + 1
end

local Counter = {}
Counter.__index = Counter
function Counter.new() return setmetatable({ value = 0, calls = 0 }, Counter) end
function Counter:add(x)
  self.value = (self.value * 31 + x) % 1000003
  self.calls = self.calls + 1
end
function Counter:getValue() return self.value end

local function main()
  local n = 20000000
  local shapes = { Rect.new(3, 4), Square.new(5), Box.new(1, 2, 3), Rect.new(7, 2) }
  local c = Counter.new()
  local areaSum = 0
  local perimSum = 0
  for i = 0, n - 1 do
    local s = shapes[i % 4 + 1]
    local a = s:area()
    local p = s:perimeter()
    areaSum = areaSum + a
    perimSum = perimSum + p
    c:add(a + p)
    if i % 1000 == 0 then
      s:grow(i % 7)
    end
  end
  print(string.format("methods n=%d counter=%d calls=%d area=%d perimeter=%d", n, c:getValue(), c.calls, areaSum, perimSum))
end

main()
