#!/usr/bin/env python3
"""Build the w163 messages and labels. Every message text below was written by hand;
this script only wraps them in helpdesk/mail-client envelopes and writes the files."""
import json
import random
import html
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
rnd = random.Random(163)
ALPH = "abcdefghijklmnopqrstuvwxyz0123456789"


def alias():
    first = rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789")
    return first + "".join(rnd.choice(ALPH) for _ in range(14))


TZ = timezone(timedelta(hours=1))

M = []


def msg(**kw):
    M.append(kw)


# ---------------------------------------------------------------------------
# 1 biased positive review request, proactive, Austrian
msg(client="zendesk", kind="proactive", expect="violation",
    rules=["review.biased_positive"],
    classes=["review_request", "positive_only", "austrian"],
    note="Asks for a review only if the buyer is happy ('wenn Ihnen das Teil taugt ... fünf Sternderl'), which is a positive-only request.",
    shop=("Alpenzirbe Handwerk", "service@alpenzirbe-handwerk.at", "Johanna Pichler"),
    date=datetime(2026, 11, 9, 10, 14, tzinfo=TZ),
    subject="Ihr Zirbenkissen – Bestellung 302-4418270-5513926",
    body="""Grüß Gott Frau Hofbauer,

Ihr Zirbenkissen (40 x 30 cm, Leinenbezug natur) sollte inzwischen bei Ihnen angekommen sein – Bestellung 302-4418270-5513926.

Ein kleiner Tipp noch: Die Zirbenflocken duften am Anfang recht intensiv, das legt sich nach zwei, drei Wochen. Wenn Sie das Kissen ab und zu ein bisserl durchkneten, kommt der Duft wieder.

Und wenn Ihnen das Teil taugt, dann würden wir uns natürlich riesig freuen, wenn Sie uns auf Amazon ein paar Sternderl dalassen – am liebsten halt gleich fünf, weil gerade für so einen kleinen Tiroler Betrieb wie unseren jede gute Kundenmeinung Gold wert ist.

Liebe Grüße aus Schwaz
Johanna Pichler
Alpenzirbe Handwerk""")

# 2 incentive: Nachkaufrabatt for a review
msg(client="freshdesk", kind="proactive", expect="violation",
    rules=["review.incentive", "purpose.marketing"],
    classes=["review_request", "incentive", "discount"],
    note="Offers a 'Nachkaufrabatt' of 15 % on the next order once the buyer has left a Kundenmeinung, an incentive for a review that is also a promotion.",
    shop=("Kaffeekontor Lindner", "kundenservice@kaffeekontor-lindner.de", "Markus Lindner"),
    date=datetime(2026, 10, 21, 8, 47, tzinfo=TZ),
    subject="Ihre Bohnen sind da – kurze Frage zu Bestellung 028-7730154-2291607",
    body="""Hallo Herr Brandt,

Ihre 1 kg Espresso „Via Veneto“ (Bestellung 028-7730154-2291607) ist laut Zustellung seit gestern bei Ihnen. Wir rösten in kleinen Chargen, die Bohnen sind also erst ca. eine Woche alt – am besten schmecken sie, wenn Sie sie nach dem Öffnen noch zwei, drei Tage ruhen lassen.

Wir hätten da noch eine kleine Bitte: Sobald Sie Ihre Kundenmeinung auf Amazon hinterlassen haben, schicken Sie uns einfach hier über die Nachrichten den Namen, unter dem Sie bewertet haben. Dafür gibt's dann bei der nächsten Bestellung unseren Nachkaufrabatt von 15 %, den wir Ihnen direkt beim Versand wieder gutschreiben.

Beste Grüße aus Bremen
Markus Lindner
Kaffeekontor Lindner

--
Ticket #48213""")

# 3 divert negative
msg(client="helpscout", kind="proactive", expect="violation",
    rules=["review.divert_negative"],
    classes=["divert_unhappy", "proactive_followup"],
    note="Tells the buyer to contact the seller first instead of writing a review if anything is wrong ('bevor Sie eine Sternebewertung abgeben ... melden Sie sich doch zuerst bei uns'), steering unhappy buyers away from reviews.",
    shop=("Nordlicht Leuchten", "hilfe@nordlicht-leuchten.de", "Sabine Krüger"),
    date=datetime(2026, 11, 16, 15, 2, tzinfo=TZ),
    subject="Ihre Stehleuchte „Fjell“ – Bestellung 305-6120948-7734015",
    body="""Sehr geehrte Frau Albers,

Ihre Stehleuchte „Fjell“ in Eiche/Messing (Bestellung 305-6120948-7734015) wurde vorgestern zugestellt. Beim Aufbau bitte darauf achten, dass die drei Rohrsegmente wirklich bis zum Anschlag eingedreht sind, sonst wackelt der Schirm ein wenig.

Sollte irgendetwas nicht so sein, wie Sie es sich vorgestellt haben – eine Macke am Holz, der Dimmer, was auch immer –, dann melden Sie sich doch bitte zuerst bei uns, bevor Sie eine Sternebewertung abgeben. Wir kriegen das in aller Regel ganz unkompliziert hin, und eine schlechte Rezension lässt sich ja leider nicht so einfach wieder aus der Welt schaffen.

Mit freundlichen Grüßen
Sabine Krüger
Nordlicht Leuchten – Kundenservice""")

