#!/usr/bin/env python3
"""Generate the w131 corpus: English seller messages full of innocent marketing/review words.

Run: python3 make_w131.py   (writes ../messages/*.eml and ../labels.jsonl)
"""
import html
import json
import os
import random
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MSGDIR = os.path.join(OUT, "messages")

rng = random.Random(131)
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"

MARKET = {
    "us": ("marketplace.amazon.com", timezone(timedelta(hours=-5))),
    "uk": ("marketplace.amazon.co.uk", timezone.utc),
    "au": ("marketplace.amazon.com.au", timezone(timedelta(hours=11))),
}


def alias():
    return "".join(rng.choice(ALNUM) for _ in range(15))


def amazon_msgid():
    hexpart = "".join(rng.choice("0123456789abcdef") for _ in range(16))
    tail = "".join(rng.choice("0123456789abcdef") for _ in range(8))
    return "<0100019%s-%s-000000@email.amazonses.com>" % (hexpart[:9], tail)


# ---------------------------------------------------------------- quote styles

def q_gmail(buyer, when, addr):
    lines = ["On %s, Amazon Customer <%s> wrote:" % (when, addr)]
    lines += [("> " + l) if l else ">" for l in buyer.split("\n")]
    return "\n".join(lines)


def q_outlook(buyer, when, addr, subject):
    return "\n".join([
        "-----Original Message-----",
        "From: Amazon Customer <%s>" % addr,
        "Sent: %s" % when,
        "Subject: %s" % subject,
        "",
        buyer,
    ])


def q_amazon(buyer, when, addr):
    return "\n".join([
        "%s - Amazon Customer wrote:" % when,
        "------------- Message: -------------",
        "",
        buyer,
        "",
        "------------- End message -------------",
    ])


def q_edesk(buyer, when, addr):
    return "\n".join([
        "---- Buyer message (Amazon) — %s ----" % when,
        buyer,
    ])


def q_zendesk(buyer, when, addr):
    return "\n".join([
        "##- Please type your reply above this line -##",
        "",
        "Amazon Customer, %s:" % when,
        "",
        buyer,
    ])


def build_quote(style, buyer, when, addr, subject):
    if style == "gmail":
        return q_gmail(buyer, when, addr)
    if style == "outlook":
        return q_outlook(buyer, when, addr, subject)
    if style == "amazon":
        return q_amazon(buyer, when, addr)
    if style == "edesk":
        return q_edesk(buyer, when, addr)
    if style == "zendesk":
        return q_zendesk(buyer, when, addr)
    raise ValueError(style)


def to_html(text, quote_html=None):
    paras = [p for p in text.split("\n\n")]
    out = ['<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">']
    for p in paras:
        out.append("<p>%s</p>" % html.escape(p).replace("\n", "<br>\n"))
    out.append("</div>")
    if quote_html:
        out.append(quote_html)
    return "<html><body>\n" + "\n".join(out) + "\n</body></html>\n"


def html_blockquote(buyer, when):
    body = html.escape(buyer).replace("\n", "<br>\n")
    return ('<div class="quote_header">On %s, Amazon Customer wrote:</div>\n'
            '<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
            '%s</blockquote>' % (html.escape(when), body))


MINI_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 72 770 Td (VAT INVOICE) Tj ET\nendstream endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")

# ---------------------------------------------------------------- messages
# Each entry: market, client, kind, expect, rules, classes, note, shop, sender, subject,
# date (y,m,d,h,mi), body, and for replies: buyer, bsubj, bwhen, quote style ("html" = blockquote
# in the HTML part), html flag, attach.

M = []

# 1 legit - "new"
M.append(dict(
    market="us", client="gorgias", kind="reply", expect="legit", rules=[],
    classes=["innocent_word:new", "product_condition", "gmail_quote"],
    note="Confirms the item is brand new and factory sealed and explains how to return through Amazon if anything inside is damaged.",
    shop=("Ridgeway Outdoor Supply", "support@ridgewayoutdoorsupply.com"),
    subject="Re: Is this new or open box? (Order 113-4820917-5563012)",
    date=(2026, 11, 3, 11, 42),
    body="""Hi Jordan,

Yes, the headlamp is brand new. Every unit we ship on order 113-4820917-5563012 comes straight from the manufacturer's carton, factory sealed, never opened or returned. The outer box getting squashed happens in transit sometimes and we're sorry it arrived looking rough.

If you open it and anything inside is scratched, cracked or not working, just start a return from Your Orders and pick "Item arrived damaged" - Amazon will issue the return label and we'll get a replacement or refund sorted straight away.

Best,
Dana
Ridgeway Outdoor Supply""",
    buyer="Hi, the box for the headlamp came pretty crushed and the plastic window is split. Is this new or an open box / returned unit? I paid for new.\nThanks, Jordan",
    bsubj="Is this new or open box?", bwhen="Tue, Nov 3, 2026 at 9:14 AM", quote="gmail", html=False,
))

# 2 legit - "free" return
M.append(dict(
    market="uk", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["innocent_word:free", "return_faulty", "outlook_quote"],
    note="Explains that returning a leaking kettle costs the buyer nothing and walks through Amazon's return process.",
    shop=("Calder & Finch Homeware", "hello@calderfinch.co.uk"),
    subject="RE: Kettle leaking from the base - order 202-6630184-9917245",
    date=(2026, 10, 27, 14, 5),
    body="""Hello Mrs Pryce,

I'm sorry the kettle is leaking - that shouldn't happen and it's definitely a fault, so please stop using it.

The return is free for you. Go to Your Orders, choose "Return or replace items" next to order 202-6630184-9917245 and select "Defective / does not work properly". Amazon will give you a prepaid label (or a QR code for drop-off at a Post Office or Collect+ point), so you won't pay any postage. Once the parcel is scanned we'll process the full refund, or a replacement if you'd rather have one - just pick that option in the return form.

Kind regards,
Owen
Calder & Finch Homeware""",
    buyer="The kettle I got last week is leaking from underneath when it boils, there is a puddle on the worktop. Do I have to pay for the postage to send it back? Not happy as it was £34.\nS. Pryce",
    bsubj="Kettle leaking from the base", bwhen="26 October 2026 19:48", quote="outlook", html=False,
))

