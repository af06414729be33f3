# Hand-written texts, messages w10-0031 .. w10-0060 (languages cycle en, it, fr, de).
MSGS = []
def M(**k):
    MSGS.append(k)

# 31 en
M(lang="en", client="zendesk", kind="proactive", expect="violation",
  rules=["purpose.marketing"], classes=["vip-club", "paraphrase", "elegant", "signature"],
  note="Tea-ware seller invites the buyer into an 'inner circle' with early access and members' prices.",
  agent="Eleanor Shaw", **{"from": "eleanor@kettleandleaf.co.uk"}, tld="co.uk",
  subj="Your cast-iron teapot – order {oid}",
  body="""Dear customer,

Your cast-iron tetsubin (order {oid}) has arrived. Before the first brew, rinse it with hot water only – no soap – and always empty and dry it with the lid off so the enamel lining stays pristine.

We keep a small circle of customers we like to think of as friends of the house. They hear about each new glaze before anyone else, are offered our limited kiln runs first, and enjoy a members' price on whatever they choose next from our Amazon store. There is a place for you, should you want it: simply reply "count me in".

Yours,""",
  sig="""Eleanor Shaw
Kettle & Leaf""",
  ticket="Ticket 3391027")

# 32 it
M(lang="it", client="gorgias", kind="proactive", expect="violation",
  rules=["review.biased_positive", "contact.off_platform", "purpose.marketing"], classes=["follower-push", "conditional", "paraphrase"],
  note="Yoga-mat seller asks satisfied buyers for their experience on Amazon and to find them as @handle on the photo app.",
  agent="Sara Bellini", **{"from": "sara@respiroyoga.it"},
  subj="Il suo tappetino in sughero – ordine {oid}",
  body="""Ciao,

il tappetino in sughero naturale del tuo ordine {oid} è arrivato. I primi giorni potresti sentire un leggero profumo di sughero: è normale e svanisce presto. Per pulirlo basta un panno umido, niente detergenti aggressivi.

Se la pratica sul nuovo tappetino ti sta dando soddisfazione, raccontalo agli altri acquirenti su Amazon: per un piccolo laboratorio come il nostro vale moltissimo. E se ti va di praticare insieme a noi, ci trovi come @respiro.yoga sull'app delle foto, dove ogni domenica pubblichiamo una breve sequenza.

Namasté,""",
  sig="""Sara
Respiro Yoga""")

# 33 fr
M(lang="fr", client="gmail", kind="reply", expect="legit",
  rules=[], classes=["look-alike", "accessories", "same-listing", "quoted-history"],
  note="Buyer asked for a matching lid; seller says it is an option on the same Amazon listing, no link or other product.",
  agent="Aurélie Caron", **{"from": "aurelie@fonte-et-cuisine.fr"}, buyer="Bernard",
  subj="Couvercle pour la sauteuse",
  body="""Bonjour Bernard,

Merci pour votre message. Le couvercle en verre qui s'adapte à votre sauteuse de 28 cm se trouve sur la même page Amazon que celle de votre achat : dans le sélecteur « Style », juste au-dessus du prix, choisissez « Couvercle seul – 28 cm ». Il est conçu pour ce modèle précis, avec la petite encoche qui laisse passer la vapeur.

Attention à ne pas prendre la version 26 cm, qui apparaît juste à côté : elle est destinée à la poêle de la même gamme.

Bonne cuisine,""",
  sig="""Aurélie Caron
Fonte & Cuisine – Service clients""",
  quote="""Bonjour, j'ai acheté la sauteuse 28 cm (commande {oid}) et je n'ai pas de couvercle. Est-ce que vous en vendez un qui va avec ? Merci. Bernard""")

