MSGS = [
dict(n=46, lang="fr", client="zendesk", kind="reply", domain="savonnerie-des-alpilles.fr", agent="Camille de la Savonnerie",
 subject="Re: Un code promo pour ma prochaine commande ?",
 body="""Bonjour Madame Girard,

Merci beaucoup pour votre message, et ravie que le savon au lait d'ânesse vous plaise.

Pour le code promo, nous sommes désolés : la messagerie Amazon ne permet pas aux vendeurs d'envoyer des codes de réduction ou des bons d'achat. Si nous proposons une promotion, elle apparaît directement sur la fiche du produit sur Amazon.

Pour répondre à votre autre question : un savon de 100 g dure environ quatre à six semaines s'il sèche bien entre deux utilisations, idéalement sur un porte-savon ajouré.

Belle journée à vous,""",
 sig="Camille Roux\nService client · Savonnerie des Alpilles\nTicket n° 31842",
 quote="""Bonjour, j'adore vos savons ! Auriez-vous un code promo pour les clientes fidèles ? Et combien de temps dure un savon ?""",
 expect="legit", classes=["refusal", "negation", "quoted-history"],
 note="Refuse d'envoyer un code promo par la messagerie Amazon et répond à la question produit."),

dict(n=47, lang="fr", client="outlook", kind="reply", domain="patisserie-equipement.fr", agent="Nicolas Bernard",
 subject="RE: Robot pâtissier - code erreur E4",
 body="""Bonjour Monsieur Lefèvre,

Je comprends qu'un appel serait plus simple, mais nous ne pouvons pas échanger par téléphone avec les clients Amazon : toute la communication doit passer par cette messagerie, ce qui garde une trace pour vous comme pour nous. Je vous détaille donc la marche à suivre ici.

Le code erreur E4 sur le Pâtissier 1200 signale une surchauffe du moteur, souvent après un pétrissage de pâte très ferme :

- éteignez le robot et débranchez-le ;
- laissez-le refroidir 30 minutes, tête relevée ;
- relancez en vitesse 1 ou 2 seulement pour les pâtes à pain (les vitesses hautes sont pour les blancs et la crème) ;
- ne dépassez pas 1 kg de farine par bol.

Si E4 réapparaît avec une pâte légère, répondez-moi ici et nous organiserons un échange sous garantie.

Bien cordialement,

Nicolas Bernard
Service après-vente
Pâtisserie Équipement SAS""",
 quote="""Le robot s'arrête en plein pétrissage avec E4. Pouvez-vous m'appeler au 06 12 34 56 78 ? Ce serait plus rapide.""",
 expect="legit", classes=["refusal", "code-word", "quoted-history", "buyer-phone-quoted", "signature"],
 note="Refuse un appel et explique le code erreur E4 ; le seul numéro est celui de l'acheteur, dans la citation."),

dict(n=48, lang="fr", client="freshdesk", kind="proactive", domain="petitnid-puericulture.fr", agent="Service sécurité Petit Nid", local="service",
 subject="Avis de sécurité concernant votre commande 171-9930428-5561207 (chauffe-biberon)",
 body="""Bonjour,

Vous avez acheté un chauffe-biberon Petit Nid CB-2 avec la commande 171-9930428-5561207. Le fabricant a lancé un rappel volontaire pour les appareils du lot 0926 : le thermostat peut, dans de rares cas, ne pas couper la chauffe.

Merci de vérifier l'étiquette sous l'appareil :

- si elle indique « LOT 0926 », cessez de l'utiliser et débranchez-le ;
- si un autre lot est indiqué, votre appareil n'est pas concerné.

Pour un appareil concerné, vous pouvez demander le remboursement de cette commande depuis Vos commandes, nous l'accepterons sans retour du produit. Vous pouvez aussi obtenir un appareil de remplacement gratuit auprès du service consommateurs du fabricant (Bébélia SAS, 0 800 555 012, appel gratuit, du lundi au vendredi).

Nous vous prions de nous excuser pour ce désagrément.""",
 sig="Service sécurité Petit Nid",
 expect="legit", classes=["recall", "manufacturer-number", "proactive-needed"],
 note="Avis de rappel proactif avec numéro de commande ; le numéro est celui du service consommateurs du fabricant."),

dict(n=49, lang="fr", client="gmail", html=False, kind="reply", domain="lin-et-lavande.fr", agent="Élodie Marchand",
 subject="Re: Modifier mon avis ?",
 body="""Bonjour Julien,

Contente que la nouvelle housse de couette soit à la bonne taille cette fois.

Pour votre avis, c'est entièrement votre choix et nous ne vous demandons pas de le modifier. À titre d'information seulement, puisque vous posez la question : Amazon permet à chaque client de modifier ou supprimer ses propres commentaires à tout moment, depuis Vos commandes ou dans Votre compte > Vos commentaires.

N'hésitez pas à revenir vers nous ici pour toute autre question.

Bonne soirée,""",
 sig="Élodie Marchand\nLin & Lavande",
 quote="""La housse en 240 est arrivée, parfaite. J'avais mis 2 étoiles à cause de l'erreur. Vous voulez que je change mon avis ?""",
 expect="legit", classes=["review-process", "negation", "quoted-history", "look-alike"],
 note="Explique à l'acheteur qu'il peut modifier son commentaire sur Amazon, sans le lui demander."),

dict(n=50, lang="fr", client="helpscout", kind="reply", domain="velo-atelier-nantais.fr", agent="Hugo Perrin",
 subject="Re: Alignement de prix + facture",
 body="""Bonjour Madame Fontaine,

Merci de nous avoir posé la question.

Nous ne pouvons malheureusement pas nous aligner sur le prix vu chez l'autre revendeur. Notre prix sur Amazon est celui qui s'applique sur Amazon, et nous ne pouvons ni le modifier ni rembourser une différence.

Vous trouverez en pièce jointe la facture de votre commande de l'antivol en U, comme demandé.

Pour votre question technique : l'antivol Bastion U-180 est bien homologué SRA et son anse de 16 mm passe autour d'un cadre et d'une roue de 28 pouces.

Cordialement,""",
 sig="Hugo Perrin\nL'Atelier Vélo Nantais",
 quote="""J'ai vu l'antivol 12 € moins cher ailleurs, vous pouvez faire le même prix ? Et pouvez-vous m'envoyer la facture ?""",
 expect="legit", classes=["refusal", "price-match", "attachment", "quoted-history"],
 note="Refuse un alignement de prix, joint la facture demandée et répond à la question produit.",
 attach=("facture-FA-2026-11482.pdf", "Facture FA-2026-11482", [
   "L'Atelier Velo Nantais - 14 rue de la Fosse, 44000 Nantes - SIRET 812 345 678 00019",
   "Commande Amazon 171-5527094-3318260 du 03/11/2026",
   "1 x Antivol en U Bastion U-180 (SRA)     49,90 EUR TTC",
   "dont TVA 20 %                             8,32 EUR",
   "Total TTC                                49,90 EUR",
   "Paiement : Amazon Payments"])),

dict(n=51, lang="fr", client="edesk", kind="reply", domain="epicerie-du-torrefacteur.fr", agent="Manon", local="commandes",
 subject="Re: Livraison automatique et prix baissé",
 body="""Bonjour Thomas,

Deux réponses à vos questions.

La livraison automatique que vous cherchez s'appelle « Prévoyez et Économisez » : c'est un service d'Amazon, pas le nôtre. Sur la fiche du café en grains Moka 1 kg, choisissez « Prévoyez et Économisez » au lieu de « Achat ponctuel », puis la fréquence qui vous convient. C'est Amazon qui affiche l'éventuelle économie au moment de la commande, et vous pouvez modifier ou annuler l'abonnement quand vous voulez depuis votre compte.

Quant au prix plus bas de samedi, il s'agissait d'une Vente Flash d'Amazon. Ces offres durent quelques heures ou jusqu'à épuisement du stock, et c'est Amazon qui en fixe les horaires ; nous ne pouvons pas appliquer ce prix après coup.

Bonne dégustation,""",
 sig="Manon\nL'Épicerie du Torréfacteur",
 quote="""Peut-on recevoir le café tous les mois automatiquement ? Et pourquoi était-il moins cher samedi ?""",
 expect="legit", classes=["amazon-feature", "refusal", "look-alike", "quoted-history"],
 note="Explique Prévoyez et Économisez et les Ventes Flash comme des fonctionnalités d'Amazon."),

dict(n=52, lang="fr", client="zendesk", kind="proactive", domain="coffrets-de-provence.fr", agent="Léa des Coffrets de Provence",
 subject="Commande 402-8815307-2264119 : code postal du coffret cadeau à vérifier",
 body="""Bonjour,

Merci pour votre commande du coffret cadeau « Douceurs de Provence » (commande 402-8815307-2264119).

Avant l'expédition, nous devons vérifier un point : l'adresse de livraison du cadeau indique Aix-en-Provence avec le code postal 31090, qui correspond à la Haute-Garonne. S'agit-il de 13090 ? Le transporteur risque sinon de renvoyer le colis.

Merci également de nous confirmer le texte de la carte : « Joyeux anniversaire Maman, on t'embrasse – Inès et Karim ».

Dès votre réponse, le coffret part le jour même, sans prix ni facture dans le colis puisque c'est un cadeau.

Bien à vous,""",
 sig="Léa Fabre\nCoffrets de Provence",
 expect="legit", classes=["customisation", "gift", "code-word", "proactive-needed"],
 note="Message proactif nécessaire : code postal incohérent et texte de carte du coffret cadeau à confirmer."),

dict(n=53, lang="fr", client="gmail", kind="proactive", domain="golf-et-green.fr", agent="Bastien Morel",
 subject="Votre club hybride - commande 171-3304872-9915608",
 body="""Bonjour,

Vous avez reçu la semaine dernière votre club hybride Green 4H (commande 171-3304872-9915608). Petit rappel utile : le capuchon fourni a une molette numérotée ; positionnez-la sur « 4 » pour retrouver facilement le club dans votre sac.

Si vous avez un moment, nous serions reconnaissants que vous partagiez votre avis sur Amazon, quel qu'il soit. Les commentaires sincères aident d'autres golfeurs à choisir.

Bonne partie,""",
 sig="Bastien Morel\nGolf & Green",
 expect="legit", classes=["neutral-review-request", "share", "club"],
 note="Une seule demande d'avis neutre, avec numéro de commande et un conseil pratique."),

dict(n=54, lang="fr", client="freshdesk", kind="reply", domain="maison-cuivre-et-fonte.fr", agent="Sandrine Leroy",
 subject="Re: Cocotte de remplacement reçue",
 body="""Bonjour Monsieur Dubois,

Ravis d'apprendre que la nouvelle cocotte est arrivée intacte et que l'émail est parfait cette fois.

Encore désolés pour l'éclat sur la première. Nous avons renforcé nos calages en carton depuis.

Maintenant que votre problème est réglé, pourriez-vous mettre à jour votre avis d'une étoile ? Cela nous aiderait beaucoup.

Bien cordialement,""",
 sig="Sandrine Leroy\nMaison Cuivre & Fonte",
 quote="""Nouvelle cocotte reçue ce matin, impeccable. Merci pour la rapidité.""",
 expect="violation", rules=["review.change_or_remove"], classes=["near-twin", "quoted-history", "soft-request"],
 note="Après avoir réglé le problème, demande à l'acheteur de mettre à jour son avis d'une étoile."),

dict(n=55, lang="fr", client="outlook", kind="reply", domain="eau-claire-filtration.fr", agent="Antoine Garnier",
 subject="RE: Le purificateur coule très lentement",
 body="""Bonjour Madame Mercier,

Un débit qui baisse fortement signifie en général que la cartouche arrive en fin de vie. Neuve, la fontaine filtrante laisse passer environ 1 litre en 3 minutes ; au-delà de 8 minutes, il faut la changer.

Suivez ces étapes :

- videz la fontaine et retirez l'ancienne cartouche en la tournant d'un quart de tour ;
- faites tremper la nouvelle 15 minutes dans l'eau froide ;
- mettez-la en place et jetez les deux premiers remplissages.

Le réservoir est sans BPA et passe au lave-vaisselle, pas la cartouche. Si vous voulez bien me partager le numéro de lot inscrit sous la cartouche, je vérifie qu'elle ne fait pas partie d'une série défectueuse.

Cordialement,

Antoine Garnier
Support technique
Eau Claire Filtration""",
 quote="""L'eau met un quart d'heure à passer dans le filtre. C'est normal ?""",
 expect="legit", classes=["trigger-word", "rate-word", "follow", "share", "free-word", "quoted-history", "signature"],
 note="Conseils techniques ; « débit », « suivez », « partager » et « sans BPA » sont employés au sens ordinaire."),

dict(n=56, lang="fr", client="gorgias", kind="reply", domain="outillage-duval.fr", agent="Maxime Duval",
 subject="Re: Quel embout pour la console ? Un lien ?",
 body="""Bonjour Kevin,

Je ne peux pas vous envoyer de lien par la messagerie Amazon, mais toutes les informations sont sur la fiche du coffret, dans la section « Informations techniques » : je vous résume l'essentiel.

Pour ouvrir la console, il vous faut l'embout tri-lobe Y1,5 pour les vis extérieures, puis le petit tournevis cruciforme PH00 pour la carte. L'embout étoile T6 sert uniquement pour le ventilateur.

Astuce : rangez les vis sur un papier dans l'ordre de démontage, elles n'ont pas toutes la même longueur.

Bon démontage,""",
 sig="Maxime Duval\nOutillage Duval",
 quote="""Quel embout faut-il pour ouvrir une console portable ? Vous avez un lien vers un tuto ?""",
 expect="legit", classes=["refusal", "listing-feature", "stars", "quoted-history"],
 note="Refuse d'envoyer un lien et renvoie à la section de la fiche Amazon ; « embout étoile » est un outil."),

dict(n=57, lang="fr", client="helpscout", kind="proactive", domain="jardin-des-senteurs.fr", agent="Claire Vasseur",
 subject="Votre commande 171-6629301-4470852 a été livrée",
 body="""Bonjour,

Votre diffuseur d'huiles essentielles Brume (commande 171-6629301-4470852) a été livré hier. Pensez à n'utiliser que de l'eau du robinet à température ambiante et à le vider après chaque utilisation.

Laissez-nous 5 étoiles sur Amazon et recevez un bon de 5 € sur votre prochain flacon d'huile essentielle : il suffit de nous répondre avec une capture de votre avis.

À bientôt,""",
 sig="Claire Vasseur\nJardin des Senteurs",
 expect="violation", rules=["review.incentive", "review.biased_positive", "purpose.marketing"], classes=["incentive", "coupon", "stars"],
 note="Demande 5 étoiles en échange d'un bon de 5 € sur un autre produit."),

dict(n=58, lang="fr", client="zendesk", kind="reply", domain="verrerie-du-lac.fr", agent="Julie de la Verrerie du Lac",
 subject="Re: Colis toujours pas arrivé",
 body="""Bonjour Monsieur Petit,

J'ai vérifié votre envoi : selon Colissimo, le colis est en instance au bureau de poste de Villeurbanne depuis vendredi, après un avis de passage. Vous pouvez suivre son statut ici : https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901

Le colis étant chez La Poste, nous ne pouvons pas le faire représenter nous-mêmes. Vous pouvez le retirer au bureau avec une pièce d'identité jusqu'au 21 novembre, ou contacter le service client Colissimo au 36 31 (numéro de La Poste) avec le numéro de suivi 6A12345678901 pour demander une nouvelle livraison.

Si le colis nous revient, nous vous renverrons les verres sans frais.

Cordialement,""",
 sig="Julie Aubert\nVerrerie du Lac",
 quote="""Le suivi dit livré mais je n'ai rien reçu. Où est mon colis ?""",
 expect="legit", classes=["carrier-number", "carrier-link", "quoted-history"],
 note="Répond sur un colis en instance avec le lien de suivi Colissimo et le numéro de La Poste, identifié comme tel."),

dict(n=59, lang="fr", client="edesk", kind="reply", domain="cardiosport-boutique.fr", agent="Yanis", local="sav",
 subject="Re: Ceinture cardio incompatible ?",
 body="""Bonjour Sophie,

La ceinture de fréquence cardiaque CS-3 fonctionne en Bluetooth et en ANT+, elle est donc compatible avec votre montre. Si la fréquence cardiaque ne s'affiche pas, humidifiez les électrodes et ajoutez le capteur depuis le menu Capteurs de la montre, pas depuis celui du téléphone.

Par ailleurs, retrouvez tous nos accessoires cardio sur notre boutique en ligne cardiosport-boutique.fr, avec -15 % sur votre première commande grâce au code BIENVENUE15.

Sportivement,""",
 sig="Yanis\nCardioSport Boutique",
 quote="""Ma montre ne trouve pas la ceinture. Est-ce qu'elle est compatible ?""",
 expect="violation", rules=["purpose.marketing", "contact.off_platform", "links.external"], classes=["near-twin", "rate-word", "coupon", "own-website", "quoted-history"],
 note="Réponse technique correcte suivie d'une promotion pour la boutique en ligne du vendeur avec un code de réduction."),

dict(n=60, lang="fr", client="gmail", kind="reply", domain="electromenager-rhodanien.fr", agent="Romain Chevalier",
 subject="Re: Lave-linge pose libre : suivi et installation",
 body="""Bonjour Madame Lambert,

Pour suivre la livraison de votre lave-linge, le plus simple est de passer par Amazon : dans Vos commandes, cliquez sur « Suivre votre colis » à côté de la commande. Le transporteur vous appellera la veille pour fixer un créneau.

Le modèle LL-8 est un lave-linge en pose libre : il n'a pas besoin d'être encastré et se place directement entre deux meubles, à condition de laisser 2 cm de chaque côté. Avant la première utilisation, n'oubliez pas de retirer les trois vis de transport à l'arrière (la clé est dans le tambour) et de garder les cales en plastique au cas où vous déménageriez.

Comme indiqué sur la fiche Amazon, la porte peut s'inverser ; c'est une opération d'une dizaine de minutes.

Bien cordialement,""",
 sig="Romain Chevalier\nÉlectroménager Rhodanien",
 quote="""Comment je peux suivre la livraison ? Et faut-il un meuble spécial pour l'installer ?""",
 expect="legit", classes=["follow", "free-word", "listing-feature", "amazon-feature", "quoted-history"],
 note="Explique le suivi dans Vos commandes et l'installation d'un lave-linge en pose libre ; « suivre » est au sens ordinaire."),
]
