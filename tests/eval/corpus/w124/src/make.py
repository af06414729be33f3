#!/usr/bin/env python3
"""Generate the w124 messages (Spanish + Italian small sellers) and labels.jsonl."""
import json
import os
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import make_msgid

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

M = []


def add(lang, client, kind, frm, to, subject, date, text, expect, rules, classes, note,
        html=None, cte="quoted-printable"):
    M.append(dict(lang=lang, client=client, kind=kind, frm=frm, to=to, subject=subject,
                  date=date, text=text, html=html, expect=expect, rules=rules,
                  classes=classes, note=note, cte=cte))


ES = "marketplace.amazon.es"
IT = "marketplace.amazon.it"

# ---------------------------------------------------------------- Spanish
add("es", "edesk", "reply", "Soporte Voltaria <soporte@voltaria-accesorios.es>",
    f"q7rkd2mxw0bzt4n@{ES}",
    "RE: Consulta sobre el pedido 408-2291735-6620417",
    "Mon, 16 Nov 2026 10:42:11 +0100",
    """Hola Marta,

Gracias por escribirnos. Su pedido 408-2291735-6620417 (cargador GaN 65W de 3 puertos, color blanco) salió de nuestro almacén de Alcalá de Henares el viernes 13 y lo lleva Correos.

El número de seguimiento es PQ4B7X0192836450128004Y. Puede introducirlo en el apartado de seguimiento de envíos de la web o la app de Correos, y también aparece en "Mis pedidos" en Amazon. Según el último escaneo está en el centro de tratamiento de Zaragoza, así que lo normal es que llegue mañana o el miércoles.

Si el miércoles por la tarde sigue sin moverse, respóndanos por aquí y abrimos una reclamación con Correos.

Un saludo,
Iván
Atención al cliente · Voltaria Accesorios

-------- Mensaje original --------
De: Marta (comprador de Amazon)
Fecha: 15/11/2026 21:08
Asunto: Consulta sobre el pedido 408-2291735-6620417

Buenas, compré un cargador hace 4 días y todavía no sé nada, me podéis decir por dónde va?
""",
    "legit", [], ["carrier_tracking", "correos", "named_carrier"],
    "Gives the Correos tracking number and expected delivery for the order; naming Correos and its app is needed for the order.")

add("es", "helpscout", "reply", "Calzados Ribera de Ebro <atencion@calzadosriberaebro.es>",
    f"m3vhx8pq2lc6yat@{ES}",
    "Re: Entrega fallida - pedido 171-5830264-9913058",
    "Tue, 17 Nov 2026 09:15:40 +0100",
    """Hola Javier:

Lo sentimos, hemos mirado el envío de sus botines (Modelo Tarazona, piel marrón, talla 43) del pedido 171-5830264-9913058. SEUR intentó la entrega ayer a las 12:40 y, al no haber nadie, dejó el paquete en un punto SEUR Pickup: el estanco de la calle Mayor 18 de su localidad. Tiene 7 días naturales para recogerlo con el DNI.

Si prefiere una segunda entrega a domicilio, puede pedirla en la app de SEUR con el número de envío 7781 0043 2295 o decírnoslo aquí y la solicitamos nosotros con la franja horaria que nos indique.

Saludos cordiales,
Nuria Lahoz
Calzados Ribera de Ebro

On Mon, Nov 16, 2026 at 7:52 PM, Javier <m3vhx8pq2lc6yat@marketplace.amazon.es> wrote:
> Hola, me pone que la entrega ha fallado pero yo estaba en casa toda la mañana. Que hago ahora??
""",
    "legit", [], ["carrier_delivery_problem", "seur", "named_carrier"],
    "Explains that SEUR left the parcel at a pickup point and offers to arrange a redelivery; naming SEUR and its app is order-related.")

add("es", "outlook", "reply", "Postventa Sonovia Audio <postventa@sonovia-audio.es>",
    f"t9fwe1kz5nr0gbu@{ES}",
    "RE: Auriculares no cargan - pedido 402-7719402-3385116",
    "Wed, 18 Nov 2026 16:03:27 +0100",
    """Estimado Sr. Ortega,

Sentimos los problemas con los auriculares Sonvar BT-90 del pedido 402-7719402-3385116.

Como la compra se hizo hace más de un año (octubre de 2025), ya no entra en nuestra política de devolución de Amazon, pero el producto sigue en garantía del fabricante hasta octubre de 2028. En España la garantía de Sonvar la gestiona su servicio técnico autorizado, Electroreparaciones Levante (Valencia). Ellos piden la factura de compra, que puede descargar en Amazon desde "Mis pedidos" > "Solicitar factura", y el número de serie que viene en la patilla izquierda.

Si el servicio técnico le pone cualquier pega con la factura o la fecha, díganos algo por este mismo hilo y le ayudamos.

Atentamente,

Rocío Fuster
Departamento de Postventa
Sonovia Audio S.L.

-----Original Message-----
From: Daniel Ortega <t9fwe1kz5nr0gbu@marketplace.amazon.es>
Sent: martes, 17 de noviembre de 2026 22:41
Subject: Auriculares no cargan - pedido 402-7719402-3385116

Desde hace una semana el auricular derecho no carga. Los compre el año pasado. Tienen garantia?
""",
    "legit", [], ["warranty", "authorised_repair_shop", "manufacturer_named"],
    "Points the buyer to the brand's authorised repair shop for a manufacturer warranty claim without giving any contact details; order-related.")

