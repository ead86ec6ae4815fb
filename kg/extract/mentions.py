"""Finding typed entity mentions in a document.

Three sources, in order of trust: the knowledge base (a token trie, see `gazetteer`); the
shape of a capitalised name ("... Police Department", "Department of ...", "... Inc.",
"... University", a title before a person's name); and the words around an unknown name
("the AI surveillance company Fusus", "Tor Ekeland, an attorney for ..."). Names typed once
are then found again everywhere in the document, with their short forms (a person's surname,
a defined acronym "(ICE)"), because articles name an entity fully once and briefly after.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kg.extract.activities import activity_spans
from kg.extract.compound_names import compound_names
from kg.extract.gazetteer import Gazetteer, Match, Token, gazetteer, tokenize
from kg.extract.name_types import (
    GENERIC_AGENCY,
    PERSON_AFTER,
    PERSON_BEFORE,
    PRODUCT_INTRO,
    ROLE_WORDS,
    SAID_ONLY,
    company_by_deed,
    context_type,
    firm_context,
    referred_as_it,
    shape_type,
    vendor_before,
)
from kg.knowledge import KnowledgeBase, KnowledgeEntry
from kg.model import Document, Sentence
from kg.names import LEGAL_SUFFIXES


@dataclass
class Mention:
    """A typed span of the document (`start`/`end` are offsets in the document text)."""

    start: int
    end: int
    text: str
    type: str
    sentence: int
    entry: KnowledgeEntry | None = None
    source: str = "kb"  # kb | partial | shape | context | compound | document | anaphor | pronoun
    name: str = ""
    cluster: int = -1
    refers: int = -1  # "the gunshot detection system": the product cluster it describes


_TITLES = frozenset("""mr mrs ms dr adv sen senator rep representative gov governor mayor president
secretary judge justice chief officer detective sgt sergeant lt lieutenant capt captain
commissioner director deputy prof professor ceo chairman chairwoman sheriff undersheriff
superintendent
councilmember councilman councilwoman alderman inspector agent trooper chancellor minister
premier lawmaker founder cofounder spokesperson spokesman spokeswoman attorney general
lawyer analyst researcher activist reporter journalist economist scholar investigator by
executive official cto cfo coo cro cio ciso cso cpo comptroller auditor treasurer controller
assessor clerk
ombudsman constable maj major col colonel cmdr commander cpl corporal manager tem member
supervisor counsel members councilmembers councilors councillors commissioners supervisors
plaintiff plaintiffs defendant defendants petitioner petitioners claimant claimants activists
journalists reporters researchers lawyers attorneys campaigner campaigners whistleblower
""".split())
# Words of a capitalised title before its head ("Chief Technology Officer", "Communications
# Director"): part of the title, not of the organisation before it.
_TITLE_PARTS = frozenset("""chief vice senior deputy assistant executive associate technology
operating financial marketing communications information product legal privacy security
research policy sales operations strategy data digital innovation revenue business development
engineering compliance affairs media press external corporate global regional""".split())
# Titles that head a run only as a role over the organisation named after them.
_ROLE_TITLES = frozenset("""ceo cto cfo coo cro cio ciso cso cpo chairman chairwoman chair founder
cofounder co-founder
president director head chief spokesperson spokesman spokeswoman executive""".split())
_STOP = frozenset("""furthermore moreover additionally nevertheless instead likewise similarly
consequently therefore thus indeed
the a an in on at as for from to of with according after before during since
under while when if but and or so yet it its this that these those their there here some many
most every each any all one two three four other another last next then now even also his her
they we our not no however meanwhile still today yesterday monday tuesday wednesday thursday
friday saturday sunday january february march april may june july august september october
november december key points besides ahead instead unlike like
among amid amidst despite through across against until within without by about between
throughout toward towards via although though because whether unless once""".split())
# Who, of a body, a sentence may open with ("Members of the City Council said").
_PARTITIVE = frozenset("""members officials residents critics users customers employees staff
representatives supporters opponents officers agents lawyers attorneys executives investors
shareholders clients parts most much none both either neither majority minority""".split())
_ON_HEADS = frozenset({"Committee", "Subcommittee", "Commission", "Council", "Board"})
# "the Council on May 1", "the Board on Tuesday": a date, not "Council on Foreign Relations".
_CALENDAR_WORDS = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
February March April May June July August September October November December""".split())
_CONNECT = frozenset({"of", "for", "the", "de", "and", "&"})
_NONPROFIT = re.compile(r"\b(?:Institute|Foundation|University|Association|Society|Union|"
                        r"Center|Centre|Coalition)\s+(?:for|of)\b")
_PRODUCT_HEADS = frozenset({"System", "Platform", "Suite", "Software", "App", "Studio"})
_OWNER_BEFORE = re.compile(r"(?:['’]s|\b[Ii]ts|\b[Tt]heir)\s+$")  # "Palantir's Maven Smart System"
_AND_ITS_AFTER = re.compile(r"^\s*,?\s+and\s+its\s+(?!own\b)")
_UNITS = frozenset({"Division", "Bureau", "Unit", "Branch", "Section", "Squad", "Directorate"})
_OF_A_BODY = re.compile(r"\s+of\s+the\s+(?:[A-Z][\w'’.-]*\s+){0,6}?(?:Department|Ministry|"
                        r"Office|Police|Force|Service|Agency|Bureau|Commission|Administration|"
                        r"Government|Attorney\s+General)\b")
_KIND_WORDS = frozenset({"Company", "Firm", "Startup", "Agency"})
_DIVISIONS = frozenset({"Cloud", "Ventures", "Capital", "Growth", "Fund"})
_DOMAINS = frozenset({"ai", "io", "com", "org", "net"})
# Common nouns a name may pair with "and" ("Import and Export", "Science and Technology").
_TRADE_WORDS = frozenset("""import export research development science technology trade industry
investment engineering construction security defense defence communications information
commerce innovation data analytics""".split())
_COMMA_SUFFIXES = frozenset({"inc", "llc", "ltd", "corp", "plc", "l.l.c", "gmbh", "ag", "s.a"})
# Only an office holder's possessive is part of an agency's name ("Sheriff's Office"); any
# other ("Treasury's Office of Foreign Assets Control") separates two names.
_OFFICE_HOLDERS = frozenset({"sheriff", "mayor", "attorney", "governor", "prosecutor",
                             "comptroller", "marshal", "coroner", "treasurer", "auditor",
                             "controller", "clerk", "assessor", "commissioner", "chancellor"})
_UP, _LOW = "A-ZÀ-ÖØ-ÞĀ-ž", "a-zß-öø-ÿĀ-ž"  # Latin letters with accents: "Stéphane", "Banaś"
# A name's words, with initials written together ("T.J. Donovan") but not a place's ("U.S.").
_NAME_WORD = re.compile(rf"^[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)?$|^[{_UP}]\.?$|"
                        rf"^[{_UP}][{_LOW}]*[{_UP}][{_LOW}]+$|"
                        r"^(?!(?:U\.[SKN]|E\.U|D\.C|L\.A|N\.Y)\.$)(?:[A-Z]\.){2}$")
