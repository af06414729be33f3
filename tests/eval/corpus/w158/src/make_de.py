from common import *

def de():
    M = []
    # 1 legit: Billbee invoice plain + PDF
    inv1 = pdf(["Waldhain Textil GmbH - RECHNUNG", "Rechnungsnr. WH-26-30417   Datum: 09.11.2026",
                "Amazon-Bestellnr.: 302-5518024-3309716", "Lieferadresse: Jana Wiesinger, Regensburg",
                "2 x Bettwaesche-Set Leinen 155x220, salbei        je 69,90 EUR",
                "Nettobetrag 117,48 EUR   USt 19% 22,32 EUR", "Gesamtbetrag 139,80 EUR",
                "Bezahlt ueber Amazon Payments"])
    M.append(dict(lang="de", client="billbee", kind="proactive", expect="legit", rules=[],
        classes=["invoice", "pdf_attachment", "plain"],
        note="Billbee-Rechnungsversand mit echter PDF-Rechnung und Bestellnummer, ohne Werbung, Links oder Kontaktdaten.",
        frm="Waldhain Textil <rechnung@waldhain-textil.de>", to=alias("de"),
        subject="Ihre Rechnung WH-26-30417 zur Amazon-Bestellung 302-5518024-3309716",
        date=d(11, 9, 6, 45),
        plain="""Guten Tag Frau Wiesinger,

anbei erhalten Sie die Rechnung WH-26-30417 zu Ihrer Amazon-Bestellung 302-5518024-3309716 (2 x Bettwäsche-Set Leinen 155x220 cm, Salbei) als PDF.

Der Betrag von 139,80 € wurde bereits über Amazon beglichen, Sie müssen nichts weiter tun.

Falls Sie eine Rechnung auf eine Firmenanschrift benötigen, antworten Sie bitte einfach auf diese Nachricht mit der gewünschten Anschrift und ggf. USt-IdNr.

Mit freundlichen Grüßen
Waldhain Textil GmbH
Buchhaltung
""", atts=[("Rechnung_WH-26-30417.pdf", inv1, "application/pdf")]))

    # 2 violation: Billbee HTML invoice with Impressum footer (phone, email)
    inv2 = pdf(["Kraemerhof Naturkost - Rechnung", "Rechnungsnr. KH-2026-7761   Datum: 16.11.2026",
                "Amazon-Bestellnr.: 306-2049913-8851207",
                "3 x Bio-Haferflocken zart 1 kg        je 4,49 EUR",
                "1 x Bio-Chiasamen 500 g                  6,99 EUR",
                "Gesamtbetrag (inkl. 7% USt)             20,46 EUR"])
    html2 = """<html><body>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#333333;">
<p>Hallo Herr Dombrowski,</p>
<p>vielen Dank für Ihren Einkauf. Im Anhang finden Sie die Rechnung <b>KH-2026-7761</b> zu Ihrer Bestellung 306-2049913-8851207.</p>
<p>Viele Grüße<br>Ihr Team vom Krämerhof</p>
<hr>
<p style="font-size:11px;color:#888888;">Impressum: Krämerhof Naturkost UG (haftungsbeschränkt), Lindenweg 12, 34346 Hann. Münden<br>
Geschäftsführerin: Sabine Krämer · Amtsgericht Göttingen HRB 208814 · USt-IdNr. DE318822461<br>
Telefon: 05541 998 27-0 · E-Mail: info@kraemerhof-naturkost.de</p>
</td></tr></table></body></html>"""
    M.append(dict(lang="de", client="billbee", kind="proactive", expect="violation",
        rules=["contact.phone_number", "contact.email_address", "style.font_overrides"],
        classes=["invoice", "pdf_attachment", "impressum_footer", "html_template"],
        note="Rechnungsmail mit PDF, deren Impressum-Fußzeile Telefonnummer und E-Mail-Adresse des Händlers enthält; dazu Schriftart/Farbe im Template überschrieben.",
        frm="Krämerhof Naturkost <buchhaltung@kraemerhof-naturkost.de>", to=alias("de"),
        subject="Rechnung KH-2026-7761 zu Ihrer Bestellung 306-2049913-8851207",
        date=d(11, 16, 7, 12),
        plain="""Hallo Herr Dombrowski,

vielen Dank für Ihren Einkauf. Im Anhang finden Sie die Rechnung KH-2026-7761 zu Ihrer Bestellung 306-2049913-8851207.

Viele Grüße
Ihr Team vom Krämerhof

--
Impressum: Krämerhof Naturkost UG (haftungsbeschränkt), Lindenweg 12, 34346 Hann. Münden
Geschäftsführerin: Sabine Krämer, Amtsgericht Göttingen HRB 208814, USt-IdNr. DE318822461
Telefon: 05541 998 27-0, E-Mail: info@kraemerhof-naturkost.de
""", html=html2, atts=[("Rechnung_KH-2026-7761.pdf", inv2, "application/pdf")]))

    # 3 violation: usage guide with linked logo + bestseller block
    html3 = """<!DOCTYPE html><html><body style="margin:0;background:#fafafa;">
<span style="display:none;">So holen Sie das Beste aus Ihrem Milchaufschäumer heraus</span>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#3a2e25;">
<tr><td align="center" style="padding:20px;"><a href="https://www.kaffeewerk-mahlzeit.de"><img src="https://www.kaffeewerk-mahlzeit.de/img/mail/logo.png" width="200" alt="Kaffeewerk Mahlzeit"></a></td></tr>
<tr><td style="padding:0 30px;font-size:15px;line-height:24px;">
<p>Hallo Herr Aydın,</p>
<p>Ihr Milchaufschäumer <b>Schaumfein 2</b> (Bestellung 304-7720158-1146392) ist angekommen. Damit der Schaum gleich beim ersten Mal gelingt:</p>
<ul>
<li>Kalte Vollmilch (3,5 %) oder Barista-Haferdrink verwenden, maximal bis zur unteren Markierung (150 ml) für Schaum.</li>
<li>Für heiße Milch ohne Schaum den Rührbesen abnehmen und bis zur oberen Markierung (250 ml) füllen.</li>
<li>Nach jedem Gebrauch kurz mit warmem Wasser ausspülen, die Kanne ist <b>nicht</b> spülmaschinengeeignet.</li>
</ul>
</td></tr>
<tr><td style="padding:20px 30px;background:#f3ece4;">
<p style="font-size:17px;margin:0 0 10px;"><b>Unsere Bestseller für Ihre Kaffeeecke</b></p>
<p style="margin:0;">Espressotassen-Set Terra · Handmühle Kegel 40 · Entkalker-Tabs (neu!)</p>
<p><a href="https://www.kaffeewerk-mahlzeit.de/bestseller?utm_source=amazon_mail" style="background:#7a4b2a;color:#ffffff;padding:10px 16px;text-decoration:none;">Jetzt entdecken</a></p>
</td></tr>
<tr><td style="padding:20px 30px;font-size:15px;">Viel Freude beim Aufschäumen!<br>Ihr Kaffeewerk-Team</td></tr>
</table></td></tr></table></body></html>"""
    M.append(dict(lang="de", client="helium10", kind="proactive", expect="violation",
        rules=["purpose.marketing", "links.external", "image.logo_link", "style.font_overrides", "style.text_align"],
        classes=["product_usage", "bestseller_block", "logo_link", "button", "html_template"],
        note="Produktanleitung nach Lieferung, an sich zulässig, aber mit verlinktem Shop-Logo, einem Bestseller-Block samt Button zum eigenen Shop sowie zentriertem Layout und Schriftart-/Farbangaben.",
        frm="Kaffeewerk Mahlzeit <service@kaffeewerk-mahlzeit.de>", to=alias("de"),
        subject="Tipps zu Ihrem Milchaufschäumer Schaumfein 2",
        date=d(10, 14, 17, 30, 2),
        plain="""Hallo Herr Aydın,

Ihr Milchaufschäumer Schaumfein 2 (Bestellung 304-7720158-1146392) ist angekommen. Damit der Schaum gleich beim ersten Mal gelingt:

- Kalte Vollmilch (3,5 %) oder Barista-Haferdrink verwenden, maximal bis zur unteren Markierung (150 ml) für Schaum.
- Für heiße Milch ohne Schaum den Rührbesen abnehmen und bis zur oberen Markierung (250 ml) füllen.
- Nach jedem Gebrauch kurz mit warmem Wasser ausspülen, die Kanne ist nicht spülmaschinengeeignet.

UNSERE BESTSELLER FÜR IHRE KAFFEEECKE
Espressotassen-Set Terra, Handmühle Kegel 40, Entkalker-Tabs (neu!)
Jetzt entdecken: https://www.kaffeewerk-mahlzeit.de/bestseller?utm_source=amazon_mail

Viel Freude beim Aufschäumen!
Ihr Kaffeewerk-Team
""", html=html3))

    # 4 violation: review request with voucher incentive
    M.append(dict(lang="de", client="feedbackwhiz", kind="proactive", expect="violation",
        rules=["review.incentive", "purpose.marketing"],
        classes=["review_request", "voucher", "plain"],
        note="Bewertungsanfrage, die für eine Rezension einen 10-Euro-Gutschein für die nächste Bestellung verspricht.",
        frm="Funkelstein Spielwaren <kundenservice@funkelstein-spiel.de>", to=alias("de"),
        subject="Ihre Meinung zur Murmelbahn – Bestellung 303-8861240-5527013",
        date=d(11, 21, 10, 5),
        plain="""Liebe Familie Hartmann,

wir hoffen, die Holz-Murmelbahn „Kaskade 120“ (Bestellung 303-8861240-5527013) sorgt bei Ihnen schon für viel Spaß!

Wir würden uns sehr über eine Rezension auf Amazon freuen. Als kleines Dankeschön schicken wir Ihnen nach Ihrer Bewertung einen 10-€-Gutschein für Ihren nächsten Einkauf bei uns – einfach kurz auf diese Nachricht antworten, sobald die Rezension online ist.

Herzliche Grüße aus dem Erzgebirge
Katrin Seidel
Funkelstein Spielwaren
"""))

    # 5 legit: personalisation reply with Amazon-Käufer quote
    M.append(dict(lang="de", client="edesk", kind="reply", expect="legit", rules=[],
        classes=["customisation_request", "reply", "quoted_amazon_kaeufer", "plain"],
        note="Antwort auf die Gravurwünsche des Käufers mit Rückfrage zur Schreibweise; nur zur Bestellung, Kontakt bleibt im Amazon-Postfach.",
        frm="Gravurhaus Lenz <auftrag@gravurhaus-lenz.de>", to=alias("de"),
        subject="AW: Gravur Schneidebrett – Bestellung 305-1187402-6633850",
        date=d(11, 26, 9, 14),
        plain="""Guten Morgen Frau Petersen,

danke für die schnelle Rückmeldung. Bevor wir lasern, noch eine kurze Rückfrage, weil eine Gravur sich nicht mehr ändern lässt:

Soll es „Familie Brückner-Petersen“ mit Bindestrich und ü sein, oder lieber „Familie Brueckner-Petersen“? Das ü ist in der Schriftart „Linden“ problemlos möglich.

Das Datum setzen wir wie gewünscht als „seit 2011“ darunter, in derselben Schriftart, etwas kleiner.

Sobald Sie uns die Schreibweise bestätigen, geht das Brett (Bestellung 305-1187402-6633850) am nächsten Werktag in die Gravur und anschließend in den Versand.

Viele Grüße
Tobias Lenz
Gravurhaus Lenz

Amazon-Käufer, 26.11.2026 um 08:07:
Hallo, bitte gravieren Sie "Familie Brückner-Petersen" und darunter "seit 2011". Schriftart wie auf dem zweiten Produktbild. Danke! Ines Petersen
"""))

    # 6 violation: after return, asks to remove seller feedback
    M.append(dict(lang="de", client="zendesk", kind="proactive", expect="violation",
        rules=["feedback.removal_request"],
        classes=["return_followup", "refund", "feedback_removal", "plain"],
        note="Nachricht nach erfolgter Erstattung, die den Käufer bittet, seine negative Verkäuferbewertung zu entfernen.",
        frm="Velotreff Teile <support@velotreff-teile.de>", to=alias("de"),
        subject="Ihre Rücksendung zu Bestellung 302-6604481-9170325",
        date=d(12, 2, 14, 48),
        plain="""Sehr geehrter Herr Vogel,

Ihre Rücksendung (Scheibenbremsbeläge, 2 Paar, Bestellung 302-6604481-9170325) ist bei uns eingegangen. Die Erstattung über 27,80 € haben wir heute über Amazon veranlasst.

Es tut uns leid, dass die Beläge nicht zu Ihrer Bremse gepasst haben. Die Kompatibilitätsliste im Angebot war tatsächlich unvollständig, das haben wir inzwischen korrigiert.

Da die Angelegenheit nun erledigt ist, möchten wir Sie freundlich bitten, Ihre Verkäuferbewertung mit einem Stern zu entfernen. Das geht unter „Meine Bestellungen“ > „Verkäuferbewertung abgeben“ > „Entfernen“. Für uns als kleinen Händler macht jede Bewertung einen großen Unterschied.

Vielen Dank und allzeit gute Fahrt
Michael Brandl
Velotreff Teile
"""))

    # 7 legit: freight delivery appointment, reply in thread
    M.append(dict(lang="de", client="zendesk", kind="proactive", expect="legit", rules=[],
        classes=["delivery_appointment", "freight", "plain"],
        note="Avisierung einer Speditionslieferung (Waschmaschine) mit Terminvorschlägen; Antwort über das Amazon-Postfach, Spedition wird nur genannt.",
        frm="Elektro Hanfstängl <versand@elektro-hanfstaengl.de>", to=alias("de"),
        subject="Liefertermin für Ihre Waschmaschine – Bestellung 306-9937215-0448861",
        date=d(11, 30, 8, 20),
        plain="""Guten Tag Herr Yılmaz,

Ihre Waschmaschine „Aquaris WM 8 Eco“ (Bestellung 306-9937215-0448861) wird per Spedition geliefert. Die Spedition Ostermeier Logistik kann Ihnen folgende Zeitfenster anbieten:

- Donnerstag, 03.12., 8–12 Uhr
- Freitag, 04.12., 12–16 Uhr
- Montag, 07.12., 8–12 Uhr

Bitte antworten Sie kurz auf diese Nachricht mit Ihrem Wunschtermin. Geliefert wird bis in die Wohnung (Bordsteinkante + Tragen bis Aufstellort); der Anschluss ist nicht enthalten. Bitte entfernen Sie vor dem Anschließen die drei Transportsicherungen an der Rückseite, die Anleitung dazu liegt bei.

Falls niemand zu den Zeiten zu Hause sein kann, schreiben Sie uns einfach, wann es passt. Wir stimmen das dann mit der Spedition ab.

Mit freundlichen Grüßen
Sandra Hanfstängl
Versandabteilung
"""))

    # 8 legit: back in stock, plain
    M.append(dict(lang="de", client="billbee", kind="proactive", expect="legit", rules=[],
        classes=["back_in_stock", "backorder", "plain"],
        note="Info, dass ein nachbestellter Artikel wieder vorrätig ist und mit neuem Liefertermin versendet wird, mit dem Angebot, die Sendung auf Wunsch zurückzuhalten.",
        frm="Nordlicht Wohnideen <bestellung@nordlicht-wohnideen.de>", to=alias("de"),
        subject="Ihre Stehleuchte ist wieder da – Bestellung 304-2258836-7713094",
        date=d(12, 7, 11, 33),
        plain="""Hallo Frau Kowalczyk,

gute Nachricht: Die Stehleuchte „Fjordbogen“ in Messing, die bei Ihrer Bestellung 304-2258836-7713094 noch nicht lieferbar war, ist heute bei uns im Lager eingetroffen.

Wir versenden sie morgen (Dienstag) mit DHL. Das neue voraussichtliche Lieferdatum ist der 10. oder 11.12.; Amazon aktualisiert die Angabe in Ihrer Bestellübersicht automatisch.

Noch einmal Entschuldigung für die Verzögerung. Falls Sie die Leuchte inzwischen nicht mehr benötigen, antworten Sie bitte bis heute 18 Uhr auf diese Nachricht, dann halten wir sie zurück.

Freundliche Grüße
Lars Petersen
Nordlicht Wohnideen
"""))

    # 9 violation: review request with unrendered placeholder + tracking pixel
    html9 = """<html><body>
<p>Hallo {{buyer_first_name}},</p>
<p>Ihre Bestellung [[ORDER_ID]] ist inzwischen bei Ihnen angekommen. Wir hoffen, das Gewürzregal passt gut in Ihre Küche.</p>
<p>Wenn Sie einen Moment Zeit haben, freuen wir uns über eine ehrliche Rezension auf Amazon – egal, ob positiv oder kritisch.</p>
<p>Beste Grüße<br>Ihr Team von Holzliebe Manufaktur</p>
<img src="https://trk.holzliebe-manufaktur.de/o.gif?m=7f3a91c2&amp;e=open" width="1" height="1" alt="">
</body></html>"""
    M.append(dict(lang="de", client="feedbackwhiz", kind="proactive", expect="violation",
        rules=["order.id_missing", "image.tracking_pixel"],
        classes=["review_request", "placeholder_unrendered", "tracking_pixel", "html_simple"],
        note="Neutrale Bewertungsanfrage, bei der Platzhalter für Name und Bestellnummer nicht ersetzt wurden (keine Bestellnummer) und ein 1x1-Öffnungspixel eingebettet ist.",
        frm="Holzliebe Manufaktur <kontakt@holzliebe-manufaktur.de>", to=alias("de"),
        subject="Wie gefällt Ihnen Ihr Gewürzregal?",
        date=d(10, 22, 18, 2, 2),
        plain="""Hallo {{buyer_first_name}},

Ihre Bestellung [[ORDER_ID]] ist inzwischen bei Ihnen angekommen. Wir hoffen, das Gewürzregal passt gut in Ihre Küche.

Wenn Sie einen Moment Zeit haben, freuen wir uns über eine ehrliche Rezension auf Amazon – egal, ob positiv oder kritisch.

Beste Grüße
Ihr Team von Holzliebe Manufaktur
""", html=html9))

    # 10 legit: Freshdesk reply to product question with Original Message quote
    M.append(dict(lang="de", client="freshdesk", kind="reply", expect="legit", rules=[],
        classes=["product_usage", "reply", "quoted_original_message", "plain"],
        note="Antwort auf eine Frage zur Einrichtung einer Zeitschaltuhr-Steckdose, mit Schritt-für-Schritt-Anleitung und Nennung der Hersteller-App.",
        frm="Schaltwerk Haustechnik <hilfe@schaltwerk-haustechnik.de>", to=alias("de"),
        subject="Re: Steckdose verbindet sich nicht (Bestellung 303-4419027-2285160)",
        date=d(12, 9, 15, 6),
        plain="""Hallo Herr Nguyen,

das Problem kennen wir: Die Steckdose unterstützt nur 2,4-GHz-WLAN. Viele Router (z. B. FritzBox) senden 2,4 und 5 GHz unter demselben Namen, und das Handy hängt dann meist im 5-GHz-Netz.

So klappt es in der Regel:
1. Steckdose 6 Sekunden am Knopf gedrückt halten, bis die LED schnell blinkt.
2. Am Handy kurz das WLAN aus- und wieder einschalten und ggf. die mobilen Daten deaktivieren.
3. In der App „SmartLife“ (die Herstellerapp, in der Anleitung auf S. 3 genannt) „Gerät hinzufügen“ > „Steckdose (Wi-Fi)“ wählen.
4. Wenn gefragt wird, ausdrücklich das 2,4-GHz-Netz auswählen. Notfalls das 5-GHz-Band im Router für ein paar Minuten deaktivieren.

Falls es danach immer noch nicht geht, schreiben Sie mir bitte, welches Handy und welchen Router Sie haben, dann schauen wir weiter. Sollte die Steckdose defekt sein, tauschen wir sie selbstverständlich über Amazon um.

Viele Grüße
Julia Brenner
Schaltwerk Haustechnik Kundenservice

-----Original Message-----
From: Amazon-Käufer
Sent: Dienstag, 8. Dezember 2026 22:10
Subject: Steckdose verbindet sich nicht (Bestellung 303-4419027-2285160)

Guten Abend, die WLAN Steckdose lässt sich nicht mit der App verbinden, bricht immer bei 90% ab. Was kann ich tun? Gruß Minh Nguyen
"""))
    return M
