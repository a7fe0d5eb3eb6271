"""The detail pane: one record and everything linked to it, each link one click away, with
Back/Forward like a browser.

:class:`DetailRenderer` turns a record into HTML (links are ``rec:<id>``); :class:`DetailView`
shows it in a QTextBrowser and keeps the history. For a victim the page gathers what documenters
ask first: what was done to them and when, the events, the officials involved (with their roles
on those acts and events), the testimonies about them, their relatives, what the family did,
and the sources that support any of it.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from casefile import records
from casefile.desktop import labels, language
from casefile.desktop.editors.fieldwidgets import FIELD_WIDGETS
from casefile.desktop.session import Session
from casefile.model import SCHEMA, Field, Record, T, name_text

LINK_SCHEME = "rec"
#: a link on a victim's, official's or event's page that asks for a dossier on it
DOSSIER_SCHEME = "dossier"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


class DetailRenderer(QObject):
    """Builds a record's page. Reads through the core on the caller's connection."""

    def __init__(self, cf: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cf = cf
        self.lang = language.current()
        self._titles: dict[str, str] = {}

    # --- titles and links -------------------------------------------------------------------

    def title(self, record: Record) -> str:
        """A record's title in the interface language (readable for records with no name)."""
        data, kind = record.data, record.kind
        if kind in ("persons", "organizations", "places"):
            return name_text(data.get("name"), self.lang) or record.id
        if kind in ("events", "sources", "positions"):
            return name_text(data.get("title"), self.lang) or record.id
        if kind == "acts":
            return (
                self.tr("%1 of %2")
                .replace("%1", labels.value_name(data.get("type", ""), "acts.type"))
                .replace("%2", self._plain_title(data.get("victim")))
            )
        if kind == "involvements":
            who = self._plain_title(data.get("person") or data.get("organization"))
            return f"{who}: {labels.value_name(data.get('role', ''), 'involvements.role')}"
        if kind == "relations":
            return (
                self.tr("%1 is the %2 of %3")
                .replace("%1", self._plain_title(data.get("person")))
                .replace("%2", labels.value_name(data.get("is", ""), "relations.is"))
                .replace("%3", self._plain_title(data.get("of")))
            )
        if kind == "interventions":
            return labels.value_name(data.get("kind", ""), "interventions.kind")
        if kind == "testimonies":
            text = str(data.get("summary") or data.get("text") or "")
            return (text[:80] + "…") if len(text) > 80 else (text or record.id)
        if kind == "citations":
            return self._plain_title(data.get("source"))
        return record.id

    def _plain_title(self, record_id: object) -> str:
        if not isinstance(record_id, str):
            return ""
        if record_id not in self._titles:
            rec = records.get(self.cf, record_id)
            self._titles[record_id] = self.title(rec) if rec else record_id
        return self._titles[record_id]

    def link(self, record_id: object) -> str:
        if not isinstance(record_id, str):
            return ""
        title = language.isolate(self._plain_title(record_id))  # a Latin id or name keeps its order
        return f'<a href="{LINK_SCHEME}:{_e(record_id)}">{_e(title)}</a>'

    # --- the page ---------------------------------------------------------------------------

    def page(self, record_id: str) -> str:
        record = records.get(self.cf, record_id)
        merged_note = ""
        if record is None:
            # a person merged into another as the same person: the id still finds them
            current = records.resolve_id(self.cf, record_id)
            record = records.get(self.cf, current) if current else None
            if record is not None:
                note = self.tr("%1 was merged into this record (the same person entered twice).")
                merged_note = f"<p><i>{_e(note.replace('%1', language.isolate(record_id)))}</i></p>"
        if record is None:
            gone = self.tr("This record is no longer in the case file.")
            return f"<p>{_e(gone)}</p>"
        self._titles[record.id] = self.title(record)
        parts = [merged_note, self._header(record), self._facts(record)]
        shown: set[str] = set()
        if record.kind == "persons":
            parts.append(self._person_sections(record, shown))
        elif record.kind == "events":
            parts.append(
                self._involved_section(records.referring_records(self.cf, record.id, "involvements", "event"), shown)
            )
        elif record.kind == "sources":
            parts.append(self._supports_section(record, shown))
        parts.append(self._cited_by([record.id], shown))
        parts.append(self._other_links(record, shown))
        direction = "rtl" if self.lang == "fa" else "ltr"
        return f'<div dir="{direction}">' + "".join(p for p in parts if p) + "</div>"

    def _header(self, record: Record) -> str:
        out = f"<h2>{_e(self._titles[record.id])}</h2>"
        data = record.data
        name = data.get("name") or data.get("title")
        if isinstance(name, dict):
            other = name.get("en" if self.lang == "fa" else "fa")
            if other and other != self._titles[record.id]:
                out += f"<p><b>{_e(other)}</b></p>"
        what = [labels.list_name(record.kind)]
        roles = records.roles_of(self.cf, record.id) if record.kind == "persons" else []
        what += [labels.value_name(r, "persons.roles") for r in roles]
        out += f'<p class="kind">{_e(" · ".join(what))}</p>'
        if record.kind == "events" or {"victim", "official"} & set(roles):
            make = self.tr("Make a dossier on this…")
            out += f'<p><a href="{DOSSIER_SCHEME}:{_e(record.id)}">{_e(make)}</a></p>'
        return out

    def _facts(self, record: Record) -> str:
        rows = []
        for f in SCHEMA[record.kind]:
            if f.name in ("id", "name", "title", "roles") or f.name not in record.data:
                continue
            rendered = self._value(f.type, f, record.data[f.name])
            if rendered:
                rows.append((labels.field_name(f.name), rendered))
        if not rows:
            return ""
        body = "".join(f"<tr><td><b>{_e(k)}</b></td><td>{v}</td></tr>" for k, v in rows)
        return f'<table cellspacing="0" cellpadding="3">{body}</table>'

    def _value(self, type_: T, f: Field, value: Any) -> str:
        """A value of type ``type_`` (``f``'s) as HTML, as that type is shown
        (``fieldwidgets.FIELD_WIDGETS``); "" when empty."""
        if value is None or value == "" or value == []:
            return ""
        return FIELD_WIDGETS[type_].show(self, f, value)

    def _section(self, heading: str, items: Iterable[str]) -> str:
        items = [i for i in items if i]
        if not items:
            return ""
        return f"<h3>{_e(heading)}</h3><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"

    def _person_sections(self, person: Record, shown: set[str]) -> str:
        cf, pid = self.cf, person.id
        acts = records.referring_records(cf, pid, "acts", "victim")
        shown.update(a.id for a in acts)
        act_items = []
        details = self.tr("(details)")
        for act in acts:
            d = act.data
            text = f"<b>{_e(labels.value_name(d.get('type', ''), 'acts.type'))}</b>"
            if d.get("date"):
                text += " — " + _e(language.format_date(d["date"]))
            if d.get("place"):
                text += " — " + self.link(d["place"])
            text += f' <a href="{LINK_SCHEME}:{_e(act.id)}">{_e(details)}</a>'
            act_items.append(text)
        out = self._section(self.tr("What was done to them"), act_items)

        event_ids = list(dict.fromkeys(a.data["event"] for a in acts if a.data.get("event")))
        out += self._section(labels.list_name("events", plural=True), [self.link(e) for e in event_ids])

        involvements: list[Record] = []
        for act in acts:
            involvements += records.referring_records(cf, act.id, "involvements", "act")
        for event_id in event_ids:
            involvements += records.referring_records(cf, event_id, "involvements", "event")
        involvements += records.referring_records(cf, pid, "involvements", "person")
        out += self._involved_section(involvements, shown, person_id=pid)

        positions = records.referring_records(cf, pid, "positions", "person")
        shown.update(p.id for p in positions)
        out += self._section(
            labels.dossier_label("sec.positions"),
            [
                " — ".join(
                    x
                    for x in (
                        f'<a href="{LINK_SCHEME}:{_e(p.id)}">{_e(self.title(p))}</a>',
                        self.link(p.data.get("organization")),
                        _e(language.format_date(p.data["start"])) if p.data.get("start") else "",
                    )
                    if x
                )
                for p in positions
            ],
        )

        testimonies = records.referring_records(cf, pid, "testimonies", "about")
        given = records.referring_records(cf, pid, "testimonies", "witness")
        shown.update(t.id for t in testimonies + given)
        out += self._section(self.tr("Testimonies about them"), [self._testimony_item(t) for t in testimonies])
        out += self._section(self.tr("Testimonies they gave"), [self._testimony_item(t) for t in given])

        relations = records.referring_records(cf, pid, "relations", "of") + records.referring_records(
            cf, pid, "relations", "person"
        )
        shown.update(r.id for r in relations)
        rel_items = []
        for rel in relations:
            d = rel.data
            if d.get("of") == pid:
                rel_items.append(
                    f"{self.link(d.get('person'))} — {_e(labels.value_name(d.get('is', ''), 'relations.is'))}"
                )
            else:
                rel_items.append(
                    _e(self.tr("%1 of %2").replace("%1", labels.value_name(d.get("is", ""), "relations.is"))).replace(
                        "%2", self.link(d.get("of"))
                    )
                )
        out += self._section(self.tr("Relatives and others close to them"), rel_items)

        interventions = records.referring_records(cf, pid, "interventions", "victim")
        shown.update(i.id for i in interventions)
        items = []
        for iv in interventions:
            d = iv.data
            text = f'<a href="{LINK_SCHEME}:{_e(iv.id)}">{_e(labels.value_name(d.get("kind", ""), "interventions.kind"))}</a>'
            if d.get("date"):
                text += " — " + _e(language.format_date(d["date"]))
            if d.get("by"):
                text += " — " + _e(labels.field_name("by").lower()) + " " + self.link(d["by"])
            if d.get("outcome"):
                text += "<br>" + _e(language.isolate(d["outcome"]))
            items.append(text)
        out += self._section(self.tr("What the family and others did"), items)
        out += self._cited_by([a.id for a in acts], shown, heading=self.tr("Sources for what was done to them"))
        return out

    def _testimony_item(self, t: Record) -> str:
        d = t.data
        text = f'<a href="{LINK_SCHEME}:{_e(t.id)}">{_e(language.isolate(self.title(t)))}</a>'
        extra = [self.link(d.get("witness"))]
        if d.get("recorded"):
            extra.append(_e(language.format_date(d["recorded"])))
        return text + " — " + language.comma().join(x for x in extra if x)

    def _involved_section(self, involvements: list[Record], shown: set[str], person_id: str | None = None) -> str:
        seen, items = set(), []
        details = self.tr("(details)")
        for inv in involvements:
            if inv.id in seen:
                continue
            seen.add(inv.id)
            shown.add(inv.id)
            d = inv.data
            who = d.get("person") or d.get("organization")
            what = d.get("act") or d.get("event")
            role = labels.value_name(d.get("role", ""), "involvements.role")
            if person_id and who == person_id:  # the person's own involvement in something
                text = f"{_e(role)}: {self.link(what)}"
            else:
                text = f"{self.link(who)} — {_e(role)}"
                if what:
                    text += " (" + self.link(what) + ")"
            if d.get("certainty"):
                text += " — " + _e(labels.value_name(d["certainty"], "involvements.certainty"))
            text += f' <a href="{LINK_SCHEME}:{_e(inv.id)}">{_e(details)}</a>'
            items.append(text)
        return self._section(labels.dossier_label("sec.involved"), items)

    def _cited_by(self, ids: list[str], shown: set[str], heading: str | None = None) -> str:
        items = []
        for rid in ids:
            for cit in records.referring_records(self.cf, rid, "citations", "supports"):
                if cit.id in shown:
                    continue
                shown.add(cit.id)
                text = self.link(cit.data.get("source"))
                if cit.data.get("locator"):
                    text += " — " + _e(language.isolate(cit.data["locator"]))
                items.append(text)
        return self._section(heading or labels.list_name("sources", plural=True), items)

    def _supports_section(self, source: Record, shown: set[str]) -> str:
        """What a source is cited for: each citation's supported record (a link), its locator
        (page, paragraph, minute) and a link to the citation itself."""
        items = []
        details = self.tr("(details)")
        for cit in records.referring_records(self.cf, source.id, "citations", "source"):
            shown.add(cit.id)
            d = cit.data
            text = self.link(d.get("supports")) or _e(self.tr("(nothing named)"))
            if d.get("locator"):
                text += " — " + _e(language.isolate(d["locator"]))
            text += f' <a href="{LINK_SCHEME}:{_e(cit.id)}">{_e(details)}</a>'
            items.append(text)
        return self._section(self.tr("What this source supports"), items)

    def _other_links(self, record: Record, shown: set[str]) -> str:
        items = []
        for link in records.referrers(self.cf, record.id):
            if link.from_id in shown:
                continue
            shown.add(link.from_id)
            items.append(
                f"{_e(labels.list_name(link.from_kind))}: {self.link(link.from_id)} ({_e(labels.field_name(link.field))})"
            )
        return self._section(self.tr("Linked from"), items)


