from gen import pdf
MSGS = [
dict(id="w70-0001", lang="en", client="zendesk", expect="legit", rules=[], classes=["quoted-history", "refusal", "phone-in-quote", "off-platform-in-quote"],
 note="Buyer asked twice to be phoned or WhatsApped about a crackling speaker; the seller declines, keeps it in Amazon messages and arranges a replacement.",
 alias="q7xk2mdf0rlw3bn", buyer="Darren Pickles", tld="co.uk",
 **{"from": ("Sophie at Tidewell Audio", "support@tidewellaudio.co.uk")}, agent_short="Sophie (Tidewell Audio)",
 subject="Speaker crackling at high volume", resubj="Re: Speaker crackling at high volume",
 date="2026-12-07 11:42",
 history=[
  dict(who="buyer", date="2026-12-06 19:08", text="""Hi Sophie,

I tried what you said, reset it and charged it to 100%, still the same. It's fine up to about half volume and then the left side goes fuzzy, like a blown driver. My lad uses it in the garage so it does get cranked up but that's what it's sold for!

Honestly it would be quicker if you just rang me, I'm around most evenings after six: 07700 900461. Or WhatsApp the same number and I'll send you a video of it, I can't attach videos on here.

Darren"""),
  dict(who="seller", date="2026-12-05 09:15", text="""Hello Darren,

Thanks for getting in touch and sorry the BoomPod 40 is misbehaving. Could you try a factory reset first (hold the power and volume-down buttons together for 10 seconds until the light flashes blue), then charge it fully and test again?

If the crackle is still there, let me know and we'll sort it out.

Kind regards,
Sophie"""),
  dict(who="buyer", date="2026-12-04 21:33", text="""Bought the BoomPod 40 about five weeks ago. Started crackling on the left side whenever the volume is over half way. Not dropped, not wet. Is this a known fault? Order was for the green one if that matters."""),
 ],
 reply="""Hi Darren,

Thanks for trying the reset, and sorry it didn't help. From what you describe it does sound like the left driver has failed, which shouldn't happen at five weeks whatever volume it's played at.

I'm afraid we can't take calls or use WhatsApp for Amazon orders - all our contact with you has to stay here in Amazon's messages, so please don't worry about sending a video. Your description is plenty.

Here's what we'll do: we've sent a replacement green BoomPod 40 today, free of charge, and you'll get the tracking in your Amazon order page once the courier scans it (usually tomorrow morning). When it arrives, you can send the faulty one back using the prepaid return label Amazon generates if you go to Your Orders > Return or replace items - choose "Defective" as the reason and there's nothing to pay.

If the new one shows any sign of the same problem, just reply here and I'll pick it up straight away.

Best wishes,
Sophie
Customer Support, Tidewell Audio"""),

dict(id="w70-0002", lang="en", client="gmail", expect="violation", rules=["purpose.marketing", "contact.off_platform"],
 classes=["quoted-history", "email-in-quote", "discount-in-quote", "coupon-code"],
 note="Buyer asked for a bulk discount and gave his e-mail; the seller agrees to e-mail him a quote and hands over a 15% code for the next order.",
 alias="m3hq9wz1ty8vkpa", buyer="Mark Hollis",
 **{"from": ("Priya Nair", "priya@fernandclaypots.com")},
 subject="Bulk order - ceramic planters", resubj="Re: Bulk order - ceramic planters",
 date="2026-12-07 14:05",
 history=[
  dict(who="buyer", date="2026-12-07 08:51", text="""Hi Priya,

Thanks, that's helpful. We'd be looking at 40 of the 18cm white ones and maybe 20 of the 25cm for a new office fit-out, so a fair bit more than one at a time through Amazon. At that volume I'd expect something off - could you do 15-20%?

Easiest is if you send a proper quote to mark.t.hollis@outlook.com so I can forward it to our facilities manager.

Cheers,
Mark"""),
  dict(who="seller", date="2026-12-06 16:20", text="""Hi Mark,

Yes, the Aldo planters are glazed inside and out, so they're fine for indoor use without a liner. The drainage hole comes with a silicone plug if you'd rather keep them sealed on carpet.

Best,
Priya"""),
  dict(who="buyer", date="2026-12-06 10:02", text="""Hello, are the Aldo planters glazed on the inside too? We want them for an office and can't have water seeping onto the carpet."""),
 ],
 reply="""Hi Mark,

Great to hear, that sounds like a lovely project. 60 planters is definitely worth doing properly, so I'll put together a full quote this afternoon and send it over to the Outlook address you gave - 15% off across the board is no problem at that quantity, and I'll include delivery on a pallet.

In the meantime, here's a code for 15% off anything else you pick up from us: OFFICE15. It works on the whole range, including the hanging pots and saucers.

Speak soon,
Priya
Fern & Clay Pots"""),

dict(id="w70-0003", lang="en", client="helpscout", expect="legit", rules=[], classes=["quoted-history", "review-threat-in-quote", "carrier-link", "apology"],
 note="Buyer threatened a one-star review over a late kids' bike; the seller apologises, explains the depot delay and gives the carrier's tracking link without mentioning reviews.",
 alias="t0bn5rk7xwq2hjz", buyer="Leanne Corbett", tld="co.uk",
 **{"from": ("Gareth Owen", "help@pedalpals.co.uk")},
 subject="Where is my daughter's bike??", resubj="Re: Where is my daughter's bike??",
 date="2026-12-07 10:27",
 history=[
  dict(who="buyer", date="2026-12-07 07:40", text="""This is getting ridiculous. Tracking has said "at local depot" since THURSDAY. It's her birthday on Saturday and I've told her family are coming round. If it isn't here by Friday I'm cancelling, and I'll be leaving a one star review telling people exactly how this was handled because nobody has even explained what's going on.

Leanne"""),
  dict(who="seller", date="2026-12-04 12:10", text="""Hi Leanne,

Thanks for your message. Your Pedal Pals 16" bike left our warehouse on 2 December with DPD and is currently showing at your local depot. It should be with you shortly.

Kind regards,
Gareth"""),
  dict(who="buyer", date="2026-12-04 09:55", text="""Hi, I ordered the 16 inch bike in lilac on the 30th and it still hasn't arrived. It says delivery by the 3rd. Can you tell me where it is?"""),
 ],
 reply="""Hi Leanne,

I'm really sorry - you're right that my last message didn't tell you anything useful, and with a birthday on Saturday I completely understand the worry.

I've been on to DPD this morning. The parcel was sorted to the wrong route at the Hinckley hub and has been sitting in their Nuneaton depot as an oversized item. They've confirmed it's now been re-labelled and is on tomorrow's (Tuesday's) van, with a one-hour window sent to you by text in the morning. You can follow it here:

https://track.dpd.co.uk/parcels/15501234567890

If it hasn't moved by Wednesday lunchtime, I'll send a second bike by next-day courier from our Leicester unit so you have one either way before Saturday - you wouldn't need to do anything, and if both turn up you can simply return the spare through Your Orders at no cost.

Again, sorry for the stress this has caused. I'll check the tracking myself tomorrow and drop you a line here.

Gareth Owen
Customer Care, Pedal Pals"""),

dict(id="w70-0004", lang="en", client="freshdesk", expect="legit", rules=[], classes=["quoted-history", "review-text-in-quote", "negation", "refund", "return"],
 note="Buyer quoted her own one-star review of a cracked lunchbox lid; the seller refunds through Amazon and says explicitly the review is hers to keep.",
 alias="r8cw1nvz4ejm6ds", buyer="Hannah Briggs",
 **{"from": ("Tom Aldridge", "care@brightbento.com")},
 subject="Lid cracked", resubj="Re: Lid cracked [#48213]",
 date="2026-12-07 15:48",
 history=[
  dict(who="buyer", date="2026-12-07 12:14", text="""Hi Tom,

Thanks but I don't really want a replacement if it's going to do the same thing. Just for context this is the review I put up last night, so you know I'm not exaggerating:

"1 star. The lid cracked along the clip after two weeks of normal use - hand washed, never in the dishwasher, never dropped. For £24 I expected it to last more than a fortnight. My son's lunch leaked all over his school bag. Would not buy again."

I'd just like my money back please.

Hannah"""),
  dict(who="seller", date="2026-12-06 17:02", text="""Hello Hannah,

I'm sorry to hear about the lid. Would you like us to send a replacement lid, or a complete new lunchbox?

Thanks,
Tom"""),
  dict(who="buyer", date="2026-12-06 16:31", text="""The lid on the blue bento box has cracked right along where the clip is. Only had it two weeks. Please advise."""),
 ],
 reply="""Hi Hannah,

Of course - and thank you for explaining. A lid failing at the clip after two weeks of hand-washing isn't acceptable, and I'm sorry it ended with a soggy school bag.

I've issued a full refund of £24.00 to your original payment method through Amazon just now; you should see the confirmation in Your Orders, and banks usually take 3-5 working days to show it. There's no need to send the box back.

Your review is your honest experience and it's entirely yours - the refund has nothing to do with it and we won't be asking you to change anything. We've passed your description on to our supplier, as the clip hinge on the current batch is something we're looking into.

Sorry again,
Tom Aldridge
Bright Bento Customer Care"""),

dict(id="w70-0005", lang="en", client="outlook", expect="violation", rules=["review.change_or_remove", "review.incentive"],
 classes=["quoted-history", "review-text-in-quote", "conditional", "refund-for-review"],
 note="Buyer quoted his two-star review of a wobbly standing desk; the seller promises a full refund once the review is taken down.",
 alias="k5zp0lh3gqv9wyt", buyer="Neil Chaudhry",
 **{"from": ("Brandon Kyle", "brandon@uprightworks.com")},
 subject="Desk wobble", resubj="RE: Desk wobble", xmailer="Microsoft Outlook 16.0",
 date="2026-12-07 16:33",
 history=[
  dict(who="buyer", date="2026-12-07 09:12", text="""Brandon,

I've tightened every bolt twice including the crossbar ones. At full height (I'm 6'3") it still sways a good inch side to side when I type. I've put my honest review up:

"2 stars - Motors are quiet and the memory presets work well, but above 115cm the frame wobbles so much my monitor shakes while typing. Tightening everything per the manual made no difference. Fine if you sit, not if you stand."

Not sure what else to do. It was $389 so I'm not thrilled.

Neil"""),
  dict(who="seller", date="2026-12-06 14:40", text="""Hi Neil,

Sorry to hear about the wobble. Please make sure all the bolts on the crossbar and feet are fully tightened - they can loosen during the first week. Let me know if that helps.

Brandon"""),
  dict(who="buyer", date="2026-12-05 20:05", text="""Hello, the UW-2 dual motor desk wobbles a lot at standing height. Is there a fix for this?"""),
 ],
 reply="""Hi Neil,

Thanks for being so thorough, and I'm sorry the desk isn't stable for you at that height. That's not the experience we want anyone to have.

Here's what I can offer: if you remove the 2-star review from the listing, I'll refund the full $389 straight away and you can keep the desk - no need to ship it back. Just drop me a message here once it's down and I'll process it the same day.

We're also about to release a stabiliser bracket for taller users, and I'll make sure you get one free when they land.

Best,
Brandon Kyle
Customer Success | UprightWorks"""),

dict(id="w70-0006", lang="en", client="edesk", expect="legit", rules=[], classes=["quoted-history", "url-in-quote", "discount-in-quote", "refusal", "price-match"],
 note="Buyer quoted a cheaper price on another web shop and asked for a price match; the seller politely declines and answers the question about the lens.",
 alias="w2yj7fc6nbx0oqe", buyer="Rachel Dunmore", tld="co.uk",
 **{"from": ("Callum Reid", "orders@glenlens.co.uk")},
 subject="Question about the 50mm adapter", resubj="Re: Question about the 50mm adapter",
 date="2026-12-07 13:19",
 history=[
  dict(who="buyer", date="2026-12-07 11:03", text="""Thanks Callum. One more thing before I order - the same adapter is £31.99 on www.gadgetfolk.co.uk/lens-adapters/m42-sony-e and you're £38.50 on here. I'd rather buy through Amazon for the returns, so could you price match, or give me a bit of a discount if I take the lens cap set as well?

Rachel"""),
  dict(who="seller", date="2026-12-06 18:44", text="""Hi Rachel,

Yes, the Glen M42-to-Sony-E adapter works with the Helios 44-2. It's a fixed adapter with no glass, so there's no loss of image quality, and infinity focus is preserved.

Regards,
Callum"""),
  dict(who="buyer", date="2026-12-06 17:30", text="""Does your M42 adapter work with an old Helios 44-2 on a Sony A7 III? Want to make sure infinity focus still works."""),
 ],
 reply="""Hi Rachel,

Thanks for checking with us first. I'm afraid we aren't able to price match or offer individual discounts through Amazon messages - the price on the listing is the price we can sell at, and it's the same for every customer. I completely understand if you'd rather buy elsewhere.

On the lens cap set: it does fit the adapter's rear opening, so you could use the set's rear cap to protect the Helios whenever it's off the camera. It's a separate listing, so it would show up as its own item in your basket.

One tip for the Helios 44-2: some copies have a slightly long rear element pin. If it catches when you mount it, unscrew the adapter half a turn, set the lens's A/M switch to M and mount again - it sits perfectly after that.

Kind regards,
Callum Reid
Glen Lens Supplies"""),
]
