M = []

M.append(dict(
    lang="es", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["lost_parcel", "full_refund", "tracking"],
    note="Confirma que el paquete se ha perdido con el transportista y que se ha hecho el reembolso completo a través de Amazon.",
    frm=("Atención al cliente Olivar del Sur", "clientes@olivardelsur.es"), dom="es",
    subject="RE: Pedido 403-7781204-5539216 no llega",
    date="Tue, 17 Nov 2026 12:40:09 +0100",
    body="""Hola, Carmen:

Lamentamos muchísimo las molestias. Hemos revisado el envío de su pedido 403-7781204-5539216 (2 latas de aceite de oliva virgen extra de 2,5 L): Correos Express nos confirma que el bulto se extravió en su centro de Coslada y no lo han podido localizar.

Por eso le hemos hecho hoy el reembolso completo de 42,80 € a través de Amazon. Según su banco, puede tardar entre 3 y 7 días hábiles en aparecer.

Si en los próximos días le llegara el paquete de todas formas, puede quedárselo o devolverlo, como prefiera; no le vamos a cobrar nada.

Un saludo cordial,
Lucía Montero
Olivar del Sur""",
    qhead="El 16 nov 2026, a las 19:22, Cliente de Amazon escribió:",
    quote="""Buenas, hace 10 días que hice el pedido y en el seguimiento pone "en reparto" desde el día 9. No me ha llegado nada. ¿Qué pasa?""",
))

M.append(dict(
    lang="es", client="gmail", kind="reply", expect="violation", rules=["review.change_or_remove"],
    classes=["refund", "review_change"],
    note="Tras reembolsar un auricular defectuoso, pide al comprador que cambie su valoración de una estrella ahora que está satisfecho.",
    frm=("Sonicalia Audio", "soporte@sonicalia-audio.es"), dom="es",
    subject="Re: Auricular izquierdo sin sonido - 405-2219837-6640182",
    date="Thu, 19 Nov 2026 18:03:44 +0100",
    body="""Hola Javier,

Ya está: te hemos devuelto los 34,99 € del pedido 405-2219837-6640182 y no hace falta que nos mandes los auriculares.

Ahora que está todo solucionado, ¿podrías cambiar tu valoración de 1 estrella? Nos ayudaría mucho que reflejara cómo hemos resuelto el problema.

Gracias de nuevo y disculpa las molestias.
Un saludo,
Álvaro - Sonicalia""",
    qhead="El mié, 18 nov 2026 a las 21:47, Comprador de Amazon (<w0kz5qt8rnm2xby@marketplace.amazon.es>) escribió:",
    quote="""El auricular izquierdo dejó de sonar a la semana. Ya he dejado mi opinión. Quiero el dinero.""",
))

M.append(dict(
    lang="es", client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["wrong_item", "replacement", "return_label"],
    note="Envía la funda correcta sin coste tras un error de modelo e indica cómo devolver la equivocada con la etiqueta gratuita de Amazon.",
    frm=("Fundamia", "ayuda@fundamia.es"), dom="es",
    subject="Re: Funda equivocada - pedido 408-6630519-2274835",
    date="Mon, 23 Nov 2026 10:19:27 +0100",
    body="""Hola Marta:

Tiene toda la razón, nos hemos equivocado: usted pidió la funda de piel para el modelo 15 Pro y le enviamos la del 15, que tiene la cámara en otra posición. Disculpe el fallo.

Le hemos enviado hoy mismo la funda correcta sin ningún coste, con SEUR, número de envío 8827 1104 9953. Debería llegarle el miércoles.

Para la funda equivocada, solicite una devolución desde "Mis pedidos" para el pedido 408-6630519-2274835 y elija "Artículo equivocado"; Amazon le generará una etiqueta gratuita. No se le cobrará nada.

Quedamos a su disposición aquí para cualquier duda.

Saludos,
Raúl Ibarra
Atención al cliente Fundamia""",
    qhead="El 22 nov 2026, a las 13:05, Comprador de Amazon <ez3qw9k0xnv2mty@marketplace.amazon.es> escribió:",
    quote="""La funda no encaja, el hueco de la cámara no coincide. Mi móvil es un 15 Pro, lo pedí bien.""",
))

