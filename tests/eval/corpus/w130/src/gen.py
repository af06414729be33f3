#!/usr/bin/env python3
"""Generate the w130 German small-seller messages (written by hand, rendered with stdlib email)."""
import json, os, random, html
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import policy
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
random.seed(130)

def alias():
    return "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))

M = []
def add(**kw):
    M.append(kw)

# ---------------------------------------------------------------- 1 legit
add(frm=("Kerzenwerkstatt Sommerfeld", "service@kerzen-sommerfeld.de"),
    subj="AW: Frage zu Ihrer Bestellung 302-4418273-5530917 (Stumpenkerzen salbeigrün)",
    client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["whatsapp_request", "refusal_late", "crafts"],
    note="Buyer wanted to send a colour photo via WhatsApp; seller explains at length that the number cannot be given over Amazon and asks for the photo as an attachment here.",
    fmt="plain",
    body="""Hallo Frau Bechtold,

vielen Dank für Ihre Nachricht, und entschuldigen Sie bitte dass ich erst heute antworte, wir hatten am Wochenende Weihnachtsmarkt in Görlitz und ich bin kaum zum Schreiben gekommen.

Wegen der Farbe: ich verstehe gut, dass Sie mir am liebsten schnell ein Foto von Ihrem Tischläufer per WhatsApp schicken würden, damit ich das Grün passend hinbekomme, und ehrlich gesagt wäre das für mich auch am einfachsten, nur meine Handynummer darf ich Ihnen hier über Amazon nicht geben. Das ist so eine Regel von Amazon, da halte ich mich dran.

Sie können das Foto aber ganz einfach hier im Nachrichtenfenster als Anhang mitschicken (da ist unten so eine kleine Büroklammer), das kommt bei mir genauso an. Bei Tageslicht fotografiert ist am besten, bei Lampenlicht wird alles so gelblich.

Die vier Stumpenkerzen (7 x 12 cm) aus Ihrer Bestellung 302-4418273-5530917 gieße ich dann diese Woche noch, die müssen danach zwei Tage aushärten, Versand wäre also voraussichtlich Freitag.

Viele Grüße aus der Lausitz
Katrin Sommerfeld
Kerzenwerkstatt Sommerfeld
""",
    quote=("amazon_de", "Amazon-Käufer, 23.11.2026 um 21:14:",
"""Hallo, ich hab die salbeigrünen Kerzen bestellt, bin mir aber unsicher ob das zu meinem Tischläufer passt. Kann ich Ihnen ein Foto per WhatsApp schicken? Dann geht das schneller. Gruß A. Bechtold"""))

# ---------------------------------------------------------------- 2 violation
add(frm=("Kerzen & Wachs Lütje", "kontakt@luetje-wachs.de"),
    subj="Re: Bestellung 028-7719035-2214468",
    client="gmail", kind="reply", expect="violation",
    rules=["contact.off_platform", "contact.phone_number"],
    classes=["whatsapp_request", "gives_in", "hedged", "crafts"],
    note="Seller 'ausnahmsweise' gives a mobile number for WhatsApp so the buyer can send photos there; the clause with the number moves contact off Amazon.",
    fmt="plain",
    body="""Moin Herr Quast,

ja das mit den Fotos ist über Amazon immer so ne Sache, die werden manchmal so klein gerechnet dass man nix mehr erkennt. Eigentlich soll man das ja alles hier drüber machen, aber ausnahmsweise, weil es um die Sonderfarbe geht: schicken Sie mir die Bilder einfach per WhatsApp an 0152 / 338 41 907, das ist mein Handy, da bin ich meistens auch abends noch dran.

Dann kann ich Ihnen direkt sagen ob das Bordeauxrot so hinkommt oder ob ich lieber etwas dunkler färben soll. Die Bestellung 028-7719035-2214468 (2x Tafelkerzen 25 cm, Sonderfarbe) halte ich solange zurück.

Gruß von der Küste
Jens Lütje
""",
    quote=("gmail", "Am Di., 24. Nov. 2026 um 18:02 Uhr schrieb Amazon-Käufer:",
"""Moin, können wir das mit der Farbe per WhatsApp klären? Ich würde Ihnen gern zwei Fotos von unserem Esszimmer schicken. Grüße, T. Quast"""))

# ---------------------------------------------------------------- 3 legit
add(frm=("Hofmetzgerei Brugger", "bestellung@brugger-hofmetzgerei.de"),
    subj="AW: Schwarzwälder Schinken – Bestellung 303-2296714-8841052",
    client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["own_website_request", "discount_request", "refusal_late", "regional_food", "dialect"],
    note="Buyer asked whether it is cheaper to order on the farm's own website; seller explains in a long clause that he cannot send the buyer there or give a discount outside Amazon.",
    fmt="html",
    body="""Grüß Gott Herr Welsch,

dankschön für Ihre Anfrage. Dass der Schinken bei uns im Hofladen in Titisee-Neustadt ein bissle günstiger ist als hier, stimmt schon, das liegt halt an den Gebühren und am Kühlversand, aber auf eine eigene Seite von uns verweisen oder Ihnen außerhalb von Amazon einen Sonderpreis machen, das darf ich über dieses Postfach nicht, da bitte ich um Verständnis.

Zu Ihrer Bestellung 303-2296714-8841052: der ganze Schinken am Stück (ca. 1,2 kg) geht am Montag in der Kühlbox mit DHL raus, damit er nicht übers Wochenende im Lager liegt. Am Stück hält er sich im Kühlschrank gut 6 Wochen, eingewickelt in ein Leinentuch, nicht in Frischhaltefolie, sonst schwitzt er.

Wenn noch was ist, schreiben Sie einfach hier.

Beste Grüße aus dem Hochschwarzwald
Martin Brugger
Hofmetzgerei Brugger
""",
    quote=("freshdesk", "Am 25.11.2026 09:41, schrieb Kunde über Amazon:",
"""Guten Tag, ich habe gesehen, dass Sie auch einen eigenen Onlineshop haben. Ist es dort günstiger? Dann würde ich künftig lieber direkt bei Ihnen bestellen. Oder können Sie mir hier einen Rabatt geben? MfG Welsch"""))

# ---------------------------------------------------------------- 4 violation
add(frm=("Imkerei am Hanselhof", "post@honig-hanselhof.de"),
    subj="Re: Waldhonig 500g – Bestellung 306-5520847-1163390",
    client="outlook", kind="reply", expect="violation",
    rules=["contact.off_platform", "links.external", "purpose.marketing"],
    classes=["own_website_request", "discount_request", "gives_in", "hedged", "regional_food", "dialect"],
    note="Seller tells the buyer 'unter uns' that the honey is cheaper on the own website and writes the www address with a discount hint, moving the sale off Amazon.",
    fmt="plain",
    body="""Servus Frau Kerschbaumer,

freut mich dass Ihnen der Waldhonig so gut schmeckt, heuer war er wirklich besonders dunkel, des kommt vom Honigtau von den Fichten.

Ihre Bestellung 306-5520847-1163390 ist gestern mit der Post raus, sollt also bis Donnerstag da sein.

Und wegen Ihrer Frage mit dem Rabatt, also unter uns gesagt: hier bei Amazon kann ich am Preis nix drehen, aber auf unserer eigenen Seite www.honig-hanselhof.de kostet das Glas 2 Euro weniger und ab 6 Gläser ist der Versand frei. Wenn Sie da mal bestellen, schreiben'S ins Bemerkungsfeld "Amazon-Kundin", dann leg ich Ihnen noch ein kleines Glas Blütenhonig dazu.

Schöne Grüße vom Hof
Sepp und Resi Hansel
""",
    quote=("outlook", "-----Ursprüngliche Nachricht-----\nVon: Amazon Marketplace-Käufer\nGesendet: Montag, 30. November 2026 07:55\nBetreff: Waldhonig",
"""Hallo, der Honig ist wunderbar. Gibt es einen Rabatt wenn ich regelmäßig bestelle? Ich bräuchte so 10 Gläser im Jahr für die ganze Familie. Liebe Grüße, Kerschbaumer"""))

