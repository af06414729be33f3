#!/usr/bin/env python3
"""Generate the w156 messages (short seller texts, de/it/es/ja) and labels.jsonl."""
import json, os, random, html
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email.headerregistry import Address

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = "w156"
rng = random.Random(156)
DOM = {"de": "marketplace.amazon.de", "it": "marketplace.amazon.it",
       "es": "marketplace.amazon.es", "ja": "marketplace.amazon.co.jp"}
TZ = {"de": 1, "it": 1, "es": 1, "ja": 9}

def alias():
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))

M = []
def add(**kw):
    M.append(kw)

# ---------------------------------------------------------------- German
add(lang="de", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["size_answer", "short"], frm=("Team Wetterfest", "service@wetterfest-outdoor.de"),
    subject="Re: Frage zur Größe – Bestellung 302-4417820-6630915",
    body="""##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##

Hallo Frau Brandner,

die Jacke fällt normal aus – bei 1,70 m und 68 kg passt M gut.

Viele Grüße
Jonas | Team Wetterfest

--------------------------------

Amazon-Käufer, 14.11.2026 um 19:42:

Hallo, ich bin 1,70 groß und wiege ca. 68 kg. Nehme ich bei der Regenjacke "Fjellrand" M oder L? Bestellung 302-4417820-6630915""",
    note="One-line size answer to the buyer's question about the rain jacket, quoted in Zendesk format.",
    date=(2026, 11, 15, 8, 3))
add(lang="de", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["late_delivery", "carrier_tracking_link", "short"],
    frm=("Kellerwerk Versand", "versand@kellerwerk-regale.de"),
    subject="AW: Wo bleibt meine Lieferung? (302-8850137-2294461)",
    body="""Guten Tag Herr Öztürk,

Ihr Paket liegt laut DHL im Paketzentrum Radefeld, Zustellung voraussichtlich morgen. Sendungsverfolgung: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094022115

Gruß
S. Keller

-----Ursprüngliche Nachricht-----
Von: Amazon-Käufer
Gesendet: Montag, 23. November 2026 17:11
Betreff: Wo bleibt meine Lieferung? (302-8850137-2294461)

Das Schwerlastregal sollte am Samstag kommen, bis heute nichts. Was ist los?""",
    note="Reply to a late-delivery question with the DHL tracking link for the parcel; order-related carrier link.",
    date=(2026, 11, 24, 9, 26))
add(lang="de", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["courtesy_reply", "short"], frm=("Lütje Teehaus", "kundenservice@luetje-teehaus.de"),
    subject="Re: Bestellung 028-3391650-7718204 angekommen",
    body="""Gerne! Bei Fragen einfach melden.

Anke

Am Mi., 2. Dez. 2026 um 20:15 Uhr schrieb Amazon-Käufer <k3v8dq0m2xw7pza@marketplace.amazon.de>:
> Die Teedose ist heute gekommen, alles heil. Danke für den schnellen Versand!""",
    note="One-line courtesy reply to the buyer's own message in an existing thread (not a proactive thank-you).",
    date=(2026, 12, 3, 7, 48))
add(lang="de", client="sellerboard", kind="proactive", expect="legit", rules=[],
    classes=["review_request_neutral", "short"], frm=("Hornbach & Söhne Küchenmesser", "info@hornbach-soehne-messer.de"),
    subject="Ihre Bestellung 304-6027413-5518839 – Ihre Meinung",
    body="""Hallo Herr Wiegand,

wir hoffen, das Santoku-Messer ist gut bei Ihnen angekommen. Wenn Sie mögen, hinterlassen Sie gern eine Bewertung auf Amazon – Ihre ehrliche Meinung hilft anderen Käufern.

Hornbach & Söhne""",
    note="Single neutral review request for the order, no rating wish and no incentive.",
    date=(2026, 11, 19, 10, 0))
add(lang="de", client="sellerboard", kind="proactive", expect="violation", rules=["purpose.thank_you_only"],
    classes=["thank_you_only", "short"], frm=("Kaffeerösterei Brünning", "hallo@bruenning-roesterei.de"),
    subject="Danke für Ihre Bestellung 306-1183920-4470251",
    body="""Liebe Frau Szymański,

vielen Dank, dass Sie bei uns bestellt haben! Wir wünschen Ihnen viel Freude mit dem Espresso "Nordkap".

Herzliche Grüße aus Bremen
Ihre Kaffeerösterei Brünning""",
    note="Proactive message sent only to thank the buyer for the order, with no order-related information; thank-you-only messages are not allowed.",
    date=(2026, 10, 28, 14, 30))
