MESSAGES = [
{
 "id": "w8-0021", "date": "2026-11-29 13:25", "lang": "fr", "client": "gorgias", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["refusal", "discount-by-amazon", "bpa-free", "look-alike", "quoted-history"],
 "note": "Explains that the 10 % discount was an Amazon promotion that cannot be applied afterwards; bottle is free of BPA.",
 "from_name": "Camille – Gourdes Azur", "from_addr": "service@gourdes-azur.fr",
 "subject": "Re: Remise Black Friday",
 "buyer": "Nathalie",
 "body": """Bonjour Nathalie,

Merci pour votre message.

La remise de 10 % que vous avez vue sur la gourde isotherme 750 ml était une promotion gérée par Amazon pendant le Black Friday, du 23 au 27 novembre. Votre commande 171-4420983-6617205 a été passée le 28, après la fin de l'offre. Nous ne pouvons malheureusement pas appliquer cette remise après coup, ni vous envoyer de code de réduction.

Pour répondre à votre autre question : oui, la gourde est entièrement sans BPA, y compris le bouchon et la paille, et l'intérieur est en inox 18/8. Elle garde les boissons froides 24 h et chaudes 12 h.

Bonne journée à vous,""",
 "sig": """Camille
Service client Gourdes Azur""",
 "quoted": """Bonjour, j'ai commandé la gourde hier mais la remise de 10% n'a pas été appliquée alors que je l'avais vue la veille. Pouvez-vous me rembourser la différence ou m'envoyer un code ? Et est-ce que le bouchon est aussi sans BPA ?
Merci, Nathalie""",
},
{
 "id": "w8-0022", "lang": "fr", "client": "zendesk", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["companion-app", "share-photos", "follow-instructions", "review-your-case", "look-alike"],
 "note": "Robot vacuum support: companion app on the Amazon Appstore, follow the instructions, share photos of the damage here, we will review the case.",
 "from_name": "Support Nettoibot", "from_addr": "support@nettoibot.fr",
 "subject": "Re: Robot aspirateur – brosse latérale cassée (commande 402-8837106-2215549)",
 "buyer": "Client Amazon",
 "body": """Bonjour Monsieur Garnier,

Merci de nous avoir contactés au sujet de votre robot aspirateur Nettoibot S7.

Pour la cartographie qui ne s'enregistre pas : il faut d'abord installer l'application compagnon « Nettoibot Home », disponible sur l'Amazon Appstore et sur les stores habituels. Suivez ensuite les instructions de l'écran « Ajouter un appareil », puis lancez un premier nettoyage complet sans interruption : la carte n'est enregistrée qu'à la fin de ce premier passage.

Pour la brosse latérale arrivée cassée : pourriez-vous partager ici, dans cette conversation, deux photos des dégâts (la brosse et le carton d'emballage) ? Nous examinerons votre dossier dès réception et, si la casse date du transport, nous vous enverrons une brosse de remplacement sans frais.""",
 "sig": """Cordialement,
Élodie
Service client Nettoibot""",
 "quoted": """Bonjour, mon robot ne garde pas la carte de l'appartement et en plus une des brosses sur le côté est cassée depuis la livraison. Que faire ?""",
},
{
 "id": "w8-0023", "lang": "fr", "client": "helpscout", "kind": "proactive", "expect": "violation",
 "rules": ["review.incentive"],
 "classes": ["review-request", "incentive", "gift", "paraphrase", "order-id"],
 "note": "Review request promising a small gift once the review is published.",
 "from_name": "Maison Sève Cosmétiques", "from_addr": "bonjour@maison-seve.fr",
 "subject": "Votre sérum Sève Éclat – commande 171-2209457-3308861",
 "body": """Bonjour,

Votre sérum Sève Éclat (commande 171-2209457-3308861) vous a été livré il y a quelques jours. Pour de meilleurs résultats, appliquez 3 à 4 gouttes le soir sur peau propre, et attendez une minute avant votre crème de nuit.

Nous serions ravis de connaître votre avis sur Amazon. Une fois votre commentaire publié, répondez simplement à ce message : un petit cadeau de notre part vous attend, en remerciement du temps que vous y aurez consacré.""",
 "sig": """Belle journée,
L'équipe Maison Sève""",
},
{
 "id": "w8-0024", "date": "2026-11-20 09:10", "lang": "fr", "client": "outlook", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["star-rating-spec", "energy-label", "look-alike", "quoted-history"],
 "note": "Answers questions about a mini fridge's freezer star rating (****) and energy label class E.",
 "from_name": "Julien Mercier", "from_addr": "j.mercier@froid-menager.fr",
 "subject": "RE: Question congélateur",
 "buyer": "Sophie Lambert",
 "qdate_str": "jeudi 19 novembre 2026 14:22",
 "qsubject": "Question congélateur",
 "body": """Bonjour Madame Lambert,

Merci pour votre question sur le réfrigérateur table top FM-90.

Le compartiment congélation est bien classé 4 étoiles (****) : il descend à -18 °C et plus, ce qui permet de congeler des aliments frais et de les conserver plusieurs mois, pas seulement de stocker des surgelés déjà achetés. Les modèles 2 étoiles, eux, ne conviennent qu'à la conservation de courte durée.

Côté consommation, l'appareil est en classe énergétique E sur la nouvelle étiquette énergie, soit 154 kWh par an. C'est l'équivalent de l'ancienne classe A+.

Le volume utile du congélateur est de 16 litres, ce qui correspond à environ quatre bacs à glaçons et deux ou trois sacs de légumes.""",
 "sig": """Bien cordialement,
Julien Mercier
Service clients Froid Ménager""",
 "quoted": """Bonjour, sur la fiche du FM-90 il y a écrit congélateur **** : ça veut dire quoi exactement ? Et quelle est sa classe énergétique ? Merci
Sophie Lambert""",
},
{
 "id": "w8-0025", "lang": "fr", "client": "freshdesk", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["negation", "quoted-review", "review-your-case", "refund-by-amazon", "quoted-history"],
 "note": "The buyer quotes their own 2-star review; the seller arranges the return and says it will not ask them to change it.",
 "from_name": "Atelier Pierre & Lin", "from_addr": "sav@pierre-et-lin.fr",
 "subject": "Re: Nappe décolorée après lavage",
 "buyer": "Véronique",
 "body": """Bonjour Véronique,

Nous sommes désolés que la nappe en lin « Provence » ait déteint dès le premier lavage à 30 °C. Ce n'est pas normal pour ce tissu.

Nous allons examiner votre dossier avec notre atelier de teinture afin de comprendre d'où vient le problème. En attendant, vous n'avez pas besoin d'attendre notre analyse : vous pouvez demander le retour directement depuis « Vos commandes » sur Amazon (commande 405-6638201-9945517). Les frais de retour sont à notre charge et Amazon vous remboursera dès que le colis sera scanné par le transporteur.

Quant à votre commentaire sur Amazon, il vous appartient : nous ne vous demanderons pas de le modifier. Il nous aide au contraire à repérer ce genre de défaut.""",
 "sig": """Bien à vous,
Hugo
Service après-vente – Atelier Pierre & Lin""",
 "quoted": """Bonjour, j'ai laissé un avis 2 étoiles car ma nappe a complètement déteint au lavage (« couleurs délavées après un seul lavage, déçue »). Je voudrais être remboursée.
Véronique""",
},
{
 "id": "w8-0026", "lang": "fr", "client": "gmail", "kind": "reply", "expect": "violation",
 "rules": ["purpose.marketing", "contact.off_platform"],
 "classes": ["newsletter", "own-website", "quoted-history", "look-alike"],
 "note": "Buyer asks about restocks; seller points to a newsletter on its own web shop.",
 "from_name": "Maison Lavande", "from_addr": "contact@maison-lavande.fr",
 "subject": "Re: Réassort bougie Figuier",
 "buyer": "Claire",
 "body": """Bonjour Claire,

Merci beaucoup pour votre message, et ravis que la bougie Figuier vous ait plu !

Elle est en rupture pour le moment : la prochaine coulée est prévue pour la mi-décembre.

Nous n'avons pas de newsletter sur Amazon, mais vous pouvez vous inscrire à notre lettre d'information sur notre boutique en ligne maison-lavande.fr : vous serez prévenue dès le retour de la Figuier, et vous découvrirez aussi nos nouvelles senteurs d'hiver en avant-première.""",
 "sig": """Douce journée,
Inès
Maison Lavande""",
 "quoted": """Bonjour, la bougie Figuier est indiquée indisponible. Savez-vous quand elle revient ? Avez-vous une newsletter pour être prévenue ?
Claire""",
},
{
 "id": "w8-0027", "lang": "fr", "client": "edesk", "kind": "proactive", "expect": "legit", "rules": [],
 "classes": ["customisation", "gift-wrap", "look-alike", "order-id"],
 "note": "Proactive personalisation request for an embroidered cushion; mentions the gift wrapping the buyer selected.",
 "from_name": "Brodeuses de Loire", "from_addr": "commandes@brodeuses-de-loire.fr",
 "subject": "Prénom à broder – commande 402-1197730-6650284",
 "body": """Bonjour,

Merci pour votre commande 402-1197730-6650284 : un coussin brodé personnalisé, coloris lin naturel.

Le champ de personnalisation nous est parvenu vide. Pourriez-vous nous indiquer, en réponse à ce message :
- le prénom ou le texte à broder (12 caractères maximum) ;
- la couleur du fil : vieux rose, bleu nuit ou ocre.

Nous avons bien noté que vous avez choisi l'option emballage cadeau : le coussin sera emballé dans du papier kraft avec votre message « Pour Lou, bienvenue ! », sans facture ni prix dans le colis.

Dès réception de votre réponse, la broderie sera réalisée sous 48 h et le colis partira aussitôt.""",
 "sig": """Bien cordialement,
Margaux
Brodeuses de Loire""",
},
{
 "id": "w8-0028", "lang": "fr", "client": "zendesk", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["refusal", "quoted-contact", "contact-amazon", "negation", "quoted-history"],
 "note": "Declines the buyer's request to talk on WhatsApp or by phone (buyer's number only in the quote) and points to Amazon customer service.",
 "from_name": "Service client Vélo Éclair", "from_addr": "support@velo-eclair.fr",
 "subject": "Re: Colis non reçu – commande 171-5582014-0073398",
 "buyer": "Client Amazon",
 "body": """Bonjour Monsieur Roux,

Nous comprenons votre inquiétude au sujet de votre antivol en U.

Nous ne pouvons pas échanger par WhatsApp ni par téléphone : toutes nos réponses passent par la messagerie Amazon, ce qui garde une trace de nos échanges pour vous comme pour nous.

D'après le suivi Colissimo, le colis a été déposé hier à 17 h 40 au point relais « Tabac de la Gare ». Un avis de passage a dû vous être envoyé par SMS. Si le point relais ne le retrouve pas, contactez le service client d'Amazon depuis « Vos commandes » → « Problème avec la commande » : ils pourront ouvrir une enquête ou vous rembourser directement.""",
 "sig": """Cordialement,
Thomas
Vélo Éclair""",
 "quoted": """Bonjour, le suivi dit livré mais je n'ai rien reçu. C'est plus simple par WhatsApp, voici mon numéro : 06 12 48 73 90. Merci de me rappeler.
Antoine Roux""",
},
{
 "id": "w8-0029", "lang": "fr", "client": "gorgias", "kind": "proactive", "expect": "violation",
 "rules": ["purpose.marketing", "contact.off_platform"],
 "classes": ["delay-notice", "social-media", "follow-us", "look-alike", "order-id"],
 "note": "A legitimate delay notice that ends by inviting the buyer to follow the brand on Instagram for news.",
 "from_name": "Atelier Brume", "from_addr": "hello@atelier-brume.fr",
 "subject": "Retard d'expédition – commande 405-3319627-8820144",
 "body": """Bonjour,

Nous vous écrivons au sujet de votre commande 405-3319627-8820144 : un plaid en laine mérinos, coloris brume.

Notre tisserand a pris quelques jours de retard sur ce coloris, et votre plaid ne pourra être expédié que le 2 décembre au lieu du 26 novembre. La nouvelle date de livraison estimée est le 5 décembre. Si ce délai ne vous convient pas, répondez-nous simplement et nous annulerons la commande de notre côté, sans aucun frais.

En attendant, suivez-nous sur Instagram (@atelier.brume) : nous y montrons les coulisses du tissage et nos prochaines collections.""",
 "sig": """Avec toutes nos excuses,
L'équipe Atelier Brume""",
},
{
 "id": "w8-0030", "date": "2026-11-20 08:15", "lang": "fr", "client": "helpscout", "kind": "proactive", "expect": "legit", "rules": [],
 "classes": ["attachment", "invoice", "vat-id", "seller-address", "order-id"],
 "note": "Proactive invoice with a PDF showing the seller's address, SIRET and intra-EU VAT number.",
 "from_name": "Comptabilité Papeterie Berthier", "from_addr": "facturation@papeterie-berthier.fr",
 "subject": "Votre facture – commande 171-8804126-3357720",
 "body": """Bonjour,

Veuillez trouver ci-joint la facture correspondant à votre commande Amazon 171-8804126-3357720 (agenda 2027 relié cuir, format A5).

Si vous avez besoin d'une facture au nom de votre société, indiquez-nous simplement la raison sociale et l'adresse de facturation en réponse à ce message, et nous vous en établirons une nouvelle.""",
 "sig": """Cordialement,
Service comptabilité
Papeterie Berthier""",
 "attach": [{"filename": "Facture_PB-2026-2291.pdf", "lines": [
    "Papeterie Berthier SARL", "12 rue des Tanneurs", "69002 Lyon, France",
    "SIRET 812 447 390 00021", "N° TVA intracommunautaire : FR 47 812447390", "",
    "FACTURE N° PB-2026-2291", "Date : 20/11/2026", "Commande Amazon : 171-8804126-3357720", "",
    "1 x Agenda 2027 relié cuir, A5, cognac     34,90 EUR TTC", "Total HT : 29,08 EUR", "TVA 20 % : 5,82 EUR", "Total TTC : 34,90 EUR", "",
    "Réglé via Amazon Payments."]}],
},
]
