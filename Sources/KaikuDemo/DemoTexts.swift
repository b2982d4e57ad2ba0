/// Invented free-text answers for the demo, written as library customers write them.
enum DemoTexts {
    /// The free-text questions of the Lukki survey that the demo answers.
    enum Question: String, CaseIterable, Sendable {
        case bestMoment = "best_moment"
        case oneChange = "one_change"
        case webImprove = "web_improve"
        case threeWords = "three_words"
    }

    /// How the respondent feels overall; the generator picks a text that fits the grade they gave.
    enum Mood: Sendable { case positive, neutral, negative }

    /// Texts for a question, language ("fi", "sv", "en") and mood; never empty for fi and sv.
    /// A regional tag is ignored ("sv-FI" reads as "sv"); any other language gets no texts.
    static func texts(for question: Question, language: String, mood: Mood) -> [String] {
        let code = String(language.lowercased().prefix { $0 != "-" && $0 != "_" })
        let set: ByMood?
        switch (question, code) {
        case (.bestMoment, "fi"): set = bestMomentFi
        case (.bestMoment, "sv"): set = bestMomentSv
        case (.bestMoment, "en"): set = bestMomentEn
        case (.oneChange, "fi"): set = oneChangeFi
        case (.oneChange, "sv"): set = oneChangeSv
        case (.oneChange, "en"): set = oneChangeEn
        case (.webImprove, "fi"): set = webImproveFi
        case (.webImprove, "sv"): set = webImproveSv
        case (.webImprove, "en"): set = webImproveEn
        case (.threeWords, "fi"): set = threeWordsFi
        case (.threeWords, "sv"): set = threeWordsSv
        case (.threeWords, "en"): set = threeWordsEn
        default: set = nil
        }
        guard let set else { return [] }
        switch mood {
        case .positive: return set.positive
        case .neutral: return set.neutral
        case .negative: return set.negative
        }
    }

    private struct ByMood: Sendable {
        let positive: [String]
        let neutral: [String]
        let negative: [String]
    }

    // MARK: best_moment — "Kerro hetkestä, jolloin kirjaston palvelu oli erityisen hyvää."