add(lang="de", client="sellerboard", kind="proactive", expect="violation", rules=["review.biased_positive", "style.emoji"],
    classes=["five_star_nudge", "emoji", "short"], frm=("Gartenglück", "team@gartenglueck-shop.de"),
    subject="Bestellung 302-7719054-0082137",
    body="""Hallo! Zufrieden mit dem Hochbeet? Dann freuen wir uns riesig über 5 Sterne ⭐⭐⭐⭐⭐ 😊

Ihr Gartenglück-Team""",
    note="One-line nudge asking for five stars with star and smiley emoji; asks only for a positive review and uses emoji.",
    date=(2026, 11, 6, 18, 12))
add(lang="de", client="sellerboard", kind="proactive", expect="violation", rules=["review.divert_negative"],
    classes=["contact_before_review", "short"], frm=("VoltWerk Ladetechnik", "support@voltwerk-lade.de"),
    subject="Zu Ihrer Bestellung 305-2046618-9931574",
    body="""Guten Tag,

falls mit dem USB-C-Ladegerät etwas nicht stimmt, melden Sie sich bitte zuerst bei uns, bevor Sie eine Bewertung schreiben. Wir finden bestimmt eine Lösung.

VoltWerk Kundenservice""",
    note="Asks the buyer to contact the seller before writing a review, steering unhappy buyers away from reviews.",
    date=(2026, 11, 12, 11, 5))
add(lang="de", client="freshdesk", kind="reply", expect="violation", rules=["contact.email_address", "contact.off_platform"],
    classes=["invoice", "private_email", "short"], frm=("Büromöbel Stahlhut", "service@stahlhut-bueromoebel.de"),
    subject="Re: Rechnung mit USt-ID - 303-5570281-6614093",
    body="""Hallo Herr Dr. Lindqvist,

schicken Sie Ihre USt-ID bitte direkt an rechnung.stahlhut@gmx.de, dann kommt die Rechnung von dort.

MfG
Petra Stahlhut

Am 09.12.2026 um 10:02 schrieb Amazon-Käufer:
> Können Sie die Rechnung für den Bürostuhl mit unserer USt-ID DE318204457 ausstellen? Bestellung 303-5570281-6614093""",
    note="Answers an invoice request but asks the buyer to send details to a private e-mail address outside Amazon.",
    date=(2026, 12, 9, 13, 40))

# ---------------------------------------------------------------- Italian
add(lang="it", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["compatibility_answer", "short"], frm=("Ricambi Ferraresi", "assistenza@ricambiferraresi.it"),
    subject="Re: Compatibilità filtro - ordine 405-2283176-9041528",
    body="""##- Scrivi la tua risposta sopra questa riga -##

Buongiorno Sig. Colombo, sì, il filtro è compatibile con la De'Longhi ECAM 22.110.

Saluti, Marco - Ricambi Ferraresi

--------------------------------

Cliente Amazon, 17 nov 2026, 21:33:

Salve, questo filtro va bene per la mia De'Longhi ECAM 22.110? Ordine 405-2283176-9041528""",
    note="One-line compatibility answer about a coffee machine water filter, quoted in Zendesk format.",
    date=(2026, 11, 18, 9, 12))
add(lang="it", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["late_delivery", "carrier_tracking_link", "short"], frm=("Tessuti Bellandi", "ordini@tessutibellandi.it"),
    subject="R: Ordine 171-6604392-3358016 non ancora arrivato",
    body="""Gentile Sig.ra Russo,

il pacco è in consegna con BRT, ecco il tracciamento: https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz=157830062294

Cordiali saluti
Giulia Bellandi

-----Messaggio originale-----
Da: Cliente Amazon
Inviato: martedì 1 dicembre 2026 18:54
Oggetto: Ordine 171-6604392-3358016 non ancora arrivato

Il copriletto doveva arrivare venerdì, non ho ancora ricevuto nulla.""",
    note="Reply to a late-delivery question with the BRT tracking link for the parcel.",
    date=(2026, 12, 2, 8, 37))
