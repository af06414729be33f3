"""`bsm-gateway check` and `rules` as a seller runs them: a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.mail import ORDER, make_message

CLI = [sys.executable, "-m", "gateway.cli"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args],
        input=stdin.decode() if stdin else None,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def write(tmp_path: Path, name: str, raw: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(raw)
    return str(path)


CLEAN = make_message(f"Hello, your replacement for order {ORDER} ships on Monday.", reply=True)
STRIP = make_message(
    "Hello, your replacement ships on Monday.", subject=f"[Important] Order {ORDER}"
)
BLOCKED = make_message("Hello, your replacement ships on Monday.", subject="Your parcel")


def test_pass_exits_0_with_a_readable_report(tmp_path: Path) -> None:
    result = run("check", write(tmp_path, "ok.eml", CLEAN))
    assert result.returncode == 0, result.stderr
    assert "PASS" in result.stdout
    assert "can be sent" in result.stdout


def test_rewrite_exits_1_and_fix_writes_a_passing_message(tmp_path: Path) -> None:
    out = tmp_path / "fixed.eml"
    result = run("check", "--fix", str(out), write(tmp_path, "s.eml", STRIP))
    assert result.returncode == 1
    assert "subject.important_tag" in result.stdout
    assert out.exists()
    assert b"[Important]" not in out.read_bytes()
    assert run("check", str(out)).returncode == 0


def test_block_exits_2_and_names_rule_and_advice(tmp_path: Path) -> None:
    result = run("check", "--proactive", write(tmp_path, "b.eml", BLOCKED))
    assert result.returncode == 2
    assert "order.id_missing" in result.stdout
    assert "order number" in result.stdout


def test_worst_exit_over_several_files_and_json_lines(tmp_path: Path) -> None:
    files = [write(tmp_path, "a.eml", CLEAN), write(tmp_path, "b.eml", BLOCKED)]
    result = run("check", "--format", "json", *files)
    assert result.returncode == 2
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"] for line in lines] == files
    assert [line["verdict"] for line in lines] == ["pass", "block"]
    for line in lines:
        assert {"file", "verdict", "findings", "elapsed_ms"} <= set(line)
    finding = lines[1]["findings"][0]
    assert set(finding) == {"rule", "action", "message", "location", "evidence"}


def test_reply_flag_exempts_proactive_rules(tmp_path: Path) -> None:
    assert run("check", "--reply", write(tmp_path, "b.eml", BLOCKED)).returncode == 0


def test_unreadable_file_is_a_one_line_error(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "missing.eml"))
    assert result.returncode == 66
    assert result.stderr.strip().count("\n") == 0
    assert "cannot read" in result.stderr


def test_usage_errors_exit_64() -> None:
    assert run("check").returncode == 64
    assert run("check", "--format", "xml", "x.eml").returncode == 64
    assert run("frobnicate").returncode == 64


def test_fix_needs_exactly_one_file(tmp_path: Path) -> None:
    files = [write(tmp_path, "a.eml", CLEAN), write(tmp_path, "b.eml", CLEAN)]
    result = run("check", "--fix", str(tmp_path / "o.eml"), *files)
    assert result.returncode == 64


def test_bad_policy_file_names_the_key(tmp_path: Path) -> None:
    policy = tmp_path / "p.toml"
    policy.write_text('[rules."body.length"]\nmax_char = 3\n')
    result = run("check", "--policy", str(policy), write(tmp_path, "a.eml", CLEAN))
    assert result.returncode == 78
    assert "rules.body.length.max_char" in result.stderr


def test_policy_file_changes_the_verdict(tmp_path: Path) -> None:
    policy = tmp_path / "p.toml"
    policy.write_text('[rules."order.id_missing"]\naction = "warn"\n')
    result = run("check", "--policy", str(policy), write(tmp_path, "b.eml", BLOCKED))
    assert result.returncode == 0


def test_stdin_input() -> None:
    result = run("check", "-", stdin=CLEAN)
    assert result.returncode == 0


def test_rules_lists_every_rule_with_its_action() -> None:
    result = run("rules")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert any(line.split()[:2] == ["links.external", "strip"] for line in lines)
    assert any(line.split()[:2] == ["review.incentive", "block"] for line in lines)
    assert any(line.split()[:2] == ["review.repeat_request", "block"] for line in lines)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("bsm-gateway ")
