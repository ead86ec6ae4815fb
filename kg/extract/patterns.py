"""Relation patterns over masked sentences, and how a match becomes candidate triples.

A pattern is a regular expression with slots: ``{S}``/``{O}`` is one subject/object slot,
``{SL}``/``{OL}`` a list of them ("⟦P1⟧, ⟦P2⟧, and ⟦P3⟧" gives one triple per member). Which
entity types a slot accepts is read from the ontology's domain and range for the pattern's
relations (``{S=Agency}`` narrows it further), so a pattern can never produce a triple the
ontology forbids and the types are written nowhere else. A pattern lists one or more
relations; the first one the ontology allows for the matched types wins, and ``~REL`` means
the relation with subject and object swapped ("Amazon-owned Ring" is Ring SUBSIDIARY_OF
Amazon, "Meta-owned WhatsApp" is Meta OPERATES WhatsApp).

The table itself lives in `pattern_table` so that this module holds only the machinery.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.masking import SLOT, Masked
from kg.ontology import Ontology

# (a member may be written with its country: "Japan's Softbank Group and China's Dahua")
_PLACED_MEMBER = r"(?:⟦L\d+⟧['’]s\s+)?"
# (a person may be written with an honorific: "by Eylon Etshtein and Prof. Neil Robertson")
_HONORIFIC = r"(?:(?:Prof|Dr|Mr|Mrs|Ms|Sir)\.?\s+)?"
_LIST_SEP = (r"(?:\s*,\s*(?:and\s+|or\s+)?(?:the\s+)?" + _PLACED_MEMBER + _HONORIFIC +
             r"|\s+(?:and|or|&)\s+(?:the\s+)?" + _PLACED_MEMBER + _HONORIFIC + r"|"
             r"\s+and\s+its\s+(?:subsidiary|unit|parent)(?:\s+company)?\s+|\s*,?\s+as\s+well\s+as\s+(?:from\s+)?"
             r"(?:other\s+\w+\s+such\s+as\s+)?)")
MACROS = {
    # "Reuters' subsidiary": a name ending in s takes a bare apostrophe.
    "POS": r"(?:['’]s|['’](?=\s))?",
    # "Toronto-based", "UK-headquartered": a place before the hyphen says where a body is.
    "BASED": r"(?i:based|headquartered|registered|incorporated)",
    # A gap may hold places, technologies and possessive owners ("used Amazon's service, X").
    "GX": r"(?:[^⟦⟧;]|⟦[TtL]\d+⟧|⟦[A-Z]\d+⟧['’]s\b){0,160}?",
    # The same, where the thing sold may stand too ("sold its Gotham software to ⟦A⟧").
    # GX that does not run past a purpose of inquiry ("worked with outlets to investigate X").
    "GXU": r"(?:(?!\bto\s+(?:investigate|examine|analy[sz]e|expose|study|probe|uncover|document|"
           r"research)\b)(?:[^⟦⟧;]|⟦[TtL]\d+⟧|⟦[A-Z]\d+⟧['’]s\b)){0,160}?",
    "GXR": r"(?:[^⟦⟧;]|⟦[TtLR]\d+⟧|⟦[A-Z]\d+⟧['’]s\b){0,160}?",
    "G": r"[^⟦⟧;]{0,60}?",
    # The same, never over an unknown two-word name ("a student named Erik Johnson is suing"):
    # the one who acts would be that name, not the subject before it.
    "GN": r"(?:(?![A-Z][a-z]+\s+[A-Z][a-z]+)[^⟦⟧;]){0,60}?",
    # The same, never across a clause of reporting ("X's investigation found that Y used").
    "NG": r"(?:(?!\b(?:that|which|who|said|says|found|finds|reported|showed)\b)[^⟦⟧;]){0,60}?",
    "W2": r"(?:[\w'’$.,-]+\s+){0,2}?",
    "W3": r"(?:[\w'’$.-]+\s+){0,3}?",
    "W5": r"(?:[\w'’$.-]+\s+){0,5}?",
    # Up to three words, where places and technologies may stand ("a ⟦L⟧ ⟦T⟧ firm").
    "WS3": r"(?:(?:[\w'’$.-]+|⟦[LTt]\d+⟧)\s+){0,3}?",
    # The same, where a place may be written with its state ("the ⟦L⟧, ⟦L⟧ company").
    "WSC": r"(?:(?:[\w'’$.-]+|⟦[LTt]\d+⟧),?\s+){0,4}?",
    # Where a named body is ("the Utica City School System in ⟦L⟧ purchased ...").
    "PLACED": r"(?:\s+(?:in|of)\s+⟦L\d+⟧(?:\s*,\s+⟦L\d+⟧)?)?",
    # A describing phrase inside one clause, where places and technologies may stand
    # ("a controversial ⟦L⟧ tech firm founded by").
    "DESC": r"(?:[^⟦⟧;,]|⟦[LTt]\d+⟧){0,80}?",
    # An apposition may hold names ("X, the company behind Y, sells") but never continue a
    # list (", ⟦..⟧," or ", and ⟦..⟧"), or a subject would jump over its list neighbours.
    "APPOS": r"(?:\s*,\s+(?:(?:(?:once|formerly|previously|now|also)\s+)?(?:the|a|an|which|who|"
             r"whose)\b|⟦[A-Z]\d+⟧['’]s\s|(?:owned|based|founded|backed|headquartered|run|led)\s|"
             r"(?:also\s+|formerly\s+)?known\s+as\s)"
             r"(?:(?!,\s+(?:and\s+)?⟦)[^;]){0,150}?,[\"”’']?|\s*,\s+⟦[A-Z]\d+⟧\s*,|"
             r"\s+[—–]\s+(?:the|a|an|which|who|whose)\b[^—–;]{0,150}?\s[—–])?",
    # Words that may sit between a possessive and what it owns: no verbs of saying, no
    # prepositions, so "Meta's lawyers wrote that the company" never links Meta onwards.
    "NW5": r"(?:(?!(?:by|that|which|who|said|says|and|or|but|of|to\s+the|they|he|she|we|it|"
           r"documented|reported|found|"
           r"identified|detected|observed|revealed|discovered|showed|described|tracked|"
           r"attributed|banned|barred|prohibited|blocked|forbade|forbidden|ordered|told|asked|urged|"
           r"allowed|allows|allowing|helped|helps|enabled|enables)\b)[\w'’$.-]+\s+)"
           r"{0,5}?",
    "NW3": r"(?:(?!(?:that|which|who|said|says|to|with|by|from|in|on|at|for|and|or|but|the|"
           r"a|an|of|was|were|has|have|had)\b)[\w'’-]+\s+){0,3}?",
}
_GAPS = frozenset({"G", "GX", "GXR", "GXU", "GN", "NG"})
_TEMPLATE = re.compile(r"\{(S|O|SL|OL)(?:=([~\w,]+))?\}|\{([A-Z][A-Z0-9]*)\}")


@dataclass(frozen=True)
class Pattern:
    """A compiled pattern: its relations, regex and base confidence."""

    name: str
    relations: tuple[str, ...]
    regex: re.Pattern[str]
    confidence: float
    # Slot letters each argument may take: a sentence without one of them cannot match, so
    # the regex is never run on it (most patterns need types most sentences lack).
    needs: tuple[frozenset[str], ...] = ()

    def applies(self, letters: frozenset[str]) -> bool:
        return all(need & letters for need in self.needs)


def _slot_types(ontology: Ontology, relations: tuple[str, ...], role: str) -> set[str]:
    types: set[str] = set()
    for rel in relations:
        swapped = rel.startswith("~")
        rt = ontology.relation_type(rel.lstrip("~"))
        side = (rt.object if role == "S" else rt.subject) if swapped else (
            rt.subject if role == "S" else rt.object)
        types |= set(side)
        if rt.symmetric:
            types |= set(rt.subject) | set(rt.object)
    return types


def compile_pattern(name: str, relations: tuple[str, ...], template: str, confidence: float,
                    ontology: Ontology, codes: dict[str, str]) -> Pattern:
    """Expand slots and macros of `template` into a regex."""

    needs: list[frozenset[str]] = []

    def repl(m: re.Match[str]) -> str:
        if m.group(3):
            # a gap ends between words: the "ban" of "urban", the "use" of "because" are no
            # trigger words
            return MACROS[m.group(3)] + (r"(?!(?<=\w)\w)" if m.group(3) in _GAPS else "")
        slot, narrow = m.group(1), m.group(2)
        role = slot[0]
        if narrow:
            letters = "".join(codes[t.lstrip("~")].lower() if t.startswith("~")
                              else codes[t] for t in narrow.split(","))
        else:
            letters = "".join(sorted(codes[t] for t in _slot_types(ontology, relations, role)))
        needs.append(frozenset(letters))
        one = f"⟦[{letters}]\\d+⟧"
        if slot in ("S", "O"):
            return f"⟦[{letters}](?P<{role.lower()}>\\d+)⟧"
        # a list stops before a possessive ("sued Meta, Facebook's parent company")
        return f"(?P<{role.lower()}l>{one}(?:{_LIST_SEP}{one}(?!['’]s\\b))*)(?!['’]s\\s+⟦[A-Z])"

    regex = re.compile(_OWNER_WORD.sub(lambda _: _OWNER, _TEMPLATE.sub(repl, template)))
    return Pattern(name, relations, regex, confidence, tuple(needs))


# A possessive pronoun the coreference pass resolved is masked as its antecedent's possessive
# ("among its clients" reads "among ⟦C2⟧'s clients"): a template's "its" or "their" stands
# for either form.
_OWNER_WORD = re.compile(r"(?<![A-Za-z])(?:its|their)(?![A-Za-z])")
_OWNER = r"(?:its|their|(?-i:⟦[A-Z]\d+⟧)['’]s)"


@dataclass(frozen=True)
class Hit:
    """One candidate triple from a pattern match: slot numbers and the evidence span."""

    pattern: str
    relations: tuple[str, ...]
    subject: int | None
    object: int | None
    start: int  # span in the masked text, for the negation check
    end: int
    confidence: float
    role: str = ""


def match(pattern: Pattern, masked: Masked) -> list[Hit]:
    """Every (subject, object) pair the pattern finds in a masked sentence."""
    hits: list[Hit] = []
    for m in pattern.regex.finditer(masked.text):
        groups = m.groupdict()
        subs = _numbers(m, "s")
        objs = _numbers(m, "o")
        role = groups.get("role") or ""
        if role and groups.get("prep"):
            role += " @" + groups["prep"].lower()
        if role and groups.get("func"):
            role += " @func"
        subjects: list[int | None] = [*subs] or [None]
        objects: list[int | None] = [*objs] or [None]
        for s in subjects:
            for o in objects:
                if s is not None and s == o:
                    continue
                hits.append(Hit(pattern.name, pattern.relations, s, o, m.start(), m.end(),
                                pattern.confidence, role))
        extra = groups.get("x")
        if extra is not None and subs:
            for s in subs:
                hits.append(Hit(pattern.name + ":x", ("WORKS_FOR",), s, int(extra), m.start(),
                                m.end(), pattern.confidence * 0.9, ""))
    return hits


_PLACE_OF_MEMBER = re.compile(r"['’]s\s")  # "Japan's Softbank Group"
_MODIFIER_AFTER = re.compile(r"-(?:backed|funded|owned|led)\b")


def _numbers(found: re.Match[str], role: str) -> list[int]:
    groups = found.groupdict()
    if groups.get(role) is not None:
        return [int(groups[role])]  # type: ignore[arg-type]
    if groups.get(role + "l"):  # a member used as a modifier ("the ⟦E4⟧-backed") is not one
        text, start = found.string, found.start(role + "l")
        return [int(m.group(2)) for m in SLOT.finditer(groups[role + "l"] or "")
                if not _MODIFIER_AFTER.match(text, start + m.end())
                and not (m.group(1) == "L" and _PLACE_OF_MEMBER.match(text, start + m.end()))]
    return []


_DENIED = re.compile(r"(?i)\b(?:not|never|denied|denies|deny|denying|refused|refuses|rejected|"
                     r"rejects|declined\s+to|without|falsely|lack|lacks|lacked|lacking|"
                     r"refrain(?:s|ed)?\s+from|st(?:op|ops|opped)\s+short\s+of)\b|n['’]t\b")
_ENDED = re.compile(r"(?i)\b(?:stopped|stops|stop|ended|ends|ending|end|terminated|terminates|"
                    r"terminate|cancell?ed|cancels|cancel|suspended|suspends|suspend|dropped|"
                    r"drops|drop|halted|halts|halt|moratorium|paused|pauses|phased\s+out|"
                    r"phasing\s+out|ceased|no\s+longer|pulled\s+out|cut\s+ties|"
                    r"severed|discontinued|ditched|formerly|former(?!\s+(?:(?:[\w-]+|⟦L\d+⟧)\s+)"
                    # ("former intelligence officers", "former Prime Minister X": people who
                    # held a post, which says nothing of the relation)
                    r"{0,2}?(?:officers?|officials?|employees?|staff(?:ers)?|executives?|"
                    r"ministers?|president|premier|ceo|chief|head|directors?|agents?|members?|"
                    r"soldiers?|spies|operatives?|engineers?|researchers?|prosecutors?|judges?|"
                    r"senators?|lawmakers?|governors?|mayors?|secretary|⟦E\d+⟧)\b))\b")
_HYPOTHETICAL = re.compile(r"(?i)\b(?:would|could|may|might|plans?\s+to|planning\s+to|"
                           r"preparing\s+to|prepares\s+to|proposed|proposes|propose|considering|"
                           r"considers|seeks?\s+to|seeking\s+to|sought\s+to|wants?\s+to|if|whether|should|"
                           r"calls?\s+(?:to|for)|called\s+for|calling\s+for|urg(?:e|es|ed|ing)|"
                           r"efforts?\s+to|bids?\s+to|bidders?\s+(?:to|for)|in\s+(?:advanced\s+)?talks\s+to|"
                           r"(?:is|are|was|were)\s+expected\s+to|expects?\s+to|slated\s+to|"
                           r"in\s+negotiations\s+to|negotiating\s+to|attempts?\s+to|attempted\s+to|"
                           r"trying\s+to|tabl(?:e|es|ed|ing)\s+(?:action|(?:a|the)\s+(?:vote|item|"
                           r"proposal|contract|agreement|decision)))\b")
_NOT_CONTINUED = re.compile(r"(?i)\b(?:not|n['’]t|never)\s+(?:to\s+|be\s+)?(?:continue|continuing|"
                            r"renew|renewing|renewed|extend|extending|extended)\b")
_BARRED = re.compile(r"(?i)\b(?:barred|banned|prohibited|blocked|forbidden)\s+from\b")
_SANCTION_LIKE = frozenset({"BANNED", "SANCTIONED", "FINED", "SUED", "INVESTIGATED"})


# A relative clause closed inside the span ("the notice, which is not a fine, follows an
# investigation into ...") qualifies its own noun, not the relation; neither does the question
# an inquiry asks ("an investigation into whether X broke the law" is an investigation).
_CLOSED_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;⟦⟧]*,")
_POSTS = frozenset({"LEADS", "WORKS_FOR", "REPRESENTS"})
_FORMER_BEFORE = re.compile(r"(?i)\b(?:former|ex-|onetime|one-time|then-)(?:\s*[\w-]+)?\s*$")
_DESPITE = re.compile(r"(?i)\b(?:despite|in\s+spite\s+of)\b")
_INQUIRY_QUESTION = re.compile(r"(?i)\b(?:(?:investigation|inquiry|probe|audit)\s+(?:into|of)|"
                               r"(?:investigat(?:ing|es|ed|e)|prob(?:ing|es|ed|e)|"
                               r"examin(?:ing|es|ed|e)|look(?:ing|s|ed)?\s+into))\s+"
                               r"(?:whether|if)\b")


# "It has urged the ICO to conduct an investigation": what someone asks an agency to do.
# "a call from a lawyer in July for the Defense Ministry to block X": a call for one to act.
_REQUESTED = re.compile(r"(?i)\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|"
                        r"press(?:es|ed|ing)?|petition(?:s|ed|ing)?|want(?:s|ed)?|demand(?:s|ed|"
                        r"ing)?|appeal(?:s|ed|ing)?\s+to|calls?\b[^.;]{0,60}?\bfor)\s+(?:the\s+)?"
                        r"(?:⟦[A-Z]\d+⟧\s*,?\s*(?:(?:and|or)\s+)?(?:the\s+)?)*$")


# ... and the one asked, with others ("calls on Telangana police and vendors to ban").
_ASKED_TO = re.compile(r"⟦[A-Z]\d+⟧(?:\s*,?\s+(?:and|or)\s+(?:the\s+|other\s+)?"
                       r"(?:[\w-]+|⟦[A-Z]\d+⟧)|\s*,\s*(?:the\s+)?(?:[\w-]+|⟦[A-Z]\d+⟧)){0,3}"
                       r"\s+to\b")


# "will investigate whether the RCMP is using a stingray": the clause is the open question.
_QUESTION_BEFORE = re.compile(r"(?i)\b(?:whether|if)\s+(?:or\s+not\s+)?(?:the\s+|its\s+)?$")


def status_of(text: str, relation: str, before: str = "") -> str:
    """asserted, denied (negated), ended (stopped, cancelled) or hypothetical (would, may).
    `before` is the text just before the span: a subject asked to act has not acted, and
    one that a question opens ("whether X uses Y") has not been said to act."""
    if _REQUESTED.search(before[-80:]) and _ASKED_TO.match(text):
        return "hypothetical"
    if _QUESTION_BEFORE.search(before):
        return "hypothetical"
    if relation in _POSTS and _FORMER_BEFORE.search(before):
        return "ended"  # "Former two-time NYPD Commissioner Bill Bratton"
    text = _INQUIRY_QUESTION.sub("", _CLOSED_ASIDE.sub(",", text))
    # "X's business hasn't slowed despite being investigated by Y": what "despite" introduces
    # is a fact, whatever the clause before it denies
    text = _DESPITE.split(text)[-1]
    if relation not in ("BANNED",) and _NOT_CONTINUED.search(text) and not _DENIED.search(
            _NOT_CONTINUED.sub("", text)):
        return "ended"  # "decided not to renew its contract": it held until now
    if _DENIED.search(text):
        return "denied"
    if relation not in _SANCTION_LIKE and _BARRED.search(text):
        return "denied"
    if relation not in ("BANNED",) and _ENDED.search(text):
        return "ended"
    if relation in _POSTS and re.search(r"(?i)\bformer\b", text):
        return "ended"  # "Cisco's legendary former CEO John Chambers": the post is past
    if _HYPOTHETICAL.search(text):
        return "hypothetical"
    return "asserted"
