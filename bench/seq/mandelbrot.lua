-- mandelbrot: N x N grid (N = 2000) over [-1.5, 0.5] x [-1, 1], at most 50
-- iterations of z = z^2 + c with escape radius 2. Prints the number of points
-- that never escaped and the sum of iteration counts. Exercises: float
-- arithmetic, nested loops, early loop exit.

local function main()
  local n = 2000
  local maxIter = 50
  local inside = 0
  local iterSum = 0
  local fn = n + 0.0
  for y = 0, n - 1 do
    local ci = 2.0 * y / fn - 1.0
    for x = 0, n - 1 do
      local cr = 2.0 * x / fn - 1.5
      local zr, zi = 0.0, 0.0
      local it = 0
      local escaped = false
      while it < maxIter do
        local tr = zr * zr - zi * zi + cr
        local ti = 2.0 * zr * zi + ci
        zr = tr
        zi = ti
        it = it + 1
        if zr * zr + zi * zi > 4.0 then
          escaped = true
          break
        end
      end
      if not escaped then
        inside = inside + 1
      end
      iterSum = iterSum + it
    end
  end
  print(string.format("mandelbrot %dx%d inside=%d iterations=%d", n, n, inside, iterSum))
end

main()
