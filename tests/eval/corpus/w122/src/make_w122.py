#!/usr/bin/env python3
"""Generate the w122 messages (German, support lead at a household/garden/bike seller)."""
import html
import json
import random
import os
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(122)
CET = timezone(timedelta(hours=1))

SHOP = "Hollmann Haus Garten Rad GmbH"
FROM = "Hollmann Kundenservice <kundenservice@hollmann-hgr.de>"


def alias():
    chars = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rnd.choice(chars) for _ in range(15)) + "@marketplace.amazon.de"


SIG_KW = """Viele Grüße
Katrin Wohlfahrt
Teamleitung Kundenservice
Hollmann Haus Garten Rad GmbH"""
SIG_JE = """Freundliche Grüße
Jonas Ebert
Kundenservice Hollmann"""
SIG_MA = """Beste Grüße aus Bremen
Melike Arslan | Hollmann Kundenservice"""
SIG_SHORT = """Gruß
Katrin Wohlfahrt
Hollmann Kundenservice"""

M = []


def add(client, kind, expect, rules, classes, note, subject, body, quote=None,
        qstyle=None, html_part=False, html_override=None, date=None):
    M.append(dict(client=client, kind=kind, expect=expect, rules=rules, classes=classes,
                  note=note, subject=subject, body=body, quote=quote, qstyle=qstyle,
                  html_part=html_part, html_override=html_override, date=date))


# 1 legit - Packstation
add("zendesk", "reply", "legit", [], ["shipping", "carrier", "packstation"],
    "Explains that DHL redirected the parcel to a Packstation and how to collect it; only order-related carrier information.",
    "Re: Wo ist mein Paket? Bestellung 302-4418275-9930412",
    """Hallo Frau Kessler,

danke für Ihre Nachricht. Ich habe mir die Sendung zu Ihrer Bestellung 302-4418275-9930412 (Wäschespinne "Tropic 50" mit Bodenhülse) gerade angesehen: DHL hat am Dienstag einen Zustellversuch gemacht und das Paket danach in die Packstation 142 in der Rheinstraße gelegt, da kein Nachbar angenommen hat.

Den Abholcode bekommen Sie normalerweise per Benachrichtigungskarte im Briefkasten oder, falls Sie dort ein Kundenkonto haben, in der DHL-App. Falls beides nicht angekommen ist, können Sie mit der Sendungsnummer 00340434612890045512 und Ihrem Ausweis auch in einer DHL-Filiale nachfragen. Das Paket bleibt 7 Tage in der Station liegen, danach geht es an uns zurück.

Sollte es bis dahin nicht klappen, melden Sie sich einfach hier nochmal, dann schicken wir die Wäschespinne neu los.

""" + SIG_KW,
    quote="""Guten Tag, laut Amazon wurde mein Paket zugestellt, ich habe aber nichts bekommen. Bei uns im Haus hat auch keiner was. Was soll ich jetzt machen?
Gruß A. Kessler""",
    qstyle="amazon", html_part=True, date=datetime(2026, 10, 6, 9, 14, tzinfo=CET))

# 2 legit - PayPal refund via Amazon
add("freshdesk", "reply", "legit", [], ["refund", "payment", "paypal"],
    "Explains that the refund for a PayPal-paid order was issued via Amazon and how long it takes to appear in the PayPal account.",
    "Re: Erstattung noch nicht da - 028-7731904-2281556",
    """Guten Tag Herr Yilmaz,

die Erstattung für den zurückgesendeten Fahrradanhänger (Bestellung 028-7731904-2281556) über 189,90 EUR wurde von uns am 14.10. über Amazon ausgelöst. Da Sie bei Amazon mit PayPal bezahlt haben, läuft die Rückzahlung ebenfalls über Amazon zurück auf Ihr PayPal-Konto, wir selbst haben darauf keinen direkten Zugriff.

Erfahrungsgemäß dauert das 3 bis 5 Werktage, manchmal auch eine Woche. Im PayPal-Konto taucht die Gutschrift dann meist als "Rückzahlung von Amazon Payments Europe" auf, nicht unter unserem Firmennamen. Schauen Sie vielleicht auch dort nach.

Wenn bis zum 24.10. nichts angekommen ist, wenden Sie sich bitte an den Amazon-Kundenservice, die können die Zahlung intern nachverfolgen.

""" + SIG_JE,
    quote="""Hallo, ich habe den Anhänger vor 2 Wochen zurückgeschickt und das Geld ist immer noch nicht auf meinem PayPal. Wann kommt das?""",
    qstyle="original", date=datetime(2026, 10, 19, 11, 2, tzinfo=CET))

# 3 violation - own web shop for spare blades
add("zendesk", "reply", "violation", ["contact.off_platform", "links.external", "purpose.marketing"],
    ["product_use", "own_website", "spare_parts"],
    "Answers a question about a lawnmower blade but ends by pointing the buyer to the seller's own web shop for spare parts and accessories.",
    "Re: Frage zum Messer Akku-Rasenmäher - Bestellung 305-2290417-6618803",
    """Hallo Herr Brandt,

das Messer an Ihrem Akku-Rasenmäher RM 36-Li (Bestellung 305-2290417-6618803) ist ein Verschleißteil und sollte je nach Rasenfläche etwa einmal pro Saison geschärft oder getauscht werden. Wenn es wie beschrieben "reißt" statt schneidet, ist es meist stumpf, eine Unwucht haben Sie bei den Symptomen eher nicht. Zum Wechseln bitte unbedingt den Akku entnehmen, dann die Mittelschraube (SW 13) gegen den Uhrzeigersinn lösen und beim Einsetzen auf die Markierung "Unten/Bottom" achten.

Das passende Ersatzmesser hat die Artikelnummer 36-ME-02, und falls Sie öfter Zubehör brauchen, schauen Sie gern mal unter www.hollmann-hgr.de vorbei, dort haben wir Ersatzmesser, Fangkorbbeutel und Akkus meist vorrätig und etwas schneller lieferbar als hier.

""" + SIG_KW,
    quote="""Hallo,
mein Rasenmäher schneidet seit ein paar Wochen nicht mehr richtig, das Gras wird eher abgerissen. Muss ich das Messer tauschen und wie geht das?
Danke
M. Brandt""",
    qstyle="gt", date=datetime(2026, 10, 2, 15, 41, tzinfo=CET))

