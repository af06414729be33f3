#!/usr/bin/env python3
"""Builds the w145 messages and labels (stdlib only)."""
import json, random, datetime, html as htmlmod
from pathlib import Path
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

OUT = Path(__file__).resolve().parent.parent
MSG = OUT / "messages"
MSG.mkdir(parents=True, exist_ok=True)
rnd = random.Random(14500)
DOM = {"en": "marketplace.amazon.com", "de": "marketplace.amazon.de", "it": "marketplace.amazon.it"}

def alias(lang):
    s = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))
    if s[0].isdigit():
        s = rnd.choice("abcdefghjkmnpqrstvwxyz") + s[1:]
    return f"{s}@{DOM[lang]}"

def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.strip("\n").split("\n"))

def to_html(body, quote_hdr=None, quote=None):
    paras = body.strip("\n").split("\n\n")
    h = "".join("<p>" + htmlmod.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)
    if quote:
        h += "<div>" + htmlmod.escape(quote_hdr) + "</div>\n<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">"
        h += "".join("<p>" + htmlmod.escape(p).replace("\n", "<br>") + "</p>" for p in quote.strip("\n").split("\n\n"))
        h += "</blockquote>\n"
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + h + "</body></html>\n"

def pdf_bytes(lines):
    # minimal one-page PDF with Helvetica text
    content = "BT /F1 10 Tf 50 800 Td 14 TL\n" + "".join(
        "(" + l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*\n" for l in lines) + "ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content.encode("latin-1")) + content.encode("latin-1") + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out

M = []
def add(**kw):
    M.append(kw)

# ---------------------------------------------------------------- English
add(lang="en", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["refund_already_applied", "coupon_request_in_quote", "lookalike"],
    note="Confirms that Amazon already applied the price adjustment refund; the buyer's coupon request appears only in the quoted history.",
    frm=("Harlow & Pine Support", "support@harlowandpine-home.com"),
    date=(2026, 11, 15, 10, 22), subject="Re: Order 112-4830175-2296641 - price dropped after I bought",
    body="""Hi Marcus,

Thanks for getting in touch. I checked order 112-4830175-2296641 (Harlow 3-Tier Bamboo Shoe Rack, natural) and Amazon has already applied the $6.40 price adjustment you asked about. The refund shows as issued on November 14 to your original payment method, so depending on your bank it should be on your statement within 3-5 business days.

There is nothing else you need to do on your side - the adjustment was processed by Amazon directly, which is why we can't send a separate code for it.

Kind regards,
Dana
Harlow & Pine Support

##- Please type your reply above this line -##
""",
    quote_hdr="On Fri, Nov 13, 2026 at 9:12 PM, Amazon customer wrote:",
    quote="""Hello, I bought the bamboo shoe rack on the 6th and today it is $6.40 cheaper. Can you send me a coupon for the difference or something? Otherwise I will just return it and buy it again lol.
Marcus""", qstyle="gt")

add(lang="en", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["manufacturer_warranty_hotline", "phone_number_of_manufacturer", "lookalike"],
    note="Reseller points the buyer to the named manufacturer's own warranty repair hotline and also to the Amazon return route.",
    frm=("Fenwick Electronics", "help@fenwick-electronics.com"),
    date=(2026, 10, 28, 16, 5), subject="Re: Headphones left ear cutting out - order 113-9051726-4418302",
    body="""Hello Ms. Delacroix,

Sorry to hear the left earcup of your Kestrel Audio NC-700 keeps cutting out. Since the order (113-9051726-4418302) was delivered on September 2, it is now outside the 30-day Amazon return window, but the headphones are covered by Kestrel Audio's 2-year manufacturer warranty.

Kestrel handles warranty repairs themselves. Their repair service can be reached at 1-800-555-0147 (Mon-Fri, 8am-6pm ET); please have the serial number ready - it's printed inside the right headband slider and starts with "KA7". They will normally send a prepaid label and return a repaired or replacement unit within about 10 days.

Before you call, it may be worth trying a reset: hold the power and ANC buttons together for 10 seconds until the LED flashes purple, then pair again. In a few cases that has fixed intermittent dropouts.

If Kestrel declines the claim for any reason, just reply to this message and we'll look at it with you.

Best regards,
Tom Reyes
Fenwick Electronics
""",
    quote_hdr="-----Original Message-----",
    quote="""From: Amazon Buyer
Sent: Tuesday, October 27, 2026 7:48 PM
Subject: Headphones left ear cutting out

The left side goes silent for a couple seconds every few minutes. Bought them in August. What can I do?""", qstyle="outlook")

add(lang="en", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["buyer_contact_in_quote", "stays_on_amazon", "lookalike"],
    note="Seller answers inside Amazon messaging and sends a missing bolt pack; the buyer's own phone number and e-mail appear only in the quoted history.",
    frm=("Tallis Workspace", "orders@tallisworkspace.com"),
    date=(2026, 12, 3, 9, 41), subject="Re: Missing screws standing desk (Order: 114-2287390-6610543)",
    body="""Hi Jordan,

Sorry about that - bag "C" (8 x M6x16 bolts) should have been taped to the inside of the crossbar carton. We have posted a replacement bag today by USPS First-Class to the delivery address on order 114-2287390-6610543; it usually arrives in 2-4 days.

We keep all order communication here in Amazon messages, so there's no need for a call - if anything else is missing once you open the remaining boxes, just reply to this thread with the letter on the bag and we'll send it.

In the meantime you can assemble the frame legs with bags A and B; the crossbar is the last step (page 7 of the manual).

Thanks,
Ellie
Tallis Workspace
""",
    quote_hdr="On Wed, Dec 2, 2026 at 8:15 PM Jordan <%ALIAS%> wrote:",
    quote="""Hi, the desk arrived but there are no screws for the crossbar. Bag C is not in the box. Please call me at 555-0193 or email me at jordan.b.home@example.net so we can sort this out faster.""", qstyle="gt")

