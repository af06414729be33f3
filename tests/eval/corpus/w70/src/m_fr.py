MSGS = [
dict(id="w70-0013", lang="fr", client="gmail", expect="legit", rules=[], classes=["quoted-history", "url-in-quote", "discount-in-quote", "refusal"],
 note="La cliente cite un prix plus bas sur un autre site et demande une remise ; la vendeuse refuse poliment et répond sur l'ampoule de la lampe.",
 alias="f5jq1xa8mr2oyke", buyer="Camille Ferrand",
 **{"from": ("Élodie Marchal", "elodie@atelier-lumen.fr")},
 subject="Lampe Nuage - ampoule", resubj="Re: Lampe Nuage - ampoule",
 date="2026-12-07 10:44",
 history=[
  dict(who="buyer", date="2026-12-06 22:10", text="""Bonsoir Élodie,

Merci pour votre réponse rapide. Du coup je pense en commander une deuxième pour la chambre de ma fille. Par contre, je viens de voir que la même lampe est à 54,90 € sur www.deco-lumiere.fr/lampes/nuage-papier-blanc alors qu'elle est à 62 € chez vous sur Amazon… Est-ce que vous pourriez me faire une petite remise, genre 10 %, vu que c'est la deuxième ?

Bonne soirée,
Camille"""),
  dict(who="seller", date="2026-12-06 14:35", text="""Bonjour Camille,

La lampe Nuage accepte les ampoules E27 jusqu'à 40 W. Nous conseillons une LED de 6 à 8 W en blanc chaud, le papier chauffe beaucoup moins.

Belle journée,
Élodie"""),
  dict(who="buyer", date="2026-12-06 11:20", text="""Bonjour, quelle ampoule faut-il pour la lampe Nuage ? Elle est livrée sans ampoule et je ne veux pas que le papier brûle."""),
 ],
 reply="""Bonjour Camille,

Ravie que la lampe vous plaise au point d'en vouloir une deuxième !

Pour la remise, je suis désolée, mais nous ne pouvons pas proposer de réduction ni de prix particulier par la messagerie Amazon : le prix affiché sur l'annonce est le même pour tout le monde. Je comprends tout à fait si vous préférez comparer, chacun ses choix.

Petite précision pour la chambre d'enfant : la lampe Nuage se suspend au plafond avec le cordon textile fourni (1,20 m, raccourcissable). Si votre fille a un lit en hauteur, comptez au moins 50 cm entre l'abat-jour et la tête de lit, par simple confort. Et toujours une LED en blanc chaud, qui ne chauffe pas.

Bonne journée,
Élodie Marchal
Atelier Lumen"""),

dict(id="w70-0014", lang="fr", client="zendesk", expect="violation", rules=["review.incentive", "review.divert_negative", "purpose.marketing"],
 classes=["quoted-history", "review-threat-in-quote", "coupon-code", "conditional"],
 note="Le client menace d'un avis négatif pour une poêle déformée ; le vendeur envoie un code de 20 % en espérant qu'il renonce à l'avis.",
 alias="b2wn7ht4ep9lxcv", buyer="Olivier Ruaud",
 **{"from": ("Service client Cuisinor", "sav@cuisinor-maison.fr")}, agent_short="Maxime (Cuisinor)", ticket="#61530",
 subject="Poêle déformée", resubj="Re: Poêle déformée",
 date="2026-12-07 15:20",
 history=[
  dict(who="buyer", date="2026-12-07 09:12", text="""Bonjour,

Non, je n'ai jamais mis la poêle vide sur le feu, et je ne la passe pas sous l'eau froide quand elle est chaude, je connais un peu la cuisine quand même. Elle ne tient plus à plat sur ma plaque à induction, elle tourne comme une toupie et la moitié du fond ne chauffe pas.

Une poêle à 49 € qui se déforme en un mois, c'est inadmissible. Si je n'ai pas de solution rapidement, je mets un avis bien salé sur la fiche produit, avec photos, pour prévenir les autres acheteurs.

Olivier Ruaud"""),
  dict(who="seller", date="2026-12-06 11:48", text="""Bonjour Monsieur Ruaud,

Nous sommes désolés pour ce désagrément. Une déformation du fond peut être causée par un choc thermique (poêle chaude passée sous l'eau froide) ou une chauffe à vide. Pouvez-vous nous préciser l'utilisation ?

Cordialement,
Maxime"""),
  dict(who="buyer", date="2026-12-05 19:30", text="""Ma poêle 28 cm gamme Pro Induc est complètement bombée après un mois. Que proposez-vous ?"""),
 ],
 reply="""Bonjour Monsieur Ruaud,

Merci pour ces précisions et toutes nos excuses, votre utilisation est parfaitement normale.

Pour nous faire pardonner, voici un code de réduction de 20 % valable sur toute notre boutique : PROINDUC20. Vous pouvez l'utiliser dès maintenant pour remplacer votre poêle par le nouveau modèle Pro Induc+ au fond renforcé.

En contrepartie, nous vous serions très reconnaissants de ne pas publier d'avis négatif sur la fiche : nous sommes une petite entreprise familiale et un avis de ce type nous pénalise énormément, alors que nous faisons tout pour régler le problème.

Bien cordialement,
Maxime Delorme
Service client Cuisinor"""),

dict(id="w70-0015", lang="fr", client="freshdesk", expect="legit", rules=[], classes=["quoted-history", "phone-in-quote", "refusal", "how-to"],
 note="La cliente donne son numéro et demande qu'on l'appelle pour configurer une caméra Wi-Fi ; le vendeur explique qu'il ne peut pas appeler et donne la procédure ici.",
 alias="n8ku3zc0ws6ibyq", buyer="Martine Lebrun",
 **{"from": ("Julien Peyrat", "support@veilletech.fr")},
 subject="Caméra ne se connecte pas", resubj="Re: Caméra ne se connecte pas [#30915]",
 date="2026-12-07 11:55",
 history=[
  dict(who="buyer", date="2026-12-06 17:44", text="""Bonjour Julien,

J'ai fait ce que vous m'avez dit mais l'appli dit toujours « échec de connexion » au bout d'une minute. Le voyant clignote bleu puis rouge. Mon fils m'a dit que ma box est une Livebox 6, je ne sais pas si ça change quelque chose.

Je ne suis pas très douée avec tout ça, ce serait plus simple si quelqu'un pouvait m'appeler et me guider pas à pas. Je suis joignable au 06 12 48 73 90, de préférence le matin.

Merci d'avance,
Martine Lebrun"""),
  dict(who="seller", date="2026-12-05 10:20", text="""Bonjour Madame Lebrun,

Pour connecter la caméra VT-Cam 2, maintenez le bouton reset 5 secondes, puis suivez les étapes dans l'application VeilleTech Home.

Cordialement,
Julien"""),
  dict(who="buyer", date="2026-12-04 15:05", text="""Bonjour, je n'arrive pas à installer la caméra que j'ai achetée pour surveiller ma porte d'entrée. L'application ne la trouve pas."""),
 ],
 reply="""Bonjour Madame Lebrun,

Merci pour votre retour, et votre fils a visé juste : c'est bien la Livebox 6 qui pose souci. Elle diffuse par défaut un seul nom de réseau pour le 2,4 GHz et le 5 GHz, or la caméra ne fonctionne qu'en 2,4 GHz et se perd au moment de l'appairage.

Malheureusement nous ne pouvons pas vous appeler : pour les commandes Amazon, nous échangeons uniquement par la messagerie Amazon. Je vous détaille donc tout ici, étape par étape :

1. Placez la caméra à moins de 3 mètres de la box pendant l'installation.
2. Dans l'application VeilleTech Home, au moment où elle vous demande le Wi-Fi, appuyez sur « Réseau 2,4 GHz uniquement ». L'application sépare alors les deux bandes toute seule, pendant deux minutes.
3. Maintenez le bouton reset de la caméra 5 secondes, jusqu'à ce que le voyant clignote bleu rapidement.
4. Tapez le mot de passe Wi-Fi (il est sur l'étiquette au dos de la Livebox, attention aux majuscules) et patientez jusqu'au voyant bleu fixe.

Si le voyant repasse au rouge, répondez-moi simplement en m'indiquant à quelle étape cela se produit, et je vous dirai quoi faire.

Bien cordialement,
Julien Peyrat
Assistance VeilleTech"""),

dict(id="w70-0016", lang="fr", client="outlook", expect="legit", rules=[], classes=["quoted-history", "review-text-in-quote", "return", "amazon-returns"],
 note="Le client cite son avis deux étoiles sur un aspirateur sans fil ; la vendeuse répond sur la batterie et propose un retour via Amazon sans parler de l'avis.",
 alias="v4ax9pj2ql7tdsm", buyer="Bertrand Guillot",
 **{"from": ("Nadia Benali", "n.benali@aspiro-france.fr")},
 subject="Autonomie batterie", resubj="RE: Autonomie batterie", xmailer="Microsoft Outlook 16.0",
 date="2026-12-07 14:02",
 history=[
  dict(who="buyer", date="2026-12-07 08:40", text="""Madame,

J'ai chargé l'aspirateur toute la nuit comme indiqué, j'ai chronométré : 11 minutes en mode normal. Votre annonce parle de 45 minutes. Je vous recopie l'avis que j'ai laissé hier, il résume bien ma déception :

« 2/5 – Léger et bien conçu, bonne aspiration sur le carrelage. Mais l'autonomie réelle est de 11 minutes au lieu des 45 annoncées, impossible de faire mon appartement de 60 m² en une fois. Publicité mensongère. »

Je voudrais savoir si c'est un défaut ou si c'est normal.

B. Guillot"""),
  dict(who="seller", date="2026-12-06 16:15", text="""Bonjour Monsieur Guillot,

Avant la première utilisation, la batterie doit être chargée pendant 5 heures sans interruption. Pourriez-vous refaire une charge complète et nous dire si l'autonomie s'améliore ?

Bien à vous,
Nadia Benali"""),
  dict(who="buyer", date="2026-12-06 09:10", text="""Bonjour, mon aspirateur Aspiro S9 s'arrête au bout d'une dizaine de minutes. Est-ce normal ?"""),
 ],
 reply="""Bonjour Monsieur Guillot,

Merci d'avoir pris le temps de mesurer, c'est très utile. Pour être transparente : les 45 minutes indiquées correspondent au mode éco avec la petite brosse, et en mode normal avec la brosse motorisée le S9 tient normalement entre 25 et 30 minutes. 11 minutes en mode normal après une charge complète, ce n'est donc pas normal : la batterie de votre appareil est très probablement défectueuse.

Deux possibilités, selon ce que vous préférez :

– Nous vous envoyons une batterie neuve (elle se clipse sous la poignée, sans outil). Il suffit de me répondre « batterie » ici, et elle part demain.
– Ou vous retournez l'aspirateur pour un remboursement intégral : dans « Vos commandes » sur Amazon, choisissez « Retourner ou remplacer des articles », motif « Article défectueux ». L'étiquette de retour est gratuite.

Nous allons par ailleurs préciser sur l'annonce à quel mode correspondent les 45 minutes, votre remarque est justifiée.

Bien cordialement,
Nadia Benali
Service consommateurs Aspiro France"""),

dict(id="w70-0017", lang="fr", client="helpscout", expect="violation", rules=["contact.email_address", "contact.off_platform"],
 classes=["quoted-history", "email-in-quote", "seller-email"],
 note="Le client propose d'envoyer ses photos par e-mail ; la vendeuse lui donne l'adresse e-mail de la boutique pour poursuivre hors d'Amazon.",
 alias="s0ed5fm8yh3rbnu", buyer="Grégoire Malet",
 **{"from": ("Inès Caradec", "ines@bijouterie-caradec.fr")},
 subject="Fermoir du bracelet", resubj="Re: Fermoir du bracelet",
 date="2026-12-07 17:10",
 history=[
  dict(who="buyer", date="2026-12-07 12:30", text="""Bonjour Inès,

Le fermoir s'ouvre tout seul, même quand il est bien enclenché. Ma femme a failli perdre le bracelet deux fois dans la même journée. J'ai pris des photos en gros plan mais la messagerie Amazon refuse mes fichiers (trop lourds apparemment).

Je peux vous les envoyer par mail si vous me donnez une adresse, ou vous pouvez m'écrire à gmalet.pro@gmail.com.

Cordialement,
Grégoire Malet"""),
  dict(who="seller", date="2026-12-06 18:00", text="""Bonjour Monsieur Malet,

Je suis navrée d'apprendre ce souci avec le bracelet Marée en argent. Pouvez-vous me décrire le problème avec le fermoir ?

Bien à vous,
Inès"""),
  dict(who="buyer", date="2026-12-06 13:45", text="""Bonjour, j'ai offert le bracelet Marée à ma femme pour notre anniversaire et le fermoir pose problème."""),
 ],
 reply="""Bonjour Monsieur Malet,

Merci pour ces détails, et désolée pour ces frayeurs, un bracelet qui s'ouvre tout seul n'est pas acceptable.

Le plus simple est de m'envoyer directement les photos à atelier@bijouterie-caradec.fr, il n'y a pas de limite de taille et je pourrai les montrer à notre artisan dès demain matin. Indiquez simplement votre nom dans l'objet. Je vous répondrai ensuite sur cette adresse, ce sera plus pratique pour la suite des échanges.

Dans la plupart des cas, il s'agit du ressort du fermoir mousqueton, que nous remplaçons gratuitement.

Bien à vous,
Inès Caradec
Bijouterie Caradec"""),

dict(id="w70-0018", lang="fr", client="gorgias", expect="legit", rules=[], classes=["quoted-history", "review-threat-in-quote", "carrier-link", "missing-part"],
 note="La cliente menace d'un avis une étoile pour une pièce manquante d'un meuble ; le vendeur envoie la pièce et donne le lien de suivi Colissimo.",
 alias="u3lg6vb1ct8nmxw", buyer="Sandrine Poulain",
 **{"from": ("Antoine Ribeiro", "contact@boisetcompagnie.fr")},
 subject="Pièce manquante commode", resubj="Re: Pièce manquante commode",
 date="2026-12-07 16:25",
 history=[
  dict(who="buyer", date="2026-12-07 10:05", text="""Bonjour,

Ça fait maintenant 5 jours que j'ai signalé qu'il manque le sachet de vis F et les deux coulisses du tiroir du bas, et on m'a juste répondu de « vérifier dans le carton ». J'ai vérifié, tout est étalé dans mon salon depuis une semaine.

Si la pièce n'est pas expédiée aujourd'hui, je mets 1 étoile et je signale l'annonce. Franchement je n'ai jamais vu un service client aussi lent.

Sandrine Poulain"""),
  dict(who="seller", date="2026-12-03 09:30", text="""Bonjour Madame Poulain,

Les petites pièces sont parfois scotchées à l'intérieur du panneau arrière. Pourriez-vous vérifier dans le carton ?

Cordialement,
Antoine"""),
  dict(who="buyer", date="2026-12-02 20:15", text="""Bonjour, la commode Alma 4 tiroirs est incomplète : il manque des vis et les coulisses du dernier tiroir."""),
 ],
 reply="""Bonjour Madame Poulain,

Vous avez entièrement raison et je vous présente mes excuses : votre premier message était clair, et nous aurions dû envoyer les pièces tout de suite au lieu de vous faire tout revérifier.

Le sachet de vis F et la paire de coulisses pour le tiroir du bas sont partis ce matin en Colissimo suivi. Vous pouvez suivre le colis ici :
https://www.laposte.fr/outils/suivre-vos-envois?code=6A23148765092

La livraison est prévue jeudi dans votre boîte aux lettres (le colis est assez plat pour y entrer). J'ai ajouté un sachet de vis de rechange, au cas où.

Pour gagner du temps au montage : les coulisses marquées « G » vont à gauche, et les vis F se posent avec la tête côté intérieur du caisson.

Encore désolé pour cette attente,
Antoine Ribeiro
Bois & Compagnie"""),
]
