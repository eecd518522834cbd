#!/usr/bin/env bash
# Benchmark: faq:validate against its floor and against markdownlint-cli2, whole processes.
# Usage: bench/run.sh [PAGES ...]   (default: 1000 10000). Needs the plugin installed (./mvnw install).
# DEFECTS=0.1 also times a cold run on a copy of each corpus with planted findings (generate_site.py --defects).
# LIQUID=0.33 also times a cold run on a Liquid-heavy copy (that share of pages use includes, a data loop and
# page variables: generate_site.py --liquid).
# Each measurement is the median of RUNS runs (default 3) of wall time, with the peak RSS of that run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/work"
runs="${RUNS:-3}"
sizes=("${@:-1000 10000}")
[ $# -eq 0 ] && sizes=(1000 10000)
mvn="$root/mvnw"
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)"
mkdir -p "$work"

if [ ! -x "$here/node_modules/.bin/markdownlint-cli2" ]; then
  (cd "$here" && npm install --no-save --no-audit --no-fund --prefix "$here" markdownlint-cli2@0.22.1 >/dev/null)
fi
javac -d "$work" "$here/ReadAll.java"

# time_cmd LABEL DIR CMD... -> prints "median_seconds peak_rss_mb" and records a row
measure() {
  local label="$1" dir="$2"; shift 2
  local times=() rss=()
  for _ in $(seq "$runs"); do
    [ -n "${BEFORE:-}" ] && (cd "$dir" && eval "$BEFORE")
    local out
    out=$( { cd "$dir" && /usr/bin/time -f "TIME %e %M" "$@" >/dev/null 2>"$work/err.txt"; } 2>&1 || true)
    out=$(grep '^TIME' "$work/err.txt" | tail -1)
    times+=("$(echo "$out" | awk '{print $2}')")
    rss+=("$(echo "$out" | awk '{print $3}')")
  done
  local med
  med=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  local mem
  mem=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
  printf '%-34s %8.2f s %8d MB\n' "$label" "$med" "$((mem / 1024))" >&2
  echo "$med"
}

noop_pom() {
  cat > "$1/noop/pom.xml" <<POM
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

declare -A result
for n in "${sizes[@]}"; do
  site="$work/site-$n"
  if [ ! -f "$site/_config.yml" ]; then
    python3 "$here/generate_site.py" "$site" "$n" 42 >&2
  fi
  mkdir -p "$site/noop"; noop_pom "$site"; site_pom "$site"
  mb=$(du -sm --exclude=pics --exclude=target "$site" | cut -f1)
  echo "== $n pages ($mb MB of Markdown) ==" >&2
  noop=$(measure "maven no-op" "$site/noop" "$mvn" -B -q -o validate)
  read=$(measure "JVM read-all" "$site" java -cp "$work" ReadAll "$site")
  floor=$(echo "$noop + $read" | bc -l)
  # BEFORE runs before each timed run of the next measurement only.
  BEFORE="rm -rf target/faq"
  cold=$(measure "faq:validate (cold)" "$site" "$mvn" -B -q -o faq:validate)
  if [ -n "${DEFECTS:-}" ]; then
    # the same corpus with planted findings (DEFECTS=0.1: thousands of them), to time the reports
    dsite="$work/site-$n-defects-$DEFECTS"
    [ -f "$dsite/_config.yml" ] || python3 "$here/generate_site.py" "$dsite" "$n" 42 --defects "$DEFECTS" >&2
    site_pom "$dsite"
    measure "faq:validate (cold, defects $DEFECTS)" "$dsite" "$mvn" -B -q -o faq:validate >/dev/null
  fi
  if [ -n "${LIQUID:-}" ]; then
    lsite="$work/site-$n-liquid-$LIQUID"
    [ -f "$lsite/_config.yml" ] || python3 "$here/generate_site.py" "$lsite" "$n" 42 --liquid "$LIQUID" >&2
    site_pom "$lsite"
    measure "faq:validate (cold, Liquid $LIQUID)" "$lsite" "$mvn" -B -q -o faq:validate >/dev/null
  fi
  BEFORE=""
  warm=$(measure "faq:validate (nothing changed)" "$site" "$mvn" -B -q -o faq:validate)
  BEFORE="touch docs/s00/g00/p00000.md"
  touched=$(measure "faq:validate (one page touched)" "$site" "$mvn" -B -q -o faq:validate)
  # an edit changes the content: the run record no longer matches and every page is checked again
  cp "$site/docs/s00/g00/p00000.md" "$work/p00000.md.orig"
  BEFORE="printf '\\nEdited.\\n' >> docs/s00/g00/p00000.md"
  edited=$(measure "faq:validate (one page edited)" "$site" "$mvn" -B -q -o faq:validate)
  # the same with the opt-in page cache (primed once): only the edited page is parsed
  (cd "$site" && "$mvn" -B -q -o faq:validate -Dfaq.cache=true >/dev/null 2>&1 || true)
  cedited=$(measure "faq:validate -Dfaq.cache=true, one edited" "$site" "$mvn" -B -q -o faq:validate -Dfaq.cache=true)
  BEFORE=""
  cp "$work/p00000.md.orig" "$site/docs/s00/g00/p00000.md"
  (cd "$site" && "$mvn" -B -q -o faq:validate >/dev/null 2>&1 || true)
  pkg=$(measure "faq:package (after faq:validate)" "$site" "$mvn" -B -q -o faq:package)
  # level 0 stores every entry, as the jar tool below does
  pkg0=$(measure "faq:package, compressionLevel=0" "$site" "$mvn" -B -q -o faq:package -Dfaq.compressionLevel=0)
  jartool=$(measure "jar tool (stored, same files)" "$site" jar -c -0 -M -f "$work/jar-$n.zip" -C "$site" docs -C "$site" pics)
  if [ "$n" -le 1000 ] || [ -n "${LINT_ALL:-}" ]; then
    lint=$(measure "markdownlint-cli2" "$site" "$here/node_modules/.bin/markdownlint-cli2" "docs/**/*.md")
  else
    lint=""
  fi
  printf 'ratios (%d pages): cold/floor %.2f, unchanged/no-op %.2f, touched/no-op %.2f, edited/no-op %.2f (page cache %.2f), package/jar %.2f (level 0: %.2f)%s\n' "$n" \
    "$(echo "$cold / $floor" | bc -l)" "$(echo "$warm / $noop" | bc -l)" "$(echo "$touched / $noop" | bc -l)" \
    "$(echo "$edited / $noop" | bc -l)" "$(echo "$cedited / $noop" | bc -l)" \
    "$(echo "$pkg / $jartool" | bc -l)" "$(echo "$pkg0 / $jartool" | bc -l)" \
    "$( [ -n "$lint" ] && printf ', markdownlint/validate %.1f' "$(echo "$lint / $cold" | bc -l)")"
  result[$n]="$cold $noop"
done
if [ -n "${result[1000]:-}" ] && [ -n "${result[10000]:-}" ]; then
  read c1 n1 <<<"${result[1000]}"; read c10 n10 <<<"${result[10000]}"
  printf 'linearity: (10k - maven) / (1k - maven) = %.2f\n' "$(echo "($c10 - $n10) / ($c1 - $n1)" | bc -l)"
fi
