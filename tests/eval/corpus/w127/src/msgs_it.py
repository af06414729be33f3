# -*- coding: utf-8 -*-
"""Italian messages w127-0016 .. w127-0030."""

M = []

# 0016 legit — Outlook IT, invoice with P.IVA, buyer's PEC quoted
M.append(dict(
    lang="it", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["invoice", "outlook-quote", "buyer-email-quoted", "buyer-phone-quoted"],
    note="Seller uploads the invoice with the buyer's VAT number to Amazon and explains where to download it; the buyer's PEC address and phone stay only in the quoted Da:/Inviato: block.",
    from_name="Ufficio Più Forniture", from_addr="ordini@ufficiopiuforniture.it",
    subject="R: Richiesta fattura con P.IVA - Ordine 403-5518210-7729046",
    date=(2026, 11, 17, 9, 45),
    text="""Buongiorno dott. Rossetti,

la fattura dell'ordine 403-5518210-7729046 (2 sedie ergonomiche Ufficio Più Comfort, nere) è stata emessa a nome di Studio Rossetti & Associati, P.IVA IT 04471230965, e caricata su Amazon.

La trova in I miei ordini > Dettagli ordine > Fattura, in formato PDF. Abbiamo trasmesso anche la fattura elettronica al Sistema di Interscambio con il codice destinatario che ci ha indicato (M5UXCR1), quindi il suo commercialista la riceverà nel cassetto fiscale.

Per le regole di Amazon non possiamo inviare documenti a indirizzi email o PEC esterni, ma dal PDF su Amazon può inoltrarla lei senza problemi.

Cordiali saluti,
Chiara Bellini
Ufficio Più Forniture - Servizio clienti

________________________________
Da: Cliente Amazon Marco Rossetti <n4w0ck8zq1yt6hd@marketplace.amazon.it>
Inviato: lunedì 16 novembre 2026 18:22
A: ordini@ufficiopiuforniture.it
Oggetto: Richiesta fattura con P.IVA - Ordine 403-5518210-7729046

------------- Messaggio: -------------

Buonasera, mi serve la fattura intestata a:
Studio Rossetti & Associati
P.IVA 04471230965 - Codice SDI M5UXCR1
Via Carducci 18, 20123 Milano

Inviatela per favore alla PEC studiorossetti@pec-avvocati.it oppure chiamate la segreteria allo 02 8846 1390.

------------- Fine messaggio -------------
"""))

# 0017 legit — Gmail IT, delivered but not received, BRT
M.append(dict(
    lang="it", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["not-received", "carrier-investigation", "gmail-quote", "buyer-phone-quoted", "review-threat-quoted"],
    note="Opens a BRT investigation for a parcel marked delivered and promises reshipment or refund; the buyer's mobile number and review threat appear only in the 'ha scritto' quote.",
    from_name="Casa Dolomia", from_addr="assistenza@casadolomia.it",
    subject="Re: Pacco risulta consegnato ma non l'ho ricevuto - ordine 171-2206648-3381950",
    date=(2026, 11, 18, 10, 30),
    text="""Gentile Francesca,

ci dispiace per il disagio. Abbiamo controllato l'ordine 171-2206648-3381950 (set di 3 pentole in ghisa Dolomia 20/24/28 cm): BRT lo dà consegnato martedì 17 alle 14:52, con firma "VICINO".

Abbiamo già aperto una richiesta di verifica con BRT (pratica n. 2611-448093) per sapere a chi è stato lasciato. Nel frattempo le chiediamo di controllare con i vicini o con la portineria, perché a volte l'autista lascia il pacco al piano di sotto.

Se entro giovedì 19 BRT non lo ritrova, le rispediamo subito le pentole senza costi oppure, se preferisce, le rimborsiamo l'intero importo tramite Amazon. Le scriviamo qui appena abbiamo la risposta del corriere.

Cordiali saluti,
Davide Zanella
Casa Dolomia

Il giorno mar 17 nov 2026 alle ore 20:05 Cliente Amazon Francesca Lodi <c2y8fk0nq5wr1zm@marketplace.amazon.it> ha scritto:

> ------------- Messaggio: -------------
>
> Il tracking dice consegnato ma io ero a casa tutto il pomeriggio e non è
> arrivato niente!!! Chiamatemi subito al 347 552 1086, non ho tempo per
> scrivere messaggi. Se non si risolve apro una contestazione e vi lascio
> una recensione da una stella.
>
> ------------- Fine messaggio -------------
>
> Il giorno sab 14 nov 2026 alle ore 11:40 Casa Dolomia <assistenza@casadolomia.it> ha scritto:
>
>> Gentile Francesca, le pentole in ghisa vanno bene anche su piano a
>> induzione. Cordiali saluti, Davide.
"""))

