# Generates the w153 messages, labels, README and LICENSE.
import json, os, html
from email.message import EmailMessage
from email.utils import make_msgid
from email import policy
from fpdf import FPDF

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MSGS = []

def pdf_invoice(title, lines):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    for ln in lines:
        pdf.cell(0, 7, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())

def add(lang, client, kind, expect, rules, classes, note, frm, to, subject, date, text,
        html_body=None, attach=None, cte="quoted-printable"):
    MSGS.append(dict(lang=lang, client=client, kind=kind, expect=expect, rules=rules,
                     classes=classes, note=note, frm=frm, to=to, subject=subject, date=date,
                     text=text, html=html_body, attach=attach, cte=cte))

def to_html(text, quote_style="blockquote"):
    # simple paragraphs; lines starting with "> " become a blockquote
    out, quoted = [], []
    body = []
    for ln in text.split("\n"):
        if ln.startswith(">"):
            quoted.append(html.escape(ln[1:].lstrip()))
        else:
            body.append(ln)
    paras = "\n".join(body).strip().split("\n\n")
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</p>")
    if quoted:
        out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                   + "<br>\n".join(quoted) + "</blockquote>")
    return "<html><body>\n" + "\n".join(out) + "\n</body></html>\n"

# ---------------------------------------------------------------- English
add("en", "zendesk", "reply", "legit", [], ["negation", "discount_refused", "amazon_coupon"],
    "Explains that the seller can't offer an extra discount and that the Amazon coupon was already applied at checkout.",
    "Ridgeback Outfitters Support <support@ridgebackoutfitters.com>", "qv7mxd2kp0zt4rb@marketplace.amazon.com",
    "Re: Question about price - Order 113-4820917-3365102", "Tue, 10 Nov 2026 15:42:07 -0600",
"""##- Please type your reply above this line -##

Hi Dana,

Thanks for getting in touch. I'm afraid we can't offer a further discount on order 113-4820917-3365102. The $8.00 off you see on your order summary is the Amazon coupon that was clipped at checkout, so it's already been taken off the price you paid.

If the price drops on the listing within Amazon's price-matching window, Amazon handles that directly, not us - their customer service can look into it for you.

The trekking poles shipped this morning with UPS and should arrive Thursday.

Best,
Marcus
Ridgeback Outfitters

--------------------------------

Dana (Amazon buyer)
Nov 10, 2026, 11:03 CST

I saw the same poles a few dollars cheaper yesterday. Can you knock something off or send a coupon for next time?

--------------------------------
""")

add("en", "gmail", "proactive", "legit", [], ["review_request_neutral", "british"],
    "A single neutral review request for the order, asking for honest feedback whatever the experience.",
    "Bramble & Finch <hello@brambleandfinch.co.uk>", "h3ktw9bz1mqe5ya@marketplace.amazon.com",
    "Your order 204-7719352-0846631 - how are you getting on?", "Mon, 23 Nov 2026 10:15:44 +0000",
"""Hello Priya,

Your linen tea towels (set of 4, sage) from order 204-7719352-0846631 should have reached you about a week ago, and we hope they're settling in nicely.

If you have a moment, would you mind leaving a review of them on Amazon? Whether they've been brilliant or not quite what you expected, an honest review helps other shoppers decide, and it helps us too.

If something's gone wrong with the order, you can reach us through your Amazon orders page and we'll sort it out.

Kind regards,
Hannah
Bramble & Finch
""", html_body=True)

add("en", "helpscout", "reply", "violation",
    ["review.biased_positive", "review.divert_negative", "contact.phone_number"],
    ["conditional_request", "phrasal_verb", "british", "phone"],
    "After answering a descaling question, asks for a 5-star review only if the buyer is happy and tells unhappy buyers to ring a UK number before leaving feedback.",
    "Kettlewell Home <care@kettlewellhome.co.uk>", "p8fzc1n4w6rdj0g@marketplace.amazon.com",
    "Re: Limescale in the kettle [Order 026-3381947-5502218]", "Wed, 18 Nov 2026 09:27:31 +0000",
"""Hi George,

Sorry to hear about the limescale. In hard-water areas that's normal after a few weeks: fill the kettle halfway with a 1:1 mix of water and white vinegar, bring it to the boil, leave it to stand for an hour, then rinse it out two or three times. Do that monthly and the element will stay clear.

If you're happy with the kettle, we'd be ever so grateful if you could pop a 5-star review up on Amazon - it really makes a difference for a small shop like ours. And if anything's not quite right, please just ring us on 01632 960418 before you leave any feedback and we'll put it right.

Cheers,
Tom
Kettlewell Home

On Tue, Nov 17, 2026 at 8:51 PM, George <p8fzc1n4w6rdj0g@marketplace.amazon.com> wrote:
> Got the glass kettle last month, there's white crusty stuff on the bottom already. Is that normal?? Order 026-3381947-5502218
""", html_body=True)

