#!/usr/bin/env python3
"""Generate the w154 messages and labels (cross-border sellers writing in a non-native language)."""
import json, random, html
from pathlib import Path
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import policy
from datetime import datetime, timezone, timedelta

ROOT = Path(__file__).resolve().parent.parent
MSG = ROOT / "messages"
MSG.mkdir(parents=True, exist_ok=True)
rnd = random.Random(154)

def alias():
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))

DOM = {"en": "marketplace.amazon.co.uk", "en_us": "marketplace.amazon.com",
       "de": "marketplace.amazon.de", "es": "marketplace.amazon.es"}

CLIENT_HDR = {
    "zendesk": [("X-Mailer", "Zendesk Mailer")],
    "freshdesk": [("X-Mailer", "Freshdesk")],
    "edesk": [("X-Mailer", "eDesk")],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "gmail": [],
    "plain": [],
}

def pdf_bytes(title, lines):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for ln in lines:
        pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())

def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + "\n".join(out) + "\n</body></html>"

labels = []
n = 0
# day of November 2026 on which each message is sent (after any quoted buyer message)
SEND_DAY = dict(enumerate([3, 6, 8, 12, 9, 17, 19, 20, 24, 12,
                           3, 6, 10, 10, 8, 12, 14, 18, 7, 18,
                           5, 10, 16, 18, 23, 25, 25, 20, 30, 21], start=1))

