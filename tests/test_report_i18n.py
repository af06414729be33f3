"""The report in the marketplace's language, with an HTML part an agent reads: catalogs
complete for every rule, the language chosen from the buyer's alias, places in words,
passages quoted in context and escaped, each finding once."""

from __future__ import annotations

import string
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_email_policy
from pathlib import Path

import pytest
from lxml import html as lxml_html

from gateway.config import ConfigError, load_config
from gateway.i18n import LANGUAGES, catalog, marketplace_language, report_language
from gateway.report import build_bounce
from policies import Action, Finding, Outcome, Verdict, all_rules

from .mail import ORDER, SELLER, make_message

ALIAS_DE = "1abcdefghijklmn@marketplace.amazon.de"


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_catalog_has_every_key_and_advice_for_every_rule(language: str) -> None:
    english, cat = catalog("en"), catalog(language)
    assert cat.language == language
    for table in ("report", "where"):
        ours, theirs = getattr(cat, table), getattr(english, table)
        assert set(ours) == set(theirs), f"{language}.{table}"
        for key, text in ours.items():
            assert text.strip() and _fields(text) == _fields(theirs[key]), f"{language} {key}"
    published = {rule.id for rule in all_rules()}
    assert set(cat.advice) == published, f"{language}: advice for exactly the published rules"
    assert all(text.strip() for text in cat.advice.values())
    if language != "en":  # translated, not copied
        same = [r for r in published if cat.advice[r] == english.advice[r]]
        assert not same, f"{language}: untranslated advice for {same}"


@pytest.mark.parametrize(
    ("alias", "language"),
    [
        ("a@marketplace.amazon.de", "de"),
        ("a@marketplace.amazon.fr", "fr"),
        ("a@marketplace.amazon.it", "it"),
        ("a@marketplace.amazon.es", "es"),
        ("a@marketplace.amazon.co.jp", "ja"),
        ("<a@Marketplace.Amazon.DE>", "de"),
        ("a@marketplace.amazon.com", "en"),
        ("a@marketplace.amazon.co.uk", "en"),
        # near misses: not an Amazon marketplace domain
        ("a@marketplace.notamazon.de", "en"),
        ("a@marketplace.amazon.de.example.com", "en"),
        ("someone@seller.de", "en"),
    ],
)
def test_language_from_the_buyers_marketplace(alias: str, language: str) -> None:
    assert marketplace_language([alias]) == language


def test_configured_language_wins() -> None:
    assert report_language("auto", [ALIAS_DE]) == "de"
    assert report_language("fr", [ALIAS_DE]) == "fr"
    assert report_language("en", [ALIAS_DE]) == "en"


def _report(raw: bytes, findings: list[Finding], **kw: object) -> EmailMessage:
    verdict = Verdict(Outcome.BLOCK, findings, kind="reply", order_ids=[ORDER])
    args: dict[str, object] = {
        "original": raw,
        "mail_from": SELLER,
        "amazon_rcpts": [ALIAS_DE],
        "verdict": verdict,
        "quarantine_id": "q-abc",
        "reference": "ref-1",
        "reporting_mta": "gw.test",
        "to": SELLER,
    }
    args.update(kw)
    data = build_bounce(**args)  # type: ignore[arg-type]
    return message_from_bytes(data, policy=default_email_policy)  # type: ignore[return-value]


def _bodies(msg: EmailMessage) -> tuple[str, str]:
    plain, html = msg.get_body(("plain",)), msg.get_body(("html",))
    assert plain is not None and html is not None
    return str(plain.get_content()), str(html.get_content())


SENTENCE = "Neu im Shop: 20% Rabatt auf <alle> Artikel & mehr!"
TEXT = f"Hallo,\n\nIhre Bestellung {ORDER} ist unterwegs. {SENTENCE}\nViele Grüße\nAnna\n"
HTML_PART = (
    f"<p>Hallo,</p><p>Ihre Bestellung {ORDER} ist unterwegs. Neu im Shop: <b>20% Rabatt</b> "
    "auf &lt;alle&gt; Artikel &amp; mehr!</p><p>Viele Grüße<br>Anna</p>"
)
MARKETING = "This is advertising."


