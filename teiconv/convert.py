"""The conversion pipeline, stage by stage: source → blocks → reader → passes → writer."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from lxml import etree

from .blocks import split_blocks
from .diagnostics import Diagnostic, Reporter
from .language import document_language
from .metadata import apply_overrides
from .model import Document
from .passes import PASSES
from .reader import read
from .rules import BLOCK_RULES, NESTED_RULES
from .source import Source, read_source, source_from_text
from .timing import NO_TIMER, StageTimer
from .writer import write_tei


@dataclass
class Conversion:
    """The result of converting one source: the TEI tree and what was noticed on the way."""

    source: Source
    document: Document
    tree: etree._Element
    diagnostics: list[Diagnostic] = field(default_factory=list)


def convert_source(source: Source, metadata: dict | None = None, reporter: Reporter | None = None,
                   timer: StageTimer | None = None) -> Conversion:
    """Run the pipeline on a source; `timer` (the benchmark's) adds up the time of each stage."""
    reporter = reporter or Reporter(source.name)
    clock = timer or NO_TIMER
    with clock.stage("blocks"):
        blocks = split_blocks(source.text)
    with clock.stage("block rules"):
        document = read(source, blocks, reporter, BLOCK_RULES, NESTED_RULES)
    del blocks  # read into the model: its lines are let go before the passes and the writer need memory
    document.metadata.source_file = Path(source.name).name
    document.metadata.source_sha256 = source.sha256
    document.metadata.edition_id = Path(source.name).stem
    if source.normalised_nfc:
        document.metadata.normalisations.append("The text was normalised to Unicode NFC.")
    if not {"language", "contents"} & set(document.metadata.labels):
        with clock.stage("language"):
            document.metadata.language = document_language(source.text, document.metadata.language)
    apply_overrides(document.metadata, metadata or {})
    if document.metadata.publication_date is None:
        document.metadata.publication_date = _build_date(reporter)
    for run_pass in PASSES:
        with clock.stage(f"pass {run_pass.__name__}"):
            document = run_pass(document, reporter)
    with clock.stage("writer"):
        tree = write_tei(document)
    return Conversion(source, document, tree, reporter.diagnostics)


def _build_date(reporter: Reporter) -> str | None:
    """The edition's date only from SOURCE_DATE_EPOCH (reproducible builds): never the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    try:
        return datetime.fromtimestamp(int(epoch), timezone.utc).date().isoformat()
    except (ValueError, OverflowError, OSError):
        reporter.warn("bad-source-date-epoch", f"SOURCE_DATE_EPOCH={epoch!r} is not a Unix time; no date given")
        return None


def convert_text(text: str, name: str = "<text>", metadata: dict | None = None) -> etree._Element:
    """Convert text in memory; return the TEI root element."""
    reporter = Reporter(name)
    return convert_source(source_from_text(text, name, reporter), metadata, reporter).tree


def convert_path(path: Path | str, metadata: dict | None = None, encoding: str | None = None) -> Conversion:
    """Convert one file; raises TeiconvError when it cannot be read as text."""
    reporter = Reporter(str(path))
    return convert_source(read_source(path, encoding, reporter), metadata, reporter)