# 34 de
M(lang="de", client="freshdesk", kind="proactive", expect="violation",
  rules=["review.biased_positive"], classes=["conditional", "paraphrase", "signature"],
  note="Pet-bed seller asks for the buyer's opinion on Amazon only if buyer and dog are satisfied.",
  agent="Lukas Meier", **{"from": "lukas@pfotenruhe.de"},
  subj="Das neue Hundebett – Bestellung {oid}",
  body="""Hallo,

das orthopädische Hundebett aus Ihrer Bestellung {oid} ist angekommen. Manche Hunde brauchen ein paar Tage, bis sie einen neuen Schlafplatz annehmen – ein getragenes T-Shirt von Ihnen auf dem Kissen wirkt oft Wunder.

Sind Sie und Ihr Vierbeiner zufrieden? Dann würden wir uns sehr freuen, wenn Sie Ihre Meinung bei Amazon mit anderen Hundehaltern teilen.

Liebe Grüße""",
  sig="""Lukas Meier
Pfotenruhe – Kundenservice""")

# 35 en
M(lang="en", client="helpscout", kind="reply", expect="legit",
  rules=[], classes=["look-alike", "accessories", "same-listing", "quoted-history"],
  note="Buyer asked where to get spare blades; seller points only to the style option on the same Amazon listing.",
  agent="Ryan Cooper", **{"from": "ryan@keenedgegrooming.com"}, buyer="Marcus",
  subj="Replacement blades for the trimmer",
  body="""Hi Marcus,

Thanks for getting in touch. Replacement blades for your KE-200 trimmer are on the very same Amazon page you ordered from: under "Style" you'll see "Trimmer" and "Replacement blade (2-pack)". The 2-pack is the only blade we make for this model, so there's no risk of picking the wrong one.

A blade usually lasts around six months with weekly use. Adding a drop of the included oil to the teeth every couple of weeks keeps the cut smooth and makes it last noticeably longer.

Cheers,""",
  sig="""Ryan
Keen Edge Grooming – Support""",
  quote="""Hey, love the trimmer (order {oid}). Where can I buy a spare blade so I have one ready when this one gets dull?
Marcus""")

# 36 it
M(lang="it", client="edesk", kind="proactive", expect="violation",
  rules=["purpose.marketing"], classes=["cross-sell", "paraphrase", "mixed"],
  note="Bed-linen seller adds a neutral invitation to share an opinion but pushes matching pillowcases waiting for the buyer.",
  agent="Valentina Costa", **{"from": "valentina@telerieumbre.it"},
  subj="Le sue lenzuola in percalle – ordine {oid}",
  body="""Buongiorno,

le lenzuola in percalle di cotone dell'ordine {oid} sono state consegnate. Al primo lavaggio usi un programma a 40 gradi e le stenda ancora umide: si stireranno quasi da sole.

Se nei prossimi giorni avrà voglia di raccontare la sua esperienza sulla pagina del prodotto, qualunque essa sia, gliene saremo grati.

E per completare il letto, le federe coordinate nello stesso azzurro polvere la stanno aspettando nel nostro negozio su Amazon.

Cordialmente,""",
  sig="""Valentina Costa
Telerie Umbre""")

# 37 fr
M(lang="fr", client="outlook", kind="proactive", expect="violation",
  rules=["purpose.marketing"], classes=["birthday", "loyalty", "plain-text"],
  note="Wine-accessory seller asks for the buyer's birthday and announces loyalty rewards for future orders.",
  agent="Guillaume Besson", **{"from": "g.besson@caviste-accessoires.fr"},
  subj="Votre carafe à décanter – commande {oid}",
  body="""Bonjour,

Votre carafe à décanter en cristal (commande {oid}) vous est parvenue. Pour la rincer, un peu d'eau tiède et quelques grains de riz que l'on fait tourner suffisent ; évitez le lave-vaisselle, qui ternit le cristal.

Nous aimons gâter ceux qui nous font confiance : indiquez-nous simplement votre date d'anniversaire en réponse à ce message, et une attention vous attendra dans la commande qui suivra. Et à partir de votre troisième commande dans notre boutique Amazon, chaque envoi est accompagné d'un petit présent.

Santé et à bientôt,

Guillaume Besson
Caviste Accessoires""")

