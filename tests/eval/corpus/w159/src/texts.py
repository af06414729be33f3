# Hand-written texts for w159. history: (role, name, minutes before this reply, text), newest first.
from datetime import datetime as D

MESSAGES = []

def add(**kw):
    kw["from"] = kw.pop("frm")
    MESSAGES.append(kw)

# EN 1 legit - apple mail, buyer leaves phone number
add(lang="en", client="apple_mail", frm="help@copperlanekitchen.com", from_name="Copperlane Kitchen",
    subject="Re: Where is my skillet? Order 113-4829150-7731264", date=D(2026, 11, 17, 10, 42),
    expect="legit", rules=[], classes=["delivery_delay", "buyer_phone_in_quote", "apple_mail"],
    note="Agent gives a carrier update for a late skillet and says replies will come here; the buyer's phone number only appears in the quoted message.",
    reply="""Hi Marcus,

Thanks for your patience. I checked order 113-4829150-7731264 this morning: the 12" skillet left our warehouse on Nov 13 and UPS shows it at their Columbus hub with a revised delivery date of Thursday, Nov 19. Cast iron is heavy, so it sometimes gets pulled for a separate truck, which is what seems to have happened here.

We can't call customers, but I'll keep an eye on the tracking and write to you again here if it hasn't moved by Thursday evening. If it doesn't show up by Nov 21 you can also request a refund from Your Orders and we'll approve it straight away.

Best,
Dana
Copperlane Kitchen""",
    history=[("buyer", "Marcus", 95, """Hi, my skillet was supposed to arrive on the 14th and the tracking hasn't changed in 3 days. This was a birthday present for my dad so kind of stressed. Can someone just call me? 614-555-0187, I'm usually free after 5pm.

Marcus""")])

# EN 2 legit - kustomer, imgur link + buyer email
add(lang="en", client="kustomer", frm="care@fernandfurrow.com", from_name="Fern & Furrow",
    subject="Re: Cracked planter - order 114-0392871-5560218", date=D(2026, 11, 20, 14, 5),
    expect="legit", rules=[], classes=["damaged_item", "photo_host_link_in_quote", "buyer_email_in_quote", "replacement"],
    note="Agent ships a replacement for a cracked ceramic planter; the imgur link and the buyer's private e-mail are only in the quoted buyer message.",
    reply="""Hello Priya,

I'm really sorry the 10-inch speckled planter arrived cracked. I was able to open the photos you linked, so there is no need to send anything else. A replacement is going out today for order 114-0392871-5560218 and you'll see the new tracking number on the order page in Your Orders within a few hours.

You don't have to return the broken one - please just dispose of it carefully, the edges can be sharp.

If anything else comes up, just reply to this message and it will reach us.

Kind regards,
Tomasz
Fern & Furrow customer care""",
    history=[("buyer", "Priya", 210, """Hi there, the planter I ordered came with a big crack down the side, looks like the box got crushed. Photos here: https://imgur.com/a/Xk3PqLw9
I don't check Amazon messages much so if you need anything else you can email me at priya.venkat88@fastmail.com

Thanks""")])

# EN 3 legit - front, coupon + newsletter request, agent declines
add(lang="en", client="front", frm="support@brightwellwater.com", from_name="Brightwell Water Support",
    subject="Re: Filter question + discount? (113-7718204-3390415)", date=D(2026, 11, 24, 9, 18),
    expect="legit", rules=[], classes=["product_question", "coupon_request_in_quote", "newsletter_request_in_quote", "polite_refusal"],
    note="Agent answers a filter compatibility question and declines the buyer's request for a coupon and newsletter sign-up.",
    reply="""Hi Gloria,

Good question. The BW-40 replacement cartridges you received with order 113-7718204-3390415 fit every Brightwell 10-cup pitcher made since 2022, including the slim model you mentioned. The only pitcher they don't fit is the older round one with the blue lid (model BW-10).

About the discount and the mailing list: we're not able to offer coupons or sign anyone up to mailing lists through Amazon messages, sorry about that. Any price changes will show on the Amazon listing itself.

Swap the cartridge roughly every 2 months or 40 gallons, and soak a new one for 15 minutes before the first use so the first few pitchers don't come out cloudy.

Thanks,
Owen - Brightwell Water""",
    history=[("buyer", "Gloria", 1440, """Hello, do these filters also fit the slim 10 cup pitcher? I have two pitchers at home. Also I go through a lot of these, do you have a discount code for repeat customers or a newsletter I can join to get deals? Thanks!""")])

# EN 4 legit - outlook web, review threat, with earlier agent reply
add(lang="en", client="outlook_web", frm="orders@harborstitchsupply.com", from_name="Harbor Stitch Supply",
    subject="RE: Refund still not received 112-5093318-2047761", date=D(2026, 11, 26, 16, 31),
    expect="legit", rules=[], classes=["refund", "review_threat_in_quote", "agent_reply_in_history"],
    note="Agent confirms the refund was issued through Amazon after the buyer threatened a one-star review; reviews are not mentioned beyond the quote.",
    reply="""Hello Mr. Kowalczyk,

I've just issued the full refund of $47.98 for order 112-5093318-2047761 through Amazon. The return was scanned into our warehouse on Nov 24 but the refund had not been triggered - that was our mistake and I apologise.

Amazon usually shows the refund on your order page right away; depending on your card issuer it can take 3-5 business days to appear on your statement.

Regards,
Leah Brandt
Harbor Stitch Supply""",
    history=[("buyer", "Alan Kowalczyk", 300, """It has now been 12 days since you received the return. UPS tracking says delivered to your warehouse. If I do not get my money back this week I will be leaving a 1 star review and telling everyone about this."""),
             ("agent", "Harbor Stitch Supply", 4320, """Hi Alan, thanks for sending the quilting rulers back. Once the package reaches our warehouse we'll inspect it and process your refund, normally within 2 business days. - Leah"""),
             ("buyer", "Alan Kowalczyk", 8700, """Returning the ruler set, wrong size. Return label printed, dropping off today.""")])

