#!/usr/bin/env python3
"""Generate the w149 messages (German and Spanish) and labels.jsonl."""
import html, json, os, random, re
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, formataddr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(149)
CET = timezone(timedelta(hours=1))

def alias():
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))

def to_html(text):
    out, para, quote = [], [], []
    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(para) + "</p>")
            para.clear()
    def flush_quote():
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>\n".join(quote) + "</blockquote>")
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(linkify(html.escape(line[1:].lstrip())))
            continue
        flush_quote()
        if not line.strip():
            flush_para()
        else:
            para.append(linkify(html.escape(line)))
    flush_para(); flush_quote()
    return "<html><body>\n" + "\n".join(out) + "\n</body></html>\n"

def linkify(s):
    return re.sub(r"(https://[^\s<]+)", lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), s)

M = []
def add(**kw):
    M.append(kw)

# ---------------------------------------------------------------- German
add(lang="de", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["delivery_delay", "tracking_link", "austria", "impressum"],
    note="Austrian seller answers a where-is-my-parcel question with the Österreichische Post tracking link and offers to open a trace; allowed order support.",
    frm=("Almtaler Filzwerk Kundenservice", "service@almtaler-filzwerk.at"),
    subject="Re: Wo bleibt meine Lieferung? [#48213]",
    date=datetime(2026, 11, 23, 10, 41, 7, tzinfo=CET), html=False,
    body="""##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##

Grüß Gott Frau Leitner,

danke für Ihre Nachricht. Ihr Paket mit den Filzpatschen (Gr. 39, Anthrazit) ist am Montag bei uns in Gmunden abgegangen und liegt laut Sendungsverfolgung derzeit im Verteilzentrum Wien-Inzersdorf. Vor dem Black Friday hat die Österreichische Post gerade sehr viel zu tun, die Zustellung verzögert sich deshalb um ein bis zwei Werktage.

Den aktuellen Stand können Sie hier nachsehen:
https://www.post.at/s/sendungsdetails?snr=1004518227430917026611

Sollte das Paket bis Freitag nicht bei Ihnen sein, geben Sie uns bitte hier kurz Bescheid, dann lassen wir bei der Post einen Nachforschungsauftrag anlegen und schicken Ihnen rechtzeitig vor dem 28. ein neues Paar.

Freundliche Grüße
Magdalena Hofer
Almtaler Filzwerk e.U., Traunsteinstraße 14, 4810 Gmunden
FN 512834 t, Landesgericht Wels, UID ATU73829104

--------------------------------
Theresa Leitner (Amazon-Käufer)
23. Nov. 2026, 08:07 MEZ

Hallo, ich hab am 16.11. bestellt und es steht immer noch "unterwegs". Die Hausschuhe sind ein Geschenk, ich brauch sie bis zum 28. Wo ist das Paket??
Bestellnr. 302-4471893-2205917

[ZD4R7-WQ8L]
""")

add(lang="de", client="shopify_inbox", kind="proactive", expect="legit", rules=[],
    classes=["personalisation", "clarify_order", "multipart_html"],
    note="Seller asks the buyer to confirm an engraving text that contains a character the laser cannot engrave; needed to fulfil order 028-.",
    frm=("Holzliebe Manufaktur", "auftrag@holzliebe-manufaktur.de"),
    subject="Rückfrage zur Gravur – Bestellung 028-6630142-9917354",
    date=datetime(2026, 11, 24, 14, 5, 51, tzinfo=CET), html=True,
    body="""Guten Tag Frau Schröder,

vielen Dank für Ihre Bestellung 028-6630142-9917354 (Schneidebrett Eiche, 40 x 25 cm, mit Gravur).

Bevor wir mit der Gravur beginnen, eine kurze Rückfrage: In Ihrem Gravurtext „Familie Özdemir-Kraus ∞ seit 2009“ steht ein Unendlich-Zeichen, das unser Laser in der gewählten Schriftart leider nicht sauber darstellen kann. Wir können

1. das Zeichen weglassen: „Familie Özdemir-Kraus · seit 2009“, oder
2. die Schriftart „Linden Script“ verwenden, in der das Unendlich-Zeichen enthalten ist.

Antworten Sie bitte einfach auf diese Nachricht mit 1 oder 2. Wenn wir bis Donnerstagmittag nichts von Ihnen hören, gravieren wir Variante 1, damit das Brett noch rechtzeitig vor dem 1. Advent bei Ihnen ist.

Herzliche Grüße aus dem Schwarzwald
Jakob Reiter
Holzliebe Manufaktur GmbH · Geschäftsführer: Jakob und Anna Reiter
Amtsgericht Freiburg HRB 718205 · USt-IdNr. DE329104882
""")

add(lang="de", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["return", "return_address", "refund_via_amazon", "html_blockquote"],
    note="Seller explains how to start a return through Amazon, gives the warehouse return address and says the refund is issued through Amazon.",
    frm=("Nordlicht Textil Kundenservice", "kundenservice@nordlicht-textil.de"),
    subject="Re: Bettwäsche Farbe falsch",
    date=datetime(2026, 11, 25, 9, 12, 33, tzinfo=CET), html="freshdesk",
    body="""Hallo Herr Petersen,

das tut uns leid – das „Salbeigrün“ fällt je nach Bildschirm tatsächlich etwas heller aus als in Wirklichkeit. Sie können die Bettwäsche selbstverständlich zurückgeben, auch wenn die Verpackung schon geöffnet ist.

So geht's:
- Unter „Meine Bestellungen“ bei Amazon die Bestellung 304-8812670-3349125 auswählen und auf „Artikel zurücksenden“ klicken.
- Als Grund „Sieht anders aus als abgebildet“ angeben, dann erhalten Sie ein kostenloses DHL-Retourenetikett.
- Falls Sie das Etikett nicht ausdrucken können: Die Rücksendeadresse lautet
  Nordlicht Textil GmbH, Retoure, Industriestraße 7, 24537 Neumünster

Sobald das Paket bei uns eingegangen ist (meist 2–3 Werktage), erstatten wir den Betrag von 64,90 € über Amazon auf Ihr ursprüngliches Zahlungsmittel.

Viele Grüße
Inke Hansen
Nordlicht Textil GmbH · Sitz Neumünster · Amtsgericht Kiel HRB 20417 KI

Am 24.11.2026 um 20:18 schrieb Amazon-Käufer:
> Guten Abend, die Bettwäsche ist heute angekommen, aber die Farbe ist eher
> mintgrün und nicht salbeigrün wie auf den Fotos. Passt leider gar nicht zu
> unserem Schlafzimmer. Kann ich die zurückschicken obwohl ich die Folie schon
> aufgemacht habe?
> Gruß J. Petersen
""")

