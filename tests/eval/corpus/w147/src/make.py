#!/usr/bin/env python3
"""Generate w147 messages and labels (written blind to the engine)."""
import json, html, os
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta

OUT = os.path.join(os.path.dirname(__file__), "..")
M = []

def add(**kw):
    M.append(kw)

# ---------------- ENGLISH ----------------
add(lang="en", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["electronics", "firmware_app", "manual_page", "return_label", "multi_question"],
    note="Answers three questions about a Bluetooth speaker: firmware via the named maker app, which cable is in the box, and how to return through Amazon's label.",
    frm="Kestrel Audio Support <support@kestrelaudio-shop.co.uk>", to="qmv4rtx8kd2lnpe@marketplace.amazon.co.uk",
    subj="Re: Questions about your order 203-5518842-7716305 (Kestrel Boom 2)",
    date=(2026, 10, 4, 9, 12),
    body="""Hi Daniel,

Thanks for getting in touch, I'll take your questions in order.

1) Firmware: the Boom 2 updates through the manufacturer's "Kestrel Connect" app (iOS and Android, free in the app stores). Open the app, tap the speaker, then Settings > Device update. Current version is 3.1.4, which fixes the pairing drop you described with two phones. Full steps are on page 14 of the printed manual.

2) The cable: the listing includes a USB-C to USB-C cable (1 m) and no wall plug. Any 5V/2A USB charger works, the one from your phone is fine.

3) If the update doesn't fix the dropouts, you can return it within the 30 days. Go to Your Orders, choose "Return or replace items" and Amazon will give you a prepaid return label - no need to wait for us.

Kind regards,
Priya
Kestrel Audio Customer Care
Order: 203-5518842-7716305
""",
    quote_style="onwrote", qwho="Daniel - Amazon Marketplace", qdate="Fri, 3 Oct 2026 at 21:47",
    quote="""Hello, the speaker keeps disconnecting when I pair my phone and my wife's phone. Is there an update for it? Also the box only had a cable, no plug, is that right? If it can't be fixed I'd like to send it back.
Daniel""")

add(lang="en", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["beauty", "accessories_in_listing", "buyer_photo", "replacement"],
    note="Answers a buyer about a hair dryer's diffuser attachment and UK plug, acknowledges the buyer's photo of a cracked nozzle and arranges a replacement through Amazon.",
    frm="Lumière Hair Care <care@lumierehaircare.co.uk>", to="bz7ftkw2ha9xq0m@marketplace.amazon.co.uk",
    subj="Re: Hair dryer nozzle cracked - order 026-3390127-4481956",
    date=(2026, 10, 6, 14, 3),
    body="""Dear Ms Okafor,

I'm sorry the concentrator nozzle arrived cracked. We can see it clearly in the photo you attached, thank you for sending it.

To answer your other points:
- The diffuser is part of this listing, it should be in the small white box under the tray. If it's not there please let me know and we'll include it with the replacement.
- The dryer is the UK version (BS 1363 plug, 230V), so no adapter is needed.

I have started a free replacement of the whole set. You'll get an e-mail from Amazon with the return label for the damaged one; please keep the original packaging if you still have it. The new one ships today with Royal Mail Tracked 48.

Best wishes,
Hannah | Lumière Hair Care
""",
    quote_style="original", qwho="Amazon Marketplace <bz7ftkw2ha9xq0m@marketplace.amazon.co.uk>", qdate="Monday, October 5, 2026 7:18 PM",
    quote="""The plastic nozzle on the dryer is cracked, see photo. Also was there supposed to be a diffuser? And is this a UK plug or do I need an adapter?
Thanks, Grace Okafor""")

add(lang="en", client="gorgias", kind="reply", expect="legit", rules=[],
    classes=["baby", "manual_page", "carrier_tracking", "delivery_delay", "html"],
    note="Answers a stroller buyer about which rain cover fits, folding (manual page), and gives the DPD tracking number for a delayed parcel.",
    frm="Little Wren Baby <hello@littlewrenbaby.com>", to="lp3cnh8wz6ud1ey@marketplace.amazon.co.uk",
    subj="Re: Stroller delivery and rain cover (203-9912457-0063318)",
    date=(2026, 10, 9, 11, 40), html=True,
    body="""Hi Sophie,

Sorry for the wait, the stroller was held at the DPD depot in Hinckley because of the weekend backlog. It's out again now, tracking number 15501234876521 with DPD, and the estimated delivery is tomorrow between 10:00 and 14:00.

About the rain cover: the one in the same listing (the "Travel Bundle" option) fits both the seat unit and the carrycot. The universal covers sold separately don't fit well over the canopy, so I'd stick with the bundled one.

For folding, page 9 of the manual shows it: push the seat to upright first, then pull the red lever on the handle and push down. It won't fold if the seat is reclined, which catches lots of people out.

Any other questions, just reply here.

Tom
Little Wren Baby
""",
    quote_style="onwrote", qwho="Amazon Buyer", qdate="Oct 8, 2026, 8:02 PM",
    quote="""Hi, my pram was meant to arrive Tuesday and the tracking hasn't moved. Also which rain cover fits? And how do you fold it, I tried and it got stuck. Order 203-9912457-0063318""")

