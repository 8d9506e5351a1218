#!/usr/bin/env bash
# The web tier's benchmarks (items 1-5 of docs/PERFORMANCE.md), in one run, on 127.0.0.1 only.
#
#   bench/web.sh        # Markdown rows on stdout (see bench/run), progress on stderr
#
# 1. anonymous public pages (home, privacy policy): requests/s as a ratio of a static file served
#    by the same Payara Micro (the style sheet its pages link to), their p99 at 16 connections,
#    and no Set-Cookie on any formless anonymous page;
# 2. a signed-in job seeker's profile page, one session per connection: requests/s as a ratio of
#    the same static file;
# 3. start-up: time to the first healthy answer and idle memory (RSS after a full collection), as
#    ratios of an empty Payara Micro started the same way in the same run;
# 4. heap per 1,000 signed-in sessions (each signed in and shown its profile once), measured after
#    a full collection before and after they are opened;
# 5. the p99 of the privacy page during a flood of sign-ins (right passwords and wrong ones for
#    unknown addresses, which cost the same hashing), as a ratio of its p99 without the flood.
#
# Payara Micro runs the project's safe way: --nohazelcast --disablephonehome,
# -Dhazelcast.phone.home.enabled=false, -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS and the
# pre-boot file that binds the listener to 127.0.0.1. Settings (environment): BENCH_WEB_PORT
# (28100; the empty server uses the next port), BENCH_SECONDS (20), BENCH_WARMUP (10),
# BENCH_CONNECTIONS (16), BENCH_THREADS (2), BENCH_FLOOD_CONNECTIONS (8), BENCH_SESSIONS (1000),
# BENCH_HEAP (768m, as the run command), BENCH_IDLE (20 seconds before idle memory is read).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/bench/target/web"
port="${BENCH_WEB_PORT:-28100}"
empty_port=$((port + 1))
seconds="${BENCH_SECONDS:-20}"
warmup="${BENCH_WARMUP:-10}"
connections="${BENCH_CONNECTIONS:-16}"
threads="${BENCH_THREADS:-2}"
flood_connections="${BENCH_FLOOD_CONNECTIONS:-8}"
sessions="${BENCH_SESSIONS:-1000}"
heap="${BENCH_HEAP:-768m}"
idle="${BENCH_IDLE:-20}"
base="http://127.0.0.1:$port"
admin_password="bench-admin-passphrase-long-enough"
seeker_email="bench.seeker@example.test"
seeker_password="bench-seeker-passphrase"
agent="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"

say() { echo "web: $*" >&2; }

command -v wrk >/dev/null || { say "wrk is needed: apt-get install wrk"; exit 1; }
java_home="${JAVA_HOME:-}"
if [ -z "$java_home" ] ||
    ! "$java_home/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for candidate in /usr/lib/jvm/*25* /usr/lib/jvm/*21*; do
    if [ -x "$candidate/bin/java" ]; then java_home="$candidate"; break; fi
  done
fi
java="$java_home/bin/java"
jcmd="$java_home/bin/jcmd"
rm -rf "$work"
mkdir -p "$work"

war="$root/app-web/target/k12jobspot.war"
if [ ! -f "$war" ]; then
  say "building the WAR"
  (cd "$root" && ./mvnw -B -q package -pl app-web -am -DskipTests) >&2
fi
cp "$war" "$work/k12jobspot.war" # a build running meanwhile cannot change what is measured
war="$work/k12jobspot.war"
payara_version="$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$root/pom.xml")"
micro="$root/bench/target/payara-micro.jar"
if [ ! -f "$micro" ]; then
  (cd "$root" && ./mvnw -B -q dependency:copy \
      -Dartifact="fish.payara.extras:payara-micro:$payara_version" \
      -DoutputDirectory="$root/bench/target" -Dmdep.stripVersion=true) >&2
fi

server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    for _ in $(seq 1 60); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$server_pid" 2>/dev/null; then kill -9 "$server_pid"; fi
  fi
  server_pid=""
}
trap stop_server EXIT
trap "exit 1" INT TERM

now_ms() { date +%s%3N; }

start_server() { # $1 = name (app|empty), $2 = port; sets server_pid and started_ms
  local name="$1" at="$2" deploy=()
  if [ "$name" = app ]; then deploy=(--deploy "$war"); fi
  server_deploys="${deploy[*]}"
  started_ms="$(now_ms)"
  "$java" -Xmx"$heap" -Djava.io.tmpdir="$work" \
      -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS -Dhazelcast.phone.home.enabled=false \
      -Dk12.data.dir="$work/data-$name" -Dk12.port="$at" -Dk12.base.url="http://127.0.0.1:$at" \
      -Dk12.admin.password="$admin_password" \
      -jar "$micro" --nohazelcast --disablephonehome --port "$at" --contextroot / \
      --prebootcommandfile "$root/app-web/src/main/payara/pre-boot-commands.asadmin" \
      "${deploy[@]}" > "$work/server-$name.log" 2>&1 &
  server_pid=$!
}

