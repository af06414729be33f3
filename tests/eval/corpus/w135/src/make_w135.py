#!/usr/bin/env python3
"""Generate the w135 messages (German, indirect marketing / review incentives) and labels."""
import json, os, random
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email.headerregistry import Address
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = "w135"
rnd = random.Random(135)
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"

def alias():
    return "".join(rnd.choice(ALNUM) for _ in range(15))

M = []
def add(**kw):
    M.append(kw)

# ---------------------------------------------------------------- 1 V
add(shop=("Kaffeemühlen-Kontor Support", "service@kaffeemuehlen-kontor.de"), client="zendesk", kind="reply",
    subject="Re: Lieferung Bestellung 302-4418276-5530917",
    date=(2026, 11, 3, 10, 14),
    text="""Guten Tag Frau Lindqvist,

vielen Dank für Ihre Nachricht. Ihre Handkaffeemühle "Bergamo" (Bestellung 302-4418276-5530917) wurde gestern bei DHL abgegeben, die Sendung lag leider zwei Tage im Verteilzentrum Aschaffenburg fest. Laut DHL erfolgt die Zustellung morgen.

Wir hoffen, die Mühle gefällt Ihnen! Wenn Sie uns nach ein paar Tagen eine kurze Bewertung auf Amazon hinterlassen, legen wir Ihrer nächsten Bestellung gerne ein kleines Dankeschön bei – z. B. eine Packung unserer Röstbohnen.

Mit freundlichen Grüßen
Tobias Ehrhardt
Kaffeemühlen-Kontor Kundenservice

Amazon-Käufer, 02.11.2026 um 19:42:
> Hallo, meine Bestellung sollte laut Amazon schon am Samstag da sein, die Sendungsverfolgung
> steht seit Tagen auf "in Bearbeitung". Können Sie nachschauen?
> Grüße, M. Lindqvist
""",
    expect="violation", rules=["review.incentive"], classes=["review_incentive", "thank_you_gift", "delivery_delay"],
    note="Answers a delivery delay but promises a small gift in the next parcel in return for an Amazon review, which is an incentive for a review.")

# ---------------------------------------------------------------- 2 V
add(shop=("Lichtwerk Nord", "kundenservice@lichtwerk-nord.de"), client="helpscout", kind="proactive",
    subject="Ihre Bestellung 028-7731940-1187362 – wie gefällt Ihnen die Leuchte?",
    date=(2026, 11, 5, 8, 30),
    text="""Hallo Herr Brückner,

Ihre Tischleuchte "Fjord" (Eiche, warmweiß) sollte inzwischen bei Ihnen angekommen sein – Bestellung 028-7731940-1187362.

Wir würden uns freuen, wenn Sie Ihre Eindrücke in einer Rezension auf Amazon teilen. Kleiner Hinweis am Rande: Kunden, die eine Rezension schreiben, laden wir bevorzugt ein, unsere neuen Leuchtenmodelle schon vor dem offiziellen Verkaufsstart zu testen.

Bei Fragen zur Leuchte sind wir jederzeit für Sie da.

Herzliche Grüße
Ihr Team von Lichtwerk Nord
""",
    expect="violation", rules=["review.incentive", "purpose.marketing"], classes=["early_access", "review_request"],
    note="Review request that hints reviewers get early access to new models before release, an incentive for reviewing and a plug for new products.")

# ---------------------------------------------------------------- 3 V
add(shop=("Bettwarenhaus Seidel", "hilfe@bettwarenhaus-seidel.de"), client="freshdesk", kind="reply",
    subject="AW: Reißverschluss defekt - 305-2290461-8834015",
    date=(2026, 11, 6, 14, 2),
    text="""Sehr geehrte Frau Okonkwo,

es tut uns sehr leid, dass der Reißverschluss am Kissenbezug schon nach einer Woche ausgerissen ist. Das sollte natürlich nicht passieren.

Bitte senden Sie den Bezug über das Amazon-Rücksendezentrum zurück, die Erstattung erfolgt dann automatisch. Als Entschädigung für die Unannehmlichkeiten schenken wir Ihnen zusätzlich den Gutschein-Code SEIDEL-DANKE15 – damit erhalten Sie 15 % Rabatt auf Ihren nächsten Einkauf bei uns.

Mit freundlichen Grüßen

Sabine Kreutzer
Bettwarenhaus Seidel – Kundenservice

-----Original Message-----
From: Amazon-Käufer
Sent: Donnerstag, 5. November 2026 21:17
Subject: Reißverschluss defekt - 305-2290461-8834015

Der Reißverschluss vom Kissenbezug (80x80, anthrazit) ist beim ersten Waschen kaputtgegangen. Ich möchte das zurückgeben.
""",
    expect="violation", rules=["purpose.marketing"], classes=["coupon_as_compensation", "defect"],
    note="Defect reply correctly routes the return through Amazon but adds a discount code for the next purchase framed as compensation, which is a coupon promotion.")

