#!/usr/bin/env bash
# Benchmark: faq:validate and faq:package against their floors, whole processes, on several corpus shapes.
# Usage: bench/run.sh [PAGES ...]   (default: 1000 10000). Needs the plugin installed (see REPO below).
#
# Environment:
#   SHAPES="faq short cjk deep"  corpus shapes (generate_site.py --shape): faq is the page shape of the first
#                                benchmarks; short = many short pages; cjk = long CJK paragraphs with many
#                                images; deep = deep nesting of folders, headings, lists and quotes
#   RUNS=3                       each measurement is the median wall time of RUNS runs, with the highest
#                                peak RSS of those runs
#   REPO=/path                   the local repository the plugin was installed into (e.g.
#                                ./mvnw install -Dmaven.repo.local=/tmp/m2); ~/.m2/repository stays a read-only
#                                tail for Maven's own plugins. Unset: Maven's default repository.
#   HUGE=1                       also validates a generated 100,000-page site (about 2 GB of Markdown) with
#                                MAVEN_OPTS=-Xmx1g and reports its time and peak RSS (generating it takes a
#                                few minutes and 4 GB of disk; kept in bench/work)
#   DEFECTS=0.1                  also times a cold run on a copy of each corpus with planted findings
#   LIQUID=0.33                  also times a cold run on a Liquid-heavy copy of each corpus
#   LINT=0                       skips markdownlint-cli2 (run on 1k pages of the faq shape only, or with
#                                LINT_ALL=1 on every size)
# Run it on a quiet machine with MAVEN_OPTS unset: the targets are for default JVM settings.
# Every ratio is printed with its target (issue 17) and PASS or MISS; the last lines sum them up.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/work"
runs="${RUNS:-3}"
sizes=("$@")
[ $# -eq 0 ] && sizes=(1000 10000)
read -r -a shapes <<<"${SHAPES:-faq short cjk deep}"
mvn="$root/mvnw"
mvn_args=(-B -q -o)
if [ -n "${REPO:-}" ]; then
  mvn_args+=("-Dmaven.repo.local=$REPO" "-Dmaven.repo.local.tail=${REPO_TAIL:-$HOME/.m2/repository}")
fi
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | sed -n 1p)"
mkdir -p "$work"

lint_bin="$here/node_modules/.bin/markdownlint-cli2"
if [ "${LINT:-1}" != 0 ] && [ ! -x "$lint_bin" ]; then
  (cd "$here" && npm install --no-save --no-audit --no-fund --prefix "$here" markdownlint-cli2@0.22.1 >/dev/null 2>&1) \
    || echo "markdownlint-cli2 could not be installed: not run" >&2
fi
javac -d "$work" "$here/ReadAll.java"

# measure LABEL DIR CMD... -> prints "median_seconds peak_rss_mb" on stdout, a table row on stderr.
# BEFORE (a shell command) runs in DIR before each timed run. A failing command prints "fail".
measure() {
  local label="$1" dir="$2"; shift 2
  local times=() rss=() failed=""
  for _ in $(seq "$runs"); do
    [ -n "${BEFORE:-}" ] && (cd "$dir" && eval "$BEFORE")
    if ! (cd "$dir" && /usr/bin/time -f "TIME %e %M" "$@" >"$work/out.txt" 2>"$work/err.txt"); then
      failed=1
    fi
    local out
    out=$(grep '^TIME' "$work/err.txt" | tail -1)
    times+=("$(echo "$out" | awk '{print $2}')")
    rss+=("$(echo "$out" | awk '{print $3}')")
  done
  local med mem
  med=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mem=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
  if [ -n "$failed" ]; then
    printf '%-44s FAILED (see %s)\n' "$label" "$work/err.txt" >&2
    tail -5 "$work/out.txt" >&2 || true
    echo "fail 0"
    return
  fi
  printf '%-44s %8.2f s %8d MB\n' "$label" "$med" "$((mem / 1024))" >&2
  echo "$med $((mem / 1024))"
}

noop_pom() {
  mkdir -p "$1"
  cat > "$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>noop</artifactId><version>1</version><packaging>pom</packaging></project>
POM
}

site_pom() {
  cat > "$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>site</artifactId><version>1</version><packaging>pom</packaging>
<properties><project.build.outputTimestamp>2025-01-01T00:00:00Z</project.build.outputTimestamp></properties>
<build><plugins><plugin><groupId>io.github.faqkit</groupId><artifactId>faq-maven-plugin</artifactId>
<version>$version</version><configuration><failOn>never</failOn></configuration></plugin></plugins></build></project>
POM
}

