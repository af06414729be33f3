# Hand-written German messages for w164. Each entry: dict with meta + text (+ optional html, pdf).
# Seller: "Hainbuche & Eisen" (kitchen goods: cast-iron pans, thermos flasks, linen towels, boards)

M = []

def add(**kw):
    M.append(kw)

# 1 V biased positive, indirect
add(kind="proactive", client="zendesk", expect="violation",
    rules=["review.biased_positive"], classes=["review_nudge", "conditional_on_satisfaction"],
    note="Asks the buyer to share their experience on the product page only if they are happy with the pan, which biases the review request.",
    subject="Ihre Gusseisenpfanne 28 cm – Bestellung 302-4418273-5519064",
    text="""Guten Tag Frau Kessler,

Ihre Gusseisenpfanne (28 cm, vorgeölt) ist nun seit ein paar Tagen bei Ihnen – wir hoffen, die ersten Bratkartoffeln sind schon gelungen.

Wenn die Pfanne Sie überzeugt hat, würden wir uns sehr freuen, wenn Sie Ihre Erfahrung mit anderen Kochbegeisterten teilen. Ein paar Sätze auf der Produktseite helfen anderen bei der Entscheidung mehr als jede Beschreibung von uns.

Bestellnummer: 302-4418273-5519064

Herzliche Grüße aus Bielefeld
Lea Hartmann
Hainbuche & Eisen
""")

# 2 V divert negative
add(kind="proactive", client="freshdesk", expect="violation",
    rules=["review.divert_negative"], classes=["review_nudge", "come_to_us_first"],
    note="Tells the buyer to contact the seller first if anything is wrong before writing on the product page, steering unhappy buyers away from reviews.",
    subject="Kurze Nachfrage zu Ihrer Thermoskanne (305-8830172-2204417)",
    text="""Hallo Herr Dobrindt,

Ihre Isolierkanne "Stille 1,0 l" in Salbeigrün wurde laut DHL am Montag zugestellt.

Uns ist wichtig, dass alles passt. Sollte etwas nicht so sein, wie Sie es sich vorgestellt haben – der Deckel schließt nicht sauber, der Tee wird zu schnell kalt, irgendetwas – dann melden Sie sich bitte zuerst bei uns, bevor Sie Ihre Eindrücke auf der Produktseite festhalten. Wir finden fast immer eine Lösung.

Und wenn alles stimmt: Ihre Erfahrung mit anderen zu teilen, ist natürlich jederzeit willkommen.

Bestellung 305-8830172-2204417

Viele Grüße
Jonas Brückner
Kundenservice Hainbuche & Eisen
""")

# 3 V incentive gift in next parcel
add(kind="proactive", client="gorgias", expect="violation",
    rules=["review.incentive", "purpose.marketing"], classes=["review_nudge", "reward", "gift_next_parcel"],
    note="Promises a free care oil in the next parcel in return for a few words on the product page, which is an incentive for a review and a repeat-purchase push.",
    subject="Ein kleines Extra für Ihr Schneidebrett",
    text="""Liebe Frau Yilmaz,

wir hoffen, das Schneidebrett aus Eichenholz (45 x 30 cm) hat seinen Platz in Ihrer Küche gefunden.

Wer sich die Zeit nimmt und uns ein paar Worte auf der Produktseite hinterlässt, dem legen wir bei der nächsten Bestellung ein Fläschchen unseres Holzpflegeöls (50 ml) gratis bei – einfach so, als Dankeschön für Ihre Mühe.

Ihre Bestellnummer zur Referenz: 028-3391045-7786120

Mit besten Grüßen
Ihr Team von Hainbuche & Eisen
""")

# 4 L neutral review request
add(kind="proactive", client="helpscout", expect="legit",
    rules=[], classes=["review_request_neutral"],
    note="A single neutral request for the buyer's opinion on the product, whatever it is, with the order id and no incentive or condition.",
    subject="Ihre Meinung zu Bestellung 303-1120498-6634781",
    text="""Guten Tag Herr Albrecht,

vor gut einer Woche ist Ihr Leinen-Geschirrtuch-Set (3 Stück, naturfarben) bei Ihnen angekommen.

Falls Sie einen Moment Zeit haben: Wir würden uns über Ihre ehrliche Einschätzung auf der Produktseite bei Amazon freuen – ganz gleich, wie sie ausfällt. Jede Bewertung hilft anderen Käufern und uns, besser zu werden.

Bestellnummer: 303-1120498-6634781

Freundliche Grüße
Miriam Jansen
Hainbuche & Eisen
""")

