#!/usr/bin/env python3
"""Builds the w138 messages and labels (written by hand, blind to the engine)."""
import json, random, os, html
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rng = random.Random(138)
DOM = {"us": "marketplace.amazon.com", "uk": "marketplace.amazon.co.uk",
       "ca": "marketplace.amazon.ca", "au": "marketplace.amazon.com.au"}

def alias():
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))

M = []
def add(mkt, sender, subject, body, *, client, kind, expect, rules=(), classes=(), note, html_body=None, date=None):
    M.append(dict(mkt=mkt, sender=sender, subject=subject, body=body, client=client, kind=kind,
                  expect=expect, rules=list(rules), classes=list(classes), note=note, html=html_body, date=date))

# 1
add("uk", "Hearthstone Kitchenware <support@hearthstonekitchenware.co.uk>",
    "Re: Order 204-3318820-5527143 - kettle",
"""Hi Margaret,

Thanks for letting us know the kettle arrived safely, and thank you for taking the time to leave a review - that's very kind of you.

On the limescale question: you're in a hard water area by the sound of it, so we'd suggest descaling roughly once a month. Half fill with equal parts water and white vinegar (or citric acid), bring to the boil, leave for an hour, then rinse twice with fresh water. Please don't use anything abrasive on the inside of the stainless steel.

Any problems at all with it, just message us here.

Kind regards,
Oliver
Hearthstone Kitchenware

On 14 Nov 2026, at 09:12, Margaret wrote:
> Kettle came yesterday, lovely colour, I've left you a review.
> One question - how often should I descale it? We get a lot of limescale here.
> Order 204-3318820-5527143
""", client="gmail", kind="reply", expect="legit",
    classes=["buyer-left-review", "thanks-for-review-in-reply", "product-care"],
    note="Seller answers a descaling question and thanks the buyer for the review they mention, asking nothing about it.")

# 2
add("us", "Timberline Outfitters Support <help@timberline-outfitters.com>",
    "RE: How do I change my review? (Order# 113-6620194-8830117)",
"""Hello Jason,

Glad the replacement pump is working for you.

To answer your question - we can't see or edit customer reviews on our side, only you can. Here's how it works on Amazon at the moment:

1. Sign in to Amazon and open Your Account.
2. Under "Ordering and shopping preferences" choose "Your profile" (or go to Your Orders, find the order and click "Write a product review").
3. Open the "Community activity" / Reviews tab, find the review for the Trailhead 12V air pump.
4. Click "Edit review", make your changes and submit. Amazon re-checks edited reviews, so it can take a day or two to show.

Whether and what you change is completely up to you, of course.

Regards,
Dana M.
Timberline Outfitters Customer Care
Order# 113-6620194-8830117

-----Original Message-----
From: Jason (Amazon Marketplace)
Sent: Tuesday, November 3, 2026 6:48 PM
Subject: How do I change my review?

The new pump works great, thanks for sending it so fast. I wrote a pretty harsh review when the first one died and I'd like to add that you replaced it. How do I edit it? I can't find the button.
""", client="outlook", kind="reply", expect="legit",
    classes=["review-edit-howto", "buyer-initiated", "replacement"],
    note="Buyer asks how to edit their own review; seller explains Amazon's steps neutrally without asking for any change.")

# 3
add("ca", "Northbay Pet Supply <care@northbaypetsupply.ca>",
    "Re: My review disappeared - order 702-4410386-2291507",
"""Hi Priya,

Thanks for your message. I'm sorry for the confusion, but I can confirm we didn't remove your review - sellers have no ability to delete or hide customer reviews on Amazon.

Amazon moderates all reviews against its Community Guidelines, and they sometimes take one down automatically. The most common reasons we've seen are:
- the review talks mainly about delivery or the packaging from the courier rather than the product itself,
- it includes a web address, a phone number or an order number,
- it mentions prices or availability at other stores.

Your review mentioned the Canada Post delay and the tracking number, so that may be why. If you'd like to know for sure, Amazon Customer Service can tell you - just use the Help section in your account.

As for the cat fountain itself, the pump noise you described usually means the impeller has a bit of hair caught in it. Pull the pump out, pop off the front cover and rinse the little magnet wheel under the tap. If that doesn't fix it, let me know and I'll arrange a replacement pump for you.

Best,
Marc-André
Northbay Pet Supply

-------- Original message --------
From: Priya <xkq2v8r4m1zt7pa@marketplace.amazon.ca>
Date: 2026-11-19 21:04
Subject: My review disappeared

I posted a review of the fountain last week and now it's gone. Did you delete it?? Also the pump is making a rattling noise now.
""", client="thunderbird", kind="reply", expect="legit",
    classes=["review-removed-explained", "buyer-initiated", "troubleshooting"],
    note="Seller explains why Amazon may have removed the buyer's review and troubleshoots the pump, with no request about the review.")

