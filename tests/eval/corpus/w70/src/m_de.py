from gen import pdf

def manual():
    return pdf(["Mahlwerk-Reinigung und Feineinstellung",
                "1. Netzstecker ziehen und Bohnenbehälter abnehmen (gegen den Uhrzeigersinn drehen).",
                "2. Oberen Kegelmahlring an den beiden Griffen fassen und nach oben herausziehen.",
                "3. Mahlwerk mit dem beiliegenden Pinsel reinigen. Kein Wasser verwenden.",
                "4. Feineinstellung: Den Stellring unter dem Mahlring um eine Raste im Uhrzeigersinn drehen = feiner.",
                "   Für Siebträger empfehlen wir Stufe 3 bis 6, für French Press Stufe 24 bis 30.",
                "5. Mahlring wieder einsetzen, bis er hörbar einrastet, dann den Bohnenbehälter aufsetzen.",
                "Hinweis: Die Mühle startet nur, wenn Behälter und Deckel korrekt eingerastet sind (Sicherheitsschalter)."],
               "Kornwerk KM-200 - Auszug aus der Bedienungsanleitung")

def rechnung():
    return pdf(["Kletterwelt Sportartikel GmbH, Industriestraße 14, 87435 Kempten",
                "Rechnungsnummer: KW-2026-118734          Rechnungsdatum: 03.12.2026",
                "Amazon-Bestellnummer: 303-5512847-2209183",
                "Rechnungsempfänger: Kanzlei Brandt & Partner, z. Hd. Frau Wiebke Brandt, Hohe Bleichen 8, 20354 Hamburg",
                "",
                "Pos. 1   Kletterseil Dynamic 9,8 mm, 60 m, blau        1 x 129,90 EUR",
                "Pos. 2   Sicherungsgerät TubeLock mit HMS-Karabiner    2 x  34,95 EUR",
                "",
                "Nettobetrag: 167,90 EUR      USt. 19 %: 31,90 EUR      Gesamtbetrag: 199,80 EUR",
                "Zahlung erfolgt über Amazon Payments. Betrag bereits beglichen.",
                "USt-IdNr.: DE298765432   Amtsgericht Kempten HRB 11872"],
               "Rechnung")

