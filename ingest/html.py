"""HTML pages: the article text only, found by trafilatura, so navigation, footers, ads and
scripts never reach the extractors. Nothing is fetched; the page is read as given."""

from __future__ import annotations

import re
from collections.abc import Iterator

import trafilatura

from ingest import build_document, label
from kg.errors import IngestError
from kg.model import Document

_SNIFF = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html)",
    re.IGNORECASE | re.DOTALL,
)
# trafilatura writes list items as "- item"; the marker is layout, not text.
_LIST_MARKER = re.compile(r"^- ")


class HtmlSource:
    """HTML files; title, url, date and outlet come from the page's own metadata."""

    name = "html"
    suffixes = (".html", ".htm", ".xhtml")

    def sniff(self, head: bytes) -> bool:
        return _SNIFF.match(head.removeprefix(b"\xef\xbb\xbf")) is not None

    def read(self, data: bytes, name: str, path: str | None) -> Iterator[Document]:
        where = label(name, path)
        try:
            page = trafilatura.bare_extraction(
                data, with_metadata=True, include_comments=False, include_images=False
            )
        except Exception as exc:  # trafilatura and lxml raise many kinds on malformed pages
            raise IngestError(f"{where}: could not parse HTML: {exc}") from None
        if page is None or not (page.text or "").strip():
            raise IngestError(f"{where}: no main text found in the HTML page")
        # One paragraph per line in trafilatura's output; blank lines make each one a paragraph
        # for the sentence splitter, so a headline never runs into the text below it.
        lines = (_LIST_MARKER.sub("", ln).strip() for ln in page.text.split("\n"))
        text = "\n\n".join(ln for ln in lines if ln)
        yield build_document(
            data,
            text,
            fmt=self.name,
            name=name,
            path=path,
            title=page.title or None,
            url=page.url or None,
            outlet=page.sitename or None,
            date=page.date or None,
        )
