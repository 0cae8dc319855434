"""read(): articles from .txt, .md, .html and JSON Lines corpora (plain or gzip).

Bad input never passes silently: an undecodable, empty or binary file raises
:class:`ReadError` naming the file; in a corpus, :func:`iter_articles` yields a
:class:`Failure` for the broken record and goes on with the next one.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs
import regex

from .model import Article

__all__ = ["Failure", "ReadError", "iter_articles", "read", "strip_markdown", "SUFFIXES"]

#: File endings read when a folder is given.
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".jsonl.gz", ".ndjson")


class ReadError(ValueError):
    """An input that cannot be read as an article; the message names it."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@attrs.frozen(slots=True)
class Failure:
    """A document that could not be read or processed, and why."""

    id: str
    error: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "error": self.error}


_MD_RULES: tuple[tuple[regex.Pattern[str], str], ...] = (
    (regex.compile(r"^```.*?^```[ \t]*$", regex.M | regex.S), ""),  # fenced code
    (regex.compile(r"!\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)"), ""),  # images
    (regex.compile(r"\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)"), r"\1"),  # links: keep the text
    (regex.compile(r"\[([^\]\n]{0,300})\]\[[^\]\n]{0,100}\]"), r"\1"),  # reference links
    (regex.compile(r"^\[[^\]\n]+\]:\s*\S+.*$", regex.M), ""),  # link definitions
    (regex.compile(r"<(?:https?|mailto):[^>\s]+>"), ""),  # autolinks
    (regex.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", regex.M), r"\1"),  # headings
    (regex.compile(r"^[ \t]{0,3}>[ \t]?", regex.M), ""),  # block quotes
    (regex.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", regex.M), ""),  # rules
    (regex.compile(r"^([ \t]*)[-*+][ \t]+", regex.M), r"\1"),  # bullets
    (regex.compile(r"(\*\*|__)(?=\S)([^\n]{1,300}?)(?<=\S)\1"), r"\2"),  # strong
    (regex.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis
    (regex.compile(r"(?<![\w_])_(?=\S)([^_\n]{1,300}?)(?<=\S)_(?![\w_])"), r"\1"),  # emphasis
    (regex.compile(r"`([^`\n]{1,300})`"), r"\1"),  # inline code
    (regex.compile(r"<[A-Za-z/][^>\n]{0,300}>"), ""),  # inline HTML tags
)


def strip_markdown(text: str) -> str:
    """Markdown to plain text: markup removed, link text kept.

    >>> strip_markdown("## Title\\n\\n**Bold** and [a link](http://x.y) said \\"hi\\".")
    'Title\\n\\nBold and a link said "hi".'
    """
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text


def _html_to_text(raw: str, source: str) -> str:
    try:
        import trafilatura  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise ReadError(source, "reading HTML needs the optional extra: pip install 'quoteattr[html]'") from None
    text = trafilatura.extract(raw, include_comments=False, include_tables=False, favor_precision=True)
    if not text:
        raise ReadError(source, "no article text found in the HTML")
    return str(text)


def _decode(data: bytes, source: str) -> str:
    if not data.strip():
        raise ReadError(source, "empty file")
    if b"\x00" in data[:8192]:
        raise ReadError(source, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(source, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


def _article_from_record(record: Any, source: str, line_no: int) -> Article:
    where = f"{source}:{line_no}"
    if not isinstance(record, dict):
        raise ReadError(where, "a JSON Lines record must be an object with 'text'")
    text = record.get("text")
    if not isinstance(text, str):
        raise ReadError(where, "record has no 'text' string")
    doc_id = record.get("id")
    return Article(
        text,
        id=str(doc_id) if doc_id is not None else f"{Path(source).name}:{line_no}",
        outlet=record.get("outlet"),
        published=record.get("published"),
        url=record.get("url"),
    )


def _iter_jsonl_lines(lines: Iterable[bytes | str], source: str) -> Iterator[Article | Failure]:
    for n, raw in enumerate(lines, 1):
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8") if isinstance(raw, bytes) else raw
            if n == 1:
                line = line.removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            yield Failure(f"{source}:{n}", f"not UTF-8 text at byte {exc.start}")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(f"{source}:{n}", f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        try:
            yield _article_from_record(record, source, n)
        except ReadError as exc:
            rid = record.get("id") if isinstance(record, dict) else None
            yield Failure(str(rid) if rid is not None else f"{source}:{n}", exc.reason)


def _is_jsonl(name: str) -> bool:
    return name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"))


def _open_binary(path: Path) -> Any:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def read(path: str | os.PathLike[str]) -> Article | list[Article]:
    """Read one article from a .txt, .md or .html file, or every article of a .jsonl corpus.

    ``-`` reads standard input (JSON Lines when it starts with ``{``).  A
    corpus returns a list; a broken record in it raises :class:`ReadError`
    (use :func:`iter_articles` to skip and report broken records instead).
    """
    name = str(path)
    if name == "-" or _is_jsonl(name):
        out: list[Article] = []
        for item in iter_articles([name]):
            if isinstance(item, Failure):
                raise ReadError(item.id, item.error)
            out.append(item)
        if len(out) == 1 and name == "-":
            return out[0]
        return out
    return _read_file(Path(name))


def _read_file(p: Path) -> Article:
    source = str(p)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ReadError(source, exc.strerror or str(exc)) from None
    text = _decode(data, source)
    suffix = p.suffix.lower()
    if suffix in (".html", ".htm"):
        text = _html_to_text(text, source)
    elif suffix in (".md", ".markdown"):
        text = strip_markdown(text)
    return Article(text, id=p.name)


def _expand(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    for path in paths:
        name = str(path)
        if name != "-" and os.path.isdir(name):
            for root, dirs, files in os.walk(name):
                dirs.sort()
                for f in sorted(files):
                    if f.lower().endswith(SUFFIXES):
                        yield os.path.join(root, f)
        else:
            yield name


def iter_articles(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Article | Failure]:
    """Every article under ``paths`` (files, folders read recursively, ``-``), streaming.

    A file or record that cannot be read becomes a :class:`Failure` in the
    stream; reading goes on with the next one.
    """
    for name in _expand(paths):
        if name == "-":
            data = sys.stdin.buffer.read()
            if data.lstrip()[:1] == b"{":
                yield from _iter_jsonl_lines(data.splitlines(), "<stdin>")
                continue
            try:
                yield Article(_decode(data, "<stdin>"), id="<stdin>")
            except ReadError as exc:
                yield Failure("<stdin>", exc.reason)
            continue
        if _is_jsonl(name):
            try:
                with _open_binary(Path(name)) as fh:
                    yield from _iter_jsonl_lines(fh, name)
            except (OSError, EOFError, zlib.error) as exc:
                yield Failure(name, str(exc))
            continue
        try:
            yield _read_file(Path(name))
        except ReadError as exc:
            yield Failure(name, exc.reason)