add(lang="en", client="helpscout", kind="proactive", expect="legit", rules=[],
    classes=["neutral_review_request", "five_star_in_product_name", "lookalike"],
    note="Single neutral review request for a product whose name contains '5-Star Hotel'; no bias, no incentive.",
    frm=("Luma Sleep Co.", "service@lumasleep-co.com"),
    date=(2026, 11, 21, 14, 0), subject="Your order 111-7742019-3358824: a quick question about your pillows",
    body="""Hello,

Your Luma 5-Star Hotel Pillow (Queen, 2-Pack) from order 111-7742019-3358824 was delivered a little over a week ago.

If you have a moment, would you consider writing a review of the pillows on Amazon? Honest reviews, whatever your experience has been, help other customers decide which firmness suits them.

You can leave one from Your Orders by selecting "Write a product review" next to the item.

Thank you,
Luma Sleep Co.
""", html=True)

add(lang="en", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["freezer_star_rating", "energy_label", "lookalike"],
    note="Explains the four-star freezer rating and the energy label class of a chest freezer in answer to the buyer's question.",
    frm=("Nordvale Appliances Direct", "customercare@nordvale-direct.com"),
    date=(2026, 10, 12, 11, 17), subject="RE: Can this freezer freeze fresh meat? Order 113-5519083-0267714",
    body="""Hello Mr. Whitaker,

Good question. Yes - the Nordvale CF-142 has a four-star (****) freezer rating, which means it can freeze fresh food from room temperature as well as store food that is already frozen. The three-star symbol some people expect on the lid only applies to storage-only compartments.

For fresh meat, switch the "Fast Freeze" button on about 12 hours before you load it and don't put in more than 9 kg in a 24-hour period (this is listed on the rating plate inside the lid). Turn Fast Freeze off again after a day, otherwise it will keep running at full power.

On your other question: the yellow energy label in the carton shows class E, about 168 kWh per year. That figure is measured at an ambient temperature of 25 C, so in a cold garage it will usually use less.

Regards,
Samira Osei
Nordvale Appliances Direct
Order 113-5519083-0267714
""",
    quote_hdr="-----Original Message-----",
    quote="""From: Amazon Customer
Sent: 11 October 2026 21:03
To: Nordvale Appliances Direct
Subject: Can this freezer freeze fresh meat?

My old one had 3 stars on it and I was told that means storage only. Does the CF-142 actually freeze fresh meat? Also what's the energy class, the box got wet and I can't read the label.""", qstyle="outlook")

add(lang="en", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["share_photos_here", "we_will_review_case", "damage_claim", "lookalike"],
    note="Asks the buyer to share photos of transit damage in this message thread and says the seller will review the case and resolve it through Amazon.",
    frm=("Terrace & Clay", "care@terraceandclay.com"),
    date=(2026, 11, 4, 8, 53), subject="Re: Broken planter - order 112-3306618-9120457",
    body="""Hi Aisha,

I'm really sorry the large pot from your Terrace & Clay Glazed Planter Set (3 pcs, sage) arrived cracked.

Could you share the photos of the damage here, by attaching them to a reply to this message? One picture of the pot and one of the outer box (especially any dented corners) is enough. Once we have them we will review your case straight away and either send a replacement large pot or issue a partial refund for it through Amazon, whichever you prefer - please let us know.

There's no need to send the broken pot back; please just dispose of it carefully.

Best,
Gareth
Terrace & Clay - order 112-3306618-9120457
""",
    quote_hdr="On Nov 3, 2026, at 18:27, Amazon Customer wrote:",
    quote="""The biggest of the three pots is cracked right through the base. The other two are fine. What do I do?""",
    html=True)

add(lang="en", client="edesk", kind="proactive", expect="legit", rules=[],
    classes=["seller_cancelled_order", "refund_via_amazon", "lookalike"],
    note="Seller informs the buyer that the seller itself cancelled the order because the last unit failed inspection; refund is automatic through Amazon.",
    frm=("Copperfield Kitchenware", "orders@copperfield-kitchen.com"),
    date=(2026, 12, 8, 13, 36), subject="Order 114-6120844-5973306 has been cancelled",
    body="""Dear Mrs. Lindqvist,

We're sorry to tell you that we have had to cancel your order 114-6120844-5973306 for the Copperfield 5.5 qt Enameled Dutch Oven (Marine Blue).

It was our last unit in that colour, and during the pre-shipment check we found a chip in the enamel on the rim. We didn't want to send you a damaged pot, and no new stock is expected before February.

You don't need to do anything. Because we cancelled the order, Amazon will release the payment authorisation / refund the full amount automatically, usually within 2-3 business days.

Our apologies for the inconvenience.

Copperfield Kitchenware
""")

add(lang="en", client="gmail", kind="reply", expect="violation", rules=["contact.email_address"],
    classes=["email_in_signature", "sizing_answer"],
    note="A genuine sizing answer, but the signature contains the seller's own e-mail address, inviting contact outside Amazon.",
    frm=("Oakridge Outfitters", "care@oakridge-outfitters.com"),
    date=(2026, 10, 19, 17, 8), subject="Re: Size question - Order 113-0954127-7782316",
    body="""Hi Ben,

The Oakridge Stormline rain jacket runs a little large - it's cut to fit over a fleece. If you're between a M and L and mostly wear it over a t-shirt, the M is the better choice. Chest on the M is 42" laid flat and doubled, the L is 45".

If the L you ordered (113-0954127-7782316) feels too roomy you can return it through Your Orders and order the M; returns on clothing are free.

Cheers,
Priya
Customer Care | Oakridge Outfitters
care@oakridge-outfitters.com
""",
    quote_hdr="On Sun, Oct 18, 2026 at 10:02 PM Amazon Customer <%ALIAS%> wrote:",
    quote="""I normally take a medium but ordered a large to wear over a hoodie. Did I get the right one?""", qstyle="gt")

