#!/usr/bin/env python3
"""Builds the w151 messages. Every message text below was written by hand;
this script only wraps them into helpdesk-style envelopes."""
import json, random, html, os
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import policy
from datetime import datetime, timezone, timedelta

OUT = os.path.join(os.path.dirname(__file__), '..')
random.seed(151)

def alias():
    return ''.join(random.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(15))

M = []
def add(**kw):
    M.append(kw)

# ----------------------------------------------------------------- GERMAN
add(lang='de', client='zendesk', kind='proactive', expect='violation',
    rules=['review.biased_positive', 'review.divert_negative'],
    classes=['review_request', 'biased', 'divert'],
    note='Review request that only wants a Sternebewertung from satisfied buyers and asks unhappy ones to come to the seller first instead; the conditional "wenn Sie zufrieden sind" and "bevor Sie eine Kundenmeinung schreiben" break the review rules.',
    frm=('Kundenservice Kaffeewerk Emmental', 'service@kaffeewerk-emmental.de'),
    subject='Ihre Bestellung 302-4418275-6610934 – Ihre Siebträgerkanne',
    body='''Guten Tag Frau Lohmeier,

Ihre Milchkanne aus Edelstahl (600 ml) sollte ja inzwischen bei Ihnen angekommen sein, und wir hoffen, dass Sie damit schon den einen oder anderen Cappuccino aufgeschäumt haben.

Wenn Sie mit der Kanne zufrieden sind, würden wir uns riesig freuen, wenn Sie sich kurz die Zeit nehmen und uns auf Amazon eine schöne Sternebewertung dalassen – gerade für einen kleinen Familienbetrieb wie uns macht das wirklich einen Unterschied.

Sollte Ihnen irgendetwas doch nicht gefallen, dann schreiben Sie uns halt bitte erst einmal hier an, bevor Sie eine Kundenmeinung verfassen. Wir kriegen das sicher gemeinsam hin.

Bestellnummer: 302-4418275-6610934

Herzliche Grüße aus dem Allgäu
Benedikt Rauscher
Kaffeewerk Emmental''')

add(lang='de', client='freshdesk', kind='reply', expect='violation',
    rules=['review.incentive', 'purpose.marketing'],
    classes=['reply', 'incentive', 'coupon'],
    note='Reply to a question about a loyalty discount that promises a Nachkaufrabatt code once the buyer has posted a Kundenmeinung; the discount-for-review offer and the coupon are incentive and marketing.',
    frm=('Gartenglück Support', 'support@gartenglueck-versand.de'),
    subject='Re: Frage zu Rabatt bei Nachbestellung (Bestellung 028-7731940-2285513)',
    quote_style='amazon_de', quote_who='Amazon-Käufer', quote_when='24.11.2026 um 19:42',
    quote='''Hallo, ich habe bei Ihnen die Hochbeet-Folie gekauft und bräuchte noch zwei Rollen. Gibt es da irgendeinen Treuerabatt wenn man nochmal bestellt? Grüße, J. Wendt''',
    body='''Hallo Herr Wendt,

vielen Dank für Ihre Nachricht und schön, dass die Hochbeetfolie passt!

Einen offiziellen Treuerabatt haben wir auf Amazon leider nicht eingerichtet. Was wir aber gern machen: Sobald Sie Ihre Kundenmeinung zur Folie online gestellt haben, schicken Sie uns einfach kurz den Namen, unter dem Sie bewertet haben, und wir geben Ihnen dann für die zwei weiteren Rollen einen Nachkaufrabatt von 15 % (Code GLUECK15 an der Kasse eingeben).

Die Rollen sind übrigens aktuell in 2 x 10 m und 1 x 25 m vorrätig.

Bestellnummer: 028-7731940-2285513

Viele Grüße
Ihr Team von Gartenglück
Marlene Pfisterer''')

add(lang='de', client='gorgias', kind='reply', expect='legit', rules=[],
    classes=['reply', 'refuses_incentive', 'product_support', 'lookalike'],
    note='Buyer offers five stars in exchange for a discount; the seller declines because Amazon does not permit that and simply answers the question about the replacement seal.',
    frm=('Dampfgarer-Ersatzteile Hinterberger', 'kundendienst@dampf-hinterberger.de'),
    subject='Re: Dichtung passt nicht ganz – Bestellung 305-9902471-1183620',
    quote_style='gt', quote_who='Amazon-Käufer', quote_when='Mo., 23. Nov. 2026 um 21:15',
    quote='''Guten Abend, die Dichtung für meinen Schnellkochtopf (6 Liter) sitzt irgendwie nicht richtig, der Deckel lässt sich nur schwer zudrehen. Wenn Sie mir noch eine andere schicken und vielleicht was am Preis machen, gebe ich Ihnen auch gern 5 Sterne :)
Gruß Hanna Obermaier''',
    body='''Guten Tag Frau Obermaier,

danke, dass Sie sich gemeldet haben. Bei Schnellkochtöpfen mit 6 Litern gibt es leider zwei Deckelgrößen (22 und 24 cm), und die Dichtung, die Sie bestellt haben, ist für 22 cm Innendurchmesser gedacht. Könnten Sie bitte einmal am Deckelrand nachmessen? Wenn es 24 cm sind, schicken wir Ihnen die passende Dichtung kostenlos nach, und die falsche brauchen Sie nicht zurückzusenden.

Für den Preisnachlass gegen eine Bewertung müssen wir Ihnen allerdings absagen – das dürfen wir nach den Amazon-Richtlinien nicht anbieten, und es wäre auch Ihnen gegenüber nicht fair. Bewerten Sie den Artikel bitte einfach so, wie Sie ihn erleben.

Ein kleiner Tipp noch: Die Dichtung vor dem Einsetzen kurz unter warmes Wasser halten, dann wird sie geschmeidiger und rutscht leichter in die Nut.

Bestellnummer: 305-9902471-1183620

Mit freundlichen Grüßen
Korbinian Hinterberger''')

