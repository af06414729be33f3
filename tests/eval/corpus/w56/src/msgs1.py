# Hand-written texts, w56-0001 .. w56-0020. Written blind to the engine.
M = []
def add(**k): M.append(k)

add(id="w56-0001", client="zendesk", kind="reply", tld="com", alias="q7kd2mzx9tbh4lp",
    agent="Dana Whitfield", from_="", **{"from": "dana@harborlinenco.com"},
    subject="Price dropped two days after I ordered",
    buyer_name="Karen M.",
    buyer="""Hi, I bought the queen linen duvet cover (sage) on the 3rd for $129.99 and now the listing shows $104.99. That's a $25 difference two days later. Is there anything you can do or should I just return it and buy it again?""",
    body="""Hi Karen,

Thanks for reaching out, and I understand the frustration - that's a noticeable drop in a short time.

The lower price you're seeing is a limited-time deal Amazon is running on that listing, so we aren't able to adjust the price on our side after an order has been placed. What we can do is issue a partial refund of the $25.00 difference through Amazon on order 113-4829105-7736214. I've just submitted it; it will go back to the card you paid with and usually shows within 3-5 business days.

There's no need to return and re-buy - please keep the duvet cover.

Best regards,""",
    sig="""Dana Whitfield
Customer Care, Harbor Linen Co.""",
    expect="legit", rules=[], classes=["price-vocabulary", "partial-refund", "quoted-history"],
    note="Reply to a price-drop complaint: seller refunds the $25 price difference through Amazon.")

add(id="w56-0002", client="freshdesk", kind="reply", tld="co.uk", alias="m3vb8rpx0kq2wne",
    agent="Tom Ashworth", **{"from": "support@ashworthtools.co.uk"},
    subject="Coupon didn't apply?",
    buyer_name="Gareth Pugh",
    buyer="""Hello, I clipped the 15% off coupon on the product page for the cordless drill before I checked out but looking at my order summary I'm not sure it came off. Paid £84.99. Can you check?""",
    body="""Hello Gareth,

I've had a look at order 204-1938475-2201846. The 15% voucher did apply - it's shown in your order summary as "Promotion applied: -£15.00", taken off the list price of £99.99, so the £84.99 you paid is the discounted price.

If you open Your Orders, choose the order and click "View order details", you'll see the voucher line just above the order total.

Kind regards,
Tom Ashworth
Ashworth Tools""",
    expect="legit", rules=[], classes=["coupon-vocabulary", "explanation", "quoted-history"],
    note="Reply confirming that the Amazon clip coupon the buyer used was applied to the order total.")

add(id="w56-0003", client="gmail", kind="reply", tld="com", alias="t0xh5gk2ws8ye1a",
    agent="Marisol Vega", **{"from": "marisol@sunnyspicepantry.com"},
    subject="Subscribe & Save question - smoked paprika",
    buyer_name="Jen",
    buyer="""Hi! I get your smoked paprika through Subscribe & Save every two months. The price on my last delivery was higher than the one before. Did you raise the price? I thought S&S locks it in.""",
    body="""Hi Jen,

Good question - a lot of people assume the same thing.

Subscribe & Save is run by Amazon, and the price isn't locked in: each delivery is charged at the price on the listing when that delivery ships, minus your S&S discount (5%, or 15% if you have five or more subscriptions arriving the same month). Amazon sends a reminder email a few days before each delivery showing the price, and you can skip or cancel from "Your Subscribe & Save Items" at any time.

We did have a small increase on the 4 oz jar in October because our paprika supplier raised prices after a poor harvest in Spain. I'm sorry it came as a surprise.

Thanks,
Marisol
Sunny Spice Pantry""",
    expect="legit", rules=[], classes=["subscribe-and-save", "price-vocabulary", "quoted-history", "percent-legit"],
    note="Reply explaining how Subscribe & Save pricing works and why the price went up.")

add(id="w56-0004", client="helpscout", kind="reply", tld="com", alias="b9pl4cw7mq3zd6r",
    agent="Kevin O'Rourke", **{"from": "help@trailgrainoutdoors.com"},
    subject="Price match with Walmart?",
    buyer_name="Dylan Reyes",
    buyer="""Hey, I see the same 2-person backpacking tent at Walmart for $139 and you're $164 here. Will you price match? I'd rather order from you since you're the maker.""",
    body="""Hi Dylan,

Thanks for asking, and for wanting to buy straight from us.

I'm sorry, but we don't price match other retailers. Our Amazon price is set on its own, and we can't change it for a single order or offer a separate discount through messages.

If you do order the tent here, it ships from our warehouse in Boise, and you'd have the full Amazon return window if it doesn't suit you.

Cheers,
Kevin
TrailGrain Outdoors""",
    expect="legit", rules=[], classes=["refusal", "price-match", "negation", "quoted-history"],
    note="Reply politely declining a price-match request without offering any discount.")

