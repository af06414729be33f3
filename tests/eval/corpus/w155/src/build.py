#!/usr/bin/env python3
"""Build the w155 messages and labels. Every message text below was written by hand;
this script only wraps them in helpdesk-style envelopes (stdlib email package)."""
import json
import random
import os
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rng = random.Random(155)

DOMAIN = {"de": "marketplace.amazon.de", "es": "marketplace.amazon.es",
          "it": "marketplace.amazon.it", "ja": "marketplace.amazon.co.jp"}
TZ = {"de": 1, "es": 1, "it": 1, "ja": 9}
MAILER = {
    "zendesk": ("X-Mailer", "Zendesk Mailer"),
    "freshdesk": ("X-Mailer", "Freshdesk"),
    "gorgias": ("X-Mailer", "Gorgias"),
    "helpscout": ("X-Mailer", "Help Scout Mailer"),
    "edesk": ("X-Mailer", "eDesk Mail Service"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "gmail": ("X-Mailer", None),
}


def alias():
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))


M = []


def add(lang, client, kind, expect, rules, classes, note, frm, subject, body, html=None):
    M.append(dict(lang=lang, client=client, kind=kind, expect=expect, rules=rules,
                  classes=classes, note=note, frm=frm, subject=subject, body=body, html=html))


# ---------------------------------------------------------------- German (8)
add("de", "zendesk", "reply", "legit", [], ["fitting", "quoted-history"],
    "Answers whether a replacement battery fits the buyer's drill and explains the return path through Amazon if it does not.",
    "Akkuwerk Brandl Support <support@akkuwerk-brandl.de>",
    "Re: Frage zu Ihrer Bestellung 302-4817265-9930417",
    """##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##

Guten Tag Herr Kowalczyk,

danke für Ihre Nachricht. Der Ersatzakku 18V / 4,0 Ah aus Ihrer Bestellung 302-4817265-9930417 passt auf alle Geräte der Bosch-Professional-18V-Reihe, also auch auf Ihren GSR 18V-55. Wichtig ist nur, dass Sie das Ladegerät GAL 18V-40 oder neuer verwenden, mit dem ganz alten AL 1860 CV lädt er zwar, aber deutlich langsamer.

Beim ersten Einsetzen bitte einmal komplett laden, bevor Sie ihn benutzen. Die LED-Anzeige zeigt dann vier Balken.

Sollte der Akku wider Erwarten doch nicht sitzen, können Sie ihn innerhalb von 30 Tagen ganz normal über "Meine Bestellungen" bei Amazon zurücksenden.

Viele Grüße
Jonas Brandl
Akkuwerk Brandl

Amazon-Käufer, 26.11.2026 um 08:07:
Hallo, passt der Akku auch auf einen GSR 18V-55? Ich hab noch das alte Ladegerät. Gruß M. Kowalczyk
""")

add("de", "helpscout", "proactive", "violation", ["review.biased_positive"], ["review-wish", "small-business-story"],
    "Review request told as the story of a small family roastery that hopes for a 'full row of stars', asking only for a positive review.",
    "Röstmanufaktur Vogelsang <service@roestmanufaktur-vogelsang.de>",
    "Ihre Bestellung 028-6620194-3318452 – ein paar Worte von uns",
    """Liebe Frau Hesselbach,

vor einer Woche ist Ihr Espresso "Schwarzwaldbohne" (500 g, ganze Bohne) bei Ihnen angekommen, Bestellung 028-6620194-3318452.

Wir sind eine kleine Rösterei mit drei Leuten, und jede Bohne geht bei uns durch dieselben Hände. Gegen die großen Marken kommen wir nur an, wenn zufriedene Kunden das auch zeigen. Wir hoffen deshalb sehr, dass Ihnen der Kaffee so gut schmeckt, dass Sie uns mit einer vollen Sternereihe unterstützen mögen – jede Fünf-Sterne-Bewertung entscheidet bei uns wirklich, ob wir im nächsten Jahr noch dabei sind.

Herzliche Grüße aus Freudenstadt
Ihre Familie Vogelsang
""")

