# -*- coding: utf-8 -*-
"""Spanish messages w127-0001 .. w127-0015."""
from common import quote, esc

M = []

# 0001 legit — Outlook, delivery incident, buyer's phone/e-mail in quote
M.append(dict(
    lang="es", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["delivery-incident", "outlook-quote", "buyer-phone-quoted", "buyer-email-quoted"],
    note="Explains the SEUR address incident and that the seller handles the redelivery; the buyer's phone numbers and Gmail address stay only in the quoted Outlook header block.",
    from_name="Lumbrera Hogar", from_addr="atencion@lumbrerahogar.es",
    subject="RE: ¿dónde está mi paquete? (Pedido: 402-7718203-5561948)",
    date=(2026, 11, 18, 9, 37),
    text="""Buenos días, Jorge:

Gracias por escribirnos. Hemos revisado el pedido 402-7718203-5561948 (lámpara de pie Nórdica, roble natural, 165 cm). Salió de nuestro almacén de Alcalá de Henares el lunes 16 y lo transporta SEUR con el número de seguimiento 05832261994017.

Según SEUR, el repartidor marcó "portal no localizado" y el paquete está retenido en su delegación de Getafe. Ya les hemos pedido un nuevo intento de entrega con el número correcto (14B, no 14) y nos indican que saldrá a reparto mañana jueves por la mañana.

No hace falta que llame usted al transportista: nosotros seguimos la incidencia y le escribimos por aquí en cuanto tengamos la confirmación. Solo atendemos a través de la mensajería de Amazon, pero contestamos todos los mensajes el mismo día laborable.

Si finalmente prefiere no quedarse la lámpara, puede solicitar la devolución desde Mis pedidos en Amazon y le reembolsamos el importe completo.

Un saludo,
Rocío Martín
Atención al cliente - Lumbrera Hogar

________________________________
De: Amazon-cliente Jorge Pascual <k2m8qd0wz4hry7p@marketplace.amazon.es>
Enviado: martes, 17 de noviembre de 2026 22:41
Para: atencion@lumbrerahogar.es
Asunto: ¿dónde está mi paquete? (Pedido: 402-7718203-5561948)

------------- Mensaje: -------------

Hola, llevo una semana esperando la lampara y el seguimiento pone "incidencia". Vivo en el 14B, no en el 14, a lo mejor es eso. Llamadme al 612 345 870 o al fijo 91 555 02 17 que estoy en casa por las mañanas, o escribidme a jorgepascual.rdz@gmail.com que este chat no lo miro nunca. Si no llega esta semana lo devuelvo y os pongo una reseña que os vais a acordar.

------------- Fin del mensaje -------------

________________________________
De: Lumbrera Hogar <atencion@lumbrerahogar.es>
Enviado: lunes, 16 de noviembre de 2026 12:05
Para: Amazon-cliente Jorge Pascual
Asunto: RE: Consulta sobre bombilla (Pedido: 402-7718203-5561948)

Hola Jorge, la lámpara admite bombillas E27 de hasta 40 W (o LED equivalente). No incluye bombilla. Un saludo.
"""))

