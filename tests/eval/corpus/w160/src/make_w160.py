#!/usr/bin/env python3
"""Generate the w160 messages (fr/es/it seller messages via Amazon Buyer-Seller Messaging).

Run:  python3 make_w160.py   (writes ../messages/*.eml and ../labels.jsonl)
"""
import html
import json
import os
from email import policy
from email.message import EmailMessage
from email.utils import make_msgid

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MSG_DIR = os.path.join(OUT, "messages")

DOMAINS = {"fr": "marketplace.amazon.fr", "es": "marketplace.amazon.es", "it": "marketplace.amazon.it"}


def pdf_invoice(title, seller_lines, buyer_lines, number, date, order_id, rows, total_label, note=None):
    """Small real invoice PDF (core fonts are latin-1: no euro sign, write EUR)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for line in seller_lines:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 5, number, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, date, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Amazon: " + order_id, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for line in buyer_lines:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 9)
    widths = (95, 15, 30, 30)
    for w, h in zip(widths, rows[0]):
        pdf.cell(w, 7, h, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    for r in rows[1:]:
        for w, c in zip(widths, r):
            pdf.cell(w, 7, c, border=1)
        pdf.ln()
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, total_label, new_x="LMARGIN", new_y="NEXT")
    if note:
        pdf.set_font("Helvetica", "", 8)
        pdf.ln(3)
        pdf.multi_cell(0, 4, note)
    return bytes(pdf.output())


def to_html(body, quote_html=None, sig_class=None):
    paras = body.strip("\n").split("\n\n")
    parts = []
    for p in paras:
        parts.append("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>")
    out = "<html><body>\n<div>\n" + "\n".join(parts) + "\n</div>\n"
    if quote_html:
        out += quote_html + "\n"
    out += "</body></html>\n"
    return out


def quote_block_html(header, text):
    lines = "<br>\n".join(html.escape(l, quote=False) for l in text.strip("\n").split("\n"))
    return ("<div>" + html.escape(header, quote=False) + "</div>\n"
            "<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">\n"
            + lines + "\n</blockquote>")


def quote_plain(style, header, text):
    lines = text.strip("\n").split("\n")
    if style == "gt":
        return "\n\n" + header + "\n" + "\n".join("> " + l if l else ">" for l in lines) + "\n"
    # outlook-style block, no prefix
    return "\n\n" + header + "\n" + "\n".join(lines) + "\n"


M = []


def add(**kw):
    M.append(kw)


# ---------------------------------------------------------------- FRENCH
add(lang="fr", client="gorgias", kind="proactive", expect="legit", rules=[],
    classes=["undeliverable_address", "carrier_return"],
    note="Colissimo returned the parcel for an incomplete street address; seller asks for the full address through Amazon messaging or offers a refund.",
    frm=("Atelier Brune - Service client", "service@atelier-brune-luminaires.fr"),
    to="qk7xw2mfz9rtb4d", date="Tue, 03 Nov 2026 10:42:17 +0100",
    subject="Commande 402-5839217-6604318 : adresse de livraison à compléter",
    html=True,
    body="""Bonjour Madame Lefèvre,

Colissimo nous a retourné ce matin le colis de votre commande 402-5839217-6604318 (suspension en rotin naturel Ø 45 cm) avec la mention « destinataire inconnu à l'adresse ».

