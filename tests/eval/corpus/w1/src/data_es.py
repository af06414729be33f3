LOGO = lambda href, src, alt: f'<p><a href="{href}"><img src="{src}" alt="{alt}" width="150" height="50"></a></p>'
MSGS = [
dict(c="zd", k="r", r=[], cl=["quoted-history", "sizing", "kids"], n="Aconseja la talla de unas zapatillas infantiles a partir de la medida del pie.",
 f="Lucía Navarro <lucia@pasitos-calzado.es>", s="Re: ¿Qué talla de zapatillas para mi hija?", qn="Raquel",
 q="""Hola, el pie de mi hija mide 16,8 cm. ¿Le pido la 27 o la 28? Es para el cole.""",
 b="""Hola, Raquel:

Gracias por medir el pie, así es mucho más fácil acertar.

Nuestra talla 27 tiene una plantilla interior de 17,3 cm y la 28 de 17,9 cm. Para el cole recomendamos dejar entre 0,5 y 1 cm de margen, así que con 16,8 cm la 28 es la mejor opción: le quedará cómoda y le durará el curso.

Si al probarla le bailara el talón, el cambio de talla es gratuito desde «Mis pedidos».

Un saludo,
Lucía
Atención al cliente de Pasitos"""),

dict(c="fd", k="r", r=["contact.phone_number", "links.external"], cl=["signature", "delivery", "quoted-history"], n="Explica un retraso de SEUR, con firma que incluye teléfono y web de la tienda.",
 f="Atención al cliente Hogar Mediterráneo <clientes@hogarmediterraneo.es>", s="Re: Pedido 403-1187390-5528814 sin llegar", qn="Jorge",
 q="""Buenas, el juego de sartenes tenía que llegar el martes y no sé nada. Pedido 403-1187390-5528814.""",
 b="""Hola, Jorge:

Disculpa el retraso. El paquete salió de nuestro almacén el lunes, pero se quedó retenido en la delegación de SEUR en Getafe por exceso de volumen tras el puente. Hoy ya figura «en reparto», así que debería llegarte a lo largo del día.

Si mañana aún no lo tienes, respóndenos aquí y te enviamos otro juego sin coste.

Un saludo,
Álvaro Ruiz
Hogar Mediterráneo
Tel. 963 558 204
www.hogarmediterraneo.es"""),

dict(c="gg", k="p", r=[], cl=["order-problem", "customs", "canary-islands"], n="Pide el DNI/NIE necesario para el despacho de aduanas de un envío a Canarias.",
 f="Marina de Textil Alba <marina@textilalba.es>", s="Su pedido 405-2209183-7730461 a Canarias: documento para la aduana",
 b="""Hola:

Le escribimos por su pedido 405-2209183-7730461 (juego de sábanas de percal, 150 cm), con entrega en Las Palmas de Gran Canaria.

Los envíos a Canarias pasan por el despacho aduanero (DUA), y el transportista necesita el DNI o NIE del destinatario para tramitarlo. Sin ese dato el paquete se queda retenido en la aduana.

¿Podría respondernos con el número de su DNI o NIE? Solo lo usaremos para este trámite. No tendrá que pagar nada más: los impuestos de importación (IGIC) ya están incluidos en el precio.

Gracias y un saludo,
Marina
Textil Alba"""),

dict(c="hs", k="p", r=[], cl=["review-request", "neutral"], n="Una única solicitud de reseña, neutra, tras la entrega de una olla exprés.",
 f="Iñaki Etxeberria <inaki@sukalde-menaje.es>", s="Su olla exprés – pedido 402-5531908-2264179",
 b="""Hola:

Su olla exprés de 6 litros (pedido 402-5531908-2264179) se entregó hace una semana.

Si tiene un momento, le agradeceríamos que dejara una reseña en Amazon contando su experiencia. Las opiniones sinceras ayudan mucho a otros compradores.

Y si tiene cualquier duda con la válvula o los tiempos de cocción, puede respondernos aquí.

Un saludo,
Iñaki Etxeberria
Sukalde Menaje"""),

dict(c="ed", k="p", r=["review.biased_positive"], cl=["review-request", "conditional"], n="Pide cinco estrellas solo si el cliente está contento.",
 f="Sukalde Menaje <pedidos@sukalde-menaje.es>", s="¿Qué tal su cuchillo de chef? Pedido 406-1179320-5589012",
 b="""Hola:

Esperamos que esté disfrutando de su cuchillo de chef de 20 cm (pedido 406-1179320-5589012).

Si está contento con él, ¡nos encantaría que nos dejara 5 estrellas en Amazon! Para una empresa familiar como la nuestra es muy importante.

Muchas gracias,
El equipo de Sukalde Menaje"""),

dict(c="ol", k="r", r=[], cl=["invoice", "quoted-history"], n="Envía en PDF la factura completa con NIF que pidió una empresa.",
 f="Elena Sanz <e.sanz@oficinaexpress.es>", s="RE: Factura con NIF pedido 404-3320817-6641925", qn="Asesoría Gómez",
 q="""Buenos días,
Necesitamos factura completa del pedido 404-3320817-6641925 (destructora de papel) a nombre de Asesoría Gómez S.L., NIF B47118832, C/ Mayor 14, 47001 Valladolid.
Gracias.""",
 b="""Buenos días:

Adjuntamos la factura completa del pedido 404-3320817-6641925 a nombre de Asesoría Gómez S.L., con NIF B47118832 y la dirección indicada.

El importe total es de 129,00 €, de los cuales 22,39 € corresponden al IVA del 21 %.

Quedamos a su disposición para cualquier otra cosa.

Un cordial saludo,

Elena Sanz
Administración
Oficina Express S.L.""",
 a=("pdf", "Factura_F-2026-2291.pdf", "FACTURA F-2026-2291", [
 "Oficina Express S.L. - Polígono Industrial El Pla, Nave 7, 46980 Paterna (Valencia)",
 "NIF B98441027", "",
 "Cliente: Asesoría Gómez S.L. - NIF B47118832 - C/ Mayor 14, 47001 Valladolid",
 "Pedido Amazon: 404-3320817-6641925", "",
 "1 x Destructora de papel corte en partículas DS-18     base 106,61 EUR",
 "IVA 21 %                                                   22,39 EUR",
 "Total                                                     129,00 EUR", "",
 "Forma de pago: Amazon.es (pagado)."])),

dict(c="gm", k="r", r=["purpose.marketing"], cl=["coupon", "quoted-history"], n="Resuelve una duda de uso y añade un cupón de descuento para la próxima compra.",
 f="Paula Ortega <paula@verdeviva-plantas.es>", s="Re: Las hojas de la calathea se enrollan", qn="Carmen",
 q="""Hola, la calathea que me llegó hace dos semanas tiene las hojas enrolladas y algunas puntas secas. ¿Qué hago?""",
 b="""Hola, Carmen:

Las calatheas enrollan las hojas cuando el ambiente está seco o les falta agua. Te recomiendo:
- regarla cuando los 2 cm de arriba del sustrato estén secos, con agua sin cal si puedes;
- ponerla sobre un plato con piedras y agua para subir la humedad;
- alejarla de radiadores y de la luz directa.

Las puntas secas no se recuperan, pero puedes cortarlas con unas tijeras limpias.

Y para tu próximo pedido, aquí tienes un 15 % de descuento con el código VERDE15.

Un abrazo verde,
Paula
Verde Viva Plantas"""),

dict(c="zd", k="r", r=[], cl=["carrier-link", "delivery", "quoted-history"], n="Da el enlace de seguimiento de Correos y explica que el paquete está en la oficina.",
 f="Sergio Molina <sergio@papeleria-molina.es>", s="Re: No me ha llegado el pedido", qn="Beatriz",
 q="""Según Amazon está entregado pero yo no tengo nada. Pedido 407-6618203-1173390.""",
 b="""Hola, Beatriz:

Sentimos el susto. Su pedido se envió por Correos con el número PQ4B7A0712839460128001W y puede consultarlo aquí:
https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PQ4B7A0712839460128001W

Correos lo marca como «entregado en oficina»: al no haber nadie en casa, lo dejaron en la oficina de su barrio y debería tener un aviso en el buzón. Puede recogerlo durante 15 días con su DNI.

Si no encuentra el aviso o en la oficina no lo tienen, díganoslo aquí y abrimos una reclamación y le enviamos el pedido de nuevo.

Un saludo,
Sergio
Papelería Molina"""),

dict(c="fd", k="p", r=["purpose.thank_you_only"], cl=["thank-you"], n="Mensaje proactivo que solo da las gracias por la compra.",
 f="Aceites del Sur <pedidos@aceitesdelsur.es>", s="Gracias por su pedido 408-2290174-6653381",
 b="""Estimado cliente:

Muchas gracias por confiar en nuestro aceite de oliva virgen extra (pedido 408-2290174-6653381).

Somos una cooperativa de olivareros de Jaén y cada botella lleva el trabajo de toda una campaña. Esperamos que lo disfrute.

Estamos a su disposición para lo que necesite.

Un cordial saludo,
Aceites del Sur"""),

dict(c="gg", k="r", r=["style.emoji"], cl=["emoji", "toys"], n="Responde sobre un juego de mesa infantil con emojis.",
 f="Nerea de Jugamos <nerea@jugamos-juguetes.es>", s="Re: ¿Cuántos jugadores?",
 b="""¡Hola, Daniel! 🎲

El juego «Monstruos en la cocina» es para 2 a 5 jugadores, a partir de 5 años, y cada partida dura unos 15 minutos ⏱️

No hace falta saber leer, porque todas las cartas son de dibujos 👾

¡A disfrutar en familia! 🙌
Nerea
Jugamos"""),

dict(c="hs", k="r", r=["links.external"], cl=["manual-link", "quoted-history", "electronics"], n="Ayuda con un termostato wifi y remite al manual alojado en la web del vendedor.",
 f="Carlos Vidal <carlos@domoticaplus.es>", s="Re: El termostato no se conecta a la caldera", qn="Antonio",
 q="""He instalado el termostato pero la caldera no arranca. Mi caldera es una Junkers de hace 10 años.""",
 b="""Hola, Antonio:

En las calderas Junkers de esa época el termostato se conecta a los bornes marcados como «TA» en la regleta, y hay que quitar el puente metálico que viene de fábrica entre ellos. Si el puente sigue puesto, la caldera no hace caso al termostato.

Revise también que en la app el modo esté en «Calefacción» y no en «Apagado».

Tiene el esquema de conexión para cada marca de caldera en el manual, que puede descargar desde nuestra web: https://www.domoticaplus.es/descargas/manual-termostato-tw3.pdf

Un saludo,
Carlos
Soporte Domótica Plus"""),

dict(c="ed", k="p", r=["review.repeat_request"], cl=["review-request", "reminder"], n="Segundo recordatorio de reseña para el mismo pedido.",
 f="Domótica Plus <pedidos@domoticaplus.es>", s="Recordatorio: ¿nos cuenta qué tal su pedido 402-7719283-4405126?",
 b="""Hola:

Hace unos días le pedimos su opinión sobre el termostato TW3 (pedido 402-7719283-4405126).

Como todavía no hemos visto su reseña, le enviamos este pequeño recordatorio: solo le llevará un minuto en Amazon.

Gracias de antemano,
Equipo Domótica Plus"""),

dict(c="ol", k="r", r=[], cl=["refusal", "free-sample-refused", "quoted-history"], n="Rechaza con amabilidad enviar muestras gratis y responde a la duda del tono.",
 f="Marta Gil <m.gil@cosmeticanatura.es>", s="RE: ¿Me mandáis muestras?", qn="Noelia",
 q="""Hola, antes de comprar la base de maquillaje, ¿me podríais mandar muestras de los tonos 02 y 03? No sé cuál me va.""",
 b="""Hola, Noelia:

Lo siento, pero no podemos enviar muestras fuera de los pedidos. Lo que sí puedo hacer es ayudarte a elegir:

- El tono 02 «Arena» es claro con subtono neutro, para pieles que se broncean poco a poco.
- El tono 03 «Miel» es medio con subtono cálido, dorado.

Si sueles usar el 02 o el 03 en otras marcas de farmacia, el equivalente es el mismo número. Y si el tono no te va, puedes devolverlo sin abrir en 30 días.

Un saludo,
Marta Gil
Cosmética Natura"""),

dict(c="gm", k="r", r=[], cl=["quoted-history", "buyer-social", "look-alike"], n="El comprador cita su cuenta de Instagram; la respuesta del vendedor no la usa y resuelve aquí.",
 f="Rocío Delgado <rocio@ceramica-trianera.es>", s="Re: Taza con un pequeño defecto", qn="Alberto",
 q="""La taza tiene un puntito sin esmaltar en el asa. Os mando fotos por Instagram, soy @alberto.cocina, o mira mi historia de ayer: https://www.instagram.com/alberto.cocina""",
 b="""Hola, Alberto:

Gracias por avisarnos. Preferimos gestionarlo por la mensajería de Amazon: si puedes, adjunta aquí la foto del punto sin esmaltar.

Nuestras tazas se esmaltan a mano y a veces queda algún punto mínimo en la zona donde se apoya la pieza en el horno. Si es del tamaño de una cabeza de alfiler no afecta al uso ni al lavavajillas; si es mayor o notas rugosidad al beber, te enviamos otra sin problema.

Un saludo,
Rocío
Cerámica Trianera"""),

dict(c="zd", k="p", r=["image.logo_link", "links.external", "links.opt_out"], cl=["customisation", "newsletter-template", "unsubscribe-footer"], n="Pregunta legítima sobre el texto de una camiseta, enviada con plantilla de newsletter: logo enlazado y enlace de baja.",
 f="Estampa Tu Camiseta <pedidos@estampatucamiseta.es>", s="Texto para su camiseta – pedido 403-8841920-2207716",
 h=dict(top=LOGO("https://www.estampatucamiseta.es", "https://www.estampatucamiseta.es/mail/logo.png", "Estampa Tu Camiseta"),
        bottom='<p>¿No quiere recibir más correos? <a href="https://www.estampatucamiseta.es/baja?id=55190">Darse de baja</a></p>'),
 ptail="¿No quiere recibir más correos? Darse de baja: https://www.estampatucamiseta.es/baja?id=55190",
 b="""Hola:

Gracias por su pedido 403-8841920-2207716 de 12 camisetas personalizadas para despedida de soltera.

En el campo de personalización aparece «Equipo novia» pero no indica qué va en la espalda. ¿Quiere el nombre de cada persona en la espalda? En ese caso, envíenos la lista de nombres con la talla de cada una.

En cuanto tengamos los datos, el estampado tarda 2 días laborables.

Un saludo,
Estampa Tu Camiseta"""),

dict(c="fd", k="r", r=["purpose.marketing", "contact.off_platform"], cl=["social-footer", "damaged"], n="Gestiona un reenvío y termina invitando a seguir la tienda en Instagram y TikTok.",
 f="Cerámica Trianera <tienda@ceramica-trianera.es>", s="Re: Plato roto",
 b="""Hola, Inmaculada:

Lamentamos mucho que el plato llegara roto. Ya te hemos enviado otro, esta vez con doble caja, y no hace falta que devuelvas el roto.

Un saludo,
Rocío
Cerámica Trianera

¡Síguenos en Instagram y TikTok como @ceramicatrianera y descubre cómo pintamos cada pieza!"""),

dict(c="gg", k="p", r=[], cl=["customisation"], n="Pide confirmar el nombre y la tipografía de una taza personalizada.",
 f="Hugo de Tazas con Nombre <hugo@tazasconnombre.es>", s="Su taza personalizada – pedido 406-3309182-7741056",
 b="""Hola:

Gracias por su pedido 406-3309182-7741056 de una taza personalizada.

En la personalización ha escrito «Abuela Pili, la mejor del mundo». Antes de imprimir queremos confirmar dos cosas:
- ¿Prefiere el texto en una sola línea alrededor de la taza o en dos líneas en la parte frontal?
- ¿Tipografía redonda (infantil) o manuscrita?

Si no tenemos respuesta en 48 horas, la imprimiremos en dos líneas con letra manuscrita, que es la opción que más se pide.

Un saludo,
Hugo
Tazas con Nombre"""),

dict(c="hs", k="r", r=[], cl=["warranty", "quoted-history", "electronics"], n="Tramita la garantía de unos auriculares que dejaron de cargar.",
 f="Laura Romero <laura@sonidolibre.es>", s="Re: Auricular derecho no carga", qn="Miguel",
 q="""El auricular derecho ha dejado de cargar, los compré hace 7 meses. Pedido 405-6628391-0017743.""",
 b="""Hola, Miguel:

Sentimos la avería. Antes de nada, prueba a limpiar los contactos dorados del auricular y del interior del estuche con un bastoncillo seco: a veces la suciedad impide que cargue.

Si sigue igual, está cubierto por la garantía de 3 años. Respóndenos aquí indicando si el estuche muestra luz al meter el auricular derecho, y te enviaremos una etiqueta de devolución prepagada a través de esta conversación. El juego nuevo sale el mismo día que recibamos el tuyo.

Un saludo,
Laura
Sonido Libre"""),

dict(c="ed", k="r", r=["review.divert_negative"], cl=["damaged", "review-divert"], n="Reembolsa una lámpara defectuosa pero pide que no deje valoración negativa sin hablar antes con la tienda.",
 f="Luz y Diseño <soporte@luzydiseno.es>", s="Re: Lámpara que parpadea",
 b="""Estimada Sra. Prieto:

Le hemos devuelto el importe completo de la lámpara (54,90 €). No hace falta que la devuelva.

Le pedimos por favor que, si tiene cualquier problema en el futuro, nos escriba antes de dejar una valoración negativa; siempre lo solucionamos.

Atentamente,
Luz y Diseño"""),

dict(c="ol", k="p", r=["order.id_missing"], cl=["delivery-scheduling", "no-order-id"], n="Concierta la entrega de un armario sin indicar el número de pedido de Amazon.",
 f="Muebles Sol - Entregas <entregas@mueblessol.es>", s="Entrega de su armario",
 b="""Buenos días:

Su armario de tres puertas en color roble ya está en nuestro almacén de reparto. La entrega incluye el montaje, por lo que necesitamos acordar un día con usted.

Disponibilidad en su zona:
- lunes 8, de 9:00 a 14:00
- miércoles 10, de 15:00 a 20:00
- viernes 12, de 9:00 a 14:00

Indíquenos qué día le viene mejor y si el piso tiene ascensor.

Un saludo,
Departamento de entregas
Muebles Sol"""),

dict(c="gm", k="r", r=[], cl=["returns", "fashion"], n="Explica la devolución de un abrigo y el plazo ampliado de Navidad.",
 f="Ana Serrano <ana@modaserrano.es>", s="Re: Devolver abrigo regalado",
 b="""Hola, Pilar:

Claro que puede devolverlo. Como el abrigo se compró en diciembre, se aplica el plazo ampliado de Navidad y tiene hasta el 31 de enero.

Si lo compró usted, hágalo desde «Mis pedidos» > «Devolver o reemplazar productos». Si se lo regalaron, la persona que lo recibió puede usar la opción «Devolver un regalo» en Amazon con el número de pedido que aparece en el albarán; el reembolso se hará como saldo de cheque regalo.

Le pedimos que lo envíe con la etiqueta puesta y dentro de su bolsa.

Un saludo,
Ana
Moda Serrano"""),

dict(c="zd", k="r", r=["review.biased_positive"], cl=["review-request", "paraphrase"], n="Tras resolver una duda, pide una valoración positiva si el producto le ha gustado.",
 f="Diego Herrera <diego@bicisherrera.es>", s="Re: Presión de las ruedas",
 b="""Hola, Rubén:

Para las ruedas de 29 x 2,2 que lleva tu bici, con tu peso te recomendamos unos 28 PSI delante y 30 PSI detrás para montaña, y hasta 40 PSI si vas a ir sobre todo por asfalto. La presión máxima va marcada en el lateral del neumático.

Y si la bici te está gustando, te agradeceríamos muchísimo una valoración positiva en Amazon.

¡A rodar!
Diego
Bicis Herrera"""),

dict(c="fd", k="r", r=[], cl=["damaged", "refund", "quoted-history"], n="Reembolsa un set de vasos que llegó con dos rotos sin pedir la devolución.",
 f="Hogar Mediterráneo <clientes@hogarmediterraneo.es>", s="Re: Vasos rotos", qn="Silvia",
 q="""Han llegado 2 vasos de 6 rotos. Adjunto foto. Pedido 404-9912037-5538102.""",
 b="""Hola, Silvia:

Gracias por la foto y perdona las molestias. Hemos hecho un reembolso parcial de 9,30 €, lo que corresponde a los dos vasos, en el pedido 404-9912037-5538102. Lo verás en tu cuenta en 3-5 días.

Si prefieres que te enviemos el juego completo otra vez en lugar del reembolso, dínoslo y lo cambiamos.

Por favor, tira los cristales con cuidado; no hace falta devolverlos.

Un saludo,
Álvaro
Hogar Mediterráneo"""),

dict(c="gg", k="p", r=["purpose.shipping_confirmation"], cl=["shipped-only", "tracking-number"], n="Mensaje proactivo que solo avisa del envío con número de seguimiento.",
 f="Jugamos <pedidos@jugamos-juguetes.es>", s="Tu pedido 407-1102938-5567124 ya está en camino",
 b="""¡Hola!

Tu pedido 407-1102938-5567124 ha salido hoy de nuestro almacén con GLS (número de envío 61427783019).

¡Gracias por comprar en Jugamos!

El equipo de Jugamos"""),

dict(c="hs", k="r", r=["contact.email_address"], cl=["email-in-body"], n="Pide enviar fotos de una avería a un correo propio.",
 f="Javier Castro <javier@electrocastro.es>", s="Re: La batidora hace ruido",
 b="""Hola, Lourdes:

Un ruido metálico en la batidora suele indicar que la cuchilla está descentrada. Para confirmarlo, envíanos un vídeo corto del ruido a sat@electrocastro.es indicando tu número de pedido, y te diremos si cambiamos la pieza o el aparato entero.

Un saludo,
Javier
Electro Castro SAT"""),

dict(c="ed", k="r", r=[], cl=["cosmetics", "expiry"], n="Explica la caducidad y el periodo tras la apertura (PAO) de un sérum.",
 f="Cosmética Natura <atencion@cosmeticanatura.es>", s="Re: ¿Cuándo caduca el sérum?",
 b="""Hola, Cristina:

La fecha que ves en la base del frasco (lote 24K11, 11/2027) es la de caducidad con el envase cerrado.

Una vez abierto, fíjate en el símbolo del tarrito abierto con «6M»: significa que debes usarlo en los 6 meses siguientes. El sérum lleva vitamina C y se oxida con el aire; si cambia de color a naranja oscuro, ha perdido eficacia aunque esté dentro de plazo.

Guárdalo bien cerrado y lejos de la luz, mejor fuera del baño.

Un saludo,
Marta Gil
Cosmética Natura"""),

dict(c="ol", k="r", r=["contact.phone_number", "contact.email_address", "links.external"], cl=["signature", "quoted-history", "outlook-signature"], n="Respuesta técnica correcta con firma de Outlook que incluye teléfonos, correo y web.",
 f="Ramón Iglesias <r.iglesias@climafrio-tienda.es>", s="RE: Ruido del aire acondicionado portátil", qn="Francisco",
 q="""El aire portátil hace un ruido como de agua cuando lleva un rato encendido. ¿Es normal?""",
 b="""Buenos días, Francisco:

Sí, es normal. Es el condensado que el equipo recoge y vuelve a pulverizar sobre el condensador para mejorar el rendimiento. Si el ruido se convierte en golpeteo o el equipo se para con el aviso «FL», entonces el depósito está lleno y hay que vaciarlo por el tapón inferior.

Atentamente,

Ramón Iglesias
Servicio técnico
Climafrío Tienda S.L.
Tel.: 976 40 18 22 | Móvil: 644 30 71 98
r.iglesias@climafrio-tienda.es | www.climafrio-tienda.es"""),

dict(c="gm", k="p", r=[], cl=["order-problem", "strike", "delay"], n="Avisa de un retraso por huelga de transporte y ofrece la cancelación por parte del vendedor.",
 f="Tomás Vega <tomas@quesosvega.es>", s="Retraso en su pedido 405-7732018-9981204",
 b="""Hola:

Le escribimos por su pedido 405-7732018-9981204 (queso manchego curado, pieza de 3 kg).

Por la huelga de transporte refrigerado convocada para el jueves y el viernes, no podemos garantizar que la cadena de frío se mantenga, así que preferimos enviarlo el lunes en lugar de mañana. Llegaría el martes.

Si el retraso le causa algún problema, respóndanos y cancelamos el pedido nosotros con el reembolso completo.

Un saludo,
Tomás Vega
Quesos Vega"""),

dict(c="zd", k="r", r=["review.change_or_remove"], cl=["review-change", "after-resolution"], n="Tras reponer un producto, pide al cliente que cambie su valoración negativa.",
 f="Nuria Campos <nuria@mantasyco.es>", s="Re: Manta con un hilo suelto",
 b="""Hola, Esther:

Ya tienes en camino una manta nueva, que te llegará el jueves. Puedes quedarte la otra.

Ahora que está solucionado, ¿podrías cambiar tu valoración de 2 estrellas? Nos ayudaría mucho que reflejara cómo lo hemos resuelto.

Un abrazo,
Nuria
Mantas & Co"""),

dict(c="fd", k="r", r=[], cl=["negation", "review-mention", "quoted-history"], n="El cliente avisa de que ya dejó una mala valoración; el agente dice expresamente que no pide cambiarla y soluciona.",
 f="Mantas & Co <hola@mantasyco.es>", s="Re: Ya he puesto una reseña", qn="Fernando",
 q="""Os aviso de que ya he puesto una reseña de 1 estrella porque la manta suelta mucha pelusa. No pienso cambiarla.""",
 b="""Hola, Fernando:

Entendido, y no te vamos a pedir que la cambies: es tu opinión y tienes todo el derecho.

Sobre la pelusa: las mantas de borreguito sueltan fibra las primeras dos o tres lavadas. Lavarla sola a 30 °C, del revés y sin suavizante suele resolverlo. Si después de eso sigue soltando tanto, te devolvemos el importe completo; solo tienes que pedir la devolución en «Mis pedidos».

Un saludo,
Nuria
Mantas & Co"""),

dict(c="gg", k="p", r=["review.incentive"], cl=["review-request", "sweepstake"], n="Solicitud de reseña que ofrece participar en un sorteo a cambio.",
 f="Estela de Velas Aroma <estela@velasaroma.es>", s="Su opinión sobre el pedido 402-8819302-6615407",
 b="""Hola:

Esperamos que esté disfrutando de sus velas de soja (pedido 402-8819302-6615407).

Nos encantaría conocer su opinión en Amazon. Además, todas las personas que dejen su reseña este mes entran en el sorteo de una tarjeta regalo de 50 €: solo tiene que respondernos con su nombre de reseñador.

Gracias,
Estela
Velas Aroma"""),

dict(c="hs", k="p", r=[], cl=["customisation", "made-to-measure"], n="Pide confirmar una medida poco habitual en unas cortinas a medida antes de cortarlas.",
 f="Alicia Pardo <alicia@cortinasamedida.es>", s="Confirmación de medidas – pedido 403-5520719-8830216",
 b="""Hola:

Gracias por su pedido 403-5520719-8830216 de dos cortinas de lino a medida.

En las medidas nos ha indicado 140 cm de ancho y 26 cm de alto. La altura nos parece muy baja para una cortina y sospechamos que puede ser un error (¿quizá 260 cm?). Como las cortinas a medida no admiten devolución, preferimos confirmarlo antes de cortar la tela.

Por favor, respóndanos con la altura correcta. En cuanto la tengamos, la confección tarda 5 días laborables.

Un saludo,
Alicia Pardo
Cortinas a Medida"""),

dict(c="ed", k="p", r=["contact.off_platform"], cl=["whatsapp", "delivery-scheduling"], n="Aviso de entrega que pide coordinar la cita por WhatsApp.",
 f="Muebles Sol <pedidos@mueblessol.es>", s="Entrega de su pedido 406-2218093-4472519",
 b="""Buenos días:

Su sofá cama del pedido 406-2218093-4472519 saldrá hacia su provincia la semana que viene.

Para coordinar el día y la hora de la entrega, escríbanos por WhatsApp buscándonos como «Muebles Sol Entregas»; así el repartidor puede avisarle directamente cuando esté cerca.

Un saludo,
Muebles Sol"""),

dict(c="ol", k="r", r=[], cl=["stock", "quoted-history"], n="Informa de la fecha de reposición de un color agotado.",
 f="Elena Sanz <e.sanz@oficinaexpress.es>", s="RE: ¿Cuándo tendréis la silla en verde?", qn="Pablo",
 q="""¿Sabéis cuándo volverá a estar disponible la silla de oficina en verde?""",
 b="""Hola, Pablo:

Esperamos recibir la silla en verde salvia la semana del 20; normalmente aparece disponible en Amazon uno o dos días después de que la recibimos en el almacén.

Si la necesitas antes, el modelo en gris claro tiene exactamente las mismas características y está disponible ahora.

Un saludo,
Elena Sanz
Oficina Express"""),
]
