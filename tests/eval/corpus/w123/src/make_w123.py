#!/usr/bin/env python3
"""Generate the w123 messages (English, US/UK sellers: reviews, feedback,
discounts, other marketplaces) and labels.jsonl. Written blind to the engine."""
import json, os, random, html
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(12301)

def alias():
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))

def quote_block(style, who, addr, when, subj, text):
    lines = text.strip("\n").split("\n")
    if style == "on_wrote":
        return "\n\nOn %s, %s <%s> wrote:\n" % (when, who, addr) + "\n".join("> " + l if l else ">" for l in lines) + "\n"
    if style == "original":
        return ("\n\n-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: support\nSubject: %s\n\n" % (who, addr, when, subj)) + "\n".join(lines) + "\n"
    if style == "gt":
        return "\n\n" + "\n".join("> " + l if l else ">" for l in lines) + "\n"
    if style == "edesk":
        return ("\n\n------------------------------\nMessage from %s (%s):\n\n" % (who, when)) + "\n".join(lines) + "\n"
    if style == "fd":
        return ("\n\nOn %s, %s wrote:\n\n" % (when, who)) + "\n".join(lines) + "\n"
    return ""

def to_html(body, style, who, when, qtext):
    paras = [p for p in body.strip("\n").split("\n\n")]
    h = "".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>\n") for p in paras)
    if qtext:
        q = "<br>\n".join(html.escape(l) for l in qtext.strip("\n").split("\n"))
        h += ('<div class="quote">On %s, %s wrote:<br>\n<blockquote style="margin:0 0 0 .8ex;'
              'border-left:1px solid #ccc;padding-left:1ex">%s</blockquote></div>\n') % (html.escape(when), html.escape(who), q)
    return '<html><body style="font-family:Arial,sans-serif;font-size:14px">\n%s</body></html>\n' % h

M = []
def add(**kw):
    M.append(kw)

# ---------------------------------------------------------------- 1 legit
add(shop="Pinecrest Kitchenware", sender="support@pinecrestkitchenware.com", tld="com",
    subject="RE: Inquiry from Amazon customer Deborah K. (Order: 112-4830297-5519406)",
    date=(2026, 11, 3, 15, 22), kind="reply", client="zendesk", expect="legit", rules=[],
    classes=["review-incentive-refusal", "buyer-asks-discount"],
    note="Buyer offers a 5-star review in exchange for a discount; seller explains it cannot offer anything for a review and that reviews are entirely optional.",
    body="""Hi Deborah,

Thank you for getting in touch about order 112-4830297-5519406 (Pinecrest 10" cast iron skillet).

I'm afraid we aren't able to offer a discount, refund or anything else in return for a review, whatever the rating. Amazon doesn't allow sellers to do that, and honestly we'd rather reviews were just people's own opinion of the pan. Whether you leave one at all is completely up to you.

On the seasoning question: the skillet comes pre-seasoned with vegetable oil, so you can use it straight away. Rinse with hot water, dry it on the stove for a minute and wipe a thin layer of oil on before putting it away. Avoid the dishwasher.

If anything about the pan isn't right, just reply here and we'll help.

Kind regards,
Marcus
Pinecrest Kitchenware Support""",
    qstyle="on_wrote", qwho="Deborah K. - Amazon Marketplace", qwhen="Mon, Nov 2, 2026 at 8:41 PM",
    qtext="""Hi, the skillet arrived today and looks great. I usually leave 5 star reviews for things I like. If I leave one could you give me like 20% off or a partial refund? Also do I need to season it before first use?
Thanks
Deb""")

# ---------------------------------------------------------------- 2 legit
add(shop="Harbor & Finch", sender="help@harborandfinch-goods.com", tld="com",
    subject="Re: Question about order 114-2209385-7761023",
    date=(2026, 11, 9, 10, 5), kind="reply", client="helpscout", expect="legit", rules=[],
    classes=["other-marketplace-ebay", "price-match-refusal"],
    note="Buyer says the same throw blanket is cheaper on eBay; seller declines to price match and explains the Amazon return option without pointing anywhere else.",
    body="""Hello Ryan,

Thanks for your message about order 114-2209385-7761023 (chunky knit throw, sage, 50x60).

We're not able to match prices from other sites, and we can't comment on listings on eBay, as we don't know who the seller there is or whether it's the same item. Sorry I can't be more help on the price.

If you'd rather not keep the throw, you're well within the return window. You can start a return from Your Orders on Amazon and the refund will go back to your original payment method once it's received. As long as it's unused and in the bag it came in, theres no problem.

Best,
Alina
Harbor & Finch""",
    qstyle="gt", qwho="", qwhen="", 
    qtext="""Just saw this exact blanket on ebay for $31.99 and I paid $44.99 here. Can you refund me the difference or do I need to send it back??""")

