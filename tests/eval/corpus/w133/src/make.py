#!/usr/bin/env python3
"""Generate the w133 messages (German and French seller automation templates) and labels."""
import json, random, uuid, html as H
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
rnd = random.Random(133)

def alias():
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))

# ---------- HTML templates ----------
def tpl_table(shop, paras, footer, color="#2f4f4f", banner=None):
    body = "".join(f'<p style="margin:0 0 14px 0">{p}</p>' for p in paras)
    ban = (f'<tr><td style="background:#fff4d6;border:1px dashed #e0b341;padding:10px 16px;'
           f'font-size:13px;text-align:center">{banner}</td></tr>') if banner else ""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{H.escape(shop)}</title></head>
<body style="margin:0;padding:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
<tr><td style="background:{color};color:#ffffff;padding:18px 24px;font-size:20px;font-weight:bold">{H.escape(shop)}</td></tr>
<tr><td style="padding:24px">{body}</td></tr>
{ban}
<tr><td style="padding:14px 24px;border-top:1px solid #dddddd;font-size:11px;color:#888888;line-height:1.4">{footer}</td></tr>
</table></td></tr></table></body></html>"""

def tpl_div(shop, paras, footer, color="#7a3e9d", banner=None):
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    ban = f'<div style="margin:18px 0;padding:12px;background:{color};color:#fff;text-align:center;font-weight:bold">{banner}</div>' if banner else ""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="max-width:580px;margin:0 auto;font-family:Verdana,Geneva,sans-serif;font-size:13px;line-height:1.5;color:#222">
<div style="border-bottom:3px solid {color};padding:10px 0;font-size:18px;color:{color}">{H.escape(shop)}</div>
{body}
{ban}
<div style="margin-top:28px;font-size:10px;color:#999">{footer}</div>
</div>
</body></html>"""

def tpl_plainish(shop, paras, footer, color=None, banner=None):
    body = "<br><br>\n".join(paras)
    ban = f"<br><br>\n<b>{banner}</b>" if banner else ""
    return f"""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
{body}{ban}
<br><br>
<hr style="border:0;border-top:1px solid #ccc">
<small style="color:#808080">{footer}</small>
</body></html>"""

TPL = {"table": tpl_table, "div": tpl_div, "plain": tpl_plainish}

