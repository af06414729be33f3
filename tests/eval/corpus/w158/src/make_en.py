from common import *

def en():
    M = []
    # 1 legit: usage guide after delivery, plain, FeedbackWhiz-style
    M.append(dict(lang="en", client="feedbackwhiz", kind="proactive", expect="legit", rules=[],
        classes=["product_usage", "post_delivery", "plain"],
        note="Post-delivery care guide for a cast-iron skillet with the order id; purely about using the product.",
        frm="Hearthline Cookware <care@hearthlinecookware.com>", to=alias("en"),
        subject="Getting started with your 12\" cast iron skillet - order 113-4829105-7730261",
        date=d(10, 6, 9, 14, -5),
        plain="""Hi Marisol,

Your Hearthline 12" skillet (order 113-4829105-7730261) was delivered yesterday, so here are a few quick notes that aren't on the box insert.

Before first use
- Rinse with hot water and dry it completely on the stove for 2-3 minutes.
- Wipe a very thin layer of neutral oil (canola, grapeseed) over the inside, then buff it off with a paper towel until it looks almost dry. Too much oil = sticky spots.

Cooking
- Preheat on medium for 4-5 minutes. Cast iron heats unevenly if you start on high.
- The handle gets hot. Really hot. Use the silicone sleeve that came in the box.
- Acidic sauces (tomato, wine) are fine for short cooking once the pan has a few layers of seasoning, just not for long simmers in the first month.

Cleaning
- Hot water and the chainmail scrubber work best. A drop of dish soap is fine, despite what you may have read.
- Never leave it to soak and never put it in the dishwasher.
- Dry on the burner, then a few drops of oil while it's warm.

If you see orange spots, that is surface rust from moisture, not a defect: scrub it off, dry, oil, and heat for 10 minutes.

If anything about the pan isn't right, just reply to this message and we'll sort it out.

Dan Whitford
Hearthline Cookware
"""))

    # 2 violation: Helium 10-style review request with star widget, gating, linked logo
    html2 = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>How did we do?</title></head>
<body style="margin:0;padding:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;">
<div style="display:none;max-height:0;overflow:hidden;">Tell us how your Glowpath string lights are working out!</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#f4f4f4"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td align="center" style="padding:24px;"><a href="https://www.glowpathlighting.com/?utm_source=amazon&amp;utm_medium=email"><img src="https://cdn.glowpathlighting.com/mail/logo-600.png" width="180" alt="Glowpath Lighting"></a></td></tr>
<tr><td style="padding:0 32px;color:#333333;font-size:15px;line-height:22px;">
<p>Hi Kevin,</p>
<p>Your 66 ft Outdoor String Lights (order 702-3318456-2207714) arrived a few days ago. We hope your patio is glowing!</p>
<p><b>How would you rate your lights?</b></p>
</td></tr>
<tr><td align="center" style="padding:8px 32px 24px;">
<a href="https://www.amazon.com/review/create-review?asin=B0D7KQ41ZP&amp;rating=5"><img src="https://cdn.glowpathlighting.com/mail/star.png" width="36" alt="5"></a>
<a href="https://www.amazon.com/review/create-review?asin=B0D7KQ41ZP&amp;rating=4"><img src="https://cdn.glowpathlighting.com/mail/star.png" width="36" alt="4"></a>
<a href="https://www.glowpathlighting.com/support/feedback?o=702-3318456-2207714&amp;r=3"><img src="https://cdn.glowpathlighting.com/mail/star-grey.png" width="36" alt="3"></a>
<a href="https://www.glowpathlighting.com/support/feedback?o=702-3318456-2207714&amp;r=2"><img src="https://cdn.glowpathlighting.com/mail/star-grey.png" width="36" alt="2"></a>
<a href="https://www.glowpathlighting.com/support/feedback?o=702-3318456-2207714&amp;r=1"><img src="https://cdn.glowpathlighting.com/mail/star-grey.png" width="36" alt="1"></a>
</td></tr>
<tr><td style="padding:0 32px 32px;color:#333333;font-size:15px;line-height:22px;">
<p>Loving them? A 5-star review on Amazon helps a small family business like ours more than you know.</p>
<p>Not 100% happy? Please don't leave a review yet &ndash; click a grey star and our team will make it right first.</p>
<p>The Glowpath Team</p>
</td></tr>
</table></td></tr></table></body></html>"""
    M.append(dict(lang="en", client="helium10", kind="proactive", expect="violation",
        rules=["review.biased_positive", "review.divert_negative", "links.external", "image.logo_link", "style.font_overrides", "style.text_align"],
        classes=["review_request", "star_widget", "review_gating", "html_template"],
        note="Review request whose star widget sends 4-5 stars to Amazon and 1-3 stars to the seller's own feedback page, asks for 5 stars and tells unhappy buyers not to review; logo links to the shop and the template centres text and sets fonts/colours.",
        frm="Glowpath Lighting <hello@glowpathlighting.com>", to=alias("en"),
        subject="Kevin, how are your new string lights?",
        date=d(10, 19, 15, 2, -5),
        plain="""Hi Kevin,

