"""Server-side subcommands of `bsm-gateway`: serve, quarantine, queue, check-config,
hash-password.

`gateway.cli.build_parser` calls `register(subparsers)`.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import os
import sys
from datetime import timedelta
from typing import Any

from gateway.config import (
    ConfigError,
    GatewayConfig,
    describe,
    hash_password,
    load_config,
    load_profile_policies,
    policy_from_file,
)
from gateway.exits import (
    EXIT_CONFIG,
    EXIT_OK,
    EXIT_SOFTWARE,
    EXIT_UNAVAILABLE,
    fail,
    read_policy,
)
from policies import Policy

EXIT_NOT_FOUND = 1


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "listen": getattr(args, "listen", None),
        "upstream": getattr(args, "upstream", None),
        "store": getattr(args, "store", None),
    }


def _config(args: argparse.Namespace) -> GatewayConfig:
    try:
        return load_config(args.config, _overrides(args))
    except ConfigError as exc:
        fail(f"configuration: {exc}", EXIT_CONFIG)


def _add_config_flags(parser: argparse.ArgumentParser, *, server: bool) -> None:
    parser.add_argument("--config", metavar="FILE", help="gateway config file (TOML)")
    if server:
        parser.add_argument("--listen", metavar="HOST:PORT", help="address to listen on")
        parser.add_argument("--upstream", metavar="URL", help="smtp://, smtps://, maildir:PATH")
    parser.add_argument(
        "--store", metavar="URL", help="sqlite:///PATH or postgresql://USER:PASSWORD@HOST/DB"
    )


# -- serve ------------------------------------------------------------------------------


def load_files(
    path: str | None, overrides: dict[str, Any], policy_path: str | None = None
) -> tuple[GatewayConfig, Policy]:
    """The gateway config and the policy it names (or `policy_path`), both validated, and
    each profile's policy. Raises ConfigError naming the file and the key (a reload must
    not exit)."""
    config = load_config(path, overrides)
    policy = policy_from_file(policy_path or config.policy_file)
    load_profile_policies(config, policy)
    return config, policy


def cmd_serve(args: argparse.Namespace) -> int:
    from gateway import logs
    from gateway.app import Gateway, StartupError

    config = _config(args)
    policy = read_policy(config.policy_file)
    try:
        load_profile_policies(config, policy)
    except ConfigError as exc:
        fail(f"configuration: {exc}", EXIT_CONFIG)
    try:
        outputs = logs.Outputs(config.log_file, config.log_syslog, config.log_syslog_facility)
    except logs.OutputError as exc:
        fail(str(exc), EXIT_UNAVAILABLE)
    logs.configure(config.log_level, outputs=outputs)
    overrides = _overrides(args)

    def load() -> tuple[GatewayConfig, Policy]:
        return load_files(args.config, overrides)

    try:
        asyncio.run(Gateway(config, policy).run(load))
    except StartupError as exc:
        fail(str(exc), EXIT_UNAVAILABLE)
    return EXIT_OK


# -- check-config -----------------------------------------------------------------------


def cmd_check_config(args: argparse.Namespace) -> int:
    """Validate the gateway config and its policy file (or --policy); on a mistake, one
    line naming the file and the key, exit 78."""
    try:
        config, policy = load_files(args.config, _overrides(args), args.policy)
    except ConfigError as exc:
        message = str(exc)
        if args.config is None or args.config in message:
            fail(message, EXIT_CONFIG)
        fail(f"{args.config}: {message}", EXIT_CONFIG)
    shown = describe(config)
    shown["policy_file"] = policy.source if args.policy or config.policy_file else None
    print(json.dumps(shown, indent=2, ensure_ascii=False))
    print("configuration OK", file=sys.stderr)
    return EXIT_OK


def cmd_hash_password(args: argparse.Namespace) -> int:
    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            fail("the passwords differ", EXIT_CONFIG)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        fail("empty password", EXIT_CONFIG)
    print(hash_password(password))
    return EXIT_OK


# -- quarantine -------------------------------------------------------------------------


def _who() -> str:
    for name in ("SUDO_USER", "USER", "LOGNAME"):
        if os.environ.get(name):
            return os.environ[name]
    return f"uid {os.getuid()}"


async def _with_store(config: GatewayConfig, work: Any) -> int:
    from gateway.store import Store, StoreError

    try:
        store = await Store.open(config.store)
    except StoreError as exc:
        fail(str(exc), EXIT_UNAVAILABLE)
    try:
        code: int = await work(store)
        return code
    except StoreError as exc:
        fail(str(exc), EXIT_SOFTWARE)
    finally:
        await store.close()


def _json_line(item: Any, **more: Any) -> str:
    """One held message as a JSON line (`quarantine list`, `queue list`): the fields both
    lists share, then the list's own."""
    shared = {
        "id": item.id,
        "ref": item.ref,
        "created": item.created,
        "from": item.mail_from,
        "to": item.rcpt_tos,
        "subject": item.subject,
        "size": item.size,
    }
    return json.dumps(shared | more, ensure_ascii=False)


