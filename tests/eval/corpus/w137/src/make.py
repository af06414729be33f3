#!/usr/bin/env python3
"""Generate w137 messages (price / deals / other-shop topics, English US+UK)."""
import json, random, html, pathlib
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, formataddr
from email import policy

OUT = pathlib.Path(__file__).resolve().parent.parent
rnd = random.Random(137)
def alias():
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))
DOM = {"us": "marketplace.amazon.com", "uk": "marketplace.amazon.co.uk"}
TZ = {"us": timezone(timedelta(hours=-5)), "uk": timezone.utc}

M = []
def add(**kw):
    M.append(kw)

# ---------------------------------------------------------------- 1
add(region="us", shop=("Harbor Linen Co. Support", "support@harborlinenco.com"),
    subject="Re: Price match question - Order 112-4839201-7730154",
    date=(2026, 11, 3, 10, 42), client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["price_match", "cheaper_elsewhere"],
    note="Declines a price-match request against Walmart and points to the normal Amazon return window; no promotion.",
    body="""Hi Dana,

Thanks for reaching out about order 112-4839201-7730154 (Queen percale sheet set, Sage).

Unfortunately we aren't able to price match other retailers, including Walmart, and we can't change the price on an order once it has been placed on Amazon. I'm sorry I don't have better news there.

Your sheets shipped yesterday with UPS and are due Thursday. If you decide you'd rather not keep them, they can be returned unopened within the return window through Your Orders > Return or Replace Items and Amazon will refund you to your original payment method.

Let me know if there's anything else I can help with.

Best,
Marisol
Harbor Linen Co.

On Mon, Nov 2, 2026 at 8:17 PM, Amazon Customer <6xk2l0q7s4mfb1e@marketplace.amazon.com> wrote:
> Hello, I just ordered the sage sheet set but I see Walmart has the same
> set for $12 less. Do you price match? Order 112-4839201-7730154
> Thanks, Dana
""")

# ---------------------------------------------------------------- 2
add(region="uk", shop=("Brackenfield Home", "help@brackenfieldhome.co.uk"),
    subject="RE: Cheaper at Argos? (order 204-5518823-0941267)",
    date=(2026, 11, 9, 14, 5), client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["cheaper_elsewhere", "other_shop_mention", "product_difference"],
    note="Explains that the cheaper Argos item is a different model (1.5 L, no keep-warm) than the one ordered; no promotion or off-Amazon contact.",
    body="""Hello Mr Okafor,

Thank you for your message regarding order 204-5518823-0941267.

I've had a look at the kettle you mentioned on Argos and I believe that is the KT-150, which is the 1.5 litre version without the keep-warm function. The one you ordered from us is the KT-170 (1.7 litre, keep-warm and 360 degree base), which is why the price is different. The model number is printed on the underside of the base if you'd like to compare once yours arrives.

Your order is being dispatched today with Royal Mail Tracked 48.

Kind regards,
Helen Marsh
Customer Service, Brackenfield Home

-----Original Message-----
From: Amazon Customer
Sent: 08 November 2026 21:33
Subject: Cheaper at Argos?

Hi, just bought your kettle but noticed Argos has what looks like the same thing for £8 less. Is it the same one? Order 204-5518823-0941267
""")

# ---------------------------------------------------------------- 3
add(region="us", shop=("Trailhead Gear Support", "care@trailheadgearco.com"),
    subject="Re: Saw a Lightning Deal the day after I bought - 113-2290476-5518302",
    date=(2026, 10, 8, 9, 21), client="gorgias", kind="reply", expect="legit", rules=[],
    classes=["lightning_deal_explained", "price_drop_after_purchase", "return_option"],
    note="Explains how Amazon Lightning Deals work and that they cannot be applied retroactively, offering the Amazon return route; no marketing.",
    body="""Hi Greg,

Thanks for getting in touch, and I understand the frustration.

The price you saw yesterday was an Amazon Lightning Deal. Those run for a few hours on a limited number of units, and the deal price only applies to orders placed while the deal is live and has stock left. Amazon doesn't give us a way to apply a Lightning Deal price to an order that was placed before the deal started, so we can't adjust order 113-2290476-5518302 after the fact.

If the difference matters to you, the 40L pack is still inside its return window. You can start a return from Your Orders, and once it's back with us Amazon will issue the refund.

Sorry I couldn't do more on this one.

Jake
Trailhead Gear

On Oct 7, 2026, at 6:02 PM, Greg <r3nq8v0yzt1akw5@marketplace.amazon.com> wrote:

> I bought the 40L daypack on Monday for $64.99 and today there was a
> lightning deal for $47. Can you refund me the difference??
""")