# ---------------------------------------------------------------- 5 legit
add(frm=("Antiquariat Wendehals", "antiquariat@wendehals-buecher.de"),
    subj="Re: PayPal – Bestellung 028-3306119-4471825",
    client="gmail", kind="reply", expect="legit", rules=[],
    classes=["paypal_direct_request", "refusal_next_sentence", "books"],
    note="Buyer proposed paying a second book by PayPal Friends; seller explains the second title can be ordered on Amazon and that direct PayPal payments are not possible.",
    fmt="plain",
    body="""Sehr geehrter Herr Dr. Ahlgrimm,

besten Dank für Ihre freundliche Nachricht. Das Buch "Die Mark Brandenburg im Kartenbild 1588–1900" aus Ihrer Bestellung 028-3306119-4471825 ist heute in die Post gegangen, gut in Luftpolsterfolie, der Schutzumschlag hat am Rücken den kleinen Einriss den ich in der Beschreibung erwähnt hatte, sonst ist es sehr ordentlich.

Den zweiten Band, nach dem Sie fragen, habe ich tatsächlich noch da, und ich würde ihn Ihnen auch gern gleich mit ins Paket legen und den Betrag einfach per PayPal an Freunde annehmen, wie Sie es vorschlagen. Das geht aber leider nicht. Ich verkaufe hier nur über Amazon und die Zahlung muss auch über Amazon laufen, sonst bekomme ich Ärger mit meinem Verkäuferkonto, und Sie wären als Käufer auch nicht über die A-bis-z-Garantie abgesichert.

Ich stelle Band 2 heute Abend bei Amazon ein, dann können Sie ihn ganz normal bestellen. Wenn Sie ihn innerhalb von ein paar Tagen kaufen, schicke ich ihn sofort hinterher.

Mit freundlichen Grüßen
Hartmut Wendehals
Antiquariat Wendehals, Eberswalde
""",
    quote=("gmail", "On Thu, Nov 26, 2026 at 4:18 PM Amazon Buyer wrote:",
"""Sehr geehrter Herr Wendehals,
haben Sie zufällig auch Band 2 (1900-1990)? Dann könnten Sie ihn doch mitschicken und ich überweise Ihnen das per PayPal an Freunde, das spart uns beiden die Gebühren.
Mit freundlichen Grüßen
J. Ahlgrimm"""))

# ---------------------------------------------------------------- 6 violation
add(frm=("Bücherstube Krause", "krause@buecherstube-krause.de"),
    subj="AW: Bestellung 302-8840271-6654013 – noch zwei Bände?",
    client="outlook", kind="reply", expect="violation",
    rules=["contact.off_platform", "contact.email_address"],
    classes=["paypal_direct_request", "gives_in", "books"],
    note="Seller agrees to sell two more books outside Amazon and gives a private e-mail address for a PayPal Friends payment.",
    fmt="plain",
    body="""Hallo Frau Nitschke,

na klar, die beiden anderen Bände von der Kästner-Werkausgabe hab ich noch, die lagen im selben Karton wie der, den Sie bestellt haben (Nr. 302-8840271-6654013). Gleicher Zustand, leicht nachgedunkelt, keine Anstreichungen.

Einstellen bei Amazon ist mir ehrlich gesagt grad zu viel Arbeit, das mit den ISBNs und Fotos dauert bei den alten Ausgaben immer ewig. Wenn's Ihnen recht ist machen wir das einfach so wie Sie vorgeschlagen haben: 14 Euro für beide zusammen, per PayPal an Freunde an buecherkrause.hannelore@gmx.de, und ich leg sie dann zu Ihrem Paket dazu. Geht morgen früh raus.

Herzliche Grüße
Hannelore Krause
""",
    quote=("outlook", "-----Original Message-----\nFrom: Amazon Marketplace\nSent: Friday, November 27, 2026 11:32 AM\nSubject: Weitere Bände",
"""Hallo, haben Sie noch die Bände 3 und 4? Die würde ich auch nehmen, vielleicht per PayPal direkt, dann können Sie alles in ein Paket tun? Gruß, B. Nitschke"""))

# ---------------------------------------------------------------- 7 legit
add(frm=("Ersatzteile Weißgerber", "support@weissgerber-ersatzteile.de"),
    subj="AW: Laugenpumpe einbauen – Bestellung 305-1174408-9902316",
    client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["phone_request", "manufacturer_video", "spare_parts", "refusal_late"],
    note="Buyer asked for a phone call to guide the pump installation; seller says written help only here, gives steps and names the manufacturer's YouTube video as a reference without a link.",
    fmt="plain",
    body="""Guten Tag Herr Oltmanns,

danke für Ihre Nachricht zur Laugenpumpe (Bestellung 305-1174408-9902316, passend für Bosch/Siemens Serie 4, E-Nr. WAN28K40).

Dass man sowas am liebsten kurz am Telefon durchgeht, während man schon mit dem Schraubenzieher vor der Maschine kniet, kann ich mir gut vorstellen, einen Anruf oder eine Telefonnummer kann ich Ihnen über die Amazon-Nachrichten aber leider nicht anbieten. Ich schreibe Ihnen die Schritte deshalb hier auf:

1. Stecker ziehen, Wasserhahn zu.
2. Unten rechts die Sockelblende abnehmen (zwei Clips), Restwasser über den Notentleerungsschlauch in eine flache Schale ablassen. Handtücher hinlegen, da kommt mehr als man denkt.
3. Flusensieb herausdrehen.
4. Die Maschine auf die linke Seite kippen (vorher die Decke auf den Boden), dann kommen Sie von unten an die Pumpe.
5. Stecker an der Pumpe abziehen, Schlauchschellen lösen, die Pumpe ist mit einer Schraube und einem Bajonett befestigt – ca. eine Achteldrehung gegen den Uhrzeigersinn.
6. Neue Pumpe in umgekehrter Reihenfolge einbauen, die Dichtung vom Flusensieb gleich mit prüfen.

Bosch selbst hat auf seinem offiziellen YouTube-Kanal ein Reparaturvideo dazu, wenn Sie dort nach "Bosch Laugenpumpe wechseln Frontlader" suchen, ist es eins der ersten Ergebnisse. Da sieht man besonders gut den Handgriff mit dem Bajonett.

Falls die Maschine danach immer noch Fehler E18 anzeigt, schreiben Sie mir bitte hier, dann schauen wir weiter.

Mit freundlichen Grüßen
Ulrike Weißgerber
Ersatzteile Weißgerber – Hausgeräteteile seit 1991
""",
    quote=("gt", "> Von: Amazon-Käufer\n> Datum: 28.11.2026 14:20",
"""Hallo, die Pumpe ist da. Ich hab sowas aber noch nie gemacht. Können Sie mich kurz anrufen und mir erklären wie das geht? Meine Nummer schicke ich gerne. Oltmanns"""))

# ---------------------------------------------------------------- 8 violation
add(frm=("Teile-Huber", "info@teile-huber-landmaschinen.de"),
    subj="Re: Vergaser Zündapp – Bestellung 304-6639021-7720558",
    client="gmail", kind="reply", expect="violation",
    rules=["contact.off_platform", "contact.phone_number"],
    classes=["phone_request", "gives_in", "spare_parts", "dialect"],
    note="Seller tells the buyer to just call him and writes his workshop phone number, fully moving the conversation to the phone.",
    fmt="plain",
    body="""Servus Herr Gstettner,

der Bing-Vergaser den Sie bestellt haben (304-6639021-7720558) passt auf die KS 50 ab Baujahr 1972, bei der älteren Ausführung müssten Sie den Ansaugstutzen mit tauschen, den hätt ich auch noch da.

Des ist aber schriftlich so mühsam zu erklären mit der Düsenbestückung und der Nadelstellung, rufen's mich einfach an, Werkstatt 08561 / 91 27 40, am besten vormittags, nachmittags bin ich meistens draußen beim Schrauben und hör's Telefon ned.

Pfiat Eahna
Alois Huber
Teile-Huber, Pfarrkirchen
""",
    quote=("gmail", "Am Mo., 30. Nov. 2026 um 20:47 Uhr schrieb Amazon-Käufer:",
"""Hallo, passt der Vergaser auf meine KS 50 von 1969? Und welche Hauptdüse brauch ich? Können wir vielleicht telefonieren? Gstettner"""))