# EN 5 legit - yahoo, WhatsApp request, agent keeps it on Amazon
add(lang="en", client="yahoo", frm="support@quietgalefans.com", from_name="QuietGale Support",
    subject="Re: Fan making clicking noise - 111-6620457-8813092", date=D(2026, 12, 1, 11, 7),
    expect="legit", rules=[], classes=["troubleshooting", "whatsapp_request_in_quote", "polite_refusal"],
    note="Agent gives troubleshooting steps for a clicking tower fan and asks the buyer to attach the video here instead of on WhatsApp as the buyer proposed.",
    reply="""Hi Renee,

Sorry to hear the tower fan is clicking. We only handle support through Amazon messages, so WhatsApp isn't an option for us, but you can attach the video right here to your reply (use the paperclip / "Add attachment" button in the message window).

In the meantime, a couple of things fix this in most cases:
1. Unplug the fan and check that the rear grille is clicked in on all four tabs. If one tab is loose the blade can touch the grille at higher speeds.
2. Lay the fan on its back and make sure no packing foam is left in the base around the oscillation gear.

If it still clicks after that, let us know and we'll send a replacement for order 111-6620457-8813092 or you can start a return from Your Orders, whichever you prefer.

Thanks,
Jamal
QuietGale""",
    history=[("buyer", "Renee", 700, """My fan started making a clicking noise on speed 3 after like a week. I took a video, it's easier to show than explain. Do you have a whatsapp number I can send it to?? Mine is +1 702 555 0166""")])

# EN 6 legit - hubspot, other shop link, price match
add(lang="en", client="hubspot", frm="service@tallpinesoutfitters.com", from_name="Tall Pines Outfitters",
    subject="Re: Price match? Order 114-2274906-6158830", date=D(2026, 12, 3, 13, 50),
    expect="legit", rules=[], classes=["price_match_request", "competitor_link_in_quote", "return_via_amazon"],
    note="Agent declines a price match against another shop the buyer linked and points to the normal Amazon return option.",
    reply="""Hi Devin,

Thanks for reaching out about order 114-2274906-6158830. I'm afraid we can't match prices from other retailers or refund part of the price on that basis.

The sleeping pad hasn't shipped yet, so if you'd rather buy it elsewhere you're still within the return window once it arrives: you can return it unused through Your Orders and the refund will go back to your original payment method.

All the best,
Kendra
Tall Pines Outfitters""",
    history=[("buyer", "Devin", 180, """Hey, I just saw the same pad for $22 less here: https://www.campvaultdirect.com/products/ultralight-insulated-pad-r4 . Can you match that or refund the difference? Otherwise I'll probably just cancel and buy it there.""")])

# EN 7 legit - intercom, VAT invoice, buyer company email
add(lang="en", client="intercom", frm="billing@northbeamdesk.com", from_name="Northbeam Desk Co.",
    subject="Re: Invoice for order 113-9046125-4471903", date=D(2026, 12, 4, 8, 26),
    expect="legit", rules=[], classes=["invoice", "buyer_email_in_quote"],
    note="Agent says the invoice was uploaded to the Amazon order page; the buyer's work e-mail appears only in the quoted request.",
    reply="""Hi Samantha,

The invoice for order 113-9046125-4471903 (2x standing desk converter, 32") is now uploaded to your order. You can download it from Your Orders > Order details > Invoice. I added your company name, Ridgeway Analytics LLC, and the billing address from your message.

We aren't able to send documents by email, but the Amazon copy is the official one and should be fine for your accounts team.

Best regards,
Felix
Northbeam Desk Co.""",
    history=[("buyer", "Samantha", 90, """Good morning, our accounting needs an invoice with our company name (Ridgeway Analytics LLC, 400 Larkin St, Suite 210, San Francisco CA 94102). Could you send it to accounts@ridgeway-analytics.com? Thank you.""")])

# EN 8 violation - gladly, link to own website fit guide
add(lang="en", client="gladly", frm="support@trailforgegear.com", from_name="Trailforge Gear",
    subject="Re: Sizing for hiking boots - 112-8830174-9925516", date=D(2026, 12, 7, 15, 12),
    expect="violation", rules=["links.external", "contact.off_platform"], classes=["sizing_question", "own_website_link"],
    note="Agent answers a boot sizing question but sends the buyer to the shop's own website fit guide in passing, an external link off Amazon.",
    reply="""Hi Chris,

Happy to help. The Ridgeline Mid runs about a half size small, so most people who wear a 10.5 in sneakers go for an 11. If you're between sizes or wear thick wool socks, size up.

Our full fit guide with foot-length measurements is here if it helps: https://www.trailforgegear.com/pages/fit-guide

If the 10.5 from order 112-8830174-9925516 turns out too snug, you can return it through Your Orders and reorder the 11.

Cheers,
Nadia
Trailforge Gear""",
    history=[("buyer", "Chris", 400, """I ordered the Ridgeline Mid in 10.5 which is my usual size. Reviews say they run small, should I switch to an 11 before they ship?""")])