# 4
add("au", "Coastline Watch Co <service@coastlinewatchco.com.au>",
    "Re: Strap broke - Order 250-7781402-6639018",
"""Hi Brendan,

I'm really sorry about this. I saw your 1-star review about the strap snapping at the spring bar, and thank you for the photo you sent - that's clearly a faulty spring bar, not anything you did.

Here's what we'll do:
- We're sending you a new silicone strap with two spare spring bars today via Australia Post (Express). It should reach Geelong by Thursday.
- If you'd rather have a refund, just start a return in Your Orders and we'll refund the full $64.95 as soon as it's scanned - no need to wait for it to arrive back.

To fit the new strap, push the spring bar in with the little fork tool included, line it up with the lug hole and let it click out. Give it a firm tug to check both ends are seated.

Cheers,
Kylie
Coastline Watch Co

> On Sun, 22 Nov 2026 at 7:31 pm, Brendan wrote:
> Strap snapped after 2 weeks, watch fell on the footpath. Not happy. Photo attached.
""", client="gmail", kind="reply", expect="legit",
    classes=["negative-review-mentioned", "replacement", "no-ask"],
    note="Seller acknowledges the buyer's 1-star review while sending a replacement strap and offering a refund, without asking anything about the review.")

# 5
add("us", "Kestrel Audio <support@kestrelaudio.com>",
    "Re: Review vs Pro - order 112-9054471-3306628",
"""Hi Alicia,

Good question - the names confuse a lot of people.

The Kestrel Review 2 is our closed-back studio monitoring headphone. "Review" is just the model name, because it was designed for mix review and editing: 32 ohm, flat response, coiled 3 m cable with a 1/4" adapter.

The Kestrel Pro is the open-back model. It has a wider soundstage but leaks a lot of sound, so it isn't great for recording vocals in the same room.

Your order 112-9054471-3306628 is for the Review 2 in black. For podcast editing and tracking with a mic in the room, the Review 2 is the better fit, so I wouldn't change it. If you do decide you'd prefer the Pro, you can return the unopened Review 2 through Your Orders within 30 days and order the Pro separately.

Thanks,
Sam
Kestrel Audio Support

On Mon, Nov 9, 2026 at 10:15 AM Alicia wrote:
> Hi, I ordered the Review 2 but now I'm seeing the Pro. What's actually the difference? I mostly edit podcasts.
""", client="gmail", kind="reply", expect="legit",
    classes=["word-review-product-name", "word-pro-variant", "product-question"],
    note="Seller explains the difference between the 'Review 2' and 'Pro' headphone models; 'Review' is a product name only.")

# 6
add("uk", "Brightwell Home <customercare@brightwellhome.co.uk>",
    "Re: Damaged mirror - 026-1847730-4410952",
"""Dear Mr Okafor,

Thank you for getting in touch and I'm very sorry the mirror arrived cracked.

We are reviewing your case now. So that we can sort it out quickly, could you please send us photos of:
1. the crack on the mirror,
2. the outer box, especially any dents or tears,
3. the label on the box.

You can attach them by replying to this message. Once we have them we'll review the photos with our warehouse team and the courier (DPD) and come back to you within one working day with either a replacement or a full refund - whichever you prefer.

Please keep the mirror and the packaging for now, DPD sometimes asks to collect it.

Kind regards,

Hannah Pryce
Customer Care
Brightwell Home

-----Original Message-----
From: Emeka Okafor
Sent: 27 November 2026 08:22
To: Brightwell Home
Subject: Damaged mirror

The large arched mirror (order 026-1847730-4410952) has a crack across the bottom corner. The box looked fine. What do I do?
""", client="outlook", kind="reply", expect="legit",
    classes=["word-review-process", "damaged-item", "photo-request"],
    note="Seller says they are 'reviewing your case' and will 'review the photos' of a damaged mirror; no review request.")

# 7
add("us", "ClearSpring Water Testing <support@clearspringtesting.com>",
    "Re: Positive result on bacteria test - 114-2207356-9981430",
"""Hi Rob,

Thanks for writing, and I understand that a positive result is worrying when you have a new baby in the house.

A few things to check first:
- The bacteria vial should be read at 48 hours, not earlier. A yellow-to-purple change means positive for coliform bacteria.
- If the vial was opened near the sink or the cap touched anything, it can pick up bacteria from outside the water sample.
- The test is a screening test. A positive result means you should get a certified lab test - your county health department can usually arrange one for well water, often for free or a small fee.

Until then, the EPA advice is to boil drinking water for one minute or use bottled water.

If you'd like a second bacteria vial to repeat the test carefully, I can send one out at no charge - just reply here and I'll ship it to the address on order 114-2207356-9981430.

Best regards,
Teresa Lindqvist
ClearSpring Water Testing

On Wed, Dec 2, 2026, Rob wrote:
> The bacteria test in the 17-in-1 kit came up positive (turned purple). Is this accurate? We're on well water.
""", client="helpscout", kind="reply", expect="legit",
    classes=["word-positive-test", "product-use", "safety"],
    note="Seller explains what a positive bacteria test result means in the water test kit; 'positive' refers to the test only.")

