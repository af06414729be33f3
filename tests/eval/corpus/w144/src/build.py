#!/usr/bin/env python3
"""Build w144: long replies deep in buyer-seller support threads, with quoted history."""
import json, os, html
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import policy
from datetime import datetime, timezone, timedelta

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

# ---------------------------------------------------------------- trail styles

def q(text, level=1):
    out = []
    for line in text.split("\n"):
        out.append((">" * level + (" " + line if line else "")))
    return "\n".join(out)


def trail_text(client, lang, trail):
    """trail: list of dicts newest first: who, addr, date (str), text, subj."""
    parts = []
    if client == "zendesk":
        head = "##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##" if lang == "de" else "##- Please type your reply above this line -##"
        for t in trail:
            parts.append("-" * 46 + "\n\n" + f"{t['who']}, {t['date']}\n\n{t['text']}")
        return "\n\n".join(parts), head
    if client in ("gmail", "freshdesk"):
        out = []
        for lvl, t in enumerate(trail, 1):
            if lang == "de":
                intro = f"Am {t['date']} schrieb {t['who']} <{t['addr']}>:"
            else:
                intro = f"On {t['date']} {t['who']} <{t['addr']}> wrote:"
            out.append(q(intro, lvl - 1) if lvl > 1 else intro)
            out.append(q(t["text"], lvl))
            out.append(q("", lvl))
        return "\n".join(out).rstrip("> \n"), None
    if client == "outlook":
        out = []
        for t in trail:
            if lang == "de":
                out.append("________________________________\n"
                           f"Von: {t['who']} <{t['addr']}>\nGesendet: {t['date']}\n"
                           f"An: {t['to']}\nBetreff: {t['subj']}\n\n{t['text']}")
            else:
                out.append("-----Original Message-----\n"
                           f"From: {t['who']} <{t['addr']}>\nSent: {t['date']}\n"
                           f"To: {t['to']}\nSubject: {t['subj']}\n\n{t['text']}")
        return "\n\n".join(out), None
    if client == "helpscout":
        out = []
        for t in trail:
            out.append(f"{t['who']}\n{t['date']}\n\n{t['text']}")
        sep = "\n\n" + "-" * 30 + "\n\n"
        hdr = "---- Bisheriger Verlauf ----" if lang == "de" else "---- Conversation history ----"
        return hdr + "\n\n" + sep.join(out), None
    if client == "edesk":
        out = []
        for t in trail:
            if lang == "de":
                out.append((f"{t['who']}, {t['date']}:" if t['date'] else f"{t['who']}:") + f"\n{t['text']}")
            else:
                out.append(f"{t['who']} | {t['date']}:\n{t['text']}")
        hdr = "=== Frühere Nachrichten ===" if lang == "de" else "=== Previous messages ==="
        return hdr + "\n\n" + "\n\n".join(out), None
    raise ValueError(client)


def paras_html(text):
    ps = [p for p in text.split("\n\n")]
    return "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in ps)


def trail_html(lang, trail):
    # nested blockquotes, newest outermost
    inner = ""
    for t in reversed(trail):
        if lang == "de":
            intro = f"Am {t['date']} schrieb {html.escape(t['who'])} &lt;{html.escape(t['addr'])}&gt;:"
        else:
            intro = f"On {t['date']} {html.escape(t['who'])} &lt;{html.escape(t['addr'])}&gt; wrote:"
        inner = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{intro}</div>\n'
                 f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n'
                 f'{paras_html(t["text"])}\n{inner}</blockquote></div>\n')
    return inner


# ---------------------------------------------------------------- messages
M = []

def add(**kw):
    M.append(kw)

BASE = datetime(2026, 11, 2, 8, 0, tzinfo=timezone(timedelta(hours=1)))

# ============================================================ ENGLISH
add(lang="en", client="zendesk", frm="Hollowbrook Cookware Support <support@hollowbrook-cookware.co.uk>",
    to="kq7tmw2xr9bnlzd@marketplace.amazon.co.uk", subj="Re: Chipped enamel on 5.2L casserole - order 204-5518823-9031467 [#48213]",
    order="204-5518823-9031467", expect="legit", rules=[], classes=["return", "return_address", "quoted_phone", "quoted_photo_link"],
    note="Agent explains the free Amazon return for a chipped casserole and gives the return address; the buyer's quoted message holds a phone number and an image-host link, the reply itself stays on Amazon.",
    top="""Hi Margaret,

Thank you for the second set of photos, they show the problem clearly: the chip on the rim is down to the cast iron, and that is not something we would ever expect you to live with. I'm sorry it arrived like this, especially as you bought it for Sunday's family lunch.

I have gone ahead and authorised the return on order 204-5518823-9031467. You will find a prepaid Evri label in your Amazon account under Your Orders > Return or replace items, so there is no cost to you. Please pack the casserole in the original box with the cardboard lid insert; the drop-off point will accept it without tape being perfect, but the insert is what stops the lid from knocking the rim in transit.

If for any reason the label does not load, the return address is:

Hollowbrook Cookware Returns
Unit 14, Fenwick Trade Park
Mansfield Road
Derby DE21 4BX
United Kingdom

As soon as the parcel is scanned at the drop-off point, we will release the refund of £64.99 to your original payment method. Amazon normally shows the refund within 2-3 working days after that, and your bank may take a few days longer.

You asked whether we could ring you to talk it through. We are only able to help through Amazon messages, but there is nothing you need to do beyond dropping the parcel off; I'll keep an eye on the tracking and update you here once it lands.

One small tip for the replacement, if you decide to reorder: enamelled cast iron does best on low to medium heat, and metal utensils are fine but avoid knocking them on the rim.

Kind regards,
Owen Pryce
Customer Care, Hollowbrook Cookware

Hollowbrook Cookware Ltd, registered in England and Wales no. 11482730
Registered office: Unit 14, Fenwick Trade Park, Mansfield Road, Derby DE21 4BX""",
    trail=[
        dict(who="Margaret Ellwood", addr="kq7tmw2xr9bnlzd@marketplace.amazon.co.uk", date="6 Nov 2026, 19:42 GMT",
             text="""Here are better pictures, the first lot were blurry sorry. https://imgur.com/a/Xr4Kd2p

You can see the black bit right on the edge. I've only used it once and it was like that when I opened it, I'm sure. Can somebody just phone me please, I'm not very good with all these menus. My number is 07723 418 906, I'm in most days after 2.

Margaret"""),
        dict(who="Owen Pryce (Hollowbrook Cookware)", addr="support@hollowbrook-cookware.co.uk", date="6 Nov 2026, 11:05 GMT",
             text="""Hello Margaret,

I'm sorry to hear that. Could you send us a photo of the rim where the enamel is chipped, using the attachment option in Amazon messages? That lets us decide straight away whether a return or replacement is the best route.

Kind regards,
Owen"""),
        dict(who="Margaret Ellwood", addr="kq7tmw2xr9bnlzd@marketplace.amazon.co.uk", date="5 Nov 2026, 21:17 GMT",
             text="""The casserole dish I bought has a chip on the top edge. Very disappointed as it wasn't cheap. What are you going to do about it?"""),
    ])

add(lang="en", client="outlook", frm="Tradecraft Tools Customer Service <care@tradecraft-tools.com>",
    to="h3pd8ns0vcyt5ke@marketplace.amazon.com", subj="RE: Drill stopped working - order 113-7340951-2268403",
    order="113-7340951-2268403", expect="legit", rules=[], classes=["warranty", "manufacturer", "quoted_angry_review"],
    note="Agent walks the buyer through the manufacturer warranty claim for an 11-month-old drill outside the Amazon return window; the buyer's quoted threat of a one-star review is answered neutrally.",
    top="""Hello Derek,

I understand your frustration, and I'm sorry the drill gave up in the middle of a job. Let me set out exactly where things stand and what will get you a working tool fastest.

Your order 113-7340951-2268403 was delivered on 14 December 2025, so the Amazon return window has closed, but the drill (Korvan KD-18 Brushless, serial KD18B-2504-07731 from your photo) carries the manufacturer's 3-year warranty, and what you describe - the motor clicking but not turning with a fully charged battery - is a classic warranty repair.

The quickest route is the manufacturer's repair centre directly:

1. Register the claim on the Korvan warranty page (search "Korvan warranty claim" - it's the official Korvan Tools USA site) and choose "Power tool - no function".
2. Upload the Amazon invoice. You can download it from Your Orders > Invoice; it counts as proof of purchase.
3. Korvan e-mails a prepaid FedEx label within one business day. Send the drill only - keep the battery and charger, as they are not part of the fault.
4. Their stated turnaround is 7-10 business days from receipt, and they ship a new unit if the motor is not repairable.

If Korvan refuses the claim for any reason, come back to me here with their reference number and I will take it up with our account manager there - we buy directly from them, so we have some weight to throw.

Regarding the review: that is entirely your decision and you should describe your experience as it was. I'd simply like to make sure the tool gets fixed either way.

Best regards,

Priya Raman
Customer Service Team
Tradecraft Tools LLC
2150 Commerce Drive, Suite 300, Columbus, OH 43219""",
    trail=[
        dict(who="Derek Salazar", addr="h3pd8ns0vcyt5ke@marketplace.amazon.com", date="Monday, November 9, 2026 8:51 PM",
             to="Tradecraft Tools Customer Service", subj="RE: Drill stopped working - order 113-7340951-2268403",
             text="""It's 11 months old. ELEVEN. The motor just clicks. I've used a DeWalt for 12 years without one problem and your cheap junk lasts less than a year. Return window closed, great, thanks Amazon. Unless someone sorts this out I'm leaving a one star review and telling everyone on the contractor forum exactly what this thing is worth.

Serial is on the photo I attached."""),
        dict(who="Priya Raman", addr="care@tradecraft-tools.com", date="Monday, November 9, 2026 10:12 AM",
             to="Derek Salazar", subj="RE: Drill stopped working - order 113-7340951-2268403",
             text="""Hi Derek,

Sorry to hear about the drill. Could you tell us roughly when it stopped working and send a photo of the rating plate under the battery slot? With the serial number we can check which warranty applies.

Thanks,
Priya"""),
        dict(who="Derek Salazar", addr="h3pd8ns0vcyt5ke@marketplace.amazon.com", date="Sunday, November 8, 2026 4:30 PM",
             to="Tradecraft Tools Customer Service", subj="Drill stopped working - order 113-7340951-2268403",
             text="The drill quit on me today. Charged battery, nothing happens except a click."),
    ])

add(lang="en", client="gmail", html=True, frm="Linenhaus Home <help@linenhaus-home.com>",
    to="u1zbe6mfq4ra0ky@marketplace.amazon.com", subj="Re: Will these fit my window? Order 112-0947716-5582019",
    order="112-0947716-5582019", expect="violation", rules=["contact.off_platform", "links.external"],
    classes=["measurements", "signature_website"],
    note="Helpful measurement answer for blackout curtains, but the signature adds the shop's own website ('Shop the full collection at www.linenhaus-home.com'), pointing the buyer off Amazon.",
    top="""Hi Jenna,

Thanks for measuring so carefully - that makes it much easier to answer.

Your window opening is 61 inches wide and the rod you describe extends 6 inches past the frame on each side, so the rod itself covers about 73 inches. For blackout curtains we recommend total panel width of 1.5 to 2 times the rod width so they still overlap in the middle when drawn. The pair you ordered (order 112-0947716-5582019) is 2 panels x 52 inches wide = 104 inches, which is roughly 1.4x. That will close fully and block the light, but it will look fairly flat rather than gathered.

Length: the panels are 84 inches long with a 3-inch rod pocket and back tabs. Hanging from the back tabs, the bottom hem sits 82.5 inches below the rod. You measured 83 inches from the rod to the floor, so they will just skim above the floor by about half an inch - the "floating" look most people go for with blackout panels.

If you would like more fullness, a second pair in the same colour (Slate, 52 x 84) will give you 208 inches, about 2.8x, which is very full. For most rooms, one pair is fine.

They can be ironed on low from the back, or you can hang them straight away and the creases drop out within a day or two.

Best wishes,
Hannah
Linenhaus Home Customer Care
Shop the full collection at www.linenhaus-home.com""",
    trail=[
        dict(who="Jenna Whitlock", addr="u1zbe6mfq4ra0ky@marketplace.amazon.com", date="Tue, Nov 10, 2026 at 7:02 PM",
             text="""OK I measured. Window opening is 61" wide. The rod sticks out 6" past the frame each side. From the rod to the floor is 83". I want them to touch the floor or nearly. Pics of the window here if it helps: https://photos.app.goo.gl/mQ3vTz8RkLp2Wn5a7

Also is there a newsletter or something? Id like to know when you restock the sage green."""),
        dict(who="Hannah (Linenhaus Home)", addr="help@linenhaus-home.com", date="Tue, Nov 10, 2026 at 9:14 AM",
             text="""Hi Jenna,

Happy to help. Could you measure the width of the window opening, how far your rod extends past the frame, and the distance from the rod to the floor? Then I can tell you exactly how they will hang.

Best wishes,
Hannah"""),
        dict(who="Jenna Whitlock", addr="u1zbe6mfq4ra0ky@marketplace.amazon.com", date="Mon, Nov 9, 2026 at 10:48 PM",
             text="Will these fit a big living room window? Not sure if I ordered the right size."),
    ])

