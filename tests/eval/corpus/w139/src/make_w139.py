#!/usr/bin/env python3
"""Generate the w139 messages (busy helpdesk agents replying to upset buyers)."""
import json, os, random
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from email import policy

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(139)

def alias():
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))

M = []
def add(**kw):
    M.append(kw)

# ---------------------------------------------------------------- 1 legit, zendesk, late parcel
add(client="zendesk", kind="reply", expect="legit", rules=[], classes=["late_parcel", "quoted_thread", "signature_legal"],
    note="Agent explains a Royal Mail delay, gives the tracking status and promises a replacement or refund through Amazon if it has not arrived by Friday.",
    frm=("Harbourline Home Support", "support@harbourlinehome.co.uk"), tld="co.uk",
    subject="Re: Where is my order? (Order: 204-6613870-2249135)",
    date="Tue, 03 Nov 2026 09:14:52 +0000",
    text="""Hi Margaret,

Thanks for getting back to us and sorry for the wait on this one, we've had a very busy week.

I've checked order 204-6613870-2249135 (2x Linen Blend Cushion Covers, Sage, 45x45cm). Royal Mail collected it from us on 27 October and the last scan is "Held at delivery office - Swindon Mail Centre" on 30 October. Nothing since, which isn't normal.

I've raised a trace with Royal Mail this morning. If it hasn't turned up by Friday 6 November, just reply here and I'll either send a replacement out by Tracked 24 or refund you in full through Amazon, whichever you prefer - no need to send anything back.

Really sorry for the hassle.

Kind regards,
Dan
Harbourline Home | Customer Care
Ticket #58214

This message and any attachments are confidential and intended only for the named recipient. Harbourline Home Ltd, registered in England and Wales no. 11483920.

--------------------------------------------------
On Mon, 2 Nov 2026 at 21:47, Margaret wrote:
> Ordered these over a week ago and they still haven't come. Tracking
> hasn't moved since Friday. This is not good enough, I needed them for
> the weekend. If they don't come I want my money back.
""")

# ---------------------------------------------------------------- 2 legit, helpscout, wrong size
add(client="helpscout", kind="reply", expect="legit", rules=[], classes=["wrong_size", "return_via_amazon", "sizing_advice"],
    note="Agent explains how to return the too-small jacket through Amazon's Returns Centre and which size to reorder based on the chest measurement.",
    frm=("Fellrunner Outdoor", "care@fellrunneroutdoor.com"), tld="com",
    subject="Re: Jacket way too small (Order: 113-4402918-7730152)",
    date="Wed, 04 Nov 2026 15:02:10 -0500",
    text="""Hi Jordan,

Sorry the Ridgeway softshell came up small on you. Our sizes do run a bit slim across the chest.

For order 113-4402918-7730152 you can return the Medium free of charge through Your Orders > Return or replace items. Pick "Item too small" and Amazon will give you a prepaid UPS label. Once the return is scanned the refund goes back to your original payment method.

From the 42in chest measurement you gave me, I'd go for the XL rather than the L - the L is 41.5in across the chest lying flat x2, so it would still be snug with a fleece underneath.

If you have any other questions about the fit just send them here.

Best,
Priya
Fellrunner Outdoor Customer Support

> I ordered a medium like I always do and I can barely zip it up. Really
> annoyed, this was supposed to be a birthday present. What size should
> I get instead and how do I send it back?
""")

# ---------------------------------------------------------------- 3 VIOLATION, gorgias, phone number in signature / call us
add(client="gorgias", kind="reply", expect="violation", rules=["contact.phone_number", "contact.off_platform"],
    classes=["damaged_item", "phone_call_request", "html_alternative"],
    note="Damaged lamp reply where the agent gives in to the buyer's call request and writes 'give us a ring on 0161 496 0732', moving the conversation to the phone.",
    frm=("Lumen & Oak", "hello@lumenandoak.co.uk"), tld="co.uk",
    subject="Re: Lamp arrived smashed (Order: 203-8871204-5518392)",
    date="Thu, 05 Nov 2026 11:40:03 +0000",
    text="""Hi Chris,

So sorry about this, the glass shade on the Orla table lamp should never arrive like that. I can see from your photos the box was crushed at the corner so it's definately happened in transit.

I've booked a replacement for order 203-8871204-5518392 and it will go out tomorrow with DPD.

You asked about speaking to someone - of course, give us a ring on 0161 496 0732 (Mon-Fri 9-5) and ask for me, Sophie, and I can talk you through it and sort the broken one.

Sophie
Lumen & Oak Customer Happiness

On Thu, Nov 5, 2026 at 8:12 AM Chris wrote:
> Glass everywhere when I opened it. Is there a number I can call? I
> don't want to go back and forth with messages for a week.
""",
    html="""<div>Hi Chris,<br><br>So sorry about this, the glass shade on the Orla table lamp should never arrive like that. I can see from your photos the box was crushed at the corner so it's definately happened in transit.<br><br>I've booked a replacement for order 203-8871204-5518392 and it will go out tomorrow with DPD.<br><br>You asked about speaking to someone - of course, give us a ring on <b>0161 496 0732</b> (Mon-Fri 9-5) and ask for me, Sophie, and I can talk you through it and sort the broken one.<br><br>Sophie<br>Lumen &amp; Oak Customer Happiness</div>
<div class="gmail_quote">On Thu, Nov 5, 2026 at 8:12 AM Chris wrote:<br>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">Glass everywhere when I opened it. Is there a number I can call? I don't want to go back and forth with messages for a week.</blockquote></div>""")