add(lang="en", client="helpscout", kind="proactive", expect="violation", rules=["purpose.marketing"],
    classes=["delay_notice", "apology_coupon"],
    note="A genuine delivery-delay notice, but it adds an apology discount code for the buyer's next order, which is a promotion.",
    frm=("Bexley Garden Supply", "dispatch@bexleygardensupply.com"),
    date=(2026, 11, 27, 9, 12), subject="Update on your order 111-8836402-1049975",
    body="""Hi Chris,

A quick update on order 111-8836402-1049975 (Bexley 40 L Raised Bed Planter, 2 pcs). Our carrier had a vehicle breakdown at the depot and your parcel missed yesterday's collection. It will now go out on Monday, and the new expected delivery is Wednesday, December 2 instead of November 28.

We're sorry for the wait. As a small apology, use code SORRYBG15 at checkout for 15% off your next order with us.

If the new date doesn't work for you, just let us know here.

Kind regards,
Helen
Bexley Garden Supply
""", html=True)

add(lang="en", client="zendesk", kind="proactive", expect="violation", rules=["review.biased_positive", "review.divert_negative"],
    classes=["review_only_if_happy", "divert_unhappy_to_seller"],
    note="Review request that asks only satisfied buyers to review and tells unhappy buyers to message the seller first instead.",
    frm=("Vireo Kitchen", "hello@vireokitchen.com"),
    date=(2026, 12, 1, 15, 45), subject="How is your blender? Order 112-5097713-8824160",
    body="""Hello Naomi,

Your Vireo ProBlend 1400 (order 112-5097713-8824160) should have been in your kitchen for about a week now.

If you're enjoying it, we'd be really grateful if you could take a minute to leave a review on Amazon - it makes a big difference to a small brand like ours.

If anything isn't quite right, please message us here before writing a review so we can sort it out for you first.

Happy blending,
The Vireo Kitchen team
""")

# ---------------------------------------------------------------- German
add(lang="de", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["manufacturer_warranty_hotline", "phone_number_of_manufacturer", "lookalike"],
    note="Händler verweist für einen Garantiefall auf die Hotline des namentlich genannten Herstellers und nennt zusätzlich den Rückgabeweg über Amazon.",
    frm=("Kaffeehaus Technik Versand", "service@kaffeehaus-technik.de"),
    date=(2026, 11, 26, 11, 3), subject="AW: Kaffeevollautomat zeigt Fehler E07 – Bestellung 302-4471902-6630158",
    body="""Sehr geehrter Herr Brandauer,

vielen Dank für Ihre Nachricht. Die Meldung „E07“ beim Brenntal CremaLine 560 bedeutet, dass die Brühgruppe nicht richtig einrastet. Bitte nehmen Sie die Brühgruppe einmal heraus (seitliche Serviceklappe), spülen sie unter lauwarmem Wasser ab und setzen sie ein, bis es hörbar klickt. In vielen Fällen ist der Fehler danach behoben.

Sollte E07 weiterhin erscheinen: Das Gerät hat 2 Jahre Herstellergarantie, und Garantiereparaturen wickelt Brenntal selbst ab. Der Brenntal-Kundendienst ist unter 0800 7731 200 (kostenfrei, Mo–Fr 8–18 Uhr) erreichbar; halten Sie bitte die Seriennummer vom Typenschild unter dem Wassertank bereit. Brenntal holt das Gerät dann kostenlos ab.

Da Ihre Bestellung 302-4471902-6630158 erst am 19.11. zugestellt wurde, können Sie das Gerät alternativ auch innerhalb der Rückgabefrist über „Meine Bestellungen“ bei Amazon zurückgeben.

Mit freundlichen Grüßen
Jana Wiesner
Kaffeehaus Technik Versand
""",
    quote_hdr="Amazon-Käufer, 26.11.2026 um 08:07:",
    quote="""Guten Morgen, die Maschine zeigt seit gestern dauernd E07 und macht keinen Kaffee mehr. Was soll ich tun?""", qstyle="gt")

add(lang="de", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["invoice_pdf", "seller_address_vat_id", "lookalike"],
    note="Schickt die angeforderte Rechnung als PDF mit Firmenanschrift und USt-IdNr. des Verkäufers.",
    frm=("Lindholm Bürobedarf GmbH", "rechnung@lindholm-buerobedarf.de"),
    date=(2026, 10, 7, 14, 29), subject="AW: Rechnung mit ausgewiesener MwSt. – Bestellung 304-8812360-2219047",
    body="""Guten Tag Frau Özdemir,

anbei erhalten Sie die Rechnung RE-2026-10418 zu Ihrer Bestellung 304-8812360-2219047 (2 × Lindholm Ergo Bürostuhl „Sedo“, anthrazit) als PDF. Die Mehrwertsteuer (19 %) ist darauf gesondert ausgewiesen, als Rechnungsempfänger ist wie gewünscht Ihre Firma „Özdemir Steuerberatung“ eingetragen.

Die Rechnung finden Sie außerdem jederzeit in Ihrem Amazon-Konto unter „Meine Bestellungen“ > „Rechnung“.

Mit freundlichen Grüßen

Markus Tebbe
Buchhaltung

Lindholm Bürobedarf GmbH
Gewerbestraße 14, 49377 Vechta
Amtsgericht Oldenburg HRB 208114
USt-IdNr.: DE284719336
""",
    quote_hdr="-----Ursprüngliche Nachricht-----",
    quote="""Von: Amazon-Käufer
Gesendet: Montag, 5. Oktober 2026 16:50
Betreff: Rechnung mit ausgewiesener MwSt.

Hallo, ich brauche für die Buchhaltung eine Rechnung mit ausgewiesener Mehrwertsteuer auf meine Firma (Özdemir Steuerberatung). Geht das?""", qstyle="outlook",
    attach=("Rechnung_RE-2026-10418.pdf", [
        "Lindholm Buerobedarf GmbH - Gewerbestrasse 14 - 49377 Vechta",
        "USt-IdNr.: DE284719336   Amtsgericht Oldenburg HRB 208114",
        "",
        "RECHNUNG RE-2026-10418           Datum: 07.10.2026",
        "Amazon-Bestellnummer: 304-8812360-2219047",
        "Rechnungsempfaenger: Oezdemir Steuerberatung",
        "",
        "Pos 1  Lindholm Ergo Buerostuhl Sedo, anthrazit   2 x 201,68 EUR   403,36 EUR",
        "Nettobetrag                                           403,36 EUR",
        "zzgl. 19 % USt.                                        76,64 EUR",
        "Gesamtbetrag                                          480,00 EUR",
        "",
        "Bezahlt ueber Amazon Payments am 03.10.2026.",
    ]))