def add(lang, client, kind, expect, rules, classes, note, sender, subject, body,
        quote=None, quote_html=None, html_body=None, attach=None, dom=None, extra_html_only=False):
    global n
    n += 1
    mid = f"w154-{n:04d}"
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = sender
    m["To"] = f"{alias()}@{dom or DOM[lang]}"
    m["Subject"] = subject
    day = SEND_DAY[n]
    dt = datetime(2026, 11, day, 7, 0, tzinfo=timezone.utc) + timedelta(hours=rnd.randint(0, 9), minutes=rnd.randint(0, 59))
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = make_msgid(idstring=mid, domain=sender.split("@")[1].rstrip(">"))
    m["MIME-Version"] = "1.0"
    for k, v in CLIENT_HDR[client]:
        m[k] = v
    text = body if quote is None else body.rstrip("\n") + "\n\n" + quote
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    if html_body is not None or client in ("gmail", "outlook", "zendesk") and not extra_html_only:
        hb = html_body if html_body is not None else to_html(body)
        if quote_html:
            hb = hb.replace("</body></html>", quote_html + "\n</body></html>")
        elif quote and html_body is None:
            hb = hb.replace("</body></html>",
                "<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
                + "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in quote.split("\n")) + "</blockquote>\n</body></html>")
        m.add_alternative(hb, subtype="html", charset="utf-8", cte="quoted-printable")
    if attach:
        fname, data = attach
        if m.get_content_type() != "multipart/mixed":
            m.make_mixed()
        m.add_attachment(data, maintype="application", subtype="pdf", filename=fname)
    (MSG / f"{mid}.eml").write_bytes(m.as_bytes())
    labels.append({"id": mid, "file": f"messages/{mid}.eml", "lang": lang, "client": client,
                   "kind": kind, "split": "dev", "expect": expect, "rules": rules if expect == "violation" else [],
                   "classes": classes, "note": note})

# ------------------------------------------------------------------ English
S1 = "Kinetra Tech Support <support@kinetra-tech.com>"
add("en", "zendesk", "reply", "legit", [], ["product_question", "non_native", "quoted_history"],
    "Shenzhen seller answers in broken English whether a USB-C hub works with the buyer's MacBook; purely product information.",
    S1, "Re: Question about 7-in-1 USB-C Hub (Order 204-8817362-5521930)",
"""Dear Customer,

Thank you very much for your message and for kindly choose our product.

About your question: yes, the 7-in-1 hub is support MacBook Air M2, the HDMI port can give 4K at 30Hz. For 4K 60Hz it is not possible with this model, sorry for this. The PD port can charge your Mac with maximum 85W, please use the original Apple charger 96W or 67W.

If the screen is black when you connect, please kindly first connect the HDMI cable to the monitor, then insert the hub into the Mac. Some monitor need this order.

For your order 204-8817362-5521930 everything is normal, the hub was delivered on Monday.

Wish you have a nice day.

Best regards
Lily
Kinetra Tech Customer Service""",
    quote="""----- Original message -----
From: Amazon customer
Sent: 02 Nov 2026 21:14
> Hello, I bought your hub. Does it work with MacBook Air M2 and a 4K monitor at 60 Hz? Thanks, Graham""")

add("en", "plain", "proactive", "violation", ["review.biased_positive"], ["review_request", "positive_only", "non_native"],
    "Proactive message asking the buyer to 'do the needful and give us good star' only if satisfied; asks specifically for a positive review.",
    "Orvanto Store <care@orvanto-store.co.uk>", "About your order 026-3391827-7710452 for Bluetooth Earbuds",
"""Hello dear friend,

Greeting from Orvanto team! Your Bluetooth Earbuds T19 in order 026-3391827-7710452 is arrived to you some days before, we hope you are like it very much.

We are small family company and the good star is very very important for us. Kindly do the needful and give us good star (5 star) review on Amazon, it help us to grow.

If you have any thing not satisfy, please tell to us and we will solve.

Thanks and regards
Orvanto Customer Care Team""", dom=DOM["en"])

add("en", "gmail", "reply", "violation", ["review.divert_negative", "contact.email_address"],
    ["defect", "divert_negative", "email_address", "non_native", "quoted_history"],
    "Reply to a broken charger complaint asks the buyer to contact the seller first 'before any bad comment' and to write to a private e-mail address.",
    "Voltrix Support <help@voltrix-power.com>", "Re: Charger stopped working - Order 114-2049188-3306172",
"""Hi Michael,

So sorry to hear this, we are very apologize for the trouble.

Please contact to us first before any bad comment, we can always solve the problem for you. For faster service you can write direct to our after-sale mailbox voltrix.aftersale@qmail-box.com with the photo of the charger and the order number, our engineer will reply you in 12 hours.

Thank you for your understanding and patience.

Voltrix Service Team""",
    quote="""On Sat, Nov 7, 2026 at 4:31 PM Amazon Customer <ygk3m2rdq7vnw1p@marketplace.amazon.com> wrote:
> The 65W GaN charger I bought (order 114-2049188-3306172) stopped working
> after 3 weeks. The light blinks and nothing charges. Very disappointed.""", dom=DOM["en_us"])

add("en", "freshdesk", "reply", "legit", [], ["coupon_refusal", "refund_via_amazon", "non_native", "quoted_history"],
    "Seller refuses the buyer's request for a discount coupon and offers a partial refund processed through Amazon for a scratched lamp; no incentive tied to reviews.",
    "Lumora Home Support <service@lumora-home.co.uk>", "Re: Discount for next order? [Order 202-5528190-4417738]",
"""Dear Mrs. Whitfield,

Thank you for your message.

We can not give you coupon, sorry. Amazon is not allow us to send coupon code in the message, and we also have no coupon for next order at this moment.

About the small scratch on the base of the desk lamp you show in the photo: we are very sorry. We can make a partial refund of £6.00 for order 202-5528190-4417738 through Amazon, or you can return the lamp for full refund with the Amazon return label. Please kindly tell us which one you prefer.

Have a good day.

Kind regards,
Jason Wu
Lumora Home""",
    quote="""-----Original Message-----
From: Amazon Customer
Sent: Thursday, 12 November 2026 10:02
Subject: Discount for next order? [Order 202-5528190-4417738]

Hi, the lamp arrived with a small scratch on the base. It works fine. Can you give me a discount code for my next order instead?
Helen""")

add("en", "edesk", "proactive", "violation", ["purpose.shipping_confirmation"], ["shipping_only", "non_native"],
    "Proactive note whose only purpose is to tell the buyer the parcel was shipped today, which Amazon already does.",
    "Brightwave Electronics <orders@brightwave-elec.com>", "Your order 113-7750264-9031845 is shipped",
"""Dear Valued Customer,

Good news! Your order 113-7750264-9031845 (Smart Plug 4 Pack, WiFi) is shipped from our warehouse today and it is on the way to you.

Estimated delivery 3-5 working days.

Thank you for shopping with us and have a wonderful day!

Brightwave Electronics""", dom=DOM["en_us"])

add("en", "outlook", "reply", "legit", [], ["delivery_question", "carrier_tracking_link", "non_native", "quoted_history"],
    "Reply to a 'where is my parcel' question giving the Royal Mail tracking number and carrier tracking link; needed for the order.",
    "Tiantu Gadgets <cs@tiantu-gadgets.co.uk>", "RE: Where is my parcel? Order 205-6630918-2248801",
"""Hello Peter,

Thanks for your patient. We check your order 205-6630918-2248801 (Dash Cam 2K) with Royal Mail.

The parcel is in the Royal Mail delivery office in Leeds since yesterday, tracking number is QP482716395GB. You can see the status here: https://www.royalmail.com/track-your-item#/tracking-results/QP482716395GB

If it is not arrive until Friday, please tell us in this message and we will send a new one or refund you, as you like.

Best wishes
Kevin
Tiantu Gadgets Customer Support""",
    quote="""-----Original Message-----
From: Amazon Customer <n4wq8ztk2mlr7ce@marketplace.amazon.co.uk>
Sent: 16 November 2026 19:48
To: cs@tiantu-gadgets.co.uk
Subject: Where is my parcel? Order 205-6630918-2248801

Hi, it has been 8 days and the dash cam still not arrived. Can you check please?""")

add("en", "outlook", "reply", "violation", ["review.change_or_remove", "review.incentive"],
    ["review_change", "incentive", "gift_card", "non_native", "quoted_history"],
    "Seller offers a £15 Amazon gift card if the buyer changes the 2-star review to 5 stars; asks to change a review and offers an incentive.",
    "Nexcell UK <support@nexcell-uk.com>", "RE: Review for Power Bank 20000mAh - order 203-1187604-6652930",
"""Dear Sir Andrew,

We have see your 2 star review for the power bank and we feel very sad. The slow charging is because the cable, we sent new cable for you free already, it will arrive tomorrow.

Could you please kindly help to change the review to 5 star after you try the new cable? As our sincerely apology we will send you £15 Amazon gift card when the review is updated. Just reply this message with screen shot.

We are very appreciate for your kind help.

Sincerely,
Nexcell UK Service""",
    quote="""-----Original Message-----
From: Amazon Customer
Sent: 18 November 2026 08:22
Subject: Power bank charges slowly

Order 203-1187604-6652930. Takes 9 hours to charge, not what is advertised. Left a review.""", dom=DOM["en"])

add("en", "gmail", "reply", "legit", [], ["delivery_question", "buyer_phone_quoted", "non_native", "quoted_history"],
    "Reply about a missed delivery; the only phone number is the buyer's own, quoted in the history, and the seller tells them to update it in their Amazon address.",
    "Mingda Audio Service <service@mingda-audio.com>", "Re: Courier could not deliver - order 112-4478201-9953316",
"""Hi Sandra,

Thank you for the information. The courier (UPS) say they could not reach you because the phone number on the label is missing one digit.

We can not change the address or phone on our side, sorry. Please kindly go to Your Orders on Amazon and update the phone number in the delivery address, UPS will try again on Monday 23 Nov. The soundbar in order 112-4478201-9953316 is waiting in the UPS depot.

If it still fail, please reply here and we arrange a replacement or refund.

Regards,
Ada
Mingda Audio""",
    quote="""On Thu, Nov 19, 2026 at 6:05 PM Amazon Customer <p7rk2vq9x1sdm4a@marketplace.amazon.com> wrote:
> UPS left a note saying they couldn't call me. My number is (614) 555-0187,
> please give it to them. Order 112-4478201-9953316, the soundbar.
> Thanks, Sandra""", dom=DOM["en_us"])

add("en", "plain", "proactive", "legit", [], ["review_request", "neutral", "non_native"],
    "Single neutral review request in awkward English after delivery, no bias toward positive and no incentive.",
    "Haotian Smart Home <service@haotian-smarthome.com>", "Order 206-2239987-1145062 - your opinion",
"""Dear Customer,

Your order 206-2239987-1145062 (Video Doorbell 1080P) is delivered on 20 November according to Amazon.

We would be happy if you could share your experience with this product in a review on Amazon, whatever your experience is. It help other customers to decide.

If you have any question for the installation, you can reply this message.

Best regards
Haotian Smart Home Team""", dom=DOM["en"])

add("en", "freshdesk", "reply", "violation", ["purpose.ask_buyer_to_cancel"], ["cancel_request", "out_of_stock", "non_native", "quoted_history"],
    "Seller asks the buyer to cancel the order themselves because the colour is out of stock, instead of handling it on the seller side.",
    "Sunrise Digital <cs@sunrise-digital.com>", "Re: When ship? Order 111-9093472-3318805",
"""Dear Customer,

So sorry for late reply. The black color of the wireless mouse is out of stock now, new goods will come after 3 weeks.

Could you please kindly cancel the order 111-9093472-3318805 by yourself in your Amazon account? Please choose reason "ordered by mistake" so our account is not effect. Thank you so much.

We are very sorry for the inconvenience.

Sunrise Digital""",
    quote="""> Hello, I ordered the mouse 5 days ago and it still says not dispatched. When will you ship?
> Order 111-9093472-3318805""", dom=DOM["en_us"])

# ------------------------------------------------------------------ German
add("de", "zendesk", "reply", "legit", [], ["product_question", "size", "non_native", "quoted_history"],
    "Turkish textile seller answers in imperfect German about bed linen size and fabric; purely product information.",
    "Anatolia Textil Kundenservice <service@anatolia-textil.de>", "AW: Frage zu Bettwäsche 155x220 (Bestellung 302-4471829-5508163)",
"""Sehr geehrte Kunde,

vielen Dank für Ihre Nachricht und Ihre Interesse.

Die Bettwäsche in Ihre Bestellung 302-4471829-5508163 ist Größe 155x220 cm, Kissenbezug 80x80 cm. Der Stoff ist 100% Baumwolle Renforcé, 144 Fäden. Sie können bei 60 Grad waschen, aber bitte nicht in Trockner mit hohe Temperatur, sonst kann bisschen einlaufen.

Der Reißverschluss ist an die kurze Seite unten.

Wir wünschen Ihnen eine schöne Tag.

Mit freundlichen Grüßen
Elif Yıldız
Anatolia Textil""",
    quote="""Amazon-Käufer, 03.11.2026 um 08:07:
> Guten Tag, ist die Bettwäsche 155x220 oder 135x200? Und kann man sie bei 60 Grad waschen?
> Danke, K. Brandt""")

add("de", "edesk", "reply", "violation", ["contact.off_platform", "contact.phone_number"],
    ["whatsapp", "phone_number", "non_native", "quoted_history"],
    "Reply asks the buyer to send photos via WhatsApp to a Turkish mobile number, moving communication off Amazon.",
    "Bosphorus Home <destek@bosphorus-home.de>", "AW: Handtücher Farbe falsch - 303-2208164-7719023",
"""Hallo Frau Meier,

es tut uns sehr leid das die Farbe nicht richtig ist. Für schneller Lösung bitte schicken Sie uns Foto von die Handtücher über WhatsApp an +90 532 418 27 63, dann unsere Lager kann sofort richtige Farbe schicken.

Wir danken Ihnen für Ihre Verständnis.

Mit freundliche Grüße
Bosphorus Home Team""",
    quote="""Amazon-Käufer, 05.11.2026 um 19:42:
> Ich habe Handtücher in Anthrazit bestellt (303-2208164-7719023), bekommen habe ich Dunkelblau.""")

add("de", "freshdesk", "reply", "legit", [], ["contact_refusal", "non_native", "quoted_history"],
    "Seller politely refuses the buyer's request for a phone number and keeps the conversation in Amazon messaging, answering the question there.",
    "Shenhe Elektronik Service <kundendienst@shenhe-elektronik.de>", "AW: Telefonnummer? Bestellung 304-7716290-1180457",
"""Sehr geehrter Herr Albers,

danke für Ihre Nachricht.

Leider wir dürfen Ihnen keine Telefonnummer geben, Amazon erlaubt das nicht. Aber kein Problem, Sie können uns hier in Amazon Nachricht alles fragen, wir antworten normalerweise innerhalb 24 Stunden.

Zu Ihre Frage: der Zeitschaltuhr-Stecker aus Bestellung 304-7716290-1180457 muss zuerst 10 Minuten laden, dann halten Sie die Taste "SET" 3 Sekunden, bis die Anzeige blinkt. Dann können Sie die Uhrzeit einstellen.

Mit freundlichen Grüßen
Wang Lei
Shenhe Elektronik""",
    quote="""-----Ursprüngliche Nachricht-----
Von: Amazon-Käufer
Gesendet: Montag, 9. November 2026 11:20
Betreff: Telefonnummer? Bestellung 304-7716290-1180457

Können Sie mir bitte Ihre Telefonnummer geben? Ich bekomme die Uhrzeit nicht eingestellt, am Telefon wäre es einfacher.""")

add("de", "outlook", "proactive", "violation", ["purpose.marketing", "links.external"],
    ["invoice", "marketing", "own_shop_link", "discount", "non_native"],
    "Invoice message that also advertises the seller's own web shop with a 15% discount code and link; marketing and external link.",
    "Yildiz Moda Kundenservice <info@yildiz-moda.de>", "Ihre Rechnung zu Bestellung 305-9902716-4437186",
"""Sehr geehrte Kundin, sehr geehrter Kunde,

anbei finden Sie Rechnung für Ihre Bestellung 305-9902716-4437186 (Damen Strickjacke, Größe M). Die Rechnung können Sie auch in Ihre Amazon Konto herunterladen.

Besuchen Sie auch unsere eigene Shop www.yildiz-moda.de, dort gibt es neue Winterkollektion und mit Code WINTER15 bekommen Sie 15% Rabatt auf alles!

Mit freundlichen Grüßen
Yildiz Moda""",
    html_body="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>anbei finden Sie Rechnung f&uuml;r Ihre Bestellung 305-9902716-4437186 (Damen Strickjacke, Gr&ouml;&szlig;e M). Die Rechnung k&ouml;nnen Sie auch in Ihre Amazon Konto herunterladen.</p>
<p>Besuchen Sie auch unsere eigene Shop <a href="https://www.yildiz-moda.de/winter?ref=amz">www.yildiz-moda.de</a>, dort gibt es neue Winterkollektion und mit Code <b>WINTER15</b> bekommen Sie 15% Rabatt auf alles!</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Yildiz Moda</p>
</body></html>""",
    attach=("Rechnung_305-9902716-4437186.pdf", pdf_bytes("Rechnung RE-2026-11873", [
        "Yildiz Moda, Inh. Mehmet Yildiz, Hauptstr. 41, 47051 Duisburg",
        "USt-IdNr.: DE318842706",
        "Amazon-Bestellung: 305-9902716-4437186",
        "Rechnungsdatum: 10.11.2026",
        "1 x Damen Strickjacke, Grau, Gr. M        39,90 EUR",
        "Versand                                    0,00 EUR",
        "Gesamt (inkl. 19% MwSt. 6,37 EUR)           39,90 EUR"])))

add("de", "plain", "proactive", "violation", ["purpose.thank_you_only"], ["thank_you_only", "non_native"],
    "Proactive message that only thanks the buyer for the order and wishes fun with the product, nothing order-related to act on.",
    "Liangyu Tech DE <service@liangyu-tech.de>", "Danke für Ihre Bestellung 306-1128374-6650912",
"""Liebe Kunde,

herzlich Dank für Ihre Bestellung 306-1128374-6650912 bei Liangyu Tech! Wir sind sehr freuen, dass Sie uns gewählt haben.

Wir wünschen Ihnen viel Spaß mit Ihre neue LED Schreibtischlampe und eine schöne Adventszeit.

Herzliche Grüße aus Shenzhen
Ihr Liangyu Tech Team""")

add("de", "gmail", "reply", "legit", [], ["invoice", "pdf_attachment", "non_native", "quoted_history"],
    "Seller sends the requested invoice with VAT number as a PDF attachment; order-related and nothing else.",
    "Kaya Heimtextil <rechnung@kaya-heimtextil.de>", "Re: Rechnung mit MwSt. für Bestellung 302-6650183-2274419",
"""Guten Tag Herr Dr. Vogt,

wie gewünscht schicken wir Ihnen die Rechnung mit ausgewiesene MwSt. für Bestellung 302-6650183-2274419 als PDF im Anhang. Die Firmenanschrift haben wir eingetragen wie Sie geschrieben haben.

Falls etwas fehlt oder falsch ist, bitte schreiben Sie uns kurz.

Mit freundlichen Grüßen
Burak Kaya
Kaya Heimtextil""",
    quote="""Am Mi., 11. Nov. 2026 um 14:36 Uhr schrieb Amazon-Käufer <b8vm3qzx0kt2ndw@marketplace.amazon.de>:
> Hallo, ich brauche für die Gardinen eine Rechnung mit ausgewiesener MwSt.
> auf Vogt Steuerberatung GmbH, Lindenallee 12, 50968 Köln.
> Bestellung 302-6650183-2274419. Danke""",
    attach=("Rechnung_KH-2026-4471.pdf", pdf_bytes("Rechnung KH-2026-4471", [
        "Kaya Heimtextil, Gewerbepark 7, 42107 Wuppertal, USt-IdNr. DE341120598",
        "Rechnungsempfänger: Vogt Steuerberatung GmbH, Lindenallee 12, 50968 Köln",
        "Amazon-Bestellnummer: 302-6650183-2274419",
        "Leistungsdatum: 06.11.2026",
        "2 x Gardine Voile, 140x245 cm, Weiß     je 16,81 EUR netto",
        "Netto 33,61 EUR   MwSt. 19% 6,39 EUR   Brutto 40,00 EUR"])))

add("de", "gmail", "reply", "violation", ["feedback.removal_request", "review.incentive"],
    ["feedback_removal", "incentive", "non_native", "quoted_history"],
    "Seller offers a free replacement jacket on condition that the buyer removes the negative seller feedback first.",
    "Ege Tekstil Service <kundenservice@ege-tekstil.de>", "Re: Ihre Bewertung - Bestellung 303-8815042-9926671",
"""Sehr geehrter Herr Schulte,

wir haben Ihre negative Bewertung gesehen und sind sehr traurig darüber. Die Naht an Ihre Jacke ist kaputt, das ist unsere Fehler.

Wir möchten Ihnen gern eine neue Jacke kostenlos schicken, Sie müssen die alte nicht zurücksenden. Bitte entfernen Sie zuerst die negative Verkäuferbewertung, danach wir schicken sofort die neue Jacke.

Wie man Bewertung entfernt: Ihre Bestellungen > Verkäuferbewertung > Entfernen.

Vielen Dank im Voraus!
Ege Tekstil""",
    quote="""Am Fr., 13. Nov. 2026 um 09:12 Uhr schrieb Amazon-Käufer <r5cn8wa2lq9tyxe@marketplace.amazon.de>:
> Die Naht am Ärmel ist nach 2 Tagen aufgegangen. Schlechte Qualität. Habe eine
> Bewertung geschrieben.""")

add("de", "edesk", "reply", "legit", [], ["delivery_delay", "carrier_tracking_link", "non_native", "quoted_history"],
    "Reply to a delay question with the DHL tracking number and DHL tracking link and an offer to resend or refund via Amazon.",
    "Shenzhen Aoxin Versand <versand@aoxin-trade.de>", "AW: Lieferung verspätet 304-3390271-8826514",
"""Hallo Frau Krüger,

Entschuldigung für die Verspätung. Ihre Bestellung 304-3390271-8826514 (Akku-Staubsauger V8) ist mit DHL unterwegs, Sendungsnummer 00340434281967223150.

Sie können den Status hier sehen: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434281967223150

Laut DHL kommt das Paket am Donnerstag. Wenn es bis Freitag nicht da ist, bitte schreiben Sie uns, dann wir senden neu oder erstatten über Amazon.

Mit freundlichen Grüßen
Chen Jing
Aoxin Kundenservice""",
    quote="""Amazon-Käufer, 17.11.2026 um 20:15:
> Die Lieferung sollte gestern kommen, ist aber nicht da. Wo ist mein Paket?""")

add("de", "zendesk", "proactive", "violation", ["attach.content", "review.incentive", "review.biased_positive"],
    ["pdf_attachment", "manual", "incentive", "positive_only", "non_native"],
    "Neutral body sends a PDF manual, but the PDF's last page offers a 10 EUR voucher for a 5-star review; violation lies in the attachment text.",
    "Fenghua Smart Service <service@fenghua-smart.de>", "Bedienungsanleitung für Ihre Bestellung 305-4419208-1173385",
"""Sehr geehrte Kunde,

für Ihre Bestellung 305-4419208-1173385 (Smart Thermostat HT-20) schicken wir Ihnen die deutsche Bedienungsanleitung als PDF im Anhang, weil die gedruckte Anleitung in Karton ist nur Englisch.

Bei Fragen zu Installation schreiben Sie uns bitte hier.

Mit freundlichen Grüßen
Fenghua Smart Kundenservice""",
    attach=("Bedienungsanleitung_HT-20_DE.pdf", pdf_bytes("Smart Thermostat HT-20 - Bedienungsanleitung", [
        "1. Sicherheitshinweise: Vor der Montage Heizung ausschalten.",
        "2. Montage: Adapter M30x1,5 auf das Ventil schrauben, Thermostat aufsetzen bis es einrastet.",
        "3. Batterien: 2 x AA einlegen, Display zeigt 'AD'. Taste OK drücken zur Adaption.",
        "4. Zeitprogramm: Menü > PRO > Tage auswählen > Heizzeiten einstellen.",
        "5. Fehlercodes: E1 = Ventil blockiert, E2 = Batterie schwach.",
        "",
        "EXKLUSIV FÜR AMAZON KUNDEN: Schreiben Sie eine 5-Sterne Bewertung und schicken Sie uns den Screenshot - Sie erhalten einen 10 EUR Amazon Gutschein als Dankeschön!",
        ])))

add("de", "outlook", "reply", "legit", [], ["manual", "pdf_attachment", "non_native", "quoted_history"],
    "Seller sends a German PDF manual for a weather station at the buyer's request; the PDF contains only operating instructions.",
    "Ruixin Elektronik <support@ruixin-elektronik.de>", "AW: Anleitung auf Deutsch? Bestellung 306-5527718-0934462",
"""Sehr geehrter Herr Lehmann,

natürlich, im Anhang ist die Bedienungsanleitung auf Deutsch für die Funk-Wetterstation WS-350 aus Ihre Bestellung 306-5527718-0934462.

Wichtig: der Außensensor muss zuerst Batterie bekommen, danach die Basisstation. Die Synchronisation dauert bis 3 Minuten. Die DCF-Zeit kommt meistens in der Nacht.

Mit freundlichen Grüßen
Zhou Min
Ruixin Elektronik""",
    quote="""-----Ursprüngliche Nachricht-----
Von: Amazon-Käufer <m2xq7rwc5vdkp0s@marketplace.amazon.de>
Gesendet: Dienstag, 17. November 2026 17:50
Betreff: Anleitung auf Deutsch? Bestellung 306-5527718-0934462

Gibt es die Anleitung für die Wetterstation auch auf Deutsch? Der Außensensor verbindet sich nicht.""",
    attach=("WS-350_Anleitung_DE.pdf", pdf_bytes("Funk-Wetterstation WS-350", [
        "1. Batterien einlegen: zuerst Außensensor (2 x AAA), dann Basisstation (3 x AA).",
        "2. Kanal am Sensor und an der Basis gleich einstellen (CH1-CH3).",
        "3. Sensor bis 3 Minuten neben die Basis legen, bis Außentemperatur angezeigt wird.",
        "4. Funkuhr: Empfang DCF77 automatisch um 1:00, 2:00 und 3:00 Uhr.",
        "5. Reichweite im Freien bis 60 m. Nicht direkt in die Sonne hängen.",
        "Entsorgung: Batterien nicht in den Hausmüll."])))

# ------------------------------------------------------------------ Spanish
add("es", "zendesk", "reply", "legit", [], ["assembly", "missing_parts", "non_native", "quoted_history"],
    "Polish furniture seller in imperfect Spanish sends missing screws and explains assembly; order-related only.",
    "Drewmax Muebles <atencion@drewmax-muebles.es>", "Re: Faltan tornillos - pedido 403-7718204-5590316",
"""Estimada señora Ortega,

Muchas gracias por su mensaje y disculpe mucho por el problema.

Hemos enviado hoy una bolsa nueva con los tornillos de la pieza H (8 unidades M6x40) para su pedido 403-7718204-5590316 (cómoda KRAKÓW 4 cajones). Llega en 3-4 días laborables por Correos.

Mientras tanto puede montar los cajones, el paso 7 y 8 de la instrucción no necesita los tornillos H.

Saludos cordiales
Agnieszka Nowak
Drewmax Muebles""",
    quote="""El 04/11/2026 a las 12:31, Comprador de Amazon escribió:
> Hola, en la caja faltan los tornillos grandes de la pieza H. No puedo terminar el montaje.""")

add("es", "freshdesk", "reply", "violation", ["review.divert_negative"],
    ["divert_negative", "non_native", "quoted_history"],
    "Reply asks the buyer to contact the seller first 'antes de dejar comentario malo', steering an unhappy buyer away from reviews.",
    "Jinlong Electrónica <soporte@jinlong-electronica.es>", "Re: Auriculares no conectan - pedido 402-3308817-6614920",
"""Hola amigo,

Lo sentimos mucho por esta mala experiencia.

Por favor contacta a nosotros primero antes de dejar comentario malo o valoración negativa en Amazon. Nosotros siempre damos solución 100%, cambio o devolución, no hay problema. Un comentario malo es muy malo para tienda pequeña.

Para conectar: ponga los dos auriculares en la caja, mantenga el botón 10 segundos hasta luz roja y blanca, después busque "JL-A9" en Bluetooth.

Gracias por su comprensión.
Servicio Jinlong""",
    quote="""> Los auriculares del pedido 402-3308817-6614920 no conectan con mi móvil, solo suena uno.""")

add("es", "gmail", "proactive", "legit", [], ["customisation", "engraving", "non_native"],
    "Proactive question asking the buyer to confirm the engraving text and font for a personalised wooden box before production.",
    "Lasko Wood Design <pedidos@laskowood.es>", "Pedido 404-9926130-2278845: confirmar texto del grabado",
"""Hola Sr. Martín,

Gracias por su pedido 404-9926130-2278845 de la caja de madera personalizada.

Antes de empezar la producción necesitamos confirmar el texto del grabado. En el pedido está escrito: "Para Lucía - 15.12.2026". ¿Es correcto con la tilde en la "i"? ¿Prefiere la letra tipo A (clásica) o tipo B (manuscrita)?

Si no recibimos respuesta hasta el jueves, hacemos con tipo A y el texto exacto del pedido.

Saludos,
Marta Kowalczyk
Lasko Wood Design""")

add("es", "edesk", "proactive", "violation", ["purpose.marketing", "contact.off_platform", "style.emoji", "links.external"],
    ["instagram", "marketing", "emoji", "link", "non_native"],
    "Proactive message invites the buyer to follow the shop on Instagram for giveaways, with emoji and a link to the profile.",
    "Hogar Sopot <hola@hogarsopot.es>", "Su pedido 405-1147729-3306618 🎁",
"""¡Hola querido cliente! 😊

Gracias por comprar la estantería OLIWA en el pedido 405-1147729-3306618.

Síguenos en Instagram @hogarsopot_oficial para ver nuevos muebles cada semana y participar en nuestro sorteo de Navidad 🎄🎁: https://www.instagram.com/hogarsopot_oficial

¡Un saludo grande desde Polonia! ❤️
Equipo Hogar Sopot""",
    html_body="""<html><body style="font-family:Verdana,sans-serif">
<p>¡Hola querido cliente! 😊</p>
<p>Gracias por comprar la estantería OLIWA en el pedido 405-1147729-3306618.</p>
<p>Síguenos en Instagram <b>@hogarsopot_oficial</b> para ver nuevos muebles cada semana y participar en nuestro sorteo de Navidad 🎄🎁: <a href="https://www.instagram.com/hogarsopot_oficial">instagram.com/hogarsopot_oficial</a></p>
<p>¡Un saludo grande desde Polonia! ❤️<br>Equipo Hogar Sopot</p>
</body></html>""")

add("es", "outlook", "reply", "legit", [], ["contact_refusal", "buyer_email_quoted", "non_native", "quoted_history"],
    "Buyer quoted their own e-mail address; seller explains it must answer through Amazon and answers the delivery question there.",
    "Meble Zorza España <clientes@meblezorza.es>", "RE: Fecha de entrega sofá - pedido 406-2283019-7741520",
"""Estimado Sr. Romero,

Gracias por su mensaje. No podemos escribir a su correo personal, sólo podemos comunicar por la mensajería de Amazon, pero aquí respondemos con gusto.

Su sofá del pedido 406-2283019-7741520 sale de nuestro almacén en Poznań el lunes 30 de noviembre con la empresa de transporte DSV. La entrega en Valencia es entre el 3 y 5 de diciembre. El conductor llama el día antes para la hora.

Atentamente,
Piotr Zając
Meble Zorza""",
    quote="""-----Mensaje original-----
De: Comprador de Amazon
Enviado: lunes, 23 de noviembre de 2026 9:14
Asunto: Fecha de entrega sofá - pedido 406-2283019-7741520

Buenos días, ¿cuándo llega el sofá? Mejor escríbame a jromero.valencia@correo-ejemplo.es que lo miro más.""")

add("es", "plain", "proactive", "violation", ["review.biased_positive", "review.repeat_request"],
    ["review_request", "positive_only", "repeat", "non_native"],
    "Second reminder asking for a review, and only if the buyer is happy with 5 stars; biased and repeated request.",
    "Xinrui Tienda <servicio@xinrui-tienda.es>", "Recordatorio: su opinión pedido 407-6650092-1183374",
"""Estimado cliente,

Le escribimos otra vez porque no hemos recibido todavía su valoración para el pedido 407-6650092-1183374 (báscula de cocina digital).

Si está contento con el producto, por favor deje 5 estrellas en Amazon, es muy importante para nosotros. Si no está contento, no deje valoración y escríbanos primero.

Muchísimas gracias y perdone las molestias.
Xinrui Tienda""")

add("es", "zendesk", "reply", "legit", [], ["damage", "refund_via_amazon", "non_native", "quoted_history"],
    "Seller apologises for a damaged table top and offers a replacement part or a full refund through Amazon's return process.",
    "Stolarnia Lipa ES <soporte@stolarnia-lipa.es>", "Re: Mesa llegó dañada - pedido 408-4406618-9920153",
"""Estimada Sra. Delgado,

Lamentamos mucho que la mesa llegó con el golpe en la esquina. Gracias por las fotos, son muy claras.

Tenemos dos opciones para su pedido 408-4406618-9920153:
1) Enviamos un tablero nuevo gratis (5-7 días), usted se queda las patas.
2) Devolución completa: puede solicitar la devolución en "Mis pedidos" en Amazon, la etiqueta es gratuita y el reembolso es total.

