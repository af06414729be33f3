#!/usr/bin/env python3
"""Generate w134 messages (German support replies full of look-alike words)."""
import json, random, os
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from email.charset import Charset, QP, BASE64

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
rnd = random.Random(134)
TZ = timezone(timedelta(hours=1))

def alias():
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15)) + "@marketplace.amazon.de"

def oid():
    return "%03d-%07d-%07d" % (rnd.randint(300, 306), rnd.randint(0, 9999999), rnd.randint(0, 9999999))

def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

M = []
def add(**kw):
    M.append(kw)

# Each entry: client, kind, expect, rules, classes, note, sender, subject, body(text), quote (optional), html(bool), attach(optional)

# ---------------- 1 WhatsApp refusal (legit)
o = oid()
add(client="zendesk", kind="reply", expect="legit", rules=[], classes=["whatsapp_refusal", "photo_upload"],
    note="Buyer asks for a WhatsApp number to send photos; agent declines and explains how to attach photos in Amazon's message centre.",
    sender=("Kundenservice Brenner Gartenmöbel", "support@brenner-gartenmoebel.de"),
    subject=f"Re: Frage zu Ihrer Bestellung {o}",
    body=f"""##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##

Hallo Frau Kettler,

vielen Dank für Ihre Nachricht zur Bestellung {o} (Hochlehner-Auflage „Lido“, anthrazit).

Über WhatsApp dürfen wir mit Amazon-Kunden leider keinen Kontakt aufnehmen – das ist keine böse Absicht, sondern eine Vorgabe von Amazon, und wir halten uns daran. Die Fotos können Sie aber ganz einfach hier anhängen: Antworten Sie auf diese Nachricht und klicken Sie im Nachrichtenfenster auf „Anhang hinzufügen“. JPG und PNG funktionieren problemlos, bis zu 10 MB pro Datei.

Am hilfreichsten wäre ein Foto von der Naht an der Kopfseite und eines vom Etikett an der Unterseite, damit wir die Charge zuordnen können.

Sobald die Bilder da sind, melden wir uns innerhalb eines Werktags.

Viele Grüße
Lena Hartwig
Kundenservice Brenner Gartenmöbel

Ticket #48213""",
    quote=("zendesk", "Amazon-Käufer, 23.11.2026 um 19:42:", """Hallo, die Auflage hat an der Naht oben ein Loch, schon nach 2 Wochen. Haben Sie WhatsApp? Dann schick ich Ihnen schnell ein paar Bilder, das geht am Handy einfacher als hier. Gruß B. Kettler"""),
    date=datetime(2026, 11, 24, 8, 17, 3, tzinfo=TZ))

# ---------------- 2 coupon request refusal (legit)
o = oid()
add(client="freshdesk", kind="reply", expect="legit", rules=[], classes=["gutschein_refusal", "rabatt_refusal"],
    note="Buyer asks for a Rabattcode/Gutschein for the next purchase; agent says no discounts can be offered by message and answers the actual product question.",
    sender=("Teehaus Wendland Service", "hilfe@teehaus-wendland.de"),
    subject=f"Re: Gutschein? Bestellung {o}",
    body=f"""Guten Tag Herr Yilmaz,

danke für Ihre Rückmeldung zur Bestellung {o}.

Rabattcodes oder Gutscheine können wir über das Amazon-Nachrichtensystem leider nicht vergeben, auch nicht für Folgebestellungen. Das gilt für alle Käufer gleichermaßen, bitte nehmen Sie es nicht persönlich.

Zu Ihrer eigentlichen Frage: Der Darjeeling First Flush hält ungeöffnet etwa 24 Monate, angebrochen empfehlen wir, ihn innerhalb von 3 Monaten aufzubrauchen. Die Tüte lässt sich mit dem Zip-Verschluss gut wieder schließen; lichtgeschützt und fern von Gewürzen lagern, dann bleibt das Aroma am längsten.

Freundliche Grüße
Jonas Wendland
Teehaus Wendland""",
    quote=("freshdesk", "Am Mo., 16. Nov. 2026 um 21:05 schrieb Amazon-Käufer:", """Hallo, der Tee ist super. Wie lange hält der eigentlich wenn die Tüte offen ist? Und gibts für Stammkunden vielleicht einen Gutschein oder Rabatt fürs nächste Mal? lg"""),
    date=datetime(2026, 11, 17, 10, 2, 44, tzinfo=TZ), html=True)

# ---------------- 3 refund as Amazon gift card (legit)
o = oid()
add(client="outlook", kind="reply", expect="legit", rules=[], classes=["amazon_gutschein_refund", "refund"],
    note="Explains that the refund was issued through Amazon as an Amazon-Gutschein because the buyer chose that option in the return flow.",
    sender=("Schuhhaus Dorn Onlineservice", "service@schuhhaus-dorn.de"),
    subject=f"AW: Erstattung nicht auf Kreditkarte – Bestellung {o}",
    body=f"""Sehr geehrte Frau Albrecht,

wir haben uns die Rücksendung zu Ihrer Bestellung {o} (Chelsea Boots „Malmö“, Gr. 39) angesehen. Die Rückerstattung über 89,95 € wurde am 02.12.2026 von uns über Amazon ausgelöst.

Dass das Geld nicht auf Ihrer Kreditkarte erscheint, liegt daran, dass bei der Anmeldung der Rücksendung die Option „Erstattung als Amazon-Gutschein“ ausgewählt wurde. Der Betrag ist daher Ihrem Amazon-Geschenkgutschein-Guthaben gutgeschrieben worden. Sie sehen ihn in Ihrem Amazon-Konto unter „Geschenkgutscheine“ bzw. „Guthaben“, und er wird bei Ihrer nächsten Amazon-Bestellung automatisch verrechnet.

Eine nachträgliche Umbuchung auf die Kreditkarte können wir als Verkäufer leider nicht vornehmen. Falls Sie das möchten, hilft Ihnen der Amazon-Kundenservice über „Hilfe“ > „Kundenservice kontaktieren“ weiter.

Mit freundlichen Grüßen

Katrin Möller
Schuhhaus Dorn – Onlineservice""",
    quote=("outlook", None, """Hallo, ich habe die Schuhe zurückgeschickt aber das Geld ist nicht auf meiner Karte. Stattdessen steht da was von Gutschein?? Ich wollte keinen Gutschein. Bitte um Klärung.
M. Albrecht"""),
    date=datetime(2026, 12, 4, 14, 33, 10, tzinfo=TZ), html=True)

