MSGS = [
dict(id="w70-0019", lang="it", client="gmail", expect="legit", rules=[], classes=["quoted-history", "phone-in-quote", "refusal", "spare-part"],
 note="La cliente chiede di essere richiamata al cellulare per la ruota di un passeggino; il venditore risponde che può scrivere solo qui e spedisce la ruota.",
 alias="a6pt2nj9xk4erqw", buyer="Federica Lombardo",
 **{"from": ("Stefano Gatti", "stefano@passofelice.it")},
 subject="Ruota anteriore passeggino", resubj="Re: Ruota anteriore passeggino",
 date="2026-12-07 10:12",
 history=[
  dict(who="buyer", date="2026-12-06 21:35", text="""Buonasera Stefano,

ho provato a premere il pulsantino grigio come mi ha detto, la ruota esce ma quando la rimetto non si blocca più, gira a vuoto e dopo due metri si sfila di nuovo. Ieri mi si è staccata in mezzo alla strada con la bimba dentro, può immaginare lo spavento.

Se può mi chiami al 347 1289 456 così le spiego meglio, scrivere da qui con il telefono è un delirio. Sono a casa tutto il pomeriggio.

Grazie,
Federica"""),
  dict(who="seller", date="2026-12-05 12:20", text="""Gentile Federica,

mi dispiace per il problema. Le ruote anteriori del Lieve si sganciano premendo il pulsante grigio sopra il perno. Provi a toglierla e rimetterla finché non sente il clic.

Cordiali saluti,
Stefano"""),
  dict(who="buyer", date="2026-12-05 08:50", text="""Buongiorno, la ruota anteriore destra del passeggino Lieve continua a sfilarsi. Come si risolve?"""),
 ],
 reply="""Gentile Federica,

mi dispiace davvero per lo spavento, per fortuna non è successo niente alla bimba.

Purtroppo non posso chiamarla: per gli ordini Amazon possiamo comunicare solo attraverso la messaggistica di Amazon. Ma da quello che descrive il problema è chiaro: se la ruota non fa più il clic, la molla di blocco dentro il perno si è rotta, e non si può sistemare a mano.

Le abbiamo spedito oggi stesso, gratuitamente, una coppia di ruote anteriori complete di perno nuovo, con corriere BRT. Dovrebbero arrivare entro mercoledì all'indirizzo dell'ordine. Per montarle basta infilare il perno finché non sente il clic e poi tirare la ruota verso il basso per controllare che sia bloccata.

Nel frattempo le consiglio di non usare il passeggino, o di usarlo solo con la ruota ben controllata prima di uscire. Le ruote vecchie può tenerle o buttarle, non serve rispedirle.

Se dovesse avere altri problemi, mi scriva pure qui.

Un caro saluto,
Stefano Gatti
Passo Felice – Assistenza clienti"""),

dict(id="w70-0020", lang="it", client="zendesk", expect="violation", rules=["contact.off_platform"],
 classes=["quoted-history", "phone-in-quote", "whatsapp", "acceptance"],
 note="Il cliente propone WhatsApp per mandare il video di un robot aspirapolvere rumoroso; la venditrice accetta e dice che gli scriverà lei su WhatsApp.",
 alias="z9rc4dh1vm6kuox", buyer="Alessandro Ferri",
 **{"from": ("Assistenza Pulisci Smart", "assistenza@pulisci-smart.it")}, agent_short="Giulia (Pulisci Smart)", ticket="#10472",
 subject="Robot fa un rumore strano", resubj="Re: Robot fa un rumore strano",
 date="2026-12-07 12:40",
 history=[
  dict(who="buyer", date="2026-12-07 09:05", text="""Ciao Giulia,

ho pulito la spazzola centrale e anche quelle laterali, c'erano un po' di capelli ma il rumore c'è ancora: è tipo un ticchettio metallico quando gira a sinistra, e ogni tanto si ferma e dice "errore 14".

Ho fatto un video dove si sente benissimo ma qui non riesco ad allegarlo. Se vuoi scrivimi su WhatsApp al 339 5521 087 e te lo mando subito.

Alessandro"""),
  dict(who="seller", date="2026-12-06 15:30", text="""Ciao Alessandro,

grazie per averci scritto. Spesso il rumore dipende da capelli o fili avvolti intorno alle spazzole. Prova a pulirle e facci sapere!

Giulia"""),
  dict(who="buyer", date="2026-12-06 11:12", text="""Salve, il robot RoboClean X3 comprato a ottobre fa un rumore fortissimo da qualche giorno. Cosa può essere?"""),
 ],
 reply="""Ciao Alessandro,

grazie per le informazioni, l'errore 14 ci aiuta molto: di solito indica un problema alla ruota motrice sinistra, e il ticchettio metallico lo conferma.

Va benissimo, ti scrivo io su WhatsApp al numero che mi hai lasciato, così mi mandi il video e lo giro subito al nostro tecnico. Da lì ti dico anche come staccare la ruota e ti organizziamo la sostituzione, facciamo tutto su WhatsApp che è più comodo.

A tra poco,
Giulia
Pulisci Smart"""),

dict(id="w70-0021", lang="it", client="outlook", expect="legit", rules=[], classes=["quoted-history", "discount-in-quote", "refusal", "product-question"],
 note="Il cliente chiede uno sconto del 10% per comprare altre quattro sedie; il venditore rifiuta con garbo e risponde sulle misure e l'imballo.",
 alias="o2ys7wq5bf1hmlc", buyer="Marco Bellini",
 **{"from": ("Luca Zanetti", "l.zanetti@seditalia-arredo.it")},
 subject="Sedie Tosca - altre 4", resubj="R: Sedie Tosca - altre 4", xmailer="Microsoft Outlook 16.0",
 date="2026-12-07 15:35",
 history=[
  dict(who="buyer", date="2026-12-07 10:22", text="""Buongiorno Luca,

perfetto, allora ne prenderei altre 4 uguali (noce, seduta in paglia) per arrivare a 8 in sala da pranzo. Visto che sono in tutto 8 sedie e quasi 600 euro di spesa, mi fa uno sconto del 10% sulle nuove? Mi sembra il minimo per un cliente che torna.

Un'altra cosa: arrivano già montate o bisogna avvitare le gambe?

Saluti,
Marco Bellini"""),
  dict(who="seller", date="2026-12-06 17:50", text="""Buongiorno Sig. Bellini,

sì, la sedia Tosca in noce è ancora disponibile e la tinta è la stessa della produzione di settembre, quindi non ci saranno differenze di colore con quelle che ha già.

Cordiali saluti,
Luca Zanetti"""),
  dict(who="buyer", date="2026-12-06 14:03", text="""Salve, ho comprato 4 sedie Tosca in noce a settembre. Se ne ordino altre 4 adesso il colore sarà identico?"""),
 ],
 reply="""Buongiorno Sig. Bellini,

grazie di cuore per la fiducia, fa piacere sapere che le sedie si sono trovate bene in casa sua.

Per quanto riguarda lo sconto, mi dispiace ma tramite i messaggi di Amazon non possiamo applicare riduzioni o prezzi personalizzati: il prezzo dell'offerta è lo stesso per tutti i clienti. Spero comprenda.

Alle altre domande rispondo volentieri:
– Le sedie arrivano già montate, la struttura è incollata e spinata a mano, quindi non c'è niente da avvitare.
– Vengono spedite a coppie, in due cartoni da circa 11 kg l'uno, con gli angoli protetti in cartone rinforzato.
– Il sottoseduta ha già i feltrini applicati; se ha un pavimento in cotto le consiglio di controllarli dopo qualche mese.

Cordiali saluti,
Luca Zanetti
Seditalia Arredo"""),

dict(id="w70-0022", lang="it", client="freshdesk", expect="legit", rules=[], classes=["quoted-history", "review-text-in-quote", "review-threat-in-quote", "refund", "amazon-returns"],
 note="La cliente cita la sua recensione a una stella e minaccia di segnalare il venditore per una friggitrice ad aria; la venditrice organizza il reso con rimborso tramite Amazon senza toccare la recensione.",
 alias="i5mf0ce3tr8pxgv", buyer="Chiara Santoro",
 **{"from": ("Valentina Russo", "supporto@cucinarapida.it")},
 subject="Friggitrice ad aria non scalda", resubj="Re: Friggitrice ad aria non scalda [#7719]",
 date="2026-12-07 11:28",
 history=[
  dict(who="buyer", date="2026-12-06 20:10", text="""Buonasera,

ho fatto tutto quello che mi avete detto, preriscaldamento compreso, e le patatine dopo 25 minuti a 200 gradi sono ancora crude. Il cestello è tiepido. Ho già scritto la recensione, eccola:

"Una stella. Dopo due settimane la friggitrice ha smesso di scaldare: la ventola gira ma la resistenza resta fredda. L'assistenza mi ha fatto perdere tempo con consigli inutili. Sconsigliata."

E se non risolvete in fretta segnalo anche il venditore ad Amazon. Voglio i miei soldi indietro.

Chiara Santoro"""),
  dict(who="seller", date="2026-12-05 16:40", text="""Gentile Chiara,

ci dispiace per l'inconveniente. Provi a preriscaldare la friggitrice per 3 minuti prima di inserire il cibo e a non riempire il cestello oltre la metà.

Cordiali saluti,
Valentina"""),
  dict(who="buyer", date="2026-12-05 13:25", text="""Buongiorno, la friggitrice AirChef 5L non cuoce più niente. Cosa devo fare?"""),
 ],
 reply="""Gentile Chiara,

ha ragione, e me ne scuso: con i sintomi che descrive (ventola che gira, resistenza fredda) i nostri consigli sulla cottura non potevano servire. Si tratta di un guasto della resistenza, che su un apparecchio di due settimane non dovrebbe mai capitare.

Le confermo il rimborso completo di 89,90 €. Il modo più veloce è questo:
1. Su Amazon, in "I miei ordini", selezioni la friggitrice e "Restituisci o sostituisci articoli".
2. Come motivo scelga "Articolo difettoso": l'etichetta di reso sarà gratuita.
3. Appena il corriere prende in carico il pacco, avviamo il rimborso senza aspettare che arrivi da noi.

Se preferisce invece un apparecchio nuovo al posto del rimborso, me lo scriva qui e lo spediamo subito.

Di nuovo, mi scusi per il tempo perso.

Valentina Russo
Assistenza clienti CucinaRapida"""),

dict(id="w70-0023", lang="it", client="edesk", expect="violation", rules=["review.change_or_remove", "review.incentive"],
 classes=["quoted-history", "review-text-in-quote", "conditional", "refund-for-review"],
 note="Il cliente cita la sua recensione negativa su una valigia; il venditore promette un rimborso del 50% se la rimuove.",
 alias="x1hd6ka9zs3wgnb", buyer="Roberto Colombo",
 **{"from": ("Davide Marino", "info@viaggioleggero.it")},
 subject="Maniglia valigia rotta", resubj="Re: Maniglia valigia rotta",
 date="2026-12-07 17:02",
 history=[
  dict(who="buyer", date="2026-12-07 13:15", text="""Buongiorno,

non ho intenzione di rispedire la valigia a mie spese per poi aspettare un mese. La maniglia telescopica si è bloccata a metà al primo viaggio, ho dovuto trascinarla per tutto l'aeroporto di Fiumicino piegato in due.

Ho lasciato questa recensione, e per ora la lascio così:
"Due stelle. Bella da vedere e leggera, ma al primo utilizzo la maniglia telescopica si è bloccata a metà e non sale né scende. Per 120 euro mi aspettavo un minimo di qualità."

Roberto Colombo"""),
  dict(who="seller", date="2026-12-06 10:05", text="""Gentile Sig. Colombo,

ci dispiace per il problema con la maniglia. Per la riparazione in garanzia può spedirci la valigia al nostro magazzino; le invieremo le istruzioni.

Cordiali saluti,
Davide Marino"""),
  dict(who="buyer", date="2026-12-05 19:45", text="""La valigia Nimbus 65 cm ha la maniglia bloccata dopo un solo viaggio. Come procedo?"""),
 ],
 reply="""Gentile Sig. Colombo,

capisco perfettamente il disagio, e ha ragione a non voler aspettare.

Le propongo questo: se rimuove la recensione da Amazon, le rimborsiamo subito il 50% del prezzo, cioè 60 euro, e la valigia resta a lei. Il meccanismo della maniglia si sblocca quasi sempre premendo forte il pulsante mentre si spinge verso il basso, quindi potrebbe anche tornare utilizzabile.

Appena la recensione non è più visibile mi scriva qui e procedo con il rimborso in giornata.

Cordiali saluti,
Davide Marino
Viaggio Leggero"""),

dict(id="w70-0024", lang="it", client="helpscout", expect="legit", rules=[], classes=["quoted-history", "url-in-quote", "product-question", "compatibility"],
 note="Il cliente incolla il link alla scheda del produttore della sua caldaia e chiede se il termostato è compatibile; il venditore risponde senza link.",
 alias="l8ng3ub0wy5qjdr", buyer="Paolo Esposito",
 **{"from": ("Andrea Fontana", "andrea@termoclick.it")},
 subject="Compatibilità termostato", resubj="Re: Compatibilità termostato",
 date="2026-12-07 13:48",
 history=[
  dict(who="buyer", date="2026-12-07 09:30", text="""Salve Andrea,

la caldaia è una Ferroli Bluehelix Tech RRT 28C, installata nel 2019. Qui c'è la scheda tecnica ufficiale se le serve: https://www.ferroli.com/it/prodotti/caldaie/bluehelix-tech-rrt

Nel manuale c'è scritto qualcosa su un "ingresso OpenTherm" ma non ho capito se va bene per il vostro termostato o se serve per forza quello loro. Il vecchio termostato ha solo due fili.

Grazie,
Paolo"""),
  dict(who="seller", date="2026-12-06 18:12", text="""Buonasera Paolo,

il termostato Wi-Fi TC-40 funziona con la maggior parte delle caldaie a gas. Mi può indicare marca e modello della sua caldaia?

Saluti,
Andrea"""),
  dict(who="buyer", date="2026-12-06 16:05", text="""Buongiorno, vorrei comprare il vostro termostato Wi-Fi ma non so se va bene con la mia caldaia. Come faccio a saperlo?"""),
 ],
 reply="""Buongiorno Paolo,

grazie, con il modello esatto posso darle una risposta precisa: sì, il TC-40 è compatibile con la Bluehelix Tech RRT 28C, e anzi è il caso migliore.

Le spiego la differenza:
– Collegato con i due fili in modalità semplice (on/off), il TC-40 accende e spegne la caldaia come il suo termostato attuale. Funziona subito, senza altre impostazioni.
– Collegato agli stessi due fili ma in modalità OpenTherm (si sceglie dal menu del termostato, "Impostazioni > Caldaia > OpenTherm"), il termostato dialoga con la caldaia e regola la temperatura dell'acqua dei termosifoni in base a quanto manca alla temperatura desiderata. Si risparmia di solito un po' di gas e la casa resta più uniforme.

Non serve il termostato di Ferroli, e non servono fili nuovi: i due fili che ha sono quelli giusti per entrambe le modalità. L'unica cosa da sapere è che i due fili restano sui morsetti "TA" della caldaia, esattamente dove sono collegati ora.

Se dopo l'installazione ha dubbi sulle impostazioni, mi scriva pure qui.

Buona giornata,
Andrea Fontana
TermoClick – Supporto tecnico"""),
]