M.append(dict(
    lang="es", client="freshdesk", kind="reply", expect="violation",
    rules=["review.incentive", "review.biased_positive"],
    classes=["damaged", "gift_for_review"],
    note="Ofrece un segundo cargador gratis por las molestias a cambio de una reseña de cinco estrellas.",
    frm=("Voltiq Accesorios", "postventa@voltiq.es"), dom="es",
    subject="Re: Cargador llegó con el cable pelado [Ticket #7731]",
    date="Wed, 25 Nov 2026 16:27:02 +0100",
    body="""Hola Sergio,

Sentimos mucho lo del cable. Te mandamos un cargador nuevo de 65 W para el pedido 402-1189274-0056613, sale mañana con GLS.

Además, por las molestias, te regalamos un segundo cargador si nos dejas una reseña de 5 estrellas en Amazon. Cuando la publiques, avísanos por aquí y te lo enviamos.

Un saludo,
Equipo Voltiq""",
    qhead="El mar, 24 nov 2026 a las 20:14, Comprador de Amazon escribió:",
    quote="""El cable del cargador vino pelado cerca del conector, se ve el cobre. No me atrevo a enchufarlo.""",
))

M.append(dict(
    lang="es", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["warranty", "return_address", "buyer_phone_in_quote"],
    note="Gestiona la garantía de una freidora de aire con instrucciones y dirección de devolución; el teléfono del propio comprador solo aparece en el mensaje citado.",
    frm=("Cocinalia Electro", "garantias@cocinalia-electro.es"), dom="es",
    subject="RE: Freidora no calienta - pedido 171-4402816-9937150",
    date="Fri, 27 Nov 2026 09:48:15 +0100",
    plain=True,
    body="""Estimada Sra. Galindo:

Gracias por contactarnos y disculpe las molestias. Por lo que describe (el ventilador funciona pero la freidora no calienta), lo más probable es que haya fallado la resistencia. Su freidora AF-550 tiene 3 años de garantía, así que la reparación o sustitución no le costará nada.

Pasos a seguir:
1. Solicite la devolución del pedido 171-4402816-9937150 en "Mis pedidos", motivo "Defectuoso". La etiqueta es gratuita.
2. Envíe solo la freidora con la cesta; no hace falta la caja original, basta con un embalaje que la proteja.
3. La dirección de devolución que aparecerá en la etiqueta es:
   Cocinalia Electro - Servicio Técnico
   Polígono Plaza, Calle Tarento 12, nave 4
   50197 Zaragoza
4. En cuanto la recibamos, le enviamos una unidad nueva en 48 horas.

Todo el seguimiento se lo haremos por esta misma vía de mensajes de Amazon.

Atentamente,
Pilar Esteve
Servicio Técnico Cocinalia""",
    qhead="""-----Mensaje original-----
De: Comprador de Amazon <g6vq0xk2zrt9mwn@marketplace.amazon.es>
Enviado el: jueves, 26 de noviembre de 2026 22:10
Para: garantias@cocinalia-electro.es
Asunto: Freidora no calienta - pedido 171-4402816-9937150
""",
    quote="""Hola, la freidora la compré en marzo y desde ayer el ventilador gira pero no calienta nada, las patatas salen crudas. Si necesitan algo me pueden llamar al 612 448 903 por las tardes.
Gracias,
Rosa Galindo""",
    quote_style="plain",
))

M.append(dict(
    lang="es", client="edesk", kind="reply", expect="violation",
    rules=["contact.off_platform", "contact.phone_number"],
    classes=["damaged", "whatsapp", "phone"],
    note="Ante un jarrón roto pide al comprador que escriba por WhatsApp a un número móvil para gestionarlo más rápido, sacando la conversación de Amazon.",
    frm=("Barro y Brasa Cerámica", "pedidos@barroybrasa.es"), dom="es",
    subject="Re: Jarrón roto - pedido 406-8814730-3362091",
    date="Mon, 30 Nov 2026 11:55:38 +0100",
    body="""Hola Nerea,

Qué rabia, lo sentimos de verdad. Las piezas de gres son delicadas y está claro que el paquete recibió un golpe.

Para gestionarlo más rápido, escríbenos por WhatsApp al 655 218 074 con una foto del jarrón y del embalaje, y te preparamos otro hoy mismo para el pedido 406-8814730-3362091.

Un abrazo,
Inés
Barro y Brasa""",
    qhead="Comprador de Amazon, 29/11/2026 21:36:",
    quote="""El jarrón azul ha llegado partido en tres trozos. Era un regalo para el sábado.""",
))

M.append(dict(
    lang="es", client="gorgias", kind="reply", expect="violation", rules=["purpose.marketing"],
    classes=["late", "apology_voucher"],
    note="Se disculpa por un retraso y regala un cupón de descuento para la próxima compra, lo que es promoción.",
    frm=("Café Altamira", "hola@cafealtamira.es"), dom="es",
    subject="Re: Mi café aún no ha llegado - 407-3350918-1128846",
    date="Wed, 02 Dec 2026 13:14:50 +0100",
    body="""¡Hola Pablo!

Tienes razón, tu pedido 407-3350918-1128846 salió con tres días de retraso por una rotura de stock del tueste de Etiopía. Ya está en reparto con MRW y te llega mañana antes de las 14:00.

Para compensarte, te dejamos el cupón DISCULPA10: un 10 % de descuento en tu próxima compra de cualquiera de nuestros cafés.

Saludos tostados,
Equipo Café Altamira""",
    qhead="Comprador de Amazon, 01/12/2026 09:12:",
    quote="""Hola, pedí el café el día 24 y sigo sin noticias. Pone "preparando envío".""",
))