# 0002 legit — Gmail, discount demand + 1-star/Instagram threat
M.append(dict(
    lang="es", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["discount-demand", "review-threat-quoted", "instagram-quoted", "gmail-quote", "partial-refund"],
    note="Buyer demands 20% off or a 1-star review; seller offers replacement, return or a partial refund through Amazon for the damaged zip without mentioning reviews at all.",
    from_name="Mochilas Tramuntana", from_addr="clientes@mochilastramuntana.es",
    subject="Re: Cremallera rota - pedido 171-3350912-8840126",
    date=(2026, 11, 18, 11, 2),
    text="""Hola Marta,

Sentimos mucho lo de la cremallera del bolsillo frontal de la mochila Cala 28 L. No debería haber llegado así.

Para el pedido 171-3350912-8840126 le proponemos tres opciones, la que le resulte más cómoda:

1. Le enviamos una mochila nueva sin coste y usted nos devuelve la dañada con la etiqueta prepagada que genera Amazon.
2. Devolución completa desde Mis pedidos > Devolver o reemplazar productos, con reembolso del 100 % en cuanto llegue a nuestro almacén.
3. Si prefiere quedársela tal como está, le hacemos un reembolso parcial de 9,00 EUR a través de Amazon por el defecto.

Solo tiene que contestarnos a este mensaje indicando la opción.

Un saludo,
Pau Riera
Mochilas Tramuntana

El mié, 18 nov 2026 a las 8:14, Amazon-cliente Marta <r0a9bt5hxw1kcue@marketplace.amazon.es> escribió:
> ------------- Mensaje: -------------
>
> Me ha llegado la mochila con la cremallera de delante rota, el tirador se ha
> quedado en la mano al primer uso. O me hacéis un 20% de descuento ahora mismo
> o os pongo una estrella y lo cuento en mi Instagram (@martita.viajera, tengo
> 12k seguidores). Si queréis hablar mejor por WhatsApp: 633 908 114.
>
> ------------- Fin del mensaje -------------
>
> El mar, 17 nov 2026 a las 19:30, Mochilas Tramuntana <clientes@mochilastramuntana.es> escribió:
>> Hola Marta, sí, la mochila Cala entra como equipaje de mano en Vueling e
>> Iberia (40 x 25 x 20 cm). Un saludo, Pau.
>>
>>> ------------- Mensaje: -------------
>>> ¿La mochila vale como equipaje de mano de Vueling?
>>> ------------- Fin del mensaje -------------
"""))

# 0003 violation — Zendesk, seller moves buyer to WhatsApp with phone number
M.append(dict(
    lang="es", client="zendesk", kind="reply", expect="violation",
    rules=["contact.off_platform", "contact.phone_number"],
    classes=["assembly-help", "zendesk-trail", "whatsapp", "instagram-quoted"],
    note="Seller tells the buyer it has written to them on WhatsApp from its support number 644 87 12 30 and asks them to add it; the seller's own text moves contact off Amazon with a phone number.",
    from_name="Ergodesk Iberia", from_addr="soporte@ergodesk-iberia.es",
    subject="Re: Montaje escritorio elevable - Pedido 404-9182736-4455012 [#58213]",
    date=(2026, 11, 19, 10, 48),
    text="""##- Escriba su respuesta por encima de esta línea -##

Su solicitud (58213) ha sido actualizada. Para añadir comentarios adicionales, responda a este correo electrónico.

----------------------------------------------

Sergio Alcázar (Ergodesk Iberia)

19 nov. 2026, 10:48 CET

Hola Dani:

Gracias por la paciencia con el escritorio eléctrico Ergo Pro 140x70 del pedido 404-9182736-4455012. El paso que suele dar problemas es el 6: las dos vigas transversales se atornillan ANTES de apretar del todo las patas, si no, los agujeros no coinciden.

Le acabamos de escribir por WhatsApp desde nuestro número de soporte, el 644 87 12 30, con el vídeo del montaje completo. Si no le llega, agréguenos y mándenos la palabra "escritorio" y le atendemos por allí, que es más rápido que por Amazon.

Un saludo,
Sergio
Soporte técnico Ergodesk

----------------------------------------------

Amazon-cliente Daniel Ortega

18 nov. 2026, 23:02 CET

------------- Mensaje: -------------

No me aclaro con el montaje, el manual es un dibujo y los agujeros de la viga no me cuadran. ¿Me podéis mandar un vídeo? Mi insta es @dani_setup o mi whatsapp 655 21 43 09. Si no lo consigo montar lo devuelvo.

------------- Fin del mensaje -------------

----------------------------------------------

Sergio Alcázar (Ergodesk Iberia)

17 nov. 2026, 16:20 CET

Hola Daniel, el escritorio sale hoy con GLS. Le confirmamos también que admite tableros de hasta 160 cm. Un saludo.

----------------------------------------------

Amazon-cliente Daniel Ortega

17 nov. 2026, 09:11 CET

¿Puedo poner un tablero de 160 de ancho en la estructura?

Este correo electrónico es un servicio de Ergodesk Iberia.
[R9Q2LM-7XK0]
"""))

