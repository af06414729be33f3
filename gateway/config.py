"""Gateway settings: embedded defaults, a TOML file over them, command-line flags over that.

`load_config(path, overrides)` returns a validated `GatewayConfig` or raises `ConfigError`
naming the bad key. Every key is documented in gateway/gateway.example.toml.

Passwords in `[auth.users]` are stored hashed, never in clear:
`scrypt$<n>$<r>$<p>$<salt b64>$<hash b64>` or `pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>`
(`bsm-gateway hash-password` prints one).
"""

from __future__ import annotations

import base64
import copy
import difflib
import hashlib
import hmac
import ipaddress
import os
import re
import secrets
import socket
import ssl
import tomllib
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from gateway.i18n import LANGUAGES
from policies import Policy, PolicyError, load_policy

DEFAULT_LISTEN = "127.0.0.1:2525"
DEFAULT_UPSTREAM = "maildir:./var/outbox"
DEFAULT_STORE = "sqlite:///./var/state.db"

MODES = ("bounce", "reject", "monitor")
NON_AMAZON = ("relay", "refuse")


class ConfigError(ValueError):
    """A setting is missing, mistyped or unsafe; the message names the key."""


class UnreadableFile(ConfigError):
    """A config or policy file that cannot be read at all (missing, no permission, not
    UTF-8), as opposed to one whose content is wrong."""


