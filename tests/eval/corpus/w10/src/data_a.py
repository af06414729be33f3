# Hand-written texts, messages w10-0001 .. w10-0030 (languages cycle fr, de, en, it).
MSGS = []
def M(**k):
    MSGS.append(k)

# 1 fr
M(lang="fr", client="zendesk", kind="proactive", expect="violation",
  rules=["review.biased_positive", "purpose.marketing"], classes=["paraphrase", "conditional", "cross-sell", "signature"],
  note="Linen seller asks for a few words on the product page only if the sheets please, and points to matching pillowcases.",
  agent="Clémence Roux", **{"from": "clemence@maison-lunelle.fr"},
  subj="Vos draps en lin lavé – commande {oid}",
  body="""Bonjour,

Votre parure en lin lavé (commande {oid}) vous a été livrée hier, et nous espérons que les premières nuits ont été à la hauteur de vos attentes.

Un conseil pour commencer : le lin s'assouplit à chaque lavage. Un cycle à 40 °C, sans adoucissant, et un séchage à l'air libre suffisent pour qu'il devienne encore plus doux.

Si ce linge vous donne satisfaction, quelques mots de votre part sur la page du produit aideraient d'autres clientes et clients à se décider. Et pour compléter votre lit, sachez que les taies d'oreiller assorties, dans le même coloris Argile, vous attendent dans notre boutique Amazon.

Belle soirée à vous,""",
  sig="""Clémence
Service clients – Maison Lunelle""")

# 2 de
M(lang="de", client="freshdesk", kind="proactive", expect="violation",
  rules=["review.divert_negative", "review.biased_positive"], classes=["paraphrase", "conditional", "two-sentence", "signature"],
  note="Knife seller asks the buyer to come to them first if anything is wrong, and to share their experience only if all is well.",
  agent="Jonas Berger", **{"from": "service@klingenwerk-solingen.de"},
  subj="Ihr Santoku-Messer – Bestellung {oid}",
  body="""Guten Tag,

vielen Dank für Ihre Bestellung {oid}. Ihr Santoku mit Olivenholzgriff sollte inzwischen bei Ihnen angekommen sein.

Ein kurzer Hinweis zur Pflege: Bitte spülen Sie das Messer von Hand und trocknen Sie es direkt ab – die Spülmaschine greift Klinge und Holz gleichermaßen an. Ein Wetzstab mit feiner Körnung hält die Schneide über Monate scharf.

Sollte irgendetwas nicht Ihren Erwartungen entsprechen, wenden Sie sich bitte zuerst an uns, wir finden eine Lösung. Und wenn alles passt, freuen wir uns, wenn Sie Ihre Erfahrung mit anderen Käufern auf Amazon teilen.

Mit freundlichen Grüßen""",
  sig="""Jonas Berger
Kundenservice | Klingenwerk Solingen""",
  ticket="Ticket #48213")

# 3 en
M(lang="en", client="helpscout", kind="proactive", expect="legit", tld="co.uk",
  rules=[], classes=["look-alike", "paraphrase", "neutral-review-request", "signature"],
  note="One neutral request for a few words on the product page, explicitly whatever the buyer's experience.",
  agent="Harriet Cole", **{"from": "harriet@thornbury-lighting.co.uk"},
  subj="Your brass reading lamp (order {oid})",
  body="""Hello,

Your brass reading lamp from order {oid} was delivered on Tuesday, so we hope it has found a good corner by now.

Once you have had some evenings with it, would you consider writing a few words about it on the Amazon product page? Whatever your experience has been, an honest account is what helps other shoppers decide, and we read every one of them.

Thank you for choosing us.""",
  sig="""Kind regards,
Harriet Cole
Customer Care, Thornbury Lighting""")

# 4 it
M(lang="it", client="gorgias", kind="proactive", expect="violation",
  rules=["purpose.marketing", "contact.off_platform"], classes=["paraphrase", "follower-push", "cross-sell", "signature"],
  note="Coffee seller promotes a new blend line and invites the buyer to find them as @handle on the photo app.",
  agent="Giulia Ferri", **{"from": "giulia@torrefazionebruni.it"},
  subj="La sua miscela Bruni – ordine {oid}",
  body="""Gentile cliente,

il suo pacco con l'ordine {oid} è stato consegnato stamattina: le capsule di miscela Arabica Dolce sono pronte per la prima tazzina.

Un piccolo consiglio: conservi le confezioni aperte lontano da fonti di calore, l'aroma ne guadagna.

Proprio in questi giorni abbiamo tostato la nostra nuova linea di monorigine, Etiopia e Guatemala, che troverà accanto alla sua miscela nel nostro negozio su Amazon. E se le fa piacere vedere come nasce ogni tostatura, ci trova come @torrefazionebruni sull'app delle fotografie: lì raccontiamo la torrefazione giorno per giorno.

Un caro saluto,""",
  sig="""Giulia Ferri
Assistenza clienti – Torrefazione Bruni""")

