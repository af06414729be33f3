"""Review and feedback rules: messages that must fire, near-misses that must not."""

from __future__ import annotations

import pytest

from policies import Envelope
from policies.model import MessageModel
from policies.review_asks import is_review_request
from tests.mail import ORDER, actions, check, default_policy, make_message


def acts(text: str, rule_id: str, *, reply: bool = True, html: str | None = None) -> set[str]:
    """Actions of `rule_id` on a message (a reply by default: these rules apply to both)."""
    return actions(check(make_message(text, html, reply=reply)), rule_id)


def asks_review(text: str) -> bool:
    raw = make_message(text)
    policy = default_policy()
    return is_review_request(MessageModel(raw, Envelope(), policy), policy)


# --- is_review_request ---------------------------------------------------------------------

REVIEW_REQUESTS = [
    "If you have a moment, please leave a review of the blender on Amazon.",
    "We would appreciate it if you could share your feedback about this purchase.",
    "Would you take a moment to rate the product?",
    "Könnten Sie uns eine Bewertung hinterlassen? Das würde uns sehr helfen.",
    "Wir würden uns über eine Rezension freuen, wenn Sie einen Moment Zeit haben.",
    "Pourriez-vous prendre quelques minutes pour laisser un avis sur Amazon ?",
    "Le saremmo grati se potesse lasciare una recensione del prodotto.",
    "¿Podría dejar una reseña del producto en Amazon? Nos ayudaría mucho.",
    "お手数ですが、商品レビューを書いていただけますと幸いです。",
]

NOT_REVIEW_REQUESTS = [
    "We will review your return request and get back to you within 2 days.",
    "Please allow us 48 hours to review the photos you sent.",
    "Thank you for your feedback, could you please send a photo of the damage?",
    "Your case is under review; please keep the original packaging.",
    "Bitte geben Sie uns kurz Rückmeldung, ob die neue Adresse stimmt.",
    "Votre colis a un avis de passage : merci de le retirer au bureau de poste.",
    "En nuestra opinión, el defecto se debe al transporte; le enviamos otro.",
    "Could you kindly remove the negative feedback now that the refund is done?",
]


@pytest.mark.parametrize("text", REVIEW_REQUESTS)
def test_review_requests_are_recognised(text: str) -> None:
    assert asks_review(text)


@pytest.mark.parametrize("text", NOT_REVIEW_REQUESTS)
def test_service_talk_is_not_a_review_request(text: str) -> None:
    assert not asks_review(text)


def test_verdict_carries_review_request_flag() -> None:
    verdict = check(make_message("Please leave a review when you have a moment."))
    assert verdict.review_request
    assert ORDER in verdict.order_ids


def test_quoted_buyer_text_is_not_a_review_request() -> None:
    text = (
        "Hello, the replacement ships tomorrow.\n\n"
        "On Mon, 3 Jun 2024 at 10:00, Buyer <x@marketplace.amazon.com> wrote:\n"
        "> Please leave a review for my shop, I leave reviews for everyone.\n"
    )
    assert not asks_review(text)


# --- review.incentive ----------------------------------------------------------------------

INCENTIVES = [
    # formal German
    "Gerne möchten wir Sie bitten, Ihre Erfahrungen in einer Produktbewertung auf Amazon "
    "festzuhalten. Als Zeichen unserer Wertschätzung erhalten Sie nach Veröffentlichung Ihrer "
    "Bewertung eine Gutschrift in Höhe von 8,00 €.",
    "Wir senden Ihnen gerne als kostenlose Zugabe ein Pflegespray. Voraussetzung hierfür ist "
    "lediglich, dass Sie Ihre Erfahrungen zuvor in einer Rezension auf Amazon teilen.",
    # a gift card or prize draw, or proof of the review, anywhere in the sentence
    "Todos los clientes que publiquen su opinión sobre el producto en Amazon antes del 31 de "
    "diciembre entrarán automáticamente en el sorteo de una tarjeta regalo de 50 euros.",
    "Cuando publique su opinión sobre el afilador en Amazon, respóndanos a este mensaje con una "
    "captura de pantalla y le enviaremos un regalo.",
    "Nos gustaría contar con su opinión en Amazon y, una vez publicada la reseña, le "
    "devolveremos 5 euros.",
    "Abbiamo messo un regalino nel pacco: una recensione su Amazon sarebbe il modo più bello "
    "per ricambiare.",
    "Wir würden uns freuen, wenn Sie Ihre Erfahrung in einer Rezension bei Amazon schildern. "
    "Als kleines Dankeschön erstatten wir Ihnen danach 5 €.",
    "We'd love an honest review on Amazon. Everyone who shares one goes into our winter "
    "draw for a year of coffee on us.",
    "Leave a review on Amazon and we'll extend your warranty from two years to three.",
    "Nous offrons une extension de garantie de 2 ans aux clients qui laissent un avis.",
    # the review made the condition of the reward
    "Wenn Sie eine Rezension auf Amazon schreiben und uns kurz den Namen mitteilen, "
    "erstatten wir Ihnen 5 € vom Kaufpreis.",
    "Wir freuen uns über eine Bewertung. Geben Sie uns danach Bescheid, als kleines "
    "Dankeschön erstatten wir die Versandkosten.",
    "En retour, nous comptons sur vous pour nous laisser un avis sur l'oreiller.",
    # a contrast ends the denied list
    "We can't offer a discount, but a free cover is yours in return for a review.",
    "Leave us a 5-star review and get a $10 gift card!",
    "Please leave a review. As a thank you, we will send you a free product.",
    "We will refund the full price once you post your review.",
    "In exchange for an honest review we offer 20% off your next order.",
    "Could you remove the negative feedback? We'll send you a gift card in return.",
    "Für eine Bewertung erhalten Sie einen Gutschein über 10 €.",
    "Hinterlassen Sie eine Rezension und Sie erhalten die Rückerstattung von 5 €.",
    "Laissez un avis et recevez un bon d'achat de 10 €.",
    "Lasci una recensione e riceverà un buono regalo.",
    "Deje una reseña y le enviaremos un regalo gratis.",
    "レビューを書いていただいた方にはAmazonギフト券をプレゼントします。",
]

NOT_INCENTIVES = [
    "We have issued a full refund for the damaged kettle, and if you have a moment, a review "
    "would help other buyers.",
    "Amazon Customer Service can review coupon questions, so please contact them.",
    "If you leave a review, thank you; your refund was issued yesterday either way.",
    "Nous avons bien reçu le casque en retour. Si vous le souhaitez, vous pouvez laisser un avis.",
    "I'm afraid we can't offer a discount, a free cover or anything else in return for a review.",
    "A review only means something if nobody has been rewarded for writing it.",
    "A full refund has been issued.",
    "A full refund has been issued. We hope the replacement works well for you.",
    "Thank you for your feedback, we will send you a free replacement right away.",
    "Feel free to contact us if the review of your case takes longer than expected.",
    "Your refund was processed today. If you have any questions, just reply here.",
    "Ihre Rückerstattung wurde veranlasst. Vielen Dank für Ihre Geduld.",
    "Votre remboursement a été effectué aujourd'hui.",
    "Il suo rimborso è stato effettuato.",
    "Su reembolso ha sido procesado.",
    "返金手続きが完了しました。",
]


@pytest.mark.parametrize("text", INCENTIVES)
def test_incentive_blocks(text: str) -> None:
    assert acts(text, "review.incentive") == {"block"}


@pytest.mark.parametrize("text", NOT_INCENTIVES)
def test_incentive_near_misses(text: str) -> None:
    assert acts(text, "review.incentive") == set()


def test_legitimate_feedback_removal_after_refund_only_warns() -> None:
    text = (
        "We're sorry about the broken lid. A full refund has been issued. "
        "If you feel we resolved the problem, could you please remove your seller feedback?"
    )
    verdict = check(make_message(text, reply=True))
    assert actions(verdict, "feedback.removal_request") == {"warn"}
    assert "review.incentive" not in {f.rule for f in verdict.findings}
    assert verdict.outcome.value == "pass"


def test_incentivised_feedback_removal_blocks_through_incentive() -> None:
    text = "Could you remove your negative feedback? We will send you a $20 gift card."
    verdict = check(make_message(text, reply=True))
    assert actions(verdict, "feedback.removal_request") == {"warn"}
    assert actions(verdict, "review.incentive") == {"block"}
    assert verdict.outcome.value == "block"


# --- review.biased_positive ----------------------------------------------------------------

