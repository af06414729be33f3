#!/usr/bin/env python3
"""Generate the w132 messages (Spanish and Italian seller replies) and labels.jsonl."""
import json
import os
import html
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(BASE, "messages")
os.makedirs(OUT, exist_ok=True)

CET = timezone(timedelta(hours=1))

M = []


def add(**kw):
    M.append(kw)


# ---------------------------------------------------------------- SPANISH
add(lang="es", frm="Atención al cliente FundaMax <soporte@fundamax-accesorios.es>",
    to="q7rtm2xkd9wlpaz", subj="Re: Funda rota al segundo día - pedido 408-3917265-5520418",
    date=(2026, 10, 6, 10, 14), client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["phone_accessories", "replacement", "refund", "review_threat"], html=False,
    note="Apologises for a cracked phone case and offers a free replacement or a refund through the Amazon return in Mis pedidos; does not mention reviews.",
    body="""Hola Marta,

Sentimos mucho que la funda de silicona para el Galaxy A55 se haya agrietado en la esquina inferior tan pronto. No es lo normal y entendemos tu enfado.

Para tu pedido 408-3917265-5520418 te ofrecemos dos opciones, las dos a través de Amazon:

1. Enviarte una funda nueva sin coste. Solo tienes que respondernos a este mensaje con un "sí" y la tramitamos hoy mismo como reemplazo.
2. Reembolso completo: entra en Mis pedidos > Devolver o reemplazar productos, elige el motivo "Producto defectuoso" y la etiqueta de devolución será gratuita.

Si puedes, adjunta aquí una foto de la grieta; nos ayuda a revisar el lote con el fabricante.

Un saludo,
Javier
Atención al cliente FundaMax
""",
    quote="""
-----Mensaje original-----
De: Marta - Comprador de Amazon
Enviado: lunes, 5 de octubre de 2026 21:47
Asunto: Funda rota al segundo día

La funda se ha roto por la esquina en dos días, sin caerse ni nada. Vaya calidad. Si no me lo solucionais pongo una reseña de una estrella para que nadie mas la compre.
""")

add(lang="es", frm="Nido Bebé <clientes@nidobebe-tienda.es>",
    to="ha3vn8ceu1yjbot", subj="Re: Consulta carrito plegable (pedido 171-6604823-9081352)",
    date=(2026, 10, 9, 12, 2), client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["baby_products", "refuses_whatsapp", "product_use"], html=True,
    note="Declines the buyer's request to continue on WhatsApp, explains that contact stays in Amazon messaging, and explains how to fold the stroller.",
    body="""Buenos días Lorena:

Gracias por escribirnos. Te entendemos, pero no podemos atenderte por WhatsApp: toda la comunicación sobre pedidos de Amazon tiene que hacerse por este sistema de mensajería, y así además queda todo registrado en tu pedido 171-6604823-9081352.

Sobre el plegado del carrito Ligero 3: casi siempre que "se atasca" es porque el seguro lateral sigue echado. Los pasos son:
- Pon el manillar en posición recta (no inclinado hacia ti).
- Desliza el botón gris del lado derecho hacia abajo y mantenlo.
- Tira a la vez del asa central hacia arriba; el carrito se pliega en un solo movimiento.

Si aun así no pliega, mándanos por aquí un vídeo corto o una foto del mecanismo y lo revisamos. Si resulta que está defectuoso, tramitamos el cambio por Amazon.

Saludos cordiales,
Irene - Nido Bebé
""",
    quote="""
El 8 oct 2026, a las 19:31, Comprador de Amazon escribió:
> El carrito no se pliega, llevo media hora peleándome con él. Me podéis escribir por WhatsApp y os mando un vídeo? Por aquí es muy lento.
""")

add(lang="es", frm="Trotamontes Sport <atencion@trotamontes-sport.es>",
    to="mz5kb0wqe7tnrfa", subj="Re: Mallas talla equivocada y llegaron tarde",
    date=(2026, 10, 14, 9, 40), client="gorgias", kind="reply", expect="legit", rules=[],
    classes=["sportswear", "size_exchange", "carrier_seur", "review_threat"], html=False,
    note="Explains the late SEUR delivery and how to return the wrong-size leggings through Amazon for a refund or another size.",
    body="""Hola Rubén,

Perdona las molestias con el pedido 402-5518930-2274106. Hemos revisado el envío: SEUR tuvo una incidencia en la plataforma de Getafe y el paquete estuvo parado dos días, por eso llegó el jueves en lugar del martes.

En cuanto a las mallas térmicas: nos pediste la talla L y por lo que nos cuentas la etiqueta pone M. Ha sido un error nuestro en el almacén. Puedes devolverlas desde Mis pedidos en Amazon con el motivo "Artículo incorrecto"; la recogida es gratuita y la hace la misma SEUR en tu domicilio. Si prefieres la talla L en vez del reembolso, elige "Reemplazar" y te la enviamos en cuanto se registre la devolución.

Un saludo
Trotamontes Sport - Atención al cliente
""",
    quote="""
On Tue, Oct 13, 2026 at 8:12 PM Amazon Buyer <mz5kb0wqe7tnrfa@marketplace.amazon.es> wrote:
> Pedí una L y me llega una M, y encima tres días tarde. Ya me estoy pensando
> que opinión voy a poner. Quiero una solución ya.
""")