add(lang="de", client="outlook", kind="proactive", expect="legit", rules=[],
    classes=["customs", "switzerland", "chf", "tracking_link", "swiss_spelling"],
    note="Swiss seller tells a buyer in Germany that duties are prepaid and gives the Swiss Post tracking link; customs information is needed for the order.",
    frm=("Zürcher Teehaus Versand", "versand@zuercher-teehaus.ch"),
    subject="Ihre Bestellung 305-2290417-6651803: Zoll bereits bezahlt",
    date=datetime(2026, 11, 25, 16, 47, 2, tzinfo=CET), html=True,
    body="""Grüezi Herr Albrecht

Ihre Bestellung 305-2290417-6651803 (Teekanne Gusseisen 1,2 l und 3 x Bergkräuter 100 g) kommt aus der Schweiz, deshalb ein kurzer Hinweis zur Verzollung:

Alle Zollgebühren und die deutsche Einfuhrumsatzsteuer haben wir bereits beim Versand bezahlt. Falls der Zusteller an der Tür trotzdem etwas verlangt, bezahlen Sie bitte nichts und melden Sie sich hier bei uns – wir klären das mit dem Zoll.

Auf der Zollerklärung steht ein Warenwert von CHF 118.40, das entspricht Ihrem Kaufpreis von 124,50 €. Das Paket geht mit der Schweizerischen Post bis zur Grenze, in Deutschland stellt DHL zu. Die Sendungsnummer gilt für beide:
https://service.post.ch/ekp-web/ui/entry/shipping/0/?parcelId=99.60.718204.10338571

Freundliche Grüsse
Corinne Gasser
Zürcher Teehaus AG, Rosengasse 9, 8001 Zürich
CHE-401.227.816 MWST
""")

add(lang="de", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["warranty", "manufacturer_named", "gewaehrleistung"],
    note="Seller explains that the named manufacturer handles the warranty and that the statutory claim against the seller can be started through an Amazon return; allowed.",
    frm=("Elektro Brandl", "shop@elektro-brandl.de"),
    subject="Re: Stabmixer geht nicht mehr",
    date=datetime(2026, 11, 26, 11, 20, 14, tzinfo=CET), html=True,
    body="""Sehr geehrter Herr Yilmaz,

schade, dass der Stabmixer nach acht Monaten schon ausfällt. Sie haben zwei Möglichkeiten:

Herstellergarantie: Der Kessler SM 800 hat 3 Jahre Garantie direkt vom Hersteller Kessler Haushaltsgeräte. Die Garantiekarte mit den Einsendehinweisen liegt im Karton; bitte legen Sie dem Gerät die Amazon-Rechnung als Kaufbeleg bei. Kessler repariert oder tauscht das Gerät in der Regel innerhalb von 10 Tagen.

Gewährleistung über uns: Alternativ können Sie das Gerät über „Meine Bestellungen“ bei Amazon an uns zurückschicken (Grund: „Defekt“). Wir prüfen es dann und tauschen es aus oder erstatten den Kaufpreis.

Wenn Sie uns noch sagen, was genau passiert (Motor läuft gar nicht / nur kurz / riecht verbrannt), können wir Ihnen sagen, welcher Weg schneller ist.

Mit freundlichen Grüßen
Thomas Brandl
Elektro Brandl e.K., Inh. Thomas Brandl, Landshuter Str. 41, 84028 Landshut
Amtsgericht Landshut HRA 9921 · USt-IdNr. DE811349075

Am Mi., 25. Nov. 2026 um 21:52 Uhr schrieb Amazon-Käufer <{alias}@marketplace.amazon.de>:
> Hallo, der Stabmixer (Kessler SM 800) den ich im März bei Ihnen gekauft habe
> geht seit gestern nicht mehr. Man hört nur ein kurzes Brummen. Was kann ich
> machen? Bestellung war 302-1177394-5052618
""")

add(lang="de", client="custom_template", kind="proactive", expect="legit", rules=[],
    classes=["review_request_neutral"],
    note="Single neutral review request for order 305- that invites any honest opinion without bias or incentive; allowed.",
    frm=("Bergfink Outdoor", "service@bergfink-outdoor.de"),
    subject="Wie zufrieden sind Sie mit Ihren Wanderstöcken? (Bestellung 305-9043318-2276640)",
    date=datetime(2026, 11, 27, 10, 3, 0, tzinfo=CET), html=True,
    body="""Hallo Frau Kowalczyk,

Ihre Carbon-Wanderstöcke (Bestellung 305-9043318-2276640) sind vor gut einer Woche bei Ihnen angekommen. Wir hoffen, Sie konnten sie schon ausprobieren.

Wenn Sie einen Moment Zeit haben, würden wir uns über eine Produktbewertung auf Amazon freuen – ganz gleich, ob Ihre Erfahrung gut oder weniger gut war. Ehrliche Bewertungen helfen anderen Wanderern bei der Auswahl und uns dabei, unsere Produkte zu verbessern.

Viele Grüße
Ihr Bergfink-Team
Bergfink Outdoor GmbH, Kemptener Str. 88, 87509 Immenstadt · HRB 15520, AG Kempten
""")

