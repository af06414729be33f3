#!/usr/bin/env python3
"""Generate the w140 messages (German + Italian, soft marketing inside helpful seller mail)."""
import html, json, os, random
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import policy

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rng = random.Random(140140)
def alias():
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))

CEST = timezone(timedelta(hours=2)); CET = timezone(timedelta(hours=1))

M = []
def add(**kw): M.append(kw)

# ---------------------------------------------------------------- German
add(lang="de", client="zendesk", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["cosmetics", "new_product", "brand_store", "soft_sell"],
    note="Answers a skin-sensitivity question about the serum, then promotes the new autumn care range and invites the buyer to the brand store, which is marketing.",
    frm=("Hautwerk Naturkosmetik", "service@hautwerk-naturkosmetik.de"),
    subject="Re: Frage zu Ihrem Produkt: Hyaluron-Serum 30 ml (Bestellung 302-4418275-6620913)",
    date=datetime(2026, 9, 29, 9, 12, tzinfo=CEST),
    body="""Guten Tag Frau Berghoff,

vielen Dank für Ihre Nachricht zu Ihrer Bestellung 302-4418275-6620913.

Unser Hyaluron-Serum ist parfümfrei und wurde dermatologisch an empfindlicher Haut getestet. Sie können es täglich verwenden: morgens und abends 2–3 Tropfen auf die gereinigte, noch leicht feuchte Haut geben, kurz einziehen lassen und danach Ihre gewohnte Creme auftragen. Sollten Rötungen auftreten, pausieren Sie bitte ein paar Tage.

Kleiner Hinweis am Rande: Ab Mitte Oktober erscheint unsere neue Herbst-Pflegeserie mit Sanddorn und Ceramiden, speziell für Haut, die unter trockener Heizungsluft leidet – schauen Sie gern mal in unseren Markenshop hier auf Amazon.

Herzliche Grüße
Miriam Kessler
Kundenservice Hautwerk Naturkosmetik""",
    quote=("plain", "Amazon-Käufer, 28.09.2026 um 19:42:",
           """Hallo, ich habe sehr empfindliche Haut und neige zu Rötungen. Kann ich das Serum trotzdem jeden Tag nehmen? Und kommt es vor oder nach die Creme?
Danke, A. Berghoff"""), html=False)

add(lang="de", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["coffee", "product_use", "names_purchased_product"],
    note="Explains grind size and dosing for the espresso beans the buyer bought, answering their question; no promotion.",
    frm=("Rösterei Falkenbach", "kundenservice@roesterei-falkenbach.de"),
    subject="AW: Mahlgrad für Siebträger – Bestellung 028-7731904-2258316",
    date=datetime(2026, 10, 6, 14, 38, tzinfo=CEST),
    body="""Hallo Herr Yilmaz,

danke für Ihre Frage zum „Falkenbacher Espresso Nr. 4“ (1 kg, ganze Bohne) aus Ihrer Bestellung 028-7731904-2258316.

Für einen Einkreiser-Siebträger empfehlen wir einen feinen Mahlgrad, etwas gröber als Puderzucker. Als Richtwert: 18 g Kaffee im Doppelsieb, ca. 36 g in der Tasse, Durchlaufzeit 25–30 Sekunden. Schmeckt der Espresso sauer, läuft er meist zu schnell durch – dann die Mühle eine Stufe feiner stellen oder die Brühtemperatur etwas erhöhen (92–94 °C).

Die Bohnen entfalten ihr bestes Aroma etwa 7 bis 21 Tage nach dem Röstdatum, das hinten auf der Tüte steht. Nach dem Öffnen bitte luftdicht und nicht im Kühlschrank lagern.

Viele Grüße aus der Rösterei
Jonas Brenner""",
    quote=("plain", """-----Ursprüngliche Nachricht-----
Von: Amazon-Käufer
Gesendet: Dienstag, 6. Oktober 2026 10:15
Betreff: Mahlgrad""",
           """Welchen Mahlgrad nehme ich für meinen Siebträger (Einkreiser)? Der erste Versuch war ziemlich sauer."""), html=True)

add(lang="de", client="gorgias", kind="reply", expect="violation", rules=["purpose.marketing", "contact.off_platform"],
    classes=["pet_food", "subscription", "own_website", "soft_sell"],
    note="Answers an ingredient question about the cat food, then pitches the seller's own refill subscription on its website with 10 % off, which is marketing and moves the buyer off Amazon.",
    frm=("Pfotenkost Manufaktur", "support@pfotenkost-manufaktur.de"),
    subject="Re: Zutaten Trockenfutter Lamm & Reis",
    date=datetime(2026, 10, 3, 8, 51, tzinfo=CEST),
    body="""Hallo Frau Wendt,

gerne beantworten wir Ihre Frage zu Bestellung 305-5590127-8841760.

Unser Trockenfutter „Lamm & Reis Sensitive“ ist frei von Weizen, Soja und Geflügel – auch Geflügelfett oder Hydrolysat ist nicht enthalten. Die Zusammensetzung: Lamm (32 %), Reis, Kartoffel, Rübentrockenschnitzel, Lachsöl, Mineralstoffe. Bei einer tierärztlich festgestellten Allergie sprechen Sie die Umstellung bitte kurz mit Ihrer Tierärztin ab und stellen Sie über 7–10 Tage schrittweise um.

Damit Ihnen das Futter nie ausgeht: Über unser eigenes Nachfüll-Abo auf pfotenkost-manufaktur.de liefern wir alle 4 oder 6 Wochen automatisch und Sie sparen dauerhaft 10 %. Die Anmeldung dauert keine Minute.

Liebe Grüße an Ihre Mieze
Sandra vom Pfotenkost-Team""",
    quote=("prefix", "Am 02.10.2026 um 21:03 schrieb Amazon-Käufer:",
           """Guten Abend, meine Katze verträgt kein Geflügel. Ist in dem Futter irgendwo Huhn drin,
auch als Fett oder Hydrolysat? Danke!"""), html=False)