# ---------------------------------------------------------------- 4 legit, edesk, missing parts
add(client="edesk", kind="reply", expect="legit", rules=[], classes=["missing_parts", "original_message_quote"],
    note="Agent apologises for missing cam bolts on a wardrobe, confirms a parts pack is being posted and explains how to check the second box first.",
    frm=("Oakridge Furnishings", "customerservice@oakridgefurnishings.co.uk"), tld="co.uk",
    subject="RE: Missing screws wardrobe - Order 026-3390127-6684401",
    date="Fri, 06 Nov 2026 08:55:41 +0000",
    text="""Hello Mr Patel,

Apologies that your Hamble 3-door wardrobe arrived without all the fittings. Before anything else, could you quickly check the small cardboard tube taped inside box 2 of 3 (the one with the doors)? On this model the cam bolts and hinge screws are packed there and a lot of customers miss it.

If they're not there, no problem - I've already requested a full fittings pack (bag F, 24x cam locks, 24x cam bolts, 12x hinge screws) for order 026-3390127-6684401. It will go 2nd class Royal Mail today so should be with you Monday or Tuesday.

Regards
Karen M
Oakridge Furnishings - Customer Service
Ref: ED-774120

-----Original Message-----
From: Amazon Customer
Sent: 05 November 2026 19:22
Subject: Missing screws wardrobe - Order 026-3390127-6684401

I have spent 2 hours building this wardrobe and now I find there are no
screws for the doors and only half the cam things. Absolutely ridiculous.
I've taken the day off for this. Sort it out.
""")

# ---------------------------------------------------------------- 5 VIOLATION, zendesk, email me directly
add(client="zendesk", kind="reply", expect="violation", rules=["contact.email_address", "contact.off_platform"],
    classes=["refund", "email_request", "quoted_thread"],
    note="Refund reply where the agent, annoyed by the relay, tells the buyer to 'email me directly at tom.w@brightnest-supply.com' with bank statement screenshots.",
    frm=("BrightNest Supply", "support@brightnest-supply.com"), tld="com",
    subject="Re: Still no refund!!! (Order: 112-0958813-4471620)",
    date="Mon, 09 Nov 2026 13:27:16 -0600",
    text="""Hi Alicia,

I'm sorry, I know this has dragged on. On our side the refund for order 112-0958813-4471620 ($64.99, BrightNest 6qt air fryer basket) was issued on Nov 2 and Amazon shows it as completed.

Amazon messages keep stripping the attachments you're sending so I can't see the bank screenshot. Easier if you just email me directly at tom.w@brightnest-supply.com and attach it there, then I can compare it with the refund record and chase it.

Tom
BrightNest Supply Support
Ticket #103877

CONFIDENTIALITY NOTICE: This e-mail is intended solely for the addressee. If you have received it in error please delete it.

On Mon, Nov 9, 2026 at 10:03 AM, Alicia wrote:
> I have been waiting 7 days and there is NOTHING on my card. I sent you
> a screenshot twice. If I don't see it today I'm calling my bank.
>
> On Tue, Nov 3, 2026 at 4:40 PM, BrightNest Supply wrote:
>> Hi Alicia, your refund has been processed today. It can take 3-5
>> business days to show on your statement.
""")

# ---------------------------------------------------------------- 6 legit, helpscout, warranty claim
add(client="helpscout", kind="reply", expect="legit", rules=[], classes=["warranty", "manufacturer_named"],
    note="Agent handles a 2-year warranty claim on a blender, asks for the serial number and a short description through this thread and explains the replacement route.",
    frm=("Kestrel Kitchen", "support@kestrelkitchenware.co.uk"), tld="co.uk",
    subject="Re: Blender stopped working after 5 months (Order: 202-7145530-9902817)",
    date="Tue, 10 Nov 2026 10:11:00 +0000",
    text="""Hi Fiona,

That's really disappointing, sorry. The Vortex 1200 is covered by a 2 year warranty from the manufacturer (Halberd Appliances) and we handle claims for anything bought from us, so you don't need to go to them yourself.

To get it started on order 202-7145530-9902817 could you reply here with:
- the serial number (sticker underneath the motor base, starts with HV12-)
- whether the motor makes any noise at all or is completely dead
- if the red light on the base flashes when you plug it in

If it's the overheating cut-out it can sometimes be reset by leaving it unplugged for 30 min. If not, we'll send a replacement base and arrange collection of the faulty one.

Thanks,
Ewan
Kestrel Kitchen Support

> Blender just died mid-smoothie. 5 months old. For the price I expected
> it to last years. What are you going to do about it?
""")

# ---------------------------------------------------------------- 7 legit, edesk, chargeback
add(client="edesk", kind="reply", expect="legit", rules=[], classes=["chargeback", "refund", "bank_named"],
    note="Agent calmly explains that a refund was already issued through Amazon while the buyer also opened a chargeback with Barclaycard, and what will happen with the duplicate.",
    frm=("Voltbay Electronics", "orders@voltbay-electronics.co.uk"), tld="co.uk",
    subject="RE: Chargeback - Order 205-3018846-5127793",
    date="Wed, 11 Nov 2026 16:32:29 +0000",
    text="""Dear Mr Hughes,

We've been notified by Amazon that a chargeback was opened with Barclaycard for order 205-3018846-5127793 (Voltbay 65W USB-C charger, 2 pack).

Just so you're aware, we already refunded the full £29.98 through Amazon on 4 November after your return was received. It shows as "Refund issued" on the order. Because of this we have had to respond to the chargeback with the refund details, otherwise you'd be credited twice and it would be reversed later anyway.

Nothing you need to do. If the refund from 4 November is not showing on your Barclaycard statement, let us know here and we will ask Amazon for the refund reference so you can give it to the bank.

Kind regards,
Voltbay Electronics Customer Support
Case 44102

Voltbay Electronics Ltd. Registered in England & Wales, Company No. 10938471. VAT No. GB 284 1177 06.

-----Original Message-----
From: Amazon Customer
Sent: 10 November 2026 22:10
To: Voltbay Electronics
Subject: Chargeback - Order 205-3018846-5127793

Gave up waiting. My bank is dealing with it now.
""")