# 3 legit - "gift"
M.append(dict(
    market="us", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["innocent_word:gift", "packing_request", "zendesk_quote"],
    note="Confirms that a gift order will ship without prices on the packing slip and the gift message will be printed.",
    shop=("Hollis Leatherworks", "help@hollisleatherworks.com"),
    subject="Re: Gift for my dad - no price please [Order 114-2098871-3049216]",
    date=(2026, 12, 1, 10, 17),
    body="""Hi Marcus,

No problem at all. Because you added a gift message at checkout, Amazon's system marks order 114-2098871-3049216 as a gift, so the packing slip we print shows only the item and your note ("Happy birthday Dad - for the new truck. Love, M") with no prices on it. I've also added an internal note so our packer double-checks before sealing the box.

The wallet ships tomorrow and the estimated delivery shown in your order hasn't changed.

Thanks,
Priya - Hollis Leatherworks""",
    buyer="Hey, this wallet is a gift for my dad and it's shipping straight to him. Can you make sure there's no receipt or price in the box? Thanks! Marcus",
    bsubj="Gift for my dad - no price please", bwhen="Nov 30, 2026, 8:03 PM EST", quote="zendesk", html=False,
))

# 4 legit - "five stars" hotel
M.append(dict(
    market="au", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["innocent_word:five_stars", "address_change", "carrier_named", "html_blockquote"],
    note="Explains that the seller cannot change the address of a shipped parcel and how the buyer can ask Australia Post to redirect it to the Five Stars Motel where they are staying.",
    shop=("Bellbird Kitchen Co", "orders@bellbirdkitchen.com.au"),
    subject="Re: Delivery address - staying at hotel this week",
    date=(2026, 11, 16, 9, 31),
    body="""Hi Tessa,

Thanks for letting us know. Your order 250-7741029-1180654 (the cast iron griddle) was dispatched with Australia Post yesterday afternoon, so unfortunately we can't change the address from our side any more.

What you can do is request a redirection directly with Australia Post using the tracking number shown in Your Orders - they can usually redirect a parcel that hasn't reached the delivery facility yet. If you do, use the motel's street address and put "Guest - Tessa Marlow, c/o Reception, Five Stars Motel" so reception knows to hold it for you.

If the redirection isn't possible it'll be delivered to your home address as planned, and if it comes back to us for any reason we'll let you know here straight away.

Cheers,
Liam
Bellbird Kitchen Co""",
    buyer="Hi there, I'm away for work and staying at the Five Stars Motel on Sturt St in Ballarat until Friday 20th. Is it possible to send the griddle there instead of home? Nobody is at home this week.\nTessa",
    bsubj="Delivery address", bwhen="Sun, 15 Nov 2026 at 8:52 pm", quote="html", html=True,
))

# 5 legit - design feedback
M.append(dict(
    market="uk", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["innocent_word:feedback", "product_design", "product_use", "gmail_quote"],
    note="Passes the buyer's feedback on the lid design to the product team and explains how to ease a stiff hinge.",
    shop=("Tidewell Drinkware", "care@tidewelldrinkware.co.uk"),
    subject="Re: Lid hinge very stiff - order 026-3319072-4475108",
    date=(2026, 10, 14, 16, 22),
    body="""Hi Ben,

Thanks for the detailed feedback on the design - that's really useful. You're not the first to mention the flip lid being tight on the 750 ml bottle, and I've passed your comments on to our product team, who are looking at the hinge spring for the next production batch.

In the meantime, the hinge does loosen up noticeably after 20-30 openings. A trick that helps: run the closed lid under warm (not boiling) water for a minute, then open and close it ten or so times while it's warm. Please don't put oil or grease on it, as it can get into the seal.

If it's still too stiff to open comfortably after a week, reply here and we'll send you a replacement lid for order 026-3319072-4475108.

Regards,
Hannah
Tidewell Drinkware""",
    buyer="Bottle is great and keeps stuff cold all day, but the lid hinge is really stiff, my daughter can't open it one handed. Bit of feedback for whoever designed it! Is there anything I can do?\nBen",
    bsubj="Lid hinge very stiff", bwhen="Wed, 14 Oct 2026 at 12:10", quote="gmail", html=False,
))

# 6 legit - battery rating
M.append(dict(
    market="uk", client="edesk", kind="reply", expect="legit", rules=[],
    classes=["innocent_word:rating", "product_spec", "edesk_quote"],
    note="Gives the watt-hour rating of a power bank so the buyer can check airline cabin rules.",
    shop=("Voltridge Electronics UK", "support@voltridge-electronics.co.uk"),
    subject="Re: Power bank rating for flight - 203-5587120-0068431",
    date=(2026, 11, 20, 8, 55),
    body="""Hi Aisha,

The VR-20 power bank on your order 203-5587120-0068431 has a capacity of 20,000 mAh at 3.7 V, which gives an energy rating of 74 Wh. That figure is printed on the back of the unit next to the CE mark.

Most airlines allow batteries under 100 Wh in hand luggage without approval, but it must not go in checked baggage. Rules do vary, so it's worth checking with your airline before you fly.

Have a good trip,
Rob - Voltridge Electronics""",
    buyer="Hello, flying to Lisbon next week. What is the Wh rating of this battery? Airline says under 100Wh is fine in hand luggage but I can't find it on the box.",
    bsubj="Power bank rating", bwhen="20/11/2026 07:31", quote="edesk", html=False,
))

