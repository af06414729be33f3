# -*- coding: utf-8 -*-
# Hand-written message texts for w162. Each entry: seller, client, kind, subject, body,
# optional quote (buyer text + style), html flag, label.
M = []
def add(**k): M.append(k)

add(shop="Aquaflor Teichtechnik", dom="aquaflor-teich.de", sender="kundenservice", client="zendesk", kind="proactive",
    subject="Ihre Bestellung 302-4418826-7719354 – Außenfilter AF-900",
    body="""Guten Tag Frau Brenneisen,

Ihr Außenfilter AF-900 müsste inzwischen bei Ihnen angekommen sein. Wir hoffen, die Inbetriebnahme hat gut geklappt – denken Sie daran, die Filterschwämme vor dem ersten Einsatz kurz mit Aquarienwasser auszuspülen.

Wenn Sie mit dem Filter zufrieden sind, würden wir uns riesig über eine 5-Sterne-Bewertung auf Amazon freuen! Gerade als kleiner Familienbetrieb sind wir auf gute Bewertungen angewiesen.

Viele Grüße aus Kleve
Ihr Team von Aquaflor Teichtechnik""",
    expect="violation", rules=["review.biased_positive"], classes=["review_request","five_stars","conditional_happy"],
    note="Proactive follow-up that asks for a 5-star review only if the buyer is satisfied, which biases the review request.")

add(shop="Velotakt Fahrradzubehör", dom="velotakt-shop.de", sender="support", client="gmail", kind="reply",
    subject="Re: Frage zu Bestellung 028-6630917-2284150 (Frontlicht LX 70)",
    body="""Hallo Herr Özdemir,

danke für Ihre Nachricht. Der mitgelieferte Halter passt auf Lenkerdurchmesser von 22,2 bis 31,8 mm. Bei Ihrem 35-mm-Lenker brauchen Sie den größeren Gummi-Spacer, der im kleinen Beutel unter dem Ladekabel liegt – der wird einfach zwischen Schelle und Lenker gelegt.

Falls der Beutel fehlt, sagen Sie bitte kurz Bescheid, dann schicken wir Ihnen den Spacer kostenlos nach.

Beste Grüße
Jonas Wieland
Velotakt Fahrradzubehör""",
    quote=("Am Mo., 9. Nov. 2026 um 18:42 Uhr schrieb Amazon-Käufer:", "Hallo, ich habe das Frontlicht LX 70 bekommen, aber die Halterung geht nicht um meinen Lenker (35 mm). Gibt es dafür eine Lösung? Bestellung 028-6630917-2284150\nGruß M. Özdemir", "gt"),
    expect="legit", rules=[], classes=["product_fitting","reply","quoted_buyer"],
    note="Reply explaining how to mount a bike light on a wider handlebar and offering a free spacer, purely order-related.")

add(shop="Röstwerk Mühlenkamp", dom="roestwerk-muehlenkamp.de", sender="service", client="freshdesk", kind="proactive",
    subject="Ihre Kaffeemühle – Bestellung 171-2093385-5561027",
    body="""Liebe Kundin, lieber Kunde,

Ihre Kegelmahlwerk-Kaffeemühle "Mahlgut Pro" wurde vor einigen Tagen zugestellt. Bitte stellen Sie den Mahlgrad nur bei laufendem Motor um, so schonen Sie das Mahlwerk.

Sollten Sie mit irgendetwas nicht zufrieden sein, schreiben Sie uns bitte zuerst hier über Amazon, bevor Sie eine Bewertung abgeben – wir finden bestimmt eine Lösung und Sie müssen sich nicht öffentlich ärgern.

Herzliche Grüße
Ihr Röstwerk-Team""",
    expect="violation", rules=["review.divert_negative"], classes=["divert_unhappy","proactive"],
    note="Asks unhappy buyers to contact the seller before writing a review, steering negative experiences away from public reviews.")

add(shop="Pfotenglück", dom="pfotenglueck-versand.de", sender="hallo", client="gorgias", kind="proactive",
    subject="Kleines Geschenk für Sie – Bestellung 305-7781402-9930218",
    body="""Hallo liebe Hundefreundin, lieber Hundefreund,

wir hoffen, das Brustgeschirr "Trailfit" in Größe M sitzt gut bei Ihrem Vierbeiner!

Kleine Bitte: Wenn Sie eine Bewertung zu dem Geschirr auf Amazon schreiben, schicken wir Ihnen als Dankeschön gratis eine Rolle unserer kompostierbaren Kotbeutel (120 Stück). Einfach hier kurz antworten, sobald die Bewertung online ist.

Wuffige Grüße
Carina & das Pfotenglück-Team""",
    expect="violation", rules=["review.incentive"], classes=["incentive_gift","review_request"],
    note="Offers a free roll of poop bags in exchange for writing a review, which is an incentivised review.")