# 5 V repeat purchase / new product
add(kind="proactive", client="zendesk", expect="violation",
    rules=["purpose.marketing"], classes=["cross_sell", "new_product"],
    note="Proactively announces a new grill plate as a companion to the purchased pan, which is marketing of a new product.",
    subject="Ihre Pfanne bekommt Gesellschaft",
    text="""Hallo Herr Ostermann,

seit Ihrer Bestellung 306-5527810-0912345 hat sich bei uns etwas getan: Die Gusseisenpfanne, die Sie im Oktober gekauft haben, bekommt eine Schwester – eine gusseiserne Grillplatte für Gas- und Induktionsherd, gleiche Vorölung, gleiche Griffform.

Viele unserer Kundinnen und Kunden haben danach gefragt, deshalb wollten wir es Ihnen als Erstem sagen. Sie finden sie auf Amazon, wenn Sie nach "Hainbuche Grillplatte" suchen.

Beste Grüße
Lea Hartmann
Hainbuche & Eisen
""")

# 6 V follower push photo app
add(kind="proactive", client="freshdesk", expect="violation",
    rules=["contact.off_platform", "purpose.marketing"], classes=["follower_push", "social_media"],
    note="Invites the buyer to follow the shop's handle on the photo app for recipes, which moves the buyer to social media and is marketing.",
    subject="Rezeptideen für Ihre neue Pfanne – 302-7781923-4410285",
    text="""Guten Morgen Frau Brandt,

danke, dass Sie sich für unsere 24-cm-Pfanne entschieden haben (Bestellung 302-7781923-4410285).

Falls Sie Inspiration suchen: Auf der bekannten Foto-App zeigen wir jede Woche, was man aus einer einzigen gusseisernen Pfanne alles zaubern kann – vom Dutch Baby bis zum Shakshuka. Sie finden uns dort unter @hainbuche.eisen. Wir würden uns freuen, Sie in unserer kleinen Community zu sehen.

Herzlich
Lea vom Hainbuche-Team
""")

# 7 V birthday/loyalty, no order id
add(kind="proactive", client="gorgias", expect="violation",
    rules=["purpose.marketing", "order.id_missing"], classes=["loyalty", "anniversary_offer"],
    note="Congratulates the buyer on a one-year customer anniversary with a discount on the next purchase, which is marketing and refers to no order.",
    subject="Ein Jahr Hainbuche & Eisen in Ihrer Küche",
    text="""Liebe Frau Nowak,

heute vor einem Jahr kam Ihre erste Bestellung bei uns an. Das möchten wir nicht einfach so verstreichen lassen.

Zu Ihrem kleinen Küchenjubiläum schenken wir Ihnen 15 % auf Ihren nächsten Einkauf in unserem Amazon-Shop – der Code JAHR15 gilt bis Ende Dezember.

Auf viele weitere gemeinsame Mahlzeiten!
Miriam Jansen
Hainbuche & Eisen
""")

# 8 V gift in next parcel
add(kind="proactive", client="zendesk", expect="violation",
    rules=["purpose.marketing"], classes=["gift_next_parcel", "repeat_purchase"],
    note="Promises a surprise in the buyer's next parcel to encourage a repeat purchase, which is promotional content.",
    subject="Bestellung 304-2219086-3357102",
    text="""Hallo Herr Scholz,

Ihre Thermoskanne ist gut angekommen, das freut uns.

Nur ein kleiner Hinweis für später: Wer ein zweites Mal bei Hainbuche & Eisen bestellt, findet in seinem Paket eine kleine Überraschung aus unserer Manufaktur. Mehr verraten wir nicht ;)

Alles Gute
Jonas Brückner
""")