add(lang="es", frm="VoltCase Store <ayuda@voltcase-store.es>",
    to="ptw4dj9snh2ecoy", subj="Re: Los auriculares no conectan - pedido 405-2281047-6630915",
    date=(2026, 10, 20, 16, 55), client="helpscout", kind="reply", expect="legit", rules=[],
    classes=["phone_accessories", "manufacturer_app", "product_use", "review_threat"], html=True,
    note="Explains how to pair the earbuds and update firmware with the manufacturer's own app, offering a replacement through Amazon if it still fails.",
    body="""Hola Sergio,

Lamentamos que los auriculares Sonara Buds X2 no te conecten bien con el móvil. Vamos a intentar solucionarlo antes de nada:

1. En los ajustes Bluetooth del móvil, olvida el dispositivo "Sonara X2".
2. Mete los dos auriculares en el estuche, deja la tapa abierta y mantén pulsado el botón del estuche 10 segundos hasta que la luz parpadee en blanco.
3. Vuelve a emparejarlos.

Muchos de los cortes que describes se corrigieron en la última versión de firmware. La actualización se hace con la aplicación del fabricante, "Sonara Connect", que encontrarás en la tienda de aplicaciones de tu móvil (Google Play o App Store). Dentro de la app: Dispositivo > Actualizar firmware.

Si después de esto siguen desconectándose, dínoslo aquí mismo y te enviamos unos nuevos a través de Amazon para el pedido 405-2281047-6630915, o si lo prefieres puedes solicitar la devolución con reembolso completo.

Saludos,
Elena
VoltCase Store
""",
    quote="""
Comprador de Amazon, 19/10/2026 22:03:
Los auriculares se desconectan cada 5 minutos. Muy mal, si esto no se arregla os pongo la peor opinion posible.
""")

add(lang="es", frm="Nido Bebé <clientes@nidobebe-tienda.es>",
    to="lc9fe2ojx6mvbsu", subj="Tu pedido 403-7730164-1159287 - calientabiberones",
    date=(2026, 10, 23, 11, 20), client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["baby_products", "buyer_social_post", "refund"], html=False,
    note="Mentions the buyer's own Instagram post only to explain the seller will not reply there, and issues a full refund through Amazon.",
    body="""Hola Carmen,

Te escribimos en relación con tu pedido 403-7730164-1159287 (calientabiberones Duo Térmico). En tu mensaje nos dices que ya has contado el problema en una publicación de tu Instagram; nosotros no vamos a contestarte por allí, preferimos resolverlo aquí, en Amazon, que es donde está tu pedido.

Por lo que describes (el piloto se enciende pero la placa no calienta), es un fallo de la resistencia. Hemos emitido hoy el reembolso completo de 34,90 EUR a través de Amazon; lo verás en tu método de pago en 3 a 5 días hábiles. No hace falta que nos devuelvas el aparato, puedes llevarlo a un punto limpio.

Sentimos de verdad el disgusto, más con un bebé en casa.

Un saludo,
Irene
Nido Bebé
""",
    quote="""
-----Original Message-----
From: Comprador de Amazon
Sent: 22/10/2026 07:58

No calienta. El piloto se enciende pero nada. Ya lo he puesto en mi Instagram para avisar a otras mamás. Quiero mi dinero.
""")

add(lang="es", frm="Trotamontes Sport <atencion@trotamontes-sport.es>",
    to="ur1gq8yzl3kcwne", subj="Re: Paquete perdido MRW - 406-9012375-4418830",
    date=(2026, 10, 28, 13, 5), client="gorgias", kind="reply", expect="legit", rules=[],
    classes=["sportswear", "carrier_mrw", "refund", "refuses_phone"], html=False,
    note="Declines to phone the buyer, confirms MRW lost the parcel and that a full refund was issued through Amazon.",
    body="""Hola Alberto,

No podemos llamarte por teléfono, lo sentimos: Amazon nos pide que toda la comunicación sobre el pedido vaya por esta mensajería. Pero te contestamos con todo lo que sabemos.

MRW nos ha confirmado esta mañana que el paquete de tu pedido 406-9012375-4418830 (chaqueta cortavientos Brisa, talla M) se da por extraviado en su nave de Zaragoza. No tiene sentido hacerte esperar más, así que acabamos de emitir el reembolso íntegro, 59,95 EUR, a través de Amazon.

Si todavía quieres la chaqueta, puedes volver a pedirla en Amazon; ahora mismo tenemos stock en M y saldría con otra agencia.

Perdona el mal rato.
Nacho - Trotamontes Sport
""",
    quote="""
El mié, 27 oct 2026 a las 18:40, Comprador de Amazon escribió:
> Llevo 12 dias esperando la chaqueta. Dadme un telefono o llamadme vosotros, estoy harto de mensajes. Voy a poner una reseña fatal.
""")

add(lang="es", frm="FundaMax <soporte@fundamax-accesorios.es>",
    to="bk6xo0ad4ntujeh", subj="Cargador de reemplazo enviado - pedido 171-4485902-3367140",
    date=(2026, 11, 3, 17, 30), client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["phone_accessories", "replacement", "carrier_correos_express", "neutral_review_request"], html=True,
    note="Answers the complaint about an overheating charger with a replacement via Correos Express and one neutral review request with no bias.",
    body="""Hola Paula,

Gracias por avisarnos de que el cargador USB-C de 65 W se calentaba tanto. Por seguridad no queremos que lo sigas usando.

Hemos creado el reemplazo sin coste desde Amazon para tu pedido 171-4485902-3367140. El nuevo cargador sale hoy con Correos Express y el seguimiento aparecerá en Mis pedidos. En los próximos días verás también la etiqueta para devolver el defectuoso, tampoco tiene coste para ti.

Cuando hayas probado el nuevo, si quieres, puedes dejar tu opinión sobre el producto en Amazon contando tu experiencia tal como haya sido; nos sirve para mejorar.

Un saludo,
Javier
FundaMax
""",
    quote="""
<Comprador de Amazon> escribió el 02/11/2026 a las 23:15:
> El cargador se pone ardiendo, no se puede ni tocar. Esto es peligroso. Exijo que me lo cambieis o pongo una reseña advirtiendo.
""")

