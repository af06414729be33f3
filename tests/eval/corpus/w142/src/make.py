#!/usr/bin/env python3
"""Generate the w142 messages and labels (English, .com/.co.uk/.ca/.com.au)."""
import json, os, random, html
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta
from email import policy

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
rng = random.Random(142)
TZ = {"com": -5, "co.uk": 0, "ca": -5, "com.au": 11}

def alias():
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))

def quote_plain(client, q, buyer_addr, shop_addr, subject):
    who, when, text = q["who"], q["when"], q["text"]
    lines = text.strip().split("\n")
    gt = "\n".join(("> " + l) if l else ">" for l in lines)
    if client == "gmail":
        return f"On {when.strftime('%a, %b %-d, %Y at %-I:%M %p')} {who} <{buyer_addr}> wrote:\n{gt}"
    if client == "apple-mail":
        return f"On {when.strftime('%-d %b %Y, at %H:%M')}, {who} <{buyer_addr}> wrote:\n\n{gt}"
    if client == "outlook":
        return ("-----Original Message-----\n"
                f"From: {who} <{buyer_addr}>\nSent: {when.strftime('%A, %B %-d, %Y %-I:%M %p')}\n"
                f"To: {shop_addr}\nSubject: {subject.replace('Re: ', '', 1)}\n\n{text.strip()}")
    if client == "zendesk":
        return ("----------------------------------------------\n\n"
                f"{who}, {when.strftime('%b %-d, %Y, %-I:%M %p')}\n\n{text.strip()}")
    if client == "freshdesk":
        return f"On {when.strftime('%a, %-d %b at %-I:%M %p')} , {who} <{buyer_addr}> wrote:\n{gt}"
    if client == "gorgias":
        return f"On {when.strftime('%d/%m/%Y %H:%M')}, {who} wrote:\n{gt}"
    if client == "helpscout":
        return f"On {when.strftime('%b %-d, %Y at %-I:%M %p')}, {who} <{buyer_addr}> wrote:\n{gt}"
    if client == "edesk":
        return ("--- Original message ---\n"
                f"From: {who}\nDate: {when.strftime('%d/%m/%Y %H:%M')}\n\n{text.strip()}")
    raise ValueError(client)

def body_html(text):
    out = []
    for para in text.strip().split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:2px solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    return "\n".join(out)

def quote_html(client, q, buyer_addr):
    who, when, text = q["who"], q["when"], q["text"]
    inner = "<br>\n".join(html.escape(l) for l in text.strip().split("\n"))
    head = html.escape(f"On {when.strftime('%a, %b %-d, %Y at %-I:%M %p')}, {who} <{buyer_addr}> wrote:")
    return (f'<div class="{client}-quote-header">{head}</div>\n'
            f'<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')

MSGS = []
def M(**kw):
    MSGS.append(kw)

def d(tld, mon, day, h, mi):
    return datetime(2026, mon, day, h, mi, tzinfo=timezone(timedelta(hours=TZ[tld])))

# ---------------------------------------------------------------- 0001
M(tld="com", client="zendesk", kind="reply", expect="legit", rules=[], html=True,
  classes=["quoted_review_threat", "refuse_bargain", "return_via_amazon", "troubleshooting"],
  note="Quotes the buyer's 1-star threat inline, declines to bargain, gives a lid-latch fix and points to an Amazon return; no review request.",
  shop=("Copperfield Kitchen Support", "support@copperfieldkitchen.com"),
  subject="Re: Kettle lid won't stay shut - Order 112-4830917-2256041",
  date=d("com", 11, 10, 9, 12),
  quote=dict(who="Marcus Hale", when=d("com", 11, 9, 18, 22),
             text="The lid pops open every time it boils and sprays steam everywhere. I'll give you 1 star if you don't refund me today and let me keep the kettle."),
  body="""Hi Marcus,

Thanks for the message, and sorry the lid is misbehaving.

> I'll give you 1 star if you don't refund me today and let me keep the kettle.

We can't arrange refunds outside Amazon's returns process, and we won't bargain over reviews either way - that part is entirely your call. What we can do is help get the kettle working.

The lid on the Ardent Pour 1.7L has a small stainless clip at the back hinge. If steam has pushed it out of its groove, press it back in until it clicks (there's a diagram on page 4 of the manual). That fixes it in most cases.

If it still pops open after that, please start a return from Your Orders > Return or Replace Items and choose "Item defective". Amazon will give you a prepaid label and the refund goes back through Amazon once the kettle is received.

Order: 112-4830917-2256041

Kind regards,
Priya
Copperfield Kitchen Support""")

# ---------------------------------------------------------------- 0002
M(tld="com", client="gmail", kind="reply", expect="violation", rules=["review.biased_positive", "review.incentive"], html=False,
  classes=["quoted_review_threat", "refund_for_review", "five_star_request"],
  note="After the buyer's 1-star threat the seller refunds, lets the buyer keep the mat and asks for a 5-star review instead, tying the refund to a positive review.",
  shop=("Rob at Pinebrook Home", "help@pinebrookhome.com"),
  subject="Re: cracked bath mat - order 113-5501842-9034716",
  date=d("com", 11, 14, 10, 3),
  quote=dict(who="Denise Whitcombe", when=d("com", 11, 14, 7, 41),
             text="Bamboo mat arrived with a crack right across the middle. I'll give you 1 star if you don't refund me and let me keep it."),
  body="""Hi Denise,

So sorry about the crack! We've gone ahead and issued a full refund of $34.99 for order 113-5501842-9034716 and you don't need to send the mat back.

Since we've sorted this out for you, we'd really appreciate it if you left us a 5 star review instead of the 1 star you mentioned. It means the world to a small shop like ours.

Thanks so much,
Rob
Pinebrook Home""")