BIASED = [
    "Zeigen Sie anderen Eltern, wie begeistert Sie sind, und vergeben Sie fünf Sterne auf Amazon!",
    "Zufriedene Kundinnen und Kunden teilen ihre Erfahrungen gerne in einer Rezension auf "
    "Amazon, worüber wir uns freuen würden.",
    "Wenn du happy bist – lass uns doch ein paar liebe Worte auf Amazon da.",
    "Und wenn's klappt, würden wir uns riesig über ein Feedback mit 5 Sternchen freuen ;)",
    "Le cuffie le sono piaciute? Se sì, ci lascerebbe una recensione su Amazon?",
    "Speriamo di esserci meritati il massimo dei voti. Se vorrà lasciare una recensione, la "
    "trova nella sezione I miei ordini.",
    "Si votre commande vous a donné satisfaction, n'hésitez pas à le faire savoir en laissant "
    "un avis sur Amazon.",
    "Nous comptons sur vous pour nous laisser un bel avis sur Amazon.",
    "We'd be grateful for a lovely review on Amazon.",
    "Please leave us a positive review!",
    "We hope you'll give us 5 stars.",
    "If you are happy with your purchase, please leave a review on Amazon.",
    "If you love the blender, we'd love to hear about it in a review.",
    "A five-star rating would mean the world to us.",
    "Please leave a review ★★★★★",
    "Bitte hinterlassen Sie eine positive Bewertung.",
    "Wenn Sie zufrieden sind, würden wir uns über eine Bewertung freuen.",
    "Si vous êtes satisfait, merci de laisser un avis 5 étoiles.",
    "Se è soddisfatto, lasci una recensione positiva.",
    "Si está satisfecho, deje una reseña de 5 estrellas.",
    "ご満足いただけましたら、星5つのレビューをお願いいたします。",
]

NOT_BIASED = [
    "If you have a moment, we'd love an honest review on Amazon, whatever you thought of it.",
    "Non possiamo fare sconti, omaggi o rimborsi in cambio di una recensione, né di cinque "
    "stelle né di altro tipo.",
    "Thank you for the 5-star review!",
    "If you have a moment, we would appreciate an honest review of your purchase.",
    "We did our best; please leave a review if you have time.",
    "If you are happy with the replacement, no further action is needed.",
    "Our star-shaped cookie cutter ships in a padded box.",
    "Wir freuen uns über jede ehrliche Bewertung.",
    "Nous apprécierions un avis honnête sur votre achat.",
]


@pytest.mark.parametrize("text", BIASED)
def test_biased_positive_blocks(text: str) -> None:
    assert acts(text, "review.biased_positive") == {"block"}


@pytest.mark.parametrize("text", NOT_BIASED)
def test_biased_positive_near_misses(text: str) -> None:
    assert acts(text, "review.biased_positive") == set()


def test_star_row_in_html_next_to_review_request_blocks() -> None:
    html = "<p>How did we do?</p><p>&#9733;&#9733;&#9733;&#9733;&#9733;</p><p>Leave a review</p>"
    text = "How did we do?\n★★★★★\nLeave a review"
    assert acts(text, "review.biased_positive", html=html) == {"block"}


# --- review.divert_negative ----------------------------------------------------------------

DIVERTS = [
    "Qualora non fosse soddisfatto, la invitiamo a rivolgersi a noi anziché esprimere una "
    "valutazione negativa.",
    "Si algo no va bien, escríbenos antes de poner una opinión negativa en Amazon.",
    "Si algo no le convence, cuéntenoslo a nosotros por aquí y no en las opiniones de Amazon.",
    # the informal "du" of young brands
    "Schreib uns bei sowas immer zuerst, bevor du bewertest. Eine schlechte Bewertung tut weh.",
    "Falls irgendwas nicht passt, schreib bitte erst uns und nicht gleich eine Bewertung.",
    "Prima di scrivere qualsiasi cosa pubblicamente su Amazon, ci dia la possibilità di risolvere.",
    "If you are not satisfied, please contact us before leaving a review.",
    "Please contact us first instead of leaving negative feedback.",
    "If you're happy, please leave a review. If you're not happy, contact us and we'll fix it.",
    "Before you leave a bad review, please let us know what went wrong.",
    "Bevor Sie eine negative Bewertung abgeben, kontaktieren Sie uns bitte.",
    "Avant de laisser un avis négatif, contactez-nous.",
    "Prima di lasciare una recensione negativa, ci contatti.",
    "Antes de dejar una reseña negativa, contáctenos por favor.",
    "低評価をつける前に、まずはご連絡ください。",
]

NOT_DIVERTS = [
    "If anything is wrong with the item, please contact us and we will help.",
    "If you are not satisfied with the replacement, let us know and we will refund you.",
    "Falls Sie nicht zufrieden sind, melden Sie sich bitte bei uns.",
]


@pytest.mark.parametrize("text", DIVERTS)
def test_divert_negative_blocks(text: str) -> None:
    assert acts(text, "review.divert_negative") == {"block"}


@pytest.mark.parametrize("text", NOT_DIVERTS)
def test_divert_negative_near_misses(text: str) -> None:
    assert acts(text, "review.divert_negative") == set()


def test_quoted_bad_review_threat_does_not_divert() -> None:
    text = (
        "We are sorry the lamp arrived broken. A replacement ships today; please let us "
        "know if it arrives safely.\n\n"
        "On Tue, 4 Jun 2024 at 09:12, Buyer <x@marketplace.amazon.com> wrote:\n"
        "> The lamp is broken. If you don't fix it I will leave a bad review.\n"
    )
    html = (
        "<p>We are sorry the lamp arrived broken. A replacement ships today; please let us "
        "know if it arrives safely.</p>"
        '<div class="gmail_quote"><blockquote>The lamp is broken. If you don\'t fix it I '
        "will leave a bad review. Contact me before I leave a negative review.</blockquote></div>"
    )
    verdict = check(make_message(text, html, reply=True))
    fired = {f.rule for f in verdict.findings}
    assert not fired & {"review.divert_negative", "review.change_or_remove", "review.incentive"}
    assert not verdict.review_request


# --- review.change_or_remove ---------------------------------------------------------------

CHANGES = [
    "Hemos visto que dejó una reseña de 1 estrella. Ahora que está todo resuelto, ¿sería tan "
    "amable de modificarla?",
    "Wir erlauben uns, Sie höflich um eine Aktualisierung Ihrer Rezension zu bitten.",
    "Wir haben deine Rezension gesehen. Magst du die vielleicht rausnehmen?",
    # "look at it again" asks for a change
    "Vielleicht schauen Sie sich Ihre Rezension noch einmal an, jetzt wo alles funktioniert.",
    "Es wäre schön, wenn Sie Ihre Bewertung noch einmal überprüfen würden.",
    "Could you take another look at your review now that it works?",
    "Now that the issue is solved, could you update your review?",
    "Would you consider changing your 1-star review?",
    "We have sent a replacement; please remove your negative review.",
    "Could you please delete the review you left on the product page?",
    "Könnten Sie Ihre Rezension bitte ändern?",
    "Wir bitten Sie, Ihre Bewertung zu entfernen.",
    "Pourriez-vous modifier votre avis sur le produit ?",
    "Potrebbe modificare la sua recensione?",
    "¿Podría eliminar su reseña del producto?",
    "商品レビューを削除していただけますか。",
    # a "nothing" that affirms
    "Nothing would make us happier than if you updated your review.",
    # the ask, the buyer's review and the change far apart in one sentence
    "Now that everything's been sorted, would you mind going back to the review you left "
    "about the first pair and adding a quick update?",
    "Da Ihre Rezension noch den ursprünglichen Fehler beschreibt, wären wir Ihnen "
    "verbunden, wenn Sie sie an den aktuellen Stand anpassen könnten.",
    "Avendo visto la recensione da due stelle che aveva lasciato prima della sostituzione, "
    "le chiederemmo, se crede, di aggiornarla ora che il problema è risolto.",
    # the review named as the comment left on the product's page, then "it"
    "The comment you left on the rack's page was written while you were stuck with "
    "stripped bolts. Now that it has been sorted, would you consider having another look "
    "at what you wrote?",
    "Wir wünschen uns nichts sehnlicher, als dass Sie Ihre Rezension ändern.",
]

NOT_CHANGES = [
    "Schauen Sie sich gern die Bewertungen anderer Kunden an.",
    "Bitte überprüfen Sie die Lieferadresse noch einmal.",
    "The edited review goes through Amazon's usual check again before it shows.",
    "Only Amazon and the person who wrote the review can make changes.",
    "We as the seller cannot remove, hide or edit any review on Amazon.",
    "Only the person who wrote a review can change or delete it.",
    "En tant que vendeur, nous n'avons aucun moyen de supprimer, de masquer ou de modifier "
    "un avis.",
    "We will update you on the shipment as soon as the carrier scans the parcel.",
    "Please update your shipping address in your Amazon account.",
    "Thank you for your review; we have updated the product description.",
    "We changed our packaging after reading customer reviews.",
    "We will review your request and change the delivery date.",
    "Bitte ändern Sie die Lieferadresse in Ihrem Konto.",
    "Nous allons modifier l'adresse de livraison.",
    # a change verb before a clause break is no change of the review after it
    "Amazon keeps all reviews on one page even when the product changes, so the older "
    "reviews you're reading are about the first version.",
    # "didn't", "couldn't" deny like "don't"
    "I understand why it looks that way, but we didn't remove your review, and we couldn't "
    "if we wanted to.",
    # a new review asked for, whatever the buyer would change; the seller improving itself
    "Nos ayudaría que dejaras una reseña en Amazon contando qué te pareció: lo que te guste "
    "y también lo que cambiarías.",
    "Qu'il soit bon ou moins bon, votre commentaire aide les autres acheteurs, et il nous "
    "aide à savoir comment s'améliorer d'une saison à l'autre.",
    # the buyer's right stated, nothing asked
    "Your review is yours to keep, edit or leave exactly as it is.",
    # the seller's changes, decided from the reviews
    "Nos ayudaría mucho que dejara una opinión sobre ella en Amazon. Nos interesa lo que "
    "piense de verdad; con esos comentarios decidimos los cambios de la edición del año "
    "que viene.",
]


