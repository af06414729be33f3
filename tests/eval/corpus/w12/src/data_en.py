MSGS = [
dict(n=1, lang="en", client="zendesk", kind="reply", domain="brightleaf-home.com", agent="Megan at Brightleaf Home",
 subject="Re: Replacement filter and a coupon?",
 body="""Hi there,

Thanks for getting in touch about the carbon filter for your BL-40 air purifier. The replacement left our warehouse this morning and should be with you by Thursday.

On the coupon question: I'm sorry, but we're not able to send discount codes or vouchers through Amazon messages, so there's nothing I can attach here for your next order. Any promotion we run is shown directly on the Amazon product page, so that's the only place it would appear.

The new filter goes in printed side facing the fan. Once it's in, hold the reset button for five seconds so the filter-life indicator starts counting from 100% again.

Kind regards,""",
 sig="Megan R.\nCustomer Care, Brightleaf Home\nTicket #48213",
 quote="""Hi, the filter that came with my purifier smells burnt. Can you send a new one? Also do you have a coupon code for next time, I'll need filters every few months.""",
 expect="legit", classes=["refusal", "negation", "quoted-history", "look-alike"],
 note="Sends a replacement filter and explains that no coupon can be sent through Amazon messages."),

dict(n=2, lang="en", client="helpscout", kind="reply", domain="caffe-norte.co.uk", tld="co.uk", agent="Tom Hadley",
 subject="Re: Error code E4 on the Duetto machine",
 body="""Hello Mr Whitfield,

I understand it would be quicker to talk it through, but we can't arrange phone calls with Amazon customers: everything has to go through this messaging service so there's a record for both of us. I'll make the steps as clear as I can instead.

Error code E4 on the Duetto means the machine thinks the water circuit is blocked, and on a machine of your age that's nearly always limescale. Please:

- switch the machine off and let it cool for 30 minutes
- empty the tank and refill it with 500 ml water plus one descaling sachet
- hold the steam and hot-water buttons together for 3 seconds until the light blinks orange
- let the cycle run through, then repeat with clean water

If E4 comes back after a full descale, reply here with a photo of the display and I'll arrange a repair under the two-year warranty.

Best wishes,""",
 sig="Tom Hadley\nAfter-sales, Caffè Norte UK",
 quote="""The display shows E4 and it won't pump water. Could you ring me at 07700 900461 this afternoon? Easier than typing.""",
 expect="legit", classes=["refusal", "quoted-history", "look-alike", "buyer-phone-quoted"],
 note="Declines a phone call, explains error code E4 and descaling; the only phone number is the buyer's own, in the quote."),

dict(n=3, lang="en", client="freshdesk", kind="proactive", domain="voltwise-electric.com", agent="Voltwise Safety Team", local="care",
 subject="Safety notice for your order 114-3392017-5528406: VW-65 USB-C charger",
 body="""Dear customer,

You bought a Voltwise VW-65 65 W USB-C charger with order 114-3392017-5528406. The manufacturer has issued a voluntary recall for chargers from production batch 2609, because the casing can overheat when used with some laptop cables.

Please check the small print on the side of your charger. If it reads "LOT 2609", stop using it and unplug it now. If it shows any other lot, your charger is not affected and you don't need to do anything.

For an affected charger you have two options:
- request a refund for this order through Your Orders, and we will approve it without needing the charger back;
- or call the manufacturer's recall line (Hengtai Power Recall Service, 1-888-555-0148, Monday to Friday) to receive a free replacement unit directly from them.

We're sorry for the inconvenience and thank you for helping keep your home safe.""",
 sig="Voltwise Safety Team",
 expect="legit", classes=["recall", "manufacturer-number", "look-alike", "free-word"],
 note="Proactive recall notice with order id; the phone number is the manufacturer's recall line, named as theirs."),

dict(n=4, html=False, lang="en", client="gmail", kind="reply", domain="oakandrow.com", agent="Priya Shah",
 subject="Re: Should I change my review?",
 body="""Hi Daniel,

Glad the second hinge fixed the wobble on the bedside table, and thanks for letting us know.

As for your review, that's completely your decision and we won't ask you to change anything. For reference only: Amazon lets every customer edit or delete their own review at any time, from Your Orders or from the review itself under "Your Account > Your reviews". Whatever you write there is up to you.

If the other hinge ever starts to loosen, just reply to this message.

Best,""",
 sig="Priya Shah\nOak & Row Furniture",
 quote="""The replacement hinge arrived and the table is solid now. I gave 2 stars earlier because of the wobble. Do you want me to change it? Not sure how to anyway.""",
 expect="legit", classes=["review-process", "negation", "quoted-history", "look-alike"],
 note="Buyer asks whether to change a review; seller explains Amazon's edit feature without asking for a change."),

dict(n=5, lang="en", client="outlook", kind="reply", domain="peakline-outdoor.com", agent="James Carter",
 subject="RE: Price match for the Trailmaster 2 tent",
 body="""Hello Sarah,

Thanks for asking before buying a second one.

I'm afraid we can't match the price you found on the other website. Our price on Amazon is set for Amazon and we're not able to adjust it or refund a difference based on other retailers. The listing price you see when you check out is the one that applies.

To answer the rest of your message: the Trailmaster 2 is the same model in both places, the 2026 version with the aluminium poles and the 3000 mm hydrostatic head on the flysheet. The footprint is sold separately.

Kind regards,

James Carter
Customer Service
Peakline Outdoor Ltd.""",
 quote="""Hi, I saw the same tent for £94 on another outdoor site. Will you match that? I want to buy another for my son.""",
 expect="legit", classes=["refusal", "price-match", "quoted-history", "signature"],
 note="Refuses a price match and answers a product question."),

dict(n=6, lang="en", client="edesk", kind="reply", domain="rooted-roasters.com", agent="Ellie", local="orders",
 subject="Re: How does the subscription work?",
 body="""Hi Mark,

Subscribe & Save is run by Amazon rather than by us, so here is how it works on their side:

- on the product page for the Rooted Roasters Colombia 1 kg beans, choose "Subscribe & Save" instead of "One-time purchase" in the buy box;
- pick how often you'd like a delivery (every 2 weeks up to every 6 months);
- Amazon shows the subscription price and any Subscribe & Save saving at checkout, and you can skip, change or cancel deliveries at any time under "Your Subscribe & Save Items" in your account.

We don't set the Subscribe & Save saving ourselves, and we can't add anything to it from our side. The beans are roasted to order either way, and the roast date is printed on the bag.

Cheers,""",
 sig="Ellie\nRooted Roasters customer team",
 quote="""Can I get your beans delivered every month automatically? And is it cheaper that way?""",
 expect="legit", classes=["amazon-feature", "look-alike", "quoted-history"],
 note="Explains Amazon's Subscribe & Save as Amazon's feature in reply to a question; no seller promotion."),

dict(n=7, lang="en", client="edesk", kind="reply", domain="hillside-teas.com", agent="Jonah", local="orders",
 subject="Re: Monthly delivery of the green tea?",
 body="""Hi Alison,

Yes, you can have it delivered automatically. On the Amazon page for our Sencha 500 g, choose "Subscribe & Save" in the box on the right, then pick how often you'd like it. Amazon shows the saving at checkout and you can pause or cancel in Your Account at any time.

The tea keeps for about 12 months unopened, so monthly is fine if you drink a few cups a day.

And once you've set up the subscription, just reply here and we'll send you a 15% code you can use on our matcha and oolong range as well.

Warm regards,""",
 sig="Jonah\nHillside Teas",
 quote="""Is there a way to get this sent every month without reordering?""",
 expect="violation", rules=["purpose.marketing"], classes=["amazon-feature", "near-twin", "quoted-history", "coupon"],
 note="Explains Subscribe & Save correctly but ends by offering a 15% code for other products."),

dict(n=8, lang="en", client="gorgias", kind="reply", domain="fairway-forge.com", agent="Luke Brennan",
 subject="Re: Shaft flex on the FF7 irons",
 body="""Hi Graham,

Good question. The FF7 irons in your order come with a regular-flex steel shaft, which suits swing speeds of roughly 80 to 95 mph with a driver. If your 7-iron carries 150 yards or so you're well within that range.

Two things people often ask about:

- Each club has the loft stamped on the hosel, so the set runs from the 5-iron at 24 degrees to the pitching wedge at 44.
- The grips are standard size. If you have large hands, many golfers share the tip of adding two extra wraps of tape under the grip; any pro shop can do that in ten minutes.

If the flex turns out to be wrong after a couple of rounds, Amazon's return window still applies as long as the clubs are unused-looking, and I'm happy to help with that here.

All the best on the course,""",
 sig="Luke Brennan\nFairway Forge Golf",
 quote="""Before I take the plastic off, are these regular or stiff shafts? I swing fairly slow.""",
 expect="legit", classes=["trigger-word", "quoted-history", "club", "share"],
 note="Answers a golf club shaft question; 'club' and 'share' are used in their plain senses."),

dict(n=9, lang="en", client="zendesk", kind="proactive", domain="wildthyme-gifts.co.uk", tld="co.uk", agent="Hannah at Wild Thyme",
 subject="Your gift box order 026-7718204-3359102: engraving text to confirm",
 body="""Hello,

Thank you for ordering the Wild Thyme engraved gift box (walnut, with the three botanical soaps). Before we engrave the lid we need to check the wording with you, because the personalisation field in the order reached us cut off:

"Happy 40th Birthday Clai"

Could you reply with the full text you'd like, up to 30 characters? If we don't hear back by Wednesday we'll hold the box rather than guess, so it won't be dispatched late without you knowing.

As requested in the gift options, the box will go out without a price slip, in our plastic-free packaging.

Many thanks,""",
 sig="Hannah\nWild Thyme Gifts\nOrder 026-7718204-3359102",
 expect="legit", classes=["customisation", "gift", "free-word", "proactive-needed"],
 note="Proactive message needed to complete a personalised gift box order; carries the order id."),

dict(n=10, lang="en", client="helpscout", kind="proactive", domain="torqline-tools.com", agent="Nina Kowalski",
 subject="Your Torqline precision screwdriver set - order 111-5083321-9027145",
 body="""Hello,

Your Torqline 58-piece precision screwdriver set was delivered on Monday. We hope the star bits (T3 to T15) and the magnetic extension are doing the job on your repairs.

If you have a moment, we would appreciate a review on Amazon. And if you're happy with the set, please give it 5 stars, as it really helps a small workshop like ours.

Thanks again for your order.""",
 sig="Nina Kowalski\nTorqline Tools",
 expect="violation", rules=["review.biased_positive"], classes=["near-twin", "conditional", "stars"],
 note="Review request with order id that asks satisfied buyers for 5 stars; 'star bits' is the legitimate use nearby."),

dict(n=11, lang="en", client="freshdesk", kind="proactive", domain="clearbrook-water.com", agent="Clearbrook Customer Care", local="care",
 subject="Order 113-6620418-7741203: how is your Clearbrook pitcher?",
 body="""Hello,

Your Clearbrook 2.4 L filter pitcher (order 113-6620418-7741203) arrived a couple of weeks ago, so you should have run a few tanks through it by now.

A quick reminder that the flow rate slows down as the cartridge gets near the end of its 150-litre life; when a full top tank takes more than about four minutes to pass through, it's time for a new cartridge. The pitcher body is BPA-free and can go on the top shelf of a dishwasher; the cartridge should not.

If you have a minute, we'd be grateful if you shared your experience in a review on Amazon, whatever it is. Honest reviews help other buyers choose the right filter.

Best regards,""",
 sig="Clearbrook Customer Care",
 expect="legit", classes=["neutral-review-request", "share", "rate-word", "free-word"],
 note="A single neutral review request with useful care advice; 'flow rate', 'BPA-free' and 'shared' are harmless."),

dict(n=12, lang="en", client="helpscout", kind="reply", domain="northwind-appliances.com", agent="Sophie Lane",
 subject="Re: Lost the manual for the bread maker",
 body="""Hi Rachel,

Sorry to hear the manual went missing in the move. I'm not able to send links in Amazon messages, so here are the basics for the BM-900 instead:

- Program 1 (Basic) takes 3 hours; add water, then flour, then yeast last in the small hollow.
- Program 8 (Dough) stops after kneading and the first rise, for pizza or rolls.
- The delay timer counts to the END of the program, so set 9:00 in the evening for a loaf at 6 in the morning.

You can also download the full PDF from our own website: just search for "Northwind BM-900 manual" and it's the first result on northwind-appliances.com.

Kind regards,""",
 sig="Sophie Lane\nNorthwind Appliances",
 quote="""Hi, we moved house and I can't find the manual for the bread maker. Can you send me a copy? Mainly the timer bit.""",
 expect="violation", rules=["contact.off_platform", "links.external"], classes=["near-twin", "refusal", "quoted-history", "own-website"],
 note="Says links can't be sent, then directs the buyer to the seller's own website for the manual."),

dict(n=13, lang="en", client="freshdesk", kind="reply", domain="pulsegear-fitness.com", agent="Ravi Menon",
 subject="Re: Price went up after I bought + strap not pairing",
 body="""Hi Karen,

Two answers for you.

The lower price you saw on Tuesday was an Amazon Lightning Deal. Those are time-limited offers that Amazon runs for a few hours, and once the deal ends the listing goes back to its normal price. We don't control when a Lightning Deal starts or stops and we can't apply it to orders placed outside the deal window, sorry.

On the heart rate strap: if the app doesn't show a reading, please follow these steps.

- Wet the two rubber pads on the back of the strap; it needs skin contact to wake up.
- Open the app, go to Devices, and remove "PG-HR2" if it's listed.
- With the strap on, tap "Add sensor" and wait for the 5-digit code printed on the pod to appear, then confirm.

If it still won't pair, tell me your phone model and app version and I'll check compatibility.

Best regards,""",
 sig="Ravi Menon\nPulseGear support",
 quote="""I paid 39.99 and two days later it's 59.99, which is strange. Anyway the heart rate strap won't connect to the app.""",
 expect="legit", classes=["amazon-feature", "refusal", "rate-word", "follow", "code-word", "quoted-history"],
 note="Explains an Amazon Lightning Deal and pairing steps; 'heart rate', 'follow' and 'code' are plain uses."),

dict(n=14, html=False, lang="en", client="gmail", kind="reply", domain="lumen-lane.com", agent="Oliver Price",
 subject="Re: Replacement lamp",
 body="""Hi Fiona,

Great to hear the replacement lamp arrived safely and the dimmer works as it should. The first one must have been knocked in transit; we've added extra corner padding to our boxes since.

Now that everything is sorted, would you mind updating your 1-star review to reflect how it was resolved? It would mean a lot to us.

Enjoy the lamp,""",
 sig="Oliver Price\nLumen Lane Lighting",
 quote="""The new lamp came today and it's perfect, thanks for sending it so quickly.""",
 expect="violation", rules=["review.change_or_remove"], classes=["near-twin", "quoted-history", "soft-request"],
 note="After resolving a problem, asks the buyer to update their 1-star review."),

dict(n=15, lang="en", client="outlook", kind="reply", domain="stonebridge-ceramics.com", agent="Laura Mitchell",
 subject="RE: Parcel arrived broken",
 body="""Dear Mr Alvarez,

I'm very sorry the serving platter arrived in pieces, and thank you for the photos.

We'll send a replacement today at no cost to you. The broken parcel itself is a matter for the carrier, and UPS asks the recipient to report visible damage within 14 days. You can do that online through the UPS tracking page for your parcel (https://www.ups.com/track?tracknum=1Z999AA10123456784) or by calling UPS Customer Service on 1-800-742-5877 and quoting the same tracking number. Please keep the box and packing until they confirm they don't need to inspect it.

You don't need to send the pieces back to us.

With apologies,

Laura Mitchell
Customer Support
Stonebridge Ceramics""",
 quote="""The platter was smashed when I opened the box. The outer box had a big dent in the corner. Photos attached.""",
 expect="legit", classes=["carrier-number", "carrier-link", "quoted-history", "signature"],
 note="Arranges a replacement and gives the carrier's (UPS) tracking link and service number, named as theirs."),
]
