"""Attribution: who said each quote, the words that say so, and the relay chain."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..config import Config
from ..model import Quote, Relay

if TYPE_CHECKING:
    from ..pipeline import Document

__all__ = ["attribute"]


def attribute(doc: Document, quotes: Sequence[Quote], config: Config) -> tuple[list[Quote], list[Relay]]:
    """Attribute ``quotes`` of ``doc``: the quotes with speakers, and the article's credits."""
    return list(quotes), []
