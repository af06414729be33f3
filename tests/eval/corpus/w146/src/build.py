"""Build w146 messages and labels.jsonl with the stdlib email package.

PDF attachments are made beforehand by pdfs.py (fpdf2, private venv) into src/attachments/.
"""
import html
import json
import random
import re
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import make_msgid
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
ATT = BASE / "src" / "attachments"
rng = random.Random(146)

DOMAIN = {"com": "marketplace.amazon.com", "uk": "marketplace.amazon.co.uk",
          "ca": "marketplace.amazon.ca", "au": "marketplace.amazon.com.au"}
TZ = {"com": "-0500", "uk": "+0000", "ca": "-0500", "au": "+1100"}

MAILER = {
    "zendesk": ("X-Mailer", "Zendesk Mailer"),
    "freshdesk": ("X-Mailer", "Freshdesk"),
    "gorgias": ("X-Mailer", "Gorgias"),
    "helpscout": ("X-Mailer", "Help Scout"),
    "edesk": ("X-Mailer", "eDesk Mailer"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "gmail": None,
    "applemail": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
}


def alias():
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))


# ---------------------------------------------------------------- quoting
def quote_plain(client, when, who, text, subj):
    lines = text.strip("\n").split("\n")
    if client == "zendesk":
        return ("\n\n--------------------------------\n\n"
                f"{who} (Amazon Buyer)\n\n{when}\n\n" + "\n".join(lines))
    if client == "outlook":
        return ("\n\n-----Original Message-----\n"
                f"From: {who} - Amazon Marketplace\nSent: {when}\n"
                f"Subject: {subj}\n\n" + "\n".join(lines))
    if client == "edesk":
        return ("\n\n---- Original message ----\n"
                f"From: {who} (Amazon buyer)\nDate: {when}\n\n" + "\n".join(lines))
    if client == "applemail":
        return (f"\n\n> On {when}, {who} - Amazon Marketplace wrote:\n> \n"
                + "\n".join("> " + l if l else ">" for l in lines))
    # gmail, freshdesk, gorgias, helpscout
    return (f"\n\nOn {when} {who} - Amazon Marketplace wrote:\n"
            + "\n".join("> " + l if l else ">" for l in lines))


def to_html_paras(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + html.escape(para).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def quote_html(client, when, who, text, subj):
    inner = to_html_paras(text)
    if client == "gmail":
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On '
                f"{html.escape(when)} {html.escape(who)} - Amazon Marketplace wrote:<br></div>"
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                f"{inner}</blockquote></div>")
    if client == "freshdesk":
        return ('<div class="freshdesk_quote"><blockquote class="freshdesk_quote">'
                f"On {html.escape(when)} {html.escape(who)} wrote:<br>{inner}</blockquote></div>")
    if client == "outlook":
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
                f"<p><b>From:</b> {html.escape(who)} - Amazon Marketplace<br><b>Sent:</b> "
                f"{html.escape(when)}<br><b>Subject:</b> {html.escape(subj)}</p></div>{inner}")
    if client == "applemail":
        return (f"<div><br><blockquote type=\"cite\"><div>On {html.escape(when)}, "
                f"{html.escape(who)} - Amazon Marketplace wrote:</div><br>{inner}</blockquote></div>")
    if client == "zendesk":
        return ('<div style="color:#b5b5b5">--------------------------------</div>'
                f"<p><strong>{html.escape(who)}</strong> (Amazon Buyer)<br>{html.escape(when)}</p>"
                f'<div class="zd-comment">{inner}</div>')
    cls = {"gorgias": "gorgias_quote", "helpscout": "hs-quote", "edesk": "edesk-quote"}[client]
    return (f'<blockquote class="{cls}"><div>On {html.escape(when)}, {html.escape(who)} wrote:</div>'
            f"{inner}</blockquote>")


# ---------------------------------------------------------------- messages
M = []


def add(**kw):
    M.append(kw)


# 1
add(mkt="com", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["how_to", "measurements", "installation"],
    note="Answers a drywall mounting question for a floating shelf with numbered steps and stud/anchor measurements.",
    shop=("Bracken Forge Home", "support@brackenforgehome.com"),
    subject="Re: Mounting question - 36 in walnut floating shelf (Order 112-4471902-3385027)",
    when="Nov 2, 2026, 8:41 PM EST", who="Derek",
    quoted="Hi, the shelf came today and looks great. My wall is drywall and I can only find one stud where I want it. Can I still hang it? Will have books on it. Thanks",
    body="""Hi Derek,

Thanks for the question, and glad the shelf arrived in good shape. Yes, you can hang it with one stud, but please use the toggle bolts rather than the plastic anchors in the bag, because books get heavy fast.

1. Find the stud and mark its center. Hold the steel bracket level on the wall so that one of its four holes lines up with the stud. The holes are 8 in (203 mm) apart, so the other three will land on drywall.
2. Drill a 1/8 in pilot hole into the stud and drive one of the 3 in (76 mm) lag screws, snug but not fully tight.
3. For the three drywall holes, drill 1/2 in (12.7 mm) holes and fit 1/4-20 snap toggles (Toggler SnapToggle BA or similar). Each is rated about 80 lb in 1/2 in drywall.
4. Level the bracket, tighten everything, then slide the shelf over the two rods until it sits flush against the wall. The set screw underneath locks it in place (3 mm hex key, included).
5. Load it gradually. With one stud and three toggles we recommend keeping it under 45 lb (about 20 kg) spread along the shelf, which is roughly two rows of paperbacks or one row of hardcovers.

If the shelf tips forward slightly once loaded, back the set screw out and add a shim behind the bottom edge of the bracket. A business card folded once is usually enough.

Best,
Marisol
Bracken Forge Home - Customer Care""",
    html=True)