@pytest.mark.parametrize("text", CHANGES)
def test_change_or_remove_blocks(text: str) -> None:
    assert acts(text, "review.change_or_remove") == {"block"}


@pytest.mark.parametrize("text", NOT_CHANGES)
def test_change_or_remove_near_misses(text: str) -> None:
    assert acts(text, "review.change_or_remove") == set()


# --- feedback.removal_request --------------------------------------------------------------

REMOVALS = [
    "Now that you have your refund, would you consider removing your negative feedback?",
    "Could you please remove the seller feedback you left for this order?",
    "Könnten Sie Ihre Verkäuferbewertung bitte entfernen?",
    "Pourriez-vous retirer votre évaluation vendeur ?",
    "Potrebbe rimuovere il feedback del venditore?",
    "¿Podría eliminar la valoración del vendedor?",
    "出品者評価を削除していただけますでしょうか。",
    # the ambiguous word is the seller's when the sentence names seller feedback with it
    "Vous pourriez retirer l'évaluation négative que vous avez laissée dans l'évaluation du "
    "vendeur ?",
]


@pytest.mark.parametrize("text", REMOVALS)
def test_feedback_removal_only_warns(text: str) -> None:
    verdict = check(make_message(text, reply=True))
    assert actions(verdict, "feedback.removal_request") == {"warn"}
    assert "review.change_or_remove" not in {f.rule for f in verdict.findings}
    assert not verdict.review_request


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your feedback; we have changed the packaging.",
        "We removed the item from your order as requested.",
    ],
)
def test_feedback_removal_near_misses(text: str) -> None:
    assert acts(text, "feedback.removal_request") == set()


def test_messages_are_plain_words() -> None:
    verdict = check(make_message("Please leave us a positive review!", reply=True))
    finding = next(f for f in verdict.findings if f.rule == "review.biased_positive")
    assert "positive" in finding.message and "Remove" in finding.message
    assert "positive review" in finding.evidence


# --- paraphrase, neighbouring sentences, reminders, hidden characters ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "If you were satisfied with the kettle, would you mind leaving a review?",
        "If we've earned your five stars, share it on Amazon.",
        "Wenn Sie zufrieden waren, freuen wir uns. Eine Bewertung auf Amazon würde uns helfen.",
        "Si vous êtes satisfait de votre achat. Laissez-nous un avis sur Amazon, merci !",
        "Se il prodotto ti è piaciuto, lasciaci 5 stelle su Amazon.",
        "Si te ha gustado, nos encantaría ver tus cinco estrellas en Amazon.",
        "Would you help us out with a 5\xad-star re\u200bview on Amazon?",
        "And if you're pleased with how we've looked after you, we'd be really grateful "
        "for a 5 star review on Amazon!",
        "Se è soddisfatta, ci farebbe un enorme piacere ricevere una recensione a 5 stelle.",
        "Ci auguriamo di esserci guadagnati le tue 5 stelle: ci trovi su Amazon.",
        "We hope we've earned your five stars.",
        "Kindly do the needful and give us good star, 5 star is best for us.",
        "Se ti sono piaciuti, ci regaleresti cinque stelline su Amazon?",
        "Über ein paar nette Worte auf Amazon würden wir uns riesig freuen, sofern alles passt.",
        "If that sorts it out, we'd really appreciate a 5-star review on Amazon!",
        "Si el aceite le ha gustado tanto como a nosotros, nos haría muy felices que lo "
        "contara en Amazon con la puntuación más alta.",
        "We hope you love them as much as we do, and if you do, tell your fellow hikers on Amazon!",
        # the condition asked as a question in the sentence before
        "Are you happy with the blanket? Then we would love a review on Amazon.",
        "Sind Sie und Ihr Hund zufrieden? Dann freuen wir uns über Ihre Meinung bei Amazon.",
        "Wer zufrieden ist, darf das ruhig laut sagen – am liebsten in einer Bewertung.",
        "Si te está gustando, déjanos tus estrellitas en Amazon, que para nosotras es oro.",
        "Y si te gustó, regálanos tus cinco estrellitas en Amazon.",
    ],
)
def test_biased_review_requests_in_other_words(text: str) -> None:
    assert acts(text, "review.biased_positive", reply=False) == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "If you have a moment, we'd value your honest review on Amazon.",
        "If you are happy with the fit, keep it; if not, the return label is in the box.",
        "Wenn Sie zufrieden sind, müssen Sie nichts weiter tun. Die Rechnung liegt bei.",
        "If anything is unclear, let us know. We hope you enjoy the lamp.",
        "Thank you for the 5-star review, we hope we deserved it!",
        "We hope to earn your trust with the replacement.",
        "We saw your 5-star review of the kettle.",
        "Cada opinión, buena o mala, ayuda a otros compradores: nos encantaría leer la suya.",
        "Every review, good or bad, helps other buyers; we'd love to read yours.",
        "Le invitamos a dejar su opinión en Amazon; tanto si su experiencia ha sido buena como "
        "si no, su comentario ayuda a otros compradores.",
        "Whether your experience was good or not, we'd value your review on Amazon.",
        "Nos sirve cualquier opinión sincera, tanto si el café le ha encantado como si "
        "esperaba otra cosa: ayude a otros compradores con su reseña en Amazon.",
        # an engraving, not a rating
        'The engraving came through as: "To my star, love always M". Is that exactly right?',
        # a question about satisfaction that is not next to the review request
        "Are you happy with the blanket? If not, just reply here. We'd value a review on Amazon.",
        "Are you not happy with the fit? Reply here and we will send another size.",
        # an open question asks how happy, not only the happy ones
        "Wie zufrieden sind Sie? Wir freuen uns über eine Bewertung auf Amazon.",
        "How satisfied are you with the towels? We'd value an honest review on Amazon.",
    ],
)
def test_neutral_requests_and_conditions_without_a_review_pass(text: str) -> None:
    assert acts(text, "review.biased_positive", reply=False) == set()


@pytest.mark.parametrize(
    "text",
    [
        "We'd value your honest review on Amazon. If anything isn't right, write to us first.",
        "If anything isn't right, write to us first. A review helps other buyers choose.",
        "Wir freuen uns über eine Bewertung auf Amazon. Sollte etwas nicht stimmen, geben Sie "
        "uns bitte zuerst die Chance, es zu lösen.",
        "Nos encantaría leer su reseña en Amazon. Denos la oportunidad de solucionarlo primero.",
        "If you find any problem with the knife, please contact us by Amazon message before "
        "you write the review.",
        "Wer es nicht ist, sagt es uns bitte leise, hier über die Nachrichten, und nicht gleich "
        "öffentlich in einer Bewertung.",
    ],
)
def test_diverting_over_two_sentences(text: str) -> None:
    assert acts(text, "review.divert_negative") == {"block"}


def test_write_to_us_first_without_any_review_is_service() -> None:
    text = "If anything isn't right, write to us first. We will send a new part at once."
    assert acts(text, "review.divert_negative") == set()


@pytest.mark.parametrize(
    "text,subject",
    [
        ("Just a gentle reminder about the review we asked for last week.", None),
        (
            "In case it slipped through the cracks: if you haven't had a chance yet, we'd "
            "still really appreciate a review on Amazon.",
            None,
        ),
        (
            "Wir würden uns sehr über Ihre Bewertung auf Amazon freuen.",
            "Erinnerung: Ihre Bewertung",
        ),
        (
            "Por si se te pasó: todavía estás a tiempo de dejarnos una reseña en Amazon.",
            None,
        ),
        (
            "Falls du zwei Minuten hast, freuen wir uns über eine Bewertung auf Amazon.",
            "Nochmal kurz wegen deiner Bewertung",
        ),
        (
            "先週もレビューのお願いをお送りいたしましたが、改めてご連絡させていただきました。"
            "率直なご感想をAmazonのレビューにお寄せいただけましたら幸いです。",
            None,
        ),
        # "already" a few words before "asked"
        (
            "Weil ich dich ja vor ein paar Tagen schon mal nach einer Bewertung gefragt hatte: "
            "Vielleicht hast du jetzt doch noch Lust, eine Rezension zu schreiben.",
            None,
        ),
        ("We already asked you last week; we'd still love a review on Amazon.", None),
    ],
)
def test_a_reminder_of_a_review_request_is_a_repeat(text: str, subject: str | None) -> None:
    raw = make_message(text, subject=subject or f"Your order {ORDER}")
    assert actions(check(raw), "review.repeat_request") == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "Just following up on your return: the refund was issued today.",
        "If you have a moment, we'd value your honest review on Amazon.",
        "Reminder: the replacement needs a signature on delivery.",
        # "stelle" is an Italian review word, and a German verb
        "Melden Sie sich bitte noch einmal hier, dann stelle ich einen Nachforschungsauftrag.",
        # "we ask you" in the present
        "Le pedimos que nos deje una reseña en Amazon si tiene un momento.",
        # asked before about something else, in a long sentence of its own
        "Wie bereits am Telefon mit dem Kurierdienst besprochen und gefragt, kommt der Ersatz "
        "am Freitag zwischen neun und zwölf Uhr. Wir freuen uns über eine Bewertung auf Amazon.",
    ],
)
def test_a_reminder_without_a_review_request_or_a_first_request_is_not_a_repeat(
    text: str,
) -> None:
    assert actions(check(make_message(text)), "review.repeat_request") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Once your honest review is up, send us a screenshot and we'll refund your shipping.",
        "Sobald Ihre Bewertung online ist, schicken Sie uns einen Screenshot – wir erstatten "
        "Ihnen dann die Versandkosten.",
        "Une fois votre avis publié, envoyez-nous une capture d'écran et nous vous "
        "rembourserons les frais de port.",
        "Cuando tu reseña esté publicada, mándanos una captura y te devolvemos el envío.",
    ],
)
def test_paying_for_proof_of_a_review_is_an_incentive(text: str) -> None:
    assert acts(text, "review.incentive") == {"block"}