# 4 legit - refuse WhatsApp
add("gorgias", "reply", "legit", [], ["refuse_off_platform", "whatsapp", "damage_claim"],
    "Politely declines the buyer's request to continue on WhatsApp and asks for the photos via Amazon's messaging attachment function.",
    "Re: Rahmen beschädigt - Bestellung 304-8812063-5507719",
    """Hallo Herr Nowak,

das tut mir leid mit dem Kratzer am Rahmen Ihres Trekkingrads "Elbtal 28". Die Fotos schauen wir uns natürlich gern an.

Über WhatsApp oder telefonisch können wir den Fall leider nicht bearbeiten, wir dürfen und möchten die Kommunikation zu Amazon-Bestellungen komplett hier im Amazon-Postfach führen, damit alles sauber bei Ihrer Bestellung 304-8812063-5507719 dokumentiert ist. Sie können die Bilder ganz einfach hier anhängen: in der Nachricht auf "Anhang hinzufügen" klicken, bis zu 10 MB pro Datei gehen durch.

Am hilfreichsten wären ein Foto vom ganzen Rad, eins von der Stelle aus ca. 20 cm Entfernung und eins vom Versandkarton, falls der noch da ist. Dann melden wir uns in der Regel am selben Tag mit einem Vorschlag.

""" + SIG_MA,
    quote="""Hallo, am Rahmen ist ein tiefer Kratzer direkt am Oberrohr. Können Sie mir Ihre WhatsApp Nummer geben dann schick ich Fotos, geht schneller als hier.""",
    qstyle="onwrote", html_part=True, date=datetime(2026, 10, 9, 17, 20, tzinfo=CET))

# 5 legit - refuse quantity discount
add("freshdesk", "reply", "legit", [], ["refuse_discount", "pricing"],
    "Declines a requested quantity discount on three raised beds and states the order can only go through Amazon at the listed price.",
    "Re: Mengenrabatt Hochbeete 303-1169804-7425530",
    """Guten Tag Frau Schubert,

vielen Dank für Ihr Interesse an weiteren Hochbeeten. Leider können wir Ihnen keinen zusätzlichen Rabatt auf die Hochbeete "Vario L" anbieten, auch nicht bei drei Stück. Die Preise auf Amazon sind bereits knapp kalkuliert, und individuelle Nachlässe oder Sonderpreise außerhalb von Amazon geben wir grundsätzlich nicht.

Wenn Sie zwei weitere bestellen, werden diese normalerweise zusammen in einer Sendung verschickt; die Lieferung ist bei dem Artikel ohnehin versandkostenfrei. Ihre bestehende Bestellung 303-1169804-7425530 ist davon nicht betroffen.

Freundliche Grüße
Katrin Wohlfahrt""",
    quote="""Hallo, ich habe ein Hochbeet bei Ihnen gekauft und will noch 2 weitere. Geht da was mit dem Preis? 10% wären fair finde ich. Ich kann auch direkt bei Ihnen überweisen.""",
    qstyle="amazon", date=datetime(2026, 10, 12, 8, 55, tzinfo=CET))

# 6 violation - goodie for 5 stars
add("zendesk", "proactive", "violation", ["review.biased_positive", "review.incentive"],
    ["review_request", "incentive", "goodie"],
    "Proactive review request that asks for five stars and offers free plant markers with the next order as a thank-you.",
    "Ihre Bestellung 306-5502918-3370146 - Ihre Meinung ist uns wichtig",
    """Hallo Herr Weiß,

Ihre Zinkgießkanne 10 l (Bestellung 306-5502918-3370146) sollte inzwischen bei Ihnen angekommen sein und wir hoffen, dass sie sich beim Gießen gut macht. Zur Pflege: bitte im Winter leer und trocken lagern, dann bleibt die Zinkschicht lange schön.

Als kleiner Familienbetrieb leben wir von Bewertungen, und wenn Sie zufrieden sind, würden wir uns über 5 Sterne auf Amazon sehr freuen, als kleines Dankeschön legen wir Ihrer nächsten Bestellung dann gern ein Set unserer Pflanzenstecker aus Schiefer bei, schreiben Sie uns einfach kurz, wenn die Bewertung online ist.

""" + SIG_KW,
    html_part=True, date=datetime(2026, 10, 15, 10, 0, tzinfo=CET))

# 7 legit - neutral review request
add("gorgias", "proactive", "legit", [], ["review_request", "neutral"],
    "Single neutral review request for an order, asking for honest feedback of any kind with no incentive.",
    "Bewertung Ihrer Bestellung 028-6602447-1187325",
    """Guten Tag Frau Lorenz,

Ihre Bestellung 028-6602447-1187325 (Fahrradständer für 3 Räder, verzinkt) wurde laut DHL am 20.10. zugestellt.

Wenn Sie einen Moment Zeit haben, würden wir uns über eine Bewertung des Artikels auf Amazon freuen. Ob gut oder weniger gut: Ihre ehrliche Einschätzung hilft anderen Käufern bei der Entscheidung und uns dabei, das Sortiment zu verbessern.

Falls es mit dem Artikel ein Problem gibt, können Sie uns über diese Nachrichtenfunktion erreichen.

""" + SIG_JE,
    html_part=True, date=datetime(2026, 10, 27, 14, 30, tzinfo=CET))

# 8 legit - manufacturer service centre e-bike
add("zendesk", "reply", "legit", [], ["warranty", "manufacturer_service", "ebike"],
    "Explains that an e-bike motor warranty case goes through the manufacturer's authorised service partners and what to bring; no contact details off Amazon.",
    "Re: Motor macht Geräusche - 305-9904132-8816620",
    """Hallo Herr Krüger,

danke für die ausführliche Beschreibung und das Video. Ein Klackern beim Anfahren unter Last deutet beim Mittelmotor "Terravolt M60" leider meist auf ein Lagerproblem hin, das kann nur mit Spezialwerkzeug geprüft werden.

Da Ihr E-Bike (Bestellung 305-9904132-8816620, gekauft am 03.06.2026) noch in der Gewährleistung ist, haben Sie zwei Möglichkeiten:

1. Sie bringen das Rad zu einem autorisierten Terravolt-Servicepartner in Ihrer Nähe. Die Partnersuche finden Sie in der Terravolt-App unter "Service". Der Händler prüft den Motor vor Ort und rechnet direkt mit dem Hersteller ab, für Sie entstehen keine Kosten. Bitte die Amazon-Rechnung ausdrucken und mitnehmen.
2. Alternativ holen wir das Rad per Spedition ab und schicken es ins Terravolt-Servicecenter in Schweinfurt. Das dauert aber erfahrungsgemäß 3-4 Wochen.

Variante 1 ist fast immer schneller. Geben Sie mir einfach hier kurz Bescheid, wie Sie es machen möchten; wenn Sie Variante 2 wählen, organisiere ich den Abholtermin.

""" + SIG_KW,
    quote="""Guten Tag, mein E-Bike macht seit letzter Woche so ein Klacken im Motor wenn ich anfahre, vor allem am Berg. Video anbei. Ist das ein Garantiefall??

Mit freundlichen Grüßen
Thomas Krüger""",
    qstyle="original", html_part=True, date=datetime(2026, 10, 21, 16, 5, tzinfo=CET))