add("en", "outlook", "proactive", "violation",
    ["purpose.marketing", "contact.off_platform", "links.external", "subject.marketing"],
    ["promotion", "coupon_code", "own_website", "american"],
    "Announces a new winter range, sends buyers to the shop's own website and gives a 15% off code; pure marketing with an off-Amazon link.",
    "Hollow Pine Gear <orders@hollowpinegear.com>", "n2rbq6yt8xk0wle@marketplace.amazon.com",
    "New winter range is here - 15% off for you!", "Thu, 03 Dec 2026 13:08:56 -0500",
"""Hi Jordan,

Thanks again for picking up the Hollow Pine 20F down sleeping bag (order 112-9054416-7723980).

Just a heads-up: our new winter range just dropped, including insulated camp booties and a matching liner for your bag. Check them out at https://www.hollowpinegear.com/winter and use code PINE15 at checkout for 15% off anything in the range through December 31.

Stay warm out there,
Kelsey
Hollow Pine Gear
""", html_body=True)

add("en", "freshdesk", "reply", "violation",
    ["review.change_or_remove", "review.incentive"],
    ["refund_for_review", "conditional", "american"],
    "Responds to a 2-star review complaint by offering a full refund if the buyer takes the review down.",
    "Lumen Nest Support <help@lumennest.com>", "x0jd5ka7tm3wqnc@marketplace.amazon.com",
    "Re: Lamp flickering - order 114-2267801-9913456", "Fri, 20 Nov 2026 16:34:12 -0800",
"""Hi Sam,

I'm really sorry the desk lamp started flickering after two weeks - that shouldn't happen, and it sounds like a faulty dimmer board.

Here's what we can do: we'll issue a full refund for order 114-2267801-9913456 and you can keep the lamp. All we'd ask is that you take down the 2-star review you posted once the refund comes through. Just reply here when it's done and I'll process it right away.

Thanks for your patience,
Alicia
Lumen Nest Customer Care

-----Original Message-----
From: Sam <x0jd5ka7tm3wqnc@marketplace.amazon.com>
Sent: Friday, November 20, 2026 9:12 AM
To: help@lumennest.com
Subject: Lamp flickering - order 114-2267801-9913456

The lamp flickers constantly now at every brightness setting. I already left a 2 star review. I want this fixed or my money back.
""")

# ---------------------------------------------------------------- German
add("de", "zendesk", "reply", "legit", [], ["invoice", "pdf_attachment", "verb_final"],
    "Sends the requested invoice as a PDF for the order and explains where the VAT is shown.",
    "Kundenservice Waldmeister Werkzeuge <service@waldmeister-werkzeuge.de>", "m5tgh2lqv9wcx0a@marketplace.amazon.de",
    "Re: Rechnung für Bestellung 302-5518274-6640918", "Thu, 26 Nov 2026 11:22:40 +0100",
"""##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##

Guten Tag Herr Brandstätter,

vielen Dank für Ihre Nachricht. Anbei erhalten Sie die Rechnung zu Ihrer Bestellung 302-5518274-6640918 (Akku-Bohrschrauber WM-18 mit zwei Akkus) als PDF.

Die Mehrwertsteuer ist auf der Rechnung gesondert ausgewiesen. Falls Sie eine Rechnung auf Ihren Firmennamen benötigen, teilen Sie uns bitte die genaue Firmenanschrift und, sofern vorhanden, Ihre USt-IdNr. mit, dann stellen wir sie Ihnen neu aus.

Mit freundlichen Grüßen
Sabine Kröger
Waldmeister Werkzeuge GmbH

Amazon-Käufer, 26.11.2026 um 08:07:
Hallo, ich brauche für meine Steuererklärung eine Rechnung mit ausgewiesener MwSt. Können Sie mir die schicken? Danke
""", attach=("Rechnung_302-5518274-6640918.pdf", pdf_invoice("Rechnung RE-2026-11847", [
        "Waldmeister Werkzeuge GmbH, Industriestrasse 14, 34117 Kassel",
        "Bestellung: 302-5518274-6640918   Datum: 21.11.2026",
        "Kunde: Florian Brandstaetter, Lindenweg 7, 79098 Freiburg",
        "",
        "1 x Akku-Bohrschrauber WM-18 inkl. 2 Akkus      84,03 EUR",
        "zzgl. 19 % MwSt.                                 15,97 EUR",
        "Gesamtbetrag                                    100,00 EUR",
        "",
        "Bezahlt ueber Amazon Payments. Vielen Dank fuer Ihren Einkauf."])))

add("de", "edesk", "reply", "legit", [], ["return", "return_address", "carrier_tracking_link", "separable_verb"],
    "Explains how to return a wrong-size item via Amazon's returns centre, gives the return address and the DHL tracking link for the replacement.",
    "Bergfalke Sport <kundenservice@bergfalke-sport.de>", "f9wpz3rc6hv1dny@marketplace.amazon.de",
    "AW: Falsche Größe geliefert - 304-8826103-1174529", "Mon, 16 Nov 2026 14:05:18 +0100",
"""Hallo Frau Yilmaz,

es tut uns leid, dass Sie die Wanderschuhe in Größe 41 statt 39 erhalten haben. Da ist bei uns beim Verpacken etwas schiefgelaufen.

Die richtige Größe haben wir Ihnen heute schon zugeschickt. Sie können die Sendung hier verfolgen:
https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094015902

Das falsche Paar schicken Sie bitte über das Amazon-Rücksendezentrum (Meine Bestellungen > Artikel zurücksenden) zurück, das Etikett ist für Sie kostenlos. Falls Sie lieber selbst verschicken, lautet unsere Rücksendeadresse:

Bergfalke Sport
Retourenabteilung
Am Güterbahnhof 3
87435 Kempten

Geben Sie das Paket einfach bis zum 30.11.2026 ab.

Freundliche Grüße
Jonas Weber
Bergfalke Sport

----- Ursprüngliche Nachricht -----
Von: Amazon-Käufer
Gesendet: 15.11.2026 19:41
Betreff: Falsche Größe geliefert - 304-8826103-1174529

Ich habe Größe 39 bestellt und 41 bekommen. Was soll ich jetzt machen?
""")