# 5 fr
M(lang="fr", client="gmail", kind="reply", expect="legit",
  rules=[], classes=["look-alike", "refusal", "negation", "quoted-history"],
  note="Seller politely refuses a buyer's request for a discount on a second purchase, without promoting anything.",
  agent="Mathieu Lefèvre", **{"from": "mathieu@atelier-ceramique-orne.fr"}, buyer="Sophie",
  subj="Remise pour une deuxième commande ?",
  body="""Bonjour Sophie,

Merci pour votre message, et ravi que le saladier soit arrivé entier.

Je comprends tout à fait votre demande, mais nous ne sommes pas en mesure d'accorder de remise par la messagerie : les prix affichés sur Amazon sont ceux que nous appliquons à toutes les commandes, et nous ne proposons ni code ni tarif particulier en dehors de ce qu'Amazon affiche lui-même.

Si vous passez une nouvelle commande, le prix sera donc celui de la page au moment de l'achat. Désolé de ne pas pouvoir faire mieux sur ce point.

Bien cordialement,""",
  sig="""Mathieu Lefèvre
Atelier Céramique de l'Orne""",
  quote="""Bonjour,
J'ai bien reçu le saladier, il est superbe. J'aimerais en commander un deuxième pour ma sœur, est-ce que vous pourriez me faire une petite remise ?
Merci,
Sophie""")

# 6 de
M(lang="de", client="edesk", kind="proactive", expect="violation",
  rules=["review.incentive", "purpose.marketing"], classes=["paraphrase", "gift", "next-order", "signature"],
  note="Tea seller promises a surprise in the next parcel if the buyer shares their experience on Amazon.",
  agent="Lea Hoffmann", **{"from": "lea@teekontor-friesland.de"},
  subj="Ihre Teeauswahl ist unterwegs gewesen – Bestellung {oid}",
  body="""Moin aus Ostfriesland,

Ihre Bestellung {oid} mit unserer Ostfriesen-Mischung und dem Kandis ist laut Sendungsverfolgung gestern bei Ihnen eingetroffen.

Für den klassischen Genuss: Kandis zuerst in die Tasse, dann den heißen Tee darüber, Sahne vorsichtig am Rand einlaufen lassen – nicht umrühren.

Wir haben noch eine kleine Bitte: Wenn Sie anderen Teetrinkern auf Amazon erzählen, wie Ihnen die Mischung schmeckt, legen wir Ihrer nächsten Bestellung als Dankeschön eine Probierdose unserer Wintermischung bei. Schreiben Sie uns einfach kurz, sobald Ihr Beitrag online ist.

Herzliche Grüße aus Leer""",
  sig="""Lea Hoffmann
Teekontor Friesland – Kundenbetreuung""")

# 7 en
M(lang="en", client="zendesk", kind="proactive", expect="violation",
  rules=["purpose.marketing"], classes=["paraphrase", "birthday", "loyalty", "signature"],
  note="Candle seller asks for the buyer's birthday month so they can send a birthday treat on a future order.",
  agent="Priya Nair", **{"from": "care@hearthandwick.com"},
  subj="A little note about your candles – order {oid}",
  body="""Hi there,

Your order {oid} (two Cedar & Fig candles) arrived this morning. For the cleanest burn, let the first lighting run until the wax pool reaches the edge of the jar – about two hours – so it doesn't tunnel later.

One more thing we like to do for the people who light our candles: if you reply with your birthday month, we will add you to our little birthday list, and when the month comes round there will be a surprise waiting with whatever you order from us next. Regular customers also get first pick of the seasonal scents before they go live.

Warmly,""",
  sig="""Priya
Hearth & Wick Customer Care""",
  ticket="Request #70551")

