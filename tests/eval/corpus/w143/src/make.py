#!/usr/bin/env python3
"""Generate w143 messages and labels (stdlib only)."""
import json, os, random, datetime, html
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = "w143"
rnd = random.Random(143)

def alias():
    a = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rnd.choice(a) for _ in range(15))

M = []
def add(lang, dom, client, kind, expect, rules, classes, note, frm, name, subj, body, html_part=False, dt=None):
    M.append(dict(lang=lang, dom=dom, client=client, kind=kind, expect=expect, rules=rules,
                  classes=classes, note=note, frm=frm, name=name, subj=subj, body=body,
                  html=html_part, dt=dt))

# ---------------------------------------------------------------- EN 1 legit
add("en", "co.uk", "zendesk", "reply", "legit", [], ["restates_review_threat", "quoted_history", "replacement"],
    "Restates the buyer's threat of a one-star review in the agent's words, arranges a replacement through Amazon and explicitly leaves the review up to the buyer.",
    "support@hollinsandpeck.co.uk", "Hollins & Peck Support",
    "Re: Kettle leaking from base - order 204-6618254-3390127",
"""Hi Gareth,

Thanks for getting back to us, and I'm really sorry the HP-17 kettle has started leaking from the base after only nine days. That shouldn't happen, and I completely understand why you're annoyed.

Just so I've got it right: water is pooling under the power base after each boil, you've checked it isn't overfilled past the 1.7 L line, and you mentioned you'd leave a one-star review if we just sent you another one that does the same thing. That's fair enough. Whatever you decide to write in your review is entirely up to you, and we won't ask you to change it.

What I've done on our side:
- Opened a replacement for order 204-6618254-3390127 through Amazon, so you won't be charged again. It should go out tomorrow with Royal Mail Tracked 48.
- The new kettle is from a different batch (lot 2611-B, the faulty run was lot 2608-C), which we've pulled from stock.
- Amazon will email you a returns label for the leaking one. Please don't post it back until the replacement has arrived, so you're not without a kettle.

If the replacement has any problem at all, just reply here and I'll refund you in full through Amazon instead.

Kind regards,
Priya
Hollins & Peck Customer Care

--
Priya M.
Hollins & Peck | Ticket #48821

On Mon, 16 Nov 2026 at 07:42, Amazon buyer wrote:
> The kettle you sent me is leaking all over the worktop. Nine days old. If you
> just send me another one that does the same I'm leaving a one star review and
> telling everyone not to buy from you.
""", dt=(2026, 11, 16, 10, 14))

# ---------------------------------------------------------------- EN 2 violation twin
add("en", "co.uk", "zendesk", "reply", "violation", ["review.divert_negative"], ["restates_review_threat", "quoted_history", "hold_off_review"],
    "Twin of the leaking-kettle reply, but the agent asks the buyer to hold off leaving the one-star review until the replacement has arrived, steering a negative review away.",
    "support@hollinsandpeck.co.uk", "Hollins & Peck Support",
    "Re: Kettle leaking from base - order 204-3317409-8852164",
"""Hi Marcus,

Thanks for getting back to us, and I'm really sorry the HP-17 kettle has started leaking from the base. That shouldn't happen.

You mentioned you'd leave a one-star review, and I understand why. I've opened a replacement for order 204-3317409-8852164 through Amazon (no extra charge) and it will go out tomorrow with Royal Mail Tracked 48. It comes from lot 2611-B rather than the faulty lot 2608-C.

Would you mind holding off on the review until the new kettle has arrived and you've had a chance to use it for a few days? We're a small team and a one-star review really hurts us, and we'd much rather you give us the chance to put it right first.

Amazon will send you a returns label for the old one.

Kind regards,
Priya
Hollins & Peck Customer Care

On Tue, 17 Nov 2026 at 19:03, Amazon buyer wrote:
> Kettle is leaking from underneath. Not impressed. Expect a one star review.
""", dt=(2026, 11, 18, 9, 2))

# ---------------------------------------------------------------- EN 3 legit
add("en", "com", "freshdesk", "reply", "legit", [], ["restates_whatsapp_request", "explains_amazon_rules", "quoted_history"],
    "Buyer asked whether the shop has a WhatsApp; the agent explains Amazon requires communication through Buyer-Seller Messaging and answers the sizing question here.",
    "help@tallowridgeoutfitters.com", "Tallow Ridge Outfitters",
    "Re: Question about sizing - order 113-5029471-6620318",
"""Hello Denise,

Thank you for your message about the Carver insulated vest on order 113-5029471-6620318.

You asked whether we have a WhatsApp or a phone number so you could send photos and talk through the sizing more quickly. I'm sorry to disappoint you there: Amazon's rules for sellers say that all our contact with buyers has to stay inside Amazon's messaging, so we aren't allowed to move the conversation to WhatsApp, text or phone. You can attach photos right here though, using the paperclip icon in the Amazon message window, and I'll look at them the same day.

On the sizing itself: the Carver runs about half a size small across the chest. Your order was a Medium (chest 38-40 in). If you usually wear a Medium in layers, the Large (chest 41-43 in) is the safer choice. If you'd like to swap, please start an exchange or return from Your Orders on Amazon; the return is free for size issues.

Best regards,
Tom Easley
Tallow Ridge Outfitters

-----Original Message-----
From: Amazon Marketplace buyer
Sent: Friday, November 20, 2026 8:11 PM
Subject: Question about sizing

Hi do you guys have a whatsapp? easier to send you pics of how it fits. or a phone number I can call tomorrow? thx
""", dt=(2026, 11, 21, 8, 40))

