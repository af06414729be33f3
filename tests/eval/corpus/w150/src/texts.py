# Hand-written message texts for w150 (German). Labels are fixed at writing time.
MESSAGES = []
def M(**kw):
    MESSAGES.append(kw)

# 1 biased review request, only happy buyers, five stars
M(client="zendesk", kind="proactive", expect="violation", rules=["review.biased_positive"],
  classes=["review_request", "five_stars", "happy_only"],
  note="Proaktive Bewertungsbitte, die nur zufriedene Käufer um fünf Sterne bittet; verstößt gegen das Verbot voreingenommener Bewertungsanfragen.",
  alias="k7hq2mzt0wxr4pd", date=(11, 24, 9, 12),
  **{"from": "Kundenservice Lichtwerk Heimdeko <service@lichtwerk-heimdeko.de>"},
  subject="Ihre Bestellung 302-4417820-6613905 – wie gefällt Ihnen die Lichterkette?",
  body="""Hallo Frau Brückner,

Ihre LED-Lichterkette "Sternenzauber" (200 LEDs, warmweiß) sollte inzwischen bei Ihnen angekommen sein (Bestellung 302-4417820-6613905).

Wenn Sie mit der Lichterkette zufrieden sind, würden wir uns riesig über eine 5-Sterne-Bewertung auf Amazon freuen. Gerade als kleiner Familienbetrieb sind wir auf gute Bewertungen angewiesen!

Herzliche Grüße aus dem Allgäu
Ihr Team von Lichtwerk Heimdeko""")

# 2 divert unhappy buyers
M(client="freshdesk", kind="proactive", expect="violation", rules=["review.divert_negative"],
  classes=["review_request", "divert_unhappy"],
  note="Bittet unzufriedene Käufer, sich zuerst privat zu melden statt eine Bewertung zu schreiben; lenkt negative Bewertungen um.",
  alias="p3rn8vxq1jd6tla", date=(11, 26, 14, 3),
  **{"from": "Support Kochhaus Brandt <support@kochhaus-brandt.de>"},
  subject="Bestellung 028-9931174-2205318: Ihr Gusseisen-Bräter",
  body="""Guten Tag Herr Yilmaz,

Ihr Gusseisen-Bräter (28 cm, emailliert, Farbe Kirschrot) wurde laut DHL gestern zugestellt. Bitte vor dem ersten Gebrauch einmal mit warmem Wasser ausspülen, nicht in die Spülmaschine geben.

Sollten Sie mit irgendetwas nicht zufrieden sein, schreiben Sie uns bitte zuerst, BEVOR Sie eine Bewertung abgeben – wir finden garantiert eine Lösung und eine schlechte Bewertung ist dann gar nicht nötig.

Bestellnummer: 028-9931174-2205318

Mit freundlichen Grüßen
Jana Brandt
Kochhaus Brandt""")

# 3 incentive: shipping refund for review (reply)
M(client="gorgias", kind="reply", expect="violation", rules=["review.incentive"],
  classes=["reply", "incentive", "shipping_refund", "quoted_buyer"],
  note="Antwort auf Lieferfrage, die die Erstattung der Versandkosten gegen eine Bewertung anbietet; Anreiz für eine Bewertung.",
  alias="z0mfk4w8yt2cbnh", date=(12, 1, 10, 41), in_reply_to="q8b1x3",
  **{"from": "Team Fahrradkiste <hilfe@fahrradkiste-shop.de>"},
  subject="AW: Frage zur Lieferung (Bestellung 405-1187362-9940271)",
  body="""Hallo Herr Kowalczyk,

danke für Ihre Nachricht. Das Paket mit dem Fahrradschloss (Faltschloss, 90 cm) ist bei Hermes und wird laut Sendungsverfolgung morgen zugestellt.

Kleiner Tipp: Wenn Sie uns nach Erhalt eine Bewertung schreiben, erstatten wir Ihnen die Versandkosten von 4,95 € zurück. Schicken Sie uns dafür einfach kurz Bescheid, sobald die Bewertung online ist.

Viele Grüße
Marco
Fahrradkiste""",
  quote=("Amazon-Käufer, 30.11.2026 um 19:22:", """Hallo, ich habe vor 5 Tagen bestellt und das Schloss ist immer noch nicht da. Wann kommt es denn?
Bestellnummer 405-1187362-9940271
Gruß T. Kowalczyk"""))

# 4 gift for review
M(client="edesk", kind="proactive", expect="violation", rules=["review.incentive"],
  classes=["review_request", "incentive", "gift"],
  note="Verspricht einen kostenlosen Ersatzfilter als Dankeschön für eine Bewertung; Gegenleistung für Bewertung.",
  alias="r5tc9qwe2ulm7ks", date=(11, 20, 8, 30),
  **{"from": "AquaPur Kundendienst <kundendienst@aquapur-filter.de>"},
  subject="Ihr Wasserfilter – Bestellung 171-5520843-3318460",
  body="""Sehr geehrte Kundin, sehr geehrter Kunde,

vielen Dank für den Kauf der AquaPur Wasserfilterkanne 2,4 l (Bestellung 171-5520843-3318460).

Wir haben eine kleine Überraschung für Sie: Schreiben Sie eine Bewertung zu Ihrer Filterkanne und senden Sie uns einen Screenshot – wir schicken Ihnen dann eine Ersatzkartusche im Wert von 8,99 € gratis zu!

Hinweis: Die Kartusche bitte vor dem ersten Einsatz 15 Minuten wässern.

Freundliche Grüße
Ihr AquaPur-Team""", html=False)

