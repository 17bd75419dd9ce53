-- fib: naive doubly recursive Fibonacci, fib(35) (size fixed by the benchmark issue).
-- Exercises: function calls, small-integer arithmetic, comparison and branching.
local function fib(n)
  if n < 2 then
    return n
  end
  return fib(n - 1) + fib(n - 2)
end

print(string.format("fib(35) = %d", fib(35)))