# 8
html8 = None
add("uk", "Linen & Loom <hello@linenandloom.co.uk>",
    "Re: Sheet set question (order 202-5538419-7720361)",
"""Hi Claire,

Thanks for your message.

Yes, the Harrogate sheet set is 400 thread count, 100% long-staple cotton in a percale weave - the same weave that a lot of five-star hotels use, which is why it feels crisp rather than silky. It will soften noticeably after three or four washes.

For the deep fitted sheet: the pocket is 40 cm, so it will fit your 32 cm mattress with a topper comfortably.

Washing: 40°C, no fabric softener (it coats the cotton and makes it less breathable), tumble dry low and take them out slightly damp if you want to avoid ironing.

Best wishes,
Poppy
Linen & Loom

From: Claire
Sent: Friday, 13 November 2026 14:02
Subject: Sheet set question

The listing says "hotel quality" - is it the same as five-star hotel sheets? And will the fitted sheet fit a 32cm mattress plus a topper?
""", client="freshdesk", kind="reply", expect="legit",
    classes=["word-five-star-hotel", "product-question", "sizing"],
    note="Seller answers a question about thread count and fitting; 'five-star hotels' describes fabric, not a review.")

# 9
add("uk", "VoltRidge Electronics <support@voltridge.co.uk>",
    "Re: Is this charger OK for my tablet? Order 203-9924018-1150637",
"""Hello Graham,

Yes, it will be fine. Each USB-A port on the VoltRidge 4-port charger is rated 2 A (5 V), and the charger is rated 6 A in total, so if you charge the tablet and two phones at once, every device still gets enough current.

Your tablet's own charger is 5 V / 2 A as well, so charging time will be about the same as with the original.

The charger is CE and UKCA marked and has overcurrent protection, so it won't push more than the device asks for.

Kind regards,
Amrit
VoltRidge Electronics

>>> Graham 16/11/2026 11:40 >>>
Hi, will this charge a Lenovo tablet? The tablet plug says 5V 2A. Don't want to damage it.
Order 203-9924018-1150637
""", client="zendesk", kind="reply", expect="legit",
    classes=["word-rated", "compatibility", "product-question"],
    note="Seller confirms each port is 'rated 2 A' for a buyer's tablet; 'rated' refers to current, not a rating.")

# 10
add("ca", "Maple Ridge Candle Co. <orders@mapleridgecandle.ca>",
    "Re: Late delivery - 701-3366172-0058842",
"""Hi Denise,

Thanks for your note, and I'm sorry the candles arrived four days after the date you were given. You mentioned you'd left a 3-star review because of the wait - that's completely fair, and I'd rather explain what happened.

The parcel went out from our Kelowna warehouse on Nov 12 as planned, but Purolator had a sorting backlog in Winnipeg after the snowstorm and it sat there for three days. We've since added a day to our estimated delivery times for Manitoba and Saskatchewan during winter.

I've refunded the $8.99 shipping charge to your original payment method as an apology; you'll see it in 3-5 business days.

Warm regards,
Tessa
Maple Ridge Candle Co.

On Nov 20, 2026, at 4:55 PM, Denise wrote:

Candles finally here, they smell great but took forever. Left 3 stars for that. Order 701-3366172-0058842.
""", client="apple-mail", kind="reply", expect="legit",
    classes=["buyer-left-review", "delivery-delay", "no-ask", "shipping-refund"],
    note="Seller explains a carrier delay behind the buyer's 3-star review and refunds shipping, without asking to change the review.")

# 11
add("au", "Outback Gear Direct <support@outbackgeardirect.com.au>",
    "Re: Wrong product review - order 249-6012957-3374189",
"""G'day Fiona,

No worries, it happens more often than you'd think!

Only you can delete a review - we can't touch them from our end. Here's how:
1. Sign in to Amazon.com.au and go to Your Account > Your profile.
2. Click the "Reviews" (community activity) tab.
3. Find the review you posted on the swag by mistake and click the three dots or "Delete".
4. Confirm, and it's gone straight away.

You can then post it on the camp chair listing if you like - that's entirely your call.

Cheers,
Matt
Outback Gear Direct

On 25/11/2026 8:14 am, Fiona wrote:
> Hi, I think I accidentally wrote my review of the camp chair on your swag listing instead. How do I delete it? Sorry!
> Order 249-6012957-3374189
""", client="gmail", kind="reply", expect="legit",
    classes=["review-edit-howto", "buyer-initiated", "delete-own-review"],
    note="Buyer asks how to delete a review posted on the wrong product; seller gives Amazon's steps only because asked.")