# 7 legit - "reviewed" photos
M.append(dict(
    market="us", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["innocent_word:review_verb", "damaged_item", "replacement", "outlook_quote"],
    note="Seller says they reviewed the buyer's damage photos and has shipped a free replacement through Amazon; no review request.",
    shop=("Larkspur Ceramics", "studio@larkspurceramics.com"),
    subject="RE: Vase arrived cracked - Order 112-9034418-7720396",
    date=(2026, 10, 9, 13, 40),
    body="""Hi Carla,

I've reviewed the photos you sent and the crack along the base is clearly transit damage - the outer carton was punctured right at that corner. I'm so sorry it arrived like that.

I've sent a replacement vase today under a new Amazon shipment linked to order 112-9034418-7720396, at no charge, and double boxed it this time. You don't need to send the broken one back; please dispose of it safely.

Warmly,
Ines
Larkspur Ceramics""",
    buyer="The vase arrived today with a crack right through the bottom. Photos attached. It was for my sister's housewarming this weekend.",
    bsubj="Vase arrived cracked", bwhen="Thursday, October 8, 2026 6:12 PM", quote="outlook", html=False,
))

# 8 legit - "positive" test result
M.append(dict(
    market="au", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["innocent_word:positive", "product_use", "amazon_quote"],
    note="Explains what a positive coliform result on a water test kit means and how to check the kit is working.",
    shop=("ClearSpring Water Testing", "support@clearspringtesting.com.au"),
    subject="Re: Positive result - is the kit faulty? Order 249-1120873-6640512",
    date=(2026, 12, 7, 10, 12),
    body="""Hi Graham,

A colour change from purple to yellow after 48 hours is a positive result, meaning coliform bacteria were present in the sample. It's very unlikely the kit is faulty: false positives from this test are rare unless the sample bottle was touched inside or the tap wasn't flushed first.

To double check, please follow the instructions on the insert for a repeat test:
1. Remove the aerator from the tap and run the water for 2-3 minutes.
2. Fill the bottle to the 100 ml line without touching the inside of the lid.
3. Add the reagent, shake, and keep it at room temperature for 48 hours.

There's a second test in your pack (order 249-1120873-6640512 was the 2-test kit). If it's positive again, we'd strongly suggest not drinking the tank water untreated and having it checked by an accredited lab or your local council's environmental health officer.

Regards,
Mei
ClearSpring Water Testing""",
    buyer="G'day, used the coliform test on our rainwater tank and it's gone yellow, the leaflet says that's positive. Tank water has always been fine. Is the kit faulty??",
    bsubj="Positive result", bwhen="06 Dec 2026 18:40", quote="amazon", html=False,
))

# 9 legit - contact the carrier
M.append(dict(
    market="uk", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["innocent_word:contact", "lost_parcel", "carrier_named", "html_blockquote"],
    note="Seller has contacted DPD about a parcel marked delivered but missing and sets out next steps including a replacement or refund.",
    shop=("Fernhill Garden Tools", "orders@fernhillgardentools.co.uk"),
    subject="Re: Says delivered but not here",
    date=(2026, 11, 11, 12, 3),
    body="""Hi Mr Okafor,

Sorry about this. I've contacted the carrier (DPD) this morning and opened a "delivered not received" investigation for order 205-4418806-2230971. They usually come back within 48 hours with the driver's GPS location and the delivery photo.

In the meantime, could you check with neighbours on either side and any safe place you've nominated before (porch, shed, bin store)? DPD's photo sometimes shows the parcel at a neighbouring door.

If it hasn't turned up by Friday we'll send a replacement pruning saw or issue a full refund through Amazon, whichever you prefer - you won't need to wait for the DPD result.

Best regards,
Sally
Fernhill Garden Tools""",
    buyer="Tracking says delivered yesterday at 14:12 but there's nothing here and I was in all day. Can you help?",
    bsubj="Says delivered but not here", bwhen="10 Nov 2026 at 17:25", quote="html", html=True,
))

# 10 legit - follow the instructions
M.append(dict(
    market="us", client="gorgias", kind="reply", expect="legit", rules=[],
    classes=["innocent_word:follow", "setup_help", "app_named", "gmail_quote"],
    note="Troubleshooting steps for pairing a smart plug, asking the buyer to follow the reset instructions in the manual.",
    shop=("Brightnook Smart Home", "support@brightnookhome.com"),
    subject="Re: Plug won't connect to wifi",
    date=(2026, 11, 28, 15, 9),
    body="""Hi Derek,

Sorry you're stuck on setup. The most common cause is a 5 GHz network - the plug only connects on 2.4 GHz. If your router uses one name for both bands, temporarily turn 5 GHz off in the router settings while pairing.

Then please follow the instructions in section 3 of the quick start guide to reset the plug:
- Hold the power button for 6 seconds until the LED blinks fast (about twice per second).
- In the Smart Life app, tap "+", choose Socket (Wi-Fi) and confirm the LED is blinking rapidly.
- Keep your phone within 3 feet of the plug during pairing.

If the LED blinks slowly instead, hold the button another 6 seconds to switch modes. Let us know how it goes - if it still won't pair we'll replace it under order 111-6653207-8841093.

Thanks,
Kevin
Brightnook Smart Home""",
    buyer="I've tried 5 times to connect this plug and the app just says 'device not found'. I have the new Xfinity router. What am I doing wrong??",
    bsubj="Plug won't connect to wifi", bwhen="Sat, Nov 28, 2026 at 1:47 PM", quote="gmail", html=False,
))

