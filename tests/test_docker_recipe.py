"""The container recipe cannot rot silently: with no Docker engine on CI, this test reads
docker/Dockerfile and performs its build stage itself (the files it COPYs, its ENV, its
RUN: a fresh venv, `pip install .` without the dev extra, `bsm-gateway --version`,
`bsm-gateway check` on the sample), then runs the result the way the image does: its CMD
with docker/gateway.toml (test certificate, password and ports filled in), its HEALTHCHECK
command, one message over STARTTLS + AUTH. pip's own cache is reused, nothing else."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import signal
import smtplib
import ssl
import subprocess
import sys
from pathlib import Path

import pytest

from gateway.config import hash_password
from tests.mail import ALIAS, ORDER, SELLER, make_message
from tests.netutil import Sink, free_port, wait_port

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "docker" / "Dockerfile"
IMAGE_VENV = "/opt/bsm-gateway"
IMAGE_CONFIG = "/etc/bsm-gateway/gateway.toml"

pytestmark = pytest.mark.slow


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) in order, continuation lines joined, comments dropped."""
    out: list[tuple[str, str]] = []
    current = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not current and (not stripped or stripped.startswith("#")):
            continue
        if stripped.startswith("#"):
            continue  # a comment inside a continued instruction
        if stripped.endswith("\\"):
            current += stripped[:-1] + " "
            continue
        current += stripped
        name, _, args = current.partition(" ")
        out.append((name.upper(), args.strip()))
        current = ""
    return out


def stages(text: str) -> dict[str, list[tuple[str, str]]]:
    """Instructions per stage, by stage name ('final' for the unnamed last one)."""
    result: dict[str, list[tuple[str, str]]] = {}
    name = ""
    for instr, args in instructions(text):
        if instr == "FROM":
            match = re.search(r"\sAS\s+(\S+)", args, re.IGNORECASE)
            name = match.group(1) if match else "final"
            result[name] = []
        elif name:
            result[name].append((instr, args))
    return result


def env_pairs(args: str) -> dict[str, str]:
    return dict(pair.split("=", 1) for pair in shlex.split(args))


@pytest.fixture(scope="module")
def recipe() -> dict[str, list[tuple[str, str]]]:
    return stages(DOCKERFILE.read_text("utf-8"))


def test_dockerfile_shape(recipe: dict[str, list[tuple[str, str]]]) -> None:
    text = DOCKERFILE.read_text("utf-8")
    froms = [args for instr, args in instructions(text) if instr == "FROM"]
    # The build stage compiles the engine (the full image has a C compiler); the image
    # itself is the slim one, with the same Python.
    assert re.match(r"python:\$\{PYTHON_VERSION\} AS build$", froms[0]), froms
    assert all(re.match(r"python:\$\{PYTHON_VERSION\}-slim$", f) for f in froms[1:]), froms
    final = dict(recipe["final"])
    assert final["USER"] == "bsm-gateway"  # never root at run time
    assert "HEALTHCHECK" in final and "/healthz" in final["HEALTHCHECK"]
    assert json.loads(final["ENTRYPOINT"]) == ["bsm-gateway"]
    assert json.loads(final["CMD"]) == ["serve", "--config", IMAGE_CONFIG]
    build_runs = [args for instr, args in recipe["build"] if instr == "RUN"]
    assert len(build_runs) == 1 and "[dev]" not in build_runs[0]


@pytest.fixture(scope="module")
def built(
    recipe: dict[str, list[tuple[str, str]]], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, str]:
    """The build stage, performed here: (the venv, what its RUN printed)."""
    tmp = tmp_path_factory.mktemp("image")
    context, venv = tmp / "src", tmp / "venv"
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    # `python` is the base interpreter (as in the python image), not the project's venv.
    env["PATH"] = f"{Path(sys.base_prefix) / 'bin'}:{env.get('PATH', '/usr/bin:/bin')}"
    workdir = "/"
    output = ""
    for instr, args in recipe["build"]:
        if instr == "WORKDIR":
            workdir = args
            context.mkdir(parents=True, exist_ok=True)
        elif instr == "ENV":
            env.update(env_pairs(args))
        elif instr == "COPY":
            *sources, dest = shlex.split(args)
            assert not any(s.startswith("--") for s in sources), args
            for source in sources:  # Docker's rules: a directory's contents, a file
                src = ROOT / source
                if src.is_dir():
                    shutil.copytree(
                        src,
                        context / dest,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
                        dirs_exist_ok=True,
                    )
                else:
                    target = context / dest / src.name if dest.endswith("/") else context / dest
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(src, target)
        elif instr == "RUN":
            command = re.sub(r"^(--\S+\s+)+", "", args)  # BuildKit flags (the cache mount)
            command = command.replace(IMAGE_VENV, str(venv))
            run = subprocess.run(
                ["bash", "-euo", "pipefail", "-c", command],
                cwd=context,
                env=env,
                capture_output=True,
                text=True,
                timeout=600,
            )
            assert run.returncode == 0, f"RUN {command}\n{run.stdout[-3000:]}{run.stderr[-3000:]}"
            output += run.stdout
        else:
            raise AssertionError(f"the test does not know how to perform {instr} {args}")
    assert workdir == "/src"
    return venv, output