add("de", "gorgias", "proactive", "legit", [], ["customisation", "engraving", "separable_verb"],
    "Asks the buyer which name to engrave on the ordered chopping board before production starts.",
    "Holzliebe Manufaktur <post@holzliebe-manufaktur.de>", "c4nhy7qk2jbe8mv@marketplace.amazon.de",
    "Gravur für Ihre Bestellung 306-1942857-3308164", "Tue, 01 Dec 2026 08:47:03 +0100",
"""Guten Morgen Frau Lehmann,

vielen Dank für Ihre Bestellung 306-1942857-3308164 (Schneidebrett Eiche, 40 x 25 cm, mit Personalisierung).

Im Bestellfeld für die Gravur ist leider nichts angekommen. Damit wir das Brett fertigstellen können, teilen Sie uns bitte über diese Nachricht mit, welcher Text eingraviert werden soll (max. 20 Zeichen, z. B. "Familie Lehmann · 2026") und ob Sie die Schrift A (Schreibschrift) oder B (Blockschrift) bevorzugen.

Sobald Ihre Antwort vorliegt, fangen wir mit der Gravur an und schicken das Brett innerhalb von zwei Werktagen ab.

Herzliche Grüße aus dem Schwarzwald
Lena Hofmann
Holzliebe Manufaktur
""", html_body=True)

add("de", "outlook", "proactive", "violation",
    ["purpose.marketing", "contact.off_platform", "subject.marketing"],
    ["promotion", "voucher", "separable_verb", "own_website", "compound"],
    "Invites the buyer to drop by the seller's own online shop and offers a 15-Euro-Gutschein for a next purchase there.",
    "Kaffeerösterei Bohnenglück <info@bohnenglueck-roesterei.de>", "t7ld0xm3sq9fkwe@marketplace.amazon.de",
    "Ihr 15-Euro-Gutschein wartet auf Sie", "Wed, 02 Dec 2026 17:30:22 +0100",
"""Liebe Frau Schneider,

wir hoffen, dass Ihnen der Espresso "Nonna Rosa" aus Ihrer Bestellung 303-6670128-4419375 schmeckt!

Schauen Sie doch mal in unserem Online-Shop bohnenglueck-roesterei.de vorbei: Dort finden Sie ab sofort unsere neue Weihnachtsröstung und limitierte Probierpakete. Als Dankeschön schenken wir Ihnen einen 15-Euro-Gutschein, den Sie mit dem Code BOHNE15 bis Jahresende einlösen können.

Wir freuen uns auf Ihren Besuch!

Ihr Team der Kaffeerösterei Bohnenglück
""", html_body=True)

add("de", "helpscout", "proactive", "violation",
    ["review.biased_positive", "review.divert_negative"],
    ["verb_final", "conditional_review", "divert"],
    "Asks for a review only if the buyer is satisfied and otherwise asks them to contact the seller first instead of reviewing.",
    "Nordlicht Textil <service@nordlicht-textil.de>", "r1kc8vb5yz2mpqh@marketplace.amazon.de",
    "Ihre Bestellung 305-2203946-7781520", "Fri, 27 Nov 2026 10:12:55 +0100",
"""Hallo Herr Petersen,

Ihre Bettwäsche-Garnitur aus Mako-Satin (135 x 200 cm, anthrazit) ist vor einigen Tagen bei Ihnen angekommen. Wir hoffen, Sie schlafen gut darin!

Bewertungen helfen uns als kleinem Familienbetrieb sehr, falls Sie zufrieden sind. Sollte Ihnen etwas nicht gefallen, melden Sie sich bitte zuerst bei uns, bevor Sie eine Bewertung schreiben, damit wir eine Lösung finden können.

Viele Grüße aus Flensburg
Ihr Nordlicht-Team
""")

