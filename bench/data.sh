#!/usr/bin/env bash
# Erasure and staff search with 10,000 and 100,000 accounts, in one run, on 127.0.0.1 only.
#
#   bench/data.sh       # builds the WAR if missing; prints Markdown table rows
#
# For each size: a first start of the product on an empty embedded database makes the schema and
# the administrator; bench/DataBench.java (JDK single-file launcher) then fills the stopped
# database by JDBC with that many job seekers (account, profile, certifications, a degree,
# consent ledger entries, a policy notice) and, spread among them, accounts of 10, 100 and 1,000
# rows, which it names in the erasure journal. The second start erases them again from the
# journal, each in its own transaction, after a few warm-up erasures; the product logs each
# erasure's rows and milliseconds (ids only). Then the staff account table is timed over HTTP.
# Both sizes run at the same time, one server each, so other load on the machine hits both.
# Rows `| # | measure | result | goal | met |` go to stdout, progress to stderr.
# Settings: BENCH_DATA_PORT (28200, and the next port), BENCH_DATA_SIZES ("10000 100000"),
# BENCH_DATA_REPS (5), BENCH_HEAP (768m, as the run command).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/bench/target/data"
port="${BENCH_DATA_PORT:-28200}"
read -r -a sizes <<< "${BENCH_DATA_SIZES:-10000 100000}"
reps="${BENCH_DATA_REPS:-5}"
heap="${BENCH_HEAP:-768m}"
admin_email="admin@k12jobspot.example"
admin_password="bench-admin-passphrase-long-enough"

java_home="${JAVA_HOME:-}"
if [ -z "$java_home" ] || ! "$java_home/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for candidate in /usr/lib/jvm/*25* /usr/lib/jvm/*21*; do
    if [ -x "$candidate/bin/java" ]; then java_home="$candidate"; break; fi
  done
fi
java="$java_home/bin/java"
export JAVA_HOME="$java_home"
mkdir -p "$work"

war="$root/app-web/target/k12jobspot.war"
if [ ! -f "$war" ]; then
  (cd "$root" && ./mvnw -B -q package -pl app-web -am -DskipTests) >&2
fi
version_of() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$root/pom.xml" | head -1; }
# A copy, so that a build running meanwhile cannot rewrite the WAR under a starting server.
cp "$war" "$work/k12jobspot.war"
war="$work/k12jobspot.war"
micro="$root/bench/target/payara-micro.jar"
if [ ! -f "$micro" ]; then
  (cd "$root" && ./mvnw -B -q dependency:copy \
      -Dartifact="fish.payara.extras:payara-micro:$(version_of payara.version)" \
      -DoutputDirectory="$root/bench/target" -Dmdep.stripVersion=true) >&2
fi
derby_version="$(version_of derby.version)"
classpath=""
for artifact in derby derbyshared derbytools; do
  jar="$work/lib/$artifact.jar"
  if [ ! -f "$jar" ]; then
    (cd "$root" && ./mvnw -B -q dependency:copy \
        -Dartifact="org.apache.derby:$artifact:$derby_version" \
        -DoutputDirectory="$work/lib" -Dmdep.stripVersion=true) >&2
  fi
  classpath="$classpath${classpath:+:}$jar"
done

declare -A server_pids=()
stop_servers() {
  local pid
  for pid in "${server_pids[@]}"; do
    kill -0 "$pid" 2>/dev/null && kill "$pid"
  done
  for pid in "${server_pids[@]}"; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  done
  server_pids=()
}
trap stop_servers EXIT

start_server() { # $1 = size, $2 = port, $3 = log file
  "$java" -Xmx"$heap" -Djava.io.tmpdir="$work" \
      -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS -Dhazelcast.phone.home.enabled=false \
      -Dk12.data.dir="$work/data-$1" -Dk12.port="$2" -Dk12.admin.password="$admin_password" \
      -jar "$micro" --nohazelcast --disablephonehome --port "$2" --contextroot / \
      --prebootcommandfile "$root/app-web/src/main/payara/pre-boot-commands.asadmin" \
      --deploy "$war" > "$3" 2>&1 &
  server_pids[$1]=$!
}

wait_ready() { # $1 = size, $2 = port, $3 = log file
  for _ in $(seq 1 900); do
    if curl -fs "http://127.0.0.1:$2/health" 2>/dev/null | grep -q '"UP"'; then return 0; fi
    kill -0 "${server_pids[$1]}" 2>/dev/null || { echo "Payara stopped; see $3" >&2; exit 1; }
    sleep 1
  done
  echo "Payara did not become ready; see $3" >&2
  exit 1
}