# ---------------------------------------------------------------- 4 V
add(shop=("Holzspielwaren Allgäu", "post@holzspiel-allgaeu.de"), client="gmail", kind="reply",
    subject="Re: Frage zur Kugelbahn (Bestellung 171-6029384-2245180)",
    date=(2026, 11, 9, 17, 45),
    text="""Hallo Familie Albrecht,

die Kugelbahn "Wasserfall" aus Ihrer Bestellung 171-6029384-2245180 ist für Kinder ab 3 Jahren geeignet, die Kugeln haben 2,5 cm Durchmesser und sind damit zu groß zum Verschlucken. Die Bausteine sind mit Wasserlack auf Basis von Bienenwachs behandelt, Sie können sie einfach mit einem feuchten Tuch abwischen.

Übrigens, weil bald Weihnachten ist: bis zum 1. Advent sind alle unsere Holz-Adventskalender um 20 % reduziert.

Viele Grüße aus Kempten
Andrea Mayr

Am Mo., 9. Nov. 2026 um 12:03 schrieb Amazon-Käufer <xq4hw8sld0bq1ev@marketplace.amazon.de>:
> Guten Tag, ab welchem Alter ist die Kugelbahn geeignet und womit ist das Holz behandelt?
> Danke!
""",
    expect="violation", rules=["purpose.marketing"], classes=["seasonal_offer", "product_question"],
    note="Useful product answer followed by a passing mention of an Advent discount on other products, which is a promotion.")

# ---------------------------------------------------------------- 5 L
add(shop=("Holzspielwaren Allgäu", "post@holzspiel-allgaeu.de"), client="gmail", kind="reply",
    subject="Re: Ersatzteil Kugelbahn - 171-8840127-3391056",
    date=(2026, 11, 10, 9, 12),
    text="""Hallo Herr Demir,

danke für Ihre Nachricht und die Fotos. Da fehlt tatsächlich die rote Kurvenschiene (Teil Nr. 14). Wir schicken Ihnen das Teil kostenlos per Deutsche Post an die Lieferadresse Ihrer Bestellung 171-8840127-3391056, es sollte in 2-3 Werktagen ankommen.

Falls Sie die Bahn lieber komplett zurückgeben möchten, geht das selbstverständlich auch über Ihre Amazon-Bestellübersicht.

Entschuldigen Sie bitte den Ärger.

Viele Grüße
Andrea Mayr
Holzspielwaren Allgäu

Am So., 8. Nov. 2026 um 20:51 schrieb Amazon-Käufer:
> In der Packung fehlt eine Kurve, die rote. Auf der Anleitung ist sie als Nr. 14 drauf.
> Können Sie die nachschicken?
""",
    expect="legit", rules=[], classes=["missing_part", "replacement"],
    note="Sends a missing part free of charge to the order's address and mentions the Amazon return option; no marketing or off-platform contact.")

# ---------------------------------------------------------------- 6 V
add(shop=("Teehaus Sonnenberg", "service@teehaus-sonnenberg.de"), client="zendesk", kind="reply",
    subject="Re: Rechnung zu Bestellung 304-5567120-9012448",
    date=(2026, 11, 11, 11, 20),
    text="""Guten Tag Herr Vogelsang,

anbei die Rechnung zu Ihrer Bestellung 304-5567120-9012448 haben wir eben in Ihrem Amazon-Konto hochgeladen, Sie finden sie unter "Meine Bestellungen" > "Rechnung".

Kennen Sie schon unsere Teehaus-Treuekarte? Für jeden Einkauf sammeln Sie Stempel, ab dem zehnten gibt es eine 100-g-Dose Ihrer Wahl gratis. Die Karte liegt ab sofort jeder Sendung bei.

Beste Grüße
Lea Hoffmann
Teehaus Sonnenberg

> Hallo, ich bräuchte für meine Firma eine Rechnung mit ausgewiesener MwSt.
> Danke, J. Vogelsang
""",
    expect="violation", rules=["purpose.marketing"], classes=["loyalty_card", "invoice"],
    note="Invoice reply that also promotes a stamp loyalty card with a free tin after ten purchases, which is marketing.")

# ---------------------------------------------------------------- 7 V
add(shop=("Lederwerkstatt Brandt", "kontakt@lederwerkstatt-brandt.de"), client="outlook", kind="reply",
    subject="AW: Gürtel zu lang - Bestellung 028-3319057-6604221",
    date=(2026, 11, 12, 15, 33),
    text="""Hallo Herr Pavlović,

gerne helfen wir. Der Gürtel lässt sich einfach kürzen: Die Schnalle ist mit zwei Chicagoschrauben befestigt, die Sie mit einer Münze lösen können. Dann das Ende mit einer scharfen Schere auf die gewünschte Länge abschneiden und die Schnalle wieder anschrauben. Bitte nicht mehr als 12 cm kürzen, sonst passen die Löcher nicht mehr.

Schauen Sie doch mal in unserem Shop vorbei, dort finden Sie auch passende Geldbörsen und Schlüsselanhänger aus dem gleichen Leder: www.lederwerkstatt-brandt.de

Mit freundlichen Grüßen
Jan Brandt

-----Ursprüngliche Nachricht-----
Von: Amazon-Käufer <a7kd02mzp3wq9tn@marketplace.amazon.de>
Gesendet: Mittwoch, 11. November 2026 22:05
Betreff: Gürtel zu lang - Bestellung 028-3319057-6604221

Der Gürtel ist mir ca. 8 cm zu lang. Kann man ihn kürzen oder soll ich ihn umtauschen?
""",
    expect="violation", rules=["purpose.marketing", "contact.off_platform", "links.external"], classes=["shop_visit", "product_use"],
    note="Helpful shortening instructions, then invites the buyer to visit the seller's own web shop for other products with its address, which is marketing and moves the buyer off Amazon.")