# 8 it
M(lang="it", client="freshdesk", kind="proactive", expect="violation",
  rules=["review.divert_negative", "review.biased_positive"], classes=["paraphrase", "conditional", "signature"],
  note="Backpack seller asks unhappy buyers to write to them first and satisfied ones to write a couple of lines on the product page.",
  agent="Marco Lanzi", **{"from": "assistenza@zainilanzi.it"},
  subj="Il suo zaino da trekking – ordine {oid}",
  body="""Buongiorno,

ci auguriamo che lo zaino da 38 litri dell'ordine {oid} sia già pronto per la prima uscita.

Prima di partire regoli gli spallacci con lo zaino carico: il peso deve poggiare sui fianchi, non sulle spalle. La cintura in vita va chiusa sopra le anche.

Se qualcosa non la convince, ci scriva prima di tutto qui: preferiamo saperlo noi per primi e rimediare subito. Se invece lo zaino le è piaciuto, due righe sulla pagina del prodotto su Amazon sarebbero per noi il regalo più bello.

Buone camminate,""",
  sig="""Marco Lanzi
Servizio clienti Zaini Lanzi""")

# 9 fr
M(lang="fr", client="outlook", kind="proactive", expect="violation",
  rules=["purpose.marketing"], classes=["paraphrase", "vip-club", "coupon", "plain-text"],
  note="Cosmetics seller invites the buyer into a private circle with early access and a code on the next purchase.",
  agent="Inès Marchal", **{"from": "ines.marchal@savonnerie-des-calanques.fr"},
  subj="Votre commande {oid} – une invitation",
  body="""Bonjour,

Votre coffret de savons au lait d'ânesse (commande {oid}) est bien arrivé à destination, et nous espérons qu'il vous plaît autant qu'à nous.

Nous aimerions vous compter parmi les membres de notre Cercle des Calanques : un petit cercle de clientes et clients fidèles qui découvrent nos créations avant tout le monde et bénéficient du code CERCLE15 sur leur prochain achat dans notre boutique Amazon. Il suffit de répondre « oui » à ce message pour nous rejoindre.

Au plaisir de vous retrouver,""",
  sig="""Inès Marchal
Relation clientèle
Savonnerie des Calanques""")

# 10 de
M(lang="de", client="zendesk", kind="reply", expect="legit",
  rules=[], classes=["look-alike", "accessories", "same-listing", "quoted-history"],
  note="Buyer asked about spare filters; seller says they are a variant on the same Amazon listing, no link or other product.",
  agent="Tobias Krämer", **{"from": "support@aquaklar-haushalt.de"}, buyer="Petra W.",
  subj="Ersatzfilter für Wasserfilterkanne?",
  body="""Hallo Frau W.,

danke für Ihre Nachricht. Die Ersatzkartuschen für Ihre Kanne finden Sie auf derselben Amazon-Produktseite, über die Sie die Kanne bestellt haben: Oberhalb des Preises gibt es die Auswahl „Stil“, dort stehen „Kanne mit 1 Kartusche“, „3 Kartuschen“ und „6 Kartuschen“ zur Wahl. Die Kartuschen passen ausschließlich in dieses Modell.

Eine Kartusche reicht bei normalem Gebrauch etwa vier Wochen; die Anzeige im Deckel erinnert Sie an den Wechsel.

Viele Grüße""",
  sig="""Tobias Krämer
AquaKlar Kundenservice""",
  quote="""Guten Tag, ich habe die Filterkanne (Bestellung {oid}) und bin sehr zufrieden. Wo bekomme ich denn Ersatzfilter, die sicher passen? Ich möchte keine falschen kaufen.
Gruß Petra W.""")

# 11 en
M(lang="en", client="gorgias", kind="reply", expect="violation",
  rules=["review.biased_positive"], classes=["piggyback", "conditional", "paraphrase", "quoted-history"],
  note="Reply to a washing question ends by asking for words on Amazon only if the buyer is enjoying the towels.",
  agent="Sam Whitaker", **{"from": "help@loomandlather.com"}, buyer="Daniel",
  subj="Washing the waffle towels",
  body="""Hi Daniel,

Great question. The waffle weave will feel a little stiff for the first two or three washes – that's normal. Wash at 40°C with half the usual amount of detergent and skip fabric softener, which coats the cotton and stops the honeycomb from opening up. Tumble dry on low or line dry; after a few cycles they'll be noticeably thirstier and softer.

And if they're turning out to be your favourite towels, a few words from you on the Amazon page would mean the world to a small team like ours.

Best,""",
  sig="""Sam
Loom & Lather""",
  quote="""Hello, just got the waffle towels (order {oid}). They feel a bit rough, is there a special way to wash them?
Thanks, Daniel""")

