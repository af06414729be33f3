"""docker/compose.yaml, read statically (no Docker engine on CI): a configuration mistake
fails `docker compose up` once, clearly, instead of a restart loop; third-party images are
pinned; the directories it mounts ship with the repository; the documented commands
match the services."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCKER = ROOT / "docker"
BIN = Path(sys.executable).parent / "bsm-gateway"
CONFIG_IN_IMAGE = "/etc/bsm-gateway/gateway.toml"


def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DOCKER / "compose.yaml").read_text("utf-8"))
    return data


def test_a_configuration_mistake_stops_compose_up_once() -> None:
    services = compose()["services"]
    check, gateway = services["check"], services["gateway"]
    # the check runs the gateway's own image with the gateway's files, and never restarts
    assert check["image"] == gateway["image"] and check["build"] == gateway["build"]
    assert check["command"] == ["check-config", "--config", CONFIG_IN_IMAGE]
    assert check["restart"] == "no"
    assert set(check["volumes"]) <= set(gateway["volumes"])
    assert any(v.endswith(f":{CONFIG_IN_IMAGE}:ro") for v in check["volumes"])
    # the gateway starts only after the check succeeded
    assert gateway["depends_on"]["check"] == {"condition": "service_completed_successfully"}


def test_the_shipped_placeholder_fails_the_check_naming_the_key(tmp_path: Path) -> None:
    """What `check` does with docker/gateway.toml as shipped: exit 78 (a non-zero exit, so
    service_completed_successfully fails and the gateway is not started) and one line."""
    run = subprocess.run(
        [str(BIN), "check-config", "--config", str(DOCKER / "gateway.toml")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert run.returncode == 78, run
    [line] = run.stderr.strip().splitlines()
    assert "auth.users.helpdesk" in line and "hash-password" in line


def test_third_party_images_are_pinned() -> None:
    for name, service in compose()["services"].items():
        if "build" in service:
            continue  # built here from this repository
        image = service["image"]
        repository, _, tag = image.rpartition(":")
        assert repository and "/" not in tag, f"{name}: {image} has no tag"
        assert re.fullmatch(r"v?\d+\.\d+\.\d+", tag), f"{name}: {image} is not pinned"


def test_mounted_directories_ship_with_the_repository() -> None:
    for service in compose()["services"].values():
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            if source.startswith("./"):
                assert (DOCKER / source).exists(), f"{source} is mounted but not shipped"
    assert (DOCKER / "tls" / "README.md").is_file()
    ignored = (DOCKER / "tls" / ".gitignore").read_text("utf-8").split()
    assert "*" in ignored  # keys never go into git


def test_documented_commands_fit_the_services() -> None:
    """`docker compose run` starts a service's dependencies: hash-password, needed to fix
    the placeholder, must not wait for the check the placeholder fails."""
    texts = [
        (DOCKER / "compose.yaml").read_text("utf-8"),
        (DOCKER / "gateway.toml").read_text("utf-8"),
        (ROOT / "docs" / "operations.md").read_text("utf-8"),
    ]
    runs = [m for t in texts for m in re.findall(r"docker compose run [^\n`]*", t)]
    assert runs
    for command in runs:
        assert "--no-deps" in command or " check" in command, command