add(shop="Nadelwerk Kurzwaren", dom="nadelwerk-kurzwaren.de", sender="info", client="edesk", kind="proactive",
    subject="Bestellung 404-5517720-3368149: Ihre Meinung zum Nähmaschinennadel-Set",
    body="""Guten Tag,

Sie haben bei uns das Nähmaschinennadel-Set Universal/Jersey (50 Stück, Stärken 70–100) gekauft (Bestellung 404-5517720-3368149).

Wir würden uns freuen, wenn Sie auf Amazon eine Bewertung zu dem Artikel schreiben, damit andere Käuferinnen und Käufer wissen, was sie erwartet. Sie können den Artikel über "Meine Bestellungen" bewerten.

Mit freundlichen Grüßen
Nadelwerk Kurzwaren
Sabine Kreutzer""",
    expect="legit", rules=[], classes=["neutral_review_request","proactive"],
    note="A single neutral review request with order id and no condition or incentive.")

add(shop="Fjellpunkt Outdoor", dom="fjellpunkt-outdoor.de", sender="service", client="outlook", kind="proactive",
    subject="Versandbestätigung Bestellung 028-9902164-4470531",
    body="""Sehr geehrter Herr Lindqvist,

Ihre Bestellung 028-9902164-4470531 (Kuppelzelt Fjell 3, olivgrün) wurde heute an DHL übergeben und ist auf dem Weg zu Ihnen.

Mit freundlichen Grüßen
Fjellpunkt Outdoor GmbH
Kundenservice""",
    expect="violation", rules=["purpose.shipping_confirmation"], classes=["shipped_only"],
    note="Proactive message that only confirms shipment of the tent, which Amazon already does and which is not a permitted reason to message.")

add(shop="Lichtweber Leuchten", dom="lichtweber-leuchten.de", sender="kundendienst", client="outlook", kind="reply",
    subject="AW: Wo bleibt mein Paket? Bestellung 302-1186650-8027743",
    body="""Guten Tag Frau Hainbuch,

entschuldigen Sie bitte die Verzögerung. Ihre Stehleuchte "Arco Mini" wurde am 17.11. verschickt, bei DHL hängt die Sendung leider seit zwei Tagen im Paketzentrum Obertshausen.

Sie können die Sendung hier selbst verfolgen:
https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094042557

Sollte das Paket bis Freitag nicht da sein, schicken wir Ihnen selbstverständlich kostenlos eine neue Leuchte oder erstatten den Kaufpreis über Amazon – geben Sie uns dann einfach hier Bescheid.

Mit freundlichen Grüßen
Tobias Renner
Lichtweber Leuchten""",
    quote=("-----Ursprüngliche Nachricht-----\nVon: Amazon-Käufer <7kq2mzx0vh4tnpa@marketplace.amazon.de>\nGesendet: Donnerstag, 19. November 2026 21:05\nBetreff: Wo bleibt mein Paket? Bestellung 302-1186650-8027743",
           "Hallo, laut Amazon sollte die Leuchte schon gestern kommen. Bei mir ist nichts angekommen. Können Sie mal nachsehen?\nC. Hainbuch", "outlook"),
    expect="legit", rules=[], classes=["carrier_tracking_link","delivery_problem","reply"],
    note="Reply to a delivery enquiry with a DHL tracking link and a replacement/refund offer via Amazon; the carrier link is needed for the order.")

add(shop="Casewerk", dom="casewerk-store.de", sender="support", client="zendesk", kind="reply",
    subject="Re: Hülle passt nicht – Bestellung 171-6620493-1157802",
    body="""Hallo Herr Baumgärtner,

die Ersatzhülle für Ihr Pixel 9 ist heute rausgegangen, diesmal die richtige Variante mit dem größeren Kameraausschnitt. Sorry nochmal für die Verwechslung im Lager!

Wir haben gesehen, dass Sie wegen der falschen Hülle 2 Sterne vergeben haben. Wenn die neue Hülle passt, wäre es toll, wenn Sie Ihre Bewertung entsprechend anpassen könnten – das Problem ist ja jetzt gelöst.

Viele Grüße
Lea vom Casewerk-Support""",
    quote=("Amazon-Käufer, 21.11.2026 um 10:14:", "Die Hülle hat den falschen Kameraausschnitt, passt nicht aufs Pixel 9. Hab schon bewertet. Bitte Ersatz.", "gt"),
    expect="violation", rules=["review.change_or_remove"], classes=["adjust_review","reply","quoted_buyer"],
    note="After sending a replacement the seller asks the buyer to adjust the 2-star review, which is a request to change a review.")