add(lang="it", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["refusal_off_amazon_payment", "short"], frm=("Ceramiche Vietri Sole", "info@vietrisole-ceramiche.it"),
    subject="Re: Pagamento con bonifico? Ordine 402-9163057-1120846",
    body="""Buonasera, mi dispiace ma accettiamo solo pagamenti tramite Amazon, non possiamo ricevere bonifici.

Anna

Il giorno mer 25 nov 2026 alle ore 16:20 Cliente Amazon <r0tq7fz2m9hw4xe@marketplace.amazon.it> ha scritto:
> Posso pagarvi con bonifico il secondo servizio di piatti e risparmiare le commissioni?""",
    note="One-line refusal of payment outside Amazon in reply to the buyer's question.",
    date=(2026, 11, 25, 19, 2))
add(lang="it", client="sellerboard", kind="proactive", expect="legit", rules=[],
    classes=["engraving_check", "short"], frm=("Incisioni Lazzari", "laboratorio@incisionilazzari.it"),
    subject="Ordine 406-3378812-5093317 – conferma testo incisione",
    body="""Buongiorno,

prima di procedere con l'incisione del portachiavi confermiamo il testo ricevuto: "Luca & Sara 12.09.2026". È corretto? Attendiamo la sua risposta qui.

Incisioni Lazzari""",
    note="Proactive check of the engraving text needed to fulfil the customised order.",
    date=(2026, 11, 3, 10, 45))
add(lang="it", client="sellerboard", kind="proactive", expect="violation", rules=["purpose.shipping_confirmation"],
    classes=["shipped_only", "short"], frm=("Profumeria Arcieri", "noreply@profumeriaarcieri.it"),
    subject="Il tuo ordine 408-0049281-7726635 è stato spedito",
    body="""Ciao Elisa, il tuo ordine è stato spedito oggi! Buona giornata dallo staff di Profumeria Arcieri.""",
    note="Proactive note that only confirms shipment; shipping-confirmation-only messages are not permitted.",
    date=(2026, 12, 7, 16, 20))
add(lang="it", client="sellerboard", kind="proactive", expect="violation", rules=["review.incentive", "review.biased_positive"],
    classes=["review_voucher", "short"], frm=("CasaLuce Illuminazione", "clienti@casaluce-lampade.it"),
    subject="Ordine 403-7712640-8845019",
    body="""Gentile cliente, se lascia una recensione a 5 stelle per la lampada da tavolo le inviamo un buono Amazon da 10 €. Grazie!

CasaLuce""",
    note="Offers a 10 euro voucher in exchange for a five-star review, an incentivised and biased review request.",
    date=(2026, 11, 21, 12, 0))
add(lang="it", client="sellerboard", kind="proactive", expect="violation", rules=["contact.off_platform", "contact.phone_number"],
    classes=["whatsapp", "phone_number", "short"], frm=("BiciMania Torino", "shop@bicimania-torino.it"),
    subject="Ordine 404-5581902-2260374 - montaggio",
    body="""Ciao! Per qualsiasi dubbio sul montaggio della bici scrivici su WhatsApp al 347 218 9035, rispondiamo subito.

Davide - BiciMania""",
    note="Moves the buyer to WhatsApp and gives a mobile number instead of using Amazon messaging.",
    date=(2026, 10, 30, 9, 15))
add(lang="it", client="freshdesk", kind="reply", expect="violation", rules=["review.change_or_remove"],
    classes=["edit_review", "short"], frm=("Zaini Montebruno", "supporto@zainimontebruno.it"),
    subject="Re: Cerniera rotta - ordine 407-1930465-3387720",
    body="""Salve, le abbiamo spedito lo zaino sostitutivo. Quando arriva potrebbe gentilmente modificare la recensione da 1 stella?

Grazie, Federica

Il 04/12/2026 11:08, Cliente Amazon ha scritto:
> La cerniera dello zaino si è rotta dopo una settimana. Ho lasciato una recensione.""",
    note="Handles a replacement but asks the buyer to change their one-star review, which is prohibited.",
    date=(2026, 12, 4, 15, 31))