# ---------------------------------------------------------------- 0003
M(tld="co.uk", client="freshdesk", kind="reply", expect="legit", rules=[], html=True,
  classes=["quoted_coupon_request", "refuse_coupon", "replacement_offer", "return_via_amazon"],
  note="Quotes the buyer's coupon demand with 'You wrote:', declines to send codes and offers a replacement or refund through Amazon for the chipped casserole.",
  shop=("Hollins & Wray Customer Care", "customercare@hollinswray.co.uk"),
  subject="Re: Chip on casserole rim (Order 204-7719305-6643128)",
  date=d("co.uk", 11, 12, 11, 5),
  quote=dict(who="Adaeze Okafor", when=d("co.uk", 11, 11, 20, 17),
             text="Hello, the 24cm casserole has a chip on the enamel at the rim. Send me a coupon for next time and I won't complain about it.\nAdaeze"),
  body="""Dear Mrs Okafor,

Thank you for getting in touch about order 204-7719305-6643128.

You wrote: "send me a coupon for next time and I won't complain about it." We aren't able to send discount codes through Amazon messages, and there's really no need to hold back on complaining - a chip on the rim of a brand new casserole isn't acceptable and we'd rather put it right properly.

Could you let us know whether you'd prefer a replacement or a refund?

- Replacement: we'll dispatch a new 24cm casserole in Sage as soon as you confirm, and you can send the chipped one back with the free return label from Your Orders.
- Refund: just start the return in Your Orders and the refund will be processed once the parcel is scanned by the courier.

Please don't cook in it in the meantime, as loose enamel can flake further.

Kind regards,
Tom Hollins
Hollins & Wray""")

# ---------------------------------------------------------------- 0004
M(tld="co.uk", client="outlook", kind="reply", expect="violation", rules=["purpose.marketing"], html=True,
  classes=["quoted_coupon_request", "coupon_sent", "new_product_promo"],
  note="Answers the buyer's coupon request by actually sending a 20% discount code and promoting a newly launched range.",
  shop=("Ashgrove Candle Co", "hello@ashgrovecandle.co.uk"),
  subject="RE: dented lid - 203-4418062-1190573",
  date=d("co.uk", 11, 18, 14, 26),
  quote=dict(who="Jess Paterson", when=d("co.uk", 11, 18, 8, 2),
             text="Hi, the candle came with a dent in the glass lid. Send me a coupon for next time and I'll let it go.\n\nJess"),
  body="""Hi Jess,

Really sorry about the dented lid on order 203-4418062-1190573, the couriers haven't been kind to us this month!

Of course - here's a code for 20% off your next order from our Amazon store: ASHGROVE20. It works on all our candles, including the new Winter Fig range which has just launched and is already selling fast.

Best wishes,
Hannah
Ashgrove Candle Co""")

# ---------------------------------------------------------------- 0005
M(tld="com.au", client="helpscout", kind="reply", expect="legit", rules=[], html=True,
  classes=["warranty_manufacturer", "manufacturer_named_not_linked", "invoice_pointer"],
  note="Routes an out-of-return-window fault on a Breville espresso machine to Breville's warranty, naming its support page without a link.",
  shop=("Georgia - Saltbush Appliances", "support@saltbushappliances.com.au"),
  subject="Re: Barista Express not heating - 250-3384017-5529106",
  date=d("com.au", 11, 20, 10, 48),
  quote=dict(who="Liam Costa", when=d("com.au", 11, 19, 21, 3),
             text="Our Barista Express stopped heating the water, about 5 months after we bought it. Do I send it back to you?"),
  body="""Hi Liam,

Sorry to hear the Barista Express has stopped heating.

As order 250-3384017-5529106 is now outside Amazon's 30-day return window, the fault is covered by Breville's manufacturer warranty (2 years in Australia for this model), and Breville handle the repair or replacement directly - it doesn't need to come back to us.

The quickest route is the Breville Australia support page: search for "Breville support Australia" and choose "Warranty & repairs". You'll need the serial number from the base of the machine and your Amazon invoice, which you can download from Your Orders > Invoice.

If Breville need anything from us as the seller, just reply here and we'll sort it.

Cheers,
Georgia
Saltbush Appliances""")