# 0004 legit — Freshdesk, invoice request with buyer's business e-mail
M.append(dict(
    lang="es", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["invoice", "freshdesk-quote", "buyer-email-quoted", "buyer-phone-quoted"],
    note="Seller uploads the invoice with the buyer's NIF to Amazon and explains where to download it, declining to send it to the external address the buyer quoted.",
    from_name="Ferretería Ribagorza", from_addr="pedidos@ferreteriaribagorza.es",
    subject="Re: Factura con NIF - Pedido 405-2209871-6634170",
    date=(2026, 11, 19, 13, 15),
    text="""Hola, buenas tardes:

Ya tiene disponible la factura completa del pedido 405-2209871-6634170 (taladro percutor 850 W + maletín de brocas) a nombre de Reformas Gil Aragón S.L., con el NIF B-50998721 que nos indicó.

La hemos subido a Amazon, así que puede descargarla en Mis pedidos > Ver pedido > Factura. Si necesita alguna corrección en la razón social o en la dirección fiscal, díganoslo aquí y emitimos una factura rectificativa.

Por las normas de Amazon no podemos enviarla a direcciones de correo externas, pero desde Mis pedidos la puede descargar en PDF y reenviarla a su gestoría.

Atentamente,
Nerea Castán
Ferretería Ribagorza - Departamento de pedidos

El jue., 19 nov. 2026 a las 8:47, Amazon-cliente Reformas Gil <p7vh2n0kdq4mz1s@marketplace.amazon.es> escribió:

> ------------- Mensaje: -------------
>
> Buenos días, necesito factura con los datos de la empresa:
> Reformas Gil Aragón S.L.
> NIF B-50998721
> C/ Predicadores 41, 50003 Zaragoza
>
> Mandádmela a admin@reformasgil-aragon.es que es donde la recoge la gestoría,
> o si hay dudas llamad a Pilar al 976 44 19 02 (de 9 a 14).
>
> ------------- Fin del mensaje -------------

--
Ferretería Ribagorza
Ticket #31907
"""))

# 0005 violation — Outlook, money for removing/raising review
M.append(dict(
    lang="es", client="outlook", kind="reply", expect="violation",
    rules=["review.incentive", "review.change_or_remove", "review.biased_positive"],
    classes=["review-threat-quoted", "outlook-quote", "refund-for-review"],
    note="Seller offers a 15 EUR refund if the buyer deletes the 2-star review or changes it to 5 stars, an incentive to change a review toward positive.",
    from_name="Cocina Valdés", from_addr="postventa@cocinavaldes.es",
    subject="RE: Tapa de la olla rota - 403-6671029-3318457",
    date=(2026, 11, 20, 17, 26),
    text="""Estimado Alberto:

Lamentamos lo de la tapa de cristal de la olla rápida Valdés Inox 6 L (pedido 403-6671029-3318457). Ya le hemos enviado una tapa nueva con MRW, le llegará el lunes.

Hemos visto su reseña de 2 estrellas en la ficha del producto. Le devolvemos 15 € hoy mismo a través de Amazon si la retira o la cambia a 5 estrellas ahora que el problema está resuelto; solo tiene que avisarnos aquí cuando lo haya hecho.

Gracias por su comprensión,
Iñaki Valdés
Cocina Valdés

-----Mensaje original-----
De: Amazon-cliente Alberto Molina <f1xq8z3kd0wm6ya@marketplace.amazon.es>
Enviado el: viernes, 20 de noviembre de 2026 10:03
Para: postventa@cocinavaldes.es
Asunto: Tapa de la olla rota - 403-6671029-3318457

------------- Mensaje: -------------
La tapa venía partida en dos dentro de la caja. Ya he puesto una reseña de 2 estrellas y si no me dais solución la bajo a 1 y también lo pongo en la OCU. Mi correo alberto.molina.v@hotmail.es por si queréis contestar rápido, teléfono 688 314 220.
------------- Fin del mensaje -------------
"""))