# EN 9 violation - thunderbird, agent offers phone/text
add(lang="en", client="thunderbird", frm="help@vortexblendco.com", from_name="Vortex Blend Co.",
    subject="Re: Blender jar leaking from bottom (111-3357720-6024187)", date=D(2026, 12, 9, 10, 3),
    expect="violation", rules=["contact.phone_number", "contact.off_platform"], classes=["defective_item", "replacement", "agent_phone_number"],
    note="Agent sends a replacement blender jar but adds in passing that the buyer can text a phone number, moving contact off Amazon.",
    reply="""Hi Beth,

Sorry about the leak. That's almost always the gasket ring under the blade assembly sitting crooked from the factory. A new jar with the blade already fitted is on its way for order 111-3357720-6024187, it should arrive Friday or Saturday.

Until then you can try taking the blade base off, reseating the gasket flat in its groove and tightening it a quarter turn past snug.

If it's quicker for you, feel free to just text me at (415) 555-0199 when it arrives and let me know if it's sorted.

Thanks,
Rob
Vortex Blend Co.""",
    history=[("buyer", "Beth", 260, """Hi, the jar on my blender leaks from the bottom every time I make a smoothie. Made a mess all over the counter twice now. I've only had it 2 weeks."""),
             ("agent", "Vortex Blend Co.", 5800, """Hello Beth, your blender for order 111-3357720-6024187 has been delivered according to the carrier. If you have any questions about setting it up, just reply here. Rob""")])

# EN 10 violation - reamaze, 5-star review + shipping refund as incentive
add(lang="en", client="reamaze", frm="hello@moonpetalcandles.com", from_name="Moonpetal Candles",
    subject="Re: Candle arrived melted - 114-5509863-1178340", date=D(2026, 12, 11, 17, 44),
    expect="violation", rules=["review.biased_positive", "review.incentive"], classes=["damaged_item", "replacement", "review_for_refund"],
    note="Agent replaces a melted candle and, in passing, asks for a 5-star review in exchange for refunding the shipping cost.",
    reply="""Hi Tasha,

Oh no, I'm so sorry - the heat in the truck must have got to it. I've sent a replacement of the Cedar & Fig 3-wick for order 114-5509863-1178340 with an insulated liner this time, it should be with you by Tuesday.

Once it's there and you're happy with it, we'd love a 5-star review, and I'll refund your shipping as a little thank-you when you do.

Warmly,
Ines
Moonpetal Candles""",
    history=[("buyer", "Tasha", 150, """My candle arrived completely melted and the wax is all over the inside of the box. Really disappointed, it was meant to be a gift.""")])

# ---------------------------------------------------------------- German
# DE 1 legit - thunderbird, Handynummer for courier
add(lang="de", client="thunderbird", frm="service@holzwerk-maibach.de", from_name="Holzwerk Maibach",
    subject="AW: Lieferung Gartenbank 302-4471892-6630154", date=D(2026, 11, 18, 9, 22),
    expect="legit", rules=[], classes=["delivery_question", "buyer_phone_in_quote", "freight_delivery"],
    note="Agent explains the freight delivery booking for a garden bench; the buyer's mobile number only appears in the quoted message.",
    reply="""Guten Tag Frau Lindqvist,

vielen Dank für Ihre Nachricht. Die Gartenbank aus Bestellung 302-4471892-6630154 wird als Speditionsware mit DB Schenker geliefert. Die Spedition meldet sich vor der Zustellung selbst bei Ihnen, um einen Termin abzusprechen; dafür nutzt sie die Telefonnummer aus Ihrer Amazon-Lieferadresse.

Wir selbst dürfen Sie leider nicht anrufen. Falls die Nummer in Ihrer Lieferadresse nicht aktuell ist, ändern Sie sie bitte unter "Ihre Konten" > "Adressen", solange die Sendung noch nicht übergeben ist (voraussichtlich Freitag).

Freundliche Grüße
Jens Albrecht
Holzwerk Maibach""",
    history=[("buyer", "Karin Lindqvist", 600, """Hallo, die Bank ist ja recht schwer. Ich bin tagsüber arbeiten, kann mich der Fahrer vorher anrufen? Meine Handynummer ist 0171 5553 9284. Am besten Dienstag oder Mittwoch nachmittag.

Gruß K. Lindqvist""")])