# ---------------------------------------------------------------- 0006
M(tld="com.au", client="edesk", kind="reply", expect="violation", rules=["links.external", "contact.email_address", "contact.off_platform"], html=False,
  classes=["warranty_seller_site", "external_link", "seller_email"],
  note="Handles a Breville warranty claim by sending the buyer to the seller's own website form and asking for photos by e-mail to the seller's address.",
  shop=("Coastline Electrical", "orders@coastlineelectrical.com.au"),
  subject="Re: Smart Oven fan noise - order 249-6620184-3307752",
  date=d("com.au", 11, 23, 13, 15),
  quote=dict(who="Karen Nguyen", when=d("com.au", 11, 23, 9, 44),
             text="The fan in the Smart Oven Air has started rattling loudly. Is this covered?"),
  body="""Hi Karen,

Yes that should be covered under the Breville warranty. We process Breville claims ourselves, it's much faster than going through Amazon.

Please fill in our claim form at https://www.coastlineelectrical.com.au/warranty-claim and email a short video of the noise plus a photo of the serial plate to warranty@coastlineelectrical.com.au. We'll get back to you within 2 business days.

Order ref: 249-6620184-3307752

Regards,
Shane
Coastline Electrical""")

# ---------------------------------------------------------------- 0007
M(tld="ca", client="edesk", kind="reply", expect="legit", rules=[], html=False,
  classes=["warranty_manufacturer", "manufacturer_named_not_linked", "troubleshooting", "return_via_amazon"],
  note="Gives reset steps for a Logitech keyboard and names Logitech Support's warranty claim page (no link) or an Amazon return within the window.",
  shop=("Northern Pine Tech", "support@northernpinetech.ca"),
  subject="Re: MX Keys - F4 to F6 not working (701-2295830-4471609)",
  date=d("ca", 11, 16, 15, 40),
  quote=dict(who="Étienne Roy", when=d("ca", 11, 16, 8, 55),
             text="Hi, on my MX Keys the F4, F5 and F6 keys stopped responding after a week. Everything else works."),
  body="""Hello Étienne,

Thanks for writing in about order 701-2295830-4471609.

Before anything else, could you try this:
1. Turn the keyboard off with the switch on the right edge, wait 10 seconds, turn it back on.
2. If you use Logi Options+, check that F4-F6 haven't been reassigned to an action (under Keyboard > Keys).
3. Try the keyboard on a second computer or over the USB receiver instead of Bluetooth.

If the keys are still dead, you have two options. You're still inside Amazon's 30-day return window, so you can return it from Your Orders for a replacement. Or you can claim under Logitech's 1-year limited hardware warranty - on the Logitech Support website, look for "Warranty Claims" and have the serial number from the underside of the keyboard ready.

Let us know how it goes.

Best,
Nadia
Northern Pine Tech""")

# ---------------------------------------------------------------- 0008
M(tld="co.uk", client="outlook", kind="reply", expect="legit", rules=[], html=True,
  classes=["warranty_manufacturer", "manufacturer_named_not_linked"],
  note="Directs a Philips shaver battery fault after 14 months to the Philips UK support page and guarantee by model number, without a link.",
  shop=("Bramwell Electricals Service", "service@bramwellelectricals.co.uk"),
  subject="RE: Shaver won't hold charge - order 206-1187420-5938816",
  date=d("co.uk", 12, 1, 10, 2),
  quote=dict(who="Graham Tulloch", when=d("co.uk", 11, 30, 19, 11),
             text="Bought a Philips shaver from you last year, now it only runs for 2 minutes after a full charge. What can you do?\n\nGraham Tulloch"),
  body="""Dear Mr Tulloch,

Thank you for your email regarding order 206-1187420-5938816 (Philips Series 7000 shaver, model S7886).

As the shaver was delivered just over 14 months ago it's past Amazon's return period, but it is still within Philips' 2-year guarantee, and a battery that no longer holds its charge is exactly the kind of fault they cover.

To start a claim, go to the Philips UK website, choose "Support", enter the model number S7886 and select "Repair & warranty". They will ask for proof of purchase - your Amazon invoice under Your Orders > Invoice is accepted.

If Philips ask for any further details from us as the retailer please let us know and we'll supply them.

Yours sincerely,

Alan Bramwell
Bramwell Electricals""")

# ---------------------------------------------------------------- 0009
M(tld="com", client="gmail", kind="reply", expect="legit", rules=[], html=False,
  classes=["product_name_star", "product_question"],
  note="Answers a battery and charging question about a product named 'North Star' lantern.",
  shop=("Ridgeline Camp Supply", "care@ridgelinecampsupply.com"),
  subject="Re: North Star lantern batteries? Order 111-7038816-2240591",
  date=d("com", 11, 21, 16, 30),
  quote=dict(who="Kayla Brennan", when=d("com", 11, 21, 12, 8),
             text="Does the North Star 600 lantern take AA batteries or only charge through USB? Going camping next weekend.\nthanks"),
  body="""Hi Kayla,

Good question! The North Star 600 Lumen Camping Lantern (order 111-7038816-2240591) runs on its built-in 5200 mAh battery, which charges through the USB-C port under the rubber flap on the base. A full charge takes about 4 hours and gives roughly 10 hrs on the medium setting.

It doesn't take AA batteries, so we'd suggest charging it fully a day or two before you leave. The same USB-C port also works as an output if you need to top up a phone in a pinch.

Have a great trip,
Sam
Ridgeline Camp Supply""")