# ---------------- 4 "own online shop?" refusal (legit)
o = oid()
add(client="zendesk", kind="reply", expect="legit", rules=[], classes=["onlineshop_refusal", "outside_amazon_refusal", "reorder_on_amazon"],
    note="Buyer asks to order directly from the seller's own Onlineshop; agent declines ordering outside Amazon and explains how to reorder via Amazon.",
    sender=("Kaffeerösterei Hollerbach", "kundenservice@roesterei-hollerbach.de"),
    subject=f"Re: Nachbestellung direkt bei Ihnen? ({o})",
    body=f"""Hallo Herr Brandt,

schön, dass Ihnen die Espressomischung „Nonna“ aus Bestellung {o} schmeckt!

Eine Bestellung außerhalb von Amazon können wir Ihnen an dieser Stelle nicht anbieten, und auf einen eigenen Onlineshop dürfen wir in Amazon-Nachrichten auch nicht verweisen. Nachbestellen können Sie am einfachsten über Amazon: In „Meine Bestellungen“ gibt es neben Ihrer bisherigen Bestellung den Button „Erneut kaufen“. Die 1-kg-Packung ist dort ebenfalls als Variante auswählbar, falls Ihnen 500 g zu schnell leer werden.

Zur Mahlgrad-Frage: Für Ihren Siebträger empfehlen wir „ganze Bohne“ und frisch mahlen. Wenn Sie keine Mühle haben, ist die Variante „gemahlen – Espresso“ die richtige.

Herzliche Grüße aus der Rösterei
Paula Hollerbach""",
    quote=("zendesk", "Amazon-Käufer, 29.11.2026 um 11:20:", """Moin, kann ich bei Ihnen auch direkt bestellen? Haben Sie einen Onlineshop? Über Amazon ist es ja immer etwas teurer. Und welche Mahlung passt zu einer Siebträgermaschine?"""),
    date=datetime(2026, 11, 30, 9, 5, 0, tzinfo=TZ))

# ---------------- 5 manufacturer hotline named without number (legit)
o = oid()
add(client="plain", kind="reply", expect="legit", rules=[], classes=["manufacturer_warranty", "hotline_named_no_number"],
    note="Warranty question: agent names the manufacturer's Kundendienst and points to the warranty card in the box without giving any phone number or address.",
    sender=("Elektro Rahn Versand", "info@elektro-rahn-versand.de"),
    subject=f"Re: Garantie Akkuschrauber - Bestellung {o}",
    body=f"""Guten Tag Herr Kowalczyk,

zu Ihrer Bestellung {o} (Akku-Bohrschrauber Voltera BS 18-2, 2 Akkus):

Die Garantie von 3 Jahren gibt der Hersteller Voltera selbst, zusätzlich zur gesetzlichen Gewährleistung, die Sie bei uns haben. Für die Herstellergarantie ist der Voltera-Kundendienst zuständig; die Telefonnummer und die Anschrift stehen auf der Garantiekarte, die im Koffer unter dem Einsatz liegt. Halten Sie dort bitte die Seriennummer vom Typenschild am Griff bereit.

Sie können sich aber genauso gut an uns wenden: Innerhalb der ersten 2 Jahre übernehmen wir die Abwicklung über die Gewährleistung. Dazu einfach hier über Amazon antworten, wir schicken Ihnen dann ein kostenloses Rücksendeetikett über das Amazon-Rücksendezentrum.

Beides ist für Sie kostenlos, entscheiden Sie, was Ihnen lieber ist.

Mit freundlichen Grüßen
Tobias Rahn
Elektro Rahn Versand


Am 08.12.2026 um 17:51 schrieb Amazon-Käufer:
> Der Schrauber geht seit gestern nur noch im 1. Gang. Wie läuft das mit der
> Garantie? Muss ich den Hersteller anrufen oder Sie?""",
    quote=None,
    date=datetime(2026, 12, 9, 8, 40, 12, tzinfo=TZ))

# ---------------- 6 DHL app (legit)
o = oid()
add(client="freshdesk", kind="reply", expect="legit", rules=[], classes=["carrier_app", "delivery_problem"],
    note="Delivery question: agent explains the DHL status, mentions the buyer can follow it in the DHL app with the tracking number from the Amazon order page.",
    sender=("Spielwaren Kugelmann", "service@kugelmann-spielwaren.de"),
    subject=f"Re: Paket nicht angekommen - {o}",
    body=f"""Hallo Frau Stein,

danke für Ihre Nachricht. Wir haben die Sendung zu Ihrer Bestellung {o} (Holzeisenbahn-Set „Bergbahn“, 64 Teile) bei DHL nachverfolgt: Das Paket wurde am Freitag nicht zugestellt, weil die Hausnummer am Briefkasten nicht gefunden wurde, und liegt jetzt in der Filiale in der Bahnhofstraße zur Abholung bereit (7 Werktage Lagerfrist).

Die Sendungsnummer finden Sie bei Amazon unter „Meine Bestellungen“ > „Lieferung verfolgen“. Wenn Sie die DHL-App nutzen, können Sie die Nummer dort eintragen und sehen dann auch die genaue Filiale und die Öffnungszeiten. Zur Abholung brauchen Sie Ihren Ausweis.

Falls Sie das Paket nicht abholen können, geben Sie uns kurz Bescheid – dann geht es an uns zurück und wir schicken es erneut an Sie raus, ohne Mehrkosten.

Viele Grüße
Sven Kugelmann""",
    quote=("freshdesk", "Am Sa., 12. Dez. 2026 um 09:14 schrieb Amazon-Käufer:", """Laut Amazon sollte das Paket gestern kommen. Nix da. Wo ist es? Es ist ein Geschenk für Weihnachten!!"""),
    date=datetime(2026, 12, 12, 11, 28, 0, tzinfo=TZ), html=True)

# ---------------- 7 bank (legit)
o = oid()
add(client="outlook", kind="reply", expect="legit", rules=[], classes=["bank_named", "refund_timing"],
    note="Refund timing question: agent confirms the Amazon refund date and says the buyer's bank may need a few working days to book it.",
    sender=("Lichtwerk Sauer GmbH", "kundendienst@lichtwerk-sauer.de"),
    subject=f"AW: Rückerstattung {o}",
    body=f"""Hallo Herr Neumann,

die Erstattung für Ihre Bestellung {o} (2x LED-Deckenleuchte „Ronda“ 40 cm, 119,80 €) haben wir am 19.11.2026 über Amazon veranlasst. In Ihrem Amazon-Konto sollte sie unter den Bestelldetails bereits als „Erstattung ausgestellt“ angezeigt werden.

Da Sie per Lastschrift bezahlt haben, geht der Betrag zurück auf Ihr Girokonto. Wie schnell er dort sichtbar wird, hängt von Ihrer Bank ab – bei der Sparkasse, die Sie erwähnt haben, dauert das erfahrungsgemäß 3 bis 5 Werktage. Sollte bis zum 30.11. nichts eingegangen sein, wenden Sie sich bitte an den Amazon-Kundenservice, der kann die Zahlung direkt nachverfolgen; wir sehen als Verkäufer leider nur den Status „ausgelöst“.

Freundliche Grüße
Merve Aksoy
Lichtwerk Sauer GmbH""",
    quote=("outlook", None, """Guten Tag, ich habe die Lampen vor 10 Tagen zurückgeschickt, bei meiner Sparkasse ist aber noch nichts angekommen. Haben Sie das Geld überhaupt schon überwiesen?
Gruß Neumann"""),
    date=datetime(2026, 11, 21, 16, 3, 55, tzinfo=TZ))

