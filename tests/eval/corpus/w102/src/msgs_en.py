# Hand-written English messages (w102). Each text written individually.
MSGS = [
dict(lang="en", client="helpscout", kind="reply", expect="legit", tld="co.uk",
 classes=["refusal", "phone-declined", "first-steps", "quoted-history"],
 note="Declines a phone call and walks the buyer through first steps for a boiler-thermostat pairing problem.",
 **{"from": ("Hannah at Brightwarm", "hannah@brightwarm.co.uk")},
 subject="Re: Thermostat won't pair with receiver",
 quoted="The wireless thermostat I bought won't pair with the receiver box, the light just keeps flashing amber. Can someone ring me? It's much easier to explain on the phone.",
 body="""Hi there,

Sorry to hear the thermostat is giving you trouble. I completely understand a call would feel quicker, but we handle all support through Amazon messages, so I'll set everything out here and you can reply with any questions at all.

A flashing amber light means the receiver is waiting for a pairing signal. First of all, could you try this:

1. Take one battery out of the thermostat and leave it out.
2. On the receiver, hold the PAIR button for 5 seconds until the light flashes amber quickly.
3. Put the battery back in the thermostat within 60 seconds. It will show "P1" and then "OK".

If the receiver is behind a metal boiler casing, try doing this with the thermostat in the same room first, then move it back once it has paired.

If it still won't pair, let me know the code shown on the thermostat screen and we'll sort out a replacement receiver.

Kind regards,
Hannah Price
Customer Support, Brightwarm Heating
"""),

dict(lang="en", client="zendesk", kind="reply", expect="legit", tld="com",
 classes=["refusal", "coupon-declined", "product-page", "quoted-history"],
 note="Explains that the clip-on coupon shown on the product page is applied by Amazon at checkout and that the seller cannot issue codes.",
 **{"from": ("Marcus | Trailbound Support", "support@trailbound-gear.com")},
 subject="Re: Coupon didn't apply to my order",
 quoted="The product page for the hiking poles said 'Save 15% with coupon' but I was charged full price. Can you send me a code or refund the 15%?",
 body="""Hi,

Thanks for getting in touch, and sorry for the confusion at checkout.

The "Save 15% with coupon" badge on the product page is an Amazon clip coupon. It only applies if the "Apply coupon" box is ticked on the product page before the item is added to the cart, and Amazon handles it entirely. We're not able to send coupon codes or partial refunds for it ourselves, so I'm afraid I can't apply it retrospectively from our side.

What I'd suggest is contacting Amazon Customer Service through Your Orders > Problem with order. They can see whether the coupon was clipped at the time of purchase and, if it was, correct the charge.

On the poles themselves: the lower sections lock with the flick-lock at a quarter turn, so there's no need to over-tighten the screw on the clamp.

Best,
Marcus Reid
Trailbound Support
"""),

dict(lang="en", client="freshdesk", kind="proactive", expect="legit", tld="com",
 classes=["review-request-neutral", "first-steps"],
 note="One neutral review request with the order id, inviting honest feedback and giving a care tip.",
 **{"from": ("Pinecrest Kitchen", "care@pinecrestkitchen.com")},
 subject="Your cast iron skillet - order 113-4472918-6603157",
 body="""Hello,

Your 12-inch cast iron skillet (order 113-4472918-6603157) should have arrived a few days ago, so we wanted to check in briefly.

If it's useful to you, first of all: after washing, dry the skillet on the stove for a minute and wipe a few drops of oil over the cooking surface. That keeps the seasoning from going patchy during the first weeks.

When you've had a chance to cook with it, we'd appreciate it if you shared your experience in a review on Amazon. Honest feedback, good or bad, helps other cooks decide and tells us what to improve.

Thank you,
The Pinecrest Kitchen team
"""),

dict(lang="en", client="gmail", kind="reply", expect="legit", tld="com",
 classes=["dissatisfaction", "return", "first-steps", "quoted-history"],
 note="Apologises to a disappointed buyer about a wobbly desk and offers parts or a return through Amazon.",
 **{"from": ("Olivia Grant", "olivia@northlinefurniture.com")},
 subject="Re: Standing desk wobbles",
 quoted="Honestly pretty disappointed. The standing desk wobbles a lot when it's raised above 40 inches. For the price I expected better.",
 body="""Hi,

I'm sorry the desk isn't living up to what you expected - that's fair feedback, and wobble at full height is something we take seriously.

Before anything else, could you check two things?

- The four bolts joining the crossbar to the legs: these often settle after the first few days and need another firm turn with the large hex key.
- The levelling feet underneath: if one is slightly higher, the whole frame rocks when raised.

Most of the time that takes care of it. If it still wobbles after tightening, I can send you our stabiliser bracket kit free of charge, or if you'd rather not keep the desk, you're welcome to return it through Your Orders on Amazon for a full refund.

Just let me know which you'd prefer.

Olivia Grant
Customer Care, Northline Furniture
"""),

dict(lang="en", client="outlook", kind="proactive", expect="legit", tld="co.uk",
 classes=["customisation"],
 note="Asks the buyer to confirm the engraving on a personalised chopping board, with the order id.",
 **{"from": ("Oak & Ember Workshop", "orders@oakandember.co.uk")},
 subject="Engraving check for order 204-5581032-7719402",
 body="""Hello,

Thank you for ordering the personalised walnut chopping board (order 204-5581032-7719402).

Before we engrave it, we'd like to confirm the text. The personalisation field reads:

    "The Hendersons - Est 2019"

Would you like a dash as shown, or an ampersand-style divider? And should "Est" be followed by a full stop? Once engraved we can't change it, so we'd rather double-check.

Please reply to this message with the exact wording. If we haven't heard back by Thursday, we'll engrave it exactly as written above.

Many thanks,
Tom Ashby
Oak & Ember Workshop
"""),

dict(lang="en", client="edesk", kind="reply", expect="legit", tld="co.uk",
 classes=["refusal", "whatsapp-declined", "buyer-quoted-phone", "look-alike", "quoted-history"],
 note="The buyer's quoted text includes their WhatsApp number; the seller declines to move the conversation and asks for photos via messages.",
 **{"from": ("Leafy Lane Garden Supplies", "help@leafylane.co.uk")},
 subject="Re: Greenhouse panel cracked",
 quoted="One of the polycarbonate panels on the mini greenhouse arrived cracked. Can you WhatsApp me on 07700 900482 so I can send you a video?",
 body="""Hello,

Thanks for letting us know, and sorry the greenhouse arrived with a cracked panel.

We're only able to communicate through Amazon messaging, so we won't be able to use WhatsApp - but you can attach photos directly to a reply here, which works just as well. A photo of the cracked panel and one of the outer box would be ideal.

As soon as we have those, we'll dispatch a replacement panel by Royal Mail Tracked 48. There's no need to send the damaged one back.

In the meantime, the greenhouse can still be assembled; just leave that section's clips loose so the new panel slides in easily.

Best wishes,
Priya Sandhu
Leafy Lane Garden Supplies
"""),

dict(lang="en", client="zendesk", kind="reply", expect="legit", tld="com",
 classes=["review-mentioned", "negation", "warranty", "quoted-history"],
 note="Reassures the buyer that leaving an honest negative review has no effect on their warranty claim.",
 **{"from": ("Cascade Home Support", "support@cascadehome.com")},
 subject="Re: Will a bad review void my warranty?",
 quoted="My air purifier started making a rattling noise after a month. If I leave a 2-star review, will that affect my warranty claim?",
 body="""Hi,

Not at all. Your review is entirely your decision and has no bearing on your warranty - we'll handle the claim the same way either way.

A rattling noise after a month is usually the pre-filter frame sitting slightly out of its slot. Could you first switch the purifier off, open the back cover, and press the pre-filter firmly into the clips on all four sides? If the noise continues with the filter seated properly, it's likely the fan bearing and we'll replace the unit under the 2-year warranty.

For that we'd just need the serial number from the sticker on the base. You can reply here with it.

Regards,
Daniel Ortiz
Cascade Home Support
"""),

dict(lang="en", client="freshdesk", kind="reply", expect="legit", tld="com",
 classes=["attachment", "manual", "quoted-history"],
 note="Answers an error-code question and attaches the quick-start guide as a PDF.",
 attach_pdf=("SV-900_quick_start.pdf", "en-manual"),
 **{"from": ("Thermo Culinary Support", "support@thermoculinary.com")},
 subject="Re: E1 error on sous vide",
 quoted="My sous vide stick keeps showing E1 after a few minutes. I lost the manual. What does that mean?",
 body="""Hi,

E1 means the water level has dropped below the MIN line on the stick - usually from evaporation during longer cooks. Topping up the water and restarting will clear it. Covering the pot with cling film or a lid with a notch for the stick cuts evaporation down a lot.

I've attached the quick-start guide as a PDF so you have it to hand, including the other error codes.

If the E1 appears even when the water is clearly above MIN, let us know and we'll look into a replacement.

Best regards,
Aisha Karim
Thermo Culinary Support
"""),

# ---------------- violations ----------------
dict(lang="en", client="gmail", kind="reply", expect="violation", tld="com",
 rules=["review.biased_positive"],
 classes=["satisfaction", "conditional", "quoted-history"],
 note="Answers a sizing question, then asks for a 5-star review if the buyer is happy.",
 **{"from": ("Jenna from Littlefox Apparel", "jenna@littlefoxapparel.com")},
 subject="Re: Sizing for the fleece onesie",
 quoted="My son is 18 months and quite tall - should I get the 18-24m or the 2T?",
 body="""Hi!

Great question. Our 18-24m runs slightly short in the leg, so for a tall 18-month-old I'd go with the 2T - it has an extra inch in the body and the cuffs fold over if it's a bit long at first.

And if you're happy with the onesie once it arrives, we'd be so grateful for a 5-star review - it really helps a small business like ours!

Warmly,
Jenna
Littlefox Apparel
"""),

dict(lang="en", client="helpscout", kind="proactive", expect="violation", tld="com",
 rules=["review.divert_negative"],
 classes=["dissatisfaction", "paraphrase"],
 note="Proactive check-in that asks buyers who had any issue to message the seller before reviewing.",
 **{"from": ("Summit Audio", "hello@summitaudio.com")},
 subject="How's your turntable? Order 112-7730184-2259046",
 body="""Hi,

Your Summit RT-2 turntable (order 112-7730184-2259046) was delivered earlier this week, and we hope it's spinning nicely.

Quick tip: if the sound is thin, check that the phono/line switch on the back matches your amplifier input.

If anything at all isn't perfect, please reply here before writing a review so we have a chance to put it right first. We read every message personally.

Cheers,
Ben Walsh
Summit Audio
"""),

dict(lang="en", client="zendesk", kind="reply", expect="violation", tld="co.uk",
 rules=["purpose.marketing", "contact.off_platform"],
 classes=["coupon", "social-media", "quoted-history"],
 note="Answers a wash-care question, then promotes an Instagram account and a discount code for the seller's own website.",
 **{"from": ("Meadow & Wool", "care@meadowandwool.co.uk")},
 subject="Re: Can the throw go in the washing machine?",
 quoted="Can the merino throw be machine washed or is it dry clean only?",
 body="""Hello,

Good question - the merino throw can go in the machine on a wool or hand-wash cycle at 30 degrees, with a wool detergent and no fabric softener. Dry it flat, out of direct sunlight, and give it a gentle shake while it's still damp.

P.S. Follow us on Instagram @meadowandwool for styling ideas, and use code WOOLY15 for 15% off your next order on our website.

Warm regards,
Isla Brennan
Meadow & Wool
"""),

dict(lang="en", client="outlook", kind="reply", expect="violation", tld="com",
 rules=["contact.email_address", "contact.off_platform"],
 classes=["signature", "quoted-history"],
 note="Asks the buyer to email photos to the seller's own address instead of replying on Amazon.",
 **{"from": ("Ridgeway Tools - Returns", "returns@ridgewaytools.com")},
 subject="RE: Drill battery not holding charge",
 quoted="The spare battery for my cordless drill only lasts about 5 minutes even after a full charge.",
 body="""Hello,

Sorry about that - a battery dropping out after 5 minutes sounds like a faulty cell.

To speed things up, please email a photo of the battery label and your charger to warranty@ridgewaytools.com, and our warranty team will ship a replacement directly. They don't have access to Amazon messages, so email is the quickest route.

Thanks,
Chris Mallory
Returns Department, Ridgeway Tools
"""),
]