# 9 V VIP club
add(kind="proactive", client="helpscout", expect="violation",
    rules=["purpose.marketing"], classes=["vip_club", "loyalty"],
    note="Invites the buyer into a 'Stammtisch' circle of regular customers with early access and prices, which is marketing.",
    subject="Eine Einladung an unseren Stammtisch",
    text="""Guten Tag Frau Weber,

Sie haben inzwischen dreimal bei uns bestellt – zuletzt das Leinen-Set (Bestellung 028-6650391-1184726). Damit gehören Sie zu einem kleinen Kreis, den wir intern liebevoll unseren "Stammtisch" nennen.

Wer am Stammtisch sitzt, erfährt vor allen anderen von neuen Stücken, bekommt Vorzugspreise zum Start und ab und zu eine Kleinigkeit ins Paket. Wenn Sie dabei sein möchten, antworten Sie einfach mit einem kurzen "Ja" auf diese Nachricht.

Wir würden uns freuen.
Herzliche Grüße
Miriam Jansen & das ganze Team
""")

# 10 V reconsider posted comment
add(kind="reply", client="freshdesk", expect="violation",
    rules=["review.change_or_remove"], classes=["reconsider_review", "after_resolution"],
    note="After sending a replacement lid, asks the buyer to reconsider the words they posted on the product page, which is a request to change a review.",
    subject="Re: Deckel undicht – Bestellung 305-9904127-6612803",
    text="""Hallo Frau Lindner,

der Ersatzdeckel ist heute mit DHL rausgegangen, Sendungsnummer 00340434161094022157. Den alten müssen Sie nicht zurückschicken.

Wir haben gesehen, dass Sie Ihre Erfahrung mit dem undichten Deckel bereits auf der Produktseite beschrieben haben – völlig verständlich. Wenn der neue Deckel hält, was er verspricht, wären wir dankbar, wenn Sie Ihre Worte dort noch einmal überdenken. Für so ein kleines Team bedeutet das sehr viel.

Viele Grüße
Jonas Brückner
Hainbuche & Eisen

-----Original Message-----
From: Amazon-Käufer
Sent: Dienstag, 17. November 2026 19:42
Subject: Deckel undicht – Bestellung 305-9904127-6612803

Hallo, bei meiner Kanne läuft beim Ausgießen Tee am Deckel vorbei und tropft auf den Tisch. Habe es auch schon in der Rezension geschrieben. Können Sie mir einen neuen Deckel schicken?
Gruß, S. Lindner
""")

# 11 V repeat request (reminder)
add(kind="proactive", client="zendesk", expect="violation",
    rules=["review.repeat_request"], classes=["reminder", "second_request"],
    note="A second reminder asking again for the buyer's experience on the product page for the same order after an earlier request.",
    subject="Noch einmal kurz zu Ihrer Bestellung 302-6618830-9920471",
    text="""Guten Tag Herr Kaya,

vor zwei Wochen hatten wir Ihnen schon einmal geschrieben und gefragt, wie Ihnen das Messerschärfset gefällt. Vielleicht ist die Nachricht im Alltag untergegangen – das passiert uns selbst ständig.

Darum noch einmal ganz unverbindlich: Wenn Sie einen Moment finden, Ihre Eindrücke auf der Produktseite festzuhalten, wäre das eine große Hilfe für andere, die noch überlegen.

Bestellnummer: 302-6618830-9920471

Danke und viele Grüße
Lea Hartmann
Hainbuche & Eisen
""")

