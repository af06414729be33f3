MSGS = [
dict(n=31, lang="es", client="zendesk", kind="reply", domain="olivardehuerta.es", agent="Lucía de Olivar de Huerta",
 subject="Re: ¿Tenéis algún cupón de descuento?",
 body="""Hola, Carmen:

Muchas gracias por tu mensaje y nos alegra que te haya gustado el aceite de la cosecha temprana.

Sobre el cupón: lo sentimos, pero a través de los mensajes de Amazon los vendedores no podemos enviar códigos de descuento ni vales. Si en algún momento hay una promoción, aparecerá directamente en la página del producto en Amazon.

Respecto a tu otra pregunta, la lata de 3 litros aguanta perfectamente un año cerrada; una vez abierta, lo ideal es guardarla lejos de la luz y de la cocina y consumirla en unos tres meses.

Un saludo cordial,""",
 sig="Lucía Marín\nAtención al cliente · Olivar de Huerta\nTicket n.º 20517",
 quote="""¡Hola! El aceite está buenísimo. ¿Tenéis algún cupón para clientes que repiten? ¿Y cuánto dura la lata una vez abierta?""",
 expect="legit", classes=["refusal", "negation", "quoted-history"],
 note="Rechaza enviar un cupón por mensajería de Amazon y responde sobre la conservación del aceite."),

dict(n=32, lang="es", client="gmail", kind="reply", domain="cocinaplus-electro.es", agent="Javier Ortega",
 subject="Re: La freidora marca E4",
 body="""Hola, Andrés:

Entiendo que sería más cómodo hablarlo por teléfono, pero con los pedidos de Amazon no podemos hacer llamadas: toda la comunicación tiene que ir por este sistema de mensajes, así queda registro para los dos. Te lo explico aquí paso a paso.

El código de error E4 en la AF-55 indica que el sensor de temperatura no detecta bien la cesta. Casi siempre se soluciona así:

- Desenchufa la freidora y deja que se enfríe.
- Saca la cesta y comprueba que no haya restos de comida en la guía del fondo.
- Vuelve a meterla empujando hasta oír el clic.
- Enchufa y prueba 5 minutos a 180 °C sin alimentos.

Si vuelve a aparecer E4 con la cesta bien encajada, contéstame por aquí y tramitamos la sustitución por garantía.

Un saludo,""",
 sig="Javier Ortega\nServicio posventa CocinaPlus",
 quote="""La freidora se para a los dos minutos y sale E4 en la pantalla. ¿Me podéis llamar al 612 345 678 y lo vemos?""",
 expect="legit", classes=["refusal", "code-word", "quoted-history", "buyer-phone-quoted"],
 note="Rechaza una llamada y explica el código de error E4; el único teléfono es el del comprador, citado."),

dict(n=33, lang="es", client="freshdesk", kind="proactive", domain="ruedalibre-ebikes.es", agent="Equipo de seguridad Rueda Libre", local="atencion",
 subject="Aviso de seguridad sobre su pedido 404-7713820-2259016: batería RL-36",
 body="""Estimado/a cliente:

Con el pedido 404-7713820-2259016 adquirió una batería de repuesto RL-36 para bicicleta eléctrica. El fabricante ha detectado que algunas unidades del lote 26-B pueden presentar un fallo en el conector de carga que provoca un calentamiento excesivo.

Le rogamos que compruebe la etiqueta en la parte inferior de la batería:

- Si indica «LOTE 26-B», deje de cargarla y guárdela en un lugar fresco, lejos de materiales inflamables.
- Si indica cualquier otro lote, su batería no está afectada y no tiene que hacer nada.

Para las baterías afectadas, puede solicitar el reembolso de este pedido desde Mis pedidos y lo aprobaremos sin necesidad de devolución, o bien pedir una batería nueva sin coste llamando al servicio de retirada del fabricante (Voltra Energía, 900 555 214, de lunes a viernes de 9 a 18 h).

Disculpe las molestias y gracias por su colaboración.""",
 sig="Equipo de seguridad Rueda Libre",
 expect="legit", classes=["recall", "manufacturer-number", "proactive-needed"],
 note="Aviso proactivo de retirada con número de pedido; el teléfono es el del fabricante, identificado como tal."),

dict(n=34, lang="es", client="outlook", kind="reply", domain="textilesmarisol.es", agent="Marisol Vega",
 subject="RE: ¿Tengo que cambiar mi opinión?",
 body="""Hola, Teresa:

Nos alegra mucho que el nuevo juego de sábanas haya llegado con la talla correcta.

Sobre tu opinión: eso lo decides tú y no te vamos a pedir que la cambies. Solo como información, ya que lo preguntas: Amazon permite a cualquier cliente editar o eliminar sus propias opiniones cuando quiera, desde Mis pedidos o en Mi cuenta > Tus opiniones.

Cualquier otra cosa que necesites, escríbenos por aquí.

Un abrazo,

Marisol Vega
Textiles Marisol""",
 quote="""Ya me llegaron las sábanas de 150, perfectas. Os puse una estrella por el error de talla, ¿queréis que lo cambie?""",
 expect="legit", classes=["review-process", "negation", "quoted-history", "look-alike", "signature"],
 note="Explica que la compradora puede editar su opinión en Amazon, sin pedirle que lo haga."),

dict(n=35, lang="es", client="helpscout", kind="reply", domain="montanaviva.es", agent="Sergio Ruiz",
 subject="Re: ¿Me igualáis el precio?",
 body="""Hola, Pablo:

Gracias por preguntar antes de hacer el pedido.

No podemos igualar el precio que has visto en la otra tienda. El precio que tenemos en Amazon es el que aplicamos en Amazon y no podemos modificarlo ni devolver la diferencia por ofertas de otros comercios.

En cuanto a tu duda técnica: las botas Cumbre GTX que vendemos son el modelo 2026, con membrana impermeable y suela Vibram; el modelo anterior no llevaba la puntera reforzada, quizá por eso la diferencia de precio.

Un saludo,""",
 sig="Sergio Ruiz\nMontaña Viva · Atención al cliente",
 quote="""He visto las mismas botas 25 € más baratas en otra web. ¿Me hacéis el mismo precio?""",
 expect="legit", classes=["refusal", "price-match", "quoted-history"],
 note="Rechaza igualar un precio de otra tienda y responde la duda del producto."),

dict(n=36, lang="es", client="edesk", kind="reply", domain="cafetostadosur.es", agent="Irene", local="pedidos",
 subject="Re: Envío automático cada mes",
 body="""Hola, Raúl:

Lo que buscas es «Suscríbete y ahorra», que es un servicio de Amazon, no nuestro. Funciona así:

- En la página del café en grano Tostado Sur 1 kg, elige «Suscríbete y ahorra» en lugar de «Compra única».
- Selecciona la frecuencia de entrega (de cada 2 semanas a cada 6 meses).
- El precio de la suscripción y el posible ahorro los muestra Amazon al finalizar el pedido, y puedes saltar, cambiar o cancelar entregas cuando quieras desde tu cuenta.

El porcentaje de ahorro no lo fijamos nosotros ni podemos añadir nada por nuestra parte. En cualquier caso, tostamos cada semana y la fecha de tueste va impresa en la bolsa.

Saludos,""",
 sig="Irene\nTostado Sur",
 quote="""¿Puedo recibir el café cada mes sin tener que volver a pedirlo? ¿Sale más barato?""",
 expect="legit", classes=["amazon-feature", "look-alike", "quoted-history"],
 note="Explica «Suscríbete y ahorra» como servicio de Amazon en respuesta a una pregunta."),

dict(n=37, lang="es", client="gorgias", kind="reply", domain="hogarluz-iluminacion.es", agent="Nerea Campos",
 subject="Re: Se me pasó la oferta",
 body="""Hola, Esther:

Lo que viste el martes era una Oferta flash de Amazon. Duran unas horas o hasta que se agotan las unidades, y después el precio vuelve al habitual automáticamente; las fechas las decide Amazon.

Por aquí no podemos aplicarte el precio de la oferta, pero si nos escribes por WhatsApp te guardamos ese precio para un pedido directo con nosotros.

Sobre la lámpara: admite bombillas E27 de hasta 60 W y el cable mide 1,8 m.

Un saludo,""",
 sig="Nerea Campos\nHogarLuz Iluminación",
 quote="""El martes la lámpara costaba 34 € y hoy 52 €. ¿Me podéis dejar el precio de antes?""",
 expect="violation", rules=["contact.off_platform"], classes=["near-twin", "amazon-feature", "messenger", "quoted-history"],
 note="Explica bien la Oferta flash, pero invita a escribir por WhatsApp para comprar fuera de Amazon."),

dict(n=38, lang="es", client="zendesk", kind="proactive", domain="detallesconalma.es", agent="Rocío de Detalles con Alma",
 subject="Pedido 171-4408923-6612045: falta el código postal de la caja regalo",
 body="""Hola:

Gracias por tu pedido de la caja regalo personalizada «Desayuno con Alma» (pedido 171-4408923-6612045).

Nos ha llegado la dirección de entrega que indicaste para el regalo, pero el código postal aparece incompleto («2800») y la empresa de mensajería no acepta el envío así. ¿Podrías confirmarnos el código postal completo de la calle Fuencarral? También necesitamos saber si la tarjeta debe decir «Para Lola, de parte de Miguel» tal como está o con otro texto.

En cuanto nos respondas, preparamos la caja y sale el mismo día. Como marcaste la opción de regalo, no incluiremos precios en el paquete.

Un saludo,""",
 sig="Rocío Fernández\nDetalles con Alma",
 expect="legit", classes=["customisation", "gift", "code-word", "proactive-needed"],
 note="Mensaje proactivo necesario para completar el pedido: código postal incompleto y texto de la tarjeta regalo."),

dict(n=39, lang="es", client="gmail", kind="proactive", domain="golfiberica.es", agent="Álvaro Soler",
 subject="Sus palos de golf – pedido 402-6627719-3384150",
 body="""Buenas tardes:

Hace un par de semanas recibió el juego de palos Ibérica Pro (pedido 402-6627719-3384150). Un consejo rápido: los grips de goma duran más si se limpian de vez en cuando con agua tibia y jabón neutro y se secan bien antes de guardar los palos en la bolsa.

Si tiene un momento, le agradeceríamos que compartiera su experiencia con una opinión en Amazon, sea cual sea. Las opiniones sinceras ayudan a otros golfistas a elegir.

Atentamente,""",
 sig="Álvaro Soler\nGolf Ibérica",
 expect="legit", classes=["neutral-review-request", "share", "club"],
 note="Una única solicitud neutral de opinión, con número de pedido y un consejo de mantenimiento."),

dict(n=40, lang="es", client="outlook", kind="proactive", domain="ferreteriaelyunque.es", agent="Ferretería El Yunque",
 subject="Su juego de destornilladores – pedido 407-2291846-7750321",
 body="""Buenos días:

Su juego de destornilladores de precisión (pedido 407-2291846-7750321) se entregó el lunes. Recuerde que las puntas de estrella PH00 a PH2 son las que usan la mayoría de aparatos electrónicos, y las Torx van en el estuche de la derecha.

Si está satisfecho con el juego, le pedimos que nos deje 5 estrellas en Amazon; si algo no le ha convencido, escríbanos antes a nosotros.

Un saludo cordial,

Ferretería El Yunque""",
 expect="violation", rules=["review.biased_positive", "review.divert_negative"], classes=["near-twin", "conditional", "stars"],
 note="Pide 5 estrellas solo a los satisfechos y desvía a los insatisfechos; las 'puntas de estrella' son el uso inocente."),

dict(n=41, lang="es", client="freshdesk", kind="reply", domain="pulsofit.es", agent="Carlos Medina",
 subject="Re: La pulsera no mide bien la frecuencia cardíaca",
 body="""Hola, Beatriz:

Las lecturas raras de frecuencia cardíaca suelen deberse a la colocación. Sigue estos pasos:

- Lleva la pulsera un dedo por encima del hueso de la muñeca, ajustada pero sin apretar.
- Limpia el sensor de la parte trasera con un paño seco.
- En la app, ve a Ajustes > Sensor y activa «Medición continua».

La correa es de silicona sin BPA, así que puedes lavarla con agua y jabón sin problema.

Y síguenos en Instagram, @pulsofit_oficial, donde publicamos rutinas de entrenamiento y las novedades de nuestra tienda.

Un saludo,""",
 sig="Carlos Medina\nSoporte PulsoFit",
 quote="""Cuando corro la pulsera me marca 190 pulsaciones y no puede ser. ¿Qué hago?""",
 expect="violation", rules=["contact.off_platform", "purpose.marketing"], classes=["near-twin", "follow", "rate-word", "free-word", "social-media", "quoted-history"],
 note="Soporte técnico correcto que acaba pidiendo seguir la cuenta de Instagram de la tienda."),

dict(n=42, lang="es", client="helpscout", kind="reply", domain="jardinesdelsur-riego.es", agent="Marta Gil",
 subject="Re: ¿Me mandáis el enlace al manual?",
 body="""Hola, Luis:

Por los mensajes de Amazon no podemos enviar enlaces, pero te adjunto en PDF la guía rápida del programador RS-4, y además en la propia página del producto en Amazon, en la sección «Documentos del producto», está el manual completo.

Lo que preguntabas del caudal: cada estación admite hasta 30 litros por minuto. Si tienes más goteros en una misma línea, divídelos en dos estaciones.

Para programar el riego por la mañana: pulsa PROG, elige la estación con las flechas, fija la hora de inicio y la duración, y confirma con OK.

Un saludo,""",
 sig="Marta Gil\nJardines del Sur · Soporte",
 quote="""Perdí el manual del programador de riego. ¿Me mandáis el enlace para descargarlo?""",
 expect="legit", classes=["refusal", "attachment", "rate-word", "quoted-history"],
 note="Explica que no puede enviar enlaces, adjunta la guía en PDF y remite a la sección de documentos del anuncio.",
 attach=("guia-rapida-RS-4.pdf", "Programador de riego RS-4 - Guia rapida", [
   "1. Pulse PROG para entrar en el modo de programacion.",
   "2. Elija la estacion (1 a 4) con las flechas.",
   "3. Fije la hora de inicio y la duracion en minutos.",
   "4. Confirme con OK. El simbolo de gota indica una estacion activa.",
   "Caudal maximo por estacion: 30 l/min. Presion de trabajo: 1 a 6 bar.",
   "Pilas: 2 x AA alcalinas. Cambie las pilas cada temporada."])),

dict(n=43, lang="es", client="zendesk", kind="reply", domain="bebeyhogar-tienda.es", agent="Paula de Bebé y Hogar",
 subject="Re: Ya llegó la trona nueva",
 body="""Hola, Silvia:

¡Qué bien que la nueva trona haya llegado perfecta! Sentimos mucho lo de la primera, con la bandeja rota.

Ahora que todo está resuelto, le agradeceríamos mucho que retirara la valoración de una estrella que nos dejó, ya que no refleja cómo hemos atendido el problema.

Un saludo,""",
 sig="Paula Navarro\nBebé y Hogar",
 quote="""Ya tengo la trona nueva, todo bien. Gracias por mandarla tan rápido.""",
 expect="violation", rules=["review.change_or_remove"], classes=["near-twin", "quoted-history"],
 note="Tras resolver el problema, pide retirar la valoración de una estrella."),

dict(n=44, lang="es", client="gmail", html=False, kind="reply", domain="banosycia.es", agent="Diego Prieto",
 subject="Re: Duda con el rociador de ducha",
 body="""Hola, Manuel:

Te respondo a las dos preguntas.

El rociador Lluvia 25 tiene un caudal de 9 litros por minuto a 3 bar; lleva un limitador que puedes quitar si en tu casa la presión es baja (está dentro de la rosca, se saca con unos alicates finos).

Para montar el brazo de pared solo necesitas un destornillador de estrella y la llave que viene en la caja. Pon cinta de teflón en la rosca, enrosca a mano y da un último cuarto de vuelta con la llave, sin forzar.

Como indica el anuncio en Amazon, los inyectores son de silicona antical: si salen gotas torcidas, frótalos con el dedo y se limpian solos.

Un saludo,""",
 sig="Diego Prieto\nBaños y Cía",
 quote="""¿Cuánta agua gasta el rociador? ¿Y qué herramientas necesito para ponerlo?""",
 expect="legit", classes=["rate-word", "stars", "listing-feature", "quoted-history"],
 note="Responde sobre caudal y montaje; menciona un destornillador de estrella y una característica del anuncio sin enlace."),

dict(n=45, lang="es", client="edesk", kind="reply", domain="ceramicatalavera-online.es", agent="Ana Delgado", local="clientes",
 subject="Re: Mi paquete no se mueve",
 body="""Hola, Jorge:

He revisado el envío: según SEUR, el paquete está retenido en su delegación de Getafe porque el número de portal de la dirección no coincidía. Puedes ver el estado aquí: https://www.seur.com/livetracking/?segOnlineIdentificador=12345678901234

Como el paquete lo tiene SEUR, la dirección solo la pueden corregir ellos. Nosotros ya les hemos enviado la dirección completa, pero si quieres acelerarlo puedes llamar a la atención al cliente de SEUR, 963 228 228, con el número de envío 12345678901234.

Si el jueves sigue parado, te enviamos otra vajilla sin coste.

Un saludo,""",
 sig="Ana Delgado\nCerámica Talavera Online",
 quote="""Hace cinco días que el paquete pone «en tránsito». ¿Qué pasa?""",
 expect="legit", classes=["carrier-number", "carrier-link", "quoted-history"],
 note="Respuesta a un envío retenido con enlace de seguimiento de SEUR y el teléfono de SEUR, identificado como suyo."),
]
