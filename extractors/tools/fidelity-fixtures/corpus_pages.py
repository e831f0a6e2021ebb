# Hand truth for pages of ../shared/corpus/pdf, typed by hand from the rendered pages; writes corpus-pages.json.
import json
import os
H=lambda t:{"kind":"heading","text":t}
P=lambda t:{"kind":"paragraph","text":t}
L=lambda t:{"kind":"list_item","text":t}
T=lambda *c:{"kind":"table_cell","text":" | ".join(c)}
pages=[]
pages.append({"pdf":"nat_azwa_toelichting_producten_proces_2026.pdf","page":1,"layoutClass":"letter-numbered","running":[],"blocks":[
 H("Op weg naar een werkagenda samenwerking zorg-sociaal D5 AZWA"),
 P("Beste gemeente, regiocoördinator en zorgverzekeraar,"),
 P("Met het Aanvullend Zorg- en Welzijnsakkoord (AZWA) hebben zorg- en welzijnspartijen samen met overheden aanvullende afspraken gemaakt op het Integraal Zorgakkoord (IZA) en het Gezond en Actief Leven Akkoord (GALA). Zo werken we samen aan toekomstbestendige zorg en ondersteuning voor alle inwoners."),
 P("Een belangrijk onderdeel van het AZWA is het versterken van de samenwerking tussen het zorg- en sociaal domein. Iedere regio en gemeente geeft hieraan invulling via de zogenoemde basisfunctionaliteiten (D5) en investeert in de basisinfrastructuur via onder meer inloopvoorzieningen en lokale teams (D6). Gemeenten ontvangen middelen voor de inzet binnen het sociaal domein, waaronder doorbraakmiddelen, om de opbouw van de basisfunctionaliteiten te versnellen. Deze brief gaat in op de invulling van deze twee afspraken."),
 P("Doel van de komende periode is het opstellen van een werkagenda per regio. Met het opstellen van de werkagenda werken regio’s toe naar een regionaal dekkend aanbod voor basisfunctionaliteiten in 2030 en het (verder) implementeren van lopende aanpakken op de ontwikkelagenda. Deze werkagenda is een aanvulling op het regioplan en beschrijft hoe u gezamenlijk de basisfunctionaliteiten de komende jaren gaat uitvoeren en de samenwerking tussen zorg- en sociaal domein bestendigt. De werkagenda is tevens nodig om de middelen via een nieuwe SPUK toe te kennen aan de (mandaat)gemeenten. De werkagenda wordt niet beoordeeld, maar moet wel de goedkeuring van de colleges hebben."),
 H("Handvatten voor uw regionale werkagenda"),
 P("Sinds het ondertekenen van het akkoord in september vorig jaar is gewerkt aan het concretiseren en uitwerken van dit onderdeel van het AZWA. Bij deze brief vindt u handvatten om de werkagenda op te stellen:"),
 L("1. Opdracht aan regio’s voor het opstellen van de werkagenda;"),
 L("2. Format voor de werkagenda;"),
 L("3. Voor gemeenten: proces en inzicht in AZWA-middelen gemeenten via een nieuwe SPUK-regeling die later dit jaar wordt gepubliceerd."),
 P("Deze producten zijn tot stand gekomen met dank aan de input uit de regioscan en de werkgroepen die betrokken zijn bij de handreikingen. De handreikingen per aanpak zijn nog niet beschikbaar. Die volgen na vaststelling door de landelijke thematafel Medisch-Sociaal en Preventie op 26 mei 2026."),
 H("Wat vragen wij van u?"),
 P("Wij vragen u om - als financiers, (mandaat)gemeenten en preferente zorgverzekeraar - in samenspraak met de regionale partners kaderscheppende afspraken te maken conform de opdracht voor de werkagenda. Het gaat om een inhoudelijke werkagenda. De (mandaat) gemeenten en zorgverzekeraars gaan over de financiële middelen."),
]})
pages.append({"pdf":"reg_ggd_flevoland_voortgang_gala_regio_2023.pdf","page":1,"layoutClass":"form-table-prose","running":["Oplegnotitie pagina #"],"blocks":[
 T("Oplegnotitie voor:","algemeen bestuur GGD Flevoland"), T("Agendapunt:","4"), T("Vergaderdatum:","11 mei 2023"),
 T("Onderwerp:","Voortgang GALA/IZA in de regio"), T("Behandeling:","Besluitvormend"),
 T("(ambtelijk) Portefeuillehouder:","M. Vluggen"), T("Portefeuillehouder AB:","R. Broekema Keuze voor 2e"),
 T("Steller:","K. Makarawung"), T("Status:","Openbaar"),
 T("Bijlagen:","4.1 Gezonde leefomgeving (volgt) 4.2 Mentale gezondheid (volgt) 4.3 Gezondheidsachterstanden (volgt)"),
 H("Schets van het dilemma"),
 P("We nemen het bestuur graag mee in het ervaren dilemma rond de uitwerking en voortgang van de drie thema’s ‘Gezonde leefomgeving’, ‘Mentale gezondheid’ en ‘Gezondheidsachterstanden’ uit het Gezamenlijk opgaven- en uitvoeringsplan ‘Een gezonde toekomst in Flevoland 2023-2026’."),
 P("Gemeenten en GGD Flevoland bereiden zich voor op de uitwerking van GALA en IZA. Dit doen zij op de verschillende inhoudelijke thema’s in zowel lokaal als regionaal verband. Om tot lokale integrale plannen te komen is inzicht en overzicht nodig in het benodigde beleid en interventies op de verschillende niveaus. Dit vraagt tijd en capaciteit van zowel gemeenten, GGD en andere samenwerkingspartners. Daarbij zien we dat gemeenten ook intern een complexe afstemming kennen (inhoudelijke thema’s én integraal) met weer effecten op de afstemming met partners."),
 P("Bij de bespreking van de ontwerpbegroting van de GGD Flevoland is bestuurlijk besloten de uitwerking van de thema’s mentale gezondheid, gezonde leefomgeving en gezondheidsachterstanden niet op te nemen in de vorm van verhoging van de inwonerbijdrage, maar dekking aan te vragen via GALA en de daarvoor bestemde SPUK-regeling. Bestuurlijk is in de vergadering van 16 maart 2023 gevraagd om samen met de ambtenaren publieke gezondheid de uitwerking van deze thema’s op te pakken en de opbrengst daarvan te agenderen in het bestuur van de GGD Flevoland. Met de gemeentelijke ambtenaren zijn inmiddels (d.d. 11 mei 2023) twee bijeenkomsten georganiseerd waarbij partijen zich bewust zijn van de gezamenlijke opgaven op deze thema’s. Als resultaat ligt vandaag een uitwerking op hoofdlijnen van de regionale inzet op de drie thema’s voor. Deze uitwerkingen zijn aan de vergaderstukken toegevoegd, zie bijlagen 4.1 t/m 4.3."),
 H("Dilemma:"),
 L("-Er wordt geconstateerd dat er op geen van de drie genoemde thema’s (voldoende) overzicht en/of aansluiting is tussen de lokale gewenste inzet en de regionale inzet op de betreffende thema’s."),
 L("-Omdat de deadline voor de totstandkoming en indiening van de integrale gemeentelijke plannen snel nabij komt is desondanks duidelijkheid nodig over de SPUK aanvraag voor 2024-2025-2026 voor de uitwerking van de thema’s mentale gezondheid, gezonde leefomgeving en gezondheidsachterstanden. Er is sprake van een ‘tijdsklem’."),
]})
pages.append({"pdf":"reg_npz_almere_jaarplan_2025.pdf","page":2,"layoutClass":"landscape-prose","running":["Jaarplan 2025 pag. #"],"blocks":[
 H("Inleiding"),
 P("Voor u ligt het jaarplan 2025 van het Netwerk Palliatieve Zorg Almere."),
 P("De activiteiten die voor 2025 gepland hebben vloeien voort uit het meerjarenplan 2023-2026 dat destijds opgesteld is aan de hand van gesprekken gevoerd met de leden van het platform en de stuurgroep van het Netwerk Palliatieve Zorg Almere (NPZAlmere) en zijn in lijn met de lokale en landelijke ontwikkelingen."),
 P("In Almere werken betrokkenen uit alle domeinen in een groot project genaamd Positief Gezond Almere (PGA) samen aan oplossingen om de druk op de zorg te verlichten en te streven naar een betere gezondheid voor de inwoners van Almere. Het NPZAlmere is betrokken bij twee PGA-projecten, te weten: Palliatieve Zorg dichter bij Huis (PZdbH) en de pilot digitale gegevensuitwisseling m.b.v. een viewer techniek. Het gaat hierbij om de verslaglegging van het Advance Care Planningsgesprek (ook wel proactieve zorgplanningsgesprek), dat door een hulpverlener van een andere organisatie ingezien kan worden, iemand die het gesprek dus niet zelf gevoerd heeft."),
 P("Het landelijk kwaliteitskader palliatieve zorg is vanzelfsprekend het kwaliteitskader van waaruit gewerkt wordt."),
 P("Palliatieve zorg is zorg die de kwaliteit van het leven verbetert van patiënten en hun naasten die te maken hebben met een levensbedreigende aandoening of kwetsbaarheid, door het voorkomen en verlichten van lijden, door middel van vroegtijdige signalering en zorgvuldige beoordeling en behandeling van problemen van fysieke, psychische, sociale en spirituele aard. Gedurende het beloop van de ziekte heeft palliatieve zorg oog voor het behoud van autonomie, toegang tot informatie en keuzemogelijkheden. Palliatieve zorg is bij uitstek multidisciplinaire zorg op maat, die aansluit bij de wensen en behoeften van patiënt en naasten."),
]})