add(lang="de", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["garden", "accessory_requested", "spare_part"],
    note="The buyer asked for a spare shower head for the garden sprayer; the seller names the matching spare part and its ASIN on Amazon, which answers the question.",
    frm=("Grünwerk Gartenbedarf", "service@gruenwerk-gartenbedarf.de"),
    subject="AW: Ersatz-Kopfplatte für Gartenbrause AquaFlex 7",
    date=datetime(2026, 11, 17, 11, 4, tzinfo=CET),
    body="""Sehr geehrter Herr Obermaier,

vielen Dank für Ihre Anfrage zu Ihrer Bestellung 304-1187650-3390421.

Ja, die Kopfplatte ist einzeln erhältlich: „AquaFlex Ersatz-Brausekopf 7-fach“, bei Amazon unter der ASIN B0CK7R2M4T. Sie passt auf alle AquaFlex 7 ab Baujahr 2023 – die Modellnummer auf der Griffunterseite beginnt dann mit AF7-23. Zum Wechseln den alten Kopf gegen den Uhrzeigersinn abschrauben, den schwarzen Dichtring prüfen und den neuen Kopf handfest aufdrehen.

Damit es nicht wieder passiert: Brause und Schlauch vor dem ersten Frost entleeren und frostfrei lagern.

Mit freundlichen Grüßen
Stefan Albers
Grünwerk Gartenbedarf – Kundenservice""",
    quote=("plain", """Von: Amazon-Käufer
Gesendet: Montag, 16. November 2026 18:27
An: Grünwerk Gartenbedarf
Betreff: Ersatzteil""",
           """Gibt es für die Brause "AquaFlex 7" eine Ersatz-Kopfplatte? Meine ist nach dem Frost gerissen, der Rest ist noch gut.
Gruß Obermaier"""), html=True)

add(lang="de", client="custom", kind="proactive", expect="violation", rules=["purpose.marketing"],
    classes=["cosmetics", "bundle", "vorteilspaket", "product_use"],
    note="Proactive usage tips for the hand cream that end by advertising a discounted 'Vorteilspaket' of other products, which is marketing.",
    frm=("Kräuterhof Naturpflege", "kundenservice@kraeuterhof-naturpflege.de"),
    subject="Anwendungshinweise zu Ihrer Handcreme – Bestellung 306-3374019-5528170",
    date=datetime(2026, 10, 21, 16, 20, tzinfo=CEST),
    body="""Guten Tag,

Ihre Bestellung 306-3374019-5528170 („Kräuterhof Handcreme Ringelblume, 75 ml“) wurde zugestellt. Damit Sie lange Freude daran haben, ein paar Hinweise:

- Eine haselnussgroße Menge reicht für beide Hände.
- Am besten abends nach dem Händewaschen auftragen und gut einmassieren, besonders an den Knöcheln.
- Die Creme enthält keine Konservierungsstoffe; nach dem Öffnen innerhalb von 6 Monaten verbrauchen und nicht über 25 °C lagern.

Gerade jetzt in der kalten Jahreszeit lohnt sich unser Vorteilspaket „Winterhände“: Handcreme Ringelblume, Lippenbalsam Sheabutter und Nagelöl im Set – 15 % günstiger als einzeln gekauft und hübsch verpackt, falls Sie schon an Weihnachtsgeschenke denken. Einfach bei Amazon nach „Kräuterhof Winterhände“ suchen.

Herzliche Grüße
Ihr Kräuterhof-Team""", quote=None, html=False)

add(lang="de", client="helpscout", kind="proactive", expect="legit", rules=[],
    classes=["coffee", "review_request_neutral", "names_purchased_product"],
    note="One neutral review request that names the purchased coffee, offers help with problems and asks for an honest opinion whatever it is.",
    frm=("Kaffeekontor Lüdersen", "info@kaffeekontor-luedersen.de"),
    subject="Ihre Bestellung 303-6620418-1175039 bei Kaffeekontor Lüdersen",
    date=datetime(2026, 10, 14, 10, 2, tzinfo=CEST),
    body="""Guten Tag,

Ihr „Lüdersen Filterkaffee Hochland, gemahlen, 500 g“ aus Bestellung 303-6620418-1175039 sollte inzwischen bei Ihnen angekommen sein.

Falls etwas nicht stimmt – etwa eine beschädigte Verpackung oder ein Mahlgrad, der nicht zu Ihrer Maschine passt – antworten Sie einfach auf diese Nachricht, wir kümmern uns darum.

Wenn Sie mögen, würden wir uns über eine Bewertung des Produkts auf Amazon freuen. Ihre ehrliche Meinung hilft anderen Käufern bei der Auswahl, ganz gleich, wie sie ausfällt.

Mit freundlichen Grüßen
Tanja Lüdersen
Kaffeekontor Lüdersen""", quote=None, html=True)

add(lang="de", client="zendesk", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["garden", "coupon", "seasonal_range", "soft_sell"],
    note="Answers when to plant tulip bulbs, then announces the autumn range and gives the discount code HERBST26 for the next order, which is marketing.",
    frm=("Zwiebelgarten Versand", "kundendienst@zwiebelgarten-versand.de"),
    subject="Re: Wann Tulpenzwiebeln setzen?",
    date=datetime(2026, 9, 24, 13, 45, tzinfo=CEST),
    body="""Hallo Herr Petersen,

danke für Ihre Nachricht zu Bestellung 302-9043317-5528846.

Tulpenzwiebeln setzen Sie am besten von Mitte Oktober bis Ende November, solange der Boden nicht gefroren ist. Pflanztiefe etwa 10–15 cm (Faustregel: zwei- bis dreimal so tief wie die Zwiebel hoch ist), Spitze nach oben, Abstand ca. 10 cm. Einmal kräftig angießen, danach brauchen sie bis zum Frühjahr nichts mehr. In schweren Lehmböden hilft eine Handvoll Sand ins Pflanzloch gegen Staunässe.

Übrigens ist unser komplettes Herbstsortiment jetzt da: Narzissen, Krokusse, Zierlauch und unsere neue Mischung „Frühlingserwachen“. Mit dem Code HERBST26 bekommen Sie 10 % auf Ihre nächste Bestellung bei uns.

Beste Grüße und viel Freude im Garten
Kerstin Hahn
Zwiebelgarten Versand""",
    quote=("plain", "Amazon-Käufer, 23.09.2026 um 20:11:",
           """Hallo, kann ich die Tulpen jetzt schon einpflanzen oder ist das zu früh? wie tief müssen die rein?"""), html=False)