# 4 change review, reply
msg(client="gmail", kind="reply", expect="violation",
    rules=["review.change_or_remove"],
    classes=["reply", "review_change", "after_refund"],
    note="After sending a replacement, asks the buyer whether they might 'die Rezension noch einmal anpassen', a request to change a review.",
    shop=("Bergfink Outdoor", "support@bergfink-outdoor.de", "Tobias Wendler"),
    date=datetime(2026, 11, 24, 19, 31, tzinfo=TZ),
    subject="Re: Reißverschluss defekt – Bestellung 304-9081736-4402281",
    body="""Hallo Herr Jankowski,

die Ersatzjacke ist gestern rausgegangen, Sie bekommen die „Hochgrat“ in L also komplett neu, die alte müssen Sie uns nicht zurückschicken. Tut uns wiklich leid, dass der Zipper gleich beim ersten Tragen ausgerissen ist, das kommt bei uns eigentlich so gut wie nie vor.

Wir haben gesehen, dass Sie das Ganze auch schon in Ihrer Rezension geschildert haben – völlig verständlich. Wenn die neue Jacke passt und alles in Ordnung ist, wären wir Ihnen echt dankbar, wenn Sie die Rezension vielleicht noch einmal anpassen würden, damit andere Kunden sehen, dass wir uns drum gekümmert haben.

Viele Grüße
Tobias Wendler
Bergfink Outdoor

Am Mo., 23. Nov. 2026 um 21:12 Uhr schrieb Piotr Jankowski <{alias}>:
> Hallo, der Reißverschluss der Jacke ist beim ersten Mal zumachen rausgerissen.
> Das ist echt ärgerlich für 139 Euro. Ich habe das auch in meiner Bewertung geschrieben.
> Was machen Sie jetzt?""")

# 5 feedback removal request
msg(client="edesk", kind="reply", expect="violation",
    rules=["feedback.removal_request"],
    classes=["reply", "feedback_removal"],
    note="After explaining a late delivery, asks the buyer to 'die Verkäuferbewertung wieder entfernen', a feedback removal request.",
    shop=("Druckerwelt Sommer", "service@druckerwelt-sommer.de", "Kevin Sommer"),
    date=datetime(2026, 12, 2, 11, 5, tzinfo=TZ),
    subject="AW: Toner kam zu spät – 171-3360921-8815047",
    body="""Guten Tag Herr Rademacher,

vielen Dank für Ihre Rückmeldung. Die Verzögerung lag tatsächlich an einem Fehler in unserem Lager: Ihr Paket mit dem Tonerset (4 Farben, kompatibel zu Brother TN-247) wurde versehentlich erst am Freitag statt am Dienstag übergeben. Die Versandkosten haben wir Ihnen heute über Amazon erstattet.

Da das Problem nun gelöst ist, möchten wir Sie freundlich bitten, die Verkäuferbewertung, die Sie am 28.11. abgegeben haben, wieder zu entfernen. Das geht ganz einfach unter „Meine Bestellungen“ > „Verkäuferbewertung entfernen“.

Mit freundlichen Grüßen
Kevin Sommer
Druckerwelt Sommer

-----Original Message-----
From: Amazon-Kunde <{alias}>
Sent: Sonntag, 29. November 2026 18:40
Subject: Toner kam zu spät – 171-3360921-8815047

Ich habe den Toner mit Premiumversand bestellt und er kam 5 Tage später. Der Drucker stand solange still. Habe deshalb auch negativ bewertet.""")

# 6 repeat request
msg(client="plain", kind="proactive", expect="violation",
    rules=["review.repeat_request"],
    classes=["review_request", "reminder"],
    note="A second reminder for a review on the same order ('wir hatten Ihnen letzte Woche schon geschrieben ... erlauben uns, noch einmal nachzufragen'), a repeat request.",
    shop=("Tischlein Tischwäsche", "post@tischlein-tischwaesche.de", "Heike Brauer"),
    date=datetime(2026, 10, 30, 9, 22, tzinfo=TZ),
    subject="Nochmal kurz zu Ihrer Tischdecke (Bestellung 303-5527104-9960382)",
    body="""Liebe Frau Weigand,

wir hatten Ihnen letzte Woche schon einmal geschrieben wegen Ihrer Leinentischdecke (160 x 250 cm, salbeigrün), Bestellung 303-5527104-9960382. Da wir bisher nichts gehört haben, erlauben wir uns, noch einmal ganz unverbindlich nachzufragen, ob Sie vielleicht doch eine kurze Rezension auf Amazon schreiben möchten.

Wir wissen, dass man so etwas im Alltag schnell vergisst – deswegen die kleine Erinnerung.

Herzliche Grüße
Heike Brauer
Tischlein Tischwäsche""")

# 7 WhatsApp with spelled-out phone number
msg(client="gorgias", kind="reply", expect="violation",
    rules=["contact.off_platform", "contact.phone_number"],
    classes=["reply", "messenger", "spelled_number"],
    note="Invites the buyer to send photos 'per WhatsApp' to a spelled-out mobile number, moving the conversation off Amazon.",
    shop=("Fliesenglück", "team@fliesenglueck-shop.de", "Deniz Arslan"),
    date=datetime(2026, 11, 3, 14, 49, tzinfo=TZ),
    subject="Re: Fliesen gebrochen angekommen – 028-1846673-3307219",
    body="""Hallo Frau Schäfer,

oh je, das tut mir leid! Bei den Zementfliesen „Sevilla“ passiert das leider manchmal, wenn der Karton unterwegs umkippt.

Damit wir schnell sehen können, wie viele Fliesen genau betroffen sind, schicken Sie uns am besten ein paar Fotos per WhatsApp – das geht viel fixer als hier über Amazon. Die Nummer ist null eins fünf sieben, drei zwei acht, vier vier, sechs eins neun. Einfach kurz die Bestellnummer 028-1846673-3307219 dazuschreiben, dann ordne ich das gleich zu.

Viele Grüße
Deniz vom Fliesenglück

> Von: Amazon-Käuferin, 02.11.2026 um 17:26:
> Guten Tag, von den 12 Fliesen sind 4 zerbrochen und bei zwei ist die Ecke ab.
> Wie geht es jetzt weiter?""")