# 38 de
M(lang="de", client="zendesk", kind="reply", expect="legit",
  rules=[], classes=["look-alike", "refusal", "negation", "quoted-history"],
  note="Seller declines a buyer's request for a volume discount, without pointing to any other offer.",
  agent="Daniel Wolf", **{"from": "service@wolf-werkzeuge.de"}, buyer="M. Hartmann",
  subj="Mengenrabatt für 10 Akkuschrauber",
  body="""Guten Tag Herr Hartmann,

vielen Dank für Ihre Anfrage und das Vertrauen in unsere Akkuschrauber.

Leider können wir über die Amazon-Nachrichten keinen Mengenrabatt gewähren und auch keine Sonderpreise vereinbaren. Es gilt jeweils der Preis, der auf der Produktseite angezeigt wird. Falls Amazon selbst für gewerbliche Kunden Staffelpreise anzeigt, werden diese beim Bestellen automatisch berücksichtigt; darauf haben wir keinen Einfluss.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen""",
  sig="""Daniel Wolf
Kundenservice Wolf Werkzeuge""",
  quote="""Hallo, wir möchten für unsere Werkstatt 10 Stück von dem Akkuschrauber bestellen (wie in Bestellung {oid}). Gibt es dafür einen Rabatt?
Gruß Hartmann""")

# 39 en
M(lang="en", client="outlook", kind="reply", expect="violation",
  rules=["review.incentive"], classes=["refusal-then-incentive", "look-alike", "quoted-history", "plain-text"],
  note="Seller refuses a discount but offers a 10% refund if the buyer tells other shoppers about the product.",
  agent="Megan Fletcher", **{"from": "megan.fletcher@alpinepeakoutdoor.com"}, buyer="Tom",
  subj="Discount on the tent?",
  body="""Hi Tom,

Thanks for your message. I'm afraid we can't lower the price of the tent on your order {oid} – the listing price is the same for everyone.

What I can do is this: once you've had it out on a trip, tell other shoppers on Amazon how it held up, and drop me a line when your post is live. We'll refund 10% of the purchase price as a thank-you for taking the time.

Enjoy the mountains,""",
  sig="""Megan Fletcher
Alpine Peak Outdoor""",
  quote="""Hi, I bought the 2-person tent a couple days ago. Any chance of a discount? I saw it cheaper elsewhere.
Tom""")

# 40 it
M(lang="it", client="freshdesk", kind="proactive", expect="violation",
  rules=["review.divert_negative"], classes=["divert", "paraphrase", "signature"],
  note="Kitchen-scale seller asks the buyer to write to them first, before anything on the product page, if something is off.",
  agent="Luca Ferrara", **{"from": "supporto@bilanceferrara.it"},
  subj="La sua bilancia da cucina – ordine {oid}",
  body="""Buongiorno,

la bilancia digitale dell'ordine {oid} è stata consegnata. Se il display mostra valori ballerini, la appoggi su una superficie ben piana e prema due volte il tasto TARA: si ricalibra in pochi secondi.

Una preghiera: se qualcosa non dovesse funzionare come si aspetta, ci scriva prima di lasciare due righe sulla pagina del prodotto. Quasi sempre possiamo risolvere in giornata, e ci dispiacerebbe che altri acquirenti leggessero di un problema che avremmo potuto sistemare.

Grazie e buona cucina,""",
  sig="""Luca Ferrara
Bilance Ferrara – Assistenza""")

# 41 fr
M(lang="fr", client="helpscout", kind="proactive", expect="violation",
  rules=["review.incentive"], classes=["gift", "next-order", "paraphrase", "signature"],
  note="Stationery seller tucks a gift into the next parcel if the buyer shares their experience on Amazon.",
  agent="Margaux Leroy", **{"from": "margaux@papeterie-leroy.fr"},
  subj="Vos carnets reliés main – commande {oid}",
  body="""Bonjour,

Vos trois carnets reliés à la main (commande {oid}) sont arrivés. Le papier de 120 g accepte l'encre de plume sans traverser ; laissez simplement sécher quelques secondes avant de tourner la page.

Une petite proposition : si vous partagez votre expérience avec ces carnets sur Amazon, nous glisserons un marque-page en laiton gravé dans votre prochain colis. Il vous suffit de nous écrire un mot ici une fois votre texte publié.

Belles pages à vous,""",
  sig="""Margaux Leroy
Papeterie Leroy""")