add(lang="en", client="helpscout", frm="Northgale Outdoor <support@northgale-outdoor.com>",
    to="w9pyc4ld2mfx7qa@marketplace.amazon.com", subj="Re: Where is my tent?? order 111-6620389-4417725",
    order="111-6620389-4417725", expect="legit", rules=[], classes=["delivery_delay", "tracking", "apology", "quoted_email"],
    note="Agent explains a UPS delay with the tracking number and new delivery window and offers a refund through Amazon if it misses the date; the buyer's quoted message contains a personal e-mail address.",
    top="""Hi Marcus,

I've just been on the phone with UPS about your parcel, and I'm sorry for the worry - I know you need the tent for the 21st.

Here's what happened: the package (UPS 1Z 8W4 739 03 6128 4471) left our warehouse in Reno on 9 November as planned, but it was held at the Salt Lake City hub on 11 November because the label had been damaged in sorting. UPS re-labelled it yesterday afternoon, and it is now moving again. The latest scan this morning is "Departed Facility - Denver, CO".

New estimated delivery: Tuesday, 17 November, by end of day. That still leaves you a few days of margin before the trip. You can follow it in Your Orders on Amazon, or on the UPS site with the number above.

To be safe, here is what I've set up on our side:
- If the parcel is not delivered by Wednesday 18 November, reply here and I will refund the full $189.00 for order 111-6620389-4417725 straight away through Amazon, without waiting for the parcel to come back.
- If it arrives damaged in any way, refuse it or photograph it and message us here - we have a second Ridgeline 3P in the same colour set aside for you.

I can't use the personal e-mail address you mentioned - we're only able to communicate through Amazon's messaging - but any reply you send here reaches our team directly, and I'll be watching this thread.

All the best,
Tomás Ferreira
Northgale Outdoor Customer Support

Northgale Outdoor Inc. · 480 Sierra Vista Blvd, Reno, NV 89502""",
    trail=[
        dict(who="Marcus Lindqvist", date="Nov 13, 2026, 6:41 AM",
             text="""Tracking hasn't moved in THREE days. It just says exception. I leave for Zion on the 21st and I don't have another tent. Honestly just email me at marcus.lindqvist84@gmail.com when you have an answer, I don't check the amazon app much."""),
        dict(who="Tomás Ferreira", date="Nov 12, 2026, 3:20 PM",
             text="""Hi Marcus,

Thanks for getting in touch. Your tent shipped on 9 November with UPS and I can see there's a delay showing. I'm looking into it with the carrier and will come back to you as soon as I know more.

Tomás"""),
        dict(who="Marcus Lindqvist", date="Nov 12, 2026, 8:03 AM",
             text="Order was supposed to arrive yesterday. Where is it?"),
    ])

add(lang="en", client="edesk", frm="Brightline Office Supplies <orders@brightline-office.co.uk>",
    to="p5vnj2ha8cr1oxe@marketplace.amazon.co.uk", subj="Re: VAT invoice needed - 026-3381407-7720548",
    order="026-3381407-7720548", expect="legit", rules=[], classes=["invoice", "vat", "declines_newsletter"],
    note="Agent uploads a corrected VAT invoice with the company name and explains where to find it; the buyer's quoted newsletter/coupon question is politely declined.",
    top="""Dear Mr Okafor,

Thank you for the company details. I have now issued a corrected VAT invoice for order 026-3381407-7720548 and uploaded it to Amazon, replacing the earlier one made out to your name only.

The new invoice shows:
- Buyer: Okafor & Lane Architects Ltd, 22 Wharf Street, Leeds LS2 7EQ
- Your VAT number: GB 318 4426 07
- Invoice number: BOS-INV-2026-118842
- 4 x Archivo A4 lever arch file, black, 10-pack @ £18.33 net
- Net £73.32, VAT 20% £14.66, total £87.98

You can download it from Your Orders > Order details > Invoice. Amazon sometimes takes an hour or so to show the replacement; if you still see the old version tomorrow, let me know here and I'll re-upload it.

On your other question: we aren't able to send newsletters, discount codes or offers through Amazon messages, and we don't collect e-mail addresses for mailing lists from Amazon orders. Any price changes will simply show on the Amazon listing itself.

Kind regards,
Alison Carver
Brightline Office Supplies

Brightline Office Supplies Ltd, Company No. 09871422, VAT GB 271 5530 18
Registered office: 8 Canal Wharf, Stourport DY13 9EP""",
    trail=[
        dict(who="Amazon Customer (Chidi Okafor)", date="10/11/2026 16:22",
             text="""Company is Okafor & Lane Architects Ltd, 22 Wharf Street, Leeds LS2 7EQ, VAT GB 318 4426 07. Our accounts person is accounts@okaforlane-arch.co.uk if you want to send it there directly.

While I have you - do you have a trade discount or a coupon code for regular orders? We go through a lot of these. Happy to sign up to a newsletter if there is one."""),
        dict(who="Alison Carver (Brightline)", date="10/11/2026 09:47",
             text="""Dear Mr Okafor,

Of course. Please send us the full company name, address and VAT number you would like shown, and I will issue a corrected invoice on Amazon.

Kind regards,
Alison"""),
        dict(who="Amazon Customer (Chidi Okafor)", date="09/11/2026 18:05",
             text="The invoice is in my personal name. I need it to the company with our VAT number please."),
    ])

add(lang="en", client="freshdesk", frm="Pawsome Pet Gear Support <support@pawsomepetgear.com>",
    to="c8xrq3ka0lmz6vt@marketplace.amazon.com", subj="Re: Harness strap broke [Ticket #20931] - 114-2250917-6603841",
    order="114-2250917-6603841", expect="violation", rules=["review.biased_positive"],
    classes=["replacement", "five_star_request"],
    note="Replacement harness is sent with tracking and sizing advice, but the closing asks that a happy buyer leave a 5-star review, a review request biased toward positive.",
    top="""Hi Alicia,

Thanks for the photo of the strap and for measuring Biscuit again - that helps a lot.

The break is at the stitched loop where the chest strap joins the buckle, which is a stitching fault on our side, not wear. I'm sorry, and I'm glad Biscuit didn't get loose. We have sent a replacement harness at no charge on order 114-2250917-6603841:

- Item: TrailFit No-Pull Harness, Rust Orange
- Size: M (the replacement is a newer batch with double bar-tack stitching at that loop)
- Carrier: USPS Ground Advantage, tracking 9400 1118 9922 4471 3065 82
- Expected delivery: Wednesday 18 - Friday 20 November

You don't need to send the broken one back; please just cut the strap and dispose of it so it doesn't get used by mistake.

On sizing: with a chest girth of 24.5 inches, Biscuit is right in the middle of size M (21-27 in), so the fit you had is correct. When you put the new one on, adjust so you can slide two flat fingers under each strap, and check the chest strap sits behind the front legs rather than across the throat.

If you are happy with the replacement, we'd be really grateful for a 5-star review - it helps a small business like ours more than you'd think.

Warm regards,
Nadia
Pawsome Pet Gear Customer Happiness""",
    trail=[
        dict(who="Alicia Brennan", addr="c8xrq3ka0lmz6vt@marketplace.amazon.com", date="Fri, 13 Nov 2026 at 17:55",
             text="""Chest is 24.5 inches. She's a beagle mix, about 26 lbs. Here's the strap: https://ibb.co/9vKp2Lw

Honestly I was about to write a bad review because she nearly ran into the road when it snapped. Call me if you need anything else, 612-555-0187."""),
        dict(who="Nadia (Pawsome Pet Gear)", addr="support@pawsomepetgear.com", date="Fri, 13 Nov 2026 at 10:30",
             text="""Hi Alicia,

I'm so sorry - that must have been scary. Could you send a photo of where the strap broke, and Biscuit's chest measurement just behind the front legs? Then I can make sure the replacement is the right size.

Nadia"""),
        dict(who="Alicia Brennan", addr="c8xrq3ka0lmz6vt@marketplace.amazon.com", date="Thu, 12 Nov 2026 at 21:14",
             text="Harness strap snapped on our walk after 3 weeks. Not acceptable for a dog harness."),
    ])

add(lang="en", client="zendesk", frm="Quillmark Audio Support <support@quillmark-audio.com>",
    to="r4gat0kb7yzn2wd@marketplace.amazon.com", subj="Re: Headphones left side crackling - order 113-9014452-0387216 [#51877]",
    order="113-9014452-0387216", expect="legit", rules=[], classes=["refusal", "return_window_expired", "warranty", "quoted_whatsapp"],
    note="Agent declines a return outside the window but arranges a warranty replacement through Amazon messages and explains why WhatsApp can't be used; all off-platform requests are in the buyer's quoted text.",
    top="""Hello Kevin,

Thanks for trying the steps I suggested and for the detailed description - the crackle staying in the left ear on both Bluetooth and the cable rules out a pairing or firmware issue. It points to the left driver.

I need to be straight with you about the return: order 113-9014452-0387216 was delivered on 28 July 2026, and Amazon's return window for this item closed on 27 August, so I can't open a refund return for it. I know that isn't the answer you were hoping for.

What I can do is handle it under our 12-month warranty, which does cover a failed driver:

1. I'll send a replacement pair of Quillmark H7 headphones (Graphite) as soon as you confirm the shipping address on the order is still correct.
2. Once it arrives, send the faulty pair back to us using the prepaid label we'll upload to this thread. Our warranty address is: Quillmark Audio Warranty, 3300 N Fairfax Ave, Building B, Austin, TX 78731.
3. There's no charge for any of this, and you keep the new pair while the old one is in transit.

About WhatsApp: I understand it would be quicker for you, but we can only support Amazon orders through Amazon's messages. Replies here come straight into our support queue, and I'll handle this one myself until it's closed.

Just reply "address confirmed" and I'll get the replacement out today.

Best,
Leah Morton
Quillmark Audio Support

Quillmark Audio LLC · 3300 N Fairfax Ave, Austin, TX 78731""",
    trail=[
        dict(who="Kevin Adeyemi", date="Nov 14, 2026, 22:10 CST",
             text="""Did the reset. Still crackles in the left ear, with the cable too. Can't you just refund me? They're 4 months old. Honestly this back and forth is painful - do you have a WhatsApp I can message instead? +1 737 555 0142 is mine, just text me there."""),
        dict(who="Leah Morton (Quillmark Audio)", date="Nov 14, 2026, 09:35 CST",
             text="""Hi Kevin,

Sorry about that. Could you try a reset (hold power + volume down for 10 seconds) and test with the included 3.5 mm cable? If the crackle is still there on the cable, we know it's the hardware.

Leah"""),
        dict(who="Kevin Adeyemi", date="Nov 13, 2026, 19:48 CST",
             text="Left side of my headphones crackles constantly. Bought in the summer."),
    ])

add(lang="en", client="outlook", frm="Ashgrove Bedding <customercare@ashgrove-bedding.com>",
    to="f0mhs5yv3dkc8uj@marketplace.amazon.com", subj="RE: Mattress topper smell - order 112-4408271-9935160",
    order="112-4408271-9935160", expect="violation", rules=["review.divert_negative"],
    classes=["product_use", "off_gassing", "contact_before_review"],
    note="Useful airing advice for a memory-foam topper, but the agent asks the buyer to contact them first before writing any review, steering an unhappy buyer away from reviewing.",
    top="""Hi Sandra,

Thanks for getting back to me, and I'm sorry the smell is bothering you - I completely understand not wanting to sleep on it like that.

What you're noticing is off-gassing from the foam. The topper is vacuum-rolled in the factory, and when it's unrolled the foam releases the compressed air along with a light odour. It's CertiPUR-US certified, so it's not harmful, but it can be strong for the first few days, especially in a small room in winter when windows stay shut.

What usually clears it:
- Take the topper off the bed and stand it on its long edge, so air gets to both sides.
- Leave it in a room with a window open a crack and the door closed, ideally for 48-72 hours.
- Don't put the cover back on until the smell has faded; the cover traps it.
- A fan on a low setting in the room speeds it up considerably.

Most customers tell us the smell is gone after 3 days. If it's still noticeable on day 5, you can return it through Your Orders on order 112-4408271-9935160 - it's well within the 30-day window and the return is free because the item was vacuum-packed.

Before you leave a review, please message us first so we can make things right for you - we'd much rather fix it than see a bad review go up.

Kind regards,
James Whitfield
Ashgrove Bedding Customer Care""",
    trail=[
        dict(who="Sandra Kowalczyk", addr="f0mhs5yv3dkc8uj@marketplace.amazon.com", date="Sunday, November 15, 2026 9:12 AM",
             to="Ashgrove Bedding", subj="RE: Mattress topper smell - order 112-4408271-9935160",
             text="""It's been 2 days and the bedroom still smells like a chemical factory. My husband says we should just send it back and write a review warning people. Is it toxic?? I have a toddler. Here's a pic of the label: https://postimg.cc/4nLxR2Bz"""),
        dict(who="James Whitfield", addr="customercare@ashgrove-bedding.com", date="Saturday, November 14, 2026 2:40 PM",
             to="Sandra Kowalczyk", subj="RE: Mattress topper smell - order 112-4408271-9935160",
             text="""Hi Sandra,

Sorry to hear that. How long has the topper been unpacked, and is it on the bed with the cover on? That will help me tell you what to expect.

James"""),
        dict(who="Sandra Kowalczyk", addr="f0mhs5yv3dkc8uj@marketplace.amazon.com", date="Saturday, November 14, 2026 8:03 AM",
             to="Ashgrove Bedding", subj="Mattress topper smell - order 112-4408271-9935160",
             text="The topper smells really strong. Is this normal?"),
    ])