# ---------------------------------------------------------------- 3 legit
add(shop="Oakmere Home", sender="customercare@oakmerehome.co.uk", tld="co.uk",
    subject="RE: Order 204-6618830-1047725 - broken on arrival",
    date=(2026, 11, 12, 9, 48), kind="reply", client="freshdesk", expect="legit", rules=[],
    classes=["one-star-review-buyer", "replacement", "no-review-mention"],
    note="Buyer who already posted a 1-star review about a smashed glass lamp base is sent a free replacement; the review is not mentioned at all.",
    body="""Dear Mr Patel,

I'm really sorry to hear the lamp base (Oakmere ribbed glass table lamp, amber) arrived smashed. That's not how it should have reached you.

I've arranged a replacement at no cost to you; it will go out with Parcelforce tomorrow and you'll get the tracking through your Amazon order page for 204-6618830-1047725. There's no need to send the broken one back. Please wrap the pieces carefully and dispose of them, and mind your fingers.

We've also asked our warehouse to double-box glass items from now on.

Apologies again for the hassle.

Kind regards,
Helen Orme
Customer Care, Oakmere Home""",
    qstyle="original", qwho="Amazon customer Vikram Patel", qwhen="11 November 2026 19:02",
    qsubj="Order 204-6618830-1047725 - broken on arrival",
    qtext="""The lamp arrived in pieces, the box was crushed on one corner and the glass base is shattered. Very disappointed, it was a birthday present. I've already left a review so others know about the packaging. What are you going to do about this?""")

# ---------------------------------------------------------------- 4 legit proactive review request
add(shop="Lumen & Vale", sender="orders@lumenvale-lighting.com", tld="com",
    subject="Your review of order 113-7401928-3350674",
    date=(2026, 11, 18, 14, 0), kind="proactive", client="seller-central", expect="legit", rules=[],
    classes=["review-request-neutral"],
    note="Single neutral review request sent after delivery, inviting any honest feedback, positive or negative, with no incentive.",
    body="""Hello,

Your order 113-7401928-3350674 (Lumen & Vale dimmable LED desk lamp) was delivered last week.

If you have a moment, we would appreciate it if you could share your experience of the product in a review on Amazon. All honest opinions, good or bad, help other customers decide and help us improve.

Thank you,
Lumen & Vale""",
    qstyle=None)

# ---------------------------------------------------------------- 5 legit coupon refusal
add(shop="Kestrel Outdoor Co.", sender="support@kestreloutdoorco.com", tld="com",
    subject="RE: Inquiry from Amazon customer Tom W. (Order: 111-5893016-2248815)",
    date=(2026, 11, 21, 16, 37), kind="reply", client="edesk", expect="legit", rules=[],
    classes=["coupon-refusal"],
    note="Buyer asks for a coupon code for a second order; seller politely refuses and only answers the question about the current order.",
    body="""Hi Tom,

Thanks for reaching out. I'm sorry, but we don't issue coupon codes or discounts through Amazon messages, so I can't send one for a second sleeping pad.

On your actual order (111-5893016-2248815): the pad ships with a repair patch kit in the stuff sack pocket, and the valve twists anti-clockwise to open. If it's slow to inflate the first few times that's normal, the foam needs a couple of cycles.

Cheers,
Jenna | Kestrel Outdoor Co.""",
    qstyle="edesk", qwho="Tom W.", qwhen="20 Nov 2026, 22:14",
    qtext="""Got the pad, seems good. My brother wants one too, can you give me a coupon code so we get it cheaper? Also couldn't find the repair kit.""")

# ---------------------------------------------------------------- 6 legit confused about review emails
add(shop="Brightwell Baby", sender="hello@brightwellbaby.co.uk", tld="co.uk",
    subject="Re: Why so many emails? Order 203-3381756-9920418",
    date=(2026, 11, 24, 11, 15), kind="reply", client="gmail", expect="legit", rules=[],
    classes=["confused-buyer", "review-request-explained"],
    note="Buyer is irritated by review-request e-mails; seller explains the one request came from Amazon's automated system and that no further requests will follow.",
    body="""Hi Sophie,

Sorry for the confusion about order 203-3381756-9920418 (muslin swaddle set, 3 pack).

The email asking about a review was Amazon's standard "request a review" message, which is sent once per order. The other one you had was Amazon's own delivery notification, not from us. We won't send any further review requests for this order, and you're under no obligation to leave one.

If there's anything about the swaddles themselves you need help with, just let me know.

Thanks,
Priya
Brightwell Baby""",
    qstyle="on_wrote", qwho="Sophie", qwhen="Mon, 23 Nov 2026 at 21:09", qaddr_buyer=True,
    qtext="""I've now had two emails about this order, one asking me to review it. I literally only got it on Saturday and haven't even washed them yet. Please stop emailing me.""")

# ---------------------------------------------------------------- 7 legit Etsy mention
add(shop="Wrenwood Studio", sender="studio@wrenwoodstudio.com", tld="com",
    subject="RE: Inquiry from Amazon customer Kayla R. (Order: 113-0492817-6658302)",
    date=(2026, 11, 26, 13, 52), kind="reply", client="freshdesk", expect="legit", rules=[],
    classes=["other-marketplace-etsy", "order-help"],
    note="Buyer asks whether they should contact the seller on Etsy about a misprinted name; seller keeps the conversation on Amazon and arranges a reprint for the Amazon order.",
    body="""Hi Kayla,

Thank you for letting us know, and I'm so sorry about the spelling on the ornament. You're right, your order notes said "Maddison" with two d's and we printed "Madison".

There's no need to contact us anywhere else. We can only look after Amazon orders through this Amazon message thread, and we can sort this one out right here. I've put a corrected reprint of order 113-0492817-6658302 into production today; it should ship on Monday and arrive before the 10th. Please keep or discard the first one, no need to return it.

Warmly,
Dana
Wrenwood Studio""",
    qstyle="fd", qwho="Kayla R.", qwhen="Wed, 25 Nov 2026 at 6:30 PM",
    qtext="""Hi the personalized ornament came but the name is spelled wrong, it should be Maddison. I think I ordered from you on Etsy last year too, should I message you there instead? Not sure how this works on amazon.""")