# 12 L product tip reply (seasoning)
add(kind="reply", client="helpscout", expect="legit",
    rules=[], classes=["product_tip", "answer_question"],
    note="Answers the buyer's question about sticky residue on the cast-iron pan with care instructions.",
    subject="Re: Pfanne klebrig nach dem Einbrennen",
    text="""Hallo Herr Petersen,

danke für Ihre Nachricht. Ein klebriger Film entsteht fast immer, wenn beim Einbrennen zu viel Öl verwendet wurde oder die Temperatur nicht hoch genug war. Das ist kein Defekt und lässt sich gut beheben:

1. Pfanne mit heißem Wasser und einer Bürste (ohne Spülmittel) ausschrubben.
2. Gut abtrocknen und auf dem Herd kurz erhitzen, bis sie ganz trocken ist.
3. Hauchdünn Öl mit hohem Rauchpunkt auftragen (z. B. Rapsöl) und mit Küchenpapier wieder abwischen, bis sie fast trocken aussieht.
4. Im Backofen eine Stunde bei 230 °C umgedreht einbrennen, im Ofen auskühlen lassen.

Nach zwei, drei Durchgängen sollte die Oberfläche glatt und matt glänzend sein. Falls nicht, melden Sie sich gerne wieder hier über Amazon – dann schauen wir uns das gemeinsam an, und wenn nötig kümmern wir uns um einen Ersatz über Ihre Bestellung 306-1185502-4471096.

Viele Grüße
Jonas Brückner
Hainbuche & Eisen

Am 21.11.2026 um 10:15 schrieb Amazon-Käufer:
> Hallo, ich habe die Pfanne nach Anleitung eingebrannt, aber jetzt
> ist sie an manchen Stellen klebrig. Ist das normal?? Bestellnr.
> 306-1185502-4471096
""")

# 13 L accessory question -> same listing
add(kind="reply", client="zendesk", expect="legit",
    rules=[], classes=["accessory_question", "same_listing"],
    note="Answers whether a matching glass lid exists by pointing to the size variant on the same Amazon listing the buyer ordered from.",
    subject="Re: Passender Deckel für 28er Pfanne?",
    text="""Guten Tag Frau Reuter,

ja, einen passenden Glasdeckel gibt es. Sie finden ihn direkt auf der Amazon-Produktseite Ihrer Pfanne: Unter "Stil" können Sie statt "Pfanne" die Option "Pfanne + Glasdeckel" bzw. "nur Glasdeckel 28 cm" auswählen. Der Deckel hat einen Silikonrand und passt exakt auf den 28-cm-Rand.

Bei Fragen zu Ihrer Bestellung 303-4472019-8861530 sind wir gern weiter für Sie da.

Freundliche Grüße
Miriam Jansen
Hainbuche & Eisen

Amazon-Käufer, 23.11.2026 um 08:07:
Hallo, gibt es zu meiner Pfanne (28 cm) auch einen Deckel? Habe nichts gefunden. Danke
""")

# 14 L refusal of discount request
add(kind="reply", client="freshdesk", expect="legit",
    rules=[], classes=["discount_refusal"],
    note="Politely declines the buyer's request for a discount on a second pan and gives no offer or promotion.",
    subject="Re: Rabatt bei zweiter Pfanne?",
    text="""Hallo Herr Vogt,

vielen Dank für Ihre Anfrage. Leider können wir für eine zweite Pfanne keinen individuellen Nachlass gewähren – unsere Preise auf Amazon sind für alle Käufer gleich kalkuliert.

Zu Ihrer bestehenden Bestellung 304-7730215-1029384: Die Pfanne wurde heute an DHL übergeben, die Zustellung ist für Donnerstag angekündigt.

Freundliche Grüße
Jonas Brückner
Hainbuche & Eisen

-----Original Message-----
From: Amazon-Käufer
Sent: Montag, 30. November 2026 21:03
Subject: Rabatt bei zweiter Pfanne?

Guten Abend, ich würde gern noch eine zweite Pfanne für meine Tochter kaufen. Geht da was am Preis? Mfg Vogt
""")

# 15 L invoice with PDF
add(kind="reply", client="helpscout", expect="legit",
    rules=[], classes=["invoice", "pdf_attachment"],
    note="Sends the requested invoice for the order as a PDF attachment.",
    subject="Re: Rechnung für Bestellung 028-9915530-2287643",
    pdf=("Rechnung_RE-2026-11873.pdf", ["Hainbuche & Eisen GmbH - Rechnung RE-2026-11873",
        "Amazon-Bestellnr. 028-9915530-2287643 - Datum 02.12.2026",
        "1 x Isolierkanne Stille 1,0 l Salbeigruen  39,90 EUR",
        "enthaltene MwSt. 19%: 6,37 EUR   Gesamt: 39,90 EUR"]),
    text="""Guten Tag Frau Hoffmann,

anbei erhalten Sie die Rechnung zu Ihrer Bestellung 028-9915530-2287643 als PDF (Rechnungsnummer RE-2026-11873). Die Rechnung ist auf Ihre Firma ausgestellt, wie gewünscht.

Mit freundlichen Grüßen
Miriam Jansen
Buchhaltung / Kundenservice
Hainbuche & Eisen GmbH

Am 02.12.2026 um 09:31 schrieb Amazon-Käufer:
> Guten Morgen, könnten Sie mir bitte eine Rechnung mit ausgewiesener
> MwSt. schicken, ausgestellt auf Hoffmann Architektur GbR? Danke!
""")