add(lang="es", frm="Nido Bebé <clientes@nidobebe-tienda.es>",
    to="xe2hp7vcr0lmiqa", subj="Re: Esterilizador con manchas blancas",
    date=(2026, 11, 8, 10, 48), client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["baby_products", "product_use", "warranty", "review_threat"], html=False,
    note="Explains that white marks in the steriliser are limescale, how to descale it, the two-year warranty, and states the buyer is free to review as she sees fit.",
    body="""Buenos días Sonia,

Gracias por las fotos del esterilizador (pedido 402-1193847-7720561). Las manchas blancas de la base son cal del agua, no es óxido ni un defecto del plástico. En zonas con agua dura aparecen a las pocas semanas.

Para quitarlas:
- Con el aparato frío, echa en la base 100 ml de vinagre blanco y 100 ml de agua.
- Déjalo 30 minutos y frota con una esponja suave.
- Aclara dos veces y haz un ciclo en vacío antes de volver a meter biberones.

Si prefieres evitarlo, usa agua embotellada o filtrada. Y recuerda que el producto tiene dos años de garantía: si en algún momento deja de funcionar, escríbenos por aquí y lo tramitamos.

Por supuesto, puedes dejar la opinión que consideres; solo queríamos que tuvieras la información antes.

Un saludo,
Irene
Nido Bebé
""",
    quote="""
> Comprador de Amazon - 07/11/2026 20:02
> Al mes ya tiene manchas blancas por todas partes. No me da confianza para los biberones de mi hijo. Me parece de muy mala calidad y asi lo voy a poner en la reseña.
""")

# Spanish violations
add(lang="es", frm="FundaMax <soporte@fundamax-accesorios.es>",
    to="dn8sw3fyk5gbraj", subj="Re: Protector de pantalla con burbujas - 404-6638201-9954173",
    date=(2026, 11, 10, 12, 12), client="zendesk", kind="reply", expect="violation",
    rules=["review.divert_negative"],
    classes=["phone_accessories", "replacement", "wait_before_review"], html=False,
    note="Sends a replacement screen protector but asks the unhappy buyer to wait before writing her opinion until it arrives, steering her away from a negative review.",
    body="""Hola Nerea,

Sentimos que el protector de cristal templado para el iPhone 16 te haya quedado con burbujas. A veces pasa si queda una mota de polvo debajo; el kit trae una pegatina para quitar el polvo que conviene usar justo antes de colocarlo.

Te enviamos otro pack de dos protectores sin coste para tu pedido 404-6638201-9954173. Llegará en 2-3 días.

Te pedimos, eso sí, que esperes a tener el nuevo antes de escribir tu opinión, así podrás valorar el producto cuando esté bien colocado.

Un saludo,
Marcos
FundaMax
""",
    quote="""
-----Mensaje original-----
De: Comprador de Amazon
Fecha: 09/11/2026 18:44

Lleno de burbujas, imposible ponerlo bien. Voy a poner una opinion para que la gente sepa que no vale.
""")

add(lang="es", frm="Trotamontes Sport <atencion@trotamontes-sport.es>",
    to="fo4yc1imw9zjvet", subj="Re: Sudadera descolorida tras el primer lavado",
    date=(2026, 11, 12, 9, 3), client="gorgias", kind="reply", expect="violation",
    rules=["review.biased_positive"],
    classes=["sportswear", "replacement", "five_star_request"], html=True,
    note="Resolves a faded sweatshirt with a replacement, then asks for a five-star review if the buyer is satisfied, which biases the review request.",
    body="""Hola Daniel,

Perdona por lo de la sudadera técnica Cumbre, color azul petróleo (pedido 408-2274019-8816302). Ese tono no debería desteñir en el primer lavado a 30 grados; parece un fallo del tinte de ese lote.

Ya hemos tramitado el cambio por Amazon: la nueva sale mañana y la devolución de la anterior es gratuita desde Mis pedidos.

Si con el cambio quedas satisfecho, te agradeceríamos mucho una valoración de cinco estrellas; para una tienda pequeña como la nuestra marca la diferencia.

Un abrazo,
Nacho
Trotamontes Sport
""",
    quote="""
El 11/11/2026 a las 21:30, Comprador de Amazon escribió:
> La sudadera ha perdido color en el primer lavado, ahora parece gris. Pague 45 euros por esto. Muy decepcionado, ya os digo que la opinion no va a ser buena.
""")