# 5 ask to adjust review after problem solved
M(client="edesk", kind="reply", expect="violation", rules=["review.change_or_remove"],
  classes=["reply", "change_review", "quoted_buyer"],
  note="Nach gelöstem Problem wird der Käufer gebeten, seine 2-Sterne-Rezension anzupassen; Aufforderung zur Änderung einer Bewertung.",
  alias="b2wyd6hg0pqz8ve", date=(12, 3, 16, 5), in_reply_to="d77ka0",
  **{"from": "Schreibwaren Oertel <service@oertel-papeterie.de>"},
  subject="RE: Füller tropft – Bestellung 304-6628194-0071536",
  body="""Liebe Frau Hansen,

es freut uns sehr, dass der neue Tintenleiter das Problem behoben hat und Ihr Füllhalter jetzt wieder sauber schreibt.

Da die Sache nun erledigt ist, würden Sie vielleicht Ihre 2-Sterne-Rezension noch einmal anpassen? Sie steht leider immer noch ganz oben auf der Produktseite und schreckt andere Kunden ab.

Danke und schöne Adventszeit
Ingrid Oertel
Schreibwaren Oertel""",
  qstyle="plain",
  quote=("-------- Nachricht von Amazon-Käufer (02.12.2026 18:47) --------", """Hallo Frau Oertel,
der Ersatzteil ist angekommen und der Füller tropft nicht mehr. Danke!
Sabine Hansen"""))

# 6 feedback removal
M(client="outlook", kind="reply", expect="violation", rules=["feedback.removal_request"],
  classes=["reply", "seller_feedback", "removal"],
  note="Bittet den Käufer, die negative Verkäuferbewertung zu entfernen, nachdem erstattet wurde; Anfrage zur Entfernung von Feedback.",
  alias="h9xj1enr3svk0oa", date=(12, 7, 11, 18), in_reply_to="ff1b20",
  **{"from": "\"Bauer Werkzeughandel\" <auftrag@bauer-werkzeughandel.de>"},
  subject="AW: Erstattung Bestellung 028-3345901-7781224",
  body="""Sehr geehrter Herr Ziegler,

die Erstattung über 39,90 € für den Akku-Bohrschrauber-Akku (18V, 4,0 Ah) wurde heute über Amazon veranlasst, sie sollte in 3–5 Werktagen auf Ihrem Konto sein.

Wir möchten Sie nun höflich bitten, die negative Verkäuferbewertung, die Sie am 28.11. abgegeben haben, wieder zu entfernen. Unter "Ihre Bestellungen" > "Verkäuferbewertung" können Sie das mit zwei Klicks erledigen.

Mit freundlichen Grüßen

Werner Bauer
Bauer Werkzeughandel e.K.""",
  qstyle="plain",
  quote=("-----Ursprüngliche Nachricht-----\nVon: Amazon-Käufer\nGesendet: Freitag, 4. Dezember 2026 09:12\nBetreff: Erstattung Bestellung 028-3345901-7781224", """Der Akku passt nicht in meinen Schrauber, obwohl er als kompatibel angegeben war. Ich habe ihn zurückgeschickt und warte auf mein Geld."""))

# 7 repeat request
M(client="zendesk", kind="proactive", expect="violation", rules=["review.repeat_request"],
  classes=["review_request", "reminder"],
  note="Zweite Erinnerung an eine bereits gestellte Bewertungsbitte zur selben Bestellung; wiederholte Bewertungsanfrage.",
  alias="c4lv7ptm9wze2fu", date=(12, 9, 9, 0),
  **{"from": "Nordlicht Textil <kontakt@nordlicht-textil.de>"},
  subject="Erinnerung: Ihre Meinung zu Bestellung 302-7719450-2286631",
  body="""Moin Herr Petersen,

vor einer Woche hatten wir Sie bereits gebeten, Ihre Merino-Wollsocken (3er-Pack, Gr. 43-46) zu bewerten. Vielleicht ist unsere Nachricht untergegangen – daher erinnern wir Sie noch einmal freundlich daran.

Eine Bewertung können Sie direkt über "Ihre Bestellungen" bei Amazon abgeben.

Bestellung: 302-7719450-2286631

Beste Grüße von der Küste
Nordlicht Textil""")

# 8 Impressum with phone and e-mail in signature (otherwise fine reply)
M(client="gmail", kind="reply", expect="violation", rules=["contact.phone_number", "contact.email_address"],
  classes=["reply", "impressum", "signature_contact", "quoted_buyer"],
  note="Sachliche Antwort zur Größe, aber die Impressum-Signatur nennt Telefonnummer und E-Mail-Adresse; Kontaktdaten außerhalb von Amazon.",
  alias="t6gs0bky4nfh1qr", date=(11, 27, 13, 50), in_reply_to="a91c3e",
  **{"from": "Gartenmöbel Steinbach <info@steinbach-gartenmoebel.de>"},
  subject="Re: Maße Auflage – Bestellung 404-2210367-5548913",
  body="""Hallo Herr Albers,

die Sitzauflage für den Hochlehner "Lago" misst 120 x 50 cm, die Dicke beträgt 7 cm. Sie passt auf alle gängigen Hochlehner mit Bändern zum Festbinden. Der Bezug ist abnehmbar und bei 30 °C waschbar.

Viele Grüße
Paul Steinbach

--
Steinbach Gartenmöbel GmbH
Industriestraße 14, 32105 Bad Salzuflen
Tel.: 05222 948 330 · Fax: 05222 948 339
E-Mail: info@steinbach-gartenmoebel.de
Geschäftsführer: Paul Steinbach · HRB 4471 Amtsgericht Lemgo
USt-IdNr.: DE 318 447 902""",
  quote=("Am Do., 26. Nov. 2026 um 20:31 Uhr schrieb Amazon-Käufer <t6gs0bky4nfh1qr@marketplace.amazon.de>:", """Hallo, welche Maße hat die Auflage genau? Passt die auf einen Hochlehner von Kettler?
Bestellung 404-2210367-5548913"""))