# ---------------------------------------------------------------- 4
add(region="us", shop=("Pinewood Pantry", "orders@pinewoodpantry.com"),
    subject="Re: Coupon didn't apply to my order 111-7045519-3362810",
    date=(2026, 11, 12, 16, 48), client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["amazon_coupon_explained", "partial_refund_via_amazon"],
    note="Explains that an Amazon clip coupon must be clipped before checkout and issues a $5 goodwill partial refund through Amazon; legitimate order service.",
    body="""Hi Priya,

Sorry about the confusion with the coupon on order 111-7045519-3362810.

The "Apply $5 coupon" box on the product page is an Amazon coupon, and it only comes off the price if the box is ticked (clipped) before the item goes in the cart. From your order details it looks like it wasn't clipped at checkout, so the discount wasn't applied.

Since it was clearly showing on the listing when you ordered, I've gone ahead and issued a $5.00 partial refund through Amazon. It should appear on your original payment method within 3 to 5 business days, and you'll get a refund confirmation e-mail from Amazon.

Your maple syrup gift box is on the way with USPS and due Monday.

Take care,
Owen
Pinewood Pantry

-----Original Message-----
From: Priya (Amazon Customer)
Date: Thu, 12 Nov 2026 11:09:52 -0500
Subject: Coupon didn't apply

There was a $5 coupon on the page but I was charged the full $38.99. Can you fix this?
""")

# ---------------------------------------------------------------- 5
add(region="uk", shop=("Larkspur Living", "customercare@larkspurliving.co.uk"),
    subject="Re: Will this be cheaper on Prime Day? Order 026-3381940-6620157",
    date=(2026, 10, 2, 11, 30), client="edesk", kind="reply", expect="legit", rules=[],
    classes=["prime_day_question", "no_promotion_announced"],
    note="Answers whether the item will be cheaper during Prime Big Deal Days without announcing any deal; informs order is already dispatched.",
    body="""Dear Sophie,

Thanks for your message about order 026-3381940-6620157 (the oak-effect bedside table).

I'm afraid we're not able to say in advance whether any particular item will be discounted during Prime Big Deal Days. Any deal that runs on Amazon is shown on the product page at the time, and we don't have a way of adjusting the price on orders that have already been placed.

Your table was collected by DPD this morning and should arrive on Monday 5 October. You'll get a one-hour delivery window from DPD on the day.

If you have any trouble with assembly just drop us a line here.

Best wishes,
Amelia
Larkspur Living

> On 1 Oct 2026, at 19:44, Amazon Customer wrote:
>
> Hiya, I've just ordered the bedside table but a friend said there's a
> prime day next week. Will it be cheaper then? Don't want to pay more
> than I need to. Thanks Sophie
""")

# ---------------------------------------------------------------- 6
add(region="us", shop=("Copper & Clay Kitchen", "support@copperandclaykitchen.com"),
    subject="Re: Bundle price vs buying two - order 114-6627308-0195543",
    date=(2026, 11, 18, 13, 2), client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["bundle_pricing_explained", "return_option"],
    note="Explains that the 3-pack on the listing is priced as a separate bundle option and cannot be applied to the two singles already bought; offers Amazon return route.",
    body="""Hello Marcus,

Thanks for your question on order 114-6627308-0195543.

The 3-piece set you're looking at is a separate option on the same product page (Size: "Set of 3 - 8, 10, 12 in"), and it's priced as a set, which is why it works out lower per pan than buying the 10 and 12 inch separately. Unfortunately we can't switch an order that's already been shipped over to the set price.

If you'd prefer the set, you're welcome to return the two pans through Your Orders within the return window and place a new order for the set option. Amazon will refund the two pans once the return is scanned.

Happy to help if you have any other questions about the pans.

Regards,
Tanya
Copper & Clay Kitchen

On Tue, Nov 17, 2026 at 10:51 PM Marcus <d8w1mpl2x0a9kfe@marketplace.amazon.com> wrote:
> Why is the set of 3 only $79 when I paid $71 for two of them? Can I get
> the set price?
""")

# ---------------------------------------------------------------- 7
add(region="uk", shop=("Fernleigh Garden Supplies", "service@fernleighgarden.co.uk"),
    subject="RE: Buy 2 save 10% not applied - 205-9912736-4408821",
    date=(2026, 12, 2, 9, 55), client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["promotion_ended", "no_new_offer"],
    note="Explains that the multi-buy promotion on the listing ended on 30 November before the order was placed; no new offer is made.",
    body="""Hi Mrs Pritchard,

Thank you for getting in touch about order 205-9912736-4408821.

I've checked and the "Buy 2, save 10%" promotion that was shown on the bird feeder listing ran until 23:59 on 30 November. Your order was placed on the morning of 1 December, after it had finished, so Amazon's checkout didn't apply the discount. I'm sorry if the listing was still showing the promotion in your basket from an earlier visit.

Both feeders are packed and will go out with Evri today.

Kind regards,
Rob
Fernleigh Garden Supplies

-----Original Message-----
From: Amazon Customer
Sent: 01 December 2026 10:12
To: Fernleigh Garden Supplies
Subject: Buy 2 save 10% not applied

I bought 2 of the squirrel proof feeders because it said buy 2 save 10 percent but I was charged full price £45.98??
""")