add(lang="en", client="gmail", frm="Carrow & Finch <service@carrowandfinch.com>",
    to="b2lwe9ox6tnq4ry@marketplace.amazon.com", subj="Re: Backpack dimensions for airline - 111-8837204-1159863",
    order="111-8837204-1159863", expect="legit", rules=[], classes=["measurements", "prices", "pre_delivery_question"],
    note="Agent gives exact packed and empty dimensions and weight of a travel backpack against the buyer's airline limits; quoted buyer text links to a photo host.",
    top="""Hi Priyanka,

Good question, and I measured one from our stock this morning rather than relying on the listing, since the airline sizers are strict.

Harbor 28L travel backpack (your order 111-8837204-1159863):
- Main body, empty: 20.1 x 13.4 x 7.9 in (51 x 34 x 20 cm)
- Fully packed, front pocket stuffed: depth goes to about 9.1 in (23 cm)
- With the compression straps pulled tight: depth 8.3 in (21 cm)
- Weight, empty: 2.6 lb (1.18 kg)

For the two airlines you mentioned:
- Carry-on limit 22 x 14 x 9 in: fits comfortably, even fully packed.
- Personal-item limit 18 x 14 x 8 in: it will not fit as a personal item - it's about 2 inches too tall even empty, and the frame sheet doesn't compress.

If you need something that goes under the seat, the smaller Harbor 20L measures 17.3 x 12.6 x 7.5 in and would pass. It's listed at $79.00 compared with $109.00 for the 28L. If you'd like to swap, just return the 28L unused through Your Orders (free within 30 days) and order the 20L separately - that's the quickest way, as we can't exchange sizes directly on an existing order.

The hip belt is removable, which takes it down to 2.3 lb if you're close to a weight limit.

Safe travels,
Rafael
Carrow & Finch Customer Service""",
    trail=[
        dict(who="Priyanka Sethi", addr="b2lwe9ox6tnq4ry@marketplace.amazon.com", date="Wed, Nov 11, 2026 at 11:26 PM",
             text="""Sorry one more - the budget airline I'm flying in Jan has a personal item limit of 18 x 14 x 8 and charges $65 for a carry-on. The main airline is 22 x 14 x 9. Photo of their sizer here: https://i.postimg.cc/Tw3Gk9Qn/sizer.jpg. Will it fit either?"""),
        dict(who="Rafael (Carrow & Finch)", addr="service@carrowandfinch.com", date="Wed, Nov 11, 2026 at 2:15 PM",
             text="""Hi Priyanka,

Yes, the laptop sleeve fits laptops up to 16 inches (max 14.2 x 10 x 0.9 in). It sits against your back and opens separately from the main compartment.

Rafael"""),
        dict(who="Priyanka Sethi", addr="b2lwe9ox6tnq4ry@marketplace.amazon.com", date="Wed, Nov 11, 2026 at 9:40 AM",
             text="Does the laptop sleeve fit a 16 inch MacBook Pro?"),
    ])

add(lang="en", client="helpscout", frm="Meridian Kitchenware <help@meridiankitchenware.com>",
    to="s6fdy1cu0ipw3xh@marketplace.amazon.com", subj="Re: Knife block scratched - 112-3361058-7746219",
    order="112-3361058-7746219", expect="violation", rules=["review.change_or_remove"],
    classes=["partial_refund", "update_review_request"],
    note="Agent issues a partial refund through Amazon for a scratched knife block, then asks the buyer to update their existing review now that the issue is resolved.",
    top="""Hi Gregory,

Thank you for your patience while I checked this with our warehouse.

You're right that the scratches on the side of the walnut block should not have been there. We inspected the remaining blocks from the same batch and found that a few had been marked by a packing strap at the supplier. I'm sorry yours was one of them.

As you'd prefer to keep the set rather than send the whole thing back, I have issued a partial refund of $35.00 on order 112-3361058-7746219 (the set cost $149.00). You'll see it in Your Orders under the refund details within about two hours, and it reaches your card in 3-5 business days.

For light marks on walnut, a bit of food-safe mineral oil or a walnut-oil board cream rubbed in with a soft cloth usually blends them well; work along the grain and leave it overnight before wiping off the excess. Deeper scratches can be taken down with 320-grit paper, again along the grain, before oiling.

Since everything is sorted now, would you mind updating your review to reflect how we resolved it? It would mean a lot to our team.

Best regards,
Eleanor Shaw
Meridian Kitchenware Support

Meridian Kitchenware Inc., 905 Harbor Point Rd, Portland, ME 04101""",
    trail=[
        dict(who="Gregory Tanaka", date="Nov 12, 2026, 8:55 PM",
             text="""I'd rather keep it, the knives themselves are great. But I already put a 2-star review up because honestly it's a $150 set and it looked used. Photos are on my google drive if you want them: https://drive.google.com/file/d/1pQ7rWxZ0kTfB3nLm9Hs/view"""),
        dict(who="Eleanor Shaw", date="Nov 12, 2026, 11:02 AM",
             text="""Hi Gregory,

I'm sorry about that. Would you prefer a free return for a full refund, or keep the set with a partial refund for the scratches? Either is fine with us.

Eleanor"""),
        dict(who="Gregory Tanaka", date="Nov 11, 2026, 7:31 PM",
             text="The knife block has scratches down one side. Disappointing for the price."),
    ])

add(lang="en", client="edesk", frm="Fernbrook Garden Co. <support@fernbrook-garden.co.uk>",
    to="a7jqk3vh1nxm5zp@marketplace.amazon.co.uk", subj="Re: Parcel says delivered but not here - 203-4790126-8854312",
    order="203-4790126-8854312", expect="legit", rules=[], classes=["lost_parcel", "refund", "tracking", "apology"],
    note="Agent confirms a lost Royal Mail parcel, refunds in full through Amazon and explains the reorder option; quoted buyer text includes a phone number and an angry review remark.",
    top="""Dear Mrs Hargreaves,

Thank you for checking with your neighbours and the safe place by the shed - I'm sorry you've had to spend time on this.

I've now had Royal Mail's reply on the tracked parcel (Tracked 48, reference RX 4418 2760 9GB). Their delivery scan on 10 November was recorded 1.3 miles from your address, which means it was most likely scanned at the wrong house. They have opened an investigation, but those can take up to 15 working days and we don't think you should wait that long.

So I have refunded order 203-4790126-8854312 in full - £42.50 for the two Fernbrook raised-bed planters including delivery. The refund shows in Your Orders now and should reach your card in 3-5 working days.

If you'd still like the planters before the weekend, the quickest way is simply to place a new order on Amazon; we dispatch at 2pm on weekdays with Royal Mail Tracked 24, so an order today would normally arrive on Friday. If the original parcel turns up in the meantime, just let me know here and we'll arrange a free collection - please don't feel you have to pay twice.

I do understand why you were annoyed, and whatever you decide to write about your experience is of course up to you.

With apologies again,
Rachel Doyle
Fernbrook Garden Co. - Customer Service

Fernbrook Garden Co. Ltd, registered in England no. 10938254
Registered office: Holly Barn, Long Lane, Nantwich CW5 8PQ""",
    trail=[
        dict(who="Amazon Customer (Joan Hargreaves)", date="12/11/2026 14:08",
             text="""Asked both neighbours and looked behind the shed, nothing. This is the second time this year with Royal Mail. If I don't get my money back I'm going to put a review up saying you don't deliver. You can ring me on 01270 559 214 if that's easier, I'm home all day."""),
        dict(who="Rachel Doyle (Fernbrook Garden)", date="11/11/2026 10:22",
             text="""Dear Mrs Hargreaves,

I'm sorry it hasn't arrived. Royal Mail shows it as delivered yesterday at 13:47. Could you check with neighbours and any safe place? In the meantime I've asked Royal Mail for the GPS location of the scan.

Rachel"""),
        dict(who="Amazon Customer (Joan Hargreaves)", date="10/11/2026 18:40",
             text="Tracking says delivered. It isn't here."),
    ])

add(lang="en", client="freshdesk", html=True, frm="Velacrema Coffee Machines <support@velacrema.com>",
    to="n3tkx8bq2wjc9oe@marketplace.amazon.com", subj="Re: Error E04 on espresso machine [Ticket #33512] - 114-6602947-3318590",
    order="114-6602947-3318590", expect="legit", rules=[], classes=["product_use", "descaling", "troubleshooting"],
    note="Long troubleshooting reply for an espresso machine error code with descaling steps and a replacement offer through Amazon.",
    top="""Hi Daniel,

Thanks for the video description - the pump humming but no water reaching the group head, together with E04, almost always means scale has blocked the flowmeter or the water tank valve. You mentioned very hard water and that the machine hasn't been descaled since you got it in March, so that fits.

Please try this before anything else (about 40 minutes):

1. Remove the tank, and press the valve at the bottom a few times with your finger. It should spring back freely. If it sticks, rinse it under warm water and push it repeatedly until it moves smoothly.
2. Mix 500 ml of water with one sachet of citric-acid descaler (or 2 tablespoons of food-grade citric acid). Avoid vinegar - it can damage the seals.
3. Refill the tank, place a large jug under the group head and the steam wand, and hold the descale buttons (the two-cup button and steam button together) for 5 seconds until the light blinks orange.
4. The machine pumps in short bursts for about 20 minutes. If E04 reappears during the cycle, turn it off, wait 10 minutes, and restart the cycle - the solution often needs a bit of time to dissolve the blockage.
5. Rinse with two full tanks of fresh water.

If E04 is still showing after a full descale and rinse, the flowmeter has failed, and that is covered by the 2-year warranty on order 114-6602947-3318590. In that case reply here and we'll send a replacement machine and a prepaid return label for the old one.

Going forward, with hard water we recommend descaling every 6-8 weeks and using the filter cartridge that came in the box (change it every 2 months).

Best regards,
Sofia Martens
Velacrema Technical Support

Velacrema Appliances Inc., 1201 Market Street, Suite 900, Wilmington, DE 19801""",
    trail=[
        dict(who="Daniel Okonkwo", addr="n3tkx8bq2wjc9oe@marketplace.amazon.com", date="Sat, Nov 14, 2026 at 08:12",
             text="""Yes our water is very hard, we're in Phoenix. Haven't descaled it, didn't know I had to honestly. I made a video of it humming: https://youtu.be/Xk4vR8wQp2M - pump noise but nothing comes out, then E04 flashes. Need my coffee lol, help."""),
        dict(who="Sofia Martens (Velacrema)", addr="support@velacrema.com", date="Fri, Nov 13, 2026 at 16:44",
             text="""Hi Daniel,

Sorry to hear about the error. How hard is the water in your area, and when was the machine last descaled? Does any water come out at all?

Sofia"""),
        dict(who="Daniel Okonkwo", addr="n3tkx8bq2wjc9oe@marketplace.amazon.com", date="Fri, Nov 13, 2026 at 07:30",
             text="Machine shows E04 and won't make coffee."),
    ])