En regardant l'étiquette, il semble que le numéro de rue manque : l'adresse transmise était « rue des Tanneurs, 67000 Strasbourg », sans numéro ni complément (bâtiment, étage, code d'accès).

Pourriez-vous nous répondre ici, par la messagerie Amazon, avec l'adresse complète ? Nous réexpédierons le colis dès réception de votre réponse, sans aucun frais pour vous.

Si vous préférez ne pas recevoir un nouvel envoi, dites-le nous simplement et nous vous rembourserons intégralement la commande sur Amazon.

Bien cordialement,
Camille
Service client Atelier Brune
""")

add(lang="fr", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["customs", "switzerland", "buyer_question"],
    note="Answers a Swiss buyer about import VAT and asks whether the purchase is private or for his company so the CN23 customs form can be filled in correctly.",
    frm=("Maison Cendre Support", "support@maison-cendre-outillage.fr"),
    to="v3np8hqa0kzl6ye", date="Wed, 04 Nov 2026 15:08:55 +0100",
    subject="Re: Livraison en Suisse - commande 171-2290475-8831046",
    html=True,
    body="""Bonjour Monsieur Rochat,

Merci pour votre message concernant la commande 171-2290475-8831046 (scie circulaire plongeante 1400 W + rail de guidage 1,4 m).

Oui, le colis sera dédouané à l'entrée en Suisse. La Poste Suisse vous demandera à la livraison la TVA suisse à l'importation (8,1 %) ainsi que ses frais de dédouanement. Ces montants sont perçus par La Poste pour les autorités douanières, ni nous ni Amazon ne les encaissons.

Pour remplir la déclaration en douane CN23 qui accompagne le colis, nous avons besoin d'une petite précision : s'agit-il d'un achat à titre privé ou pour votre entreprise ? Dans le second cas, merci de nous indiquer la raison sociale et le numéro IDE (CHE-xxx.xxx.xxx) à faire figurer sur le document.

Dès votre réponse, le colis partira de notre entrepôt de Mulhouse.

Cordialement,
Julien Faivre
Maison Cendre
""",
    quote=("Le 4 nov. 2026 à 09:31, Amazon-Kunde/client Amazon a écrit :",
           """Bonjour, j'habite à Neuchâtel, est-ce que je vais devoir payer des frais de douane en plus ? Merci
Pierre Rochat"""),
    quote_style="gt")

add(lang="fr", client="freshdesk", kind="proactive", expect="legit", rules=[],
    classes=["partial_shipment", "backorder"],
    note="Tells the buyer that two of three items left today and the duvet cover follows later, and offers to cancel that item on the seller side if the buyer prefers.",
    frm=("Linge & Lin - Service clients", "clients@lingeetlin-maison.fr"),
    to="c8dtr0mwy4ejq1s", date="Thu, 05 Nov 2026 17:21:03 +0100",
    subject="Votre commande 403-7712064-1950427 arrivera en deux colis",
    html=True,
    body="""Bonjour Madame Nguyen,

Nous vous écrivons au sujet de votre commande 403-7712064-1950427.

Elle contient trois articles et sera livrée en deux colis :
- 2 taies d'oreiller 65x65 en lin lavé, gris anthracite : parties aujourd'hui
- drap housse 160x200, gris anthracite : parti aujourd'hui, dans le même colis
- housse de couette 240x220, gris anthracite : en cours de réapprovisionnement chez notre atelier, expédition prévue le 18 novembre

Le second envoi ne vous coûtera rien de plus. La date de livraison estimée de la housse de couette est mise à jour dans votre compte Amazon.

Si vous ne souhaitez pas attendre, répondez simplement à ce message : nous annulerons la housse de notre côté et vous serez remboursée de cet article sur Amazon.

Avec toutes nos excuses pour ce délai,
Hélène
Linge & Lin
""")

add(lang="fr", client="helpscout", kind="proactive", expect="legit", rules=[],
    classes=["out_of_stock", "seller_cancellation", "refund"],
    note="Seller apologises that the cast-iron teapot was out of stock after an inventory error and that it cancelled the order with a full Amazon refund.",
    frm=("Comptoir Théière", "bonjour@comptoir-theiere-paris.fr"),
    to="j5gxe9ulw2cop7m", date="Fri, 06 Nov 2026 09:12:40 +0100",
    subject="Annulation de votre commande 405-3064189-2271950",
    html=True,
    body="""Bonjour Monsieur Garnier,

Nous sommes vraiment désolés : la théière en fonte 1,2 L coloris vert jade de votre commande 405-3064189-2271950 n'est plus en stock. Une erreur d'inventaire dans notre entrepôt a laissé l'article en vente alors que la dernière pièce était abîmée.

Nous avons donc annulé la commande. Le remboursement complet (42,90 EUR, frais de port compris) a été lancé sur Amazon ce matin ; selon votre banque, il apparaîtra sous 3 à 5 jours ouvrés.

Encore pardon pour ce contretemps.

Bien à vous,
Sophie Marchal
Comptoir Théière
""")

add(lang="fr", client="edesk", kind="proactive", expect="legit", rules=[],
    classes=["furniture_delivery", "appointment"],
    note="Proposes two delivery slots for an oak sideboard delivered by a two-person carrier team and asks about floor and lift access.",
    frm=("Bois d'Argonne Mobilier", "commandes@boisdargonne-mobilier.fr"),
    to="r2mbk6zsqa9hvel", date="Mon, 16 Nov 2026 11:05:29 +0100",
    subject="Rendez-vous de livraison - commande 407-9120573-4468201",
    html=True,
    body="""Bonjour Monsieur Dufresne,

Votre buffet en chêne massif 180 cm (commande 407-9120573-4468201) est prêt et sera livré par le transporteur GEODIS, avec une équipe de deux livreurs, jusque dans la pièce de votre choix.

Nous pouvons vous proposer les créneaux suivants :
- mardi 24 novembre, entre 8h et 13h
- jeudi 26 novembre, entre 13h et 18h

Merci de nous indiquer par retour de message sur Amazon le créneau qui vous convient, ainsi que :
- l'étage de livraison
- la présence ou non d'un ascenseur (le colis mesure 190 x 52 x 90 cm, 78 kg)

La veille de la livraison, GEODIS vous confirmera l'heure de passage à une demi-heure près.

Cordialement,
Thomas
Service livraison - Bois d'Argonne
""")

add(lang="fr", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["invoice", "facture_rectificative", "company_invoice", "pdf_attachment"],
    note="Sends a corrected invoice (facture rectificative) in the name of the buyer's company as a PDF attachment, as the buyer requested.",
    frm=("Quincaillerie Vernet", "factures@quincaillerie-vernet.fr"),
    to="b7wfo1ndy3kgc0t", date="Tue, 17 Nov 2026 14:47:12 +0100",
    subject="RE: facture au nom de la société - commande 408-2751960-0389142",
    html=False,
    body="""Bonjour Monsieur Gaubert,

Comme convenu, vous trouverez ci-joint la facture rectificative FR-2026-01187 pour la commande 408-2751960-0389142, établie au nom de la SARL Menuiserie Gaubert avec votre numéro de TVA intracommunautaire.

Elle annule et remplace la facture FA-2026-04412 émise à votre nom personnel le 9 novembre. Les montants sont inchangés.

Bonne fin de journée,

Nadia Bensaïd
Comptabilité - Quincaillerie Vernet
""",
    quote=("-----Message d'origine-----\nDe : Amazon Marketplace\nEnvoyé : lundi 16 novembre 2026 18:02\nÀ : Quincaillerie Vernet\nObjet : facture au nom de la société - commande 408-2751960-0389142\n",
           """Bonjour,
J'ai commandé les charnières invisibles et les coulisses de tiroir pour l'atelier, pourriez-vous refaire la facture au nom de SARL Menuiserie Gaubert, 14 route de Besançon 25000 Besançon, TVA FR47 512 883 406 ?
Merci d'avance
Laurent Gaubert"""),
    quote_style="block",
    pdf=dict(filename="Facture_rectificative_FR-2026-01187.pdf",
             title="FACTURE RECTIFICATIVE",
             seller=["Quincaillerie Vernet SAS", "22 avenue Jean Jaures, 69007 Lyon", "SIRET 873 204 556 00018 - TVA FR21 873204556"],
             buyer=["Client : SARL Menuiserie Gaubert", "14 route de Besancon, 25000 Besancon", "TVA FR47 512 883 406"],
             number="Facture n. FR-2026-01187 (annule et remplace FA-2026-04412)",
             date="Date : 17/11/2026",
             order="408-2751960-0389142",
             rows=[("Designation", "Qte", "PU HT", "Total HT"),
                   ("Charnieres invisibles 35 mm (lot de 10)", "2", "18,25", "36,50"),
                   ("Coulisses a billes 450 mm (paire)", "4", "11,60", "46,40"),
                   ("Frais de port", "1", "5,75", "5,75")],
             total="Total HT 88,65 EUR - TVA 20 % 17,73 EUR - Total TTC 106,38 EUR",
             note="Facture rectificative emise a la demande du client. Montants inchanges."))

add(lang="fr", client="gmail", kind="proactive", expect="legit", rules=[],
    classes=["review_request", "neutral"],
    note="Single neutral review request a week after delivery, inviting any opinion without bias or incentive.",
    frm=("Les Toiles de Margaux", "lestoilesdemargaux.boutique@gmail.com"),
    to="h9aqz4pcx1mudnf", date="Wed, 18 Nov 2026 19:33:51 +0100",
    subject="Votre avis sur votre commande 402-6608314-7725093",
    html=False,
    body="""Bonjour Madame Perrin,

Votre lot de 4 torchons en lin lavé (commande 402-6608314-7725093) vous a été livré la semaine dernière.

Si vous en avez le temps, nous serions heureuses de lire votre commentaire sur Amazon, quel que soit votre avis. Cela aide les autres clients à choisir.

Belle soirée,
Margaux et Inès
Les Toiles de Margaux
""")

add(lang="fr", client="zendesk", kind="proactive", expect="violation", rules=["purpose.marketing"],
    classes=["personalisation", "engraving", "coupon"],
    note="Legitimate question about an engraving text that is too long, but the P.S. offers a 10 % code for the next order.",
    frm=("Gravure & Cie", "atelier@gravure-et-cie.fr"),
    to="m4tyl0ebs8wxk2g", date="Thu, 19 Nov 2026 10:16:08 +0100",
    subject="Gravure de votre commande 406-1187420-5530961 : texte à confirmer",
    html=True,
    body="""Bonjour Madame Roux,

Merci pour votre commande 406-1187420-5530961 (boîte à bijoux en noyer avec gravure sur le couvercle).

Le texte que vous avez saisi, « Pour notre Mamie Josette adorée - Noël 2026 », fait 44 caractères, alors que le couvercle accepte au maximum 30 caractères en police Garamond pour rester lisible.

Nous vous proposons par exemple :
« Mamie Josette - Noël 2026 » (25 caractères)

Pouvez-vous nous confirmer ce texte, ou nous en envoyer un autre, en répondant à ce message ? La gravure sera faite le jour même de votre réponse.

Bien cordialement,
Élodie - Atelier Gravure & Cie

P.S. Pour vous remercier de votre patience, profitez de 10 % de réduction sur votre prochaine commande avec le code GRAVURE10.
""")

add(lang="fr", client="helpscout", kind="proactive", expect="violation", rules=["contact.phone_number"],
    classes=["safety_recall", "phone"],
    note="Product safety recall for a USB-C charger batch with an Amazon refund, but it gives a French landline to call for questions.",
    frm=("Voltéo Accessoires", "qualite@volteo-accessoires.fr"),
    to="w1ufp7jcr5dyn3a", date="Mon, 23 Nov 2026 08:55:34 +0100",
    subject="Rappel de sécurité - chargeur USB-C 65 W - commande 404-5527013-9186624",
    html=True,
    body="""Bonjour Monsieur Albert,

Vous avez acheté le chargeur USB-C GaN 65 W Voltéo VC-65 (commande 404-5527013-9186624). Nos contrôles qualité ont mis en évidence, sur les chargeurs du lot 2609-B (numéro imprimé sous la fiche), un risque de surchauffe lorsque deux appareils sont chargés en même temps.

Par précaution, nous vous demandons de cesser d'utiliser ce chargeur dès maintenant s'il appartient au lot 2609-B.

Vous n'avez rien à nous renvoyer : il suffit de nous répondre avec une photo du numéro de lot, et nous vous rembourserons intégralement sur Amazon. Le chargeur peut ensuite être déposé dans un point de collecte des déchets électriques.

Pour toute question, notre service consommateurs est joignable au 03 88 47 12 90, du lundi au vendredi de 9h à 17h.

Nous vous prions de nous excuser pour ce désagrément.

Service qualité Voltéo
""")

add(lang="fr", client="gmail", kind="proactive", expect="violation", rules=["purpose.shipping_confirmation"],
    classes=["shipping_only"],
    note="Message whose only content is that the order has shipped, with the tracking number.",
    frm=("Petit Atelier Céramique", "petitatelierceramique@gmail.com"),
    to="e6skn3gv0ptjr8o", date="Tue, 24 Nov 2026 16:40:02 +0100",
    subject="Votre commande 403-8845021-6017739 est en route",
    html=False,
    body="""Bonjour Madame Carpentier,

Bonne nouvelle, votre commande 403-8845021-6017739 (service de 6 bols en grès émaillé bleu) a été expédiée aujourd'hui avec Colissimo.

Numéro de suivi : 6A24019375520

Bonne journée !
Anaïs - Petit Atelier Céramique
""")

# ---------------------------------------------------------------- SPANISH
add(lang="es", client="zendesk", kind="proactive", expect="legit", rules=[],
    classes=["undeliverable_address", "carrier_return"],
    note="SEUR could not deliver because floor and door were missing; seller asks for the full address via Amazon messaging.",
    frm=("Cocina Valverde - Atención al cliente", "atencion@cocinavalverde.es"),
    to="t0bjw7qmd2hxe5k", date="Mon, 02 Nov 2026 12:18:44 +0100",
    subject="Pedido 171-4409821-3356027: no se ha podido entregar",
    html=True,
    body="""Hola, Sra. Martín:

Le escribimos por su pedido 171-4409821-3356027 (batería de cocina de acero inoxidable, 8 piezas).

SEUR ha intentado la entrega dos veces y nos indica que la dirección está incompleta: en la etiqueta aparece "Calle de Embajadores 112, 28045 Madrid", sin piso ni puerta, y el portero no ha podido identificar el domicilio.

¿Podría respondernos a este mensaje con el piso, la puerta y, si lo hay, el nombre que figura en el buzón? El paquete sigue en la delegación de SEUR y lo reprogramaremos en cuanto recibamos sus datos.

Un saludo,
Marta R.
Cocina Valverde
""")

add(lang="es", client="freshdesk", kind="proactive", expect="legit", rules=[],
    classes=["customs", "canary_islands", "dua"],
    note="Explains that a shipment to Tenerife needs an import declaration (DUA) with IGIC and asks for the buyer's NIF for the customs form.",
    frm=("Deportes Ribera", "pedidos@deportesribera.es"),
    to="n5hrc2yua8gkt1w", date="Wed, 04 Nov 2026 10:02:19 +0100",
    subject="Envío a Canarias - documentación aduanera del pedido 402-9937105-1184462",
    html=True,
    body="""Buenos días, Sr. Hernández:

Gracias por su pedido 402-9937105-1184462 (bicicleta estática plegable RX-300).

Como el envío va a Santa Cruz de Tenerife, la mercancía tiene que pasar el despacho de aduanas de importación en Canarias (DUA). Correos Express se encarga del trámite, pero para poder presentar la declaración necesita el NIF/NIE del destinatario, que Amazon no nos facilita.

¿Nos lo podría indicar respondiendo a este mensaje? Solo lo usaremos para la documentación aduanera de este envío.

Le informamos también de que en destino se aplica el IGIC (7 %) y, en su caso, los gastos de despacho de Correos Express, que se le cobrarán en la entrega. Suelen ser unos días más de tránsito que en la Península.

Atentamente,
Javier Ortega
Deportes Ribera
""")

add(lang="es", client="gorgias", kind="proactive", expect="legit", rules=[],
    classes=["partial_shipment", "two_warehouses"],
    note="Tells the buyer the order comes in two parcels from two warehouses, with the date of the second parcel.",
    frm=("Pasos Ligeros Calzado", "soporte@pasosligeros.es"),
    to="a3kwy8pne0tzq6r", date="Fri, 06 Nov 2026 18:27:36 +0100",
    subject="Su pedido 405-2214869-8807315 llegará en dos paquetes",
    html=True,
    body="""Hola Lucía:

Te escribimos sobre tu pedido 405-2214869-8807315.

Las zapatillas de trail (talla 39, color coral) salen de nuestro almacén de Alicante y ya están en camino con GLS. El pack de 3 pares de calcetines técnicos, en cambio, se prepara en nuestro almacén de Zaragoza y saldrá el lunes 9 de noviembre, así que te llegará en un segundo paquete uno o dos días después.

No tienes que hacer nada ni pagar nada más. Si el segundo paquete no te llega antes del 13 de noviembre, contéstanos por aquí y lo revisamos.

Un saludo,
Iratxe
Pasos Ligeros
""")

add(lang="es", client="helpscout", kind="proactive", expect="legit", rules=[],
    classes=["out_of_stock", "seller_cancellation", "refund"],
    note="Seller cancels an order for a floor lamp that is out of stock and confirms the full refund through Amazon.",
    frm=("Luz de Norte Iluminación", "clientes@luzdenorte.es"),
    to="f8ozm1vtj6qkd0b", date="Mon, 09 Nov 2026 09:48:05 +0100",
    subject="Cancelación del pedido 406-6680321-4192873",
    html=True,
    body="""Estimado Sr. Castaño:

Lamentamos comunicarle que la lámpara de pie articulada en negro mate de su pedido 406-6680321-4192873 se ha agotado. El proveedor nos ha confirmado esta mañana que no recibirá más unidades de ese acabado este año.

Por este motivo hemos cancelado el pedido y hemos emitido el reembolso completo de 89,95 EUR a través de Amazon. Lo verá en su método de pago en un plazo de 3 a 5 días hábiles.

Sentimos mucho las molestias.

Atentamente,
Rocío Navarro
Luz de Norte
""")

add(lang="es", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["invoice", "factura_rectificativa", "company_invoice", "pdf_attachment"],
    note="Replies with a factura rectificativa PDF issued to the buyer's company with its CIF, as requested.",
    frm=("Papelería Ordóñez - Administración", "administracion@papeleriaordonez.es"),
    to="y2dqa7lfs9bvn4c", date="Thu, 12 Nov 2026 13:11:58 +0100",
    subject="RE: Factura con CIF pedido 407-3318506-6620984",
    html=False,
    body="""Buenas tardes, Sra. Ibáñez:

Le adjuntamos la factura rectificativa R-2026/0342 del pedido 407-3318506-6620984, emitida a nombre de Gestoría Ibáñez Lorente S.L. con el CIF B-84629157.

Esta factura rectifica la F-2026/2871, que se había emitido sin datos fiscales. El importe total no cambia.

Quedamos a su disposición para cualquier otra cosa relacionada con el pedido.

Un saludo,
Daniel Ordóñez
Administración - Papelería Ordóñez
""",
    quote=("De: Amazon Marketplace\nEnviado: miércoles, 11 de noviembre de 2026 17:45\nPara: Papelería Ordóñez\nAsunto: Factura con CIF pedido 407-3318506-6620984\n",
           """Hola, necesitaría la factura del pedido a nombre de la empresa para poder deducir el IVA:
Gestoría Ibáñez Lorente S.L.
CIF B-84629157
Calle Mayor 27, 2º, 50001 Zaragoza
Gracias,
Pilar Ibáñez"""),
    quote_style="block",
    pdf=dict(filename="Factura_rectificativa_R-2026-0342.pdf",
             title="FACTURA RECTIFICATIVA",
             seller=["Papeleria Ordonez S.L.", "Avda. de Madrid 58, 50010 Zaragoza", "CIF B-50731846"],
             buyer=["Cliente: Gestoria Ibanez Lorente S.L.", "Calle Mayor 27, 2, 50001 Zaragoza", "CIF B-84629157"],
             number="Factura n. R-2026/0342 (rectifica F-2026/2871)",
             date="Fecha: 12/11/2026",
             order="407-3318506-6620984",
             rows=[("Concepto", "Uds", "Precio", "Importe"),
                   ("Papel A4 80 g, caja 5 paquetes", "3", "21,40", "64,20"),
                   ("Archivador palanca lomo ancho", "10", "2,15", "21,50"),
                   ("Portes", "1", "4,90", "4,90")],
             total="Base imponible 90,60 EUR - IVA 21 % 19,03 EUR - Total 109,63 EUR",
             note="Motivo de la rectificacion: inclusion de los datos fiscales del destinatario (art. 15 RD 1619/2012)."))

add(lang="es", client="gmail", kind="proactive", expect="legit", rules=[],
    classes=["personalisation", "size_question"],
    note="Asks the buyer to confirm whether a personalised football shirt should be adult M or child size, since the note mentions an 8-year-old.",
    frm=("Estampados Triana", "estampadostriana@gmail.com"),
    to="u7lgk2xrb0ewm5p", date="Sat, 14 Nov 2026 11:36:21 +0100",
    subject="Duda sobre la talla - pedido 402-7146093-3058816",
    html=False,
    body="""Hola Sr. Beltrán,

Antes de estampar la camiseta de su pedido 402-7146093-3058816 queríamos confirmar una cosa.

Ha elegido la talla M de adulto, pero en el campo de personalización ha escrito "para mi hijo de 8 años - nombre ALEJANDRO, dorsal 9". La M de adulto le quedaría muy grande a un niño de esa edad (70 cm de largo).

¿Quiere que la hagamos en talla infantil 7-8 años (52 cm de largo) o la dejamos en M de adulto? El precio es el mismo.

En cuanto nos conteste, la estampamos y sale al día siguiente.

Saludos,
Manu
Estampados Triana
""")

add(lang="es", client="edesk", kind="proactive", expect="legit", rules=[],
    classes=["safety_recall", "replacement_part"],
    note="Safety notice about a pressure-cooker valve batch: stop using, free replacement valve or Amazon refund.",
    frm=("Menaje Albaida", "calidad@menajealbaida.es"),
    to="g4xvu9ocn1rja8s", date="Tue, 17 Nov 2026 09:20:47 +0100",
    subject="Aviso de seguridad sobre la olla a presión de su pedido 403-5092718-7741206",
    html=True,
    body="""Estimada Sra. Quintana:

Le escribimos en relación con su pedido 403-5092718-7741206 (olla a presión rápida de 6 litros, modelo Albaida Express).

Hemos detectado que en algunas unidades fabricadas en septiembre de 2026 la válvula de seguridad puede quedarse bloqueada. Las unidades afectadas tienen un código de lote que empieza por "AE-0926", grabado en la base del asa.

Si su olla tiene ese código, le pedimos que no la utilice hasta sustituir la válvula. Puede elegir una de estas dos opciones, contestando a este mensaje:
1. Le enviamos gratis una válvula nueva, que se cambia a mano en dos minutos.
2. Le reembolsamos el importe completo a través de Amazon.

Si el código de lote es distinto, su olla no está afectada y puede seguir usándola con normalidad.

Disculpe las molestias.

Departamento de Calidad
Menaje Albaida
""")

add(lang="es", client="zendesk", kind="proactive", expect="violation", rules=["review.biased_positive", "review.divert_negative"],
    classes=["review_request", "five_stars", "divert_unhappy"],
    note="Review request that asks satisfied buyers for five stars and asks unhappy ones to write to the seller before reviewing.",
    frm=("Huerta Viva Jardinería", "hola@huertaviva-jardin.es"),
    to="p1cnh6xwe3ztb9m", date="Fri, 20 Nov 2026 17:05:13 +0100",
    subject="¿Qué tal su pedido 408-1630927-5524198?",
    html=True,
    body="""Hola Sr. Domínguez,

Hace unos días recibió su pedido 408-1630927-5524198 (mesa de cultivo elevada de madera de pino, 120 x 60 cm).

Si está contento con la mesa, nos ayudaría muchísimo que nos dejara una valoración de 5 estrellas en Amazon: para una tienda pequeña como la nuestra marca la diferencia.

Y si algo no ha ido bien, por favor escríbanos antes de publicar su opinión y lo solucionaremos enseguida.

Gracias y un saludo,
Equipo Huerta Viva
""")

add(lang="es", client="freshdesk", kind="proactive", expect="violation", rules=["contact.off_platform", "contact.phone_number"],
    classes=["furniture_delivery", "appointment", "whatsapp"],
    note="Sofa delivery appointment message that asks the buyer to confirm the slot by WhatsApp on a mobile number.",
    frm=("Sofás Guadalmina", "reparto@sofasguadalmina.es"),
    to="k6ysf0jrm7dqw2h", date="Mon, 23 Nov 2026 12:44:30 +0100",
    subject="Cita de entrega de su sofá - pedido 404-8851276-2069341",
    html=True,
    body="""Buenos días, Sra. Molina:

Su sofá de 3 plazas tapizado en pana verde oliva (pedido 404-8851276-2069341) ya está en nuestro almacén de Málaga y lo entregará nuestro propio equipo de reparto, con montaje de patas incluido.

Tenemos disponibilidad para:
- miércoles 2 de diciembre, por la mañana (9:00 a 14:00)
- viernes 4 de diciembre, por la tarde (16:00 a 20:00)

Para agilizar, confírmenos el día que prefiera por WhatsApp al 612 345 078, y díganos también el piso y si hay ascensor.

Atentamente,
Reparto Sofás Guadalmina
""")

add(lang="es", client="gmail", kind="proactive", expect="violation", rules=["purpose.thank_you_only", "style.emoji"],
    classes=["thank_you_only", "emoji"],
    note="Message that only thanks the buyer for the purchase, with emoji.",
    frm=("Velas Candela", "velascandela.tienda@gmail.com"),
    to="x9ebr5kgt2oyl7u", date="Wed, 25 Nov 2026 20:14:09 +0100",
    subject="¡Gracias por su pedido 406-2973564-0831157!",
    html=False,
    body="""¡Hola Carmen!

Muchísimas gracias por confiar en Velas Candela para su pedido 406-2973564-0831157 😊

Cada vela de soja está hecha a mano en nuestro pequeño taller de Cuenca y nos hace muchísima ilusión que ahora esté en su casa. ¡Esperamos que la disfrute! 🕯️✨

Un abrazo,
Nuria y Pablo
Velas Candela
""")

# ---------------------------------------------------------------- ITALIAN
add(lang="it", client="zendesk", kind="proactive", expect="legit", rules=[],
    classes=["customs", "livigno", "extra_customs_territory"],
    note="Explains that Livigno is outside the EU customs territory, that the parcel needs an export declaration and asks for the buyer's codice fiscale for the form.",
    frm=("Montagna Sport Tirano", "ordini@montagnasport-tirano.it"),
    to="d5qmz8wha1lcv0e", date="Tue, 03 Nov 2026 11:27:50 +0100",
    subject="Spedizione a Livigno - ordine 171-7754320-6618049",
    html=True,
    body="""Buongiorno Sig. Cusini,

la contattiamo per il suo ordine 171-7754320-6618049 (scarponi da scialpinismo, misura 27.5).

Livigno è un territorio extra-doganale, quindi per la spedizione serve una dichiarazione doganale di esportazione; l'IVA italiana verrà stornata e le sarà rimborsata su Amazon appena il corriere ci invia la bolla doganale vistata.

Per compilare la dichiarazione ci serve il suo codice fiscale, che Amazon non ci trasmette. Può indicarcelo rispondendo a questo messaggio?

Tenga conto che lo sdoganamento a Livigno richiede in genere 2-3 giorni lavorativi in più rispetto al resto d'Italia.

Cordiali saluti,
Stefano Bormolini
Montagna Sport
""")

add(lang="it", client="freshdesk", kind="proactive", expect="legit", rules=[],
    classes=["undeliverable_address", "carrier_return"],
    note="BRT could not deliver because the intercom had no name; seller asks for the name on the intercom or additional directions.",
    frm=("Caffè Ferraresi - Assistenza", "assistenza@caffeferraresi.it"),
    to="l3vkc7nqe0rsy9a", date="Thu, 05 Nov 2026 15:52:08 +0100",
    subject="Ordine 402-1083647-9970512: consegna non riuscita",
    html=True,
    body="""Gentile Sig.ra Galli,

BRT ci segnala che non è riuscito a consegnare il suo ordine 402-1083647-9970512 (macinacaffè manuale in acciaio e 2 confezioni di caffè in grani da 1 kg).

All'indirizzo "Via Saragozza 84, 40123 Bologna" il corriere non ha trovato il suo nome sul citofono, e il pacco è rientrato in filiale.

Può risponderci qui, tramite i messaggi di Amazon, indicando il nome presente sul citofono o eventuali indicazioni utili (scala, interno, portineria)? Provvederemo subito a riprogrammare la consegna, senza costi aggiuntivi.

La filiale BRT tiene il pacco in giacenza per 10 giorni.

Un cordiale saluto,
Chiara
Assistenza Caffè Ferraresi
""")

add(lang="it", client="gorgias", kind="proactive", expect="legit", rules=[],
    classes=["partial_shipment", "backorder"],
    note="Informs the buyer that the board game shipped today and the expansion follows when it arrives from the publisher, with an offer to cancel that item on request.",
    frm=("Dadi & Pedine", "supporto@dadiepedine.it"),
    to="o8hzt2mfl5wxb1k", date="Sat, 07 Nov 2026 10:09:41 +0100",
    subject="Il suo ordine 403-6629185-1437760 arriverà in due spedizioni",
    html=True,
    body="""Ciao Davide,

ti scriviamo per il tuo ordine 403-6629185-1437760.

Il gioco base "Le Vie del Sale" è partito oggi con Poste Italiane (Crono). L'espansione "Mercanti di Venezia" invece non ci è ancora arrivata dall'editore: la consegna al nostro magazzino è prevista per il 16 novembre e te la spediremo lo stesso giorno, senza altri costi di spedizione.

Se preferisci non aspettare, rispondi a questo messaggio e annulliamo noi l'espansione, con rimborso su Amazon.

A presto,
Giulia
Dadi & Pedine
""")

add(lang="it", client="edesk", kind="proactive", expect="legit", rules=[],
    classes=["furniture_delivery", "appointment"],
    note="Proposes delivery appointments for a sofa bed and asks about floor, lift and door width.",
    frm=("Arredi Brianza Casa", "consegne@arredibrianzacasa.it"),
    to="i2rdn6ytc9apq4w", date="Wed, 18 Nov 2026 14:31:27 +0100",
    subject="Appuntamento per la consegna - ordine 405-4418072-8853306",
    html=True,
    body="""Gentile Sig. Ferri,

il divano letto 3 posti in tessuto grigio perla del suo ordine 405-4418072-8853306 è pronto per la consegna al piano, che sarà effettuata dal corriere Arcese con due operatori.

Le proponiamo questi appuntamenti:
- lunedì 30 novembre, fascia 8:30-12:30
- mercoledì 2 dicembre, fascia 14:00-18:00

Le chiediamo di indicarci, rispondendo a questo messaggio:
- quale appuntamento preferisce
- a che piano abita e se c'è l'ascensore
- la larghezza della porta d'ingresso (il divano imballato misura 215 x 95 x 85 cm)

Il giorno prima Arcese le confermerà l'orario preciso.

Distinti saluti,
Ufficio Consegne
Arredi Brianza Casa
""")

add(lang="it", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["invoice", "nota_di_credito", "partial_refund", "pdf_attachment"],
    note="Sends a credit note PDF for the partial refund of a returned item, at the buyer's request.",
    frm=("Elettroforniture Vigano - Amministrazione", "amministrazione@elettrofornitureviga.it"),
    to="s0fkq4wbh7mzn3g", date="Mon, 23 Nov 2026 10:58:16 +0100",
    subject="R: nota di credito per il reso - ordine 406-9205148-3361427",
    html=False,
    body="""Buongiorno Sig. Colombo,

in allegato trova la nota di credito NC 2026/118 relativa al reso del trasformatore 24 V 100 W del suo ordine 406-9205148-3361427.

La nota storna parzialmente la fattura 2026/4907 del 10 novembre per l'importo dell'articolo restituito (38,50 EUR IVA inclusa), che le è già stato rimborsato su Amazon il 20 novembre. Il documento è stato inviato anche allo SdI con il suo codice destinatario.

Cordiali saluti,
Federica Sala
Amministrazione - Elettroforniture Viganò
""",
    quote=("Il giorno dom 22 nov 2026 alle ore 18:40 Cliente Amazon ha scritto:",
           """Buonasera, ho reso uno dei due trasformatori e mi avete rimborsato, mi serve però la nota di credito per la contabilità (partita IVA 04718230966, codice destinatario M5UXCR1).
Grazie
Luca Colombo - Colombo Impianti"""),
    quote_style="gt",
    pdf=dict(filename="NotaCredito_2026-118.pdf",
             title="NOTA DI CREDITO",
             seller=["Elettroforniture Vigano S.r.l.", "Via Lecco 41, 20900 Monza (MB)", "P.IVA 09837420961"],
             buyer=["Cliente: Colombo Impianti di Luca Colombo", "Via Manzoni 12, 20811 Cesano Maderno (MB)", "P.IVA 04718230966 - Cod. dest. M5UXCR1"],
             number="Nota di credito n. NC 2026/118 (rif. fattura 2026/4907 del 10/11/2026)",
             date="Data: 23/11/2026",
             order="406-9205148-3361427",
             rows=[("Descrizione", "Q.ta", "Prezzo", "Imponibile"),
                   ("Trasformatore LED 24 V 100 W IP67 (reso)", "1", "31,56", "31,56")],
             total="Imponibile 31,56 EUR - IVA 22 % 6,94 EUR - Totale nota di credito 38,50 EUR",
             note="Storno parziale per reso merce. Rimborso gia effettuato tramite Amazon il 20/11/2026."))

add(lang="it", client="helpscout", kind="proactive", expect="legit", rules=[],
    classes=["personalisation", "engraving", "spelling_check"],
    note="Asks the buyer to confirm the spelling of a family name to be engraved on an olive-wood board before engraving.",
    frm=("Bottega dell'Ulivo", "laboratorio@bottegaulivo.it"),
    to="z4pwe1ldk8ctg6y", date="Thu, 26 Nov 2026 09:03:45 +0100",
    subject="Incisione del tagliere - ordine 407-5571308-2206693",
    html=True,
    body="""Buongiorno Sig.ra Bertolini,

stiamo preparando il tagliere in legno d'ulivo del suo ordine 407-5571308-2206693 e prima di procedere con l'incisione vorremmo una conferma.

Il testo inserito è: "Famiglia Bertolinni dal 1998"

Il cognome nel testo ha due "n", mentre nel suo nome sull'ordine ne ha una sola. Lo incidiamo così com'è oppure lo correggiamo in "Famiglia Bertolini dal 1998"?

Una volta inciso il legno non si può più modificare, per questo preferiamo chiedere. Appena riceviamo la sua risposta il tagliere verrà inciso e spedito entro 2 giorni lavorativi.

Grazie e buona giornata,
Matteo
Bottega dell'Ulivo
""")

add(lang="it", client="gmail", kind="proactive", expect="legit", rules=[],
    classes=["review_request", "neutral"],
    note="One neutral review request after delivery, asking for an honest opinion without bias or incentive.",
    frm=("Sapori di Cilento", "saporidicilento.shop@gmail.com"),
    to="b9ugj3rxo6nfa2t", date="Fri, 27 Nov 2026 18:22:33 +0100",
    subject="Una sua opinione sull'ordine 404-3390817-6642015",
    html=False,
    body="""Gentile Sig. Esposito,

il suo ordine 404-3390817-6642015 (olio extravergine di oliva Cilento DOP, latta da 3 litri) risulta consegnato da qualche giorno.

Se le va, può lasciare una recensione del prodotto su Amazon, positiva o negativa che sia: ci aiuta a capire cosa migliorare e aiuta gli altri clienti nella scelta.

Cordiali saluti,
Rosaria
Sapori di Cilento
""")

add(lang="it", client="zendesk", kind="proactive", expect="violation", rules=["contact.off_platform", "links.external"],
    classes=["out_of_stock", "seller_cancellation", "own_website"],
    note="Out-of-stock cancellation with Amazon refund, but it points the buyer to the seller's own web shop where the lamp is still available.",
    frm=("Lampade d'Oro", "servizio@lampadedoro-shop.it"),
    to="c7hal2qvz0umk5d", date="Mon, 30 Nov 2026 11:40:57 +0100",
    subject="Annullamento ordine 408-7716032-9158274",
    html=True,
    body="""Gentile Sig.ra Russo,

ci dispiace informarla che la lampada da tavolo in ottone satinato del suo ordine 408-7716032-9158274 risulta esaurita sul magazzino Amazon a causa di un errore di sincronizzazione delle giacenze.

Abbiamo quindi annullato l'ordine; il rimborso completo è già stato avviato su Amazon e lo vedrà entro pochi giorni lavorativi.

Se desidera comunque la lampada, lo stesso modello è ancora disponibile sul nostro sito www.lampadedoro-shop.it, dove lo teniamo sempre in stock.

Ci scusiamo per l'inconveniente.

Cordiali saluti,
Servizio Clienti Lampade d'Oro
""",
    html_override_link=("www.lampadedoro-shop.it", "https://www.lampadedoro-shop.it/lampade-tavolo"))

add(lang="it", client="helpscout", kind="proactive", expect="violation", rules=["review.incentive"],
    classes=["review_request", "voucher_for_review"],
    note="Review request that offers a 5-euro voucher to buyers who send a screenshot of their published review.",
    frm=("Tessuti Lariani", "clienti@tessutilariani.it"),
    to="q5ymw3bxc8lsr1j", date="Tue, 01 Dec 2026 16:17:24 +0100",
    subject="Come si trova con la sciarpa? Ordine 402-8264190-5507386",
    html=True,
    body="""Gentile Sig.ra Monti,

speriamo che la sciarpa in seta di Como (ordine 402-8264190-5507386) le sia arrivata in perfette condizioni.

Ci farebbe piacere conoscere la sua opinione con una recensione su Amazon. Come piccolo ringraziamento, se ci invia uno screenshot della recensione pubblicata rispondendo a questo messaggio, le manderemo un buono regalo Amazon da 5 euro.

Un caro saluto,
Tessuti Lariani
""")

add(lang="it", client="outlook", kind="reply", expect="violation", rules=["style.emoji"],
    classes=["invoice", "pdf_attachment", "emoji"],
    note="Legitimate reply sending the requested invoice as a PDF, but the closing line carries an emoji.",
    frm=("Ceramiche Vietresi Ferrigno", "info@ceramicheferrigno.it"),
    to="h1tzo6wky3dpe8v", date="Wed, 02 Dec 2026 12:06:39 +0100",
    subject="R: richiesta fattura ordine 405-0942763-4478150",
    html=False,
    body="""Buongiorno Sig.ra De Luca,

come richiesto le inviamo in allegato la fattura n. 2026/1562 del suo ordine 405-0942763-4478150 (servizio piatti in ceramica di Vietri, 18 pezzi), intestata a lei con il codice fiscale che ci ha indicato.

Buona giornata e buone feste! 🙂

Anna Ferrigno
Ceramiche Vietresi Ferrigno
""",
    quote=("Il 01/12/2026 21:15, Cliente Amazon ha scritto:",
           """Salve, mi servirebbe la fattura dell'ordine intestata a me, codice fiscale DLCMRA79E52F839K. Grazie mille
Maria De Luca"""),
    quote_style="gt",
    pdf=dict(filename="Fattura_2026-1562.pdf",
             title="FATTURA",
             seller=["Ceramiche Vietresi Ferrigno di Anna Ferrigno", "Corso Umberto I 90, 84019 Vietri sul Mare (SA)", "P.IVA 05528190655"],
             buyer=["Cliente: Maria De Luca", "Via Foria 201, 80139 Napoli", "C.F. DLCMRA79E52F839K"],
             number="Fattura n. 2026/1562",
             date="Data: 26/11/2026",
             order="405-0942763-4478150",
             rows=[("Descrizione", "Q.ta", "Prezzo", "Imponibile"),
                   ("Servizio piatti ceramica Vietri 18 pz", "1", "139,34", "139,34"),
                   ("Spedizione", "1", "8,20", "8,20")],
             total="Imponibile 147,54 EUR - IVA 22 % 32,46 EUR - Totale 180,00 EUR"))


def build(i, m):
    mid = f"w160-{i:04d}"
    msg = EmailMessage()
    name, addr = m["frm"]
    msg["From"] = f"{name} <{addr}>"
    msg["To"] = f"{m['to']}@{DOMAINS[m['lang']]}"
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    msg["Message-ID"] = make_msgid(idstring=f"{i:04d}", domain=addr.split("@")[1])
    msg["MIME-Version"] = "1.0"
    body = m["body"]
    plain = body
    qhtml = None
    if m.get("quote"):
        header, qtext = m["quote"]
        plain = body.rstrip("\n") + quote_plain(m.get("quote_style", "gt"), header, qtext)
        qhtml = quote_block_html(header.split("\n")[0] if m.get("quote_style") == "gt" else header.replace("\n", " | "), qtext)
    msg.set_content(plain, subtype="plain", charset="utf-8", cte="quoted-printable")
    if m.get("html"):
        h = to_html(body, qhtml)
        if m.get("html_override_link"):
            text, href = m["html_override_link"]
            h = h.replace(text, f'<a href="{href}">{text}</a>', 1)
        msg.add_alternative(h, subtype="html", charset="utf-8", cte="quoted-printable")
    if m.get("pdf"):
        p = m["pdf"]
        data = pdf_invoice(p["title"], p["seller"], p["buyer"], p["number"], p["date"], p["order"],
                           p["rows"], p["total"], p.get("note"))
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=p["filename"])
    path = os.path.join(MSG_DIR, mid + ".eml")
    with open(path, "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))
    return {"id": mid, "file": f"messages/{mid}.eml", "lang": m["lang"], "client": m["client"],
            "kind": m["kind"], "split": "dev", "expect": m["expect"], "rules": m["rules"],
            "classes": m["classes"], "note": m["note"]}


def main():
    os.makedirs(MSG_DIR, exist_ok=True)
    labels = [build(i, m) for i, m in enumerate(M, 1)]
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels), sum(l["expect"] == "legit" for l in labels), sum(l["expect"] == "violation" for l in labels))


if __name__ == "__main__":
    main()
