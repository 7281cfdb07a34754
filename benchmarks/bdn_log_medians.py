#!/usr/bin/env python3
"""Print the median and range of each case in a BenchmarkDotNet console log, as Markdown rows.

Reads the "// Benchmark:" headers, the "WorkloadResult" lines and the MemoryDiagnoser's
"// GC:" line of each case, so a run that was stopped part-way still yields the cases it
finished. Standard library only.

Usage: python3 bdn_log_medians.py LOG
"""

import re
import statistics
import sys

HEADER = re.compile(r"^// Benchmark: (\S+): .*\[(.*)\]$")
RESULT = re.compile(r"^WorkloadResult\s+\d+: (\d+) op, ([\d.]+) ns")
GC = re.compile(r"^// GC:\s+\d+ \d+ \d+ (\d+) (\d+)$")


def main(path):
    case = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if match := HEADER.match(line):
            case = {"name": match.group(1), "params": match.group(2), "times": []}
        elif case and (match := RESULT.match(line)):
            case["times"].append(float(match.group(2)) / int(match.group(1)))
        elif case and (match := GC.match(line)) and case["times"]:
            allocated = int(match.group(1)) / int(match.group(2))
            times = case["times"]
            print(f"| {case['name']} | {case['params']} | {format_time(statistics.median(times))} | "
                  f"{format_time(min(times))}-{format_time(max(times))} | {len(times)} | "
                  f"{allocated / 1024:,.1f} |")
            case = None


def format_time(nanoseconds):
    if nanoseconds >= 1e9:
        return f"{nanoseconds / 1e9:.2f} s"
    if nanoseconds >= 1e6:
        return f"{nanoseconds / 1e6:.2f} ms"
    return f"{nanoseconds / 1e3:.1f} us"


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: bdn_log_medians.py LOG")
    main(sys.argv[1])
