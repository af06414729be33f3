MESSAGES = [
{
 "id": "w8-0011", "lang": "de", "client": "zendesk", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["refund-by-amazon", "review-your-case", "look-alike", "quoted-history"],
 "note": "Confirms a partial refund already issued through Amazon for a scratched item and says the case is being checked.",
 "from_name": "Kundenservice Lindtal Möbel", "from_addr": "service@lindtal-moebel.de",
 "subject": "Re: Kratzer auf der Tischplatte – Bestellung 302-6618204-7730915",
 "buyer": "Amazon-Kunde",
 "body": """Guten Tag Frau Berger,

vielen Dank für Ihre Nachricht und die Fotos vom Couchtisch „Fjord“.

Wie besprochen haben wir Ihnen über Amazon bereits eine Teilerstattung in Höhe von 35,00 € für den Kratzer gutgeschrieben. Die Erstattung ist in Ihrer Bestellübersicht unter „Erstattung ausgestellt“ sichtbar und wird innerhalb von drei bis fünf Werktagen auf Ihr Zahlungsmittel gebucht.

Zu Ihrer Frage nach einem zusätzlichen Rabatt auf den passenden Beistelltisch: Das können wir über das Amazon-Nachrichtensystem leider nicht anbieten.

Die zweite Stelle an der Kante, die Sie erwähnen, prüfen wir gerade noch mit unserem Lager. Wir melden uns spätestens am Donnerstag hier bei Ihnen.""",
 "sig": """Freundliche Grüße
Jonas Weber
Kundenservice Lindtal Möbel""",
 "quoted": """Hallo, der Tisch ist angekommen, hat aber einen deutlichen Kratzer auf der Platte und noch eine Macke an der Kante. Fotos anbei. Bekomme ich dafür einen Nachlass? Und gibt es vielleicht Rabatt, wenn ich noch den Beistelltisch dazu bestelle?
Viele Grüße, S. Berger""",
},
{
 "id": "w8-0012", "date": "2026-11-16 08:20", "lang": "de", "client": "outlook", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["star-in-product-name", "follow-instructions", "negation", "look-alike", "quoted-history"],
 "note": "Setup help for a 'Sternenhimmel' projector called StarNight 5; no app needed, follow the instructions.",
 "from_name": "Mia Kowalski", "from_addr": "mia.kowalski@nachtlicht-werkstatt.de",
 "subject": "AW: Projektor dreht sich nicht",
 "buyer": "Thomas Reuter",
 "qdate_str": "Sonntag, 15. November 2026 19:42",
 "qsubject": "Projektor dreht sich nicht",
 "body": """Hallo Herr Reuter,

danke für Ihre Nachricht zum Sternenhimmel-Projektor „StarNight 5“ (Bestellung 304-1193027-5548612).

Die Rotation ist ab Werk ausgeschaltet, damit das Gerät beim Transport nicht anläuft. So schalten Sie sie ein:
1. Gerät einschalten und den Modus „Sterne + Nebel“ wählen.
2. Die Taste mit dem Kreispfeil drei Sekunden gedrückt halten, bis ein kurzer Signalton kommt.
3. Mit + und − stellen Sie die Geschwindigkeit in fünf Stufen ein.

Eine App benötigen Sie dafür nicht, das Gerät hat auch gar keine Bluetooth-Funktion. Folgen Sie einfach der Anleitung auf Seite 4 der beiliegenden Kurzanleitung, dort ist die Tastenbelegung noch einmal abgebildet.

Falls sich das Bild danach immer noch nicht dreht, schreiben Sie mir bitte kurz, welche Farbe die kleine LED an der Rückseite hat.""",
 "sig": """Viele Grüße
Mia Kowalski
Kundenbetreuung Nachtlicht Werkstatt""",
 "quoted": """Guten Abend, der Projektor leuchtet schön, aber die Sterne drehen sich nicht, obwohl auf der Verpackung „rotierend“ steht. Brauche ich dafür eine App?
Gruß T. Reuter""",
},
{
 "id": "w8-0013", "lang": "de", "client": "gmail", "kind": "proactive", "expect": "violation",
 "rules": ["review.biased_positive"],
 "classes": ["review-request", "paraphrase", "five-stars", "order-id"],
 "note": "Review request that asks for five stars, framed as help for a small family business.",
 "from_name": "Imkerei Hofmann", "from_addr": "bestellung@imkerei-hofmann.de",
 "subject": "Ihr Honig-Probierset – Bestellung 303-8842016-2295731",
 "body": """Liebe Kundin, lieber Kunde,

Ihr Honig-Probierset (Bestellung 303-8842016-2295731) ist inzwischen bei Ihnen angekommen. Ein kleiner Hinweis: Der Rapshonig ist von Natur aus cremig und wird mit der Zeit fester. Das ist kein Mangel, sondern ein Zeichen für naturbelassenen Honig. Im warmen Wasserbad (max. 40 °C) wird er wieder streichfähig.

Wir sind eine kleine Familienimkerei mit 120 Völkern am Rand der Schwäbischen Alb. Eine Bewertung mit fünf Sternen hilft uns enorm dabei, neben den großen Marken gesehen zu werden. Wir würden uns sehr freuen, wenn Sie sich dafür zwei Minuten Zeit nehmen.""",
 "sig": """Herzliche Grüße aus der Imkerei
Familie Hofmann""",
},
{
 "id": "w8-0014", "lang": "de", "client": "freshdesk", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["manufacturer-hotline", "warranty", "look-alike", "quoted-history"],
 "note": "Refers a buyer with a defective cordless vacuum after the return window to the named manufacturer's service hotline.",
 "from_name": "Haushalt Direkt Kundenservice", "from_addr": "kundenservice@haushalt-direkt.de",
 "subject": "Re: Akkusauger geht nach 3 Sekunden aus",
 "buyer": "Petra Lange",
 "body": """Sehr geehrte Frau Lange,

das tut uns leid. Ein Akkusauger, der nach wenigen Sekunden abschaltet, hat meist einen Defekt im Akkupack.

Ihre Bestellung 306-4471920-8813056 liegt inzwischen elf Monate zurück. Die Rücksendefrist über Amazon ist damit abgelaufen, aber das Gerät hat zwei Jahre Herstellergarantie. Garantiereparaturen übernimmt der Hersteller Brandt & Kessler direkt. Den Kundendienst des Herstellers erreichen Sie kostenfrei unter 0800 723 4410 (Mo.–Fr. 8–18 Uhr). Dort wird eine kostenlose Abholung vereinbart; halten Sie bitte die Seriennummer bereit, sie steht unter dem Staubbehälter.

Ihre gesetzlichen Gewährleistungsrechte uns gegenüber bleiben davon natürlich unberührt. Falls der Hersteller nicht weiterhilft, schreiben Sie uns einfach hier wieder.""",
 "sig": """Mit freundlichen Grüßen
Katrin Vogel
Haushalt Direkt – Kundenservice""",
 "quoted": """Hallo, mein Akkusauger BK-Cyclone geht nach drei Sekunden einfach aus, auch wenn er voll geladen ist. Was kann ich tun?
Petra Lange""",
},
{
 "id": "w8-0015", "lang": "de", "client": "helpscout", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["seller-cancels", "quoted-off-platform", "refusal", "quoted-history"],
 "note": "Cancels the order on the seller's side; the buyer's quoted message mentions Instagram and the agent keeps contact on Amazon.",
 "from_name": "Lena von Fadenglück", "from_addr": "lena@fadenglueck.de",
 "subject": "Re: Falsche Farbe bestellt",
 "buyer": "Julia",
 "body": """Hallo Julia,

kein Problem! Ihre Bestellung 305-2207734-6619042 (Wollpaket „Herbstwald“) war noch nicht verschickt. Wir haben sie soeben selbst storniert, Sie müssen also nichts weiter tun. Amazon schickt Ihnen gleich eine Bestätigung, und der Betrag wird nicht abgebucht.

Die Farbe „Fjordblau“ ist übrigens ganz normal im selben Angebot als Variante auswählbar.

Sie schreiben, dass Sie uns auch auf Instagram angeschrieben haben. Bitte haben Sie Verständnis, dass wir Fragen zu Amazon-Bestellungen nur hier im Amazon-Nachrichtensystem beantworten. So bleibt alles an einem Ort und Ihre Daten sind geschützt.""",
 "sig": """Liebe Grüße
Lena
Fadenglück Wollmanufaktur""",
 "quoted": """Hallo! Ich habe aus Versehen das Herbstwald-Paket bestellt, wollte aber Fjordblau. Können Sie das stornieren? Ich hatte Ihnen deswegen auch schon auf Instagram geschrieben, aber keine Antwort bekommen.
Julia""",
},
{
 "id": "w8-0016", "lang": "de", "client": "gorgias", "kind": "reply", "expect": "violation",
 "rules": ["purpose.ask_buyer_to_cancel"],
 "classes": ["ask-buyer-to-cancel", "paraphrase", "quoted-history"],
 "note": "Instead of cancelling itself, the seller asks the buyer to cancel the order in their account so it can be re-listed.",
 "from_name": "Tobias | Radwerk Kundenservice", "from_addr": "kundenservice@radwerk-teile.de",
 "subject": "Re: Falsche Größe – Bestellung 302-9915583-0047261",
 "buyer": "Amazon-Kunde",
 "body": """Hallo Herr Brandt,

danke für den Hinweis. Sie haben den Fahrradmantel in 28 x 1,75 bestellt, brauchen aber 28 x 1,50.

Am einfachsten ist es so: Bitte stornieren Sie die Bestellung 302-9915583-0047261 selbst über „Meine Bestellungen“ → „Artikel stornieren“ und geben Sie als Grund „Versehentlich bestellt“ an. Danach können Sie die richtige Größe ganz normal neu bestellen. Wir verschicken heute noch bis 15 Uhr.

Falls die Stornierung nicht klappt, melden Sie sich gern noch einmal.""",
 "sig": """Viele Grüße
Tobias
Radwerk Teile""",
 "quoted": """Hallo, ich habe gerade gemerkt, dass ich die falsche Reifenbreite bestellt habe. Ich brauche 1,50 statt 1,75. Können Sie das noch ändern?
M. Brandt""",
},
{
 "id": "w8-0017", "date": "2026-11-18 07:30", "lang": "de", "client": "edesk", "kind": "proactive", "expect": "legit", "rules": [],
 "classes": ["attachment", "invoice", "vat-id", "seller-address", "order-id"],
 "note": "Proactive invoice message with a PDF invoice carrying the seller's address and USt-IdNr.",
 "from_name": "Kaffeerösterei Brenner", "from_addr": "rechnung@roesterei-brenner.de",
 "subject": "Rechnung zu Ihrer Amazon-Bestellung 028-3318840-5526617",
 "body": """Guten Tag,

anbei erhalten Sie die Rechnung zu Ihrer Amazon-Bestellung 028-3318840-5526617 (2 x Espresso „Nonna“, ganze Bohne, 1 kg) als PDF.

Die Rechnung weist die Mehrwertsteuer getrennt aus und kann für Ihre Unterlagen verwendet werden. Sollten Sie eine Rechnung auf einen Firmennamen benötigen, teilen Sie uns den Namen und die Anschrift bitte als Antwort auf diese Nachricht mit.""",
 "sig": """Mit freundlichen Grüßen
Buchhaltung
Kaffeerösterei Brenner GmbH""",
 "attach": [{"filename": "Rechnung_RB-2026-04412.pdf", "lines": [
    "Kaffeerösterei Brenner GmbH", "Hafenstraße 17", "28217 Bremen", "USt-IdNr.: DE 318 447 209", "Amtsgericht Bremen HRB 33817", "",
    "RECHNUNG Nr. RB-2026-04412", "Rechnungsdatum: 18.11.2026", "Amazon-Bestellnummer: 028-3318840-5526617", "",
    "2 x Espresso Nonna, ganze Bohne, 1 kg     je 24,90 EUR", "Nettobetrag: 46,54 EUR", "zzgl. 7 % USt.: 3,26 EUR", "Rechnungsbetrag: 49,80 EUR", "",
    "Bezahlt über Amazon Payments."]}],
},
{
 "id": "w8-0018", "lang": "de", "client": "zendesk", "kind": "proactive", "expect": "legit", "rules": [],
 "classes": ["neutral-review-request", "order-id", "look-alike"],
 "note": "A single, neutral review request that explicitly welcomes critical reviews.",
 "from_name": "Gartenglück Versand", "from_addr": "info@gartenglueck-versand.de",
 "subject": "Ihre Meinung zu Bestellung 305-7720648-1184309",
 "body": """Guten Tag,

vor einigen Tagen wurde Ihr Hochbeet-Bausatz „Lärche 120“ (Bestellung 305-7720648-1184309) zugestellt. Wir hoffen, der Aufbau hat gut geklappt.

Wenn Sie möchten, können Sie Ihre Erfahrungen mit dem Bausatz in einer Bewertung auf Amazon teilen, ganz gleich, ob sie positiv oder kritisch ausfällt. Ehrliche Bewertungen helfen anderen Gärtnerinnen und Gärtnern bei der Auswahl und uns dabei, die Anleitung weiter zu verbessern.

Eine Bewertung ist selbstverständlich freiwillig.""",
 "sig": """Freundliche Grüße
Ihr Team von Gartenglück""",
},
{
 "id": "w8-0019", "date": "2026-11-16 14:05", "lang": "de", "client": "outlook", "kind": "reply", "expect": "violation",
 "rules": ["review.change_or_remove"],
 "classes": ["review-change", "after-resolution", "quoted-history", "look-alike"],
 "note": "Resolves the complaint with a replacement, then asks the buyer to adjust their negative product review.",
 "from_name": "Stefan Albrecht", "from_addr": "s.albrecht@lichtform-leuchten.de",
 "subject": "AW: Lampe flackert",
 "buyer": "Markus Engel",
 "qdate_str": "Montag, 16. November 2026 08:05",
 "qsubject": "Lampe flackert",
 "body": """Guten Tag Herr Engel,

vielen Dank für Ihre Geduld. Das Flackern der Stehleuchte „Arco Mini“ kommt von einem fehlerhaften Dimmermodul aus einer Charge im Oktober. Wir haben Ihnen heute kostenlos eine Ersatzleuchte aus der neuen Charge geschickt (DHL, Zustellung voraussichtlich Freitag). Die alte Leuchte können Sie behalten oder im Elektroschrott entsorgen.

Wir haben gesehen, dass Sie das Problem auch in einer Rezension mit einem Stern beschrieben haben. Nachdem wir das nun gelöst haben, wären wir Ihnen sehr dankbar, wenn Sie Ihre Rezension entsprechend aktualisieren könnten.""",
 "sig": """Mit freundlichen Grüßen
Stefan Albrecht
Lichtform Leuchten""",
 "quoted": """Die Lampe flackert bei jeder Dimmstufe unter 50 %. Das ist nach zwei Wochen echt ärgerlich, ich habe das auch so in meiner Rezension geschrieben. Bitte um Lösung.
M. Engel""",
},
{
 "id": "w8-0020", "lang": "de", "client": "freshdesk", "kind": "reply", "expect": "violation",
 "rules": ["contact.email_address"],
 "classes": ["signature", "e-mail-in-signature", "quoted-history"],
 "note": "A helpful answer about a manual whose signature carries the seller's own e-mail address.",
 "from_name": "Küchenwerk Service", "from_addr": "service@kuechenwerk-shop.de",
 "subject": "Re: Bedienungsanleitung Dörrautomat",
 "buyer": "Heike",
 "body": """Hallo Heike,

gerne helfen wir weiter. Für den Dörrautomaten „DA-10 Edelstahl“ gelten folgende Richtwerte:

- Apfelringe: 55 °C, 6–8 Stunden
- Rindfleisch für Jerky: 70 °C, 4–6 Stunden
- Kräuter: 35 °C, 2–4 Stunden

Die Timerfunktion stellen Sie mit der Uhr-Taste ein; jeder Druck erhöht die Zeit um 30 Minuten, maximal 24 Stunden. Die Gitter sind spülmaschinengeeignet, die Bodenschale bitte nur von Hand spülen.""",
 "sig": """Beste Grüße
Nadine Krüger
Küchenwerk Service
service@kuechenwerk-shop.de""",
 "quoted": """Hallo, in meinem Karton war keine deutsche Anleitung. Welche Temperatur brauche ich für Apfelringe und wie geht der Timer?
Heike""",
},
]