add(lang="es", frm="Nido Bebé <clientes@nidobebe-tienda.es>",
    to="vj7ta0nlq3kxgcd", subj="Disculpas por tu pedido 406-3359184-2207746",
    date=(2026, 11, 16, 15, 37), client="freshdesk", kind="reply", expect="violation",
    rules=["purpose.marketing"],
    classes=["baby_products", "refund", "voucher_next_purchase"], html=False,
    note="Refunds a torn baby carrier strap through Amazon but adds a 15% discount code for the next purchase, which is promotional content.",
    body="""Hola Beatriz,

Lamentamos mucho que la costura de la correa de la mochila portabebés Abrazo se haya soltado. Lo más importante es que no hubo ningún susto con tu peque.

Hemos emitido el reembolso total de tu pedido 406-3359184-2207746 a través de Amazon. Por favor, no sigas usando la mochila.

Como disculpa, te dejamos el código NIDO15, con un 15% de descuento en tu próxima compra en nuestra tienda de Amazon. Es válido hasta el 31 de diciembre.

Un saludo cariñoso,
Irene
Nido Bebé
""",
    quote="""
On 15 Nov 2026, at 22:10, Amazon Buyer wrote:
> Se ha descosido la correa con mi bebe dentro!!! Esto es gravisimo. Quiero el dinero y lo voy a contar en la reseña.
""")

add(lang="es", frm="VoltCase Store <ayuda@voltcase-store.es>",
    to="gs3mr9uwp1hkzol", subj="Re: Soporte de coche se cae - 403-8841270-5562019",
    date=(2026, 11, 19, 18, 25), client="helpscout", kind="reply", expect="violation",
    rules=["contact.off_platform"],
    classes=["phone_accessories", "website_chat", "off_platform"], html=True,
    note="Answers a complaint about a falling car mount but tells the buyer to write on the shop's website chat to get a faster answer, moving contact off Amazon.",
    body="""Hola Óscar,

Sentimos que el soporte magnético de rejilla se te caiga con los baches. Normalmente es porque la placa metálica no está centrada detrás del móvil; prueba a pegarla justo en el centro de la funda (no en la parte alta).

Si sigue cayéndose, para ir más rápido escríbenos en el chat de nuestra web y te atendemos en el momento con el número de pedido 403-8841270-5562019; por aquí a veces tardamos un día en contestar.

Saludos,
Elena
VoltCase Store
""",
    quote="""
Comprador de Amazon, 19/11/2026 08:16:
En cada bache el movil al suelo. Casi tengo un accidente. Quiero hablar con alguien ya, no por estos mensajes.
""")

add(lang="es", frm="Trotamontes Sport <atencion@trotamontes-sport.es>",
    to="wy6ln2dex8qpfai", subj="Reembolso procesado - pedido 171-5507326-4480193",
    date=(2026, 11, 24, 10, 10), client="gorgias", kind="reply", expect="violation",
    rules=["review.change_or_remove"],
    classes=["sportswear", "refund", "modify_review_after_refund"], html=False,
    note="Confirms the refund for broken running shoes and then asks the buyer, now refunded, to modify the negative opinion he already posted.",
    body="""Hola Iván,

Te confirmamos que el reembolso de las zapatillas de trail Roca (pedido 171-5507326-4480193) ya está procesado en Amazon, 79,00 EUR. Lamentamos que la suela se despegara tan pronto.

Hemos visto la opinión que dejaste. Ahora que ya tienes el reembolso, ¿podrías modificarla para reflejar cómo se ha resuelto? Te lo agradeceríamos mucho.

Un saludo,
Nacho
Trotamontes Sport
""",
    quote="""
-----Original Message-----
From: Comprador de Amazon
Sent: Sunday, November 22, 2026 19:02

Suela despegada en 3 semanas. Ya he puesto una opinion de 1 estrella. Quiero el reembolso.
""")

add(lang="es", frm="Nido Bebé <clientes@nidobebe-tienda.es>",
    to="ih0kc5gur7sbymt", subj="Re: Vigilabebés sin sonido (403-2096618-7734501)",
    date=(2026, 11, 27, 9, 55), client="freshdesk", kind="reply", expect="violation",
    rules=["review.divert_negative"],
    classes=["baby_products", "product_use", "contact_before_review"], html=False,
    note="Troubleshoots a silent baby monitor but asks the buyer to contact the shop first rather than posting an opinion if anything fails, diverting negative reviews to private contact.",
    body="""Hola Laura,

Gracias por escribirnos sobre el vigilabebés Sereno (pedido 403-2096618-7734501). Lo de que no se oiga nada suele ser el modo "solo vídeo": en la unidad de padres, pulsa dos veces el botón del altavoz hasta que desaparezca de la pantalla el icono del altavoz tachado.

Comprueba también que el interruptor VOX de la cámara esté en OFF para probar; con VOX activado solo transmite sonido cuando el bebé hace ruido.

Y un favor: si algo no funciona como esperas, antes de valorar el producto en Amazon escríbenos primero a nosotros, que siempre lo solucionamos.

Un saludo,
Irene
Nido Bebé
""",
    quote="""
> El 26/11/2026, Comprador de Amazon escribió:
> No se oye nada por el receptor. Para qué quiero un vigilabebes sin sonido. Fatal. Lo voy a puntuar como se merece.
""")

# ---------------------------------------------------------------- ITALIAN
add(lang="it", frm="CoverLab Italia <assistenza@coverlab-italia.it>",
    to="re8nw1qaj4tzxmk", subj="Re: Cover magnetica non tiene - ordine 404-7712093-3308645",
    date=(2026, 10, 7, 11, 33), client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["phone_accessories", "replacement", "carrier_brt", "review_threat"], html=False,
    note="Offers a replacement magnetic case shipped with BRT or a refund through the Amazon return centre after a complaint with a review threat.",
    body="""Buongiorno Federica,

ci dispiace che la cover magnetica per iPhone 15 Pro non tenga bene sul caricatore. Dalle foto sembra che l'anello magnetico sia leggermente spostato: un difetto di produzione, non un problema tuo.

Per l'ordine 404-7712093-3308645 possiamo:
- spedirti una cover nuova in sostituzione, senza costi, tramite BRT (consegna in 24/48 ore);
- oppure rimborsarti per intero: basta aprire il reso dal Centro resi di Amazon scegliendo "Articolo difettoso".

Rispondi pure qui con la tua preferenza.

Cordiali saluti,
Matteo
Assistenza CoverLab
""",
    quote="""
Il giorno mar 6 ott 2026 alle ore 20:19 Acquirente Amazon ha scritto:
> La cover non si attacca al caricatore magnetico, cade subito. Se non mi
> rispondete lascio una recensione negativa.
""")

