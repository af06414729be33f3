LOGO = lambda href, src, alt: f'<p><a href="{href}"><img src="{src}" alt="{alt}" width="150" height="50"></a></p>'
MSGS = [
dict(c="zd", k="r", r=[], cl=["quoted-history", "how-to"], n="Erklärt einem Käufer, wie oft und womit der Kaffeevollautomat entkalkt wird.",
 f="Katrin Vogel <k.vogel@bohnenwerk-kaffee.de>", s="Re: Entkalken – welches Mittel?", qn="Jürgen",
 q="""Guten Tag, die Maschine zeigt seit gestern „Entkalken“ an. Kann ich normalen Essig nehmen oder muss es Ihr Mittel sein? Gruß J. Brandt""",
 b="""Guten Tag Herr Brandt,

vielen Dank für Ihre Nachricht.

Bitte verwenden Sie keinen Essig: Die Essigsäure greift auf Dauer die Dichtungen im Brühsystem an und hinterlässt Geruch. Geeignet ist jeder flüssige Entkalker auf Milchsäure- oder Amidosulfonsäurebasis, es muss nicht unser eigenes Mittel sein.

So gehen Sie vor:
1. Wassertank leeren, 100 ml Entkalker und 500 ml Wasser einfüllen.
2. Im Menü „Pflege“ > „Entkalken“ wählen und den Anweisungen folgen.
3. Das Programm dauert etwa 25 Minuten und spült am Ende zweimal automatisch.

Bei mittelhartem Wasser reicht das etwa alle 6–8 Wochen.

Mit freundlichen Grüßen
Katrin Vogel
Kundenservice Bohnenwerk"""),

dict(c="fd", k="r", r=["contact.phone_number", "links.external"], cl=["signature", "delivery", "quoted-history"], n="Erklärt eine Lieferverzögerung, Signatur enthält Telefonnummer und Webadresse des Shops.",
 f="Gartenglück Kundenservice <service@gartenglueck-moebel.de>", s="Re: Lieferung Gartenstühle 302-6619340-1187752", qn="Sabine",
 q="""Hallo, die zwei Klappstühle sollten laut Amazon am Freitag kommen, es ist aber nichts da. Bestellung 302-6619340-1187752""",
 b="""Hallo Frau Kranz,

entschuldigen Sie bitte die Verzögerung. Unser Lager hat die Stühle wegen eines Ausfalls der Verpackungsanlage erst am Montag an DHL übergeben. Laut Sendungsverfolgung werden sie morgen zugestellt.

Sollte bis Mittwoch nichts bei Ihnen ankommen, melden Sie sich bitte einfach hier – dann schicken wir sofort Ersatz los.

Viele Grüße
Markus Heinen
Gartenglück Möbel GmbH
Tel. 02131 7780-45
www.gartenglueck-moebel.de"""),

dict(c="gg", k="p", r=[], cl=["delivery-scheduling", "freight"], n="Stimmt den Liefertermin für eine Speditionslieferung (Kühlschrank) ab.",
 f="Lieferplanung Kälteprofi <lieferung@kaelteprofi-shop.de>", s="Liefertermin für Ihre Bestellung 304-2297815-6630418",
 b="""Guten Tag,

Ihr Kühl-Gefrier-Kombigerät KG 186 aus der Bestellung 304-2297815-6630418 ist versandbereit. Da es per Spedition bis hinter die erste Tür geliefert wird, braucht die Spedition einen festen Termin mit Ihnen.

Möglich sind:
- Dienstag, 10. März, 7–12 Uhr
- Mittwoch, 11. März, 12–17 Uhr
- Freitag, 13. März, 7–12 Uhr

Bitte antworten Sie mit Ihrem Wunschtermin und teilen Sie uns mit, in welchem Stockwerk Sie wohnen und ob es einen Aufzug gibt. Die Spedition ruft am Vorabend nicht an, der Termin gilt dann verbindlich.

Freundliche Grüße
Ihr Team von Kälteprofi"""),

dict(c="hs", k="p", r=[], cl=["review-request", "neutral"], n="Einmalige, neutrale Bitte um eine Bewertung nach der Lieferung eines Kinderrucksacks.",
 f="Lena Hofmann <lena@fuchsundbaer-kids.de>", s="Ihre Bestellung 306-1148270-9902316 – Ihre Meinung",
 b="""Hallo,

Ihr Kindergartenrucksack „Fuchs“ aus der Bestellung 306-1148270-9902316 ist vor ein paar Tagen angekommen.

Wir würden uns freuen, wenn Sie sich einen Moment Zeit nehmen und auf Amazon eine Bewertung schreiben, wie Ihnen und Ihrem Kind der Rucksack gefällt. Ehrliche Erfahrungen helfen anderen Eltern bei der Auswahl.

Falls etwas nicht passt, können Sie uns natürlich auch hier antworten.

Herzliche Grüße
Lena Hofmann
Fuchs & Bär Kinderausstattung"""),

dict(c="ed", k="p", r=["review.biased_positive"], cl=["review-request", "conditional"], n="Bittet nur zufriedene Käufer um eine 5-Sterne-Bewertung.",
 f="Fuchs & Bär Kids <shop@fuchsundbaer-kids.de>", s="Wie gefällt Ihnen die Brotdose? Bestellung 305-7731024-5568013",
 b="""Liebe Kundin, lieber Kunde,

Ihre Edelstahl-Brotdose aus der Bestellung 305-7731024-5568013 sollte inzwischen bei Ihnen sein.

Wenn Sie zufrieden sind, würden wir uns riesig über eine 5-Sterne-Bewertung auf Amazon freuen! Für einen kleinen Familienbetrieb wie uns ist das Gold wert.

Danke und liebe Grüße
Ihr Fuchs & Bär Team"""),

dict(c="ol", k="r", r=[], cl=["invoice", "quoted-history"], n="Schickt die angeforderte Rechnung mit ausgewiesener MwSt. als PDF.",
 f="Petra Schulz <p.schulz@buerowelt-direkt.de>", s="AW: Rechnung mit MwSt. für Bestellung 303-8840219-4471106", qn="Dr. Fischer",
 q="""Sehr geehrte Damen und Herren,
für die Steuer benötige ich eine ordentliche Rechnung mit ausgewiesener MwSt. für den Bürostuhl (Bestellung 303-8840219-4471106). Rechnungsadresse: Praxis Dr. Fischer, Lindenstraße 12, 79098 Freiburg.
Mit freundlichen Grüßen
A. Fischer""",
 b="""Sehr geehrte Frau Dr. Fischer,

anbei erhalten Sie die Rechnung zu Ihrer Bestellung 303-8840219-4471106 mit der gewünschten Rechnungsadresse Ihrer Praxis.

Der Bürostuhl ist mit 249,00 € brutto berechnet, darin enthalten sind 39,76 € Umsatzsteuer (19 %).

Falls Sie zusätzlich eine Korrektur der Lieferadresse auf der Rechnung benötigen, geben Sie mir bitte kurz Bescheid.

Mit freundlichen Grüßen

Petra Schulz
Buchhaltung / Kundenservice
Bürowelt Direkt GmbH""",
 a=("pdf", "Rechnung_RE-2026-11873.pdf", "RECHNUNG RE-2026-11873", [
 "Bürowelt Direkt GmbH, Industriestraße 8, 76131 Karlsruhe",
 "USt-IdNr.: DE 281 447 903", "",
 "Rechnungsempfänger: Praxis Dr. Fischer, Lindenstraße 12, 79098 Freiburg",
 "Amazon-Bestellnummer: 303-8840219-4471106", "",
 "1 x Bürostuhl ErgoFlex Pro, schwarz           netto 209,24 EUR",
 "zzgl. 19 % USt.                                      39,76 EUR",
 "Rechnungsbetrag                                     249,00 EUR", "",
 "Der Betrag wurde über Amazon beglichen.",
 "Lieferdatum entspricht Rechnungsdatum."])),

dict(c="gm", k="r", r=["purpose.marketing"], cl=["coupon", "exchange", "quoted-history"], n="Beantwortet eine Umtauschfrage, hängt aber einen Gutscheincode für die nächste Bestellung an.",
 f="Jonas Weber <jonas@lauflicht-sportswear.de>", s="Re: Laufjacke in M statt L?", qn="Tobias",
 q="""Hi, die Laufjacke in L ist mir zu groß. Kann ich die einfach gegen M tauschen?""",
 b="""Hallo Tobias,

klar, das geht. Am einfachsten ist es, die Jacke über „Meine Bestellungen“ bei Amazon als Umtausch anzumelden und Größe M auszuwählen – dann schickt Amazon dir die neue Größe, sobald die alte unterwegs ist. Die Rücksendung ist kostenlos.

Kleiner Tipp: Die M fällt eher schmal an den Schultern aus, wenn du zwischen zwei Größen liegst.

Und weil du schon Ärger mit der Größe hattest: Mit dem Code LAUF10 bekommst du 10 % auf deine nächste Bestellung!

Sportliche Grüße
Jonas
Lauflicht Sportswear"""),

dict(c="zd", k="r", r=[], cl=["carrier-link", "delivery", "quoted-history"], n="Gibt bei einer Sendungsanfrage den DHL-Trackinglink und den Stand der Zustellung weiter.",
 f="Ahmet Yilmaz <a.yilmaz@technikstube24.de>", s="Re: Wo bleibt mein Paket? 302-5520186-3394471", qn="Monika",
 q="""Mein Router ist immer noch nicht da, obwohl er seit 4 Tagen verschickt ist.""",
 b="""Hallo Frau Lehmann,

danke für Ihre Geduld. Ihr Paket mit dem WLAN-Router ist mit DHL unterwegs, Sendungsnummer 00340434161094027318:
https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094027318

Laut DHL lag es zwei Tage im Paketzentrum Börnicke, weil dort gerade viel los ist. Heute früh wurde es ins Zustellfahrzeug geladen, es sollte also im Laufe des Tages bei Ihnen sein.

Kommt es bis Donnerstag nicht an, geben Sie uns bitte hier Bescheid; dann leiten wir einen Nachforschungsauftrag ein und schicken Ersatz.

Viele Grüße
Ahmet Yilmaz
Technikstube24 Kundenservice"""),

dict(c="fd", k="p", r=["purpose.thank_you_only"], cl=["thank-you"], n="Proaktive Nachricht, die nur für den Einkauf dankt.",
 f="Seifenmanufaktur Alpenkraut <hallo@alpenkraut-seifen.de>", s="Danke für Ihre Bestellung 306-4418823-0071594",
 b="""Liebe Kundin, lieber Kunde,

herzlichen Dank, dass Sie sich für unsere handgemachten Seifen entschieden haben (Bestellung 306-4418823-0071594)!

Jedes Stück wird bei uns im Allgäu von Hand gesiedet und vier Wochen gereift. Wir wünschen Ihnen viel Freude damit.

Bei Fragen sind wir jederzeit für Sie da.

Herzliche Grüße aus dem Allgäu
Ihre Seifenmanufaktur Alpenkraut"""),

dict(c="gg", k="r", r=["style.emoji"], cl=["emoji", "toys", "care"], n="Beantwortet eine Waschfrage zu einem Kuscheltier mit Emoji im Text.",
 f="Mila von Kuschelwald <mila@kuschelwald.de>", s="Re: Kuscheltier waschen?",
 b="""Hallo liebe Frau Berger 🧸,

ja, unser Hase Hoppel darf in die Waschmaschine! Am besten bei 30 °C im Wollwaschgang und in einem Wäschenetz oder Kissenbezug. 🧺

Bitte nicht in den Trockner – einfach liegend an der Luft trocknen lassen, dann bleibt das Fell schön flauschig. ☀️

Liebe Grüße
Mila 💛
Kuschelwald"""),

dict(c="hs", k="r", r=["links.external"], cl=["manual-link", "quoted-history", "electronics"], n="Verweist bei einer Bluetooth-Frage auf die Anleitung auf der eigenen Website.",
 f="Florian Brandt <f.brandt@klangwerk-audio.de>", s="Re: Lautsprecher koppeln mit zweitem Gerät", qn="Kai",
 q="""Wie kann ich zwei von Ihren Boxen zusammen als Stereo benutzen? In der Kurzanleitung steht nichts dazu.""",
 b="""Hallo Kai,

das geht mit der Stereo-Kopplung (TWS):

1. Beide Lautsprecher einschalten, aber noch nicht mit dem Handy verbinden.
2. Auf dem ersten Lautsprecher die Taste „M“ zwei Sekunden drücken, bis ein Signalton kommt.
3. Nach etwa 10 Sekunden sind beide gekoppelt; danach den ersten Lautsprecher wie gewohnt mit dem Handy verbinden.

Die ausführliche Anleitung mit Bildern finden Sie hier zum Download: https://www.klangwerk-audio.de/service/downloads/bx40-anleitung.pdf

Viele Grüße
Florian Brandt
Klangwerk Audio Support"""),

dict(c="ed", k="p", r=["review.repeat_request"], cl=["review-request", "reminder"], n="Zweite Erinnerung an eine Bewertung zur selben Bestellung.",
 f="Klangwerk Audio <bestellung@klangwerk-audio.de>", s="Erinnerung: Ihre Bewertung zu Bestellung 304-9912736-2205519",
 b="""Guten Tag,

vor einigen Tagen haben wir Sie bereits gebeten, Ihren Klangwerk BX40 (Bestellung 304-9912736-2205519) auf Amazon zu bewerten.

Falls Sie es noch nicht geschafft haben: Wir würden uns weiterhin sehr über Ihre Bewertung freuen. Es dauert nur eine Minute.

Mit freundlichen Grüßen
Ihr Klangwerk-Team"""),

dict(c="ol", k="r", r=[], cl=["refusal", "off-platform-refused", "quoted-history"], n="Lehnt den Wunsch ab, am Amazon vorbei per Überweisung günstiger zu kaufen.",
 f="Thomas Gruber <t.gruber@holzmanufaktur-gruber.de>", s="AW: Direkt bei Ihnen bestellen?", qn="Stefan",
 q="""Hallo, ich würde gern noch zwei der Eichen-Schneidebretter kaufen. Kann ich direkt bei Ihnen per Überweisung bestellen, dann spart ihr doch die Amazon-Gebühren und ich bekomme es etwas günstiger?""",
 b="""Hallo Herr Maier,

danke für Ihr Interesse an weiteren Brettern – das freut uns.

Bestellungen, die über Amazon zustande kommen, wickeln wir aber ausschließlich über Amazon ab, und einen Sonderpreis außerhalb können wir Ihnen deshalb nicht anbieten. Die beiden Bretter in 40 x 25 cm sind aktuell auf Lager und gehen bei einer Bestellung am selben Tag raus.

Mit freundlichen Grüßen aus dem Schwarzwald
Thomas Gruber
Holzmanufaktur Gruber"""),

dict(c="gm", k="r", r=[], cl=["quoted-history", "buyer-link", "look-alike"], n="Das Zitat des Käufers enthält einen YouTube-Link; die Antwort selbst bleibt sauber.",
 f="Nina Krüger <nina@radlerherz.de>", s="Re: Fahrradlicht blinkt nur", qn="Oliver",
 q="""Hallo, mein Rücklicht blinkt nur noch und geht nicht mehr auf Dauerlicht. Ich hab das Video hier gefunden, aber das ist ein anderes Modell: https://www.youtube.com/watch?v=q8TbR0lkX3c
Was mache ich falsch?""",
 b="""Hallo Oliver,

das Video zeigt tatsächlich ein älteres Modell. Bei unserem Rücklicht RL-3 wechselst du die Modi mit kurzem Druck: Dauerlicht – Blinken – Pulsieren – aus. Wenn es nur noch blinkt, ist meist der Akku fast leer; bei unter 10 % schaltet das Licht automatisch in den Blinkmodus, damit es länger hält.

Lade es bitte einmal vollständig per USB-C (die LED wird nach ca. 2 Stunden grün). Wenn es danach immer noch nicht auf Dauerlicht geht, schreib mir hier, dann tauschen wir es um.

Viele Grüße
Nina
Radlerherz"""),

dict(c="zd", k="p", r=["image.logo_link", "links.external", "links.opt_out"], cl=["customisation", "newsletter-template", "unsubscribe-footer"], n="Fragt nach dem Motiv für eine Fototasse, verschickt aus der Newsletter-Vorlage mit verlinktem Logo und Abmeldelink.",
 f="Becherliebe Personalisierung <druck@becherliebe.de>", s="Ihr Fotomotiv für Bestellung 303-1175590-8842260",
 h=dict(top=LOGO("https://www.becherliebe.de", "https://www.becherliebe.de/img/mail/logo.png", "Becherliebe – Tassen mit Herz"),
        bottom='<p>Sie erhalten diese E-Mail, weil Sie bei Becherliebe bestellt haben. <a href="https://www.becherliebe.de/newsletter/abmelden?u=88213">Abmelden</a></p>'),
 ptail="Sie erhalten diese E-Mail, weil Sie bei Becherliebe bestellt haben. Abmelden: https://www.becherliebe.de/newsletter/abmelden?u=88213",
 b="""Guten Tag,

vielen Dank für Ihre Bestellung 303-1175590-8842260 (Fototasse mit Wunschtext).

Leider ist bei uns kein Foto angekommen – der Amazon-Upload war leer. Bitte schicken Sie uns das gewünschte Bild als Antwort auf diese Nachricht (JPG oder PNG, möglichst mindestens 1500 Pixel breit).

Der Text „Beste Oma der Welt“ ist bei uns angekommen.

Sobald das Foto da ist, drucken wir innerhalb von 24 Stunden.

Freundliche Grüße
Ihr Becherliebe-Team"""),

dict(c="fd", k="r", r=["contact.off_platform", "contact.phone_number"], cl=["whatsapp", "damaged"], n="Bietet bei einem beschädigten Artikel an, Fotos per WhatsApp an eine Handynummer zu schicken.",
 f="Vasenglück Service <service@vasenglueck.de>", s="Re: Vase mit Sprung angekommen",
 b="""Hallo Frau Yildiz,

das tut uns sehr leid! Damit wir schnell Ersatz schicken können, bräuchten wir ein Foto vom Sprung und vom Karton.

Am schnellsten geht es per WhatsApp an 0151 23984417 – da antworten wir meistens innerhalb einer Stunde.

Liebe Grüße
Anja
Vasenglück"""),

dict(c="gg", k="p", r=[], cl=["customisation", "engraving"], n="Bittet um den Gravurtext für eine Hundemarke, der bei der Bestellung fehlte.",
 f="Pfotenpost Gravur <gravur@pfotenpost.de>", s="Gravur für Ihre Hundemarke – Bestellung 302-8830127-6641953",
 b="""Hallo,

vielen Dank für Ihre Bestellung 302-8830127-6641953 (Hundemarke Edelstahl, Knochenform).

Im Gravurfeld steht nur „Bello“. Auf die Rückseite passen noch bis zu zwei Zeilen mit je 16 Zeichen. Möchten Sie dort etwas eingravieren lassen, zum Beispiel „Ich bin gechippt“ oder Ihre Straße? Eine Telefonnummer gravieren wir ebenfalls, wenn Sie das wünschen.

Wenn wir bis morgen 12 Uhr nichts von Ihnen hören, gravieren wir nur „Bello“ auf die Vorderseite und versenden die Marke noch am selben Tag.

Viele Grüße
Sandra
Pfotenpost"""),

dict(c="hs", k="r", r=[], cl=["manual", "quoted-history", "tools"], n="Schickt die verlorene Bedienungsanleitung eines Akkuschraubers als PDF.",
 f="Rainer Koch <r.koch@werkzeugkoch.de>", s="Re: Anleitung Akkuschrauber AS 18", qn="Frank",
 q="""Moin, habe die Anleitung vom AS 18 verlegt. Welche Drehmomentstufe nehme ich für Dübel in Rigips?""",
 b="""Moin Frank,

die Anleitung hängt als PDF an.

Für Gipskartondübel empfehle ich Stufe 6 bis 8 von 20 und den ersten Gang. Dann dreht die Kupplung durch, bevor der Dübel in der Platte mitdreht. Für Metall-Hohlraumdübel kannst du auf Stufe 10 gehen.

Die Drehmomenttabelle steht auf Seite 7.

Gruß
Rainer Koch
Werkzeug Koch""",
 a=("pdf", "AS18_Bedienungsanleitung.pdf", "Akku-Bohrschrauber AS 18 - Bedienungsanleitung", [
 "1. Sicherheitshinweise: Schutzbrille tragen, Akku vor dem Werkzeugwechsel entnehmen.",
 "2. Lieferumfang: Bohrschrauber, 2 Akkus 18 V / 2,0 Ah, Ladegerät, Koffer.",
 "3. Akku laden: ca. 60 Minuten, LED grün = voll.",
 "4. Gangwahl: 1. Gang 0-400 U/min (Schrauben), 2. Gang 0-1500 U/min (Bohren).",
 "5. Drehmoment: 20 Stufen + Bohrstufe.",
 "   Stufe 1-5: kleine Schrauben in Weichholz",
 "   Stufe 6-10: Gipskarton, Spanplatte",
 "   Stufe 11-20: große Schrauben in Hartholz",
 "6. Pflege: Lüftungsschlitze regelmäßig mit trockenem Pinsel reinigen.",
 "7. Garantie: 3 Jahre auf das Gerät, 1 Jahr auf Akkus."])),

dict(c="ed", k="r", r=["review.divert_negative"], cl=["damaged", "review-divert"], n="Ersetzt einen defekten Toaster, bittet aber, sich vor einer negativen Bewertung zuerst zu melden.",
 f="Küchenfreund Service <kundenservice@kuechenfreund.de>", s="Re: Toaster heizt nur auf einer Seite",
 b="""Guten Tag Herr Albrecht,

das klingt nach einem defekten Heizdraht, das tut uns leid. Wir schicken Ihnen heute einen neuen Toaster zu. Den alten können Sie mit dem beiliegenden Retourenschein kostenlos zurückschicken.

Noch eine Bitte: Bevor Sie eine negative Bewertung schreiben, kontaktieren Sie uns doch bitte zuerst – wir finden eigentlich immer eine Lösung.

Mit freundlichen Grüßen
Ihr Küchenfreund-Team"""),

dict(c="ol", k="p", r=["purpose.ask_buyer_to_cancel"], cl=["order-problem", "cancel-request"], n="Meldet ein nicht lieferbares Produkt und bittet den Käufer, die Bestellung selbst zu stornieren.",
 f="Nicole Wagner <n.wagner@lichtkontor-leuchten.de>", s="Ihre Bestellung 305-6641208-3319720 – Artikel nicht lieferbar",
 b="""Sehr geehrte Kundin, sehr geehrter Kunde,

leider müssen wir Ihnen mitteilen, dass die Stehleuchte „Arco Mini“ in Messing aus Ihrer Bestellung 305-6641208-3319720 vom Hersteller nicht mehr geliefert wird.

Bitte stornieren Sie die Bestellung über Ihr Amazon-Konto, damit der Betrag nicht belastet wird. Die Variante in Schwarz wäre weiterhin sofort verfügbar, falls Sie diese neu bestellen möchten.

Wir bitten um Entschuldigung.

Mit freundlichen Grüßen
Nicole Wagner
Lichtkontor Leuchten"""),

dict(c="gm", k="r", r=[], cl=["warranty"], n="Erklärt den Garantieablauf für einen defekten Wasserkocher über Amazon-Nachrichten.",
 f="Daniel Roth <daniel@teezeit-haushalt.de>", s="Re: Wasserkocher schaltet nicht mehr ab",
 b="""Hallo Herr Schuster,

ein Wasserkocher, der nicht mehr abschaltet, sollte nicht weiter benutzt werden – bitte ziehen Sie den Stecker, bis der Ersatz da ist.

Das Gerät ist 14 Monate alt und damit noch in unserer 2-jährigen Herstellergarantie. Schicken Sie uns bitte hier ein Foto vom Typenschild am Boden (Seriennummer beginnt mit TZ). Danach bekommen Sie von uns über diese Nachricht ein kostenloses Versandetikett und wir schicken das Austauschgerät los, sobald Ihr Paket bei DHL eingescannt ist.

Viele Grüße
Daniel Roth
Teezeit Haushaltswaren"""),

dict(c="zd", k="r", r=["review.incentive"], cl=["review-incentive", "refund"], n="Bietet 5 € Erstattung für eine Bewertung an.",
 f="Sophie Lang <sophie@glanzstueck-kosmetik.de>", s="Re: Frage zur Gesichtscreme",
 b="""Hallo Frau Winter,

die Creme ist für Mischhaut geeignet und kann morgens und abends verwendet werden. Parfüm ist keines enthalten.

Übrigens: Wenn Sie nach ein paar Wochen eine Bewertung auf Amazon schreiben, erstatten wir Ihnen als Dankeschön 5 € vom Kaufpreis. Schicken Sie uns einfach einen Screenshot.

Herzliche Grüße
Sophie
Glanzstück Naturkosmetik"""),

dict(c="fd", k="r", r=[], cl=["returns", "fashion", "address", "quoted-history"], n="Erklärt die Rücksendung von Schuhen inkl. Hinweis auf die Lageradresse auf dem Etikett.",
 f="Schuhhaus Lindner Service <service@schuhhaus-lindner.de>", s="Re: Rücksendung Sneaker", qn="Julia",
 q="""Hallo, die Sneaker drücken vorne. Muss ich die in der Originalverpackung zurückschicken? Und wohin?""",
 b="""Hallo Frau Peters,

schade, dass die Sneaker nicht passen. Sie können sie innerhalb von 30 Tagen zurückgeben:

1. In „Meine Bestellungen“ bei Amazon „Artikel zurücksenden“ auswählen.
2. Das kostenlose Rücksendeetikett ausdrucken. Es ist an unser Lager adressiert: Schuhhaus Lindner Retouren, Gewerbepark 3, 93055 Regensburg.
3. Die Schuhe bitte im Schuhkarton verpacken, gern in einem zusätzlichen Versandkarton, damit der Schuhkarton nicht beklebt wird.

Die Erstattung erfolgt innerhalb von 2 Werktagen nach Eingang.

Viele Grüße
Lisa Hartmann
Schuhhaus Lindner"""),

dict(c="gg", k="p", r=["purpose.shipping_confirmation"], cl=["shipped-only", "tracking-number"], n="Proaktive Nachricht, die nur den Versand mit Sendungsnummer bestätigt.",
 f="Technikstube24 <versand@technikstube24.de>", s="Versandbestätigung zu Bestellung 306-2071983-5537461",
 b="""Guten Tag,

Ihre Bestellung 306-2071983-5537461 hat heute unser Lager verlassen. Die Sendungsnummer lautet 00340434161094118820 (DHL).

Wir wünschen Ihnen viel Freude mit Ihrem Einkauf!

Ihr Team von Technikstube24"""),

dict(c="hs", k="r", r=["contact.email_address"], cl=["email-obfuscated", "obfuscation"], n="Nennt eine verschleierte E-Mail-Adresse für Reklamationsfotos.",
 f="Marco Keller <marco@spielzeugkiste-keller.de>", s="Re: Puppenhaus – Teil fehlt",
 b="""Hallo Frau Busch,

oh, das ist ärgerlich – wenn die Treppe im Puppenhaus fehlt, lässt sich das erste Stockwerk nicht richtig aufbauen.

Schicken Sie uns bitte ein Foto vom Inhalt des Kartons an reklamation (at) spielzeugkiste-keller (punkt) de, dann sehen wir, welche Teile noch fehlen, und packen alles zusammen in ein Paket.

Viele Grüße
Marco Keller
Spielzeugkiste Keller"""),

dict(c="ed", k="r", r=[], cl=["cosmetics", "vegan"], n="Beantwortet eine Frage zu Tierversuchen und veganen Inhaltsstoffen eines Shampoos.",
 f="Glanzstück Naturkosmetik <service@glanzstueck-kosmetik.de>", s="Re: Ist das Shampoo vegan?",
 b="""Hallo Herr Nguyen,

danke für Ihre Frage. Unser Festes Shampoo „Hafer & Birke“ ist vegan: Es enthält weder Honig noch Bienenwachs oder Lanolin. Weder das fertige Produkt noch die Rohstoffe werden an Tieren getestet, das lassen wir uns von unseren Lieferanten schriftlich bestätigen.

Die vollständige INCI-Liste finden Sie auf der Amazon-Produktseite im zweiten Bild.

Freundliche Grüße
Sophie Lang
Glanzstück Naturkosmetik"""),

dict(c="ol", k="r", r=["contact.phone_number", "contact.email_address", "links.external"], cl=["signature", "impressum", "quoted-history"], n="Korrekte Antwort mit Outlook-Signatur im Impressum-Stil inkl. Telefon, E-Mail und Website.",
 f="Bernd Hoffmann <b.hoffmann@heizprofi-handel.de>", s="AW: Passt das Thermostat auf Danfoss-Ventil?", qn="Uwe",
 q="""Passt Ihr smartes Thermostat auf ein altes Danfoss RA-Ventil oder brauche ich einen Adapter?""",
 b="""Guten Tag Herr Lorenz,

für Danfoss RA-Ventile benötigen Sie den Adapter RA, der bei unserem Thermostat bereits im Lieferumfang enthalten ist (der kleine Kunststoffring mit der Aufschrift „RA“). Sie müssen also nichts zusätzlich kaufen.

Mit freundlichen Grüßen

Bernd Hoffmann
Vertrieb & Kundenservice

Heizprofi Handel GmbH
Am Hafen 14 | 28217 Bremen
Tel.: +49 421 38871-20 | Fax: +49 421 38871-29
E-Mail: b.hoffmann@heizprofi-handel.de
Web: www.heizprofi-handel.de
Geschäftsführer: Jens Hoffmann | Amtsgericht Bremen HRB 31877 | USt-IdNr. DE 298 114 732"""),

dict(c="gm", k="p", r=[], cl=["order-problem", "carrier-link", "replacement"], n="Informiert proaktiv, dass ein Paket beschädigt zurückkam und Ersatz unterwegs ist, mit Hermes-Link.",
 f="Yvonne Sauer <yvonne@porzellanzauber.de>", s="Ihre Bestellung 304-5583109-7720486 – Ersatz ist unterwegs",
 b="""Guten Tag,

wir möchten Sie kurz zu Ihrer Bestellung 304-5583109-7720486 (Kaffeeservice „Lotte“, 18-teilig) informieren.

Das erste Paket wurde von Hermes beschädigt zu uns zurückgeschickt, bevor es Sie erreicht hat. Wir haben heute ein neues, sicherer verpacktes Service verschickt. Sie können die neue Sendung hier verfolgen:
https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation/#H1002760041382901

Für Sie entstehen dadurch keine Kosten, die Lieferung verzögert sich nur um etwa drei Tage.

Freundliche Grüße
Yvonne Sauer
Porzellanzauber"""),

dict(c="zd", k="r", r=["review.change_or_remove"], cl=["review-change", "after-resolution"], n="Bittet nach der Lösung darum, die negative Produktbewertung zu löschen.",
 f="Jan Petersen <jan@nordlicht-textil.de>", s="Re: Bettwäsche verfärbt",
 b="""Moin Frau Claussen,

die Ersatz-Bettwäsche ist heute rausgegangen, und die verfärbte müssen Sie nicht zurückschicken.

Da das Problem jetzt gelöst ist, wären wir Ihnen sehr dankbar, wenn Sie Ihre 2-Sterne-Bewertung zur Bettwäsche löschen könnten. Sie schadet uns als kleinem Betrieb leider sehr.

Viele Grüße
Jan Petersen
Nordlicht Textil"""),

dict(c="fd", k="r", r=[], cl=["negation", "no-phone", "quoted-history"], n="Erklärt, dass telefonischer Kontakt nicht möglich ist, und hilft direkt in der Nachricht.",
 f="Heizprofi Service <service@heizprofi-handel.de>", s="Re: Rückruf erbeten", qn="Gisela",
 q="""Können Sie mich bitte zurückrufen? Ich komme mit der App nicht zurecht. Tel. 0421 556 2291""",
 b="""Guten Tag Frau Ahrens,

einen Rückruf können wir über Amazon leider nicht anbieten, aber wir helfen Ihnen gern hier Schritt für Schritt weiter.

Zum Einrichten:
1. Öffnen Sie die App und tippen Sie unten rechts auf das Plus.
2. Wählen Sie „Heizkörperthermostat“.
3. Halten Sie am Thermostat die Taste 3 Sekunden gedrückt, bis „PAIR“ im Display steht.

Sagen Sie uns gern, bei welchem Schritt es hakt – ein Bildschirmfoto hilft uns dabei sehr.

Freundliche Grüße
Bernd Hoffmann
Heizprofi Handel"""),

dict(c="gg", k="r", r=["links.insecure_http"], cl=["carrier-link", "http"], n="Hilfreiche Lieferauskunft, aber der Trackinglink des Paketdienstes ist unverschlüsselt (http).",
 f="Emma von Wollwerk <emma@wollwerk-garn.de>", s="Re: Wolle noch nicht angekommen",
 b="""Hallo Frau Schmitt,

Ihr Paket mit den 10 Knäueln Merino ist am Montag mit GLS rausgegangen. Hier können Sie den aktuellen Stand sehen:
http://gls-group.eu/DE/de/paketverfolgung?match=70381944512

Laut GLS liegt es im Depot und wird morgen zugestellt.

Liebe Grüße
Emma
Wollwerk"""),

dict(c="hs", k="p", r=[], cl=["order-problem", "missing-part", "docx"], n="Reicht eine fehlende Aufbauanleitung als DOCX proaktiv nach.",
 f="Tim Schäfer <tim@moebelmacher-schaefer.de>", s="Aufbauanleitung zu Ihrer Bestellung 303-9907215-1160835",
 b="""Guten Tag,

beim Packen Ihres Schuhschranks „Flur 3“ (Bestellung 303-9907215-1160835) ist uns heute aufgefallen, dass in einigen Kartons dieser Charge die Aufbauanleitung fehlt.

Damit Sie nicht ohne dastehen, schicken wir Ihnen die Anleitung vorsorglich als Word-Dokument im Anhang. Die Beschläge sind vollständig; alle Schrauben sind nach Größe in beschrifteten Tüten (A–F) verpackt.

Mit freundlichen Grüßen
Tim Schäfer
Möbelmacher Schäfer""",
 a=("docx", "Aufbauanleitung_Flur3.docx", "Aufbauanleitung Schuhschrank Flur 3", [
 "Werkzeug: Kreuzschlitzschraubendreher PH2, Hammer.",
 "Schritt 1: Seitenwände (1, 2) mit Holzdübeln (A) an den Boden (3) stecken.",
 "Schritt 2: Exzenterbeschläge (B) einsetzen und mit Bolzen (C) verschrauben.",
 "Schritt 3: Klappen (4, 5) mit Scharnieren (D) montieren.",
 "Schritt 4: Rückwand (6) mit Nägeln (E) befestigen.",
 "Schritt 5: Kippsicherung (F) unbedingt an der Wand befestigen.",
 "Bitte die Klappen mit maximal 5 kg pro Fach belasten."])),

dict(c="ed", k="p", r=["attach.content"], cl=["invoice", "social-in-attachment"], n="Unauffällige Rechnungsnachricht; im PDF stehen Instagram-Aufruf und Newsletter-Werbung.",
 f="Kerzenstube Buchhaltung <rechnung@kerzenstube-manufaktur.de>", s="Rechnung zu Ihrer Bestellung 302-3356190-8819274",
 b="""Guten Tag,

anbei erhalten Sie die Rechnung zu Ihrer Bestellung 302-3356190-8819274 (Adventskranz-Kerzen, 4er Set, Bienenwachs).

Mit freundlichen Grüßen
Buchhaltung Kerzenstube""",
 a=("pdf", "Rechnung_302-3356190-8819274.pdf", "Rechnung KS-2026-3381", [
 "Kerzenstube Manufaktur, Mühlweg 2, 96047 Bamberg",
 "USt-IdNr.: DE 317 552 801", "",
 "Amazon-Bestellung 302-3356190-8819274",
 "1 x Bienenwachskerzen 4er Set, natur      19,90 EUR (inkl. 19 % USt. 3,18 EUR)", "",
 "Folgen Sie uns auf Instagram @kerzenstube und melden Sie sich zu unserem",
 "Newsletter an - dort gibt es jeden Monat exklusive Angebote!"])),

dict(c="ol", k="r", r=[], cl=["follow-up", "quoted-history"], n="Kurze Rückmeldung an einen Käufer, dessen Ersatzteil angekommen ist, mit Pflegehinweis.",
 f="Thomas Gruber <t.gruber@holzmanufaktur-gruber.de>", s="AW: Brett angekommen", qn="Stefan",
 q="""Das neue Brett ist heute gekommen, diesmal ohne Riss. Danke!""",
 b="""Hallo Herr Maier,

schön, dass diesmal alles passt. Ein Tipp, damit es so bleibt: Ölen Sie das Brett in den ersten Wochen einmal pro Woche dünn mit Lein- oder Speiseöl ein und lassen Sie es nie im Spülwasser liegen.

Mit freundlichen Grüßen
Thomas Gruber
Holzmanufaktur Gruber"""),
]