# 12 it
M(lang="it", client="helpscout", kind="proactive", expect="legit",
  rules=[], classes=["look-alike", "neutral-review-request", "paraphrase", "signature"],
  note="One neutral invitation to write a couple of lines on the product page, whatever the buyer's experience.",
  agent="Elena Sartori", **{"from": "elena@ceramichesartori.it"},
  subj="Il suo servizio di piatti – ordine {oid}",
  body="""Gentile cliente,

il servizio di piatti in gres dell'ordine {oid} è stato consegnato qualche giorno fa e speriamo abbia già fatto la sua prima cena.

Quando avrà avuto modo di usarlo, le andrebbe di lasciare due righe sulla pagina del prodotto su Amazon? Qualunque sia la sua impressione, positiva o meno, un parere sincero aiuta altri acquirenti a scegliere e aiuta noi a migliorare.

Grazie per averci scelto,""",
  sig="""Elena Sartori
Ceramiche Sartori – Assistenza clienti""")

# 13 fr
M(lang="fr", client="freshdesk", kind="proactive", expect="violation",
  rules=["review.incentive", "purpose.marketing"], classes=["paraphrase", "gift", "next-order", "signature"],
  note="Skincare seller offers a serum sample in the next parcel in return for the buyer sharing their impression on Amazon.",
  agent="Camille Dufresne", **{"from": "contact@herboristerie-lisiere.fr"},
  subj="Votre crème à l'immortelle – commande {oid}",
  body="""Bonjour,

Votre crème de nuit à l'immortelle (commande {oid}) est entre vos mains depuis quelques jours. Pour en profiter pleinement, une noisette suffit, à réchauffer entre les paumes avant de l'appliquer par pressions légères.

Nous aimerions beaucoup connaître votre ressenti. Si vous prenez un instant pour le partager avec les autres clientes sur Amazon, nous glisserons dans votre prochain colis un flacon découverte de notre nouveau sérum, avec nos remerciements.

Prenez soin de vous,""",
  sig="""Camille
Herboristerie de la Lisière""")

# 14 de
M(lang="de", client="gmail", kind="proactive", expect="violation",
  rules=["contact.off_platform", "purpose.marketing"], classes=["follower-push", "paraphrase", "cross-sell", "plain-and-html"],
  note="Woodcraft seller points the buyer to their handle on the photo app and their new collection.",
  agent="Anna Lindner", **{"from": "anna@holzwerk-atelier.de"},
  subj="Ihr Schneidebrett aus Nussbaum – Bestellung {oid}",
  body="""Liebe Kundin, lieber Kunde,

Ihr Schneidebrett aus amerikanischem Nussbaum (Bestellung {oid}) ist bei Ihnen angekommen. Damit es lange schön bleibt: ab und zu mit Lebensmittel-Leinöl einreiben, nie in der Spülmaschine waschen und hochkant trocknen lassen.

Jedes Brett wird in unserer kleinen Werkstatt im Allgäu von Hand geschliffen. Wer dabei zusehen möchte, findet uns als @holzwerk.atelier in der Foto-App – dort zeigen wir auch schon die Servierbretter aus Kirschholz, die ab nächster Woche bei Amazon neben Ihrem Brett stehen.

Herzlich,""",
  sig="""Anna Lindner
Holzwerk Atelier""")

# 15 en
M(lang="en", client="outlook", kind="reply", expect="legit",
  rules=[], classes=["look-alike", "product-tip", "quoted-history", "plain-text"],
  note="Reply explaining how to re-season a cast-iron pan the buyer found rusty; pure product help.",
  agent="Gareth Hughes", **{"from": "gareth.hughes@foundryandfire.co.uk"}, tld="co.uk", buyer="Amazon Customer",
  subj="Orange spots on the skillet",
  body="""Hello,

Thank you for writing, and sorry for the fright – those orange spots are surface rust, and the pan is perfectly fine.

It usually happens when the skillet is left to air-dry. To bring it back: scrub the spots with steel wool and warm water, dry it completely on the hob over a low flame, then rub a very thin layer of vegetable oil over every surface with kitchen paper and wipe off as much as you can. Put it upside down in the oven at 230°C for an hour and let it cool inside.

From then on, dry it on the hob after every wash and give it a drop of oil while it's still warm. If the rust comes back after re-seasoning, let us know and we'll arrange a replacement under order {oid}.

Regards,""",
  sig="""Gareth Hughes
Customer Support
Foundry & Fire""",
  quote="""Hi, I washed the skillet yesterday and today it has orange spots on the bottom. Is it faulty?""")

