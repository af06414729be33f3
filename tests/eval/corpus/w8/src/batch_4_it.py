MESSAGES = [
{
 "id": "w8-0031", "lang": "it", "client": "freshdesk", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["exchange-rate", "discount-by-amazon", "refusal", "look-alike", "quoted-history"],
 "note": "Explains Amazon's currency conversion (exchange rate) and that the coupon was applied by Amazon; declines an extra discount.",
 "from_name": "Assistenza Olivarte", "from_addr": "assistenza@olivarte.it",
 "subject": "Re: Prezzo diverso in franchi svizzeri",
 "buyer": "Luca",
 "body": """Gentile Luca,

grazie per averci scritto.

Il prezzo del nostro olio extravergine "Colline Umbre" (3 lattine da 1 l) è fissato in euro, 54,90 €. L'importo in franchi che ha visto al momento dell'acquisto è calcolato da Amazon con il proprio tasso di cambio del giorno, se ha scelto di pagare in CHF: per questo può differire leggermente da quello della sua banca. Noi non abbiamo alcun controllo sul tasso applicato.

Il coupon del 5 % che compariva nella pagina prodotto è una promozione di Amazon ed è già stato applicato all'ordine 404-7716302-5538140: nel riepilogo lo trova alla voce "Coupon applicato: -2,75 €".

Purtroppo non possiamo concedere ulteriori sconti tramite la messaggistica di Amazon. Se ha altre domande sul prodotto, siamo a disposizione qui.""",
 "sig": """Cordiali saluti,
Giulia Ferri
Assistenza clienti Olivarte""",
 "quoted": """Buongiorno, ho pagato 53,20 CHF ma il prezzo era 54,90 euro, non mi torna il cambio. E il coupon del 5% è stato applicato? Potete farmi un ulteriore sconto visto che ne ho prese tre?
Luca Bernasconi""",
},
{
 "id": "w8-0032", "lang": "it", "client": "zendesk", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["manufacturer-hotline", "warranty", "look-alike"],
 "note": "Refers the buyer to the named manufacturer's authorised service centre and its toll-free number for an in-warranty dishwasher repair.",
 "from_name": "Servizio Clienti ElettroCasa Rossi", "from_addr": "clienti@elettrocasarossi.it",
 "subject": "Re: Lavastoviglie errore E4 – ordine 171-3380926-1174453",
 "buyer": "Cliente Amazon",
 "body": """Gentile signora Marchetti,

ci dispiace per il problema con la lavastoviglie Aurea LV-60. Il codice E4 indica un intervento del sistema antiallagamento: prima di tutto, per favore, controlli che il tubo di scarico non sia piegato dietro al mobile e che il filtro sul fondo della vasca sia pulito.

Se l'errore si ripresenta, la riparazione in garanzia viene eseguita direttamente dal produttore tramite i centri di assistenza autorizzati Aurea. Il servizio di assistenza tecnica del produttore risponde al Numero Verde 800 912 447 (lunedì-venerdì 8:30-18:00) e organizza l'uscita del tecnico a domicilio senza costi, essendo l'apparecchio in garanzia. Tenga a portata di mano il numero di serie riportato sulla targhetta interna dello sportello.

Se il centro assistenza dovesse dichiarare la lavastoviglie non riparabile, ci scriva qui e valuteremo con lei la sostituzione.""",
 "sig": """Un cordiale saluto,
Andrea
Servizio Clienti ElettroCasa Rossi""",
 "quoted": """Buongiorno, la lavastoviglie comprata a marzo si blocca con errore E4 e non scarica l'acqua. Cosa devo fare?
Roberta Marchetti""",
},
{
 "id": "w8-0033", "lang": "it", "client": "gorgias", "kind": "proactive", "expect": "violation",
 "rules": ["review.divert_negative"],
 "classes": ["divert-negative", "paraphrase", "order-id"],
 "note": "Follow-up that tells the buyer to write to the seller before leaving a negative review.",
 "from_name": "Pastificio Valle d'Oro", "from_addr": "ordini@pastificiovalledoro.it",
 "subject": "La sua pasta è arrivata? Ordine 403-2289104-7761532",
 "body": """Buongiorno,

la sua confezione degustazione di pasta trafilata al bronzo (ordine 403-2289104-7761532) risulta consegnata. Un consiglio: le mafaldine vanno cotte 11 minuti in abbondante acqua, e sono perfette con un ragù bianco.

Siamo un piccolo pastificio artigianale e ci teniamo molto alla soddisfazione di ogni cliente. Per questo, prima di lasciare una recensione negativa su Amazon, le chiediamo di scriverci: risolveremo qualsiasi problema entro 24 ore.""",
 "sig": """Buon appetito!
Lo staff del Pastificio Valle d'Oro""",
},
{
 "id": "w8-0034", "date": "2026-11-22 09:45", "lang": "it", "client": "outlook", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["star-in-product-name", "look-alike", "quoted-history"],
 "note": "Care instructions for a pillow whose product name contains 'Hotel 5 Stelle'.",
 "from_name": "Federica Galli", "from_addr": "f.galli@dormibene-store.it",
 "subject": "R: Lavaggio cuscino",
 "buyer": "Paolo Conti",
 "qdate_str": "sabato 21 novembre 2026 10:03",
 "qsubject": "Lavaggio cuscino",
 "body": """Gentile Paolo,

grazie per la domanda sul Cuscino Hotel 5 Stelle in memory foam.

L'anima in memory foam non va lavata in lavatrice né immersa in acqua: si rovinerebbe la struttura a celle aperte. Può invece:
- togliere la fodera esterna in Tencel con la cerniera e lavarla a 40 °C, senza ammorbidente;
- arieggiare l'anima una volta al mese vicino a una finestra aperta, lontano dal sole diretto;
- per piccole macchie, tamponare con un panno umido e un po' di sapone neutro.

La federa interna bianca serve solo a proteggere la schiuma e non va rimossa.""",
 "sig": """Cordiali saluti,
Federica Galli
Servizio clienti DormiBene""",
 "quoted": """Salve, posso lavare il cuscino Hotel 5 Stelle in lavatrice? L'etichetta è poco chiara.
Paolo""",
},
{
 "id": "w8-0035", "lang": "it", "client": "helpscout", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["quoted-link", "newsletter-does-not-exist", "negation", "look-alike", "quoted-history"],
 "note": "The buyer's quote contains a link to another shop and asks for a newsletter/WhatsApp group; the seller answers the product question and says none exists.",
 "from_name": "Chiara di Ceramiche Sole", "from_addr": "chiara@ceramichesole.it",
 "subject": "Re: Piatti dipinti a mano",
 "buyer": "Elena",
 "body": """Ciao Elena,

grazie del messaggio! I piatti della linea "Limoni di Amalfi" sono dipinti a mano uno per uno, quindi piccole differenze di colore tra un pezzo e l'altro sono normali. Quello che ha visto sull'altro sito è una decorazione a decalcomania, per questo sembra più uniforme.

Sì, vanno in lavastoviglie fino a 55 °C; il forno a microonde invece è sconsigliato per via dei bordi in terzo fuoco.

Quanto alla sua domanda: non abbiamo né una newsletter né un gruppo WhatsApp, mi spiace. Le novità compaiono direttamente nella nostra vetrina su Amazon.""",
 "sig": """Un saluto,
Chiara
Ceramiche Sole, Vietri sul Mare""",
 "quoted": """Buongiorno, i vostri piatti sono uguali a questi? https://www.casadecor-outlet.it/piatti-limoni-set6 Lì sembrano più regolari. Si possono mettere in lavastoviglie? Avete una newsletter o un gruppo WhatsApp per le novità?
Elena""",
},
{
 "id": "w8-0036", "lang": "it", "client": "edesk", "kind": "reply", "expect": "violation",
 "rules": ["links.external", "contact.off_platform"],
 "classes": ["own-website", "spare-part", "quoted-history"],
 "note": "Sends the buyer to the seller's own spare-parts website to buy a replacement filter.",
 "from_name": "CasaVerde Elettrodomestici", "from_addr": "supporto@casaverde-elettro.it",
 "subject": "Re: Filtro di ricambio purificatore",
 "buyer": "Marco",
 "body": """Buongiorno Marco,

il purificatore d'aria CV-Pure 300 usa il filtro HEPA H13 codice CVF-300. Va sostituito ogni 6-8 mesi, oppure quando la spia rossa sul pannello resta accesa.

Su Amazon al momento il filtro non è disponibile, ma può ordinarlo direttamente dal [nostro negozio ricambi online](https://ricambi.casaverde-elettro.it/filtri/cvf-300). La spedizione è gratuita sopra i 30 €.

Per il montaggio: apra il pannello posteriore, sfili il vecchio filtro, rimuova la pellicola dal nuovo e lo inserisca con la freccia rivolta verso l'interno. Poi tenga premuto il tasto "Filter" per 5 secondi per azzerare la spia.""",
 "sig": """Cordiali saluti,
Simone
Assistenza CasaVerde""",
 "quoted": """Salve, dove trovo il filtro di ricambio per il purificatore? Su Amazon non lo vedo.
Marco""",
},
{
 "id": "w8-0037", "lang": "it", "client": "gmail", "kind": "proactive", "expect": "legit", "rules": [],
 "classes": ["delivery-scheduling", "carrier-contact", "order-id"],
 "note": "Proactive delivery-scheduling message for a sofa; the carrier will phone the number on the order.",
 "from_name": "Divani Lombardi", "from_addr": "logistica@divanilombardi.it",
 "subject": "Consegna al piano del divano – ordine 405-9920317-3346078",
 "body": """Buongiorno,

il suo divano a tre posti "Milano" in velluto verde salvia (ordine 405-9920317-3346078) è pronto e partirà dal nostro magazzino lunedì.

Trattandosi di una consegna al piano con montaggio, il corriere Arcobaleno Trasporti deve concordare con lei giorno e fascia oraria. Per organizzare al meglio, le chiediamo di rispondere a questo messaggio indicando:
- a quale piano si trova l'appartamento e se c'è l'ascensore (e di che misura);
- eventuali giorni della prossima settimana in cui non è a casa.

Il corriere la chiamerà poi al numero di telefono presente nell'ordine Amazon, il giorno prima della consegna, per confermare l'orario.""",
 "sig": """Cordiali saluti,
Ufficio logistica
Divani Lombardi""",
},
{
 "id": "w8-0039", "lang": "it", "client": "zendesk", "kind": "proactive", "expect": "violation",
 "rules": ["purpose.thank_you_only"],
 "classes": ["thank-you-only", "order-id", "look-alike"],
 "note": "Proactive message that only thanks the buyer and says the team is available, with nothing the order needs.",
 "from_name": "Profumeria Bellavista", "from_addr": "clienti@profumeriabellavista.it",
 "subject": "Grazie per il suo ordine 171-6604821-9913027",
 "body": """Gentile cliente,

volevamo semplicemente ringraziarla per aver scelto la Profumeria Bellavista per il suo ordine 171-6604821-9913027.

Per noi ogni cliente è importante, e siamo felici che abbia deciso di darci fiducia. Il nostro team è sempre a sua disposizione per qualsiasi domanda o curiosità, basta rispondere a questo messaggio.

Le auguriamo una splendida giornata.""",
 "sig": """Con affetto,
Il team della Profumeria Bellavista""",
},
{
 "id": "w8-0038", "date": "2026-11-22 12:10", "lang": "it", "client": "freshdesk", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["attachment", "invoice", "vat-id", "seller-address", "quoted-history"],
 "note": "Sends a courtesy copy of the invoice (PDF with the seller's address and Partita IVA) the buyer asked for.",
 "from_name": "Amministrazione Tessuti Bianchi", "from_addr": "amministrazione@tessutibianchi.it",
 "subject": "Re: Richiesta fattura ordine 404-1175093-6620481",
 "buyer": "Studio Ricci",
 "body": """Buongiorno,

come richiesto, in allegato trova la copia di cortesia della fattura relativa all'ordine 404-1175093-6620481 (4 tende oscuranti in lino, 140 x 260 cm), intestata a Studio Ricci con la partita IVA indicata nel suo messaggio.

La fattura elettronica è stata trasmessa al Sistema di Interscambio con il codice destinatario che ci ha comunicato, e la riceverà nel suo cassetto fiscale entro pochi giorni.""",
 "sig": """Cordiali saluti,
Ufficio amministrazione
Tessuti Bianchi s.r.l.""",
 "quoted": """Buongiorno, ci serve la fattura per l'ordine delle tende intestata a Studio Ricci, P.IVA 04418820968, codice destinatario M5UXCR1. Grazie.""",
 "attach": [{"filename": "Fattura_2026-1837.pdf", "lines": [
    "Tessuti Bianchi s.r.l.", "Via Carlo Cattaneo 41", "22100 Como (CO), Italia", "Partita IVA IT 03318450138", "REA CO-298811", "",
    "FATTURA N. 2026/1837 del 22/11/2026", "Ordine Amazon: 404-1175093-6620481", "",
    "Cliente: Studio Ricci, P.IVA 04418820968", "",
    "4 x Tenda oscurante in lino 140 x 260 cm     49,00 EUR cad.", "Imponibile: 160,66 EUR", "IVA 22 %: 35,34 EUR", "Totale: 196,00 EUR", "",
    "Pagamento: Amazon Payments"]}],
},
{
 "id": "w8-0040", "date": "2026-11-24 08:55", "lang": "it", "client": "outlook", "kind": "reply", "expect": "violation",
 "rules": ["style.emoji"],
 "classes": ["emoji", "otherwise-legit", "quoted-history"],
 "note": "A helpful, compliant answer about a replacement strap that contains emoji.",
 "from_name": "Sara Moretti", "from_addr": "sara.moretti@orologificio-moretti.it",
 "subject": "R: Cinturino troppo corto",
 "buyer": "Davide",
 "qdate_str": "lunedì 23 novembre 2026 18:40",
 "qsubject": "Cinturino troppo corto",
 "body": """Ciao Davide,

nessun problema 🙂 Il cinturino in pelle dell'orologio "Brera 38" è lungo 19 cm nella misura standard, ma esiste anche la versione lunga da 21 cm.

Ti spediamo oggi stesso, senza costi, il cinturino lungo dello stesso colore (marrone cognac) per il tuo ordine 403-5518207-2294316: si monta in un minuto grazie alle barrette a sgancio rapido, non servono attrezzi. Quello corto puoi tenerlo come ricambio.

Fammi sapere quando arriva e se va bene ⌚""",
 "sig": """A presto,
Sara
Orologificio Moretti""",
 "quoted": """Salve, l'orologio è bellissimo ma il cinturino mi sta stretto anche all'ultimo buco. Esiste più lungo?
Davide""",
},
]
