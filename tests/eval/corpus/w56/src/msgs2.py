# Hand-written texts, w56-0021 .. w56-0036. Written blind to the engine.
M = []
def add(**k): M.append(k)

add(id="w56-0021", client="freshdesk", kind="reply", tld="com", alias="a3fo8wl5pd0gz6y",
    agent="Erin Walsh", **{"from": "erin@quietpinesleep.com"},
    subject="Price went up after adding to cart",
    buyer_name="Derek Simmons",
    buyer="""I had the cooling pillow in my cart at $39.99 and today it's $49.99. Was that a mistake? Can you put it back to $39.99 for me?""",
    body="""Hi Derek,

Thanks for your message. The $39.99 was a temporary sale price that ended on Sunday; $49.99 is our regular price for the standard size. Amazon's cart doesn't hold a price - it always charges what the listing shows at checkout - and I'm afraid we can't set a special price for one buyer.

I understand if you'd like to wait and see. If you have any questions about the pillow itself (fill, firmness, washing), I'm happy to help.

Best regards,
Erin
Quiet Pine Sleep""",
    expect="legit", rules=[], classes=["price-vocabulary", "refusal", "sale-vocabulary", "quoted-history"],
    note="Reply explaining a sale price ended and declining to give a special price.")

add(id="w56-0022", client="zendesk", kind="reply", tld="com", alias="i5ct2hn9ve6qr1m",
    agent="Paul Bergstrom", **{"from": "paul@fjordkitchenknives.com"},
    subject="Coupon not showing on my account",
    buyer_name="Elaine",
    buyer="""My husband sees a $20 coupon on the chef's knife listing on his phone, but when I log in I don't see it. Why?""",
    body="""Hi Elaine,

Thanks for asking. Some of the coupons on Amazon are targeted by Amazon to certain shoppers - for example Prime members, or customers who haven't bought from the brand before - so two accounts can see different offers on the same listing. We don't choose which account gets it and can't add it to yours.

If your husband's account shows it, he's welcome to clip it and place the order on his account; the coupon comes off at checkout as long as it's clipped first.

Kind regards,""",
    sig="""Paul Bergstrom
Fjord Kitchen Knives""",
    expect="legit", rules=[], classes=["coupon-vocabulary", "explanation", "quoted-history"],
    note="Reply explaining why an Amazon targeted coupon shows on one account but not another.")

add(id="w56-0023", client="gorgias", kind="reply", tld="com", alias="o0zn7bt4kf3wh8e",
    agent="Lena Ortiz", **{"from": "lena@mesaverdeceramics.com"},
    subject="Do you sell the matching bowls?",
    buyer_name="Carol Hayes",
    buyer="""I love the Mesa dinner plates I got. Do you make matching cereal bowls in the same terracotta glaze? I couldn't find them.""",
    body="""Hi Carol,

So glad you like the plates! Yes, we do - the cereal bowls are listed on Amazon as "Mesa Verde Ceramics Stoneware Bowls, Set of 4, Terracotta". They're 6.5 inches across and hold about 24 oz. If you search that name on Amazon they should come right up; make sure the colour shows Terracotta rather than Sand, as the two look similar in photos.

All the best,
Lena
Mesa Verde Ceramics""",
    expect="legit", rules=[], classes=["buyer-asked-other-product", "look-alike", "quoted-history"],
    note="Buyer asks whether matching bowls exist; seller answers only that question, naming the Amazon listing.")

add(id="w56-0024", client="outlook", kind="reply", tld="co.uk", alias="v8ps1kj6ro4ua9n",
    agent="Martin Cole", **{"from": "martin.cole@brackenbikeparts.co.uk"},
    subject="Price match request - Wiggle",
    buyer_name="Steve Barnes",
    buyer="""Hi, Wiggle have the same tubeless sealant kit at £22.50, you're at £27. Any chance you'd match it and I'll buy two?""",
    body="""Hi Steve,

Thanks for getting in touch. I'm sorry, but we aren't able to match other shops' prices, and we can't offer a multi-buy discount by message either - any offers we do have are set up on the Amazon listing itself.

On the kit: one 500 ml bottle does around four road tyres or two to three MTB tyres, if that helps you work out whether you need two.

Kind regards,

Martin Cole
Bracken Bike Parts""",
    expect="legit", rules=[], classes=["price-match", "refusal", "negation", "discount-vocabulary", "quoted-history"],
    note="Reply declining a price match and a multi-buy discount; gives product usage info.")