# ---------------------------------------------------------------- 8
add(region="us", shop=("Northfield Pet Supply", "help@northfieldpetsupply.com"),
    subject="Refund of price difference for order 112-0384427-9916031",
    date=(2026, 11, 24, 15, 14), client="seller_central", kind="proactive", expect="legit", rules=[],
    classes=["price_difference_refund", "partial_refund_via_amazon", "follow_up_to_buyer_request"],
    note="Confirms a price-difference refund issued through Amazon after the price dropped within days of purchase; purely order-related.",
    body="""Hi Karen,

Following up on your message from Saturday about order 112-0384427-9916031 (orthopedic dog bed, Large, Charcoal).

We lowered the price on that bed two days after you ordered, so we've refunded the $9.00 difference through Amazon today. You should see it back on your original payment method within 3-5 business days, depending on your bank. Amazon will also send you a refund confirmation.

Hope Biscuit is enjoying the new bed.

Thanks,
Leah
Northfield Pet Supply
""")

# ---------------------------------------------------------------- 9
add(region="us", shop=("Soundcraft Outfitters", "support@soundcraftoutfitters.com"),
    subject="Re: Warranty on headphones - order 113-5502916-2281740",
    date=(2026, 12, 7, 11, 3), client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["manufacturer_warranty", "brand_named", "claim_via_amazon_messaging"],
    note="Explains the headphones carry the manufacturer's 2-year warranty and that the seller can start the claim via Amazon messaging; no external contact details given.",
    body="""Hi Tom,

Sorry to hear the left earcup on your Kestrel Audio KX-40 has stopped working.

Your headphones are covered by Kestrel Audio's 2-year manufacturer warranty from the date of purchase, so you're well inside that. The warranty leaflet in the box has the manufacturer's details, but you don't need to deal with them yourself if you'd rather not: just reply here with a short description of the fault and the serial number (on the inside of the headband, starts with KX4), and we'll file the claim with Kestrel for you for order 113-5502916-2281740.

In the meantime, could you try a reset? Hold the power and volume-down buttons together for 10 seconds until the light flashes purple, then pair again. That fixes one-sided audio more often than you'd think.

Best,
Nina
Soundcraft Outfitters

On Sun, Dec 6, 2026 at 4:28 PM, Tom Reyes wrote:
> Left side of the headphones has gone silent after 5 weeks. Is there a
> warranty? Do I need to contact the maker?
""")

# ---------------------------------------------------------------- 10
add(region="uk", shop=("AquaVale Filters", "support@aquavalefilters.co.uk"),
    subject="Re: Replacement filters? Order 202-7718504-3349916",
    date=(2026, 11, 27, 10, 20), client="gmail", kind="reply", expect="legit", rules=[],
    classes=["buyer_asked_other_listing", "own_listing_on_amazon"],
    note="Answers the buyer's direct question about whether the seller lists compatible replacement cartridges on Amazon, naming the part number only; no promotion.",
    body="""Hi Jas,

Thanks for your message about order 202-7718504-3349916.

Yes, we do sell the replacement cartridges on Amazon. For the 2.4 litre jug you bought you need the AV-C3 cartridge; they're listed as a 3-pack and a 6-pack. If you search "AquaVale AV-C3" on Amazon it should come up first. Each cartridge lasts about 4 weeks or 150 litres, whichever comes first, and the date dial on the lid will remind you.

Please make sure you soak a new cartridge for 15 minutes and run two jugs through before drinking, as the first few fills can be a bit cloudy.

All the best,
Kieran
AquaVale Filters

On Thu, 26 Nov 2026 at 20:51, Amazon Customer <m4t0kq9c2vx7hbn@marketplace.amazon.co.uk> wrote:
> Hi, do you sell the replacement filters for this jug on Amazon as well?
> Which ones fit? Thanks
""")

# ---------------------------------------------------------------- 11
add(region="us", shop=("Mesa Ridge Outdoor", "service@mesaridgeoutdoor.com"),
    subject="Re: Black Friday price? Order 111-8856012-4470239",
    date=(2026, 11, 20, 8, 37), client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["black_friday_question", "no_promotion_announced", "return_option"],
    note="Answers whether the price will drop on Black Friday without announcing any sale, notes the order has shipped and that returns go through Amazon.",
    body="""Hi Alicia,

Thanks for your note regarding order 111-8856012-4470239.

We honestly can't say yet whether there will be a deal on the camp stove for Black Friday, and any pricing would only show on the Amazon listing at the time. Your stove has also already shipped (FedEx Ground, arriving Monday), so the order can't be changed now.

If a lower price does turn up later and you'd like to take advantage of it, you'd still be within Amazon's return window and could return this one through Your Orders.

Thanks for understanding,
Danny
Mesa Ridge Outdoor

> From: Alicia <2hvbk8c0n6sq4ym@marketplace.amazon.com>
> Sent: Thursday, November 19, 2026 9:12 PM
> Subject: Black Friday price?
>
> Will the 2 burner stove be on sale for black friday? I want to
> know if I should wait. I already ordered it though
""")