# ---------------------------------------------------------------- EN 4 violation twin
add("en", "com", "freshdesk", "reply", "violation", ["contact.off_platform", "contact.phone_number"], ["restates_whatsapp_request", "gives_whatsapp", "quoted_history"],
    "Twin of the WhatsApp question, but the agent gives the shop's WhatsApp number and invites the buyer to continue there.",
    "help@tallowridgeoutfitters.com", "Tallow Ridge Outfitters",
    "Re: Question about sizing - order 113-8843120-1175502",
"""Hello Kevin,

Thank you for your message about the Carver insulated vest on order 113-8843120-1175502.

You asked whether we have a WhatsApp so you can send photos of the fit. Yes, we do! Just message us on WhatsApp at +1 (406) 555-0192 and one of the team will look at your photos and suggest a size. It's usually quicker than going back and forth here.

For reference, the Carver runs about half a size small across the chest. You ordered a Medium (chest 38-40 in).

Best regards,
Tom Easley
Tallow Ridge Outfitters

-----Original Message-----
From: Amazon Marketplace buyer
Sent: Sunday, November 22, 2026 3:27 PM
Subject: Question about sizing

do you have whatsapp so I can send pics
""", dt=(2026, 11, 22, 16, 5))

# ---------------------------------------------------------------- EN 5 legit
add("en", "co.uk", "gorgias", "reply", "legit", [], ["restates_discount_request", "explains_amazon_rules", "refund_amount", "quoted_history"],
    "Buyer asked for a discount code after a scratched item; the agent explains it can't send codes through Amazon messaging and issues a partial refund of 8.50 through Amazon instead.",
    "care@brindlewharf.co.uk", "Brindle Wharf Home",
    "Re: Scratched lamp base (order 026-4471938-5518203)",
"""Dear Mrs Okafor,

Thank you for sending the photos of the Ashby table lamp. I can clearly see the scratch on the brass base, about 3 cm long near the switch, and I'm sorry it reached you like that.

You said you'd be happy to keep the lamp if we could give you a discount code for your next order. I'm afraid we're not able to send discount or promotional codes through Amazon's messaging system, as Amazon doesn't allow sellers to use it for promotions. What I can do is refund part of what you paid for this order directly.

I've issued a partial refund of £8.50 on order 026-4471938-5518203 today. It goes back to the card you used and usually shows within 3-5 working days; Amazon will email you a confirmation.

If you change your mind and would prefer a full return, that's absolutely fine too: just use Your Orders on Amazon and choose "damaged on arrival".

Kind regards,

Hannah Leigh
Customer Support, Brindle Wharf Home

---- On 23 Nov 2026 14:02, Amazon Customer wrote ----
The lamp arrived with a big scratch on the base. I don't really want the hassle of sending it back, could you give me a discount code for my next order instead?
""", html_part=True, dt=(2026, 11, 23, 16, 48))

# ---------------------------------------------------------------- EN 6 violation twin
add("en", "co.uk", "gorgias", "reply", "violation", ["purpose.marketing", "contact.off_platform"], ["restates_discount_request", "sends_code", "quoted_history"],
    "Twin of the scratched-lamp reply, but the agent sends a discount code for the shop's own website, which is a promotion and moves the buyer off Amazon.",
    "care@brindlewharf.co.uk", "Brindle Wharf Home",
    "Re: Scratched lamp base (order 026-9902815-3346071)",
"""Dear Mr Pryce,

Thank you for the photos of the Ashby table lamp, I'm sorry about the scratch on the base.

You said you'd be happy to keep it if we gave you a discount code for your next order, and we're happy to do that. Use code ASHBY20 at checkout on our own web shop, brindlewharf.co.uk, for 20% off anything in the Autumn Lighting range. It's valid until 31 December 2026.

Kind regards,

Hannah Leigh
Customer Support, Brindle Wharf Home

---- On 24 Nov 2026 09:15, Amazon Customer wrote ----
Lamp has a scratch. I'll keep it if you give me a discount code for next time.
""", html_part=True, dt=(2026, 11, 24, 11, 20))

# ---------------------------------------------------------------- EN 7 legit
add("en", "co.uk", "edesk", "reply", "legit", [], ["carrier_service", "tracking_number", "quoted_history"],
    "Explains a missed delivery, gives the Royal Mail tracking number and tells the buyer how to use Royal Mail Redelivery for the parcel on this order.",
    "orders@kestrelcyclespares.co.uk", "Kestrel Cycle Spares",
    "Re: Where is my parcel? Order 203-7718830-4402619",
"""Hi Liam,

Sorry for the hassle. I've checked the tracking for order 203-7718830-4402619 (Shimano-compatible 11-speed chain, 116 links).

Royal Mail tried to deliver it on Wednesday 25 November at 13:22 but nobody was in, and because it needs a signature they left a "Sorry we missed you" card. The tracking number is JD 0146 0000 3828 4957 30 if you want to check it on the Royal Mail site or app.

You can book a free redelivery with Royal Mail Redelivery (you'll need the reference on the grey card, it starts with 'RMR'), or collect it from your local Customer Service Point after 24 hours with some photo ID. They hold it for 18 days before returning it to us.

If the card wasn't left or it's gone missing, let me know and I'll ask Royal Mail to look into it.

Cheers,
Dan
Kestrel Cycle Spares

Amazon Customer wrote on 26/11/2026 07:58:
| Tracking says attempted delivery but I was in all day?? where is it
""", dt=(2026, 11, 26, 9, 31))