Por favor díganos qué opción prefiere.

Un saludo cordial,
Tomasz Wiśniewski
Stolarnia Lipa""",
    quote="""El 24/11/2026 a las 18:02, Comprador de Amazon escribió:
> La mesa de comedor llegó con una esquina rota, adjunto fotos. ¿Qué hacemos?""")

add("es", "gmail", "proactive", "violation", ["links.shortener", "links.external"],
    ["shortener", "link", "manual", "non_native"],
    "Message sends the manual via a bit.ly short link instead of an attachment; shortened external link.",
    "Gaoke Electrónica <ayuda@gaoke-electronica.es>", "Manual del robot aspirador - pedido 409-3317742-6605281",
"""Hola,

Gracias por su pedido 409-3317742-6605281 (robot aspirador GK-R7).

El manual en español completo lo puede descargar aquí: https://bit.ly/3gkR7manual

Antes del primer uso cargue el robot 6 horas por favor.

Saludos,
Equipo Gaoke""",
    html_body="""<html><body>
<div>Hola,</div><br>
<div>Gracias por su pedido 409-3317742-6605281 (robot aspirador GK-R7).</div><br>
<div>El manual en español completo lo puede descargar aquí: <a href="https://bit.ly/3gkR7manual">https://bit.ly/3gkR7manual</a></div><br>
<div>Antes del primer uso cargue el robot 6 horas por favor.</div><br>
<div>Saludos,<br>Equipo Gaoke</div>
</body></html>""")

add("es", "freshdesk", "proactive", "legit", [], ["review_request", "neutral", "non_native"],
    "Single neutral review request in awkward Spanish, no bias and no incentive, with an offer to help via Amazon messaging.",
    "Drewno Casa <atencion@drewnocasa.es>", "Pedido 410-8826301-4419927 - su opinión",
"""Estimado cliente,