# ---------------------------------------------------------------- 8 legit 1-star wrong size, return
add(shop="Northgate Apparel", sender="care@northgate-apparel.com", tld="com",
    subject="Re: jacket too small - 112-8820613-4471950",
    date=(2026, 12, 1, 8, 30), kind="reply", client="helpscout", expect="legit", rules=[],
    classes=["one-star-review-buyer", "return-refund", "no-review-mention"],
    note="Buyer who left a 1-star review because the jacket runs small is walked through a free return and full refund via Amazon, with no mention of the review.",
    body="""Hi Greg,

I'm sorry the Northgate quilted field jacket came up small. Our size chart says it's a regular fit, but a few customers have told us the large is closer to a medium through the shoulders, and we've passed that on to the factory.

For order 112-8820613-4471950 you can return it for a full refund:
1. Go to Your Orders on Amazon and choose "Return or replace items".
2. Pick "Too small" as the reason; the return label is free.
3. Drop it at any UPS location.

Your refund goes through as soon as it's scanned in at the warehouse, usually within 3-5 days. If you'd prefer an exchange for the XL instead, choose "replace" and we'll ship that as soon as the return is scanned.

Best regards,
Sam
Northgate Apparel""",
    qstyle="gt", qwho="", qwhen="",
    qtext="""Ordered a large like always and it's tight across the shoulders, can barely lift my arms. Gave it 1 star. How do I send it back and do I have to pay?
Greg""")

# ---------------------------------------------------------------- 9 legit refund not tied to feedback
add(shop="Cobalt Tech Supply", sender="support@cobalttechsupply.com", tld="com",
    subject="RE: refund question order 114-3357190-8802461",
    date=(2026, 12, 2, 17, 44), kind="reply", client="zendesk", expect="legit", rules=[],
    classes=["confused-buyer", "refund", "feedback-not-required"],
    note="Buyer asks whether they must leave feedback to get a refund; seller says the refund is not connected to reviews or feedback in any way and confirms it has been issued.",
    body="""Hi Andrea,

No, absolutely not. Refunds have nothing to do with reviews or seller feedback, and you don't need to leave either.

I've issued the full refund of $27.98 for the USB-C hub on order 114-3357190-8802461 this afternoon. Depending on your bank it can take 3 to 5 business days to show. You don't need to send the hub back since the HDMI port is faulty; please just recycle it.

Sorry again for the trouble.

Regards,
Luis
Cobalt Tech Supply""",
    qstyle="original", qwho="Amazon Marketplace buyer", qwhen="Wednesday, December 2, 2026 2:10 PM",
    qsubj="refund question order 114-3357190-8802461",
    qtext="""The HDMI on the hub doesn't work with my monitor (tried 2 cables). Someone told me sellers only give refunds if you leave good feedback, is that true?? I just want my money back.""")

# ---------------------------------------------------------------- 10 legit Walmart mention
add(shop="Greystone Pet Supply", sender="service@greystonepetsupply.com", tld="com",
    subject="Re: Inquiry from Amazon customer (Order: 111-9034478-1265530)",
    date=(2026, 12, 4, 12, 3), kind="reply", client="outlook", expect="legit", rules=[],
    classes=["other-marketplace-walmart", "price-match-refusal"],
    note="Buyer says Walmart sells the cat tree for less; seller explains it cannot match other retailers' prices and offers the usual Amazon return if the buyer prefers.",
    body="""Hello Mrs. Alvarez,

Thank you for your message regarding order 111-9034478-1265530 (Greystone 52" cat tree, grey).

Unfortunately we're unable to match prices from Walmart or any other retailer. Prices on Amazon are set independently and we have no control over what other stores charge.

If you decide you'd rather not keep the cat tree once it arrives, you can return it unopened through Your Orders on Amazon within 30 days of delivery for a full refund.

Kind regards,
Nate Holloway
Greystone Pet Supply""",
    qstyle="original", qwho="Maria Alvarez", qwhen="Thursday, December 3, 2026 9:52 PM",
    qsubj="cat tree",
    qtext="""Walmart has the same cat tree for 12 dollars less. Will you match that? Otherwise I don't know if I want it.""")

# ---------------------------------------------------------------- 11 legit negative feedback late delivery
add(shop="Thistle & Thorn Teas", sender="hello@thistleandthorn-teas.co.uk", tld="co.uk",
    subject="Re: Late delivery - order 026-4472819-3306157",
    date=(2026, 12, 7, 10, 26), kind="reply", client="gmail", expect="legit", rules=[],
    classes=["negative-feedback-buyer", "partial-refund-for-problem", "no-feedback-mention"],
    note="Buyer left negative seller feedback about a late Christmas tea hamper; seller apologises, explains the Royal Mail delay and refunds the postage, without mentioning the feedback.",
    body="""Dear Catherine,

I'm very sorry your tea hamper (order 026-4472819-3306157) arrived four days after the estimated date. Royal Mail had a backlog at the Peterborough mail centre last week and our parcels sat there for three days, which I know isn't much comfort when it was meant for your mum's visit.

I've refunded the £4.95 postage to your original payment method today; it should appear within a few working days.

The teas themselves are fine with a short delay, they're all in sealed caddies, best before September 2027.

With apologies,
Fiona
Thistle & Thorn Teas""",
    qstyle="on_wrote", qwho="Catherine Blake", qwhen="Sun, 6 Dec 2026 at 18:40", qaddr_buyer=True,
    qtext="""Arrived four days late, missed the occasion I bought it for. I've left feedback. Really not impressed for the price.""")