# ---------------------------------------------------------------- EN 8 legit
add("en", "com", "helpscout", "reply", "legit", [], ["model_numbers", "serial_number", "warranty", "carrier_service", "quoted_history"],
    "Answers a warranty and compatibility question with model numbers like 0800-X and 555-201 and a serial number, and mentions UPS My Choice for the replacement shipment.",
    "support@norhavenaudio.com", "Norhaven Audio",
    "Re: Subwoofer amp module not powering on - 112-3305718-9924416",
"""Hi Mr. Castellano,

Thanks for the detailed description and the serial number, that helps a lot.

The unit you have is the SA-0800-X amplifier module, serial NH08X-24117-0392. Anything with a serial starting NH08X-24 was built in 2024 and is still covered by our 3-year warranty, so you're fine there. The no-power symptom with the blue LED flashing three times is almost always the thermal fuse on that board.

To your second question: yes, the replacement module is a direct fit for your cabinet, model 555-201. The older 555-200 cabinets need an adapter plate, but yours doesn't.

I've set up a free warranty replacement against order 112-3305718-9924416. It ships from our Ohio warehouse via UPS Ground on Monday; if you use UPS My Choice you'll be able to pick a delivery window once the tracking number appears in Your Orders. A prepaid return label for the faulty module will be included in the box, please send it back within 30 days.

Best,
Renata Voss
Norhaven Audio Support

> On Nov 27, 2026, at 10:12 PM, Amazon Customer wrote:
>
> My sub amp died. Blue light blinks 3 times, no sound. Serial NH08X-24117-0392.
> Is this under warranty? And will a new module fit my 555-201 box?
""", dt=(2026, 11, 28, 9, 17))

# ---------------------------------------------------------------- EN 9 legit
add("en", "co.uk", "outlook", "reply", "legit", [], ["carrier_service", "refund_amount", "lot_code", "quoted_history"],
    "Confirms a refund of 23.49 through Amazon for a recalled batch of supplements, quotes the lot code and explains DPD Predict for the return collection.",
    "customerservice@greenmarlowe-nutrition.co.uk", "Green Marlowe Nutrition",
    "RE: Capsules smell odd - order 202-5591046-7738215",
"""Dear Ms Whitcombe,

Thank you for letting us know, and I'm sorry for the worry this has caused.

I've checked the lot number you gave us, LOT 26-0915-744 (best before 09/2028). That lot of our Vitamin D3 + K2 capsules has been withdrawn because some tubs were sealed with too little desiccant, which can make the capsules smell slightly sour. They are not harmful, but please don't take any more of them.

I've refunded the full £23.49 for order 202-5591046-7738215 through Amazon this morning. You don't need to send the tub back, but if you would prefer us to collect it, we can book a DPD collection; DPD Predict will send you a one-hour slot the evening before.

Again, my apologies.

Yours sincerely,
Colin Marsh
Customer Service
Green Marlowe Nutrition

-----Original Message-----
From: Amazon Customer
Sent: 28 November 2026 18:40
To: Green Marlowe Nutrition
Subject: Capsules smell odd

Hello, the capsules in my new tub smell really strange, sort of sour. Lot number on the bottom is 26-0915-744. Are these ok to take?
""", dt=(2026, 11, 29, 10, 5))

# ---------------------------------------------------------------- EN 10 legit
add("en", "co.uk", "gmail", "reply", "legit", [], ["long_apology", "specs_stars_percent", "quoted_history", "return"],
    "Long apology for a freezer that doesn't hold temperature; quotes its four-star freezer rating and 40% energy saving spec and sets up a return through Amazon.",
    "hello@fenwickappliancehouse.co.uk", "Fenwick Appliance House",
    "Re: Under-counter freezer not cold enough (order 204-2208716-9931540)",
"""Dear Mr and Mrs Delaney,

I want to start by apologising properly. You bought the Fenwick UF-60 under-counter freezer for your Christmas food shop, it arrived two days late, the delivery driver left it on its side in your porch, and now it isn't getting below -12°C. That is not the experience anyone should have, particularly at this time of year, and I am genuinely sorry.

To answer your question about the spec: the UF-60 is a four-star (****) freezer, which means it is designed to reach -18°C or colder and can freeze fresh food from room temperature. It's also rated around 40% more efficient than our older UF-55. So you're right, it should be much colder than -12°C, even after the recommended 4 hours standing upright before switching on.

A freezer that has been transported on its side can occasionally have oil in the cooling circuit, so it's worth leaving it switched off and upright for 24 hours and trying once more. If it still doesn't reach -18°C after that, please request a return through Your Orders on Amazon for order 204-2208716-9931540 and choose "defective". We will cover the collection and the full refund of £219.00, or send a replacement if you'd prefer, whichever suits you.

Once again, I'm very sorry, and thank you for your patience while we put it right.

Warm regards,
Eleanor Fenwick
Fenwick Appliance House

On Sun, 29 Nov 2026 at 21:16, <6tq1bkx9wz0mcna@marketplace.amazon.co.uk> wrote:
> The freezer arrived late and on its side. It's been running 2 days and the
> thermometer says -12. The listing says four stars and 40% more efficient, what
> does four stars even mean if it can't freeze? Very disappointed.
""", dt=(2026, 11, 30, 8, 50))

# ---------------------------------------------------------------- EN 11 legit
add("en", "com", "applemail", "reply", "legit", [], ["explains_amazon_rules", "restates_website_request", "quoted_history"],
    "Buyer asked for the shop's website and email to order more; the agent explains Amazon doesn't let sellers share outside contact details and answers about availability on Amazon.",
    "shop@quarrystonepottery.com", "Quarrystone Pottery",
    "Re: Matching mugs for order 114-6620093-2257831",
"""Hi Abby,

So glad the serving bowl arrived safely!

You asked if we have our own website or an email address so you could order four matching mugs directly. I appreciate you asking, but Amazon's policies don't allow sellers to share outside websites or email addresses in these messages, so I can only help you here.

The good news is the matching mugs (Tidewater glaze, 12 oz) are on Amazon. If you search "Quarrystone Tidewater mug" they should come up, sold by us. Each one is thrown by hand, so the glaze varies a bit from piece to piece, just like your bowl.

Happy to answer anything else about order 114-6620093-2257831.

Warmly,
June
Quarrystone Pottery

> On Dec 1, 2026, at 7:03 PM, Amazon Customer wrote:
>
> Love the bowl!! Do you have a website or email? I'd like 4 matching mugs.
""", dt=(2026, 12, 1, 21, 12))