# ---------------- 8 neutral review request (legit, proactive)
o = oid()
add(client="plain", kind="proactive", expect="legit", rules=[], classes=["review_request_neutral", "sterne_word"],
    note="Single neutral review request after delivery, explicitly open to any star rating, no incentive.",
    sender=("Wollstube Petersen", "kontakt@wollstube-petersen.de"),
    subject=f"Ihre Meinung zu Bestellung {o}",
    body=f"""Liebe Kundin, lieber Kunde,

Ihre Bestellung {o} (Merino-Sockenwolle „Fjord“, 4 Knäuel) sollte inzwischen bei Ihnen angekommen sein.

Wenn Sie einen Moment Zeit haben, würden wir uns über eine Rezension auf Amazon freuen – ganz gleich, ob Sie 1 oder 5 Sterne vergeben. Ehrliche Erfahrungen helfen anderen Strickerinnen und Strickern bei der Auswahl und uns dabei, unser Sortiment zu verbessern.

Falls mit der Lieferung etwas nicht stimmt, können Sie natürlich auch einfach auf diese Nachricht antworten.

Herzliche Grüße
Hanne Petersen
Wollstube Petersen""",
    quote=None,
    date=datetime(2026, 11, 26, 10, 0, 0, tzinfo=TZ))

# ---------------- 9 buyer threatens 1 star, agent solves (legit)
o = oid()
add(client="zendesk", kind="reply", expect="legit", rules=[], classes=["negative_review_mentioned", "replacement", "no_review_pressure"],
    note="Buyer threatens a 1-star Rezension; agent arranges a replacement through Amazon and states the review is the buyer's own decision without asking to change it.",
    sender=("Küchenkontor Ahlers", "support@kuechenkontor-ahlers.de"),
    subject=f"Re: Deckel passt nicht!!! {o}",
    body=f"""##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##

Guten Tag Herr Pohl,

es tut uns leid, dass der Glasdeckel nicht auf die Pfanne passt. Wir haben nachgesehen: Zu Ihrer Bestellung {o} wurde versehentlich der Deckel für 26 cm statt 28 cm gepackt – der Fehler liegt klar bei uns.

Wir haben heute eine kostenlose Ersatzlieferung mit dem richtigen 28-cm-Deckel über Amazon angelegt; sie geht morgen mit DHL raus. Den falschen Deckel müssen Sie nicht zurückschicken.

Was Sie in Ihrer Rezension schreiben, ist selbstverständlich allein Ihre Sache – wir wollten nur sicherstellen, dass Sie das richtige Teil bekommen.

Freundliche Grüße
Ole Ahlers
Küchenkontor Ahlers

Ticket #7719""",
    quote=("zendesk", "Amazon-Käufer, 03.12.2026 um 20:11:", """Der Deckel ist viel zu klein, der fällt in die Pfanne rein. So ein Mist. Wenn das nicht schnell geklärt wird gibts 1 Stern und eine entsprechende Rezension."""),
    date=datetime(2026, 12, 4, 9, 12, 40, tzinfo=TZ), html=True)

# ---------------- 10 YouTube -> Amazon product page video (legit)
o = oid()
add(client="freshdesk", kind="reply", expect="legit", rules=[], classes=["youtube_refusal", "assembly_help", "amazon_feature"],
    note="Buyer asks for a YouTube assembly video; agent says no external links can be sent, points to the video in the Amazon product gallery and gives the steps in text.",
    sender=("Möbelmanufaktur Greve", "service@greve-moebel.de"),
    subject=f"Re: Aufbauvideo für Regal? Bestellung {o}",
    body=f"""Hallo Frau Lorenz,

einen YouTube-Link dürfen wir Ihnen hier leider nicht schicken – externe Links sind in Amazon-Nachrichten nicht erlaubt. Auf der Amazon-Produktseite des Regals „Nordkap“ ist aber in der Bildergalerie ganz rechts ein kurzes Aufbauvideo hinterlegt, das genau Ihr Modell zeigt.

Die Stelle, an der Sie hängen, ist Schritt 6 der Anleitung zu Bestellung {o}:

1. Die beiden Mittelböden (Teil D) werden mit der Bohrung nach unten eingelegt.
2. Die Exzenter (Beutel C) mit der Pfeilmarkierung zur Kante hin eindrehen.
3. Erst dann die Dübel (Beutel B) in die Seitenwand stecken und den Boden aufschieben.
4. Exzenter im Uhrzeigersinn um eine halbe Drehung anziehen – nicht mehr, sonst reißt die Spanplatte aus.

Wenn die Bohrungen trotzdem nicht fluchten, schicken Sie uns gern ein Foto als Anhang hier im Nachrichtencenter.

Viele Grüße
Marco Greve""",
    quote=("freshdesk", "Am Di., 10. Nov. 2026 um 22:47 schrieb Amazon-Käufer:", """Gibt es für das Regal ein Video auf Youtube? Ich komm bei Schritt 6 nicht weiter, die Böden passen nicht."""),
    date=datetime(2026, 11, 11, 8, 55, 0, tzinfo=TZ), html=True)

# ---------------- 11 Instagram seen, colour question (legit)
o = oid()
add(client="outlook", kind="reply", expect="legit", rules=[], classes=["instagram_buyer_words", "product_question"],
    note="Buyer saw the product on Instagram and says the colour differs; agent explains the colour variant of the order without promoting any channel.",
    sender=("Textilhaus Berglund", "service@textilhaus-berglund.de"),
    subject=f"AW: Farbe anders als auf Instagram - {o}",
    body=f"""Hallo Frau Demir,

vielen Dank für Ihre Nachricht zu Bestellung {o}.

Das Bild, das Sie auf Instagram gesehen haben, stammt nicht von uns, daher können wir zu dessen Farbdarstellung wenig sagen. Sie haben die Variante „Salbei“ bestellt und auch erhalten – das Etikett am Saum trägt den Farbcode SG-214. Die Variante „Eukalyptus“ ist deutlich blauer und hat den Code EU-219; möglicherweise war die auf dem Foto zu sehen.

Wenn die Farbe nicht Ihren Vorstellungen entspricht, können Sie die Tagesdecke innerhalb von 30 Tagen über „Meine Bestellungen“ > „Artikel zurücksenden“ kostenlos zurückgeben und die andere Variante bei Amazon bestellen.

Viele Grüße
Ida Berglund""",
    quote=("outlook", None, """Hallo, auf Instagram sah die Decke viel mehr blaugrün aus, meine ist eher grau-grün. Hab ich die falsche Farbe bekommen?"""),
    date=datetime(2026, 11, 19, 13, 22, 0, tzinfo=TZ), html=True)

