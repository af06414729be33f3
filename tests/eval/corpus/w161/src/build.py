#!/usr/bin/env python3
"""Build the w161 messages and labels (stdlib only)."""
import html, json, os, re
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import message_from_bytes

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

M = []

def add(lang, client, to, frm, subject, date, body, expect, rules, classes, note,
        kind="reply", html_part=False):
    M.append(dict(lang=lang, client=client, to=to, frm=frm, subject=subject, date=date,
                  body=body, expect=expect, rules=rules, classes=classes, note=note,
                  kind=kind, html_part=html_part))

def d(s, off=0):
    y, mo, da, h, mi = map(int, re.split(r"[- :]", s))
    return datetime(y, mo, da, h, mi, 7 + len(M) % 50, tzinfo=timezone(timedelta(hours=off)))

# ---------------------------------------------------------------- English (10)

add("en", "zendesk", "k3wq8fzt0hvm2ra@marketplace.amazon.co.uk",
    "Pellow & Finch Support <help@pellowfinch-home.co.uk>",
    "Re: Damaged duvet cover set (Order: 204-5518273-9031146)", d("2026-11-09 09:41"),
    """Hi Gemma,

Thanks for getting back to us, and sorry again that the zip on the king-size cover split on the first wash. That shouldn't happen.

I'm afraid we're not able to offer a discount code, voucher or gift card - but we can do better than that for the actual problem: we'll send a replacement set free of charge. Nothing for you to pay, and you don't need to post the faulty one back first.

The replacement will go out tomorrow on a Royal Mail tracked service and you'll see the tracking in Your Orders for order 204-5518273-9031146.

If you'd prefer a refund instead of the replacement, just reply here and I'll switch it over.

Kind regards,
Hollie
Pellow & Finch Customer Care

----------------------------------------------
Gemma Whitlock, Nov 8, 2026, 21:14

I want 25% off or a voucher for next time, otherwise it's a 1 star review from me and I'll say the quality is rubbish. You can ring me on 07700 914 382 if that's easier, I'm not typing all this out again.
----------------------------------------------
""", "legit", [], ["discount_refusal", "replacement_free_of_charge", "quoted_phone", "quoted_review_threat"],
    "Refuses the buyer's voucher demand and offers a free replacement through the order; the phone number and review threat are only in the quoted buyer text.")

add("en", "zendesk", "k3wq8fzt0hvm2ra@marketplace.amazon.co.uk",
    "Pellow & Finch Support <help@pellowfinch-home.co.uk>",
    "Re: Damaged duvet cover set (Order: 204-5518273-9031146)", d("2026-11-09 09:58"),
    """Hi Gemma,

Thanks for getting back to us, and sorry again that the zip on the king-size cover split on the first wash.

We can't offer a discount code or voucher, but we'll send a replacement set free of charge - no need to post the faulty one back. It goes out tomorrow by Royal Mail tracked, and the tracking will show in Your Orders for order 204-5518273-9031146.

Once the new set has arrived and you're happy with it, we'd really appreciate it if you could update your 1 star review to reflect how we sorted things out.

Kind regards,
Hollie
Pellow & Finch Customer Care

----------------------------------------------
Gemma Whitlock, Nov 8, 2026, 21:14

I've already left 1 star. I want 25% off or a voucher for next time. You can ring me on 07700 914 382.
----------------------------------------------
""", "violation", ["review.change_or_remove"], ["replacement_free_of_charge", "review_update_request", "quoted_phone"],
    "Near twin of the legit replacement reply; the clause asking the buyer to update the 1-star review once happy asks for a review change.")

add("en", "freshdesk", "p0dn7vx2qsl4eby@marketplace.amazon.com",
    "Korvo Kitchen <support@korvokitchen.com>",
    "RE: Grinder shows E7 and won't start (Order: 113-6620418-2257903)", d("2026-11-12 14:05", -5),
    """Hello Marcus,

I understand you'd rather talk this through by phone or WhatsApp, but we're only able to help through Amazon's messaging, so I'll put everything here step by step.

Error code E7 on the Korvo BG-40 means the bean hopper isn't seated, so the safety switch stays open. It's not a motor fault.

1. Unplug the grinder.
2. Lift the hopper off and check the small white tab on the underside isn't snapped.
3. Put it back and turn it clockwise until you hear the click - it needs a firm quarter turn, more than most people expect.
4. Plug in and press Start.

If E7 still shows after that, please send me the code on the label under the base (it starts with BG40-) and a photo of the hopper tab, and we'll sort out a replacement or a refund for order 113-6620418-2257903, whichever you prefer.

Best,
Dana R.
Korvo Kitchen Support

-----Original Message-----
From: Marcus (Amazon Marketplace)
Sent: Wednesday, November 11, 2026 7:52 PM
Subject: Grinder shows E7 and won't start

Just call me, (614) 555-0173, or WhatsApp same number. I've wasted enough time. The display says E7 and nothing happens. Your manual is useless and the video on youtube.com/watch?v=k0rvoBG40 doesn't show this.
""", "legit", [], ["call_whatsapp_refusal", "error_code", "code_on_label", "quoted_phone", "quoted_link"],
    "Declines phone/WhatsApp, keeps help on Amazon and explains error code E7 and the label code; phone and link appear only in the buyer's quoted text.")

add("en", "gmail", "p0dn7vx2qsl4eby@marketplace.amazon.com",
    "Korvo Kitchen <support@korvokitchen.com>",
    "Re: Grinder shows E7 and won't start (Order: 113-6620418-2257903)", d("2026-11-12 14:31", -5),
    """Hi Marcus,

Sorry for the trouble. E7 on the BG-40 means the hopper isn't seated, so the safety switch stays open - unplug it, lift the hopper and twist it back on clockwise until it clicks.

If that doesn't clear it, honestly it's quicker to do this on WhatsApp - message our tech line on +1 (614) 555-0199 with a photo of the code on the label under the base and we'll get you sorted the same day.

Thanks,
Dana
Korvo Kitchen Support

On Wed, Nov 11, 2026 at 7:52 PM Marcus <p0dn7vx2qsl4eby@marketplace.amazon.com> wrote:
> Just call me or WhatsApp. The display says E7 and nothing happens.
""", "violation", ["contact.off_platform", "contact.phone_number"], ["error_code", "code_on_label", "whatsapp_invite"],
    "Twin of the E7 reply; the agent's own clause moves the buyer to WhatsApp and gives the shop's phone number.")

