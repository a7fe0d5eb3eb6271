"""Anchors: chain heads kept where a forger who holds the case file cannot reach them.

The audit chain proves that no entry was changed *relative to the entries after it*; someone with the
passphrase can still recompute the whole chain after rewriting history. An anchor is a chain head
(``seq:hash``) written somewhere else at a known moment: on a dossier's cover, in a share's and an
export's metadata, beside a backup, and in the user's data folder each time Casefile closes a file
it changed. ``verify`` checks the file against every anchor it knows, and ``verify --anchor`` against
one read off a dossier received elsewhere: a rewritten, truncated or backdated history no longer has
that entry with that hash.

Chain heads are also signed with an Ed25519 key kept inside the (encrypted) case file: a dossier
carries the head, the public key's fingerprint and the signature, so a recipient holding two
dossiers can check that one key signed both (:func:`check_signature`).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from casefile.errors import CasefileError
from casefile.i18n import _

if TYPE_CHECKING:
    from casefile.store import CaseFile

_HEAD = re.compile(r"^\s*(\d+):([0-9a-f]{64})\s*$")
#: Where anchors are kept: $CASEFILE_DATA_DIR, else the user's data folder.
DATA_DIR_ENV = "CASEFILE_DATA_DIR"


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    at: str = ""
    where: str = ""

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"


def parse(text: str) -> Anchor:
    """An anchor as printed (``seq:hash``, the whole SHA-256); :class:`CasefileError` otherwise."""
    m = _HEAD.match(text.lower())
    if not m:
        raise CasefileError(_("{text!r} is not a chain head: expected NUMBER:64 hex digits").format(text=text))
    return Anchor(int(m[1]), m[2])


def head(cf: CaseFile) -> Anchor:
    from casefile.audit import head as chain_head

    seq, digest = chain_head(cf)
    return Anchor(seq, digest)


def check(cf: CaseFile, anchor: Anchor) -> str | None:
    """None if the file's history holds this anchor; else what is wrong, in words."""
    from casefile.audit import hash_at
    from casefile.audit import head as chain_head

    newest, _digest = chain_head(cf)
    seen = (
        f" (seen {anchor.where}{', ' if anchor.where and anchor.at else ''}{anchor.at})"
        if anchor.where or anchor.at
        else ""
    )
    if anchor.seq > newest:
        return (
            f"audit trail: it ends at entry {newest}, but entry {anchor.seq} existed{seen}: "
            "the newest history was removed (expected only if an older backup was restored in its place)"
        )
    if anchor.seq == 0:
        return None
    if hash_at(cf, anchor.seq) != anchor.hash:
        return f"audit trail: entry {anchor.seq} is not the one anchored{seen}: the history was rewritten"
    return None


# --- anchors kept outside the file -------------------------------------------------------------------


def data_dir() -> Path:
    chosen = os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen)
    import platformdirs

    return Path(platformdirs.user_data_dir("Casefile", appauthor=False))


def _store_path() -> Path:
    return data_dir() / "anchors.json"


def _keys(cf: CaseFile) -> list[str]:
    """Where this file's anchors are filed: by its path, hashed (the anchors file names no case and
    no folder). Not by anything inside the file: a copy kept elsewhere (an older backup, another
    laptop's copy) has its own, shorter history and is not this file."""
    return [hashlib.sha256(f"path:{Path(cf.path).resolve()}".encode()).hexdigest()[:32]]


def _load() -> dict[str, list[list]]:
    try:
        data = json.loads(_store_path().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def remember(cf: CaseFile, where: str = "closed", anchor: Anchor | None = None) -> None:
    """Keep this file's chain head (or ``anchor``, one taken earlier) in the user's data folder
    (the newest few per file)."""
    current = anchor or head(cf)
    if current.seq == 0:
        return
    store = _load()
    at = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    for key in _keys(cf):
        kept = [a for a in store.get(key, []) if a[0] != current.seq]
        kept.append([current.seq, current.hash, at, where])
        store[key] = sorted(kept)[-20:]
    path = _store_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".part")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(store, out)
        os.replace(partial, path)
    except OSError:
        pass  # an anchor is extra evidence; failing to keep one must not stop closing the file


def known(cf: CaseFile) -> list[Anchor]:
    """Every anchor kept for this file in the user's data folder."""
    store = _load()
    found: dict[tuple[int, str], Anchor] = {}
    for key in _keys(cf):
        for seq, digest, at, where in store.get(key, []):
            found[(seq, digest)] = Anchor(int(seq), str(digest), str(at), str(where))
    return sorted(found.values(), key=lambda a: a.seq)


def problems(cf: CaseFile, extra: list[Anchor] = ()) -> list[str]:  # type: ignore[assignment]
    """What the file's history contradicts among the anchors kept for it and ``extra`` ones."""
    found = []
    for anchor in [*known(cf), *extra]:
        problem = check(cf, anchor)
        if problem and problem not in found:
            found.append(problem)
    return found


# --- signatures -----------------------------------------------------------------------------------------


def _private_key(cf: CaseFile, create: bool):  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    row = cf.conn.execute("SELECT value FROM file_meta WHERE key = 'signing_key'").fetchone()
    if row:
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(row[0]))
    if not create:
        return None
    from cryptography.hazmat.primitives import serialization

    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    with cf.transaction():
        cf.conn.execute("INSERT OR IGNORE INTO file_meta (key, value) VALUES ('signing_key', ?)", (raw.hex(),))
    return _private_key(cf, create=False)


def _public_text(key) -> str:  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives import serialization

    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b32encode(raw).decode("ascii").rstrip("=")


@dataclass(frozen=True)
class SignedHead:
    """A chain head signed with the case file's key: what a dossier cover prints."""

    head: Anchor
    public_key: str  # base32 of the raw Ed25519 public key
    signature: str  # base32 of the signature over "casefile-head:" + head

    @property
    def key_fingerprint(self) -> str:
        return hashlib.sha256(self.public_key.encode("ascii")).hexdigest()[:16]


def sign_head(cf: CaseFile) -> SignedHead:
    """Sign the current chain head (making the case file's key on first use)."""
    key = _private_key(cf, create=True)
    current = head(cf)
    signature = key.sign(f"casefile-head:{current}".encode("ascii"))
    return SignedHead(current, _public_text(key), base64.b32encode(signature).decode("ascii").rstrip("="))


def check_signature(signed: SignedHead) -> bool:
    """True when ``signed.signature`` is the key's signature of ``signed.head``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    def unb32(text: str) -> bytes:
        return base64.b32decode(text + "=" * (-len(text) % 8))

    try:
        public = Ed25519PublicKey.from_public_bytes(unb32(signed.public_key))
        public.verify(unb32(signed.signature), f"casefile-head:{signed.head}".encode("ascii"))
    except (InvalidSignature, ValueError):
        return False
    return True