# 9 WhatsApp
M(client="freshdesk", kind="reply", expect="violation", rules=["contact.off_platform", "contact.phone_number"],
  classes=["reply", "whatsapp", "phone", "quoted_buyer"],
  note="Bittet den Käufer, ein Foto des Schadens per WhatsApp an eine Handynummer zu schicken; Kontakt außerhalb von Amazon.",
  alias="m1qz5xhc8aeu3gw", date=(12, 2, 8, 14), in_reply_to="c03ff9",
  **{"from": "Porzellanhaus Weidner <service@porzellan-weidner.de>"},
  subject="AW: Tasse beschädigt - Bestellung 306-8840127-1195502",
  body="""Guten Morgen Frau Lindqvist,

das tut uns leid, dass eine der Espressotassen mit Sprung angekommen ist. Damit wir das schnell klären können, schicken Sie uns bitte ein Foto vom Schaden per WhatsApp an 0160 7723418 – das geht am schnellsten. Wir senden dann sofort eine neue Tasse los.

Mit freundlichen Grüßen
Carola Weidner""",
  quote=("Am 01.12.2026 um 21:05 schrieb Amazon-Käufer:", """Eine von sechs Tassen hat einen Sprung am Henkel. Bestellung 306-8840127-1195502"""))

# 10 Instagram follow us
M(client="gorgias", kind="proactive", expect="violation", rules=["contact.off_platform", "purpose.marketing", "links.external"],
  classes=["social_media", "instagram", "follow_us"],
  note="Versandhinweis mit Aufforderung, dem Shop auf Instagram zu folgen, samt Link; Social-Media-Werbung und externer Link.",
  alias="y8dn2kbr6cxw0ji", date=(11, 23, 17, 25),
  **{"from": "Kerzenmanufaktur Wachsglück <hallo@wachsglueck.de>"},
  subject="Infos zu Ihrer Duftkerze – Bestellung 171-3309276-8820463",
  body="""Hallo Lea,

damit Ihre Sojawachs-Duftkerze "Zimtstern" lange hält: Beim ersten Anzünden mindestens 2 Stunden brennen lassen, bis die ganze Oberfläche flüssig ist, und den Docht vor jedem Anzünden auf 5 mm kürzen.

Noch mehr Tipps, Behind-the-Scenes aus unserer Manufaktur und Gewinnspiele gibt's auf Instagram: folgt uns unter @wachsglueck.manufaktur – https://instagram.com/wachsglueck.manufaktur

Bestellung 171-3309276-8820463

Liebe Grüße
Mira von Wachsglück""",
  html_links={"https://instagram.com/wachsglueck.manufaktur": "https://instagram.com/wachsglueck.manufaktur"})

# 11 own shop for spare parts
M(client="edesk", kind="reply", expect="violation", rules=["contact.off_platform", "purpose.marketing", "links.external"],
  classes=["reply", "own_shop", "quoted_buyer"],
  note="Verweist für Ersatzteile auf den eigenen Onlineshop mit Link und Rabatt; lenkt den Käufer von Amazon weg und bewirbt den Shop.",
  alias="f0ua7sjq4mbn9ly", date=(12, 4, 15, 2), in_reply_to="e1120b",
  **{"from": "Saugwerk Ersatzteile <service@saugwerk-teile.de>"},
  subject="Re: Ersatzbürste für Saugroboter (Bestellung 028-6651023-4479805)",
  body="""Hallo Herr Dietrich,

die Seitenbürsten für Ihren Saugroboter SR-300 sind auf Amazon derzeit leider ausverkauft. In unserem eigenen Onlineshop haben wir sie aber vorrätig – und dort sogar 10 % günstiger als auf Amazon:
www.saugwerk-teile.de/sr300-seitenbuersten

Bei Fragen gerne melden.
Gruß
Stefan Kurz
Saugwerk""",
  quote=("Amazon-Käufer schrieb am 03.12.2026, 22:40:", """Gibt es für den SR-300 auch Ersatz-Seitenbürsten? Meine sind nach einem Jahr ziemlich zerfleddert.
Bestellung 028-6651023-4479805"""),
  html_links={"www.saugwerk-teile.de/sr300-seitenbuersten": "https://www.saugwerk-teile.de/sr300-seitenbuersten"})

# 12 newsletter
M(client="zendesk", kind="proactive", expect="violation", rules=["purpose.marketing", "links.external"],
  classes=["newsletter", "coupon"],
  note="Hinweis zur Lieferung, der zur Newsletter-Anmeldung mit Willkommensrabatt und externem Link auffordert; Werbung.",
  alias="w3ko8ecg1rtv5xa", date=(11, 30, 10, 0),
  **{"from": "Teehaus Sonnenhang <bestellung@teehaus-sonnenhang.de>"},
  subject="Ihr Tee ist unterwegs – Bestellung 305-1174490-3362018",
  body="""Liebe Teefreundin, lieber Teefreund,

Ihr Probierset "Winterliche Kräuter" (6 x 50 g) zu Bestellung 305-1174490-3362018 ist auf dem Weg zu Ihnen. Ziehzeit: 8–10 Minuten mit kochendem Wasser.

Übrigens: Abonnieren Sie jetzt unseren Newsletter und erhalten Sie monatlich neue Sorten, Rezepte und einen Willkommensrabatt von 10 %:
https://teehaus-sonnenhang.de/newsletter

Genussvolle Grüße
Ihr Teehaus Sonnenhang""",
  html_links={"https://teehaus-sonnenhang.de/newsletter": "https://teehaus-sonnenhang.de/newsletter?utm_source=amazon&utm_medium=bsm"})