def strip(s):
    import re
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"</?(b|i|strong|em|u|span)[^>]*>", "", s)
    s = re.sub(r"<li>", "- ", s)
    s = re.sub(r"</li>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return H.unescape(s).strip()

M = []
def add(**kw):
    M.append(kw)

IMP_DE = lambda firma, strasse, ort, extra: (f"Impressum: {firma}, {strasse}, {ort}. {extra} "
    "Diese Nachricht wurde über den Amazon-Nachrichtenservice versendet.")

# =============================== GERMAN ===============================
add(lang="de", client="afterbuy", kind="proactive", expect="legit", rules=[],
    classes=["order_info", "product_use", "impressum", "html_template"],
    note="Order confirmation for a cast-iron pan with seasoning and care instructions and an Impressum footer naming only the company address and register data.",
    shop="Eisenwerk Bräunlinger", frm="service@eisenwerk-braeunlinger.de", tpl="table", color="#3b3b3b",
    subject="Bestellung 302-5518274-6630915: Hinweise zur ersten Verwendung Ihrer Gusseisenpfanne",
    paras=[
     "Guten Tag Frau Kessler,",
     "Ihre Bestellung <b>302-5518274-6630915</b> (Gusseisenpfanne Ø 28 cm mit Gegengriff) ist bei uns eingegangen und wird in unserem Lager in Donaueschingen verpackt.",
     "Damit die Pfanne von Anfang an gut funktioniert, hier ein paar Hinweise zum Einbrennen:",
     "<ul><li>Pfanne vor dem ersten Gebrauch nur mit heißem Wasser ausspülen, <u>kein Spülmittel</u>.</li><li>Gründlich abtrocknen und dünn mit Leinöl oder Rapsöl einreiben.</li><li>Kopfüber bei 230 °C ca. 60 Minuten in den Backofen, danach im Ofen abkühlen lassen.</li><li>Nicht in die Spülmaschine geben – sonst rostet das Gusseisen.</li></ul>",
     "Leichte dunkle Flecken nach dem ersten Braten sind normal, das ist die Patina, die sich aufbaut.",
     "Falls Sie Fragen zur Pfanne haben, antworten Sie einfach auf diese Nachricht.",
     "Freundliche Grüße<br>Ihr Team von Eisenwerk Bräunlinger"],
    footer=IMP_DE("Eisenwerk Bräunlinger GmbH", "Hüfinger Straße 41", "78166 Donaueschingen",
                  "Geschäftsführer: Tobias Bräunlinger. Amtsgericht Freiburg HRB 719452, USt-IdNr. DE318840275."),
    date=(2026, 11, 3, 9, 14))

add(lang="de", client="billbee", kind="proactive", expect="legit", rules=[],
    classes=["delivery_delay", "html_template"],
    note="Delivery-delay notice naming the new expected date and the carrier, with no other content.",
    shop="Holzwerkstatt Lindenhof", frm="bestellungen@holzwerkstatt-lindenhof.de", tpl="div", color="#6b8e23",
    subject="Verzögerung bei Ihrer Bestellung 028-7741093-2285516",
    paras=[
     "Hallo Herr Petersen,",
     "leider müssen wir Ihnen mitteilen, dass sich der Versand Ihrer Bestellung 028-7741093-2285516 (Kaufladen aus Buchenholz, natur) um einige Tage verzögert. Die Regalböden kommen beim Lackierer später zurück als geplant.",
     "Neuer voraussichtlicher Versandtag ist <b>Mittwoch, der 25.11.2026</b>. Die Zustellung erfolgt wie gewohnt mit DHL, normalerweise 1–2 Werktage nach Versand. Die Sendungsnummer sehen Sie dann direkt in Ihrem Amazon-Konto.",
     "Wir bitten die Verzögerung zu entschuldigen. Sollte der Termin für Sie ein Problem sein (z. B. weil es ein Geschenk ist), schreiben Sie uns bitte hier über Amazon, dann schauen wir gemeinsam nach einer Lösung.",
     "Viele Grüße aus dem Allgäu<br>Martina Riedl<br>Holzwerkstatt Lindenhof"],
    footer="Holzwerkstatt Lindenhof e.K., Inh. Martina Riedl, Lindenhofweg 3, 87509 Immenstadt im Allgäu. Registergericht Kempten HRA 11873.",
    date=(2026, 11, 18, 16, 2))

add(lang="de", client="jtl", kind="proactive", expect="legit", rules=[],
    classes=["invoice", "impressum", "html_template"],
    note="Automated invoice note saying where the VAT invoice for the order can be downloaded in the Amazon account, with a legal footer naming the company address.",
    shop="Lampenkontor Nord", frm="rechnung@lampenkontor-nord.de", tpl="table", color="#0b4f6c",
    subject="Ihre Rechnung zur Amazon-Bestellung 305-2209381-7716240",
    paras=[
     "Sehr geehrte Kundin, sehr geehrter Kunde,",
     "zu Ihrer Bestellung 305-2209381-7716240 (LED-Pendelleuchte „Fjord“, 3-flammig, schwarz) haben wir die Rechnung Nr. RE-2026-118402 erstellt.",
     "Die Rechnung wurde direkt bei Amazon hochgeladen. Sie finden sie in Ihrem Amazon-Konto unter <i>Meine Bestellungen → Rechnung</i>. Die Mehrwertsteuer (19 %) ist dort gesondert ausgewiesen.",
     "Benötigen Sie die Rechnung auf eine abweichende Firmenanschrift, teilen Sie uns die Anschrift bitte per Antwort auf diese Nachricht mit.",
     "Mit freundlichen Grüßen<br>Buchhaltung Lampenkontor Nord"],
    footer="Lampenkontor Nord GmbH · Am Sandtorkai 12 · 20457 Hamburg · Amtsgericht Hamburg HRB 160377 · USt-IdNr. DE301992684 · Geschäftsführerin: Anke Thordsen<br>Diese E-Mail wurde automatisch erstellt.",
    date=(2026, 11, 26, 7, 41))

add(lang="de", client="feedbackwhiz", kind="proactive", expect="legit", rules=[],
    classes=["review_request_neutral", "html_template"],
    note="Single neutral review request that asks for an honest review whether positive or critical, without incentive or steering.",
    shop="Teehaus Brennecke", frm="kundenservice@teehaus-brennecke.de", tpl="div", color="#8b5a2b",
    subject="Ihre Meinung zu Bestellung 171-6630825-4419037",
    paras=[
     "Guten Tag,",
     "Ihre Bestellung 171-6630825-4419037 (Ostfriesische Blattmischung, 500 g) sollte inzwischen bei Ihnen angekommen sein.",
     "Wenn Sie einen Moment Zeit haben, würden wir uns über eine Rezension bei Amazon freuen. Ganz gleich, ob Ihre Erfahrung gut oder weniger gut war – eine ehrliche Bewertung hilft anderen Kunden bei der Auswahl und uns, unser Sortiment zu verbessern.",
     "Die Bewertung können Sie in Ihrem Amazon-Konto unter „Meine Bestellungen“ abgeben.",
     "Herzliche Grüße<br>Jens Brennecke<br>Teehaus Brennecke"],
    footer="Teehaus Brennecke, Inh. Jens Brennecke, Große Straße 27, 26603 Aurich.",
    date=(2026, 12, 2, 10, 30))

add(lang="de", client="plentymarkets", kind="proactive", expect="legit", rules=[],
    classes=["product_use", "order_info", "html_template"],
    note="Product-use guide for an ultrasonic humidifier (first start, water, descaling, filter) tied to the order.",
    shop="Klimaprofi Weber", frm="support@klimaprofi-weber.de", tpl="table", color="#1f6fb2",
    subject="Bestellung 404-9917263-0052871 – Tipps zur Inbetriebnahme Ihres Luftbefeuchters",
    paras=[
     "Hallo,",
     "vielen Dank für Ihre Bestellung 404-9917263-0052871. Ihr Ultraschall-Luftbefeuchter AQ-450 ist unterwegs. Damit er lange zuverlässig läuft, haben wir die wichtigsten Punkte aus der Bedienungsanleitung zusammengefasst:",
     "<b>1. Erste Inbetriebnahme:</b> Das Gerät nach dem Transport mindestens 1 Stunde stehen lassen, bevor Sie es einschalten. Tank nur bis zur MAX-Markierung (4,5 l) füllen.",
     "<b>2. Wasser:</b> Wir empfehlen destilliertes oder entkalktes Wasser. Bei hartem Leitungswasser entsteht sonst weißer Staub auf den Möbeln.",
     "<b>3. Entkalken:</b> Alle 1–2 Wochen den Vernebler mit der beiliegenden Bürste und etwas Zitronensäure (1 EL auf 200 ml Wasser) reinigen. Keine Essigessenz verwenden, die greift die Membran an.",
     "<b>4. Filterkartusche:</b> Die Kartusche (Typ AQ-F2) hält ca. 3 Monate. Wenn die rote LED blinkt, ist sie verbraucht.",
     "Die vollständige Anleitung als PDF liegt auch im Karton bei (Seite 6–9 auf Deutsch). Bei Fragen sind wir hier im Amazon-Postfach für Sie da.",
     "Beste Grüße<br>Stefan Weber"],
    footer="Klimaprofi Weber UG (haftungsbeschränkt), Industriestraße 8a, 33689 Bielefeld. HRB 44813 AG Bielefeld. USt-IdNr. DE327715904.",
    date=(2026, 10, 29, 13, 55))

add(lang="de", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["invoice", "reply_quoted", "impressum", "html_template"],
    note="Reply to a buyer who needs the invoice on a company address, confirming a corrected invoice was uploaded to Amazon; Impressum footer only names the company address.",
    shop="Druckerpatronen Schmitt", frm="support@patronen-schmitt.de", tpl="plain",
    subject="Re: Rechnung mit Firmenadresse - Bestellung 306-4451902-8837714",
    paras=[
     "Hallo Herr Yilmaz,",
     "danke für Ihre Nachricht. Wir haben die Rechnung zu Bestellung 306-4451902-8837714 auf Ihre Firmenanschrift (Yilmaz Haustechnik GmbH, Rheinstraße 112, 55116 Mainz) korrigiert und die neue Rechnung RE-88213-K eben in Amazon hochgeladen. Die alte Rechnung ist storniert.",
     "Sie können sie jetzt in Ihrem Amazon-Konto unter Meine Bestellungen herunterladen. Falls sie dort noch nicht angezeigt wird, bitte ca. 1 Stunde warten, Amazon braucht manchmal etwas.",
     "Viele Grüße<br>Lena Schmitt<br>Kundenservice"],
    quote_html=('<div style="color:#555">Amazon-Käufer, 26.11.2026 um 08:07:<br>'
                '<blockquote style="border-left:2px solid #ccc;margin:0 0 0 6px;padding-left:8px">'
                'Guten Morgen, ich bräuchte die Rechnung bitte auf meine Firma ausgestellt: Yilmaz Haustechnik GmbH, Rheinstraße 112, 55116 Mainz. Sonst kann ich sie nicht absetzen. Danke<br>Murat Yilmaz</blockquote></div>'),
    quote_text=("Amazon-Käufer, 26.11.2026 um 08:07:\n> Guten Morgen, ich bräuchte die Rechnung bitte auf meine Firma ausgestellt: Yilmaz\n"
                "> Haustechnik GmbH, Rheinstraße 112, 55116 Mainz. Sonst kann ich sie nicht absetzen. Danke\n> Murat Yilmaz"),
    footer=IMP_DE("Druckerpatronen Schmitt OHG", "Gewerbepark Süd 14", "67227 Frankenthal", "AG Ludwigshafen HRA 62019."),
    date=(2026, 11, 26, 9, 48))

add(lang="de", client="edesk", kind="reply", expect="legit", rules=[],
    classes=["product_fit", "reply_quoted", "plain_text"],
    note="Plain-text reply explaining whether a bike lock bracket fits the buyer's frame tube diameter.",
    shop="Radsport Gehrke", frm="kontakt@radsport-gehrke.de", tpl=None,
    subject="AW: Passt die Halterung an mein Rad? (Bestellung 028-3390176-5521849)",
    text="""Hallo Frau Albers,

die Halterung vom Faltschloss FS-850 passt an Rohrdurchmesser von 22 bis 40 mm. Ihr Gazelle-Rahmen hat am Unterrohr laut Hersteller ca. 35 mm, das geht also problemlos. Am besten montieren Sie sie an den Flaschenhalter-Ösen, dafür liegen zwei M5-Schrauben bei (die kurzen mit 12mm).

Falls das Unterrohr oval ist, einfach das beiliegende Gummipad unterlegen, dann rutscht nix.

Ihre Bestellung 028-3390176-5521849 geht heute nachmittag mit DPD raus.

Gruß
Kai Gehrke
Radsport Gehrke

-----Ursprüngliche Nachricht-----
Von: Amazon-Kunde
Gesendet: Montag, 9. November 2026 21:16
Betreff: Passt die Halterung an mein Rad? (Bestellung 028-3390176-5521849)

Hallo, ich hab das Faltschloss bestellt und frage mich ob die Halterung an mein Gazelle Trekkingrad passt, das Rohr ist ziemlich dick. Danke, S. Albers
""",
    date=(2026, 11, 10, 8, 22))

# ---- German violations ----
add(lang="de", client="afterbuy", kind="proactive", expect="violation", rules=["purpose.marketing"],
    classes=["order_info", "coupon", "banner", "html_template"],
    note="Useful order confirmation with wool-care tips, but the banner offers a 10 % discount code for the next order, which is promotional content.",
    shop="Merino & Co.", frm="service@merino-und-co.de", tpl="table", color="#4a6c6f",
    banner="Als Dankeschön: <b>10 % Rabatt</b> auf Ihre nächste Bestellung mit dem Code <b>MERINO10</b>",
    subject="Ihre Bestellung 303-8842017-1190365 – Pflegehinweise für Merinosocken",
    paras=[
     "Liebe Frau Hartwig,",
     "Ihre Bestellung 303-8842017-1190365 (Merino Wandersocken, 3 Paar, Gr. 39–42) ist eingegangen und wird morgen verschickt.",
     "Damit die Socken lange halten: bei 30 °C im Wollprogramm waschen, kein Weichspüler, nicht in den Trockner. Am besten liegend trocknen.",
     "Die Socken laufen beim ersten Waschen minimal ein (ca. 3 %), das ist bei der Größentabelle schon berücksichtigt.",
     "Viele Grüße<br>Ihr Merino & Co. Team"],
    footer="Merino & Co. GmbH, Bahnhofstraße 19, 72764 Reutlingen, HRB 781552 AG Stuttgart.",
    date=(2026, 11, 6, 11, 3))

add(lang="de", client="billbee", kind="proactive", expect="violation", rules=["purpose.marketing"],
    classes=["delivery_delay", "newsletter", "postscript", "html_template"],
    note="Legitimate delivery-delay notice, but the P.S. invites the buyer to subscribe to the shop newsletter, which is marketing.",
    shop="Gewürzmühle Santos", frm="info@gewuerzmuehle-santos.de", tpl="div", color="#b5491b",
    subject="Lieferverzögerung Bestellung 407-1185530-6624978",
    paras=[
     "Hallo Herr Brandt,",
     "Ihre Bestellung 407-1185530-6624978 (Curry-Set „Madras“, 6 Gläser) verzögert sich leider, da unsere Lieferung Kurkuma aus Kerala im Hamburger Hafen beim Zoll hängt.",
     "Wir rechnen mit einem Versand am 04.12.2026, Zustellung mit GLS dann 1–3 Werktage später. Wir melden uns, falls sich am Termin noch etwas ändert.",
     "Entschuldigen Sie bitte die Unannehmlichkeiten.",
     "Beste Grüße<br>Ana Santos",
     "<i>P.S. Sie möchten keine Neuheiten und Rezeptideen mehr verpassen? Antworten Sie einfach mit dem Stichwort NEWSLETTER und wir nehmen Sie in unseren monatlichen Gewürzbrief auf.</i>"],
    footer="Gewürzmühle Santos, Inh. Ana Santos, Lindenallee 5, 24937 Flensburg.",
    date=(2026, 11, 27, 14, 19))

add(lang="de", client="jtl", kind="proactive", expect="violation", rules=["purpose.marketing", "contact.off_platform"],
    classes=["invoice", "follow_us", "social_media", "footer", "html_template"],
    note="Invoice note is fine, but the footer asks the buyer to follow the shop on Instagram and Facebook, which is marketing and points off Amazon.",
    shop="Kräuterkontor Hansen", frm="buchhaltung@kraeuterkontor-hansen.de", tpl="table", color="#3d7a3d",
    subject="Rechnung zu Ihrer Bestellung 304-6672810-3348129",
    paras=[
     "Guten Tag,",
     "die Rechnung zu Ihrer Bestellung 304-6672810-3348129 (Bio-Kräutertee Erkältungszeit, 3 × 100 g) ist jetzt in Ihrem Amazon-Konto abrufbar (Meine Bestellungen → Rechnung). Der ermäßigte Steuersatz von 7 % ist ausgewiesen.",
     "Bei Rückfragen zur Rechnung antworten Sie bitte auf diese Nachricht.",
     "Freundliche Grüße<br>Kräuterkontor Hansen"],
    footer="Folgen Sie uns auf Instagram und Facebook: <b>@kraeuterkontor.hansen</b> – dort gibt es Teerezepte und Neuigkeiten aus dem Kräutergarten!<br><br>Kräuterkontor Hansen GmbH, Deichstraße 7, 25813 Husum, AG Flensburg HRB 15203 FL.",
    date=(2026, 12, 1, 8, 5))

add(lang="de", client="feedbackwhiz", kind="proactive", expect="violation", rules=["review.biased_positive"],
    classes=["review_request", "five_star", "html_template"],
    note="Review request that explicitly asks for a five-star rating, which biases the review.",
    shop="Kuschelwerk Textil", frm="service@kuschelwerk-textil.de", tpl="div", color="#c2185b",
    subject="Wie gefällt Ihnen Ihre Kuscheldecke? Bestellung 028-5590314-7702618",
    paras=[
     "Hallo liebe Kundin, lieber Kunde,",
     "wir hoffen, Ihre Kuscheldecke aus Bestellung 028-5590314-7702618 (Sherpa-Fleece 150×200 cm, salbeigrün) sorgt schon für gemütliche Abende.",
     "Als kleines Familienunternehmen sind wir auf Bewertungen angewiesen. Wir würden uns riesig freuen, wenn Sie sich kurz Zeit nehmen und uns <b>5 Sterne</b> auf Amazon geben – das hilft uns wirklich sehr!",
     "Tipp zur Pflege: bei 30 °C waschen, Weichspüler weglassen, dann bleibt die Decke flauschig.",
     "Herzliche Grüße<br>Familie Oswald vom Kuschelwerk"],
    footer="Kuschelwerk Textil GbR, Weberstraße 22, 48599 Gronau (Westf.).",
    date=(2026, 12, 7, 18, 40))

add(lang="de", client="sellerlogic", kind="proactive", expect="violation", rules=["review.incentive"],
    classes=["product_use", "prize_draw", "banner", "html_template"],
    note="Useful Bluetooth speaker pairing guide, but the banner enters reviewers into a monthly draw for a 50-euro voucher, an incentive for reviews.",
    shop="Klangbox Elektronik", frm="hilfe@klangbox-elektronik.de", tpl="table", color="#222f3e",
    banner="<b>Gewinnspiel:</b> Unter allen Käufern, die eine Rezension zu ihrem Produkt schreiben, verlosen wir jeden Monat einen 50-€-Amazon-Gutschein!",
    subject="So koppeln Sie Ihren Lautsprecher – Bestellung 302-7713849-0046251",
    paras=[
     "Hallo,",
     "Ihr Bluetooth-Lautsprecher KB-Boom 20 aus Bestellung 302-7713849-0046251 wurde zugestellt. Hier die Kurzanleitung:",
     "<ul><li>Vor der ersten Nutzung 3 Stunden mit dem USB-C-Kabel laden (LED leuchtet dann dauerhaft weiß).</li><li>Power-Taste 3 Sekunden drücken, bis ein Ton kommt.</li><li>Bluetooth-Taste 2 Sek. halten, LED blinkt blau → am Handy „KB-Boom 20“ auswählen.</li><li>Für Stereo mit einem zweiten Lautsprecher: bei beiden gleichzeitig die TWS-Taste drücken.</li></ul>",
     "Wenn die Verbindung abbricht, bitte den Lautsprecher am Handy „entfernen“ und neu koppeln. Das hilft in 90% der Fälle.",
     "Viele Grüße<br>Ihr Klangbox-Support"],
    footer="Klangbox Elektronik Handels GmbH, Kaiserstraße 150, 76133 Karlsruhe, HRB 742119 AG Mannheim.",
    date=(2026, 10, 22, 12, 12))

add(lang="de", client="feedbackwhiz", kind="proactive", expect="violation", rules=["review.biased_positive", "review.divert_negative"],
    classes=["review_request", "satisfied_only", "html_template"],
    note="Review request aimed only at satisfied buyers, while unhappy buyers are told to contact the seller first instead of reviewing.",
    shop="Bürostuhl-Zentrale Krämer", frm="service@buerostuhl-kraemer.de", tpl="plain",
    subject="Bestellung 028-2284630-9915073: Sind Sie zufrieden?",
    paras=[
     "Sehr geehrter Herr Domagala,",
     "Ihr Bürostuhl ErgoFlex Pro aus Bestellung 028-2284630-9915073 ist seit einigen Tagen bei Ihnen. Sitzen Sie bequem?",
     "<b>Wenn Sie zufrieden sind</b>, würden wir uns sehr über eine Bewertung auf Amazon freuen.",
     "<b>Falls Sie nicht zufrieden sind</b>, geben Sie bitte keine Bewertung ab, sondern melden Sie sich zuerst bei uns, wir finden bestimmt eine Lösung.",
     "Mit freundlichen Grüßen<br>Ihr Team der Bürostuhl-Zentrale Krämer"],
    footer="Bürostuhl-Zentrale Krämer GmbH &amp; Co. KG, Gutenbergring 60, 22848 Norderstedt.",
    date=(2026, 11, 14, 10, 0))

add(lang="de", client="afterbuy", kind="proactive", expect="violation", rules=["purpose.thank_you_only"],
    classes=["thank_you_only", "html_template"],
    note="Template sent only to thank the buyer for the purchase, with no order-related information.",
    shop="Kerzenmanufaktur Albrecht", frm="post@kerzen-albrecht.de", tpl="div", color="#a67c00",
    subject="Danke für Ihre Bestellung 303-9046127-5538801",
    paras=[
     "Liebe Kundin, lieber Kunde,",
     "herzlichen Dank, dass Sie sich für unsere handgezogenen Bienenwachskerzen entschieden haben (Bestellung 303-9046127-5538801).",
     "Wir freuen uns sehr über Ihr Vertrauen und wünschen Ihnen eine schöne und gemütliche Adventszeit!",
     "Von Herzen,<br>Ihre Familie Albrecht"],
    footer="Kerzenmanufaktur Albrecht, Inh. Ruth Albrecht, Mühlgasse 4, 91781 Weißenburg i. Bay.",
    date=(2026, 11, 30, 19, 25))

# =============================== FRENCH ===============================
ML = lambda s: "Mentions légales : " + s + " Message envoyé via la messagerie Amazon."

add(lang="fr", client="edesk", kind="proactive", expect="legit", rules=[],
    classes=["order_info", "product_fit", "mentions_legales", "html_template"],
    note="Order confirmation for hiking boots with lacing and break-in advice, and a mentions légales footer naming the company address.",
    shop="Cimes & Sentiers", frm="service@cimes-sentiers.fr", tpl="table", color="#2e5e4e",
    subject="Commande 402-6618305-2274917 : conseils pour vos nouvelles chaussures de randonnée",
    paras=[
     "Bonjour Madame Garnier,",
     "Nous avons bien reçu votre commande <b>402-6618305-2274917</b> (chaussures de randonnée Alpana Mid GTX, pointure 39, gris/turquoise). Elle sera remise à Colissimo demain.",
     "Quelques conseils pour bien démarrer :",
     "<ul><li>Portez-les d'abord à la maison et sur de courtes sorties (2–3 h) pour le rodage.</li><li>Utilisez le laçage « nœud de chirurgien » au niveau du cou-de-pied pour éviter que le talon ne remonte en descente.</li><li>Si vous êtes entre deux pointures, une chaussette technique plus épaisse compense souvent bien.</li><li>Après une sortie humide, séchez-les à l'air libre, jamais sur un radiateur.</li></ul>",
     "Si la pointure ne convient pas, le retour se fait simplement depuis « Vos commandes » sur Amazon.",
     "Belle randonnée !<br>L'équipe Cimes &amp; Sentiers"],
    footer=ML("Cimes &amp; Sentiers SAS au capital de 20 000 €, 14 rue du Lac, 74000 Annecy. RCS Annecy 891 204 557. TVA intracommunautaire FR42891204557."),
    date=(2026, 10, 27, 9, 37))

add(lang="fr", client="zendesk", kind="proactive", expect="legit", rules=[],
    classes=["delivery_delay", "html_template"],
    note="Delivery-delay notice explaining a carrier backlog and giving the new expected delivery date.",
    shop="La Bougie Provençale", frm="contact@bougie-provencale.fr", tpl="div", color="#7b5ea7",
    subject="Retard de livraison – commande 171-3305827-6619042",
    paras=[
     "Bonjour,",
     "Nous vous informons que votre commande 171-3305827-6619042 (coffret 3 bougies lavande de Valensole) a pris du retard : suite aux intempéries dans le Var, la plateforme Chronopost de Toulon a suspendu les enlèvements pendant deux jours.",
     "Votre colis a été remis au transporteur ce matin. La nouvelle date de livraison estimée est le <b>vendredi 20 novembre 2026</b>. Le suivi est visible dans votre compte Amazon.",
     "Nous sommes désolés pour ce contretemps. N'hésitez pas à nous répondre via la messagerie Amazon si le colis n'est pas arrivé d'ici là.",
     "Bien cordialement,<br>Claire Ménard<br>La Bougie Provençale"],
    footer="La Bougie Provençale SARL, 6 chemin des Aires, 83340 Le Luc. SIRET 812 447 903 00026.",
    date=(2026, 11, 17, 15, 48))

add(lang="fr", client="jtl", kind="proactive", expect="legit", rules=[],
    classes=["invoice", "mentions_legales", "html_template"],
    note="Automated invoice notice pointing to the invoice in the Amazon account, with a legal footer naming the registered address.",
    shop="Atelier Luminaire Roux", frm="facturation@luminaire-roux.fr", tpl="table", color="#5d4037",
    subject="Votre facture pour la commande 405-8831176-3390254",
    paras=[
     "Madame, Monsieur,",
     "La facture n° FA-2026-04417 relative à votre commande 405-8831176-3390254 (lampe de bureau articulée en laiton, abat-jour vert) est disponible.",
     "Vous pouvez la télécharger dans votre compte Amazon, rubrique <i>Vos commandes → Facture</i>. Elle mentionne la TVA à 20 % ainsi que l'éco-participation DEEE (0,25 €).",
     "Si vous avez besoin d'une facture au nom d'une société, merci de nous indiquer la raison sociale et l'adresse en réponse à ce message.",
     "Cordialement,<br>Service facturation"],
    footer=ML("Atelier Luminaire Roux SARL, 22 quai Saint-Vincent, 69001 Lyon. RCS Lyon 530 118 264. Directeur de la publication : Bernard Roux."),
    date=(2026, 12, 3, 8, 12))

add(lang="fr", client="feedbackwhiz", kind="proactive", expect="legit", rules=[],
    classes=["review_request_neutral", "html_template"],
    note="One neutral review request asking for an honest opinion, good or bad, with no incentive.",
    shop="Maison Théodore", frm="bonjour@maison-theodore.fr", tpl="div", color="#37474f",
    subject="Votre avis sur votre commande 403-2207718-8841560",
    paras=[
     "Bonjour,",
     "Votre commande 403-2207718-8841560 (housse de couette en lin lavé, 240×220, couleur argile) vous a été livrée il y a quelques jours.",
     "Si vous le souhaitez, vous pouvez laisser un avis sur Amazon. Qu'il soit positif ou négatif, votre retour sincère aide les autres clients à choisir et nous permet de nous améliorer.",
     "Bonne journée,<br>L'équipe Maison Théodore"],
    footer="Maison Théodore SAS, 3 rue des Tanneurs, 59800 Lille.",
    date=(2026, 11, 21, 11, 5))

add(lang="fr", client="billbee", kind="proactive", expect="legit", rules=[],
    classes=["product_use", "order_info", "html_template"],
    note="Product-use guide for a yoghurt maker (first use, ferment, timing) linked to the order.",
    shop="Cuisine & Terroir", frm="sav@cuisine-terroir.fr", tpl="table", color="#c0392b",
    subject="Commande 171-9940263-1175836 : bien utiliser votre yaourtière",
    paras=[
     "Bonjour Monsieur Lefebvre,",
     "Votre yaourtière YT-7 (7 pots en verre) de la commande 171-9940263-1175836 est en route. Voici un petit guide pour vos premiers yaourts :",
     "<b>Avant la première utilisation :</b> lavez les pots et couvercles à l'eau chaude savonneuse (les pots passent au lave-vaisselle, les couvercles non).",
     "<b>Recette de base :</b> 1 litre de lait entier à température ambiante + 1 yaourt nature (ou 1 sachet de ferment). Mélangez sans fouetter, répartissez dans les pots, sans couvercle.",
     "<b>Durée :</b> 8 h pour un yaourt ferme, 10–12 h pour un yaourt plus acidulé. Ensuite, couvrez et placez au réfrigérateur au moins 4 h.",
     "Si les yaourts restent liquides, c'est souvent le lait (le lait UHT demi-écrémé prend moins bien). La notice complète se trouve dans la boîte, pages 3 à 11.",
     "Bonne dégustation,<br>Julien – Cuisine &amp; Terroir"],
    footer="Cuisine &amp; Terroir EURL, 17 avenue de la Libération, 63000 Clermont-Ferrand. SIRET 904 331 852 00014.",
    date=(2026, 10, 31, 10, 20))

add(lang="fr", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["product_use", "reply_quoted", "html_template"],
    note="Reply explaining how to program a connected radiator thermostat the buyer ordered, quoting the buyer's question.",
    shop="Thermo Confort", frm="support@thermo-confort.fr", tpl="plain",
    subject="RE: Programmation du thermostat - commande 405-1127309-6628455",
    paras=[
     "Bonjour Madame Benali,",
     "Pour programmer la tête thermostatique TC-30 de votre commande 405-1127309-6628455 sans l'application :",
     "1. Appuyez 3 secondes sur la molette jusqu'à ce que « PROG » s'affiche.<br>2. Choisissez le jour (d1 = lundi) puis tournez pour régler l'heure de début et la température.<br>3. Validez avec un appui court. Répétez pour chaque plage (4 plages maxi par jour).",
     "Si l'écran affiche « F1 », la tête n'est pas bien clipsée sur la vanne : utilisez l'adaptateur Danfoss RA fourni (le bleu) et revissez à la main.",
     "Bien à vous,<br>Nicolas<br>Support Thermo Confort"],
    quote_html=('<p style="color:#666">Le 14 nov. 2026 à 19:32, Amazon Marketplace a écrit :</p>'
                '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                'Bonsoir, j\'ai reçu le thermostat mais je n\'arrive pas à le programmer, la notice est très petite et l\'écran affiche F1. Comment faire ? Merci, Samia Benali</blockquote>'),
    quote_text=("Le 14 nov. 2026 à 19:32, Amazon Marketplace a écrit :\n> Bonsoir, j'ai reçu le thermostat mais je n'arrive pas à le programmer, la notice est\n"
                "> très petite et l'écran affiche F1. Comment faire ? Merci, Samia Benali"),
    footer="Thermo Confort SAS, 41 rue de l'Industrie, 67400 Illkirch-Graffenstaden.",
    date=(2026, 11, 15, 9, 2))

add(lang="fr", client="edesk", kind="reply", expect="legit", rules=[],
    classes=["invoice", "reply_quoted", "plain_text"],
    note="Plain-text reply confirming an invoice with the buyer's intra-EU VAT number has been uploaded to Amazon.",
    shop="Papeterie Dumont", frm="service.client@papeterie-dumont.fr", tpl=None,
    subject="Re: Facture avec numéro de TVA — commande 402-5572014-9903318",
    text="""Bonjour Monsieur Girard,

C'est fait : la facture de la commande 402-5572014-9903318 a été rééditée au nom de « Cabinet Girard Architectes » avec votre numéro de TVA intracommunautaire FR09452118730. Elle est disponible dans votre compte Amazon (Vos commandes > Facture).

L'ancienne facture a été annulée par un avoir, vous n'avez rien à faire de votre côté.

Cordialement,
Sophie Dumont
Papeterie Dumont

On Thu, Dec 10, 2026 at 4:51 PM Amazon Marketplace wrote:
> Bonjour, pouvez-vous ajouter mon numéro de TVA FR09452118730 et le nom du cabinet
> (Cabinet Girard Architectes) sur la facture svp ? Merci
> Thomas Girard
""",
    date=(2026, 12, 11, 9, 30))

add(lang="fr", client="jtl", kind="proactive", expect="legit", rules=[],
    classes=["delivery_delay", "personalised_item", "html_template"],
    note="Notice that an engraved personalised item needs extra production time, giving the new dispatch date.",
    shop="Gravure Artisanale Morel", frm="atelier@gravure-morel.fr", tpl="div", color="#455a64",
    subject="Commande 404-3318870-2206591 : délai de gravure",
    paras=[
     "Bonjour Madame Perrin,",
     "Merci pour votre commande 404-3318870-2206591 (planche à découper en noyer gravée « Famille Perrin – depuis 1998 »).",
     "En raison du grand nombre de commandes de fin d'année, la gravure prend deux jours de plus que prévu. Votre planche sera expédiée le <b>lundi 14 décembre</b> par La Poste (Colissimo), avec une livraison attendue le 16 ou le 17 décembre.",
     "Nous avons bien vérifié le texte de gravure : il sera reproduit exactement comme saisi lors de la commande, avec le tiret long.",
     "Cordialement,<br>Hugo Morel, atelier de gravure"],
    footer="Gravure Artisanale Morel EI, 9 place du Marché, 49400 Saumur. SIRET 882 716 045 00019.",
    date=(2026, 12, 9, 17, 44))

# ---- French violations ----
add(lang="fr", client="edesk", kind="proactive", expect="violation", rules=["purpose.marketing"],
    classes=["order_info", "coupon", "postscript", "html_template"],
    note="Order confirmation with coffee-grinder usage tips, but the P.S. offers a 15 % discount code on the next order, which is promotional.",
    shop="Torréfaction Lambert", frm="service@torrefaction-lambert.fr", tpl="table", color="#4e342e",
    subject="Commande 171-4468192-0037715 : réglage de votre moulin à café",
    paras=[
     "Bonjour,",
     "Votre commande 171-4468192-0037715 (moulin à café manuel MK-2, meules céramique) a bien été enregistrée et part aujourd'hui.",
     "Pour le réglage de la mouture : tournez l'écrou sous la manivelle dans le sens horaire pour une mouture plus fine. Comptez environ 6 clics pour un espresso, 12 pour une cafetière filtre, 20 pour une cafetière à piston.",
     "Ne lavez pas les meules à l'eau : un coup de pinceau sec suffit.",
     "À bientôt,<br>Marc Lambert",
     "<i>P.S. Pour vous remercier, profitez de <b>15 % de réduction</b> sur votre prochaine commande avec le code <b>MERCI15</b>.</i>"],
    footer="Torréfaction Lambert SARL, 2 rue des Halles, 35000 Rennes. RCS Rennes 798 552 106.",
    date=(2026, 11, 9, 10, 55))

add(lang="fr", client="billbee", kind="proactive", expect="violation", rules=["purpose.marketing"],
    classes=["product_use", "newsletter", "banner", "html_template"],
    note="Care guide for a cast-iron cocotte, but the banner invites the buyer to join the shop newsletter, which is marketing.",
    shop="Fonte & Cuisine", frm="conseils@fonte-cuisine.fr", tpl="div", color="#b71c1c",
    banner="Envie de recettes et d'offres exclusives ? Inscrivez-vous à notre newsletter : répondez simplement « OUI » à ce message.",
    subject="Entretien de votre cocotte – commande 403-7720195-4418863",
    paras=[
     "Bonjour Madame Roussel,",
     "Votre cocotte en fonte émaillée 24 cm (commande 403-7720195-4418863) a été livrée. Quelques conseils d'entretien :",
     "<ul><li>Ne jamais passer d'un feu vif à l'eau froide : le choc thermique peut fissurer l'émail.</li><li>Chauffez progressivement, à feu moyen, avec un peu de matière grasse.</li><li>Utilisez des ustensiles en bois ou silicone.</li><li>Lavage à la main conseillé, même si elle passe au lave-vaisselle.</li></ul>",
     "Bonne cuisine !<br>L'équipe Fonte &amp; Cuisine"],
    footer="Fonte &amp; Cuisine SAS, 88 rue Nationale, 37000 Tours.",
    date=(2026, 11, 4, 14, 33))

add(lang="fr", client="zendesk", kind="proactive", expect="violation", rules=["purpose.marketing", "contact.off_platform"],
    classes=["delivery_delay", "follow_us", "social_media", "footer", "html_template"],
    note="Delivery-delay notice with a footer asking the buyer to follow the brand on Instagram and Facebook, which is marketing and points off Amazon.",
    shop="Les Petits Tricots", frm="boutique@lespetitstricots.fr", tpl="table", color="#ad1457",
    subject="Petit retard pour votre commande 402-9918437-5506612",
    paras=[
     "Bonjour,",
     "Votre commande 402-9918437-5506612 (bonnet et snood en laine mérinos, taille enfant 4–6 ans, bleu canard) part avec un peu de retard : la teinture bleu canard a été réapprovisionnée hier seulement.",
     "Le colis sera expédié par Mondial Relay le 23 novembre, livraison en point relais sous 3 à 5 jours ouvrés.",
     "Toutes nos excuses,<br>Élodie"],
    footer="Suivez-nous sur Instagram et Facebook <b>@lespetitstricots</b> pour découvrir nos nouveautés tricotées main !<br>Les Petits Tricots, Élodie Vasseur EI, 12 rue du Moulin, 22100 Dinan.",
    date=(2026, 11, 19, 12, 7))

add(lang="fr", client="feedbackwhiz", kind="proactive", expect="violation", rules=["review.biased_positive"],
    classes=["review_request", "five_star", "html_template"],
    note="Review request asking the buyer to leave five stars, which biases the review.",
    shop="Jardin Secret Outillage", frm="service@jardinsecret-outillage.fr", tpl="plain",
    subject="Votre sécateur vous plaît ? Commande 405-6640218-1197304",
    paras=[
     "Bonjour Monsieur Fabre,",
     "Nous espérons que votre sécateur à crémaillère SP-22 (commande 405-6640218-1197304) vous donne entière satisfaction pour la taille d'automne.",
     "Un petit geste qui compte beaucoup pour une petite entreprise comme la nôtre : laissez-nous un avis <b>5 étoiles</b> sur Amazon, cela nous aide énormément !",
     "Astuce : huilez le ressort et la lame une fois par mois avec quelques gouttes d'huile de vaseline.",
     "Merci et à bientôt,<br>Jardin Secret Outillage"],
    footer="Jardin Secret Outillage SARL, ZA des Vignes, 84120 Pertuis.",
    date=(2026, 11, 24, 16, 15))

add(lang="fr", client="sellerlogic", kind="proactive", expect="violation", rules=["review.incentive"],
    classes=["review_request", "prize_draw", "banner", "html_template"],
    note="Review request that enters every reviewer into a prize draw for a 100-euro gift card, an incentive for reviews.",
    shop="NovaSport Fitness", frm="club@novasport-fitness.fr", tpl="table", color="#ef6c00",
    banner="<b>GRAND TIRAGE AU SORT</b> – Laissez un avis sur votre produit et tentez de gagner une carte cadeau de 100 € ! Tirage le 31 décembre.",
    subject="Votre avis sur la commande 404-1150936-7724081",
    paras=[
     "Bonjour,",
     "Vos haltères réglables 2 × 24 kg (commande 404-1150936-7724081) sont livrés depuis une semaine.",
     "Nous serions ravis de connaître votre avis sur Amazon.",
     "Rappel sécurité : vérifiez toujours que le sélecteur de poids est bien enclenché (clic audible) avant de soulever l'haltère du support.",
     "Sportivement,<br>L'équipe NovaSport"],
    footer="NovaSport Fitness SAS, 150 avenue Jean Jaurès, 33600 Pessac.",
    date=(2026, 12, 14, 9, 9))

add(lang="fr", client="edesk", kind="proactive", expect="violation", rules=["purpose.thank_you_only"],
    classes=["thank_you_only", "html_template"],
    note="Message sent only to thank the buyer for the order, with no order information or question.",
    shop="Savonnerie du Vieux Port", frm="contact@savonnerie-vieuxport.fr", tpl="div", color="#00838f",
    subject="Merci pour votre commande 171-8803521-4460297",
    paras=[
     "Chère cliente, cher client,",
     "Toute l'équipe de la Savonnerie du Vieux Port vous remercie chaleureusement pour votre commande 171-8803521-4460297.",
     "C'est grâce à des clients comme vous que notre petite savonnerie marseillaise peut continuer à fabriquer ses savons au chaudron, comme autrefois.",
     "Avec toute notre gratitude,<br>Fabienne et Louis"],
    footer="Savonnerie du Vieux Port, SARL, 5 rue Caisserie, 13002 Marseille.",
    date=(2026, 11, 12, 18, 50))

# ---------- build ----------
def build(m, n):
    msg = EmailMessage()
    dom = "marketplace.amazon." + ("de" if m["lang"] == "de" else "fr")
    msg["From"] = f'{m["shop"]} <{m["frm"]}>'
    msg["To"] = f"{alias()}@{dom}"
    msg["Subject"] = m["subject"]
    y, mo, d, h, mi = m["date"]
    tz = timezone(timedelta(hours=1))
    msg["Date"] = format_datetime(datetime(y, mo, d, h, mi, rnd.randint(0, 59), tzinfo=tz))
    msg["Message-ID"] = f"<{uuid.UUID(int=rnd.getrandbits(128)).hex}@{m['frm'].split('@')[1]}>"
    cte = "base64" if n % 3 == 0 else "quoted-printable"
    if m.get("tpl") is None:
        msg.set_content(m["text"], charset="utf-8", cte=cte)
        return msg
    paras = list(m["paras"])
    banner = m.get("banner")
    html = TPL[m["tpl"]](m["shop"], paras, m["footer"], m.get("color", "#333"), banner)
    if m.get("quote_html"):
        html = html.replace("</body>", f"<br>{m['quote_html']}\n</body>")
    text = "\n\n".join(strip(p) for p in paras)
    if banner:
        text += "\n\n*** " + strip(banner) + " ***"
    text += "\n\n--\n" + strip(m["footer"])
    if m.get("quote_text"):
        text += "\n\n" + m["quote_text"]
    text += "\n"
    msg.set_content(text, charset="utf-8", cte=cte)
    msg.add_alternative(html, subtype="html", charset="utf-8", cte=cte)
    return msg

order = list(range(len(M)))
rnd.shuffle(order)
lines = []
for n, idx in enumerate(order, 1):
    m = M[idx]
    wid = f"w133-{n:04d}"
    fn = f"messages/{wid}.eml"
    (OUT / fn).write_bytes(build(m, n).as_bytes())
    lines.append(json.dumps({"id": wid, "file": fn, "lang": m["lang"], "client": m["client"],
        "kind": m["kind"], "split": "dev", "expect": m["expect"], "rules": m["rules"],
        "classes": m["classes"], "note": m["note"]}, ensure_ascii=False))
(OUT / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
print(len(M), "messages")
