#!/usr/bin/env python3
"""Generate the w141 messages (EN/FR/ES, sellers naming other companies and channels)."""
import json, random, html
from pathlib import Path
from email.message import EmailMessage
from email.utils import make_msgid, formataddr

ROOT = Path(__file__).resolve().parent.parent
rnd = random.Random(141)

def alias():
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))

def quote_block(style, who, when, text):
    lines = text.strip().split("\n")
    if style == "onwrote":
        return f"\n\nOn {when}, {who} wrote:\n" + "\n".join("> " + l if l else ">" for l in lines)
    if style == "original":
        return (f"\n\n-----Original Message-----\nFrom: {who}\nSent: {when}\n"
                f"Subject: Re: your order\n\n" + "\n".join(lines))
    if style == "original_fr":
        return (f"\n\n-----Message d'origine-----\nDe : {who}\nEnvoyé : {when}\n"
                f"Objet : Votre commande\n\n" + "\n".join(lines))
    if style == "original_es":
        return (f"\n\n-----Mensaje original-----\nDe: {who}\nEnviado el: {when}\n"
                f"Asunto: Su pedido\n\n" + "\n".join(lines))
    if style == "gt":
        return "\n\n" + "\n".join("> " + l if l else ">" for l in lines)
    if style == "fr":
        return f"\n\nLe {when}, {who} a écrit :\n" + "\n".join("> " + l if l else ">" for l in lines)
    if style == "es":
        return f"\n\nEl {when}, {who} escribió:\n" + "\n".join("> " + l if l else ">" for l in lines)
    if style == "amz":
        return f"\n\n{who}, {when}:\n" + "\n".join(lines)
    return ""