    private static let bestMomentFi = ByMood(
        positive: [
            "Etsin isälle sotahistoriaa käsittelevää kirjaa, jonka nimeä en muistanut – muistin vain, että kannessa oli lentokone. Virkailija löysi sen parissa minuutissa!",
            "En osannut ladata e-kirjoja puhelimeen. Tiskillä ollut nuori nainen otti aikaa ja näytti kädestä pitäen, miten Ellibs toimii. Nyt luen bussissa töihin mennessä.",
            "Satutunti Virkkalassa. Lukija eläytyi niin, että poika puhui siitä koko illan ja halusi lainata saman kirjan kotiin.",
            "Tulostin työhakemuksen liitteineen ja skannasin todistukset. Kun skanneri ei suostunut lähettämään sähköpostiin, henkilökunta tuli auttamaan ja hakemus lähti ajoissa.",
            "Kirjastoauto pysähtyy meidän kylässä tiistaisin, ja autossa muistetaan aina mitä mä luen. Välillä saan jonkun kirjan kokeiltavaksi ihan pyytämättä.",
            "mummo kävi digiopastuksessa ja oppi käyttämään tablettia. nyt hän lähettää meille kuvia joka päivä :) iso kiitos sille kärsivälliselle opastajalle",
            "Karjalohjalla pääsin omatoimiaikana sunnuntaina hakemaan varaukseni kirjastokortilla ja pin-koodilla. Arkena en olisi ehtinyt ollenkaan, todella kätevää.",
            "Varasin uuden dekkarin ja jonossa oli kymmeniä ihmisiä, mutta kirja tuli yllättävän nopeasti. Ilmoitus tuli sähköpostiin heti.",
            "Lukukoira! Tyttö, joka ei ole ikinä suostunut lukemaan ääneen, luki koiralle kokonaisen kirjan. Meinasi tulla itku.",
            "Gradun loppurutistuksessa istuin hiljaisessa lukusalissa päivät pitkät. Rauhallista ja hyvä valo, kotona en olisi saanut sitä ikinä valmiiksi.",
            "Kysyin kirjaa Lohjan seudun vanhasta paikallishistoriasta. Sitä ei ollut Lukissa, joten kirjastonhoitaja tilasi sen kaukolainana ja hoiti koko homman puolestani.",
            "Tehtiin pojan kanssa 3D-tulostimella varaosa pölynimurin suuttimeen. Henkilökunta auttoi mallin kanssa ja jaksoi vastata kaikkiin 12-vuotiaan kysymyksiin.",
            "Lautapeli-ilta oli mahtava, tutustuin ihmisiin joihin en muuten olisi törmännyt. Lisää tällaisia!",
            "Syksyn kirjailijavierailu oli tosi hieno, sali täynnä ja kysymyksiä riitti. Jäin vielä juttelemaan kirjailijan kanssa.",
            "Palautin kirjat reippaasti myöhässä ja odotin saarnaa, mutta virkailija oli tosi ymmärtäväinen ja näytti, miten lainat uusitaan jatkossa netissä.",
            "Sammatissa asiakkaat tunnetaan. Kun olin sairaana, varaukseni pidettiin odottamassa viikon pidempään ilman että tarvitsi edes pyytää.",
            "En osannut uusia lainoja lukki.finna.fi:ssä, joten soitin kirjastoon. Virkailija neuvoi puhelimessa vaihe vaiheelta, ja nyt osaan itse.",
            "Saan joka kerta hyvän lukuvinkin. Viimeksi suositeltu romaani oli paras mitä olen tänä vuonna lukenut.",
            "Lauantaiaamuisin istun lehtilukusalissa ja luen Länsi-Uusimaan ja pari aikakauslehteä. Se on mun viikon paras hetki, ja aina joku tervehtii.",
            "Kun muutettiin Vihtiin, sain kirjastokortin saman tien ja virkailija esitteli koko talon. Tuntui heti siltä, että tänne saa tulla.",
            "Poika (7 v.) lainasi ekat kirjansa ihan itse automaatilla ja oli tosi ylpeä. Virkailija kävi vielä kehumassa häntä.",
            "Tein hankintaehdotuksen englanninkielisestä tietokirjasta, ja se ostettiin! En uskonut, että ehdotuksia oikeasti luetaan.",
            "Vauvojen loruhetki oli pelastus äitiyslomalla. Pääsi ihmisten ilmoille ja tapasi muita samassa tilanteessa olevia.",
            "Kirjastokortti oli hukassa ja pelkäsin, että varaukset menevät. Uusi kortti tehtiin heti ja varaukset siirtyivät siihen. Nopeaa ja ystävällistä.",
            "tiskin tyyppi jakso etsiä mulle mangaa vaikka kaikki osat oli lainassa, ja laittoi seuraavan osan varaukseen valmiiks",
            "Löysin Ellibsistä äänikirjan, jota ei ollut missään muualla, ja kuuntelin sen mökillä. Hienoa, että tällainen on ilmaista.",
            "Kotona oli remontti ja kirjasto oli ainoa paikka, jossa sain tehtyä etätöitä rauhassa. Wifi toimi ja pistorasioita löytyi.",
            "Kun poika toi täytetyn kesälukupassin, henkilökunta teki siitä ison numeron. Ilo oli suuri ja lukeminen jatkuu.",
            "Virkailija huomasi, että katselin isotekstisiä kirjoja, ja näytti kokonaisen hyllyn, jonka olemassaolosta en tiennyt mitään.",
            "Kirjastonhoitaja piti meidän viidesluokkalaisille tiedonhaun tunnin. Lapset oikeasti kuuntelivat, mikä ei ole itsestäänselvää.",
            "Karkkilassa minua autettiin sukututkimuksessa. Henkilökunta tiesi heti, mistä vanhoja paikallislehtiä kannattaa etsiä.",
            "Tulostin lentoliput viime tipassa ja tulostin jumitti. Virkailija tuli ja korjasi sen hetkessä. Kiitos, loma pelastui!",
            "Hyvää palvelua aina.",
            "ihan joka kerta hyvä",
            "Isäni (86 v.) saa kirjat kotipalveluna. Kirjastosta jopa soitettiin, kun hänen toivomansa kirja vihdoin tuli. Todella ihmisläheistä.",
            "Sain tiskiltä vinkin Libby-sovelluksesta. Nyt kuuntelen englanninkielisiä äänikirjoja koiralenkeillä.",
            "Mäntynummen kirjastossa on ihana henkilökunta, joka muistaa lasten nimet. Lapset menevät sinne mielellään.",
            "Kysyin ruotsinkielisiä lastenkirjoja lapsenlapselle, ja virkailija kokosi minulle kassillisen valmiiksi seuraavaksi päiväksi.",
        ],
        neutral: [
            "Ei tule mitään erityistä mieleen. Peruspalvelu toimii.",
            "Palvelu on ollut tasaisen hyvää, en osaa nimetä mitään yksittäistä kertaa.",
            "Lainaan ja palautan automaatilla, joten en juuri asioi henkilökunnan kanssa.",
            "Haen lähinnä varauksia, ja ne ovat aina olleet noutohyllyssä kun pitääkin.",
            "Vaikea sanoa. Ihan ok yleensä.",
            "Ehkä silloin kun sain apua kopiokoneen kanssa. Muuten en ole tarvinnut apua.",
            "Kysyin kerran yhtä kirjaa ja se löytyi. Ei sen kummempaa.",
            "Käyn niin harvoin, etten osaa sanoa.",
            "Palautusautomaatti toimii hyvin eikä tarvitse jonottaa. Sen enempää en henkilökuntaa tarvitse.",
            "Kirjastoauto tulee ajallaan, se riittää mulle.",
            "en muista",
        ],
        negative: [
            "Ei oikein mitään. Viimeksi jouduin odottamaan tiskillä pitkään, kun paikalla oli vain yksi työntekijä.",
            "Ennen palvelu oli parempaa, kun tiskillä oli aina joku. Nyt pitää pärjätä koneiden kanssa itse.",
            "En keksi. Yleensä vastaus kysymykseen on, että katso netistä.",
            "Vaikea keksiä mitään, kun lähikirjaston aukioloja on karsittu koko ajan.",
            "ei mitään erityistä",
            "Sammatissa kerran sain hyvää palvelua, mutta pääkirjastossa tuntuu aina siltä että häiritsen.",
            "Ei tule mieleen. Viimeksi omatoimiaikana ovi ei auennut, eikä puhelimeen vastannut kukaan.",
        ]
    )