add("en", "gorgias", "zr5mt1yc8wqa0nd@marketplace.amazon.co.uk",
    "Brackenridge Outdoor <care@brackenridge-outdoor.co.uk>",
    "Re: Return - tent too small (Order: 026-3391850-7742619)", d("2026-11-14 11:20"),
    """Hi Tom,

No problem at all, and you haven't missed anything.

Your order 026-3391850-7742619 was delivered on 3 November, so you're well inside the return window. You can start the return from Your Orders > Return or replace items, choose "too small" as the reason, and Amazon will give you the label and drop-off options. The refund goes back to your original payment method once the tent is scanned in.

On the A-to-z Guarantee: that's Amazon's protection for when a seller doesn't deliver or doesn't sort out a return properly. You're welcome to use it if you ever need to, but for a normal return like this the standard route above is quicker.

Just make sure the poles and pegs go back in the bag with it.

Cheers,
Owen
Brackenridge Outdoor

--- Tom Ashdown wrote (13/11/2026 22:47) ---
I don't really get how this works. Do I have to claim on the A to z thing or send it to you? I don't want to lose my money. Can you just email me at tom.ashdown84@hotmail.co.uk with the address to send it to.
""", "legit", [], ["a_to_z", "return_window", "quoted_email", "confused_buyer"],
    "Explains the return window and Amazon's A-to-z Guarantee and keeps the return on Amazon; the buyer's e-mail address only appears in the quote.",
    html_part=True)

add("en", "helpscout", "j6yb0ex4hn9ckup@marketplace.amazon.com",
    "Fieldmark Audio <team@fieldmarkaudio.com>",
    "Re: Price dropped 2 days after I bought (Order: 112-0074936-5518820)", d("2026-11-30 16:12", -8),
    """Hi Priya,

I get why that's frustrating - you paid $89.99 on the 26th and two days later the same earbuds showed at $64.

That $64 was Amazon's Cyber Monday deal, set and run by Amazon on the listing rather than a price we changed for other customers, so we don't have a way to refund the difference on our side.

What you can do: your order 112-0074936-5518820 is still within its return window, so if you'd rather, you can return the unopened earbuds through Your Orders for a full refund. I'd just check the current price first, as the deal has already ended.

Sorry I can't give you a better answer on this one.

Regards,
Luis
Fieldmark Audio

> On Nov 29, 2026, Priya wrote:
> This is a joke. I want $26 back or a coupon code, or I'm returning them and leaving a review saying you rip people off. Screenshot: https://imgur.com/a/Fm4kQ2x
""", "legit", [], ["sale_price_amazon_deal", "discount_refusal", "return_window", "quoted_link", "quoted_review_threat"],
    "Explains the lower sale price was Amazon's deal, refuses a coupon/price difference and points to the return window; the link and threat are only in the buyer's quote.")

add("en", "edesk", "w2lc9gq7mzr3kta@marketplace.amazon.co.uk",
    "Little Acorn Learning <orders@littleacornlearning.co.uk>",
    "Re: Stars falling off reward chart (Order: 203-8847102-6630915)", d("2026-12-02 08:55"),
    """Dear Mrs Okafor,

Thank you for letting us know, and for the photo. You're right - the gold stars printed on the sticker sheet of the Little Acorn reward chart shouldn't be lifting at the corners after a week.

We're sending you two replacement sticker sheets free of charge today by Royal Mail 2nd Class; they should arrive by Saturday. There's no need to return anything.

I've also passed your comments to our product team, as the batch number on the back of your sheet (LA-RC-2611) is one they're already checking for adhesive problems.

As for the review you mentioned - that's entirely your decision and we won't ask you to change it.

Best wishes,
Faye
Little Acorn Learning

--------------------------------------------------------------
From: Amazon customer Adaeze Okafor
Date: 01/12/2026 19:33
Order: 203-8847102-6630915

Half the stars have come off and my son is in tears. I've already given it 2 stars on Amazon. I'd expect at least a refund AND a voucher for the hassle.
--------------------------------------------------------------
""", "legit", [], ["stars_on_product", "replacement_free_of_charge", "feedback_product_team", "no_review_change_request", "voucher_demand_quoted"],
    "Sends free replacement sticker sheets, passes feedback to the product team and explicitly does not ask the buyer to change her review.")

add("en", "outlook", "m9fv4ka1bxe7yws@marketplace.amazon.com",
    "Halvorsen Appliances <service@halvorsen-appliances.com>",
    "RE: Stand mixer stopped working after 14 months (Order: 114-2290637-4481752)", d("2026-11-18 10:03", -6),
    """Hello Mr. Dietrich,

Sorry to hear the mixer has stopped working. Because it's now 14 months since order 114-2290637-4481752 was delivered, it's past the Amazon return window, but it is still covered by the manufacturer's 2-year warranty.

Repairs under that warranty are handled by Halvorsen's authorised service centre in Columbus, Ohio, not by us directly. The warranty card in the box has the booking details; they will ask for the serial number, which is the code on the silver label underneath the base, and a copy of your Amazon invoice (you can download it from Your Orders > Invoice).

If the service centre can't repair it, let me know here and we will review your case.

Regards,
Sandra Kowalczyk
Halvorsen Appliances - Customer Service

________________________________
From: Amazon Customer
Sent: Tuesday, November 17, 2026 9:12 PM
Subject: Stand mixer stopped working after 14 months

It just stopped. Either you send a new one or I want to speak to someone on the phone today. 217-555-0146.
""", "legit", [], ["manufacturer_service_centre", "warranty", "code_on_label", "we_will_review", "quoted_phone"],
    "Out of return window; directs the buyer to the named manufacturer service centre under warranty and offers to review the case; phone number only in the quote.")