# ---------------------------------------------------------------- 8 V
add(shop=("Gartenfreund Direkt", "kundendienst@gartenfreund-direkt.de"), client="freshdesk", kind="proactive",
    subject="Bestellung 302-9981346-0027753: Ihre Erfahrung mit dem Hochbeet",
    date=(2026, 11, 13, 9, 0),
    text="""Liebe Kundin, lieber Kunde,

Ihr Hochbeet "Terra 120" aus der Bestellung 302-9981346-0027753 steht hoffentlich schon im Garten.

Wir würden gerne erfahren, wie Ihnen das Beet gefällt. Teilen Sie Ihre Erfahrung auf Amazon mit anderen Gärtnern – unter allen Kunden, die ihre Erfahrung teilen, verlosen wir jeden Monat einen Gartengutschein im Wert von 50 Euro.

Bei Fragen zum Aufbau oder zur Befüllung antworten Sie einfach auf diese Nachricht.

Grüne Grüße
Ihr Gartenfreund-Direkt-Team
""",
    expect="violation", rules=["review.incentive"], classes=["raffle", "review_request"],
    note="Review request that enters reviewers into a monthly 50-euro voucher raffle, an incentive for writing a review.")

# ---------------------------------------------------------------- 9 V
add(shop=("Nordkap Outdoor", "support@nordkap-outdoor.de"), client="gorgias", kind="proactive",
    subject="Ihre Meinung zählt – Bestellung 304-1140782-5569031",
    date=(2026, 11, 14, 18, 10),
    html=True,
    text="""Hallo Frau Giesecke,

wir hoffen, der Schlafsack "Polarnacht -15" hält Sie warm!

Ihre Meinung auf Amazon ist uns viel wert – im wahrsten Sinne: Für Ihre Rezension erstatten wir Ihnen 5 Euro Cashback. Schicken Sie uns einfach einen Screenshot Ihrer veröffentlichten Rezension als Antwort auf diese Nachricht, wir überweisen den Betrag dann per PayPal.

Bestellnummer: 304-1140782-5569031

Viele Grüße
Mareike vom Nordkap-Outdoor-Team
""",
    expect="violation", rules=["review.incentive", "contact.off_platform"], classes=["cashback", "review_request"],
    note="Offers a 5-euro PayPal cashback for a published Amazon review, paid outside Amazon, which is a review incentive and an off-Amazon payment channel.")

# ---------------------------------------------------------------- 10 L
add(shop=("Nordkap Outdoor", "support@nordkap-outdoor.de"), client="gorgias", kind="reply",
    subject="Re: Rabatt für zweiten Schlafsack? 304-6623018-4471950",
    date=(2026, 11, 15, 10, 41),
    text="""Hallo Herr Lüttich,

danke für Ihre Anfrage und schön, dass Sie mit dem Schlafsack zufrieden sind.

Einen Rabatt für einen zweiten Schlafsack können wir Ihnen leider nicht geben. Die Preise werden auf Amazon festgelegt und wir können sie für einzelne Kunden nicht anpassen. Wir bitten um Verständnis.

Noch ein Tipp zu Ihrer Frage wegen der Kopplung: Die Schlafsäcke "Polarnacht -15" gibt es mit Reißverschluss links und rechts, nur eine Links-/Rechts-Kombination lässt sich miteinander verbinden. Ihr Schlafsack aus Bestellung 304-6623018-4471950 hat den Reißverschluss links.

Viele Grüße
Mareike
Nordkap Outdoor Kundenservice

Amazon-Käufer, 14.11.2026 um 21:36:
Hallo, ich würde gern noch einen zweiten kaufen für meine Frau, damit wir sie zusammen-
zippen können. Gibts da einen Rabatt wenn ich nochmal bestelle? Und welcher passt zusammen?
""",
    expect="legit", rules=[], classes=["discount_refused", "product_fitting"],
    note="Politely refuses a buyer's request for a discount and answers which zip side fits; no promotion offered.")

# ---------------------------------------------------------------- 11 V
add(shop=("Küchenglück Shop", "service@kuechenglueck-shop.de"), client="zendesk", kind="reply",
    subject="Re: Pfanne verzogen - 028-5547713-2290164",
    date=(2026, 11, 16, 13, 5),
    text="""Liebe Frau Hartmann,

das tut uns wirklich leid! Eine verzogene Pfanne nach so kurzer Zeit ist ärgerlich.

Bevor Sie eine Bewertung schreiben, melden Sie sich doch bitte direkt bei uns – wir finden immer eine Lösung, versprochen. Schreiben Sie uns einfach an reklamation@kuechenglueck-shop.de, dann schicken wir Ihnen sofort eine neue Pfanne, und als Dankeschön für Ihre Geduld gibt es 10 % auf Ihre nächste Bestellung.

Herzliche Grüße
Nina Weber
Küchenglück

Bestellnummer: 028-5547713-2290164

> Die Pfanne (28 cm, Induktion) hat sich nach dem dritten Benutzen verzogen und wackelt
> jetzt auf dem Kochfeld. Sehr enttäuschend.
""",
    expect="violation", rules=["review.divert_negative", "contact.email_address", "contact.off_platform", "purpose.marketing"],
    classes=["divert_negative", "coupon_as_compensation"],
    note="Asks an unhappy buyer to contact the seller by private e-mail before writing a review and adds a discount on the next order, steering away from a negative review and promoting.")