# 12
add("us", "Riverbend Coffee Roasters <support@riverbendroasters.com>",
    "Re: Please remove my review - 111-5523807-4460193",
"""Hi Kevin,

Thanks for reaching out, and sorry for the trouble. I'm afraid sellers can't remove or edit reviews at all - not even at the customer's request. Amazon only lets the person who wrote a review change or delete it.

If you'd like to delete it yourself: Your Account > Your profile > Community activity/Reviews, then use "Delete review" under the one for the Sumatra dark roast.

On the beans - you're right that the bag was missing its one-way valve sticker. That batch of bags had a packing fault, so I've sent a fresh 2 lb bag of the same roast today at no charge. It's going to the address on order 111-5523807-4460193 and should arrive by Friday.

Best,
Lena
Riverbend Coffee Roasters

---- On Thu, 26 Nov 2026 Kevin wrote ----
Can you take down the review I left? I wrote it in a bad mood and meant to write it on a different coffee anyway. Also the bag I got had no valve.
""", client="zoho", kind="reply", expect="legit",
    classes=["review-edit-howto", "buyer-initiated", "replacement"],
    note="Buyer asks the seller to remove the buyer's own review; seller says it cannot and explains Amazon's steps, while replacing a faulty bag.")

# 13
add("us", "Granite State Hardware <service@granitestatehw.com>",
    "Re: My seller feedback is gone? Order 113-0478261-5529904",
"""Hi Sharon,

Thanks for asking. We didn't remove your feedback - we can't do that ourselves.

Your order was Fulfilled by Amazon, which means Amazon's warehouse packed and shipped it. When seller feedback for an FBA order is only about delivery (in your case the box arriving late and left in the rain), Amazon strikes it through and adds the note "This item was fulfilled by Amazon, and we take responsibility for this fulfillment experience." That's an automatic Amazon policy.

More importantly - the rain got into the box and the drill battery won't charge. Please don't use it. I've started a replacement battery for you, shipping today, and Amazon will email you a return label for the wet one.

Sincerely,
Tom Becker
Granite State Hardware

_____________________________
From: Sharon
Sent: Sat 11/28/2026 3:09 PM
Subject: My seller feedback is gone?

I left feedback about the soaked box and now it has a line through it. Also the battery doesn't charge anymore.
""", client="outlook", kind="reply", expect="legit",
    classes=["feedback-removed-explained", "fba", "replacement"],
    note="Seller explains why Amazon struck through the buyer's FBA delivery feedback and replaces a water-damaged battery; no request about feedback.")

# 14
add("uk", "Pemberton Books <books@pembertonbooks.co.uk>",
    "Re: Which issue? - order 205-7713094-6602518",
"""Dear Mr Hollis,

Thank you for your enquiry. The copy listed is The Harbour Review, Autumn 2025 (Issue 41), the literary quarterly, not the Spring issue. It includes the essay by Ruth Calder you mentioned on pages 56-71.

Condition is as described: very good, light shelf wear to the spine, no markings inside. It was posted this morning by Royal Mail 2nd Class and should be with you by Tuesday.

If it turns out not to be the issue you need, you can return it through Amazon for a full refund.

With best wishes,
Judith Pemberton
Pemberton Books

> On 18 Nov 2026, Mr Hollis wrote:
> Is this The Harbour Review Autumn 2025 or Spring? I'm after the Ruth Calder essay.
""", client="plain", kind="reply", expect="legit",
    classes=["word-review-product-name", "product-question", "used-book"],
    note="Bookseller confirms which issue of the magazine 'The Harbour Review' was ordered; 'Review' is a title.")

# 15
add("us", "Summit Espresso Gear <orders@summitespresso.com>",
    "Your order 112-3390417-8826650 - Pro model ships from our second warehouse",
"""Hi Natalie,

A quick update on your order 112-3390417-8826650 for the Summit Grinder Pro (matte black).

Our Ohio warehouse sold its last Pro unit an hour before your order came in, so we're shipping yours from our Nevada warehouse instead. That adds one day: your new estimated delivery is Thursday, December 10 instead of Wednesday, December 9.

Nothing changes on your side - same price, same UPS service, and you'll see the updated date in Your Orders. If the extra day doesn't work for you, let us know here and we'll help.

Thanks,
Marco
Summit Espresso Gear
""", client="shopify-inbox", kind="proactive", expect="legit",
    classes=["word-pro-variant", "delivery-change", "proactive-order-issue"],
    note="Proactive notice that the 'Pro' grinder ships from another warehouse and arrives a day later; an order problem, not a shipping confirmation.")

# 16
add("ca", "Prairie Kitchen Supply <help@prairiekitchensupply.ca>",
    "RE: Blender leaking (702-8850713-4471296)",
"""Hi Curtis,

Sorry the blender has been leaking. I read your 1-star review and your message - from the description (water coming out under the base when it runs), it's almost certainly the sealing ring under the blade assembly sitting twisted.

Please try this:
1. Unscrew the bottom collar from the jug.
2. Take the blade assembly out and look at the black rubber ring - it should be flat in its groove, not rolled over.
3. Press it back flat all the way round, refit and tighten the collar firmly (about a quarter turn past where it first stops).

Either way, I'm mailing you two spare sealing rings by Canada Post today so you have extras. If it still leaks after that, reply here and I'll send a whole new jug.

Thanks,
Aisha
Prairie Kitchen Supply

-----Original Message-----
From: Curtis
Sent: November 30, 2026 7:52 PM
Subject: Blender leaking

Leaks all over the counter every time. Gave it 1 star. Order 702-8850713-4471296.
""", client="freshdesk", kind="reply", expect="legit",
    classes=["negative-review-mentioned", "troubleshooting", "no-ask"],
    note="Seller mentions the buyer's 1-star review while fixing a leaking blender and sending spare seals; nothing is asked about the review.")