# DE 2 legit - outlook web, Rechnung with email in quote
add(lang="de", client="outlook_web", frm="buchhaltung@kuehlfix-technik.de", from_name="Kühlfix Technik",
    subject="AW: Rechnung mit USt-IdNr. – Bestellung 304-2208716-9953420", date=D(2026, 11, 19, 11, 5),
    expect="legit", rules=[], classes=["invoice", "buyer_email_in_quote", "agent_reply_in_history"],
    note="Agent reports that the corrected invoice with VAT ID is on the Amazon order page; the buyer's company e-mail is only in the quoted history.",
    reply="""Sehr geehrter Herr Öztürk,

die korrigierte Rechnung mit Ihrer USt-IdNr. DE 318 552 907 für Bestellung 304-2208716-9953420 (Kühlbox 40 l, Kompressor) ist jetzt in Ihrem Amazon-Konto hinterlegt. Sie finden sie unter "Meine Bestellungen" > "Rechnung".

Ein Versand per E-Mail ist über Amazon leider nicht möglich; die Rechnung im Kundenkonto ist aber vollständig und vorsteuerabzugsfähig.

Mit freundlichen Grüßen
Sabine Rehm
Kühlfix Technik – Buchhaltung""",
    history=[("buyer", "Emre Öztürk", 240, """Danke, aber auf der Rechnung fehlt noch unsere USt-IdNr. (DE318552907). Bitte korrigieren und an rechnung@oeztuerk-catering.de schicken, unsere Buchhaltung schaut nicht ins Amazon-Konto."""),
             ("agent", "Kühlfix Technik", 2900, """Guten Tag Herr Öztürk, die Rechnung zu Ihrer Bestellung steht ab sofort in Ihrem Amazon-Konto zum Download bereit. Viele Grüße, S. Rehm"""),
             ("buyer", "Emre Öztürk", 3100, """Hallo, ich brauche für die Kühlbox eine Rechnung auf die Firma (Öztürk Catering GmbH). Danke""")])

# DE 3 legit - apple mail, review threat, delayed delivery
add(lang="de", client="apple_mail", frm="kundenservice@nordlicht-textil.de", from_name="Nordlicht Textil",
    subject="Re: Wo bleibt meine Bettwäsche?? 306-8815024-1172639", date=D(2026, 11, 23, 18, 14),
    expect="legit", rules=[], classes=["delivery_delay", "review_threat_in_quote", "apology"],
    note="Agent apologises for a delayed bedding delivery and explains the options after the buyer threatened a bad review; no review request or diversion.",
    reply="""Hallo Herr Brandstätter,

das tut mir wirklich leid. Ich habe nachgesehen: Ihr Paket mit der Satin-Bettwäsche (Bestellung 306-8815024-1172639) liegt seit Samstag im DHL-Paketzentrum Aschheim, wegen des Warnstreiks stauen sich dort gerade die Sendungen. DHL nennt jetzt Mittwoch als neues Zustelldatum.

Falls Sie bis dahin nicht mehr warten möchten, können Sie die Bestellung nach der Zustellung ganz normal über "Meine Bestellungen" zurücksenden, die Rücksendung ist für Sie kostenlos.

Viele Grüße
Miriam Hollerbach
Nordlicht Textil""",
    history=[("buyer", "Tobias Brandstätter", 130, """Seit 5 Tagen steht "in Zustellung" und nichts passiert. Wenn das bis Dienstag nicht da ist gibts eine richtig schlechte Bewertung, das ist ja lächerlich.""")])

# DE 4 legit - kustomer, Gutscheincode request, spare gasket
add(lang="de", client="kustomer", frm="hilfe@bergquelle-kaffee.de", from_name="Bergquelle Kaffeetechnik",
    subject="Re: Dichtung undicht + Rabatt? Bestellung 305-6643190-2287015", date=D(2026, 11, 27, 10, 40),
    expect="legit", rules=[], classes=["spare_part", "coupon_request_in_quote", "polite_refusal"],
    note="Agent sends a free replacement gasket for an espresso maker and declines the buyer's request for a discount code.",
    reply="""Hallo Frau Sommer,

danke für die Fotos. Der Dichtungsring an Ihrem Espressokocher (Bestellung 305-6643190-2287015) ist tatsächlich zu weit eingedrückt, das sollte nach drei Wochen nicht sein. Wir schicken Ihnen kostenlos zwei neue Dichtungen und ein Sieb per Brief, sie sind in 2–3 Werktagen bei Ihnen.

Einen Rabattcode können wir über Amazon leider nicht vergeben, ich hoffe, die Ersatzteile machen das ein bisschen wett.

Tipp: Die Dichtung hält länger, wenn Sie die Kanne nach dem Spülen offen trocknen lassen und nicht zu fest zuschrauben.

Beste Grüße
Lukas
Bergquelle Kaffeetechnik""",
    history=[("buyer", "Hanna Sommer", 320, """Guten Morgen, bei meiner Espressokanne tritt an der Seite Dampf aus, die Gummidichtung sieht schon platt aus. Fotos hängen an. Ich will eh noch eine zweite Kanne für unser Ferienhaus kaufen – gibt es dafür vielleicht einen Gutscheincode, weil ich jetzt schon Ärger hatte?""")])