# ---------------------------------------------------------------- 12 legit refuses discount, replacement
add(shop="Fernhill Garden Tools", sender="support@fernhillgardentools.com", tld="com",
    subject="RE: Inquiry from Amazon customer Paul D. (Order: 113-6620941-0087712)",
    date=(2026, 12, 8, 14, 19), kind="reply", client="zendesk", expect="legit", rules=[],
    classes=["discount-refusal", "replacement"],
    note="Buyer with a faulty pruning shear asks for a discount on a second pair; seller declines the discount but replaces the faulty unit.",
    body="""Hi Paul,

Sorry to hear the spring on your bypass pruners came loose after a week. That shouldn't happen.

We can't offer discounts on future purchases, but I've sent a replacement pair for order 113-6620941-0087712 free of charge. It ships today by USPS and the tracking will show on your order page. You're welcome to keep the first pair; if you want to try, the spring usually clicks back onto the post behind the pivot bolt.

Thanks,
Ellie
Fernhill Garden Tools""",
    qstyle="on_wrote", qwho="Amazon Customer Paul D.", qwhen="Mon, Dec 7, 2026 at 11:58 AM", qaddr_buyer=True,
    qtext="""Spring fell out of the pruners already. I was going to buy a second pair for my dad, can you give me a discount on that to make up for it?""")

# ---------------------------------------------------------------- 13 legit proactive review request HTML UK
add(shop="Bramblegate Candles", sender="orders@bramblegatecandles.co.uk", tld="co.uk",
    subject="Order 205-1185327-6640913: share your experience",
    date=(2026, 12, 9, 9, 0), kind="proactive", client="channelreply", expect="legit", rules=[],
    classes=["review-request-neutral", "html"], html=True,
    note="One neutral, HTML-formatted review request after delivery that asks for an honest review with no bias and no incentive.",
    body="""Hello,

We hope your order 205-1185327-6640913 (Bramblegate soy candle, fig and cedar, 300g) arrived safely.

We'd be grateful if you could take a moment to write a review on Amazon about the candle. Honest reviews, whatever they say, help other shoppers and tell us what we should change.

Many thanks,
The Bramblegate Candles team""",
    qstyle=None)

# ---------------------------------------------------------------- 14 legit unhappy buyer, neutral about review
add(shop="Stillwater Drinkware", sender="support@stillwaterdrinkware.com", tld="com",
    subject="Re: lid cracked - order 112-7730258-4418609",
    date=(2026, 12, 10, 15, 41), kind="reply", client="helpscout", expect="legit", rules=[],
    classes=["confused-buyer", "replacement", "review-neutral"],
    note="Unhappy buyer asks whether they are allowed to review after contacting the seller; seller sends a replacement lid and says reviewing is entirely the buyer's choice, with no steering.",
    body="""Hi Jordan,

Sorry about the lid. The hinge on the first batch of 32 oz lids was a bit brittle and you're not the only one it's happened to.

A new lid from the updated batch is on its way for order 112-7730258-4418609 (ships today, USPS First Class, 3-4 days). The new ones have a thicker hinge and a grey ring inside so you can tell them apart.

To your other question: you can review the bottle whenever and however you like; that's completely up to you and it won't affect anything we do to help.

Best,
Chris
Stillwater Drinkware""",
    qstyle="gt", qwho="", qwhen="",
    qtext="""The lid cracked at the hinge after 2 weeks. I got an email asking for a review but I'm not happy - am I allowed to write a review and also ask you for a new lid? Don't want to be rude.""")

# ---------------------------------------------------------------- 15 legit warranty same as brand shop
add(shop="Vantor Audio", sender="support@vantoraudio.com", tld="com",
    subject="RE: Warranty question - Order 114-5518204-9936071",
    date=(2026, 12, 11, 11, 7), kind="reply", client="freshdesk", expect="legit", rules=[],
    classes=["warranty", "other-channel-question"],
    note="Buyer asks whether the warranty is weaker because headphones were bought on Amazon rather than elsewhere; seller confirms the same 2-year warranty and says claims can be made through Amazon messages.",
    body="""Hi Mei,

Good question. The Vantor ANC-400 headphones on order 114-5518204-9936071 carry exactly the same 2-year warranty regardless of where they were bought, Amazon included.

If anything goes wrong, just message us here through your Amazon order with a short description of the fault and we'll arrange a repair or replacement. Keep the Amazon order details as your proof of purchase; there's nothing to register.

Regards,
Tobias
Vantor Audio Support""",
    qstyle="fd", qwho="Mei L.", qwhen="Thu, 10 Dec 2026 at 10:15 PM",
    qtext="""Is the warranty the same if I bought on Amazon and not from the brand directly? A friend said Amazon ones don't count. Thanks""")