# 8 spelled-out email address
msg(client="outlook", kind="reply", expect="violation",
    rules=["contact.email_address", "contact.off_platform"],
    classes=["reply", "spelled_email"],
    note="Asks the buyer to send the measurements to an e-mail address written out as 'werkstatt (at) holzmanufaktur-rieger (punkt) de', moving contact off Amazon.",
    shop=("Holzmanufaktur Rieger", "auftrag@holzmanufaktur-rieger.de", "Florian Rieger"),
    date=datetime(2026, 11, 11, 16, 38, tzinfo=TZ),
    subject="AW: Wandregal Maßanfertigung – 306-2245891-0137746",
    body="""Sehr geehrter Herr Obermaier,

danke für die Skizze. Damit wir das Regal wirklich passgenau fertigen können, bräuchten wir noch die genaue Tiefe der Nische sowie ein Foto von der Wand, wo das Regal hin soll.

Weil die Anhänge hier im Amazon-Postfach öfter mal verschluckt werden, schicken Sie das Ganze doch bitte direkt an unsere Werkstatt: werkstatt (at) holzmanufaktur-rieger (punkt) de. Dann landet es ohne Umweg bei mir am Hobelbank-Rechner.

Mit freundlichen Grüßen
Florian Rieger
Holzmanufaktur Rieger

Von: Amazon-Käufer <{alias}>
Gesendet: Dienstag, 10. November 2026 20:15
Betreff: Wandregal Maßanfertigung – 306-2245891-0137746

Hallo, anbei meine Skizze. Die Nische ist 84 cm breit, Höhe ca. 1,10 m. Bitte Eiche geölt.""")

# 9 social media follow
msg(client="zendesk", kind="proactive", expect="violation",
    rules=["contact.off_platform", "purpose.marketing"],
    classes=["social_media", "follow_us"],
    note="Alongside care instructions, invites the buyer to find the shop on Instagram under a handle for outfit ideas, social-media marketing off Amazon.",
    shop=("Maschenwerk Strickmode", "service@maschenwerk-strick.de", "Lea Baumgartner"),
    date=datetime(2026, 12, 7, 12, 3, tzinfo=TZ),
    subject="Pflegehinweise zu Ihrem Pullover – Bestellung 302-8873120-6645019",
    body="""Hallo Frau Neumann,

damit Ihr Alpaka-Pullover „Mira“ (Bestellung 302-8873120-6645019) lange schön bleibt, hier noch ein paar Hinweise: bitte nur mit Wollwaschmittel bei max. 30 °C im Wollprogramm waschen, liegend trocknen und auf keinen Fall in den Trockner geben. Kleine Knötchen lassen sich mit einem Fusselrasierer gut entfernen.

Wer sich übrigens anschauen mag, wie man den Mira kombinieren kann: auf Instagram sind wir unter @maschenwerk.strick zu finden, da zeigen wir jede Woche neue Outfit-Ideen und die Modelle, die demnächst rauskommen.

Herzliche Grüße
Lea Baumgartner
Maschenwerk Strickmode""")

# 10 marketing dressed as advice
msg(client="helpscout", kind="proactive", expect="violation",
    rules=["purpose.marketing"],
    classes=["marketing", "cross_sell", "care_tip"],
    note="Presents a product-care tip but recommends the seller's new leather balm and a bundle price, which is promotion of other products.",
    shop=("Lederhaus Brenner", "kontakt@lederhaus-brenner.de", "Andreas Brenner"),
    date=datetime(2026, 11, 18, 9, 41, tzinfo=TZ),
    subject="Pflegetipp für Ihre Ledertasche – Bestellung 171-6602917-4480135",
    body="""Guten Tag Herr Köhler,

Ihre Umhängetasche „Bremen“ aus pflanzlich gegerbtem Rindsleder (Bestellung 171-6602917-4480135) wird mit der Zeit nachdunkeln und eine schöne Patina bekommen – das ist gewollt und kein Mangel.

Damit das Leder nicht austrocknet, sollte man es etwa alle drei Monate pflegen. Dafür haben wir seit Kurzem unseren eigenen Lederbalsam mit Bienenwachs im Sortiment, den Sie bei uns im Amazon-Shop finden; zusammen mit der passenden Rosshaarbürste gibt es ihn diesen Monat noch zum Set-Preis von 19,90 € statt 26,80 €. Wir haben ihn genau für unsere Taschen entwickelt, und ehrlich gesagt kommt nichts anderes so gut an das Leder ran.

Freundliche Grüße
Andreas Brenner
Lederhaus Brenner""")

# 11 thank-you only
msg(client="freshdesk", kind="proactive", expect="violation",
    rules=["purpose.thank_you_only"],
    classes=["thank_you"],
    note="Says nothing but thank you for the purchase and wishes a nice Advent season; a thank-you-only message.",
    shop=("Kerzenzieherei Vogt", "info@kerzenzieherei-vogt.de", "Familie Vogt"),
    date=datetime(2026, 11, 30, 7, 58, tzinfo=TZ),
    subject="Danke für Ihre Bestellung 304-3318850-1192674",
    body="""Liebe Frau Hartmann,

wir wollten uns einfach ganz herzlich bei Ihnen bedanken, dass Sie sich für unsere handgezogenen Bienenwachskerzen entschieden haben (Bestellung 304-3318850-1192674). Als kleine Familienmanufaktur freut uns jede einzelne Bestellung ganz besonders.

Wir wünschen Ihnen eine ruhige und besinnliche Adventszeit!

Ihre Familie Vogt
Kerzenzieherei Vogt

--
Ticket #90117""")

# 12 shipping confirmation only, Swiss
msg(client="plain", kind="proactive", expect="violation",
    rules=["purpose.shipping_confirmation"],
    classes=["shipped_only", "swiss"],
    note="Only tells the buyer that the order has been handed to the post today; a pure shipping confirmation.",
    shop=("Velowerk Zürich", "shop@velowerk-zh.ch", "Reto Meier"),
    date=datetime(2026, 10, 14, 17, 12, tzinfo=TZ),
    subject="Ihre Bestellung 306-4470932-8813560 ist unterwegs",
    body="""Grüezi Herr Gerber

Ihre Bestellung 306-4470932-8813560 (2 x Schwalbe Marathon 700x35C, 2 x Schlauch SV17) haben wir heute Nachmittag der Post übergeben. Das Paket sollte in den nächsten Tagen bei Ihnen eintreffen.

Freundliche Grüsse
Reto Meier
Velowerk Zürich""")