add(lang="de", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["pet_food", "refill_requested", "larger_pack"],
    note="The buyer asked whether the dog food comes in a bigger bag; the seller confirms the 12 kg size on the same Amazon product page.",
    frm=("Hundeglück Futter", "service@hundeglueck-futter.de"),
    subject="Re: Größere Packung? [Bestellung 304-6628015-9937441]",
    date=datetime(2026, 11, 3, 9, 27, tzinfo=CET),
    body="""Hallo Frau Lorenz,

ja, „Hundeglück Adult Rind & Kartoffel“ gibt es neben dem 4-kg-Beutel aus Ihrer Bestellung 304-6628015-9937441 auch im 12-kg-Sack. Sie finden ihn auf derselben Amazon-Produktseite, wenn Sie oben bei „Größe“ auf 12 kg umstellen. Die Rezeptur ist identisch, Sie müssen also nichts umstellen.

Der große Sack hat keinen Zippverschluss – am besten füllen Sie das Futter in eine luftdichte Tonne um, dann bleibt es 6–8 Wochen frisch.

Viele Grüße
Dennis Kowalski
Hundeglück Futter""",
    quote=("prefix", "Am 02.11.2026 um 17:48 schrieb Amazon-Käufer <6bqx0r4m1zkd8tn@marketplace.amazon.de>:",
           """Hallo, unser Labrador liebt das Futter. Gibts das auch in groß? Der 4kg Beutel ist
nach 2 Wochen leer :)"""), html=False)

add(lang="de", client="custom", kind="proactive", expect="violation", rules=["purpose.marketing"],
    classes=["coffee", "newsletter", "product_use"],
    note="Proactive French-press tips for the coffee bought, ending with an invitation to sign up for the newsletter about new roasts and limited editions, which is marketing.",
    frm=("Bohnenwerk Röstmanufaktur", "kontakt@bohnenwerk-roestmanufaktur.de"),
    subject="Zubereitungstipps zu Ihrem Bohnenwerk Kaffee (Bestellung 028-3356190-4470285)",
    date=datetime(2026, 10, 9, 15, 33, tzinfo=CEST),
    body="""Liebe Kundin, lieber Kunde,

Ihre Bestellung 028-3356190-4470285 („Bohnenwerk Guatemala Huehuetenango, 250 g, grob gemahlen für French Press“) ist bei Ihnen angekommen. Hier unsere Empfehlung für die Zubereitung:

1. 60 g Kaffee pro Liter Wasser.
2. Wasser kurz abkühlen lassen, ideal sind 93–95 °C.
3. Aufgießen, einmal umrühren, 4 Minuten ziehen lassen.
4. Stempel langsam herunterdrücken und sofort ausschenken, damit nichts nachzieht.

Wenn Sie als Erste von unseren neuen Röstungen und den limitierten Herbst-Editionen erfahren möchten, tragen wir Sie gern in unseren Newsletter ein – antworten Sie einfach kurz mit „Ja“ auf diese Nachricht.

Herzliche Grüße aus der Rösterei
Ihr Bohnenwerk-Team""", quote=None, html=True)

add(lang="de", client="gorgias", kind="reply", expect="legit", rules=[],
    classes=["cosmetics", "damaged_item", "replacement", "refund_via_amazon"],
    note="Apologises for a leaking pump bottle, offers a free replacement or a refund through Amazon; purely order service.",
    frm=("Lindgrün Cosmetics", "hilfe@lindgruen-cosmetics.de"),
    subject="Re: Duschöl ausgelaufen - Bestellung 306-2287514-9903362",
    date=datetime(2026, 11, 24, 12, 10, tzinfo=CET),
    body="""Hallo Frau Schäfer,

das tut uns leid – ein ausgelaufenes Duschöl im Paket ist wirklich ärgerlich.

Für Ihre Bestellung 306-2287514-9903362 („Lindgrün Duschöl Mandel, 250 ml“) haben wir Ihnen heute kostenlos eine neue Flasche auf den Weg gebracht, diesmal mit zusätzlicher Transportsicherung an der Pumpe. Die beschädigte Flasche müssen Sie nicht zurückschicken.

Falls Sie lieber Ihr Geld zurück möchten, sagen Sie uns kurz Bescheid, dann erstatten wir den Betrag über Amazon.

Viele Grüße
Lea Brandt
Lindgrün Cosmetics Kundenservice""",
    quote=("html_only", "Amazon-Käufer schrieb am 23.11.2026, 21:36:",
           """Guten Abend, das Paket kam heute an und das Duschöl ist komplett ausgelaufen, die Pumpe war wohl nicht richtig zu. Alles klebt. Was nun?"""), html=True)