# ---------------------------------------------------------------- 12 L
add(shop=("Küchenglück Shop", "service@kuechenglueck-shop.de"), client="zendesk", kind="reply",
    subject="Re: Pfanne verzogen - 028-7702265-1184930",
    date=(2026, 11, 17, 9, 48),
    text="""Guten Tag Herr Sommerfeld,

vielen Dank für die Fotos, darauf ist die Verformung am Boden gut zu erkennen. Das ist ein Materialfehler und selbstverständlich ein Gewährleistungsfall.

Wir haben Ihnen soeben über Amazon den vollen Kaufpreis von 39,90 € für Bestellung 028-7702265-1184930 erstattet. Die Gutschrift erscheint je nach Zahlungsart in 3-5 Werktagen. Die Pfanne müssen Sie nicht zurückschicken, bitte entsorgen Sie sie über den Wertstoffhof.

Entschuldigen Sie bitte die Unannehmlichkeiten.

Mit freundlichen Grüßen
Nina Weber
Küchenglück Kundenservice

Amazon-Käufer, 16.11.2026 um 18:22:
> Hallo, die Pfanne ist nach einer Woche krumm, siehe Fotos. Was nun?
""",
    expect="legit", rules=[], classes=["refund_via_amazon", "defect"],
    note="Real compensation for a defect: full refund issued through Amazon without return, no coupon or review mention.")

# ---------------------------------------------------------------- 13 V
add(shop=("Naturkosmetik Wiesengrund", "service@wiesengrund-kosmetik.de"), client="helpscout", kind="reply",
    subject="Re: Ersatz für ausgelaufene Flasche (306-4458120-7719203)",
    date=(2026, 11, 18, 16, 27),
    html=True,
    text="""Liebe Frau Nowak,

wie ärgerlich, dass das Duschgel beim Versand ausgelaufen ist! Wir haben Ihnen heute eine neue Flasche "Lavendel & Honig" kostenfrei zugeschickt (Bestellung 306-4458120-7719203), sie kommt mit DHL in 1-2 Tagen.

In das Paket haben wir Ihnen außerdem eine Gratisprobe unserer neuen Winterpflege-Serie mit Sanddorn gelegt. Wenn sie Ihnen gefällt, freuen wir uns, wenn Sie in Ihrer Rezension auch ein paar Worte dazu schreiben.

Alles Liebe
Katrin von Wiesengrund Naturkosmetik

Am 17.11.2026 um 20:14 schrieb Amazon-Käufer:
> Das Paket kam nass an, die Flasche war halb leer und der Deckel offen.
""",
    expect="violation", rules=["purpose.marketing", "review.incentive"], classes=["free_sample", "new_product_line", "replacement"],
    note="Legitimate replacement, but adds a free sample of a new product line and asks for it to be mentioned in the review, which is marketing and a review incentive.")

# ---------------------------------------------------------------- 14 V
add(shop=("Papeterie Feinstrich", "info@feinstrich-papeterie.de"), client="shopify_inbox", kind="proactive",
    subject="Danke für Ihren Einkauf! Bestellung 171-2203984-6650172",
    date=(2026, 11, 19, 7, 55),
    text="""Liebe Frau Reinholz,

von Herzen Danke, dass Sie sich für unser Notizbuch "Tagwerk A5 gepunktet" entschieden haben (Bestellung 171-2203984-6650172)! Als kleiner Familienbetrieb freuen wir uns über jede einzelne Bestellung.

Ein kleines Dankeschön wartet in Ihrem nächsten Paket auf Sie – und falls Sie schon an Weihnachten denken: unsere Kalender 2027 sind gerade im Angebot.

Herzlichst
Clara & Moritz von Feinstrich
""",
    expect="violation", rules=["purpose.thank_you_only", "purpose.marketing"], classes=["thank_you", "seasonal_offer", "gift_next_parcel"],
    note="Proactive message with no order question that only thanks the buyer, promises a gift in the next parcel and mentions a calendar sale, which is thank-you-only marketing.")

# ---------------------------------------------------------------- 15 V
add(shop=("Fahrradteile Kessler", "versand@fahrradteile-kessler.de"), client="plain", kind="proactive",
    subject="Ihre Bestellung 302-6614029-3307815 ist unterwegs",
    date=(2026, 11, 20, 12, 0),
    text="""Guten Tag,

Ihre Bestellung 302-6614029-3307815 (Scheibenbremsbeläge Shimano-kompatibel, 2 Paar) wurde heute an Hermes übergeben und ist auf dem Weg zu Ihnen.

Wussten Sie schon? Bei uns läuft gerade der Winter-Check: Spikereifen, Schutzbleche und Beleuchtungssets sind diese Woche reduziert.

Gute Fahrt!
Fahrradteile Kessler
""",
    expect="violation", rules=["purpose.shipping_confirmation", "purpose.marketing"], classes=["shipping_confirmation", "seasonal_offer"],
    note="Unrequested shipping confirmation that also advertises a weekly winter sale on other products.")

