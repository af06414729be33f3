MESSAGES = [
{
 "id": "w8-0041", "lang": "es", "client": "zendesk", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["refund-by-amazon", "refusal", "look-alike", "quoted-history"],
 "note": "Explains that Amazon already refunded the missing item of a bundle and declines a discount on the next purchase.",
 "from_name": "Atención al cliente Cocina Nova", "from_addr": "atencion@cocinanova.es",
 "subject": "Re: Falta una sartén del juego – pedido 402-3316029-8871543",
 "buyer": "Cliente de Amazon",
 "body": """Hola, Laura:

Gracias por avisarnos. Hemos comprobado el pedido 402-3316029-8871543 y, efectivamente, el juego de sartenes de 3 piezas salió del almacén de Amazon solo con las de 20 y 24 cm.

Amazon ya le ha reembolsado la parte correspondiente a la sartén de 28 cm (21,95 €). Lo puede ver en "Mis pedidos", en el detalle del pedido, como "Reembolso emitido". Si prefiere la sartén en lugar del reembolso, puede pedirla por separado en el mismo anuncio.

Sobre lo que nos comenta de un descuento para su próxima compra: lo sentimos, pero no podemos ofrecer descuentos ni cupones a través de la mensajería de Amazon.""",
 "sig": """Un saludo,
Raúl
Atención al cliente – Cocina Nova""",
 "quoted": """Hola, me ha llegado el juego de sartenes pero falta la grande. ¿Me la mandáis? Ya que ha pasado esto, ¿me podéis hacer un descuento en la próxima compra?
Laura""",
},
{
 "id": "w8-0043", "lang": "es", "client": "gorgias", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["flow-rate", "follow-instructions", "energy-label", "look-alike", "quoted-history"],
 "note": "Shower-head question: flow rate (caudal), efficiency class, follow the installation instructions.",
 "from_name": "Marta | Baño Eco", "from_addr": "hola@banoeco.es",
 "subject": "Re: Caudal de la alcachofa de ducha",
 "buyer": "Jorge",
 "body": """Hola, Jorge:

La alcachofa de ducha EcoLluvia 25 tiene un caudal de 7,6 litros por minuto a 3 bar, frente a los 12-15 l/min de una ducha convencional. En la etiqueta de eficiencia del agua tiene clasificación A.

El reductor de caudal viene ya montado dentro de la rosca. Si nota poca presión porque su calentador es de gas y no se enciende bien, puede retirarlo: siga las instrucciones de la página 3 del folleto (basta con sacarlo con la llave Allen pequeña que va en la caja). Sin reductor, el caudal sube a unos 10 l/min.

La junta de goma que va incluida sirve para cualquier flexo con rosca estándar de 1/2".""",
 "sig": """Un saludo,
Marta
Atención al cliente Baño Eco""",
 "quoted": """Buenas, ¿qué caudal tiene exactamente? Tengo calentador de gas y me preocupa que no salte con tan poca agua. ¿Se puede quitar el limitador?
Jorge""",
},
{
 "id": "w8-0042", "lang": "es", "client": "helpscout", "kind": "proactive", "expect": "violation",
 "rules": ["review.biased_positive"],
 "classes": ["conditional", "review-request", "only-happy-buyers", "order-id"],
 "note": "Review request addressed only to buyers who are satisfied.",
 "from_name": "Jabonería Alborada", "from_addr": "pedidos@jaboneria-alborada.es",
 "subject": "Sobre su pedido 403-6628410-1157392",
 "body": """Hola:

Su lote de jabones artesanos de aceite de oliva (pedido 403-6628410-1157392) se entregó hace unos días. Le recordamos que, al ser jabones hechos en frío sin conservantes, conviene guardarlos en una jabonera con drenaje para que duren más.

Si está satisfecho con su compra, nos haría muy felices que dedicara un momento a dejarnos una valoración en Amazon. Para un obrador pequeño como el nuestro, cada opinión cuenta.""",
 "sig": """Un abrazo,
Pilar y Andrés
Jabonería Alborada""",
},
{
 "id": "w8-0044", "date": "2026-11-24 15:00", "lang": "es", "client": "outlook", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["review-your-case", "negation", "quoted-review-threat", "quoted-history"],
 "note": "Buyer threatens a 1-star review; the seller says they may review as they wish and sends a replacement.",
 "from_name": "Iván Cortés", "from_addr": "ivan.cortes@mochilastrail.es",
 "subject": "RE: Cremallera rota",
 "buyer": "Beatriz Soler",
 "qdate_str": "martes, 24 de noviembre de 2026 9:12",
 "qsubject": "Cremallera rota",
 "body": """Hola, Beatriz:

Lamento mucho lo de la cremallera de la mochila Trail 30. No es normal que se rompa en la primera salida.

Vamos a revisar su caso con el fabricante de las cremalleras, porque nos interesa saber si es un fallo del lote. Mientras tanto no tiene que esperar: le enviamos hoy una mochila nueva del mismo color para su pedido 404-8805213-6639174, y Amazon le facilitará una etiqueta de devolución gratuita para la defectuosa, que podrá entregar en cualquier punto Correos en un plazo de 30 días.

En cuanto a su valoración, por supuesto es libre de publicar la opinión que considere oportuna, sea cual sea.""",
 "sig": """Saludos cordiales,
Iván Cortés
Atención al cliente – Mochilas Trail""",
 "quoted": """La cremallera principal se ha roto el primer día de uso. Si no me dan una solución voy a poner una estrella.
Beatriz""",
},
{
 "id": "w8-0046", "lang": "es", "client": "edesk", "kind": "proactive", "expect": "legit", "rules": [],
 "classes": ["customisation", "order-id"],
 "note": "Proactive request for sizes and names for a custom team t-shirt order.",
 "from_name": "Estampados Levante", "from_addr": "pedidos@estampadoslevante.es",
 "subject": "Tallas y nombres para su pedido 171-2240387-5518806",
 "body": """Hola:

Gracias por su pedido 171-2240387-5518806: 12 camisetas técnicas personalizadas, color azul marino, con dorsal.

Para poder estamparlas necesitamos que nos confirme, respondiendo a este mensaje, la lista con:
- la talla de cada camiseta (de la XS a la XXL);
- el nombre y el número que irá en la espalda (máximo 10 letras por nombre).

Por ejemplo: "M – GARCÍA – 7".

En cuanto recibamos la lista, las estampamos en dos días laborables y salen con el envío urgente que eligió, así que seguirían llegando antes del torneo del día 12.""",
 "sig": """Un saludo,
Nuria
Estampados Levante""",
},
{
 "id": "w8-0045", "lang": "es", "client": "freshdesk", "kind": "reply", "expect": "violation",
 "rules": ["contact.phone_number", "contact.off_platform"],
 "classes": ["whatsapp", "messenger", "quoted-history"],
 "note": "Offers to send an assembly video over WhatsApp and gives the seller's mobile number.",
 "from_name": "Muebles Roble Norte", "from_addr": "clientes@roblenorte.es",
 "subject": "Re: Instrucciones de montaje de la estantería",
 "buyer": "Sergio",
 "body": """Hola, Sergio:

Disculpe, parece que el folleto de montaje no iba en su caja. La estantería Nórdica de 5 baldas se monta así, a grandes rasgos: primero los dos laterales con la balda inferior (tornillos largos), luego las baldas intermedias con los tacos de madera y, por último, la trasera con los clavos pequeños.

Como es más fácil verlo que explicarlo, escríbanos por WhatsApp al 612 345 678 y le mandamos el vídeo de montaje paso a paso y el PDF de las instrucciones.""",
 "sig": """Un saludo,
Equipo Roble Norte""",
 "quoted": """Hola, en la caja no venían las instrucciones de montaje. ¿Me las pueden enviar?
Sergio""",
},
{
 "id": "w8-0047", "date": "2026-11-25 10:35", "lang": "es", "client": "gmail", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["attachment", "invoice", "vat-id", "seller-address", "quoted-history"],
 "note": "Sends a full invoice PDF with the seller's address and CIF, as the self-employed buyer asked.",
 "from_name": "Informática Sur Facturación", "from_addr": "facturacion@informaticasur.es",
 "subject": "Re: Factura completa pedido 405-1193362-0047718",
 "buyer": "Carmen Ruiz",
 "body": """Hola, Carmen:

Le adjuntamos la factura completa del pedido 405-1193362-0047718 (monitor de 27" QHD y soporte de brazo), emitida a su nombre con el NIF que nos indica, para que pueda deducirla como autónoma.

Si necesita que figure otra dirección fiscal, díganoslo por aquí y le enviamos una factura rectificativa.""",
 "sig": """Un saludo,
Departamento de facturación
Informática Sur""",
 "quoted": """Buenos días, soy autónoma y necesito factura completa con mi NIF 47812209K, Carmen Ruiz Molina, C/ Alcalá 118, 28009 Madrid. Gracias.""",
 "attach": [{"filename": "Factura_IS-2026-0932.pdf", "lines": [
    "Informática Sur S.L.", "Polígono Industrial La Negrilla, nave 14", "41016 Sevilla, España", "CIF: B91447382", "",
    "FACTURA N.º IS-2026-0932", "Fecha: 25/11/2026", "Pedido Amazon: 405-1193362-0047718", "",
    "Cliente: Carmen Ruiz Molina, NIF 47812209K", "C/ Alcalá 118, 28009 Madrid", "",
    "1 x Monitor 27\" QHD 75 Hz       229,00 EUR", "1 x Soporte de brazo para monitor   31,00 EUR",
    "Base imponible: 214,88 EUR", "IVA 21 %: 45,12 EUR", "Total: 260,00 EUR", "",
    "Forma de pago: Amazon Payments"]}],
},
{
 "id": "w8-0048", "lang": "es", "client": "zendesk", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["seller-cancels", "contact-amazon", "negation", "quoted-history"],
 "note": "Tells the buyer they need not cancel because the seller already cancelled, and points to Amazon customer service for the refund.",
 "from_name": "Soporte Fotolab Ibérica", "from_addr": "soporte@fotolab-iberica.es",
 "subject": "Re: Quiero anular el pedido – 402-5527014-9916038",
 "buyer": "Cliente de Amazon",
 "body": """Hola, Álvaro:

No hace falta que anule usted el pedido: lo hemos cancelado nosotros esta misma mañana, antes de que saliera del almacén. Recibirá la confirmación de Amazon en su correo en unos minutos.

Como el pago con tarjeta ya se había cargado, el reembolso lo tramita Amazon automáticamente y suele verse en la cuenta en 3-5 días hábiles. Si pasado ese plazo no lo ve, contacte con el servicio de atención al cliente de Amazon desde "Mis pedidos", que es quien gestiona los pagos.

Siento que el objetivo no fuera compatible con su cámara. La versión para montura Sony E es un anuncio distinto.""",
 "sig": """Un saludo,
Lucía
Soporte Fotolab Ibérica""",
 "quoted": """Hola, me he equivocado y el objetivo es para Canon, yo tengo Sony. ¿Cómo lo anulo? No encuentro el botón.
Álvaro""",
},
{
 "id": "w8-0049", "lang": "es", "client": "gorgias", "kind": "proactive", "expect": "violation",
 "rules": ["purpose.shipping_confirmation"],
 "classes": ["shipping-only", "carrier-link", "order-id"],
 "note": "Proactive message that only says the order has shipped, with the tracking number.",
 "from_name": "Café Montaña Alta", "from_addr": "envios@cafemontanaalta.es",
 "subject": "Pedido 404-3371820-5562209 enviado",
 "body": """Hola:

Le confirmamos que su pedido 404-3371820-5562209 (café de especialidad en grano, 2 x 500 g) ha salido hoy de nuestro tostadero y ya está en manos de SEUR.

Número de seguimiento: 2806 1144 7730 91. Puede seguirlo en la [página de seguimiento de SEUR](https://www.seur.com/livetracking/?segOnlineIdentificador=28061144773091).

Gracias por su compra.""",
 "sig": """Un saludo,
Café Montaña Alta""",
},
{
 "id": "w8-0050", "lang": "es", "client": "helpscout", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["gift-order", "look-alike", "quoted-history"],
 "note": "The buyer received a gift and asks how to exchange it; the seller explains Amazon's gift return.",
 "from_name": "Elena de Juguetes Ría", "from_addr": "elena@juguetesria.es",
 "subject": "Re: Me lo han regalado y ya lo tengo",
 "buyer": "Marina",
 "body": """Hola, Marina:

¡Qué mala suerte que el puzle de 1000 piezas "Faros de Galicia" le haya llegado repetido!

Como se trata de un regalo, puede devolverlo sin que la persona que se lo regaló se entere: en Amazon, vaya a "Devolver un regalo", introduzca el número de pedido que aparece en el albarán de regalo (405-7742015-3301689) y siga los pasos. El importe se le abonará a usted como saldo de cheque regalo de Amazon, que podrá usar para elegir otro puzle.

El paquete debe ir sin usar y, a ser posible, con el precinto original.""",
 "sig": """Un saludo,
Elena
Juguetes Ría""",
 "quoted": """Hola, me han regalado este puzle pero ya lo tengo. ¿Puedo cambiarlo por otro sin que se entere quien me lo regaló?
Marina""",
},
]