add(lang="de", client="zendesk", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["pet_food", "bundle", "delivery_status", "soft_sell"],
    note="Gives the delivery status of the cat food, then recommends an unrequested bundle with snacks at 8 % off, which is marketing.",
    frm=("Katzenschmaus Shop", "service@katzenschmaus-shop.de"),
    subject="Re: Wo bleibt meine Lieferung? (304-7719256-0148837)",
    date=datetime(2026, 10, 27, 10, 58, tzinfo=CET),
    body="""Hallo Herr Grünberg,

entschuldigen Sie bitte die Verzögerung. Ihre Sendung zu Bestellung 304-7719256-0148837 liegt laut DHL im Paketzentrum Radefeld und ist für morgen zur Zustellung eingeplant. Durch das hohe Paketaufkommen kommt es dort gerade zu ein bis zwei Tagen Verspätung. Sollte das Paket bis Freitag nicht da sein, melden Sie sich bitte, dann schicken wir Ersatz.

Kleiner Tipp: Viele unserer Kunden bestellen das Nassfutter „Katzenschmaus Pute pur“ zusammen mit unseren Knabberstangen Lachs – im Bundle sparen Sie 8 % gegenüber dem Einzelkauf.

Freundliche Grüße
Jana Weiß
Katzenschmaus Shop""",
    quote=("plain", "Amazon-Käufer, 26.10.2026 um 08:07:",
           """Bestellung sollte laut Amazon am Samstag kommen, bis heute nix. Die Katzen haben bald kein Futter mehr."""), html=False)

add(lang="de", client="custom", kind="proactive", expect="legit", rules=[],
    classes=["garden", "product_instructions", "names_purchased_product"],
    note="Proactive sowing instructions for the lawn seed the buyer ordered; product-use information only, no promotion.",
    frm=("Rasenprofi Saatgut", "info@rasenprofi-saatgut.de"),
    subject="Aussaathinweise zu Ihrer Bestellung 303-4471820-6635197",
    date=datetime(2026, 9, 15, 8, 30, tzinfo=CEST),
    body="""Guten Tag,

Sie haben bei uns „Rasenprofi Nachsaat Schattenrasen, 1 kg“ bestellt (Bestellung 303-4471820-6635197). Da uns zur Herbstaussaat oft Fragen erreichen, hier die wichtigsten Hinweise:

- Aussaat bei Bodentemperaturen über 8 °C, im Herbst also möglichst bis Mitte Oktober.
- Kahle Stellen vorher aufrauen, Moos entfernen.
- 25 g pro m² für Nachsaat, 40 g pro m² bei Neuanlage.
- Samen leicht einharken oder andrücken, nicht tiefer als 0,5 cm.
- Drei Wochen lang gleichmäßig feucht halten, lieber öfter und wenig gießen.
- Erster Schnitt bei 8–10 cm Wuchshöhe, dabei höchstens ein Drittel kürzen.

Bei Fragen zur Aussaat antworten Sie einfach auf diese Nachricht.

Mit freundlichen Grüßen
Rasenprofi Saatgut
Kundenservice""", quote=None, html=False)

add(lang="de", client="outlook", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["cosmetics", "invoice", "seasonal_discount"],
    note="Provides the requested invoice via the Amazon account, then adds a P.S. announcing a 20 % autumn discount on the whole soap range, which is marketing.",
    frm=("Seifenliebe Manufaktur", "buchhaltung@seifenliebe-manufaktur.de"),
    subject="AW: Rechnung mit ausgewiesener MwSt",
    date=datetime(2026, 10, 29, 13, 17, tzinfo=CET),
    body="""Guten Tag Herr Dr. Hansen,

die Rechnung zu Ihrer Bestellung 305-8814407-2216590 haben wir soeben in Ihrem Amazon-Konto hochgeladen. Sie finden sie unter „Meine Bestellungen“ > „Rechnung anfordern/ansehen“. Die Mehrwertsteuer (19 %) ist darauf getrennt ausgewiesen, als Rechnungsadresse haben wir Ihre Praxisadresse übernommen.

Mit freundlichen Grüßen
Petra Langner
Buchhaltung Seifenliebe Manufaktur

P.S.: Vom 1. bis 15. November gewähren wir 20 % Herbstrabatt auf unser gesamtes Seifensortiment – vielleicht ja auch etwas für Ihr Wartezimmer.""",
    quote=("plain", """-----Ursprüngliche Nachricht-----
Von: Amazon-Käufer
Gesendet: Mittwoch, 28. Oktober 2026 09:02
Betreff: Rechnung""",
           """Sehr geehrte Damen und Herren,
für die Buchhaltung meiner Praxis benötige ich eine Rechnung mit ausgewiesener MwSt. Bestellung 305-8814407-2216590.
MfG Dr. Hansen"""), html=True)

add(lang="de", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["coffee", "refill_requested", "larger_pack"],
    note="The buyer asked whether the capsules exist as a refill pack; the seller names the 100-capsule variant on the same Amazon page and confirms compatibility.",
    frm=("Kapselwerk Köln", "service@kapselwerk-koeln.de"),
    subject="Re: Nachfüllpack Lungo Forte",
    date=datetime(2026, 12, 2, 15, 41, tzinfo=CET),
    body="""Hallo Frau Demir,

gute Nachricht: Den „Kapselwerk Lungo Forte“ aus Ihrer Bestellung 302-5501846-7713392 gibt es neben der 10er-Schachtel auch als Vorratspackung mit 100 Kapseln (10 x 10). Sie wählen sie auf derselben Amazon-Seite unter „Anzahl“ aus. Die Kapseln sind dieselben und passen wie gehabt in Maschinen des Systems Nespresso Original.

Ein loses Nachfüllpulver für wiederbefüllbare Kapseln bieten wir leider nicht an.

Viele Grüße
Thomas Reuter
Kapselwerk Köln""",
    quote=("prefix", "On Wed, Dec 2, 2026 at 11:19 AM Amazon-Käufer <0pz7kw3ndy5t2ha@marketplace.amazon.de> wrote:",
           """Hallo, gibt es die Kapseln auch als Nachfüllpack oder in einer größeren Packung? Wir trinken ziemlich viel davon ;)
LG"""), html=False)