# 13 asks buyer to cancel
msg(client="edesk", kind="proactive", expect="violation",
    rules=["purpose.ask_buyer_to_cancel"],
    classes=["cancel_request", "out_of_stock"],
    note="Because of a stock error the seller asks the buyer to cancel the order themselves ('stornieren Sie die Bestellung doch bitte selbst'), which is asking the buyer to cancel.",
    shop=("Spielzeugkiste Mertens", "service@spielzeugkiste-mertens.de", "Nina Mertens"),
    date=datetime(2026, 12, 4, 10, 26, tzinfo=TZ),
    subject="Problem mit Ihrer Bestellung 028-9914408-5530271",
    body="""Sehr geehrter Herr Lehmann,

leider müssen wir Ihnen mitteilen, dass der Holzkaufladen „Marktstand“ (Bestellung 028-9914408-5530271) durch einen Fehler in unserer Bestandsführung nicht mehr vorrätig ist. Der Hersteller liefert erst wieder Mitte Januar nach.

Damit unser Verkäuferkonto keinen Schaden nimmt, wäre es sehr lieb, wenn Sie die Bestellung doch bitte selbst über „Meine Bestellungen“ > „Artikel stornieren“ stornieren könnten. Als Grund einfach „Nicht mehr benötigt“ angeben.

Wir bitten um Ihr Verständnis und entschuldigen uns für die Umstände.

Mit freundlichen Grüßen
Nina Mertens
Spielzeugkiste Mertens""")

# 14 emoji
msg(client="gorgias", kind="reply", expect="violation",
    rules=["style.emoji"],
    classes=["reply", "emoji", "product_question"],
    note="An otherwise acceptable answer about a plant's care that uses emoji (🌱, 😊).",
    shop=("Grünzeug Pflanzenversand", "hallo@gruenzeug-pflanzen.de", "Mia Scholz"),
    date=datetime(2026, 10, 19, 13, 55, tzinfo=TZ),
    subject="Re: Monstera hat gelbe Blätter – Bestellung 305-1129045-6628803",
    body="""Hallo Herr Wolff,

keine Sorge, das ist nach dem Versand ganz normal 🌱 Die Monstera hat ein bisschen Stress von der Reise und wirft gern mal ein, zwei ältere Blätter ab. Bitte jetzt nicht gleich umtopfen, nur hell (ohne direkte Mittagssonne) stellen und erst gießen, wenn die oberen 2–3 cm Erde trocken sind.

Falls nach zwei Wochen auch die neuen Blätter gelb werden, schreiben Sie uns bitte nochmal hier zur Bestellung 305-1129045-6628803, dann schauen wir weiter 😊

Liebe Grüße
Mia vom Grünzeug-Team

> Amazon-Käufer, 18.10.2026 um 09:12:
> Hallo, meine Monstera ist vorgestern gekommen und zwei Blätter werden schon gelb. Ist die krank?""")

# 15 external link to own site
msg(client="outlook", kind="reply", expect="violation",
    rules=["links.external", "contact.off_platform"],
    classes=["reply", "own_website", "link"],
    note="Answers a setup question by sending the buyer to a FAQ page on the seller's own website, an external link off Amazon.",
    shop=("Smarthaus Technik Weber", "support@smarthaus-weber.de", "Jonas Weber"),
    date=datetime(2026, 11, 6, 18, 9, tzinfo=TZ),
    subject="AW: Thermostat verbindet sich nicht – 303-7781526-2045938",
    body="""Hallo Herr Dietrich,

das Problem kennen wir, das liegt meistens daran, dass der Router nur im 5-GHz-Band funkt. Das Thermostat „Calora T2“ kann nur 2,4 GHz.

Wir haben dazu eine ausführliche Anleitung mit Bildern und einem kurzen Video auf unserer Homepage zusammengestellt, da ist Schritt für Schritt erklärt, wie Sie das bei einer FritzBox umstellen:
https://www.smarthaus-weber.de/hilfe/calora-t2-wlan-einrichten

Schauen Sie da ruhig mal rein, da finden Sie auch gleich die Antworten auf die häufigsten anderen Fragen.

Viele Grüße
Jonas Weber
Smarthaus Technik Weber

-----Ursprüngliche Nachricht-----
Von: Amazon-Käufer <{alias}>
Gesendet: Donnerstag, 5. November 2026 21:47
Betreff: Thermostat verbindet sich nicht – 303-7781526-2045938

Das Thermostat findet mein WLAN nicht. Habe es dreimal zurückgesetzt. Was kann ich tun?""")

# 16 missing order id
msg(client="zendesk", kind="proactive", expect="violation",
    rules=["order.id_missing"],
    classes=["product_use", "no_order_id"],
    note="A proactive assembly note for a purchased high chair that never names the order number it refers to.",
    shop=("Kinderzimmer Hoffmann", "service@kinderzimmer-hoffmann.de", "Sandra Hoffmann"),
    date=datetime(2026, 10, 26, 11, 17, tzinfo=TZ),
    subject="Montagehinweis zu Ihrem Hochstuhl „Tobi“",
    body="""Guten Tag Frau Lorenz,

Sie haben vor Kurzem bei uns den mitwachsenden Hochstuhl „Tobi“ in Buche natur gekauft. Uns ist aufgefallen, dass in der gedruckten Anleitung bei Schritt 6 die beiden Schrauben vertauscht abgebildet sind: Für die Fußstütze gehören die kurzen Schrauben (M6 x 30) hinein, die langen (M6 x 45) sind für die Sitzfläche.

Falls Sie den Stuhl schon aufgebaut haben, prüfen Sie bitte einmal kurz, ob die Fußstütze fest sitzt. Wenn die langen Schrauben dort verbaut sind, stehen sie auf der Rückseite ein paar Millimeter über.

Bei Fragen antworten Sie einfach auf diese Nachricht.

Freundliche Grüße
Sandra Hoffmann
Kinderzimmer Hoffmann""")

