"""Speech cues: the verbs and phrases that attribute words to a speaker.  Data only."""

from __future__ import annotations

__all__ = [
    "CARRYING_VERBS",
    "HEADLINE_VERBS",
    "WRITING_VERBS",
    "MOTION_WRITING_VERBS",
    "SCARE_MARKERS",
    "NICKNAME_NOUNS",
    "NOUN_HOMOGRAPHS",
    "ADDRESSING_VERBS",
    "ASK_VERBS",
    "REPLY_VERBS",
    "CONTINUING_VERBS",
    "NOT_NAMING_AFTER",
    "LABEL_PRESENT_VERBS",
    "NAME_GIVING_VERBS",
    "RECORDING_NOUNS",
    "NAME_CALLING_VERBS",
    "QUESTIONED_PARTICIPLES",
    "QUESTION_OPENERS",
    "QUESTION_WORDS",
    "SPEECH_NOUNS",
    "PHRASAL_CUES",
    "PHRASAL_NOT_BEFORE",
    "SPEECH_VERBS",
    "TEXT_VERBS",
    "AS_SAYING_VERBS",
    "LABEL_VERBS",
    "LY_NOT_ADVERBS",
    "NAMING_VERBS",
    "CUE_ADVERBS",
    "verb_forms",
]


#: Verbs that double their last consonant (admit, admitted).
_DOUBLED = frozenset({"admit", "quip", "snap", "refer", "regret", "plan", "commit", "slam", "dub", "peg", "tag"})


def verb_forms(base: str, past: str | None = None, ing: str | None = None) -> frozenset[str]:
    """The forms of a regular speech verb: base, third person, past, gerund.

    >>> sorted(verb_forms("stress"))
    ['stress', 'stressed', 'stresses', 'stressing']
    """
    if base in _DOUBLED:
        third, past_default, ing_default = base + "s", base + base[-1] + "ed", base + base[-1] + "ing"
    elif base.endswith("ee"):
        third, past_default, ing_default = base + "s", base + "d", base + "ing"
    elif base.endswith("e"):
        third, past_default, ing_default = base + "s", base + "d", base[:-1] + "ing"
    elif base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third, past_default, ing_default = base + "es", base + "ed", base + "ing"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        third, past_default, ing_default = base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    else:
        third, past_default, ing_default = base + "s", base + "ed", base + "ing"
    return frozenset({base, third, past or past_default, ing or ing_default})


_REGULAR = (
    "add", "stress", "note", "warn", "insist", "reply", "ask", "tweet", "declare", "explain",
    "announce", "claim", "argue", "state", "remark", "comment", "continue", "recall", "acknowledge",
    "admit", "agree", "assert", "charge", "complain", "concede", "confirm", "contend", "counter",
    "deny", "emphasize", "emphasise", "exclaim", "joke", "maintain", "mention", "observe", "predict",
    "promise", "quip", "reiterate", "respond", "report", "reveal", "suggest", "testify", "urge",
    "vow", "shout", "yell", "whisper", "boast", "lament", "conclude", "post", "answer", "scoff",
    "apologize", "apologise",
    "retort", "chant", "muse", "caution", "point", "demand", "plead", "pledge", "tout",
    "recount", "wonder", "allege", "blast", "snap", "marvel", "summarize", "summarise",
    "underline", "underscore", "repeat", "protest", "object", "interject",
    "concur", "posit", "sneer", "grumble", "mutter", "confide", "fume", "gush", "rage", "accuse",
    "cite", "rule", "insist", "thunder", "proclaim", "chide", "scold", "assure", "inform", "advise",
    "question", "imply", "bark", "bemoan", "vent", "recommend", "remember", "indicate", "elaborate", "surmise",
    "retweet", "riff", "email", "echo", "confess", "ponder", "beam", "highlight", "specify",
)  # fmt: skip

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("said", "saying", "says"),
    "tell": ("told", "telling", "tells"),
    "write": ("wrote", "writing", "writes"),
    "speak": ("spoke", "speaking", "speaks"),
    "sing": ("sang", "singing", "sings"),
    "read": ("reads",),  # "the letter reads": the present only; "read" is too often not a cue
    "swear": ("swore", "swearing", "swears"),
}

#: Two-word cues, read as one token by the tokenizer: first word -> the words that may follow it.
PHRASAL_CUES: dict[str, frozenset[str]] = {
    "shot": frozenset({"back"}),
    "shoots": frozenset({"back"}),
    "fired": frozenset({"back"}),
    "fires": frozenset({"back"}),
    "hit": frozenset({"back"}),
    "hits": frozenset({"back"}),
    "chimed": frozenset({"in"}),
    "chimes": frozenset({"in"}),
    "piped": frozenset({"up"}),
    "spoke": frozenset({"up"}),
    "went": frozenset({"on"}),
    "goes": frozenset({"on"}),
}