add(lang="de", client="custom", kind="proactive", expect="violation", rules=["subject.marketing", "purpose.marketing"],
    classes=["garden", "vorteilspaket", "seasonal_discount", "deadline"],
    note="Proactive mail with a promotional subject that offers a time-limited 'Vorteilspaket' for the leaf season after a rake order, which is marketing in subject and body.",
    frm=("Gartenzeit Direkt", "team@gartenzeit-direkt.de"),
    subject="Herbstaktion: Ihr Vorteilspaket für den Garten",
    date=datetime(2026, 10, 12, 7, 55, tzinfo=CEST),
    body="""Guten Tag,

Ihr Laubrechen „Gartenzeit Profi 60 cm“ aus Bestellung 302-1659934-7781025 ist hoffentlich gut bei Ihnen angekommen.

Passend zur Laubsaison haben wir ein Vorteilspaket geschnürt: 3 Laubsäcke à 120 l, ein Paar Laubgreifer und 5 kg Herbstrasendünger – zusammen 19 % günstiger als einzeln. Das Angebot gilt nur bis 31. Oktober und solange der Vorrat reicht.

Schöne Herbsttage wünscht
Ihr Team von Gartenzeit Direkt""", quote=None, html=True)

# ---------------------------------------------------------------- Italian
add(lang="it", client="zendesk", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["cosmetics", "new_product", "brand_store", "soft_sell"],
    note="Answers whether the face cream suits oily skin, then points to the seller's new autumn line in its Amazon brand store, which is marketing.",
    frm=("Erboristeria Valcerina", "assistenza@erboristeria-valcerina.it"),
    subject="Re: Crema viso per pelle grassa - ordine 403-2257819-6604137",
    date=datetime(2026, 10, 6, 10, 5, tzinfo=CEST),
    body="""Gentile signora Ferraris,

grazie per averci scritto riguardo all'ordine 403-2257819-6604137.

La crema "Valcerina Idra-Matt" ha una texture in gel, è non comedogena ed è formulata proprio per pelli miste e grasse. Le consigliamo di applicarla al mattino su pelle detersa, con una quantità pari a un chicco di caffè; la sera, se la pelle è molto lucida, può bastare il solo siero. Nei primi giorni è normale una leggera sensazione di freschezza.

Le segnaliamo inoltre che da ottobre è disponibile la nostra nuova linea autunnale "Melograno & Niacinamide", pensata per i primi freddi: la trova nella vetrina del nostro marchio su Amazon.

Cordiali saluti
Giulia Marchetti
Servizio clienti Erboristeria Valcerina""",
    quote=("plain", "Acquirente Amazon, 05/10/2026 alle 14:22:",
           """Salve, ho la pelle molto grassa sulla zona T e temo che la crema sia troppo ricca. Va bene lo stesso? grazie"""), html=False)

add(lang="it", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["coffee", "storage", "names_purchased_product"],
    note="Answers the buyer's question about shelf life and storage of the coffee beans they bought; no promotion.",
    frm=("Torrefazione Aurelia", "clienti@torrefazione-aurelia.it"),
    subject="R: Scadenza caffè in grani",
    date=datetime(2026, 11, 10, 11, 48, tzinfo=CET),
    body="""Buongiorno sig. Bellini,

la "Miscela Aurelia Bar, 1 kg in grani" del suo ordine 405-8830162-3317490 ha una durata di 18 mesi dalla tostatura: la data di scadenza e il lotto sono stampati sul fondo della confezione.

Il sacchetto ha una valvola unidirezionale, quindi fino all'apertura il caffè si conserva bene anche in dispensa. Una volta aperto, le consigliamo di richiuderlo con una molletta o in un barattolo ermetico, al riparo da luce e calore, e di consumarlo entro 3-4 settimane per avere il meglio dell'aroma. Meglio evitare il frigorifero: l'umidità rovina i grani.

Cordiali saluti
Paolo Gentile
Torrefazione Aurelia""",
    quote=("plain", """-----Messaggio originale-----
Da: Acquirente Amazon
Inviato: lunedì 9 novembre 2026 19:30
Oggetto: Scadenza caffè in grani""",
           """Buonasera, non trovo la data di scadenza sul pacco. Quanto dura il caffè una volta aperto? Lo devo tenere in frigo?"""), html=True)

add(lang="it", client="gorgias", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["pet_food", "coupon", "delivery_delay"],
    note="Explains a courier delay for the kibble order, then gives a discount code for the next order on the whole range, which is a promotion.",
    frm=("Crocchette dell'Aia", "supporto@crocchette-dellaia.it"),
    subject="Re: Ritardo consegna ordine 402-6619043-8820155",
    date=datetime(2026, 10, 20, 9, 14, tzinfo=CEST),
    body="""Buongiorno signor Rinaldi,

ci scusiamo per l'attesa. Abbiamo verificato l'ordine 402-6619043-8820155: il pacco è stato affidato a BRT venerdì, ma è rimasto fermo un giorno nella filiale di Bologna per un sovraccarico. Ora risulta in consegna e dovrebbe arrivarle giovedì 22 ottobre.

Per scusarci del disagio le riserviamo il codice sconto AUTUNNO10, valido per il suo prossimo ordine: 10% su tutta la nostra gamma di crocchette e snack.

Un caro saluto a lei e al suo cane
Federica
Team Crocchette dell'Aia""",
    quote=("prefix", "Il giorno 19/10/2026 alle 18:40, Acquirente Amazon ha scritto:",
           """Buonasera, l'ordine doveva arrivare sabato ma non ho ancora ricevuto niente.
Il tracking non si aggiorna da giorni. Potete verificare?"""), html=False)

add(lang="it", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["garden", "accessory_requested", "spare_part"],
    note="The buyer asked for a replacement blade for the pruning shears; the seller names the spare blade and its ASIN and explains how to fit it.",
    frm=("Verdeforte Attrezzi", "servizioclienti@verdeforte-attrezzi.it"),
    subject="R: Lama di ricambio forbici PS-22",
    date=datetime(2026, 11, 5, 16, 2, tzinfo=CET),
    body="""Gentile cliente,

grazie per il messaggio sull'ordine 404-7730158-2296604.

La lama di ricambio per le forbici da potatura "Verdeforte PS-22" esiste ed è venduta da noi su Amazon come "Verdeforte Lama di ricambio PS-22" (ASIN B0D3LQ8W2N). Per sostituirla basta una chiave a brugola da 4 mm: si svita la vite centrale, si toglie la lama vecchia, si monta quella nuova con la rondella nello stesso ordine e si stringe senza forzare, finché le lame scorrono senza gioco.

Prima del rimessaggio invernale le consigliamo una goccia d'olio sul perno.

Cordiali saluti
Marco Tessari
Verdeforte Attrezzi - Assistenza""",
    quote=("plain", """Da: Acquirente Amazon
Inviato: mercoledì 4 novembre 2026 21:12
A: Verdeforte Attrezzi
Oggetto: Lama""",
           """Salve, ho scheggiato la lama delle forbici PS-22 su un ramo troppo grosso. Si può comprare solo la lama? Come si cambia?"""), html=True)