# ---------------- 12 Facebook message refusal (legit)
o = oid()
add(client="zendesk", kind="reply", expect="legit", rules=[], classes=["facebook_refusal", "only_amazon_channel"],
    note="Buyer says they also wrote via Facebook; agent says order matters are handled only here and answers the size exchange question.",
    sender=("Laufsport Kemmerich", "hilfe@laufsport-kemmerich.de"),
    subject=f"Re: Umtausch Größe - {o}",
    body=f"""Hallo Herr Friedrich,

Ihre Nachricht über Facebook konnten wir keiner Bestellung zuordnen – Anfragen zu Amazon-Bestellungen bearbeiten wir ausschließlich hier im Amazon-Nachrichtencenter. Umso besser, dass Sie uns auch hier geschrieben haben.

Zum Umtausch der Laufschuhe „Trailrunner X3“ aus Bestellung {o}: Ein direkter Größentausch ist über Amazon möglich. Gehen Sie auf „Meine Bestellungen“ > „Artikel zurücksenden“ und wählen Sie als Grund „Größe passt nicht“, dann „Umtausch“ und Größe 44,5. Der Ersatz wird verschickt, sobald DHL das Rückpaket gescannt hat.

Sportliche Grüße
Nina Kemmerich""",
    quote=("zendesk", "Amazon-Käufer, 25.11.2026 um 07:58:", """Hab Ihnen schon bei Facebook geschrieben aber keine Antwort. Die Schuhe sind zu klein, ich brauch 44,5 statt 44. Wie geht Umtausch?"""),
    date=datetime(2026, 11, 25, 15, 41, 0, tzinfo=TZ))

# ---------------- 13 phone call refusal (legit)
o = oid()
add(client="plain", kind="reply", expect="legit", rules=[], classes=["telefon_refusal", "product_question"],
    note="Buyer asks to be called; agent says contact by Telefon is not possible via Amazon and answers the installation question in writing.",
    sender=("Haustechnik Oberle", "service@haustechnik-oberle.de"),
    subject=f"Re: Bitte um Rückruf - Bestellung {o}",
    body=f"""Sehr geehrte Frau Wagner,

telefonisch können wir Sie leider nicht kontaktieren – Amazon erlaubt uns die Kommunikation mit Käufern nur über dieses Nachrichtensystem. Wir versuchen, Ihre Frage hier so vollständig wie möglich zu beantworten.

Das Thermostat „Clima T4“ aus Bestellung {o} passt auf Ihr Heizkörperventil von Heimeier ohne Adapter (M30 x 1,5). So gehen Sie vor:

- alten Thermostatkopf auf Stufe 5 drehen und die Überwurfmutter lösen
- neues Thermostat auf „Montage“-Modus stellen (Taste 3 Sekunden halten, Anzeige „InS“)
- aufsetzen, Mutter handfest anziehen
- Taste erneut drücken, das Thermostat fährt den Ventilhub selbst ein

Falls „F1“ im Display erscheint, sitzt die Mutter nicht fest genug. Schreiben Sie uns gern, falls es hakt.

Freundliche Grüße
Florian Oberle
Haustechnik Oberle

-----Original Message-----
From: Amazon-Käufer
Sent: Mittwoch, 2. Dezember 2026 18:30
Subject: Bitte um Rückruf

Ich bin mit dem Thermostat überfordert, können Sie mich bitte mal anrufen? Meine Telefonnummer haben Sie ja von der Bestellung. Danke, Wagner""",
    quote=None,
    date=datetime(2026, 12, 3, 9, 30, 0, tzinfo=TZ))

# ---------------- 14 invoice by email -> Amazon account + PDF (legit)
o = oid()
add(client="freshdesk", kind="reply", expect="legit", rules=[], classes=["email_refusal", "invoice", "pdf_attachment"],
    note="Buyer asks for the invoice by E-Mail; agent says it is uploaded in the Amazon account and attaches it as PDF here.",
    sender=("Bürobedarf Lammers", "rechnung@buerobedarf-lammers.de"),
    subject=f"Re: Rechnung per E-Mail? {o}",
    body=f"""Guten Tag Herr Schuster,

eine Zusendung an Ihre E-Mail-Adresse ist über Amazon leider nicht vorgesehen. Wir haben die Rechnung zu Ihrer Bestellung {o} (Bürostuhl „Ergo Pro 2“) aber soeben in Ihrem Amazon-Konto hochgeladen: Unter „Meine Bestellungen“ > „Rechnung“ steht sie als PDF zum Download bereit. Zusätzlich hängt sie an dieser Nachricht an.

Die Rechnung ist auf die Firma „Schuster Steuerberatung“ ausgestellt, wie in Ihrer Lieferadresse angegeben, mit ausgewiesener Mehrwertsteuer.

Mit freundlichen Grüßen
Sabine Lammers
Bürobedarf Lammers""",
    quote=("freshdesk", "Am Fr., 20. Nov. 2026 um 12:02 schrieb Amazon-Käufer:", """Hallo, können Sie mir die Rechnung bitte per E-Mail schicken, ich brauch die für die Buchhaltung mit MwSt."""),
    date=datetime(2026, 11, 20, 14, 10, 0, tzinfo=TZ), html=True, attach="invoice")

# ---------------- 15 newsletter confusion (legit)
o = oid()
add(client="outlook", kind="reply", expect="legit", rules=[], classes=["newsletter_denial", "privacy"],
    note="Buyer wants to unsubscribe from a Newsletter; agent explains they send no newsletters and do not have the buyer's e-mail address.",
    sender=("Naturkosmetik Feldlinde", "service@feldlinde-kosmetik.de"),
    subject=f"AW: Newsletter abbestellen - {o}",
    body=f"""Hallo Frau Krüger,

wir können Sie beruhigen: Wir versenden an Amazon-Kunden keinen Newsletter und haben auch Ihre E-Mail-Adresse nicht – Amazon gibt uns nur eine anonymisierte Adresse für dieses Nachrichtensystem weiter. Die Werbemail, die Sie bekommen haben, stammt also nicht von uns.

Zu Ihrer Bestellung {o} (Gesichtsöl Wildrose, 30 ml) haben wir nur diese Nachricht hier und keine weiteren an Sie geschickt. Falls Sie generell keine Nachrichten von Verkäufern wünschen, können Sie das in Ihrem Amazon-Konto unter „Kommunikationseinstellungen“ festlegen.

Freundliche Grüße
Theresa Lindqvist
Naturkosmetik Feldlinde""",
    quote=("outlook", None, """Bitte nehmen Sie mich aus Ihrem Newsletter raus, ich habe dem nie zugestimmt!!"""),
    date=datetime(2026, 11, 28, 11, 45, 0, tzinfo=TZ))

# ---------------- 16 Amazon app return label (legit)
o = oid()
add(client="zendesk", kind="reply", expect="legit", rules=[], classes=["amazon_app", "return_label"],
    note="Explains how to create the return label in the Amazon app for a defective kettle.",
    sender=("Haushaltswaren Pfister", "support@pfister-haushalt.de"),
    subject=f"Re: Wasserkocher undicht - Bestellung {o}",
    body=f"""Hallo Herr Ivanović,

das klingt nach einer undichten Bodendichtung – bitte benutzen Sie den Wasserkocher aus Bestellung {o} nicht mehr.

Die Rücksendung geht am schnellsten über die Amazon-App: Unten auf das Profil-Symbol tippen, dann „Ihre Bestellungen“ > den Wasserkocher auswählen > „Artikel zurücksenden“. Als Grund „defekt“ angeben; das Etikett ist für Sie kostenlos, und Sie können wählen, ob Sie es ausdrucken oder den QR-Code in einer DHL-Filiale vorzeigen.

Nach Eingang erstatten wir den vollen Kaufpreis über Amazon, oder – wenn Sie das lieber möchten – schicken wir ein neues Gerät. Schreiben Sie uns einfach, was Ihnen lieber ist.

Viele Grüße
Ayla Pfister""",
    quote=("zendesk", "Amazon-Käufer, 14.11.2026 um 18:03:", """Der Wasserkocher tropft unten raus. Wie schick ich den zurück, ich hab keinen Drucker und nur das Handy."""),
    date=datetime(2026, 11, 15, 10, 20, 0, tzinfo=TZ), html=True)