Your 66 ft Outdoor String Lights (order 702-3318456-2207714) arrived a few days ago. We hope your patio is glowing!

How would you rate your lights?
5 stars: https://www.amazon.com/review/create-review?asin=B0D7KQ41ZP&rating=5
3 stars or less: https://www.glowpathlighting.com/support/feedback?o=702-3318456-2207714

Loving them? A 5-star review on Amazon helps a small family business like ours more than you know.
Not 100% happy? Please don't leave a review yet - tell us first and we'll make it right.

The Glowpath Team
""", html=html2))

    # 3 legit: neutral review request HTML, simple markup
    html3 = """<html><body>
<p>Hello Priya,</p>
<p>Your order <b>114-9027731-5561840</b> (Bramblewood Bamboo Cutting Board Set, 3 pieces) was delivered last week.</p>
<p>If you have a moment, we would appreciate it if you left a review of the boards on Amazon. Whether your experience was good or bad, other shoppers find honest reviews useful, and so do we.</p>
<p>You can write one from <b>Your Orders</b> on Amazon by choosing <i>Write a product review</i> next to this order.</p>
<p>If something is wrong with the set, you can also reply to this message.</p>
<p>Kind regards,<br>Elena<br>Bramblewood Kitchen</p>
</body></html>"""
    M.append(dict(lang="en", client="edesk", kind="proactive", expect="legit", rules=[],
        classes=["review_request", "neutral", "html_simple"],
        note="Single neutral review request with the order id, pointing to Your Orders on Amazon, no links, logo or styling.",
        frm="Bramblewood Kitchen <orders@bramblewoodkitchen.com>", to=alias("en"),
        subject="Your review of the Bramblewood cutting board set (order 114-9027731-5561840)",
        date=d(11, 3, 10, 40, -5),
        plain="""Hello Priya,

Your order 114-9027731-5561840 (Bramblewood Bamboo Cutting Board Set, 3 pieces) was delivered last week.

If you have a moment, we would appreciate it if you left a review of the boards on Amazon. Whether your experience was good or bad, other shoppers find honest reviews useful, and so do we.

You can write one from Your Orders on Amazon by choosing "Write a product review" next to this order.

If something is wrong with the set, you can also reply to this message.

Kind regards,
Elena
Bramblewood Kitchen
""", html=html3))

    # 4 violation: delivery appointment with phone number and text/whatsapp
    M.append(dict(lang="en", client="edesk", kind="proactive", expect="violation",
        rules=["contact.phone_number", "contact.off_platform"],
        classes=["delivery_appointment", "freight", "phone", "plain"],
        note="Freight delivery scheduling for a sofa that asks the buyer to call or text the seller's dispatch number instead of replying through Amazon.",
        frm="Loftmere Home <dispatch@loftmerehome.com>", to=alias("en"),
        subject="Scheduling delivery of your sectional - order 111-6620384-9915207",
        date=d(11, 10, 8, 5, -6),
        plain="""Hello Mr. Okafor,

Your Loftmere Harlow 3-piece sectional (order 111-6620384-9915207) has reached our regional freight hub in Joliet, IL and is ready to go out for curbside-plus delivery.