# DE 5 legit - yahoo, google drive photos, partial refund
add(lang="de", client="yahoo", frm="service@moebelmanufaktur-kessler.de", from_name="Möbelmanufaktur Kessler",
    subject="Re: Kratzer auf Schreibtischplatte – 303-1186452-7740391", date=D(2026, 11, 30, 14, 28),
    expect="legit", rules=[], classes=["damaged_item", "photo_host_link_in_quote", "partial_refund"],
    note="Agent offers a partial refund or replacement via Amazon for a scratched desk top; the Google Drive photo link is only in the quoted buyer message.",
    reply="""Sehr geehrte Frau Petrović,

vielen Dank für die Bilder, die Kratzer sind deutlich zu sehen, das hätte so nicht rausgehen dürfen. Ich biete Ihnen für Bestellung 303-1186452-7740391 zwei Möglichkeiten an:

– Sie behalten die Platte und wir erstatten Ihnen 35 € über Amazon, oder
– wir schicken eine neue Platte (Lieferzeit ca. 5 Werktage) und holen die beschädigte kostenlos ab.

Geben Sie mir einfach hier kurz Bescheid, was Ihnen lieber ist.

Mit freundlichen Grüßen
Frank Kessler
Möbelmanufaktur Kessler""",
    history=[("buyer", "Jelena Petrović", 500, """Hallo, beim Auspacken habe ich zwei lange Kratzer auf der Eichenplatte entdeckt. Fotos habe ich hochgeladen, die Datei war für Amazon zu groß: https://drive.google.com/drive/folders/1aQ7xLmV3rTz9KpWn2bYcE5oHs

Was schlagen Sie vor?""")])

# DE 6 legit - front, WhatsApp request declined, assembly help
add(lang="de", client="front", frm="support@regalbau-wendt.de", from_name="Regalbau Wendt",
    subject="Re: Aufbauanleitung Schwerlastregal (Bestellung 302-9057316-4418823)", date=D(2026, 12, 2, 9, 55),
    expect="legit", rules=[], classes=["assembly_help", "whatsapp_request_in_quote", "polite_refusal"],
    note="Agent explains shelf assembly and says contact stays in Amazon messages after the buyer asked for a WhatsApp number.",
    reply="""Hallo Herr Jankowski,

per WhatsApp können wir leider nicht beraten, wir antworten aber hier im Amazon-Postfach meistens am selben Tag.

Zu Ihrer Frage: Die kurzen Querstreben (60 cm) gehören an die Seiten, die langen (120 cm) vorne und hinten. Die Böden legen Sie erst ein, wenn alle Streben mit dem Gummihammer ganz in die Schlüssellöcher geklopft sind, sonst verkanten sie. Die Anleitung zu Bestellung 302-9057316-4418823 liegt übrigens auch als PDF auf der Amazon-Produktseite unter "Produktinformationen".

Viele Grüße
Nina Wendt
Regalbau Wendt""",
    history=[("buyer", "Piotr Jankowski", 140, """Servus, ich krieg die Streben nicht zusammen, welche kommen wohin? Die Anleitung ist nur Bilder. Haben Sie WhatsApp? Dann schick ich ein Foto, geht schneller.""")])

# DE 7 legit - hubspot, link to other shop, return via Amazon
add(lang="de", client="hubspot", frm="kontakt@alpenglut-sport.de", from_name="Alpenglut Sport",
    subject="Re: Woanders günstiger – Bestellung 304-7719028-3305164", date=D(2026, 12, 5, 16, 20),
    expect="legit", rules=[], classes=["price_match_request", "competitor_link_in_quote", "return_via_amazon"],
    note="Agent declines to refund a price difference the buyer found at another shop and explains the Amazon return option.",
    reply="""Hallo Herr Vogt,

danke für den Hinweis. Eine Preisanpassung an andere Händler können wir leider nicht anbieten.

Wenn Sie die Skitourenfelle aus Bestellung 304-7719028-3305164 lieber zurückgeben möchten: Ungenutzt und mit Originalverpackung geht das innerhalb von 30 Tagen über "Meine Bestellungen", das Rücksendeetikett erstellt Amazon für Sie.

Sportliche Grüße
Stefan Maurer
Alpenglut Sport""",
    history=[("buyer", "Daniel Vogt", 95, """Moin, die gleichen Felle gibt es hier 18 Euro billiger: https://www.bergsport-outlet24.de/skitourenfelle-mohair-mix-130mm
Können Sie mir die Differenz erstatten? Sonst schicke ich sie zurück.""")])

# DE 8 violation - intercom, divert negative review
add(lang="de", client="intercom", frm="service@glanzwerk-haushalt.de", from_name="Glanzwerk Haushalt",
    subject="Re: Dampfreiniger heizt nicht – 306-3372915-8806142", date=D(2026, 12, 8, 11, 33),
    expect="violation", rules=["review.divert_negative"], classes=["defective_item", "troubleshooting", "review_diversion"],
    note="Agent troubleshoots a steam cleaner but asks the unhappy buyer in passing to contact the shop first before writing a review.",
    reply="""Guten Tag Frau Hübner,

das klingt nach dem Überhitzungsschutz. Bitte ziehen Sie den Stecker, lassen Sie das Gerät 30 Minuten abkühlen und füllen Sie nur bis zur MAX-Markierung auf. Wenn die rote Lampe danach nach ca. 4 Minuten auf Grün springt, ist alles in Ordnung.

Sollte es weiterhin nicht heizen, tauschen wir den Dampfreiniger aus Bestellung 306-3372915-8806142 selbstverständlich um. Und falls Sie noch unzufrieden sind, melden Sie sich bitte zuerst bei uns, bevor Sie eine Bewertung schreiben – wir finden bestimmt eine Lösung.

Freundliche Grüße
Carsten Roth
Glanzwerk Haushalt""",
    history=[("buyer", "Ulrike Hübner", 210, """Der Dampfreiniger wird nicht heiß, die Lampe bleibt rot. Habe ihn zweimal benutzt und jetzt das. Sehr ärgerlich.""")])