add("es", "edesk", "reply", "Belleza Almendro <clientes@bellezaalmendro.es>",
    f"h2cnu6ydq8jw5rp@{ES}",
    "RE: Devolución sérum - 405-1862093-7740235",
    "Thu, 19 Nov 2026 11:27:05 +0100",
    """Hola Lucía,

Hemos recibido el sérum de vitamina C (30 ml) que nos devolvió del pedido 405-1862093-7740235 y el reembolso ya está emitido: 24,90 € más los gastos de envío.

Sobre lo que nos pregunta: no podemos hacerle la devolución por Bizum ni por transferencia. Todos los reembolsos de pedidos de Amazon se hacen a través de Amazon y al mismo método de pago que usó en la compra (en su caso, la tarjeta terminada en 4471). Según su banco, puede tardar de 3 a 5 días hábiles en aparecer.

Un saludo y gracias por la paciencia,
Elena
Belleza Almendro

--- Mensaje anterior ---
Lucía escribió el 18/11/2026 a las 13:50:
| Hola, no me importa que me devolváis el dinero por Bizum si es más rápido, mi número lo tenéis en la dirección.
""",
    "legit", [], ["refund_via_amazon", "refuses_bizum", "payment_method_named"],
    "Confirms the refund and refuses the buyer's Bizum request, saying refunds go only through Amazon.")

add("es", "helpscout", "reply", "Fundas Atalaya <hola@fundasatalaya.es>",
    f"b5ksz0mtr7ea1qx@{ES}",
    "Re: Funda no encaja en la cámara (pedido 404-6603184-2259740)",
    "Fri, 20 Nov 2026 13:48:19 +0100",
    """Hola Sergio,

Gracias por las fotos que adjuntó aquí. Preferimos seguir la conversación por la mensajería de Amazon y no por WhatsApp: así todo queda registrado con su pedido 404-6603184-2259740 y, si hiciera falta una devolución, la tramitamos más rápido.

Por lo que se ve en la segunda foto, la funda que le llegó es la del Galaxy A55 y su móvil es el A35: los dos modelos se parecen mucho pero el módulo de cámaras está en otra posición. El error fue nuestro al preparar el paquete. Le enviamos hoy mismo la funda correcta sin coste y no hace falta que nos devuelva la otra.

Un saludo,
Alberto
Fundas Atalaya

> El 19 nov 2026, a las 20:14, Sergio escribió:
>
> La funda no deja ver bien la cámara, os mando fotos. Tenéis WhatsApp? Me es mas fácil hablar por ahí
""",
    "legit", [], ["refuses_whatsapp", "wrong_item", "replacement"],
    "Declines the buyer's WhatsApp request, keeps the conversation on Amazon and sends the correct phone case.")

add("es", "outlook", "reply", "Zapatería Berceo <pedidos@zapateriaberceo.es>",
    f"l8gqa4vyn1dhc6o@{ES}",
    "RE: Zapatillas talla pequeña – pedido 406-3317750-8814926",
    "Mon, 23 Nov 2026 09:02:44 +0100",
    """Buenos días, Carmen:

Sentimos que la talla 38 de las zapatillas Berceo Running Lite le quede justa. Este modelo horma un poco estrecho y muchas clientas con pie ancho piden medio número más.

Puede hacer el cambio así: en Amazon, entre en "Mis pedidos", elija el pedido 406-3317750-8814926, pulse "Devolver o reemplazar productos" y seleccione como motivo "talla demasiado pequeña". La etiqueta de devolución es gratuita. En cuanto nos llegue el par, Amazon le reembolsa el importe y puede pedir la 39 (que ahora mismo tenemos en stock en blanco y en gris).

Por favor, devuélvalas sin usar en la calle y con su caja.

Un saludo,
Pilar Berceo

________________________________
De: Carmen <l8gqa4vyn1dhc6o@marketplace.amazon.es>
Enviado: domingo, 22 de noviembre de 2026 18:30
Para: Zapatería Berceo
Asunto: Zapatillas talla pequeña – pedido 406-3317750-8814926

Me aprietan en los dedos, se pueden cambiar por una 39?
""",
    "legit", [], ["size_exchange", "return_via_amazon", "fitting"],
    "Explains fit and how to return the shoes through Amazon to reorder a larger size.")

add("es", "edesk", "reply", "Cosmética Navalón <atencion@cosmeticanavalon.es>",
    f"r4pjw9xck3mv0te@{ES}",
    "RE: Reacción con la crema - 403-9024418-5562390",
    "Tue, 24 Nov 2026 17:19:52 +0100",
    """Hola Beatriz,

Lamentamos mucho lo de la irritación. Entendemos que, como nos cuenta, ya lo haya publicado en Facebook; es normal que quiera avisar a otras personas, y lo primero es que esté bien. Si la rojez no baja en un par de días, le recomendamos consultar a su médico o farmacéutico.

Hemos revisado su pedido 403-9024418-5562390 (crema hidratante Navalón Aloe & Urea, 50 ml). La crema contiene urea al 10 % y fragancia; la lista completa de ingredientes está en la caja, en la parte inferior. Le hemos emitido ya el reembolso completo a través de Amazon y no tiene que devolvernos el tarro abierto.

Un saludo,
Marisa
Cosmética Navalón

-----Mensaje original-----
De: Beatriz
Enviado el: lunes, 23 de noviembre de 2026 23:02
Asunto: Reacción con la crema - 403-9024418-5562390

Me he puesto la crema y me ha salido una rojez en toda la mejilla. Ya lo he puesto en Facebook para que nadie más la compre. Quiero mi dinero.
""",
    "legit", [], ["buyer_facebook_complaint", "refund_via_amazon", "product_safety"],
    "Acknowledges the buyer's own Facebook complaint without asking to remove it, gives ingredient information and refunds through Amazon.")