# 11 legit - Subscribe & Save at buyer's request
M.append(dict(
    market="us", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["innocent_word:subscribe", "innocent_word:save", "amazon_program", "zendesk_quote"],
    note="At the buyer's request, explains how to set up Amazon's own Subscribe & Save for the product; no off-Amazon channel or promotion.",
    shop=("Greyhaven Coffee Supply", "support@greyhavencoffee.com"),
    subject="Re: Can I get these every month? (Order 114-7730562-1908844)",
    date=(2026, 10, 21, 9, 48),
    body="""Hi Ruth,

Yes - this pack of #4 cone filters is enrolled in Amazon's Subscribe & Save program, so Amazon can send them automatically.

On the product page, choose "Subscribe & Save" instead of "One-time purchase", then pick how often you want them (every month is one of the options) and click "Set Up Now". You can change the frequency, skip a delivery or cancel any time under "Subscribe & Save" in Your Account on Amazon. Amazon shows the subscription price on the product page before you confirm.

Your current order 114-7730562-1908844 isn't affected and is still due Thursday.

Kind regards,
Tom
Greyhaven Coffee Supply""",
    buyer="We go through a pack of these a month. Is there a way to have them just arrive every month without me reordering?",
    bsubj="Can I get these every month?", bwhen="Oct 20, 2026, 4:15 PM EDT", quote="zendesk", html=False,
))

# 12 legit - "sale" price drop
M.append(dict(
    market="uk", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["innocent_word:sale", "price_question", "return_option", "outlook_quote"],
    note="Answers a buyer who saw a lower price in a sale after ordering: no price adjustment, but an unused return through Amazon is possible.",
    shop=("Marlow & Pike Kitchen", "customercare@marlowpike.co.uk"),
    subject="RE: Price dropped after I bought - 204-8810273-5541090",
    date=(2026, 11, 24, 10, 36),
    body="""Dear Mr Haddad,

Thanks for getting in touch. I understand it's frustrating to see the price lower in the Black Friday sale a week after you ordered.

Unfortunately we aren't able to change the price on an order that's already been placed, and Amazon doesn't give us a way to refund part of the payment for a price difference.

If the air fryer is still unused and in its original packaging, you're within the return window for order 204-8810273-5541090, and you can return it through Your Orders for a full refund. Whether you then reorder is entirely up to you.

Kind regards,
Natalie
Marlow & Pike Kitchen""",
    buyer="I bought the 5.5L air fryer on the 14th and now it's £20 cheaper in the Black Friday sale. Can you refund me the difference please?\nK Haddad",
    bsubj="Price dropped after I bought", bwhen="23 November 2026 21:02", quote="outlook", html=False,
))

# 13 legit - "discount" not applied
M.append(dict(
    market="us", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["innocent_word:discount", "billing_question", "amazon_promo_explained", "amazon_quote"],
    note="Explains why an Amazon buy-two discount didn't apply to a single-unit order and points to Amazon customer service for billing questions.",
    shop=("Pinecrest Pet Goods", "help@pinecrestpetgoods.com"),
    subject="Re: Discount didn't apply - Order 113-0058724-6619380",
    date=(2026, 11, 5, 12, 14),
    body="""Hi Alyssa,

I've checked order 113-0058724-6619380. The 10% discount on the listing at the time applied only when two bags were in the same order, and your order has one bag of the 24 lb salmon formula, so Amazon's checkout didn't apply it. You were charged the standard price shown at checkout.

We can't add a discount to an order after it's been placed. If you think the amount charged doesn't match what was shown at checkout, Amazon customer service can look at the payment details for you from the Help section of Your Account.

Sorry I don't have better news.

Best,
Marco
Pinecrest Pet Goods""",
    buyer="The page said 10% off but I was charged full price?? Please fix.",
    bsubj="Discount didn't apply", bwhen="Nov 4, 2026 10:31 PM", quote="amazon", html=False,
))

# 14 legit - "save" settings
M.append(dict(
    market="au", client="edesk", kind="reply", expect="legit", rules=[],
    classes=["innocent_word:save", "product_use", "edesk_quote"],
    note="Explains how to save a program on a digital plug-in timer.",
    shop=("Southerly Electrical", "service@southerlyelectrical.com.au"),
    subject="Re: Timer keeps losing settings - 250-3396041-7702158",
    date=(2026, 12, 9, 14, 50),
    body="""Hi Nick,

The timer only keeps a program if you save it before leaving programming mode. After setting the ON and OFF times, hold the SET button for 3 seconds until the display blinks twice - that's what saves the program. If you just press CLOCK to exit, it throws the changes away, which sounds like what's been happening.

The built-in battery also needs about 12 hours plugged in before it'll hold settings through a power cut, so if it's brand new give it a day on the wall.

If it still forgets the program after that, reply here and we'll swap it under order 250-3396041-7702158.

Cheers,
Jess
Southerly Electrical""",
    buyer="Set the timer for the pool pump three times now and every morning it's back to 12:00 with nothing programmed. Bit annoyed.",
    bsubj="Timer keeps losing settings", bwhen="09/12/2026 11:02", quote="edesk", html=False,
))

