-- closures: creating and calling closures in a hot loop, N = 10,000,000
-- iterations. Each iteration creates an adder closure, composes it with a
-- pre-built one into a new closure, calls that through a higher-order
-- function, bumps a counter closure that mutates a captured variable, and
-- creates and calls a closure capturing the loop variable. Prints the
-- accumulator and the counter. Exercises: closure allocation, upvalues
-- (read and written), indirect calls.

local modulus = 1000003

local function makeAdder(k)
  return function(x) return (x + k) % modulus end
end

local function compose(f, g)
  return function(x) return g(f(x)) end
end

local function apply(f, x)
  return f(x)
end

local function makeCounter()
  local count = 0
  local inc = function() count = count + 1 end
  local get = function() return count end
  return inc, get
end

local function main()
  local n = 10000000
  local adders = {}
  for k = 0, 9 do
    adders[k + 1] = makeAdder(7 * k + 1)
  end
  local inc, get = makeCounter()
  local acc = 0
  for i = 0, n - 1 do
    local f = makeAdder(i % 100)
    local g = compose(f, adders[i % 10 + 1])
    acc = apply(g, acc)
    if acc % 3 == 0 then
      inc()
    end
    local h = function(x) return (3 * x + i) % modulus end
    acc = h(acc)
  end
  print(string.format("closures n=%d acc=%d count=%d", n, acc, get()))
end

main()