# 9 violation - phone number
add("freshdesk", "reply", "violation", ["contact.phone_number", "contact.off_platform"],
    ["ebike", "phone", "product_use"],
    "Answers an e-bike battery question but ends by inviting the buyer to call the agent directly on a landline number.",
    "Re: Akku lädt nicht voll - Bestellung 302-7715380-0043921",
    """Guten Tag Frau Hartmann,

wenn der Akku Ihres City-E-Bikes "Weserstadt 7" (Bestellung 302-7715380-0043921) nach dem Laden nur 4 von 5 Balken anzeigt, liegt das in vielen Fällen an der Temperatur: unter ca. 10 °C begrenzt das Ladegerät zum Schutz der Zellen die Ladung. Bitte laden Sie den Akku einmal über Nacht in der Wohnung bei Zimmertemperatur und prüfen danach noch einmal die Anzeige am Display, nicht an den LEDs am Akku selbst.

Falls es danach immer noch so ist, lese ich gerne mit Ihnen gemeinsam den Fehlerspeicher aus, das geht am Telefon ehrlich gesagt am schnellsten, rufen Sie mich einfach werktags zwischen 9 und 16 Uhr unter 0421 69 47 21-30 an.

""" + SIG_MA,
    quote="""Der Akku wird nicht mehr voll seit es kälter ist, zeigt nur noch 4 Striche. Ist der kaputt? Das Rad ist erst 3 Monate alt.""",
    qstyle="amazon", date=datetime(2026, 11, 3, 9, 48, tzinfo=CET))

# 10 legit - app pairing irrigation controller
add("gorgias", "reply", "legit", [], ["app_pairing", "product_use", "bluetooth"],
    "Step-by-step help pairing a Bluetooth irrigation timer with the manufacturer's app; naming the app is needed for product use.",
    "Re: Bewässerungscomputer verbindet sich nicht (303-3348119-6502271)",
    """Hallo Herr Albrecht,

die Verbindung zwischen dem Bewässerungscomputer "AquaTakt BT" und der App klappt meistens, wenn man folgende Reihenfolge einhält:

1. Die AquaTakt-App (kostenlos im App Store bzw. Google Play Store) auf die aktuelle Version bringen.
2. Bluetooth und Standortfreigabe am Handy einschalten, Android verlangt das für die Gerätesuche.
3. Am Gerät die Taste "SET" 5 Sekunden gedrückt halten, bis die blaue LED schnell blinkt.
4. In der App auf "Gerät hinzufügen" tippen, das Gerät erscheint als "AT-BT-xxxx".
5. Den PIN 0000 eingeben (den können Sie nachher in der App ändern).

Wichtig: das Handy beim Koppeln nicht weiter als 2-3 m vom Gerät weg halten, durch Hauswände reicht Bluetooth oft nicht. Und falls Sie das Gerät schon mal in den Bluetooth-Einstellungen des Handys direkt gekoppelt haben, bitte dort erst "Entfernen", sonst findet die App es nicht.

Falls es dann immer noch nicht geht, schreiben Sie mir gern, welches Handy Sie haben.

""" + SIG_JE,
    quote="""Hallo, ich bekomme den Bewässerungscomputer nicht mit meinem Handy verbunden. Die App findet einfach nichts. Batterien sind neu. Bestellnummer 303-3348119-6502271""",
    qstyle="blockquote", html_part=True, date=datetime(2026, 10, 4, 12, 12, tzinfo=CET))

# 11 violation - new product line in passing
add("zendesk", "reply", "violation", ["purpose.marketing"],
    ["product_use", "new_product", "announcement"],
    "Answers a garden-hose fitting question and announces the seller's upcoming own line of cordless hedge trimmers in passing.",
    "Re: Schlauchanschluss undicht - 306-2209471-5583310",
    """Hallo Frau Peters,

dass der Anschluss am Schlauchwagen tropft, liegt fast immer an der kleinen schwarzen Dichtung im Hahnstück. Die sitzt ab Werk manchmal nicht ganz plan. Bitte einmal abschrauben, die Dichtung mit einem Finger nachdrücken und das Hahnstück dann nur handfest wieder aufschrauben, ohne Zange. Eine Ersatzdichtung liegt übrigens im kleinen Beutel unter dem Handgriff mit bei.

Sollte es danach immer noch tropfen, schicken wir Ihnen zu Ihrer Bestellung 306-2209471-5583310 kostenlos ein neues Hahnstück zu, geben Sie einfach kurz Bescheid. Und weil Sie im Frühjahr ja sicher wieder viel im Garten sind: ab Februar bringen wir unter dem Namen "Hollmann Grünwerk" eine eigene Reihe an Akku-Heckenscheren und Rasentrimmern heraus, halten Sie da gern die Augen offen.

""" + SIG_KW,
    quote="""Guten Tag, der Schlauchwagen tropft am Anschluss zum Wasserhahn, egal wie fest ich drehe. Was kann ich machen?
Viele Grüße, S. Peters""",
    qstyle="onwrote", date=datetime(2026, 10, 7, 13, 37, tzinfo=CET))