# 15 legit - "offer" replacement or refund
M.append(dict(
    market="us", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["innocent_word:offer", "damaged_item", "resolution_choice", "html_blockquote"],
    note="Offers a replacement or a refund through Amazon for a lamp that arrived with a broken shade.",
    shop=("Alder & Glow Lighting", "service@alderglowlighting.com"),
    subject="Re: Lamp shade broken",
    date=(2026, 10, 30, 17, 2),
    body="""Hi Mr. Castellano,

I'm really sorry the glass shade arrived broken. We can offer either a replacement lamp shipped out today, or a full refund through Amazon for order 111-2279530-4408617 - whichever you prefer. Either way you don't need to return the broken one.

Just reply with "replacement" or "refund" and I'll take care of it.

Sincerely,
Maya Ortiz
Alder & Glow Lighting""",
    buyer="Opened the box and the glass shade is in pieces. Very disappointing, this was supposed to go in our new nursery.",
    bsubj="Lamp shade broken", bwhen="Fri, Oct 30, 2026 at 11:20 AM", quote="html", html=True,
))

# 16 legit - "deal with"
M.append(dict(
    market="uk", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["innocent_word:deal", "delivery_problem", "carrier_named", "gmail_quote"],
    note="Apologises for a wet parcel left outside by Evri, says the seller will deal with the courier and sends a replacement rug.",
    shop=("Weaver's Yard Rugs", "help@weaversyardrugs.co.uk"),
    subject="Re: Rug left outside in the rain - 026-9920384-1175563",
    date=(2026, 12, 2, 9, 20),
    body="""Hi Fiona,

I'm so sorry you've had to deal with this - a wool rug left on the doorstep overnight in the rain isn't acceptable. We'll deal with Evri directly about where the driver left it, you don't need to chase them yourself.

Please don't try to dry it on a radiator, as the backing can shrink. We've dispatched a replacement rug today on order 026-9920384-1175563 with a signature required this time, and you can keep or dispose of the wet one.

Kind regards,
Joe
Weaver's Yard Rugs""",
    buyer="The courier left the rug outside the front door (not in the porch!) and it's soaked through. Smells damp. What now?",
    bsubj="Rug left outside in the rain", bwhen="Tue, 1 Dec 2026 at 22:41", quote="gmail", html=False,
))

# 17 legit - neutral review request (proactive, single)
M.append(dict(
    market="us", client="feedbackgenius", kind="proactive", expect="legit", rules=[],
    classes=["review_request_neutral", "innocent_word:feedback", "innocent_word:positive", "html_template"],
    note="Single neutral review request that explicitly welcomes positive or negative experiences with no incentive or steering.",
    shop=("Quillstone Stationery", "orders@quillstonestationery.com"),
    subject="Your Quillstone order 112-5530196-8803427",
    date=(2026, 11, 13, 10, 0),
    body="""Hello,

Your order 112-5530196-8803427 (A5 dot-grid notebook, 3-pack) was delivered earlier this week.

If you have a moment, would you review the notebooks on Amazon? Whether your experience was positive or negative, honest feedback helps other customers decide and tells us what to improve.

If there's a problem with the order, you can reach us through Amazon's Buyer-Seller Messaging by replying to this message.

Quillstone Stationery""",
    html=True,
))

# 18 legit - proactive VAT invoice with PDF
M.append(dict(
    market="uk", client="invoicebot", kind="proactive", expect="legit", rules=[],
    classes=["invoice", "attachment_pdf", "innocent_word:save"],
    note="Sends the VAT invoice for the order as a PDF attachment and suggests saving it for the buyer's records.",
    shop=("Kestrel Office Direct", "accounts@kestrelofficedirect.co.uk"),
    subject="VAT invoice for your order 203-1187635-9046621",
    date=(2026, 10, 19, 8, 15),
    body="""Dear customer,

Please find attached the VAT invoice for your order 203-1187635-9046621 (2 x ergonomic mesh office chair).

Invoice number: KOD-INV-26-08813
VAT registration: GB 482 9917 06

You may wish to save a copy for your records or for expenses. If any details on the invoice need correcting (for example a company name), reply to this message and we'll reissue it.

Kind regards,
Accounts Team
Kestrel Office Direct""",
    html=False, attach=("KOD-INV-26-08813.pdf", MINI_PDF),
))

# 19 legit - custom engraving for a gift
M.append(dict(
    market="us", client="shipstation", kind="proactive", expect="legit", rules=[],
    classes=["custom_design_verify", "innocent_word:gift"],
    note="Asks the buyer to confirm engraving text for a personalised gift before production.",
    shop=("Engrave & Ember", "studio@engraveandember.com"),
    subject="Please confirm engraving text - Order 114-6671028-3350917",
    date=(2026, 12, 4, 11, 26),
    body="""Hi Megan,

We're about to engrave the walnut whiskey box for order 114-6671028-3350917 and want to make sure your gift is exactly right before we cut it, since engraving can't be undone.

The text we received is:

    Happy 40th, Dan
    love always, Meg
    12.19.2026

Two quick questions:
1. Should "love always" start with a capital L?
2. You also entered a gift note - should that go on the card inside the box only, or is it meant to be engraved too?

Just reply here with any changes. We'll hold production until we hear from you; it still ships in time for your selected delivery date as long as we have your answer by Monday.

Thanks,
Rosa
Engrave & Ember""",
    html=False,
))