# 2
add(mkt="com", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["compatibility", "other_brand_models"],
    note="Confirms which Google Pixel model a case fits and which third-party chargers work with it.",
    shop=("Tidewell Cases", "help@tidewellcases.com"),
    subject="Re: Pixel 9 Pro or Pro XL?",
    when="Tue, Nov 3, 2026 at 11:07 AM", who="Amazon Customer",
    quoted="Does the clear case fit the Pixel 9 Pro XL or only the regular 9 Pro? And will it work with my wireless charger? I ordered it yesterday (order 113-2290415-7736120).",
    body="""Hello,

Thanks for checking before it arrives. The case in your order (Tidewell Slim Clear, 113-2290415-7736120) is cut for the Google Pixel 9 Pro only, the 6.3 in model at 152.8 x 72 x 8.5 mm. It will not fit the Pixel 9 Pro XL, which is about 10 mm taller, and it is also not for the Pixel 9 Pro Fold.

Wireless charging goes through the case without a problem. We tested it with the Google Pixel Stand (2nd gen), an Anker 313 pad and a Belkin BoostCharge Pro 15 W. The case is 1.5 mm thick at the back, so any standard Qi charger should be fine. It does not have a magnet ring built in, so magnetic mounts will not hold it unless you add a stick-on ring.

If you actually have the XL, just let me know here and I can explain how to return or exchange it through your Amazon orders page before you open the package.

Kind regards,
Owen
Tidewell Cases""",
    html=True)

# 3
add(mkt="uk", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["compatibility", "other_brand_models"],
    note="Tells a UK buyer which Shark vacuum models a replacement filter set fits and how to fit it.",
    shop=("Fenmoor Spares", "care@fenmoorspares.co.uk"),
    subject="Re: Filter kit - will it fit NZ850UKT?",
    when="Wed, 4 Nov 2026 at 09:15", who="Gillian",
    quoted="Hello, I have a Shark NZ850UKT, the listing only says NZ801UK. Are they the same filters? Order 203-8817460-2950316.",
    body="""Hi Gillian,

Good question, the model numbers are confusing. The NZ850UKT (Anti Hair Wrap with Powered Lift-Away, the "T" is just the pet tool bundle) uses the same pre-motor foam and felt pair and the same post-motor HEPA as the NZ801UK, so the kit in order 203-8817460-2950316 will fit.

To swap them:

1. Lift the dust cup off and open the filter lid on top of the motor pod.
2. Take out the foam and felt pair. The felt sits underneath.
3. The HEPA filter is at the front, under the grille at the base. Press the grille tab and it swings down.
4. Rinse the new foam and felt once in cold water only if you want to pre-wash them; otherwise fit them dry. Never put the HEPA in water.

Shark recommends rinsing the foam and felt every month and replacing the whole set about once a year. The kit contains two foam/felt sets, so the second one will see you through the following year.

It will not fit the older NV601UK or the cordless IZ range, just in case you have one of those as well.

All the best,
Priya
Fenmoor Spares""",
    html=True)

# 4
add(mkt="uk", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["return", "refund", "amazon_returns"],
    note="Explains how to return an unwanted duvet cover through Amazon's returns centre and when the refund is issued.",
    shop=("Holly Oak Living", "customercare@hollyoakliving.co.uk"),
    subject="Re: Return - duvet cover wrong size",
    when="Thu, 5 Nov 2026 at 7:52 PM", who="Martin",
    quoted="Ordered double instead of king by mistake. Still in packaging. How do I send it back? 026-5531094-7708261",
    body="""Dear Martin,

No problem at all, it happens a lot with duvet sizes. As the cover is unopened you can return it for a full refund.

Please start the return from Amazon rather than posting it to us directly, so it is tracked against your order:

1. Go to Your Orders on Amazon.co.uk and find order 026-5531094-7708261.
2. Choose "Return or replace items" and select "Ordered wrong size" (or "No longer needed").
3. Amazon will give you a prepaid label or a QR code. You can drop the parcel at any Post Office or Royal Mail Customer Service Point, or book a collection.

Once the parcel is scanned back to us we check it and issue the refund within 2 working days; your bank usually shows it 3 to 5 working days after that. If you would like the king size instead, the simplest way is to order it separately now so you are not waiting for the return to arrive.

Kind regards,
Lucy
Holly Oak Living""",
    html=True)

# 5
add(mkt="com", client="edesk", kind="proactive", expect="legit", rules=[],
    classes=["refund", "return_received"],
    note="Tells the buyer the returned item arrived and the refund has been issued, with amount and timing.",
    shop=("Cobalt Trail Outfitters", "orders@cobalttrailgear.com"),
    subject="Refund issued for order 111-3068145-9024773",
    body="""Hi Tessa,

The Cobalt Trail 40L daypack you sent back for order 111-3068145-9024773 reached our warehouse in Reno this morning, and we have issued a full refund of $64.99 to your original payment method through Amazon.

Most cards show the credit within 3-5 business days. If you paid with an Amazon gift card balance, it is usually there within a few hours.

Sorry the fit across the shoulders didn't work out for you.

Regards,
Cobalt Trail Outfitters Support""",
    html=False)