# 16 it
M(lang="it", client="edesk", kind="proactive", expect="violation",
  rules=["purpose.marketing"], classes=["loyalty", "paraphrase", "signature"],
  note="Pasta seller announces a points programme rewarding each future order.",
  agent="Francesca Greco", **{"from": "clienti@pastificiogreco.it"},
  subj="La sua pasta di Gragnano – ordine {oid}",
  body="""Buongiorno,

la sua selezione di formati di Gragnano (ordine {oid}) è arrivata a destinazione. Un consiglio della casa: per i paccheri, un litro d'acqua ogni cento grammi e due minuti in meno rispetto alla confezione, poi finiscano la cottura nel sugo.

Da questo mese chi ci sceglie più di una volta viene ricompensato: ogni ordine nel nostro negozio Amazon vale dei punti, e al terzo ordine le riserviamo un formato speciale in omaggio. Il suo primo ordine è già stato conteggiato.

A presto,""",
  sig="""Francesca Greco
Pastificio Greco""",
  ticket="Rif. ticket 118-2207")

# 17 fr
M(lang="fr", client="gorgias", kind="proactive", expect="violation",
  rules=["review.divert_negative"], classes=["paraphrase", "divert", "signature"],
  note="Shoe seller asks the buyer to write to them first if something is wrong before giving an opinion on Amazon.",
  agent="Baptiste Morel", **{"from": "service@chaussures-morel.fr"},
  subj="Vos bottines Morel – commande {oid}",
  body="""Bonjour,

Vos bottines en cuir (commande {oid}) ont été livrées. Le cuir se détend légèrement après quelques jours de port ; un peu de crème nourrissante incolore avant la première sortie le protégera de la pluie.

Si quelque chose ne vous convient pas – la taille, une couture, la teinte –, écrivez-nous avant de donner votre opinion sur Amazon : nous préférons toujours avoir l'occasion d'arranger les choses directement avec vous.

Belle journée,""",
  sig="""Baptiste Morel
Chaussures Morel – Service clients""")

# 18 de
M(lang="de", client="helpscout", kind="proactive", expect="violation",
  rules=["purpose.marketing"], classes=["cross-sell", "paraphrase", "mixed"],
  note="Neutral-sounding invitation to share the experience is combined with a push for matching pillowcases.",
  agent="Miriam Scholz", **{"from": "miriam@schlafgut-leinen.de"},
  subj="Ihre Bettwäsche aus Satin – Bestellung {oid}",
  body="""Guten Tag,

Ihre Satin-Bettwäsche in Salbeigrün (Bestellung {oid}) ist angekommen. Vor dem ersten Gebrauch empfehlen wir eine Wäsche bei 40 °C auf links, damit der Glanz lange erhalten bleibt.

Wenn Sie nach ein paar Nächten Lust haben, Ihre Erfahrung mit anderen Käufern auf Amazon zu teilen, freuen wir uns – ganz gleich, wie sie ausfällt.

Übrigens: Die passenden Kissenbezüge im Format 40 × 80 in Salbeigrün warten schon auf Sie – Sie finden sie in unserem Shop auf Amazon.

Erholsame Nächte wünscht""",
  sig="""Miriam Scholz
Schlafgut Leinen""")

# 19 en
M(lang="en", client="freshdesk", kind="proactive", expect="violation",
  rules=["review.biased_positive"], classes=["paraphrase", "conditional", "elegant", "signature"],
  note="Blender seller asks the buyer to tell other shoppers what they think only if the blender has earned its place.",
  agent="Olivia Grant", **{"from": "support@verdantkitchen.com"},
  subj="Getting the most from your blender – order {oid}",
  body="""Hello,

Your Verdant high-speed blender (order {oid}) should be settled in by now. A tip many owners miss: add liquids first, then soft ingredients, then ice and frozen fruit on top. The blades pull everything down in the right order and you'll rarely need the tamper.

If the blender has earned a permanent spot on your counter, we'd be grateful if you told other shoppers on Amazon what you think of it. Small makers like us live and breathe by those words.

Happy blending,""",
  sig="""Olivia Grant
Verdant Kitchen Customer Care""")