# ---------------------------------------------------------------- 0010
M(tld="ca", client="helpscout", kind="reply", expect="legit", rules=[], html=True,
  classes=["product_name_club", "sizing_advice"],
  note="Advises on paddle length for a child's paddle whose product name contains 'Club'.",
  shop=("Owen - Lakehead Paddle Co.", "help@lakeheadpaddle.ca"),
  subject="Re: Paddle Club Junior - right length? (702-4405117-8813264)",
  date=d("ca", 11, 13, 11, 20),
  quote=dict(who="Heather McAllister", when=d("ca", 11, 12, 20, 45),
             text="I ordered the Paddle Club Junior 210 cm for my son, he's 10 and about 4'8\". Is that too long? Should I swap it before it ships?"),
  body="""Hi Heather,

Thanks for checking before it ships. For a 10-year-old around 4'8" paddling a youth kayak, the 210 cm Paddle Club Junior is a good fit - the shaft is thinner than an adult paddle and the blades are smaller, so it won't feel heavy. We'd only suggest the 190 cm if the kayak is very narrow (under 24 inches).

Your order 702-4405117-8813264 is due to ship tomorrow. If you'd still like to switch to the 190 cm, reply before 2pm Eastern and we'll change it; otherwise it goes out as ordered.

Owen
Lakehead Paddle Co.""")

# ---------------------------------------------------------------- 0011
M(tld="com", client="zendesk", kind="reply", expect="legit", rules=[], html=True,
  classes=["product_name_pro_review_edition", "product_question", "accessory_in_box"],
  note="Explains the cable and adapter for headphones whose product name is 'Pro Review Edition'.",
  shop=("Halden Audio Support", "support@haldenaudio.com"),
  subject="Re: HM-40 Pro Review Edition cable - order 114-9920473-6615038",
  date=d("com", 11, 27, 13, 44),
  quote=dict(who="Julian Ortega", when=d("com", 11, 27, 10, 18),
             text="What's the difference between the HM-40 and the Pro Review Edition I got? And which cable do I use with my audio interface, it has a big headphone jack."),
  body="""Hi Julian,

The HM-40 Pro Review Edition (order 114-9920473-6615038) uses the same drivers as the standard HM-40 but with a flatter tuning for mix checking, velour pads and two detachable cables instead of one.

For your interface, use the 3 m coiled cable with the screw-on 6.35 mm (1/4") adapter - both are in the inner tray under the headphones. The 1.2 m straight cable is meant for phones and laptops. Plug the cable into the left earcup; it has a twist lock, so turn it a quarter turn clockwise until it stops.

Best,
Daniel
Halden Audio Support""")

# ---------------------------------------------------------------- 0012
M(tld="com.au", client="apple-mail", kind="reply", expect="legit", rules=[], html=False,
  classes=["product_name_five_star", "missing_parts", "replacement_parts"],
  note="Sends missing wall screws for a product named 'Five Star Deluxe Spice Rack'.",
  shop=("Wattle & Oak Homewares", "service@wattleandoak.com.au"),
  subject="Re: Missing screws - Five Star Deluxe Spice Rack (249-5507712-1029384)",
  date=d("com.au", 11, 24, 9, 31),
  quote=dict(who="Priya Ramesh", when=d("com.au", 11, 23, 19, 2),
             text="Hi there, the fixing pack in my spice rack only had 2 screws and 4 wall plugs. The instructions say 4 of each."),
  body="""Hi Priya,

Sorry about that - the fixing packs for the Five Star Deluxe Spice Rack should have 4 x 35 mm screws and 4 wall plugs, so yours was short.

We've posted a replacement fixing pack (part FS-DX-04) to the delivery address on order 249-5507712-1029384 today by Australia Post letter, no charge. It should arrive in 3-5 business days. No need to return anything.

If you want to get it up sooner, any 4 mm x 35 mm countersunk wood screw will do the job.

Kind regards,
Bec
Wattle & Oak Homewares""")

# ---------------------------------------------------------------- 0013
M(tld="com.au", client="gorgias", kind="proactive", expect="violation", rules=["review.biased_positive"], html=True,
  classes=["product_name_five_star", "five_star_pun", "proactive_review_request"],
  note="Proactive delivery message that uses the 'Five Star' product name to ask the buyer to give it five stars.",
  shop=("Wattle & Oak Homewares", "service@wattleandoak.com.au"),
  subject="Your Five Star Deluxe Spice Rack - order 250-1146309-7724851",
  date=d("com.au", 11, 28, 12, 5), quote=None,
  body="""Hi Tom,

Your Five Star Deluxe Spice Rack (order 250-1146309-7724851) was delivered yesterday. A quick tip: mount it at least 30 cm away from the cooktop so the jars don't heat up.

We called it Five Star for a reason - and we hope you'll agree by giving it five stars on Amazon too!

Kind regards,
Bec
Wattle & Oak Homewares""")