# 6
add(mkt="com", client="gorgias", kind="proactive", expect="legit", rules=[],
    classes=["replacement", "missing_part", "tracking_link", "ups"],
    note="Proactively tells the buyer a hardware pack may be missing from their batch and that a free replacement is on its way via UPS with the tracking link.",
    shop=("Pinegate Furniture Co.", "support@pinegatefurniture.com"),
    subject="Hardware bag for your bench - order 114-7712093-5561840",
    body="""Hi Carla,

We found out this week that a small number of our 48 in entryway benches packed on October 28 left the warehouse without the hardware bag (bag "C": eight M6 x 30 mm bolts, washers and the 4 mm Allen key). Your order 114-7712093-5561840 was in that batch.

If your box had bag C, you can ignore this message. If it didn't, we've already sent one to you at no charge so you don't need to contact us. It's going UPS Ground, tracking 1Z 7W3 186 03 4427 9158:
https://www.ups.com/track?tracknum=1Z7W31860344279158

It should arrive by Friday, November 13. Sorry for the hassle.

Thanks,
Jonah
Pinegate Furniture Co.""",
    html=True)

# 7
add(mkt="ca", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["delivery_delay", "tracking_link", "canada_post", "apology"],
    note="Answers a where-is-my-order question with a Canada Post tracking link and an apology for the weather delay.",
    shop=("Maple Ridge Kitchenware", "service@mapleridgekitchen.ca"),
    subject="RE: Cast iron pan still not here",
    when="Monday, November 9, 2026 10:22 AM", who="Nadia",
    quoted="Hi, it's been 8 days and tracking hasn't moved since Winnipeg. Order 702-6694201-3318559. Is it lost?",
    body="""Hi Nadia,

I'm sorry for the wait. I checked with Canada Post this morning: your parcel (tracking 7023 3190 4418 2276) has been held at the Winnipeg processing plant since the snowstorm last Wednesday, along with a lot of other Prairie mail. It has not been marked lost, and Canada Post expects the backlog to clear this week.

You can follow it here:
https://www.canadapost-postescanada.ca/track-reperer/en#/search?searchFor=7023319044182276

If it hasn't moved by Friday, November 13, reply to this message and we'll send a replacement 12 in skillet straight away, or refund you through Amazon, whichever you prefer. Either way you won't be out of pocket.

Best regards,

Simon Leclair
Maple Ridge Kitchenware""",
    html=True)

# 8
add(mkt="au", client="applemail", kind="reply", expect="legit", rules=[],
    classes=["delivery_delay", "tracking_link", "australia_post"],
    note="Replies to an Australian buyer's delivery question with the Australia Post tracking link and expected date.",
    shop=("Saltbush Garden Supply", "help@saltbushgarden.com.au"),
    subject="Re: Where is my hose reel?",
    when="12 Nov 2026, at 6:48 am", who="Bruce",
    quoted="G'day, said delivered by the 10th but nothing yet. Order 250-3319847-6012294",
    body="""Hi Bruce,

Sorry about that. Your hose reel went out with Australia Post Parcel Post from our Dandenong South warehouse on 5 November. It was scanned at the Brisbane Parcel Facility on the 9th and is now showing "With Australia Post" at the Toowoomba delivery centre, so it looks like it's been running a day or two behind the estimate.

Tracking number 33QPL5021873401000960508:
https://auspost.com.au/mypost/track/details/33QPL5021873401000960508

Their current estimate is Friday 13 November. If it isn't with you by Tuesday the 17th, let me know here and I'll lodge a tracing request with Auspost and send a replacement.

Cheers,
Kylie
Saltbush Garden Supply""",
    html=False)

# 9
add(mkt="uk", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["damaged_in_transit", "replacement", "photos_via_amazon"],
    note="Handles a lampshade broken in transit: asks for photos through Amazon messaging and arranges a replacement without a return.",
    shop=("Larkspur Lighting", "service@larkspurlighting.co.uk"),
    subject="Re: Glass shade arrived cracked (Order 204-1178365-9940217)",
    when="13 Nov 2026, 16:05 GMT", who="Helen",
    quoted="The ribbed glass shade was cracked right through when I opened the box, the outer box was squashed on one corner. Very disappointed as it was a gift.",
    body="""Dear Helen,

I'm really sorry, that's not what anyone wants to find, especially with a gift. It sounds like it was crushed in transit, and we'll put it right.

Could you attach two or three photos to your reply here in Amazon messages: one of the cracked shade and one of the damaged corner of the outer box? We need those for our claim with the courier; you don't need to send the shade back. Please dispose of the broken glass carefully, or keep it wrapped in the box until you can.

As soon as the photos come through I'll send a replacement ribbed shade (amber, 22 cm) by Royal Mail Tracked 24, so it should reach you within two working days. If you would rather have a refund instead, just say and I'll process it through Amazon.

Kind regards,
Rupert Hale
Larkspur Lighting""",
    html=True)

# 10
add(mkt="com", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["custom_order", "personalization"],
    note="Confirms engraving text and line limits for a personalised cutting board and asks the buyer to reply in the thread.",
    shop=("Ashgrove Woodshop", "orders@ashgrovewoodshop.com"),
    subject="Re: Engraving text for cutting board",
    when="Sat, Nov 14, 2026 at 2:31 PM", who="Rachel",
    quoted="Hi! I ordered the maple board with engraving (113-9904712-2287605). Can it say \"The Okafor Kitchen - est. 2019\" with a little heart? And can you get it here before Thanksgiving?",
    body="""Hi Rachel,

Thanks for the order. We can do that. A couple of details before it goes to the laser:

1. The board takes two lines of up to 22 characters each at this font size. I'd split it as:
   Line 1: The Okafor Kitchen
   Line 2: est. 2019
2. We can add a small heart (about 1/2 in wide) after "2019" or centered below line 2. Which do you prefer?
3. Font options are Serif (like in the main listing photo), Script, or Block capitals. If you don't choose, we'll use Serif.

If you confirm by Monday, November 16, it will be engraved on Tuesday and ship with UPS on Wednesday, which puts it with you by Monday, November 23, well before Thanksgiving.

Please reply right here with your choices so they're saved with your order.

Warmly,
Dana
Ashgrove Woodshop""",
    html=True)