add("de", "freshdesk", "reply", "violation", ["review.change_or_remove", "review.incentive"], ["replacement", "vague-incentive", "conditional"],
    "Sends a replacement for a cracked lid and, conditionally, promises 'eine kleine Überraschung' if the buyer takes another look at the one-star review.",
    "Küchenglück Kundenservice <hilfe@kuechenglueck-shop.de>",
    "Re: Deckel gesprungen – Bestellung 306-1149823-5570126 [#48213]",
    """Hallo Herr Ostendorf,

das mit dem gesprungenen Glasdeckel tut uns wirklich leid. Wir haben Ihnen heute kostenlos einen neuen Deckel für den Schmortopf (28 cm) verschickt, den alten müssen Sie nicht zurückschicken.

Wir haben gesehen, dass Sie das Produkt mit einem Stern bewertet haben, was wir natürlich verstehen. Falls Sie nach dem Eintreffen des Ersatzes Ihre Bewertung noch einmal anschauen mögen, würden wir uns sehr freuen. In dem Fall legen wir Ihrer nächsten Sendung gern eine kleine Überraschung bei.

Mit freundlichen Grüßen
Sabine Rautenberg
Kundenservice Küchenglück

Ticket #48213

----- Ursprüngliche Nachricht -----
Von: Amazon-Käufer
Gesendet: 24.11.2026 19:41
Betreff: Deckel gesprungen

Der Deckel war beim Auspacken schon gesprungen. Sehr ärgerlich, sollte ein Geschenk sein.
""")

add("de", "edesk", "proactive", "legit", [], ["neutral-review-request"],
    "One neutral review request for the order, explicitly open to any opinion, no incentive.",
    "Wollstube Hagedorn <kontakt@wollstube-hagedorn.de>",
    "Ihre Meinung zur Bestellung 305-7731082-4406219",
    """Guten Tag,

Ihre Bestellung 305-7731082-4406219 (Merinowolle "Fjord", 10 Knäuel, Farbe Salbei) wurde laut Sendungsverfolgung zugestellt.

Wenn Sie einen Moment Zeit haben, würden wir uns über eine Bewertung des Artikels auf Amazon freuen. Ihre ehrliche Einschätzung – ob gut oder weniger gut – hilft anderen Käuferinnen und Käufern bei der Auswahl.

Bei Fragen zur Wolle oder zur Bestellung antworten Sie einfach auf diese Nachricht.

Freundliche Grüße
Anke Hagedorn
Wollstube Hagedorn
""",
    """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Guten Tag,</p>
<p>Ihre Bestellung 305-7731082-4406219 (Merinowolle &bdquo;Fjord&ldquo;, 10 Kn&auml;uel, Farbe Salbei) wurde laut Sendungsverfolgung zugestellt.</p>
<p>Wenn Sie einen Moment Zeit haben, w&uuml;rden wir uns &uuml;ber eine Bewertung des Artikels auf Amazon freuen. Ihre ehrliche Einsch&auml;tzung &ndash; ob gut oder weniger gut &ndash; hilft anderen K&auml;uferinnen und K&auml;ufern bei der Auswahl.</p>
<p>Bei Fragen zur Wolle oder zur Bestellung antworten Sie einfach auf diese Nachricht.</p>
<p>Freundliche Gr&uuml;&szlig;e<br>Anke Hagedorn<br>Wollstube Hagedorn</p>
</body></html>""")

add("de", "outlook", "proactive", "violation", ["contact.off_platform", "purpose.marketing"], ["advice-disguise", "spelled-out-site", "search-our-name"],
    "Storage tips for loose tea that end by pointing the buyer to the shop's own site, spelled out, for recipes and an Advent calendar offer.",
    "Teehaus Lindner <info@teehaus-lindner.de>",
    "Tipps zur Aufbewahrung – Bestellung 303-2290417-8812054",
    """Sehr geehrte Frau Brückner,

damit Ihr Darjeeling First Flush (Bestellung 303-2290417-8812054) sein Aroma lange behält, ein paar Hinweise:

- Dose immer gut verschlossen und dunkel lagern, nicht neben Gewürzen.
- Nicht in den Kühlschrank stellen, dort zieht der Tee Feuchtigkeit.
- Wasser nur auf ca. 85 °C abkühlen lassen, Ziehzeit 2,5 bis 3 Minuten.

Noch mehr Zubereitungsideen finden Sie, wenn Sie im Internet nach "Teehaus Lindner" suchen – auf teehaus-lindner punkt de haben wir gerade unseren Tee-Adventskalender mit 24 Sorten eingestellt, für Stammkunden zum Vorzugspreis.

Mit herzlichen Grüßen
Ihr Teehaus Lindner
Martina Lindner
""")