# 20 it
M(lang="it", client="zendesk", kind="proactive", expect="violation",
  rules=["purpose.marketing"], classes=["vip-club", "cross-sell", "paraphrase"],
  note="Perfume seller invites the buyer to think of their new range and to join a reserved club.",
  agent="Alessandro Conti", **{"from": "servizio@profumiconti.it"},
  subj="La sua acqua di colonia – ordine {oid}",
  body="""Gentile cliente,

la sua acqua di colonia al bergamotto (ordine {oid}) è stata consegnata. Per farla durare di più, la conservi lontano dalla luce e la vaporizzi sui polsi e dietro le orecchie, senza strofinare.

Quando sentirà il desiderio di una nuova fragranza, pensi alla nostra nuova gamma invernale, ispirata ai boschi delle Dolomiti. E se lo desidera, può entrare nel nostro Club Essenze: un piccolo gruppo di clienti che riceve in anteprima le novità e condizioni riservate sul prossimo acquisto. Basta rispondere a questo messaggio con la parola «Club».

Con i migliori saluti,""",
  sig="""Alessandro Conti
Profumi Conti – Assistenza""")

# 21 fr
M(lang="fr", client="helpscout", kind="proactive", expect="legit",
  rules=[], classes=["look-alike", "neutral-review-request", "paraphrase", "signature"],
  note="A single neutral invitation to share an impression on the product page, whatever it is.",
  agent="Hélène Garnier", **{"from": "helene@maroquinerie-garnier.fr"},
  subj="Votre sac en cuir grainé – commande {oid}",
  body="""Bonjour,

Votre sac cabas en cuir grainé (commande {oid}) vous a été remis la semaine dernière.

Lorsque vous l'aurez porté un peu, accepteriez-vous de partager votre ressenti en quelques mots sur la page du produit, sur Amazon ? Qu'il soit enthousiaste ou plus réservé, un retour sincère aide les autres acheteurs à choisir en connaissance de cause.

Merci d'avoir choisi notre atelier.

Bien à vous,""",
  sig="""Hélène Garnier
Maroquinerie Garnier""")

# 22 de
M(lang="de", client="outlook", kind="reply", expect="violation",
  rules=["review.incentive"], classes=["piggyback", "paraphrase", "refund-for-review", "quoted-history", "plain-text"],
  note="Reply to a delivery question offers a 5 euro refund once the buyer has shared their experience on Amazon.",
  agent="Felix Brandt", **{"from": "felix.brandt@gartenglueck-shop.de"}, buyer="Herr Kessler",
  subj="Lieferung Hochbeet",
  body="""Guten Tag Herr Kessler,

Ihr Hochbeet aus Lärchenholz (Bestellung {oid}) wurde heute Morgen an die Spedition übergeben. Die Spedition meldet sich ein bis zwei Werktage vorher telefonisch bei Ihnen, um einen Liefertermin abzustimmen; die Lieferung erfolgt bis zur Bordsteinkante.

Noch eine Kleinigkeit: Wenn das Beet steht und Sie Ihre Eindrücke mit anderen Gärtnern auf Amazon teilen, erstatten wir Ihnen als kleines Dankeschön 5 Euro auf diese Bestellung. Ein kurzer Hinweis an uns genügt.

Mit freundlichen Grüßen

Felix Brandt
Gartenglück Versand""",
  quote="""Hallo, wann wird das Hochbeet geliefert? Ich muss wissen, ob ich zu Hause sein muss.
Mfg Kessler""")

# 23 en
M(lang="en", client="edesk", kind="proactive", expect="violation",
  rules=["review.divert_negative", "review.biased_positive"], classes=["paraphrase", "two-sentence", "elegant"],
  note="Wallet seller asks buyers to let them put things right before telling the world, and to share only if it is a delight.",
  agent="Theo Marsh", **{"from": "theo@marshandbuckle.co.uk"}, tld="co.uk",
  subj="Your bridle leather wallet – order {oid}",
  body="""Good afternoon,

Your bridle leather wallet (order {oid}) arrived yesterday. The leather will feel firm at first; it softens and darkens with every week in a pocket, and a pea-sized amount of balm every few months keeps it supple.

Should anything fall short of what you expected, please give us the chance to put it right before you tell the world. And if it turns out to be a small everyday delight, the world – or at least the Amazon product page – would love to hear about it.

With thanks,""",
  sig="""Theo Marsh
Marsh & Buckle Leatherworks""")