add(lang="de", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["address_change_refused", "natural_negation", "tracking_link", "outlook_quote"],
    note="Seller declines an address change because the parcel is already with DHL and points to the carrier's own redirect options; refusal with normal negation, allowed.",
    frm=("Kaffeewerk Lindner", "service@kaffeewerk-lindner.de"),
    subject="AW: Lieferadresse ändern",
    date=datetime(2026, 11, 27, 13, 38, 45, tzinfo=CET), html=False,
    body="""Hallo Frau Brückner,

leider können wir die Lieferadresse nicht mehr ändern: Ihre Bestellung 302-5561092-8810437 wurde heute früh an DHL übergeben, und auf Sendungen, die schon unterwegs sind, haben wir keinen Zugriff mehr.

Sie können aber bei DHL selbst einen Wunschnachbarn oder eine Filiale zur Abholung auswählen, solange das Paket noch nicht in Zustellung ist. Das geht direkt in der Sendungsverfolgung:
https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434518820917734

Falls das Paket doch an die alte Adresse geht und niemand es annimmt, kommt es zu uns zurück – dann schicken wir es Ihnen gern an die neue Adresse, ohne weitere Kosten.

Beste Grüße
Paul Lindner
Kaffeewerk Lindner GmbH · Geschäftsführer Paul Lindner · AG Dresden HRB 41982

-----Ursprüngliche Nachricht-----
Von: Amazon-Käufer <{alias}@marketplace.amazon.de>
Gesendet: Freitag, 27. November 2026 07:55
An: service@kaffeewerk-lindner.de
Betreff: Lieferadresse ändern

Guten Morgen, ich bin letzte Woche umgezogen und habe vergessen die Adresse bei Amazon zu ändern. Können Sie die Kaffeebohnen bitte an Hechtstraße 23, 01097 Dresden schicken statt an die Görlitzer Str.? Danke!
""")

add(lang="de", client="custom_template", kind="proactive", expect="legit", rules=[],
    classes=["damaged_in_transit", "replacement", "tracking_link", "du_register"],
    note="Seller tells the buyer (du register) that DPD reported the parcel damaged and a free replacement is on its way, with the new DPD tracking link; problem resolution, allowed.",
    frm=("Pfotenglück", "hallo@pfotenglueck-shop.de"),
    subject="Neue Sendung zu deiner Bestellung 304-7720518-4461902",
    date=datetime(2026, 11, 28, 9, 25, 19, tzinfo=CET), html=True,
    body="""Hey Jonas,

kurze Info zu deiner Bestellung 304-7720518-4461902 (Hundebett „Wolke“, Größe L): DPD hat uns gestern gemeldet, dass dein Paket im Depot beschädigt wurde und nicht mehr zugestellt wird. Ärgerlich, aber kein Problem für dich – wir haben heute schon ein neues Bett auf den Weg gebracht, natürlich kostenlos.

Die neue Sendungsnummer:
https://tracking.dpd.de/status/de_DE/parcel/01505218837740

Falls das alte Paket doch noch bei dir auftaucht, nimm es bitte nicht an, dann geht es automatisch zu uns zurück.

Liebe Grüße
Lea vom Pfotenglück-Team
Pfotenglück UG (haftungsbeschränkt), Am Hafen 3, 48155 Münster · HRB 21877, AG Münster
""")

add(lang="de", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["product_fit", "compatibility"],
    note="Seller answers a seat-post fitting question with measurements and advice; product support, allowed.",
    frm=("Radhaus Kettenblatt", "support@radhaus-kettenblatt.de"),
    subject="Re: Passt die Sattelstütze an mein Cube?",
    date=datetime(2026, 11, 28, 17, 2, 40, tzinfo=CET), html=True,
    body="""Hallo Herr Dietrich,

gute Frage, bei Sattelstützen kommt es auf den Zehntelmillimeter an. Ihr Cube Aim von 2019 hat ein Sitzrohr mit 31,6 mm Innendurchmesser. Die Stütze aus unserem Angebot gibt es in 27,2 und 31,6 mm – Sie bräuchten also die Variante 31,6 mm, nicht die 27,2 mm, die gerade in Ihrem Warenkorb gelandet ist.

Zur Sicherheit können Sie am alten Sattelrohr nachschauen: Der Durchmesser ist meistens unten eingeprägt, direkt unter der Markierung „min. insert“.

Die Klemme des Cube (34,9 mm) passt weiterhin, die müssen Sie nicht tauschen.

Viele Grüße
Simon Vogt
Radhaus Kettenblatt GmbH & Co. KG · Registergericht Stuttgart HRA 732044

---

Amazon-Käufer schrieb am 28. Nov. 2026, 15:11:
> Hi, ich möchte die gefederte Sattelstütze kaufen. Passt die in ein Cube Aim
> von 2019 (Größe M)? Im Katalog stehen zwei Durchmesser, welchen brauche ich?
""")

add(lang="de", client="apple_mail", kind="reply", expect="legit", rules=[],
    classes=["invoice", "austria", "uid"],
    note="Austrian seller confirms a corrected invoice with the buyer's company name and UID has been uploaded to the Amazon order; allowed.",
    frm=("Steirerkraft Naturkost", "bestellung@steirerkraft.at"),
    subject="Re: Rechnung auf Firma",
    date=datetime(2026, 11, 30, 8, 58, 12, tzinfo=CET), html=False,
    body="""Sehr geehrte Frau Mag. Pichler,

die korrigierte Rechnung auf „Pichler & Partner Steuerberatung OG“ mit Ihrer UID-Nummer ATU69044512 haben wir soeben zu Ihrer Bestellung 303-3318840-0729154 hochgeladen. Sie finden sie bei Amazon unter „Meine Bestellungen“ > „Rechnung“. Die ursprüngliche Rechnung auf Ihren Privatnamen haben wir storniert.

Da es eine Lieferung innerhalb Österreichs ist, ist die Umsatzsteuer von 10 % bzw. 20 % weiterhin ausgewiesen.

Mit besten Grüßen
Florian Rauch
Steirerkraft Naturkost GmbH, Hauptplatz 6, 8230 Hartberg
FN 498812 p, LG für ZRS Graz

> Am 29.11.2026 um 19:46 schrieb Amazon-Käufer <{alias}@marketplace.amazon.de>:
>
> Guten Abend, ich habe das Kürbiskernöl (6 Flaschen) für die Kanzlei bestellt.
> Könnten Sie die Rechnung bitte auf Pichler & Partner Steuerberatung OG,
> UID ATU69044512 ausstellen? Danke, E. Pichler
""")