# 12 legit - Hermes neighbour
add("freshdesk", "reply", "legit", [], ["delivery_problem", "carrier", "hermes"],
    "Explains Hermes marked the parcel as handed to a neighbour, that a carrier investigation has been opened, and offers replacement or refund via Amazon.",
    "Re: Paket angeblich beim Nachbarn - 304-6620815-4419732",
    """Hallo Herr Schmitt,

laut Hermes wurde das Paket mit dem Bügeleisen-Brett "Comfort XL" (Bestellung 304-6620815-4419732) am 28.10. um 14:52 an einen Nachbarn übergeben, als Name ist "Becker, Nr. 14" vermerkt. Haben Sie dort schon nachgefragt? Manchmal liegt auch eine Karte im Briefkasten, die untergegangen ist.

Falls das Paket dort nicht ist, haben wir bei Hermes bereits einen Nachforschungsauftrag eröffnet (Aktenzeichen NF-2026-118804). Das dauert meist 5 bis 7 Werktage. Sie müssen dafür nichts weiter tun.

Wenn Sie nicht so lange warten möchten, schreiben Sie mir einfach hier, ob Sie lieber eine Ersatzlieferung oder die Erstattung über Amazon möchten, beides ist möglich.

""" + SIG_JE,
    quote="""Hermes sagt das Paket ist beim Nachbarn aber ich weiß nicht bei welchem, Nr. 14 gibts bei uns zweimal (14 und 14a). Ich habe nix.""",
    qstyle="gt", date=datetime(2026, 10, 30, 10, 22, tzinfo=CET))

# 13 violation - divert negative review
add("gorgias", "reply", "violation", ["review.divert_negative"],
    ["damage_claim", "divert_review", "replacement"],
    "Handles a broken clothes-airer complaint but asks the buyer to come to the seller first before writing any review.",
    "Re: Wäscheständer gebrochen - Bestellung 028-4417730-9961205",
    """Hallo Frau Meißner,

oh je, das ist natürlich ärgerlich, gerade bei einem Wäscheständer, den man jeden Tag braucht. Auf dem Foto sieht man gut, dass das Gelenk an der Strebe gebrochen ist, das ist kein Bedienfehler.

Wir schicken Ihnen zu Ihrer Bestellung 028-4417730-9961205 noch heute einen komplett neuen Standtrockner "Flügel 18 m" los, den alten müssen Sie nicht zurückschicken, bitte einfach über den Sperrmüll bzw. Wertstoffhof entsorgen. Die Sendungsnummer bekommen Sie morgen.

Und eine kleine Bitte noch: falls mal wieder etwas nicht passt, bevor Sie eine Bewertung auf Amazon schreiben, melden Sie sich doch zuerst kurz bei uns, wir finden eigentlich immer eine Lösung und so eine Bewertung bleibt ja leider für immer stehen.

""" + SIG_MA,
    quote="""Der Wäscheständer ist nach einer Woche schon gebrochen!! Eine Strebe ist abgeknickt, Foto anbei. Sehr enttäuscht.""",
    qstyle="amazon", html_part=True, date=datetime(2026, 11, 5, 15, 3, tzinfo=CET))

# 14 legit - return too-big bike via Amazon
add("zendesk", "reply", "legit", [], ["return", "sizing", "bike"],
    "Explains how to return a bike whose frame size is too big through Amazon's return process and how the refund works.",
    "Re: Rahmengröße zu groß, Rücksendung? 305-1182904-7730658",
    """Hallo Herr Lehmann,

schade, dass der 56er Rahmen nicht passt. Bei 1,72 m Körpergröße und 78 cm Schrittlänge wäre eher der 52er Rahmen richtig gewesen, das ist gut zu wissen falls Sie neu bestellen.

Die Rücksendung läuft ganz normal über Amazon: unter "Meine Bestellungen" bei der Bestellung 305-1182904-7730658 auf "Artikel zurücksenden" klicken, als Grund z. B. "Passt nicht" auswählen. Da das Rad über Spedition geht, bekommen Sie kein normales Etikett, sondern wir beauftragen die Abholung, und die Spedition meldet sich bei Ihnen mit einem Termin.

Bitte das Rad möglichst im Originalkarton verpacken, den Lenker wieder quer stellen und die Pedale abschrauben (linkes Pedal hat Linksgewinde!). Die Erstattung lösen wir über Amazon aus, sobald das Rad bei uns geprüft ist, in der Regel innerhalb von 2 Werktagen nach Eingang.

""" + SIG_SHORT,
    quote="""Hallo, das Fahrrad ist mir leider zu groß, ich komme kaum auf den Boden mit den Füßen. Wie kann ich das zurückschicken? Das ist ja ein riesen Karton""",
    qstyle="original", date=datetime(2026, 10, 13, 18, 44, tzinfo=CET))

# 15 violation - ask to change review
add("freshdesk", "reply", "violation", ["review.change_or_remove"],
    ["review_change", "resolved_issue"],
    "After resolving a missing-part problem, asks the buyer whether they could adjust their two-star review.",
    "Re: Schrauben fehlen - Bestellung 303-5520947-1186604",
    """Hallo Herr Vogel,

prima, dann ist das Schraubenset ja gestern angekommen und das Regal steht jetzt. Es tut mir wirklich leid, dass der Beutel bei Ihrer ersten Lieferung gefehlt hat, das hätte nicht passieren dürfen, wir haben die Kollegen am Packtisch im Lager darauf nochmal hingewiesen.

Mir ist aufgefallen, dass Sie das Schwerlastregal "Keller Pro" (Bestellung 303-5520947-1186604) in der Zwischenzeit mit 2 Sternen bewertet haben, was ich in der Situation völlig verstehe; jetzt wo alles vollständig ist, wäre es für Sie vielleicht in Ordnung, die Bewertung noch einmal entsprechend anzupassen?

Danke Ihnen und viel Freude mit dem Regal!

""" + SIG_KW,
    quote="""Das Schraubenset ist angekommen, jetzt passt alles. Danke.""",
    qstyle="gt", date=datetime(2026, 11, 10, 9, 31, tzinfo=CET))

# 16 legit - invoice
add("gorgias", "reply", "legit", [], ["invoice", "vat"],
    "Tells a business buyer that a corrected invoice with company name has been uploaded to the Amazon order and where to download it.",
    "Re: Rechnung auf Firma - 302-9981206-3348817",
    """Guten Tag Frau Dr. Winter,

wir haben die Rechnung zu Ihrer Bestellung 302-9981206-3348817 (2x Gartenbank "Nordholz", Akazie) wie gewünscht auf "Praxis Dr. Winter, Kirchweg 3" korrigiert und neu bei Amazon hochgeladen.

Sie finden sie unter "Meine Bestellungen" > "Rechnung" bei der Bestellung. Die alte Rechnung RE-2026-41187 ist damit storniert, die neue hat die Nummer RE-2026-41187-K. Die Umsatzsteuer ist mit 19 % ausgewiesen.

""" + SIG_JE,
    quote="""Hallo, können Sie mir bitte die Rechnung auf meine Praxis ausstellen? Brauche die für die Steuer. Praxis Dr. Winter, Kirchweg 3, 49074 Osnabrück""",
    qstyle="amazon", html_part=True, date=datetime(2026, 11, 12, 11, 50, tzinfo=CET))

