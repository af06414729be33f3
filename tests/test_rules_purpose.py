"""Purpose rules: messages that must fire, near-misses that must not."""

from __future__ import annotations

import pytest

from tests.mail import ORDER, actions, check, make_message

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def acts(
    text: str,
    rule_id: str,
    *,
    reply: bool = False,
    html: str | None = None,
    subject: str = f"Your order {ORDER}",
    attachments: list[tuple[bytes, str, str]] | None = None,
) -> set[str]:
    raw = make_message(text, html, reply=reply, subject=subject, attachments=attachments)
    return actions(check(raw), rule_id)


# --- purpose.marketing ---------------------------------------------------------------------

MARKETING = [
    "Und psst... Freitag droppt unser neues Lippenöl in drei Nuancen.",
    # a refusal, then the offer after all
    "We can't offer a coupon through messages. But here is a coupon code for you: SAVE10.",
    "We can't offer a coupon through messages. Here is a coupon code for your next order.",
    # cross-sells and clubs in an elegant marketer's words
    "The matching cushion would complete the set nicely, should you fancy it.",
    "Our spring range arrives in March, and past customers see it before anyone else.",
    "We popped a card in the box with something on it for your next order with us.",
    "The bowls look their best beside the oak tray; it looks its best beside them too.",
    "Wir haben gerade neue Fußsäcke ins Sortiment aufgenommen.",
    "Les clients fidèles profitent de nos ventes privées deux fois par an.",
    "Use code SAVE20 for 20% off your next order!",
    "Mit dem Code LAUF10 bekommst du 10 % auf deine nächste Bestellung!",
    "Diese Woche gibt es bei uns 20 % auf alle passenden Kissenbezüge.",
    "Profitez de 15 % sur toute la collection jusqu'à dimanche.",
    "Treue wird bei uns belohnt: Sie haben den ersten Stempel auf Ihrer Sammelkarte.",
    "Da questo mese ogni ordine nel nostro negozio Amazon vale dei punti.",
    "If you reply with your birthday month, we will add you to our little birthday list.",
    "Just reply here and we'll send you a 15% code you can use on our oolong range.",
    # a refusal of one thing does not cover another offer in the same sentence
    "We can't offer free shipping, but use code SAVE10 for 10% off your next order.",
    # a named request that the next sentence grants
    "You asked about a coupon for your next order. Use code SAVE10 at checkout.",
    "Check out our other products in our Amazon store.",
    "Follow us on Instagram for news and giveaways.",
    "Sign up for our newsletter to hear about new arrivals.",
    "You might also like our matching pillow cases.",
    "Sichern Sie sich 15 % Rabatt mit dem Gutscheincode SOMMER15.",
    "Entdecken Sie unsere Neuheiten – folgen Sie uns auf Instagram!",
    "Profitez de notre code promo BIENVENUE pour votre prochain achat.",
    "Scopra i nostri altri prodotti: codice sconto CIAO10.",
    "Síguenos en Instagram y descubre nuestra nueva colección.",
    "次回使える割引コードをお送りします。当店の他の商品もぜひご覧ください。",
    "Mit dem Code SPAR15 sparen Sie 15 % auf unsere Teekannen.",
    # a negation that denies nothing
    "Don't miss our 20% off sale on all kettles this week!",
    "We can't wait to show you our new collection.",
]

# A refusal is not an offer.
REFUSALS = [
    "We're afraid we can't offer a discount or run promotions here.",
    "Sorry, we don't have a newsletter and we do not send coupons.",
    "Leider können wir keinen Gutschein und keine Rabatte anbieten.",
    "Nous ne proposons pas de code promo ni de newsletter, désolés.",
    "Purtroppo non abbiamo una newsletter né offerte speciali.",
    "Lo sentimos, no ofrecemos cupones ni descuentos por este canal.",
    "申し訳ございませんが、クーポンの発行はできません。",
    # German puts the negation at the end of the clause
    "Einen zusätzlichen Rabatt oder Gutschein können wir Ihnen leider nicht anbieten.",
    "Rabattcodes dürfen wir über das Amazon-Nachrichtensystem ebenfalls nicht versenden.",
    "The price of £12.99 was part of Amazon's Black Friday event, which finished at midnight.",
    "Free shipping on our cushions only shows up for Prime members; that's decided by Amazon.",
    # the next sentence goes on about the cue just explained as Amazon's, or refused
    "The $20 coupon on that listing was an Amazon clip coupon. Those only apply if the "
    "'Apply $20 coupon' box is ticked on the product page.",
    "As the seller we can't see or apply coupons. Amazon Customer Service can look into "
    "coupon questions.",
    # a code explained as Amazon's, and over
    "That code was a promotional code set up on Amazon for a reviewer's audience, and it "
    "ended on 30 November.",
    # the sentence names what it refuses before refusing it
    "En cuanto al cupón que nos pide, lo sentimos, pero no podemos ofrecer cupones.",
    "Sobre lo que preguntabas del cupón: lo siento, pero no podemos enviarte códigos de "
    "descuento por este canal.",
    "On the coupon question: I'm sorry, but we're not able to send codes through Amazon.",
    "Sobre el cupón: lo sentimos, pero a través de los mensajes de Amazon los vendedores no "
    "podemos enviar códigos de descuento ni vales.",
    # the buyer's request named, refused in the next sentence
    "Um einen Gutschein für eine künftige Bestellung hatten Sie auch gefragt. Das darf ich "
    "Ihnen hier leider nicht anbieten.",
    "Sie hatten nach einem Gutschein für Ihren nächsten Einkauf gefragt. Das können wir über "
    "Amazon leider nicht anbieten.",
    # Amazon's deal, explained as Amazon's in the next sentence
    "Le prix plus bas que vous avez vu jeudi correspondait à une Vente Flash. Il s'agit "
    "d'une fonctionnalité d'Amazon : la réduction ne dure que quelques heures.",
    # Amazon's own programme, explained as Amazon's
    "Prévoyez et Économisez est un service proposé par Amazon, pas par nous.",
]