# ---------------------------------------------------------------- 0014
M(tld="com", client="freshdesk", kind="reply", expect="legit", rules=[], html=True,
  classes=["amazon_customer_service", "refund_status"],
  note="Explains that the FBA return refund is handled by Amazon and points the buyer to Amazon Customer Service.",
  shop=("Brightwell Blenders Support", "support@brightwellblenders.com"),
  subject="Re: Still no refund - 112-3069148-7750213",
  date=d("com", 12, 2, 10, 15),
  quote=dict(who="Tasha Greene", when=d("com", 12, 1, 21, 33),
             text="I sent the blender back two weeks ago and still haven't seen my refund. Where is it??"),
  body="""Hi Tasha,

I'm sorry the refund is taking this long.

Your order 112-3069148-7750213 was fulfilled by Amazon, so the return went back to an Amazon warehouse and the refund is issued by Amazon rather than by us - we can't see its status from our side.

Amazon Customer Service can check it for you right away: in the Amazon app or on the website, go to Your Orders, select the blender, and choose "Problem with order" > "Return or refund" to reach them by chat or callback. They can see exactly when the return was scanned in.

Sorry I can't give you a direct answer here, but they'll have it.

Regards,
Mike
Brightwell Blenders""")

# ---------------------------------------------------------------- 0015
M(tld="co.uk", client="gorgias", kind="reply", expect="legit", rules=[], html=True,
  classes=["address_confirmation", "buyer_phone_for_courier", "delivery_instructions"],
  note="Confirms the delivery address and passes on the phone number the buyer supplied for the courier, for a two-man furniture delivery.",
  shop=("Fernhill Garden Furniture", "orders@fernhillgarden.co.uk"),
  subject="Re: Delivery to side door - order 205-8842710-3361947",
  date=d("co.uk", 11, 19, 9, 48),
  quote=dict(who="Rhian Pugh", when=d("co.uk", 11, 18, 22, 14),
             text="Hi, the bench set is going to Flat 2, the front door is locked. Please tell the driver to use the side door on Albany Lane. They can ring me on 07700 900418 if they can't find it."),
  body="""Hi Rhian,

Thanks - we've confirmed the delivery address for order 205-8842710-3361947 as:

Flat 2, 14 Cavendish Road
Llandaff, Cardiff CF5 2NT

and added a note to the delivery for the two-man crew to use the side door on Albany Lane. As you asked, we've also put 07700 900418 on the courier note so the driver can ring you if they can't find it.

The bench set is booked for Tuesday 24 November, between 8am and 1pm.

Kind regards,
Owain
Fernhill Garden Furniture""")

# ---------------------------------------------------------------- 0016
M(tld="ca", client="zendesk", kind="reply", expect="legit", rules=[], html=False,
  classes=["review_explained_cannot_remove", "no_review_request"],
  note="Buyer asks the seller to take down a review; seller explains it can't see, remove or influence reviews and just helps with the found part.",
  shop=("Cedarline Home Support", "support@cedarlinehome.ca"),
  subject="Re: Found the missing part - 702-6631094-2208715",
  date=d("ca", 11, 25, 14, 6),
  quote=dict(who="Brandon Kowalski", when=d("ca", 11, 25, 11, 40),
             text="I left a 2 star review because the shelf bracket was missing, then found it taped under the box flap. Can you take the review down?"),
  body="""Hi Brandon,

Glad the bracket turned up - they're taped under the flap so they dont rattle around in transit, but it's easy to miss.

About the review: as sellers we can't see who wrote a review, and we have no way to remove, edit or influence reviews. They're managed entirely by Amazon.

For the bracket, the two short screws in bag C go through the top holes first, then level the shelf before tightening the lower ones. Let us know if anything else in order 702-6631094-2208715 doesn't line up.

Thanks,
Leah
Cedarline Home""")

# ---------------------------------------------------------------- 0017
M(tld="com", client="helpscout", kind="reply", expect="violation", rules=["review.change_or_remove"], html=True,
  classes=["review_change_after_refund", "refund_confirmation"],
  note="Confirms a refund and then asks the buyer to update their review to reflect how the seller handled it.",
  shop=("Ashby Outdoor Co.", "help@ashbyoutdoor.com"),
  subject="Re: Tent pole snapped - 113-2280461-9917305",
  date=d("com", 11, 30, 11, 22),
  quote=dict(who="Wes Dunning", when=d("com", 11, 29, 17, 5),
             text="Pole snapped on the first night. Posted a review about it. Want my money back."),
  body="""Hi Wes,

Really sorry about the pole. Your refund of $62.00 for order 113-2280461-9917305 has now been processed and should show on your card within 3-5 business days.

Now that everything's resolved, would you consider updating your review so it reflects how we handled it? It would mean a lot to our team.

Thanks,
Carly
Ashby Outdoor Co.""")

# ---------------------------------------------------------------- 0018
M(tld="ca", client="outlook", kind="reply", expect="legit", rules=[], html=False,
  classes=["free_accessory_bundle", "product_location_in_box"],
  note="Explains where the 'free' cleaning kit that is part of the bundle listing is packed.",
  shop=("Trailmark Gear Canada", "service@trailmarkgear.ca"),
  subject="RE: Where is the cleaning kit? 701-5508219-3346602",
  date=d("ca", 11, 17, 10, 30),
  quote=dict(who="Simone Gagnon", when=d("ca", 11, 17, 7, 52),
             text="The listing said the hydration pack comes with a free cleaning kit but I can't find it anywhere in the box."),
  body="""Hi Simone,

You're right, the listing you ordered is the bundle - "Trailmark 3L Hydration Pack + Free Cleaning Kit" - so the kit should be with it.

It's packed inside the pack itself: unzip the back-panel pocket where the reservoir sits and it's in a small white pouch behind the reservoir (brush, tube brush and 4 cleaning tablets). A lot of people miss it because the pouch is flat.

If it isn't there, let us know and we'll send one out for order 701-5508219-3346602.

Regards,
Marc Dufresne
Trailmark Gear Canada""")

