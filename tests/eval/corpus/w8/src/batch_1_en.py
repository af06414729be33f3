MESSAGES = [
{
 "id": "w8-0001", "lang": "en", "client": "zendesk", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["refusal", "quoted-history", "look-alike", "refund-by-amazon"],
 "note": "Explains that Amazon already applied a price-adjustment refund and declines the buyer's request for a coupon.",
 "from_name": "Dana | Northfield Home Support", "from_addr": "support@northfieldhome.com",
 "subject": "Re: Charged full price for the quilt set? (Order 113-5820417-3391046)",
 "buyer": "Amazon customer",
 "body": """Hi there,

Thanks for getting in touch about order 113-5820417-3391046 (Northfield Stonewashed Quilt Set, Queen).

I checked the order: the lightning deal price ended about ten minutes before you checked out, which is why you were charged $89.99 rather than $77.59. Amazon has already applied a price-adjustment refund of $12.40 to the order on their side. It shows under "Refund issued" on the order details page and should reach your card within 3 to 5 business days, so there is nothing you need to do.

On your second question: we're not able to send discount codes or coupons for future orders through Amazon messages, sorry about that. Any promotions we run are shown directly on the Amazon product page.

If the refund hasn't appeared by next Friday, just reply here and I'll chase it with Amazon.""",
 "sig": """Best,
Dana
Customer Care, Northfield Home""",
 "quoted": """Hello, I bought the quilt set this morning and the deal said $77.59 but I got charged $89.99?? Can you refund the difference, or at least give me a coupon for next time? Thanks""",
},
{
 "id": "w8-0002", "lang": "en", "client": "helpscout", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["manufacturer-hotline", "warranty", "look-alike", "quoted-history"],
 "tld": "co.uk",
 "note": "Out of the seller's return window; points the buyer to the named manufacturer's warranty repair line (not the seller's number).",
 "from_name": "Oliver from Hearthside Electricals", "from_addr": "oliver@hearthside-electricals.co.uk",
 "subject": "Re: Espresso machine stopped heating",
 "buyer": "Claire",
 "body": """Hello Claire,

I'm sorry to hear the Calloway Barista Pro has stopped heating. Your order (202-7731904-5526138) was delivered in August 2025, so it is outside our 30-day return window, but it is still well within the two-year manufacturer's guarantee.

Repairs under that guarantee are handled by Calloway themselves, not by us as the retailer. Calloway Appliances UK run the warranty repair service and will arrange a courier collection from your home. Their warranty line is 0800 048 7731 (printed on page 22 of the manual as well), open Monday to Friday, 8am to 6pm. They will ask for the serial number on the underside of the machine and the order date, which is 14 August 2025.

If Calloway say they can't help for any reason, please come back to us here and we'll look at what else we can do.""",
 "sig": """Kind regards,
Oliver Brennan
Customer Service, Hearthside Electricals""",
 "quoted": """Hi, my Calloway espresso machine bought from you last year no longer heats up, the light just flashes orange. Can I return it or get it fixed?
Claire""",
},
{
 "id": "w8-0003", "lang": "en", "client": "freshdesk", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["quoted-contact", "look-alike", "flow-rate", "bpa-free", "quoted-history"],
 "note": "Answers a water-filter question (flow rate, BPA-free); the buyer's own e-mail and phone appear only in the quoted message and the agent keeps the conversation on Amazon.",
 "from_name": "ClearSpring Filters", "from_addr": "help@clearspringfilters.com",
 "subject": "Re: Question about the under-sink filter",
 "buyer": "Mark",
 "body": """Hi Mark,

Thanks for your questions about the ClearSpring US-3 under-sink filter.

1. Flow rate: the system is rated at 0.8 gallons per minute at 60 psi. At lower household pressure (around 40 psi) you'll see roughly 0.6 gpm, which is still fine for a standard kitchen faucet.
2. Materials: the housing and all tubing are free of BPA and certified to NSF/ANSI 42 and 53.
3. Cartridge life: about 6 months or 750 gallons, whichever comes first.

I've seen that you included your e-mail address and phone number below. Thank you, but we keep all customer conversations within Amazon's messaging, so I'll simply answer you here. Feel free to reply to this message with any follow-up question.""",
 "sig": """Regards,
Priya S.
ClearSpring Filters Support""",
 "quoted": """Hello, before I order a second unit for my mother's house, what's the flow rate and is the plastic BPA free? Also how often do cartridges need changing. Easier to talk by phone honestly, you can reach me at mark.dellinger77@gmail.com or 414-555-0193.
Mark""",
},
{
 "id": "w8-0004", "lang": "en", "client": "gmail", "kind": "proactive", "expect": "legit", "rules": [],
 "classes": ["customisation", "gift-wrap", "look-alike", "order-id"],
 "note": "Proactive customisation question for an engraved board; mentions the gift wrap the buyer chose.",
 "from_name": "Harper & Grain", "from_addr": "orders@harperandgrain.com",
 "subject": "Engraving text needed for order 114-2286509-7712354",
 "body": """Hello,

Thank you for ordering the personalised walnut cutting board (order 114-2286509-7712354).

The engraving field on the order came through empty, so we can't start on the board yet. Could you reply with:

- the text you'd like engraved (up to 2 lines, 24 characters each), and
- your choice of font: Classic Serif, Script or Block.

We also see that you selected gift wrap with a gift message ("Happy 10th, love J"). We'll print that on the card and leave the packing slip without prices, as Amazon does for gift orders.

As soon as we have the text, the board will be engraved within 2 working days and still arrive by the delivery date shown in your order.""",
 "sig": """Thank you,
Sam Harper
Harper & Grain Workshop""",
 "format": "alt",
},
{
 "id": "w8-0005", "lang": "en", "client": "gorgias", "kind": "proactive", "expect": "violation",
 "rules": ["review.biased_positive", "review.divert_negative"],
 "classes": ["conditional", "review-request", "look-alike", "star-in-product-name"],
 "note": "Review request for 'Five Star Hotel' sheets that asks only satisfied buyers to review and asks unhappy ones to message first.",
 "from_name": "Loomhaven Bedding", "from_addr": "care@loomhaven.com",
 "subject": "How are your Five Star Hotel Collection sheets? Order 112-9043371-2208815",
 "body": """Hi,

Your Loomhaven Five Star Hotel Collection sheet set (order 112-9043371-2208815) was delivered last week, and we hope the first few nights have been good ones.

A quick tip: the sateen weave softens noticeably after the first two or three washes. Wash at 40°C and tumble dry on low to keep the finish.

If you're enjoying the sheets, we'd really appreciate it if you could share your experience in a review on Amazon. It makes a huge difference to a small brand like ours.

And if something isn't quite right, please reply to this message before writing anything, so we can sort it out for you first.""",
 "sig": """Warm wishes,
The Loomhaven team""",
},
{
 "id": "w8-0006", "date": "2026-11-11 09:30", "lang": "en", "client": "outlook", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["seller-cancels", "negation", "newsletter-does-not-exist", "quoted-history"],
 "tld": "co.uk",
 "note": "The seller cancels the order itself and tells the buyer it has no newsletter.",
 "from_name": "Aisha Rahman", "from_addr": "aisha.rahman@penwoodstationery.co.uk",
 "subject": "RE: Cancel my order please",
 "buyer": "Tom",
 "qdate_str": "Tuesday, 10 November 2026 21:14",
 "qsubject": "Cancel my order please",
 "body": """Dear Tom,

Thank you for letting us know. Your order 204-3385120-9047726 (A5 dot-grid notebooks, pack of 3) hadn't been dispatched yet, so we have cancelled it on our side this morning. You don't need to do anything further. Amazon will confirm the cancellation by e-mail, and as you paid by card the amount will not be taken, or will be released within a few days if it was already authorised.

You also asked whether we have a newsletter announcing new colours. We don't have a newsletter or mailing list, I'm afraid, so there's nothing to sign up to. New colours simply appear on our Amazon listing when they're in stock.""",
 "sig": """Kind regards,
Aisha Rahman
Penwood Stationery""",
 "quoted": """Hi, I ordered the wrong size notebooks, I wanted A4 not A5. Can you cancel it? Also do you have a newsletter for when the sage green comes out?
Thanks, Tom""",
 "format": "alt",
},
{
 "id": "w8-0007", "date": "2026-11-17 11:40", "lang": "en", "client": "edesk", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["attachment", "invoice", "vat-id", "seller-address", "quoted-history"],
 "tld": "co.uk",
 "note": "Sends the VAT invoice the buyer asked for as a PDF carrying the seller's address and VAT number.",
 "from_name": "Brightwell Office Supplies", "from_addr": "accounts@brightwelloffice.co.uk",
 "subject": "Re: VAT invoice for order 205-6617093-4482110",
 "buyer": "Rachel Okafor",
 "body": """Dear Rachel,

As requested, please find attached a full VAT invoice for order 205-6617093-4482110 (2 x Ergonomic mesh office chair, model EM-40, black).

The invoice shows your company name and VAT number exactly as you entered them in the message below. If your accounts team needs a different billing address on it, let me know the details here and I'll issue a corrected copy.""",
 "sig": """Kind regards,
Hannah Leigh
Accounts, Brightwell Office Supplies""",
 "quoted": """Hello, please could you send a VAT invoice for our order made out to Okafor Design Ltd, VAT GB 318 4472 06. Our accountant needs it for the quarter.
Thanks, Rachel""",
 "attach": [{"filename": "Invoice_BW-2026-11873.pdf", "lines": [
    "Brightwell Office Supplies Ltd", "Unit 4, Castlegate Business Park", "Leeds LS12 6HB, United Kingdom",
    "VAT Reg. No. GB 274 9913 58", "Company No. 09812244", "",
    "TAX INVOICE  BW-2026-11873", "Invoice date: 17 November 2026", "Amazon order: 205-6617093-4482110", "",
    "Bill to: Okafor Design Ltd, VAT GB 318 4472 06", "",
    "2 x Ergonomic mesh office chair EM-40, black   @ GBP 124.99", "Net: GBP 208.32", "VAT 20%: GBP 41.66", "Total: GBP 249.98", "",
    "Paid via Amazon Payments. Thank you for your order."]}],
},
{
 "id": "w8-0008", "lang": "en", "client": "zendesk", "kind": "reply", "expect": "violation",
 "rules": ["contact.phone_number", "contact.off_platform"],
 "classes": ["look-alike", "warranty", "seller-phone-as-warranty", "quoted-history"],
 "note": "Presents the seller's own support line as a 'warranty desk' and asks the buyer to phone it.",
 "from_name": "Jake at VoltRidge Tools", "from_addr": "support@voltridgetools.com",
 "subject": "Re: Drill battery won't charge (Order 111-4409826-1175530)",
 "buyer": "Amazon customer",
 "body": """Hi,

Sorry to hear the 20V battery from your VoltRidge drill kit isn't taking a charge. That's covered under our 3-year VoltRidge warranty.

Warranty claims are handled by our in-house warranty desk rather than through Amazon, because it's faster. Please give the team a call on (888) 555-0142, Monday to Friday 9am-5pm Central, and quote order 111-4409826-1175530. They'll ship a replacement battery straight to you, usually the same day.

Before you call, try this once: leave the battery on the charger for 30 minutes even if the light blinks red. Deeply discharged cells sometimes recover.""",
 "sig": """Thanks,
Jake
VoltRidge Tools - Customer Support""",
 "quoted": """My battery that came with the drill won't charge anymore, charger light blinks red. It's only 5 months old.""",
},
{
 "id": "w8-0009", "lang": "en", "client": "helpscout", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["companion-app", "follow-instructions", "review-your-case", "share-photos", "look-alike", "energy-label"],
 "note": "Smart-plug setup help: companion app from the Amazon Appstore, 'follow the instructions', 'share photos here', 'we will review your case'.",
 "from_name": "Lumio Home Support", "from_addr": "support@lumiohome.com",
 "subject": "Re: Smart plug won't pair + one arrived cracked",
 "buyer": "Denise",
 "body": """Hi Denise,

Thanks for the detail, that makes it much easier to help.

Pairing: the Lumio plugs only connect to 2.4 GHz Wi-Fi. Many routers broadcast 2.4 and 5 GHz under one name, so the app can't see the plug. Please download the companion app "Lumio Home" (it's available on the Amazon Appstore as well as on Google Play and the App Store), then follow the instructions on the "Add device" screen and choose "Compatibility mode". The plug's LED should blink slowly for about 30 seconds, then stay solid blue.

The cracked plug: please don't use it. Could you share the photos of the damage here, in this conversation, ideally one of the crack and one of the outer box? Once we have them we will review your case and send a replacement for that one plug. You won't need to return the damaged one.

(And yes, the standby consumption is 0.3 W, so it won't affect the energy rating of anything you plug into it.)""",
 "sig": """Best regards,
Marco
Lumio Home Customer Support""",
 "quoted": """Hi, I bought the 4-pack of smart plugs. 3 of them won't connect to my wifi, the app just spins. Also the 4th one has a crack on the side. What do I do? Also do they use much power when off?
Denise""",
},
{
 "id": "w8-0010", "date": "2026-11-20 16:10", "lang": "en", "client": "freshdesk", "kind": "proactive", "expect": "violation",
 "rules": ["purpose.marketing"],
 "classes": ["delay-notice", "apology-coupon", "look-alike", "order-id"],
 "note": "A genuine delivery-delay notice that adds a 10% code for the buyer's next purchase.",
 "from_name": "Fernbrook Garden Co.", "from_addr": "orders@fernbrookgarden.com",
 "subject": "Delivery update for order 113-7702519-8846023",
 "body": """Hello,

We're writing about your order 113-7702519-8846023 for the Fernbrook raised cedar garden bed (4 x 8 ft).

The freight carrier has told us the pallet was held at their Memphis hub because of weather, so delivery will be about three days later than the estimate on your order. The new expected delivery date is Thursday, November 26. The carrier will call the phone number on your Amazon order to book a delivery window.

We're sorry for the wait. To make up for it, we've set up a code for 10% off your next Fernbrook purchase: use GARDEN10 at checkout on any of our products on Amazon.

Nothing else is needed from you; the order itself is unchanged.""",
 "sig": """Best regards,
Lena
Fernbrook Garden Co.""",
},
]