# ---------------------------------------------------------------- Spanish
add(lang="es", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["size_answer", "short"], frm=("Calzados Ribera", "atencion@calzadosribera.es"),
    subject="Re: Talla botas - pedido 171-8824301-5539046",
    body="""##- Escriba su respuesta por encima de esta línea -##

Hola Carmen, las botas tallan justo; si usa un 38 le recomendamos el 39.

Un saludo, Lucía - Calzados Ribera

--------------------------------

Comprador de Amazon, 10 nov. 2026 22:05:

¿Las botas Sierra tallan grande o pequeño? Suelo usar un 38. Pedido 171-8824301-5539046""",
    note="One-line size answer about boots in reply to the buyer's question.",
    date=(2026, 11, 11, 9, 2))
add(lang="es", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["late_delivery", "carrier_tracking_link", "short"], frm=("Aceites del Sur", "pedidos@aceitesdelsur.es"),
    subject="RE: No me ha llegado el pedido 406-2270915-6648103",
    body="""Buenos días Sr. Gallardo,

su paquete va con Correos y está en la oficina de Albacete; puede seguirlo aquí: https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PQ4B6D0312457890146001F

Saludos,
Rafael

-----Mensaje original-----
De: Comprador de Amazon
Enviado el: jueves, 26 de noviembre de 2026 19:40
Asunto: No me ha llegado el pedido 406-2270915-6648103

Ya han pasado cinco días y el aceite no ha llegado.""",
    note="Reply to a late-delivery question with the Correos tracking link.",
    date=(2026, 11, 27, 8, 55))
add(lang="es", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["refusal_discount_by_message", "short"], frm=("Relojería Ochoa", "tienda@relojeriaochoa.es"),
    subject="Re: ¿Descuento? Pedido 405-6631780-0924517",
    body="""Hola, lo sentimos, no podemos aplicar descuentos por mensaje; el precio es el que aparece en Amazon.

Iñaki

El sáb, 14 nov 2026 a las 12:18, Comprador de Amazon (<h2m6wq9zt0c4ybn@marketplace.amazon.es>) escribió:
> Si compro dos relojes, ¿me hacéis un descuento?""",
    note="One-line refusal of a discount requested by message, in reply to the buyer.",
    date=(2026, 11, 14, 17, 3))
add(lang="es", client="sellerboard", kind="proactive", expect="legit", rules=[],
    classes=["out_of_stock", "short"], frm=("Juguetes Pampín", "ventas@juguetespampin.es"),
    subject="Pedido 403-0907264-3351889 – artículo sin stock",
    body="""Hola Sra. Varela,

lamentamos informarle de que la cocinita de madera del pedido 403-0907264-3351889 se ha agotado temporalmente. Recibimos reposición la próxima semana y la enviaremos el 9 de diciembre. Disculpe las molestias.

Juguetes Pampín""",
    note="Out-of-stock notice for the order with the new expected shipping date.",
    date=(2026, 11, 30, 11, 20))
add(lang="es", client="sellerboard", kind="proactive", expect="violation", rules=["purpose.marketing", "links.external"],
    classes=["own_webshop", "discount_code", "short"], frm=("Cosmética Albar", "hola@cosmeticaalbar.es"),
    subject="Pedido 402-3308175-7719526",
    body="""¡Hola! En nuestra web https://www.cosmeticaalbar.es tienes un 15 % de descuento con el código ALBAR15 en tu próxima compra.

Equipo Albar""",
    note="Promotes the seller's own web shop with a discount code and an external link.",
    date=(2026, 12, 1, 19, 45))
add(lang="es", client="sellerboard", kind="proactive", expect="violation", rules=["contact.off_platform", "purpose.marketing"],
    classes=["instagram", "follow_us", "short"], frm=("Velas Marisma", "info@velasmarisma.es"),
    subject="Su pedido 407-6642019-2280431",
    body="""Hola Lorena, ¡síguenos en Instagram @velasmarisma para ver las novedades de Navidad y sorteos!

Velas Marisma""",
    note="Invites the buyer to follow the shop on Instagram for news and giveaways: off-Amazon channel and marketing.",
    date=(2026, 11, 25, 20, 10))