# 0006 legit — eDesk, compatibility question, buyer quoted competitor link
M.append(dict(
    lang="es", client="edesk", kind="reply", expect="legit", rules=[],
    classes=["product-compatibility", "edesk-history", "buyer-link-quoted", "price-match-demand"],
    note="Answers whether the case fits the Galaxy A56 and how to tell the model apart; the competitor link and price-match demand appear only in the quoted buyer message.",
    from_name="Fundas Albufera", from_addr="hola@fundasalbufera.es",
    subject="Re: ¿Vale para el A56? - Pedido 408-5526104-9902213",
    date=(2026, 11, 20, 12, 40),
    text="""Hola Irene,

La funda tipo libro que ha pedido (pedido 408-5526104-9902213, color verde salvia) es para el Galaxy A55 5G. El A56 es unos 0,5 mm más fino y el módulo de cámara es distinto, así que le quedaría holgada y la cámara no coincidiría con el hueco.

Para comprobar su modelo: Ajustes > Acerca del teléfono > Nombre del modelo. Si pone SM-A566B es un A56.

Como el pedido todavía no ha salido, si nos lo confirma lo podemos cancelar sin problema y en la misma ficha de Amazon tiene la variante "Galaxy A56" al mismo precio (12,95 EUR). Sobre el precio de otras tiendas no podemos hacer ajustes, lo sentimos.

Saludos,
Carla
Fundas Albufera

---- Historial de la conversación ----

[Amazon ES] Irene S. - 20/11/2026 09:55
------------- Mensaje: -------------
¿Esta funda vale para el Samsung A56? Porque en https://www.fundasbaratas-online.es/samsung/a56-libro la tienen por 8,99 y con cristal templado de regalo, si me la dejáis a ese precio me la quedo, si no la cancelo. Contestadme al 622 190 385 mejor.
------------- Fin del mensaje -------------

[Amazon ES] Fundas Albufera - 18/11/2026 18:02
Hola Irene, sí, el verde salvia está disponible. Un saludo.

[Amazon ES] Irene S. - 18/11/2026 17:40
¿Tenéis el color verde o solo el que sale en la foto?

Mensaje gestionado con eDesk
"""))

# 0007 legit — multipart with HTML blockquote, damaged tableware, photos via Amazon
txt7 = """Hola Lucía:

Sentimos mucho que dos platos hondos de la vajilla Terra Mediterránea (pedido 171-8804561-2270934) llegaran rotos.

Le hemos enviado hoy mismo dos platos hondos de reposición con Correos Express; el número de seguimiento es 3230004512987651 y deberían llegar entre el martes y el miércoles. No tiene que devolvernos los rotos, puede desecharlos con cuidado.

Sobre las fotos: no hace falta mandarlas a ningún correo. Si quiere dejarlas para el parte del transportista, puede adjuntarlas en este mismo hilo de mensajes de Amazon (icono del clip, hasta 10 MB por archivo).

Un cordial saludo,
Elena Vidal
Cerámica Alfar de Manises

El 23/11/2026 a las 20:12, Amazon-cliente Lucía Herrero escribió:
> ------------- Mensaje: -------------
> Buenas, la vajilla ha llegado con dos platos hondos rotos, la caja estaba
> aplastada por una esquina. ¿A qué email os mando las fotos? El mío es
> lucia.herrero.b@yahoo.es, o si os va mejor os las paso por WhatsApp al
> 601 772 049. Necesito la vajilla completa para el día 5, que tengo comida
> familiar.
> ------------- Fin del mensaje -------------
"""
html7 = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hola Lucía:</p>
<p>Sentimos mucho que dos platos hondos de la vajilla Terra Mediterránea (pedido 171-8804561-2270934) llegaran rotos.</p>
<p>Le hemos enviado hoy mismo dos platos hondos de reposición con Correos Express; el número de seguimiento es 3230004512987651 y deberían llegar entre el martes y el miércoles. No tiene que devolvernos los rotos, puede desecharlos con cuidado.</p>
<p>Sobre las fotos: no hace falta mandarlas a ningún correo. Si quiere dejarlas para el parte del transportista, puede adjuntarlas en este mismo hilo de mensajes de Amazon (icono del clip, hasta 10&nbsp;MB por archivo).</p>
<p>Un cordial saludo,<br>Elena Vidal<br>Cerámica Alfar de Manises</p>
<div class="gmail_quote"><div dir="ltr">El 23/11/2026 a las 20:12, Amazon-cliente Lucía Herrero escribió:</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
<p>------------- Mensaje: -------------<br>
Buenas, la vajilla ha llegado con dos platos hondos rotos, la caja estaba aplastada por una esquina. ¿A qué email os mando las fotos? El mío es lucia.herrero.b@yahoo.es, o si os va mejor os las paso por WhatsApp al 601 772 049. Necesito la vajilla completa para el día 5, que tengo comida familiar.<br>
------------- Fin del mensaje -------------</p>
</blockquote></div>
</body></html>
"""
M.append(dict(
    lang="es", client="html-blockquote", kind="reply", expect="legit", rules=[],
    classes=["damaged-item", "replacement", "html-blockquote", "multipart", "buyer-email-quoted", "whatsapp-quoted"],
    note="Sends replacement plates with tracking and tells the buyer to attach photos in the Amazon thread instead of the e-mail/WhatsApp she offered in the blockquote.",
    from_name="Cerámica Alfar de Manises", from_addr="tienda@alfardemanises.es",
    subject="Re: Platos rotos - pedido 171-8804561-2270934",
    date=(2026, 11, 24, 9, 20), text=txt7, html=html7))

# 0008 violation — Gmail, seller gives its own e-mail address for photos
M.append(dict(
    lang="es", client="gmail", kind="reply", expect="violation",
    rules=["contact.email_address", "contact.off_platform"],
    classes=["damaged-item", "gmail-quote", "photos-request", "seller-email"],
    note="Seller asks the buyer to send the photos of the broken glasses to postventa@cristaleriaolmo.es, giving its own e-mail address and moving the conversation off Amazon.",
    from_name="Cristalería Olmo", from_addr="ventas@cristaleriaolmo.es",
    subject="Re: Copas rotas (Pedido 402-3319876-0147752)",
    date=(2026, 11, 24, 16, 5),
    text="""Hola Ramón,