add(lang="en", client="zendesk", frm="Tallis & Rowe Apparel <support@tallisrowe.com>",
    to="g5rmb0xz4pqe7ka@marketplace.amazon.com", subj="Re: Wrong colour received - order 111-2073489-6619034 [#62045]",
    order="111-2073489-6619034", expect="legit", rules=[], classes=["wrong_item", "exchange", "return_label", "quoted_coupon_question"],
    note="Agent apologises for a wrong-colour jacket, explains the replacement and return label on Amazon, and answers the quoted coupon question without offering any code.",
    top="""Hi Chloe,

Thank you for the photo of the label - you're absolutely right, the jacket you received is Olive (SKU TR-QJ-OLV-M) and you ordered Navy (TR-QJ-NVY-M). That was a picking error in our warehouse and I'm sorry for the mix-up, particularly since it was meant as a gift.

Here's what I've arranged on order 111-2073489-6619034:

- A Navy quilted jacket in size M shipped today by FedEx Home Delivery, tracking 7734 2910 5586. Delivery is expected Thursday, 19 November.
- A prepaid FedEx return label for the Olive jacket has been added to your order. You'll find it under Your Orders > Return or replace items. You have 30 days to drop it off at any FedEx location or Walgreens - no box needed if you use the original poly mailer.
- There's nothing extra to pay, and the replacement doesn't depend on the return arriving first.

About the coupon you asked about: we aren't able to send discount codes through Amazon messages, but if the Navy jacket's price drops on Amazon before it arrives, you can request a price adjustment from Amazon customer service.

If the Navy one doesn't fit as hoped, the same return label process applies and we'll refund it in full.

All the best,
Marisol Vega
Tallis & Rowe Customer Support

Tallis & Rowe Apparel Co. · 77 Water Street, 4th Floor, New York, NY 10005""",
    trail=[
        dict(who="Chloe Anderssen", date="Nov 15, 2026, 13:22 EST",
             text="""Label pic attached. It says OLV. The gift is for the 22nd so I really need the navy one before then. Also is there a coupon or something for the trouble? My friend got a code from another seller when this happened to her."""),
        dict(who="Marisol Vega (Tallis & Rowe)", date="Nov 15, 2026, 09:10 EST",
             text="""Hi Chloe,

Sorry about that! Could you send a photo of the size/colour label inside the collar? I want to check which item went out so we can fix it quickly.

Marisol"""),
        dict(who="Chloe Anderssen", date="Nov 14, 2026, 20:51 EST",
             text="I ordered navy and got a green jacket."),
    ])

add(lang="en", client="gmail", frm="Stonebridge Lighting <support@stonebridge-lighting.com>",
    to="e9vhq2ml5yro0tc@marketplace.amazon.com", subj="Re: Pendant light installation - 112-5519038-2247761",
    order="112-5519038-2247761", expect="violation", rules=["contact.off_platform", "contact.phone_number"],
    classes=["installation", "whatsapp"],
    note="Detailed wiring and ceiling-mount guidance for a pendant light, but the agent invites the buyer to WhatsApp a number for faster help, moving contact off Amazon.",
    top="""Hi Ben,

Thanks for the photos of the ceiling box and wiring - that makes it much easier.

From what I can see, your box has black (hot), white (neutral) and a bare copper ground, which is standard. The pendant (Arden 3-light, brushed brass, order 112-5519038-2247761) connects like this:

- Black fixture wire to the black house wire
- White fixture wire (the one with ribbed insulation) to the white house wire
- Green fixture wire to the bare copper, and also to the green screw on the crossbar

The crossbar in the box goes across the existing box screws; the threaded nipple then screws into the centre hole, and the canopy slides up over it and is held with the brass finial. Tighten the finial by hand only - over-tightening scratches the finish.

For the cord length: the pendant ships at the full 72 inches. To shorten it, loosen the cord grip inside the canopy, pull the excess cord up into the box, and retighten. For a dining table, the bottom of the shade is usually 30-34 inches above the table top. With your 8 ft ceiling and 30 inch table, that means about 32-36 inches of cord below the canopy.

Please switch the circuit off at the breaker, not just the wall switch, before starting, and if you're at all unsure, an electrician will have it up in half an hour.

If it's easier, just WhatsApp us on +1 (415) 555-0193 with any photos and we'll walk you through it live.

Cheers,
Nathan
Stonebridge Lighting Support""",
    trail=[
        dict(who="Ben Castellano", addr="e9vhq2ml5yro0tc@marketplace.amazon.com", date="Mon, Nov 16, 2026 at 6:18 PM",
             text="""Photos of the box: https://flic.kr/p/2pQx8Rk - there's black, white and a bare wire. Ceiling is 8 ft, table is 30 in high. How long should the cord be? Also the instructions in the box are tiny and half in another language ugh."""),
        dict(who="Nathan (Stonebridge Lighting)", addr="support@stonebridge-lighting.com", date="Mon, Nov 16, 2026 at 10:05 AM",
             text="""Hi Ben,

Happy to help with the install. Could you send a photo of the wires in your ceiling box, and let me know your ceiling height? Then I can give you step-by-step instructions.

Nathan"""),
        dict(who="Ben Castellano", addr="e9vhq2ml5yro0tc@marketplace.amazon.com", date="Sun, Nov 15, 2026 at 4:42 PM",
             text="How do I install this? The wires confuse me."),
    ])

add(lang="en", client="outlook", frm="Kestrel Bike Parts <service@kestrelbikeparts.co.uk>",
    to="o4wcz7nr1hgt8ls@marketplace.amazon.co.uk", subj="RE: Missing thru-axle adapter - order 205-8842013-3396721",
    order="205-8842013-3396721", expect="legit", rules=[], classes=["missing_part", "delivery_window", "quoted_review_threat"],
    note="Agent sends a missing adapter by Royal Mail with tracking and a delivery window and explains a workaround meanwhile; quoted buyer mentions leaving feedback and gives an e-mail address.",
    top="""Hi Tom,

Thanks for the quick reply and the photo - I can see the box only had the 12 x 100 mm end caps and not the 15 x 100 mm ones, which is what your fork needs. I'm sorry, that's a packing error on our side.

I've sent the correct adapter kit separately on order 205-8842013-3396721:

- Part: Kestrel Trainer Adapter Kit TA-15/100 (2 end caps + spacer)
- Royal Mail Tracked 24, tracking number JM 7742 1903 6GB
- Posted today before 4pm, so it should arrive Wednesday 18 November; worst case Thursday

You don't need to return anything - keep the 12 mm caps in case you change bikes.

In the meantime, if you want to ride on the trainer tonight: the 12 mm caps will actually slide onto a 15 mm axle's stub only if you remove the fork's own end caps, which I wouldn't recommend, as the wheel won't sit square. Better to wait a day.

When the kit arrives, fit the spacer on the non-drive side first, then the end caps, and torque the axle to 12 Nm. If anything still doesn't line up, send me a photo here and I'll sort it.

Best regards,

Sam Whitcombe
Kestrel Bike Parts Customer Service
Kestrel Bike Parts Ltd · Company No. 12066391 · Unit 3, Quarry Road, Keswick CA12 4PH""",
    trail=[
        dict(who="Tom Fielding", addr="o4wcz7nr1hgt8ls@marketplace.amazon.co.uk", date="16 November 2026 07:58",
             to="Kestrel Bike Parts", subj="RE: Missing thru-axle adapter - order 205-8842013-3396721",
             text="""Photo attached. Only 12mm in there. My fork is 15x100. Training plan starts this week and I'm stuck. If it isn't here by Friday I'll leave feedback saying stuff is missing. Just email it to tom.fielding.cycles@outlook.com if you need my address again."""),
        dict(who="Sam Whitcombe", addr="service@kestrelbikeparts.co.uk", date="15 November 2026 15:20",
             to="Tom Fielding", subj="RE: Missing thru-axle adapter - order 205-8842013-3396721",
             text="""Hi Tom,

Sorry about that. Could you send a photo of what was in the small bag of adapters, and tell me your fork's axle size (it's printed on the axle)?

Sam"""),
        dict(who="Tom Fielding", addr="o4wcz7nr1hgt8ls@marketplace.amazon.co.uk", date="15 November 2026 09:11",
             to="Kestrel Bike Parts", subj="Missing thru-axle adapter - order 205-8842013-3396721",
             text="The adapter for thru-axle isn't in the box."),
    ])

# ============================================================ GERMAN
add(lang="de", client="zendesk", frm="Mahlwerk Kaffeetechnik <service@mahlwerk-kaffee.de>",
    to="d7kxr2pm9wqz4lf@marketplace.amazon.de", subj="AW: Kaffeemühle mahlt ungleichmäßig – Bestellung 302-6617904-2283150 [#38417]",
    order="302-6617904-2283150", expect="legit", rules=[], classes=["return", "return_address", "quoted_phone", "quoted_photo_link"],
    note="Agentin erklärt die kostenlose Amazon-Rücksendung einer defekten Kaffeemühle mit Rücksendeadresse; Telefonnummer und Bildlink stehen nur im zitierten Käufertext.",
    top="""Guten Tag Herr Brandt,

vielen Dank für die Fotos und die genaue Beschreibung. Auf den Bildern ist deutlich zu sehen, dass der obere Mahlkegel schief im Halter sitzt – das erklärt die groben und feinen Partikel gleichzeitig. Ein Einstellfehler ist das nicht, sondern ein Montagefehler ab Werk. Das tut mir leid, gerade bei einer Mühle in dieser Preisklasse.

Ich habe die Rücksendung für die Bestellung 302-6617904-2283150 freigegeben. Das kostenlose DHL-Retourenetikett finden Sie in Ihrem Amazon-Konto unter „Meine Bestellungen" > „Artikel zurücksenden". Bitte packen Sie die Mühle möglichst in den Originalkarton mit den Schaumstoffeinlagen und nehmen Sie vorher den Bohnenbehälter ab.

Falls das Etikett nicht angezeigt wird, lautet unsere Rücksendeadresse:

Mahlwerk Kaffeetechnik GmbH
Retourenabteilung
Industriestraße 41
73760 Ostfildern

Sobald das Paket bei uns eingeht und geprüft ist (in der Regel innerhalb von 2 Werktagen), erstatten wir den vollen Kaufpreis von 249,00 € über Amazon. Wenn Ihnen lieber ist, dass wir stattdessen direkt ein Ersatzgerät schicken, schreiben Sie mir das einfach hier – dann geht die neue Mühle noch am selben Tag raus.

Ihren Wunsch nach einem Rückruf kann ich leider nicht erfüllen, da wir Amazon-Bestellungen ausschließlich über das Amazon-Nachrichtensystem betreuen. Ich behalte Ihren Vorgang aber persönlich im Blick.

Mit freundlichen Grüßen
Katrin Vogelsang
Kundenservice Mahlwerk Kaffeetechnik

Mahlwerk Kaffeetechnik GmbH · Industriestraße 41 · 73760 Ostfildern
Geschäftsführer: Florian Mahler · Amtsgericht Stuttgart HRB 774512 · USt-IdNr. DE 318 442 907""",
    trail=[
        dict(who="Jürgen Brandt", date="9. Nov. 2026, 20:14 MEZ",
             text="""Hier die Bilder vom Mahlwerk: https://abload.de/gallery.php?key=Kx7RmQ2p

Ich habe schon alles probiert, von Stufe 1 bis 40. Immer Staub und ganze Stücke gemischt. Rufen Sie mich bitte an, das geht schneller: 0711 / 4829 3316, ab 17 Uhr erreichbar."""),
        dict(who="Katrin Vogelsang (Mahlwerk Kaffeetechnik)", date="9. Nov. 2026, 10:32 MEZ",
             text="""Guten Tag Herr Brandt,

das tut mir leid. Könnten Sie uns ein Foto vom oberen Mahlkegel schicken (Bohnenbehälter abnehmen, dann ist er sichtbar) und uns sagen, welche Mahlstufe Sie verwenden?

Viele Grüße
Katrin Vogelsang"""),
        dict(who="Jürgen Brandt", date="8. Nov. 2026, 18:47 MEZ",
             text="Die Mühle mahlt total ungleichmäßig, Espresso ist so nicht möglich."),
    ])