# ---------------------------------------------------------------- 9 legit
add(frm=("Filzwerk Annegret", "hallo@filzwerk-annegret.de"),
    subj="AW: Hausschuhe Gr. 39 – Naht offen (Bestellung 306-9917302-5548126)",
    client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["instagram_photo", "return_refund", "crafts"],
    note="Seller has looked at the defect photo the buyer posted on her own Instagram and arranges a replacement or refund through Amazon; Instagram is only named as where the buyer's photo is.",
    fmt="html",
    body="""Liebe Frau Osterloh,

oh nein, das tut mir wirklich leid! Ich hab mir das Foto angeschaut, das Sie auf Ihrem Instagram-Profil gepostet und in Ihrer Nachricht erwähnt haben, und da sieht man ganz deutlich, dass an der linken Ferse die Naht aufgegangen ist. Das darf nach drei Wochen natürlich nicht sein, da hab ich beim Vernähen wohl den Faden nicht richtig gesichert.

Ich mach Ihnen zwei Vorschläge, Sie entscheiden:

– Ich filze Ihnen ein neues Paar in Gr. 39 in demselben Mohnrot und schicke es Ihnen kostenlos zu, das dauert etwa eine Woche. Die alten dürfen Sie behalten.
– Oder Sie bekommen den vollen Kaufpreis über Amazon erstattet, dafür klicken Sie einfach in Ihren Bestellungen bei 306-9917302-5548126 auf "Artikel zurücksenden", das Rücksendeetikett geht auf meine Kosten.

Schreiben Sie mir einfach hier, was Ihnen lieber ist.

Herzliche Grüße aus dem Allgäu
Annegret Vollmer
""",
    quote=("blockquote", "Amazon-Käufer, 29.11.2026 um 10:03:",
"""Hallo, bei meinen Hausschuhen ist nach drei Wochen die Naht an der Ferse kaputt. Ich hab das Foto auf meinem Instagram gepostet (@lenas_kleines_zuhause), vielleicht sehen Sie es da besser als wenn ich es hier hochlade. Was machen wir jetzt? Lena Osterloh"""))

# ---------------------------------------------------------------- 10 violation
add(frm=("Wollwerk Anni", "anni@wollwerk-anni.de"),
    subj="Re: Mütze Petrol – Bestellung 303-0027749-3316681",
    client="gmail", kind="reply", expect="violation",
    rules=["contact.off_platform", "purpose.marketing"],
    classes=["instagram_request", "gives_in", "crafts"],
    note="Buyer asked whether the seller is on Instagram; seller gives her handle and invites the buyer to follow for new colours and an Advent giveaway.",
    fmt="plain",
    body="""Liebe Frau Demirel,

wie schön, dass die petrolfarbene Mütze so gut angekommen ist und Ihrer Tochter passt! Die war aus der letzten Partie Merino, die ich noch hatte.

Ja, auf Instagram bin ich auch, eigentlich soll ich das hier nicht so reinschreiben, aber weil Sie so lieb gefragt haben: @wollwerk_anni. Da zeig ich immer zuerst die neuen Farben, bevor sie hier im Shop sind, und im Advent mach ich jeden Sonntag eine kleine Verlosung. Folgen Sie mir gern!

Ganz liebe Grüße
Anni (Annika Lohmeyer)
Bestellung 303-0027749-3316681
""",
    quote=("gt", "> Amazon-Käufer schrieb am 01.12.2026 19:26:",
"""Hallo, die Mütze ist wunderschön, meine Tochter will sie gar nicht mehr ausziehen. Sind Sie auch auf Instagram? Ich würde gern sehen was Sie sonst noch so stricken. LG Demirel"""))

# ---------------------------------------------------------------- 11 legit
add(frm=("Wollwerk Anni", "anni@wollwerk-anni.de"),
    subj="Re: Loop-Schal – Bestellung 028-5581306-0049273",
    client="gmail", kind="reply", expect="legit", rules=[],
    classes=["instagram_request", "refusal_late", "crafts"],
    note="Buyer asked for the seller's Instagram to follow her; seller thanks her and explains she is not allowed to advertise her channels through Amazon, then answers the washing question.",
    fmt="plain",
    body="""Liebe Frau Hagedorn,

vielen Dank, das freut mich riesig, dass Ihnen der Loop so gut gefällt!

Ihre Frage nach Instagram hab ich gelesen, und so gern ich Ihnen da jetzt meinen Namen hinschreiben würde, damit Sie meine anderen Sachen sehen können, Werbung für meine eigenen Kanäle darf ich über die Amazon-Nachrichten nicht machen, deshalb lass ich das hier lieber weg, ich hoffe Sie sind mir nicht böse.

Zum Waschen, weil Sie danach auch gefragt hatten: bitte nur Handwäsche oder Wollprogramm bei 30 Grad, mit Wollwaschmittel, nicht schleudern, sondern in einem Handtuch ausdrücken und liegend trocknen. Dann bleibt er schön weich und verzieht sich nicht.

Ganz liebe Grüße
Anni
(Bestellung 028-5581306-0049273)
""",
    quote=("gt", "> Amazon-Käufer schrieb am 02.12.2026 08:51:",
"""Hallo Anni, der Schal ist traumhaft! Wie wasche ich den am besten? Und haben Sie Instagram oder so, ich würde Ihnen gern folgen. Grüße Hagedorn"""))

# ---------------------------------------------------------------- 12 legit
add(frm=("Antiquariat Lesezeichen", "service@antiquariat-lesezeichen.de"),
    subj="AW: Erstattung Bestellung 305-4470083-6612984",
    client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["paypal_refund", "return_refund", "books"],
    note="Buyer asked for a partial refund straight to PayPal; seller issues the partial refund through Amazon and explains it lands on PayPal because the order was paid with PayPal on Amazon.",
    fmt="plain",
    body="""Guten Tag Frau Rösler,

das tut mir leid mit dem Wasserfleck am unteren Rand, den hatte ich beim Einstellen übersehen, das ist mein Fehler, ich hätte das in die Zustandsbeschreibung schreiben müssen.

Sie haben mich gebeten, Ihnen 6 Euro direkt per PayPal zurückzuschicken. Ich habe Ihnen die 6,00 EUR gerade als Teilerstattung über Amazon für die Bestellung 305-4470083-6612984 angewiesen. Da Sie bei Amazon mit PayPal bezahlt haben, geht das Geld automatisch auf Ihr PayPal-Konto zurück, das dauert meist 3 bis 5 Werktage. Sie müssen dafür nichts weiter tun und das Buch auch nicht zurückschicken.

Falls Sie es doch lieber zurückgeben möchten, geht das natürlich auch, dann einfach über "Meine Bestellungen" eine Rücksendung anlegen.

Freundliche Grüße
Michael Tetzlaff
Antiquariat Lesezeichen, Bamberg
""",
    quote=("outlook", "-----Original Message-----\nFrom: Amazon Marketplace\nSent: Wednesday, December 2, 2026 3:12 PM",
"""Hallo, das Buch hat einen Wasserfleck der nicht beschrieben war. Ich will es nicht zurückschicken, aber könnten Sie mir vielleicht 6 Euro per PayPal zurückschicken? Meine PayPal ist die gleiche Mail wie hier. Rösler"""))

# ---------------------------------------------------------------- 13 violation
add(frm=("Bücherkiste Oberhausen", "buecherkiste.ob@posteo.de"),
    subj="Re: Bestellung 302-9903517-4420186 – Seite fehlt",
    client="thunderbird", kind="reply", expect="violation",
    rules=["contact.off_platform"],
    classes=["paypal_refund", "gives_in", "books", "hedged"],
    note="Seller offers to refund 4 euros privately via PayPal 'to keep Amazon out of it' and asks for the buyer's PayPal address, moving payment off Amazon.",
    fmt="plain",
    body="""Hallo Herr Yilmaz,

oh je, da fehlt wirklich Seite 143/144 in dem Buch aus Ihrer Bestellung 302-9903517-4420186? Das ist mir beim Durchblättern nicht aufgefallen, tut mir leid. Das Buch ist aus einer Haushaltsauflösung, da schau ich normalerweise jede Seite an, aber bei dem hab ich wohl geschlampt.

Ich würd Ihnen gern 4 Euro zurückgeben. Über Amazon ist das immer so kompliziert und dann steht das bei mir als Reklamation drin, deshalb lassen wir Amazon da ausnahmsweise mal raus: schreiben Sie mir einfach Ihre PayPal-Adresse, dann schick ich Ihnen das Geld direkt rüber, noch heute.

Viele Grüße
Dieter Schwientek
Bücherkiste Oberhausen
""",
    quote=("thunderbird", "Am 03.12.26 um 09:15 schrieb Amazon-Käufer:",
"""Hallo, in dem Buch fehlen die Seiten 143 und 144. Ist jetzt nicht schlimm, aber ein bisschen ärgerlich. Können Sie mir was zurückgeben, vielleicht einfach per PayPal? Yilmaz"""))

