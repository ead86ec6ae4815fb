"""PDF files: the text layer, page by page, read with pypdf.

Scanned PDFs have no text layer; they are reported rather than ingested as empty documents,
since OCR is out of scope.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator

from pypdf import PasswordType, PdfReader

from ingest import build_document, label
from kg.errors import IngestError
from kg.model import Document

_TRAILING_SPACE = re.compile(r"[^\S\n]+\n")

# pypdf logs its repairs of damaged files as warnings but, unlike trafilatura, gives its logger
# no handler, so Python's last-resort handler would print them to stderr from inside the
# library. A NullHandler stops that; an application that configures logging still sees them.
logging.getLogger("pypdf").addHandler(logging.NullHandler())


class PdfSource:
    """PDF files; title and date come from the document information dictionary."""

    name = "pdf"
    suffixes = (".pdf",)

    def sniff(self, head: bytes) -> bool:
        return b"%PDF-" in head[:1024]  # the header may follow a little leading junk

    def read(self, data: bytes, name: str, path: str | None) -> Iterator[Document]:
        where = label(name, path)
        # pypdf raises a wide variety of exceptions on damaged files; all mean "cannot read".
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            # Many PDFs are encrypted with an empty user password and open without one.
            locked = reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED
            pages = [] if locked else [page.extract_text() or "" for page in reader.pages]
        except Exception as exc:
            raise IngestError(f"{where}: not a readable PDF ({exc})") from None
        if locked:
            raise IngestError(f"{where}: encrypted PDF; remove the password first")
        text = "\n\n".join(_clean(page) for page in pages if page.strip())
        if not text:
            raise IngestError(f"{where}: no extractable text in the PDF (scanned images need OCR)")
        title, date = _metadata(reader)
        yield build_document(
            data, text, fmt=self.name, name=name, path=path, title=title, date=date
        )


def _clean(page: str) -> str:
    page = page.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return _TRAILING_SPACE.sub("\n", page).strip()


def _metadata(reader: PdfReader) -> tuple[str | None, str | None]:
    """Title and ISO date, if the PDF declares them; malformed values count as absent."""
    try:
        info = reader.metadata
        if info is None:
            return None, None
        title = str(info.title or "").strip() or None
        created = info.creation_date
    except Exception:  # a damaged info dictionary must not lose the text
        return None, None
    return title, created.date().isoformat() if created else None