Because of the size (3 boxes, 212 lbs total), someone 18+ needs to be home to sign, and the driver needs a 4-hour window.

To book your slot, please call or text our dispatch desk at (815) 555-0172, Mon-Fri 7am-5pm Central. Texting is usually fastest, just send your order number and two days that work for you.

Available windows next week:
- Tue 11/17, 8am-12pm or 12pm-4pm
- Thu 11/19, 8am-12pm
- Sat 11/21, 9am-1pm

If we don't hear from you within 5 business days the shipment goes back into the queue, which can add 7-10 days.

Thanks,
Renee Castillo
Delivery Coordination, Loftmere Home
"""))

    # 5 legit: reply to buyer about delivery appointment, Zendesk with quote
    M.append(dict(lang="en", client="zendesk", kind="reply", expect="legit", rules=[],
        classes=["delivery_appointment", "reply", "quoted_on_wrote", "plain"],
        note="Zendesk reply confirming a freight delivery window chosen by the buyer, naming the carrier and keeping contact in the thread.",
        frm="Loftmere Home Support <support@loftmerehome.com>", to=alias("en"),
        subject="RE: Delivery time for order 111-4471920-0382256",
        date=d(11, 12, 13, 27, -6),
        plain="""##- Please type your reply above this line -##

Hi Tasha,

Thursday 11/19 between 12 and 4pm works. I've booked it with the carrier, Ridgeline Freight, and they will call the number on your Amazon shipping address about 30 minutes before arriving, that's just their standard practice.

About your questions:
- Yes, the driver brings it inside to the first room past the front door (curbside-plus). They don't carry it upstairs or assemble it.
- Please check the boxes for damage before signing. If a box is crushed, write "damaged" on the delivery receipt and take a photo, then let us know here.

If Thursday stops working for you, just reply to this thread at least 24 hours before and I'll move it.

Renee
Loftmere Home Support

On Wed, Nov 11, 2026 at 9:52 PM, Amazon Buyer <{a}> wrote:
> Hi, I got your message about scheduling the sofa delivery. Thursday afternoon
> would be best for me, anytime after 12. Will they bring it inside? I live in
> a 2nd floor apartment but there is a ground floor entrance. thanks, Tasha
""".replace("{a}", "q" * 0 + "4kr9zv1mf7ta0pe@marketplace.amazon.com")))

    # 6 violation: back-in-stock with coupon for next order
    M.append(dict(lang="en", client="feedbackwhiz", kind="proactive", expect="violation",
        rules=["purpose.marketing"],
        classes=["back_in_stock", "coupon", "plain"],
        note="Back-order update that is fine in itself but adds a 15% coupon code for the buyer's next order and plugs a new product line.",
        frm="Tidewell Outfitters <orders@tidewelloutfitters.com>", to=alias("en"),
        subject="Good news - your back-ordered dry bag ships today (order 112-5093317-4408126)",
        date=d(11, 17, 11, 50, -5),
        plain="""Hi Jordan,

The 20L Tidewell roll-top dry bag in Slate Blue that you ordered on October 29 (order 112-5093317-4408126) is back in stock and your unit is being packed today. Amazon will show the updated delivery estimate, currently Nov 20-22.

Sorry again for the wait. The container from our manufacturer was held at port for almost two weeks.

As a thank you for your patience, here's 15% off your next order: use code PATIENCE15 at checkout. It's good on everything in our store, including our brand-new waterproof phone pouches and the 40L duffel that just launched.

Cheers,
Mateo
Tidewell Outfitters
"""))

    # 7 violation: invoice HTML with social icons, newsletter, unsubscribe, PDF
    html7 = """<!DOCTYPE html><html><body style="margin:0;background:#eef1f4;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif;color:#2b2b2b;">