# ---------------- 17 website price (legit)
o = oid()
add(client="plain", kind="reply", expect="legit", rules=[], classes=["website_buyer_words", "price_question", "outside_amazon_refusal"],
    note="Buyer says a price on 'your website' was lower; agent declines to comment on prices outside Amazon and explains the Amazon price/return options.",
    sender=("Fahrradteile Kessler", "service@kessler-radteile.de"),
    subject=f"Re: Preis auf Website günstiger - {o}",
    body=f"""Hallo Herr Bauer,

zu Preisen außerhalb von Amazon können wir uns hier leider nicht äußern. Für Ihre Bestellung {o} (Scheibenbremsbeläge Sinter, 2 Paar) gilt der Preis, den Sie bei Amazon bezahlt haben, also 24,90 €.

Wenn Sie mit dem Kauf nicht mehr zufrieden sind: Die Beläge sind noch originalverpackt, oder? Dann können Sie sie innerhalb von 30 Tagen über „Meine Bestellungen“ zurücksenden, und Amazon erstattet den vollen Betrag.

Zu Ihrer Technikfrage: Die Beläge passen auf die Shimano-Bremsen BR-MT200 und BR-MT201, nicht aber auf die 4-Kolben-Variante.

Gruß
Daniel Kessler

> Auf Ihrer Website kosten die Beläge 19,90, hier 24,90. Warum? Und passen die auf
> eine MT200?""",
    quote=None,
    date=datetime(2026, 11, 13, 17, 5, 0, tzinfo=TZ))

# ---------------- 18 shop size availability (legit)
o = oid()
add(client="freshdesk", kind="reply", expect="legit", rules=[], classes=["shop_buyer_words", "availability"],
    note="Buyer asks whether size L is available 'in Ihrem Shop'; agent answers that L is currently not available on Amazon and handles the exchange of the ordered M.",
    sender=("Outdoor Hagemeister", "service@hagemeister-outdoor.de"),
    subject=f"Re: Jacke in L? Bestellung {o}",
    body=f"""Hallo Frau Schmid,

die Softshelljacke „Bergwind“ in Größe L ist bei Amazon im Moment leider ausverkauft; wann sie wieder verfügbar ist, können wir noch nicht genau sagen. Sie sehen das auf der Produktseite, sobald die Größe wieder auswählbar ist.

Für Ihre Bestellung {o} (Größe M) haben Sie zwei Möglichkeiten:
- Sie senden die Jacke über „Meine Bestellungen“ zurück und erhalten den Kaufpreis erstattet, oder
- Sie behalten sie noch, bis das 30-tägige Rückgabefenster ausläuft (das wäre der 21.12.2026).

Zur Passform: Die Jacke fällt eher klein aus; laut Maßtabelle auf der Produktseite hat M 104 cm Brustumfang, L 110 cm.

Viele Grüße
Jan Hagemeister""",
    quote=("freshdesk", "Am So., 22. Nov. 2026 um 16:40 schrieb Amazon-Käufer:", """Die M ist zu eng. Haben Sie die Jacke in Ihrem Shop auch in L? Bei Amazon finde ich nur M und XL."""),
    date=datetime(2026, 11, 23, 9, 48, 0, tzinfo=TZ), html=True)

# ---------------- 19 removed review question (legit)
o = oid()
add(client="outlook", kind="reply", expect="legit", rules=[], classes=["review_explanation", "rezension_word"],
    note="Buyer asks whether the seller removed their Rezension; agent explains sellers cannot remove reviews and Amazon moderates them.",
    sender=("Gewürzkontor Baltrusch", "info@gewuerzkontor-baltrusch.de"),
    subject=f"AW: Meine Rezension ist weg - {o}",
    body=f"""Guten Tag Herr Wiese,

nein, wir haben Ihre Rezension nicht entfernt – das können Verkäufer auch gar nicht. Rezensionen werden ausschließlich von Amazon geprüft und veröffentlicht. Manchmal dauert die Freischaltung ein paar Tage, oder eine Rezension wird von Amazon zurückgehalten, wenn sie z. B. Preise, Links oder Versandhinweise enthält. Genaueres kann Ihnen nur der Amazon-Kundenservice sagen.

Unabhängig davon: Sie schreiben, dass das Kurkuma-Pulver aus Bestellung {o} verklumpt war. Das sollte nicht so sein. Wir haben für Sie eine Ersatzlieferung über Amazon angelegt, sie kommt voraussichtlich am Freitag. Das verklumpte Glas können Sie entsorgen.

Mit freundlichen Grüßen
Greta Baltrusch""",
    quote=("outlook", None, """Ich hatte eine ehrliche Rezension geschrieben (2 Sterne wegen Klumpen), jetzt ist sie nicht mehr da. Haben Sie die löschen lassen?"""),
    date=datetime(2026, 12, 1, 12, 14, 0, tzinfo=TZ))

# ---------------- 20 quantity offer -> Amazon Business (legit)
o = oid()
add(client="zendesk", kind="reply", expect="legit", rules=[], classes=["angebot_refusal", "amazon_business", "amazon_feature"],
    note="Buyer asks for an individual Angebot for 20 units; agent declines private offers and points to Amazon Business quantity pricing on the listing.",
    sender=("Werkzeughandel Strobel", "vertrieb@strobel-werkzeug.de"),
    subject=f"Re: Angebot für 20 Stück? (Bestellung {o})",
    body=f"""Hallo Herr Özdemir,

vielen Dank für Ihr Interesse. Ein individuelles Angebot per Nachricht können wir Ihnen über Amazon leider nicht machen, und Bestellungen außerhalb von Amazon sind nicht möglich.

Für den Schraubstock „Strobel SV 125“, den Sie mit Bestellung {o} gekauft haben, sind bei Amazon Business Staffelpreise hinterlegt. Wenn Sie mit Ihrem Amazon-Business-Konto angemeldet sind, sehen Sie auf der Produktseite unter dem Preis die Mengenstaffel und den Nettopreis. Ab 10 Stück wird der Preis dort automatisch angepasst.

Zur Lieferzeit: 20 Stück haben wir vorrätig, Versand innerhalb von 2 Werktagen auf einer Palette mit DB Schenker.

Freundliche Grüße
Ralf Strobel
Werkzeughandel Strobel""",
    quote=("zendesk", "Amazon-Käufer, 17.11.2026 um 08:31:", """Wir bräuchten den Schraubstock 20x für unsere Lehrwerkstatt. Können Sie uns ein Angebot machen? Gern auch direkt per Rechnung statt über Amazon."""),
    date=datetime(2026, 11, 17, 13, 50, 0, tzinfo=TZ))