add(lang="de", client="custom_template", kind="proactive", expect="legit", rules=[],
    classes=["partial_shipment", "backorder", "tracking_link"],
    note="Seller explains a split shipment: the pot is already with Hermes (tracking link), the lid follows at no cost; needed order information, allowed.",
    frm=("Kochkontor Hamburg", "service@kochkontor-hh.de"),
    subject="Teillieferung zu Ihrer Bestellung 028-4406719-5538260",
    date=datetime(2026, 12, 1, 10, 14, 36, tzinfo=CET), html=True,
    body="""Sehr geehrte Frau Nguyen,

Ihre Bestellung 028-4406719-5538260 enthält zwei Artikel, die leider zu unterschiedlichen Zeitpunkten bei Ihnen ankommen:

- Bräter Gusseisen oval, 30 cm: heute mit Hermes verschickt
  https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#H1002781064338201
- Passender Glasdeckel: kommt voraussichtlich am 4. Dezember aus dem Lager nach und wird sofort nachgeschickt.

Für die zweite Sendung fallen für Sie keine Versandkosten an. Sollten Sie den Deckel nicht mehr benötigen, schreiben Sie uns kurz, dann stornieren wir ihn und Amazon erstattet Ihnen die 19,90 €.

Mit freundlichen Grüßen
Henrik Lohse
Kochkontor Hamburg GmbH · Amtsgericht Hamburg HRB 160233 · Geschäftsführer: Henrik Lohse
""")

add(lang="de", client="edesk", kind="reply", expect="violation",
    rules=["review.divert_negative", "contact.email_address"],
    classes=["damaged_item", "replacement", "divert_negative", "email_address"],
    note="Helpful replacement offer for a scratched pan, but the closing asks the buyer to write to a private e-mail address before leaving any review, steering complaints away from reviews.",
    frm=("Pfannenprofi Kundendienst", "kundendienst@pfannenprofi.de"),
    subject="Re: Pfanne zerkratzt angekommen",
    date=datetime(2026, 12, 1, 15, 30, 8, tzinfo=CET), html=True,
    body="""Guten Tag Herr Schulte,

vielen Dank für die Fotos. Der Kratzer in der Beschichtung ist eindeutig ein Transportschaden, das tut uns leid. Wir schicken Ihnen noch heute eine neue Pfanne (Titan Pro 28 cm) – die beschädigte brauchen Sie nicht zurückzuschicken, bitte entsorgen Sie sie einfach.

Die neue Pfanne kommt mit DHL, voraussichtlich am Donnerstag.

Und noch eine Bitte: Falls einmal etwas nicht passt, schreiben Sie uns bitte zuerst direkt an reklamation@pfannenprofi.de, bevor Sie eine Bewertung abgeben. Wir finden immer eine Lösung!

Freundliche Grüße
Katrin Moll
Pfannenprofi Vertriebs GmbH · HRB 88120, AG Essen

----- Nachricht von Amazon-Käufer am 01.12.2026 08:44 -----
Hallo, die Pfanne ist heute angekommen und hat innen einen langen Kratzer, siehe Fotos. So kann ich die nicht benutzen. Bestellung 302-6649127-1180536
""")

add(lang="de", client="custom_template", kind="proactive", expect="violation",
    rules=["review.biased_positive"],
    classes=["care_tips", "review_request_biased"],
    note="Useful care instructions for a wool blanket, but the review request asks only satisfied buyers for a five-star rating.",
    frm=("Schafgarbe Wollwaren", "service@schafgarbe-wolle.de"),
    subject="Pflegetipps für Ihre Wolldecke – Bestellung 306-1182645-7730291",
    date=datetime(2026, 12, 2, 11, 45, 27, tzinfo=CET), html=True,
    body="""Liebe Frau Hartmann,

Ihre Merino-Wolldecke aus der Bestellung 306-1182645-7730291 sollte inzwischen bei Ihnen sein. Damit Sie lange Freude daran haben, ein paar Pflegehinweise:

- Meistens reicht es, die Decke an der frischen Luft auszulüften.
- Falls doch gewaschen werden muss: Wollprogramm, maximal 30 °C, Wollwaschmittel ohne Enzyme.
- Nicht in den Trockner, liegend trocknen.
- Leichtes Fusseln in den ersten Wochen ist normal und hört von selbst auf.

Wenn Sie mit der Decke zufrieden sind, würden wir uns riesig über eine 5-Sterne-Bewertung bei Amazon freuen!

Herzliche Grüße
Birgit Sauer
Schafgarbe Wollwaren GmbH · Amtsgericht Lüneburg HRB 204417
""")

add(lang="de", client="custom_template", kind="proactive", expect="violation",
    rules=["order.id_missing"],
    classes=["delivery_notice", "assembly_info", "no_order_id", "switzerland"],
    note="Proactive delivery and assembly note from a Swiss furniture seller that never names the Amazon order id.",
    frm=("Holzform Möbel AG", "lieferung@holzform-moebel.ch"),
    subject="Lieferung Ihres Regals: bitte beachten",
    date=datetime(2026, 12, 2, 16, 20, 55, tzinfo=CET), html=False,
    body="""Grüezi Herr Wagner

Ihr Wandregal «Lärche 5» wird diese Woche mit GLS geliefert. Bitte beachten Sie, dass das Regal in zwei Paketen kommt, die getrennt zugestellt werden können:

Paket 1 (ca. 24 kg): Seitenteile und Böden
Paket 2 (ca. 6 kg): Rückwand, Wandbefestigung und Beschläge

Bitte beginnen Sie erst mit dem Aufbau, wenn beide Pakete da sind – die Schrauben und die Montageanleitung liegen in Paket 2. Für die Wandmontage an Beton benötigen Sie 8-mm-Dübel, die beiliegenden sind für Mauerwerk und Holz gedacht.

Freundliche Grüsse
Reto Baumann
Holzform Möbel AG, Industriestrasse 22, 6300 Zug · CHE-312.884.091
""")

