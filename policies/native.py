"""Compiled or pure Python: decided once, when `policies` is imported, before any other
submodule loads.

`make install` compiles every module of the package with mypyc, in place (a `.so` next to
each `.py`), except this module and `policies/__init__.py`; the code of all of them is in
one group library beside the package, `policies_compiled__mypyc.*.so` (where mypyc expects
it). The compiled modules call each other's compiled code directly, so the package runs
either all compiled or all from source, never mixed:

- `BSM_GATEWAY_PURE=1` in the environment: from source, silently;
- a stale or partial build (a `.py` newer than its compiled module or the group library,
  a `.py` without a compiled module, a compiled module without a `.py`): from source, with
  one line on stderr naming the file. An edited source is what runs, never the old build;
- no build at all: from source, silently;
- otherwise compiled: the group library is loaded here, from its file, so that the compiled
  modules find it even when the directory above the package is not on sys.path (the
  editable install's `bsm-gateway` command).

Running from source means a finder ahead of the standard one that loads `policies.*` from
the `.py` files even where a compiled module sits next to them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec, PathFinder
from importlib.util import module_from_spec, spec_from_file_location
from pathlib import Path
from types import ModuleType

PACKAGE = __name__.rpartition(".")[0]
PACKAGE_DIR = Path(__file__).resolve().parent
PURE_ENV = "BSM_GATEWAY_PURE"
# Relative to the package directory: these stay interpreted (they make the decision).
INTERPRETED = frozenset({"__init__.py", "native.py"})
GROUP_LIBRARY = "policies_compiled__mypyc"  # scripts/build_native.py: "policies_compiled"


def _compiled_file(stem: Path) -> Path | None:
    """The extension module this interpreter would load for `stem` (a path without suffix)."""
    for suffix in EXTENSION_SUFFIXES:
        candidate = stem.parent / (stem.name + suffix)
        if candidate.is_file():
            return candidate
    return None


def _extension_stems(root: Path) -> list[Path]:
    """Every extension module this interpreter could load under `root`, without suffix."""
    stems: set[Path] = set()
    for ext in {"." + suffix.rpartition(".")[2] for suffix in EXTENSION_SUFFIXES}:
        for file in root.rglob("*" + ext):
            suffix = next(s for s in (*EXTENSION_SUFFIXES, ext) if file.name.endswith(s))
            stem = file.name[: -len(suffix)]
            if file.is_file() and stem.isidentifier():  # not "x.cpython-312-….so"
                stems.add(file.with_name(stem))
    return sorted(stems)


def _rel(path: Path, root: Path) -> str:
    return str(path.relative_to(root.parent))


def build_problem(root: Path = PACKAGE_DIR) -> tuple[bool, str | None]:
    """(whether a complete, fresh build is there, what is wrong with it if one is not).

    No build at all is (False, None): pure Python, nothing to report."""
    stems = _extension_stems(root)
    library_file = _compiled_file(root.parent / GROUP_LIBRARY)
    if not stems and library_file is None:
        return False, None
    for stem in stems:
        if not stem.with_name(stem.name + ".py").is_file():
            return False, f"{_rel(stem, root)} is compiled but has no .py source"
    if library_file is None:
        return False, f"the group library {GROUP_LIBRARY} is missing"
    built = library_file.stat().st_mtime_ns
    for source in sorted(root.rglob("*.py")):
        if str(source.relative_to(root)) in INTERPRETED:
            continue
        module = _compiled_file(source.with_suffix(""))
        if module is None:
            return False, f"{_rel(source, root)} has no compiled module"
        mtime = source.stat().st_mtime_ns
        if mtime > module.stat().st_mtime_ns or mtime > built:
            return False, f"{_rel(source, root)} is newer than its compiled module"
    return True, None


class SourceFinder(MetaPathFinder):
    """Loads `policies.*` from its `.py` files, ahead of any compiled module beside them."""

    def __init__(self, package: str, root: Path) -> None:
        self.prefix = package + "."
        self.root = root

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None, /
    ) -> ModuleSpec | None:
        if not fullname.startswith(self.prefix):
            return None
        base = self.root.joinpath(*fullname.split(".")[1:])
        init = base / "__init__.py"
        if init.is_file():
            return spec_from_file_location(fullname, init, submodule_search_locations=[str(base)])
        source = base.parent / (base.name + ".py")
        return spec_from_file_location(fullname, source) if source.is_file() else None


def run_from_source() -> None:
    """Make every `policies.*` import not yet done load from source."""
    if any(isinstance(f, SourceFinder) for f in sys.meta_path):
        return
    finder = SourceFinder(PACKAGE, PACKAGE_DIR)
    index = next((i for i, f in enumerate(sys.meta_path) if f is PathFinder), len(sys.meta_path))
    sys.meta_path.insert(index, finder)


def _load_group_library() -> None:
    library = _compiled_file(PACKAGE_DIR.parent / GROUP_LIBRARY)
    if library is None or GROUP_LIBRARY in sys.modules:
        return
    spec = spec_from_file_location(GROUP_LIBRARY, library)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {library}")
    module = module_from_spec(spec)
    sys.modules[GROUP_LIBRARY] = module
    spec.loader.exec_module(module)


def select() -> None:
    """Decide compiled or pure for this process (see the module docstring)."""
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        run_from_source()
        return
    usable, problem = build_problem()
    if usable:
        _load_group_library()
        return
    if problem is not None:
        print(
            f"bsm-gateway: stale engine build ({problem}): running the engine as pure Python "
            "(slower); run `make native` to rebuild it, or `make pure` to remove it",
            file=sys.stderr,
        )
    run_from_source()


def is_compiled(module_name: str) -> bool:
    """Whether the loaded module `module_name` is an extension module (mypyc-compiled)."""
    module = sys.modules.get(module_name)
    file = getattr(module, "__file__", None) or ""
    return file.endswith(tuple(EXTENSION_SUFFIXES))


select()