# 24 it
M(lang="it", client="gmail", kind="reply", expect="legit",
  rules=[], classes=["look-alike", "refusal", "negation", "quoted-history", "price"],
  note="Seller declines a buyer's request for a partial refund after a price drop, explaining prices are set at purchase.",
  agent="Davide Rinaldi", **{"from": "davide@lampadedesign-rinaldi.it"}, buyer="Chiara",
  subj="Prezzo sceso dopo l'acquisto",
  body="""Buongiorno Chiara,

grazie per averci scritto e per la segnalazione.

Capisco bene il disappunto: la lampada da tavolo che ha acquistato con l'ordine {oid} a 89,00 euro oggi compare a un prezzo più basso. Purtroppo non possiamo riconoscere sconti o rimborsi parziali tramite messaggio: il prezzo è quello in vigore al momento dell'ordine, e le variazioni successive non vengono applicate agli acquisti già conclusi.

Mi dispiace non poterle dare una risposta diversa. Per qualsiasi problema con la lampada resto a disposizione.

Cordiali saluti,""",
  sig="""Davide Rinaldi
Lampade Design Rinaldi""",
  quote="""Salve, ho comprato la lampada la settimana scorsa a 89 euro e ora la vedo a 74. Potete rimborsarmi la differenza o farmi uno sconto?
Grazie, Chiara""")

# 25 fr
M(lang="fr", client="zendesk", kind="proactive", expect="violation",
  rules=["contact.off_platform", "purpose.marketing"], classes=["follower-push", "paraphrase", "signature"],
  note="Jewellery seller invites the buyer to follow them under their handle on the photo app to see new pieces.",
  agent="Léa Fontaine", **{"from": "lea@bijoux-fontaine.fr"},
  subj="Votre bracelet jonc – commande {oid}",
  body="""Bonjour,

Votre bracelet jonc en argent martelé (commande {oid}) est arrivé chez vous. Pour qu'il garde son éclat, retirez-le avant la douche et rangez-le dans sa pochette en coton ; un passage de chiffon doux suffit à raviver l'argent.

Chaque pièce naît à l'établi, dans notre atelier de Lyon. Si vous aimez les coulisses, vous nous retrouverez sous le nom @bijouxfontaine sur l'application de photos : nous y dévoilons chaque mois les nouvelles pièces avant qu'elles n'arrivent sur Amazon.

À très bientôt,""",
  sig="""Léa
Bijoux Fontaine""")

# 26 de
M(lang="de", client="freshdesk", kind="proactive", expect="legit",
  rules=[], classes=["look-alike", "invoice", "attachment", "signature"],
  note="Seller sends the requested VAT invoice as a PDF for the order, with a short courteous note.",
  agent="Katrin Vogel", **{"from": "buchhaltung@buerostuhl-vogel.de"},
  subj="Rechnung zu Ihrer Bestellung {oid}",
  body="""Guten Tag,

im Anhang finden Sie die Rechnung mit ausgewiesener Mehrwertsteuer zu Ihrer Bestellung {oid} (ergonomischer Bürostuhl „Ergo Pro“, Farbe Anthrazit).

Die Rechnung ist auf die Lieferanschrift ausgestellt. Falls Sie eine Firmenanschrift oder USt-IdNr. benötigen, teilen Sie uns diese bitte hier mit, dann stellen wir die Rechnung entsprechend neu aus.

Wir wünschen Ihnen angenehmes Sitzen.

Freundliche Grüße""",
  sig="""Katrin Vogel
Buchhaltung | Bürostuhl Vogel GmbH""",
  pdf={"name": "Rechnung-RE-2026-11873.pdf", "lines": lambda o: [
      "Buerostuhl Vogel GmbH", "Rechnung RE-2026-11873", f"Amazon-Bestellnummer: {o}", "",
      "1 x Ergonomischer Buerostuhl Ergo Pro, Anthrazit   269,00 EUR",
      "Nettobetrag 226,05 EUR", "USt. 19 %  42,95 EUR", "Gesamtbetrag 269,00 EUR", "",
      "Zahlung erfolgt ueber Amazon Payments."]})