add(id="w56-0005", client="outlook", kind="reply", tld="co.uk", alias="r2ny6fj8dv0hc5s",
    agent="Priya Natarajan", **{"from": "accounts@kestrelofficesupplies.co.uk"},
    subject="VAT invoice needed for order 206-5501823-4417390",
    buyer_name="Holloway Dental Ltd",
    buyer="""Good morning,
We purchased 4 x ergonomic office chairs on our business account and need a VAT invoice showing our VAT number GB 298 4412 06 for our accounts. The invoice on Amazon doesn't show it. Please can you help.
Regards, Susan (practice manager)""",
    body="""Good morning Susan,

Thank you for your message. I've attached a full VAT invoice for order 206-5501823-4417390 with your VAT number shown under the billing address.

For your records: 4 x Kestrel ErgoMesh chair at £149.17 net each, net total £596.68, VAT at 20% £119.34, gross total £716.02. Delivery was free.

I've also uploaded the same invoice to the order in Seller Central, so you'll be able to download it from Your Orders as well.

Kind regards,

Priya Natarajan
Accounts, Kestrel Office Supplies Ltd""",
    expect="legit", rules=[], classes=["vat-invoice", "attachment", "price-vocabulary", "quoted-history", "buyer-vat-number"],
    note="Reply sending a VAT invoice PDF with net/VAT/gross breakdown for a business buyer.",
    attach="invoice_0005")

add(id="w56-0006", client="gorgias", kind="reply", tld="com", alias="h8wz1tq5ln7kv3e",
    agent="Ashley Brooks", **{"from": "ashley@bloomandbrewtea.com"},
    subject="Multipack price",
    buyer_name="Rob T.",
    buyer="""Why is the 3-pack of the jasmine green tea tins $38.97 when a single is $12.99? That's exactly 3x. What's the point of the multipack?""",
    body="""Hi Rob,

Fair point! You're right that the 3-pack currently works out to the same as three singles. When we set it up, the single tin was $14.49 and the 3-pack was a saving, but we lowered the single price in September and the 3-pack hasn't been updated yet. I've flagged it to our pricing team so the two listings line up again.

For your order there's no difference either way, so please order whichever is easier for you.

Thanks for pointing it out,
Ashley
Bloom & Brew Tea""",
    expect="legit", rules=[], classes=["multipack", "price-vocabulary", "quoted-history"],
    note="Reply explaining why a multipack currently costs the same as three singles.")

add(id="w56-0007", client="zendesk", kind="reply", tld="com", alias="c5ud0mv3xr9ap2k",
    agent="Ben Lassiter", **{"from": "ben@copperbottomcookware.com"},
    subject="Will this be on Black Friday sale?",
    buyer_name="Linda Foss",
    buyer="""I want to buy the 10-piece tri-ply set for my daughter for Christmas. Will it be cheaper on Black Friday? I don't want to buy now and then see it $80 cheaper next week.""",
    body="""Hi Linda,

Thanks for getting in touch. We honestly can't say yet - deal prices on Amazon for Black Friday week aren't something we can announce ahead of time, and sometimes the final decision is made by Amazon.

If the price drops within a short time after you buy, you're welcome to message us through your order and we'll look at it case by case. Otherwise, the set has a 30-day return window through Amazon.

It makes a lovely gift - I hope your daughter enjoys cooking with it.

Kind regards,""",
    sig="""Ben Lassiter
Copperbottom Cookware""",
    expect="legit", rules=[], classes=["black-friday", "price-vocabulary", "quoted-history", "hedged"],
    note="Reply to a buyer asking whether Black Friday pricing will apply; no promise, no promotion.")