add(lang="it", client="custom", kind="proactive", expect="violation", rules=["purpose.marketing", "contact.off_platform", "links.external"],
    classes=["coffee", "newsletter", "own_website", "external_link", "product_use"],
    note="Proactive moka tips for the coffee ordered, then invites the buyer to subscribe to the newsletter on the seller's own website with a link, which is marketing, off-platform and an external link.",
    frm=("Caffè Ponterosso", "info@caffe-ponterosso.it"),
    subject="Consigli per la sua moka - ordine 408-3345107-9126634",
    date=datetime(2026, 10, 16, 12, 25, tzinfo=CEST),
    body="""Gentile cliente,

il suo "Caffè Ponterosso Classico macinato moka, 4 x 250 g" (ordine 408-3345107-9126634) è stato consegnato. Ecco qualche consiglio per ottenere il massimo dalla sua moka:

- riempia la caldaia d'acqua fino alla valvola, non oltre;
- metta il caffè nel filtro senza pressarlo, livellandolo appena;
- usi la fiamma bassa e tolga la moka dal fuoco appena inizia a gorgogliare.

Vuole ricevere ricette, novità e offerte riservate? Si iscriva alla nostra newsletter su www.caffe-ponterosso.it/newsletter

Buon caffè!
Lo staff di Caffè Ponterosso""", quote=None, html=True,
    link=("www.caffe-ponterosso.it/newsletter", "https://www.caffe-ponterosso.it/newsletter?utm_source=amazon&utm_medium=bsm")),

add(lang="it", client="helpscout", kind="proactive", expect="legit", rules=[],
    classes=["cosmetics", "review_request_neutral", "names_purchased_product"],
    note="A single neutral review request naming the purchased shampoo bar, asking for an honest opinion positive or negative and offering help with problems.",
    frm=("Saponeria Lunaria", "servizio.clienti@saponeria-lunaria.it"),
    subject="Il suo ordine 406-1172954-5530817 - Saponeria Lunaria",
    date=datetime(2026, 11, 19, 9, 40, tzinfo=CET),
    body="""Buongiorno,

speriamo che lo "Shampoo solido all'ortica 75 g" del suo ordine 406-1172954-5530817 le sia arrivato in buone condizioni.

Se ha un momento, ci farebbe piacere se lasciasse una recensione su Amazon: ci interessa la sua opinione sincera, che sia positiva o negativa, perché aiuta altri clienti a scegliere.

Se invece c'è qualche problema con il prodotto o con la spedizione, risponda pure a questo messaggio.

Cordiali saluti
Saponeria Lunaria""", quote=None, html=False)

add(lang="it", client="zendesk", kind="reply", expect="violation", rules=["purpose.marketing", "contact.off_platform"],
    classes=["garden", "subscription", "off_amazon_sale", "product_use"],
    note="Answers a fertiliser dosage question, then offers the seller's own quarterly refill subscription paid by bank transfer outside Amazon, which is marketing and an off-platform sale.",
    frm=("Orto e Concimi", "assistenza@orto-e-concimi.it"),
    subject="Re: Dosaggio concime agrumi",
    date=datetime(2026, 9, 30, 17, 22, tzinfo=CEST),
    body="""Buonasera signora Colombo,

in merito all'ordine 404-9902136-4478251 ("Concime organico pellettato per agrumi, 5 kg"): per un limone in vaso da 40-50 cm di diametro bastano 80-100 g ogni 6 settimane, da marzo a ottobre, distribuiti sulla superficie e poi annaffiati. Da novembre a febbraio sospenda le concimazioni, la pianta è a riposo. Se le foglie ingialliscono tra le nervature, può aggiungere un chelato di ferro.

Se preferisce non pensarci più, con il nostro abbonamento "Ricarica Stagionale" le spediamo noi il concime ogni tre mesi con il 12% di sconto: ci risponda con il suo indirizzo e le mandiamo i dati per il bonifico.

Cordiali saluti
Luca Ferretti
Orto e Concimi""",
    quote=("plain", "Acquirente Amazon, 29/09/2026 alle 08:55:",
           """buongiorno quanto concime devo dare al limone in vaso e ogni quanto? grazie mille"""), html=False)

add(lang="it", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["pet_food", "refill_requested", "larger_pack"],
    note="The buyer asked whether the dog food comes in a 12 kg bag; the seller confirms the size on the same Amazon page.",
    frm=("Amico Fedele Petfood", "servizio@amicofedele-petfood.it"),
    subject="Re: Formato da 12 kg? Ordine 402-8816230-1174459",
    date=datetime(2026, 11, 26, 10, 33, tzinfo=CET),
    body="""Buongiorno signor Esposito,

sì, "Amico Fedele Adult Maxi Salmone" è disponibile anche nel sacco da 12 kg. Lo trova sulla stessa pagina Amazon del suo ordine 402-8816230-1174459, selezionando il formato 12 kg. La ricetta è identica a quella del sacco da 3 kg, quindi non serve alcuna transizione.

Un consiglio pratico: una volta aperto, conservi le crocchette in un contenitore ermetico in luogo fresco e asciutto.

Cordiali saluti
Alessandra Riva
Amico Fedele Petfood""",
    quote=("prefix", "Il giorno gio 26 nov 2026 alle ore 07:58 Acquirente Amazon <3vmq8e1tj0ks5yr@marketplace.amazon.it> ha scritto:",
           """Esiste lo stesso cibo in sacco da 12 kg? il mio pastore tedesco lo finisce in due
settimane"""), html=False)