# ---------------------------------------------------------------- 8 VIOLATION, gorgias, coupon for next order
add(client="gorgias", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["late_parcel", "coupon", "calm_buyer", "html_alternative"],
    note="Late-parcel apology that throws in 'use code SORRY20 for 20% off your next order with us', a promotional coupon to calm the buyer.",
    frm=("Petal & Pine", "help@petalandpine.com"), tld="com",
    subject="Re: My order is 10 days late (Order: 114-2287450-0936618)",
    date="Thu, 12 Nov 2026 12:05:44 -0800",
    text="""Hi Renee,

I'm so sorry - your order 114-2287450-0936618 (Eucalyptus & Mint soy candle set) got stuck at the USPS regional facility in Portland and only moved again yesterday. It's now showing out for delivery tomorrow.

I know that doesn't fix the fact it missed your sister's birthday. As a little sorry from us, use code SORRY20 for 20% off your next order with us, it's valid till the end of December.

Again, really sorry!

Megan
Petal & Pine

On Nov 12, 2026, at 9:31 AM, Renee wrote:
> 10 days!! It was a present. Honestly I won't be ordering from you again.
""",
    html="""<p>Hi Renee,</p><p>I'm so sorry - your order 114-2287450-0936618 (Eucalyptus &amp; Mint soy candle set) got stuck at the USPS regional facility in Portland and only moved again yesterday. It's now showing out for delivery tomorrow.</p><p>I know that doesn't fix the fact it missed your sister's birthday. As a little sorry from us, use code <strong>SORRY20</strong> for 20% off your next order with us, it's valid till the end of December.</p><p>Again, really sorry!</p><p>Megan<br>Petal &amp; Pine</p>
<blockquote type="cite">On Nov 12, 2026, at 9:31 AM, Renee wrote:<br>10 days!! It was a present. Honestly I won't be ordering from you again.</blockquote>""")

# ---------------------------------------------------------------- 9 legit, zendesk, buyer asks for phone call, declined
add(client="zendesk", kind="reply", expect="legit", rules=[], classes=["phone_call_request", "declined_off_platform", "damaged_item"],
    note="Buyer asks for a phone call; agent explains they can only help through Amazon messages and sets out the replacement for the cracked planter.",
    frm=("Greywell Garden Co", "support@greywellgarden.co.uk"), tld="co.uk",
    subject="Re: Can someone call me please (Order: 206-5520193-8817426)",
    date="Fri, 13 Nov 2026 09:48:02 +0000",
    text="""Hello Graham,

I understand you'd rather speak to someone, sorry - for Amazon orders we're only able to help through these Amazon messages. I'll make sure it's quick though.

For order 206-5520193-8817426 (Fibreclay round planter, 50cm, charcoal): I've seen your photo of the crack down the side. We'll send a new one out on Monday by courier, it needs a signature so someone will have to be in. You don't need to return the cracked one, it's not worth the postage for either of us.

If Monday doesnt work for delivery tell me a better day here and I'll hold it.

Regards,
Lewis
Greywell Garden Co.
Ticket #22907

On Thu, 12 Nov 2026 at 17:30, Graham wrote:
> Cracked right down the side. I'm 78 and I don't do all this typing,
> please just ring me.
""")

# ---------------------------------------------------------------- 10 VIOLATION, helpscout, please don't leave bad review
add(client="helpscout", kind="reply", expect="violation", rules=["review.divert_negative"],
    classes=["bad_review_threat", "wrong_item"],
    note="Wrong-item reply that pleads 'please don't leave a bad review, we'll sort it', steering the unhappy buyer away from a negative review.",
    frm=("Copperleaf Pets", "team@copperleafpets.com"), tld="com",
    subject="Re: Wrong item sent - leaving 1 star (Order: 111-6634021-2059874)",
    date="Mon, 16 Nov 2026 11:19:37 -0500",
    text="""Hi Dana,

Ugh, I'm really sorry, you should have got the large orthopedic dog bed in grey and we sent the medium in beige. That's a picking mistake on our end.

The large grey one is going out today with FedEx Ground for order 111-6634021-2059874, and I've set up the return for the wrong one through Amazon so you'll get the label in your Amazon account - no charge.

Please don't leave a bad review, we're a small family business and we'll sort it, I promise. 

Thanks for your patience,
Luis
Copperleaf Pets

> You sent the wrong size AND the wrong color. My dog is 90lbs, he can't
> fit on this. I'm leaving 1 star today.
""")

# ---------------------------------------------------------------- 11 legit, edesk, buyer threatens bad review, neutral answer
add(client="edesk", kind="reply", expect="legit", rules=[], classes=["bad_review_threat", "neutral_response", "refund"],
    note="Buyer threatens a 1-star review; agent acknowledges they are free to review, apologises and processes a refund through Amazon without asking anything about the review.",
    frm=("Northgate Audio", "service@northgateaudio.co.uk"), tld="co.uk",
    subject="RE: Headphones faulty - Order 203-4417280-3361905",
    date="Tue, 17 Nov 2026 14:03:58 +0000",
    text="""Hi Aaron,

Sorry the left earcup on your NA-40 headphones has gone crackly after a week. That's a fault and you shouldn't have to put up with it.

Of course you're free to review the product however you see fit. In the meantime I've authorised a return on order 203-4417280-3361905 - you'll find the prepaid label under Your Orders. We'll refund in full as soon as the carrier scans it, you don't need to wait for it to reach us.

Regards
Hannah
Northgate Audio Customer Service

-----Original Message-----
From: Amazon Customer
Sent: 17 November 2026 08:41

Crackling in the left side already. Rubbish. Expect a 1 star review.
""")