add(lang="de", client="gorgias", kind="reply", expect="violation",
    rules=["purpose.marketing"],
    classes=["sizing_advice", "coupon", "new_product"],
    note="Good sizing answer for a merino shirt, but it ends by announcing a new product line with a discount code, which is marketing.",
    frm=("Alpenfaser Support", "support@alpenfaser.de"),
    subject="Re: Größe Merino Langarmshirt",
    date=datetime(2026, 12, 3, 12, 7, 13, tzinfo=CET), html=True,
    body="""Hallo Frau Engel,

danke für Ihre Frage! Unsere Merino-Shirts fallen eher körpernah aus. Bei 1,68 m und Kleidergröße 38 empfehlen wir Ihnen Größe M, wenn Sie das Shirt als Baselayer unter der Skijacke tragen wollen. Für einen lockeren Sitz im Alltag passt eher L.

Die Ärmel sind bei beiden Größen lang genug, bei M ca. 62 cm ab Schulternaht.

Kleiner Tipp: Ab nächster Woche gibt es unsere neue Merino-Thermolinie, und mit dem Code WINTER15 sparen Sie 15 % auf Ihre nächste Bestellung bei uns!

Beste Grüße
Max
Alpenfaser GmbH · Amtsgericht München HRB 270811

On Thu, Dec 3, 2026 at 09:31 AM, Amazon-Käufer <{alias}@marketplace.amazon.de> wrote:
> Hallo, ich bin 1,68 m und trage normal 38. Welche Größe brauche ich bei dem
> Langarmshirt? Will es zum Skifahren drunter anziehen.
""")

# ---------------------------------------------------------------- Spanish
add(lang="es", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["delivery_delay", "tracking_link", "usted"],
    note="Spanish seller explains a Correos delay and gives the Correos tracking link, offering a resend if it does not arrive; allowed.",
    frm=("Atención al cliente Olivar del Sur", "clientes@olivardelsur.es"),
    subject="Re: Pedido sin llegar [#30714]",
    date=datetime(2026, 11, 23, 12, 15, 44, tzinfo=CET), html=False,
    body="""##- Escriba su respuesta por encima de esta línea -##

Buenos días, Sra. Navarro:

Gracias por escribirnos. Hemos revisado su pedido 402-3381046-7725119 (estuche de 3 aceites de oliva virgen extra de 500 ml). Salió de nuestro almacén en Úbeda el día 18 y, según Correos, se encuentra en el centro de tratamiento de Zaragoza. Esta semana Correos acumula retrasos de uno o dos días por el volumen de envíos.

Puede consultar el seguimiento aquí:
https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PQ4F6A0712538670128001V

Si el lunes todavía no lo ha recibido, avísenos por aquí y le enviamos otro estuche sin coste.

Un saludo cordial,
Lucía Moreno
Olivar del Sur, S.L. · CIF B23591847 · Inscrita en el Registro Mercantil de Jaén, Tomo 612, Folio 88, Hoja J-21144

--------------------------------
Amazon-comprador
23 nov. 2026, 09:02 CET

Hola, hice el pedido hace casi una semana y pone que sigue en tránsito. ¿Saben algo? Es para un regalo.
""")

add(lang="es", client="custom_template", kind="proactive", expect="legit", rules=[],
    classes=["delivery_appointment", "bulky_item", "tracking_link"],
    note="Seller tells the buyer SEUR will arrange a delivery slot for a bulky table and gives practical delivery details with the SEUR tracking link; allowed.",
    frm=("Mobiliario Tramontana", "pedidos@mobiliariotramontana.es"),
    subject="Entrega de su mesa – pedido 171-5520386-9044127",
    date=datetime(2026, 11, 24, 10, 32, 18, tzinfo=CET), html=True,
    body="""Estimado Sr. Castillo:

Le escribimos por su pedido 171-5520386-9044127 (mesa de comedor extensible de roble, 160-220 cm).

Por su tamaño, la mesa viaja en dos bultos (48 kg en total) con el servicio de mercancía voluminosa de SEUR. Antes de la entrega, SEUR se pondrá en contacto con usted a través de los datos de Amazon para acordar el día y la franja horaria. La entrega se hace a pie de calle o en el portal; si vive en un piso sin ascensor, le recomendamos contar con una segunda persona.

Puede seguir el envío aquí:
https://www.seur.com/livetracking/?segOnlineIdentificador=07912455038219&segOnlineIdioma=es

Saludos cordiales,
Andrés Vidal
Mobiliario Tramontana, S.L. · CIF B17448320 · Polígono Mas Xirgu, nave 12, 17005 Girona
""")

add(lang="es", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["return", "return_address", "refund_via_amazon", "html_blockquote"],
    note="Seller explains how to request a return through Amazon for boots that are too small, gives the return address and says the refund goes through Amazon.",
    frm=("Calzados Ribera Atención", "atencion@calzadosribera.es"),
    subject="Re: Botas pequeñas",
    date=datetime(2026, 11, 25, 11, 48, 5, tzinfo=CET), html="freshdesk",
    body="""Hola, Sra. Iglesias:

Lamentamos que las botas le queden pequeñas. Este modelo horma algo justo, así que para el 39 suele ir mejor un 40.

Para la devolución:
1. Entre en «Mis pedidos» en Amazon, seleccione el pedido 408-2274619-3308152 y pulse «Devolver o reemplazar productos».
2. Como motivo elija «Talla demasiado pequeña». Amazon le facilitará la etiqueta de devolución.
3. La dirección de devolución es: Calzados Ribera, S.L., Devoluciones, Calle de Sepúlveda 112, nave 4, 28011 Madrid.

Cuando recibamos las botas en buen estado y con la caja original, le devolveremos los 89,95 € a través de Amazon en un plazo de dos días laborables. Si prefiere el 40 en lugar del reembolso, indíquelo en el motivo y se lo enviamos en cuanto llegue la devolución.

Un saludo,
Marta Gil
Calzados Ribera, S.L. · CIF B86621904 · R.M. de Madrid, Tomo 35112, Folio 140

El 24 nov 2026, a las 19:27, Amazon-comprador escribió:
> Buenas tardes. Las botas me han llegado hoy pero me quedan pequeñas, uso
> un 39 siempre y estas me aprietan en los dedos. ¿Cómo las devuelvo?
""")

