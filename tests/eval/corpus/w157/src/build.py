#!/usr/bin/env python3
"""Build w157 messages (es + it) and labels.jsonl. Stdlib only."""
import json, os, random
from email.message import EmailMessage
from email.headerregistry import Address
from email.utils import format_datetime
from email import policy
from datetime import datetime, timezone, timedelta

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
rnd = random.Random(15700)
def alias():
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))

MAILERS = {
    "zendesk": ("X-Mailer", "Zendesk Mailer"),
    "freshdesk": ("X-Mailer", "Freshdesk"),
    "gorgias": ("X-Mailer", "Gorgias"),
    "edesk": ("X-Mailer", "eDesk Mailer"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "gmail": None,
}
MSGID_HOST = {"zendesk": "zendesk.com", "freshdesk": "freshdesk.com", "gorgias": "gorgias.io",
              "edesk": "edesk.com", "outlook": "EUR03PR.prod.outlook.com", "gmail": "mail.gmail.com"}

M = []
def add(**kw):
    M.append(kw)

# ----------------------------------------------------------------- SPANISH
add(lang="es", client="zendesk", kind="reply", expect="violation", rules=["review.biased_positive"],
    classes=["review", "conditional_review", "reply"],
    note="Answers a grind-setting question correctly but closes with 'si te ha gustado, déjanos 5 estrellas', asking only for a positive review.",
    frm=("Soporte Molienda Norte", "soporte@molinonorte-cafe.es"), subject="Re: Ajuste de molienda para espresso (pedido 402-7719304-5528163)",
    date=(2026, 10, 6, 10, 42),
    text="""Hola Marta,

Gracias por escribirnos. Para espresso con el molinillo MN-40 te recomendamos empezar en la posición 6 del anillo y bajar de uno en uno hasta que la extracción de 18 g dure entre 25 y 30 segundos. Si el café sale muy rápido, ve a la 5; si gotea, vuelve a la 7.

Recuerda limpiar las muelas con el cepillo incluido cada dos semanas, eso ayuda mucho a que la molienda sea constante.

Y si te ha gustado el molinillo, nos ayudarías muchísimo dejándonos 5 estrellas en Amazon, para una tienda pequeña como la nuestra es vital.

Un saludo,
Iñaki
Molienda Norte

----------------------------------------------
Marta escribió el 05/10/2026 21:13:
> Hola, ¿en qué número pongo el molinillo para hacer espresso? Me sale aguado.
> Pedido 402-7719304-5528163
""")

add(lang="es", client="gmail", kind="proactive", expect="violation", rules=["review.divert_negative", "review.biased_positive"],
    classes=["review", "divert_unhappy", "proactive"],
    note="Post-delivery note that asks unhappy buyers to write privately 'antes de dejar una valoración' and happy ones to review, steering negative reviews away.",
    frm=("Casa Lúa Textil", "atencion@casalua-textil.es"), subject="¿Qué tal tus sábanas? Pedido 171-3085526-9047718",
    date=(2026, 11, 3, 9, 15),
    text="""Hola Javier:

Te escribimos de Casa Lúa porque según el seguimiento ya tienes en casa tus sábanas de percal 200 hilos (pedido 171-3085526-9047718).

Si algo no ha ido como esperabas, por favor escríbenos por aquí antes de dejar una valoración: lo solucionamos enseguida, te lo prometemos. Y si estás contento, entonces sí, una reseña en Amazon nos ayuda un montón.

Un abrazo,
Lucía
Casa Lúa Textil — Vigo
""")

add(lang="es", client="freshdesk", kind="reply", expect="violation", rules=["contact.off_platform", "contact.phone_number"],
    classes=["off_amazon", "whatsapp", "phone", "reply"],
    note="Answers a missing-screws complaint by telling the buyer to send photos by WhatsApp to +34 612 48 93 07, moving contact off Amazon with a phone number.",
    frm=("Muebles Tarraco", "clientes@mueblestarraco.es"), subject="Re: Faltan tornillos estantería [#48213]",
    date=(2026, 10, 14, 12, 3),
    text="""Buenos días Sr. Ortega,

Lamentamos que a su estantería Bruna de 5 baldas le falten tornillos. Para agilizar, mándenos una foto de la bolsa de herrajes y del lateral del embalaje por WhatsApp al +34 612 48 93 07 y le enviamos la bolsa que falta en el día.

También puede llamarnos de lunes a viernes de 9 a 14h al mismo número.

Atentamente,
Rocío Belmonte
Atención al cliente · Muebles Tarraco

-----Mensaje original-----
De: Amazon Marketplace
Enviado: lunes, 13 de octubre de 2026 19:47
Asunto: Faltan tornillos estantería
Pedido: 405-2290671-3318842

En la caja solo venian 12 tornillos de los 16 que dice el manual y no puedo montar la ultima balda.
""")

add(lang="es", client="outlook", kind="proactive", expect="violation",
    rules=["purpose.marketing", "subject.marketing", "links.external", "links.opt_out"],
    classes=["marketing", "rebajas", "coupon", "own_shop", "proactive"],
    note="Winter-sale newsletter-style mail with a 20% code, a link to the seller's own web shop and an unsubscribe link; pure marketing sent through BSM.",
    frm=("Zapaterías Alcor", "hola@zapateriasalcor.es"), subject="¡REBAJAS de invierno! -20% con el código ALCOR20",
    date=(2026, 12, 28, 8, 0),
    text="""Hola Carmen,

Como compraste tus botines Nieva en nuestra tienda de Amazon, queremos que seas de las primeras en saberlo: ¡empiezan las rebajas de invierno!

- 20% en toda la colección de botas con el código ALCOR20
- Envío gratis a partir de 40 €
- Nueva línea de zapatillas de casa de borreguito

Descúbrelas en https://www.zapateriasalcor.es/rebajas

Pedido de referencia: 406-5583102-7720419

Zapaterías Alcor · Elche
Si no quieres recibir más correos, date de baja aquí: https://www.zapateriasalcor.es/baja
""",
    html="""<html><body style="font-family:Arial,sans-serif">
<p>Hola Carmen,</p>
<p>Como compraste tus botines Nieva en nuestra tienda de Amazon, queremos que seas de las primeras en saberlo: <b>¡empiezan las rebajas de invierno!</b></p>
<ul><li>20% en toda la colección de botas con el código <b>ALCOR20</b></li>
<li>Envío gratis a partir de 40 €</li>
<li>Nueva línea de zapatillas de casa de borreguito</li></ul>
<p><a href="https://www.zapateriasalcor.es/rebajas">Descúbrelas en nuestra web</a></p>
<p>Pedido de referencia: 406-5583102-7720419</p>
<p style="font-size:11px;color:#888">Zapaterías Alcor · Elche<br>
Si no quieres recibir más correos, <a href="https://www.zapateriasalcor.es/baja">date de baja aquí</a>.</p>
</body></html>""")

add(lang="es", client="gorgias", kind="reply", expect="legit", rules=[],
    classes=["refusal", "quoted_phone", "amazon_rules", "reply"],
    note="Buyer (quoted) gives his own mobile and asks for the seller's WhatsApp; seller politely declines, explains Amazon's messaging rules and solves the issue in the thread.",
    frm=("Equipo Lumbre", "ayuda@lumbre-iluminacion.es"), subject="Re: Lámpara parpadea - pedido 408-1936674-2205931",
    date=(2026, 11, 19, 16, 28),
    text="""Hola Raúl,

Gracias por el vídeo. Por las normas de mensajería de Amazon no podemos atenderte por WhatsApp ni por teléfono, pero no te preocupes: lo resolvemos por aquí igual de rápido.

El parpadeo que se ve suele deberse a un regulador de intensidad (dimmer) antiguo que no es compatible con LED. Prueba, por favor, la lámpara en un enchufe sin regulador. Si sigue parpadeando, solicita la devolución desde "Mis pedidos" en Amazon con el motivo "Producto defectuoso" y te reembolsamos en cuanto llegue; la etiqueta es gratuita.

Un saludo,
Noelia — Lumbre Iluminación

On Wed, Nov 19, 2026 at 11:02 AM, Amazon buyer wrote:
> Buenas, la lampara de pie Aro parpadea cada pocos segundos. Os paso video.
> Mejor hablamos por whatsapp, mi movil es 655 30 71 84, teneis vosotros uno?
""")

add(lang="es", client="edesk", kind="proactive", expect="legit", rules=[],
    classes=["neutral_review_request", "proactive"],
    note="Single neutral review request after delivery with the order id, no bias, no incentive.",
    frm=("Huerto Vivo", "pedidos@huertovivo-semillas.es"), subject="Tu opinión sobre el pedido 403-6640218-1173950",
    date=(2026, 10, 22, 10, 5),
    text="""Hola Ana:

Tu pedido 403-6640218-1173950 (kit de semillas de tomate antiguo, 8 variedades) figura como entregado.

Cuando hayas tenido ocasión de sembrarlas, te agradeceríamos que compartieras tu experiencia en Amazon, sea cual sea; las opiniones sinceras ayudan a otros hortelanos a decidir.

Para cualquier duda sobre la siembra o el pedido, responde a este mensaje.

Saludos,
Huerto Vivo
""")

add(lang="es", client="zendesk", kind="reply", expect="violation", rules=["review.incentive", "review.change_or_remove"],
    classes=["review", "incentive", "change_review", "reply"],
    note="After a 2-star review, offers a 10 € partial refund if the buyer edits the review to 5 stars; incentive tied to changing a review.",
    frm=("Soporte Bicisur", "soporte@bicisur-recambios.es"), subject="Re: Pedal roto",
    date=(2026, 11, 8, 18, 40),
    text="""Hola Pablo,

Sentimos mucho lo del pedal. Hemos visto tu reseña de 2 estrellas y lo entendemos.

Te proponemos lo siguiente: te enviamos un par nuevo sin coste y además te devolvemos 10 € del pedido 404-8851307-6690214 si actualizas la reseña a 5 estrellas una vez te llegue el recambio. Cuando la cambies mándanos una captura por aquí y hacemos el reembolso.

Gracias por tu comprensión,
Sergio
Bicisur Recambios

Amazon buyer <xk2f9...@marketplace.amazon.es> escribió:
> El pedal izquierdo se partió a la semana. Mala calidad.
""")

add(lang="es", client="gmail", kind="proactive", expect="violation", rules=["purpose.thank_you_only", "style.emoji"],
    classes=["thank_you_only", "emoji", "proactive"],
    note="Proactive message whose only content is thanks for the purchase, decorated with emoji.",
    frm=("Velas Marea", "hola@velasmarea.es"), subject="¡Gracias por tu pedido! 🕯️",
    date=(2026, 12, 2, 20, 11),
    text="""¡Hola Elena! 😊

Solo queríamos darte las gracias por confiar en Velas Marea para tu pedido 402-3391785-8804126. Cada vela la hacemos a mano en nuestro taller de Cádiz y nos hace muchísima ilusión que una de ellas vaya a tu casa 💛

¡Que la disfrutes!
Paula y Tere 🌊
""")

add(lang="es", client="freshdesk", kind="proactive", expect="violation", rules=["purpose.shipping_confirmation"],
    classes=["shipped_only", "proactive"],
    note="Proactive message that only confirms the order has shipped, with nothing the buyer needs to act on.",
    frm=("Tienda Ferrosol", "envios@ferrosol-herramientas.es"), subject="Pedido 407-4402918-3356071 enviado",
    date=(2026, 10, 9, 14, 55),
    text="""Estimado cliente,

Le informamos de que su pedido 407-4402918-3356071 (taladro percutor FS-750 + maletín) ha salido hoy de nuestro almacén de Zaragoza.

Atentamente,
Departamento de envíos
Ferrosol Herramientas
""")

add(lang="es", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["carrier_tracking_link", "delivery_problem", "reply"],
    note="Answers a where-is-my-parcel question, names the carrier and gives the https SEUR tracking link with descriptive text, needed to complete delivery.",
    frm=("Atención al cliente Cerámica Triana", "atencion@ceramicatriana-online.es"), subject="RE: ¿Dónde está mi vajilla? 401-9027734-6612085",
    date=(2026, 11, 25, 9, 37),
    text="""Buenos días Dña. Pilar,

Su vajilla (pedido 401-9027734-6612085) viaja con SEUR por ser un bulto frágil de más de 10 kg, por eso no aparece el seguimiento habitual de Amazon. El número de envío es 4821 0097 6613 y puede consultar el estado y elegir franja de entrega en la página de seguimiento de SEUR: https://www.seur.com/livetracking/?segOnlineIdentificador=482100976613

Según el transportista, el reparto está previsto para el jueves 27. Si ese día no está en casa, desde esa misma página puede cambiar la fecha.

Reciba un cordial saludo,
Manuel Reyes
Cerámica Triana

-----Original Message-----
From: Amazon Marketplace <7hq2v0c5dk1mzre@marketplace.amazon.es>
Sent: Monday, November 24, 2026 8:12 PM
Subject: ¿Dónde está mi vajilla?

Hace 6 días que hice el pedido y en Amazon no sale nada del envío.
""",
    html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Buenos días Dña. Pilar,</p>
<p>Su vajilla (pedido 401-9027734-6612085) viaja con SEUR por ser un bulto frágil de más de 10 kg, por eso no aparece el seguimiento habitual de Amazon. El número de envío es 4821 0097 6613 y puede consultar el estado y elegir franja de entrega en la <a href="https://www.seur.com/livetracking/?segOnlineIdentificador=482100976613">página de seguimiento de SEUR para el envío 4821 0097 6613</a>.</p>
<p>Según el transportista, el reparto está previsto para el jueves 27. Si ese día no está en casa, desde esa misma página puede cambiar la fecha.</p>
<p>Reciba un cordial saludo,<br>Manuel Reyes<br>Cerámica Triana</p>
<div style="border-top:solid #E1E1E1 1pt;padding-top:3pt">
<p><b>From:</b> Amazon Marketplace &lt;7hq2v0c5dk1mzre@marketplace.amazon.es&gt;<br><b>Sent:</b> Monday, November 24, 2026 8:12 PM<br><b>Subject:</b> ¿Dónde está mi vajilla?</p>
<p>Hace 6 días que hice el pedido y en Amazon no sale nada del envío.</p></div>
</div></body></html>""")

add(lang="es", client="gorgias", kind="reply", expect="legit", rules=[],
    classes=["invoice_pdf", "attachment", "reply"],
    note="Sends the requested company invoice as a PDF attachment for the order; invoices are allowed.",
    frm=("Facturación OfiPro", "facturas@ofipro-suministros.es"), subject="Re: Factura a nombre de empresa - 409-1174420-5093387",
    date=(2026, 10, 30, 11, 20),
    text="""Hola Jordi,

Adjuntamos la factura F-2026-03418 del pedido 409-1174420-5093387 (silla ergonómica Kreta x2) a nombre de Reformas Puigverd S.L., con el CIF que nos indicaste.

Si necesitas algún cambio en los datos fiscales, dínoslo por aquí y la reemitimos.

Saludos,
Marc — OfiPro Suministros

> El 29 oct 2026, a las 17:45, Comprador de Amazon escribió:
> Necesito factura a nombre de la empresa, CIF B-66123409. Gracias
""",
    attach=("Factura_F-2026-03418.pdf", "application/pdf", "invoice"))

add(lang="es", client="edesk", kind="proactive", expect="violation", rules=["review.repeat_request"],
    classes=["review", "repeat_request", "proactive"],
    note="Second 'recordatorio' review request for the same order after an earlier one went unanswered.",
    frm=("Petlandia", "clientes@petlandia-store.es"), subject="Recordatorio: ¿nos dejas tu opinión? Pedido 405-7760139-2281504",
    date=(2026, 11, 27, 10, 0),
    text="""Hola de nuevo, Sonia:

Hace una semana te escribimos para pedirte tu opinión sobre la cama ortopédica para perros (pedido 405-7760139-2281504) y aún no hemos visto tu valoración.

Sabemos que andas liada, pero solo te llevará un minuto y de verdad nos ayuda. ¡Te lo volvemos a pedir por si se te pasó!

Gracias,
Equipo Petlandia
""")

add(lang="es", client="zendesk", kind="reply", expect="violation", rules=["contact.email_address", "contact.off_platform"],
    classes=["off_amazon", "email_address", "reply"],
    note="Asks the buyer to continue the warranty claim by writing to an external e-mail address instead of the Amazon thread.",
    frm=("Soporte Audiomar", "soporte@audiomar-sound.es"), subject="Re: Auriculares no cargan [pedido 406-3318520-7741296]",
    date=(2026, 12, 11, 13, 48),
    text="""Hola Daniel,

Gracias por los detalles. Para tramitar la garantía de los auriculares AM-Pods 3 necesitamos que nos envíes el número de serie (está dentro del estuche) y una foto de la luz del estuche al conectarlo.

Por favor, envíalo directamente a garantias.audiomar@gmail.com indicando tu nombre, así el técnico lo recibe sin pasar por Amazon y va más rápido.

Un saludo,
Audiomar — Servicio técnico

-----
Daniel escribió:
Los auriculares no cargan desde ayer, la luz no se enciende. Pedido 406-3318520-7741296
""")

add(lang="es", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["return_via_amazon", "product_use", "reply"],
    note="Explains how to fit the product and, if it still does not fit, how to return it through Amazon's returns centre.",
    frm=("Fundas Olivo", "info@fundasolivo.es"), subject="Re: La funda no entra en el sofá",
    date=(2026, 10, 17, 19, 5),
    text="""Hola Beatriz,

La funda elástica de 3 plazas está pensada para sofás de 190 a 230 cm de ancho de brazo a brazo. Un truco que suele funcionar: empieza por las esquinas del respaldo, mete el sobrante en la ranura entre asiento y respaldo con los tubos de espuma que van en la bolsa pequeña, y estira los brazos al final.

Si aun así no te encaja (por ejemplo, si el sofá mide más de 230 cm), puedes devolverla sin problema desde "Devolver o reemplazar productos" en tus pedidos de Amazon, pedido 408-2206457-9931065. En cuanto nos llegue te hacemos el reembolso completo.

Un saludo,
Rosa
Fundas Olivo

El vie, 16 oct 2026 a las 22:31, <d8k3nq1w0zpf5ta@marketplace.amazon.es> escribió:
> Hola, no consigo que la funda quede bien, se sale por los lados. Mi sofá mide 225.
""")

add(lang="es", client="outlook", kind="proactive", expect="violation",
    rules=["purpose.marketing", "contact.off_platform", "style.emoji"],
    classes=["marketing", "cross_selling", "instagram", "emoji", "proactive"],
    note="Care-tips message that cross-sells a matching product and asks the buyer to follow the shop on Instagram, with emoji.",
    frm=("Jardín Cactus Sur", "hola@cactussur.es"), subject="Cuidados de tu cactus - pedido 403-9915562-4478230",
    date=(2026, 11, 12, 11, 30),
    text="""Hola Álvaro,

Unos consejos para tu Echinocactus (pedido 403-9915562-4478230): riégalo solo cuando la tierra esté totalmente seca, más o menos cada 3 semanas en invierno, y ponlo cerca de una ventana con mucha luz.

Por cierto, también tenemos un sustrato especial para cactus que va genial con él, búscalo en nuestra tienda de Amazon 🌵

¡Y síguenos en Instagram @cactussur.es para más trucos y novedades! 📸

Saludos,
Cactus Sur
""")

# ----------------------------------------------------------------- ITALIAN
add(lang="it", client="zendesk", kind="proactive", expect="violation", rules=["review.biased_positive", "style.emoji"],
    classes=["review", "cinque_stelline", "emoji", "proactive"],
    note="Post-delivery message asking explicitly for 'cinque stelline' with a star emoji row.",
    frm=("Pasta Fresca Nonna Lidia", "ordini@nonnalidia-pasta.it"), subject="Ordine 404-1820573-6652209 - com'è andata?",
    date=(2026, 11, 4, 9, 50),
    text="""Ciao Giulia,

il tuo ordine 404-1820573-6652209 (trafile in bronzo per torchio, set da 6) risulta consegnato.

Se ti trovi bene, ci faresti un regalo enorme lasciandoci cinque stelline su Amazon ⭐⭐⭐⭐⭐ Siamo un piccolo laboratorio di Bologna e ogni stellina conta!

Grazie di cuore,
Lidia e Marco
""")

add(lang="it", client="freshdesk", kind="reply", expect="violation", rules=["review.divert_negative"],
    classes=["review", "divert_unhappy", "reply"],
    note="Replies to an unhappy buyer asking him not to leave a negative review and to let the shop fix it privately first.",
    frm=("Assistenza TermoCasa", "assistenza@termocasa-shop.it"), subject="Re: Stufetta fa rumore [#77102]",
    date=(2026, 12, 5, 15, 12),
    text="""Gentile Sig. Ferraro,

ci dispiace per il rumore della stufetta ceramica TC-2000. Spesso è la ventola che si è spostata durante il trasporto: provi ad appoggiarla su una superficie piana e ad accenderla alla velocità 1 per qualche minuto.

La preghiamo però di non lasciare una recensione negativa: ci scriva prima qui e troveremo sicuramente una soluzione insieme, anche una sostituzione. Le recensioni negative per noi sono un problema serio.

Cordiali saluti,
Francesca
Assistenza TermoCasa

Il 04/12/2026 20:18, Acquirente Amazon ha scritto:
> La stufetta fa un ronzio fortissimo. Ordine 402-6673019-2208814. Sto per lasciare una recensione.
""")

add(lang="it", client="gmail", kind="reply", expect="violation", rules=["contact.phone_number", "contact.off_platform"],
    classes=["off_amazon", "phone", "reply"],
    note="Tells the buyer to call the shop's landline 02 8734 5521 or mobile 347-2091856 to sort out the assembly, moving contact off Amazon.",
    frm=("Arredi Brianza", "servizioclienti@arredibrianza.it"), subject="Re: Montaggio armadio",
    date=(2026, 10, 20, 10, 25),
    text="""Buongiorno Sig.ra Colombo,

per il montaggio delle ante dell'armadio Lario è più semplice spiegarlo a voce. Ci chiami pure allo 02 8734 5521 (ufficio, 9-18) oppure al 347-2091856 anche il sabato mattina, chieda di Walter del reparto tecnico.

Cordialità,
Arredi Brianza

Il giorno lun 19 ott 2026 alle ore 18:40 <q0p7tr2mxc4la8v@marketplace.amazon.it> ha scritto:
> Non riesco a montare le ante, le cerniere non combaciano con i fori. Ordine 171-5520938-4017762
""")

add(lang="it", client="outlook", kind="proactive", expect="violation",
    rules=["purpose.marketing", "subject.marketing", "links.external", "contact.off_platform"],
    classes=["marketing", "saldi", "newsletter", "own_shop", "proactive"],
    note="Announces winter 'saldi' and asks the buyer to subscribe to the newsletter on the shop's own website; marketing with an off-Amazon link.",
    frm=("Maglificio Valsesia", "info@maglificiovalsesia.it"), subject="SALDI fino al -40% + iscriviti alla newsletter",
    date=(2026, 12, 30, 7, 45),
    text="""Gentile cliente,

grazie per aver acquistato il maglione in cashmere Alagna (ordine 405-3348817-1190256).

Da oggi partono i nostri SALDI invernali: fino al -40% su maglioni, sciarpe e cappelli. Iscriviti alla newsletter sul nostro sito per ricevere in anteprima le nuove collezioni e un buono benvenuto di 10 €:
https://www.maglificiovalsesia.it/newsletter

A presto,
Maglificio Valsesia
""",
    html="""<html><body>
<p>Gentile cliente,</p>
<p>grazie per aver acquistato il maglione in cashmere Alagna (ordine 405-3348817-1190256).</p>
<p>Da oggi partono i nostri <strong>SALDI invernali</strong>: fino al -40% su maglioni, sciarpe e cappelli. Iscriviti alla newsletter sul nostro sito per ricevere in anteprima le nuove collezioni e un buono benvenuto di 10 €:</p>
<p><a href="https://www.maglificiovalsesia.it/newsletter">Iscriviti alla newsletter di Maglificio Valsesia</a></p>
<p>A presto,<br>Maglificio Valsesia</p>
</body></html>""")

add(lang="it", client="gorgias", kind="reply", expect="legit", rules=[],
    classes=["refusal", "amazon_rules", "incentive_refused", "reply"],
    note="Buyer (quoted) offers a 5-star review in exchange for a discount; seller refuses, explains Amazon's rules and answers the product question.",
    frm=("Team Olfatto", "supporto@olfatto-diffusori.it"), subject="Re: Sconto per recensione?",
    date=(2026, 11, 16, 17, 2),
    text="""Ciao Stefano,

grazie della proposta, ma non possiamo offrire sconti, rimborsi o omaggi in cambio di recensioni: è vietato dalle regole di Amazon e vogliamo che le opinioni dei clienti restino libere. Puoi recensire il diffusore come preferisci, oppure non farlo affatto.

Sulla tua domanda: le ricariche Bergamotto da 100 ml sono compatibili con il diffusore Nebbia che hai ordinato (ordine 406-9902714-5536118); basta svitare il tappo e infilare i bastoncini nuovi.

Un saluto,
Chiara — Olfatto

On Sun, Nov 15, 2026 at 9:14 PM, Acquirente Amazon wrote:
> Le ricariche al bergamotto vanno bene col mio diffusore?
> Se mi fate il 20% di sconto vi lascio 5 stelle ;)
""")

add(lang="it", client="edesk", kind="reply", expect="legit", rules=[],
    classes=["product_use", "manufacturer_named", "reply"],
    note="Explains compatibility and fitting of a Shimano cassette, naming the manufacturer and the tool needed; pure product support.",
    frm=("Ciclofficina Dolomiti", "assistenza@ciclofficinadolomiti.it"), subject="Re: Cassetta compatibile con la mia bici? - 402-4418260-7075913",
    date=(2026, 10, 12, 8, 58),
    text="""Buongiorno Luca,

la cassetta Shimano CS-HG50 10v 11-36 che hai ordinato (ordine 402-4418260-7075913) è compatibile con il mozzo Shimano HG del tuo Deore a 10 velocità, senza distanziali.

Per montarla serve un estrattore per ghiera Shimano (tipo TL-LR15) e una frusta per tenere ferma la vecchia cassetta. La ghiera va stretta a 30-50 Nm. Dopo il montaggio regola la tensione del cavo del deragliatore se la catena salta sul terzo pignone.

Buone pedalate,
Matteo
Ciclofficina Dolomiti

-------- Messaggio originale --------
> Ho un cambio Deore 10v, la cassetta va bene o servono spessori?
""")

add(lang="it", client="zendesk", kind="proactive", expect="violation", rules=["review.incentive"],
    classes=["review", "incentive", "coupon", "proactive"],
    note="Offers a 15% voucher on the next purchase to buyers who leave a review; incentivised review request.",
    frm=("Casa Aurelia Cosmetici", "clienti@casaaurelia.it"), subject="Un regalo per te - ordine 408-7783015-2649930",
    date=(2026, 11, 21, 12, 0),
    text="""Cara Valentina,

speriamo che la crema viso all'olio di fico d'India ti stia piacendo.

Lasciaci una recensione su Amazon e rispondi a questo messaggio con il tuo nome utente: ti invieremo subito un buono del 15% sul tuo prossimo acquisto!

Un abbraccio,
Casa Aurelia — Cosmetici naturali siciliani
""")

add(lang="it", client="freshdesk", kind="reply", expect="violation", rules=["feedback.removal_request"],
    classes=["feedback_removal", "refund_given", "reply"],
    note="After issuing a refund, asks the buyer to remove the negative seller feedback.",
    frm=("Ricambi Elettro Sud", "ordini@ricambielettrosud.it"), subject="Re: Rimborso effettuato [#90377]",
    date=(2026, 12, 9, 11, 41),
    text="""Gentile Sig. Esposito,

come concordato abbiamo effettuato il rimborso completo dell'ordine 403-1029384-5567712 (resistenza per forno Ariston), lo vedrà sul conto entro 3-5 giorni lavorativi.

Visto che il problema è stato risolto, le saremmo grati se potesse rimuovere il feedback negativo che ci ha lasciato sul profilo venditore. Può farlo da "I miei ordini" > "Lascia un feedback venditore" > "Rimuovi".

Grazie e buona giornata,
Antonio
Ricambi Elettro Sud
""")

add(lang="it", client="gmail", kind="proactive", expect="violation", rules=["purpose.thank_you_only", "style.emoji"],
    classes=["thank_you_only", "emoji", "proactive"],
    note="Proactive thank-you note with hearts and nothing else about the order.",
    frm=("Tazze di Vietri Bottega", "bottega@vietriceramiche-online.it"), subject="Grazie! ❤️",
    date=(2026, 12, 19, 18, 33),
    text="""Ciao Sara! 🌞

Volevamo solo dirti GRAZIE per aver scelto le nostre tazze dipinte a mano (ordine 407-2285069-3390154). Per noi ogni ordine è una festa 🎉❤️

Buone feste da tutta la bottega!
Gennaro, Titti e Salvatore
""")

add(lang="it", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["quoted_phone", "quoted_offer", "replacement_via_amazon", "reply"],
    note="Buyer's quoted message contains his phone number and a competitor price; seller answers within Amazon, arranging a replacement and not using the number.",
    frm=("Servizio Clienti Lumina Casa", "servizio@luminacasa.it"), subject="R: Lampadario arrivato rotto - 404-6612093-8825501",
    date=(2026, 10, 27, 14, 16),
    text="""Gentile Sig. Bianchi,

ci scusiamo per il lampadario arrivato con un braccio rotto. Le abbiamo già spedito un lampadario nuovo in sostituzione sull'ordine 404-6612093-8825501; il corriere GLS non ha bisogno di chiamarla, consegnerà all'indirizzo del suo account Amazon entro venerdì.

Il pezzo rotto non serve rimandarlo: può smaltirlo. Se preferisce il rimborso invece della sostituzione, ci scriva qui e lo facciamo subito tramite Amazon.

Distinti saluti,
Elisa Marini
Lumina Casa

-----Messaggio originale-----
Da: Amazon Marketplace <b4ws8m1kq7n0ye3@marketplace.amazon.it>
Inviato: lunedì 26 ottobre 2026 19:05
Oggetto: Lampadario arrivato rotto

Il lampadario è arrivato con un braccio spezzato. Per la consegna del nuovo chiamatemi al 333 918 2047. Su un altro sito lo vendono a 20 euro in meno, quindi vedete voi.
""")

add(lang="it", client="gorgias", kind="proactive", expect="legit", rules=[],
    classes=["neutral_review_request", "proactive"],
    note="One neutral review request with the order id, inviting any honest opinion.",
    frm=("Oleificio Colli Sabini", "ordini@collisabini-olio.it"), subject="Ordine 409-5561028-0043217: la sua opinione",
    date=(2026, 11, 28, 10, 10),
    text="""Gentile Roberto,

il suo ordine 409-5561028-0043217 (olio extravergine Sabina DOP, latta da 3 l) risulta consegnato.

Se ha un momento, può condividere la sua esperienza con il prodotto lasciando una recensione su Amazon, positiva o negativa che sia. Per qualsiasi domanda sull'ordine risponda pure a questo messaggio.

Cordiali saluti,
Oleificio Colli Sabini
""")

add(lang="it", client="edesk", kind="reply", expect="violation", rules=["purpose.ask_buyer_to_cancel"],
    classes=["ask_cancel", "out_of_stock", "reply"],
    note="Seller is out of stock and asks the buyer to cancel the order himself instead of cancelling it as seller.",
    frm=("Giocattoli Pinocchio Store", "info@pinocchiostore-giochi.it"), subject="Re: Quando arriva il trenino?",
    date=(2026, 12, 14, 9, 22),
    text="""Gentile Sig.ra Russo,

purtroppo il trenino in legno Vapore Express è andato esaurito e il fornitore non ce lo consegnerà prima di febbraio.

Le chiediamo cortesemente di annullare lei l'ordine 401-7735092-6618340 da "I miei ordini" > "Annulla articoli", così riceverà subito il rimborso. Ci scusiamo per il disagio.

Saluti,
Pinocchio Store

> Buongiorno, l'ordine doveva arrivare il 12, è per Natale. Quando arriva?
""")

add(lang="it", client="zendesk", kind="proactive", expect="violation", rules=["contact.off_platform", "links.external", "purpose.marketing"],
    classes=["own_shop", "off_amazon", "proactive"],
    note="Tells the buyer that spare filters are cheaper on the seller's own web shop and links to it; diversion off Amazon plus marketing.",
    frm=("AcquaPura Italia", "assistenza@acquapura-italia.it"), subject="Filtri di ricambio per la sua caraffa - ordine 405-2043318-7709126",
    date=(2026, 10, 31, 16, 0),
    text="""Gentile cliente,

la caraffa filtrante AP-25 (ordine 405-2043318-7709126) va usata con un filtro nuovo ogni 30 giorni circa: l'indicatore sul coperchio le ricorderà quando cambiarlo.

I filtri di ricambio li trova anche sul nostro shop www.acquapura-italia.it/filtri, dove costano meno che su Amazon e la spedizione è gratuita sopra i 25 €.

Cordiali saluti,
AcquaPura Italia
""")

add(lang="it", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["delivery_problem", "carrier_named", "reply"],
    note="Explains a delayed BRT delivery, names the carrier and depot, and offers a refund through Amazon if the parcel does not arrive.",
    frm=("Assistenza Caffè Vesuvio", "assistenza@caffevesuvio-shop.it"), subject="Re: Pacco fermo da 4 giorni [#81550]",
    date=(2026, 11, 11, 13, 7),
    text="""Buongiorno Sig. Greco,

abbiamo verificato con BRT: il suo pacco (ordine 406-4490217-3352806, 200 cialde ESE) è fermo nella filiale di Bologna Interporto per un errore di smistamento ed è stato rimesso in viaggio stamattina. La consegna è prevista per giovedì 13.

Se entro lunedì 17 non dovesse arrivare, ci scriva qui e le rimborseremo l'ordine tramite Amazon oppure le rispediremo la merce, come preferisce.

Cordiali saluti,
Daniela
Caffè Vesuvio

Il 10/11/2026 22:40, Acquirente Amazon ha scritto:
> Il tracking dice "in transito" da 4 giorni. Il pacco si è perso?
""")

add(lang="it", client="outlook", kind="proactive", expect="violation",
    rules=["review.biased_positive", "review.divert_negative"],
    classes=["review", "conditional_review", "divert_unhappy", "proactive"],
    note="Asks satisfied buyers for a review but tells unsatisfied ones to write to the shop instead of reviewing; biased and diverting.",
    frm=("Materassi Riposo Toscano", "clienti@riposotoscano.it"), subject="Come dorme sul nuovo materasso? Ordine 402-8870146-1123597",
    date=(2026, 12, 21, 10, 45),
    text="""Gentile Signora Conti,

sono passate tre settimane dalla consegna del materasso memory Chianti 160x190 (ordine 402-8870146-1123597).

Se è soddisfatta del suo riposo, saremmo felici di leggere una sua recensione su Amazon. Se invece qualcosa non la convince, non lasci una recensione: ci scriva qui e le troveremo una soluzione.

Le ricordiamo che i primi 30 giorni servono al corpo per abituarsi alla nuova rigidità.

Cordiali saluti,
Riposo Toscano
""")

# ----------------------------------------------------------------- build
DOM = {"es": "marketplace.amazon.es", "it": "marketplace.amazon.it"}

def pdf_bytes(title):
    content = b"BT /F1 12 Tf 72 720 Td (" + title.encode() + b") Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"; offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + str(x).encode() + b"\n%%EOF\n"
    return out

labels = []
for n, m in enumerate(M, 1):
    mid = f"w157-{n:04d}"
    msg = EmailMessage(policy=policy.SMTP)
    name, addr = m["frm"]
    msg["From"] = Address(name, addr_spec=addr)
    msg["To"] = f"{alias()}@{DOM[m['lang']]}"
    msg["Subject"] = m["subject"]
    y, mo, d, h, mi = m["date"]
    tz = timezone(timedelta(hours=1 if (mo >= 11 or mo <= 3) else 2))
    if mo == 10 and d >= 25: tz = timezone(timedelta(hours=1))
    msg["Date"] = format_datetime(datetime(y, mo, d, h, mi, rnd.randint(0, 59), tzinfo=tz))
    msg["Message-ID"] = f"<{rnd.getrandbits(64):016x}.{n}@{MSGID_HOST[m['client']]}>"
    msg["MIME-Version"] = "1.0"
    if MAILERS[m["client"]]:
        msg[MAILERS[m["client"]][0]] = MAILERS[m["client"]][1]
    cte = "quoted-printable" if n % 3 else "base64"
    msg.set_content(m["text"], charset="utf-8", cte=cte)
    if m.get("html"):
        msg.add_alternative(m["html"], subtype="html", charset="utf-8", cte="quoted-printable")
    if m.get("attach"):
        fn, ctype, _ = m["attach"]
        maintype, subtype = ctype.split("/")
        msg.add_attachment(pdf_bytes(fn[:-4]), maintype=maintype, subtype=subtype, filename=fn)
    path = os.path.join(OUT, "messages", f"{mid}.eml")
    with open(path, "wb") as f:
        f.write(msg.as_bytes())
    labels.append({"id": mid, "file": f"messages/{mid}.eml", "lang": m["lang"], "client": m["client"],
                   "kind": m["kind"], "split": "dev", "expect": m["expect"], "rules": m["rules"],
                   "classes": m["classes"], "note": m["note"]})

with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labels), "messages")