add(shop="Teehaus Sencha & Co.", dom="teehaus-sencha.de", sender="service", client="freshdesk", kind="reply",
    subject="Re: Ihr Feedback zu Bestellung 404-3308817-6652290",
    body="""Sehr geehrte Frau Pohlmann,

es tut uns sehr leid, dass der Gyokuro in einer beschädigten Dose ankam. Die Erstattung über Amazon haben wir soeben veranlasst, das Geld ist in wenigen Tagen auf Ihrem Konto.

Da die Angelegenheit nun geklärt ist, möchten wir Sie höflich bitten, Ihr negatives Verkäuferfeedback zu entfernen. Das geht unter "Meine Bestellungen" > "Verkäuferfeedback".

Mit freundlichen Grüßen
Teehaus Sencha & Co.""",
    expect="violation", rules=["feedback.removal_request"], classes=["feedback_removal","reply"],
    note="After refunding, the seller asks the buyer to remove the negative seller feedback, which is forbidden.")

add(shop="Ahornhof Schneidebretter", dom="ahornhof-holz.de", sender="kontakt", client="gmail", kind="reply",
    subject="Re: Gutschein für Bewertung? Bestellung 305-2274406-8813390",
    body="""Hallo Frau Wendt,

vielen Dank für Ihre nette Nachricht und schön, dass Ihnen das Schneidebrett aus Ahorn gefällt.

Einen Gutschein oder Rabatt für eine Bewertung dürfen wir Ihnen leider nicht anbieten – Amazon erlaubt keine Gegenleistungen für Rezensionen, und das finden wir auch richtig so. Wenn Sie trotzdem eine Bewertung schreiben möchten, freuen wir uns über Ihre ehrliche Meinung.

Zur Pflege: Das Brett am besten alle paar Wochen dünn mit Lebensmittel-Leinöl einreiben und nicht in die Spülmaschine geben.

Freundliche Grüße
Martin Gerlach, Ahornhof""",
    quote=("Am 23.11.2026 um 09:31 schrieb Amazon-Käufer <c8fnq2t0yl5wbrk@marketplace.amazon.de>:", "Hallo, das Brett ist wirklich schön! Bekomme ich einen Gutschein, wenn ich 5 Sterne gebe? Andere Händler machen das so.\nLG Wendt", "gt"),
    expect="legit", rules=[], classes=["refusal_incentive","quoted_buyer","reply"],
    note="Seller refuses a buyer's request for a coupon in exchange for five stars and gives care instructions; incentive vocabulary appears only in the refusal and quoted text.")

add(shop="GrünSprenger Gartentechnik", dom="gruensprenger.de", sender="service", client="gorgias", kind="reply",
    subject="Re: Schlauchtrommel undicht – 028-5519073-6640128",
    body="""Hallo Herr Kowalczyk,

das klingt nach einem verrutschten Dichtring am Wasseranschluss. Damit wir das schnell beurteilen können, schicken Sie uns doch bitte ein Foto oder ein kurzes Video per WhatsApp an 0151 4482 1937 – dann können wir Ihnen gleich sagen, ob wir einen Ersatzring schicken oder die ganze Trommel tauschen.

Viele Grüße
Dennis | GrünSprenger Gartentechnik""",
    quote=("Amazon-Käufer schrieb am 12.11.2026, 16:20:", "Die Schlauchtrommel tropft am Anschluss, obwohl alles fest gedreht ist. Was kann ich tun?", "gt"),
    expect="violation", rules=["contact.off_platform","contact.phone_number"], classes=["whatsapp","phone","reply"],
    note="Asks the buyer to send photos via WhatsApp to a mobile number, moving the conversation off Amazon and giving a phone number.")