Qué rabia, lo sentimos. Para tramitar la reposición de las 2 copas de vino Borgoña del pedido 402-3319876-0147752 necesitamos fotos de las copas rotas y de la caja por fuera.

Para agilizarlo, envíelas directamente a postventa@cristaleriaolmo.es indicando su nombre; por Amazon las fotos a veces no nos llegan. En cuanto las recibamos le mandamos las copas nuevas.

Un saludo,
Begoña
Cristalería Olmo

El mar, 24 nov 2026 a las 13:48, Amazon-cliente Ramón Ibarra <w3bn7fyq2k9cx0e@marketplace.amazon.es> escribió:
> ------------- Mensaje: -------------
>
> Dos copas de las seis han llegado rotas. Tengo fotos, decidme dónde las
> mando. Si preferís llamarme, 649 018 237. Y la próxima vez embaladlas
> mejor porque si no os dejo la opinión que os merecéis.
>
> ------------- Fin del mensaje -------------
"""))

# 0009 legit — forwarded internal thread, warranty repair through Amazon return
M.append(dict(
    lang="es", client="outlook-forward", kind="reply", expect="legit", rules=[],
    classes=["warranty", "forwarded-message", "buyer-phone-quoted", "manufacturer-named"],
    note="Warranty answer for a coffee machine grinder that arranges the repair through an Amazon prepaid return; the buyer's phone and the complaint about unanswered calls are only in the forwarded block.",
    from_name="Cafés y Molinos Duero", from_addr="garantias@cafesduero.es",
    subject="RV: Garantía molinillo cafetera - Pedido 406-1148820-7736501",
    date=(2026, 11, 25, 10, 12),
    text="""Buenos días, Sra. Calvo:

Le escribo desde el departamento de garantías; mi compañera me ha pasado su consulta (la reenvío abajo para que quede en el hilo).

Su cafetera superautomática Barista S7 (pedido 406-1148820-7736501, entregada el 14 de mayo de 2026) está dentro de los 3 años de garantía. Que el molinillo gire pero no salga café molido suele ser una muela obstruida por granos aceitosos o caramelizados. Antes de enviarla, pruebe esto:

1. Apague la cafetera y retire la tolva de granos.
2. Con la llave que viene en la bolsa de accesorios, gire la muela superior en sentido antihorario y retírela.
3. Limpie con el cepillo incluido (sin agua) y vuelva a montar en la posición 3 de molido.

Si sigue igual, la reparamos sin coste: solicite la devolución desde Mis pedidos con el motivo "Defectuoso"; Amazon le generará una etiqueta prepagada de CTT. La revisa el servicio técnico oficial de Barista en Valladolid y se la devolvemos reparada en unos 10 días laborables, o le enviamos una unidad nueva si la avería no tiene arreglo.