add(lang="de", client="outlook", frm="Saugstark Haushaltsgeräte <kundenservice@saugstark-shop.de>",
    to="m2qvt8ce5xob1hn@marketplace.amazon.de", subj="AW: Akkusauger lädt nicht mehr – 028-4410935-7762018",
    order="028-4410935-7762018", expect="legit", rules=[], classes=["warranty", "manufacturer", "quoted_angry_review"],
    note="Agent erklärt den Garantieweg über den Hersteller für einen 14 Monate alten Akkusauger; die Drohung mit einer schlechten Bewertung steht nur im Zitat und wird neutral beantwortet.",
    top="""Sehr geehrte Frau Lindemann,

vielen Dank für Ihre Rückmeldung und die Seriennummer. Ich verstehe Ihren Ärger gut – ein Sauger, der nach gut einem Jahr nicht mehr lädt, ist ärgerlich.

Zur Einordnung: Ihre Bestellung 028-4410935-7762018 wurde am 2. September 2025 zugestellt. Die gesetzliche Gewährleistung besteht selbstverständlich weiterhin; zusätzlich gibt der Hersteller Vireo auf dieses Modell (Vireo Aeris V9, Seriennr. AV9-2508-114273) eine 3-jährige Herstellergarantie. Über die Herstellergarantie geht es in der Regel am schnellsten:

1. Auf der Serviceseite von Vireo Deutschland „Garantiefall melden" wählen und Seriennummer sowie das Amazon-Rechnungsdokument (unter „Meine Bestellungen" > „Rechnung") hochladen.
2. Vireo schickt Ihnen innerhalb von 1–2 Werktagen ein kostenloses Versandetikett für DPD.
3. Bitte senden Sie Sauger, Akku und Ladegerät ein – bei Ladeproblemen prüft Vireo alle drei Teile.
4. Die Bearbeitungszeit liegt laut Hersteller bei etwa 10 Werktagen; ist der Akku defekt, wird er ersetzt, sonst tauscht Vireo das Gerät.

Wenn Sie lieber über uns als Verkäufer gehen möchten (Gewährleistung), ist das ebenfalls möglich. Dann schicken Sie das Gerät bitte an:

Saugstark Haushaltsgeräte GmbH
Service / Gewährleistung
Am Hafenbecken 7
28197 Bremen

Das dauert erfahrungsgemäß etwas länger, weil wir das Gerät selbst an Vireo weiterleiten. Schreiben Sie mir hier kurz, welchen Weg Sie wählen.

Was Ihre Bewertung angeht: Die entscheiden selbstverständlich Sie. Mir ist nur wichtig, dass Sie wieder einen funktionierenden Sauger haben.

Mit freundlichen Grüßen

Dennis Ahrens
Kundenservice
Saugstark Haushaltsgeräte GmbH · Am Hafenbecken 7 · 28197 Bremen
Amtsgericht Bremen HRB 39218 HB · Geschäftsführerin: Ines Saalfeld""",
    trail=[
        dict(who="Amazon-Käuferin Ute Lindemann", addr="m2qvt8ce5xob1hn@marketplace.amazon.de", date="Dienstag, 10. November 2026 21:03",
             to="Saugstark Haushaltsgeräte", subj="AW: Akkusauger lädt nicht mehr – 028-4410935-7762018",
             text="""Seriennummer AV9-2508-114273. 14 Monate!! Für 329 Euro erwarte ich, dass so ein Gerät länger hält. Wenn ich jetzt noch wochenlang hin und her schicken muss, schreibe ich eine Bewertung, die sich gewaschen hat. Sie können mir auch eine Mail schreiben: ute.lindemann@web.de"""),
        dict(who="Dennis Ahrens", addr="kundenservice@saugstark-shop.de", date="Dienstag, 10. November 2026 09:40",
             to="Ute Lindemann", subj="AW: Akkusauger lädt nicht mehr – 028-4410935-7762018",
             text="""Sehr geehrte Frau Lindemann,

das tut mir leid. Könnten Sie mir die Seriennummer nennen (Aufkleber unter dem Akku) und sagen, ob die LED beim Einstecken des Ladegeräts leuchtet?

Mit freundlichen Grüßen
Dennis Ahrens"""),
        dict(who="Amazon-Käuferin Ute Lindemann", addr="m2qvt8ce5xob1hn@marketplace.amazon.de", date="Montag, 9. November 2026 19:22",
             to="Saugstark Haushaltsgeräte", subj="Akkusauger lädt nicht mehr – 028-4410935-7762018",
             text="Mein Sauger lädt nicht mehr. Was jetzt?"),
    ])

add(lang="de", client="gmail", html=True, frm="Tischlein Wohnaccessoires <hilfe@tischlein-wohnen.de>",
    to="v8nqa3xk0zrc6tp@marketplace.amazon.de", subj="Re: Tischdecke zu klein – Bestellung 303-1184726-5501937",
    order="303-1184726-5501937", expect="violation", rules=["purpose.marketing"],
    classes=["measurements", "exchange", "discount_code"],
    note="Sachliche Maßauskunft und Umtauschweg für eine Tischdecke, aber die Agentin hängt einen Gutscheincode für die nächste Bestellung an – Werbung/Rabatt über die Käufer-Verkäufer-Kommunikation.",
    top="""Liebe Frau Petersen,

danke, dass Sie den Tisch noch einmal nachgemessen haben – mit 220 x 100 cm und der Verlängerung auf 260 cm ist klar, warum die Decke knapp wirkt.

Die bestellte Leinendecke (Bestellung 303-1184726-5501937) misst 160 x 250 cm. Bei 100 cm Tischbreite hängt sie auf jeder Seite also 30 cm über, das passt gut. In der Länge reicht sie aber beim ausgezogenen Tisch (260 cm) nicht: Sie wäre 5 cm kürzer als die Tischplatte.

Für Ihren Tisch empfehle ich:
- Ausgezogen (260 cm): Größe 160 x 320 cm, dann 30 cm Überhang an den Stirnseiten. Preis auf Amazon: 89,90 €.
- Nur für den eingefahrenen Tisch (220 cm) wäre Ihre jetzige Decke mit 15 cm Überhang an den Enden passend.

Wenn Sie tauschen möchten, senden Sie die 250er-Decke bitte ungewaschen über „Meine Bestellungen" zurück – die Rücksendung ist innerhalb von 30 Tagen kostenlos – und bestellen Sie die 320er separat. Die Erstattung von 69,90 € erfolgt, sobald die Decke bei uns eingetroffen ist.

Zur Pflege: bei 40 °C waschen, nicht in den Trockner und noch leicht feucht bügeln, dann bleibt das Leinen glatt.

Als kleines Dankeschön für Ihre Geduld: Mit dem Code TISCH15 erhalten Sie 15 % auf Ihre nächste Bestellung bei uns.

Herzliche Grüße
Miriam Kaufmann
Tischlein Wohnaccessoires – Kundenservice""",
    trail=[
        dict(who="Frauke Petersen", addr="v8nqa3xk0zrc6tp@marketplace.amazon.de", date="Do., 12. Nov. 2026 um 19:38",
             text="""Hab nachgemessen: 220 x 100, ausgezogen 260. Foto hier: https://www.bilder-upload.eu/bild-4f9a2c.jpg.html
Weihnachten kommen 12 Leute, da brauche ich ihn ausgezogen. Gibt es die Decke größer? Und haben Sie einen Newsletter, wo man Angebote bekommt?"""),
        dict(who="Miriam Kaufmann (Tischlein)", addr="hilfe@tischlein-wohnen.de", date="Do., 12. Nov. 2026 um 10:05",
             text="""Liebe Frau Petersen,

gern helfe ich. Können Sie mir die genauen Maße Ihres Tisches nennen (Länge x Breite, ggf. ausgezogen)? Dann sage ich Ihnen, welche Größe passt.

Herzliche Grüße
Miriam Kaufmann"""),
        dict(who="Frauke Petersen", addr="v8nqa3xk0zrc6tp@marketplace.amazon.de", date="Mi., 11. Nov. 2026 um 21:12",
             text="Die Decke ist zu kurz für meinen Tisch."),
    ])

add(lang="de", client="freshdesk", frm="Regalwerk Möbel <service@regalwerk-moebel.de>",
    to="t1kcw6xj9ndr3qb@marketplace.amazon.de", subj="Re: Maße Regal / Dachschräge [Ticket #17420] – 028-3059182-4417620",
    order="028-3059182-4417620", expect="legit", rules=[], classes=["measurements", "assembly", "pre_delivery_question"],
    note="Ausführliche Maßangaben und Montagehinweise für ein Regal unter einer Dachschräge; im Zitat fragt der Käufer nach WhatsApp und nennt seine Nummer.",
    top="""Hallo Herr Özdemir,

vielen Dank für die Skizze – damit kann ich Ihnen genau sagen, was passt.

Das Regal „Kante 5" aus Ihrer Bestellung 028-3059182-4417620 hat folgende Maße:
- Höhe gesamt: 182 cm
- Breite: 80 cm
- Tiefe: 35 cm
- Fachabstand: 34 cm (lichte Höhe), die Fachböden sind in 3,2-cm-Schritten versetzbar
- Gewicht montiert: ca. 31 kg, Belastung pro Fachboden max. 25 kg

Zu Ihrer Dachschräge: Die Kniestockhöhe beträgt laut Ihrer Skizze 95 cm, die Schräge steigt mit 45°. Bei 35 cm Regaltiefe muss das Regal also mindestens so weit von der Kniestockwand entfernt stehen, dass die Oberkante (182 cm) unter die Schräge passt: 182 - 95 = 87 cm Höhenunterschied, bei 45° also 87 cm Abstand von der Wand zur Regal-Rückseite. Dann ragt das Regal allerdings weit in den Raum.

Deutlich besser passt für diese Stelle unser „Kante 3" mit 110 cm Höhe: Es steht dann nur 15 cm vor der Kniestockwand. Die Maße sind sonst identisch (80 x 35 cm), der Preis liegt bei 119,00 € statt 169,00 €.

Wenn Sie umtauschen möchten, können Sie das Kante 5 nach Lieferung originalverpackt innerhalb von 30 Tagen über „Meine Bestellungen" zurücksenden. Da es als Sperrgut per Spedition kommt, holt die Spedition es nach Terminabsprache wieder ab.

Wichtig in jedem Fall: Das Regal muss mit dem beiliegenden Kippschutz an der Wand befestigt werden; für Gipskarton bitte Hohlraumdübel verwenden, die sind nicht im Lieferumfang.

Viele Grüße
Jonas Reiter
Regalwerk Möbel Kundenservice

Regalwerk Möbel GmbH & Co. KG · Sägewerkstraße 12 · 32791 Lage
Registergericht Lemgo HRA 6621 · USt-IdNr. DE 287 914 553""",
    trail=[
        dict(who="Emre Özdemir", addr="t1kcw6xj9ndr3qb@marketplace.amazon.de", date="Sa., 14. Nov. 2026 um 11:02",
             text="""Skizze: https://ibb.co/dJ4Xq7Pm
Kniestock 95 cm, dann 45 Grad Schräge. Passt das Regal drunter? Wäre einfacher per WhatsApp, da kann ich Ihnen Videos schicken: 0176 2284 9310"""),
        dict(who="Jonas Reiter (Regalwerk)", addr="service@regalwerk-moebel.de", date="Fr., 13. Nov. 2026 um 15:47",
             text="""Hallo Herr Özdemir,

gern! Wie hoch ist die senkrechte Wand (Kniestock) bis zum Beginn der Schräge, und welchen Winkel hat die Schräge ungefähr?

Viele Grüße
Jonas Reiter"""),
        dict(who="Emre Özdemir", addr="t1kcw6xj9ndr3qb@marketplace.amazon.de", date="Fr., 13. Nov. 2026 um 08:20",
             text="Passt das Regal unter eine Dachschräge? Lieferung ist nächste Woche."),
    ])

add(lang="de", client="helpscout", frm="Bergfink Outdoor <support@bergfink-outdoor.de>",
    to="y6hfm1sp8ekt3vz@marketplace.amazon.de", subj="Re: Lieferung Winterjacke überfällig – 306-2278401-9934512",
    order="306-2278401-9934512", expect="legit", rules=[], classes=["delivery_delay", "tracking", "apology"],
    note="Agent erklärt eine DHL-Verzögerung mit Sendungsnummer und neuem Lieferfenster und bietet Erstattung über Amazon an; im Zitat nennt die Käuferin ihre E-Mail-Adresse.",
    top="""Hallo Frau Schäfer,

ich habe heute Vormittag mit DHL gesprochen und kann Ihnen jetzt Genaueres sagen. Entschuldigen Sie bitte, dass es so lange gedauert hat.

Ihr Paket (DHL-Sendungsnummer 00340 43419 82271 0566) wurde am 9. November in unserem Lager in Kempten abgeholt und lag seit dem 10. November im Paketzentrum Aschheim fest, weil dort eine Sortieranlage ausgefallen war. Laut DHL wurde der Rückstau inzwischen abgearbeitet; Ihre Sendung hat heute früh um 6:12 Uhr das Paketzentrum verlassen.

Neues voraussichtliches Lieferdatum: Mittwoch, 18. November, zwischen 10 und 14 Uhr. Die Sendungsverfolgung sehen Sie auch in Ihrem Amazon-Konto unter „Meine Bestellungen".

Für den Fall, dass es doch wieder hängt, habe ich Folgendes vorgemerkt:
- Ist die Jacke bis Freitag, 20. November, nicht bei Ihnen, erstatten wir den vollen Betrag von 219,00 € für die Bestellung 306-2278401-9934512 sofort über Amazon – ohne dass Sie auf die Rücksendung warten müssen.
- Kommt das Paket beschädigt an, nehmen Sie es bitte trotzdem an und schicken uns hier ein Foto; wir senden dann sofort Ersatz.

An Ihre private E-Mail-Adresse kann ich Ihnen leider nicht schreiben – wir dürfen zu Amazon-Bestellungen nur über das Amazon-Postfach kommunizieren. Jede Antwort hier landet aber direkt bei mir.

Viele Grüße aus dem Allgäu
Lukas Brenner
Bergfink Outdoor Kundenservice

Bergfink Outdoor GmbH · Illerstraße 22 · 87435 Kempten
Amtsgericht Kempten HRB 15522 · Geschäftsführer: Andreas Zettl""",
    trail=[
        dict(who="Nina Schäfer", date="14. Nov. 2026, 08:47",
             text="""Seit 4 Tagen steht da „in Bearbeitung". Wir fahren am 22. in den Skiurlaub, ohne Jacke ist das blöd. Schreiben Sie mir bitte an nina.schaefer83@gmx.de, die Amazon-App nervt mich."""),
        dict(who="Lukas Brenner", date="13. Nov. 2026, 14:10",
             text="""Hallo Frau Schäfer,

danke für Ihre Nachricht. Die Jacke ist am 9. November mit DHL verschickt worden; ich sehe eine Verzögerung und frage bei DHL nach. Ich melde mich, sobald ich mehr weiß.

Lukas Brenner"""),
        dict(who="Nina Schäfer", date="13. Nov. 2026, 07:55",
             text="Die Jacke sollte gestern kommen. Wo ist sie?"),
    ])