add(lang="de", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["bpa_free", "follow_the_instructions", "lookalike"],
    note="Beantwortet eine Materialfrage (frei von BPA) und bittet, der beiliegenden Reinigungsanleitung zu folgen.",
    frm=("Bergquell Outdoor", "kundenservice@bergquell-outdoor.de"),
    date=(2026, 11, 9, 19, 12), subject="Re: Trinkflasche für Kinder geeignet? (305-1963348-7702811)",
    body="""Hallo Frau Kessler,

ja, die Bergquell Tritan-Trinkflasche 0,75 l ist frei von BPA, BPS und Weichmachern und auch für Kinder geeignet. Der Deckel besteht aus Polypropylen, die Dichtung aus lebensmittelechtem Silikon.

Zur Reinigung folgen Sie bitte der beiliegenden Anleitung: Deckel und Flasche sind spülmaschinenfest (oberer Korb, max. 60 °C), das Mundstück sollte aber regelmäßig von Hand mit der kleinen Bürste gereinigt werden. Bitte nicht mit kochendem Wasser befüllen.

Viele Grüße
Lukas Amrhein
Bergquell Outdoor
Bestellung 305-1963348-7702811
""",
    quote_hdr="Am 09.11.2026 um 07:31 schrieb Amazon-Käufer:",
    quote="""Ist die Flasche BPA-frei? Ich möchte sie meiner Tochter (6) für die Schule mitgeben. Und darf sie in die Spülmaschine?""", qstyle="gt")

add(lang="de", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["gift_wrap_buyer_chose", "lookalike"],
    note="Bestätigt, dass die vom Käufer selbst gewählte Geschenkverpackung samt Grußkarte umgesetzt wird und kein Preis beiliegt.",
    frm=("Holzwerk Thale", "auftrag@holzwerk-thale.de"),
    date=(2026, 12, 14, 10, 48), subject="AW: Geschenk – steht der Preis drauf? Bestellung 303-2085531-4496612",
    body="""Guten Tag Herr Pohlmann,

keine Sorge: Sie hatten bei der Bestellung 303-2085531-4496612 die Geschenkverpackung und eine Grußkarte gewählt. Das Holzwerk Thale Schachspiel „Nussbaum“ wird deshalb in Geschenkpapier verpackt, Ihre Grußkarte („Frohe Weihnachten, Papa! – Jonas und Mia“) liegt obenauf, und es wird ein Lieferschein ohne Preisangaben beigelegt.

Das Paket geht morgen mit DHL raus und sollte rechtzeitig vor dem 20.12. bei Ihrem Vater ankommen.

Freundliche Grüße
Sabine Krug
Holzwerk Thale
""",
    quote_hdr="-----Ursprüngliche Nachricht-----",
    quote="""Von: Amazon-Käufer
Gesendet: Sonntag, 13. Dezember 2026 21:14
An: Holzwerk Thale
Betreff: Geschenk – steht der Preis drauf?

Das Schachspiel geht direkt an meinen Vater. Ich habe Geschenkverpackung angeklickt – liegt da eine Rechnung mit Preis bei?""", qstyle="outlook", html=True)

add(lang="de", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["refusal_negation", "no_newsletter", "coupon_request_in_quote", "lookalike"],
    note="Lehnt die Bitte um Gutschein und Newsletter ab (keinen Newsletter, keine Rabattcodes) und beantwortet nur die Produktfrage.",
    frm=("Gewürzkontor Albers", "service@gewuerzkontor-albers.de"),
    date=(2026, 11, 2, 12, 6), subject="Re: Nachbestellung Ras el Hanout (Bestellung 306-7730914-0538247)",
    body="""Hallo Herr Demir,

schön, dass Ihnen das Ras el Hanout schmeckt! Zu Ihren Fragen:

Einen Newsletter haben wir nicht, und Gutscheine oder Rabattcodes dürfen wir über die Amazon-Nachrichten leider nicht verschicken. Das tut uns leid.

Die 250-g-Nachfülltüte ist nicht nur eine größere Packung, sondern genau dieselbe Mischung wie im 80-g-Streuer aus Ihrer Bestellung 306-7730914-0538247. Ungeöffnet ist sie mindestens bis 09/2027 haltbar, nach dem Öffnen am besten dunkel und luftdicht lagern.

Viele Grüße aus Bremen
Katrin Albers
Gewürzkontor Albers
""",
    quote_hdr="Amazon-Käufer schrieb am 01.11.2026, 18:22:",
    quote="""Super Gewürz! Gibt es einen Gutschein für Stammkunden oder einen Newsletter, wo ich Angebote bekomme? Ist die große Tüte die gleiche Mischung?""", qstyle="gt")