# ---------------------------------------------------------------- EN 12 violation
add("en", "com", "zendesk", "proactive", "violation", ["review.incentive"], ["review_request", "incentive"],
    "Review request that offers a 5 dollar refund once the buyer posts a review, which is an incentive for a review.",
    "support@brightlingkitchen.com", "Brightling Kitchen",
    "Your Brightling knife set - order 111-4071238-6650924",
"""Hello Sandra,

Your Brightling 6-piece knife set (order 111-4071238-6650924) was delivered on November 24, and we hope it's been a good addition to your kitchen.

A quick reminder on care: hand-wash and dry the blades straight away, and hone them every couple of weeks with the included steel.

If you have a moment, we'd be grateful if you would leave a review of the set on Amazon. As a thank-you, we'll refund $5.00 to your original payment method as soon as your review is posted. Just reply to this message once it's live.

Best wishes,
The Brightling Kitchen team
""", dt=(2026, 12, 2, 14, 0))

# ---------------------------------------------------------------- EN 13 legit
add("en", "com", "edesk", "proactive", "legit", [], ["review_request", "neutral"],
    "A single neutral review request for a delivered order, inviting any honest review, positive or negative, with no incentive.",
    "support@brightlingkitchen.com", "Brightling Kitchen",
    "Your Brightling knife set - order 111-9038712-4416025",
"""Hello Graham,

Your Brightling 6-piece knife set (order 111-9038712-4416025) was delivered on November 27.

A quick tip while it's new: hand-wash and dry the blades straight away rather than using the dishwasher, and hone them every couple of weeks with the included steel. It keeps the 15-degree edge much longer.

If you have a moment, we'd appreciate it if you would share your experience by leaving a review on Amazon, whether it's positive or negative. Honest reviews help other cooks choose. If anything isn't right with the set, you can also reply to this message.

Best wishes,
The Brightling Kitchen team
""", dt=(2026, 12, 3, 10, 30))

# ---------------------------------------------------------------- EN 14 violation
add("en", "co.uk", "helpscout", "reply", "violation", ["feedback.removal_request"], ["seller_feedback", "long_apology", "refund_amount", "quoted_history"],
    "Apologises for a late delivery and refunds postage, then asks the buyer to remove the negative seller feedback.",
    "support@mossgatecrafts.co.uk", "Mossgate Crafts",
    "Re: Late delivery - order 026-3319054-8870246",
"""Hi Fiona,

I'm so sorry the advent calendar kit turned up on the 3rd instead of before the 1st as promised. I know the whole point was to have it ready for the start of December, and we let you down. The parcel sat at the Parcelforce depot in Coventry for four days, but that's not your problem, it's ours.

I've refunded the £3.95 delivery charge on order 026-3319054-8870246 through Amazon.

I noticed you left us 1-star seller feedback about the delay. Now that we've refunded the postage, would you be willing to remove it? You can do it from Your Orders > Leave seller feedback > Remove. It would mean a lot to a small shop like ours.

Thanks again and sorry once more,
Ruth
Mossgate Crafts

On 4 Dec 2026, at 08:15, Amazon Customer <m4p0hzdkq2xv8rj@marketplace.amazon.co.uk> wrote:

> Calendar kit arrived on the 3rd. Useless now, kids already started theirs. Left feedback.
""", dt=(2026, 12, 4, 11, 45))

# ---------------------------------------------------------------- EN 15 legit
add("en", "co.uk", "helpscout", "reply", "legit", [], ["seller_feedback", "long_apology", "refund_amount", "quoted_history"],
    "Twin of the late-calendar reply: apologises, explains the Parcelforce delay and refunds postage, acknowledging the feedback without asking for its removal.",
    "support@mossgatecrafts.co.uk", "Mossgate Crafts",
    "Re: Late delivery - order 026-7725180-1194432",
"""Hi Owen,

I'm so sorry the advent calendar kit turned up on the 3rd instead of before the 1st as promised. The whole point was to have it ready for the start of December, and we let you down. The parcel sat at the Parcelforce depot in Coventry for four days; we've raised it with them, but that's not your problem, it's ours.

I've refunded the £3.95 delivery charge on order 026-7725180-1194432 through Amazon, and if you'd rather return the kit altogether you can do that from Your Orders for a full refund of £24.99 (the return is free).

I saw the feedback you left about the delay, and it's completely fair. We've changed our cut-off for Christmas orders to 2 December as a result, so thank you for telling us.

Sorry once more,
Ruth
Mossgate Crafts

On 4 Dec 2026, at 08:40, Amazon Customer <hq7sv3lw1ybn0ec@marketplace.amazon.co.uk> wrote:

> Calendar kit arrived on the 3rd, too late. Left feedback.
""", dt=(2026, 12, 4, 12, 10))