await_healthy() { # $1 = port; prints milliseconds from start to the first healthy answer
  # The product is healthy when its readiness check says UP. An empty Payara Micro has no health
  # endpoint (it comes with an application), so its first HTTP answer of any kind counts.
  local answer
  for _ in $(seq 1 3000); do
    answer="$(curl -s --max-time 2 -w ' %{http_code}' "http://127.0.0.1:$1/health/ready" || true)"
    if [[ "$answer" == *'"UP"'*' 200' ]] ||
        { [ -z "$server_deploys" ] && [ "${answer: -3}" != 000 ]; }; then
      echo $(($(now_ms) - started_ms))
      return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || { say "Payara stopped; see $work"; exit 1; }
    sleep 0.1
  done
  say "Payara was not healthy within five minutes; see $work"
  exit 1
}

full_gc() { "$jcmd" "$server_pid" GC.run > /dev/null; sleep 2; }

idle_rss_mb() { # RSS of the idle server after a full collection
  sleep "$idle"
  full_gc
  ps -o rss= -p "$server_pid" | awk '{printf "%d", $1 / 1024}'
}

heap_used_kb() { # heap in use right after a full collection
  full_gc
  full_gc
  "$jcmd" "$server_pid" GC.heap_info | awk '/used/ {for (i = 1; i < NF; i++)
      if ($i == "used") {sub("K,?", "", $(i + 1)); print $(i + 1); exit}}'
}

load() { # $1 = path, $2 = seconds, extra wrk options after; prints the wrk report
  local path="$1" duration="$2"
  shift 2
  wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 30s --latency \
      -H "User-Agent: $agent" "$@" \
      "$base$path"
}
rps() { awk '/Requests\/sec/ {print $2}'; }
p99_ms() {
  awk '$1 == "99%" {v = $2; if (v ~ /us$/) {sub("us", "", v); v /= 1000}
      else if (v ~ /ms$/) {sub("ms", "", v)} else if (v ~ /s$/) {sub("s", "", v); v *= 1000}
      printf "%.1f", v}'
}
errors() { # answers other than 2xx/3xx, and connections that failed or timed out
  awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10}
      END {print n + 0}'
}
ratio() { echo "scale=3; $1 / $2" | bc -l | sed 's/^\./0./'; }
at_most() { [ "$(echo "$1 <= $2" | bc -l)" = 1 ] && echo yes || echo no; }
at_least() { [ "$(echo "$1 >= $2" | bc -l)" = 1 ] && echo yes || echo no; }
both() { [ "$1" = yes ] && [ "$2" = yes ] && echo yes || echo no; }

form_post() { # $1 = cookie jar, $2 = path, then field=value pairs; prints "status redirect"
  local jar="$1" path="$2" args=()
  shift 2
  for field in "$@" "jakarta.faces.ViewState=stateless"; do args+=(--data-urlencode "$field"); done
  curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' -X POST "${args[@]}" \
      "$base$path"
}

sign_in() { # $1 = cookie jar, $2 = email, $3 = password; prints "status redirect"
  form_post "$1" /login login=login "login:email=$2" "login:password=$3" "login:signIn=Sign in"
}

register_verified_seeker() {
  local policy token
  policy="$(curl -s "$base/register" |
      sed -n 's/.*name="register:policyShown" value="\([^"]*\)".*/\1/p')"
  form_post "$work/anonymous.jar" /register register=register \
      "register:fullName=Bench Seeker" "register:email=$seeker_email" \
      "register:password=$seeker_password" "register:countryOfResidence=US" \
      "register:policyShown=$policy" "register:policyAccepted=on" \
      "register:create=Create account" > /dev/null
  sign_in "$work/admin.jar" admin@k12jobspot.example "$admin_password" > /dev/null
  token="$(curl -s -b "$work/admin.jar" "$base/staff/outbox" |
      grep -o 'verify?token=[A-Za-z0-9_-]*' | head -1 | cut -d= -f2)"
  [ -n "$token" ] || { say "no verification link in the outbox"; exit 1; }
  form_post "$work/anonymous.jar" /verify verify=verify "verify:token=$token" \
      "verify:confirm=Confirm my email address" > /dev/null
}

