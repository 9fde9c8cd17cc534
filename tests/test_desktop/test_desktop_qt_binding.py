"""The Qt binding itself: PySide6 6.12.0 released a reference to True (or False) on every signal
emit, so a desk app that emits a few hundred signals — a verification with progress — aborted the
interpreter ("bool_dealloc: deallocating True or False"). pyproject.toml keeps that release out;
this test catches any binding that brings the fault back, without crashing the test run."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys, threading
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    app = QCoreApplication([])

    class Source(QObject):
        value = Signal(object)
        count = Signal(int)

    s = Source()
    got = []
    s.value.connect(got.append)
    s.count.connect(got.append)

    def emit_many():
        for i in range(3000):
            s.value.emit(None if i % 2 else i)
            s.count.emit(i)

    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    emit_many()  # from the GUI thread
    worker = threading.Thread(target=emit_many)  # and from a worker, queued to the GUI thread
    worker.start()
    worker.join()
    for _ in range(100):
        app.processEvents()
    got.clear()
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    print(len(before), *[a - b for a, b in zip(after, before)])
    """
)


def test_signal_emits_keep_the_interpreters_singletons_alive() -> None:
    # In a child process: the fault aborts the interpreter, which must not take pytest with it.
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
    assert proc.returncode == 0, f"the Qt binding broke reference counting on emit: {proc.stderr[-800:]}"
    _n, *drift = (int(x) for x in proc.stdout.split())
    assert all(abs(d) < 50 for d in drift), f"True/False/None reference counts drifted by {drift} over 12,000 emits"