# ================================================================ ES
# ---------------------------------------------------------------- ES 1 legit
add("es", "es", "zendesk", "reply", "legit", [], ["restates_review_threat", "quoted_history", "replacement", "carrier_service"],
    "Repite con sus palabras que el comprador dejará una reseña de una estrella, envía un reemplazo por Correos a través de Amazon y deja la reseña a su criterio.",
    "atencion@tiendalaalcazaba.es", "La Alcazaba Hogar",
    "Re: Sartén con el antiadherente despegado - pedido 407-2290615-7731048",
"""Hola Sergio:

Gracias por escribirnos y por las fotos. Lamento mucho que la sartén de 28 cm haya perdido el antiadherente a las dos semanas; no es normal y entiendo perfectamente su enfado.

Para asegurarme de que lo he entendido bien: el recubrimiento se levanta en el centro, la ha usado solo en vitrocerámica y sin utensilios metálicos, y nos comenta que si le mandamos otra igual dejará una reseña de una estrella. Está en su derecho, y lo que decida escribir en su reseña es cosa suya; no le vamos a pedir que la cambie.

Lo que hemos hecho:
- Hemos tramitado un reemplazo del pedido 407-2290615-7731048 a través de Amazon, sin coste para usted. Sale mañana con Correos (Paq Premium) y le llegará en 24-48 h.
- La sartén nueva es del lote 26-311, no del lote 26-288, que es el que ha dado problemas y que hemos retirado.
- Amazon le enviará la etiqueta de devolución de la sartén defectuosa; no hace falta que la envíe hasta tener la nueva.

Si la nueva le da cualquier problema, contéstenos aquí y le hacemos el reembolso completo por Amazon.

Un saludo,
Lucía
Atención al cliente - La Alcazaba Hogar

El lun., 16 nov. 2026 a las 20:31, Comprador de Amazon escribió:
> La sartén ya se está despegando y solo tiene dos semanas. Si me mandáis otra
> igual pongo una reseña de una estrella y aviso a todo el mundo.
""", dt=(2026, 11, 17, 9, 12))

# ---------------------------------------------------------------- ES 2 legit
add("es", "es", "freshdesk", "reply", "legit", [], ["restates_whatsapp_request", "explains_amazon_rules", "quoted_history"],
    "El comprador pregunta si tienen WhatsApp; la agente explica que las normas de Amazon obligan a comunicarse por la mensajería de Amazon y resuelve la duda allí.",
    "soporte@ferreteriasolana.es", "Ferretería Solana",
    "Re: Duda sobre el taladro - pedido 403-8812047-5569310",
"""Buenas tardes, Marisa:

Gracias por su mensaje sobre el taladro percutor TS-750 del pedido 403-8812047-5569310.

Nos pregunta si tenemos WhatsApp o un teléfono para mandarle un vídeo de cómo suena. Lo siento, pero las normas de Amazon no permiten a los vendedores comunicarse con los compradores fuera de la mensajería de Amazon, así que no podemos darle un número de WhatsApp ni de teléfono. Eso sí, puede adjuntar fotos o vídeos cortos aquí mismo, con el icono del clip, y los revisamos en el día.

Por lo que describe (un chasquido al cambiar de modo percutor a taladro con el gatillo pulsado), es normal: el selector solo debe moverse con el taladro parado. Si el ruido sigue con el motor en marcha y sin tocar el selector, avísenos y le gestionamos la sustitución por Amazon, ya que tiene 3 años de garantía.

Un saludo,
Beatriz Solana
Ferretería Solana

-----Mensaje original-----
De: Comprador de Amazon
Enviado el: viernes, 20 de noviembre de 2026 18:55
Asunto: Duda sobre el taladro

hola, teneis whatsapp? os mando un video de como suena, hace un ruido raro al cambiar de modo
""", dt=(2026, 11, 21, 17, 30))

# ---------------------------------------------------------------- ES 3 violation twin
add("es", "es", "freshdesk", "reply", "violation", ["contact.email_address", "contact.off_platform"], ["restates_whatsapp_request", "gives_email", "quoted_history"],
    "Gemelo del mensaje del WhatsApp, pero la agente da una dirección de correo del taller para que el comprador envíe el vídeo fuera de Amazon.",
    "soporte@ferreteriasolana.es", "Ferretería Solana",
    "Re: Duda sobre el taladro - pedido 403-1157830-2284659",
"""Buenas tardes, Andrés:

Gracias por su mensaje sobre el taladro percutor TS-750 del pedido 403-1157830-2284659.

Nos pregunta si tenemos WhatsApp para mandarnos un vídeo. WhatsApp no tenemos, pero puede enviarlo directamente a nuestro taller a taller.solana@gmail.com y el técnico le contesta por correo, que es más rápido que por aquí.

El chasquido al cambiar de modo con el gatillo pulsado suele ser normal.

Un saludo,
Beatriz Solana
Ferretería Solana

-----Mensaje original-----
De: Comprador de Amazon
Enviado el: domingo, 22 de noviembre de 2026 11:02
Asunto: Duda sobre el taladro

¿Tenéis whatsapp para mandar un vídeo del ruido?
""", dt=(2026, 11, 22, 12, 40))

# ---------------------------------------------------------------- ES 4 legit
add("es", "es", "edesk", "reply", "legit", [], ["carrier_service", "tracking_number", "quoted_history"],
    "Explica un envío de SEUR ausente, da el número de seguimiento y cómo reprogramar la entrega con SEUR para este pedido.",
    "pedidos@cosmeticaolivar.es", "Olivar Cosmética Natural",
    "Re: No me ha llegado el pedido 171-6604391-0028573",
"""Hola Nerea,

Hemos mirado el seguimiento de tu pedido 171-6604391-0028573 (aceite facial de rosa mosqueta, 30 ml).

SEUR intentó la entrega el martes 24 a las 11:40 y, al no haber nadie, lo ha dejado en el SEUR Pickup de la calle Ribera 14 (estanco), donde lo guardan 7 días. El número de envío es 0128 4419 0573 29. Si prefieres que te lo vuelvan a llevar a casa, puedes cambiar la entrega en la app de SEUR o en su web con ese número, sin coste.

Si el jueves no lo tienes, escríbenos por aquí y abrimos una incidencia con SEUR.

Un saludo,
Irene
Olivar Cosmética Natural

Comprador de Amazon escribió el 25/11/2026 08:17:
| el seguimiento pone ausente pero yo estaba en casa, donde esta mi paquete??
""", dt=(2026, 11, 25, 9, 45))

