from common import *

def fr():
    M = []
    # 1 legit: usage guide plain
    M.append(dict(lang="fr", client="feedbackwhiz", kind="proactive", expect="legit", rules=[],
        classes=["product_usage", "post_delivery", "plain"],
        note="Conseils d'utilisation d'une machine à pâtes après livraison, avec le numéro de commande, sans lien ni promotion.",
        frm="Atelier Farina <service@atelier-farina.fr>", to=alias("fr"),
        subject="Premiers pas avec votre machine à pâtes – commande 407-3381502-6619248",
        date=d(10, 9, 10, 25, 2),
        plain="""Bonjour Madame Lefèvre,

Votre machine à pâtes Farina 150 (commande 407-3381502-6619248) a été livrée hier. Voici quelques conseils pour les premières utilisations :

- Avant la première fois, passez 2 ou 3 fois un petit morceau de pâte dans les rouleaux puis jetez-le : cela retire les éventuels résidus d'huile de fabrication.
- Pâte de départ : 100 g de farine T00 (ou T45) pour 1 œuf. Elle doit être ferme, pas collante.
- Commencez toujours au cran 0 (le plus large), puis descendez cran par cran. Pour des tagliatelles, le cran 6 suffit.
- Ne lavez jamais la machine à l'eau. Laissez sécher la pâte restante puis retirez-la avec le pinceau fourni.

Si les rouleaux accrochent ou si la manivelle a du jeu, répondez simplement à ce message avec une photo et nous regarderons cela ensemble.

Bonne dégustation,
Chiara Moretti
Atelier Farina
"""))

    # 2 violation: review request HTML with button to own site + unsubscribe
    html2 = """<!DOCTYPE html><html><body style="margin:0;background:#f2f5f7;">
<div style="display:none;">Donnez votre avis en 30 secondes</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Montserrat,Arial,sans-serif;color:#1f2d3d;">
<tr><td style="padding:30px 34px;font-size:15px;line-height:23px;">
<p>Bonjour Julien,</p>
<p>Votre gourde isotherme Rivage 750 ml (commande 405-8826603-1192047) vous accompagne depuis quelques jours. Qu'en pensez-vous ?</p>
<p>Votre avis nous aide à améliorer nos produits.</p>
</td></tr>
<tr><td align="center" style="padding:0 34px 30px;">
<a href="https://avis.rivage-outdoor.fr/r/405-8826603-1192047" style="background:#0f7c90;color:#ffffff;padding:12px 26px;text-decoration:none;border-radius:4px;">Je donne mon avis</a>
</td></tr>
<tr><td style="padding:18px 34px;font-size:11px;color:#9aa5b1;">
Rivage Outdoor SAS · 14 quai de la Fosse · 44000 Nantes<br>
Vous ne souhaitez plus recevoir nos e-mails ? <a href="https://rivage-outdoor.fr/desinscription?id=a81f0c">Se désinscrire</a>
</td></tr></table></td></tr></table></body></html>"""
    M.append(dict(lang="fr", client="zendesk", kind="proactive", expect="violation",
        rules=["links.external", "links.opt_out", "style.font_overrides", "style.text_align"],
        classes=["review_request", "button", "unsubscribe", "html_template"],
        note="Demande d'avis dont le bouton mène vers une page d'avis sur le site du vendeur et qui se termine par un lien de désinscription, avec mise en page centrée et polices/couleurs imposées.",
        frm="Rivage Outdoor <contact@rivage-outdoor.fr>", to=alias("fr"),
        subject="Julien, votre avis sur la gourde Rivage ?",
        date=d(11, 5, 18, 15),
        plain="""Bonjour Julien,

Votre gourde isotherme Rivage 750 ml (commande 405-8826603-1192047) vous accompagne depuis quelques jours. Qu'en pensez-vous ?

Votre avis nous aide à améliorer nos produits.
Je donne mon avis : https://avis.rivage-outdoor.fr/r/405-8826603-1192047

Rivage Outdoor SAS, 14 quai de la Fosse, 44000 Nantes
Se désinscrire : https://rivage-outdoor.fr/desinscription?id=a81f0c
""", html=html2))

    # 3 violation: DOCX guide whose content carries promo code + website
    doc3 = docx(["Guide de démarrage – Lampe de bureau LED Clarté Pro",
                 "Commande Amazon 403-5570214-8836611",
                 "1. Branchez l'adaptateur USB-C fourni (5 V / 2 A). Un chargeur de téléphone plus faible peut faire clignoter la lampe.",
                 "2. Appui court sur le bouton tactile : marche/arrêt. Appui long : variation de l'intensité (5 niveaux).",
                 "3. Double appui : changement de température de couleur (2700 K, 4000 K, 6500 K).",
                 "4. La lampe mémorise le dernier réglage.",
                 "Nettoyage : chiffon sec uniquement, pas de produit ménager sur la tête LED.",
                 "—",
                 "Envie de compléter votre bureau ? Retrouvez toute la gamme Clarté sur www.clarte-eclairage.fr et profitez de -15 % avec le code BUREAU15.",
                 "Suivez-nous sur Instagram @clarte.eclairage"])
    M.append(dict(lang="fr", client="edesk", kind="proactive", expect="violation",
        rules=["attach.content"],
        classes=["product_usage", "docx_attachment", "promo_in_attachment", "plain"],
        note="Message d'accompagnement correct, mais le guide DOCX joint se termine par l'adresse du site, un code promo -15 % et un renvoi vers Instagram.",
        frm="Clarté Éclairage <sav@clarte-eclairage.fr>", to=alias("fr"),
        subject="Guide de démarrage de votre lampe Clarté Pro – commande 403-5570214-8836611",
        date=d(11, 13, 9, 58),
        plain="""Bonjour Monsieur Garnier,

Votre lampe de bureau Clarté Pro (commande 403-5570214-8836611) a été livrée. Plusieurs clients nous ont demandé comment utiliser les différents modes, nous vous joignons donc notre guide de démarrage (fichier Word, 1 page).

En résumé : appui court pour allumer, appui long pour l'intensité, double appui pour la couleur de la lumière.

Pour toute question sur la lampe, répondez simplement à ce message.

Cordialement,
Service client Clarté Éclairage
""", atts=[("Guide_Clarte_Pro.docx", doc3, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]))

    # 4 legit: invoice plain + PDF
    inv4 = pdf(["Maison Brunet Literie - FACTURE", "Facture n. MB-2026-11583   Date : 19/11/2026",
                "Commande Amazon : 408-1049326-5527780",
                "1 x Oreiller ergonomique memoire de forme 60x40      54,90 EUR",
                "Total HT 45,75 EUR   TVA 20 % 9,15 EUR   Total TTC 54,90 EUR",
                "Reglement : Amazon Payments"])
    M.append(dict(lang="fr", client="billbee", kind="proactive", expect="legit", rules=[],
        classes=["invoice", "pdf_attachment", "plain"],
        note="Envoi d'une facture PDF réelle pour la commande, avec le numéro de commande et aucun contenu promotionnel.",
        frm="Maison Brunet Literie <factures@maison-brunet-literie.fr>", to=alias("fr"),
        subject="Votre facture MB-2026-11583 – commande Amazon 408-1049326-5527780",
        date=d(11, 19, 8, 2),
        plain="""Bonjour,

Veuillez trouver ci-joint la facture MB-2026-11583 correspondant à votre commande Amazon 408-1049326-5527780 (oreiller ergonomique à mémoire de forme 60x40).

Montant : 54,90 € TTC, déjà réglé via Amazon.

Si vous avez besoin d'une facture au nom d'une société, merci de nous indiquer la raison sociale et l'adresse en réponse à ce message.

Bien cordialement,
Maison Brunet Literie – service facturation
""", atts=[("Facture_MB-2026-11583.pdf", inv4, "application/pdf")]))

    # 5 violation: shipping confirmation only
    M.append(dict(lang="fr", client="billbee", kind="proactive", expect="violation",
        rules=["purpose.shipping_confirmation"],
        classes=["shipping_confirmation", "erp_autonotification", "plain"],
        note="Notification automatique d'expédition envoyée par l'ERP dont le seul objet est de confirmer l'envoi et donner le numéro de suivi.",
        frm="Les Bocaux de Margaux <commandes@bocaux-margaux.fr>", to=alias("fr"),
        subject="Votre commande 402-7735018-4420963 a été expédiée",
        date=d(11, 25, 16, 41),
        plain="""Bonjour Nathalie Roux,

Bonne nouvelle : votre commande 402-7735018-4420963 a été expédiée aujourd'hui.

Articles :
- 6 x Bocal à conserve 1 L avec joint
- 1 x Entonnoir à confiture inox

Transporteur : Colissimo
Numéro de suivi : 6A31208844715

Livraison estimée : 27/11/2026

À bientôt,
L'équipe des Bocaux de Margaux
"""))

    # 6 legit: personalisation reply with "a écrit" quote
    M.append(dict(lang="fr", client="freshdesk", kind="reply", expect="legit", rules=[],
        classes=["customisation_request", "embroidery", "reply", "quoted_on_wrote", "plain"],
        note="Réponse confirmant le prénom et la couleur de broderie d'une serviette personnalisée, avec un délai de fabrication.",
        frm="Fil d'Ariane Broderie <atelier@fildariane-broderie.fr>", to=alias("fr"),
        subject="RE: Broderie prénom – commande 406-2218847-9903152",
        date=d(12, 3, 11, 19),
        plain="""Bonjour Camille,

C'est noté : « Léonie » en fil vieux rose, police Anglaise, sur la cape de bain blanche (commande 406-2218847-9903152).

Petite précision : avec le tréma et la majuscule, le prénom fera environ 9 cm de large, centré sur la capuche. Si vous préférez plus petit (7 cm), dites-le nous avant demain midi.

La broderie sera faite jeudi et le colis partira vendredi ; Amazon vous indiquera la date de livraison mise à jour.

Belle journée,
Hélène
Atelier Fil d'Ariane

Le mer. 2 déc. 2026 à 21:37, Acheteur Amazon <7dw2nq0xl5hc8ra@marketplace.amazon.fr> a écrit :
> Bonjour, pour la broderie je voudrais le prénom Léonie, en rose (vieux rose si
> possible) et la même écriture que sur la photo. Merci ! Camille
"""))

    # 7 violation: return follow-up asks to update review
    M.append(dict(lang="fr", client="edesk", kind="proactive", expect="violation",
        rules=["review.change_or_remove"],
        classes=["return_followup", "refund", "review_change", "plain"],
        note="Suivi après retour et remboursement qui demande au client de modifier son commentaire négatif sur le produit.",
        frm="Pixelia Accessoires <support@pixelia-accessoires.fr>", to=alias("fr"),
        subject="Suite à votre retour – commande 404-9106625-3387419",
        date=d(12, 8, 14, 3),
        plain="""Bonjour Monsieur Benali,

Nous avons bien reçu le support de tablette que vous nous avez retourné (commande 404-9106625-3387419) et le remboursement de 29,99 € a été effectué via Amazon ce matin.

Nous avons constaté que la vis de la rotule était effectivement mal serrée en usine ; nous avons vérifié tout le lot en stock.

Maintenant que le problème est réglé, pourriez-vous mettre à jour le commentaire d'une étoile que vous avez laissé sur la fiche produit ? Ou le supprimer si vous le jugez plus adapté. Cela nous aiderait beaucoup.

Merci d'avance,
Thomas
Pixelia Accessoires
"""))

    # 8 legit: delivery appointment, freight carrier, reply in thread
    M.append(dict(lang="fr", client="zendesk", kind="proactive", expect="legit", rules=[],
        classes=["delivery_appointment", "freight", "plain"],
        note="Prise de rendez-vous de livraison d'un réfrigérateur avec le transporteur nommé, réponse demandée via la messagerie Amazon.",
        frm="Électroménager Vauclair <livraison@vauclair-electromenager.fr>", to=alias("fr"),
        subject="Rendez-vous de livraison – commande 401-6637290-1058824",
        date=d(12, 10, 9, 30),
        plain="""Bonjour Madame Da Silva,

Votre réfrigérateur combiné Vauclair RC 340 (commande 401-6637290-1058824) est arrivé à l'agence du transporteur Géodis Calberson de Lyon-Corbas. Comme il s'agit d'un colis de plus de 60 kg, la livraison se fait sur rendez-vous.

Créneaux disponibles :
- mardi 15/12, 8h-13h
- mercredi 16/12, 13h-18h
- vendredi 18/12, 8h-13h

Merci de nous répondre via cette messagerie avec le créneau qui vous convient. La livraison comprend la mise en place dans la pièce de votre choix au rez-de-chaussée ou par ascenseur ; l'installation et la reprise de l'ancien appareil ne sont pas incluses.

Conseil : après la livraison, attendez 4 heures avant de brancher l'appareil pour que le fluide se stabilise.

Cordialement,
Mathieu Vauclair
"""))

    # 9 violation: [IMPORTANT] second review reminder asking for 5 stars
    M.append(dict(lang="fr", client="helium10", kind="proactive", expect="violation",
        rules=["subject.important_tag", "review.repeat_request", "review.biased_positive"],
        classes=["review_request", "reminder", "important_tag", "plain"],
        note="Deuxième relance de demande d'avis, marquée [IMPORTANT] dans l'objet, qui demande explicitement 5 étoiles.",
        frm="Douceur Bébé <bonjour@douceur-bebe.fr>", to=alias("fr"),
        subject="[IMPORTANT] Relance : votre avis sur la commande 409-4482719-6670135",
        date=d(11, 28, 19, 10),
        plain="""Bonjour Aurélie,

Nous vous avions écrit la semaine dernière au sujet de votre gigoteuse en gaze de coton (commande 409-4482719-6670135), mais nous n'avons pas encore vu votre avis.

Si votre bébé dort bien dedans, pourriez-vous prendre 30 secondes pour lui laisser 5 étoiles sur Amazon ? Pour une petite marque comme la nôtre, chaque avis 5 étoiles compte énormément.

Merci du fond du cœur,
Inès, fondatrice de Douceur Bébé
"""))

    # 10 legit: back-ordered item back in stock, HTML simple
    html10 = """<html><body>
<p>Bonjour Monsieur Perrin,</p>
<p>Le second article de votre commande <b>403-2261904-7745316</b>, la poêle <b>Fonte Émaillée 28 cm</b>, était en rupture au moment de l'expédition du reste du colis.</p>
<p>Elle est de nouveau disponible et part aujourd'hui par Chronopost. Livraison prévue le <b>mardi 8 décembre</b> ; le suivi apparaît dans vos commandes Amazon.</p>
<p>Nous sommes désolés pour ce délai supplémentaire.</p>
<p>Cordialement,<br>Sophie<br>Cuisine &amp; Fonte</p>
</body></html>"""
    M.append(dict(lang="fr", client="edesk", kind="proactive", expect="legit", rules=[],
        classes=["back_in_stock", "backorder", "split_shipment", "html_simple"],
        note="Informe que l'article manquant d'une commande expédiée en deux fois est de nouveau en stock et part avec une nouvelle date de livraison.",
        frm="Cuisine & Fonte <commandes@cuisine-et-fonte.fr>", to=alias("fr"),
        subject="Votre poêle en rupture est de nouveau disponible – commande 403-2261904-7745316",
        date=d(12, 4, 10, 55),
        plain="""Bonjour Monsieur Perrin,

Le second article de votre commande 403-2261904-7745316, la poêle Fonte Émaillée 28 cm, était en rupture au moment de l'expédition du reste du colis.

Elle est de nouveau disponible et part aujourd'hui par Chronopost. Livraison prévue le mardi 8 décembre ; le suivi apparaît dans vos commandes Amazon.

Nous sommes désolés pour ce délai supplémentaire.

Cordialement,
Sophie
Cuisine & Fonte
""", html=html10))
    return M