    private static let bestMomentSv = ByMood(
        positive: [
            "Jag letade efter en bok om släktforskning som inte fanns här. Bibliotekarien hjälpte mig söka och beställde den som fjärrlån från ett annat bibliotek. Supertrevligt.",
            "Sagostunden på svenska på huvudbiblioteket i Lojo! Barnen älskade den, det finns så lite sånt här på svenska.",
            "Fick hjälp att ladda ner e-böcker från Ellibs till läsplattan. Personalen hade tålamod fast jag frågade samma sak tre gånger.",
            "Jag skulle skriva ut boardingkorten i sista minuten och skrivaren krånglade. En i personalen fixade det på två minuter.",
            "Bokbussen stannar i vår by och de vet redan vad jag tycker om. Det är guld värt.",
            "I Karislojo kan man gå in under meröppet med lånekortet och pinkoden. Jag hämtade mina reservationer en söndag, perfekt för oss som pendlar.",
            "Personalen letade fram lättlästa svenska böcker med stor stil åt min pappa som ser dåligt. Han blev jätteglad.",
            "Min dotter fick läsa högt för en läshund. Hon som aldrig vill läsa högt!",
            "Bibliotekarien tipsade om en finlandssvensk roman som jag aldrig hade hört om. Den var fantastisk.",
            "Mitt lånekort hade kommit bort. Jag fick ett nytt direkt och reservationerna fanns kvar.",
            "Jag satt i läsesalen hela våren och pluggade inför inträdesproven. Lugnt och skönt, och man kunde alltid fråga om hjälp.",
            "Personalen bytte genast till svenska när de hörde att jag talade svenska. Det uppskattar jag verkligen.",
            "De hjälpte min mamma med surfplattan på digihjälpen. Nu skickar hon bilder till barnbarnen hela tiden.",
            "Jag lämnade ett inköpsförslag på en svensk deckare och den köptes in! Trodde inte att någon ens läste förslagen.",
            "alltid bra service",
            "Spelkvällen med brädspel var riktigt kul, jag träffade nya människor.",
            "Vi var på en författarträff i Virkby. Mysig stämning och bra frågor från publiken.",
            "När jag inte fick skannern att skicka till e-posten kom en bibliotekarie och visade hur man gör. Snabbt och vänligt.",
        ],
        neutral: [
            "Kommer inte på något speciellt. Det fungerar.",
            "Jag lånar mest i automaten, så jag har inte så mycket kontakt med personalen.",
            "Servicen är oftast okej, inget som sticker ut.",
            "Vet int, jag hämtar bara mina reservationer.",
            "Det var bra när jag fick hjälp med kopiatorn, annars har jag inte behövt hjälp.",
            "Svårt att säga, jag är här så sällan.",
        ],
        negative: [
            "Tyvärr inget. Jag får nästan alltid börja på finska fast jag frågar på svenska.",
            "Inget speciellt. Senast fick jag vänta länge vid disken eftersom det bara fanns en person där.",
            "Förr var det bättre, då fanns det alltid någon i disken.",
            "kommer inte på något",
        ]
    )