add(shop="Stripelight LED-Technik", dom="stripelight-led.de", sender="support", client="outlook", kind="reply",
    subject="AW: LED-Streifen flackert – Bestellung 171-8813306-2047715",
    body="""Guten Tag Herr Fassbender,

das Flackern liegt in fast allen Fällen am Netzteil: Der 5-m-Streifen braucht mindestens 36 W, Ihr vorhandenes 24-W-Netzteil ist zu schwach. Bitte verwenden Sie das mitgelieferte 48-W-Netzteil, dann sollte das Problem verschwunden sein.

Mit freundlichen Grüßen

Nadine Olbrich
Kundenservice

Stripelight LED-Technik UG (haftungsbeschränkt)
Gewerbering 14, 33415 Verl
Tel.: +49 5246 93 71 20
E-Mail: support@stripelight-led.de
Geschäftsführer: Uwe Olbrich | HRB 10934, Amtsgericht Gütersloh""",
    quote=("-----Ursprüngliche Nachricht-----\nVon: Amazon-Käufer\nGesendet: Montag, 16. November 2026 19:48",
           "Der LED-Streifen flackert die ganze Zeit, ich habe ihn an mein altes Netzteil angeschlossen. Defekt?", "outlook"),
    expect="violation", rules=["contact.phone_number","contact.email_address"], classes=["impressum_signature","reply"],
    note="Helpful product answer, but the Impressum-style signature contains a phone number and an e-mail address.")

add(shop="Kerzenhaus Lindner", dom="kerzenhaus-lindner.de", sender="shop", client="edesk", kind="proactive",
    subject="Ihre Adventskerzen – Bestellung 302-6650218-3391407",
    body="""Liebe Kundin, lieber Kunde,

wir hoffen, die Adventskerzen aus Bienenwachs sind heil bei Ihnen angekommen.

Übrigens: In unserem eigenen Onlineshop gibt es gerade unsere neue Winterkollektion mit handgezogenen Stabkerzen. Mit dem Code ADVENT15 sparen Sie dort 15 % auf Ihre nächste Bestellung:
www.kerzenhaus-lindner.de/winter

Tragen Sie sich auch gern in unseren Newsletter ein, dann verpassen Sie keine Aktion mehr.

Eine schöne Adventszeit wünscht
Familie Lindner""",
    expect="violation", rules=["purpose.marketing","contact.off_platform","links.external"], classes=["coupon_code","own_shop","newsletter"],
    note="Promotes a new collection in the seller's own web shop with a coupon code and newsletter sign-up, which is marketing and an off-Amazon link.")

add(shop="Messerschmiede Rauhbein", dom="rauhbein-messer.de", sender="service", client="zendesk", kind="proactive",
    subject="Danke für Ihre Bestellung 404-1193370-5508826",
    body="""Hallo Herr Schäfer,

vielen herzlichen Dank, dass Sie sich für unser Santokumesser aus Damaststahl entschieden haben! Wir wünschen Ihnen viel Freude beim Kochen.

Ihr Team der Messerschmiede Rauhbein""",
    expect="violation", rules=["purpose.thank_you_only"], classes=["thank_you_only"],
    note="Proactive message whose only content is thanking the buyer for the purchase.")

add(shop="Topfkultur Pflanzgefäße", dom="topfkultur.de", sender="kundenservice", client="freshdesk", kind="reply",
    subject="Re: Abzugsloch beim Pflanzkübel? (305-8840261-1175093)",
    body="""Hallo Frau Ibrahimović,

gute Frage! 🌱 Die Pflanzkübel "Terra 40" haben unten eine vorgestanzte Stelle für das Abzugsloch. Einfach mit einem 10-mm-Holzbohrer vorsichtig durchbohren, fertig. Für Innenräume empfehlen wir, das Loch geschlossen zu lassen und eine Drainageschicht aus Blähton zu verwenden. 😊

Liebe Grüße
Anja von Topfkultur""",
    quote=("On Tue, Nov 10, 2026 at 11:02 AM Amazon-Käufer wrote:", "Haben die Kübel ein Loch unten für das Wasser? Möchte sie auf den Balkon stellen.", "gt"),
    expect="violation", rules=["style.emoji"], classes=["emoji","reply"],
    note="Otherwise helpful answer about drainage holes, but it contains emoji.")

add(shop="Strickliesel Wolle", dom="strickliesel-wolle.de", sender="post", client="gmail", kind="proactive",
    subject="Wie gefällt Ihnen Ihre Merinowolle?",
    body="""Hallo,

vor kurzem haben Sie bei uns 10 Knäuel Merinowolle "Tannengrün" bestellt. Wir würden uns freuen, wenn Sie auf Amazon eine kurze Bewertung zum Garn hinterlassen – so helfen Sie anderen Strickerinnen und Strickern bei der Auswahl.

Herzliche Grüße
Ihre Strickliesel""",
    expect="violation", rules=["order.id_missing"], classes=["neutral_review_request","no_order_id"],
    note="Neutral review request, but the message does not reference the order id.")