# 42 de
M(lang="de", client="gmail", kind="proactive", expect="violation",
  rules=["contact.off_platform", "purpose.marketing"], classes=["follower-push", "paraphrase", "elegant"],
  note="Ceramics seller invites the buyer to look behind the scenes by following their handle on the photo app.",
  agent="Clara Neumann", **{"from": "clara@toepferei-neumann.de"},
  subj="Ihre Keramiktassen – Bestellung {oid}",
  body="""Hallo,

Ihre zwei handgedrehten Tassen aus Bestellung {oid} sind angekommen. Die Glasur ist spülmaschinengeeignet, in der Mikrowelle sollten Sie die Tassen mit dem Goldrand aber bitte nicht verwenden.

Jede Tasse entsteht bei uns in der Werkstatt an der Drehscheibe, und jeder Brand ist ein kleines Abenteuer. Wenn Sie neugierig sind, wie Ihre Tasse entstanden ist, begleiten Sie uns doch: Sie finden uns als @toepferei.neumann in der Foto-App, wo wir auch die neuen Glasuren zuerst zeigen.

Herzliche Grüße aus der Werkstatt""",
  sig="""Clara Neumann
Töpferei Neumann""")

# 43 en
M(lang="en", client="edesk", kind="reply", expect="legit",
  rules=[], classes=["look-alike", "product-tip", "quoted-history"],
  note="Reply with care tips to stop a wool throw from pilling, answering the buyer's question.",
  agent="Fiona Reid", **{"from": "fiona@glenmorewoollens.co.uk"}, tld="co.uk", buyer="Alison",
  subj="Bobbles on the wool throw",
  body="""Dear Alison,

Thank you for your note. A little pilling in the first weeks is quite normal with lambswool: loose fibres from the spinning work their way to the surface where the throw rubs against the sofa. It settles down once those short fibres are gone.

To tidy it up, lay the throw flat and use a wool comb or a fabric shaver gently, in one direction. Avoid pulling the bobbles off by hand, which draws out more fibre. Between uses, folding it rather than bunching it over an armrest helps a great deal. If you ever wash it, choose a cold wool cycle and dry it flat.

If it still looks worn after a month, write back with your order number and we will look at it with you.

Kind regards,""",
  sig="""Fiona Reid
Glenmore Woollens""",
  quote="""Hello, my new throw already has bobbles on one side after a week. Is there something I can do?
Alison""")

# 44 it
M(lang="it", client="helpscout", kind="reply", expect="legit",
  rules=[], classes=["look-alike", "product-tip", "quoted-history"],
  note="Reply explaining how to season a new moka pot, answering the buyer's question about a metallic taste.",
  agent="Roberto Galli", **{"from": "roberto@caffettierigalli.it"}, buyer="Martina",
  subj="Sapore metallico dalla moka",
  body="""Buongiorno Martina,

grazie per averci scritto. Il sapore metallico nelle prime preparazioni è tipico delle moka in alluminio nuove e non indica un difetto.

Il rimedio è semplice: prepari tre o quattro caffè di prova, con polvere macinata, e li butti via. Si forma così sulla superficie interna una sottile patina che protegge il gusto. Dopo l'uso sciacqui la moka solo con acqua calda, senza detersivo e senza lavastoviglie, e la lasci asciugare smontata.

Se dopo qualche giorno il sapore persiste, mi scriva pure indicando il numero d'ordine e verifichiamo insieme.

Un saluto cordiale,""",
  sig="""Roberto Galli
Caffettiere Galli – Assistenza clienti""",
  quote="""Salve, ho appena ricevuto la moka da 6 tazze ma il caffè sa di metallo. È normale?
Martina""")

# 45 fr
M(lang="fr", client="freshdesk", kind="proactive", expect="violation",
  rules=["purpose.marketing"], classes=["cross-sell", "paraphrase", "mixed"],
  note="Garden-tool seller adds a neutral invitation for a few words but tells the buyer to think of their new range.",
  agent="Pierre Lemoine", **{"from": "pierre@outils-jardin-lemoine.fr"},
  subj="Votre sécateur forgé – commande {oid}",
  body="""Bonjour,

Votre sécateur forgé (commande {oid}) est arrivé juste à temps pour la taille d'hiver. Après chaque séance, essuyez les lames et déposez une goutte d'huile sur l'axe : il restera précis pendant des années.

Si vous avez un moment, quelques mots sur la page du produit, quels qu'ils soient, seraient précieux pour les autres jardiniers.

Et quand viendra le printemps, pensez à notre nouvelle gamme de greffoirs et de scies d'élagage, forgés dans le même atelier que votre sécateur.

Au plaisir,""",
  sig="""Pierre Lemoine
Outils de Jardin Lemoine""")