signed_in_session() { # $1 = cookie jar; signs the seeker in (retrying while busy), opens profile
  for _ in $(seq 1 20); do
    case "$(sign_in "$1" "$seeker_email" "$seeker_password")" in
      *account/profile*)
        curl -s -b "$1" -o /dev/null "$base/account/profile"
        return 0
        ;;
    esac
    rm -f "$1"
  done
  say "sign-in kept being refused"
  return 1
}

# --- 3. start-up and idle memory: an empty Payara Micro, then the product, started the same way
say "starting an empty Payara Micro"
start_server empty "$empty_port"
empty_start_ms="$(await_healthy "$empty_port")"
empty_rss="$(idle_rss_mb)"
say "empty: healthy after $empty_start_ms ms, idle RSS $empty_rss MB"
stop_server

say "starting the product"
start_server app "$port"
app_start_ms="$(await_healthy "$port")"
for _ in $(seq 1 120); do # steady state: the user-agent parser is built in the background
  grep -q "User-agent parser ready" "$work/server-app.log" && break
  sleep 1
done
app_rss="$(idle_rss_mb)"
say "product: healthy after $app_start_ms ms, idle RSS $app_rss MB"

# The static file: the site's style sheet, at the address its pages link to (Faces serves the
# files under resources/ itself; asked for there directly, they are refused).
static_path="$(curl -s "$base/" | grep -o 'href="[^"]*site\.css[^"]*"' | head -1 |
    sed 's/^href="//; s/"$//; s/&amp;/\&/g')"
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base$static_path")" != 200 ]; then
  say "the style sheet linked from the home page ($static_path) did not answer 200"
  exit 1
fi

# --- 1c. no Set-Cookie on formless anonymous pages
pages=(/ /privacy "/privacy/version?number=1" "/privacy/compare?from=1&to=1" /registered
  /account-deleted /error /expired /no-such-page "$static_path")
with_cookie=()
for page in "${pages[@]}"; do
  if curl -s -o /dev/null -D - "$base$page" | grep -qi '^set-cookie'; then
    with_cookie+=("$page")
  fi
done
say "pages that set a cookie: ${with_cookie[*]:-none}"

# --- 1 and 2: throughput, after a warm-up of each path
register_verified_seeker
mkdir -p "$work/readers"
session_ids=""
for i in $(seq 1 "$connections"); do # one session per connection, as for as many people
  signed_in_session "$work/readers/$i.jar"
  session_ids+="\"$(awk '$6 == "JSESSIONID" {print $7}' "$work/readers/$i.jar")\","
done
cat > "$work/profile.lua" <<LUA
local ids = {$session_ids}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", nil, {["Cookie"] = "JSESSIONID=" .. ids[n % #ids + 1]})
end
LUA
say "warming up"
for path in "$static_path" / /privacy; do load "$path" "$warmup" > /dev/null; done
load /account/profile "$warmup" -s "$work/profile.lua" > /dev/null

measured_static=()
measure_static() {
  local out
  out="$(load "$static_path" "$seconds")"
  measured_static+=("$(echo "$out" | rps)")
  say "static file: ${measured_static[-1]} requests/s"
}
measure_static
home="$(load / "$seconds")"
privacy="$(load /privacy "$seconds")"
profile="$(load /account/profile "$seconds" -s "$work/profile.lua")"
measure_static
static_rps="$(echo "(${measured_static[0]} + ${measured_static[1]}) / 2" | bc -l)"
home_rps="$(echo "$home" | rps)"
home_p99="$(echo "$home" | p99_ms)"
privacy_rps="$(echo "$privacy" | rps)"
privacy_p99="$(echo "$privacy" | p99_ms)"
profile_rps="$(echo "$profile" | rps)"
say "home $home_rps requests/s (p99 $home_p99 ms), privacy $privacy_rps (p99 $privacy_p99 ms)," \
    "profile $profile_rps; errors: $(echo "$home$privacy$profile" | errors)"

# --- 4. heap per 1,000 signed-in sessions
say "opening $sessions signed-in sessions"
heap_before="$(heap_used_kb)"
mkdir -p "$work/sessions"
# One after another: hashing has few slots, and a sign-in waiting for one would be refused.
for i in $(seq 1 "$sessions"); do
  signed_in_session "$work/sessions/$i.jar" || true
done
heap_after="$(heap_used_kb)"
open_sessions="$(ls "$work/sessions" | wc -l)"
per_thousand_mb="$(echo "scale=2; ($heap_after - $heap_before) * 1000 / $open_sessions / 1024" |
    bc -l | sed 's/^\./0./;s/^-\./-0./')"