# 16 V answer + cross-sell
add(kind="reply", client="gorgias", expect="violation",
    rules=["purpose.marketing"], classes=["product_tip", "cross_sell"],
    note="Answers a question about knife sharpening angles but then recommends the shop's new whetstone set, which is a cross-sell.",
    subject="Re: Welcher Winkel beim Schärfen?",
    text="""Hallo Herr Brenner,

für europäische Messer wie Ihr Kochmesser empfehlen wir 20° pro Seite, für japanische Klingen eher 15°. Mit dem Schärfset aus Ihrer Bestellung 302-3301847-5526019 stellen Sie den Winkel über die Führungsschiene ein – die Markierung "EU" entspricht 20°.

Kleiner Tipp zum Schluss: Wer einmal Freude am Schärfen gefunden hat, ist mit unserem neuen Wasserschleifstein-Duo (1000/6000) bestens ausgestattet. Das Set ist gerade neu in unserem Amazon-Shop und passt perfekt zu Ihrer Ausrüstung.

Scharfe Grüße
Lea Hartmann

Am Mi., 25. Nov. 2026 um 17:22 schrieb Amazon-Käufer:
> Welchen Winkel soll ich bei meinem Kochmesser nehmen? Das Set hat ja
> zwei Einstellungen.
""")

# 17 V feedback removal
add(kind="proactive", client="zendesk", expect="violation",
    rules=["feedback.removal_request"], classes=["feedback_removal", "after_resolution"],
    note="After a refund, asks the buyer to take back the seller rating they left, which is a feedback removal request.",
    subject="Ihre Rückerstattung zu 305-4402918-7731650",
    text="""Guten Tag Herr Wolff,

die Rückerstattung für das beschädigt angekommene Schneidebrett wurde heute veranlasst; je nach Bank sehen Sie den Betrag in drei bis fünf Werktagen.

Es tut uns leid, dass der Versand nicht so gelaufen ist, wie er sollte. Sie hatten uns daraufhin als Verkäufer bewertet. Da die Sache nun hoffentlich zu Ihrer Zufriedenheit geklärt ist, möchten wir Sie ganz höflich fragen, ob Sie diese Verkäuferbewertung zurücknehmen würden. Über "Ihre Bestellungen" geht das mit zwei Klicks.

Mit freundlichen Grüßen
Jonas Brückner
Hainbuche & Eisen
""")

# 18 V divert + biased (combined, elegant, HTML)
add(kind="proactive", client="helpscout", expect="violation",
    rules=["review.divert_negative", "review.biased_positive"], classes=["review_nudge", "come_to_us_first", "conditional_on_satisfaction"],
    note="Sends unhappy buyers to private contact and invites only happy buyers to share their impression on the product page.",
    subject="Wie gefällt Ihnen Ihr Leinen-Set? (Bestellung 303-8825104-6690213)",
    html=True,
    text="""Guten Tag Frau Schäfer,

Ihre Leinen-Geschirrtücher sind jetzt seit einigen Tagen bei Ihnen. Leinen wird mit jeder Wäsche weicher – nach drei, vier Durchgängen zeigt es erst, was es kann.

Zwei Wege, je nachdem:

Nicht ganz glücklich? Schreiben Sie uns einfach hier. Wir kümmern uns persönlich darum, bevor irgendetwas anderes passiert.

Rundum zufrieden? Dann wäre es wunderbar, wenn Sie Ihren Eindruck auf der Produktseite mit anderen teilen.

Bestellnummer: 303-8825104-6690213

Herzliche Grüße
Miriam Jansen
Hainbuche & Eisen
""")