# DE 9 violation - gladly, ask to change review
add(lang="de", client="gladly", frm="team@lichtkontor-leuchten.de", from_name="Lichtkontor Leuchten",
    subject="Re: Ersatz-Lampenschirm – Bestellung 305-5520387-1964418", date=D(2026, 12, 10, 13, 8),
    expect="violation", rules=["review.change_or_remove"], classes=["replacement", "review_in_quote", "review_change_request"],
    note="Agent ships a replacement lampshade and, in passing, asks the buyer to adjust the two-star review now that the problem is solved.",
    reply="""Hallo Herr Baumgartner,

der neue Lampenschirm ist heute rausgegangen (DPD, Sendungsnummer finden Sie in Ihrer Bestellung 305-5520387-1964418), diesmal doppelt verpackt. Den gesprungenen müssen Sie nicht zurückschicken.

Jetzt wo das geklärt ist, würden wir uns freuen, wenn Sie Ihre 2-Sterne-Bewertung noch einmal anpassen.

Viele Grüße aus Bielefeld
Anja Krüger
Lichtkontor Leuchten""",
    history=[("buyer", "Matthias Baumgartner", 380, """Der Glasschirm war gesprungen, habe deshalb auch 2 Sterne gegeben. Bekomme ich einen neuen oder muss ich alles zurückschicken?""")])

# DE 10 violation - reamaze, email address for photos
add(lang="de", client="reamaze", frm="service@feinkost-ruderer.de", from_name="Feinkost Ruderer",
    subject="Re: Beschädigte Gläser im Paket (Bestellung 303-6094471-2215836)", date=D(2026, 12, 14, 8, 47),
    expect="violation", rules=["contact.email_address", "contact.off_platform"], classes=["damaged_item", "agent_email_address"],
    note="Agent handles broken jars in a food parcel but in passing asks the buyer to send the photos to the shop's own e-mail address.",
    reply="""Guten Morgen Frau Zimmermann,

oh je, das tut mir leid – zwei zerbrochene Gläser Pesto sind natürlich ärgerlich. Schicken Sie die Fotos vom Paket am besten direkt an reklamation@feinkost-ruderer.de, dann kann ich das gleich mit DHL klären.

Die zwei Gläser aus Bestellung 303-6094471-2215836 schicken wir Ihnen so oder so neu, gut gepolstert.

Herzliche Grüße
Maria Ruderer
Feinkost Ruderer""",
    history=[("buyer", "Sandra Zimmermann", 170, """Hallo, im Paket waren zwei Gläser kaputt, alles voller Öl. Der Rest ist ok. Wie gehen wir jetzt vor?""")])

# ---------------------------------------------------------------- Italian
# IT 1 legit - yahoo, cellulare for courier
add(lang="it", client="yahoo", frm="assistenza@ceramichevalsorda.it", from_name="Ceramiche Valsorda",
    subject="R: Consegna servizio piatti – ordine 405-3318290-6627145", date=D(2026, 11, 18, 15, 2),
    expect="legit", rules=[], classes=["delivery_question", "buyer_phone_in_quote"],
    note="Agent explains BRT delivery and how to update the phone number in the Amazon address; the buyer's mobile number is only in the quoted message.",
    reply="""Gentile signora Ferraresi,

il servizio di piatti dell'ordine 405-3318290-6627145 è stato affidato a BRT ieri sera e la consegna è prevista per giovedì. Il corriere usa il numero di telefono indicato nell'indirizzo di spedizione su Amazon: se vuole che chiami un altro numero, può modificarlo da "Il mio account" > "I tuoi indirizzi" finché il pacco non è in consegna.

Noi purtroppo non possiamo contattarla telefonicamente, ma restiamo a disposizione qui.

Cordiali saluti,
Giulia Marchetti
Ceramiche Valsorda""",
    history=[("buyer", "Lucia Ferraresi", 420, """Buongiorno, il pacco è fragile e io lavoro fino alle 18. Potete dire al corriere di chiamarmi prima? Il mio cellulare è 347 555 8821. Grazie""")])

# IT 2 legit - apple mail, fattura elettronica, PEC in quote
add(lang="it", client="apple_mail", frm="amministrazione@ottica-lunardi.it", from_name="Ottica Lunardi Store",
    subject="Re: Fattura elettronica ordine 402-7704516-3398021", date=D(2026, 11, 21, 10, 17),
    expect="legit", rules=[], classes=["invoice", "buyer_email_in_quote"],
    note="Agent confirms the e-invoice was issued with the buyer's SDI code and a copy is on the Amazon order page; the buyer's PEC address appears only in the quote.",
    reply="""Buongiorno dott. Caruso,

abbiamo emesso la fattura elettronica per l'ordine 402-7704516-3398021 (lampada da visita LED) intestata a Studio Medico Caruso, con il codice destinatario SDI M5UXCR1 che ci ha indicato. La riceverà tramite il Sistema di Interscambio nei prossimi giorni.

Una copia di cortesia in PDF è già disponibile nella pagina dell'ordine su Amazon, alla voce "Fattura". Non possiamo inviarla alla PEC direttamente, ma tramite SDI arriverà comunque al suo gestionale.

Cordiali saluti,
Andrea Lunardi""",
    history=[("buyer", "Vincenzo Caruso", 1300, """Salve, mi serve la fattura elettronica intestata allo studio. P.IVA 04471830652, codice SDI M5UXCR1, PEC studiocaruso@pec-mediconet.it. Grazie.""")])