NOT_MARKETING = [
    "At first look the scratch seems to be on the film, not on the glass.",
    "Yes, the matching lid is sold separately on Amazon; the 24 cm one fits.",
    "Your replacement will arrive before the weekend.",
    "Thank you for your order. Unfortunately item X is out of stock; would you like a "
    "replacement or a refund?",
    "We can offer you a replacement or a full refund, whichever you prefer.",
    "The sale of this item is restricted to adults, so the carrier will check your ID.",
    "This bike is not for sale outside the EU, so we cannot ship it to Norway.",
    "We will deal with the carrier and let you know tomorrow.",
    "Ihre Ersatzlieferung ist unterwegs und kommt am Donnerstag an.",
    "Nous vous remercions de votre patience.",
]


@pytest.mark.parametrize("text", MARKETING)
def test_marketing_blocks(text: str) -> None:
    assert acts(text, "purpose.marketing", reply=True) == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "Unsere Hausmischung ist wie die Mühle bei Amazon erhältlich – einfach in unserem "
        "Shop dort nach Röstwerk Hansen suchen.",
        "Molti nostri clienti la accompagnano con il nostro miele di castagno, che trova nella "
        "nostra vetrina su Amazon.",
    ],
)
def test_the_seller_s_amazon_shop_pushed_where_nobody_asked_blocks(text: str) -> None:
    assert acts(text, "purpose.marketing") == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        # loyalty: regulars, birthdays, inner circles, a second order, a reorder
        "Because you are now one of our regulars, we'll slip something small and unexpected "
        "into your next parcel.",
        "Si vous nous indiquez le jour de votre anniversaire, une petite attention vous "
        "attendra chaque année, avec un avantage réservé sur votre prochaine commande.",
        "Im Kreis der Backstubenfreunde bekommen Sie Vorzugspreise.",
        "A chi torna a trovarci su Amazon per il secondo ordine riserviamo un pensiero in più "
        "nel pacco.",
        "Denken Sie rechtzeitig an den Nachschub: am bequemsten bestellen Sie gleich jetzt noch "
        "einmal.",
        "Le regaliamo il codice SCONTO15 valido sul suo prossimo acquisto.",
        "Seit dieser Woche ist unsere neue Winterkollektion da – schauen Sie ruhig mal bei "
        "uns rein.",
        "Als Stammkundin bekommen Sie beim nächsten Einkauf Vorzugskonditionen.",
        "Damit Sie unsere Neuheiten nicht verpassen, nehmen wir Sie gern in unseren Verteiler auf.",
        "Legen Sie sich am besten gleich das Dreierpack bei uns nach – wer rechtzeitig "
        "nachbestellt, spart im Mehrfachpack ein paar Euro.",
    ],
)
def test_loyalty_offers_are_marketing(text: str) -> None:
    assert acts(text, "purpose.marketing") == {"block"}


@pytest.mark.parametrize("text", NOT_MARKETING)
def test_marketing_near_misses(text: str) -> None:
    assert acts(text, "purpose.marketing", reply=True) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Den Spar-Abo-Rabatt von 10 % hat Amazon bei Ihrer Bestellung bereits abgezogen.",
        "Il coupon del 5 % che compariva nella pagina prodotto è una promozione di Amazon ed "
        "è già stato applicato all'ordine.",
        "The 10% coupon on the product page is Amazon's promotion and was already applied.",
        "On the coupon: clip coupons are run through Amazon, and they only apply if they "
        "were clipped on the product page before checkout.",
    ],
)
def test_a_discount_amazon_applied_is_explained_not_offered(text: str) -> None:
    assert acts(text, "purpose.marketing", reply=True) <= {"warn"}


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_is_not_marketing(text: str) -> None:
    assert acts(text, "purpose.marketing", reply=True) <= {"warn"}


def test_the_buyer_s_subject_repeated_after_re_is_not_the_seller_s_marketing() -> None:
    text = "Thanks for asking. We only sell through Amazon, so there is nothing to sign up for."
    assert acts(text, "purpose.marketing", reply=True, subject="Re: Newsletter / coupons?") == set()
    # near miss: the seller's own subject still counts
    assert acts(text, "purpose.marketing", reply=True, subject="Coupons for you!") == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "The lamp you ordered was on sale, so the invoice shows the reduced price.",
        "Das Angebot gilt für diese Bestellung; die Rechnung liegt bei.",
        "Le prix de l'offre est indiqué sur la facture.",
    ],
)
def test_single_weak_word_only_warns(text: str) -> None:
    verdict = check(make_message(text, reply=True))
    assert actions(verdict, "purpose.marketing") == {"warn"}
    assert verdict.outcome.value == "pass"


def test_many_weak_words_block() -> None:
    text = "Big sale this week: great deals and a special price on every offer."
    assert acts(text, "purpose.marketing", reply=True) == {"block"}