add(lang="de", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["energy_label", "contact_amazon_customer_service", "fba_transport_damage", "lookalike"],
    note="Erklärt das EU-Energielabel und verweist bei einem Transportschaden einer Amazon-Versand-Bestellung an den Amazon-Kundenservice.",
    frm=("Kühlmann Haushalt", "service@kuehlmann-haushalt.de"),
    date=(2026, 10, 22, 9, 34), subject="AW: Delle in der Tür + Energieklasse? Bestellung 302-6654117-3380926",
    body="""Sehr geehrte Frau Hartmann,

das tut uns leid mit der Delle an der Tür Ihres Kühlmann KS 2400 Kühlschranks.

Ihre Bestellung 302-6654117-3380926 wurde von Amazon gelagert und versendet („Versand durch Amazon“). Bei Transportschäden wenden Sie sich deshalb bitte direkt an den Amazon-Kundenservice (Meine Bestellungen > Bestellung auswählen > „Hilfe bei Bestellung“); Amazon organisiert dann Abholung und Ersatz bzw. Erstattung.

Zu Ihrer zweiten Frage: Das Gerät hat die Energieeffizienzklasse D nach dem EU-Energielabel (Skala A–G), der Jahresverbrauch liegt bei 148 kWh. Das Etikett klebt innen an der Tür; über den QR-Code darauf gelangen Sie zum Produktdatenblatt in der EU-Datenbank EPREL.

Mit freundlichen Grüßen
Ihr Kühlmann-Serviceteam
""",
    quote_hdr="Amazon-Käufer, 21.10.2026 um 20:40:",
    quote="""Der Kühlschrank kam mit einer Delle in der Tür. Außerdem: Welche Energieklasse hat er genau? Auf der Seite stand D, auf dem Karton sehe ich nichts.""", qstyle="gt")

add(lang="de", client="edesk", kind="reply", expect="legit", rules=[],
    classes=["buyer_review_in_quote", "replacement_part", "lookalike"],
    note="Schickt einen Ersatzdeckel; die 2-Sterne-Bewertung des Käufers steht nur im zitierten Verlauf, der Händler spricht sie nicht an.",
    frm=("Gusswerk Elbtal", "kontakt@gusswerk-elbtal.de"),
    date=(2026, 11, 18, 15, 2), subject="Re: Deckel passt nicht – Bestellung 305-3390472-1185630",
    body="""Hallo Frau Nowak,

danke für die Fotos. Sie haben recht: Zu Ihrem Gusswerk Elbtal Bräter 28 cm wurde versehentlich der Deckel für das 26-cm-Modell eingepackt.

Wir haben Ihnen heute den passenden 28-cm-Deckel mit DHL geschickt (kostenlos, Sendungsnummer 00340434161894432710). Den falschen Deckel müssen Sie nicht zurückschicken – behalten oder entsorgen Sie ihn einfach.

Entschuldigen Sie bitte den Fehler.

Viele Grüße
Ralf Sommer
Gusswerk Elbtal
Bestellung 305-3390472-1185630
""",
    quote_hdr="Am 17.11.2026 um 22:05 schrieb Amazon-Käufer:",
    quote="""Der Deckel ist zu klein und fällt in den Bräter. Ich habe schon eine 2-Sterne-Bewertung geschrieben, weil das echt ärgerlich ist. Fotos anbei.""", qstyle="gt")

add(lang="de", client="freshdesk", kind="reply", expect="violation", rules=["contact.phone_number"],
    classes=["own_line_as_warranty_desk"],
    note="Nennt als angebliche Garantie-Hotline die eigene Telefonnummer des Händlers und lenkt den Käufer damit aus Amazon heraus.",
    frm=("Vossberg Technik", "support@vossberg-technik.de"),
    date=(2026, 12, 2, 16, 41), subject="AW: Akkusauger lädt nicht mehr – Bestellung 306-5028813-9947251",
    body="""Guten Tag Herr Lange,

danke für Ihre Nachricht. Wenn die LED am Vossberg VX-22 beim Laden nicht mehr blinkt, prüfen Sie bitte zuerst, ob der Stecker am Akku ganz eingerastet ist, und lassen Sie den Akku einmal 30 Minuten abkühlen.

Hilft das nicht, ist es ein Garantiefall. Für Garantiefälle wenden Sie sich bitte an unser Garantie-Servicecenter:

Vossberg Garantie-Hotline
Tel. 05121 998 440 (Mo–Fr 9–17 Uhr)

Dort nimmt ein Kollege Ihre Bestellnummer 306-5028813-9947251 auf und schickt Ihnen ein Austauschgerät.

Mit freundlichen Grüßen
Ihr Vossberg Technik Service
""",
    quote_hdr="-----Ursprüngliche Nachricht-----",
    quote="""Von: Amazon-Käufer
Gesendet: 01.12.2026 19:30
Betreff: Akkusauger lädt nicht mehr

Seit gestern lädt der Sauger nicht mehr, die Lampe bleibt aus. Gekauft im Juli.""", qstyle="outlook")