# Undotted initials opening a person's name ("JP Guilbault"), not a country's or a field's.
_INITIALS = re.compile(r"^(?!(?:US|UK|EU|UN|AI|TV|IT|HR|PR|VP|ID|IP|DC|LA|NY)$)[A-Z]{2}$")
_COUNTER = re.compile(r"(?i)\b(?:counter|anti)(?:[-‑–]\s*|\s+)$")
_ACRONYM_DEF = re.compile(r"^\s*\(\s*([A-Z][A-Za-z0-9&.]{1,11})\s*\)")
_OR_DEF = re.compile(r"^\s*,\s+or\s+([A-Z][A-Za-z0-9]+(?:[A-Z][A-Za-z0-9]*)*)\b")

# "In a statement to Digital Trends, a CBP spokesperson said": a name that ends a fronted
# phrase, whatever its comma is followed by.
_FRONTED_TO = re.compile(r"(?i)^\s*(?:in\s+(?:a|an)\s+(?:(?:written|emailed|joint)\s+)?"
                         r"(?:statement|email|e-mail|interview|comment|response)s?\s+"
                         r"(?:to|with)|(?:according|speaking|talking|writing|responding)\s+to)"
                         r"\s+(?:the\s+)?$")

_BODY_HEADS = frozenset({"Department", "Ministry", "Office", "Bureau", "Commission", "Agency",
                         "Committee", "Council", "Authority", "Institute", "Center", "Centre",
                         "Constabulary", "Project", "Foundation", "Coalition", "Alliance",
                         "Network", "Initiative", "Association"})


def _and_inside_name(tokens: list[Token], i: int, j: int) -> bool:
    """ "Department of Emergency and Military Affairs", "Independent Electoral and Boundaries
    Commission": an "and" inside a body's name (after its "Department of", or before its
    head), not between two names."""
    run = [t.text for t in tokens[i:j + 1]]
    if run[-1] in _BODY_HEADS or "and" in run:  # (one "and" inside a name at most)
        return False  # "the Israeli Defense Ministry and Economy Ministry": two bodies
    if j + 3 < len(tokens) and tokens[j + 3].text in ("'s", "’s"):
        return False  # "the Ministry of Finance of Tajikistan and China's Exim Bank": an owner
    if any(w in _BODY_HEADS for w in run) and any(w in ("of", "for") for w in run):
        return True
    after = [t.text for t in tokens[j + 2:j + 4]]
    if len(run) == 1 and len(after) == 2 and after[1] == "Constabulary" and (
            after[0][:1].isupper()):
        return True  # "Avon and Somerset Constabulary": one force of two counties
    if len(run) < 2 or any(w.isupper() for w in run):
        return False  # "the CIA and Defense Department", "Microsoft and the Justice Department"
    head = next((n for n, w in enumerate(after) if w in _BODY_HEADS), None)
    return head is not None and all(w[:1].isupper() for w in after[:head])


_COMMON_AMPERSAND = frozenset({"R&D", "M&A", "Q&A", "P&L"})


def _capword(t: Token) -> bool:
    s = t.text
    return s[:1].isupper() or (s[:1].islower() and s.isalnum() and any(c.isupper() for c in s))


# What follows a name's hyphen as an adjective ("Hong Kong-based", "New York-listed"), never
# the lowercase second syllable of a given name ("Jong-in").
_HYPHEN_SUFFIXES = frozenset("""based made backed owned led run funded founded linked style like
related affiliated controlled built operated developed designed era born registered
headquartered listed aligned focused powered enabled specific wide sized level only free
friendly class type scale term area region centric supported sponsored approved certified
compliant native origin dominated bound inspired""".split())


# A name that has reached its legal form ("Gamma International GmbH", "S.A. de C.V.") ends
# there: "of" after it says where the firm is, not more of its name.
_ENDS_LEGAL = re.compile(r"(?:\b(?:" + "|".join(sorted(
    re.escape(x) for x in LEGAL_SUFFIXES if "." not in x)) + r")|\b[A-Z](?:\.[A-Z])+)\.?$",
    re.IGNORECASE)


def _text_of(tokens: list[Token], i: int, j: int) -> str:
    """The words of tokens i..j as one string (spaces between, none inside)."""
    return "".join(t.text if k == i or t.start == tokens[k - 1].end else " " + t.text
                   for k, t in enumerate(tokens[i:j + 1], start=i))


def _runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Maximal capitalised-name token runs (inclusive token indices)."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    while i < n:
        if not _capword(tokens[i]):
            i += 1
            continue
        if i + 2 < n and "".join(t.text for t in tokens[i:i + 3]) in _COMMON_AMPERSAND and (
                tokens[i + 2].end - tokens[i].start == 3):
            i += 3  # "its R&D team": a common noun, not a name
            continue
        j = i
        while j + 1 < n:
            nxt = tokens[j + 1]
            if _capword(nxt) and nxt.start - tokens[j].end <= 1:
                j += 1
                continue
            glue = nxt.text
            joined = nxt.start == tokens[j].end  # no space: "Ton-That", "Sheriff's", "J."
            if glue in _PARTICLES and j + 2 < n and _capword(tokens[j + 2]) and (
                    _NAME_WORD.match(tokens[j].text) and _NAME_WORD.match(tokens[j + 2].text)):
                j += 2  # "Rokus van Iperen", "Ludwig van Beethoven"
                continue
            if glue == "&" and j + 2 < n and _capword(tokens[j + 2]) and not any(
                    t.text == "&" for t in tokens[i:j + 1]):
                j += 2  # "Fisca Security & Communication", "Procter & Gamble": one name
                continue
            if glue in ("and", "&") and j + 2 < n and _capword(tokens[j + 2]) and (
                    (tokens[j].text.lower() in _TRADE_WORDS
                     and tokens[j + 2].text.lower() in _TRADE_WORDS)
                    or _and_inside_name(tokens, i, j)):
                j += 2  # "China National Electronics Import and Export Corporation"
                continue
            if glue == "," and j + 2 < n and tokens[j + 2].text.lower().rstrip(
                    ".") in _COMMA_SUFFIXES and _capword(tokens[j + 2]):
                j += 2  # "Axon Enterprise, Inc.": the legal suffix after a comma
                continue
            if glue == "-" and joined and j > i and j + 2 < n and (
                    tokens[j + 2].text.isalpha() and tokens[j + 2].text.islower()
                    and tokens[j + 2].start == nxt.end
                    and tokens[j + 2].text not in _HYPHEN_SUFFIXES
                    and _NAME_WORD.match(tokens[j].text)):
                j += 2  # "Yoon Jong-in", "Moon Jae-in": a given name's lowercase syllable
                break
            if glue in ("-", ".") and joined and j + 2 < n and (_capword(tokens[j + 2]) or (
                    tokens[j].text == "Co" and tokens[j + 2].text in ("operative", "op"))):
                j += 2  # "Ton-That", "Southern Co-operative"
                continue
            if glue == "." and joined and j + 2 < n and tokens[j + 2].text in _DOMAINS and (
                    tokens[j + 2].start == nxt.end):
                j += 2  # "BigBear.ai"
                break
            if glue == "-" and joined and j + 2 < n and tokens[j + 2].start == nxt.end and (
                    any(c.isdigit() for c in tokens[j + 2].text)):
                j += 2  # "GPT-4 Turbo", "MQ-9 Reaper": a model number inside the name
                continue
            if nxt.text.isdigit() and len(nxt.text) <= 2 and (
                    (j == i and any(c.isupper() for c in tokens[i].text[1:]))
                    or (j > i and j + 2 < n and tokens[j + 2].text.islower())):
                j += 1  # "BioStar 2", "the Axon Body 4 body camera": a product's version
                break
            if glue[:1] in "'’" and joined and j + 2 < n and tokens[j].text in ("O", "D") and (
                    _capword(tokens[j + 2]) and tokens[j + 2].start == nxt.end):
                j += 2  # "James O'Neill", "D'Angelo": one surname
                continue
            if glue[:1] in "'’" and joined and j + 2 < n and tokens[j + 2].text in (
                    "Office", "Department") and tokens[j].text.lower() in _OFFICE_HOLDERS:
                j += 2
                continue
            if ((glue == "on" and tokens[j].text in _ON_HEADS) or (
                    glue == "and" and tokens[j - 1].text == "on" and any(
                        t.text in _ON_HEADS for t in tokens[i:j + 1]))) and (
                    j + 2 < n and _capword(tokens[j + 2])
                    and tokens[j + 2].text not in _CALENDAR_WORDS):
                j += 2  # "House Committee on Oversight and Reform"
                continue
            if glue == "of" and tokens[j].text in _UNITS and j + 2 < n and (
                    tokens[j + 2].text.lower() == "the"):
                break  # "the Consumer Protection Division of the Office of Attorney General":
                # a unit, then the body it belongs to, two names
            if glue == "of" and _ENDS_LEGAL.search(_text_of(tokens, i, j)):
                break  # "SYM Servicios Integrales S.A. de C.V. of Mexico City": where it is
            if glue.lower() in _CONNECT and glue.lower() not in ("and", "&"):
                k = j + 1
                while k < n and (tokens[k].text.lower() in _CONNECT or (
                        tokens[k].text in ("a", "an") and tokens[k - 1].text in ("of", "for"))):
                    k += 1  # "Leaders of a Beautiful Struggle"
                if k < n and _capword(tokens[k]) and k - j <= 3:
                    j = k
                    continue
            break
        scanned = j  # the next run starts after what was scanned, however much is trimmed
        # Drop leading sentence words ("The", "According") and a trailing "'s" never gets in.
        while i <= j and ((tokens[i].text.lower() in _STOP and not (
                tokens[i].text.isupper() and len(tokens[i].text) > 1 and i < j))  # "IN Groupe"
                or (tokens[i].text.lower() in _PARTITIVE and i < j
                    and tokens[i + 1].text == "of")  # "Members of the Detroit City Council"
                or (tokens[i].text.lower() in ("attorneys", "lawyers") and i < j
                    and tokens[i + 1].text == "for")):  # "Attorneys for the Heritage Foundation"
            i += 1
        while j >= i and tokens[j].text.lower() in _CONNECT:
            j -= 1
        if i <= j:
            runs.append((i, j))
        i = scanned + 1
    return runs