# 17
html17 = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Lachlan,</p>
<p>Thanks for the photos of the pool cover - they came through fine.</p>
<p>We'll review the photos with our warehouse team this afternoon. From what I can see already, the tear along the edge looks like it happened in transit (the roll was folded in the box), so I don't expect any problem.</p>
<p>Once it's confirmed we'll send a new 8 x 4 m cover by StarTrack, and you won't need to send the damaged one back.</p>
<p>Cheers,<br>Jess<br>AquaShade Pools<br>Order 250-1209384-7765021</p>
<blockquote style="border-left:2px solid #ccc;margin:0;padding-left:8px;color:#555">
<p><b>From:</b> Lachlan<br><b>Sent:</b> 1 December 2026 6:40 pm</p>
<p>Photos attached of the rip on the solar cover. Box was crushed on one corner too.</p>
</blockquote>
</body></html>"""
add("au", "AquaShade Pools <support@aquashadepools.com.au>",
    "Re: Torn pool cover - 250-1209384-7765021",
"""Hi Lachlan,

Thanks for the photos of the pool cover - they came through fine.

We'll review the photos with our warehouse team this afternoon. From what I can see already, the tear along the edge looks like it happened in transit (the roll was folded in the box), so I don't expect any problem.

Once it's confirmed we'll send a new 8 x 4 m cover by StarTrack, and you won't need to send the damaged one back.

Cheers,
Jess
AquaShade Pools
Order 250-1209384-7765021

From: Lachlan
Sent: 1 December 2026 6:40 pm
Photos attached of the rip on the solar cover. Box was crushed on one corner too.
""", client="zendesk", kind="reply", expect="legit", html_body=html17,
    classes=["word-review-process", "damaged-item", "html-blockquote"],
    note="Seller will 'review the photos' of a torn pool cover and send a replacement; no review request.")

# 18
add("us", "IronPeak Automotive <support@ironpeakauto.com>",
    "Re: Which clamp goes where? Order 114-7706152-3318804",
"""Hi Walt,

Happy to help. Please follow this order so you don't get a spark near the battery:

1. Make sure the charger is unplugged from the wall.
2. Connect the RED clamp to the battery terminal marked positive (+). It's usually the bigger post and often has a red cover.
3. Connect the BLACK clamp to a bare metal part of the engine block or chassis, away from the battery (or to the negative (-) terminal if the battery is out of the car).
4. Plug the charger in and select 12V / AGM if your battery says AGM on the label, otherwise 12V / STD.

When it's done, unplug from the wall first, then remove black, then red.

The charger will show a solid green light when the battery is full. If it flashes red, the clamps are reversed - it's protected, so just unplug and swap them.

Regards,
Dave
IronPeak Automotive

On Sat, Nov 21, 2026 at 2:03 PM, Walt wrote:
> Which clamp goes on which post? The manual is tiny print. It's a 12V in a 2014 Silverado.
""", client="gmail", kind="reply", expect="legit",
    classes=["word-positive-terminal", "product-use", "safety"],
    note="Seller explains how to connect a battery charger, including the 'positive (+)' terminal; no review context at all.")

# 19
add("uk", "PureFlow Filters <help@pureflowfilters.co.uk>",
    "Re: Filter change - 203-4481920-7703356",
"""Hi Sandeep,

Thanks for the review, and for the question.

The filter cartridge in the PureFlow 3.5 L jug lasts about 150 litres, which for two people is usually around four weeks. The little dial on the lid is just a reminder - turn it to the month you fitted the new cartridge.

When you fit a new one, soak it in cold water for 15 minutes and throw away the first two jugfuls; the slightly grey water at first is just carbon dust and is harmless.

Replacement cartridges are on Amazon under the same brand; make sure you get the "Type C" ones, as the older Type B won't seat properly in this jug.

Best wishes,
Ellie
PureFlow Filters

----- Original Message -----
From: Sandeep
Date: 24/11/2026 20:18
Subject: Filter change

Left a review, happy with it so far. How often should I change the filter? Order 203-4481920-7703356
""", client="freshdesk", kind="reply", expect="legit",
    classes=["buyer-left-review", "thanks-for-review-in-reply", "product-use"],
    note="Seller briefly thanks the buyer for the review they mention and answers a filter question; nothing is asked.")

# 20
add("us", "Cascade Baby Co. <care@cascadebaby.com>",
    "Re: Update my review? (112-6640381-2291745)",
"""Hi Megan,

I'm so glad the new monitor is working and the night vision is clear now.