    private static let bestMomentEn = ByMood(
        positive: [
            "I had just moved to Lohja and spoke no Finnish. The librarian helped me get a card and showed me the English shelf. Felt very welcome.",
            "The staff helped me print and scan papers for my residence permit when the printer kept jamming.",
            "My kids love the story hour even though it's in Finnish, and the staff always find them some picture books in English too.",
            "Someone at the desk showed me how to borrow e-books with Libby. Game changer for my commute.",
            "The quiet study room saved my thesis. Good wifi, decent chairs, nobody bothering me.",
            "Board game night! First time I actually met locals after six months here.",
            "They bought a book I suggested. Didn't expect that at all.",
        ],
        neutral: [
            "Nothing special comes to mind, it just works.",
            "I mostly use the self-service machines, so not much contact with staff.",
        ],
        negative: [
            "Can't think of one, sorry. Last time there was nobody at the desk to help.",
            "not really. hard to get help in English sometimes",
        ]
    )

    // MARK: one_change — "Mikä yksi asia kirjastossa pitäisi muuttaa?"

    private static let oneChangeFi = ByMood(
        positive: [
            "Lauantaisin voisi olla auki pidempään, muuten kaikki hyvin!",
            "Uutuuksista enemmän kappaleita, varausjonot on välillä tosi pitkiä. Muuten ihana paikka.",
            "Kahviautomaatti olisi kiva. Muuta en keksi.",
            "Ei mitään isoa. Ehkä lisää pistorasioita pöytien luo.",
            "Lautapelejä voisi saada lainaksi kotiin asti.",
            "Hyvä näin, jatkakaa samaan malliin!",
            "Satutunteja myös iltaisin, kun työssäkäyvät vanhemmat ei ehdi aamupäivällä.",
            "Lisää englanninkielisiä nuortenkirjoja, muuten valikoima on tosi hyvä.",
            "En muuttaisi mitään. No ehkä lehtilukusaliin mukavampia tuoleja.",
            "Omatoimiaika myös pääkirjastoon, niin voisi käydä aamulla ennen töitä.",
            "Tapahtumista voisi kertoa enemmän, huomaan ne yleensä vasta jälkikäteen.",
            "Palautusluukku ulkoseinään, että kirjat saisi palautettua myös kun kirjasto on kiinni.",
            "3D-tulostimelle enemmän vapaita aikoja, ne on aina varattu.",
            "Kirjastoauto voisi käydä meillä päin useammin kuin joka toinen viikko.",
            "ei mitään",
        ],
        neutral: [
            "Aukioloajat. Arkisin kahdeksaan asti olisi hyvä.",
            "Parkkipaikkoja on liian vähän, varsinkin iltapäivisin.",
            "Hiljaisen tilan pitäisi oikeasti olla hiljainen.",
            "Tulostamisen hinta.",
            "Lasten osasto on vaikea löytää, opasteita lisää.",
            "Lainausautomaatit jumittaa välillä, ja silloin pitää kuitenkin jonottaa tiskille.",
            "Senioreille lisää digiopastusta, kerta kuussa ei riitä.",
            "Myöhästymismaksut voisi poistaa ainakin lastenkirjoilta.",
            "Lisää lukupaikkoja ikkunoiden viereen",
            "Ryhmätyötilat pitäisi pystyä varaamaan netissä.",
            "Aikakauslehtiä voisi olla enemmän, varsinkin käsityö- ja puutarhalehtiä.",
            "Karjalohjan omatoimiaika myös aamuihin.",
            "E-äänikirjoja lisää, Ellibsissä valikoima on suppea.",
            "Varaushyllystä on vaikea löytää omaa varausta, järjestys on epäselvä.",
            "Palautusautomaatin pitäisi antaa kuitti.",
            "Wifi pätkii yläkerrassa.",
            "Uusia bestsellereitä pitäisi hankkia enemmän, jonossa saa odottaa kuukausia.",
            "vaikea sanoa",
        ],
        negative: [
            "Melu! Koululaisryhmät ja nuoret pelaavat kovaäänisesti, eikä kukaan sano mitään.",
            "Varausmaksu pois. On kohtuutonta maksaa siitä, että kirja tuodaan toisesta kirjastosta.",
            "Virkkalan aukioloajat on ihan naurettavat. Kun töistä pääsee, kirjasto on jo kiinni.",
            "Lisää henkilökuntaa. Kaikkea ei voi hoitaa automaateilla, varsinkaan vanhemmat ihmiset.",
            "Pusulan omatoimiaika: ovi ei aukea kortilla joka toisella kerralla. Korjatkaa se.",
            "Uusimmasta bestselleristä on kaksi kappaletta ja 120 varaajaa. Ostakaa enemmän!",
            "Parkkipaikka on liian pieni ja talvella auraamatta.",
            "Ilmastointi. Kesällä lukusalissa on tukahduttavan kuuma.",
            "Maksut ovat liian isoja. Lapsen hukkaamasta kirjasta jouduttiin maksamaan enemmän kuin uusi olisi maksanut kaupassa.",
            "Kirjastoauton pysäkkejä lakkautettiin, ja nyt lähin on kolmen kilometrin päässä.",
            "Henkilökunnan asenne. Tuntuu, että kysymykset ovat vaivaksi.",
            "Tietokoneet ovat vanhoja ja hitaita, tulostaminen kestää ikuisuuden.",
            "lopettakaa se jatkuva hyllyjen siirtely, mikään ei ole koskaan samassa paikassa",
            "Ruotsinkielisiä kirjoja on tosi vähän, varsinkin lapsille. Lohja on kuitenkin kaksikielinen kaupunki.",
            "Hiljaisia paikkoja on liian vähän. Kaikki on avointa tilaa ja ääni kantaa joka paikkaan.",
            "Lasten osastolla on aina kaaos, kirjat on väärissä paikoissa eikä mitään löydy.",
            "Sammatin aukioloja on karsittu ihan minimiin. Täällä maalla se on melkein ainoa palvelu mitä on jäljellä.",
            "Pyysin apua puhelimen kanssa ja käskettiin varata aika kahden viikon päähän. Digiapua pitäisi saada silloin kun tarvitsee.",
        ]
    )