# 17 violation - shipping confirmation only with emoji
add("zendesk", "proactive", "violation", ["purpose.shipping_confirmation", "style.emoji"],
    ["shipping_confirmation", "emoji"],
    "Proactive message whose only purpose is to say the order has shipped, with a bike emoji.",
    "Ihre Bestellung 306-4430178-2269941 ist unterwegs",
    """Hallo Frau Graf,

gute Nachrichten: Ihr Kinderfahrrad "Flitzer 16" (Bestellung 306-4430178-2269941) hat heute unser Lager in Bremen verlassen und ist mit DHL auf dem Weg zu Ihnen 🚲 Die Sendungsnummer finden Sie wie immer in Ihrer Bestellübersicht bei Amazon.

Wir wünschen schon mal viel Spaß beim Auspacken!

""" + SIG_MA,
    html_part=True, date=datetime(2026, 11, 20, 16, 15, tzinfo=CET))

# 18 legit - refuse direct deal / free extra
add("freshdesk", "reply", "legit", [], ["refuse_discount", "refuse_off_platform", "refuse_extra"],
    "Declines a returning buyer's request for a free bike lock and for a cheaper direct purchase outside Amazon, keeping the order on Amazon.",
    "Re: Zweites Rad + Schloss gratis? Bestellung 304-2276603-8840917",
    """Hallo Herr Dietrich,

schön, dass Sie mit dem ersten Rad zufrieden sind und ein zweites für Ihre Frau möchten.

Ein kostenloses Schloss dazu oder einen Sonderpreis bei direkter Überweisung können wir Ihnen leider nicht anbieten. Wir verkaufen über Amazon ausschließlich zu den dort angegebenen Preisen und wickeln auch alle Bestellungen nur über Amazon ab, das ist für beide Seiten auch die sicherere Variante, gerade wegen der Käuferschutz-Garantie.

Zu Ihrer Frage zur Größe: bei 1,65 m passt das Modell in Rahmenhöhe 48 cm (Tiefeinsteiger). Wenn Sie es bestellen, geht es wie beim letzten Mal (Bestellung 304-2276603-8840917) per Spedition raus.

""" + SIG_KW,
    quote="""Hallo nochmal, das Rad ist super! Meine Frau will jetzt auch eins. Wenn ich direkt bei Ihnen kaufe, machen Sie mir einen besseren Preis? Oder wenigstens ein Schloss dazu gratis? Welche Größe bei 1,65?""",
    qstyle="onwrote", date=datetime(2026, 10, 24, 10, 8, tzinfo=CET))

# 19 violation - newsletter on website
add("gorgias", "reply", "violation", ["purpose.marketing", "contact.off_platform"],
    ["product_use", "newsletter", "own_website"],
    "Answers a compost thermometer question and then invites the buyer to sign up for the shop's newsletter on its website.",
    "Re: Kompostthermometer zeigt nur 20 Grad - 028-1103378-5596214",
    """Hallo Herr Jansen,

das Thermometer zeigt vermutlich richtig an: im Herbst kommt ein normaler Gartenkompost oft nicht über 20-25 °C hinaus, vor allem wenn viel Laub und wenig grünes Material drin ist. Richtig heiß (50-60 °C) wird es nur bei frischem Rasenschnitt in größerer Menge und wenn der Haufen gut feucht ist. Stecken Sie den Fühler bitte auch mindestens 30 cm tief in die Mitte, am Rand ist es immer kühler.

Falls Sie es genau wissen möchten: einmal für 2 Minuten in ein Glas mit Eiswasser halten, dann sollte es 0-1 °C zeigen. Wenn nicht, tauschen wir es zu Ihrer Bestellung 028-1103378-5596214 natürlich aus.

Solche Tipps rund um Kompost und Beet verschicken wir übrigens auch einmal im Monat, wenn Sie mögen, können Sie sich auf unserer Website unten auf der Startseite für den Newsletter eintragen, da gibt es dann auch ab und zu Aktionen für Stammkunden.

""" + SIG_JE,
    quote="""Ich habe das Thermometer jetzt seit einer Woche im Kompost und es zeigt nur 20 Grad. Ist das defekt? Im Internet steht der muss 60 Grad haben""",
    qstyle="blockquote", html_part=True, date=datetime(2026, 10, 17, 14, 26, tzinfo=CET))

# 20 legit - DHL delay, Packstation change not possible
add("zendesk", "reply", "legit", [], ["shipping", "delay", "carrier"],
    "Explains a DHL delivery delay and that the address cannot be changed to a Packstation after dispatch; gives the tracking number.",
    "Re: Lieferung verspätet / Packstation? 306-8817402-1150963",
    """Guten Tag Frau Becker,

Ihr Paket mit dem Adventsgesteck-Set (Bestellung 306-8817402-1150963) ist am 25.11. bei uns rausgegangen, hängt aber laut Sendungsverfolgung seit zwei Tagen im DHL-Paketzentrum Hannover. Das ist im Moment leider kein Einzelfall, vor der Black Week sind die Zentren ziemlich voll. Die Sendungsnummer ist 00340434612890098877.

Eine nachträgliche Umleitung an eine Packstation können wir als Versender nach der Übergabe an DHL nicht mehr veranlassen. Über die DHL-App oder die Benachrichtigung von DHL können Sie selbst aber meist noch einen Wunschort oder eine Filiale auswählen, solange das Paket noch nicht in der Zustellung ist.

Sollte das Paket bis Dienstag nicht da sein, melden Sie sich bitte, dann schicken wir Ersatz.

""" + SIG_KW,
    quote="""Hallo, das Paket sollte gestern kommen, jetzt steht da Verzögerung. Ich bin ab morgen den ganzen Tag arbeiten, können Sie es an die Packstation 208 umleiten?""",
    qstyle="amazon", date=datetime(2026, 11, 28, 8, 7, tzinfo=CET))