# ---------------------------------------------------------------- 12
add(region="us", shop=("Bluegate Office Supply", "support@bluegateoffice.com"),
    subject="Re: Charged more than the listing price - 114-3360981-7724415",
    date=(2026, 10, 21, 14, 26), client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["price_error", "price_difference_refund", "partial_refund_via_amazon"],
    note="Explains a price change between cart and checkout, admits the listing error and refunds $3.20 through Amazon.",
    body="""Hello Mr. Ferraro,

You're right, and I'm sorry about that. On the 20th we updated the price of the 12-pack of gel pens from $14.79 to $17.99, and the old price was still showing on the product page for a few hours because of a delay on our side. Your order 114-3360981-7724415 went through at the new price.

I've refunded the $3.20 difference through Amazon this afternoon. It usually shows on your card within 3-5 business days.

Regards,
Chris Nolan
Bluegate Office Supply

-----Original Message-----
From: Amazon Customer
Sent: Tuesday, October 20, 2026 7:55 PM
Subject: Charged more than the listing price

The page said $14.79 when I added it, I was charged $17.99.
""")

# ---------------------------------------------------------------- 13
add(region="uk", shop=("Hollybrook Appliances", "aftercare@hollybrookappliances.co.uk"),
    subject="Re: Toaster fault - guarantee? (order 203-1146275-8893014)",
    date=(2026, 12, 10, 15, 40), client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["manufacturer_warranty", "brand_named", "replacement_via_amazon"],
    note="Explains the 2-year manufacturer guarantee and arranges a replacement via Amazon's returns process; no off-Amazon contact.",
    body="""Dear Mr Whitfield,

I'm sorry to hear your Calder 4-slice toaster has stopped heating on the right-hand side.

The toaster comes with Calder's 2-year manufacturer guarantee, but as it is under 30 days since delivery the quickest route is a straight replacement from us. Please request a replacement through Your Orders on Amazon for order 203-1146275-8893014, choosing "Item defective or doesn't work". A prepaid label will be generated for you, and we'll send the new toaster as soon as the return is scanned by the carrier.

After 30 days the manufacturer's guarantee still applies, and you are welcome to message us here and we'll help you through it.

Yours sincerely,
Graham Pell
Hollybrook Appliances

Amazon Customer, 09/12/2026 18:02:
Right side of my toaster not heating anymore, had it 3 weeks. Is there a guarantee?
""")

# ---------------------------------------------------------------- 14
add(region="us", shop=("Westbrook Apparel", "support@westbrookapparel.com"),
    subject="Re: Navy color - order 112-9904133-5561278",
    date=(2026, 11, 30, 12, 11), client="gorgias", kind="reply", expect="legit", rules=[],
    classes=["buyer_asked_other_listing", "stock_question"],
    note="Answers a buyer's question about another colour on the same Amazon listing and its restock date; no marketing.",
    body="""Hi Jordan,

Good question! The navy is on the same product page as the charcoal quarter-zip you bought (order 112-9904133-5561278), under the Color options. It's out of stock in Medium at the moment; we're expecting the next delivery into Amazon's warehouse around December 10, and it should show as available again shortly after.

If you'd like to swap your charcoal for navy when it's back, you can use the exchange option in Your Orders.

Cheers,
Sam
Westbrook Apparel

On Sun, Nov 29, 2026 at 7:40 PM Jordan <7gq2y5wn1ahm0rc@marketplace.amazon.com> wrote:
> love the quarter zip, do you have it in navy? didn't see it
""")

# ---------------------------------------------------------------- 15
add(region="us", shop=("Summit Garage Tools", "help@summitgaragetools.com"),
    subject="Re: Costco has this for less - Order 113-4471850-6038822",
    date=(2026, 11, 5, 10, 8), client="outlook", kind="reply", expect="legit", rules=[],
    classes=["cheaper_elsewhere", "other_shop_mention", "product_difference", "price_match"],
    note="Explains the Costco kit is a different SKU with fewer bits and declines a price match; no promotion or off-Amazon contact.",
    body="""Hi Frank,

Thanks for the message about order 113-4471850-6038822.

The Costco kit is the warehouse-club version (model ST-20C). It comes with the same 20V drill but one 2.0Ah battery and a 12-piece bit set, while the kit on our Amazon listing (ST-20K) has two 2.0Ah batteries, the 35-piece bit set and the hard case. That's where the price difference comes from.

We don't price match, but if you'd rather go with the other version, the drill can be returned unused through Your Orders on Amazon.

Frank, let me know if you need anything else.

Regards,
Phil
Summit Garage Tools

________________________________
From: Frank
Sent: Wednesday, November 4, 2026 6:30 PM
Subject: Costco has this for less

Costco has the same drill for $20 cheaper. Can you match it?
""")

# ---------------------------------------------------------------- 16
add(region="uk", shop=("Greenacre Wholefoods", "orders@greenacrewholefoods.co.uk"),
    subject="Re: Different price? Order 206-5523019-1187460",
    date=(2026, 10, 14, 11, 15), client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["subscribe_and_save_explained", "amazon_discount_explained"],
    note="Explains that the lower price a friend paid was Amazon's Subscribe & Save discount, not a seller offer.",
    body="""Hello Ruth,

Thanks for your message about order 206-5523019-1187460.

The difference is Amazon's Subscribe & Save discount. When the oat bars are ordered as a regular delivery, Amazon takes 5% off (or up to 15% if there are five or more subscriptions going to the same address), which is probably why your friend's order came to £17.08 and your one-off order was £17.98. It's applied by Amazon at checkout rather than by us, and you can choose it on the product page when you next order if it suits you.

Your order arrives tomorrow with Royal Mail.

Best wishes,
Paula
Greenacre Wholefoods

> -----Original Message-----
> From: Amazon Customer
> Sent: 13 October 2026 17:26
>
> Why did my friend pay less than me for the same box of oat bars??
""")

