"""The report as a German agent sees it: a message to an amazon.de buyer is blocked, the
report reaches a real upstream over SMTP, and its HTML part, rendered by headless Chromium
(printed to PDF, the text read back), shows the German advice and the offending passage."""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_email_policy
from pathlib import Path

import pypdf
import pytest

from tests.mail import ORDER, SELLER, default_policy, make_message
from tests.netutil import RunningGateway, Sink, make_config
from tests.test_server import send

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ALIAS_DE = "1abcdefghijklmn@marketplace.amazon.de"
# Two cues of one rule in one sentence, in both alternatives, with characters HTML escapes.
OFFER = (
    "Mit dem Gutscheincode SOMMER20 erhalten Sie 20% Rabatt auf Ihren nächsten Einkauf "
    "<nur heute> & portofrei!"
)
PRIVATE = "Ihre Bestellung kommt am Donnerstag an."


def german_message() -> bytes:
    escaped = OFFER.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return make_message(
        f"Hallo,\n\nzu Ihrer Bestellung {ORDER}: {PRIVATE}\n{OFFER}\nViele Grüße\nAnna\n",
        f"<p>Hallo,</p><p>zu Ihrer Bestellung {ORDER}: {PRIVATE}</p><p>{escaped}</p>"
        "<p>Viele Grüße<br>Anna</p>",
        to=ALIAS_DE,
        subject=f"Ihre Bestellung {ORDER}",
        reply=True,
    )


def render_in_chromium(html: str, tmp: Path) -> str:
    """The text a reader sees: the page printed to PDF by headless Chromium, read back."""
    assert CHROMIUM, "chromium is not installed (scripts/install-test-deps.sh installs it)"
    page, pdf = tmp / "report.html", tmp / "report.pdf"
    page.write_text(html, encoding="utf-8")
    run = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=60,
        env={**os.environ, "HOME": str(tmp)},
    )
    assert run.returncode == 0 and pdf.exists(), run.stderr.decode()[-2000:]
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())  # ligatures, line breaks


@pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"), reason="chromium is not installed"
)
def test_german_report_over_smtp_renders_in_chromium(tmp_path: Path, sink: Sink) -> None:
    gateway = RunningGateway(make_config(tmp_path, sink.url), default_policy()).start()
    try:
        code, reply = send(gateway.port, german_message(), [ALIAS_DE])
    finally:
        gateway.stop()
    assert code == 250, reply
    assert "(purpose.marketing)" in reply  # each rule once, though it was found twice
    assert sink.to(ALIAS_DE) == []  # nothing reached the buyer
    [report] = sink.to(SELLER)
    assert report.mail_from == "<>"
    msg = message_from_bytes(report.data, policy=default_email_policy)
    assert isinstance(msg, EmailMessage)
    assert msg["Subject"] == f"Nachricht an Amazon-Käufer nicht gesendet: Ihre Bestellung {ORDER}"
    plain, html = msg.get_body(("plain",)), msg.get_body(("html",))
    assert plain is not None and html is not None
    assert plain["Content-Language"] == "de" and html["Content-Language"] == "de"
    flat = " ".join(str(plain.get_content()).split())
    assert flat.count("Entfernen Sie die Werbung") == 1
    assert f'Gefunden: "{OFFER}"' in flat
    seen = render_in_chromium(str(html.get_content()), tmp_path)
    assert "Ihre Nachricht an einen Amazon-Käufer wurde NICHT gesendet." in seen
    assert "Was zu ändern ist (1):" in seen
    assert seen.count("Entfernen Sie die Werbung (Rabatte, andere Produkte, Newsletter") == 1
    assert "Wo: in Ihrem Nachrichtentext" in seen
    assert OFFER in seen  # the passage, its <nur heute> & shown as written, not as markup
    assert PRIVATE not in seen  # the sentence before it is not quoted
    assert "bsm-gateway" not in seen and "text/plain" not in seen