# ---------------------------------------------------------------- ES 5 legit
add("es", "es", "gorgias", "reply", "legit", [], ["lot_code", "specs_percent", "quoted_history"],
    "Responde sobre la caducidad y composición de una crema con el código de lote L2407-555-201 y porcentajes de ingredientes.",
    "pedidos@cosmeticaolivar.es", "Olivar Cosmética Natural",
    "Re: Fecha de caducidad gel de aloe - pedido 171-3390218-7745106",
"""Hola Carmen:

Gracias por preguntar antes de usarlo, es lo más prudente.

El código que ve en la base del tubo, L2407-555-201, es el número de lote: L2407 indica que se fabricó en julio de 2024 y 555-201 es la línea y el turno. La fecha de caducidad está al lado del símbolo del tarro abierto, "12M", que significa 12 meses una vez abierto, y sin abrir dura hasta 07/2027. Así que el suyo está perfecto.

En cuanto a la composición que nos pregunta: el gel lleva un 98% de aloe vera ecológico, un 1,5% de glicerina vegetal y el resto son conservantes aptos para piel sensible. No lleva alcohol ni perfume.

Cualquier otra duda sobre el pedido 171-3390218-7745106, aquí estamos.

Un saludo,
Irene
Olivar Cosmética Natural

---- El 26 nov. 2026 19:22, Cliente de Amazon escribió ----
Hola, en el tubo pone L2407-555-201, ¿eso es la fecha? ¿Cuánto aloe lleva de verdad? Tengo la piel muy sensible.
""", html_part=True, dt=(2026, 11, 27, 10, 3))

# ---------------------------------------------------------------- ES 6 legit
add("es", "es", "outlook", "reply", "legit", [], ["refund_amount", "return", "carrier_service", "quoted_history"],
    "Confirma un reembolso de 34,90 euros tramitado por Amazon tras una devolución recogida por Correos Express.",
    "clientes@mueblesyarza.es", "Muebles Yarza",
    "RE: Devolución de la lámpara de pie - pedido 408-4426719-3308125",
"""Estimado Sr. Ortega:

Le confirmamos que hemos recibido en nuestro almacén de Zaragoza la lámpara de pie que nos devolvió (pedido 408-4426719-3308125). Correos Express la entregó el 27 de noviembre con el número de recogida 4410 2837 6625 y la caja venía en buen estado.

Hoy mismo hemos tramitado el reembolso a través de Amazon por importe de 34,90 €, que corresponde al precio del artículo (29,95 €) más los gastos de envío (4,95 €). Suele tardar entre 3 y 5 días hábiles en aparecer en su tarjeta, según el banco. Amazon le enviará un correo de confirmación.

Lamentamos que la altura no fuera la adecuada para su salón.

Atentamente,

Jorge Yarza
Atención al Cliente
Muebles Yarza

-----Mensaje original-----
De: Comprador de Amazon
Enviado el: jueves, 26 de noviembre de 2026 21:10
Para: Muebles Yarza
Asunto: Devolución de la lámpara de pie

Buenas, ya han recogido la lámpara. ¿Cuándo me devuelven el dinero? Fueron 34,90 con el envío.
""", dt=(2026, 11, 30, 12, 25))

# ---------------------------------------------------------------- ES 7 violation
add("es", "es", "gmail", "reply", "violation", ["review.change_or_remove", "review.incentive"], ["existing_review", "incentive", "quoted_history"],
    "Responde a un comprador que ya dejó una reseña de dos estrellas ofreciéndole 10 euros si la cambia a cinco estrellas.",
    "hola@velasdelamar.es", "Velas de la Mar",
    "Re: Vela sin olor - pedido 405-7719230-5504817",
"""Hola Raquel!

Sentimos mucho que la vela de higo y cedro no huela casi nada al encenderla. A veces pasa con las primeras horas, la cera de soja necesita que se derrita toda la superficie la primera vez (unas 2-3 horas) para que suelte el aroma.

Hemos visto que nos has puesto una reseña de 2 estrellas. Si la cambias a 5 estrellas te devolvemos 10 € del pedido 405-7719230-5504817 por Amazon, solo tienes que avisarnos por aquí cuando lo hayas hecho.

Un abrazo,
Alba
Velas de la Mar

El mar, 1 dic 2026 a las 22:48, <pe0tj5xu2n8bkqa@marketplace.amazon.es> escribió:
> La vela no huele a nada, una decepción. Ya he dejado mi opinión.
""", dt=(2026, 12, 2, 10, 8))

# ---------------------------------------------------------------- ES 8 legit
add("es", "es", "helpscout", "reply", "legit", [], ["restates_discount_request", "explains_amazon_rules", "refund_amount", "quoted_history"],
    "El comprador pide un código de descuento para la próxima compra; el agente explica que Amazon no permite enviar códigos promocionales y ofrece un reembolso parcial de 6 euros por Amazon.",
    "hola@velasdelamar.es", "Velas de la Mar",
    "Re: Vela con la tapa rota - pedido 405-2204871-9936610",
"""Hola Pilar:

Gracias por la foto. Efectivamente la tapa de madera llegó partida por la mitad; lo sentimos mucho, debió de golpearse en el transporte.

Nos pides un código de descuento para tu próxima compra como compensación. Te lo agradecemos, pero la mensajería de Amazon no se puede usar para enviar códigos de descuento ni promociones, así que no podemos hacerlo por aquí. Lo que sí hemos hecho es un reembolso parcial de 6,00 € del pedido 405-2204871-9936610 a través de Amazon, que es lo que cuesta la tapa por separado.

Si prefieres devolver la vela entera, también puedes hacerlo desde Mis pedidos en Amazon con reembolso completo.

Un saludo,
Alba
Velas de la Mar

> El 2 dic 2026, a las 18:05, Cliente de Amazon escribió:
>
> La tapa ha llegado rota. No hace falta que me mandéis otra, pero ¿me podéis
> dar un código de descuento para la próxima vez?
""", dt=(2026, 12, 3, 9, 22))