add("en", "zendesk", "h4tq2nw8ocl6zve@marketplace.amazon.co.uk",
    "Thornbury Lighting <support@thornburylighting.co.uk>",
    "Re: Desk lamp too dim (Order: 202-6014478-3309261)", d("2026-11-21 13:40"),
    """Hi Callum,

Thanks for the honest feedback on the Thornbury Arc desk lamp. You're right that on the lowest two settings it's quite dim for reading - it's designed as an ambient light first.

I've passed your comments on to our product team.

If it isn't bright enough for what you need, you can return it through Your Orders within the return window for a full refund.

Also, good news - we're launching the Arc Pro with twice the brightness in January; search Thornbury Arc Pro on Amazon and it'll be there from the 10th.

Regards,
Isla
Thornbury Lighting

----------------------------------------------
Callum Reed, Nov 20, 2026, 18:02

Bit disappointed. Fine for mood lighting but useless for reading. Is there a brighter version?
----------------------------------------------
""", "violation", ["purpose.marketing"], ["feedback_product_team", "return_window", "new_product_promo"],
    "Legit feedback/return answer until the closing clause promotes a new product launch, which is marketing.")

add("en", "gmail", "t8rk3dy5fpz1qmx@marketplace.amazon.com",
    "Quillon Luggage <support@quillonluggage.com>",
    "Re: Suitcase wheel broke on first trip (Order: 111-9340275-1068834)", d("2026-12-07 09:15", -5),
    """Hi Ms. Alvarez,

I'm sorry the wheel came off on your first trip - that's exactly the kind of thing our luggage shouldn't do.

I can't offer a discount code for a future order, and I'm not able to move this to e-mail, but I don't want you waiting on it either. You have two options on order 111-9340275-1068834:

- A replacement suitcase, free of charge, shipped within 1 business day.
- A full refund through Amazon once the case is returned with the prepaid label.

Just reply here with which you'd like. If the carrier damaged the box as well, please include a photo of it and we will review your case with them too.

Best regards,
Kenji
Quillon Luggage Support

On Sun, Dec 6, 2026 at 11:28 PM Ms. Alvarez wrote:
> Email me directly at r.alvarez.travels@gmail.com, I don't trust this Amazon system. I want a new bag AND a 30% off code or I'm giving you 1 star and reporting you.
""", "legit", [], ["discount_refusal", "email_refusal", "replacement_free_of_charge", "we_will_review", "quoted_email", "quoted_review_threat"],
    "Refuses a discount code and moving to e-mail, offers replacement free of charge or refund via Amazon; the e-mail address and threat are the buyer's words.",
    html_part=True)

# ---------------------------------------------------------------- German (10)

add("de", "zendesk", "q7xv2mb9tle0hsa@marketplace.amazon.de",
    "Kundenservice Lindgrün Textil <service@lindgruen-textil.de>",
    "AW: Handtücher verfärbt (Bestellung: 302-7716604-2208531)", d("2026-11-10 10:12", 1),
    """Hallo Frau Brandt,

vielen Dank für Ihre Nachricht und die Fotos. Dass die Handtücher nach der ersten Wäsche bei 40 Grad so stark abgefärbt haben, tut uns wirklich leid.

Einen Gutschein oder Rabattcode können wir Ihnen leider nicht anbieten. Wir schicken Ihnen aber kostenlos ein neues 4er-Set aus einer anderen Charge; die alten Handtücher müssen Sie nicht zurückschicken. Die Sendungsnummer sehen Sie wie gewohnt unter „Meine Bestellungen“ bei Bestellung 302-7716604-2208531.

Falls Ihnen stattdessen eine Erstattung lieber ist, antworten Sie einfach hier.

Freundliche Grüße
Melanie Hirsch
Lindgrün Textil – Kundenservice

--------------------------------
Amazon-Käufer, 09.11.2026 um 20:41:

Ich erwarte mindestens einen 20-Euro-Gutschein als Entschädigung. Sonst gibt es eine entsprechende Bewertung. Für Rückfragen: 0171 5550 2938.
--------------------------------
""", "legit", [], ["voucher_refusal", "replacement_free_of_charge", "quoted_phone", "quoted_review_threat"],
    "Lehnt Gutschein/Rabattcode ab und bietet kostenlosen Ersatz über die Bestellung an; Telefonnummer und Bewertungsdrohung stehen nur im Käuferzitat.")

add("de", "freshdesk", "u3hp9ra6ncw1kzf@marketplace.amazon.de",
    "Aerovin Support <support@aerovin-klima.de>",
    "AW: Luftentfeuchter zeigt E7 (Bestellung: 028-4419372-6670184)", d("2026-11-13 15:26", 1),
    """Guten Tag Herr Yilmaz,

telefonisch oder per WhatsApp können wir Sie leider nicht kontaktieren – wir helfen Ihnen aber gern hier über die Amazon-Nachrichten weiter.

Der Fehlercode E7 beim Aerovin DH-20 bedeutet, dass der Schwimmer im Wassertank hängt. Das Gerät meldet dann „Tank voll“, obwohl er leer ist.

So beheben Sie das:
1. Gerät ausschalten und Netzstecker ziehen.
2. Tank herausnehmen und den weißen Schwimmer an der Seite einige Male mit dem Finger auf und ab bewegen.
3. Tank wieder einsetzen, bis er hörbar einrastet.

Sollte E7 danach weiterhin erscheinen, schicken Sie uns bitte den Code auf dem Etikett an der Rückseite (beginnt mit DH20-) – dann prüfen wir, ob wir Ihnen ein Ersatzgerät senden.

Mit freundlichen Grüßen
Jonas Pieper
Aerovin Kundenservice

-----Ursprüngliche Nachricht-----
Von: Amazon-Käufer
Gesendet: Donnerstag, 12. November 2026 21:05
Betreff: Luftentfeuchter zeigt E7

Rufen Sie mich bitte an oder schreiben Sie per WhatsApp: +49 152 5559 0617. Das Ding zeigt nur E7 und tut nichts mehr.
""", "legit", [], ["call_whatsapp_refusal", "error_code", "code_on_label", "quoted_phone"],
    "Lehnt Anruf/WhatsApp ab, erklärt Fehlercode E7 und den Code auf dem Etikett über Amazon; die Nummer steht nur im Zitat.")

