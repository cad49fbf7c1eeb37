-- wrk script for bench/soak.sh: cycles through valid and invalid requests and counts the
-- answers by status class; done() prints "statuses 2xx=N 4xx=N 5xx=N other=N".
local requests = {}
local json = { ["Content-Type"] = "application/json" }

local function add(method, path, headers, body)
  table.insert(requests, wrk.format(method, path, headers, body))
end

add("GET", "/hello")
add("GET", "/items/42?q=foo")
add("POST", "/items", json, '{"name":"lamp","price":9.5,"tags":["a","b"]}')
add("POST", "/todos", json, '{"title":"soak","priority":"LOW","points":3}')
add("GET", "/todos?limit=5")
add("GET", "/nope")                                            -- 404
add("DELETE", "/hello")                                        -- 405
add("GET", "/items/abc")                                       -- 400 invalid_format
add("GET", "/items/99999999999")                               -- 422 out_of_range
add("GET", "/items/1?q=%C3%28")                                -- 400 bad UTF-8
add("POST", "/items", json, '{"name":"x","price":')            -- 400 malformed_json
add("POST", "/items", json, '{"name":"","price":-1}')          -- 422 constraints
add("POST", "/items", { ["Content-Type"] = "text/plain" }, "x") -- 415
add("POST", "/items", json, '{"tags":' .. string.rep("[", 300) .. string.rep("]", 300) .. '}') -- 400 depth
add("OPTIONS", "/items")                                       -- 204
-- no HEAD: wrk's parser waits for the Content-Length bytes of a HEAD answer and hangs

local counter = 0
counts = { s2 = 0, s4 = 0, s5 = 0, other = 0 }
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counter = math.random(#requests)
end

function request()
  counter = counter % #requests + 1
  return requests[counter]
end

function response(status, headers, body)
  if status >= 200 and status < 300 then counts.s2 = counts.s2 + 1
  elseif status >= 400 and status < 500 then counts.s4 = counts.s4 + 1
  elseif status >= 500 then counts.s5 = counts.s5 + 1
  else counts.other = counts.other + 1 end
end

function done(summary, latency, requests)
  local total = { s2 = 0, s4 = 0, s5 = 0, other = 0 }
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for k, v in pairs(c) do total[k] = total[k] + v end
  end
  io.write(string.format("statuses 2xx=%d 4xx=%d 5xx=%d other=%d\n",
    total.s2, total.s4, total.s5, total.other))
  local e = summary.errors
  io.write(string.format("socket_errors connect=%d read=%d write=%d timeout=%d status=%d\n",
    e.connect, e.read, e.write, e.timeout, e.status))
end