# ---------------------------------------------------------------- 16 L
add(shop=("Fahrradteile Kessler", "versand@fahrradteile-kessler.de"), client="plain", kind="reply",
    subject="Re: Passen die Beläge? 302-1195530-8806243",
    date=(2026, 11, 21, 10, 22),
    text="""Hallo Herr Okafor,

die Beläge aus Ihrer Bestellung 302-1195530-8806243 passen auf die Shimano-Bremssättel BR-MT200, BR-MT201 und BR-M315. Ihre Deore BR-M6100 braucht dagegen die Belagform "L" (D01S-kompatibel), die Beläge passen also leider nicht.

Sie können sie ungeöffnet innerhalb von 30 Tagen über Ihr Amazon-Konto zurücksenden, der Kaufpreis wird dann erstattet.

Gruß
Uwe Kessler

Am 20.11.2026 schrieb Amazon-Käufer:
> Passen die auch an eine Deore BR-M6100? Hab die noch nicht ausgepackt.
""",
    expect="legit", rules=[], classes=["product_fitting", "return_via_amazon"],
    note="Fitting answer that the pads do not fit and points to an Amazon return; nothing else.")

# ---------------------------------------------------------------- 17 V
add(shop=("Wollstube Heidekamp", "hallo@wollstube-heidekamp.de"), client="gmail", kind="reply",
    subject="Re: Bewertung zu Bestellung 304-3379102-5548861",
    date=(2026, 11, 22, 19, 3),
    text="""Liebe Frau Kowalczyk,

es tut uns leid, dass die Farbe der Merinowolle nicht ganz Ihren Erwartungen entsprach. Wir haben Ihnen die 12,80 € für die zwei Knäuel aus Bestellung 304-3379102-5548861 heute über Amazon erstattet.

Wir haben gesehen, dass Sie uns zwei Sterne gegeben haben. Wäre es vielleicht möglich, dass Sie Ihre Bewertung noch einmal anpassen, jetzt wo alles geklärt ist? Als Entschädigung würden wir Ihnen gern einen Gutschein über 10 € für Ihren nächsten Wolleinkauf schicken.

Liebe Grüße und viel Freude beim Stricken
Hanne Heidekamp

Am Sa., 21. Nov. 2026 um 14:40 schrieb Amazon-Käufer:
> Die Farbe "Tannengrün" ist auf dem Foto viel dunkler als in echt. Schade.
""",
    expect="violation", rules=["review.change_or_remove", "review.incentive", "purpose.marketing"], classes=["review_change", "voucher"],
    note="After a refund through Amazon, asks the buyer to revise a two-star review and offers a 10-euro voucher for it.")

# ---------------------------------------------------------------- 18 L
add(shop=("Wollstube Heidekamp", "hallo@wollstube-heidekamp.de"), client="gmail", kind="proactive",
    subject="Ihre Bestellung 304-8826147-0093318",
    date=(2026, 11, 23, 10, 15),
    text="""Guten Tag Frau Albers,

Ihre Sockenwolle "Nordlicht" aus der Bestellung 304-8826147-0093318 ist laut Sendungsverfolgung vor einigen Tagen angekommen.

Wenn Sie mögen, können Sie über Ihre Amazon-Bestellübersicht eine Bewertung zum Artikel schreiben. Ihre ehrliche Meinung hilft anderen Strickerinnen und Strickern bei der Auswahl.

Falls etwas mit der Lieferung nicht stimmt, antworten Sie einfach auf diese Nachricht.

Viele Grüße
Hanne Heidekamp
Wollstube Heidekamp
""",
    expect="legit", rules=[], classes=["neutral_review_request"],
    note="One neutral review request asking for an honest opinion, with the order id and no incentive or bias.")

# ---------------------------------------------------------------- 19 V
add(shop=("Tierbedarf Pfotenglück", "service@pfotenglueck-tierbedarf.de"), client="zendesk", kind="proactive",
    subject="Ihr exklusiver Treuerabatt wartet – Bestellung 028-4471863-9920574",
    date=(2026, 11, 24, 8, 5),
    text="""Hallo liebe Tierfreundin, lieber Tierfreund,

wir hoffen, Ihr Vierbeiner liebt das neue Hundebett "Kuschelwolke L" (Bestellung 028-4471863-9920574)!

Als Stammkunde erhalten Sie bei Ihrem nächsten Kauf 15 % Treuerabatt – geben Sie einfach den Code PFOTE15 beim Bezahlen ein. Und wenn Sie zufrieden sind, freuen wir uns riesig über Ihre 5-Sterne-Bewertung.

Schwanzwedelnde Grüße
Ihr Pfotenglück-Team
""",
    expect="violation", rules=["subject.marketing", "purpose.marketing", "review.biased_positive"], classes=["loyalty_discount", "five_star_request"],
    note="Subject and body advertise a loyalty discount code, and the review request asks specifically for a five-star rating if satisfied.")

# ---------------------------------------------------------------- 20 V
add(shop=("Tierbedarf Pfotenglück", "service@pfotenglueck-tierbedarf.de"), client="zendesk", kind="reply",
    subject="Re: Welche Größe? 028-2235017-6648390",
    date=(2026, 11, 25, 14, 50),
    text="""Hallo Herr Sadowski,

für einen Labrador mit 32 kg empfehlen wir die Größe XL (110 x 80 cm), die L wird für ihn zu knapp. Sie können das Bett aus Ihrer Bestellung 028-2235017-6648390 einfach über Amazon umtauschen, die Rücksendung ist kostenlos.

P.S. Folgen Sie uns gerne auf Instagram (@pfotenglueck.tierbedarf) – dort verlosen wir jeden Freitag ein Hundebett unter allen, die ein Foto ihres Lieblings posten! 🐾

Liebe Grüße
Jana
Pfotenglück Kundenservice

-----Original Message-----
From: Amazon Marketplace
Sent: 24.11.2026 22:09
Subject: Welche Größe? 028-2235017-6648390

Unser Labrador wiegt 32 kg und liegt gern ausgestreckt. Passt die L oder brauchen wir XL?
""",
    expect="violation", rules=["purpose.marketing", "contact.off_platform", "style.emoji"], classes=["social_media", "raffle", "product_fitting"],
    note="Correct size advice and exchange via Amazon, but a P.S. invites the buyer to follow the shop on Instagram for a raffle, with an emoji.")

