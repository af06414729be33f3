M = []

M.append(dict(
    lang="en", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["damaged", "replacement", "tracking"],
    note="Apologises for a cracked blender jar and confirms a free replacement jar is on its way with the UPS tracking number; no review mention.",
    frm=("Hollin & Pike Support", "support@hollinpike-kitchen.co.uk"), dom="co.uk",
    subject="Re: Blender jar arrived cracked - order 204-5518823-6630141",
    date="Tue, 03 Nov 2026 09:14:22 +0000",
    body="""Hi Margaret,

Thank you for the photos, and I'm really sorry the jar arrived like that. The crack runs right along the base seal, so it definitely happened in transit and not through anything you did.

We have sent you a brand new 1.8 L Tritan jar (with lid and tamper) free of charge for order 204-5518823-6630141. It left our warehouse this morning with UPS, tracking number 1Z 8W7 41E 68 4410 2297, and should reach you Thursday or Friday.

There's no need to send the broken jar back - please just dispose of it carefully, the edges are sharp. The motor base you already have is fine to keep using.

If the new jar doesn't turn up by Saturday just reply here and I'll chase UPS for you.

Kind regards,
Daniel
Hollin & Pike Customer Care""",
    qhead="On Mon, 2 Nov 2026 at 19:40, Amazon customer wrote:",
    quote="""Hello, the blender came today but the jug is cracked at the bottom, it leaked all over my worktop the first time I used it. Photos attached. Order 204-5518823-6630141. What can you do?
Margaret""",
))

M.append(dict(
    lang="en", client="gmail", kind="reply", expect="violation", rules=["review.change_or_remove"],
    classes=["late", "partial_refund", "review_change"],
    note="Refunds the postage for a late parcel and in the next sentence asks the buyer to revise the 1-star review once the refund arrives, which is a request to change a review tied to compensation.",
    frm=("Brightwick Candles", "hello.orders@brightwickcandles.com"), dom="com",
    subject="Re: Order 113-7720945-0518264 - arrived a week late",
    date="Wed, 11 Nov 2026 16:02:51 -0500",
    body="""Hi Tyler,

I'm so sorry the candle set arrived after your mum's birthday, that's not the experience we want anyone to have. The parcel sat at the USPS facility in Memphis for five days and we should have flagged it to you sooner.

I've refunded the $6.99 shipping on order 113-7720945-0518264 - you'll see it back on your card in 3-5 business days. Once it shows up, would you consider updating your 1-star review to reflect how we sorted it out? It would mean a lot to a small shop like ours.

Thanks again for your patience,
Rachel
Brightwick Candles""",
    qhead="On Tue, Nov 10, 2026 at 8:21 PM Amazon Buyer <ycqz4kr0tm2wnfe@marketplace.amazon.com> wrote:",
    quote="""Ordered the 3 pack on the 28th specifically for a birthday on the 5th. Arrived on the 10th. Left a review. Pretty disappointed honestly.""",
))

M.append(dict(
    lang="en", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["refund_for_review_refused", "return", "angry_buyer"],
    note="Declines the buyer's offer to upgrade their review in exchange for a refund and explains the normal Amazon return route instead.",
    frm=("Nordvale Outdoor", "care@nordvale-outdoor.com"), dom="com",
    subject="Re: Tent pole snapped - order 112-3094476-8812093",
    date="Fri, 13 Nov 2026 11:37:08 -0600",
    body="""Hello Mr. Okafor,

Thanks for getting back to us. I understand you're frustrated, a snapped pole on the second night out is miserable.

I do have to be straight with you about one part of your message though: we can't give a refund in exchange for a better review, and we wouldn't want to. Your review is yours to write however you see fit, and the refund question is completely separate.

What we can do for order 112-3094476-8812093:
- Open a return through Your Orders > Return or replace items, choose "Damaged/defective". The label is free because the fault is on our side.
- Once the tent is scanned by the carrier, the full $189.00 is refunded by Amazon. You don't have to wait for it to reach our warehouse.
- If you'd rather keep the tent, we can send a replacement front pole section (7001-B) at no charge instead. Just tell me which you prefer.

Best regards,
Ines Varga
Nordvale Outdoor - Customer Support""",
    qhead="On Nov 12, 2026, at 10:05 PM, Amazon buyer <p8hw2nqe0xzt3lk@marketplace.amazon.com> wrote:",
    quote="""The front pole snapped at the joint on night 2, we had to tape it with duct tape in the rain. I've got a 2 star review half written. Tell you what, refund me in full and let me keep the tent and I'll make it 5 stars. Otherwise it stays at 2 or goes lower.""",
))

