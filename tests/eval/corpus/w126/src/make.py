#!/usr/bin/env python3
"""Generate w126 messages: seller replies under long quoted buyer threads (de/en)."""
import json, random, uuid, html as H
from pathlib import Path
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

OUT = Path(__file__).resolve().parent.parent
rnd = random.Random(126)
ALPH = "abcdefghijklmnopqrstuvwxyz0123456789"

def alias(dom):
    return "".join(rnd.choice(ALPH) for _ in range(15)) + "@" + dom

def esc(t):
    return H.escape(t).replace("\n", "<br>\n")

def paras(t):
    return "\n".join("<p>%s</p>" % esc(p) for p in t.strip().split("\n\n"))

M = []
def add(**k):
    M.append(k)

# ---------------------------------------------------------------- GERMAN
add(lang="de", client="zendesk", dom="marketplace.amazon.de",
    frm="Bohnenwerk Kundenservice <kundenservice@bohnenwerk-kaffee.de>",
    subj="Re: Mahlwerk macht Geräusche – Bestellung 302-4829173-5520941 [#48213]",
    date=(2026, 11, 26, 10, 14),
    text="""##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##

Ihre Anfrage (48213) wurde aktualisiert. Antworten Sie auf diese E-Mail, um weitere Kommentare hinzuzufügen.

----------------------------------------------

Tobias (Bohnenwerk Kundenservice)

26.11.2026, 10:14 MEZ

Guten Tag Frau Lindner,

danke für die genaue Beschreibung. Ein Video oder Fotos können Sie uns direkt hier im Amazon-Nachrichtencenter schicken – unter dem Textfeld gibt es „Anhang hinzufügen“. Per WhatsApp können wir leider keinen Kontakt aufnehmen, wir beantworten alles hier über Amazon.

Ein Schleifgeräusch nach wenigen Tagen kommt meist von einem verrutschten oberen Mahlkegel. Bitte einmal so prüfen:
1. Stecker ziehen, Bohnenbehälter gegen den Uhrzeigersinn abdrehen.
2. Den Kegel am Bügel herausnehmen und wieder einsetzen, bis er hörbar einrastet.
3. Mahlgrad auf Stufe 8 stellen und leer laufen lassen.

Wenn es danach noch schleift, schicken wir Ihnen eine neue KM-40 zu. Die alte Mühle geben Sie dann einfach über Ihre Bestellung 302-4829173-5520941 zurück, das Etikett ist kostenlos.

Viele Grüße
Tobias
Bohnenwerk Kaffee – Kundenservice

----------------------------------------------

Amazon-Käufer, 26.11.2026 um 08:07 MEZ

Guten Tag, die Kaffeemühle KM-40 macht seit dem dritten Tag ein schleifendes Geräusch und der Kaffee ist ungleichmäßig. Hier das hochladen geht irgendwie nicht. Kann ich Ihnen ein Video schicken? Meine WhatsApp ist 0171 4482903, oder geben Sie mir Ihre Nummer, dann schicke ich es da hin.
Gruß S. Lindner

----------------------------------------------

Diese E-Mail ist ein Service von Bohnenwerk Kundenservice.
[ZJ8K2P-4QW1]
""",
    expect="legit", rules=[], classes=["quoted_whatsapp", "quoted_phone", "troubleshooting", "replacement"],
    note="Zendesk reply declining the buyer's WhatsApp offer and giving grinder troubleshooting plus a replacement via the Amazon order; the phone number appears only in the quoted buyer text.")

add(lang="de", client="outlook", dom="marketplace.amazon.de",
    frm="Gartenfreund Direkt <service@gartenfreund-direkt.de>",
    subj="AW: Schlauchtrommel undicht (Bestellung 028-7719352-1164820)",
    date=(2026, 11, 17, 8, 52),
    text="""Hallo Herr Özdemir,

das tut mir leid mit der Trommel. Am schnellsten geht es wirklich, wenn Sie mir das kurze Video per WhatsApp an 0152 3390 7714 schicken, dann schaut unser Techniker direkt drauf und sagt Ihnen, ob es nur die Dichtung am Anschluss ist. Die Ersatzdichtung würden wir Ihnen dann sofort kostenlos zuschicken.

Mit freundlichen Grüßen
Marion Kessler
Kundenservice Gartenfreund Direkt

________________________________
Von: Amazon-Käufer Kemal Özdemir <{alias}>
Gesendet: Montag, 16. November 2026 19:44
An: service@gartenfreund-direkt.de
Betreff: Schlauchtrommel undicht (Bestellung 028-7719352-1164820)

Guten Abend,

die Schlauchtrommel HT-60 tropft am Wasseranschluss, obwohl ich den Adapter fest angezogen habe. Haben Sie WhatsApp? Dann schicke ich ein Video, geht schneller als hier über Amazon.

Gruß
Kemal Özdemir
""",
    expect="violation", rules=["contact.phone_number", "contact.off_platform"],
    classes=["answer_in_kind", "whatsapp", "phone"],
    note="Outlook reply that answers the buyer's WhatsApp question in kind; the seller's own text gives a WhatsApp number and asks for the video there.")

add(lang="de", client="gmail", dom="marketplace.amazon.de",
    frm="Leinenliebe <hallo@leinenliebe-wohnen.de>",
    subj="Re: Farbe Tagesdecke stimmt nicht – 304-5581902-7736214",
    date=(2026, 11, 19, 9, 3),
    text="""Guten Morgen Frau Hartwig,

es tut uns leid, dass der Farbton der Tagesdecke „Salbei“ anders wirkt als auf dem Produktfoto. Je nach Bildschirm und Tageslicht fällt das Grün mal wärmer, mal kühler aus – das ist ärgerlich, wenn man die Decke passend zu Kissen ausgesucht hat.

Einen nachträglichen Preisnachlass können wir Ihnen leider nicht geben. Sie können die Decke aber innerhalb von 30 Tagen kostenlos zurücksenden: In Ihrem Amazon-Konto unter „Meine Bestellungen“ bei Bestellung 304-5581902-7736214 auf „Artikel zurücksenden“ klicken, Grund „Farbe entspricht nicht der Beschreibung“ wählen. Sobald das Paket bei uns ist, erstatten wir den vollen Betrag inklusive Versand.

Falls Sie lieber tauschen möchten: Die Variante „Eukalyptus“ ist etwas heller und eher grau-grün.

Freundliche Grüße
Anja Brüggemann
Leinenliebe

Am Mi., 18. Nov. 2026 um 21:13 Uhr schrieb Amazon-Käufer <{alias}>:

> Hallo,
> die Decke ist viel dunkler als auf dem Foto, eher Oliv als Salbei. So
> passt sie gar nicht zu meinen Kissen. Entweder Sie geben mir 30 % Rabatt
> oder ich gebe 1 Stern und schreibe in die Bewertung, dass die Fotos Betrug
> sind. Ich hab keine Lust, das Ding zurückzuschleppen.
>
> M. Hartwig
""",
    expect="legit", rules=[], classes=["quoted_discount_demand", "quoted_review_threat", "return_via_amazon"],
    note="Gmail reply that declines the demanded discount without mentioning reviews and offers a free return through Amazon; the 1-star threat is only in the quote.")