# ---------------------------------------------------------------- 16 legit threat of bad review for discount
add(shop="Hollowbrook Linens", sender="care@hollowbrooklinens.com", tld="com",
    subject="RE: Inquiry from Amazon customer Brenda S. (Order: 111-2706643-5583120)",
    date=(2026, 12, 14, 13, 33), kind="reply", client="edesk", expect="legit", rules=[],
    classes=["review-threat", "discount-refusal", "return-refund"],
    note="Buyer threatens a bad review unless given a discount over a colour difference; seller calmly declines and offers the normal Amazon return.",
    body="""Hello Brenda,

I'm sorry the duvet cover looks more blue than the photos suggested on your screen. Colours can vary a little between monitors, but I understand that's frustrating.

We aren't able to offer a discount, but you can return the cover for a full refund through Your Orders on Amazon. As the colour isn't what you expected, please select "Not as described" and the return label will be free. Order number for reference: 111-2706643-5583120.

Of course, you're free to review the product however you see fit.

Kind regards,
Rosa
Hollowbrook Linens""",
    qstyle="edesk", qwho="Brenda S.", qwhen="13 Dec 2026, 19:48",
    qtext="""The "dusty rose" duvet cover is basically lavender. I want 40% off or I'm leaving a 1 star review and telling everyone. Your call.""")

# ---------------------------------------------------------------- 17 legit 2-star instructions, no review mention
add(shop="Ashby Fitness", sender="support@ashbyfitness.co.uk", tld="co.uk",
    subject="RE: Order 202-8841397-5152064 - can't adjust weights",
    date=(2026, 12, 15, 10, 2), kind="reply", client="outlook", expect="legit", rules=[],
    classes=["low-star-review-buyer", "product-help", "no-review-mention"],
    note="Buyer who left a 2-star review saying the adjustable dumbbells are confusing gets clear written instructions; the review is not mentioned.",
    body="""Dear Mr Hughes,

Sorry the instructions in the box weren't clear, that's on us. Here's how to change the weight on the Ashby 24kg adjustable dumbbells:

1. Put both dumbbells back in the cradles. The dials only turn when the handle is fully seated.
2. Turn both end dials to the same number (2.5 to 24).
3. Lift the handle straight up; the unused plates stay in the cradle.

If the dial won't turn with the handle seated, there may be a plate sitting crooked. Lift the handle out, press the plates flat in the cradle and try again.

We're rewriting the leaflet for the next shipment. Anything else on order 202-8841397-5152064, just reply here.

Kind regards,
Owen
Ashby Fitness""",
    qstyle="original", qwho="Amazon customer D. Hughes", qwhen="14 December 2026 20:11",
    qsubj="Order 202-8841397-5152064 - can't adjust weights",
    qtext="""Can't work out how to change the weight, the dial is stuck and the leaflet is useless. I've given 2 stars for now. Please explain.""")

# ================================================================ VIOLATIONS
# ---------------------------------------------------------------- 18 V reconsider review after replacement
add(shop="Copperleaf Cookware", sender="support@copperleafcookware.com", tld="com",
    subject="RE: Inquiry from Amazon customer Linda F. (Order: 113-9915072-3301846)",
    date=(2026, 11, 5, 9, 14), kind="reply", client="zendesk", expect="violation",
    rules=["review.change_or_remove"],
    classes=["one-star-review-buyer", "replacement", "review-update-ask"],
    note="Seller replaces a warped frying pan for a buyer who left a 1-star review, then hopes she will 'reconsider' the review once the new pan arrives, which is asking to change a review.",
    body="""Hi Linda,

I'm so sorry the base of your 12" frying pan warped after the first few uses. That's definitely not normal and I've sent a replacement for order 113-9915072-3301846 today by UPS, arriving Monday.

One tip: try not to put it on a high flame straight from empty, give it a minute on medium first.

Once the new pan arrives and you've had a chance to cook with it, we'd really appreciate it if you might reconsider your review. We're a small family company and every review makes a big difference to us.

Warm regards,
Nina
Copperleaf Cookware""",
    qstyle="on_wrote", qwho="Linda F. - Amazon Marketplace", qwhen="Wed, Nov 4, 2026 at 7:03 PM",
    qtext="""The pan is warped already, it spins on my glass cooktop. Left a 1 star. I expected better for $60.""")

# ---------------------------------------------------------------- 19 V partial refund thank-you for review (proactive)
add(shop="Marlow Leather Goods", sender="orders@marlowleathergoods.co.uk", tld="co.uk",
    subject="A little thank you - order 204-3092754-8816039",
    date=(2026, 11, 10, 12, 0), kind="proactive", client="seller-central", expect="violation",
    rules=["review.incentive"],
    classes=["review-request", "partial-refund-for-review"],
    note="Proactive review request that promises a £3 partial refund 'as a thank-you' to buyers who leave a review, an incentive for reviewing.",
    body="""Hello,

We hope you're enjoying your Marlow slim card wallet (tan) from order 204-3092754-8816039.

If you have a minute to leave a review on Amazon, just reply to this message once it's up and we'll refund £3 of your order as a small thank-you for your time. It realy does help a small workshop like ours.

Best wishes,
Edward
Marlow Leather Goods""",
    qstyle=None)