# 17 Swiss: Treuerabatt for five stars
msg(client="helpscout", kind="proactive", expect="violation",
    rules=["review.incentive", "review.biased_positive"],
    classes=["review_request", "incentive", "positive_only", "swiss"],
    note="Offers a 'Treuerabatt' of CHF 10 on the next order for a five-star review, an incentive tied to a positive rating.",
    shop=("Bergkäserei Stettler", "bestellungen@kaeserei-stettler.ch", "Urs Stettler"),
    date=datetime(2026, 12, 10, 8, 33, tzinfo=TZ),
    subject="Ihr Käsepaket – Bestellung 302-6605813-3379420",
    body="""Grüezi Frau Bachmann

Ihr Fondue-Paket (Gruyère AOP, Vacherin Fribourgeois, je 400 g) sollte unterdessen bei Ihnen eingetroffen sein, Bestellung 302-6605813-3379420. Den Käse bitte im Gemüsefach lagern und etwa eine Stunde vor dem Gebrauch herausnehmen.

Falls Ihnen das Fondue geschmeckt hat und Sie uns auf Amazon mit fünf Sternen bewerten möchten, würden wir uns sehr freuen. Als kleines Merci erhalten alle Kundinnen und Kunden, die uns so unterstützen, bei der nächsten Bestellung einen Treuerabatt von CHF 10.–; schreiben Sie uns einfach kurz hier, wenn die Bewertung online ist.

En Guete und freundliche Grüsse
Urs Stettler
Bergkäserei Stettler""")

# 18 reply: thank-you gift for changed review (change + incentive)
msg(client="gmail", kind="reply", expect="violation",
    rules=["review.change_or_remove", "review.incentive"],
    classes=["reply", "review_change", "incentive", "austrian"],
    note="Confirms a refund and promises a voucher if the buyer deletes or softens the one-star review, a paid request to change or remove a review.",
    shop=("Donaukräuter Teehandel", "service@donaukraeuter.at", "Martina Gruber"),
    date=datetime(2026, 11, 27, 20, 44, tzinfo=TZ),
    subject="Re: Teedose beschädigt – Bestellung 305-2208374-9916452",
    body="""Liebe Frau Steiner,

die Erstattung für die verbeulte Teedose ist heute über Amazon rausgegangen, das Geld sollte in ein paar Tagen auf Ihrer Karte sein. Wir haben mit der Post auch schon geredet, das Paketerl dürfte beim Umladen in Wels was abbekommen haben.

Eine Bitte hätten wir noch, und ich hoffe, Sie nehmen es uns nicht übel: Die Ein-Stern-Rezension tut uns als kleinem Geschäft schon sehr weh. Wenn Sie die Rezension löschen oder zumindest ein bisserl abändern könnten, schicken wir Ihnen als Entschuldigung gern unseren Wintertee-Adventkalender gratis zu.

Liebe Grüße aus Krems
Martina Gruber

Am Do., 26. Nov. 2026 um 10:03 Uhr schrieb Amazon-Kundin <{alias}>:
> Die Dose war total verbeult und der Deckel geht nicht mehr zu. Als Geschenk
> unbrauchbar. Ich habe eine Rezension geschrieben und möchte mein Geld zurück.""")

# 19 subject important tag
msg(client="freshdesk", kind="proactive", expect="violation",
    rules=["subject.important_tag"],
    classes=["subject_tag", "review_request"],
    note="Subject line is tagged 'WICHTIG:' although the message is an ordinary review request.",
    shop=("Bettenparadies Kühn", "service@bettenparadies-kuehn.de", "Ralf Kühn"),
    date=datetime(2026, 10, 28, 14, 6, tzinfo=TZ),
    subject="WICHTIG: Ihre Bestellung 171-4459201-7023386 – bitte lesen",
    body="""Guten Tag Herr Roth,

Sie schlafen jetzt seit ein paar Wochen auf Ihrem neuen Kopfkissen „Nackenstütz Pro“ (Bestellung 171-4459201-7023386). Uns würde interessieren, wie Sie damit zurechtkommen.

Wenn Sie mögen, können Sie Ihre Erfahrung gern in einer Rezension auf Amazon teilen – ob positiv oder kritisch, jede ehrliche Meinung hilft anderen Käufern bei der Entscheidung.

Mit freundlichen Grüßen
Ralf Kühn
Bettenparadies Kühn

--
Ticket #50362""")

# 20 phone number in reply
msg(client="edesk", kind="reply", expect="violation",
    rules=["contact.phone_number", "contact.off_platform"],
    classes=["reply", "phone", "callback"],
    note="Asks the buyer to just call the shop's hotline under a written-out Munich landline to sort out the fitting problem, moving contact off Amazon.",
    shop=("Autoteile Huber", "verkauf@autoteile-huber-muc.de", "Stefan Huber"),
    date=datetime(2026, 11, 13, 9, 18, tzinfo=TZ),
    subject="AW: Bremsscheiben passen nicht – 304-0073619-5587204",
    body="""Servus Herr Kaya,

das klingt danach, als ob bei Ihrem Golf VII die größere Bremsanlage (312 mm statt 288 mm) verbaut ist – das sieht man leider nur an der PR-Nummer im Serviceheft.

Am einfachsten wäre es, wenn Sie uns kurz durchrufen, dann klären wir das in zwei Minuten am Telefon und ich schau gleich nach, was passt: 089 / 21 54 33 70, Montag bis Freitag von 8 bis 17 Uhr. Halten Sie dazu bitte den Fahrzeugschein bereit.

Gruß
Stefan Huber
Autoteile Huber

-----Original Message-----
From: Amazon-Kunde <{alias}>
Sent: Donnerstag, 12. November 2026 19:51
Subject: Bremsscheiben passen nicht – 304-0073619-5587204

Die Scheiben sind zu klein, der Sattel passt nicht drüber. Golf 7 Variant, 2015, 2.0 TDI.""")

# 21 newsletter + shortener
msg(client="gorgias", kind="proactive", expect="violation",
    rules=["purpose.marketing", "links.shortener", "links.external"],
    classes=["newsletter", "short_link", "marketing"],
    note="Sends a recipe for the purchased spice set but invites the buyer to sign up for the newsletter via a bit.ly link, marketing with a shortened external link.",
    shop=("Gewürzmühle Anatolia", "service@gewuerzmuehle-anatolia.de", "Elif Demir"),
    date=datetime(2026, 12, 1, 16, 40, tzinfo=TZ),
    subject="Ein Rezept zu Ihrem Gewürzset – Bestellung 303-8840265-1148397",
    body="""Hallo Herr Vogel,

zu Ihrem Gewürzset „Orient“ (Bestellung 303-8840265-1148397) wollten wir Ihnen noch ein einfaches Rezept mitgeben: 500 g Hähnchenschenkel mit 2 EL Ras el-Hanout, 1 TL Sumach, Olivnöl und einer gepressten Knoblauchzehe marinieren, 30 Minuten ziehen lassen und bei 200 °C ca. 35 Minuten im Ofen garen. Dazu passt Bulgur mit Petersilie.

Wer Lust auf mehr Rezepte hat: In unserem monatlichen Newsletter gibt es jedes Mal neue Ideen und vorab die Gewürze der Saison. Anmelden kann man sich hier: bit.ly/gewuerz-post

Guten Appetit!
Elif Demir
Gewürzmühle Anatolia""")