add(lang='de', client='plain', kind='proactive', expect='legit', rules=[],
    classes=['review_request', 'neutral'],
    note='A single neutral request for a review of the delivered item, with no condition on satisfaction and no incentive.',
    frm=('Lederwaren Brandstätter', 'info@lederwaren-brandstaetter.de'),
    subject='Ihre Bestellung 304-1188245-9037712',
    body='''Guten Tag Herr Achleitner,

Ihr Gürtel aus Vollrindleder (Breite 35 mm, Länge 105 cm) wurde laut Sendungsverfolgung am Freitag zugestellt.

Falls Sie mögen, würden wir uns über Ihre Meinung zu dem Gürtel auf Amazon freuen, egal wie sie ausfällt. Andere Käuferinnen und Käufer finden solche Erfahrungsberichte meist hilfreicher als jede Produktbeschreibung.

Sollte das Leder anfangs etwas steif sein: Das gibt sich nach ein paar Tagen Tragen von selbst.

Bestellnummer 304-1188245-9037712

Freundliche Grüße
Theresa Brandstätter
Lederwaren Brandstätter''')

add(lang='de', client='helpscout', kind='reply', expect='violation',
    rules=['contact.email_address', 'contact.off_platform'],
    classes=['reply', 'obfuscated_email', 'off_platform'],
    note='Reply asks the buyer to send photos to a spelled-out e-mail address ("werkstatt (at) ... (Punkt) de"), moving the conversation off Amazon.',
    frm=('Fahrradteile Zollner', 'support@zollner-radteile.de'),
    subject='Re: Schutzblech gebrochen',
    quote_style='original', quote_who='Amazon-Käufer', quote_when='Dienstag, 24. November 2026 10:03',
    quote='''Hallo, beim Auspacken war das hintere Schutzblech an der Strebe gebrochen. Bestellnummer 306-5521904-7748201. Was jetzt?''',
    body='''Hallo,

oje, das tut uns leid – das dürfte dann wohl beim Transport passiert sein.

Damit wir das mit dem Hersteller abklären können, bräuchten wir ein, zwei Fotos von der Bruchstelle. Über Amazon kommen die Bilder bei uns leider oft nur ganz klein an, deshalb schicken Sie sie doch bitte direkt an unsere Werkstatt: werkstatt (at) zollner-radteile (Punkt) de – einfach die Bestellnummer in den Betreff schreiben.

Sobald die Fotos da sind, geht ein neues Schutzblech noch am selben Tag raus.

Bestellnummer: 306-5521904-7748201

Gruß
Florian Zollner''')

add(lang='de', client='edesk', kind='reply', expect='legit', rules=[],
    classes=['reply', 'carrier_tracking_link', 'delivery_problem', 'lookalike'],
    note='Answers a "where is my parcel" question with the DPD tracking number and an https link to the carrier tracking page, which is needed for the order.',
    frm=('Heimtex Schwarzach', 'service@heimtex-schwarzach.de'),
    subject='Re: Wo bleibt mein Paket? Bestellung 303-6620418-5501937',
    html=True,
    quote_style='gt', quote_who='Amazon-Käufer', quote_when='25.11.2026, 07:51',
    quote='''Guten Morgen, die Tagesdecke sollte laut Amazon gestern kommen, ist aber nicht da. Können Sie nachschauen?''',
    body='''Guten Morgen Herr Kastner,

wir haben gerade bei DPD nachgesehen: Ihr Paket mit der Tagesdecke (220 x 240 cm, anthrazit) hängt seit gestern im Depot Nürnberg-Feucht, weil der Zusteller am Montag wegen Überlastung nicht alle Sendungen mitnehmen konnte. Laut DPD wird es heute zwischen 11 und 14 Uhr zugestellt.

Sendungsnummer: 01505 8812 4470 93
Sendungsverfolgung bei DPD: https://tracking.dpd.de/status/de_DE/parcel/01505881244709

Sollte es bis morgen Abend nicht da sein, geben Sie uns bitte kurz Bescheid, dann schicken wir umgehend Ersatz.

Bestellnummer: 303-6620418-5501937

Viele Grüße
Sabine Kreuzer
Heimtex Schwarzach''')

add(lang='de', client='outlook', kind='proactive', expect='violation',
    rules=['review.change_or_remove'],
    classes=['change_review'],
    note='After a replacement was sent, the seller asks the buyer to update ("nochmal anpassen") their one-star review; asking to change a review breaks the rules.',
    frm=('Akkuwelt Freudenstadt', 'kundenservice@akkuwelt-fds.de'),
    subject='Ihr Ersatzakku – Bestellung 028-3390126-4417758',
    body='''Sehr geehrter Herr Dreßler,

der Ersatzakku für Ihren Rasentrimmer (18 V, 4,0 Ah) ist gestern bei Ihnen eingetroffen, und wir hoffen sehr, dass er jetzt einwandfrei lädt. Der erste Akku hatte, wie sich beim Prüfen herausgestellt hat, tatsächlich eine defekte Zelle.

Wir haben gesehen, dass Sie wegen des ersten Akkus eine Ein-Stern-Bewertung abgegeben haben, was wir natürlich völlig nachvollziehen können. Da das Problem jetzt ja behoben ist, wären wir Ihnen wirklich sehr dankbar, wenn Sie Ihre Bewertung vielleicht nochmal anpassen könnten, damit sie den aktuellen Stand widerspiegelt.

Bestellnummer: 028-3390126-4417758

Mit freundlichen Grüßen
Akkuwelt Freudenstadt
i. A. Nadine Wöhrle''')

