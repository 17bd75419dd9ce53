-- binarytrees: allocate and walk many perfect binary trees; max depth 16
-- (min depth 4, one stretch tree of depth 17, one long-lived tree of depth 16).
-- Prints the node counts. Exercises: allocation of small objects, GC,
-- recursion, table access.
-- A node is a table { left, right }; a leaf is an empty table.

local function build(depth)
  if depth == 0 then
    return {}
  end
  return { build(depth - 1), build(depth - 1) }
end

local function check(node)
  local left = node[1]
  if left == nil then
    return 1
  end
  return 1 + check(left) + check(node[2])
end

local function main()
  local minDepth = 4
  local maxDepth = 16

  local stretch = maxDepth + 1
  print(string.format("stretch tree of depth %d check %d", stretch, check(build(stretch))))

  local longLived = build(maxDepth)

  for depth = minDepth, maxDepth, 2 do
    local iterations = 1
    for k = 1, maxDepth - depth + minDepth do
      iterations = iterations * 2
    end
    local total = 0
    for i = 1, iterations do
      total = total + check(build(depth))
    end
    print(string.format("%d trees of depth %d check %d", iterations, depth, total))
  end

  print(string.format("long lived tree of depth %d check %d", maxDepth, check(longLived)))
end

main()