add(shop="Saitenwind Musikzubehör", dom="saitenwind.de", sender="service", client="freshdesk", kind="reply",
    subject="Re: Rücksendung Stimmgerät – Bestellung 028-3350994-7706142",
    body="""Guten Tag Herr Neumeier,

schade, dass das Clip-Stimmgerät bei Ihrer Ukulele nicht zuverlässig reagiert. Sie können es natürlich zurückgeben: Gehen Sie bei Amazon auf "Meine Bestellungen", wählen Sie die Bestellung 028-3350994-7706142 und dann "Artikel zurücksenden". Das Rücksendeetikett ist für Sie kostenlos, der Kaufpreis wird nach Eingang über Amazon erstattet.

Ein Tipp noch, falls Sie es vorher ausprobieren möchten: Stellen Sie den Modus auf "U" (Ukulele) statt "C" (chromatisch), dann greift das Gerät die hohe G-Saite besser.

Freundliche Grüße
Saitenwind Musikzubehör""",
    quote=("Amazon-Käufer, 18.11.2026 um 20:37:", "Das Stimmgerät erkennt bei meiner Ukulele die Töne nicht richtig. Wie kann ich es zurückschicken?", "gt"),
    expect="legit", rules=[], classes=["return_via_amazon","reply","product_use"],
    note="Explains how to return the tuner through Amazon's return centre and gives a usage tip.")

add(shop="Kochsteinwerk", dom="kochsteinwerk.de", sender="service", client="edesk", kind="proactive",
    subject="Erinnerung: Bewertung zu Bestellung 171-4427709-9018363",
    body="""Sehr geehrte Frau Vogt,

vor einer Woche hatten wir Sie bereits gebeten, unseren Pizzastein aus Cordierit zu bewerten. Da wir noch keine Bewertung sehen konnten, möchten wir Sie noch einmal freundlich daran erinnern. Ihre Meinung ist uns sehr wichtig!

Mit freundlichen Grüßen
Kochsteinwerk Kundenservice""",
    expect="violation", rules=["review.repeat_request"], classes=["repeat_request","review_request"],
    note="Second reminder to review the same order after an earlier request, which is a repeated review request.")

add(shop="Wollnest", dom="wollnest-garne.de", sender="hallo", client="gorgias", kind="proactive",
    subject="Ihr Häkelset ist da! Bestellung 302-9017735-2264819",
    body="""Hallo du Liebe,

wir hoffen, du hast schon mit deinem Amigurumi-Häkelset "Fuchs Frido" angefangen!

Wenn du magst, schreib uns gern eine Bewertung bei Amazon. Und zeig uns dein fertiges Füchslein: Folge uns auf Instagram @wollnest_garne und markiere uns – die schönsten Werke zeigen wir in unserer Story!

Ganz liebe Grüße
Maren von Wollnest""",
    expect="violation", rules=["purpose.marketing","contact.off_platform"], classes=["instagram","follow_us","review_request"],
    note="Asks the buyer to follow and tag the shop on Instagram, which is social-media marketing and off-Amazon contact.")

add(shop="Akkuprofi Gartengeräte", dom="akkuprofi-garten.de", sender="service", client="outlook", kind="reply",
    subject="AW: Akku lädt nicht mehr – 404-6681142-3307759",
    body="""Sehr geehrter Herr Tietjen,

es tut uns leid, dass der Akku Ihrer Heckenschere nach vier Monaten nicht mehr lädt. Der Artikel hat 24 Monate Herstellergarantie von Kermann Akkutechnik, der Austausch läuft aber bequem über uns: Bitte senden Sie den Akku über die Amazon-Rücksendung unter "Meine Bestellungen" zurück und wählen Sie als Grund "Defekt". Sobald er bei uns ist, schicken wir Ihnen einen neuen Akku.

Prüfen Sie vorher bitte noch, ob die LED am Ladegerät rot blinkt – dann ist nur der Akku zu tief entladen und lässt sich oft nach 12 Stunden am Ladegerät wiederbeleben.

Mit freundlichen Grüßen
Frank Heider
Akkuprofi Gartengeräte""",
    quote=("-----Ursprüngliche Nachricht-----\nVon: Amazon-Käufer\nGesendet: Dienstag, 24. November 2026 08:15\nBetreff: Akku lädt nicht mehr",
           "Guten Tag, der Akku der Heckenschere HS-20 lädt nicht mehr. Ist das Garantie?", "outlook"),
    expect="legit", rules=[], classes=["warranty","manufacturer_named","reply"],
    note="Warranty answer naming the manufacturer and handling the exchange through an Amazon return; no off-Amazon contact.")

