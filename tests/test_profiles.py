"""Profiles: settings per AUTH user (and per sender domain as a fallback), from a real
config file, over real sockets: the same message gets different verdicts for different
helpdesk accounts, and a reload changes a profile without a restart."""

from __future__ import annotations

import smtplib
from collections.abc import Iterator
from pathlib import Path

import pytest

from gateway.commands import load_files
from gateway.config import ConfigError, hash_password, load_config
from tests.mail import ALIAS, SELLER
from tests.netutil import RunningGateway, Sink
from tests.test_server import blocked_message, strip_received

PASSWORD = "correct horse battery staple"
HASH = hash_password(PASSWORD)


def config_text(tmp_path: Path, sink: Sink, profiles: str) -> str:
    return f"""
listen = "127.0.0.1:0"
upstream = "{sink.url}"
store = "sqlite:///{tmp_path}/state.db"
hostname = "gw.test"

[auth.users]
brand-a = "{HASH}"
brand-b = "{HASH}"
brand-x = "{HASH}"

[limits]
engine_workers = 1
upstream_timeout = 5.0
upstream_connect_timeout = 3.0
shutdown_grace = 5.0

{profiles}
"""


PROFILES = """
[profiles.brand-a]
users = ["brand-a"]
policy_file = "{tmp}/brand-a.toml"

[profiles.brand-b]
users = ["brand-b"]
report_address = "lead@brand-b.example"

[profiles.watch]
sender_domains = ["Brand-M.example"]
mode = "monitor"
approved_senders = ["@brand-m.example"]
"""


def write_config(tmp_path: Path, sink: Sink, profiles: str = PROFILES) -> str:
    # brand-a's own rules: a proactive message without an order id is fine for it.
    (tmp_path / "brand-a.toml").write_text('[rules."order.id_missing"]\naction = "off"\n')
    path = tmp_path / "gateway.toml"
    path.write_text(config_text(tmp_path, sink, profiles.format(tmp=tmp_path)), "utf-8")
    return str(path)


def send_as(port: int, user: str, sender: str, raw: bytes) -> tuple[int, str]:
    with smtplib.SMTP("127.0.0.1", port, local_hostname="helpdesk.test", timeout=30) as c:
        c.login(user, PASSWORD)
        code, msg = c.mail(sender)
        assert code == 250, msg
        code, msg = c.rcpt(ALIAS)
        assert code == 250, msg
        code, msg = c.data(raw)
        return code, msg.decode()


@pytest.fixture
def gateway(tmp_path: Path, sink: Sink) -> Iterator[RunningGateway]:
    path = write_config(tmp_path, sink)
    config, policy = load_files(path, {})
    gw = RunningGateway(config, policy).start()
    gw.config_path = path  # type: ignore[attr-defined]
    yield gw
    gw.stop()


def test_two_users_get_different_verdicts_for_the_same_message(
    gateway: RunningGateway, sink: Sink
) -> None:
    raw = blocked_message()  # order.id_missing blocks it under the built-in rules
    code, msg = send_as(gateway.port, "brand-a", SELLER, raw)
    assert code == 250 and msg.startswith("2.0.0 OK: sent on"), msg
    code, msg = send_as(gateway.port, "brand-b", SELLER, raw)
    assert code == 250 and "NOT sent to the Amazon buyer (order.id_missing)" in msg, msg
    code, msg = send_as(gateway.port, "brand-x", SELLER, raw)  # in no profile
    assert code == 250 and "NOT sent" in msg, msg
    a, b, x = gateway.wait_for("message", 3)
    assert (a["profile"], a["verdict"], a["actions"]) == ("brand-a", "pass", {ALIAS: "relayed"})
    assert (b["profile"], b["verdict"]) == ("brand-b", "block")
    assert (x["profile"], x["verdict"]) == (None, "block")
    # The buyer got brand-a's copy only; brand-b's report went to its lead, the
    # top-level one to the sender.
    [relayed] = sink.to(ALIAS)
    assert strip_received(relayed.data) == raw
    assert (
        b["report"] == "sent to lead@brand-b.example" and len(sink.to("lead@brand-b.example")) == 1
    )
    assert x["report"] == f"sent to {SELLER}" and len(sink.to(SELLER)) == 1


def test_sender_domain_is_the_fallback_and_a_user_profile_wins(
    gateway: RunningGateway, sink: Sink
) -> None:
    raw = blocked_message(sender="orders@brand-m.example")
    # brand-x is in no profile: the sender's domain picks "watch" (monitor mode).
    code, msg = send_as(gateway.port, "brand-x", "orders@brand-m.example", raw)
    assert code == 250 and msg.startswith("2.0.0 OK: sent on"), msg
    # brand-b has a profile of its own: the sender domain does not matter then.
    code, msg = send_as(gateway.port, "brand-b", "orders@brand-m.example", raw)
    assert code == 250 and "NOT sent" in msg, msg
    watched, enforced = gateway.wait_for("message", 2)
    assert (watched["profile"], watched["mode"], watched["verdict"]) == (
        "watch",
        "monitor",
        "block",
    )
    assert watched["blocked_by"] == ["order.id_missing"]  # @brand-m.example is approved
    assert enforced["profile"] == "brand-b" and "mode" not in enforced
    assert [strip_received(m.data) for m in sink.to(ALIAS)] == [raw]