# 0018 violation — Zendesk IT, seller offers WhatsApp with +39 number
M.append(dict(
    lang="it", client="zendesk", kind="reply", expect="violation",
    rules=["contact.off_platform", "contact.phone_number"],
    classes=["product-setup", "zendesk-trail", "whatsapp", "seller-phone"],
    note="Seller invites the buyer to write on WhatsApp to +39 351 207 4418 for faster help with the espresso machine, moving contact off Amazon with a phone number.",
    from_name="Espresso Vesuvio", from_addr="supporto@espressovesuvio.it",
    subject="Re: Macchina caffè perde acqua - Ordine 405-8812036-2264197 [#40558]",
    date=(2026, 11, 19, 11, 20),
    text="""##- Scrivi la tua risposta sopra questa riga -##

La tua richiesta (40558) è stata aggiornata. Per aggiungere altri commenti, rispondi a questa email.

----------------------------------------------

Gennaro Esposito (Espresso Vesuvio)

19 nov 2026, 11:20 CET

Gentile Roberto,

la perdita d'acqua sotto la macchina espresso Vesuvio Classica (ordine 405-8812036-2264197) nel 90% dei casi dipende dal serbatoio non inserito fino in fondo: la valvolina sotto il serbatoio deve fare "clic". Provi a toglierlo e reinserirlo premendo bene.

Se continua a perdere, ci scriva su WhatsApp al +39 351 207 4418 con un video della perdita: lì rispondiamo in tempo reale e facciamo prima che con i messaggi di Amazon.

Cordiali saluti,
Gennaro
Assistenza tecnica Espresso Vesuvio

----------------------------------------------

Cliente Amazon Roberto Ferri

18 nov 2026, 21:47 CET

------------- Messaggio: -------------

La macchina perde acqua da sotto, si forma una pozza sul piano. Ce l'ho da 4 giorni. Potete chiamarmi? 333 901 2274. Oppure scrivetemi a robferri77@libero.it

------------- Fine messaggio -------------

----------------------------------------------

Gennaro Esposito (Espresso Vesuvio)

13 nov 2026, 15:02 CET

Gentile Roberto, sì, la macchina è compatibile con le cialde ESE 44 mm. Cordiali saluti.

[ZP8K31-Q0W7]
"""))

# 0019 legit — Freshdesk IT, 30% discount demand + review threat, seller offers Amazon remedies
M.append(dict(
    lang="it", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["discount-demand", "review-threat-quoted", "freshdesk-quote", "partial-refund", "defect"],
    note="Buyer demands 30% off or a negative review; seller offers return with full refund or a partial refund through Amazon for the stained sofa cover, never mentioning reviews.",
    from_name="Tessuti Arno Casa", from_addr="servizioclienti@tessutiarno.it",
    subject="Re: Copridivano macchiato - Ordine 408-4470291-9915362",
    date=(2026, 11, 20, 15, 8),
    text="""Gentile Sig.ra Caruso,

ci scusi per la macchia sul copridivano elasticizzato 3 posti (color tortora, ordine 408-4470291-9915362). Dalla descrizione sembra un residuo di colore della produzione, non dovrebbe succedere.

Le possibili soluzioni sono:

- reso gratuito dal Centro resi di Amazon (I miei ordini > Restituisci o sostituisci articoli), con rimborso completo appena il pacco arriva in magazzino;
- se preferisce tenerlo e provare a lavarlo a 30 °C con un prodotto smacchiatore delicato, un rimborso parziale di 8,50 EUR tramite Amazon.

Non possiamo applicare uno sconto del 30% sull'ordine, ma una delle due soluzioni può essere attivata oggi stesso: ci risponda qui con quella che preferisce.

Cordiali saluti,
Lorenzo Bardi
Tessuti Arno Casa

Il ven 20 nov 2026 alle 9:14, Cliente Amazon Giusy Caruso <v7h1mz0bq4kx9ts@marketplace.amazon.it> ha scritto:

> ------------- Messaggio: -------------
>
> Il copridivano ha una macchia scura proprio sul cuscino centrale. Voglio
> uno sconto del 30% sennò lascio una recensione negativa e lo dico a tutto
> il gruppo Facebook del mio paese (Mamme di Aci Castello, 4000 iscritte).
> Rispondetemi su Instagram @giusy.casa.ct che qui non vedo le notifiche.
>
> ------------- Fine messaggio -------------

--
Tessuti Arno Casa - Ticket #18822
"""))