# ---------------------------------------------------------------- 17  (multipart)
add(region="us", shop=("Lumen & Co Lighting", "support@lumenandcolighting.com"),
    subject="Re: Missed the deal - order 114-2207348-9951604",
    date=(2026, 10, 7, 17, 2), client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["lightning_deal_explained", "deal_waitlist", "html_part"],
    note="Explains Amazon's Lightning Deal waitlist and why the deal price wasn't applied to a later order; plain + HTML, no links or promotion.",
    html_quote=True,
    body="""Hi Mei,

Sorry you missed out. When a Lightning Deal shows "100% claimed" on Amazon, all the deal units are in other shoppers' carts, and anyone on the waitlist gets offered a unit only if one of those is released. By the time your order 114-2207348-9951604 went through, the deal for the floor lamp had ended, so it was charged at the regular price.

We can't apply the deal price afterwards, but if the lamp isn't what you want at the regular price, you can return it through Your Orders and Amazon will refund you.

Kind regards,
Ellie
Lumen & Co Lighting""",
    quote_head="On Tue, Oct 6, 2026 at 9:48 PM, Mei wrote:",
    quote_body="I joined the waitlist for the lamp deal but then it said the deal ended and I ended up paying $89 instead of $62. Why didn't I get the deal price?")

# ---------------------------------------------------------------- 18
add(region="uk", shop=("Thornbury Tech", "support@thornburytech.co.uk"),
    subject="Re: Another seller cheaper on same listing - 204-0039186-7745123",
    date=(2026, 11, 16, 13, 44), client="edesk", kind="reply", expect="legit", rules=[],
    classes=["other_seller_same_listing", "price_difference_refund", "partial_refund_via_amazon"],
    note="Explains other sellers on the same listing set their own prices and refunds the £2.00 difference through Amazon as goodwill.",
    body="""Hi Callum,

Thanks for your message about order 204-0039186-7745123 (USB-C 65W charger).

Other sellers on the same Amazon product page set their own prices, so these can differ from ours and change through the day. We can't match them as a rule, but as it was only a couple of pounds and your order was placed within the hour, I've refunded £2.00 through Amazon as a goodwill gesture. You should see it in 3-5 working days.

Your charger has been dispatched with Royal Mail Tracked 24.

Thanks,
Imogen
Thornbury Tech

Amazon Customer wrote on 15 Nov 2026, 22:06:
> I noticed another seller on the same page has this charger for £2 less
> than I paid you. Any chance of the difference?
""")

# ---------------------------------------------------------------- 19
add(region="us", shop=("Roastwell Home Barista", "support@roastwellbarista.com"),
    subject="Re: Grinder warranty - order 111-6690274-3018845",
    date=(2026, 12, 14, 9, 50), client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["manufacturer_warranty", "brand_named", "troubleshooting"],
    note="Explains the grinder's 1-year Moravia brand warranty, gives a troubleshooting step and offers to handle the claim via Amazon messaging.",
    body="""Hi Eric,

Sorry to hear your grinder is jamming on the finest settings.

The Moravia M-55 has a 1-year warranty from Moravia Coffee, which covers the burrs and motor. Before we go down that road, could you try this: unplug it, remove the hopper and upper burr (turn counter-clockwise past setting 40), and brush out the chute. Oily dark roasts at settings under 5 tend to pack the chute and cause exactly the clicking you describe.

If it still jams after cleaning, reply here with a short video or description and we'll open the warranty claim with Moravia for order 111-6690274-3018845 on your behalf, or replace it through Amazon if they approve.

Thanks,
Laura
Roastwell Home Barista

-----Original Message-----
From: Eric (Amazon Customer)
Sent: Sunday, December 13, 2026 8:05 PM
Subject: Grinder warranty

My grinder clicks and jams when I go below 5. Is this under warranty?
""")

# ---------------------------------------------------------------- 20
add(region="us", shop=("Bayside Baby Goods", "care@baysidebabygoods.com"),
    subject="Re: Coupon disappeared - order 112-1183095-6627401",
    date=(2026, 11, 26, 7, 58), client="gorgias", kind="reply", expect="legit", rules=[],
    classes=["amazon_coupon_explained", "promotion_ended"],
    note="Explains an Amazon coupon on the listing ended when its budget ran out and cannot be applied after the fact; no new offer.",
    body="""Hi Brianna,

Thanks for writing in about order 112-1183095-6627401.

The 15% coupon that was on the stroller organizer is an Amazon coupon with a set budget, and Amazon removes it from the page automatically once that budget is used up. It ran out on the evening of the 24th, which is why it was gone when you placed your order the next morning. Unfortunately there's no way for us to apply an expired coupon to an existing order.

Your organizer shipped yesterday and should arrive Saturday.

Best,
Carla
Bayside Baby Goods

On Wed, Nov 25, 2026 at 11:20 AM Brianna <5nbtr0e8j4qw2zx@marketplace.amazon.com> wrote:

> I had the 15% coupon clipped yesterday and today it's gone and I paid
> full price. what happened?
""")