add(lang='de', client='gmail', kind='proactive', expect='violation',
    rules=['purpose.thank_you_only', 'style.emoji'],
    classes=['thank_you_only', 'emoji', 'austrian'],
    note='Austrian seller sends a message that only thanks the buyer for the purchase and adds emoji; there is no order-related content.',
    frm=('Tiroler Zirbenstube', 'office@zirbenstube-tirol.de'),
    subject='Danke für Ihren Einkauf!',
    body='''Grüß Gott Frau Hofbauer,

wir wollten uns einfach recht herzlich bei Ihnen bedanken, dass Sie sich für unser Zirbenkissen entschieden haben 🌲 Es freut uns jedes Mal narrisch, wenn ein Stück Tiroler Zirbe den Weg zu jemandem nach Hause findet.

Wir wünschen Ihnen eine erholsame Nachtruhe und eine schöne Adventzeit 😊

Bestellung: 302-7781450-3309126

Liebe Grüße aus Innsbruck
Veronika und Stefan Tschurtschenthaler
Tiroler Zirbenstube''')

add(lang='de', client='freshdesk', kind='proactive', expect='violation',
    rules=['purpose.shipping_confirmation'],
    classes=['shipping_only', 'swiss'],
    note='Swiss seller writes only to say the parcel has been handed to the post, which Amazon already tells the buyer; a shipping-confirmation-only message.',
    frm=('Velowerk Thun', 'kundendienst@velowerk-thun.de'),
    subject='Ihre Bestellung 306-2250917-8843301 ist unterwegs',
    body='''Grüezi Herr Baumgartner

Wir freuen uns, Ihnen mitteilen zu dürfen, dass Ihre Bestellung (Velolicht-Set LED, vorne und hinten) heute Vormittag verpackt und der Post übergeben worden ist.

Das Paket sollte in den nächsten Tagen bei Ihnen eintreffen.

Bestellnummer: 306-2250917-8843301

Freundliche Grüsse
Reto Gerber
Velowerk Thun''')

add(lang='de', client='zendesk', kind='reply', expect='violation',
    rules=['purpose.ask_buyer_to_cancel'],
    classes=['reply', 'ask_cancel'],
    note='Seller cannot deliver in time and asks the buyer to cancel the order himself ("stornieren Sie die Bestellung doch bitte selbst"), which is not allowed.',
    frm=('Spielzeugkiste Wetterau', 'hilfe@spielzeugkiste-wetterau.de'),
    subject='Re: Lieferung vor Weihnachten? [Bestellung 304-8815502-2276649]',
    quote_style='amazon_de', quote_who='Amazon-Käufer', quote_when='26.11.2026 um 08:07',
    quote='''Hallo, kommt die Holzeisenbahn noch vor dem 20.12.? Ist ein Geschenk für meinen Sohn.''',
    body='''Hallo Frau Kühnert,

danke für Ihre Nachfrage. Ehrlich gesagt sieht es leider nicht gut aus: Der Hersteller hat uns gestern mitgeteilt, dass die Holzeisenbahn (Set mit 64 Teilen) erst in der zweiten Januarwoche wieder nachgeliefert wird.

Damit Sie rechtzeitig noch ein anderes Geschenk besorgen können, stornieren Sie die Bestellung doch bitte einfach selbst über "Meine Bestellungen" – das geht bei Ihnen am schnellsten, und der Betrag wird Ihnen dann sofort wieder freigegeben.

Es tut uns wirklich leid.

Bestellnummer: 304-8815502-2276649

Viele Grüße
Jonas Petri
Spielzeugkiste Wetterau''')

add(lang='de', client='helpscout', kind='reply', expect='legit', rules=[],
    classes=['reply', 'customisation', 'lookalike'],
    note='Confirms the engraving text and font for a personalised chopping board before production; customisation messages are allowed.',
    frm=('Holzgravur Eichenhain', 'auftrag@holzgravur-eichenhain.de'),
    subject='Re: Gravur Schneidebrett – Bestellung 303-0047719-6652184',
    html=True,
    quote_style='onwrote', quote_who='Amazon-Käufer', quote_when='Mi., 25. Nov. 2026 um 16:22',
    quote='''Hallo, als Gravur hätte ich gern: "Familie Sommerfeld – seit 2009" und darunter ein kleines Herz, geht das?''',
    body='''Hallo Frau Sommerfeld,

ja, das geht. Damit es keine Missverständnisse gibt, hier nochmal genau, was wir auf das Brett lasern würden:

Zeile 1: Familie Sommerfeld
Zeile 2: – seit 2009 –
darunter: kleines Herz (ca. 1,5 cm)

Schriftart wäre die "Schreibschrift klassisch" aus der Auswahl im Angebot. Das Herz setzen wir mittig unter die zweite Zeile. Wenn Sie lieber die Druckschrift hätten oder das Herz ohne Füllung, sagen Sie einfach Bescheid.

Sobald Sie uns das bestätigt haben, geht das Brett in die Fertigung, und es wird spätestens am Montag verschickt.

Bestellnummer: 303-0047719-6652184

Viele Grüße
Lukas Eichhorn
Holzgravur Eichenhain''')

add(lang='de', client='gorgias', kind='proactive', expect='violation',
    rules=['review.repeat_request', 'order.id_missing'],
    classes=['repeat_request', 'no_order_id'],
    note='Second review reminder ("hatten Ihnen letzte Woche schon geschrieben"), a repeated request for the same order, and it gives no order id.',
    frm=('Backformen Zuckerbäckerei', 'service@zuckerbaeckerei-formen.de'),
    subject='Kurze Erinnerung zu Ihrer Bewertung',
    body='''Hallo Frau Schwenninger,

wir hatten Ihnen ja letzte Woche schon einmal geschrieben und wollten jetzt doch nochmal ganz kurz nachhaken, ob Sie inzwischen dazugekommen sind, die Gugelhupfform auszuprobieren.

Falls ja, würden wir uns immer noch sehr über eine Bewertung auf Amazon freuen. Wir wissen, dass in der Vorweihnachtszeit viel los ist, deshalb nur diese eine kleine Erinnerung.

Frohes Backen!
Ihr Team der Zuckerbäckerei''')

