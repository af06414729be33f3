#!/usr/bin/env python3
"""Generate the w128 messages (French and Japanese small sellers) and labels.jsonl."""
import json
import random
import struct
import zlib
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, formataddr
from html import escape
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
W = "w128"
rng = random.Random(12801)
CET = timezone(timedelta(hours=1))
JST = timezone(timedelta(hours=9))

SHOPS = {
    "fr_tea": ("Maison Théière d'Ambre", "service-client@theiere-ambre.fr"),
    "fr_stat": ("Papeterie Belleclaire", "contact-amazon@papeterie-belleclaire.fr"),
    "fr_knife": ("Coutellerie Vernadet", "commandes@coutellerie-vernadet.fr"),
    "fr_kimono": ("Atelier Hanaori", "boutique@atelier-hanaori.fr"),
    "fr_cosm": ("Savonnerie des Quatre Vents", "sav@savonnerie-quatrevents.fr"),
    "jp_tea": ("茶舗みどり園", "support@midorien-cha.jp"),
    "jp_stat": ("文具の森田屋", "shop@morita-bungu.jp"),
    "jp_knife": ("刃研堂", "info-amazon@hakendo-knives.jp"),
    "jp_kimono": ("和小物 結いと", "order@yuito-wakomono.jp"),
    "jp_cosm": ("白椿 ナチュラルコスメ", "cs@shirotsubaki-cosme.jp"),
}

USER_AGENTS = {
    "thunderbird": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "apple_mail": ("X-Mailer", "Apple Mail (2.3826.200.121)"),
    "zendesk": ("X-Mailer", "Zendesk Mailer"),
    "freshdesk": ("X-Mailer", "Freshdesk"),
    "mailwise": ("X-Mailer", "mailwise"),
    "relation": ("X-Mailer", "Re:lation"),
}


def alias():
    chars = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(chars) for _ in range(15))


