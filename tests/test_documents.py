"""The reading front end: inputs in, Documents or one-line failures out, the batch never stops."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfgen import canvas

from ingest.markdown import MarkdownSource
from kg.documents import count_inputs, list_inputs, read_documents
from kg.errors import IngestError
from kg.model import Document
from kg.sources import IngestFailure

FIXTURES = Path(__file__).parent / "fixtures" / "docs"


def split(results) -> tuple[list[Document], list[IngestFailure]]:
    results = list(results)
    docs = [r for r in results if isinstance(r, Document)]
    failures = [r for r in results if isinstance(r, IngestFailure)]
    assert len(docs) + len(failures) == len(results)
    return docs, failures


@pytest.fixture
def docs_dir(tmp_path, monkeypatch) -> Path:
    """A `docs/` folder in the working directory with good and bad inputs side by side."""
    monkeypatch.chdir(tmp_path)
    root = Path("docs")
    (root / "nested" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text("Alpha Corp sells radar to Port Wren.\n")
    (root / "nested" / "b.md").write_text("---\ntitle: Bravo\n---\nBravo Ltd builds drones.\n")
    (root / "nested" / "deeper" / "c.txt").write_text("Charlie was founded in 1999.\n")
    (root / ".hidden" / "secret.txt").write_text("Never read.\n")
    (root / ".notes.txt").write_text("Never read either.\n")
    (root / "x.bin").write_bytes(bytes(range(256)) * 4)
    (root / "empty.txt").write_bytes(b"")
    (root / "bad.txt").write_bytes(b"first\nsecond\nthird caf\xe9\n")
    return root


def test_folders_are_read_recursively_in_sorted_order_without_hidden_files(docs_dir):
    docs, failures = split(read_documents([docs_dir]))
    assert [d.name for d in docs] == ["a.txt", "b.md", "c.txt"]
    assert [d.path for d in docs] == [
        "docs/a.txt",
        "docs/nested/b.md",
        "docs/nested/deeper/c.txt",
    ]
    assert docs[1].title == "Bravo"
    assert sorted(f.message for f in failures) == [
        "docs/bad.txt: not valid UTF-8 (line 3, byte 22)",
        "docs/empty.txt: empty file",
        "docs/x.bin: binary file, not a document",
    ]
    assert all(f.message.startswith(f"{f.path}: ") for f in failures)
    assert all("\n" not in f.message for f in failures)


def test_list_and_count_inputs_match_what_is_read(docs_dir):
    inputs = list_inputs([docs_dir, "-", "missing.txt"])
    assert [str(p) for p in inputs] == [
        "docs/a.txt",
        "docs/bad.txt",
        "docs/empty.txt",
        "docs/nested/b.md",
        "docs/nested/deeper/c.txt",
        "docs/x.bin",
        "-",
        "missing.txt",
    ]
    assert count_inputs([docs_dir, "-", "missing.txt"]) == 8


def test_a_missing_file_fails_alone(docs_dir):
    docs, failures = split(read_documents(["missing.txt", docs_dir / "a.txt"]))
    assert [d.name for d in docs] == ["a.txt"]
    assert failures == [IngestFailure("missing.txt", "missing.txt: no such file")]


def test_stdin_is_read_for_dash():
    stdin = io.BytesIO(
        b"<!DOCTYPE html><html><body><article><p>Delta Inc. installed ten "
        b"sensors in the fictional port of Eastmere last spring.</p></article>"
        b"</body></html>"
    )
    docs, failures = split(read_documents(["-"], stdin=stdin))
    assert failures == []
    (doc,) = docs
    assert (doc.name, doc.path, doc.format) == ("stdin", None, "html")
    assert doc.text.startswith("Delta Inc. installed")


def test_empty_stdin_is_a_failure():
    assert list(read_documents(["-"], stdin=io.BytesIO(b" \n"))) == [
        IngestFailure("stdin", "stdin: empty file")
    ]


def test_forced_format_overrides_the_file_ending(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("---\ntitle: Forced\n---\n**Echo** works.\n")
    (doc,) = read_documents([notes], forced_format="markdown")
    assert (doc.format, doc.title, doc.text) == ("markdown", "Forced", "Echo works.")


def test_unknown_forced_format_fails_at_once():
    with pytest.raises(IngestError, match="unknown format 'docx'"):
        read_documents(["anything.txt"], forced_format="docx")


def test_same_bytes_give_the_same_id(tmp_path):
    (tmp_path / "one.txt").write_bytes(b"Foxtrot Ltd sells cameras.\n")
    (tmp_path / "two.txt").write_bytes(b"Foxtrot Ltd sells cameras.\n")
    (tmp_path / "three.txt").write_bytes(b"Foxtrot Ltd sells cameras!\n")
    one, three, two = split(read_documents([tmp_path]))[0]
    assert one.id == two.id != three.id
    assert (one.name, two.name) == ("one.txt", "two.txt")


def test_pdf_is_not_mistaken_for_binary(tmp_path):
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, invariant=1)
    pdf.drawString(72, 780, "Golf Systems won a tender in Port Wren.")
    pdf.save()
    (tmp_path / "report").write_bytes(buf.getvalue())  # no ending: found by sniffing
    (doc,) = read_documents([tmp_path])
    assert (doc.format, doc.text) == ("pdf", "Golf Systems won a tender in Port Wren.")


def test_utf16_text_gets_its_own_message(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("Hotel Group opened.".encode("utf-16"))
    (failure,) = read_documents([path])
    assert failure.message == f"{path}: UTF-16 text; save it as UTF-8"


def test_control_characters_mark_a_binary_file(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(b"abc\x01\x02\x03\x04\x05def" * 10)
    (failure,) = read_documents([path])
    assert failure.message.endswith(": binary file, not a document")


def test_a_symlink_loop_is_walked_once(tmp_path):
    (tmp_path / "a.txt").write_text("India Corp hired Juliet.\n")
    os.symlink(tmp_path, tmp_path / "loop")
    docs, failures = split(read_documents([tmp_path]))
    assert ([d.name for d in docs], failures) == (["a.txt"], [])


def test_the_fixture_documents_all_read(tmp_path):
    docs, failures = split(read_documents([FIXTURES]))
    assert failures == []
    assert {d.format for d in docs} == {"text", "markdown", "html"}
    for doc in docs:
        assert doc.sentences
        assert all(doc.text[s.start : s.end] == s.text for s in doc.sentences)


_YAMLISH = st.lists(
    st.sampled_from([
        "title", "date", "url", "outlet", ":", ": ", "\n", "  ", "- ", "[", "]", "{", "}", ",",
        "'", '"', "!!", "!!python/object", "&a", "*a", "?", "|", ">", "#", "---", "...", "%",
        "2020-02-30", "2020-13-01", "2020-01-01 25:00:00", "1e999", "0x", "yes", "null", "~",
        "\t", "\\", "é", "\x00", "<<",
    ]),
    max_size=40,
).map("".join)


@given(st.one_of(_YAMLISH, st.text(max_size=200)))
def test_front_matter_parser_only_ever_raises_ingest_error(front):
    data = f"---\n{front}\n---\nKilo Ltd sells software.\n".encode()
    try:
        (doc,) = MarkdownSource().read(data, "fuzz.md", None)
    except IngestError as exc:
        assert str(exc).startswith("fuzz.md: ")
        assert "\n" not in str(exc)
    else:
        assert all(v is None or isinstance(v, str) for v in doc.metadata().values())


@pytest.mark.parametrize("fmt", [None, "text", "markdown", "html", "pdf"])
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)))
def test_any_bytes_give_documents_or_failures(fmt, data):
    results = list(read_documents(["-"], forced_format=fmt, stdin=io.BytesIO(data)))
    assert results
    assert all(isinstance(r, Document | IngestFailure) for r in results)