    private static let oneChangeSv = ByMood(
        positive: [
            "Fler svenska barnböcker, annars är allt bra!",
            "Längre öppet på lördagar skulle vara toppen.",
            "En kaffeautomat vore trevligt. Annars inget att klaga på.",
            "Fler sagostunder på svenska, gärna på eftermiddagen.",
            "Ingenting egentligen, fortsätt som nu!",
            "Lite mer reklam för evenemangen på svenska, man hittar dem inte alltid.",
            "Brädspel som man kan låna hem vore kul.",
            "Bekvämare stolar i tidningsläsesalen, det är det enda.",
        ],
        neutral: [
            "Den svenska samlingen är liten och man måste reservera nästan allt. Nya böcker kommer sent.",
            "Fler exemplar av nya böcker, kön är alldeles för lång.",
            "Parkeringen räcker inte till på eftermiddagarna.",
            "Det borde vara tystare i läsesalen.",
            "Skyltarna borde finnas på svenska också, inte bara på finska.",
            "Utskrifterna är dyra.",
            "Öppettiderna i Virkby passar inte oss som jobbar.",
            "Mer digihjälp för äldre, en gång i månaden räcker inte.",
            "Återlämningsautomaten borde ge kvitto.",
            "vet inte riktigt",
        ],
        negative: [
            "Betjäning på svenska! Det är en tvåspråkig stad men man blir bemött på finska nästan varje gång.",
            "Den svenska hyllan är pinsamt liten. Samma gamla böcker år efter år.",
            "Alldeles för mycket oväsen från skolgrupper, det går inte att koncentrera sig.",
            "Förseningsavgifterna är för höga, särskilt för barnfamiljer.",
            "Meröppet funkar inte alls. Dörren gick inte upp med kortet och det fanns ingen att fråga.",
            "Bokbussen slutade stanna hos oss. Nu har vi ingen service alls.",
            "Sammatti bibliotek har nästan inga öppettider kvar.",
            "Mera personal. Allt ska skötas med automater och det passar inte alla.",
            "Det är för varmt på sommaren, det finns ingen luftkonditionering.",
        ]
    )