# ---------------------------------------------------------------- French
add("fr", "freshdesk", "reply", "legit", [], ["product_use", "fitting", "phone_in_quote_only", "imperative"],
    "Explains how to mount the TV wall bracket; the buyer's phone number appears only in the quoted buyer message.",
    "Service client Fixalp <support@fixalp-supports.fr>", "g6qwn0tj4rx8kcz@marketplace.amazon.fr",
    "Re: Montage du support mural - commande 402-7736190-2258413", "Thu, 12 Nov 2026 14:36:09 +0100",
"""Bonjour Monsieur Garnier,

Merci pour votre message. Pour un mur en placo, n'utilisez pas les chevilles à expansion fournies pour le béton : prenez les chevilles métalliques Molly (sachet B, 6 pièces) et vissez le support de façon à ce que deux des quatre points de fixation tombent sur un montant. Votre téléviseur de 55 pouces pèse 17 kg, le support FX-400 est donné pour 35 kg, vous avez donc une bonne marge.

Serrez les vis M8 à la main puis d'un quart de tour à la clé, sans forcer, sinon la plaque risque de se déformer.

Si une pièce manque dans le sachet, dites-le-nous ici et nous vous l'enverrons avec votre commande 402-7736190-2258413.

Bien cordialement,
Claire Dubois
Service client Fixalp

Le 12 nov. 2026 à 09:14, Acheteur Amazon <g6qwn0tj4rx8kcz@marketplace.amazon.fr> a écrit :
> Bonjour, je n'arrive pas à fixer le support sur ma cloison en placo, les chevilles tournent dans le vide. Vous pouvez m'appeler au 06 41 27 83 59 si c'est plus simple. Cordialement, P. Garnier
""", html_body=True)

add("fr", "gmail", "proactive", "legit", [], ["review_request_neutral", "conditional_politeness", "subjunctive"],
    "One neutral review request using a polite conditional, asking for an opinion whether positive or negative.",
    "Atelier Sarrasin <contact@atelier-sarrasin.fr>", "w3zp9hd1cv7nyla@marketplace.amazon.fr",
    "Votre commande 407-3051862-9927704", "Mon, 30 Nov 2026 09:58:31 +0100",
"""Bonjour Madame Lefèvre,

Votre théière en fonte (0,8 L, coloris bleu nuit) vous a été livrée il y a une dizaine de jours.

Si vous en avez le temps, nous vous serions reconnaissants de bien vouloir partager votre avis sur Amazon, qu'il soit positif ou négatif : cela aide les autres clients à faire leur choix.

Si vous rencontrez un problème avec votre commande, vous pouvez nous écrire directement via la messagerie Amazon.

Cordialement,
Mathilde
Atelier Sarrasin
""")

add("fr", "zendesk", "reply", "violation",
    ["review.divert_negative", "contact.email_address", "contact.off_platform"],
    ["subjunctive", "divert", "email_address"],
    "Asks the buyer to write to the seller's own e-mail address before leaving a review, steering complaints away from Amazon reviews.",
    "Maison Vermeil <sav@maison-vermeil.fr>", "k8mxr2wg5qt0bjd@marketplace.amazon.fr",
    "Re: Casserole rayée - commande 405-9912437-1603385", "Tue, 24 Nov 2026 16:20:47 +0100",
"""##- Veuillez écrire votre réponse au-dessus de cette ligne -##

Bonjour Madame Roux,

Nous sommes désolés d'apprendre que le revêtement de votre casserole de 20 cm s'est rayé. Le revêtement céramique ne supporte pas les ustensiles métalliques, mais nous allons évidemment trouver une solution.

Avant que vous ne laissiez un avis sur Amazon, nous vous prions de bien vouloir nous écrire directement à reclamations@maison-vermeil.fr en joignant une photo : nous traiterons votre demande en priorité et c'est beaucoup plus rapide par ce biais.

Bien à vous,
Julien Perrin
Maison Vermeil

--------------------------------
Acheteur Amazon, 24 nov. 2026, 10:02
Bonjour, après trois utilisations le fond de la casserole est déjà rayé. Je suis très déçue. Commande 405-9912437-1603385.
--------------------------------
""")

add("fr", "edesk", "proactive", "violation",
    ["review.change_or_remove", "review.incentive"],
    ["conditional_politeness", "voucher_for_review"],
    "Offers a 10 euro voucher if the buyer modifies the 2-star review they posted.",
    "Lumière d'Ardoise <boutique@lumiere-ardoise.fr>", "b5vhq8ey1nz3fko@marketplace.amazon.fr",
    "À propos de votre avis - commande 403-4478215-6092137", "Wed, 25 Nov 2026 11:41:19 +0100",
"""Bonjour Monsieur Lambert,

Nous avons vu votre avis à 2 étoiles concernant la guirlande lumineuse de 10 m et nous en sommes sincèrement navrés : un lot de transformateurs défectueux nous a échappé.

Nous vous avons envoyé aujourd'hui un transformateur de remplacement. Une fois la guirlande réparée, nous vous serions très reconnaissants de bien vouloir modifier votre avis ; pour vous remercier, nous vous ferions parvenir un bon d'achat de 10 € valable sur votre prochaine commande.

Avec nos salutations distinguées,
Élodie Marchand
Lumière d'Ardoise
""", html_body=True)

add("fr", "outlook", "proactive", "violation",
    ["purpose.shipping_confirmation", "style.emoji"],
    ["shipping_only", "emoji"],
    "Sent only to confirm that the order has shipped, with emoji and nothing else to say.",
    "Les Bocaux de Jeanne <commandes@bocauxdejeanne.fr>", "j2tc7ma0dp6xwre@marketplace.amazon.fr",
    "Votre commande est en route !", "Fri, 04 Dec 2026 18:02:44 +0100",
"""Bonjour Nathalie,

Bonne nouvelle 📦 : votre commande 408-2561973-0384426 (lot de 6 bocaux en verre 500 ml) a été expédiée aujourd'hui !

Merci encore pour votre confiance et à très bientôt 😊

Jeanne
Les Bocaux de Jeanne
""", html_body=True, cte="base64")