def test_a_screenshot_of_the_damage_is_not_an_incentive() -> None:
    text = "Please send us a screenshot of the error code and we will refund the order."
    assert acts(text, "review.incentive") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Before you share your experience with other shoppers, please give us the chance "
        "to put things right.",
        "Un souci avec l'appareil ? Avant toute évaluation, écrivez-nous.",
    ],
)
def test_diverting_before_any_review(text: str) -> None:
    assert acts(text, "review.divert_negative") == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "If something about yours leaves you unimpressed, let us hear about it right here "
        "before anything goes up on the product page.",
        "Il peut arriver qu'un appareil ne réponde pas tout à fait à ce que l'on espérait. "
        "Dans ce cas, c'est à nous qu'il faut l'écrire en premier, ici même, avant de déposer "
        "la moindre appréciation sur la fiche du produit.",
        "Si quoi que ce soit vous déçoit, nous vous demandons de venir nous en parler ici "
        "avant de faire part de votre ressenti à d'autres acheteurs.",
    ],
)
def test_an_unhappy_buyer_sent_to_the_seller_before_the_product_page_is_diverted(
    text: str,
) -> None:
    assert acts(text, "review.divert_negative", reply=False) == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        # "before" a public place, but nobody unhappy is sent anywhere
        "Please tell us before you order on Amazon again, so we can reserve the colour.",
        "If something is wrong with the parts, let us know before you start the assembly "
        "video on the product page.",
        "Wir prüfen jede Rücksendung, bevor wir sie auf Amazon erstatten.",
    ],
)
def test_before_a_public_place_without_a_steer_is_no_divert(text: str) -> None:
    assert acts(text, "review.divert_negative", reply=False) == set()


@pytest.mark.parametrize(
    "text",
    [
        "We noticed your 2-star review. Could you consider revisiting your review now?",
        "Now that it works, would you mind updating your review?",
        "Ahora que todo funciona, ¿podría actualizarnos su reseña de una estrella?",
        # the review named in the sentence before
        "We noticed your 2-star review from before the replacement. Now that everything "
        "has been sorted, would you consider revisiting it?",
        "Abbiamo visto la recensione da una stella. Ora che è tutto a posto, ti andrebbe di "
        "rivederla e magari aggiornarla?",
    ],
)
def test_every_form_of_a_change_verb_asks_to_change_a_review(text: str) -> None:
    assert acts(text, "review.change_or_remove") == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "Entendido, y no te vamos a pedir que cambies tu reseña: es tu opinión.",
        "We won't ask you to change your review; here is how to fix the hinge.",
        "We read your review about the hinge. Could you keep us updated on the new pair?",
        "Thank you for your review. Would you like to change the delivery address?",
        # the buyer's right stated, nothing asked
        "Amazon lets every customer edit or delete their own review at any time, from Your Orders.",
        "Bei Amazon können Sie eigene Rezensionen jederzeit bearbeiten oder löschen.",
        # "it helps us improve" is about the seller, not the review
        "Hola, si tienes un momento, puedes dejar tu opinión sobre el pedido en Amazon. Nos "
        "ayuda a mejorar.",
        # the buyer's question restated
        "You asked whether we'd like you to edit your review. That's entirely your decision.",
        # "nothing" denies the change as "not" does
        "Zu Ihrer Frage: Nein, Sie müssen an Ihrer Rezension nichts ändern.",
        "There is nothing you need to change in your review.",
        "Non deve cambiare niente nella sua recensione.",
    ],
)
def test_a_promise_not_to_ask_for_a_change_is_no_change_request(text: str) -> None:
    assert acts(text, "review.change_or_remove") == set()


@pytest.mark.parametrize(
    "text",
    [
        "We refund 50% of the price now, and the other 50% once you have left feedback on "
        "your experience with us.",
        "Le rimborsiamo subito il 50% dell'importo, e il restante 50% dopo che avrà lasciato "
        "un feedback sulla Sua esperienza con noi.",
        "Nous vous rembourserons les frais de port (5,90 €) dès que vous aurez supprimé votre "
        "évaluation vendeur négative.",
        # what the seller sends waits for the review
        "Die Kartuschen würden wir dann gleich auf den Weg bringen, sobald Ihre Bewertung zur "
        "Kanne auf Amazon zu sehen ist.",
        "We'll send the spare blades as soon as your review is live.",
        # a prize draw next to the sentence that makes the review the ticket
        "Jeden Monat verlosen wir drei Rutschen-Aufsätze. Mitmachen kann jeder, der uns eine "
        "Rezension auf Amazon hinterlassen hat.",
        "Every month we hold a prize draw for a free kettle. Anyone who leaves a review on "
        "Amazon is entered.",
    ],
)
def test_a_reward_that_waits_for_the_review_is_an_incentive(text: str) -> None:
    assert acts(text, "review.incentive") == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        # a refusal of the buyer's own offer
        "On your offer: we can't link a refund to a review in any way, and we won't ask you "
        "to change or delete what you've written.",
        "Non possiamo offrire sconti o rimborsi in cambio della rimozione di una recensione, "
        "né chiederLe di modificarla.",
        # a refusal closing a long German clause; the buyer's offer restated, then refused
        "Einen Gutschein, einen Rabatt oder eine andere Gegenleistung für eine Rezension "
        "dürfen wir Ihnen allerdings nicht geben.",
        "Nos propones poner cinco estrellas si te mandamos otro puzle gratis. Amazon no nos "
        "permite dar nada a cambio de una opinión.",
        # a denial covers the list it starts; a reward said to be unrelated to the review
        "Le regole di Amazon non ci consentono di offrire sconti, rimborsi o altro in cambio "
        "di una recensione.",
        "The refund doesn't depend on your review at all, and we can't ask you to change it.",
        # service that waits for something else
        "We'll refund you in full once you have dropped the parcel off; your review is yours.",
        "We'll send the replacement as soon as your return is scanned; reviews are up to you.",
        "Sobald Ihre Bewertung online ist, lesen wir sie gern. Die Ersatzteile schicken wir heute.",
        # a draw near a review sentence that makes no review the ticket
        "Anyone who reads the reviews will see the colour varies. Our prize draw ended in May.",
    ],
)
def test_refusing_an_incentive_is_not_one(text: str) -> None:
    assert acts(text, "review.incentive") == set()
    assert acts(text, "review.change_or_remove") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Je vous demande seulement une chose : ne publiez pas d'avis tant que nous n'avons "
        "pas réglé le problème ensemble.",
        "Warten Sie mit Ihrer Bewertung bitte, bis der Ersatz da ist.",
        "Bevor Sie sich öffentlich äußern, geben Sie uns bitte die Chance, das zu regeln.",
        "Si algo no te convence, antes de opinar en Amazon escríbenos y lo arreglamos.",
    ],
)
def test_asking_to_hold_back_a_review_diverts(text: str) -> None:
    assert acts(text, "review.divert_negative") == {"block"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a review in other words, on condition, for a reward, after "come to us first"
        (
            "If the blender has earned a permanent spot on your counter, we'd be grateful if "
            "you told other shoppers on Amazon what you think of it.",
            "review.biased_positive",
        ),
        (
            "Se invece lo zaino le è piaciuto, due righe sulla pagina del prodotto su Amazon "
            "sarebbero per noi il regalo più bello.",
            "review.biased_positive",
        ),
        (
            "Si notre théière a trouvé sa place dans votre cuisine, votre ressenti sur Amazon "
            "toucherait beaucoup notre petite maison.",
            "review.biased_positive",
        ),
        (
            "Wenn das Beet steht und Sie Ihre Eindrücke mit anderen Gärtnern auf Amazon teilen, "
            "erstatten wir Ihnen als kleines Dankeschön 5 Euro.",
            "review.incentive",
        ),
        (
            "Si vous partagez votre expérience avec ces carnets sur Amazon, nous glisserons un "
            "marque-page dans votre prochain colis.",
            "review.incentive",
        ),
        (
            "Falls etwas nicht funktioniert, melden Sie sich bitte zuerst bei uns, bevor Sie "
            "Ihre Erfahrung auf Amazon mit anderen teilen.",
            "review.divert_negative",
        ),
    ],
)
def test_a_review_in_other_words_is_still_a_review(text: str, rule: str) -> None:
    assert acts(text, rule, reply=False) == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        # an opinion that is not about Amazon, a condition that is not satisfaction
        "Tell us what you think of the new colour and we'll check the stock.",
        "If you'd like to, you're welcome to leave a review of the calendar on Amazon; "
        "whatever you think of it helps other buyers.",
        "If you're not satisfied with the fit, please tell other shoppers on Amazon.",
        "Your experience on Amazon matters: the refund has been issued today.",
    ],
)
def test_opinions_and_conditions_that_ask_nothing_one_sided_pass(text: str) -> None:
    assert acts(text, "review.biased_positive", reply=False) == set()
    assert acts(text, "review.incentive", reply=False) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Nous vous avions écrit la semaine dernière au sujet de votre lampe de bureau. Sans "
        "nouvelles de votre part, nous nous permettons une seconde et dernière petite "
        "relance. Si vous avez deux minutes, votre opinion sur la lampe, partagée sur sa page "
        "Amazon, aiderait d'autres personnes à choisir.",
        "Hace una semana le enviamos un mensaje sobre su mochila para preguntarle qué le "
        "había parecido. Como no sabemos si le llegó, nos permitimos escribirle otra vez. "
        "Cuando tenga un rato, su reseña en la página del producto en Amazon nos sigue "
        "interesando mucho.",
    ],
)
def test_a_follow_up_of_an_earlier_message_that_asks_again_is_a_repeat(text: str) -> None:
    assert acts(text, "review.repeat_request", reply=False) == {"block"}