# ---------------------------------------------------------------- 20 V happy->review, unhappy->write first (proactive)
add(shop="Sunfield Naturals", sender="care@sunfieldnaturals.com", tld="com",
    subject="How are you getting on with your order 112-5506718-2294437?",
    date=(2026, 11, 16, 10, 30), kind="proactive", client="channelreply", expect="violation",
    rules=["review.biased_positive", "review.divert_negative"],
    classes=["review-request", "happy-only-review", "unhappy-write-first"],
    note="Review request that asks buyers who are happy to leave a review but asks unhappy buyers to message the seller first, biasing reviews and diverting negative ones.",
    body="""Hi there,

Your Sunfield Naturals magnesium body butter (order 112-5506718-2294437) should have arrived a few days ago.

If you're loving it, we'd be so grateful if you could share a quick review on Amazon!

And if it isn't quite what you hoped for, please just reply to this message before writing anything, so we have the chance to put it right for you first.

With care,
Ruth & the Sunfield team""",
    qstyle=None)

# ---------------------------------------------------------------- 21 V sale on brand site in reply
add(shop="Tidewater Coffee Roasters", sender="support@tidewatercoffeeroasters.com", tld="com",
    subject="Re: grind size - order 114-8043361-5670292",
    date=(2026, 11, 27, 15, 50), kind="reply", client="gmail", expect="violation",
    rules=["purpose.marketing", "contact.off_platform"],
    classes=["product-help", "own-site-sale"],
    note="Answers a grind question usefully but closes with a P.S. about a Black Friday sale on the brand's own website, which is marketing and points the buyer off Amazon.",
    body="""Hi Marcus,

The bag on order 114-8043361-5670292 is whole bean, so yes, you'll need to grind it. For a French press go coarse, about like sea salt; for your drip machine a medium grind like sand works best. Keep the bag sealed with the clip and use within about 4 weeks of opening.

Enjoy!
Gabe
Tidewater Coffee Roasters

P.S. Our Black Friday sale is running on our own website through Monday, with 25% off all subscriptions, in case you find a roast you love.""",
    qstyle="on_wrote", qwho="Marcus", qwhen="Thu, Nov 26, 2026 at 8:12 AM", qaddr_buyer=True,
    qtext="""Is the coffee ground or whole bean? I don't see it on the bag. I have a french press and a regular drip machine.""")

# ---------------------------------------------------------------- 22 V update review after fix (2-star)
add(shop="Quillfield Stationery", sender="hello@quillfieldstationery.co.uk", tld="co.uk",
    subject="Re: Order 203-7720184-4139526 - pens drying out",
    date=(2026, 11, 30, 14, 12), kind="reply", client="freshdesk", expect="violation",
    rules=["review.change_or_remove"],
    classes=["low-star-review-buyer", "replacement", "review-update-ask"],
    note="Seller sends replacement gel pens and then says that now things are sorted it hopes the buyer will feel able to update the 2-star review, a request to change a review.",
    body="""Hi Aisha,

Thanks for letting us know about the fineliners. It sounds like that set was stored somewhere warm before dispatch; I've sent you a fresh set of 24 for order 203-7720184-4139526, which should arrive by Thursday with Royal Mail.

Store them cap-down and they'll last much longer.

Now that this is sorted, we hope you'll feel able to update your 2-star rating to reflect how we handled it. It would mean a lot to us.

Kind regards,
Imogen
Quillfield Stationery""",
    qstyle="fd", qwho="Aisha M.", qwhen="Sun, 29 Nov 2026 at 4:47 PM",
    qtext="""Half of the pens in the 24 set were dry straight out of the pack. 2 stars, the colours that work are lovely though.""")

# ---------------------------------------------------------------- 23 V Etsy sales mention
add(shop="Larkspur Ceramics", sender="studio@larkspurceramics.com", tld="com",
    subject="RE: Inquiry from Amazon customer Jess T. (Order: 111-3308926-7704158)",
    date=(2026, 12, 1, 18, 5), kind="reply", client="helpscout", expect="violation",
    rules=["contact.off_platform", "purpose.marketing"],
    classes=["other-marketplace-etsy", "other-channel-sales"],
    note="Buyer asks about matching saucers; seller says they are only on its Etsy shop where it runs seasonal sales, pointing the buyer to another marketplace and promoting it.",
    body="""Hi Jess,

So glad the speckled mugs on order 111-3308926-7704158 arrived in one piece!

We don't list the matching saucers on Amazon, but you'll find them (and the rest of the speckled range) in our Etsy shop, Larkspur Ceramics. We usually run a holiday sale there in the middle of December, so it might be worth waiting a week or two.

Happy sipping,
Jo at Larkspur""",
    qstyle="gt", qwho="", qwhen="",
    qtext="""Love the mugs!! Do you make the matching saucers? I couldn't find them on Amazon. Didn't I see you on Etsy before?""")

# ---------------------------------------------------------------- 24 V refund explained as review thank you
add(shop="Evergrove Supplements", sender="support@evergrovesupplements.com", tld="com",
    subject="RE: Refund I didn't ask for - Order 113-4416592-0358847",
    date=(2026, 12, 3, 11, 48), kind="reply", client="zendesk", expect="violation",
    rules=["review.incentive"],
    classes=["confused-buyer", "partial-refund-for-review"],
    note="Confused buyer asks about an unexpected $4 refund; seller explains it is the thank-you it gives everyone who leaves a review, an incentive for reviews.",
    body="""Hi Daniel,

No mistake at all! The $4.00 refund on order 113-4416592-0358847 is a small thank-you we send to customers who take the time to leave a review of our vitamin D3 + K2 drops. We appreciate the support so much.

Nothing you need to do, it's yours to keep. And if you try our elderberry gummies, the same goes for those.

Best,
Kelsey
Evergrove Supplements""",
    qstyle="original", qwho="Amazon Marketplace buyer", qwhen="Wednesday, December 2, 2026 7:30 PM",
    qsubj="Refund I didn't ask for - Order 113-4416592-0358847",
    qtext="""Hi, I got a $4 refund on my order but I didn't request one. Is this a mistake? I don't want to get charged again later.""")