add("de", "gmail", "reply", "legit", [], ["return-address", "carrier-tracking", "quoted-history"],
    "Explains the return through Amazon, gives the warehouse return address and the DHL tracking link for the replacement.",
    "Bettenland Oberholz <service@bettenland-oberholz.de>",
    "Re: Rücksendung Bestellung 304-5528190-2267713",
    """Hallo Frau Demir,

die Rücksendung können Sie ganz normal über Ihr Amazon-Konto unter "Meine Bestellungen" > "Artikel zurücksenden" anmelden, das Etikett wird dort erzeugt. Falls Sie lieber selbst verschicken, lautet die Rücksendeadresse:

Bettenland Oberholz GmbH
Retourenabteilung
Industriestraße 14
49809 Lingen (Ems)

Die Erstattung läuft dann wie immer über Amazon, sobald das Paket bei uns ist.

Das Spannbettlaken in 180 x 200 haben wir Ihnen heute bereits zusätzlich losgeschickt, die Sendungsnummer bei DHL ist 00340434161094027318:
https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094027318

Viele Grüße
Lukas Oberholz

Am Mo., 23. Nov. 2026 um 21:15 schrieb Amazon-Käufer <qz4kf0m2vw8hxla@marketplace.amazon.de>:
> Hallo, ich habe das Laken in 160x200 bestellt, brauche aber 180x200.
> Wie kann ich das zurückschicken und das richtige bekommen?
> Bestellung 304-5528190-2267713
> Danke, Demir
""")

add("de", "gorgias", "reply", "violation", ["contact.off_platform"], ["qr-code", "app-name", "delivery-problem"],
    "Answers a missing-parcel question but asks the buyer to scan the QR code on the delivery note to continue via WhatsApp.",
    "Pflanzenliebe Kundenservice <hallo@pflanzenliebe-versand.de>",
    "Re: Paket nicht angekommen (301-8865403-1179520)",
    """Hallo Herr Aydin,

laut Hermes liegt Ihr Paket mit der Monstera seit Freitag im Paketshop in der Bahnhofstraße, wahrscheinlich wurde die Benachrichtigungskarte nicht eingeworfen.

Damit wir das mit den Fotos vom Zustand der Pflanze schneller klären können: Auf Ihrem Lieferschein unten rechts ist ein QR-Code. Einmal scannen, dann landen Sie direkt in unserem WhatsApp-Chat und wir sehen die Bilder sofort. Das geht erfahrungsgemäß viel schneller als hier.

Beste Grüße
Tim vom Pflanzenliebe-Team

--
Bestellung 301-8865403-1179520

On 25 Nov 2026, at 10:02, Amazon-Käufer wrote:
> Wo ist mein Paket? Steht seit Tagen "in Zustellung".
""")

add("de", "helpscout", "reply", "legit", [], ["invoice", "buyer-own-contact-in-quote"],
    "Confirms the VAT invoice was uploaded to the order in Amazon; the buyer's own phone number appears only in the quoted history and is not used.",
    "Bürowelt Steinhauer <rechnung@buerowelt-steinhauer.de>",
    "Re: Rechnung mit ausgewiesener MwSt. – 028-3390715-6624801",
    """Guten Tag Herr Pfeiffer,

die Rechnung mit ausgewiesener Mehrwertsteuer (19 %) für den Bürostuhl "Ergo Pro 3" haben wir eben in Ihrer Bestellung 028-3390715-6624801 hochgeladen. Sie finden sie bei Amazon unter "Meine Bestellungen" > "Rechnung". Die Rechnungsadresse haben wir wie gewünscht auf Ihre Firma "Pfeiffer Steuerberatung" ausgestellt.

Einen Anruf brauchen wir dafür nicht, es ist alles erledigt.

Mit freundlichen Grüßen
Claudia Steinhauer
Bürowelt Steinhauer

-----Original Message-----
From: Amazon-Käufer
Sent: Mittwoch, 25. November 2026 14:22
Subject: Rechnung

Guten Tag, ich brauche für die Buchhaltung eine Rechnung mit MwSt, ausgestellt auf Pfeiffer Steuerberatung, Lindenallee 3, 97070 Würzburg. Falls Rückfragen, erreichen Sie mich unter 0931 4470218.
Mfg R. Pfeiffer
""")

# ---------------------------------------------------------------- Spanish (8)
add("es", "zendesk", "reply", "legit", [], ["sizing", "exchange-via-amazon", "quoted-history"],
    "Answers a sizing question for running shoes and explains the exchange through Amazon's return process.",
    "Atletia Soporte <soporte@atletia-running.es>",
    "Re: Consulta sobre talla – pedido 405-2281937-6650142",
    """##- Escriba su respuesta por encima de esta línea -##

Hola, Marta:

Gracias por escribirnos. El modelo Trail Sierra 3 horma un poco pequeño; si normalmente usa un 39, le recomendamos el 39,5 o incluso el 40 si va a usar calcetín técnico grueso. La plantilla mide 25,3 cm en la talla 39,5.

Si las que recibió del pedido 405-2281937-6650142 no le quedan bien, puede solicitar el cambio desde "Mis pedidos" en Amazon, en "Devolver o reemplazar productos". El reemplazo se envía en cuanto el transportista escanee la devolución.

Un saludo,
Iñaki Zubiria
Atletia

El 14/11/2026, a las 9:12, Comprador de Amazon escribió:
Hola, uso un 39 en casi todo, ¿me pido la misma talla? Gracias!
""")