add(lang="de", client="zendesk", kind="reply", expect="violation", rules=["review.change_or_remove"],
    classes=["update_review_after_fix", "replacement_sent"],
    note="Nach dem Versand eines Ersatzteils bittet der Händler den Käufer, seine Bewertung entsprechend anzupassen.",
    frm=("Rheinblick Leuchten", "service@rheinblick-leuchten.de"),
    date=(2026, 11, 11, 10, 15), subject="Re: Fernbedienung fehlt – Bestellung 303-8874150-2206937",
    body="""Hallo Herr Yilmaz,

die fehlende Fernbedienung für Ihre Rheinblick Deckenleuchte „Aurin 60“ ist gestern mit DHL an Sie rausgegangen und sollte morgen ankommen. Sie ist bereits mit der Leuchte gekoppelt; falls nicht, schalten Sie das Licht 3× am Wandschalter aus und ein und drücken dann innerhalb von 5 Sekunden die „Ein“-Taste.

Wir hoffen, dass damit alles gelöst ist. Falls ja, würden wir uns sehr freuen, wenn Sie Ihre Bewertung entsprechend anpassen – die 1 Stern wegen der fehlenden Fernbedienung treffen uns als kleinen Betrieb ziemlich hart.

Viele Grüße
Daniel Roth
Rheinblick Leuchten
Bestellung 303-8874150-2206937
""",
    quote_hdr="Amazon-Käufer, 09.11.2026 um 13:55:",
    quote="""Fernbedienung war nicht im Karton, ohne kann man das Licht nicht dimmen. Habe deshalb 1 Stern gegeben.""", qstyle="gt")

add(lang="de", client="helpscout", kind="proactive", expect="violation", rules=["purpose.ask_buyer_to_cancel"],
    classes=["ask_buyer_to_cancel", "stock_problem"],
    note="Wegen eines Lagerfehlers bittet der Händler den Käufer, die Bestellung selbst zu stornieren, statt sie als Verkäufer selbst zu stornieren.",
    frm=("Sportwelt Kranich", "bestellungen@sportwelt-kranich.de"),
    date=(2026, 10, 30, 8, 20), subject="Ihre Bestellung 304-1157396-8820574",
    body="""Guten Morgen Frau Schuster,

leider müssen wir Ihnen mitteilen, dass die Kranich Yogamatte „Flow“ 6 mm in Salbeigrün aus Ihrer Bestellung 304-1157396-8820574 wegen eines Fehlers in unserer Bestandsführung nicht mehr vorrätig ist. Neue Ware erwarten wir frühestens Mitte Dezember.

Wir möchten Sie bitten, die Bestellung über Ihr Amazon-Konto unter „Meine Bestellungen“ > „Artikel stornieren“ selbst zu stornieren. Der Betrag wird Ihnen dann vollständig erstattet.

Entschuldigen Sie bitte die Unannehmlichkeiten.

Mit sportlichen Grüßen
Team Sportwelt Kranich
""")

# ---------------------------------------------------------------- Italian
add(lang="it", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["exchange_rate", "refund_via_amazon", "lookalike"],
    note="Spiega che la differenza sul rimborso dipende dal tasso di cambio applicato dalla banca dell'acquirente; il rimborso è già stato emesso tramite Amazon.",
    frm=("Bottega Ferrante", "assistenza@bottegaferrante.it"),
    date=(2026, 11, 6, 15, 27), subject="R: Rimborso non corrisponde - ordine 405-2274019-6631880",
    body="""Buongiorno signora Keller,

abbiamo verificato l'ordine 405-2274019-6631880 (Bottega Ferrante Moka in alluminio 6 tazze): il rimborso di 34,90 EUR è stato emesso da Amazon il 3 novembre per l'intero importo pagato.

La differenza che vede sull'estratto conto dipende dal tasso di cambio: il suo conto è in franchi svizzeri e la banca converte l'importo in CHF al cambio del giorno del rimborso, che è leggermente diverso da quello del giorno dell'acquisto. Eventuali commissioni di cambio sono applicate dalla banca e non da noi o da Amazon.

Se serve, può scaricare la ricevuta del rimborso in "I miei ordini" sul suo account Amazon.

Cordiali saluti,
Marta Ferrante
Bottega Ferrante
""",
    quote_hdr="Il giorno 5 nov 2026, alle ore 20:44, Cliente Amazon ha scritto:",
    quote="""Ho pagato 37,41 CHF e mi sono tornati 36,88 CHF. Perché non mi avete rimborsato tutto?""", qstyle="gt")

add(lang="it", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["flow_rate", "follow_the_instructions", "lookalike"],
    note="Risponde sulla portata di una pompa per fontana e chiede di seguire le istruzioni per la pulizia del filtro.",
    frm=("Giardini Adriatici", "clienti@giardiniadriatici.it"),
    date=(2026, 10, 9, 11, 50), subject="Re: Pompa fontana poca acqua (ordine 402-9960318-1457726)",
    body="""Ciao Lorenzo,

la pompa Acquaviva P1200 ha una portata massima di 1.200 l/h, ma quel valore vale con prevalenza zero. Con il getto a 1 metro di altezza come nella sua fontana la portata reale scende a circa 650-700 l/h, quindi un getto più basso rispetto alle foto è normale.

Se però il flusso è calato nel giro di pochi giorni, quasi sempre è il filtro in spugna intasato. Per pulirlo segua le istruzioni a pagina 4 del libretto: staccare la spina, aprire la griglia frontale, sciacquare la spugna in acqua senza detersivi e rimontarla. Il regolatore di flusso sul lato deve essere girato tutto verso "+".

Fammi sapere se dopo la pulizia va meglio.

Saluti,
Davide
Giardini Adriatici - ordine 402-9960318-1457726
""",
    quote_hdr="Il giorno mer 7 ott 2026 alle ore 18:03 Cliente Amazon <%ALIAS%> ha scritto:",
    quote="""La pompa esce pochissima acqua, il getto sarà 20 cm. Nella descrizione c'era scritto 1200 litri ora. È difettosa?""", qstyle="gt")