def test_marketing_in_html_and_text_is_one_finding() -> None:
    text = "Your parcel arrives Monday.\nShop now: new arrivals every week!"
    html = "<p>Your parcel arrives Monday.</p><p>Shop now: new arrivals every week!</p>"
    verdict = check(make_message(text, html, reply=True))
    found = [f for f in verdict.findings if f.rule == "purpose.marketing"]
    assert found and all(f.action.value == "block" for f in found)
    assert len(found) == 1  # one excerpt ("Shop now: new arrivals …"), both parts
    assert all("text/plain" in f.location and "text/html" in f.location for f in found)


def test_quoted_buyer_coupon_question_is_not_marketing() -> None:
    text = "Hello, Amazon applies any price reduction at checkout; nothing else is needed.\n"
    text += (
        "\nOn Tue, 4 Jun 2024 at 09:12, Buyer <x@marketplace.amazon.com> wrote:\n"
        "> Do you have a discount code or a coupon for my next order?\n"
    )
    assert acts(text, "purpose.marketing", reply=True) == set()


# --- purpose.shipping_confirmation ---------------------------------------------------------

SHIPPING_ONLY = [
    "Danke, Paket ist raus!\n\nLea",
    # the item's size and colour describe it; they are no other purpose
    "Le informamos de que su pedido (juego de sábanas de 150 cm, color gris perla) ha "
    "salido hoy de nuestras instalaciones en Alicante. ¡Gracias por confiar en nosotros!",
    "Hello,\nyour order has shipped today. Tracking number: 1Z999AA10123456784.\n"
    "If you have any questions, let us know.\nBest regards,\nACME Shop",
    "Good news! Your order is on its way.\nKind regards, ACME",
    "Ihre Bestellung wurde heute versandt. Sendungsnummer: 00340434161234567890.\n"
    "Mit freundlichen Grüßen\nIhr ACME-Team",
    "Votre commande a été expédiée. Numéro de suivi : 6A12345678901.\nCordialement",
    "Il suo ordine è stato spedito oggi.\nCordiali saluti",
    "Su pedido ha sido enviado hoy. Número de seguimiento: 1234567890.\nSaludos",
    "ご注文の商品を本日発送いたしました。追跡番号：1234-5678-9012",
    # the item's size beside "left our workshop"; the tracking line is the notice itself
    "Bonne nouvelle : votre chemise en flanelle (taille M) a quitté notre atelier ce matin.\n"
    "Elle voyage avec Colissimo sous le numéro 6A21884093752.\nÀ très bientôt,\nMaison Arlequin",
    "Ihre Bestellung (Wandregal Eiche) wurde heute an DHL übergeben.\nDen aktuellen Stand der "
    "Sendung können Sie hier verfolgen: https://www.dhl.de/de/privatkunden.html?piececode=0034\n"
    "Mit freundlichen Grüßen\nTobias Engel",
]

NOT_SHIPPING_ONLY = [
    # a mail app's signature and a helpdesk ticket number are no shipping news
    "¿Prefiere el grabado en mayúsculas o en minúsculas?\nEnviado desde mi móvil",
    "商品のお手入れについてご案内いたします。木製部分は乾いた布で拭いてください。\n"
    "お問い合わせ番号: 17354",
    "Your parcel shipped today; could you confirm the delivery address?",
    "Your order has shipped, but the carrier reports a delay of two days. We are sorry.",
    "Your order has shipped. Please find attached the invoice you requested.",
    "The replacement has been dispatched; please return the damaged lamp with the enclosed label.",
    "Your order has shipped. The carrier needs a delivery appointment: please call them "
    "to schedule it.",
    "Ihre Bestellung wurde versandt. Leider ist ein Artikel beschädigt angekommen?",
    "Votre commande a été expédiée ; pourriez-vous confirmer votre adresse ?",
]


@pytest.mark.parametrize("text", SHIPPING_ONLY)
def test_shipping_confirmation_blocks_proactive(text: str) -> None:
    assert acts(text, "purpose.shipping_confirmation") == {"block"}


@pytest.mark.parametrize("text", NOT_SHIPPING_ONLY)
def test_shipping_with_another_purpose_passes(text: str) -> None:
    assert acts(text, "purpose.shipping_confirmation") == set()


def test_shipping_answer_in_reply_is_fine() -> None:
    text = "Your order has shipped. Tracking number: 1Z999AA10123456784."
    assert acts(text, "purpose.shipping_confirmation", reply=True) == set()


def test_shipping_with_invoice_attachment_passes() -> None:
    text = "Your order has shipped today."
    files = [(PDF, "application/pdf", "invoice.pdf")]
    assert acts(text, "purpose.shipping_confirmation", attachments=files) == set()


def test_shipping_with_long_product_instructions_passes() -> None:
    text = (
        "Your order has shipped. Before first use, rinse the jar with warm water, dry "
        "it completely, then place it on the base until it clicks. Start on the lowest "
        "speed for thick mixtures and never fill above the 1.5 litre mark, otherwise the "
        "lid may lift during blending."
    )
    assert acts(text, "purpose.shipping_confirmation") == set()


# --- purpose.thank_you_only ----------------------------------------------------------------