add("es", "freshdesk", "proactive", "violation", ["review.biased_positive", "review.divert_negative"], ["conditional", "two-sentence-split"],
    "Asks for a five-star opinion if the buyer loved the product and, in a second sentence, to write to the seller first if anything went wrong.",
    "Cerámica Alba <atencion@ceramica-alba.es>",
    "Su pedido 171-5530284-9917406 de Cerámica Alba",
    """Estimada Sra. Gallego:

Esperamos que la vajilla "Mediterránea" de 18 piezas de su pedido 171-5530284-9917406 haya llegado en perfecto estado.

Si le ha encantado, nos haría muchísima ilusión leer una opinión de cinco estrellas en Amazon.

Y si algo no ha sido perfecto, le pedimos un favor: antes de publicar nada, escríbanos a nosotros y lo solucionamos en el momento.

Un abrazo desde Manises,
Equipo Cerámica Alba
""")

add("es", "outlook", "reply", "violation", ["purpose.ask_buyer_to_cancel"], ["stock-issue", "two-sentence-split"],
    "Tells the buyer an item is out of stock and, across two sentences, asks the buyer to cancel the order from their account.",
    "Ferretería Olmedo <pedidos@ferreteria-olmedo.es>",
    "RE: ¿Cuándo llega mi taladro? Pedido 403-9917254-0083361",
    """Buenas tardes, Sr. Ruiz:

Lamentamos mucho el retraso. Nuestro proveedor nos ha comunicado que el taladro percutor de 750 W no volverá a estar disponible hasta finales de enero.

Para no hacerle esperar tanto, lo más sencillo sería que usted mismo anulara el pedido desde su cuenta de Amazon. Así el importe le vuelve enseguida y no nos aparece como incidencia a nosotros.

Disculpe las molestias.
Atentamente,
Rocío Olmedo
Ferretería Olmedo

-----Mensaje original-----
De: Comprador de Amazon
Enviado el: lunes, 23 de noviembre de 2026 18:05
Asunto: ¿Cuándo llega mi taladro?

Hace 10 días que lo pedí y sigue sin enviarse. Pedido 403-9917254-0083361.
""")

add("es", "gorgias", "proactive", "legit", [], ["order-news", "split-shipment"],
    "Informs the buyer that the order ships in two parcels and the second one is delayed by a few days, with the new date.",
    "Hogar Nórdico <clientes@hogarnordico.es>",
    "Información sobre su pedido 402-6638801-4417295",
    """Hola, Sr. Peñalver:

Le escribimos en relación con su pedido 402-6638801-4417295 (mesa de centro "Oslo" y dos taburetes a juego).

La mesa ya va de camino con SEUR y debería llegar el jueves. Los taburetes salen de otro almacén y se han retrasado: la nueva fecha estimada de entrega es el martes 1 de diciembre. No tiene que hacer nada; ambos envíos aparecen en "Mis pedidos" con su propio número de seguimiento.

Si la nueva fecha no le viene bien, responda a este mensaje y vemos las opciones.

Saludos cordiales,
Lucía Ferrer
Hogar Nórdico
""")

add("es", "edesk", "proactive", "violation", ["review.incentive"], ["vague-incentive", "other-customers-comparison"],
    "Review request that says customers who leave an opinion usually receive 'un detalle' with their next order.",
    "Aceites Villarrubia <hola@aceitesvillarrubia.es>",
    "Sobre su aceite – pedido 408-1175530-2298846",
    """Hola, Carmen:

Confiamos en que ya esté disfrutando del aceite de oliva virgen extra picual de 3 litros (pedido 408-1175530-2298846). Es de la cosecha temprana de este otoño.

Muchos de nuestros clientes nos cuentan lo que les ha parecido en una opinión en Amazon, y a ellos solemos mandarles un detalle de la almazara con su siguiente pedido. Nos encantaría poder hacer lo mismo con usted.

Un saludo muy cordial,
Antonio Villarrubia
Aceites Villarrubia
""")

add("es", "helpscout", "reply", "legit", [], ["refusal", "stay-on-amazon"],
    "Politely declines to give a phone number and answers the warranty question within Amazon messaging.",
    "Climatiza Levante <soporte@climatiza-levante.es>",
    "Re: Número de teléfono – pedido 406-4402819-7736150",
    """Hola, Sr. Soler:

Preferimos atenderle por este mismo canal de mensajes de Amazon, así queda todo registrado en su pedido 406-4402819-7736150 y no se pierde nada.

Sobre su duda: el ventilador de techo Brisa 52" tiene 3 años de garantía del fabricante. Si el mando deja de emparejar, pruebe primero esto: corte la corriente 10 segundos, vuelva a darla y mantenga pulsado el botón "0" del mando durante 5 segundos justo después. En el 90 % de los casos vuelve a funcionar.

Si sigue sin responder, díganoslo aquí y tramitamos la garantía o el reemplazo a través de Amazon.

Un saludo,
Pau Soler (no somos familia, ¡aunque nos lo preguntan a menudo!)
Climatiza Levante

> El 25/11/2026, Comprador de Amazon escribió:
> ¿Me pueden dar un teléfono para llamar? El mando no funciona.
""")