add(id="w56-0025", client="helpscout", kind="reply", tld="com", alias="j2er9yc5tw0ld7f",
    agent="Sophie Marsh", **{"from": "sophie@willowbrookcandleco.com"},
    subject="Gift receipt and price",
    buyer_name="Laura",
    buyer="""This is a gift - will the price be shown in the box? I don't want my sister to see what I paid.""",
    body="""Hi Laura,

No price will be in the box. We don't put packing slips with prices in any of our parcels, and since you ticked "This is a gift" at checkout, Amazon's gift receipt shows the items but not the amount paid.

Thanks for asking before it ships - I hope your sister loves it.

Best,
Sophie
Willowbrook Candle Co.""",
    expect="legit", rules=[], classes=["price-vocabulary", "gift", "short", "quoted-history"],
    note="Reply confirming no price is shown in a gift shipment.")

add(id="w56-0026", client="edesk", kind="reply", tld="com", alias="l7gu3mq0ix5bs2c",
    agent="Chris Navarro", **{"from": "chris@solsticegardensupply.com"},
    subject="Return vs. refund of difference",
    buyer_name="Janet Olsen",
    buyer="""The raised garden bed kit I bought for $119 is now $94 on Amazon. If I return it and buy again I'd save $25 but that seems like a hassle for everyone. Could you just refund me the difference instead?""",
    body="""Hi Janet,

Thanks for being so considerate about it - we'd much rather do it that way too. I've refunded $25.00 to you through Amazon on order 113-5528041-3390716. It usually shows on your card within 3-5 business days, and you'll get an email from Amazon confirming the refund.

If you haven't assembled the bed yet, the corner brackets go on before the side panels - it's much easier that way round.

Best,
Chris
Solstice Garden Supply""",
    expect="legit", rules=[], classes=["partial-refund", "price-drop", "price-vocabulary", "quoted-history"],
    note="Reply refunding the price difference through Amazon instead of a return-and-rebuy.")

add(id="w56-0027", client="gmail", kind="reply", tld="com", alias="c9hw4fr7ua1nk3o",
    agent="Danny Alcott", **{"from": "danny@alcottgolfco.com"},
    subject="Cyber Monday price?",
    buyer_name="Frank",
    buyer="""Will the golf rangefinder be cheaper on Cyber Monday? Don't want to miss out.""",
    body="""Hi Frank,

Thanks for reaching out! We can't share deal plans through Amazon messages, but honestly, it's worth following us - we post our Cyber Monday codes on Instagram (@alcottgolf) first, and the rangefinder is usually in it. Our own site had it at 30% off last year, so keep an eye out there too.

Hit 'em straight,
Danny
Alcott Golf Co.""",
    expect="violation", rules=["contact.off_platform", "purpose.marketing"], classes=["cyber-monday", "social-media", "own-site-sale", "negation-then-violation", "quoted-history"],
    note="Says it can't share deals, then points the buyer to Instagram codes and the seller's own site sale.")

add(id="w56-0028", client="zendesk", kind="reply", tld="com", alias="m6bt0zd3ps8jy5w",
    agent="Grace Holloway", **{"from": "grace@heirloomquiltworks.com"},
    subject="Subscribe & Save for quilting thread?",
    buyer_name="Ruth Anderson",
    buyer="""I go through a lot of your cotton quilting thread. Could you add it to Subscribe & Save? I'd happily sign up for a cone a month.""",
    body="""Hi Ruth,

Thank you - it's lovely to hear the thread is getting so much use! Subscribe & Save isn't something we can switch on ourselves; Amazon decides which products are eligible, and they haven't opened it for our thread yet. We've put in a request for the 1,000 m cones and I'll let you know in this thread if it's approved.

Until then, the 6-cone multipack works out at about 15% less per cone than buying singly, if that helps with a steady supply.

Happy quilting,""",
    sig="""Grace Holloway
Heirloom Quilt Works""",
    expect="legit", rules=[], classes=["subscribe-and-save", "multipack", "price-vocabulary", "percent-legit", "quoted-history"],
    note="Reply explaining Subscribe & Save eligibility and the multipack per-unit price the buyer can use for the same product.")