# Both sizes run side by side (one server each, ports $port and $port + 1): whatever else loads
# the machine loads both alike, and the staff search measures them in turn.
start_all() { # $1 = log suffix
  local i=0 size
  for size in "${sizes[@]}"; do
    start_server "$size" $((port + i)) "$work/server-$size$1.log"
    i=$((i + 1))
  done
  i=0
  for size in "${sizes[@]}"; do
    wait_ready "$size" $((port + i)) "$work/server-$size$1.log"
    i=$((i + 1))
  done
}

echo "== schema and administrator (first start)" >&2
for size in "${sizes[@]}"; do rm -rf "$work/data-$size"; done
start_all -schema
stop_servers
for size in "${sizes[@]}"; do
  echo "== seeding $size accounts" >&2
  seed_start=$(date +%s)
  "$java" -cp "$classpath" -Dderby.stream.error.file="$work/derby-seed.log" \
      "$root/bench/DataBench.java" seed "$work/data-$size" "$size" "$reps" >&2
  echo "   seeded in $(( $(date +%s) - seed_start )) s" >&2
done
echo "== erasures at start-up, then staff search" >&2
start_all ""
urls=()
for i in "${!sizes[@]}"; do urls+=("http://127.0.0.1:$((port + i))"); done
"$java" "$root/bench/DataBench.java" search "$admin_email" "$admin_password" "$reps" "${urls[@]}" \
    > "$work/search.txt"
stop_servers

# Per size, "<measure> <median ms>" lines in $work/<size>.txt
for i in "${!sizes[@]}"; do
  size="${sizes[$i]}"
  data="$work/data-$size"
  log="$work/server-$size.log"
  awk -v column=$((i + 2)) '{ print $1, $column }' "$work/search.txt" > "$work/$size.txt"
  # Erasure times by target size, warm-up erasures left out.
  awk 'NR == FNR { size[$2] = $1; next }
       match($0, /Account [0-9a-f-]+ erased \(REPLAYED_AFTER_RESTORE\): [0-9]+ rows in [0-9.]+ ms/) {
         split(substr($0, RSTART, RLENGTH), w, " ")
         id = w[2]; rows = w[5]; ms = w[8]
         if (size[id] != "warm-up") {
           if (rows != size[id]) { print "erasure of " id ": " rows " rows, not " size[id] > "/dev/stderr"; exit 1 }
           print size[id], ms
         }
       }' "$data/bench-targets.txt" "$log" |
    sort -k1,1n -k2,2n |
    awk '{ v[$1] = v[$1] " " $2; n[$1]++ }
         END { for (s in v) { split(substr(v[s], 2), a, " "); m = n[s];
               med = (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2;
               print "erase-" s, med } }' >> "$work/$size.txt"
  if [ "$(grep -c '^erase-' "$work/$size.txt")" -ne 3 ]; then
    echo "erasure times missing; see $log" >&2; exit 1
  fi
  echo "   $size accounts: $(tr '\n' ';' < "$work/$size.txt")" >&2
done

small="${sizes[0]}"; large="${sizes[1]}"
value() { awk -v k="$1" '$1 == k { print $2 }' "$work/$2.txt"; }
row() { # number, words, key, goal ratio
  local a b ratio met
  a="$(value "$3" "$small")"; b="$(value "$3" "$large")"
  ratio="$(echo "scale=2; $b / $a" | bc -l)"
  met="$(echo "$ratio <= $4" | bc -l | sed 's/1/yes/;s/0/no/')"
  printf '| %s | %s: %s / %s accounts | %s ms / %s ms = %s | <= %s | %s |\n' \
      "$1" "$2" "$large" "$small" "$b" "$a" "$ratio" "$4" "$met"
}
row 6a "erasure of an account of 10 rows" erase-10 1.3
row 6b "erasure of an account of 100 rows" erase-100 1.3
row 6c "erasure of an account of 1,000 rows" erase-1000 1.3
grows="$(echo "scale=1; $(value erase-1000 "$large") / $(value erase-10 "$large")" | bc -l)"
printf '| 6d | erasure time grows with the rows, %s accounts: 1,000 rows / 10 rows | %s | > 1 | %s |\n' \
    "$large" "$grows" "$(echo "$grows > 1" | bc -l | sed 's/1/yes/;s/0/no/')"
row 7a "staff account table, first page" first-page 1.3
row 7b "staff account table, newest first (the end of the list)" newest-first 1.3
row 7c "staff account table, Next page 16 to 25 pages deep" deep-page 1.3
row 7d "staff search by a first name (1 in 30 accounts)" first-name 1.3
