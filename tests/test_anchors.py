"""Anchors: a history rewritten by someone who holds the file and its passphrase is caught.

The chain alone cannot catch a forger who recomputes it; an anchor kept outside the file (in the
user's data folder when Casefile closes a file it changed, or printed on a dossier cover) can."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from casefile import anchors, audit, records
from casefile.store import CaseFile
from casefile.verify import verify
from tests.support.helpers import run_cli


def _recompute_chain(path: Path) -> None:
    """What a forger with the file does: rewrite versions, then hash the whole chain again."""
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT a.seq, a.at, a.action, a.kind, a.record_id, vb.hash, va.hash, a.origin FROM audit a "
        "LEFT JOIN versions vb ON vb.vid = a.before LEFT JOIN versions va ON va.vid = a.after ORDER BY a.seq"
    ).fetchall()
    prev = audit.GENESIS
    for seq, at, action, kind, rid, b, a, origin in rows:
        h = audit.entry_hash(prev, seq, at, action, kind, rid, b.hex() if b else None, a.hex() if a else None, origin)
        conn.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, h, seq))
        prev = h
    conn.commit()
    conn.close()


def _forge_testimony_consent(path: Path) -> None:
    conn = sqlite3.connect(path)
    vid, text = conn.execute(
        "SELECT v.vid, v.data FROM versions v JOIN record_heads h ON h.vid = v.vid WHERE h.id = 'pl-evin'"
    ).fetchone()
    forged = json.dumps({**json.loads(text), "notes": "forged"}, ensure_ascii=False, separators=(",", ":"))
    conn.execute(
        "UPDATE versions SET data = ?, hash = ? WHERE vid = ?", (forged, hashlib.sha256(forged.encode()).digest(), vid)
    )
    conn.commit()
    conn.close()
    _recompute_chain(path)


def test_a_recomputed_chain_passes_the_chain_check_alone(plain_demo_path: Path) -> None:
    # why anchors exist: without one, a careful forger is not caught by the chain
    _forge_testimony_consent(plain_demo_path)
    with CaseFile.open(plain_demo_path) as cf:
        assert audit.chain_problems(cf) == []


def test_closing_a_changed_file_keeps_an_anchor_and_verify_catches_the_rewrite(plain_demo_path: Path) -> None:
    with CaseFile.open(plain_demo_path) as cf:
        records.save(cf, "places", {**records.require(cf, "pl-evin").data, "notes": "seen by the app"})
        head = anchors.head(cf)
    with CaseFile.open(plain_demo_path) as cf:
        assert head in [anchors.Anchor(a.seq, a.hash) for a in anchors.known(cf)]
        assert verify(cf).ok
    _forge_testimony_consent(plain_demo_path)
    with CaseFile.open(plain_demo_path) as cf:
        report = verify(cf)
    assert not report.ok and any("rewritten" in p for p in report.problems), report.problems


def test_removing_the_newest_history_is_caught(plain_demo_path: Path) -> None:
    with CaseFile.open(plain_demo_path) as cf:
        records.save(cf, "places", {"id": "pl-new", "name": {"en": "New place"}})
    conn = sqlite3.connect(plain_demo_path)
    conn.execute("DELETE FROM record_heads WHERE id = 'pl-new'")
    conn.execute("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    conn.commit()
    conn.close()
    done = run_cli("verify", plain_demo_path, passphrase=None)
    assert done.returncode == 1 and "newest history was removed" in done.stdout


def test_an_anchor_from_a_dossier_cover_is_checked_on_the_command_line(plain_demo_path: Path, tmp_path: Path) -> None:
    with CaseFile.open(plain_demo_path) as cf:
        printed = str(anchors.head(cf))  # as the cover prints it
    assert run_cli("verify", plain_demo_path, "--anchor", printed, passphrase=None).returncode == 0
    # a copy never opened by this user's Casefile: only the dossier's anchor can tell
    copy = tmp_path / "received.casefile"
    copy.write_bytes(plain_demo_path.read_bytes())
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE file_meta SET value = 'another' WHERE key = 'copy_id'")
    conn.commit()
    conn.close()
    _forge_testimony_consent(copy)
    # without the dossier's anchor, nothing tells of the rewritten history (other checks may see the edit)
    assert "rewritten" not in run_cli("verify", copy, passphrase=None).stdout
    done = run_cli("verify", copy, "--anchor", printed, passphrase=None)
    assert done.returncode == 1 and "rewritten" in done.stdout
    bad = run_cli("verify", copy, "--anchor", "12:abc", passphrase=None)
    assert bad.returncode == 1 and "not a chain head" in bad.stderr


def test_a_signed_head_checks_and_a_changed_one_does_not(plain_demo_path: Path) -> None:
    with CaseFile.open(plain_demo_path) as cf:
        signed = anchors.sign_head(cf)
        again = anchors.sign_head(cf)
    assert anchors.check_signature(signed)
    assert again.public_key == signed.public_key  # one key per case file
    tampered = anchors.SignedHead(anchors.Anchor(signed.head.seq, "0" * 64), signed.public_key, signed.signature)
    assert not anchors.check_signature(tampered)


@pytest.mark.parametrize("text", ["", "5", "5:xyz", "x:" + "0" * 64])
def test_an_anchor_that_is_not_a_chain_head_is_refused(text: str) -> None:
    from casefile.errors import CasefileError

    with pytest.raises(CasefileError):
        anchors.parse(text)
