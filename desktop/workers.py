"""Background work for the desk app. Every call that can take more than ~50 ms runs here, never on
the GUI thread: a `Worker` runs a plain function, or a generator function whose yields are progress
and whose return value is the result, on the global QThreadPool and reports back by signal.

Expected failures (the user's own input: a file that is not an image, a wrong password) arrive on
`failed` for the screen to show in place; anything else is a bug and goes to the error reporter,
which shows it in a dialog with copyable details. Every running worker is tracked, so tests can
fail when one is still running at their end."""

from __future__ import annotations

import inspect
import sys
import threading
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.errors import reporter

_ACTIVE: set[Worker] = set()
_ACTIVE_LOCK = threading.Lock()


def active_workers() -> list[Worker]:
    with _ACTIVE_LOCK:
        return list(_ACTIVE)


def wait_for_workers(timeout_ms: int = 10_000) -> bool:
    """True when every worker finished within the timeout."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms) and not active_workers()


class Cancelled(Exception):
    """Raised inside a generator worker's thread when the worker was cancelled."""


class WorkerSignals(QObject):
    progress = Signal(object)  # whatever the generator yielded
    result = Signal(object)
    failed = Signal(object)  # an expected exception (one of Worker.expected)
    finished = Signal()  # always last, after result or failed


class Worker(QRunnable):
    """`Worker(fn, *args, expected=(SomeError,), **kwargs)`, then connect `signals`, then `start()`.
    With `with_progress=True`, fn is called with `progress=callback` (a core-style callback whose
    arguments arrive on `signals.progress` as one tuple)."""

    def __init__(
        self,
        fn: Callable[..., Any],
        *args: Any,
        expected: tuple[type[BaseException], ...] = (),
        name: str = "",
        with_progress: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Python object owns it; signals outlive run()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.expected = expected
        self.name = name or getattr(fn, "__name__", "worker")
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        if with_progress:  # the core's plain progress callback, re-emitted as a signal
            self.kwargs["progress"] = self._callback_progress

    def _callback_progress(self, *values: Any) -> None:
        if self.cancelled:
            raise Cancelled
        self.signals.progress.emit(values)

    def start(self) -> Worker:
        with _ACTIVE_LOCK:
            _ACTIVE.add(self)
        QThreadPool.globalInstance().start(self)
        return self

    def cancel(self) -> None:
        """Ask a generator worker to stop at its next yield (plain functions run to their end)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            out = self.fn(*self.args, **self.kwargs)
            if inspect.isgenerator(out):
                out = self._drive(out)
            if not self.cancelled:
                self.signals.result.emit(out)
        except Cancelled:
            pass
        except self.expected as exc:
            self.signals.failed.emit(exc)
        except Exception:
            reporter().report(*sys.exc_info(), where=f"worker {self.name}")
        finally:
            with _ACTIVE_LOCK:
                _ACTIVE.discard(self)
            self.signals.finished.emit()

    def _drive(self, gen: Generator[Any, None, Any]) -> Any:
        while True:
            if self.cancelled:
                gen.close()
                raise Cancelled
            try:
                item = next(gen)
            except StopIteration as stop:
                return stop.value
            self.signals.progress.emit(item)