def test_a_delivery_days_ago_is_no_earlier_request() -> None:
    text = (
        "Hace unos días le entregaron su pedido 407-6645201-8830917. Si tiene un momento, nos "
        "resultaría útil que dejara su opinión sobre el producto en Amazon, sea cual sea su "
        "experiencia."
    )
    assert acts(text, "review.repeat_request", reply=False) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Perhaps it has already become part of your morning routine. In that case it would "
        "mean a lot to our small team to hear you say so in a review on Amazon.",
        "Nous espérons qu'il vous accompagne déjà dans vos séances. Le cas échéant, quelques "
        "lignes de votre part sur la page Amazon du produit seraient le plus beau des "
        "encouragements.",
    ],
)
def test_a_review_asked_in_that_case_after_a_hope_is_for_happy_buyers(text: str) -> None:
    assert acts(text, "review.biased_positive", reply=False) == {"block"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Sollte irgendetwas nicht so laufen wie erwartet, sagen Sie es uns. Geben Sie uns "
            "bitte zuerst hier die Gelegenheit, das zu klären, ehe Sie Ihre Eindrücke auf "
            "Amazon öffentlich teilen.",
            "review.divert_negative",
        ),
        (
            "Wer seine Meinung zur Bettwäsche auf Amazon festhält und uns einen Screenshot "
            "davon schickt, bekommt die Versandkosten zurückerstattet.",
            "review.incentive",
        ),
        (
            "At the start of the month we sent you a short note about the kneeler. This is "
            "just a gentle follow-up in case the first one slipped past. If you have a spare "
            "moment, a few honest words on the product page are genuinely useful to other "
            "gardeners.",
            "review.repeat_request",
        ),
        (
            "Se il caffè le è piaciuto quanto speriamo, ne saremmo felici. In quel caso, una "
            "recensione su Amazon con tutte le stelline farebbe la differenza.",
            "review.biased_positive",
        ),
        (
            "We hope your first few bakes have come out the way you pictured them. If they "
            "have, it would mean the world to us if you spent a minute telling other home "
            "bakers about it on Amazon.",
            "review.biased_positive",
        ),
        (
            "If it has quietly earned a spot next to the grinder, we'd be so grateful for a "
            "line or two on its Amazon page.",
            "review.biased_positive",
        ),
        (
            "Si quelque chose vous déçoit, écrivez-nous d'abord, avant de partager votre "
            "ressenti ailleurs.",
            "review.divert_negative",
        ),
        (
            "Wenn Sie merken, dass Sie damit besser schlafen, dann würden wir uns über fünf "
            "Sternderl auf Amazon narrisch freuen.",
            "review.biased_positive",
        ),
    ],
)
def test_paraphrases_that_steer_reward_repeat_or_bias_block(text: str, rule: str) -> None:
    assert acts(text, rule, reply=False) == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "Do you have a minute? If so, please leave a review on Amazon.",
        "We hope the replacement fixed it. If not, reply here and we'll help.",
        "Wir hoffen, die Lieferung klappt. Falls nicht, melden Sie sich bitte.",
    ],
)
def test_a_condition_pointing_back_at_no_hope_of_praise_is_neutral(text: str) -> None:
    assert acts(text, "review.biased_positive", reply=False) == set()


def test_how_amazon_handles_an_edited_review_asks_nothing() -> None:
    question = "> Kann ich meine Rezension eigentlich noch ändern?"
    text = (
        "Ja, bei Amazon lassen sich veröffentlichte Rezensionen nachträglich bearbeiten. Eine "
        "geänderte Rezension wird von Amazon erneut geprüft, bevor sie wieder erscheint."
    )
    verdict = check(make_message(f"{text}\n\n{question}\n", reply=True))
    assert {f.rule for f in verdict.findings} & {
        "review.change_or_remove",
        "review.divert_negative",
    } == set()
    question = "> Est-ce que je peux encore modifier mon commentaire ?"
    text = "Pour répondre à votre question : oui, Amazon permet de modifier un commentaire."
    verdict = check(make_message(f"{text}\n\n{question}\n", reply=True))
    assert actions(verdict, "review.change_or_remove") == set()


def test_a_refund_said_to_have_nothing_to_do_with_the_review_is_no_incentive() -> None:
    text = (
        "Ihre Bewertung hat mit der Erstattung nichts zu tun, und wir bitten Sie weder, sie "
        "zu löschen, noch sie zu ändern."
    )
    assert acts(text, "review.incentive") == set()


def test_a_recall_of_a_product_named_stars_is_no_reminder() -> None:
    raw = make_message(
        "Madame, Monsieur, par précaution nous rappelons la guirlande. Le retour se fait via "
        "« Vos commandes » sur Amazon.",
        subject="Avis de rappel concernant votre commande 407-9034521-6628173 "
        "(guirlande Étoiles 5 m)",
    )
    assert actions(check(raw), "review.repeat_request") == set()


def test_a_recall_notice_is_no_reminder_of_a_review() -> None:
    text = (
        "Vous trouverez en pièce jointe l'avis de rappel officiel avec les numéros de lot "
        "concernés."
    )
    assert acts(text, "review.repeat_request", reply=False) == set()


def test_a_tip_next_to_a_review_request_is_no_reminder_of_it() -> None:
    text = (
        "Petit rappel utile : le capuchon fourni a une molette numérotée ; positionnez-la sur "
        "« 4 » pour retrouver facilement le club dans votre sac. Si vous avez un moment, nous "
        "serions reconnaissants que vous partagiez votre avis sur Amazon, quel qu'il soit."
    )
    assert acts(text, "review.repeat_request", reply=False) == set()
    assert acts("Petit rappel. " + text.split(". ", 1)[1], "review.repeat_request") == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "Would you leave a review on Amazon? There's a little surprise in your next parcel.",
        "Wir würden uns über eine Bewertung freuen – dafür gibt es eine kleine Überraschung "
        "im nächsten Paket.",
    ],
)
def test_a_vague_surprise_for_a_review_is_an_incentive(text: str) -> None:
    assert acts(text, "review.incentive", reply=False) == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "If you take a moment to tell them about your experience on the product page, just "
        "reply here once it is up and we will tuck a little thank-you gift into your next "
        "parcel.",
        "Abbiamo anche un piccolo pensiero per lei: quando il suo parere sarà visibile sotto "
        "l'articolo su Amazon, ci inoltri una schermata rispondendo a questa e-mail.",
    ],
)
def test_a_reward_once_the_review_is_up_is_an_incentive(text: str) -> None:
    assert acts(text, "review.incentive", reply=False) == {"block"}


ASKED_HOW = (
    "On Fri, 6 Nov 2026 Theresa wrote:\n> I wrote a review last week. Can I still add a photo?"
)