# ---------------------------------------------------------------- 14 legit
add(frm=("Holzspielzeug Reinecke", "werkstatt@reinecke-holzspielzeug.de"),
    subj="AW: Gravur Namenszug – Bestellung 304-2258840-1197735",
    client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["phone_request", "refusal_late", "crafts", "family_business"],
    note="Buyer wanted to phone about the engraving; seller explains engraving details must be settled here in writing and asks the concrete questions.",
    fmt="html",
    body="""Hallo Frau Baumgartl,

hier schreibt Thomas, der Mann von Sabine, die Gravuren mach ich bei uns in der Werkstatt. Sie hatten gefragt, ob wir das mit dem Namenszug für den Steckwürfel nicht kurz am Telefon besprechen können, weil das schriftlich so umständlich ist, und ich verstehe das total, nur telefonieren oder unsere Nummer rausgeben, das können wir über Amazon nicht machen, das lassen die Regeln nicht zu.

Geht aber auch so ganz gut, ich brauch nur drei Sachen von Ihnen:

1. Den Namen genau so, wie er drauf soll (Groß-/Kleinschreibung, mit oder ohne Bindestrich – bei "Marie-Luise" wird's in der Schreibschrift ein bisschen eng, in Druckbuchstaben geht's gut).
2. Schrift: Schreibschrift oder Druckbuchstaben?
3. Soll das Geburtsdatum mit drauf? Das geht nur auf der Rückseite.

Wenn Sie mögen, können Sie mir auch eine kleine Skizze als Foto hier anhängen.

Sobald ich Ihre Antwort habe, graviere ich, und die Bestellung 304-2258840-1197735 geht spätestens zwei Tage danach raus – rechtzeitig vor dem 20. Dezember.

Viele Grüße aus der Werkstatt
Thomas Reinecke
Holzspielzeug Reinecke, Erzgebirge
""",
    quote=("blockquote", "Am 03.12.2026 um 13:40 schrieb Amazon-Käufer:",
"""Hallo, wegen der Gravur – können Sie mich vielleicht anrufen? Es ist ein Doppelname und ich weiß nicht wie ich das hier erklären soll. Danke, Baumgartl"""))

# ---------------------------------------------------------------- 15 violation
add(frm=("Holzwerk Pfister", "info@holzwerk-pfister.de"),
    subj="Re: Rabatt für 5 Frühstücksbretter – Bestellung 028-1146620-8835107",
    client="outlook", kind="reply", expect="violation",
    rules=["contact.off_platform", "purpose.marketing"],
    classes=["discount_request", "own_website_request", "gives_in", "crafts", "coupon"],
    note="Seller says he can't discount on Amazon but gives a 10 percent code for his own shop for the next order, i.e. marketing and diversion off Amazon.",
    fmt="plain",
    body="""Hallo Herr Kovačević,

danke für Ihre Bestellung 028-1146620-8835107 über die fünf Frühstücksbretter aus Kirschholz, die sind schon geölt und trocknen noch einen Tag, dann gehen sie raus.

Einen Rabatt hier bei Amazon einzeln einzutragen, das geht bei mir technisch nicht, der Preis ist der Preis. Fürs nächste Mal, wenn Sie wieder was für die Firma brauchen, bestellen Sie am besten direkt bei uns im Holzwerk-Pfister-Shop, da geben Sie den Code PFISTER10 ein, dann kriegen Sie 10 Prozent auf alles, auch auf die Schneidebretter mit Saftrille, die gibt's hier auf Amazon gar nicht.

Freundliche Grüße
Andreas Pfister
Holzwerk Pfister, Schreinerei in dritter Generation
""",
    quote=("outlook", "-----Ursprüngliche Nachricht-----\nVon: Amazon-Käufer\nGesendet: Donnerstag, 3. Dezember 2026 10:05",
"""Guten Tag, wir nehmen 5 Bretter als Weihnachtsgeschenk für unsere Mitarbeiter. Gibt es da einen Mengenrabatt? MfG Kovačević"""))

# ---------------------------------------------------------------- 16 legit
add(frm=("Holzwerk Pfister", "info@holzwerk-pfister.de"),
    subj="AW: Mengenrabatt Bestellung 305-7731084-2260491",
    client="outlook", kind="reply", expect="legit", rules=[],
    classes=["discount_request", "refusal_late", "crafts"],
    note="Buyer asked for a volume discount; seller explains he cannot give an individual discount through messages and answers the delivery-date question.",
    fmt="plain",
    body="""Guten Tag Frau Lindqvist,

danke für Ihre Nachricht zu den acht Untersetzern aus Eiche (Bestellung 305-7731084-2260491).

Ich hätte Ihnen bei acht Stück wirklich gern ein bisschen was nachgelassen, weil das für mich ja auch nur ein Arbeitsgang an der Fräse ist, einen individuellen Rabatt per Nachricht kann ich Ihnen über Amazon aber nicht einräumen. Es gilt der Preis, der im Angebot steht.

Zu Ihrer zweiten Frage: ja, die Untersetzer kommen rechtzeitig. Versand ist am Montag mit DHL, Zustellung in der Regel Dienstag oder Mittwoch, also gut vor Ihrem Firmenessen am 11.

Freundliche Grüße
Andreas Pfister
""",
    quote=("gt", "> Von: Amazon-Käufer\n> Gesendet: 04.12.2026 07:33",
"""Hallo, ich habe 8 Untersetzer bestellt. Kommen die bis zum 10.12.? Und bei der Menge könnten Sie doch eigentlich einen kleinen Rabatt geben, oder? Lindqvist"""))

# ---------------------------------------------------------------- 17 legit
add(frm=("Spreewaldhof Kubitza", "versand@spreewaldhof-kubitza.de"),
    subj="AW: Gutscheincode – Bestellung 306-4408812-7713059",
    client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["discount_request", "instagram_request", "refusal_late", "regional_food"],
    note="Buyer quoted an Instagram discount code; seller says there is no such code for Amazon orders and he cannot distribute codes, then answers about the pickles' shelf life.",
    fmt="plain",
    body="""Guten Tag Herr Paschke,

vielen Dank für Ihre Nachricht zu Ihren Gewürzgurken (Bestellung 306-4408812-7713059, 6 Gläser à 720 ml).

Sie schreiben, Sie hätten auf Instagram einen Code "GURKE15" gesehen und wollten wissen, ob der auch hier gilt. Ehrlich gesagt weiß ich nicht, wo der herkommt, wir selbst haben so einen Code nicht herausgegeben, und Rabattcodes über die Amazon-Nachrichten verteilen oder nachträglich auf eine Bestellung anrechnen, das können und dürfen wir auch nicht. Da muss ich Sie leider enttäuschen.

Zu der Haltbarkeit: ungeöffnet halten sich die Gläser mindestens bis Ende 2028, das Datum steht auf dem Deckel. Nach dem Öffnen bitte im Kühlschrank aufbewahren, die Gurken sollten immer mit Sud bedeckt sein, dann bleiben sie etwa 4 Wochen knackig.

Beste Grüße aus Lübbenau
Frank Kubitza
Spreewaldhof Kubitza – Familienbetrieb seit 1953
""",
    quote=("amazon_de", "Amazon-Käufer, 04.12.2026 um 12:18:",
"""Hallo, auf Instagram habe ich einen Code GURKE15 gesehen, gilt der auch bei Amazon? Kann man den nachträglich verrechnen? Und wie lange halten die Gurken? Paschke"""))

# ---------------------------------------------------------------- 18 violation
add(frm=("Marmeladenküche Oma Gerda", "bestellungen@omagerdas-marmelade.de"),
    subj="Re: Quittengelee – Bestellung 303-6620194-0054718",
    client="gmail", kind="reply", expect="violation",
    rules=["contact.off_platform", "contact.email_address"],
    classes=["phone_request", "gives_in", "hedged", "regional_food", "family_business"],
    note="Buyer asked for a phone number to order directly next time; seller refuses the phone but 'ausnahmsweise' writes the family e-mail address for direct orders.",
    fmt="plain",
    body="""Liebe Frau Hübner,

das ist aber lieb, dass Sie schreiben! Meine Mutter (die Oma Gerda, die gibt's wirklich) hat sich sehr gefreut, als ich ihr vorgelesen hab, dass Ihnen das Quittengelee so gut schmeckt wie früher bei Ihrer eigenen Großmutter.

Telefonnummer geben wir eigentlich keine raus, meine Mutter ist 81 und würde sonst den ganzen Tag am Telefon hängen. Aber ausnahmsweise, weil Sie ja schon so oft bei uns bestellt haben: schreiben Sie mir einfach direkt an familie.gerstenberger@t-online.de, dann packen wir Ihnen die Gläser so zusammen, wie Sie's brauchen, und Sie zahlen per Überweisung. Ist für uns auch einfacher als über Amazon.

Ihre aktuelle Bestellung 303-6620194-0054718 ist heute raus.

Herzliche Grüße aus dem Vogtland
Petra Gerstenberger
""",
    quote=("gmail", "Am Fr., 4. Dez. 2026 um 17:09 Uhr schrieb Amazon-Käufer:",
"""Liebe Marmeladenküche, das Quittengelee ist ein Traum! Könnten Sie mir eine Telefonnummer geben? Ich würde gern nächstes Jahr direkt bei Ihnen bestellen, so 12 Gläser. Herzlichst, Ingrid Hübner"""))