# site_dir SHAPE PAGES [extra generator args...]: the corpus folder, generated once (the faq shape keeps its old name)
site_dir() {
  local shape="$1" n="$2"; shift 2
  local name="site-$n"
  [ "$shape" != faq ] && name="site-$shape-$n"
  [ $# -gt 0 ] && name="$name-$(echo "$*" | tr -d ' -')"
  local dir="$work/$name"
  if [ ! -f "$dir/_config.yml" ]; then
    python3 "$here/generate_site.py" "$dir" "$n" 42 --shape "$shape" "$@" >&2
  fi
  site_pom "$dir"
  echo "$dir"
}

summary=()
misses=0
# check LABEL VALUE TARGET (VALUE <= TARGET passes): one line with PASS/MISS, kept for the summary
check() {
  local label="$1" value="$2" target="$3" verdict
  if [ "$value" = fail ]; then
    verdict=MISS
  elif [ "$(echo "$value <= $target" | bc -l)" = 1 ]; then
    verdict=PASS
  else
    verdict=MISS
  fi
  [ "$verdict" = MISS ] && misses=$((misses + 1))
  local line
  line=$(printf '  %-52s %8s  target <= %-6s %s' "$label" "$value" "$target" "$verdict")
  echo "$line" >&2
  summary+=("$line")
}

ratio() {
  if [ "$1" = fail ] || [ "$2" = fail ]; then echo fail; else printf '%.2f' "$(echo "$1 / $2" | bc -l)"; fi
}

noop_dir="$work/noop"
noop_pom "$noop_dir"
declare -A coldby
for n in "${sizes[@]}"; do
  echo "== $n pages ==" >&2
  read -r noop _ < <(measure "maven no-op" "$noop_dir" "$mvn" "${mvn_args[@]}" validate)
  # what any plugin goal costs on top of that (its descriptor, dependencies and class realm): context for
  # the nothing-changed ratio, whose target is against the bare no-op
  read -r goal _ < <(measure "maven, one goal doing nothing (clean)" "$noop_dir" \
    "$mvn" "${mvn_args[@]}" org.apache.maven.plugins:maven-clean-plugin:3.5.0:clean)
  for shape in "${shapes[@]}"; do
    site=$(site_dir "$shape" "$n")
    mb=$(du -sm --exclude=pics --exclude=target --exclude=noop "$site" | cut -f1)
    echo "-- $shape, $n pages ($mb MB of Markdown) --" >&2
    read -r readall _ < <(measure "JVM read-all" "$site" java -cp "$work" ReadAll "$site")
    floor=$(echo "$noop + $readall" | bc -l)
    BEFORE="rm -rf target/faq"
    read -r cold coldrss < <(measure "faq:validate (cold)" "$site" "$mvn" "${mvn_args[@]}" faq:validate)
    coldby[$shape.$n]="$cold"
    if [ -n "${DEFECTS:-}" ]; then
      dsite=$(site_dir "$shape" "$n" --defects "$DEFECTS")
      measure "faq:validate (cold, defects $DEFECTS)" "$dsite" "$mvn" "${mvn_args[@]}" faq:validate >/dev/null
    fi
    if [ -n "${LIQUID:-}" ]; then
      lsite=$(site_dir "$shape" "$n" --liquid "$LIQUID")
      measure "faq:validate (cold, Liquid $LIQUID)" "$lsite" "$mvn" "${mvn_args[@]}" faq:validate >/dev/null
    fi
    BEFORE=""
    read -r warm warmrss < <(measure "faq:validate (nothing changed)" "$site" "$mvn" "${mvn_args[@]}" faq:validate)
    first=$(cd "$site" && find docs -name 'p*.md' | sort | sed -n 1p)
    BEFORE="touch $first"
    read -r touched _ < <(measure "faq:validate (one page touched)" "$site" "$mvn" "${mvn_args[@]}" faq:validate)
    # an edit changes the content: the run record no longer matches
    cp "$site/$first" "$work/edited.orig"
    BEFORE="printf '\\nEdited.\\n' >> $first"
    read -r edited editedrss < <(measure "faq:validate (one page edited)" "$site" "$mvn" "${mvn_args[@]}" faq:validate)
    # the same without the page cache (on by default): every page is read and parsed
    read -r cedited _ < <(measure "faq:validate -Dfaq.cache=false, one edited" "$site" \
      "$mvn" "${mvn_args[@]}" faq:validate -Dfaq.cache=false)
    BEFORE=""
    cp "$work/edited.orig" "$site/$first"
    (cd "$site" && "$mvn" "${mvn_args[@]}" faq:validate >/dev/null 2>&1 || true)
    read -r pkg pkgrss < <(measure "faq:package (after faq:validate)" "$site" "$mvn" "${mvn_args[@]}" faq:package)
    # level 0 stores every entry, as the jar tool below does
    read -r pkg0 _ < <(measure "faq:package, compressionLevel=0" "$site" \
      "$mvn" "${mvn_args[@]}" faq:package -Dfaq.compressionLevel=0)
    read -r jartool _ < <(measure "jar tool (stored, same files)" "$site" \
      jar -c -0 -M -f "$work/jar.zip" -C "$site" docs -C "$site" pics)
    lint=""
    if [ -x "$lint_bin" ] && [ "${LINT:-1}" != 0 ] && [ "$shape" = faq ] && { [ "$n" -le 1000 ] || [ -n "${LINT_ALL:-}" ]; }; then
      # it exits 1 when it finds something, as it does on these pages: only a higher code is a failure
      read -r lint _ < <(measure "markdownlint-cli2" "$site" \
        sh -c '"$0" "docs/**/*.md" >/dev/null; [ $? -le 1 ]' "$lint_bin")
    fi
    echo "ratios ($shape, $n pages):" >&2
    cold_target=2.0
    [ "$n" -le 1000 ] && cold_target=1.8
    check "$shape $n: cold faq:validate / floor" "$(ratio "$cold" "$floor")" "$cold_target"
    check "$shape $n: nothing changed / Maven no-op" "$(ratio "$warm" "$noop")" 1.3
    if [ "$n" -ge 10000 ]; then
      check "$shape $n: one page edited / cold" "$(ratio "$edited" "$cold")" 0.5
    else
      printf '  %-52s %8s  (target on 10k pages)\n' "$shape $n: one page edited / cold" "$(ratio "$edited" "$cold")" >&2
    fi
    printf '  %-52s %8s\n' "$shape $n: nothing changed / Maven, one goal" "$(ratio "$warm" "$goal")" >&2
    printf '  %-52s %8s\n' "$shape $n: one page touched / Maven no-op" "$(ratio "$touched" "$noop")" >&2
    printf '  %-52s %8s\n' "$shape $n: edited with -Dfaq.cache=false / cold" "$(ratio "$cedited" "$cold")" >&2
    peak=$(printf '%s\n' "$coldrss" "$warmrss" "$editedrss" | sort -n | tail -1)
    check "$shape $n: peak RSS of faq:validate (MB)" "$peak" 512
    printf '  %-52s %8s\n' "$shape $n: faq:package (level 1) / jar (peak $pkgrss MB)" "$(ratio "$pkg" "$jartool")" >&2
    check "$shape $n: faq:package, level 0 / jar tool, stored" "$(ratio "$pkg0" "$jartool")" 2.5
    [ -n "$lint" ] && printf '  %-52s %8s\n' "$shape $n: markdownlint-cli2 / faq:validate" "$(ratio "$lint" "$cold")" >&2
  done
done
for shape in "${shapes[@]}"; do
  c1="${coldby[$shape.1000]:-}"; c10="${coldby[$shape.10000]:-}"
  if [ -n "$c1" ] && [ -n "$c10" ] && [ "$c1" != fail ] && [ "$c10" != fail ]; then
    printf 'linearity (%s): cold 10k / cold 1k = %.2f\n' "$shape" "$(echo "$c10 / $c1" | bc -l)" >&2
  fi
done

if [ -n "${HUGE:-}" ]; then
  n=100000
  site=$(site_dir faq "$n")
  mb=$(du -sm --exclude=pics --exclude=target --exclude=noop "$site" | cut -f1)
  echo "== $n pages ($mb MB of Markdown), MAVEN_OPTS=-Xmx1g ==" >&2
  runs=1
  export MAVEN_OPTS=-Xmx1g
  BEFORE="rm -rf target/faq"
  read -r hcold hrss < <(measure "faq:validate (cold), -Xmx1g" "$site" "$mvn" "${mvn_args[@]}" faq:validate)
  BEFORE=""
  measure "faq:validate (nothing changed), -Xmx1g" "$site" "$mvn" "${mvn_args[@]}" faq:validate >/dev/null
  verdict=PASS
  [ "$hcold" = fail ] && verdict=MISS && misses=$((misses + 1))
  line=$(printf '  %-52s %8s s, peak RSS %s MB  %s' "faq $n: cold faq:validate with -Xmx1g" "$hcold" "$hrss" "$verdict")
  echo "$line" >&2
  summary+=("$line")
fi

echo "== targets (issue 17) ==" >&2
printf '%s\n' "${summary[@]}" >&2
echo "$misses target(s) missed" >&2