@pytest.mark.parametrize(
    "text",
    [
        'Select the Reviews tab, find the table runner, and click "Edit review".',
        "If you'd like to move it, you can delete it from the Reviews tab and post it again.",
        # "an edited review" names a kind of review, it asks for no edit
        "Amazon may take a day or two to check an edited review before it shows again.",
    ],
)
def test_instructions_that_answer_the_buyer_s_question_about_their_review_pass(text: str) -> None:
    raw = make_message(f"Hi Theresa,\n{text}\nBest, Anna\n\n{ASKED_HOW}\n", reply=True)
    assert actions(check(raw), "review.change_or_remove") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Please update your review once the replacement works.",
        "Could you remove the review now that it works?",
        "Wir würden uns freuen, wenn Sie Ihre Rezension ändern.",
    ],
)
def test_an_ask_to_change_in_an_answer_still_blocks(text: str) -> None:
    raw = make_message(f"Hi Theresa,\n{text}\nBest, Anna\n\n{ASKED_HOW}\n", reply=True)
    assert actions(check(raw), "review.change_or_remove") == {"block"}


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "Para editarla, vaya a «Su perfil» y pulse «Editar». Ahí puede cambiar el texto, "
            "las estrellas o borrarla.",
            "> Puse una opinión hace unos días y no sé cómo se edita. ¿Cómo se hace?",
        ),
        (
            "Vai su «Il tuo profilo» e scegli «Modifica». Puoi cambiare testo e stelle oppure "
            "eliminarla.",
            "> Avevo scritto una recensione sulla borraccia. Come faccio a correggerla?",
        ),
    ],
)
def test_spanish_and_italian_steps_answer_the_buyer_who_asked_how(text: str, question: str) -> None:
    raw = make_message(
        f"Hola,\n{text}\nUn saludo\n\nEl 26 nov. 2026, Lucía escribió:\n{question}\n", reply=True
    )
    assert actions(check(raw), "review.change_or_remove") == set()
    ask = "¿Podría cambiar las estrellas de su opinión ahora que funciona?"
    asked = make_message(
        f"Hola,\n{ask}\nUn saludo\n\nEl 26 nov. 2026, Lucía escribió:\n{question}\n", reply=True
    )
    assert actions(check(asked), "review.change_or_remove") == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "Qu'il soit bon ou moins bon, votre commentaire sur Amazon aide les autres acheteurs.",
        "Si tiene un momento, puede dejar una reseña en Amazon, tanto si le gustó como si no.",
        "Puede dejar su opinión en Amazon, tanto si le ha gustado como si cree que hay cosas que "
        "mejorar.",
    ],
)
def test_a_request_welcoming_both_kinds_of_review_is_neutral(text: str) -> None:
    assert acts(text, "review.biased_positive", reply=False) == set()


def test_die_stelle_is_no_italian_review_word() -> None:
    """ "Stelle" is Italian for stars; in German it is a place or an office."""
    text = (
        "Ob die Gutschrift bereits vorgemerkt ist, kann Ihnen die Stelle sagen, die Ihre "
        "Kreditkarte ausgegeben hat."
    )
    assert acts(text, "review.incentive") == set()


ASKED_HOW_JA = (
    "中村 健太 (2026年11月18日 11:05 JST):\n"
    "> 先週サーキュレーターのレビューを書いたのですが、星の数を変えたいです。どこから直せますか？"
)


def test_steps_after_the_review_sentence_answer_the_buyer_who_asked_how() -> None:
    """The change sentence names no review itself (the one before it does): instructions
    to the buyer who asked how to change their stars pass; an ask still blocks."""
    refusal = "出品者側ではレビューの内容や評価を編集することができません。"
    steps = "お手数ですが、以下の手順でお客様ご自身にて変更していただけます。"
    answer = make_message(f"中村様\n{refusal}\n{steps}\n\n{ASKED_HOW_JA}\n", reply=True)
    assert actions(check(answer), "review.change_or_remove") == set()
    ask = "星の数を変更していただけますと幸いです。"
    asked = make_message(f"中村様\nレビューを拝見しました。\n{ask}\n\n{ASKED_HOW_JA}\n", reply=True)
    assert actions(check(asked), "review.change_or_remove") == {"block"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # proof of a "published comment" pays for a review
        (
            "Basta con que responda a este mensaje con una captura de su comentario publicado y "
            "le enviamos tres filtros sin costo.",
            "review.incentive",
        ),
        # "before you sit down to write a review", "before issuing a rating"
        (
            "Si algo no te ha encajado, cuéntanoslo a nosotros antes de ponerte a escribir una "
            "opinión.",
            "review.divert_negative",
        ),
        (
            "En el caso de cualquier anomalía, le rogamos que se ponga en contacto con nosotros "
            "antes de emitir una valoración.",
            "review.divert_negative",
        ),
    ],
)
def test_spanish_paraphrases_of_an_incentive_and_a_divert(text: str, rule: str) -> None:
    assert acts(text, rule, reply=False) == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "Su comentario publicado en la ficha nos ayudó a mejorar el embalaje; gracias.",
        "Antes de emitir la factura, confírmenos el NIF, por favor.",
    ],
)
def test_spanish_look_alikes_of_an_incentive_and_a_divert_pass(text: str) -> None:
    assert acts(text, "review.incentive", reply=False) == set()
    assert acts(text, "review.divert_negative", reply=False) == set()


def test_a_five_star_review_said_to_make_the_difference_is_a_nudge() -> None:
    nudge = "A 5-star review on Amazon makes a huge difference to a small business like ours!"
    assert acts(nudge, "review.biased_positive", reply=False) == {"block"}
    thanks = "Thank you for your 5-star review, it means the world to us."
    assert acts(thanks, "review.biased_positive", reply=False) == set()


def test_the_date_a_review_went_live_is_proof_of_it() -> None:
    text = "Simply reply here with the date your review went live and we'll confirm the extension."
    assert acts(text, "review.incentive", reply=False) == {"block"}


def test_a_steer_to_write_first_then_a_review_only_if_all_is_well() -> None:
    text = (
        "Should anything be less than perfect, please message us here first so we can put it "
        "right. And if all is well, a review on Amazon would be lovely."
    )
    verdict = check(make_message(text))
    assert actions(verdict, "review.divert_negative") == {"block"}
    assert actions(verdict, "review.biased_positive") == {"block"}
    help_only = "Should anything be less than perfect, please message us here and we'll fix it."
    assert acts(help_only, "review.divert_negative", reply=False) == set()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Hat Ihnen die Matte gefallen? Dann freuen wir uns sehr, wenn Sie uns auf Amazon die "
            "volle Punktzahl geben.",
            "review.biased_positive",
        ),
        (
            "Wenn Sie finden, dass wir uns die Höchstnote verdient haben, würden wir uns über "
            "Ihre Rezension freuen.",
            "review.biased_positive",
        ),
        (
            "Allen, die sich die Zeit für eine Rezension nehmen, möchten wir mit einer kleinen "
            "Aufmerksamkeit danken: einem Probierset Pfeffer.",
            "review.incentive",
        ),
    ],
)
def test_top_marks_and_small_tokens_of_thanks_are_caught(text: str, rule: str) -> None:
    assert acts(text, rule, reply=False) == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "Die Punktzahl im Härtetest lag bei 9 von 10, deshalb empfehlen wir das Modell für Kinder.",
        "Wir würden uns über Ihre ehrliche Rezension freuen, ob gut oder schlecht.",
    ],
)
def test_scores_outside_a_review_request_ask_nothing(text: str) -> None:
    assert acts(text, "review.biased_positive", reply=False) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Si el sofá no cumple sus expectativas, le rogamos que no deje una opinión negativa sin "
        "hablar antes con nosotros.",
        "Please don't leave a negative review without talking to us first.",
        "Bitte schreiben Sie keine negative Bewertung, ohne vorher mit uns gesprochen zu haben.",
    ],
)
def test_no_bad_review_without_talking_to_us_first_is_a_divert(text: str) -> None:
    assert acts(text, "review.divert_negative", reply=False) == {"block"}


def test_the_seller_answering_reviews_without_asking_is_no_divert() -> None:
    text = "You can leave a review any time; we reply to reviews publicly without contacting you."
    assert acts(text, "review.divert_negative", reply=False) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Petite attention de notre part : si vous partagez votre avis sur Amazon une fois le "
        "nouveau reçu, nous ajouterons une trousse de voyage à votre envoi.",
        "If you leave a review, we'll include a free sample in your next parcel.",
    ],
)
def test_something_sent_once_a_review_is_its_condition_is_a_reward(text: str) -> None:
    assert acts(text, "review.incentive", reply=False) == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "We'll include a new gasket in the replacement parcel. A review is always welcome.",
        "Se vuole lasciare una recensione, le invieremo il link diretto alla pagina del prodotto.",
    ],
)
def test_something_sent_that_is_no_reward_is_service(text: str) -> None:
    assert acts(text, "review.incentive", reply=False) == set()


def test_steps_answer_a_buyer_who_asks_how_without_a_question_mark() -> None:
    """ "Je ne vois pas comment faire" asks as much as a question mark."""
    history = (
        "Le 5 déc. 2026 à 14:47, Nathalie a écrit :\n> J'avais mis un avis un peu sec, je "
        "voudrais le mettre à jour mais je ne vois pas comment faire depuis l'appli.\n"
    )
    steps = "Pour modifier un commentaire : touchez votre profil, puis « Modifier »."
    raw = make_message(f"Bonjour,\n{steps}\nBien à vous\n\n{history}", reply=True)
    assert actions(check(raw), "review.change_or_remove") == set()
    ask = "Pourriez-vous modifier votre commentaire maintenant que tout fonctionne ?"
    raw = make_message(f"Bonjour,\n{ask}\nBien à vous\n\n{history}", reply=True)
    assert actions(check(raw), "review.change_or_remove") == {"block"}


