"""PDF rendering for the desk app in a separate process. Rendering subsets large fonts (the CJK face
above all) and allocates millions of small objects; the garbage collector's full passes over them
hold the interpreter lock for 50–120 ms at a time, which froze the window although the work ran in
a worker thread. One spawned process, started on first use and kept (its fonts stay loaded), takes
that work off the app's interpreter."""

from __future__ import annotations

import atexit
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from verification.report.content import AuditStamp, ReportContent
from verification.report.errors import ReportError
from verification.report.export import render_here
from verification.report.fonts import ReportFonts

TIMEOUT_S = 180
_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()


def _executor() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        return _pool


def render_elsewhere(content: ReportContent, stamp: AuditStamp, fonts: ReportFonts, demo: bool) -> bytes:
    """`export_case_report`'s renderer, called from a worker thread; waits for the PDF bytes."""
    global _pool
    try:
        return _executor().submit(render_here, content, stamp, fonts, demo).result(timeout=TIMEOUT_S)
    except BrokenProcessPool as exc:  # the renderer died (killed, out of memory): start afresh next time
        with _lock:
            _pool = None
        raise ReportError(f"the report renderer stopped unexpectedly ({exc}); try again") from exc


def _preload() -> bool:
    """In the renderer: find and check the fonts once, so the first report is as quick as the rest."""
    from verification.report.fonts import report_fonts

    report_fonts()
    return True


def warm_up() -> None:
    """Start the renderer and load its fonts ahead of the first report (the app calls it in a
    background thread at start-up: starting a process costs the window a brief hitch, better
    taken before anyone signs in than while an officer waits for a report). Failures are left for
    the first real report to report."""
    try:
        _executor().submit(_preload).result(timeout=TIMEOUT_S)
    except Exception:  # the report itself will say what is wrong
        return


def shutdown() -> None:
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


atexit.register(shutdown)
