"""The engine's budgets, end to end through a real gateway on a real socket: a message or an
attachment that cannot be checked within its CPU time or memory is blocked as unreadable
with a permanent answer (never a 451 the client would retry for ever), its worker is
replaced, and the mail sent alongside is answered meanwhile."""

from __future__ import annotations

import io
import time
import zipfile
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bench.corpus import assemble_pdf
from policies import load_policy
from tests.mail import ALIAS, make_message
from tests.netutil import RunningGateway, Sink, make_config
from tests.test_server import send

COMPLIANT = "Thanks for your message: the replacement ships on Monday. Regards, Anna"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# The attachment budget a little lower than the default (5 s) keeps the test short on a
# loaded machine; a seller's regex with catastrophic backtracking makes a check that would
# never end on its own.
POLICY = load_policy(
    "[limits]\nmax_attachment_seconds = 1.0\n"
    "[rules.\"subject.important_tag\"]\npattern = '^(a+)+$'\n"
)


def drawing_pdf(pages: int, ops_per_page: int) -> bytes:
    """A PDF without a word of text: each page is `ops_per_page` line drawings, in one
    Flate-compressed content stream all pages share (so the file stays small)."""
    stream = zlib.compress(b"0 0 m 612 792 l S\n" * ops_per_page, 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%b\nendstream" % (len(stream), stream),
    ]
    kids = []
    for _ in range(pages):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>")
        kids.append(b"%d 0 R" % len(objs))
    objs[1] = b"<< /Type /Pages /Kids [%b] /Count %d >>" % (b" ".join(kids), pages)
    return assemble_pdf(objs)