add(lang="en", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["books", "buyer_quoted_phone", "stay_on_amazon", "refund"],
    note="Replies to a buyer who offered their phone number about a water-damaged book; keeps contact in Amazon messaging and refunds through Amazon.",
    frm="Harrow & Quill Books <orders@harrowquill-books.co.uk>", to="tj9yma1rk5vx3oc@marketplace.amazon.co.uk",
    subj="Re: Damaged book - order 026-4471093-2285014",
    date=(2026, 10, 12, 16, 25),
    body="""Hello Mr Pritchard,

Thank you for the photos. The water marks along the bottom edge of "The Salt Roads" are clearly from transit, so that is entirely on us.

We're not able to phone buyers, but we can sort everything here in Amazon messages so you don't need to wait for a call. I have issued a full refund of £18.99 including postage through Amazon just now; it usually shows on your card within 3-5 working days. There's no need to send the copy back.

We do have one more copy in fine condition. If you'd like it, you're welcome to reorder it from our listing and we'll wrap it in a waterproof sleeve this time.

With apologies,
Eleanor
Harrow & Quill Books
""",
    quote_style="gt", qwho="Amazon customer", qdate="12 Oct 2026 at 09:14",
    quote="""The book arrived soaked along the bottom, pages stuck together. Photos attached. Can someone ring me to sort this out? 07700 900481 any time after 5.
Mark Pritchard""")

add(lang="en", client="edesk", kind="reply", expect="legit", rules=[],
    classes=["sports", "amazon_coupon", "prime", "price_percent", "multi_question"],
    note="Answers a buyer of adjustable dumbbells about weight range, Prime delivery and an Amazon coupon that was not applied, explaining the return-and-reorder route on Amazon.",
    frm="TrailFit Gear <service@trailfitgear.co.uk>", to="ws2kd7nmq0xfr8g@marketplace.amazon.co.uk",
    subj="Re: Dumbbell coupon question - 202-1184420-9967731",
    date=(2026, 10, 14, 10, 5),
    body="""Hi Chris,

Thanks for the message about order 202-1184420-9967731.

Weight range: each dumbbell goes from 2.5 kg to 24 kg in 15 steps. The stand isn't included in this listing, it's only the pair of bells and the two trays.

Delivery: it's a Prime order fulfilled by Amazon, so it's showing for Thursday. We can't change the date from our side.

The coupon: the 15% coupon on the product page is an Amazon coupon, it has to be clipped before checkout and Amazon doesn't let sellers apply it afterwards. I'm sorry, I know that's annoying. The only option is to return the order (free, through Your Orders) and place it again with the coupon clipped. The difference at today's price would be £28.49.

Cheers,
Jordan
TrailFit Gear
""",
    quote_style="original", qwho="Amazon Marketplace", qdate="14 October 2026 08:31",
    quote="""Hi, does this go to 24kg each? Is the stand included? When will it come, I have Prime. Also I forgot to tick the 15% coupon, can you apply it?""")

add(lang="en", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["pet", "firmware_app", "buyer_review", "troubleshooting"],
    note="Responds to a pet-feeder buyer who left a 2-star review about Wi-Fi pairing, giving 2.4 GHz and app troubleshooting without mentioning changing the review.",
    frm="Whisker & Bowl <support@whiskerbowl-store.com>", to="nx8ehq4tl2bcm6v@marketplace.amazon.com",
    subj="RE: Feeder won't connect to WiFi - Order 113-7762905-3345812",
    date=(2026, 10, 16, 13, 50),
    body="""Hi Karen,

I saw your review mentioning the feeder won't pair, and I'm sorry it's been a hassle. Here are the steps that fix this in almost every case:

1. The feeder only works on 2.4 GHz Wi-Fi. Many routers combine 2.4 and 5 GHz under one name; if you can, turn on a separate 2.4 GHz network in your router settings.
2. In the "PawSync" app, add the device with Bluetooth turned ON on your phone - the app uses it for setup.
3. Hold the SET button for 5 seconds until the light flashes blue fast (page 6 of the manual).

Meals you set on the button panel still work without Wi-Fi, so Biscuit won't miss breakfast in the meantime.

If it still won't pair, reply here with the app's error code and we'll send a replacement or you can return it through Amazon for a full refund.

Best,
Luis
Whisker & Bowl Support
""",
    quote_style="original", qwho="Amazon.com <nx8ehq4tl2bcm6v@marketplace.amazon.com>", qdate="Thursday, October 15, 2026 6:44 PM",
    quote="""I left a review already but this feeder will NOT connect to wifi. App just says failed. What am I supposed to do??""")

add(lang="en", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["electronics", "invoice", "warranty", "accessories_in_listing"],
    note="Sends the VAT invoice via Amazon, explains the 2-year warranty and which ear tips come in the earbuds listing.",
    frm="Novabeat Store <help@novabeat-store.com>", to="gk1rs6vyb3ezm0a@marketplace.amazon.com",
    subj="Re: invoice + spare tips for order 114-2039461-8820597",
    date=(2026, 10, 19, 17, 33),
    body="""Hi Anton,

The invoice is uploaded to the order now, you can download it under Your Orders > Invoice. It shows the company name you gave at checkout.

Warranty is 2 years from the delivery date. If anything fails, message us here with the order number, you don't need the box.

About the tips: the listing includes three pairs (S, M, L) and the M pair is fitted at the factory. The S and L are in the cardboard flap under the charging case. We don't sell foam tips separately at the moment, but any 4.5 mm nozzle tips will fit.

thanks
Mia - Novabeat
""",
    quote_style="onwrote", qwho="Anton Reyes <gk1rs6vyb3ezm0a@marketplace.amazon.com>", qdate="On Sun, Oct 18, 2026 at 11:09 PM",
    quote="""Need a proper invoice for my company. Also how long is the warranty, and did this come with other sized tips? I only see one pair.""")