    private static let oneChangeEn = ByMood(
        positive: [
            "More English fiction, otherwise it's great.",
            "Longer opening hours on weekends would be nice.",
            "Maybe a coffee machine? Nothing else really.",
        ],
        neutral: [
            "Signs in English, at least the main ones.",
            "More copies of new books, the reservation queues are really long.",
            "Printing is quite expensive.",
            "More evening events for adults.",
        ],
        negative: [
            "The self-service hours are only explained in Finnish. I couldn't work out how to get in.",
            "Too noisy. Kids running around in the quiet area and nobody says anything.",
            "Parking is a nightmare in the afternoon.",
            "Drop the fines on children's books, please.",
        ]
    )

    // MARK: web_improve — "Miten verkkokirjastoa voisi parantaa?"

    private static let webImproveFi = ByMood(
        positive: [
            "Toimii hyvin. Kaikkien lainojen uusiminen yhdellä napilla olisi vielä kätevämpi.",
            "Olen tyytyväinen. Muistutus sähköpostiin pari päivää ennen eräpäivää olisi kiva.",
            "Ihan hyvä. Puhelimella painikkeet on vähän pieniä.",
            "Hyvä että varaukset näkyy. Olisi kiva nähdä myös arvio, milloin oma vuoro tulee.",
            "Toimii. Haku voisi ehdottaa oikeaa kirjoitusasua, kun kirjailijan nimen kirjoittaa väärin.",
            "En keksi parannettavaa, käytän lähinnä uusimiseen ja se toimii.",
            "Omia listoja olisi kiva voida jakaa kaverille.",
            "Uutuuslistat aiheittain olisivat hienoja, esim. uudet dekkarit tai uudet lasten äänikirjat.",
            "Tapahtumakalenteri voisi näkyä etusivulla selkeämmin, muuten hyvä.",
            "toimii hyvin",
            "Varauksen voisi itse jäädyttää loman ajaksi, muuten ei valittamista.",
            "Kirjojen tietoihin voisi tulla enemmän muiden lukijoiden arvioita.",
        ],
        neutral: [
            "Haku antaa liikaa tuloksia, kirjat ja elokuvat sekaisin. Rajauksen pitäisi olla selkeämpi.",
            "Kirjautuminen kirjastokortin numerolla on hankalaa, kun numeroa ei muista ulkoa. Pankkitunnuksilla olisi helpompi.",
            "Oma sijainti varausjonossa pitäisi näkyä selvästi. Nyt en löydä sitä mistään.",
            "E-kirjan lainaamisen pitäisi onnistua suoraan verkkokirjastosta, ettei tarvitse mennä toiseen palveluun ja kirjautua uudestaan.",
            "Mobiiliversio on kömpelö, sivua pitää zoomailla koko ajan.",
            "Noutopaikan vaihtaminen jälkikäteen ei onnistu, vaikka pitäisi.",
            "En löytänyt mistään aiempia lainojani. Lainaushistoria olisi hyödyllinen.",
            "Unohtuneen pin-koodin pitäisi voida tilata itse netistä.",
            "Haku ”Tuntematon sotilas” antoi ensimmäisenä jonkun lehtiartikkelin eikä itse kirjaa.",
            "Selkeämmin näkyviin, missä kirjastossa kirja on hyllyssä juuri nyt.",
            "Lapsille oma, helpompi hakunäkymä.",
            "Osa tiedoista näkyy vain suomeksi, vaikka vaihdan kielen ruotsiksi.",
            "Aukioloajat pitäisi löytyä heti etusivulta, nyt joutuu klikkailemaan.",
            "Ilmoitus noudettavasta varauksesta myös tekstiviestinä.",
            "En tiedä, käytän harvoin.",
            "Sarjan osat voisi näyttää hakutuloksissa järjestyksessä.",
            "lainojen eräpäivät näkyvämmin",
            "Tulostusohjeet ja hinnat olisi hyvä olla verkossa.",
            "Sessio katkeaa liian nopeasti, kirjaa ulos kesken varaamisen.",
            "E-lehdet ja e-kirjat ovat eri paikoissa, en aina tiedä mistä mitäkin pitäisi etsiä.",
        ],
        negative: [
            "Sekava. En löydä mitään ilman että kysyn tiskiltä.",
            "Kirjautuminen ei onnistu puhelimella, joka kerta tulee virheilmoitus.",
            "Varausjonossa ei näe omaa sijoitusta. Odotin puoli vuotta enkä tiennyt, olenko kolmas vai sadas.",
            "E-kirjan lainaaminen on niin monimutkaista, että luovutin. Ensin Finna, sitten Ellibs, sitten sovellus ja vielä Adobe-tunnus.",
            "Uusiminen ei onnistunut, vaikka kirjasta ei ollut varauksia. Ilmoitus oli epäselvä ja sain lopulta myöhästymismaksun.",
            "Haku ei löydä mitään, jos on yksikin kirjoitusvirhe.",
            "liian monimutkainen vanhemmille ihmisille",
            "Vanhan verkkokirjaston suosikkilistat katosivat, kun siirryttiin Finnaan. Harmittaa edelleen.",
            "Sivu on hidas ja jumittaa iltaisin.",
            "Hakutuloksissa on museoesineitä ja arkistojuttuja sekaisin kirjojen kanssa. Miksi?",
            "Miksei maksuja voi maksaa netissä? Pitää lähteä kirjastoon asti maksamaan 40 sentin maksu.",
            "Varaus katosi järjestelmästä, enkä saanut siitä mitään ilmoitusta.",
            "Libbyssä ja Ellibsissä eri sovellukset ja eri säännöt. Yksi paikka kaikelle, kiitos.",
            "Puhelimella valikko peittää puolet sivusta.",
            "Jos salasana unohtuu, netissä ei voi tehdä mitään. Pitää mennä paikan päälle.",
            "noutopaikka vaihtuu aina takaisin pääkirjastoon vaikka valitsen Ojamon",
            "Teksti on liian pientä ja vaaleanharmaata, en näe lukea sitä.",
            "Yritin varata kirjaa Routionmäkeen, mutta se ei ollut edes vaihtoehtona. Ei selitystä miksi.",
        ]
    )

