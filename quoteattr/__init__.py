"""quoteattr: find quotes in news text, name who said them and who relayed them.

>>> import quoteattr
>>> ex = quoteattr.extract('"We will not give up," she said.')
>>> ex[0].text
'We will not give up,'
"""

from .align import AlignConfig, Claim, Conflict, QuoteGroup, Variant, align
from .compare import DiffOp, WordingDiff, compare
from .config import Config
from .frame import to_dataframe
from .io import Failure, ReadError, iter_articles, read
from .model import Article, Cue, Extraction, Problem, Quote, QuoteKind, Relay, Speaker
from .pipeline import extract

__all__ = [
    "AlignConfig",
    "Claim",
    "Conflict",
    "DiffOp",
    "QuoteGroup",
    "Variant",
    "WordingDiff",
    "align",
    "compare",
    "Article",
    "Config",
    "Cue",
    "Extraction",
    "Failure",
    "Problem",
    "Quote",
    "QuoteKind",
    "ReadError",
    "Relay",
    "Speaker",
    "extract",
    "iter_articles",
    "read",
    "to_dataframe",
]

__version__ = "0.1.0"