# ---------------- 21 direct replacement (legit)
o = oid()
add(client="outlook", kind="reply", expect="legit", rules=[], classes=["direkt_word", "replacement"],
    note="Agent says the replacement was created directly via Amazon as a zero-price order; 'direkt' used for speed, not for off-platform contact.",
    sender=("Porzellan Eichhorn", "kundenservice@porzellan-eichhorn.de"),
    subject=f"AW: Tasse zerbrochen angekommen - {o}",
    body=f"""Liebe Frau Hoffmann,

das ist ärgerlich, entschuldigen Sie bitte! Ein Foto brauchen wir nicht, wir haben den Ersatz direkt über Amazon veranlasst: Sie sehen in „Meine Bestellungen“ eine neue Bestellung zu {o} über 0,00 € mit einem Becher „Kranich“ 350 ml. Er geht heute noch raus, diesmal doppelt gepolstert.

Die Scherben müssen Sie nicht zurückschicken – bitte vorsichtig entsorgen.

Herzliche Grüße
Malte Eichhorn
Porzellan Eichhorn""",
    quote=("outlook", None, """Einer der 4 Becher war beim Auspacken in 3 Teile zerbrochen. Brauchen Sie ein Foto?"""),
    date=datetime(2026, 12, 7, 10, 5, 0, tzinfo=TZ), html=True)

# ---------------- 22 contact outside Amazon refused (legit)
o = oid()
add(client="plain", kind="reply", expect="legit", rules=[], classes=["outside_amazon_refusal", "email_buyer_words", "kontaktieren_word"],
    note="Buyer offers to contact the seller outside Amazon by e-mail; agent asks to stay in Amazon messages and answers the fitting question.",
    sender=("Autozubehör Kranz", "service@kranz-autozubehoer.de"),
    subject=f"Re: Fußmatten passen? {o}",
    body=f"""Hallo Herr Maurer,

bitte kontaktieren Sie uns weiterhin hier über das Amazon-Nachrichtencenter – Kontakt außerhalb von Amazon, also auch per E-Mail, dürfen wir nicht aufnehmen. Das hat keinen Nachteil für Sie: Ihre Nachrichten landen bei uns im selben Postfach und wir antworten genauso schnell.

Zu Bestellung {o}: Die Gummimatten „Allwetter Pro“ passen auf den VW Golf 8 ab Baujahr 2020, auch mit den runden Befestigungsclips auf der Fahrerseite. Für den Golf 8 Variant sind sie hinten etwa 2 cm zu kurz, lassen sich aber ohne Probleme verwenden.

Freundliche Grüße
Erik Kranz
Autozubehör Kranz

Am 18.11.2026 um 21:14 schrieb Amazon-Käufer:
> Hallo, ich schreib Ihnen lieber außerhalb von Amazon, haben Sie eine
> E-Mail? Frage: passen die Matten auch in den Golf 8 Variant?""",
    quote=None,
    date=datetime(2026, 11, 19, 8, 0, 0, tzinfo=TZ))

# ---------------- 23 review not required for refund (legit)
o = oid()
add(client="freshdesk", kind="reply", expect="legit", rules=[], classes=["bewertung_word", "refund", "no_review_pressure"],
    note="Buyer asks if they must leave a Bewertung to get the refund; agent says no, refund is independent and already issued.",
    sender=("Tierbedarf Lüdecke", "service@luedecke-tierbedarf.de"),
    subject=f"Re: Erstattung Katzenbrunnen {o}",
    body=f"""Hallo Frau Engel,

nein, eine Bewertung ist dafür selbstverständlich nicht nötig – Erstattungen hängen bei uns nie von Bewertungen oder Rezensionen ab.

Die Rücksendung des Trinkbrunnens „AquaCat“ aus Bestellung {o} ist gestern bei uns eingegangen, die Erstattung über 34,99 € haben wir heute über Amazon ausgelöst. Sie geht auf das Zahlungsmittel zurück, mit dem Sie bezahlt haben.

Viele Grüße
Mia Lüdecke
Tierbedarf Lüdecke""",
    quote=("freshdesk", "Am Mi., 9. Dez. 2026 um 19:26 schrieb Amazon-Käufer:", """Muss ich erst eine Bewertung abgeben damit ich mein Geld bekomme? Der Brunnen war laut, deshalb zurück."""),
    date=datetime(2026, 12, 10, 9, 33, 0, tzinfo=TZ))

# ---------------- 24 proactive delivery problem (legit)
o = oid()
add(client="zendesk", kind="proactive", expect="legit", rules=[], classes=["delivery_problem", "carrier_named", "proactive_problem"],
    note="Proactive notice that DHL returned the parcel damaged and a new one has been sent; a real delivery problem, not a bare shipping confirmation.",
    sender=("Druckerei Vogelsang Shop", "service@vogelsang-druck.de"),
    subject=f"Lieferproblem bei Ihrer Bestellung {o}",
    body=f"""Guten Tag Herr Lehmann,

leider hat uns DHL heute das Paket zu Ihrer Bestellung {o} (Fotokalender A3 „Ostseeküste“, 3 Stück) beschädigt zurückgeschickt – der Karton wurde im Paketzentrum aufgerissen, zwei Kalender sind geknickt.

Wir haben die drei Kalender heute neu gedruckt und versendet. Die neue Sendungsnummer wird in Ihrer Amazon-Bestellübersicht angezeigt; die Zustellung ist für Donnerstag, den 17.12.2026, geplant. Sie müssen nichts weiter tun, und es entstehen Ihnen keine Kosten.

Entschuldigen Sie bitte die Verzögerung.

Freundliche Grüße
Henrik Vogelsang""",
    quote=None,
    date=datetime(2026, 12, 14, 15, 2, 0, tzinfo=TZ), html=True)

# ---------------- 25 Amazon's own deal (legit)
o = oid()
add(client="outlook", kind="reply", expect="legit", rules=[], classes=["amazon_price_guarantee_question", "angebot_word", "amazon_feature"],
    note="Buyer asks for the difference after the item appeared in an Amazon Angebot (Blitzangebot); agent explains sellers cannot refund price differences and Amazon has no price guarantee, offers return.",
    sender=("Audiotechnik Wiegand", "support@wiegand-audio.de"),
    subject=f"AW: Jetzt im Blitzangebot billiger - {o}",
    body=f"""Hallo Herr Schröder,

wir verstehen, dass das ärgerlich ist. Das Blitzangebot, das Sie gesehen haben, ist eine zeitlich begrenzte Aktion auf Amazon; eine nachträgliche Erstattung der Preisdifferenz können wir als Verkäufer über Amazon leider nicht vornehmen, und Amazon selbst hat keine Preisgarantie.

Was Sie tun können: Die Kopfhörer „Wiegand HP-7“ aus Bestellung {o} sind innerhalb der 30-tägigen Rückgabefrist. Wenn Sie sie über „Meine Bestellungen“ zurücksenden, erstattet Amazon den vollen Kaufpreis.

Zu Ihrer zweiten Frage: Das Firmware-Update 1.4 wird über die Bluetooth-Verbindung automatisch angeboten, sobald Sie die Kopfhörer mit dem Smartphone koppeln und die Hersteller-App „Wiegand Sound“ öffnen.

Mit freundlichen Grüßen
Lukas Wiegand""",
    quote=("outlook", None, """Ich habe die Kopfhörer vor einer Woche für 129 € gekauft und jetzt sind sie im Angebot für 99 €. Bekomme ich die 30 € zurück? Und wie mach ich das Firmware-Update?"""),
    date=datetime(2026, 11, 27, 18, 10, 0, tzinfo=TZ))