# 19 V incentive voucher after sharing experience
add(kind="proactive", client="freshdesk", expect="violation",
    rules=["review.incentive", "purpose.marketing"], classes=["review_nudge", "reward", "voucher"],
    note="Offers a voucher for the next purchase as appreciation once the buyer has shared their experience on the product page.",
    subject="Ihre Stimme zählt – Bestellung 306-2250917-3348861",
    text="""Hallo Frau Graf,

wie schlägt sich Ihre neue Isolierkanne im Büroalltag?

Wir sind ein kleines Familienunternehmen, und nichts hilft uns so sehr wie Käuferinnen, die ihre Erfahrung mit anderen teilen. Wenn Sie das auf der Produktseite tun mögen, antworten Sie uns danach kurz auf diese Nachricht – als Zeichen unserer Wertschätzung senden wir Ihnen dann einen Gutschein über 10 € für Ihren nächsten Einkauf bei uns.

Bestellung: 306-2250917-3348861

Liebe Grüße
Lea Hartmann
Hainbuche & Eisen
""")

# 20 V thank-you only
add(kind="proactive", client="gorgias", expect="violation",
    rules=["purpose.thank_you_only"], classes=["thank_you_only"],
    note="Sent only to thank the buyer for the order and wish them well, with no order-related information or question.",
    subject="Danke! – 302-9017734-2268450",
    text="""Liebe Frau Krämer,

wir wollten uns einfach nur bedanken, dass Sie sich für Hainbuche & Eisen entschieden haben (Bestellung 302-9017734-2268450). Hinter jeder Bestellung stehen bei uns echte Menschen, und jede einzelne freut uns.

Eine schöne Adventszeit und viel Freude beim Kochen!

Herzlich
Ihr Hainbuche-Team
""")

# 21 V shipping confirmation + follower push
add(kind="proactive", client="zendesk", expect="violation",
    rules=["purpose.shipping_confirmation", "contact.off_platform", "purpose.marketing"], classes=["shipping_confirmation", "follower_push"],
    note="Only confirms dispatch of the parcel and adds an invitation to follow the shop on the photo app, which is off-platform marketing.",
    subject="Ihr Paket ist unterwegs – 304-6630281-9915472",
    text="""Hallo Herr Lorenz,

gute Nachrichten: Ihre Bestellung 304-6630281-9915472 (Gusseisenpfanne 24 cm) hat heute unser Lager in Bielefeld verlassen.

Die Wartezeit kann man sich übrigens gut mit Rezepten vertreiben – auf der Foto-App mit dem bunten Kamera-Symbol sind wir als hainbuche.eisen zu finden.

Bis bald
Jonas
""")

# 22 L product care linen
add(kind="reply", client="helpscout", expect="legit",
    rules=[], classes=["product_tip", "answer_question"],
    note="Answers how to wash the linen towels and whether they may go in the dryer.",
    subject="Re: Waschen der Geschirrtücher",
    text="""Hallo Frau Engel,

die Tücher können Sie problemlos bei 60 °C waschen, am besten ohne Weichspüler – der legt sich auf die Fasern und die Tücher nehmen dann schlechter Wasser auf. Der Trockner ist auf niedriger Stufe erlaubt, Leinen kann dabei aber um etwa 3–5 % einlaufen. Wir empfehlen, sie auf der Leine zu trocknen und leicht feucht glatt zu ziehen.

Dass sie anfangs etwas steif sind und fusseln, ist normal und gibt sich nach ein paar Wäschen.

Viele Grüße
Miriam Jansen
Hainbuche & Eisen

On 24.11.2026 14:58, Amazon-Käufer wrote:
> Kann ich die Tücher bei 60 Grad waschen und in den Trockner tun? Die
> fusseln ziemlich. Bestellung 028-1174650-8830291
""")