def docx(body: bytes) -> bytes:
    """A minimal Word document whose word/document.xml holds `body`."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        document = b'<w:document xmlns:w="%b"><w:body>%b</w:body></w:document>'
        zf.writestr("word/document.xml", document % (W_NS.encode(), body))
    return buf.getvalue()


def paragraph(text: str) -> bytes:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()


def with_file(data: bytes, ctype: str, name: str) -> bytes:
    return make_message(
        "Hello, the document you asked for is attached.",
        reply=True,
        attachments=[(data, ctype, name)],
    )


def worker_pids(gw: RunningGateway) -> set[int]:
    pool = gw.app.engine._pool  # private state: tests only
    return set(pool.pids) if pool is not None else set()


def quarantined_locations(gw: RunningGateway) -> list[str]:
    """Where the findings of the last quarantined message were."""
    qid = [e for e in gw.log.events("message") if "quarantine_id" in e][-1]["quarantine_id"]
    item = gw.call(gw.app.store.quarantine_get(qid))  # type: ignore[union-attr]
    return [f["location"] for f in item.verdict["findings"]]


def peak_rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    [line] = [x for x in status.splitlines() if x.startswith("VmHWM:")]
    return int(line.split()[1]) / 1024


@pytest.fixture(scope="module")
def sink() -> Iterator[Sink]:
    s = Sink().start()
    yield s
    s.stop()


@pytest.fixture(autouse=True)
def fresh(sink: Sink) -> None:
    sink.messages.clear()


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory, sink: Sink) -> Iterator[RunningGateway]:
    """Reject mode (a blocked message is a 550 naming the rules), two engine workers, a
    CPU budget of 2 s per message and 400 MiB of address space per worker."""
    config = make_config(
        tmp_path_factory.mktemp("gw"),
        sink.url,
        mode="reject",
        limits={"engine_cpu_seconds": 2.0, "engine_memory_mb": 400, "engine_timeout": 19.0},
    )
    gw = RunningGateway(config, POLICY).start()
    yield gw
    gw.stop()


def test_a_pdf_too_costly_to_read_is_refused_for_good_while_other_mail_flows(
    gateway: RunningGateway, sink: Sink
) -> None:
    # 100 text-free pages of 100,000 drawing operators each (16 KB): pdfium takes about
    # half a second a page. Two at once used to hold both workers for 30 s, answer 451 and
    # come back again and again; now each stops at its attachment budget, for good.
    hostile = with_file(drawing_pdf(100, 100_000), "application/pdf", "invoice.pdf")
    with ThreadPoolExecutor(2) as pool:
        started = time.monotonic()
        hostiles = [pool.submit(send, gateway.port, hostile, [ALIAS]) for _ in range(2)]
        time.sleep(0.3)
        t0 = time.monotonic()
        code, msg = send(gateway.port, make_message(text=COMPLIANT, reply=True), [ALIAS])
        compliant_took = time.monotonic() - t0
        results = [f.result(timeout=20) for f in hostiles]
        hostile_took = time.monotonic() - started
    assert code == 250, msg
    for code, msg in results:
        assert code == 550, msg
        assert "attach.content" in msg
    assert hostile_took < 18, hostile_took
    assert compliant_took < 15, compliant_took
    assert len(sink.messages) == 1
    events = [e for e in gateway.log.events("message") if e.get("blocked_by")]
    assert events[-1]["blocked_by"] == ["attach.content"]


def test_an_ordinary_pdf_is_read(gateway: RunningGateway, sink: Sink) -> None:
    # Near miss: a few pages of ordinary drawings are read within the budget.
    code, msg = send(
        gateway.port, with_file(drawing_pdf(3, 200), "application/pdf", "plan.pdf"), [ALIAS]
    )
    assert code == 250, msg
    assert len(sink.messages) == 1


def test_a_docx_compression_bomb_is_refused_quickly_in_little_memory(
    gateway: RunningGateway, sink: Sink
) -> None:
    # ~60 KB that unpack to 20 MiB of XML (a 340-fold ratio): it used to take a worker to
    # 373 MB. Refused from the ZIP directory, before anything is inflated.
    bomb = docx(paragraph("a" * 16) * (20 * 1024 * 1024 // 50))
    assert len(bomb) < 100_000
    t0 = time.monotonic()
    code, msg = send(gateway.port, with_file(bomb, DOCX, "letter.docx"), [ALIAS])
    assert code == 550, msg
    assert "attach.content" in msg
    assert time.monotonic() - t0 < 5
    assert all(peak_rss_mb(pid) < 250 for pid in worker_pids(gateway))
    assert sink.messages == []


def test_a_large_ordinary_docx_is_read_as_a_stream(gateway: RunningGateway, sink: Sink) -> None:
    # Near miss: 1.9 MB of Word XML (formatted runs, compressing like a real document) is
    # read a chunk at a time in little memory; the forbidden sentence at its end is found.
    run = '<w:r><w:rPr><w:b/><w:sz w:val="24"/><w:color w:val="333333"/></w:rPr><w:t>{}</w:t></w:r>'
    words = [f"{w}{n} " for n in range(5000) for w in ("order", "parcel", "ships", "desk")]
    paras = [
        "<w:p>" + "".join(run.format(w) for w in words[i : i + 10]) + "</w:p>"
        for i in range(0, len(words), 10)
    ]
    body = "".join(paras).encode()
    body += paragraph("Leave us a 5-star review and get a free gift card!")
    assert len(body) > 1_800_000
    document = docx(body)
    code, msg = send(gateway.port, with_file(document, DOCX, "manual.docx"), [ALIAS])
    assert code == 550, msg
    assert "attach.content" in msg
    assert "review.incentive" in " ".join(quarantined_locations(gateway))
    assert all(peak_rss_mb(pid) < 250 for pid in worker_pids(gateway))


def test_a_message_over_its_cpu_budget_is_unreadable_and_its_worker_replaced(
    gateway: RunningGateway, sink: Sink
) -> None:
    # The seller's runaway regex never finishes on this subject: after 2 s of CPU the
    # worker stops the check, the message is refused for good (not 451) and the worker
    # is replaced; the next message is checked by a fresh one.
    before = worker_pids(gateway)
    runaway = make_message(text=COMPLIANT, subject="a" * 40 + "!", reply=True)
    t0 = time.monotonic()
    code, msg = send(gateway.port, runaway, [ALIAS])
    assert code == 550, msg
    assert "mime.unreadable" in msg
    assert time.monotonic() - t0 < 18
    code, msg = send(gateway.port, make_message(text=COMPLIANT, reply=True), [ALIAS])
    assert code == 250, msg
    assert worker_pids(gateway).isdisjoint(before)
    assert gateway.log.events("engine.replaced")


def test_a_message_over_the_memory_budget_is_unreadable_and_its_worker_replaced(
    gateway: RunningGateway, sink: Sink
) -> None:
    # 2 MB of HTML paragraphs needs more than the worker's 400 MiB of address space:
    # MemoryError in the worker is an unreadable verdict, not a crash or a 451.
    before = worker_pids(gateway)
    html = "<p>Thanks for your order, it ships <b>Monday</b>.</p>\n" * 45_000
    code, msg = send(gateway.port, make_message(html=html, reply=True), [ALIAS])
    assert code == 550, msg
    assert "mime.unreadable" in msg
    code, msg = send(gateway.port, make_message(text=COMPLIANT, reply=True), [ALIAS])
    assert code == 250, msg
    assert worker_pids(gateway).isdisjoint(before)


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
