"""`make eval`: the engine's judgment measured on the labelled corpus in tests/eval/corpus/.

Each writer's folder holds `messages/*.eml` and `labels.jsonl`; a label says whether the
message is legitimate (the right outcome is to relay it unchanged) or a violation, and
which rule ids describe the violation. Labels were written before the engine saw the
message and are never edited to match it.

What counts, per message:
- a legitimate message is right when it is relayed: passed (warnings are fine) or
  rewritten (something stripped, such as the seller's own address in a quoted header);
  blocked is a *false block*. Rewrites of legitimate mail are counted and listed apart,
  since a strip the writer did not expect can still take something the buyer needed;
- a violation is *missed* when it passes unchanged, and right when it is blocked or
  rewritten and at least one of its labelled rules fired (else *wrong rule*: the report
  would give the agent the wrong advice).
Per rule: a labelled rule that fired is a true positive, one that did not a false
negative; a rule that blocked or stripped where it was not labelled a false positive
(warnings are advisory and not counted against a rule).

Usage: python scripts/evaluate.py [--split dev|holdout|all] [--quiet] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from email import message_from_bytes
from email import policy as email_policy
from email.utils import getaddresses
from pathlib import Path

from policies import Envelope, evaluate, load_policy
from policies.config import Policy
from policies.verdict import Action, Outcome

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "eval" / "corpus"
OUTCOMES = ("right", "false block", "missed", "wrong rule")


@dataclass
class Label:
    id: str
    path: Path
    lang: str
    split: str
    expect: str
    rules: list[str]
    kind: str
    note: str


@dataclass
class Result:
    label: Label
    outcome: str  # one of OUTCOMES
    verdict: str
    fired: set[str] = field(default_factory=set)  # rules that blocked or stripped
    warned: set[str] = field(default_factory=set)


def load_labels(corpus: Path) -> list[Label]:
    labels: list[Label] = []
    for labels_file in sorted(corpus.glob("*/labels.jsonl")):
        for line in labels_file.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            labels.append(
                Label(
                    id=item["id"],
                    path=labels_file.parent / item["file"],
                    lang=item["lang"],
                    split=item["split"],
                    expect=item["expect"],
                    rules=list(item.get("rules", [])),
                    kind=item.get("kind", ""),
                    note=item.get("note", ""),
                )
            )
    return labels


def envelope_of(raw: bytes) -> Envelope:
    """The envelope a helpdesk would use: the From address to the To addresses."""
    msg = message_from_bytes(raw, policy=email_policy.compat32)
    senders = [a for _, a in getaddresses([str(msg.get("From", ""))]) if a]
    rcpts = [a for _, a in getaddresses([str(v) for v in msg.get_all("To", [])]) if a]
    return Envelope(mail_from=senders[0] if senders else "", rcpt_tos=rcpts)


def judge(label: Label, policy: Policy) -> Result:
    raw = label.path.read_bytes()
    verdict = evaluate(raw, envelope_of(raw), policy)
    fired = {f.rule for f in verdict.findings if f.action is not Action.WARN}
    warned = {f.rule for f in verdict.findings if f.action is Action.WARN}
    result = Result(label, "right", verdict.outcome.value, fired, warned)
    if label.expect == "legit":
        if verdict.outcome is Outcome.BLOCK:
            result.outcome = "false block"
    elif verdict.outcome is Outcome.PASS:
        result.outcome = "missed"
    elif not set(label.rules) & (fired | warned):
        result.outcome = "wrong rule"
    return result


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def report(results: list[Result], title: str, quiet: bool) -> None:
    print(f"\n== {title}: {len(results)} messages")
    if not results:
        return
    by_lang: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        by_lang[r.label.lang].append(r)
    print(
        f"{'lang':<5} {'msgs':>5} {'right':>7} {'false block':>12} {'missed':>8} {'wrong rule':>11}"
    )
    for lang in [*sorted(by_lang), "all"]:
        rs = results if lang == "all" else by_lang[lang]
        legit = [r for r in rs if r.label.expect == "legit"]
        bad = [r for r in rs if r.label.expect != "legit"]
        right = sum(r.outcome == "right" for r in rs)
        false_block = sum(r.outcome == "false block" for r in legit)
        missed = sum(r.outcome == "missed" for r in bad)
        wrong = sum(r.outcome == "wrong rule" for r in bad)
        print(
            f"{lang:<5} {len(rs):>5} {_pct(right, len(rs)):>7} "
            f"{_pct(false_block, len(legit)):>12} {_pct(missed, len(bad)):>8} "
            f"{_pct(wrong, len(bad)):>11}"
        )
    rewritten = [r for r in results if r.label.expect == "legit" and r.verdict == "rewrite"]
    print(f"legitimate messages relayed rewritten: {len(rewritten)}")

    tp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    for r in results:
        expected = set(r.label.rules)
        seen = r.fired | r.warned
        for rule in expected:
            (tp if rule in seen else fn)[rule] += 1
        for rule in r.fired - expected:
            fp[rule] += 1
    print(f"\n{'rule':<32} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
    for rule in sorted(set(tp) | set(fn) | set(fp)):
        found, extra, lost = tp[rule], fp[rule], fn[rule]
        print(
            f"{rule:<32} {_pct(found, found + extra):>9} {_pct(found, found + lost):>7} "
            f"{found:>4} {extra:>4} {lost:>4}"
        )
    if quiet:
        return
    mistakes = [r for r in results if r.outcome != "right"]
    if mistakes:
        print("\nwrong verdicts:")
    for r in mistakes:
        lab = r.label
        print(
            f"  {lab.id} [{lab.lang}] {r.outcome}: expected {lab.expect} {lab.rules}, "
            f"got {r.verdict} {sorted(r.fired)}  ({lab.note})"
        )
    if rewritten:
        print("\nlegitimate messages relayed rewritten:")
    for r in rewritten:
        print(f"  {r.label.id} [{r.label.lang}] stripped by {sorted(r.fired)}  ({r.label.note})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "holdout", "all"), default="all")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--quiet", action="store_true", help="figures only, no message list")
    args = parser.parse_args(argv)
    labels = load_labels(args.corpus)
    if not labels:
        print(f"no labelled messages under {args.corpus}", file=sys.stderr)
        return 1
    policy = load_policy()
    results = [judge(label, policy) for label in labels]
    for split in ("dev", "holdout") if args.split == "all" else (args.split,):
        report([r for r in results if r.label.split == split], split, args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