    private static let webImproveSv = ByMood(
        positive: [
            "Fungerar bra. Kanske en påminnelse per e-post innan förfallodagen.",
            "Nöjd. Det vore bra att se ungefär när det blir min tur i kön.",
            "Bra som det är, jag förnyar mina lån och det går smidigt.",
            "Tips på nya svenska böcker på startsidan vore trevligt.",
            "bra",
            "Det vore fint om man kunde spara sina sökningar. Annars funkar det.",
        ],
        neutral: [
            "Sidan är bara delvis på svenska, mycket är fortfarande på finska.",
            "Svårt att logga in, jag kommer aldrig ihåg mitt lånekortsnummer.",
            "Det borde vara enklare att begränsa sökningen till svenskspråkiga böcker.",
            "På mobilen är allt för smått, man måste zooma.",
            "Man borde kunna byta avhämtningsställe efter att man gjort reservationen.",
            "Visa platsen i kön tydligare.",
            "Lånehistorik vore bra, jag glömmer vad jag har läst.",
            "Att låna e-böcker borde gå direkt via Finna utan att logga in på flera ställen.",
            "Öppettiderna borde synas direkt på startsidan.",
            "Möjlighet att frysa reservationerna under semestern.",
        ],
        negative: [
            "Rörigt. Sökningen ger massor av museiföremål och arkivgrejer när jag bara vill hitta en bok.",
            "Det går inte att logga in med telefonen, felmeddelande varje gång.",
            "E-böckerna är ett rent elände att låna: Finna, Ellibs, Adobe-id, app. Jag gav upp.",
            "Jag ser inte var i kön jag är. Har väntat i månader.",
            "Förnyelsen misslyckades utan förklaring och jag fick en förseningsavgift.",
            "Sökningen hittar ingenting om man stavar lite fel.",
            "Alldeles för komplicerat för oss äldre.",
            "Den svenska versionen är halvfärdig, knapparna byter språk mitt i allt.",
            "Sidan är långsam och hänger sig på kvällarna.",
        ]
    )

    private static let webImproveEn = ByMood(
        positive: [
            "Works fine for renewals. Maybe show where I am in the reservation queue.",
            "Pretty good. An email reminder before the due date would help.",
            "No complaints, I use it every week.",
        ],
        neutral: [
            "Half the site is still in Finnish when you switch to English.",
            "Hard to find English books only, the language filter is hidden away.",
            "The mobile layout needs work, the buttons are tiny.",
            "Let me borrow e-books straight from the search results instead of jumping between sites.",
        ],
        negative: [
            "I couldn't log in on my phone at all.",
            "Search is confusing, lots of museum stuff mixed in with the books.",
            "Borrowing e-books needs too many accounts and apps. Gave up.",
            "renewal failed and I got a fine anyway",
        ]
    )