# ---------------------------------------------------------------- 0019
M(tld="com", client="gmail", kind="proactive", expect="violation", rules=["review.incentive"], html=False,
  classes=["free_gift_for_review", "proactive_review_request"],
  note="Proactively offers a free cleaning kit if the buyer leaves a review and sends a screenshot.",
  shop=("Summit Flow Gear", "team@summitflowgear.com"),
  subject="Your hydration pack - order 114-3307182-5509461",
  date=d("com", 11, 22, 12, 10), quote=None,
  body="""Hi Drew,

Your Summit Flow 2L hydration pack (order 114-3307182-5509461) shoud have arrived by now. Rinse the reservoir with warm water and a little baking soda before the first fill to get rid of the plastic taste.

Also - leave a review on Amazon and reply to this message with a screenshot, and we'll send you our cleaning kit (worth $14.99) completely free!

Cheers,
Jordan
Summit Flow Gear""")

# ---------------------------------------------------------------- 0020
M(tld="co.uk", client="apple-mail", kind="reply", expect="legit", rules=[], html=False,
  classes=["old_packaging_newsletter", "no_marketing", "product_question"],
  note="Explains the newsletter printed on old packaging is no longer run and answers the recipe question without promoting anything.",
  shop=("Hearth & Crumb", "bakehouse@hearthandcrumb.co.uk"),
  subject="Re: Newsletter on the box? Order 202-9915037-4460281",
  date=d("co.uk", 11, 26, 15, 52),
  quote=dict(who="Fiona Lockhart", when=d("co.uk", 11, 26, 12, 30),
             text="The box my proving basket came in says 'Join our baking newsletter for recipes'. How do I sign up? I wanted a recipe for a first loaf."),
  body="""Hi Fiona,

Thanks for asking! That's printed on an older batch of boxes - we stopped running the newsletter at the start of the year, so there's nothing to sign up for I'm afraid. We'll have new boxes without it soon.

For a first loaf in the 9" round basket (order 202-9915037-4460281): 500g strong white flour, 350g water, 100g active starter, 10g salt. Dust the basket well with rice flour rather than wheat flour, prove in the fridge overnight, and tip it straight onto a hot baking stone. The recipe card tucked in the lid of the box has the full timings.

Happy baking,
Ruth""")

# ---------------------------------------------------------------- 0021
M(tld="co.uk", client="gorgias", kind="proactive", expect="violation",
  rules=["purpose.marketing", "contact.off_platform", "links.external", "subject.marketing"], html=True,
  classes=["newsletter_signup_discount", "external_link", "marketing_subject"],
  note="Proactive message whose subject and body push a newsletter sign-up on the seller's website for 10% off the next order.",
  shop=("Hearth & Crumb", "bakehouse@hearthandcrumb.co.uk"),
  subject="10% off your next bake! Order 204-3360928-1187345",
  date=d("co.uk", 11, 29, 10, 0), quote=None,
  body="""Hi Oliver,

Your banneton set from order 204-3360928-1187345 was delivered on Friday - we hope your first loaf rises beautifully.

Join our baking newsletter at https://www.hearthandcrumb.co.uk/newsletter and we'll send you a code for 10% off your next order, plus a new recipe every month.

Happy baking,
Ruth
Hearth & Crumb""")

# ---------------------------------------------------------------- 0022
M(tld="ca", client="freshdesk", kind="reply", expect="legit", rules=[], html=True,
  classes=["long_apology", "make_it_right", "wrong_item", "replacement_offer", "no_review_request"],
  note="Long apology for shipping the wrong boot size twice, with 'we'd love the chance to make it right', an express replacement and an Amazon return label; no review mention.",
  shop=("Yukon Ridge Footwear", "support@yukonridgefootwear.ca"),
  subject="Re: Wrong size AGAIN - order 701-8874023-5512096",
  date=d("ca", 12, 3, 9, 5),
  quote=dict(who="Darren Whitehorse", when=d("ca", 12, 2, 20, 48),
             text="This is the second time you've sent me a men's 10 when I ordered an 11. I needed these boots for work on Monday. Pretty fed up."),
  body="""Hi Darren,

I'm really sorry. You ordered the Tundra Pro insulated boot in a men's 11, and we've now sent you a 10 twice. There's no good excuse for that, and I understand how frustrating it is when you needed them for work.

I've looked into what happened: both pairs were picked from a shelf where a box of 10s had been put in the 11 slot. We've pulled and recounted every box on that shelf this morning so it can't happen a third time.

Here's what I've done for order 701-8874023-5512096:
- A pair of size 11s has been checked by hand, by me, and is going out today by Purolator Express. It should reach you Friday.
- A prepaid return label for the size 10s is available under Your Orders, so you don't pay anything to send them back.
- There's no rush on the return - keep the 10s until the 11s have arrived and fit.

We'd love the chance to make it right, and if the 11s don't fit the way you expect, reply here and I'll handle it personally.

Again, my apologies.

Melissa Tran
Customer Care Lead
Yukon Ridge Footwear""")