Según Amazon su zapatero de madera del pedido 410-8826301-4419927 fue entregado el 26 de noviembre.

Nos ayudaría mucho si puede escribir una reseña en Amazon sobre su experiencia, sea positiva o negativa. Así otros compradores pueden decidir mejor.

Si tiene alguna pregunta con el montaje, puede responder a este mensaje.

Atentamente,
Drewno Casa""")

add("es", "edesk", "reply", "violation", ["purpose.ask_buyer_to_cancel", "subject.important_tag"],
    ["cancel_request", "price_error", "important_tag", "non_native", "quoted_history"],
    "Subject tagged IMPORTANTE and body asks the buyer to cancel because of a price error instead of the seller handling it.",
    "Huaxing Electrónica <ventas@huaxing-electronica.es>", "[IMPORTANTE] Pedido 411-2209914-7738106",
"""Estimado cliente,

Tenemos un error en el precio del monitor 27 pulgadas de su pedido 411-2209914-7738106, el precio correcto es 189 € y no 89 €.

Por favor cancele usted el pedido en su cuenta de Amazon lo antes posible, porque si cancelamos nosotros tenemos penalización. Muchas gracias por su ayuda y lo sentimos mucho.

Saludos cordiales
Huaxing Electrónica""",
    quote="""> Hola, ¿cuándo envían el monitor? Pedido 411-2209914-7738106""")

(ROOT / "labels.jsonl").write_text("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in labels), encoding="utf-8")
print(len(labels), sum(l["expect"] == "legit" for l in labels), sum(l["expect"] == "violation" for l in labels))