# ---------------------------------------------------------------- 12 VIOLATION, zendesk, WhatsApp number
add(client="zendesk", kind="reply", expect="violation", rules=["contact.off_platform", "contact.phone_number"],
    classes=["whatsapp_request", "missing_parts"],
    note="Missing-part reply in which the agent agrees to the buyer's WhatsApp request and gives 'WhatsApp us on +44 7700 914 226' for photos.",
    frm=("Trailmate Bikes", "support@trailmatebikes.co.uk"), tld="co.uk",
    subject="Re: Missing pedals (Order: 202-9946102-1185034)",
    date="Wed, 18 Nov 2026 18:22:11 +0000",
    text="""Hi Sam

Sorry about the pedals, they should be in a small white box zip-tied to the frame. Can you double check under the foam wrapping near the rear wheel? Sometimes they get wrapped in with the derailleur guard.

if they're not there - yes WhatsApp is fine, WhatsApp us on +44 7700 914 226 with a pic of everything in the box and we'll send whatever's missing straight away. Quicker than here tbh.

Order ref for us 202-9946102-1185034

Jake
Trailmate Bikes
Ticket #7781

On Wed, 18 Nov 2026 at 16:05, Sam wrote:
> No pedals in the box. My son's been waiting all day to ride it.
> Have you got WhatsApp? Easier to send you pics.
""")

# ---------------------------------------------------------------- 13 legit, gorgias, discount request declined, partial refund for cosmetic damage
add(client="gorgias", kind="reply", expect="legit", rules=[], classes=["discount_request", "partial_refund", "damaged_item", "html_alternative"],
    note="Buyer demands a discount; agent offers a partial refund through Amazon for the scratched table top or a full return, with no conditions attached.",
    frm=("Birchwood & Co", "support@birchwoodandco.com"), tld="com",
    subject="Re: Scratched table, want a discount (Order: 113-8021643-5570249)",
    date="Thu, 19 Nov 2026 10:37:25 -0600",
    text="""Hi Kevin,

Thanks for the photos, I can see the two scratches on the top of the Sloane side table. Sorry about that.

We can't do a discount as such but we can do one of these for order 113-8021643-5570249:

1) Keep the table and we refund $25 of the $139 back through Amazon, or
2) Return it through Amazon for a full refund, we cover the return shipping.

Just reply with 1 or 2 and I'll get it done today.

Rachel
Birchwood & Co Support
#GR-30418

On Thu, Nov 19, 2026 at 7:14 AM Kevin wrote:
> Table has scratches on top. I don't want to pack it all back up. Give
> me a discount and I'll keep it.
""",
    html="""<p>Hi Kevin,</p><p>Thanks for the photos, I can see the two scratches on the top of the Sloane side table. Sorry about that.</p><p>We can't do a discount as such but we can do one of these for order 113-8021643-5570249:</p><ol><li>Keep the table and we refund $25 of the $139 back through Amazon, or</li><li>Return it through Amazon for a full refund, we cover the return shipping.</li></ol><p>Just reply with 1 or 2 and I'll get it done today.</p><p>Rachel<br>Birchwood &amp; Co Support<br>#GR-30418</p>
<div class="gorgias-quote">On Thu, Nov 19, 2026 at 7:14 AM Kevin wrote:<blockquote style="border-left:2px solid #ddd;padding-left:8px;margin-left:0">Table has scratches on top. I don't want to pack it all back up. Give me a discount and I'll keep it.</blockquote></div>""")

# ---------------------------------------------------------------- 14 legit, zendesk, proactive delay notice
add(client="zendesk", kind="proactive", expect="legit", rules=[], classes=["proactive_delay", "late_parcel"],
    note="Proactive notice that the order will ship late because of a stock delay, giving the new delivery window and mentioning cancellation only as the buyer's own option.",
    frm=("Hollowbrook Toys", "orders@hollowbrooktoys.com"), tld="com",
    subject="Delay with your order 114-5530871-4426193",
    date="Fri, 20 Nov 2026 08:01:19 -0500",
    text="""Hello,

We're writing about your order 114-5530871-4426193 for the Wooden Marble Run (80 piece).

Unfortunately our delivery from the workshop has been held up and we won't be able to ship it before Wednesday November 25. We now expect it to reach you between November 28 and December 1 with UPS.

We're sorry for the delay, especially this close to the holidays. If the new date doesn't work for you, you can request a cancellation from Your Orders and it will be refunded in full. Otherwise there's nothing you need to do and we'll ship it the moment it arrives.

Hollowbrook Toys Customer Service
Ticket #40552
""")

# ---------------------------------------------------------------- 15 VIOLATION, helpscout, update your review once fixed
add(client="helpscout", kind="reply", expect="violation", rules=["review.change_or_remove"],
    classes=["damaged_item", "review_update_request", "replacement"],
    note="Replacement for a dented kettle, ending with 'could you update your review once it's fixed', asking the buyer to change an existing review.",
    frm=("Steamhaus", "support@steamhaus-kitchen.co.uk"), tld="co.uk",
    subject="Re: Dented kettle (Order: 204-1187362-7790514)",
    date="Mon, 23 Nov 2026 13:44:50 +0000",
    text="""Hi Natalie,

Sorry again about the dent in the side of your Steamhaus gooseneck kettle, that's clearly happened in the warehouse or in transit.

A replacement for order 204-1187362-7790514 is going out today with Evri, tracking should update tonight. Please keep the dented one for now, Amazon may email you about returning it but we won't charge you if you don't.

I noticed you've left a 2 star review about the dent - totally understandable. Could you update your review once it's fixed and the new one has arrived? It would really help us.

Many thanks,
Oliver
Steamhaus Customer Support

> It arrived with a big dent in the side and the lid doesn't close
> properly. I've put a review up so others know.
""")