add(id="w56-0008", client="edesk", kind="reply", tld="co.uk", alias="w4gf7bn2zk6ys0j",
    agent="Callum Reid", **{"from": "callum@glenmorehomewares.co.uk"},
    subject="Missed the Prime Day price",
    buyer_name="Aisha K.",
    buyer="""Hi, I ordered the cast iron casserole dish on 16 July for £64.99 and Prime Day started the next morning and it went down to £44.99. Can I get the difference back please?""",
    body="""Hi Aisha,

Thanks for your message. I'm sorry about the timing - it's annoying to miss a Prime Day price by one day.

The Prime Day price was an Amazon Lightning Deal for Prime members and applied only to orders placed during the deal window, so it doesn't carry over to orders placed before it. As a one-off goodwill gesture we've refunded £10.00 through Amazon against order 202-7731409-5586021, which should appear on your card in a few working days.

I hope that helps a little.

Best wishes,
Callum
Glenmore Homewares""",
    expect="legit", rules=[], classes=["prime-day", "partial-refund", "price-vocabulary", "quoted-history"],
    note="Reply to a buyer who missed a Prime Day price; seller gives a partial goodwill refund via Amazon.")

add(id="w56-0009", client="freshdesk", kind="reply", tld="com", alias="e1sk9hr4cp8mt6v",
    agent="Sarah Lindqvist", **{"from": "care@northpawpetsupply.com"},
    subject="Do you have a discount code?",
    buyer_name="Marcus",
    buyer="""Do you guys have any discount codes for the orthopedic dog bed? It's a bit pricey for me. I have a 90 lb lab.""",
    body="""Hi Marcus,

Thanks for your interest in the bed! I'm sorry, but we can't send discount codes through Amazon messages.

Any promotions we run are set up on Amazon itself and show on the product page as a coupon or a deal badge, so if one comes up you'll see it there - there's nothing extra you'd need from us.

For a 90 lb lab, the XL (44 x 35 in) is the right size; the Large would be too short for him to stretch out.

Best,
Sarah
NorthPaw Pet Supply""",
    expect="legit", rules=[], classes=["refusal", "discount-vocabulary", "negation", "quoted-history"],
    note="Reply declining to give a discount code; explains Amazon shows coupons on the listing.")

add(id="w56-0010", client="helpscout", kind="reply", tld="com", alias="k6tr3wd0jf5ql9b",
    agent="Molly Chen", **{"from": "molly@fernandfoldpaper.com"},
    subject="Charged more than the listed price",
    buyer_name="Thomas Beaulieu",
    buyer="""I was charged $27.43 for the dot grid journal but the price said $24.99. Where did the extra come from? There was free shipping.""",
    body="""Hi Thomas,

Thanks for asking. The difference is sales tax. Amazon collects sales tax on orders shipped to your state, and $2.44 on $24.99 is about 9.75%, which matches the combined state and local rate for your delivery address. It appears on the order summary as "Estimated tax to be collected".

We don't receive or set that amount ourselves - Amazon calculates it and sends it to the state.

Hope that clears it up,
Molly
Fern & Fold Paper Co.""",
    expect="legit", rules=[], classes=["tax", "price-vocabulary", "percent-legit", "quoted-history"],
    note="Reply explaining the extra charge is sales tax Amazon collects.")

add(id="w56-0011", client="gmail", kind="reply", tld="com", alias="y3mj7ep1xn4bo8c",
    agent="Luke Harmon", **{"from": "luke@ridgelinecoffeeroasters.com"},
    subject="Subscribe & Save discount on the 2 lb bag",
    buyer_name="Angela",
    buyer="""Is the Subscribe & Save discount available on the 2 lb whole bean bag? I only see it on the 12 oz.""",
    body="""Hi Angela,

Thanks for the question! Right now Subscribe & Save is only set up on the 12 oz bags; the 2 lb bag isn't eligible yet, which is why you only see the one-time purchase option there.

By the way, we're launching a new Ethiopia Yirgacheffe single origin next month and we'll have 20% off for our regulars with the code RIDGE20 on our website - it pairs great with the house blend you've been ordering.

Cheers,
Luke
Ridgeline Coffee Roasters""",
    expect="violation", rules=["purpose.marketing", "contact.off_platform"], classes=["subscribe-and-save", "marketing-tail", "coupon-code", "quoted-history"],
    note="Legit S&S answer followed by a promo code for a new product on the seller's own website.")

add(id="w56-0012", client="outlook", kind="reply", tld="com", alias="u8ca2ls6hq0vy5n",
    agent="Greg Thorne", **{"from": "greg.thorne@pinnacleauto-parts.com"},
    subject="Refund of price difference",
    buyer_name="Victor Alvarez",
    buyer="""You dropped the price of the brake pad set to $41 a day after I paid $58. Can I get the $17 back?""",
    body="""Hi Victor,

Thanks for your message. I've refunded the $17.00 price difference on order 111-2047736-9910452 through Amazon; you should see it on your statement within a few business days.

Also, since you're working on your brakes: our ceramic rotors are 25% off this week only, and if you order both you'll get free shipping on the bundle. Just search "Pinnacle ceramic rotor" on Amazon.

Regards,
Greg Thorne
Pinnacle Auto Parts""",
    expect="violation", rules=["purpose.marketing"], classes=["partial-refund", "marketing-tail", "cross-sell", "quoted-history"],
    note="Legit price-difference refund plus an upsell of another product with a 25% off promotion.")