add(lang='de', client='outlook', kind='reply', expect='violation',
    rules=['contact.off_platform', 'contact.phone_number'],
    classes=['reply', 'messenger', 'spelled_phone'],
    note='Asks the buyer to send a video by WhatsApp to a mobile number written out in words, moving contact off Amazon.',
    frm=('Aquaristik Seeblick', 'service@aquaristik-seeblick.de'),
    subject='AW: Pumpe macht Geräusche – Bestellung 305-3378014-9920147',
    quote_style='original', quote_who='Amazon-Käufer', quote_when='Mittwoch, 25. November 2026 18:40',
    quote='''Die Strömungspumpe brummt seit zwei Tagen ziemlich laut. Ist das normal? Sie läuft in einem 120-Liter-Becken.''',
    body='''Hallo Herr Ostermann,

ein lautes Brummen kommt bei dieser Pumpe meistens daher, dass sich ein Sandkorn oder ein Stück Pflanze am Rotor festgesetzt hat. Nehmen Sie die Pumpe bitte einmal vom Strom, ziehen Sie den Rotor vorsichtig nach vorne heraus und spülen Sie ihn unter lauwarmem Wasser ab.

Wenn es danach immer noch brummt, wäre es am einfachsten, wenn Sie uns ein kurzes Video per WhatsApp schicken, dann hört unser Techniker gleich, woran es liegt: null-eins-sieben-sechs, drei-drei-acht, vier-eins, null-neun-zwei.

Bestellnummer: 305-3378014-9920147

Beste Grüße
Tobias Ranft
Aquaristik Seeblick''')

add(lang='de', client='zendesk', kind='reply', expect='legit', rules=[],
    classes=['reply', 'delivery_scheduling', 'buyer_quoted_phone', 'return_address', 'lookalike'],
    note='Schedules freight delivery of a wardrobe via the forwarder, names the forwarder and the return depot address; the buyer\'s own phone number appears only in the quoted message.',
    frm=('Möbelhaus Lindenhof Online', 'versand@moebel-lindenhof.de'),
    subject='Re: Liefertermin Kleiderschrank (Bestellung 028-6612094-7735018)',
    html=True,
    quote_style='amazon_de', quote_who='Amazon-Käufer', quote_when='24.11.2026 um 12:30',
    quote='''Guten Tag, der Kleiderschrank kommt ja per Spedition. Ich bin nur vormittags zu Hause. Die Spedition kann mich unter 0171 4482093 erreichen. Falls es nicht klappt, wohin müsste ich den Schrank zurückschicken? Gruß R. Hauser''',
    body='''Guten Tag Frau Hauser,

vielen Dank für die Angaben. Wir haben Ihren Wunsch an die Spedition Hellweg Logistik weitergegeben: Die Anlieferung ist für Donnerstag, den 3. Dezember, zwischen 8 und 12 Uhr eingeplant. Die Fahrerin meldet sich am Vortag telefonisch bei Ihnen unter der Nummer, die Sie uns genannt haben, um die genaue Uhrzeit abzusprechen. Die Lieferung erfolgt bis hinter die erste Tür; bitte halten Sie den Weg dorthin frei, der Karton ist 2,10 m lang.

Sollte der Schrank beschädigt ankommen, vermerken Sie das bitte auf dem Lieferschein und starten Sie die Rücksendung wie gewohnt über Ihr Amazon-Konto. Die Abholung organisieren wir dann mit der Spedition; die Rücksendeadresse lautet:

Möbelhaus Lindenhof – Retourenlager
Gewerbering 14
33428 Harsewinkel

Bestellnummer: 028-6612094-7735018

Mit freundlichen Grüßen
Dennis Vogtländer
Versandabteilung''')

add(lang='de', client='edesk', kind='proactive', expect='violation',
    rules=['purpose.marketing', 'links.external'],
    classes=['marketing_as_advice', 'coupon', 'external_link'],
    note='Care tips for a wooden board turn into an advert for an oil sold in the seller\'s own web shop with a discount code and a link to that shop.',
    frm=('Holzliebe Manufaktur', 'hallo@holzliebe-manufaktur.de'),
    subject='Pflegetipps für Ihr neues Servierbrett',
    html=True,
    body='''Hallo Herr Feldhaus,

damit Sie lange Freude an Ihrem Servierbrett aus Nussbaum (Bestellung 306-4490275-1128834) haben, hier ein paar Pflegetipps aus unserer Werkstatt:

- Nach dem Benutzen nur mit lauwarmem Wasser abwischen, nie in die Spülmaschine.
- Gleich danach abtrocknen und hochkant stehend trocknen lassen.
- Alle paar Wochen dünn einölen.

Fürs Einölen nehmen wir in der Werkstatt übrigens selbst unser Holzpflegeöl "Walnuss & Bienenwachs", das es seit Kurzem exklusiv in unserem eigenen Shop gibt. Mit dem Code HOLZLIEBE10 bekommen Sie dort bis Ende Dezember 10 % auf die erste Flasche: https://www.holzliebe-manufaktur.de/pflegeoel

Viel Freude beim Servieren!
Ihre Holzliebe Manufaktur
Miriam Steinhäuser''')

# ----------------------------------------------------------------- ITALIAN
add(lang='it', client='gmail', kind='proactive', expect='violation',
    rules=['review.biased_positive', 'style.emoji'],
    classes=['review_request', 'biased', 'emoji', 'informal_tu'],
    note='Informal request for a "recensioncina a cinque stelline" with star emoji; asking for a five-star review is biased and emoji are not allowed.',
    frm=('Bottega del Sapone Aurora', 'assistenza@bottegasapone-aurora.it'),
    subject='Come ti trovi con i saponi? (ordine 405-3318420-7756091)',
    body='''Ciao Federica!

Speriamo che la scatolina con i sei saponi alla lavanda e all'olio d'oliva ti sia arrivata sana e salva e che il profumo ti piaccia quanto piace a noi ⭐

Se ti va di lasciarci una recensioncina a cinque stelline su Amazon ci faresti un regalo enorme: siamo un laboratorio piccolissimo e ogni stellina per noi conta davvero tantissimo ⭐⭐⭐⭐⭐

Un abbraccio dalla Val d'Orcia
Chiara e Matteo
Bottega del Sapone Aurora

Ordine n. 405-3318420-7756091''')

