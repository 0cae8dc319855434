"""Batch runs over a corpus: every core of one machine, input order kept, no document lost.

:func:`iter_process` runs a task (by default :func:`extract_task`) over a
stream of articles, in this process (``jobs=1``) or in a pool of worker
processes (``jobs=N``) fed with chunks of documents.  Only a bounded number of
chunks is in flight at any time (``4 * jobs``), so memory stays flat however
long the corpus; results come back in input order.

A document never stops the run.  Each one that cannot be processed becomes a
:class:`~quoteattr.Failure` (``{"id", "error"}`` in JSON Lines) in its place in
the output:

- a record that cannot be read (undecodable bytes, bad JSON): from
  :func:`quoteattr.iter_articles`;
- a document longer than ``Config.max_doc_chars`` characters: refused before
  it is sent to a worker;
- a document that runs longer than ``Config.time_limit`` seconds of wall time:
  stopped.  On POSIX the document runs under a ``signal.setitimer`` timer that
  raises :class:`DocumentTimeout` inside the running code, so a runaway
  document really stops (the worker goes on with the next one).  Where that is
  impossible (Windows, or a run in a thread other than the main thread, as in
  a Dask worker) the limit is checked when the document finishes: its result
  is dropped and reported as timed out, but the document is not interrupted;
- any exception raised while processing it (its type and message are kept);
- a worker process that dies (killed, out of memory): the documents of the
  chunk it held are run again one by one in a separate process, so only the
  culprit is reported.

:func:`run_extract` is the whole job from files to a JSON Lines file (gzip
when its name ends in ``.gz``), with ``resume`` to skip the documents already
written by an interrupted run.

>>> from quoteattr import Article
>>> docs = [Article('"Yes," she said.', id="a"), Article("x" * 50, id="b")]
>>> cfg = Config(max_doc_chars=40)
>>> [getattr(r, "error", None) or len(r) for r in iter_process(docs, config=cfg)]
[1, 'too large: 50 characters, over Config.max_doc_chars=40']
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import gzip
import json
import os
import signal
import sys
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

import attrs

from .config import DEFAULT_CONFIG, Config
from .io import Failure, iter_articles
from .model import Article, Extraction
from .pipeline import extract

__all__ = [
    "DocumentTimeout",
    "Summary",
    "Task",
    "can_interrupt",
    "done_ids",
    "extract_json_task",
    "extract_task",
    "iter_process",
    "open_output",
    "prepare_resume",
    "progress_bar",
    "run_extract",
    "run_one",
    "time_limit",
]

Task = Callable[[Article, Config], Any]
"""A function of one article and the config, run once per document (must be picklable for ``jobs > 1``)."""

#: Documents per chunk sent to a worker, and the characters at which a chunk is closed early.
CHUNK_DOCS = 32
CHUNK_CHARS = 1_000_000
#: Chunks in flight per worker process: enough to keep every worker busy, few enough to bound memory.
IN_FLIGHT_PER_JOB = 4


class DocumentTimeout(BaseException):
    """Raised inside a document's processing when ``Config.time_limit`` runs out.

    A ``BaseException`` (like ``KeyboardInterrupt``), so that an ``except
    Exception`` in the processing code cannot swallow it.
    """


def can_interrupt() -> bool:
    """Whether :func:`time_limit` can stop running code here (POSIX, main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _raise_timeout(_signum: int, _frame: FrameType | None) -> None:
    raise DocumentTimeout


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in the body after ``seconds`` of wall time (POSIX main thread).

    Elsewhere (see :func:`can_interrupt`) the body runs without a timer.  The
    previous ``SIGALRM`` handler is restored afterwards; a timer the caller had
    set is cancelled.

    >>> with time_limit(5.0):
    ...     sum(range(10))
    45
    """
    if seconds is None or not can_interrupt():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_task(article: Article, config: Config) -> Extraction:
    """The default task: :func:`quoteattr.extract` of one article."""
    return extract(article, config)


def extract_json_task(article: Article, config: Config) -> str:
    """:func:`extract` of one article as one JSON Lines record (without the newline).

    Serializing in the worker keeps the parent process free to write.
    """
    return json.dumps(extract(article, config).to_dict(), ensure_ascii=False)


def _doc_id(article: Article) -> str:
    return article.id if article.id is not None else "?"


def _too_large(article: Article, config: Config) -> Failure | None:
    limit = config.max_doc_chars
    if limit is not None and len(article.text) > limit:
        return Failure(
            _doc_id(article), f"too large: {len(article.text)} characters, over Config.max_doc_chars={limit}"
        )
    return None


def run_one(task: Task, article: Article, config: Config) -> Any:
    """``task(article, config)``, or a :class:`Failure` saying why it could not be done.

    The size limit is checked first, then the task runs under
    :func:`time_limit`; an exception becomes a failure naming its type.
    """
    refused = _too_large(article, config)
    if refused is not None:
        return refused
    limit = config.time_limit
    started = time.perf_counter()
    try:
        with time_limit(limit):
            result = task(article, config)
    except DocumentTimeout:
        return Failure(_doc_id(article), f"timed out: stopped after Config.time_limit={limit} s")
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
        return Failure(_doc_id(article), f"{type(exc).__name__}: {exc}")
    if limit is not None and time.perf_counter() - started > limit:
        # Only reached where the timer could not interrupt (see can_interrupt).
        return Failure(_doc_id(article), f"timed out: took over Config.time_limit={limit} s (result dropped)")
    return result


def _run_chunk(task: Task, chunk: list[Article], config: Config) -> list[Any]:
    return [run_one(task, article, config) for article in chunk]


@attrs.define
class _Slot:
    """One place in the output order: finished results, or a chunk still in a worker."""

    results: list[Any] | None
    chunk: list[Article] = attrs.field(factory=list)
    future: cf.Future[list[Any]] | None = None


def _slots(
    items: Iterable[Article | Failure], skip: Collection[str], config: Config, chunk_docs: int
) -> Iterator[_Slot]:
    """Group the input into chunks of articles, with failures and refusals in their places."""
    chunk: list[Article] = []
    chars = 0
    for item in items:
        if item.id is not None and item.id in skip:
            continue
        ready = item if isinstance(item, Failure) else _too_large(item, config)
        if ready is not None:
            if chunk:
                yield _Slot(None, chunk)
                chunk, chars = [], 0
            yield _Slot([ready])
            continue
        assert isinstance(item, Article)
        chunk.append(item)
        chars += len(item.text)
        if len(chunk) >= chunk_docs or chars >= CHUNK_CHARS:
            yield _Slot(None, chunk)
            chunk, chars = [], 0
    if chunk:
        yield _Slot(None, chunk)


def _isolate(task: Task, chunk: list[Article], config: Config, reason: str) -> list[Any]:
    """Run a chunk whose worker died one document at a time, each in a fresh-if-needed process."""
    out: list[Any] = []
    pool = cf.ProcessPoolExecutor(max_workers=1)
    try:
        for article in chunk:
            try:
                out.append(pool.submit(run_one, task, article, config).result())
            except BrokenProcessPool:
                out.append(Failure(_doc_id(article), f"worker process died ({reason})"))
                pool.shutdown(wait=False, cancel_futures=True)
                pool = cf.ProcessPoolExecutor(max_workers=1)
            except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
                out.append(Failure(_doc_id(article), f"{type(exc).__name__}: {exc}"))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return out


def _iter_serial(
    task: Task, items: Iterable[Article | Failure], skip: Collection[str], config: Config
) -> Iterator[Any]:
    for item in items:
        if item.id is not None and item.id in skip:
            continue
        yield item if isinstance(item, Failure) else run_one(task, item, config)


def _iter_pool(
    task: Task, items: Iterable[Article | Failure], skip: Collection[str], config: Config, jobs: int, chunk_docs: int
) -> Iterator[Any]:
    pending: deque[_Slot] = deque()
    in_flight = IN_FLIGHT_PER_JOB * jobs
    pool = cf.ProcessPoolExecutor(max_workers=jobs)

    def submit(slot: _Slot) -> None:
        slot.future = pool.submit(_run_chunk, task, slot.chunk, config)

    def finish(slot: _Slot) -> list[Any]:
        nonlocal pool
        if slot.results is not None:
            return slot.results
        assert slot.future is not None
        try:
            return slot.future.result()
        except BrokenProcessPool as exc:
            # Every chunk still in the broken pool goes to a new one; this one is run
            # document by document, so that only the document that kills a worker fails.
            pool.shutdown(wait=False, cancel_futures=True)
            pool = cf.ProcessPoolExecutor(max_workers=jobs)
            for other in pending:
                if other.future is not None:
                    done_ok = other.future.done() and not other.future.cancelled() and other.future.exception() is None
                    if not done_ok:
                        submit(other)
            return _isolate(task, slot.chunk, config, str(exc) or "BrokenProcessPool")
        except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
            return _isolate(task, slot.chunk, config, f"{type(exc).__name__}: {exc}")

    try:
        for slot in _slots(items, skip, config, chunk_docs):
            if slot.results is None:
                submit(slot)
            pending.append(slot)
            while len(pending) >= in_flight:
                yield from finish(pending.popleft())
        while pending:
            yield from finish(pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def iter_process(
    items: Iterable[Article | Failure],
    task: Task = extract_task,
    *,
    config: Config | None = None,
    jobs: int | None = 1,
    skip: Collection[str] = (),
    chunk_docs: int = CHUNK_DOCS,
) -> Iterator[Any]:
    """``task(article, config)`` for every article of ``items``, in input order, streaming.

    ``items`` holds :class:`~quoteattr.Article` and :class:`~quoteattr.Failure`
    objects (what :func:`quoteattr.iter_articles` yields); a failure is passed
    through in its place.  Each result is the task's return value or a
    :class:`~quoteattr.Failure` (see the module docs for when).  ``jobs``: worker
    processes (``1``: run here; ``None`` or ``0``: one per CPU).  ``skip``: ids
    left out of the output (used by ``resume``).  ``chunk_docs``: documents per
    chunk sent to a worker.  ``task`` must be picklable when ``jobs > 1``
    (a module-level function).
    """
    cfg = config or DEFAULT_CONFIG
    n = jobs if jobs else (os.cpu_count() or 1)
    if n < 0:
        raise ValueError(f"jobs must be 0 (every CPU) or positive, got {jobs}")
    if chunk_docs < 1:
        raise ValueError(f"chunk_docs must be positive, got {chunk_docs}")
    if n == 1:
        return _iter_serial(task, items, skip, cfg)
    return _iter_pool(task, items, skip, cfg, n, chunk_docs)


def progress_bar(enabled: bool | None = None, unit: str = "doc") -> Any:
    """A tqdm progress bar on stderr, or ``None``.

    ``enabled=None`` shows it when stderr is a terminal and tqdm is installed;
    ``True`` insists (an ``ImportError`` naming ``quoteattr[progress]`` when tqdm
    is missing); ``False`` never.
    """
    if enabled is False or (enabled is None and not sys.stderr.isatty()):
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        if enabled:
            raise ImportError("a progress bar needs the optional extra: pip install 'quoteattr[progress]'") from None
        return None
    return tqdm(unit=unit, file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def _is_gzip(path: str | os.PathLike[str]) -> bool:
    return str(path).endswith(".gz")


def open_output(path: str | os.PathLike[str], *, append: bool = False) -> TextIO:
    """Open ``path`` for writing UTF-8 text (gzip when the name ends in ``.gz``).

    ``append`` adds to the end (a gzip file gets one more gzip member, which
    every gzip reader reads as one stream).
    """
    # a lone surrogate in a document's text is written as a \udXXX escape, never a crash
    errors = "backslashreplace"
    if _is_gzip(path):
        if append:
            return gzip.open(path, "at", encoding="utf-8", errors=errors, newline="")
        return gzip.open(path, "wt", encoding="utf-8", errors=errors, newline="")
    return open(path, "a" if append else "w", encoding="utf-8", errors=errors, newline="")


def _record_id(line: bytes) -> str | None:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    if isinstance(record, dict) and record.get("id") is not None:
        return str(record["id"])
    return None


class _Lines:
    """The complete lines of a JSON Lines file, plain or gzip, read leniently.

    Reading stops quietly at a cut-off or corrupt end; ``intact`` then turns
    False and ``good_bytes`` (plain files) tells where the complete lines end.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.intact = True
        self.good_bytes = 0

    def __iter__(self) -> Iterator[bytes]:
        if _is_gzip(self.path):
            yield from self._gzip()
            return
        with self.path.open("rb") as fh:
            for line in fh:
                if not line.endswith(b"\n"):
                    self.intact = False
                    return
                self.good_bytes += len(line)
                yield line

    def _gzip(self) -> Iterator[bytes]:
        rest = b""
        with self.path.open("rb") as fh:
            inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
            while True:
                block = fh.read(1 << 20)
                if not block:
                    break
                try:
                    data = inflate.decompress(block)
                    while inflate.eof and inflate.unused_data:  # the next gzip member (from an append)
                        tail = inflate.unused_data
                        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
                        data += inflate.decompress(tail)
                except zlib.error:
                    self.intact = False
                    break
                *lines, rest = (rest + data).split(b"\n")
                for line in lines:
                    yield line + b"\n"
        if rest or not inflate.eof:
            self.intact = False


def done_ids(path: str | os.PathLike[str]) -> set[str]:
    """The ids of the records already in a JSON Lines output (results and error records).

    A missing file has none; a cut-off last line or gzip member is ignored.
    """
    p = Path(path)
    if not p.exists():
        return set()
    return {rid for rid in map(_record_id, _Lines(p)) if rid is not None}


def prepare_resume(path: str | os.PathLike[str]) -> set[str]:
    """Make an interrupted output safe to append to, and return the ids it already holds.

    A plain file cut in the middle of a record is truncated after its last
    complete line; a gzip file with a cut-off end is rewritten with its
    complete lines only.  Those cut-off records are not counted as done.
    """
    p = Path(path)
    if not p.exists():
        return set()
    lines = _Lines(p)
    ids = {rid for rid in map(_record_id, lines) if rid is not None}
    if lines.intact:
        return ids
    if _is_gzip(p):
        tmp = p.with_name(p.name + ".resume-tmp")
        with gzip.open(tmp, "wb") as out:
            for line in _Lines(p):
                out.write(line)
        os.replace(tmp, p)
    else:
        with p.open("rb+") as fh:
            fh.truncate(lines.good_bytes)
    return ids


@attrs.frozen(slots=True)
class Summary:
    """What a batch run did.

    ``documents``: results written (extractions and error records);
    ``failed``: error records among them; ``skipped``: documents left out
    because ``resume`` found them in the output already; ``seconds``: wall time.
    """

    documents: int
    failed: int
    skipped: int
    seconds: float

    @property
    def ok(self) -> bool:
        """True when no document failed."""
        return self.failed == 0

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "failed": self.failed, "skipped": self.skipped, "seconds": self.seconds}