# 27 en
M(lang="en", client="gmail", kind="proactive", expect="violation",
  rules=["purpose.marketing"], classes=["repeat-purchase", "paraphrase", "elegant"],
  note="Water-filter seller nudges a repeat purchase of refill cartridges they are keeping aside for the buyer.",
  agent="Nina Patel", **{"from": "nina@clearspringhome.com"},
  subj="Your shower filter – order {oid}",
  body="""Hi,

Your Clearspring shower filter from order {oid} should be installed by now. Hand-tighten only – a wrench can crack the thread – and run the water for a minute before the first shower.

A cartridge lasts around sixty days, so the date to remember is early February. We've set a pair of refills aside with your name on them; when the time comes, they'll be waiting in our Amazon store, and customers who come back for refills always get them at our returning-customer price.

All the best,""",
  sig="""Nina
Clearspring Home""")

# 28 it
M(lang="it", client="outlook", kind="proactive", expect="violation",
  rules=["review.incentive", "purpose.marketing"], classes=["coupon", "paraphrase", "plain-text"],
  note="Bicycle-light seller offers a 10% voucher in return for the buyer telling their experience on Amazon.",
  agent="Stefano Moretti", **{"from": "stefano.moretti@ciclomoretti.it"},
  subj="Le sue luci per bicicletta – ordine {oid}",
  body="""Buongiorno,

le luci LED ricaricabili del suo ordine {oid} sono state consegnate. Prima del primo utilizzo le consigliamo una ricarica completa di tre ore; la spia diventa verde quando la batteria è piena.

Ci farebbe davvero piacere se raccontasse la sua esperienza agli altri ciclisti su Amazon. Come ringraziamento, appena il suo commento sarà visibile le invieremo un buono del 10% da usare sul prossimo acquisto nel nostro negozio.

Pedalate sicure,

Stefano Moretti
Ciclo Moretti – Assistenza clienti""")

# 29 fr
M(lang="fr", client="freshdesk", kind="reply", expect="violation",
  rules=["review.change_or_remove"], classes=["paraphrase", "resolution", "quoted-history"],
  note="After resolving a complaint, the seller asks the buyer to reconsider the comment left on the product page.",
  agent="Nicolas Perrin", **{"from": "sav@cafetieres-perrin.fr"}, buyer="Julien",
  subj="Cafetière qui fuit",
  body="""Bonjour Julien,

Toutes nos excuses pour ce joint défectueux. Une cafetière neuve vous a été expédiée ce matin, sans frais, sous la commande de remplacement liée à {oid} ; vous n'avez pas besoin de nous renvoyer l'ancienne.

Nous avons vu le commentaire que vous avez laissé sur la page du produit, et nous le comprenons parfaitement. Une fois la nouvelle cafetière entre vos mains, si le problème est réglé, auriez-vous la gentillesse de revoir ce que vous avez écrit, pour qu'il reflète la façon dont les choses se sont terminées ?

Bien cordialement,""",
  sig="""Nicolas Perrin
Service après-vente – Cafetières Perrin""",
  quote="""Bonjour, ma cafetière fuit par le bas dès la deuxième utilisation. J'ai déjà mis un commentaire sur Amazon, je suis très déçu. Julien""")

# 30 de
M(lang="de", client="zendesk", kind="proactive", expect="violation",
  rules=["purpose.marketing"], classes=["birthday", "paraphrase", "signature"],
  note="Chocolate seller asks for the buyer's birthday so a present can accompany a future order.",
  agent="Sophie Engel", **{"from": "kundenservice@schokomanufaktur-engel.de"},
  subj="Ihre Pralinen – Bestellung {oid}",
  body="""Guten Tag,

Ihre Pralinenauswahl (Bestellung {oid}) ist gut gekühlt angekommen. Am besten schmecken die Pralinen bei 16 bis 18 Grad; bitte nicht im Kühlschrank lagern, dort bildet sich leicht ein weißer Zuckerschleier.

Verraten Sie uns doch Ihr Geburtsdatum, einfach als Antwort auf diese Nachricht: Wer bei uns Geburtstag hat, findet in der Bestellung rund um seinen Ehrentag eine kleine Überraschung aus unserer Manufaktur.

Süße Grüße aus Aachen""",
  sig="""Sophie Engel
Schokomanufaktur Engel""")