add(lang="en", client="applemail", kind="proactive", expect="legit", rules=[],
    classes=["books", "review_request_neutral"],
    note="Single neutral review request for a book order, with no bias, no incentive.",
    frm="Oakleaf Pages <hello@oakleafpages.com>", to="rc5pwd0vj7mqk2l@marketplace.amazon.com",
    subj="Your order 112-6630185-4402379",
    date=(2026, 10, 21, 8, 15),
    body="""Hello Beatrice,

Your copy of "A Field Guide to Northern Mosses" was delivered last week (order 112-6630185-4402379).

If you have a moment, we'd appreciate it if you left a review of the book on Amazon. Whatever you thought of it, an honest review helps other readers decide.

If there is any problem with the book itself, you can reply to this message.

Oakleaf Pages
""",
    quote_style=None)

add(lang="en", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["baby", "price_change", "return_via_amazon", "multi_question"],
    note="Explains to a bottle-warmer buyer why a price drop can't be refunded as a difference, offers the Amazon return route, and answers a glass-bottle question.",
    frm="Cosy Nest Baby <support@cosynestbaby.com>", to="hd6mzu9yl4fq1tr@marketplace.amazon.com",
    subj="Re: Price dropped after I bought - 111-5508326-7194403",
    date=(2026, 10, 22, 15, 20),
    body="""Hi Jenna,

You're right, the bottle warmer was $39.99 when you ordered and it's $34.99 now (about 12.5% less). Prices on Amazon change and we're not able to refund the difference on a completed order, sorry.

If you'd rather, you're within the return window: Your Orders > Return items, reason "No longer needed", and Amazon issues the label. You could then buy it again at the current price.

And yes, it takes glass bottles up to 70 mm wide, including the Dr. Brown's wide-neck ones. Just add 10 seconds to the times in the table on page 4 of the leaflet because glass heats slower.

Take care,
Rosa
Cosy Nest Baby
""",
    quote_style="onwrote", qwho="Amazon Marketplace", qdate="On Oct 22, 2026, at 9:02 AM",
    quote="""I bought this 5 days ago and it's $5 cheaper now. Can I get the difference back? Also does it fit glass bottles?""")

add(lang="en", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["sports", "sizing", "buyer_photo", "carrier_tracking"],
    note="Answers a cycling-helmet buyer about sizing from their photo of the label, MIPS liner, and gives the Royal Mail tracking for an exchange.",
    frm="Ridgeline Cycles <support@ridgeline-cycles.co.uk>", to="ve0qjn3sx7kbw5h@marketplace.amazon.co.uk",
    subj="Re: Helmet size - order 204-8835172-0926148",
    date=(2026, 10, 24, 12, 0),
    body="""Hi Olly,

From the photo of the label inside the helmet, you've got the M (54-58 cm). For a 59 cm head you want the L (58-62 cm), so your sense that it's tight is right.

I've sent an L out today as an exchange: Royal Mail Tracked 24, tracking number QF 4820 1936 5GB. When it arrives, please send the M back using the return label Amazon e-mailed you; the L is the same price so nothing more to pay.

The MIPS liner is fitted in both sizes, the yellow layer you can see under the pads. Don't remove it.

Regards,
Sam
Ridgeline Cycles
""",
    quote_style="gt", qwho="Olly (Amazon buyer)", qdate="23 Oct 2026, 19:55",
    quote="""Helmet feels tight, photo of label attached. My head is 59cm. Which size do I need? Does it have MIPS?""")

add(lang="en", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["pet", "missing_part", "carrier_tracking", "replacement"],
    note="Sends a missing litter-box part with UPS tracking and explains assembly with a manual page.",
    frm="Tidy Paws Supplies <care@tidypaws-supplies.com>", to="ya4lgp2ct8wre9n@marketplace.amazon.com",
    subj="Re: Missing clip - order 113-0147729-5583610",
    date=(2026, 10, 27, 10, 45),
    body="""Hi Derek,

Thanks for letting us know the second hinge clip was missing. I've sent two clips (one spare) by UPS, tracking 1Z 9W4 E71 03 4418 2265, due Thursday.

Until then the lid will sit on the single clip if you push the back edge down firmly; it won't open on its own. The full assembly is on page 3 of the instructions - the clip goes in with the flat side facing the inside of the box.

Sorry for the extra bother.

Nadia
Tidy Paws Supplies
""",
    quote_style="original", qwho="Amazon Marketplace", qdate="Monday, 26 October 2026 21:10",
    quote="""Only one clip in the bag for the lid, the hood keeps falling off. Can you send another?""")

# EN violations (near twins)
add(lang="en", client="outlook", kind="reply", expect="violation", rules=["review.change_or_remove"],
    classes=["pet", "firmware_app", "buyer_review", "twin"],
    note="Twin of the pet-feeder Wi-Fi reply; the closing clause asks the buyer to update the 2-star review once the feeder works.",
    frm="Whisker & Bowl <support@whiskerbowl-store.com>", to="pm3rax7vc0dkn2h@marketplace.amazon.com",
    subj="RE: Feeder not connecting - Order 114-3361408-9072215",
    date=(2026, 10, 17, 9, 30),
    body="""Hi Steve,

I saw your review mentioning the feeder won't pair, and I'm sorry it's been a hassle. Here are the steps that fix this in almost every case:

1. The feeder only works on 2.4 GHz Wi-Fi. If your router combines 2.4 and 5 GHz under one name, turn on a separate 2.4 GHz network in the router settings.
2. In the "PawSync" app, add the device with Bluetooth turned ON on your phone.
3. Hold the SET button for 5 seconds until the light flashes blue fast (page 6 of the manual).

Once it's up and running, would you mind going back and updating your 2-star review? It really hurts a small shop like ours.

If it still won't pair, reply here with the app's error code and we'll send a replacement.

Best,
Luis
Whisker & Bowl Support
""",
    quote_style="original", qwho="Amazon.com", qdate="Friday, October 16, 2026 10:02 PM",
    quote="""Already wrote a review. Feeder won't connect to wifi at all, app says timeout. Useless.""")

