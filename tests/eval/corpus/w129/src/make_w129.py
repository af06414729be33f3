#!/usr/bin/env python3
"""Generate w129 messages: proactive seller-automation templates (en/de/es)."""
import json, os, html
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOM = {"en": "marketplace.amazon.com", "de": "marketplace.amazon.de", "es": "marketplace.amazon.es"}

def page(shop, accent, paras, footer, small, lang):
    body = "\n".join(
        p if p.startswith("<") else "<p style=\"margin:0 0 12px 0\">" + html.escape(p).replace("\n", "<br>\n") + "</p>"
        for p in paras)
    foot = "<br>\n".join(html.escape(f) for f in footer)
    sm = "<br>\n".join(html.escape(s) for s in small)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{html.escape(shop)}</title></head>
<body style="margin:0;padding:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;color:#222">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4">
<tr><td align="center" style="padding:18px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e2e2e2">
<tr><td style="background:{accent};color:#ffffff;padding:14px 22px;font-size:18px;font-weight:bold;letter-spacing:1px">{html.escape(shop)}</td></tr>
<tr><td style="padding:22px;font-size:14px;line-height:1.5">
{body}
</td></tr>
<tr><td style="padding:14px 22px;border-top:1px solid #eeeeee;font-size:12px;color:#555">{foot}</td></tr>
<tr><td style="padding:10px 22px 18px 22px;font-size:10px;color:#999;line-height:1.4">{sm}</td></tr>
</table>
</td></tr></table>
</body>
</html>
"""

def strip_tags(p):
    import re
    t = re.sub(r"<br\s*/?>", "\n", p)
    t = re.sub(r"</(p|li|tr|h\d)>", "\n", t)
    t = re.sub(r"<li[^>]*>", "- ", t)
    t = re.sub(r"<[^>]+>", "", t)
    return html.unescape(t).strip()

def text(shop, paras, footer, small):
    out = [shop.upper(), "=" * len(shop), ""]
    for p in paras:
        out.append(strip_tags(p) if p.startswith("<") else p)
        out.append("")
    out.append("-" * 40)
    out += footer
    out.append("")
    out += small
    return "\n".join(out) + "\n"

M = []
def add(**kw):
    M.append(kw)

# ---------------------------------------------------------------- ENGLISH
add(lang="en", client="feedbackflow", shop="Harrow & Pine Candle Co.", accent="#3b4a3f",
    frm="orders@harrowpine-candles.co", alias="q7wk3nd0zrl2xpa",
    subject="Question about the engraving on order 112-4830217-5591046",
    expect="legit", rules=[], classes=["made_to_order_question", "html_template"],
    note="Made-to-order question asking the buyer to confirm engraving text and spelling before production; order-related and needed.",
    paras=["Hello Megan,",
           "Thank you for order 112-4830217-5591046 (Personalised Amber Jar Candle, 14 oz, engraved lid).",
           "Before we pour your candle we need to confirm the engraving. The personalisation field in the order shows:\n\"Happy 10th Anniversary Dan & Lou - 11.03.16\"",
           "That is 47 characters, and the lid fits 40 at the size you chose. Could you reply here with either a shorter version, or let us know if you'd prefer the text over two lines in a smaller font?",
           "We'll hold the order until we hear back. If we don't hear from you within 3 days we will engrave it on two lines as written, so it still ships inside the estimated delivery window.",
           "Kind regards,\nRuth\nHarrow & Pine Candle Co."],
    footer=["Harrow & Pine Candle Co. | Unit 4, Millbrook Yard, Leeds"],
    small=["This message relates to Amazon order 112-4830217-5591046. Please reply via Amazon Buyer-Seller Messaging."])

add(lang="en", client="feedbackflow", shop="VoltNest Home", accent="#1d5e8c",
    frm="support@voltnest-home.com", alias="m2ta9ewkqp4bcxn",
    subject="Setup guide for your VoltNest SV-1100 sous vide - order 114-2290381-7734205",
    expect="legit", rules=[], classes=["product_use_guide", "html_template"],
    note="Product-use guide for a sous vide cooker with setup steps and a safety note; order-related product information.",
    paras=["Hi Jordan,",
           "Your VoltNest SV-1100 sous vide cooker (order 114-2290381-7734205) was delivered yesterday, so here are a few setup notes that people often ask us about:",
           "<ol><li>Clip the cooker to a pot at least 6 inches deep and fill water between the MIN and MAX lines on the sleeve.</li><li>Hold the dial for 3 seconds to switch between °F and °C (it ships in °F).</li><li>For steak at medium-rare, 131°F for 1.5 to 3 hours works well. Chicken breast: 145°F for 1.5 hours.</li><li>Use the double-seal bags that came in the box, or the water displacement method with any heavy zip bag.</li></ol>",
           "If the display shows E03, the water level is below MIN - top it up and the cooker restarts by itself.",
           "The full manual PDF is also available on the product page under \"Product guides and documents\".",
           "If anything isn't working as expected, just reply to this message and we'll help.",
           "Best,\nThe VoltNest Home team"],
    footer=["VoltNest Home - Customer Care"],
    small=["You received this message because you bought a VoltNest product on Amazon (order 114-2290381-7734205).",
           "Warranty: 24 months from date of delivery. Claims are handled through your Amazon order."])

add(lang="en", client="feedbackflow", shop="Bramble Kids Outfitters", accent="#8a4f7d",
    frm="hello@bramblekids-outfit.com", alias="h5rvzyc1ou8dle3",
    subject="Your review of order 113-6071842-9920317",
    expect="legit", rules=[], classes=["review_request_neutral", "html_template"],
    note="One neutral review request citing the order, asking for honest feedback without bias or incentive.",
    paras=["Hello,",
           "We hope the Bramble waterproof rain suit (size 4T, Sage) from order 113-6071842-9920317 is keeping your little one dry.",
           "Would you take a minute to share your experience with other parents by leaving a review on Amazon? Whatever your experience was, an honest review helps other buyers choose the right size and helps us improve.",
           "You can leave a review under Your Orders > Write a product review.",
           "Thanks,\nBramble Kids Outfitters"],
    footer=["Bramble Kids Outfitters"],
    small=["Order 113-6071842-9920317 | This is the only review request we will send for this order."])

add(lang="en", client="feedbackflow", shop="Calloway Print Supply", accent="#444444",
    frm="accounts@calloway-print.net", alias="z0pnfu6jx3aqtlg",
    subject="VAT invoice for order 111-3902745-0186623",
    expect="legit", rules=[], classes=["invoice_note", "html_template"],
    note="Invoice note telling a business buyer the VAT invoice has been uploaded to the Amazon order; order-related.",
    paras=["Dear Customer,",
           "The VAT invoice for order 111-3902745-0186623 (2 x CP-580XL toner cartridge, black) has been uploaded to your Amazon order.",
           "You can download it under Your Orders > Invoice. The invoice number is CPS-26-04418 and it shows your company name as entered at checkout (Hollins Dental Practice Ltd).",
           "If the company name or VAT number needs to be corrected, please reply to this message with the correct details and we'll reissue the invoice within one working day.",
           "Regards,\nAccounts team\nCalloway Print Supply"],
    footer=["Calloway Print Supply Ltd | Company no. 10488273 | VAT GB 318 2274 61"],
    small=["This is an automated notice regarding Amazon order 111-3902745-0186623."])

add(lang="en", client="feedbackflow", shop="Ostrander Outdoor", accent="#2f5d3a",
    frm="service@ostrander-outdoor.com", alias="k8dqbv2ymw7eosr",
    subject="Order 114-8802516-3340179: one item out of stock",
    expect="legit", rules=[], classes=["out_of_stock_notice", "html_template"],
    note="Out-of-stock notice: seller explains an item cannot ship and will be refunded through Amazon, without asking the buyer to cancel.",
    paras=["Hi Priya,",
           "I'm sorry - we've found that the Ostrander Trailhead 38L backpack in Slate Blue from order 114-8802516-3340179 is out of stock at our warehouse. A stock count error showed one unit that we don't actually have.",
           "The other item in your order (the rain cover) has shipped as normal.",
           "We have cancelled the backpack line on our side and Amazon will refund it to your original payment method, normally within 3-5 business days. You don't need to do anything.",
           "The backpack in Slate Blue is expected back in late January. The Charcoal version is in stock if you'd like that colour instead - it can be ordered on Amazon as usual.",
           "Apologies again for the inconvenience,\nMarcus\nOstrander Outdoor"],
    footer=["Ostrander Outdoor - Order support"],
    small=["Regarding Amazon order 114-8802516-3340179. Replies go through Amazon Buyer-Seller Messaging."])

add(lang="en", client="feedbackflow", shop="Greyline Furniture", accent="#5a4632",
    frm="deliveries@greyline-furniture.co", alias="w4lhs9cxe1tbvma",
    subject="Delivery booking needed - order 112-7154093-2268840",
    expect="legit", rules=[], classes=["delivery_notice", "html_template"],
    note="Delivery notice for a two-person freight delivery asking the buyer to choose a delivery day; needed to complete the order.",
    paras=["Hello Mr Okafor,",
           "Your Greyline Hayes 3-seater sofa (order 112-7154093-2268840) is ready to leave our warehouse. Because of its size (2.1 m, 68 kg boxed) it travels with our freight partner Northway Logistics as a two-person delivery.",
           "Northway deliver to your postcode on Tuesdays and Fridays. Please reply to this message with your preferred date from the list below:",
           "<ul><li>Tuesday 8 December</li><li>Friday 11 December</li><li>Tuesday 15 December</li></ul>",
           "Delivery is to the room of your choice on the ground or first floor. Please let us know if there are narrow stairs or a lift, so the drivers can plan.",
           "Thanks,\nGreyline Furniture deliveries"],
    footer=["Greyline Furniture"],
    small=["Order 112-7154093-2268840. Delivery dates are subject to carrier availability."])

add(lang="en", client="feedbackflow", shop="Kestrel Tea Merchants", accent="#6b2f2f",
    frm="orders@kestrel-tea.co", alias="p3nyd0flk6ujwsg",
    subject="Your tea is out for delivery - order 113-5518720-4409318",
    expect="violation", rules=["purpose.marketing"], classes=["delivery_notice", "html_template", "newsletter_footer"],
    note="Delivery notice whose template footer invites the buyer to subscribe to the shop newsletter for new blends and offers, which is marketing.",
    paras=["Hi Sam,",
           "Your order 113-5518720-4409318 (Kestrel Assam Breakfast loose leaf, 250 g and the glass infuser mug) is out for delivery with Evri today.",
           "If nobody is home, Evri will leave a card with a redelivery option.",
           "Brewing tip: 1 heaped teaspoon per cup, water just off the boil, 4 minutes.",
           "Cheers,\nKestrel Tea Merchants"],
    footer=["Kestrel Tea Merchants - Small-batch blends since 2009",
            "Love tea? Join the Kestrel Leaf Letter - new seasonal blends, tasting notes and subscriber-only offers every month. Just reply JOIN to this message."],
    small=["Regarding Amazon order 113-5518720-4409318."])

add(lang="en", client="feedbackflow", shop="Lumen & Loom Bedding", accent="#27476e",
    frm="care@lumenloom-bedding.com", alias="f9ezm1qwr5tpckd",
    subject="How are your new sheets? Order 111-9047362-6671254",
    expect="violation", rules=["review.biased_positive", "review.divert_negative"], classes=["review_request_biased", "html_template"],
    note="Review request that asks only happy buyers for a 5-star review and sends unhappy buyers to the seller instead of a review.",
    paras=["Hello Alex,",
           "It's been a week since your Lumen & Loom 400TC sateen sheet set (King, Ivory) arrived - order 111-9047362-6671254.",
           "<table role=\"presentation\" cellpadding=\"10\" style=\"border:1px solid #dddddd;width:100%\"><tr><td style=\"background:#eef5ee\"><b>Sleeping well?</b><br>If you love your sheets, we'd be so grateful for a 5-star review on Amazon. It really helps a small family business like ours.</td></tr><tr><td style=\"background:#fbf1f1\"><b>Not quite right?</b><br>Please don't leave a review yet - reply to this message first and we'll make it right for you.</td></tr></table>",
           "Warmly,\nNadia at Lumen & Loom"],
    footer=["Lumen & Loom Bedding"],
    small=["Order 111-9047362-6671254."])

add(lang="en", client="feedbackflow", shop="Fenwick Pet Supply", accent="#7a5b1e",
    frm="team@fenwickpetsupply.com", alias="c6rqu2ixb0hzvlm",
    subject="Thank you for your order 114-0639281-8852037",
    expect="violation", rules=["purpose.thank_you_only", "contact.off_platform", "purpose.marketing"], classes=["thank_you_only", "html_template", "social_footer"],
    note="Message sent only to thank the buyer, with a footer of social network names and handles inviting the buyer to follow the shop off Amazon.",
    paras=["Hi there,",
           "Thank you so much for choosing Fenwick Pet Supply for your order 114-0639281-8852037. We really appreciate your business and hope Biscuit enjoys the new orthopaedic bed!",
           "Thanks again,\nThe Fenwick team"],
    footer=["FOLLOW US:  [Facebook] FenwickPetSupply  |  [Instagram] @fenwick.pets  |  [TikTok] @fenwickpets",
            "Tag us in your pet photos for a chance to be featured!"],
    small=["Fenwick Pet Supply LLC, 2290 Harlan Rd, Dayton OH. Order 114-0639281-8852037."])

add(lang="en", client="feedbackflow", shop="Northgate Cycle Parts", accent="#222222",
    frm="dispatch@northgate-cycleparts.com", alias="t1bkwp8nadz3ghu",
    subject="Order 112-3370845-1196402 has shipped",
    expect="violation", rules=["purpose.shipping_confirmation"], classes=["shipping_confirmation_only", "html_template"],
    note="Message that only confirms the order has shipped, which Amazon already tells the buyer; no question or needed information.",
    paras=["Hello Chris,",
           "Good news - your order 112-3370845-1196402 (Northgate 11-speed chain, 116 links) has been dispatched today and is on its way.",
           "Carrier: UPS\nEstimated delivery: Thursday 19 November",
           "Regards,\nNorthgate Cycle Parts dispatch"],
    footer=["Northgate Cycle Parts"],
    small=["Automated dispatch notification for Amazon order 112-3370845-1196402."])

# ---------------------------------------------------------------- GERMAN
add(lang="de", client="sellerpilot", shop="Holzwerk Brenner", accent="#5b3a1e",
    frm="service@holzwerk-brenner.de", alias="r7mxq2ldw0yvkae",
    subject="Frage zu Ihrer Gravur – Bestellung 302-5819034-7720461",
    expect="legit", rules=[], classes=["made_to_order_question", "html_template"],
    note="Rückfrage zu einem Maßanfertigungs-Schneidebrett (Gravurtext und Schriftart) vor der Fertigung; bestellbezogen und notwendig.",
    paras=["Guten Tag Frau Albers,",
           "vielen Dank für Ihre Bestellung 302-5819034-7720461 (Schneidebrett Eiche, 40 x 25 cm, mit Gravur).",
           "Im Personalisierungsfeld steht „Familie Albers – seit 1998“. Bitte bestätigen Sie uns kurz:",
           "<ul><li>Schriftart: Serif (Standard) oder Schreibschrift?</li><li>Soll die Gravur mittig oder unten rechts sitzen?</li></ul>",
           "Sobald wir Ihre Antwort haben, geht das Brett in die Fertigung (ca. 3 Werktage). Ohne Rückmeldung bis Donnerstag gravieren wir mittig in Serif.",
           "Freundliche Grüße\nJonas Brenner\nHolzwerk Brenner"],
    footer=["Holzwerk Brenner · Inh. Jonas Brenner · Am Sägewerk 7 · 87471 Durach"],
    small=["Diese Nachricht betrifft Ihre Amazon-Bestellung 302-5819034-7720461. Bitte antworten Sie über das Amazon-Nachrichtencenter."])

add(lang="de", client="sellerpilot", shop="Ölmühle Tannenried", accent="#6d6a1f",
    frm="kundenservice@oelmuehle-tannenried.de", alias="g3ukv8npt1rwzsj",
    subject="Anwendungshinweise Hartwachsöl – Bestellung 306-2047718-3395102",
    expect="legit", rules=[], classes=["product_use_guide", "html_template"],
    note="Anwendungshinweise für ein Hartwachsöl inklusive Sicherheitshinweis zu ölgetränkten Lappen; bestellbezogene Produktinformation.",
    paras=["Hallo Herr Demir,",
           "Ihr Hartwachsöl „Natur farblos“ (750 ml, Bestellung 306-2047718-3395102) sollte inzwischen angekommen sein. Damit das Ergebnis gelingt, hier die wichtigsten Schritte:",
           "<ol><li>Holz mit Körnung 120, dann 180 schleifen und gründlich entstauben.</li><li>Öl dünn mit einem fusselfreien Tuch oder Pinsel auftragen, 15–20 Minuten einziehen lassen.</li><li>Überschuss vollständig abnehmen – sonst bleibt die Oberfläche klebrig.</li><li>Nach 12 Stunden einen zweiten, sehr dünnen Auftrag.</li></ol>",
           "Wichtig: Ölgetränkte Lappen können sich selbst entzünden. Bitte ausgebreitet trocknen lassen oder in einem verschlossenen Glas mit Wasser entsorgen.",
           "Bei Fragen zur Verarbeitung antworten Sie einfach auf diese Nachricht.",
           "Viele Grüße\nIhr Team der Ölmühle Tannenried"],
    footer=["Ölmühle Tannenried GmbH · Riedweg 3 · 94234 Viechtach"],
    small=["Sie erhalten diese Nachricht im Zusammenhang mit Ihrer Amazon-Bestellung 306-2047718-3395102.",
           "Sicherheitsdatenblatt auf Anfrage über das Amazon-Nachrichtencenter."])

add(lang="de", client="sellerpilot", shop="Bürobedarf Kaltenbach", accent="#1f3f6d",
    frm="buchhaltung@kaltenbach-buero.de", alias="b0wyx5hcm9qlaft",
    subject="Ihre Rechnung zur Bestellung 304-7736120-0518847",
    expect="legit", rules=[], classes=["invoice_note", "html_template"],
    note="Rechnungshinweis: Rechnung mit ausgewiesener MwSt. wurde zur Amazon-Bestellung hochgeladen; bestellbezogen.",
    paras=["Sehr geehrte Damen und Herren,",
           "die Rechnung RE-2026-11873 zu Ihrer Bestellung 304-7736120-0518847 (5 x Aktenvernichter-Öl 350 ml, 2 x Laminierfolien A4 125 mic) steht ab sofort in Ihrem Amazon-Konto unter „Meine Bestellungen“ > „Rechnung“ zum Download bereit.",
           "Die Mehrwertsteuer (19 %) ist gesondert ausgewiesen. Falls Sie eine Rechnung auf eine abweichende Firmenanschrift benötigen, teilen Sie uns die vollständige Anschrift bitte über diese Nachricht mit.",
           "Mit freundlichen Grüßen\nBuchhaltung\nBürobedarf Kaltenbach e.K."],
    footer=["Bürobedarf Kaltenbach e.K. · Industriestr. 41 · 72766 Reutlingen",
            "USt-IdNr. DE 284 117 903 · Amtsgericht Stuttgart HRA 731228"],
    small=["Automatisch erstellte Nachricht zur Amazon-Bestellung 304-7736120-0518847."])

add(lang="de", client="sellerpilot", shop="Gartenmöbel Lindqvist", accent="#2e5e4e",
    frm="versand@lindqvist-gartenmoebel.de", alias="s4jtn6ebr2kwdmo",
    subject="Lieferverzögerung Ihrer Bestellung 303-9950264-1187730",
    expect="legit", rules=[], classes=["delay_notice", "html_template"],
    note="Verzögerungshinweis mit Grund, neuem Versandtermin und Speditionsangabe; notwendige bestellbezogene Information.",
    paras=["Guten Tag Frau Kowalczyk,",
           "leider müssen wir Ihnen mitteilen, dass sich die Lieferung Ihrer Bestellung 303-9950264-1187730 (Lounge-Set „Visby“, 4-teilig, anthrazit) verzögert. Der Container mit den Sitzkissen ist im Hamburger Hafen später entladen worden als geplant.",
           "Neuer voraussichtlicher Versandtermin: 2. Dezember 2026. Die Zustellung erfolgt dann per Spedition Rhenus Home Delivery, die sich vorab telefonisch zur Terminabsprache bei Ihnen meldet.",
           "Die Bestellung bleibt selbstverständlich bestehen; Sie müssen nichts weiter tun. Wir bitten die Verzögerung zu entschuldigen.",
           "Mit freundlichen Grüßen\nTobias Lindqvist"],
    footer=["Gartenmöbel Lindqvist · Hafenstraße 12 · 24937 Flensburg"],
    small=["Diese Benachrichtigung bezieht sich auf Ihre Amazon-Bestellung 303-9950264-1187730."])

add(lang="de", client="sellerpilot", shop="Küchenprofi Arnold", accent="#8b1e1e",
    frm="info@kuechenprofi-arnold.de", alias="e8plc3zqo7vnwuy",
    subject="Ersatzdichtung für Ihren Schnellkochtopf – Bestellung 305-3341879-6620983",
    expect="legit", rules=[], classes=["order_follow_up", "html_template"],
    note="Bestellbezogenes Follow-up: fehlende Ersatzdichtung wird nachgeliefert, mit Hinweis zur richtigen Montage.",
    paras=["Hallo Herr Schulte,",
           "bei der Kontrolle unserer Packlisten ist uns aufgefallen, dass in Ihrem Paket zur Bestellung 305-3341879-6620983 (Schnellkochtopf „Arnold Pro“ 6 l) die mitgelieferte Ersatzdichtung gefehlt haben könnte.",
           "Wir haben die Dichtung heute kostenlos per Deutsche Post Warensendung nachgeschickt. Sie sollte in 2–4 Werktagen bei Ihnen sein.",
           "Hinweis zur Montage: Die Dichtung mit der beschrifteten Seite nach oben einlegen und einmal rundum andrücken, bis sie unter allen Haltenasen sitzt.",
           "Beste Grüße\nKüchenprofi Arnold – Kundenservice"],
    footer=["Küchenprofi Arnold GmbH · Kundenservice"],
    small=["Bestellung 305-3341879-6620983 · Antworten bitte über Amazon."])

add(lang="de", client="sellerpilot", shop="Fliesen & Bad Möller", accent="#3a5a7a",
    frm="auftrag@fliesen-moeller.de", alias="y2hfa7rdu4gximc",
    subject="Anlieferung per Spedition – Bestellung 302-0189437-5546618",
    expect="legit", rules=[], classes=["delivery_notice", "html_template"],
    note="Lieferavis für eine Palettenlieferung mit Bordsteinkante-Hinweis und Bitte um Angabe von Zufahrtsbeschränkungen; notwendige Lieferinformation.",
    paras=["Sehr geehrter Herr Vogt,",
           "Ihre Bestellung 302-0189437-5546618 (18 m² Feinsteinzeug „Ardesia“ 60 x 60, grau, ca. 430 kg) wird auf einer Palette per Spedition Dachser angeliefert.",
           "Bitte beachten Sie: Die Lieferung erfolgt frei Bordsteinkante, ohne Hubwagen-Transport in Garage oder Keller. Der Fahrer kündigt sich am Vortag an.",
           "Gibt es Einschränkungen bei der Zufahrt (z. B. Sackgasse, keine Wendemöglichkeit für 12-Tonner, Gewichtsbeschränkung)? Dann antworten Sie uns bitte hier, damit wir ein kleineres Fahrzeug beauftragen können.",
           "Mit freundlichen Grüßen\nAuftragsabwicklung Fliesen & Bad Möller"],
    footer=["Fliesen & Bad Möller GmbH & Co. KG · Gewerbepark Süd 9 · 49074 Osnabrück"],
    small=["Hinweis: Bitte prüfen Sie die Ware bei Anlieferung auf sichtbare Transportschäden und vermerken Sie diese auf dem Lieferschein.",
           "Amazon-Bestellung 302-0189437-5546618."])

add(lang="de", client="sellerpilot", shop="Kaffeerösterei Haberland", accent="#4a2c17",
    frm="service@haberland-roestet.de", alias="n6vdk1ojs8fyqpe",
    subject="Tipps für Ihren Espresso – Bestellung 306-8824016-2273359",
    expect="violation", rules=["purpose.marketing"], classes=["product_use_guide", "html_template", "discount_next_order"],
    note="Zubereitungstipps zum Kaffee, aber im P.S. ein 10-%-Gutscheincode für die nächste Bestellung, also Werbung.",
    paras=["Hallo Frau Neumann,",
           "danke für Ihre Bestellung 306-8824016-2273359 (Espresso „Nordstern“, 1 kg ganze Bohne). Damit Ihr erster Espresso gelingt:",
           "<ul><li>Mahlgrad fein, etwa wie Puderzucker – bei Siebträgern mit Druckmanometer Ziel 9 bar.</li><li>18 g Kaffee, 36 g Espresso in 25–30 Sekunden.</li><li>Die Bohnen nach dem Öffnen luftdicht und dunkel lagern, nicht im Kühlschrank.</li></ul>",
           "Herzliche Grüße aus der Rösterei\nIhr Haberland-Team",
           "P.S. Als Dankeschön erhalten Sie mit dem Code HABERLAND10 10 % Rabatt auf Ihre nächste Bestellung – gültig bis 31.12.2026."],
    footer=["Kaffeerösterei Haberland · Röststraße 4 · 01099 Dresden"],
    small=["Amazon-Bestellung 306-8824016-2273359."])

add(lang="de", client="sellerpilot", shop="Technikwelt Sander", accent="#234",
    frm="noreply@technikwelt-sander.de", alias="u9cxe4mwb3lrtan",
    subject="Rechnungsstellung zu Bestellung 304-4470532-9918264",
    expect="violation", rules=["purpose.marketing"], classes=["invoice_note", "html_template", "reply_stop", "newsletter_footer"],
    note="Rechnungshinweis, dessen Fußzeile Neuheiten und Angebote per Nachricht ankündigt und ein 'STOP antworten' zur Abmeldung anbietet, also Werbeverteiler.",
    paras=["Guten Tag Herr Yilmaz,",
           "die Rechnung zu Ihrer Bestellung 304-4470532-9918264 (USB-C Dockingstation TS-9, 1 Stück) wurde in Ihr Amazon-Konto hochgeladen und ist unter „Meine Bestellungen“ abrufbar.",
           "Mit freundlichen Grüßen\nTechnikwelt Sander"],
    footer=["Technikwelt Sander · Elektronik & Zubehör",
            "Sie erhalten von uns gelegentlich Informationen zu Neuheiten und Angeboten. Antworten Sie mit STOP, wenn Sie keine weiteren Nachrichten wünschen."],
    small=["Bestellung 304-4470532-9918264 · Technikwelt Sander e.K. · Bahnhofstr. 88 · 33602 Bielefeld"])

add(lang="de", client="sellerpilot", shop="Strickerei Hallmann", accent="#7d3c5e",
    frm="kontakt@strickerei-hallmann.de", alias="a5ogt2zxk9pdwhr",
    subject="Danke für Ihren Einkauf! Bestellung 303-6612908-4407715",
    expect="violation", rules=["purpose.thank_you_only"], classes=["thank_you_only", "html_template"],
    note="Nachricht, die nur für den Kauf dankt und keine bestellrelevante Information oder Frage enthält.",
    paras=["Liebe Frau Brandt,",
           "herzlichen Dank, dass Sie sich für unsere Merinowolle-Mütze „Fjell“ entschieden haben (Bestellung 303-6612908-4407715)!",
           "Jedes Stück wird in unserer kleinen Strickerei im Erzgebirge gefertigt, und wir freuen uns über jede einzelne Bestellung.",
           "Wir wünschen Ihnen einen warmen Winter!\nIhre Familie Hallmann"],
    footer=["Strickerei Hallmann · seit 1962"],
    small=["Amazon-Bestellung 303-6612908-4407715."])

add(lang="de", client="sellerpilot", shop="Lampenhaus Ebert", accent="#b08a1e",
    frm="service@lampenhaus-ebert.de", alias="j1qwn7fsy0mcuze",
    subject="Wie gefällt Ihnen Ihre neue Leuchte? Bestellung 305-1198374-8830546",
    expect="violation", rules=["review.biased_positive"], classes=["review_request_biased", "html_template"],
    note="Bewertungsanfrage, die ausdrücklich nur zufriedene Käufer um eine 5-Sterne-Bewertung bittet.",
    paras=["Guten Tag Herr Fischer,",
           "Ihre Stehleuchte „Arco Mini“ (Bestellung 305-1198374-8830546) ist vor einigen Tagen bei Ihnen angekommen.",
           "Wenn Sie mit der Leuchte zufrieden sind, würden wir uns sehr über eine 5-Sterne-Bewertung auf Amazon freuen. Als kleiner Händler sind wir auf positive Bewertungen angewiesen.",
           "Hinweis: Das Leuchtmittel (E27, max. 60 W bzw. LED 9 W) ist nicht im Lieferumfang enthalten.",
           "Mit freundlichen Grüßen\nLampenhaus Ebert"],
    footer=["Lampenhaus Ebert · Lichtplanung & Leuchten"],
    small=["Amazon-Bestellung 305-1198374-8830546."])

# ---------------------------------------------------------------- SPANISH
add(lang="es", client="vendebot", shop="Cerámica Alborada", accent="#a0522d",
    frm="pedidos@ceramica-alborada.es", alias="l3rbk8vxn2qthdo",
    subject="Pregunta sobre tu taza personalizada - pedido 407-2284619-5530172",
    expect="legit", rules=[], classes=["made_to_order_question", "html_template"],
    note="Pregunta de un pedido hecho a mano: confirmar nombre y color del esmalte antes de cocer la pieza; necesaria para el pedido.",
    paras=["Hola Lucía:",
           "Gracias por tu pedido 407-2284619-5530172 (taza de cerámica pintada a mano con nombre).",
           "Antes de pintarla necesitamos confirmar dos cosas, porque en la personalización aparece solo \"Maite\":",
           "<ul><li>¿El nombre va con tilde o sin ella? (\"Maite\" / \"Maité\")</li><li>¿Prefieres el esmalte azul cobalto (el de la foto) o verde oliva?</li></ul>",
           "Cada taza se cuece dos veces, así que en cuanto nos respondas tarda unos 5 días laborables en salir. Si no tenemos respuesta el lunes, la haremos como en la foto.",
           "Un saludo,\nAna\nCerámica Alborada"],
    footer=["Cerámica Alborada · Taller en Manises (Valencia)"],
    small=["Este mensaje se refiere a tu pedido de Amazon 407-2284619-5530172. Responde a través de la mensajería de Amazon."])

add(lang="es", client="vendebot", shop="CafeTec Ibérica", accent="#3e2723",
    frm="soporte@cafetec-iberica.es", alias="d7mzs0hfq4wpeyc",
    subject="Guía de uso de tu cafetera CT-30 - pedido 403-9165027-1748836",
    expect="legit", rules=[], classes=["product_use_guide", "html_template"],
    note="Guía de uso y descalcificación de una cafetera; información de producto relacionada con el pedido.",
    paras=["Hola Javier:",
           "Tu cafetera superautomática CT-30 (pedido 403-9165027-1748836) ya está entregada. Te dejamos unos consejos para la primera puesta en marcha:",
           "<ol><li>Antes del primer café, haz dos ciclos de enjuague con el botón de agua caliente.</li><li>Ajusta la dureza del agua en el menú (Ajustes > Agua). La tira de prueba viene en la caja.</li><li>El molinillo solo se regula con el aparato funcionando, un punto cada vez.</li></ol>",
           "Cuando se encienda el piloto naranja, toca descalcificar: usa descalcificador líquido para cafeteras, nunca vinagre, porque daña las juntas.",
           "Si tienes cualquier duda con la cafetera, contesta a este mensaje y te ayudamos.",
           "Saludos,\nEquipo CafeTec Ibérica"],
    footer=["CafeTec Ibérica S.L. · Servicio técnico"],
    small=["Garantía de 3 años según la legislación vigente. Pedido de Amazon 403-9165027-1748836."])

add(lang="es", client="vendebot", shop="Textil Miravalles", accent="#2c6e63",
    frm="atencion@textil-miravalles.es", alias="o4xgw9lpb1ksnvr",
    subject="Retraso en el envío del pedido 408-5520394-0067281",
    expect="legit", rules=[], classes=["delay_notice", "html_template"],
    note="Aviso de retraso con nueva fecha estimada y motivo; información necesaria sobre el pedido.",
    paras=["Estimada Sra. Ortega:",
           "Le escribimos porque el juego de sábanas de lino lavado (150 cm, color arena) de su pedido 408-5520394-0067281 saldrá con algo de retraso. El tinte de este lote no pasó nuestro control de calidad y lo estamos reponiendo.",
           "Nueva fecha de envío prevista: 27 de noviembre. Se entregará con SEUR en 24-48 h desde el envío.",
           "No tiene que hacer nada; el pedido sigue activo. Disculpe las molestias.",
           "Atentamente,\nDepartamento de pedidos\nTextil Miravalles"],
    footer=["Textil Miravalles S.L. · Polígono Les Teixidores, nave 3 · Ontinyent"],
    small=["Pedido de Amazon 408-5520394-0067281."])

add(lang="es", client="vendebot", shop="Ferretería Garmendia", accent="#c65d00",
    frm="facturas@ferreteria-garmendia.es", alias="i2tnc5yzf8ombqe",
    subject="Factura de su pedido 402-7749301-3325908",
    expect="legit", rules=[], classes=["invoice_note", "html_template"],
    note="Nota de factura: la factura con IVA está subida al pedido de Amazon y se pide confirmar el NIF; relacionado con el pedido.",
    paras=["Buenos días:",
           "Le informamos de que la factura F-2026-03917 de su pedido 402-7749301-3325908 (taladro percutor 18 V con 2 baterías) ya está disponible en su cuenta de Amazon, en Mis pedidos > Factura.",
           "Hemos visto que en el pedido no figura NIF/CIF. Si necesita factura completa a nombre de una empresa o autónomo, respóndanos por este mismo canal con el nombre fiscal y el NIF y la emitimos de nuevo.",
           "Un saludo,\nAdministración\nFerretería Garmendia"],
    footer=["Ferretería Garmendia S.A. · CIF A-20518376 · Tolosa (Gipuzkoa)"],
    small=["Mensaje automático relacionado con el pedido de Amazon 402-7749301-3325908."])

add(lang="es", client="vendebot", shop="Juguetes Arcoíris", accent="#d14b8f",
    frm="pedidos@juguetes-arcoiris.es", alias="v0kde6uqh3jwxml",
    subject="Pedido 405-3018265-9941702: un artículo sin stock",
    expect="legit", rules=[], classes=["out_of_stock_notice", "html_template"],
    note="Aviso de falta de stock: el vendedor envía lo disponible y reembolsa el resto por Amazon sin pedir al comprador que cancele.",
    paras=["Hola Marcos:",
           "Sentimos comunicarte que el puzle de madera \"Mapa de España\" (200 piezas) de tu pedido 405-3018265-9941702 se ha agotado y el fabricante no lo repone hasta febrero.",
           "El resto del pedido (el juego de construcción magnético de 64 piezas) sale hoy con Correos Express.",
           "Hemos anulado el puzle por nuestra parte y Amazon te devolverá su importe en el mismo método de pago en unos días. No tienes que hacer nada.",
           "Perdona las molestias,\nJuguetes Arcoíris"],
    footer=["Juguetes Arcoíris · Zaragoza"],
    small=["Pedido de Amazon 405-3018265-9941702."])

add(lang="es", client="vendebot", shop="Bolsos Valdecañas", accent="#5d4037",
    frm="hola@bolsos-valdecanas.es", alias="x8flq1sgv6zrack",
    subject="Tu bolso llegará unos días más tarde - pedido 406-6624170-2203591",
    expect="violation", rules=["contact.off_platform", "purpose.marketing"], classes=["delay_notice", "html_template", "social_footer"],
    note="Aviso de retraso legítimo en sí, pero el pie de plantilla invita a seguir a la tienda en Instagram y Facebook, fuera de Amazon.",
    paras=["Hola Carmen:",
           "Tu bolso bandolera de piel \"Alba\" (color cuero, pedido 406-6624170-2203591) se está terminando en nuestro taller y saldrá el 1 de diciembre en lugar del 26 de noviembre. El proveedor nos entregó tarde los herrajes.",
           "Llegará con MRW en 24-72 h desde el envío. Perdona el retraso.",
           "Un abrazo,\nEl taller de Valdecañas"],
    footer=["Síguenos y descubre las novedades antes que nadie:",
            "Instagram: @bolsosvaldecanas  ·  Facebook: /BolsosValdecanas  ·  Pinterest: valdecanas_taller"],
    small=["Bolsos Valdecañas · Ubrique (Cádiz) · Pedido 406-6624170-2203591"])

add(lang="es", client="vendebot", shop="Electrohogar Duero", accent="#0d47a1",
    frm="envios@electrohogar-duero.es", alias="e3wmp7tyk0bnhsi",
    subject="Tu pedido 404-1152837-6608419 ha sido enviado",
    expect="violation", rules=["purpose.shipping_confirmation"], classes=["shipping_confirmation_only", "html_template"],
    note="Mensaje que solo confirma el envío del pedido, sin ninguna información adicional necesaria.",
    paras=["Hola:",
           "¡Buenas noticias! Tu pedido 404-1152837-6608419 (hervidor eléctrico inox 1,7 L) ya ha salido de nuestro almacén.",
           "Transportista: GLS\nEntrega estimada: 2-3 días laborables.",
           "Gracias por confiar en Electrohogar Duero.\nUn saludo"],
    footer=["Electrohogar Duero · Valladolid"],
    small=["Notificación automática de envío del pedido de Amazon 404-1152837-6608419."])

add(lang="es", client="vendebot", shop="Cosmética Natural Alisea", accent="#6a8e4e",
    frm="clientes@alisea-natural.es", alias="r6uja2cmx9tfozw",
    subject="¿Qué tal tu sérum? Pedido 407-8836041-1129574",
    expect="violation", rules=["purpose.marketing"], classes=["order_follow_up", "html_template", "discount_next_order"],
    note="Seguimiento de pedido con consejos de uso, pero con un bloque de plantilla que ofrece un cupón del 15 % para la próxima compra.",
    paras=["Hola Elena:",
           "Esperamos que estés contenta con tu sérum de vitamina C al 15 % (30 ml, pedido 407-8836041-1129574).",
           "Un par de consejos: aplícalo por la mañana sobre la piel limpia, 3-4 gotas, y usa siempre protector solar después. Guárdalo lejos de la luz; si cambia a un color ámbar oscuro, ya ha perdido eficacia.",
           "<table role=\"presentation\" cellpadding=\"12\" style=\"width:100%;border:2px dashed #6a8e4e;text-align:center\"><tr><td><b>REGALO PARA TU PRÓXIMA COMPRA</b><br>15 % de descuento con el código ALISEA15<br><span style=\"font-size:11px\">Válido hasta el 15/01/2027</span></td></tr></table>",
           "Un saludo,\nEquipo Alisea"],
    footer=["Cosmética Natural Alisea · Hecho en Granada"],
    small=["Pedido de Amazon 407-8836041-1129574."])

add(lang="es", client="vendebot", shop="Deportes Cumbre", accent="#263238",
    frm="tienda@deportes-cumbre.es", alias="w5pzo8dnb4lcuga",
    subject="Talla agotada en tu pedido 403-4408126-7795063",
    expect="violation", rules=["purpose.marketing"], classes=["out_of_stock_notice", "html_template", "newsletter_footer"],
    note="Aviso de falta de stock correcto, pero el pie invita a suscribirse al boletín de la tienda para recibir ofertas y novedades.",
    paras=["Hola Daniel:",
           "Lamentamos informarte de que las zapatillas de trail \"Cumbre TR-4\" en talla 44,5 de tu pedido 403-4408126-7795063 se han agotado por un error de inventario.",
           "Hemos cancelado la línea y Amazon te reembolsará el importe completo en unos días. No necesitas hacer nada.",
           "Disculpa las molestias,\nDeportes Cumbre"],
    footer=["Deportes Cumbre · Material de montaña",
            "¿Quieres ser el primero en enterarte de las reposiciones, rebajas y nuevas colecciones? Suscríbete a nuestro boletín respondiendo BOLETÍN a este mensaje."],
    small=["Pedido de Amazon 403-4408126-7795063."])

add(lang="es", client="vendebot", shop="Iluminación Candela", accent="#f9a825",
    frm="soporte@iluminacion-candela.es", alias="g1ytv4hrk7msxwe",
    subject="Tu opinión sobre el pedido 408-2267930-4416085",
    expect="violation", rules=["review.divert_negative"], classes=["review_request_divert", "html_template"],
    note="Solicitud de reseña con una posdata que pide a los compradores con problemas escribir al vendedor antes de dejar una reseña.",
    paras=["Hola Raúl:",
           "Tu tira LED de 5 m con mando (pedido 408-2267930-4416085) se entregó hace unos días. ¿Nos dejarías una reseña en Amazon contando tu experiencia?",
           "Puedes hacerlo desde Mis pedidos > Escribir una opinión sobre el producto.",
           "Gracias y un saludo,\nIluminación Candela",
           "P.D.: Si algo no ha ido bien con la tira, por favor escríbenos antes de publicar tu opinión y lo solucionamos enseguida, así no hace falta dejar una reseña negativa."],
    footer=["Iluminación Candela · Atención al cliente"],
    small=["Pedido de Amazon 408-2267930-4416085."])

# ---------------------------------------------------------------- build
def main():
    os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
    base = datetime(2026, 11, 9, 7, 12, tzinfo=timezone.utc)
    tz = {"en": timezone(timedelta(hours=-5)), "de": timezone(timedelta(hours=1)), "es": timezone(timedelta(hours=1))}
    labels = []
    for i, m in enumerate(M, 1):
        mid = f"w129-{i:04d}"
        msg = EmailMessage()
        dom = m["frm"].split("@")[1]
        msg["From"] = f"{m['shop']} <{m['frm']}>"
        msg["To"] = f"{m['alias']}@{DOM[m['lang']]}"
        msg["Subject"] = m["subject"]
        d = (base + timedelta(days=i * 1.37, minutes=i * 47)).astimezone(tz[m["lang"]])
        msg["Date"] = format_datetime(d)
        msg["Message-ID"] = f"<{d.strftime('%Y%m%d%H%M%S')}.{i:04d}.tpl@{dom}>"
        msg["X-Mailer"] = {"feedbackflow": "FeedbackFlow Automations 4.2",
                           "sellerpilot": "SellerPilot Nachrichten-Automatik 2.8",
                           "vendebot": "VendeBot Plantillas 1.9"}[m["client"]]
        msg.set_content(text(m["shop"], m["paras"], m["footer"], m["small"]), charset="utf-8", cte="quoted-printable")
        msg.add_alternative(page(m["shop"], m["accent"], m["paras"], m["footer"], m["small"], m["lang"]),
                            subtype="html", charset="utf-8", cte="quoted-printable")
        with open(os.path.join(OUT, "messages", mid + ".eml"), "wb") as f:
            f.write(msg.as_bytes())
        labels.append({"id": mid, "file": f"messages/{mid}.eml", "lang": m["lang"], "client": m["client"],
                       "kind": "proactive", "split": "dev", "expect": m["expect"], "rules": m["rules"],
                       "classes": m["classes"], "note": m["note"]})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