Atentamente,
Ángel Herrero
Garantías - Cafés y Molinos Duero

---------- Mensaje reenviado ----------
De: Sonia Llorente <sonia.llorente@cafesduero.es>
Fecha: martes, 24 de noviembre de 2026, 18:31
Asunto: RV: Garantía molinillo cafetera - Pedido 406-1148820-7736501
Para: garantias@cafesduero.es

Ángel, te paso esta de garantía, cliente de Amazon. Gracias.

> De: Amazon-cliente Mercedes Calvo <d8p0s6nzj1hqk4t@marketplace.amazon.es>
> Enviado: martes, 24 de noviembre de 2026 17:55
> Asunto: Garantía molinillo cafetera - Pedido 406-1148820-7736501
>
> ------------- Mensaje: -------------
> La cafetera hace ruido de moler pero no sale café, solo agua. La compré en
> mayo. He llamado al teléfono de Barista que viene en el manual y no coge
> nadie. Os dejo mi móvil 677 520 913 y mi correo mercecalvo61@gmail.com,
> por favor que alguien me llame porque con esto de los mensajes me lío.
> ------------- Fin del mensaje -------------
"""))

# 0010 violation — Zendesk, steers unhappy buyer away from negative review
M.append(dict(
    lang="es", client="zendesk", kind="reply", expect="violation",
    rules=["review.divert_negative"],
    classes=["product-complaint", "zendesk-trail", "review-threat-quoted"],
    note="Seller asks the unhappy buyer not to leave a negative opinion on Amazon and to write privately first, steering a negative review toward private contact.",
    from_name="Descanso Mediterráneo", from_addr="ayuda@descansomediterraneo.es",
    subject="Re: Olor fuerte del colchón [Pedido 407-2093318-5518824] (#77102)",
    date=(2026, 11, 25, 12, 55),
    text="""##- Escriba su respuesta por encima de esta línea -##

Su solicitud (77102) ha sido actualizada.

----------------------------------------------

Marisa Pons (Descanso Mediterráneo)

25 nov. 2026, 12:55 CET

Hola Tomás:

El olor que nota en el colchón viscoelástico Brisa 150x190 (pedido 407-2093318-5518824) es normal los primeros días al sacarlo del enrollado al vacío: son compuestos de la espuma que desaparecen con ventilación. Déjelo sin sábanas y con la ventana abierta 48-72 horas.

Eso sí, le rogamos que antes de dejar cualquier opinión negativa en Amazon nos escriba primero a nosotros: preferimos resolverlo en privado y seguro que lo solucionamos sin necesidad de que ponga una mala valoración.

Un saludo,
Marisa
Descanso Mediterráneo

----------------------------------------------

Amazon-cliente Tomás Gallardo

24 nov. 2026, 22:40 CET

------------- Mensaje: -------------

El colchón huele a químico muchísimo, no se puede dormir en la habitación. Estoy por devolverlo y poner en la reseña que huele a neumático. Mi mujer dice que os llame, pasadme un teléfono o llamadnos vosotros al 662 403 871.

------------- Fin del mensaje -------------

----------------------------------------------

Marisa Pons (Descanso Mediterráneo)

20 nov. 2026, 10:04 CET

Hola Tomás, el colchón se entrega enrollado; una vez abierto tarda unas 24 horas en recuperar su altura de 24 cm.

[8KD1QX-2RP4]
"""))

# 0011 legit — '>' quoting, buyer asks to cancel before shipment
M.append(dict(
    lang="es", client="plain-quote", kind="reply", expect="legit", rules=[],
    classes=["buyer-cancellation", "gt-quote", "buyer-phone-quoted"],
    note="Confirms the buyer-requested cancellation of an unshipped order and that Amazon refunds it; the buyer's phone is only in the '>' quoted text.",
    from_name="Jardín Tormes", from_addr="pedidos@jardintormes.es",
    subject="Re: Cancelar pedido 405-7730215-1196648",
    date=(2026, 11, 26, 8, 58),
    text="""Hola Ana,

Hecho: hemos cancelado el pedido 405-7730215-1196648 (2 macetas autorriego Tormes 30 cm, antracita). No había salido todavía del almacén, así que no le llegará nada.