# ---------------------------------------------------------------- 21
add(region="uk", shop=("Coastline Mobile Accessories", "hello@coastlinemobile.co.uk"),
    subject="Re: Case with the charger? Order 203-8862047-1155938",
    date=(2026, 12, 1, 16, 22), client="gmail", kind="reply", expect="legit", rules=[],
    classes=["bundle_pricing_explained", "buyer_asked_other_listing"],
    note="Answers the buyer's question about a charger-plus-case bundle option shown on the same listing; factual, no promotion.",
    body="""Hi Naomi,

Thanks for your message.

Yes, there's a "Charger + Case" option on the same product page as the wireless charger you ordered (order 203-8862047-1155938). It's under Style, and it's £34.99 for the charger and a MagSafe-compatible clear case for the iPhone 15 or 16. As your charger has already been dispatched we can't add the case to this order, but the case is also on that page on its own under the same Style menu.

Kind regards,
Ben
Coastline Mobile Accessories

On Mon, 30 Nov 2026 at 21:15, Naomi wrote:
> Do you do the charger with a case? I think I saw a bundle but can't find it now
""")

# ================================================================ VIOLATIONS
# ---------------------------------------------------------------- 22
add(region="us", shop=("Harvest Moon Candle Co.", "support@harvestmooncandleco.com"),
    subject="Re: Price match? Order 113-7782046-0914523",
    date=(2026, 11, 10, 19, 5), client="outlook", kind="reply", expect="violation",
    rules=["purpose.marketing", "links.external", "contact.off_platform"],
    classes=["price_match", "own_website_cheaper", "discount_code"],
    note="Declines an Amazon price match but tells the buyer to buy on the seller's own website with a 15% code, moving the sale off Amazon and marketing.",
    body="""Hi Rebecca,

Thanks for reaching out about order 113-7782046-0914523!

We can't price match on Amazon, sorry. Amazon fees mean our prices there are a bit higher than we'd like. But if you order directly from our website at www.harvestmooncandleco.com and use code WELCOME15 at checkout you'll get 15% off, which actually works out cheaper than the store you mentioned. Shipping is free over $40 too.

Your Cedar & Smoke candle is on the way and should arrive Friday.

Warmly,
Jess
Harvest Moon Candle Co.

On Tue, Nov 10, 2026 at 2:41 PM, Rebecca <k0x7mf3q8tz2pwe@marketplace.amazon.com> wrote:
> Hi - Target has a similar candle for less. Do you price match?
""")

# ---------------------------------------------------------------- 23
add(region="uk", shop=("Fernleigh Garden Supplies", "service@fernleighgarden.co.uk"),
    subject="RE: Promotion ended? - 205-3307821-6649013",
    date=(2026, 12, 3, 10, 30), client="freshdesk", kind="reply", expect="violation",
    rules=["purpose.marketing"],
    classes=["promotion_ended", "discount_code", "next_order_offer"],
    note="Explains the multi-buy promotion has ended but then gives a discount code for the buyer's next purchase from the shop, which is marketing.",
    body="""Hi Mr Doyle,

Thanks for your message about order 205-3307821-6649013.

Unfortunately the "Buy 2, save 10%" offer finished on 30 November, so it wasn't applied to your order placed on 2 December. Sorry about that!

To make up for it, here's a code for your next order with us on Amazon: enter FERNXMAS12 at checkout for 12% off anything in our range until 24 December, including our new cedar planters and the heated bird bath which has just come back in stock. Makes a great Christmas present!

Kind regards,
Rob
Fernleigh Garden Supplies

-----Original Message-----
From: Amazon Customer
Sent: 02 December 2026 18:47
Subject: Promotion ended?

The listing said buy 2 save 10% yesterday, now it's gone and I paid full price.
""")

# ---------------------------------------------------------------- 24
add(region="us", shop=("Soundcraft Outfitters", "support@soundcraftoutfitters.com"),
    subject="Re: Warranty registration - order 114-8830512-4467190",
    date=(2026, 12, 9, 10, 17), client="helpscout", kind="reply", expect="violation",
    rules=["purpose.marketing", "links.external"],
    classes=["manufacturer_warranty", "newsletter_signup", "own_website"],
    note="Answers a warranty question correctly but closes by inviting the buyer to join the seller's newsletter on its website for deals and new releases.",
    body="""Hi Andre,

No need to register anything for the warranty. Your Kestrel Audio KX-40 headphones have a 2-year manufacturer warranty from the purchase date on your Amazon order 114-8830512-4467190, so just keep the order confirmation. If anything goes wrong, message us here and we'll handle the claim.

P.S. Want first dibs on our holiday deals? Join our newsletter at soundcraftoutfitters.com/newsletter and get early access to new releases and subscriber-only discounts.

Best,
Nina
Soundcraft Outfitters

On Tue, Dec 8, 2026 at 9:02 PM, Andre wrote:
> Do I need to register the headphones somewhere for the warranty?
""")