<tr><td style="padding:28px 36px;"><img src="https://assets.norvikaudio.co.uk/email/norvik-header.png" width="160" alt="Norvik Audio"></td></tr>
<tr><td style="padding:0 36px;font-size:15px;line-height:23px;">
<p>Dear Oliver,</p>
<p>Please find attached the VAT invoice for your order <b>204-7718203-6650419</b> (Norvik K2 Bookshelf Speakers, pair, walnut).</p>
<p>Invoice number: NVA-2026-018842<br>Invoice date: 24/11/2026<br>Total: &pound;189.99 incl. VAT (20%)</p>
</td></tr>
<tr><td style="padding:20px 36px;background:#f7f7f7;font-size:14px;">
<b>Join the Norvik Listening Club</b><br>Early access to new speakers, vinyl care tips and members-only offers.<br>
<a href="https://norvikaudio.co.uk/club?src=inv" style="display:inline-block;margin-top:10px;padding:10px 18px;background:#1d6b5f;color:#ffffff;text-decoration:none;">Sign me up</a>
</td></tr>
<tr><td align="center" style="padding:22px;font-size:12px;color:#8a8a8a;">
<a href="https://www.instagram.com/norvikaudio"><img src="https://assets.norvikaudio.co.uk/email/ig.png" width="24" alt="Instagram"></a>
<a href="https://www.facebook.com/norvikaudio"><img src="https://assets.norvikaudio.co.uk/email/fb.png" width="24" alt="Facebook"></a>
<a href="https://www.youtube.com/@norvikaudio"><img src="https://assets.norvikaudio.co.uk/email/yt.png" width="24" alt="YouTube"></a><br><br>
Norvik Audio Ltd &middot; Unit 4, Kelham Yard, Sheffield S3 8RY<br>
You are receiving this email because you purchased from Norvik Audio. <a href="https://norvikaudio.co.uk/email/unsubscribe?u=8f21c9">Unsubscribe</a>
</td></tr></table></td></tr></table></body></html>"""
    inv7 = pdf(["Norvik Audio Ltd - VAT INVOICE", "Invoice no. NVA-2026-018842   Date: 24/11/2026",
                "Amazon order: 204-7718203-6650419", "Bill to: Oliver Brandt, Leeds",
                "1 x Norvik K2 Bookshelf Speakers (pair), walnut     GBP 158.33",
                "VAT 20%                                            GBP  31.66",
                "Total                                              GBP 189.99",
                "VAT reg. GB 318 4471 26"])
    M.append(dict(lang="en", client="billbee", kind="proactive", expect="violation",
        rules=["purpose.marketing", "contact.off_platform", "links.external", "links.opt_out", "style.font_overrides", "style.text_align"],
        classes=["invoice", "pdf_attachment", "newsletter_block", "social_icons", "unsubscribe", "list_unsubscribe", "html_template"],
        note="Invoice mail with a real PDF invoice, but the template adds a newsletter sign-up button, social-media icons, an unsubscribe footer and List-Unsubscribe header, plus centred layout and font/colour overrides.",
        frm="Norvik Audio <accounts@norvikaudio.co.uk>", to=alias("uk"),
        subject="Your invoice NVA-2026-018842 for Amazon order 204-7718203-6650419",
        date=d(11, 24, 7, 3, 0),
        headers={"List-Unsubscribe": "<https://norvikaudio.co.uk/email/unsubscribe?u=8f21c9>, <mailto:unsub@norvikaudio.co.uk>",
                 "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
        plain="""Dear Oliver,

Please find attached the VAT invoice for your order 204-7718203-6650419 (Norvik K2 Bookshelf Speakers, pair, walnut).

Invoice number: NVA-2026-018842
Invoice date: 24/11/2026
Total: GBP 189.99 incl. VAT (20%)

JOIN THE NORVIK LISTENING CLUB - early access to new speakers, vinyl care tips and members-only offers: https://norvikaudio.co.uk/club?src=inv

Follow us: instagram.com/norvikaudio | facebook.com/norvikaudio | youtube.com/@norvikaudio

