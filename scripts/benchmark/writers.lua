-- One-row submissions (POST /api/v1/tallies), each request a key no other request of the run uses: the thread picks
-- the area, the request's number picks the day (yesterday and the 1,999 days before), the demographic, the encounter
-- type and then the citizenship. The first script argument ("warm" or "measure") moves to other citizenships, so
-- the measured run never repeats a key of the warm-up. Counts the answers by status, and the rows the accepted ones
-- say were stored (added or revised): a key the demonstration data already holds with the same count is answered
-- as unchanged, and stores nothing.
local areas = {"RGV", "TCA", "SDC", "ELC", "YUM", "EPT", "BBT", "DRT", "LRT", "MIP"}
local demographics = {"SINGLE_ADULTS", "FMUA", "UC_SINGLE_MINORS", "ACCOMPANIED_MINORS"}
local types = {"APPREHENSIONS", "INADMISSIBLES", "EXPULSIONS"}
local citizenships = {"MEXICO", "GUATEMALA", "HONDURAS", "HAITI", "INDIA", "NICARAGUA", "PERU", "OTHER"}
local DAYS = 2000

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("number", counter)
  table.insert(threads, thread)
end

function init(args)
  area = areas[number]
  first = (args[1] == "measure") and 4 or 0
  n = 0
  ok = 0
  failed = 0
  stored = 0
  unchanged = 0
  yesterday = os.time() - 86400
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local i = n
  n = n + 1
  local day = os.date("!%Y-%m-%d", yesterday - 86400 * (i % DAYS))
  i = math.floor(i / DAYS)
  local demographic = demographics[i % 4 + 1]
  i = math.floor(i / 4)
  local kind = types[i % 3 + 1]
  i = math.floor(i / 3)
  local citizenship = citizenships[first + i + 1]
  local body = '{"source":"bench-writers","tallies":[{"date":"' .. day .. '","component":"USBP","area":"' .. area
    .. '","demographic":"' .. demographic .. '","citizenship":"' .. citizenship
    .. '","encounterType":"' .. kind .. '","count":' .. (n % 7 + 1) .. '}]}'
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status == 200 then
    ok = ok + 1
    stored = stored + tonumber(body:match('"added":(%d+)')) + tonumber(body:match('"revised":(%d+)'))
    unchanged = unchanged + tonumber(body:match('"unchanged":(%d+)'))
  else
    failed = failed + 1
    if failed <= 3 then
      io.stderr:write("answer " .. status .. ": " .. body .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local acknowledged, refused, rows_stored, rows_unchanged = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    acknowledged = acknowledged + thread:get("ok")
    refused = refused + thread:get("failed")
    rows_stored = rows_stored + thread:get("stored")
    rows_unchanged = rows_unchanged + thread:get("unchanged")
  end
  io.write(string.format("ACKNOWLEDGED\t%d\nREFUSED\t%d\nSTORED\t%d\nUNCHANGED\t%d\nP99_US\t%d\nP50_US\t%d\n",
    acknowledged, refused, rows_stored, rows_unchanged, latency:percentile(99), latency:percentile(50)))
end