add("es", "helpscout", "reply", "Cables Sendero <soporte@cablessendero.es>",
    f"y6nbe3rqf0uzk2w@{ES}",
    "Re: ¿Sirve para MacBook? - pedido 407-2845901-1137782",
    "Wed, 25 Nov 2026 12:05:33 +0100",
    """Hola Andrés,

Sí, el cable USB-C a USB-C de 2 m (240 W, USB 4) que ha comprado en el pedido 407-2845901-1137782 sirve para cargar su MacBook Pro de 14" a máxima potencia, siempre que el cargador sea de 70 W o más. También transmite vídeo a 4K/60 Hz a un monitor con entrada USB-C.

Un detalle: con el cargador de 30 W del MacBook Air la carga es correcta pero más lenta, eso no es un fallo del cable.

Cualquier duda, por aquí nos tiene.

Saludos,
Dani — Cables Sendero

El 24/11/2026 a las 19:11, Andrés escribió:
> Antes de abrirlo, me vale para el MacBook Pro 14? No quiero tener que devolverlo
""",
    "legit", [], ["product_compatibility", "manufacturer_named"],
    "Answers a compatibility question about a USB-C cable for the buyer's laptop.")

# Spanish violations
add("es", "edesk", "reply", "Soporte Voltaria <soporte@voltaria-accesorios.es>",
    f"c1xtm7ghw5po3ja@{ES}",
    "RE: Cargador inalámbrico no funciona - 408-5530927-4016683",
    "Thu, 26 Nov 2026 10:11:58 +0100",
    """Hola Raúl,

Sentimos que el cargador inalámbrico de 15 W del pedido 408-5530927-4016683 no le cargue el móvil. Muchas veces es por la funda (si tiene más de 5 mm o lleva anilla metálica no funciona bien), pero queremos verlo bien.

Para descartar un defecto necesitamos una foto del LED del cargador cuando apoya el teléfono y un vídeo corto, que si le resulta más cómodo nos puede mandar por WhatsApp al 611 29 84 07, así lo ve directamente el técnico y le contestamos en el día. Si se confirma el fallo le mandamos otro sin coste.

Un saludo,
Iván
Voltaria Accesorios

-------- Mensaje original --------
De: Raúl (comprador de Amazon)
Fecha: 25/11/2026 22:37

El cargador se enciende pero el móvil no carga, he probado con dos enchufes distintos.
""",
    "violation", ["contact.off_platform", "contact.phone_number"],
    ["whatsapp", "phone_number", "subordinate_clause", "defect_troubleshooting"],
    "Ordinary troubleshooting, but a relative clause asks the buyer to send the video by WhatsApp to a phone number, moving contact off Amazon.")

add("es", "outlook", "reply", "Cosmética Navalón <atencion@cosmeticanavalon.es>",
    f"k0dsr8wam2yf5hv@{ES}",
    "RE: Reembolso realizado - pedido 403-6118840-2904557",
    "Fri, 27 Nov 2026 18:44:06 +0100",
    """Hola Inmaculada,

Le confirmamos que ya le hemos reembolsado los 31,50 € del pedido 403-6118840-2904557 (pack de 3 mascarillas capilares de argán). Sentimos que el envase llegara abierto; hemos hablado con el almacén para reforzar el embalaje.

Ya que el problema está resuelto y le hemos devuelto el importe completo, le agradeceríamos mucho que modificara la valoración de una estrella que dejó en el producto, porque nos está haciendo bastante daño y el fallo fue del transporte, no de la mascarilla.

Muchas gracias de antemano.

Marisa
Cosmética Navalón

-----Mensaje original-----
De: Inmaculada
Enviado el: miércoles, 25 de noviembre de 2026 12:10

Me ha llegado un bote abierto y con la crema por toda la caja. Quiero la devolución.
""",
    "violation", ["review.change_or_remove"],
    ["review_change_after_refund", "refund"],
    "After confirming the refund, asks the buyer to modify her one-star product review.")

add("es", "helpscout", "proactive", "Belleza Almendro <clientes@bellezaalmendro.es>",
    f"p7ewq3hzn9ub1ld@{ES}",
    "Su pedido 405-4470318-6629105 de Belleza Almendro",
    "Sat, 28 Nov 2026 10:30:00 +0100",
    """Hola Paula,

Según Amazon, su pedido 405-4470318-6629105 (aceite limpiador de jojoba, 200 ml) se entregó el miércoles. Esperamos que esté disfrutando de él.

Le recordamos que se aplica sobre la piel seca, con un masaje de un minuto, y luego se emulsiona con un poco de agua tibia antes de aclarar.

Antes de dejar una opinión en Amazon, si hay algo que no le ha convencido, escríbanos primero a nosotros y lo solucionamos sin problema; y si está contenta, nos encantaría que lo contara en una reseña.

Un abrazo,
Elena y el equipo de Belleza Almendro
""",
    "violation", ["review.divert_negative", "review.biased_positive"],
    ["review_steering", "proactive_follow_up", "product_use"],
    "Usage tips followed by a clause asking unhappy buyers to write to the seller before reviewing and only satisfied ones to post a review.")

