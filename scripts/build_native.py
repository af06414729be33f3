"""Compile the engine (policies/ and policies/rules/) with mypyc, in place.

    python scripts/build_native.py           build (what `make native` / `make install` run)
    python scripts/build_native.py --clean   remove every compiled module (`make pure`)
    VENV/bin/python scripts/build_native.py --install
                                             build, then add the compiled modules to the
                                             `policies` that `pip install .` put in VENV

Every module gets a `.so` next to its `.py`, and one group library holds the code of all
of them, `policies_compiled__mypyc.*.so`, beside the package (mypyc's compiled packages
expect it above the package tree; policies/native.py loads it); `policies/__init__.py`
and `policies/native.py` stay interpreted, since they decide at import time whether the
compiled modules may be used. mypy's settings come from [tool.mypy] in pyproject.toml.
Generated C and object files go under build/, the compiler's output to build/native.log.
Exit status 0 when built; 1 when not, with the tree left without any compiled module, so
that the engine runs as pure Python.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "policies"
INTERPRETED = {f"{PACKAGE}/__init__.py", f"{PACKAGE}/native.py"}
GROUP = f"{PACKAGE}_compiled"  # the library: policies_compiled__mypyc.*.so (see native.py)
BUILD = "build"
LOG = f"{BUILD}/native.log"


def sources() -> list[str]:
    """Every module of the package, relative to ROOT, in a stable order."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / PACKAGE).rglob("*.py"))


def compiled_files() -> list[Path]:
    """Every extension module in the package (built for any Python), and any group library
    that the `mypyc` command drops at the top of the tree (`<hash>__mypyc.*.so`)."""
    suffixes = (".so", ".pyd")  # cpython-311-x86_64-linux-gnu.so, abi3.so, … cp311-win_amd64.pyd
    found = [p for p in (ROOT / PACKAGE).rglob("*") if p.name.endswith(suffixes)]
    found += [p for p in ROOT.glob("*__mypyc*") if p.name.endswith(suffixes)]
    return sorted(p for p in set(found) if p.is_file())


def clean() -> int:
    files = compiled_files()
    for path in files:
        path.unlink()
    return len(files)


def compiler() -> str | None:
    """The C compiler Python's build uses, if it is installed."""
    cc = os.environ.get("CC") or str(sysconfig.get_config_var("CC") or "cc")
    return shutil.which(cc.split()[0]) if cc.split() else None


def compile_in_process() -> None:
    """mypyc + setuptools' build_ext --inplace (run in a child, its output in the log)."""
    from mypyc.build import mypycify

    setuptools: Any = importlib.import_module("setuptools")  # no stubs needed

    paths = sources()
    extensions = mypycify(
        paths,
        only_compile_paths=[p for p in paths if p not in INTERPRETED],
        group_name=GROUP,
        target_dir=f"{BUILD}/mypyc",
    )
    # A Distribution, not setup(): setup() would read pyproject.toml's [project] table, and
    # older setuptools reject its `license = "MIT"`. Nothing of the project's metadata is
    # needed to build extension modules.
    dist = setuptools.Distribution({"name": "bsm-gateway-engine", "ext_modules": extensions})
    build_ext = dist.get_command_obj("build_ext")
    build_ext.inplace = True
    build_ext.build_lib = f"{BUILD}/native-lib"
    build_ext.build_temp = f"{BUILD}/native-temp"
    build_ext.parallel = os.cpu_count() or 1
    dist.run_command("build_ext")


def build() -> int:
    os.chdir(ROOT)  # mypy reads ./pyproject.toml; build_ext --inplace writes relative to here
    modules = [p for p in sources() if p not in INTERPRETED]
    removed = clean()  # no stale module may survive: a partial build would be mixed
    note = f", removed {removed} old compiled files" if removed else ""
    cc = compiler()
    if cc is None:
        print(f"build_native: no C compiler found (CC){note}: not compiled", file=sys.stderr)
        return 1
    print(f"build_native: compiling {len(modules)} modules of {PACKAGE}/ with mypyc{note} ...")
    sys.stdout.flush()
    Path(BUILD).mkdir(exist_ok=True)
    started, started_ns = time.monotonic(), time.time_ns()
    with open(LOG, "wb") as log:
        child = subprocess.run(
            [sys.executable, __file__, "--compile-in-process"], stdout=log, stderr=log, check=False
        )
    seconds = time.monotonic() - started
    if child.returncode != 0:
        clean()
        tail = Path(LOG).read_text("utf-8", "replace").splitlines()[-25:]
        print("\n".join(tail), file=sys.stderr)
        print(f"build_native: mypyc failed after {seconds:.0f} s (log: {LOG})", file=sys.stderr)
        return 1
    # build_ext skips what is up to date and copies it here with its old time; what is here
    # now is built from the sources as they were when the build started: say so (a source
    # edited since stays newer, and policies/native.py then runs the package from source).
    built = compiled_files()
    for path in built:
        os.utime(path, ns=(started_ns, started_ns))
    print(f"build_native: built {len(built)} extension modules in {seconds:.0f} s")
    return 0


def install() -> int:
    """Build here, then copy the compiled modules beside the `policies` package installed in
    this interpreter's site-packages (by `pip install .`, whose wheel holds the sources only:
    the Dockerfile and the systemd recipe). Their times are set to now, after the installed
    sources' own, which policies/native.py reads as a fresh build."""
    status = build()
    if status != 0:
        return status
    target = Path(sysconfig.get_paths()["purelib"])
    if not (target / PACKAGE / "__init__.py").is_file():
        print(f"build_native: no installed {PACKAGE} in {target} (pip install . first)")
        return 1
    now = time.time_ns()
    copied = 0
    for path in compiled_files():
        dest = target / path.relative_to(ROOT)
        if not dest.parent.is_dir():
            continue
        shutil.copyfile(path, dest)
        os.utime(dest, ns=(now, now))
        copied += 1
    print(f"build_native: installed {copied} extension modules in {target}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--clean", action="store_true", help="remove every compiled module")
    parser.add_argument(
        "--install",
        action="store_true",
        help="also copy the build into this interpreter's installed policies package",
    )
    parser.add_argument("--compile-in-process", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.compile_in_process:
        os.chdir(ROOT)
        compile_in_process()
        return 0
    if args.clean:
        print(f"build_native: removed {clean()} compiled files: {PACKAGE}/ runs as pure Python")
        return 0
    return install() if args.install else build()


if __name__ == "__main__":
    sys.exit(main())