# 13 coupon code
M(client="outlook", kind="proactive", expect="violation", rules=["purpose.marketing"],
  classes=["coupon", "next_purchase"],
  note="Gibt nach dem Kauf einen Gutscheincode für 15 % auf die nächste Bestellung; Werbung über den Nachrichtendienst.",
  alias="n7bh3vfu0ysq6ci", date=(12, 10, 12, 45),
  **{"from": "Hundeglück Zubehör <service@hundeglueck-zubehoer.de>"},
  subject="Bestellung 303-9028815-6640127 – Ihr Hundegeschirr",
  body="""Hallo Familie Graf,

das Hundegeschirr "Trail" in Größe M ist für Brustumfänge von 55–70 cm. Die Schnallen lassen sich an beiden Seiten verstellen; ziehen Sie es so fest, dass noch zwei Finger darunter passen.

Als kleines Dankeschön: Mit dem Code WINTER15 sparen Sie 15 % bei Ihrem nächsten Einkauf in unserem Amazon-Shop – gültig bis 31.12.2026.

Bestellung 303-9028815-6640127

Viele Grüße und schöne Spaziergänge
Ihr Hundeglück-Team""", html=False)

# 14 cross-selling
M(client="freshdesk", kind="proactive", expect="violation", rules=["purpose.marketing"],
  classes=["cross_selling", "new_product"],
  note="Empfiehlt ungefragt neue Zusatzprodukte zum gekauften Artikel; Werbung/Cross-Selling.",
  alias="s2xe9lmd5qhb1ft", date=(11, 21, 11, 11),
  **{"from": "Bohnenreich Kaffeetechnik <service@bohnenreich.de>"},
  subject="Pflegetipps für Ihre Kaffeemühle – Bestellung 404-7730218-1058846",
  body="""Guten Tag Herr Engel,

damit Ihre Kegelmahlwerk-Mühle "Bohnenreich M2" lange gleichmäßig mahlt, reinigen Sie das Mahlwerk bitte etwa alle vier Wochen mit dem beiliegenden Pinsel.

Passend dazu haben wir ganz neu im Sortiment: unsere Mühlen-Reinigungstabs (90 Stück) und die Vakuum-Bohnendose "Frischhalter". Beide finden Sie auf Amazon, wenn Sie nach "Bohnenreich" suchen – perfekt als Ergänzung zu Ihrer Mühle!

Bestellnummer: 404-7730218-1058846

Freundliche Grüße
Bohnenreich Kaffeetechnik""")

# 15 black friday subject + sale
M(client="gorgias", kind="proactive", expect="violation", rules=["subject.marketing", "purpose.marketing"],
  classes=["sale", "marketing_subject"],
  note="Betreff und Text bewerben einen Black-Friday-Sale mit 30 % Rabatt; Werbebetreff und Werbezweck.",
  alias="j5vr0gwc8nkp2ud", date=(11, 26, 7, 0),
  **{"from": "Bettwarenhaus Kranich <service@kranich-bettwaren.de>"},
  subject="BLACK WEEK: 30 % auf alle Daunendecken!",
  body="""Liebe Kundin, lieber Kunde,

Sie haben bei uns das Kissen "Kranich Soft" gekauft (Bestellung 306-2285104-9917730) – deshalb möchten wir Sie als Erstes informieren:

Nur bis Montag gibt es 30 % Rabatt auf alle Daunendecken und 20 % auf Kissen. Einfach auf Amazon nach "Kranich Bettwaren" suchen.

Schlafen Sie gut!
Ihr Team vom Bettwarenhaus Kranich""")

# 16 loyalty discount
M(client="edesk", kind="proactive", expect="violation", rules=["purpose.marketing"],
  classes=["loyalty", "discount"],
  note="Bietet als Stammkunde einen Rabatt auf die nächste Bestellung an; Werbung/Treueaktion.",
  alias="g9ct4yfz2owl7ek", date=(12, 12, 9, 33),
  **{"from": "Vitalkorn Naturkost <kundenservice@vitalkorn-naturkost.de>"},
  subject="Ihre Bestellung 302-5561870-4412093",
  body="""Sehr geehrte Frau Ahrens,

Sie haben nun schon zum dritten Mal unsere Bio-Haferflocken (Großpackung 5 kg) bestellt – das freut uns sehr!

Als treue Stammkundin erhalten Sie bei Ihrer nächsten Bestellung 10 % Treuerabatt. Schreiben Sie uns einfach vor der Bestellung kurz über Amazon, dann richten wir das für Sie ein.

Bestellung 302-5561870-4412093

Mit herzlichen Grüßen
Vitalkorn Naturkost""", html=False)

# 17 thank-you only
M(client="zendesk", kind="proactive", expect="violation", rules=["purpose.thank_you_only"],
  classes=["thank_you"],
  note="Nachricht, die nur für den Kauf dankt und sonst keinen Inhalt zur Bestellung hat; reine Dankesnachricht.",
  alias="u1pw6aqx3hji8zo", date=(11, 19, 18, 22),
  **{"from": "Holzspielzeug Tannenwald <info@tannenwald-spielzeug.de>"},
  subject="Danke für Ihre Bestellung 028-1193407-8836214",
  body="""Liebe Frau Schuster,

herzlichen Dank, dass Sie sich für unsere Holzeisenbahn "Waldexpress" entschieden haben! Wir wünschen Ihnen und Ihren Kindern ganz viel Freude damit.

Bestellung 028-1193407-8836214

Herzliche Grüße aus dem Erzgebirge
Familie Tannenwald""")

# 18 shipped-only
M(client="gmail", kind="proactive", expect="violation", rules=["purpose.shipping_confirmation"],
  classes=["shipped_only"],
  note="Teilt nur mit, dass die Bestellung heute versandt wurde, ohne weitere Information; reine Versandbestätigung.",
  alias="e4sm9rgk1vut6bn", date=(12, 14, 15, 40),
  **{"from": "Jonas Riedl – Lederwaren Riedl <jonas@riedl-lederwaren.de>"},
  subject="Bestellung 171-6640392-0075581 versandt",
  body="""Hallo Herr Kaya,

Ihre Bestellung 171-6640392-0075581 (Ledergeldbörse "Classic", cognac) wurde heute verschickt.

Beste Grüße
Jonas Riedl""", html=False)