add(lang="es", client="custom_template", kind="proactive", expect="legit", rules=[],
    classes=["personalisation", "clarify_order", "latam_voice"],
    note="Latin-American-voiced agent asks the buyer to confirm the spelling of the name on a personalised case before production; needed for the order, allowed.",
    frm=("Fundas Lumbre", "pedidos@fundaslumbre.es"),
    subject="Confirmación del nombre para su funda – pedido 404-6608127-1193526",
    date=datetime(2026, 11, 25, 17, 9, 41, tzinfo=CET), html=True,
    body="""Hola, Sra. Ramírez, ¿cómo está?

Le escribo por su pedido 404-6608127-1193526, la funda personalizada para iPhone 16 con nombre. En el campo de personalización nos llegó «Jimena», pero en la nota de regalo aparece «Ximena», y no queremos equivocarnos.

¿Nos confirma cuál es la forma correcta? Con gusto la preparamos en cuanto nos responda por este mismo medio. Si no tenemos respuesta antes del viernes, la imprimiremos como «Jimena», tal como aparece en el campo de personalización.

Quedo al pendiente.
Saludos,
Valeria Ortega
Fundas Lumbre, S.L. · CIF B46992317 · Valencia
""")

add(lang="es", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["warranty", "manufacturer_named"],
    note="Seller explains the named manufacturer handles the warranty repair and the alternative of a legal-guarantee return through Amazon; allowed.",
    frm=("Hogar Menta", "tienda@hogarmenta.es"),
    subject="Re: Aspirador no carga",
    date=datetime(2026, 11, 26, 9, 55, 30, tzinfo=CET), html=True,
    body="""Buenos días, Sr. Fuentes:

Sentimos los problemas con el aspirador. El modelo Volta Ciclón X5 tiene tres años de garantía legal y la reparación la gestiona directamente el fabricante, Volta Electrodomésticos, a través de su servicio técnico oficial. En la caja encontrará la tarjeta de garantía con las instrucciones; solo necesitará la factura de Amazon, que puede descargar en «Mis pedidos».

Antes de enviarlo, pruebe por favor una cosa: mantenga pulsado el botón de encendido 10 segundos con el aspirador conectado al cargador. Tras la última actualización algunas unidades se quedan bloqueadas y así se reinician.

Si aun así no carga y prefiere gestionarlo con nosotros, puede solicitar la devolución por defecto desde su pedido en Amazon y lo revisamos nosotros.

Atentamente,
Sergio Campos
Hogar Menta, S.L. · CIF B98402276 · Avda. de Aragón 30, 46021 Valencia

El mié, 25 nov 2026 a las 22:14, Amazon-comprador (<{alias}@marketplace.amazon.es>) escribió:
> Hola, compré el aspirador Volta Ciclón X5 en junio y desde hace unos días no
> carga, la luz parpadea en rojo. ¿Qué hago? Pedido 406-8831942-0057316
""")

add(lang="es", client="custom_template", kind="proactive", expect="legit", rules=[],
    classes=["review_request_neutral", "tu_register"],
    note="Single neutral review request (tú register) for order 402- asking for an honest opinion whatever it is; allowed.",
    frm=("Kombu Cocina", "hola@kombucocina.es"),
    subject="¿Qué tal tu set de cuchillos? (pedido 402-7719054-2286431)",
    date=datetime(2026, 11, 27, 12, 0, 0, tzinfo=CET), html=True,
    body="""¡Hola, Pablo!

Hace unos diez días que recibiste tu set de cuchillos japoneses (pedido 402-7719054-2286431) y nos encantaría saber qué tal te está yendo.

Si tienes un momento, puedes dejar una reseña del producto en Amazon. Nos sirve cualquier opinión sincera, buena o mala: ayuda a otros compradores a decidir y a nosotros a mejorar.

Un abrazo,
El equipo de Kombu Cocina
Kombu Cocina, S.L. · CIF B75208841 · Bilbao
""")

add(lang="es", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["cancellation_refused", "natural_negation", "return_via_amazon", "outlook_quote"],
    note="Seller says the order can no longer be cancelled because it has shipped and explains refusing delivery or returning through Amazon; allowed refusal.",
    frm=("Papelería Azahar", "pedidos@papeleriaazahar.es"),
    subject="RE: Cancelar pedido",
    date=datetime(2026, 11, 27, 16, 22, 51, tzinfo=CET), html=False,
    body="""Buenas tardes, Sr. Ortiz:

Lo sentimos, pero ya no podemos cancelar el pedido 406-1950273-6618420: salió esta mañana con MRW y no tenemos forma de detenerlo.

Tiene dos opciones, ninguna con coste para usted:
- Rechazar la entrega cuando llegue el repartidor; el paquete vuelve a nuestro almacén y le reembolsamos el importe completo a través de Amazon.
- Aceptarlo y solicitar después la devolución desde «Mis pedidos» en Amazon dentro de los 30 días.

Un saludo,
Rocío Herrera
Papelería Azahar, S.L. · CIF B41183095 · Sevilla

-----Mensaje original-----
De: Amazon-comprador <{alias}@marketplace.amazon.es>
Enviado el: viernes, 27 de noviembre de 2026 8:41
Para: pedidos@papeleriaazahar.es
Asunto: Cancelar pedido

Buenos días, quiero cancelar el pedido de la agenda 2027, me la han regalado en el trabajo. Gracias.
""")