# 20 legit - bulky delivery scheduling, "new" + "contact"
M.append(dict(
    market="au", client="gorgias", kind="proactive", expect="legit", rules=[],
    classes=["bulky_delivery_scheduling", "innocent_word:contact", "innocent_word:new", "carrier_named"],
    note="Asks the buyer to choose a delivery day for a large dining table and explains the carrier will contact them before arrival.",
    shop=("Jarrah Lane Furniture", "dispatch@jarrahlanefurniture.com.au"),
    subject="Delivery day for your dining table - order 249-5508217-3361490",
    date=(2026, 11, 2, 13, 45),
    body="""Hi Sophie,

Your new 6-seater dining table (order 249-5508217-3361490) is packed and ready to go. Because it's a two-person delivery (about 68 kg across two cartons), StarTrack Premium needs someone home to receive it.

Could you reply with which of these days suits you?
- Tuesday 10 November
- Wednesday 11 November
- Friday 13 November

The StarTrack driver will contact you on the phone number on your Amazon order about 30 minutes before arriving. Please also let us know if there are stairs or a narrow entry we should warn them about.

Thanks,
Aaron
Jarrah Lane Furniture""",
    html=True,
))

# 21 legit - buyer asks if they may review honestly
M.append(dict(
    market="uk", client="edesk", kind="reply", expect="legit", rules=[],
    classes=["innocent_word:review_verb", "review_neutral_reply", "replacement_part", "edesk_quote"],
    note="Tells the buyer they are free to review the blender however they like and sends a replacement seal ring; no steering or incentive.",
    shop=("Pennant Appliances", "support@pennantappliances.co.uk"),
    subject="Re: Blender seal - can I still review it?",
    date=(2026, 11, 18, 15, 33),
    body="""Hi Gareth,

Of course - you're free to review the blender however you see fit, and mentioning the seal is completely reasonable. Honest reviews are how other buyers find out about things like this.

Separately, a new seal ring for the jug is on its way to you today (order 206-3328840-7719952), and it should arrive in 2-3 working days. Press it firmly into the groove under the blade assembly with the flat side facing up, and it should stop the leak.

Best wishes,
Claire
Pennant Appliances""",
    buyer="The rubber seal under the blades has started leaking after 3 weeks. Is it OK if I review the blender and mention this? Also is there a spare seal?",
    bsubj="Blender seal", bwhen="18/11/2026 09:12", quote="edesk", html=False,
))

# ------------------------------------------------------------- violations

# 22 violation - battery rating + promo code
M.append(dict(
    market="us", client="gorgias", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["innocent_word:rating", "coupon_code", "new_product_promo", "gmail_quote"],
    note="Answers a camera-battery rating question correctly, then adds a discount code for the seller's new dual charger, which is marketing.",
    shop=("Shutterbay Camera Gear", "support@shutterbaygear.com"),
    subject="Re: Battery capacity question",
    date=(2026, 10, 16, 10, 5),
    body="""Hi Paul,

The replacement battery on order 112-4409183-6627105 is rated at 2250 mAh / 16.2 Wh, compared with 2040 mAh on the original, so you should see roughly 10% more shots per charge. The rating is printed on the label under the barcode.

Also - our new dual USB-C charger for this battery just launched and it's 25% off this week with code DUAL25 at checkout. It charges two packs in under 3 hours.

Thanks,
Sean
Shutterbay Camera Gear""",
    buyer="What's the actual mAh rating on these? The listing says 'high capacity' but doesn't give a number.",
    bsubj="Battery capacity question", bwhen="Thu, Oct 15, 2026 at 7:58 PM", quote="gmail", html=False,
))

# 23 violation - proactive review request asking for five stars
M.append(dict(
    market="us", client="feedbackgenius", kind="proactive", expect="violation", rules=["review.biased_positive"],
    classes=["review_request_biased", "five_star_request", "html_template"],
    note="A review request that asks only happy buyers for a five-star review, which is a biased review solicitation.",
    shop=("Cedar Hollow Candles", "orders@cedarhollowcandles.com"),
    subject="How are you enjoying your candle? Order 113-2284751-0097316",
    date=(2026, 11, 19, 9, 0),
    body="""Hi there,

Your order 113-2284751-0097316 (Fireside Amber soy candle, 12 oz) should have arrived by now. For the best burn, let it melt all the way to the edge the first time you light it - about 3 hours - so it doesn't tunnel.

If you're happy with your new candle, we'd be so grateful for a five-star review on Amazon. As a small family business, every 5-star rating makes a huge difference to us.

Warmly,
The Cedar Hollow team""",
    html=True,
))

# 24 violation - free gift for a review
M.append(dict(
    market="uk", client="helpscout", kind="reply", expect="violation", rules=["review.incentive"],
    classes=["incentive_free_gift", "innocent_word:free", "replacement_part", "outlook_quote"],
    note="Resolves a missing-blade complaint but then offers a free set of spare blades in return for a review screenshot, an incentive for a review.",
    shop=("Thornbury Kitchenware", "support@thornburykitchen.co.uk"),
    subject="RE: Spiraliser missing a blade - 202-7764310-5519826",
    date=(2026, 10, 22, 11, 48),
    body="""Hello Jenny,

So sorry the 3 mm spiral blade was missing from your box. I've sent the blade out today by Royal Mail 2nd Class for order 202-7764310-5519826, so it should be with you by Monday.

Also, once you've had a chance to try it, if you leave a review on Amazon and reply here with a screenshot, we'll send you a free gift - a full spare blade set (worth £12.99) as a thank you.

Kind regards,
Molly
Thornbury Kitchenware""",
    buyer="Box only had 3 blades, the manual says there should be 4. The thin spaghetti one is missing.",
    bsubj="Spiraliser missing a blade", bwhen="21 October 2026 20:15", quote="outlook", html=False,
))