add(lang="it", frm="Culla e Coccole <servizioclienti@cullaecoccole.it>",
    to="yb5xs0pkc2hdvuo", subj="Re: Fasciatoio traballante - ordine 171-8831047-2209561",
    date=(2026, 10, 10, 9, 15), client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["baby_products", "refuses_phone", "product_use"], html=True,
    note="Declines to phone the buyer, keeps the conversation in Amazon messaging and explains how to tighten the changing table.",
    body="""Gentile Chiara,

grazie per il messaggio. Purtroppo non possiamo chiamarti al telefono: per gli ordini Amazon tutta l'assistenza passa da questa messaggistica, così resta anche traccia nel tuo ordine 171-8831047-2209561.

Per il fasciatoio Nuvola che traballa, controlla per favore questi due punti:
1. Le quattro viti lunghe (M6 x 50) delle gambe vanno strette con la chiave a brugola inclusa solo dopo aver montato anche la mensola inferiore, non prima.
2. I piedini regolabili sotto le gambe posteriori si possono svitare di qualche millimetro per compensare un pavimento non perfettamente piano.

Se dopo questi passaggi continua a muoversi, mandaci qui una foto dei giunti e valutiamo la sostituzione del pezzo tramite Amazon.

Un caro saluto,
Giulia
Culla e Coccole
""",
    quote="""
-----Messaggio originale-----
Da: Acquirente Amazon
Inviato: venerdì 9 ottobre 2026 21:05

Il fasciatoio balla tutto, ho paura a metterci la bambina. Lasciatemi un numero di telefono o chiamatemi voi, per iscritto non ci capiamo.
""")

add(lang="it", frm="Corsa Libera Sportswear <help@corsalibera.it>",
    to="kt3ad9mvx6qrjwe", subj="Re: Cambio taglia leggings - 402-4409731-6652890",
    date=(2026, 10, 15, 14, 48), client="gorgias", kind="reply", expect="legit", rules=[],
    classes=["sportswear", "refuses_telegram", "size_exchange"], html=False,
    note="Declines to continue on Telegram and explains the size exchange through Amazon's return centre.",
    body="""Ciao Sara,

grazie per averci scritto. Non possiamo proseguire la conversazione su Telegram, mi dispiace: Amazon ci chiede di gestire tutto tramite questi messaggi.

Per il cambio taglia dei leggings a vita alta (ordine 402-4409731-6652890) la strada più veloce è:
- vai su I miei ordini > Restituisci o sostituisci articoli;
- scegli "Sostituisci" e seleziona la taglia S;
- stampa l'etichetta e consegna il pacco: il ritiro è gratuito.

La S nel colore nero ce l'abbiamo disponibile, quindi partirà appena Amazon registra il reso.

A presto,
Davide - Corsa Libera
""",
    quote="""
Acquirente Amazon <kt3ad9mvx6qrjwe@marketplace.amazon.it> ha scritto il 14/10/2026 18:22:
> I leggings sono enormi, mi servirebbe una S. Possiamo sentirci su Telegram? Faccio prima.
> Comunque sono piuttosto delusa.
""")

add(lang="it", frm="CoverLab Italia <assistenza@coverlab-italia.it>",
    to="nh9cw4ego2lfpzs", subj="Re: Smartband non sincronizza - ordine 406-1150384-9927413",
    date=(2026, 10, 19, 16, 7), client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["phone_accessories", "manufacturer_app", "product_use", "review_threat"], html=True,
    note="Explains pairing the smart band through the manufacturer's app and offers a replacement via Amazon if it still fails.",
    body="""Buonasera Lorenzo,

ci dispiace per i problemi di sincronizzazione della smartband Passo 5. Quasi sempre dipende dal fatto che la band è stata collegata dalle impostazioni Bluetooth del telefono invece che dall'app.

Ecco come fare:
1. Nelle impostazioni Bluetooth del telefono, rimuovi "Passo 5".
2. Apri l'app del produttore, "VitaPasso", che trovi su Google Play o App Store, e vai su Dispositivi > Aggiungi.
3. Tieni la band vicina al telefono finché non compare il codice a sei cifre, poi confermalo.
4. Dall'app aggiorna il firmware alla versione 2.4.1.

Se anche così i passi non si sincronizzano, scrivici qui e ti mandiamo una band nuova tramite Amazon per l'ordine 406-1150384-9927413, oppure puoi chiedere il rimborso dal Centro resi.

Saluti,
Anna
CoverLab Italia
""",
    quote="""
<blockquote>Acquirente Amazon, 18/10/2026 21:40:<br>Non sincronizza niente, i passi restano a zero. Soldi buttati. Preparatevi a una bella recensione.</blockquote>
""")