def read_text_file(path: str, what: str) -> str:
    """The UTF-8 text of a config or policy file; `what` names it in the error."""
    try:
        return Path(path).read_text("utf-8")
    except OSError as exc:
        raise UnreadableFile(f"cannot read {what} {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise UnreadableFile(f"{what} {path} is not UTF-8 text") from None


def policy_from_file(path: str | None) -> Policy:
    """The built-in policy, or the seller's policy file merged over it."""
    if path is None:
        return load_policy()
    text = read_text_file(path, "policy file")
    try:
        return load_policy(text, source=path)
    except PolicyError as exc:
        raise ConfigError(f"policy file {path}: {exc}") from None


@dataclass(slots=True)
class Limits:
    """Caps and time budgets. The end-of-DATA work (engine, store, upstream, bounce) must fit
    in `data_timeout`, which must fit in `session_timeout` (aiosmtpd's per-command timer,
    which also runs while the client uploads DATA)."""

    max_sessions: int = 100
    max_sessions_per_client: int = 50
    max_recipients: int = 100
    # Refused for good (552) on a byte scan before anything parses them.
    max_header_bytes: int = 262144
    # MiB of messages between DATA and their reply, all sessions together (over: 452).
    max_inflight_mb: int = 100
    # KiB: a message larger than this is written to a spool file as it arrives.
    spool_threshold_kb: int = 1024
    # Spooled messages checked by the engine or held whole in memory (to relay,
    # quarantine, report) at once; the others wait their turn.
    max_large_at_once: int = 1
    max_header_field_bytes: int = 32768
    session_timeout: float = 300.0
    idle_timeout: float = 60.0
    busy_idle_timeout: float = 10.0
    max_session_time: float = 600.0
    data_timeout: float = 240.0
    engine_timeout: float = 30.0
    engine_workers: int = 2
    engine_mode: str = "process"
    # Per check in a worker process: CPU seconds, and the worker's address space (MiB).
    engine_cpu_seconds: float = 20.0
    engine_memory_mb: int = 1536
    upstream_connect_timeout: float = 30.0
    upstream_timeout: float = 120.0
    max_upstream_connections: int = 20
    proxy_timeout: float = 10.0
    shutdown_grace: float = 30.0
    auth_max_failures: int = 5
    auth_lockout: float = 60.0
    auth_lockout_max: float = 3600.0


@dataclass(slots=True)
class MetricsSettings:
    """The Prometheus/health listener (`[metrics]`). Off unless `listen` is set."""

    host: str | None = None
    port: int = 9325
    ready_timeout: float = 2.0
    # Seconds /readyz reuses its last upstream probe (a TLS handshake with the smarthost).
    ready_cache: float = 5.0

    @property
    def enabled(self) -> bool:
        return self.host is not None

    @property
    def listen(self) -> str | None:
        if self.host is None:
            return None
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


@dataclass(slots=True)
class RetentionSettings:
    """`[retention]`: how long the store keeps what it holds, and how often the gateway
    expires the rest (in the background, `batch` rows per short transaction)."""

    quarantine_days: float = 30.0
    review_days: float = 90.0
    interval: float = 3600.0
    batch: int = 500

    @property
    def quarantine(self) -> timedelta:
        return timedelta(days=self.quarantine_days)

    @property
    def reviews(self) -> timedelta:
        return timedelta(days=self.review_days)


@dataclass(slots=True)
class UpstreamTls:
    """`[upstream_tls]`: what smtp+starttls:// and smtps:// accept as the smarthost's
    certificate. Neither set: one the system's CA store verifies, for the URL's host.
    `ca`: one this CA file verifies instead. `fingerprint`: one whose SHA-256 is listed
    (64 lower-case hex digits here), whoever signed it."""

    ca: str | None = None
    fingerprint: list[str] = field(default_factory=list)


_HEX64 = re.compile(r"[0-9a-f]{64}")


def parse_fingerprint(value: str, key: str = "upstream_tls.fingerprint") -> str:
    """A certificate's SHA-256 as `openssl x509 -noout -fingerprint -sha256` prints it
    ("sha256 Fingerprint=AB:CD:…"), or "sha256:AB:CD:…", or bare hex → 64 lower-case hex
    digits; ConfigError naming `key` otherwise."""
    text = value.strip()
    if "=" in text:
        label, _, text = text.partition("=")
        if not label.lower().startswith("sha256"):
            raise ConfigError(f"{key}: {value!r} is not a SHA-256 fingerprint")
    if text.lower().startswith("sha256:"):
        text = text[len("sha256:") :]
    digits = text.replace(":", "").replace(" ", "").lower()
    if not _HEX64.fullmatch(digits):
        raise ConfigError(
            f"{key}: {value!r} is not a SHA-256 fingerprint (64 hex digits; print one with "
            "openssl x509 -noout -fingerprint -sha256 -in CERT.pem)"
        )
    return digits


@dataclass(slots=True)
class MonitorSettings:
    """`[monitor]`: the digest of what monitor mode saw (`mode = "monitor"` relays every
    message unchanged and only logs and counts what it would have done). Off unless
    `digest_to` is set: then every `digest_interval` seconds the gateway mails a plain
    summary there through the upstream."""

    digest_to: str | None = None
    digest_interval: float = 86400.0
    digest_examples: int = 5


@dataclass(slots=True)
class Profile:
    """`[profiles.NAME]`: settings for the mail of some AUTH users, or (as a fallback, for
    a message whose AUTH user is in no profile) of some envelope-sender domains. A setting
    left out is the top-level one. `policy` is built from `policy_file` (or the top-level
    one) and `approved_senders` by `load_profile_policies`, not read from the file."""

    name: str
    users: list[str] = field(default_factory=list)
    sender_domains: list[str] = field(default_factory=list)
    approved_senders: list[str] | None = None
    report_address: str | None = None
    policy_file: str | None = None
    mode: str | None = None
    policy: Policy | None = None

    @property
    def own_policy(self) -> bool:
        """Whether its rules differ from the top-level policy's (its own file or senders)."""
        return self.policy_file is not None or self.approved_senders is not None


@dataclass(slots=True)
class QueueSettings:
    """`[queue]`: how mail the next hop refused for now (after the client got 250) is
    retried: first after `first_retry` seconds, then at doubling intervals up to
    `max_interval`, until `max_age_days` after it was accepted; then the sender gets a
    delivery-failure report. The gateway looks for due mail every `poll_interval`."""

    first_retry: float = 300.0
    max_interval: float = 3600.0
    max_age_days: float = 5.0
    poll_interval: float = 15.0

    @property
    def max_age(self) -> timedelta:
        return timedelta(days=self.max_age_days)

    def delay(self, attempts: int) -> timedelta:
        """The wait after the `attempts`-th failed attempt (1 = the first)."""
        seconds = self.first_retry * 2 ** min(max(attempts - 1, 0), 30)
        return timedelta(seconds=min(seconds, max(self.max_interval, self.first_retry)))


ProxyNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(values: list[str], key: str) -> tuple[ProxyNetwork, ...]:
    """CIDR networks ("10.0.0.0/8", "2001:db8::/32", or one address); ConfigError naming
    `key` if one is not a network."""
    networks = []
    for value in values:
        try:
            networks.append(ipaddress.ip_network(value.strip(), strict=False))
        except ValueError:
            raise ConfigError(
                f"{key}: {value!r} is not a network (expected CIDR, e.g. 10.0.0.0/8)"
            ) from None
    return tuple(networks)


@dataclass(slots=True)
class GatewayConfig:
    listen_host: str = "127.0.0.1"
    listen_port: int = 2525
    upstream: str = DEFAULT_UPSTREAM
    upstream_tls: UpstreamTls = field(default_factory=UpstreamTls)
    store: str = DEFAULT_STORE
    hostname: str = ""
    mode: str = "bounce"
    non_amazon: str = "relay"
    report_address: str | None = None
    report_language: str = "auto"
    policy_file: str | None = None
    add_received: bool = True
    tls_cert: str | None = None
    tls_key: str | None = None
    require_tls: bool = False
    auth_users: dict[str, str] = field(default_factory=dict)
    log_level: str = "info"
    log_file: str | None = None
    log_syslog: str | None = None
    log_syslog_facility: str = "mail"
    limits: Limits = field(default_factory=Limits)
    metrics: MetricsSettings = field(default_factory=MetricsSettings)
    retention: RetentionSettings = field(default_factory=RetentionSettings)
    monitor: MonitorSettings = field(default_factory=MonitorSettings)
    profiles: dict[str, Profile] = field(default_factory=dict)
    queue: QueueSettings = field(default_factory=QueueSettings)
    # Networks of the load balancers allowed to send a PROXY protocol header (v1 or v2).
    # Empty: off. Set: every connection must come from one of them and start with a header.
    proxy_protocol: list[str] = field(default_factory=list)
    source: str = "built-in defaults"
    # The top-level settings and tables the file set (a reload may not drop one unless the
    # new file says `reset_missing = true`: see check_reload).
    file_keys: frozenset[str] = frozenset()
    reset_missing: bool = False

    @property
    def listen(self) -> str:
        host = f"[{self.listen_host}]" if ":" in self.listen_host else self.listen_host
        return f"{host}:{self.listen_port}"

    @property
    def tls_enabled(self) -> bool:
        return self.tls_cert is not None

    @property
    def trusted_proxies(self) -> tuple[ProxyNetwork, ...]:
        return parse_networks(self.proxy_protocol, "proxy_protocol")

    @property
    def auth_enabled(self) -> bool:
        return bool(self.auth_users)

    def profile_for(self, user: str | None, sender: str) -> Profile | None:
        """The profile of a message: its AUTH user's, else its envelope sender's domain's,
        else None (the top-level settings)."""
        if user is not None:
            for profile in self.profiles.values():
                if user in profile.users:
                    return profile
        domain = sender.rpartition("@")[2].lower()
        if domain:
            for profile in self.profiles.values():
                if domain in profile.sender_domains:
                    return profile
        return None


# -- parsing helpers -------------------------------------------------------------------


def parse_listen(value: str, key: str = "listen") -> tuple[str, int]:
    """'HOST:PORT', '[v6]:PORT' or ':PORT' (= all interfaces) → (host, port)."""
    text = value.strip()
    if text.startswith("["):
        host, sep, port = text[1:].partition("]:")
    else:
        host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ConfigError(f"{key}: expected HOST:PORT, got {value!r}")
    return host, int(port)


def is_loopback(host: str) -> bool:
    """True only for addresses that cannot be reached from another machine."""
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


_TOP_KEYS = {
    "listen": str,
    "upstream": str,
    "store": str,
    "hostname": str,
    "mode": str,
    "non_amazon": str,
    "report_address": str,
    "report_language": str,
    "policy_file": str,
    "add_received": bool,
    "log_level": str,
    "reset_missing": bool,
    "log_file": str,
    "log_syslog": str,
    "log_syslog_facility": str,
}
_TLS_KEYS = {"cert": str, "key": str, "require": bool}
_LIMIT_TYPES = {name: type(getattr(Limits(), name)) for name in Limits.__slots__}
_METRICS_KEYS = {"listen": str, "ready_timeout": float, "ready_cache": float}
_RETENTION_TYPES = {
    name: type(getattr(RetentionSettings(), name)) for name in RetentionSettings.__slots__
}
_UPSTREAM_TLS_KEYS = ("ca", "fingerprint")
_MONITOR_TYPES = {"digest_to": str, "digest_interval": float, "digest_examples": int}
_PROFILE_KEYS = {
    "users": list,
    "sender_domains": list,
    "approved_senders": list,
    "report_address": str,
    "policy_file": str,
    "mode": str,
}
_QUEUE_TYPES = {name: type(getattr(QueueSettings(), name)) for name in QueueSettings.__slots__}
_TABLES = (
    "tls",
    "auth",
    "limits",
    "metrics",
    "retention",
    "monitor",
    "profiles",
    "queue",
    "proxy_protocol",
    "upstream_tls",
)


def _unknown(where: str, known: Any) -> ConfigError:
    """'KEY: unknown setting', with the closest known name when there is one."""
    name = where.rpartition(".")[2]
    close = difflib.get_close_matches(name, [str(k) for k in known], n=1, cutoff=0.6)
    hint = f" (did you mean {close[0]}?)" if close else ""
    return ConfigError(f"{where}: unknown setting{hint}")


def _check_type(key: str, value: Any, expected: type) -> Any:
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if expected is int and isinstance(value, bool):
        raise ConfigError(f"{key}: expected an integer, got {value!r}")
    if not isinstance(value, expected):
        raise ConfigError(f"{key}: expected {expected.__name__}, got {type(value).__name__}")
    return value


def _apply(config: GatewayConfig, data: dict[str, Any], prefix: str = "") -> None:
    for key, value in data.items():
        where = f"{prefix}{key}"
        if key == "tls":
            if not isinstance(value, dict):
                raise ConfigError("tls: expected a table")
            for tkey, tvalue in value.items():
                if tkey not in _TLS_KEYS:
                    raise _unknown(f"tls.{tkey}", _TLS_KEYS)
                tvalue = _check_type(f"tls.{tkey}", tvalue, _TLS_KEYS[tkey])
                if tkey == "require":
                    config.require_tls = tvalue
                else:
                    setattr(config, f"tls_{tkey}", tvalue)
        elif key == "auth":
            if not isinstance(value, dict) or set(value) - {"users"}:
                raise ConfigError("auth: expected a table with only a `users` table in it")
            users = value.get("users", {})
            if not isinstance(users, dict):
                raise ConfigError("auth.users: expected a table of name = password hash")
            for name, hashed in users.items():
                hashed = _check_type(f"auth.users.{name}", hashed, str)
                try:
                    parse_hash(hashed)
                except ValueError as exc:
                    raise ConfigError(f"auth.users.{name}: {exc}") from None
                config.auth_users[name] = hashed
        elif key == "limits":
            if not isinstance(value, dict):
                raise ConfigError("limits: expected a table")
            for lkey, lvalue in value.items():
                if lkey not in _LIMIT_TYPES:
                    raise _unknown(f"limits.{lkey}", _LIMIT_TYPES)
                setattr(
                    config.limits, lkey, _check_type(f"limits.{lkey}", lvalue, _LIMIT_TYPES[lkey])
                )
        elif key == "metrics":
            if not isinstance(value, dict):
                raise ConfigError("metrics: expected a table")
            for mkey, mvalue in value.items():
                if mkey not in _METRICS_KEYS:
                    raise _unknown(f"metrics.{mkey}", _METRICS_KEYS)
                mvalue = _check_type(f"metrics.{mkey}", mvalue, _METRICS_KEYS[mkey])
                if mkey == "listen":
                    config.metrics.host, config.metrics.port = parse_listen(
                        mvalue, "metrics.listen"
                    )
                else:
                    setattr(config.metrics, mkey, mvalue)
        elif key == "retention":
            if not isinstance(value, dict):
                raise ConfigError("retention: expected a table")
            for rkey, rvalue in value.items():
                if rkey not in _RETENTION_TYPES:
                    raise _unknown(f"retention.{rkey}", _RETENTION_TYPES)
                rvalue = _check_type(f"retention.{rkey}", rvalue, _RETENTION_TYPES[rkey])
                setattr(config.retention, rkey, rvalue)
        elif key == "upstream_tls":
            _apply_upstream_tls(config.upstream_tls, value)
        elif key == "monitor":
            if not isinstance(value, dict):
                raise ConfigError("monitor: expected a table")
            for mkey, mvalue in value.items():
                if mkey not in _MONITOR_TYPES:
                    raise _unknown(f"monitor.{mkey}", _MONITOR_TYPES)
                mvalue = _check_type(f"monitor.{mkey}", mvalue, _MONITOR_TYPES[mkey])
                setattr(config.monitor, mkey, mvalue)
        elif key == "profiles":
            if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
                raise ConfigError(
                    "profiles: expected tables, e.g. [profiles.brand-a] with users = [...]"
                )
            for name, table in value.items():
                config.profiles[name] = _profile(name, table)
        elif key == "queue":
            if not isinstance(value, dict):
                raise ConfigError("queue: expected a table")
            for qkey, qvalue in value.items():
                if qkey not in _QUEUE_TYPES:
                    raise _unknown(f"queue.{qkey}", _QUEUE_TYPES)
                setattr(config.queue, qkey, _check_type(f"queue.{qkey}", qvalue, float))
        elif key == "proxy_protocol":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(
                    'proxy_protocol: expected a list of networks, e.g. ["10.0.0.0/8"]'
                )
            parse_networks(value, "proxy_protocol")
            config.proxy_protocol = list(value)
        elif key in _TOP_KEYS:
            value = _check_type(where, value, _TOP_KEYS[key])
            if key == "listen":
                config.listen_host, config.listen_port = parse_listen(value)
            else:
                setattr(config, key, value)
        else:
            raise _unknown(where, [*_TOP_KEYS, *_TABLES])


def _apply_upstream_tls(settings: UpstreamTls, value: Any) -> None:
    if not isinstance(value, dict):
        raise ConfigError("upstream_tls: expected a table")
    for key, item in value.items():
        if key not in _UPSTREAM_TLS_KEYS:
            raise _unknown(f"upstream_tls.{key}", _UPSTREAM_TLS_KEYS)
        if key == "ca":
            settings.ca = _check_type("upstream_tls.ca", item, str)
            continue
        items = [item] if isinstance(item, str) else item
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ConfigError("upstream_tls.fingerprint: expected a fingerprint or a list of them")
        settings.fingerprint = [parse_fingerprint(i) for i in items]


def _validate_upstream_tls(config: GatewayConfig) -> None:
    tls = config.upstream_tls
    if tls.ca is None and not tls.fingerprint:
        return
    scheme, _, rest = config.upstream.partition(":")
    if scheme.lower() not in ("smtp+starttls", "smtps"):
        raise ConfigError(
            "upstream_tls: ca and fingerprint are for smtp+starttls:// and smtps://, the "
            f"upstreams that check the certificate; {scheme}: does not (smtp:// encrypts "
            "when it can and never checks, like Postfix's `may`)"
        )
    if re.search(r"[?&]verify=(no|0|false)\b", rest, re.IGNORECASE):
        raise ConfigError("upstream_tls: ?verify=no in upstream turns off the check it sets")
    if tls.ca is not None and tls.fingerprint:
        raise ConfigError(
            "upstream_tls: set ca or fingerprint, not both (a pinned certificate is accepted "
            "whoever signed it)"
        )
    if tls.ca is not None:
        try:
            ssl.create_default_context(cafile=tls.ca)
        except FileNotFoundError:
            raise ConfigError(f"upstream_tls.ca: no such file {tls.ca}") from None
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(
                f"upstream_tls.ca: cannot load {tls.ca} as PEM certificates: {exc}"
            ) from None


def _validate_logs(config: GatewayConfig) -> None:
    from gateway.logs import FACILITIES, syslog_address

    if config.log_file is not None and not config.log_file.strip():
        raise ConfigError("log_file: empty; leave the key out to log to stdout only")
    if config.log_syslog is not None:
        try:
            syslog_address(config.log_syslog)
        except ValueError as exc:
            raise ConfigError(f"log_syslog: {exc}") from None
    if config.log_syslog_facility not in FACILITIES:
        raise ConfigError(
            f"log_syslog_facility: must be one of {', '.join(sorted(FACILITIES))}, "
            f"got {config.log_syslog_facility!r}"
        )


def _profile(name: str, table: dict[str, Any]) -> Profile:
    profile = Profile(name)
    for key, value in table.items():
        where = f"profiles.{name}.{key}"
        if key not in _PROFILE_KEYS:
            raise _unknown(where, _PROFILE_KEYS)
        value = _check_type(where, value, _PROFILE_KEYS[key])
        if isinstance(value, list):
            if not all(isinstance(v, str) and v.strip() for v in value):
                raise ConfigError(f"{where}: expected a list of strings")
            value = [v.strip() for v in value]
            if key == "sender_domains":
                value = [v.lower().removeprefix("@") for v in value]
        setattr(profile, key, value)
    return profile


def _validate_profiles(config: GatewayConfig) -> None:
    """Each profile matches someone, each user and domain belongs to one profile only,
    every user has a password, every address is an address."""
    users: dict[str, str] = {}
    domains: dict[str, str] = {}
    for name, profile in config.profiles.items():
        where = f"profiles.{name}"
        if not profile.users and not profile.sender_domains:
            raise ConfigError(
                f"{where}: matches no mail: give it users = [...] (AUTH user names) "
                "and/or sender_domains = [...]"
            )
        for user in profile.users:
            if user not in config.auth_users:
                raise ConfigError(
                    f"{where}.users: {user!r} is not a user of [auth.users]"
                    + (
                        f" (the users are: {', '.join(sorted(config.auth_users))})"
                        if config.auth_users
                        else " (there are none)"
                    )
                )
            if user in users:
                raise ConfigError(
                    f"{where}.users: {user!r} is already in profiles.{users[user]}; "
                    "a user belongs to one profile"
                )
            users[user] = name
        for domain in profile.sender_domains:
            if "@" in domain or " " in domain or "." not in domain:
                raise ConfigError(
                    f"{where}.sender_domains: {domain!r} is not a domain (e.g. brand-a.example)"
                )
            if domain in domains:
                raise ConfigError(
                    f"{where}.sender_domains: {domain!r} is already in profiles."
                    f"{domains[domain]}; a domain belongs to one profile"
                )
            domains[domain] = name
        if profile.mode is not None and profile.mode not in MODES:
            raise ConfigError(
                f"{where}.mode: must be one of {', '.join(MODES)}, got {profile.mode!r}"
            )
        if profile.report_address is not None and not _is_address(profile.report_address):
            raise ConfigError(
                f"{where}.report_address: not an e-mail address: {profile.report_address!r}"
            )
        for sender in profile.approved_senders or []:
            if not _is_address(sender) and not _is_address("x" + sender):
                raise ConfigError(
                    f'{where}.approved_senders: {sender!r} is neither an address nor "@domain"'
                )


def load_profile_policies(config: GatewayConfig, default: Policy) -> None:
    """Give each profile its policy: the top-level one, or its own `policy_file` (else
    the top-level file) with its `approved_senders`. Raises ConfigError naming the
    profile. A file named by several profiles is read once."""
    files: dict[str | None, Policy] = {config.policy_file: default}
    for name, profile in config.profiles.items():
        if not profile.own_policy:
            profile.policy = default
            continue
        path = profile.policy_file or config.policy_file
        try:
            if path not in files:
                files[path] = policy_from_file(path)
        except ConfigError as exc:
            raise ConfigError(f"profiles.{name}.policy_file: {exc}") from None
        policy = files[path]
        if profile.approved_senders is not None:
            data = copy.deepcopy(policy.data)
            data["rules"]["addr.sender_not_approved"]["approved_senders"] = list(
                profile.approved_senders
            )
            policy = Policy(data, f"{policy.source} + profiles.{name}.approved_senders")
        profile.policy = policy


def own_policies(config: GatewayConfig) -> dict[str, Policy]:
    """The profiles whose policy is their own (the engine holds those besides the main one)."""
    return {name: p.policy for name, p in config.profiles.items() if p.own_policy and p.policy}


def _validate(config: GatewayConfig) -> None:
    if config.mode not in MODES:
        raise ConfigError(f"mode: must be one of {', '.join(MODES)}, got {config.mode!r}")
    if config.non_amazon not in NON_AMAZON:
        raise ConfigError(
            f"non_amazon: must be one of {', '.join(NON_AMAZON)}, got {config.non_amazon!r}"
        )
    if config.report_language not in ("auto", *LANGUAGES):
        raise ConfigError(
            f"report_language: must be auto or one of {', '.join(LANGUAGES)}, "
            f"got {config.report_language!r}"
        )
    if config.log_level.lower() not in ("debug", "info", "warning", "error"):
        raise ConfigError(
            f"log_level: must be debug, info, warning or error, got {config.log_level!r}"
        )
    _validate_logs(config)
    scheme = config.upstream.split(":", 1)[0].lower()
    if scheme not in ("smtp", "smtp+starttls", "smtps", "maildir"):
        raise ConfigError(
            f"upstream: expected smtp://, smtp+starttls://, smtps:// or maildir:PATH, "
            f"got {config.upstream!r}"
        )
    _validate_upstream_tls(config)
    if not config.store.startswith("sqlite:") and not config.store.startswith("postgres"):
        raise ConfigError(
            f"store: expected sqlite:///PATH or postgresql://USER:PASSWORD@HOST/DB, "
            f"got {config.store!r}"
        )
    if (config.tls_cert is None) != (config.tls_key is None):
        raise ConfigError("tls: set both `cert` and `key`, or neither")
    for key in ("cert", "key"):
        path = getattr(config, f"tls_{key}")
        if path is not None and not Path(path).is_file():
            raise ConfigError(f"tls.{key}: no such file {path}")
    if config.require_tls and not config.tls_enabled:
        raise ConfigError("tls.require: needs tls.cert and tls.key")
    lim = config.limits
    for name in Limits.__slots__:
        value = getattr(lim, name)
        if isinstance(value, (int, float)) and value <= 0:
            raise ConfigError(f"limits.{name}: must be greater than 0")
    if lim.max_sessions_per_client > lim.max_sessions:
        raise ConfigError("limits.max_sessions_per_client: must not exceed limits.max_sessions")
    if lim.data_timeout >= lim.session_timeout:
        raise ConfigError("limits.data_timeout: must be shorter than limits.session_timeout")
    if lim.engine_timeout >= lim.data_timeout:
        raise ConfigError("limits.engine_timeout: must be shorter than limits.data_timeout")
    if lim.idle_timeout > lim.session_timeout:
        raise ConfigError("limits.idle_timeout: must not exceed limits.session_timeout")
    if lim.busy_idle_timeout > lim.idle_timeout:
        raise ConfigError("limits.busy_idle_timeout: must not exceed limits.idle_timeout")
    if lim.max_session_time < lim.idle_timeout:
        raise ConfigError("limits.max_session_time: must not be shorter than limits.idle_timeout")
    if lim.auth_lockout > lim.auth_lockout_max:
        raise ConfigError("limits.auth_lockout: must not exceed limits.auth_lockout_max")
    if lim.engine_mode not in ("process", "thread"):
        raise ConfigError('limits.engine_mode: must be "process" or "thread"')
    ret = config.retention
    for name in RetentionSettings.__slots__:
        if getattr(ret, name) <= 0:
            raise ConfigError(f"retention.{name}: must be greater than 0")
    mon = config.monitor
    if mon.digest_to is not None and not _is_address(mon.digest_to):
        raise ConfigError(f"monitor.digest_to: not an e-mail address: {mon.digest_to!r}")
    if mon.digest_interval < 1:
        raise ConfigError("monitor.digest_interval: must be at least 1 second")
    if not 0 <= mon.digest_examples <= 100:
        raise ConfigError("monitor.digest_examples: must be between 0 and 100")
    _validate_profiles(config)
    for name in QueueSettings.__slots__:
        if getattr(config.queue, name) <= 0:
            raise ConfigError(f"queue.{name}: must be greater than 0")
    if config.queue.max_interval < config.queue.first_retry:
        raise ConfigError("queue.max_interval: must not be shorter than queue.first_retry")
    parse_networks(config.proxy_protocol, "proxy_protocol")
    if not 0 < config.metrics.ready_timeout <= 30:
        raise ConfigError("metrics.ready_timeout: must be between 0 and 30 seconds")
    if not 0 <= config.metrics.ready_cache <= 300:
        raise ConfigError("metrics.ready_cache: must be between 0 and 300 seconds")
    if config.metrics.enabled and (
        (config.metrics.host, config.metrics.port) == (config.listen_host, config.listen_port)
        and config.listen_port != 0
    ):
        raise ConfigError("metrics.listen: must differ from listen (the SMTP address)")
    loopback = is_loopback(config.listen_host)
    if not loopback and not config.auth_enabled:
        raise ConfigError(
            f"listen: refusing to listen on {config.listen} without AUTH: anyone who can reach "
            "it could send mail through your smarthost (an open relay). Listen on 127.0.0.1, "
            "or add users under [auth.users] (and a TLS certificate under [tls])"
        )
    if config.auth_enabled and not loopback and not config.tls_enabled:
        raise ConfigError(
            "tls: AUTH on a non-loopback address needs a TLS certificate (tls.cert, tls.key) "
            "so that passwords never cross the network in clear"
        )


def _is_address(text: str) -> bool:
    """A bare addr-spec (local@domain, no spaces or brackets): what an envelope takes."""
    local, at, domain = text.rpartition("@")
    return bool(at and local and domain) and not any(c.isspace() or c in "<>,;" for c in text)


def validate(config: GatewayConfig) -> None:
    """Raise ConfigError naming the key if `config` is unsafe or inconsistent (a reload
    checks the running listen/store/upstream together with the new file's other keys)."""
    _validate(config)


def check_reload(running: GatewayConfig, new: GatewayConfig) -> None:
    """Raise ConfigError if `new`, read again for a reload, leaves out a top-level setting
    or table the running configuration's file set, unless it says `reset_missing = true`.
    An empty or cut-off file (a config tool that writes in place, a full disk) would
    otherwise put every setting it lost back to its default without a word."""
    missing = sorted(running.file_keys - new.file_keys)
    if not missing or new.reset_missing:
        return
    shown = {"auth": "[auth.users]", "proxy_protocol": "proxy_protocol"}
    names = ", ".join(shown.get(k, f"[{k}]" if k in _TABLES else k) for k in missing)
    empty = "is empty" if not new.file_keys else f"leaves out {names}"
    raise ConfigError(
        f"config file {new.source} {empty}, which the running configuration sets; "
        "nothing was changed. To put them back to their defaults on purpose, add "
        "`reset_missing = true` to the file (or restart the gateway)"
    )


def load_config(path: str | None, overrides: dict[str, Any] | None = None) -> GatewayConfig:
    """Defaults, then the TOML file at `path` (if any), then `overrides` (flag name → value,
    None values ignored). Raises ConfigError naming the bad key."""
    config = GatewayConfig()
    if path is not None:
        text = read_text_file(path, "config file")
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path}: {exc}") from None
        _apply(config, data)
        config.source = path
        config.file_keys = frozenset(data) - {"reset_missing"}
    _apply(config, {k: v for k, v in (overrides or {}).items() if v is not None})
    if not config.hostname:
        config.hostname = socket.gethostname() or "localhost"  # once, never per connection
    _validate(config)
    return config