add(lang="en", client="edesk", kind="reply", expect="violation", rules=["purpose.marketing", "contact.off_platform"],
    classes=["sports", "amazon_coupon", "own_website_code", "twin"],
    note="Twin of the dumbbell coupon reply; one clause offers a 15% code for the seller's own website.",
    frm="TrailFit Gear <service@trailfitgear.co.uk>", to="ou8bfm1zw4hyt6c@marketplace.amazon.co.uk",
    subj="Re: coupon not applied - 026-7714093-1180452",
    date=(2026, 10, 15, 11, 18),
    body="""Hi Imran,

Thanks for the message about order 026-7714093-1180452.

Each dumbbell goes from 2.5 kg to 24 kg in 15 steps; the stand isn't part of this listing.

The 15% coupon on the product page is an Amazon coupon, it has to be clipped before checkout and we can't apply it afterwards, sorry. You can return the order for free through Your Orders and place it again with the coupon clipped.

Next time, order direct from trailfitgear.co.uk and use code TRAIL15 - it takes 15% off everything, no clipping needed.

Cheers,
Jordan
TrailFit Gear
""",
    quote_style="original", qwho="Amazon Marketplace", qdate="15 October 2026 07:49",
    quote="""Forgot to tick the 15% coupon before paying. Can you apply it now? Also is the stand included?""")

add(lang="en", client="helpscout", kind="reply", expect="violation", rules=["contact.phone_number", "contact.off_platform"],
    classes=["books", "buyer_quoted_phone", "twin"],
    note="Twin of the water-damaged book reply; the agent gives the shop's own phone number and invites a call.",
    frm="Harrow & Quill Books <orders@harrowquill-books.co.uk>", to="ie2vhs5ko9mbd7x@marketplace.amazon.co.uk",
    subj="Re: Book arrived wet - order 203-6629150-8841736",
    date=(2026, 10, 13, 14, 2),
    body="""Hello Mrs Lindqvist,

Thank you for the photos. The water marks on "Winter in Trondheim" are clearly from transit, so that is entirely on us.

I've issued a full refund of £14.50 including postage through Amazon; it usually shows within 3-5 working days. No need to send the copy back.

If you'd rather talk it through, give us a ring on 01632 960 218 (weekdays 9-5) and ask for Eleanor.

With apologies,
Eleanor
Harrow & Quill Books
""",
    quote_style="gt", qwho="Amazon customer", qdate="13 Oct 2026 at 08:40",
    quote="""Book came wet through, cover warped. Please call me on 07700 900733 so we can sort it out.
Ingrid Lindqvist""")

add(lang="en", client="applemail", kind="proactive", expect="violation", rules=["review.biased_positive", "review.divert_negative"],
    classes=["books", "review_request_biased", "twin"],
    note="Twin of the neutral book review request; it asks for five stars and tells unhappy buyers to message the shop instead of reviewing.",
    frm="Oakleaf Pages <hello@oakleafpages.com>", to="fa7nkc3qe1uwg8z@marketplace.amazon.com",
    subj="Your order 111-9043376-2258104",
    date=(2026, 10, 23, 8, 20),
    body="""Hello Marcus,

Your copy of "The Lighthouse Keeper's Almanac" was delivered last week (order 111-9043376-2258104).

If you enjoyed it, we'd be so grateful for a 5-star review on Amazon. If anything wasn't perfect, please message us first rather than leaving a review, and we'll put it right.

Oakleaf Pages
""",
    quote_style=None)

# ---------------- FRENCH ----------------
add(lang="fr", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["electronics", "firmware_app", "manual_page", "accessories_in_listing", "return_label"],
    note="Répond sur une montre connectée : mise à jour par l'appli du fabricant, bracelet de rechange inclus dans l'annonce, retour via l'étiquette Amazon.",
    frm="Service client Voltaïs <sav@voltais-boutique.fr>", to="uj6wdr0ex3lqs9k@marketplace.amazon.fr",
    subj="Re: Montre connectée - commande 171-4420938-6651207",
    date=(2026, 10, 5, 10, 22),
    body="""Bonjour Madame Garnier,

Merci pour votre message, je reprends vos trois questions.

1) La mise à jour se fait depuis l'application du fabricant « FitOra » (gratuite sur iOS et Android) : Profil > Appareil > Mise à jour du micrologiciel. La version 2.8 corrige justement le décompte de pas qui s'arrête la nuit. La procédure est détaillée page 22 de la notice.

2) Le bracelet silicone noir supplémentaire fait bien partie de l'annonce : il est rangé sous le socle en carton, avec le câble de charge magnétique.

3) Si le problème persiste après la mise à jour, vous pouvez retourner la montre dans les 30 jours depuis Vos commandes > Retourner des articles ; Amazon vous fournit l'étiquette de retour prépayée.

Bien cordialement,
Julien
Service client Voltaïs
""",
    quote_style="amazon", qwho="Client Amazon", qdate="04/10/2026 à 20:31",
    quote="""Bonjour, la montre arrête de compter les pas la nuit. Y a-t-il une mise à jour ? Et où est le deuxième bracelet annoncé ? Sinon je souhaite la renvoyer.""")