add("es", "gmail", "reply", "violation", ["purpose.marketing"], ["news-disguise", "new-product"],
    "Answers a question about olive-oil soap and then announces a new product range 'as news' for the buyer to look for.",
    "Jabones del Sur <info@jabonesdelsur.es>",
    "Re: Pregunta sobre el jabón – 407-3385102-9940671",
    """Hola, Elena:

Sí, el jabón de aceite de oliva y lavanda es apto para piel sensible; no lleva perfumes sintéticos ni colorantes. Para que dure más, déjelo en una jabonera con rejilla para que se seque entre usos.

Y una novedad que seguro le interesa: acabamos de lanzar nuestra línea de champús sólidos con la misma base de aceite, en tres variedades, y estas semanas de Navidad van con un 15 % de descuento. Búsquelos en Amazon con el nombre de nuestra tienda.

Un abrazo,
Rafa
Jabones del Sur

El mié, 25 nov 2026 a las 11:40, Comprador de Amazon (<m7tq2wd9xk0pl3a@marketplace.amazon.es>) escribió:
> Hola, ¿el jabón sirve para piel sensible? Pedido 407-3385102-9940671
""")

add("es", "zendesk", "proactive", "legit", [], ["neutral-review-request"],
    "A single neutral review request mentioning that honest opinions of any kind are welcome, no incentive or steering.",
    "Librería La Pluma <pedidos@libreria-lapluma.es>",
    "Su opinión sobre el pedido 171-8849026-3305518",
    """Hola:

Su pedido 171-8849026-3305518 ("Atlas ilustrado de aves de la Península Ibérica") fue entregado hace unos días.

Si le apetece, puede dejar su opinión sobre el libro en la página del producto en Amazon. Cualquier comentario sincero, positivo o negativo, ayuda a otros lectores.

Gracias por su compra.
Librería La Pluma
""",
    """<html><body>
<p>Hola:</p>
<p>Su pedido 171-8849026-3305518 (&laquo;Atlas ilustrado de aves de la Pen&iacute;nsula Ib&eacute;rica&raquo;) fue entregado hace unos d&iacute;as.</p>
<p>Si le apetece, puede dejar su opini&oacute;n sobre el libro en la p&aacute;gina del producto en Amazon. Cualquier comentario sincero, positivo o negativo, ayuda a otros lectores.</p>
<p>Gracias por su compra.<br>Librer&iacute;a La Pluma</p>
</body></html>""")

# ---------------------------------------------------------------- Italian (7)
add("it", "freshdesk", "reply", "legit", [], ["product-use", "warranty", "manufacturer-named", "quoted-history"],
    "Explains how to mount a ceiling lamp and that the two-year warranty is handled by the manufacturer through the order.",
    "Luce&Casa Assistenza <assistenza@lucecasa-shop.it>",
    "Re: Montaggio lampada – ordine 404-7719302-5581264 [#30917]",
    """Gentile Sig. Bertolini,

per il montaggio della plafoniera "Aurora 60" (ordine 404-7719302-5581264) proceda così:

1. Tolga la corrente dal quadro generale.
2. Fissi la staffa al soffitto con i tasselli da 6 mm inclusi.
3. Colleghi il filo marrone al morsetto L e il blu al morsetto N; il giallo-verde va alla vite di terra.
4. Agganci il corpo lampada alla staffa e ruoti in senso orario finché non sente lo scatto.

La lampada ha 2 anni di garanzia Ledvance: se il driver dovesse guastarsi, ci scriva qui e gestiamo sostituzione o reso tramite Amazon.

Cordiali saluti,
Giulia Ferraris
Luce&Casa

-----Messaggio originale-----
Da: Acquirente Amazon
Inviato: martedì 24 novembre 2026 20:10
Oggetto: Montaggio lampada

Buonasera, nel pacco non c'erano istruzioni in italiano, come si monta?
""")