# 0020 violation — Outlook IT, asks to remove seller feedback
M.append(dict(
    lang="it", client="outlook", kind="reply", expect="violation",
    rules=["feedback.removal_request"],
    classes=["resolved-issue", "outlook-quote", "feedback-removal"],
    note="After confirming the refund, seller asks the buyer to remove the negative seller feedback left on the order, which is a feedback removal request.",
    from_name="Giardino Euganeo", from_addr="clienti@giardinoeuganeo.it",
    subject="R: Tosasiepi non funziona - 402-1193874-5560218",
    date=(2026, 11, 23, 16, 40),
    text="""Gentile Sig. Marchetti,

le confermiamo che abbiamo ricevuto il tosasiepi a batteria Euganeo 20V restituito e che oggi abbiamo emesso il rimborso completo di 89,90 EUR per l'ordine 402-1193874-5560218. Lo vedrà sulla carta entro 3-5 giorni lavorativi.

Visto che la questione è risolta, le chiediamo gentilmente di rimuovere il feedback negativo che ci ha lasciato come venditore: può farlo da I miei ordini > Lascia un feedback venditore > Rimuovi. Per un piccolo negozio come il nostro fa una grande differenza.

Cordiali saluti,
Elisa Toffanin
Giardino Euganeo

________________________________
Da: Cliente Amazon Paolo Marchetti <q0b8mw3ys6zk1ra@marketplace.amazon.it>
Inviato: martedì 10 novembre 2026 08:57
A: clienti@giardinoeuganeo.it
Oggetto: Tosasiepi non funziona - 402-1193874-5560218

------------- Messaggio: -------------
Il tosasiepi si spegne dopo 10 secondi anche con la batteria carica. Vi ho già lasciato un feedback negativo, e lo lascio finché non mi ridate i soldi. Per qualunque cosa 340 778 1925.
------------- Fine messaggio -------------
"""))