THANKS_ONLY = [
    # a legal signature block is no content
    "Thank you so much for your order. As a small family business, every order genuinely "
    "means a great deal to us.\nWe hope you enjoy your new notebooks, and we're always here "
    "if you need anything.\nThe Ashdown team\nAshdown Stationery Ltd, registered in England "
    "and Wales (11820354)\nRegistered office: 2 Lewes Road, Forest Row RH18 5AA",
    "Hi Anna,\nthank you for your order! We hope you enjoy your new blender.\n"
    "If you need anything, we're here to help.\nBest regards,\nTom\nACME Shop",
    "Thank you for shopping with us!",
    "Vielen Dank für Ihre Bestellung! Wir wünschen Ihnen viel Freude damit.\n"
    "Bei Fragen stehen wir Ihnen jederzeit zur Verfügung.\nMit freundlichen Grüßen",
    "Merci pour votre commande ! N'hésitez pas à nous contacter.\nCordialement",
    "Grazie per il suo ordine! Per qualsiasi domanda siamo a disposizione.",
    "¡Gracias por su compra! No dude en escribirnos.\nSaludos",
    "この度はご注文いただき誠にありがとうございます。何かございましたらお気軽にどうぞ。",
    # padded with pleasantries and a little brand story: still nothing the order needs
    "Hello, thank you for your order! Every bar of our soap is cut by hand in our "
    "workshop. We hope it brings a little sunshine to your "
    "bathroom. We're always here to help. Enjoy your new blanket!\nWarm wishes, Tom",
    "Von Herzen vielen Dank für Ihre Bestellung und Ihr Vertrauen in unsere kleine "
    "Wollstube. Jede einzelne Bestellung bedeutet uns sehr viel. Wir wünschen Ihnen viel "
    "Freude und gemütliche Strickabende. Bei Fragen sind wir jederzeit für Sie da.",
    "Toute l'équipe tient à vous remercier chaleureusement pour votre commande. Nous sommes "
    "une petite marque basée à Annecy et chaque commande compte énormément pour nous. "
    "Nous restons à votre disposition si besoin.\nBelles randonnées à vous !",
    # a longer story of the shop, and a sign-off longer than a name
    "Desde Textiles Marina queremos agradecerle sinceramente la confianza depositada en "
    "nosotros.\nPara una empresa familiar como la nuestra, que lleva más de cuarenta años "
    "tejiendo en Crevillent, cada cliente es importante, y nos hace mucha ilusión que "
    "nuestras sábanas formen parte de su hogar.\nQuedamos a su entera disposición.\n"
    "Reciba un afectuoso saludo,\nBeatriz Soler",
    # thanks padded with the season, the workshop's weeks and an offer to help
    "We just wanted to take a moment to say how grateful we are that you picked our Winter "
    "Cedar soy candle. Every order means a great deal to a small workshop like ours, and it's "
    "lovely to think of one of our candles glowing in your home this December.\nWe hope the "
    "season brings you plenty of cosy evenings, good company and a little time to slow down. "
    "It has been a busy few weeks here in the workshop, but moments like this make it all "
    "worthwhile.\nIf there is ever anything at all we can do for you, we're always just a "
    "message away.\nWith warmest wishes from all of us,\nHannah Brooks",
]

NOT_THANKS_ONLY = [
    "Thank you for your order. If you have a moment, we'd value your honest review on "
    "Amazon. Kind regards, Tom",
    "Thank you for your order. Unfortunately item X is out of stock; would you like a "
    "replacement or a refund?",
    "Thank you for your message. The charger fits both models.",
    "Thank you for your order! The engraving text you entered is empty: what name should "
    "we engrave?",
    "Thank you for your order. Please find the assembly instructions attached.",
    "Vielen Dank für Ihre Bestellung. Leider verzögert sich der Versand um zwei Tage.",
    "Merci pour votre commande. Quelle taille souhaitez-vous ?",
    "Your order has shipped. The colour you chose is out of stock; may we send navy?",
    # the shop's story beside a real tip is still a message with content
    "Thank you for your order! We're a small family business. Before the first wash, soak "
    "the linen overnight in cold water with a cup of vinegar so the colour sets and the "
    "fibres soften; then wash at 40 degrees and line dry away from direct sun.",
]


@pytest.mark.parametrize("text", THANKS_ONLY)
def test_thank_you_only_blocks_proactive(text: str) -> None:
    assert acts(text, "purpose.thank_you_only") == {"block"}


@pytest.mark.parametrize("text", NOT_THANKS_ONLY)
def test_thanks_with_a_purpose_passes(text: str) -> None:
    assert acts(text, "purpose.thank_you_only") == set()


def test_thank_you_for_your_message_reply_passes() -> None:
    text = "Thank you for your message.\nBest regards, ACME"
    verdict = check(make_message(text, reply=True))
    assert actions(verdict, "purpose.thank_you_only") == set()
    assert actions(verdict, "purpose.marketing") == set()


def test_out_of_stock_question_is_neither_thanks_only_nor_marketing() -> None:
    text = (
        "Thank you for your order. Unfortunately item X is out of stock; would you like a "
        "replacement or a refund?"
    )
    html = f"<p>{text}</p>"
    verdict = check(make_message(text, html))
    fired = {f.rule for f in verdict.findings}
    assert not fired & {"purpose.thank_you_only", "purpose.marketing"}
    assert not fired & {"purpose.shipping_confirmation", "purpose.ask_buyer_to_cancel"}


def test_thanks_in_html_only_message_blocks() -> None:
    html = "<div><p>Dear customer,</p><p>Thank you for your purchase!</p><p>ACME</p></div>"
    verdict = check(make_message(html=html))
    assert actions(verdict, "purpose.thank_you_only") == {"block"}