add(id="w56-0029", client="outlook", kind="reply", tld="co.uk", alias="t1kx6ve9ol2cr4q",
    agent="Adrian Mercer", **{"from": "accounts@larkspurgardentools.co.uk"},
    subject="Invoice shows no VAT",
    buyer_name="Whitcombe Landscapes",
    buyer="""Morning, we bought six pairs of secateurs and holsters for the crew. The Amazon invoice doesn't break out the VAT and our bookkeeper needs it. Can you send one?""",
    body="""Good morning,

Thanks for your message. Please find attached a VAT invoice for order 203-8814720-1195336. It shows the net amount of £114.90, VAT at 20% of £22.98 and the total of £137.88, with your company name and VAT number from your Amazon Business account.

Apologies that it wasn't available on the order straight away - our invoice upload for business orders was delayed last week and that's now fixed.

Kind regards,

Adrian Mercer
Accounts
Larkspur Garden Tools Ltd""",
    expect="legit", rules=[], classes=["vat-invoice", "attachment", "price-vocabulary", "quoted-history"],
    note="Reply sending a PDF VAT invoice for a business order with net/VAT/total figures.",
    attach="invoice_0029")

add(id="w56-0030", client="freshdesk", kind="reply", tld="com", alias="w3jq8sn5ay0fe7v",
    agent="Kim Tran", **{"from": "kim@pebbleandpinetoys.com"},
    subject="Charged full price - coupon",
    buyer_name="Adam Fischer",
    buyer="""I clipped the $5 coupon for the wooden train set but I was charged $59.99, the full price. Can you refund the $5?""",
    body="""Hi Adam,

Sorry for the confusion. Clipped Amazon coupons are applied when the item ships, not when you place the order, so your order summary can show the full price at first. Your set shipped this morning, and the $5.00 coupon savings will show on the final charge to your card ($54.99).

If it still shows $59.99 on your statement after a few days, reply here and I'll look into it with Amazon.

Thanks,
Kim
Pebble & Pine Toys""",
    expect="legit", rules=[], classes=["coupon-vocabulary", "explanation", "quoted-history"],
    note="Reply explaining when a clipped Amazon coupon shows on the charge.")

add(id="w56-0031", client="helpscout", kind="reply", tld="com", alias="r4ym1ga8xd5hu0t",
    agent="Beth Caldwell", **{"from": "beth@highlandwoolblankets.com"},
    subject="Wrong colour blanket",
    buyer_name="Irene Walsh",
    buyer="""I ordered the heather grey throw and got the charcoal. I'd like the grey please.""",
    body="""Hi Irene,

I'm sorry about the mix-up - the two greys are shelved next to each other and one was picked wrongly. A heather grey throw is on its way to you today, and you can keep the charcoal one rather than sending it back.

As a little thank you for your patience, we'd like to give you 15% off your next purchase - just mention code HIGHLAND15 in a message to us before you order from our Amazon store and we'll refund the 15% afterwards. We've got new tartan scarves in for winter that would go well with the throw.

Warmly,
Beth
Highland Wool Blankets""",
    expect="violation", rules=["purpose.marketing"], classes=["wrong-item", "code-for-next-time", "cross-sell", "amazon-only-look-alike", "quoted-history"],
    note="Wrong-colour fix plus a code for 15% off a future order and a cross-sell, even though it stays on Amazon.")

add(id="w56-0032", client="gorgias", kind="reply", tld="com", alias="n8da5pw2ic9tl6g",
    agent="Mike Dunlap", **{"from": "mike@ironvalefitness.com"},
    subject="Were the dumbbells on Prime Day?", plain_only=True,
    buyer_name="Tyler",
    buyer="""Were your adjustable dumbbells part of Prime Big Deal Days last month? My friend said he got them for like $80 less.""",
    body="""Hi Tyler,

Yes, your friend's right - the 52.5 lb pair was in Prime Big Deal Days in October at $219 instead of $299, for Prime members only. That deal is over and the price is back to $299.

We don't know yet whether they'll be in another Amazon event. If you're comparing, the 52.5 lb set is the one that was on deal; the 25 lb set wasn't included.

Thanks,
Mike
Ironvale Fitness""",
    expect="legit", rules=[], classes=["prime-day", "price-vocabulary", "quoted-history"],
    note="Reply confirming a past Amazon Prime event price and that it has ended.")