# IT 3 legit - outlook web, review threat, refund
add(lang="it", client="outlook_web", frm="servizioclienti@borsebianchi.it", from_name="Pelletteria Bianchi",
    subject="R: Rimborso zaino – ordine 408-1156793-5521084", date=D(2026, 11, 25, 17, 40),
    expect="legit", rules=[], classes=["refund", "review_threat_in_quote", "agent_reply_in_history"],
    note="Agent confirms the refund through Amazon after the buyer threatened a negative review; nothing about reviews in the agent's reply.",
    reply="""Gentile sig. Esposito,

le confermo che oggi abbiamo emesso il rimborso completo di 89,90 € per l'ordine 408-1156793-5521084. Lo zaino è arrivato in magazzino venerdì ma la pratica era rimasta in sospeso, mi scuso per il ritardo.

Su Amazon il rimborso risulta subito; sull'estratto conto della carta può comparire entro 3-5 giorni lavorativi.

Cordiali saluti,
Elena Bianchi
Pelletteria Bianchi""",
    history=[("buyer", "Salvatore Esposito", 260, """Sono passati 10 giorni dal reso e ancora niente rimborso. Se entro domani non vedo i soldi lascio una recensione negativa e apro un reclamo."""),
             ("agent", "Pelletteria Bianchi", 9100, """Buongiorno, abbiamo ricevuto la sua richiesta di reso. Appena lo zaino arriva in magazzino procediamo con il rimborso. Saluti, Elena""")])

# IT 4 legit - thunderbird, codice sconto request declined
add(lang="it", client="thunderbird", frm="info@tessiturafiorelli.it", from_name="Tessitura Fiorelli",
    subject="Re: Tovaglia misure + sconto – ordine 406-9928314-7715530", date=D(2026, 11, 28, 12, 12),
    expect="legit", rules=[], classes=["product_question", "coupon_request_in_quote", "polite_refusal"],
    note="Agent answers a tablecloth size and washing question and declines the buyer's request for a discount code on a second purchase.",
    reply="""Buongiorno signora Rinaldi,

la tovaglia dell'ordine 406-9928314-7715530 misura 160 x 240 cm ed è adatta a un tavolo fino a 180 cm di lunghezza con una caduta di circa 30 cm per lato. Si può lavare in lavatrice a 40 gradi; le consigliamo di stirarla ancora leggermente umida.

Per quanto riguarda il codice sconto, mi dispiace ma tramite i messaggi Amazon non possiamo offrire sconti o promozioni.

Cordiali saluti,
Marta
Tessitura Fiorelli""",
    history=[("buyer", "Chiara Rinaldi", 900, """Buongiorno, la tovaglia va bene per un tavolo da 180? E si lava in lavatrice? Se mi trovo bene ne prendo un'altra per mia sorella, mi fate un codice sconto?""")])

# IT 5 legit - front, wetransfer link with photos, replacement
add(lang="it", client="front", frm="supporto@lampadeorsini.it", from_name="Lampade Orsini",
    subject="Re: Paralume rotto all'arrivo (ordine 403-4462081-8830917)", date=D(2026, 12, 2, 11, 26),
    expect="legit", rules=[], classes=["damaged_item", "photo_host_link_in_quote", "replacement"],
    note="Agent sends a replacement lampshade; the WeTransfer photo link is only in the quoted buyer message.",
    reply="""Gentile signor Pagano,

grazie per le foto, si vede chiaramente che il paralume in vetro si è rotto durante il trasporto. Le spediamo oggi un paralume nuovo per l'ordine 403-4462081-8830917, con imballo rinforzato; il numero di tracciamento comparirà nella pagina dell'ordine su Amazon.

Non serve rispedire i pezzi rotti: li smaltisca pure con attenzione.

Un cordiale saluto,
Roberto Orsini
Lampade Orsini""",
    history=[("buyer", "Davide Pagano", 180, """Buongiorno, il paralume è arrivato in tre pezzi. Le foto sono troppo pesanti per Amazon, le ho caricate qui: https://we.tl/t-Qm8Zr2LpXv
Aspetto vostre notizie.""")])

# IT 6 legit - kustomer, newsletter request, care question
add(lang="it", client="kustomer", frm="assistenza@lanificiodelpoggio.it", from_name="Lanificio del Poggio",
    subject="Re: Lavaggio plaid lana + newsletter – ordine 407-2239645-1106728", date=D(2026, 12, 4, 9, 35),
    expect="legit", rules=[], classes=["product_care", "newsletter_request_in_quote", "polite_refusal"],
    note="Agent explains how to wash a wool throw and declines to add the buyer to a newsletter through Amazon messages.",
    reply="""Buongiorno signora De Luca,

il plaid in lana merino dell'ordine 407-2239645-1106728 si lava a mano in acqua fredda (massimo 30 gradi) con un detersivo per lana, senza strizzarlo: lo arrotoli in un asciugamano per togliere l'acqua e lo lasci asciugare in piano, lontano dal termosifone. In alternativa va bene il programma lana della lavatrice a bassa centrifuga.

Quanto alla newsletter, tramite Amazon non possiamo iscrivere i clienti a liste di posta, mi scuso.

Cordiali saluti,
Francesca
Lanificio del Poggio""",
    history=[("buyer", "Paola De Luca", 600, """Buongiorno, come si lava il plaid senza rovinarlo? Poi vorrei iscrivermi alla vostra newsletter per sapere quando escono i colori nuovi, la mia mail è paola.deluca71@libero.it""")])