add(lang="de", client="edesk", frm="Lumenhaus Leuchten <kundendienst@lumenhaus-leuchten.de>",
    to="i3bxz9on5qjw0mr@marketplace.amazon.de", subj="Re: Stehlampe flackert – Bestellung 304-7720195-1186344",
    order="304-7720195-1186344", expect="violation", rules=["review.incentive"],
    classes=["replacement_part", "review_incentive"],
    note="Ersatzteilversand für eine flackernde Stehlampe mit Sendungsnummer, aber der Agent bietet 10 € Erstattung, wenn der Käufer eine Bewertung schreibt – Anreiz für eine Rezension.",
    top="""Hallo Herr Lorenz,

vielen Dank für das Video und den Test mit der anderen Glühbirne. Da das Flackern auch mit dem neuen Leuchtmittel auftritt und beim Berühren des Dimmers stärker wird, liegt es am Drehdimmer im Fuß der Lampe. Das ist ein bekanntes Problem bei einer Charge dieses Modells, und es tut mir leid, dass Sie damit Ärger haben.

Ich schicke Ihnen kostenlos ein neues Dimmermodul für Ihre Bestellung 304-7720195-1186344:
- Teil: Dimmermodul DM-230 für Stehlampe „Orla", inkl. Anschlussklemmen
- Versand: DHL, Sendungsnummer 00340 43419 90376 2248
- Zustellung voraussichtlich Donnerstag, 19. November

Der Tausch dauert etwa 10 Minuten und braucht nur einen Kreuzschlitzschraubendreher:
1. Stecker ziehen!
2. Die vier Schrauben an der Unterseite des Fußes lösen und die Bodenplatte abnehmen.
3. Die beiden Klemmen am alten Dimmer öffnen, Drähte herausziehen, Dimmer aus der Halterung drücken.
4. Neuen Dimmer einsetzen, Drähte wieder anklemmen (Farbe egal), Bodenplatte verschrauben.

Wenn Sie sich den Umbau nicht zutrauen, können Sie die Lampe stattdessen auch kostenlos über Amazon zurückschicken und bekommen den vollen Kaufpreis von 129,00 € erstattet. Sagen Sie mir einfach Bescheid.

Und noch eine Bitte: Wenn Sie uns nach dem Tausch eine Bewertung auf Amazon schreiben, erstatten wir Ihnen als Dankeschön 10 € auf die Bestellung.

Viele Grüße
Stefan Krüger
Lumenhaus Leuchten Kundendienst""",
    trail=[
        dict(who="Amazon-Käufer, 15.11.2026 um 17:22", date="",
             text="""Mit anderer Birne genauso. Wenn ich am Dimmer dreh wird's schlimmer. Video: https://streamable.com/q8r2kx
Ehrlich gesagt hatte ich schon eine 1-Stern-Bewertung angefangen."""),
        dict(who="Stefan Krüger (Lumenhaus), 15.11.2026 um 09:14", date="",
             text="""Hallo Herr Lorenz,

das tut mir leid. Könnten Sie testen, ob das Flackern auch mit einer anderen LED-Birne (E27, dimmbar) auftritt? Dann kann ich eingrenzen, ob es an der Birne oder an der Lampe liegt.

Viele Grüße
Stefan Krüger"""),
        dict(who="Amazon-Käufer, 14.11.2026 um 20:48", date="",
             text="Die Lampe flackert ständig, auch ganz hell."),
    ])

add(lang="de", client="zendesk", frm="Papierlager Kaufmann <buchhaltung@papierlager-kaufmann.de>",
    to="l0gwn4rb7cxv2ye@marketplace.amazon.de", subj="AW: Rechnung mit Firmenanschrift – 302-9945180-6637201 [#40188]",
    order="302-9945180-6637201", expect="legit", rules=[], classes=["invoice", "vat", "declines_coupon"],
    note="Korrigierte Rechnung mit Firmenanschrift und USt-IdNr. wird über Amazon bereitgestellt; die zitierte Frage nach Rabattcode und Newsletter wird höflich abgelehnt.",
    top="""Sehr geehrter Herr Wolff,

vielen Dank für die Angaben. Ich habe die Rechnung zu Ihrer Bestellung 302-9945180-6637201 storniert und eine korrigierte Rechnung erstellt, die jetzt in Ihrem Amazon-Konto hinterlegt ist.

Die neue Rechnung enthält:
- Rechnungsempfänger: Wolff Steuerberatung PartG mbB, Lindenallee 18, 50968 Köln
- Ihre USt-IdNr.: DE 294 118 736
- Rechnungsnummer: PK-2026-0417731 (ersetzt PK-2026-0415903)
- 6 x Kopierpapier A4, 80 g/m², 2.500 Blatt (Karton) à 21,76 € netto
- Netto 130,56 €, USt. 19 % 24,81 €, Gesamt 155,37 €

Sie finden sie unter „Meine Bestellungen" > „Rechnung". Falls Amazon noch die alte Version anzeigt, warten Sie bitte ein bis zwei Stunden; die Aktualisierung dauert manchmal etwas.

Eine Stornorechnung zur alten Rechnungsnummer habe ich ebenfalls hochgeladen, damit Ihre Buchhaltung beide Belege sauber zuordnen kann.

Zu Ihrer Frage nach einem Rabattcode oder Newsletter: Über das Amazon-Nachrichtensystem dürfen wir keine Werbung oder Gutscheine verschicken. Staffelpreise sehen Sie direkt im Angebot auf Amazon ab 10 Kartons.

Mit freundlichen Grüßen
Sabine Kaufmann
Buchhaltung / Kundenservice

Papierlager Kaufmann e.K. · Inh. Sabine Kaufmann · Gewerbering 9 · 41542 Dormagen
Amtsgericht Neuss HRA 4417 · USt-IdNr. DE 812 556 031""",
    trail=[
        dict(who="Markus Wolff", date="11. Nov. 2026, 16:30 MEZ",
             text="""Wolff Steuerberatung PartG mbB, Lindenallee 18, 50968 Köln, USt-IdNr. DE 294 118 736. Gerne auch direkt an rechnung@wolff-stb-koeln.de.

Gibt es bei Ihnen eigentlich einen Newsletter oder Rabattcode für Stammkunden? Wir bestellen monatlich."""),
        dict(who="Sabine Kaufmann (Papierlager Kaufmann)", date="11. Nov. 2026, 09:05 MEZ",
             text="""Sehr geehrter Herr Wolff,

gern stellen wir die Rechnung neu aus. Bitte nennen Sie mir die vollständige Firmierung, Anschrift und USt-IdNr.

Mit freundlichen Grüßen
Sabine Kaufmann"""),
        dict(who="Markus Wolff", date="10. Nov. 2026, 17:48 MEZ",
             text="Bitte Rechnung auf die Firma ausstellen, nicht auf mich privat."),
    ])

add(lang="de", client="gmail", frm="Glaswerk Karaffen & Co. <service@glaswerk-karaffen.de>",
    to="j5mtq0hw2pyk8ab@marketplace.amazon.de", subj="Re: Karaffe mit Kratzer – Bestellung 305-0381627-4459108",
    order="305-0381627-4459108", expect="legit", rules=[], classes=["partial_refund", "quoted_angry_review", "apology"],
    note="Teilerstattung über Amazon für eine zerkratzte Karaffe mit Pflegehinweisen; die zitierte Drohung mit einer schlechten Bewertung wird neutral und ohne Einflussnahme beantwortet.",
    top="""Guten Abend Herr Hoffmann,

danke für Ihre offene Rückmeldung und die Fotos – Sie haben recht, der Kratzer am Hals der Karaffe ist deutlich zu sehen und hätte unsere Qualitätskontrolle nicht passieren dürfen. Dafür entschuldige ich mich.

Da Sie die Karaffe behalten möchten, habe ich Ihnen für die Bestellung 305-0381627-4459108 eine Teilerstattung von 20,00 € veranlasst (Kaufpreis 54,90 €). Sie sehen die Erstattung in Ihrem Amazon-Konto unter den Bestelldetails; auf Ihrem Konto sollte sie innerhalb von 3–5 Werktagen ankommen.

Falls Sie es sich noch anders überlegen: Sie können die Karaffe bis zum 12. Dezember auch vollständig über „Meine Bestellungen" zurückschicken. Die Teilerstattung wird dann einfach mit der vollen Erstattung verrechnet.

Ein paar Hinweise zur Pflege, damit keine weiteren Spuren entstehen:
- Bitte nicht in die Spülmaschine, das mundgeblasene Glas wird dort schnell matt.
- Zum Reinigen des Bodens eignen sich Reinigungsperlen aus Edelstahl oder ein Teelöffel Reis mit etwas warmem Wasser und Spülmittel – kräftig schwenken.
- Keine Flaschenbürsten mit Drahtkern verwenden.

Ihre Bewertung ist selbstverständlich ganz Ihre Entscheidung; schreiben Sie gern, wie Sie es erlebt haben.

Mit freundlichen Grüßen
Clara Neumann
Glaswerk Karaffen & Co. – Kundenservice

Glaswerk Karaffen & Co. GmbH · Hüttenweg 3 · 94258 Frauenau
Amtsgericht Deggendorf HRB 4471 · Geschäftsführer: Tobias Glas""",
    trail=[
        dict(who="Ralf Hoffmann", addr="j5mtq0hw2pyk8ab@marketplace.amazon.de", date="Mo., 16. Nov. 2026 um 18:20",
             text="""Ich will sie eigentlich behalten, war ein Geschenk von meiner Frau. Aber der Kratzer ärgert mich. Für 55 Euro! Ehrlich, wenn da nichts kommt, gibt's von mir einen Stern. Bilder: https://imgur.com/gallery/Lp4QwX9"""),
        dict(who="Clara Neumann (Glaswerk)", addr="service@glaswerk-karaffen.de", date="Mo., 16. Nov. 2026 um 11:45",
             text="""Guten Tag Herr Hoffmann,

das tut mir sehr leid. Möchten Sie die Karaffe lieber kostenlos zurückschicken, oder behalten und eine Teilerstattung erhalten?

Mit freundlichen Grüßen
Clara Neumann"""),
        dict(who="Ralf Hoffmann", addr="j5mtq0hw2pyk8ab@marketplace.amazon.de", date="So., 15. Nov. 2026 um 20:11",
             text="Die Karaffe hat einen Kratzer am Hals."),
    ])