def tiny_png():
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    w, h = 4, 2
    raw = b""
    for y in range(h):
        raw += b"\x00" + (b"\x9a\xc8\x5e" * 2 + b"\xb8\xc2\x3a" * 2)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def tiny_pdf(lines):
    text = " ".join("(%s) Tj T*" % l.replace("(", "[").replace(")", "]") for l in lines)
    stream = ("BT /F1 10 Tf 14 TL 50 780 Td %s ET" % text).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def to_html(body, quote_header=None, quote_text=None):
    paras = body.strip("\n").split("\n\n")
    parts = []
    for p in paras:
        parts.append("<p>" + "<br>\n".join(escape(l) for l in p.split("\n")) + "</p>")
    html = ('<html><head><meta charset="utf-8"></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
            + "\n".join(parts))
    if quote_header:
        qp = "<br>\n".join(escape(l) for l in quote_text.strip("\n").split("\n"))
        html += ('\n<div class="quote_header">' + escape(quote_header) + '</div>\n'
                 '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                 + qp + '</blockquote>')
    return html + "\n</body></html>\n"


M = []  # message specs


def add(**kw):
    M.append(kw)


# ----------------------------------------------------------------- FRENCH ---
add(shop="fr_tea", lang="fr", client="gmail", kind="reply",
    buyer="Nathalie Lefort", date=datetime(2026, 11, 9, 10, 37, tzinfo=CET),
    subject="Re: Où en est ma commande 402-7734120-5581936 ?",
    body="""Bonjour Madame Lefort,

Merci pour votre message. J'ai vérifié le suivi de votre colis (Colissimo, n° 6A21984736510) : il a été déposé au bureau de poste de Vannes le 6 novembre et il est bloqué depuis samedi à la plateforme de Rennes, comme pas mal de colis cette semaine à cause du mouvement social.

Colissimo m'annonce une reprise normale de l'acheminement sous 48 h. Si le colis n'a toujours pas bougé jeudi, j'ouvre une réclamation de mon côté et je vous renvoie les deux thés (Sencha Kyoto 100 g et Rooibos Vanille 100 g) sans attendre, vous n'aurez rien à faire.

Je reviens vers vous jeudi dans tous les cas.

Bien cordialement,
Camille
Maison Théière d'Ambre
""",
    quote=("gt", "Le lun. 9 nov. 2026 à 08:14, Nathalie Lefort - Amazon Marketplace <{to}> a écrit :",
           """Bonjour,
j'ai commandé le 4 novembre deux thés (commande 402-7734120-5581936) et le suivi n'avance plus depuis samedi. Est ce normal ?
Merci
Nathalie Lefort"""),
    cte="quoted-printable", html=False,
    expect="legit", rules=[], classes=["where_is_my_order", "carrier_delay", "colissimo"],
    note="Answers a where-is-my-order question with the Colissimo tracking status and promises a free re-send if the parcel stays stuck; order-related only.")

add(shop="fr_stat", lang="fr", client="outlook", kind="reply",
    buyer="Julien Garnier", date=datetime(2026, 11, 18, 9, 12, tzinfo=CET),
    subject="RE: Flacon d'encre cassé à la réception – commande 171-3390457-8812046",
    body="""Bonjour Monsieur Garnier,

Je suis désolée d'apprendre que le flacon d'encre Sépia 50 ml est arrivé brisé, et merci pour la photo, elle est très parlante.

Pour l'encre, deux possibilités, comme vous préférez :
- je vous renvoie un flacon neuf dès demain, avec un calage renforcé ;
- ou vous demandez un retour depuis Vos commandes sur Amazon (motif « article endommagé ») : l'étiquette Mondial Relay est à notre charge et le remboursement part dès le dépôt en Point Relais.

Pour le carnet A5 taché, je peux soit l'ajouter au renvoi, soit vous rembourser partiellement 6,00 € via Amazon. Dites-moi ce qui vous arrange.

Si vous choisissez le renvoi, inutile de nous retourner le flacon cassé : jetez-le simplement en faisant attention aux éclats.

Cordialement,
Hélène Marchetti
Papeterie Belleclaire – service clients
""",
    quote=("outlook", """-----Message d'origine-----
De : Julien Garnier - Amazon Marketplace <{to}>
Envoyé : mardi 17 novembre 2026 19:52
À : Papeterie Belleclaire <{frm}>
Objet : Flacon d'encre cassé à la réception – commande 171-3390457-8812046""",
           """Bonjour, le colis est arrivé ce soir et le flacon d'encre était cassé dans le sachet, l'encre a coulé sur le carnet A5 aussi (photo jointe). Le carnet est récupérable mais un peu taché. Que faire ?
J. Garnier"""),
    cte="quoted-printable", html=True,
    expect="legit", rules=[], classes=["damaged_item", "replacement", "amazon_return", "mondial_relay", "partial_refund"],
    note="Offers a replacement or an Amazon return with a Mondial Relay label for a broken ink bottle plus a partial refund through Amazon; all within Amazon's processes.")

add(shop="fr_knife", lang="fr", client="zendesk", kind="proactive",
    buyer="", date=datetime(2026, 11, 24, 8, 5, tzinfo=CET),
    subject="Commande 405-2219873-6604512 : code d'accès nécessaire pour la livraison Chronopost",
    body="""Bonjour,

Nous préparons votre couteau de chef Vernadet 21 cm (commande 405-2219873-6604512). Pour les couteaux, nous expédions uniquement en Chronopost avec remise contre signature.

L'adresse de livraison (12 rue des Tanneurs, bât. C, 67000 Strasbourg) ne comporte ni digicode ni nom d'interphone, et le livreur ne pourra pas déposer le colis en boîte aux lettres. Pourriez-vous nous indiquer en réponse à ce message :
- le code d'accès de l'immeuble, s'il y en a un ;
- le nom affiché sur l'interphone, s'il est différent de celui de la commande.

Si vous n'êtes pas disponible le jour du passage, Chronopost vous proposera de choisir un autre jour ou un relais Pickup ; vous pouvez aussi le faire dans l'application Chronopost avec le numéro de suivi qu'Amazon vous communiquera à l'expédition.

Nous expédierons dès réception de votre réponse, au plus tard vendredi.

Merci et bonne journée,
Thomas
Coutellerie Vernadet
""",
    cte="quoted-printable", html=False,
    expect="legit", rules=[], classes=["address_clarification", "chronopost", "signature_delivery"],
    note="Proactively asks for the building access code and intercom name needed for a Chronopost signature delivery; information needed to complete the order.")

add(shop="fr_cosm", lang="fr", client="thunderbird", kind="reply",
    buyer="Claire Rousseau", date=datetime(2026, 11, 20, 11, 48, tzinfo=CET),
    subject="Re: Composition du baume à lèvres - commande 403-5518260-1147390",
    body="""Bonjour Madame Rousseau,

Merci pour votre question. Le baume à lèvres Miel & Calendula ne contient ni arachide ni fruits à coque : la base est faite de beurre de karité, cire d'abeille, huile de tournesol, macérât de calendula et miel (la liste INCI complète est au dos de l'étui, sous le code-barres).

En revanche il est fabriqué dans un atelier où nous utilisons aussi de l'huile d'amande douce, donc nous ne pouvons pas garantir l'absence totale de traces. Si votre fille a une allergie sévère, demandez plutôt l'avis de son médecin avant de l'utiliser.

Pour info, toutes nos fiches ingrédients détaillées et notre gamme complète sans amande sont sur notre site savonnerie-quatrevents.fr, rubrique « Peaux sensibles ».

Bonne journée,
Léa
Savonnerie des Quatre Vents
""",
    quote=("gt", "Le 20/11/2026 à 10:03, Claire Rousseau - Amazon Marketplace a écrit :",
           """Bonjour, est-ce que le baume contient des traces de fruits a coque ? ma fille est allergique aux noix.
Merci d'avance
C. Rousseau"""),
    cte="quoted-printable", html=False,
    expect="violation", rules=["contact.off_platform", "links.external", "purpose.marketing"],
    classes=["ingredients_question", "allergy", "own_website", "product_range"],
    note="Answers an allergen question correctly but then sends the buyer to the shop's own website for ingredient sheets and its other nut-free products, which moves the buyer off Amazon and promotes other products.")

add(shop="fr_tea", lang="fr", client="gmail", kind="proactive",
    buyer="", date=datetime(2026, 11, 23, 14, 20, tzinfo=CET),
    subject="Votre commande 402-8841236-0937718 : un thé en rupture",
    body="""Bonjour Monsieur Dubreuil,

En préparant votre commande 402-8841236-0937718, je m'aperçois que le Genmaicha 80 g est en rupture : le dernier sachet du lot n'a pas passé notre contrôle (emballage percé). Le prochain arrivage est prévu le 2 décembre.

Les deux autres articles (Hojicha 80 g et la boule à thé inox) sont prêts. Je vous propose :
1. d'envoyer le tout ensemble dès réception du Genmaicha, vers le 3 décembre ;
2. ou d'envoyer tout de suite les deux articles disponibles et de vous rembourser le Genmaicha via Amazon.

Si je n'ai pas de réponse d'ici mercredi, j'expédierai les deux articles disponibles et je rembourserai le Genmaicha moi-même, pour ne pas vous faire attendre.

Toutes mes excuses pour ce contretemps.

Camille
Maison Théière d'Ambre
""",
    cte="quoted-printable", html=False,
    expect="legit", rules=[], classes=["out_of_stock", "partial_shipment", "fulfilment_issue"],
    note="Proactively explains that one tea is out of stock and offers to wait or ship the rest with an Amazon refund for the missing item; resolves a fulfilment issue without asking the buyer to cancel.")

add(shop="fr_stat", lang="fr", client="freshdesk", kind="proactive",
    buyer="", date=datetime(2026, 11, 26, 10, 2, tzinfo=CET),
    subject="Vos carnets Belleclaire – commande 171-6025583-4419207",
    body="""Bonjour Madame Fabre,

Vos deux carnets pointillés A5 (commande 171-6025583-4419207) vous ont été livrés la semaine dernière ; nous espérons que le papier 120 g se comporte bien avec vos plumes.

Si vous en êtes contente, un petit avis sur la page du produit nous aiderait énormément : nous sommes une toute petite papeterie et chaque avis positif compte face aux grandes marques.

Et si quelque chose ne vous convient pas, écrivez-nous ici avant de publier quoi que ce soit, nous trouverons toujours une solution ensemble.

Belle journée et bonne écriture,
Hélène
Papeterie Belleclaire
""",
    cte="quoted-printable", html=True,
    expect="violation", rules=["review.biased_positive", "review.divert_negative"],
    classes=["review_request", "satisfied_only", "contact_before_review"],
    note="Review request that asks only satisfied buyers for a review and asks unhappy ones to write to the seller before publishing anything.")

add(shop="fr_kimono", lang="fr", client="outlook", kind="reply",
    buyer="Linh Nguyen", date=datetime(2026, 11, 12, 18, 30, tzinfo=CET),
    subject="RE: Comment nouer l'obijime ? (commande 404-1170658-2290345)",
    body="""Bonjour Madame Nguyen,

Merci pour votre message. L'obijime en soie tressée (coloris vert pin) se noue avec le nœud plat classique :

1. Faites passer le cordon dans le nœud de dos (otaiko), en gardant les deux extrémités de même longueur.
2. Ramenez les deux bouts devant, au centre de l'obi, et croisez le côté gauche par-dessus le droit.
3. Serrez un premier nœud bien à plat, puis repliez le bout du bas vers le haut pour former le nœud plat.
4. Glissez chaque extrémité sous le cordon, sur les côtés, franges vers le haut (franges vers le bas, c'est pour les cérémonies de deuil).

Avec ses 155 cm, il convient sans problème à un obi nagoya pour un tour de taille jusqu'à environ 100 cm, donc pas d'inquiétude pour la longueur.

Si la soie marque un peu au niveau du nœud après usage, un passage au fer doux avec un tissu intermédiaire suffit.

Bien à vous,
Mathilde Roche
Atelier Hanaori
""",
    quote=("outlook", """-----Message d'origine-----
De : Linh Nguyen - Amazon Marketplace <{to}>
Envoyé : jeudi 12 novembre 2026 09:41
À : Atelier Hanaori
Objet : Comment nouer l'obijime ? (commande 404-1170658-2290345)""",
           """Bonjour
j'ai bien reçu l'obijime vert, il est très beau. Je débute avec le kimono et je ne sais pas comment le nouer sur un obi nagoya, et est-ce qu'il sera assez long ? (tour de taille 88 cm)
Merci beaucoup
Linh"""),
    cte="quoted-printable", html=False,
    expect="legit", rules=[], classes=["product_use", "fitting", "how_to"],
    note="Explains step by step how to tie the obijime and confirms its length fits the buyer; product-use answer only.")

add(shop="fr_knife", lang="fr", client="gmail", kind="reply",
    buyer="Olivier Perrin", date=datetime(2026, 11, 22, 9, 15, tzinfo=CET),
    subject="Re: Affûtage du santoku - commande 405-9902741-3356108",
    body="""Bonjour Monsieur Perrin,

Pour votre santoku 18 cm en acier VG-10, nous conseillons une pierre à eau grain 1000 pour l'entretien courant, puis 3000 ou 6000 pour la finition. Gardez un angle d'environ 15° de chaque côté (à peu près l'épaisseur de deux pièces de 1 € glissées sous le dos de la lame) et faites tremper la pierre une dizaine de minutes avant.

Évitez les aiguiseurs à roulettes et le lave-vaisselle : l'acier est très dur et peut s'ébrécher.

On poste d'ailleurs régulièrement des petites vidéos d'affûtage sur notre Instagram (@coutellerie.vernadet), ça aide bien à voir le geste.

Cordialement,
Thomas Vernadet
""",
    quote=("gt", "Le sam. 21 nov. 2026 à 16:40, Olivier Perrin - Amazon Marketplace <{to}> a écrit :",
           """Bonjour, le santoku coupe un peu moins bien après 2 mois. Quelle pierre me conseillez vous et à quel angle ?
Merci"""),
    cte="quoted-printable", html=False,
    expect="violation", rules=["contact.off_platform"],
    classes=["product_use", "sharpening", "social_media", "instagram"],
    note="Sharpening advice is fine, but the reply points the buyer to the shop's Instagram account in passing, which directs the buyer off Amazon.")

add(shop="fr_cosm", lang="fr", client="zendesk", kind="reply",
    buyer="Marc Abadie", date=datetime(2026, 11, 25, 15, 44, tzinfo=CET),
    subject="Re: Facture au nom de la société - commande 403-6631985-7024418",
    body="""Bonjour Monsieur Abadie,

Vous trouverez ci-joint la facture de votre commande 403-6631985-7024418, établie au nom de « Cabinet Abadie Kiné SARL » avec le numéro de TVA intracommunautaire que vous nous avez indiqué. Elle reste aussi téléchargeable depuis Vos commandes > Facture.

Concernant le coffret de 3 savons que nous avons dû annuler, le remboursement de 24,90 € a bien été émis par Amazon le 23 novembre. Il apparaît en général sous 3 à 5 jours ouvrés sur le compte ; avec une carte Boursorama comme la vôtre c'est souvent un peu plus rapide. S'il n'est pas visible lundi prochain, dites-le-moi et je vérifierai avec Amazon.

Bonne fin de journée,
Léa
Savonnerie des Quatre Vents
""",
    quote=("gt", "Marc Abadie - Amazon Marketplace, 25.11.2026 à 08:56 :",
           """Bonjour, pouvez-vous m'envoyer une facture au nom de ma société (Cabinet Abadie Kiné SARL, TVA FR58 812345678) ? Et je n'ai pas encore vu le remboursement du coffret sur ma carte Boursorama.
Cordialement, M. Abadie"""),
    attach=("facture-F2026-1184.pdf", "application", "pdf",
            ["Savonnerie des Quatre Vents - Facture F2026-1184",
             "Client : Cabinet Abadie Kine SARL - TVA FR58 812345678",
             "Commande Amazon 403-6631985-7024418 du 19/11/2026",
             "Creme mains lavande 75 ml x2 : 25,80 EUR TTC",
             "Total TTC 25,80 EUR dont TVA 20% 4,30 EUR"]),
    cte="quoted-printable", html=False,
    expect="legit", rules=[], classes=["invoice", "refund_status", "bank_named"],
    note="Sends the requested company invoice as a PDF and explains when the Amazon refund for a cancelled item will show on the buyer's bank card; invoice and refund answer only.")

add(shop="fr_tea", lang="fr", client="gmail", kind="proactive",
    buyer="", date=datetime(2026, 11, 27, 9, 30, tzinfo=CET),
    subject="Votre Oolong est bien arrivé ? (commande 402-3318704-9956120)",
    body="""Bonjour,

Votre Oolong Dong Ding 100 g (commande 402-3318704-9956120) a été livré il y a quelques jours. Petit rappel pour l'infusion : eau à 95 °C, 5 g pour 15 cl, 1 minute pour la première infusion puis 30 secondes de plus à chaque fois ; il se réinfuse 4 à 5 fois sans problème.

Si vous prenez quelques minutes pour laisser votre avis sur la fiche du produit, répondez-nous simplement une fois qu'il est publié : nous vous enverrons gracieusement un sachet de 10 g de Darjeeling First Flush, pour vous remercier.

Belle dégustation,
Camille
Maison Théière d'Ambre
""",
    cte="quoted-printable", html=False,
    expect="violation", rules=["review.incentive"],
    classes=["review_request", "free_sample", "brewing_tips"],
    note="Brewing tips followed by a review request that promises a free tea sample once the review is published, which is an incentive for a review.")

add(shop="fr_knife", lang="fr", client="zendesk", kind="proactive",
    buyer="", date=datetime(2026, 11, 19, 10, 10, tzinfo=CET),
    subject="Commande 405-4471092-8830265 – votre avis sur le couteau d'office",
    body="""Bonjour Madame Caron,

Votre couteau d'office Vernadet 9 cm (commande 405-4471092-8830265) vous a été livré le 12 novembre. Nous aimerions connaître votre avis sur ce produit : vous pouvez en laisser un depuis Vos commandes, avec le bouton « Écrire un commentaire sur le produit ». Qu'il soit positif ou négatif, il sera utile aux autres acheteurs.

Pour rappel, lavage à la main uniquement, séchage immédiat, et rangement dans l'étui fourni plutôt qu'en vrac dans un tiroir.

Cordialement,
Coutellerie Vernadet
""",
    cte="quoted-printable", html=True,
    expect="legit", rules=[], classes=["review_request", "neutral", "care_instructions"],
    note="Single neutral review request (positive or negative) with care instructions for the knife; no incentive or bias.")

add(shop="fr_cosm", lang="fr", client="freshdesk", kind="proactive",
    buyer="", date=datetime(2026, 11, 28, 17, 5, tzinfo=CET),
    subject="Commande 403-2087415-6619033 : léger retard d'expédition",
    body="""Bonjour Madame Benali,

Votre crème de nuit à l'huile d'argan (commande 403-2087415-6619033) partira avec deux jours de retard : Colissimo n'a pas effectué l'enlèvement prévu vendredi à l'atelier. Le colis sera déposé lundi 30 novembre et la nouvelle date de livraison estimée est le jeudi 3 décembre. Toutes nos excuses pour ce contretemps.

P.S. Petite nouvelle de l'atelier : notre sérum au bakuchiol, que beaucoup de clientes nous réclamaient, arrive sur notre boutique Amazon à la mi-décembre. Il accompagne très bien la crème de nuit !

Léa
Savonnerie des Quatre Vents
""",
    cte="quoted-printable", html=False,
    expect="violation", rules=["purpose.marketing"],
    classes=["shipping_delay", "colissimo", "new_product"],
    note="A legitimate delay notice with a postscript announcing a new serum and recommending it alongside the purchase, which is marketing.")

add(shop="fr_kimono", lang="fr", client="apple_mail", kind="reply",
    buyer="Sophie Morel", date=datetime(2026, 11, 21, 12, 25, tzinfo=CET),
    subject="Re: Point Relais fermé – commande 404-5529310-1873624",
    body="""Bonjour Madame Morel,

Merci de nous avoir prévenus. Effectivement, le Point Relais choisi (tabac-presse Le Balto, rue de Paris à Montreuil) est fermé pour congés jusqu'au 30 novembre.

Mondial Relay conserve les colis 14 jours. Quand un relais reste fermé, le colis est en général redirigé automatiquement vers le relais ouvert le plus proche, et vous recevez alors un avis de mise à disposition avec la nouvelle adresse. Vous pouvez suivre tout cela dans l'application Mondial Relay avec le numéro 48213377 et votre code postal.

Si malgré tout le colis (la paire de kanzashi laquées et le ruban obiage) nous revient, nous le renverrons à nos frais vers le relais de votre choix, ou nous vous rembourserons via Amazon, comme vous préférez.

Bien à vous,
Mathilde
Atelier Hanaori
""",
    quote=("html", "Le 21 nov. 2026 à 08:58, Sophie Morel - Amazon Marketplace <{to}> a écrit :",
           """Bonjour, mon colis est indiqué "disponible au Point Relais" mais le relais est fermé (affiche congés). Que va devenir mon colis ?
Sophie Morel"""),
    cte="quoted-printable", html=True,
    expect="legit", rules=[], classes=["delivery_problem", "mondial_relay", "relay_closed", "carrier_app"],
    note="Explains what Mondial Relay does when a relay point is closed, names its app for tracking, and offers a free re-send or an Amazon refund; delivery problem answer only.")

add(shop="fr_stat", lang="fr", client="gmail", kind="reply",
    buyer="Pierre Lambert", date=datetime(2026, 11, 30, 16, 12, tzinfo=CET),
    subject="Re: Stylo plume qui fuit - commande 171-8842076-3305591",
    body="""Bonjour Monsieur Lambert,

Je suis vraiment navrée pour le stylo plume Aurore qui fuit au niveau du convertisseur. Je viens de vous rembourser intégralement (39,00 €) via Amazon, vous le verrez d'ici quelques jours. Vous pouvez garder le stylo : souvent, un peu de graisse silicone sur le joint du convertisseur suffit à régler la fuite.

Maintenant que tout est réglé, serait-il possible de retirer l'évaluation d'une étoile que vous avez laissée sur notre boutique ? Vous pouvez le faire depuis Vos commandes > « Évaluer le vendeur ». Pour une petite papeterie comme la nôtre, une seule évaluation négative pèse vraiment lourd.

Merci d'avance pour votre compréhension,
Hélène
Papeterie Belleclaire
""",
    quote=("gt", "Le dim. 29 nov. 2026 à 21:07, Pierre Lambert - Amazon Marketplace <{to}> a écrit :",
           """Le stylo fuit dès le premier remplissage, j'ai de l'encre plein les doigts. Très déçu, j'ai laissé une évaluation en conséquence. Je veux être remboursé."""),
    cte="quoted-printable", html=False,
    expect="violation", rules=["feedback.removal_request"],
    classes=["defective_item", "refund", "negative_feedback"],
    note="Handles a leaking pen with a full refund through Amazon, then asks the buyer to remove the one-star seller feedback now that the issue is solved.")

# --------------------------------------------------------------- JAPANESE ---
add(shop="jp_tea", lang="ja", client="gmail", kind="reply",
    buyer="加藤 恵美", date=datetime(2026, 11, 19, 9, 40, tzinfo=JST),
    subject="Re: 商品の配送状況について（注文番号 503-2281704-6619352）",
    body="""加藤 恵美 様

お問い合わせいただきありがとうございます。
茶舗みどり園の小野寺でございます。

ご注文の「八女 上煎茶 100g×2袋」は、11月16日にヤマト運輸（宅急便コンパクト）にて発送しております。
伝票番号：4821-7730-9156

確認いたしましたところ、11月17日に一度お届けに伺いましたがご不在だったため、現在は最寄りの営業所で保管されているとのことです。
不在票がお手元にない場合でも、ヤマト運輸のアプリや再配達受付で上記の伝票番号を入力いただければ、ご都合のよい日時を指定できます。営業所での保管期限は11月24日までです。

ほかにご不明な点がございましたら、このメッセージにご返信ください。
よろしくお願いいたします。

茶舗みどり園
小野寺
""",
    quote=("gt", "2026年11月18日(水) 21:05 加藤 恵美 - Amazon Marketplace <{to}>:",
           """注文したお茶がまだ届きません。いつ届きますか？
注文番号 503-2281704-6619352"""),
    cte="base64", html=False,
    expect="legit", rules=[], classes=["where_is_my_order", "yamato", "redelivery", "carrier_app"],
    note="Answers a where-is-my-order question: Yamato attempted delivery, gives the tracking number and how to book redelivery in Yamato's app; order-related only.")

add(shop="jp_knife", lang="ja", client="outlook", kind="reply",
    buyer="佐々木 隆", date=datetime(2026, 11, 20, 13, 22, tzinfo=JST),
    subject="RE: 包丁の錆について 注文番号 249-6673015-2280147",
    body="""佐々木 様

この度は刃研堂の三徳包丁（白二鋼・165mm）をお買い上げいただき、ありがとうございます。
お写真を拝見しました。刃元の茶色い点はいわゆる「もらい錆」で、鋼の内部まで進んだものではありませんのでご安心ください。

【落とし方】
1. 市販のクリームクレンザーをワインのコルク栓に少量つけ、刃の向きに沿って軽くこすります。
2. 水でよく洗い流し、乾いた布ですぐに水分を拭き取ってください。

白二鋼は切れ味が鋭い反面、ステンレスより錆びやすい鋼材です。使用後はすぐに洗って拭き、しばらく使わない時は薄く椿油を塗っておくと安心です。食洗機のご使用はお控えください。

上記で落ちない場合や刃こぼれが見つかった場合は、お買い上げから1年間、無償で研ぎ直し・修理を承ります（往復送料は当店負担）。その際はこのメッセージでご連絡いただければ、返送方法をご案内いたします。

刃研堂　西村
""",
    quote=("outlook", """-----Original Message-----
From: 佐々木 隆 - Amazon Marketplace <{to}>
Sent: Friday, November 20, 2026 7:48 AM
To: 刃研堂 <{frm}>
Subject: 包丁の錆について 注文番号 249-6673015-2280147""",
           """先週届いた三徳包丁ですが、刃の根元に茶色い点が出てきました。不良品でしょうか？使い方が悪いのでしょうか。
写真を添付します。"""),
    cte="base64", html=False,
    expect="legit", rules=[], classes=["product_care", "rust", "warranty"],
    note="Explains that the spot is surface rust, how to remove it and care for carbon steel, and offers the one-year free repair through the message thread; product use and warranty.")

add(shop="jp_kimono", lang="ja", client="relation", kind="proactive",
    buyer="", date=datetime(2026, 11, 24, 10, 0, tzinfo=JST),
    subject="ご注文の帯締め（色指定）のご確認のお願い／注文番号 250-3317428-0965183",
    body="""山本 様

和小物 結いと でございます。
このたびは「正絹 手組み帯締め（受注制作・色指定）」をご注文いただき、誠にありがとうございます。

ご注文時のメッセージに「若草色と生成りの二色」とご記入いただいておりますが、当店の糸見本では若草色が2種類（明るめの「若苗」と、やや黄みの強い「萌黄」）ございます。
どちらで組み上げるか、ご確認をお願いできますでしょうか。糸見本の写真を添付しておりますので、ご参照ください。

ご返信をいただいてから制作に入り、約7営業日で日本郵便（ゆうパケット）にて発送いたします。
11月30日までにご返信がない場合は、明るめの「若苗」で制作を進めさせていただきます。

和小物 結いと
佐藤 美和
""",
    attach=("itomihon_wakanae_moegi.png", "image", "png", None),
    cte="base64", html=False,
    expect="legit", rules=[], classes=["custom_order", "verify_design", "japan_post"],
    note="Proactively asks the buyer to choose between two thread shades for a made-to-order obijime, with a photo of the samples; verifying a custom design.")

add(shop="jp_cosm", lang="ja", client="mailwise", kind="reply",
    buyer="中村 彩", date=datetime(2026, 11, 17, 16, 30, tzinfo=JST),
    subject="Re: 化粧水の使用期限について（注文番号 503-8820461-3307719）",
    body="""中村 彩 様

お問い合わせありがとうございます。白椿の田中でございます。

「椿オイル配合 しっとり化粧水 150ml」の使用期限は、未開封で製造から3年、開封後は6か月を目安にお使いください。ボトル底面の製造番号「S2608」は2026年8月製造を表しておりますので、未開封であれば2029年8月まで品質に問題はございません。

防腐剤を最小限にしているため、開封後は直射日光と高温多湿を避け、できれば冷暗所で保管してください。

なお、お肌の状態やスキンケアの順番などのご相談は、当店のLINE公式アカウント（@shirotsubaki）でも受け付けております。お気軽にどうぞ。

白椿 カスタマーサポート
田中
""",
    quote=("gt", "----- 中村 彩 - Amazon Marketplace さんからのメッセージ（2026/11/17 11:02）-----",
           """化粧水の使用期限はどこを見ればわかりますか？
まとめて2本買ったので、2本目をいつまでに使えばいいか知りたいです。"""),
    cte="base64", html=False,
    expect="violation", rules=["contact.off_platform"],
    classes=["product_use", "expiry_date", "line_account"],
    note="Answers the shelf-life question, then invites the buyer to the shop's LINE official account for further skincare questions, moving contact off Amazon.")

add(shop="jp_stat", lang="ja", client="thunderbird", kind="reply",
    buyer="高橋 健一", date=datetime(2026, 11, 24, 11, 15, tzinfo=JST),
    subject="Re: 届いた万年筆の箱がつぶれていました 249-1056837-4471920",
    body="""高橋 健一 様

ご連絡ありがとうございます。文具の森田屋、森田でございます。
お送りいただいた写真を拝見しました。佐川急便での輸送中に外箱が強く押しつぶされたようで、大変申し訳ございません。

キャップに割れがあるとのことですので、新品と交換させていただきます。
本日、代わりの万年筆（細字・ネイビー）を佐川急便で発送手配いたしました。11月26日(木)にお届け予定です。

破損品はご返送いただかなくて結構です。お手数ですが、そのまま処分してください。
佐川急便への事故報告は当店から行いますので、お客様からのご連絡は不要です。

ご迷惑をおかけし、重ねてお詫び申し上げます。

文具の森田屋
森田
""",
    quote=("gt", "On 2026/11/23 20:41, 高橋 健一 - Amazon Marketplace wrote:",
           """今日届きましたが箱がつぶれていて、万年筆のキャップが割れていました。写真を送ります。
交換してもらえますか。"""),
    cte="base64", html=False,
    expect="legit", rules=[], classes=["damaged_in_transit", "sagawa", "replacement"],
    note="Replies to a damaged-in-transit complaint by sending a free replacement via Sagawa and handling the carrier claim; delivery problem resolution.")

add(shop="jp_tea", lang="ja", client="relation", kind="proactive",
    buyer="", date=datetime(2026, 11, 26, 10, 30, tzinfo=JST),
    subject="ほうじ茶のお味はいかがでしたか（注文番号 250-7702391-5548160）",
    body="""木村 様

茶舗みどり園でございます。
先日お届けした「加賀棒ほうじ茶 200g」（注文番号 250-7702391-5548160）はお楽しみいただけておりますでしょうか。
おいしい淹れ方：熱湯をたっぷり使い、茶葉は大さじ2杯、30秒ほどで注ぎきってください。

もしよろしければ、商品ページにレビューをお寄せください。ご投稿いただいたお客様には、感謝の気持ちとして新茶の試飲用ティーバッグ（3包）を無料でお送りしております。投稿後にこのメッセージへご返信いただければ、すぐに発送いたします。

茶舗みどり園
""",
    cte="base64", html=True,
    expect="violation", rules=["review.incentive"],
    classes=["review_request", "free_gift", "brewing_tips"],
    note="Brewing tips plus a review request that promises free tea bags to buyers who post a review, which offers an incentive for reviews.")

add(shop="jp_knife", lang="ja", client="mailwise", kind="proactive",
    buyer="", date=datetime(2026, 11, 18, 15, 0, tzinfo=JST),
    subject="お届け予定日の変更について（注文番号 249-3384152-0017736）",
    body="""伊藤 様

刃研堂でございます。ご注文いただいた「牛刀 210mm 青紙スーパー」（注文番号 249-3384152-0017736）のお届けについてご連絡いたします。

お届け先が沖縄県石垣市のため日本郵便（ゆうパック）での輸送となりますが、海上の荒天により石垣島行きの船便に遅れが出ており、日本郵便から「通常より2〜3日多くかかる見込み」との連絡がありました。
当初は11月19日のお届け予定でしたが、11月21日〜22日頃になる見込みです。

お待たせしてしまい申し訳ございません。11月24日を過ぎても届かない場合は、当店から日本郵便に調査を依頼いたしますので、このメッセージにご返信ください。

刃研堂　西村
""",
    cte="base64", html=False,
    expect="legit", rules=[], classes=["shipping_delay", "japan_post", "weather"],
    note="Proactively warns of a weather delay on the Japan Post route to Ishigaki and offers to open a carrier investigation; resolves a fulfilment issue, not a bare shipping confirmation.")

add(shop="jp_stat", lang="ja", client="relation", kind="proactive",
    buyer="", date=datetime(2026, 11, 27, 11, 45, tzinfo=JST),
    subject="和紙ノートのご使用についてのご案内（注文番号 503-6619027-3352804）",
    body="""渡辺 様

文具の森田屋でございます。
このたびは「美濃和紙ノート A5 無地（3冊セット）」（注文番号 503-6619027-3352804）をお買い上げいただき、ありがとうございます。

和紙ノートは一般的な洋紙に比べてインクがにじみやすいため、万年筆をお使いの場合は細字〜中細字、インクは顔料系より染料系がおすすめです。最初に最終ページで試し書きをしていただくと安心です。

また、12月10日には同じ美濃和紙を使った「和紙ノート 方眼タイプ」と、持ち歩きに便利なB6サイズを新たに発売いたします。当店の出品ページで順次ご紹介いたしますので、ぜひご覧ください。

文具の森田屋
森田
""",
    cte="quoted-printable", html=True,
    expect="violation", rules=["purpose.marketing"],
    classes=["product_use", "ink_tips", "new_product"],
    note="Useful ink advice for washi paper, followed by an announcement of two new notebooks and an invitation to look at them, which is marketing.")

add(shop="jp_cosm", lang="ja", client="apple_mail", kind="reply",
    buyer="小林 由香", date=datetime(2026, 11, 21, 14, 10, tzinfo=JST),
    subject="Re: まだ発送されていないのですが（注文番号 250-9940376-1185523）",
    body="""小林 由香 様

お問い合わせいただきありがとうございます。白椿の田中でございます。

ご注文状況を確認いたしましたところ、お支払い方法が「コンビニ・ATM・ネットバンキング・電子マネー払い」となっており、現時点ではAmazonからお支払い完了の通知が届いておりません。
当店では、Amazon側でお支払いが確認された時点で発送手続きに進む仕組みとなっております。

本日ローソンでお支払いいただいたとのことですので、反映まで数時間かかっている可能性がございます。お支払い状況は、Amazonの「注文履歴」から該当のご注文を開くとご確認いただけます。

入金が確認でき次第、当日または翌営業日に日本郵便（ゆうパケット）で発送いたします。
もう少々お待ちいただけますと幸いです。

白椿 カスタマーサポート
田中
""",
    quote=("gt", "2026/11/21 13:02、小林 由香 - Amazon Marketplace <{to}>のメール:",
           """3日前に注文した美容オイルがまだ発送になっていません。
今日のお昼にローソンで支払いました。いつ発送されますか？"""),
    cte="base64", html=False,
    expect="legit", rules=[], classes=["payment_pending", "convenience_store_payment", "japan_post"],
    note="Explains that the convenience-store payment has not yet been confirmed by Amazon and when the order will ship via Japan Post; answers the buyer's order question.")

add(shop="jp_kimono", lang="ja", client="gmail", kind="proactive",
    buyer="", date=datetime(2026, 11, 29, 10, 20, tzinfo=JST),
    subject="かんざしのご使用感はいかがでしょうか／注文番号 503-4409283-7760135",
    body="""松本 様

和小物 結いと でございます。
先日お届けいたしました「つまみ細工 かんざし（椿・赤）」（注文番号 503-4409283-7760135）は、無事にご使用いただけておりますでしょうか。

つまみ細工は正絹の小さな布を一枚ずつ折って作っておりますので、お使いの後は花びらをつぶさないよう、付属の桐箱に入れて保管してください。

もし気に入っていただけましたら、ぜひ★5つのレビューで応援していただけますと、職人一同大変励みになります。

和小物 結いと
佐藤
""",
    cte="base64", html=False,
    expect="violation", rules=["review.biased_positive"],
    classes=["review_request", "five_star", "care_instructions"],
    note="Care instructions for the kanzashi followed by a request for a five-star review from buyers who liked it, which asks for a positive review only.")

add(shop="jp_tea", lang="ja", client="mailwise", kind="proactive",
    buyer="", date=datetime(2026, 11, 25, 9, 50, tzinfo=JST),
    subject="商品レビューのお願い（注文番号 249-5518046-9932417）",
    body="""井上 様

茶舗みどり園でございます。
先日お届けいたしました「宇治抹茶 30g缶」（注文番号 249-5518046-9932417）について、お使いになったご感想をお聞かせいただけましたら幸いです。

良かった点も気になった点も、率直なご意見が他のお客様の参考になります。レビューは、Amazonの「注文履歴」から該当商品の「商品レビューを書く」を選んでご投稿いただけます。

なお、開封後の抹茶は風味が落ちやすいため、缶のふたをしっかり閉めて冷蔵庫で保管し、1か月程度でお使い切りください。

茶舗みどり園
""",
    cte="base64", html=False,
    expect="legit", rules=[], classes=["review_request", "neutral", "storage_tips"],
    note="One neutral review request inviting both good and bad opinions, with storage advice for matcha; no incentive or bias.")

add(shop="jp_knife", lang="ja", client="outlook", kind="reply",
    buyer="清水 大輔", date=datetime(2026, 11, 16, 17, 35, tzinfo=JST),
    subject="RE: 名入れは可能ですか（注文番号 503-1127390-8845061）",
    body="""清水 様

お問い合わせありがとうございます。刃研堂の西村です。

申し訳ございませんが、Amazonでご注文いただいた包丁への名入れは承っておりません。すでに発送準備に入っておりますので、今回のペティナイフ 135mm は名入れなしでのお届けとなります。

名入れ（漢字・ひらがな・ローマ字、最大8文字）は当店の自社オンラインショップ www.hakendo-knives.jp で承っております。贈り物の際は、よろしければそちらもご検討ください。

刃研堂　西村
""",
    quote=("outlook", """-----Original Message-----
From: 清水 大輔 - Amazon Marketplace <{to}>
Sent: Monday, November 16, 2026 12:20 PM
To: 刃研堂
Subject: 名入れは可能ですか（注文番号 503-1127390-8845061）""",
           """父へのプレゼントなので、刃に名前を入れてもらうことはできますか？"""),
    cte="base64", html=False,
    expect="violation", rules=["contact.off_platform", "links.external"],
    classes=["engraving_question", "own_website"],
    note="Correctly says engraving is not available on the Amazon order, but then sends the buyer to the shop's own online store address for engraved knives, directing the buyer off Amazon.")

add(shop="jp_stat", lang="ja", client="gmail", kind="reply",
    buyer="吉田 真理子", date=datetime(2026, 11, 28, 10, 5, tzinfo=JST),
    subject="Re: 配達完了になっていますが届いていません（249-7730615-2094483）",
    body="""吉田 真理子 様

ご不便をおかけしており申し訳ございません。文具の森田屋でございます。

佐川急便の追跡では11月27日14:12に「配達完了」となっておりましたので、担当ドライバーに確認いたしました。宅配ボックスに空きがなかったため、マンションの管理人室にお預けしたとのことです。
お手数ですが、管理人室にお問い合わせいただけますでしょうか。

万一管理人室にもない場合は、佐川急便で正式に調査を行います。それでも見つからない場合は、同じ商品（ガラスペン 透明＋インク3色セット）を再送するか、Amazonを通じて全額返金いたしますので、どちらがよいかお知らせください。

文具の森田屋
森田
""",
    quote=("html", "2026年11月27日(金) 19:33 吉田 真理子 - Amazon Marketplace <{to}>:",
           """追跡を見ると配達完了になっていますが、受け取っていません。宅配ボックスにも入っていませんでした。
確認してもらえますか。"""),
    cte="base64", html=True,
    expect="legit", rules=[], classes=["delivered_not_received", "sagawa", "replacement_or_refund"],
    note="Reports what Sagawa's driver said about the missing parcel, and offers a carrier investigation, a re-send or a refund through Amazon; delivery problem answer.")

add(shop="jp_cosm", lang="ja", client="mailwise", kind="reply",
    buyer="森 早苗", date=datetime(2026, 11, 30, 13, 40, tzinfo=JST),
    subject="Re: 肌に合いませんでした（注文番号 250-6601843-3379218）",
    body="""森 早苗 様

この度は「白椿 洗顔石けん 100g」がお肌に合わず、ご不快な思いをおかけしましたこと、心よりお詫び申し上げます。

開封済みの商品ではございますが、今回は全額（1,980円）を返金させていただきました。Amazonから返金完了のお知らせが届きますのでご確認ください。商品のご返送は不要です。

大変恐縮ではございますが、今回の返金をもちまして、先日ご投稿いただいた★1のレビューを削除、もしくは内容を修正していただくことはできますでしょうか。小さな工房のため、一件のレビューが売上に大きく影響してしまいます。

何卒よろしくお願いいたします。

白椿 カスタマーサポート
田中
""",
    quote=("gt", "----- 森 早苗 - Amazon Marketplace さんからのメッセージ（2026/11/29 22:15）-----",
           """使ったら顔が赤くなってかゆみが出ました。レビューにも書きましたが、返金してほしいです。"""),
    cte="base64", html=False,
    expect="violation", rules=["review.change_or_remove"],
    classes=["skin_reaction", "refund", "negative_review"],
    note="Refunds a buyer whose skin reacted to the soap, then asks her to delete or edit her one-star product review in return.")


# ------------------------------------------------------------------ build ---
def build(i, s):
    name, frm = SHOPS[s["shop"]]
    tld = "fr" if s["lang"] == "fr" else "co.jp"
    to = alias() + "@marketplace.amazon." + tld
    msg = EmailMessage()
    msg["From"] = formataddr((name, frm))
    msg["To"] = to
    msg["Subject"] = s["subject"]
    msg["Date"] = format_datetime(s["date"])
    dom = frm.split("@")[1]
    msg["Message-ID"] = make_msgid(idstring="%s%04d" % (W, i), domain=dom)
    if s["kind"] == "reply":
        ref = "<%s.%d@marketplace.amazon.%s>" % (alias(), 7000 + i, tld)
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    ua = USER_AGENTS.get(s["client"])
    if ua:
        msg[ua[0]] = ua[1]
    msg["MIME-Version"] = "1.0"

    body = s["body"]
    text = body
    qh = qt = None
    if s.get("quote"):
        style, qh, qt = s["quote"]
        qh = qh.format(to=to, frm=frm)
        if style == "outlook":
            text = body + "\n" + qh + "\n\n" + qt + "\n"
        else:
            text = body + "\n" + qh + "\n" + "\n".join("> " + l for l in qt.split("\n")) + "\n"
    msg.set_content(text, charset="utf-8", cte=s["cte"])
    if s["html"]:
        if s.get("quote") and s["quote"][0] == "outlook":
            h = to_html(body + "\n\n" + qh + "\n\n" + qt)
        else:
            h = to_html(body, qh, qt)
        msg.add_alternative(h, subtype="html", charset="utf-8", cte=s["cte"])
    if s.get("attach"):
        fn, mt, st, lines = s["attach"]
        data = tiny_pdf(lines) if st == "pdf" else tiny_png()
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return msg


def main():
    (OUT / "messages").mkdir(parents=True, exist_ok=True)
    labels = []
    for i, s in enumerate(M, 1):
        mid = "%s-%04d" % (W, i)
        fn = "messages/%s.eml" % mid
        (OUT / fn).write_bytes(bytes(build(i, s)))
        labels.append({"id": mid, "file": fn, "lang": s["lang"], "client": s["client"],
                       "kind": s["kind"], "split": "dev", "expect": s["expect"],
                       "rules": s["rules"], "classes": s["classes"], "note": s["note"]})
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