add(id="w56-0013", client="zendesk", kind="reply", tld="com", alias="n0qe5ku9gw2rm7t",
    agent="Rachel Kim", **{"from": "rachel@lumenlaneliving.com"},
    subject="Lightning deal price ended before checkout",
    buyer_name="Heather Gaines",
    buyer="""The Lightning Deal on the sunrise alarm clock was $29.99 and by the time I got through checkout it charged $44.99. The deal timer said 4 minutes left! Can you honor the deal price?""",
    body="""Hi Heather,

I'm sorry that happened - it's frustrating when the timer still shows time left.

Lightning Deals can end early when the allotted number of deal units has been claimed, even if the countdown hasn't finished, and Amazon charges whatever price is current when the order is placed. We don't have a way to apply the deal price to an order afterwards.

If you'd rather not keep it at $44.99, you can cancel from Your Orders while it still says "Not yet shipped", or return it within 30 days for a full refund.

Best,
Rachel""",
    sig="""Rachel Kim
Lumen Lane Living""",
    expect="legit", rules=[], classes=["lightning-deal", "refusal", "price-vocabulary", "quoted-history"],
    note="Reply explaining why a sold-out Lightning Deal price can't be honored; points to cancel/return options.")

add(id="w56-0014", client="freshdesk", kind="reply", tld="co.uk", alias="d7hv1oz4ti8fb3x",
    agent="Imogen Hale", **{"from": "imogen@thistleandwickcandles.co.uk"},
    subject="Damaged candle - replacement",
    buyer_name="Fiona",
    buyer="""The large amber candle arrived with the glass cracked right down the side. Photos attached. Bit disappointed as it was a gift.""",
    body="""Hi Fiona,

I'm so sorry the candle arrived cracked - thank you for the photos, they make it very clear. I've sent a replacement out today by Royal Mail Tracked 48; you don't need to send the broken one back, please just dispose of it carefully.

To say sorry, here's 20% off your next order with the code SORRY20 at checkout on our website. We've also just launched our winter collection (Spiced Fig and Cedar Frost are the favourites so far) if you fancy a look.

Warm wishes,
Imogen
Thistle & Wick""",
    expect="violation", rules=["purpose.marketing", "contact.off_platform"], classes=["damaged-item", "apology-coupon", "marketing-tail", "quoted-history"],
    note="Replacement for a damaged candle plus an apology discount code on the own website and new collection plug.")

add(id="w56-0015", client="gorgias", kind="reply", tld="com", alias="z2bx6ya0ms5eu4h",
    agent="Jordan Pike", **{"from": "jordan@wavecrestswim.com"},
    subject="Coupon for second item?",
    buyer_name="Nicole",
    buyer="""The listing says "Save 10% when you buy 2" but I bought two swimsuits in different sizes and only got charged full price. Are different sizes excluded?""",
    body="""Hi Nicole,

Thanks for checking. Different sizes of the same swimsuit are included - the "Save 10% when you buy 2" promotion applies across all sizes and colours of that style. Looking at order 114-6620931-0048172, both suits were added to the cart in separate sessions and the order went through before the promotion was linked, so it wasn't picked up.

I've refunded the 10% ($6.80) through Amazon so you're charged what the promotion should have given you.

Thanks,
Jordan
Wavecrest Swim""",
    expect="legit", rules=[], classes=["promotion-vocabulary", "partial-refund", "percent-legit", "quoted-history"],
    note="Reply refunding the 10% of a buy-two promotion that didn't apply at checkout.")

add(id="w56-0016", client="edesk", kind="reply", tld="com", alias="f5ly9ig3ok1wa6d",
    agent="Nate Doyle", **{"from": "nate@brightforgeelectronics.com"},
    subject="Is the 4-pack cheaper per unit?", plain_only=True,
    buyer_name="Sam",
    buyer="""Is it cheaper to buy the 4-pack of the USB-C chargers or four singles? And are they identical to the single?""",
    body="""Hi Sam,

Yes, the 4-pack is cheaper per unit: it's $49.99, which is $12.50 each, against $15.99 for a single. The chargers in the 4-pack are exactly the same 30W model as the single listing; the only difference is that they come in one box with four cables instead of individually boxed.

Thanks for your question,
Nate
BrightForge Electronics""",
    expect="legit", rules=[], classes=["multipack", "price-vocabulary", "quoted-history", "short"],
    note="Reply comparing per-unit price of a 4-pack and a single unit.")