# -- password hashes -------------------------------------------------------------------

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str) -> str:
    """A salted scrypt hash in the format `[auth.users]` expects."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def format_hash(scheme: str, params: tuple[int, ...], salt: bytes, digest: bytes) -> str:
    """The text of a hash as `[auth.users]` holds it (the inverse of `parse_hash`)."""
    return "$".join([scheme, *(str(p) for p in params), _b64(salt), _b64(digest)])


def parse_hash(hashed: str) -> tuple[str, tuple[int, ...], bytes, bytes]:
    """(scheme, numeric parameters, salt, digest); ValueError if it is not a known hash."""
    parts = hashed.split("$")
    try:
        if parts[0] == "scrypt" and len(parts) == 6:
            params = tuple(int(p) for p in parts[1:4])
            return "scrypt", params, base64.b64decode(parts[4]), base64.b64decode(parts[5])
        if parts[0] == "pbkdf2_sha256" and len(parts) == 4:
            return (
                "pbkdf2_sha256",
                (int(parts[1]),),
                base64.b64decode(parts[2]),
                base64.b64decode(parts[3]),
            )
    except ValueError:
        pass
    raise ValueError(
        "not a password hash (expected scrypt$… or pbkdf2_sha256$…; "
        "make one with `bsm-gateway hash-password`)"
    )


def verify_password(hashed: str, password: bytes) -> bool:
    """Constant-time check of `password` against a stored hash. CPU-heavy on purpose: call it
    off the event loop."""
    try:
        scheme, params, salt, digest = parse_hash(hashed)
    except ValueError:
        return False
    if scheme == "scrypt":
        n, r, p = params
        actual = hashlib.scrypt(
            password, salt=salt, n=n, r=r, p=p, dklen=len(digest), maxmem=256 * 1024 * 1024
        )
    else:
        actual = hashlib.pbkdf2_hmac("sha256", password, salt, params[0], len(digest))
    return hmac.compare_digest(actual, digest)


def describe(config: GatewayConfig) -> dict[str, Any]:
    """The effective settings, secrets left out (for `check-config` and the start-up log)."""
    return {
        "source": config.source,
        "listen": config.listen,
        "hostname": config.hostname,
        "upstream": _redact_url(config.upstream),
        "upstream_tls": {
            "ca": config.upstream_tls.ca,
            "fingerprint": config.upstream_tls.fingerprint,
        },
        "store": config.store,
        "mode": config.mode,
        "non_amazon": config.non_amazon,
        "report_address": config.report_address,
        "report_language": config.report_language,
        "policy_file": config.policy_file,
        "tls": config.tls_enabled,
        "require_tls": config.require_tls,
        "auth_users": sorted(config.auth_users),
        "limits": {name: getattr(config.limits, name) for name in Limits.__slots__},
        "metrics": {
            "listen": config.metrics.listen,
            "ready_timeout": config.metrics.ready_timeout,
            "ready_cache": config.metrics.ready_cache,
        },
        "retention": {
            name: getattr(config.retention, name) for name in RetentionSettings.__slots__
        },
        "monitor": {name: getattr(config.monitor, name) for name in MonitorSettings.__slots__},
        "profiles": {
            name: {
                "users": p.users,
                "sender_domains": p.sender_domains,
                "approved_senders": p.approved_senders,
                "report_address": p.report_address,
                "policy_file": p.policy_file,
                "mode": p.mode,
            }
            for name, p in config.profiles.items()
        },
        "queue": {name: getattr(config.queue, name) for name in QueueSettings.__slots__},
        "proxy_protocol": config.proxy_protocol,
        "log_file": config.log_file,
        "log_syslog": config.log_syslog,
        "log_syslog_facility": config.log_syslog_facility,
        "pid": os.getpid(),
    }


# Settings a running gateway cannot change (SIGHUP): they need a restart.
RESTART_ONLY = (
    "listen",
    "store",
    "upstream",
    "upstream_tls.ca",
    "upstream_tls.fingerprint",
    "metrics.listen",
    "limits.engine_workers",
    "limits.engine_mode",
    "limits.engine_cpu_seconds",
    "limits.engine_memory_mb",
    "limits.max_upstream_connections",
    "limits.max_large_at_once",
    "limits.upstream_connect_timeout",
    "limits.upstream_timeout",
)


def _setting(config: GatewayConfig, key: str) -> Any:
    if key == "listen":
        return config.listen
    if key == "metrics.listen":
        return config.metrics.listen
    if key.startswith("limits."):
        return getattr(config.limits, key.removeprefix("limits."))
    if key.startswith("upstream_tls."):
        return getattr(config.upstream_tls, key.removeprefix("upstream_tls."))
    return getattr(config, key)


def restart_only_changes(old: GatewayConfig, new: GatewayConfig) -> list[str]:
    """The settings in RESTART_ONLY whose value differs between `old` and `new`."""
    return [key for key in RESTART_ONLY if _setting(old, key) != _setting(new, key)]


def keep_restart_only(old: GatewayConfig, new: GatewayConfig) -> None:
    """Copy the RESTART_ONLY settings of `old` into `new` (a reload applies the rest)."""
    new.listen_host, new.listen_port = old.listen_host, old.listen_port
    new.store, new.upstream = old.store, old.upstream
    new.upstream_tls = UpstreamTls(old.upstream_tls.ca, list(old.upstream_tls.fingerprint))
    new.metrics.host, new.metrics.port = old.metrics.host, old.metrics.port
    for key in RESTART_ONLY:
        if key.startswith("limits."):
            name = key.removeprefix("limits.")
            setattr(new.limits, name, getattr(old.limits, name))


def _redact_url(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    if sep and "@" in rest:
        creds, _, host = rest.rpartition("@")
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}"
    return url