M.append(dict(
    lang="en", client="freshdesk", kind="reply", expect="violation", rules=["review.incentive"],
    classes=["wrong_item", "replacement", "gift_for_review"],
    note="Sends the correct socket set for a wrong item but promises a $15 gift card if the buyer leaves feedback, an incentive for a review.",
    frm=("Ironbay Tools", "support@ironbaytools.com"), dom="com",
    subject="Re: Wrong socket set received [#48812]",
    date="Mon, 16 Nov 2026 08:49:30 -0500",
    body="""Hi Gary,

You're absolutely right - you ordered the 1/2" drive metric set (IB-4712M) and we sent the 3/8" SAE set. That's a picking error on our end, sorry about that.

The correct set went out today on order 114-6605218-3390725, FedEx Ground 7739 4410 6582, due Wednesday. Keep the SAE set or donate it, no need to send it back.

And as a thank you for bearing with us, we'll email you a $15 Amazon gift card as soon as you leave your feedback on the order. Just let us know here once it's posted.

Thanks,
Marcus - Ironbay Tools""",
    qhead="On Sun, 15 Nov 2026 at 6:12 PM, Amazon Customer <rt3bv9x0ykq1mzs@marketplace.amazon.com> wrote:",
    quote="""Got a 3/8 set in inches. I ordered the half inch metric one, it says so right on my order page. Need the right one before the weekend.""",
))

M.append(dict(
    lang="en", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["warranty", "buyer_phone_in_quote"],
    note="Handles a drill battery warranty claim, asks for the serial number through Amazon messaging; the buyer's own phone number appears only in the quoted history.",
    frm=("Castorline Power Tools UK", "aftersales@castorline-tools.co.uk"), dom="co.uk",
    subject="RE: Battery not charging - 026-4471930-2258816",
    date="Thu, 19 Nov 2026 14:26:11 +0000",
    plain=True,
    body="""Dear Mr Hughes,

Thank you for your message and sorry to hear the 4.0Ah battery has stopped taking a charge after four months.

The battery is covered by our 24-month warranty, so this won't cost you anything. To register the claim against order 026-4471930-2258816 could you please reply here with:

1. The serial number printed on the label underneath the battery (starts with CL40-)
2. A photo of the charger when the battery is inserted, so we can see which light is flashing

If the red light flashes twice, the cell pack has failed and we'll send a new battery straight away. If it's the green/red alternate pattern it is usually the charger, and we'd replace that instead.

We will keep all communication here in Amazon messages so everything stays attached to your order.

Kind regards

Priya Nandakumar
After Sales Team
Castorline Power Tools UK""",
    qhead="""-----Original Message-----
From: Amazon Customer <k0fm2zqt7nwe5ya@marketplace.amazon.co.uk>
Sent: 18 November 2026 21:03
To: aftersales@castorline-tools.co.uk
Subject: Battery not charging - 026-4471930-2258816
""",
    quote="""Hi, the battery that came with my CL18 combi drill won't charge any more, charger just blinks. Bought in July. I'm at work most days so if it's easier you can call me on 07700 914 263 after 6pm.
Thanks
Owen Hughes""",
    quote_style="plain",
))

M.append(dict(
    lang="en", client="edesk", kind="proactive", expect="violation",
    rules=["review.divert_negative", "contact.email_address", "contact.off_platform"],
    classes=["divert_negative", "email_address"],
    note="Post-delivery message asks buyers who would give less than five stars to email the shop at an external address before reviewing, steering unhappy buyers away from reviews and off Amazon.",
    frm=("Pebblecraft Home", "orders@pebblecrafthome.com"), dom="com",
    subject="Your Pebblecraft bath mat - order 111-2048839-7716540",
    date="Sat, 21 Nov 2026 10:00:04 -0500",
    body="""Hello,

Your diatomite bath mat from order 111-2048839-7716540 was delivered on Thursday. A quick tip: it dries fastest if it's not sitting on a rug, and a light sanding with the included pad brings back the absorbency after a few months.

If there's anything about your order that isn't a five-star experience, please email us first at fixit@pebblecrafthome.com before you leave a review. We almost always find a solution and we'd much rather hear from you directly.

Warm regards,
The Pebblecraft team""",
))