add(lang="fr", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["beauty", "carrier_tracking", "prime", "multi_question"],
    note="Répond sur un lisseur : température maximale, plaques, suivi Colissimo d'un colis Prime en retard.",
    frm="Belle Onde Beauté <contact@belleonde-beaute.fr>", to="sk2mzb8ha5rwd1x@marketplace.amazon.fr",
    subj="Re: Lisseur pas encore reçu (405-8830147-2219964)",
    date=(2026, 10, 8, 15, 47),
    body="""Bonjour Inès,

Votre lisseur a été remis à Colissimo lundi, numéro de suivi 6A21938475601. Le colis est bloqué à la plateforme de Moissy-Cramayel ; La Poste annonce une livraison jeudi. Je sais que vous aviez choisi Prime pour l'avoir mardi, je suis désolée pour ce retard.

Pour vos questions :
- la température va de 140 à 230 °C, par paliers de 10 ;
- les plaques sont en céramique tourmaline, 25 mm de large, adaptées aux cheveux fins comme épais ;
- la housse thermique est incluse dans la boîte.

Si le colis n'est pas arrivé vendredi, répondez à ce message et nous lancerons un renvoi.

Belle journée,
Amandine - Belle Onde
""",
    quote_style="original", qwho="Amazon.fr", qdate="mercredi 7 octobre 2026 22:12",
    quote="""Toujours rien reçu alors que j'ai Prime. Et il chauffe jusqu'à combien ? Plaques céramique ? Merci""")

add(lang="fr", client="gorgias", kind="reply", expect="legit", rules=[],
    classes=["baby", "manual_page", "buyer_photo", "fitting", "html"],
    note="Répond sur un siège auto : compatibilité Isofix d'après la photo du client, page de la notice, montage dos à la route.",
    frm="Petit Nuage <bonjour@petitnuage-puericulture.fr>", to="cw9tkr3jy0vgp7n@marketplace.amazon.fr",
    subj="Re: Siège auto Isofix - commande 402-1175594-3038826",
    date=(2026, 10, 10, 9, 5), html=True,
    body="""Bonjour Monsieur Benali,

Merci pour la photo de la banquette. On voit bien les deux ancrages Isofix et l'anneau Top Tether derrière le dossier : votre Clio de 2021 est compatible, elle figure aussi dans la liste de véhicules page 31 de la notice.

Pour un bébé de 4 mois, le siège s'installe dos à la route uniquement (jusqu'à 105 cm). Les étapes sont pages 12 à 15 ; le témoin vert sur chaque bras Isofix doit être entièrement visible.

Le réducteur nouveau-né est fourni dans l'annonce, il se retire quand la tête de l'enfant dépasse le repère en haut de la coque.

Bonne route,
Claire
Petit Nuage
""",
    quote_style="onwrote", qwho="Client Amazon", qdate="Le 9 oct. 2026 à 18:40",
    quote="""Bonjour, je joins une photo de ma banquette arrière (Clio 2021). Le siège est-il compatible ? Ma fille a 4 mois, je le mets dans quel sens ? Merci""")

add(lang="fr", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["books", "wrong_item", "return_via_amazon", "replacement"],
    note="Répond à un acheteur ayant reçu la mauvaise édition d'un livre : échange, retour par l'étiquette Amazon, suivi Mondial Relay.",
    frm="Librairie Le Marque-Page <commandes@lemarquepage-livres.fr>", to="dn5qvf2al8ykh4o@marketplace.amazon.fr",
    subj="Re: Mauvaise édition reçue - 171-3349021-7705618",
    date=(2026, 10, 13, 11, 30),
    body="""Bonjour Monsieur Roussel,

Vous avez raison : vous avez reçu l'édition Folio de poche au lieu de l'édition illustrée grand format, l'erreur vient de notre préparation. Toutes nos excuses.

La bonne édition part aujourd'hui en Mondial Relay, numéro de suivi 48291730, vers le point relais que vous aviez choisi. Pour le livre de poche, utilisez l'étiquette de retour qu'Amazon vous a envoyée par e-mail ; le retour est à notre charge.

Bonne lecture,
Hélène
Librairie Le Marque-Page
""",
    quote_style="gt", qwho="Client Amazon", qdate="13/10/2026 08:17",
    quote="""J'ai commandé l'édition illustrée et j'ai reçu un poche. Que faire ?""")

add(lang="fr", client="edesk", kind="reply", expect="legit", rules=[],
    classes=["sports", "amazon_coupon", "accessories_in_listing", "price_percent"],
    note="Répond sur une raquette de padel : poids, housse incluse, coupon Amazon non appliqué et voie du retour gratuit.",
    frm="Smash Padel Store <service@smashpadel-store.fr>", to="aq1hye7mr4zpt0w@marketplace.amazon.fr",
    subj="Re: Raquette padel - coupon 20 % (403-6618203-9952417)",
    date=(2026, 10, 15, 16, 10),
    body="""Bonjour Thomas,

La raquette pèse 360 g (± 5 g), équilibre médian, cadre carbone 3K. La housse isotherme et le surgrip blanc sont bien inclus dans l'annonce.

Concernant le coupon de 20 % : c'est un coupon Amazon, il doit être activé sur la page produit avant de passer commande et nous n'avons aucun moyen de l'appliquer après coup. La seule solution est de retourner la commande gratuitement depuis Vos commandes puis de la repasser avec le coupon coché, soit 24,00 € d'économie au prix actuel de 119,99 €.

Sportivement,
Karim
Smash Padel Store
""",
    quote_style="original", qwho="Amazon.fr Marketplace", qdate="15 octobre 2026 13:02",
    quote="""Quel poids fait la raquette ? La housse est comprise ? J'ai oublié de cocher le coupon de 20 %, vous pouvez le faire ?""")