add("de", "freshdesk", "u3hp9ra6ncw1kzf@marketplace.amazon.de",
    "Aerovin Support <support@aerovin-klima.de>",
    "AW: Luftentfeuchter zeigt E7 (Bestellung: 028-4419372-6670184)", d("2026-11-13 15:44", 1),
    """Guten Tag Herr Yilmaz,

der Fehlercode E7 beim Aerovin DH-20 bedeutet, dass der Schwimmer im Wassertank hängt. Bitte Tank herausnehmen, den weißen Schwimmer einige Male bewegen und den Tank wieder einsetzen, bis er einrastet.

Wenn das nicht hilft, rufen Sie gern direkt unsere Technik-Hotline unter 040 5558 7312 an (Mo–Fr 9–17 Uhr), dann gehen wir das gemeinsam am Gerät durch.

Mit freundlichen Grüßen
Jonas Pieper
Aerovin Kundenservice

-----Ursprüngliche Nachricht-----
Von: Amazon-Käufer
Gesendet: Donnerstag, 12. November 2026 21:05
Betreff: Luftentfeuchter zeigt E7

Das Ding zeigt nur E7 und tut nichts mehr.
""", "violation", ["contact.off_platform", "contact.phone_number"], ["error_code", "hotline_invite"],
    "Zwilling der E7-Antwort; der Satz mit der eigenen Hotline-Nummer lenkt den Käufer zum Telefon.")

add("de", "outlook", "c1nz6tu4rdk8yfb@marketplace.amazon.de",
    "Bergfeld Sport <kundenservice@bergfeld-sport.de>",
    "AW: Rücksendung Laufschuhe (Bestellung: 303-5582016-9947230)", d("2026-11-16 09:08", 1),
    """Sehr geehrter Herr Lorenz,

keine Sorge, Ihr Geld ist nicht verloren.

Ihre Bestellung 303-5582016-9947230 wurde am 4. November zugestellt, Sie sind also noch innerhalb der Rückgabefrist. Die Rücksendung starten Sie unter „Meine Bestellungen“ > „Artikel zurücksenden“; Amazon stellt Ihnen dort das Rücksendeetikett bereit. Die Erstattung erfolgt auf Ihr ursprüngliches Zahlungsmittel, sobald das Paket eingescannt ist.

Zur A-bis-z-Garantie: Das ist der Käuferschutz von Amazon für den Fall, dass ein Verkäufer nicht liefert oder eine Rücksendung nicht ordnungsgemäß abwickelt. Den können Sie selbstverständlich jederzeit nutzen – für eine normale Rücksendung ist der Weg über „Meine Bestellungen“ aber schneller.

Mit freundlichen Grüßen
Katrin Vogel
Bergfeld Sport

-----Ursprüngliche Nachricht-----
Von: Amazon Marketplace
Gesendet: Sonntag, 15. November 2026 22:19
An: kundenservice
Betreff: Rücksendung Laufschuhe

Die Schuhe sind eine Nummer zu klein. Muss ich jetzt einen A-bis-z-Antrag stellen? Schicken Sie mir bitte Ihre Adresse an lorenz.m@web.de, dann schicke ich sie direkt zurück.
""", "legit", [], ["a_to_z", "return_window", "quoted_email", "confused_buyer"],
    "Erklärt Rückgabefrist und A-bis-z-Garantie und hält die Rücksendung bei Amazon; die E-Mail-Adresse steht nur im Käuferzitat.",
    html_part=True)

add("de", "gmail", "s5fk0jh2wvy7plc@marketplace.amazon.de",
    "Kessler Küchentechnik <service@kessler-kuechentechnik.de>",
    "Re: Kaffeevollautomat defekt nach 15 Monaten (Bestellung: 306-1183940-5524071)", d("2026-11-19 11:37", 1),
    """Guten Tag Frau Schäfer,

das tut mir leid. Da die Maschine aus Bestellung 306-1183940-5524071 seit 15 Monaten bei Ihnen ist, läuft die Amazon-Rückgabefrist nicht mehr, aber die 3-jährige Herstellergarantie von Brunnholt greift.

Reparaturen übernimmt das autorisierte Brunnholt-Servicezentrum in Kassel. Die Anmeldung erfolgt über die Garantiekarte im Karton. Man wird Sie nach der Seriennummer fragen – das ist der Code auf dem Etikett hinter der Tropfschale – sowie nach der Rechnung, die Sie unter „Meine Bestellungen“ > „Rechnung“ herunterladen können.

Falls das Servicezentrum die Reparatur ablehnt, melden Sie sich bitte wieder hier, dann prüfen wir Ihren Fall.

Viele Grüße
Tobias Engel
Kessler Küchentechnik

Am Mi., 18. Nov. 2026 um 19:55 Uhr schrieb Amazon-Käufer:
> Die Maschine pumpt nicht mehr. Ich will sofort ein neues Gerät oder einen Rückruf unter 0221 5553 8841. Sonst melde ich das Amazon.
""", "legit", [], ["manufacturer_service_centre", "warranty", "code_on_label", "we_will_review", "quoted_phone"],
    "Verweist außerhalb der Rückgabefrist auf das genannte Hersteller-Servicezentrum und die Garantie und bietet an, den Fall zu prüfen.")

