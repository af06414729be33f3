"""Compiled (mypyc) or pure Python: policies/native.py decides when `policies` is imported.
Each case runs in a fresh interpreter; the ones that need a stale build work on a copy of
the package in a temporary directory, never on the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from policies import native

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "policies"
SUFFIX = EXTENSION_SUFFIXES[0]

PROBE = """
import policies
from policies import Envelope, evaluate, load_policy
raw = b"From: support@seller.example\\r\\nTo: b@marketplace.amazon.com\\r\\n"
raw += b"Subject: Re: your order\\r\\n\\r\\nHello, your replacement ships on Monday.\\r\\n"
verdict = evaluate(raw, Envelope(), load_policy())
print(policies.NATIVE, policies.engine.__file__, verdict.outcome, sep="\\n")
"""


def probe(path: Path, **env: str) -> tuple[list[str], str]:
    """(NATIVE, engine's file, outcome) and stderr of a check run with `path` first."""
    environ = {k: v for k, v in os.environ.items() if k != native.PURE_ENV}
    environ.update(PYTHONPATH=str(path), **env)
    run = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=path,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    return run.stdout.split(), run.stderr


def built() -> bool:
    return native.build_problem(PACKAGE)[0]


def copy_package(tmp_path: Path) -> Path:
    """The package with its compiled modules and the group library beside it (modification
    times kept), under tmp_path."""
    shutil.copytree(PACKAGE, tmp_path / "policies", ignore=shutil.ignore_patterns("__pycache__"))
    for library in ROOT.glob("*__mypyc*.so"):
        shutil.copy2(library, tmp_path)
    return tmp_path / "policies"


def test_pure_on_request_is_silent() -> None:
    (mode, engine, outcome), stderr = probe(ROOT, BSM_GATEWAY_PURE="1")
    assert mode == "False"
    assert engine.endswith("policies/engine.py")
    assert outcome == "pass"
    assert stderr == ""


def test_fresh_build_is_used() -> None:
    if not built():
        # CI runs `make test` on a machine with a C compiler: there, no build means the
        # compile step broke, and the suite would test only the slower pure engine.
        assert os.environ.get("CI") != "true", native.build_problem(PACKAGE)[1] or "not built"
        pytest.skip("no fresh compiled build of policies/ (make native)")
    (mode, engine, outcome), stderr = probe(ROOT)
    assert mode == "True"
    assert engine.endswith(SUFFIX)
    assert outcome == "pass"
    assert stderr == ""


def test_edited_source_wins_over_stale_build(tmp_path: Path) -> None:
    if not built():
        pytest.skip("no fresh compiled build of policies/ (make native)")
    copy = copy_package(tmp_path)
    assert native.build_problem(copy) == (True, None)
    edited = copy / "model.py"
    later = (copy / ("model" + SUFFIX)).stat().st_mtime_ns + 2_000_000_000
    os.utime(edited, ns=(later, later))

    (mode, engine, outcome), stderr = probe(tmp_path)
    assert mode == "False"
    assert engine == str(copy / "engine.py")
    assert outcome == "pass"
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert "policies/model.py" in lines[0] and "make native" in lines[0]


def test_partial_build_is_not_mixed(tmp_path: Path) -> None:
    if not built():
        pytest.skip("no fresh compiled build of policies/ (make native)")
    copy = copy_package(tmp_path)
    (copy / "rules" / ("order" + SUFFIX)).unlink()
    (mode, engine, _), stderr = probe(tmp_path)
    assert mode == "False" and engine.endswith(".py")
    assert "policies/rules/order.py has no compiled module" in stderr


def test_stale_files_are_never_loaded(tmp_path: Path) -> None:
    """Without a C compiler: empty files where the compiled modules go, older than the
    sources. Loading any of them would fail, so the run shows that none is loaded."""
    shutil.copytree(PACKAGE, tmp_path / "policies", ignore=shutil.ignore_patterns("*.so"))
    copy = tmp_path / "policies"
    sources = [p for p in copy.rglob("*.py") if p.name != "native.py" and p != copy / "__init__.py"]
    for source in [*sources, tmp_path / (native.GROUP_LIBRARY + ".py")]:
        fake = source.with_name(source.stem + SUFFIX)
        fake.write_bytes(b"")
        os.utime(fake, ns=(0, 0))
    ok, problem = native.build_problem(copy)
    assert not ok and problem is not None and "is newer than its compiled module" in problem

    (mode, engine, outcome), stderr = probe(tmp_path)
    assert (mode, outcome) == ("False", "pass")
    assert engine == str(copy / "engine.py")
    assert len(stderr.splitlines()) == 1 and "make native" in stderr


def test_compiled_without_the_checkout_on_sys_path(tmp_path: Path) -> None:
    """As the editable install's `bsm-gateway` runs: `policies` found by a finder, the
    directory above it (where the group library is) not on sys.path."""
    if not built():
        pytest.skip("no fresh compiled build of policies/ (make native)")
    code = (
        "import importlib.util, sys\n"
        f"assert {str(ROOT)!r} not in sys.path\n"
        "spec = importlib.util.spec_from_file_location(\n"
        f"    'policies', {str(PACKAGE / '__init__.py')!r},\n"
        f"    submodule_search_locations=[{str(PACKAGE)!r}])\n"
        "module = importlib.util.module_from_spec(spec)\n"
        "sys.modules['policies'] = module\n"
        "spec.loader.exec_module(module)\n"
        "print(module.NATIVE)\n"
    )
    environ = {k: v for k, v in os.environ.items() if k not in (native.PURE_ENV, "PYTHONPATH")}
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=environ, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["True"] and run.stderr == ""