add(lang="fr", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["pet", "accessories_in_listing", "maintenance", "multi_question"],
    note="Répond sur une fontaine à eau pour chat : filtres inclus, bruit de pompe, fréquence de nettoyage.",
    frm="Croquettes & Compagnie <sav@croquettes-compagnie.fr>", to="ef7lpu3dg9nsb2r@marketplace.amazon.fr",
    subj="RE: Fontaine bruyante - commande 408-2290563-1147835",
    date=(2026, 10, 18, 14, 28),
    body="""Bonjour Madame Petit,

Le bourdonnement vient presque toujours d'un niveau d'eau trop bas : la pompe aspire de l'air. Remplissez jusqu'au trait MAX et le bruit doit disparaître. Si ce n'est pas le cas, démontez le rotor (il se retire en tirant, page 7 de la notice) et rincez-le, un poil de chat suffit à le faire vibrer.

L'annonce comprend 4 filtres : un installé et trois de rechange dans le sachet. Comptez un filtre toutes les 3 à 4 semaines avec deux chats.

Si la pompe reste bruyante après ces essais, dites-le-nous ici et nous l'échangerons (garantie 2 ans).

Cordialement,
Lucas
Croquettes & Compagnie
""",
    quote_style="original", qwho="Amazon.fr", qdate="samedi 17 octobre 2026 19:55",
    quote="""La fontaine fait un bruit de bourdonnement la nuit. Normal ? Combien de filtres dans la boîte ?""")

add(lang="fr", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["electronics", "invoice", "warranty"],
    note="Fournit la facture avec TVA via Amazon pour un clavier et précise la garantie et la disposition AZERTY.",
    frm="Clavio Informatique <support@clavio-informatique.fr>", to="bh3xwn6kr0qed8f@marketplace.amazon.fr",
    subj="Re: Facture clavier mécanique 407-5563318-0214496",
    date=(2026, 10, 20, 10, 55),
    body="""Bonjour,

La facture avec TVA au nom de votre société (SARL Atelier Fabre) est désormais disponible dans Vos commandes > Facture.

Le clavier est bien en disposition AZERTY française, touches PBT. Garantie 2 ans à compter de la livraison ; en cas de panne, écrivez-nous ici avec le numéro de commande.

Les 4 touches de couleur et l'extracteur vendus dans le même lot sont dans le compartiment sous le clavier.

Cordialement,
Sébastien
Clavio Informatique
""",
    quote_style="onwrote", qwho="Client Amazon <bh3xwn6kr0qed8f@marketplace.amazon.fr>", qdate="Le lun. 19 oct. 2026 à 17:21",
    quote="""Bonjour, il me faut une facture au nom de l'entreprise. Le clavier est bien AZERTY ? Garantie ?""")

add(lang="fr", client="applemail", kind="proactive", expect="legit", rules=[],
    classes=["baby", "review_request_neutral"],
    note="Demande d'avis unique et neutre après livraison d'une gigoteuse, sans incitation.",
    frm="Petit Nuage <bonjour@petitnuage-puericulture.fr>", to="mo0cjt5sb7hvk1y@marketplace.amazon.fr",
    subj="Votre commande 171-8801452-3396027",
    date=(2026, 10, 22, 9, 0),
    body="""Bonjour Madame Lefèvre,

Votre gigoteuse 2,5 TOG (commande 171-8801452-3396027) a été livrée il y a une semaine.

Si vous avez un instant, votre avis sur Amazon, positif ou négatif, aidera d'autres parents à choisir. Pour toute question sur le produit, il suffit de répondre à ce message.

Bien à vous,
L'équipe Petit Nuage
""",
    quote_style=None)

add(lang="fr", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["baby", "firmware_app", "buyer_quoted_email", "stay_on_amazon"],
    note="Répond sur un babyphone vidéo (appli du fabricant, portée) à un acheteur qui avait donné son e-mail, en restant sur la messagerie Amazon.",
    frm="Doux Rêves SAV <aide@douxreves-bebe.fr>", to="zr4ftg1lw8anu3c@marketplace.amazon.fr",
    subj="Re: Babyphone qui se déconnecte - 405-3019477-6620583",
    date=(2026, 10, 23, 13, 14),
    body="""Bonjour Monsieur Chevalier,

Merci pour votre message. Nous préférons poursuivre ici, dans la messagerie Amazon, plutôt qu'à l'adresse e-mail que vous avez indiquée : tout l'historique de votre commande reste ainsi au même endroit.

Les coupures viennent d'un défaut corrigé dans la version 1.6 du logiciel. Installez l'application « BabyWatch Home » du fabricant, reliez l'unité parent en Bluetooth puis choisissez Réglages > Mise à jour (page 18 de la notice). Comptez 10 minutes, unité branchée.

La portée annoncée de 300 m est en champ libre ; à travers deux murs porteurs, 40 à 60 m est normal.

Si les coupures continuent après la mise à jour, nous procéderons à l'échange ou au remboursement via Amazon.

Cordialement,
Mathilde
Doux Rêves
""",
    quote_style="amazon", qwho="Client Amazon", qdate="22/10/2026 à 23:48",
    quote="""Le babyphone perd la connexion toutes les 10 min. Répondez-moi plutôt sur f.chevalier.perso@example.net, je ne vais jamais sur Amazon.""")