add(lang="de", client="freshdesk", dom="marketplace.amazon.de",
    frm="Teewelt Sommer <support@teewelt-sommer.de>",
    subj="Re: Lieferung 9 Tage [Ticket #10442] 306-2290417-8851305",
    date=(2026, 11, 20, 11, 27),
    text="""Hallo Herr Jansen,

vielen Dank für Ihre Rückmeldung und entschuldigen Sie die lange Lieferzeit, unser Versanddienstleister hatte in der Woche einen Rückstau.

Wir erstatten Ihnen gern die 10 € über Amazon, sobald die 1-Stern-Bewertung entfernt oder auf 5 Sterne geändert ist. Geben Sie uns hier einfach kurz Bescheid, dann veranlassen wir die Erstattung noch am selben Tag.

Herzliche Grüße
Jonas Sommer
Teewelt Sommer

Am Fr, 20 Nov. 2026 um 10:02 Uhr, Amazon-Käufer <{alias}> schrieb:
Hallo, der Tee ist gut, aber die Lieferung hat 9 Tage gedauert statt 2 wie angezeigt. Deshalb habe ich 1 Stern gegeben. Wenn Sie mir 10 Euro zurückgeben, überlege ich es mir nochmal.
P. Jansen
""",
    html_new="""Hallo Herr Jansen,

vielen Dank für Ihre Rückmeldung und entschuldigen Sie die lange Lieferzeit, unser Versanddienstleister hatte in der Woche einen Rückstau.

Wir erstatten Ihnen gern die 10 € über Amazon, sobald die 1-Stern-Bewertung entfernt oder auf 5 Sterne geändert ist. Geben Sie uns hier einfach kurz Bescheid, dann veranlassen wir die Erstattung noch am selben Tag.

Herzliche Grüße
Jonas Sommer
Teewelt Sommer""",
    html_style="freshdesk",
    html_attr="Am Fr, 20 Nov. 2026 um 10:02 Uhr, Amazon-Käufer &lt;{alias}&gt; schrieb:",
    html_quote="""Hallo, der Tee ist gut, aber die Lieferung hat 9 Tage gedauert statt 2 wie angezeigt. Deshalb habe ich 1 Stern gegeben. Wenn Sie mir 10 Euro zurückgeben, überlege ich es mir nochmal.
P. Jansen""",
    expect="violation", rules=["review.incentive", "review.change_or_remove"],
    classes=["answer_in_kind", "refund_for_review"],
    note="Freshdesk reply that accepts the buyer's deal: the seller offers a 10 EUR refund once the 1-star review is removed or changed to 5 stars.")

add(lang="de", client="gorgias", dom="marketplace.amazon.de",
    frm="Praxisbedarf Neumann <service@praxisbedarf-neumann.de>",
    subj="Re: Rechnung mit MwSt benötigt – Bestellung 303-6617245-0938422",
    date=(2026, 11, 21, 9, 40),
    text="""Sehr geehrte Frau Dr. Müller,

die Rechnung mit ausgewiesener Mehrwertsteuer (19 %) und Ihrer Praxisanschrift haben wir soeben zu Bestellung 303-6617245-0938422 hochgeladen. Sie finden sie in Ihrem Amazon-Konto unter „Meine Bestellungen“ > „Rechnung“. Wenn Sie dort in Amazon Business angemeldet sind, erscheint sie auch im Bereich „Rechnungen“ für Ihre Buchhaltung.

Bitte haben Sie Verständnis, dass wir Dokumente nicht an externe E-Mail-Adressen schicken, sondern nur über Amazon bereitstellen.

Mit freundlichen Grüßen
Sven Neumann
Praxisbedarf Neumann

On 21/11/2026 08:15, Amazon-Käufer wrote:
Guten Tag, wir brauchen für die 4 Kartons Untersuchungshandschuhe eine Rechnung mit ausgewiesener MwSt. Bitte schicken Sie die direkt an buchhaltung@praxis-mueller-sd.de, das Amazon-Konto verwaltet meine Kollegin und ich komme da nicht ran. Danke, Dr. K. Müller
""",
    html_new="""Sehr geehrte Frau Dr. Müller,

die Rechnung mit ausgewiesener Mehrwertsteuer (19 %) und Ihrer Praxisanschrift haben wir soeben zu Bestellung 303-6617245-0938422 hochgeladen. Sie finden sie in Ihrem Amazon-Konto unter „Meine Bestellungen“ > „Rechnung“. Wenn Sie dort in Amazon Business angemeldet sind, erscheint sie auch im Bereich „Rechnungen“ für Ihre Buchhaltung.

Bitte haben Sie Verständnis, dass wir Dokumente nicht an externe E-Mail-Adressen schicken, sondern nur über Amazon bereitstellen.

Mit freundlichen Grüßen
Sven Neumann
Praxisbedarf Neumann""",
    html_style="gorgias",
    html_attr="On 21/11/2026 08:15, Amazon-Käufer wrote:",
    html_quote="""Guten Tag, wir brauchen für die 4 Kartons Untersuchungshandschuhe eine Rechnung mit ausgewiesener MwSt. Bitte schicken Sie die direkt an buchhaltung@praxis-mueller-sd.de, das Amazon-Konto verwaltet meine Kollegin und ich komme da nicht ran. Danke, Dr. K. Müller""",
    expect="legit", rules=[], classes=["invoice", "quoted_email_address"],
    note="Gorgias reply saying the VAT invoice was uploaded to the Amazon order and declining to send it to the buyer's external e-mail address, which appears only in the quote.")

add(lang="de", client="edesk", dom="marketplace.amazon.de",
    frm="KinderZeit Möbel <kundendienst@kinderzeit-moebel.de>",
    subj="Re: Aufbauanleitung Laufgitter LG-120 (Bestellung 028-3391774-6602519)",
    date=(2026, 11, 22, 18, 5),
    text="""-- Bitte antworten Sie oberhalb dieser Zeile --

Hallo Frau Franke,

die gedruckte Anleitung liegt normalerweise im Beutel mit den Schrauben, manchmal rutscht sie aber zwischen die Seitenteile. Hier die Schritte zum Aufbau des LG-120:

1. Die vier Seitenteile so hinlegen, dass die Sprossen mit den runden Öffnungen nach innen zeigen.
2. Die Ecken mit den langen Schrauben (M6 x 50, Beutel A) verbinden, zunächst nur handfest.
3. Den Boden in die mittlere Nut einschieben – für Neugeborene die obere Nut, ab dem Krabbelalter die untere.
4. Jetzt alle Schrauben mit dem beiliegenden Inbusschlüssel festziehen.
5. Die Rollen (Beutel B) nur an der Seite mit der Schiebetür einstecken, bis sie einrasten.

Eine gedruckte Anleitung schicken wir Ihnen gern per Post nach, Ihre Lieferadresse haben wir ja aus der Bestellung. Antworten Sie einfach hier, wenn Sie das möchten.

Viele Grüße
Daniel Wendt
KinderZeit Möbel

Ticket #ED-558201

Amazon-Käufer schrieb am 22.11.2026 17:30:
----
Hallo, in dem Paket war keine Aufbauanleitung. Gibt es die irgendwo als Link? Auf YouTube finde ich nichts zu dem Modell. Oder schicken Sie mir das PDF bitte an lenafranke84@gmx.de, hier in der Amazon App kann ich nichts öffnen.
Danke!
Lena Franke
----
""",
    expect="legit", rules=[], classes=["product_use", "assembly", "quoted_email_address"],
    note="eDesk reply giving playpen assembly steps in the message and offering a printed guide by post, without using the buyer's quoted e-mail address or any link.")