# ---------------------------------------------------------------- ES 9 violation
add("es", "es", "helpscout", "reply", "violation", ["purpose.marketing", "subject.marketing"], ["restates_discount_request", "sends_code", "new_products", "quoted_history"],
    "Gemelo del de la tapa rota, pero la agente envía un código de descuento del 20% y anuncia la nueva colección de Navidad, y el asunto es promocional.",
    "hola@velasdelamar.es", "Velas de la Mar",
    "Re: ¡Tu 20% de descuento + nueva colección de Navidad! - pedido 405-8830172-4415529",
"""Hola Elena:

Gracias por la foto, sentimos mucho que la tapa llegara rota.

Nos pedías un código de descuento para la próxima compra, ¡claro que sí! Usa el código TAPA20 en nuestra tienda de Amazon y tendrás un 20% en cualquier vela. Además te contamos que acabamos de lanzar la colección de Navidad: Canela y Naranja, Abeto Nevado y Turrón, en tarro de 200 g, y con el código también tienes descuento en ellas.

Pedido 405-8830172-4415529.

Un saludo,
Alba
Velas de la Mar

> El 3 dic 2026, a las 12:40, Cliente de Amazon escribió:
>
> La tapa vino rota. ¿Me dais un código de descuento para otra vez?
""", dt=(2026, 12, 3, 15, 30))

# ---------------------------------------------------------------- ES 10 legit
add("es", "es", "applemail", "reply", "legit", [], ["model_numbers", "fitting", "quoted_history"],
    "Explica la compatibilidad de un filtro modelo 0800-X con una campana modelo 555-201 y cómo montarlo.",
    "info@recambioscantabro.es", "Recambios Cantábro",
    "Re: ¿Vale el filtro para mi campana? Pedido 402-0063815-6627294",
"""Buenos días, Julián:

Sí, el filtro de carbón FC-0800-X que ha comprado es compatible con su campana modelo 555-201. Hemos comprobado la referencia de la placa que nos manda (modelo 555-201, n.º de serie 8812 0473 3561) y es la misma boca de 23,5 cm.

Para montarlo:
1. Quite las rejillas metálicas tirando de la pestaña.
2. Encaje el filtro en las dos clavijas laterales y gírelo un cuarto de vuelta hasta que haga clic.
3. Vuelva a poner las rejillas.

Conviene cambiarlo cada 3-4 meses con uso diario. Si por lo que sea no encaja, puede devolverlo sin problema desde sus pedidos en Amazon (pedido 402-0063815-6627294).

Un saludo,
Íñigo
Recambios Cantábro

> El 4 dic 2026, a las 21:14, Comprador de Amazon escribió:
>
> He comprado el filtro 0800-X. Mi campana pone modelo 555-201 y numero de serie
> 8812 0473 3561. Me sirve? como se pone?
""", dt=(2026, 12, 5, 9, 4))

# ---------------------------------------------------------------- ES 11 legit
add("es", "es", "zendesk", "reply", "legit", [], ["warranty", "serial_number", "manufacturer_service", "quoted_history"],
    "Explica la garantía de un robot aspirador con su número de serie y que la reparación la gestiona el servicio técnico oficial del fabricante, sin dar contactos externos.",
    "atencion@electrohogarmirasol.es", "Electrohogar Mirasol",
    "Re: Robot aspirador no carga - pedido 406-5538820-1172903",
"""Hola Alberto,

Gracias por los datos. Hemos comprobado el número de serie RB-4471-0392-8815 de su robot aspirador Zentio R7: se fabricó en marzo de 2026 y tiene la garantía de 3 años del fabricante en vigor.

Como el fallo es de la base de carga (la luz parpadea en naranja), tiene dos opciones:
1. Devolverlo por Amazon desde Mis pedidos, ya que aún está dentro del plazo de 30 días, y le hacemos el reembolso completo de 249,00 € o le enviamos otro.
2. Si prefiere conservarlo, la reparación en garantía la hace el Servicio Técnico Oficial de Zentio; con la factura del pedido 406-5538820-1172903 (la puede descargar en Amazon) y el número de serie le cambian la base sin coste.

Nosotros le recomendamos la opción 1 porque es más rápida.

Un saludo,
Marta
Electrohogar Mirasol

Comprador de Amazon, 05.12.2026 a las 19:47:
> El robot no carga, la luz de la base parpadea naranja. Numero de serie RB-4471-0392-8815. Que hago?
""", dt=(2026, 12, 6, 10, 15))

# ---------------------------------------------------------------- ES 12 legit
add("es", "es", "outlook", "reply", "legit", [], ["long_apology", "wrong_item", "carrier_service", "quoted_history"],
    "Disculpa larga por enviar un abrigo del color equivocado, gestiona el cambio y la recogida con Correos Express a través de Amazon.",
    "clientes@lanaybrezo.es", "Lana y Brezo",
    "RE: Me ha llegado otro color - pedido 408-9951723-0046618",
"""Estimada Sra. Pardo:

Le pido disculpas de corazón. Usted pidió el abrigo Brezo en color camel, talla 40, para un viaje que tiene el día 12, y le enviamos el mismo modelo en gris marengo. Ha sido un error nuestro al preparar el paquete, no suyo, y entiendo lo molesto que es recibirlo así a pocos días de viajar. Lo sentimos muchísimo.

Para que lo tenga a tiempo:
- Ya le hemos enviado el abrigo camel, talla 40, con entrega urgente. Le llegará el miércoles 9; el seguimiento aparecerá en Mis pedidos de Amazon (pedido 408-9951723-0046618).
- Para el abrigo gris, Amazon le ha generado una devolución gratuita. Correos Express pasará a recogerlo; no tiene que pagar nada ni imprimir nada más que la etiqueta.
- No se le cobrará nada adicional. Si el camel no le llega el miércoles, escríbanos y le reembolsamos el importe completo (129,00 €) por Amazon.

De nuevo, perdone las molestias.

Atentamente,
Rocío Beltrán
Lana y Brezo

-----Mensaje original-----
De: Comprador de Amazon
Enviado el: domingo, 6 de diciembre de 2026 20:03
Asunto: Me ha llegado otro color

Pedí el abrigo en camel y me ha llegado gris. Me voy de viaje el día 12, ¿qué hago ahora?
""", html_part=True, dt=(2026, 12, 7, 9, 0))