# 0021 legit — HTML blockquote IT, pairing smart scale with app
txt21 = """Buongiorno Alessandro,

per collegare la bilancia smart Equilibra S3 (ordine 407-6620139-4418873) all'app:

1. Scarichi l'app "Equilibra Health" dall'App Store o da Google Play (è quella indicata a pagina 4 del libretto).
2. Attivi il Bluetooth e la localizzazione del telefono: su Android senza localizzazione la bilancia non viene trovata.
3. Nell'app: Profilo > Dispositivi > Aggiungi, poi salga sulla bilancia a piedi nudi finché il display lampeggia.

Non serve creare altri account né registrarsi su siti esterni. Se il display mostra "Err 2" la batteria è scarica: le pile AAA incluse a volte arrivano con la linguetta di plastica ancora inserita.

Cordiali saluti,
Silvia
Equilibra Italia

Il 24/11/2026 19:03, Cliente Amazon Alessandro Neri ha scritto:
> ------------- Messaggio: -------------
> Non riesco a collegare la bilancia al telefono (Xiaomi). Ho seguito il
> video https://youtu.be/7hQf0Vd2LmA ma l'app non la trova. Se mi mandate
> una mail a alessandro.neri.fit@gmail.com vi mando gli screenshot, oppure
> chiamatemi al 329 411 0587 dopo le 18.
> ------------- Fine messaggio -------------
"""
html21 = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Buongiorno Alessandro,</p>
<p>per collegare la bilancia smart Equilibra S3 (ordine 407-6620139-4418873) all'app:</p>
<ol>
<li>Scarichi l'app &quot;Equilibra Health&quot; dall'App Store o da Google Play (è quella indicata a pagina 4 del libretto).</li>
<li>Attivi il Bluetooth e la localizzazione del telefono: su Android senza localizzazione la bilancia non viene trovata.</li>
<li>Nell'app: Profilo &gt; Dispositivi &gt; Aggiungi, poi salga sulla bilancia a piedi nudi finché il display lampeggia.</li>
</ol>
<p>Non serve creare altri account né registrarsi su siti esterni. Se il display mostra &quot;Err 2&quot; la batteria è scarica: le pile AAA incluse a volte arrivano con la linguetta di plastica ancora inserita.</p>
<p>Cordiali saluti,<br>Silvia<br>Equilibra Italia</p>
<div>Il 24/11/2026 19:03, Cliente Amazon Alessandro Neri ha scritto:<br></div>
<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:2px solid #1010ff;padding-left:1ex">
------------- Messaggio: -------------<br>
Non riesco a collegare la bilancia al telefono (Xiaomi). Ho seguito il video https://youtu.be/7hQf0Vd2LmA ma l'app non la trova. Se mi mandate una mail a alessandro.neri.fit@gmail.com vi mando gli screenshot, oppure chiamatemi al 329 411 0587 dopo le 18.<br>
------------- Fine messaggio -------------
</blockquote>
</body></html>
"""
M.append(dict(
    lang="it", client="html-blockquote", kind="reply", expect="legit", rules=[],
    classes=["product-setup", "app-named", "html-blockquote", "multipart", "buyer-link-quoted", "buyer-email-quoted", "buyer-phone-quoted"],
    note="Step-by-step Bluetooth pairing help naming the manufacturer's app; the YouTube link, Gmail address and phone appear only in the buyer's blockquote (as plain text, not anchors).",
    from_name="Equilibra Italia", from_addr="assistenza@equilibra-italia.it",
    subject="Re: Bilancia non si collega - ordine 407-6620139-4418873",
    date=(2026, 11, 25, 9, 12), text=txt21, html=html21))

# 0022 legit — '>' quoting IT, return via Amazon, buyer asked for address/e-mail
M.append(dict(
    lang="it", client="plain-quote", kind="reply", expect="legit", rules=[],
    classes=["return", "gt-quote", "buyer-email-quoted", "buyer-phone-quoted"],
    note="Explains how to return an unwanted lamp through Amazon's return centre with a prepaid label instead of shipping to an address the buyer asked for; buyer contact details only in '>' lines.",
    from_name="Luce di Murano Design", from_addr="info.ordini@lucemuranodesign.it",
    subject="Re: Reso lampada - ordine 404-7763120-0092458",
    date=(2026, 11, 25, 14, 36),
    text="""Gentile Sig.ra Conti,

nessun problema per il reso della lampada da tavolo Bolla (vetro ambra, ordine 404-7763120-0092458): è ancora nei 30 giorni.

Non serve spedirla a un nostro indirizzo: vada su I miei ordini > Restituisci o sostituisci articoli, scelga il motivo e Amazon le fornirà un'etichetta prepagata Poste Italiane o un codice QR da mostrare all'ufficio postale. Le consigliamo di rimetterla nella scatola originale con il polistirolo, il vetro è delicato.

Il rimborso parte appena il pacco arriva al nostro magazzino, di solito entro una settimana.

Cordiali saluti,
Matteo Barovier
Luce di Murano Design

Cliente Amazon Laura Conti ha scritto il 25/11/2026 10:48:
> ------------- Messaggio: -------------
> Buongiorno, la lampada è bella ma più piccola di come pensavo, vorrei
> renderla. Mi date l'indirizzo dove spedirla e una mail per le
> comunicazioni? La mia è laura.conti.bg@outlook.it. Per il corriere sono
> reperibile al 035 224 918.
> ------------- Fine messaggio -------------
>
> Luce di Murano Design ha scritto il 20/11/2026 16:30:
>> Gentile Sig.ra Conti, la lampada è alta 32 cm con diametro 25 cm.
>> Attacco E14. Cordiali saluti.
"""))

# 0023 violation — Gmail IT, coupon for next order on own website with link
M.append(dict(
    lang="it", client="gmail", kind="reply", expect="violation",
    rules=["purpose.marketing", "links.external", "contact.off_platform"],
    classes=["happy-buyer", "gmail-quote", "coupon", "own-website"],
    note="After answering the care question, seller offers a 10% code for the next purchase on its own website with a link, which is marketing and a link moving the buyer off Amazon.",
    from_name="Cuoio Toscano", from_addr="negozio@cuoiotoscano.it",
    subject="Re: Come trattare la borsa in pelle - Ordine 171-9904418-2236671",
    date=(2026, 11, 26, 12, 2),
    text="""Cara Valentina,