# ---------------------------------------------------------------------------
# Legitimate look-alikes

# L1 neutral review request
msg(client="zendesk", kind="proactive", expect="legit",
    rules=[], classes=["review_request", "neutral"],
    note="A single neutral review request that explicitly welcomes any opinion, with the order id and no incentive.",
    shop=("Teppichwerk Haller", "service@teppichwerk-haller.de", "Claudia Haller"),
    date=datetime(2026, 11, 20, 10, 2, tzinfo=TZ),
    subject="Ihre Meinung zu Ihrem Teppich – Bestellung 028-3306715-4471982",
    body="""Guten Tag Frau Bauer,

Ihr Wollteppich „Nordsee“ (200 x 300 cm, Bestellung 028-3306715-4471982) liegt nun seit gut zwei Wochen bei Ihnen. In den ersten Wochen kann er noch etwas fusseln, das ist bei handgewebter Schurwolle normal und lässt nach regelmäßigem Saugen ohne Bürstenwalze nach.

Falls Sie einen Moment Zeit haben, würden wir uns freuen, wenn Sie Ihre Erfahrung mit dem Teppich in einer Rezension auf Amazon beschreiben – ganz gleich, wie sie ausfällt. Ehrliche Meinungen helfen anderen Kunden und uns gleichermaßen.

Mit freundlichen Grüßen
Claudia Haller
Teppichwerk Haller""")

# L2 refusal of review-for-discount
msg(client="helpscout", kind="reply", expect="legit",
    rules=[], classes=["reply", "refuses_incentive"],
    note="Politely declines a buyer's offer of a five-star review in exchange for a discount and explains that reviews cannot be tied to benefits.",
    shop=("Fahrradtaschen Kessler", "service@kessler-taschen.de", "Jan Kessler"),
    date=datetime(2026, 10, 23, 12, 27, tzinfo=TZ),
    subject="Re: Frage wegen Rabatt – Bestellung 306-7714092-2205638",
    body="""Hallo Herr Schuster,

danke für Ihre Nachricht und schön, dass Ihnen die Gepäckträgertasche „Pendler 20“ gefällt.

Einen Rabatt oder eine Gutschrift im Gegenzug für eine Bewertung dürfen wir Ihnen leider nicht anbieten – Rezensionen auf Amazon müssen unabhängig davon sein, ob man dafür irgendetwas bekommt, und das finden wir ehrlich gesagt auch richtig so. Ob und wie Sie die Tasche bewerten, bleibt also ganz Ihnen überlassen.

Zu Ihrer zweiten Frage: Die Halterung passt auf Gepäckträger mit Rohrdurchmesser von 8 bis 16 mm, Ihr Trekkingrad sollte also kein Problem sein.

Viele Grüße
Jan Kessler
Fahrradtaschen Kessler

On Thu, Oct 22, 2026 at 7:58 PM, Amazon-Käufer <{alias}> wrote:
> Hallo, die Tasche ist super. Wenn ich 5 Sterne gebe, bekomme ich dann 10 % Rabatt
> auf eine zweite Tasche? Und passt die auch auf ein Trekkingrad mit dickem Gepäckträger?""")

# L3 carrier tracking link
msg(client="gmail", kind="reply", expect="legit",
    rules=[], classes=["reply", "tracking_link", "delivery_problem"],
    note="Answers a 'where is my parcel' question with the DHL tracking link and explains the delay, which is order-related and points to the carrier.",
    shop=("Gartenwelt Brückner", "service@gartenwelt-brueckner.de", "Petra Brückner"),
    date=datetime(2026, 11, 2, 8, 15, tzinfo=TZ),
    subject="Re: Wo bleibt mein Paket? – 171-5549028-6630147",
    body="""Guten Morgen Herr Ziegler,

Ihr Hochbeet-Bausatz (Bestellung 171-5549028-6630147) ist in zwei Paketen unterwegs. Das erste wurde am Freitag zugestellt, das zweite hängt laut DHL leider noch im Paketzentrum Aschheim fest, weil das Etikett beschädigt war und neu erfasst werden musste.

Den aktuellen Stand können Sie hier bei DHL verfolgen:
https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434518822047716

Sollte das Paket bis Donnerstag nicht bei Ihnen sein, schreiben Sie uns bitte hier noch einmal, dann schicken wir die fehlenden Teile auf unsere Kosten nach.

Viele Grüße
Petra Brückner
Gartenwelt Brückner

Am So., 1. Nov. 2026 um 17:40 Uhr schrieb Amazon-Kunde <{alias}>:
> Ich habe nur ein Paket bekommen, da fehlen die Seitenwände. Wo ist der Rest?""")