add(lang="it", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["companion_app", "setup_help", "lookalike"],
    note="Spiega come configurare una presa smart con l'app gratuita indicata nella scheda prodotto su Amazon.",
    frm=("Domora Italia", "supporto@domora-italia.it"),
    date=(2026, 12, 10, 9, 5), subject="R: Presa smart non si collega - ordine 407-3381045-2290163",
    body="""Gentile Sig. Russo,

per la presa Domora Smart Plug S2 (ordine 407-3381045-2290163) serve l'app gratuita "Domora Home", indicata anche nella scheda prodotto su Amazon; la trova su Google Play o App Store cercando "Domora Home".

Se la presa non viene trovata:
1. Verifichi che il telefono sia collegato alla rete Wi-Fi a 2,4 GHz (la presa non supporta i 5 GHz).
2. Tenga premuto il pulsante sulla presa per 6 secondi finché il LED lampeggia velocemente in blu.
3. Nell'app tocchi "+" > "Presa S2" e inserisca la password del Wi-Fi.

Dopo la configurazione può collegarla anche ad Alexa dalla sezione "Skill" dell'app Alexa.

Cordiali saluti,
Federica Galli
Domora Italia
""",
    quote_hdr="-----Messaggio originale-----",
    quote="""Da: Cliente Amazon
Inviato: mercoledì 9 dicembre 2026 22:17
Oggetto: Presa smart non si collega

Ho scaricato un'app ma la presa non viene trovata. Come si configura?""", qstyle="outlook", html=True)

add(lang="it", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["refusal_negation", "coupon_request_in_quote", "lookalike"],
    note="Rifiuta cortesemente la richiesta di un codice sconto (non possiamo inviare codici) e risponde alla domanda sulla taglia.",
    frm=("Lanificio Valsesia Store", "servizio@lanificio-valsesia.it"),
    date=(2026, 11, 24, 17, 33), subject="Re: Secondo maglione (ordine 403-6617209-8834452)",
    body="""Buonasera signora Conti,

grazie per il messaggio, siamo contenti che il maglione in merino le sia piaciuto.

Purtroppo non possiamo inviare codici sconto o buoni tramite i messaggi di Amazon, quindi non siamo in grado di accontentarla su questo punto. Ci dispiace.

Per la taglia del secondo maglione: il modello "Alpe" veste regolare, quindi se la M dell'ordine 403-6617209-8834452 le sta bene, la M va bene anche nel colore blu notte. Dopo il lavaggio a mano a 30 gradi non si restringe.

Un cordiale saluto,
Giulia
Lanificio Valsesia Store
""",
    quote_hdr="Cliente Amazon ha scritto il 23/11/2026 alle 21:10:",
    quote="""Vorrei comprarne un altro blu. Mi fate un codice sconto visto che è il secondo? La taglia è uguale?""", qstyle="gt")

add(lang="it", client="edesk", kind="proactive", expect="legit", rules=[],
    classes=["neutral_review_request", "star_in_product_name", "lookalike"],
    note="Unica richiesta di recensione neutra per una lampada il cui nome contiene 'Stella'; nessun condizionamento né incentivo.",
    frm=("Luci di Murano Design", "ordini@lucidimuranodesign.it"),
    date=(2026, 11, 30, 10, 0), subject="Ordine 408-1145763-9902318: la sua opinione sulla lampada Stella Polare",
    body="""Gentile cliente,

la lampada da tavolo "Stella Polare" in vetro soffiato del suo ordine 408-1145763-9902318 è stata consegnata qualche giorno fa.

Se ha qualche minuto, le saremmo grati se volesse scrivere una recensione su Amazon. Ogni opinione sincera, positiva o negativa, aiuta altri clienti nella scelta.

Può lasciarla da "I miei ordini" > "Scrivi una recensione del prodotto".

Grazie e buona giornata,
Luci di Murano Design
""")

add(lang="it", client="outlook", kind="proactive", expect="legit", rules=[],
    classes=["seller_cancelled_order", "refund_via_amazon", "lookalike"],
    note="Il venditore comunica di aver annullato lui stesso l'ordine per un errore di giacenza; il rimborso è automatico tramite Amazon.",
    frm=("Ciclofficina Brera", "ordini@ciclofficinabrera.it"),
    date=(2026, 10, 16, 12, 14), subject="Annullamento ordine 406-5580931-3374106",
    body="""Gentile signor Marchetti,

ci scusiamo, ma abbiamo dovuto annullare il suo ordine 406-5580931-3374106 per la sella Brera Comfort Gel (nera).

Durante la preparazione del pacco ci siamo accorti che l'ultimo pezzo a magazzino aveva la cover strappata, e il fornitore non ci consegnerà nuova merce prima di gennaio. Non volevamo spedirle un articolo danneggiato.

Non deve fare nulla: l'ordine risulta già annullato da parte nostra e Amazon le rimborserà l'intero importo automaticamente, di solito entro 2-3 giorni lavorativi.

Ci scusiamo ancora per l'inconveniente.

Cordiali saluti,
Ciclofficina Brera
""", html=True)

add(lang="it", client="zendesk", kind="proactive", expect="violation", rules=["review.incentive"],
    classes=["gift_after_review"],
    note="Richiesta di recensione che promette un omaggio dopo la pubblicazione della recensione: incentivo.",
    frm=("Casa Oliveto", "clienti@casaoliveto.it"),
    date=(2026, 12, 5, 16, 20), subject="Ordine 402-7736104-5518293 - olio extravergine",
    body="""Gentile signora Bianchi,

speriamo che l'olio extravergine Casa Oliveto "Raccolta 2026" (ordine 402-7736104-5518293) sia arrivato in perfette condizioni e che le piaccia.

Se le fa piacere, scriva una recensione del prodotto su Amazon. Una volta pubblicata la recensione, ci mandi un messaggio qui: le spediremo in omaggio una bottiglia da 250 ml del nostro olio al limone, come ringraziamento.

Buone feste,
Famiglia Rinaldi
Casa Oliveto
""")