# 19 emoji in otherwise fine reply
M(client="gorgias", kind="reply", expect="violation", rules=["style.emoji"],
  classes=["reply", "emoji", "quoted_buyer"],
  note="Hilfreiche Antwort zur Batterie, enthält aber Emoji; Emoji sind in Käufer-Nachrichten nicht erlaubt.",
  alias="o6yk2dqn8fbr0mc", date=(12, 5, 19, 8), in_reply_to="77b2de",
  **{"from": "Spielwelt Kunterbunt <hilfe@spielwelt-kunterbunt.de>"},
  subject="Re: Ferngesteuertes Auto lädt nicht - 304-3308721-6654019",
  body="""Hallo Herr Wagner 👋

der Akku vom RC-Auto "Blitz 4x4" muss vor der ersten Fahrt ca. 3 Stunden am USB-Kabel laden. Die rote LED am Ladekabel geht aus, wenn er voll ist. Wichtig: den Schalter am Auto dabei auf OFF stellen, sonst lädt er nicht! 🔋

Viel Spaß beim Fahren 🚗💨
Jenny
Spielwelt Kunterbunt""",
  quote=("Amazon-Käufer, 05.12.2026 um 08:07:", """Das Auto fährt nur 2 Minuten und dann ist der Akku leer. Defekt?
Bestellung 304-3308721-6654019"""))

# 20 missing order id
M(client="outlook", kind="proactive", expect="violation", rules=["order.id_missing"],
  classes=["delay_notice", "no_order_id"],
  note="Sachliche Lieferverzögerungsinfo, nennt aber keine Bestellnummer; Bestellnummer fehlt.",
  alias="d8ho3zcu5lxe1rq", date=(12, 16, 8, 55),
  **{"from": "Polsterei Hagedorn <versand@hagedorn-polsterei.de>"},
  subject="Lieferverzögerung bei Ihrem Sitzkissen",
  body="""Sehr geehrte Frau Baumgartner,

leider verzögert sich der Versand Ihres Stuhlkissens "Velours anthrazit" um etwa drei Werktage, da unser Stofflieferant später geliefert hat als geplant. Wir rechnen mit Versand am Freitag, den 18.12.2026; die Zustellung erfolgt dann wie gewohnt mit DPD.

Wir bitten um Entschuldigung für die Verzögerung.

Mit freundlichen Grüßen
Ulrike Hagedorn
Polsterei Hagedorn""")

# 21 ask buyer to cancel
M(client="freshdesk", kind="proactive", expect="violation", rules=["purpose.ask_buyer_to_cancel"],
  classes=["cancel_request", "out_of_stock"],
  note="Bittet den Käufer, die Bestellung wegen Lieferengpass selbst zu stornieren; Aufforderung zur Stornierung durch den Käufer.",
  alias="l3ig7ntw0cka5ps", date=(12, 8, 13, 17),
  **{"from": "Elektro Strobel <auftraege@elektro-strobel.de>"},
  subject="Ihre Bestellung 305-8812064-2297413 – Lieferengpass",
  body="""Guten Tag Herr Neumann,

leider ist die Außenleuchte mit Bewegungsmelder "Corvo" (anthrazit) beim Hersteller erst wieder ab Februar lieferbar.

Wir möchten Sie daher bitten, die Bestellung 305-8812064-2297413 selbst über Ihr Amazon-Konto zu stornieren ("Ihre Bestellungen" > "Artikel stornieren"). Der Betrag wird Ihnen dann vollständig erstattet.

Entschuldigen Sie die Umstände.
Mit freundlichen Grüßen
Elektro Strobel""")

# ---------------- legitimate look-alikes ----------------

# 22 refuse incentive requested by buyer
M(client="zendesk", kind="reply", expect="legit", rules=[],
  classes=["reply", "refusal", "incentive_vocab", "quoted_buyer"],
  note="Lehnt die Frage des Käufers nach einem Gutschein für eine Bewertung ab und beantwortet die Lieferfrage; keine Gegenleistung angeboten.",
  alias="q0fe5jbl9wdy3nt", date=(12, 2, 10, 26), in_reply_to="0d4a11",
  **{"from": "Kundenservice Lichtwerk Heimdeko <service@lichtwerk-heimdeko.de>"},
  subject="Re: Gutschein für Bewertung? - Bestellung 303-2267451-8801396",
  body="""Hallo Herr Vogt,

danke für Ihre Nachricht. Einen Gutschein oder eine andere Gegenleistung für eine Bewertung dürfen wir nach den Amazon-Richtlinien nicht anbieten – das gilt für positive wie für negative Bewertungen gleichermaßen. Ob und wie Sie bewerten, entscheiden Sie ganz frei.

Zu Ihrer eigentlichen Frage: Die Ersatzbirnen für den Schwibbogen (E10, 14 V / 0,1 W) liegen im kleinen Beutel unter dem Karton-Einleger.

Viele Grüße
Sandra Keller
Lichtwerk Heimdeko""",
  quote=("Amazon-Käufer, 01.12.2026 um 17:54:", """Hallo, gibt es eigentlich einen Gutschein, wenn ich eine 5-Sterne-Bewertung schreibe? Bei anderen Händlern gibt es sowas.
Und wo sind die Ersatzbirnen? Ich finde keine.
Bestellung 303-2267451-8801396"""))

