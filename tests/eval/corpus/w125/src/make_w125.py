#!/usr/bin/env python3
"""Generate the w125 messages (consumables / refills sellers, FR + EN)."""
import json, random, html, os
from email.message import EmailMessage
from email.utils import make_msgid, format_datetime
from email.policy import SMTP
from datetime import datetime, timezone, timedelta

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
rnd = random.Random(125125)

def alias():
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))

def quote(style, who, when, text, lang):
    lines = text.strip("\n").split("\n")
    if style == "fr_ecrit":
        return f"\n\nLe {when}, {who} a écrit :\n" + "\n".join("> " + l if l else ">" for l in lines)
    if style == "fr_amazon":
        return f"\n\n{who}, {when} :\n" + "\n".join("> " + l if l else ">" for l in lines)
    if style == "on_wrote":
        return f"\n\nOn {when}, {who} wrote:\n" + "\n".join("> " + l if l else ">" for l in lines)
    if style == "original":
        hdr = "-----Original Message-----" if lang == "en" else "-----Message d'origine-----"
        fr = "From" if lang == "en" else "De"
        sent = "Sent" if lang == "en" else "Envoyé"
        return f"\n\n{hdr}\n{fr}: {who}\n{sent}: {when}\n\n" + text.strip("\n")
    if style == "dashes":
        sep = "------------------ Message de l'acheteur ------------------" if lang == "fr" else "------------- Buyer message -------------"
        return f"\n\n{sep}\n" + text.strip("\n")
    return ""