def test_a_profiles_approved_senders_apply_to_its_mail_only(
    gateway: RunningGateway, sink: Sink
) -> None:
    raw = blocked_message(sender="someone@elsewhere.example")
    send_as(gateway.port, "brand-x", "orders@brand-m.example", raw)  # watch profile
    send_as(gateway.port, "brand-x", "someone@elsewhere.example", raw)  # top level
    watched, top = gateway.wait_for("message", 2)
    # The header From is not approved for "watch"; the top level approves everyone.
    assert "addr.sender_not_approved" in watched["blocked_by"]
    assert "addr.sender_not_approved" not in top["rule_ids"]


def test_a_reload_changes_a_profile(gateway: RunningGateway, sink: Sink, tmp_path: Path) -> None:
    path = gateway.config_path  # type: ignore[attr-defined]
    raw = blocked_message()
    assert "NOT sent" in send_as(gateway.port, "brand-b", SELLER, raw)[1]
    text = Path(path).read_text("utf-8")
    Path(path).write_text(
        text.replace('report_address = "lead@brand-b.example"', 'mode = "monitor"'), "utf-8"
    )
    assert gateway.call(gateway.app.reload(lambda: load_files(path, {})))
    code, msg = send_as(gateway.port, "brand-b", SELLER, raw)
    assert code == 250 and msg.startswith("2.0.0 OK: sent on"), msg
    # A broken profile is refused, and the running one stays.
    Path(path).write_text(text.replace('users = ["brand-b"]', 'users = ["brand-z"]'), "utf-8")
    assert not gateway.call(gateway.app.reload(lambda: load_files(path, {})))
    failed = gateway.wait_for("reload.failed")[0]
    assert failed["error"].startswith("profiles.brand-b.users: 'brand-z' is not a user")
    assert send_as(gateway.port, "brand-b", SELLER, raw)[1].startswith("2.0.0 OK: sent on")
    events = gateway.wait_for("message", 3)
    assert [e.get("mode") for e in events] == [None, "monitor", "monitor"]


@pytest.mark.parametrize(
    ("profiles", "message"),
    [
        ('[profiles.a]\nusers = ["nobody"]', "profiles.a.users: 'nobody' is not a user of"),
        ('[profiles.a]\nmode = "monitor"', "profiles.a: matches no mail"),
        (
            '[profiles.a]\nusers = ["brand-a"]\n[profiles.b]\nusers = ["brand-a"]',
            "profiles.b.users: 'brand-a' is already in profiles.a",
        ),
        (
            '[profiles.a]\nsender_domains = ["x.example"]\n'
            '[profiles.b]\nsender_domains = ["X.example"]',
            "profiles.b.sender_domains: 'x.example' is already in profiles.a",
        ),
        ('[profiles.a]\nsender_domains = ["someone@x.example"]', "profiles.a.sender_domains"),
        ('[profiles.a]\nusers = ["brand-a"]\nmode = "enforce"', "profiles.a.mode: must be one"),
        (
            '[profiles.a]\nusers = ["brand-a"]\nreport_adress = "a@b.example"',
            "profiles.a.report_adress: unknown setting (did you mean report_address?)",
        ),
        ('[profiles.a]\nusers = "brand-a"', "profiles.a.users: expected list"),
        (
            '[profiles.a]\nusers = ["brand-a"]\napproved_senders = ["support"]',
            "profiles.a.approved_senders: 'support' is neither",
        ),
        ("[profiles]\na = 1", "profiles: expected tables"),
    ],
)
def test_profile_mistakes_name_the_key(
    tmp_path: Path, sink: Sink, profiles: str, message: str
) -> None:
    path = tmp_path / "gateway.toml"
    path.write_text(config_text(tmp_path, sink, profiles), "utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(str(path), {})
    assert str(err.value).startswith(message), str(err.value)


def test_a_profiles_broken_policy_file_is_named(tmp_path: Path, sink: Sink) -> None:
    (tmp_path / "bad.toml").write_text('[rules."order.id_missing"]\naction = "explode"\n')
    profiles = f'[profiles.a]\nusers = ["brand-a"]\npolicy_file = "{tmp_path}/bad.toml"'
    path = tmp_path / "gateway.toml"
    path.write_text(config_text(tmp_path, sink, profiles), "utf-8")
    with pytest.raises(ConfigError) as err:
        load_files(str(path), {})
    assert str(err.value).startswith("profiles.a.policy_file: policy file"), str(err.value)
    assert "explode" in str(err.value)
