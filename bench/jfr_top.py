#!/usr/bin/env python3
"""Sums up a JFR recording of a faq:validate run: where the CPU samples and the allocated bytes are.

Usage: bench/jfr_top.py RECORDING.jfr [ROWS]

Record a cold run first, e.g. on a bench corpus (the run record and the page cache off, so every page is parsed):
  MAVEN_OPTS=-XX:StartFlightRecording=filename=/tmp/x.jfr,settings=profile \
    ./mvnw -q -o -Dfaq.incremental=false -Dfaq.cache=false -f bench/work/site-1000/pom.xml faq:validate

Prints, for CPU samples (jdk.ExecutionSample) and for allocation samples (jdk.ObjectAllocationSample, weighted by
the bytes each sample stands for): the top frames themselves, the first frame of the plugin's own code
(io.github.faqkit) on each stack, methods by inclusive share, and for allocations the class allocated with the
plugin frame that asked for it. JIT compiler and GC threads are not sampled: shares are of the Java threads' work.
Needs the JDK's `jfr` tool on the PATH.
"""
import collections
import re
import subprocess
import sys

OURS = "io.github.faqkit."
UNITS = {"bytes": 1, "byte": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}


def events(recording, kind):
    """Yields (frames, weight, objectClass) for each event of KIND; frames innermost first, without line numbers."""
    out = subprocess.run(
        ["jfr", "print", "--events", kind, "--stack-depth", "64", recording],
        check=True, capture_output=True, text=True).stdout
    for chunk in out.split("\njdk.")[0:]:
        m = re.search(r"stackTrace = \[(.*?)\n\s*\]", chunk, re.S)
        if not m:
            continue
        frames = [re.sub(r"\s+line:.*", "", f.strip()) for f in m.group(1).strip().split("\n")]
        frames = [f for f in frames if f and f != "..."]
        weight = 1.0
        w = re.search(r"weight = ([\d.,]+) (\w+)", chunk)
        if w:
            weight = float(w.group(1).replace(",", "")) * UNITS.get(w.group(2), 1)
        c = re.search(r"objectClass = (\S+)", chunk)
        yield frames, weight, c.group(1) if c else None


def table(title, counter, total, rows):
    print(f"-- {title}")
    for key, value in counter.most_common(rows):
        print(f"{100 * value / total:6.1f} %  {key}")


def summarise(recording, kind, unit, rows):
    own, first_ours, inclusive, by_class = (collections.Counter() for _ in range(4))
    total = 0.0
    for frames, weight, cls in events(recording, kind):
        total += weight
        if not frames:
            continue
        own[frames[0]] += weight
        ours = next((f for f in frames if f.startswith(OURS)), None)
        if ours:
            first_ours[ours] += weight
        for method in {f.split("(")[0] for f in frames}:
            inclusive[method] += weight
        if cls:
            by_class[f"{cls} @ {ours or frames[0]}"] += weight
    if total == 0:
        print(f"== {kind}: no events (record with settings=profile)")
        return
    shown = f"{total / 1e6:.0f} MB sampled" if unit == "bytes" else f"{total:.0f} samples"
    print(f"== {kind}: {shown}")
    table("top frame", own, total, rows)
    table("first plugin frame", first_ours, total, rows)
    table("inclusive (plugin methods)", collections.Counter(
        {k: v for k, v in inclusive.items() if k.startswith(OURS)}), total, rows)
    if by_class:
        table("class allocated @ first plugin frame", by_class, total, rows)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    summarise(sys.argv[1], "jdk.ExecutionSample", "samples", rows)
    print()
    summarise(sys.argv[1], "jdk.ObjectAllocationSample", "bytes", rows)


if __name__ == "__main__":
    main()