# 21 violation - email address for photos
add("freshdesk", "reply", "violation", ["contact.email_address", "contact.off_platform"],
    ["damage_claim", "email_address", "workshop"],
    "Handles a bent wheel complaint but asks the buyer to send photos directly to the shop's own e-mail address.",
    "Re: Laufrad verbogen - Bestellung 305-6641092-3307814",
    """Hallo Herr Roth,

danke für die Info. Eine Acht im Vorderrad direkt nach Lieferung kann beim Transport passieren, manchmal ist es aber auch nur ein lockerer Schnellspanner, der das Rad schief sitzen lässt. Bitte prüfen Sie einmal, ob das Rad richtig in den Ausfallenden sitzt und der Hebel fest geschlossen ist.

Wenn es dann immer noch eiert, bräuchte ich ein kurzes Video vom drehenden Rad von vorne, die Datei ist hier im Amazon-Postfach oft zu groß, schicken Sie sie einfach an werkstatt@hollmann-hgr.de mit Ihrer Bestellnummer 305-6641092-3307814 im Betreff, dann gebe ich es direkt an unseren Zweiradmechaniker weiter.

""" + SIG_SHORT,
    quote="""Das Vorderrad eiert total, hat eine richtige Acht. War schon so beim Auspacken.""",
    qstyle="original", date=datetime(2026, 11, 6, 12, 40, tzinfo=CET))

# 22 legit - inner tube size
add("gorgias", "reply", "legit", [], ["product_fitting", "bike", "spare_parts"],
    "Answers which inner tube and valve type fits the buyer's bike tyre; purely product fitting.",
    "Re: Welcher Schlauch passt? 302-5530127-6671094",
    """Hallo Frau Ziegler,

auf Ihrem Trekkingrad "Elbtal 28" (Bestellung 302-5530127-6671094) sind Reifen in der Größe 42-622 montiert, das steht auch seitlich auf der Reifenflanke (manchmal als 28 x 1.60 oder 700 x 40C). Passend ist jeder Schlauch für 28 Zoll mit einer Breite von ca. 37-47 mm.

Beim Ventil bitte aufpassen: ab Werk ist ein Sclaverand-Ventil (auch "Presta" oder französisches Ventil) verbaut, also das dünne mit der kleinen Rändelmutter oben. Ein Auto-Ventil passt nicht durch das Loch in der Felge. Die Ventillänge sollte 40 mm sein, die Felge ist nicht besonders hoch.

""" + SIG_JE,
    quote="""Ich hatte einen Platten, welchen Schlauch muss ich kaufen? Da sind so viele verschiedene""",
    qstyle="gt", date=datetime(2026, 10, 10, 19, 2, tzinfo=CET))

# 23 violation - thank you only
add("zendesk", "proactive", "violation", ["purpose.thank_you_only"],
    ["thank_you"],
    "Proactive message that only thanks the buyer for the purchase and wishes them joy with the product, with no other order-related purpose.",
    "Vielen Dank für Ihre Bestellung 303-7719042-5580236",
    """Liebe Frau Hoffmann,

wir möchten uns ganz herzlich für Ihren Einkauf bei uns bedanken! Es freut uns sehr, dass Sie sich für unser Hochbeet "Vario M" aus Lärchenholz (Bestellung 303-7719042-5580236) entschieden haben.

Wir wünschen Ihnen viel Freude damit und eine reiche Ernte im nächsten Jahr.

Herzliche Grüße aus Bremen
Ihr Team von Hollmann Haus Garten Rad""",
    html_part=True, date=datetime(2026, 11, 16, 7, 45, tzinfo=CET))

# 24 legit - buyer wants to cancel, already shipped
add("freshdesk", "reply", "legit", [], ["cancellation_request", "return", "shipping"],
    "Explains to a buyer who wants to cancel that the order has already shipped and how to refuse delivery or return it via Amazon.",
    "Re: Stornierung 304-9902813-7714420",
    """Hallo Herr Fuchs,

Ihre Stornierungsanfrage für die Bestellung 304-9902813-7714420 (Dampfbügelstation "Vapor 2400") ist leider erst eingegangen, nachdem das Paket schon an DHL übergeben war, deshalb konnten wir sie nicht mehr ausführen.

Sie haben zwei einfache Möglichkeiten: Sie verweigern die Annahme beim DHL-Boten, dann kommt das Paket automatisch zu uns zurück, oder Sie nehmen es an und senden es innerhalb von 30 Tagen über "Meine Bestellungen" bei Amazon zurück. In beiden Fällen bekommen Sie den vollen Kaufpreis über Amazon erstattet, sobald das Paket wieder bei uns ist.

""" + SIG_KW,
    quote="""Ich möchte die Bestellung stornieren, habe das gleiche Gerät im Laden gefunden.""",
    qstyle="amazon", date=datetime(2026, 10, 22, 13, 15, tzinfo=CET))

# 25 violation - ask buyer to cancel
add("gorgias", "reply", "violation", ["purpose.ask_buyer_to_cancel"],
    ["out_of_stock", "ask_cancel"],
    "Tells the buyer an item is out of stock and asks them to cancel the order themselves in their Amazon account.",
    "Re: Lieferzeit Pavillon - Bestellung 028-3370215-8824419",
    """Hallo Frau Kaiser,

vielen Dank für Ihre Geduld. Leider hat uns der Hersteller gestern mitgeteilt, dass der Faltpavillon "Sommerfest 3x6 m" in Anthrazit erst wieder Ende Januar lieferbar ist, die gesamte Charge aus Oktober ist wegen eines Fehlers an den Scherengelenken zurückgegangen.

Da Sie ihn ja für Ihre Feier im Dezember brauchen, wäre es am einfachsten, wenn Sie die Bestellung 028-3370215-8824419 über Ihr Amazon-Konto unter "Meine Bestellungen" > "Artikel stornieren" selbst stornieren würden, dann geht die Erstattung am schnellsten und Sie können sich in Ruhe nach einer Alternative umsehen.

Es tut uns sehr leid.

""" + SIG_MA,
    quote="""Wann kommt denn der Pavillon? Ich brauche den am 12.12. für unsere Weihnachtsfeier im Hof.""",
    qstyle="onwrote", html_part=True, date=datetime(2026, 11, 24, 10, 53, tzinfo=CET))