# 11
add(mkt="com", client="edesk", kind="proactive", expect="legit", rules=[],
    classes=["b2b", "invoice", "tax_exempt", "attachment_pdf"],
    note="Sends a school district buyer the tax-exempt invoice they need for their purchasing records as a PDF.",
    shop=("Larchmont Lab Supply", "accounts@larchmontlabsupply.com"),
    subject="Tax-exempt invoice for order 114-5820371-6093148",
    body="""Hello,

Please find attached invoice LLS-26-11482 for Amazon order 114-5820371-6093148 (12 beaker sets, 6 pocket scales, 30 pairs of safety goggles), delivered to Harmon Creek Middle School.

We have applied the district's Ohio exemption certificate on file with your Amazon Business account, so the invoice shows $0.00 sales tax and a total of $506.40, paid in full through Amazon.

If your purchasing department needs a PO number added, reply to this message with it and I'll reissue the invoice the same day.

Best regards,
Teresa Vaughn
Accounts Receivable
Larchmont Lab Supply LLC""",
    html=False, attach="LLS-26-11482_invoice_tax-exempt.pdf")

# 12
add(mkt="com", client="zendesk", kind="proactive", expect="legit", rules=[],
    classes=["installation_guide", "attachment_pdf", "how_to"],
    note="Sends a PDF quick-start guide for under-cabinet LED bars because the printed sheet in that batch was misprinted.",
    shop=("LumaRail Lighting", "support@lumarail-lighting.com"),
    subject="Installation guide for your under-cabinet lights (order 112-6638205-4170932)",
    body="""Hi Steven,

A short note about your LumaRail 3-bar kit (order 112-6638205-4170932). Some of the printed instruction sheets in this shipment have the clip spacing printed wrong, so we've attached the corrected quick-start guide as a PDF.

The main things to know:
- Clips go 1 in from each end of the bar, plus one in the middle.
- Keep the pilot holes to 3/8 in deep at most; most cabinet bottoms are only 1/2 to 5/8 in thick.
- One adapter runs up to 6 bars (72 W).

If anything doesn't line up with your cabinets, reply here with the depth of the cabinet bottom and we'll help you work it out.

Thanks,
Aaron
LumaRail Support""",
    html=True, attach="LumaRail_quick_start.pdf")

# 13
add(mkt="com", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["warranty", "manufacturer_warranty"],
    note="Explains how the two-year manufacturer warranty on an espresso grinder works and offers to start the claim in the thread.",
    shop=("Crema Depot", "cs@cremadepot.com"),
    subject="Re: Grinder stopped working after 7 months",
    when="Mon, Nov 16, 2026 at 9:02 AM", who="Luis",
    quoted="My Baratza Encore ESP from you stopped turning on. It's been about 7 months. Is this covered? order 111-8850217-4439016",
    body="""Hi Luis,

Sorry to hear that. Yes, it's covered: the Baratza Encore ESP has a 2-year manufacturer warranty from the purchase date, and your order (111-8850217-4439016, May 2, 2026) is well within it.

Before anything else, please try this, because it fixes a good share of "won't turn on" cases:

1. Unplug the grinder and remove the hopper.
2. Check that the hopper is clicked fully into the locked position when you put it back. There's a safety switch under it, and if the hopper sits even 2 mm high the motor won't start.
3. Plug it into a different outlet and press the front button once.

If it still does nothing, reply here with the serial number from the sticker underneath (starts with "ESP") and a short description of what happens when you press the button. We'll file the warranty claim with Baratza for you as the seller of record, and they'll either repair or replace it. You won't need to pay for shipping.

Best,
Hannah
Crema Depot""",
    html=True)

# 14
add(mkt="com", client="freshdesk", kind="proactive", expect="legit", rules=[],
    classes=["safety_notice", "product_use"],
    note="Gives a proactive safety note about not using a space heater on an extension cord or power strip.",
    shop=("Northgate Comfort", "support@northgatecomfort.com"),
    subject="Safety information for your ceramic heater - order 113-4027718-5563091",
    body="""Hello,

Thank you for ordering the Northgate 1500 W ceramic tower heater (order 113-4027718-5563091). Because heaters are the most common cause of winter home fires, we send every customer a short safety note with the delivery:

- Plug the heater directly into a wall outlet. Do not use an extension cord or a power strip; most are rated below the heater's 12.5 A draw and can overheat.
- Keep 3 ft (about 1 m) of clear space around the front and sides: curtains, bedding, paper and furniture.
- Place it on a hard, level floor, not on a rug or carpet with a deep pile.
- The tip-over switch shuts it off if it falls. If it ever clicks off unexpectedly, check that it's standing flat.
- Turn it off and unplug it when you leave the room or go to sleep.

The outlet plug should feel warm at most, never hot. If it does get hot, stop using that outlet and have it checked.

Stay warm,
Northgate Comfort Customer Support""",
    html=True)