About your review - honestly, that's entirely up to you. You wrote it based on what happened at the time, and that's what reviews are for. If you do want to add to it, you can do that any time: go to Your Account > Your profile > Reviews, find the review for the Cascade video baby monitor and click "Edit". Amazon may take a day or so to publish the change.

If anything else comes up with the monitor, we're here.

Take care,
Jordan
Cascade Baby Co.

On Mon, Dec 7, 2026 at 9:26 PM Megan wrote:
> The replacement works perfectly!! I left a 2 star review on the first one that had the broken camera - should I update it? Feels unfair now.
""", client="gmail", kind="reply", expect="legit",
    classes=["review-edit-howto", "buyer-initiated", "neutral-no-ask"],
    note="Buyer asks whether to update their review; seller says it is entirely their choice and explains the steps only because asked.")

# 21
add("ca", "Yukon Trail Apparel <support@yukontrailapparel.ca>",
    "Re: Is the parka warm enough? Order 701-9902174-6638850",
"""Hi Genevieve,

Thanks for your question.

The Tundra parka is rated to -30°C for standing around and light activity, with 650-fill down and a windproof shell. For Winnipeg mornings at the bus stop it will be fine; below about -35°C with wind chill you'd want a warm mid-layer (a fleece or wool sweater) underneath, and there's room for one in your size.

On sizing: the medium you ordered has a 110 cm chest, which fits a 96-100 cm chest with a layer underneath.

If it doesn't fit, returns are free through Amazon within 30 days as long as the tags are on.

Regards,
Luc
Yukon Trail Apparel

> Le 10 nov. 2026 à 07:41, Genevieve a écrit :
> Is this warm enough for Winnipeg? And will a medium fit over a sweater?
""", client="apple-mail", kind="reply", expect="legit",
    classes=["word-rated", "sizing", "product-question"],
    note="Seller explains the parka is 'rated to -30°C' and answers a sizing question; 'rated' refers to temperature.")

# 22
add("uk", "Hollybrook Garden Supplies <support@hollybrookgarden.co.uk>",
    "Re: A-to-z claim - order 026-5530172-9948213",
"""Dear Mrs Dunmore,

Thank you for your message. I can see that you opened an A-to-z Guarantee claim for the greenhouse that didn't arrive. That's absolutely fine, and I'm sorry you had to.

Your claim is now under review by Amazon. While they look at it, we've checked with Evri: the parcel was marked delivered on 3 December to a "safe place", but their photo shows a different front door. We've sent Amazon that information, and we've also issued a full refund of £149.99 ourselves, so you won't need to wait for the claim decision. Amazon will close the claim once they see the refund.

If the parcel does turn up, just let us know here and we'll arrange collection.

Kind regards,
Gareth Lowe
Hollybrook Garden Supplies

-----Original Message-----
From: Mrs Dunmore
Sent: 05 December 2026 10:07
Subject: A-to-z claim

The greenhouse never came. I have opened a claim with Amazon.
""", client="outlook", kind="reply", expect="legit",
    classes=["word-review-process", "a-to-z-claim", "refund"],
    note="Seller says the A-to-z claim is 'under review by Amazon' and refunds a lost parcel; no review request.")

# 23
add("au", "RoadEye Australia <support@roadeye.com.au>",
    "Re: Dashcam playback - 249-3317760-0482195",
"""Hi Priscilla,

Yes, the RoadEye D4 Pro has a Review mode for playback on the screen itself, you don't need a computer.

1. Park the car and, with the dashcam on, press the "Review" button (the one with the triangle symbol, second from the left).
2. Use the up/down buttons to scroll through the clips - they're sorted by date, newest first.
3. Press OK to play, and OK again to pause.
4. Locked clips (from the G-sensor) are in the "Event" folder; press MENU while in Review mode to switch folders.

Press the Review button again to go back to recording. Note that it doesn't record while you're in Review mode, so please don't use it while driving.

Cheers,
Nathan
RoadEye Australia

On 29/11/2026 4:52 pm, Priscilla wrote:
> Can I watch the footage on the Pro without taking the card out? Had a near miss today.
""", client="helpscout", kind="reply", expect="legit",
    classes=["word-review-product-feature", "word-pro-variant", "product-use"],
    note="Seller explains the dashcam's 'Review' playback button on the 'Pro' model; both are feature/model names.")

# 24
html24 = """<html><body>
<div style="font-family:Georgia,serif;font-size:15px">
<p>Hi Ethan,</p>
<p>That's good to hear, and thanks for the review you mentioned.</p>
<p>About the warranty: you don't need to register anything. The 2-year warranty on the Ridgeback cast iron skillet runs from the delivery date of order 113-8856042-1170394, and your Amazon order is your proof of purchase. If anything goes wrong (cracks, warping), just message us here with a photo.</p>
<p>To keep the seasoning in good shape, wipe it with a thin layer of oil after each wash and dry it on the burner for a minute.</p>
<p>All the best,<br>Rosa<br>Ridgeback Cookware</p>
</div>
<div style="color:#666">On Fri, Dec 11, 2026 at 8:33 AM, Ethan wrote:<br>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">Skillet is great, left a review already. Do I need to register it for the warranty somewhere?</blockquote></div>
</body></html>"""
add("us", "Ridgeback Cookware <support@ridgebackcookware.com>",
    "Re: Warranty registration - 113-8856042-1170394",
"""Hi Ethan,

