LOGO = lambda href, src, alt: f'<p><a href="{href}"><img src="{src}" alt="{alt}" width="150" height="50"></a></p>'
MSGS = [
dict(c="zd", k="r", r=[], cl=["quoted-history", "sizing", "fashion"], n="Conseille une taille de pull à partir des mesures données par l'acheteuse.",
 f="Camille Roux <camille@maille-et-merveille.fr>", s="Re: Quelle taille pour le pull marin ?", qn="Élodie",
 q="""Bonjour, je fais 1m65, tour de poitrine 92 cm, et j'aime quand c'est un peu ample. Je prends le M ou le L ?""",
 b="""Bonjour Élodie,

Merci pour ces mesures, c'est beaucoup plus simple pour vous conseiller !

Notre pull marin taille assez près du corps. En M, le tour de poitrine du vêtement fait 98 cm, soit 6 cm d'aisance : il sera ajusté sans serrer. En L, il fait 106 cm, ce qui donne le tombé un peu ample que vous recherchez, et les manches restent correctes pour votre taille (62 cm).

Je vous conseillerais donc le L.

Belle journée,
Camille
Service clients Maille & Merveille"""),

dict(c="fd", k="r", r=["contact.phone_number", "links.external"], cl=["signature", "returns", "quoted-history"], n="Explique un retour de casque audio, mais la signature donne le téléphone et le site de la boutique.",
 f="Service client SonoPrime <sav@sonoprime.fr>", s="Re: Casque qui grésille", qn="Karim",
 q="""Le casque grésille côté gauche dès que je monte le volume. Je voudrais un échange.""",
 b="""Bonjour Karim,

Désolés pour ce souci. Un grésillement d'un seul côté vient presque toujours du haut-parleur, ce n'est pas réparable à distance.

Vous pouvez demander un remplacement depuis « Vos commandes » sur Amazon, motif « Article défectueux ». L'étiquette de retour est gratuite et le nouveau casque part dès que le colis est scanné par le transporteur.

Bien cordialement,
Julien Marchand
SonoPrime – Service après-vente
Tél. : 04 72 19 83 40
www.sonoprime.fr"""),

dict(c="gg", k="p", r=[], cl=["order-problem", "relay-point"], n="Prévient que le point relais choisi a fermé et demande un autre point.",
 f="Inès de Bocaux & Cie <ines@bocauxetcie.fr>", s="Votre commande 405-3380194-2271846 : point relais fermé",
 b="""Bonjour,

Je vous écris au sujet de votre commande 405-3380194-2271846 (lot de 6 bocaux en verre 1 L).

Le point relais que vous aviez sélectionné, Tabac de la Mairie à Vénissieux, nous a été signalé comme fermé définitivement par Mondial Relay. Pour éviter que le colis ne reste bloqué, pourriez-vous nous indiquer un autre point relais proche de chez vous, ou nous dire si vous préférez une livraison à domicile (sans frais supplémentaires) ?

Le colis est prêt et partira le jour même de votre réponse.

Merci et bonne journée,
Inès
Bocaux & Cie"""),

dict(c="hs", k="p", r=[], cl=["review-request", "neutral"], n="Une seule demande d'avis, neutre, après livraison d'une poêle en fonte.",
 f="Mathieu Garnier <mathieu@fonte-et-flamme.fr>", s="Votre poêle en fonte – commande 403-6629175-0048315",
 b="""Bonjour,

Votre poêle en fonte 28 cm (commande 403-6629175-0048315) vous a été livrée il y a une dizaine de jours.

Si vous avez un moment, nous vous serions reconnaissants de laisser un avis sur Amazon pour partager votre expérience, quelle qu'elle soit. Cela aide d'autres cuisiniers à choisir.

Un petit conseil au passage : après chaque utilisation, essuyez-la encore tiède et passez une fine couche d'huile, elle se culottera bien plus vite.

Cordialement,
Mathieu Garnier
Fonte & Flamme"""),

dict(c="ed", k="p", r=["review.biased_positive", "review.divert_negative"], cl=["review-request", "conditional", "two-branches"], n="Demande 5 étoiles aux clients satisfaits et invite les autres à écrire d'abord au vendeur.",
 f="Fonte & Flamme <commandes@fonte-et-flamme.fr>", s="Êtes-vous satisfait de votre cocotte ? Commande 407-1184920-6637102",
 b="""Bonjour,

Nous espérons que votre cocotte en fonte (commande 407-1184920-6637102) vous donne entière satisfaction.

Si c'est le cas, un avis 5 étoiles sur Amazon nous aiderait énormément !
Si au contraire quelque chose ne va pas, écrivez-nous avant de laisser un avis, nous trouverons une solution.

Merci de votre confiance,
L'équipe Fonte & Flamme"""),

dict(c="ol", k="r", r=[], cl=["invoice", "quoted-history"], n="Envoie la facture demandée par un professionnel en PDF.",
 f="Sandrine Blanc <s.blanc@papeterie-atelier-blanc.fr>", s="RE: Facture au nom de la société", qn="Cabinet Morel",
 q="""Bonjour,
Pourriez-vous m'envoyer une facture au nom du Cabinet Morel Architectes, 8 rue Paradis, 13001 Marseille, pour la commande 404-7720931-5518264 (10 carnets A5) ?
Merci d'avance.
L. Morel""",
 b="""Bonjour Monsieur Morel,

Veuillez trouver ci-joint la facture de la commande 404-7720931-5518264, établie au nom du Cabinet Morel Architectes à l'adresse indiquée.

Le montant total est de 89,90 € TTC, dont 14,98 € de TVA à 20 %.

Je reste à votre disposition si vous avez besoin d'une autre mention (numéro de bon de commande, par exemple).

Bien cordialement,

Sandrine Blanc
Papeterie Atelier Blanc""",
 a=("pdf", "Facture_FA-2026-0772.pdf", "FACTURE FA-2026-0772", [
 "Papeterie Atelier Blanc SARL, 14 quai Saint-Antoine, 69002 Lyon",
 "SIRET 812 447 903 00021 - TVA intracommunautaire FR 41 812447903", "",
 "Client : Cabinet Morel Architectes, 8 rue Paradis, 13001 Marseille",
 "Commande Amazon : 404-7720931-5518264", "",
 "10 x Carnet A5 reliure cousue, papier 120 g     HT 74,92 EUR",
 "TVA 20 %                                            14,98 EUR",
 "Total TTC                                           89,90 EUR", "",
 "Réglé via Amazon.fr."])),

dict(c="gm", k="r", r=["purpose.marketing"], cl=["promotion", "quoted-history"], n="Répond sur l'entretien d'un sac en cuir et ajoute une promo sur la nouvelle collection.",
 f="Léa Fontaine <lea@maroquinerie-fontaine.fr>", s="Re: Entretien du sac en cuir", qn="Nathalie",
 q="""Bonjour, comment entretenir le sac cabas en cuir camel ? Il a pris une petite tache d'eau.""",
 b="""Bonjour Nathalie,

Pas d'inquiétude, une tache d'eau sur du cuir végétal s'estompe souvent toute seule. Laissez sécher le sac à température ambiante, loin d'un radiateur, puis passez un chiffon doux légèrement humide sur toute la face pour uniformiser la teinte. Une fois sec, une noisette de lait pour cuir incolore le nourrira.

Au passage, notre nouvelle collection d'automne vient de sortir : profitez de -20 % sur les pochettes assorties avec le code AUTOMNE20 !

Belle journée,
Léa
Maroquinerie Fontaine"""),

dict(c="zd", k="r", r=[], cl=["carrier-link", "delivery", "quoted-history"], n="Donne le lien de suivi Colissimo et l'état de la livraison.",
 f="Hugo Lefèvre <hugo@jardin-des-graines.fr>", s="Re: Commande 402-5580129-7741036 pas reçue", qn="Sylvie",
 q="""Mes graines devaient arriver lundi et je n'ai toujours rien reçu.""",
 b="""Bonjour Sylvie,

Votre commande de graines potagères est partie en Colissimo le 3 avril, numéro de suivi 6A21948337501. Vous pouvez le suivre ici :
https://www.laposte.fr/outils/suivre-vos-envois?code=6A21948337501

Le suivi indique une tentative de livraison hier, avec avis de passage : le colis vous attend au bureau de poste de votre commune dès aujourd'hui 15 h, pendant 15 jours.

Si vous n'avez pas trouvé d'avis dans votre boîte aux lettres, dites-le-nous ici et nous ouvrirons une réclamation auprès de La Poste.

Bien à vous,
Hugo
Le Jardin des Graines"""),

dict(c="fd", k="p", r=["purpose.thank_you_only"], cl=["thank-you"], n="Message proactif qui ne fait que remercier pour l'achat.",
 f="Savonnerie du Lubéron <bonjour@savonnerie-luberon.fr>", s="Merci pour votre commande 406-2298317-5503648",
 b="""Bonjour,

Toute l'équipe de la Savonnerie du Lubéron vous remercie chaleureusement pour votre commande 406-2298317-5503648.

Nos savons sont fabriqués à froid, dans notre atelier, avec de l'huile d'olive de Provence. Nous espérons qu'ils vous apporteront un peu de soleil au quotidien.

Nous restons à votre écoute pour toute question.

Bien cordialement,
La Savonnerie du Lubéron"""),

dict(c="gg", k="r", r=["style.emoji"], cl=["emoji", "toys", "batteries"], n="Répond sur les piles d'un jouet avec des emoji.",
 f="Manon de P'tits Loups <manon@ptitsloups-jouets.fr>", s="Re: Piles pour la ferme sonore",
 b="""Bonjour Aurélie 😊

La ferme sonore fonctionne avec 3 piles LR6 (AA), qui ne sont pas fournies 🔋. Le compartiment se trouve sous la grange et se ferme avec une petite vis cruciforme, pour la sécurité des petits.

Il y a aussi un interrupteur volume bas/haut juste à côté, pratique pour les parents 😉

Bonne journée !
Manon
P'tits Loups"""),

dict(c="hs", k="r", r=["links.external"], cl=["manual-link", "quoted-history", "appliance"], n="Aide pour un robot pâtissier mais renvoie vers la notice sur le site du vendeur.",
 f="Thomas Mercier <thomas@cuisimax.fr>", s="Re: Le robot s'arrête en plein pétrissage", qn="Brigitte",
 q="""Mon robot s'arrête tout seul après 2 minutes quand je fais de la pâte à pain. Il redémarre 10 minutes plus tard.""",
 b="""Bonjour Brigitte,

C'est la sécurité thermique du moteur qui se déclenche : pour une pâte à pain, le robot ne doit pas dépasser la vitesse 2 et 1 kg de farine maximum. Au-delà, il chauffe et se coupe pour se protéger, ce qui est normal.

Essayez avec 600 g de farine en vitesse 1 puis 2, et laissez-le reposer 10 minutes entre deux pétrissages.

Vous trouverez le tableau des quantités maximales dans la notice, téléchargeable sur notre site : https://www.cuisimax.fr/notices/robot-km900.pdf

Cordialement,
Thomas
Service clients Cuisimax"""),

dict(c="ed", k="p", r=["review.repeat_request"], cl=["review-request", "reminder"], n="Relance d'avis envoyée après une première demande pour la même commande.",
 f="Cuisimax <commandes@cuisimax.fr>", s="Petit rappel – votre avis sur la commande 405-8830176-2249517",
 b="""Bonjour,

Nous vous avons écrit il y a quelques jours pour vous demander votre avis sur votre blender Cuisimax BL-500 (commande 405-8830176-2249517).

Nous nous permettons de vous le rappeler : si vous avez deux minutes, votre avis sur Amazon nous serait très utile.

Merci beaucoup,
L'équipe Cuisimax"""),

dict(c="ol", k="r", r=[], cl=["refusal", "coupon-refused", "quoted-history"], n="Refuse un code promo comme geste commercial mais rembourse les frais de port.",
 f="Olivier Garcia <o.garcia@literie-confort-plus.fr>", s="RE: Retard de livraison – geste commercial ?", qn="Pascal",
 q="""Votre oreiller est arrivé avec une semaine de retard. J'attends au minimum un code de réduction pour ma prochaine commande.""",
 b="""Bonjour Monsieur Dupuis,

Je comprends votre agacement et je vous présente nos excuses pour cette semaine d'attente, due à une rupture chez notre transporteur.

Nous ne pouvons pas envoyer de codes de réduction par la messagerie Amazon. En revanche, nous venons de vous rembourser les frais de port de 4,90 € de cette commande ; le remboursement apparaîtra sur votre moyen de paiement sous 3 à 5 jours.

Bien cordialement,
Olivier Garcia
Literie Confort Plus"""),

dict(c="gm", k="r", r=[], cl=["quoted-history", "buyer-email", "look-alike"], n="Le message cité de l'acheteur contient son adresse e-mail ; la réponse reste sur Amazon.",
 f="Chloé Martin <chloe@bijoux-celeste.fr>", s="Re: Bracelet trop grand", qn="Amandine",
 q="""Bonjour, le bracelet est trop large pour mon poignet (14 cm). Vous pouvez le raccourcir ? Répondez-moi plutôt sur amandine.b78@gmail.com, je ne regarde jamais la messagerie Amazon.""",
 b="""Bonjour Amandine,

Pour des raisons de confidentialité, nous ne pouvons vous répondre que par la messagerie Amazon, mais vous recevrez aussi une notification de ce message sur votre adresse e-mail.

Oui, nous pouvons raccourcir le bracelet : il mesure actuellement 17 cm, et pour un poignet de 14 cm nous conseillons 15,5 cm. Il suffit de nous le renvoyer via « Vos commandes » (motif « Autre ») ; nous retirons deux maillons et vous le réexpédions sous 48 h, sans frais.

Bien à vous,
Chloé
Bijoux Céleste"""),

dict(c="zd", k="p", r=["image.logo_link", "links.external", "purpose.marketing", "contact.off_platform"], cl=["customisation", "newsletter-template", "social-footer"], n="Question légitime sur un faire-part personnalisé, envoyée depuis le modèle newsletter avec logo lié et liens vers les réseaux sociaux.",
 f="Atelier Papier Plume <creation@papierplume.fr>", s="Votre faire-part personnalisé – commande 402-9915530-3386017",
 h=dict(top=LOGO("https://www.papierplume.fr", "https://www.papierplume.fr/mail/logo-papierplume.png", "Papier Plume"),
        bottom='<p>Suivez-nous sur <a href="https://www.instagram.com/papierplume">Instagram</a> et <a href="https://www.facebook.com/papierplume">Facebook</a> pour découvrir nos nouvelles collections !</p>'),
 ptail="Suivez-nous sur Instagram (instagram.com/papierplume) et Facebook pour découvrir nos nouvelles collections !",
 b="""Bonjour,

Merci pour votre commande 402-9915530-3386017 de 50 faire-part de naissance personnalisés.

Avant l'impression, pourriez-vous nous confirmer deux points :
- l'orthographe du prénom : « Maëlys » avec tréma, comme dans le champ de personnalisation ?
- la date : 14 février 2026 ?

Nous vous enverrons ensuite une épreuve à valider.

À bientôt,
L'atelier Papier Plume"""),

dict(c="fd", k="r", r=["purpose.marketing", "contact.off_platform"], cl=["social-footer", "damaged"], n="Règle un colis abîmé puis termine par « suivez-nous sur Instagram ».",
 f="Bocaux & Cie <contact@bocauxetcie.fr>", s="Re: Bocal cassé à la livraison",
 b="""Bonjour Marc,

Merci pour la photo, et désolés pour ce bocal cassé. Nous vous en renvoyons un dès demain, bien calé cette fois ; inutile de nous retourner les morceaux.

Bonne soirée,
Inès
Bocaux & Cie

PS : retrouvez nos idées de conserves et de rangement sur Instagram @bocauxetcie !"""),

dict(c="gg", k="p", r=[], cl=["customisation", "engraving", "jewellery"], n="Demande le prénom et la police pour un collier gravé.",
 f="Chloé de Bijoux Céleste <chloe@bijoux-celeste.fr>", s="Gravure de votre collier – commande 407-3302819-1156470",
 b="""Bonjour,

Merci pour votre commande 407-3302819-1156470 : collier médaille en argent à graver.

Le champ de personnalisation est resté vide. Pour lancer la gravure, pourriez-vous nous indiquer :
- le texte (jusqu'à 12 caractères au recto, 20 au verso) ;
- la police : classique, manuscrite ou bâton.

Nous gravons dans les 24 h suivant votre réponse. Sans nouvelles de votre part d'ici vendredi, nous préférons attendre plutôt que d'envoyer une médaille vierge.

Belle journée,
Chloé
Bijoux Céleste"""),

dict(c="hs", k="r", r=[], cl=["quoted-history", "how-to", "kitchen"], n="Explique le calibrage d'un thermomètre de cuisson à un acheteur.",
 f="Émilie Perrin <emilie@thermocook.fr>", s="Re: Thermomètre qui affiche 104 °C dans l'eau bouillante", qn="Gérard",
 q="""Bonjour, j'ai testé le thermomètre dans l'eau bouillante et il affiche 104 °C. Il est défectueux ?""",
 b="""Bonjour Gérard,

Pas forcément : il suffit souvent de le recalibrer.

1. Remplissez un verre de glaçons et d'eau froide, attendez 2 minutes.
2. Plongez la sonde au centre du verre, sans toucher le fond.
3. Maintenez le bouton « CAL » 5 secondes : l'écran clignote puis affiche 0,0 °C.

Refaites ensuite le test dans l'eau bouillante : selon l'altitude, vous devriez lire entre 98 et 100 °C. Si l'écart reste supérieur à 2 °C, dites-le-nous ici et nous vous l'échangeons.

Cordialement,
Émilie
ThermoCook"""),

dict(c="ed", k="r", r=["review.divert_negative"], cl=["damaged", "review-divert"], n="Rembourse une lampe arrivée cassée mais demande de contacter le vendeur plutôt que de laisser un avis négatif.",
 f="Lumière & Lin <service@lumiere-et-lin.fr>", s="Re: Abat-jour déchiré",
 b="""Bonjour Madame Lacroix,

Nous sommes désolés que l'abat-jour soit arrivé déchiré. Nous vous avons remboursé intégralement (45,00 €) ce matin, vous pouvez garder le pied de lampe.

À l'avenir, n'hésitez pas à nous contacter plutôt que de laisser un avis négatif : nous sommes une petite entreprise et nous réglons toujours les problèmes rapidement.

Cordialement,
Lumière & Lin"""),

dict(c="ol", k="p", r=["order.id_missing"], cl=["delivery-scheduling", "no-order-id"], n="Prise de rendez-vous de livraison d'un matelas sans numéro de commande Amazon.",
 f="Livraisons Literie Confort Plus <livraison@literie-confort-plus.fr>", s="Rendez-vous pour la livraison de votre matelas",
 b="""Bonjour,

Votre matelas 160 x 200 « Sérénité » est prêt à être livré. Notre transporteur livre sur rendez-vous, au pied du lit.

Créneaux disponibles dans votre secteur :
- mardi 9 juin, 8 h – 12 h
- jeudi 11 juin, 13 h – 18 h
- samedi 13 juin, 8 h – 12 h

Merci de nous répondre avec le créneau qui vous convient et de nous préciser l'étage et la présence d'un ascenseur.

Cordialement,
Le service livraison
Literie Confort Plus"""),

dict(c="gm", k="r", r=[], cl=["warranty", "appliance"], n="Explique la prise en charge sous garantie d'un aspirateur balai.",
 f="Nicolas Bertrand <nicolas@aspiro-france.fr>", s="Re: Aspirateur qui ne charge plus",
 b="""Bonjour Madame Renaud,

Votre aspirateur balai a 11 mois, il est donc couvert par notre garantie de 2 ans.

Avant tout, pourriez-vous vérifier un point ? Si le voyant de la batterie reste éteint sur le socle, essayez de brancher le chargeur directement sur l'appareil, sans le socle. S'il charge ainsi, c'est le socle qui est en cause et nous vous en enverrons un neuf.

S'il ne charge toujours pas, répondez-nous ici avec une photo de l'étiquette sous la batterie : nous vous enverrons une étiquette de retour prépayée et l'appareil de remplacement partira dès réception.

Cordialement,
Nicolas
Aspiro France"""),

dict(c="zd", k="r", r=["review.incentive"], cl=["review-incentive", "free-sample"], n="Promet un échantillon gratuit en échange d'un avis.",
 f="Juliette Morel <juliette@herboriste-provence.fr>", s="Re: Huile de massage – usage pendant la grossesse ?",
 b="""Bonjour Sarah,

Notre huile de massage à l'amande douce ne contient pas d'huiles essentielles, elle peut donc être utilisée pendant la grossesse. Demandez tout de même l'avis de votre sage-femme en cas de doute.

Et si vous laissez un avis sur Amazon, nous vous enverrons avec plaisir un échantillon de notre baume pour le ventre !

Douce journée,
Juliette
L'Herboriste de Provence"""),

dict(c="fd", k="r", r=[], cl=["returns", "fashion", "quoted-history"], n="Explique le retour d'une robe et le délai de remboursement.",
 f="Maille & Merveille <service@maille-et-merveille.fr>", s="Re: Retour robe", qn="Justine",
 q="""Bonjour, la robe ne me va pas, la couleur est plus foncée qu'en photo. Comment la retourner ? Commande 403-1170392-8862415""",
 b="""Bonjour Justine,

Désolée que la couleur ne corresponde pas à ce que vous attendiez : le « terracotta » ressort effectivement plus clair sur certains écrans.

Pour le retour :
1. Dans « Vos commandes », choisissez « Retourner ou remplacer des articles » pour la commande 403-1170392-8862415.
2. Sélectionnez le motif et imprimez l'étiquette, ou déposez le colis en point relais avec le code QR.
3. Laissez l'étiquette sur la robe si possible.

Le remboursement est effectué sous 48 h après réception de la robe.

Bien à vous,
Camille
Maille & Merveille"""),

dict(c="gg", k="p", r=["purpose.shipping_confirmation"], cl=["shipped-only"], n="Message proactif qui annonce seulement l'expédition.",
 f="Le Jardin des Graines <commandes@jardin-des-graines.fr>", s="Votre commande 406-7701842-3395061 est expédiée",
 b="""Bonjour,

Bonne nouvelle : votre commande 406-7701842-3395061 a été expédiée aujourd'hui !

Merci d'avoir choisi Le Jardin des Graines, et bons semis !

L'équipe du Jardin des Graines"""),

dict(c="hs", k="r", r=["contact.off_platform", "links.external", "purpose.marketing"], cl=["own-shop", "cheaper-elsewhere"], n="Répond sur la disponibilité d'un coloris et invite à commander moins cher sur la boutique en ligne du vendeur.",
 f="Pauline Girard <pauline@tapis-nomade.fr>", s="Re: Tapis en 200 x 300 ?",
 b="""Bonjour Monsieur Lambert,

Le tapis berbère n'existe sur Amazon qu'en 160 x 230 et 120 x 170. Nous le fabriquons aussi en 200 x 300, mais uniquement sur commande.

Vous pouvez le commander directement sur notre boutique en ligne www.tapis-nomade.fr, où il est d'ailleurs 10 % moins cher qu'ici.

Bien cordialement,
Pauline
Tapis Nomade"""),

dict(c="ed", k="r", r=[], cl=["cosmetics", "ingredients"], n="Répond à une question sur les filtres d'une crème solaire pour enfants.",
 f="Herboriste de Provence <service@herboriste-provence.fr>", s="Re: Crème solaire enfant – filtres minéraux ?",
 b="""Bonjour Madame Ferrand,

Notre crème solaire enfant SPF 50 utilise uniquement des filtres minéraux : dioxyde de titane et oxyde de zinc, sous forme non nano. Elle ne contient ni parfum ni alcool, et elle est testée sous contrôle pédiatrique.

Comme toute protection minérale, elle peut laisser un léger voile blanc pendant quelques minutes ; il s'estompe en massant bien. Pensez à en remettre toutes les deux heures et après chaque baignade.

Cordialement,
Juliette Morel
L'Herboriste de Provence"""),

dict(c="ol", k="r", r=["contact.phone_number", "contact.email_address", "links.external"], cl=["signature", "quoted-history", "outlook-signature"], n="Bonne réponse technique, avec signature Outlook complète (téléphone, e-mail, site).",
 f="Frédéric Lemaire <f.lemaire@eclairage-lemaire.fr>", s="RE: Ampoule compatible variateur ?", qn="Denis",
 q="""Vos ampoules LED E27 fonctionnent-elles avec un variateur Legrand ancien modèle ?""",
 b="""Bonjour Monsieur Caron,

Nos ampoules E27 dimmables fonctionnent avec la plupart des variateurs « LED » récents. Avec un ancien variateur pour halogènes, vous risquez un scintillement à faible intensité ; nous conseillons dans ce cas de remplacer le variateur par un modèle compatible LED (charge minimale 3 W).

Cordialement,

Frédéric Lemaire
Responsable SAV
Éclairage Lemaire SAS
Tél. : 03 20 55 71 18 – Port. : 06 41 22 87 90
f.lemaire@eclairage-lemaire.fr
www.eclairage-lemaire.fr"""),

dict(c="gm", k="p", r=[], cl=["order-problem", "quality-check", "delay"], n="Prévient d'un retard dû à un contrôle qualité et propose l'annulation par le vendeur.",
 f="Antoine Robin <antoine@velo-atelier-robin.fr>", s="Commande 402-4418302-9917755 : léger retard",
 b="""Bonjour,

Je vous écris au sujet de votre commande 402-4418302-9917755 (antivol en U avec support).

Lors du contrôle avant expédition, nous avons constaté un défaut de serrure sur plusieurs antivols du même lot. Nous préférons vous envoyer un exemplaire du nouveau lot, qui arrive chez nous jeudi : votre colis partira donc vendredi, avec trois jours de retard.

Si ce délai ne vous convient pas, répondez simplement « annuler » et nous annulerons la commande de notre côté, avec remboursement intégral.

Merci de votre compréhension,
Antoine Robin
Vélo Atelier Robin"""),

dict(c="zd", k="r", r=["review.change_or_remove"], cl=["review-change", "after-resolution"], n="Après un échange réussi, demande de modifier l'avis d'une étoile.",
 f="Élise Vincent <elise@coussins-et-cie.fr>", s="Re: Housse de coussin mauvaise couleur",
 b="""Bonjour Madame Boyer,

Les deux housses vert sauge sont bien parties ce matin en échange des bleues, vous les recevrez jeudi.

Puisque tout est rentré dans l'ordre, accepteriez-vous de modifier votre avis 1 étoile pour qu'il reflète la façon dont nous avons réglé le problème ? Cela compte beaucoup pour nous.

Merci encore,
Élise
Coussins & Cie"""),

dict(c="fd", k="r", r=[], cl=["negation", "refusal", "quoted-history"], n="L'acheteuse demande le compte Instagram du vendeur ; l'agent décrit les coloris dans la messagerie.",
 f="Tapis Nomade <service@tapis-nomade.fr>", s="Re: Plus de photos des couleurs ?", qn="Coralie",
 q="""Vous avez un compte Instagram où je peux voir les tapis en vrai ? Les photos Amazon ne montrent pas bien le bleu.""",
 b="""Bonjour Coralie,

Nous préférons garder nos échanges ici, dans la messagerie Amazon, mais voici une description plus précise du coloris.

Le « bleu Majorelle » est un bleu soutenu, légèrement violet en lumière naturelle, plus profond que sur la quatrième photo de l'annonce. Les motifs sont crème, pas blancs. En lumière artificielle chaude, il paraît un peu plus sombre.

Si vous le commandez et qu'il ne vous plaît pas, le retour est gratuit pendant 30 jours.

Bien cordialement,
Pauline
Tapis Nomade"""),

dict(c="gg", k="r", r=["purpose.marketing", "links.amazon_listing"], cl=["cross-sell", "amazon-link"], n="Répond à une question puis recommande un autre produit avec un lien vers sa fiche Amazon.",
 f="Yanis de Ludik Kids <yanis@ludik-kids.fr>", s="Re: Âge pour le puzzle 100 pièces",
 b="""Bonjour Céline,

Le puzzle 100 pièces « Les animaux de la savane » est conseillé à partir de 5 ans ; les pièces sont épaisses (2 mm) et faciles à manipuler.

Si votre fils adore les animaux, notre coffret de figurines de la savane lui plaira aussi, il est en ce moment à -15 % : https://www.amazon.fr/dp/B0C7LK4Q2N

Belle journée,
Yanis
Ludik Kids"""),

dict(c="hs", k="p", r=[], cl=["customisation", "proof", "docx"], n="Envoie un bon à tirer en DOCX pour validation d'un tampon personnalisé.",
 f="Romain Chevalier <romain@tampons-chevalier.fr>", s="Bon à tirer – commande 404-2290817-6603392",
 b="""Bonjour,

Merci pour votre commande 404-2290817-6603392 : tampon encreur personnalisé, format 58 x 22 mm.

Vous trouverez en pièce jointe le bon à tirer avec le texte que vous nous avez transmis. Merci de vérifier attentivement l'orthographe, les numéros et la mise en page : nous fabriquons le tampon exactement comme sur le document.

Répondez « bon pour accord » si tout est correct, ou indiquez-nous les corrections.

Cordialement,
Romain Chevalier
Tampons Chevalier""",
 a=("docx", "BAT_404-2290817-6603392.docx", "Bon à tirer – tampon 58 x 22 mm", [
 "Ligne 1 : EARL Les Vergers du Coteau",
 "Ligne 2 : 12 chemin des Pommiers – 26750 Génissieux",
 "Ligne 3 : SIRET 501 778 243 00018",
 "Police : Arial, corps 9 / 8 / 7",
 "Encre : noire",
 "Merci de vérifier chaque caractère avant validation."])),

dict(c="ed", k="p", r=["attach.content"], cl=["manual", "review-request-in-attachment"], n="Message d'envoi de notice neutre ; la notice PDF jointe demande 5 étoiles aux clients satisfaits.",
 f="ThermoCook <commandes@thermocook.fr>", s="Notice de votre thermomètre – commande 405-1093378-4427716",
 b="""Bonjour,

Plusieurs clients nous ont signalé que la notice imprimée de la dernière série de thermomètres TC-2 (commande 405-1093378-4427716) était illisible à cause d'un défaut d'impression. Nous vous envoyons donc la notice complète en PDF.

Cordialement,
ThermoCook""",
 a=("pdf", "Notice_TC-2.pdf", "ThermoCook TC-2 – Notice d'utilisation", [
 "1. Mise en marche : appuyez sur ON/OFF pendant 1 seconde.",
 "2. Unité : maintenez °C/°F 3 secondes pour changer d'unité.",
 "3. Calibrage : bain d'eau glacée, puis bouton CAL 5 secondes.",
 "4. Nettoyage : sonde uniquement, ne pas immerger le boîtier.",
 "5. Pile : CR2032, autonomie environ 1 an.", "",
 "Vous êtes satisfait de votre ThermoCook ? Laissez-nous 5 étoiles sur Amazon !"])),

dict(c="ol", k="r", r=[], cl=["invoice", "quoted-history"], n="Explique comment obtenir une facture corrigée sans rien envoyer hors Amazon.",
 f="Sandrine Blanc <s.blanc@papeterie-atelier-blanc.fr>", s="RE: Erreur sur la facture", qn="Cabinet Morel",
 q="""Il manque notre numéro de TVA intracommunautaire sur la facture (FR 62 441 889 207). Pouvez-vous corriger ?""",
 b="""Bonjour Monsieur Morel,

Merci de nous l'avoir signalé. Nous avons ajouté votre numéro de TVA intracommunautaire FR 62 441 889 207 et téléversé la facture corrigée directement dans votre commande Amazon : elle est disponible dans « Vos commandes » > « Facture », à la place de la précédente.

Bien cordialement,

Sandrine Blanc
Papeterie Atelier Blanc"""),
]
