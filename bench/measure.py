"""Measuring helpers: latency statistics, peak memory of a process tree, worker processes.

Every heavy measurement runs in a fresh worker process (`python -m bench.workers KIND`),
so that one measurement's memory, caches and forked spaCy workers never leak into the
next, and so the parent can sample the peak memory of the whole process tree (spaCy's
`n_process` children included) without disturbing it.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psutil

MB = 1024 * 1024
BENCH_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class Latency:
    calls: int
    median_ms: float
    p95_ms: float
    max_ms: float
    rows: int  # what the last call returned, to show the call did real work
    cpu_median_ms: float  # CPU time of the process: what the call costs on an idle machine


def time_calls(
    call: Callable[[], object], *, min_calls: int = 5, max_calls: int = 50, budget_s: float = 3.0
) -> Latency:
    """Call `call` repeatedly (one untimed warm-up first) and summarise the latencies.

    Stops after `max_calls`, or after `budget_s` once `min_calls` are done, so a slow
    query at 50k documents cannot stall the whole run.
    """
    result = call()
    times: list[float] = []
    cpu: list[float] = []
    started = time.perf_counter()
    while len(times) < max_calls:
        t0, c0 = time.perf_counter(), time.process_time()
        result = call()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        if len(times) >= min_calls and time.perf_counter() - started > budget_s:
            break
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    rows = len(result) if isinstance(result, list | tuple | dict) else 0
    return Latency(
        len(times),
        statistics.median(times) * 1000,
        p95 * 1000,
        times[-1] * 1000,
        rows,
        statistics.median(cpu) * 1000,
    )


class TreeMemory:
    """Samples the memory of a process and all its descendants in a background thread.

    `peak_rss` adds the RSS of every process, which counts pages that forked spaCy
    workers share with their parent more than once: an upper bound, the conservative
    figure to hold against an aim. `peak_pss` (proportional set size) counts each
    shared page once, split between its sharers: what the tree really costs.
    """

    def __init__(self, pid: int, interval: float = 0.25, pss_every: int = 8) -> None:
        self.root = psutil.Process(pid)
        self.interval = interval
        # PSS reads /proc/PID/smaps: costly, so less often; 0: never (reading a process's
        # smaps holds its memory map's lock, which can stall the process being timed)
        self.pss_every = pss_every
        self._samples = 0
        self.peak_rss = 0
        self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def sample(self) -> None:
        try:
            processes = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return
        self._samples += 1
        with_pss = bool(self.pss_every) and self._samples % self.pss_every == 1
        rss = pss = 0
        for process in processes:
            try:
                if with_pss:
                    info = process.memory_full_info()
                    pss += proportional_size(info)
                else:
                    info = process.memory_info()
            except psutil.Error:
                continue
            rss += info.rss
        self.peak_rss = max(self.peak_rss, rss)
        if with_pss:
            self.peak_pss = max(self.peak_pss, pss)


def proportional_size(info: object) -> int:
    """A `memory_full_info()`'s PSS, or its RSS where the platform has no PSS."""
    return int(getattr(info, "pss", info.rss))  # type: ignore[attr-defined]


def descendants_pss(process: psutil.Process) -> int:
    """The PSS of `process`'s descendants, bytes; a process gone or unreadable counts 0."""
    total = 0
    for child in process.children(recursive=True):
        try:
            total += proportional_size(child.memory_full_info())
        except psutil.Error:
            continue
    return total


def run_worker(
    kind: str,
    args: dict,
    *,
    env: dict[str, str] | None = None,
    timeout: float | None = None,
    pss: bool = True,
) -> dict:
    """Run `python -m bench.workers KIND ARGS_JSON`; its last stdout line is its JSON result.

    The result gains `peak_rss_mb` and, with `pss`, `peak_pss_mb` of the worker's
    process tree.
    """
    command = [sys.executable, "-m", "bench.workers", kind, json.dumps(args)]
    process = subprocess.Popen(
        command,
        cwd=BENCH_ROOT,
        stdout=subprocess.PIPE,
        env={**os.environ, **(env or {})},
        text=True,
    )
    with TreeMemory(process.pid, pss_every=8 if pss else 0) as memory:
        stdout, _ = process.communicate(timeout=timeout)
    if process.returncode != 0:
        raise RuntimeError(f"bench worker {kind} failed (exit {process.returncode})")
    lines = [line for line in stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"bench worker {kind} printed no result")
    result = json.loads(lines[-1])
    result["peak_rss_mb"] = memory.peak_rss / MB
    if pss:
        result["peak_pss_mb"] = memory.peak_pss / MB
    return result


def folder_size(path: Path) -> int:
    """Bytes of a file, or of every file under a folder (an index is its db plus WAL)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