That's good to hear, and thanks for the review you mentioned.

About the warranty: you don't need to register anything. The 2-year warranty on the Ridgeback cast iron skillet runs from the delivery date of order 113-8856042-1170394, and your Amazon order is your proof of purchase. If anything goes wrong (cracks, warping), just message us here with a photo.

To keep the seasoning in good shape, wipe it with a thin layer of oil after each wash and dry it on the burner for a minute.

All the best,
Rosa
Ridgeback Cookware

On Fri, Dec 11, 2026 at 8:33 AM, Ethan wrote:
> Skillet is great, left a review already. Do I need to register it for the warranty somewhere?
""", client="gmail", kind="reply", expect="legit", html_body=html24,
    classes=["buyer-left-review", "warranty", "html-blockquote"],
    note="Seller answers a warranty question and thanks the buyer for the review they mention; no request.")

# ---- violations ----
# 25
add("us", "Lakeshore Lighting <support@lakeshorelighting.com>",
    "Re: Flickering lamp - 111-2084419-6657302",
"""Hi Patricia,

I'm sorry about the flicker. That model's dimmer board was part of a bad batch in October, so it isn't you. I've issued a full refund of $42.99 to your card just now, and you don't need to send the lamp back.

Once you've seen the refund come through, would you consider updating your 1-star review to mention that we sorted it out? It would really help us as a small business.

Thanks so much,
Greg
Lakeshore Lighting

On Thu, Nov 12, 2026 at 6:10 PM Patricia wrote:
> The lamp flickers constantly on every setting. I left 1 star. Order 111-2084419-6657302
""", client="gmail", kind="reply", expect="violation", rules=["review.change_or_remove"],
    classes=["negative-review-mentioned", "ask-update-review", "refund"],
    note="After refunding, the seller asks the buyer to update their 1-star review, which is a request to change a review.")

# 26
add("uk", "Wexford Pet Beds <info@wexfordpetbeds.co.uk>",
    "Re: Dog bed seams - 204-6617083-3320459",
"""Hi Sophie,

Thank you for your message and sorry to hear about the seam on the dog bed.

We'd like to put this right. We can give you a full refund of £54.99 and you can keep the bed. All we ask is that you remove the review you left, since the problem has now been resolved. Once the review is gone just reply here and we'll process the refund the same day.

Many thanks,
Callum
Wexford Pet Beds

On 19 Nov 2026, at 21:40, Sophie wrote:
> Seam split after a week, stuffing everywhere. I've put this in my review as well. Order 204-6617083-3320459
""", client="apple-mail", kind="reply", expect="violation",
    rules=["review.change_or_remove", "review.incentive"],
    classes=["negative-review-mentioned", "refund-for-removal"],
    note="Seller makes the refund conditional on the buyer removing their review, a removal request with an incentive.")

# 27
add("ca", "Aurora Bath Co. <hello@aurorabathco.ca>",
    "How are you enjoying your towels? Order 702-1180492-5536617",
"""Hi Olivia,

Your Aurora Bath Co. Turkish cotton towel set (order 702-1180492-5536617) should have arrived last week.

If you're happy with them, we'd love it if you could leave us a 5-star review on Amazon - it makes a huge difference to a small Canadian company like ours.

If anything isn't perfect, please don't leave a review yet; message us here first and we'll make it right.

Warmly,
The Aurora Bath Co. team
""", client="shopify-inbox", kind="proactive", expect="violation",
    rules=["review.biased_positive", "review.divert_negative"],
    classes=["review-request", "only-if-happy", "divert-negative"],
    note="Asks for a 5-star review only if the buyer is happy and tells unhappy buyers not to review but to contact the seller first.")

# 28
add("au", "Bayside Tools <orders@baysidetools.com.au>",
    "Re: Neutral feedback - 250-4406719-8812034",
"""Hi Derek,

Thanks again for bearing with us on the late delivery of the impact driver - glad it's all working now.

We noticed the 3-star seller feedback you left about the delay. Since it's all sorted, would you mind removing it? You can do it from Your Orders: click "Leave seller feedback" on this order and choose "Remove". It affects our account health quite a bit.

Much appreciated,
Steph
Bayside Tools

On 02/12/2026 11:18 am, Derek wrote:
> Driver turned up in the end, all good. Bit annoyed it was 6 days late though.
""", client="gmail", kind="reply", expect="violation", rules=["feedback.removal_request"],
    classes=["feedback-removal-ask", "delivery-delay"],
    note="Seller asks the buyer to remove their 3-star seller feedback and explains how, a feedback removal request.")

# 29
add("us", "Ampere Supply Co. <support@amperesupplyco.com>",
    "Re: Charging speed - 114-5519038-2270681",
"""Hi Luis,