grazie per la domanda! Per la borsa a tracolla Siena in vacchetta (ordine 171-9904418-2236671) basta una crema neutra per pelle liscia ogni 2-3 mesi, stesa con un panno morbido. Eviti l'acqua e non la lasci al sole dietro al vetro dell'auto: la vacchetta scurisce col tempo, ed è normale.

Visto che le piace, le regaliamo il codice CUOIO10: 10% di sconto sul prossimo acquisto nel nostro negozio online www.cuoiotoscano-shop.it, dove trova anche portafogli e cinture abbinati alla sua borsa.

Un caro saluto,
Niccolò
Cuoio Toscano

Il giorno mer 25 nov 2026 alle ore 22:16 Cliente Amazon Valentina Greco <j6r0zt8hw3nc1xp@marketplace.amazon.it> ha scritto:
> ------------- Messaggio: -------------
>
> La borsa è stupenda, il colore è identico alla foto. Come devo trattarla
> per non rovinarla? Ah, avete un profilo Instagram? Vi taggo! Il mio è
> @vale.greco.style. E se ne prendo un'altra per mia sorella me fate uno
> sconto?
>
> ------------- Fine messaggio -------------
"""))

# 0024 legit — eDesk IT, will it ship today (buyer asked), IG handle quoted
M.append(dict(
    lang="it", client="edesk", kind="reply", expect="legit", rules=[],
    classes=["shipping-question", "edesk-history", "instagram-quoted", "buyer-phone-quoted"],
    note="Answers the buyer's own question about whether the gift will arrive by Saturday, with carrier and expected date; the Instagram handle and phone are only in the quoted history.",
    from_name="Giocattoli Legno Vivo", from_addr="ciao@legnovivo-giochi.it",
    subject="Re: Arriva per sabato? - ordine 406-3318247-7705914",
    date=(2026, 12, 2, 10, 25),
    text="""Ciao Federica,

sì, ce la facciamo: la cucina giocattolo in legno Legno Vivo Mini Chef dell'ordine 406-3318247-7705914 parte oggi pomeriggio con GLS dal nostro laboratorio di Bassano del Grappa. La consegna prevista a Bologna è venerdì 4 dicembre.

Il numero di tracciamento apparirà in I miei ordini > Traccia il pacco appena GLS ritira il collo, verso le 17.

Non mettiamo biglietti di regalo nel pacco, ma il prezzo non è indicato da nessuna parte, quindi può consegnarlo così com'è.

Buona giornata,
Tommaso
Giocattoli Legno Vivo

---- Cronologia conversazione ----

[Amazon IT] Federica M. - 02/12/2026 08:41
------------- Messaggio: -------------
Buongiorno, è un regalo per il compleanno di mio nipote sabato 5. Spedite oggi? Se non arriva in tempo preferisco annullare. Per favore scrivetemi su Instagram @fede_moretti_bo o chiamatemi 391 770 2208 appena partito, che non guardo mai la mail di Amazon. Potete mettere un biglietto d'auguri?
------------- Fine messaggio -------------

[Amazon IT] Giocattoli Legno Vivo - 28/11/2026 12:10
Ciao Federica, la cucina è verniciata con colori atossici a base d'acqua, adatta dai 3 anni.

Messaggio gestito con eDesk
"""))

# 0025 legit — forwarded IT, robot vacuum warranty, spare part
M.append(dict(
    lang="it", client="outlook-forward", kind="reply", expect="legit", rules=[],
    classes=["warranty", "spare-part", "forwarded-message", "buyer-phone-quoted", "buyer-email-quoted"],
    note="Warranty reply that ships a free replacement brush for a robot vacuum and explains fitting; the buyer's phone and e-mail sit only in the forwarded original.",
    from_name="Pulito Smart", from_addr="garanzia@pulitosmart.it",
    subject="I: Spazzola robot rotta - Ordine 402-8805512-1137749",
    date=(2026, 12, 3, 11, 5),
    text="""Gentile Sig. Galli,

sono Marta dell'ufficio garanzie: il collega del magazzino mi ha girato il suo messaggio (lo trova inoltrato qui sotto).

Il robot aspirapolvere Pulito R9 dell'ordine 402-8805512-1137749 è in garanzia (2 anni dalla consegna). Le abbiamo spedito oggi gratuitamente una spazzola centrale nuova e due spazzole laterali con SDA, consegna prevista lunedì 7 dicembre. Non deve restituire quella rotta.