add(lang="de", client="apple_mail", dom="marketplace.amazon.de",
    frm="Holzzeit Möbelmanufaktur <info@holzzeit-moebel.de>",
    subj="Re: Kratzer auf Tischplatte – 302-7745013-2289630",
    date=(2026, 11, 23, 12, 31),
    text="""Hallo Herr Vogt,

danke für die Info und sorry für den Ärger. Schicken Sie die Fotos bitte einfach an reklamation@holzzeit-moebel.de, im Betreff bitte die Bestellnummer 302-7745013-2289630. Dann können wir entscheiden, ob wir eine neue Platte schicken oder ob sich der Kratzer mit dem Pflegeöl auspolieren lässt.

Beste Grüße
Felix Hagedorn
Holzzeit

> Am 23.11.2026 um 11:04 schrieb Amazon-Käufer <{alias}>:
>
> Hallo,
> die Eichenplatte vom Couchtisch hat zwei tiefe Kratzer an der Kante, sieht
> aus wie vom Verpacken. Ich habe Fotos, aber hier geht der Upload nicht.
> Kann ich die irgendwohin mailen?
>
> Gruß
> Andreas Vogt
""",
    expect="violation", rules=["contact.email_address", "contact.off_platform"],
    classes=["answer_in_kind", "email_address"],
    note="Apple Mail reply that answers the buyer's request to e-mail photos by giving the shop's own reklamation@ e-mail address.")

add(lang="de", client="thunderbird", dom="marketplace.amazon.de",
    frm="Radträger Profi <service@radtraeger-profi.de>",
    subj="Re: Frage Fahrradträger Kupplung 13-polig / Bestellung 305-1148823-9907316",
    date=(2026, 11, 24, 10, 2),
    text="""Hallo Herr Baumgart,

gute Nachricht: Sie brauchen keinen Adapter. Der Heckträger TX-2 hat ab Werk einen 13-poligen Stecker und passt damit direkt an Ihre 13-polige Dose. Einen Adapter (13 auf 7) bräuchten Sie nur bei einer 7-poligen Dose.

Zur Kupplung: Die Stützlast muss mindestens 50 kg betragen (Träger 17 kg + zwei E-Bikes bis je 30 kg → bitte die Stützlast im Fahrzeugschein bzw. auf dem Typenschild der Kupplung prüfen). Bei 55 kg, wie Sie schreiben, passt es mit zwei Rädern bis je 19 kg.

Zum Thema Bezahlung: Bestellungen und Zahlungen laufen bei uns ausschließlich über Amazon, direkt per PayPal können wir leider nichts abwickeln.

Viele Grüße
Karin Schott
Radträger Profi

Am 24.11.26 um 09:41 schrieb Amazon-Käufer:
> Hallo,
> ich habe den TX-2 bestellt (305-1148823-9907316). Mein Auto hat eine
> 13-polige Dose, Stützlast 55 kg. Passt der Träger direkt dran? Ich habe
> auf www.radtraeger-profi.de gelesen, dass es einen Adapter gibt. Was kostet
> der bei Ihnen? Ich würde den auch gleich direkt per PayPal an Sie zahlen,
> schreiben Sie mir einfach Ihre PayPal-Adresse.
>
> Danke
> Ralf Baumgart
""",
    expect="legit", rules=[], classes=["fitting", "quoted_link", "quoted_paypal_request"],
    note="Thunderbird reply answering the tow-bar fitting question and declining the direct PayPal payment; the shop URL appears only in the quoted buyer text.")

add(lang="de", client="forwarded", dom="marketplace.amazon.de",
    frm="Spielwerk Kiel <kundenservice@spielwerk-kiel.de>",
    subj="Re: Fwd: Ihre Sendung konnte nicht zugestellt werden – 028-9902631-4471508",
    date=(2026, 11, 25, 19, 10),
    text="""Hallo Frau Petersen,

danke fürs Weiterleiten. Laut DHL wurde das Paket mit der Holzeisenbahn nach dem Zustellversuch in die Filiale in der Holtenauer Straße 112 gebracht. Dort liegt es 7 Werktage, also bis einschließlich 04.12.2026. Zum Abholen brauchen Sie die Benachrichtigungskarte oder die Sendungsnummer 00340434161094021556 und Ihren Ausweis.

Sollten Sie es bis dahin nicht schaffen, geht das Paket automatisch an uns zurück, und wir erstatten Ihnen den Betrag über Amazon bzw. schicken es auf Wunsch erneut los. Anrufen können wir leider nicht, aber wir schauen hier regelmäßig rein.

Viele Grüße
Birte Asmussen
Spielwerk Kiel

Amazon-Käufer schrieb am 25.11.2026, 18:22:
> Hallo, siehe unten. Ich war zu Hause, es hat keiner geklingelt!! Das ist
> ein Weihnachtsgeschenk. Rufen Sie mich bitte an: 0176 22819045
>
> ---------- Weitergeleitete Nachricht ---------
> Von: DHL Paket <noreply@dhl.de>
> Datum: Mi., 25. Nov. 2026 um 14:10 Uhr
> Betreff: Ihre Sendung konnte nicht zugestellt werden
> An: <h.petersen.kiel@t-online.de>
>
> Guten Tag,
> Ihre Sendung 00340434161094021556 konnte heute nicht zugestellt werden
> und liegt ab morgen zur Abholung in Ihrer Filiale bereit:
> Filiale 512, Holtenauer Straße 112, 24105 Kiel
> Sendungsverfolgung: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html
>
> Ihr DHL Team
""",
    expect="legit", rules=[], classes=["delivery_problem", "forwarded_in_quote", "quoted_phone", "quoted_link"],
    note="Reply explaining where DHL left the parcel and what happens if it is not collected; the phone number, buyer e-mail and DHL link are all inside the quoted forwarded message.")

add(lang="de", client="html_blockquote", dom="marketplace.amazon.de",
    frm="Klarwasser Filtertechnik <service@klarwasser-filter.de>",
    subj="Re: Ersatzfilter für KF-200 (Bestellung 306-4420918-3375502)",
    date=(2026, 11, 26, 14, 48),
    text="""Hallo Herr Reinholz,

die Ersatzkartuschen für den KF-200 gibt es direkt bei uns im Shop im praktischen 2er-Pack für 12,90 €:
https://www.klarwasser-filter.de/ersatzfilter-kf200

Eine Kartusche hält bei 2 Personen ca. 6–8 Wochen, je nach Wasserhärte.

Viele Grüße
Ihr Klarwasser-Team

Amazon-Käufer schrieb am 26.11.2026 um 13:20:
> Hallo, wo bekomme ich Ersatzfilter für die Kanne? Bei Amazon finde ich
> nur das Komplettset mit Kanne. Gibt es die auch einzeln? Gern auch
> günstiger, wenn ich direkt bei Ihnen kaufe.
> Grüße T. Reinholz
""",
    html_new="""Hallo Herr Reinholz,

die Ersatzkartuschen für den KF-200 gibt es direkt bei uns im Shop im praktischen 2er-Pack für 12,90 €:
<<LINK>>

Eine Kartusche hält bei 2 Personen ca. 6–8 Wochen, je nach Wasserhärte.

Viele Grüße
Ihr Klarwasser-Team""",
    html_link=("https://www.klarwasser-filter.de/ersatzfilter-kf200", "www.klarwasser-filter.de/ersatzfilter-kf200"),
    html_style="blockquote",
    html_attr="Amazon-Käufer schrieb am 26.11.2026 um 13:20:",
    html_quote="""Hallo, wo bekomme ich Ersatzfilter für die Kanne? Bei Amazon finde ich nur das Komplettset mit Kanne. Gibt es die auch einzeln? Gern auch günstiger, wenn ich direkt bei Ihnen kaufe.
Grüße T. Reinholz""",
    expect="violation", rules=["links.external", "contact.off_platform"],
    classes=["answer_in_kind", "own_shop_link"],
    note="HTML blockquote reply that sends the buyer to the seller's own web shop with a direct link to buy replacement filters off Amazon.")

