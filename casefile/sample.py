"""The bundled sample case (fictional victims, public facts of the 1988 massacre)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from casefile.exchange import ImportSummary, import_text
from casefile.resources import resource_path

if TYPE_CHECKING:
    from casefile.store import CaseFile


def sample_document_text() -> bytes:
    return resource_path("sample", "demo.json").read_bytes()


def fill_with_sample(cf: CaseFile) -> ImportSummary:
    """Import the sample document into ``cf`` (all or nothing)."""
    return import_text(cf, sample_document_text())
