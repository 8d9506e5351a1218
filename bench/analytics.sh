#!/usr/bin/env bash
# Public-page throughput with analytics on and off, in one run, on 127.0.0.1 only.
#
#   bench/analytics.sh            # builds the WAR if missing, then measures
#   bench/analytics.sh --row      # the same, with only a Markdown row on stdout (for bench/run)
#
# Starts Payara Micro twice with the run command's safe options (no Hazelcast, no phone-home,
# single-threaded start-up, loopback-only listener), once with K12_ANALYTICS_ENABLED=false and once
# with it true, measures each with wrk (Debian package "wrk") after a warm-up, and prints the ratio
# on/off. The goal is 0.95 or more. Settings: BENCH_PORT (28090), BENCH_SECONDS (20),
# BENCH_CONNECTIONS (16), BENCH_THREADS (2), BENCH_PATH (/privacy), BENCH_ROUNDS (2),
# BENCH_HEAP (768m, as the run command).
set -euo pipefail

row=false
if [ "${1:-}" = --row ]; then
  row=true
  exec 3>&1 1>&2 # everything but the row goes to stderr
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/bench/target"
port="${BENCH_PORT:-28090}"
seconds="${BENCH_SECONDS:-20}"
connections="${BENCH_CONNECTIONS:-16}"
threads="${BENCH_THREADS:-2}"
path="${BENCH_PATH:-/privacy}"
rounds="${BENCH_ROUNDS:-2}"
heap="${BENCH_HEAP:-768m}"
agent="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
java_home="${JAVA_HOME:-}"
if [ -z "$java_home" ] || ! "$java_home/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for candidate in /usr/lib/jvm/*25* /usr/lib/jvm/*21*; do
    if [ -x "$candidate/bin/java" ]; then java_home="$candidate"; break; fi
  done
fi
java="$java_home/bin/java"
mkdir -p "$work"

war="$root/app-web/target/k12jobspot.war"
if [ ! -f "$war" ]; then
  (cd "$root" && ./mvnw -B -q package -pl app-web -am -DskipTests)
fi
payara_version="$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$root/pom.xml")"
micro="$work/payara-micro.jar"
if [ ! -f "$micro" ]; then
  (cd "$root" && ./mvnw -B -q dependency:copy \
      -Dartifact="fish.payara.extras:payara-micro:$payara_version" \
      -DoutputDirectory="$work" -Dmdep.stripVersion=true)
fi

server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    for _ in $(seq 1 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$server_pid" 2>/dev/null && kill -9 "$server_pid"
  fi
  server_pid=""
}
trap stop_server EXIT

start_server() { # $1 = true|false
  local data="$work/data-$1"
  rm -rf "$data"
  "$java" -Xmx"$heap" -Xlog:gc:file="$work/gc-$1.log" -Djava.io.tmpdir="$work" \
      -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS -Dhazelcast.phone.home.enabled=false \
      -Dk12.data.dir="$data" -Dk12.port="$port" -Dk12.analytics.enabled="$1" \
      -Dk12.admin.password=bench-admin-passphrase-long-enough \
      -jar "$micro" --nohazelcast --disablephonehome --port "$port" --contextroot / \
      --prebootcommandfile "$root/app-web/src/main/payara/pre-boot-commands.asadmin" \
      --deploy "$war" > "$work/server-$1.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:$port/health" 2>/dev/null | grep -q '"UP"'; then return 0; fi
    kill -0 "$server_pid" 2>/dev/null || { echo "Payara stopped; see $work/server-$1.log" >&2; exit 1; }
    sleep 1
  done
  echo "Payara did not become ready; see $work/server-$1.log" >&2
  exit 1
}

cpu_ticks() { # user + system clock ticks the server has used so far
  awk '{print $14 + $15}' "/proc/$server_pid/stat"
}

measure() { # prints "requests/s cpu-ms-per-request"
  local before after out
  before="$(cpu_ticks)"
  out="$(wrk -t"$threads" -c"$connections" -d"${seconds}s" -H "User-Agent: $agent" \
      "http://127.0.0.1:$port$path")"
  after="$(cpu_ticks)"
  local rps requests
  rps="$(echo "$out" | awk '/Requests\/sec/ {print $2}')"
  requests="$(echo "$out" | awk '/requests in/ {print $1}')"
  echo "$rps $(echo "scale=3; ($after - $before) * 1000 / $(getconf CLK_TCK) / $requests" | bc -l)"
}

declare -A total=([true]=0 [false]=0)
declare -A cpu_total=([true]=0 [false]=0)
for round in $(seq 1 "$rounds"); do
  for mode in false true; do
    start_server "$mode"
    if [ "$mode" = true ]; then
      # Steady state: the user-agent parser is built in the background after start-up.
      for _ in $(seq 1 120); do
        grep -q "User-agent parser ready" "$work/server-$mode.log" && break
        sleep 1
      done
    fi
    # Warm-up: JIT and Faces.
    wrk -t"$threads" -c"$connections" -d10s -H "User-Agent: $agent" \
        "http://127.0.0.1:$port$path" > /dev/null
    read -r rps cpu <<< "$(measure)"
    rss="$(ps -o rss= -p "$server_pid" | awk '{printf "%d", $1/1024}')"
    echo "round $round, analytics $mode: $rps requests/s, $cpu ms server CPU per request," \
         "server RSS ${rss} MB"
    total[$mode]="$(echo "${total[$mode]} + $rps" | bc -l)"
    cpu_total[$mode]="$(echo "${cpu_total[$mode]} + $cpu" | bc -l)"
    stop_server
  done
done

ratio="$(echo "scale=3; ${total[true]} / ${total[false]}" | bc -l | sed 's/^\./0./')"
cpu_ratio="$(echo "scale=3; ${cpu_total[false]} / ${cpu_total[true]}" | bc -l | sed 's/^\./0./')"
echo "server CPU per request without analytics / with: $cpu_ratio (less sensitive to other load)"
echo "throughput with analytics / without: $ratio (goal >= 0.95)"
if [ "$row" = true ]; then
  met="$([ "$(echo "$ratio >= 0.95" | bc -l)" = 1 ] && echo yes || echo no)"
  echo "| A | public page requests/s with analytics on ÷ off | $ratio (server CPU per request" \
       "off ÷ on: $cpu_ratio) | ≥ 0.95 | $met |" >&3
fi