add("de", "gorgias", "e8mw3pn1gxb5rdt@marketplace.amazon.de",
    "Vellmar Audio <kontakt@vellmar-audio.de>",
    "Re: Preis nach Kauf gesenkt (Bestellung: 304-6672158-3390487)", d("2026-11-27 14:50", 1),
    """Hallo Herr Kühn,

ich verstehe Ihren Ärger – Sie haben 129,00 € bezahlt, und zwei Tage später stand der Lautsprecher für 94,99 € im Angebot.

Der niedrigere Preis war ein Black-Friday-Blitzangebot von Amazon, das Amazon selbst auf der Produktseite durchgeführt hat. Eine Preisdifferenz können wir deshalb leider nicht erstatten, und auch einen Rabattcode können wir nicht ausgeben.

Ihre Bestellung 304-6672158-3390487 ist aber noch innerhalb der Rückgabefrist. Wenn Sie möchten, können Sie den Lautsprecher über „Meine Bestellungen“ zurücksenden und erhalten den vollen Kaufpreis zurück.

Viele Grüße
Sven Albrecht
Vellmar Audio

--- Amazon-Käufer schrieb am 26.11.2026, 08:07 ---
Das ist doch Abzocke. Ich will die 34 Euro zurück oder einen Rabattcode, sonst gibt es eine Bewertung, die sich gewaschen hat. Beweis: https://postimg.cc/Vm3kq8Ld
""", "legit", [], ["sale_price_amazon_deal", "discount_refusal", "return_window", "quoted_link", "quoted_review_threat"],
    "Erklärt, dass der Angebotspreis ein Amazon-Blitzangebot war, lehnt Rabattcode ab und nennt die Rückgabefrist; Link und Drohung nur im Zitat.")

add("de", "helpscout", "r0yt8cz4kqf6mvn@marketplace.amazon.de",
    "Grünwald Gartenbedarf <hilfe@gruenwald-garten.de>",
    "Re: Gartenschlauch undicht (Bestellung: 305-2284419-7716352)", d("2026-11-23 12:18", 1),
    """Hallo Herr Maurer,

danke für Ihre Rückmeldung und die Fotos vom Anschlussstück. Da ist beim Verpressen offenbar etwas schiefgelaufen.

Wir senden Ihnen heute kostenlos einen neuen 25-m-Schlauch mit DHL; den alten müssen Sie nicht zurückschicken. Die Sendungsverfolgung finden Sie bei Bestellung 305-2284419-7716352.

Wenn der neue Schlauch dicht ist und Sie zufrieden sind, würden wir uns freuen, wenn Sie Ihre 2-Sterne-Bewertung noch einmal anpassen.

Freundliche Grüße
Nadine Roth
Grünwald Gartenbedarf

> Am 22.11.2026 schrieb Amazon-Käufer:
> Schlauch tropft am Anschluss. 2 Sterne habe ich schon vergeben.
""", "violation", ["review.change_or_remove"], ["replacement_free_of_charge", "review_update_request"],
    "Kostenloser Ersatz ist in Ordnung, aber der Satz mit der Bitte, die 2-Sterne-Bewertung anzupassen, verlangt eine Bewertungsänderung.")

add("de", "edesk", "b6gs1vl9hxa3toe@marketplace.amazon.de",
    "Nachtfalter Home <service@nachtfalter-home.de>",
    "AW: Sterne auf Bettwäsche verblasst (Bestellung: 301-9920375-4408816)", d("2026-12-03 09:30", 1),
    """Guten Morgen Frau Wenzel,

vielen Dank für die Fotos. Die silbernen Sterne auf dem Aufdruck der Kinderbettwäsche „Sternenhimmel“ sollten nach drei Wäschen wirklich nicht so verblasst sein.

Ich habe Ihre Rückmeldung an unser Produktteam weitergegeben; die Chargennummer auf dem eingenähten Etikett (NF-SH-2609) hilft dort bei der Prüfung.

Gern senden wir Ihnen kostenlos ein Ersatzset aus der neuen Charge. Alternativ können Sie die Bettwäsche innerhalb der Rückgabefrist über „Meine Bestellungen“ zurückgeben. Antworten Sie einfach hier, was Ihnen lieber ist.

Beste Grüße
Lea Hartmann
Nachtfalter Home

--------------------------------------------------------------
Von: Amazon-Kundin Sabine Wenzel
Datum: 02.12.2026 21:48
Bestellung: 301-9920375-4408816

Die Sterne sind nach 3 Wäschen fast weg. Schreiben Sie mir auf WhatsApp oder per Mail (s.wenzel@gmx.de), ich will einen Gutschein.
--------------------------------------------------------------
""", "legit", [], ["stars_on_product", "feedback_product_team", "replacement_free_of_charge", "return_window", "quoted_email"],
    "Gibt Rückmeldung zu den aufgedruckten Sternen an das Produktteam weiter und bietet kostenlosen Ersatz oder Rückgabe an; Kontaktdaten nur im Zitat.")

add("de", "zendesk", "n2dj5qe7ubr9wlx@marketplace.amazon.de",
    "Holzwerk Brandl <kundendienst@holzwerk-brandl.de>",
    "AW: Regal beschädigt angekommen (Bestellung: 028-3371905-6682240)", d("2026-11-25 08:47", 1),
    """Hallo Herr Nowak,

es tut uns leid, dass das Eichenregal mit gebrochener Seitenwange angekommen ist. Das Foto vom Karton zeigt deutlich einen Transportschaden.

Wir prüfen Ihren Fall mit der Spedition. Unabhängig davon müssen Sie nicht warten: Sie können wählen zwischen einer kostenlosen Ersatzlieferung (ca. 5 Werktage) oder einer vollständigen Erstattung über Amazon für Bestellung 028-3371905-6682240. Das beschädigte Regal holt die Spedition in beiden Fällen ab.

Sagen Sie uns einfach hier Bescheid, was Sie bevorzugen.

Freundliche Grüße
Florian Brandl
Holzwerk Brandl

--------------------------------
Amazon-Käufer, 24.11.2026 um 18:12:

Totalschaden. Wenn das nicht bis Freitag geklärt ist, gibt es einen Stern und eine A-bis-z-Beschwerde. Ich erwarte außerdem 50 € Rabatt für den Ärger.
--------------------------------
""", "legit", [], ["we_will_review", "replacement_free_of_charge", "a_to_z", "quoted_review_threat", "discount_demand_quoted"],
    "Prüft den Transportschaden, bietet kostenlosen Ersatz oder Erstattung über Amazon an und geht nicht auf Rabatt oder Bewertung ein.")

