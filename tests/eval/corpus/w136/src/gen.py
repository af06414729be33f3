#!/usr/bin/env python3
"""Generate w136 messages (Spanish, home goods / toys / fashion sellers answering unhappy buyers)."""
import json, os, random
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import charset as _cs

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(136)
TZ = timezone(timedelta(hours=1))

def alias():
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15)) + "@marketplace.amazon.es"

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def to_html(body, quote_html=None):
    paras = [p for p in body.strip().split("\n\n")]
    h = "".join("<p>" + esc(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    if quote_html:
        h += quote_html
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + h + "</body></html>\n")

M = []
def add(**kw):
    M.append(kw)

# ---------------------------------------------------------------- 1 V
add(frm=("Casa Liria Hogar", "soporte@casaliria-hogar.es"), subj="RE: Sartén con el recubrimiento levantado - pedido 406-2287145-9913052",
    client="zendesk", kind="reply", expect="violation", rules=["review.divert_negative"],
    classes=["home", "defect", "divert_negative", "no_review_word"],
    note="Offers a replacement for a peeling frying pan but asks the buyer to let them fix it 'antes de contárselo a nadie', steering an unhappy buyer away from a public opinion.",
    cte="quoted-printable",
    body="""Hola Marta,

Lamentamos mucho lo de la sartén de 28 cm. El antiadherente no debería levantarse a las tres semanas, está claro que le ha llegado una unidad defectuosa.

Le proponemos enviarle una sartén nueva sin coste (pedido 406-2287145-9913052). Solo le pedimos una cosa: antes de contárselo a nadie, déjenos solucionarlo. Somos una empresa pequeña y cualquier comentario así nos hace mucho daño, y estamos seguros de que en unos días lo tendrá resuelto.

Confírmenos si le parece bien y hoy mismo sale el envío.

Un saludo,
Inés Carbonell
Atención al cliente · Casa Liria Hogar

##- Por favor, escriba su respuesta encima de esta línea -##

Marta G., 4 nov. 2026 10:41

La sarten se ha pelado entera por el centro, la he usado con espátula de silicona como dice la caja. Estoy bastante decepcionada.
""")

# ---------------------------------------------------------------- 2 L
add(frm=("Casa Liria Hogar", "soporte@casaliria-hogar.es"), subj="RE: Jarrón roto al llegar (Pedido: 171-5530916-2048837)",
    client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["home", "damaged_in_transit", "replacement_via_amazon", "apology"],
    note="Apologises for a vase that arrived broken and sends a free replacement as a zero-cost Amazon order, no photos or return needed.",
    cte="quoted-printable",
    body="""Hola Joaquín,

Sentimos muchísimo que el jarrón de cerámica verde salvia le llegara roto. Por lo que describe, el golpe fue durante el transporte.

Ya le hemos generado un envío de sustitución sin coste a través de Amazon; lo verá en su cuenta como un pedido nuevo a 0,00 € asociado al pedido 171-5530916-2048837. Debería llegarle entre el jueves y el viernes. No hace falta que nos devuelva los trozos, puede desecharlos con cuidado.

Hemos pedido al almacén que lo embalen con doble caja esta vez.

Disculpe las molestias,
Inés Carbonell
Casa Liria Hogar

##- Por favor, escriba su respuesta encima de esta línea -##

Joaquín R., 2 nov. 2026 19:03

Ha llegado el jarrón partido en tres trozos. La caja venia aplastada por una esquina.
""")

# ---------------------------------------------------------------- 3 V
add(frm=("Juguetes Tiovivo", "atencion@tiovivojuguetes.com"), subj="Re: Faltan piezas en el puzle de 1000",
    client="gmail", kind="reply", expect="violation", rules=["review.divert_negative"],
    classes=["toys", "missing_parts", "divert_negative", "no_review_word"],
    note="Offers to send missing puzzle pieces but asks the buyer to write to them 'antes de dejar constancia en Amazon', diverting a negative opinion to private contact.",
    cte="quoted-printable",
    body="""Buenos días Sr. Ferrer,

Gracias por avisarnos. Nos pasa muy pocas veces pero a veces el troquelado deja alguna pieza pegada a la plancha y no entra en la bolsa.

Si nos dice el número que aparece en el reverso de la caja (empieza por TV-) le mandamos las piezas que faltan, o un puzle completo si lo prefiere. Eso sí, le rogamos que antes de dejar constancia en Amazon nos escriba siempre a nosotros primero, que lo arreglamos enseguida y así no queda nada feo en la ficha.

Quedamos a la espera.

Un saludo
Rocío – Juguetes Tiovivo
Pedido 403-8817254-6670129

El dom, 8 nov 2026 a las 21:17, Amazon Marketplace <w7k2q0xxm3bd1pa@marketplace.amazon.es> escribió:
> Hola, he comprado el puzle "Mercado de Valencia" de 1000 piezas y al terminarlo faltan
> 4 piezas. Mis hijos llevaban dos semanas con él. Una pena.
""")

# ---------------------------------------------------------------- 4 L
add(frm=("Juguetes Tiovivo", "atencion@tiovivojuguetes.com"), subj="Re: Coche teledirigido no carga",
    client="gmail", kind="reply", expect="legit", rules=[],
    classes=["toys", "defect", "refund_via_amazon", "apology"],
    note="Apologises for an RC car that won't charge and issues a full refund through Amazon without requiring a return.",
    cte="quoted-printable",
    body="""Hola Beatriz,

Siento mucho lo del coche. Si el piloto del cargador USB no se enciende ni con otro enchufe, casi seguro es la batería, y no queremos que tenga que estar haciendo más pruebas.

Acabamos de emitir el reembolso completo (34,99 €) del pedido 402-1169384-7735216 desde Amazon. Le llegará por el mismo método de pago en 3-5 días hábiles. No es necesario que lo devuelva.

Perdone las molestias, y esperamos que su hijo pueda disfrutar de otro juguete pronto.

Rocío
Juguetes Tiovivo

El mié, 11 nov 2026 a las 08:52, Amazon Marketplace <jd0r8mf2nq4ow1z@marketplace.amazon.es> escribió:
> El coche rojo "Rally Tiovivo" no carga. Lo hemos tenido enchufado toda la noche y
> nada. Era el regalo de cumpleaños de mi hijo.
""")

# ---------------------------------------------------------------- 5 V
add(frm=("Moda Veraluz", "clientes@modaveraluz.es"), subj="RE: Abrigo talla M pequeño - Pedido 408-3390128-5524761",
    client="freshdesk", kind="reply", expect="violation", rules=["contact.off_platform", "contact.phone_number"],
    classes=["fashion", "sizing", "whatsapp", "phone_number"],
    note="Answers a sizing complaint about a coat but asks the buyer to continue on WhatsApp at a Spanish mobile number to manage the exchange.",
    cte="quoted-printable",
    html=True,
    body="""Hola Lucía,

Qué pena que el abrigo de paño no le quede bien. El patrón de la talla M es algo más entallado en hombros que otras marcas, le pedimos disculpas si la tabla no lo dejaba claro.

Para gestionar el cambio a una L mucho más rápido, escríbanos por WhatsApp al 612 48 93 07 con su nombre y el número de pedido (408-3390128-5524761) y le decimos cómo hacerlo. Por aquí tardamos más en responder.

Un abrazo,
Noelia
Moda Veraluz

-----Mensaje original-----
De: Lucía P. <dxw4ak7bf0npq2m@marketplace.amazon.es>
Enviado: lunes, 9 de noviembre de 2026 17:22
Asunto: Abrigo talla M pequeño

Pedí la M como siempre y no me cierra. Las mangas también cortas. Quiero cambiarlo o devolverlo.
"""),

# ---------------------------------------------------------------- 6 L
add(frm=("Moda Veraluz", "clientes@modaveraluz.es"), subj="RE: ¿Tenéis WhatsApp? Pedido 408-7716254-0039418",
    client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["fashion", "refuse_whatsapp", "photos_via_amazon"],
    note="Politely refuses the buyer's request for a WhatsApp number and explains how to attach photos of a faulty zip in Amazon messaging and request the return there.",
    cte="quoted-printable",
    body="""Hola Sergio,

Gracias por escribirnos. Lo sentimos, pero toda la atención de los pedidos de Amazon la tenemos que hacer por esta mensajería, así que no podemos atenderle por WhatsApp.

No se preocupe por las fotos: puede adjuntarlas respondiendo a este mismo mensaje (el botón del clip, admite JPG y PDF). Si la cremallera de la chaqueta está rota como nos cuenta, lo más sencillo es que solicite la devolución desde Mis pedidos > Devolver o reemplazar productos, motivo "Producto defectuoso"; la etiqueta será gratuita para usted.

Quedamos atentos,
Noelia
Moda Veraluz

-----Mensaje original-----
De: Sergio M. <lq8v0e2zt6hnk1c@marketplace.amazon.es>
Enviado: martes, 10 de noviembre de 2026 12:05
Asunto: ¿Tenéis WhatsApp?

La cremallera se ha salido el primer día. ¿Me podéis dar un whatsapp para mandaros fotos? Por aquí es un rollo.
""")

# ---------------------------------------------------------------- 7 V
add(frm=("Hogar Nórdico Valdés", "ayuda@nordicovaldes.es"), subj="Su pedido 405-6642093-1187350 – ¿todo bien con las lámparas?",
    client="helpscout", kind="proactive", expect="violation", rules=["review.divert_negative"],
    classes=["home", "follow_up", "divert_negative", "no_review_word"],
    note="Post-delivery follow-up that tells the buyer 'no hace falta que lo publique, díganoslo a nosotros' if anything is wrong, diverting negative experiences away from public reviews.",
    cte="base64",
    html=True,
    body="""Hola Andrés:

Según Amazon, las dos lámparas de mesa de roble (pedido 405-6642093-1187350) se entregaron el martes.

Un consejo: la bombilla incluida es E27 de 6 W; si la quiere más cálida, cualquier LED de 2700 K le va perfecto.

Y si hay algo que no le ha convencido, no hace falta que lo publique: díganoslo a nosotros respondiendo a este mensaje y lo arreglamos entre nosotros, sin más.

Un saludo,
Carmen Valdés
Hogar Nórdico Valdés
""")

# ---------------------------------------------------------------- 8 L
add(frm=("Hogar Nórdico Valdés", "ayuda@nordicovaldes.es"), subj="Re: La lámpara parpadea (pedido 405-2019847-6653120)",
    client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["home", "troubleshooting", "return_via_amazon"],
    note="Troubleshoots a flickering lamp (dimmer-incompatible bulb) and offers a return or replacement through Amazon if it persists.",
    cte="quoted-printable",
    body="""Hola Elena,

Siento las molestias. El parpadeo que describe suele pasar cuando la lámpara se conecta a un enchufe con regulador o a una regleta con interruptor táctil, porque la bombilla que incluimos no es regulable.

¿Podría probarla en otro enchufe de pared directamente? Si sigue parpadeando, es un fallo del portalámparas y lo más rápido es que solicite un reemplazo desde su pedido 405-2019847-6653120 en Amazon; en cuanto lo pida, le enviamos la lámpara nueva sin esperar a recibir la otra.

Un saludo,
Carmen Valdés
Hogar Nórdico Valdés

On 12 Nov 2026, at 22:14, Elena (Amazon Marketplace) <tb5ny1m8qg0xr3e@marketplace.amazon.es> wrote:

> Buenas noches, la lámpara de pie parpadea cada pocos segundos. Es nueva. No me
> parece normal para lo que cuesta.
""")

# ---------------------------------------------------------------- 9 V
add(frm=("Textil Alborada", "atencion@textilalborada.com"), subj="RE: Edredón nórdico muy plano - 404-9918234-3305761",
    client="outlook", kind="reply", expect="violation", rules=["review.divert_negative"],
    classes=["home", "product_use", "divert_negative", "no_review_word"],
    note="Correctly explains that a vacuum-packed duvet needs 48 h to recover, but asks the unhappy buyer to 'espere un poco antes de valorar', steering them away from an immediate opinion.",
    cte="quoted-printable",
    body="""Estimada Sra. Quintana:

Le pedimos disculpas por la primera impresión. El edredón de 300 g/m² se envía envasado al vacío y necesita entre 24 y 48 horas extendido, y mejor si lo sacude un par de veces, para recuperar todo el volumen.

Por eso le pedimos que espere un poco antes de valorar el producto: la mayoría de clientes que nos escriben el primer día luego están encantados. Si pasado el fin de semana sigue igual de plano, díganoslo y lo cambiamos.

Atentamente,
Departamento de Atención al Cliente
Textil Alborada

De: Amazon Cliente <nv3j7c0rw5ux8ke@marketplace.amazon.es>
Enviado: viernes, 13 de noviembre de 2026 9:47
Para: atencion@textilalborada.com
Asunto: Edredón nórdico muy plano

Esto no tiene nada que ver con las fotos, está plano como una manta. Pedido 404-9918234-3305761.
""")

# ---------------------------------------------------------------- 10 L
add(frm=("Textil Alborada", "atencion@textilalborada.com"), subj="RE: Edredón nórdico no recupera volumen - 404-1175520-8842093",
    client="outlook", kind="reply", expect="legit", rules=[],
    classes=["home", "product_use", "return_via_amazon"],
    note="Explains the 48-hour recovery of a vacuum-packed duvet and, without any mention of opinions, offers a return through Amazon if it stays flat.",
    cte="quoted-printable",
    body="""Estimado Sr. Cuesta:

Lamentamos que el edredón no le haya gustado al abrirlo. Viaja envasado al vacío y es normal que el primer día se vea plano: conviene dejarlo extendido entre 24 y 48 horas y sacudirlo enérgicamente por los cuatro lados. No lo meta en la secadora con calor alto, porque la fibra se apelmaza.

Si después de ese tiempo sigue sin volumen, puede solicitar la devolución desde su pedido 404-1175520-8842093 en Amazon con el motivo "No coincide con la descripción" y le reembolsaremos el importe completo, incluido el envío de vuelta.

Atentamente,
Departamento de Atención al Cliente
Textil Alborada

De: Amazon Cliente <g2pm9ds4wz0hy7r@marketplace.amazon.es>
Enviado: sábado, 14 de noviembre de 2026 11:30
Asunto: Edredón nórdico no recupera volumen

Hola, el edredón ha llegado muy fino, esperaba algo más gordito para el invierno.
""")

# ---------------------------------------------------------------- 11 V
add(frm=("Cocina Brasa Iberia", "soporte@brasaiberia.es"), subj="Re: Reembolso de la olla express (pedido 407-4408812-9960134)",
    client="zendesk", kind="reply", expect="violation", rules=["review.change_or_remove"],
    classes=["home", "refund_via_amazon", "change_opinion", "no_review_word"],
    note="Confirms a refund for a leaking pressure cooker and then asks the buyer whether they would update the opinion they published now that the issue is resolved.",
    cte="quoted-printable",
    body="""Hola Ramón,

Ya está hecho: hemos emitido el reembolso íntegro de la olla express de 6 litros (pedido 407-4408812-9960134, 59,90 €). Lo verá en su tarjeta en unos días.

Lo de la válvula fue un lote concreto que ya hemos retirado, y sentimos que le tocara a usted.

Una cosa más, y perdone el atrevimiento: ahora que todo está solucionado, ¿sería posible que modificara la opinión que dejó la semana pasada? Con una estrella nos está costando muchas ventas y creemos que ya no refleja cómo lo hemos resuelto.

Muchas gracias de antemano,
Pablo Ordóñez
Cocina Brasa Iberia

##- Por favor, escriba su respuesta encima de esta línea -##

Ramón V., 10 nov. 2026 13:12

Vale, acepto el reembolso. La olla perdía vapor por la válvula desde el primer uso.
""")

# ---------------------------------------------------------------- 12 L
add(frm=("Cocina Brasa Iberia", "soporte@brasaiberia.es"), subj="Re: Voy a poner una opinión negativa (pedido 407-8837102-1124569)",
    client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["home", "angry_buyer", "refund_via_amazon", "respects_review"],
    note="Buyer threatens a negative review; seller acknowledges their right to give their opinion and offers a full refund through Amazon with no strings attached.",
    cte="quoted-printable",
    body="""Hola Sofía,

Entendemos perfectamente su enfado: pidió la batidora de vaso para una fecha concreta y le llegó con la jarra rajada. Por supuesto, es libre de compartir su opinión en Amazon como considere.

Independientemente de eso, queremos solucionárselo. Tiene dos opciones y las dos se hacen desde Amazon:
1) Reembolso completo de 79,00 €: lo emitimos nosotros en cuanto nos lo confirme, sin necesidad de devolver la batidora.
2) Una jarra de repuesto, que le enviaríamos como pedido de sustitución sin coste.

Díganos cuál prefiere respondiendo a este mensaje.

Un saludo,
Pablo Ordóñez
Cocina Brasa Iberia
Pedido: 407-8837102-1124569

##- Por favor, escriba su respuesta encima de esta línea -##

Sofía L., 15 nov. 2026 18:40

La jarra viene rajada por abajo y pierde agua. Era para el cumple de mi madre. Voy a poner una opinión negativa porque esto es una vergüenza.
""")

# ---------------------------------------------------------------- 13 V
add(frm=("Peques y Bloques", "soporte@pequesybloques.es"), subj="Re: Bloques magnéticos - imanes sueltos",
    client="gorgias", kind="reply", expect="violation", rules=["contact.off_platform"],
    classes=["toys", "defect", "instagram", "safety"],
    note="Responds to loose magnets in a toy set but asks the buyer to send the photos by Instagram direct message to the shop's account, moving the conversation off Amazon.",
    cte="quoted-printable",
    html=True,
    body="""Hola Nuria,

Muchísimas gracias por avisarnos tan rápido, y lo primero: aparte las piezas con el imán suelto para que los peques no las toquen, por favor.

Para que nuestro equipo de calidad pueda revisarlo, mándenos unas fotos de las piezas por mensaje directo en Instagram a @pequesybloques.oficial, que allí las ven directamente. En cuanto las tengamos le mandamos un set nuevo del pedido 406-7751320-4418826.

Un abrazo,
Álvaro
Peques y Bloques

> Nuria S. escribió el 16/11/2026 20:02:
> Dos de los cuadrados grandes tienen el imán suelto, se mueve por dentro y uno ya
> se ha salido. Tengo un niño de 3 años, esto es peligroso.
""")

# ---------------------------------------------------------------- 14 L
add(frm=("Peques y Bloques", "soporte@pequesybloques.es"), subj="Re: Bloques magnéticos - pieza rota (406-2284019-5530671)",
    client="gorgias", kind="reply", expect="legit", rules=[],
    classes=["toys", "defect", "replacement_via_amazon", "safety"],
    note="Gives a safety instruction and arranges a free replacement set through Amazon for a cracked magnetic tile, asking for photos in the Amazon thread if convenient.",
    cte="quoted-printable",
    body="""Hola Marcos,

Gracias por avisarnos y perdone el susto. Retire la pieza rota y guárdela fuera del alcance de los niños hasta que llegue la nueva.

Le hemos preparado un set completo de sustitución a través de Amazon (pedido 406-2284019-5530671); recibirá la confirmación de Amazon en las próximas horas. Si puede, adjunte aquí mismo una foto de la pieza, nos sirve para reclamar al fabricante, pero no es obligatorio para el envío.

Un saludo,
Álvaro
Peques y Bloques

> Marcos D. escribió el 17/11/2026 09:15:
> Una de las piezas triangulares ha llegado con el plástico agrietado. Se ve el imán.
""")

# ---------------------------------------------------------------- 15 V
add(frm=("Zapatería Olmedo", "pedidos@zapateriaolmedo.es"), subj="Botines descosidos pedido 402-5509176-3321894",
    client="thunderbird", kind="reply", expect="violation", rules=["contact.off_platform", "contact.email_address"],
    classes=["fashion", "defect", "email_address"],
    note="Answers a complaint about unstitched ankle boots by asking the buyer to send photos and bank details to the shop's own e-mail address instead of using Amazon.",
    cte="quoted-printable",
    body="""Buenas tardes Pilar,

Sentimos mucho lo de los botines. Es la primera vez que nos pasa con este modelo (Botín Tormes, piel marrón, 38).

Para tramitarlo nosotros directamente, envíe por favor las fotos de la costura y un numero de cuenta a devoluciones@zapateriaolmedo.es y le hacemos la transferencia del importe sin tener que pasar por la devolución de Amazon, que es mas lenta.

Saludos,
Germán Olmedo
Zapatería Olmedo

El 18/11/2026 a las 12:33, Comprador de Amazon escribió:
> Los botines se han descosido por el talón a la segunda puesta. Pedido 402-5509176-3321894.
> Quiero mi dinero.
""")

# ---------------------------------------------------------------- 16 L
add(frm=("Zapatería Olmedo", "pedidos@zapateriaolmedo.es"), subj="Re: Zapatillas talla pequeña - pedido 402-8860431-1172056",
    client="thunderbird", kind="reply", expect="legit", rules=[],
    classes=["fashion", "sizing", "exchange_via_amazon"],
    note="Explains the shoe's fit and how to request a size exchange through the Amazon returns centre.",
    cte="quoted-printable",
    body="""Buenas tardes Daniel,

Siento que las zapatillas Duero le queden justas. Este modelo horma algo estrecho, y en nuestra ficha lo indicamos, pero entendemos que es fácil pasarlo por alto.

Para cambiarlas por un 43, vaya a Mis pedidos en Amazon, elija el pedido 402-8860431-1172056 > Devolver o reemplazar productos > motivo "Talla demasiado pequeña" y seleccione la talla 43 en la opción de reemplazo. Amazon le dará la etiqueta de devolución y le enviaremos el par nuevo en cuanto se registre.

Si no tuviéramos el 43 disponible, Amazon le ofrecería el reembolso completo.

Saludos,
Germán Olmedo
Zapatería Olmedo

El 19/11/2026 a las 08:05, Comprador de Amazon escribió:
> Hola, pedí mi talla de siempre (42) y me aprietan muchísimo. Vaya chasco.
""")

# ---------------------------------------------------------------- 17 V
add(frm=("Bolsos Marisma", "ventas@bolsosmarisma.es"), subj="Su bolso tote - pedido 403-2217748-0094513",
    client="shopify_inbox", kind="proactive", expect="violation", rules=["review.biased_positive", "review.divert_negative"],
    classes=["fashion", "follow_up", "biased_positive", "divert_negative", "no_review_word"],
    note="Post-delivery follow-up that asks the buyer to tell it on Amazon with five stars only if happy and to tell the seller first if not, combining a biased request with diversion of negative opinions.",
    cte="quoted-printable",
    html=True,
    body="""Hola Carolina,

Su bolso tote de piel color coñac (pedido 403-2217748-0094513) ya está en casa, según Amazon. Recuerde que la piel es natural: las primeras semanas puede aplicar una crema neutra para que no se marque.

Si todo está perfecto, nos ayudaría un montón que lo contara en Amazon con sus cinco estrellitas. Y si hay algo que no le convence, preferimos que nos lo diga a nosotras primero, antes de ponerlo por ahí, y se lo arreglamos.

Con cariño,
Marisa y Luz
Bolsos Marisma
""")

# ---------------------------------------------------------------- 18 L
add(frm=("Bolsos Marisma", "ventas@bolsosmarisma.es"), subj="Su bolso bandolera - pedido 403-6654019-2287730",
    client="shopify_inbox", kind="proactive", expect="legit", rules=[],
    classes=["fashion", "follow_up", "neutral_review_request"],
    note="Single neutral review request after delivery with a care tip, explicitly welcoming any opinion, good or bad.",
    cte="quoted-printable",
    body="""Hola Irene,

Su bandolera de piel negra (pedido 403-6654019-2287730) se entregó ayer. Un consejo para que dure: guárdela rellena con papel y dentro de su bolsa de tela, lejos del radiador.

Si le apetece, puede dejar su opinión sobre el producto en Amazon, sea la que sea; nos ayuda a mejorar y a otros compradores a decidir.

Un saludo,
Marisa y Luz
Bolsos Marisma
""")

# ---------------------------------------------------------------- 19 V
add(frm=("Ludoteca Garbí", "hola@ludotecagarbi.es"), subj="Re: Juego de mesa con cartas impresas mal",
    client="freshdesk", kind="reply", expect="violation", rules=["contact.off_platform", "contact.phone_number"],
    classes=["toys", "defect", "phone_call", "phone_number"],
    note="Apologises for a misprinted board game but asks the buyer to phone the shop's landline to sort out the replacement, moving contact off Amazon.",
    cte="quoted-printable",
    body="""Hola Jordi,

Uf, tiene toda la razón, ese lote de "Ruta de les Illes" salió con algunas cartas duplicadas de imprenta. Le pedimos disculpas.

Lo más fácil es que nos llame al 931 27 64 18 (de lunes a viernes, de 9 a 14 h) y lo vemos por teléfono en un momento: le preguntamos qué cartas faltan y le decimos cómo lo hacemos.

Gracias por la paciencia,
Montse
Ludoteca Garbí
Pedido 408-1104937-6628815

-----Mensaje original-----
De: Jordi A. <ur6c1kpx0tq8sm2@marketplace.amazon.es>
Enviado el: jueves, 19 de noviembre de 2026 22:10
Asunto: Juego de mesa con cartas impresas mal

Hay 6 cartas repetidas y faltan otras 6. No se puede jugar así.
""")

# ---------------------------------------------------------------- 20 L
add(frm=("Ludoteca Garbí", "hola@ludotecagarbi.es"), subj="Re: Me podéis llamar? pedido 408-3376520-9915504",
    client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["toys", "refuse_phone", "replacement_via_amazon"],
    note="Declines the buyer's request for a phone call, keeps the conversation in Amazon messaging and sends replacement cards for a board game.",
    cte="quoted-printable",
    body="""Hola Laura,

Le agradecemos que quiera hablarlo por teléfono, pero para los pedidos de Amazon solo podemos atenderle por esta mensajería. Le contestamos aquí siempre en menos de 24 horas, también los fines de semana.

Sobre el juego: no hace falta que nos diga nada más. Le enviamos hoy un mazo completo de cartas de sustitución sin coste, asociado a su pedido 408-3376520-9915504, y lo verá en su cuenta de Amazon. Si prefiere devolver el juego entero, puede hacerlo desde Mis pedidos y le reembolsamos el total.

Un saludo,
Montse
Ludoteca Garbí

-----Mensaje original-----
De: Laura B. <fe0ohn5v2y7jwd3@marketplace.amazon.es>
Enviado el: viernes, 20 de noviembre de 2026 10:21
Asunto: Me podéis llamar?

Las cartas vienen mal impresas. Dadme un teléfono o llamadme vosotros, que no me aclaro con estos mensajes.
""")

# ---------------------------------------------------------------- 21 V
add(frm=("Moda Veraluz", "clientes@modaveraluz.es"), subj="RE: Vestido con manchas - pedido 408-9920413-7743186",
    client="freshdesk", kind="reply", expect="violation", rules=["contact.off_platform", "links.external"],
    classes=["fashion", "defect", "own_website", "external_link"],
    note="Apologises for a stained dress but directs the buyer to process the exchange on the shop's own website with a link, taking the transaction off Amazon.",
    cte="quoted-printable",
    html=True,
    body="""Hola Ana,

Lamentamos muchísimo que el vestido midi le haya llegado con esas manchas en el bajo. Seguramente pasó en el planchado final del taller.

Para que no tenga que esperar a la recogida de Amazon, puede pedir el cambio directamente en nuestra web: https://www.modaveraluz.es/cambios, introduciendo el número de pedido 408-9920413-7743186. Se lo mandamos en 24 h y allí además tiene toda la colección nueva de invierno.

Un abrazo,
Noelia
Moda Veraluz

-----Mensaje original-----
De: Ana C. <hk4r9m0bz2wq6tv@marketplace.amazon.es>
Enviado: sábado, 21 de noviembre de 2026 16:48
Asunto: Vestido con manchas

El vestido trae dos manchas grises en el bajo, no salen con agua. Lo quería para una boda el día 5.
""")

# ---------------------------------------------------------------- 22 L
add(frm=("Moda Veraluz", "clientes@modaveraluz.es"), subj="RE: Vestido con un enganchón - pedido 408-4415082-6630291",
    client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["fashion", "defect", "partial_refund_via_amazon", "apology"],
    note="Apologises for a snag in a dress and offers either a partial refund through Amazon or a full return via the Amazon returns centre.",
    cte="quoted-printable",
    html=True,
    body="""Hola Teresa,

Disculpe de verdad. Un enganchón en la manga no debería haber pasado el control.

Le proponemos dos opciones, como prefiera:
- Si quiere quedárselo, le devolvemos 12 € del importe a través de Amazon (reembolso parcial del pedido 408-4415082-6630291).
- Si prefiere devolverlo, solicítelo en Mis pedidos > Devolver productos, motivo "Dañado o defectuoso"; la devolución es gratuita y le reembolsamos el total.

Díganos qué le va mejor.

Un abrazo,
Noelia
Moda Veraluz

-----Mensaje original-----
De: Teresa O. <ya1m5ksd8ue3pq0@marketplace.amazon.es>
Enviado: domingo, 22 de noviembre de 2026 20:02
Asunto: Vestido con un enganchón

Ha llegado con un hilo sacado en la manga izquierda. Me gusta el vestido pero así no.
""")

# ---------------------------------------------------------------- 23 V
add(frm=("Casa Liria Hogar", "soporte@casaliria-hogar.es"), subj="Sobre su valoración del pedido 171-2093846-5512078",
    client="zendesk", kind="proactive", expect="violation", rules=["feedback.removal_request"],
    classes=["home", "seller_feedback", "removal_request"],
    note="Proactive message after a late delivery asking the buyer to remove the one-star seller feedback they left, arguing the delay was the carrier's fault.",
    cte="quoted-printable",
    body="""Hola Francisco,

Hemos visto que nos ha dejado una valoración de vendedor de 1 estrella por el retraso de las cortinas de lino (pedido 171-2093846-5512078).

Lo entendemos, pero el retraso fue de la agencia de transporte, que tuvo el paquete parado tres días en su nave de Coslada; nosotros lo enviamos el mismo día. Por eso le agradeceríamos mucho que retirase esa valoración, porque nos penaliza como vendedores por algo que no dependía de nosotros.

Muchas gracias por su comprensión,
Inés Carbonell
Casa Liria Hogar
""")

# ---------------------------------------------------------------- 24 L
add(frm=("Casa Liria Hogar", "soporte@casaliria-hogar.es"), subj="RE: Cortinas sin llegar (Pedido: 171-7730125-4468901)",
    client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["home", "delivery_delay", "carrier_named", "apology"],
    note="Answers a late-delivery complaint naming the carrier and the tracking available in the Amazon order, and offers a refund through Amazon if it does not arrive by a given date.",
    cte="quoted-printable",
    body="""Hola Verónica,

Tiene razón en estar molesta, le pedimos disculpas. Las cortinas salieron de nuestro almacén el día 16 con SEUR, pero el paquete está retenido en su centro de Coslada por incidencia de capacidad.

Puede ver el seguimiento actualizado en su pedido 171-7730125-4468901 dentro de Amazon (Seguir paquete). Hemos abierto una reclamación con SEUR esta misma mañana.

Si el viernes 27 no lo ha recibido, escríbanos por aquí y le emitimos el reembolso completo en Amazon o le mandamos otro juego por envío urgente, lo que prefiera.

Un saludo,
Inés Carbonell
Casa Liria Hogar

##- Por favor, escriba su respuesta encima de esta línea -##

Verónica T., 23 nov. 2026 09:12

Llevo una semana esperando y pone que está en reparto desde el jueves. ¿Dónde están mis cortinas?
""")

# ---------------------------------------------------------------- 25 V
add(frm=("Juguetes Tiovivo", "atencion@tiovivojuguetes.com"), subj="Re: Muñeca con el pelo enredado",
    client="gmail", kind="reply", expect="violation", rules=["review.change_or_remove", "review.incentive"],
    classes=["toys", "defect", "change_opinion", "incentive", "no_review_word"],
    note="Sends an extra doll as a gift and asks the buyer to update their comment on Amazon to reflect the solution, tying a freebie to changing an opinion.",
    cte="quoted-printable",
    body="""Hola Esther,

Qué rabia lo de la muñeca, de verdad. El pelo de ese modelo viene recogido con una redecilla que a veces se engancha en el transporte.

Le mandamos hoy mismo una muñeca nueva y, como compensación, un set de ropita de regalo para su hija. A cambio solo le pedimos que, cuando la reciba, actualice su comentario en Amazon para que refleje que se lo hemos solucionado. Nos ayudaría muchísimo.

Un abrazo,
Rocío – Juguetes Tiovivo
Pedido 403-5518806-2201947

El lun, 23 nov 2026 a las 19:40, Amazon Marketplace <pz8w3nr0ek5ma1g@marketplace.amazon.es> escribió:
> La muñeca venía con el pelo hecho una maraña imposible de peinar. Ya lo he
> puesto en mi comentario. Muy decepcionada.
""")

# ---------------------------------------------------------------- 26 L
add(frm=("Juguetes Tiovivo", "atencion@tiovivojuguetes.com"), subj="¿Ha llegado bien la muñeca de sustitución? Pedido 403-1142730-8806519",
    client="gmail", kind="proactive", expect="legit", rules=[],
    classes=["toys", "follow_up", "replacement_check"],
    note="Follow-up after a replacement doll was delivered, checking it arrived in good condition and giving a hair-care tip, with no mention of opinions.",
    cte="quoted-printable",
    body="""Hola Yolanda,

Amazon nos indica que la muñeca de sustitución del pedido 403-1142730-8806519 se entregó ayer. Queríamos confirmar que esta vez ha llegado en buen estado.

Un truco para el pelo: antes de peinarla, pulverice un poco de agua con una gota de suavizante y use un peine de púas anchas empezando por las puntas.

Si hubiera cualquier problema con la nueva, respóndanos a este mensaje y lo resolvemos.

Un saludo,
Rocío – Juguetes Tiovivo
""")

# ---------------------------------------------------------------- 27 V
add(frm=("Hogar Nórdico Valdés", "ayuda@nordicovaldes.es"), subj="Re: Mesa auxiliar con la pata rota (pedido 405-8871903-2249016)",
    client="helpscout", kind="reply", expect="violation", rules=["review.divert_negative"],
    classes=["home", "damaged_in_transit", "divert_negative", "no_review_word"],
    note="Arranges a replacement leg for a side table but asks the buyer not to comment anything publicly yet while they wait for the manufacturer, diverting a negative opinion.",
    cte="quoted-printable",
    html=True,
    body="""Hola Rubén,

Siento mucho lo de la mesa auxiliar. Ya hemos pedido al fabricante una pata de repuesto en roble natural y nos confirman que sale de fábrica la semana que viene; se la enviaremos en cuanto llegue, sin ningún coste.

Mientras tanto, le pedimos por favor que no comente nada públicamente todavía. Estamos esperando respuesta del fabricante y preferimos que, si tiene algo que decir, nos lo diga a nosotros por aquí.

Un saludo,
Carmen Valdés
Hogar Nórdico Valdés

On 24 Nov 2026, at 18:51, Rubén (Amazon Marketplace) <cs7x2bf9mo1kt4d@marketplace.amazon.es> wrote:

> La mesa ha llegado con una pata partida por la mitad. He pagado 89 € por esto.
""")

# ---------------------------------------------------------------- 28 L
add(frm=("Cocina Brasa Iberia", "soporte@brasaiberia.es"), subj="Re: Garantía del robot de cocina y factura (pedido 407-2256091-3370418)",
    client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["home", "warranty", "invoice", "manufacturer_named"],
    note="Answers a frustrated buyer about a faulty food processor with the warranty terms, an invoice uploaded to the Amazon order, and a return or replacement through Amazon.",
    cte="quoted-printable",
    body="""Hola Maite,

Lamentamos que el robot haya dejado de calentar a los dos meses. Está dentro de la garantía de 3 años, así que no tiene que pagar nada.

- La factura con IVA ya está subida a su pedido 407-2256091-3370418; la puede descargar desde Mis pedidos > Factura.
- Como han pasado menos de 6 meses, podemos gestionarlo por Amazon: solicite una devolución con motivo "Defectuoso" y elija reemplazo o reembolso.
- Si prefiere repararlo, el fabricante (Electrodomésticos Vireo) tiene servicio técnico en Zaragoza; la garantía cubre la recogida.

Un saludo,
Pablo Ordóñez
Cocina Brasa Iberia

##- Por favor, escriba su respuesta encima de esta línea -##

Maite E., 25 nov. 2026 12:27

El robot ya no calienta. Dos meses de uso. Necesito la factura para la garantía y que me digáis qué hago, porque estoy harta.
""")

# ---------------------------------------------------------------------------
# send day/hour per message, always after the quoted buyer message
SEND = [(4, 16), (3, 10), (9, 9), (11, 12), (10, 11), (10, 17), (11, 10), (13, 9),
        (13, 13), (16, 10), (12, 11), (16, 9), (17, 10), (17, 12), (18, 17), (19, 11),
        (18, 10), (19, 16), (20, 9), (20, 13), (23, 10), (23, 12), (21, 11), (23, 13),
        (24, 10), (25, 10), (25, 9), (25, 16)]

def build(i, m):
    msg = EmailMessage()
    name, addr = m["frm"]
    msg["From"] = f"{name} <{addr}>"
    msg["To"] = alias()
    msg["Subject"] = m["subj"]
    day, hour = SEND[i - 1]
    d = datetime(2026, 11, day, hour, rnd.randint(0, 59), tzinfo=TZ)
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = make_msgid(idstring=f"w136{i:04d}", domain=addr.split("@")[1])
    msg["MIME-Version"] = "1.0"
    body = m["body"]
    msg.set_content(body, subtype="plain", charset="utf-8", cte=m["cte"])
    if m.get("html"):
        # split off quoted part for blockquote rendering when present
        main, quote_html = body, None
        for marker in ("\n-----Mensaje original-----", "\nOn ", "\n> "):
            k = body.find(marker)
            if k > 0:
                main = body[:k]
                q = body[k:].strip("\n")
                q = "\n".join(l[2:] if l.startswith("> ") else l for l in q.split("\n"))
                quote_html = ('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                              + esc(q).replace("\n", "<br>\n") + "</blockquote>\n")
                break
        msg.add_alternative(to_html(main, quote_html), subtype="html", charset="utf-8", cte=m["cte"])
    return msg

def main():
    os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as lf:
        for i, m in enumerate(M, 1):
            mid = f"w136-{i:04d}"
            msg = build(i, m)
            fn = f"messages/{mid}.eml"
            with open(os.path.join(OUT, fn), "wb") as f:
                f.write(msg.as_bytes())
            lab = {"id": mid, "file": fn, "lang": "es", "client": m["client"], "kind": m["kind"],
                   "split": "dev", "expect": m["expect"], "rules": m["rules"], "classes": m["classes"],
                   "note": m["note"]}
            lf.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(M))

if __name__ == "__main__":
    main()
