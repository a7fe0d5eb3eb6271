"""Locking leaves nothing of the case file in the running app: no passphrase, a wiped key, no
connection, no record in a list, the detail pane or the undo history."""

from __future__ import annotations

import gc

import pytest

from casefile import records
from tests.desktop.conftest import PASSPHRASE


def test_the_session_keeps_a_wipeable_key_not_the_passphrase(session) -> None:  # type: ignore[no-untyped-def]
    assert not any(v == PASSPHRASE for v in vars(session).values())
    key = session._key
    assert key is not None
    with session.open_connection() as cf:  # a worker's connection opens with the key alone
        assert records.count(cf) > 0
    session.lock()
    assert session._key is None and not any(key._key)  # the bytes themselves were overwritten
    with pytest.raises(RuntimeError):
        session.open_connection()


def test_lock_clears_lists_detail_and_undo_and_unlock_brings_them_back(window, session, qtbot) -> None:  # type: ignore[no-untyped-def]
    place = records.require(session.cf, "pl-evin")
    from casefile.desktop import commands

    commands.save_record(session, "places", {**place.data, "notes": "typed before locking"})
    assert session.undo_stack.count() == 1
    window.show_record("v-01")
    window.lock()
    assert window.model.rowCount() == 0 and window.ui.detail.current_id is None
    assert session.undo_stack.count() == 0  # it held the records' text
    assert window.search is None
    gc.collect()
    window.ui.unlockPassphrase.setText(PASSPHRASE)
    window.unlock()
    assert window.model.wait_until_loaded()
    assert not session.is_locked and window.model.rowCount() > 0


def test_no_name_or_dossier_text_stays_cached_after_locking(session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from casefile import linkage, records, text
    from casefile.dossier import bidi, layout, make_dossier

    make_dossier(
        session.cf, person="v-01", audience="un", lang="fa", made_on=date(2024, 5, 1), output=tmp_path / "d.pdf"
    )
    # the dossier's shaped words, header lines and cells go with the dossier
    assert bidi.shape.cache_info().currsize == 0 and layout._cell_text.cache_info().currsize == 0
    assert text.name_keys("Karimi-Nejad") and text.token_key.cache_info().currsize > 0
    assert linkage.name_form("Karimi-Nejad") and linkage.name_form.cache_info().currsize > 0  # duplicates
    assert records.name_phrases({"name": {"en": "Karimi-Nejad"}}) and records._name_words.cache_info().currsize > 0
    session.lock()
    assert text.token_key.cache_info().currsize == 0 and text._name_keys.cache_info().currsize == 0
    assert linkage.name_form.cache_info().currsize == 0
    assert records._name_words.cache_info().currsize == 0  # the words of names saved or shown