def test_build_stage_installs_and_checks(built: tuple[Path, str]) -> None:
    venv, output = built
    assert "bsm-gateway 0.1.0" in output  # --version
    assert "sample.eml: PASS" in output  # check
    # Runtime dependencies only: no dev extra, nothing borrowed from this machine.
    probe = (
        "import importlib.util, sys; "
        "sys.exit(any(importlib.util.find_spec(m) for m in "
        "('pytest', 'mypy', 'hypothesis', 'ruff', 'lxml-stubs')))"
    )
    py = venv / "bin" / "python"
    assert subprocess.run([py, "-c", probe], cwd=venv).returncode == 0
    where = subprocess.run(
        [py, "-c", "import gateway, prometheus_client; print(gateway.__file__)"],
        cwd=venv,
        capture_output=True,
        text=True,
    )
    assert where.returncode == 0 and where.stdout.startswith(str(venv)), where
    pip_check = subprocess.run([py, "-m", "pip", "check"], capture_output=True, text=True)
    assert pip_check.returncode == 0, pip_check.stdout


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    crt, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"),
            *("-subj", "/CN=localhost", "-keyout", str(key), "-out", str(crt)),
        ],
        check=True,
        capture_output=True,
    )
    return crt, key


def container_config(
    tmp_path: Path, cert: tuple[Path, Path], upstream: str, smtp: int, metrics: int
) -> Path:
    """docker/gateway.toml with what the operator fills in (a password hash, the TLS
    files) and what the test must change (loopback ports, paths on this machine)."""
    text = (ROOT / "docker" / "gateway.toml").read_text("utf-8")
    replacements = {
        '"0.0.0.0:2525"': f'"127.0.0.1:{smtp}"',
        '"0.0.0.0:9325"': f'"127.0.0.1:{metrics}"',
        '"smtp://smarthost:1025"': f'"{upstream}"',
        '"sqlite:////var/lib/bsm-gateway/state.db"': f'"sqlite:///{tmp_path}/state.db"',
        '"/etc/bsm-gateway/tls/cert.pem"': f'"{cert[0]}"',
        '"/etc/bsm-gateway/tls/key.pem"': f'"{cert[1]}"',
        '"REPLACE with the output of: bsm-gateway hash-password"': f'"{hash_password("pw")}"',
    }
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / "gateway.toml"
    path.write_text(text, "utf-8")
    return path


def test_image_runs_its_cmd_and_healthcheck(
    built: tuple[Path, str],
    recipe: dict[str, list[tuple[str, str]]],
    tmp_path: Path,
    certificate: tuple[Path, Path],
    sink: Sink,
) -> None:
    venv, _ = built
    final = dict(recipe["final"])
    smtp, metrics = free_port(), free_port()
    config = container_config(tmp_path, certificate, sink.url, smtp, metrics)
    argv = json.loads(final["ENTRYPOINT"]) + json.loads(final["CMD"])
    argv = [
        str(venv / "bin" / argv[0]),
        *(str(config) if a == IMAGE_CONFIG else a for a in argv[1:]),
    ]
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env.update((k, v) for k, v in env_pairs(final["ENV"]).items() if k != "PATH")
    env["PATH"] = f"{venv / 'bin'}:{os.environ.get('PATH', '/usr/bin:/bin')}"
    proc = subprocess.Popen(
        argv, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        wait_port(smtp, timeout=30, proc=proc)
        health = json.loads(final["HEALTHCHECK"].split("CMD", 1)[1].strip())
        health = [h.replace("9325", str(metrics)) for h in health]
        run = subprocess.run(health, cwd=tmp_path, env=env, capture_output=True, timeout=30)
        assert run.returncode == 0, run.stderr.decode()

        tls = ssl.create_default_context(cafile=str(certificate[0]))
        tls.check_hostname = False  # the certificate is for "localhost"; the chain is checked
        with smtplib.SMTP("127.0.0.1", smtp, local_hostname="helpdesk.test", timeout=30) as c:
            c.starttls(context=tls)
            c.login("helpdesk", "pw")
            text = f"Hello, about your order {ORDER}: the replacement ships tomorrow. Anna"
            c.sendmail(SELLER, [ALIAS], make_message(text=text, reply=True))
        assert len(sink.to(ALIAS)) == 1
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err.decode()
    assert b'"event": "shutdown"' in out.splitlines()[-1]