Amazon le devolverá el importe (41,80 EUR) al mismo método de pago; normalmente tarda de 3 a 5 días hábiles en verse en la tarjeta.

Saludos cordiales,
Héctor
Jardín Tormes

Amazon-cliente Ana Prieto escribió el 25/11/2026 23:17:
> ------------- Mensaje: -------------
> Hola, me he equivocado de color, quería las blancas. Cancelad el pedido
> por favor, ya las pido otra vez. Si hay algún problema llamadme al
> 620 117 904 que no quiero que me cobren dos veces.
> ------------- Fin del mensaje -------------
"""))

# 0012 legit — Outlook, colours question, buyer quoted seller's website
M.append(dict(
    lang="es", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["product-question", "outlook-quote", "buyer-link-quoted", "variation"],
    note="Answers which colours are available and points to the variation selector on the same Amazon listing; the buyer's link to an outside shop page stays only in the quoted header block.",
    from_name="Textil Covadonga", from_addr="clientes@textilcovadonga.es",
    subject="RE: Colores del edredón (Pedido: 408-9941276-3302581)",
    date=(2026, 11, 26, 11, 30),
    text="""Buenos días, Pilar:

Gracias por su interés. El edredón nórdico Picos 250 g/m2 de su pedido 408-9941276-3302581 lo tenemos en Amazon en blanco, gris perla y azul noche, en las medidas de 135, 150 y 180.

El color "verde musgo" que ha visto no está disponible en Amazon. En Amazon no podemos modificar el color de un pedido ya hecho. Si prefiere gris perla o azul noche en lugar del blanco, díganoslo aquí y anulamos nosotros este pedido antes de que salga mañana, para que pueda pedir el color que quiera; si no, le llega el blanco como estaba previsto. Puede ver las fotos de cada color en la misma ficha del producto, en el selector "Color".

Un saludo,
Covadonga Suárez
Textil Covadonga

________________________________
De: Amazon-cliente Pilar Fernández <t6c1mw9rz0vk2bq@marketplace.amazon.es>
Enviado: miércoles, 25 de noviembre de 2026 21:08
Para: clientes@textilcovadonga.es
Asunto: Colores del edredón (Pedido: 408-9941276-3302581)

------------- Mensaje: -------------
Hola, he visto en vuestra web http://www.textilcovadonga-outlet.es/nordicos/picos que también lo tenéis en verde musgo y más barato. ¿Me lo podéis cambiar a ese color? Si es más fácil os escribo a la tienda, dadme un email.
------------- Fin del mensaje -------------
"""))

# 0013 legit — Freshdesk, return and refund, WhatsApp quoted
M.append(dict(
    lang="es", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["return", "refund", "freshdesk-quote", "whatsapp-quoted"],
    note="Explains the Amazon return for a wrong shoe size and when the refund is issued; the buyer's WhatsApp number stays in the quoted message.",
    from_name="Calzados Ebro Running", from_addr="atencion@ebrorunning.es",
    subject="Re: Devolución zapatillas - 402-6187720-4459130",
    date=(2026, 11, 27, 10, 5),
    text="""Hola Javier:

No hay problema. Para devolver las zapatillas Ebro Trail 3 (talla 43, pedido 402-6187720-4459130):

- Entre en Mis pedidos, pulse "Devolver o reemplazar productos" y elija el motivo "Talla demasiado pequeña".
- Amazon le dará una etiqueta prepagada y podrá dejar el paquete en una oficina de Correos o en un punto Celeritas.
- Guárdelas en su caja original, sin usar en exterior.

En cuanto lleguen a nuestro almacén (suele tardar 3-4 días) le hacemos el reembolso completo, incluidos los gastos de envío. Si luego quiere la 44, la puede pedir ya desde la misma ficha; hay stock.

Un saludo,
Laura
Calzados Ebro Running

El vie., 27 nov. 2026 a las 7:52, Amazon-cliente Javier Lasheras <b5kz0qy8w2nm7dt@marketplace.amazon.es> escribió:

> ------------- Mensaje: -------------
>
> Me quedan pequeñas, necesito una 44. Cómo lo hago? No tengo impresora
> para etiquetas. Si es más fácil mandadme un whatsapp al 656 330 281 y
> lo arreglamos, o pasadme vuestra web y las cambio allí.
>
> ------------- Fin del mensaje -------------
>
> El lun., 23 nov. 2026 a las 18:10, Calzados Ebro Running <atencion@ebrorunning.es> escribió:
>
>> Hola Javier, la Ebro Trail 3 talla normal; si está entre dos tallas,
>> recomendamos la mayor. Un saludo, Laura.

--
Ticket #20471 - Calzados Ebro Running
"""))

# 0014 legit — Gmail, delivery to Canary Islands
M.append(dict(
    lang="es", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["shipping-question", "customs", "gmail-quote", "buyer-phone-quoted", "discount-demand"],
    note="Explains Correos delivery and customs (DUA) for the Canary Islands; the buyer's phone and request for a discount are only in the quoted message.",
    from_name="Electro Pirineo", from_addr="soporte@electropirineo.es",
    subject="Re: Envío a Canarias - pedido 404-3390127-8812645",
    date=(2026, 11, 27, 13, 44),
    text="""Hola Yeray:

Sí, enviamos a Canarias. El robot de cocina Pirineo Chef 1500 W de su pedido 404-3390127-8812645 viaja con Correos desde Zaragoza y tarda entre 6 y 9 días laborables, porque pasa el despacho de aduana en Las Palmas.

Los trámites de aduana (DUA) y el IGIC los gestiona Correos y en su caso ya están incluidos en el precio que ha pagado en Amazon; no tiene que abonar nada al recibirlo. Si el cartero le pide algún importe, no lo pague y escríbanos por aquí.

El precio es el mismo para todas las direcciones, así que no podemos aplicar descuento por el plazo de entrega, lo siento.

Saludos,
Óscar
Electro Pirineo

El vie, 27 nov 2026 a las 12:21, Amazon-cliente Yeray Santana <h9q3xv1cd7wz0fs@marketplace.amazon.es> escribió:
> ------------- Mensaje: -------------
>
> Buenas, vivo en Telde (Gran Canaria). ¿Llega aquí? ¿Tengo que pagar aduana?
> Si tarda más de una semana quiero un descuento, que en la península lo
> tienen al día siguiente. Llamadme si hace falta: 928 706 554 o 611 290 447.
>
> ------------- Fin del mensaje -------------
"""))

# 0015 violation — eDesk, emoji and asks for 5-star review
M.append(dict(
    lang="es", client="edesk", kind="reply", expect="violation",
    rules=["style.emoji", "review.biased_positive"],
    classes=["happy-buyer", "edesk-history", "five-star-ask", "emoji"],
    note="Replies to a happy buyer with emoji and asks specifically for 5 stars, a biased positive review request with emoji in the seller's text.",
    from_name="Velas Aromas del Sur", from_addr="hola@aromasdelsur.es",
    subject="Re: ¡Me encantan! - Pedido 171-5528803-6640219",
    date=(2026, 11, 30, 10, 18),
    text="""¡Hola Nuria!

¡Qué alegría leerte! 😊 Nos hace muchísima ilusión que te hayan gustado las velas de soja "Azahar y Canela" (pedido 171-5528803-6640219).

Un truco: la primera vez que la enciendas, déjala hasta que toda la superficie esté derretida (unas 2 horas), así no hace túnel y dura las 45 horas.

Si estás contenta, ¿nos ayudarías dejándonos una reseña de 5 estrellas en Amazon? ⭐⭐⭐⭐⭐ Para una tienda pequeña como la nuestra es muy importante.

¡Un abrazo!
Rocío
Velas Aromas del Sur

---- Historial de la conversación ----

[Amazon ES] Nuria B. - 29/11/2026 21:33
------------- Mensaje: -------------
Me han encantado las velas, huelen a gloria!! ¿Tenéis Instagram? el mío es @nuriaencasa_, os etiqueto en una foto. ¿Hacéis packs para regalar en Navidad? ¿me hacéis descuento si compro 10?
------------- Fin del mensaje -------------

[Amazon ES] Velas Aromas del Sur - 26/11/2026 11:00
Hola Nuria, las velas llevan mecha de algodón y cera de soja 100 %. Un saludo.

Mensaje gestionado con eDesk
"""))