# 23 neutral review request
M(client="freshdesk", kind="proactive", expect="legit", rules=[],
  classes=["review_request", "neutral"],
  note="Einmalige, neutrale Bewertungsbitte ohne Wertung oder Anreiz, mit Bestellnummer.",
  alias="v5nr1kcx7gzo4wb", date=(12, 6, 10, 10),
  **{"from": "Support Kochhaus Brandt <support@kochhaus-brandt.de>"},
  subject="Ihre Erfahrung mit Bestellung 404-5108873-3346620",
  body="""Guten Tag Frau Marquardt,

Sie haben vor zwei Wochen bei uns das Messerset "Damast 3-teilig" gekauft (Bestellung 404-5108873-3346620).

Wir würden uns freuen, wenn Sie Ihre Erfahrungen mit dem Produkt in einer Bewertung auf Amazon teilen. Ihre ehrliche Meinung hilft anderen Kundinnen und Kunden bei der Kaufentscheidung.

Mit freundlichen Grüßen
Jana Brandt
Kochhaus Brandt""")

# 24 carrier tracking link
M(client="gmail", kind="reply", expect="legit", rules=[],
  classes=["reply", "tracking_link", "carrier", "quoted_buyer"],
  note="Beantwortet die Frage nach dem Paketverbleib mit Sendungsnummer und DHL-Sendungsverfolgung; zur Auftragsabwicklung nötig.",
  alias="i2tu8wom6kva0xd", date=(12, 11, 9, 47), in_reply_to="5e2c90",
  **{"from": "Jonas Riedl – Lederwaren Riedl <jonas@riedl-lederwaren.de>"},
  subject="Re: Wo bleibt mein Gürtel? Bestellung 305-4419026-7783150",
  body="""Hallo Frau Öztürk,

Ihr Ledergürtel wurde am Dienstag an DHL übergeben. Die Sendungsnummer lautet 00340434291877360528.

Laut Sendungsverfolgung liegt das Paket seit gestern in Ihrer Postfiliale (Hauptstraße 22) zur Abholung bereit, weil niemand angetroffen wurde:
https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434291877360528

Bitte nehmen Sie zur Abholung die Benachrichtigungskarte oder Ihren Ausweis mit. Das Paket wird dort 7 Werktage aufbewahrt.

Viele Grüße
Jonas Riedl""",
  quote=("Am Do., 10. Dez. 2026 um 22:15 Uhr schrieb Amazon-Käufer <i2tu8wom6kva0xd@marketplace.amazon.de>:", """Laut Amazon sollte mein Gürtel schon am Montag da sein, ist er aber nicht. Bestellnr 305-4419026-7783150"""),
  html_links={"https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434291877360528": "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434291877360528"})

# 25 buyer quoted phone/whatsapp, seller declines phone contact
M(client="outlook", kind="reply", expect="legit", rules=[],
  classes=["reply", "refusal", "quoted_buyer_contact", "whatsapp_vocab"],
  note="Lehnt den vom Käufer gewünschten Rückruf bzw. WhatsApp-Kontakt ab und klärt die Frage über Amazon; Telefonnummer nur im zitierten Käufertext.",
  alias="x7ag0hvd4ems9ul", date=(12, 3, 14, 31), in_reply_to="8aa3c1",
  **{"from": "\"Bauer Werkzeughandel\" <auftrag@bauer-werkzeughandel.de>"},
  subject="AW: Rückruf bitte - Bestellung 306-1125570-4460982",
  body="""Sehr geehrter Herr Lorenz,

telefonisch oder per WhatsApp dürfen wir Sie leider nicht kontaktieren; die Kommunikation zu Amazon-Bestellungen läuft ausschließlich über den Amazon-Nachrichtendienst. Ihre Frage beantworten wir aber gern hier:

Die Stichsäge "PS 650" nimmt alle Sägeblätter mit T-Schaft auf. Die mitgelieferten Blätter sind für Holz bis 65 mm; für Metall benötigen Sie Blätter mit der Kennzeichnung "HSS" bzw. "für Metall".

Mit freundlichen Grüßen

Werner Bauer
Bauer Werkzeughandel e.K.""",
  qstyle="plain",
  quote=("-----Ursprüngliche Nachricht-----\nVon: Amazon-Käufer\nGesendet: Mittwoch, 2. Dezember 2026 20:03\nBetreff: Rückruf bitte - Bestellung 306-1125570-4460982", """Hallo, können Sie mich kurz zurückrufen? 0176 55203841, gerne auch per WhatsApp. Ich will wissen, ob ich mit der Stichsäge auch Metall schneiden kann."""))

# 26 buyer asks for own shop / newsletter; seller explains
M(client="edesk", kind="reply", expect="legit", rules=[],
  classes=["reply", "refusal", "own_shop_vocab", "newsletter_vocab", "quoted_buyer"],
  note="Erklärt, dass über Amazon kein Link zum eigenen Shop oder Newsletter geschickt werden darf, und beantwortet die Produktfrage.",
  alias="a4wj9rbu2fxn6ce", date=(11, 28, 11, 3), in_reply_to="41f0aa",
  **{"from": "Teehaus Sonnenhang <bestellung@teehaus-sonnenhang.de>"},
  subject="Re: Haben Sie einen eigenen Shop? (Bestellung 028-4470318-5529916)",
  body="""Liebe Frau Kühn,

schön, dass Ihnen der Rooibos-Vanille so gut schmeckt! Über den Amazon-Nachrichtendienst dürfen wir Ihnen leider keine Links zu unserer Webseite, zu einem Newsletter oder Rabattaktionen schicken – bitte haben Sie dafür Verständnis.

Zu Ihrer Frage nach der Haltbarkeit: Ungeöffnet ist der Tee bis 09/2028 haltbar, geöffnet am besten in einer dunklen, luftdichten Dose lagern und innerhalb von 6 Monaten verbrauchen.

Herzliche Grüße
Ihr Teehaus Sonnenhang""",
  quote=("Amazon-Käufer schrieb am 27.11.2026, 16:12:", """Der Tee ist super! Haben Sie einen eigenen Shop oder Newsletter? Und wie lange ist der Tee haltbar?
Bestellung 028-4470318-5529916"""))