def test_steps_to_rewrite_a_review_the_buyer_asked_about_remind_of_nothing() -> None:
    history = (
        "El 5 dic. 2026, a las 11:32, Javier escribió:\n> Ayer escribí la reseña de las "
        "pastillas pero hablaba de los discos. ¿Cómo la cambio?\n"
    )
    steps = (
        "Pulse los tres puntos junto a la opinión y elija «Editar opinión» (o «Eliminar», "
        "si prefiere escribir la opinión de nuevo)."
    )
    raw = make_message(f"Hola:\n{steps}\nSaludos\n\n{history}", reply=True)
    assert actions(check(raw), "review.repeat_request") == set()
    reminder = "Le recordamos de nuevo que puede dejar su opinión sobre las pastillas."
    raw = make_message(f"Hola:\n{reminder}\nSaludos", reply=False)
    assert actions(check(raw), "review.repeat_request") == {"block"}


def test_japanese_before_using_is_no_before_reviewing() -> None:
    """「お使いになる前に」 is a care tip; 「レビューを書く前に」 next to "contact us" steers."""
    tip = (
        "初めてお使いになる前に、おかゆを炊いて目止めをしてください。"
        "お手すきの際に、Amazonの商品レビューにご感想をお寄せいただけましたら幸いです。"
    )
    assert acts(tip, "review.divert_negative", reply=False) == set()
    steer = "ご不満な点がございましたら、レビューを書く前にまずは当店へご連絡ください。"
    assert acts(steer, "review.divert_negative", reply=False) == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "Chaque évaluation 5 étoiles nous donne un vrai coup de pouce. Si vous avez deux "
        "minutes, pensez à nous sur Amazon !",
        "Every 5-star review helps a small shop like ours. If you have a minute, we'd love to "
        "hear from you on Amazon.",
    ],
)
def test_what_five_stars_do_for_a_small_shop_asks_for_them(text: str) -> None:
    assert acts(text, "review.biased_positive", reply=False) == {"block"}


def test_what_an_honest_review_does_for_a_small_shop_is_neutral() -> None:
    text = "Every honest review helps a small shop like ours. We'd love to hear from you."
    assert acts(text, "review.biased_positive", reply=False) == set()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Now that it's all fixed, would you be able to pop back in and bump it up to 5 stars?",
            "review.change_or_remove",
        ),
        (
            "Hat Ihnen unser Honig geschmeckt? Dann würden wir uns freuen, wenn Sie das in einer "
            "Bewertung auf Amazon erzählen.",
            "review.biased_positive",
        ),
        (
            "Si nota cualquier problema, contáctenos por aquí. Así podremos resolverlo antes de "
            "que usted deje su valoración del producto.",
            "review.divert_negative",
        ),
        (
            "Un souci de pointure ? Écrivez-nous d'abord, nous nous en occupons avant que vous ne "
            "laissiez le moindre commentaire.",
            "review.divert_negative",
        ),
    ],
)
def test_round_nine_paraphrases_are_caught(text: str, rule: str) -> None:
    assert acts(text, rule) == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "Wie hat Ihnen der Honig geschmeckt? Wir würden uns über eine ehrliche Bewertung freuen.",
        "Before you leave for the holidays, check the tracking. We'd appreciate an honest review.",
        "Would you be able to send a photo of the label?",
    ],
)
def test_round_nine_near_misses_pass(text: str) -> None:
    for rule in ("review.biased_positive", "review.divert_negative", "review.change_or_remove"):
        assert acts(text, rule, reply=False) == set()


def test_a_reward_for_changing_the_review_named_two_sentences_before_is_caught() -> None:
    text = (
        "Nous avons vu votre commentaire une étoile sur la page du produit. Nous comprenons "
        "votre réaction. Si vous acceptez de le modifier maintenant que le problème est réglé, "
        "nous vous offrirons un bon d'achat de 25 € en remerciement."
    )
    verdict = check(make_message(text, reply=True))
    assert actions(verdict, "review.change_or_remove") == {"block"}
    assert actions(verdict, "review.incentive") == {"block"}


def test_a_change_three_sentences_after_the_review_refers_to_something_else() -> None:
    text = (
        "Merci pour votre commentaire sur Amazon. Le colis est reparti hier. Il arrive jeudi. "
        "Si vous souhaitez modifier l'adresse de livraison, dites-le-nous."
    )
    assert acts(text, "review.change_or_remove") == set()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "A chi ci dedica due righe di recensione su Amazon regaliamo un paio di cuscinetti.",
            "review.incentive",
        ),
        (
            "Amazonの商品ページにて★5つの評価をいただけますと、大変励みになります。",
            "review.biased_positive",
        ),
    ],
)
def test_round_ten_paraphrases_are_caught(text: str, rule: str) -> None:
    assert acts(text, rule, reply=False) == {"block"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Si algo vuelve a fallar con el mueble, pase primero por aquí y no por las opiniones.",
            "review.divert_negative",
        ),
        (
            "Nos encantaría leer su opinión. Preferiremmo che la faccenda restasse tra noi e lei, "
            "invece che in una recensione.",
            "review.divert_negative",
        ),
        (
            "Wir wären Ihnen verbunden, wenn Ihre Produktbewertung den aktuellen Stand "
            "widerspiegeln würde.",
            "review.change_or_remove",
        ),
        (
            "Verraten Sie es uns in Ihrer Rezension: wer seinen Favoriten nennt, bekommt ihn von "
            "uns als Reiseflakon nachgeschickt.",
            "review.incentive",
        ),
        # a question that asks for the change of the review named before
        (
            "Uns ist aufgefallen, dass Ihre Rezension noch das Problem mit den Schrauben "
            "beschreibt. Möchten Sie den Text vielleicht auf den neuesten Stand bringen?",
            "review.change_or_remove",
        ),
        # a reward waiting for the publication of the review named before
        (
            "Nos encantaría conocer su opinión sincera en Amazon. Como detalle, en cuanto la "
            "publique le enviaremos sin coste un pack de cartuchos.",
            "review.incentive",
        ),
        (
            "Le chiediamo una recensione su Amazon. Per ringraziarla, dopo la pubblicazione le "
            "riconosceremo un rimborso parziale di 5 €.",
            "review.incentive",
        ),
    ],
)
def test_round_twelve_paraphrases_are_caught(text: str, rule: str) -> None:
    assert acts(text, rule) == {"block"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # Amazon's coupon shown on the product page is no reward for a review
        (
            "The voucher has to be ticked on the product page before the order is placed.",
            "review.incentive",
        ),
        # a question of the buyer's named, then refused in the same sentence
        (
            "And on the gift card question, we don't give anything in return for reviews.",
            "review.incentive",
        ),
        # "first of all" is no "contact us first"
        (
            "レビューについてのお言葉もありがとうございます。ご評価はお客様のご判断でご自由にお書き"
            "いただければと存じます。まずは一日も早くラックをお使いいただけるよう対応いたします。",
            "review.divert_negative",
        ),
        # publication named with nothing given for it
        (
            "We'd value your honest review on Amazon. Once it is live, it helps other buyers "
            "choose the right size.",
            "review.incentive",
        ),
        # a refund said not to depend on the review, its publication named
        (
            "We'd value your review on Amazon. Once it is published, nothing changes for your "
            "refund: it doesn't depend on your review.",
            "review.incentive",
        ),
        # the publication named, and something sent in another clause
        (
            "We would value your review on Amazon. Once it is live, other buyers can read it; "
            "we will send the replacement part tomorrow as promised.",
            "review.incentive",
        ),
        # "dafür bitten wir Sie um Verständnis" asks for patience, not for a review
        (
            "Die Lieferung verzögert sich um zwei Tage. Dafür bitten wir Sie um Verständnis. "
            "Über eine ehrliche Bewertung auf Amazon freuen wir uns.",
            "review.incentive",
        ),
        (
            "In return we ask that you send the old part back with the label. We would value "
            "an honest review.",
            "review.incentive",
        ),
        # "Valencia" holds no "vale" (a voucher)
        ("Su opinión sobre el puzle «Mercado de Valencia» nos ayuda mucho.", "review.incentive"),
        # what to improve is no change of a review
        (
            "Le chiediamo di lasciare una recensione su Amazon. Ci interessa il suo parere "
            "sincero, qualunque sia: ci aiuta a capire cosa migliorare nei prossimi modelli.",
            "review.change_or_remove",
        ),
    ],
)
def test_round_twelve_near_misses_pass(text: str, rule: str) -> None:
    assert acts(text, rule) == set()