add(lang="it", client="helpscout", kind="proactive", expect="violation", rules=["review.biased_positive"],
    classes=["five_star_request"],
    note="Richiesta di recensione che chiede esplicitamente cinque stelle ai clienti soddisfatti.",
    frm=("Sartoria Digitale Pellegrini", "info@sartoriapellegrini-shop.it"),
    date=(2026, 11, 19, 11, 45), subject="Come si trova con la sua cover? Ordine 409-2248817-0065139",
    body="""Buongiorno,

la cover in pelle Pellegrini per il suo smartphone (ordine 409-2248817-0065139) è stata consegnata la settimana scorsa.

Se è soddisfatto dell'acquisto, ci lascerebbe una recensione a 5 stelle su Amazon? Per una piccola sartoria come la nostra ogni stella conta davvero.

Grazie di cuore,
Andrea Pellegrini
Sartoria Digitale Pellegrini
""", html=True)

add(lang="it", client="gmail", kind="reply", expect="violation", rules=["purpose.marketing", "contact.off_platform"],
    classes=["follow_us_social", "delivery_answer"],
    note="Risposta valida su una consegna, ma chiude invitando a seguire il venditore su Instagram e Facebook per le novità.",
    frm=("Casaverde Design", "assistenza@casaverde-design.it"),
    date=(2026, 10, 25, 18, 2), subject="Re: Dove è il mio pacco? ordine 404-0319952-7746081",
    body="""Ciao Sara,

il tuo pacco con lo specchio da parete Casaverde "Onda" (ordine 404-0319952-7746081) è fermo al deposito BRT di Bologna per un controllo dell'indirizzo: manca il numero civico. Abbiamo già comunicato a BRT il civico 14 che ci hai indicato nel messaggio, la consegna è prevista per martedì 27.

Ti auguriamo buona giornata e se ti va seguici su Instagram e Facebook (@casaverde.design) per scoprire in anteprima le nuove collezioni!

Un saluto,
Elena - Casaverde Design
""",
    quote_hdr="Il giorno sab 24 ott 2026 alle ore 09:15 Cliente Amazon <%ALIAS%> ha scritto:",
    quote="""Il tracking è fermo da 3 giorni a Bologna. Forse manca il civico, è il 14. Quando arriva?""", qstyle="gt")

add(lang="it", client="freshdesk", kind="reply", expect="violation", rules=["purpose.marketing", "contact.off_platform"],
    classes=["newsletter_own_shop", "product_use_answer"],
    note="Risposta valida sull'uso del prodotto, ma invita a iscriversi alla newsletter del negozio online del venditore.",
    frm=("Erboristeria Monteverde", "servizioclienti@erboristeria-monteverde.it"),
    date=(2026, 12, 12, 9, 38), subject="R: Come usare il diffusore - ordine 401-8802276-3319504",
    body="""Gentile signora De Luca,

per il diffusore Monteverde Nebbia 300 (ordine 401-8802276-3319504) riempia il serbatoio con acqua a temperatura ambiente fino alla linea MAX e aggiunga 4-5 gocce di olio essenziale. Non usi acqua calda né oli densi come il sandalo puro, che possono intasare la membrana. Una volta a settimana pulisca il serbatoio con un panno e un po' di aceto bianco.

Se desidera ricevere altri consigli sull'aromaterapia e le anteprime delle nostre nuove miscele, può iscriversi alla newsletter sul nostro negozio online.

Cordiali saluti,
Chiara
Erboristeria Monteverde
""",
    quote_hdr="-----Messaggio originale-----",
    quote="""Da: Cliente Amazon
Inviato: venerdì 11 dicembre 2026 19:02
Oggetto: Come usare il diffusore

Quante gocce di olio devo mettere? Posso usare acqua calda?""", qstyle="outlook")

# ---------------------------------------------------------------- build
TZ = {"en": datetime.timezone(datetime.timedelta(hours=-5)),
      "de": datetime.timezone(datetime.timedelta(hours=1)),
      "it": datetime.timezone(datetime.timedelta(hours=1))}
labels = []
for i, m in enumerate(M, 1):
    mid = f"w145-{i:04d}"
    to = alias(m["lang"])
    name, addr = m["frm"]
    dom = addr.split("@")[1]
    dt = datetime.datetime(*m["date"], tzinfo=TZ[m["lang"]])
    body = m["body"]
    quote = m.get("quote")
    qh = m.get("quote_hdr", "").replace("%ALIAS%", to)
    text = body
    if quote:
        if m.get("qstyle") == "outlook":
            text = body.rstrip("\n") + "\n\n" + qh + "\n" + quote.strip("\n") + "\n"
        else:
            text = body.rstrip("\n") + "\n\n" + qh + "\n" + q(quote) + "\n"
    msg = EmailMessage()
    msg["From"] = f'"{name}" <{addr}>'
    msg["To"] = to
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = make_msgid(idstring=mid.replace("-", ""), domain=dom)
    if m["kind"] == "reply":
        msg["In-Reply-To"] = f"<{rnd.randrange(10**12, 10**13)}.{rnd.randrange(1000, 9999)}@{m['lang']}.amazon-msg.invalid>"
    msg["MIME-Version"] = "1.0"
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    if m.get("html"):
        msg.add_alternative(to_html(body, qh, quote), subtype="html", charset="utf-8", cte="quoted-printable")
    if m.get("attach"):
        fn, lines = m["attach"]
        msg.add_attachment(pdf_bytes(lines), maintype="application", subtype="pdf", filename=fn)
    (MSG / f"{mid}.eml").write_bytes(msg.as_bytes())
    labels.append({"id": mid, "file": f"messages/{mid}.eml", "lang": m["lang"], "client": m["client"],
                   "kind": m["kind"], "split": "dev", "expect": m["expect"], "rules": m["rules"],
                   "classes": m["classes"], "note": m["note"]})
with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labels), sum(l["expect"] == "legit" for l in labels), sum(l["expect"] == "violation" for l in labels))