add(lang="de", client="plain_quote", dom="marketplace.amazon.de",
    frm="Gipfelstürmer Outdoor <support@gipfelstuermer-outdoor.de>",
    subj="Re: Stirnlampe flackert – 304-8836120-5519047",
    date=(2026, 11, 27, 8, 36),
    text="""Moin Herr Kraft,

das Flackern bei der HL-300 ist in fast allen Fällen die Akkuwarnung: Unter 10 % Ladung blinkt die Lampe dreimal kurz und dimmt dann auf die niedrigste Stufe. Bitte laden Sie sie einmal mit dem beiliegenden USB-C-Kabel komplett auf (LED am Gehäuse leuchtet dann grün statt rot, ca. 3 Stunden).

Wenn sie danach mit vollem Akku immer noch flackert, ist das ein Defekt. Dann schicken wir Ihnen sofort eine neue Lampe oder Sie geben sie über „Meine Bestellungen“ zurück und bekommen den vollen Kaufpreis erstattet – ganz wie Sie möchten.

Grüße aus Bremen
Hauke Lüders
Gipfelstürmer Outdoor

> Von: Amazon-Käufer
> Datum: 26.11.2026 22:47
> Betreff: Stirnlampe flackert – 304-8836120-5519047
>
> Die Lampe flackert nach 20 Minuten und geht dann fast aus. Für 39 Euro
> ist das ein Witz. Gib mir 20 % Rabatt oder ich hinterlasse 1 Stern und
> schreib das auch bei Facebook in die Wandergruppe.
> Kraft
""",
    expect="legit", rules=[], classes=["troubleshooting", "quoted_discount_demand", "quoted_review_threat"],
    note="Plain '>' reply explaining the headlamp's low-battery flicker and offering replacement or return through Amazon, ignoring the quoted discount and 1-star threat.")

add(lang="de", client="helpdesk_message_from", dom="marketplace.amazon.de",
    frm="Küchenglück Haushaltswaren <service@kuechenglueck-shop.de>",
    subj="Re: Pfanne Beschichtung löst sich [Ticket 20931] – Bestellung 302-5067391-8814203",
    date=(2026, 11, 27, 10, 12),
    text="""Guten Tag Frau Schneider,

das ist bei einer 4 Wochen alten Pfanne nicht in Ordnung, entschuldigen Sie bitte. Da Sie die Pfanne nicht zurückschicken möchten, haben wir Ihnen soeben eine Teilerstattung von 15,00 € über Amazon veranlasst. Der Betrag geht automatisch auf das Zahlungsmittel, mit dem Sie bestellt haben (nicht per Überweisung oder PayPal), und ist in 3–5 Werktagen sichtbar.

Falls sich die Beschichtung weiter ablöst, bitte die Pfanne nicht mehr benutzen und uns hier schreiben – dann bekommen Sie über die Garantie eine neue.

Freundliche Grüße
Jana Kowalczyk
Küchenglück Kundenservice

————————————————————————————————————————
Message from Amazon-Käufer Petra S. (27.11.2026 07:58):

Ich will die Pfanne nicht zurückschicken, das Porto zahlt sich nicht aus und ich brauche sie. Überweisen Sie mir einfach 15 € auf DE44 5001 0517 5407 3249 31 oder per PayPal an petra.s.1962@web.de, dann ist gut.

————————————————————————————————————————
Message from Jana (Küchenglück Kundenservice) (26.11.2026 16:30):

Guten Tag Frau Schneider, das tut uns leid. Können Sie uns sagen, ob Sie die Pfanne auf Induktion oder Gas verwenden und ob sie in der Spülmaschine war? Dann können wir Ihnen eine Lösung anbieten.

————————————————————————————————————————
Message from Amazon-Käufer Petra S. (26.11.2026 12:04):

Die Beschichtung von der 28er Pfanne löst sich am Rand schon nach 4 Wochen, kleine schwarze Stücke im Essen!!
""",
    expect="legit", rules=[], classes=["partial_refund", "quoted_iban", "quoted_email_address", "warranty"],
    note="Helpdesk reply under 'Message from NAME (DATE):' blocks issuing a partial refund through Amazon rather than to the buyer's quoted IBAN or PayPal address.")

add(lang="de", client="helpscout", dom="marketplace.amazon.de",
    frm="Wollfaden Manufaktur <hallo@wollfaden-manufaktur.de>",
    subj="Re: Mütze Größe / Mengenrabatt? – 305-2208754-6631190",
    date=(2026, 11, 28, 15, 20),
    text="""Hallo Frau Berger,

die Strickmütze „Fjell“ fällt normal aus, Einheitsgröße für Kopfumfang 54–60 cm. Für Ihre Kinder (ca. 52 cm) sitzt sie etwas locker, lässt sich aber mit der Krempe gut anpassen.

Kleiner Tipp: Mit dem Code WINTER15 sparen Sie bis 31.12. 15 % auf unsere komplette neue Winterkollektion, auch auf Schals und Handschuhe – dann lohnen sich die zwei weiteren Mützen gleich doppelt!

Herzliche Grüße
Lisa Wendland
Wollfaden Manufaktur

—
Amazon-Käufer replied:

Danke für die schnelle Antwort. Die Mütze ist super. Gibt es einen Rabatt, wenn ich noch zwei Stück für die Kinder bestelle? Welche Größe für 52 cm Kopfumfang?

—
Lisa Wendland replied:

Hallo Frau Berger, die Mütze wurde heute mit DHL verschickt, die Sendungsnummer finden Sie in Ihrer Bestellung 305-2208754-6631190.

—
Amazon-Käufer replied:

Hallo, wann wird meine Mütze verschickt? Ich brauche sie bis Samstag.
""",
    html_new="""Hallo Frau Berger,

die Strickmütze „Fjell“ fällt normal aus, Einheitsgröße für Kopfumfang 54–60 cm. Für Ihre Kinder (ca. 52 cm) sitzt sie etwas locker, lässt sich aber mit der Krempe gut anpassen.

Kleiner Tipp: Mit dem Code WINTER15 sparen Sie bis 31.12. 15 % auf unsere komplette neue Winterkollektion, auch auf Schals und Handschuhe – dann lohnen sich die zwei weiteren Mützen gleich doppelt!

Herzliche Grüße
Lisa Wendland
Wollfaden Manufaktur""",
    html_style="helpscout",
    html_thread=[("Amazon-Käufer", "Danke für die schnelle Antwort. Die Mütze ist super. Gibt es einen Rabatt, wenn ich noch zwei Stück für die Kinder bestelle? Welche Größe für 52 cm Kopfumfang?"),
                 ("Lisa Wendland", "Hallo Frau Berger, die Mütze wurde heute mit DHL verschickt, die Sendungsnummer finden Sie in Ihrer Bestellung 305-2208754-6631190."),
                 ("Amazon-Käufer", "Hallo, wann wird meine Mütze verschickt? Ich brauche sie bis Samstag.")],
    expect="violation", rules=["purpose.marketing"],
    classes=["answer_in_kind", "coupon", "new_collection"],
    note="Help Scout reply that answers the sizing question but also promotes a WINTER15 coupon for the new winter collection in response to the buyer's discount question.")