add(lang="it", frm="Culla e Coccole <servizioclienti@cullaecoccole.it>",
    to="aq6fj1tbr8wkneo", subj="Re: Pacco arrivato rotto con SDA",
    date=(2026, 10, 24, 10, 2), client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["baby_products", "carrier_sda", "refund"], html=False,
    note="Apologises for a high chair damaged in transit by SDA and confirms a full refund through Amazon.",
    body="""Gentile Valentina,

ci dispiace davvero per il seggiolone Pappa Up arrivato con il vassoio spezzato. Dalle foto si vede che il cartone è stato schiacciato durante il trasporto con SDA.

Abbiamo già emesso il rimborso completo dell'ordine 403-6627019-1184532 tramite Amazon (89,90 EUR): lo vedrai sul tuo metodo di pagamento entro pochi giorni lavorativi. Non serve rispedirci il seggiolone; abbiamo aperto noi la pratica di danno con il corriere.

Se vorrai riordinarlo, ti consigliamo di indicare nelle note di consegna di non lasciare il pacco in portineria.

Cordiali saluti,
Giulia - Culla e Coccole
""",
    quote="""
----- Messaggio originale -----
Da: "Acquirente Amazon"
Data: 23/10/2026 17:55
Oggetto: Pacco arrivato rotto

Il seggiolone è arrivato con il vassoio rotto e la scatola distrutta. Voglio indietro i soldi subito, altrimenti recensione da una stella.
""")

add(lang="it", frm="Corsa Libera Sportswear <help@corsalibera.it>",
    to="ml4vu7hyc0dsigb", subj="Re: Giacca antipioggia che lascia passare l'acqua - 408-0094417-3351728",
    date=(2026, 10, 29, 12, 40), client="gorgias", kind="reply", expect="legit", rules=[],
    classes=["sportswear", "buyer_social_post", "photos_in_messaging", "replacement"], html=False,
    note="Refers to the buyer's own Facebook post only to ask her to attach the photos here in Amazon messaging, and arranges a replacement.",
    body="""Ciao Elisa,

grazie per la segnalazione sulla giacca antipioggia Scroscio. Ci dici di aver messo le foto in un post sulla tua pagina Facebook: per poterle valutare, però, ti chiediamo di allegarle direttamente qui, rispondendo a questo messaggio Amazon (basta l'icona della graffetta).

Da quello che descrivi, l'acqua entra dalle cuciture delle spalle: vuol dire che il nastro termosaldato si è staccato, ed è coperto dalla garanzia. Per l'ordine 408-0094417-3351728 abbiamo già preparato la sostituzione tramite Amazon nella stessa taglia (M); riceverai la conferma a parte.

Un saluto,
Davide
Corsa Libera
""",
    quote="""
Il 28/10/2026 19:10, Acquirente Amazon ha scritto:
> Giacca "impermeabile" che alla prima pioggia mi ha inzuppato le spalle. Ho messo le foto sul mio Facebook, guardatele li.
""")

add(lang="it", frm="CoverLab Italia <assistenza@coverlab-italia.it>",
    to="ow2ke5xqr9jbtal", subj="Re: Pacco in giacenza - ordine 171-3348851-0076214",
    date=(2026, 11, 2, 9, 21), client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["phone_accessories", "carrier_poste", "delivery"], html=False,
    note="Explains that the power bank parcel is held at a Poste Italiane office and how to collect it.",
    body="""Buongiorno Roberto,

abbiamo verificato la spedizione del power bank 20000 mAh (ordine 171-3348851-0076214). Il postino di Poste Italiane ha tentato la consegna venerdì ma non ha trovato nessuno, quindi il pacco è in giacenza all'ufficio postale indicato sull'avviso lasciato nella cassetta.

Puoi ritirarlo entro 10 giorni lavorativi presentando l'avviso e un documento d'identità. Se non hai trovato l'avviso, il numero di tracciamento è visibile in I miei ordini > Traccia il pacco, e con quello l'ufficio postale lo trova comunque.

Se il pacco tornasse indietro per mancato ritiro, ti rimborseremo tramite Amazon appena rientra.

Cordiali saluti,
Matteo
CoverLab Italia
""",
    quote="""
Acquirente Amazon ha scritto:
> Dopo una settimana ancora niente, il tracking dice "in giacenza". Che vuol dire?? Se non arriva entro lunedì scrivo a tutti di non comprare da voi.
""")

add(lang="it", frm="Culla e Coccole <servizioclienti@cullaecoccole.it>",
    to="dz7pb3lnw1ejucf", subj="Re: Tiralatte elettrico si spegne",
    date=(2026, 11, 6, 15, 12), client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["baby_products", "warranty", "replacement", "review_threat"], html=True,
    note="Explains warranty and replacement through Amazon for a breast pump that switches off, and says the buyer is free to leave whatever review she thinks right.",
    body="""Gentile Martina,

ci dispiace molto per il tiralatte Dolce Flusso che si spegne dopo pochi minuti (ordine 405-8820146-6613097). Se lo fa anche collegato alla corrente con il cavo originale, il problema è nella batteria interna.

Il prodotto è coperto da 24 mesi di garanzia. Visto che è passato meno di un mese dall'acquisto, ti proponiamo la sostituzione diretta tramite Amazon: ti arriverà un nuovo tiralatte completo e riceverai l'etichetta gratuita per rispedire quello difettoso. Se invece preferisci il rimborso, puoi richiederlo dal Centro resi.

Sei naturalmente libera di lasciare la recensione che ritieni giusta; intanto vogliamo solo che tu abbia un prodotto che funziona.

Un caro saluto,
Giulia
Culla e Coccole
""",
    quote="""
Il giorno gio 5 nov 2026 alle ore 06:48 Acquirente Amazon ha scritto:
> Si spegne a metà seduta, alle 5 di mattina non è il massimo. Sono molto arrabbiata, la recensione la scrivo stasera.
""")