# ---------------------------------------------------------------- 25
add(region="us", shop=("Pinecrest Wick & Wax", "hello@pinecrestwickwax.com"),
    subject="Black Friday Sale - 25% off everything! (Order 111-5529307-8830416)",
    date=(2026, 11, 25, 8, 0), client="seller_central", kind="proactive", expect="violation",
    rules=["purpose.marketing", "subject.marketing"],
    classes=["own_sale", "black_friday", "proactive_promo"],
    note="Proactive message that mentions the order only in passing and announces the seller's own Black Friday sale in the subject and body.",
    body="""Hi Megan,

Your order 111-5529307-8830416 (Balsam & Fir 3-wick candle) was delivered on Monday and we hope you're loving it!

We wanted to let you know that our Black Friday Sale starts this Friday: 25% off every candle in our Amazon store from November 27 through Cyber Monday. It's the perfect time to stock up on holiday gifts. Our new Winter Orchard and Cranberry Cider scents are part of the sale too.

Just search "Pinecrest Wick & Wax" on Amazon to see the whole collection.

Happy Holidays,
The Pinecrest Wick & Wax Team
""")

# ---------------------------------------------------------------- 26
add(region="uk", shop=("AquaVale Filters", "support@aquavalefilters.co.uk"),
    subject="Re: Which cartridge fits? Order 202-4419087-2205736",
    date=(2026, 11, 28, 11, 45), client="gmail", kind="reply", expect="violation",
    rules=["purpose.marketing"],
    classes=["buyer_asked_other_listing", "check_out_other_products", "new_product"],
    note="Answers which replacement cartridge fits, then adds 'check out our other products' and promotes a newly launched bottle range.",
    body="""Hi Ewan,

Thanks for your message about order 202-4419087-2205736. The cartridge you need for the 3.5 litre jug is the AV-C5, which we sell on Amazon in packs of 3 and 6.

While you're there, do check out our other products! We've just launched the AquaVale Go filter bottle in four colours (it uses the same filter technology as your jug, perfect for the gym or the car) and our new stainless steel filter jug. Search "AquaVale" on Amazon to see the full range.

All the best,
Kieran
AquaVale Filters

On Fri, 27 Nov 2026 at 19:03, Ewan wrote:
> Which replacement cartridges fit the big jug?
""")

# ---------------------------------------------------------------- 27
add(region="us", shop=("Redfern Furniture Outlet", "sales@redfernfurnitureoutlet.com"),
    subject="Re: Cheaper elsewhere - order 112-2264719-5580331",
    date=(2026, 10, 27, 13, 33), client="zendesk", kind="reply", expect="violation",
    rules=["contact.phone_number", "contact.off_platform", "purpose.marketing"],
    classes=["cheaper_elsewhere", "buy_direct_offer", "phone_number"],
    note="Responds to a buyer who saw the chair cheaper elsewhere by offering $40 off if they order directly by phone, moving the sale off Amazon.",
    body="""Hi Luis,

Regarding order 112-2264719-5580331: I understand Wayfair has the Ashby accent chair listed for less right now.

We can't change the Amazon price, but if you give us a call at (541) 555-0183 and order directly, we'll take $40 off and beat their price. Just ask for Dave and mention your Amazon order number. You could then return the Amazon one for a refund.

Thanks,
Dave Redfern
Redfern Furniture Outlet

-----Original Message-----
From: Luis (Amazon Customer)
Sent: Monday, October 26, 2026 10:14 PM
Subject: Cheaper elsewhere

Saw this same chair on Wayfair for $289, I paid $329 here.
""")

# ---------------------------------------------------------------- 28
add(region="uk", shop=("Larkspur Living", "customercare@larkspurliving.co.uk"),
    subject="Re: Prime Day discount? Order 026-8850132-4476021",
    date=(2026, 10, 3, 9, 12), client="edesk", kind="reply", expect="violation",
    rules=["purpose.marketing", "contact.off_platform"],
    classes=["prime_day_question", "own_sale", "social_media_follow"],
    note="Answers a Prime Day question by announcing the seller's own upcoming 30% discount and asking the buyer to follow the shop on Instagram for deal alerts.",
    body="""Dear Hannah,

Thanks for your message about order 026-8850132-4476021.

Good news, we'll be taking 30% off our whole bedroom range, including the wardrobe you're looking at, during Prime Big Deal Days on 6 and 7 October! Follow us on Instagram @larkspurlivinguk and we'll post the moment the deals go live, plus a few extra flash offers only for our followers.

Your mirror has been dispatched with DPD and should arrive on Monday.

Best wishes,
Amelia
Larkspur Living

> On 2 Oct 2026, at 20:31, Amazon Customer wrote:
>
> Will the matching wardrobe be on offer on Prime Day?
""")