# 27 warranty via manufacturer (named, no contact data)
M(client="zendesk", kind="reply", expect="legit", rules=[],
  classes=["reply", "warranty", "manufacturer", "quoted_buyer"],
  note="Erklärt Gewährleistung über Amazon-Rücksendung und nennt den Hersteller nur namentlich; keine externen Kontaktdaten.",
  alias="h1zl6coy8tqd3vm", date=(12, 15, 16, 20), in_reply_to="2be7f3",
  **{"from": "Bohnenreich Kaffeetechnik <service@bohnenreich.de>"},
  subject="Re: Milchaufschäumer defekt – 171-9926604-1183347",
  body="""Guten Tag Herr Schäfer,

es tut uns leid, dass Ihr Milchaufschäumer nach vier Monaten nicht mehr heizt. Der Artikel ist noch innerhalb der zweijährigen Gewährleistung.

Bitte starten Sie die Rücksendung über "Ihre Bestellungen" bei Amazon und wählen Sie als Grund "Artikel defekt". Das Rücksendeetikett ist für Sie kostenlos. Sobald das Gerät bei uns ist, erhalten Sie nach Ihrer Wahl einen Ersatz oder die Erstattung über Amazon.

Hersteller des Geräts ist die Firma Calora; eine Reparatur dort ist nicht nötig, wir wickeln alles für Sie ab.

Freundliche Grüße
Thomas Engelhardt
Bohnenreich Kaffeetechnik""",
  quote=("Amazon-Käufer, 14.12.2026 um 21:39:", """Der Milchaufschäumer heizt seit gestern nicht mehr, die Lampe blinkt rot. Gekauft im August.
Bestellung 171-9926604-1183347"""))

# 28 refund shipping costs (not for review)
M(client="gorgias", kind="reply", expect="legit", rules=[],
  classes=["reply", "refund", "shipping_refund_vocab", "quoted_buyer"],
  note="Erstattet über Amazon die Versandkosten wegen verspäteter Lieferung, ohne Bezug zu einer Bewertung.",
  alias="k9rd4pys0jhn2gw", date=(12, 9, 11, 58), in_reply_to="93c0e4",
  **{"from": "Team Fahrradkiste <hilfe@fahrradkiste-shop.de>"},
  subject="AW: Lieferung viel zu spät (Bestellung 302-8830149-6617205)",
  body="""Hallo Frau Becker,

Sie haben völlig recht, die Lieferung Ihrer Fahrradtaschen hat deutlich länger gedauert als angegeben – das Paket hing drei Tage im Verteilzentrum von GLS fest.

Als Entschuldigung haben wir Ihnen soeben die Versandkosten in Höhe von 5,90 € über Amazon erstattet. Die Gutschrift erscheint in den nächsten Tagen auf Ihrem Zahlungsmittel.

Viele Grüße
Marco
Fahrradkiste""",
  quote=("Amazon-Käufer, 08.12.2026 um 19:10:", """Bestellung 302-8830149-6617205 – 9 Tage statt 2! Ich hätte die Taschen fürs Wochenende gebraucht. Sehr ärgerlich."""))

# 29 buyer left negative review; seller solves, explicitly does not ask to change
M(client="edesk", kind="reply", expect="legit", rules=[],
  classes=["reply", "negative_review_vocab", "replacement", "quoted_buyer"],
  note="Reagiert auf einen erwähnten 1-Stern-Review mit Ersatzlieferung und stellt klar, dass die Bewertung Sache des Käufers ist; keine Änderungsbitte.",
  alias="n2cf8qev5xsl1ko", date=(12, 4, 9, 21), in_reply_to="b3c417",
  **{"from": "Schreibwaren Oertel <service@oertel-papeterie.de>"},
  subject="RE: Füller tropft – Bestellung 304-6628194-0071536",
  body="""Liebe Frau Hansen,

es tut mir sehr leid, dass Ihr Füllhalter "Linea" beim Schreiben tropft. Das liegt sehr wahrscheinlich an einem verzogenen Tintenleiter. Wir haben Ihnen heute kostenlos einen neuen Tintenleiter samt Feder per Deutsche Post geschickt; eine Anleitung zum Tausch liegt bei (dauert etwa zwei Minuten).

Ihre Bewertung ist selbstverständlich Ihre Sache – wir möchten nur, dass Sie einen funktionierenden Füller haben. Falls der Tausch nicht klappt, schreiben Sie uns hier einfach wieder, dann erstatten wir den Kaufpreis über Amazon.

Herzliche Grüße
Ingrid Oertel
Schreibwaren Oertel""",
  qstyle="plain",
  quote=("-------- Nachricht von Amazon-Käufer (03.12.2026 22:05) --------", """Der Füller tropft und hat mir ein Dokument ruiniert. Habe schon eine 1-Stern-Rezension geschrieben. Was machen Sie jetzt?
Sabine Hansen, Bestellung 304-6628194-0071536"""))