add(lang="de", client="amazon_relay", dom="marketplace.amazon.de",
    frm="Lichterhof Dekoration <service@lichterhof-deko.de>",
    subj="Re: Anfrage zur Lieferung von Amazon-Kunde Sabine (Bestellung: 028-6653208-1197743)",
    date=(2026, 11, 30, 9, 45),
    text="""Hallo Frau Gruber,

Ihr Adventskranz ist unterwegs: Wir haben ihn am 28.11. an Hermes übergeben, Sendungsnummer H1002 7731 8845 2206. Laut Hermes ist die Zustellung für Donnerstag, 03.12., geplant – also rechtzeitig vor Freitag. Die aktuelle Position sehen Sie jederzeit in Ihrer Bestellung unter „Lieferung verfolgen“.

Falls Hermes Sie nicht antrifft, geht das Paket in der Regel an den nächsten PaketShop, die Adresse steht dann auf der Karte im Briefkasten. Anrufen können wir Sie leider nicht, aber auf Nachrichten hier antworten wir werktags innerhalb weniger Stunden.

Schöne Adventszeit
Melanie Thiel
Lichterhof Dekoration


------------- Nachricht: -------------

Von: Amazon-Kunde Sabine Gruber
Bestellnummer: 028-6653208-1197743
Artikel: Adventskranz Tanne natur Ø 35 cm mit 4 LED-Kerzen

Wo bleibt mein Kranz?? Ich brauche ihn für Freitag, da kommt Besuch. Wenn das Paket nicht bis Freitag da ist, gebe ich Ihnen 1 Stern. Rufen Sie mich an: 0160 99381720

------------- Ende der Nachricht -------------
""",
    expect="legit", rules=[], classes=["delivery_status", "amazon_relay_quote", "quoted_phone", "quoted_review_threat"],
    note="Reply to a delivery enquiry giving the Hermes tracking status and expected date; the phone number and 1-star threat are only in Amazon's relayed buyer message.")

add(lang="de", client="helpdesk_hash", dom="marketplace.amazon.de",
    frm="Akku-Partner <service@akku-partner24.de>",
    subj="Re: Ersatzakku angekommen – Bestellung 303-9914327-2054816",
    date=(2026, 12, 1, 13, 5),
    text="""Hallo Herr Scholz,

das freut uns sehr, dass der neue Akku für Ihren Akkuschrauber jetzt funktioniert. Bitte laden Sie ihn vor dem ersten großen Einsatz einmal vollständig, dann hält er am längsten.

Da das Problem nun gelöst ist, wären wir Ihnen sehr dankbar, wenn Sie Ihre negative Verkäuferbewertung entfernen würden. Das geht in wenigen Sekunden unter „Meine Bestellungen“ > „Verkäuferbewertung abgeben“ > „Entfernen“.

Viele Grüße
Tim Albers
Akku-Partner

### 01.12.2026 11:48 | Amazon-Käufer wrote

OK, der Ersatzakku ist heute angekommen und funktioniert. Danke.

### 27.11.2026 09:15 | Tim Albers wrote

Hallo Herr Scholz, es tut uns leid, dass der Akku nicht lädt. Wir haben Ihnen heute kostenlos einen Ersatzakku 18V 4,0 Ah geschickt, DHL-Sendungsnummer 00340434161177520983.

### 26.11.2026 20:31 | Amazon-Käufer wrote

Akku lädt nicht, Ladegerät blinkt rot. Seit 3 Tagen keine Antwort!!! Hab schon Bewertung abgegeben: Verkäufer antwortet nie, 1 Stern.
""",
    expect="violation", rules=["feedback.removal_request"],
    classes=["feedback_removal", "after_resolution"],
    note="Helpdesk '### DATE | NAME wrote' reply that, after the replacement arrived, asks the buyer to remove the negative seller feedback.")

# ---------------------------------------------------------------- ENGLISH
add(lang="en", client="zendesk", dom="marketplace.amazon.co.uk",
    frm="Fellside Footwear <support@fellside-footwear.co.uk>",
    subj="Re: Boots too small - swap size? [#71904] Order 203-4418260-7719532",
    date=(2026, 11, 18, 11, 22),
    text="""##- Please type your reply above this line -##

Your request (71904) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Holly (Fellside Footwear)

Nov 18, 2026, 11:22 GMT

Hi Gareth,

Sorry the Scafell boots are snug. We're only able to correspond through Amazon's messaging, so we'll keep everything here rather than WhatsApp - you'll get an email from Amazon whenever we reply, so you don't need to check the app.

The Scafell runs about half a size small, so a UK 10 should be right if the 9.5 pinches at the toes. The easiest way is to return the 9.5 via Your Orders > Return or replace items and choose "Replace with a different size" - Amazon will send the 10 straight away and the return label is free.

Kind regards,
Holly
Fellside Footwear

----------------------------------------------

Amazon Customer

Nov 17, 2026, 21:40 GMT

Boots pinch at the toes, 9.5 is too small. Can I swap for a 10? Can you just WhatsApp me on +44 7700 914562, I never check Amazon messages.

----------------------------------------------

This email is a service from Fellside Footwear.
[8RPQ4D-2XK7]
""",
    expect="legit", rules=[], classes=["size_exchange", "quoted_whatsapp", "quoted_phone"],
    note="Zendesk reply keeping contact on Amazon and explaining a size exchange through Your Orders; the WhatsApp number is only in the quoted buyer message.")

add(lang="en", client="outlook", dom="marketplace.amazon.co.uk",
    frm="Brightwave Audio <help@brightwave-audio.co.uk>",
    subj="RE: Speaker won't pair - order 202-8830417-3365129",
    date=(2026, 11, 19, 9, 15),
    text="""Hi Mr Okafor,

Thanks for getting in touch. Pairing issues with the BW-Boom 2 are usually sorted in a couple of minutes, so the easiest thing is to give us a ring on 0161 496 0738 (Mon-Fri 9-5) and one of our engineers will talk you through it step by step.

Best regards,
Connor Walsh
Brightwave Audio Support

-----Original Message-----
From: Amazon Customer <{alias}>
Sent: 19 November 2026 08:31
To: help@brightwave-audio.co.uk
Subject: Speaker won't pair - order 202-8830417-3365129

Hello, the speaker shows up in Bluetooth on my phone but says "couldn't connect". Tried twice. Is there a number I can call? I'd rather talk to someone than type all this out.
Daniel Okafor
""",
    expect="violation", rules=["contact.phone_number", "contact.off_platform"],
    classes=["answer_in_kind", "phone"],
    note="Outlook reply answering the buyer's request for a phone number by giving the seller's support line instead of troubleshooting in the thread.")

add(lang="en", client="gmail", dom="marketplace.amazon.co.uk",
    frm="Harrow & Hide <care@harrowandhide.co.uk>",
    subj="Re: Strap stitching came apart (206-1175903-4428851)",
    date=(2026, 11, 20, 15, 40),
    text="""Hi Sophie,

I'm really sorry - the stitching on the shoulder strap of the Marlow satchel shouldn't give way after a fortnight. Thanks for the photo, it's clearly the anchor point where the strap meets the D-ring.

There are two ways we can put this right:

- Keep the bag and we'll issue a partial refund of £12.00 through Amazon to cover a local cobbler's repair, or
- Return it free via Your Orders and we'll refund in full as soon as it's scanned by Royal Mail.

Just let me know which you'd prefer by replying here.

Best wishes,
Eleanor
Harrow & Hide

On Fri, 20 Nov 2026 at 14:02, Amazon Customer <{alias}> wrote:

> The strap stitching has come undone after 2 weeks (photo attached). For
> £64 that's poor. Give me a 50% discount and I'll keep it, otherwise I'm
> leaving 1 star and reporting you to Amazon. Your choice.
>
> Sophie
>
> On Tue, 10 Nov 2026 at 09:12, Amazon Customer <{alias}> wrote:
>
>> Hi, does the satchel fit a 13 inch laptop?
""",
    expect="legit", rules=[], classes=["partial_refund", "quoted_discount_demand", "quoted_review_threat"],
    note="Gmail reply offering a partial refund through Amazon or a free return for a faulty strap, with no reference to the buyer's quoted 1-star threat.")