add("de", "gmail", "f9ka4rm0ytw2hgz@marketplace.amazon.de",
    "Sandor Werkzeuge <support@sandor-werkzeuge.de>",
    "Re: Akku lädt nicht – welcher Akku passt? (Bestellung: 302-4408193-2251769)", d("2026-12-08 16:02", 1),
    """Hallo Herr Becker,

danke für das Foto. Der Akku aus Ihrer Bestellung 302-4408193-2251769 ist der 18V-Akku in der 4,0-Ah-Ausführung; zu erkennen am Code auf dem Etikett unten am Akku: SW18-40.

Dass die LED am Ladegerät rot blinkt, bedeutet, dass der Akku zu kalt ist (unter 5 °C). Wenn er im Auto oder in der Garage lag, lassen Sie ihn bitte eine Stunde bei Zimmertemperatur liegen und stecken ihn dann wieder ein.

Lädt er danach immer noch nicht, schicken wir Ihnen kostenlos einen Ersatzakku.

Viele Grüße
Ralf Sandor
Sandor Werkzeuge

Am Mo., 7. Dez. 2026 um 20:14 Uhr schrieb Amazon-Käufer:
> Ladegerät blinkt rot, Akku lädt nicht. Hier das Bild: https://ibb.co/Xq7Lmz2 – Rufen Sie an: 0911 5554 2207
""", "legit", [], ["code_on_label", "product_use", "replacement_free_of_charge", "quoted_phone", "quoted_link"],
    "Erklärt anhand des Etikett-Codes und der roten LED das Problem und bietet kostenlosen Ersatz an; Link und Nummer nur im Zitat.")

# ---------------------------------------------------------------- Spanish (10)

add("es", "zendesk", "y4pn8ws1cjq6fdr@marketplace.amazon.es",
    "Atención al cliente Casa Olmedo <ayuda@casaolmedo-hogar.es>",
    "RE: Sartén rayada (Pedido: 403-6621850-9937412)", d("2026-11-11 10:25", 1),
    """Hola Javier:

Gracias por escribirnos y por las fotos. Lamentamos que el antiadherente de la sartén de 28 cm se haya rayado tan pronto.

No podemos ofrecerle un cupón ni un código de descuento, pero sí le enviamos una sartén nueva sin coste alguno; no hace falta que nos devuelva la dañada. Verá el seguimiento del envío en «Mis pedidos», en el pedido 403-6621850-9937412.

Si prefiere el reembolso en lugar del reemplazo, responda a este mensaje y lo tramitamos.

Un saludo,
Marta
Casa Olmedo – Atención al cliente

----------------------------------------------
Javier Ruiz, 10 nov. 2026, 21:30

Quiero un cupón del 20% para la próxima compra o pongo una estrella. Mi móvil es 612 555 384, llámenme.
----------------------------------------------
""", "legit", [], ["discount_refusal", "replacement_free_of_charge", "quoted_phone", "quoted_review_threat"],
    "Rechaza el cupón y ofrece un reemplazo sin coste o reembolso por Amazon; el móvil y la amenaza de valoración solo están en la cita del comprador.")

add("es", "zendesk", "y4pn8ws1cjq6fdr@marketplace.amazon.es",
    "Atención al cliente Casa Olmedo <ayuda@casaolmedo-hogar.es>",
    "RE: Sartén rayada (Pedido: 403-6621850-9937412)", d("2026-11-11 10:40", 1),
    """Hola Javier:

Gracias por las fotos. Lamentamos que el antiadherente de la sartén se haya rayado tan pronto.

Le enviamos una sartén nueva sin coste alguno, sin necesidad de devolver la dañada; el seguimiento aparecerá en «Mis pedidos» (pedido 403-6621850-9937412).

Además, como compensación, le dejamos el código OLMEDO15 con un 15 % de descuento en su próxima compra de cualquier producto de nuestra tienda en Amazon.

Un saludo,
Marta
Casa Olmedo – Atención al cliente

----------------------------------------------
Javier Ruiz, 10 nov. 2026, 21:30

Quiero un cupón del 20% para la próxima compra o pongo una estrella.
----------------------------------------------
""", "violation", ["purpose.marketing"], ["replacement_free_of_charge", "coupon_offer"],
    "Gemelo del reemplazo legítimo; la frase que regala un código de descuento para la próxima compra es promoción.")

add("es", "freshdesk", "g7vb2lt9emx0ahk@marketplace.amazon.es",
    "Soporte Calidor <soporte@calidor-cocina.es>",
    "RE: Freidora de aire muestra E7 (Pedido: 171-5539207-4418063)", d("2026-11-15 12:10", 1),
    """Buenos días, Sra. Castillo:

Entiendo que prefiera hablarlo por teléfono o por WhatsApp, pero solo podemos atenderla a través de la mensajería de Amazon, así que le explico aquí los pasos.

El código de error E7 en la freidora Calidor AF-55 indica que el cajón no está bien encajado y el sensor de seguridad no lo detecta.

1. Desenchufe la freidora y deje que se enfríe.
2. Saque el cajón y compruebe que no haya restos de comida en el carril del fondo.
3. Vuelva a introducirlo empujando hasta oír el clic.

Si el E7 sigue apareciendo, envíenos por aquí el código de la etiqueta de la base (empieza por AF55-) y revisaremos su caso para enviarle un aparato nuevo o tramitar el reembolso del pedido 171-5539207-4418063.

Atentamente,
Daniel Ortega
Calidor – Atención al cliente

-----Mensaje original-----
De: Cliente de Amazon
Enviado el: sábado, 14 de noviembre de 2026 20:47
Asunto: Freidora de aire muestra E7

Llámenme al 655 555 192 o por WhatsApp, no tengo tiempo para mensajes. Sale E7 y no calienta.
""", "legit", [], ["call_whatsapp_refusal", "error_code", "code_on_label", "we_will_review", "quoted_phone"],
    "Rechaza llamada/WhatsApp, explica el código de error E7 y el código de la etiqueta por Amazon; el teléfono solo aparece en la cita.")