# ---------------------------------------------------------------- 19 legit
add(frm=("Marmeladenküche Oma Gerda", "bestellungen@omagerdas-marmelade.de"),
    subj="Re: Bestellung 028-9984016-3371520 – Telefonnummer?",
    client="gmail", kind="reply", expect="legit", rules=[],
    classes=["phone_request", "refusal_next_sentence", "regional_food", "family_business"],
    note="Buyer asked for a phone number to reorder directly; seller explains orders and questions go through Amazon and tells her how to find the shop again on Amazon.",
    fmt="plain",
    body="""Liebe Frau Kleinschmidt,

schön, dass Ihnen die Hagebuttenmarmelade so gut schmeckt, die ist dieses Jahr besonders fruchtig geworden, weil wir so einen sonnigen September hatten.

Sie fragen nach unserer Telefonnummer, damit Sie nächstes Jahr direkt bei uns anrufen und bestellen können. Das ist lieb gemeint, aber das geht über Amazon leider nicht, Telefonnummern dürfen wir hier nicht weitergeben und bestellen können Sie bei uns nur über Amazon.

Am einfachsten finden Sie uns wieder, wenn Sie in Ihren Bestellungen bei 028-9984016-3371520 auf unseren Verkäufernamen "Marmeladenküche Oma Gerda" klicken, da sehen Sie alle Sorten, die wir gerade haben. Und wenn Sie eine Frage haben, schreiben Sie einfach hier, ich lese das jeden Abend.

Herzliche Grüße
Petra Gerstenberger
""",
    quote=("gmail", "Am Sa., 5. Dez. 2026 um 10:44 Uhr schrieb Amazon-Käufer:",
"""Hallo, die Hagebutte ist super. Haben Sie eine Telefonnummer, wo man direkt bestellen kann? Ich bin nicht so fit mit dem Internet. Kleinschmidt"""))

# ---------------------------------------------------------------- 20 legit
add(frm=("Radteile Mahlke", "service@radteile-mahlke.de"),
    subj="AW: Schaltwerk Deore M6100 – Bestellung 304-3317720-8869021",
    client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["whatsapp_request", "manufacturer_video", "manufacturer_manual", "spare_parts", "refusal_late"],
    note="Buyer wanted a WhatsApp video call to set up the derailleur; seller refuses, gives adjustment steps and points to Shimano's dealer manual and official video by name only.",
    fmt="plain",
    body="""Hallo Jonas,

ich duz dich einfach mal, du hast ja auch mit "Hey" angefangen.

Das mit dem WhatsApp-Videocall, damit ich mir live angucke, warum die Kette an dem Deore-Schaltwerk aus deiner Bestellung 304-3317720-8869021 beim Runterschalten aufs kleinste Ritzel so rattert, wäre echt praktisch, und ich würd's auch machen, wenn ich dürfte, aber über Amazon darf ich dir weder meine Nummer geben noch irgendwas außerhalb machen. Also hier schriftlich:

Das Rattern kommt fast immer von der H-Anschlagschraube oder von zu wenig Zugspannung. Schalte aufs kleinste Ritzel, dreh den Einsteller am Schaltwerk zwei Klicks raus (gegen den Uhrzeigersinn), dann probieren. Wenn's aufs große Ritzel nicht sauber hochgeht: noch ein halber Klick. Und check den B-Tension-Abstand: 5 bis 6 mm zwischen oberer Schaltrolle und größtem Ritzel.

Shimano hat für das M6100 eine Händlerbetriebsanleitung (DM-RDM6100), die findest du bei Shimano im Bereich "Manuals", und auf dem offiziellen Shimano-YouTube-Kanal gibt's ein Einstellvideo zur Deore 12-fach. Das erklärt das mit der B-Schraube besser als ich in Textform.

Wenn's dann immer noch rattert, schick mir hier ein Foto vom Schaltwerk von hinten, dann schau ich mir das an.

Grüße
Sven Mahlke
Radteile Mahlke, Leipzig
""",
    quote=("gt", "> Amazon-Käufer schrieb am 05.12.2026 22:10:",
"""Hey, das Schaltwerk ist dran aber es rattert wie blöd beim Runterschalten. Können wir kurz per WhatsApp videocallen, dann zeig ich dir das? Jonas"""))

# ---------------------------------------------------------------- 21 violation
add(frm=("Radteile Mahlke", "service@radteile-mahlke.de"),
    subj="AW: Tretlager BSA – Bestellung 302-7728015-4410937",
    client="freshdesk", kind="reply", expect="violation",
    rules=["contact.off_platform"],
    classes=["whatsapp_request", "gives_in", "hedged", "spare_parts"],
    note="Seller says he can't give his number here, then tells the buyer to find the shop via Google and send the WhatsApp video there; half-way give-in that still moves contact off Amazon.",
    fmt="plain",
    body="""Moin Kai,

meine Handynummer darf ich dir hier über Amazon ja nicht reinschreiben, die filtern das sowieso raus. Aber wenn du bei Google "Radteile Mahlke Leipzig" eingibst, findest du unseren Laden, da steht die WhatsApp-Nummer direkt auf der Startseite. Schick mir da das Video vom Knacken, dann kann ich dir sagen ob's am Tretlager liegt oder doch an den Pedalen.

Das Tretlager aus Bestellung 302-7728015-4410937 ist übrigens 68 mm BSA, passt also auf deinen Rahmen, das hatte ich nochmal nachgeschaut.

Grüße
Sven
""",
    quote=("gt", "> Amazon-Käufer schrieb am 06.12.2026 11:02:",
"""Moin, das Tretlager ist drin, knackt aber. Kann ich dir ein Video per WhatsApp schicken? Hier kann man keine Videos hochladen. Kai"""))

# ---------------------------------------------------------------- 22 legit
add(frm=("Nähkram Jablonski", "kundenservice@naehkram-jablonski.de"),
    subj="AW: Greifer passt nicht – Bestellung 305-0019382-6627143",
    client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["phone_request", "manufacturer_service", "return_refund", "spare_parts"],
    note="Buyer asked for a phone call because the hook doesn't fit; seller explains in writing, refers warranty questions about the machine to the manufacturer's customer service by name, and offers a return through Amazon.",
    fmt="plain",
    body="""Sehr geehrte Frau Wiśniewski,

danke für Ihre Nachricht und die Fotos. Telefonisch kann ich Sie von hier aus leider nicht erreichen, deshalb hier ausführlich:

Auf Ihrem Foto sieht man, dass Ihre Pfaff eine Select 4.2 ist, die hat einen anderen Greifer als die Select 3.0, für die der Greifer aus Ihrer Bestellung 305-0019382-6627143 gedacht ist. Das ist leider auf den ersten Blick kaum zu unterscheiden, die Nummer steht unten auf dem Typenschild. Der Fehler liegt also nicht bei Ihnen.

Da Ihre Maschine erst 14 Monate alt ist und der Greifer nach Ihrer Beschreibung von selbst ausgebrochen ist, würde ich Ihnen raten, sich zuerst an den Kundendienst von Pfaff zu wenden, das sollte noch unter die Herstellergarantie fallen. Die Kontaktdaten stehen im Garantieheft, das bei der Maschine dabei war.

Den falschen Greifer können Sie ganz normal über Amazon zurückschicken, Sie bekommen den vollen Betrag erstattet. Wenn Sie den passenden für die 4.2 doch lieber bei uns möchten, sagen Sie mir Bescheid, dann prüfe ich, ob wir ihn vorrätig haben.

Mit freundlichen Grüßen
Dorota Jablonski
""",
    quote=("outlook", "-----Original Message-----\nFrom: Amazon Marketplace Buyer\nSent: Sunday, December 6, 2026 6:40 PM\nSubject: Greifer",
"""Guten Tag, der Greifer passt nicht in meine Maschine, ich habe Fotos angehängt. Können Sie mich bitte anrufen, ich komme damit nicht klar. Die Maschine ist noch ziemlich neu. Wiśniewski"""))