def to_html(body, quote_html=None):
    paras = body.strip().split("\n\n")
    out = "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)
    if quote_html:
        who, when, text = quote_html
        q = "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in text.strip().split("\n\n"))
        out += (f'<div class="quote-intro">{html.escape(when)}, {html.escape(who)}:</div>\n'
                f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{q}</blockquote>\n')
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n' + out + "</body></html>\n")

DOM = {"en-uk": "marketplace.amazon.co.uk", "en-us": "marketplace.amazon.com",
       "fr": "marketplace.amazon.fr", "es": "marketplace.amazon.es"}

M = []  # each: dict

def add(**kw):
    M.append(kw)

# ---------------------------------------------------------------- ENGLISH
add(lang="en", mk="en-uk", shop=("Fernlight Home Ltd", "support@fernlighthome.co.uk"), client="helpscout",
    kind="reply", subject="Re: Where is my order? 204-8815302-6641927", date="Tue, 03 Nov 2026 10:42:17 +0000",
    expect="legit", rules=[], classes=["carrier_tracking", "delivery_delay"],
    note="Answers a where-is-my-parcel question, naming Evri and saying the buyer can enter the tracking number in the Evri app or on Evri's website, without any link.",
    body="""Hi Joanne,

Sorry for the wait on this one. Your order 204-8815302-6641927 (2 x linen cushion covers, sage) left us on Friday 30 October with Evri, tracking number H00A7C2264417891.

The last scan we can see is "at local delivery depot" on Monday, so it should be with you today or tomorrow. If you want to keep an eye on it yourself, you can put that tracking number into the Evri app or on the Evri website and it shows the same scans we see, sometimes a bit earlier.

If nothing has turned up by Thursday 5 November please reply here and we will either send a replacement or refund you in full, whichever you prefer.

Kind regards,
Priya
Fernlight Home""",
    quote=("onwrote", "Joanne - Amazon Marketplace", "Mon, 2 Nov 2026 at 19:08",
           "Hello, I ordered cushion covers last week and they still havent come. Amazon says it was dispatched but nothing since. Can you tell me where it is please?"))

add(lang="en", mk="en-us", shop=("Copperkettle Supply Co.", "care@copperkettlesupply.com"), client="zendesk",
    kind="reply", subject="Re: Espresso machine stopped heating - order 113-4471920-5583016", date="Thu, 12 Nov 2026 15:20:04 -0500",
    expect="legit", rules=[], classes=["manufacturer_warranty", "returns_via_amazon"], html=True,
    note="Explains that past the Amazon return window the De'Longhi warranty service handles the repair, naming the manufacturer and pointing to the warranty booklet in the box, with no link or number.",
    body="""Hi Marcus,

I'm sorry the machine has stopped heating up. I checked order 113-4471920-5583016: it was delivered on September 18, so it is now outside the 30-day Amazon return window, but it is still well within the 2-year manufacturer's warranty.

For warranty repairs De'Longhi handles it directly through their own warranty service, not us as the reseller. Their service details and the warranty card are in the small booklet that came in the box (the grey one, not the quick-start sheet). They will usually ask for proof of purchase - you can download the invoice for this order from Your Orders on Amazon, and that is all they need.

Before you send it in, one thing worth trying: if the descaling light was on, run a full descaling cycle. A blocked heating circuit after ~8 weeks of hard water use looks exactly like a dead heater and it fixes itself after descaling.

If De'Longhi give you any trouble about the purchase being from a third-party seller, reply to this message and I'll write a confirmation for you.

Best,
Dana R.
Copperkettle Supply Co. - Customer Care""",
    quote=("htmlq", "Marcus", "Nov 11, 2026 9:51 PM",
           "The espresso machine I bought from you in September no longer heats up. Lights come on but the water is cold. What do I do? Can I return it?"))

add(lang="en", mk="en-uk", shop=("Mossgate Outdoor", "help@mossgate-outdoor.co.uk"), client="freshdesk",
    kind="reply", subject="RE: Return and Klarna payments [#48213]", date="Mon, 16 Nov 2026 09:05:55 +0000",
    expect="legit", rules=[], classes=["payment_provider", "returns_via_amazon"],
    note="Explains that a Klarna-paid Amazon order is returned through Amazon's returns centre and that the refund flows back through Amazon to Klarna, mentioning Klarna only as how the buyer paid.",
    body="""Hello Tom,

No problem at all, the 3-season tent can go back. For order 026-3390174-2285561 please start the return from Your Orders on Amazon > Return or replace items, choose "no longer needed" and Amazon will give you the label and drop-off options.

About the Klarna instalments: we never see your payment details, Amazon handles all of that. Once the return is scanned in and we process the refund, Amazon sends it back to the payment method you used at checkout, which in your case was Klarna. Klarna then adjusts or cancels the remaining instalments, normally within a few working days of the refund. If you have already paid one instalment it is refunded to you too.

So there's nothing you need to arrange with us outside Amazon, just keep the tent in its bag with the pegs and poles.

Regards
Callum
Mossgate Outdoor""",
    quote=("original", "Tom (Amazon buyer)", "15 November 2026 21:37",
           "Hi, I want to return the tent, it's too small for us. I paid with Klarna in 3 payments through Amazon, how does the refund work, do I need to contact Klarna or you?"))

add(lang="en", mk="en-us", shop=("Brightwell Lighting", "orders@brightwell-lighting.com"), client="edesk",
    kind="reply", subject="Re: Lamp flickering - see my TikTok", date="Sat, 21 Nov 2026 13:47:39 -0600",
    expect="legit", rules=[], classes=["buyer_social_video", "defect_replacement"],
    note="The buyer points to their own TikTok video of the fault; the seller asks for the clip or photos as attachments in Amazon messaging and offers a replacement, without engaging on TikTok.",
    body="""Hi Kelsey,

Thanks for letting us know, and sorry the floor lamp from order 112-6650381-0947215 is flickering.

We aren't able to look at videos on outside social accounts for order issues, but your description already tells us a lot. If you can, attach the clip (or two or three photos of the switch and the bulb base) directly to a reply in this Amazon message thread - it takes video files up to 10 MB, so a short one is fine.

In the meantime: please check the bulb is screwed all the way in and that it is the 9W LED bulb that came in the box. The dimmer in this model flickers with some older "dimmable" bulbs.

If it still flickers with the original bulb, we'll send a replacement lamp right away and you can return the faulty one through Amazon with the prepaid label, no cost to you.

Thanks,
Luis
Brightwell Lighting Support""",
    quote=("gt", "", "",
           "Hey so the lamp I got flickers like crazy when its on the lowest setting. I posted a video on my TikTok showing it, its the most recent one, you can see exactly what I mean. Can you send a new one??"))

add(lang="en", mk="en-uk", shop=("Harbour & Pine", "customerservice@harbourandpine.co.uk"), client="gmail",
    kind="reply", subject="Re: Photos of the damage", date="Wed, 25 Nov 2026 17:12:08 +0000",
    expect="legit", rules=[], classes=["refuse_whatsapp", "damaged_item"],
    note="Declines the buyer's request to switch to WhatsApp, keeps the conversation in Amazon messaging and explains how to attach photos there.",
    body="""Hi Mr Okafor,

I'm sorry the oak serving board arrived with a split along the edge.

I'm afraid we can't move the conversation over to WhatsApp - we are only allowed to deal with Amazon orders through Amazon's own messaging, and that also keeps a record for you if anything needs sorting out later. You can add photos here though: on the message page there's an "Add attachment" button under the text box, and on the Amazon app it's the paperclip icon.

Honestly we don't need many - one photo of the split and one of the outer box is enough. As soon as we have them we'll send a new board for order 202-5517806-3390412, and you won't need to send the damaged one back.

Best wishes,
Eleanor
Harbour & Pine""",
    quote=("onwrote", "Chidi Okafor - Amazon Marketplace", "Wed, 25 Nov 2026 at 08:30",
           "The board is split on one side, I have pics but this Amazon thing is fiddly on my phone. Whats your WhatsApp? I'll just send them there."))

add(lang="en", mk="en-us", shop=("Tallgrass Pet Nutrition", "support@tallgrasspet.com"), client="zendesk",
    kind="reply", subject="Re: Monthly delivery? Order 114-2093375-8816452", date="Mon, 30 Nov 2026 11:03:51 -0500",
    expect="legit", rules=[], classes=["amazon_subscribe_save", "product_question"], html=True,
    note="Answers the buyer's question about getting the food every month by explaining Amazon's Subscribe & Save option on the product page, with no promotion of anything outside Amazon.",
    body="""Hi Renee,

Good question. Yes - the 12 lb bag of the grain-free salmon recipe you ordered (order 114-2093375-8816452) is enrolled in Amazon's Subscribe & Save program.

On the product page, above the Add to Cart button, you'll see two options: "One-time purchase" and "Subscribe & Save". If you pick Subscribe & Save you can choose how often it arrives (every 3 weeks up to every 6 months). After that you manage it in your Amazon account under Subscribe & Save - you can skip a delivery, change the date or cancel any time, and Amazon sends you a reminder a few days before each one.

For a 40 lb dog a 12 lb bag usually lasts around 4 weeks, so monthly is probably about right.

Take care,
Jordan
Tallgrass Pet Nutrition""",
    quote=("htmlq", "Renee", "Nov 29, 2026 6:14 PM",
           "Biscuit loves this food. Is there a way to have it come every month without me having to remember to reorder?"))

add(lang="en", mk="en-uk", shop=("Northcott Knitwear", "hello@northcott-knitwear.co.uk"), client="outlook",
    kind="reply", subject="RE: Sizing + question about the reviews", date="Fri, 04 Dec 2026 14:26:33 +0000",
    expect="legit", rules=[], classes=["amazon_vine", "product_question"],
    note="Answers a sizing question and explains that reviews marked as Vine come from Amazon's own Vine programme, which the seller cannot influence.",
    body="""Hello Margaret,

Thank you for your message about order 205-7741163-0028839.

On the size: the merino roll-neck comes up quite true, maybe half a size generous in the body. You ordered a 14; if you are normally between a 12 and a 14 the 14 will be comfortable but not baggy. If it doesn't fit, you can exchange it through Your Orders on Amazon within 30 days.

On the reviews: the ones marked "Vine Customer Review of Free Product" come from Amazon Vine. That is Amazon's own programme - Amazon picks the reviewers and sends them the item, and we have no say in who reviews it or what they write. We don't pay them and we can't edit those reviews, so they're as honest as any other.

Kind regards,
Sarah Northcott""",
    quote=("original", "Margaret", "03 December 2026 16:02",
           "Hello, I have ordered the roll neck in size 14 but now worry it will be too big. Also some of the reviews say Vine on them - are those people paid to say nice things?"))

add(lang="en", mk="en-uk", shop=("Hollow Oak Candle Co.", "team@hollowoakcandles.co.uk"), client="shopify_inbox",
    kind="proactive", subject="Your candle order 203-9914427-5560183", date="Tue, 08 Dec 2026 12:00:10 +0000",
    expect="violation", rules=["contact.off_platform", "purpose.marketing"], classes=["instagram_invite", "promo_code"],
    note="Proactive post-delivery message that invites the buyer to follow the shop's own Instagram account for new scents and a discount code, which moves the buyer off Amazon and is marketing.",
    body="""Hi Hannah,

Your Winter Fig & Cedar candle (order 203-9914427-5560183) should have arrived by now - we hope it smells as cosy at home as it does in our workshop.

A quick tip for the first burn: let the wax melt all the way to the edge of the jar (about 2 hours) so it doesn't tunnel.

We post all our new scents on Instagram first, so come and follow us @hollowoakcandles - followers get 10% off the spring collection when it drops in February, and we do a giveaway every month!

Warmly,
Beth & Tom
Hollow Oak Candle Co.""")

add(lang="en", mk="en-us", shop=("Riverbend Ceramics", "support@riverbendceramics.com"), client="helpscout",
    kind="reply", subject="Re: Mug arrived broken", date="Thu, 10 Dec 2026 08:44:29 -0600",
    expect="violation", rules=["contact.off_platform", "contact.phone_number"], classes=["whatsapp_number", "damaged_item"],
    note="Reply to a broken-item complaint that gives the seller's WhatsApp number and asks the buyer to send the photos there instead of through Amazon.",
    body="""Hi Alyssa,

Oh no, I'm so sorry - packing stoneware is a constant battle with the carriers.

We'll definitely replace the mug from order 111-3308825-4179960. The fastest way is to just WhatsApp me a photo of the pieces on +1 (512) 555-0187, the Amazon messages take forever to come through to us and I can get a new one out the same day once I see it.

Sorry again!
Megan
Riverbend Ceramics""",
    quote=("onwrote", "Alyssa - Amazon Marketplace", "Wed, Dec 9, 2026 at 7:58 PM",
           "My mug came in three pieces. The box looked fine from the outside. Can I get a replacement?"))

add(lang="en", mk="en-uk", shop=("Bramble & Beeswax", "shop@brambleandbeeswax.co.uk"), client="gmail",
    kind="reply", subject="Re: Reorder wraps", date="Mon, 14 Dec 2026 19:31:46 +0000",
    expect="violation", rules=["contact.off_platform", "purpose.marketing", "links.external"], classes=["own_website_reorder", "buy_with_prime_mention"],
    note="Answers a reorder question by sending the buyer to the seller's own website domain, cheaper and with a discount, which moves the sale off Amazon and is marketing.",
    body="""Hi Gemma,

So glad the beeswax wraps are working out for you!

For your next order it's actually better to come straight to us at brambleandbeeswax.co.uk - the same 3-pack is £2 cheaper there because we don't pay Amazon fees, and we have Buy with Prime on the site now so you still get the Prime delivery. Use AMZFRIEND at checkout for another 10% off your first order with us.

(Your current order 026-4419932-7705164 is all fine, nothing you need to do there.)

Thanks!
Rosie""",
    quote=("gt", "", "",
           "Hi, love the wraps, I'd like to order another 2 packs as christmas presents. Do you have the large size in stock?"))

# ---------------------------------------------------------------- FRENCH
add(lang="fr", mk="fr", shop=("Maison Orvalle", "service-client@maison-orvalle.fr"), client="gmail",
    kind="reply", subject="Re: Colis non reçu - commande 403-2279051-6618304", date="Mon, 09 Nov 2026 16:05:22 +0100",
    expect="legit", rules=[], classes=["carrier_tracking", "delivery_delay"],
    note="Répond à une demande de suivi en nommant Chronopost et en indiquant que l'acheteuse peut saisir le numéro dans l'appli ou sur le site Chronopost, sans lien.",
    body="""Bonjour Madame Lefèvre,

Merci pour votre message. Votre commande 403-2279051-6618304 (parure de lit en lin lavé, 240x260) a été remise à Chronopost le jeudi 5 novembre, numéro de suivi XW418266031FR.

D'après le dernier scan, le colis a été déposé vendredi dans le relais Pickup indiqué lors de la commande, car le livreur n'a pas pu vous remettre le colis en main propre. Vous devriez avoir reçu un SMS avec le code de retrait ; sinon, vous pouvez entrer le numéro de suivi dans l'application Chronopost ou sur le site de Chronopost, l'adresse exacte du relais et ses horaires y sont affichés.

Attention, le relais garde les colis 10 jours. Si vous n'arrivez pas à le récupérer, répondez-nous ici et nous trouverons une solution.

Bien cordialement,
Camille
Maison Orvalle""",
    quote=("fr", "Sylvie - Marketplace Amazon", "lun. 9 nov. 2026 à 11:47",
           "Bonjour, ma commande devait arriver vendredi et je n'ai rien reçu, pourtant Amazon indique « livré ». Pouvez-vous vérifier svp ?"))

add(lang="fr", mk="fr", shop=("Électro Vauban", "sav@electro-vauban.fr"), client="zendesk",
    kind="reply", subject="Re: Aspirateur en panne [commande 171-8830264-1179553]", date="Wed, 18 Nov 2026 10:28:40 +0100",
    expect="legit", rules=[], classes=["manufacturer_warranty", "returns_via_amazon"], html=True,
    note="Explique qu'après le délai de retour Amazon, la garantie constructeur est assurée par le service après-vente Rowenta, nommé sans coordonnées ni lien.",
    body="""Bonjour Monsieur Garnier,

Nous sommes désolés d'apprendre que votre aspirateur balai Rowenta ne démarre plus.

Votre commande 171-8830264-1179553 a été livrée le 2 août, le délai de retour Amazon de 30 jours est donc dépassé, mais l'appareil est couvert par la garantie constructeur de 2 ans. Pour les pannes sous garantie, c'est le service après-vente Rowenta qui prend en charge la réparation ou l'échange, via son réseau de réparateurs agréés. Les informations pour les joindre figurent dans le livret de garantie fourni avec l'appareil.

Il vous suffira de présenter la facture : vous pouvez la télécharger depuis « Vos commandes » sur Amazon, en cliquant sur « Facture » à côté de cette commande.

Avant cela, vérifiez tout de même que la batterie est bien enclenchée jusqu'au clic et que le voyant de charge s'allume lorsque l'appareil est sur son socle : un mauvais contact de la batterie est la cause la plus fréquente.

Si le SAV vous demande un document complémentaire de notre part, répondez simplement à ce message.

Cordialement,
Julien M.
Service client Électro Vauban""",
    quote=("htmlq", "Bernard", "17 nov. 2026 à 20:13",
           "Bonsoir, l'aspirateur acheté chez vous cet été ne s'allume plus du tout. Que dois-je faire ? Je ne peux plus le renvoyer sur Amazon apparemment."))

add(lang="fr", mk="fr", shop=("Les Ateliers Pradel", "contact-amazon@ateliers-pradel.fr"), client="freshdesk",
    kind="reply", subject="RE: Remboursement PayPal ?", date="Sat, 21 Nov 2026 09:14:02 +0100",
    expect="legit", rules=[], classes=["payment_provider", "refund_via_amazon"],
    note="Confirme que le remboursement passe par Amazon vers le moyen de paiement utilisé lors de la commande, PayPal n'étant mentionné que comme moyen de paiement de l'acheteur.",
    body="""Bonjour Antoine,

Nous avons bien reçu le retour de la lampe de bureau (commande 408-5516720-3342981) mercredi, et le remboursement a été déclenché jeudi matin pour 64,90 €.

Comme vous avez réglé cette commande avec PayPal lors du paiement sur Amazon, c'est Amazon qui renvoie le montant vers ce même moyen de paiement : nous n'avons aucun accès à votre compte PayPal et ne pouvons pas faire de virement séparé. En général le remboursement apparaît dans l'historique PayPal sous 3 à 5 jours ouvrés. Vous pouvez aussi voir son statut dans « Vos commandes » sur Amazon > Détails de la commande.

Si rien n'apparaît d'ici le 27 novembre, revenez vers nous par ce fil de discussion.

Bonne journée,
Élodie
Les Ateliers Pradel""",
    quote=("original_fr", "Antoine (acheteur Amazon)", "vendredi 20 novembre 2026 22:40",
           "Bonjour, j'ai renvoyé la lampe il y a une semaine. J'avais payé par PayPal, est-ce que vous pouvez me rembourser directement sur PayPal ? Je n'ai toujours rien."))

add(lang="fr", mk="fr", shop=("Boutique Le Grenier Bleu", "clients@legrenierbleu.fr"), client="edesk",
    kind="reply", subject="Re: Vidéo du défaut sur mon Instagram", date="Tue, 24 Nov 2026 14:51:37 +0100",
    expect="legit", rules=[], classes=["buyer_social_video", "defect_replacement"],
    note="L'acheteuse renvoie à sa vidéo Instagram ; la vendeuse demande des photos en pièce jointe dans la messagerie Amazon et propose un remplacement, sans passer par Instagram.",
    body="""Bonjour Inès,

Merci d'avoir pris le temps de filmer le problème, et désolée pour ce couvercle qui ne ferme pas correctement sur la boîte à thé (commande 402-6603118-9952470).

Nous ne pouvons malheureusement pas traiter une commande Amazon à partir d'un compte Instagram, même pour consulter une vidéo. Si vous le pouvez, ajoutez simplement une ou deux photos (ou la vidéo si elle est courte) en pièce jointe en répondant à ce message Amazon, avec le trombone en bas de la fenêtre.

De toute façon, d'après votre description le joint en silicone a dû être mal positionné à l'usine. Nous vous envoyons une nouvelle boîte dès lundi, sans que vous ayez à renvoyer la première.

Belle journée,
Anaïs
Le Grenier Bleu""",
    quote=("gt", "", "",
           "Bonjour, le couvercle de la boîte ne ferme pas, il reste de l'air. J'ai posté une vidéo en story sur mon Instagram où on voit bien le souci, vous pouvez aller voir. Je voudrais un échange."))

add(lang="fr", mk="fr", shop=("Bois & Vis Mobilier", "service@boisetvis-mobilier.fr"), client="outlook",
    kind="reply", subject="RE: Montage étagère - commande 405-1198370-4460215", date="Fri, 27 Nov 2026 11:36:18 +0100",
    expect="legit", rules=[], classes=["refuse_phone", "product_use"],
    note="Refuse poliment d'appeler l'acheteur au téléphone, explique que les échanges doivent rester dans la messagerie Amazon et répond à la question de montage par écrit.",
    body="""Bonjour Monsieur Roussel,

Merci pour votre message. Nous ne pouvons pas vous appeler : pour les commandes passées sur Amazon, nous sommes tenus d'échanger uniquement par la messagerie Amazon. Mais je vais essayer d'être le plus clair possible ici.

Pour l'étagère murale en chêne (réf. ETG-90), les deux pièces métalliques en L se vissent d'abord au mur, partie courte vers le haut, avec les chevilles grises fournies (pas les blanches, qui sont pour le placo). La planche se pose ensuite dessus et se fixe par en dessous avec les 4 petites vis de 16 mm.

Si les trous pré-percés ne tombent pas en face des équerres, c'est que la planche est à l'envers : la face avec l'étiquette doit être contre le mur.

Si malgré tout cela ne va pas, envoyez-nous une photo ici et nous regarderons.

Cordialement,
Hugo
Bois & Vis Mobilier""",
    quote=("original_fr", "Yves Roussel", "jeudi 26 novembre 2026 18:02",
           "Bonsoir, je n'arrive pas à monter l'étagère, les trous ne correspondent pas. Ce serait plus simple par téléphone, pouvez-vous m'appeler demain matin ?"))

add(lang="fr", mk="fr", shop=("Cuisine Antoinette", "support@cuisine-antoinette.fr"), client="zendesk",
    kind="reply", subject="Re: Colis perdu ? [commande 407-3345902-8170126]", date="Wed, 02 Dec 2026 17:09:45 +0100",
    expect="legit", rules=[], classes=["amazon_a_to_z", "lost_parcel"], html=True,
    note="Pour un colis perdu, propose renvoi ou remboursement et rappelle que la Garantie A à Z d'Amazon reste disponible à l'acheteur, sans aucun canal externe.",
    body="""Bonjour Madame Benali,

Nous avons vérifié le suivi de votre commande 407-3345902-8170126 (cocotte en fonte 24 cm) : Colissimo indique le colis « en cours d'acheminement » depuis le 20 novembre sans aucun nouveau scan. Au-delà de 8 jours, nous le considérons comme perdu et avons ouvert une enquête auprès de La Poste de notre côté.

Vous n'avez pas à attendre le résultat. Nous vous proposons au choix :
- un nouvel envoi aujourd'hui même, en suivi, ou
- un remboursement complet sur Amazon.

Dites-nous simplement ce que vous préférez en répondant à ce message. Et bien sûr, si le problème n'était pas réglé à votre satisfaction, vous gardez la possibilité de faire une réclamation au titre de la Garantie A à Z d'Amazon depuis votre compte.

Bien à vous,
Mathilde
Cuisine Antoinette""",
    quote=("htmlq", "Samira", "1 déc. 2026 à 21:25",
           "Bonjour, j'attends toujours ma cocotte commandée le 18 novembre, le suivi ne bouge plus. C'était pour un cadeau. Que se passe-t-il ?"))

add(lang="fr", mk="fr", shop=("Atelier Savonnerie Lumen", "bonjour@savonnerie-lumen.fr"), client="helpscout",
    kind="reply", subject="Re: Vu avec Buy with Prime sur un autre site", date="Sat, 05 Dec 2026 10:22:51 +0100",
    expect="legit", rules=[], classes=["amazon_buy_with_prime", "product_question"],
    note="Confirme qu'un produit vu avec le badge Buy with Prime ailleurs est identique et précise que cette commande se gère entièrement sur Amazon, sans nommer ni recommander le site.",
    body="""Bonjour Clément,

Oui, il s'agit exactement du même savon à froid (lavande & avoine, 100 g), même recette, même lot de fabrication que celui de votre commande 406-7720451-3305869. Le badge « Buy with Prime » que vous avez vu signifie simplement que c'est Amazon qui expédie le produit, depuis le même stock.

Pour votre commande passée sur Amazon, tout se gère depuis votre compte Amazon : suivi, facture et, si besoin, retour. Vous n'avez rien d'autre à faire.

Concernant votre question sur la conservation : gardez les savons au sec, hors de la douche entre deux utilisations, ils durent ainsi environ 6 semaines chacun.

Bonne journée,
Louise
Atelier Savonnerie Lumen""",
    quote=("fr", "Clément - Marketplace Amazon", "ven. 4 déc. 2026 à 19:30",
           "Bonsoir, j'ai vu votre savon sur un autre site avec un logo Buy with Prime, est-ce que c'est le même produit que celui que j'ai commandé sur Amazon ? Et combien de temps se conserve-t-il ?"))

add(lang="fr", mk="fr", shop=("Cartouches Verveine", "commandes@atelier-verveine.fr"), client="gmail",
    kind="reply", subject="Re: Recharges pour le stylo", date="Tue, 08 Dec 2026 15:44:13 +0100",
    expect="violation", rules=["contact.off_platform", "purpose.marketing", "links.external"], classes=["own_website_reorder", "promo_code"],
    note="Répond à une question sur les recharges en invitant l'acheteur à commander sur le site de la boutique avec un code de réduction, ce qui détourne la vente hors d'Amazon et constitue de la publicité.",
    body="""Bonjour Paul,

Ravis que le stylo plume vous plaise ! Les cartouches compatibles sont les standard internationales courtes, bleu nuit pour celles fournies avec votre commande 403-9958127-2241036.

Pour vos prochaines recharges, le plus simple est de les commander directement sur notre site atelier-verveine.fr : les boîtes de 30 y sont moins chères et avec le code FIDELE15 vous avez -15 % sur votre première commande chez nous.

À bientôt,
Margaux
Cartouches Verveine""",
    quote=("fr", "Paul - Marketplace Amazon", "mar. 8 déc. 2026 à 09:12",
           "Bonjour, quelles cartouches dois-je racheter pour le stylo ? Les vendez-vous aussi ?"))

add(lang="fr", mk="fr", shop=("Petit Nuage Puériculture", "sav@petitnuage-puericulture.fr"), client="edesk",
    kind="reply", subject="Re: Votre vidéo TikTok", date="Thu, 10 Dec 2026 12:18:07 +0100",
    expect="violation", rules=["contact.off_platform", "purpose.marketing"], classes=["instagram_invite", "buyer_social_video"],
    note="Après que l'acheteuse a mentionné sa vidéo TikTok, la vendeuse l'invite à suivre et identifier le compte Instagram de la boutique pour les nouveautés et un concours, ce qui sort d'Amazon et relève du marketing.",
    body="""Coucou Laura,

Merci pour votre retour et pour la vidéo TikTok sur la gigoteuse, ça nous fait super plaisir ! Pour répondre à votre question : oui, elle passe en machine à 40 °C, et le TOG 2,5 convient pour une chambre entre 16 et 20 °C.

N'hésitez pas à nous suivre sur Instagram @petitnuage.puericulture et à nous identifier dans vos prochaines vidéos : on repartage les photos de nos clientes et ce mois-ci on fait un concours pour gagner la nouvelle collection d'hiver.

Belle journée avec votre petit bout (commande 404-2216843-5597731),
Chloé
Petit Nuage""",
    quote=("gt", "", "",
           "Bonjour, j'adore la gigoteuse, j'en ai même parlé dans une vidéo TikTok ! Est-ce qu'on peut la laver en machine ? Et pour quelle température de chambre ?"))

add(lang="fr", mk="fr", shop=("Jardin des Sept Vents", "contact@jardin7vents.fr"), client="outlook",
    kind="reply", subject="RE: Rosier arrivé abîmé - 402-4419086-1127358", date="Mon, 14 Dec 2026 08:57:26 +0100",
    expect="violation", rules=["contact.off_platform", "contact.phone_number"], classes=["whatsapp_number", "damaged_item"],
    note="Pour un rosier abîmé, le vendeur donne son numéro WhatsApp et demande d'y envoyer les photos au lieu de la messagerie Amazon.",
    body="""Bonjour Madame Pichon,

Toutes nos excuses, le transporteur a visiblement retourné le carton. Une branche cassée ne compromet pas forcément le rosier, mais nous préférons voir dans quel état il est.

Le plus rapide : envoyez-moi les photos par WhatsApp au 06 47 28 91 35, je vous réponds dans la journée et on organise un renvoi si besoin. La messagerie Amazon est un peu lente pour les photos.

Bien cordialement,
Gérard Fabre
Jardin des Sept Vents""",
    quote=("original_fr", "Nadine Pichon", "dimanche 13 décembre 2026 17:40",
           "Bonjour, le rosier est arrivé avec deux branches cassées et de la terre partout dans le carton. Que proposez-vous ?"))

# ---------------------------------------------------------------- SPANISH
add(lang="es", mk="es", shop=("Casa Albero", "atencion@casaalbero.es"), client="gmail",
    kind="reply", subject="Re: ¿Dónde está mi pedido? 407-6638210-9921475", date="Tue, 10 Nov 2026 13:15:48 +0100",
    expect="legit", rules=[], classes=["carrier_tracking", "delivery_delay"],
    note="Responde sobre un envío retrasado nombrando SEUR y explicando que el comprador puede consultar el número de seguimiento en la app o la web de SEUR, sin enlaces.",
    body="""Hola Javier:

Gracias por escribirnos. Tu pedido 407-6638210-9921475 (juego de 6 vasos de vidrio reciclado) salió de nuestro almacén el viernes 6 de noviembre con SEUR, número de seguimiento 7290144835521.

Lo que vemos es que el lunes hubo un intento de entrega fallido ("destinatario ausente"). SEUR suele reintentar al día siguiente hábil, y si no, lo deja en una tienda Pickup cercana. Si metes el número en la app de SEUR o en su web puedes elegir otro día de entrega o el punto de recogida que te venga mejor.

Si el jueves sigue sin llegar, contéstanos aquí y lo revisamos.

Un saludo,
Lucía
Casa Albero""",
    quote=("es", "Javier - Marketplace de Amazon", "lun, 9 nov 2026 a las 21:04",
           "Buenas, el pedido tenía que llegar ayer y no ha llegado nada. ¿Me podéis decir qué pasa?"))

add(lang="es", mk="es", shop=("Textiles Marea", "clientes@textilesmarea.es"), client="zendesk",
    kind="reply", subject="Re: Devolución pagada con Bizum [pedido 402-1174459-3086210]", date="Fri, 13 Nov 2026 10:47:33 +0100",
    expect="legit", rules=[], classes=["payment_provider", "refund_via_amazon"], html=True,
    note="Explica que el reembolso de un pedido pagado con Bizum en Amazon lo emite Amazon al mismo método de pago, mencionando Bizum solo como forma de pago del comprador.",
    body="""Hola Marta:

Ya hemos recibido la toalla de playa que nos devolviste (pedido 402-1174459-3086210) y hoy mismo hemos emitido el reembolso de 29,95 €.

Como pagaste el pedido con Bizum al hacer la compra en Amazon, es Amazon quien devuelve el importe a ese mismo método de pago, es decir, a la cuenta bancaria asociada a tu Bizum. Nosotros no vemos tus datos bancarios ni podemos hacer un Bizum aparte. Normalmente aparece en 3 a 5 días hábiles, según el banco.

Puedes ver el estado del reembolso en "Mis pedidos" de Amazon, en los detalles del pedido.

Cualquier cosa, responde a este mensaje.

Saludos,
Andrés
Textiles Marea""",
    quote=("htmlq", "Marta", "12 nov 2026, 19:22",
           "Hola, devolví la toalla la semana pasada. La pagué con Bizum, ¿me la devolvéis por Bizum? No sé cómo funciona."))

add(lang="es", mk="es", shop=("Hogar Tecnológico Levante", "soporte@hogartec-levante.es"), client="freshdesk",
    kind="reply", subject="RE: Robot aspirador no carga [#77105]", date="Wed, 18 Nov 2026 16:32:09 +0100",
    expect="legit", rules=[], classes=["manufacturer_warranty", "product_troubleshooting"],
    note="Ofrece pasos de diagnóstico y explica que, fuera del plazo de devolución de Amazon, la garantía la gestiona el servicio técnico oficial de Cecotec, nombrándolo sin datos de contacto.",
    body="""Buenas tardes, Sr. Navarro:

Lamentamos el problema con el robot aspirador Cecotec Conga de su pedido 171-5503927-6614080.

Antes de nada, pruebe esto: limpie con un paño seco los dos contactos metálicos de la base de carga y los del robot, y compruebe que el interruptor lateral del robot está en posición ON. En muchos casos el robot "no carga" solo porque el interruptor se ha quedado apagado.

Si sigue sin cargar: como el pedido se entregó en junio, ya no es posible devolverlo por Amazon, pero tiene 3 años de garantía del fabricante. Las reparaciones en garantía las hace el Servicio de Asistencia Técnica oficial de Cecotec; las instrucciones para solicitarla están en el manual y en la tarjeta de garantía de la caja. Le pedirán la factura, que puede descargar en "Mis pedidos" de Amazon.

Si tiene cualquier problema con la garantía, escríbanos por aquí.

Atentamente,
Raquel
Hogar Tecnológico Levante""",
    quote=("original_es", "Ramón Navarro", "martes, 17 de noviembre de 2026 20:55",
           "El robot que compré no carga, se queda con la luz roja parpadeando. ¿Qué hago?"))

add(lang="es", mk="es", shop=("Cerámica Tres Olivos", "pedidos@ceramicatresolivos.es"), client="edesk",
    kind="reply", subject="Re: ¿Tenéis WhatsApp?", date="Sat, 21 Nov 2026 11:08:54 +0100",
    expect="legit", rules=[], classes=["refuse_whatsapp", "damaged_item"],
    note="Rechaza continuar por WhatsApp, mantiene la conversación en la mensajería de Amazon y explica cómo adjuntar fotos allí.",
    body="""Hola Nuria:

Sentimos mucho que uno de los platos llegara con el borde desportillado.

No podemos atenderte por WhatsApp: los pedidos hechos en Amazon tenemos que gestionarlos solo a través de la mensajería de Amazon. Pero puedes mandarnos la foto por aquí mismo, pulsando en "Añadir archivo adjunto" debajo del cuadro de texto (en la app, el icono del clip).

Con una sola foto del plato nos basta. En cuanto la tengamos te enviamos un plato nuevo para el pedido 408-2961045-7730158, sin necesidad de devolver el roto.

Un saludo,
Pilar
Cerámica Tres Olivos""",
    quote=("gt", "", "",
           "Hola, un plato ha llegado roto del borde. Tenéis WhatsApp para mandaros la foto? Por aquí no sé cómo."))

add(lang="es", mk="es", shop=("Bricomontaje Duero", "ayuda@bricomontaje-duero.es"), client="helpscout",
    kind="reply", subject="Re: Vídeo en TikTok y compatibilidad", date="Wed, 25 Nov 2026 18:40:27 +0100",
    expect="legit", rules=[], classes=["buyer_social_video", "product_question"],
    note="El comprador menciona su propio vídeo de TikTok; el vendedor solo responde a la pregunta de compatibilidad del soporte sin invitar a ninguna red social.",
    body="""Hola Diego:

Qué bien que el montaje del soporte de TV te saliera a la primera.

Sobre lo que te preguntan en los comentarios de tu vídeo: el soporte de tu pedido 405-8817302-2259644 es válido para televisores de 32 a 65 pulgadas con anclaje VESA entre 100x100 y 400x400, y hasta 35 kg. Para 75 pulgadas no lo recomendamos, el brazo queda demasiado justo.

Y sí, para pared de pladur hay que usar tacos de expansión metálicos tipo "paraguas", no los de plástico que vienen en la bolsa, que son para pared de ladrillo u hormigón.

Saludos,
Sergio
Bricomontaje Duero""",
    quote=("es", "Diego - Marketplace de Amazon", "mié, 25 nov 2026 a las 10:12",
           "Hola! Subí un vídeo a mi TikTok montando el soporte y varios me preguntan si sirve para una tele de 75 y si vale para pladur. ¿Me confirmáis?"))

add(lang="es", mk="es", shop=("Café Montaraz", "clientes@cafemontaraz.es"), client="zendesk",
    kind="reply", subject="Re: Cambiar fecha de la suscripción - pedido 402-7734019-5518263", date="Mon, 30 Nov 2026 09:26:15 +0100",
    expect="legit", rules=[], classes=["amazon_subscribe_save", "product_question"], html=True,
    note="Explica que la suscripción de Suscríbete y ahorra se gestiona desde la cuenta de Amazon del comprador y que el vendedor no puede cambiarla.",
    body="""Buenos días, Elena:

Las entregas programadas de "Suscríbete y ahorra" las gestiona Amazon directamente, así que desde nuestra parte no podemos cambiar la fecha.

Puedes hacerlo tú en un minuto: en tu cuenta de Amazon, entra en "Suscríbete y ahorra", busca el café en grano de tueste natural (1 kg) y elige "Cambiar fecha" o "Saltar esta entrega". Si prefieres recibirlo cada 6 semanas en vez de cada mes, ahí mismo puedes cambiar la frecuencia.

Respecto al pedido 402-7734019-5518263 de este mes, ya salió ayer, así que llegará igualmente esta semana.

Un saludo,
Tomás
Café Montaraz""",
    quote=("htmlq", "Elena", "29 nov 2026, 20:41",
           "Hola, tengo el café con Suscríbete y ahorra y en diciembre estaré fuera. ¿Podéis retrasar el envío de diciembre?"))

add(lang="es", mk="es", shop=("Mochilas Cierzo", "soporte@mochilascierzo.es"), client="outlook",
    kind="reply", subject="RE: Reseñas Vine y tamaño de la mochila", date="Thu, 03 Dec 2026 12:05:41 +0100",
    expect="legit", rules=[], classes=["amazon_vine", "product_question", "refuse_phone"],
    note="Responde a una duda sobre el tamaño, explica qué son las reseñas de Amazon Vine y declina la llamada telefónica pedida por el comprador, manteniendo todo en Amazon.",
    body="""Hola Alberto:

Gracias por tu mensaje sobre el pedido 404-3320586-1148872.

La mochila de 28 litros mide 48 x 30 x 18 cm, así que entra en el tamaño de equipaje de mano de la mayoría de aerolíneas, pero no en el de "bolso pequeño bajo el asiento". El portátil de 15,6" cabe en el compartimento acolchado.

Sobre las reseñas con la etiqueta "Vine": son de Amazon Vine, un programa que gestiona la propia Amazon. Amazon elige a los reseñadores y les envía el producto; nosotros no sabemos quiénes son ni podemos influir en lo que escriben.

Y perdona, pero no podemos llamarte por teléfono: la atención de los pedidos de Amazon tiene que hacerse por esta mensajería. Si te queda alguna duda, escríbenos aquí y te respondemos el mismo día.

Un saludo,
Irene
Mochilas Cierzo""",
    quote=("original_es", "Alberto", "miércoles, 2 de diciembre de 2026 23:10",
           "Hola, la mochila cabe como equipaje de mano? He visto que algunas opiniones ponen Vine, ¿eso qué es? Si queréis me llamáis mañana y lo hablamos."))

add(lang="es", mk="es", shop=("Velas del Sur", "info@velasdelsur.es"), client="shopify_inbox",
    kind="proactive", subject="Tu pedido de velas 408-6619274-3307185", date="Mon, 07 Dec 2026 17:30:00 +0100",
    expect="violation", rules=["contact.off_platform", "purpose.marketing"], classes=["instagram_invite", "giveaway"],
    note="Mensaje proactivo tras la entrega que invita a seguir la cuenta de Instagram de la tienda y escribir por mensaje directo para participar en sorteos, lo que saca al comprador de Amazon y es publicidad.",
    body="""¡Hola Carmen!

Esperamos que ya estés disfrutando de tus velas de soja de azahar (pedido 408-6619274-3307185). Un consejo: corta la mecha a unos 5 mm antes de cada encendido y durarán mucho más.

Si te gustan, síguenos en Instagram @velasdelsur.artesanas: allí enseñamos primero los aromas nuevos y cada mes hacemos un sorteo entre quienes nos escriben por mensaje directo. ¡En diciembre sorteamos un lote de Navidad!

Un abrazo,
Rocío
Velas del Sur""")

add(lang="es", mk="es", shop=("Aceites Olivar de Mencía", "tienda@olivardemencia.es"), client="gmail",
    kind="reply", subject="Re: Volver a pedir el aceite", date="Thu, 10 Dec 2026 19:52:38 +0100",
    expect="violation", rules=["contact.off_platform", "purpose.marketing", "links.external"], classes=["own_website_reorder"],
    note="Responde a una pregunta sobre volver a comprar dirigiendo al comprador a la web propia de la tienda con envío gratis, lo que desvía la venta fuera de Amazon y es publicidad.",
    body="""Hola Fernando:

Nos alegra mucho que te haya gustado el aceite de picual temprano. La cosecha nueva (2026/27) ya está embotellada.

Para la próxima vez te recomendamos pedirlo directamente en nuestra web olivardemencia.es: allí tenemos la garrafa de 5 litros, que en Amazon no está, y el envío es gratis a partir de 40 €. Además, si te suscribes a nuestro boletín te avisamos cuando saquemos el aceite de primera prensa.

Sobre tu pedido actual 406-1188745-9023561, está todo correcto.

Saludos desde Jaén,
Manuel
Olivar de Mencía""",
    quote=("es", "Fernando - Marketplace de Amazon", "jue, 10 dic 2026 a las 13:36",
           "Buenas, el aceite está buenísimo. ¿Vais a tener pronto otra vez la botella de 2 litros? Quiero pedir para regalar."))

add(lang="es", mk="es", shop=("Zapatería Hermanos Lasarte", "atencion@lasartecalzado.es"), client="freshdesk",
    kind="proactive", subject="Pedido 403-5529817-6640312: incidencia con la dirección de entrega", date="Tue, 15 Dec 2026 10:12:44 +0100",
    expect="legit", rules=[], classes=["carrier_tracking", "address_problem", "amazon_a_to_z"],
    note="Aviso proactivo de un problema real de entrega: Correos Express no encuentra la dirección; pide confirmarla por la mensajería de Amazon, indica que se puede seguir en la app de Correos Express y menciona la Garantía de la A a la Z.",
    body="""Hola, Sra. Ibarra:

Le escribimos por su pedido 403-5529817-6640312 (botines de piel, talla 38, color cuero). Correos Express nos ha devuelto hoy la incidencia "dirección incompleta": en la dirección de envío falta el piso y la letra, y el repartidor no ha podido entregarlo.

El paquete está retenido en la delegación de Correos Express de Vitoria durante 7 días. ¿Podría responder a este mensaje con el piso y la letra correctos? Nosotros se lo pasamos al transporte y reintentan la entrega en 24-48 horas. También puede seguir el envío en la app o en la web de Correos Express con el número 3230019874521.

Si por lo que sea el paquete no llegara a sus manos, le reembolsaremos el pedido completo; y en cualquier caso sigue teniendo a su disposición la Garantía de la A a la Z de Amazon.

Un saludo,
Iñaki
Zapatería Hermanos Lasarte""")

# ---------------------------------------------------------------- build
def main():
    msgdir = ROOT / "messages"
    msgdir.mkdir(parents=True, exist_ok=True)
    labels = []
    assert len(M) == 30, len(M)
    for i, m in enumerate(M, 1):
        mid = f"w141-{i:04d}"
        shopname, shopaddr = m["shop"]
        msg = EmailMessage()
        msg["From"] = formataddr((shopname, shopaddr))
        msg["To"] = f"{alias()}@{DOM[m['mk']]}"
        msg["Subject"] = m["subject"]
        msg["Date"] = m["date"]
        msg["Message-ID"] = make_msgid(idstring=f"{i:04d}{rnd.randint(10000,99999)}", domain=shopaddr.split("@")[1])
        body = m["body"].strip() + "\n"
        q = m.get("quote")
        qtext = ""
        if q and q[0] != "htmlq":
            qtext = quote_block(*q)
        elif q:  # html-quoted message: plain part uses "> " lines
            qtext = f"\n\n{q[2]}, {q[1]}:\n" + "\n".join("> " + l for l in q[3].split("\n"))
        plain = body + qtext.rstrip("\n") + ("\n" if qtext else "")
        def cte(s):
            try:
                s.encode("ascii"); return "7bit"
            except UnicodeEncodeError:
                return "quoted-printable"
        msg.set_content(plain, charset="utf-8", cte=cte(plain))
        if m.get("html"):
            h = to_html(body, (q[1], q[2], q[3]) if q and q[0] == "htmlq" else None)
            msg.add_alternative(h, subtype="html", charset="utf-8", cte="quoted-printable")
        (msgdir / f"{mid}.eml").write_bytes(msg.as_bytes())
        labels.append({"id": mid, "file": f"messages/{mid}.eml", "lang": m["lang"], "client": m["client"],
                       "kind": m["kind"], "split": "dev", "expect": m["expect"], "rules": m["rules"],
                       "classes": m["classes"], "note": m["note"]})
    with open(ROOT / "labels.jsonl", "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