Each port on the charger is rated 2 A, and the USB-C port does up to 20 W with Power Delivery. Your iPhone 13 will fast charge from the USB-C port with a USB-C to Lightning cable; from the USB-A ports it will charge at the normal 5 V / 2 A speed, which is why it seemed slower.

Also, if you're happy with the charger, please leave us a positive review on Amazon! If not, just let us know here instead.

Best,
Irene
Ampere Supply Co.

On Tue, Dec 8, 2026 at 1:47 PM Luis wrote:
> Why is my phone charging slow on this? It says 2A. Order 114-5519038-2270681
""", client="helpscout", kind="reply", expect="violation",
    rules=["review.biased_positive", "review.divert_negative"],
    classes=["word-rated", "only-if-happy", "divert-negative"],
    note="After answering a charging question the seller asks for a positive review only if the buyer is happy and steers unhappy buyers to private contact.")

# 30
html30 = """<html><body style="font-family:Calibri,sans-serif">
<p>Hi Rachel,</p>
<p>So sorry the first pair of running shoes came with mismatched sizes. The replacement pair (UK 6, both shoes checked!) went out with Royal Mail Tracked 24 this morning.</p>
<p>We saw your 2-star review about the mix-up. Now that the replacement is on its way, we'd really appreciate it if you could amend your review to reflect how we handled it.</p>
<p>Best regards,<br>Nadia<br>StrideLine Running</p>
<hr>
<p><b>From:</b> Rachel<br><b>Sent:</b> 30 November 2026 19:25<br><b>Subject:</b> Wrong sizes</p>
<p>One shoe is a 6 and the other is a 7. Left 2 stars. Order 203-0391874-4456120</p>
</body></html>"""
add("uk", "StrideLine Running <care@stridelinerunning.co.uk>",
    "RE: Wrong sizes - 203-0391874-4456120",
"""Hi Rachel,

So sorry the first pair of running shoes came with mismatched sizes. The replacement pair (UK 6, both shoes checked!) went out with Royal Mail Tracked 24 this morning.

We saw your 2-star review about the mix-up. Now that the replacement is on its way, we'd really appreciate it if you could amend your review to reflect how we handled it.

Best regards,
Nadia
StrideLine Running

________________________________
From: Rachel
Sent: 30 November 2026 19:25
Subject: Wrong sizes

One shoe is a 6 and the other is a 7. Left 2 stars. Order 203-0391874-4456120
""", client="outlook", kind="reply", expect="violation", rules=["review.change_or_remove"],
    classes=["negative-review-mentioned", "ask-update-review", "replacement"],
    note="After sending a replacement the seller asks the buyer to amend their 2-star review, a request to change a review.")


# day each message is sent: one or two days after the quoted buyer message
REPLY_DAY = {1:(11,14),2:(11,4),3:(11,20),4:(11,23),5:(11,10),6:(11,27),7:(12,2),8:(11,13),9:(11,16),
    10:(11,21),11:(11,25),12:(11,27),13:(11,30),14:(11,18),15:(12,4),16:(12,1),17:(12,2),18:(11,21),
    19:(11,25),20:(12,8),21:(11,10),22:(12,5),23:(11,30),24:(12,11),25:(11,13),26:(11,20),27:(11,24),
    28:(12,2),29:(12,8),30:(12,1)}

def build():
    os.makedirs(os.path.join(ROOT, "messages"), exist_ok=True)
    base = datetime(2026, 11, 3, 9, 0, tzinfo=timezone.utc)
    lines = []
    for i, m in enumerate(M, 1):
        mid = f"w138-{i:04d}"
        msg = EmailMessage()
        msg["From"] = m["sender"]
        msg["To"] = f"{alias()}@{DOM[m['mkt']]}"
        msg["Subject"] = m["subject"]
        mo, dy = REPLY_DAY[i]
        d = datetime(2026, mo, dy, 8, 0, tzinfo=timezone.utc) + timedelta(hours=rng.randint(0, 9), minutes=rng.randint(0, 59))
        tz = {"us": -5, "ca": -6, "uk": 0, "au": 11}[m["mkt"]]
        msg["Date"] = format_datetime(d.astimezone(timezone(timedelta(hours=tz))))
        msg["Message-ID"] = make_msgid(domain=m["sender"].split("@")[1].rstrip(">"))
        body = m["body"]
        cte = "quoted-printable" if i % 3 else "base64"
        msg.set_content(body, charset="utf-8", cte=cte)
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html", charset="utf-8", cte="quoted-printable")
        with open(os.path.join(ROOT, "messages", mid + ".eml"), "wb") as f:
            f.write(bytes(msg))
        lines.append(json.dumps({"id": mid, "file": f"messages/{mid}.eml", "lang": "en",
            "client": m["client"], "kind": m["kind"], "split": "dev", "expect": m["expect"],
            "rules": m["rules"], "classes": m["classes"], "note": m["note"]}, ensure_ascii=False))
    with open(os.path.join(ROOT, "labels.jsonl"), "w") as f:
        f.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    build()