add(lang="de", client="outlook", frm="Sportkontor Nord <service@sportkontor-nord.de>",
    to="q9rkd2va6mly0cs@marketplace.amazon.de", subj="AW: Trinkrucksack undicht – 303-5528416-0072935",
    order="303-5528416-0072935", expect="violation", rules=["contact.email_address", "contact.off_platform"],
    classes=["defect", "email_address"],
    note="Sachliche Fehleranalyse einer undichten Trinkblase mit Ersatzangebot, aber der Agent bittet, weitere Fotos an eine eigene E-Mail-Adresse zu schicken statt über Amazon.",
    top="""Hallo Frau Yilmaz,

danke für Ihre Beschreibung. Dass die Tropfen an der Unterseite des Rucksacks auftauchen, obwohl der Schraubdeckel fest zu ist, spricht für einen Riss in der Schweißnaht der Trinkblase – nicht für den Deckel oder das Mundstück.

Zum Überprüfen:
1. Blase aus dem Rucksack nehmen, randvoll mit Wasser füllen und zuschrauben.
2. Flach auf ein trockenes Küchentuch legen und mit der Hand leicht auf die Mitte drücken.
3. Nasse Stellen am Rand zeigen einen Nahtriss; nasse Stellen am Schlauchanschluss bedeuten, dass der O-Ring nicht richtig sitzt.

Liegt es am O-Ring, können Sie ihn einfach herausnehmen, anfeuchten und wieder einsetzen – das löst das Problem meist. Ist die Naht gerissen, schicken wir Ihnen für Bestellung 303-5528416-0072935 kostenlos eine neue 2-Liter-Trinkblase. Der Rucksack selbst ist nicht betroffen, Sie können ihn behalten.

Wenn es ein Nahtriss ist, schicken Sie die Fotos am besten direkt an reklamation@sportkontor-nord.de, dann kann unsere Werkstatt den Ersatz schneller freigeben.

Die neue Blase ginge mit DHL raus und wäre in 1–2 Werktagen bei Ihnen.

Sportliche Grüße
Henrik Jansen
Sportkontor Nord Kundenservice""",
    trail=[
        dict(who="Amazon-Käuferin Derya Yilmaz", addr="q9rkd2va6mly0cs@marketplace.amazon.de", date="Sonntag, 15. November 2026 19:40",
             to="Sportkontor Nord", subj="AW: Trinkrucksack undicht – 303-5528416-0072935",
             text="""Deckel ist fest zu, richtig eingeschraubt. Trotzdem ist der Rücken nach 20 Minuten Laufen nass. Ich laufe am 29. einen Trail und brauche das Ding. Bilder auf Dropbox: https://www.dropbox.com/s/k2mQx7vR4pL/rucksack.jpg"""),
        dict(who="Henrik Jansen", addr="service@sportkontor-nord.de", date="Sonntag, 15. November 2026 10:12",
             to="Derya Yilmaz", subj="AW: Trinkrucksack undicht – 303-5528416-0072935",
             text="""Hallo Frau Yilmaz,

das tut mir leid. Ist der Schraubdeckel der Trinkblase ganz fest zugedreht, und wo genau tritt das Wasser aus?

Viele Grüße
Henrik Jansen"""),
        dict(who="Amazon-Käuferin Derya Yilmaz", addr="q9rkd2va6mly0cs@marketplace.amazon.de", date="Samstag, 14. November 2026 21:30",
             to="Sportkontor Nord", subj="Trinkrucksack undicht – 303-5528416-0072935",
             text="Der Trinkrucksack ist undicht."),
    ])

add(lang="de", client="helpscout", frm="Klangraum Audio <support@klangraum-audio.de>",
    to="k4xsp7fn1zbh9wg@marketplace.amazon.de", subj="Re: Rückgabe In-Ear-Kopfhörer – 306-8814027-3350961",
    order="306-8814027-3350961", expect="legit", rules=[], classes=["refusal", "hygiene_item", "alternative_solution"],
    note="Agentin lehnt die Rücknahme geöffneter In-Ear-Kopfhörer aus Hygienegründen höflich ab, nennt die Widerrufsregel und bietet Passform-Hilfe mit weiteren Aufsätzen an.",
    top="""Hallo Herr Baumann,

vielen Dank für Ihre Geduld und die ausführliche Schilderung. Ich verstehe gut, dass Sie mit dem Sitz der Kopfhörer nicht zufrieden sind.

Leider kann ich die Rücksendung in diesem Fall nicht wie gewünscht als normale Rückgabe annehmen. Bei In-Ear-Kopfhörern ist die Hygieneversiegelung Teil des Angebots; laut Ihrer Nachricht wurde sie geöffnet und die Kopfhörer wurden mehrere Tage getragen. Bei versiegelten Waren, die aus Gesundheits- oder Hygienegründen nicht zur Rückgabe geeignet sind, entfällt das Widerrufsrecht nach dem Öffnen – so steht es auch in der Artikelbeschreibung zu Bestellung 306-8814027-3350961. Das betrifft nicht Mängel: Sollte ein technischer Defekt auftreten, gilt selbstverständlich die Gewährleistung.

Ich möchte Sie trotzdem nicht mit einem schlechten Sitz allein lassen. Was in den meisten Fällen hilft:

- Im Karton liegen Aufsätze in XS, S, M und L; ab Werk ist M montiert. Wenn die Stöpsel herausrutschen, ist meistens eine Größe größer richtig – oft passen links und rechts unterschiedliche Größen.
- Die Kopfhörer werden leicht nach hinten gedreht eingesetzt, sodass der kleine Flügel in der Ohrmuschel einrastet.
- Ich schicke Ihnen kostenlos ein Set Memory-Foam-Aufsätze (S/M/L) per Deutsche Post Warensendung; die sitzen bei vielen Kunden deutlich fester. Lieferzeit 2–4 Werktage.

Wenn Sie die Aufsätze ausprobiert haben und es trotzdem nicht passt, melden Sie sich gern noch einmal hier.

Freundliche Grüße
Annika Sommer
Klangraum Audio Kundenservice

Klangraum Audio GmbH · Rheinuferstraße 60 · 55116 Mainz
Amtsgericht Mainz HRB 51834 · Geschäftsführer: Philipp Kern""",
    trail=[
        dict(who="Felix Baumann", date="16. Nov. 2026, 22:05",
             text="""Ja, hab die Folie aufgemacht, wie soll ich sonst testen ob die passen?! Hab sie eine Woche getragen, fallen beim Joggen dauernd raus. Ich will mein Geld zurück. Sonst gibt's halt eine entsprechende Bewertung und ich schreib auch auf Insta was dazu."""),
        dict(who="Annika Sommer", date="16. Nov. 2026, 10:30",
             text="""Hallo Herr Baumann,

danke für Ihre Nachricht. Damit ich die Rücksendung prüfen kann: Wurde die Hygieneversiegelung geöffnet, und haben Sie die Kopfhörer bereits benutzt?

Freundliche Grüße
Annika Sommer"""),
        dict(who="Felix Baumann", date="15. Nov. 2026, 18:42",
             text="Will die Kopfhörer zurückgeben, die sitzen nicht."),
    ])

add(lang="de", client="edesk", frm="Gartenfreund Ersatzteile <service@gartenfreund-ersatzteile.de>",
    to="h8vcj3qt6rnw1xd@marketplace.amazon.de", subj="Re: Ersatzmesser Rasenmäher – Bestellung 028-6643019-2218457",
    order="028-6643019-2218457", expect="legit", rules=[], classes=["spare_part", "delivery_window", "compatibility"],
    note="Agent klärt die Kompatibilität eines Ersatzmessers, nennt Lieferfenster und Sendungsnummer und gibt Montagehinweise; im Zitat steht eine Telefonnummer.",
    top="""Guten Tag Frau Krause,

danke für das Foto vom Typenschild – damit ist es eindeutig. Ihr Mäher ist ein Terrano TR 46 SP aus dem Baujahr 2021 (Seriennr. beginnt mit 21-), und dafür ist das bestellte Messer 46 cm mit der Aufnahme „Stern" genau richtig. Die ältere Ausführung bis 2019 hatte eine Sechskantaufnahme – die hätte nicht gepasst.

Zum Stand Ihrer Bestellung 028-6643019-2218457:
- Das Messer war kurzzeitig nicht am Lager, ist aber heute Mittag vom Hersteller eingetroffen.
- Versand heute noch mit DPD, Paketnummer 0150 3382 6617 04.
- Lieferfenster laut DPD: Freitag, 20. November, 9:00–18:00 Uhr. Am Vortag bekommen Sie von Amazon die Zustellbenachrichtigung.

Hinweise zur Montage:
1. Zündkerzenstecker abziehen, bevor Sie unter das Mähdeck greifen.
2. Mäher auf die Seite kippen – Luftfilter nach oben, damit kein Öl in den Filter läuft.
3. Messer mit einem Holzklotz blockieren und die Mittelschraube (SW 16) gegen den Uhrzeigersinn lösen.
4. Neues Messer so einsetzen, dass die aufgebogenen Flügel zum Motor zeigen.
5. Mittelschraube mit 50 Nm anziehen. Wenn Sie keinen Drehmomentschlüssel haben: fest, aber nicht mit Verlängerung.

Die alte Schraube können Sie weiterverwenden, wenn das Gewinde sauber ist; eine neue liegt aber bei.

Mit freundlichen Grüßen
Holger Pietsch
Gartenfreund Ersatzteile

Gartenfreund Ersatzteile GmbH · Mühlenweg 5 · 49377 Vechta
Amtsgericht Oldenburg HRB 210553 · USt-IdNr. DE 301 774 209""",
    trail=[
        dict(who="Amazon-Käuferin, 16.11.2026 um 13:15", date="",
             text="""Foto vom Schild ist angehängt. Wann kommt das Messer denn jetzt? Wollte den Rasen vorm Winter noch einmal mähen. Im Notfall erreichen Sie mich unter 04441 / 92 38 17."""),
        dict(who="Holger Pietsch (Gartenfreund), 16.11.2026 um 08:40", date="",
             text="""Guten Tag Frau Krause,

damit wir sicher sind, dass das Messer passt: Könnten Sie ein Foto vom Typenschild am Mäher schicken (meist hinten am Gehäuse)?

Mit freundlichen Grüßen
Holger Pietsch"""),
        dict(who="Amazon-Käuferin, 15.11.2026 um 19:02", date="",
             text="Passt das Messer sicher auf meinen Terrano? Und wann wird es versendet?"),
    ])

add(lang="de", client="freshdesk", html=True, frm="Wollstube Handarbeit <service@wollstube-handarbeit.de>",
    to="z2mfr8kc4wtq6nu@marketplace.amazon.de", subj="Re: Falsche Farbpartie geliefert [Ticket #9184] – 304-3390572-8816640",
    order="304-3390572-8816640", expect="legit", rules=[], classes=["wrong_item", "dye_lot", "replacement"],
    note="Agentin erklärt das Problem unterschiedlicher Farbpartien bei Wolle, schickt passende Knäuel mit Sendungsnummer und erklärt die Rücksendung; keine Bewertungsbitte.",
    top="""Liebe Frau Hartmann,

vielen Dank für die Fotos der Banderolen – Sie haben völlig recht: Vier Knäuel tragen die Partienummer 2241, zwei die Partie 2287. Bei Handgefärbtem sind die Unterschiede zwischen zwei Partien leider oft sichtbar, gerade bei einem Pullover, bei dem Vorder- und Rückenteil nebeneinander liegen. Dass wir Ihnen gemischte Partien geschickt haben, war unser Fehler, und es tut mir leid.

Ich habe sofort im Lager nachsehen lassen: Von Partie 2241 sind noch acht Knäuel vorrätig. Für Ihre Bestellung 304-3390572-8816640 habe ich Folgendes veranlasst:

- Zwei Knäuel „Merino Soft, Farbe Moos" aus Partie 2241 gehen heute kostenlos an Sie raus.
- Versand mit Deutsche Post/DHL, Sendungsnummer 00340 43419 71128 5530, Zustellung voraussichtlich Donnerstag, 19. November.
- Die beiden Knäuel aus Partie 2287 können Sie gern behalten – zum Beispiel für Bündchen oder eine passende Mütze, wo der Farbunterschied kaum auffällt. Zurückschicken müssen Sie nichts.

Ein Tipp für das Strickstück: Wenn Sie mit zwei Partien arbeiten müssen, hilft es, im Wechsel aus beiden Knäueln je zwei Reihen zu stricken. Dann verläuft der Unterschied gleichmäßig, statt als Kante sichtbar zu werden.

Falls noch etwas ist, schreiben Sie mir einfach hier.

Herzliche Grüße
Gesa Thomsen
Wollstube Handarbeit

Wollstube Handarbeit GmbH · Deichstraße 14 · 25813 Husum
Amtsgericht Flensburg HRB 11287 FL · Geschäftsführerin: Gesa Thomsen""",
    trail=[
        dict(who="Ingrid Hartmann", addr="z2mfr8kc4wtq6nu@marketplace.amazon.de", date="Di., 17. Nov. 2026 um 09:22",
             text="""Banderolen fotografiert: https://ibb.co/album/Wq8Z3k – 4 x 2241, 2 x 2287. Man sieht es deutlich, das 2287 ist dunkler. Ich hab schon 20 cm vom Rücken gestrickt. Bitte schnell, ist ein Weihnachtsgeschenk für meinen Enkel!"""),
        dict(who="Gesa Thomsen (Wollstube)", addr="service@wollstube-handarbeit.de", date="Mo., 16. Nov. 2026 um 16:05",
             text="""Liebe Frau Hartmann,

das tut mir leid. Könnten Sie mir die Partienummern auf den Banderolen aller Knäuel nennen oder fotografieren? Dann schaue ich sofort, was wir noch vorrätig haben.

Herzliche Grüße
Gesa Thomsen"""),
        dict(who="Ingrid Hartmann", addr="z2mfr8kc4wtq6nu@marketplace.amazon.de", date="Mo., 16. Nov. 2026 um 11:40",
             text="Zwei Knäuel haben eine andere Farbe als die anderen vier."),
    ])