Per montarla: capovolga il robot, prema le due linguette grigie del coperchio della spazzola, estragga quella vecchia dal lato quadrato e inserisca la nuova partendo dal perno tondo. Dopo la sostituzione, nell'app Pulito Home vada su Manutenzione > Spazzola principale > Azzera.

Cordiali saluti,
Marta Ricci
Ufficio garanzie - Pulito Smart

---------- Messaggio inoltrato ---------
Da: Magazzino Pulito Smart <magazzino@pulitosmart.it>
Date: mer 2 dic 2026 alle ore 17:48
Subject: I: Spazzola robot rotta - Ordine 402-8805512-1137749
To: garanzia@pulitosmart.it

Marta, è tua, garanzia. Abbiamo spazzole R9 a scaffale.

> Da: Cliente Amazon Stefano Galli <g5t2nv9xc0wm8kl@marketplace.amazon.it>
> Inviato: mercoledì 2 dicembre 2026 15:20
> Oggetto: Spazzola robot rotta - Ordine 402-8805512-1137749
>
> ------------- Messaggio: -------------
> La spazzola centrale del robot si è spezzata a metà, l'ho comprato ad
> aprile. Ne ho vista una compatibile su https://ricambi-robot24.it/r9 a
> 19 euro, me la rimborsate se la compro lì? Altrimenti mandatemela voi.
> Tel. 348 660 3312, mail stefano.galli.mn@tiscali.it
> ------------- Fine messaggio -------------
"""))

# 0026 violation — Zendesk IT, full refund in exchange for updating review to 5 stars
M.append(dict(
    lang="it", client="zendesk", kind="reply", expect="violation",
    rules=["review.incentive", "review.change_or_remove", "review.biased_positive"],
    classes=["review-threat-quoted", "zendesk-trail", "refund-for-review"],
    note="Seller promises a full refund while the buyer keeps the product if the buyer updates the 1-star review to 5 stars, an incentive to change a review.",
    from_name="Audio Brenta", from_addr="help@audiobrenta.it",
    subject="Re: Cuffie, un auricolare non funziona - Ordine 408-2274109-6653810 [#91204]",
    date=(2026, 12, 4, 15, 33),
    text="""##- Scrivi la tua risposta sopra questa riga -##

La tua richiesta (91204) è stata aggiornata.

----------------------------------------------

Ilaria Pavan (Audio Brenta)

4 dic 2026, 15:33 CET

Gentile Simone,

ci dispiace che l'auricolare sinistro delle cuffie Brenta Buds Pro (ordine 408-2274109-6653810) non si carichi. Provi a pulire i contatti dorati nella custodia con un cotton fioc asciutto: spesso è solo polvere.

Abbiamo visto la sua recensione da 1 stella. Se la aggiorna a 5 stelle le rimborsiamo l'intero importo (59,90 EUR) e può tenersi le cuffie: ci scriva qui quando l'ha modificata e facciamo subito il rimborso.

Cordiali saluti,
Ilaria
Audio Brenta

----------------------------------------------

Cliente Amazon Simone Bortolin

4 dic 2026, 08:12 CET

------------- Messaggio: -------------

L'auricolare sinistro non si ricarica più dopo una settimana. Ho già messo 1 stella e scritto che sono una truffa. Voglio i soldi indietro o la cambio in "da evitare" anche su Trustpilot. Mi trovate al 366 104 7731.

------------- Fine messaggio -------------

----------------------------------------------

Ilaria Pavan (Audio Brenta)

25 nov 2026, 10:15 CET

Gentile Simone, le cuffie supportano Bluetooth 5.3 e il codec AAC. Cordiali saluti.

[7MX2QA-K8D0]
"""))

# 0027 legit — Freshdesk IT, size exchange explained via return + reorder
M.append(dict(
    lang="it", client="freshdesk", kind="reply", expect="legit", rules=[],
    classes=["size-exchange", "return", "freshdesk-quote", "buyer-link-quoted", "whatsapp-quoted"],
    note="Explains that a shoe size change is done by an Amazon replacement request and checks stock; the buyer's WhatsApp number and link to another shop stay only in the quoted text.",
    from_name="Calzature Val Brembana", from_addr="servizio@calzaturevalbrembana.it",
    subject="Re: Cambio taglia scarponcini - ordine 405-6639102-8840733",
    date=(2026, 12, 7, 9, 50),
    text="""Buongiorno Giulia,

