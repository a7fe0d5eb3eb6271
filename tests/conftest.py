"""Fixtures for the core tests: real case files on disk (encrypted, plain, the demo), never mocks."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from casefile.store import CaseFile
from tests.support.documents import full_document
from tests.support.helpers import PASSPHRASE


@pytest.fixture(scope="session", autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Anchors (chain heads Casefile keeps when it closes a file it changed) go to a private folder,
    never the real user's; child processes inherit it through the environment."""
    import os

    from casefile.anchors import DATA_DIR_ENV

    old = os.environ.get(DATA_DIR_ENV)
    os.environ[DATA_DIR_ENV] = str(tmp_path_factory.mktemp("data-dir"))
    yield
    if old is None:
        os.environ.pop(DATA_DIR_ENV, None)
    else:
        os.environ[DATA_DIR_ENV] = old


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def passphrase_env(monkeypatch: pytest.MonkeyPatch) -> str:
    """CASEFILE_PASSPHRASE set for in-process ``casefile.cli.main`` calls."""
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    return PASSPHRASE


@pytest.fixture
def encrypted_path(tmp_path: Path) -> Path:
    """A new, empty, encrypted case file (closed)."""
    path = tmp_path / "encrypted.casefile"
    CaseFile.create(path, PASSPHRASE).close()
    return path


@pytest.fixture
def plain_path(tmp_path: Path) -> Path:
    """A new, empty, plain (unencrypted) case file (closed)."""
    path = tmp_path / "plain.casefile"
    CaseFile.create(path, None).close()
    return path


@pytest.fixture
def encrypted_case(encrypted_path: Path) -> Iterator[CaseFile]:
    """An open, empty, encrypted case file."""
    with CaseFile.open(encrypted_path, PASSPHRASE) as cf:
        yield cf


@pytest.fixture
def plain_case(plain_path: Path) -> Iterator[CaseFile]:
    """An open, empty, plain case file."""
    with CaseFile.open(plain_path) as cf:
        yield cf


@pytest.fixture(scope="session")
def _demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from casefile.sample import fill_with_sample

    path = tmp_path_factory.mktemp("demo") / "demo.casefile"
    with CaseFile.create(path, PASSPHRASE) as cf:
        fill_with_sample(cf)
    return path


@pytest.fixture
def demo_path(_demo_master: Path, tmp_path: Path) -> Path:
    """A copy of the encrypted demo case file (bundled sample data), closed."""
    path = tmp_path / "demo.casefile"
    shutil.copy2(_demo_master, path)
    return path


@pytest.fixture
def demo_case(demo_path: Path) -> Iterator[CaseFile]:
    """The demo case file, open."""
    with CaseFile.open(demo_path, PASSPHRASE) as cf:
        yield cf


@pytest.fixture
def full_case(plain_case: CaseFile) -> CaseFile:
    """A plain case file holding the document that uses every list and every field."""
    from casefile.exchange import import_document

    import_document(plain_case, full_document())
    return plain_case


@pytest.fixture(scope="session")
def _plain_demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from casefile.sample import fill_with_sample

    path = tmp_path_factory.mktemp("plain-demo") / "demo.casefile"
    with CaseFile.create(path, None) as cf:
        fill_with_sample(cf)
    return path


@pytest.fixture
def plain_demo_path(_plain_demo_master: Path, tmp_path: Path) -> Path:
    """A copy of the demo case file, plain (fast to open: no key derivation), closed."""
    path = tmp_path / "plain-demo.casefile"
    shutil.copy2(_plain_demo_master, path)
    return path