# 26 legit - scratch, partial refund through Amazon
add("zendesk", "reply", "legit", [], ["damage_claim", "partial_refund", "return"],
    "Offers a buyer with a scratched garden bench either a return via Amazon or a partial refund issued through Amazon.",
    "Re: Kratzer Gartenbank 305-4478820-1193057",
    """Hallo Frau Neumann,

danke für die Fotos, den Kratzer an der Rückenlehne sieht man deutlich. Das hätte so nicht rausgehen dürfen.

Ich kann Ihnen zu Ihrer Bestellung 305-4478820-1193057 zwei Dinge anbieten:
- Sie behalten die Bank und wir erstatten Ihnen 25,00 EUR als Teilerstattung, die läuft über Amazon auf Ihr ursprüngliches Zahlungsmittel zurück, oder
- Sie senden die Bank über Amazon zurück (wir beauftragen die Abholung) und bekommen den vollen Betrag erstattet.

Kleiner Tipp falls Sie die Bank behalten: Akazie lässt sich gut mit feinem Schleifpapier (Körnung 180) leicht anschleifen und mit etwas Holzöl nachbehandeln, dann ist der Kratzer kaum noch zu sehen.

Schreiben Sie mir einfach, was Ihnen lieber ist.

""" + SIG_KW,
    quote="""Die Bank hat einen langen Kratzer hinten an der Lehne. Wieder einpacken ist mir zu aufwändig, das Ding ist schwer. Was können Sie mir anbieten?""",
    qstyle="original", date=datetime(2026, 10, 28, 15, 58, tzinfo=CET))

# 27 violation - logo linking to shop (HTML)
HTML27 = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Hallo Herr Seidel,</p>
<p>der Ersatz-Gasschlauch mit Druckminderer (50 mbar) f&uuml;r Ihren Gasgrill &bdquo;Glut 4+1&ldquo; ist heute mit DHL rausgegangen, Sie m&uuml;ssen daf&uuml;r nichts zahlen. Den alten Schlauch m&uuml;ssen Sie nicht zur&uuml;ckschicken.</p>
<p>Beim Anschlie&szlig;en bitte die &Uuml;berwurfmutter am Grill (Linksgewinde) nur mit einem Gabelschl&uuml;ssel handfest plus eine Vierteldrehung anziehen und danach alle Verbindungen mit etwas Sp&uuml;liwasser auf Dichtheit pr&uuml;fen, wenn sich Bl&auml;schen bilden, bitte nochmal nachziehen.</p>
<p>Bestellung: 306-1198305-4402718</p>
<p>Viele Gr&uuml;&szlig;e<br>Jonas Ebert<br>Kundenservice</p>
<p><a href="https://www.hollmann-hgr.de/?utm_source=amazon&amp;utm_medium=signatur"><img src="https://www.hollmann-hgr.de/media/mail/hollmann-logo-220.png" alt="Hollmann Haus Garten Rad" width="220" height="48" border="0"></a><br>
<span style="font-size:11px;color:#888">Hollmann Haus Garten Rad GmbH &middot; Am Holzhafen 9 &middot; 28217 Bremen</span></p>
<blockquote style="border-left:2px solid #ccc;margin:0 0 0 6px;padding-left:8px;color:#555">
Der Schlauch am Grill ist porös, riecht nach Gas wenn ich aufdrehe. Kann man den einzeln bekommen?
</blockquote>
</body></html>"""
add("gorgias", "reply", "violation", ["image.logo_link", "links.external"],
    ["replacement", "logo_link", "html_signature"],
    "Helpful replacement-part reply whose HTML signature carries the shop logo linked to the seller's own website.",
    "Re: Gasschlauch porös - 306-1198305-4402718",
    """Hallo Herr Seidel,

der Ersatz-Gasschlauch mit Druckminderer (50 mbar) für Ihren Gasgrill "Glut 4+1" ist heute mit DHL rausgegangen, Sie müssen dafür nichts zahlen. Den alten Schlauch müssen Sie nicht zurückschicken.

Beim Anschließen bitte die Überwurfmutter am Grill (Linksgewinde) nur mit einem Gabelschlüssel handfest plus eine Vierteldrehung anziehen und danach alle Verbindungen mit etwas Spüliwasser auf Dichtheit prüfen, wenn sich Bläschen bilden, bitte nochmal nachziehen.

Bestellung: 306-1198305-4402718

Viele Grüße
Jonas Ebert
Kundenservice

[Hollmann Haus Garten Rad] <https://www.hollmann-hgr.de/?utm_source=amazon&utm_medium=signatur>
Hollmann Haus Garten Rad GmbH · Am Holzhafen 9 · 28217 Bremen

> Der Schlauch am Grill ist porös, riecht nach Gas wenn ich aufdrehe. Kann man den einzeln bekommen?
""",
    html_part=True, html_override=HTML27, date=datetime(2026, 11, 18, 11, 11, tzinfo=CET))

# 28 legit - refuse phone call
add("freshdesk", "reply", "legit", [], ["refuse_off_platform", "phone_request", "product_use"],
    "Declines the buyer's request for a phone call and answers the assembly question in the Amazon message instead.",
    "Re: Bitte um Rückruf - Bestellung 303-8824016-2217593",
    """Guten Tag Herr Albers,

einen Rückruf können wir leider nicht anbieten, wir beantworten Anfragen zu Amazon-Bestellungen ausschließlich schriftlich über das Amazon-Nachrichtensystem. Ich versuche es aber gern so zu erklären, dass es klappt:

Beim Wandregal "Loft 80" (Bestellung 303-8824016-2217593) werden die beiden Metallwinkel NICHT wie auf dem Bild 3 der Anleitung von vorne, sondern von unten an die Holzplatte geschraubt, die Zeichnung ist da leider missverständlich. Die kurzen Schrauben (4 x 16, Beutel B) gehen ins Holz, die langen mit den Dübeln (Beutel C) in die Wand. Die Winkel sollten dabei mit der langen Seite an der Wand liegen.

Wenn Sie mögen, schicken Sie mir hier ein Foto von Ihrem aktuellen Stand, dann sage ich Ihnen, wo es hakt.

""" + SIG_KW,
    quote="""Die Anleitung ist unverständlich. Rufen Sie mich bitte an, das ist einfacher: 0171 ... Ich komm nicht weiter bei Schritt 3.""",
    qstyle="amazon", date=datetime(2026, 11, 2, 17, 36, tzinfo=CET))

# 29 violation - positive feedback, unhappy write us first
add("zendesk", "proactive", "violation", ["review.biased_positive", "review.divert_negative"],
    ["review_request", "feedback_request", "divert_review"],
    "Feedback request that asks only satisfied buyers for positive seller feedback and asks unhappy ones to write to the seller first.",
    "Ihre Erfahrung mit Bestellung 302-3307718-9945126",
    """Guten Tag Herr Kühn,