# A headline has no full stop; a sentence may end on an acronym ("... bought Clearview AI.").
_ENDS_SENTENCE = re.compile(r"(?:[a-z0-9)]|\b[A-Z][A-Za-z]*[A-Z])[.!?][\"”’']?\s*$")


def _is_headline(tokens: list[Token]) -> bool:
    words = [t.text for t in tokens if t.text[:1].isalpha()]
    if len(words) < 5:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) > 0.6


_GIVEN_AND_INITIAL = re.compile(r"[A-Z][a-z]+\s+[A-Z]\.\s+")
# A name's generation ("Jr.", "III") and the particles inside a surname ("Rokus van Iperen").
_GENERATIONS = frozenset({"Jr", "Sr", "II", "III", "IV"})
_PARTICLES = frozenset({"van", "von", "der", "den", "bin", "ibn", "da", "di", "dos", "das", "ter",
                        "ten"})


def _person_span(words: list[Token]) -> list[Token] | None:
    """The name after the last title word of a run ("Commerce Secretary Gina Raimondo",
    "Chief of Police Richard Lucero")."""
    last_title = -1
    for k, t in enumerate(words):
        office = t.text in ("Police", "Staff") and k >= 2 and words[k - 1].text == "of" and (
            words[k - 2].text.lower() in _TITLES)
        if office or t.text.lower().rstrip(".") in _TITLES:
            last_title = k
    rest = [t for t in words[last_title + 1:] if t.text not in (".", "'", "’")]
    tail = rest[-1:] if len(rest) > 2 and rest[-1].text.rstrip(".") in _GENERATIONS else []
    core = rest[:len(rest) - len(tail)]  # "James H. Adams III": the name before its suffix
    if last_title >= 0 and 2 <= len(core) <= 3 and all(
            (_NAME_WORD.match(t.text) and t.text.lower() not in _STOP | _CONNECT)
            or (0 < n < len(core) - 1 and t.text in _PARTICLES) for n, t in enumerate(core)):
        return rest
    if last_title >= 0 and len(rest) > 3 and rest[0].text in ("for", "of") and all(
            _NAME_WORD.match(t.text) and t.text.lower() not in _STOP | _CONNECT
            for t in rest[-2:]):
        return rest[-2:]  # "Deputy Assistant Director for Counterterrorism Christine Halvorsen"
    return None


# "WASHINGTON (Reuters) -", "(AP) —": the wire service credited before the story begins.
_DATELINE = re.compile(r"^[^()\n]{0,40}\((?:[A-Z][\w.&' ]{1,30})\)\s*[-–—]")


def _in_dateline(doc: Document, m: Mention) -> bool:
    sent = doc.sentences[m.sentence]
    line = _DATELINE.match(sent.text)
    return line is not None and m.end <= sent.start + line.end()


_COUNTRY_BEFORE = re.compile(r"\b(?:United\s+States|U\.S\.|US)\s+$")
# ... or after a post written in lower case ("Senior researcher John Scott-Railton of Citizen Lab")
_SPEAKER_BEFORE = re.compile(rf"(?:\bsaid|\bsays|\baccording\s+to|\bby|\b(?:{ROLE_WORDS}))\s+$")


def _title_person_of(words: list[Token], titled: bool = True
                     ) -> tuple[list[Token], list[Token]] | None:
    """A title (or, after "said", none), a two- or three-word name, then "of"/"at" and an
    organisation's name: the person and the organisation are two names, not one ("Detective
    Ann Lee of the NYPD", "said Hamid Khan of the Stop LAPD Spying Coalition")."""
    if titled and words[0].text.lower().rstrip(".") not in _TITLES:
        return None
    first = 0
    while titled and first < len(words) and (  # the whole title: "Lt.", "Attorney General"
            words[first].text == "." or words[first].text.lower().rstrip(".") in _TITLES):
        first += 1
    if len(words) < 4 + first:
        return None
    for k in range(2 + first, 6 + first):  # (a hyphenated surname is three tokens)
        name = words[first:k]
        if k + 1 < len(words) and words[k].text in ("of", "at") and all(
                (_NAME_WORD.match(t.text) and t.text.lower() not in _STOP | _CONNECT)
                or (t.text == "-" and 0 < i < len(name) - 1) for i, t in enumerate(name)) and (
                2 <= sum(1 for a, b in itertools.pairwise(name) if b.start > a.end) + 1
                <= 3):
            rest = words[k + 1:]
            while rest and rest[0].text.lower() in _CONNECT:
                rest = rest[1:]
            return (words[first:k], rest) if rest else None
    return None