pages.append({"pdf":"reg_noordoostpolder_iza_status_memo_2024.pdf","page":1,"layoutClass":"memo-bullets","running":[],"blocks":[
 H("MEMO aan Raad"),
 T("Aan",":","De raad van gemeente Noordoostpolder"), T("Van",":","College van burgemeester en wethouders"),
 T("Datum",":","13 augustus 2024"), T("Onderwerp",":","Informeren over de ontwikkelingen van het Integraal Zorgakkoord in Flevoland"),
 H("Beleidsreferentie"),
 P("In 2022 zijn landelijke akkoorden tot stand gekomen die tot doel hebben om de zorg toegankelijk en betaalbaar te houden:"),
 L("Het Integraal Zorgakkoord (IZA) is een akkoord van partijen in de zorg gericht op de kwaliteit, toegankelijkheid en betaalbaarheid van de zorg. Het gaat kortweg over de organisatie en structuur van de zorg."),
 L("Het Gezond en Actief Leven Akkoord (GALA) is gericht op het versterken van de gemeentelijke taken op gebied van sport en bewegen, cultuur, gezondheid en preventie en de sociale basis. Dit gaat kortweg over de organisatie en structuur van preventie. Het GALA is daarmee voor een deel ook de concretisering van de afspraken uit het IZA naar gemeenten. In het IZA zijn vijf ketenaanpakken als opgave opgenomen om uit te werken. Dit zijn Gezond gewicht 18+, Gezond gewicht 18-, Kansrijke start, Valpreventie en Welzijn op recept. De middelen hiervoor zijn beschikbaar via de Specifieke Uitkering (SPUK) GALA. Met ondersteuning van de Regionale preventiecoalitie Flevoland Gezond&Wel implementeren alle gemeenten deze ketenaanpakken lokaal."),
 L("Het programma Wonen, Ondersteuning en Zorg voor Ouderen is gericht op de toekomstbestendigheid van de ouderenzorg."),
 H("Inleiding"),
 P("Het IZA en het GALA akkoord vragen om meer integraliteit, het gaat om het verbinden van verschillende werelden. Gemeenten en zorgverzekeraars hebben een leidende rol in de regio voor het organiseren van de samenwerking en samenhang. Zij geven sturing aan de (regionale en lokale) processen die nodig zijn om te komen tot regionale transformaties op gebied van zorg, ondersteuning en gezondheid. Voor deze transformaties is geld beschikbaar gesteld in de akkoorden. Zo is in het IZA € 2,8 miljard beschikbaar voor transformaties. Daarnaast is voor gemeenten in het IZA voor de preventie infrastructuur structureel € 150 miljoen beschikbaar. Voor de uitvoering en investeringen in sport, bewegen, en cultuur, gezondheid & preventie en de sociale basis tot en met 2026 is jaarlijks € 180 miljoen beschikbaar. Met een Specifieke Uitkering (SPUK) worden deze middelen aan gemeenten toegekend. Een deel van dit geld kregen gemeenten eerder via de algemene uitkering, doeluitkeringen of via op een andere manier aangevraagde middelen."),
 P("Dit memo informeert de raad over de ontwikkelingen van het Integraal Zorgakkoord in Flevoland."),
]})
json.dump({"note":"Hand truth for pages of ../shared/corpus/pdf: the blocks a reader sees on the page, in reading order, with kinds. Statements are the sentences of paragraphs, whole list items and table rows (derived by the benchmark).","pages":pages}, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'main', 'resources', 'nl', 'regioplan', 'extractors', 'fidelity', 'corpus-pages.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