# --- purpose.ask_buyer_to_cancel -----------------------------------------------------------

ASKS_TO_CANCEL = [
    "Lo mejor es que canceles tú el pedido desde tu cuenta de Amazon.",
    "Wir möchten Sie bitten, die Bestellung selbst über Ihr Amazon-Konto zu stornieren.",
    "Le chiedo quindi la cortesia di annullare lei l'ordine dal suo account Amazon.",
    "The item is out of stock, please cancel the order.",
    "Could you cancel your order from your Amazon account?",
    "You will need to request a cancellation through Amazon.",
    "Bitte stornieren Sie die Bestellung.",
    "Können Sie die Bestellung stornieren?",
    "Veuillez annuler votre commande, l'article n'est plus disponible.",
    "La preghiamo di annullare l'ordine.",
    "Por favor, cancele el pedido desde su cuenta.",
    "在庫切れのため、ご注文をキャンセルしてください。",
    "No tenemos stock. Le proponemos: cancelar usted el pedido desde «Mis pedidos».",
    "Falls Sie nicht warten möchten, wäre es am einfachsten, wenn die Bestellung von Ihrer "
    "Seite aus storniert würde.",
]

NOT_ASKS_TO_CANCEL = [
    "Wir stornieren die Bestellung dann selbst, und Amazon erstattet Ihnen den vollen Betrag.",
    "Sie müssen nichts selbst tun: wir stornieren die Bestellung für Sie.",
    "We have cancelled your order and issued a full refund.",
    "Please note that we will cancel the order and refund you today.",
    "We will cancel the order, please allow 3 days for the refund.",
    "Please do not cancel the order: the replacement ships tomorrow.",
    "Wir werden die Bestellung stornieren und Ihnen den Betrag erstatten.",
    "Nous allons annuler la commande et vous rembourser.",
    "ご注文はこちらでキャンセルいたします。",
    "You don’t have to cancel anything yourself – we handle any refund from our side.",
    "Die Stornierung haben wir bereits veranlasst; der Betrag wird von Amazon erstattet.",
    "Am einfachsten ist es, wenn wir die Bestellung stornieren und neu anlegen.",
]


@pytest.mark.parametrize("text", ASKS_TO_CANCEL)
def test_asking_the_buyer_to_cancel_blocks_a_notice_and_warns_in_a_reply(text: str) -> None:
    """An out-of-stock notice must not hand the cancellation to the buyer (the seller
    cancels); in a reply the buyer may have asked how to cancel, so it only warns."""
    notice = check(make_message(text))
    assert actions(notice, "purpose.ask_buyer_to_cancel") == {"block"}
    reply = check(make_message(text, reply=True))
    assert actions(reply, "purpose.ask_buyer_to_cancel") == {"warn"}


@pytest.mark.parametrize("text", NOT_ASKS_TO_CANCEL)
def test_seller_cancelling_is_fine(text: str) -> None:
    assert acts(text, "purpose.ask_buyer_to_cancel", reply=True) == set()


def test_a_reply_that_hands_the_cancellation_to_a_buyer_who_never_asked_blocks() -> None:
    """A reply only warns when the buyer may have asked how to cancel: its quoted history
    speaks of cancelling. Asked when the parcel comes, told to cancel: that is the
    out-of-stock notice the rule is for."""
    answer = (
        "Leider ist der Aktenvernichter derzeit nicht lieferbar. Wir möchten Sie bitten, "
        "die Bestellung über Ihr Amazon-Konto selbst zu stornieren.\n\n"
        "Am 20.11.2026 um 02:44 schrieb Amazon-Käufer:\n"
    )
    asked_when = answer + "> Wann kommt mein Aktenvernichter? Ich warte seit 10 Tagen.\n"
    assert acts(asked_when, "purpose.ask_buyer_to_cancel", reply=True) == {"block"}
    asked_how = answer + "> Kann ich die Bestellung noch stornieren, wenn er nicht kommt?\n"
    assert acts(asked_how, "purpose.ask_buyer_to_cancel", reply=True) == {"warn"}


def test_quoted_buyer_cancel_request_is_ignored() -> None:
    text = (
        "We have cancelled the order as you asked.\n\n"
        "On Tue, 4 Jun 2024 at 09:12, Buyer <x@marketplace.amazon.com> wrote:\n"
        "> Please cancel my order.\n"
    )
    assert acts(text, "purpose.ask_buyer_to_cancel", reply=True) == set()


def test_a_tracking_link_does_not_give_a_shipping_notice_a_purpose() -> None:
    """The same notice with and without the carrier's link: both only say it shipped."""
    notice = (
        f"Buongiorno, il suo ordine {ORDER} è stato affidato oggi al corriere GLS.\n"
        "Numero di spedizione: PL 6612 0045 7781\n"
        "{link}Consegna prevista: giovedì 3 dicembre.\nCordiali saluti, Casa Olearia"
    )
    link = "Segui la spedizione: https://www.gls-italy.com/ricerca?match=PL661200457781\n"
    for text in (notice.format(link=""), notice.format(link=link)):
        assert acts(text, "purpose.shipping_confirmation") == {"block"}
    # near miss: a real question gives it a purpose
    asked = notice.format(link=link) + "\nPotrebbe confermarci l'indirizzo di consegna?"
    assert acts(asked, "purpose.shipping_confirmation") == set()