# 15
add(mkt="com", client="gorgias", kind="proactive", expect="legit", rules=[],
    classes=["review_request", "neutral"],
    note="Sends a single neutral review request that invites any honest opinion through Amazon without bias or incentive.",
    shop=("Harbor & Finch", "hello@harborandfinch.com"),
    subject="How is your throw blanket? (Order 112-5093376-8821460)",
    body="""Hi Mei,

Your Harbor & Finch waffle-knit throw (order 112-5093376-8821460) was delivered about two weeks ago. When you have a minute, would you share your experience in a review on Amazon? Whether it's positive or negative, honest reviews help other shoppers decide and help us see what to improve.

You can leave one from Your Orders on Amazon by choosing "Write a product review" next to the item.

Thank you,
Harbor & Finch""",
    html=True)

# 16
add(mkt="uk", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["refusal", "no_discount"],
    note="Politely declines a request for a discount on a second item and points to the Amazon listing price.",
    shop=("Thornbury Tools", "sales@thornburytools.co.uk"),
    subject="RE: Discount for buying 2?",
    when="Tuesday, 17 November 2026 14:40", who="Graham",
    quoted="Bought the 18V impact driver last week (order 202-7730146-3318902), very happy. Want another for my son. Can you do me 10% off if I buy a second?",
    body="""Hi Graham,

Glad to hear the impact driver is doing the job.

I'm afraid we can't offer individual discounts through Amazon messages; the price on the listing is the price for everyone. Amazon does sometimes run its own deals on the item, so it may be worth keeping an eye on the listing or adding it to your Amazon wish list.

One thing that may help: if your son already has an 18V battery from the same range, the bare-tool version (no battery or charger) is on the same listing under "Style" and is about £35 cheaper.

Best regards,
Phil Carver
Thornbury Tools""",
    html=True)

# 17
add(mkt="au", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["refusal", "no_phone", "troubleshooting"],
    note="Declines a buyer's request for a phone call, keeps support in Amazon messages and troubleshoots the robot mop there.",
    shop=("Bluegum Appliances", "support@bluegumappliances.com.au"),
    subject="Re: Can someone call me?",
    when="Wed, 18 Nov 2026 at 8:12 PM", who="Sharon",
    quoted="The mop pad thing won't stay on and it keeps beeping. Can someone just ring me please, easier than typing. 250-1146637-9927805",
    body="""Hi Sharon,

I understand typing it all out is a pain, sorry. We aren't able to make phone calls for Amazon orders, but I'll do my best to sort it quickly here.

The beeping together with the pad falling off usually means the pad holder isn't locked:

1. Turn the robot over on a towel.
2. Slide the grey pad holder in from the back until you hear two clicks, one on each side. If you only hear one, press the other side firmly.
3. The pad attaches with the hook-and-loop strip. Line up the notch on the pad with the arrow on the holder.
4. Turn it back on. The beeping should stop within a few seconds.

If it keeps beeping, could you count the beeps (it's usually 2, 3 or 4 in a row) and let me know? That tells me which sensor it's complaining about. A short video attached to your reply here would help too.

Kind regards,
Jess
Bluegum Appliances""",
    html=True)

# 18
add(mkt="ca", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["refusal", "no_outside_email", "photos_via_amazon"],
    note="Asks the buyer to attach photos in Amazon messaging rather than e-mailing them to a personal address.",
    shop=("Northshore Outfitters", "care@northshoreoutfitters.ca"),
    subject="Re: Zipper broke on parka",
    when="Thu, Nov 19, 2026 at 7:55 AM", who="Étienne",
    quoted="Zipper pulled apart at the bottom after 2 weeks. I have photos. Can I email them to you or can you give me your email? Mine is in my profile. Order 701-3301984-6670428",
    body="""Hi Étienne,

Sorry about the zipper; that shouldn't happen after two weeks.

We're only able to correspond through Amazon's messaging for your order, so please don't send anything to an outside e-mail address. You can attach the photos straight to a reply to this message (use the paperclip icon or "Add attachment"; JPG or PNG up to 10 MB each work fine).

What helps most:
1. A close-up of the bottom of the zipper where the two sides meet (the "box and pin").
2. A photo of the size and style label inside the collar.

Once I see them I can tell you whether it's a slider that can be re-seated in a minute, or whether we should replace the parka. If it's a replacement, we'll handle it through your Amazon order, and you won't pay for return shipping.

Thanks,
Amélie
Northshore Outfitters""",
    html=True)

# 19
add(mkt="com", client="applemail", kind="reply", expect="legit", rules=[],
    classes=["apology", "wrong_item", "replacement"],
    note="Apologises for sending the wrong colour, sends the correct one and lets the buyer keep the wrong item.",
    shop=("Willow & Wren Kids", "support@willowandwrenkids.com"),
    subject="Re: Wrong color sent",
    when="Nov 20, 2026, at 12:14 PM", who="Brittany",
    quoted="I ordered the sage green play mat and got dusty pink. My daughter's nursery is all green. Order 114-2285510-9032617",
    body="""Hi Brittany,

I'm so sorry. That's our mistake: the sage and dusty pink mats sit next to each other on the shelf and the wrong one was picked.

I've sent the sage green mat to you today by FedEx Home Delivery, free of charge. Tracking number 7731 9045 2286, and FedEx expects it on Tuesday, November 24.

You don't need to send the pink one back. Please keep it, pass it on to a friend or donate it, whatever is easiest for you.

Sorry again for the mix-up.

Best,
Colleen
Willow & Wren Kids""",
    html=False)