# ---------------------------------------------------------------- 29
add(region="us", shop=("Copper & Clay Kitchen", "support@copperandclaykitchen.com"),
    subject="Re: Set vs singles - order 113-0947261-3382057",
    date=(2026, 11, 19, 15, 26), client="zendesk", kind="reply", expect="violation",
    rules=["purpose.marketing"],
    classes=["bundle_pricing_explained", "discount_code", "next_order_offer"],
    note="Explains bundle pricing on the listing, then gives a 20% code for the buyer's next order in the seller's Amazon store, which is marketing.",
    body="""Hello Denise,

The set of 3 is a separate option on the product page and is priced as a bundle, so it works out cheaper per pan than buying them one at a time. We can't re-price order 113-0947261-3382057 now that it's shipped, sorry about that.

As a thank-you for being a customer, here's a code for 20% off your next order from our Amazon store: COPPER20. It's good on everything, including our new enameled Dutch ovens, through December 31.

Regards,
Tanya
Copper & Clay Kitchen

On Wed, Nov 18, 2026 at 8:12 PM Denise <q1c9hv6ld3r0wyn@marketplace.amazon.com> wrote:
> Why is the 3 set cheaper than buying 2? Feels like I overpaid.
""")

# ---------------------------------------------------------------- 30  (multipart with logo link)
add(region="us", shop=("Northfield Pet Supply", "help@northfieldpetsupply.com"),
    subject="Re: Price dropped after I ordered - 114-6618204-7739052",
    date=(2026, 11, 23, 14, 9), client="gorgias", kind="reply", expect="violation",
    rules=["purpose.marketing", "links.external", "image.logo_link"],
    classes=["price_difference_refund", "html_part", "gift_guide_link", "logo_link"],
    note="Refunds a price difference through Amazon (fine) but the HTML part adds a linked shop logo and a 'Shop our holiday gift guide' link to the seller's website.",
    html_promo=True,
    body="""Hi Steve,

You're right, the price on the cat tree dropped by $12.00 two days after your order 114-6618204-7739052. We've refunded the $12.00 difference through Amazon today, and it should reach your card within 3-5 business days.

Thanks,
Leah
Northfield Pet Supply""",
    quote_head="On Sun, Nov 22, 2026 at 6:44 PM, Steve wrote:",
    quote_body="The cat tree I bought Friday is $12 cheaper now. Can I get the difference back?")


def esc_para(t):
    return "".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>\n") for p in t.split("\n\n"))

for i, m in enumerate(M, 1):
    mid = "w137-%04d" % i
    region = m["region"]
    msg = EmailMessage(policy=policy.SMTP)
    name, addr = m["shop"]
    msg["From"] = formataddr((name, addr))
    msg["To"] = "%s@%s" % (alias(), DOM[region])
    msg["Subject"] = m["subject"]
    y, mo, d, h, mi = m["date"]
    msg["Date"] = format_datetime(datetime(y, mo, d, h, mi, rnd.randint(0, 59), tzinfo=TZ[region]))
    msg["Message-ID"] = make_msgid(idstring="%d.%s" % (i, alias()[:6]), domain=addr.split("@")[1])
    msg["MIME-Version"] = "1.0"
    body = m["body"]
    if "quote_head" in m:
        plain = body + "\n\n" + m["quote_head"] + "\n> " + m["quote_body"] + "\n"
        shop_dom = addr.split("@")[1]
        extra = ""
        if m.get("html_promo"):
            extra = ('<hr>\n<p><a href="https://www.%s/holiday-gift-guide">Shop our Holiday Gift Guide</a>'
                     ' for treats and toys your pets will love!</p>\n'
                     '<p><a href="https://www.%s/"><img src="https://cdn.%s/img/logo-email.png" '
                     'alt="Northfield Pet Supply" width="160"></a></p>\n' % (shop_dom, shop_dom, shop_dom))
            plain = body + "\n\nShop our Holiday Gift Guide for treats and toys your pets will love!\nhttps://www.%s/holiday-gift-guide\n\n" % shop_dom \
                + m["quote_head"] + "\n> " + m["quote_body"] + "\n"
        htmlpart = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">\n' + esc_para(body) + extra +
                    '<div class="quote"><p>%s</p>\n<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote></div>\n</body></html>\n'
                    % (html.escape(m["quote_head"]), html.escape(m["quote_body"])))
        msg.set_content(plain, charset="utf-8", cte="quoted-printable")
        msg.add_alternative(htmlpart, subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        cte = "base64" if i % 5 == 0 else "quoted-printable"
        msg.set_content(body, charset="utf-8", cte=cte)
    (OUT / "messages" / (mid + ".eml")).write_bytes(msg.as_bytes())
    m["_id"] = mid

with open(OUT / "labels.jsonl", "w") as f:
    for m in M:
        f.write(json.dumps({"id": m["_id"], "file": "messages/%s.eml" % m["_id"], "lang": "en",
                            "client": m["client"], "kind": m["kind"], "split": "dev",
                            "expect": m["expect"], "rules": m["rules"],
                            "classes": m["classes"] + ["en-" + ("us" if m["region"] == "us" else "gb")],
                            "note": m["note"]}, ensure_ascii=False) + "\n")
print(len(M))