# ---------------------------------------------------------------- 16 legit, edesk, invoice
add(client="edesk", kind="reply", expect="legit", rules=[], classes=["invoice", "vat"],
    note="Agent confirms a VAT invoice with the buyer's company name has been uploaded to the order in Amazon and where to download it.",
    frm=("Deskline Office Supplies", "accounts@desklineoffice.co.uk"), tld="co.uk",
    subject="RE: Need VAT invoice urgently - Order 026-7719034-2205867",
    date="Tue, 24 Nov 2026 11:26:33 +0000",
    text="""Good morning Mr Okafor,

Apologies for the delay - the invoice for order 026-7719034-2205867 (3x ergonomic mesh office chair, black) has now been uploaded with your company name Okafor Surveying Ltd and VAT number on it.

You can download it from Your Orders > Invoice > Invoice 1. If your accounts team need the delivery address changed on it as well, just reply to this message with the details.

Regards
Deskline Office Supplies
Accounts Dept.
Ticket ED-88213

Deskline Office Supplies Ltd is registered in England and Wales under company number 08812265.

-----Original Message-----
From: Amazon Customer
Sent: 23 November 2026 17:55

Still waiting for a VAT invoice. I asked 4 days ago. Our year end is Friday.
""")

# ---------------------------------------------------------------- 17 legit, helpscout, fitting / product use
add(client="helpscout", kind="reply", expect="legit", rules=[], classes=["product_use", "fitting", "typos"],
    note="Agent explains how to fit a car seat cover correctly after the buyer says it is the wrong size, with a couple of typos.",
    frm=("Roadnest Auto", "help@roadnestauto.com"), tld="com",
    subject="Re: Seat covers dont fit my car (Order: 112-3306589-6041278)",
    date="Wed, 25 Nov 2026 17:58:06 -0700",
    text="""Hi Marcus,

Sorry for the frustation! From your pics I think the covers are right for the 2019 Civic, it's just the back rest strap that's not through yet.

Try this:
1. Take the headrest off (press the little button on the left post)
2. Pull the cover down over the backrest, seams lined up with the edge of the seat
3. Push the flat black plastic tab through the gap between the seat and the backrest and pull it tight from the back, its the bit that stops it bunching
4. Hook the elastic straps under the seat to the metal frame, not the rails

The side airbag seam (the one with the red label) has to be on the door side.

If it still doesnt sit right send me a pic here and I'll check. If you'd rather return them that's fine too, order 112-3306589-6041278 is in the return window til Dec 24.

Cheers,
Tyler
Roadnest Auto

> These are supposed to fit a Honda Civic. They don't fit at all, they're
> all baggy at the top. Waste of money.
""")

# ---------------------------------------------------------------- 18 VIOLATION, zendesk, partial refund for removing feedback
add(client="zendesk", kind="reply", expect="violation", rules=["feedback.removal_request", "review.incentive"],
    classes=["negative_feedback", "partial_refund", "incentive"],
    note="Agent offers a £10 partial refund if the buyer removes the negative seller feedback, tying money to feedback removal.",
    frm=("Clearview Phone Cases", "support@clearviewcases.co.uk"), tld="co.uk",
    subject="Re: Your feedback on order 205-6058127-9937461",
    date="Thu, 26 Nov 2026 10:12:45 +0000",
    text="""Hi Bethany,

I've just seen your feedback about the case for order 205-6058127-9937461 arriving 5 days late. We're really sorry, Evri had a backlog at the Barnsley depot last week.

I can refund £10 of the order right away as an apology. Once that's gone through we'd be grateful if you could remove the feedback from your Amazon account, as it was really a courier issue rather than us.

You can do it under Your Account > Your Orders > Leave seller feedback > Remove.

Thanks so much,
Jess
Clearview Cases
Ticket #31094
""")

# ---------------------------------------------------------------- 19 legit, gorgias, long thread, lost parcel
add(client="gorgias", kind="reply", expect="legit", rules=[], classes=["lost_parcel", "long_quoted_thread", "replacement_or_refund"],
    note="Third reply in a long thread about a parcel marked delivered but not received, offering a replacement or refund through Amazon after the carrier claim.",
    frm=("Summit Trail Supply", "support@summittrailsupply.com"), tld="com",
    subject="Re: Re: Re: Package says delivered, not here (Order: 111-7780452-3318906)",
    date="Fri, 27 Nov 2026 14:30:17 -0700",
    text="""Hi Emily,

Thanks for checking with your neighbors and the leasing office, and sorry it's been such a runaround.

UPS have now come back to us: the driver's GPS shows the drop at a building two streets over (1400 block instead of 1040). They've closed the investigation as misdelivered, so this is on the carrier and not on you.

For order 111-7780452-3318906 (Trailhead 2-person tent + footprint) I can either:
- ship a replacement today by UPS 2nd Day Air, or
- refund the full $189.98 through Amazon.

Whichever you want, just tell me here. Sorry again.

Nate
Summit Trail Supply
Ticket 119340

On Thu, Nov 26, 2026 at 6:02 PM, Emily wrote:
> Nothing from the neighbors, the office hasn't got it either. I'm going
> camping next Saturday and have no tent. This is so frustrating.
>
> On Wed, Nov 25, 2026 at 11:15 AM, Summit Trail Supply wrote:
>> Hi Emily, I've opened a claim with UPS. Could you check with the
>> neighbors and your leasing office in the meantime? UPS usually
>> answers within 48 hours.
>>
>> On Wed, Nov 25, 2026 at 8:47 AM, Emily wrote:
>>> Tracking says delivered on Monday at 2:14pm, front door. There is
>>> nothing at my door. I was home all afternoon.
""")