add(lang="es", client="sellerboard", kind="proactive", expect="violation", rules=["review.biased_positive"],
    classes=["five_star_nudge", "no_emoji", "short"], frm=("Herramientas Zubiri", "servicio@herramientaszubiri.es"),
    subject="Pedido 171-4495302-8813640 – su opinión",
    body="""Buenas tardes, si está contento con el taladro, le agradeceríamos mucho una valoración de 5 estrellas en Amazon.

Herramientas Zubiri""",
    note="Asks for a five-star rating only, a biased review request.",
    date=(2026, 11, 17, 16, 0))
add(lang="es", client="freshdesk", kind="reply", expect="violation", rules=["review.incentive"],
    classes=["review_coupon", "short"], frm=("Textil Hogar Navas", "soporte@textilnavas.es"),
    subject="Re: Sábanas - pedido 408-5520143-6607291",
    body="""Hola Pilar, el juego de sábanas es 100 % algodón percal, se puede lavar a 60 °C. Si nos deja una reseña le mandamos un cupón del 20 % para su próximo pedido.

Saludos, Marta

El 08/12/2026 9:47, Comprador de Amazon escribió:
> ¿Las sábanas se pueden lavar a 60 grados?""",
    note="Answers a care question but offers a 20 % coupon in exchange for a review, an incentivised review request.",
    date=(2026, 12, 8, 12, 14))

# ---------------------------------------------------------------- Japanese
add(lang="ja", client="zendesk", kind="reply", expect="legit", rules=[],
    classes=["late_delivery", "carrier_tracking_link", "short"], frm=("はなまる雑貨店", "support@hanamaru-zakka.jp"),
    subject="Re: 荷物が届きません（注文番号 250-3318702-6649155）",
    body="""##- このラインより上にご返信ください -##

山口様

ヤマト運輸で配送中です。追跡はこちら：https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=482917736051

はなまる雑貨店 佐藤

--------------------------------

Amazon購入者, 2026年11月20日 18:22:

予定日を過ぎても届きません。注文番号 250-3318702-6649155""",
    note="Reply to a late-delivery question with the Yamato tracking link.",
    date=(2026, 11, 21, 9, 10))
add(lang="ja", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["compatibility_answer", "short"], frm=("モバイル工房カザミ", "info@kazami-mobile.jp"),
    subject="Re: 対応機種について 注文番号 503-7726104-0138592",
    body="""お問い合わせありがとうございます。はい、本ケースは iPhone 16 Pro に対応しております。

カザミ 高橋

2026年11月9日(月) 21:47 Amazon購入者 <p8xk2n0v5dq7wra@marketplace.amazon.co.jp>:
> このケースは iPhone 16 Pro に使えますか？""",
    note="One-line compatibility answer for a phone case, in reply to the buyer.",
    date=(2026, 11, 10, 10, 5))
add(lang="ja", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["refusal_phone_support", "short"], frm=("森の家具工房", "cs@morinokagu-kobo.jp"),
    subject="RE: 組み立てについて（250-9904613-2275184）",
    body="""恐れ入りますが、お電話での対応は行っておりません。組み立てで分からない箇所をこちらのメッセージでお知らせいただければ、すぐにご案内いたします。

森の家具工房 中村

-----Original Message-----
From: Amazon購入者
Sent: Thursday, December 3, 2026 20:05
Subject: 組み立てについて（250-9904613-2275184）

組み立て方が分からないので電話で教えてもらえますか？電話番号を教えてください。""",
    note="Declines phone support and keeps the assembly help inside Amazon messaging.",
    date=(2026, 12, 4, 9, 30))
add(lang="ja", client="sellerboard", kind="proactive", expect="legit", rules=[],
    classes=["review_request_neutral", "short"], frm=("京こまち茶舗", "shop@kyokomachi-chaho.jp"),
    subject="ご注文 503-1187260-4492037 について",
    body="""伊藤様

抹茶セットはお手元に届きましたでしょうか。よろしければ、Amazonでの率直なレビューをお寄せください。

京こまち茶舗""",
    note="Single neutral review request asking for an honest review, no incentive.",
    date=(2026, 11, 26, 13, 0))