add(lang="es", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["product_use", "descaling", "tu_register"],
    note="Seller explains (tú register) how to descale an espresso machine after the buyer asks about a warning light; product support, allowed.",
    frm=("Cafés Tostadero Norte", "soporte@tostaderonorte.es"),
    subject="Re: Luz naranja cafetera",
    date=datetime(2026, 11, 28, 10, 40, 2, tzinfo=CET), html=True,
    body="""¡Hola, Irene!

La luz naranja fija significa que a la cafetera le toca descalcificar, no es una avería. Te explico cómo hacerlo:

1. Vacía el depósito y llénalo con 500 ml de agua y el sobre de descalcificador que venía en la caja (si ya no lo tienes, sirve cualquier descalcificador líquido para cafeteras, sin vinagre).
2. Coloca un recipiente de 1 litro bajo el grupo y la varilla de vapor.
3. Mantén pulsados a la vez los botones de taza pequeña y taza grande durante 5 segundos hasta que la luz parpadee.
4. La cafetera hará el ciclo sola (unos 20 minutos). Después, enjuaga el depósito y repite con agua limpia.

Con el agua de Madrid, que es bastante blanda, bastará con hacerlo cada dos o tres meses.

Un saludo,
Álvaro
Cafés Tostadero Norte, S.L. · CIF B39770512 · Santander

---

Amazon-comprador escribió el 28 nov 2026, 08:19:
> Hola, la cafetera que compré en septiembre tiene una luz naranja encendida
> todo el rato. El café sale bien, pero ¿está rota?
""")

add(lang="es", client="custom_template", kind="proactive", expect="legit", rules=[],
    classes=["failed_delivery", "pickup_point", "tracking_link"],
    note="Seller tells the buyer that MRW could not deliver and where to collect the parcel, with the MRW tracking link; delivery problem, allowed.",
    frm=("Ciclos Montaña Verde", "tienda@ciclosmontanaverde.es"),
    subject="Intento de entrega fallido – pedido 403-2264580-8817309",
    date=datetime(2026, 11, 30, 13, 5, 27, tzinfo=CET), html=True,
    body="""Hola, Sr. Domínguez:

MRW nos informa de que esta mañana intentó entregar su pedido 403-2264580-8817309 (casco de ciclismo y luces traseras), pero no había nadie en el domicilio.

El paquete queda depositado durante 7 días en la franquicia de MRW de la calle Dr. Cerrada 15, Zaragoza. Para recogerlo necesitará su DNI y el número de envío. También puede pedir una nueva entrega desde el seguimiento:
https://www.mrw.es/seguimiento_envios/MRW_resultados_consultas.asp?enviament=04951B336802

Si pasado ese plazo no se recoge, el paquete volverá a nuestro almacén y le reembolsaremos el importe a través de Amazon.

Saludos,
Daniel Sanz
Ciclos Montaña Verde, S.L. · CIF B50391176 · Huesca
""")

add(lang="es", client="apple_mail", kind="reply", expect="legit", rules=[],
    classes=["invoice", "nif", "latam_voice"],
    note="Latin-American-voiced agent confirms a company invoice with the buyer's NIF has been uploaded to the Amazon order; allowed.",
    frm=("Tinta y Trazo", "facturas@tintaytrazo.es"),
    subject="Re: Factura con NIF",
    date=datetime(2026, 12, 1, 9, 17, 45, tzinfo=CET), html=False,
    body="""Buenos días, Sr. Prieto:

Con mucho gusto. Ya le subimos la factura a nombre de «Estudio Prieto Arquitectura, S.L.P.» con el NIF B70228153 a su pedido 405-5037712-4410268. La puede descargar en Amazon, en «Mis pedidos» > «Factura». La factura simplificada anterior quedó anulada.

Cualquier otra cosa que necesite, quedo atenta por este medio.

Saludos cordiales,
Catalina Restrepo
Tinta y Trazo, S.L. · CIF B28814460 · Madrid

> El 30 nov 2026, a las 18:02, Amazon-comprador <{alias}@marketplace.amazon.es> escribió:
>
> Hola, necesito factura completa para la empresa de los rotuladores
> y el papel vegetal: Estudio Prieto Arquitectura, S.L.P., NIF B70228153.
> Gracias.
""")

add(lang="es", client="edesk", kind="reply", expect="violation",
    rules=["contact.off_platform", "contact.phone_number"],
    classes=["defective_item", "whatsapp", "phone_number"],
    note="Reasonable troubleshooting for a lamp, but it invites the buyer to continue by WhatsApp at a phone number, moving contact off Amazon.",
    frm=("Luz de Alba Iluminación", "postventa@luzdealba.es"),
    subject="Re: Lámpara parpadea",
    date=datetime(2026, 12, 1, 12, 44, 19, tzinfo=CET), html=True,
    body="""Hola, Sra. Molina:

Gracias por avisarnos. Que la lámpara parpadee suele deberse a que está conectada a un regulador de intensidad antiguo; este modelo solo es compatible con reguladores para LED (de corte de fase descendente). Pruebe por favor a conectarla a un enchufe normal o a un interruptor sin regulador.

Si sigue parpadeando, lo más rápido es que nos mande un vídeo corto por WhatsApp al 612 48 90 37 y así le decimos enseguida si hay que cambiarla.

Un saludo,
Jorge Peña
Luz de Alba Iluminación, S.L. · CIF B93306412 · Murcia

----- Mensaje de Amazon-comprador del 01/12/2026 10:05 -----
Buenos días, la lámpara de pie que me llegó el sábado parpadea todo el rato, sobre todo con poca intensidad. Pedido 407-6620193-3375840.
""")

add(lang="es", client="custom_template", kind="proactive", expect="violation",
    rules=["review.incentive"],
    classes=["usage_tips", "review_for_reward"],
    note="Helpful charging tips for headphones, but it offers a partial refund in exchange for leaving a review.",
    frm=("Sonora Audio", "clientes@sonoraaudio.es"),
    subject="Consejos para sus auriculares – pedido 408-9912045-6630871",
    date=datetime(2026, 12, 2, 10, 11, 3, tzinfo=CET), html=True,
    body="""Estimada Sra. Cano:

Esperamos que ya esté disfrutando de sus auriculares Sonora Air 3 (pedido 408-9912045-6630871). Algunos consejos para que la batería dure más:

- Antes del primer uso, cárguelos por completo (unas 2 horas).
- Guarde siempre los auriculares en el estuche; si el estuche se queda sin batería, los auriculares siguen descargándose.
- Si un auricular no se conecta, déjelos 15 segundos en el estuche con la tapa abierta y pulse el botón trasero hasta que la luz parpadee en blanco.

Además, si deja su opinión sobre los auriculares en Amazon, le reembolsamos 5 € del importe de su compra como agradecimiento.

Atentamente,
Equipo Sonora Audio
Sonora Audio, S.L. · CIF B65117728 · Barcelona
""")

