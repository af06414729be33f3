"""contact.* rules: e-mail addresses, phone numbers, moves to other channels."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policies.rules.contact_channels import ambiguous_names_pattern
from tests.mail import ALIAS, ORDER, actions, rules_fired
from tests.test_rules_links import BODY, fixed, run

# -- contact.email_address ---------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "john.doe@shop.example.com",
        "john [at] shop [dot] com",
        "john(at)shop.de",
        "john (at) shop (dot) co (dot) uk",
        "john AT shop DOT com",
        "john@shop [dot] com",
        "kontakt [ät] laden [punkt] de",
    ],
)
def test_email_addresses_masked(address: str) -> None:
    v = run(text=f"{BODY} If you need anything, write to {address} any time.\n")
    assert actions(v, "contact.email_address") == {"strip"}
    out = fixed(v)["plain"]
    assert BODY in out and "any time" in out
    assert "john" not in out and "kontakt" not in out


def test_mailto_link_unwrapped_and_address_masked_in_both_parts() -> None:
    v = run(
        text=f"{BODY} Questions: help@seller.example\n",
        html=f'<p>{BODY} Questions: <a href="mailto:help@seller.example">our help desk</a></p>',
    )
    locations = {f.location for f in v.findings if f.rule == "contact.email_address"}
    assert any("<a href>" in loc for loc in locations)
    out = fixed(v)
    assert "help@seller.example" not in out["plain"] + out["html"]
    assert "mailto:" not in out["html"]
    assert "our help desk" in out["html"]


@pytest.mark.parametrize(
    "text",
    [
        f"{BODY} Please look at it dot by dot, at home.",
        f"{BODY} We meet at 10am. The price is €12.99 @ checkout.",
        f"{BODY}\n\n-----Original Message-----\nFrom: Buyer <{ALIAS}>\nWhere is my parcel?",
        f"{BODY}\n\n> On 2 Nov, {ALIAS} wrote:\n> Where is my parcel?",
    ],
)
def test_email_near_misses(text: str) -> None:
    v = run(text=text + "\n")
    assert "contact.email_address" not in rules_fired(v)


def test_alias_in_own_text_and_other_address_in_quote_still_count() -> None:
    text = f"{BODY}\n\n-----Original Message-----\nFrom: Shop <owner@shop.example>\nHi"
    assert "contact.email_address" in rules_fired(run(text=text))


def test_email_in_subject_is_removed() -> None:
    v = run(text=BODY, subject=f"Re: order {ORDER} - contact help@seller.example")
    assert "contact.email_address" in rules_fired(v)
    assert v.fixed is not None and b"help@seller.example" not in v.fixed


# -- contact.phone_number ----------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "+1 212 555 0199",
        "(212) 555-0199",
        "+44 20 7946 0958",
        "030 12345678",
        "+49 (0)30 901820",
        "03-1234-5678",
        "06 12 34 56 78",
        "+34 912 345 678",
    ],
)
def test_phone_numbers_masked(number: str) -> None:
    v = run(text=f"{BODY} Anna in the workshop is on {number} if you like.\n")
    assert actions(v, "contact.phone_number") == {"strip"}
    out = fixed(v)["plain"]
    assert number not in out and BODY in out and "if you like" in out


def test_tel_link_unwrapped_and_number_masked() -> None:
    v = run(
        text=f"{BODY} Call +1 212 555 0199.\n",
        html=f'<p>{BODY} Call <a href="tel:+12125550199">+1 212 555 0199</a>.</p>',
    )
    out = fixed(v)
    assert "tel:" not in out["html"]
    assert "555 0199" not in out["plain"] + out["html"]


def test_tel_link_without_visible_number_is_removed() -> None:
    v = run(html=f'<p>{BODY} <a href="tel:+12125550199">The workshop</a> any time.</p>')
    assert actions(v, "contact.phone_number") == {"strip"}
    out = fixed(v)["html"]
    assert "tel:" not in out and "The workshop" in out


def test_call_us_with_the_number_removed_is_still_a_diversion() -> None:
    """Stripping the number would leave "Call us on [phone number removed]": the message
    is blocked instead, so the agent rewrites it."""
    v = run(text=f"{BODY} Call us on +1 212 555 0199 if you like.\n")
    assert actions(v, "contact.phone_number") == {"strip"}
    assert actions(v, "contact.off_platform") == {"block"}
    assert v.outcome == "block"


@pytest.mark.parametrize(
    "sentence",
    [
        "For warranty service call the manufacturer at +1 800 555 0199.",
        "Für Garantiefragen erreichen Sie den Hersteller unter 0800 123 4567.",
        "Pour la garantie, contactez le fabricant au 01 23 45 67 89.",
        "You can reach UPS directly on +44 20 7946 0958 about the delivery.",
        "保証についてはメーカー 03-1234-5678 までお問い合わせください。",
    ],
)
def test_warranty_carrier_manufacturer_numbers_only_warn(sentence: str) -> None:
    v = run(
        text=f"{BODY} {sentence}\n",
        html=f"<p>{BODY}</p><p>{sentence}</p>",
    )
    assert actions(v, "contact.phone_number") == {"warn"}
    assert v.outcome == "pass"


@pytest.mark.parametrize(
    "text",
    [
        f"Your order {ORDER} was refunded: €12.99 on 2026-11-21.",
        "Tracking number 1Z999AA10123456784 (UPS), USPS 9400111899223197428490.",
        "Tracking number: 0123 4567 8901 2345",
        "Our warehouse is at 1600 Main Street, Springfield, IL 62704-1234.",
        "Invoice 912345678 is attached; SKU 20391847 is in stock.",
        "Die Sendung geht an 10115 Berlin, Rechnung vom 21.11.2026.",
        "The part number is 4901234567894 (EAN).",
        "Time window 10:00-12:00, delivered 11/21/2026.",
        # company registration numbers in a legal signature
        "SonoriX Audio SAS – RCS Lyon 842 117 306",
        "Casalinghi Ferraris srl – P.IVA 01234567890",
        "Registered in England, company number 08 123 456.",
    ],
)
def test_not_phone_numbers(text: str) -> None:
    v = run(text=f"{BODY} {text}\n")
    assert "contact.phone_number" not in rules_fired(v)


def test_warranty_and_own_number_in_one_message() -> None:
    text = (
        f"{BODY} Our number is +1 212 555 0199.\n\n"
        "For warranty service call the manufacturer at +1 800 555 0199.\n"
    )
    v = run(text=text)
    assert actions(v, "contact.phone_number") == {"strip", "warn"}
    out = fixed(v)["plain"]
    assert "212 555 0199" not in out and "+1 800 555 0199" in out


# -- contact.off_platform ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Message us on WhatsApp for faster help.",
        "Add us on WeChat: mybrand88",
        "Add our LINE ID: @mybrand",
        "You can also contact us on Signal.",
        "Join our Telegram channel.",
        "Follow us on Instagram for tips!",
        "Visit our website for the full manual.",
        "Chat with us: https://wa.me/15555550199",
        "Folgen Sie uns auf Facebook!",
        "Besuchen Sie unseren Onlineshop.",
        "Retrouvez le guide sur notre site web.",
        "Seguici su Instagram.",
        "Síguenos en TikTok.",
        "LINE公式アカウントを友だち追加してください。",
        "詳しくは弊社ホームページをご覧ください。",
        # written to slip past a link or word filter
        "Spare parts are at shop dot example dot com.",
        "Retrouvez-nous sur www point boutique point fr.",
        "Mehr unter laden [punkt] de.",
        "Lo más sencillo es pedirla en nuestra tienda, recambiosgarcia punto es, en ollas.",
        "Ordina anche su profumeriagemma punto it, spedizione gratuita.",
        "Apra il browser e scriva macinacafferuggeri punto it barra ricambi.",
        "Auf teehaus-lindner punkt de haben wir gerade unseren Adventskalender eingestellt.",
        "Scannen Sie den QR-Code, dann können Sie künftig gleich bei uns bestellen.",
        "Über den Chat in unserer App erreichen Sie uns direkt, ohne den Umweg über Amazon.",
        "Wenn Sie bei Google einfach unseren Namen eingeben, landen Sie direkt bei uns.",
        "Mejor por privado a nuestra cuenta de IG @textilhogar.vlc.",
        "Scarichi la nostra app per seguire gli ordini e chiedere assistenza.",
        "Las garantías se abren en nuestro portal de soporte, no por Amazon.",
        "Find us on insta / IG / FB @kettleshop.",
        "Message us on whats app for faster help.",
        "Or just wa dot me slash 4915112345678.",
        "Follow us on IG for new designs.",
        # what a stripped link leaves behind still sends the buyer away
        "The spare lids are cheaper in our own shop at.",
        "Die Ersatzteile gibt es in unserem eigenen Shop.",
        "写真を見ながらご相談されたい場合は、LINE（ID：@kimono-sakura）までどうぞ。",
        "当店のＬＩＮＥ公式アカウント（＠ｌｕｍｉｎａｃａｓｅ）を友だち追加してください。",
        # "don't hesitate" denies nothing
        "Don't hesitate to message us on WhatsApp.",
        "Zögern Sie nicht, uns auf unserer Website zu besuchen.",
        "For a quicker fix, just give us a call.",
        "Per attivare la garanzia chiama il nostro numero diretto.",
        "Rufen Sie uns an, dann klären wir das sofort.",
        "Ci trovi come @respiro.yoga sull'app delle foto.",
        "LINEで「ひだまり雑貨店」と検索し、友だち追加していただくのが一番確実です。",
        "はい、公式LINE（@mizutori）からご注文いただけます。",
        "Snap a picture and tag us – we're @quietcorner on the photo app.",
        "Einen Link kann ich leider nicht schicken, aber auf unserem YouTube-Kanal finden Sie "
        "das Aufbauvideo.",
        # the seller's own shop, workshop or counter written around
        "Bei uns im Webshop unter dem gleichen Namen ist er aber vorrätig.",
        "Einfach den Namen in die Suchmaschine eingeben.",
        "Termine werden über unsere Website vergeben.",
        "Sie könnten den Janker auch in unserem Ladengeschäft umtauschen.",
        "Dann fielen die Amazon-Gebühren weg, und wir könnten den Vorteil weitergeben.",
        "Das Jahrespaket wäre im Aquaklar-Shop deutlich günstiger als hier.",
        "Maßanfertigungen werden von uns aber auch direkt entgegengenommen.",
        "Scriveteci su WhatsApp, evitate le attese al telefono.",
        # the buyer as subject, not as the one who saw or posted it
        "Wenn Sie auf Instagram nach uns suchen, finden Sie weitere Ideen.",
        "Ci trova su Instagram come @cucinaverde.",
        # a negation in the sentence before denies nothing
        "Bei Amazon führen wir die Dichtung leider nicht einzeln. Sie bekommen sie aber in "
        "unserem eigenen Onlineshop.",
        # a clause after a comma is no list a negation reaches across
        "Wir können leider keine Rücksendungen annehmen, schreiben Sie uns und besuchen Sie "
        "unseren Webshop.",
        "Wenn du mal nach „Filzwerk Lindner“ googelst, landest du in unserem kleinen Onlineshop.",
        "Mándanos foto de la etiqueta por wasap al número que viene en la tarjeta de la caja.",
        "Tap the chat bubble: it's the best place to reach us from now on, rather than Amazon "
        "messages.",
        "If anything isn't right, head to Trustpilot and search for our shop to tell us there.",
        "Rufen Sie uns in dem Fall einfach an, die Nummer steht auf dem Lieferschein.",
        "Googeln Sie einfach nach unserem Namen, dann finden Sie unseren Shop.",
        "Podemos devolverle el importe por Bizum si retira la reclamación.",
        # the service comes first: Amazon is what is avoided
        "Write to us on WhatsApp rather than here, we answer faster there.",
        "We can also take orders outside Amazon, just reply with what you need.",
        "WhatsApp: +44 7700 900123, message me there any time.",
        "You'll find them in our Etsy shop, where we run a holiday sale.",
        "Sie können ihn auch direkt bei uns bekommen, per PayPal an Freunde.",
        # "not allowed" conceded, or turned round by a "but"
        "Schreiben Sie mir einfach auf WhatsApp, auch wenn Amazon das eigentlich nicht erlaubt.",
        "Ja, auf Instagram bin ich auch, eigentlich darf ich das nicht sagen, aber: @anni_wolle.",
        "Ich würd Ihnen 4 Euro zurückgeben, schreiben Sie mir einfach Ihre PayPal-Adresse.",
        "Veuillez nous écrire sur le chat de notre site pour une réponse plus rapide.",
        # the seller's own channel, however it is introduced
        "Auf unserem offiziellen YouTube-Kanal zeigen wir seinem Modell ähnliche Tricks.",
    ],
)
def test_off_platform_blocks(text: str) -> None:
    v = run(text=f"{BODY} {text}\n")
    assert actions(v, "contact.off_platform") == {"block"}
    assert v.outcome == "block"


def test_off_platform_link_blocks() -> None:
    v = run(html=f'<p>{BODY} <a href="https://t.me/mybrand">Questions?</a></p>')
    assert "contact.off_platform" in rules_fired(v)


@pytest.mark.parametrize(
    "text",
    [
        "This lamp belongs to the product line we launched in 2024.",
        "A poor GPS signal can delay the tracking update.",
        "You can find this in Your Orders on Amazon.",
        "Please reply via Amazon messages if anything is unclear.",
        "The signal cable is in the box; plug it into line in.",
        "Das Gerät hat ein schwaches Signal im Keller.",
        "It started as a dot com company in 1999.",
        "Le point fort de ce modèle, c'est la batterie.",
        "El siguiente punto es la garantía, que cubre dos años.",
        "Amazon's app shows the delivery window under Your Orders.",
        "Ese es el punto es lo que quería decir.",
        "The polka dot dress ships from our warehouse.",
        "You can check it on amazon dot co dot uk under Your Orders.",
        "The instant pot lid is in the second box.",
        "Die Lieferung kommt mit DHL; Fig. 3 zeigt den Einbau.",
        # a refusal
        "We aren't able to take orders outside Amazon either.",
        "Sorry, we don't use WhatsApp for orders.",
        "Por WhatsApp no podemos atenderte en pedidos de Amazon, pero te lo explico aquí.",
        "I'm not able to take photos by WhatsApp or text, but you can attach them here.",
        "We can't match that price, nor can we take an order for you outside Amazon.",
        # a negation reaches every item of a list
        "I'm sorry, but we can't accept Zelle, checks or any other payment outside Amazon.",
        "We're not able to take payment by PayPal, Venmo or any other method outside of Amazon.",
        # a maker's shop, "rather than Amazon" about who pays, a browser for tracking
        "Das Gerät ist im Onlineshop des Herstellers als Ersatzteil gelistet.",
        "Wenn Sie die Fehlermeldung E4 googeln, finden Sie viele Anleitungen.",
        "The refund comes from us rather than Amazon, so it may take a day longer.",
        "Copy the tracking number into your browser to follow the parcel on the DHL site.",
        "No podemos seguir la conversación por WhatsApp ni por otra vía fuera de Amazon.",
        "Lieb, dass du uns auf Insta schreiben willst – aber der Kundenservice läuft hier.",
        "The DHL driver will call you before delivery.",
        "Please don't call us: we answer faster here.",
        "Zu Ihrer Frage nach WhatsApp: Einen WhatsApp-Kanal bieten wir nicht an.",
        "I've seen the Instagram post you linked; the ring looks like our model.",
        "Über WhatsApp oder einen Newsletter können wir Sie leider nicht informieren.",
        "Wir verkaufen nicht in unserem eigenen Onlineshop, nur hier bei Amazon.",
        # the seller's contact or return details on Amazon, a search engine named in passing
        "Im Impressum unseres Amazon-Verkäuferprofils steht unsere Anschrift für die Rücksendung.",
        "Die Suchmaschine zeigt manchmal ältere Preise an, maßgeblich ist der Preis auf Amazon.",
        "Wir haben keinen Webshop, wir verkaufen nur über Amazon.",
        "Die Kontaktdaten des Herstellers stehen in der Anleitung auf Seite 4.",
        # advice to avoid something is no invitation
        "Evitate screenshot di WhatsApp o dei social, perché sono compressi.",
        # where the buyer saw or posted something
        "We saw the photo you posted on Instagram, thank you for sharing it with us.",
        "Il video di montaggio che ha visto su YouTube riguarda il modello precedente.",
        "Das Video, das Sie auf YouTube gesehen haben, zeigt das alte Modell.",
        "Ich habe auch deinen Instagram-Post gesehen, auf dem man die Linien gut erkennt.",
        # German puts the negation late
        "Über Instagram darf ich zu Ihrer Amazon-Bestellung allerdings nicht mit Ihnen schreiben.",
        "La vidéo que vous avez vue sur YouTube montre l'ancien modèle.",
        # what the seller keeps away from
        "We'll keep everything here rather than WhatsApp, so you get Amazon's notifications.",
        "Statt WhatsApp nutzen wir für Ihre Bestellung nur die Amazon-Nachrichten.",
        "Seguimos por aquí en lugar de por WhatsApp, así queda todo en su pedido.",
        # the buyer's own post
        "Entendemos que ya lo haya publicado en Facebook; es normal que quiera avisar.",
        "Das Foto, das Sie auf Ihrem Instagram gezeigt haben, hat mir gefallen.",
        "Ho visto le foto in un post sulla tua pagina Facebook: le alleghi qui, per favore.",
        # someone else's channel
        "Bosch selbst hat auf seinem offiziellen YouTube-Kanal ein Reparaturvideo dazu.",
        "The manufacturer's YouTube channel has a short video on fitting the valve.",
        "DHL informiert Sie per WhatsApp über das Zeitfenster.",
        "Ihre Nachricht über Facebook konnten wir keiner Bestellung zuordnen.",
        "As the order is now outside Amazon's 30-day return window, Breville handle the repair.",
        "Nos pregunta si tenemos WhatsApp. No lo usamos para pedidos de Amazon, seguimos por aquí.",
        "About WhatsApp: I understand it would be quicker, but we can only support Amazon orders "
        "through Amazon's messages.",
        "I understand you'd rather talk this through by phone or WhatsApp, but we're only able "
        "to help through Amazon's messaging.",
        "We answer everything through Amazon messages, so WhatsApp isn't an option for us.",
        # the buyer's suggestion restated, refused in the next sentence
        "Sie hatten vorgeschlagen, mir den Fahrzeugschein per WhatsApp zu schicken. Das ist "
        "vernünftig gedacht, nur WhatsApp oder Telefon kann ich Ihnen hier leider nicht anbieten.",
        "ご注文につきましては、お電話やLINEでのご連絡は致しかねます。",
        # the same sentence goes on to say it is not allowed
        "Ich verstehe, dass Sie mir das Foto per WhatsApp schicken würden, nur meine "
        "Handynummer darf ich Ihnen hier über Amazon nicht geben.",
        "Ihnen außerhalb von Amazon einen Sonderpreis machen, das darf ich über dieses "
        "Postfach nicht.",
    ],
)
def test_off_platform_near_misses(text: str) -> None:
    v = run(text=f"{BODY} {text}\n")
    assert "contact.off_platform" not in rules_fired(v)


def test_buyer_mentioning_whatsapp_in_quoted_history_is_not_the_seller() -> None:
    text = f"{BODY}\n\n> Can I send you a photo on WhatsApp?\n"
    assert "contact.off_platform" not in rules_fired(run(text=text))


@pytest.mark.parametrize(
    ("answer", "question"),
    [
        (
            "En Discord el micrófono va bien; te recomendamos desactivar la supresión de ruido "
            "de Discord.",
            "¿Y el micro se oye bien en Discord desde el PC?",
        ),
        (
            "Yes, the camera app exports clips in the square format Instagram uses.",
            "Does the camera app work with Instagram?",
        ),
    ],
)
def test_a_service_the_buyer_asked_about_is_the_buyers_topic(answer: str, question: str) -> None:
    text = f"{BODY} {answer}\n\n> {question}\n"
    assert "contact.off_platform" not in rules_fired(run(text=text))


@pytest.mark.parametrize(
    ("answer", "question"),
    [
        # the buyer proposes the channel, the seller takes it up
        (
            "Just drop us a DM on Instagram at @littlefernprints with a photo.",
            "Can I send you a photo on Instagram?",
        ),
        (
            "Ich schreibe Ihnen gleich per WhatsApp, dann schicken Sie mir die Bilder dort.",
            "Am einfachsten wäre es, wenn Sie mir per WhatsApp schreiben.",
        ),
        # the buyer asked about the service, the seller names a channel of its own
        ("Our Discord server has a channel for firmware questions.", "Is there a Discord?"),
    ],
)
def test_a_service_used_to_reach_the_other_still_blocks(answer: str, question: str) -> None:
    text = f"{BODY} {answer}\n\n> {question}\n"
    assert actions(run(text=text), "contact.off_platform") == {"block"}


_NAMES = ["LINE", "Signal", "LINEx", "a.b"]


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(["LINE", "Signal", "x", " ", "_", "a.b", "é", "-"]), max_size=12).map(
        "".join
    )
)
def test_ambiguous_names_match_as_whole_words(text: str) -> None:
    # The pattern as first written: a look-behind, then the names longest first.
    names = "|".join(re.escape(n) for n in sorted(_NAMES, key=len, reverse=True))
    plain = re.compile(rf"(?<!\w)(?:{names})(?!\w)")
    pattern = ambiguous_names_pattern(_NAMES)
    assert pattern is not None
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