# --- order.id_missing ------------------------------------------------------------------------


def test_an_order_id_in_full_width_digits_names_the_order() -> None:
    """Japanese keyboards may type the id in full-width digits; it is still the id (and
    the gateway remembers it in ASCII for the one-review-request-per-order check)."""
    wide = "２４９－３３１０２８７－６６２８４１９"
    raw = make_message(f"ご注文（{wide}）の刻印内容をご確認ください。", subject="刻印のご確認")
    verdict = check(raw)
    assert actions(verdict, "order.id_missing") == set()
    assert verdict.order_ids == ["249-3310287-6628419"]
    near = make_message("ご注文の刻印内容をご確認ください。", subject="刻印のご確認")
    assert actions(check(near), "order.id_missing") == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        'The CV-L31 lamp module is available in our Amazon store under "CineVision CV-L31".',
        "Die passende Dichtung finden Sie in unserem Amazon-Shop unter „Dichtung DN20“.",
    ],
)
def test_the_seller_s_amazon_shop_sells_in_a_notice_and_answers_in_a_reply(text: str) -> None:
    """Where to find the part the buyer asked about is an answer; the same shop named in
    a message nobody asked for is promotion."""
    assert acts(text, "purpose.marketing", reply=True) <= {"warn"}
    assert acts(text, "purpose.marketing") == {"block"}


def test_a_recall_notice_that_sells_the_new_model_is_marketing() -> None:
    text = (
        "Su alcuni esemplari del lotto 2609 l'interruttore potrebbe non spegnersi: non usi "
        "più l'apparecchio. Per tutto dicembre il nuovo bollitore KV-20 è scontato del 15 % "
        "per chi restituisce il KV-17!"
    )
    assert acts(text, "purpose.marketing") == {"block"}
    recall_only = text.split(" Per tutto")[0]
    assert acts(recall_only, "purpose.marketing") == set()


def test_the_option_to_cancel_stated_in_a_notice_only_warns() -> None:
    text = (
        "Your order is delayed; the new delivery date is 14 December. If that no longer "
        "works for you, you can cancel the order from Your Orders while it hasn't shipped."
    )
    assert acts(text, "purpose.ask_buyer_to_cancel") == {"warn"}
    assert acts(
        "The item is out of stock, please cancel the order.", "purpose.ask_buyer_to_cancel"
    ) == {"block"}
    # the permission right before a request phrase
    option = (
        "If the new date doesn't work for you, you can request a cancellation from Your "
        "Orders and it will be refunded in full."
    )
    assert acts(option, "purpose.ask_buyer_to_cancel") == {"warn"}
    assert acts(
        "Please request a cancellation from Your Orders.", "purpose.ask_buyer_to_cancel"
    ) == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "Cada mes sacamos muebles nuevos y se los contamos primero a nuestros clientes, con "
        "precio de lanzamiento.",
        "Our new kettle arrives next month at an introductory price for past customers.",
    ],
)
def test_a_launch_price_is_marketing(text: str) -> None:
    assert acts(text, "purpose.marketing") == {"block"}


COUPON_QUESTION = (
    "On Mon, 30 Nov 2026, Buyer wrote:\n> I clipped the coupon but was charged full price?\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "The 15% voucher did apply - it's shown in your order total as a separate line.",
        "Some of the coupons on Amazon are targeted by Amazon, so they show on one account only.",
        "The Black Friday deal you saw was only on the 2 m size, not on the 3 m one.",
    ],
)
def test_an_answer_to_the_buyer_s_coupon_question_only_warns(text: str) -> None:
    raw = make_message(f"Hi Sam,\n{text}\nBest, Jo\n\n{COUPON_QUESTION}", reply=True)
    assert actions(check(raw), "purpose.marketing") <= {"warn"}
    # the same words where nobody asked about a promotion
    assert acts(text, "purpose.marketing") == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "To make up for it, use code LUMEN15 on our night cream and get 15% off.",
        "Pour nous faire pardonner, profitez de -20 % sur notre crème de nuit.",
        "Here's a code for 20% off your next purchase: RIDGE20.",
    ],
)
def test_the_seller_s_own_offer_in_an_answer_about_a_coupon_still_blocks(text: str) -> None:
    raw = make_message(f"Hi Sam,\n{text}\nBest, Jo\n\n{COUPON_QUESTION}", reply=True)
    assert actions(check(raw), "purpose.marketing") == {"block"}