# ---------------------------------------------------------------- 21 V
add(shop=("Kerzenmanufaktur Lindenhof", "service@kerzen-lindenhof.de"), client="freshdesk", kind="reply",
    subject="AW: Kerzen gebrochen - 306-9915204-3387016",
    date=(2026, 11, 26, 11, 11),
    text="""Sehr geehrter Herr Bauer,

vielen Dank für Ihre Geduld. Wir haben Ihnen für die zwei gebrochenen Stumpenkerzen aus Bestellung 306-9915204-3387016 eine Teilerstattung von 14,00 € über Amazon veranlasst.

Uns ist aufgefallen, dass Sie uns als Verkäufer mit einem Stern bewertet haben. Da das Problem nun gelöst ist, würden wir Sie herzlich bitten, das Verkäuferfeedback zu entfernen. Als Entschädigung übernehmen wir gern auch noch die Versandkosten Ihrer nächsten Bestellung.

Mit freundlichen Grüßen
Gerhard Lindner
Kerzenmanufaktur Lindenhof

Amazon-Käufer, 25.11.2026 um 07:58:
> Zwei der vier Kerzen kamen durchgebrochen an. Verpackung war viel zu dünn.
""",
    expect="violation", rules=["feedback.removal_request", "review.incentive", "purpose.marketing"], classes=["feedback_removal", "shipping_cost_offer"],
    note="After a partial refund through Amazon, asks the buyer to remove one-star seller feedback and offers free shipping on the next order in return.")

# ---------------------------------------------------------------- 22 L
add(shop=("Kerzenmanufaktur Lindenhof", "service@kerzen-lindenhof.de"), client="freshdesk", kind="reply",
    subject="AW: Gutschein wegen Verspätung? 306-1108735-2264590",
    date=(2026, 11, 27, 9, 30),
    text="""Sehr geehrte Frau Yilmaz,

es tut uns leid, dass Ihre Adventskerzen erst nach dem 1. Advent angekommen sind. Der Grund war ein Rückstau beim Paketdienst GLS in unserer Region.

Gutscheine für spätere Einkäufe können wir leider nicht ausgeben. Für die Verspätung haben wir Ihnen aber eine Teilerstattung von 5,00 € auf Bestellung 306-1108735-2264590 über Amazon veranlasst; sie wird Ihrer Zahlungsmethode gutgeschrieben.

Mit freundlichen Grüßen
Gerhard Lindner
Kerzenmanufaktur Lindenhof

-----Ursprüngliche Nachricht-----
Von: Amazon-Käufer
Gesendet: Donnerstag, 26. November 2026 20:44
Betreff: Gutschein wegen Verspätung? 306-1108735-2264590

Die Kerzen waren für den ersten Advent gedacht und kamen erst Montag. Bekomme ich einen Gutschein als Entschädigung?
""",
    expect="legit", rules=[], classes=["discount_refused", "refund_via_amazon", "delivery_delay"],
    note="Declines the buyer's request for a voucher and instead gives a partial refund through Amazon for the delay.")

# ---------------------------------------------------------------- 23 V
add(shop=("Schlafkomfort Reimers", "kundenservice@schlafkomfort-reimers.de"), client="helpscout", kind="proactive",
    subject="Bestellung 304-7758021-1146693 – Ihr Feedback zum Kopfkissen",
    date=(2026, 11, 28, 17, 40),
    html=True,
    text="""Guten Tag Herr Friedrichs,

seit ein paar Nächten schlafen Sie nun auf Ihrem Nackenstützkissen "Ergo Plus" (Bestellung 304-7758021-1146693) – wir hoffen, gut!

Wir würden uns über Ihre Rezension auf Amazon freuen. Übrigens: Rezensenten gehören bei uns zum "Schlafkomfort-Kreis" und erhalten als Erste Bescheid, wenn unsere neue Matratzenauflage aus Naturlatex im Januar erscheint – inklusive Vorbestellpreis.

Erholsame Nächte wünscht
Ihr Team von Schlafkomfort Reimers
""",
    expect="violation", rules=["review.incentive", "purpose.marketing"], classes=["early_access", "new_product_line", "review_request"],
    note="Review request that promises reviewers early notice and a pre-order price for a new product, an incentive and a product announcement.")