add(lang="ja", client="sellerboard", kind="proactive", expect="violation", rules=["contact.off_platform", "purpose.marketing"],
    classes=["line", "coupon", "short"], frm=("ビューティーラボ小春", "info@koharu-beauty.jp"),
    subject="ご注文 250-6651408-3307729",
    body="""LINE公式アカウント「小春ビューティー」を友だち追加すると、次回使える500円OFFクーポンをプレゼント中です。

ビューティーラボ小春""",
    note="Invites the buyer to add the shop's LINE account for a coupon: off-Amazon channel and marketing.",
    date=(2026, 12, 5, 18, 0))
add(lang="ja", client="sellerboard", kind="proactive", expect="violation", rules=["purpose.marketing", "links.external"],
    classes=["newsletter", "short"], frm=("アウトドアショップ岳", "news@gaku-outdoor.jp"),
    subject="ご注文 503-2209374-8861450 ありがとうございます",
    body="""新商品やセール情報をお届けするメールマガジンはこちらから登録できます：https://gaku-outdoor.jp/mailmagazine

アウトドアショップ岳""",
    note="Proactive newsletter sign-up invitation with a link to the seller's own site.",
    date=(2026, 11, 13, 12, 30))
add(lang="ja", client="sellerboard", kind="proactive", expect="violation", rules=["purpose.thank_you_only", "style.emoji"],
    classes=["thank_you_only", "emoji", "short"], frm=("ぬくもり手芸店", "hello@nukumori-shugei.jp"),
    subject="ご注文 250-7703861-1946028",
    body="""このたびはご購入いただき本当にありがとうございました😊🌸 またのご利用をお待ちしております！

ぬくもり手芸店""",
    note="Proactive thank-you-only message with emoji and no order-related content.",
    date=(2026, 10, 29, 17, 45))
add(lang="ja", client="sellerboard", kind="proactive", expect="violation", rules=["review.divert_negative"],
    classes=["contact_before_review", "short"], frm=("電器のミナト", "support@minato-denki.jp"),
    subject="ご注文 503-5530192-7708314（電気ケトル）",
    body="""電気ケトルに不具合がございましたら、レビューを書かれる前にまず当店へご連絡ください。

電器のミナト""",
    note="Asks the buyer to contact the seller before writing a review, diverting negative reviews.",
    date=(2026, 11, 8, 10, 20))

# ---------------------------------------------------------------- build
HTML_IDX = {2, 8, 11, 15, 17, 21, 25, 29}  # 0-based; these get an HTML alternative

def to_html(text):
    out, quote = [], []
    for line in text.split("\n"):
        if line.startswith("> "):
            quote.append(html.escape(line[2:]))
            continue
        if quote:
            out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">" + "<br>".join(quote) + "</blockquote>")
            quote = []
        out.append(html.escape(line) + "<br>")
    if quote:
        out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">" + "<br>".join(quote) + "</blockquote>")
    return "<html><body><div>\n" + "\n".join(out) + "\n</div></body></html>\n"

labels = []
for i, m in enumerate(M):
    n = i + 1
    mid = f"{W}-{n:04d}"
    lang = m["lang"]
    msg = EmailMessage()
    msg["From"] = Address(m["frm"][0], addr_spec=m["frm"][1])
    msg["To"] = f"{alias()}@{DOM[lang]}"
    msg["Subject"] = m["subject"]
    y, mo, d, h, mi = m["date"]
    dt = datetime(y, mo, d, h, mi, rng.randint(0, 59), tzinfo=timezone(timedelta(hours=TZ[lang])))
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = make_msgid(idstring=f"{rng.randrange(10**8):08d}", domain=m["frm"][1].split("@")[1])
    msg["MIME-Version"] = "1.0"
    cte = "base64" if lang == "ja" else "quoted-printable"
    body = m["body"].rstrip("\n") + "\n"
    msg.set_content(body, charset="utf-8", cte=cte)
    if i in HTML_IDX:
        msg.add_alternative(to_html(body), subtype="html", charset="utf-8", cte=cte)
    with open(os.path.join(OUT, "messages", f"{mid}.eml"), "wb") as f:
        f.write(msg.as_bytes())
    labels.append({"id": mid, "file": f"messages/{mid}.eml", "lang": lang, "client": m["client"],
                   "kind": m["kind"], "split": "dev", "expect": m["expect"], "rules": m["rules"],
                   "classes": m["classes"], "note": m["note"]})

with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labels), "messages")
