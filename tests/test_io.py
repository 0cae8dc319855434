"""quoteattr.read / iter_articles: every input kind, and a clear error naming each bad one."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

import quoteattr
from quoteattr.io import Failure, ReadError, iter_articles, read, strip_markdown

STORY = "“The pier reopens in May,” the harbor master said.\n\nBoats lined up at dawn.\n"


def _write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_read_txt(tmp_path: Path) -> None:
    art = read(_write(tmp_path / "pier.txt", STORY))
    assert isinstance(art, quoteattr.Article)
    assert art.text == STORY
    assert art.id == "pier.txt"


def test_read_txt_with_bom(tmp_path: Path) -> None:
    art = read(_write(tmp_path / "bom.txt", "\ufeff" + STORY))
    assert isinstance(art, quoteattr.Article)
    assert art.text == STORY


def test_read_markdown_strips_markup_and_keeps_link_text(tmp_path: Path) -> None:
    md = (
        "# Harbor news\n\n"
        "The **harbor master** told [the Coast Gazette](https://example.org/gazette) that "
        '"the pier reopens in May".\n\n'
        "![a photo](pier.jpg)\n\n"
        "- *First* item\n"
        "> A quoted block with `code`.\n"
    )
    art = read(_write(tmp_path / "news.md", md))
    assert isinstance(art, quoteattr.Article)
    assert art.text.splitlines()[0] == "Harbor news"
    assert "The harbor master told the Coast Gazette that" in art.text
    assert "https://" not in art.text
    assert "pier.jpg" not in art.text
    assert "**" not in art.text
    assert "First item" in art.text
    assert "A quoted block with code." in art.text
    assert [q.text for q in quoteattr.extract(art)] == ["the pier reopens in May"]


def test_strip_markdown_reference_links_and_fences() -> None:
    md = "See [the report][r1] now.\n\n```\ncode here\n```\n\n[r1]: https://example.org\n"
    out = strip_markdown(md)
    assert "See the report now." in out
    assert "code here" not in out
    assert "example.org" not in out


def _jsonl(records: list[object]) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def test_read_jsonl(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "c.jsonl",
        _jsonl([{"id": "a", "text": "One.", "outlet": "Gazette"}, {"text": "Two."}, ""]),
    )
    arts = read(path)
    assert isinstance(arts, list)
    assert [(a.id, a.text, a.outlet) for a in arts] == [("a", "One.", "Gazette"), ("c.jsonl:2", "Two.", None)]


def test_broken_jsonl_line_is_a_failure_and_others_are_read(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "c.jsonl",
        _jsonl(
            [{"id": "a", "text": "One."}, "{not json", {"id": "c", "body": "no text"}, {"id": "d", "text": "Four."}]
        ),
    )
    items = list(iter_articles([path]))
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Failure", "Article"]
    bad_json, no_text = items[1], items[2]
    assert isinstance(bad_json, Failure)
    assert bad_json.id == f"{path}:2"
    assert "invalid JSON" in bad_json.error
    assert isinstance(no_text, Failure)
    assert no_text.id == "c"
    assert "text" in no_text.error
    with pytest.raises(ReadError, match=r"c\.jsonl:2"):
        read(path)


def test_read_gzip_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(_jsonl([{"id": "z", "text": "Zipped."}]))
    arts = read(path)
    assert isinstance(arts, list)
    assert [(a.id, a.text) for a in arts] == [("z", "Zipped.")]


def test_corrupt_gzip_is_a_failure(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.jsonl.gz", b"\x1f\x8b\x08\x00garbage")
    items = list(iter_articles([path]))
    assert len(items) == 1
    assert isinstance(items[0], Failure)
    assert items[0].id == str(path)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        pytest.param("empty.txt", b"", "empty file", id="empty"),
        pytest.param("blank.txt", b"  \n\n ", "empty file", id="blank"),
        pytest.param("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file", id="binary"),
        pytest.param("latin.txt", "café noir".encode("latin-1"), "not UTF-8", id="undecodable"),
    ],
)
def test_bad_files_raise_naming_the_file(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = _write(tmp_path / name, data)
    with pytest.raises(ReadError) as info:
        read(path)
    assert str(path) in str(info.value)
    assert reason in str(info.value)
    assert info.value.source == str(path)
    failures = list(iter_articles([path]))
    assert len(failures) == 1
    assert isinstance(failures[0], Failure)
    assert failures[0].id == str(path)


def test_missing_file_names_it(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    with pytest.raises(ReadError, match=r"nowhere\.txt"):
        read(path)


def test_html_without_the_extra_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura -> ImportError
    path = _write(tmp_path / "page.html", "<html><body><p>Hello.</p></body></html>")
    with pytest.raises(ReadError) as info:
        read(path)
    assert "quoteattr[html]" in str(info.value)
    assert "page.html" in str(info.value)


def test_html_with_the_extra(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura", reason="the html extra is not installed")
    body = "<p>The harbor master said the pier would reopen in May after a long winter of repairs.</p>" * 5
    path = _write(tmp_path / "page.html", f"<html><body><article>{body}</article></body></html>")
    art = read(path)
    assert isinstance(art, quoteattr.Article)
    assert "pier would reopen" in art.text


def test_folder_is_read_recursively_in_order(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", "Bee.")
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub" / "a.md", "**Ay.**")
    _write(tmp_path / "skip.bin", b"\x00\x01")
    items = list(iter_articles([tmp_path]))
    assert [(i.id, i.text) for i in items if isinstance(i, quoteattr.Article)] == [("b.txt", "Bee."), ("a.md", "Ay.")]
    assert not any(isinstance(i, Failure) for i in items)


class _FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _FakeStdin(STORY.encode()))
    art = read("-")
    assert isinstance(art, quoteattr.Article)
    assert art.text == STORY
    assert art.id == "<stdin>"


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        sys, "stdin", _FakeStdin(_jsonl([{"id": "x", "text": "X."}, {"id": "y", "text": "Y."}]).encode())
    )
    arts = read("-")
    assert isinstance(arts, list)
    assert [a.id for a in arts] == ["x", "y"]


def test_empty_stdin_is_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _FakeStdin(b""))
    items = list(iter_articles(["-"]))
    assert items == [Failure("<stdin>", "empty file")]