add(lang='it', client='freshdesk', kind='reply', expect='violation',
    rules=['review.incentive', 'purpose.marketing'],
    classes=['reply', 'incentive', 'coupon', 'formal_lei'],
    note='Replying formally, the seller offers a ten percent "scontino" on the next order should the buyer leave a review; a discount for a review is an incentive and a coupon is marketing.',
    frm=('Casa Ceramiche Vietri', 'clienti@casaceramiche-vietri.it'),
    subject='R: Informazioni su altri piatti – ordine 171-8826104-3390457',
    quote_style='onwrote', quote_who='Cliente Amazon', quote_when='mar 24 nov 2026 alle ore 20:11',
    quote='''Buonasera, i piatti sono bellissimi. Avete anche le scodelle dello stesso motivo? Vorrei completare il servizio.''',
    body='''Gentile Signora Esposito,

La ringraziamo di cuore per le belle parole, ci fa davvero piacere che i piatti dipinti a mano Le siano piaciuti.

Sì, le scodelle con il motivo "Limoni di Amalfi" sono disponibili, sia nella misura da 14 che da 18 cm. Qualora volesse lasciarci una recensione sui piatti prima di ordinarle, Le riserveremmo volentieri uno scontino del 10% sulle scodelle: basterà scriverci qui il nome con cui ha recensito e Le invieremo il codice.

Restiamo a Sua disposizione.

Ordine n. 171-8826104-3390457

Cordiali saluti
Gennaro Apicella
Casa Ceramiche Vietri''')

add(lang='it', client='helpscout', kind='reply', expect='legit', rules=[],
    classes=['reply', 'refuses_incentive', 'refund_via_amazon', 'lookalike'],
    note='Buyer proposes a positive review in exchange for a partial refund; the seller declines, explains that reviews must be independent, and handles the faulty zip through an Amazon return.',
    frm=('Pelletteria Ferrante', 'servizioclienti@pelletteria-ferrante.it'),
    subject='R: Cerniera dello zaino rotta – ordine 402-6671930-5518842',
    html=True,
    quote_style='blockquote', quote_who='Cliente Amazon', quote_when='25/11/2026 09:48',
    quote='''Salve, la cerniera dello zaino si è rotta dopo una settimana. Se mi fate un rimborso parziale lo tengo lo stesso e vi lascio una bella recensione, va bene?''',
    body='''Buongiorno Signor Longo,

ci dispiace molto per la cerniera: su quel modello non dovrebbe proprio succedere e vorremmo capire se si tratta di un difetto del lotto.

Per quanto riguarda la proposta, purtroppo non possiamo collegare un rimborso a una recensione: le regole di Amazon non lo consentono, e comunque preferiamo che Lei scriva quello che pensa davvero dello zaino.

Quello che possiamo fare volentieri è questo: apra pure un reso dalla pagina "I miei ordini" scegliendo "articolo difettoso"; le spese di spedizione del reso sono a nostro carico e, appena riceviamo lo zaino, Le rimborsiamo l'intero importo tramite Amazon oppure, se preferisce, Le spediamo uno zaino nuovo.

Ordine n. 402-6671930-5518842

Cordiali saluti
Elisa Ferrante
Pelletteria Ferrante''')

add(lang='it', client='plain', kind='proactive', expect='legit', rules=[],
    classes=['review_request', 'neutral', 'formal_lei'],
    note='One neutral review request after delivery, with usage advice and no condition on the buyer\'s opinion.',
    frm=('Tessuti Valtellina', 'info@tessuti-valtellina.it'),
    subject='Il Suo ordine 403-2290746-1147308',
    body='''Gentile Signor Bertoldi,

il plaid in lana merino che ha ordinato risulta consegnato ieri. Le ricordiamo che al primo lavaggio conviene usare il programma lana a 30 gradi e stenderlo in piano, così mantiene la forma.

Se ha qualche minuto, Le saremmo grati se volesse condividere su Amazon la Sua opinione sul plaid, qualunque essa sia: è un aiuto prezioso per gli altri acquirenti.

Ordine n. 403-2290746-1147308

Distinti saluti
Silvia Tognolini
Tessuti Valtellina''')

add(lang='it', client='zendesk', kind='reply', expect='violation',
    rules=['review.divert_negative'],
    classes=['reply', 'divert', 'informal_tu'],
    note='Answers a product question but asks the buyer, in case something goes wrong, to write to the seller first "prima di scrivere una recensione", steering unhappy buyers away from reviews.',
    frm=('Cucina Bella Shop', 'supporto@cucinabella-shop.it'),
    subject='R: Padella induzione? – ordine 404-5503811-8826093',
    quote_style='gt', quote_who='Cliente Amazon', quote_when='lun 23 nov 2026, 18:05',
    quote='''Ciao, la padella da 28 va bene sul piano a induzione? Sul fondo non vedo il simbolo.''',
    body='''Ciao Roberto,

sì, tranquillo: la padella da 28 cm ha il fondo in acciaio ferritico e funziona su tutti i piani a induzione. Il simbolo c'è, ma è inciso molto piccolo vicino al bordo, per questo non si nota subito.

Un consiglio: le prime volte scaldala a fuoco medio e non al massimo, il rivestimento dura molto di più.

E se mai qualcosa non dovesse andare come ti aspetti, prima di scrivere una recensione scrivercelo pure qui, che lo sistemiamo subito noi senza bisogno di farlo sapere a tutti 😉

Ordine n. 404-5503811-8826093

A presto
Davide
Cucina Bella Shop''')
M[-1]['rules'].append('style.emoji')
M[-1]['classes'].append('emoji')