# ---------------------------------------------------------------- 24 L
add(shop=("Schlafkomfort Reimers", "kundenservice@schlafkomfort-reimers.de"), client="helpscout", kind="reply",
    subject="Re: Kissen riecht stark - 304-2290816-7735402",
    date=(2026, 11, 29, 10, 5),
    html=True,
    text="""Guten Tag Frau Engel,

der Geruch kommt vom Schaumstoff direkt nach der Vakuumverpackung und ist gesundheitlich unbedenklich (das Kissen ist nach OEKO-TEX Standard 100 zertifiziert). Bitte lassen Sie das Kissen ohne Bezug 24 bis 48 Stunden in einem gut gelüfteten Raum liegen, danach ist der Geruch in aller Regel verschwunden.

Sollte er nach drei Tagen noch deutlich wahrnehmbar sein, können Sie das Kissen aus Bestellung 304-2290816-7735402 gern über das Amazon-Rücksendezentrum zurückschicken.

Freundliche Grüße
Ole Reimers
Schlafkomfort Reimers

Am 28.11.2026 um 22:31 schrieb Amazon-Käufer:
> Das Kissen riecht sehr chemisch nach dem Auspacken. Ist das normal?
""",
    expect="legit", rules=[], classes=["product_use", "return_via_amazon"],
    note="Explains the off-gassing smell, gives airing instructions and the Amazon return option; no promotion.")

# ---------------------------------------------------------------- 25 V
add(shop=("Gewürzkammer Ostsee", "service@gewuerzkammer-ostsee.de"), client="shopify_inbox", kind="reply",
    subject="Re: Fehlendes Glas - Bestellung 171-5503318-2207741",
    date=(2026, 11, 30, 13, 18),
    text="""Moin Herr Andersen,

da ist uns beim Packen leider ein Fehler passiert – das Glas "Ras el Hanout" fehlte in Ihrem Gewürzset (Bestellung 171-5503318-2207741). Wir haben es heute nachgeschickt.

Wir möchten Sie gern zum Produkttester machen: Melden Sie sich einfach für unseren Newsletter an, Abonnenten bekommen zweimal im Jahr neue Mischungen gratis zum Ausprobieren und Bewerten. Die Anmeldung finden Sie unter gewuerzkammer-ostsee.de/newsletter.

Moin moin aus Kiel
Frauke Petersen

> Im Set sollten 12 Gläser sein, es waren aber nur 11. Ras el Hanout fehlt.
""",
    expect="violation", rules=["purpose.marketing", "review.incentive", "contact.off_platform", "links.external"], classes=["newsletter", "product_tester", "missing_item"],
    note="Resends the missing jar but invites the buyer to a newsletter on the own website whose subscribers get free products to review.")

# ---------------------------------------------------------------- 26 L
add(shop=("Gewürzkammer Ostsee", "service@gewuerzkammer-ostsee.de"), client="shopify_inbox", kind="reply",
    subject="Re: Haltbarkeit Gewürze 171-3374025-8819906",
    date=(2026, 12, 1, 9, 40),
    text="""Moin Frau Stöckl,

das Mindesthaltbarkeitsdatum steht auf dem Boden jedes Glases, bei Ihrem Set aus Bestellung 171-3374025-8819906 ist es der 09/2028. Am besten lagern Sie die Gewürze dunkel und nicht direkt über dem Herd, dann bleibt das Aroma am längsten erhalten.

Die Mischung "Ostseefisch" enthält Senfsaat, alle anderen Gläser sind frei von den 14 Hauptallergenen.

Viele Grüße aus Kiel
Frauke Petersen
Gewürzkammer Ostsee

Amazon-Käufer, 30.11.2026 um 16:12:
> Wie lange sind die Gewürze haltbar und ist in irgendeiner Mischung Senf drin? Mein Sohn ist allergisch.
""",
    expect="legit", rules=[], classes=["product_question"],
    note="Answers shelf life and allergen questions about the ordered set; no marketing.")

# ---------------------------------------------------------------- 27 V
add(shop=("Bürobedarf Krämer", "auftrag@buero-kraemer.de"), client="outlook", kind="reply",
    subject="AW: Falsche Farbe geliefert - 302-8847120-4401679",
    date=(2026, 12, 2, 15, 55),
    text="""Sehr geehrte Frau Dr. Hoffmann,

Sie haben völlig recht, statt der Ordner in Blau haben wir Ihnen Grün geschickt. Bitte entschuldigen Sie das Versehen.

Die blauen Ordner (10 Stück, A4, 8 cm Rücken) gehen heute noch als Ersatzlieferung an Sie raus; die grünen dürfen Sie behalten. Als kleine Wiedergutmachung haben wir Ihnen einen Gutschein-Code hinterlegt: KRAEMER-SORRY10 – damit sparen Sie 10 € ab 50 € Einkaufswert bei Ihrer nächsten Bestellung aus unserem Sortiment, das wir gerade um Schreibtisch-Organizer aus Bambus erweitert haben.

Mit freundlichen Grüßen

i. A. Stefan Krämer
Bürobedarf Krämer e.K.

Bestellnummer: 302-8847120-4401679

-----Ursprüngliche Nachricht-----
Von: Amazon-Käufer
Gesendet: Mittwoch, 2. Dezember 2026 08:12
Betreff: Falsche Farbe geliefert - 302-8847120-4401679

Bestellt hatte ich blaue Ordner, gekommen sind grüne. Bitte um Ersatz.
""",
    expect="violation", rules=["purpose.marketing"], classes=["coupon_as_compensation", "new_product_line", "wrong_item"],
    note="Sends the correct replacement but adds a discount code for the next purchase as compensation and mentions a new product range, which is promotion.")