M.append(dict(
    lang="en", client="gorgias", kind="reply", expect="legit", rules=[],
    classes=["partial_refund", "damaged", "pdf_credit_note"],
    note="Issues a partial refund through Amazon for a scuffed lamp the buyer wants to keep and attaches a plain PDF credit note.",
    frm=("Alder & Lume", "support@alderlume.co.uk"), dom="co.uk",
    subject="Re: Scratch on lamp base - 203-8816402-5531907",
    date="Mon, 23 Nov 2026 12:18:45 +0000",
    body="""Hi Sophie,

Thanks for the photo - that's a proper gouge on the brass base, not just a mark, and I'm sorry it reached you like that.

As you'd like to keep the lamp rather than send it back, I've issued a partial refund of £18.00 (20% of the item price) through Amazon on order 203-8816402-5531907. Amazon usually shows it within 2 days and it goes back to the original payment method.

I've attached the credit note as a PDF for your records.

If you change your mind and would rather return it for a full refund, that's fine too - just start a return from Your Orders and we'll approve it.

All the best,
Tom
Alder & Lume""",
    qhead="Amazon buyer, 22 Nov 2026, 17:44:",
    quote="""Lamp works fine but the base has a deep scratch down one side. Don't really want to repack it all, it's heavy. Is there anything you can do?""",
    attach=("credit-note-CN-20931.pdf", [
        "Alder & Lume - Credit Note",
        "Credit note no.: CN-20931",
        "Date: 23 November 2026",
        "Amazon order: 203-8816402-5531907",
        "Item: Harlow brass table lamp, antique finish (AL-HTL-02)",
        "Reason: cosmetic damage in transit, item retained by customer",
        "Partial refund: GBP 18.00 (incl. VAT GBP 3.00)",
        "Refunded via Amazon to original payment method.",
    ]),
))

M.append(dict(
    lang="en", client="zendesk", kind="reply", expect="violation",
    rules=["contact.off_platform", "contact.phone_number"],
    classes=["lost_parcel", "phone", "whatsapp"],
    note="Responds to a lost parcel by asking the buyer to call or WhatsApp the shop's number to sort it out faster, moving the conversation off Amazon.",
    frm=("Tidewell Pet Supplies", "help@tidewellpets.co.uk"), dom="co.uk",
    subject="Re: Where is my order?? 202-9174026-4483512",
    date="Tue, 24 Nov 2026 15:51:37 +0000",
    body="""Hi Karen,

So sorry about this. Evri's tracking for order 202-9174026-4483512 hasn't moved since the 16th at their Rugby hub, which usually means the parcel has gone astray.

These claims can go back and forth for days on here, so the quickest thing is to give us a ring on 01632 960 418 or drop us a WhatsApp on 07700 900 572 and we'll get a new bag of food out to you the same day.

Thanks,
Liam
Tidewell Pet Supplies""",
    qhead="On Tue, 24 Nov 2026 at 11:02, Amazon Customer wrote:",
    quote="""It's been over a week and my dog is nearly out of food. Tracking hasn't changed in 8 days. Where is it???""",
))

M.append(dict(
    lang="en", client="gmail", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["refund", "apology_voucher"],
    note="Gives a full refund for a missing item but adds a 15% discount code for a future order as an apology, which is marketing.",
    frm=("Fernhollow Tea Co.", "team@fernhollowtea.com"), dom="com",
    subject="Re: Missing tin in my order 113-5508216-9940378",
    date="Fri, 27 Nov 2026 09:33:12 -0500",
    body="""Hi Alicia,

You're right, the Smoky Lapsang tin was missing from the sampler box - our packing sheet shows it was left off. I'm really sorry.

I've refunded the full $14.50 for that tin on order 113-5508216-9940378, you should see it in a few days.

To make up for it, here's 15% off your next order with us: use code SORRYTEA15 at checkout on any of our teas. It's valid until the end of January.

Take care,
Nadia
Fernhollow Tea Co.""",
    qhead="On Thu, Nov 26, 2026 at 7:10 PM Amazon Customer <j5wq0ezr8xn2kcu@marketplace.amazon.com> wrote:",
    quote="""Hi, I got the 6-tin sampler but there are only 5 tins, no lapsang. Could you send it or refund it?""",
))

M.append(dict(
    lang="en", client="helpscout", kind="proactive", expect="legit", rules=[],
    classes=["follow_up", "neutral_review_request"],
    note="Follows up after a replacement kettle was delivered, checks it works and makes one neutral, unconditioned review request.",
    frm=("Quillstone Appliances", "service@quillstone-appliances.com"), dom="com",
    subject="Your replacement kettle - order 114-2270658-1049913",
    date="Mon, 30 Nov 2026 13:05:59 -0600",
    body="""Hello Mrs. Delgado,

Our records show the replacement gooseneck kettle for order 114-2270658-1049913 was delivered on Saturday. I wanted to check that the temperature display now works properly - it should hold the set temperature for 30 minutes after you press "Hold".

If anything is still not right, just reply to this message and we'll take care of it.

If you have a moment, you're welcome to share a review of the product on Amazon. It helps other customers decide.

Best wishes,
Colin Reyes
Quillstone Customer Service""",
))