# ---------------------------------------------------------------- 23 violation
add(frm=("Seifenmanufaktur Lavendelhaus", "info@lavendelhaus-seifen.de"),
    subj="Re: Rabatt? Bestellung 306-2274410-9918536",
    client="gmail", kind="reply", expect="violation",
    rules=["review.incentive", "review.biased_positive"],
    classes=["discount_request", "gives_in", "crafts", "review_for_discount"],
    note="Buyer asked for a discount; seller offers to refund 3 euros once the buyer leaves a five-star review, an incentive tied to a positive review.",
    fmt="plain",
    body="""Hallo Frau Bartoszewski,

danke für Ihre Bestellung (306-2274410-9918536, 6 Stück Ziegenmilchseife Lavendel). Einen Rabatt hier direkt kann ich leider nicht einstellen, Amazon lässt mich den Preis für einzelne Kunden nicht ändern.

Aber ich mach Ihnen einen Vorschlag, unter uns: wenn die Seifen angekommen sind und Sie mir eine 5-Sterne-Bewertung da lassen, dann schreiben Sie mir kurz hier, und ich erstatte Ihnen 3 Euro über Amazon zurück. Das hilft uns als kleiner Familienbetrieb wirklich sehr, wir haben erst 12 Bewertungen.

Liebe Grüße
Mareike Sandvoß
Seifenmanufaktur Lavendelhaus
""",
    quote=("gmail", "On Sun, Dec 6, 2026 at 9:15 AM Amazon Buyer wrote:",
"""Hallo, ich nehme 6 Seifen, gibt es da vielleicht einen kleinen Nachlass? Grüße Bartoszewski"""))

# ---------------------------------------------------------------- 24 legit
add(frm=("Seifenmanufaktur Lavendelhaus", "info@lavendelhaus-seifen.de"),
    subj="Re: Etsy-Preis – Bestellung 028-6615093-2287744",
    client="gmail", kind="reply", expect="legit", rules=[],
    classes=["discount_request", "own_website_request", "refusal_late", "crafts"],
    note="Buyer says the soap is cheaper on Etsy and asks for that price; seller explains the price difference and that she can neither match it here nor send the buyer to another platform.",
    fmt="plain",
    body="""Hallo Herr Engländer,

danke für Ihre ehrliche Nachricht. Sie haben recht, dass die Preise bei uns nicht überall gleich sind, das liegt einfach daran, dass jede Plattform andere Gebühren nimmt und wir bei Amazon zusätzlich die Verpackung anders machen müssen (jede Seife einzeln in Folie, wegen dem Versandlager), und dass ich Ihnen jetzt hier den anderen Preis einräumen oder Sie dahin verweisen könnte, wo es günstiger ist, so ist das leider nicht, das darf ich über Amazon nicht.

Was ich Ihnen aber sagen kann: Ihre Bestellung 028-6615093-2287744 (3x Honig-Hafer, 3x Rosmarin) geht morgen raus. Die Seifen sind alle mindestens 6 Wochen gereift, also direkt benutzbar. Bitte immer trocken lagern, am besten auf einer Seifenschale mit Rillen, dann halten sie viel länger.

Viele Grüße
Mareike Sandvoß
""",
    quote=("gmail", "On Sun, Dec 6, 2026 at 8:02 PM Amazon Buyer wrote:",
"""Hallo, ich habe gesehen, dass Ihre Seifen auf Etsy 1,50 Euro billiger sind. Können Sie mir hier den gleichen Preis machen? Sonst bestelle ich lieber dort. Engländer"""))

# ---------------------------------------------------------------- 25 violation
add(frm=("Filzfee Marlene", "marlene@filzfee-marlene.de"),
    subj="Re: Sonderanfertigung Tierfigur – Bestellung 303-8815527-0036619",
    client="thunderbird", kind="reply", expect="violation",
    rules=["contact.off_platform"],
    classes=["own_website_request", "gives_in", "crafts"],
    note="Buyer asked for a custom felt dog; seller tells her to order the custom piece in her Etsy shop under a named shop name instead of on Amazon.",
    fmt="plain",
    body="""Liebe Frau Ostermann,

was für eine schöne Idee, den Hund Ihrer Tochter als Filzfigur! Das mach ich sehr gern. So ein Border Collie mit den Flecken ist zwar aufwendig, aber das krieg ich hin.

Hier bei Amazon kann ich so eine Sonderanfertigung leider nicht richtig einstellen, da gibt's kein Feld für Fotos und Extrawünsche. Am besten bestellen Sie die Figur bei mir auf Etsy, da heißt mein Shop "FilzfeeMarlene", da gibt es einen Eintrag "Haustier nach Foto" und Sie können mir dort alle Bilder schicken. Ich schau dann, dass ich's bis Weihnachten schaff.

Die Eule aus Ihrer Bestellung 303-8815527-0036619 ist übrigens schon unterwegs.

Herzlich
Marlene Dittrich-Kaul
""",
    quote=("thunderbird", "Am 07.12.26 um 14:52 schrieb Amazon-Käufer:",
"""Hallo Marlene, die Eule ist so süß! Machen Sie auch Sonderanfertigungen? Meine Tochter hat einen Border Collie, den hätte ich gern als Figur. Ostermann"""))

# ---------------------------------------------------------------- 26 legit
add(frm=("Autoteile Brettschneider", "teile@brettschneider-kfz.de"),
    subj="AW: Passt der Querlenker? Bestellung 304-5503712-2218845",
    client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["whatsapp_request", "phone_request", "fitment", "spare_parts", "refusal_late"],
    note="Buyer wanted to send the vehicle registration via WhatsApp or call; seller asks for the key numbers to be typed here instead and explains the fitment check.",
    fmt="plain",
    body="""Guten Tag Herr Bauerfeind,

danke für Ihre Anfrage zum Querlenker vorne links (Bestellung 304-5503712-2218845).

Sie hatten vorgeschlagen, mir den Fahrzeugschein per WhatsApp zu schicken oder kurz anzurufen, damit ich prüfe, ob das Teil wirklich passt. Das ist vernünftig gedacht, nur WhatsApp oder Telefon außerhalb von Amazon kann ich Ihnen hier leider nicht anbieten. Das brauche ich aber auch gar nicht: schreiben Sie mir einfach hier die Schlüsselnummern aus dem Fahrzeugschein, Feld 2.1 (HSN, 4 Ziffern) und Feld 2.2 (TSN, die ersten 3 Zeichen), und das Erstzulassungsdatum. Ihre FIN oder Ihren Namen brauche ich nicht.

Hintergrund: beim Golf VII gibt es zwei verschiedene Querlenker, je nachdem ob Verbundlenker- oder Mehrlenker-Hinterachse, und das sieht man in der Typschlüsselnummer.

Wenn es nicht passt, tausche ich Ihnen das Teil um oder Sie schicken es über Amazon zurück, ganz wie Sie wollen.

Mit freundlichen Grüßen
Rolf Brettschneider
Autoteile Brettschneider, Zwickau
""",
    quote=("amazon_de", "Amazon-Käufer, 07.12.2026 um 19:30:",
"""Guten Abend, bevor ich den Querlenker einbaue: kann ich Ihnen ein Foto vom Fahrzeugschein per WhatsApp schicken, oder Sie rufen mich kurz an? Will nicht dass ich alles zerlege und dann passts nicht. Bauerfeind"""))

# ---------------------------------------------------------------- 27 legit
add(frm=("Antiquariat Wendehals", "antiquariat@wendehals-buecher.de"),
    subj="Re: Liste gesuchter Titel – Bestellung 305-8841176-0093325",
    client="gmail", kind="reply", expect="legit", rules=[],
    classes=["email_request", "refusal_next_sentence", "books"],
    note="Buyer wanted the seller's e-mail address to send a wish list; seller declines and asks for the list as a message or attachment here.",
    fmt="plain",
    body="""Sehr geehrte Frau Pohlenz,

vielen Dank, dass Sie sich nach Ihrer Bestellung 305-8841176-0093325 (Fontane, "Wanderungen", Band 1, Aufbau 1976) gleich wieder melden.

Gern schaue ich nach den anderen Titeln auf Ihrer Liste, ich habe noch etliche Kisten mit DDR-Ausgaben im Lager, die nicht alle eingestellt sind. Meine E-Mail-Adresse möchten Sie dafür haben. Die kann ich Ihnen hier aber nicht geben, Amazon erlaubt das nicht. Schicken Sie mir die Liste einfach als Nachricht hier oder als PDF-Anhang, das klappt genauso gut.

Was ich davon finde, stelle ich bei Amazon ein und gebe Ihnen hier Bescheid, welche Titel da sind.

Mit freundlichen Grüßen
Hartmut Wendehals
""",
    quote=("gmail", "On Mon, Dec 7, 2026 at 10:11 AM Amazon Buyer wrote:",
"""Sehr geehrter Herr Wendehals, ich suche noch etwa 15 Titel aus derselben Reihe. Kann ich Ihnen die Liste an Ihre E-Mail-Adresse schicken? Hier ist das so unübersichtlich. Pohlenz"""))