add(lang="es", client="custom_template", kind="proactive", expect="violation",
    rules=["purpose.shipping_confirmation"],
    classes=["shipping_confirmation_only"],
    note="Proactive message whose only content is that order 171- has shipped; a message sent only to confirm shipping is not permitted.",
    frm=("Jabones La Alquería", "pedidos@jaboneslaalqueria.es"),
    subject="Su pedido 171-4408291-5562037 ha sido enviado",
    date=datetime(2026, 12, 2, 18, 30, 0, tzinfo=CET), html=False,
    body="""Hola, Sra. Gallardo:

Le informamos de que su pedido 171-4408291-5562037 (lote de 4 jabones artesanales de aceite de oliva y lavanda) ha sido enviado hoy.

Un saludo,
Jabones La Alquería
La Alquería Cosmética Natural, S.L. · CIF B12660438 · Castellón
""")

add(lang="es", client="gorgias", kind="reply", expect="violation",
    rules=["feedback.removal_request"],
    classes=["refund_issued", "feedback_removal"],
    note="Seller confirms a refund for a late delivery but then asks the buyer to remove the negative seller feedback they left.",
    frm=("Bodega Sierra Alta", "atencion@bodegasierraalta.es"),
    subject="Re: Pedido tarde y mal",
    date=datetime(2026, 12, 3, 9, 50, 37, tzinfo=CET), html=True,
    body="""Estimado Sr. Lozano:

Tiene toda la razón: el pedido llegó tres días tarde y con una botella rota. Ya le hemos reembolsado a través de Amazon el importe completo de la botella (18,50 €) y los gastos de envío; lo verá en su cuenta en 3-5 días hábiles.

Ahora que el problema está resuelto, le agradeceríamos mucho que retirara la valoración negativa que nos dejó como vendedor.

Un cordial saludo,
Beatriz Soler
Bodega Sierra Alta, S.A. · CIF A26049381 · Haro (La Rioja)

On Wed, Dec 2, 2026 at 8:12 PM, Amazon-comprador <{alias}@marketplace.amazon.es> wrote:
> Me llegó el pedido con tres días de retraso y una de las botellas rota, la
> caja empapada de vino. Ya les he puesto una valoración. Quiero que me
> devuelvan el dinero de la botella. Pedido 402-5583017-9904216
""")

add(lang="es", client="custom_template", kind="proactive", expect="violation",
    rules=["style.emoji"],
    classes=["missing_item_info", "emoji"],
    note="Useful notice that a missing pump is being sent separately for order 404-, but the text carries emoji.",
    frm=("Verde Balcón", "hola@verdebalcon.es"),
    subject="Sobre tu pedido 404-3319658-7201845",
    date=datetime(2026, 12, 3, 13, 26, 14, tzinfo=CET), html=True,
    body="""¡Hola, Nerea! 🌱

Al revisar los envíos de ayer nos dimos cuenta de que en tu pedido 404-3319658-7201845 (huerto vertical de 3 niveles) no metimos la bomba de riego. ¡Lo sentimos mucho! 🙈

Ya te la hemos enviado por separado con GLS y te llegará en 24-48 horas, sin ningún coste. Mientras tanto, puedes montar la estructura y plantar; la bomba se engancha después por la parte trasera sin desmontar nada.

Un saludo,
Marina, de Verde Balcón
Verde Balcón, S.L. · CIF B56092734 · Alicante
""")

# ---------------------------------------------------------------- build
DOM = {"de": "marketplace.amazon.de", "es": "marketplace.amazon.es"}

def freshdesk_html(body):
    # split at the "Am ... schrieb" / "El ... escribió" attribution line
    lines = body.split("\n")
    idx = next(i for i, l in enumerate(lines) if l.startswith(("Am ", "El ")) and l.rstrip().endswith((":",)))
    top = "\n".join(lines[:idx])
    attrib = lines[idx]
    quoted = [l[2:] if l.startswith("> ") else l.lstrip(">") for l in lines[idx + 1:] if l.strip()]
    h = to_html(top).replace("</body></html>\n", "")
    h += '<div class="freshdesk_quote">\n<blockquote class="freshdesk_quote">' + html.escape(attrib) + "<br>\n"
    h += "<br>\n".join(html.escape(q) for q in quoted)
    h += "</blockquote>\n</div>\n</body></html>\n"
    return h

labels = []
for n, m in enumerate(M, 1):
    mid = "w149-%04d" % n
    a = alias()
    body = m["body"].replace("{alias}", a)
    msg = EmailMessage()
    msg["From"] = formataddr(m["frm"])
    msg["To"] = "%s@%s" % (a, DOM[m["lang"]])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    msg["Message-ID"] = make_msgid(idstring="%s.%d" % (m["client"].replace("_", ""), 7000 + n * 37),
                                   domain=m["frm"][1].split("@")[1])
    msg["MIME-Version"] = "1.0"
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    if m["html"] == "freshdesk":
        msg.add_alternative(freshdesk_html(body), subtype="html", charset="utf-8", cte="quoted-printable")
    elif m["html"]:
        msg.add_alternative(to_html(body), subtype="html", charset="utf-8", cte="quoted-printable")
    path = os.path.join(ROOT, "messages", mid + ".eml")
    with open(path, "wb") as f:
        f.write(msg.as_bytes())
    labels.append({"id": mid, "file": "messages/%s.eml" % mid, "lang": m["lang"], "client": m["client"],
                   "kind": m["kind"], "split": "dev", "expect": m["expect"], "rules": m["rules"],
                   "classes": m["classes"], "note": m["note"]})

with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labels), sum(l["expect"] == "legit" for l in labels), sum(l["expect"] == "violation" for l in labels))