add("it", "gorgias", "proactive", "violation", ["purpose.thank_you_only"], ["thanks-only", "small-business-story"],
    "A message whose only content is thanking the buyer for the purchase and telling the story of the workshop.",
    "Bottega Vannucci <ciao@bottegavannucci.it>",
    "Grazie di cuore! Ordine 171-2206394-8873105",
    """Cara Sig.ra Marchetti,

volevamo semplicemente dirle grazie per aver scelto la nostra borsa in pelle "Giulia" (ordine 171-2206394-8873105).

Siamo una piccola bottega di Scandicci, lavoriamo la pelle da tre generazioni e ogni ordine che arriva lo festeggiamo ancora come il primo. Sapere che una nostra borsa viaggerà con lei ci riempie di gioia.

Un caro saluto da tutti noi,
Paolo, Lucia e Nonno Franco
Bottega Vannucci
""")

add("it", "zendesk", "reply", "violation", ["review.change_or_remove", "review.incentive"], ["vague-incentive", "question-form"],
    "After fixing a problem, asks as a question whether the buyer would revisit the negative review and mentions 'un pensierino' for the trouble.",
    "Casa Serena Assistenza <supporto@casaserena-tessili.it>",
    "Re: Piumone arrivato macchiato – ordine 403-5561920-1147738",
    """##- Digitare la risposta sopra questa riga -##

Gentile Sig. Esposito,

ci scusiamo ancora per il piumone arrivato con quella macchia. Il rimborso completo è stato emesso oggi tramite Amazon e dovrebbe vederlo sulla carta entro 3-5 giorni lavorativi.

Abbiamo letto la sua recensione da una stella. Ora che la questione è risolta, le andrebbe di darle un'altra occhiata? Per il disturbo le abbiamo comunque messo da parte un pensierino che le spediremo volentieri.

Un cordiale saluto,
Francesca Rinaldi
Casa Serena

Acquirente Amazon, 24/11/2026 alle 16:33:
Il piumone è arrivato con una macchia gialla enorme. Vergognoso.
""")

add("it", "helpscout", "proactive", "legit", [], ["neutral-review-request"],
    "Single neutral review request for a delivered order, no mention of stars, no incentive, no steering.",
    "Ortofrutta Bellini <ordini@ortofruttabellini.it>",
    "Una recensione per l'ordine 405-8830157-2269014?",
    """Buongiorno,

il suo ordine 405-8830157-2269014 (confezione di 5 kg di arance tarocco di Sicilia) risulta consegnato.

Se vuole, può lasciare una recensione del prodotto su Amazon: ogni parere sincero, anche critico, è utile a chi acquista dopo di lei.

Per qualsiasi domanda sull'ordine può rispondere a questo messaggio.

Cordiali saluti,
Ortofrutta Bellini
""")

add("it", "outlook", "proactive", "violation", ["contact.off_platform", "purpose.marketing"], ["advice-disguise", "app-name"],
    "Brewing advice for a moka coffee that ends by recommending the shop's own app for recipes and member discounts.",
    "Torrefazione Rondinella <info@torrefazione-rondinella.it>",
    "Consigli per la sua moka – ordine 402-1193806-7754420",
    """Gentile Sig. Colombo,

visto che ha scelto la nostra miscela "Classica" macinata per moka (ordine 402-1193806-7754420), le lasciamo qualche consiglio:

- riempia la caldaia con acqua già calda, fino alla valvola e non oltre;
- non pressi il caffè nel filtro, lo livelli soltanto;
- fiamma bassa e tolga la moka appena inizia a gorgogliare.

Se le piace sperimentare, scarichi l'app "Rondinella Caffè" dallo store del suo telefono: dentro trova le ricette dei nostri baristi e, registrandosi, lo sconto riservato ai soci su tutte le miscele.

Buon caffè!
Stefano Rondinella
Torrefazione Rondinella
""")

add("it", "edesk", "reply", "legit", [], ["return-address", "refund-via-amazon"],
    "Explains the return through Amazon with the warehouse address for the parcel and that the refund is issued by Amazon.",
    "Sportivo Italia <resi@sportivoitalia.it>",
    "R: Reso giacca – ordine 408-2274619-0036581",
    """Buongiorno Sig.ra Pellegrini,

certo, può restituire la giacca da sci. Apra la richiesta di reso da "I miei ordini" su Amazon per l'ordine 408-2274619-0036581; l'etichetta prepagata verrà generata lì.

Se preferisce spedire con un corriere a sua scelta, l'indirizzo del nostro magazzino è:

Sportivo Italia S.r.l. – Ufficio Resi
Via dell'Artigianato 22
24040 Stezzano (BG)

Il rimborso viene emesso da Amazon sullo stesso metodo di pagamento appena il pacco arriva e viene controllato, di solito entro 2 giorni lavorativi.

Saluti,
Davide Locatelli
Sportivo Italia

> Il giorno 25 nov 2026, alle ore 09:48, Acquirente Amazon ha scritto:
> La giacca è troppo grande, posso restituirla?
""")

