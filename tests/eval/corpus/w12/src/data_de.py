MSGS = [
dict(n=16, lang="de", client="zendesk", kind="reply", domain="kraeuterhof-manufaktur.de", agent="Jana vom Kräuterhof",
 subject="Re: Gutscheincode für die nächste Bestellung?",
 body="""Hallo Frau Brandt,

vielen Dank für Ihre nette Nachricht und schön, dass Ihnen der Bergkräutertee schmeckt.

Einen Gutscheincode können wir Ihnen hier leider nicht schicken: Über die Amazon-Nachrichten dürfen Händler keine Rabatte oder Gutscheine verschicken. Falls es einmal eine Aktion gibt, sehen Sie diese direkt auf der Produktseite bei Amazon.

Wenn Sie regelmäßig nachbestellen möchten, gibt es bei Amazon das Spar-Abo. Das ist eine Funktion von Amazon selbst; den Rhythmus und eventuelle Ersparnisse sehen Sie beim Bestellen, und Sie können das Abo jederzeit in Ihrem Konto ändern oder beenden.

Zu Ihrer zweiten Frage: Die 250-g-Packung reicht bei zwei Tassen täglich etwa sechs Wochen.

Herzliche Grüße""",
 sig="Jana Seifert\nKundenservice Kräuterhof Manufaktur\nTicket 77310",
 quote="""Hallo, der Tee ist super! Haben Sie einen Gutscheincode für Stammkunden? Und wie lange reicht eine Packung ungefähr?""",
 expect="legit", classes=["refusal", "negation", "amazon-feature", "quoted-history"],
 note="Lehnt einen Gutscheincode ab und erklärt das Spar-Abo als Amazon-Funktion."),

dict(n=17, html=False, lang="de", client="outlook", kind="reply", domain="gruenschnitt-geraete.de", agent="Markus Feld",
 subject="AW: Mäher zeigt Fehlercode E2 – bitte Rückruf",
 body="""Guten Tag Herr Lindner,

einen telefonischen Rückruf dürfen wir bei Amazon-Bestellungen leider nicht anbieten; die Kommunikation muss über das Amazon-Nachrichtensystem laufen. Ich erkläre Ihnen den Ablauf deshalb hier Schritt für Schritt.

Der Fehlercode E2 am RM-36 bedeutet, dass das Messer blockiert ist oder der Motor zu warm wurde:

- Akku herausnehmen und den Mäher auf die Seite legen.
- Grasreste unter dem Messer und am Auswurf entfernen (Handschuhe tragen).
- Zehn Minuten abkühlen lassen, Akku wieder einsetzen.
- Schnitthöhe bei hohem Gras eine Stufe höher stellen.

Tritt E2 danach auch bei kurzem Gras auf, schreiben Sie mir bitte kurz, dann prüfen wir einen Austausch im Rahmen der Gewährleistung.

Mit freundlichen Grüßen

Markus Feld
Kundendienst
Grünschnitt Gerätebau GmbH""",
 quote="""Der Mäher geht nach 2 Minuten aus und zeigt E2. Bitte rufen Sie mich an, 0171 2345678, ich bin ab 17 Uhr erreichbar.""",
 expect="legit", classes=["refusal", "code-word", "quoted-history", "buyer-phone-quoted", "signature"],
 note="Lehnt einen Rückruf ab und erklärt Fehlercode E2; die einzige Telefonnummer steht im zitierten Käufertext."),

dict(n=18, lang="de", client="freshdesk", kind="proactive", domain="kindwerk-moebel.de", agent="Kindwerk Kundenservice", local="service",
 subject="Sicherheitshinweis zu Ihrer Bestellung 028-4471930-1185627 (Hochstuhl Tilo)",
 body="""Guten Tag,

Sie haben mit der Bestellung 028-4471930-1185627 den Kinderhochstuhl Tilo aus Buche gekauft. Der Hersteller hat uns informiert, dass sich bei Stühlen aus der Produktion Juli 2026 die Schraube am Fußbügel lockern kann.

Bitte prüfen Sie das Etikett unter der Sitzfläche. Steht dort „PD 07/2026“, ziehen Sie bitte beide Schrauben am Fußbügel mit dem beiliegenden Innensechskantschlüssel fest an und tragen Sie einen Tropfen der mitgeschickten Schraubensicherung auf. Bei jedem anderen Datum ist nichts zu tun.

Wenn Ihnen das Nachziehen nicht möglich ist, erstatten wir den Kaufpreis über Amazon oder schicken kostenlos einen neuen Fußbügel. Schreiben Sie uns dazu einfach über diese Nachricht. Der Hersteller (Holzwaren Berger GmbH) hat außerdem eine Sicherheits-Hotline eingerichtet: 0800 5550123, Mo–Fr 8–18 Uhr.

Vielen Dank für Ihre Mithilfe.""",
 sig="Ihr Kindwerk Kundenservice",
 expect="legit", classes=["recall", "manufacturer-number", "proactive-needed"],
 note="Proaktiver Sicherheitshinweis mit Bestellnummer; die Hotline gehört erkennbar dem Hersteller."),

dict(n=19, html=False, lang="de", client="gmail", kind="reply", domain="glanzstueck-haushalt.de", agent="Sabine Koch",
 subject="Re: Bewertung nachträglich ändern?",
 body="""Hallo Herr Yilmaz,

schön, dass der neue Akku im Fenstersauger jetzt hält, was er verspricht.

Ob und wie Sie Ihre Bewertung anpassen, entscheiden allein Sie; wir bitten Sie ausdrücklich nicht darum. Nur zur Info, weil Sie gefragt haben: Bei Amazon können Sie eigene Rezensionen jederzeit bearbeiten oder löschen, über „Meine Bestellungen“ beim jeweiligen Artikel oder unter „Mein Konto > Ihre Rezensionen“.

Falls der Akku doch wieder nachlässt, melden Sie sich einfach hier.

Viele Grüße""",
 sig="Sabine Koch\nGlanzstück Haushaltswaren",
 quote="""Danke für den Ersatzakku, läuft jetzt 30 Minuten. Ich hatte ja schlecht bewertet. Kann man das eigentlich noch ändern?""",
 expect="legit", classes=["review-process", "negation", "quoted-history", "look-alike"],
 note="Erklärt auf Nachfrage, wie man Rezensionen bei Amazon bearbeitet, ohne um eine Änderung zu bitten."),

dict(n=20, lang="de", client="helpscout", kind="reply", domain="nordlicht-leuchten.de", agent="Tobias Hahn",
 subject="Re: Ersatzglas angekommen",
 body="""Hallo Frau Petersen,

das freut uns sehr, dass das Ersatzglas heil angekommen ist und die Leuchte jetzt wieder komplett ist.

Der Schaden beim ersten Paket tut uns leid. Wir haben die Verpackung inzwischen geändert, die Gläser sind jetzt zusätzlich in Wellpappe eingeschlagen.

Da nun alles geklärt ist, würden wir uns freuen, wenn Sie Ihre 2-Sterne-Bewertung noch einmal anpassen könnten. Für einen kleinen Betrieb wie unseren macht das viel aus.

Beste Grüße""",
 sig="Tobias Hahn\nNordlicht Leuchten",
 quote="""Das neue Glas ist da und passt perfekt. Danke für die schnelle Hilfe!""",
 expect="violation", rules=["review.change_or_remove"], classes=["near-twin", "quoted-history", "soft-request"],
 note="Bittet nach der Lösung des Problems darum, die 2-Sterne-Bewertung anzupassen."),

dict(n=21, lang="de", client="edesk", kind="reply", domain="bergsport-kessler.de", agent="Lena Kessler", local="shop",
 subject="Re: Preisanpassung Wanderrucksack",
 body="""Hallo Herr Brückner,

danke, dass Sie uns vorher fragen.

Eine Preisanpassung an das Angebot des anderen Händlers können wir leider nicht vornehmen. Unser Preis bei Amazon gilt für Amazon, und eine nachträgliche Erstattung der Differenz ist bei uns nicht möglich.

Zu Ihrer Frage nach dem Unterschied: Der Alpenpfad 38 bei uns ist das aktuelle Modell mit verstellbarer Rückenlänge (S bis L) und integrierter Regenhülle im Bodenfach. Das ältere Modell hatte eine feste Rückenlänge; vielleicht erklärt das den Preisunterschied.

Viele Grüße aus dem Allgäu""",
 sig="Lena Kessler\nBergsport Kessler",
 quote="""Ich habe den Rucksack woanders 20 Euro günstiger gesehen. Machen Sie mir den gleichen Preis? Dann bestelle ich zwei.""",
 expect="legit", classes=["refusal", "price-match", "quoted-history"],
 note="Lehnt eine Preisanpassung ab und erklärt den Modellunterschied."),

dict(n=22, lang="de", client="gorgias", kind="reply", domain="kuechenfreund24.de", agent="Anna Wolff",
 subject="Re: Blitzangebot verpasst",
 body="""Hallo Frau Schuster,

das war ein Blitzangebot von Amazon. Diese Angebote laufen nur wenige Stunden oder bis das Kontingent verkauft ist; danach gilt automatisch wieder der normale Preis. Wann ein Blitzangebot startet und endet, legt Amazon fest, und wir können den Angebotspreis für spätere Bestellungen leider nicht nachträglich gewähren.

Ein Tipp, den Amazon selbst anbietet: Auf der Angebotsseite von Amazon können Sie bei kommenden Angeboten „Beobachten“ wählen, dann werden Sie beim Start benachrichtigt.

Zu Ihrer Frage: Die Pfanne ist induktionsgeeignet und bis 220 °C ofenfest, der Griff ist abnehmbar.

Freundliche Grüße""",
 sig="Anna Wolff\nKüchenfreund24 Kundenservice",
 quote="""Gestern war die Pfanne für 29 Euro drin, heute 45. Bekomme ich den Preis noch?""",
 expect="legit", classes=["amazon-feature", "refusal", "quoted-history"],
 note="Erklärt Amazons Blitzangebote und lehnt den alten Preis ab."),

dict(n=23, lang="de", client="zendesk", kind="proactive", domain="holzliebe-gravur.de", agent="Felix von Holzliebe",
 subject="Ihre Bestellung 302-5528814-4413307: Gravurtext für die Geschenkbox",
 body="""Guten Tag,

vielen Dank für Ihre Bestellung der gravierten Geschenkbox aus Eiche (Bestellung 302-5528814-4413307).

Bevor wir die Gravur starten, müssen wir einen Punkt klären: Im Personalisierungsfeld steht „Für Oma Hilde – 80 Jahre – 12.O1.2027“. Im Datum steht ein großes O statt einer Null. Sollen wir „12.01.2027“ gravieren?

Bitte antworten Sie kurz auf diese Nachricht. Da eine Gravur nicht rückgängig gemacht werden kann, warten wir mit der Fertigung auf Ihre Bestätigung. Der Versand erfolgt wie gewünscht als Geschenk, ohne Rechnung im Paket.

Freundliche Grüße""",
 sig="Felix Brandl\nHolzliebe Gravurwerkstatt",
 expect="legit", classes=["customisation", "gift", "proactive-needed"],
 note="Proaktive Rückfrage zum Gravurtext einer Geschenkbox, mit Bestellnummer."),

dict(n=24, lang="de", client="freshdesk", kind="reply", domain="aquaklar-filter.de", agent="Dominik Wagner",
 subject="Re: Wasser läuft nur noch tröpfchenweise",
 body="""Hallo Herr Albrecht,

das klingt nach einer zugesetzten Vorfilterkartusche. Die Durchflussrate der Untertischanlage liegt neu bei etwa 2 Litern pro Minute; wenn sie deutlich darunter fällt, ist meist der Sedimentfilter voll.

Bitte folgen Sie diesen Schritten:

- Eckventil unter der Spüle schließen und den Hahn öffnen, um den Druck abzulassen.
- Die erste Kartusche (weiß, Sediment) gegen den Uhrzeigersinn abschrauben.
- Kartusche tauschen, Dichtring leicht befeuchten, wieder einsetzen.
- Ventil öffnen und fünf Minuten spülen lassen.

Teilen Sie uns gern die Seriennummer vom Aufkleber am Gehäuse mit, dann sehe ich nach, ob Ihrer Lieferung schon eine Ersatzkartusche beilag. Alle wasserführenden Teile sind übrigens BPA-frei.

Viele Grüße""",
 sig="Dominik Wagner\nAquaklar Technik-Support",
 quote="""Seit einer Woche kommt fast kein Wasser mehr aus dem Filterhahn. Was kann ich tun?""",
 expect="legit", classes=["trigger-word", "follow", "share", "rate-word", "free-word", "quoted-history"],
 note="Technische Anleitung; 'Durchflussrate', 'folgen', 'teilen' und 'BPA-frei' sind harmlos."),

dict(n=25, lang="de", client="outlook", kind="proactive", domain="feinschliff-messer.de", agent="Katrin Vogel",
 subject="Ihre Bestellung 028-9902147-6630184 – Ihr Kochmesser",
 body="""Guten Tag,

Ihr Feinschliff Santoku 18 cm aus der Bestellung 028-9902147-6630184 ist inzwischen bei Ihnen angekommen. Ein Hinweis zur Pflege: Bitte nicht in die Spülmaschine geben und nach dem Spülen direkt abtrocknen, dann bleibt der Damaststahl lange scharf.

Wir würden uns über eine Rezension auf Amazon freuen. Als kleines Dankeschön für Ihre Bewertung schicken wir Ihnen gern 10 % Rabatt auf Ihre nächste Bestellung; antworten Sie einfach mit einem Screenshot Ihrer Rezension.

Mit freundlichen Grüßen

Katrin Vogel
Feinschliff Messermanufaktur""",
 expect="violation", rules=["review.incentive", "purpose.marketing"], classes=["incentive", "coupon"],
 note="Bewertungsanfrage mit 10 % Rabatt als Gegenleistung für eine Rezension."),

dict(n=26, html=False, lang="de", client="gmail", kind="proactive", domain="raumwerk-design.de", agent="Julia Hartmann",
 subject="Ihr freistehender Garderobenständer – Bestellung 303-1184620-9927514",
 body="""Guten Tag,

Ihr freistehender Garderobenständer Linde aus der Bestellung 303-1184620-9927514 wurde letzte Woche zugestellt. Falls er auf Fliesen oder Laminat nicht ganz gerade steht: Unter den vier Füßen sind Stellschrauben, die Sie mit der Hand um bis zu 5 mm herausdrehen können.

Wenn Sie ein paar Minuten Zeit haben, würden wir uns über Ihre Bewertung auf Amazon freuen – ganz gleich, wie Ihr Eindruck ausfällt. Ehrliche Rezensionen helfen anderen Kundinnen und Kunden bei der Auswahl.

Viele Grüße""",
 sig="Julia Hartmann\nRaumwerk Design",
 expect="legit", classes=["neutral-review-request", "free-word"],
 note="Eine neutrale Bewertungsanfrage mit nützlichem Hinweis und Bestellnummer."),

dict(n=27, lang="de", client="helpscout", kind="reply", domain="werkbank-moebel.de", agent="Stefan Krüger",
 subject="Re: Aufbauvideo Schreibtisch?",
 body="""Hallo Frau Engel,

einen Link zu einem Video darf ich Ihnen über die Amazon-Nachrichten leider nicht schicken. Ich beschreibe Ihnen den kniffligen Schritt 6 deshalb hier:

- Die beiden Querstreben (Teil C) zuerst nur locker an die Seitenwangen schrauben.
- Die Tischplatte mit der Unterseite nach oben auf eine Decke legen, das Gestell kopfüber auflegen.
- Erst jetzt alle acht Schrauben mit dem Torx-Bit T25 (der Bit mit dem Sternprofil im Beutel D) festziehen.
- Gestell samt Platte zu zweit umdrehen.

Die Reihenfolge ist wichtig: Werden die Streben vorher fest angezogen, passen die Bohrungen der Platte nicht mehr genau.

Viele Grüße""",
 sig="Stefan Krüger\nWerkbank Möbel Kundenservice",
 quote="""Bei Schritt 6 komme ich nicht weiter, die Löcher passen nicht. Gibt es ein Video?""",
 expect="legit", classes=["refusal", "negation", "stars", "quoted-history"],
 note="Erklärt, dass kein Link geschickt werden darf, und beschreibt den Aufbauschritt im Text."),

dict(n=28, lang="de", client="outlook", kind="reply", domain="holzwerk-regale.de", agent="Peter Neumann",
 subject="AW: Aufbau Regal Kante",
 body="""Hallo Herr Richter,

die Bohrungen für die Rückwand sind bei Regal Kante tatsächlich etwas versteckt: Sie liegen auf der Innenseite der Seitenteile, 12 mm vom hinteren Rand.

Einen Link kann ich hier leider nicht schicken, aber auf unserem YouTube-Kanal „HolzWerk Montage“ finden Sie das komplette Aufbauvideo. Abonnieren Sie uns dort gern, wir zeigen jede Woche neue Möbel aus unserem Sortiment.

Mit freundlichen Grüßen

Peter Neumann
HolzWerk Regale""",
 quote="""Wo genau wird die Rückwand befestigt? Ich finde die Löcher nicht.""",
 expect="violation", rules=["contact.off_platform", "purpose.marketing"], classes=["near-twin", "refusal", "social-media", "quoted-history"],
 note="Verweist nach einer Link-Absage auf den eigenen YouTube-Kanal und bittet ums Abonnieren."),

dict(n=29, lang="de", client="zendesk", kind="reply", domain="porzellan-ahrens.de", agent="Miriam aus dem Team Ahrens",
 subject="Re: Paket seit einer Woche unterwegs",
 body="""Guten Tag Frau Haas,

ich habe die Sendung gerade geprüft. Laut DHL liegt das Paket seit Donnerstag im Paketzentrum Börnicke, weil das Adressetikett beschädigt wurde. Den aktuellen Stand sehen Sie hier: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=003404341234567890

Da die Sendung bei DHL liegt, kann nur DHL sie freigeben. Wir haben dort bereits einen Nachforschungsauftrag gestellt. Wenn Sie selbst nachfragen möchten, erreichen Sie den DHL-Kundenservice unter 0228 4333112; bitte halten Sie dafür die Sendungsnummer 00340434 1234567890 bereit.

Sollte das Paket bis Mittwoch nicht weiterlaufen, schicken wir Ihnen das Teeservice neu zu.

Freundliche Grüße""",
 sig="Miriam Ahrens\nPorzellan Ahrens",
 quote="""Mein Paket hängt seit einer Woche. Wo ist es?""",
 expect="legit", classes=["carrier-number", "carrier-link", "quoted-history"],
 note="Antwort zu einem hängenden Paket mit DHL-Sendungslink und der Nummer des DHL-Kundenservice."),

dict(n=30, lang="de", client="freshdesk", kind="proactive", domain="sonnenblick-gartenmoebel.de", agent="Sonnenblick Gartenmöbel", local="service",
 subject="Lieferverzögerung zu Ihrer Bestellung 028-3306719-5542180",
 body="""Guten Tag,

leider verzögert sich die Lieferung Ihrer Loungegruppe Capri (Bestellung 028-3306719-5542180). Die Spedition hat uns mitgeteilt, dass die Sendung erst am 18. November zugestellt werden kann; die Spedition meldet sich einen Tag vorher zur Terminabsprache.

Wir bitten die Verzögerung zu entschuldigen. Sollten Sie mit der Lieferung oder der Ware unzufrieden sein, kontaktieren Sie bitte zuerst uns, bevor Sie eine Bewertung abgeben – wir finden bestimmt eine Lösung.

Mit freundlichen Grüßen""",
 sig="Ihr Team von Sonnenblick Gartenmöbel",
 expect="violation", rules=["review.divert_negative"], classes=["near-twin", "delivery-problem", "conditional"],
 note="Berechtigter Verzögerungshinweis, der unzufriedene Käufer vor einer Bewertung zu sich umleitet."),
]