# 46 de
M(lang="de", client="edesk", kind="proactive", expect="violation",
  rules=["purpose.marketing"], classes=["loyalty", "paraphrase", "signature"],
  note="Spice seller announces that loyalty is rewarded: every third order brings a free spice tin.",
  agent="Maximilian Roth", **{"from": "max@gewuerzhaus-roth.de"},
  subj="Ihre Gewürze – Bestellung {oid}",
  body="""Guten Tag,

Ihre Gewürzauswahl (Bestellung {oid}) ist angekommen. Ganze Gewürze wie Kreuzkümmel und Koriander entfalten ihr Aroma am besten, wenn Sie sie kurz ohne Fett in der Pfanne rösten und erst dann mörsern.

Treue wird bei uns belohnt: Mit dieser Bestellung haben Sie bereits den ersten Stempel auf Ihrer Sammelkarte. Bei Ihrer dritten Bestellung in unserem Amazon-Shop legen wir eine Dose unseres Ras el-Hanout gratis bei.

Guten Appetit wünscht""",
  sig="""Maximilian Roth
Gewürzhaus Roth""")

# 47 en
M(lang="en", client="gorgias", kind="proactive", expect="violation",
  rules=["review.repeat_request"], classes=["reminder", "paraphrase", "second-request"],
  note="Seller sends a gentle reminder about an earlier request to tell other shoppers what the buyer thinks.",
  agent="Jack Turner", **{"from": "jack@brightnestbaby.com"},
  subj="A gentle follow-up on your order {oid}",
  body="""Hi,

A couple of weeks ago we dropped you a line about the muslin swaddles from order {oid}, asking whether you'd tell other parents on Amazon what you think of them. We know life with a little one leaves very few spare minutes, so this is just a gentle nudge in case our first note got buried.

Whatever your experience, a couple of sentences on the product page help other families choose.

Thanks so much,""",
  sig="""Jack
BrightNest Baby""")

# 48 it
M(lang="it", client="zendesk", kind="reply", expect="violation",
  rules=["review.incentive"], classes=["gift", "piggyback", "quoted-history"],
  note="Reply to a delivery-delay complaint promises a gift if the buyer shares their experience.",
  agent="Giorgia Marchetti", **{"from": "assistenza@giocattolilegnomarchetti.it"}, buyer="Paolo",
  subj="Ritardo nella consegna",
  body="""Gentile Paolo,

ci scusiamo per il ritardo: il corriere ha avuto un problema al centro di smistamento di Bologna e il pacco con il trenino in legno (ordine {oid}) è ripartito ieri sera. La consegna è ora prevista per giovedì.

Per farci perdonare, se una volta arrivato vorrà condividere la sua esperienza sulla pagina del prodotto, le spediremo in omaggio il vagone merci coordinato.

Restiamo a sua disposizione.

Cordiali saluti,""",
  sig="""Giorgia Marchetti
Giocattoli in Legno Marchetti""",
  quote="""Buongiorno, il trenino doveva arrivare lunedì per il compleanno di mio figlio e non è ancora arrivato. Cosa succede?
Paolo""")