# ---------------------------------------------------------------- 0023
M(tld="com", client="zendesk", kind="proactive", expect="violation", rules=["review.divert_negative"], html=True,
  classes=["message_before_review", "proactive_care_tips"],
  note="Proactive care-tips message that tells the buyer to message the seller before leaving a review if anything is wrong.",
  shop=("Marlowe Linen Co. Support", "support@marlowelinen.com"),
  subject="Caring for your linen sheets - order 111-6642095-3318720",
  date=d("com", 11, 24, 10, 40), quote=None,
  body="""Hi Rachel,

Your stonewashed linen sheet set (order 111-6642095-3318720) was delivered on Saturday. A couple of care tips: wash at 40°C with a mild detergent, skip fabric softener, and tumble dry on low - the linen gets softer with every wash.

If anything isn't perfect, please message us before you leave a review so we can fix it for you first.

Warmly,
The Marlowe Linen team""")

# ---------------------------------------------------------------- 0024
M(tld="com.au", client="edesk", kind="proactive", expect="legit", rules=[], html=False,
  classes=["neutral_review_request", "single_request"],
  note="A single neutral review request for the order, with no bias toward a positive rating and no incentive.",
  shop=("Banksia Pet Supplies", "orders@banksiapet.com.au"),
  subject="Review request for order 250-7719264-0438851",
  date=d("com.au", 12, 4, 11, 0), quote=None,
  body="""Hello Chloe,

Your order 250-7719264-0438851 (orthopaedic dog bed, large) was delivered last week.

If you have a moment, we'd appreciate it if you left a review of the bed on Amazon. Whatever your experience has been, your review helps other customers choose.

Kind regards,
Banksia Pet Supplies""")

# ---------------------------------------------------------------- 0025
M(tld="com", client="outlook", kind="proactive", expect="violation", rules=["purpose.shipping_confirmation"], html=True,
  classes=["shipped_only"],
  note="Proactive message that only says the order has shipped and gives the tracking number, nothing else needed for the order.",
  shop=("Greystone Tool Supply", "orders@greystonetool.com"),
  subject="Your order 114-5582037-6690412 has shipped",
  date=d("com", 11, 19, 17, 20), quote=None,
  body="""Hello Mark,

Good news - your order 114-5582037-6690412 has shipped today via UPS Ground.

Tracking number: 1Z 4W8 7E2 03 9381 2264

Regards,
Greystone Tool Supply""")

# ---------------------------------------------------------------- 0026
M(tld="co.uk", client="helpscout", kind="proactive", expect="legit", rules=[], html=True,
  classes=["customisation_confirmation", "engraving"],
  note="Asks the buyer to confirm the engraving text for a personalised chopping board before production.",
  shop=("Ellis - Oakmere Workshop", "workshop@oakmereworkshop.co.uk"),
  subject="Please confirm engraving text - order 203-6620915-8847023",
  date=d("co.uk", 11, 16, 9, 15), quote=None,
  body="""Hello Sophie,

Thank you for your order 203-6620915-8847023 for the personalised oak chopping board (large, 45 x 30 cm).

Before we engrave, please check the text we received in the customisation box:

"The Pembertons — Est. 2019"

We'll engrave it centred along the bottom edge in the Serif style you chose. If the spelling is right, simply reply "confirmed". If you'd like any changes, please send the exact text by Wednesday 18 November so the board still ships on time.

Best wishes,
Ellis
Oakmere Workshop""")

# ---------------------------------------------------------------- 0027
M(tld="com.au", client="gmail", kind="proactive", expect="legit", rules=[], html=False,
  classes=["delivery_scheduling", "freight_carrier_named"],
  note="Asks the buyer to pick a freight delivery day and about stairs access for a bulky wardrobe.",
  shop=("Ironbark Furniture Co", "dispatch@ironbarkfurniture.com.au"),
  subject="Booking your wardrobe delivery - order 249-3018824-6675190",
  date=d("com.au", 12, 2, 14, 35), quote=None,
  body="""Hi Nathan,

Your 3-door wardrobe (order 249-3018824-6675190) is ready to go out with our freight carrier, Kestrel Freight. Because it's over 90 kg it needs a booked two-person delivery.

Could you let us know which day suits you?
- Tuesday 8 December, 7am-12pm
- Wednesday 9 December, 12pm-5pm

Also, are there any stairs at the delivery address, and roughly how many? The crew need to know in advance to bring a stair trolley.

The driver will text the mobile number on your Amazon order about 30 minutes before arriving.

Thanks,
Amber
Ironbark Furniture Co""")