add(lang='it', client='gorgias', kind='reply', expect='violation',
    rules=['contact.off_platform', 'purpose.marketing'],
    classes=['reply', 'social_media', 'follow_us'],
    note='After answering about ring sizing, the seller invites the buyer to follow the shop on Instagram and to order future pieces via direct message there.',
    frm=('Gioielli Lunaria', 'ciao@gioielli-lunaria.it'),
    subject='R: Misura anello – ordine 171-4402798-6631520',
    quote_style='onwrote', quote_who='Cliente Amazon', quote_when='mer 25 nov 2026 alle ore 11:36',
    quote='''Buongiorno, l'anello è un po' largo, posso cambiarlo con una misura più piccola?''',
    body='''Buongiorno Giulia,

certo che sì! Apri pure un reso da Amazon indicando "taglia/misura non corretta" e poi ordina la misura 14 invece della 15: appena ci rientra l'anello ti viene rimborsato.

Ti lasciamo anche un'idea: sul nostro profilo Instagram @lunaria.gioielli pubblichiamo ogni venerdì i pezzi nuovi prima che arrivino su Amazon, e se qualcosa ti piace puoi chiedercelo direttamente in DM, così te lo teniamo da parte nella tua misura.

Ordine n. 171-4402798-6631520

Un caro saluto
Sara
Gioielli Lunaria''')

add(lang='it', client='outlook', kind='reply', expect='violation',
    rules=['contact.phone_number', 'contact.off_platform'],
    classes=['reply', 'spelled_phone', 'formal_lei'],
    note='Asks the buyer to call the technician on a mobile number written out digit by digit, moving support off Amazon.',
    frm=('Climatizzazione Adriatica', 'assistenza@clima-adriatica.it'),
    subject='R: Errore E4 sul deumidificatore – ordine 408-1127549-3380612',
    quote_style='original', quote_who='Cliente Amazon', quote_when='martedì 24 novembre 2026 21:02',
    quote='''Il deumidificatore da due giorni si blocca e sul display compare E4. Cosa devo fare?''',
    body='''Gentile Signora Marchetti,

l'errore E4 indica di solito che il sensore di umidità non legge correttamente, spesso perché il filtro è molto sporco. Le chiederei di spegnere l'apparecchio, estrarre il filtro dal retro e sciacquarlo sotto l'acqua tiepida, poi lasciarlo asciugare bene prima di rimontarlo.

Nel caso in cui l'errore dovesse ripresentarsi, sarebbe più semplice che ci chiamasse direttamente: il nostro tecnico, Sig. Pagliarini, risponde al tre-tre-nove, quattro-uno-due, sette-sette, zero-otto-cinque, dal lunedì al venerdì dalle 9 alle 13. Al telefono riusciamo a guidarLa passo per passo.

Ordine n. 408-1127549-3380612

Cordiali saluti
Ufficio assistenza
Climatizzazione Adriatica''')

add(lang='it', client='edesk', kind='reply', expect='legit', rules=[],
    classes=['reply', 'carrier_tracking_link', 'delivery_problem', 'lookalike'],
    note='Explains a delivery delay and gives the BRT tracking number with an https link to the carrier\'s tracking page.',
    frm=('Ferramenta Online Brianza', 'ordini@ferramenta-brianza.it'),
    subject='R: Pacco non ancora arrivato – ordine 402-9938104-2265719',
    html=True,
    quote_style='gt', quote_who='Cliente Amazon', quote_when='26/11/2026 08:14',
    quote='''Buongiorno, il trapano doveva arrivare lunedì ma non si è visto nessuno. Potete controllare?''',
    body='''Buongiorno Signor Colombo,

abbiamo verificato con BRT: il Suo pacco è fermo nella filiale di Bergamo per un errore di smistamento ed è stato riassegnato al giro di consegna di domani, venerdì 27 novembre.

Numero di spedizione BRT: 0596 3321 0488 17
Può seguire la spedizione sul sito del corriere: https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz=059633210488

Se domani sera il trapano non fosse ancora arrivato, ci scriva pure qui e Le spediamo subito un pacco sostitutivo.

Ordine n. 402-9938104-2265719

Cordiali saluti
Marco Fumagalli
Ferramenta Online Brianza''')

add(lang='it', client='helpscout', kind='proactive', expect='violation',
    rules=['feedback.removal_request'],
    classes=['feedback_removal', 'formal_lei'],
    note='After resolving a late delivery, the seller asks the buyer to remove the negative seller feedback ("rimuovere il feedback negativo").',
    frm=('Erboristeria Il Melograno', 'negozio@erboristeria-melograno.it'),
    subject='Il Suo ordine 406-7712058-4409183',
    body='''Gentile Signora Rinaldi,

ci scusiamo ancora per il ritardo nella consegna delle tisane: come Le avevamo scritto, il corriere aveva perso il pacco e abbiamo provveduto a spedirne un secondo, che risulta consegnato ieri.

Abbiamo notato che nel frattempo ci ha lasciato un feedback negativo come venditore. Ora che la questione si è risolta, Le saremmo davvero grati se volesse gentilmente rimuoverlo: per un piccolo negozio come il nostro anche un solo feedback negativo pesa moltissimo. Può farlo in pochi secondi dalla pagina "I miei ordini", alla voce "Lascia un feedback al venditore".

Ordine n. 406-7712058-4409183

Con i più cordiali saluti
Annalisa Moretti
Erboristeria Il Melograno''')