#: Words after a phrasal cue's two words that make them no cue ("went on to promote the show").
PHRASAL_NOT_BEFORE: frozenset[str] = frozenset({"to"})

#: Every form of every speech verb, lower case (and the two-word cues).
SPEECH_VERBS: frozenset[str] = frozenset().union(
    frozenset(f"{first} {second}" for first, rest in PHRASAL_CUES.items() for second in rest),
    *(verb_forms(v) for v in _REGULAR),
    *(frozenset(rest if base == "read" else (base, *rest)) for base, rest in _IRREGULAR.items()),
)

#: Verbs whose subject is a written thing that carries the words ("the letter read", "read the
#: statement"): a cue only where that subject is a written thing or a pronoun standing for one
#: ("One banner read "..."", "a sign that read "...""), before the quote or after it.
TEXT_VERBS: frozenset[str] = frozenset({"read", "found", "finds"})

#: Verbs by which a thing gives words, besides the speech verbs ("chanted", "sang", "wrote" are
#: among those): "the banners read", "it was signed "a neighbour"". After "According to her," a
#: verb of either kind makes the words somebody else's, not hers.
CARRYING_VERBS: frozenset[str] = frozenset(
    {"read", "signed", "printed", "painted", "scrawled", "stamped", "titled", "headlined", "written"}
)

#: Speech verbs whose object is the person spoken to ("he told Lund."), not a speaker named
#: after the verb ("said Lund."): a pronoun before one never stands for that person.
ADDRESSING_VERBS: frozenset[str] = frozenset(
    {"told", "tells", "asked", "asks", "urged", "urges", "warned", "warns", "assured", "assures", "reminded"}
)

#: Speech verbs that answer what was said before ("\"Now and then,\" he replied"): their
#: speaker is the one the question before addressed, whatever the asker's gender.
REPLY_VERBS: frozenset[str] = frozenset(
    {
        "replied",
        "replies",
        "answered",
        "answers",
        "responded",
        "responds",
        "retorted",
        "retorts",
        "shot back",
        "fired back",
        "hit back",
        "countered",
        "counters",
    }
)

#: Speech verbs that go on with what the same speaker said before ("\"...,\" the envoy added"):
#: a description before one stands for a speaker already heard, never for one still to come.
CONTINUING_VERBS: frozenset[str] = frozenset({"added", "adds", "continued", "continues", "went on", "goes on"})

#: Nouns for what somebody said, which may label the words after a colon when they are
#: somebody's ("His reply was blunt:", "The minister's message:").
SPEECH_NOUNS: frozenset[str] = frozenset(
    {"reply", "answer", "response", "retort", "message", "verdict", "advice", "warning", "explanation",
     "words", "comment", "comments", "remark", "remarks", "assessment", "conclusion", "plea", "instructions",
     "promise", "pledge", "argument", "prediction", "diagnosis", "rejoinder", "riposte", "summary", "take"}
)  # fmt: skip

#: Verbs of the relay pattern "AGENCY quoted X as saying".
AS_SAYING_VERBS: frozenset[str] = frozenset(
    {"quoted", "quotes", "quoting", "cited", "cites", "citing", "reported", "reports", "quote", "cite"}
)

#: Verbs that introduce a partial quote as a name or label: called it "baseless".
_NAMING = (
    "call", "describe", "dub", "label", "brand", "term", "characterize", "characterise", "condemn", "dismiss",
    "praise", "hail", "denounce", "criticize", "criticise", "slam", "blast", "mock", "laud", "liken", "exhort",
    "attack", "decry", "tout", "ridicule", "rate", "deride", "lambast", "blame", "portray", "thank",
)  # fmt: skip

NAMING_VERBS: frozenset[str] = frozenset().union(*(verb_forms(v) for v in _NAMING), {"labelled", "labelling"})

_LABELLING = (
    "refer", "describe", "portray", "hail", "dismiss", "regard", "view", "depict", "characterize", "characterise",
    "label", "brand", "tout", "praise", "introduce", "present", "position", "frame", "define", "treat",
    "denounce", "criticize", "attack", "defend", "mock", "offer", "promote", "pitch", "address", "dub", "style",
    "herald", "paint", "deride", "ridicule", "rate", "celebrate", "laud", "sum", "play", "condemn", "reject",
    "blast", "slam", "embrace", "welcome", "envision", "identify", "list", "admire", "pound", "bash", "tag",
    "peg", "lambast", "disparage", "insult", "smear", "scorn", "decry", "cite",
)  # fmt: skip