class _Counted:
    """Wraps the input to count what ``skip`` leaves out."""

    def __init__(self, items: Iterable[Article | Failure], skip: Collection[str]) -> None:
        self.items = items
        self.skip = skip
        self.skipped = 0

    def __iter__(self) -> Iterator[Article | Failure]:
        for item in self.items:
            if item.id is not None and item.id in self.skip:
                self.skipped += 1
                continue
            yield item


def run_extract(
    paths: Iterable[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    config: Config | None = None,
    jobs: int | None = 1,
    resume: bool = False,
    progress: bool | None = False,
    on_failure: Callable[[Failure], None] | None = None,
    task: Task = extract_json_task,
) -> Summary:
    """Extract every article under ``paths`` into the JSON Lines file ``output``.

    One line per document, in input order: the :class:`~quoteattr.Extraction`
    as ``to_dict()``, or an error record ``{"id", "error"}``.  ``output`` is
    gzip-compressed when its name ends in ``.gz`` (inputs likewise, by
    :func:`quoteattr.iter_articles`).  ``resume`` keeps the records already in
    ``output`` and skips their ids (error records included: delete those lines
    to try again).  ``on_failure`` is called with each error record as it is
    written.  ``progress``: see :func:`progress_bar`.  ``task``: what is run
    per document; it returns one JSON record as a string (default
    :func:`extract_json_task`).
    """
    started = time.perf_counter()
    skip = prepare_resume(output) if resume else set()
    counted = _Counted(iter_articles(paths), skip)
    bar = progress_bar(progress)
    documents = failed = 0
    try:
        with open_output(output, append=resume) as out:
            for result in iter_process(counted, task, config=config, jobs=jobs):
                if isinstance(result, Failure):
                    failed += 1
                    if on_failure is not None:
                        on_failure(result)
                    out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
                else:
                    out.write(result + "\n")
                documents += 1
                if bar is not None:
                    bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    return Summary(documents, failed, counted.skipped, time.perf_counter() - started)