add("it", "gmail", "reply", "violation", ["contact.email_address", "contact.off_platform"], ["spelled-out-email"],
    "Answers a seed question but asks the buyer to send photos to an e-mail address spelled out with 'chiocciola' and 'punto'.",
    "Orto Bello <servizio@ortobello.it>",
    "Re: Semi non germogliati – 406-9926403-3318857",
    """Ciao Roberto,

strano, i semi di pomodoro cuore di bue di quel lotto hanno avuto una germinazione del 92% nei nostri test. Di solito il problema è la temperatura: sotto i 18 gradi fanno fatica.

Per capire meglio ci mandi due foto del semenzaio a assistenza chiocciola ortobello punto it, così le guarda direttamente il nostro agronomo e le risponde lui in giornata. Qui su Amazon i tempi sono più lunghi.

A presto,
Marco – Orto Bello

Il giorno mer 25 nov 2026 alle ore 17:20 Acquirente Amazon <v0ke83yrm1dq5tz@marketplace.amazon.it> ha scritto:
> Ho seminato i pomodori 3 settimane fa e non è nato niente. Ordine 406-9926403-3318857
""")

# ---------------------------------------------------------------- Japanese (7)
add("ja", "zendesk", "reply", "legit", [], ["sizing", "return-via-amazon", "quoted-history"],
    "Answers a size question about a down jacket and explains returns through Amazon's return centre.",
    "ゆきのね アパレル <support@yukinone-apparel.jp>",
    "Re: サイズについて（注文番号 503-2287419-6601832）",
    """##- このラインより上にご返信ください -##

佐々木様

お問い合わせありがとうございます。ゆきのね カスタマーサポートの石田です。

ご注文（503-2287419-6601832）のダウンジャケット「ホクト」は、やや大きめの作りになっております。身長165cm・普段Mサイズの方でしたら、Mサイズで問題なくお召しいただけます。中に厚手のニットを着られる場合はLサイズをおすすめいたします。

万が一サイズが合わない場合は、Amazonの「注文履歴」から「商品の返品」へお進みいただければ、返品・交換のお手続きが可能です。

よろしくお願いいたします。
石田 真理子
ゆきのね アパレル

2026/11/24 21:03、Amazon購入者 のメッセージ:
身長165cmで普段Mです。Mで大丈夫でしょうか？
""")

add("ja", "freshdesk", "proactive", "violation", ["purpose.shipping_confirmation"], ["shipping-only"],
    "Proactive message whose only purpose is to confirm that the order was shipped today.",
    "和菓子処 つきみ堂 <info@tsukimido-wagashi.jp>",
    "【発送のお知らせ】ご注文番号 250-6619304-8827741",
    """高橋 様

この度は和菓子処 つきみ堂をご利用いただき、誠にありがとうございます。

ご注文いただきました「季節の上生菓子 詰め合わせ 12個入」（注文番号 250-6619304-8827741）を、本日発送いたしました。

お手元に届くまで今しばらくお待ちくださいませ。

和菓子処 つきみ堂
""")

add("ja", "helpscout", "proactive", "violation", ["review.incentive"], ["vague-incentive", "other-customers-comparison"],
    "Asks for impressions and says that customers who post them receive 'ささやかなお礼', a vague incentive for reviews.",
    "くらしの器 まつば <shop@kurashi-matsuba.jp>",
    "ご感想のお願い（注文番号 503-4471982-3390265）",
    """山本 様

先日は「美濃焼 粉引き 飯碗 ペア」（注文番号 503-4471982-3390265）をお買い求めいただき、ありがとうございました。

使い心地はいかがでしょうか。もしよろしければ、Amazonの商品ページにご感想をお寄せいただけますと幸いです。
ご感想を書いてくださったお客様には、次回のお届けの際にささやかなお礼を同封させていただいております。

今後ともどうぞよろしくお願いいたします。
くらしの器 まつば 松葉 由紀
""")

add("ja", "gorgias", "reply", "legit", [], ["defect", "replacement", "carrier-tracking"],
    "Apologises for a faulty kettle, sends a replacement and gives the Yamato tracking link; return of the faulty unit not needed.",
    "ホームキッチン青葉 <support@aoba-homekitchen.jp>",
    "Re: 電気ケトルの電源が入らない（503-8813602-4457719）",
    """中村 様

ご不便をおかけし、大変申し訳ございません。

ご注文（503-8813602-4457719）の電気ケトル 1.0L につきまして、本日代替品を発送いたしました。ヤマト運輸のお問い合わせ番号は 4481-2290-7736 です。配送状況は下記よりご確認いただけます。
https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=448122907736

不具合品はご返送いただく必要はございません。お手数ですが、お住まいの自治体のルールに従って処分をお願いいたします。

ホームキッチン青葉 カスタマーサポート
岡本

On Tue, Nov 24, 2026 at 19:55, Amazon購入者 wrote:
> 届いたケトルのスイッチを入れても全く反応しません。
""")