# 23 L delivery delay
add(kind="reply", client="freshdesk", expect="legit",
    rules=[], classes=["delivery_problem"],
    note="Explains a delivery delay at the carrier and states that a refund or replacement via Amazon is possible if the parcel does not arrive.",
    subject="Re: Wo bleibt meine Kanne? 305-3368401-1102957",
    text="""Guten Tag Herr Kuhn,

wir haben bei DHL nachgesehen: Ihr Paket (Sendungsnummer 00340434161094077318) hängt seit Samstag im Paketzentrum Hannover fest, vermutlich wegen des hohen Aufkommens vor Weihnachten. Ein Nachforschungsauftrag ist gestellt.

Sollte das Paket bis Mittwoch nicht bei Ihnen sein, schicken wir Ihnen eine neue Kanne oder erstatten den Betrag über Amazon – ganz wie Sie möchten. Geben Sie uns einfach hier kurz Bescheid.

Entschuldigen Sie die Verzögerung.
Jonas Brückner
Hainbuche & Eisen

-----Original Message-----
From: Amazon-Käufer
Sent: Sonntag, 6. Dezember 2026 11:20
Subject: Wo bleibt meine Kanne? 305-3368401-1102957

Hallo, laut Sendungsverfolgung sollte die Kanne schon Freitag da sein. Bewegt sich nichts mehr. Was ist da los?
""")

# 24 V HTML loyalty with emoji + important tag
add(kind="proactive", client="gorgias", expect="violation",
    rules=["purpose.marketing", "subject.important_tag", "subject.marketing", "style.emoji"], classes=["loyalty", "advent_offer", "emoji"],
    note="An advent newsletter-style message with an 'Wichtig' subject tag, an emoji and a seasonal offer for returning customers, which is marketing.",
    subject="[Wichtig] Ihr Adventsvorteil bei Hainbuche & Eisen",
    html=True,
    text="""Liebe Frau Möller,

die Tage werden kürzer, die Schmorgerichte länger 🍂

Weil Sie schon einmal bei uns bestellt haben (zuletzt 303-5529017-4418826), gilt für Sie bis zum 4. Advent ein besonderer Vorteil: Bei Ihrem nächsten Einkauf in unserem Amazon-Shop legen wir ein handgenähtes Topflappen-Paar aus Leinen dazu.

Gemütliche Grüße
Lea & das Hainbuche-Team
""")

# 25 V reply to complaint with divert negative
add(kind="reply", client="zendesk", expect="violation",
    rules=["review.divert_negative"], classes=["complaint_reply", "come_to_us_first"],
    note="Offers a replacement for a scratched pan but asks the buyer to give the shop a chance before writing anything on the product page.",
    subject="Re: Kratzer auf der Pfanne",
    text="""Hallo Frau Pohl,

das tut uns wirklich leid – ein Kratzer im Boden darf bei einer neuen Pfanne nicht sein. Wir schicken Ihnen gern umgehend eine neue; die beschädigte können Sie über die Amazon-Rücksendung kostenfrei zurückschicken.

Eine Bitte noch: Geben Sie uns die Chance, das in Ordnung zu bringen, bevor Sie Ihre Erfahrung auf der Produktseite beschreiben. Wir sind sicher, dass die neue Pfanne Sie überzeugen wird.

Bestellung 302-8840173-6627095

Viele Grüße
Lea Hartmann
Hainbuche & Eisen

Amazon-Käufer, 27.11.2026 um 16:44:
Die Pfanne hatte beim Auspacken einen langen Kratzer im Boden. Ich bin ziemlich enttäuscht, für den Preis. Bestellung 302-8840173-6627095
""")

# 26 L neutral review request HTML
add(kind="proactive", client="helpscout", expect="legit",
    rules=[], classes=["review_request_neutral"],
    html=True,
    note="A single neutral invitation to leave an honest product review on Amazon for the order, with no condition or reward.",
    subject="Bestellung 306-4471920-8853016: Wie ist Ihr Eindruck?",
    text="""Guten Tag Herr Simon,

Ihr Eichenholz-Schneidebrett ist seit einigen Tagen bei Ihnen.

Wenn Sie mögen, teilen Sie Ihre Erfahrung damit auf der Amazon-Produktseite – positiv wie kritisch. Ehrliche Rückmeldungen helfen anderen Käufern bei der Entscheidung.

Bestellnummer: 306-4471920-8853016

Freundliche Grüße
Miriam Jansen
Hainbuche & Eisen
""")

