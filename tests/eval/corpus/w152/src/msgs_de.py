M = []

M.append(dict(
    lang="de", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["damaged", "full_refund"],
    note="Entschuldigt sich für eine beim Transport zerbrochene Kaffeemühle und erstattet den vollen Betrag über Amazon, ohne Rücksendung.",
    frm=("Röstwerk Kaltenbach Kundenservice", "service@roestwerk-kaltenbach.de"), dom="de",
    subject="AW: Kaffeemühle kaputt angekommen – Bestellung 302-4418725-9960312",
    date="Thu, 26 Nov 2026 10:22:17 +0100",
    body="""Guten Tag Frau Brenner,

vielen Dank für Ihre Nachricht und die Fotos. Das tut uns wirklich leid – der Bohnenbehälter ist eindeutig beim Transport gebrochen, das Glas war offenbar nicht ausreichend gepolstert.

Wir haben Ihnen für die Bestellung 302-4418725-9960312 soeben den vollen Kaufpreis von 79,90 € über Amazon erstattet. Die Gutschrift sollte in 3–5 Werktagen auf Ihrem Konto sichtbar sein.

Eine Rücksendung ist nicht nötig. Bitte entsorgen Sie die Mühle über den Elektroschrott, die Glassplitter am besten vorher separat einwickeln.

Falls Sie die Mühle neu bestellen möchten: Wir haben die Verpackung für dieses Modell inzwischen umgestellt.

Mit freundlichen Grüßen
Jana Loewe
Röstwerk Kaltenbach – Kundenservice""",
    qhead="Amazon-Käufer, 26.11.2026 um 08:07:",
    quote="""Hallo, die Mühle ist heute gekommen, der Glasbehälter oben ist gesprungen und überall im Karton sind Scherben. So kann ich die nicht benutzen. Bitte um Rückmeldung.
S. Brenner""",
))

M.append(dict(
    lang="de", client="freshdesk", kind="reply", expect="violation", rules=["review.change_or_remove"],
    classes=["replacement", "review_change"],
    note="Nach erfolgtem Ersatz bittet der Händler den Käufer, seine negative Bewertung anzupassen oder zu entfernen.",
    frm=("Lichtfeld Leuchten", "support@lichtfeld-leuchten.de"), dom="de",
    subject="AW: Ersatzlieferung LED-Panel – 304-7716204-3358891",
    date="Mon, 30 Nov 2026 17:45:03 +0100",
    body="""Hallo Herr Stojanović,

schön zu hören, dass das Ersatz-Panel angekommen ist und jetzt flackerfrei läuft. Der erste Treiber hatte offensichtlich einen Defekt, sorry nochmal für den Ärger.

Da das Problem nun gelöst ist, wären wir Ihnen sehr dankbar, wenn Sie Ihre 1-Sterne-Bewertung zur Bestellung 304-7716204-3358891 entsprechend anpassen oder ggf. entfernen könnten. Als kleiner Händler sind wir auf jede Bewertung angewiesen.

Viele Grüße
Felix Harms
Lichtfeld Leuchten""",
    qhead="Am 29.11.2026 um 20:13 schrieb Amazon-Kunde <mf2tx0c9qkzr4wb@marketplace.amazon.de>:",
    quote="""Neues Panel ist da und funktioniert. Hat aber zwei Wochen gedauert bis alles geklärt war.""",
))

M.append(dict(
    lang="de", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["warranty", "return_label", "return_address"],
    note="Erklärt den Garantieablauf für einen Akku-Staubsauger, verweist auf das kostenlose Amazon-Rücksendeetikett und nennt die Rücksendeadresse.",
    frm=("Saugwerk Direkt", "garantie@saugwerk-direkt.de"), dom="de",
    subject="AW: Garantiefall Akkusauger SV-220 / Bestellung 028-3309417-6625580",
    date="Tue, 01 Dec 2026 09:11:40 +0100",
    plain=True,
    body="""Sehr geehrter Herr Albers,

vielen Dank für Ihre ausführliche Beschreibung. Dass der SV-220 nach 11 Monaten nach wenigen Sekunden abschaltet, deutet auf einen defekten Akku oder eine defekte Motoreinheit hin. Beides ist durch die 2-jährige Herstellergarantie abgedeckt.

So gehen wir vor:
1. Bitte beantragen Sie über "Meine Bestellungen" eine Rücksendung für die Bestellung 028-3309417-6625580 mit dem Grund "Artikel defekt". Das Rücksendeetikett ist für Sie kostenlos.
2. Senden Sie bitte nur das Handgerät mit Akku, nicht das Zubehör oder die Wandhalterung.
3. Rücksendeadresse (steht auch auf dem Etikett):
   Saugwerk Direkt – Reparaturannahme
   Industriestraße 14
   32052 Herford
4. Nach Eingang prüfen wir das Gerät innerhalb von 5 Werktagen und senden Ihnen entweder das reparierte Gerät oder ein Neugerät zurück.

Bei Fragen melden Sie sich gerne hier.

Mit freundlichen Grüßen
Katrin Vogt
Saugwerk Direkt – Garantieabteilung""",
    qhead="""-----Ursprüngliche Nachricht-----
Von: Amazon-Kunde <hz4yq2m0vt9xkrb@marketplace.amazon.de>
Gesendet: Montag, 30. November 2026 21:48
An: garantie@saugwerk-direkt.de
Betreff: Garantiefall Akkusauger SV-220 / Bestellung 028-3309417-6625580
""",
    quote="""Guten Abend, mein Akkusauger geht seit einer Woche nach ca. 5-10 Sekunden einfach aus, auch wenn er voll geladen ist. Gekauft letztes Jahr im Dezember. Was muss ich tun?
Mit freundlichen Grüßen
Jörg Albers""",
    quote_style="plain",
))