add(lang="en", client="freshdesk", dom="marketplace.amazon.co.uk",
    frm="Copperpot Kitchen <support@copperpotkitchen.co.uk>",
    subj="Re: Cracked lid [Ticket #33817] Order 204-6692045-1183370",
    date=(2026, 11, 21, 10, 55),
    text="""Hi Dave,

Sorry about the cracked lid on the 5L casserole - the glass must have taken a knock in transit. We've sent you a new lid today by Royal Mail Tracked 48 at no cost, so no need to return anything. The cast-iron pot itself is fine to use in the meantime, just cover it with foil in the oven.

If anything else is wrong with the order, reply here and we'll sort it.

Thanks,
Priya
Copperpot Kitchen

On Sat, 21 Nov at 9:40 AM , Amazon Customer <{alias}> wrote:
Casserole arrived with the glass lid cracked right across. Not impressed. Email me at dave.kettering77@outlook.com with how you're fixing this or it's 1 star.
""",
    html_new="""Hi Dave,

Sorry about the cracked lid on the 5L casserole - the glass must have taken a knock in transit. We've sent you a new lid today by Royal Mail Tracked 48 at no cost, so no need to return anything. The cast-iron pot itself is fine to use in the meantime, just cover it with foil in the oven.

If anything else is wrong with the order, reply here and we'll sort it.

Thanks,
Priya
Copperpot Kitchen""",
    html_style="freshdesk",
    html_attr="On Sat, 21 Nov at 9:40 AM , Amazon Customer &lt;{alias}&gt; wrote:",
    html_quote="Casserole arrived with the glass lid cracked right across. Not impressed. Email me at dave.kettering77@outlook.com with how you're fixing this or it's 1 star.",
    expect="legit", rules=[], classes=["damaged_item", "replacement_part", "quoted_email_address", "quoted_review_threat"],
    note="Freshdesk reply sending a free replacement lid and keeping the conversation on Amazon; the buyer's e-mail address and 1-star threat are only quoted.")

add(lang="en", client="gorgias", dom="marketplace.amazon.co.uk",
    frm="Lark & Linen Kids <hello@larkandlinen-kids.co.uk>",
    subj="Re: Size chart wrong? Order 205-3390716-8850247",
    date=(2026, 11, 22, 13, 18),
    text="""Hi Amira,

Oh no, sorry the pyjamas came up so small! Our 4-5Y set is cut slim, so we'd suggest the 5-6Y for your little one.

Please don't leave a review yet - just message us here first and we'll make it right, reviews really hurt a small shop like ours. We can swap the size for you as soon as you start the return in Your Orders.

Thanks so much,
Beth
Lark & Linen Kids

On 22/11/2026 12:01, Amazon Customer wrote:
Honestly thinking about leaving a bad review, the size chart is way off. Ordered 4-5Y for my daughter who is 4 and a half and they barely fit over her head.
""",
    html_new="""Hi Amira,

Oh no, sorry the pyjamas came up so small! Our 4-5Y set is cut slim, so we'd suggest the 5-6Y for your little one.

Please don't leave a review yet - just message us here first and we'll make it right, reviews really hurt a small shop like ours. We can swap the size for you as soon as you start the return in Your Orders.

Thanks so much,
Beth
Lark & Linen Kids""",
    html_style="gorgias",
    html_attr="On 22/11/2026 12:01, Amazon Customer wrote:",
    html_quote="Honestly thinking about leaving a bad review, the size chart is way off. Ordered 4-5Y for my daughter who is 4 and a half and they barely fit over her head.",
    expect="violation", rules=["review.divert_negative"],
    classes=["discourage_review", "size_exchange"],
    note="Gorgias reply that asks an unhappy buyer not to leave a review and to come to the seller first instead.")

add(lang="en", client="edesk", dom="marketplace.amazon.com",
    frm="Oakridge Home Goods <support@oakridgehomegoods.com>",
    subj="Re: Assembly instructions - bookcase (Order 113-5528091-6640218)",
    date=(2026, 11, 22, 17, 35),
    text="""-- Please reply above this line --

Hi Jordan,

Sorry the instruction sheet was missing from the box. I've attached the assembly guide for the Harlow 5-shelf bookcase as a PDF to this message so you can open it right here in Amazon. The short version:

1. Attach the two side panels to the base with the 8 cam locks (bag A). Arrows on the cams face outward.
2. Slide the back panel into the groove before fitting the top.
3. Fix the top with the long dowels (bag B), then tighten all cams a quarter turn.
4. Install the fixed middle shelf last - it's the one with pre-drilled holes on both edges.
5. Use the anti-tip strap (bag D) to secure it to the wall.

If any part is missing, tell us the letter on the bag and we'll ship it out.

Thanks,
Marcus
Oakridge Home Goods

Ticket #ED-902244

Amazon Customer wrote on 11/22/2026 4:58 PM:
----
No instructions in the box. Is there a youtube link for assembling this? or just send the pdf to my gmail j.pratt.home@gmail.com, easier to see on my laptop
----
""",
    attach=("Harlow-5-Shelf-Assembly-Guide.pdf", "Harlow 5-Shelf Bookcase - Assembly Guide. Steps 1-5. Parts bags A-D."),
    expect="legit", rules=[], classes=["assembly", "attachment_manual", "quoted_email_address", "quoted_link_request"],
    note="eDesk reply attaching the assembly guide PDF and summarising the steps, without using the buyer's quoted Gmail address or any external video link.")

add(lang="en", client="helpscout", dom="marketplace.amazon.com",
    frm="Brewhaus Appliances <support@brewhaus-appliances.com>",
    subj="Re: How to descale? Order 112-7740388-2915064",
    date=(2026, 11, 23, 14, 2),
    text="""Hi Megan,

Great question! Yep, we made a quick 2 minute video that shows the whole descaling cycle on the BH-12:
https://bit.ly/3kTr9Qx

Short version: hold the 1-cup and 2-cup buttons together for 3 seconds until the orange light blinks, then run it through with a 50/50 water and white vinegar mix.

Cheers,
Tyler
Brewhaus

—
Amazon Customer replied:

Is there a video showing how to descale this? The manual is tiny and the diagram doesn't match my buttons.

—
Tyler replied:

Hi Megan, your BH-12 shipped today with UPS, the tracking is in your order 112-7740388-2915064.
""",
    html_new="""Hi Megan,

Great question! Yep, we made a quick 2 minute video that shows the whole descaling cycle on the BH-12:
<<LINK>>

Short version: hold the 1-cup and 2-cup buttons together for 3 seconds until the orange light blinks, then run it through with a 50/50 water and white vinegar mix.

Cheers,
Tyler
Brewhaus""",
    html_link=("https://bit.ly/3kTr9Qx", "https://bit.ly/3kTr9Qx"),
    html_style="helpscout",
    html_thread=[("Amazon Customer", "Is there a video showing how to descale this? The manual is tiny and the diagram doesn't match my buttons."),
                 ("Tyler", "Hi Megan, your BH-12 shipped today with UPS, the tracking is in your order 112-7740388-2915064.")],
    expect="violation", rules=["links.external", "links.shortener"],
    classes=["answer_in_kind", "video_link", "shortener"],
    note="Help Scout reply that answers the buyer's request for a video with a bit.ly shortened external link.")