add(lang="it", client="gorgias", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["cosmetics", "bundle", "return_via_amazon", "soft_sell"],
    note="Explains how to return the shampoo through Amazon, then recommends a discounted three-product bundle the buyer did not ask about, which is marketing.",
    frm=("Capelli d'Autore", "assistenza@capelli-dautore.it"),
    subject="Re: Reso shampoo - ordine 403-5578201-1169342",
    date=datetime(2026, 10, 23, 14, 50, tzinfo=CEST),
    body="""Gentile signora Mancini,

ci dispiace che lo shampoo nutriente non sia adatto ai suoi capelli.

Può avviare il reso dell'ordine 403-5578201-1169342 dalla sezione "I miei ordini" su Amazon, scegliendo "Restituisci o sostituisci articoli". Anche se il flacone è aperto accettiamo il reso: appena il pacco ci arriva, il rimborso viene emesso tramite Amazon.

Per capelli fini le consigliamo di provare il nostro kit "Leggerezza" (shampoo volume, balsamo spray e maschera leggera): in bundle costa il 20% in meno rispetto ai singoli prodotti.

Cordiali saluti
Chiara Lombardi
Capelli d'Autore""",
    quote=("html_only", "Acquirente Amazon ha scritto il 22/10/2026 alle 20:03:",
           """Buonasera, lo shampoo mi appesantisce troppo i capelli (sono fini), vorrei restituirlo. E' possibile anche se l'ho aperto?"""), html=True)

add(lang="it", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["coffee", "damaged_item", "replacement", "refund_via_amazon"],
    note="Apologises for a crushed box of coffee pods, sends a free replacement or offers a refund through Amazon; order service only.",
    frm=("Cialde Italia Shop", "assistenza@cialdeitalia-shop.it"),
    subject="R: Scatola arrivata schiacciata",
    date=datetime(2026, 12, 4, 9, 6, tzinfo=CET),
    body="""Buongiorno signor De Luca,

ci scusiamo per l'inconveniente con l'ordine 407-2214530-6658013 ("Cialde ESE 44 mm Napoli Intenso, 150 pz").

Le abbiamo spedito oggi stesso una confezione sostitutiva senza costi, imballata con doppio cartone; non è necessario rispedirci quella danneggiata. Le cialde integre può tranquillamente usarle.

Se preferisce il rimborso al posto della sostituzione, ce lo scriva e procediamo tramite Amazon.

Cordiali saluti
Vincenzo Russo
Cialde Italia Shop""",
    quote=("plain", """-----Messaggio originale-----
Da: Acquirente Amazon
Inviato: giovedì 3 dicembre 2026 18:44
Oggetto: Scatola arrivata schiacciata""",
           """La scatola è arrivata tutta schiacciata e una ventina di cialde sono strappate, il caffè è sparso dappertutto."""), html=True)

add(lang="it", client="custom", kind="proactive", expect="violation", rules=["subject.marketing", "purpose.marketing", "style.emoji"],
    classes=["pet_food", "seasonal_discount", "emoji"],
    note="Proactive autumn discount mail on all kibble with emoji in subject and body, which is marketing with a promotional subject and emoji.",
    frm=("Bau&Miao Store", "assistenza@bauemiao-store.it"),
    subject="Sconto d'autunno sulle crocchette 🐾",
    date=datetime(2026, 11, 2, 18, 15, tzinfo=CET),
    body="""Ciao!

Grazie ancora per il tuo ordine 402-3308417-7752960, speriamo che le crocchette siano piaciute al tuo amico a quattro zampe.

Con l'arrivo dell'autunno abbiamo pensato ai nostri clienti più fedeli: fino al 30 novembre tutte le crocchette Bau&Miao sono scontate del 15% 🍂🐶 Le trovi nel nostro negozio su Amazon.

Non perdere l'occasione!
Lo staff di Bau&Miao""", quote=None, html=False)

add(lang="it", client="custom", kind="proactive", expect="legit", rules=[],
    classes=["garden", "product_instructions", "names_purchased_product"],
    note="Proactive planting instructions for the tulip bulbs ordered; product-use information only.",
    frm=("Bulbi delle Langhe", "info@bulbi-delle-langhe.it"),
    subject="Istruzioni per la messa a dimora - ordine 408-6640271-2205398",
    date=datetime(2026, 10, 28, 8, 10, tzinfo=CET),
    body="""Buongiorno,

le scriviamo in merito al suo ordine 408-6640271-2205398 ("Bulbi di tulipano misti Langhe Colori, 50 pz"), consegnato ieri. Ecco come piantarli:

- periodo: da fine ottobre a metà dicembre, con terreno non gelato;
- profondità: circa 15 cm, con la punta verso l'alto;
- distanza: 10 cm tra un bulbo e l'altro;
- terreno: ben drenato; in vaso metta uno strato di argilla espansa sul fondo;
- dopo la messa a dimora annaffi una volta, poi non serve altro fino alla primavera.

Fino alla piantagione conservi i bulbi in un luogo fresco, asciutto e aerato, non nel sacchetto di plastica.

Cordiali saluti
Bulbi delle Langhe""", quote=None, html=False)