    // MARK: three_words — "Kuvaile kirjastoa kolmella sanalla."

    private static let threeWordsFi = ByMood(
        positive: [
            "rauhallinen, valoisa, ystävällinen",
            "Lämmin, avara, inspiroiva",
            "kodikas hiljainen tärkeä",
            "Ystävällinen, asiantunteva, joustava",
            "Olohuone, turvapaikka, aarreaitta",
            "valoisa moderni viihtyisä",
            "Palveleva, monipuolinen, lapsiystävällinen",
            "Välttämätön. Ilmainen. Rakas.",
            "Tunnelmallinen, rento, avoin",
            "Kaunis, rauhallinen, kotoisa",
            "Sivistys, yhteisö, rauha",
            "lämminhenkinen, pieni, oma",
            "Tarpeellinen, helppo, mukava",
            "Kirjat, kahvi, kaverit",
            "Avulias, nopea, hyvä",
            "paras paikka kaupungissa",
            "Hyvä valikoima, mukava henkilökunta, toimivat tilat",
            "Yllättävä, elävä, kaikille",
            "Iloinen, siisti, rauhallinen",
            "turvallinen, läheinen, tuttu",
            "Mahtava. Ihana. Tärkeä.",
            "Aina apua saatavilla",
        ],
        neutral: [
            "Ok, toimiva, tavallinen",
            "Ihan hyvä kirjasto",
            "Käytännöllinen, perus, riittävä",
            "Iso, vähän sekava, hyvä",
            "Hiljainen, asiallinen, virallinen",
            "Toimiva mutta harmaa",
            "kirjoja, lehtiä, tietokoneita",
            "Muuttuva, kiireinen, ok",
            "Tuttu, turvallinen, vähän tylsä",
            "Kätevä, pieni, rajallinen",
            "Betoni, lasi, kirjat",
            "Tarpeellinen mutta kaukana",
            "perus kirjasto ihan",
            "Hyödyllinen, välillä meluisa",
        ],
        negative: [
            "Meluisa, ahdas, sekava",
            "Vanhanaikainen, jäykkä, kallis",
            "Kiireinen, kylmä, byrokraattinen",
            "liian usein kiinni",
            "Kolkko, hälyisä, epäselvä",
            "Tyly, hidas, sotkuinen",
            "Ahdas, kuuma, levoton",
            "Automaatit, jonot, kiire",
            "Harmaa, tylsä, vanha",
            "Etäinen, hankala, ei minua varten",
            "Tyhjät hyllyt, pitkät jonot",
            "Sekava, kylmä, epäystävällinen",
        ]
    )

    private static let threeWordsSv = ByMood(
        positive: [
            "lugnt, ljust, trevligt",
            "Vänligt, mysigt, viktigt",
            "Tryggt, öppet, inspirerande",
            "Trevlig personal, bra urval",
            "mysigt lugnt nära",
            "Kunnigt, hjälpsamt, modernt",
            "Stadens vardagsrum, helt enkelt",
            "Fridfullt, varmt, välkomnande",
            "Barnvänligt, livligt, roligt",
            "Gratis, bra, nödvändigt",
            "Underbart! Lugnt! Ljust!",
        ],
        neutral: [
            "Okej, praktiskt, vanligt",
            "Funktionellt, stort, lite rörigt",
            "Böcker, datorer, tidningar",
            "Helt okej bibliotek",
            "Behändigt, litet, begränsat",
            "Praktiskt men finskspråkigt",
            "Sakligt, tyst, lite stelt",
        ],
        negative: [
            "Bullrigt, trångt, rörigt",
            "Finskt, stelt, krångligt",
            "ofta stängt",
            "Kallt, opersonligt, automatiserat",
            "Gammalmodigt, tråkigt, dyrt",
            "Liten svensk samling",
        ]
    )

    private static let threeWordsEn = ByMood(
        positive: [
            "Calm, bright, friendly",
            "welcoming, cozy, useful",
            "Free, helpful, quiet",
            "My second home",
        ],
        neutral: [
            "Practical, okay, very Finnish",
            "Big, functional, busy",
            "Books and computers",
        ],
        negative: [
            "Noisy, crowded, confusing",
            "Hard to navigate",
            "Closed too often",
        ]
    )
}
