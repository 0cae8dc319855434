"""The command line: ``quoteattr extract PATH... --format text|jsonl|json|csv``.

Batch options: ``--jobs N`` (worker processes; 0 = every CPU), ``--quiet`` (no
progress bar; there is none anyway when stderr is not a terminal),
``--resume`` (with ``-o FILE``: skip the documents already in FILE),
``--time-limit SECONDS`` and ``--max-chars N`` (per-document limits).  ``-o``
writes gzip when FILE ends in ``.gz``.  A document that fails is named on
stderr and, in jsonl output, written as an error record ``{"id", "error"}``.
``quoteattr align`` takes the same options but ``--resume``: its documents are
extracted that way, then grouped once at the end.

Exit status: 0 when every input went well, 1 when any input failed (the others
are still processed and each failure is named on stderr), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from . import __version__, corpus
from .config import Config
from .io import Failure, iter_articles
from .model import Extraction
from .report.text import format_extraction

__all__ = ["main", "build_parser"]

CSV_FIELDS = (
    "doc", "start", "end", "kind", "closed", "text", "speaker", "mention",
    "speaker_start", "speaker_end", "cue", "relays", "confidence", "rule",
)  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quoteattr", description="Find quotes, their speakers and relays.")
    parser.add_argument("--version", action="version", version=f"quoteattr {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="find the quotes of articles")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="files, folders (read recursively) or - for stdin")
    ex.add_argument("--format", choices=("text", "jsonl", "json", "csv"), default="text")
    ex.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output (.gz: gzip)")
    _add_batch_options(ex)
    ex.set_defaults(func=_cmd_extract)
    _add_align_commands(sub)
    return parser


def _add_batch_options(cmd: argparse.ArgumentParser, *, resume: bool = True) -> None:
    cmd.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (0: one per CPU)")
    cmd.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    if resume:
        cmd.add_argument("--resume", action="store_true", help="skip documents already in the -o file (jsonl)")
    cmd.add_argument("--time-limit", type=float, metavar="SECONDS", help="stop a document after this long")
    cmd.add_argument("--max-chars", type=int, metavar="N", help="refuse documents longer than N characters")


def _batch_config(args: argparse.Namespace) -> Config:
    changes: dict[str, Any] = {}
    if args.time_limit is not None:
        changes["time_limit"] = args.time_limit
    if args.max_chars is not None:
        changes["max_doc_chars"] = args.max_chars
    return Config(**changes)


def _check_batch_args(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if getattr(args, "jobs", 1) < 0:
        parser.error("--jobs must be 0 (every CPU) or positive")
    if getattr(args, "resume", False):
        if not args.output:
            parser.error("--resume needs -o FILE (the output to resume)")
        if getattr(args, "format", "jsonl") != "jsonl":
            parser.error("--resume works with --format jsonl only")
    try:
        if hasattr(args, "time_limit"):
            _batch_config(args)
    except ValueError as exc:
        parser.error(str(exc))


def _results(args: argparse.Namespace) -> Iterator[Extraction | str | Failure]:
    """Each document's result in input order: an Extraction (a JSON line for jsonl), or a Failure."""
    skip: set[str] = getattr(args, "skip_ids", set())
    task = corpus.extract_json_task if args.format == "jsonl" else corpus.extract_task
    items = iter_articles(args.paths)
    bar = None if args.quiet else corpus.progress_bar(None)
    try:
        for result in corpus.iter_process(items, task, config=_batch_config(args), jobs=args.jobs, skip=skip):
            yield result
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()


def _csv_rows(ex: Extraction) -> Iterator[dict[str, Any]]:
    for q in ex:
        sp = q.speaker
        yield {
            "doc": ex.id, "start": q.start, "end": q.end, "kind": str(q.kind), "closed": q.closed,
            "text": q.text, "speaker": sp.name if sp else "", "mention": sp.mention if sp else "",
            "speaker_start": sp.start if sp else "", "speaker_end": sp.end if sp else "",
            "cue": q.cue.text if q.cue else "", "relays": "|".join(r.name for r in q.relays),
            "confidence": q.confidence, "rule": q.rule or "",
        }  # fmt: skip