# 49 fr
M(lang="fr", client="zendesk", kind="reply", expect="legit",
  rules=[], classes=["look-alike", "product-tip", "quoted-history"],
  note="Reply explaining how to keep a sourdough starter alive, answering the buyer's question about the kit.",
  agent="Élodie Masson", **{"from": "elodie@fournil-masson.fr"}, buyer="Claire",
  subj="Levain qui ne monte pas",
  body="""Bonjour Claire,

Merci pour votre message. Un levain qui reste plat les premiers jours, c'est très fréquent, surtout en hiver : il a surtout besoin de chaleur.

Placez le bocal dans un endroit à 24–26 °C, par exemple le four éteint avec la lumière allumée. Nourrissez-le une fois par jour avec la même quantité de farine de seigle et d'eau tiède non chlorée (une eau de source en bouteille convient très bien), après en avoir retiré la moitié. Au bout de quatre à cinq jours, il devrait doubler de volume en quelques heures.

N'hésitez pas à revenir vers moi si ce n'est pas le cas, je vous aiderai à trouver la cause.

Bonne fournée,""",
  sig="""Élodie Masson
Le Fournil Masson""",
  quote="""Bonjour, j'ai reçu le kit levain (commande {oid}) mais après 3 jours rien ne se passe, pas de bulles. Est-ce que j'ai fait une erreur ?
Claire""")

# 50 de
M(lang="de", client="helpscout", kind="proactive", expect="legit",
  rules=[], classes=["look-alike", "neutral-review-request", "paraphrase", "signature"],
  note="A single neutral invitation to share the experience with other buyers, explicitly whether good or bad.",
  agent="Johanna Schulz", **{"from": "johanna@lampenmanufaktur-schulz.de"},
  subj="Ihre Stehleuchte – Bestellung {oid}",
  body="""Guten Tag,

Ihre Stehleuchte aus Messing (Bestellung {oid}) wurde vor einigen Tagen zugestellt.

Wenn Sie sie eine Weile genutzt haben, würden Sie Ihre Erfahrung mit anderen Käufern auf der Amazon-Produktseite teilen? Ob Lob oder Kritik: Ein ehrlicher Eindruck hilft anderen bei der Entscheidung und uns dabei, besser zu werden.

Vielen Dank, dass Sie bei uns bestellt haben.

Mit freundlichen Grüßen""",
  sig="""Johanna Schulz
Lampenmanufaktur Schulz""")

# 51 en
M(lang="en", client="freshdesk", kind="proactive", expect="violation",
  rules=["review.incentive", "purpose.marketing"], classes=["gift", "next-order", "paraphrase", "photo"],
  note="Planter seller tucks 'a little something' into the next order if the buyer posts a photo and a few words on the product page.",
  agent="Lily Evans", **{"from": "lily@terraformplanters.com"},
  subj="Your ceramic planters – order {oid}",
  body="""Hello,

Your set of three ceramic planters (order {oid}) arrived today. Each has a drainage hole and a cork plug; if you're planting succulents, leave the plug out and add a layer of grit at the bottom.

We love seeing where our pots end up. If you share a photo of yours in use, with a few words about them, on the Amazon product page, we'll tuck a little something into your next order – a tiny trailing-plant pot that isn't in our range yet.

Happy planting,""",
  sig="""Lily Evans
Terraform Planters""")

# 52 it
M(lang="it", client="outlook", kind="proactive", expect="violation",
  rules=["purpose.marketing"], classes=["birthday", "plain-text", "paraphrase"],
  note="Pastry-tin seller asks for the buyer's birthday to send a birthday discount on the next order.",
  agent="Silvia Romano", **{"from": "silvia.romano@stampidolciromano.it"},
  subj="I suoi stampi per dolci – ordine {oid}",
  body="""Buongiorno,

gli stampi in alluminio anodizzato dell'ordine {oid} sono stati consegnati. Prima del primo utilizzo li lavi con acqua calda e li unga leggermente con burro: i dolci si staccheranno senza fatica.

Ci piace festeggiare con chi ci sceglie. Se ci scrive il giorno del suo compleanno, rispondendo a questo messaggio, nel mese della sua festa le riserveremo un prezzo speciale su qualunque articolo del nostro negozio Amazon.

Dolci saluti,

Silvia Romano
Stampi Dolci Romano""")

