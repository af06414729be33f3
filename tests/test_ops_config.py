"""`check-config` names the wrong key, in the gateway config and in the policy file; the
example configs (gateway/, systemd/, docker/) load and carry the same keys; the ops guide
names every key, metric and log event the code has."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from gateway.cli import main
from gateway.config import ConfigError, GatewayConfig, hash_password, load_config
from gateway.metrics import Metrics

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = {
    "gateway": ROOT / "gateway" / "gateway.example.toml",
    "systemd": ROOT / "systemd" / "gateway.toml",
    "docker": ROOT / "docker" / "gateway.toml",
}
OPERATIONS = ROOT / "docs" / "operations.md"
DOCKER_PLACEHOLDER = "REPLACE with the output of: bsm-gateway hash-password"


def check_config(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(["check-config", *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("lisen = '127.0.0.1:25'", "lisen: unknown setting (did you mean listen?)"),
        ("[limits]\nmax_sesions = 3", "limits.max_sesions: unknown setting (did you mean"),
        ("[limits]\nshutdown_grace = 'soon'", "limits.shutdown_grace: expected float"),
        ("[metrics]\nlisten = '127.0.0.1'", "metrics.listen: expected HOST:PORT"),
        ("[metrics]\nlisen = '127.0.0.1:9325'", "metrics.lisen: unknown setting"),
        ("[metrics]\nready_timeout = 60", "metrics.ready_timeout: must be between"),
        ("[metrics]\nlisten = '127.0.0.1:2525'", "metrics.listen: must differ from listen"),
        ("[tsl]\ncert = 'x'", "tsl: unknown setting (did you mean tls?)"),
        ('mode = "drop"', "mode: must be one of bounce, reject"),
        ("listen = ", "config file"),
    ],
)
def test_check_config_names_the_wrong_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    path = tmp_path / "gw.toml"
    path.write_text(text + "\n")
    code, out, err = check_config(capsys, "--config", str(path))
    assert code == 78 and out == ""
    [line] = err.splitlines()
    assert line.startswith("bsm-gateway: ") and str(path) in line and message in line, line


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[scope]\nbogus = 1", "unknown key 'scope.bogus'"),
        ('[rules."order.id_missing"]\naction = "explode"', "rules.'order.id_missing'.action"),
        ('[rules."no.such_rule"]\naction = "off"', "no.such_rule"),
        ("[limits]\nmax_message_bytes = 'big'", "limits.max_message_bytes"),
        ("[limits\n", "policy.toml"),
    ],
)
def test_check_config_names_the_wrong_policy_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(text + "\n")
    config = tmp_path / "gw.toml"
    config.write_text(f'policy_file = "{policy}"\n')
    for args in (["--config", str(config)], ["--policy", str(policy)]):
        code, out, err = check_config(capsys, *args)
        assert code == 78 and out == "", err
        [line] = err.splitlines()
        assert f"policy file {policy}" in line and message in line, line


def test_check_config_accepts_a_good_pair(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('[rules."style.spelling"]\naction = "off"\n')
    code, out, err = check_config(
        capsys, "--config", str(EXAMPLES["systemd"]), "--policy", str(policy)
    )
    assert code == 0 and err.strip() == "configuration OK", err
    assert f'"policy_file": "{policy}"' in out
    assert '"listen": "127.0.0.1:9325"' in out  # the metrics listener


# -- the example configs ----------------------------------------------------------------


def test_systemd_example_loads() -> None:
    config = load_config(str(EXAMPLES["systemd"]), {})
    assert config.store == "sqlite:////var/lib/bsm-gateway/state.db"
    assert config.metrics.listen == "127.0.0.1:9325" and config.metrics.ready_timeout == 2.0
    assert config.limits.shutdown_grace == 30.0
    assert config.upstream.startswith("smtp://")


def test_docker_example_needs_its_password_then_loads(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        load_config(str(EXAMPLES["docker"]), {})
    assert str(err.value).startswith("auth.users.helpdesk: not a password hash")
    text = EXAMPLES["docker"].read_text("utf-8").replace(DOCKER_PLACEHOLDER, hash_password("x"))
    for name in ("cert.pem", "key.pem"):
        (tmp_path / name).write_text("PEM\n")
        text = text.replace(f"/etc/bsm-gateway/tls/{name}", str(tmp_path / name))
    path = tmp_path / "gateway.toml"
    path.write_text(text)
    config = load_config(str(path), {})
    assert config.listen == "0.0.0.0:2525" and config.require_tls and config.auth_enabled
    assert config.metrics.listen == "0.0.0.0:9325"
    compose = (ROOT / "docker" / "compose.yaml").read_text("utf-8")
    grace = re.search(r"stop_grace_period:\s*(\d+)s", compose)
    assert grace and int(grace.group(1)) > config.limits.shutdown_grace + 5


_KEY = re.compile(r"^#?\s*([a-z_]+)\s*=\s*\S")
_TABLE = re.compile(r"^#?\s*\[([a-z_.]+)\]\s*$")


def documented_keys(path: Path) -> set[str]:
    """'table.key' for every key set or shown commented out in an example file."""
    keys: set[str] = set()
    table = ""
    for line in path.read_text("utf-8").splitlines():
        if match := _TABLE.match(line):
            table = match.group(1)
        elif match := _KEY.match(line):
            keys.add(f"{table}.{match.group(1)}" if table else match.group(1))
    return keys


def test_example_configs_carry_the_same_keys() -> None:
    keys = {name: documented_keys(path) for name, path in EXAMPLES.items()}
    users = {k for k in keys["gateway"] if k.startswith("auth.users.")}
    assert users == {"auth.users.helpdesk"}
    assert keys["gateway"] == keys["systemd"] == keys["docker"], keys
    # ... and every key the loader knows.
    defaults = GatewayConfig()
    known = {"listen", "tls.cert", "tls.key", "tls.require", "metrics.listen"}
    known |= {f"limits.{k}" for k in defaults.limits.__slots__}
    known |= {"metrics.ready_timeout", "metrics.ready_cache", "auth.users.helpdesk"}
    known |= {"upstream_tls.ca", "upstream_tls.fingerprint"}
    known |= {"hostname", "upstream", "store", "mode", "report_address", "non_amazon"}
    known |= {"report_language", "reset_missing"}
    known |= {"policy_file", "add_received", "log_level", "proxy_protocol"}
    known |= {"log_file", "log_syslog", "log_syslog_facility"}
    known |= {f"retention.{k}" for k in defaults.retention.__slots__}
    known |= {f"monitor.{k}" for k in defaults.monitor.__slots__}
    profile = {"users", "sender_domains", "approved_senders", "report_address"}
    known |= {f"profiles.kitchen.{k}" for k in (*profile, "policy_file", "mode")}
    known |= {f"queue.{k}" for k in defaults.queue.__slots__}
    assert keys["gateway"] == known
    for path in EXAMPLES.values():
        tomllib.loads(path.read_text("utf-8"))  # valid TOML as shipped


# -- the ops guide matches the code -----------------------------------------------------------


def test_operations_guide_names_every_key_metric_and_event() -> None:
    guide = OPERATIONS.read_text("utf-8")
    for key in documented_keys(EXAMPLES["gateway"]) - {"auth.users.helpdesk"}:
        assert f"| `{key.rpartition('.')[2]}` |" in guide, key
    names = {mf.name for mf in Metrics().registry.collect()}
    counters = {mf.name for mf in Metrics().registry.collect() if mf.type == "counter"}
    documented = set(re.findall(r"^\| `(bsm_gateway_[a-z_]+)` \|", guide, re.MULTILINE))
    expected = {f"{n}_total" if n in counters else n for n in names}
    assert documented == expected
    emitted: set[str] = set()
    for source in (ROOT / "gateway").glob("*.py"):
        text = source.read_text("utf-8")
        # `log.info("event", ...)` or `get_logger(...).info("event", ...)`
        logged = r"(?:log|get_logger\([^()]*\))\.(?:info|warning|error)\(\s*\"([a-z._]+)\""
        emitted |= set(re.findall(logged, text))
    events = set(re.findall(r"^\| `([a-z._]+)` \| (?:info|warning|error)", guide, re.MULTILINE))
    assert emitted <= events, emitted - events
    assert events <= emitted, events - emitted


def test_reload_cannot_leave_a_public_listener_without_auth(tmp_path: Path) -> None:
    """SIGHUP keeps the running `listen`: the new file's other keys are checked with it."""
    from gateway.config import keep_restart_only, restart_only_changes, validate

    for name in ("cert.pem", "key.pem"):
        (tmp_path / name).write_text("PEM\n")
    public = tmp_path / "public.toml"
    public.write_text(
        f'listen = "0.0.0.0:587"\n[tls]\ncert = "{tmp_path}/cert.pem"\n'
        f'key = "{tmp_path}/key.pem"\n[auth.users]\nhelpdesk = "{hash_password("x")}"\n'
    )
    running = load_config(str(public), {})
    edited = tmp_path / "edited.toml"
    edited.write_text('listen = "127.0.0.1:2525"\n')  # loads fine on its own
    new = load_config(str(edited), {})
    assert restart_only_changes(running, new) == ["listen"]
    keep_restart_only(running, new)
    assert new.listen == "0.0.0.0:587"
    with pytest.raises(ConfigError, match=r"^listen: refusing"):
        validate(new)


def test_several_hosts_recipe_is_what_the_tests_run(tmp_path: Path) -> None:
    """docs/operations.md shows the HAProxy config and gw1's gateway.toml exactly as
    tests/haproxy.py renders them (the functions tests/test_several_hosts.py runs), and
    the gateway file loads."""
    from tests.haproxy import recipe

    guide = OPERATIONS.read_text("utf-8")
    section = guide[guide.index("## Several hosts") : guide.index("## Upgrades")]
    files = recipe()
    assert f"```\n{files['/etc/haproxy/haproxy.cfg']}```" in section
    gw1 = files["/etc/bsm-gateway/gateway.toml on gw1"]
    assert f"```toml\n{gw1}```" in section
    for name in ("cert.pem", "key.pem"):
        (tmp_path / name).write_text("PEM\n")
    path = tmp_path / "gateway.toml"
    path.write_text(gw1.replace("/etc/bsm-gateway/tls", str(tmp_path)))
    config = load_config(str(path), {})
    assert config.store.startswith("postgresql://") and config.auth_enabled
    assert [str(n) for n in config.trusted_proxies] == ["10.0.0.5/32"]