MSGS = [
dict(id="w70-0007", lang="de", client="zendesk", expect="legit", rules=[], classes=["quoted-history", "phone-in-quote", "refusal", "spare-part"],
 note="Käufer bittet zweimal um Rückruf unter seiner Handynummer wegen einer Kaffeemühle; die Verkäuferin bleibt bei Amazon-Nachrichten und schickt ein Ersatzteil.",
 alias="h4vd8nq2lx7cmte", buyer="Jürgen Hasselbach",
 **{"from": ("Kornwerk Kundenservice", "service@kornwerk-kaffee.de")}, agent_short="Melanie (Kornwerk Kundenservice)",
 subject="Mühle startet nicht mehr", resubj="Re: Mühle startet nicht mehr", ticket="#88124",
 date="2026-12-07 10:18",
 history=[
  dict(who="buyer", date="2026-12-06 20:47", text="""Hallo Melanie,

Behälter sitzt richtig, Deckel auch, das habe ich dreimal kontrolliert. Mir ist aber aufgefallen, dass der kleine Plastikstift am Deckel, der den Schalter drückt, abgebrochen ist. Liegt vermutlich irgendwo in der Schublade.

Das ganze hin und her schreiben ist mühsam, rufen Sie mich doch bitte kurz an, ich bin tagsüber unter 0171 4839226 erreichbar, dann klären wir das in zwei Minuten.

Gruß
J. Hasselbach"""),
  dict(who="seller", date="2026-12-05 11:02", text="""Guten Tag Herr Hasselbach,

das tut uns leid. Die KM-200 hat einen Sicherheitsschalter und läuft nur an, wenn Bohnenbehälter und Deckel korrekt eingerastet sind. Könnten Sie bitte prüfen, ob beides richtig sitzt?

Viele Grüße
Melanie"""),
  dict(who="buyer", date="2026-12-04 07:15", text="""Guten Morgen, meine Kaffeemühle KM-200 (gekauft im Oktober) macht keinen Mucks mehr. Strom ist da, Steckdose geht. Was kann ich tun?"""),
 ],
 reply="""Guten Tag Herr Hasselbach,

vielen Dank für die genaue Beschreibung – damit ist die Ursache klar: Ohne den Stift am Deckel wird der Sicherheitsschalter nicht ausgelöst, und die Mühle bleibt aus. Das ist zum Glück nur ein Kunststoffteil.

Telefonisch können wir Sie leider nicht kontaktieren, da wir bei Amazon-Bestellungen ausschließlich über das Nachrichtensystem von Amazon kommunizieren. Das sollte hier aber auch gar nicht nötig sein:

Wir haben Ihnen heute einen kompletten neuen Deckel (inklusive Stift) kostenlos per DHL auf den Weg gebracht. Er kommt an Ihre Lieferadresse aus der Bestellung, voraussichtlich am Mittwoch. Den alten Deckel brauchen Sie nicht zurückzuschicken.

Falls die Mühle mit dem neuen Deckel trotzdem nicht anläuft, melden Sie sich bitte einfach wieder hier – dann tauschen wir das Gerät aus.

Freundliche Grüße
Melanie Krüger
Kundenservice Kornwerk"""),

dict(id="w70-0008", lang="de", client="outlook", expect="violation", rules=["contact.off_platform"],
 classes=["quoted-history", "phone-in-quote", "whatsapp", "acceptance"],
 note="Käuferin schlägt WhatsApp für Fotos eines beschädigten Spiegels vor; der Verkäufer sagt zu, sich gleich per WhatsApp unter ihrer Nummer zu melden.",
 alias="c9fw3ks0yb6pazr", buyer="Sabine Oltmanns",
 **{"from": ("Dennis Arnold", "d.arnold@spiegelmanufaktur-nord.de")},
 subject="Spiegel mit Sprung angekommen", resubj="AW: Spiegel mit Sprung angekommen", xmailer="Microsoft Outlook 16.0",
 date="2026-12-07 09:36",
 history=[
  dict(who="buyer", date="2026-12-06 18:22", text="""Hallo Herr Arnold,

ich habe es versucht, aber das Foto ist wohl zu groß, das Amazon-Formular nimmt es nicht an. Der Sprung geht von der linken unteren Ecke ca. 30 cm nach oben, der Rahmen ist an der Stelle auch eingedrückt. Der Karton sah von außen übrigens völlig heil aus.

Am einfachsten wäre es, wenn Sie mir per WhatsApp schreiben, dann schicke ich Ihnen die Bilder und auch ein Video vom Karton: 0152 28473910.

Viele Grüße
Sabine Oltmanns"""),
  dict(who="seller", date="2026-12-05 15:10", text="""Sehr geehrte Frau Oltmanns,

es tut uns sehr leid, dass der Wandspiegel beschädigt bei Ihnen angekommen ist. Damit wir den Schaden beim Spediteur melden können, schicken Sie uns bitte ein Foto des Sprungs und der Verpackung.

Mit freundlichen Grüßen
Dennis Arnold"""),
  dict(who="buyer", date="2026-12-05 12:48", text="""Guten Tag, der Wandspiegel "Hamburg" 80x180 in Eiche ist heute mit einem Sprung im Glas angekommen. Was nun?"""),
 ],
 reply="""Sehr geehrte Frau Oltmanns,

danke für die Beschreibung, das klingt eindeutig nach einem Transportschaden – vermutlich ist der Karton beim Umladen auf die Ecke gefallen.

Kein Problem, dann machen wir das so: Ich schreibe Ihnen gleich im Anschluss per WhatsApp an die 0152er Nummer, dann können Sie mir die Bilder und das Video vom Karton direkt dort schicken. Das ist ohnehin schneller als über Amazon. Sobald ich die Fotos habe, gebe ich den Ersatzspiegel in den Versand, er ist in Eiche auf Lager.

Mit freundlichen Grüßen
Dennis Arnold
Spiegelmanufaktur Nord"""),

dict(id="w70-0009", lang="de", client="freshdesk", expect="legit", rules=[], classes=["quoted-history", "review-threat-in-quote", "exchange", "amazon-returns"],
 note="Käufer droht wegen eines zu kleinen Fahrradhelms mit einer Ein-Stern-Bewertung; der Verkäufer erklärt den Umtausch über Amazons Rücksendezentrum, ohne auf die Bewertung einzugehen.",
 alias="p1rx6gt9mh3kwzu", buyer="Kevin Ostrowski",
 **{"from": ("Lena Vogt", "support@veloschutz.de")},
 subject="Helm passt nicht", resubj="Re: Helm passt nicht [#20377]",
 date="2026-12-07 12:52",
 history=[
  dict(who="buyer", date="2026-12-07 08:05", text="""Ich habe jetzt 2 Mal nachgemessen, 58 cm. Laut Ihrer Tabelle ist das M. Der Helm drückt trotzdem an der Stirn, nach 10 Minuten habe ich Kopfschmerzen. Da stimmt doch Ihre Größentabelle nicht.

Ich will keinen langen Schriftverkehr, ich will einen Helm der passt. Wenn das jetzt wieder eine Woche dauert gibt es von mir eine 1-Sterne-Bewertung, das können Sie mir glauben."""),
  dict(who="seller", date="2026-12-06 10:30", text="""Hallo Herr Ostrowski,

danke für Ihre Nachricht. Bitte messen Sie Ihren Kopfumfang ca. 1 cm oberhalb der Augenbrauen. Bis 58 cm empfehlen wir Größe M, ab 58 cm Größe L.

Viele Grüße
Lena Vogt"""),
  dict(who="buyer", date="2026-12-05 19:40", text="""Der Trekkinghelm Aero in M ist viel zu eng. Kann ich den umtauschen?"""),
 ],
 reply="""Hallo Herr Ostrowski,

Sie haben recht, und das tut mir leid: Bei genau 58 cm liegen Sie an der Grenze zwischen M und L. Das hätte in meiner ersten Antwort klarer sein müssen. Der Aero fällt an der Stirn zudem etwas flacher aus, daher ist bei 58 cm die Größe L die bessere Wahl.

So geht der Umtausch am schnellsten:

1. In Ihrem Amazon-Konto unter „Meine Bestellungen" beim Helm auf „Artikel zurücksenden oder ersetzen" klicken.
2. Als Grund „Größe passt nicht" und dann „Ersatz" mit Größe L wählen.
3. Den Helm mit dem Rücksendeetikett von Amazon kostenfrei abschicken.

Wir haben die Größe L bereits für Sie zurückgelegt. Sobald der Ersatz im System erscheint, verschicken wir ihn noch am selben Tag – Sie müssen also nicht warten, bis Ihr Paket bei uns angekommen ist.

Zur Einstellung: Das Drehrad am Hinterkopf sollte so weit geöffnet sein, dass der Helm ohne Druck aufsitzt, und erst dann leicht zugedreht werden.

Viele Grüße
Lena Vogt
Kundenservice VeloSchutz"""),

dict(id="w70-0010", lang="de", client="gmail", expect="legit", rules=[], classes=["quoted-history", "discount-in-quote", "refusal", "attachment", "pdf"],
 note="Käuferin fragt nach Rabatt für eine zweite Mühle und nach der Mahlgradeinstellung; der Verkäufer lehnt den Rabatt ab und schickt einen Auszug aus der Anleitung als PDF.",
 alias="e7tn2bq5cz0vjlh", buyer="Anja Kersting",
 **{"from": ("Philipp Brenner", "philipp.brenner@kornwerk-kaffee.de")},
 subject="Mahlgrad für Espresso", resubj="Re: Mahlgrad für Espresso",
 attach=[dict(make=manual, maintype="application", subtype="pdf", filename="KM-200_Reinigung_Feineinstellung.pdf")],
 date="2026-12-07 14:27",
 history=[
  dict(who="buyer", date="2026-12-07 09:58", text="""Hallo Herr Brenner,

danke für die schnelle Antwort. Ich habe die Einstellung in der Kurzanleitung leider nicht gefunden, da steht nur etwas über die Grobstufen. Gibt es dazu eine ausführlichere Anleitung?

Und noch eine Frage: Meine Schwester möchte die gleiche Mühle zu Weihnachten haben. Wenn ich jetzt direkt eine zweite bestelle, können Sie mir da einen Rabatt geben? 10 % fände ich fair, ich bin ja jetzt schon Stammkundin ;-)

Liebe Grüße
Anja Kersting"""),
  dict(who="seller", date="2026-12-06 17:11", text="""Guten Tag Frau Kersting,

bei der KM-200 lässt sich der Mahlgrad zusätzlich fein justieren, damit auch Siebträger sauber laufen. Fangen Sie am besten bei Stufe 4 an.

Freundliche Grüße
Philipp Brenner"""),
  dict(who="buyer", date="2026-12-06 13:25", text="""Hallo, auch auf der feinsten Stufe läuft mein Espresso in 12 Sekunden durch. Ist die Mühle fein genug für Siebträger?"""),
 ],
 reply="""Guten Tag Frau Kersting,

die Feineinstellung steht tatsächlich nur in der ausführlichen Anleitung, nicht in der Kurzanleitung. Ich habe Ihnen den passenden Abschnitt als PDF angehängt. Kurz gesagt: Unter dem oberen Mahlring sitzt ein zweiter Stellring, mit dem Sie das Mahlwerk um bis zu zehn Rasten feiner stellen können. Bei 12 Sekunden Durchlaufzeit würde ich drei Rasten feiner gehen und dann in Einzelschritten nachjustieren, bis Sie bei etwa 25 bis 30 Sekunden liegen.

Wegen des Rabatts muss ich Sie leider enttäuschen: Über Amazon-Nachrichten können wir keine Preisnachlässe oder Gutscheine vergeben, der Preis im Angebot gilt für alle Kundinnen und Kunden gleich. Ich hoffe, Sie haben dafür Verständnis.

Viel Freude beim Espresso und eine schöne Adventszeit!

Philipp Brenner
Kornwerk Kaffeetechnik"""),

dict(id="w70-0011", lang="de", client="helpscout", expect="violation", rules=["review.change_or_remove", "review.incentive"],
 classes=["quoted-history", "review-text-in-quote", "conditional", "refund-for-review", "paraphrase"],
 note="Käufer zitiert seine Zwei-Sterne-Rezension zu einem Bettbezug; die Verkäuferin bietet 20 € Erstattung, wenn er die Rezension anpasst.",
 alias="y6mb0xr4kd1qgfn", buyer="Thomas Weidinger",
 **{"from": ("Carina Lutz", "kundenservice@schlafgut-textil.de")},
 subject="Bettwäsche verfärbt", resubj="Re: Bettwäsche verfärbt",
 date="2026-12-07 16:05",
 history=[
  dict(who="buyer", date="2026-12-07 11:40", text="""Hallo Frau Lutz,

ich habe genau nach Etikett gewaschen, 40 Grad, Colorwaschmittel, nichts anderes in der Maschine. Trotzdem hat der anthrazitfarbene Bezug auf das weiße Spannbettlaken abgefärbt, das übrigens auch von Ihnen ist.

Ich habe meine Erfahrung deshalb auch als Rezension geschrieben:
„2 Sterne – Stoff fühlt sich angenehm an und ist gut verarbeitet, aber schon bei der ersten Wäsche bei 40 °C hat der dunkle Bezug stark abgefärbt und das Laken grau verfärbt. Für knapp 70 € erwarte ich farbechte Bettwäsche."

Was schlagen Sie vor?

Thomas Weidinger"""),
  dict(who="seller", date="2026-12-06 09:45", text="""Guten Tag Herr Weidinger,

das tut uns leid. Dunkle Satinbettwäsche sollte vor dem ersten Gebrauch separat gewaschen werden. Haben Sie den Bezug mit anderer Wäsche zusammen gewaschen?

Viele Grüße
Carina Lutz"""),
  dict(who="buyer", date="2026-12-05 21:14", text="""Guten Abend, die Satin-Bettwäsche in Anthrazit hat beim ersten Waschen abgefärbt. Ist das normal?"""),
 ],
 reply="""Guten Tag Herr Weidinger,

vielen Dank für die Rückmeldung und die genauen Angaben. Das sollte so natürlich nicht passieren, wir haben die Charge bereits an unseren Hersteller gemeldet.

Als Entschädigung erstatten wir Ihnen gern 20 € auf Ihre Bestellung. Wir würden Sie im Gegenzug bitten, Ihre Rezension noch einmal anzupassen, da das Problem ja jetzt gelöst ist. Geben Sie mir einfach kurz Bescheid, sobald die Rezension aktualisiert ist, dann veranlasse ich die Erstattung.

Das verfärbte Laken bekommen Sie selbstverständlich ersetzt.

Herzliche Grüße
Carina Lutz
Schlafgut Textil – Kundenservice"""),

dict(id="w70-0012", lang="de", client="edesk", expect="legit", rules=[], classes=["quoted-history", "email-in-quote", "refusal", "invoice", "attachment", "pdf", "order-id"],
 note="Käuferin möchte die korrigierte Rechnung an eine Kanzlei-Adresse geschickt bekommen; der Verkäufer hängt sie hier an und erklärt, dass er nicht an externe Adressen schreiben kann.",
 alias="g3kz8wd1nv5tpqy", buyer="Wiebke Brandt",
 **{"from": ("Kletterwelt Service", "service@kletterwelt-sport.de")},
 subject="Rechnung mit Firmenadresse", resubj="Re: Rechnung mit Firmenadresse",
 attach=[dict(make=rechnung, maintype="application", subtype="pdf", filename="Rechnung_KW-2026-118734.pdf")],
 date="2026-12-07 11:09",
 history=[
  dict(who="buyer", date="2026-12-07 08:30", text="""Guten Morgen,

danke, aber auf der Rechnung steht jetzt zwar der Firmenname, die Adresse ist aber noch meine private. Richtig wäre:
Kanzlei Brandt & Partner, Hohe Bleichen 8, 20354 Hamburg

Bitte schicken Sie die korrigierte Rechnung direkt an unsere Buchhaltung: buchhaltung@kanzlei-brandt.de – dann muss ich sie nicht weiterleiten.

Vielen Dank!
Wiebke Brandt"""),
  dict(who="seller", date="2026-12-04 16:18", text="""Guten Tag Frau Brandt,

anbei die Rechnung mit Ihrem Firmennamen. Bei Fragen melden Sie sich gern.

Mit freundlichen Grüßen
Ihr Kletterwelt-Team"""),
  dict(who="buyer", date="2026-12-04 10:02", text="""Hallo, ich habe Seil und Sicherungsgeräte für unser Kanzlei-Teamevent bestellt (Bestellung 303-5512847-2209183). Können Sie die Rechnung bitte auf die Firma ausstellen? Kanzlei Brandt & Partner."""),
 ],
 reply="""Guten Tag Frau Brandt,

Entschuldigung für den Fehler, da wurde beim ersten Mal nur die Firmenzeile geändert. Im Anhang finden Sie die korrigierte Rechnung KW-2026-118734 zur Bestellung 303-5512847-2209183 mit der Anschrift Hohe Bleichen 8, 20354 Hamburg.

An externe E-Mail-Adressen dürfen wir zu Amazon-Bestellungen leider nichts versenden, daher kommt die Rechnung auf diesem Weg. Sie finden sie außerdem jederzeit in Ihrem Amazon-Konto unter „Meine Bestellungen" > „Rechnung", von dort können Sie sie direkt an Ihre Buchhaltung weitergeben.

Mit freundlichen Grüßen
Jonas Heller
Kletterwelt Sportartikel GmbH"""),
]