# ---------------------------------------------------------------- Italian
add("it", "zendesk", "reply", "legit", [], ["warranty", "manufacturer", "subjunctive", "clitic"],
    "Explains the 24-month warranty on the coffee grinder and offers to send a replacement burr through the order.",
    "Assistenza Macinato <assistenza@macinato-caffe.it>", "y4fkn1xs6gb9twp@marketplace.amazon.it",
    "Re: Macinacaffè rumoroso - ordine 171-6028453-7714209", "Tue, 17 Nov 2026 12:18:33 +0100",
"""##- Digita la tua risposta sopra questa riga -##

Gentile Signor Esposito,

la ringraziamo per averci scritto. Il macinacaffè MC-60 è coperto dalla garanzia del produttore per 24 mesi dalla data di consegna, quindi il suo ordine 171-6028453-7714209 rientra pienamente.

Dalla descrizione sembra che la macina conica si sia allentata. Le chiediamo di verificare che la ghiera di regolazione sia avvitata fino in fondo; qualora il rumore persistesse, gliene invieremo una nuova senza costi, oppure potrà richiedere il reso tramite Amazon.

Cordiali saluti,
Francesca Ricci
Assistenza Macinato

Il giorno 16 nov 2026, alle ore 21:47, Acquirente Amazon <y4fkn1xs6gb9twp@marketplace.amazon.it> ha scritto:
> Buonasera, da qualche giorno il macinacaffè fa un rumore metallico fortissimo. È in garanzia?
""", html_body=True)

add("it", "helpscout", "reply", "legit", [], ["negation", "amazon_discount_applied", "clitic"],
    "Tells the buyer no further discount is possible because Amazon's 10% promotion was already applied at checkout.",
    "Tessuti Valdarno <clienti@tessutivaldarno.it>", "e7bsm3qd0lv5zhx@marketplace.amazon.it",
    "Re: Sconto - ordine 403-1187265-5529841", "Sat, 21 Nov 2026 10:04:50 +0100",
"""Buongiorno Signora Conti,

grazie per il suo messaggio. Purtroppo non possiamo offrirle un ulteriore sconto sull'ordine 403-1187265-5529841: lo sconto del 10% che vede nel riepilogo è la promozione di Amazon applicata automaticamente al momento del pagamento, quindi è già stato detratto dal prezzo del plaid in lana merino.

Il pacco è partito ieri con BRT e dovrebbe arrivarle entro martedì.

Un cordiale saluto,
Marco
Tessuti Valdarno

> Buongiorno, ho visto che il plaid era in offerta la settimana prima. Mi potete fare uno sconto anche a me?
""")

add("it", "gorgias", "reply", "legit", [], ["delivery_problem", "carrier_tracking_link"],
    "Answers a late-delivery question with the BRT tracking link and the Amazon path to request a refund if the parcel is lost.",
    "Ceramiche Solara <ordini@ceramichesolara.it>", "u0hwa9ky3rm6pnc@marketplace.amazon.it",
    "Re: Pacco non ancora arrivato - ordine 171-9350718-2246083", "Thu, 26 Nov 2026 15:49:12 +0100",
"""Gentile Signora Marino,

ci scusiamo per il ritardo. Il servizio di piatti in ceramica è stato affidato a BRT il 19 novembre; dal tracciamento risulta una giacenza presso la filiale di Bari per indirizzo incompleto (manca il numero civico).

Può controllare lo stato della spedizione qui:
https://vas.brt.it/vas/sped_det_show.hsm?Nspediz=171052260417

Abbiamo già comunicato al corriere il civico indicato nell'ordine 171-9350718-2246083; la riconsegna è prevista per lunedì. Se il pacco non dovesse arrivare entro il 4 dicembre, potrà chiedere il rimborso direttamente da "I miei ordini" su Amazon.

Cordiali saluti,
Giulia
Ceramiche Solara

<blockquote>
Buongiorno, il pacco doveva arrivare venerdì scorso e non si vede ancora. Dove si trova?
</blockquote>
""".replace("<blockquote>\n", "> ").replace("\n</blockquote>", ""), html_body=True)

add("it", "outlook", "proactive", "violation",
    ["review.biased_positive"],
    ["conditional_subjunctive", "five_star_request"],
    "Asks for a 5-star review if the buyer was satisfied, a review request that only invites positive ratings.",
    "Bottega Ulivi <info@bottegaulivi.it>", "s6gxe2pn8cj1wut@marketplace.amazon.it",
    "Il suo ordine 171-4491620-8835174", "Mon, 30 Nov 2026 19:22:05 +0100",
"""Gentile Signor Bianchi,

speriamo che l'olio extravergine "Colle Alto" (3 lattine da 1 L) sia arrivato in perfette condizioni.

Se fosse soddisfatto del prodotto, ci farebbe davvero piacere se ci lasciasse una recensione a 5 stelle su Amazon: per una piccola azienda agricola come la nostra fa una grande differenza.

Un caro saluto dalla Sabina,
Famiglia Ulivi
Bottega Ulivi
""", html_body=True)