def _untitled_person_of(text: str, sent: Sentence, words: list[Token], kb: KnowledgeBase
                        ) -> tuple[list[Token], list[Token]] | None:
    """A name, then "of" and an organisation, with no title: two names after "said" or a
    role ("said Hamid Khan of the Stop LAPD Spying Coalition"), or where the knowledge base
    knows the body and the name is no title ("John Scott-Railton of Citizen Lab", but not
    "Deputy Secretary of DHS")."""
    split = _title_person_of(words, titled=False)
    if split is None:
        return None
    person, body = split
    if _SPEAKER_BEFORE.search(text[max(sent.start, words[0].start - 20):words[0].start]):
        return split
    known = any(e.type in ("Organization", "Company", "Agency")
                for e in kb.lookup(text[body[0].start:body[-1].end]))
    titled = any(w.text.lower().rstrip(".") in _ANY_TITLE for w in person)
    return split if known and not titled else None


def find_mentions(doc: Document, kb: KnowledgeBase) -> list[Mention]:
    """All typed mentions of `doc`, sorted by position, without overlaps."""
    gaz = gazetteer(kb)
    text = doc.text
    mentions: list[Mention] = []
    local: dict[str, tuple[str, str]] = {}  # surface -> (type, full name) learned in this doc
    loose: list[tuple[int, int, int]] = []  # untyped two- or three-word names
    untyped: list[tuple[int, int, int]] = []  # other names no cue typed
    said: set[str] = set()  # typed Person only because they "said" something
    firms: set[str] = set()  # known products the article treats as firms
    tokenized = [tokenize(sent.text, sent.start) for sent in doc.sentences]
    for sent, tokens in zip(doc.sentences, tokenized, strict=True):
        headline = _is_headline(tokens) and not _ENDS_SENTENCE.search(sent.text)
        taken = _typed_runs(text, sent, tokens, kb, headline, local, loose, untyped, said)
        runs = [] if headline else [(s, e) for s, e, n in loose + untyped if n == sent.index]
        # a title names a product for its maker ("FTC bans stalkerware maker SpyFone"): only
        # the article's own sentences say a known product is a firm
        title = headline or (sent.index == 0 and not _ENDS_SENTENCE.search(sent.text))
        mentions.extend(_known_names(text, sent, tokens, gaz, kb, taken, local,
                                     set() if title else firms, runs))
    _retype_as_firms(mentions, firms)
    mentions.extend(_coordinated_people(text, loose, mentions, local))
    for surface in said:
        if local.get(surface, ("",))[0] == "Person" and referred_as_it(doc.text, surface):
            local[surface] = ("Company", surface)  # "Rite Aid said it disagreed"
            for named in mentions:
                if named.text == surface and named.type == "Person":
                    named.type = "Company"
    mentions = _with_compounds(doc, kb, mentions)
    mentions.extend(_list_members(text, untyped + loose, mentions, local))
    _learn_short_forms(text, mentions, local)
    mentions.extend(_second_pass(doc, tokenized, local, mentions))
    mentions.extend(_domestic_names(doc, tokenized, kb, mentions))
    mentions.extend(Mention(start, end, text[start:end], "Technology", n, entry, source="activity",
                            name=entry.name) for start, end, n, entry in activity_spans(doc, kb))
    mentions = [m for m in mentions if not _in_dateline(doc, m)]
    mentions.sort(key=lambda m: (m.start, -m.end))
    out: list[Mention] = []
    for mention in mentions:  # drop overlaps, keeping the earlier-starting, longer mention
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    _described_names(text, out)
    return out


_LIST_GAP = re.compile(r"\s*,\s+(?:and\s+)?|\s+and\s+")
_BEHALF = re.compile(r"\b(?:on\s+behalf\s+of|plaintiffs?|residents?)\s+$")
def _coordinated_people(text: str, loose: list[tuple[int, int, int]], mentions: list[Mention],
                        local: dict[str, tuple[str, str]]) -> list[Mention]:
    """"Noam Rotem and Ran Locar, researchers ...": an untyped name joined by "and" to a
    person's name is a person too."""
    people = [m for m in mentions if m.type == "Person" and m.source != "kb"]
    out: list[Mention] = []
    spans: list[tuple[int, int, int]] = [(p.start, p.end, p.sentence) for p in people]
    # a title is no one's name ("Graham Doyle, Deputy Commissioner with the DPC")
    pending = [(start, end, sent) for start, end, sent in loose
               if not all(w.lower().rstrip(".") in _ANY_TITLE for w in text[start:end].split())]
    while pending:  # "on behalf of Dalanea Taylor, Robert Jones and Tammy Heilman"
        found = [(start, end, sent) for start, end, sent in pending
                 if _BEHALF.search(text[max(0, start - 20):start])
                 or any(_LIST_GAP.fullmatch(text[e:start]) or _LIST_GAP.fullmatch(text[end:s])
                        for s, e, n in spans if n == sent)]
        if not found:
            break
        for start, end, sent in found:
            out.append(_make(text, start, end, "Person", sent, "context"))
            local.setdefault(text[start:end], ("Person", text[start:end]))
        spans += found
        pending = [x for x in pending if x not in found]
    return out


_GERUND = re.compile(r"^[A-Z][a-z]{3,}ing$")
# "Israeli", "Chinese", "French": a people's adjective, not a place's own name.