add(lang='it', client='zendesk', kind='proactive', expect='violation',
    rules=['review.change_or_remove', 'review.incentive'],
    classes=['change_review', 'incentive', 'informal_tu'],
    note='Offers to refund the shipping costs if the buyer is willing to edit their two-star review; both asking to change a review and paying for it are forbidden.',
    frm=('Lampade Design Torino', 'supporto@lampadedesign-torino.it'),
    subject='La tua lampada – ordine 405-0043918-7752260',
    body='''Ciao Andrea,

ti scriviamo perché abbiamo visto la tua recensione da due stelle sulla lampada da tavolo in ottone. Hai ragione sul cavo troppo corto, e infatti dal mese prossimo lo monteremo da 2 metri anziché da 1,5.

Se mai te la sentissi di modificare la recensione alla luce di questo, ti rimborseremmo volentieri le spese di spedizione dell'ordine: basta che ce lo dici qui una volta fatto.

Ordine n. 405-0043918-7752260

Grazie e buona serata
Lorenzo
Lampade Design Torino''')

add(lang='it', client='gmail', kind='proactive', expect='violation',
    rules=['purpose.shipping_confirmation'],
    classes=['shipping_only'],
    note='Message whose only content is that the order has been handed to the courier; a shipping confirmation with nothing else.',
    frm=('Caffè Torrefazione Santoro', 'spedizioni@torrefazione-santoro.it'),
    subject='Ordine 404-8821673-0036194 spedito',
    body='''Gentile cliente,

La informiamo che il Suo ordine (Caffè in grani miscela Arabica 100%, 2 x 1 kg) è stato affidato oggi al corriere GLS e partirà in serata dal nostro magazzino di Caserta.

Ordine n. 404-8821673-0036194

Cordiali saluti
Torrefazione Santoro''')

add(lang='it', client='freshdesk', kind='reply', expect='legit', rules=[],
    classes=['reply', 'delivery_scheduling', 'buyer_quoted_phone', 'lookalike'],
    note='Arranges a delivery slot for a sofa with the forwarder; the buyer\'s own phone number appears only in the quoted message and the seller does not give any contact of its own.',
    frm=('Divani Salento', 'logistica@divani-salento.it'),
    subject='R: Consegna divano – ordine 171-3360942-8817705',
    quote_style='original', quote_who='Cliente Amazon', quote_when='mercoledì 25 novembre 2026 13:27',
    quote='''Buongiorno, per la consegna del divano sono a casa solo il sabato mattina. Il corriere può chiamarmi al 347 2291048 prima di passare. Abito al terzo piano senza ascensore.''',
    body='''Buongiorno Signor De Santis,

grazie per le indicazioni. Abbiamo comunicato al trasportatore (Arcobaleno Trasporti) la Sua preferenza: la consegna è fissata per sabato 5 dicembre tra le 8:30 e le 12:30, e l'autista La contatterà al numero che ci ha indicato circa mezz'ora prima di arrivare.

Per il terzo piano senza ascensore non si preoccupi: il divano viaggia in due colli separati (seduta e schienale) e la consegna al piano è già compresa. Le consigliamo solo di misurare la larghezza della porta d'ingresso: serve almeno 80 cm.

Ordine n. 171-3360942-8817705

Cordiali saluti
Pierluigi Greco
Logistica Divani Salento''')

add(lang='it', client='outlook', kind='reply', expect='violation',
    rules=['purpose.ask_buyer_to_cancel'],
    classes=['reply', 'ask_cancel', 'informal_tu'],
    note='The seller has a pricing error and asks the buyer to cancel the order from their account ("ti chiederei di annullarlo tu"), which is prohibited.',
    frm=('Sport Alpino Bolzano', 'shop@sportalpino-bz.it'),
    subject='R: Quando spedite gli sci? – ordine 403-6649105-2218837',
    quote_style='gt', quote_who='Cliente Amazon', quote_when='gio 26 nov 2026, 09:02',
    quote='''Ciao, volevo sapere quando partono gli sci, mi servono per il ponte dell'8 dicembre.''',
    body='''Ciao Michele,

ti rispondo con un po' di imbarazzo: per un errore nel caricamento del listino, gli sci da all-mountain che hai ordinato sono stati messi in vendita a 149 euro invece di 419, e purtroppo a quel prezzo non riusciamo proprio a spedirli.

Per non complicare le cose, ti chiederei di annullarlo tu l'ordine dalla sezione "I miei ordini" prima che venga elaborato: così non risulta nessuna cancellazione da parte nostra e il rimborso ti arriva subito.

Scusaci ancora per il disguido.

Ordine n. 403-6649105-2218837

Ciao
Hannes
Sport Alpino Bolzano''')

add(lang='it', client='gorgias', kind='proactive', expect='violation',
    rules=['links.external', 'links.shortener', 'purpose.marketing'],
    classes=['marketing_as_advice', 'shortener', 'external_link'],
    note='A "guida all\'uso" message for a pasta machine whose shortened bit.ly link leads to the seller\'s own site with recipes and new accessories.',
    frm=('Pasta Fresca Emilia', 'ciao@pastafresca-emilia.it'),
    subject='La guida per la tua macchina per la pasta',
    html=True,
    body='''Ciao Francesca,

ora che la tua macchina per la pasta in acciaio (ordine 406-2284417-6690351) è arrivata, ecco qualche dritta per i primi impasti:

- 100 g di farina 00 per ogni uovo, impasto ben riposato 30 minuti sotto la pellicola;
- passa la sfoglia 2-3 volte alla posizione 1 piegandola a metà, poi scendi gradualmente;
- mai lavare i rulli con l'acqua, basta un pennellino asciutto.

Trovi la guida completa con le nostre ricette e gli accessori nuovi (taglierina per ravioli e rullo per tagliolini) qui: https://bit.ly/pastafresca-guida

Buona sfoglia!
Il team di Pasta Fresca Emilia''')