add("it", "gmail", "reply", "violation",
    ["contact.off_platform", "contact.phone_number"],
    ["whatsapp", "phone", "clitic"],
    "Tells the buyer to write on WhatsApp to a mobile number to sort out a missing part faster.",
    "Arredi Lario <servizioclienti@arredilario.it>", "i9qrc4vz7fd2ohm@marketplace.amazon.it",
    "Re: Manca una vite - ordine 171-2076348-6690157", "Wed, 18 Nov 2026 08:33:27 +0100",
"""Buongiorno Sig. Colombo,

ci dispiace per la vite mancante della libreria Lario 5 ripiani. Per fare prima, ci scriva pure su WhatsApp al 347 812 6640 con una foto del sacchetto delle viti: così le spediamo subito il pezzo giusto senza passare da qui.

Saluti,
Davide
Arredi Lario

Il giorno mar 17 nov 2026 alle ore 22:10 Acquirente Amazon <i9qrc4vz7fd2ohm@marketplace.amazon.it> ha scritto:
> Salve, nel kit manca una delle viti lunghe (tipo C). Ordine 171-2076348-6690157. Come posso fare?
""")

# ---------------------------------------------------------------- Spanish
add("es", "edesk", "reply", "legit", [], ["return", "usted", "return_address", "conditional_politeness"],
    "Explains, in usted, how to request a return through Amazon and gives the return address for the faulty blender.",
    "Atención al cliente Cocinarte <atencion@cocinarte-hogar.es>", "o3nfb8ls1xy6kad@marketplace.amazon.es",
    "RE: Batidora no funciona - pedido 402-8863017-4451290", "Mon, 23 Nov 2026 12:27:38 +0100",
"""Estimada Sra. Domínguez:

Lamentamos mucho que la batidora de vaso BV-900 no encienda. Le agradeceríamos que solicitara la devolución a través de Amazon (Mis pedidos > Devolver o reemplazar productos), indicando "producto defectuoso"; así la etiqueta de envío no tendrá coste para usted.

Si prefiere enviarla por su cuenta, nuestra dirección de devoluciones es:

Cocinarte Hogar S.L.
Departamento de devoluciones
Calle de la Industria 22, nave 4
46970 Alaquàs (Valencia)

En cuanto la recibamos, tramitaremos el reembolso del pedido 402-8863017-4451290 o, si lo prefiere, le enviaremos una unidad nueva.

Un cordial saludo,
Raúl Navarro
Cocinarte Hogar

-----Mensaje original-----
De: Comprador de Amazon
Enviado el: domingo, 22 de noviembre de 2026 20:15
Asunto: Batidora no funciona - pedido 402-8863017-4451290

La batidora llegó ayer y no enciende. He probado en varios enchufes.
""", html_body=True)

add("es", "freshdesk", "reply", "legit", [], ["tu_register", "five_stars_spec", "sizing"],
    "Answers a helmet sizing question in the tú register; '5 estrellas' refers to the helmet's SHARP safety rating, not a review.",
    "Cascos Ruta Norte <soporte@cascosrutanorte.es>", "z5kdp1wq9rt3hgy@marketplace.amazon.es",
    "Re: Talla del casco - pedido 171-5520634-9037812", "Wed, 11 Nov 2026 17:55:01 +0100",
"""Hola Álvaro:

¡Gracias por escribirnos! Con 58 cm de contorno de cabeza te corresponde la talla M (57-58 cm) del casco integral RN-7. Si estás entre dos tallas, elige la más pequeña: el acolchado interior cede un poco en las primeras semanas.

Sobre tu otra pregunta: sí, es el mismo modelo que obtuvo 5 estrellas en el test de seguridad SHARP, con la homologación ECE 22.06 que verás en la etiqueta del barboquejo.

Si al probártelo te queda justo, puedes cambiarlo por otra talla desde tus pedidos en Amazon sin problema.

Un saludo,
Irene
Cascos Ruta Norte

El mié, 11 nov 2026 a las 9:40, Comprador de Amazon (<z5kdp1wq9rt3hgy@marketplace.amazon.es>) escribió:
> Hola, mido 58 cm de cabeza, ¿qué talla pido? ¿Y es el que tiene 5 estrellas SHARP? Pedido 171-5520634-9037812
""")

add("es", "gmail", "proactive", "violation",
    ["review.biased_positive", "review.incentive", "purpose.marketing"],
    ["tu_register", "discount_for_review"],
    "Asks in tú for a 5-star review and promises 20% off the next purchase in exchange.",
    "Velas del Sur <hola@velasdelsur.es>", "d8yqm0cb4ke7xzn@marketplace.amazon.es",
    "¿Nos dejarías tu opinión?", "Sat, 28 Nov 2026 11:13:46 +0100",
"""¡Hola Lucía!

Esperamos que estés disfrutando de las velas de soja "Azahar" de tu pedido 408-1736942-5560318.

¿Nos dejarías una reseña de 5 estrellas en Amazon? Como agradecimiento, te regalamos un 20 % de descuento en tu próxima compra: respóndenos a este mensaje con la captura de tu reseña y te enviamos el código.

¡Un abrazo!
Carmen, de Velas del Sur
""", html_body=True)