add(id="w56-0033", client="edesk", kind="proactive", tld="co.uk", alias="e6oh9lb3ts7yx1k",
    agent="Nadia Bashir", **{"from": "nadia@saffronstreetspices.co.uk"},
    subject="Order 205-6640193-8827450 - your refund and a little extra",
    body="""Hello,

Your order 205-6640193-8827450 included our Persian saffron 2 g, which we've had to remove from sale after a supplier quality check. We've refunded the £12.49 for that item through Amazon; the rest of your order has shipped as normal.

We're sorry for the disappointment. Our Christmas gift boxes are now in, and you can get 10% off any of them with code SAFFRONXMAS - they make a great present for the cook in your life.

Best wishes,
Nadia
Saffron Street Spices""",
    expect="violation", rules=["purpose.marketing"], classes=["proactive", "order-problem", "gift-box-plug", "coupon-code"],
    note="Proactive notice of a cancelled item refund (legit part) with a Christmas gift-box discount code added.")

add(id="w56-0034", client="zendesk", kind="reply", tld="com", alias="g2wv7cu4mj1so8r",
    agent="Jenna Moreau", **{"from": "jenna@clearwaterfilters.com"},
    subject="Cheaper to buy 2-pack or Subscribe & Save?",
    buyer_name="Brian K.",
    buyer="""For the fridge water filter, is it cheaper to get the 2-pack or do Subscribe & Save on the single every 6 months?""",
    body="""Hi Brian,

Good question. Right now:

- Single filter: $34.99, or $33.24 with the standard 5% Subscribe & Save discount (as low as $29.74 if you get 15% for five or more subscriptions in one delivery).
- 2-pack: $62.99, which is $31.50 per filter, with no subscription needed.

So for one fridge replaced every 6 months, the 2-pack is a little cheaper than the basic S&S price and covers a year. S&S only comes out ahead if you already qualify for the 15% tier. Prices can change, so it's worth checking the listing on the day you order.

Best,
Jenna""",
    sig="""Jenna Moreau
Clearwater Filters""",
    expect="legit", rules=[], classes=["subscribe-and-save", "multipack", "price-vocabulary", "percent-legit", "quoted-history"],
    note="Reply comparing Subscribe & Save vs 2-pack prices for the same filter.")

add(id="w56-0035", client="outlook", kind="reply", tld="com", alias="b5xs0tj7nz3ep6a",
    agent="Walter Grimes", **{"from": "walter@grimesworkwear.com"},
    subject="Bib overalls price dropped next day",
    buyer_name="Luis Ortega",
    buyer="""I paid $74.99 for the insulated bib overalls and the next day they went to $59.99. Can you refund the $15?""",
    body="""Hi Luis,

Thanks for writing. I've checked your order 112-3390847-6675103, and the price change was a limited-time deal Amazon set up for the cold-weather event. We've refunded the $15.00 difference through Amazon as a courtesy, and it should be back on your card within a few business days.

Regards,
Walter Grimes
Customer Service
Grimes Workwear

P.S. Don't miss our Holiday Warehouse Sale - everything 40% off at our Dayton store Dec 12-14, bring this email.""",
    expect="violation", rules=["purpose.marketing"], classes=["partial-refund", "postscript-marketing", "own-sale", "quoted-history"],
    note="Legit price-difference refund with a P.S. advertising the seller's own warehouse sale.")

add(id="w56-0036", client="freshdesk", kind="reply", tld="co.uk", alias="k0fr4ix8he2mv5d",
    agent="Rosie Finch", **{"from": "rosie@hedgerowhoney.co.uk"},
    subject="Why is VAT charged on honey?",
    buyer_name="Alan Pritchard",
    buyer="""My invoice shows VAT on the honey gift set. I thought food was zero rated?""",
    body="""Hi Alan,

Good question, and you're right that honey on its own is zero-rated. The gift set is a bit different because it includes a wooden dipper and a ceramic honey pot, which are standard-rated at 20%. On your order the £2.50 of VAT relates only to those two items; the three jars of honey carry no VAT. The invoice on your order lists each part separately so you can see the split.

Thanks for asking,
Rosie
Hedgerow Honey""",
    expect="legit", rules=[], classes=["vat-invoice", "price-vocabulary", "explanation", "quoted-history"],
    note="Reply explaining why part of a gift set carries VAT on the invoice.")
