# -*- coding: utf-8 -*-
# Hand-written German seller messages for w165. Labels fixed at writing time.
MESSAGES = [
# 1 V comparison with other customers + hope -> biased positive
dict(client="zendesk", kind="proactive", expect="violation", rules=["review.biased_positive"],
 classes=["review_nudge", "comparison_other_customers"],
 **{"from": "Kundenservice Lindgrün Textil <service@lindgruen-textil.de>"},
 subject="Ihre Bestellung 302-4418273-6650219 – Frottee-Set \"Fjord\"",
 html=True,
 body="""Guten Tag Frau Obermaier,

Ihr Frottee-Set "Fjord" (6-teilig, Farbe Salbei) zu Bestellung 302-4418273-6650219 sollte inzwischen bei Ihnen angekommen sein.

Ein kleiner Hinweis vorab: Bitte waschen Sie die Handtücher vor dem ersten Gebrauch einmal separat bei 40 °C, dann werden sie spürbar weicher und fusseln nicht mehr.

Die allermeisten Kundinnen und Kunden, die das Set schon ein paar Wochen benutzen, vergeben dafür die volle Sternzahl. Wir hoffen sehr, dass Sie sich bald dazuzählen – und es dann auch auf Amazon sagen.

Herzliche Grüße aus Bielefeld
Ihr Team von Lindgrün Textil""",
 note="Care tip plus a review nudge that cites other customers' full-star ratings and hopes the buyer will join them, i.e. asks only for a positive review."),

# 2 L neutral review request
dict(client="freshdesk", kind="proactive", expect="legit", rules=[], classes=["neutral_review_request"],
 **{"from": "Holzwerk Ebersberg Support <support@holzwerk-ebersberg.de>"},
 subject="Bestellung 028-7731904-2286641: Ihre Meinung zum Schneidebrett",
 body="""Hallo Herr Schwab,

Sie haben bei uns das Schneidebrett aus Eiche (40 x 28 cm, Bestellung 028-7731904-2286641) gekauft.

Falls Sie ein paar Minuten Zeit haben: Wir würden gern wissen, wie Sie das Brett im Alltag finden. Eine Bewertung auf Amazon hilft anderen Käufern bei der Entscheidung – ob sie nun gut oder kritisch ausfällt, beides ist für uns wertvoll.

Zur Pflege noch ein Hinweis: Nicht in die Spülmaschine geben und ab und zu mit etwas Speiseöl einreiben.

Viele Grüße
Martina Huber
Holzwerk Ebersberg""",
 note="One neutral review request that explicitly welcomes critical reviews, plus a care tip; no incentive or bias."),

# 3 V divert negative, spread over two sentences
dict(client="gorgias", kind="reply", expect="violation", rules=["review.divert_negative"],
 classes=["review_divert", "two_sentence_spread"],
 **{"from": "Rieger Leuchten Kundenservice <hilfe@rieger-leuchten.de>"},
 subject="AW: Stehlampe flackert – Bestellung 305-1187420-9934015",
 html=True,
 body="""Hallo Herr Dünnwald,

das tut uns wirklich leid. Ein Flackern bei der "Arko" liegt in neun von zehn Fällen am Leuchtmittel. Könnten Sie bitte testweise eine andere E27-LED-Birne (nicht dimmbar) eindrehen und uns sagen, ob das Flackern dann weg ist?

Sie müssen sich mit Ihrem Ärger nicht an die Öffentlichkeit wenden. Schreiben Sie einfach zuerst uns, bevor irgendwo eine Rezension entsteht – wir kriegen das gemeinsam hin, versprochen.

Beste Grüße
Tobias Rieger""",
 quoted="""Hallo,
die Stehlampe (Bestellung 305-1187420-9934015) flackert seit gestern ständig. Für 89 Euro erwarte ich eigentlich mehr. Ich bin ziemlich enttäuscht.
Gruß K. Dünnwald""",
 note="Helpful troubleshooting, but the second paragraph steers an unhappy buyer to contact the seller before writing any review, spread over two sentences."),

# 4 L look-alike: complaint answered with replacement via Amazon
dict(client="gorgias", kind="reply", expect="legit", rules=[], classes=["complaint_resolution", "replacement"],
 **{"from": "Rieger Leuchten Kundenservice <hilfe@rieger-leuchten.de>"},
 subject="AW: Glasschirm gesprungen – Bestellung 305-6602918-4471230",
 html=True,
 body="""Guten Morgen Frau Kessler,

vielen Dank für die Fotos, da ist leider eindeutig ein Sprung im Glasschirm zu sehen. Das ist beim Transport passiert und natürlich nicht Ihr Fehler.

Wir schicken Ihnen heute noch einen neuen Schirm (Artikel "Lumea", opal, 30 cm) kostenlos nach. Den beschädigten Schirm müssen Sie nicht zurückschicken, bitte entsorgen Sie ihn vorsichtig im Hausmüll.

Falls Ihnen stattdessen eine Erstattung lieber ist, können Sie die Rücksendung ganz normal über "Meine Bestellungen" in Ihrem Amazon-Konto anstoßen.

Freundliche Grüße
Tobias Rieger
Rieger Leuchten""",
 quoted="""Guten Tag, der Glasschirm meiner Pendelleuchte kam mit einem Riss an. Fotos anbei. Bestellung 305-6602918-4471230. Was nun?""",
 note="Reply to a damaged-item complaint offering a free replacement part or an Amazon return, with no mention of reviews."),

# 5 V vague incentive
dict(client="helpscout", kind="proactive", expect="violation", rules=["review.incentive"],
 classes=["vague_incentive", "review_nudge"],
 **{"from": "Strickliesel Handmade <kontakt@strickliesel-handmade.de>"},
 subject="Zu Ihrer Bestellung 171-5590284-0038716",
 html=True,
 body="""Liebe Frau Petersen,

Ihr Wollpaket "Merino Sockengarn, 4 Knäuel Herbstlaub" aus Bestellung 171-5590284-0038716 ist hoffentlich gut bei Ihnen angekommen. Die Knäuel stammen alle aus derselben Färbepartie (Nr. 26-114), Sie bekommen also keine Farbunterschiede zwischen linkem und rechtem Socken.

Wer uns auf Amazon erzählt, wie sich die Wolle verstrickt, den erwartet bei der nächsten Lieferung eine kleine Überraschung im Paket. Verraten wird noch nichts!

Liebe Grüße und viel Freude beim Stricken
Anke von Strickliesel""",
 note="Product info, then a vaguely promised 'kleine Überraschung' for buyers who write about the product on Amazon, i.e. an incentive for a review."),

# 6 L refusal of incentive
dict(client="helpscout", kind="reply", expect="legit", rules=[], classes=["refusal", "incentive_refused"],
 **{"from": "Strickliesel Handmade <kontakt@strickliesel-handmade.de>"},
 subject="Re: Gratisknäuel für Bewertung? (Bestellung 171-8843021-5527704)",
 html=True,
 body="""Liebe Frau Grothe,

danke für Ihre nette Nachricht und schön, dass Ihnen die Wolle gefällt!

Ein Gratisknäuel oder einen Rabatt im Austausch für eine Bewertung dürfen wir Ihnen leider nicht geben – Amazon erlaubt das nicht, und ehrlich gesagt finden wir das auch richtig so. Ob und wie Sie bewerten, ist ganz allein Ihre Sache.

Zu Ihrer zweiten Frage: Für die Socken in Größe 38/39 reichen bei Nadelstärke 2,5 in der Regel zwei Knäuel à 100 g.

Herzliche Grüße
Anke""",
 quoted="""Hallo Anke, die Wolle ist toll! Bei anderen Händlern bekommt man ja manchmal was geschenkt, wenn man eine Bewertung schreibt – macht ihr sowas auch? Und: wie viele Knäuel brauche ich für Größe 38/39? Bestellung 171-8843021-5527704
LG Heike""",
 note="Reply that refuses a buyer's request for a gift in exchange for a review and answers a yarn-quantity question."),

# 7 V spelled-out website
dict(client="edesk", kind="reply", expect="violation", rules=["contact.off_platform"],
 classes=["spelled_out_site"],
 **{"from": "Kaffeemühlen Manufaktur Kundendienst <kundendienst@kaffeemuehlen-manufaktur.de>"},
 subject="RE: Mahlgrad einstellen – Bestellung 404-2219876-3340981",
 body="""Sehr geehrter Herr Albrecht,

den Mahlgrad der "Solo 2" stellen Sie über das Rändelrad unter dem Trichter ein: im Uhrzeigersinn wird es feiner. Für Espresso empfehlen wir Stufe 4 bis 6, für Filterkaffee eher 14 bis 18.

Eine bebilderte Anleitung mit allen Stufen und ein kurzes Video zur Reinigung des Mahlwerks haben wir auf unserer eigenen Seite hinterlegt – einfach kaffeemuehlen minus manufaktur punkt de aufrufen und unter "Service" nachsehen. Dort können Sie uns auch direkt schreiben, das geht meist schneller.

Mit freundlichen Grüßen
Jens Albers
Kundendienst""",
 quoted="""Wie stelle ich bei der Mühle den Mahlgrad für Espresso ein? In der Anleitung steht dazu nichts. Bestellung 404-2219876-3340981""",
 note="Useful grind-size answer, but it sends the buyer to the seller's own website (spelled out as 'punkt de') and invites direct contact there."),

# 8 L manufacturer warranty
dict(client="edesk", kind="reply", expect="legit", rules=[], classes=["warranty", "manufacturer_named"],
 **{"from": "Kaffeemühlen Manufaktur Kundendienst <kundendienst@kaffeemuehlen-manufaktur.de>"},
 subject="RE: Garantie Mühle – Bestellung 404-7781023-1159034",
 body="""Sehr geehrte Frau Lindner,

die elektrische Mühle "Brenner E60" hat zwei Jahre Gewährleistung ab Lieferdatum; zusätzlich gibt der Hersteller Brenner & Söhne eine freiwillige Garantie von drei Jahren auf den Motor.

Da Ihre Bestellung erst sechs Wochen alt ist, ist der einfachste Weg die Rücksendung über Amazon: Gehen Sie in Ihrem Konto auf "Meine Bestellungen", wählen Sie die Bestellung 404-7781023-1159034 und dann "Artikel zurücksenden", Grund "defekt". Das Rücksendeetikett ist für Sie kostenlos. Sobald die Mühle bei uns ist, bekommen Sie ein Austauschgerät oder die Erstattung, ganz wie Sie möchten.

Mit freundlichen Grüßen
Jens Albers""",
 quoted="""Die Mühle macht seit heute ein schleifendes Geräusch und mahlt nicht mehr richtig. Habe ich noch Garantie?""",
 note="Warranty answer naming the manufacturer and directing the buyer to Amazon's return process."),

# 9 V QR code to customer club
dict(client="zendesk", kind="proactive", expect="violation", rules=["contact.off_platform", "purpose.marketing"],
 classes=["qr_code", "customer_club"],
 **{"from": "Vitafeld Kundenservice <service@vitafeld-naturkost.de>"},
 subject="Bestellung 303-9920415-7761288 – Hinweise zur Lagerung",
 html=True,
 body="""Guten Tag,

danke für Ihre Bestellung 303-9920415-7761288 (Bio-Haferflocken, Großpackung 5 kg).

Bitte lagern Sie die Flocken nach dem Öffnen kühl und trocken, am besten in einem gut schließenden Behälter – dann halten sie problemlos bis zum aufgedruckten Datum.

Noch ein Tipp: Auf der Rückseite des Beipackzettels ist ein QR-Code abgedruckt. Einmal scannen, und Sie sind in unserem Vitafeld-Genießerkreis – mit Rezepten, Vorabinfos zu neuen Sorten und Vorteilen, die es nur dort gibt.

Ihr Vitafeld-Team""",
 note="Storage advice, then a QR code on the leaflet that signs the buyer up to the seller's own club with recipes, new products and exclusive perks."),

# 10 L carrier tracking link for replacement shipment
dict(client="outlook", kind="proactive", expect="legit", rules=[], classes=["carrier_tracking", "delivery_problem"],
 **{"from": "Versand Teppichhaus Kaya <versand@teppichhaus-kaya.de>"},
 subject="Bestellung 028-3345120-9018873: Paket beschädigt, Ersatz unterwegs",
 body="""Sehr geehrte Frau Wolters,

DHL hat uns heute mitgeteilt, dass das Paket mit Ihrem Läufer "Nomad" (80 x 250 cm, Bestellung 028-3345120-9018873) im Paketzentrum beschädigt wurde und an uns zurückgeht.

Wir haben Ihnen deshalb sofort einen neuen Läufer geschickt. Die neue Sendungsnummer lautet 00340434161094032781, den Stand können Sie hier verfolgen:
https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094032781

Für Sie entstehen dadurch keine Kosten. Bitte entschuldigen Sie die Verzögerung.

Mit freundlichen Grüßen
Serkan Kaya
Teppichhaus Kaya""",
 note="Proactive notice about a carrier-damaged parcel with the replacement's DHL tracking link; necessary order information, not a bare shipping confirmation."),

# 11 V search for our name
dict(client="gmail", kind="reply", expect="violation", rules=["contact.off_platform", "purpose.marketing"],
 classes=["search_our_name"],
 **{"from": "Holzwerk Ebersberg <post@holzwerk-ebersberg.de>"},
 subject="Re: Öl für das Brett? Bestellung 028-5509127-6613398",
 body="""Hallo Frau Brandl,

am besten nehmen Sie ein lebensmittelechtes Holzöl oder einfach Leinöl aus dem Supermarkt. Dünn auftragen, eine Nacht einziehen lassen, Überschuss mit einem Küchentuch abnehmen. Das reicht etwa alle zwei Monate.

Wenn Sie bei Google einfach "Holzwerk Ebersberg" eingeben, landen Sie direkt bei uns – da gibt es unser eigenes Pflegeöl, die passenden Servierbretter und ab und zu auch Restposten aus der Werkstatt.

Schöne Grüße
Martina""",
 quoted="""Hallo, mit welchem Öl soll ich das Eichenbrett behandeln und wie oft? Danke! Bestellung 028-5509127-6613398""",
 note="Good care answer, but then tells the buyer to search the shop's name on Google to buy its oil and other products off Amazon."),

# 12 L invoice
dict(client="freshdesk", kind="reply", expect="legit", rules=[], classes=["invoice"],
 **{"from": "Büroprofi Nord Service <service@bueroprofi-nord.de>"},
 subject="Re: Rechnung mit USt. – Bestellung 171-2290817-4456102",
 body="""Guten Tag Herr Kramer,

die Rechnung zu Ihrer Bestellung 171-2290817-4456102 (2x Bürostuhl "Ergo Plus") mit ausgewiesener Umsatzsteuer haben wir soeben in Ihrem Amazon-Konto hochgeladen. Sie finden sie unter "Meine Bestellungen" > "Rechnung".

Die Firmenanschrift "Kramer Steuerberatung GmbH" haben wir wie gewünscht übernommen.

Freundliche Grüße
Nadine Ohm
Büroprofi Nord""",
 quoted="""Sehr geehrte Damen und Herren,
bitte stellen Sie mir eine Rechnung mit ausgewiesener MwSt. auf die Kramer Steuerberatung GmbH aus.
Bestellung 171-2290817-4456102
Mit freundlichen Grüßen
U. Kramer""",
 note="Reply confirming the VAT invoice was uploaded to the buyer's Amazon account."),

# 13 V own app as support channel
dict(client="freshdesk", kind="reply", expect="violation", rules=["contact.off_platform"],
 classes=["app_name", "support_channel_app"],
 **{"from": "Gartenfreund Service <service@gartenfreund-shop.de>"},
 subject="Re: Bewässerungscomputer – Bestellung 302-6678120-3321947",
 body="""Hallo Herr Yilmaz,

beim Bewässerungscomputer "AquaTimer 3" müssen Sie nach dem Batteriewechsel die Uhrzeit neu einstellen, sonst bleibt das Programm auf 00:00 stehen – daran wird es liegen.

Für künftige Fragen: Holen Sie sich doch im App Store oder bei Google Play die App "Gartenfreund Plus". Über den Chat in der App erreichen Sie unser Team direkt und meistens innerhalb einer Stunde, ohne den Umweg über Amazon.

Viele Grüße
Dennis Falk""",
 quoted="""Der Timer startet seit dem Batteriewechsel nicht mehr. Was mache ich falsch? Bestellung 302-6678120-3321947""",
 note="Answers the fault, then directs the buyer to the seller's own app chat as a support channel 'ohne den Umweg über Amazon'."),

# 14 L manufacturer app needed for product use
dict(client="helpscout", kind="reply", expect="legit", rules=[], classes=["app_needed_for_product", "product_setup"],
 **{"from": "Waagenwelt Kundenservice <kundenservice@waagenwelt.de>"},
 subject="Re: Waage verbindet nicht – Bestellung 305-4481190-2276635",
 html=True,
 body="""Hallo Frau Engel,

die Körperfettwaage "VS-200" wird über die kostenlose App des Herstellers gekoppelt, sie heißt "VitaScale Connect" und ist für iOS und Android verfügbar.

So geht's:
1. Bluetooth am Handy einschalten.
2. App öffnen, Profil anlegen, dann "Gerät hinzufügen".
3. Barfuß auf die Waage stellen, bis im Display "bt" blinkt.

Wenn die Kopplung danach immer noch nicht klappt, schreiben Sie uns bitte hier noch einmal mit Ihrem Handymodell, dann schauen wir weiter.

Viele Grüße
Sebastian Kühn
Waagenwelt""",
 quoted="""Die Waage zeigt zwar das Gewicht, aber ich bekomme keine Verbindung zum Handy. Welche App brauche ich? Bestellung 305-4481190-2276635""",
 note="Names the manufacturer's app because it is required to set up the product, and keeps further contact in Amazon messaging."),

# 15 V promotion disguised as advice
dict(client="zendesk", kind="reply", expect="violation", rules=["purpose.marketing"],
 classes=["promotion_as_advice", "new_product"],
 **{"from": "Pfannenkontor Support <support@pfannenkontor.de>"},
 subject="Re: Eisenpfanne rostet? Bestellung 404-3318826-5509127",
 body="""Hallo Herr Ostermann,

keine Sorge, leichter Flugrost bei einer neuen Eisenpfanne ist normal. Einfach mit etwas Öl und Küchenpapier wegreiben, die Pfanne auf dem Herd erhitzen, bis das Öl leicht raucht, und abkühlen lassen. Nach ein paar Einsätzen bildet sich die schützende Patina.

Ein Tipp aus der Praxis: Damit die Pfanne nach dem Spülen schneller trocknet, lohnt sich unser neuer Pfannenhalter aus Buche, den wir seit dieser Woche im Sortiment haben – gibt es übrigens gerade zum Einführungspreis. Einfach in unserem Amazon-Shop nach "Pfannenkontor Halter" suchen.

Gutes Gelingen beim Braten!
Lena Pohl
Pfannenkontor""",
 quoted="""Meine neue Eisenpfanne hat nach dem ersten Spülen rote Flecken. Ist das Rost? Bestellung 404-3318826-5509127""",
 note="Correct rust advice, then a 'tip' that promotes a newly launched product at an introductory price, which is marketing."),

# 16 L plain advice look-alike
dict(client="zendesk", kind="reply", expect="legit", rules=[], classes=["plain_advice", "product_use"],
 **{"from": "Pfannenkontor Support <support@pfannenkontor.de>"},
 subject="Re: Induktion geeignet? Bestellung 404-9902713-1184450",
 body="""Hallo Frau Demir,

ja, die Eisenpfanne (28 cm) aus Ihrer Bestellung 404-9902713-1184450 funktioniert auf allen Herdarten, auch auf Induktion.

Ein Tipp für Induktion: Die Pfanne nicht leer auf höchster Stufe aufheizen, sondern auf mittlerer Stufe etwa zwei Minuten vorwärmen. Eisen leitet die Wärme langsamer als Aluminium, und bei zu schnellem Aufheizen kann sich der Boden leicht verziehen.

Viele Grüße
Lena Pohl""",
 quoted="""Kann ich die Pfanne auf meinem Induktionsherd benutzen?""",
 note="Plain product-use advice about induction hobs for the item ordered, no promotion."),

# 17 V news disguised: new colours
dict(client="helpscout", kind="proactive", expect="violation", rules=["purpose.marketing"],
 classes=["promotion_as_news", "new_product"],
 **{"from": "Ledermanufaktur Brückner <service@leder-brueckner.de>"},
 subject="Ihre Umhängetasche – Bestellung 302-1175509-8843320",
 html=True,
 body="""Guten Tag Herr Nowak,

Ihre Umhängetasche "Elbe" in Schwarz (Bestellung 302-1175509-8843320) ist handgenäht aus pflanzlich gegerbtem Rindsleder. Das Leder dunkelt in den ersten Monaten etwas nach, das ist gewollt.

Und eine kleine Neuigkeit aus der Werkstatt: Ab dem 1. Dezember gibt es die "Elbe" auch in Cognac und Dunkelgrün, dazu passend erstmals einen schmalen Gürtel aus demselben Leder. Vielleicht ja eine Idee für Weihnachten?

Herzliche Grüße
Familie Brückner""",
 note="Care note followed by 'news' announcing new colours and a new matching belt as a Christmas idea, i.e. promotion of other products."),

# 18 L news about the order only (delay)
dict(client="helpscout", kind="proactive", expect="legit", rules=[], classes=["order_news", "delay_notice"],
 **{"from": "Ledermanufaktur Brückner <service@leder-brueckner.de>"},
 subject="Bestellung 302-6609184-2217753: Lieferverzögerung",
 html=True,
 body="""Guten Tag Frau Albers,

eine Information zu Ihrer Bestellung 302-6609184-2217753 (Umhängetasche "Elbe", Dunkelgrün): Beim Nähen ist uns ein Fehler in der Lederhaut aufgefallen, den wir so nicht verschicken möchten. Wir fertigen die Tasche deshalb neu an, sie geht voraussichtlich am 4. Dezember in den Versand.

Falls Sie nicht so lange warten möchten, schreiben Sie uns bitte kurz hier zurück – dann stornieren wir die Bestellung für Sie und Sie bekommen den vollen Betrag über Amazon erstattet.

Herzliche Grüße
Familie Brückner""",
 note="Proactive delay notice for this order; the seller offers to cancel it themselves, so no request for the buyer to cancel."),

# 19 V ask buyer to cancel, as a question
dict(client="outlook", kind="proactive", expect="violation", rules=["purpose.ask_buyer_to_cancel"],
 classes=["cancel_request_question"],
 **{"from": "Büroprofi Nord Service <service@bueroprofi-nord.de>"},
 subject="Ihre Bestellung 171-3098825-6671043",
 body="""Sehr geehrter Herr Baumgartner,

leider ist der Schreibtisch "Flex 160" in Eiche hell, den Sie am Montag bestellt haben (Bestellung 171-3098825-6671043), bei unserem Lieferanten nicht mehr lieferbar. Wir haben das erst heute erfahren.

Wäre es Ihnen möglich, die Bestellung in Ihrem Amazon-Konto selbst zu stornieren? Für uns wäre das deutlich unkomplizierter, und Sie bekommen Ihr Geld genauso zurück.

Mit freundlichen Grüßen
Nadine Ohm
Büroprofi Nord""",
 note="Out-of-stock notice that asks, in the form of a polite question, that the buyer cancel the order themselves."),

# 20 V change/remove review after resolution
dict(client="gorgias", kind="reply", expect="violation", rules=["review.change_or_remove"],
 classes=["review_change_request", "after_resolution"],
 **{"from": "Teppichhaus Kaya Service <service@teppichhaus-kaya.de>"},
 subject="Re: Erstattung erhalten – Bestellung 028-7714402-3390156",
 html=True,
 body="""Hallo Herr Lorenz,

schön, dass die Erstattung für den Läufer angekommen ist und die Sache für Sie erledigt ist.

Jetzt, wo alles geklärt ist, sehen Sie die Sache mit dem Teppich vielleicht in einem etwas freundlicheren Licht. Ihre Rezension von letzter Woche steht ja noch mit einem Stern da – vielleicht mögen Sie sie bei Gelegenheit noch einmal anschauen?

Viele Grüße
Serkan Kaya""",
 quoted="""Erstattung ist da, danke. Bestellung 028-7714402-3390156""",
 note="After a refund, the seller hints that the buyer should revisit and reconsider their one-star review, which asks for a review change."),

# 21 L look-alike: buyer mentions 2-star review; seller apologises, no review mention
dict(client="gorgias", kind="reply", expect="legit", rules=[], classes=["apology", "review_not_mentioned"],
 **{"from": "Teppichhaus Kaya Service <service@teppichhaus-kaya.de>"},
 subject="Re: Lieferung zu spät – Bestellung 028-4450921-7736601",
 html=True,
 body="""Hallo Frau Seidel,

Sie haben völlig recht, die Lieferung hat viel zu lange gedauert. Der Teppich lag vier Tage im Depot der Spedition, weil dort die Zustelladresse nicht vollständig übertragen wurde – die Hausnummer fehlte. Das lag an einem Fehler in unserem Versandsystem, nicht an Ihnen.

Wir haben das inzwischen behoben. Die Versandkosten für Ihre Bestellung 028-4450921-7736601 in Höhe von 6,90 € erstatten wir Ihnen heute über Amazon.

Entschuldigen Sie bitte den Ärger.
Serkan Kaya""",
 quoted="""Ich habe zwei Sterne gegeben, weil der Teppich eine Woche später kam als angekündigt. Die Qualität ist ok. Bestellung 028-4450921-7736601""",
 note="Buyer mentions a two-star review; the seller explains the delay and refunds shipping through Amazon without referring to the review at all."),

# 22 V feedback removal in conditional
dict(client="edesk", kind="reply", expect="violation", rules=["feedback.removal_request"],
 classes=["feedback_removal", "conditional"],
 **{"from": "Gartenfreund Service <service@gartenfreund-shop.de>"},
 subject="RE: Ersatzteil Schlauchkupplung – Bestellung 302-2267713-9945810",
 body="""Guten Tag Frau Hoffmann,

die fehlende Schlauchkupplung (1/2 Zoll, mit Wasserstopp) ist heute an Sie rausgegangen, sie sollte Ende der Woche da sein.

Sollte sich das Problem damit für Sie erledigt haben, wären wir Ihnen sehr verbunden, wenn das Verkäuferfeedback von Montag nicht dauerhaft stehen bleiben müsste. Sie wissen ja, für einen kleinen Betrieb wie uns zählt jede Bewertung.

Mit freundlichen Grüßen
Dennis Falk
Gartenfreund""",
 quoted="""In dem Set fehlte die Kupplung für den Schlauch. Ich habe Ihnen deshalb auch eine negative Bewertung gegeben. Bestellung 302-2267713-9945810""",
 note="Sends the missing part but, in a conditional sentence, asks the buyer to remove the negative seller feedback once the issue is solved."),

# 23 L buyer's own phone in quoted history; seller keeps in Amazon
dict(client="outlook", kind="reply", expect="legit", rules=[], classes=["buyer_contact_in_quote", "stay_on_amazon"],
 **{"from": "Lindgrün Textil Kundenservice <service@lindgruen-textil.de>"},
 subject="AW: Falsche Größe geliefert – Bestellung 302-7718034-1126659",
 body="""Guten Tag Frau Yildiz,

bitte entschuldigen Sie die Verwechslung: Sie haben das Spannbettlaken in 140 x 200 cm bestellt, geliefert wurde 90 x 200 cm.

Einen Anruf brauchen wir dafür gar nicht, wir klären das gern hier über die Amazon-Nachrichten. Das richtige Laken schicken wir Ihnen heute noch los. Das falsche Laken können Sie über "Meine Bestellungen" mit dem kostenlosen Rücksendeetikett zurückschicken, Grund "Falscher Artikel geliefert".

Freundliche Grüße
Carola Meise
Lindgrün Textil""",
 quoted="""Hallo, ich habe das falsche Laken bekommen (90 statt 140 breit). Rufen Sie mich gern an, ich bin ab 17 Uhr unter 0157 22896431 erreichbar.
Bestellung 302-7718034-1126659
Leyla Yildiz""",
 note="Resolves a wrong-size delivery via Amazon and declines a call; the only phone number is the buyer's own, in the quoted history."),

# 24 L return address
dict(client="freshdesk", kind="reply", expect="legit", rules=[], classes=["return_address", "return"],
 **{"from": "Rieger Leuchten Kundenservice <hilfe@rieger-leuchten.de>"},
 subject="Re: Rücksendung Deckenleuchte – Bestellung 305-9981207-6640013",
 body="""Hallo Herr Friedrich,

Ihre Rücksendung über Amazon ist genehmigt, das Etikett finden Sie in Ihrem Konto unter "Meine Bestellungen".

Falls das Etikett beim Drucken unvollständig ist, hier die Rücksendeadresse zum Abschreiben:

Rieger Leuchten GmbH
Retourenabteilung
Gewerbering 12
94469 Deggendorf

Bitte legen Sie die Leuchte möglichst in den Originalkarton, das Glas ist empfindlich. Die Erstattung erfolgt, sobald das Paket bei uns eingegangen ist.

Viele Grüße
Tobias Rieger""",
 quoted="""Ich möchte die Deckenleuchte zurückschicken, sie ist zu groß für unseren Flur. Wohin muss ich sie senden? Bestellung 305-9981207-6640013""",
 note="Return instructions with the seller's postal return address, handled through Amazon's return process."),

# 25 V thank-you only, wrapped in a story about the shop
dict(client="gmail", kind="proactive", expect="violation", rules=["purpose.thank_you_only"],
 classes=["thank_you_only", "shop_story"],
 **{"from": "Strickliesel Handmade <anke@strickliesel-handmade.de>"},
 subject="Bestellung 171-4402287-1190536",
 body="""Liebe Frau Vogt,

als meine Mutter und ich vor sechs Jahren in unserer Küche in Husum angefangen haben, Wolle von Hand zu färben, hätten wir nie gedacht, dass einmal Pakete bis nach Österreich und in die Schweiz gehen würden.

Jede Bestellung wie Ihre (171-4402287-1190536) ist für uns immer noch etwas Besonderes. Darum wollten wir einfach einmal von Herzen Danke sagen.

Liebe Grüße aus Nordfriesland
Anke und Gisela""",
 note="Proactive message whose only purpose is a heartfelt thank-you told as the shop's origin story; no order information needed."),

# 26 V shipping confirmation only
dict(client="edesk", kind="proactive", expect="violation", rules=["purpose.shipping_confirmation"],
 classes=["shipping_confirmation_only"],
 **{"from": "Waagenwelt Versand <versand@waagenwelt.de>"},
 subject="Ihre Bestellung 305-8820143-7751196 ist unterwegs",
 body="""Guten Tag Herr Reinholz,

gute Nachrichten: Ihre Küchenwaage "Precisa K5" (Bestellung 305-8820143-7751196) hat heute unser Lager in Kassel verlassen und ist mit Hermes auf dem Weg zu Ihnen. Voraussichtlich klingelt der Bote am Donnerstag.

Freundliche Grüße
Ihr Waagenwelt-Team""",
 note="Proactive message that only confirms dispatch and expected delivery, which Amazon already tells the buyer."),

# 27 L proactive necessary product info (assembly correction)
dict(client="zendesk", kind="proactive", expect="legit", rules=[], classes=["assembly_notice", "product_safety"],
 **{"from": "Büroprofi Nord Service <service@bueroprofi-nord.de>"},
 subject="Wichtiger Montagehinweis zu Bestellung 171-6630482-2218874",
 body="""Guten Tag Frau Lehmann,

zu Ihrem Schreibtisch "Flex 140" (Bestellung 171-6630482-2218874) müssen wir Ihnen leider eine Korrektur zur Aufbauanleitung mitteilen:

In Schritt 7 ist für die Befestigung der Tischplatte die Schraube "C" (M6 x 16) angegeben. Richtig ist Schraube "D" (M6 x 12). Die längere Schraube kann die 25-mm-Platte von unten durchstoßen.

Falls Sie den Tisch bereits aufgebaut haben, prüfen Sie bitte kurz die Oberseite der Platte. Sollte dort eine Schraube durchgedrückt haben, melden Sie sich hier bei uns, wir schicken Ihnen dann eine neue Platte.

Mit freundlichen Grüßen
Nadine Ohm
Büroprofi Nord""",
 note="Proactive correction of an assembly instruction for the ordered desk, needed to use the product safely."),

# 28 V Instagram handle as 'inspiration'
dict(client="helpscout", kind="reply", expect="violation", rules=["contact.off_platform", "purpose.marketing"],
 classes=["social_media", "promotion_as_advice"],
 **{"from": "Strickliesel Handmade <kontakt@strickliesel-handmade.de>"},
 subject="Re: Anleitung Mütze – Bestellung 171-9937740-4482015",
 html=True,
 body="""Liebe Frau Möller,

die Anleitung für die Zopfmütze liegt normalerweise gefaltet unter den Knäueln – schauen Sie bitte noch einmal im Karton nach. Falls sie wirklich fehlt, schicke ich Ihnen gern hier als PDF-Anhang eine neue.

Und wenn Sie Lust auf weitere Ideen mit diesem Garn haben: Auf Instagram finden Sie uns unter strickliesel.handmade, da zeigen wir jede Woche neue Muster, und die Abonnentinnen erfahren als Erste von neuen Farben.

Liebe Grüße
Anke""",
 quoted="""Hallo, in meinem Paket war keine Anleitung für die Mütze dabei. Bestellung 171-9937740-4482015""",
 note="Answers the missing-pattern question but then points the buyer to the shop's Instagram account for new patterns and colour launches."),

# 29 L buyer's own e-mail in quoted history, seller refuses to use it
dict(client="gmail", kind="reply", expect="legit", rules=[], classes=["buyer_contact_in_quote", "stay_on_amazon"],
 **{"from": "Vitafeld Kundenservice <kundenservice@vitafeld-naturkost.de>"},
 subject="Re: Mindesthaltbarkeit Nussmus – Bestellung 303-5518804-2247719",
 body="""Guten Tag Herr Brenner,

die Gläser mit Mandelmus aus Ihrer Bestellung 303-5518804-2247719 sind aus der Charge L2609, mindestens haltbar bis 14.08.2027. Ungeöffnet bitte kühl und dunkel lagern, nach dem Öffnen innerhalb von acht Wochen verbrauchen.

Das Datenblatt mit den Nährwerten schicken wir Ihnen nicht an Ihre private Adresse, sondern hängen es hier an die Amazon-Nachricht an – so bleibt alles beisammen.

Freundliche Grüße
Vitafeld Naturkost""",
 quoted="""Hallo, wie lange ist das Mandelmus haltbar? Und könnten Sie mir das Datenblatt mit den Nährwerten schicken, gern an meine Mail m.brenner-privat@webpost.de.
Danke, Markus Brenner
Bestellung 303-5518804-2247719""",
 note="Answers a shelf-life question and keeps the data sheet inside Amazon messaging; the only e-mail address is the buyer's own, in the quoted message."),

# 30 L second neutral review request, Amazon-button style text, different shop
dict(client="outlook", kind="proactive", expect="legit", rules=[], classes=["neutral_review_request"],
 **{"from": "Kaffeemühlen Manufaktur <kundendienst@kaffeemuehlen-manufaktur.de>"},
 subject="Bestellung 404-6619023-8870145 – Bitte um Ihre Bewertung",
 body="""Sehr geehrte Frau Kowalski,

Sie haben vor zwei Wochen die Handmühle "Solo 2" bei uns gekauft (Bestellung 404-6619023-8870145).

Wir würden uns freuen, wenn Sie Ihre Erfahrungen mit der Mühle in einer Rezension auf Amazon teilen. Schreiben Sie bitte ganz ehrlich, was Ihnen gefällt und was nicht.

Mit freundlichen Grüßen
Jens Albers
Kaffeemühlen Manufaktur""",
 note="One plain, unbiased review request for the order with no incentive and no steering."),
]