add(lang="de", client="zendesk", frm="Laufwerk Sportschuhe <kundenservice@laufwerk-schuhe.de>",
    to="x7nbq1gd5vmr9ho@marketplace.amazon.de", subj="AW: Laufschuhe eine Nummer zu klein – 302-4475180-9902316 [#55731]",
    order="302-4475180-9902316", expect="legit", rules=[], classes=["exchange", "size_advice", "return_label"],
    note="Agent erklärt den Umtausch von Laufschuhen über Amazon mit Größenberatung anhand der Fußlänge; im Zitat fragt der Käufer nach Instagram und Rabattcode.",
    top="""Hallo Herr Schulte,

danke für die Fußlänge – 27,4 cm links und 27,7 cm rechts sind eine sehr hilfreiche Angabe.

Der „Strada Tempo" fällt laut unseren Messungen etwa eine halbe Nummer kleiner aus als die meisten Laufschuhe. Die Innenlänge der Größen:
- 43: 27,6 cm
- 44: 28,2 cm
- 44,5: 28,6 cm
- 45: 29,0 cm

Für Laufschuhe empfehlen wir vor dem längeren Fuß etwa 0,8–1,2 cm Platz, weil der Fuß beim Laufen nach vorne rutscht und anschwillt. Bei 27,7 cm passt deshalb 44,5 am besten; die 44 wäre grenzwertig, die bestellte 43 ist definitiv zu klein.

So geht der Umtausch bei Ihrer Bestellung 302-4475180-9902316:
1. Unter „Meine Bestellungen" > „Artikel zurücksenden" als Grund „Artikel zu klein" wählen – dann ist die Rücksendung kostenlos.
2. Das Hermes-Etikett ausdrucken oder den QR-Code im Paketshop vorzeigen.
3. Die 44,5 bitte separat bestellen – sie ist in Schwarz/Neongelb vorrätig und wäre bei Bestellung bis 14 Uhr am nächsten Werktag bei Ihnen.

Die Erstattung für die 43 (139,95 €) erfolgt, sobald der Paketshop die Sendung scannt.

Zu Ihrer Frage nach Instagram und Rabattcodes: Über Amazon dürfen wir weder auf andere Kanäle verweisen noch Rabatte verschicken – ich hoffe, Sie haben dafür Verständnis.

Sportliche Grüße
Marco Feldmann
Laufwerk Sportschuhe Kundenservice

Laufwerk Sportschuhe GmbH · Am Sportpark 2 · 33100 Paderborn
Amtsgericht Paderborn HRB 13308 · USt-IdNr. DE 319 228 604""",
    trail=[
        dict(who="Tobias Schulte", date="17. Nov. 2026, 07:14 MEZ",
             text="""Links 27,4, rechts 27,7 cm. Welche Größe brauche ich dann? Habt ihr eigentlich einen Insta-Account oder einen Rabattcode? Hab @laufwerk gesucht aber nix gefunden."""),
        dict(who="Marco Feldmann (Laufwerk Sportschuhe)", date="16. Nov. 2026, 15:30 MEZ",
             text="""Hallo Herr Schulte,

das lässt sich lösen. Könnten Sie einmal beide Füße abends messen (Ferse an die Wand, längster Zeh)? Dann kann ich Ihnen die richtige Größe empfehlen.

Sportliche Grüße
Marco Feldmann"""),
        dict(who="Tobias Schulte", date="16. Nov. 2026, 09:02 MEZ",
             text="Schuhe drücken vorne, brauche eine Nummer größer."),
    ])

add(lang="de", client="gmail", frm="Backstube Profi <service@backstube-profi.de>",
    to="c3wpf9ya0tkm5rb@marketplace.amazon.de", subj="Re: Springform verbogen – Bestellung 303-8826014-5573190",
    order="303-8826014-5573190", expect="violation", rules=["feedback.removal_request"],
    classes=["replacement", "feedback_removal"],
    note="Ersatz für eine verbogene Springform mit Sendungsnummer, aber die Agentin bittet den Käufer, seine negative Verkäuferbewertung zu entfernen.",
    top="""Guten Tag Frau Winkler,

vielen Dank für Ihre Nachricht und die Fotos von der Springform. Der Rand ist am Verschluss tatsächlich eingedrückt, sodass der Boden nicht mehr dicht einrastet – da läuft flüssiger Teig natürlich aus. Das ist vermutlich beim Transport passiert, weil der Karton an der Ecke eingedrückt war. Das tut mir leid.

Für Ihre Bestellung 303-8826014-5573190 habe ich Ihnen heute kostenlos eine neue Springform (26 cm, antihaftbeschichtet, mit Glasboden) geschickt:
- Versand mit DHL, Sendungsnummer 00340 43419 55862 1174
- Zustellung voraussichtlich Freitag, 20. November
- Diesmal zusätzlich mit Eckschutz und Luftpolsterfolie verpackt

Die beschädigte Form müssen Sie nicht zurückschicken; Sie können sie im Metallmüll entsorgen.

Tipp für den Käsekuchen am Wochenende: Den Boden vor dem Einsetzen mit Backpapier belegen und den Ring darüber schließen – das Papier ragt dann leicht heraus, dichtet zusätzlich ab und der Kuchen lässt sich leichter lösen.

Da wir das Problem nun gelöst haben, möchte ich Sie bitten, Ihre negative Verkäuferbewertung zu entfernen. Das geht unter „Meine Bestellungen" > „Verkäuferbewertung entfernen".

Mit freundlichen Grüßen
Hanna Lehmann
Backstube Profi Kundenservice""",
    trail=[
        dict(who="Petra Winkler", addr="c3wpf9ya0tkm5rb@marketplace.amazon.de", date="Di., 17. Nov. 2026 um 12:05",
             text="""Foto vom Verschluss: https://imgbox.com/g/Rk8pQ2xW
Der ganze Teig lief in den Ofen, die Küche hat gestunken. Ich habe Ihnen deshalb eine negative Bewertung als Verkäufer gegeben, das muss so nicht sein. Ich brauche die Form am Samstag für den Geburtstag meiner Mutter."""),
        dict(who="Hanna Lehmann (Backstube Profi)", addr="service@backstube-profi.de", date="Di., 17. Nov. 2026 um 08:50",
             text="""Guten Tag Frau Winkler,

das tut mir leid. Könnten Sie ein Foto vom Verschluss und vom Rand schicken? Dann sehe ich, ob die Form beschädigt ist.

Mit freundlichen Grüßen
Hanna Lehmann"""),
        dict(who="Petra Winkler", addr="c3wpf9ya0tkm5rb@marketplace.amazon.de", date="Mo., 16. Nov. 2026 um 19:33",
             text="Die Springform ist undicht, alles ausgelaufen."),
    ])

add(lang="de", client="outlook", frm="Akkuwelt Technik <service@akkuwelt-technik.de>",
    to="r1kza6xn3vfp8ei@marketplace.amazon.de", subj="AW: Powerbank wird heiß – Bestellung 306-1149273-6628015",
    order="306-1149273-6628015", expect="legit", rules=[], classes=["safety", "return", "return_address", "refund"],
    note="Sicherheitshinweis und sofortige Erstattung für eine heiß werdende Powerbank mit Entsorgungs- bzw. Rücksendehinweisen samt Gefahrgut-Adresse; im Zitat stehen E-Mail und WhatsApp-Wunsch.",
    top="""Sehr geehrter Herr Demir,

vielen Dank für Ihre schnelle Rückmeldung. Bitte benutzen Sie die Powerbank ab sofort nicht mehr und laden Sie sie auch nicht mehr auf. Eine Powerbank, die beim Laden so heiß wird, dass man sie nicht mehr anfassen kann, und sich leicht aufwölbt, hat sehr wahrscheinlich eine beschädigte Lithium-Zelle.

Was Sie jetzt tun sollten:
1. Die Powerbank an einem kühlen, nicht brennbaren Ort lagern, z. B. auf einem Fliesenboden oder in einer Metalldose, nicht in der Nähe von Papier oder Textilien.
2. Nicht einstechen, nicht zusammendrücken, nicht in den Hausmüll werfen.

Ich habe Ihnen für die Bestellung 306-1149273-6628015 bereits den vollen Kaufpreis von 39,99 € über Amazon erstattet. Sie müssen dafür nicht auf eine Rücksendung warten.

Eine aufgeblähte Powerbank darf nicht als normales Paket verschickt werden. Sie haben zwei Möglichkeiten:
- Am einfachsten: Abgabe an einer Sammelstelle für Altbatterien (Wertstoffhof oder Sammelbox im Elektromarkt). Das ist kostenlos.
- Falls Sie sie uns zur Untersuchung schicken möchten, lasse ich Ihnen hier ein Gefahrgut-Etikett von GO! Express hochladen. Die Abholung erfolgt dann bei Ihnen zu Hause. Empfänger ist: Akkuwelt Technik GmbH, Gefahrgutannahme, Otto-Hahn-Straße 27, 63303 Dreieich.

Ihren Wunsch, das per WhatsApp oder E-Mail zu klären, kann ich leider nicht erfüllen – zu Amazon-Bestellungen kommunizieren wir ausschließlich hier. Ich bleibe aber für Sie erreichbar.

Mit freundlichen Grüßen

Oliver Schmitt
Kundenservice / Produktsicherheit
Akkuwelt Technik GmbH · Otto-Hahn-Straße 27 · 63303 Dreieich
Amtsgericht Offenbach HRB 48812 · Geschäftsführer: Dr. Kai Reuter""",
    trail=[
        dict(who="Amazon-Käufer Serkan Demir", addr="r1kza6xn3vfp8ei@marketplace.amazon.de", date="Mittwoch, 18. November 2026 07:48",
             to="Akkuwelt Technik", subj="AW: Powerbank wird heiß – Bestellung 306-1149273-6628015",
             text="""Ja, wird richtig heiß, kann man kaum anfassen, und sie wölbt sich ein bisschen auf der Seite. Bild: https://ibb.co/nMx4RtB
Können wir das über WhatsApp machen? 0157 3319 2480. Oder schreiben Sie an serkan.demir@t-online.de"""),
        dict(who="Oliver Schmitt", addr="service@akkuwelt-technik.de", date="Dienstag, 17. November 2026 16:22",
             to="Serkan Demir", subj="AW: Powerbank wird heiß – Bestellung 306-1149273-6628015",
             text="""Sehr geehrter Herr Demir,

danke für Ihre Nachricht. Wie heiß wird die Powerbank genau, und sehen Sie eine Verformung des Gehäuses?

Mit freundlichen Grüßen
Oliver Schmitt"""),
        dict(who="Amazon-Käufer Serkan Demir", addr="r1kza6xn3vfp8ei@marketplace.amazon.de", date="Dienstag, 17. November 2026 10:05",
             to="Akkuwelt Technik", subj="Powerbank wird heiß – Bestellung 306-1149273-6628015",
             text="Die Powerbank wird beim Laden sehr warm."),
    ])


# ---------------------------------------------------------------- build
SENT_DAY = [7, 10, 11, 14, 11, 14, 15, 15, 12, 13, 12, 14, 16, 17, 16,
            10, 11, 13, 16, 16, 16, 12, 17, 16, 17, 17, 17, 17, 18, 18]
def build():
    labels = []
    for i, m in enumerate(M, 1):
        mid = f"w144-{i:04d}"
        trail_str, head = trail_text(m["client"], m["lang"], m["trail"])
        body = m["top"].rstrip() + "\n\n"
        if head:
            body = head + "\n\n" + body
        body += trail_str.rstrip() + "\n"
        msg = EmailMessage(policy=policy.SMTP)
        msg["From"] = m["frm"]
        msg["To"] = m["to"]
        msg["Subject"] = m["subj"]
        day = SENT_DAY[i - 1]
        d = datetime(2026, 11, day, 9 + (i * 5) % 8, (i * 13) % 60, tzinfo=timezone(timedelta(hours=1)))
        msg["Date"] = format_datetime(d)
        dom = m["frm"].split("@")[1].rstrip(">")
        msg["Message-ID"] = make_msgid(idstring=f"w144.{i}", domain=dom)
        msg["MIME-Version"] = "1.0"
        cte = "quoted-printable"
        msg.set_content(body, charset="utf-8", cte=cte)
        if m.get("html"):
            h = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n"
                 + paras_html(m["top"]) + "\n<br>\n" + trail_html(m["lang"], m["trail"])
                 + "</body></html>\n")
            msg.add_alternative(h, subtype="html", charset="utf-8", cte=cte)
        fn = f"messages/{mid}.eml"
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(msg.as_bytes())
        labels.append({"id": mid, "file": fn, "lang": m["lang"], "client": m["client"], "kind": "reply",
                       "split": "dev", "expect": m["expect"], "rules": m["rules"],
                       "classes": m["classes"], "note": m["note"]})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    return labels

if __name__ == "__main__":
    ls = build()
    print(len(ls), sum(l["expect"] == "legit" for l in ls), sum(l["expect"] == "violation" for l in ls))