# 25 violation - ask to update review after refund
M.append(dict(
    market="au", client="zendesk", kind="reply", expect="violation", rules=["review.change_or_remove"],
    classes=["review_change_request", "refund_issued", "innocent_word:positive", "zendesk_quote"],
    note="After refunding the buyer, the seller asks them to update their two-star product review now the issue is resolved, which is a request to change a review.",
    shop=("Koala Crest Baby", "care@koalacrestbaby.com.au"),
    subject="Re: Bottle warmer stopped working",
    date=(2026, 11, 25, 16, 18),
    body="""Hi Kate,

I've processed a full refund of $59.95 for order 250-6613094-8822145 today - it should show on your card within 3-5 business days. You don't need to return the warmer.

We noticed you left a 2-star review on the warmer. Now that it's all sorted, would you mind updating your review to reflect the positive outcome? It would really help us.

Take care,
Zoe
Koala Crest Baby""",
    buyer="The bottle warmer has stopped heating after 2 weeks. Light comes on but nothing happens. With a newborn this is not ok.",
    bsubj="Bottle warmer stopped working", bwhen="24 Nov 2026, 11:55 pm AEDT", quote="zendesk", html=False,
))

# 26 violation - divert negative before feedback
M.append(dict(
    market="us", client="shipstation", kind="proactive", expect="violation", rules=["review.divert_negative"],
    classes=["divert_negative", "innocent_word:follow", "innocent_word:feedback"],
    note="Care instructions for a cast-iron pan that end by asking unhappy buyers to message the seller before leaving feedback or a review, steering negative reviews away.",
    shop=("Ironwood Skillet Co", "service@ironwoodskillet.com"),
    subject="Caring for your skillet - Order 111-5720946-3318074",
    date=(2026, 10, 12, 14, 30),
    body="""Hi,

Your 10" skillet from order 111-5720946-3318074 was delivered on Friday. It comes pre-seasoned, but please follow the instructions on the card in the box for the first few uses: wash by hand, dry it on the burner, and wipe a thin layer of oil on while it's warm.

If anything isn't 100% right, please message us here first before leaving any feedback or a review on Amazon, so we can make it right for you.

Ironwood Skillet Co""",
    html=False,
))

# 27 violation - Subscribe & Save answer + own website subscription
M.append(dict(
    market="uk", client="gmail", kind="reply", expect="violation",
    rules=["contact.off_platform", "links.external", "purpose.marketing"],
    classes=["innocent_word:subscribe", "own_website", "discount_offer", "html_blockquote"],
    note="Correctly explains Amazon's Subscribe & Save, then invites the buyer to subscribe on the seller's own website for a bigger saving, diverting off Amazon with an external link.",
    shop=("Leaf & Ladle Tea", "hello@leafandladletea.co.uk"),
    subject="Re: Regular delivery of the breakfast tea?",
    date=(2026, 11, 9, 10, 40),
    body="""Hi Aileen,

Yes, our Highland Breakfast loose leaf (order 204-9935061-1146832) is available through Amazon's Subscribe & Save - pick "Subscribe & Save" on the product page and choose every 1, 2 or 3 months.

Or, if you'd rather, you can subscribe directly on our website at https://www.leafandladletea.co.uk/subscribe and save 15% on every delivery, with free postage.

All the best,
Fran
Leaf & Ladle Tea""",
    buyer="We get through about a bag a month. Can I set up a regular delivery of the breakfast tea somehow?",
    bsubj="Regular delivery of the breakfast tea?", bwhen="8 Nov 2026 at 15:22", quote="html", html=True,
))

# 28 violation - gift answer + follow us on Instagram
M.append(dict(
    market="us", client="zendesk", kind="reply", expect="violation",
    rules=["contact.off_platform", "purpose.marketing"],
    classes=["innocent_word:gift", "social_media", "new_product_promo", "zendesk_quote"],
    note="Confirms gift wrapping for the order, then tells the buyer to follow the shop on Instagram for new scents, a social-media diversion and marketing.",
    shop=("Oak & Ember Candle Works", "hello@oakandembercandles.com"),
    subject="Re: Gift wrap? [Order 112-8046271-5530189]",
    date=(2026, 12, 3, 13, 12),
    body="""Hi Lauren,

Yes! Order 112-8046271-5530189 was placed with gift wrap, so the candle set will go out in our kraft gift box with a ribbon, and your gift message will be printed on the card inside. No prices are included.

P.S. Follow us on Instagram @oakandember.candleworks to see our new winter scents before anyone else!

Thanks,
Becca
Oak & Ember Candle Works""",
    buyer="Is this going to be gift wrapped? I ticked the box but just want to be sure since it goes straight to my grandma.",
    bsubj="Gift wrap?", bwhen="Dec 2, 2026, 9:40 PM EST", quote="zendesk", html=False,
))

# 29 violation - proactive Black Friday sale
M.append(dict(
    market="au", client="mailchimp-transactional", kind="proactive", expect="violation",
    rules=["purpose.marketing", "subject.marketing"],
    classes=["sale_announcement", "new_product_promo", "innocent_word:new", "html_template"],
    note="A proactive message about an order that announces a Black Friday sale and a new range, with a sale subject line: marketing.",
    shop=("Saltbush Swimwear", "hello@saltbushswim.com.au"),
    subject="Black Friday SALE - 30% off our new summer range | order 249-7702615-4418830",
    date=(2026, 11, 26, 7, 30),
    body="""Hi Chloe,

Hope your new rashie from order 249-7702615-4418830 is fitting well! Rinse it in cool fresh water after every swim to keep the colours bright.

Our Black Friday sale starts this Friday: 30% off the entire new summer range, including the Coral Reef print you bought. Search "Saltbush Swimwear" on Amazon to see the full collection before sizes sell out.

See you at the beach,
The Saltbush crew""",
    html=True,
))