add("ja", "outlook", "reply", "violation", ["contact.off_platform"], ["app-name", "search-our-name"],
    "Answers a delivery-date question but tells the buyer to search for the shop's LINE official account for faster replies.",
    "こだわり寝具 ふわり <info@fuwari-shingu.jp>",
    "RE: お届け日について 250-3320716-9981408",
    """小林 様

お問い合わせいただきありがとうございます。

ご注文の羽毛掛け布団（注文番号 250-3320716-9981408）は、11月28日（土）午前中のお届け予定です。

なお、今後ご不明な点がございましたら、LINEで「こだわり寝具 ふわり」と検索して公式アカウントを友だち追加していただけますと、こちらよりも早くご返信できます。

こだわり寝具 ふわり
森田

-----Original Message-----
From: Amazon購入者
Sent: Wednesday, November 25, 2026 10:14 AM
Subject: お届け日について

いつ届きますか？土曜日は不在の予定です。
""")

add("ja", "edesk", "proactive", "legit", [], ["neutral-review-request"],
    "One neutral review request after delivery, welcoming any honest opinion, without incentive.",
    "文具の森 <order@bungunomori.jp>",
    "商品レビューのお願い（注文番号 503-9940158-2276630）",
    """伊藤 様

ご注文の「万年筆 細字 ブルーブラック」（注文番号 503-9940158-2276630）はお手元に届いておりますでしょうか。

お時間がございましたら、Amazonの商品ページにてレビューをお寄せください。良い点・気になった点を問わず、率直なご意見は他のお客様の参考になります。

ご注文に関するご質問は、本メッセージへの返信でお受けしております。

文具の森
""",
    """<html><body>
<p>伊藤 様</p>
<p>ご注文の「万年筆 細字 ブルーブラック」（注文番号 503-9940158-2276630）はお手元に届いておりますでしょうか。</p>
<p>お時間がございましたら、Amazonの商品ページにてレビューをお寄せください。良い点・気になった点を問わず、率直なご意見は他のお客様の参考になります。</p>
<p>ご注文に関するご質問は、本メッセージへの返信でお受けしております。</p>
<p>文具の森</p>
</body></html>""")

add("ja", "gmail", "proactive", "violation", ["review.repeat_request"], ["repeat-request", "reminder"],
    "A second review request for the same order, explicitly referring to the earlier one as a reminder.",
    "アウトドア工房 ひぐま <support@higuma-outdoor.jp>",
    "再度のお願い：レビューについて（250-7712839-0054926）",
    """渡辺 様

たびたびのご連絡失礼いたします。アウトドア工房 ひぐまです。

先日もご案内いたしましたが、ご注文のチタンマグ 450ml（注文番号 250-7712839-0054926）のレビューがまだのようでしたので、改めてご連絡いたしました。
キャンプでお使いになった感想など、ひとことでも結構ですので、Amazonの商品ページにお寄せいただけますと大変助かります。

アウトドア工房 ひぐま
熊谷
""")


def build():
    base = datetime(2026, 11, 26, 10, 0)
    labels = []
    out = os.path.join(ROOT, "messages")
    os.makedirs(out, exist_ok=True)
    for i, m in enumerate(M, 1):
        mid = f"w155-{i:04d}"
        tz = timezone(timedelta(hours=TZ[m["lang"]]))
        when = (base + timedelta(days=rng.randint(0, 1), minutes=rng.randint(0, 480))).replace(tzinfo=tz)
        msg = EmailMessage()
        msg["From"] = m["frm"]
        msg["To"] = f"{alias()}@{DOMAIN[m['lang']]}"
        msg["Subject"] = m["subject"]
        msg["Date"] = format_datetime(when)
        dom = m["frm"].split("@")[1].rstrip(">")
        msg["Message-ID"] = make_msgid(idstring=m["client"], domain=dom)
        h, v = MAILER[m["client"]]
        if v:
            msg[h] = v
        cte = "base64" if m["lang"] == "ja" else "quoted-printable"
        msg.set_content(m["body"], charset="utf-8", cte=cte)
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html", charset="utf-8", cte=cte)
        with open(os.path.join(out, mid + ".eml"), "wb") as f:
            f.write(msg.as_bytes())
        labels.append({"id": mid, "file": f"messages/{mid}.eml", "lang": m["lang"],
                       "client": m["client"], "kind": m["kind"], "split": "dev",
                       "expect": m["expect"], "rules": m["rules"], "classes": m["classes"],
                       "note": m["note"]})
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    return labels


if __name__ == "__main__":
    ls = build()
    print(len(ls), sum(l["expect"] == "legit" for l in ls), sum(l["expect"] == "violation" for l in ls))
