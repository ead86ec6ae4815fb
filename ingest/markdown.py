"""Markdown with optional YAML front matter.

The document text is the body reduced to plain prose: extractors and evidence quotes should
see "Clearview AI said", not "**[Clearview AI](https://…)** said". Headings and list items
become paragraphs of their own so the sentence splitter never runs them into the next line.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from typing import Any

import yaml

from ingest import build_document, decode_text, label
from kg.errors import IngestError
from kg.model import Document

_FIELDS = ("title", "url", "outlet", "date")
_FRONT_OPEN = "---"
_FRONT_CLOSE = ("---", "...")

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_ESCAPED = 0xE000  # escaped punctuation is parked in the private-use area while markup goes
_IMAGE = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])")
_LINK = re.compile(r"\[([^\]]*)\](?:\((?:[^()]|\([^)]*\))*\)|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_CODE = re.compile(r"(`+)(.+?)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_BLANKS = re.compile(r"\n{3,}")


class MarkdownSource:
    """Markdown files; title, url, outlet and date come from the front matter."""

    name = "markdown"
    suffixes = (".md", ".markdown")

    def sniff(self, head: bytes) -> bool:
        start = head.removeprefix(b"\xef\xbb\xbf").replace(b"\r\n", b"\n")
        return re.match(rb"---\n[A-Za-z_][\w-]*:", start) is not None

    def read(self, data: bytes, name: str, path: str | None) -> Iterator[Document]:
        where = label(name, path)
        meta, body = split_front_matter(decode_text(data, where), where)
        if not meta.get("title"):
            meta["title"] = _first_heading(body)
        yield build_document(data, to_plain_text(body), fmt=self.name, name=name, path=path, **meta)


def split_front_matter(text: str, where: str) -> tuple[dict[str, str | None], str]:
    """The known front-matter fields and the body after the front matter.

    Raises IngestError naming `where` and the file line for front matter that is unclosed,
    not YAML, not a mapping, or has a field that is not a single value.
    """
    lines = text.split("\n")
    if lines[0].rstrip() != _FRONT_OPEN:
        return {}, text
    close = next((i for i, ln in enumerate(lines[1:], 1) if ln.rstrip() in _FRONT_CLOSE), None)
    if close is None:
        raise IngestError(f"{where}: line 1: front matter is never closed (expected a '---' line)")
    source = "\n".join(lines[1:close])
    try:
        loaded = yaml.safe_load(source)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark else 2
        problem = _one_line(exc.problem or exc.context or "not valid YAML")
        raise IngestError(f"{where}: line {line}: bad front matter: {problem}") from None
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError) as exc:
        # PyYAML raises ValueError for impossible dates such as 2020-02-30.
        lines_at = "line 2" if close == 2 else f"lines 2-{close}"
        raise IngestError(f"{where}: {lines_at}: bad front matter: {_one_line(exc)}") from None
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        raise IngestError(f"{where}: line 2: front matter must be 'key: value' lines")
    meta = {key: _field(loaded.get(key), key, source, where) for key in _FIELDS}
    return meta, "\n".join(lines[close + 1 :])


def _one_line(message: object) -> str:
    return " ".join(str(message).split())


def _field(value: Any, key: str, source: str, where: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str | int | float):
        return str(value).strip() or None
    m = re.search(rf"^{re.escape(key)}[ \t]*:", source, re.MULTILINE)
    line = source.count("\n", 0, m.start()) + 2 if m else 2  # the file's line 1 is "---"
    kind = type(value).__name__
    raise IngestError(f"{where}: line {line}: '{key}' must be a single value, not a {kind}")


def _first_heading(body: str) -> str | None:
    for line in body.split("\n"):
        m = _HEADING.match(line)
        if m and m.group(1):
            return _inline(m.group(1)).strip() or None
    return None


def to_plain_text(markdown: str) -> str:
    """Markdown reduced to readable plain text, one paragraph per block."""
    out: list[str] = []
    fence: str | None = None  # the fence character while inside a fenced code block
    for line in _COMMENT.sub("", markdown).split("\n"):
        opener = _FENCE.match(line)
        if fence is not None:
            if opener and opener.group(1)[0] == fence:
                fence = None
                _end_block(out)
            else:
                out.append(line.rstrip())  # code keeps its spacing and its markup
            continue
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        heading = _HEADING.match(line)
        item = _ITEM.match(line)
        if opener:
            fence = opener.group(1)[0]
            _end_block(out)
        elif heading:
            _end_block(out)
            out.extend((_inline(heading.group(1) or ""), ""))
        elif _RULE.match(line) or _UNDERLINE.match(line) or _LINK_DEF.match(line):
            _end_block(out)  # a setext underline ends its heading's block like a rule
        elif item:
            _end_block(out)
            out.append(_inline(line[item.end() :]))
        else:
            out.append(_inline(line.strip()))
    return _BLANKS.sub("\n\n", "\n".join(out)).strip()


def _end_block(out: list[str]) -> None:
    if out and out[-1]:
        out.append("")


def _inline(text: str) -> str:
    """Inline markup reduced to its text: links keep their words, images go."""
    text = _ESCAPE.sub(lambda m: chr(_ESCAPED + ord(m.group(1))), text)
    text = _CODE.sub(lambda m: m.group(2).strip(), text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    for pattern in (_STRONG, _EM_STAR, _EM_UNDER, _STRIKE):
        text = pattern.sub(lambda m: m.group(m.lastindex or 0), text)
    text = re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group()) - _ESCAPED), text)
    return html.unescape(text).rstrip()