def _typed_runs(text: str, sent: Sentence, tokens: list[Token], kb: KnowledgeBase,
                headline: bool, local: dict[str, tuple[str, str]],
                loose: list[tuple[int, int, int]], untyped: list[tuple[int, int, int]],
                said: set[str]) -> list[Mention]:
    """The sentence's capitalised name runs typed by their shape and context (titles split
    off people's names, "Gaggle CEO" split into firm and title). Names no cue types are kept
    in `loose` (two or three name-like words) or `untyped` for the document-level passes;
    names typed only because they "said" something go to `said`."""
    taken: list[Mention] = []
    for run_i, run_j in _runs(tokens):
        words = tokens[run_i:run_j + 1]
        person = _person_span(words)
        if person:
            taken.append(_make(text, person[0].start, person[-1].end, "Person", sent.index,
                               "shape"))
            words = words[:words.index(person[0])]
            if len(words) >= 3 and words[-1].text in ("Police", "Staff") and (
                    words[-2].text == "of"):
                words = words[:-3]  # "Fremont Chief of Police": the place stays
            titled = len(words) > 1 and words[-1].text.lower().rstrip(".") in _TITLES
            while len(words) > 1 and words[-1].text.lower().rstrip(".") in _TITLES:
                words = words[:-1]  # "Boston Police Commissioner": the force stays
            while titled and len(words) > 1 and words[-1].text.lower() in _TITLE_PARTS:
                words = words[:-1]  # "RealNetworks Chief Technology Officer": the firm stays
            if not words or (len(words) == 1 and (words[0].text in GENERIC_AGENCY or (
                    words[0].text.lower() in _TITLE_MODIFIERS))):
                continue  # "Council President X": no one council named; "Prime Minister X"
        lead = _leading_title(words)
        if lead:  # "chairman and CEO of Motorola Solutions", "Executive Director of the ICCL"
            words = words[lead + 1:]
            while words and words[0].text.lower() in _CONNECT:
                words = words[1:]
            if not words:
                continue
            run_i = tokens.index(words[0])
        if len(words) > 1 and words[-1].text.lower() in _ROLE_TITLES and not any(
                w.text.lower() in _ROLE_TITLES for w in words[:-1]):
            words = words[:-1]  # "Gaggle CEO": the firm, then its officer's title
        split = _title_person_of(words) or _untitled_person_of(text, sent, words, kb)
        if split:  # "Judge Phyllis Hamilton of the U.S. District Court"
            person, words = split
            taken.append(_make(text, person[0].start, person[-1].end, "Person", sent.index,
                               "shape"))
            run_i = tokens.index(words[0])
        if len(words) > 1 and words[0].start == sent.start and _GERUND.match(words[0].text) and (
                not kb.lookup(words[0].text)):
            words = words[1:]  # "Purchasing Heron Systems gives ...": the verb opens the sentence
            run_i += 1
        if len(words) == 1 and words[0].text in _KIND_WORDS:
            continue  # "Company CEO Gavin Kenneally": the kind of firm, not a name
        start, end = words[0].start, _suffix_end(tokens, run_i + len(words) - 1)
        surface = text[start:end]
        if headline:
            continue
        place = kb.get(words[0].text, "Location") if len(words) > 1 else None
        if place is not None and place.is_demonym(words[0].text) and any(
                e.type != "Location" for e in kb.lookup(text[words[1].start:end])):
            continue  # "the Israeli NSO Group": a place, then a known name, found as such
        if _known_of_place(kb, text, words, end):
            continue  # "Ericsson of Sweden": a known firm and its country, each found as such
        before, after = text[sent.start:start], text[end:sent.end]
        if _FRONTED_TO.match(before) and after.lstrip().startswith(","):
            after = ""  # what follows the comma is the sentence's subject, not this name
        shape = shape_type(surface, [w.text for w in words if not w.skip])
        ctx = context_type(before, after)
        kind, src = (ctx, "context") if ctx and ctx != "Person" and shape != "Agency" else (
            (shape, "shape") if shape else (ctx, "context"))
        if shape in (None, "Organization") and ctx == "Company" and _NONPROFIT.search(surface):
            kind, src = "Organization", "shape"  # "the Institute for Justice, a law firm"
        parts = text[start:end].split()  # "Castaneda-Lopez" is one word of a name
        namelike = 2 <= len(parts) <= 3 and all(_NAME_WORD.match(w) or (
            n == 0 and _INITIALS.match(w)) for n, w in enumerate(parts))
        if kind is None and namelike and (
                PERSON_AFTER.match(after) or PERSON_BEFORE.search(before)):
            kind = "Person"
            if SAID_ONLY.match(after) and not PERSON_BEFORE.search(before):
                said.add(surface)
        if kind is None and len(words) > 1 and (PRODUCT_INTRO.search(before[-40:]) or (
                words[-1].text in _PRODUCT_HEADS and _OWNER_BEFORE.search(before[-12:]))):
            kind = "Product"
        if kind is None and not namelike and (company_by_deed(before, after)
                                              or vendor_before(before)):
            kind, src = "Company", "context"  # "Avast acquired Jumpshot"
        if kind is None and words[-1].text in _UNITS and _OF_A_BODY.match(after):
            kind, src = "Agency", "context"  # "the Consumer Protection Division of the Office"
        if kind is None and _AND_ITS_AFTER.match(after):
            kind, src = "Company", "context"  # "sued Quillon Apps and its chief executive"
        if kind == "Person" and not namelike:
            kind = None
        if kind in ("Location", "Product") and src == "context" and len(words) > 4:
            kind = None
        if kind == "Location" and src == "context" and not after.startswith("-") and (
                words[-1].text.isupper() and len(words[-1].text) >= 2):
            kind = None  # "the Chinese ICT firm", "the AI company": a kind of firm, not a place
        fuller = kb.get(f"{surface} Department", "Agency") if kind == "Agency" else None
        if fuller is not None:  # "Boston Police" is the Boston Police Department
            taken.append(Mention(start, end, surface, "Agency", sent.index, fuller,
                                 "partial"))
            continue
        if kind == "Product" and (edition := _EDITION.match(text, end)):
            end, surface = edition.end(), text[start:edition.end()]  # "Biostar 2", "StingRay II"
        if kind:
            taken.append(_make(text, start, end, kind, sent.index, src))
            local.setdefault(surface, (kind, surface))
        elif namelike:
            loose.append((start, end, sent.index))
        else:
            untyped.append((start, end, sent.index))
    return taken


