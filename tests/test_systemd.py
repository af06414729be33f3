"""systemd/bsm-gateway.service: `systemd-analyze verify` finds nothing to say about it (a
warning is a failure), `systemd-analyze security` rates it well, and the sandbox settings
it asks for do not break the gateway (MemoryDenyWriteExecute, checked with the kernel's
equivalent, PR_SET_MDWE)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.mail import ALIAS, ORDER, make_message
from tests.netutil import Sink, free_port, wait_port
from tests.test_server import send

ROOT = Path(__file__).resolve().parent.parent
SYSTEMD = ROOT / "systemd"
UNIT = SYSTEMD / "bsm-gateway.service"
DROP_IN = SYSTEMD / "bsm-gateway.service.d" / "privileged-port.conf"
ANALYZE = shutil.which("systemd-analyze")
BIN = Path(sys.executable).parent / "bsm-gateway"


def _analyze() -> str:
    if ANALYZE is not None:
        return ANALYZE
    if sys.platform != "linux" or not Path("/etc/debian_version").exists():
        pytest.skip("systemd-analyze comes with Debian's systemd package; not on this system")
    pytest.fail("systemd-analyze is missing: run `make test-deps` (installs Debian's systemd)")


def settings(path: Path) -> dict[str, list[str]]:
    """KEY → values, in order (unit files repeat keys)."""
    out: dict[str, list[str]] = {}
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith(("#", ";", "[")) and "=" in line:
            key, _, val = line.partition("=")
            out.setdefault(key.strip(), []).append(val.strip())
    return out


def make_root(tmp_path: Path, drop_in: bool) -> tuple[Path, Path]:
    """A file system root holding the unit as installed (the docs' paths), the programs
    it runs, and the system's own units it refers to (sysinit.target, …)."""
    root = tmp_path / "root"
    units = root / "etc" / "systemd" / "system"
    units.mkdir(parents=True)
    shutil.copy2(UNIT, units / UNIT.name)
    if drop_in:
        (units / "bsm-gateway.service.d").mkdir()
        shutil.copy2(DROP_IN, units / "bsm-gateway.service.d" / DROP_IN.name)
    for cmd in {
        v.split()[0].lstrip("-@!+")
        for k, vs in settings(UNIT).items()
        for v in vs
        if k.startswith("Exec")
    }:
        exe = root / cmd.lstrip("/")
        exe.parent.mkdir(parents=True, exist_ok=True)
        exe.write_text("#!/bin/sh\nexit 0\n")
        exe.chmod(0o755)
    system_units = Path("/usr/lib/systemd/system")
    if system_units.is_dir():
        shutil.copytree(system_units, root / "usr" / "lib" / "systemd" / "system", symlinks=True)
    return root, units / UNIT.name


@pytest.mark.parametrize("drop_in", [False, True], ids=["unit", "with-privileged-port"])
def test_unit_verifies_without_a_warning(tmp_path: Path, drop_in: bool) -> None:
    analyze = _analyze()
    root, unit = make_root(tmp_path, drop_in)
    run = subprocess.run(
        [analyze, "verify", f"--root={root}", str(unit)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0 and run.stdout == run.stderr == "", run.stdout + run.stderr


def exposure(tmp_path: Path, drop_in: bool) -> float:
    root, unit = make_root(tmp_path, drop_in)
    run = subprocess.run(
        [_analyze(), "security", "--offline=yes", f"--root={root}", "--no-pager", str(unit)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    match = re.search(r"Overall exposure level for bsm-gateway\.service: ([\d.]+)", run.stdout)
    assert match, run.stdout[-2000:] + run.stderr
    return float(match.group(1))


def documented_exposure() -> tuple[float, float]:
    """The two figures of the Hardening table in docs/operations.md (unit, drop-in)."""
    text = (ROOT / "docs" / "operations.md").read_text("utf-8")
    shipped = re.search(r"^\| `bsm-gateway\.service` as shipped \| \*\*([\d.]+) OK", text, re.M)
    port = re.search(r"^\| with `privileged-port\.conf`[^|]*\| \*\*([\d.]+) OK", text, re.M)
    assert shipped and port, "the Hardening table of docs/operations.md changed shape"
    return float(shipped.group(1)), float(port.group(1))


def test_security_exposure_is_low_and_as_documented(tmp_path: Path) -> None:
    # "OK" is < 2.0; the docs give the figures systemd-analyze reports, to the decimal.
    shipped, port = documented_exposure()
    assert exposure(tmp_path / "a", drop_in=False) == shipped <= 1.5
    assert exposure(tmp_path / "b", drop_in=True) == port <= 2.0


def test_unit_runs_the_gateway_as_documented() -> None:
    unit = settings(UNIT)
    assert unit["Type"] == ["notify"]
    [start] = unit["ExecStart"]
    assert start == "/opt/bsm-gateway/bin/bsm-gateway serve --config /etc/bsm-gateway/gateway.toml"
    assert unit["ExecReload"][-1] == "/bin/kill -HUP $MAINPID"
    assert unit["User"] == ["bsm-gateway"] and unit["StateDirectory"] == ["bsm-gateway"]
    assert unit["CapabilityBoundingSet"] == [""] and unit["NoNewPrivileges"] == ["yes"]
    assert unit["ProtectSystem"] == ["strict"] and unit["Restart"] == ["on-failure"]
    drop_in = settings(DROP_IN)
    assert drop_in["CapabilityBoundingSet"] == ["CAP_NET_BIND_SERVICE"]
    # The drain must fit in the time systemd gives it before SIGKILL.
    config = tomllib.loads((SYSTEMD / "gateway.toml").read_text("utf-8"))
    grace = config["limits"]["shutdown_grace"]
    assert float(unit["TimeoutStopSec"][0].removesuffix("s")) > grace + 5
    # The store lives in the StateDirectory, the one place the service may write.
    assert config["store"] == "sqlite:////var/lib/bsm-gateway/state.db"
    assert unit["WorkingDirectory"] == ["/var/lib/bsm-gateway"]


# -- the sandbox does not break the gateway --------------------------------------------------

_MDWE = (
    "import ctypes, os, sys\n"
    "if ctypes.CDLL(None, use_errno=True).prctl(65, 1, 0, 0, 0) != 0:\n"
    "    sys.exit(77)\n"
    "os.execv(sys.argv[1], sys.argv[1:])\n"
)


def _mdwe_supported() -> bool:
    if sys.platform != "linux":
        return False
    probe = subprocess.run([sys.executable, "-c", _MDWE, "/bin/true"], capture_output=True)
    return probe.returncode == 0


def test_gateway_works_with_memory_deny_write_execute(tmp_path: Path) -> None:
    """MemoryDenyWriteExecute=yes kills a process that maps writable+executable memory (a
    JIT, some FFI callbacks). PR_SET_MDWE (Linux 6.3+) is the same rule without systemd."""
    if not _mdwe_supported():
        pytest.skip("this kernel has no PR_SET_MDWE (Linux 6.3+)")
    check = subprocess.run(
        [sys.executable, "-c", _MDWE, str(BIN), "check", "--reply", "docker/sample.eml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    sink = Sink().start()
    port, metrics = free_port(), free_port()
    config = tmp_path / "gateway.toml"
    config.write_text(
        f'listen = "127.0.0.1:{port}"\nupstream = "{sink.url}"\n'
        f'store = "sqlite:///{tmp_path}/state.db"\n[metrics]\nlisten = "127.0.0.1:{metrics}"\n'
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", _MDWE, str(BIN), "serve", "--config", str(config)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_port(port, timeout=30, proc=proc)
        text = f"Hello, about your order {ORDER}: the replacement ships tomorrow. Anna"
        html = f"<p>{text}</p><img src='https://cdn.seller.example/p.png' width='300'>"
        code, msg = send(port, make_message(text=text, html=html, reply=True), [ALIAS])
        assert code == 250 and len(sink.to(ALIAS)) == 1, msg
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
        sink.stop()
    assert proc.returncode == 0, err.decode()