# 20
add(mkt="uk", client="edesk", kind="reply", expect="legit", rules=[],
    classes=["how_to", "measurements", "maintenance"],
    note="Gives numbered descaling steps with quantities in ml for a bean-to-cup coffee machine.",
    shop=("Kettleby Coffee Co.", "help@kettlebycoffee.co.uk"),
    subject="Re: Descale light on",
    when="21/11/2026 08:30", who="Aisha",
    quoted="The descale light came on on my machine. The instructions are a bit vague, how much of the descaler do I use? Order 205-6629011-4450873",
    body="""Hello Aisha,

The instructions really could be clearer, sorry. For the Kettleby Barista One with the liquid descaler that came in the box:

1. Empty the drip tray and the grounds container, and remove the water filter from the tank if you use one.
2. Pour 100 ml of descaler into the water tank and top it up with cold water to the 0.5 l mark (so 400 ml of water).
3. Put a jug of at least 1 litre under both the coffee spout and the steam wand.
4. Hold the descale button (the drop symbol) for 3 seconds until it flashes. The machine will run the solution through in stages over about 25 minutes. Don't switch it off in between.
5. When it beeps and the light turns orange, rinse the tank well, fill it to MAX with fresh water and press the descale button again for the rinse cycle.
6. Refit the water filter and run one cup of coffee and throw it away.

In a hard-water area, such as most of London and the South East, you'll probably see the light every 6 to 8 weeks. Using the filter stretches that to about 3 months.

Best wishes,
Tom
Kettleby Coffee Co.""",
    html=False)

# 21
add(mkt="ca", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["compatibility", "other_brand_models", "measurements"],
    note="Confirms which Thule and Yakima crossbars a kayak carrier fits, with bar width limits.",
    shop=("Portage Rack Works", "support@portagerackworks.ca"),
    subject="Re: Kayak carrier on Thule bars?",
    when="Sun, Nov 22, 2026 at 4:18 PM", who="Kyle",
    quoted="Will the J-cradle fit my Thule WingBar Evo? I also have an old set of Yakima round bars on the other car. Thinking of ordering two.",
    body="""Hi Kyle,

Yes to both. The Portage J-cradle comes with universal U-bolt clamps that fit:

- Aero bars like the Thule WingBar Evo and Yakima JetStream, up to 88 mm wide and 35 mm thick
- Square bars up to 32 x 32 mm (Thule SquareBar)
- Round bars from 22 to 32 mm diameter, which covers the older Yakima RoundBar (about 30 mm)

On the WingBar Evo, use the longer 110 mm U-bolts from the bag and the rubber pads; they stop the clamp sliding along the bar. On the round Yakima bars, use the short bolts and the curved spacer.

One thing to watch: the carrier needs at least 61 cm (24 in) between the front and rear crossbars for a kayak up to 4.3 m. On most small SUVs the factory spread is fine, but it's worth measuring before you order.

Thanks,
Maya
Portage Rack Works""",
    html=True)

# 22
add(mkt="au", client="outlook", kind="proactive", expect="legit", rules=[],
    classes=["delivery_delay", "tracking_link", "australia_post", "proactive_problem"],
    note="Proactively warns that a parcel is held by flooding near Lismore, with the Australia Post tracking link and options.",
    shop=("Coral Reef Swim Co.", "orders@coralreefswim.com.au"),
    subject="Delivery delay for order 249-5571203-6680134",
    body="""Hi Jasmine,

I wanted to let you know before you start wondering: Australia Post has told us that parcels going to the Northern Rivers are being held at the Grafton depot because of the flooding around Lismore, and your order 249-5571203-6680134 (two rash vests and a pair of boardshorts) is one of them.

You can keep an eye on it here, tracking number 34UAP0190627815:
https://auspost.com.au/mypost/track/details/34UAP0190627815

Auspost expects to resume deliveries once the roads reopen, which could be a week or more. If you'd rather not wait, you can request a refund from Your Orders on Amazon and we'll approve it straight away; the parcel will come back to us.

Hope you're keeping safe and dry up there.

Regards,
Nathan Brooks
Coral Reef Swim Co.""",
    html=True)

# 23 violation: e-mail in signature
add(mkt="com", client="zendesk", kind="reply", expect="violation", rules=["contact.email_address"],
    classes=["sizing", "email_in_signature"],
    note="A normal sizing answer for hiking socks, but the signature block gives a direct support e-mail address.",
    shop=("Summit Thread Co.", "support@summitthreadco.com"),
    subject="Re: Sock sizing (Order 113-6025548-1179036)",
    when="Nov 23, 2026, 10:11 AM EST", who="Paul",
    quoted="I wear a men's 11.5 shoe, the chart says L is 9-12 and XL is 12-15. Which one? Don't want them too tight.",
    body="""Hi Paul,

For an 11.5 we'd go with the L. The merino blend stretches a little with wear, and the XL heel cup would sit about 1/2 in too far back on your foot, which tends to bunch up in hiking boots. If you're between sizes with wide feet or wear them with insulated boots, the XL can work, but for most people at 11.5 the L is the better fit.

If they don't feel right after you try them on, you can swap sizes through Amazon's return process.

Happy trails,
Ben

Ben Aldridge | Customer Experience
Summit Thread Co.
ben.aldridge@summitthreadco.com
Mon-Fri 9am-5pm MT""",
    html=True)