# 53 fr
M(lang="fr", client="gmail", kind="proactive", expect="violation",
  rules=["review.biased_positive"], classes=["conditional", "paraphrase", "elegant"],
  note="Teapot seller asks for the buyer's impression on Amazon only if the teapot has found its place in their kitchen.",
  agent="Anne-Sophie Blanc", **{"from": "annesophie@the-et-porcelaine.fr"},
  subj="Votre théière en porcelaine – commande {oid}",
  body="""Bonjour,

Votre théière en porcelaine de Limoges (commande {oid}) est arrivée chez vous. Pour un thé vert, laissez l'eau redescendre autour de 75 °C avant de la verser ; pour un thé noir, l'eau frémissante convient parfaitement.

Si notre théière a trouvé sa place dans votre cuisine et dans vos habitudes, votre ressenti sur Amazon toucherait beaucoup notre petite maison, et guiderait d'autres amateurs de thé.

Avec nos pensées les plus chaleureuses,""",
  sig="""Anne-Sophie Blanc
Thé & Porcelaine""")

# 54 de
M(lang="de", client="freshdesk", kind="reply", expect="violation",
  rules=["review.change_or_remove"], classes=["resolution", "paraphrase", "quoted-history"],
  note="After sending a replacement, the seller asks the buyer to reconsider the post they wrote on the product page.",
  agent="Sebastian Krause", **{"from": "service@krause-rucksack.de"}, buyer="Frau Albrecht",
  subj="Reißverschluss kaputt",
  body="""Guten Tag Frau Albrecht,

es tut uns sehr leid, dass der Reißverschluss Ihres Rucksacks schon nach so kurzer Zeit nachgegeben hat. Wir haben Ihnen heute kostenlos einen neuen Rucksack zu Bestellung {oid} geschickt; den alten dürfen Sie behalten oder entsorgen.

Wir haben gesehen, dass Sie Ihren Ärger auf der Produktseite geschildert haben – völlig verständlich. Wenn der Ersatz Sie überzeugt, wären wir Ihnen sehr verbunden, wenn Sie Ihren Beitrag dort noch einmal überdenken und an den Ausgang der Geschichte anpassen würden.

Freundliche Grüße""",
  sig="""Sebastian Krause
Krause Rucksäcke – Kundenservice""",
  quote="""Der Reißverschluss ist nach 2 Wochen gerissen. Ich habe das auch bei Amazon geschrieben. Was machen Sie jetzt?
C. Albrecht""")

# 55 en
M(lang="en", client="helpscout", kind="proactive", expect="violation",
  rules=["purpose.marketing"], classes=["cross-sell", "paraphrase", "elegant"],
  note="Duvet seller tells the buyer the matching pillowcases are waiting for them.",
  agent="Grace Holloway", **{"from": "grace@cloudweavebedding.com"},
  subj="Your bamboo duvet cover – order {oid}",
  body="""Hello,

Your bamboo duvet cover in Slate (order {oid}) was delivered on Monday. Bamboo lyocell is happiest washed cool, at 30°C, and dried on low – high heat makes it lose that cool, silky feel.

The bed isn't quite finished without them: the matching pillowcases in the same Slate are waiting for you in our Amazon store, cut from the very same bolt so the colour is a perfect match.

Sleep well,""",
  sig="""Grace Holloway
Cloudweave Bedding""")

# 56 it
M(lang="it", client="freshdesk", kind="reply", expect="legit",
  rules=[], classes=["look-alike", "accessories", "same-listing", "quoted-history"],
  note="Buyer asked for a replacement glass carafe; seller points only to the option on the same Amazon listing.",
  agent="Andrea Villa", **{"from": "andrea@bollitorivilla.it"}, buyer="Lorenzo",
  subj="Caraffa di ricambio",
  body="""Buongiorno Lorenzo,

mi dispiace per la caraffa rotta. La caraffa di ricambio compatibile con la sua caffettiera a filtro si trova sulla stessa pagina Amazon da cui ha fatto l'acquisto: nel menu «Stile», sopra il prezzo, selezioni «Caraffa in vetro di ricambio 1,25 L».

È l'unica caraffa compatibile con questo modello, perché il coperchio ha il meccanismo antigoccia che si innesta sulla piastra.

Cordiali saluti,""",
  sig="""Andrea Villa
Bollitori Villa – Assistenza clienti""",
  quote="""Salve, mi è caduta la caraffa della macchina per caffè americano (ordine {oid}). Vendete la caraffa da sola?
Lorenzo""")