# ---------------------------------------------------------------- 20 VIOLATION, edesk, external link to own warranty form
add(client="edesk", kind="reply", expect="violation", rules=["links.external", "contact.off_platform"],
    classes=["warranty", "external_link"],
    note="Warranty reply sending the buyer to the shop's own website form 'https://www.polarisvac.co.uk/warranty-claim' instead of handling it in the thread.",
    frm=("Polaris Vacuums UK", "support@polarisvac.co.uk"), tld="co.uk",
    subject="RE: Vacuum not charging - Order 203-2249176-8804315",
    date="Mon, 30 Nov 2026 09:05:38 +0000",
    text="""Dear Mrs Lawson,

Thank you for your message and sorry your cordless vacuum has stopped charging. It is still within the 2 year warranty.

To process the claim as fast as possible please fill in our warranty form at https://www.polarisvac.co.uk/warranty-claim with your order number 203-2249176-8804315 and a short video of the charging light. Our technical team will get back to you within 2 working days with a replacement battery or unit.

Kind regards,
Polaris Vacuums UK - Customer Support
Ref: ED-91187

Polaris Home Appliances UK Ltd. Registered in England & Wales No. 12209381.

-----Original Message-----
From: Amazon Customer
Sent: 29 November 2026 20:47
Subject: Vacuum not charging - Order 203-2249176-8804315

Only had it 8 months and it won't charge anymore. Light doesn't come on.
Very poor.
""")

# ---------------------------------------------------------------- 21 legit, zendesk, refund timing
add(client="zendesk", kind="reply", expect="legit", rules=[], classes=["refund", "refund_timing", "typos"],
    note="Agent confirms a refund was processed through Amazon and explains typical card processing times, with a typo.",
    frm=("Meadowlark Baby", "care@meadowlarkbaby.com"), tld="com",
    subject="Re: Where is my refund (Order: 113-5097713-2268410)",
    date="Tue, 01 Dec 2026 12:48:20 -0500",
    text="""Hi Jasmine,

I checked and your return for order 113-5097713-2268410 (Meadowlark 3-in-1 bassinet) arrived at our warehouse on Nov 27 and we issued the full refund of $119.00 the same day.

Refunds go back to the card you paid with and usualy take 3-5 business days to appear, sometimes up to 10 with some banks. You should be able to see the refund under the order in Your Orders already, marked "Refund issued".

If nothing shows on your statement by Dec 11, reply here and we'll ask Amazon to look into it.

Thanks,
Ana
Meadowlark Baby
Ticket #65120

On Tue, Dec 1, 2026 at 9:09 AM Jasmine wrote:
> You got the bassinet back days ago and I still have no refund.
""")

# ---------------------------------------------------------------- 22 legit, helpscout, buyer asks for email, declined
add(client="helpscout", kind="reply", expect="legit", rules=[], classes=["email_request", "declined_off_platform", "wrong_item"],
    note="Buyer asks for the seller's email address; agent says they must keep to Amazon messages and arranges the swap of the wrong colour yarn.",
    frm=("Woolhouse Crafts", "hello@woolhousecrafts.co.uk"), tld="co.uk",
    subject="Re: Wrong colour - can I have your email? (Order: 206-8873015-4410298)",
    date="Wed, 02 Dec 2026 15:16:47 +0000",
    text="""Hi Ruth,

Sorry, we're not able to swap to email for Amazon orders, but I can sort it here just as quickly.

You ordered 10x Merino DK in Heather (shade 214) on order 206-8873015-4410298 and we sent Heath (shade 241) - very similar names and the numbers got swapped when picking, my apologies.

The correct 10 balls go out today by Royal Mail 1st class, and you can keep the others, no need to send them back. I've checked the dye lot so they'll all match.

Best wishes,
Claire
Woolhouse Crafts

> This is the wrong shade, it's much more purple. I need to match a
> jumper I'm halfway through. Is there an email I can reach you on so I
> can send photos properly?
""")

# ---------------------------------------------------------------- 23 VIOLATION, gorgias, asks for 5-star with emoji after fixing
add(client="gorgias", kind="reply", expect="violation", rules=["review.biased_positive", "style.emoji"],
    classes=["positive_review_request", "emoji", "replacement"],
    note="After sending a replacement the agent asks 'if you're happy now a 5 star review would mean the world' with a praying-hands emoji.",
    frm=("Glowfern Skincare", "support@glowfernskin.com"), tld="com",
    subject="Re: Pump broken on serum (Order: 112-4461928-0059372)",
    date="Thu, 03 Dec 2026 11:33:09 -0800",
    text="""Hi Tasha,

So sorry the pump on your vitamin C serum wasn't working! A replacement bottle for order 112-4461928-0059372 shipped this morning with USPS, it should be there by Saturday.

Tip: if the new pump feels stiff, press it 5-6 times over the sink to prime it, the first few presses are just air.

If you're happy now a 5 star review would mean the world to our little team \U0001F64F

Xo,
Bella
Glowfern Skincare

On Thu, Dec 3, 2026 at 8:02 AM Tasha wrote:
> Pump doesn't work, can't get any product out. $38 for this?!
""")