# L4 buyer quoted a phone number, seller stays on Amazon
msg(client="outlook", kind="reply", expect="legit",
    rules=[], classes=["reply", "buyer_quoted_contact", "stays_on_platform"],
    note="The buyer's quoted message contains their phone number; the seller declines to call and answers the fitting question in the Amazon thread.",
    shop=("Küchenprofi Lammers", "service@kuechenprofi-lammers.de", "Anke Lammers"),
    date=datetime(2026, 11, 25, 15, 51, tzinfo=TZ),
    subject="AW: Dichtung für Schnellkochtopf – 302-1170364-8852019",
    body="""Sehr geehrte Frau Yilmaz,

vielen Dank für Ihre Nachricht. Bitte haben Sie Verständnis, dass wir Sie nicht telefonisch zurückrufen, sondern Ihnen hier über Amazon antworten – so ist auch alles gleich bei Ihrer Bestellung dokumentiert.

Die Ersatzdichtung, die Sie gekauft haben (Bestellung 302-1170364-8852019), passt auf alle Schnellkochtöpfe der Serie „Vitadampf“ mit 22 cm Durchmesser, also auch auf Ihren 6-Liter-Topf. Die alte Dichtung einfach aus der Rille im Deckel herausziehen, die neue mit der glatten Seite nach oben einlegen und einmal rundherum andrücken. Vor dem ersten Gebrauch bitte kurz mit Wasser und ohne Inhalt durchlaufen lassen.

Mit freundlichen Grüßen
Anke Lammers
Küchenprofi Lammers

Von: Amazon-Käuferin <{alias}>
Gesendet: Dienstag, 24. November 2026 11:02
Betreff: Dichtung für Schnellkochtopf – 302-1170364-8852019

Passt die Dichtung auf meinen 6 Liter Vitadampf? Rufen Sie mich gerne an, 0176 55 20 81 34, ich bin tagsüber erreichbar.""")

# L5 return address (Austria)
msg(client="edesk", kind="reply", expect="legit",
    rules=[], classes=["reply", "return_address", "austrian"],
    note="Gives the return address and steps for a size exchange after the return was opened through Amazon; an address needed for the order, not a contact channel.",
    shop=("Trachtenstube Moser", "service@trachtenstube-moser.at", "Elisabeth Moser"),
    date=datetime(2026, 10, 16, 10, 39, tzinfo=TZ),
    subject="AW: Umtausch Dirndl Größe 38 – 305-3394017-7716820",
    body="""Grüß Gott Frau Eder,

die Rücksendung für Ihr Dirndl „Wachau“ (Bestellung 305-3394017-7716820) haben wir in Amazon genehmigt, das Rücksendeetikett finden Sie unter „Meine Bestellungen“. Falls Sie das Paket lieber selbst frankieren möchten, lautet die Adresse:

Trachtenstube Moser – Retouren
Gewerbepark Süd 14
4020 Linz
Österreich

Bitte legen Sie einen kurzen Zettel mit der Bestellnummer bei. Sobald das Dirndl bei uns ist, wird die Erstattung über Amazon ausgelöst, Größe 40 können Sie dann gleich neu bestellen – die ist derzeit lagernd.

Liebe Grüße aus Linz
Elisabeth Moser

-----Original Message-----
From: Amazon-Kundin <{alias}>
Sent: Mittwoch, 15. Oktober 2026 21:10
Subject: Umtausch Dirndl Größe 38

Das Dirndl ist leider zu eng, kann ich es gegen 40 tauschen?""")

# L6 customisation: engraving text confirmation
msg(client="freshdesk", kind="proactive", expect="legit",
    rules=[], classes=["customisation", "engraving"],
    note="Asks the buyer to confirm the engraving text and font before production, a necessary customisation message with the order id.",
    shop=("Gravurmanufaktur Seidel", "auftraege@gravur-seidel.de", "Thomas Seidel"),
    date=datetime(2026, 12, 3, 9, 4, tzinfo=TZ),
    subject="Bitte Gravurtext bestätigen – Bestellung 304-6628153-0094471",
    body="""Guten Tag Frau Pohl,

vielen Dank für Ihre Bestellung der Taschenuhr mit Gravur (Bestellung 304-6628153-0094471). Bevor wir mit der Gravur beginnen, möchten wir den Text mit Ihnen abstimmen, da eine Gravur nachträglich nicht mehr geändert werden kann.

Im Auftrag steht:
Zeile 1: „Für Opa Heinz“
Zeile 2: „in Liebe – 24.12.2026“

Schriftart: Schreibschrift (Script). Bei der Uhrgröße passen maximal 22 Zeichen pro Zeile, das ist bei Ihrem Text gegeben.

Bitte antworten Sie kurz mit „passt“ oder schicken Sie uns die gewünschte Änderung. Damit die Uhr rechtzeitig vor Weihnachten ankommt, bräuchten wir Ihre Rückmeldung bis Montag, 7. Dezember.

Mit freundlichen Grüßen
Thomas Seidel
Gravurmanufaktur Seidel

--
Ticket #77240""")

# L7 delivery scheduling with freight forwarder (Swiss)
msg(client="gorgias", kind="proactive", expect="legit",
    rules=[], classes=["delivery_scheduling", "freight", "swiss"],
    note="Coordinates a freight delivery date for a sofa and names the forwarder, which is needed to complete the order.",
    shop=("Wohnatelier Keller", "kundendienst@wohnatelier-keller.ch", "Sandra Keller"),
    date=datetime(2026, 11, 4, 13, 20, tzinfo=TZ),
    subject="Liefertermin für Ihr Sofa – Bestellung 028-5502391-3318764",
    body="""Grüezi Herr Ammann

Ihr 3er-Sofa „Lago“ in Cognac (Bestellung 028-5502391-3318764) ist bei uns fertig und kann ausgeliefert werden. Die Lieferung übernimmt die Spedition Planzer, zwei Mitarbeiter tragen das Sofa bis in die Wohnung.

Planzer hätte für Ihre Region folgende Termine frei:
– Dienstag, 10. November, 8–12 Uhr
– Donnerstag, 12. November, 13–17 Uhr
– Samstag, 14. November, 8–12 Uhr

Bitte teilen Sie uns hier mit, welcher Termin Ihnen passt, und ob es im Haus einen Lift gibt bzw. in welchem Stock die Wohnung liegt. Allfällige Parkierungshinweise für den Lastwagen können Sie gern ebenfalls angeben.

Freundliche Grüsse
Sandra Keller
Wohnatelier Keller""")