say "heap after full GC: $heap_before KB before, $heap_after KB after $open_sessions sessions"

# --- 5. public page p99 during a flood of sign-ins
cat > "$work/flood.lua" <<EOF
local n = 0
request = function()
  n = n + 1
  local email = "nobody" .. n .. "@example.test"
  local password = "wrong-password-" .. n
  if n % 2 == 0 then email = "$seeker_email"; password = "$seeker_password" end
  local body = "login=login&login%3Aemail=" .. email:gsub("@", "%%40")
      .. "&login%3Apassword=" .. password .. "&login%3AsignIn=Sign+in"
      .. "&jakarta.faces.ViewState=stateless"
  return wrk.format("POST", "/login",
      {["Content-Type"] = "application/x-www-form-urlencoded"}, body)
end
EOF
log_lines="$(wc -l < "$work/server-app.log")"
flood_seconds=$((seconds + 10))
wrk -t1 -c"$flood_connections" -d"${flood_seconds}s" --timeout 30s -s "$work/flood.lua" \
    "$base/login" \
    > "$work/flood.txt" &
flood_pid=$!
sleep 5
flooded="$(load /privacy "$seconds")"
wait "$flood_pid"
flooded_p99="$(echo "$flooded" | p99_ms)"
flood_rps="$(rps < "$work/flood.txt")"
flood_errors="$(errors < "$work/flood.txt")"
server_errors="$(tail -n +"$((log_lines + 1))" "$work/server-app.log" |
    grep -c 'Exception' || true)"
say "privacy p99 $flooded_p99 ms during $flood_rps sign-ins/s ($flood_errors non-2xx/3xx)," \
    "$server_errors exception lines in the server log"
stop_server

# --- rows
home_ratio="$(ratio "$home_rps" "$static_rps")"
privacy_ratio="$(ratio "$privacy_rps" "$static_rps")"
profile_ratio="$(ratio "$profile_rps" "$static_rps")"
start_ratio="$(ratio "$app_start_ms" "$empty_start_ms")"
rss_ratio="$(ratio "$app_rss" "$empty_rss")"
flood_ratio="$(ratio "$flooded_p99" "$privacy_p99")"
static_text="$(printf '%.0f' "$static_rps")"
echo "| 1a | home page requests/s ÷ static file | $home_ratio ($home_rps ÷ $static_text/s)," \
     "p99 $home_p99 ms | ≥ 0.45, p99 ≤ 20 ms |" \
     "$(both "$(at_least "$home_ratio" 0.45)" "$(at_most "$home_p99" 20)") |"
echo "| 1b | privacy policy requests/s ÷ static file | $privacy_ratio ($privacy_rps ÷" \
     "$static_text/s), p99 $privacy_p99 ms | ≥ 0.45, p99 ≤ 20 ms |" \
     "$(both "$(at_least "$privacy_ratio" 0.45)" "$(at_most "$privacy_p99" 20)") |"
echo "| 1c | anonymous formless pages with Set-Cookie | ${#with_cookie[@]} of ${#pages[@]}" \
     "${with_cookie[*]:-} | 0 | $([ "${#with_cookie[@]}" = 0 ] && echo yes || echo no) |"
echo "| 2 | signed-in profile requests/s ÷ static file | $profile_ratio ($profile_rps ÷" \
     "$static_text/s) | ≥ 0.20 | $(at_least "$profile_ratio" 0.20) |"
echo "| 3a | start-up to first healthy answer ÷ empty Payara Micro | $start_ratio" \
     "($app_start_ms ÷ $empty_start_ms ms) | ≤ 1.5 | $(at_most "$start_ratio" 1.5) |"
echo "| 3b | idle memory (RSS after full GC) ÷ empty Payara Micro | $rss_ratio ($app_rss ÷" \
     "$empty_rss MB) | ≤ 1.6 | $(at_most "$rss_ratio" 1.6) |"
echo "| 4 | heap per 1,000 signed-in sessions, after full GC | $per_thousand_mb MB" \
     "($open_sessions sessions) | ≤ 5 MB | $(at_most "$per_thousand_mb" 5) |"
echo "| 5 | privacy p99 during a sign-in flood ÷ without | $flood_ratio ($flooded_p99 ÷" \
     "$privacy_p99 ms; $flood_rps sign-ins/s, $flood_errors errors, $server_errors exceptions) |" \
     "≤ 2, no error |" \
     "$(both "$(at_most "$flood_ratio" 2)" "$([ "$((flood_errors + server_errors))" = 0 ] &&
         echo yes || echo no)") |"