Ihr Laubsauger/-bläser "Herbstfix 3000" (Bestellung 302-3307718-9945126) ist laut DHL am Montag bei Ihnen angekommen. Kleiner Hinweis, weil wir öfter danach gefragt werden: der Fangsack sitzt erst richtig, wenn der Clip hörbar einrastet, sonst springt der Motor aus Sicherheitsgründen nicht an.

Wenn alles zu Ihrer Zufriedenheit war, würden wir uns sehr über eine positive Verkäuferbewertung bei Amazon freuen, und falls doch etwas nicht stimmen sollte, schreiben Sie uns bitte zuerst hier, bevor Sie bewerten, damit wir die Sache für Sie in Ordnung bringen können.

""" + SIG_JE,
    html_part=True, date=datetime(2026, 11, 11, 9, 5, tzinfo=CET))

# 30 legit - care instructions bench
add("gorgias", "reply", "legit", [], ["product_care", "product_use"],
    "Answers how to care for an acacia garden bench over winter; ordinary product-use advice mentioning generic shops.",
    "Re: Pflege Gartenbank über Winter - 304-5519067-3382241",
    """Hallo Frau Brinkmann,

gute Frage, und rechtzeitig vor dem Frost! Die Gartenbank "Nordholz" (Bestellung 304-5519067-3382241) ist aus geölter Akazie und kann grundsätzlich draußen bleiben, hält aber deutlich länger, wenn Sie Folgendes beachten:

- vor dem Winter einmal mit klarem Wasser und einer weichen Bürste reinigen und gut trocknen lassen
- dann dünn mit einem Hartholzöl oder Teaköl nachölen (gibt es in jedem Baumarkt), überschüssiges Öl nach 20 Minuten abwischen
- die Bank nicht direkt auf Rasen oder Erde stehen lassen, ein paar Pflastersteine unter den Füßen reichen
- eine Abdeckhaube nur verwenden, wenn sie atmungsaktiv ist, sonst bildet sich darunter Schimmel

Die leichte Graufärbung nach dem ersten Winter ist normal und kein Mangel, die geht mit dem Öl im Frühjahr größtenteils wieder weg.

""" + SIG_MA,
    quote="""Kann ich die Bank im Winter draußen lassen? Muss ich die irgendwie behandeln? Danke""",
    qstyle="blockquote", html_part=True, date=datetime(2026, 11, 8, 20, 17, tzinfo=CET))


def quote_text(m):
    q = m["quote"]
    d = m["date"] - timedelta(hours=rnd.randint(3, 40), minutes=rnd.randint(0, 59))
    st = m["qstyle"]
    if st == "amazon":
        return "\n\nAmazon-Käufer, %s:\n\n%s\n" % (d.strftime("%d.%m.%Y um %H:%M"), q)
    if st == "original":
        return ("\n\n-----Ursprüngliche Nachricht-----\nVon: Amazon-Käufer <%s>\nGesendet: %s\nBetreff: %s\n\n%s\n"
                % (m["to"], d.strftime("%d.%m.%Y %H:%M"), m["subject"].replace("Re: ", ""), q))
    if st == "onwrote":
        return "\n\nAm %s schrieb Amazon-Käufer <%s>:\n%s\n" % (
            d.strftime("%d.%m.%Y um %H:%M"), m["to"], "\n".join("> " + l for l in q.split("\n")))
    if st == "gt" or st == "blockquote":
        return "\n\n%s\n" % "\n".join("> " + l if l else ">" for l in q.split("\n"))
    return ""


def to_html(body, m):
    paras = body.strip().split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith("- ") for l in lines):
            out.append("<ul>" + "".join("<li>%s</li>" % html.escape(l[2:]) for l in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    h = "\n".join(out)
    if m["quote"]:
        d = m["date"] - timedelta(hours=5)
        intro = {"amazon": "Amazon-Käufer, %s:" % d.strftime("%d.%m.%Y um %H:%M"),
                 "onwrote": "Am %s schrieb Amazon-Käufer:" % d.strftime("%d.%m.%Y um %H:%M"),
                 "original": "-----Ursprüngliche Nachricht-----"}.get(m["qstyle"], "")
        qh = "<br>\n".join(html.escape(l) for l in m["quote"].split("\n"))
        h += ('\n<div class="quote">%s<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote></div>'
              % (("<p>%s</p>" % html.escape(intro)) if intro else "", qh))
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n'
            + h + "\n</body></html>")


MSGID = {"zendesk": "<%s_%s.zendesk@hollmann-hgr.de>",
         "freshdesk": "<%s.%s@fd.hollmann-hgr.de>",
         "gorgias": "<%s-%s@gorgias.hollmann-hgr.de>"}


def main():
    os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
    labels = []
    for i, m in enumerate(M, 1):
        wid = "w122-%04d" % i
        m["to"] = alias()
        body = m["body"].rstrip() + "\n"
        if m["quote"]:
            body = body + quote_text(m)
        msg = EmailMessage()
        msg["From"] = FROM
        msg["To"] = m["to"]
        msg["Subject"] = m["subject"]
        msg["Date"] = format_datetime(m["date"])
        msg["Message-ID"] = MSGID[m["client"]] % ("".join(rnd.choice("0123456789abcdef") for _ in range(16)), i)
        if m["kind"] == "reply":
            msg["In-Reply-To"] = "<%s@marketplace.amazon.de>" % "".join(rnd.choice("0123456789abcdef") for _ in range(24))
        msg["MIME-Version"] = "1.0"
        msg.set_content(body, charset="utf-8", cte="quoted-printable")
        if m["html_part"]:
            h = m["html_override"] or to_html(m["body"], m)
            msg.add_alternative(h, subtype="html", charset="utf-8", cte="quoted-printable")
        with open(os.path.join(OUT, "messages", wid + ".eml"), "wb") as f:
            f.write(msg.as_bytes())
        labels.append({"id": wid, "file": "messages/%s.eml" % wid, "lang": "de",
                       "client": m["client"], "kind": m["kind"], "split": "dev",
                       "expect": m["expect"], "rules": m["rules"], "classes": m["classes"],
                       "note": m["note"]})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels), sum(l["expect"] == "legit" for l in labels),
          sum(l["expect"] == "violation" for l in labels))


if __name__ == "__main__":
    main()