def test_german_report_quotes_the_passage_once_and_escaped() -> None:
    raw = make_message(TEXT, HTML_PART, to=ALIAS_DE)
    findings = [  # as the engine reports them: the same passage in both alternatives
        Finding(
            "purpose.marketing",
            Action.BLOCK,
            MARKETING,
            "text/plain part 1",
            "…im Shop: 20% Rabatt auf <alle> Artikel…",
        ),
        Finding(
            "purpose.marketing",
            Action.BLOCK,
            MARKETING,
            "text/html part 2",
            "…Neu im Shop: 20% Rabatt auf <alle> Artikel & mehr!",
        ),
        Finding(
            "attach.type",
            Action.BLOCK,
            "Not allowed.",
            "attachment 1 'rechnung.exe'",
            "a Windows program",
        ),
    ]
    msg = _report(raw, findings)
    assert msg["Subject"] == f"Nachricht an Amazon-Käufer nicht gesendet: Your order {ORDER}"
    plain, html = _bodies(msg)
    flat = " ".join(plain.split())
    assert "Was zu ändern ist (2):" in flat
    assert flat.count("Entfernen Sie die Werbung") == 1  # text and HTML alternative: once
    assert "Wo: in Ihrem Nachrichtentext" in flat
    assert f'Gefunden: "{SENTENCE}"' in flat  # the whole sentence, nothing before it
    assert "in der angehängten Datei rechnung.exe" in flat
    assert "part 1" not in plain and "bsm-gateway" not in plain
    assert "purpose.marketing, attach.type" in flat  # the footer, for the IT team
    # HTML: escaped, the passage marked inside its sentence, read as a browser would
    assert "&lt;alle&gt; Artikel &amp; mehr!" in html and "<alle>" not in html
    doc = lxml_html.fromstring(html)
    assert doc.get("lang") == "de"
    quotes = doc.findall(".//blockquote")
    assert len(quotes) == 2
    assert " ".join(quotes[0].text_content().split()) == SENTENCE
    [mark] = quotes[0].findall("mark")  # both excerpts together
    assert mark.text_content() == SENTENCE
    assert doc.text_content().count("Entfernen Sie die Werbung") == 1


def test_a_different_passage_of_the_same_rule_is_its_own_item() -> None:
    raw = make_message(TEXT + "Folgen Sie uns und sparen Sie 10% beim nächsten Kauf.\n")
    findings = [
        Finding("purpose.marketing", Action.BLOCK, MARKETING, "text/plain part 1", "20% Rabatt"),
        Finding(
            "purpose.marketing", Action.BLOCK, MARKETING, "text/plain part 1", "sparen Sie 10%"
        ),
    ]
    plain, html = _bodies(_report(raw, findings))
    assert "Was zu ändern ist (2):" in plain
    assert plain.count("Entfernen Sie die Werbung") == 2
    quotes = lxml_html.fromstring(html).findall(".//blockquote")
    assert [q.findtext("mark") for q in quotes] == ["20% Rabatt", "sparen Sie 10%"]
    assert " ".join(quotes[0].text_content().split()) == SENTENCE  # in its sentence
    assert quotes[1].text_content() == "Folgen Sie uns und sparen Sie 10% beim nächsten Kauf."


def test_configured_language_and_places_in_words() -> None:
    raw = make_message(TEXT, HTML_PART, to=ALIAS_DE, subject="Frage")
    findings = [
        Finding("order.id_missing", Action.BLOCK, "Add it.", "header Subject and body", ""),
        Finding("links.external", Action.BLOCK, "No.", "text/html part 2, <a href>", "x.example"),
        Finding("image.logo_link", Action.BLOCK, "No.", "text/html part 2, <img alt>", "x"),
        Finding("addr.sender_not_approved", Action.BLOCK, "No.", "header From", SELLER),
        Finding("mime.unreadable", Action.BLOCK, "No.", "MIME structure", "nested"),
    ]
    plain, _ = _bodies(_report(raw, findings, language="fr"))
    flat = " ".join(plain.split())
    assert "Votre message à un acheteur Amazon n'a PAS été envoyé." in flat
    for place in (
        "Où : dans l'objet et le texte du message",
        "Où : dans un lien dans le texte de votre message",
        "Où : dans la description (texte alternatif) d'une image dans le texte de votre message",
        "Où : dans l'adresse de l'expéditeur",
        "Où : dans la structure du message (son format)",
    ):
        assert place.replace("Où :", "Où:") in flat or place in flat, place


def test_japanese_report() -> None:
    raw = make_message(TEXT, to="1abcdefghijklmn@marketplace.amazon.co.jp")
    findings = [Finding("contact.phone_number", Action.BLOCK, "No.", "text/plain part 1", "")]
    msg = _report(raw, findings, amazon_rcpts=["1abcdefghijklmn@marketplace.amazon.co.jp"])
    plain, html = _bodies(msg)
    assert "電話番号を削除してください" in plain and "場所: メッセージ本文" in plain
    assert 'lang="ja"' in html


def test_report_language_setting_is_checked(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.toml", tmp_path / "bad.toml"
    good.write_text('report_language = "ja"\n')
    bad.write_text('report_language = "german"\n')
    assert load_config(str(good)).report_language == "ja"
    assert load_config(None).report_language == "auto"
    with pytest.raises(ConfigError, match="report_language: must be auto or one of en, de"):
        load_config(str(bad))