Norvik Audio Ltd, Unit 4, Kelham Yard, Sheffield S3 8RY
Unsubscribe: https://norvikaudio.co.uk/email/unsubscribe?u=8f21c9
""", html=html7, atts=[("Invoice_NVA-2026-018842.pdf", inv7, "application/pdf")]))

    # 8 legit: customisation request (engraving), plain, proactive
    M.append(dict(lang="en", client="freshdesk", kind="proactive", expect="legit", rules=[],
        classes=["customisation_request", "engraving", "plain"],
        note="Asks the buyer for the engraving text needed to fulfil a personalised order, with the order id and reply-in-thread instructions.",
        frm="Cobbleford Leather Co. <workshop@cobblefordleather.com>", to=alias("en"),
        subject="Engraving details needed for order 113-2290475-8136609",
        date=d(12, 1, 16, 18, -5),
        plain="""Hi Aaron,

Thanks for ordering the personalized bifold wallet (dark brown, order 113-2290475-8136609). The personalization field on your order came through empty, so we can't start on it yet.

Could you reply to this message with:

1. The text you want engraved (up to 3 initials, or a name up to 10 characters)
2. Font: Classic Serif, Block, or Script (there's a picture of all three in the listing images, the 4th photo)
3. Position: inside left panel or bottom right corner on the outside

If you'd rather have it without engraving, just say so and we'll ship it blank tomorrow.

We hold personalized orders for 3 business days; after that we will contact you again through Amazon before doing anything.

Thanks!
Gwen
Cobbleford Leather workshop
"""))

    # 9 violation: thank-you-only with emoji
    html9 = """<html><body>
<p>Hi Sam! &#128075;</p>
<p>Just a quick note to say THANK YOU for your order 112-8834561-0091744 &#127881;</p>
<p>Your Puffin &amp; Pine wool dryer balls are on their way, and we hope they make laundry day a little cozier &#129510;&#10024;</p>
<p>Have a wonderful week!<br>Maddie &amp; the Puffin &amp; Pine crew &#128150;</p>
</body></html>"""
    M.append(dict(lang="en", client="feedbackwhiz", kind="proactive", expect="violation",
        rules=["purpose.thank_you_only", "style.emoji"],
        classes=["thank_you", "emoji", "html_simple"],
        note="Automated post-purchase mail whose only content is a thank-you for the order, decorated with emoji.",
        frm="Puffin & Pine <hi@puffinandpine.com>", to=alias("en"),
        subject="Thank you so much, Sam! \U0001F49B",
        date=d(10, 28, 12, 0, -5),
        plain="""Hi Sam! \U0001F44B

Just a quick note to say THANK YOU for your order 112-8834561-0091744 \U0001F389

Your Puffin & Pine wool dryer balls are on their way, and we hope they make laundry day a little cozier \U0001F9E6\u2728

Have a wonderful week!
Maddie & the Puffin & Pine crew \U0001F496
""", html=html9))

    # 10 legit: follow-up after a return, reply with Original Message quote
    M.append(dict(lang="en", client="freshdesk", kind="reply", expect="legit", rules=[],
        classes=["return_followup", "refund", "reply", "quoted_original_message", "plain"],
        note="Reply confirming that a returned item was received and the refund was issued through Amazon, with practical timing info.",
        frm="Kestrel Running Gear <help@kestrelrunning.com>", to=alias("en"),
        subject="Re: Return for order 114-3356082-7712938 - refund status?",
        date=d(12, 4, 10, 12, -5),
        plain="""Hi Lucas,

Your return arrived at our warehouse on Tuesday and I issued the refund through Amazon this morning: $64.95 for the Kestrel Tempo trail shoes (men's 10.5, order 114-3356082-7712938). The return shipping was free because you chose "doesn't fit" through Amazon's returns page, so nothing was deducted.

Amazon usually shows the refund right away in Your Orders; the bank can take 3-5 business days to post it to your card.

If you still want the shoes in an 11, the listing has that size in stock, you'd just need to place a new order on Amazon since we can't swap sizes on a refunded order.

Best,
Nadia
Kestrel Running Gear customer care

-----Original Message-----
From: Amazon Buyer
Sent: Thursday, December 3, 2026 8:41 PM
Subject: Return for order 114-3356082-7712938 - refund status?

Hi, I sent back the shoes last week (UPS says delivered Monday). When will I get my refund? Thanks, Lucas
"""))
    return M