# 30 violation - seller feedback removal request
M.append(dict(
    market="uk", client="freshdesk", kind="reply", expect="violation", rules=["feedback.removal_request"],
    classes=["feedback_removal", "refund_issued", "innocent_word:feedback", "gmail_quote"],
    note="After a refund for late delivery, asks the buyer to remove the negative seller feedback they left.",
    shop=("Hartwell Cycle Parts", "support@hartwellcycleparts.co.uk"),
    subject="Re: Still waiting for my brake pads - 205-1108492-6673304",
    date=(2026, 10, 6, 15, 55),
    body="""Hi Dev,

Apologies again for the delay - the parcel was held at the Yodel depot for four days. I've refunded the full £18.49 for order 205-1108492-6673304 and you can keep the pads when they turn up.

As the issue is now resolved, could you please remove the negative feedback you left on our seller account? You can do this from Your Orders > Leave seller feedback > Remove.

Thanks,
Ollie
Hartwell Cycle Parts""",
    buyer="Ordered brake pads 9 days ago with 2-day delivery, still nothing. Left you feedback accordingly. Please refund.",
    bsubj="Still waiting for my brake pads", bwhen="Mon, 5 Oct 2026 at 18:02", quote="gmail", html=False,
))

# 31 violation - positive test result + WhatsApp number
M.append(dict(
    market="uk", client="edesk", kind="reply", expect="violation",
    rules=["contact.off_platform", "contact.phone_number"],
    classes=["innocent_word:positive", "whatsapp", "phone_number", "edesk_quote"],
    note="Explains a faint line on a lateral flow test is a positive result, then invites the buyer to WhatsApp a mobile number, moving contact off Amazon.",
    shop=("MedDirect Home Tests", "help@meddirecthometests.co.uk"),
    subject="Re: Faint line - positive or not? 203-4471190-8826635",
    date=(2026, 12, 11, 9, 5),
    body="""Hi Rachel,

Any visible line at T, even a very faint one, counts as a positive result on these tests as long as the C line has also appeared. The intensity of the test line doesn't tell you how strong the infection is. Please follow the guidance in the leaflet and the current NHS advice for a positive result.

If you have more questions it's quicker to WhatsApp us on 07700 914 263 and our team will reply within the hour.

Best wishes,
Imran
MedDirect Home Tests (order 203-4471190-8826635)""",
    buyer="Did a test this morning, C line is strong but T line is really faint, can barely see it. Does that count as positive?",
    bsubj="Faint line", bwhen="11/12/2026 07:48", quote="edesk", html=False,
))

# 32 violation - refund via PayPal for a review
M.append(dict(
    market="us", client="feedbackgenius", kind="proactive", expect="violation", rules=["review.incentive"],
    classes=["incentive_cashback", "innocent_word:review_verb", "innocent_word:deal"],
    note="A review request that promises a $5 refund to the buyer's PayPal for posting a review, a cash incentive for a review.",
    shop=("Summit Trail Hydration", "team@summittrailhydration.com"),
    subject="Quick question about order 114-3315807-2209463",
    date=(2026, 10, 25, 18, 20),
    body="""Hi,

Thanks for picking up the 2L hydration bladder (order 114-3315807-2209463). Before first use, rinse it with warm water and a teaspoon of baking soda to get rid of any plastic taste.

We'd love to hear what you think - leave an honest review on Amazon, reply with a screenshot and your PayPal email, and we'll refund $5 of your order. Pretty good deal for two minutes of your time!

Cheers,
Summit Trail Hydration""",
    html=False,
))


# ---------------------------------------------------------------- build

def render(i, m):
    mid = "w131-%04d" % i
    domain, tz = MARKET[m["market"]]
    to_addr = "%s@%s" % (alias(), domain)
    y, mo, d, h, mi = m["date"]
    dt = datetime(y, mo, d, h, mi, rng.randint(0, 59), tzinfo=tz)

    msg = EmailMessage()
    name, addr = m["shop"]
    msg["From"] = "%s <%s>" % (name, addr)
    msg["To"] = to_addr
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), "".join(rng.choice(ALNUM) for _ in range(10)), addr.split("@")[1])
    msg["MIME-Version"] = "1.0"

    text = m["body"]
    quote_html = None
    if m["kind"] == "reply":
        ref = amazon_msgid()
        msg["In-Reply-To"] = ref
        msg["References"] = ref
        if m["quote"] == "html":
            quote_plain = q_gmail(m["buyer"], m["bwhen"], to_addr)
            quote_html = html_blockquote(m["buyer"], m["bwhen"])
        else:
            quote_plain = build_quote(m["quote"], m["buyer"], m["bwhen"], to_addr, m["bsubj"])
        text = text + "\n\n" + quote_plain
    text = text + "\n"

    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    if m.get("html"):
        msg.add_alternative(to_html(m["body"], quote_html), subtype="html",
                            charset="utf-8", cte="quoted-printable")
    if m.get("attach"):
        fname, data = m["attach"]
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=fname)

    path = os.path.join(MSGDIR, mid + ".eml")
    with open(path, "wb") as f:
        f.write(msg.as_bytes(policy=msg.policy.clone(max_line_length=120)))

    return {
        "id": mid, "file": "messages/%s.eml" % mid, "lang": "en", "client": m["client"],
        "kind": m["kind"], "split": "dev", "expect": m["expect"], "rules": m["rules"],
        "classes": m["classes"], "note": m["note"],
    }


def main():
    os.makedirs(MSGDIR, exist_ok=True)
    # interleave legit and violation so the file order isn't grouped
    order = list(range(len(M)))
    rng.shuffle(order)
    labels = []
    for n, k in enumerate(order, start=1):
        labels.append(render(n, M[k]))
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
