-- wrk script: POST /api/v1/responses, one new doorstep response per request (a fresh UUID each),
-- so every request is a real insert through the group-commit writer.
local counter = 0
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
  now = os.date("!%Y-%m-%dT%H:%M:%SZ")
  -- Kiosk responses need a staff credential (README, "Who may send which channel").
  token = os.getenv("KAIKU_TOKEN") or ""
end

local function uuid()
  local template = "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx"
  return (template:gsub("[xy]", function(c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end

function request()
  counter = counter + 1
  local body = '{"id":"' .. uuid() .. '","survey":"lukki-asiakaskokemus","version":1,"form":"doorstep",'
    .. '"channel":"kiosk","outlet":"lohja-main","language":"fi","startedAt":"' .. now .. '","submittedAt":"' .. now .. '",'
    .. '"answers":{"outlet":"lohja-main","grade":9,"nps":10,"staff.friendly":5,"staff.understood":"na",'
    .. '"service_preference":"self","web_frequency":"monthly","visit_frequency":"weekly",'
    .. '"best_moment":"Sain apua e-kirjojen kanssa."}}'
  return wrk.format("POST", "/api/v1/responses", {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  io.write(string.format("requests: %d, errors: %d, p50 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