def _cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    failed = 0
    collected: list[dict[str, Any]] = []
    writer = None
    if args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
        writer.writeheader()
    first = True
    total = 0
    for ex in _results(args):
        total += 1
        if isinstance(ex, Failure):
            failed += 1
            print(f"quoteattr: {ex.id}: {ex.error}", file=err)
            if args.format == "jsonl":
                out.write(json.dumps(ex.to_dict(), ensure_ascii=False) + "\n")
            continue
        if isinstance(ex, str):
            out.write(ex + "\n")
        elif args.format == "text":
            if not first:
                out.write("\n")
            out.write(format_extraction(ex) + "\n")
        elif args.format == "jsonl":
            out.write(json.dumps(ex.to_dict(), ensure_ascii=False) + "\n")
        elif args.format == "json":
            collected.append(ex.to_dict())
        elif writer is not None:
            writer.writerows(_csv_rows(ex))
        first = False
    if args.format == "json":
        json.dump(collected, out, ensure_ascii=False, indent=1)
        out.write("\n")
    if failed:
        print(f"quoteattr: {failed} of {total} documents failed", file=err)
    return 1 if failed else 0


def _add_align_commands(sub: Any) -> None:
    al = sub.add_parser("align", help="group the variant renderings of each quote across articles")
    al.add_argument("paths", nargs="+", metavar="PATH", help="files, folders (read recursively) or - for stdin")
    al.add_argument("--format", choices=("text", "json", "html"), default="text")
    al.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output (.gz: gzip)")
    _add_batch_options(al, resume=False)
    al.set_defaults(func=_cmd_align)
    cmp = sub.add_parser("compare", help="how two renderings of a quote differ")
    cmp.add_argument("a", help="the first rendering (the reference)")
    cmp.add_argument("b", help="the second rendering")
    cmp.add_argument("--format", choices=("text", "json"), default="text")
    cmp.set_defaults(func=_cmd_compare)


def _cmd_align(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .align import align
    from .report.groups import format_groups
    from .report.html import render_html

    failed = 0
    extractions: list[Extraction] = []
    for ex in _results(args):
        if isinstance(ex, Failure):
            failed += 1
            print(f"quoteattr: {ex.id}: {ex.error}", file=err)
            continue
        if isinstance(ex, Extraction):  # align never asks for jsonl lines, so this is every other result
            extractions.append(ex)
    groups = align(extractions)
    if failed:
        print(f"quoteattr: {failed} of {failed + len(extractions)} documents failed", file=err)
    if args.format == "json":
        json.dump({"groups": [g.to_dict() for g in groups]}, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif args.format == "html":
        out.write(render_html(groups))
    else:
        out.write(format_groups(groups, color=out.isatty()) + "\n")
    return 1 if failed else 0


def _cmd_compare(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .compare import compare
    from .report.groups import format_diff

    d = compare(args.a, args.b)
    if args.format == "json":
        out.write(json.dumps(d.to_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        out.write(format_diff(d, color=out.isatty()) + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    _check_batch_args(parser, args)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            # a lone surrogate in a document is printed as an escape, not a traceback
            stream.reconfigure(errors="backslashreplace")
    out: TextIO = sys.stdout
    handle = None
    if getattr(args, "output", None):
        if getattr(args, "resume", False):
            # Before opening for append: cut off a half-written last record, note the ids done.
            args.skip_ids = corpus.prepare_resume(args.output)
        handle = corpus.open_output(args.output, append=getattr(args, "resume", False))
        out = handle
    try:
        status: int = args.func(args, out, sys.stderr)
    except BrokenPipeError:
        return 0
    finally:
        if handle is not None:
            handle.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