def to_html(body, qhead, qtext):
    paras = body.strip("\n").split("\n\n")
    out = ['<html><body style="font-family:Arial,sans-serif;font-size:14px">']
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    if qtext:
        out.append("<div>" + html.escape(qhead) + "</div>")
        out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
        for p in qtext.strip("\n").split("\n\n"):
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
        out.append("</blockquote>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"

M = []
def add(**kw):
    M.append(kw)

# ---------------------------------------------------------------- FRENCH (16)
add(lang="fr", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["bundle_question", "price_difference", "refill"],
    frm=("Service client Clairo Filtration", "support@clairo-filtration.fr"),
    subject="Re: Question sur le prix du pack de 3 cartouches (commande 403-7719264-5518302)",
    date=(2026, 11, 9, 10, 42),
    body="""Bonjour Mme Lefort,

Merci pour votre message concernant votre commande 403-7719264-5518302.

Vous avez raison, le pack de 3 cartouches filtrantes CF-Max revient à 7,63 € la cartouche (22,90 € le pack), alors que le pack de 6 revient à 6,65 € la cartouche (39,90 €). La différence vient du conditionnement : le pack de 6 est expédié dans un seul carton et nous coûte moins cher en emballage et en frais de préparation, ce qui nous permet de baisser le prix unitaire.

Les cartouches sont strictement identiques dans les deux packs (même référence CF-Max, même date de fabrication par lot). Une cartouche dure environ 4 semaines pour une carafe de 2,4 L utilisée tous les jours.

Si vous préférez finalement le pack de 6, vous pouvez retourner le pack de 3 tant qu'il n'est pas ouvert via « Vos commandes » sur Amazon, dans les 30 jours suivant la livraison.

Bonne journée,
Élodie
Service client Clairo Filtration""",
    qstyle="fr_ecrit", qwho="Amazon-Acheteur", qwhen="8 nov. 2026 à 19:05",
    qtext="""Bonjour, je viens d'acheter le pack de 3 cartouches et je vois que le pack de 6 est beaucoup moins cher à l'unité. Pourquoi une telle différence ? Ce sont les mêmes cartouches ?
Merci""",
    note="Explains why the 3-pack costs more per cartridge than the 6-pack and how to return it through Amazon; answers the buyer's price question only.")

add(lang="fr", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["subscription", "subscribe_and_save", "refill"],
    frm=("Maison Savonnière Duclos", "service@savonnerie-duclos.fr"),
    subject="Re: Envoi automatique des recharges savon - commande 171-2093847-6610935",
    date=(2026, 11, 10, 14, 8),
    body="""Bonjour Monsieur Garnier,

Nous ne proposons pas d'abonnement géré directement par notre boutique. Sur Amazon, la seule façon de recevoir vos recharges de savon liquide (poche 1 L, parfum fleur d'oranger) automatiquement est le programme « Prévoyez et Économisez » d'Amazon.

Sur la page du produit, sous le prix, cochez « Prévoyez et Économisez », puis choisissez la fréquence (toutes les 2 semaines jusqu'à tous les 6 mois). C'est Amazon qui gère les livraisons, les modifications et l'annulation de l'abonnement, depuis votre compte, rubrique « Gérer vos abonnements ». Nous ne pouvons pas l'activer à votre place.

Pour info, une poche de 1 L remplit environ 3 fois le flacon de 300 ml de votre commande 171-2093847-6610935, donc un envoi tous les 2 mois devrait suffire pour un usage normal.

Cordialement,
Paul Duclos
Maison Savonnière Duclos""",
    qstyle="original", qwho="Acheteur Amazon", qwhen="lundi 9 novembre 2026 21:37",
    qtext="""Bonjour,
Est-ce que vous pouvez m'envoyer une recharge tous les mois automatiquement ? Je ne veux pas avoir à y penser. Je paie comment ?
Merci, J. Garnier""",
    note="Explains that automatic refill deliveries are only possible via Amazon's Subscribe & Save and how to set it up; no marketing.")

add(lang="fr", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["promotion_ended", "price_question", "refill"],
    frm=("Atelier Bréhat Parfums d'intérieur", "contact.client@atelier-brehat.fr"),
    subject="Re: Réduction recharges diffuseur – commande 405-6612093-2287410",
    date=(2026, 11, 27, 9, 15),
    body="""Bonjour Madame,

La remise de 20 % que vous avez vue sur les recharges pour diffuseur (200 ml, parfum Figue & Cèdre) était une promotion Amazon limitée dans le temps, qui s'est terminée le 23 novembre à minuit. Votre commande 405-6612093-2287410 a été passée le 25, le prix affiché à ce moment-là était donc le prix normal de 18,50 €.

Malheureusement nous ne pouvons pas appliquer la remise après coup. Si le prix ne vous convient plus, vous pouvez retourner l'article non ouvert depuis « Vos commandes » ; le remboursement se fait par Amazon dès réception du colis.

Je suis désolée de ne pas pouvoir faire mieux.

Bien à vous,
Nathalie
Atelier Bréhat""",
    qstyle="fr_ecrit", qwho="Acheteur Amazon <x3m0nq8v2rtl5fd@marketplace.amazon.fr>", qwhen="jeu. 26 nov. 2026 à 22:48",
    qtext="""Bonsoir, la semaine dernière les recharges étaient à -20% et là je les ai payées plein tarif. Est ce que vous pouvez me rembourser la différence svp ?""",
    note="Tells the buyer the Amazon promotion has ended, refuses a retroactive discount and points to the Amazon return process.")

add(lang="fr", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["discount_refused", "bulk_order", "capsules"],
    frm=("Torréfaction Valmont", "sav@torrefaction-valmont.fr"),
    subject="RE: Remise pour 10 boîtes de capsules ? (Commande 402-3378120-9041556)",
    date=(2026, 11, 12, 8, 51),
    body="""Bonjour Monsieur Ribeiro,

Merci pour l'intérêt que vous portez à nos capsules compatibles (Lungo intensité 8, boîtes de 50).

Nous ne pouvons malheureusement pas accorder de remise individuelle : sur Amazon, le prix est le même pour tous les acheteurs et nous ne pouvons pas le modifier pour une commande précise. Votre commande 402-3378120-9041556 de 2 boîtes a été facturée au prix affiché, 17,90 € la boîte.

Si vous commandez plusieurs boîtes, c'est Amazon qui calcule la livraison ; au-delà de 35 € d'achat elle est en général gratuite selon votre compte.

Cordialement,
Marc Valmont
Torréfaction Valmont – service après-vente""",
    qstyle="original", qwho="Amazon Marketplace", qwhen="mercredi 11 novembre 2026 18:20",
    qtext="""Bonjour,
Je bois beaucoup de café au bureau, si je prends 10 boites d'un coup vous me faites un prix ?
Cdlt
A. Ribeiro""",
    note="Politely refuses an individual bulk discount and explains Amazon pricing; no offer made.")

add(lang="fr", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["product_description", "refill", "candle"],
    frm=("Les Cires de Margaux", "bonjour@lescires-margaux.fr"),
    subject="Re: Comment utiliser la recharge de cire ? Commande 407-1180934-7726015",
    date=(2026, 11, 14, 16, 3),
    body="""Bonjour Claire,

La recharge que vous avez reçue (commande 407-1180934-7726015) est un bloc de 280 g de cire de soja végétale parfumée au thé blanc, avec 2 mèches en coton pré-cirées et 2 pastilles métalliques.

Pour recharger votre pot en verre :
1. Retirez l'ancien reste de cire (passez le pot 10 min au congélateur, il se décolle tout seul).
2. Collez une mèche au centre du fond avec une pastille.
3. Faites fondre le bloc au bain-marie (pas au micro-ondes), jusqu'à environ 70 °C.
4. Versez doucement, tenez la mèche droite avec une pince à linge et laissez refroidir 24 h avant d'allumer.

Le bloc donne environ 45 heures de combustion dans un pot de 8 cm de diamètre. La deuxième mèche sert pour la recharge suivante si vous coupez le bloc en deux.

N'hésitez pas si vous avez une autre question.

Margaux""",
    qstyle="fr_amazon", qwho="Acheteur Amazon", qwhen="13.11.2026 à 20:12",
    qtext="""Bonjour, j'ai reçu la recharge mais il n'y a pas de notice, je dois la faire fondre ? Il y a 2 mèches c'est normal ?""",
    html=True,
    note="Describes the refill wax block the buyer bought and how to use it; pure product help.")

add(lang="fr", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["stock", "restock_date", "refill"],
    frm=("Diffuseurs Amboise – Service client", "client@diffuseurs-amboise.fr"),
    subject="Re: Recharge Lavande de Provence en rupture ? [commande 404-8820157-3361920]",
    date=(2026, 11, 18, 11, 27),
    body="""Bonjour M. Perrin,

Merci de votre message.

Oui, la recharge Lavande de Provence 250 ml est actuellement en rupture. Notre fournisseur d'huile essentielle a eu un retard de livraison et nous attendons le réassort vers le 10-15 décembre, sans pouvoir le garantir à 100 %. L'offre réapparaîtra sur la fiche produit Amazon dès que le stock sera arrivé à l'entrepôt.

Pour votre commande précédente 404-8820157-3361920 : les bâtonnets en rotin que vous aviez reçus avec le diffuseur peuvent être réutilisés avec la prochaine recharge, il suffit de les retourner une fois par semaine.

Cordialement,
Sophie
Diffuseurs Amboise""",
    qstyle="fr_ecrit", qwho="Acheteur Amazon", qwhen="17 nov. 2026 à 08:44",
    qtext="""Bonjour je voulais racheter la recharge lavande comme pour ma commande d'octobre mais elle est indisponible. Elle revient quand ?""",
    note="Answers the buyer's question about when an out-of-stock refill will be back; factual, no promotion.")

add(lang="fr", client="edesk", kind="reply", expect="legit", rules=[],
    classes=["bundle_question", "bundle_contents"],
    frm=("Filtrabel Maison", "support@filtrabel-maison.fr"),
    subject="Re: Contenu du lot « kit de démarrage » - 408-2457789-1092366",
    date=(2026, 11, 20, 15, 40),
    body="""Bonjour,

Je confirme le contenu du lot que vous avez commandé (408-2457789-1092366) :
- 1 gourde filtrante 750 ml (couleur ardoise)
- 3 filtres de rechange charbon actif (dont 1 déjà monté dans la gourde)
- 1 bouchon sport de remplacement

Il n'y a pas de deuxième gourde dans ce lot, c'est pour ça que le carton vous a paru léger. Le « x2 » dans le titre concerne les bouchons (celui monté + celui de remplacement), je reconnais que ce n'est pas clair et nous allons demander la correction du titre de la fiche.

Si vous pensiez commander deux gourdes et que le lot ne vous convient pas, le retour est possible depuis votre compte Amazon, les frais de retour sont à notre charge vu l'ambiguïté.

Cordialement
Karim B.
Filtrabel Maison""",
    qstyle="dashes", qwho="", qwhen="",
    qtext="""Bonjour, dans le titre c'est écrit x2 mais j'ai reçu une seule gourde. Il en manque une ?""",
    note="Clarifies what the purchased bundle contains and offers an Amazon return; legitimate order help.")

add(lang="fr", client="gorgias", kind="reply", expect="legit", rules=[],
    classes=["price_difference", "product_description", "refill"],
    frm=("Senteurs Loupiac", "serviceclient@senteurs-loupiac.fr"),
    subject="Re: Pourquoi la recharge Figue est plus chère ? commande 171-5503318-2049873",
    date=(2026, 11, 21, 10, 5),
    body="""Bonjour Mme Chauvet,

Bonne question ! La recharge Vanille Bourbon est en 200 ml, alors que la Figue Noire que vous avez commandée (171-5503318-2049873) est en 250 ml. En plus, la Figue contient 18 % d'huiles parfumées contre 12 % pour la Vanille, ce qui la rend plus intense et plus longue : comptez environ 10 semaines contre 7.

C'est ce qui explique les 2,40 € de différence. Les deux recharges vont dans le même flacon diffuseur, donc aucun souci de compatibilité.

Belle journée,
Inès – Senteurs Loupiac""",
    qstyle="fr_ecrit", qwho="Acheteur Amazon", qwhen="20 nov. 2026 à 17:31",
    qtext="""Bonjour,
Je ne comprends pas pourquoi la recharge figue coute plus cher que la vanille alors que c'est la même marque ?
Merci d'avance""",
    note="Explains the price difference between two refill scents by volume and concentration; answers the question only.")

add(lang="fr", client="seller_central", kind="proactive", expect="legit", rules=[],
    classes=["order_note", "partial_shipment", "stock"],
    frm=("Nettoyage Pro Morvan", "commandes@nettoyage-morvan.fr"),
    subject="Votre commande 403-9914502-6637218 : envoi en deux colis",
    date=(2026, 11, 24, 9, 2),
    body="""Bonjour,

Concernant votre commande 403-9914502-6637218 (4 x recharges de pastilles lave-vaisselle, 60 pastilles chacune) :

Au moment de la préparation, il ne restait que 3 boîtes dans notre dépôt. Ces 3 boîtes sont parties aujourd'hui par Colissimo. La 4e boîte partira de notre deuxième entrepôt d'ici jeudi 26 novembre, dans un colis séparé, sans frais supplémentaires.

Vous n'avez rien à faire, les deux numéros de suivi apparaîtront dans « Vos commandes ». Si la 4e boîte n'arrivait pas avant le 2 décembre, répondez simplement à ce message.

Cordialement,
Service commandes – Nettoyage Pro Morvan""",
    qstyle=None,
    note="Proactive note that a stock shortage splits the order into two parcels; necessary order information, no marketing.")

# French violations
add(lang="fr", client="zendesk", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["new_scent_announcement", "compatibility", "refill"],
    frm=("Atelier Bréhat Parfums d'intérieur", "contact.client@atelier-brehat.fr"),
    subject="Re: Recharge compatible avec mon diffuseur ? – 405-2281736-9904417",
    date=(2026, 11, 11, 13, 36),
    body="""Bonjour Monsieur Lemaire,

Oui, la recharge Ambre & Santal 200 ml (commande 405-2281736-9904417) est compatible avec votre diffuseur céramique Bréhat : le goulot est le même (diamètre 2,8 cm) depuis 2023. Versez la recharge jusqu'à 2 cm sous le bord et remettez les bâtonnets, en les retournant au bout de 48 h.

Petite info : nous venons de sortir un nouveau parfum, Neige & Bois de Cèdre, spécial hiver, disponible en recharge 200 ml dans notre boutique Amazon. Il plaît beaucoup aux clients qui aiment l'Ambre & Santal !

Bonne soirée,
Nathalie
Atelier Bréhat""",
    qstyle="fr_ecrit", qwho="Acheteur Amazon", qwhen="10 nov. 2026 à 23:10",
    qtext="""Bonjour, j'ai un diffuseur de chez vous acheté il y a 2 ans, est-ce que la recharge que je viens de commander va dedans ?""",
    note="Useful compatibility answer, but the paragraph announcing a new winter scent available in the shop is marketing.")

add(lang="fr", client="freshdesk", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["loyalty_programme", "delivery_question", "capsules"],
    frm=("Torréfaction Valmont", "sav@torrefaction-valmont.fr"),
    subject="Re: Colis pas encore reçu - commande 402-6051184-3378291",
    date=(2026, 11, 16, 17, 22),
    body="""Bonjour Madame Nguyen,

Votre colis (commande 402-6051184-3378291, 3 boîtes de capsules Ristretto) a bien été remis à Chronopost vendredi. D'après le suivi il est en agence à Lyon Corbas et doit être livré demain mardi avant 13 h. Il n'y a rien à faire de votre côté.

Au passage, saviez-vous que nous avons lancé le Club Valmont ? Chaque boîte achetée vous rapporte des points, et dès 5 boîtes vous recevez une boîte offerte à la commande suivante. Il suffit de répondre « CLUB » à ce message et nous vous inscrivons.

Bonne fin de journée,
Marc Valmont
Torréfaction Valmont""",
    qstyle="original", qwho="Amazon Marketplace", qwhen="lundi 16 novembre 2026 07:58",
    qtext="""Bonjour je n'ai toujours pas reçu mes capsules commandées mercredi dernier, pouvez vous vérifier ?""",
    note="Delivery status answer is fine, but the invitation to join the seller's loyalty club with free boxes is marketing.")

add(lang="fr", client="helpscout", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["cross_sell", "product_use", "refill"],
    frm=("Clairo Filtration", "support@clairo-filtration.fr"),
    subject="Re: Goût bizarre de l'eau avec la nouvelle cartouche (403-5529047-8810362)",
    date=(2026, 11, 19, 9, 48),
    body="""Bonjour Monsieur Dufresne,

Ce léger goût est normal avec une cartouche neuve : il s'agit de fines poussières de charbon actif. Avant la première utilisation, il faut faire tremper la cartouche 15 minutes dans l'eau froide puis jeter les deux premiers remplissages de la carafe. Après cela, le goût disparaît.

Si ce n'est pas le cas après 3 remplissages, dites-le-nous et nous verrons pour un remplacement de la cartouche de votre commande 403-5529047-8810362.

Pour aller plus loin, beaucoup de nos clients ajoutent notre pastille détartrante CF-Clean (boîte de 12, 9,90 €) : elle prolonge la durée de vie des cartouches et garde la carafe comme neuve. Vous la trouverez dans notre boutique sur Amazon.

Cordialement,
Élodie – Clairo Filtration""",
    qstyle="fr_ecrit", qwho="Amazon-Acheteur", qwhen="18 nov. 2026 à 21:16",
    qtext="""Bonsoir, depuis que j'ai mis la nouvelle cartouche l'eau a un gout un peu bizarre, presque de terre. C'est normal ??""",
    html=True,
    note="Good troubleshooting, but the last paragraph recommends another product from the shop with its price, which is marketing.")

add(lang="fr", client="gmail", kind="reply", expect="violation", rules=["purpose.marketing", "style.emoji"],
    classes=["seasonal_offer", "invoice", "candle"],
    frm=("Les Cires de Margaux", "bonjour@lescires-margaux.fr"),
    subject="Re: Facture commande 407-3306612-5817740",
    date=(2026, 12, 1, 11, 14),
    body="""Bonjour M. Roussel,

Vous trouverez la facture de votre commande 407-3306612-5817740 (2 recharges de cire 280 g, Thé blanc et Pain d'épices) en téléchargement dans « Vos commandes » > « Facture ». Elle est au nom de votre société comme demandé, avec la TVA à 20 % détaillée.

Et comme Noël approche : jusqu'au 20 décembre, nos coffrets cadeaux « 3 recharges + pot en verre » sont à -15 % sur notre boutique Amazon. Idéal pour offrir 🎄

Belle journée,
Margaux
Les Cires de Margaux""",
    qstyle="fr_ecrit", qwho="Acheteur Amazon", qwhen="30 nov. 2026 à 18:02",
    qtext="""Bonjour, j'aurais besoin d'une facture au nom de mon entreprise (Roussel Déco SARL) svp. Merci""",
    note="Invoice answer is legitimate, but it adds a Christmas discount on gift sets (marketing) and a Christmas tree emoji.")

add(lang="fr", client="outlook", kind="proactive", expect="violation", rules=["purpose.marketing"],
    classes=["order_note", "delay", "black_friday_offer"],
    frm=("Senteurs Loupiac", "serviceclient@senteurs-loupiac.fr"),
    subject="Information sur votre commande 171-8847120-3356094",
    date=(2026, 11, 26, 8, 30),
    body="""Bonjour,

Votre commande 171-8847120-3356094 (recharge Fleur de Coton 250 ml) prendra un jour de retard : notre transporteur n'a pas pu passer hier à cause des grèves. Elle partira ce matin et la nouvelle date de livraison estimée est le samedi 28 novembre. Toutes nos excuses.

En attendant, profitez du Black Friday : jusqu'à lundi, notre coffret découverte de 4 mini-recharges (Figue, Vanille, Fleur de Coton, Thé vert) est à -25 % sur notre page Amazon.

Cordialement,
L'équipe Senteurs Loupiac""",
    qstyle=None,
    note="Proactive delay notice is allowed, but the Black Friday discount on a discovery set is marketing.")

add(lang="fr", client="gorgias", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["discount_refused", "coupon_code", "cleaning_refill"],
    frm=("Nettoyage Pro Morvan", "commandes@nettoyage-morvan.fr"),
    subject="Re: Geste commercial ? commande 403-4410028-7719563",
    date=(2026, 11, 28, 14, 55),
    body="""Bonjour Monsieur Tessier,

Nous ne pouvons malheureusement pas faire de geste commercial sur une commande déjà livrée (403-4410028-7719563, 2 bidons de recharge nettoyant multi-surfaces 5 L). Le prix payé correspond au prix affiché le jour de l'achat.

En revanche, pour votre prochaine commande, utilisez le code MORVAN15 au moment du paiement : il vous donne -15 % sur tous nos bidons de recharge jusqu'au 6 décembre.

Cordialement,
Service commandes
Nettoyage Pro Morvan""",
    qstyle="fr_amazon", qwho="Acheteur Amazon", qwhen="27.11.2026 à 19:41",
    qtext="""Bonjour, j'ai vu que mon voisin a payé ses bidons moins cher que moi sur un autre site. Vous pouvez faire un geste ?""",
    note="Refusing the goodwill gesture is fine, but giving a coupon code for the next order is a promotion.")

add(lang="fr", client="zendesk", kind="reply", expect="violation", rules=["purpose.marketing", "subject.marketing"],
    classes=["new_product_announcement", "marketing_subject", "usage_question"],
    frm=("Maison Savonnière Duclos", "service@savonnerie-duclos.fr"),
    subject="NOUVEAU : recharges XXL 2 L disponibles ! / Re: commande 171-6620481-4083375",
    date=(2026, 12, 3, 10, 20),
    body="""Bonjour Madame Aubert,

Pour répondre à votre question sur votre commande 171-6620481-4083375 : oui, la recharge de savon liquide peut être diluée pour le distributeur mousse, 1 volume de savon pour 3 volumes d'eau. Ne la diluez pas pour un flacon pompe classique, elle deviendrait trop liquide. Une fois diluée, utilisez-la dans les 4 semaines.

Et bonne nouvelle : nos recharges existent maintenant en format XXL 2 L, jusqu'à 20 % moins chères au litre. Elles sont déjà en ligne sur notre boutique Amazon, en fleur d'oranger, lavande et sans parfum.

Cordialement,
Paul Duclos""",
    qstyle="dashes", qwho="", qwhen="",
    qtext="""Bonjour, est-ce que je peux mettre la recharge dans un distributeur mousse ? faut-il la diluer ?""",
    note="Answers a dilution question but the subject line and last paragraph announce a new XXL refill size, which is marketing.")

# ---------------------------------------------------------------- ENGLISH (12)
add(lang="en", mkt="co.uk", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["bundle_question", "price_difference", "razor_refill"],
    frm=("Harlow & Finch Grooming", "help@harlowfinch-grooming.co.uk"),
    subject="Re: 8-pack vs two 4-packs (order 202-4471903-8826517)",
    date=(2026, 11, 8, 12, 10),
    body="""Hi Daniel,

Thanks for your message about order 202-4471903-8826517.

The 8-pack and the 4-pack contain exactly the same 5-blade cartridges (model HF5, fits all our handles made since 2021). The 8-pack is £21.99, so £2.75 per blade; two 4-packs would be £25.98, or £3.25 per blade. The difference is simply packaging and handling costs - the 8-pack is one box and one pick at the warehouse.

As you bought two 4-packs, if you'd rather have the 8-pack you can return the unopened 4-packs through Your Orders within 30 days and reorder. Otherwise there's nothing to do; the blades are identical.

Best regards,
Tom
Harlow & Finch customer care""",
    qstyle="on_wrote", qwho="Amazon Buyer", qwhen="Sat, 7 Nov 2026 at 21:33",
    qtext="""Hi, I just noticed the 8 pack is cheaper than the two 4 packs I bought. Are they the same blades? Seems a bit odd.""",
    note="Explains the price difference between a bundle and two smaller packs and how to return via Amazon.")

add(lang="en", mkt="com", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["subscription", "subscribe_and_save", "water_filter"],
    frm=("PureRidge Filters Support", "support@pureridgefilters.com"),
    subject="Re: Can you ship filters to me every 2 months? - Order 113-5082716-4439018",
    date=(2026, 11, 13, 15, 44),
    body="""Hello Ms. Okafor,

We aren't able to set up a recurring delivery ourselves. On Amazon, the only way to get the PR-200 refrigerator filter sent to you automatically is Amazon's Subscribe & Save program.

On the product page, select "Subscribe & Save" instead of "One-time purchase", then pick how often you want it delivered (for this filter, every 6 months matches the replacement interval). Amazon handles the billing, the delivery schedule, skipping or cancelling - all from "Your Subscribe & Save Items" in your account.

One note on your current order 113-5082716-4439018: the PR-200 should be replaced every 6 months or 300 gallons, whichever comes first, so every 2 months would leave you with spare filters.

Kind regards,
Luis
PureRidge Filters""",
    qstyle="original", qwho="Amazon Marketplace", qwhen="Thursday, November 12, 2026 7:02 PM",
    qtext="""Hi - can I just pay you directly and you send me a filter every couple of months? Easier than remembering to order.
Thanks
Grace""",
    html=True,
    note="Declines a direct subscription and explains that recurring refills are only available through Amazon's Subscribe & Save.")

add(lang="en", mkt="co.uk", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["promotion_ended", "price_question", "coffee_pods"],
    frm=("Brightwell Roasters", "orders@brightwellroasters.co.uk"),
    subject="Re: Lightning deal price - order 026-9931047-2274861",
    date=(2026, 11, 30, 9, 37),
    body="""Hi Rachel,

Sorry for the confusion. The £14.99 price you saw on the 100-pod box of compatible capsules was an Amazon Lightning Deal that ran for a few hours on Friday and ended at 6pm. Your order 026-9931047-2274861 was placed on Saturday morning, so it went through at the regular £19.99.

We aren't able to refund the difference after the deal has finished, I'm afraid. If you'd prefer not to keep the box at that price, you can return it unopened through Your Orders and Amazon will refund you in full.

Best,
Sam
Brightwell Roasters""",
    qstyle="on_wrote", qwho="Amazon Buyer <r7kq2m0x9dp4tlw@marketplace.amazon.co.uk>", qwhen="Sun, 29 Nov 2026, 20:15",
    qtext="""Hi, it was £14.99 on Friday and I paid £19.99. Can you refund me the £5 please?""",
    note="Explains that a Lightning Deal has ended and refuses a retroactive price adjustment; points to Amazon returns.")

add(lang="en", mkt="com", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["discount_refused", "bulk_order", "ink"],
    frm=("InkHarbor Supplies", "cs@inkharbor-supplies.com"),
    subject="RE: Discount for 5 more sets? [113-2206841-9957312]",
    date=(2026, 11, 17, 10, 58),
    body="""Hi Mr. Delgado,

Thank you for asking. Unfortunately we can't give individual discounts on Amazon - the listed price is the same for every customer and we're not able to change it for a single order. Your order 113-2206841-9957312 (1 set of 4 compatible cartridges for the OfficeJet 9010 series) was charged at the listed $32.49.

If you need a larger quantity for an office, Amazon Business may show quantity pricing on some items when you're logged in with a business account; that is set up and handled by Amazon.

Regards,
Priya Nand
InkHarbor Supplies""",
    qstyle="original", qwho="Amazon.com", qwhen="Monday, November 16, 2026 4:41 PM",
    qtext="""If I buy 5 more sets can you do 15% off? We go through a lot of ink at the office.""",
    note="Refuses an individual bulk discount and mentions Amazon Business as Amazon's own channel; no seller promotion.")

add(lang="en", mkt="co.uk", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["product_description", "dishwasher_tablets"],
    frm=("Greenlake Home", "care@greenlakehome.co.uk"),
    subject="Re: Questions about the eco dishwasher tablets, order 203-7761420-1188035",
    date=(2026, 11, 19, 14, 21),
    body="""Hello Mrs Whitfield,

Happy to help with your order 203-7761420-1188035.

The tablets you bought are our all-in-one eco tablets, 90 per pouch. Each tablet is 18 g and is wrapped in a water-soluble PVOH film, so you put it straight into the dispenser without unwrapping. They are phosphate-free and fragrance-free, and contain sodium carbonate, sodium percarbonate, citric acid and plant-based surfactants (full list on the back of the refill pouch).

One tablet per cycle is enough, even on the eco programme. In very hard water areas (over 300 ppm) we'd still recommend keeping dishwasher salt topped up; the tablets contain a rinse agent, so separate rinse aid is optional.

The pouch is resealable - keep it closed and dry, as the tablets absorb moisture and can stick together.

Kind regards,
Hannah
Greenlake Home""",
    qstyle="on_wrote", qwho="Amazon Buyer", qwhen="18 Nov 2026, at 11:09",
    qtext="""Hello, do I unwrap these before use? And do I still need salt and rinse aid? Also are they phosphate free?""",
    note="Describes the dishwasher tablets the buyer purchased and how to use them; product information only.")

add(lang="en", mkt="com", client="seller_central", kind="proactive", expect="legit", rules=[],
    classes=["order_note", "packaging_change", "refill"],
    frm=("Cascade Refill Co.", "orders@cascaderefill.com"),
    subject="Note about your order 114-3350287-6621904 - new pouch packaging",
    date=(2026, 12, 2, 8, 12),
    body="""Hello,

A quick note about your order 114-3350287-6621904 (hand soap refill, 64 fl oz, Unscented).

We've just changed suppliers for the pouch, so the refill you receive will come in a white stand-up pouch with a screw cap instead of the clear pouch shown in some of the listing photos. The soap inside is the same formula and the same 64 fl oz volume; only the packaging is different.

If anything arrives damaged or leaking, please reply to this message or start a return from Your Orders.

Thank you,
Cascade Refill Co. order team""",
    qstyle=None,
    note="Proactive note warning that the packaging differs from the listing photos; needed for the order, no marketing.")

# English violations
add(lang="en", mkt="co.uk", client="zendesk", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["new_scent_announcement", "product_use", "soap_refill"],
    frm=("Greenlake Home", "care@greenlakehome.co.uk"),
    subject="Re: Refilling the glass dispenser - 203-1147720-5539086",
    date=(2026, 11, 23, 16, 48),
    body="""Hi Ben,

Thanks for getting in touch about order 203-1147720-5539086.

To refill the amber glass dispenser, unscrew the pump, rinse it with warm water first (pump water through it a few times so old soap doesn't dry in the tube), then pour the refill in up to the shoulder of the bottle - about 480 ml. The refill pouch has a spout so you shouldn't need a funnel.

Also, we've just launched a new Eucalyptus & Mint refill in the same 1 litre pouch - it's been really popular since it went live in our Amazon store last week, so worth a look next time!

Cheers,
Hannah
Greenlake Home""",
    qstyle="on_wrote", qwho="Amazon Buyer", qwhen="Mon, 23 Nov 2026 at 09:20",
    qtext="""How much of the pouch goes in the dispenser? Do I need to clean it in between?""",
    note="Refill instructions are fine, but the closing paragraph announces a newly launched scent and encourages buying it.")

add(lang="en", mkt="com", client="gorgias", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["loyalty_programme", "late_delivery", "coffee_pods"],
    frm=("Northbeam Coffee", "support@northbeamcoffee.com"),
    subject="Re: Where is my order? 112-6608134-2957730",
    date=(2026, 11, 25, 11, 3),
    body="""Hi Karen,

So sorry for the wait. Your order 112-6608134-2957730 (2 x 72-count dark roast pods) left our warehouse on Nov 20 with UPS. The tracking shows a weather delay at the Louisville hub; UPS now estimates delivery on Friday, Nov 27. If it hasn't arrived by Monday, reply here and we'll send a replacement or refund you.

By the way - we've started a Refill Rewards program for our regular customers: every 5th box of pods is free. Just reply "JOIN" and we'll add you to the list.

Thanks for your patience,
Jordan
Northbeam Coffee""",
    qstyle="original", qwho="Amazon Marketplace", qwhen="Tuesday, November 24, 2026 10:15 PM",
    qtext="""It's been 5 days and still no coffee. Tracking hasn't moved. What's going on??""",
    note="Delivery answer is legitimate, but the invitation to join a loyalty rewards programme is marketing.")

add(lang="en", mkt="co.uk", client="outlook", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["cross_sell", "compatibility", "toner"],
    frm=("TonerDepot UK", "service@tonerdepot-uk.co.uk"),
    subject="RE: Is this toner right for my printer? Order 204-5519376-0048812",
    date=(2026, 11, 26, 13, 29),
    body="""Dear Mr Patel,

Yes, the TN-2420 compatible toner in your order 204-5519376-0048812 fits the HL-L2350DW. It yields around 3,000 pages at 5% coverage. Remove the orange protective strip before installing it in the drum unit, and if the printer shows "Replace Toner" afterwards, open the front cover and close it again to reset the counter.

While you're at it, your drum unit will likely need changing soon if the printer is more than a couple of years old - we stock the compatible DR-2400 drum for £18.49 in our Amazon shop, and it pairs perfectly with this toner.

Kind regards,
Andrew
TonerDepot UK""",
    qstyle="original", qwho="Amazon Buyer", qwhen="26 November 2026 08:51",
    qtext="""Hello, I have a Brother HL-L2350DW. Will this toner work and is there anything I need to do when I put it in?""",
    html=True,
    note="Compatibility answer is fine, but it recommends buying another product (drum unit) from the shop with a price, which is marketing.")

add(lang="en", mkt="com", client="helpscout", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["seasonal_offer", "product_question", "wax_melts"],
    frm=("Willow & Wick Candle Co.", "hello@willowandwick-candles.com"),
    subject="Re: Wax melts scent throw - order 111-7702958-3316490",
    date=(2026, 12, 4, 15, 12),
    body="""Hi Megan,

Thanks for your note about order 111-7702958-3316490. For a stronger scent from the Cinnamon Spice melts, use 2 cubes at a time in a warmer with a 25W bulb or higher; tea-light warmers often don't get the wax hot enough. Each cube lasts 8-10 hours, and you can lift out the wax once the scent fades.

Also, our holiday gift sets (6 wax melt packs in a kraft box) are 20% off in our Amazon store until December 20th - perfect stocking stuffers!

Warmly,
Ella
Willow & Wick""",
    qstyle="on_wrote", qwho="Amazon Buyer", qwhen="Thu, Dec 3, 2026 at 7:46 PM",
    qtext="""The melts smell lovely in the pack but I can barely smell them when melted. Am I doing something wrong?""",
    note="Helpful usage advice followed by a seasonal 20% holiday offer on gift sets, which is marketing.")

add(lang="en", mkt="co.uk", client="edesk", kind="proactive", expect="violation", rules=["purpose.marketing", "subject.marketing"],
    classes=["order_note", "marketing_subject", "seasonal_offer"],
    frm=("Harlow & Finch Grooming", "help@harlowfinch-grooming.co.uk"),
    subject="Winter Sale: 30% off all refills + an update on order 202-8830541-7714926",
    date=(2026, 12, 7, 9, 40),
    body="""Hello,

An update on your order 202-8830541-7714926 (shaving gel refill, 3 x 200 ml): one of the three bottles was damaged during packing, so we've replaced it from fresh stock. This means the parcel is leaving one day later than planned and should now arrive on Wednesday 9 December with Royal Mail Tracked 48.

Our Winter Sale is also on now - 30% off every refill in our Amazon store, blades, gels and balms included, until 31 December.

Kind regards,
Harlow & Finch customer care""",
    qstyle=None,
    note="Proactive delay note is allowed, but the subject and last paragraph advertise a winter sale on all refills.")

add(lang="en", mkt="com", client="freshdesk", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["coupon_code", "price_difference", "refill"],
    frm=("Cascade Refill Co.", "orders@cascaderefill.com"),
    subject="Re: Price went up? - Order 114-9927061-5402218",
    date=(2026, 12, 9, 12, 26),
    body="""Hi Aaron,

You're right, the price of the 64 fl oz laundry detergent refill went from $21.99 to $23.49 at the start of December. Our raw material and freight costs went up this autumn and we had to pass part of that on. Your order 114-9927061-5402218 was charged $23.49, which was the listed price on the day.

To make up for it, use code CASCADE4 at checkout on your next order: buy 3 refills and the 4th one is free, valid until January 15.

Best regards,
Mia
Cascade Refill Co.""",
    qstyle="original", qwho="Amazon.com", qwhen="Tuesday, December 8, 2026 6:30 PM",
    qtext="""I've been buying this refill for a year and it's suddenly more expensive. Why?""",
    note="Explaining the price increase is fine, but the buy-3-get-1 coupon code for future orders is a promotion.")

# ---------------------------------------------------------------- build
assert len(M) == 28, len(M)
os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
labels = []
for i, m in enumerate(M, 1):
    mid = f"w125-{i:04d}"
    dom = "fr" if m["lang"] == "fr" else m["mkt"]
    to_addr = f"{alias()}@marketplace.amazon.{dom}"
    msg = EmailMessage()
    msg["From"] = f'"{m["frm"][0]}" <{m["frm"][1]}>'
    msg["To"] = to_addr
    msg["Subject"] = m["subject"]
    y, mo, d, h, mi = m["date"]
    tz = timezone(timedelta(hours=1)) if m["lang"] == "fr" else (timezone.utc if dom == "co.uk" else timezone(timedelta(hours=-5)))
    msg["Date"] = format_datetime(datetime(y, mo, d, h, mi, rnd.randint(0, 59), tzinfo=tz))
    msg["Message-ID"] = make_msgid(idstring=f"{rnd.randint(10**6, 10**7)}", domain=m["frm"][1].split("@")[1])
    msg["MIME-Version"] = "1.0"
    qs = m.get("qstyle")
    qtxt = m.get("qtext", "")
    text = m["body"].rstrip("\n")
    if qs:
        text += quote(qs, m.get("qwho", ""), m.get("qwhen", ""), qtxt, m["lang"])
    text += "\n"
    cte = "quoted-printable" if i % 3 else "base64"
    msg.set_content(text, charset="utf-8", cte=cte)
    if m.get("html"):
        if qs == "fr_ecrit":
            qhead = f"Le {m['qwhen']}, {m['qwho']} a écrit :"
        elif qs == "fr_amazon":
            qhead = f"{m['qwho']}, {m['qwhen']} :"
        elif qs == "on_wrote":
            qhead = f"On {m['qwhen']}, {m['qwho']} wrote:"
        else:
            qhead = f"{m['qwho']} - {m['qwhen']}"
        msg.add_alternative(to_html(m["body"], qhead, qtxt if qs else ""), subtype="html", charset="utf-8", cte="quoted-printable")
    path = os.path.join(OUT, "messages", f"{mid}.eml")
    with open(path, "wb") as f:
        f.write(msg.as_bytes(policy=SMTP))
    labels.append({"id": mid, "file": f"messages/{mid}.eml", "lang": m["lang"], "client": m["client"],
                   "kind": m["kind"], "split": "dev", "expect": m["expect"], "rules": m["rules"],
                   "classes": m["classes"], "note": m["note"]})
with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labels), sum(l["expect"] == "legit" for l in labels), sum(l["expect"] == "violation" for l in labels))