# ---------------------------------------------------------------- 24 legit, edesk, damaged item, photo requested in thread
add(client="edesk", kind="reply", expect="legit", rules=[], classes=["damaged_item", "photo_request"],
    note="Agent asks for photos of a leaking hot water bottle through the Amazon message attachment function and explains the refund options.",
    frm=("Snugworth Home", "service@snugworthhome.co.uk"), tld="co.uk",
    subject="RE: Hot water bottle leaking - Order 204-3385620-1173906",
    date="Fri, 04 Dec 2026 10:21:55 +0000",
    text="""Hi Mrs Barker,

I'm so sorry - a leaking hot water bottle isn't just annoying, it could be dangerous, so please stop using it straight away.

Could you attach a photo of where it's leaking (usually the neck or the seam along the bottom) to your reply here? Amazon messages accept jpg and png. We need it for our supplier's quality check, and then we'll refund order 204-3385620-1173906 in full or send a new one, whichever you'd like.

Please don't post the faulty one back, just dispose of it.

Kind regards
Lucy
Snugworth Home Customer Care
ED-60233

-----Original Message-----
From: Amazon Customer
Sent: 03 December 2026 22:38

Woke up to a wet bed. The bottle is leaking from somewhere. Not impressed.
""")

# ---------------------------------------------------------------- 25 legit, zendesk, warranty outside period, partial help
add(client="zendesk", kind="reply", expect="legit", rules=[], classes=["warranty", "out_of_warranty", "spare_part"],
    note="Agent explains the 12 month warranty has expired but offers to send a replacement charging cable free through the order thread, naming the manufacturer.",
    frm=("Pulsefit Gear", "support@pulsefitgear.com"), tld="com",
    subject="Re: Fitness tracker stopped charging (Order: 114-0873352-6627104)",
    date="Mon, 07 Dec 2026 09:40:31 -0600",
    text="""Hi Derek,

Sorry to hear your tracker isn't charging. I checked order 114-0873352-6627104 and it was delivered Oct 2 2025, so unfortunately it's just outside the 12 month warranty from the manufacturer (Zento Wearables).

That said, 9 times out of 10 with this model its the magnetic charging cable that goes, not the tracker. I'm happy to send you a new cable at no charge - reply here to confirm the shipping address on the order is still correct and I'll post it tomorrow.

Also worth trying first: clean the two gold contacts on the back with a bit of rubbing alcohol on a cotton bud, sweat residue can stop it connecting.

Regards,
Ivy
Pulsefit Gear Support
Ticket #82741

On Sun, Dec 6, 2026 at 7:55 PM Derek wrote:
> Won't charge at all. Should last more than a year for the price. I
> want a replacement.
""")

# ---------------------------------------------------------------- 26 VIOLATION, helpscout, call + email signature block
add(client="helpscout", kind="reply", expect="violation", rules=["contact.phone_number", "contact.email_address", "contact.off_platform"],
    classes=["signature_contact_block", "wrong_size", "chargeback_threat"],
    note="Otherwise fine wrong-size reply whose pasted signature lists 'Tel: 020 7946 0815' and 'Email: returns@camdenfootwear.co.uk'.",
    frm=("Camden Footwear", "amazon@camdenfootwear.co.uk"), tld="co.uk",
    subject="Re: Boots are a size too small (Order: 202-5531870-4498216)",
    date="Tue, 08 Dec 2026 16:09:12 +0000",
    text="""Hi Aisha,

Sorry the Chelsea boots are too small. No need to go to your bank, we can sort this.

You can return them free through Your Orders on order 202-5531870-4498216. If you choose "Replace" and pick the UK 6 instead of the 5, Amazon will send the new pair as soon as the return is scanned, or choose refund if you'd rather.

These do come up about half a size small, which we've now added to the listing.

Best regards,
Ben

--
Ben Marsh | Customer Services
Camden Footwear Ltd
Tel: 020 7946 0815
Email: returns@camdenfootwear.co.uk
Registered in England No. 09331852

> I ordered a 5 which is what I always wear and they're too tight. If I
> can't get this sorted I'm doing a chargeback.
""")

# ---------------------------------------------------------------- 27 legit, gorgias, proactive neutral review request
add(client="gorgias", kind="proactive", expect="legit", rules=[], classes=["review_request_neutral", "after_resolution"],
    note="Single neutral review request after the order was delivered, asking the buyer to share their experience whatever it was.",
    frm=("Ashgrove Linens", "support@ashgrovelinens.com"), tld="com",
    subject="Your Ashgrove order 111-2298405-7765031",
    date="Wed, 09 Dec 2026 10:00:00 -0500",
    text="""Hello,

Your order 111-2298405-7765031 (Ashgrove percale sheet set, queen, white) was delivered last week.

If you have a moment, we'd appreciate it if you could leave a review of the product on Amazon, whether your experience was good or bad. Honest reviews help other shoppers choose the right sheets.

If there is any problem with your order, please reply to this message and we'll help.

Ashgrove Linens
""",
    html="""<p>Hello,</p><p>Your order 111-2298405-7765031 (Ashgrove percale sheet set, queen, white) was delivered last week.</p><p>If you have a moment, we'd appreciate it if you could leave a review of the product on Amazon, whether your experience was good or bad. Honest reviews help other shoppers choose the right sheets.</p><p>If there is any problem with your order, please reply to this message and we'll help.</p><p>Ashgrove Linens</p>""")

# ---------------------------------------------------------------- 28 legit, edesk, negative review already left, no request
add(client="edesk", kind="reply", expect="legit", rules=[], classes=["negative_review_existing", "no_review_ask", "missing_parts"],
    note="Buyer says they already left a bad review over a missing remote; agent apologises and sends the remote without mentioning changing the review.",
    frm=("Brightside Fans", "support@brightsidefans.co.uk"), tld="co.uk",
    subject="RE: No remote in box - Order 205-7712490-3306458",
    date="Thu, 10 Dec 2026 13:55:27 +0000",
    text="""Hi Mr Doyle,

You're absolutely right to be annoyed, the remote should have been in the box with the BF-16 tower fan and I'm sorry it wasn't.

I've posted a replacement remote today by Royal Mail Tracked 48 for order 205-7712490-3306458, batteries included. The fan also works from the touch panel on top in the meantime - hold the power button 3 seconds to switch between the speeds and oscillation.

Apologies again.

Kind regards
Sunil
Brightside Fans Customer Service
ED-10972

-----Original Message-----
From: Amazon Customer
Sent: 10 December 2026 09:14

Fan came with no remote. I've already put a review up saying so. What are
you going to do about it?
""")