# ---------------------------------------------------------------- 28 violation
add(frm=("Kürbiskernöl Hirschmann", "hof@kernoel-hirschmann.at"),
    subj="Re: Kürbiskernöl 3x 500ml – Bestellung 028-0037718-5524106",
    client="outlook", kind="reply", expect="violation",
    rules=["contact.off_platform", "contact.phone_number", "purpose.marketing"],
    classes=["discount_request", "phone_request", "gives_in", "hedged", "regional_food", "dialect"],
    note="Seller from Styria agrees to a discount if the buyer calls and orders by phone next time, writing the farm phone number and mentioning the new harvest offer.",
    fmt="html",
    body="""Grüß Gott Herr Seidl,

danke für die Bestellung 028-0037718-5524106, die drei Flaschen sind gestern in die Post, gut eingewickelt, damit nix ausrinnt.

Wegen dem Rabatt, den Sie angefragt haben: über Amazon geht des bei uns leider ned, da hab ich keinen Einfluss auf den Preis. Aber wissen's was, rufen's uns nächstes Mal einfach am Hof an, 0043 3453 / 27 18, dann kriegen's die Flasche um 3 Euro billiger, und im Jänner haben wir dann auch das neue Kernöl von der heurigen Ernte und die Kürbiskerne im Schokomantel, die gibt's hier gar ned.

Liebe Grüße aus der Südsteiermark
Familie Hirschmann
""",
    quote=("blockquote", "Amazon-Käufer, 08.12.2026 um 08:17:",
"""Hallo, das Kernöl ist das beste das ich kenne. Ich bestelle regelmäßig, gibt es für Stammkunden einen Rabatt? Oder kann ich Sie mal anrufen? Seidl"""))

# ---------------------------------------------------------------- 29 legit
add(frm=("Kürbiskernöl Hirschmann", "hof@kernoel-hirschmann.at"),
    subj="Re: Flasche ausgelaufen – Bestellung 302-5510864-7742290",
    client="outlook", kind="reply", expect="legit", rules=[],
    classes=["phone_request", "return_refund", "regional_food", "dialect", "refusal_late"],
    note="Buyer wanted to call about a leaking bottle; seller apologises, says a phone call is not possible through Amazon and resends the bottle or refunds via Amazon.",
    fmt="plain",
    body="""Grüß Gott Frau Haberl,

na so ein Malheur, des tut uns wirklich leid, dass die eine Flasche ausgelaufen ist und der ganze Karton jetzt nach Kernöl riecht. Der Verschluss war wohl ned fest genug zugedreht, mein Sohn hat die Woche gepackt, ich hab schon mit ihm geredet.

Dass Sie uns lieber anrufen würden, versteh ich, am Telefon ist sowas schneller erklärt, aber über Amazon können wir leider keine Telefonnummer rausgeben oder zurückrufen. Muss aber auch gar ned sein:

Wir schicken Ihnen die Flasche aus der Bestellung 302-5510864-7742290 einfach neu, kostenlos, die geht morgen raus. Die kaputte brauchen'S nicht zurückschicken, bitte einfach entsorgen. Wenn Sie statt dem Ersatz lieber das Geld zurück wollen, schreiben'S mir das hier, dann erstatte ich über Amazon.

Liebe Grüße
Maria Hirschmann
""",
    quote=("outlook", "-----Ursprüngliche Nachricht-----\nVon: Amazon-Käufer\nGesendet: Dienstag, 8. Dezember 2026 16:44",
"""Hallo, eine der drei Flaschen ist ausgelaufen, alles voller Öl. Kann ich Sie kurz anrufen? Haberl"""))

# ---------------------------------------------------------------- 30 legit
add(frm=("Kerzenwerkstatt Sommerfeld", "service@kerzen-sommerfeld.de"),
    subj="AW: Bestellung 306-1182074-3359961 – Webseite?",
    client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["own_website_request", "refusal_late", "crafts"],
    note="Buyer asked for the seller's website to see the whole range; seller says she cannot name it through Amazon and explains how to see her offers on Amazon, plus the delivery date.",
    fmt="plain",
    body="""Hallo Herr Tiedemann,

danke für Ihre Nachricht. Die Adventskerzen aus Ihrer Bestellung 306-1182074-3359961 sind gestern rausgegangen, DHL sagt Zustellung morgen.

Sie fragen, ob wir eine eigene Webseite haben, wo Sie das ganze Sortiment sehen können, weil hier nur ein Teil drin ist. Dass ich Ihnen hier eine Adresse hinschreibe, wo Sie außerhalb von Amazon schauen oder bestellen können, so gern ich's täte, geht nicht, das ist über die Amazon-Nachrichten nicht erlaubt.

Alles, was wir bei Amazon anbieten, sehen Sie, wenn Sie auf der Produktseite auf "Kerzenwerkstatt Sommerfeld" als Verkäufer klicken. Wenn Sie eine bestimmte Kerze suchen, die Sie dort nicht finden, schreiben Sie mir einfach hier, was Sie brauchen.

Viele Grüße
Katrin Sommerfeld
""",
    quote=("amazon_de", "Amazon-Käufer, 09.12.2026 um 07:58:",
"""Guten Morgen, haben Sie eine Webseite wo man alles sieht? Bei Amazon sind ja nur ein paar Kerzen drin. Tiedemann"""))

# ---------------------------------------------------------------- 31 violation
add(frm=("Ersatzteile Weißgerber", "support@weissgerber-ersatzteile.de"),
    subj="AW: Türdichtung Miele – Bestellung 303-4429917-6605183",
    client="zendesk", kind="reply", expect="violation",
    rules=["contact.off_platform", "contact.email_address", "contact.phone_number"],
    classes=["phone_request", "gives_in", "hedged", "spare_parts"],
    note="After explaining the fitting, the seller adds a signature block with her direct phone line and e-mail and invites the buyer to call or write there 'for faster help'.",
    fmt="plain",
    body="""Guten Tag Herr Abendroth,

die Türmanschette aus Ihrer Bestellung 303-4429917-6605183 ist für Miele W1 WCA/WCD, passt also auf Ihre WCD 330. Beim Einbau bitte zuerst die vordere Spannfeder lösen (mit einem flachen Schraubenzieher die Feder an der Öse aufhebeln), dann die Frontblende abnehmen – dafür müssen die zwei Torx-Schrauben oben unter der Waschmittelschublade raus.

Die Manschette hat eine Markierung (kleines Dreieck), die muss oben mittig sitzen, sonst läuft sie schief.

Sie hatten ja gefragt, ob man das nicht telefonisch besprechen kann – eigentlich läuft bei uns alles über Amazon, aber wenn Sie beim Einbau hängen bleiben, ausnahmsweise erreichen Sie mich direkt, das geht schneller als hier:

Ulrike Weißgerber
Tel. 0521 / 44 78 120 (Mo–Fr 8–16 Uhr)
u.weissgerber@weissgerber-ersatzteile.de
""",
    quote=("gt", "> Von: Amazon-Käufer\n> Datum: 09.12.2026 09:30",
"""Hallo, passt die Dichtung auf eine Miele WCD 330? Und könnten wir den Einbau vielleicht telefonisch besprechen? Abendroth"""))