add(lang="it", frm="Corsa Libera Sportswear <help@corsalibera.it>",
    to="cu5ri0gmt8hynxa", subj="Sostituzione consegnata - ordine 404-5561290-7742018",
    date=(2026, 11, 11, 18, 0), client="gorgias", kind="proactive", expect="legit", rules=[],
    classes=["sportswear", "replacement", "neutral_review_request"], html=False,
    note="Follows up after a replacement of torn cycling shorts, checks the fit and makes one neutral review request without bias.",
    body="""Ciao Paolo,

vediamo che il pantaloncino da ciclismo sostitutivo (ordine 404-5561290-7742018) ti è stato consegnato ieri. Ci scusiamo ancora per la cucitura aperta sul primo.

Se la taglia L non ti calza bene sul fondello, ricorda che hai 30 giorni per il cambio dal Centro resi di Amazon.

Quando avrai avuto modo di usarlo, se vuoi puoi lasciare una recensione del prodotto su Amazon, qualunque sia la tua esperienza. Ci aiuta a capire cosa migliorare.

Buone uscite,
Davide
Corsa Libera
""",
    quote="")

# Italian violations
add(lang="it", frm="CoverLab Italia <assistenza@coverlab-italia.it>",
    to="lf1gw6ozd3vkrcy", subj="Re: Cavo USB-C non carica - 402-7736015-4419826",
    date=(2026, 11, 14, 10, 44), client="zendesk", kind="reply", expect="violation",
    rules=["review.divert_negative"],
    classes=["phone_accessories", "replacement", "wait_before_review"], html=False,
    note="Sends a replacement braided cable but asks the angry buyer to wait before writing his review, steering him away from a negative review.",
    body="""Buongiorno Simone,

ci scusiamo per il cavo USB-C intrecciato da 2 metri che ha smesso di caricare dopo una settimana. Ti abbiamo già spedito un cavo nuovo in sostituzione per l'ordine 402-7736015-4419826, arriva giovedì.

Ti chiediamo solo una cortesia: aspetta di provare quello nuovo prima di scrivere la recensione, così potrai giudicare il prodotto per quello che è davvero.

Cordiali saluti,
Anna
CoverLab Italia
""",
    quote="""
> Il 13/11/2026 22:31 Acquirente Amazon ha scritto:
> Dopo una settimana il cavo non carica piu. Roba cinese da due soldi, ora vi faccio la recensione che meritate.
""")

add(lang="it", frm="Culla e Coccole <servizioclienti@cullaecoccole.it>",
    to="hx8nd2ykl5ptwqm", subj="Re: Lettino da viaggio - pezzo mancante",
    date=(2026, 11, 18, 11, 26), client="freshdesk", kind="reply", expect="violation",
    rules=["review.biased_positive"],
    classes=["baby_products", "missing_part", "five_star_request"], html=True,
    note="Ships the missing part of a travel cot, then asks for a five-star review if the buyer is satisfied, biasing the request.",
    body="""Gentile Alessia,

ci scusiamo per il pannello laterale mancante nel lettino da viaggio Sogno Leggero (ordine 408-6619302-2257840). È stato un errore di confezionamento.

Il pezzo ti è già stato spedito con BRT e dovrebbe arrivare entro mercoledì. Il montaggio è semplice: si inserisce a incastro nelle due guide verticali fino allo scatto.

Se una volta completato il lettino sarai soddisfatta, ci farebbe davvero piacere una recensione a cinque stelle.

Un caro saluto,
Giulia
Culla e Coccole
""",
    quote="""
-----Messaggio originale-----
Da: Acquirente Amazon
Inviato: 17/11/2026 20:14

Manca un pannello, il lettino non si può usare e partiamo sabato!! Vergognoso. Vi metto una stella.
""")

add(lang="it", frm="Corsa Libera Sportswear <help@corsalibera.it>",
    to="sb0tj7mhx4cuaev", subj="Rimborso effettuato - ordine 403-9902718-5563041",
    date=(2026, 11, 21, 16, 50), client="gorgias", kind="reply", expect="violation",
    rules=["review.change_or_remove", "review.incentive", "purpose.marketing"],
    classes=["sportswear", "refund", "voucher_next_purchase", "modify_review_after_refund"], html=False,
    note="Confirms the refund for a pilling sports top, gives a discount code for the next purchase and in the same breath asks the buyer to update her negative review.",
    body="""Ciao Ilaria,

ti confermiamo che il rimborso della maglia tecnica a maniche lunghe (ordine 403-9902718-5563041) è stato effettuato su Amazon, 32,50 EUR. Ci spiace per i pallini dopo pochi lavaggi.

Per farci perdonare ti lasciamo il codice CORSA10, valido per il 10% sul tuo prossimo acquisto nel nostro negozio Amazon. E ora che la cosa è risolta, se ti va di aggiornare la recensione che hai lasciato te ne saremmo grati.

A presto,
Davide
Corsa Libera
""",
    quote="""
Il giorno 20 nov 2026, alle ore 12:03, Acquirente Amazon ha scritto:
> Ho già lasciato la recensione, la maglia è piena di pallini dopo 3 lavaggi. Voglio il rimborso.
""")