M.append(dict(
    lang="es", client="zendesk", kind="proactive", expect="legit", rules=[],
    classes=["delay_notice", "proactive_apology"],
    note="Avisa de forma proactiva de un retraso por huelga de transporte, da la nueva fecha estimada y se disculpa, sin pedir nada al comprador.",
    frm=("Muebles Ébano", "atencion@muebles-ebano.es"), dom="es",
    subject="Retraso en la entrega de su pedido 404-9961027-5580334",
    date="Thu, 03 Dec 2026 08:20:11 +0100",
    body="""Estimado cliente:

Le escribimos para informarle de que la entrega de su pedido 404-9961027-5580334 (mesa de centro de roble, modelo Ribera) se retrasará unos tres días laborables.

El motivo es la huelga de transporte por carretera convocada en Valencia desde el 1 de diciembre, que afecta a la agencia que realiza nuestras entregas voluminosas. La nueva fecha estimada es el miércoles 9 de diciembre; la agencia le llamará la víspera para concertar la franja horaria.

Sentimos mucho el contratiempo. Si tiene cualquier duda sobre el pedido, puede respondernos a este mensaje.

Atentamente,
Departamento de Atención al Cliente
Muebles Ébano""",
))

M.append(dict(
    lang="es", client="helpscout", kind="reply", expect="violation", rules=["review.divert_negative"],
    classes=["replacement", "divert_negative"],
    note="Envía una reposición, pero pide al comprador que, si no queda satisfecho, no deje una valoración negativa y contacte primero con la tienda.",
    frm=("Lumbre Iluminación", "soporte@lumbre-iluminacion.es"), dom="es",
    subject="Re: Tira LED no enciende un tramo - 409-0027364-8815592",
    date="Fri, 04 Dec 2026 17:32:48 +0100",
    body="""Hola Andrés:

Gracias por el vídeo. El tramo que no se enciende indica que falla una soldadura del rollo, así que le mandamos una tira nueva de 10 m para el pedido 409-0027364-8815592. Llegará el lunes con Correos.

Le pedimos un favor: si algo no queda a su gusto con la nueva, por favor no deje una valoración negativa; contáctenos primero y lo solucionaremos, como hemos hecho esta vez.

Un saludo,
Elena Porras
Lumbre Iluminación""",
    qhead="El 3 dic 2026, a las 22:58, Comprador de Amazon <t2mx8qz0kvy5nrw@marketplace.amazon.es> escribió:",
    quote="""A partir del metro 6 la tira no se enciende. Adjunto vídeo.""",
))

M.append(dict(
    lang="es", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["partial_refund", "damaged", "review_mentioned_by_buyer"],
    note="Hace un reembolso parcial por una caja dañada que el comprador quiere conservar y, como el comprador mencionó su reseña, le dice que es libre de valorar como quiera sin pedirle nada.",
    frm=("Juguetes Trébol", "ayuda@juguetestrebol.es"), dom="es",
    subject="Re: Caja del puzzle rota - pedido 402-5508731-2046619",
    date="Mon, 07 Dec 2026 12:06:34 +0100",
    body="""Hola Beatriz,

Sentimos que la caja del puzzle de 2000 piezas llegara aplastada. Como nos dices que las bolsas están cerradas y no falta ninguna pieza, y prefieres quedártelo, te hemos hecho un reembolso parcial de 8,00 € a través de Amazon en el pedido 402-5508731-2046619.

Si al montarlo ves que falta alguna pieza, escríbenos aquí: el fabricante nos envía piezas sueltas sin coste.

En cuanto a la reseña que comentas, faltaría más: eres libre de valorar el producto y el envío como consideres.

Un saludo,
Gonzalo
Juguetes Trébol""",
    qhead="El dom, 6 dic 2026 a las 19:40, Comprador de Amazon (<c9rk0wz3qmt7xnv@marketplace.amazon.es>) escribió:",
    quote="""La caja ha llegado totalmente aplastada, es para regalo de Reyes y así no queda bien. Las bolsas de dentro parecen bien. No quiero devolverlo, pero algo tendréis que hacer. Y lo pondré en la reseña.""",
))