# ---------------------------------------------------------------- 32 legit
add(frm=("Buchhandlung & Antiquariat Semmelrogge", "versand@semmelrogge-antiquariat.de"),
    subj="AW: Anruf bei Versand? – Bestellung 304-9920157-3384462",
    client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["phone_request", "refusal_next_sentence", "books", "delivery"],
    note="Buyer asked to be phoned when the parcel leaves because he is rarely home; seller says she cannot call and explains the Amazon tracking and a DHL drop-off preference instead.",
    fmt="plain",
    body="""Guten Tag Herr Szymański,

Sie hatten gebeten, dass ich Sie kurz anrufe, sobald das Paket mit dem Brockhaus-Band unterwegs ist, weil Sie tagsüber auf Montage sind und sonst niemand zu Hause ist. Das mache ich gern auf andere Weise. Anrufen kann ich Sie aber nicht, Ihre Telefonnummer bekomme ich über Amazon gar nicht und soll sie auch nicht erfragen.

Die Sendung zu Ihrer Bestellung 304-9920157-3384462 geht am Mittwoch mit DHL raus, die Sendungsnummer steht dann bei Amazon unter "Meine Bestellungen" bei der Bestellung. Wenn Sie die DHL-App haben, können Sie dort einen Ablageort oder eine Packstation hinterlegen, dann müssen Sie nicht zu Hause sein. Das Paket ist rund 3 kg schwer, passt aber in jedes Packstation-Fach.

Mit freundlichen Grüßen
Gisela Semmelrogge
""",
    quote=("freshdesk", "Am 09.12.2026 18:22, schrieb Kunde über Amazon:",
"""Hallo, ich bin unter der Woche auf Montage. Können Sie mich anrufen wenn das Buch losgeschickt wird? Dann sag ich meiner Nachbarin Bescheid. Szymański"""))

# ---------------------------------------------------------------- 33 legit
add(frm=("Töpferei Grünewald", "werkstatt@toepferei-gruenewald.de"),
    subj="Re: Zweite Tasse per PayPal? Bestellung 028-4471902-6628351",
    client="gmail", kind="reply", expect="legit", rules=[],
    classes=["paypal_direct_request", "refusal_late", "crafts", "du"],
    note="Buyer (on du terms) wanted to pay a matching second mug directly by PayPal; seller explains at length that the second mug has to be ordered on Amazon and refuses the direct payment at the end of the clause.",
    fmt="html",
    body="""Hallo Miri,

schön, dass dir die Tasse mit der Kobaltglasur so gefällt! Die sind alle handgedreht, deshalb sieht jede ein bisschen anders aus, die aus deiner Bestellung 028-4471902-6628351 hatte ich mit dem breiteren Henkel gemacht.

Eine zweite in derselben Glasur hab ich tatsächlich noch im Regal stehen, und dass du mir die einfach per PayPal bezahlst und ich sie dir dann so rüberschicke, wie du schreibst, das klingt zwar unkompliziert, machen kann ich das aber nicht, weil ich hier bei Amazon verkaufe und die Bezahlung dann auch über Amazon laufen muss.

Ich stell dir die Tasse heute Abend als eigenes Angebot ein ("Kaffeebecher Kobalt, 350 ml, Henkel breit"), dann kannst du sie ganz normal bestellen. Spülmaschinenfest sind beide, nur nicht in die Mikrowelle, wegen dem Goldrand.

Liebe Grüße aus der Werkstatt
Jule
""",
    quote=("blockquote", "Am 10.12.2026 um 07:12 schrieb Amazon-Käufer:",
"""Hi Jule, die Tasse ist mega! Hast du noch eine zweite in genau der Farbe? Ich kann dir die auch direkt per PayPal zahlen, dann musst du sie nicht extra einstellen. LG Miri"""))

# ---------------------------------------------------------------- 34 legit
add(frm=("Lebkuchenbäckerei Wörlein", "versand@woerlein-lebkuchen.de"),
    subj="AW: Allergene Elisenlebkuchen – Bestellung 306-3385510-1174029",
    client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["instagram_photo", "product_question", "regional_food", "dialect"],
    note="Buyer mentioned a photo of the tin on her Instagram and asked about nut allergens; seller answers the allergen question and mentions the buyer's photo without promoting any channel.",
    fmt="plain",
    body="""Grüß Gott Frau Lehmkuhl,

dankschön für Ihre Nachricht. Das Foto von der Dose, das Sie auf Ihrem Instagram gezeigt haben, hat mir meine Tochter gezeigt, die kennt sich mit sowas besser aus, da sieht man schön die Oblaten unten dran.

Jetzt aber zu Ihrer eigentlichen Frage, weil Ihr Neffe die Haselnussallergie hat: unsere Elisenlebkuchen aus Ihrer Bestellung 306-3385510-1174029 enthalten Haselnüsse und Mandeln, das steht auch auf dem Etikett unten an der Dose. Die sind also für ihn leider nicht geeignet, das möcht ich ganz klar sagen. In der Backstube verarbeiten wir außerdem Walnüsse, Spuren können also bei allen unseren Lebkuchen vorkommen.

Wenn Sie die Dose zurückgeben möchten, weil sie für Ihre Familie nicht passt, geht das über Amazon, bitte die Dose ungeöffnet lassen.

Schöne Adventszeit aus Nürnberg
Renate Wörlein
""",
    quote=("amazon_de", "Amazon-Käufer, 10.12.2026 um 11:36:",
"""Hallo, die Dose ist wunderschön, hab sie gleich auf Instagram gepostet. Aber: sind da Haselnüsse drin? Mein Neffe ist allergisch. Lehmkuhl"""))

# ---------------------------------------------------------------- render
def quote_text(style, head, text):
    if style in ("gt",):
        return "\n\n" + head + "\n" + "\n".join("> " + l if l else ">" for l in text.splitlines())
    if style in ("gmail", "thunderbird", "blockquote"):
        return "\n\n" + head + "\n" + "\n".join("> " + l if l else ">" for l in text.splitlines())
    if style == "outlook":
        return "\n\n" + head + "\n\n" + text
    if style in ("amazon_de", "freshdesk"):
        return "\n\n" + head + "\n" + text
    return "\n\n" + head + "\n" + text

def to_html(body, style, head, text):
    paras = [p for p in body.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>")
    q = html.escape(text).replace("\n", "<br>\n")
    out.append('<div class="quote"><p>' + html.escape(head).replace("\n", "<br>\n") + "</p>")
    out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">' + q + "</blockquote></div>")
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n' + "\n".join(out) + "\n</body></html>\n")

MON = {"jan":1,"feb":2,"mar":3,"mär":3,"apr":4,"mai":5,"may":5,"jun":6,"jul":7,"aug":8,"sep":9,"okt":10,"oct":10,"nov":11,"dez":12,"dec":12}
import re
def quoted_date(head):
    tz = timezone(timedelta(hours=1))
    m = re.search(r"(\d{1,2})\.(\d{1,2})\.(\d{2,4})", head)
    if m:
        y = int(m.group(3)); y = y + 2000 if y < 100 else y
        return datetime(y, int(m.group(2)), int(m.group(1)), 0, 0, tzinfo=tz)
    m = re.search(r"(\d{1,2})\. ([A-Za-zä]+)\.? (\d{4})", head)
    if m:
        return datetime(int(m.group(3)), MON[m.group(2)[:3].lower()], int(m.group(1)), tzinfo=tz)
    m = re.search(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", head)
    return datetime(int(m.group(3)), MON[m.group(1)[:3].lower()], int(m.group(2)), tzinfo=tz)

base = datetime(2026, 11, 23, 8, 0, tzinfo=timezone(timedelta(hours=1)))
labels = []
for i, m in enumerate(M, 1):
    mid = f"w130-{i:04d}"
    msg = EmailMessage(policy=policy.SMTP)
    name, addr = m["frm"]
    msg["From"] = f'"{name}" <{addr}>'
    msg["To"] = f"{alias()}@marketplace.amazon.de"
    msg["Subject"] = m["subj"]
    msg["Message-ID"] = make_msgid(idstring=f"{i}{random.randint(1000,9999)}", domain=addr.split("@")[1])
    style, head, qt = m["quote"]
    d = quoted_date(head) + timedelta(days=1, hours=random.randint(8, 20), minutes=random.randint(0, 59))
    msg["Date"] = format_datetime(d)
    text = m["body"].rstrip() + "\n" + quote_text(style, head, qt) + "\n"
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    if m["fmt"] == "html":
        msg.add_alternative(to_html(m["body"], style, head, qt), subtype="html", charset="utf-8", cte="quoted-printable")
    with open(os.path.join(OUT, "messages", mid + ".eml"), "wb") as f:
        f.write(msg.as_bytes())
    labels.append({"id": mid, "file": f"messages/{mid}.eml", "lang": "de", "client": m["client"],
                   "kind": m["kind"], "split": "dev", "expect": m["expect"], "rules": m["rules"],
                   "classes": m["classes"], "note": m["note"]})

with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labels), sum(l["expect"] == "legit" for l in labels), sum(l["expect"] == "violation" for l in labels))
