"""PDF dossiers for one audience: a victim, an official or an event.

``make_dossier`` reads the case file through the audience view (``casefile.audience``, which
decides what the audience may see), selects and words the content (``content``), draws it
(``layout``) and writes the PDF all or nothing. The same case file, subject, audience, language
and ``made_on`` give a byte-identical file.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from casefile.audience import withheld_items, withheld_summary
from casefile.consent import Withheld

if TYPE_CHECKING:
    from casefile.store import CaseFile

__all__ = ["DossierResult", "make_dossier", "suggested_file_name"]


@dataclass(frozen=True)
class DossierResult:
    """What was written: where, how many pages, its SHA-256, and what was withheld and why."""

    output: Path
    kind: str
    pages: int
    sha256: str
    withheld: list[Withheld] = field(default_factory=list)

    def withheld_summary(self, limit: int = 12) -> list[str]:
        """Lines for the sender (never printed in the PDF): what was left out and why
        (:func:`casefile.audience.withheld_summary`)."""
        return withheld_summary(self.withheld, limit)

    def withheld_items(self, limit: int = 12) -> list[str]:
        """The summary's lines without their "withheld:" heading; none when nothing was withheld."""
        return withheld_items(self.withheld, limit)


def make_dossier(
    cf: CaseFile,
    *,
    person: str | None = None,
    event: str | None = None,
    audience: str,
    lang: str = "en",
    made_on: date | None = None,
    output: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DossierResult:
    """Write the dossier on ``person`` (a victim or an official) or ``event`` for ``audience``.

    Raises :class:`~casefile.errors.RecordNotFound` for an unknown id or an id of the wrong kind,
    :class:`~casefile.errors.CasefileError` for a subject refused for this audience, and
    :class:`~casefile.errors.Cancelled` when ``cancelled()`` turns true; in every such case no
    file is written. ``progress(done, total)`` is called as the work goes on (``total`` is an
    estimate until the end).
    """
    from casefile.audience import AudienceView

    from . import content, layout

    made_on = made_on or date.today()
    report = progress or (lambda done, total: None)
    is_cancelled = cancelled or (lambda: False)
    # Steps: reading (per victim, counted in hundreds) then laying out (per page, estimated).
    state = {"total": 100}

    def read_progress(n: int) -> None:
        report(min(n // 100, state["total"] // 2), state["total"])

    try:
        dossier = content.build_content(
            cf,
            person=person,
            event=event,
            audience=audience,
            lang=lang,
            made_on=made_on,
            progress=read_progress,
            cancelled=is_cancelled,
            view=AudienceView(cf, audience),
        )
        rows = sum(len(b.rows) for s in dossier.sections for b in s.blocks if isinstance(b, content.Table) and b.long)
        estimated_pages = 4 + len(dossier.sections) + rows // 40
        state["total"] = estimated_pages * 2
        report(estimated_pages, state["total"])

        def page_progress(page: int) -> None:
            report(estimated_pages + min(page, estimated_pages - 1), state["total"])

        pdf, pages = layout.render(dossier, progress=page_progress, cancelled=is_cancelled)
        output = Path(output)
        _write_atomically(output, pdf)
        report(state["total"], state["total"])
        return DossierResult(
            output=output,
            kind=dossier.kind,
            pages=pages,
            sha256=hashlib.sha256(pdf).hexdigest(),
            withheld=list(dossier.withheld),
        )
    finally:
        _forget_case_text()


def _forget_case_text() -> None:
    """Empty the layout's caches once a dossier is written or given up: they hold names and shaped
    text of the case file, and their gain (the same header on every page, recurring words) is all
    inside one dossier."""
    from casefile import dates

    from . import bidi, layout

    for cached in (bidi.shape, bidi.display_line, layout._fit, layout._cell_text, dates._shown_date):
        cached.cache_clear()


def suggested_file_name(cf: CaseFile, subject_id: str, audience: str, lang: str) -> str:
    """A file name for a dossier that carries nothing of the subject's id or name (ids often hold
    names): ``dossier-V-7KQ3MZ-un-en.pdf``, the subject's stable reference for that audience."""
    from casefile.audience import AudienceView

    return f"dossier-{AudienceView(cf, audience).reference(subject_id)}-{audience}-{lang}.pdf"


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".dossier-", suffix=".pdf", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