add("es", "zendesk", "reply", "violation",
    ["purpose.ask_buyer_to_cancel"],
    ["usted", "conditional_politeness", "out_of_stock"],
    "Asks the buyer, in usted, to cancel the order from their account because the item is out of stock.",
    "Librería Alcázar <pedidos@libreria-alcazar.es>", "a1rtv6nf3hq8wlj@marketplace.amazon.es",
    "Re: ¿Cuándo llega mi pedido? 171-6604189-3318275", "Thu, 19 Nov 2026 13:40:22 +0100",
"""##- Escriba su respuesta por encima de esta línea -##

Estimado Sr. Iglesias:

Le pedimos disculpas. Al preparar su pedido 171-6604189-3318275 hemos comprobado que el último ejemplar de "Atlas histórico de la Península Ibérica" (edición 2024) presentaba daños en la cubierta y la editorial no tiene previsto reimprimirlo hasta marzo.

Le agradeceríamos que cancelara usted el pedido desde su cuenta de Amazon (Mis pedidos > Cancelar productos), de modo que el importe le sea devuelto cuanto antes.

Atentamente,
Pilar Ortega
Librería Alcázar

--------------------------------
Comprador de Amazon, 19 nov. 2026, 9:05
Buenos días, compré el atlas hace una semana y sigue sin enviarse. ¿Hay algún problema?
--------------------------------
""")

add("es", "outlook", "proactive", "violation",
    ["purpose.thank_you_only"],
    ["thanks_only", "usted"],
    "A message sent only to thank the buyer for the purchase, with no order question or information.",
    "Jabones Mediterráneo <clientes@jabonesmediterraneo.es>", "l7wse2jx5pg0cbo@marketplace.amazon.es",
    "Gracias por su compra - pedido 408-9021475-7136640", "Tue, 01 Dec 2026 09:20:58 +0100",
"""Estimada Sra. Martín:

Queríamos darle las gracias de todo corazón por su compra del lote de jabones artesanales de aceite de oliva (pedido 408-9021475-7136640).

Para nuestro pequeño taller familiar de Jerez cada pedido es una alegría. Esperamos que los disfrute mucho.

Reciba un cordial saludo,
La familia Ruiz
Jabones Mediterráneo
""", html_body=True)

# ---------------------------------------------------------------- Japanese
add("ja", "zendesk", "reply", "legit", [], ["invoice", "keigo", "fullwidth_digits"],
    "Explains in keigo how to issue the receipt from Amazon's order history for the order, and offers a corrected addressee if needed.",
    "さくら文具店 カスタマーサポート <support@sakura-bungu.jp>", "v2cjh9pw4mz7nkr@marketplace.amazon.co.jp",
    "Re: 領収書の発行について（注文番号：250-3318467-9902514）", "Fri, 13 Nov 2026 10:42:17 +0900",
"""##- このラインより上にご返信を入力してください -##

山田 太郎 様

この度はさくら文具店をご利用いただき、誠にありがとうございます。

お問い合わせいただきました領収書につきましては、Amazonの「注文履歴」から該当のご注文（250-3318467-9902514）を選択し、「領収書等」ボタンより発行していただけます。宛名はその画面で「株式会社〇〇」などにご変更いただけます。

なお、インボイス制度の登録番号（Ｔ１２３４５６７８９０１２３）も領収書に記載されております。

ご不明な点がございましたら、本メッセージにご返信くださいませ。

さくら文具店
担当：佐藤

--------------------------------
Amazon 購入者, 2026年11月12日 18:30
経費精算のため、会社名宛ての領収書をいただけますでしょうか。
--------------------------------
""")

add("ja", "gmail", "reply", "legit", [], ["customisation", "embroidery", "keigo", "fullwidth_digits", "brackets_in_spec"],
    "Answers an embroidery customisation question (character limit and thread colours) for the order in polite Japanese.",
    "手ぬぐい工房あさひ <shop@tenugui-asahi.jp>", "q6mlx0tr3dw8bsa@marketplace.amazon.co.jp",
    "Re: 名入れ刺繍について 注文番号 503-7724109-1185362", "Sat, 21 Nov 2026 14:05:33 +0900",
"""佐々木 様

お問い合わせありがとうございます。手ぬぐい工房あさひでございます。

ご注文いただいた【名入れ刺繍】今治タオルハンカチ（注文番号：503-7724109-1185362）の刺繍につきまして、ご回答いたします。

・文字数：ローマ字で最大１２文字、漢字・ひらがなの場合は６文字まで
・糸の色：紺、赤、金、白の４色からお選びいただけます
・書体：ブロック体または筆記体

「Ｍｉｈｏ」を金糸・筆記体でご希望とのこと、承知いたしました。刺繍には３営業日ほどお時間をいただき、完成後に発送いたします。

今後ともよろしくお願い申し上げます。

手ぬぐい工房あさひ
担当：中村

2026年11月20日(金) 21:12 Amazon 購入者 <q6mlx0tr3dw8bsa@marketplace.amazon.co.jp>:
> 名入れは何文字まで可能ですか？「Ｍｉｈｏ」を金色の筆記体でお願いしたいです。
""", html_body=True, cte="base64")

