"""The command line: ``quoteattr extract PATH... --format text|jsonl|json|csv``.

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

from . import __version__
from .io import Failure, iter_articles
from .model import Article, Extraction
from .pipeline import extract
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
    ex.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    ex.set_defaults(func=_cmd_extract)
    _add_align_commands(sub)
    return parser


def _results(paths: Sequence[str]) -> Iterator[tuple[Article | Failure, Extraction | None]]:
    for item in iter_articles(paths):
        if isinstance(item, Failure):
            yield item, None
            continue
        try:
            yield item, extract(item)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
            yield Failure(item.id or "?", f"{type(exc).__name__}: {exc}"), None


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
    for item, ex in _results(args.paths):
        if ex is None:
            assert isinstance(item, Failure)
            failed += 1
            print(f"quoteattr: {item.id}: {item.error}", file=err)
            if args.format == "jsonl":
                out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            continue
        if args.format == "text":
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
    return 1 if failed else 0


def _add_align_commands(sub: Any) -> None:
    al = sub.add_parser("align", help="group the variant renderings of each quote across articles")
    al.add_argument("paths", nargs="+", metavar="PATH", help="files, folders (read recursively) or - for stdin")
    al.add_argument("--format", choices=("text", "json", "html"), default="text")
    al.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
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
    outlets: list[Article] = []
    for item, ex in _results(args.paths):
        if ex is None:
            assert isinstance(item, Failure)
            failed += 1
            print(f"quoteattr: {item.id}: {item.error}", file=err)
            continue
        assert isinstance(item, Article)
        extractions.append(ex)
        outlets.append(item)
    groups = align(extractions)
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
    out: TextIO = sys.stdout
    handle = None
    if getattr(args, "output", None):
        handle = open(args.output, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
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
