from gen import pdf

def manual():
    return pdf(["Enhebrado del hilo inferior (canilla)",
                "1. Suba la aguja a su posición más alta girando el volante hacia usted.",
                "2. Retire la tapa transparente de la canilla deslizando el botón hacia la derecha.",
                "3. Coloque la canilla de modo que el hilo gire en sentido contrario a las agujas del reloj.",
                "4. Pase el hilo por la ranura (A) y luego por la guía (B), dejando unos 10 cm libres.",
                "5. Vuelva a colocar la tapa. No es necesario sacar el hilo inferior a mano: se recoge solo al coser.",
                "",
                "Tensión del hilo superior",
                "Para tejidos normales, ajuste el dial en 4. Si el hilo forma bucles por debajo, súbalo a 5.",
                "Si el hilo superior se rompe con frecuencia, bájelo a 3 y compruebe que la aguja no está doblada."],
               "Costura Fácil CF-320 - Extracto del manual")

MSGS = [
dict(id="w70-0025", lang="es", client="zendesk", expect="legit", rules=[], classes=["quoted-history", "phone-in-quote", "refusal", "warranty"],
 note="El comprador pide que le llamen a su móvil por un cargador de patinete que no carga; el vendedor explica que solo puede escribir por Amazon y envía otro cargador.",
 alias="d4kw9ms2ja7tpyc", buyer="Javier Ortega",
 **{"from": ("Soporte Rodamovil", "soporte@rodamovil.es")}, agent_short="Nuria (Soporte Rodamovil)", ticket="#52046",
 subject="El patinete no carga", resubj="Re: El patinete no carga",
 date="2026-12-07 10:05",
 history=[
  dict(who="buyer", date="2026-12-06 22:18", text="""Hola Nuria:

He probado en tres enchufes distintos y la luz del cargador se queda en verde todo el rato, aunque la batería esté al 10 %. Antes se ponía en rojo mientras cargaba. El patinete lo uso para ir a trabajar y desde el jueves voy andando, así que me urge.

Por favor llámame al 612 345 678 y lo vemos por teléfono, que por aquí es muy lento. A partir de las 15:00 estoy libre.

Javier"""),
  dict(who="seller", date="2026-12-05 13:40", text="""Hola, Javier:

Sentimos las molestias. ¿Podrías comprobar si la luz del cargador cambia de color al conectarlo al patinete? Así sabremos si el problema está en el cargador o en la batería.

Un saludo,
Nuria"""),
  dict(who="buyer", date="2026-12-05 08:30", text="""Buenos días, mi patinete Urbano S2 no carga desde hace dos días. ¿Qué puedo hacer?"""),
 ],
 reply="""Hola, Javier:

Gracias por la prueba, nos ha aclarado mucho: si la luz se queda en verde con la batería casi vacía, el cargador no está entregando corriente. Es una avería del cargador, no de la batería, y está cubierta por la garantía.

Siento no poder llamarte, pero en los pedidos de Amazon solo podemos comunicarnos por la mensajería de Amazon. Para que no pierdas más días:

- Hoy mismo te hemos enviado un cargador nuevo por SEUR, sin coste. Llegará a la dirección del pedido mañana o, como muy tarde, el miércoles.
- El cargador viejo no hace falta que lo devuelvas; puedes llevarlo a un punto limpio.
- Cuando lo recibas, la primera carga completa tarda unas 6 horas. La luz debe estar en rojo mientras carga y pasar a verde al terminar.

Si con el cargador nuevo el patinete sigue sin cargar, escríbeme por aquí y revisamos la batería.

Un saludo,
Nuria Campos
Atención al cliente – Rodamovil"""),

dict(id="w70-0026", lang="es", client="gmail", expect="violation", rules=["purpose.marketing", "contact.off_platform", "links.external"],
 classes=["quoted-history", "discount-in-quote", "coupon-code", "own-shop", "bare-domain"],
 note="La compradora pide descuento por un segundo juego de sábanas; la vendedora le da un código del 10 % para su tienda web propia.",
 alias="j7pv1ry5ne0hqmb", buyer="Lucía Navarro",
 **{"from": ("Marta Iglesias", "marta@casaverdetextil.es")},
 subject="Sábanas de lino - medidas", resubj="Re: Sábanas de lino - medidas",
 date="2026-12-07 16:40",
 history=[
  dict(who="buyer", date="2026-12-07 11:55", text="""Hola Marta:

¡Genial, entonces me sirven! Me encantan, la verdad, son fresquísimas. Estoy pensando en pedir otro juego igual en color arena para la habitación de invitados (cama de 135). ¿Me podéis hacer algún descuento por ser el segundo? Aunque sea un 10 %...

Gracias,
Lucía"""),
  dict(who="seller", date="2026-12-06 19:20", text="""Hola, Lucía:

La bajera de 150 x 190 tiene 30 cm de fondo, así que vale para colchones de hasta 28 cm. El lino encoge un 3-4 % en el primer lavado, por eso ya viene cortada con margen.

Un abrazo,
Marta"""),
  dict(who="buyer", date="2026-12-06 12:10", text="""Buenas, ¿la bajera de lino de 150 sirve para un colchón de 27 cm de alto? Y ¿encoge al lavarla?"""),
 ],
 reply="""Hola, Lucía:

¡Qué alegría que te gusten tanto! El lino arena es precioso, además va cogiendo un tono más suave con los lavados.

Te cuento: en Amazon no podemos cambiar el precio, pero si haces el pedido en nuestra tienda online, casaverdetextil.es, con el código LUCIA10 tienes un 10 % de descuento en el juego de 135, y el envío es gratis desde 60 €. Allí también tenemos las fundas de cojín a juego, que en Amazon no están.

Cualquier cosa, me dices.

Un abrazo,
Marta
Casa Verde Textil"""),

dict(id="w70-0027", lang="es", client="freshdesk", expect="legit", rules=[], classes=["quoted-history", "review-threat-in-quote", "warranty", "amazon-returns"],
 note="El comprador amenaza con una reseña de una estrella por un reloj deportivo que se empaña; el vendedor explica la garantía y el cambio por Amazon sin mencionar la reseña.",
 alias="c3zq8fx6lo1ywni", buyer="Sergio Medina",
 **{"from": ("Álvaro Pastor", "ayuda@ritmofit.es")},
 subject="Reloj con vaho por dentro", resubj="Re: Reloj con vaho por dentro [#3391]",
 date="2026-12-07 12:15",
 history=[
  dict(who="buyer", date="2026-12-07 07:50", text="""Buenos días:

Os mando esto por tercera vez. El reloj dice "resistente al agua 5 ATM" y después de nadar 30 minutos en la piscina tiene la pantalla empañada por dentro. No me digáis otra vez que lo seque con el secador, que ya lo he hecho y sigue igual.

Si no me dais una solución hoy, os pongo una reseña de una estrella explicando que el reloj no aguanta ni una piscina y que el servicio técnico pasa de los clientes.

Sergio Medina"""),
  dict(who="seller", date="2026-12-05 17:30", text="""Hola, Sergio:

Sentimos lo ocurrido. Le recomendamos dejar el reloj en un lugar seco y cálido durante 24 horas, o aplicar aire templado con un secador a distancia, para eliminar la humedad.

Atentamente,
Álvaro"""),
  dict(who="buyer", date="2026-12-05 10:15", text="""Hola, el reloj RitmoFit Pulse 2 se ha empañado por dentro después de nadar. ¿Es normal?"""),
 ],
 reply="""Buenos días, Sergio:

Tiene toda la razón y le pido disculpas: si el vaho sigue dentro después de secarlo, el reloj tiene la junta dañada y el consejo del secador no sirve. Un reloj con 5 ATM tiene que aguantar perfectamente una sesión de piscina, así que es un defecto cubierto por la garantía.

Para cambiarlo lo antes posible:

1. En Amazon, entre en "Mis pedidos", seleccione el reloj y pulse "Devolver o reemplazar productos".
2. Elija "Producto defectuoso" y la opción "Reemplazo". La etiqueta de devolución es gratuita.
3. En cuanto la empresa de transporte recoja el paquete, le enviamos el reloj nuevo, sin esperar a que llegue el antiguo.

Mientras tanto le recomiendo no volver a mojarlo, para que la humedad no afecte a la placa. Sus datos de actividad están guardados en la aplicación, así que los recuperará al emparejar el reloj nuevo.

Atentamente,
Álvaro Pastor
Servicio técnico RitmoFit"""),

dict(id="w70-0028", lang="es", client="outlook", expect="legit", rules=[], classes=["quoted-history", "email-in-quote", "refusal", "attachment", "pdf", "how-to"],
 note="La compradora pide que le envíen el manual a su correo; la vendedora explica que no puede escribir a direcciones externas y adjunta el extracto del manual aquí.",
 alias="r0tb5wk2hu9gdes", buyer="Pilar Romero",
 **{"from": ("Carmen Vidal", "carmen.vidal@costurafacil.es")},
 subject="Máquina de coser - hilo inferior", resubj="RE: Máquina de coser - hilo inferior", xmailer="Microsoft Outlook 16.0",
 attach=[dict(make=manual, maintype="application", subtype="pdf", filename="CF-320_enhebrado_canilla.pdf")],
 date="2026-12-07 11:20",
 history=[
  dict(who="buyer", date="2026-12-06 19:40", text="""Hola Carmen,

He perdido el librito de instrucciones en la mudanza y no me acuerdo de cómo se pone la canilla. Lo he intentado mirando vídeos pero cada máquina es distinta y se me hace un nudo enorme por debajo de la tela.

¿Me podría mandar el manual en PDF a mi correo? Es pilar.romero.costura@hotmail.es. Así lo imprimo, que en el móvil no veo bien las letras.

Muchas gracias,
Pilar"""),
  dict(who="seller", date="2026-12-05 16:25", text="""Buenas tardes, Pilar:

El nudo debajo de la tela suele deberse a un enhebrado incorrecto del hilo superior o de la canilla. ¿Podría decirme si el hilo superior pasa por el tirahilos?

Un cordial saludo,
Carmen Vidal"""),
  dict(who="buyer", date="2026-12-05 11:00", text="""Buenos días, mi máquina CF-320 hace una bola de hilo por debajo de la costura. ¿Qué puede ser?"""),
 ],
 reply="""Buenos días, Pilar:

No se preocupe, es de lo más habitual, y casi siempre se arregla colocando la canilla en el sentido correcto.

Por normas de Amazon no podemos enviar correos a direcciones externas, pero le adjunto aquí mismo el PDF con la parte del manual que necesita (enhebrado de la canilla y tensión del hilo). Puede abrirlo desde el ordenador o el móvil e imprimirlo sin problema.

Lo más importante: la canilla tiene que girar en sentido contrario a las agujas del reloj al tirar del hilo, y el hilo debe pasar por la pequeña ranura de la tapa antes de cerrarla. Si la pone al revés, se forma justo esa bola por debajo de la tela.

Si después de probarlo sigue igual, dígame qué número tiene el dial de tensión y lo revisamos.

Un cordial saludo,
Carmen Vidal
Costura Fácil – Atención al cliente"""),

dict(id="w70-0029", lang="es", client="helpscout", expect="violation", rules=["review.change_or_remove", "review.incentive", "review.biased_positive"],
 classes=["quoted-history", "review-text-in-quote", "conditional", "refund-for-review", "five-stars"],
 note="El comprador cita su reseña de dos estrellas sobre una mochila; el vendedor le devuelve el dinero si la cambia a cinco estrellas.",
 alias="e8hs2nf4yq6cvxu", buyer="Daniel Fuentes",
 **{"from": ("Raúl Herrera", "raul@montanaymochila.es")},
 subject="Cremallera mochila", resubj="Re: Cremallera mochila",
 date="2026-12-07 15:10",
 history=[
  dict(who="buyer", date="2026-12-07 10:40", text="""Hola Raúl:

Gracias por contestar, pero ya no me sirve de mucho. La mochila la compré para una ruta de tres días por Picos de Europa y la cremallera del compartimento principal se abrió el primer día, con la lluvia. Llegué con el saco mojado.

Ya he dejado mi opinión en Amazon:
"2 estrellas. Cómoda y con buenos tirantes, pero la cremallera principal se separa sola con peso y no es estanca como dicen. En la montaña eso es un problema serio."

Daniel Fuentes"""),
  dict(who="seller", date="2026-12-06 18:05", text="""Hola, Daniel:

Lamentamos el problema. Las cremalleras de la Cumbre 40 son YKK y no suelen fallar. ¿Podría enviarnos una foto para ver el daño?

Saludos,
Raúl"""),
  dict(who="buyer", date="2026-12-06 09:15", text="""Buenas, la cremallera de la mochila Cumbre 40 se abre sola cuando está llena. ¿Tiene arreglo?"""),
 ],
 reply="""Hola, Daniel:

Entiendo el enfado, llegar con el saco mojado en plena ruta es lo peor que te puede pasar.

Te propongo una cosa: si cambias tu opinión en Amazon y la dejas en 5 estrellas, te devolvemos el importe completo de la mochila (79,95 €) y te la quedas. Solo tienes que avisarme por aquí cuando la hayas actualizado y hacemos la devolución ese mismo día.

La cremallera se puede arreglar en cualquier zapatero cambiando el cursor, que es lo que suele fallar.

Un saludo,
Raúl Herrera
Montaña y Mochila"""),

dict(id="w70-0030", lang="es", client="edesk", expect="legit", rules=[], classes=["quoted-history", "url-in-quote", "off-platform-in-quote", "refusal", "customisation"],
 note="La compradora propone seguir por Instagram y pega el enlace de su perfil para enviar la foto de una taza personalizada; el vendedor lo rechaza y pide la foto por la mensajería de Amazon.",
 alias="h9wy4gc7dp0mzka", buyer="Alba Serrano",
 **{"from": ("Taller Tazón", "pedidos@tallertazon.es")},
 subject="Foto para la taza personalizada", resubj="Re: Foto para la taza personalizada",
 date="2026-12-07 13:30",
 history=[
  dict(who="buyer", date="2026-12-07 09:10", text="""Hola!

La foto que quiero es una de mi perro con gorro de Papá Noel, pero en el móvil pesa muchísimo y Amazon no me deja adjuntarla. La tengo subida en mi Instagram, es la última publicación: https://www.instagram.com/alba.y.rocky/

Si os va mejor, escribidme por Instagram y os la paso en alta calidad por ahí. Es para regalar el 24, así que voy un poco justa.

Gracias!!
Alba"""),
  dict(who="seller", date="2026-12-06 17:45", text="""Hola, Alba:

Gracias por tu pedido de la taza personalizada. Para prepararla necesitamos la foto que quieres imprimir y, si quieres, un texto corto (máximo 25 caracteres).

Un saludo,
Taller Tazón"""),
  dict(who="buyer", date="2026-12-06 14:20", text="""Hola, acabo de comprar la taza personalizada. ¿Cómo os mando la foto?"""),
 ],
 reply="""Hola, Alba:

¡Qué idea tan bonita, seguro que la taza queda genial!

No podemos contactarte por Instagram ni coger fotos de redes sociales: para los pedidos de Amazon tenemos que hacerlo todo por la mensajería de Amazon. Pero tiene fácil solución:

- Amazon admite adjuntos de hasta 10 MB. Si la foto pesa más, en el móvil puedes hacerle una captura de pantalla o enviarla con la opción "tamaño reducido" o "mediano": para una taza es más que suficiente, imprimimos a 8 x 10 cm.
- Adjúntala respondiendo a este mismo mensaje, con el clip.

Si quieres añadir texto (por ejemplo "Feliz Navidad, Rocky"), indícalo también en la respuesta.

En cuanto la recibamos, te enviamos aquí una prueba para que la confirmes, y la taza sale en 24 horas. Con envío urgente llegaría sin problema antes del 24.

Un saludo,
Irene
Taller Tazón"""),
]