# 30 compatible accessory asked by buyer
M(client="freshdesk", kind="reply", expect="legit", rules=[],
  classes=["reply", "product_question", "accessory_vocab", "quoted_buyer"],
  note="Beantwortet die Käuferfrage, welcher Ersatzfilter passt; keine unaufgeforderte Werbung, keine Links.",
  alias="b6oy1tki3rwf8lh", date=(11, 25, 15, 15), in_reply_to="6f8e21",
  **{"from": "AquaPur Kundendienst <kundendienst@aquapur-filter.de>"},
  subject="AW: Welche Kartusche passt? – Bestellung 305-3380216-9904472",
  body="""Sehr geehrter Herr Reinholz,

in Ihre Filterkanne "AquaPur 2,4 l" passen die Kartuschen vom Typ "AquaPur Classic" sowie alle Kartuschen im Maxtra-Format. Eine Kartusche reicht bei normaler Nutzung für ca. 4 Wochen bzw. 100 Liter.

Die Wechselanzeige im Deckel stellen Sie nach dem Einsetzen zurück, indem Sie die Taste 3 Sekunden gedrückt halten.

Freundliche Grüße
Ihr AquaPur-Team""",
  quote=("Amazon-Käufer, 24.11.2026 um 20:48:", """Welche Ersatzkartuschen passen in die Kanne? Kann ich auch die von Brita nehmen? Bestellung 305-3380216-9904472"""))

# 31 invoice with PDF attachment
M(client="outlook", kind="reply", expect="legit", rules=[],
  classes=["reply", "invoice", "pdf_attachment", "quoted_buyer"],
  note="Sendet auf Nachfrage die Rechnung mit ausgewiesener MwSt. als PDF-Anhang; zulässige Auftragskommunikation.",
  alias="r3ux7bzj0nqc5sy", date=(12, 1, 8, 2), in_reply_to="1a0c55",
  **{"from": "Elektro Strobel <auftraege@elektro-strobel.de>"},
  subject="AW: Rechnung mit MwSt. - Bestellung 028-7714092-3358861",
  body="""Sehr geehrte Frau Dr. Wendland,

anbei erhalten Sie die Rechnung zu Ihrer Bestellung 028-7714092-3358861 (2 x LED-Deckenleuchte "Plano 40") mit ausgewiesener Mehrwertsteuer und Ihrer Firmenanschrift, wie gewünscht.

Mit freundlichen Grüßen
Elektro Strobel""",
  qstyle="plain",
  quote=("-----Ursprüngliche Nachricht-----\nVon: Amazon-Käufer\nGesendet: Montag, 30. November 2026 16:44\nBetreff: Rechnung mit MwSt. - Bestellung 028-7714092-3358861", """Guten Tag, ich benötige für die Buchhaltung eine Rechnung mit ausgewiesener MwSt., Rechnungsanschrift: Praxis Dr. Wendland, Gartenweg 3, 79098 Freiburg."""),
  pdf=("Rechnung_RE-2026-11873.pdf", [
      "Elektro Strobel - Rechnung RE-2026-11873",
      "Rechnungsdatum: 01.12.2026",
      "Amazon-Bestellnummer: 028-7714092-3358861",
      "Rechnungsempfaenger: Praxis Dr. Wendland, Gartenweg 3, 79098 Freiburg",
      "",
      "2 x LED-Deckenleuchte Plano 40      je 42,02 EUR     84,03 EUR",
      "Versand                                                0,00 EUR",
      "Nettobetrag                                           84,03 EUR",
      "zzgl. 19 % MwSt.                                      15,97 EUR",
      "Gesamtbetrag                                         100,00 EUR",
      "",
      "Bezahlt ueber Amazon Payments am 27.11.2026.",
  ]))

# 32 delay notice with order id (contrast to 20)
M(client="zendesk", kind="proactive", expect="legit", rules=[],
  classes=["delay_notice", "carrier"],
  note="Proaktiver Hinweis auf Lieferverzögerung mit Bestellnummer und neuem Liefertermin; zulässige Auftragsinformation.",
  alias="w0pk5gdm2ytb7fi", date=(12, 16, 9, 20),
  **{"from": "Polsterei Hagedorn <versand@hagedorn-polsterei.de>"},
  subject="Lieferverzögerung – Bestellung 306-5527710-1184036",
  body="""Sehr geehrter Herr Jovanović,

leider verzögert sich der Versand Ihrer Bankauflage "Leinen natur, 160 x 45 cm" um etwa drei Werktage, da unser Stofflieferant später geliefert hat als geplant. Wir rechnen mit Versand am 18.12.2026 mit DPD; die Zustellung sollte dann am 21. oder 22.12. erfolgen.

Falls Ihnen das zu spät ist, können Sie uns hier über Amazon Bescheid geben, dann kümmern wir uns um die Stornierung und volle Erstattung.

Bestellung: 306-5527710-1184036

Mit freundlichen Grüßen
Ulrike Hagedorn
Polsterei Hagedorn""")

# 33 buyer used emoji; seller replies plainly
M(client="gorgias", kind="reply", expect="legit", rules=[],
  classes=["reply", "quoted_buyer_emoji", "product_use"],
  note="Sachliche Antwort zur Bedienung ohne Emoji; Emoji stehen nur im zitierten Käufertext.",
  alias="c8em3sny6dbu0wq", date=(12, 13, 12, 5), in_reply_to="c2d8b9",
  **{"from": "Spielwelt Kunterbunt <hilfe@spielwelt-kunterbunt.de>"},
  subject="Re: Kugelbahn Aufbau - 302-6673390-2258174",
  body="""Hallo Frau Lehmann,

das fehlende Teil ist wahrscheinlich gar nicht verloren: Die beiden Kurvenstücke "K3" stecken bei Auslieferung ineinander und sehen dann wie ein einziges Teil aus. Einfach vorsichtig auseinanderziehen.

In der Anleitung auf Seite 7 ist der Trichter abgebildet; er wird oben auf Turm B gesteckt, nicht auf Turm A.

Viele Grüße
Jenny
Spielwelt Kunterbunt""",
  quote=("Amazon-Käufer, 12.12.2026 um 20:33:", """Hallo 😊 die Kugelbahn ist toll, aber mir fehlt ein Kurvenstück K3 🙈 und wo kommt der Trichter hin?
Bestellung 302-6673390-2258174"""))
