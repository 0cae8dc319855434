"""The HTML report, loaded in headless Chromium and checked for what a reader sees."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import quoteattr
from quoteattr import Extraction, Quote, Relay, Speaker
from quoteattr.report.html import render_html

STATEMENT = "The harbour will stay open through the winter and no ferry route will be cut this year"


def _groups() -> list[quoteattr.QuoteGroup]:
    def ex(doc: str, text: str, speaker: str | None, relays: tuple[str, ...] = ()) -> Extraction:
        sp = Speaker(speaker, speaker, 0, len(speaker)) if speaker else None
        q = Quote(text, 0, len(text), speaker=sp, relays=tuple(Relay(r) for r in relays))
        return Extraction(quotes=(q,), id=doc, credits=(Relay("Coast Wire"),))

    return quoteattr.align(
        [
            ex("gazette", STATEMENT, "Lena Park", ("Harbour Office",)),
            ex(
                "<i>herald</i>",
                STATEMENT.replace("harbour", "harbor").replace("no ferry", "a ferry"),
                "Park",
            ),
            ex("courier", "no ferry route will be cut this year", None),
        ]
    )


def test_page_is_self_contained_and_escaped() -> None:
    page = render_html(_groups())
    assert "<i>herald" not in page
    assert "&lt;i&gt;herald&lt;/i&gt;" in page
    assert "<script" not in page
    assert "http://" not in page
    assert "https://" not in page
    assert page.count('class="variant"') == 3


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("no chromium on this machine (CI installs Debian's chromium with apt-get)")
    return path


@pytest.mark.browser
def test_report_in_headless_chromium(tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (extra: browser)")
    exe = _chromium()
    page_file = tmp_path / "report.html"
    page_file.write_text(render_html(_groups()), encoding="utf-8")
    with sync_api.sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        except Exception as exc:  # noqa: BLE001 - any launch failure means no usable browser here
            pytest.skip(f"chromium could not be started: {exc}")
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.goto(page_file.as_uri())
            assert page.locator("h2").first.is_visible()
            badge = page.locator("h2 .badge").first
            assert badge.is_visible()
            assert badge.inner_text() == "meaning-changed"
            assert page.locator(".variant").count() == 3
            ins = page.locator("ins", has_text="harbor")
            dele = page.locator("del", has_text="harbour")
            assert ins.first.is_visible()
            assert dele.first.is_visible()
            assert (
                page.evaluate("getComputedStyle(document.querySelector('ins')).backgroundColor") != "rgba(0, 0, 0, 0)"
            )
            assert page.evaluate("getComputedStyle(document.querySelector('del')).textDecorationLine") == "line-through"
            chain = page.locator(".chain").first.inner_text()
            assert "Lena Park" in chain
            assert "Harbour Office" in chain
            assert "Coast Wire" in chain
            assert "gazette" in chain
            assert "<i>herald</i>" in page.locator(".variant").nth(1).inner_text()
            # side by side on a wide screen
            boxes = [page.locator(".variant").nth(i).bounding_box() for i in range(2)]
            assert boxes[0]
            assert boxes[1]
            assert abs(boxes[0]["y"] - boxes[1]["y"]) < 1
            # a phone: stacked, nothing wider than the screen
            page.set_viewport_size({"width": 360, "height": 740})
            assert page.evaluate("document.documentElement.scrollWidth") <= 360
            boxes = [page.locator(".variant").nth(i).bounding_box() for i in range(2)]
            assert boxes[0]
            assert boxes[1]
            assert boxes[1]["y"] > boxes[0]["y"]
            assert page.locator("ins").first.is_visible()
        finally:
            browser.close()