# ---------------------------------------------------------------- 25 V feedback removal, softly
add(shop="Ridgeline Auto Parts", sender="orders@ridgelineautoparts.com", tld="com",
    subject="Re: Order 112-6093348-2217761",
    date=(2026, 12, 5, 9, 37), kind="reply", client="outlook", expect="violation",
    rules=["feedback.removal_request"],
    classes=["negative-feedback-buyer", "carrier-delay", "feedback-removal-ask"],
    note="Seller explains a FedEx delay to a buyer who left negative seller feedback and then asks whether they would consider removing it since the courier was at fault.",
    body="""Hello Mr. Jensen,

I'm sorry your brake pads (order 112-6093348-2217761) arrived three days late. We shipped the same day you ordered, but FedEx held the parcel at their Memphis hub due to weather; you can see the exception on the tracking page in your order.

Since the delay was outside our control, would you kindly consider removing the feedback you left for us? As a small business, our seller rating is really important to us.

Thank you for understanding,
Ray Ostrowski
Ridgeline Auto Parts""",
    qstyle="original", qwho="Amazon customer Erik Jensen", qwhen="Friday, December 4, 2026 6:15 PM",
    qsubj="Order 112-6093348-2217761",
    qtext="""Pads showed up 3 days late and my car was off the road the whole weekend. Left you negative feedback.""")

# ---------------------------------------------------------------- 26 V reply: happy->review, issues->us first
add(shop="Elmstead Electricals", sender="support@elmstead-electricals.co.uk", tld="co.uk",
    subject="RE: Kettle question - order 026-1178493-6624015",
    date=(2026, 12, 6, 13, 26), kind="reply", client="edesk", expect="violation",
    rules=["review.biased_positive", "review.divert_negative"],
    classes=["product-help", "happy-only-review", "unhappy-write-first"],
    note="Useful answer about a kettle's limescale light, followed by asking for a review if the kettle is working well and asking the buyer to message first if there are any problems, before posting.",
    body="""Hi Gareth,

The orange light on the Elmstead 1.7L glass kettle is the descale reminder; it comes on after roughly 200 boils. Fill to the 1L mark with half water and half white vinegar, boil, leave for an hour, rinse twice and boil once with fresh water. Hold the power button for 5 seconds and the light will reset.

If the kettle is working well for you now, we'd be grateful if you could leave us a review. If you're still having any trouble, please let us know here before posting anything so we can sort it out for you first.

Kind regards,
Megan
Elmstead Electricals""",
    qstyle="edesk", qwho="Gareth P.", qwhen="5 Dec 2026, 21:03",
    qtext="""There is an orange light flashing on the base of my kettle, it still boils. What does it mean? Order 026-1178493-6624015""")

# ---------------------------------------------------------------- 27 V coupon refusal + newsletter on own site
add(shop="Juniper & Moss", sender="hello@juniperandmoss-home.com", tld="com",
    subject="RE: Inquiry from Amazon customer Hannah B. (Order: 114-2750816-9943302)",
    date=(2026, 12, 8, 16, 44), kind="reply", client="helpscout", expect="violation",
    rules=["purpose.marketing", "contact.off_platform"],
    classes=["coupon-refusal", "newsletter-own-site"],
    note="Seller declines a coupon on Amazon but tells the buyer they can get 15% off by signing up to the newsletter on the brand's own website, marketing and moving the buyer off Amazon.",
    body="""Hi Hannah,

Thanks so much for your kind words about the linen table runner (order 114-2750816-9943302)!

Unfortunately we can't send coupon codes through Amazon. But if you sign up to the Juniper & Moss newsletter on our website, you'll get 15% off your first order there, and we share early access to new collections with subscribers.

All the best,
Cleo
Juniper & Moss""",
    qstyle="gt", qwho="", qwhen="",
    qtext="""The runner is gorgeous. Do you have any discount codes? I'd like to get the matching napkins for Christmas.""")

# ---------------------------------------------------------------- 28 V Walmart mention -> own site sale with domain
add(shop="Pemberton Bedding", sender="support@pembertonbedding.com", tld="com",
    subject="Re: price difference order 111-6684205-3179948",
    date=(2026, 12, 10, 10, 55), kind="reply", client="gmail", expect="violation",
    rules=["purpose.marketing", "contact.off_platform", "links.external"],
    classes=["other-marketplace-walmart", "own-site-sale"],
    note="Answering a buyer who saw the pillow cheaper at Walmart, the seller says it cannot match on Amazon but the pillow is $24.99 in the Cyber Week sale at its own website, naming the web address.",
    body="""Hi Steve,

I understand, and thanks for asking rather than just returning it. We're not able to adjust prices on Amazon orders, so I can't refund the difference on order 111-6684205-3179948.

That said, for future reference our Cyber Week sale is on right now at www.pembertonbedding.com, where the same cooling memory foam pillow is $24.99 until Sunday.

Thanks,
Alyssa
Pemberton Bedding""",
    qstyle="on_wrote", qwho="Steve", qwhen="Wed, Dec 9, 2026 at 10:20 PM", qaddr_buyer=True,
    qtext="""Just saw Walmart selling this pillow for 26 bucks. I paid 39.99. Can you refund the difference?""")