add(shop="Baristaecke", dom="baristaecke.de", sender="service", client="zendesk", kind="proactive",
    subject="Tipps zu Ihrer Siebträgermaschine – Bestellung 028-7740219-5593608",
    body="""Hallo Herr Demir,

Ihre Siebträgermaschine "Crema Uno" ist jetzt seit zwei Wochen bei Ihnen – Zeit für einen kleinen Pflegehinweis: Bitte entkalken Sie die Maschine je nach Wasserhärte alle 4–8 Wochen.

Passend dazu haben wir ganz neu unsere Entkalkungstabletten und ein Reinigungsbürsten-Set im Sortiment. Als Stammkunde bekommen Sie 10 % Rabatt, wenn Sie beides zusammen bei uns auf Amazon bestellen – suchen Sie einfach nach "Baristaecke Pflegeset".

Viele Grüße
Ihr Baristaecke-Team""",
    expect="violation", rules=["purpose.marketing"], classes=["cross_selling","loyalty_discount"],
    note="Care tip combined with cross-selling of new products and a loyalty discount, which is marketing.")

add(shop="Klötzchenwelt", dom="kloetzchenwelt.de", sender="support", client="freshdesk", kind="proactive",
    subject="Problem mit Ihrer Bestellung 305-1154478-6620934",
    body="""Guten Tag Frau Albrecht,

leider müssen wir Ihnen mitteilen, dass das Adventskalender-Bauset "Winterdorf" beim Hersteller ausverkauft ist und wir es nicht mehr liefern können.

Bitte stornieren Sie die Bestellung 305-1154478-6620934 selbst in Ihrem Amazon-Konto unter "Meine Bestellungen" > "Artikel stornieren". Das Geld bekommen Sie dann automatisch zurück.

Entschuldigen Sie die Umstände.
Mit freundlichen Grüßen
Klötzchenwelt""",
    expect="violation", rules=["purpose.ask_buyer_to_cancel"], classes=["ask_cancel","out_of_stock"],
    note="Asks the buyer to cancel the order themselves because the item is out of stock instead of the seller cancelling it.")

add(shop="Papeterie Federleicht", dom="federleicht-papeterie.de", sender="service", client="gmail", kind="reply",
    subject="Re: Können wir telefonieren? Bestellung 171-3396620-8841175",
    body="""Hallo Frau Reinholz,

wir helfen Ihnen gern! Leider dürfen wir über Amazon-Bestellungen nur hier im Amazon-Nachrichtensystem kommunizieren, also nicht per WhatsApp oder Telefon. Das ist aber kein Problem:

Die Hochzeitskarten (60 Stück, Kraftpapier) können wir mit Ihrem Wunschtext bedrucken, wenn Sie uns den Text einfach als Antwort auf diese Nachricht schicken. Sie bekommen dann hier einen Korrekturabzug als PDF, bevor wir drucken.

Viele Grüße
Theresa Voss
Papeterie Federleicht""",
    quote=("Am Fr., 20. Nov. 2026 um 14:55 Uhr schrieb Amazon-Käufer:", "Hallo, das mit dem Text ist kompliziert. Können Sie mich nicht einfach per WhatsApp anrufen oder mir Ihre Telefonnummer geben?\nLiebe Grüße, S. Reinholz", "gt"),
    expect="legit", rules=[], classes=["refusal_off_platform","quoted_buyer","reply"],
    note="Declines the buyer's wish to talk on WhatsApp or phone and keeps the personalisation inside Amazon messaging.")

add(shop="Zeltlager Campingbedarf", dom="zeltlager-camping.de", sender="info", client="outlook", kind="proactive",
    subject="Bestellung 028-4458831-1093267 – Gaskocher",
    body="""Guten Tag Herr Brückner,

Ihr Campingkocher "Brennwerk 2" ist bei Ihnen angekommen. Bitte verwenden Sie ausschließlich Schraubkartuschen nach EN 417.

Wenn Sie uns eine ehrliche Bewertung auf Amazon schreiben, erstatten wir Ihnen als kleines Dankeschön die Versandkosten von 4,95 €. Schicken Sie uns dazu einfach einen Screenshot Ihrer Bewertung als Antwort auf diese Nachricht.

Mit freundlichen Grüßen
Zeltlager Campingbedarf""",
    expect="violation", rules=["review.incentive"], classes=["incentive_shipping_refund","review_request"],
    note="Offers to refund the shipping cost in exchange for a review screenshot, which is an incentive even though it says honest.")