# ---------------------------------------------------------------- 29 legit, zendesk, chargeback threat, explaining return
add(client="zendesk", kind="reply", expect="legit", rules=[], classes=["chargeback_threat", "return_via_amazon", "signature_legal"],
    note="Buyer threatens a chargeback over a return not yet refunded; agent explains the return has not been scanned and asks for the drop-off receipt through this thread.",
    frm=("Nordvik Kitchen", "support@nordvikkitchen.com"), tld="com",
    subject="Re: I will do a chargeback (Order: 113-6629014-8853177)",
    date="Fri, 11 Dec 2026 11:07:48 -0500",
    text="""Hello Mr Alvarez,

I understand your frustration. I checked the return on order 113-6629014-8853177 (Nordvik 10-piece stainless cookware set) and the UPS label Amazon issued on Nov 30 has not been scanned yet, so the return hasn't shown up in the system and the refund can't trigger.

Could you attach a photo of the drop-off receipt from The UPS Store to your reply here? With the receipt I can ask Amazon to issue the refund before the package is scanned.

A chargeback is of course your right, but it usually takes the bank several weeks, and this way it should be sorted in a couple of days.

Best regards,
Henrik
Nordvik Kitchen Customer Service
Ticket #57360

This email and any files transmitted with it are confidential. Nordvik Kitchen Inc., Delaware.

On Fri, Dec 11, 2026 at 7:48 AM, Mr Alvarez wrote:
> Dropped it off 10 days ago. Still no refund. If it's not there by Monday
> I'm calling my credit card company.
""")

# ---------------------------------------------------------------- 30 legit, helpscout, damaged in transit, HTML blockquote
add(client="helpscout", kind="reply", expect="legit", rules=[], classes=["damaged_item", "html_alternative", "replacement"],
    note="Agent replies to a buyer whose mirror arrived cracked with a replacement plan and carrier claim, quoting the buyer in an HTML blockquote.",
    frm=("Lindqvist Interiors", "support@lindqvistinteriors.co.uk"), tld="co.uk",
    subject="Re: Mirror cracked on arrival (Order: 206-1149935-5572018)",
    date="Mon, 14 Dec 2026 10:52:14 +0000",
    text="""Hi Olivia,

I'm really sorry, the Arlo round mirror (80cm) should never have reached you in that state.

I've arranged a replacement for order 206-1149935-5572018, double-boxed this time, leaving our warehouse tomorrow with Parcelforce. Delivery is usually 2 working days and it will need a signature.

Parcelforce will also collect the cracked one on the same visit, so please leave it in the original box if you still have it, and tape it up carefully. If the box has gone, any sturdy box is fine.

Sorry again, and thanks for the clear photos.

Holly
Lindqvist Interiors Customer Care

On 13 Dec 2026, at 20:31, Olivia wrote:
> Crack right across the glass. Box was fine outside, so it must've been
> packed badly. I needed it for Christmas guests on Saturday.
""",
    html="""<div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Olivia,</p>
<p>I'm really sorry, the Arlo round mirror (80cm) should never have reached you in that state.</p>
<p>I've arranged a replacement for order 206-1149935-5572018, double-boxed this time, leaving our warehouse tomorrow with Parcelforce. Delivery is usually 2 working days and it will need a signature.</p>
<p>Parcelforce will also collect the cracked one on the same visit, so please leave it in the original box if you still have it, and tape it up carefully. If the box has gone, any sturdy box is fine.</p>
<p>Sorry again, and thanks for the clear photos.</p>
<p>Holly<br>Lindqvist Interiors Customer Care</p>
</div>
<div>On 13 Dec 2026, at 20:31, Olivia wrote:</div>
<blockquote style="margin:0 0 0 10px;border-left:2px solid #999;padding-left:10px">Crack right across the glass. Box was fine outside, so it must've been packed badly. I needed it for Christmas guests on Saturday.</blockquote>""")


def build(i, m):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = formataddr(m["frm"])
    msg["To"] = "%s@marketplace.amazon.%s" % (alias(), m["tld"])
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    msg["Message-ID"] = make_msgid(idstring="w139.%04d" % i, domain=m["frm"][1].split("@")[1])
    msg["MIME-Version"] = "1.0"
    msg.set_content(m["text"], charset="utf-8", cte="quoted-printable")
    if m.get("html"):
        html = "<html><body>\n%s\n</body></html>\n" % m["html"]
        msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return msg.as_bytes()


def main():
    os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
    with open(os.path.join(OUT, "labels.jsonl"), "w") as lf:
        for i, m in enumerate(M, 1):
            wid = "w139-%04d" % i
            fn = "messages/%s.eml" % wid
            with open(os.path.join(OUT, fn), "wb") as f:
                f.write(build(i, m))
            lf.write(json.dumps({"id": wid, "file": fn, "lang": "en", "client": m["client"],
                                 "kind": m["kind"], "split": "dev", "expect": m["expect"],
                                 "rules": m["rules"], "classes": m["classes"], "note": m["note"]},
                                ensure_ascii=False) + "\n")
    print(len(M), "messages")

if __name__ == "__main__":
    main()