def _known_names(text: str, sent: Sentence, tokens: list[Token], gaz: Gazetteer,
                 kb: KnowledgeBase, taken: list[Mention], local: dict[str, tuple[str, str]],
                 firms: set[str], runs: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """The sentence's names from the knowledge base, merged with the names its shape and
    context typed (`taken`): a known name inside a longer typed one gives way, a known name
    the text extends ("Intellexa S.A.") becomes the longer name, and a known product the
    sentence treats as a firm is recorded in `firms`."""
    for m in gaz.find(tokens):
        start, end = tokens[m.start_token].start, _suffix_end(tokens, m.end_token)
        if m.end_token + 1 < len(tokens) and tokens[m.end_token + 1].text in _NAMED_AFTER:
            continue  # "the FTC Act" is a law, not the agency
        if all(e.type == "Technology" for e in m.entries) and _COUNTER.search(
                text, max(0, start - 9), start):
            continue  # "counter-drone", "anti-spyware": what works against the technology
        if any(t.start <= start and end <= t.end and (t.end - t.start) > (end - start)
               and not (t.source == "context" and t.start == start) for t in taken):
            continue  # inside a longer shape-typed name (a known name typed only by
            # its context, "the ACLU of Northern California", keeps the knowledge base's type)
        if tokens[m.start_token].norm == "the" and any(
                t.start == tokens[m.start_token + 1].start and t.end > end for t in taken):
            continue  # "The Independent Electoral and Boundaries Commission" is no newspaper
        if all(e.type == "Location" and not e.is_demonym(text[start:end]) for e in m.entries
               ) and any(s == start and e > end and not text[end:e].strip(" -").isupper()
                         for s, e in runs):
            continue  # "Cambridge Analytica", "Boston Dynamics": a place opens a firm's name
        if all(e.type == "Location" for e in m.entries) and any(
                s < start and e >= end and _GIVEN_AND_INITIAL.fullmatch(text[s:start])
                for s, e in runs):
            continue  # "Michael P. Jackson": a place's name as a surname
        taken = [t for t in taken if not (start <= t.start and t.end <= end)]
        entry = m.entries[0]
        nxt = m.end_token + 1
        if nxt < len(tokens) and tokens[nxt].text.islower() and entry.name.lower().endswith(
                " " + tokens[nxt].text) and not entry.name.lower().endswith(
                text[start:end].lower()):  # "Chicago's police department"
            end = tokens[nxt].end
        country = _COUNTRY_BEFORE.search(text, max(0, start - 16), start)
        if country and entry.name.startswith("U.S. ") and not text[start:end].startswith(
                "U.S"):  # "United States Customs and Border Protection" is one name
            start = country.start()
            taken = [t for t in taken if not (start <= t.start and t.end <= end)]
        longer = _extended(text, tokens, m.end_token, entry.type, kb)
        if longer is not None:  # "Intellexa S.A.", "ACLU of Northern California"
            end, longer_type = longer
            taken = [t for t in taken if not (start <= t.start and t.end <= end)]
            surface = text[start:end]
            taken.append(Mention(start, end, surface, longer_type, sent.index, None,
                                 "shape", surface))
            local.setdefault(surface, (longer_type, surface))
            continue
        if (entry.type == "Company" and nxt < len(tokens) and tokens[nxt].text in _SAME_FIRM_TAILS
                and tokens[nxt].start - end == 1 and not kb.lookup(text[start:tokens[nxt].end])):
            end = tokens[nxt].end  # "InMarket Media", "Axon Enterprise": the firm's fuller name
        if nxt < len(tokens) and tokens[nxt].start == end and tokens[nxt].text[1:] in (
                "s", "S") and entry.name[-2:] in ("'s", "’s"):
            end = tokens[nxt].end  # "Macy's uses cameras": the name's own "'s", no possessive
        surface = text[start:end]
        if entry.type == "Product" and entry.name == surface and firm_context(
                text[sent.start:start], text[end:sent.end]):
            firms.add(surface)  # "Ralph Clark, president and CEO of ShotSpotter"
        taken.append(Mention(start, end, surface, entry.type, sent.index, entry))
    return taken


def _retype_as_firms(mentions: list[Mention], firms: set[str]) -> None:
    """A known product name the article treats as a firm somewhere is the firm everywhere in
    it: one entity per name and article ("ShotSpotter" the company, before its 2023 rename)."""
    for named in mentions:
        if named.type == "Product" and named.entry is not None and named.text in firms:
            named.type, named.entry, named.source, named.name = (
                "Company", None, "context", named.text)


_LIST_TYPES = frozenset({"Company", "Agency", "Organization", "Platform"})
_AND_GAP = re.compile(r"\s*[,;]?\s+(?:and|or)\s+")
# "A; B and a subsidiary, C; D": list members, also after a member's own subsidiary.
_MEMBER_GAP = re.compile(r"\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s+and\s+(?:a|its)\s+"
                         r"subsidiary\s*,\s*")


def _list_members(text: str, untyped: list[tuple[int, int, int]], mentions: list[Mention],
                  local: dict[str, tuple[str, str]]) -> list[Mention]:
    """"Sequoia Capital, Next47, Meritech Capital and Felicis Ventures": a name nothing typed,
    listed between names of one kind (or last after two of them), is of that kind."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        by_sentence.setdefault(m.sentence, []).append(m)
    pending = [u for u in untyped if not any(m.start < u[1] and u[0] < m.end
                                             for m in by_sentence.get(u[2], []))]
    out: list[Mention] = []
    changed = True
    while changed and pending:
        changed = False
        for start, end, sent in list(pending):
            named = [m for m in by_sentence.get(sent, [])
                     if m.type in _LIST_TYPES or m.type == "Location"]
            before = [m for m in named if m.end <= start]
            prev = before[-1] if before else None
            if prev is None or prev.type not in _LIST_TYPES:
                continue
            nxt = next((m for m in named if m.start >= end), None)
            comma_before = re.fullmatch(r"\s*[,;]\s*", text[prev.end:start])
            in_list = len(before) >= 2 and before[-2].type == prev.type and _MEMBER_GAP.fullmatch(
                text[before[-2].end:prev.start])
            sandwiched = (comma_before and nxt is not None and nxt.type == prev.type
                          and _MEMBER_GAP.fullmatch(text[end:nxt.start]))
            last = (in_list and _AND_GAP.fullmatch(text[prev.end:start])
                    and re.match(r"\s*[.,;)]", text[end:end + 2]))
            inside = (in_list and comma_before
                      and re.match(r"\s*[,;]\s*(?:and\s+|or\s+)?[A-Z]", text[end:end + 12]))
            if not (sandwiched or last or inside):
                continue
            m = _make(text, start, end, prev.type, sent, "context")
            out.append(m)
            by_sentence[sent] = sorted([*by_sentence[sent], m], key=lambda x: x.start)
            local.setdefault(text[start:end], (prev.type, text[start:end]))
            pending.remove((start, end, sent))
            changed = True
    return out


_APPOS_GAP = re.compile(r"\s*,\s+(?:the\s+)?")


def _described_names(text: str, mentions: list[Mention]) -> None:
    """"France's data protection authority, the CNIL, ...": a description built as a name and
    set off by the proper name after it is that entity, not another one."""
    for m, n in itertools.pairwise(mentions):
        if (m.source == "compound" and n.source in ("kb", "shape", "document")
                and n.type == m.type and _APPOS_GAP.fullmatch(text[m.end:n.start])
                and text[n.end:n.end + 1] in (",", ".", ")")):
            m.entry, m.name = n.entry, (n.entry.name if n.entry else n.name)


# Words that only qualify a title ("Prime Minister", "Vice President").
_TITLE_MODIFIERS = frozenset({"prime", "vice", "acting", "interim", "former", "deputy"})
_TITLE_WORDS = _ROLE_TITLES | _TITLE_PARTS | _TITLE_MODIFIERS
_ANY_TITLE = _TITLE_WORDS | _TITLES
# A product's edition after its name: a small number or a Roman numeral ("Biostar 2").
_EDITION = re.compile(r" (?:\d{1,2}|I{2,3}|IV|VI{0,3}|IX|X)\b(?![.,]\d|\s*%)")
_NAMED_AFTER = frozenset({"Act", "Law", "Bill", "Rule", "Amendment", "Directive", "Regulation"})


def _leading_title(words: list[Token]) -> int:
    """How many words of a run are an officer's title before "of", "for" or "at" (0 when it
    opens on none): "Executive Vice Chairman of the Commission" opens on three."""
    i = 0
    while i < len(words) - 2 and words[i].text.lower() in _TITLE_WORDS:
        i += 1
    if i and words[i - 1].text.lower() in _ROLE_TITLES and words[i].text in ("of", "for", "at"):
        return i
    return 0


def _suffix_end(tokens: list[Token], last: int) -> int:
    """End of a name, taking the period of an abbreviated legal suffix ("Co.", "Inc.")."""
    end = tokens[last].end
    if (tokens[last].text.lower() in LEGAL_SUFFIXES and last + 1 < len(tokens)
            and tokens[last + 1].text == "." and tokens[last + 1].start == end
            and last + 2 < len(tokens)):
        return tokens[last + 1].end
    return end


def _make(text: str, start: int, end: int, type_: str, sentence: int, source: str) -> Mention:
    surface = text[start:end]
    return Mention(start, end, surface, type_, sentence, None, source, surface)


def _learn_short_forms(text: str, mentions: list[Mention], local: dict[str, tuple[str, str]]
                       ) -> None:
    """Surnames, defined acronyms and "X, or Y" names become document-local aliases."""
    tried: set[str] = set()
    for m in mentions:
        full = m.entry.name if m.entry else m.name
        after = text[m.end:m.end + 40]
        d = _ACRONYM_DEF.match(after) or _OR_DEF.match(after)
        if d and d.re is _ACRONYM_DEF and m.entry is None and m.type in _ACRONYM_TYPES and (
                known := _known_acronym(mentions, m.end + d.start(1), d.group(1), m.name)):
            # "the Australian Transaction and Analysis Centre (AUSTRAC)": the article's own long
            # form of a body the knowledge base knows by its acronym is that body
            m.type, m.entry, m.source = known.type, known, "kb"
            full = known.name
        if d:
            local.setdefault(d.group(1), (m.type, full))
            if d.re is _ACRONYM_DEF and local[d.group(1)][1] == full and re.fullmatch(
                    r"[A-Z][A-Z&.]+", d.group(1)):
                # "the UK's Department for Business, Innovation and Skills (BIS)": the article's
                # own definition, not the knowledge base's BIS (the U.S. bureau)
                for named in mentions:
                    if named.text == d.group(1) and named.entry is not None and (
                            named.entry.name != full and named.type == m.type):
                        named.entry, named.name, named.source = None, full, "document"
        elif m.type == "Technology" and (t := _TECH_ACRONYM_DEF.match(after)) and t.group(
                "acr") in (_letters(m.text), _letters(f"{m.text} {t.group('head')}")):
            # "a cell site simulator system (CSS)": the definition outweighs a guess from the
            # words around a later "a CSS sold by"
            _teach(local, mentions, t.group("acr"), m.type, full)
        if m.type == "Person" and m.entry is None:
            parts = m.name.split()
            if len(parts) >= 2:
                local.setdefault(parts[-1], ("Person", m.name))
        elif m.type == "Person" and m.entry is not None:
            local.setdefault(m.entry.name.split()[-1], ("Person", m.entry.name))
        elif m.entry is None and m.type in ("Company", "Organization") and len(
                m.name.split()) > 1 and m.name.split()[-1].rstrip(".").lower() in LEGAL_SUFFIXES:
            local.setdefault(" ".join(m.name.split()[:-1]), (m.type, m.name))
        elif m.entry is None and m.type == "Company" and (short := _short_company(m.name)):
            local.setdefault(short, (m.type, m.name))  # "VaaS International Holdings": "VaaS"
        if m.type in _ACRONYM_TYPES and full not in tried and (acr := _initials(full)):
            tried.add(full)  # one search of the text per name, however often it is named
            if local.get(acr, ("", acr))[1] == acr and re.search(rf"\b{acr}\b", text):
                # "the AFP" after "Australian Federal Police", even where a deed alone had
                # typed the bare letters ("MPD purchased licenses" is the police, not a firm)
                _teach(local, mentions, acr, m.type, full)


_TECH_ACRONYM_DEF = re.compile(r"^\s+(?P<head>system|systems|technology|device|devices|"
                               r"tools?|software|cameras?)\s*\(\s*(?P<acr>[A-Z]{2,6})s?\s*\)")


def _teach(local: dict[str, tuple[str, str]], mentions: list[Mention], short: str, type_: str,
           full: str) -> None:
    """`short` stands for `full` in this article, also where a context alone had typed it."""
    local[short] = (type_, full)
    for named in mentions:
        if named.text == short and named.entry is None and named.source == "context":
            named.type, named.name = type_, full


def _letters(words: str) -> str:
    """The first letters of the words, upper-cased ("cell site simulator": CSS)."""
    return "".join(w[0].upper() for w in words.replace("-", " ").split())


_ACRONYM_TYPES = frozenset({"Agency", "Organization", "Company"})


def _known_acronym(mentions: list[Mention], start: int, acronym: str, name: str
                   ) -> KnowledgeEntry | None:
    """The knowledge base's entry for `acronym`, named at `start`, if `name` spells it out."""
    known = next((n for n in mentions if n.start == start and n.text == acronym), None)
    if known is None or known.entry is None or known.type not in _ACRONYM_TYPES:
        return None
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _ACRONYM_SKIP]
    return known.entry if _spells(acronym.upper(), words) else None


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether each word, in order, gives the acronym its next one or more leading letters
    (AUSTRAC: AUStralian TRansaction Analysis Centre)."""
    if not words:
        return not acronym
    word = words[0].upper()
    return any(acronym[:k] == word[:k] and _spells(acronym[k:], words[1:])
               for k in range(1, min(len(word), len(acronym)) + 1))
_ACRONYM_SKIP = frozenset({"of", "for", "to", "and", "the", "on", "&"})


def _initials(name: str) -> str | None:
    """The acronym a writer may use, undefined, for a name of three or more capitalised
    words ("Australian Federal Police": AFP; "Department of Homeland Security": DHS)."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _ACRONYM_SKIP]
    if len(words) < 3 or not all(w[:1].isupper() and w[:1].isalpha() for w in words):
        return None
    return _letters(" ".join(words))