per passare dal 38 al 39 negli scarponcini da trekking Brembana Lady GTX (ordine 405-6639102-8840733) la strada più veloce è la sostituzione:

- I miei ordini > Restituisci o sostituisci articoli > "Sostituisci con taglia diversa";
- selezioni il 39: ne abbiamo ancora 4 paia in grigio/lilla;
- Amazon le invia il 39 e nella stessa email trova l'etichetta prepagata per rispedire il 38.

Se l'opzione "sostituisci" non compare, faccia un normale reso e ordini il 39 dalla stessa pagina: il rimborso del 38 arriva appena lo riceviamo.

Buone camminate!
Paolo Rota
Calzature Val Brembana

Il lun 7 dic 2026 alle 8:03, Cliente Amazon Giulia Sala <m8d3kq1zv6ht0yw@marketplace.amazon.it> ha scritto:

> ------------- Messaggio: -------------
>
> Sono piccoli, mi serve il 39. Potete cambiarmeli direttamente? Ho visto
> che su https://www.outdoorshop-bergamo.it li vendono a 20 euro in meno,
> se mi fate lo stesso prezzo per il cambio bene. Scrivetemi su WhatsApp al
> 339 280 6617 che facciamo prima.
>
> ------------- Fine messaggio -------------

--
Ticket #6643 - Calzature Val Brembana
"""))

# 0028 legit — Outlook IT, damaged on arrival, replacement
M.append(dict(
    lang="it", client="outlook", kind="reply", expect="legit", rules=[],
    classes=["damaged-item", "replacement", "outlook-quote", "review-threat-quoted", "buyer-phone-quoted"],
    note="Sends a free replacement for a mirror broken in transit and explains it need not be returned; the buyer's review threat and phone are only in the quoted Da:/Inviato: block.",
    from_name="Arredo Salento", from_addr="assistenza@arredosalento.it",
    subject="R: Specchio arrivato rotto - 404-1182750-3379026",
    date=(2026, 12, 9, 10, 4),
    text="""Gentile Sig. De Luca,

ci scusi davvero: lo specchio da parete rotondo Salento 80 cm (ordine 404-1182750-3379026) non doveva arrivare in quelle condizioni.

Le abbiamo spedito oggi uno specchio nuovo con imballo rinforzato in legno, tramite TNT/FedEx; consegna prevista venerdì 11 dicembre a Lecce. Non serve restituire quello rotto: per sicurezza le consigliamo di avvolgerlo in una coperta prima di smaltirlo all'isola ecologica.

Se alla consegna vede che la cassa è danneggiata, firmi con riserva specifica ("collo danneggiato") e ce lo segnali qui.

Cordiali saluti,
Antonella Greco
Arredo Salento

________________________________
Da: Cliente Amazon Vincenzo De Luca <s1p9yx4hc7bn0qe@marketplace.amazon.it>
Inviato: martedì 8 dicembre 2026 19:36
A: assistenza@arredosalento.it
Oggetto: Specchio arrivato rotto - 404-1182750-3379026

------------- Messaggio: -------------
Lo specchio è arrivato in mille pezzi. Pessimo imballo. Se entro venerdì non ho lo specchio nuovo scrivo una recensione e vi segnalo ad Amazon. Chiamatemi al 0832 451 760 o al 380 112 9943.
------------- Fine messaggio -------------

________________________________
Da: Arredo Salento <assistenza@arredosalento.it>
Inviato: giovedì 3 dicembre 2026 11:20
A: Cliente Amazon Vincenzo De Luca
Oggetto: R: Ganci specchio - 404-1182750-3379026

Gentile Sig. De Luca, lo specchio include due ganci a muro con tasselli per pareti in muratura. Cordiali saluti.
"""))

# 0029 violation — HTML, shortened link to video tutorial
txt29 = """Buongiorno Carla,

per la macchina per la pasta Torchio Emilia (ordine 403-9927516-0048831) il problema dell'impasto che si attacca ai rulli dipende quasi sempre dalla farina: con 00 servono 100 g di farina per ogni uovo e l'impasto deve riposare 30 minuti coperto.

Abbiamo fatto un video di 3 minuti che mostra il montaggio della manovella e la regolazione dello spessore: lo trova qui https://bit.ly/torchio-video-it

Cordiali saluti,
Ernesto
Torchio Emilia