#: Verbs by which a subject puts a label on something ("referred to the plan as "a mess"",
#: "cast herself as"); the as_label rule needs one of them before "as".
LABEL_VERBS: frozenset[str] = frozenset().union(
    *(verb_forms(v) for v in _LABELLING),
    {"see", "sees", "saw", "seeing", "cast", "casts", "casting", "gone", "went"},  # "has gone after X as"
)

#: Words that may stand between a speaker and the cue ("he also said", "Brandt later told").
CUE_ADVERBS: frozenset[str] = frozenset(
    {
        "also", "later", "then", "again", "previously", "earlier", "once", "has", "had", "have",
        "further", "repeatedly", "recently", "publicly", "privately", "reportedly", "flatly",
        "simply", "bluntly", "quickly", "angrily", "frankly", "firmly", "only", "even", "just",
        "would", "will", "not", "did", "does", "never", "was", "is", "often", "frequently",
        "sometimes", "always", "routinely", "still", "now", "first", "initially", "finally",
        "openly", "proudly", "loudly", "quietly", "calmly",
    }
)  # fmt: skip

#: Words in "-ly" that are not adverbs: any other lower-case "-ly" word of six letters or
#: more before a cue is taken for a manner adverb ("forcefully told", "tersely replied").
LY_NOT_ADVERBS: frozenset[str] = frozenset(
    {"family", "assembly", "anomaly", "monopoly", "supply", "rally", "ally", "daily", "weekly", "monthly",
     "quarterly", "yearly", "bully", "belly", "holly", "folly", "jelly", "italy", "july", "homily",
     "butterfly", "reply"}
)  # fmt: skip

#: Cue words that are also common nouns ("the audit report", "his comments"):
#: taken as a cue only where a verb can stand.
NOUN_HOMOGRAPHS: frozenset[str] = frozenset(
    {
        "report", "reports", "claim", "claims", "comment", "comments", "note", "notes", "post", "posts",
        "tweet", "tweets", "answer", "answers", "promise", "promises", "reply", "replies", "charge",
        "charges", "counter", "statement", "remark", "remarks", "state", "states", "testify", "vow",
        "vows", "boast", "boasts", "lament", "laments", "demand", "demands", "pledge", "pledges",
        "point", "points", "object", "objects", "protest", "protests", "caution", "joke", "jokes",
        "quip", "quips", "chant", "chants", "recall", "recalls", "whisper", "shout", "yell",
        "mention", "mentions", "snap", "muse", "stress", "warning", "counters", "rage",
        "question", "questions", "email", "emails", "highlight", "highlights", "echo", "echoes", "vent",
        "bark", "beam", "thanks", "rating", "blame", "praise", "terms", "attack", "attacks", "blast",
    }
)  # fmt: skip

#: Verbs of headlines that put words in a subject's mouth ("Warren Hammers CEO: '...'").
#: Words right before a quote that put it in the author's voice, distancing it from whoever
#: used it (its so-called "shadow fleet"): a scare quote, nobody's statement.
SCARE_MARKERS: frozenset[str] = frozenset({"so-called", "so called", "self-styled", "self-proclaimed"})

#: Nouns that, in an appositive right after a short quote, make it a name the author reports
#: ('"the Countess", a nickname she never understood'): nobody's statement.
NICKNAME_NOUNS: frozenset[str] = frozenset({"nickname", "moniker", "epithet", "sobriquet", "name"})

#: Verbs by which somebody makes a written thing that later "reads" or "says" ("Lumenfold
#: emailed its customers. "...," the email read"; "a text message Ida Lund sent").
WRITING_VERBS: frozenset[str] = frozenset(
    {"wrote", "emailed", "sent", "posted", "issued", "released", "published", "tweeted", "texted",
     "signed", "penned", "circulated", "mailed", "distributed", "left", "filed", "submitted", "drafted",
     "compiled", "authored"}
)  # fmt: skip

#: Writing verbs that also tell a motion ("filed into the room", "left for Oslo"): a writing
#: only when no preposition follows.
MOTION_WRITING_VERBS: frozenset[str] = frozenset({"filed", "left"})

HEADLINE_VERBS: frozenset[str] = frozenset(
    {
        "rips", "slams", "hammers", "blasts", "knocks", "mocks", "bashes", "praises", "defends",
        "attacks", "rallies", "rally", "shows", "urges", "vows", "warns", "accuses", "calls", "says",
        "tells", "admits", "denies", "rejects", "dismisses", "backs", "hails", "touts", "grills",
    }
)  # fmt: skip

