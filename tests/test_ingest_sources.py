"""Each ingest source on fixtures we wrote: text, metadata, sentences and errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from ingest.html import HtmlSource
from ingest.markdown import MarkdownSource, split_front_matter, to_plain_text
from ingest.pdf import PdfSource
from ingest.text import TextSource
from kg.errors import IngestError
from kg.model import Document, content_id
from kg.sources import registry, source_for

DOCS = Path(__file__).parent / "fixtures" / "docs"


def read_one(source, data: bytes, name: str = "doc", path: str | None = None) -> Document:
    (doc,) = source.read(data, name, path)
    assert all(doc.text[s.start : s.end] == s.text for s in doc.sentences)
    return doc


def make_pdf(lines: list[str], title: str | None = None, encrypt=None) -> bytes:
    """A one-page PDF; `invariant` keeps the bytes (and so the id) the same on every run."""
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, invariant=1, encrypt=encrypt)
    if title:
        pdf.setTitle(title)
    for i, line in enumerate(lines):
        pdf.drawString(72, 780 - 14 * i, line)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


# --- registry -------------------------------------------------------------------------------


def test_every_source_is_registered_by_name():
    assert {"text", "markdown", "html", "pdf"} <= set(registry())
    for name, source in registry().items():
        assert source.name == name


@pytest.mark.parametrize(
    ("filename", "head", "expected"),
    [
        ("a.TXT", b"hello", "text"),
        ("a.md", b"# hi", "markdown"),
        ("a.htm", b"<p>hi</p>", "html"),
        ("a.pdf", b"%PDF-1.7", "pdf"),
        ("noext", b"  <!DOCTYPE html><html>", "html"),
        ("noext", b"<HTML><body>", "html"),
        ("noext", b"%PDF-1.4\n", "pdf"),
        ("noext", b"---\ntitle: x\n---\nbody", "markdown"),
        ("noext", b"Just words <html> later", "text"),
    ],
)
def test_source_is_chosen_by_ending_then_content(filename, head, expected):
    assert source_for(Path(filename), head).name == expected


# --- text -----------------------------------------------------------------------------------


def test_text_reads_the_file_and_normalises_line_endings():
    data = (DOCS / "harbour.txt").read_bytes()
    assert b"\r\n" in data
    doc = read_one(TextSource(), data, "harbour.txt", "docs/harbour.txt")
    assert doc.id == content_id(data)
    assert (doc.name, doc.path, doc.format) == ("harbour.txt", "docs/harbour.txt", "text")
    assert "\r" not in doc.text
    assert [s.text for s in doc.sentences][:3] == [
        "Harbour council buys camera network",
        "By Mira Okafor",
        "The fictional council of Port Wren signed a contract with Quayside Metrics Ltd. on "
        "Tuesday.",
    ]


def test_text_drops_a_utf8_bom():
    doc = read_one(TextSource(), (DOCS / "bom.txt").read_bytes())
    assert doc.text.startswith("Lanternfish")
    assert doc.sentences[0].start == 0


def test_text_reports_invalid_utf8_with_line_and_byte():
    with pytest.raises(IngestError, match=r"^bad\.txt: not valid UTF-8 \(line 3, byte 11\)$"):
        read_one(TextSource(), b"one\ntwo\ncaf\xe9\n", "bad.txt")


def test_text_with_only_white_space_is_an_error():
    with pytest.raises(IngestError, match=r"^blank\.txt: no text found$"):
        read_one(TextSource(), b"\xef\xbb\xbf  \n", "blank.txt")


# --- markdown -------------------------------------------------------------------------------


def test_markdown_front_matter_and_plain_body():
    data = (DOCS / "lanternfish.md").read_bytes()
    doc = read_one(MarkdownSource(), data, "lanternfish.md")
    assert doc.format == "markdown"
    assert doc.title == "Lanternfish Analytics wins transit contract"
    assert doc.url == "https://news.example/lanternfish-transit"
    assert doc.outlet == "The Eastmere Ledger"
    assert doc.date == "2022-03-14"
    assert "title:" not in doc.text
    for markup in ("**", "](", "![", "# ", "- ", "`", "&amp;", "> "):
        assert markup not in doc.text
    assert "bus at the depot" not in doc.text  # images go, alt text included
    sentences = [s.text for s in doc.sentences]
    assert sentences[:2] == ["Lanternfish Analytics wins transit contract", "By Tomas Reyes"]
    assert (
        "The fictional Eastmere Transit Authority awarded a two-year contract to\n"
        "Lanternfish Analytics on Monday." in sentences
    )
    assert "Passenger counts on forty buses" in sentences
    assert "Monthly reports to the board" in sentences
    assert "Details are in the contract summary & the board minutes." in sentences


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-02-26", "2020-02-26"),
        ("2020-02-26 10:30:00", "2020-02-26"),
        ("2020-02-26T23:10:00Z", "2020-02-26"),
        ("2018-06", "2018-06"),
        ('"26 February 2020"', "26 February 2020"),
        ("2020", "2020"),
        ("", None),
    ],
)
def test_front_matter_date_is_an_iso_string(value, expected):
    meta, body = split_front_matter(f"---\ndate: {value}\n---\nBody.", "x.md")
    assert meta["date"] == expected
    assert body == "Body."


def test_markdown_without_front_matter_takes_its_title_from_the_first_heading():
    doc = read_one(MarkdownSource(), b"Intro line.\n\n## The *real* title\n\nText here.\n")
    assert doc.title == "The real title"
    assert doc.url is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\ntitle: x\nbody", r"^x\.md: line 1: front matter is never closed"),
        ("---\ntitle: ok\nurl: [unclosed\n---\nbody", r"^x\.md: line 3: bad front matter"),
        ("---\ntitle: ok\n  bad: indent\n---\nbody", r"^x\.md: line 3: bad front matter"),
        ("---\n- a\n- b\n---\nbody", r"^x\.md: line 2: front matter must be 'key: value' lines"),
        ("---\nurl: u\ntitle: [a, b]\n---\nbody", r"^x\.md: line 3: 'title' must be a single"),
        ("---\ndate: 2020-02-30\n---\nbody", r"^x\.md: line 2: bad front matter: day is out"),
    ],
)
def test_bad_front_matter_names_file_and_line(text, message):
    with pytest.raises(IngestError, match=message):
        split_front_matter(text, "x.md")


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("# Title #\nText.", "Title\n\nText."),
        ("Title\n=====\nText.", "Title\n\nText."),
        ("**bold**, __strong__, *em*, _em_ and ~~gone~~", "bold, strong, em, em and gone"),
        ("snake_case_name and 2 * 3 * 4", "snake_case_name and 2 * 3 * 4"),
        ("See [the report](https://x.example/a_(b)) now.", "See the report now."),
        ("See [the report][ref].\n\n[ref]: https://x.example", "See the report."),
        ("Logo ![alt text](logo.png) here", "Logo  here"),
        ("Visit <https://x.example> or <b>this</b>.", "Visit https://x.example or this."),
        ("- one\n- two\n  continued\n* three\n2. four", "one\n\ntwo\ncontinued\n\nthree\n\nfour"),
        ("> quoted *text*\n> > nested", "quoted text\nnested"),
        ("Escaped \\*stars\\* and \\[brackets\\]", "Escaped *stars* and [brackets]"),
        ("```python\nx = *y*\n```\nAfter.", "x = *y*\n\nAfter."),
        ("Before\n\n---\n\nAfter <!-- hidden\ncomment --> end", "Before\n\nAfter  end"),
        ("Use `kg ingest` &amp; more", "Use kg ingest & more"),
    ],
)
def test_markdown_is_reduced_to_plain_text(markdown, plain):
    assert to_plain_text(markdown) == plain


# --- html -----------------------------------------------------------------------------------


def test_html_keeps_the_article_and_drops_boilerplate():
    data = (DOCS / "wrenfield.html").read_bytes()
    doc = read_one(HtmlSource(), data, "wrenfield.html")
    assert "SHOULD-NOT-APPEAR" not in doc.text
    assert "Privacy policy" not in doc.text
    assert doc.title == "Wrenfield library adds study pods"
    assert doc.url == "https://courier.example/2021/library-pods"
    assert doc.outlet == "The Wrenfield Courier"
    assert doc.date == "2021-09-30"
    sentences = [s.text for s in doc.sentences]
    assert "The pods were built by Cobble & Vine Carpentry and paid for by a local arts fund." in (
        sentences
    )
    assert "He added that no cameras or sensors are installed inside them." in sentences


def test_html_without_main_text_is_an_error():
    with pytest.raises(IngestError, match=r"^empty\.html: no main text found"):
        read_one(HtmlSource(), b"<html><body><nav></nav></body></html>", "empty.html")


# --- pdf ------------------------------------------------------------------------------------


def test_pdf_text_and_metadata():
    data = make_pdf(
        ["Quayside Metrics Ltd. supplies parking sensors to Port Wren.", "The trial ends soon."],
        title="Sensor trial",
    )
    doc = read_one(PdfSource(), data, "trial.pdf")
    assert (doc.format, doc.title, doc.id) == ("pdf", "Sensor trial", content_id(data))
    assert doc.date == "2000-01-01"  # reportlab's fixed date in invariant mode
    assert [s.text for s in doc.sentences] == [
        "Quayside Metrics Ltd. supplies parking sensors to Port Wren.",
        "The trial ends soon.",
    ]


def test_pdf_with_an_empty_user_password_is_read():
    data = make_pdf(["Readable anyway."], encrypt=StandardEncryption("", ownerPassword="owner"))
    assert read_one(PdfSource(), data).text == "Readable anyway."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (make_pdf(["Secret."], encrypt="hunter2"), r"^x\.pdf: encrypted PDF"),
        (make_pdf([]), r"^x\.pdf: no extractable text in the PDF"),
        (b"%PDF-1.4\n1 0 obj <<", r"^x\.pdf: not a readable PDF"),
        (make_pdf(["Cut short."])[:300], r"^x\.pdf: not a readable PDF"),
    ],
    ids=["encrypted", "no-text", "garbage", "truncated"],
)
def test_unreadable_pdfs_are_errors(data, message):
    with pytest.raises(IngestError, match=message):
        read_one(PdfSource(), data, "x.pdf")