def cmd_quarantine(args: argparse.Namespace) -> int:
    config = _config(args)
    action = args.action

    async def do_list(store: Any) -> int:
        items = await store.quarantine_list()
        if args.format == "json":
            for item in items:
                print(
                    _json_line(
                        item,
                        rules=item.rule_ids,
                        released_at=item.released_at,
                        released_by=item.released_by,
                        forced=item.forced,
                    )
                )
            return EXIT_OK
        if not items:
            print("The quarantine is empty.")
            return EXIT_OK
        for item in items:
            state = f"released {item.released_at[:16]}" if item.released else "held"
            print(
                f"{item.id}  {item.created[:16]}  {state:<8}  {item.mail_from or '<>'} → "
                f"{', '.join(item.rcpt_tos)}  [{', '.join(item.rule_ids)}]  {item.subject}"
            )
        return EXIT_OK

    async def do_show(store: Any) -> int:
        item = await store.quarantine_get(args.id)
        if item is None:
            print(f"There is no quarantined message {args.id}.", file=sys.stderr)
            return EXIT_NOT_FOUND
        if args.raw:
            sys.stdout.buffer.write(item.raw or b"")
            return EXIT_OK
        print(f"Quarantine id: {item.id}   reference: {item.ref}   received: {item.created}")
        print(f"From (envelope): {item.mail_from or '<>'}")
        print(f"To (envelope):   {', '.join(item.rcpt_tos)}")
        print(f"Subject:         {item.subject}")
        print(f"Size:            {item.size} bytes")
        if item.released:
            forced = " (forced)" if item.forced else ""
            print(f"Released:        {item.released_at} by {item.released_by}{forced}")
        print("Findings:")
        for f in item.verdict.get("findings", []):
            print(f"  {f.get('action', '?'):<5} {f.get('rule')}   [{f.get('location', '')}]")
            print(f"        {f.get('message', '')}")
            if f.get("evidence"):
                print(f"        > {f['evidence']}")
        print("(use --raw to print the message itself)")
        return EXIT_OK

    async def do_delete(store: Any) -> int:
        if await store.quarantine_delete(args.id):
            print(f"Deleted {args.id}.")
            return EXIT_OK
        print(f"There is no quarantined message {args.id}.", file=sys.stderr)
        return EXIT_NOT_FOUND

    async def do_release(store: Any) -> int:
        from gateway import logs
        from gateway.quarantine import release
        from gateway.relay import upstream_from_url

        # The quarantine.release event: on stderr for the operator, and in the gateway's
        # log file and syslog (log_file, log_syslog) beside the events of `serve`.
        try:
            outputs = logs.Outputs(config.log_file, config.log_syslog, config.log_syslog_facility)
        except logs.OutputError as exc:
            fail(str(exc), EXIT_UNAVAILABLE)
        logs.configure(config.log_level, stream=sys.stderr, outputs=outputs)
        policy = read_policy(config.policy_file)
        upstream = upstream_from_url(
            config.upstream,
            local_hostname=config.hostname,
            connect_timeout=config.limits.upstream_connect_timeout,
            timeout=config.limits.upstream_timeout,
            ca_file=config.upstream_tls.ca,
            fingerprints=config.upstream_tls.fingerprint,
        )
        try:
            result = await release(
                store, args.id, policy=policy, upstream=upstream, who=_who(), force=args.force
            )
        finally:
            await upstream.close()
        print(result.message)
        for reason in result.reasons:
            print(f"  - {reason}")
        if result.ok:
            return EXIT_OK
        return EXIT_NOT_FOUND if result.status == "not_found" else 2

    async def do_purge(store: Any) -> int:
        days = args.older_than
        deleted = await store.quarantine_purge(timedelta(days=days))
        print(
            f"Deleted {deleted} quarantined message{'s' if deleted != 1 else ''} "
            f"older than {days:g} days."
        )
        return EXIT_OK

    work = {
        "list": do_list,
        "show": do_show,
        "delete": do_delete,
        "release": do_release,
        "purge": do_purge,
    }
    return asyncio.run(_with_store(config, work[action]))


# -- queue ------------------------------------------------------------------------------