Il 10/12/2026 21:40, Cliente Amazon Carla Guidi ha scritto:
> ------------- Messaggio: -------------
> L'impasto si attacca ai rulli e si strappa. Esiste un video? Ho cercato su
> YouTube ma trovo solo quello della marca Imperia. Se mi mandate un vocale
> su WhatsApp al 347 009 6621 faccio prima.
> ------------- Fine messaggio -------------
"""
html29 = """<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Buongiorno Carla,</p>
<p>per la macchina per la pasta Torchio Emilia (ordine 403-9927516-0048831) il problema dell'impasto che si attacca ai rulli dipende quasi sempre dalla farina: con 00 servono 100&nbsp;g di farina per ogni uovo e l'impasto deve riposare 30 minuti coperto.</p>
<p>Abbiamo fatto un video di 3 minuti che mostra il montaggio della manovella e la regolazione dello spessore: lo trova qui <a href="https://bit.ly/torchio-video-it">https://bit.ly/torchio-video-it</a></p>
<p>Cordiali saluti,<br>Ernesto<br>Torchio Emilia</p>
<div>Il 10/12/2026 21:40, Cliente Amazon Carla Guidi ha scritto:</div>
<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
------------- Messaggio: -------------<br>
L'impasto si attacca ai rulli e si strappa. Esiste un video? Ho cercato su YouTube ma trovo solo quello della marca Imperia. Se mi mandate un vocale su WhatsApp al 347 009 6621 faccio prima.<br>
------------- Fine messaggio -------------
</blockquote>
</body></html>
"""
M.append(dict(
    lang="it", client="html-blockquote", kind="reply", expect="violation",
    rules=["links.shortener", "links.external"],
    classes=["product-usage", "html-blockquote", "multipart", "shortened-link", "whatsapp-quoted"],
    note="Useful pasta-machine advice, but the seller's own text links its video through a bit.ly short link, an external shortened link.",
    from_name="Torchio Emilia", from_addr="assistenza@torchioemilia.it",
    subject="Re: Impasto si attacca - ordine 403-9927516-0048831",
    date=(2026, 12, 11, 9, 15), text=txt29, html=html29))

# 0030 legit — Gmail IT, buyer wants a phone call; seller answers in-thread
M.append(dict(
    lang="it", client="gmail", kind="reply", expect="legit", rules=[],
    classes=["product-question", "gmail-quote", "buyer-phone-quoted", "phone-request-declined"],
    note="Buyer asks for the seller's phone number; seller explains it answers only via Amazon messages and answers the thermostat wiring question; the buyer's number stays in the quote.",
    from_name="Termo Lario", from_addr="supporto@termolario.it",
    subject="Re: Numero di telefono? - Ordine 171-4461093-5527310",
    date=(2026, 12, 14, 11, 48),
    text="""Gentile Sig. Colombo,

purtroppo non possiamo darle un numero di telefono: per gli ordini Amazon l'assistenza si svolge solo tramite questi messaggi, ma rispondiamo entro qualche ora nei giorni feriali.

Sul cronotermostato wifi Lario T2 (ordine 171-4461093-5527310): se la sua vecchia caldaia ha solo due fili per il termostato, li colleghi ai morsetti COM e NO del Lario T2. Il morsetto NC resta libero. Il cronotermostato funziona a batterie (2 x AA incluse), quindi non serve portare la corrente a 230 V.

Se dopo il collegamento la caldaia resta sempre accesa, inverta i due fili tra COM e NO e ci scriva qui il modello della caldaia.

Cordiali saluti,
Fabio
Termo Lario

Il giorno lun 14 dic 2026 alle ore 07:55 Cliente Amazon Giorgio Colombo <x4n7bq0ks2hf9vm@marketplace.amazon.it> ha scritto:
> ------------- Messaggio: -------------
>
> Buongiorno, prima di staccare il vecchio termostato vorrei parlare con
> un tecnico, non mi fido a fare da solo. Mi date un numero di telefono?
> Oppure chiamatemi voi al 031 267 118 (ore pasti) o 335 840 2217.
>
> ------------- Fine messaggio -------------
>
> Il giorno ven 11 dic 2026 alle ore 16:02 Termo Lario <supporto@termolario.it> ha scritto:
>> Gentile Sig. Colombo, il Lario T2 è compatibile con caldaie a gas con
>> contatto pulito. Cordiali saluti, Fabio.
"""))
