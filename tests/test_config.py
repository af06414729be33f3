"""Gateway settings: defaults, file, flags, and the mistakes that must stop start-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.config import (
    ConfigError,
    hash_password,
    is_loopback,
    load_config,
    parse_listen,
    verify_password,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "gateway" / "gateway.example.toml"


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "gateway.toml"
    path.write_text(text, "utf-8")
    return str(path)


def test_embedded_defaults() -> None:
    c = load_config(None, {})
    assert (c.listen_host, c.listen_port) == ("127.0.0.1", 2525)
    assert c.upstream == "maildir:./var/outbox"
    assert c.store == "sqlite:///./var/state.db"
    assert c.mode == "bounce" and c.non_amazon == "relay"
    assert c.hostname  # set once, explicitly
    assert not c.auth_enabled and not c.tls_enabled


def test_example_file_is_valid_and_matches_defaults() -> None:
    assert load_config(str(EXAMPLE), {}).listen == load_config(None, {}).listen
    text = EXAMPLE.read_text("utf-8")
    # Every setting the loader knows is documented in the example.
    for key in (
        "listen",
        "hostname",
        "upstream",
        "store",
        "mode",
        "report_address",
        "non_amazon",
        "policy_file",
        "add_received",
        "log_level",
        "cert",
        "key",
        "require",
        "max_sessions",
        "max_sessions_per_client",
        "engine_timeout",
        "data_timeout",
        "session_timeout",
        "upstream_timeout",
        "max_upstream_connections",
        "proxy_protocol",
        "proxy_timeout",
        "quarantine_days",
        "review_days",
        "interval",
        "batch",
        "digest_to",
        "digest_interval",
        "digest_examples",
        "users",
        "sender_domains",
        "approved_senders",
    ):
        assert f"{key} =" in text, key


def test_proxy_protocol_and_retention_settings(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'proxy_protocol = ["10.0.0.0/24", "2001:db8::1"]\n'
        "[retention]\nquarantine_days = 7\nreview_days = 120\ninterval = 60\n",
    )
    c = load_config(path, {})
    assert [str(n) for n in c.trusted_proxies] == ["10.0.0.0/24", "2001:db8::1/128"]
    assert c.retention.quarantine.days == 7 and c.retention.reviews.days == 120
    assert c.retention.interval == 60.0 and c.retention.batch == 500
    defaults = load_config(None, {})
    assert defaults.trusted_proxies == ()  # off
    assert (defaults.retention.quarantine_days, defaults.retention.review_days) == (30, 90)


def test_a_postgresql_store_is_accepted_and_the_error_names_both(tmp_path: Path) -> None:
    c = load_config(None, {"store": "postgresql://gw:pw@db.internal/bsm"})
    assert c.store.startswith("postgresql://")
    with pytest.raises(ConfigError, match="sqlite:///PATH or postgresql://"):
        load_config(None, {"store": "mysql://db/bsm"})


def test_flags_override_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, 'listen = "127.0.0.1:2600"\nupstream = "smtp://mx.example:25"\n')
    c = load_config(path, {"listen": "127.0.0.1:2700", "upstream": None})
    assert c.listen_port == 2700 and c.upstream == "smtp://mx.example:25"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('mode = "drop"', "mode"),
        ('non_amazon = "maybe"', "non_amazon"),
        ("lisen = '127.0.0.1:25'", "lisen"),
        ("[limits]\nmax_sessions = 'many'", "limits.max_sessions"),
        ("[limits]\nmax_sesions = 3", "limits.max_sesions"),
        ('proxy_protocol = ["10.0.0.0/33"]', "proxy_protocol"),
        ('proxy_protocol = "10.0.0.0/8"', "proxy_protocol"),
        ('proxy_protocol = ["haproxy.internal"]', "proxy_protocol"),
        ("[retention]\nquarantine_days = 0", "retention.quarantine_days"),
        ("[retention]\nreview_day = 90", "retention.review_day"),
        ("[retention]\ninterval = 'hourly'", "retention.interval"),
        ("[limits]\nengine_timeout = 500.0", "limits.engine_timeout"),
        ("[limits]\ndata_timeout = 400", "limits.data_timeout"),
        ('upstream = "http://mx.example"', "upstream"),
        ('listen = "127.0.0.1"', "listen"),
        ("[tls]\ncert = '/nonexistent/cert.pem'\nkey = '/nonexistent/key.pem'", "tls.cert"),
        ("[tls]\ncert = '/etc/hostname'", "tls"),
        ("[auth.users]\nbob = 'plaintext-password'", "auth.users.bob"),
        ("add_received = 'yes'", "add_received"),
    ],
)
def test_mistakes_name_the_key(tmp_path: Path, text: str, key: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text), {})
    assert str(err.value).startswith(key), str(err.value)


def test_broken_toml_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"gateway\.toml"):
        load_config(write(tmp_path, "listen = "), {})


@pytest.mark.parametrize("listen", ["0.0.0.0:25", "[::]:25", "192.0.2.10:25", ":2525"])
def test_no_open_relay_without_auth(listen: str) -> None:
    with pytest.raises(ConfigError, match="open relay"):
        load_config(None, {"listen": listen})


def test_public_listen_needs_auth_and_tls(tmp_path: Path) -> None:
    users = f"[auth.users]\nhelpdesk = '{hash_password('s3cret')}'\n"
    with pytest.raises(ConfigError, match=r"^tls"):
        load_config(write(tmp_path, f'listen = "0.0.0.0:587"\n{users}'), {})
    # On loopback AUTH without TLS is allowed (nothing crosses the network).
    c = load_config(write(tmp_path, users), {})
    assert c.auth_enabled


def test_loopback_detection() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("") and not is_loopback("mx.example")
    assert parse_listen("[::1]:2525") == ("::1", 2525)


def test_password_hashes() -> None:
    hashed = hash_password("correct horse")
    assert hashed.startswith("scrypt$") and "correct horse" not in hashed
    assert verify_password(hashed, b"correct horse")
    assert not verify_password(hashed, b"correct horsE")
    assert not verify_password("garbage", b"x")


def test_monitor_mode_and_digest_settings(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'mode = "monitor"\n[monitor]\ndigest_to = "rollout@seller.example"\n'
        "digest_interval = 3600\ndigest_examples = 3\n",
    )
    c = load_config(path, {})
    assert c.mode == "monitor"
    assert c.monitor.digest_to == "rollout@seller.example"
    assert (c.monitor.digest_interval, c.monitor.digest_examples) == (3600.0, 3)
    assert load_config(None, {}).monitor.digest_to is None  # no digest unless asked


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[monitor]\ndigest_to = "rollout at seller"', "monitor.digest_to: not an e-mail"),
        ('[monitor]\ndigest_to = "<a@b.example>"', "monitor.digest_to: not an e-mail"),
        ("[monitor]\ndigest_interval = 0", "monitor.digest_interval: must be at least"),
        ("[monitor]\ndigest_examples = -1", "monitor.digest_examples: must be between"),
        ('[monitor]\ndigest = "a@b.example"', "monitor.digest: unknown setting (did you mean"),
        ('mode = "monitoring"', "mode: must be one of bounce, reject, monitor"),
    ],
)
def test_monitor_mistakes_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text), {})
    assert str(err.value).startswith(message), str(err.value)