add(lang="en", client="apple_mail", dom="marketplace.amazon.co.uk",
    frm="Nook & Stem <orders@nookandstem.co.uk>",
    subj="Re: Wrong colour vase - 207-2245819-0093364",
    date=(2026, 11, 23, 11, 6),
    text="""Hi Chloe,

So sorry - we packed the Graphite vase instead of the Sage one you ordered. That's our mistake.

Refunds can only go back to the card you paid with through Amazon, not to PayPal, but it's quick: start a return under Your Orders, pick "Wrong item was sent" and the label will be free. If you'd rather have the Sage one, choose "Replace item" and we'll dispatch it as soon as the return is created - you don't need to wait for the Graphite to reach us.

Best,
Tom
Nook & Stem

> On 23 Nov 2026, at 10:22, Amazon Customer <{alias}> wrote:
>
> You sent me the grey one, I ordered sage green. Just refund me to my PayPal
> chloe.ashby.design@gmail.com, I don't want the hassle of returns. I also
> tagged you on Instagram @chloe.makes.home so people know.
>
> Sent from my iPhone
""",
    expect="legit", rules=[], classes=["wrong_item", "return_via_amazon", "quoted_email_address", "quoted_social"],
    note="Apple Mail reply explaining that refunds go through Amazon and how to return or replace the wrong-colour vase; PayPal address and Instagram handle are only quoted.")

add(lang="en", client="thunderbird", dom="marketplace.amazon.com",
    frm="Grindstone Kitchen Co. <help@grindstonekitchen.com>",
    subj="Re: Box crushed, grinder broken - order 114-3307952-8826140",
    date=(2026, 11, 24, 16, 30),
    text="""Hi Mr. Kowalski,

That's a rough way to receive a gift - sorry about that. We've shipped a replacement burr grinder today via UPS Ground, tracking 1Z 9W4 E71 03 5518 2266, estimated delivery Friday 11/27. There's no need to send the broken one back; please just recycle the box and dispose of the glass hopper carefully.

We'll keep all the details here in your Amazon messages so everything stays with the order.

Regards,
Natalie
Grindstone Kitchen Co.

On 11/24/26 3:05 PM, Amazon Customer wrote:
> The grinder box was totally crushed and the glass hopper is in pieces.
> This was supposed to be a birthday present Saturday.
> Here's my email for the replacement details: mkowalski.fam@yahoo.com
> or text me at (312) 555-0187, I'm at work all day.
> -Mike
""",
    expect="legit", rules=[], classes=["damaged_item", "replacement", "quoted_email_address", "quoted_phone"],
    note="Thunderbird reply confirming a free replacement with UPS tracking in answer to a damage complaint; buyer's e-mail and phone are only quoted.")

add(lang="en", client="forwarded", dom="marketplace.amazon.co.uk",
    frm="Northbeck Outdoor <support@northbeck-outdoor.co.uk>",
    subj="Fwd: Tent return - pole missing (Order 203-9918274-5540612)",
    date=(2026, 11, 25, 10, 48),
    text="""Hi Rachel,

I've forwarded your message to our warehouse lead, Sam, who handles returns. For anything to do with the return you can email him directly at sam.ward@northbeck-outdoor.co.uk - he'll get it sorted quicker than going through Amazon.

Thanks,
Ellie
Northbeck Outdoor

---------- Forwarded message ---------
From: Amazon Customer <{alias}>
Date: Tue, 24 Nov 2026 at 19:02
Subject: Tent return - pole missing (Order 203-9918274-5540612)
To: <support@northbeck-outdoor.co.uk>

Hi, the Kestrel 3 tent arrived with only 2 of the 3 poles. I'd like to return it. Is there someone I can deal with directly? The Amazon return form keeps timing out.
Rachel Dunmore
""",
    expect="violation", rules=["contact.email_address", "contact.off_platform"],
    classes=["answer_in_kind", "email_address", "forwarded"],
    note="Reply with a forwarded buyer message that gives a staff e-mail address and tells the buyer to deal with him directly instead of through Amazon.")

add(lang="en", client="gmail_html", dom="marketplace.amazon.co.uk",
    frm="Lumafold Lighting <hello@lumafold.co.uk>",
    subj="Re: Dimmer buzzing + leaflet in box (Order 208-4471036-2290185)",
    date=(2026, 11, 26, 9, 12),
    text="""Hi Naveed,

Thanks for the detail. A faint buzz from the Arc floor lamp at low brightness usually means it's on a trailing-edge wall dimmer or a smart plug with its own dimming. The lamp's built-in touch dimmer needs a plain on/off socket - if you plug it straight into the wall and it still buzzes at the lowest setting, that's a faulty driver and we'll replace the lamp for you through Amazon.

About the leaflet in the box: please ignore it, it's from an older batch. We don't offer discounts in exchange for reviews, and everything about your order is handled here in Amazon messages.

Kind regards,
Hannah
Lumafold Lighting

On Wed, 25 Nov 2026 at 22:37, Amazon Customer <{alias}> wrote:
> Hi, the lamp buzzes when dimmed. Also a friend said if I message you,
> you give 10% off for a review? The leaflet in the box says to visit
> www.lumafold.co.uk/register but the link doesn't work.
""",
    html_new="""Hi Naveed,

Thanks for the detail. A faint buzz from the Arc floor lamp at low brightness usually means it's on a trailing-edge wall dimmer or a smart plug with its own dimming. The lamp's built-in touch dimmer needs a plain on/off socket - if you plug it straight into the wall and it still buzzes at the lowest setting, that's a faulty driver and we'll replace the lamp for you through Amazon.

About the leaflet in the box: please ignore it, it's from an older batch. We don't offer discounts in exchange for reviews, and everything about your order is handled here in Amazon messages.

Kind regards,
Hannah
Lumafold Lighting""",
    html_style="gmail",
    html_attr="On Wed, 25 Nov 2026 at 22:37, Amazon Customer &lt;{alias}&gt; wrote:",
    html_quote="""Hi, the lamp buzzes when dimmed. Also a friend said if I message you, you give 10% off for a review? The leaflet in the box says to visit www.lumafold.co.uk/register but the link doesn't work.""",
    expect="legit", rules=[], classes=["troubleshooting", "declines_incentive", "quoted_link", "quoted_discount_request"],
    note="Gmail HTML reply troubleshooting a buzzing dimmer and declining a discount-for-review, with the shop URL only in the gmail_quote.")

add(lang="en", client="plain_quote", dom="marketplace.amazon.co.uk",
    frm="Thistle & Wick Candles <shop@thistleandwick.co.uk>",
    subj="Re: Multi-buy? Order 202-6680931-4417705",
    date=(2026, 11, 27, 12, 44),
    text="""Hi Fiona,

Aw, thank you for coming back for a fourth! 😊 We can't change the price on Amazon, but here's what we can do: leave us a 5-star review on the Fig & Cedar candle, send us a screenshot here, and we'll refund £5 per candle through Amazon. That works out nicely across all four.

Warmly,
Isla
Thistle & Wick

> On 27/11/2026 11:02, Amazon Customer wrote:
> Any chance of a discount? I've bought 3 of the Fig & Cedar already for
> Christmas presents and just ordered a 4th (202-6680931-4417705).
> Love them!
""",
    expect="violation", rules=["review.incentive", "review.biased_positive", "style.emoji"],
    classes=["answer_in_kind", "refund_for_review", "emoji"],
    note="Plain '>' reply that answers the discount request by offering 5 GBP per candle for a 5-star review screenshot, with an emoji.")

add(lang="en", client="amazon_relay", dom="marketplace.amazon.co.uk",
    frm="Pennant Games <support@pennantgames.co.uk>",
    subj="Re: Cancellation request from Amazon customer Liam (Order: 206-5503127-9981642)",
    date=(2026, 11, 28, 8, 20),
    text="""Hi Liam,

No problem - your order for the Ticket Lines board game hadn't been dispatched yet, so we've cancelled it as you asked. The refund has been processed through Amazon and should appear on your original payment method within 3-5 working days. You won't be charged anything.

Kind regards,
Owen
Pennant Games


------------- Begin message -------------

From: Amazon customer Liam Hughes
Order ID: 206-5503127-9981642
Item: Ticket Lines - Family Board Game (2-5 players)

Please cancel this, found it cheaper elsewhere. Or match the price? It's £22.99 here https://www.ebay.co.uk/itm/3948812045 - if you can do that I'll keep it.

------------- End message -------------
""",
    expect="legit", rules=[], classes=["buyer_cancellation", "amazon_relay_quote", "quoted_link"],
    note="Reply confirming a buyer-requested cancellation and Amazon refund; the eBay link is only inside Amazon's relayed buyer message.")