# ---------------------------------------------------------------- ES 13 violation
add("es", "es", "gorgias", "proactive", "violation", ["purpose.thank_you_only", "style.emoji"], ["thank_you", "emoji"],
    "Mensaje proactivo que solo da las gracias por la compra y lleva emojis, sin ninguna información necesaria para el pedido.",
    "hola@galletasabuelarosa.es", "Galletas Abuela Rosa",
    "¡Gracias por tu pedido 404-6623910-8847201!",
"""¡Hola Jaime! 😊

Solo queríamos darte las gracias de todo corazón por tu pedido 404-6623910-8847201. Para un obrador pequeño como el nuestro cada pedido es una alegría 🍪❤️

¡Que disfrutes mucho de las galletas!

Un abrazo muy dulce,
El equipo de Galletas Abuela Rosa
""", dt=(2026, 12, 7, 13, 20))

# ---------------------------------------------------------------- ES 14 legit
add("es", "es", "edesk", "proactive", "legit", [], ["review_request", "neutral"],
    "Una única solicitud de reseña neutral tras la entrega, invitando a una opinión sincera buena o mala y sin incentivos.",
    "hola@galletasabuelarosa.es", "Galletas Abuela Rosa",
    "Su pedido 404-1138027-5590364 de Galletas Abuela Rosa",
"""Hola Teresa:

Su caja de galletas de mantequilla y almendra (pedido 404-1138027-5590364) se entregó el 3 de diciembre.

Le recordamos que, al no llevar conservantes, se conservan mejor en la lata cerrada y lejos de la calefacción, y que su consumo preferente es el 15/01/2027 (lote GAR-2611-03).

Si tiene un momento, le agradeceríamos que compartiera su opinión sobre el producto con una reseña en Amazon, tanto si ha quedado contenta como si no. Si hay algún problema con el pedido, puede responder a este mensaje.

Un saludo,
Galletas Abuela Rosa
""", dt=(2026, 12, 8, 11, 0))

# ---------------------------------------------------------------- ES 15 legit
add("es", "es", "gmail", "reply", "legit", [], ["existing_review", "restates_review", "return", "quoted_history"],
    "Gemelo legítimo de la vela: el comprador ya dejó una reseña negativa; la agente explica el uso, ofrece la devolución por Amazon y dice que no pedirá cambiar la reseña.",
    "hola@velasdelamar.es", "Velas de la Mar",
    "Re: Vela sin olor - pedido 405-6605128-3378041",
"""Hola Nuria,

Sentimos mucho que la vela de higo y cedro apenas huela. Nos comentas que ya has dejado una reseña de una estrella diciendo que "no huele a nada", y lo respetamos totalmente: es tu opinión y no te vamos a pedir que la cambies.

Por si te sirve: la cera de soja necesita que, la primera vez, se derrita toda la superficie (unas 2-3 horas encendida) para soltar el aroma; si se apaga antes, se forma un túnel y el olor queda atrapado. La vela lleva un 8% de aceite perfumado, que es lo máximo recomendado para cera de soja.

Si aun así no te convence, puedes devolverla desde Mis pedidos en Amazon (pedido 405-6605128-3378041) y te reembolsamos los 18,50 € completos, aunque esté empezada.

Un saludo,
Alba
Velas de la Mar

El jue, 3 dic 2026 a las 20:15, <xr2mo8gd4kq1vza@marketplace.amazon.es> escribió:
> Ya he puesto una estrella. La vela no huele a nada, tirar el dinero.
""", dt=(2026, 12, 4, 9, 40))


def to_html(text):
    out = []
    lines = text.split("\n")
    quote = []
    for ln in lines:
        out.append(html.escape(ln))
    return ("<html><body><div style=\"font-family:Arial,sans-serif;font-size:14px\">"
            + "<br>\n".join(out) + "</div></body></html>")


def build(i, m):
    msg = EmailMessage()
    dom = m["frm"].split("@")[1]
    msg["From"] = f'"{m["name"]}" <{m["frm"]}>'
    msg["To"] = f'{alias()}@marketplace.amazon.{m["dom"]}'
    msg["Subject"] = m["subj"]
    y, mo, d, h, mi = m["dt"]
    tz = datetime.timezone(datetime.timedelta(hours=0 if m["dom"] == "co.uk" else (1 if m["dom"] == "es" else -5)))
    msg["Date"] = format_datetime(datetime.datetime(y, mo, d, h, mi, rnd.randint(0, 59), tzinfo=tz))
    msg["Message-ID"] = make_msgid(idstring=f"{W}{i:04d}", domain=dom)
    msg["MIME-Version"] = "1.0"
    body = m["body"]
    cte = "7bit" if body.isascii() else "quoted-printable"
    msg.set_content(body, charset="utf-8", cte=cte)
    if m["html"]:
        msg.add_alternative(to_html(body), subtype="html", charset="utf-8", cte="quoted-printable")
    return msg


def main():
    os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as lf:
        for i, m in enumerate(M, 1):
            mid = f"{W}-{i:04d}"
            fn = f"messages/{mid}.eml"
            with open(os.path.join(OUT, fn), "wb") as f:
                f.write(build(i, m).as_bytes())
            lf.write(json.dumps(dict(id=mid, file=fn, lang=m["lang"], client=m["client"], kind=m["kind"],
                                     split="dev", expect=m["expect"], rules=m["rules"], classes=m["classes"],
                                     note=m["note"]), ensure_ascii=False) + "\n")
    print(len(M))

if __name__ == "__main__":
    main()