add("ja", "outlook", "proactive", "violation",
    ["subject.important_tag", "subject.marketing", "purpose.marketing"],
    ["brackets", "new_product", "coupon", "keigo", "fullwidth_digits"],
    "Under an 【重要】 subject, announces a new product and a limited-time coupon to a past buyer.",
    "北欧雑貨リンネ <info@linne-zakka.jp>", "h0fpw5nv2xq9tey@marketplace.amazon.co.jp",
    "【重要】新商品のご案内と期間限定クーポン", "Tue, 01 Dec 2026 12:00:04 +0900",
"""高橋 様

先日は北欧雑貨リンネにてマグカップ（注文番号：249-5603817-4427096）をお買い上げいただき、誠にありがとうございました。

この度、冬季限定の新商品「ウールのポットカバー」を発売いたしました。ご購入者様限定で、１２月１５日までご利用いただける【１０％ＯＦＦクーポン】をご用意しております。クーポンコード：ＬＩＮＮＥ１０

ぜひこの機会に、当店の商品ページをご覧くださいませ。

北欧雑貨リンネ
""", html_body=True, cte="base64")

add("ja", "helpscout", "proactive", "violation",
    ["review.biased_positive", "review.incentive"],
    ["keigo", "coupon_for_review", "fullwidth_digits", "indirect_request"],
    "Offers a 500-yen coupon in exchange for a ★5 review, phrased as an indirect keigo request.",
    "お茶の葉山園 <otoiawase@hayamaen-tea.jp>", "f4tgk8bj1wn6cqd@marketplace.amazon.co.jp",
    "ご注文いただいた煎茶について（注文番号：503-2098465-6613378）", "Thu, 26 Nov 2026 16:37:51 +0900",
"""小林 様

お茶の葉山園でございます。先日は静岡深蒸し煎茶（１００ｇ×３袋）をお買い求めいただき、ありがとうございました。

お茶の味わいはいかがでしたでしょうか。もしお気に召しましたら、Amazonの商品ページに★５のレビューをお寄せいただけますと大変励みになります。レビュー投稿後に本メッセージへご返信いただけましたら、次回のお買い物でご利用いただける５００円クーポンを進呈いたします。

寒い日が続きますので、どうぞご自愛くださいませ。

お茶の葉山園
山本
""")

add("ja", "freshdesk", "reply", "violation",
    ["feedback.removal_request"],
    ["keigo", "indirect_request", "seller_feedback"],
    "After resolving a late delivery, asks the buyer in indirect keigo to delete the low seller feedback rating.",
    "家電のミナト <cs@minato-kaden.jp>", "e9mzs3dc7kv0prw@marketplace.amazon.co.jp",
    "Re: 配送遅延について（注文番号：250-8847102-3360591）", "Wed, 25 Nov 2026 11:29:08 +0900",
"""伊藤 様

この度は配送が大幅に遅れ、ご迷惑をおかけいたしましたこと、心よりお詫び申し上げます。

ご注文の電気ケトル（注文番号：250-8847102-3360591）は、本日ヤマト運輸にて配達完了となっておりますことを確認いたしました。

大変恐縮ではございますが、問題が解決いたしましたので、先日ご投稿いただいたストア評価（★１）を削除していただけますと幸いです。評価の削除は、Amazonの「注文履歴」＞「出品者を評価」の画面から行っていただけます。

何卒よろしくお願い申し上げます。

家電のミナト
カスタマーサポート 渡辺

-----Original Message-----
From: Amazon 購入者
Sent: 2026年11月23日 20:04
Subject: 配送遅延について

１週間以上届きません。評価は★１にさせていただきました。
""")

# ---------------------------------------------------------------- write
def build(i, m):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    dom = m["frm"].split("@")[1].rstrip(">")
    msg["Message-ID"] = make_msgid(idstring="w153.%04d" % i, domain=dom)
    msg["MIME-Version"] = "1.0"
    cte = m["cte"]
    msg.set_content(m["text"], charset="utf-8", cte=cte)
    if m["html"]:
        msg.add_alternative(to_html(m["text"]), subtype="html", charset="utf-8", cte=cte)
    if m["attach"]:
        name, data = m["attach"]
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return msg.as_bytes(policy=policy.SMTP)

with open(os.path.join(BASE, "labels.jsonl"), "w", encoding="utf-8") as lab:
    for i, m in enumerate(MSGS, 1):
        mid = "w153-%04d" % i
        fn = "messages/%s.eml" % mid
        with open(os.path.join(BASE, fn), "wb") as f:
            f.write(build(i, m))
        lab.write(json.dumps(dict(id=mid, file=fn, lang=m["lang"], client=m["client"], kind=m["kind"],
                                  split="dev", expect=m["expect"], rules=m["rules"],
                                  classes=m["classes"], note=m["note"]), ensure_ascii=False) + "\n")
print(len(MSGS))