add("es", "gmail", "l1qz5hc8rvo3mtw@marketplace.amazon.es",
    "Montecarmelo Sport <clientes@montecarmelo-sport.es>",
    "Re: Devolución de chaqueta (Pedido: 404-2290184-6651037)", d("2026-11-17 17:33", 1),
    """Hola Lucía:

No se preocupe, no pierde su dinero.

Su pedido 404-2290184-6651037 se entregó el 6 de noviembre, así que está dentro del plazo de devolución. Puede iniciarla desde «Mis pedidos» > «Devolver o reemplazar productos»; Amazon le dará la etiqueta y los puntos de entrega. El reembolso se hace al mismo método de pago cuando la chaqueta se escanee.

Sobre la Garantía de la A a la Z: es la protección de Amazon para cuando un vendedor no entrega o no gestiona bien una devolución. Puede usarla si alguna vez lo necesita, pero para una devolución normal como esta el camino de «Mis pedidos» es más rápido.

Un saludo,
Pablo
Montecarmelo Sport

El lun, 16 nov 2026 a las 22:05, Lucía (<l1qz5hc8rvo3mtw@marketplace.amazon.es>) escribió:
> La talla M me queda grande. ¿Tengo que reclamar por la garantía de la A a la Z? Mándeme la dirección a lucia.serrano.m@hotmail.es y se la envío yo.
""", "legit", [], ["a_to_z", "return_window", "quoted_email", "confused_buyer"],
    "Explica el plazo de devolución y la Garantía de la A a la Z y mantiene la devolución en Amazon; el correo de la compradora solo está citado.",
    html_part=True)

add("es", "outlook", "v6ea0kd3nbs9ulp@marketplace.amazon.es",
    "Electro Navalón <postventa@electronavalon.es>",
    "RE: Robot aspirador no carga tras 16 meses (Pedido: 402-7739016-2284559)", d("2026-11-20 09:52", 1),
    """Estimado Sr. Beltrán:

Lamentamos la avería. Como el robot del pedido 402-7739016-2284559 se entregó hace 16 meses, ya no está dentro del plazo de devolución de Amazon, pero sí cubierto por la garantía de 3 años del fabricante, Vexaro.

Las reparaciones en garantía las realiza el servicio técnico oficial de Vexaro en Zaragoza. En la tarjeta de garantía de la caja figura cómo solicitarla; le pedirán el número de serie, que es el código de la etiqueta bajo el depósito, y la factura, que puede descargar en «Mis pedidos» > «Factura».

Si el servicio técnico no pudiera repararlo, escríbanos de nuevo por aquí y revisaremos su caso.

Atentamente,
Rocío Navalón
Electro Navalón – Posventa

-----Mensaje original-----
De: Cliente de Amazon
Enviado el: jueves, 19 de noviembre de 2026 19:21
Para: postventa
Asunto: Robot aspirador no carga

No carga. Quiero uno nuevo ya o que me llamen al 91 555 73 04.
""", "legit", [], ["manufacturer_service_centre", "warranty", "code_on_label", "we_will_review", "quoted_phone"],
    "Fuera de plazo remite al servicio técnico oficial del fabricante con la garantía y ofrece revisar el caso; el teléfono solo en la cita.")

add("es", "helpscout", "i3ws7fg0pkz2ren@marketplace.amazon.es",
    "Textiles Arenal <info@textilesarenal.es>",
    "Re: Cortinas con tono distinto (Pedido: 405-8813470-3306912)", d("2026-11-22 13:05", 1),
    """Hola Carmen:

Sentimos mucho que el color de las cortinas no coincida con las fotos del anuncio.

Puede devolverlas desde «Mis pedidos» dentro del plazo de devolución y le reembolsamos el importe completo del pedido 405-8813470-3306912.

Antes de dejar una valoración negativa, escríbanos a atencion@textilesarenal.es y le buscamos una solución más rápida entre nosotros.

Un saludo,
Equipo Textiles Arenal

> El 21/11/2026, Carmen escribió:
> El color es mucho más oscuro que en la foto. Muy decepcionada, pensaba poner una opinión.
""", "violation", ["review.divert_negative", "contact.email_address", "contact.off_platform"], ["return_window", "divert_to_email"],
    "La devolución por Amazon es correcta, pero la frase que pide escribir a un correo antes de dejar una valoración negativa desvía la reseña y saca al comprador de Amazon.")

add("es", "gorgias", "o8hc1ux6ajm4sdy@marketplace.amazon.es",
    "Sonara Audio <soporte@sonara-audio.es>",
    "Re: Bajada de precio después de comprar (Pedido: 408-3357712-9904128)", d("2026-11-28 18:20", 1),
    """Hola Alberto:

Entiendo su enfado: pagó 79,90 € y dos días después los auriculares salían a 59,99 €.

Ese precio era una Oferta flash del Black Friday gestionada por Amazon en la página del producto, no un cambio de precio nuestro, así que no podemos devolverle la diferencia ni darle un código de descuento.

Lo que sí puede hacer: el pedido 408-3357712-9904128 sigue dentro del plazo de devolución, y si lo prefiere puede devolver los auriculares desde «Mis pedidos» para un reembolso completo.

Siento no poder darle otra respuesta.

Un saludo,
Irene
Sonara Audio

--- Alberto escribió (27/11/2026 23:14) ---
Me parece una estafa. O me devolvéis 20 € o un cupón, o pongo una reseña diciendo que engañáis. Captura: https://imgur.com/a/Sn9rQ41
""", "legit", [], ["sale_price_amazon_deal", "discount_refusal", "return_window", "quoted_link", "quoted_review_threat"],
    "Explica que el precio rebajado era una oferta de Amazon, rechaza cupón y diferencia y recuerda el plazo de devolución; enlace y amenaza solo en la cita.")