add(lang="en", client="helpdesk_hash", dom="marketplace.amazon.co.uk",
    frm="Voltleaf Electronics <support@voltleaf.co.uk>",
    subj="Re: Power bank dead after 2 weeks - 204-1129847-6635018",
    date=(2026, 11, 26, 17, 2),
    text="""Hi Mrs Bennett,

Sorry to hear that. Before anything else, could you try this reset on the VL-20000: hold the power button for 15 seconds until all four LEDs flash together, then plug it in with a USB-C cable that supports fast charging (the one in the box is fine) for at least 30 minutes.

If the LEDs still don't light up after that, it's a faulty unit. Please start a return in Your Orders and choose "Item defective" - the label is free, and we'll refund you in full as soon as the parcel is scanned, so you're not waiting on us to receive it.

All the best,
Ravi
Voltleaf Electronics

### Nov 26, 2026 | 4:12 PM GMT | Amazon Customer wrote

Power bank completely dead after 2 weeks, won't charge at all. Give me my money back or it's 1 star and I'll post it on Facebook as well. Call me on 07700 938417, I don't have time for messages.

### Nov 10, 2026 | 9:30 AM GMT | Amazon Customer wrote

Does this charge a Steam Deck?

### Nov 10, 2026 | 11:05 AM GMT | Ravi wrote

Hi, yes - the VL-20000 has 45W USB-C PD output, which charges the Steam Deck at full speed.
""",
    expect="legit", rules=[], classes=["troubleshooting", "return_via_amazon", "quoted_phone", "quoted_review_threat"],
    note="Helpdesk '### DATE | NAME wrote' reply with a power bank reset and a free Amazon return; the phone number, Facebook and 1-star threat are only quoted.")

add(lang="en", client="helpdesk_message_from", dom="marketplace.amazon.com",
    frm="Summit Pet Supply <care@summitpetsupply.com>",
    subj="Re: Replacement feeder arrived [Ticket 5530] Order 111-8824093-3356271",
    date=(2026, 11, 30, 10, 40),
    text="""Hi Kayla,

Glad the replacement feeder is working. A couple of notes on the order:

- The 2-year warranty runs from the original delivery date (Nov 12), not from the replacement date, so it covers you until Nov 12, 2028.
- If the portion wheel ever sticks again, it's almost always kibble dust - pull the hopper off and brush out the wheel housing once a month.

We handle all orders and questions for this item through Amazon, so this message thread is the best place to reach us any time.

Best,
Luis
Summit Pet Supply

____________________________________________________________
Message from Amazon Customer Kayla R. (Nov 29, 2026 8:14 PM):

Thanks, replacement arrived and it works great. Do you have a website so I can order direct next time? Or an email? Would be easier than Amazon.

____________________________________________________________
Message from Luis (Summit Pet Supply) (Nov 24, 2026 1:02 PM):

Hi Kayla, sorry the portion wheel jammed. We've shipped a replacement PF-6 feeder today via USPS, tracking 9400 1118 9922 3471 5580 26. No need to return the old one.

____________________________________________________________
Message from Amazon Customer Kayla R. (Nov 23, 2026 7:48 AM):

The automatic feeder stopped dispensing on day 10, the wheel jams. My cats were screaming at 6am lol.
""",
    expect="legit", rules=[], classes=["warranty", "care_tips", "declines_off_platform"],
    note="Helpdesk reply under 'Message from NAME (DATE):' blocks explaining warranty and care and keeping the buyer on Amazon after they asked for a website or e-mail.")

# ---------------------------------------------------------------- build
def build_html(m, alias_):
    new = m["html_new"]
    if "html_link" in m:
        url, label = m["html_link"]
        pre, post = new.split("<<LINK>>")
        body = esc(pre) + '<a href="%s">%s</a>' % (H.escape(url), H.escape(label)) + esc(post)
        new_html = "\n".join("<p>%s</p>" % p for p in body.split("<br>\n<br>\n"))
    else:
        new_html = paras(new)
    st = m["html_style"]
    if st == "helpscout":
        parts = []
        for who, txt in m["html_thread"]:
            parts.append('<hr style="border:none;border-top:1px solid #ddd">\n'
                         '<div class="hs-thread"><p><strong>%s</strong> replied:</p>\n'
                         '<blockquote style="margin:0 0 0 8px;padding-left:8px;border-left:2px solid #ccc">%s</blockquote></div>'
                         % (esc(who), paras(txt)))
        quote = "\n".join(parts)
    else:
        attr = m["html_attr"].replace("{alias}", alias_)
        q = paras(m["html_quote"])
        if st == "freshdesk":
            quote = ('<div class="freshdesk_quote">\n<blockquote class="freshdesk_quote">'
                     '%s<br>\n%s</blockquote>\n</div>' % (attr, q))
        elif st == "gorgias":
            quote = ('<div class="gorgias_quote">\n<div>%s</div>\n'
                     '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>\n</div>'
                     % (attr, q))
        elif st == "gmail":
            quote = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                     % (attr, q))
        else:
            quote = '<div>%s</div>\n<blockquote type="cite">%s</blockquote>' % (attr, q)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n<div dir="ltr">\n%s\n</div>\n<br>\n%s\n</body></html>\n'
            % (new_html, quote))

def minimal_pdf(text):
    stream = "BT /F1 11 Tf 50 780 Td (%s) Tj ET" % text.replace("(", "[").replace(")", "]")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"; offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode()
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs: out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out

def main():
    (OUT / "messages").mkdir(parents=True, exist_ok=True)
    labels = []
    for i, m in enumerate(M, 1):
        mid = "w126-%04d" % i
        a = alias(m["dom"])
        y, mo, d, hh, mm = m["date"]
        tz = timezone(timedelta(hours=1)) if m["lang"] == "de" else (timezone(timedelta(hours=-5)) if m["dom"].endswith(".com") else timezone.utc)
        msg = EmailMessage()
        msg["From"] = m["frm"]
        msg["To"] = a
        msg["Subject"] = m["subj"]
        msg["Date"] = format_datetime(datetime(y, mo, d, hh, mm, rnd.randint(0, 59), tzinfo=tz))
        msg["Message-ID"] = "<%s@%s>" % (uuid.UUID(int=rnd.getrandbits(128)).hex, m["frm"].split("@")[1].rstrip(">"))
        msg["MIME-Version"] = "1.0"
        cte = "base64" if i % 3 == 0 else "quoted-printable"
        msg.set_content(m["text"].replace("{alias}", a), subtype="plain", charset="utf-8", cte=cte)
        if "html_new" in m:
            msg.add_alternative(build_html(m, a), subtype="html", charset="utf-8", cte="quoted-printable")
        if "attach" in m:
            fn, t = m["attach"]
            msg.add_attachment(minimal_pdf(t), maintype="application", subtype="pdf", filename=fn)
        (OUT / "messages" / (mid + ".eml")).write_bytes(msg.as_bytes())
        labels.append({"id": mid, "file": "messages/%s.eml" % mid, "lang": m["lang"], "client": m["client"],
                       "kind": "reply", "split": "dev", "expect": m["expect"], "rules": m["rules"],
                       "classes": m["classes"], "note": m["note"]})
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
