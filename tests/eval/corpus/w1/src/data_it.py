LOGO = lambda href, src, alt: f'<p><a href="{href}"><img src="{src}" alt="{alt}" width="150" height="50"></a></p>'
PIXEL = '<img src="https://mail.casatessile-italia.it/o/open.png?rid=7731" width="1" height="1" alt="">'
MSGS = [
dict(c="zd", k="r", r=[], cl=["quoted-history", "compatibility", "electronics"], n="Conferma la compatibilità di una cover con un modello di smartphone.",
 f="Giulia Conti <giulia@coverlab.it>", s="Re: La cover va bene per il Galaxy S24 FE?", qn="Stefano",
 q="""Salve, la cover trasparente con MagSafe è compatibile con il Samsung Galaxy S24 FE o solo con l'S24 normale?""",
 b="""Buongiorno Stefano,

grazie per averci scritto prima dell'acquisto.

La cover che ha visto è pensata per il Galaxy S24 "normale": l'S24 FE è più grande di qualche millimetro e ha la fotocamera in posizione diversa, quindi non calzerebbe bene. Per l'S24 FE abbiamo la stessa cover trasparente con anello magnetico nella variante dedicata; sulla pagina del prodotto la trova nel menu a tendina "Modello".

Entrambe le versioni funzionano con i caricatori MagSafe e Qi2.

Cordiali saluti,
Giulia
Assistenza clienti CoverLab"""),

dict(c="fd", k="r", r=["contact.phone_number", "links.external"], cl=["signature", "delivery", "quoted-history"], n="Spiega un ritardo di consegna BRT con firma che contiene telefono e sito del negozio.",
 f="Assistenza Casa Aurora <assistenza@casaaurora-arredo.it>", s="Re: Ordine 403-5518820-2264713 non ancora arrivato", qn="Federica",
 q="""Buongiorno, avrei dovuto ricevere lo specchio venerdì ma non è arrivato nulla.""",
 b="""Gentile Federica,

ci scusiamo per il ritardo. Lo specchio è stato affidato a BRT giovedì, ma per le dimensioni del collo viene gestito come merce voluminosa e la filiale di Bologna lo consegnerà entro mercoledì.

Se entro giovedì non dovesse ancora averlo ricevuto, ci risponda qui e apriremo subito una pratica con il corriere.

Un cordiale saluto,
Davide Ferri
Casa Aurora Arredo
Tel. 051 6432 118
www.casaaurora-arredo.it"""),

dict(c="gg", k="p", r=[], cl=["order-problem", "replacement"], n="Avvisa che l'articolo si è rotto in magazzino e che ne parte uno nuovo con un giorno di ritardo.",
 f="Marta di Ceramiche Vietresi <marta@ceramichevietresi-shop.it>", s="Il suo ordine 402-8830194-5572016: piccolo ritardo",
 b="""Buongiorno,

le scrivo per il suo ordine 402-8830194-5572016 (set di 6 piatti piani dipinti a mano, decoro limoni).

Durante l'imballaggio uno dei piatti si è scheggiato. Non volendo spedirle un set incompleto, ne stiamo dipingendo uno nuovo: sarà pronto domani e il pacco partirà dopodomani, con circa un giorno di ritardo rispetto alla data prevista.

Se preferisce annullare l'ordine, basta rispondere a questo messaggio e lo annulleremo noi con rimborso completo.

Ci scusiamo per l'attesa,
Marta
Ceramiche Vietresi"""),

dict(c="hs", k="p", r=[], cl=["review-request", "neutral"], n="Unica richiesta di recensione, neutra, dopo la consegna di una moka.",
 f="Paolo Greco <paolo@caffettiere-greco.it>", s="La sua moka – ordine 405-2294811-6638120",
 b="""Buongiorno,

la moka da 6 tazze del suo ordine 405-2294811-6638120 è stata consegnata la settimana scorsa.

Se ha un momento, le saremmo grati se lasciasse una recensione su Amazon raccontando com'è andata. Le opinioni sincere aiutano molto chi deve scegliere.

Un consiglio: per le prime tre o quattro preparazioni butti via il caffè, così la moka prende il giusto "sapore".

Cordiali saluti,
Paolo Greco
Caffettiere Greco"""),

dict(c="ed", k="p", r=["review.biased_positive"], cl=["review-request", "conditional"], n="Chiede 5 stelle solo se il cliente è soddisfatto.",
 f="Caffettiere Greco <ordini@caffettiere-greco.it>", s="Com'è il suo macinacaffè? Ordine 406-7713092-1184457",
 b="""Gentile cliente,

speriamo che il macinacaffè manuale del suo ordine 406-7713092-1184457 le stia piacendo.

Se è soddisfatto, ci lasci 5 stelle su Amazon: per una piccola bottega artigiana come la nostra fa davvero la differenza!

Grazie di cuore,
Lo staff di Caffettiere Greco"""),

dict(c="ol", k="r", r=[], cl=["invoice", "quoted-history", "e-invoice"], n="Conferma l'emissione della fattura elettronica via SDI e allega la copia di cortesia in PDF.",
 f="Roberta Galli <r.galli@ufficioprontoshop.it>", s="R: Fattura elettronica ordine 404-6641920-3307851", qn="Studio Rinaldi",
 q="""Buongiorno, per l'ordine 404-6641920-3307851 (stampante laser) ci serve la fattura elettronica intestata a Studio Rinaldi & Associati, P.IVA 03318840961, codice destinatario M5UXCR1. Grazie""",
 b="""Buongiorno,

abbiamo emesso la fattura elettronica n. 2026/1187 intestata a Studio Rinaldi & Associati e l'abbiamo trasmessa al Sistema di Interscambio con il codice destinatario M5UXCR1. Dovrebbe comparire nel vostro cassetto fiscale entro 48 ore.

In allegato trova la copia di cortesia in PDF.

Cordiali saluti,

Roberta Galli
Amministrazione
Ufficio Pronto S.r.l.""",
 a=("pdf", "Fattura_2026-1187_cortesia.pdf", "Copia di cortesia - Fattura n. 2026/1187", [
 "Ufficio Pronto S.r.l. - Via dell'Industria 22, 20090 Segrate (MI)",
 "P.IVA 09117730968", "",
 "Cliente: Studio Rinaldi & Associati - P.IVA 03318840961 - Cod. dest. M5UXCR1",
 "Ordine Amazon: 404-6641920-3307851", "",
 "1 x Stampante laser monocromatica LX-220        imponibile 163,11 EUR",
 "IVA 22%                                                      35,88 EUR",
 "Totale                                                      198,99 EUR", "",
 "Documento privo di valore fiscale ai sensi dell'art. 21 DPR 633/72.",
 "L'originale è disponibile nell'area riservata del Sistema di Interscambio."])),

dict(c="gm", k="r", r=["purpose.marketing"], cl=["coupon", "quoted-history", "fashion"], n="Risponde su un cambio taglia e aggiunge un codice sconto per il prossimo acquisto.",
 f="Chiara Bianchi <chiara@filoblu-moda.it>", s="Re: Maglione troppo corto", qn="Valentina",
 q="""Ciao, il maglione a collo alto è bellissimo ma un po' corto di maniche. La taglia sopra va meglio?""",
 b="""Ciao Valentina,

sì, nella taglia sopra le maniche sono 3 cm più lunghe e il corpo 2 cm, quindi dovrebbe andarti meglio senza risultare largo. Puoi chiedere il reso gratuito da "I miei ordini" e ordinare la taglia successiva.

E per farci perdonare, ecco un codice sconto del 10% sul tuo prossimo ordine: FILOBLU10.

Un abbraccio,
Chiara
Filo Blu Moda"""),

dict(c="zd", k="r", r=[], cl=["carrier-link", "delivery", "quoted-history"], n="Risponde a un pacco in giacenza con il link di tracciamento di Poste Italiane.",
 f="Luca Marino <luca@erboristeria-marino.it>", s="Re: Pacco non consegnato", qn="Rosa",
 q="""Il pacco risulta "in giacenza" ma io ero a casa tutto il giorno. Ordine 407-2218390-5569184.""",
 b="""Gentile signora Rosa,

ci dispiace per il disguido. Il suo pacco è stato spedito con Poste Italiane, codice di tracciamento CY041283394IT:
https://www.poste.it/cerca/index.html#/risultati-spedizioni/CY041283394IT

Risulta in giacenza presso l'ufficio postale di Via Garibaldi, dove potrà ritirarlo da domani mattina con un documento d'identità. Se preferisce una seconda consegna a domicilio, può richiederla dalla stessa pagina di tracciamento.

Se il pacco non risultasse al ritiro, ci scriva qui e le spediremo di nuovo l'ordine.

Cordiali saluti,
Luca
Erboristeria Marino"""),

dict(c="fd", k="p", r=["purpose.thank_you_only"], cl=["thank-you"], n="Messaggio proattivo che dice solo grazie per l'ordine.",
 f="Pastificio Le Madonie <ordini@pastificio-lemadonie.it>", s="Grazie per il suo ordine 403-3309127-8814475",
 b="""Gentile cliente,

grazie di cuore per aver scelto la nostra pasta di grani antichi siciliani (ordine 403-3309127-8814475).

Ogni formato è trafilato al bronzo ed essiccato lentamente nel nostro pastificio di famiglia. Speriamo che porti un po' di Sicilia sulla sua tavola.

Restiamo a disposizione per qualsiasi cosa.

Un caro saluto,
La famiglia Lo Bue"""),

dict(c="gg", k="r", r=["style.emoji"], cl=["emoji", "toys"], n="Risponde sull'età consigliata di un set di costruzioni magnetiche con emoji.",
 f="Sara di Giocolandia <sara@giocolandia-store.it>", s="Re: Costruzioni magnetiche per 3 anni?",
 b="""Ciao Francesca! 😃

Le nostre tessere magnetiche sono adatte dai 3 anni in su: i magneti sono saldati e sigillati dentro le tessere, quindi non possono uscire 🧲✅

Il set da 60 pezzi è perfetto per iniziare, poi si può ampliare con il set delle ruote 🚗

Buon divertimento!
Sara 💜
Giocolandia"""),

dict(c="hs", k="r", r=["links.external"], cl=["manual-link", "quoted-history", "appliance"], n="Aiuta con la friggitrice ad aria ma rimanda al manuale sul sito del venditore.",
 f="Alessandro Villa <alessandro@cucinasmart.it>", s="Re: Friggitrice con codice errore E4", qn="Giorgio",
 q="""La friggitrice si spegne e sul display compare E4. Cosa significa?""",
 b="""Buongiorno Giorgio,

E4 indica che il cestello non è inserito fino in fondo, quindi il sensore di sicurezza blocca il riscaldamento. Capita spesso se sotto il cestello rimane un po' di carta da forno o un residuo di cibo.

Provi a estrarre il cestello, pulire la guida sul fondo e reinserirlo finché sente il clic.

L'elenco completo dei codici errore è nel manuale, che può scaricare dal nostro sito: https://www.cucinasmart.it/supporto/manuali/af-55-manuale-it.pdf

Cordiali saluti,
Alessandro
Assistenza CucinaSmart"""),

dict(c="ed", k="p", r=["review.repeat_request"], cl=["review-request", "reminder"], n="Secondo sollecito di recensione per lo stesso ordine.",
 f="CucinaSmart <ordini@cucinasmart.it>", s="Promemoria: la sua opinione sull'ordine 402-6619028-3370146",
 b="""Buongiorno,

qualche giorno fa le abbiamo chiesto di lasciare una recensione sulla friggitrice ad aria AF-55 (ordine 402-6619028-3370146).

Non avendola ancora vista, le inviamo un piccolo promemoria: bastano un paio di minuti su Amazon.

Grazie e buona giornata,
Il team CucinaSmart"""),

dict(c="ol", k="r", r=[], cl=["refusal", "address-change", "quoted-history"], n="Spiega che non si può spedire a un indirizzo diverso da quello dell'ordine e indica cosa fare.",
 f="Matteo Ricci <m.ricci@ferramentaricci.it>", s="R: Spedizione in ufficio invece che a casa?", qn="Andrea",
 q="""Ho sbagliato indirizzo, potete mandare il trapano al mio ufficio in Via Torino 45, Milano invece che a casa?""",
 b="""Buongiorno Andrea,

per motivi di sicurezza non possiamo spedire a un indirizzo diverso da quello indicato nell'ordine su Amazon, anche se ce lo comunica per messaggio.

Il pacco però non è ancora partito: se ce lo conferma qui entro le 14 di oggi, annulliamo noi l'ordine con rimborso completo e lei può ripetere l'acquisto con l'indirizzo dell'ufficio. Se è già oltre quell'orario, può chiedere al corriere il cambio di indirizzo dalla pagina di tracciamento, una volta ricevuto il codice.

Cordiali saluti,
Matteo Ricci
Ferramenta Ricci"""),

dict(c="gm", k="r", r=[], cl=["quoted-history", "buyer-phone", "look-alike"], n="La citazione del cliente contiene il suo cellulare; la risposta resta su Amazon e risolve il problema.",
 f="Elena Costa <elena@sognidoro-tessile.it>", s="Re: Piumone matrimoniale macchiato", qn="Gianni",
 q="""Il piumone è arrivato con una macchia gialla sul bordo. Chiamatemi al 347 882 1905 così ci mettiamo d'accordo.""",
 b="""Gentile Gianni,

ci scusiamo molto per la macchia sul piumone. Non possiamo chiamarla, perché gestiamo l'assistenza solo tramite la messaggistica di Amazon, ma possiamo risolvere tutto qui.

Le proponiamo due soluzioni:
- le spediamo subito un piumone nuovo e lei ci rimanda quello macchiato con l'etichetta prepagata;
- oppure, se preferisce tenerlo e smacchiarlo, le rimborsiamo il 30% del prezzo (26,70 €).

Ci dica quale preferisce.

Cordiali saluti,
Elena
Sogni d'Oro Tessile"""),

dict(c="zd", k="p", r=["image.logo_link", "links.external", "image.tracking_pixel"], cl=["customisation", "newsletter-template", "tracking-pixel"], n="Richiesta legittima sul ricamo di asciugamani, inviata dal modello newsletter con logo linkato e pixel di tracciamento.",
 f="Casa Tessile Italia <ricami@casatessile-italia.it>", s="Ricamo iniziali – ordine 408-1127734-9920581",
 h=dict(top=LOGO("https://www.casatessile-italia.it", "https://mail.casatessile-italia.it/img/logo.png", "Casa Tessile Italia"), bottom=PIXEL),
 b="""Buongiorno,

grazie per l'ordine 408-1127734-9920581 (set di 4 asciugamani in spugna con iniziali ricamate).

Nel campo personalizzazione leggiamo "M e L". Vuole le due iniziali su ogni asciugamano ("M & L"), oppure due asciugamani con "M" e due con "L"? E preferisce il filo bianco o quello grigio perla?

Il ricamo richiede un giorno lavorativo dalla sua risposta.

Cordiali saluti,
Casa Tessile Italia"""),

dict(c="fd", k="r", r=["contact.off_platform", "contact.phone_number"], cl=["whatsapp", "damaged"], n="Chiede di mandare le foto del danno su WhatsApp a un numero di cellulare.",
 f="Vetreria Artistica Murano Shop <info@muranoshop-vetro.it>", s="Re: Bicchiere rotto",
 b="""Gentile Claudia,

ci dispiace tantissimo! Per velocizzare, ci mandi pure le foto del bicchiere rotto e dell'imballo su WhatsApp al 340 117 6628, così organizziamo subito la sostituzione.

A presto,
Silvia
Murano Shop"""),

dict(c="gg", k="p", r=[], cl=["customisation", "wedding"], n="Chiede nomi e data da stampare sulle bomboniere personalizzate.",
 f="Laura di Confetti & Sorrisi <laura@confettiesorrisi.it>", s="Personalizzazione bomboniere – ordine 404-9930218-4451670",
 b="""Buongiorno,

grazie per aver scelto le nostre bomboniere per il vostro matrimonio (ordine 404-9930218-4451670, 60 sacchetti in tulle con bigliettino).

Per stampare i bigliettini ci servono:
- i nomi degli sposi, come volete che compaiano (es. "Giulia e Marco");
- la data del matrimonio;
- il colore della scritta: oro, argento o bordeaux.

Dalla vostra risposta servono 3 giorni lavorativi per la produzione, più la spedizione. Per un matrimonio il 20 giugno vi consigliamo di risponderci entro il 5.

Un caro saluto,
Laura
Confetti & Sorrisi"""),

dict(c="hs", k="r", r=[], cl=["warranty", "quoted-history", "appliance"], n="Gestisce una richiesta di garanzia per una macchina da caffè con istruzioni chiare.",
 f="Simone Gallo <simone@espressoitalia-store.it>", s="Re: Macchina espresso perde acqua", qn="Marco",
 q="""La macchina comprata a febbraio perde acqua sotto il gruppo. È in garanzia?""",
 b="""Buongiorno Marco,

sì, la macchina è coperta dalla garanzia legale di 2 anni. Prima di procedere, però, controlli la guarnizione del portafiltro: se il caffè è macinato molto fine e pressato tanto, l'acqua può uscire dai lati anche con la guarnizione integra.

Se la perdita è invece sotto la macchina, anche senza portafiltro, ci invii qui:
- una foto o un breve video della perdita;
- la foto dell'etichetta con il numero di serie, sotto il serbatoio.

Le manderemo un'etichetta di reso prepagata e riceverà una macchina nuova appena quella difettosa arriva al nostro centro assistenza.

Cordiali saluti,
Simone
Espresso Italia Store"""),

dict(c="ed", k="r", r=["review.divert_negative"], cl=["damaged", "review-divert"], n="Rimborsa un vaso rotto ma chiede di non lasciare recensioni negative e scrivere prima al venditore.",
 f="Ceramiche Vietresi <assistenza@ceramichevietresi-shop.it>", s="Re: Vaso arrivato rotto",
 b="""Gentile signor Esposito,

ci dispiace che il vaso sia arrivato rotto. Abbiamo già disposto il rimborso completo di 58,00 €.

La preghiamo, se in futuro dovesse esserci un problema, di scriverci prima di lasciare una recensione negativa: risolviamo sempre tutto nel giro di poche ore.

Cordiali saluti,
Ceramiche Vietresi"""),

dict(c="ol", k="p", r=["purpose.ask_buyer_to_cancel"], cl=["order-problem", "cancel-request"], n="Segnala un articolo esaurito e chiede al cliente di annullare l'ordine da solo.",
 f="Roberta Galli <r.galli@ufficioprontoshop.it>", s="Ordine 406-4419283-0072519 – prodotto esaurito",
 b="""Gentile cliente,

purtroppo la sedia ergonomica grigia del suo ordine 406-4419283-0072519 è esaurita presso il nostro fornitore e non tornerà disponibile prima di due mesi.

Le chiediamo gentilmente di annullare l'ordine dalla sua area "I miei ordini" su Amazon. Il colore nero è invece disponibile, se volesse riordinarlo.

Ci scusiamo per l'inconveniente.

Cordiali saluti,
Roberta Galli
Ufficio Pronto S.r.l."""),

dict(c="gm", k="r", r=[], cl=["returns", "fashion", "hygiene"], n="Spiega le condizioni di reso di un costume da bagno (protezione igienica).",
 f="Irene Marchetti <irene@marevivo-beachwear.it>", s="Re: Reso costume intero",
 b="""Ciao Martina,

certo, puoi restituire il costume entro 30 giorni. Per motivi igienici ti chiediamo solo di lasciare attaccata la pellicola protettiva interna e il cartellino: se sono stati rimossi, purtroppo non possiamo accettare il reso.

La procedura è quella solita da "I miei ordini" > "Restituisci o sostituisci articoli". Il rimborso arriva entro 2-3 giorni dal momento in cui il pacco ci raggiunge.

Se il problema è la taglia, il modello "Capri" veste abbastanza regolare; molte clienti tra una 42 e una 44 si trovano meglio con la 44.

Un saluto,
Irene
Marevivo Beachwear"""),

dict(c="zd", k="r", r=["review.incentive"], cl=["review-incentive", "gift-card"], n="Offre un buono regalo Amazon da 10 € in cambio di una recensione.",
 f="Davide Fontana <davide@techcasa-italia.it>", s="Re: Come collegare la videocamera al Wi-Fi",
 b="""Ciao Federico,

per collegare la videocamera assicurati che il router trasmetta a 2,4 GHz e che la password non contenga caratteri speciali come & o %. Poi tieni premuto il tasto reset per 5 secondi e ripeti la procedura dall'app.

Se poi ci lasci una recensione su Amazon, mandaci lo screenshot e ti regaliamo un buono Amazon da 10 €!

Ciao,
Davide
TechCasa Italia"""),

dict(c="fd", k="r", r=[], cl=["damaged", "partial-refund", "quoted-history"], n="Offre un rimborso parziale o la sostituzione per un tavolino graffiato.",
 f="Casa Aurora Arredo <assistenza@casaaurora-arredo.it>", s="Re: Tavolino graffiato", qn="Lorenzo",
 q="""Il tavolino in noce ha un graffio lungo 5 cm sul piano. Ordine 405-3328190-7716624. Che si fa?""",
 b="""Gentile Lorenzo,

grazie per le foto e ci scusiamo per il graffio.

Può scegliere:
1. ci rimanda il tavolino con il ritiro gratuito a domicilio e le spediamo un nuovo tavolino appena ritirato;
2. lo tiene e le rimborsiamo 35,00 € sull'ordine 405-3328190-7716624; un graffio superficiale sul noce si attenua molto con un pennarello ritocco per legno.

Ci risponda qui con l'opzione che preferisce e procediamo in giornata.

Un cordiale saluto,
Davide Ferri
Casa Aurora Arredo"""),

dict(c="gg", k="p", r=["purpose.shipping_confirmation"], cl=["shipped-only"], n="Messaggio proattivo che conferma soltanto la spedizione.",
 f="Giocolandia <ordini@giocolandia-store.it>", s="Ordine 407-8820193-2251738 spedito!",
 b="""Ciao!

Il tuo ordine 407-8820193-2251738 è stato spedito oggi e arriverà a breve.

Grazie per aver scelto Giocolandia!

Lo staff di Giocolandia"""),

dict(c="hs", k="r", r=["contact.email_address"], cl=["email-in-body", "returns"], n="Chiede di mandare il numero di serie a un indirizzo email del negozio.",
 f="Federica Leone <federica@lucidarte-illuminazione.it>", s="Re: Lampada da scrivania sfarfalla",
 b="""Buongiorno signora Pellegrini,

lo sfarfallio sulla nostra lampada da scrivania dipende quasi sempre dall'alimentatore. Per inviarle quello giusto ci serve il numero di serie che trova sotto la base.

Può scriverlo all'indirizzo assistenza@lucidarte-illuminazione.it, insieme all'indirizzo di spedizione, e le mandiamo il pezzo di ricambio gratuitamente.

Cordiali saluti,
Federica
Lucidarte Illuminazione"""),

dict(c="ed", k="r", r=[], cl=["cosmetics", "nickel"], n="Risponde a una domanda sul nichel in un mascara per occhi sensibili.",
 f="Bellezza Naturale <servizio@bellezzanaturale-cosmetici.it>", s="Re: Mascara nichel tested?",
 b="""Gentile Alessia,

sì, il nostro Mascara Volume Naturale è nichel tested: ogni lotto viene analizzato e contiene meno di 0,00001% di nichel, cromo e cobalto. È anche oftalmologicamente testato e adatto a chi porta lenti a contatto.

Tenga presente che nessun test può garantire l'assenza totale di reazioni; se ha un'allergia forte, le consigliamo di provarlo prima su una piccola zona.

Cordiali saluti,
Valeria
Bellezza Naturale"""),

dict(c="ol", k="r", r=["contact.phone_number", "contact.email_address", "links.external"], cl=["signature", "quoted-history", "outlook-signature"], n="Risposta tecnica corretta con firma Outlook completa di telefono, email e sito.",
 f="Giorgio Barbieri <g.barbieri@idrotermica-barbieri.it>", s="R: Miscelatore doccia – pressione bassa", qn="Enrico",
 q="""Ho montato il vostro miscelatore termostatico ma l'acqua esce con poca pressione.""",
 b="""Buongiorno Enrico,

di solito la causa sono i filtri sui raccordi d'ingresso, che trattengono i residui dell'impianto dopo il montaggio. Chiuda l'acqua, sviti i raccordi, sciacqui i due filtrini a rete e li rimonti. Se la pressione dell'impianto è inferiore a 1 bar, il termostatico tende comunque a ridurre la portata.

Cordiali saluti,

Giorgio Barbieri
Ufficio tecnico
Idrotermica Barbieri S.r.l.
Tel. 0532 771 904 – Cell. 335 610 2277
g.barbieri@idrotermica-barbieri.it – www.idrotermica-barbieri.it"""),

dict(c="gm", k="p", r=[], cl=["delivery-scheduling", "freight"], n="Concorda la consegna su appuntamento di un divano.",
 f="Nicola De Luca <nicola@salottideluca.it>", s="Consegna del divano – ordine 403-7712094-6698213",
 b="""Buongiorno,

il divano a tre posti del suo ordine 403-7712094-6698213 è pronto e verrà consegnato dal nostro trasportatore con consegna al piano.

Le proponiamo queste date:
- martedì 16, mattina (8-13)
- giovedì 18, pomeriggio (14-19)
- sabato 20, mattina (8-13)

Ci risponda con la data preferita e ci indichi piano e presenza dell'ascensore; se le scale sono strette, ci dica anche la larghezza della porta d'ingresso.

Grazie,
Nicola De Luca
Salotti De Luca"""),

dict(c="zd", k="r", r=["review.change_or_remove"], cl=["review-change", "after-resolution"], n="Dopo aver risolto, chiede di rimuovere la recensione negativa del prodotto.",
 f="Valeria Fabbri <valeria@bellezzanaturale-cosmetici.it>", s="Re: Crema arrivata aperta",
 b="""Gentile Alessia,

la crema sostitutiva è partita stamattina e le arriverà giovedì.

Visto che abbiamo risolto, le saremmo molto grati se potesse rimuovere la recensione da 1 stella che ha lasciato sul prodotto: il problema era della spedizione, non della crema.

Cordiali saluti,
Valeria
Bellezza Naturale"""),

dict(c="fd", k="r", r=[], cl=["review-mention", "look-alike", "quoted-history"], n="Il cliente minaccia una recensione negativa; l'agente risolve senza scoraggiarla.",
 f="Lucidarte Illuminazione <assistenza@lucidarte-illuminazione.it>", s="Re: Plafoniera difettosa", qn="Roberto",
 q="""È la seconda plafoniera che si spegne dopo una settimana. Se non risolvete vi lascio una recensione da una stella.""",
 b="""Gentile Roberto,

ha ragione a essere arrabbiato: due plafoniere difettose di fila non dovrebbero capitare. Ovviamente è libero di lasciare la recensione che ritiene giusta.

Dalle foto sembra che il problema sia il driver LED, che nelle prime unità di questa serie si surriscaldava. Le abbiamo già rimborsato l'intero importo di 89,00 € e, se vuole ancora il prodotto, ora spediamo solo unità con il driver nuovo (codice lotto che inizia con B).

Cordiali saluti,
Federica
Lucidarte Illuminazione"""),

dict(c="gg", k="p", r=["subject.important_tag"], cl=["important-tag", "order-problem"], n="Richiesta legittima di completare l'indirizzo, ma con il tag [Important] nell'oggetto.",
 f="Marta di Ceramiche Vietresi <marta@ceramichevietresi-shop.it>", s="[Important] Ordine 405-9910283-3364401: manca il numero civico",
 b="""Buongiorno,

stiamo preparando il suo ordine 405-9910283-3364401 (zuppiera con coperchio, decoro pesci), ma nell'indirizzo di consegna manca il numero civico di Via delle Rose.

Ci può rispondere con il numero civico ed eventuali indicazioni per il corriere (scala, interno)? Spediamo appena ricevuta la sua risposta.

Grazie,
Marta
Ceramiche Vietresi"""),

dict(c="hs", k="p", r=[], cl=["customisation", "photo-request"], n="Chiede la foto per un puzzle personalizzato, il cui caricamento non è andato a buon fine.",
 f="Giada Monti <giada@puzzlemio.it>", s="Foto per il suo puzzle – ordine 402-1190384-7725560",
 b="""Buongiorno,

grazie per l'ordine 402-1190384-7725560: puzzle personalizzato da 500 pezzi.

La foto caricata su Amazon ci è arrivata con una risoluzione molto bassa (640 x 480 pixel): stampata a 48 x 34 cm risulterebbe sgranata. Potrebbe rispondere a questo messaggio allegando l'originale, possibilmente di almeno 3000 pixel di lato?

Se non ne ha una versione migliore, ci scriva comunque: possiamo stamparla in formato più piccolo, da 300 pezzi, rimborsandole la differenza.

Un saluto,
Giada
Puzzle Mio"""),

dict(c="ed", k="p", r=["purpose.marketing"], cl=["newsletter", "delivery"], n="Avviso di consegna legittimo che invita anche a iscriversi alla newsletter per offerte.",
 f="Pastificio Le Madonie <ordini@pastificio-lemadonie.it>", s="Consegna del suo ordine 406-5532018-2290147",
 b="""Gentile cliente,

a causa dello sciopero dei trasporti di venerdì, il suo ordine 406-5532018-2290147 partirà lunedì anziché venerdì. La pasta è già confezionata e pronta.

Ne approfittiamo per ricordarle che iscrivendosi alla nostra newsletter riceverà in anteprima le offerte sui formati stagionali e uno sconto del 10% sul primo ordine dal nostro sito.

Un caro saluto,
Pastificio Le Madonie"""),

dict(c="ol", k="r", r=[], cl=["quoted-history", "compliance", "docx"], n="Invia su richiesta la dichiarazione di conformità CE di un giocattolo come DOCX.",
 f="Sara Leone <s.leone@giocolandia-store.it>", s="R: Dichiarazione di conformità", qn="Asilo Girotondo",
 q="""Buongiorno, siamo un asilo nido e per l'acquisto delle tessere magnetiche la direzione ci chiede la dichiarazione di conformità CE. Potete inviarla?""",
 b="""Buongiorno,

certamente. In allegato trova la dichiarazione di conformità UE delle tessere magnetiche (set da 60 e da 100 pezzi), con i riferimenti alle norme EN 71-1, EN 71-2 e EN 71-3 e al regolamento sui giocattoli.

Se la direzione avesse bisogno anche del rapporto di prova del laboratorio, ce lo dica pure.

Cordiali saluti,

Sara Leone
Qualità e assistenza
Giocolandia""",
 a=("docx", "Dichiarazione_conformita_UE_tessere_magnetiche.docx", "Dichiarazione di conformità UE", [
 "Prodotto: Tessere magnetiche da costruzione, set 60 e 100 pezzi (art. GL-MAG60, GL-MAG100)",
 "Fabbricante / importatore: Giocolandia S.r.l., Via Emilia 118, 40026 Imola (BO)",
 "Il prodotto è conforme alla Direttiva 2009/48/CE sulla sicurezza dei giocattoli.",
 "Norme applicate: EN 71-1:2014+A1:2018, EN 71-2:2020, EN 71-3:2019+A1:2021.",
 "Età: da 3 anni.",
 "Imola, 12 gennaio 2026 – Il legale rappresentante"])),
]