add(id="w56-0017", client="helpscout", kind="reply", tld="co.uk", alias="g9ow4sx7ue2ic1p",
    agent="Hannah Price", **{"from": "hannah@meadowvalebakeware.co.uk"},
    subject="Invoice with VAT breakdown",
    buyer_name="Oliver",
    buyer="""Can I get an invoice with VAT shown separately for my cake tins order? I'm a sole trader.""",
    body="""Hi Oliver,

Of course. Your order 026-3318402-7719534 came to £36.00 including VAT: £30.00 net plus £6.00 VAT at 20%. The VAT invoice is available under Your Orders > Invoice, and I've also attached a copy here for your records.

If your accountant needs your business name on it, reply with the name and address you'd like shown and I'll reissue it.

Kind regards,
Hannah
Meadowvale Bakeware""",
    expect="legit", rules=[], classes=["vat-invoice", "attachment", "price-vocabulary", "quoted-history"],
    note="Reply sending a VAT invoice PDF with net and VAT amounts to a sole trader.",
    attach="invoice_0017")

add(id="w56-0018", client="outlook", kind="proactive", tld="com", alias="p4ej8dq1ha6kn0s",
    agent="Claire Donnelly", **{"from": "claire@oakhollowfurniture.com"},
    subject="Your order 112-9037714-4428813 - price adjustment",
    body="""Hello,

I'm writing about your order 112-9037714-4428813 for the Oak Hollow bedside table.

After your order was placed we found that the listing price had been entered incorrectly: it showed $189.00 instead of the correct $169.00 for the walnut finish. You were charged the higher amount, so we've refunded the $20.00 difference through Amazon. You don't need to do anything; the refund will appear on your original payment method within 3-5 business days.

Your table is still scheduled to ship on Thursday.

Sincerely,
Claire Donnelly
Order Support, Oak Hollow Furniture""",
    expect="legit", rules=[], classes=["proactive", "partial-refund", "price-vocabulary", "order-problem"],
    note="Proactive notice of a refund for an overcharge caused by a pricing error; carries the order id.")

add(id="w56-0019", client="gmail", kind="reply", tld="com", alias="s1hn5vc8bi3xz7u",
    agent="Tessa", **{"from": "tessa@littlesproutbaby.com"},
    subject="Thanks for the quick reply!",
    buyer_name="Megan",
    buyer="""Thanks for sorting out the missing bib so fast! Really appreciate it.""",
    body="""Hi Megan,

You're very welcome - glad we could sort it out so quickly!

Just so you know, we send out a monthly newsletter with early access to our sales and new prints before they hit Amazon. If you'd like to be on it, just reply with your personal email address and I'll add you. Our Black Friday sale starts Nov 24 and subscribers get an extra 10% on top.

Take care,
Tessa
Little Sprout Baby Co.""",
    expect="violation", rules=["purpose.marketing", "contact.off_platform"], classes=["newsletter", "black-friday", "solicit-email", "quoted-history"],
    note="Reply to a buyer's thanks that invites them to a newsletter and asks for their personal e-mail.")

add(id="w56-0020", client="zendesk", kind="reply", tld="com", alias="x6ik0rf3ml9dt2g",
    agent="Omar Haddad", **{"from": "omar@sandstonerugs.com"},
    subject="Black Friday price for different size",
    buyer_name="Patricia Lowell",
    buyer="""I saw on Amazon the 5x7 of the Medina rug was $89 for Black Friday but the 8x10 was still $249. Is the 8x10 going to be on the deal too?""",
    body="""Hi Patricia,

Thanks for your message. The Black Friday deal you saw was only on the 5x7 size - Amazon accepted that size into the event, and the 8x10 wasn't included this year. The 8x10 is staying at $249 for now.

I know that's not the answer you hoped for. If it helps with planning, the 8x10 ships flat-folded and the rug pad that fits it is 7'10" x 9'10".

Kind regards,""",
    sig="""Omar Haddad
Sandstone Rugs""",
    expect="legit", rules=[], classes=["black-friday", "refusal", "price-vocabulary", "quoted-history"],
    note="Reply saying the Black Friday deal covers only one size; no promotion offered.")