# Words a firm's fuller name adds to the short name it is known by ("InMarket Media").
_SAME_FIRM_TAILS = frozenset({"Media", "Technologies", "Technology", "Labs", "Systems",
                              "Solutions", "Holdings", "Group", "Software", "Analytics",
                              "Networks", "Enterprise", "Enterprises", "Platforms"})
_CORPORATE_TAIL = frozenset("""holdings international technologies technology systems solutions
group labs networks enterprises industries corporation corp inc company data ai analytics
software robotics intermediate operating services capital security defense aerospace""".split())
_FIRM_WORDS = _CORPORATE_TAIL | LEGAL_SUFFIXES | frozenset("""management partners associates
properties realty foundation institute center centre law""".split())
_GENERIC_HEAD = frozenset("""global international national american digital data public united
general advanced applied smart secure first new north south east west central""".split())


def _short_company(name: str) -> str | None:
    """What a firm named "X Holdings" or "X International Holdings" is called for short: X,
    when X is distinctive enough not to be an ordinary capitalised word."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in _CORPORATE_TAIL:
        words = words[:-1]
    if len(words) == len(name.split()) or not words:
        return None
    if len(words) == 1 and (words[0].lower() in _GENERIC_HEAD or not (
            len(words[0]) >= 5 or any(c.isupper() for c in words[0][1:]))):
        return None
    return " ".join(words)


def _second_pass(doc: Document, tokenized: list[list[Token]], local: dict[str, tuple[str, str]],
                 mentions: list[Mention]) -> list[Mention]:
    """Every later use of a name the document itself taught (a short form, a surname, a name
    typed by its context once), read from the sentences' tokens of the first pass."""
    if not local:
        return []
    gaz = Gazetteer(KnowledgeBase([]))
    for surface, (type_, full) in local.items():
        gaz.add(surface, KnowledgeEntry(name=full, type=type_, source="document"))
    out: list[Mention] = []
    for sent, tokens, m, start, end in _unclaimed(doc, tokenized, gaz, mentions):
        e = m.entries[0]
        nxt = m.end_token + 1
        if e.type == "Person" and nxt < len(tokens) and tokens[nxt].start == end + 1 and (
                tokens[nxt].text.lower() in _FIRM_WORDS):
            continue  # "Nelson Management": a firm named after the person, not the person
        out.append(Mention(start, end, doc.text[start:end], e.type, sent.index, None,
                           "document", e.name))
    return out


def _unclaimed(doc: Document, tokenized: list[list[Token]], gaz: Gazetteer,
               mentions: list[Mention]) -> Iterator[tuple[Sentence, list[Token], Match, int, int]]:
    """The gazetteer's matches that overlap no mention found before (sentence, its tokens,
    the match, and its start and end in the document)."""
    spans = [(m.start, m.end) for m in mentions]
    for sent, tokens in zip(doc.sentences, tokenized, strict=True):
        for g in gaz.find(tokens):
            start, end = tokens[g.start_token].start, tokens[g.end_token].end
            if not any(s < end and start < e for s, e in spans):
                yield sent, tokens, g, start, end


