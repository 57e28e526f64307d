#!/usr/bin/env python3
"""Measures the preview's edit-to-served latency on a site (e.g. a generated 10k corpus).

    scripts/serve-latency.py SITE_DIR [RUNS]

Starts `java -jar target/briefkit.jar serve` on SITE_DIR, then RUNS times: appends a unique
sentence to one talking point and polls its page until the sentence is served. Prints each time,
the median, and the time of a full rebuild (site.yml touched). The edited files are restored.
Standard library only.
"""
import os, statistics, subprocess, sys, time, urllib.request

site = os.path.abspath(sys.argv[1]); runs = int(sys.argv[2]) if len(sys.argv) > 2 else 11
jar = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "briefkit.jar")
tps = sorted(os.listdir(os.path.join(site, "content", "talking-points")))
proc = subprocess.Popen(["java", "-jar", jar, "serve", "--source", site, "--port", "18313"],
                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
url = None
for line in proc.stdout:
    print("  serve:", line.rstrip())
    if line.startswith("Serving"):
        url = line.split(" at ")[1].split(" ")[0]
        break

def fetch(path):
    with urllib.request.urlopen(url + path, timeout=10) as r:
        return r.read().decode("utf-8")

def wait_for(path, text, limit=30):
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < limit:
        if text in fetch(path):
            return time.perf_counter() - t0
        time.sleep(0.002)
    raise SystemExit("never served: " + text)

times = []
try:
    for i in range(runs):
        name = tps[(i * 97) % len(tps)]
        path = os.path.join(site, "content", "talking-points", name)
        page = "talking-points/" + name[:-3].lower() + "/index.html"
        original = open(path, encoding="utf-8").read()
        marker = "Latency marker %d %d." % (i, time.time_ns())
        fetch(page)
        t0 = time.perf_counter()
        with open(path, "w", encoding="utf-8") as f:
            f.write(original + "\n" + marker + "\n")
        while marker not in fetch(page):
            time.sleep(0.002)
        times.append((time.perf_counter() - t0) * 1000)
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        time.sleep(0.5)
    print("edit to served (ms):", " ".join("%.0f" % t for t in times))
    print("median: %.0f ms" % statistics.median(times))
    yml = os.path.join(site, "site.yml")
    original = open(yml, encoding="utf-8").read()
    marker = "Full rebuild %d" % time.time_ns()
    t0 = time.perf_counter()
    with open(yml, "w", encoding="utf-8") as f:
        f.write(original.replace("title: ", "title: " + marker + " ", 1))
    while marker not in fetch("index.html"):
        time.sleep(0.01)
    print("full rebuild (site.yml changed) to served: %.0f ms" % ((time.perf_counter() - t0) * 1000))
    with open(yml, "w", encoding="utf-8") as f:
        f.write(original)
finally:
    proc.terminate()
    proc.wait()