def cmd_queue(args: argparse.Namespace) -> int:
    """`queue list`: what the gateway accepted and still has to deliver (gateway.retry)."""
    config = _config(args)

    async def do_list(store: Any) -> int:
        items = await store.retry_list()
        if args.format == "json":
            for item in items:
                print(
                    _json_line(
                        item,
                        attempts=item.attempts,
                        next_attempt=item.next_attempt,
                        last_error=item.last_error,
                        claimed_by=item.claimed_by,
                    )
                )
            return EXIT_OK
        if not items:
            print("The retry queue is empty.")
            return EXIT_OK
        for item in items:
            state = "sending" if item.claimed_by else f"next {item.next_attempt[:16]}"
            print(
                f"{item.id}  {item.created[:16]}  {item.attempts} attempt(s), {state}  "
                f"{item.mail_from or '<>'} → {', '.join(item.rcpt_tos)}  {item.subject}"
            )
            print(f"    last error: {item.last_error}")
        return EXIT_OK

    return asyncio.run(_with_store(config, do_list))


def _days(text: str) -> float:
    try:
        days = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of days, got {text!r}") from None
    if not days >= 0:
        raise argparse.ArgumentTypeError(f"expected a number of days >= 0, got {text!r}")
    return days


# -- registration -----------------------------------------------------------------------


def register(sub: Any) -> None:
    serve = sub.add_parser(
        "serve",
        help="run the SMTP gateway",
        description="Accept SMTP from the helpdesk, check mail to Amazon buyers, relay, strip "
        "or block it. With no options it listens on 127.0.0.1:2525 and delivers into the "
        "Maildir ./var/outbox. Logs are JSON lines on stdout.",
    )
    _add_config_flags(serve, server=True)
    serve.set_defaults(func=cmd_serve)

    check = sub.add_parser(
        "check-config",
        help="validate the gateway config file and its policy file, print the effective settings",
        description="Load the config (and the policy file it names, or --policy) exactly as "
        "`serve` would. On a mistake: one line naming the file and the key, exit 78. "
        "Use it before `systemctl reload bsm-gateway`.",
    )
    _add_config_flags(check, server=True)
    check.add_argument("--policy", metavar="FILE", help="check this policy file instead")
    check.set_defaults(func=cmd_check_config)

    hashpw = sub.add_parser(
        "hash-password",
        help="print a password hash for [auth.users] (reads the password from the terminal "
        "or the first line of stdin)",
    )
    hashpw.set_defaults(func=cmd_hash_password)

    quarantine = sub.add_parser(
        "quarantine",
        help="list, show, release, delete or purge blocked messages",
        description="Blocked messages are kept in the store. `release` checks the message "
        "again with the current rules and sends it only if it now complies, unless "
        "--force (recorded with who and when).",
    )
    _add_config_flags(quarantine, server=False)
    qsub = quarantine.add_subparsers(dest="action", metavar="ACTION", required=True)
    qlist = qsub.add_parser("list", help="list quarantined messages")
    qlist.add_argument("--format", choices=["text", "json"], default="text")
    qshow = qsub.add_parser("show", help="show one message's findings")
    qshow.add_argument("id", metavar="ID")
    qshow.add_argument("--raw", action="store_true", help="print the original message")
    qrel = qsub.add_parser("release", help="check again and send a quarantined message")
    qrel.add_argument("id", metavar="ID")
    qrel.add_argument("--force", action="store_true", help="send even if it still breaks rules")
    qdel = qsub.add_parser("delete", help="delete a quarantined message")
    qdel.add_argument("id", metavar="ID")
    qpurge = qsub.add_parser(
        "purge",
        help="delete every quarantined message (held or released) older than DAYS",
        description="What the gateway's retention does every [retention] interval, now and "
        "with your own age. Deletes in short batches: safe while gateways run.",
    )
    qpurge.add_argument(
        "--older-than", metavar="DAYS", type=_days, required=True, help="age in days (e.g. 30)"
    )
    quarantine.set_defaults(func=cmd_quarantine)

    queue = sub.add_parser(
        "queue",
        help="list mail accepted and waiting for a retry",
        description="Mail the gateway accepted (250) for recipients the next hop refused "
        "for now is kept in the store and retried in the background ([queue] in the "
        "config); after [queue] max_age_days the sender gets a delivery-failure report.",
    )
    _add_config_flags(queue, server=False)
    queue_sub = queue.add_subparsers(dest="action", metavar="ACTION", required=True)
    queue_list = queue_sub.add_parser("list", help="list queued messages, oldest first")
    queue_list.add_argument("--format", choices=["text", "json"], default="text")
    queue.set_defaults(func=cmd_queue)