#: Particles after a naming verb that make it another verb: "called for", "called on ... to".
NOT_NAMING_AFTER: frozenset[str] = frozenset({"for", "on", "off", "up", "in", "back", "out"})

#: Nouns of a recording that shows its person speaking ('footage of Ida Marsh asking, "..."'):
#: the person after "of" is the speaker, not the recording.
RECORDING_NOUNS: frozenset[str] = frozenset(
    {"footage", "video", "videos", "recording", "recordings", "clip", "clips", "audio", "tape", "tapes", "film"}
)

#: Verbs by which people give a thing or a person a name ('dubbed him "Captain Tide"').
NAME_GIVING_VERBS: frozenset[str] = frozenset().union(
    *(verb_forms(v) for v in ("dub", "nickname", "christen", "rename"))
)

#: Verbs that give a name only as a habit ('came to call it "the Iron Gate"', 'fans call him
#: "Captain Tide"') or before "the" ('named it "The Long Wharf"'); else what follows is the
#: caller's own verdict ('called it "Absolutely Wrong."').
NAME_CALLING_VERBS: frozenset[str] = verb_forms("call") | verb_forms("name")

#: Passive participles that open a sentence with the question put to its subject ("Asked
#: whether ..., Marsh said"), and the words that may follow them there; the words that open a
#: question put to somebody ("asked Dahl whether ...": his answer comes next).
QUESTIONED_PARTICIPLES: frozenset[str] = frozenset({"asked", "pressed", "questioned", "quizzed", "challenged"})
ASK_VERBS: frozenset[str] = frozenset({"asked", "asks"})
QUESTION_WORDS: frozenset[str] = frozenset(
    {"whether", "if", "about", "what", "which", "how", "why", "who", "when", "where"}
)
QUESTION_OPENERS: frozenset[str] = QUESTION_WORDS | {"to", "by", "for", "on"}

#: Present-tense verbs by which people at large name a thing ("what analysts call"), or call
#: somebody by a name as a habit ('fans call him "Captain Tide"').
LABEL_PRESENT_VERBS: frozenset[str] = frozenset({"call", "calls", "term", "terms", "dub", "dubs", "describe"})

#: Verbs that may ask for anonymity rather than speak, and the words after them that make them
#: do so ("a town official who asked not to be named told Kyodo", "who requested anonymity",
#: "asked that only her first name be used"): there the verb is no cue.
ANONYMITY_VERBS: frozenset[str] = frozenset(
    {"asked", "asks", "asking", "requested", "requests", "requesting", "declined", "declines", "declining"}
)
#: Verbs of wanting that, negated, refuse a name ("who did not want to give his name", "who
#: didn't wish to be named"), read with :data:`ANONYMITY_AFTER` after them.
ANONYMITY_WISH_VERBS: frozenset[str] = frozenset({"want", "wanted", "wants", "wish", "wished", "wishes"})
ANONYMITY_AFTER: tuple[tuple[str, ...], ...] = (
    ("not", "to", "be", "named"), ("not", "to", "be", "identified"), ("not", "to", "be", "quoted"),
    ("not", "to", "be", "publicly"), ("to", "remain", "anonymous"), ("to", "remain", "unnamed"), ("anonymity",),
    ("for", "anonymity"), ("that", "his", "name"), ("that", "her", "name"), ("that", "their", "name"),
    ("that", "only"), ("not", "to", "give"), ("to", "be", "named"),
    ("to", "be", "identified"), ("to", "give", "his"), ("to", "give", "her"), ("to", "give", "their"),
)  # fmt: skip

#: Participles before "by" that give a written thing's maker in its own phrase ("a notice
#: signed by the trail club reads", "a leaflet issued by the council says"); not "published"
#: (a newspaper publishes a reader's letter).
MAKING_PARTICIPLES: frozenset[str] = frozenset(
    {"signed", "issued", "posted", "written", "sent", "released", "distributed", "circulated"}
)

#: Words before "to" that make the speech verb after them a permission, not speech ("was not
#: authorized to speak to the media"): no cue there.
PERMISSION_WORDS: frozenset[str] = frozenset(
    {"authorized", "authorised", "allowed", "permitted", "cleared", "entitled", "empowered"}
)

#: Participles that put a label on a thing ('jars labelled "alla genovese"'): after a lower-case
#: noun, the quote is the label, nobody's statement.
LABEL_PARTICIPLES: frozenset[str] = frozenset(
    {"labelled", "labeled", "stamped", "badged", "signposted", "titled", "entitled"}
)