def test_the_stock_the_buyer_orders_now_is_no_call_to_shop() -> None:
    stock = (
        "Every unit in Amazon's warehouses is from the new run, so the one you order now "
        "will have the 2 m cable."
    )
    assert acts(stock, "purpose.marketing", reply=True) == set()
    assert acts("Order now and save on the 2 m cable!", "purpose.marketing") == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "Passend dazu haben wir seit Kurzem auch eine Mausschale aus demselben Filz im Programm.",
        "Già che c'è, le consiglio anche il nostro tappetino rinfrescante, perfetto per l'estate.",
        "Don't forget, our other listings include matching gloves in the same tartan.",
        "Para más adelante, también le puede interesar nuestra olla de 8 litros.",
        "Nos coffrets cadeaux « Escale bretonne » sont disponibles pour Noël.",
        "Pendant que vous y êtes, ces articles pourraient aussi vous plaire : la batterie 4 Ah.",
        "PS: Passend zu Ihren Tassen gibt es jetzt auch Frühstücksteller in „Donaublau“.",
        "Wer unseren Rauchpaprika mag, liebt meistens auch unser Chili-Meersalz.",
        "Le consigliamo anche il nostro supporto da parete, perfetto per questo modello.",
        "Zur Pendler-Tasche passt unser Regenüberzug in Signalgelb ganz wunderbar.",
        "Lots of customers pair these with our silicone stretch lids set.",
        "Por cierto, tenemos unas sábanas ajustables para este colchón. Puede verlas aquí.",
        "Gern legen wir Ihrer nächsten Lieferung eine Probe unserer neuen Sorte bei.",
        "Beim nächsten Nachkauf lohnt sich ein Blick auf unsere XL-Variante.",
    ],
)
def test_another_of_the_seller_s_products_recommended_is_marketing(text: str) -> None:
    """A cross-sell in a notice, or in a reply to a buyer who asked for nothing of the kind,
    blocks; where the buyer asked for a part or an accessory it only warns."""
    assert acts(text, "purpose.marketing") == {"block"}
    assert acts(text, "purpose.marketing", reply=True) == {"block"}
    asked = make_message(
        f"Hallo,\n{text}\nGruß, Jo\n\nOn Mon, 30 Nov 2026, Buyer wrote:\n"
        "> Do you also have a matching accessory? Haben Sie passendes Zubehör?\n",
        reply=True,
    )
    assert actions(check(asked), "purpose.marketing") <= {"warn"}


@pytest.mark.parametrize(
    "text",
    [
        "Die Hülle passt: innen 31 x 22,5 cm, das MacBook misst 30,4 x 21,5 cm.",
        "Le consigliamo di caricare la lampada per 8 ore prima del primo utilizzo.",
        "We recommend rinsing the bottle before its first use.",
        # "also recommend" is a cross-sell only of "our" product
        "Le recomendamos también actualizar la dirección en su cuenta de Amazon.",
        "Le consigliamo anche una prima carica completa di almeno otto ore.",
        "While you're at it, could you also tell me which font you would like?",
        # "our" that names the seller's guide or its side of things, not a product
        "We recommend our care guide: rinse the pan by hand and dry it at once.",
        "I've checked the coupon on our end, and it ended before your order.",
        "Check out our help documentation for the setup steps.",
        "We recommend our replacement service: just reply and we send a new part.",
        "Wir empfehlen unseren Kunden, die Pfanne vor dem ersten Gebrauch zu spülen.",
        "Take a look at our reply from yesterday: the return label is attached there.",
        "Te recomendamos nuestro consejo: lávala a mano.",
        "Die Kartusche passt in unserem Sortiment nur zum Modell A.",
        "Der neue Akku verbraucht 20 % weniger Strom als das Vorgängermodell.",
        "The spare pad is half price compared to the original part.",
    ],
)
def test_advice_about_the_item_bought_is_no_cross_sell(text: str) -> None:
    assert acts(text, "purpose.marketing") == set()


def test_the_option_to_cancel_a_subscription_in_an_answer_is_stated_not_asked() -> None:
    """The permission may follow the verb ("… or cancel, you can do that any time")."""
    text = (
        "If you'd like to skip the next box or cancel, you can do that any time under "
        '"Your Subscribe & Save items" in your Amazon account.'
    )
    raw = make_message(
        f"Hi Marisol,\n{text}\nBest, Jo\n\nOn Mon, 30 Nov 2026, Buyer wrote:\n"
        "> Why did the price of my coffee pods go up?\n",
        reply=True,
    )
    assert actions(check(raw), "purpose.ask_buyer_to_cancel") == {"warn"}


@pytest.mark.parametrize(
    "text",
    [
        "Grazie di cuore per aver scelto la nostra tovaglia.\nLe auguriamo una splendida "
        "giornata e un sereno fine settimana!\nPer qualsiasi cosa, noi siamo qui.",
        "Il suo casco è stato affidato a GLS. La consegna è prevista tra martedì e "
        "mercoledì.\nTi auguriamo tanti chilometri in sicurezza e buone strade!",
    ],
)
def test_italian_notes_padded_with_good_wishes_have_no_purpose(text: str) -> None:
    rules = {"purpose.thank_you_only", "purpose.shipping_confirmation"}
    raw = make_message(f"Gentile cliente,\n{text}\nGiulia\n\nOrdine {ORDER}")
    assert any(actions(check(raw), r) == {"block"} for r in rules)


@pytest.mark.parametrize(
    "text",
    [
        "Ab dem 27. Dezember läuft bei uns der Winterschlussverkauf, alles um 30 % reduziert.",
        "Bis zum dritten Advent gibt es beim Kauf von zwei Duftkerzen die dritte gratis dazu.",
        "Pour Noël, la livraison est offerte dès 40 € d'achat.",
    ],
)
def test_seasonal_promotions_in_a_notice_are_marketing(text: str) -> None:
    assert acts(text, "purpose.marketing") == {"block"}


def test_an_item_taken_out_of_the_range_is_no_promotion() -> None:
    text = "Der Hersteller hat das Set eingestellt. Der Artikel ist aus unserem Sortiment genommen."
    assert acts(text, "purpose.marketing") == set()