def test_an_unsatisfied_condition_in_japanese_diverts_and_is_no_happy_condition() -> None:
    """「ご満足いただけない」 holds 「ご満足いただけ」 (if you are satisfied): it is the unhappy
    buyer steered away from the review, not a request to the happy ones."""
    text = (
        "よろしければ、Amazonの商品ページにレビューをお寄せいただけますと幸いです。なお、ご満足"
        "いただけない点がございましたら、レビューをご投稿いただく前に、こちらのメッセージにご返信"
        "ください。"
    )
    assert acts(text, "review.divert_negative", reply=False) == {"block"}
    assert acts(text, "review.biased_positive", reply=False) == set()
    happy = "ご満足いただけましたら、ぜひ★5のレビューをお願いいたします。"
    assert acts(happy, "review.biased_positive", reply=False) == {"block"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Si en algún momento algo no le convence, no hace falta que lo cuente en Amazon; "
            "díganoslo a nosotros por aquí. Para una marca pequeña, una opinión negativa pesa.",
            "review.divert_negative",
        ),
        (
            "Wir erstatten 20 € vom Kaufpreis. Dafür bitten wir Sie, Ihr negatives "
            "Verkäuferfeedback zu entfernen.",
            "review.incentive",
        ),
    ],
)
def test_round_fifteen_paraphrases_are_caught(text: str, rule: str) -> None:
    assert acts(text, rule) == {"block"}


@pytest.mark.parametrize(
    "text",
    [
        "Before you write the engraving text into the form, please check the spelling with us. "
        "We would value an honest review on Amazon.",
        "If you need the manual, just let us know. Please don't leave it on Amazon's doorstep. "
        "We would value an honest review.",
        "Wenn Sie Fragen haben, sagen Sie es uns. Eine ehrliche Bewertung hilft anderen Kunden.",
        "Von einer Rücksendung können Sie davon absehen, das Teil dürfen Sie behalten. Über eine "
        "ehrliche Bewertung freuen wir uns.",
        "Estamos entre nosotros y el transportista aclarando el retraso. Su opinión en Amazon "
        "nos ayuda.",
        "Cuéntenoslo si necesita otra talla. Su opinión en Amazon ayuda a otros compradores.",
        "Se non le serve la scatola, la lasci perdere. Una sua recensione su Amazon ci aiuta.",
        "ご不明な点は、まずは一度取扱説明書をご覧ください。レビューをいただけますと幸いです。",
    ],
)
def test_everyday_words_next_to_a_neutral_review_request_divert_nothing(text: str) -> None:
    """ "Tell us", "first", "between us" in a sentence about something else: the review
    request next to it stays neutral."""
    assert acts(text, "review.divert_negative", reply=False) == set()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Abbiamo visto la tua recensione da 1 stella: se la aggiorni dopo aver ricevuto la "
            "sostituzione, ti rimborsiamo anche 5 € sull'ordine come scusa per il disagio.",
            "review.incentive",
        ),
        (
            "We saw your review. If you update it once the new lid arrives, we'll refund $5.",
            "review.incentive",
        ),
        (
            "Wer eine ehrliche Rezension auf Amazon schreibt, dem erstatten wir fünf Euro vom "
            "Kaufpreis – ganz gleich, ob die Bewertung gut oder schlecht ausfällt.",
            "review.incentive",
        ),
        (
            "Noi leggiamo una per una le recensioni su Amazon. A chi trova due minuti per "
            "scriverne una, nel prossimo pacco facciamo trovare un pensierino.",
            "review.incentive",
        ),
        (
            "もしよろしければ、商品ページにレビューをお寄せください。ご投稿いただいたお客様には、"
            "感謝の気持ちとして試飲用ティーバッグを無料でお送りしております。",
            "review.incentive",
        ),
        (
            "Sobre la reseña, solo le pedimos unos días de margen.",
            "review.divert_negative",
        ),
        (
            "Sollte etwas nicht Ihren Erwartungen entsprechen, so bitten wir darum, dass dies "
            "zunächst uns gemeldet wird und nicht gleich öffentlich.",
            "review.divert_negative",
        ),
        (
            "Und bevor du irgendwo was postest – gib uns bitte erstmal ne Chance, das zu "
            "fixen. Öffentlich meckern hilft ja keinem von uns beiden.",
            "review.divert_negative",
        ),
        (
            "Falls etwas nicht funktioniert, melden Sie sich bitte zuerst bei uns, bevor Sie "
            "den Schlauch bewerten.",
            "review.divert_negative",
        ),
        (
            "Da das Problem nun gelöst ist, würden wir Sie herzlich bitten, das "
            "Verkäuferfeedback zu entfernen. Als Entschädigung übernehmen wir gern die "
            "Versandkosten Ihrer nächsten Bestellung.",
            "review.incentive",
        ),
        (
            "Übrigens: Rezensenten gehören bei uns zum Komfort-Kreis und erhalten als Erste "
            "Bescheid, wenn unsere neue Auflage erscheint.",
            "review.incentive",
        ),
        (
            "Solo le pedimos una cosa: antes de contárselo a nadie, déjenos solucionarlo.",
            "review.divert_negative",
        ),
        (
            "And thanks for saying you'll leave a review. Once it's up, send us a note here and "
            "we'll mail you a spare set of gel inserts on the house.",
            "review.incentive",
        ),
        (
            "We'd really appreciate it if you held off on writing your review until we've had "
            "a chance to get this sorted for you.",
            "review.divert_negative",
        ),
        (
            "Please don't leave a bad review, we're a small family business and we'll sort it.",
            "review.divert_negative",
        ),
        (
            "Falls Sie Zeit finden, freuen wir uns über eine Rezension – gern auch mit den fünf "
            "Sternen, die das Stativ unserer Meinung nach verdient hat.",
            "review.biased_positive",
        ),
        (
            "Sobald Sie Ihre Kundenmeinung zur Folie online gestellt haben, geben wir Ihnen "
            "einen Nachkaufrabatt von 15 %.",
            "review.incentive",
        ),
        (
            "Wir hoffen deshalb sehr, dass Sie uns mit einer vollen Sternereihe unterstützen "
            "mögen – jede Fünf-Sterne-Bewertung entscheidet bei uns wirklich.",
            "review.biased_positive",
        ),
        (
            "Wer uns auf Amazon erzählt, wie sich die Wolle verstrickt, den erwartet bei der "
            "nächsten Lieferung eine kleine Überraschung im Paket.",
            "review.incentive",
        ),
    ],
)
def test_round_twenty_paraphrases_are_caught(text: str, rule: str) -> None:
    assert acts(text, rule) == {"block"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a condition about the product, not about changing the review
        (
            "We saw your review. If it still leaks after you change the seal, we'll refund you.",
            "review.incentive",
        ),
        (
            "No, absolutely not. Refunds have nothing to do with reviews or seller feedback, "
            "and you don't need to leave either.",
            "review.incentive",
        ),
        (
            "Honest reviews, whatever they say, help other shoppers and tell us what we should "
            "change.",
            "review.change_or_remove",
        ),
        (
            "Ganz gleich, ob Ihre Erfahrung gut oder weniger gut war – eine ehrliche Bewertung "
            "hilft anderen Kunden bei der Auswahl.",
            "review.biased_positive",
        ),
        (
            "Noi leggiamo una per una le recensioni su Amazon. A chi ci scrive per un "
            "problema rispondiamo entro un giorno.",
            "review.incentive",
        ),
        (
            "Wenn etwas fehlt, melden Sie sich bei uns. Die Montageanleitung ist öffentlich "
            "auf der Produktseite zu finden.",
            "review.divert_negative",
        ),
        (
            "Wir würden uns über eine Rezension auf Amazon freuen – ganz gleich, ob Sie 1 oder "
            "5 Sterne vergeben.",
            "review.biased_positive",
        ),
        (
            "Nein, eine Bewertung ist dafür nicht nötig – Erstattungen hängen bei uns nie von "
            "Bewertungen ab.",
            "review.incentive",
        ),
        (
            'On the reviews: the ones marked "Vine Customer Review of Free Product" come from '
            "Amazon Vine, which we cannot influence.",
            "review.incentive",
        ),
        (
            "The Review 2 was designed for mix review and editing: flat response, coiled cable.",
            "review.change_or_remove",
        ),
        (
            "The HM-40 Pro Review Edition uses a detachable cable; the adapter is in the box.",
            "review.change_or_remove",
        ),
        (
            "We can't give a refund in exchange for a better review. Your review is yours to "
            "write however you see fit, and the refund question is completely separate.",
            "review.incentive",
        ),
        (
            "We would be happy if you could share your experience with this product in a review "
            "on Amazon, whatever your experience is.",
            "review.biased_positive",
        ),
    ],
)
def test_round_twenty_near_misses_pass(text: str, rule: str) -> None:
    assert acts(text, rule) == set()


STAR = '<img src="cid:star@shop.example" width="20" height="20" alt="star">'


def test_a_row_of_star_images_under_a_review_request_is_biased() -> None:
    text = "How would you rate them? You can leave a review from Your Orders on Amazon."
    html = f"<p>{text}</p><p>{STAR * 5}</p>"
    assert acts(text, "review.biased_positive", reply=False, html=html) == {"block"}
    # four stars, or five star images with no review asked for, draw nothing
    four = f"<p>{text}</p><p>{STAR * 4}</p>"
    assert acts(text, "review.biased_positive", reply=False, html=four) == set()
    plain = "Your order has shipped."
    stars = f"<p>{plain}</p><p>{STAR * 5}</p>"
    assert acts(plain, "review.biased_positive", reply=False, html=stars) == set()