_SERVICE_MEMBER = re.compile(r"\s+(?:officers?|veterans?|pilots?|generals?|colonels?|sergeants?|"
                             r"captains?|majors?|lieutenants?|reservists?|members?|personnel|"
                             r"soldiers?|sailors?|airmen|SEALs?|brats?|wives|spouses|"
                             r"families|recruits?|cadets?)\b")


def _names_country(text: str, country: KnowledgeEntry | None) -> bool:
    """Whether the text writes one of the country's names ("U.S." in "the U.S. military")."""
    if country is None:
        return False
    forms = sorted(country.names(), key=len, reverse=True)
    return re.search(r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w])",
                     text) is not None


def _domestic_names(doc: Document, tokenized: list[list[Token]], kb: KnowledgeBase,
                    mentions: list[Mention]) -> list[Mention]:
    """ "contracts with the Air Force, Marines, Navy": the short names a country's bodies go
    by at home, read only in an article that names that country."""
    home = [e for e in kb.domestic
            if e.country is not None and _names_country(doc.text, kb.get(e.country, "Location"))]
    if not home:
        return []
    gaz = Gazetteer(KnowledgeBase([]))
    by_alias = {alias: e for e in home for alias in e.domestic_aliases}
    for alias, e in by_alias.items():
        gaz.add(alias, e)
    for m in mentions:  # "Navy" typed by its shape alone is that country's navy
        found = by_alias.get(m.text) if m.entry is None and m.source == "shape" else None
        if found is not None:
            m.entry, m.name, m.type, m.source = found, found.name, found.type, "kb"
    out: list[Mention] = []
    for sent, _, g, start, end in _unclaimed(doc, tokenized, gaz, mentions):
        if _SERVICE_MEMBER.match(doc.text, end):
            continue  # "a retired Air Force officer": a person's service, not the body
        e = g.entries[0]
        out.append(Mention(start, end, doc.text[start:end], e.type, sent.index, e))
    return out


_OF_PLACE_TYPES = frozenset({"Organization"})
# "Elbit Systems of America", "NEC Corporation of America": a firm's arm for a region is a
# firm of its own (a city after "of" only says where the firm is: "Grayshift of Atlanta").
_REGIONAL_ARMS = frozenset({"America", "North", "Europe", "Asia", "Africa", "Canada"})


def _extended(text: str, tokens: list[Token], last: int, type_: str, kb: KnowledgeBase
              ) -> tuple[int, str] | None:
    """Where a known name really ends when the text adds to it: a legal form ("Intellexa
    S.A." is not the consortium "Intellexa"), a version ("Axon Body 4") or a chapter's place
    ("ACLU of Northern California" is not the national ACLU)."""
    if type_ == "Company" and last + 1 < len(tokens):
        nxt = tokens[last + 1]
        if (nxt.start - tokens[last].end == 1 and nxt.norm in LEGAL_SUFFIXES
                and nxt.text[:1].isupper() and len(nxt.text) >= 2):
            end = _suffix_end(tokens, last + 1) if last + 2 < len(tokens) else nxt.end
            return end, type_
    if (type_ == "Company" and last + 1 < len(tokens) and tokens[last + 1].text in _DIVISIONS
            and tokens[last + 1].start - tokens[last].end == 1):
        part = last + 2 if last + 2 < len(tokens) and tokens[last + 2].text.isdigit() and len(
            tokens[last + 2].text) == 1 else last + 1
        return tokens[part].end, type_  # "Google Cloud", "SoftBank Vision Fund 2": a named part
    if (type_ == "Company" and last + 2 < len(tokens) and tokens[last + 1].text.isdigit()
            and len(tokens[last + 1].text) == 1 and tokens[last + 2].text in ",.;"):
        return tokens[last + 1].end, type_  # "SoftBank Vision Fund 2"
    if (type_ == "Company" and last + 2 < len(tokens) and tokens[last + 1].text.isdigit()
            and len(tokens[last + 1].text) == 1 and tokens[last + 1].start - tokens[last].end == 1
            and tokens[last + 2].text in ("and", "or", ",", ")", "drone", "drones", "camera",
                                          "cameras", "phone", "device", "model")):
        return tokens[last + 1].end, "Product"  # "the Skydio 2 and X2": a maker's model
    if (type_ == "Product" and last + 1 < len(tokens) and tokens[last + 1].text.isdigit()
            and len(tokens[last + 1].text) <= 2 and tokens[last + 1].start - tokens[last].end == 1):
        return tokens[last + 1].end, type_  # "Axon Body 4": a later version of a known product
    if type_ in _OF_PLACE_TYPES and last + 2 < len(tokens) and tokens[last + 1].text == "of":
        for k in range(min(last + 5, len(tokens) - 1), last + 1, -1):
            words = tokens[last + 2:k + 1]
            if all(w.text[:1].isupper() for w in words) and kb.get(
                    text[words[0].start:words[-1].end], "Location") is not None:
                return words[-1].end, type_
    if (type_ == "Company" and last + 1 < len(tokens) and tokens[last + 1].text in _REGIONAL_ARMS
            and tokens[last + 1].text != "North" and tokens[last + 1].start - tokens[last].end == 1
            and (last + 2 == len(tokens) or not _capword(tokens[last + 2]))):
        return tokens[last + 1].end, type_  # "Elbit America": the firm's regional arm
    if (type_ == "Company" and last + 2 < len(tokens) and tokens[last + 1].text == "of"
            and tokens[last + 2].text in _REGIONAL_ARMS):
        end = last + 3 if last + 3 < len(tokens) and tokens[last + 2].text == "North" and (
            tokens[last + 3].text == "America") else last + 2
        return tokens[end].end, type_  # "Elbit Systems of America": the firm's regional arm
    return None


def _with_compounds(doc: Document, kb: KnowledgeBase, mentions: list[Mention]
                    ) -> list[Mention]:
    """Add compound agency names, replacing the shorter mentions they contain."""
    out = list(mentions)
    for c in compound_names(doc, kb):
        overlapping = [m for m in out if m.start < c.end and c.start < m.end]
        if any(m.start < c.start or m.end > c.end for m in overlapping):
            continue  # crosses a name found another way
        if any(m.end - m.start >= c.end - c.start and not (c.over_place and m.type == "Location")
               for m in overlapping):
            continue
        sent = next((s.index for s in doc.sentences if s.start <= c.start < s.end), None)
        if sent is None:
            continue
        out = [m for m in out if m not in overlapping]
        out.append(Mention(c.start, c.end, doc.text[c.start:c.end], "Agency", sent, None,
                           "compound", c.name))
    return out


def _known_of_place(kb: KnowledgeBase, text: str, words: list[Token], end: int) -> bool:
    """A run "<known firm or body> of <known place>" names two things, not one."""
    of = next((i for i, w in enumerate(words) if w.text == "of"), None)
    if of is None or of == 0 or of == len(words) - 1:
        return False
    head, tail = text[words[0].start:words[of - 1].end], text[words[of + 1].start:end]
    return kb.get(tail, "Location") is not None and any(
        e.type != "Location" for e in kb.lookup(head))