# IT 7 legit - intercom, whatsapp request, moka gasket
add(lang="it", client="intercom", frm="clienti@mokaria-partenope.it", from_name="Mokaria Partenope",
    subject="Re: Guarnizione moka – ordine 404-8815277-3360492", date=D(2026, 12, 6, 10, 50),
    expect="legit", rules=[], classes=["spare_part", "whatsapp_request_in_quote", "polite_refusal"],
    note="Agent explains how to fit the moka pot gasket and tells the buyer contact stays in Amazon messages after a WhatsApp request.",
    reply="""Ciao Gennaro,

purtroppo non usiamo WhatsApp per l'assistenza, ma rispondiamo qui su Amazon in giornata.

La guarnizione della moka da 6 tazze dell'ordine 404-8815277-3360492 va inserita con il lato liscio verso il basso, cioè verso il filtro, e il filtro metallico sopra. Se il caffè esce dai lati probabilmente è montata al contrario. Se anche girandola continua a perdere, ti mandiamo una guarnizione nuova senza costi.

Saluti,
Ciro
Mokaria Partenope""",
    history=[("buyer", "Gennaro", 240, """Salve la moka perde dai lati quando sale il caffè. Avete un numero whatsapp cosi vi mando un video? il mio è 333 555 4410""")])

# IT 8 violation - hubspot, asks buyer to cancel
add(lang="it", client="hubspot", frm="servizio@calzaturetorrini.it", from_name="Calzature Torrini",
    subject="Re: Cambio taglia stivaletti – ordine 405-7730148-2294861", date=D(2026, 12, 9, 16, 5),
    expect="violation", rules=["purpose.ask_buyer_to_cancel"], classes=["size_change", "cancellation_request_by_seller"],
    note="Agent answers a size question but suggests in passing that the buyer cancel the order and reorder the other size.",
    reply="""Buonasera signora Galli,

gli stivaletti Alba vestono regolari, ma con il plantare che ci ha descritto le consiglio il 39 invece del 38.

Dato che l'ordine 405-7730148-2294861 non è ancora partito, la cosa più semplice è che lei annulli l'ordine dalla sua pagina Amazon e ne faccia uno nuovo con il 39, così parte già domattina.

Cordiali saluti,
Simona Torrini
Calzature Torrini""",
    history=[("buyer", "Beatrice Galli", 120, """Buonasera, ho ordinato il 38 ma uso un plantare ortopedico. Secondo voi è meglio il 39? Si può cambiare?""")])

# IT 9 violation - gladly, new line + discount code
add(lang="it", client="gladly", frm="assistenza@casalinobiancheria.it", from_name="Casalino Biancheria",
    subject="Re: Federe colore diverso – ordine 402-5581930-6647213", date=D(2026, 12, 12, 11, 15),
    expect="violation", rules=["purpose.marketing"], classes=["wrong_item", "replacement", "promo_code"],
    note="Agent resolves a wrong-colour pillowcase issue but mentions in passing a new linen line and a 15% discount code.",
    reply="""Buongiorno signora Colombo,

ha ragione, le federe dell'ordine 402-5581930-6647213 dovevano essere color salvia e non grigie: è stato un errore di magazzino. Le spediamo oggi quelle giuste, e le grigie può tenerle senza problemi.

Tra l'altro, da gennaio esce la nostra nuova linea in lino lavato, con il codice LINO15 avrà il 15% di sconto sul primo acquisto.

Cordiali saluti,
Valentina
Casalino Biancheria""",
    history=[("buyer", "Roberta Colombo", 330, """Buongiorno, ho ordinato le federe verde salvia ma mi sono arrivate grigie. Come facciamo?""")])

# IT 10 violation - shopify inbox, emoji + shortened link
add(lang="it", client="shopify_inbox", frm="ciao@bottegaverdeorto.it", from_name="Bottega Verde Orto",
    subject="Re: Kit irrigazione a goccia – ordine 408-3069512-4418870", date=D(2026, 12, 15, 18, 22),
    expect="violation", rules=["style.emoji", "links.shortener", "links.external"], classes=["assembly_help", "emoji", "shortened_link"],
    note="Agent explains the drip irrigation kit assembly but uses an emoji and a shortened external link to a video in passing.",
    reply="""Ciao Marco,

il riduttore di pressione va montato subito dopo il rubinetto, prima del filtro: se lo metti dopo, i gocciolatori in fondo alla linea non ricevono abbastanza acqua. I raccordi a T vanno spinti fino alla seconda tacca.

C'è anche un video di due minuti che mostra tutto il montaggio: bit.ly/kitgoccia-montaggio 🌱

Per qualsiasi altro dubbio sull'ordine 408-3069512-4418870 scrivici pure qui.

Un saluto,
Luca - Bottega Verde Orto""",
    history=[("buyer", "Marco", 200, """Ciao, nel kit ci sono un sacco di pezzi e le istruzioni sono minuscole. Il riduttore di pressione va prima o dopo il filtro? Le ultime piante non prendono acqua.""")])