add(lang="it", client="helpscout", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["coffee", "new_product", "brand_store", "soft_sell"],
    note="Answers a question about the caffeine content of the decaf capsules, then announces the seller's new compostable capsule line in its Amazon brand page, which is marketing.",
    frm=("Caffè Monteverde", "assistenza@caffe-monteverde.it"),
    subject="Re: Quanta caffeina nel decaffeinato?",
    date=datetime(2026, 10, 8, 11, 37, tzinfo=CEST),
    body="""Buongiorno signora Galli,

grazie per la domanda sull'ordine 405-1198764-3302516.

Le capsule "Monteverde Dek" contengono meno dello 0,1% di caffeina sul caffè secco, come previsto dalla normativa per il decaffeinato: in una tazzina si parla di circa 2-3 mg, contro i 60-80 mg di un espresso normale. La decaffeinizzazione avviene ad acqua, senza solventi. In gravidanza ne sono generalmente consentite alcune al giorno, ma per sicurezza ne parli con il suo medico.

Da ottobre trova anche la nostra nuova linea di capsule compostabili "Monteverde Terra", in quattro miscele, nella nostra pagina del marchio su Amazon.

Cordiali saluti
Sara Pellegrini
Caffè Monteverde""",
    quote=("prefix", "Il 07/10/2026 21:16, Acquirente Amazon ha scritto:",
           """Salve, sono incinta e vorrei sapere quanta caffeina c'è esattamente in una capsula
di decaffeinato. Grazie"""), html=False)

add(lang="it", client="custom", kind="proactive", expect="violation", rules=["purpose.shipping_confirmation", "purpose.marketing"],
    classes=["cosmetics", "shipping_confirmation", "new_product", "brand_store"],
    note="A bare shipping notice that also advertises the seller's new citrus body line in its Amazon store; a shipping-only message plus marketing.",
    frm=("Profumi di Sicilia Bio", "ordini@profumi-di-sicilia-bio.it"),
    subject="Il suo ordine 406-7712093-4481256 è stato spedito",
    date=datetime(2026, 11, 12, 15, 3, tzinfo=CET),
    body="""Gentile cliente,

il suo ordine 406-7712093-4481256 ("Crema mani Zagara e Mandorla, 50 ml") è stato spedito oggi con GLS e arriverà in 2-3 giorni lavorativi.

Nel frattempo, dia un'occhiata alla nostra nuova linea corpo agli agrumi di Sicilia: bagnoschiuma, crema corpo e olio secco al bergamotto, ora disponibili nel nostro negozio su Amazon.

Un saluto dalla Sicilia
Profumi di Sicilia Bio""", quote=None, html=True)

add(lang="it", client="zendesk", kind="reply", expect="violation", rules=["purpose.marketing", "contact.off_platform"],
    classes=["garden", "social_media", "new_product", "product_use"],
    note="Explains how to cover a potted olive tree with the frost fleece bought, then invites the buyer to follow the shop on Instagram for tips and new products, which is marketing and off-platform contact.",
    frm=("Giardino Mediterraneo", "supporto@giardino-mediterraneo.it"),
    subject="Re: Come coprire l'ulivo in vaso",
    date=datetime(2026, 11, 30, 12, 20, tzinfo=CET),
    body="""Buongiorno signor Moretti,

riguardo all'ordine 404-3357920-6618841 ("Telo in tessuto non tessuto 60 g/m², 2 x 10 m"): per un ulivo in vaso avvolga la chioma con il telo senza stringerlo, chiudendolo alla base con una cordicella. Sotto i -5 °C usi il telo doppio e protegga anche il vaso, per esempio con uno strato di cartone o di pluriball, perché sono le radici a soffrire di più. Nelle giornate di sole sopra i 10 °C apra il telo per far arieggiare la pianta ed eviti muffe.

Per altri consigli di stagione e per scoprire in anteprima le nostre novità, ci segua su Instagram: @giardinomediterraneo.it

Buona giornata
Roberto Sala
Giardino Mediterraneo""",
    quote=("plain", "Acquirente Amazon, 29/11/2026 alle 17:05:",
           """Ho un ulivo in vaso sul terrazzo (Milano). Come lo devo coprire col telo? Quante volte lo giro?"""), html=False)

# ---------------------------------------------------------------- build
def quote_text(q):
    style, head, txt = q
    if style == "prefix":
        return head + "\n" + "\n".join("> " + l if l else ">" for l in txt.splitlines())
    return head + "\n" + txt

def esc_para(txt, link=None):
    out = []
    for para in txt.split("\n\n"):
        h = "<br>\n".join(html.escape(l, quote=False) for l in para.splitlines())
        if link and html.escape(link[0]) in h:
            h = h.replace(link[0], '<a href="%s">%s</a>' % (html.escape(link[1]), link[0]))
        out.append("<p>" + h + "</p>")
    return "\n".join(out)

def build(i, m):
    tld = "de" if m["lang"] == "de" else "it"
    msg = EmailMessage(policy=policy.SMTP.clone(max_line_length=200))
    name, addr = m["frm"]
    msg["From"] = '"%s" <%s>' % (name, addr)
    msg["To"] = "%s@marketplace.amazon.%s" % (alias(), tld)
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    msg["Message-ID"] = make_msgid(idstring="w140.%04d" % i, domain=addr.split("@")[1])
    msg["MIME-Version"] = "1.0"
    if m["client"] == "zendesk":
        msg["X-Mailer"] = "Zendesk Mailer"
    elif m["client"] == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    text = m["body"]
    q = m.get("quote")
    if q:
        text = text + "\n\n" + quote_text(q)
    msg.set_content(text + "\n", charset="utf-8", cte="quoted-printable")
    if m.get("html"):
        h = esc_para(m["body"], m.get("link"))
        if q:
            style, head, qt = q
            h += '\n<div class="quote-header">%s</div>\n<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % (
                "<br>".join(html.escape(l, quote=False) for l in head.splitlines()), esc_para(qt))
        doc = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n%s\n</body></html>\n' % h
        msg.add_alternative(doc, subtype="html", charset="utf-8", cte="quoted-printable")
    return msg

os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as lf:
    for i, m in enumerate(M, 1):
        mid = "w140-%04d" % i
        fn = "messages/%s.eml" % mid
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(build(i, m).as_bytes())
        lf.write(json.dumps({"id": mid, "file": fn, "lang": m["lang"], "client": m["client"],
                             "kind": m["kind"], "split": "dev", "expect": m["expect"],
                             "rules": m["rules"], "classes": m["classes"], "note": m["note"]},
                            ensure_ascii=False) + "\n")
print(len(M), "messages")