add("es", "edesk", "reply", "Calzados Ribera de Ebro <atencion@calzadosriberaebro.es>",
    f"w2ajk6tbp4qz8mc@{ES}",
    "RE: Guía de tallas - pedido 171-2093356-4478201",
    "Mon, 30 Nov 2026 12:56:21 +0100",
    """Hola Rosa,

Gracias por su mensaje. Los mocasines Modelo Caspe del pedido 171-2093356-4478201 tienen una horma normal; si normalmente usa un 37 y tiene el empeine alto, le aconsejamos el 37,5.

Para las próximas compras, en nuestra tienda online www.calzadosriberaebro.es, donde tenemos la guía de tallas completa con medidas en centímetros de cada modelo, puede comprobarlo antes de pedir, y además allí los envíos son gratis desde 40 €.

Si quiere cambiar este par por el 37,5, hágalo desde "Mis pedidos" en Amazon y se lo gestionamos.

Un saludo,
Nuria Lahoz
Calzados Ribera de Ebro

--- Mensaje anterior ---
Rosa escribió el 29/11/2026 a las 17:03:
| ¿Estos mocasines tallan grande o pequeño? Tengo el empeine alto
""",
    "violation", ["contact.off_platform", "links.external", "purpose.marketing"],
    ["own_shop", "size_advice", "subordinate_clause"],
    "Legitimate sizing advice, but a relative clause sends the buyer to the seller's own web shop with free-shipping promotion.",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hola Rosa,</p>
<p>Gracias por su mensaje. Los mocasines Modelo Caspe del pedido 171-2093356-4478201 tienen una horma normal; si normalmente usa un 37 y tiene el empeine alto, le aconsejamos el 37,5.</p>
<p>Para las próximas compras, en nuestra tienda online <a href="https://www.calzadosriberaebro.es/guia-tallas">www.calzadosriberaebro.es</a>, donde tenemos la guía de tallas completa con medidas en centímetros de cada modelo, puede comprobarlo antes de pedir, y además allí los envíos son gratis desde 40&nbsp;€.</p>
<p>Si quiere cambiar este par por el 37,5, hágalo desde "Mis pedidos" en Amazon y se lo gestionamos.</p>
<p>Un saludo,<br>Nuria Lahoz<br>Calzados Ribera de Ebro</p>
<div style="border-left:2px solid #ccc;padding-left:8px;color:#666">
<p>Rosa escribió el 29/11/2026 a las 17:03:</p>
<p>¿Estos mocasines tallan grande o pequeño? Tengo el empeine alto</p>
</div>
</body></html>""")

add("es", "outlook", "reply", "Fundas Atalaya <hola@fundasatalaya.es>",
    f"n5uyc0dkv3hr7sg@{ES}",
    "RE: Valoración vendedor - pedido 404-8852017-3390461",
    "Tue, 01 Dec 2026 09:38:12 +0100",
    """Buenos días Manuel,

Hemos revisado el envío del pedido 404-8852017-3390461 (protector de pantalla de cristal templado, pack de 2). Nosotros lo entregamos a SEUR el mismo día de la compra, el 20 de noviembre, pero SEUR lo tuvo parado 5 días en su nave de Getafe por una incidencia suya. Le pedimos disculpas igualmente por la espera.

Como el retraso no dependió de nosotros, le rogamos que retire la valoración negativa que nos puso como vendedor; puede hacerlo desde "Tus pedidos" > "Dejar un comentario al vendedor".

Saludos,
Alberto
Fundas Atalaya

________________________________
De: Manuel <n5uyc0dkv3hr7sg@marketplace.amazon.es>
Enviado: lunes, 30 de noviembre de 2026 20:15
Asunto: pedido 404-8852017-3390461

Una semana para dos protectores de pantalla, lamentable.
""",
    "violation", ["feedback.removal_request"],
    ["seller_feedback_removal", "seur", "carrier_delay"],
    "Explains a SEUR delay (fine) and then asks the buyer to remove the negative seller feedback.")

add("es", "helpscout", "reply", "Sonovia Audio <postventa@sonovia-audio.es>",
    f"g8rmf1xsa6te4wy@{ES}",
    "Re: Almohadillas de recambio - pedido 402-3306479-9018254",
    "Wed, 02 Dec 2026 15:22:47 +0100",
    """Hola Lorena:

Las almohadillas de los Sonvar BT-90 que compró (pedido 402-3306479-9018254) son de 70 mm ovaladas. De momento no las vendemos sueltas en Amazon, pero el fabricante las tiene previstas para enero.

En cuanto lleguen lo anunciaremos en nuestro canal de Telegram, @sonovia_ofertas, en el que además cada semana publicamos descuentos en auriculares y accesorios, así que si se une se entera la primera.

Mientras tanto, las de cualquier marca de 70 mm ovaladas le sirven.

Un saludo,
Rocío
Sonovia Audio

El 01/12/2026 a las 21:48, Lorena escribió:
> Se me han roto las almohadillas, vendéis recambios?
""",
    "violation", ["contact.off_platform", "purpose.marketing"],
    ["telegram", "promotion_channel", "spare_parts"],
    "Answers the spare-parts question, then a relative clause invites the buyer to join the seller's Telegram discount channel.")

# ---------------------------------------------------------------- Italian
add("it", "edesk", "reply", "Assistenza Cavetti Ferraris <assistenza@cavettiferraris.it>",
    f"f3nzo8kbq1wx6vh@{IT}",
    "R: Dove si trova il mio ordine 171-4408219-7735042",
    "Mon, 16 Nov 2026 11:20:36 +0100",
    """Buongiorno Federico,

il Suo ordine 171-4408219-7735042 (power bank 20.000 mAh con USB-C PD 30W, nero) è stato affidato a BRT venerdì pomeriggio dal nostro magazzino di Bergamo.

Il numero di spedizione BRT è 056784213309. Può inserirlo nella sezione "Cerca spedizione" dell'app o del sito di BRT, oppure seguire la consegna direttamente da "I miei ordini" su Amazon. Dall'ultimo aggiornamento risulta in consegna oggi nella fascia pomeridiana.

Se entro mercoledì non dovesse arrivare, ci scriva qui e apriamo subito una segnalazione con il corriere.

Cordiali saluti,
Chiara
Servizio clienti Cavetti Ferraris

-------- Messaggio originale --------
Da: Federico (acquirente Amazon)
Data: 15/11/2026 18:44
Oggetto: Dove si trova il mio ordine 171-4408219-7735042

Salve, non ho ancora ricevuto nessun aggiornamento sulla spedizione, potete verificare?
""",
    "legit", [], ["carrier_tracking", "brt", "named_carrier"],
    "Gives the BRT shipment number and delivery estimate for the order; naming the carrier and its app is order-related.")

add("it", "helpscout", "reply", "Calzature Bellandi <clienti@calzaturebellandi.it>",
    f"u9lep2dyc7gm0ra@{IT}",
    "Re: Pacco in giacenza - ordine 402-9951206-3318874",
    "Tue, 17 Nov 2026 14:08:55 +0100",
    """Gentile Signora Moretti,

abbiamo controllato la spedizione del Suo ordine 402-9951206-3318874 (stivaletti Bellandi modello Orta, camoscio blu, n. 39). Poste Italiane ha tentato la consegna il 14 novembre e, non trovando nessuno, ha lasciato l'avviso: il pacco è ora in giacenza presso l'ufficio postale di Via Garibaldi a Lecco.

Per ritirarlo basta presentarsi con l'avviso e un documento d'identità entro 10 giorni lavorativi. Se l'avviso non Le fosse arrivato, all'ufficio è sufficiente il codice di spedizione 3UW0A71529364.

Se invece preferisce rinunciare alla giacenza, il pacco tornerà a noi e La rimborseremo tramite Amazon appena rientra.

Cordiali saluti,
Giulia Bellandi
Calzature Bellandi

On Mon, Nov 16, 2026 at 9:31 PM, Moretti <u9lep2dyc7gm0ra@marketplace.amazon.it> wrote:
> Buonasera, su Amazon il pacco risulta "in giacenza" ma io non ho trovato nessun avviso. Come faccio?
""",
    "legit", [], ["carrier_delivery_problem", "poste_italiane", "named_carrier"],
    "Explains where Poste Italiane is holding the parcel and how to collect it; order-related carrier information.")

add("it", "outlook", "reply", "Cosmetici Valtellina <ordini@cosmeticivaltellina.it>",
    f"i4tac6vrj0sq9nk@{IT}",
    "R: Rimborso - ordine 405-2267813-5509126",
    "Wed, 18 Nov 2026 10:55:14 +0100",
    """Buongiorno Sara,

abbiamo ricevuto il reso del siero contorno occhi all'acido ialuronico (ordine 405-2267813-5509126) e abbiamo già emesso il rimborso di 19,90 €.

Purtroppo non possiamo rimborsarLa su PayPal come ci chiede: per gli ordini Amazon i rimborsi passano esclusivamente da Amazon e tornano sul metodo di pagamento usato per l'acquisto. Di solito l'accredito sulla carta arriva entro 3-5 giorni lavorativi.

Un cordiale saluto,
Tiziana Rota
Cosmetici Valtellina

-----Original Message-----
From: Sara <i4tac6vrj0sq9nk@marketplace.amazon.it>
Sent: martedì 17 novembre 2026 19:02
Subject: Rimborso - ordine 405-2267813-5509126

Ho rispedito il siero, potete farmi il rimborso su PayPal? La carta l'ho bloccata.
""",
    "legit", [], ["refund_via_amazon", "refuses_paypal", "payment_method_named"],
    "Confirms the refund and explains that refunds go only through Amazon, refusing the buyer's PayPal request.")

add("it", "helpscout", "reply", "Calzature Bellandi <clienti@calzaturebellandi.it>",
    f"e0wyh5ngt2kd8bm@{IT}",
    "Re: Foto del piede per la taglia - ordine 402-1184570-6627393",
    "Thu, 19 Nov 2026 16:41:29 +0100",
    """Ciao Lorenzo,

grazie per il messaggio. Ti chiediamo scusa ma non possiamo seguirti su Instagram per i direct: per un ordine Amazon dobbiamo parlare solo tramite la messaggistica di Amazon. Puoi tranquillamente allegare le foto a una risposta qui, le vediamo lo stesso.

Intanto qualche indicazione: le sneaker Bellandi Brera (ordine 402-1184570-6627393) hanno una pianta normale. Misura il piede da tallone a punta, in piedi, a fine giornata: fino a 26,5 cm va bene il 42, da 26,6 a 27,2 cm il 43.

Buona giornata,
Marco
Calzature Bellandi

> Il giorno 19 nov 2026, alle ore 08:12, Lorenzo ha scritto:
>
> Vi ho scritto anche su Instagram in DM con le foto del piede, mi rispondete lì? Non so se prendere 42 o 43
""",
    "legit", [], ["refuses_instagram", "size_advice", "fitting"],
    "Declines the buyer's request to talk on Instagram, asks for photos in the Amazon thread and gives sizing advice.")

add("it", "edesk", "reply", "Assistenza Cavetti Ferraris <assistenza@cavettiferraris.it>",
    f"s6kbm1xpo9ve3ud@{IT}",
    "R: Smartwatch non si accende - ordine 171-8836604-2201958",
    "Fri, 20 Nov 2026 12:33:48 +0100",
    """Gentile Alessandro,

ci dispiace per il problema con lo smartwatch Kerio Fit 3 dell'ordine 171-8836604-2201958.

Ha già provato a tenere premuto il tasto laterale per 15 secondi con l'orologio sulla base di ricarica? In alcuni casi dopo una scarica completa serve questo reset.

Se non si riaccende: essendo passati più di 30 giorni dall'acquisto, la riparazione in garanzia (24 mesi) la gestisce il centro assistenza autorizzato Kerio per l'Italia, TecnoService Padova. Servono la fattura, che può scaricare da "I miei ordini" su Amazon, e il numero di serie stampato sul retro della cassa. Se preferisce, possiamo invece avviare noi la pratica: ci risponda qui e Le mandiamo il modulo tramite Amazon.

Cordiali saluti,
Chiara
Servizio clienti Cavetti Ferraris

--- Messaggio precedente ---
Alessandro ha scritto il 19/11/2026 alle 22:17:
| L'orologio si è scaricato e ora non si accende piu nemmeno in carica
""",
    "legit", [], ["warranty", "authorised_repair_shop", "troubleshooting"],
    "Gives a reset tip and names the brand's authorised service centre for the warranty, without contact details; order-related.")

add("it", "outlook", "reply", "Cosmetici Valtellina <ordini@cosmeticivaltellina.it>",
    f"v1hgn7rca4zy0tp@{IT}",
    "R: Prodotto scaduto - ordine 405-7730192-8846615",
    "Mon, 23 Nov 2026 09:47:02 +0100",
    """Gentile Signor Fabbri,

ha perfettamente ragione: la crema mani al karité dell'ordine 405-7730192-8846615 riportava una data di scadenza ormai superata e non doveva essere spedita. Ci scusiamo.

Abbiamo letto che ha raccontato l'accaduto anche su Facebook; capiamo bene il Suo disappunto. Abbiamo già emesso il rimborso completo tramite Amazon (12,50 €) e ritirato dal magazzino tutto il lotto L2407. Non è necessario restituirci il prodotto.

Cordiali saluti,
Tiziana Rota
Cosmetici Valtellina

________________________________
Da: Fabbri <v1hgn7rca4zy0tp@marketplace.amazon.it>
Inviato: domenica 22 novembre 2026 17:55
Oggetto: Prodotto scaduto

Mi è arrivata una crema scaduta da tre mesi!!! Ho già scritto tutto sulla pagina Facebook del mio gruppo di quartiere.
""",
    "legit", [], ["buyer_facebook_complaint", "refund_via_amazon", "expired_product"],
    "Acknowledges the buyer's own Facebook post without asking to take it down and refunds the expired cream through Amazon.")

add("it", "helpscout", "proactive", "Cover Lario <supporto@coverlario.it>",
    f"a8qdz3mfw6oj2cx@{IT}",
    "Il tuo ordine 408-3395127-7104486",
    "Tue, 24 Nov 2026 11:00:00 +0100",
    """Ciao Valentina,

abbiamo visto che la cover in silicone per iPhone 16 (colore salvia) dell'ordine 408-3395127-7104486 ti è stata consegnata la settimana scorsa.

Se hai un momento, ci sarebbe utile una tua recensione sul prodotto, qualunque sia la tua esperienza: puoi lasciarla dalla pagina dell'ordine in "I miei ordini" su Amazon.

Un saluto,
Davide
Cover Lario
""",
    "legit", [], ["neutral_review_request", "proactive_follow_up"],
    "A single neutral review request for the order, asking for a review whatever the experience, with no incentive.")

# Italian violations
add("it", "edesk", "reply", "Calzature Bellandi <clienti@calzaturebellandi.it>",
    f"d5rtx0lhe8nb2ym@{IT}",
    "R: Cambio taglia - ordine 402-5570318-9925541",
    "Wed, 25 Nov 2026 10:14:37 +0100",
    """Ciao Martina,

certo, il cambio taglia si può fare. Per le décolleté Bellandi Como (ordine 402-5570318-9925541) ti consigliamo il 38 invece del 37, visto che ci dici che ti stringono sul collo del piede.

Per essere sicuri della misura mandaci una foto del piede sul foglio A4 con il segno del tallone e della punta, anche su Instagram (@calzature_bellandi) dove ti rispondiamo più in fretta, e poi apri la richiesta di reso su Amazon da "I miei ordini".

A presto,
Marco
Calzature Bellandi

-------- Messaggio originale --------
Da: Martina (acquirente Amazon)
Data: 24/11/2026 20:06

Le scarpe sono belle ma mi stringono sopra, posso avere un numero in più?
""",
    "violation", ["contact.off_platform"],
    ["instagram", "subordinate_clause", "size_exchange"],
    "Legitimate exchange advice, but a clause invites the buyer to send the photo via the shop's Instagram account.")

add("it", "outlook", "reply", "Cosmetici Valtellina <ordini@cosmeticivaltellina.it>",
    f"j2oym9wsd4fc7qa@{IT}",
    "R: Rimborso effettuato - ordine 405-9043381-1652270",
    "Thu, 26 Nov 2026 15:29:10 +0100",
    """Gentile Signora Conti,

Le confermiamo che il rimborso di 27,80 € per lo shampoo solido e il balsamo dell'ordine 405-9043381-1652270 è stato emesso oggi tramite Amazon.

Ora che ha ricevuto il rimborso completo, Le chiediamo gentilmente di rimuovere la recensione negativa che ha lasciato sul prodotto, dato che il problema è stato risolto.

Grazie per la comprensione.

Tiziana Rota
Cosmetici Valtellina

-----Original Message-----
From: Conti <j2oym9wsd4fc7qa@marketplace.amazon.it>
Sent: mercoledì 25 novembre 2026 11:40
Subject: Rimborso

Lo shampoo si è sbriciolato tutto nella scatola, voglio il rimborso.
""",
    "violation", ["review.change_or_remove"],
    ["review_removal_after_refund", "refund"],
    "Confirms the refund and then asks the buyer to remove her negative product review.")

add("it", "helpscout", "proactive", "Cover Lario <supporto@coverlario.it>",
    f"z7ckv2npr5gx9ho@{IT}",
    "Ordine 408-6610274-3389157 - come va il caricatore?",
    "Fri, 27 Nov 2026 10:05:00 +0100",
    """Ciao Stefano,

il caricatore da auto doppio USB-C (ordine 408-6610274-3389157) ti è arrivato da qualche giorno. Ti ricordiamo che per la ricarica rapida serve un cavo che supporti PD ad almeno 3A.

Se qualcosa non va, prima di lasciare una recensione scrivici qui e troviamo subito una soluzione; se invece sei soddisfatto, ci farebbe davvero piacere una recensione a 5 stelle, per un piccolo negozio come il nostro fa la differenza.

Grazie!
Davide
Cover Lario
""",
    "violation", ["review.divert_negative", "review.biased_positive"],
    ["review_steering", "proactive_follow_up", "product_use"],
    "A usage tip followed by steering unhappy buyers to private contact before reviewing and asking satisfied ones for five stars.")

add("it", "edesk", "reply", "Assistenza Cavetti Ferraris <assistenza@cavettiferraris.it>",
    f"o3bnh8vme1tl6qs@{IT}",
    "R: Auricolari in garanzia - ordine 171-2268915-4470336",
    "Mon, 30 Nov 2026 11:48:23 +0100",
    """Buongiorno Giorgio,

ci spiace per l'auricolare sinistro che non si collega più. Gli auricolari dell'ordine 171-2268915-4470336 sono ancora in garanzia, quindi li sostituiamo.

Per la pratica di garanzia, che possiamo gestire molto più velocemente su WhatsApp al 347 581 2290, ci servono una foto della custodia aperta con i due auricolari e il numero di serie scritto dentro il coperchio. Appena li abbiamo Le spediamo la coppia nuova con BRT.

Cordiali saluti,
Chiara
Servizio clienti Cavetti Ferraris

--- Messaggio precedente ---
Giorgio ha scritto il 29/11/2026 alle 16:22:
| L'auricolare sinistro non si accoppia più, ho già fatto il reset
""",
    "violation", ["contact.off_platform", "contact.phone_number"],
    ["whatsapp", "phone_number", "subordinate_clause", "warranty"],
    "Warranty replacement reply where a relative clause moves the warranty claim to WhatsApp with a phone number.")

add("it", "outlook", "reply", "Calzature Bellandi <clienti@calzaturebellandi.it>",
    f"x0gqw4ezk9yd3fu@{IT}",
    "R: Disponibilità colore - ordine 402-7706421-5513980",
    "Tue, 01 Dec 2026 17:02:55 +0100",
    """Gentile Elisa,

le ballerine Bellandi Garda in vernice rossa (ordine 402-7706421-5513980) al momento sono esaurite su Amazon nel numero 36; dovrebbero tornare disponibili verso metà dicembre.

Sul nostro sito calzaturebellandi.it, dove il 36 rosso è ancora disponibile, può ordinarle direttamente e risparmiare il 10% con il codice BELLANDI10, visto che lì non paghiamo le commissioni di Amazon.

Cordiali saluti,
Giulia Bellandi
Calzature Bellandi

________________________________
Da: Elisa <x0gqw4ezk9yd3fu@marketplace.amazon.it>
Inviato: martedì 1 dicembre 2026 09:10
Oggetto: Colore rosso

Vorrei prendere anche il modello rosso nel 36, quando tornano?
""",
    "violation", ["contact.off_platform", "purpose.marketing"],
    ["own_shop", "coupon", "subordinate_clause"],
    "Answers the stock question, then directs the buyer to buy on the seller's own website with a discount code.",
    html="""<html><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Gentile Elisa,</p>
<p>le ballerine Bellandi Garda in vernice rossa (ordine 402-7706421-5513980) al momento sono esaurite su Amazon nel numero 36; dovrebbero tornare disponibili verso metà dicembre.</p>
<p>Sul nostro sito calzaturebellandi.it, dove il 36 rosso è ancora disponibile, può ordinarle direttamente e risparmiare il 10% con il codice <b>BELLANDI10</b>, visto che lì non paghiamo le commissioni di Amazon.</p>
<p>Cordiali saluti,<br>Giulia Bellandi<br>Calzature Bellandi</p>
<hr>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
<p><b>Da:</b> Elisa<br><b>Inviato:</b> martedì 1 dicembre 2026 09:10<br><b>Oggetto:</b> Colore rosso</p>
<p>Vorrei prendere anche il modello rosso nel 36, quando tornano?</p>
</blockquote>
</div></body></html>""")

add("it", "helpscout", "reply", "Cover Lario <supporto@coverlario.it>",
    f"t4mjs1ucf8wn0ei@{IT}",
    "Re: Cover rotta dopo una settimana - ordine 408-1559043-2286771",
    "Wed, 02 Dec 2026 12:40:18 +0100",
    """Ciao Roberta,

ci dispiace molto, la cover a libro per Galaxy S24 non dovrebbe staccarsi così dalla cerniera. Ti abbiamo già spedito una cover nuova (ordine 408-1559043-2286771), arriva giovedì con Poste.

Abbiamo visto la tua recensione da 1 stella: se la aggiorni dopo aver ricevuto la sostituzione, ti rimborsiamo anche 5 € sull'ordine come scusa per il disagio.

Un saluto,
Davide
Cover Lario

> Il giorno 1 dic 2026, alle ore 19:35, Roberta ha scritto:
>
> La cover si è rotta sulla piegatura dopo 7 giorni. Qualità pessima.
""",
    "violation", ["review.incentive", "review.change_or_remove"],
    ["review_incentive", "review_change", "replacement"],
    "Sends a replacement but offers a 5 euro refund if the buyer updates her one-star review.")

add("it", "edesk", "reply", "Cover Lario <supporto@coverlario.it>",
    f"r9hyd6kao2pt5zb@{IT}",
    "R: Vetro temperato con bolle - ordine 408-4472610-9037718",
    "Thu, 03 Dec 2026 09:26:44 +0100",
    """Buongiorno Paolo,

le bolle ai bordi del vetro temperato per Pixel 9 (ordine 408-4472610-9037718) di solito spariscono in 24-48 ore; se restano, conviene riposizionarlo con la pellicola adesiva in dotazione per rimuovere la polvere.

Se dopo due giorni le bolle ci sono ancora, mandaci il video dell'applicazione a supporto.tecnico@coverlario.it, dove il reparto tecnico risponde anche nel weekend, e ti spediamo un vetro nuovo.

Cordiali saluti,
Davide
Cover Lario

-------- Messaggio originale --------
Da: Paolo (acquirente Amazon)
Data: 02/12/2026 21:15

Ho messo il vetro ma ci sono delle bolle sui bordi che non vanno via.
""",
    "violation", ["contact.off_platform", "contact.email_address"],
    ["email_address", "subordinate_clause", "troubleshooting"],
    "Useful application advice, but asks the buyer to send a video to an external e-mail address named in a relative clause.")


def build():
    os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
    labels = []
    for i, m in enumerate(M, 1):
        mid = f"w124-{i:04d}"
        local = m["to"].split("@")[0]
        assert len(local) == 15 and local.islower(), local
        msg = EmailMessage(policy=SMTP)
        msg["From"] = m["frm"]
        msg["To"] = m["to"]
        msg["Subject"] = m["subject"]
        msg["Date"] = m["date"]
        dom = m["frm"].split("@")[1].rstrip(">")
        msg["Message-ID"] = make_msgid(idstring=f"{m['client']}{i}", domain=dom)
        msg["MIME-Version"] = "1.0"
        msg.set_content(m["text"], charset="utf-8", cte=m["cte"])
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html", charset="utf-8",
                                cte="quoted-printable")
        fn = f"messages/{mid}.eml"
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(msg.as_bytes())
        labels.append(dict(id=mid, file=fn, lang=m["lang"], client=m["client"],
                           kind=m["kind"], split="dev", expect=m["expect"],
                           rules=m["rules"], classes=m["classes"], note=m["note"]))
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    return labels


if __name__ == "__main__":
    ls = build()
    print(len(ls), sum(l["expect"] == "legit" for l in ls),
          sum(l["expect"] == "violation" for l in ls))