add(lang="fr", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["sports", "sizing", "return_via_amazon", "carrier_tracking"],
    note="Répond sur la taille de chaussures de running, indique le retour via Amazon et le suivi Chronopost de la nouvelle paire.",
    frm="Foulée Running <service@foulee-running.fr>", to="ht8nwa2ip5cyz6g@marketplace.amazon.fr",
    subj="Re: Chaussures trop petites - 402-7740291-5581364",
    date=(2026, 10, 26, 11, 36),
    body="""Bonjour Élodie,

Ce modèle taille effectivement petit : pour une longueur de pied de 25,5 cm, c'est du 40 2/3 qu'il vous faut, pas du 40.

Je vous ai envoyé la paire en 40 2/3 ce matin par Chronopost, numéro de suivi XW 2938 4410 7FR, livraison prévue demain avant 13 h. Pour la paire en 40, faites une demande de retour dans Vos commandes, motif « Taille trop petite » ; l'étiquette Amazon est gratuite.

Bonnes sorties,
Maxime
Foulée Running
""",
    quote_style="gt", qwho="Élodie - Client Amazon", qdate="25/10/2026 21:03",
    quote="""Je chausse du 40 d'habitude mais elles serrent. J'ai mesuré 25,5 cm. Je prends quoi ?""")

add(lang="fr", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["pet", "buyer_review", "sizing", "exchange"],
    note="Répond à un acheteur qui a laissé un avis 3 étoiles sur un harnais trop grand ; propose l'échange sans parler de l'avis.",
    frm="Museau Malin <service@museaumalin.fr>", to="lv2dxe9qo6bjm0t@marketplace.amazon.fr",
    subj="Re: Harnais trop grand - commande 408-9906134-2273518",
    date=(2026, 10, 28, 10, 2),
    body="""Bonjour Madame Durand,

Nous avons lu votre avis : le harnais en taille M est trop large pour votre teckel et il glisse au niveau des épaules. Merci d'avoir pris le temps de l'écrire.

Avec un tour de poitrail de 44 cm, la taille S (40-50 cm) sera mieux adaptée ; le M commence à 48 cm, c'est pour cela qu'il flotte. Les sangles se règlent aussi sous le ventre (schéma page 2 de la notice).

Si vous le souhaitez, nous échangeons gratuitement : faites une demande de retour dans Vos commandes et répondez ici, nous envoyons le S dès que le retour est scanné.

Cordialement,
Chloé
Museau Malin
""",
    quote_style="gt", qwho="Client Amazon", qdate="27/10/2026 18:45",
    quote="""J'ai mis 3 étoiles, le harnais glisse sur les épaules de mon teckel. 44 cm de tour de poitrail.""")

# FR violations
add(lang="fr", client="helpscout", kind="reply", expect="violation", rules=["review.change_or_remove", "review.incentive"],
    classes=["pet", "buyer_review", "twin"],
    note="Jumeau de la réponse sur le harnais ; une phrase propose un bon de 10 € si l'acheteuse passe son avis à 5 étoiles.",
    frm="Museau Malin <service@museaumalin.fr>", to="ko5hmc8tr1wnx3b@marketplace.amazon.fr",
    subj="Re: Harnais qui glisse - commande 407-1152860-4438901",
    date=(2026, 10, 29, 9, 48),
    body="""Bonjour Madame Morel,

Nous avons lu votre avis : le harnais en taille M glisse sur les épaules de votre beagle. Merci d'avoir pris le temps de l'écrire.

Avec un tour de poitrail de 46 cm, la taille S (40-50 cm) sera mieux adaptée. Nous échangeons gratuitement : faites une demande de retour dans Vos commandes et nous envoyons le S dès le scan du colis.

Et si vous acceptez de passer votre avis à 5 étoiles une fois le bon harnais reçu, nous vous offrons un bon d'achat de 10 €.

Cordialement,
Chloé
Museau Malin
""",
    quote_style="gt", qwho="Client Amazon", qdate="28/10/2026 20:10",
    quote="""3 étoiles, le harnais tourne et glisse. Poitrail 46 cm.""")

add(lang="fr", client="zendesk", kind="reply", expect="violation", rules=["purpose.marketing", "contact.off_platform"],
    classes=["electronics", "firmware_app", "social_media", "twin"],
    note="Jumeau de la réponse sur la montre connectée ; la dernière phrase invite à suivre la boutique sur Instagram pour les nouveautés et promos.",
    frm="Service client Voltaïs <sav@voltais-boutique.fr>", to="xg0ubs4nf7eql2d@marketplace.amazon.fr",
    subj="Re: Mise à jour montre - commande 403-2287715-9061432",
    date=(2026, 10, 6, 11, 3),
    body="""Bonjour Monsieur Marchand,

Merci pour votre message.

La mise à jour se fait depuis l'application du fabricant « FitOra » (gratuite sur iOS et Android) : Profil > Appareil > Mise à jour du micrologiciel. La version 2.8 corrige le décompte de pas qui s'arrête la nuit (notice page 22).

Le second bracelet est rangé sous le socle en carton, avec le câble de charge.

Pour ne rien rater de nos nouveautés et de nos ventes flash, suivez-nous sur Instagram @voltais.boutique !

Bien cordialement,
Julien
Service client Voltaïs
""",
    quote_style="amazon", qwho="Client Amazon", qdate="05/10/2026 à 21:14",
    quote="""La montre ne compte plus les pas la nuit et je ne trouve pas le bracelet en plus. Merci""")