add(shop="Lampenfieber Taschenlampen", dom="lampenfieber-tl.de", sender="kontakt", client="gorgias", kind="proactive",
    subject="Bestellung 404-8820157-3319486: Wie zufrieden sind Sie mit der Stirnlampe?",
    body="""Hallo Frau Okafor,

Ihre Stirnlampe "Trail 600" ist seit ein paar Tagen bei Ihnen. Wir würden gern wissen, wie sie sich im Alltag schlägt.

Ob positiv oder negativ – Ihre ehrliche Bewertung auf Amazon hilft anderen Käufern bei der Entscheidung und uns dabei, unsere Produkte zu verbessern. Sie finden die Bewertungsmöglichkeit unter "Meine Bestellungen".

Falls es Fragen zur Bedienung gibt (z. B. Rotlichtmodus: Taste 3 Sekunden gedrückt halten), antworten Sie einfach auf diese Nachricht.

Viele Grüße
Lampenfieber Taschenlampen""",
    expect="legit", rules=[], classes=["neutral_review_request","proactive"],
    note="Neutral review request that explicitly welcomes positive or negative reviews and offers product help via Amazon messaging.")

add(shop="Spielbrett Brettspielversand", dom="spielbrett-versand.de", sender="service", client="edesk", kind="proactive",
    subject="Black Friday: 25 % auf alle Brettspiele!",
    body="""Hallo,

Ihr Brettspiel "Insel der Lotsen" aus Bestellung 302-5507318-4426601 ist inzwischen bei Ihnen angekommen – viel Spaß beim ersten Spieleabend!

Nur noch bis Montag: Zum Black Friday gibt es bei uns 25 % auf alle Brettspiele und Erweiterungen, auch auf die neue Erweiterung "Sturmflut". Schauen Sie gleich in unserem Amazon-Shop vorbei!

Spielerische Grüße
Ihr Spielbrett-Team""",
    expect="violation", rules=["subject.marketing","purpose.marketing"], classes=["sale","marketing_subject"],
    note="Subject and body advertise a Black Friday sale and a new expansion, which is marketing.")

add(shop="Schattenspender Sonnenschirme", dom="schattenspender.de", sender="service", client="zendesk", kind="proactive",
    subject="WICHTIG: Ihre Bestellung 171-2269034-7785510",
    body="""Guten Tag Herr Eckhardt,

bei der Ampelschirm-Lieferung zu Ihrer Bestellung 171-2269034-7785510 ist uns aufgefallen, dass der Montageanleitung die Seite mit dem Anzugsdrehmoment fehlt. Bitte ziehen Sie die vier Schrauben am Kreuzfuß mit höchstens 25 Nm an und füllen Sie die Sockelplatten vollständig mit Wasser oder Sand (insgesamt ca. 100 kg), bevor Sie den Schirm öffnen.

Mit freundlichen Grüßen
Schattenspender Sonnenschirme""",
    expect="violation", rules=["subject.important_tag"], classes=["important_tag","product_safety"],
    note="Legitimate safety/assembly information, but the subject carries a WICHTIG tag used to draw attention.")

add(shop="Druckhaus Tintenklecks", dom="tintenklecks-buero.de", sender="buchhaltung", client="zendesk", kind="reply",
    subject="Re: Rechnung mit ausgewiesener MwSt – 305-6613390-2208471",
    body="""Guten Tag Herr Lammers,

anbei die Rechnung zu Ihrer Bestellung 305-6613390-2208471 (Tonerkartuschen TK-2240, 4 Stück) mit ausgewiesener Umsatzsteuer und Ihrer Firmenanschrift. Die Rechnung ist außerdem in Ihrem Amazon-Konto unter "Meine Bestellungen" > "Rechnung" hinterlegt.

Mit freundlichen Grüßen
Buchhaltung Druckhaus Tintenklecks""",
    quote=("Amazon-Käufer, 25.11.2026 um 08:07:", "Bitte Rechnung mit MwSt und Firmenname Lammers Steuerberatung für die Buchhaltung.", "gt"),
    attach=True,
    expect="legit", rules=[], classes=["invoice","pdf_attachment","reply"],
    note="Reply sending the requested VAT invoice as a PDF attachment for the order.")

