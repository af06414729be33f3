LOGO = lambda href, src, alt: f'<p><a href="{href}"><img src="{src}" alt="{alt}" width="140" height="48"></a></p>'
MSGS = [
dict(c="zd", k="r", r=[], cl=["quoted-history", "dimensions"], n="Answers a buyer's question about the size of a bamboo bath mat before purchase.",
 f="Hannah Price <hannah@oakandreed-home.co.uk>", s="Re: Bamboo bath mat - will it fit?", qn="Louise",
 q="""Hi, I have a space of about 62 x 42 cm between the bath and the sink. Would the large bamboo mat fit, or is it too big? Also is it OK to use on heated floors?
Thanks, Louise""",
 b="""Hi Louise,

Thanks for getting in touch before ordering, that's always the best way to avoid a return.

The large mat measures 60 x 40 cm including the little rubber feet, so it will fit your 62 x 42 cm space with about a centimetre to spare on each side. If you'd like a bit more room to open the cabinet door, the medium one is 50 x 35 cm.

It's fine on underfloor heating. We'd only suggest letting it dry fully after a shower now and then, because bamboo slats that stay wet on a warm floor can warp slightly over time.

Kind regards,
Hannah
Customer Care, Oak & Reed Home"""),

dict(c="fd", k="r", r=["contact.phone_number", "links.external"], cl=["signature", "quoted-history", "delivery"], n="Explains a courier delay but ends with a signature carrying the shop's phone number and website.",
 f="Oak & Reed Support <support@oakandreed-home.co.uk>", s="Re: Where is my order? 205-3381947-2205136", qn="Martin",
 q="""Ordered the linen duvet cover 6 days ago and still nothing. Tracking hasn't moved since Monday. Order 205-3381947-2205136.""",
 b="""Hello Martin,

I'm sorry your duvet cover hasn't arrived yet. I've checked with the courier and the parcel was held at their Warrington depot because of a sorting backlog. It was put back on a van this morning and they expect to deliver it tomorrow before 6pm.

If it hasn't reached you by Thursday, just reply here and I'll send a replacement out by next-day delivery at no cost to you.

Best wishes,
Dan Whitfield
Oak & Reed Home | Customer Support
Tel: 01925 604 318
www.oakandreed-home.co.uk"""),

dict(c="gg", k="p", r=[], cl=["order-problem", "stock"], n="Proactively tells the buyer the ordered colour is out of stock and offers a choice.",
 f="Priya at Lumen Kitchenware <priya@lumenkitchenware.com>", s="About your order 112-6620914-3378205 - colour out of stock",
 b="""Hi there,

I'm writing about your order 112-6620914-3378205 for the 3-piece enamel casserole set in Sage Green.

Unfortunately our last sage set was damaged in the warehouse during a stock check this morning, and the next delivery from our supplier isn't due until the 24th. I didn't want you to wait without knowing.

You have a few options:
- we send the same set in Slate Grey today, at the same price;
- we hold your order and ship the Sage Green set as soon as it arrives (around the 24th);
- we cancel the order for you and you're refunded in full straight away.

Just reply with the option you prefer. If we don't hear from you by Friday we'll keep the order on hold rather than change anything.

Sorry for the trouble,
Priya
Lumen Kitchenware"""),

dict(c="hs", k="p", r=[], cl=["review-request", "neutral"], n="A single neutral review request sent a week after delivery.",
 f="Tom Keller <tom@brightfieldaudio.com>", s="Your Brightfield earbuds - order 114-0937261-5518420",
 b="""Hello,

Your Brightfield Air 2 earbuds (order 114-0937261-5518420) were delivered last week, and we hope they are working well for you.

If you have a moment, we would appreciate it if you left a review on Amazon describing your experience. Other buyers find honest reviews really useful when choosing headphones.

If anything about the earbuds isn't right, you can also reply to this message and we'll help.

Thanks,
Tom Keller
Brightfield Audio"""),

dict(c="ed", k="p", r=["review.biased_positive"], cl=["review-request", "conditional"], n="Review request that asks only happy buyers for five stars.",
 f="Brightfield Audio <care@brightfieldaudio.com>", s="How are your new headphones? Order 113-4482019-7730615",
 b="""Hi,

Your Brightfield Studio over-ear headphones (order 113-4482019-7730615) should have arrived a few days ago.

We're a small team and every review makes a big difference to us. If you're happy with your headphones, please take a minute to leave us a 5-star review on Amazon - it really helps us compete with the big brands.

Enjoy the music!
The Brightfield team"""),

dict(c="ol", k="r", r=[], cl=["invoice", "quoted-history"], n="Sends the requested VAT invoice as a PDF in reply to the buyer.",
 f="Sarah Collins <sarah.collins@tinkertownetoys.co.uk>", s="RE: VAT invoice for order 203-5510482-9183306", qn="Graham Holt",
 q="""Hello, could you send me a VAT invoice for order 203-5510482-9183306 (wooden train set)? It's for our nursery so I need the company name on it: Little Acorns Day Nursery Ltd.
Many thanks""",
 b="""Dear Mr Holt,

Thank you for your message. Please find attached the VAT invoice for order 203-5510482-9183306, made out to Little Acorns Day Nursery Ltd as requested.

The invoice shows the net price of £37.49, VAT at 20% of £7.50 and the total of £44.99 that you paid on Amazon.

If the nursery's address also needs to appear on it, please reply with the address and I'll reissue it.

Kind regards,

Sarah Collins
Accounts & Customer Service
Tinkertowne Toys Ltd""",
 a=("pdf", "Invoice_TT-2026-04417.pdf", "INVOICE TT-2026-04417", [
 "Tinkertowne Toys Ltd, Unit 4 Mill Lane Industrial Estate, Leek ST13 5PN, United Kingdom",
 "VAT Reg. No. GB 318 4471 29", "",
 "Invoice to: Little Acorns Day Nursery Ltd", "Amazon order: 203-5510482-9183306", "Invoice date: see order date", "",
 "1 x Wooden train set, 52 pieces, natural beech            net 37.49 GBP",
 "VAT 20%                                                          7.50 GBP",
 "Total paid                                                      44.99 GBP", "",
 "Paid in full via Amazon.co.uk. Thank you."])),

dict(c="gm", k="r", r=["purpose.marketing"], cl=["coupon", "returns", "quoted-history"], n="Handles a return correctly but adds a discount code for the next purchase.",
 f="Ellie | Pip & Posy <ellie@pipandposy.com>", s="Re: Return for the toddler raincoat", qn="Jess",
 q="""Hi, the raincoat is lovely but age 3-4 is way too big for my son. Can I return it?""",
 b="""Hi Jess,

Of course! You can return it through Your Orders on Amazon - choose "Return or replace items" and pick "Too large" as the reason. The return label is free for size issues, and once we receive the coat the refund goes back to your original payment method within 2-3 working days.

If you'd like the 2-3 size instead, just order it as a new item, as exchanges aren't possible directly.

And as a little sorry for the hassle, here's 15% off your next order on our shop with code POSY15.

Take care,
Ellie
Pip & Posy Kids"""),

dict(c="zd", k="r", r=[], cl=["carrier-link", "delivery", "quoted-history"], n="Replies to a missing-parcel query with a Royal Mail tracking link and next steps.",
 f="Callum Reid <callum@hearthandhollow.co.uk>", s="Re: Parcel not arrived - order 202-7741093-0046187", qn="Anne",
 q="""My candle set was supposed to arrive on Saturday and there's nothing. Order 202-7741093-0046187.""",
 b="""Hi Anne,

Thanks for letting us know. Your parcel was sent by Royal Mail Tracked 48 and the tracking number is JD401728331GB. You can follow it here:
https://www.royalmail.com/track-your-item#/tracking-results/JD401728331GB

The last scan shows it arriving at your local delivery office on Saturday afternoon, so it should be out for delivery today or tomorrow. Royal Mail are still working through some weekend backlog in your area.

If it still hasn't turned up by Wednesday, reply to this message and we'll either send a new set or refund you, whichever you prefer.

Best,
Callum
Hearth & Hollow"""),

dict(c="fd", k="p", r=["purpose.thank_you_only"], cl=["thank-you"], n="Proactive note that only thanks the buyer for the order.",
 f="Hearth & Hollow <hello@hearthandhollow.co.uk>", s="Thank you for your order 204-1183920-6645713",
 b="""Dear customer,

Thank you so much for choosing Hearth & Hollow for your order 204-1183920-6645713.

We're a small family business in Yorkshire and every order means a lot to us. We hope your candles bring a bit of warmth to your home this winter.

If you ever need anything, we're here to help.

Warm wishes,
The Hearth & Hollow family"""),

dict(c="gg", k="r", r=["style.emoji"], cl=["emoji", "toys"], n="Answers an age-suitability question for a marble run but sprinkles emoji through the reply.",
 f="Zoe from Bricktastic <zoe@bricktastic-toys.com>", s="Re: Marble run for a 4 year old? 🎲",
 b="""Hi Rachel! 👋

Great question! The 120-piece marble run is marked 6+ because the marbles are a choking hazard, so for a 4-year-old we'd really recommend our Junior version, which uses big 4 cm balls instead of marbles. 🙂

The Junior set has 60 chunky pieces and is compatible with the bigger set later on, so nothing is wasted when they grow into it. 🎉

Hope that helps!
Zoe 😊
Bricktastic Toys"""),

dict(c="hs", k="r", r=["links.external"], cl=["manual-link", "quoted-history", "electronics"], n="Helps with smart plug pairing but sends the buyer to a manual on the seller's own website.",
 f="Ravi Shah <ravi@voltnest.com>", s="Re: Smart plug won't connect to WiFi", qn="Kevin",
 q="""The plug keeps flashing blue and the app says "device not found". My router is a BT Smart Hub.""",
 b="""Hi Kevin,

Sorry about the trouble. A fast blue flash means the plug is in pairing mode, so that part is working. The most common cause with BT Smart Hubs is that the 2.4 GHz and 5 GHz networks share one name, and the plug can only join 2.4 GHz.

Could you try this:
1. Hold the button for 6 seconds until the light flashes fast again.
2. In the app, choose "Add device manually" and pick "Smart plug (2.4 GHz only)".
3. Keep your phone within 2 metres of the plug while it pairs.

The full troubleshooting guide with screenshots is on our website: https://www.voltnest.com/support/manuals/sp10-smart-plug

Let me know how you get on.

Ravi
VoltNest Support"""),

dict(c="ed", k="p", r=["review.repeat_request"], cl=["review-request", "reminder"], n="A second reminder to leave a review after the first request went unanswered.",
 f="VoltNest <orders@voltnest.com>", s="Reminder: share your thoughts on order 111-3039478-2264019",
 b="""Hello,

We wrote to you last week about your VoltNest SP10 smart plugs (order 111-3039478-2264019), but we haven't seen a review yet, so this is just a quick reminder.

When you have a minute, please leave a review on Amazon. It only takes a moment and helps other shoppers.

Thank you,
VoltNest Customer Care"""),

dict(c="ol", k="r", r=[], cl=["refusal", "discount-request", "quoted-history"], n="Politely refuses a buyer's request for a bulk discount through messages.",
 f="Michael Dunn <michael@lumenkitchenware.com>", s="RE: Discount for 12 sets?", qn="Claire",
 q="""Hi, I run a small holiday let business and want 12 of the knife block sets. Can you do a discount if I buy them all at once? Maybe 20%?""",
 b="""Hi Claire,

Thanks for thinking of us for your holiday lets.

I'm afraid we can't arrange discounts or separate deals through Amazon messages - the price shown on the listing is the one we can offer. If Amazon shows a quantity discount for business customers on your account, that would apply automatically at checkout.

On stock: we have 40 sets available, so 12 is no problem and they would ship together in two boxes.

Best regards,
Michael Dunn
Lumen Kitchenware"""),

dict(c="gm", k="r", r=[], cl=["quoted-history", "buyer-phone", "look-alike"], n="Buyer's quoted text includes a phone number; the agent keeps the conversation on Amazon and answers.",
 f="Grace Lin <grace@velvetbloom-beauty.com>", s="Re: Serum made my skin red", qn="Monica",
 q="""I used the vitamin C serum twice and my cheeks went red and itchy. Can someone call me on 07700 900461? I'd rather talk.""",
 b="""Hi Monica,

I'm really sorry to hear about the redness. Please stop using the serum for now and rinse with cool water if it's still itchy. If it doesn't settle within a day or two, it's worth seeing a pharmacist.

We're only able to help through Amazon messages, so we can't call you, but I'm happy to sort everything here. Our serum has 15% L-ascorbic acid, which can be too strong for sensitive skin even though most people tolerate it.

You can return the bottle even though it's opened: go to Your Orders, choose "Return items" and select "Item caused a reaction". We'll refund the full £24.00 once it's back with us.

Take care,
Grace
Velvet Bloom Beauty"""),

dict(c="zd", k="p", r=["image.logo_link", "links.external"], cl=["customisation", "newsletter-template", "html-only-violation"], n="Legitimate engraving question sent from a template whose header logo links to the shop's website.",
 f="Amelia Ward <amelia@carvedcountry.co.uk>", s="Engraving text for order 206-4419203-8856021",
 h=dict(top=LOGO("https://www.carvedcountry.co.uk", "https://cdn.carvedcountry.co.uk/mail/logo-carved-country.png", "Carved Country")),
 b="""Hello,

Thank you for ordering the personalised oak chopping board (order 206-4419203-8856021).

Your order note says "The Hendersons est 2019", but the engraving field was left empty, so I wanted to check before we start. Would you like exactly "The Hendersons est. 2019", with the full stop after "est"? And centred at the bottom of the board, or in the top corner?

We'll hold the board until we hear from you, so it won't be delayed by more than a day once you reply.

Many thanks,
Amelia
Carved Country"""),

dict(c="fd", k="r", r=["purpose.marketing", "contact.off_platform"], cl=["social-footer", "replacement"], n="Arranges a replacement for a broken mug but ends with a follow-us-on-Instagram footer.",
 f="Carved Country Support <help@carvedcountry.co.uk>", s="Re: Mug arrived broken",
 b="""Hi Steven,

Oh no, I'm so sorry the mug arrived in pieces, and thank you for the photo. A new one is already packed and will go out with this afternoon's collection; you don't need to send the broken one back.

We've also added extra bubble wrap to your replacement.

Best wishes,
Amelia
Carved Country

Follow us on Instagram @carvedcountryuk for new designs and behind-the-scenes from the workshop!"""),

dict(c="gg", k="p", r=[], cl=["customisation"], n="Asks for the name to embroider on a personalised Christmas stocking so the order can be made.",
 f="Beth at Stitch & Story <beth@stitchandstory.com>", s="Name for your personalised stocking - order 111-2284017-6613002",
 b="""Hello,

Thank you for your order 111-2284017-6613002 for a personalised red velvet Christmas stocking.

The personalisation box on Amazon came through empty, so we don't yet know which name to embroider. Could you reply with:
- the name (up to 10 letters),
- your thread colour: white, gold or silver.

To make sure it arrives before Christmas, we need your reply by 15 December. If we don't hear from you by then, we'll contact you again rather than send it out blank.

Thanks,
Beth
Stitch & Story"""),

dict(c="hs", k="r", r=[], cl=["manual", "quoted-history", "electronics"], n="Attaches the PDF manual a buyer lost for a baby monitor.",
 f="Nadia Brooks <nadia@hushwave.com>", s="Re: Lost instructions for baby monitor", qn="Paul",
 q="""We threw away the box with the booklet by mistake. How do I pair a second camera to the HW-200 parent unit?""",
 b="""Hi Paul,

No problem at all, it happens to all of us. I've attached the full HW-200 user manual as a PDF.

To pair a second camera:
1. On the parent unit, open Menu > Camera > Add camera.
2. Choose slot 2.
3. Within 30 seconds, press and hold the pair button on the back of the new camera until the light blinks green.

Page 11 of the manual has pictures of each step. Once it's paired you can switch between cameras with the left arrow key.

Best,
Nadia
HushWave Customer Support""",
 a=("pdf", "HW-200_User_Manual_EN.pdf", "HushWave HW-200 Video Baby Monitor - User Manual", [
 "1. Safety: keep all cables at least 1 metre from the cot.",
 "2. In the box: parent unit, camera, 2 power adapters, wall bracket.",
 "3. Getting started: charge the parent unit for 4 hours before first use.",
 "4. Adding a camera: Menu > Camera > Add camera, choose a free slot,",
 "   then hold the pair button on the camera until it blinks green.",
 "5. Night vision switches on automatically below 5 lux.",
 "6. Temperature alerts can be set between 14 and 30 degrees C.",
 "7. Troubleshooting: if the screen shows 'Out of range', move the parent",
 "   unit closer to the camera or remove obstacles such as metal doors.",
 "8. Warranty: 2 years from the date of purchase."])),

dict(c="ed", k="r", r=["review.divert_negative"], cl=["damaged", "review-divert"], n="Offers a refund for a cracked lamp but asks the buyer to contact the seller before leaving a review.",
 f="Lumina Living <service@lumina-living.co.uk>", s="Re: Lamp base cracked",
 b="""Dear Joanna,

Thank you for the photos of the cracked ceramic base, and I'm sorry it reached you in that state. We've issued a full refund of £39.99 today; you'll see it within 3-5 working days. There's no need to return the lamp.

In future, if anything is ever wrong with an order, please message us first before leaving a review, as we can almost always put things right quickly.

Kind regards,
Oliver
Lumina Living Customer Service"""),

dict(c="ol", k="p", r=["order.id_missing"], cl=["delivery-scheduling", "no-order-id"], n="Delivery scheduling message for a sofa that never mentions the Amazon order id.",
 f="Deliveries - Harrow & Finch <deliveries@harrowandfinch.co.uk>", s="Booking your sofa delivery",
 b="""Dear customer,

Your three-seater sofa in Moss Velvet is ready to leave our warehouse. As it's a two-person delivery, we need to agree a date with you.

Our van is in your area on:
- Tuesday 14th, 8am-1pm
- Thursday 16th, 12pm-6pm
- Saturday 18th, 8am-1pm

Please reply with the slot that suits you, and let us know if there are any narrow stairs or tight corners the crew should know about.

Kind regards,
Deliveries Team
Harrow & Finch"""),

dict(c="gm", k="r", r=[], cl=["warranty"], n="Explains the warranty process for a faulty hair dryer without moving the buyer off Amazon.",
 f="Leo Marsh <leo@airluxe-hair.com>", s="Re: Hair dryer stopped working after 8 months",
 b="""Hi Deborah,

I'm sorry your AirLuxe dryer has stopped working. It's covered by our 2-year warranty, so we'll replace it free of charge.

To start the claim, please reply here with:
- a photo of the serial number label on the handle (it starts with AL7),
- a short description of what happens when you switch it on (no power at all, or power but no heat).

Once we have those, we'll send you a prepaid return label through this conversation and ship the new dryer the same day we receive yours, usually within a week in total.

Best regards,
Leo
AirLuxe Customer Care"""),

dict(c="zd", k="r", r=["review.incentive"], cl=["review-incentive", "gift"], n="Promises free replacement brush heads if the buyer leaves a review.",
 f="Isla Morgan <isla@brightsmile-care.com>", s="Re: Which brush heads fit my toothbrush?",
 b="""Hi Nathan,

Good news: all our SonicPro brush heads fit the SP-3 handle, including the soft and whitening versions.

Also, if you leave a review of your toothbrush on Amazon, just send us a screenshot here and we'll post you a free 4-pack of brush heads as a thank you!

Best,
Isla
BrightSmile Care"""),

dict(c="fd", k="r", r=[], cl=["returns", "fashion", "quoted-history"], n="Gives return steps for a dress in the wrong size and confirms refund timing.",
 f="Marta Nowak <marta@hollisandmay.com>", s="Re: Dress too small - return?", qn="Helen",
 q="""Hello, the green wrap dress in size 12 is too tight across the shoulders. Can I return it and how long does the refund take? Order 026-4018822-7719402""",
 b="""Hello Helen,

I'm sorry it didn't fit. Yes, you can return it for a full refund within 30 days.

1. Go to Your Orders on Amazon and choose "Return or replace items" next to order 026-4018822-7719402.
2. Select "Too small" and print the free label, or use the QR code at a drop-off point.
3. Please include the dress with its tags still attached.

We usually process refunds within 2 working days of receiving the parcel. For a better fit across the shoulders, customers often go one size up in the wrap style; the size 14 measures 98 cm across the bust.

Kind regards,
Marta
Hollis & May"""),

dict(c="gg", k="p", r=["purpose.shipping_confirmation"], cl=["shipped-only"], n="Proactive message that only says the order has shipped.",
 f="Hollis & May <orders@hollisandmay.com>", s="Your order 026-8812043-3350917 is on its way",
 b="""Hi,

Great news - your order 026-8812043-3350917 has been dispatched today and is on its way to you!

Thank you for shopping with Hollis & May.

Best wishes,
The Hollis & May team"""),

dict(c="hs", k="r", r=["contact.email_address"], cl=["email-in-body", "damaged"], n="Asks the buyer to e-mail photos of a damaged toy to the seller's own address.",
 f="Fin Gallagher <fin@tinytrailtoys.com>", s="Re: Wheel came off the wooden truck",
 b="""Hi Sophie,

Sorry to hear one of the wheels came off already - that shouldn't happen.

Could you send a couple of photos of the truck and the loose wheel to returns@tinytrailtoys.com? Our workshop team will check whether it's the axle or the glue, and we'll send a replacement truck straight away.

Thanks,
Fin
Tiny Trail Toys"""),

dict(c="ed", k="r", r=[], cl=["ingredients", "cosmetics"], n="Answers an allergy question about nut oils in a body butter.",
 f="Velvet Bloom Beauty <support@velvetbloom-beauty.com>", s="Re: Does the body butter contain nuts?",
 b="""Hi Priyanka,

Thank you for checking before you buy, that's really sensible with a nut allergy.

Our Whipped Cocoa Body Butter does contain tree-nut derived ingredients: shea butter (Butyrospermum Parkii) and sweet almond oil (Prunus Amygdalus Dulcis). It's made in a facility that also handles macadamia oil.

Our Unscented Oat Body Cream doesn't contain any nut oils and is made on a separate line, so that might be a safer choice. The full ingredient list is in the product images on the Amazon listing.

Best wishes,
Grace
Velvet Bloom Beauty"""),

dict(c="ol", k="r", r=["contact.phone_number", "contact.email_address", "links.external"], cl=["signature", "quoted-history", "outlook-signature"], n="Correct answer about a replacement charger, with an Outlook signature full of direct contact details.",
 f="James Okafor <james.okafor@chargecraft.co.uk>", s="RE: Charger for the cordless vacuum", qn="Derek",
 q="""Which charger do I need for the CV-22 vacuum? The original got lost in a house move.""",
 b="""Hi Derek,

The CV-22 uses the 26V / 0.5A adapter with the round 5.5 mm plug, part number CC-AD26. It's sold separately on Amazon under our brand. Please don't use a universal laptop charger, as the higher current can damage the battery.

Regards,

James Okafor
Customer Service Team Leader
ChargeCraft Ltd
T: +44 (0)161 496 0732
E: james.okafor@chargecraft.co.uk
W: www.chargecraft.co.uk"""),

dict(c="gm", k="p", r=[], cl=["order-problem", "address", "carrier-link"], n="Tells the buyer the parcel was returned because of an incomplete address and asks to confirm it.",
 f="Sam Porter <sam@woolandwillow.co.uk>", s="Problem delivering order 204-6690183-1127544",
 b="""Hello,

I'm contacting you about order 204-6690183-1127544 (merino throw, charcoal).

DPD tried to deliver it yesterday but returned it to us marked "address incomplete - flat number missing". You can see the note on their tracking page: https://track.dpd.co.uk/parcels/15501234567890

Could you reply with the full address including the flat number? We'll resend it the same day at our cost. If you'd rather have a refund instead, just say so and we'll process it.

Thanks,
Sam
Wool & Willow"""),

dict(c="zd", k="r", r=["review.change_or_remove"], cl=["review-change", "after-resolution"], n="After solving a problem, asks the buyer to update their 1-star review.",
 f="Oscar Bell <oscar@nordhomeliving.com>", s="Re: Shelf brackets missing",
 b="""Hi Karen,

The missing brackets and screws for your floating shelves went out this morning by first class post, so they should be with you tomorrow or Thursday.

I saw that you left a 1-star review about the missing parts. Now that we've sorted it, would you consider updating your review to reflect how we handled it? It would mean a lot to our small team.

Thanks again for your patience,
Oscar
Nord Home Living"""),

dict(c="fd", k="r", r=[], cl=["negation", "refusal", "review-incentive-refused", "quoted-history"], n="Buyer asks for a discount in return for a review; the agent refuses and keeps to the question.",
 f="Nord Home Living <support@nordhomeliving.com>", s="Re: Discount for a review?", qn="Ben",
 q="""Hey, if I give your shelf a good review can you refund me a bit? Other sellers do that.""",
 b="""Hi Ben,

Thanks for asking openly. We can't offer refunds, discounts or anything else in return for reviews - Amazon doesn't allow it, and we want reviews of our shelves to be genuine.

If something about the shelf isn't right, though, please tell us and we'll do our best to fix it, whether that's missing fixings, a scratch or a wobble.

Best regards,
Oscar
Nord Home Living"""),

dict(c="gg", k="r", r=["links.shortener"], cl=["shortener", "video-link"], n="Sends a shortened link to a setup video for a robot vacuum.",
 f="Mia at Cleanbot <mia@cleanbot-home.com>", s="Re: Robot vacuum keeps getting stuck under the sofa",
 b="""Hi Arjun,

That usually happens when the sofa is just a few millimetres higher than the robot, so it drives in and gets wedged.

You can fix it by setting a no-go zone in the app: open the map, tap "Zones", draw a box round the sofa and save. There's a 2-minute video showing each step here: https://bit.ly/3cbNoGo

If it still gets stuck after that, let me know and we'll send you a free set of barrier strips.

Mia
Cleanbot Support"""),

dict(c="hs", k="p", r=[], cl=["customisation", "proof", "docx"], n="Sends an engraving proof as a DOCX file for the buyer's approval.",
 f="Ruth Ellery <ruth@everafterengraving.com>", s="Engraving proof for order 113-7720488-1904367",
 b="""Hello,

Thank you for your order 113-7720488-1904367 for an engraved silver photo frame.

Before we engrave, we always send a proof so you can check the spelling and layout. I've attached it as a Word file. It shows the text "Mum & Dad - 40 years - 12.06.1986" in our Script font, centred under the photo window.

Please reply with "approved" if it's all correct, or tell us what to change. We engrave within one working day of your approval.

Kind regards,
Ruth
Ever After Engraving""",
 a=("docx", "Proof_113-7720488-1904367.docx", "Engraving proof - order 113-7720488-1904367", [
 "Item: Silver-plated photo frame, 7 x 5 inch",
 "Font: Script (Edwardian)",
 "Line 1: Mum & Dad",
 "Line 2: 40 years",
 "Line 3: 12.06.1986",
 "Position: centred, 8 mm below the photo window",
 "Please check spelling, dates and punctuation before approving."])),

dict(c="ed", k="p", r=["attach.content"], cl=["invoice", "coupon-in-attachment"], n="Clean invoice message, but the attached PDF invoice ends with a discount code for the shop's website.",
 f="Accounts - Sparkhaus Electronics <accounts@sparkhaus-electronics.co.uk>", s="Invoice for your order 202-0036618-4491285",
 b="""Hello,

As requested at checkout, please find attached the VAT invoice for your order 202-0036618-4491285 (USB-C docking station, 1 unit).

The invoice shows our VAT number and the 20% VAT included in your payment of £89.99.

Kind regards,
Accounts Team
Sparkhaus Electronics""",
 a=("pdf", "Sparkhaus_Invoice_202-0036618-4491285.pdf", "VAT INVOICE SH-55120", [
 "Sparkhaus Electronics Ltd, 18 Canal Street, Manchester M1 3HE",
 "VAT Reg. No. GB 402 1183 57", "",
 "Amazon order 202-0036618-4491285",
 "1 x USB-C docking station 11-in-1        net 74.99 GBP",
 "VAT 20%                                      15.00 GBP",
 "Total                                        89.99 GBP", "",
 "Thank you for your order! Save 10% on your next purchase at",
 "sparkhaus-electronics.co.uk with code SPARK10."])),

dict(c="ol", k="r", r=[], cl=["thanks-reply", "look-alike"], n="Short reply to a buyer who wrote to say thanks; a thank-you in a reply is fine.",
 f="Michael Dunn <michael@lumenkitchenware.com>", s="RE: Knife sets arrived", qn="Claire",
 q="""All 12 sets arrived today, well packed. Thanks for your help.""",
 b="""Hi Claire,

That's great to hear, thank you for letting us know. If any of the knives need sharpening advice or a block gets damaged in use, just message us here.

Best regards,
Michael Dunn
Lumen Kitchenware"""),
]