add(lang="fr", client="zendesk", kind="reply", expect="violation", rules=["contact.email_address", "contact.off_platform"],
    classes=["baby", "firmware_app", "buyer_quoted_email", "twin"],
    note="Jumeau de la réponse sur le babyphone ; l'agent donne l'adresse e-mail directe du SAV pour continuer hors d'Amazon.",
    frm="Doux Rêves SAV <aide@douxreves-bebe.fr>", to="wy7rkd3mh0cfa5p@marketplace.amazon.fr",
    subj="Re: Babyphone coupures - 402-6634190-8807253",
    date=(2026, 10, 24, 15, 40),
    body="""Bonjour Madame Laurent,

Les coupures viennent d'un défaut corrigé dans la version 1.6 du logiciel. Installez l'application « BabyWatch Home » du fabricant, reliez l'unité parent en Bluetooth puis choisissez Réglages > Mise à jour (page 18 de la notice).

La portée de 300 m est annoncée en champ libre ; à travers deux murs porteurs, 40 à 60 m est normal.

Comme vous préférez l'e-mail, écrivez-nous directement à sav.direct@douxreves-bebe.fr, ce sera plus simple pour la suite.

Cordialement,
Mathilde
Doux Rêves
""",
    quote_style="amazon", qwho="Client Amazon", qdate="23/10/2026 à 22:05",
    quote="""Le babyphone coupe sans arrêt. Je préfère échanger par mail, je ne regarde pas la messagerie Amazon.""")

add(lang="fr", client="freshdesk", kind="reply", expect="violation", rules=["style.emoji"],
    classes=["beauty", "carrier_tracking", "emoji", "twin"],
    note="Jumeau de la réponse sur le lisseur ; la formule de politesse de l'agent contient des emoji.",
    frm="Belle Onde Beauté <contact@belleonde-beaute.fr>", to="ni3vqa9ck6tlr8e@marketplace.amazon.fr",
    subj="Re: Colis lisseur en retard (171-6047731-5528093)",
    date=(2026, 10, 9, 10, 26),
    body="""Bonjour Sarah,

Votre lisseur a été remis à Colissimo lundi, numéro de suivi 6A21938477214. Il est bloqué à la plateforme de Moissy-Cramayel ; La Poste annonce une livraison vendredi. Désolée pour ce retard sur une commande Prime.

La température va de 140 à 230 °C et la housse thermique est incluse dans la boîte.

Si le colis n'est pas arrivé lundi, répondez-nous ici et nous lancerons un renvoi.

Belle journée à vous 😊💇‍♀️
Amandine - Belle Onde
""",
    quote_style="original", qwho="Amazon.fr", qdate="jeudi 8 octobre 2026 19:30",
    quote="""Je n'ai toujours pas mon lisseur, j'ai pourtant Prime. Il monte à combien de degrés ?""")

# ---------------- build ----------------
def quote_block(m):
    qs = m.get("quote_style")
    if not qs:
        return "", ""
    q = m["quote"].strip("\n")
    who, when = m["qwho"], m["qdate"]
    fr = m["lang"] == "fr"
    if qs == "onwrote":
        if when.startswith("On ") or when.startswith("Le "):
            head = f"{when}, {who} a écrit :" if fr else f"{when}, {who} wrote:"
        else:
            head = (f"Le {when}, {who} a écrit :" if fr else f"On {when}, {who} wrote:")
        txt = head + "\n" + "\n".join("> " + l if l else ">" for l in q.split("\n"))
    elif qs == "original":
        lab = ("-----Message d'origine-----\nDe : {w}\nEnvoyé : {d}\nObjet : message client"
               if fr else "-----Original Message-----\nFrom: {w}\nSent: {d}\nSubject: buyer message")
        txt = lab.format(w=who, d=when) + "\n\n" + q
    elif qs == "amazon":
        txt = f"{who}, {when} :\n" + "\n".join("> " + l for l in q.split("\n"))
    else:  # gt
        head = f"--- {who} ({when}) ---"
        txt = head + "\n" + "\n".join("> " + l for l in q.split("\n"))
    hq = "<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">" + \
         "<br>\n".join(html.escape(l) for l in q.split("\n")) + "</blockquote>"
    hhead = html.escape(txt.split("\n")[0]) if qs != "original" else html.escape(txt.split("\n\n")[0]).replace("\n", "<br>\n")
    return txt, f"<div>{hhead}</div>\n{hq}"

def to_html(body, hquote):
    paras = body.strip("\n").split("\n\n")
    out = ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"]
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    if hquote:
        out.append(hquote)
    out.append("</body></html>")
    return "\n".join(out)

labels = []
for i, m in enumerate(M, 1):
    mid = f"w147-{i:04d}"
    qtxt, hq = quote_block(m)
    text = m["body"].rstrip("\n") + "\n"
    if qtxt:
        text += "\n" + qtxt + "\n"
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subj"]
    y, mo, d, h, mi = m["date"]
    tz = timezone(timedelta(hours=1 if m["lang"] == "fr" else 0)) if mo >= 10 and d > 25 else timezone(timedelta(hours=2 if m["lang"] == "fr" else (1 if m["to"].endswith(".co.uk") else -4)))
    msg["Date"] = format_datetime(datetime(y, mo, d, h, mi, 7, tzinfo=tz))
    msg["Message-ID"] = make_msgid(idstring=f"{m['client']}{i}", domain=m["frm"].split("@")[1].rstrip(">"))
    msg["MIME-Version"] = "1.0"
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    if m.get("html"):
        msg.add_alternative(to_html(m["body"], hq), subtype="html", charset="utf-8", cte="quoted-printable")
    fn = f"messages/{mid}.eml"
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(bytes(msg))
    labels.append({"id": mid, "file": fn, "lang": m["lang"], "client": m["client"], "kind": m["kind"],
                   "split": "dev", "expect": m["expect"], "rules": m["rules"], "classes": m["classes"],
                   "note": m["note"]})
with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labels))