def test_zendesk_s_reply_above_this_line_marker_is_no_purpose() -> None:
    """The marker asks for a reply in the helpdesk's words: a thank-you note under it is
    still thanks only."""
    text = (
        "##- このラインより上にご返信ください -##\nお客様\n"
        f"この度はグラス（ご注文番号：{ORDER}）をご注文いただき、誠にありがとうございました。\n"
        "今後とも何卒よろしくお願い申し上げます。\n宮本"
    )
    raw = make_message(text, subject="ご注文ありがとうございました")
    assert actions(check(raw), "purpose.thank_you_only") == {"block"}
    question = text.replace("今後とも", "刻印のお名前をお知らせいただけますか？\n今後とも")
    raw = make_message(question, subject="ご注文ありがとうございました")
    assert actions(check(raw), "purpose.thank_you_only") == set()


def test_a_question_about_the_item_s_fit_asks_for_no_other_product() -> None:
    """ "Does the light fit a 31.8 mm handlebar?" is about the item bought: a cross-sell in
    the answer still blocks."""
    raw = make_message(
        "Ciao,\nsì, il 31,8 è compatibile. Già che ci sei, ti consigliamo anche il nostro "
        "supporto per smartphone: molti clienti li acquistano insieme.\nAlessio\n\n"
        "Il giorno 9 dicembre 2026, alle 08:30, Tommaso ha scritto:\n"
        "> La luce va bene su un manubrio da 31,8 mm? Il diametro al centro è quello.\n",
        reply=True,
    )
    assert actions(check(raw), "purpose.marketing") == {"block"}


def test_an_order_recap_table_gives_a_thank_you_note_no_purpose() -> None:
    rows = (
        "<tr><td>Article</td><td>Quantité</td></tr>"
        "<tr><td>Parure de lit en lin lavé, 240 × 220 cm, terracotta</td><td>1</td></tr>"
        "<tr><td>Taies d'oreiller assorties, 65 × 65 cm</td><td>2</td></tr>"
    )
    html = (
        f"<p>Bonjour,</p><p>Merci pour votre commande {ORDER}.</p><table>{rows}</table>"
        "<p>Nous restons à votre disposition via la messagerie Amazon.</p><p>Bérangère</p>"
    )
    raw = make_message(html=html, subject="Merci pour votre commande")
    assert actions(check(raw), "purpose.thank_you_only") == {"block"}
    asked = html.replace(
        "<p>Nous restons", "<p>Quelle couleur de ruban souhaitez-vous ?</p><p>Nous restons"
    )
    raw = make_message(html=asked, subject="Merci pour votre commande")
    assert actions(check(raw), "purpose.thank_you_only") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Die Nocciola gibt es auch im Spar-Abo, das Kilo kostet 10 % weniger.",
        "If you add our matching pillowcases to your order, we will throw them in at half price.",
    ],
)
def test_a_saving_offered_in_passing_is_marketing(text: str) -> None:
    assert acts(text, "purpose.marketing") == {"block"}


def test_a_quoted_menu_label_does_not_split_the_cancel_ask() -> None:
    text = (
        "Unser Lieferant hat die Produktion eingestellt. Wir möchten Sie bitten, die "
        "Stornierung über „Meine Bestellungen“ in Ihrem Amazon-Konto selbst zu beantragen."
    )
    assert acts(text, "purpose.ask_buyer_to_cancel", reply=False) == {"block"}
    # a quoted single word is the reply asked for, not a menu: no ask to cancel
    keyword = (
        'Die Lieferung dauert eine Woche länger. Antworten Sie bitte einfach mit "stornieren".'
    )
    assert acts(keyword, "purpose.ask_buyer_to_cancel", reply=False) == set()


def test_a_negation_reaches_every_item_of_a_list_that_goes_on_after_the_cue() -> None:
    text = (
        "Über den Amazon-Nachrichtendienst dürfen wir Ihnen leider keine Links zu unserer "
        "Webseite, zu einem Newsletter oder Rabattaktionen schicken."
    )
    assert acts(text, "purpose.marketing", reply=True) == set()
    # no list after the cue: the newsletter is offered
    offered = "Wir können leider nicht liefern, abonnieren Sie unseren Newsletter."
    assert acts(offered, "purpose.marketing", reply=True) == {"block"}


def test_an_amazon_deal_explained_and_a_launch_announced() -> None:
    deal = (
        "Ese precio era una Oferta flash del Black Friday gestionada por Amazon en la página "
        "del producto, no un cambio de precio nuestro."
    )
    assert "block" not in acts(deal, "purpose.marketing", reply=True)
    launch = "Also, good news - we're launching the Arc Pro with twice the brightness in January."
    assert acts(launch, "purpose.marketing", reply=True) == {"block"}
    # a carrier claim is launched too
    claim = "We're launching a claim with the carrier today."
    assert "block" not in acts(claim, "purpose.marketing", reply=True)


def test_a_bigger_pack_recommended_in_passing_is_a_cross_sell() -> None:
    text = (
        "Kleiner Tipp am Rande: Im 12er-Jahrespack kostet die einzelne Kartusche fast ein "
        "Drittel weniger als im Dreierpack."
    )
    assert acts(text, "purpose.marketing") == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "Zusammen mit der Bürste gibt es den Balsam diesen Monat noch zum Set-Preis von 19,90 €.",
        "Mit dem Code WAERME10 bekommen Ihre Freunde 10 % auf ihre erste Kanne bei uns.",
        "Wer ein zweites Mal bei uns bestellt, findet im Paket eine kleine Überraschung.",
    ],
)
def test_german_offers_in_passing_are_marketing(text: str) -> None:
    assert acts(text, "purpose.marketing") == {"block"}
