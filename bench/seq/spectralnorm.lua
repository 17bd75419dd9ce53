-- spectralnorm: power method for the spectral norm of the infinite matrix
-- A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1), truncated to N = 1500, 10 iterations
-- of u -> AtA u. Prints the estimate with %.9f. Exercises: float arithmetic,
-- array indexing, nested loops, small function calls.
-- Indices i, j are 0-based as in the Go version; vectors are stored at [i+1].

local function a(i, j)
  local ij = i + j
  -- ij*(ij+1) is even, so the halving is exact in both integer and float form
  return 1.0 / (ij * (ij + 1) / 2 + i + 1)
end

local function mulAv(n, inv, out)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do
      s = s + a(i, j) * inv[j + 1]
    end
    out[i + 1] = s
  end
end

local function mulAtv(n, inv, out)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do
      s = s + a(j, i) * inv[j + 1]
    end
    out[i + 1] = s
  end
end

local function mulAtAv(n, inv, out, tmp)
  mulAv(n, inv, tmp)
  mulAtv(n, tmp, out)
end

local function main()
  local n = 1500
  local u, v, tmp = {}, {}, {}
  for i = 1, n do
    u[i] = 1.0
    v[i] = 0.0
    tmp[i] = 0.0
  end
  for k = 1, 10 do
    mulAtAv(n, u, v, tmp)
    mulAtAv(n, v, u, tmp)
  end
  local vBv, vv = 0.0, 0.0
  for i = 1, n do
    vBv = vBv + u[i] * v[i]
    vv = vv + v[i] * v[i]
  end
  print(string.format("%.9f", math.sqrt(vBv / vv)))
end

main()