# 24 violation: coupon in P.S.
add(mkt="com", client="gorgias", kind="proactive", expect="violation", rules=["purpose.marketing"],
    classes=["product_use", "coupon_in_ps"],
    note="Useful seasoning instructions for a cast-iron pan, but the P.S. offers a discount code for the next purchase.",
    shop=("Iron & Ember Cookware", "care@ironandember.com"),
    subject="Seasoning your skillet - order 111-9274406-3051882",
    body="""Hi Greg,

Your 10.25 in Iron & Ember skillet (order 111-9274406-3051882) should be with you now. It comes pre-seasoned, but a couple of extra rounds at home will make it much more non-stick:

1. Wash it once with warm water and a little soap, then dry it completely on the stove over low heat.
2. Rub a very thin layer of vegetable oil or shortening over the whole pan, inside and out, then wipe off as much as you can with a paper towel. It should look almost dry.
3. Bake it upside down at 450 F (230 C) for 1 hour with foil on the rack below, then let it cool in the oven.
4. Repeat 2-3 times if you have the time.

Avoid soaking it or putting it in the dishwasher, and dry it right after washing.

Enjoy the cooking,
The Iron & Ember team

P.S. As a thank you for your order, use code EMBER15 on our Amazon store for 15% off your next pan or Dutch oven.""",
    html=True)

# 25 violation: message us before reviewing
add(mkt="uk", client="helpscout", kind="proactive", expect="violation", rules=["review.divert_negative"],
    classes=["setup_tips", "divert_review"],
    note="Helpful first-use tips for a memory foam pillow, but it asks the buyer to message the seller before leaving a review if anything is wrong.",
    shop=("Cloudmere Sleep", "care@cloudmeresleep.co.uk"),
    subject="Getting the best from your Cloudmere pillow - 203-4410738-6625591",
    body="""Hello Rebecca,

Your Cloudmere contour pillow (order 203-4410738-6625591) should have arrived by now. A few tips for the first week:

- Leave it out of the vacuum packaging for 24 to 48 hours so it can fully expand. A slight "new foam" smell is normal and fades in a couple of days in a ventilated room.
- The higher side (12 cm) is for side sleepers, the lower side (10 cm) for back sleepers.
- It takes most people 5 to 7 nights to get used to memory foam, so give it a week before you decide.
- The cover zips off and can be washed at 40°C; the foam itself should never be washed.

If anything about the pillow isn't right, please message us here before leaving a review, and we'll do everything we can to put it right for you.

Sleep well,
Georgia
Cloudmere Sleep""",
    html=True)

# 26 violation: 5-star ask
add(mkt="com", client="freshdesk", kind="proactive", expect="violation", rules=["review.biased_positive"],
    classes=["review_request", "five_star_ask"],
    note="A review request that asks happy buyers specifically for a 5-star review.",
    shop=("Brightleaf Planters", "support@brightleafplanters.com"),
    subject="Quick favor? Order 112-3357812-4406619",
    body="""Hi Andrea,

We hope your self-watering planters arrived safely (order 112-3357812-4406619) and that your herbs are settling in. Fill the reservoir through the side spout until the little float reaches the top line, then top up when it drops to the red mark, usually every 7-10 days.

We're a small family business, and reviews make a huge difference for us. If you're happy with your planters, we'd be so grateful if you could leave us a 5-star review on Amazon.

Thanks so much,
Lauren & Mike
Brightleaf Planters""",
    html=True)

# 27 violation: shipped-only
add(mkt="ca", client="edesk", kind="proactive", expect="violation", rules=["purpose.shipping_confirmation"],
    classes=["shipping_confirmation_only"],
    note="A proactive message whose only purpose is to say the order has shipped and give the tracking number.",
    shop=("Birchline Candle Co.", "orders@birchlinecandle.ca"),
    subject="Your order has shipped! 702-8821567-2409735",
    body="""Hello Jordan,

Good news, your order 702-8821567-2409735 has shipped!

Carrier: Canada Post Expedited Parcel
Tracking number: 7023 3190 6652 1840
Estimated delivery: November 26-27, 2026

Thank you for shopping with Birchline Candle Co.

Birchline Candle Co.""",
    html=False)

# 28 violation: order id missing
add(mkt="au", client="outlook", kind="proactive", expect="violation", rules=["order.id_missing"],
    classes=["product_use", "no_order_id"],
    note="Otherwise ordinary care instructions for a leather wallet, sent proactively without any order id.",
    shop=("Yarra Leatherworks", "service@yarraleatherworks.com.au"),
    subject="Looking after your leather wallet",
    body="""Hi Daniel,

Thanks for choosing a Yarra Leatherworks bifold. Full-grain vegetable-tanned leather changes a lot in the first few months, so here's what to expect:

- It will darken and pick up a sheen where your hand touches it most. That's the patina forming, not damage.
- If it gets wet, pat it dry with a towel and let it dry at room temperature, away from heaters or direct sun.
- Every 6 months or so, rub in a pea-sized amount of leather balm with a soft cloth and buff off the excess after 10 minutes.
- Try not to overfill the card slots in the first few weeks; they stretch to fit and won't shrink back.

If the stitching or edges give you any trouble, just reply to this message.

Kind regards,
Sam
Yarra Leatherworks""",
    html=True)

# 29 violation: care card attachment offers free pillowcases for 5-star review
add(mkt="au", client="zendesk", kind="proactive", expect="violation",
    rules=["attach.content", "review.incentive", "review.biased_positive"],
    classes=["care_instructions", "attachment_pdf", "incentive_in_attachment"],
    note="Body is a plain care-card cover note, but the attached PDF care card offers free pillowcases in exchange for a 5-star review.",
    shop=("Wattle & Weave", "support@wattleandweave.com.au"),
    subject="Care card for your linen sheet set - order 250-6604819-1283357",
    body="""Hi Olivia,

Thanks for your order of the French linen sheet set in Eucalyptus (order 250-6604819-1283357). We've attached our care card as a PDF so you have it handy: a warm first wash, no fabric softener, and a low tumble dry will keep the linen soft and stop it from shrinking.

If you have any questions about washing or sizing, just reply here.

Warm regards,
Zoe
Wattle & Weave""",
    html=True, attach="WattleWeave_care_card.pdf")