# 27 V referral code
add(kind="proactive", client="freshdesk", expect="violation",
    rules=["purpose.marketing"], classes=["referral", "coupon"],
    note="Encourages the buyer to recommend the thermos to friends with a discount code, which is a promotional coupon.",
    subject="Teilen Sie die Wärme – 304-1190385-2276614",
    text="""Hallo Herr Jung,

schön, dass Ihre Kanne Sie jetzt durch die kalten Morgen begleitet (Bestellung 304-1190385-2276614).

Wenn Sie jemanden kennen, der auch immer lauwarmen Kaffee trinkt: Mit dem Code WAERME10 bekommen Ihre Freunde und Kolleginnen 10 % auf ihre erste Kanne bei uns auf Amazon. Gute Dinge sprechen sich eben herum.

Warme Grüße
Lea Hartmann
Hainbuche & Eisen
""")

# 28 L induction compatibility
add(kind="reply", client="gorgias", expect="legit",
    rules=[], classes=["product_tip", "answer_question"],
    note="Answers whether the cast-iron pan works on an induction hob and how to avoid damaging the glass surface.",
    subject="Re: Induktion geeignet?",
    text="""Guten Tag Herr Arslan,

ja, die Pfanne funktioniert auf allen Herdarten, auch auf Induktion. Zwei Hinweise:

- Bitte nicht auf der höchsten Stufe oder mit Booster aufheizen, sondern auf mittlerer Stufe ein paar Minuten vorwärmen. Gusseisen verteilt die Wärme langsamer, bei zu schnellem Aufheizen kann es sich verziehen.
- Die Pfanne nicht über das Glaskeramikfeld schieben, sondern anheben – der raue Boden kann sonst Kratzer hinterlassen.

Die Kochzone sollte ungefähr dem Bodendurchmesser entsprechen (bei Ihrer 28er ca. 21 cm).

Mit freundlichen Grüßen
Jonas Brückner
Hainbuche & Eisen

> Am 28.11.2026 schrieb Amazon-Käufer:
> Hallo geht die Pfanne auch auf Induktion? Hab Angst um mein Kochfeld.
> Bestellung 303-2286104-7749135
""")

# 29 V discount refusal + review incentive
add(kind="reply", client="helpscout", expect="violation",
    rules=["review.incentive"], classes=["discount_refusal", "reward", "review_nudge"],
    note="Declines a discount but offers a small gift in the parcel if the buyer leaves a few words on the product page after delivery.",
    subject="Re: Preisnachlass Schneidebrett",
    text="""Hallo Frau Berger,

einen Rabatt auf den Listenpreis können wir leider nicht geben.

Aber wir machen Ihnen einen anderen Vorschlag: Wenn das Brett bei Ihnen ist und Sie uns danach ein paar Zeilen auf der Produktseite schenken, schicken wir Ihnen als Dank unser kleines Servierbrett aus dem Verschnitt nach – das bekommt man sonst nirgends.

Bestellnummer 028-7703196-4458120, Versand erfolgt morgen.

Viele Grüße
Lea Hartmann

Am 01.12.2026 um 20:11 schrieb Amazon-Käufer:
> Hallo, bekomme ich das Brett etwas günstiger, wenn ich heute noch
> bestelle? Habe es woanders für 5 Euro weniger gesehen.
""")

# 30 V new products announcement (advent collection)
add(kind="proactive", client="zendesk", expect="violation",
    rules=["purpose.marketing", "subject.marketing"], classes=["new_product", "seasonal"],
    note="Announces the shop's new winter collection to a past buyer with a promotional subject line, which is marketing.",
    subject="Neu: Unsere Winterkollektion ist da",
    text="""Guten Tag Frau Ziegler,

Sie haben im Sommer unsere Isolierkanne bestellt (302-5518720-1163049), deshalb dachten wir, das könnte Sie interessieren: Ab sofort gibt es die "Stille" auch in Tannengrün und Winterweiß, dazu passende Becher mit Doppelwand und einen Teesieb-Einsatz aus Edelstahl.

Alles finden Sie in unserem Amazon-Shop unter "Hainbuche & Eisen".

Wir wünschen Ihnen einen warmen Winter.
Miriam Jansen
Hainbuche & Eisen
""")