# ---------------------------------------------------------------- 0028
M(tld="co.uk", client="edesk", kind="reply", expect="legit", rules=[], html=False,
  classes=["vat_invoice", "invoice_via_amazon"],
  note="Confirms a VAT invoice with the buyer's company name was uploaded to the Amazon order.",
  shop=("Kingsbridge Fixings", "accounts@kingsbridgefixings.co.uk"),
  subject="Re: VAT invoice - 206-4450192-7781036",
  date=d("co.uk", 11, 20, 16, 5),
  quote=dict(who="Fenwick Joinery Ltd", when=d("co.uk", 11, 20, 10, 22),
             text="Hi, we need a VAT invoice made out to Fenwick Joinery Ltd for the screws order please, our accountant won't accept the packing slip."),
  body="""Hello,

We've uploaded a VAT invoice addressed to Fenwick Joinery Ltd for order 206-4450192-7781036 (10 x boxes 5 x 60mm wood screws, £87.40 inc. VAT).

You can download it from Your Orders > select the order > Invoice. It shows our VAT number, the net amount, and VAT at 20% separately.

If your accountant needs the company address or your VAT number adding, send it over here and we'll reissue it.

Regards,
Paul Stenning
Kingsbridge Fixings""")

# ---------------------------------------------------------------- 0029
M(tld="ca", client="apple-mail", kind="reply", expect="legit", rules=[], html=False,
  classes=["order_problem", "out_of_stock_colour", "substitute_offer"],
  note="Explains the ordered colour is out of stock and offers a substitute colour or a seller-side cancellation with refund.",
  shop=("Harbourlight Textiles", "hello@harbourlighttextiles.ca"),
  subject="Re: When will my throw ship? 702-1183056-4429710",
  date=d("ca", 11, 21, 13, 2),
  quote=dict(who="Maya Singh", when=d("ca", 11, 21, 9, 37),
             text="Ordered the wool throw on Monday, it still says not shipped. Is something wrong?"),
  body="""Hi Maya,

Sorry for the silence on this one. While packing order 702-1183056-4429710 we found the last Heather Blue wool throw had a pulled thread along the edge, and our next batch doesn't arrive until mid-December.

We have the same throw in Charcoal or Oatmeal ready to ship today at the same price. If you'd like one of those, just reply with the colour and we'll send it by Canada Post Expedited.

If you'd rather wait for Heather Blue, that's fine too. And if neither works for you, tell us and we'll cancel it from our end - the refund goes back automatically.

Maya, apologies again for the delay.

Jess
Harbourlight Textiles""")

# ---------------------------------------------------------------- 0030
M(tld="ca", client="gorgias", kind="reply", expect="legit", rules=[], html=True,
  classes=["carrier_tracking", "trace_opened", "delivery_problem"],
  note="Explains a stalled Canada Post tracking, gives the tracking number and trace reference, and commits to a replacement if it doesn't move.",
  shop=("Prairie Tea Traders", "support@prairieteatraders.ca"),
  subject="Re: Tracking stuck - order 701-9062718-3340157",
  date=d("ca", 12, 1, 10, 26),
  quote=dict(who="Gordon Blackwood", when=d("ca", 11, 30, 18, 4),
             text="Tracking hasn't changed since Thursday. Is my parcel lost?"),
  body="""Hi Gordon,

Thanks for flagging this. The Canada Post tracking for order 701-9062718-3340157 (tracking number 7023 4418 9912 0456) shows it arrived at the Mississauga processing plant on November 26 and hasn't been scanned since.

We've opened a trace with Canada Post this morning (reference CP-TR-5520974). Parcels usually start moving again within 2 business days of a trace.

If there's no new scan by Thursday, December 3, we'll send a replacement tin of the Smoky Lapsang by Xpresspost at no charge and let you know here.

Best regards,
Aileen
Prairie Tea Traders""")

# ----------------------------------------------------------------
def build():
    os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
    labels = []
    for i, m in enumerate(MSGS, 1):
        mid = f"w142-{i:04d}"
        tld = m["tld"]
        buyer = f"{alias()}@marketplace.amazon.{tld}"
        name, addr = m["shop"]
        msg = EmailMessage(policy=policy.SMTP)
        msg["From"] = f"{name} <{addr}>"
        msg["To"] = buyer
        msg["Subject"] = m["subject"]
        msg["Date"] = format_datetime(m["date"])
        msg["Message-ID"] = make_msgid(idstring=f"{i:04d}.{rng.randint(10**5, 10**6)}", domain=addr.split("@")[1])
        text = m["body"].strip() + "\n"
        q = m.get("quote")
        if q:
            q = dict(q, who=q["who"] + " - Amazon Marketplace")
            text += "\n" + quote_plain(m["client"], q, buyer, addr, m["subject"]) + "\n"
        msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
        if m["html"]:
            h = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
                 '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
                 + body_html(m["body"]))
            if q:
                h += "\n<br>\n" + quote_html(m["client"], q, buyer)
            h += "\n</body></html>\n"
            msg.add_alternative(h, subtype="html", charset="utf-8", cte="quoted-printable")
        with open(os.path.join(OUT, "messages", mid + ".eml"), "wb") as f:
            f.write(msg.as_bytes())
        labels.append({"id": mid, "file": f"messages/{mid}.eml", "lang": "en", "client": m["client"],
                       "kind": m["kind"], "split": "dev", "expect": m["expect"], "rules": m["rules"],
                       "classes": m["classes"], "note": m["note"]})
    with open(os.path.join(OUT, "labels.jsonl"), "w") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    build()