# 30 violation: phone number
add(mkt="com", client="applemail", kind="reply", expect="violation", rules=["contact.phone_number"],
    classes=["complaint", "troubleshooting", "phone_in_body"],
    note="Replies to a complaint about a leaking humidifier with sensible checks, but asks the buyer to call a toll-free number.",
    shop=("Mistral Home Air", "support@mistralhomeair.com"),
    subject="Re: Humidifier leaking all over my dresser",
    when="Nov 25, 2026, at 9:37 PM", who="Janet",
    quoted="The humidifier is leaking water from the bottom onto my dresser, the wood is ruined. This is the second night. Order 114-0952276-8163384. Not happy.",
    body="""Hi Janet,

I'm very sorry about your dresser. Please stop using the humidifier until we've worked this out.

A leak from the base is almost always one of two things:

1. The tank cap isn't screwed on fully. Turn it clockwise until it clicks, then hold the tank upside down over the sink for 10 seconds to check for drips.
2. The rubber seal in the cap has slipped out of its groove. Unscrew the cap and check that the black ring sits flat all the way round.

If neither of those is the problem, the tank itself may be cracked and we'll replace the unit.

Honestly, this would be much quicker to sort out over the phone. Please give us a call at 1-866-555-0143 (Mon-Fri, 8am-6pm CT) and ask for me, and we'll get a replacement moving the same day.

Sincerely,
Derek Olsen
Mistral Home Air""",
    html=False)

# 31 violation: feedback removal request
add(mkt="uk", client="gmail", kind="reply", expect="violation", rules=["feedback.removal_request"],
    classes=["resolution", "feedback_removal"],
    note="Confirms a refund after a late delivery, then asks the buyer to remove the negative seller feedback they left.",
    shop=("Pennant Stationery", "hello@pennantstationery.co.uk"),
    subject="Re: Late planner - refunded",
    when="Thu, 26 Nov 2026 at 13:20", who="Chris",
    quoted="Fine, thanks for the refund. Still annoying it took three weeks.",
    body="""Hi Chris,

You're absolutely right, three weeks is far too long, and I'm sorry. The refund of £18.50 for order 026-3315902-7746518 went through on Tuesday, so it should show on your card by the end of this week. Please keep the planner.

As the problem has now been resolved, would you mind removing the 1-star seller feedback you left on the order? You can do it from Your Orders > Leave seller feedback > Remove. It makes a real difference to a small shop like ours.

Many thanks,
Eleanor
Pennant Stationery""",
    html=True)


# ---------------------------------------------------------------- build
def day_for(i):
    import datetime
    day = 2 + (i * 23 // 31) % 27
    d = datetime.date(2026, 11, day)
    return d.strftime("%a, %d %b %Y")


def main():
    out = BASE / "messages"
    out.mkdir(parents=True, exist_ok=True)
    labels = []
    for i, m in enumerate(M, 1):
        mid = f"w146-{i:04d}"
        shopname, shopaddr = m["shop"]
        msg = EmailMessage(policy=SMTP)
        msg["From"] = f"{shopname} <{shopaddr}>"
        msg["To"] = f"{alias()}@{DOMAIN[m['mkt']]}"
        msg["Subject"] = m["subject"]
        hh, mm, ss = rng.randint(7, 20), rng.randint(0, 59), rng.randint(0, 59)
        if m["kind"] == "reply":
            import datetime
            g = (re.search(r"Nov(?:ember)? (\d{1,2})\b", m["when"])
                 or re.search(r"\b(\d{1,2}) Nov", m["when"])
                 or re.search(r"\b(\d{1,2})/11/2026", m["when"]))
            d = datetime.date(2026, 11, int(g.group(1))) + datetime.timedelta(days=1)
            dstr = d.strftime("%a, %d %b %Y")
        else:
            dstr = day_for(i)
        msg["Date"] = f"{dstr} {hh:02d}:{mm:02d}:{ss:02d} {TZ[m['mkt']]}"
        msg["Message-ID"] = make_msgid(idstring=f"{i:04d}", domain=shopaddr.split("@")[1])
        msg["MIME-Version"] = "1.0"
        mailer = MAILER[m["client"]]
        if mailer:
            msg[mailer[0]] = mailer[1]
        text = m["body"]
        htmlbody = to_html_paras(m["body"])
        if m["kind"] == "reply":
            subj = re.sub(r"^(Re|RE): ", "", m["subject"])
            text += quote_plain(m["client"], m["when"], m["who"], m["quoted"], subj)
            htmlbody += "\n" + quote_html(m["client"], m["when"], m["who"], m["quoted"], subj)
        msg.set_content(text + "\n", charset="utf-8", cte="quoted-printable")
        if m.get("html"):
            doc = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                   "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n"
                   f"{htmlbody}\n</body></html>\n")
            msg.add_alternative(doc, subtype="html", charset="utf-8", cte="quoted-printable")
        if m.get("attach"):
            data = (ATT / m["attach"]).read_bytes()
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=m["attach"])
        (out / f"{mid}.eml").write_bytes(msg.as_bytes())
        labels.append({"id": mid, "file": f"messages/{mid}.eml", "lang": "en",
                       "client": m["client"], "kind": m["kind"], "split": "dev",
                       "expect": m["expect"], "rules": m["rules"], "classes": m["classes"],
                       "note": m["note"]})
    with open(BASE / "labels.jsonl", "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels), sum(l["expect"] == "legit" for l in labels),
          sum(l["expect"] == "violation" for l in labels))


if __name__ == "__main__":
    main()