add("es", "edesk", "x5rl9ob2fwt7kcq@marketplace.amazon.es",
    "Pequeños Pasos <pedidos@pequenospasos-infantil.es>",
    "RE: Estrellas reflectantes despegadas (Pedido: 406-1127584-5539921)", d("2026-12-04 10:14", 1),
    """Hola Sr. Morales:

Gracias por avisarnos y por la foto. Las estrellas reflectantes impresas en la mochila infantil «Cometa» no deberían despegarse al mes de uso.

Hemos trasladado sus comentarios al equipo de producto; el número de lote de la etiqueta interior (PP-CM-2610) nos ayuda a revisar esa tanda.

Le enviamos una mochila nueva sin coste, que saldrá mañana con Correos Express. No tiene que devolver la anterior.

Sobre la opinión que ya ha publicado, es totalmente decisión suya; no le vamos a pedir que la cambie.

Un saludo,
Nuria
Pequeños Pasos

--------------------------------------------------------------
De: Cliente de Amazon Andrés Morales
Fecha: 03/12/2026 20:02
Pedido: 406-1127584-5539921

Las estrellas se caen a trozos. Ya le he puesto 2 estrellas. Quiero un vale regalo por las molestias.
--------------------------------------------------------------
""", "legit", [], ["stars_on_product", "feedback_product_team", "replacement_free_of_charge", "no_review_change_request", "voucher_demand_quoted"],
    "Traslada la queja sobre las estrellas impresas al equipo de producto, envía reemplazo sin coste y deja claro que no pedirá cambiar la opinión.")

add("es", "zendesk", "d0jt6vm3hpq8nxa@marketplace.amazon.es",
    "Lumbre Iluminación <ayuda@lumbre-iluminacion.es>",
    "RE: Bombilla inteligente no conecta (Pedido: 407-4460931-7728315)", d("2026-12-06 11:48", 1),
    """Hola Sergio:

Gracias por escribirnos. Si la bombilla Lumbre B9 no aparece en la app, casi siempre es porque el router está emitiendo solo en 5 GHz; la bombilla necesita una red de 2,4 GHz.

1. Active la banda de 2,4 GHz en el router (o cree una red de invitados en 2,4 GHz).
2. Encienda y apague la bombilla 5 veces seguidas hasta que parpadee rápido.
3. Vuelva a añadirla en la app.

Si aun así no conecta, díganos el código de la etiqueta de la base y le enviamos otra sin coste para el pedido 407-4460931-7728315. ¡Seguro que lo solucionamos! 💡😊

Un saludo,
Álvaro
Lumbre Iluminación

----------------------------------------------
Sergio Campos, 5 dic. 2026, 19:40

La bombilla no aparece en la app. Ya he probado tres veces.
----------------------------------------------
""", "violation", ["style.emoji"], ["product_use", "code_on_label", "emoji"],
    "Ayuda técnica correcta, pero la frase final lleva emojis en el mensaje del vendedor.")

add("es", "gmail", "a7fy1nq4ckv9whs@marketplace.amazon.es",
    "Muebles Albarracín <atencion@mueblesalbarracin.es>",
    "Re: Mesa llegó con una pata rota (Pedido: 171-9906823-4451207)", d("2026-11-26 16:35", 1),
    """Buenas tardes, Sra. Iglesias:

Lamentamos mucho que la mesa haya llegado con una pata partida; por la foto del embalaje parece claramente un daño de transporte.

Revisaremos su caso con la agencia de transporte. Mientras tanto, no tiene que esperar: puede elegir entre una pata de repuesto sin coste (llega en 2-3 días laborables) o el reembolso completo del pedido 171-9906823-4451207 a través de Amazon.

No podemos ofrecer un descuento adicional, pero queremos que tenga la mesa en perfecto estado cuanto antes. Indíquenos por aquí qué opción prefiere.

Un cordial saludo,
Beatriz
Muebles Albarracín

El mié, 25 nov 2026 a las 21:02, Cliente de Amazon escribió:
> Pata rota. Quiero un 30% de descuento o pongo una estrella y abro una reclamación A-to-z. Mi email: m.iglesias.r@yahoo.es
""", "legit", [], ["we_will_review", "replacement_free_of_charge", "discount_refusal", "quoted_email", "quoted_review_threat"],
    "Revisa el daño de transporte, ofrece repuesto sin coste o reembolso por Amazon y rechaza el descuento; el correo y la amenaza solo en la cita.",
    html_part=True)

# ---------------------------------------------------------------- build

def to_html(text):
    out, quote = [], []
    def flush():
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>\n".join(html.escape(q) for q in quote) + "</blockquote>")
            quote.clear()
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l):
            quote.extend(l[1:].lstrip() for l in lines)
            continue
        flush()
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    flush()
    return "<html><body>\n" + "\n".join(out) + "\n</body></html>\n"

ALIAS = re.compile(r"^[a-z0-9]{15}@marketplace\.amazon\.(co\.uk|com|de|es)$")
labels = []
for i, m in enumerate(M, 1):
    mid = f"w161-{i:04d}"
    assert ALIAS.match(m["to"]), m["to"]
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    dom = m["frm"].split("@")[1].rstrip(">")
    msg["Message-ID"] = make_msgid(idstring=mid, domain=dom)
    msg["MIME-Version"] = "1.0"
    msg.set_content(m["body"], charset="utf-8", cte="quoted-printable")
    if m["html_part"]:
        msg.add_alternative(to_html(m["body"]), subtype="html", charset="utf-8", cte="quoted-printable")
    path = os.path.join(OUT, "messages", mid + ".eml")
    with open(path, "wb") as f:
        f.write(msg.as_bytes())
    labels.append(dict(id=mid, file=f"messages/{mid}.eml", lang=m["lang"], client=m["client"],
                       kind=m["kind"], split="dev", expect=m["expect"], rules=m["rules"],
                       classes=m["classes"], note=m["note"]))

with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")

# verification
for l in labels:
    with open(os.path.join(OUT, l["file"]), "rb") as f:
        p = message_from_bytes(f.read())
    assert p["Message-ID"] and p["Date"] and p.get_content_charset() in ("utf-8", None)
    assert (l["expect"] == "legit") == (not l["rules"])
n_leg = sum(l["expect"] == "legit" for l in labels)
print(len(labels), "messages;", n_leg, "legit;", len(labels) - n_leg, "violation")
from collections import Counter
print(Counter(l["lang"] for l in labels))