add(lang='it', client='plain', kind='reply', expect='legit', rules=[],
    classes=['reply', 'customisation', 'formal_lei', 'lookalike'],
    note='Confirms the name and date to be engraved on a personalised bracelet and asks the buyer to check the spelling before production.',
    frm=('Incisioni Argento Vivo', 'laboratorio@argentovivo-incisioni.it'),
    subject='R: Incisione bracciale – ordine 408-5517730-9942061',
    quote_style='original', quote_who='Cliente Amazon', quote_when='martedì 24 novembre 2026 22:48',
    quote='''Salve, sul bracciale vorrei far incidere "Ludovica 12.03.2026". Si può anche all'interno?''',
    body='''Gentile Signora Cattaneo,

sì, possiamo incidere all'interno del bracciale. Le riepilogo quanto andremmo a realizzare, così può controllare che sia tutto corretto:

Testo: Ludovica 12.03.2026
Posizione: interno, centrato
Carattere: corsivo inglese (altezza circa 2 mm)

Le segnalo solo che all'interno lo spazio è limitato a circa 22 caratteri, quindi il testo ci sta senza problemi. Se invece desidera anche un piccolo simbolo (un cuore o una stellina) basta scrivercelo nella risposta.

Appena riceviamo la Sua conferma procediamo con l'incisione; la spedizione avverrà entro due giorni lavorativi.

Ordine n. 408-5517730-9942061

Cordiali saluti
Tommaso Riva
Laboratorio Argento Vivo''')

# ----------------------------------------------------------------- envelopes
def quote_block(m):
    q = m.get('quote')
    if not q:
        return '', ''
    st, who, when = m['quote_style'], m['quote_who'], m['quote_when']
    it = m['lang'] == 'it'
    if st == 'amazon_de':
        t = f"\n\n{who}, {when}:\n" + '\n'.join('> ' + l for l in q.split('\n'))
    elif st == 'gt':
        head = f"Il giorno {when} {who} ha scritto:" if it else f"Am {when} schrieb {who}:"
        t = f"\n\n{head}\n" + '\n'.join('> ' + l for l in q.split('\n'))
    elif st == 'onwrote':
        head = f"Il giorno {when} {who} <{m['to']}> ha scritto:" if it else f"Am {when} schrieb {who} <{m['to']}>:"
        t = f"\n\n{head}\n" + '\n'.join('> ' + l for l in q.split('\n'))
    elif st == 'original':
        hdr = '-----Messaggio originale-----' if it else '-----Ursprüngliche Nachricht-----'
        lab = ('Da', 'Inviato', 'Oggetto') if it else ('Von', 'Gesendet', 'Betreff')
        t = (f"\n\n{hdr}\n{lab[0]}: {who} <{m['to']}>\n{lab[1]}: {when}\n"
             f"{lab[2]}: {m['subject'].split(': ',1)[-1]}\n\n{q}")
    else:  # blockquote
        head = f"Il {when}, {who} ha scritto:" if it else f"Am {when} schrieb {who}:"
        t = f"\n\n{head}\n" + '\n'.join('> ' + l for l in q.split('\n'))
    hq = (f'<div class="quote"><p>{html.escape(t.strip().split(chr(10))[0])}</p>'
          f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
          + html.escape(q).replace('\n', '<br>') + '</blockquote></div>')
    return t, hq

XMAILER = {'zendesk': 'Zendesk Mailer', 'freshdesk': 'Freshdesk', 'gorgias': 'Gorgias',
           'helpscout': 'Help Scout', 'edesk': 'eDesk', 'outlook': 'Microsoft Outlook 16.0',
           'gmail': None, 'plain': None}

def linkify(s):
    import re
    out = []
    for part in re.split(r'(https://\S+)', s):
        if part.startswith('https://'):
            out.append(f'<a href="{html.escape(part)}">{html.escape(part)}</a>')
        else:
            out.append(html.escape(part))
    return ''.join(out)

def build(i, m):
    dom = 'marketplace.amazon.de' if m['lang'] == 'de' else 'marketplace.amazon.it'
    m['to'] = alias() + '@' + dom
    msg = EmailMessage(policy=policy.SMTP)
    msg['From'] = f'"{m["frm"][0]}" <{m["frm"][1]}>'
    msg['To'] = m['to']
    msg['Subject'] = m['subject']
    base = datetime(2026, 11, 26, 10, 0, tzinfo=timezone(timedelta(hours=1))) if m.get('quote') else datetime(2026, 11, 23, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    d = base + timedelta(minutes=random.randint(0, 60 * 10) + 60 * 24 * random.randint(0, 5))
    msg['Date'] = format_datetime(d)
    msg['Message-ID'] = make_msgid(idstring=f'w151.{i:04d}', domain=m['frm'][1].split('@')[1])
    if XMAILER[m['client']]:
        msg['X-Mailer'] = XMAILER[m['client']]
    qt, hq = quote_block(m)
    text = m['body'] + qt + '\n'
    msg.set_content(text, charset='utf-8', cte='quoted-printable')
    if m.get('html'):
        paras = ''.join('<p>' + linkify(p).replace('\n', '<br>') + '</p>' for p in m['body'].split('\n\n'))
        h = (f'<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">'
             f'{paras}{hq}</body></html>')
        msg.add_alternative(h, subtype='html', charset='utf-8', cte='quoted-printable')
    return msg

def main():
    labels = []
    for n, m in enumerate(M, 1):
        mid = f'w151-{n:04d}'
        msg = build(n, m)
        path = f'messages/{mid}.eml'
        with open(os.path.join(OUT, path), 'wb') as f:
            f.write(msg.as_bytes())
        labels.append({'id': mid, 'file': path, 'lang': m['lang'], 'client': m['client'],
                       'kind': m['kind'], 'split': 'dev', 'expect': m['expect'],
                       'rules': m['rules'] if m['expect'] == 'violation' else [],
                       'classes': m['classes'], 'note': m['note']})
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