M.append(dict(
    lang="de", client="gorgias", kind="reply", expect="violation",
    rules=["review.incentive", "review.biased_positive"],
    classes=["late", "compensation_for_review"],
    note="Bietet für eine verspätete Lieferung 10 € Erstattung an, aber erst nachdem der Käufer eine 5-Sterne-Bewertung bestätigt.",
    frm=("Gartenglück Versand", "kundenservice@gartenglueck-versand.de"), dom="de",
    subject="AW: Lieferung viel zu spät – 306-1187430-5524019",
    date="Wed, 02 Dec 2026 13:29:55 +0100",
    body="""Hallo Frau Öztürk,

es tut uns leid, dass die Hochbeet-Bausätze erst nach zwölf Tagen bei Ihnen angekommen sind. Unsere Spedition hatte im November massive Rückstände.

Als kleine Entschädigung für Ihre Mühe erstatten wir Ihnen gerne 10 € auf die Bestellung 306-1187430-5524019 – sobald Sie uns hier kurz bestätigen, dass Sie eine 5-Sterne-Bewertung hinterlassen haben.

Vielen Dank für Ihr Verständnis!
Ihr Team von Gartenglück""",
    qhead="Amazon-Käufer, 01.12.2026 um 18:52:",
    quote="""Zwölf Tage für ein Paket innerhalb Deutschlands, angekündigt waren 2-3 Tage. Das geht so nicht.""",
))

M.append(dict(
    lang="de", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["late", "angry_buyer", "review_threat", "tracking"],
    note="Antwortet auf einen verärgerten Käufer, der mit einer schlechten Bewertung droht, erklärt die DHL-Verzögerung mit Sendungsnummer und überlässt die Bewertung ausdrücklich dem Käufer.",
    frm=("Bergkamm Sport", "hilfe@bergkamm-sport.de"), dom="de",
    subject="AW: Wo bleiben meine Skischuhe? 303-6624918-0071456",
    date="Thu, 03 Dec 2026 11:04:26 +0100",
    body="""Hallo Herr Winkler,

ich verstehe Ihren Ärger, gerade wenn der Urlaub vor der Tür steht. Ich habe mir die Sendung zu Ihrer Bestellung 303-6624918-0071456 angesehen:

Das Paket wurde am 27.11. an DHL übergeben (Sendungsnummer 00340434161094042557) und liegt seit dem 30.11. im Paketzentrum Aschheim. DHL hat dort nach eigenen Angaben wegen des Wintereinbruchs einen Rückstau. Ich habe heute einen Nachforschungsauftrag gestellt.

Sollte das Paket bis Montag nicht zugestellt sein, schicken wir Ihnen ein zweites Paar per Express – Sie müssen dafür nichts tun, ich melde mich dann hier bei Ihnen.

Wie Sie uns bewerten, ist selbstverständlich allein Ihre Entscheidung. Mir ist nur wichtig, dass Sie Ihre Schuhe rechtzeitig bekommen.

Beste Grüße
Miriam Kessler
Bergkamm Sport – Kundenservice""",
    qhead="Am 02.12.2026 um 22:31 schrieb Amazon-Kunde <dv8ka1x0pmz3ntq@marketplace.amazon.de>:",
    quote="""Seit 6 Tagen keine Bewegung in der Sendungsverfolgung. Wir fahren am 12. in den Urlaub. Wenn die Schuhe nicht kommen, gibt es eine entsprechende Bewertung, das können Sie mir glauben.""",
))