# ================= VIOLATIONS =================
# ---------------- 26 WhatsApp number given
o = oid()
add(client="zendesk", kind="reply", expect="violation", rules=["contact.off_platform", "contact.phone_number"],
    classes=["whatsapp_offer", "phone_number", "photo_upload"],
    note="Same situation as a photo request, but the agent offers a WhatsApp number ('gern auch per WhatsApp an 0176 ...'), which moves the buyer off Amazon and contains a phone number.",
    sender=("Polsterei Grünwald Versand", "service@gruenwald-polster.de"),
    subject=f"Re: Fleck auf dem Sitzkissen - {o}",
    body=f"""##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##

Hallo Herr Ludwig,

danke für die Info zu Ihrer Bestellung {o} (Sitzkissen „Basel“, 4er-Set, grau). Damit wir sehen, ob es ein Materialfehler ist, brauchen wir ein Foto vom Fleck und vom Etikett.

Sie können die Fotos hier als Anhang hochladen, oder – wenn es am Handy einfacher ist – schicken Sie sie gern per WhatsApp an 0176 48219375, dann geht es schneller.

Ein Ersatzkissen liegt schon bereit.

Viele Grüße
Jana Grünwald""",
    quote=("zendesk", "Amazon-Käufer, 20.11.2026 um 21:09:", """Ein Kissen hat einen gelben Fleck, ging nicht raus. Soll ich ein Bild schicken?"""),
    date=datetime(2026, 11, 21, 9, 14, 0, tzinfo=TZ))

# ---------------- 27 coupon for own onlineshop
o = oid()
add(client="freshdesk", kind="reply", expect="violation", rules=["purpose.marketing", "contact.off_platform"],
    classes=["rabatt_code", "onlineshop_promo", "refund"],
    note="Legitimate refund explanation, but the closing line offers a 15 % Rabattcode for the seller's own Onlineshop, which is marketing and diverts the buyer off Amazon.",
    sender=("Kerzenmanufaktur Lindholm", "service@lindholm-kerzen.de"),
    subject=f"Re: Kerzen geschmolzen angekommen - {o}",
    body=f"""Hallo Frau Marx,

das tut uns sehr leid – bei den Temperaturen im Lieferwagen kann so etwas leider passieren. Wir haben die Erstattung über 27,50 € für Ihre Bestellung {o} (Stumpenkerzen Bienenwachs, 6 Stück) soeben über Amazon ausgelöst. Die Kerzen müssen Sie nicht zurückschicken.

Als kleine Entschuldigung: Mit dem Code SORRY15 erhalten Sie 15 % Rabatt auf Ihre nächste Bestellung in unserem Onlineshop.

Viele Grüße
Svea Lindholm""",
    quote=("freshdesk", "Am Mo., 30. Nov. 2026 um 14:22 schrieb Amazon-Käufer:", """Die Kerzen sind total verformt angekommen, die kann ich so nicht verschenken."""),
    date=datetime(2026, 11, 30, 16, 40, 0, tzinfo=TZ), html=True)

# ---------------- 28 biased review + divert negative
o = oid()
add(client="plain", kind="proactive", expect="violation", rules=["review.biased_positive", "review.divert_negative"],
    classes=["review_request_biased", "sterne_word"],
    note="Looks like a neutral review request, but asks for 5 Sterne if satisfied and to contact the seller first instead of writing a Bewertung if not.",
    sender=("Holzspielzeug Amsel", "kontakt@amsel-holzspielzeug.de"),
    subject=f"Ihre Bestellung {o} – wie gefällt sie Ihnen?",
    body=f"""Liebe Familie Kraus,

Ihre Bestellung {o} (Stapelturm „Regenbogen“, Buche) sollte inzwischen angekommen sein. Wir hoffen, Ihr Kind hat Freude daran!

Wenn Sie zufrieden sind, würden wir uns riesig über 5 Sterne freuen. Falls etwas nicht passt, kontaktieren Sie uns bitte zuerst hier, bevor Sie eine Bewertung schreiben – wir finden bestimmt eine Lösung.

Herzliche Grüße
Familie Amsel
Holzspielzeug Amsel""",
    quote=None,
    date=datetime(2026, 12, 2, 10, 30, 0, tzinfo=TZ))

# ---------------- 29 ask to change review after solving
o = oid()
add(client="zendesk", kind="reply", expect="violation", rules=["review.change_or_remove"],
    classes=["negative_review_mentioned", "replacement", "review_change_request"],
    note="Problem solved with a replacement through Amazon, then the agent asks the buyer to adjust ('anpassen') their 1-star Rezension.",
    sender=("Heimtextilien Baumgart", "support@baumgart-heimtextil.de"),
    subject=f"Re: Bettwäsche verfärbt - {o}",
    body=f"""Guten Tag Frau Jansen,

vielen Dank für Ihre Geduld. Der Ersatz für die Satin-Bettwäsche „Lotus“ aus Bestellung {o} ist laut DHL gestern bei Ihnen angekommen. Dieses Mal stammt die Ware aus einer neuen Charge, die vorab bei 60 °C gewaschen wurde; sie sollte nicht mehr abfärben.

Da das Problem jetzt gelöst ist, würden wir uns freuen, wenn Sie Ihre 1-Sterne-Rezension entsprechend anpassen könnten.

Freundliche Grüße
Clara Baumgart
Heimtextilien Baumgart""",
    quote=("zendesk", "Amazon-Käufer, 06.12.2026 um 10:02:", """Ersatz ist da, danke. Hoffe die färbt nicht wieder ab."""),
    date=datetime(2026, 12, 7, 11, 0, 0, tzinfo=TZ))

# ---------------- 30 manufacturer hotline with number
o = oid()
add(client="outlook", kind="reply", expect="violation", rules=["contact.phone_number"],
    classes=["manufacturer_warranty", "hotline_with_number"],
    note="Warranty explanation naming the manufacturer is fine, but the agent writes out the service hotline number '0800 7734 210', which puts a phone number in the message.",
    sender=("Küchentechnik Falkner", "service@falkner-kuechentechnik.de"),
    subject=f"AW: Kaffeevollautomat Fehler E07 - {o}",
    body=f"""Hallo Herr Vogt,

der Fehler E07 an Ihrem Kaffeevollautomaten „Cremaro 560“ (Bestellung {o}) bedeutet, dass die Brüheinheit nicht richtig einrastet. Bitte nehmen Sie sie einmal heraus, spülen Sie sie unter lauwarmem Wasser ab und setzen Sie sie bei ausgeschaltetem Gerät wieder ein, bis sie hörbar klickt.

Besteht der Fehler danach weiter, ist das ein Garantiefall beim Hersteller. Rufen Sie dafür am besten direkt die Cremaro-Servicehotline unter 0800 7734 210 an (Mo–Fr 8–18 Uhr), die holen das Gerät kostenlos ab.

Mit freundlichen Grüßen
Stefan Falkner""",
    quote=("outlook", None, """Die Maschine zeigt E07 und macht keinen Kaffee mehr. Was tun?"""),
    date=datetime(2026, 12, 11, 14, 25, 0, tzinfo=TZ), html=True)