# ---------------------------------------------------------------- 28 L
add(shop=("Bürobedarf Krämer", "auftrag@buero-kraemer.de"), client="outlook", kind="reply",
    subject="AW: Mengenrabatt? 302-6630194-5528817",
    date=(2026, 12, 3, 10, 2),
    text="""Sehr geehrter Herr Wendt,

vielen Dank für Ihre Anfrage zu Ihrer Bestellung 302-6630194-5528817.

Einen zusätzlichen Mengenrabatt können wir über diesen Weg leider nicht gewähren. Sollten für den Artikel Staffelpreise oder Business-Preise gelten, werden diese Ihnen direkt auf der Amazon-Produktseite bzw. in Ihrem Amazon-Business-Konto angezeigt.

Die Lieferung der 40 Hängeregister ist für Freitag angekündigt.

Mit freundlichen Grüßen
i. A. Stefan Krämer
Bürobedarf Krämer e.K.

-----Ursprüngliche Nachricht-----
Von: Amazon-Käufer
Gesendet: Dienstag, 1. Dezember 2026 17:30
Betreff: Mengenrabatt? 302-6630194-5528817

Wir bestellen regelmäßig für unsere Kanzlei. Gibt es bei Ihnen Mengenrabatt, wenn wir direkt bei Ihnen bestellen?
""",
    expect="legit", rules=[], classes=["discount_refused"],
    note="Refuses a bulk discount and direct ordering, points only to Amazon's own pricing and confirms the expected delivery day in answer to the buyer.")

# ---------------------------------------------------------------- 29 V
add(shop=("Glasbläserei Waldmühle", "service@glas-waldmuehle.de"), client="zendesk", kind="proactive",
    subject="Bestellung 305-1187402-6693210 – ein kleines Dankeschön",
    date=(2026, 12, 4, 11, 25),
    html=True,
    text="""Liebe Frau Schreiber,

Ihre mundgeblasenen Christbaumkugeln (Bestellung 305-1187402-6693210) sind hoffentlich heil angekommen und hängen schon am Baum.

Wir würden uns sehr über eine Rezension freuen! Wenn Sie uns anschließend kurz auf diese Nachricht antworten, legen wir Ihnen als kleines Dankeschön eine handbemalte Glasschneeflocke bei Ihrer nächsten Bestellung dazu.

Frohe Adventszeit
Ihre Glasbläserei Waldmühle
""",
    expect="violation", rules=["review.incentive"], classes=["thank_you_gift", "review_request"],
    note="Review request that promises a hand-painted glass ornament with the next order to buyers who confirm they reviewed, an incentive for a review.")

# ---------------------------------------------------------------- 30 L
add(shop=("Glasbläserei Waldmühle", "service@glas-waldmuehle.de"), client="zendesk", kind="reply",
    subject="Re: Kugel zerbrochen - 305-4420917-8836105",
    date=(2026, 12, 5, 14, 37),
    html=True,
    text="""Liebe Frau Brenner,

wie schade, dass eine der Kugeln zerbrochen angekommen ist – gerade bei Glas ärgert uns das besonders.

Wir haben Ihnen für die zerbrochene Kugel (Motiv "Winterwald", 8 cm) aus Bestellung 305-4420917-8836105 soeben 9,50 € über Amazon erstattet. Die Scherben müssen Sie nicht zurückschicken.

Mit adventlichen Grüßen
Marlene Kühn
Glasbläserei Waldmühle

Am 04.12.2026 um 19:02 schrieb Amazon-Käufer:
> Eine Kugel von sechs war kaputt, die anderen sind wunderschön.
""",
    expect="legit", rules=[], classes=["refund_via_amazon", "damaged_in_transit"],
    note="Partial refund through Amazon for one broken ornament without return; nothing else.")


def to_html(text):
    import html as h
    lines = text.split("\n")
    body, quote = [], []
    inq = False
    for ln in lines:
        if not inq and (ln.startswith("Am ") and "schrieb" in ln or ln.startswith("Amazon-Käufer,")):
            inq = True
            body.append("<div>" + h.escape(ln) + "</div>")
            continue
        if inq:
            quote.append(h.escape(ln[2:] if ln.startswith("> ") else ln))
        else:
            body.append(h.escape(ln) + "<br>")
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"></head>',
           '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">']
    out.append("<div>" + "\n".join(body) + "</div>")
    if quote:
        out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                   + "<br>\n".join(quote) + "</blockquote>")
    out.append("</body></html>")
    return "\n".join(out)


def main():
    os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
    labels = []
    tz = timezone(timedelta(hours=1))
    for i, m in enumerate(M, 1):
        mid = f"{W}-{i:04d}"
        name, addr = m["shop"]
        msg = EmailMessage()
        msg["From"] = Address(name, addr_spec=addr)
        msg["To"] = f"{alias()}@marketplace.amazon.de"
        msg["Subject"] = m["subject"]
        msg["Date"] = format_datetime(datetime(*m["date"], tzinfo=tz))
        msg["Message-ID"] = make_msgid(idstring=f"{i:04d}", domain=addr.split("@")[1])
        cte = "base64" if i % 3 == 0 else "quoted-printable"
        msg.set_content(m["text"], charset="utf-8", cte=cte)
        if m.get("html"):
            msg.add_alternative(to_html(m["text"]), subtype="html", charset="utf-8", cte="quoted-printable")
        path = os.path.join(OUT, "messages", mid + ".eml")
        with open(path, "wb") as f:
            f.write(msg.as_bytes())
        labels.append({"id": mid, "file": f"messages/{mid}.eml", "lang": "de", "client": m["client"],
                       "kind": m["kind"], "split": "dev", "expect": m["expect"], "rules": m["rules"],
                       "classes": m["classes"], "note": m["note"]})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