class DetailView(QTextBrowser):
    """Shows a record's page; link clicks navigate, with a browser's Back and Forward."""

    #: the record now shown (or None)
    recordShown = Signal(object)
    historyChanged = Signal()
    #: the id of the record whose "Make a dossier" link was clicked
    dossierRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.session: Session | None = None
        self._history: list[str] = []
        self._pos = -1

    def set_session(self, session: Session | None) -> None:
        self.session = session
        self.clear_history()

    @property
    def current_id(self) -> str | None:
        return self._history[self._pos] if 0 <= self._pos < len(self._history) else None

    def show_record(self, record_id: str) -> None:
        """Show a record and make it the newest step in the history."""
        if record_id == self.current_id:
            self.refresh()
            return
        del self._history[self._pos + 1 :]
        self._history.append(record_id)
        self._pos = len(self._history) - 1
        self.refresh()
        self.historyChanged.emit()

    def can_go_back(self) -> bool:
        return self._pos > 0

    def can_go_forward(self) -> bool:
        return self._pos < len(self._history) - 1

    def go_back(self) -> None:
        if self.can_go_back():
            self._pos -= 1
            self.refresh()
            self.historyChanged.emit()

    def go_forward(self) -> None:
        if self.can_go_forward():
            self._pos += 1
            self.refresh()
            self.historyChanged.emit()

    def refresh(self) -> None:
        """Draw the current record again (after an edit, or in a new language)."""
        record_id = self.current_id
        if record_id is None or self.session is None or self.session.is_locked:
            self.clear()
            self.recordShown.emit(None)
            return
        self.setHtml(DetailRenderer(self.session.cf).page(record_id))
        self.recordShown.emit(record_id)

    def clear_history(self) -> None:
        """Forget every page (locking, closing): nothing of the file may stay on screen."""
        self._history, self._pos = [], -1
        self.clear()
        self.historyChanged.emit()

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME:
            self.show_record(url.path())
        elif url.scheme() == DOSSIER_SCHEME:
            self.dossierRequested.emit(url.path())