# ---------------- 31 follow us on Instagram
o = oid()
add(client="freshdesk", kind="reply", expect="violation", rules=["contact.off_platform", "purpose.marketing"],
    classes=["instagram_follow", "care_instructions"],
    note="Helpful care answer, but closes with 'Folgen Sie uns auf Instagram' for more tips and new products, which is marketing and points to social media.",
    sender=("Pflanzenhof Winterberg", "service@pflanzenhof-winterberg.de"),
    subject=f"Re: Monstera gelbe Blätter - {o}",
    body=f"""Hallo Frau Koch,

gelbe Blätter direkt nach dem Umzug sind bei der Monstera aus Bestellung {o} meistens Stress durch den Transport und zu viel Gießwasser. Bitte erst wieder gießen, wenn die oberen 3 cm Erde trocken sind, und die Pflanze hell, aber nicht in die pralle Sonne stellen. Die gelben Blätter können Sie am Stiel abschneiden.

Noch mehr Pflegetipps und unsere neuen Pflanzen zeigen wir regelmäßig auf Instagram unter @pflanzenhof.winterberg – folgen Sie uns gern!

Grüne Grüße
Tim Winterberg""",
    quote=("freshdesk", "Am Do., 19. Nov. 2026 um 09:11 schrieb Amazon-Käufer:", """Meine Monstera bekommt gelbe Blätter, sie ist erst 5 Tage hier. Was mache ich falsch?"""),
    date=datetime(2026, 11, 19, 15, 0, 0, tzinfo=TZ))

# ---------------- 32 e-mail address given for faster contact
o = oid()
add(client="plain", kind="reply", expect="violation", rules=["contact.email_address", "contact.off_platform"],
    classes=["email_address_given", "invoice"],
    note="Invoice reply that is otherwise fine but invites the buyer to write 'direkt per E-Mail' to a stated address, moving contact off Amazon.",
    sender=("Druckerpatronen Heller", "info@heller-druckerpatronen.de"),
    subject=f"Re: Rechnung mit Firmenadresse - {o}",
    body=f"""Guten Tag Frau Franke,

die korrigierte Rechnung mit Ihrer Firmenadresse für Bestellung {o} (Tonerkartusche TN-2420, 2 Stück) haben wir in Ihrem Amazon-Konto hochgeladen; die alte Rechnung ist storniert.

Für künftige Rechnungswünsche erreichen Sie unsere Buchhaltung auch direkt per E-Mail unter buchhaltung@heller-druckerpatronen.de, das geht meist schneller.

Freundliche Grüße
Uwe Heller
Druckerpatronen Heller

-----Original Message-----
From: Amazon-Käufer
Sent: Dienstag, 24. November 2026 10:12
Subject: Rechnung

Bitte Rechnung auf Franke Immobilien GmbH ausstellen, nicht auf mich privat.""",
    quote=None,
    date=datetime(2026, 11, 24, 13, 30, 0, tzinfo=TZ))


# ---------------- builder
def quote_text(q):
    style, header, text = q
    if style == "zendesk":
        return f"\n\n--------------------------------\n\n{header}\n\n{text}\n"
    if style == "freshdesk":
        return "\n\n" + header + "\n" + "\n".join("> " + l for l in text.splitlines()) + "\n"
    if style == "outlook":
        return ("\n\n________________________________\nVon: Amazon-Käufer\nGesendet: {d}\nAn: Kundenservice\nBetreff: Bestellanfrage\n\n" + text + "\n")
    raise ValueError(style)

def quote_html(q):
    style, header, text = q
    t = esc(text).replace("\n", "<br>\n")
    if style == "zendesk":
        return f'<div style="color:#666"><hr><p><b>{esc(header)}</b></p><p>{t}</p></div>'
    if style == "freshdesk":
        return f'<div class="freshdesk_quote"><p>{esc(header)}</p><blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{t}</blockquote></div>'
    if style == "outlook":
        return ('<div id="divRplyFwdMsg"><hr style="display:inline-block;width:98%"><p><b>Von:</b> Amazon-Käufer<br>'
                '<b>Gesendet:</b> {d}<br><b>An:</b> Kundenservice<br><b>Betreff:</b> Bestellanfrage</p></div>'
                f'<div>{t}</div>')

def tiny_pdf(oidv):
    content = f"BT /F1 11 Tf 50 780 Td (Rechnung zu Bestellung {oidv}) Tj ET".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"; offs = []
    for i, ob in enumerate(objs, 1):
        offs.append(len(out)); out += b"%d 0 obj\n" % i + ob + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for of in offs: out += b"%010d 00000 n \n" % of
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out

os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
labels = []
for i, m in enumerate(M, 1):
    mid = f"w134-{i:04d}"
    msg = EmailMessage(policy=SMTP)
    name, addr = m["sender"]
    msg["From"] = f'"{name}" <{addr}>'
    msg["To"] = alias()
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    msg["Message-ID"] = make_msgid(idstring=mid.replace("-", ""), domain=addr.split("@")[1])
    msg["MIME-Version"] = "1.0"
    body = m["body"]
    q = m.get("quote")
    qd = m["date"] - timedelta(hours=rnd.randint(3, 20))
    WT = ["Montag","Dienstag","Mittwoch","Donnerstag","Freitag","Samstag","Sonntag"]
    MO = ["Januar","Februar","März","April","Mai","Juni","Juli","August","September","Oktober","November","Dezember"]
    qdate = f"{WT[qd.weekday()]}, {qd.day}. {MO[qd.month-1]} {qd.year} {qd:%H:%M}"
    text = body + (quote_text(q).replace("{d}", qdate) if q else "")
    cte = "quoted-printable" if i % 3 else "base64"
    msg.set_content(text, charset="utf-8", cte=cte)
    if m.get("html"):
        paras = "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>\n" for p in body.split("\n\n"))
        html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
                '<body style="font-family:Arial,sans-serif;font-size:14px">\n' + paras +
                (quote_html(q).replace("{d}", qdate) if q else "") + "\n</body></html>\n")
        msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    if m.get("attach") == "invoice":
        o = m["subject"].split()[-1]
        msg.add_attachment(tiny_pdf(o), maintype="application", subtype="pdf",
                           filename=f"Rechnung_{o}.pdf")
    with open(os.path.join(OUT, "messages", mid + ".eml"), "wb") as f:
        f.write(msg.as_bytes())
    labels.append({"id": mid, "file": f"messages/{mid}.eml", "lang": "de", "client": m["client"],
                   "kind": m["kind"], "split": "dev", "expect": m["expect"], "rules": m["rules"],
                   "classes": m["classes"], "note": m["note"]})

with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labels), sum(l["expect"] == "legit" for l in labels), sum(l["expect"] == "violation" for l in labels))