M.append(dict(
    lang="de", client="edesk", kind="proactive", expect="violation", rules=["review.divert_negative"],
    classes=["divert_negative", "post_delivery"],
    note="Nach der Zustellung werden Käufer gebeten, sich vor einer negativen Bewertung zuerst an den Händler zu wenden, was unzufriedene Käufer von Bewertungen weglenkt.",
    frm=("Wollstube Hanssen", "info@wollstube-hanssen.de"), dom="de",
    subject="Ihre Bestellung 305-9902716-4418253 ist angekommen",
    date="Fri, 04 Dec 2026 08:30:00 +0100",
    body="""Liebe Kundin, lieber Kunde,

Ihre Merinowolle (6 Knäuel, Farbe Salbei) aus der Bestellung 305-9902716-4418253 wurde gestern zugestellt. Ein Hinweis zur Pflege: bitte nur mit Wollwaschmittel bei max. 30 °C im Wollprogramm waschen.

Sollten Sie mit irgendetwas nicht zufrieden sein, kontaktieren Sie uns bitte zuerst, bevor Sie eine negative Bewertung abgeben – wir finden immer eine Lösung!

Herzliche Grüße aus Flensburg
Ihre Wollstube Hanssen""",
))

M.append(dict(
    lang="de", client="gmail", kind="reply", expect="violation",
    rules=["contact.off_platform", "contact.phone_number"],
    classes=["wrong_item", "phone"],
    note="Bei einem falsch gelieferten Artikel bittet der Händler den Käufer, ihn telefonisch anzurufen, damit es schneller geht, und verlagert das Gespräch aus Amazon heraus.",
    frm=("Druckerpatronen Seidl", "service@patronen-seidl.de"), dom="de",
    subject="Re: Falsche Patronen geliefert (Bestellung 302-0057381-2264907)",
    date="Mon, 07 Dec 2026 10:47:19 +0100",
    body="""Hallo Herr Demir,

oh, da ist beim Packen etwas schiefgelaufen – Sie haben die 603XL für den Epson bestellt und die 604XL bekommen. Die passen leider nicht.

Am schnellsten klären wir das zu Ihrer Bestellung 302-0057381-2264907, wenn Sie uns kurz anrufen: 0851 9661 2740 (Mo–Fr 8–17 Uhr). Dann kann ich Ihnen die richtigen Patronen noch heute rausschicken und wir besprechen direkt, wie Sie die falschen zurückgeben.

Gruß
Markus Seidl""",
    qhead="Am Mo., 7. Dez. 2026 um 08:15 Uhr schrieb Amazon-Kunde <xq1nb7rz0gk4wvt@marketplace.amazon.de>:",
    quote="""Guten Morgen, im Paket waren 604XL statt 603XL. Mein Drucker erkennt die nicht. Bitte um schnelle Lösung, ich brauche den Drucker für die Arbeit.""",
))

M.append(dict(
    lang="de", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["missing_part", "partial_refund", "replacement"],
    note="Schickt einen fehlenden Schlauchadapter kostenlos nach und erstattet zusätzlich einen Teilbetrag über Amazon, ohne jeden Bezug auf Bewertungen.",
    frm=("Hydroflink Gartentechnik", "support@hydroflink.de"), dom="de",
    subject="AW: Adapter fehlt – Bewässerungsset 301-8843207-5197726",
    date="Tue, 08 Dec 2026 14:12:33 +0100",
    body="""Hallo Frau Pawlak,

danke für den Hinweis. Im Bewässerungsset sollte ein 3/4"-Hahnanschluss mit Reduzierstück liegen – bei Ihnen fehlte das Reduzierstück, deshalb passt der Schlauch nicht an Ihren Wasserhahn.

Wir haben Ihnen den Adapter heute kostenlos per Deutsche Post (Warensendung) geschickt, er sollte in 2–3 Tagen da sein.

Für die Unannehmlichkeit haben wir außerdem 15 % des Kaufpreises (6,75 €) zur Bestellung 301-8843207-5197726 über Amazon erstattet.

Entschuldigen Sie bitte den Fehler.

Freundliche Grüße
Tobias Reuter
Hydroflink Kundenservice""",
    qhead="Amazon-Käufer, 07.12.2026 um 19:26:",
    quote="""Hallo, in meinem Set fehlt das Teil, mit dem man den Schlauch an einen normalen Wasserhahn anschließt. Auf der Anleitung ist es abgebildet (Teil Nr. 4), aber es ist nicht im Karton.""",
))

