"""Nothing opens a network connection during init, demo, import, search, export and verify.

Each command runs in a child Python whose ``sitecustomize`` replaces the socket functions that
reach the network (connect, sendto, create_connection, name lookups) with ones that record the
attempt in a file and raise.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tests.support.documents import full_document
from tests.support.helpers import child_env, run_cli

GUARD = """
import os, socket, traceback

_LOG = os.environ["CASEFILE_TEST_NET_LOG"]


def _record(what, *args):
    with open(_LOG, "a", encoding="utf-8") as f:
        f.write(f"{what} {args!r}\\n{''.join(traceback.format_stack(limit=8))}\\n")
    raise OSError(f"network use blocked by the test: {what}")


def _blocked(name):
    def blocked(*args, **kwargs):
        _record(name, *args[1:] if args and isinstance(args[0], socket.socket) else args)
    return blocked


for _name in ("connect", "connect_ex", "sendto", "sendmsg"):
    setattr(socket.socket, _name, _blocked("socket." + _name))
for _name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
    setattr(socket, _name, _blocked(_name))
"""


@pytest.fixture
def guarded(tmp_path: Path):
    guard_dir = tmp_path / "guard"
    guard_dir.mkdir()
    (guard_dir / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    log = tmp_path / "network.log"
    env = child_env()
    env["PYTHONPATH"] = os.pathsep.join((str(guard_dir), env["PYTHONPATH"]))
    env["CASEFILE_TEST_NET_LOG"] = str(log)
    return env, log


def test_the_guard_records_an_attempt(guarded, tmp_path: Path):
    env, log = guarded
    import subprocess

    code = (
        "import socket\ntry:\n    socket.create_connection(('example.org', 80), timeout=1)\nexcept OSError:\n    pass"
    )
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    code = "import socket\ns = socket.socket()\ntry:\n    s.connect(('127.0.0.1', 9))\nexcept OSError:\n    pass"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    text = log.read_text(encoding="utf-8")
    assert "create_connection" in text and "socket.connect" in text


def test_core_commands_open_no_network_connection(guarded, tmp_path: Path):
    env, log = guarded
    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps(full_document(), ensure_ascii=False), encoding="utf-8")
    cf = tmp_path / "a.casefile"
    commands = [
        ["init", cf],
        ["import", cf, doc],
        ["import", cf, doc],
        ["search", cf, "Raeesi", "--json"],
        ["search", cf, "كريمي"],
        ["export", cf, "-o", tmp_path / "out.json"],
        ["export", cf, "--no-attachments"],
        ["verify", cf],
        ["demo", tmp_path / "demo.casefile"],
        ["verify", tmp_path / "demo.casefile"],
    ]
    for command in commands:
        done = run_cli(*command, env=env, cwd=tmp_path)
        assert done.returncode == 0, (command, done.stderr)
    assert json.loads(run_cli("search", cf, "Raeesi", "--json", env=env).stdout)[0]["id"] == "p-official"
    assert not log.exists(), log.read_text(encoding="utf-8")