# 57 fr
M(lang="fr", client="edesk", kind="proactive", expect="violation",
  rules=["purpose.marketing"], classes=["vip-club", "coupon", "paraphrase"],
  note="Knitwear seller invites the buyer into a 'club des initiés' with a private code for the next purchase.",
  agent="Sandrine Aubert", **{"from": "sandrine@tricots-aubert.fr"},
  subj="Votre pull en mérinos – commande {oid}",
  body="""Bonjour,

Votre pull en laine mérinos (commande {oid}) vous est parvenu. Lavez-le à la main, à l'eau froide, et faites-le sécher à plat sur une serviette : il gardera sa forme pendant des hivers.

Vous faites désormais partie des personnes à qui nous aimons réserver nos attentions. Notre club des initiés donne accès aux nouvelles couleurs quinze jours avant leur mise en ligne, ainsi qu'au code INITIES10 valable sur votre prochain achat dans notre boutique Amazon.

Chaleureusement,""",
  sig="""Sandrine Aubert
Tricots Aubert""")

# 58 de
M(lang="de", client="outlook", kind="proactive", expect="violation",
  rules=["review.divert_negative"], classes=["divert", "plain-text", "paraphrase"],
  note="Headphone seller asks buyers to contact them before describing any problem to other buyers on Amazon.",
  agent="Niklas Hahn", **{"from": "niklas.hahn@klangraum-audio.de"},
  subj="Ihre Kopfhörer – Bestellung {oid}",
  body="""Guten Tag,

Ihre kabellosen Kopfhörer (Bestellung {oid}) sollten inzwischen bei Ihnen sein. Für die erste Kopplung halten Sie die Einschalttaste sieben Sekunden gedrückt, bis die LED abwechselnd blau und rot blinkt.

Eine Bitte hätten wir: Falls etwas nicht so funktioniert wie erwartet, melden Sie sich bitte zuerst bei uns, bevor Sie Ihre Erfahrung auf Amazon mit anderen teilen. Meist lässt sich das Problem mit einem Firmware-Update in wenigen Minuten beheben.

Viele Grüße

Niklas Hahn
Klangraum Audio Support""")

# 59 en
M(lang="en", client="zendesk", kind="proactive", expect="violation",
  rules=["contact.off_platform", "purpose.marketing"], classes=["follower-push", "paraphrase", "signature"],
  note="Puzzle seller asks the buyer to tag them on the photo app when the jigsaw is finished, to be featured.",
  agent="Hannah Brooks", **{"from": "hannah@quietcornerpuzzles.com"},
  subj="Your 1000-piece puzzle – order {oid}",
  body="""Hi,

Your 1000-piece "Harbour at Dusk" puzzle (order {oid}) has arrived. A tip from the studio: sort the edge pieces first, then group the sky by the direction of the brush strokes – it's the trickiest part of this one.

When the last piece clicks in, we'd love to see it. Snap a picture and tag us – we're @quietcornerpuzzles on the photo app. Every month we feature a few finished puzzles and give their makers first look at the next release.

Happy puzzling,""",
  sig="""Hannah
Quiet Corner Puzzles""")

# 60 it
M(lang="it", client="gmail", kind="proactive", expect="violation",
  rules=["review.biased_positive", "review.incentive", "purpose.marketing"], classes=["conditional", "coupon", "paraphrase"],
  note="Olive-oil seller asks satisfied buyers for a few lines on Amazon and thanks them with a code for the next purchase.",
  agent="Tommaso Esposito", **{"from": "tommaso@frantoioesposito.it"},
  subj="Il suo olio extravergine – ordine {oid}",
  body="""Buongiorno,

le due latte di olio extravergine dell'ordine {oid} sono arrivate. Lo conservi al buio e al fresco, e una volta aperta la latta lo travasi in una bottiglia scura: manterrà il profumo di oliva verde per mesi.

Se il nostro olio ha conquistato la sua tavola, ci farebbe un grande regalo lasciando due righe sulla pagina del prodotto su Amazon. Per ringraziarla, al suo prossimo ordine potrà usare il codice FRANTOIO10.

Un caro saluto dalla Puglia,""",
  sig="""Tommaso Esposito
Frantoio Esposito""")
