"""The `bsm-gateway` command: check and rules here; serve, quarantine, check-config and
hash-password in gateway.commands."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import NoReturn, TextIO

from gateway import commands
from gateway.exits import (
    EXIT_BY_OUTCOME,
    EXIT_NOINPUT,
    EXIT_OK,
    EXIT_SIGPIPE,
    EXIT_USAGE,
    UsageError,
    fail,
    read_policy,
)
from policies import Envelope, Outcome, Verdict, all_rules, evaluate


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _version() -> str:
    try:
        return version("bsm-gateway")
    except PackageNotFoundError:
        return "unknown"


# -- check ----------------------------------------------------------------------------

MARKS = {"block": "✗", "strip": "~", "warn": "!"}


def render_text(name: str, verdict: Verdict, out: TextIO) -> None:
    blocks = sum(1 for f in verdict.findings if f.action == "block")
    strips = sum(1 for f in verdict.findings if f.action == "strip")
    warns = sum(1 for f in verdict.findings if f.action == "warn")
    print(
        f"{name}: {verdict.outcome.upper()}  ({verdict.kind}; {blocks} block, {strips} strip, "
        f"{warns} warn; {verdict.elapsed_ms:.1f} ms)",
        file=out,
    )
    if verdict.outcome is Outcome.PASS and not verdict.findings:
        print("  Nothing to fix: this message can be sent to a buyer as it is.", file=out)
    order = {"block": 0, "strip": 1, "warn": 2}
    for f in sorted(verdict.findings, key=lambda f: order.get(str(f.action), 3)):
        print(
            f"  {MARKS.get(str(f.action), '?')} {f.action:<5} {f.rule}   [{f.location}]", file=out
        )
        print(f"      {f.message}", file=out)
        if f.evidence:
            print(f"      > {f.evidence}", file=out)
    if verdict.outcome is Outcome.REWRITE:
        print(
            "  The gateway would remove the items marked ~ and send the rest "
            "(use --fix OUT.eml to see the result).",
            file=out,
        )
    elif verdict.outcome is Outcome.BLOCK:
        print("  The gateway would NOT send this message: fix the items marked ✗.", file=out)


def cmd_check(args: argparse.Namespace) -> int:
    if args.fix and len(args.files) != 1:
        raise UsageError("--fix takes exactly one input file")
    policy = read_policy(args.policy)
    kind = "reply" if args.reply else "proactive" if args.proactive else None
    worst = EXIT_OK
    for name in args.files:
        try:
            raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        except OSError as exc:
            fail(f"cannot read {name}: {exc.strerror}", EXIT_NOINPUT)
        verdict = evaluate(raw, Envelope(kind=kind), policy)
        if args.format == "json":
            print(json.dumps({"file": name, **verdict.to_dict()}, ensure_ascii=False))
        else:
            render_text(name, verdict, sys.stdout)
        worst = max(worst, EXIT_BY_OUTCOME[verdict.outcome])
        if args.fix:
            _write_fix(args.fix, raw, verdict)
    return worst


def _write_fix(path: str, raw: bytes, verdict: Verdict) -> None:
    if verdict.outcome is Outcome.BLOCK:
        print(f"bsm-gateway: {path} not written: the message is blocked", file=sys.stderr)
        return
    data = verdict.fixed if verdict.fixed is not None else raw
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        fail(f"cannot write {path}: {exc.strerror}", EXIT_NOINPUT + 7)


# -- rules ----------------------------------------------------------------------------


def cmd_rules(args: argparse.Namespace) -> int:
    policy = read_policy(args.policy)
    rules = list(all_rules())
    width = max(len(r.id) for r in rules)
    for r in rules:
        note = " (proactive only)" if r.proactive_only else ""
        print(f"{r.id:<{width}}  {policy.action(r.id):<5}  {r.summary}{note}")
    return 0


# -- argument parsing -------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="bsm-gateway",
        description="SMTP gateway that keeps mail to Amazon buyers within Amazon's "
        "Buyer-Seller Messaging rules.",
    )
    parser.add_argument("--version", action="version", version=f"bsm-gateway {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = sub.add_parser(
        "check",
        help="check messages or templates against the rules",
        description="Check saved messages (.eml) against Amazon's messaging rules. "
        "Exit status: 0 pass, 1 would be rewritten, 2 would be blocked (worst over all "
        "files), 64+ usage error or unreadable file.",
    )
    check.add_argument("files", nargs="+", metavar="FILE.eml", help="message files ('-' = stdin)")
    check.add_argument("--format", choices=["text", "json"], default="text")
    check.add_argument("--policy", metavar="FILE", help="seller policy file (TOML)")
    check.add_argument("--fix", metavar="OUT.eml", help="write the sanitized message here")
    kind = check.add_mutually_exclusive_group()
    kind.add_argument("--reply", action="store_true", help="treat as a reply to the buyer")
    kind.add_argument("--proactive", action="store_true", help="treat as a proactive message")
    check.set_defaults(func=cmd_check)

    rules = sub.add_parser("rules", help="list every rule, its action and what it checks")
    rules.add_argument("--policy", metavar="FILE", help="show actions from this policy file")
    rules.set_defaults(func=cmd_rules)

    commands.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        code: int = args.func(args)
        sys.stdout.flush()
    except UsageError as exc:
        fail(str(exc), EXIT_USAGE)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as `ls | head` does. Python would
        # still try to flush stdout at exit and print a second error: point it at /dev/null.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_SIGPIPE
    return code


if __name__ == "__main__":
    sys.exit(main())