add(shop="Fliesenfuchs Heimwerkerbedarf", dom="fliesenfuchs.de", sender="service", client="gmail", kind="proactive",
    subject="Ihre Fliesenschneidmaschine – Bestellung 028-1198864-5530917",
    body="""Hallo Herr Yilmaz,

wir hoffen, die Fliesenschneidmaschine FS-630 leistet Ihnen gute Dienste.

Sollten Sie nicht ganz zufrieden sein, melden Sie sich bitte direkt bei uns unter service@fliesenfuchs.de, bevor Sie eine negative Bewertung schreiben. Zufriedene Kunden bitten wir dagegen herzlich um eine Bewertung auf Amazon!

Freundliche Grüße
Fliesenfuchs Heimwerkerbedarf""",
    expect="violation", rules=["review.divert_negative","review.biased_positive","contact.email_address"], classes=["divert_unhappy","email_address","conditional_happy"],
    note="Sends unhappy buyers to a private e-mail address before a negative review and asks only happy buyers to review.")

add(shop="Schlafgut Bettwaren", dom="schlafgut-bettwaren.de", sender="service", client="freshdesk", kind="reply",
    subject="Re: Kissen riecht – Bestellung 404-2250983-6617428",
    body="""Sehr geehrte Frau Marx,

es tut uns wirklich leid, dass das Nackenstützkissen nach dem Auspacken so stark riecht. Der Geruch kommt vom Visco-Schaum und verfliegt normalerweise nach zwei bis drei Tagen an der frischen Luft – wir verstehen aber, dass das nicht schön ist.

Wenn Sie das Kissen lieber zurückgeben möchten, können Sie das innerhalb von 30 Tagen über "Meine Bestellungen" tun; wir übernehmen die Rücksendekosten. Ihre Bewertung ist selbstverständlich Ihre Sache, wir nehmen Ihre Kritik an den Geruch mit zu unserem Lieferanten.

Mit freundlichen Grüßen
Schlafgut Bettwaren, Kundenservice""",
    quote=("<blockquote>", "Das Kissen stinkt nach Chemie, ich habe schon eine schlechte Bewertung geschrieben. Was soll ich jetzt machen?", "html"),
    html=True,
    expect="legit", rules=[], classes=["negative_review_mentioned","no_change_request","reply","html"],
    note="Responds to a buyer who already wrote a bad review with an explanation and a return via Amazon, without asking to change the review.")

add(shop="Klingenwerk Solingen-Wald", dom="klingenwerk-wald.de", sender="service", client="edesk", kind="proactive",
    subject="Ihr Kochmesser – Bestellung 302-7718846-1105932",
    body="""Guten Tag,

Ihr Kochmesser "Wald 21" aus Bestellung 302-7718846-1105932 ist angekommen. Bitte spülen Sie das Messer von Hand und trocknen es gleich ab.

Wir freuen uns über eine Bewertung auf Amazon.

Mit freundlichen Grüßen
Klingenwerk Solingen-Wald""",
    html=True, pixel=True,
    expect="violation", rules=["image.tracking_pixel","image.logo_link","links.external"], classes=["tracking_pixel","logo_link","html"],
    note="HTML review request with a linked shop logo and a 1x1 tracking pixel loaded from the seller's server.")

add(shop="Spürnase Tierortung", dom="spuernase-ortung.de", sender="support", client="outlook", kind="reply",
    subject="AW: GPS-Tracker verbindet nicht – 171-5530281-9946630",
    body="""Guten Tag Herr Hoffmann,

der GPS-Tracker "Spürnase Mini" funktioniert nur zusammen mit der kostenlosen App "PawTrack", die Sie im Google Play Store bzw. im App Store finden. Nach der Installation tippen Sie auf "Gerät hinzufügen" und scannen den QR-Code auf der Rückseite des Trackers. Wichtig: Die eingelegte SIM-Karte muss vorher mindestens 2 Stunden im Ladegerät aktiviert werden, sonst bleibt die LED orange.

Mit freundlichen Grüßen
Kai Brandt
Spürnase Tierortung""",
    quote=("-----Original Message-----\nFrom: Amazon-Käufer\nSent: Wednesday, November 25, 2026 7:22 PM",
           "Tracker leuchtet orange und ich finde ihn nicht in der App. Welche App brauche ich überhaupt?", "outlook"),
    expect="legit", rules=[], classes=["app_named","product_setup","reply"],
    note="Explains which app the GPS tracker needs and how to pair it; naming the app is required to use the product.")