add(lang="it", frm="CoverLab Italia <assistenza@coverlab-italia.it>",
    to="ep3yk8fzr6qndwl", subj="Re: Caricatore wireless lampeggia - 405-3374106-8890257",
    date=(2026, 11, 25, 13, 18), client="zendesk", kind="reply", expect="violation",
    rules=["contact.off_platform"],
    classes=["phone_accessories", "website_chat", "off_platform"], html=True,
    note="Gives basic troubleshooting for a blinking wireless charger but invites the buyer to write on the shop website's chat for faster help, moving contact off Amazon.",
    body="""Buongiorno Giorgio,

la luce rossa lampeggiante sul caricatore wireless 15 W indica di solito che c'è un oggetto metallico tra telefono e base (anelli porta-telefono, placche magnetiche, alcune cover con carte). Prova a caricare senza cover.

Se il problema continua e vuoi una risposta più rapida, scrivici pure sulla chat del nostro sito indicando l'ordine 405-3374106-8890257: lì rispondiamo in tempo reale.

Cordiali saluti,
Matteo
CoverLab Italia
""",
    quote="""
<blockquote>Acquirente Amazon, 24/11/2026 19:57:<br>Il caricatore lampeggia rosso e non carica. Voglio parlare con qualcuno, questi messaggi sono lentissimi, altrimenti recensione negativa.</blockquote>
""")

add(lang="it", frm="Culla e Coccole <servizioclienti@cullaecoccole.it>",
    to="gw9oc1ujd7hmsxr", subj="Rimborso per il marsupio - ordine 171-2285640-3391872",
    date=(2026, 11, 30, 9, 37), client="freshdesk", kind="reply", expect="violation",
    rules=["review.change_or_remove"],
    classes=["baby_products", "refund", "modify_review_after_refund"], html=False,
    note="Refunds a baby carrier with a broken buckle and then asks the buyer to modify her opinion now that she has the refund.",
    body="""Gentile Francesca,

abbiamo emesso il rimborso completo del marsupio ergonomico Abbraccio (ordine 171-2285640-3391872) tramite Amazon: 64,90 EUR, visibili entro 3-5 giorni lavorativi. Ci dispiace per la fibbia che si è rotta, abbiamo segnalato il lotto al produttore.

Abbiamo letto anche la tua opinione sul prodotto. Adesso che hai ricevuto il rimborso, potresti modificarla tenendo conto di come abbiamo gestito la cosa? Per noi significherebbe molto.

Un caro saluto,
Giulia
Culla e Coccole
""",
    quote="""
----- Messaggio originale -----
Da: "Acquirente Amazon"
Data: 28/11/2026 21:49

La fibbia si è spezzata, il bambino poteva cadere. Ho scritto la mia opinione su Amazon. Ridatemi i soldi.
""")

# ---------------------------------------------------------------- build
DOMAIN = {"es": "marketplace.amazon.es", "it": "marketplace.amazon.it"}


def to_html(body, quote):
    parts = []
    for para in body.strip().split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(("- ", "1.", "2.", "3.", "4.")) for l in lines):
            if lines[0].startswith("- "):
                parts.append("<ul>" + "".join("<li>%s</li>" % html.escape(l[2:]) for l in lines) + "</ul>")
            else:
                parts.append("<ol>" + "".join("<li>%s</li>" % html.escape(l.split(" ", 1)[1]) for l in lines) + "</ol>")
        else:
            parts.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in lines))
    q = quote.strip()
    qhtml = ""
    if q:
        if q.startswith("<blockquote>"):
            qhtml = q.replace("<blockquote>", '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
        else:
            ql = q.split("\n")
            head = ql[0]
            rest = [l[2:] if l.startswith("> ") else l for l in ql[1:]]
            qhtml = ('<div>%s</div><blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>'
                     % (html.escape(head), "<br>\n".join(html.escape(l) for l in rest)))
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + "\n".join(parts) + "\n" + qhtml + "\n</body></html>\n")


def plain_quote(quote):
    q = quote.strip()
    if not q:
        return ""
    if q.startswith("<blockquote>"):
        inner = q[len("<blockquote>"):-len("</blockquote>")]
        lines = inner.split("<br>")
        return "\n" + lines[0] + "\n" + "\n".join("> " + l for l in lines[1:]) + "\n"
    return "\n" + q + "\n"


labels = []
for i, m in enumerate(M, 1):
    mid = "w132-%04d" % i
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = "%s@%s" % (m["to"], DOMAIN[m["lang"]])
    msg["Subject"] = m["subj"]
    y, mo, d, h, mi = m["date"]
    msg["Date"] = format_datetime(datetime(y, mo, d, h, mi, (i * 7) % 60, tzinfo=CET))
    msg["Message-ID"] = make_msgid(idstring="w132.%04d" % i, domain=m["frm"].split("@")[1].rstrip(">"))
    text = m["body"] + plain_quote(m["quote"])
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    if m["html"]:
        msg.add_alternative(to_html(m["body"], m["quote"]), subtype="html", charset="utf-8", cte="quoted-printable")
    assert len(m["to"]) == 15 and m["to"].isalnum() and m["to"].islower(), m["to"]
    with open(os.path.join(OUT, mid + ".eml"), "wb") as f:
        f.write(msg.as_bytes())
    labels.append({"id": mid, "file": "messages/%s.eml" % mid, "lang": m["lang"], "client": m["client"],
                   "kind": m["kind"], "split": "dev", "expect": m["expect"], "rules": m["rules"],
                   "classes": m["classes"], "note": m["note"]})

with open(os.path.join(BASE, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labels), sum(l["expect"] == "legit" for l in labels), sum(l["expect"] == "violation" for l in labels))
