# Sourced by ./mvnw and .ci/run: makes JAVA_HOME name a JDK of version 21 or newer.
# Payara Micro 7 refuses older JDKs, and this machine kind's default java is 17.
# Order: JAVA_HOME if it is new enough, else the newest JDK found under /usr/lib/jvm
# (read from each JDK's `release` file). Prints nothing when JAVA_HOME is already fine.

k12_jdk_major() {
  [ -f "$1/release" ] && [ -x "$1/bin/javac" ] || { echo 0; return; }
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  echo "${v:-0}"
}

k12_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ "$(k12_jdk_major "$JAVA_HOME")" -ge 21 ]; then
    return 0
  fi
  best=""
  best_major=0
  case $- in *f*) k12_noglob=1 ;; *) k12_noglob=0 ;; esac
  set +f
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -d "$d" ] || continue
    m=$(k12_jdk_major "$d")
    if [ "$m" -ge 21 ] && [ "$m" -gt "$best_major" ]; then
      best="$d"
      best_major="$m"
    fi
  done
  [ "$k12_noglob" = 1 ] && set -f
  if [ -n "$best" ]; then
    JAVA_HOME="$best"
    export JAVA_HOME
    return 0
  fi
  echo "K12JobSpot needs a JDK of version 21 or newer; none was found." >&2
  echo "Install one (for example: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME." >&2
  return 1
}