M.append(dict(
    lang="de", client="outlook", kind="reply", expect="violation",
    rules=["attach.content", "purpose.marketing", "contact.off_platform"],
    classes=["pdf_hidden_marketing", "return_label", "apology_voucher"],
    note="Die Mail selbst ist ein korrekter Rücksendehinweis, aber das angehängte PDF enthält einen Gutschein für den nächsten Einkauf im eigenen Onlineshop mit Web-Adresse.",
    frm=("Kuschelnest Textil", "retouren@kuschelnest-textil.de"), dom="de",
    subject="AW: Bettwäsche falsche Größe – Rücksendung 307-2215048-8830164",
    date="Wed, 09 Dec 2026 09:55:08 +0100",
    body="""Guten Tag Frau Lindqvist,

entschuldigen Sie bitte die Verwechslung: statt 155 x 220 cm haben Sie die Größe 135 x 200 cm erhalten (Bestellung 307-2215048-8830164).

Die richtige Bettwäsche ist bereits unterwegs. Für die falsche Garnitur finden Sie im Anhang den Rücksendeschein (PDF). Bitte legen Sie ihn dem Paket bei und geben Sie es bei einer DHL-Filiale ab, das Porto übernehmen wir.

Mit freundlichen Grüßen
Annika Bode
Kuschelnest Textil – Retourenabteilung""",
    qhead="""-----Ursprüngliche Nachricht-----
Von: Amazon-Kunde <b7wn3kq0xz2mtey@marketplace.amazon.de>
Gesendet: Dienstag, 8. Dezember 2026 20:19
An: retouren@kuschelnest-textil.de
Betreff: Bettwäsche falsche Größe
""",
    quote="""Ich habe 155x220 bestellt, geliefert wurde 135x200. Bitte um Umtausch. Bestellung 307-2215048-8830164.""",
    quote_style="plain",
    attach=("Ruecksendeschein-307-2215048-8830164.pdf", [
        "Kuschelnest Textil - Ruecksendeschein",
        "Amazon-Bestellung: 307-2215048-8830164",
        "Artikel: Satin-Bettwaesche Salbei, 135 x 200 cm (falsche Groesse)",
        "Grund: Falschlieferung - Porto uebernimmt der Verkaeufer",
        "Ruecksendeadresse: Kuschelnest Textil, Weberstr. 8, 48683 Ahaus",
        "",
        "Als Entschuldigung: 10 % auf Ihre naechste Bestellung",
        "in unserem Onlineshop www.kuschelnest-textil.de",
        "mit dem Code NEST10 (gueltig bis 31.01.2027).",
    ]),
))

M.append(dict(
    lang="de", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["refund_for_review_refused", "return", "angry_buyer"],
    note="Lehnt das Angebot des Käufers ab, seine Bewertung gegen eine Erstattung zu ändern, und bietet stattdessen die normale Rückgabe über Amazon an.",
    frm=("Tastenwerk Peripherie", "support@tastenwerk.de"), dom="de",
    subject="AW: Tastatur – Bestellung 304-5530982-7716402",
    date="Fri, 11 Dec 2026 16:38:21 +0100",
    body="""Hallo Herr Krüger,

danke für Ihre Nachricht. Dass die Leertaste bei Ihrer TW-87 klemmt, ist ärgerlich, und wir helfen Ihnen gern.

Auf Ihren Vorschlag, die Bewertung gegen eine Erstattung zu ändern, können wir uns allerdings nicht einlassen – das ist nach den Amazon-Richtlinien nicht erlaubt, und wir möchten das auch nicht. Ihre Bewertung bleibt ganz Ihre Sache.

Unabhängig davon haben Sie natürlich Anspruch auf eine Lösung:
- Sie können die Tastatur über "Meine Bestellungen" zur Bestellung 304-5530982-7716402 als defekt zurücksenden; das Etikett ist kostenlos und Amazon erstattet den vollen Betrag.
- Oder wir schicken Ihnen einen neuen Stabilisator für die Leertaste samt Werkzeug, der Tausch dauert etwa fünf Minuten.

Geben Sie mir einfach Bescheid, was Ihnen lieber ist.

Viele Grüße
Leon Brandt
Tastenwerk Support""",
    qhead="Am Do., 10. Dez. 2026 um 23:02 Uhr schrieb Amazon-Kunde <n4ty9qz0wkx2mrf@marketplace.amazon.de>:",
    quote="""Leertaste hakt nach drei Wochen. Ich hab 2 Sterne gegeben. Wenn Sie mir 30 Euro zurückgeben, mache ich 4 daraus, ansonsten bleibt es so.""",
))