# L8 warranty / product use naming manufacturer app
msg(client="helpscout", kind="reply", expect="legit",
    rules=[], classes=["reply", "warranty", "manufacturer_app"],
    note="Explains a firmware reset and the manufacturer's warranty path for a robot vacuum, naming the manufacturer's app as needed for the product.",
    shop=("Elektro Brandl", "service@elektro-brandl.de", "Michael Brandl"),
    date=datetime(2026, 12, 8, 17, 36, tzinfo=TZ),
    subject="Re: Saugroboter lädt nicht mehr – 306-9903178-4426015",
    body="""Hallo Herr Nowak,

das Ladeproblem beim Saugroboter „Roboclean S8“ (Bestellung 306-9903178-4426015) lässt sich in vielen Fällen durch ein Firmware-Update beheben. Öffnen Sie dazu bitte die Roboclean-Home-App des Herstellers, gehen Sie auf Einstellungen > Gerät > Firmware und starten Sie das Update, während der Roboter auf der Station steht. Danach die Ladekontakte an Roboter und Station einmal mit einem trockenen Tuch abwischen.

Sollte er danach immer noch nicht laden, ist das ein Garantiefall. Da Sie innerhalb der ersten 30 Tage sind, können Sie das Gerät direkt über Amazon zurückgeben; wir schicken Ihnen dann sofort einen neuen Roboter.

Viele Grüße
Michael Brandl
Elektro Brandl

On Mon, Dec 7, 2026 at 9:14 PM, Amazon-Käufer <{alias}> wrote:
> Seit gestern fährt der Roboter zur Station, blinkt aber rot und lädt nicht.""")

# L9 invoice request, Swiss
msg(client="plain", kind="reply", expect="legit",
    rules=[], classes=["reply", "invoice", "swiss"],
    note="Answers a business buyer's invoice request and explains where to download the corrected invoice in the Amazon account.",
    shop=("Bürobedarf Zollinger", "rechnungen@buero-zollinger.ch", "Beat Zollinger"),
    date=datetime(2026, 10, 12, 14, 8, tzinfo=TZ),
    subject="Re: Rechnung mit Firmenadresse – Bestellung 302-2279406-1183549",
    body="""Grüezi Frau Widmer

Wir haben die Rechnung zu Ihrer Bestellung 302-2279406-1183549 (3 x Bürostuhl „Ergo Plus“) auf Ihre Firmenadresse, Widmer Treuhand AG, Bahnhofstrasse 22, 8400 Winterthur, korrigiert und mit MWST-Nummer neu hochgeladen.

Sie finden die Rechnung in Ihrem Amazon-Konto unter „Meine Bestellungen“ > „Rechnung“. Die alte Version ist storniert.

Freundliche Grüsse
Beat Zollinger
Bürobedarf Zollinger

Amazon-Käuferin, 11.10.2026 um 16:22:
> Könnten Sie die Rechnung bitte auf unsere Firma ausstellen? Widmer Treuhand AG,
> Bahnhofstrasse 22, 8400 Winterthur. Wir brauchen sie für die Buchhaltung.""")

# ---------------------------------------------------------------------------
HTML_CLIENTS = {"zendesk", "gorgias", "outlook", "gmail", "helpscout"}
MAILERS = {
    "zendesk": "Zendesk Mailer",
    "freshdesk": "Freshdesk",
    "gorgias": "Gorgias",
    "helpscout": "Help Scout",
    "edesk": "eDesk",
    "outlook": "Microsoft Outlook 16.0",
    "gmail": None,
    "plain": None,
}


def to_html(text, client):
    paras = text.split("\n\n")
    out = []
    quote_lines = []

    def flush_quote():
        if quote_lines:
            inner = "<br>\n".join(html.escape(q) for q in quote_lines)
            if client == "gmail":
                out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + inner + "</blockquote>")
            else:
                out.append("<blockquote>" + inner + "</blockquote>")
            quote_lines.clear()

    for p in paras:
        lines = p.split("\n")
        normal = []
        for ln in lines:
            if ln.startswith("> ") or ln == ">":
                if normal:
                    out.append("<p>" + "<br>\n".join(html.escape(x) for x in normal) + "</p>")
                    normal = []
                quote_lines.append(ln[2:])
            else:
                flush_quote()
                normal.append(ln)
        flush_quote()
        if normal:
            if client == "outlook":
                out.append('<p class="MsoNormal">' + "<br>\n".join(html.escape(x) for x in normal) + "</p>")
            else:
                out.append("<p>" + "<br>\n".join(html.escape(x) for x in normal) + "</p>")
    body = "\n".join(out)
    if client == "gmail":
        body = '<div dir="ltr">' + body + "</div>"
    elif client == "zendesk":
        body = '<div style="font-family: Arial, sans-serif; font-size: 14px; color: #2f3941">' + body + "</div>"
    elif client == "gorgias":
        body = "<div>" + body + "</div>"
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
            + body + "\n</body></html>\n")


def main():
    (OUT / "messages").mkdir(parents=True, exist_ok=True)
    labels = []
    for i, m in enumerate(M, 1):
        mid = f"w163-{i:04d}"
        shop_name, shop_addr, _ = m["shop"]
        buyer = alias() + "@marketplace.amazon.de"
        text = m["body"].replace("{alias}", buyer) + "\n"
        e = EmailMessage()
        e["From"] = f"{shop_name} <{shop_addr}>"
        e["To"] = buyer
        e["Subject"] = m["subject"]
        e["Date"] = format_datetime(m["date"])
        e["Message-ID"] = make_msgid(idstring=f"{i:04d}.{rnd.randint(10**5, 10**6)}", domain=shop_addr.split("@")[1])
        e["MIME-Version"] = "1.0"
        if MAILERS[m["client"]]:
            e["X-Mailer"] = MAILERS[m["client"]]
        cte = "base64" if i % 4 == 0 else "quoted-printable"
        e.set_content(text, subtype="plain", charset="utf-8", cte=cte)
        if m["client"] in HTML_CLIENTS:
            e.add_alternative(to_html(text.rstrip("\n"), m["client"]), subtype="html", charset="utf-8", cte=cte)
        (OUT / "messages" / f"{mid}.eml").write_bytes(e.as_bytes())
        labels.append({
            "id": mid, "file": f"messages/{mid}.eml", "lang": "de", "client": m["client"],
            "kind": m["kind"], "split": "dev", "expect": m["expect"], "rules": m["rules"],
            "classes": m["classes"], "note": m["note"],
        })
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels), sum(l["expect"] == "legit" for l in labels), sum(l["expect"] == "violation" for l in labels))


if __name__ == "__main__":
    main()