# ---------------------------------------------------------------- 29 V refund + free extra once review updated
add(shop="Clearbrook Filters", sender="support@clearbrookfilters.com", tld="com",
    subject="RE: Inquiry from Amazon customer Tanya G. (Order: 113-2587730-6149025)",
    date=(2026, 12, 12, 14, 8), kind="reply", client="freshdesk", expect="violation",
    rules=["review.change_or_remove", "review.incentive"],
    classes=["one-star-review-buyer", "refund", "review-update-ask", "gift-for-review-change"],
    note="After refunding a buyer with a 1-star review, the seller hopes she will update the review and offers a free spare filter once she does, asking for a review change and offering something for it.",
    body="""Hi Tanya,

I'm sorry the pitcher filters didn't fit your Brita-style jug. We list the compatible models on the product page, but I can see how the photos could have been confusing. I've refunded order 113-2587730-6149025 in full; you'll see it in 3-5 buisness days and there's no need to return anything.

We'd really appreciate it if you could update your review when you have a moment, now that we've put things right. As a thank-you we'd be happy to send you a free spare filter once it's updated.

Thanks for your patience,
Marco
Clearbrook Filters""",
    qstyle="fd", qwho="Tanya G.", qwhen="Fri, Dec 11, 2026 at 3:22 PM",
    qtext="""These don't fit my pitcher at all. Waste of money, I wrote a 1 star review. I want a refund.""")

# ---------------------------------------------------------------- 30 V free gift card insert confirmation
add(shop="Sable & Sprout", sender="support@sableandsprout.com", tld="com",
    subject="Re: card in package - order 112-9164037-5528816",
    date=(2026, 12, 16, 12, 31), kind="reply", client="gmail", expect="violation",
    rules=["review.incentive", "review.biased_positive"],
    classes=["confused-buyer", "free-gift-for-review"], html=True,
    note="Buyer asks about an insert card promising a free gift; seller confirms they will get a free bamboo utensil set after sharing a screenshot of their 5-star review, an incentive for a positive review.",
    body="""Hi Rachel,

Yes, the card is from us! If you're happy with the bamboo cutting board set (order 112-9164037-5528816), just leave a 5-star review on Amazon and reply here with a screenshot, and we'll send the bamboo utensil set as a thank-you. No catch, it's just our way of saying thanks for supporting a small business.

Warmly,
Bea
Sable & Sprout""",
    qstyle="on_wrote", qwho="Rachel", qwhen="Tue, Dec 15, 2026 at 5:44 PM", qaddr_buyer=True,
    qtext="""There was a little card in my box saying "claim your free gift". Is that real or a scam? What do I have to do?""")

# ================================================================ build
def main():
    os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
    labels = []
    for i, m in enumerate(M, 1):
        mid = "w123-%04d" % i
        dom = "marketplace.amazon." + m["tld"]
        to = "%s@%s" % (alias(), dom)
        y, mo, d, h, mi = m["date"]
        off = timedelta(0) if m["tld"] == "co.uk" else timedelta(hours=-5 if i % 2 else -8)
        dt = datetime(y, mo, d, h, mi, rnd.randint(0, 59), tzinfo=timezone(off))
        body = m["body"]
        qtext = ""
        if m.get("qstyle"):
            qaddr = to if m.get("qaddr_buyer") or m["qstyle"] == "on_wrote" else ""
            qtext = m["qtext"]
            body = body + quote_block(m["qstyle"], m.get("qwho", ""), qaddr, m.get("qwhen", ""),
                                      m.get("qsubj", m["subject"]), qtext)
        else:
            body = body + "\n"
        msg = EmailMessage()
        msg["From"] = "%s <%s>" % (m["shop"], m["sender"])
        msg["To"] = to
        msg["Subject"] = m["subject"]
        msg["Date"] = format_datetime(dt)
        msg["Message-ID"] = make_msgid(idstring="w123.%04d" % i, domain=m["sender"].split("@")[1])
        if m["kind"] == "reply":
            msg["In-Reply-To"] = "<%s.%d@%s>" % (alias(), 100000 + i * 7919, dom)
        msg.set_content(body, charset="utf-8", cte="quoted-printable")
        if m.get("html"):
            hb = to_html(m["body"], m.get("qstyle"), m.get("qwho", ""), m.get("qwhen", ""), qtext if m.get("qstyle") else "")
            msg.add_alternative(hb, subtype="html", charset="utf-8", cte="quoted-printable")
        path = os.path.join(OUT, "messages", mid + ".eml")
        with open(path, "wb") as f:
            f.write(msg.as_bytes())
        labels.append({"id": mid, "file": "messages/%s.eml" % mid, "lang": "en",
                       "client": m["client"], "kind": m["kind"], "split": "dev",
                       "expect": m["expect"], "rules": m["rules"], "classes": m["classes"],
                       "note": m["note"]})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels), sum(l["expect"] == "legit" for l in labels), sum(l["expect"] == "violation" for l in labels))

if __name__ == "__main__":
    main()
