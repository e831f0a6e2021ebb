#!/usr/bin/env python3
"""Regenerates the third-party fidelity fixtures: PDFs made by LibreOffice Writer and Impress (headless) and by
Chromium's print-to-PDF, each with a truth JSON written from the same document model, so the truth is exact.

Only this script needs LibreOffice and Chromium; the tests read the committed PDFs and truth files.

    apt-get install -y libreoffice-writer-nogui libreoffice-impress-nogui chromium
    python3 extractors/tools/fidelity-fixtures/generate.py

Truth per fixture: the blocks a reader sees in reading order with their kinds (heading, paragraph, list_item,
table_cell for a table row, caption), the statements that must come out whole (sentences and list items; for a
table row, all its cells), and the running header/footer lines ('#' stands for the page number).
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "main", "resources", "nl",
                   "regioplan", "extractors", "fidelity")

# Fresh Dutch policy sentences, written for these fixtures (no quotes from real plans).
SENTENCES = [
    "De regio Noordwoud werkt samen met gemeenten, zorgverzekeraars en zorgaanbieders aan een gezonde toekomst voor alle inwoners.",
    "In 2026 heeft elke gemeente een sociaal team dat binnen vijf werkdagen contact opneemt na een aanmelding.",
    "Het aantal inwoners met een chronische aandoening stijgt de komende tien jaar naar verwachting met twintig procent.",
    "Wij willen dat de wachttijd voor de basis-ggz in 2027 niet langer is dan vier weken.",
    "De huisartsen en de wijkverpleging stemmen hun werkwijze af in een gezamenlijk zorgpad voor kwetsbare ouderen.",
    "Preventie krijgt een vaste plaats in het beleid van alle zeven gemeenten in de regio.",
    "Voor mantelzorgers komt er in elke kern een vast aanspreekpunt dat ook in de avonduren bereikbaar is.",
    "Het regionale zorgloket verwijst inwoners met vragen over wonen, welzijn en zorg naar de juiste plek.",
    "We meten de voortgang twee keer per jaar met een dashboard dat openbaar is voor raadsleden en inwoners.",
    "In 2025 start een proef met digitale consulten voor inwoners die slecht ter been zijn.",
    "De personeelstekorten in de ouderenzorg vragen om nieuwe vormen van samenwerking tussen organisaties.",
    "Zorgverzekeraar Zorgstroom financiert de eerste drie jaar van het programma voor de helft.",
    "Het percentage rokers onder volwassenen daalt van 18 procent in 2022 naar 12 procent in 2030.",
    "Scholen, sportverenigingen en buurthuizen bieden samen een beweegaanbod voor kinderen tot twaalf jaar.",
    "Inwoners met schulden krijgen binnen twee weken een eerste gesprek met een schuldhulpverlener.",
    "De gemeenteraad ontvangt elk voorjaar een voortgangsrapportage over de afspraken uit dit plan.",
    "Wij investeren in de gezondheidsvaardigheden van inwoners, omdat zij zo beter zelf keuzes kunnen maken.",
    "Ouderen die thuis willen blijven wonen, krijgen hulp bij het aanpassen van hun woning.",
    "Het ziekenhuis en de huisartsenposten delen gegevens via een beveiligde regionale verbinding.",
    "Eenzaamheid onder jongeren neemt toe, vooral sinds de periode van de coronamaatregelen.",
    "De wijkteams werken vanuit het principe van een gezin, een plan en een vaste regisseur.",
    "Voor de uitvoering van het plan is jaarlijks 2,4 miljoen euro beschikbaar uit de regionale middelen.",
    "Wij richten een regionale werkgroep op die de afspraken over de acute zorg bewaakt.",
    "Het aantal valincidenten bij 65-plussers moet in 2028 met een kwart zijn gedaald.",
    "Gemeenten en zorgverzekeraars maken afspraken over de inkoop van jeugdhulp voor de hele regio.",
    "Een gezonde leefstijl begint bij een omgeving die uitnodigt tot bewegen en gezond eten.",
    "De regionale monitor laat zien dat de verschillen in gezondheid tussen wijken groot blijven.",
    "Vrijwilligers vormen een onmisbare schakel tussen de formele zorg en het dagelijks leven van inwoners.",
    "In het najaar van 2025 evalueren de partners de werkwijze van de eerste twee jaar.",
    "Iedere inwoner kan voor advies over valpreventie terecht bij de fysiotherapeut in de wijk.",
    "De samenwerking met het onderwijs moet ervoor zorgen dat meer jongeren voor een baan in de zorg kiezen.",
    "Digitale zorg wordt alleen ingezet als die past bij de wensen en mogelijkheden van de inwoner.",
    "De wethouders van de zeven gemeenten vormen samen de stuurgroep van het programma.",
    "Er komt een regionaal overzicht van alle beschikbare plekken voor tijdelijk verblijf.",
    "Wij verminderen de administratieve lasten voor zorgverleners met dertig procent in 2027.",
    "Het programma besteedt extra aandacht aan inwoners met een migratieachtergrond en aan laaggeletterden.",
    "De GGD voert elke vier jaar een gezondheidsmonitor uit onder volwassenen en ouderen.",
    "Lokale initiatieven die eenzaamheid tegengaan, kunnen een bijdrage aanvragen uit het innovatiefonds.",
    "De verpleeghuizen in de regio werken met een gezamenlijke wachtlijst en een centrale bemiddeling.",
    "In 2029 heeft negentig procent van de inwoners van 75 jaar en ouder een gesprek over hun zorgwensen gehad.",
    "Het regioplan is opgesteld na gesprekken met meer dan tweehonderd inwoners, professionals en bestuurders.",
    "De ambulancedienst en de huisartsen maken afspraken over de inzet van spoedzorg in de nacht.",
    "Wij stimuleren dat woningcorporaties levensloopbestendige woningen bouwen in de kernen.",
    "De jeugdgezondheidszorg bereikt in 2026 minstens 95 procent van de ouders met jonge kinderen.",
    "Voor de aanpak van overgewicht bij kinderen werken we met het programma Gezond Opgroeien Noordwoud.",
    "Het zorgkantoor ondersteunt de regio bij het opzetten van een netwerk voor dementiezorg.",
    "Burgerinitiatieven krijgen ruimte om zelf voorzieningen in hun dorp te organiseren.",
    "De partners delen hun kennis in een jaarlijkse regionale conferentie over gezondheid en welzijn.",
    "Arbeidsmarktbeleid en zorgbeleid worden in de regio niet langer los van elkaar gemaakt.",
    "Elke gemeente wijst een ambtenaar aan die verantwoordelijk is voor de uitvoering van dit plan.",
]

SHORT_ITEMS = [
    "Een vast aanspreekpunt voor mantelzorgers in elke kern.",
    "Minder administratieve lasten voor wijkverpleegkundigen.",
    "Een gezamenlijke wachtlijst voor de verpleeghuizen.",
    "Een beweegaanbod voor alle basisscholen in 2026.",
    "Gegevens delen via een beveiligde regionale verbinding.",
    "Een jaarlijkse voortgangsrapportage aan de gemeenteraden.",
]

HEADINGS = [
    "Gezond leven in Noordwoud", "Zorg en ondersteuning in de wijk", "Wonen en zorg voor ouderen",
    "Samenwerking in de regio", "Preventie en leefstijl", "Geestelijke gezondheid", "Arbeidsmarkt en personeel",
    "Monitoring en verantwoording", "Financiering van het programma", "Digitale zorg",
]

GOALS = [
    ("Minder rokers onder volwassenen", "Percentage rokers 18+", "12%", "2030"),
    ("Kortere wachttijd basis-ggz", "Wachttijd in weken", "4 weken", "2027"),
    ("Minder valincidenten bij ouderen", "Valincidenten 65+ per jaar", "-25%", "2028"),
    ("Bereik jeugdgezondheidszorg", "Ouders met jonge kinderen bereikt", "95%", "2026"),
    ("Minder administratieve lasten", "Tijd aan administratie", "-30%", "2027"),
]

RUNNING_HEADER = "Regioplan Noordwoud 2025-2028"
RUNNING_FOOTER = "Pagina #"


class Pool:
    def __init__(self, offset):
        self.i = offset

    def take(self, n):
        out = [SENTENCES[(self.i + k) % len(SENTENCES)] for k in range(n)]
        self.i += n
        return out


def split_sentences(text):
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


# ---------------------------------------------------------------- document model -> truth

def truth_of(doc, name, producer, layout_class, running=()):
    blocks, statements = [], []

    def sentences(text):
        statements.extend([s] for s in split_sentences(text))

    def items(entries, depth=0):
        for entry in entries:
            text, sub = (entry, []) if isinstance(entry, str) else entry
            blocks.append({"kind": "list_item", "text": text})
            statements.append([text])
            items(sub, depth + 1)

    for el in doc:
        kind = el[0]
        if kind == "h":
            blocks.append({"kind": "heading", "text": el[1]})
        elif kind == "p":
            blocks.append({"kind": "paragraph", "text": el[1]})
            sentences(el[1])
        elif kind == "box":
            # a side box is read after the paragraph it stands beside, as the column to the right
            parts = [el[3], el[1]] if len(el) > 3 else [el[1]]
            for part in parts:
                blocks.append({"kind": "paragraph", "text": part})
                sentences(part)
        elif kind == "note":
            # the citation number follows the sentence's full stop, so it never cuts a word or a statement
            blocks.append({"kind": "paragraph", "text": el[1] + " " + str(el[3])})
            sentences(el[1])
        elif kind == "footnotes":
            for number, text in el[1]:
                blocks.append({"kind": "paragraph", "text": f"{number} {text}"})
                statements.append([text])
        elif kind in ("ul", "ol"):
            items(el[1])
        elif kind == "table":
            header, rows = el[1], el[2]
            for row in [header] + rows:
                blocks.append({"kind": "table_cell", "text": " | ".join(row)})
            for row in rows:
                statements.append(list(row))
        elif kind == "caption":
            blocks.append({"kind": "caption", "text": el[1]})
            statements.append([el[1]])
        else:
            raise ValueError(kind)
    return {"fixture": name, "producer": producer, "layoutClass": layout_class,
            "running": list(running), "blocks": blocks, "statements": statements}


def numbered(items):
    return [f"{i + 1}. {t}" for i, t in enumerate(items)]


# ---------------------------------------------------------------- LibreOffice Writer (flat ODT)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

FONTS = ('<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="\'Liberation Sans\'"/>'
         '<style:font-face style:name="Liberation Serif" svg:font-family="\'Liberation Serif\'"/>'
         '<style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol"/></office:font-face-decls>')


def esc(s):
    return html.escape(s, quote=True)


def list_style(name, numbered_list, hanging):
    levels = []
    for level in range(1, 4):
        indent = 0.635 * level
        if hanging:
            align = (f'<style:list-level-label-alignment text:label-followed-by="listtab" '
                     f'text:list-tab-stop-position="{indent:.3f}cm" fo:text-indent="-0.635cm" fo:margin-left="{indent:.3f}cm"/>')
        else:
            # wrapped lines start at the bullet's own left edge
            align = (f'<style:list-level-label-alignment text:label-followed-by="space" '
                     f'fo:text-indent="0cm" fo:margin-left="{indent - 0.635:.3f}cm"/>')
        props = f'<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">{align}</style:list-level-properties>'
        if numbered_list:
            levels.append(f'<text:list-level-style-number text:level="{level}" style:num-suffix="." style:num-format="1">{props}</text:list-level-style-number>')
        else:
            char = "•–▪"[level - 1]
            levels.append(f'<text:list-level-style-bullet text:level="{level}" text:bullet-char="{char}">{props}'
                          f'<style:text-properties style:font-name="OpenSymbol"/></text:list-level-style-bullet>')
    return f'<text:list-style style:name="{name}">{"".join(levels)}</text:list-style>'


def fodt(doc, line_height="100%", space_before="0cm", space_after="0.21cm", align="start", columns=1,
         header=False, hanging=True, body_size="11pt"):
    styles = f'''<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="{body_size}" fo:language="nl" fo:country="NL" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:line-height="{line_height}" fo:margin-top="{space_before}" fo:margin-bottom="{space_after}" fo:text-align="{align}"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Item" style:family="paragraph"><style:paragraph-properties fo:line-height="{line_height}" fo:margin-top="0cm" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="CellHead" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Box" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>
<style:style style:name="Caption" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
<style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Running" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>
{list_style("Bullets", False, hanging)}
{list_style("Numbers", True, hanging)}
</office:styles>'''
    col = f'<style:columns fo:column-count="{columns}" fo:column-gap="0.8cm"/>' if columns > 1 else ''
    hf = ('<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>'
          '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>') if header else ''
    auto = f'''<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm" style:print-orientation="portrait">{col}</style:page-layout-properties>{hf}</style:page-layout>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="fr" style:family="graphic"><style:graphic-properties style:wrap="none" fo:border="0.5pt solid #1f4e79" fo:background-color="#deebf7" fo:padding="0.2cm" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="from-left" style:horizontal-rel="paragraph"/></style:style>
<style:style style:name="frside" style:family="graphic"><style:graphic-properties style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" fo:margin-left="0.3cm" fo:border="0.5pt solid #1f4e79" fo:background-color="#deebf7" fo:padding="0.2cm" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="paragraph"/></style:style>
</office:automatic-styles>'''
    master = '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">'
    if header:
        master += (f'<style:header><text:p text:style-name="Running">{esc(RUNNING_HEADER)}</text:p></style:header>'
                   '<style:footer><text:p text:style-name="Running">Pagina <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>')
    master += '</style:master-page></office:master-styles>'

    body = []

    def odt_list(entries, style):
        out = [f'<text:list text:style-name="{style}">']
        for entry in entries:
            text, sub = (entry, []) if isinstance(entry, str) else entry
            if style == "Numbers":
                text = re.sub(r"^\d+\.\s*", "", text)
            out.append(f'<text:list-item><text:p text:style-name="Item">{esc(text)}</text:p>')
            if sub:
                out.append(odt_list(sub, style))
            out.append('</text:list-item>')
        out.append('</text:list>')
        return "".join(out)

    pending_notes = {}
    for el in doc:
        kind = el[0]
        if kind == "h":
            body.append(f'<text:h text:style-name="H" text:outline-level="1">{esc(el[1])}</text:h>')
        elif kind == "p":
            body.append(f'<text:p text:style-name="Body">{esc(el[1])}</text:p>')
        elif kind == "note":
            body.append(f'<text:p text:style-name="Body">{esc(el[1])}<text:note text:id="n{el[3]}" text:note-class="footnote">'
                        f'<text:note-citation>{el[3]}</text:note-citation><text:note-body><text:p text:style-name="Footnote">{esc(el[2])}</text:p>'
                        '</text:note-body></text:note></text:p>')
        elif kind == "footnotes":
            pass  # rendered by the notes themselves
        elif kind == "ul":
            body.append(odt_list(el[1], "Bullets"))
        elif kind == "ol":
            body.append(odt_list(el[1], "Numbers"))
        elif kind == "table":
            header, rows = el[1], el[2]
            t = ['<table:table table:name="Doelen" table:style-name="Tbl"><table:table-column table:number-columns-repeated="4"/>']
            for r, row in enumerate([header] + rows):
                t.append('<table:table-row>')
                for cell in row:
                    st = "CellHead" if r == 0 else "Cell"
                    t.append(f'<table:table-cell table:style-name="TblCell" office:value-type="string"><text:p text:style-name="{st}">{esc(cell)}</text:p></table:table-cell>')
                t.append('</table:table-row>')
            t.append('</table:table>')
            body.append("".join(t))
        elif kind == "caption":
            body.append(f'<text:p text:style-name="Caption">{esc(el[1])}</text:p>')
        elif kind == "box":
            side = len(el) > 2 and el[2] == "side"
            if side:
                frame = (f'<draw:frame draw:style-name="frside" draw:name="Kader{len(body)}" text:anchor-type="paragraph" '
                         f'svg:width="5.5cm" draw:z-index="0"><draw:text-box fo:min-height="1cm">'
                         f'<text:p text:style-name="Box">{esc(el[1])}</text:p></draw:text-box></draw:frame>')
                body.append(f'<text:p text:style-name="Body">{frame}{esc(el[3])}</text:p>')
            else:
                frame = (f'<draw:frame draw:style-name="fr" draw:name="Kader{len(body)}" text:anchor-type="paragraph" '
                         f'svg:x="0cm" svg:y="0cm" svg:width="15.4cm" draw:z-index="0"><draw:text-box fo:min-height="1cm">'
                         f'<text:p text:style-name="Box">{esc(el[1])}</text:p></draw:text-box></draw:frame>')
                body.append(f'<text:p text:style-name="Body">{frame}</text:p>')
        else:
            raise ValueError(kind)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text">{FONTS}{styles}{auto}{master}'
            f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document>')


# ---------------------------------------------------------------- LibreOffice Impress (flat ODP)

def fodp(slides):
    """slides: list of (title, [boxes]); a box is (x, y, w, h, kind, content) in cm on a 28 x 15.75 cm slide."""
    auto = ['<office:automatic-styles>',
            '<style:page-layout style:name="PM"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" '
            'fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout>',
            '<style:style style:name="gr" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none" '
            'draw:auto-grow-height="true" fo:min-height="1cm" draw:textarea-vertical-align="top" fo:padding-top="0.1cm" fo:padding-left="0.2cm" fo:padding-right="0.2cm"/></style:style>',
            '<style:style style:name="grbox" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-color="#1f4e79" '
            'draw:fill="solid" draw:fill-color="#deebf7" draw:auto-grow-height="true" fo:min-height="1cm" draw:textarea-vertical-align="top" '
            'fo:padding-top="0.2cm" fo:padding-left="0.3cm" fo:padding-right="0.3cm" fo:padding-bottom="0.2cm"/></style:style>',
            '<style:style style:name="PT" style:family="paragraph"><style:text-properties fo:font-size="26pt" fo:font-weight="bold" '
            'style:font-name="Liberation Sans" fo:color="#1f4e79"/></style:style>',
            '<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm"/>'
            '<style:text-properties fo:font-size="16pt" style:font-name="Liberation Sans"/></style:style>',
            '<style:style style:name="PS" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/>'
            '<style:text-properties fo:font-size="18pt" fo:font-weight="bold" style:font-name="Liberation Sans"/></style:style>',
            '<text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" text:bullet-char="•">'
            '<style:list-level-properties text:space-before="0cm" text:min-label-width="0.6cm"/>'
            '<style:text-properties fo:font-family="OpenSymbol"/></text:list-level-style-bullet></text:list-style>',
            '</office:automatic-styles>']
    master = ('<office:master-styles><style:master-page style:name="Leeg" style:page-layout-name="PM"/></office:master-styles>')
    pages = []
    for n, (title, boxes) in enumerate(slides):
        frames = [f'<draw:frame draw:style-name="gr" svg:x="1.2cm" svg:y="0.8cm" svg:width="25.6cm" svg:height="1.8cm">'
                  f'<draw:text-box><text:p text:style-name="PT">{esc(title)}</text:p></draw:text-box></draw:frame>']
        for x, y, w, h, kind, content in boxes:
            style = "grbox" if kind == "callout" else "gr"
            inner = []
            for part in content:
                if part[0] == "sub":
                    inner.append(f'<text:p text:style-name="PS">{esc(part[1])}</text:p>')
                elif part[0] == "p":
                    inner.append(f'<text:p text:style-name="PB">{esc(part[1])}</text:p>')
                elif part[0] == "ul":
                    inner.append('<text:list text:style-name="LB">' + "".join(
                        f'<text:list-item><text:p text:style-name="PB">{esc(i)}</text:p></text:list-item>' for i in part[1]) + '</text:list>')
            frames.append(f'<draw:frame draw:style-name="{style}" svg:x="{x}cm" svg:y="{y}cm" svg:width="{w}cm" svg:height="{h}cm">'
                          f'<draw:text-box>{"".join(inner)}</draw:text-box></draw:frame>')
        pages.append(f'<draw:page draw:name="dia{n + 1}" draw:master-page-name="Leeg">{"".join(frames)}</draw:page>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.presentation">{FONTS}{"".join(auto)}{master}'
            f'<office:body><office:presentation>{"".join(pages)}</office:presentation></office:body></office:document>')


def slides_truth(slides, name):
    blocks, statements = [], []
    for title, boxes in slides:
        blocks.append({"kind": "heading", "text": title})
        # reading order: boxes left to right by column, top to bottom inside a column
        for x, y, w, h, kind, content in sorted(boxes, key=lambda b: (b[0], b[1])):
            for part in content:
                if part[0] == "sub":
                    blocks.append({"kind": "heading", "text": part[1]})
                elif part[0] == "p":
                    blocks.append({"kind": "paragraph", "text": part[1]})
                    statements.extend([s] for s in split_sentences(part[1]))
                elif part[0] == "ul":
                    for i in part[1]:
                        blocks.append({"kind": "list_item", "text": i})
                        statements.append([i])
    return {"fixture": name, "producer": "LibreOffice Impress", "layoutClass": "slides", "running": [],
            "blocks": blocks, "statements": statements}


# ---------------------------------------------------------------- Chromium (HTML + CSS)

def html_doc(doc, css, body_class=""):
    out = []

    def items(entries, tag):
        out.append(f"<{tag}>")
        for entry in entries:
            text, sub = (entry, []) if isinstance(entry, str) else entry
            if tag == "ol":
                text = re.sub(r"^\d+\.\s*", "", text)
            out.append(f"<li>{esc(text)}")
            if sub:
                items(sub, tag)
            out.append("</li>")
        out.append(f"</{tag}>")

    section_open = False
    for el in doc:
        kind = el[0]
        if kind == "h":
            if "title-column" in body_class:
                if section_open:
                    out.append("</div></section>")
                out.append(f'<section><h2>{esc(el[1])}</h2><div class="text">')
                section_open = True
            else:
                out.append(f"<h2>{esc(el[1])}</h2>")
        elif kind == "p":
            out.append(f"<p>{esc(el[1])}</p>")
        elif kind == "box":
            out.append(f'<aside class="{"side" if len(el) > 2 and el[2] == "side" else "callout"}">{esc(el[1])}</aside>')
            if len(el) > 3:
                out.append(f"<p>{esc(el[3])}</p>")
        elif kind == "ul":
            items(el[1], "ul")
        elif kind == "ol":
            items(el[1], "ol")
        elif kind == "table":
            out.append("<table><tr>" + "".join(f"<th>{esc(c)}</th>" for c in el[1]) + "</tr>")
            for row in el[2]:
                out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "caption":
            out.append(f'<p class="caption">{esc(el[1])}</p>')
        else:
            raise ValueError(kind)
    if section_open:
        out.append("</div></section>")
    return (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Regioplan Noordwoud</title>'
            f'<style>{css}</style></head><body class="{body_class}">{"".join(out)}</body></html>')


BASE_CSS = ("@page { size: A4; margin: 2cm 2.2cm; } body { font-family: 'Liberation Serif'; font-size: 11pt; "
            "line-height: 1.3; margin: 0; } h1, h2 { font-family: 'Liberation Sans'; } h2 { font-size: 15pt; "
            "margin: 0.8em 0 0.3em; } p { margin: 0 0 0.6em; } li { margin-bottom: 0.2em; } "
            "table { border-collapse: collapse; width: 100%; font-size: 10pt; } td, th { border: 0.5pt solid #000; padding: 3pt; text-align: left; vertical-align: top; } "
            ".caption { font-size: 9pt; font-style: italic; }")


# ---------------------------------------------------------------- the fixtures

def prose(pool, sections, per_section=(3, 4)):
    doc = []
    for s in range(sections):
        doc.append(("h", HEADINGS[(pool.i // 3 + s) % len(HEADINGS)]))
        for n in per_section:
            doc.append(("p", " ".join(pool.take(n))))
    return doc


def fixtures():
    lo, chrome = [], []
    # one column, line spacing
    for k, (lh, cls) in enumerate([("100%", "spacing-1.0"), ("115%", "spacing-1.15"), ("150%", "spacing-1.5"), ("200%", "spacing-2.0")]):
        doc = prose(Pool(k * 7), 2, (3, 4, 2))
        lo.append((f"writer-{cls}", cls, doc, dict(line_height=lh, space_after="0cm" if k % 2 else "0.21cm")))
    doc = prose(Pool(5), 2, (2, 3, 2, 3))
    lo.append(("writer-space-before-after", "space-before-after", doc, dict(space_before="0.3cm", space_after="0.5cm")))
    doc = prose(Pool(11), 2, (4, 3))
    lo.append(("writer-justified", "justified", doc, dict(align="justify", line_height="115%")))
    doc = prose(Pool(17), 4, (3, 4, 3))
    lo.append(("writer-two-columns", "two-columns", doc, dict(columns=2, align="justify")))

    p = Pool(23)
    doc = [("h", "Wat we gaan doen"), ("p", " ".join(p.take(2))),
           ("ul", p.take(4) + SHORT_ITEMS[:3]), ("p", " ".join(p.take(2)))]
    lo.append(("writer-bullets-hanging", "bullets-hanging", doc, dict(hanging=True)))
    p = Pool(29)
    doc = [("h", "Onze afspraken"), ("p", " ".join(p.take(2))),
           ("ul", p.take(4) + SHORT_ITEMS[3:]), ("p", " ".join(p.take(2)))]
    lo.append(("writer-bullets-flush", "bullets-flush", doc, dict(hanging=False)))
    p = Pool(33)
    doc = [("h", "De vijf opgaven"), ("p", " ".join(p.take(2))), ("ol", numbered(p.take(5))),
           ("h", "Korte termijn"), ("ol", numbered(SHORT_ITEMS[:4])), ("p", " ".join(p.take(2)))]
    lo.append(("writer-numbered", "numbered", doc, {}))
    p = Pool(38)
    doc = [("h", "Uitwerking per thema"), ("p", " ".join(p.take(2))),
           ("ul", [(p.take(1)[0], p.take(2)), SHORT_ITEMS[0], (p.take(1)[0], [SHORT_ITEMS[1], SHORT_ITEMS[2]])]),
           ("p", " ".join(p.take(2)))]
    lo.append(("writer-nested-lists", "nested-lists", doc, {}))
    p = Pool(41)
    doc = [("h", "Doelen en indicatoren"), ("p", " ".join(p.take(2))),
           ("table", ["Doel", "Indicator", "Streefwaarde", "Jaar"], [list(g) for g in GOALS]),
           ("caption", "Tabel 1. Doelen van het regioplan met indicator, streefwaarde en jaar."),
           ("p", " ".join(p.take(3)))]
    lo.append(("writer-goals-table", "table", doc, {}))
    p = Pool(44)
    notes = [(1, "Bron: Gezondheidsmonitor Volwassenen en Ouderen, GGD Noordwoud, 2024."),
             (2, "Het bedrag is exclusief de bijdrage van de zorgverzekeraar.")]
    doc = [("h", "Uitgangssituatie"), ("note", " ".join(p.take(3)), notes[0][1], 1), ("p", " ".join(p.take(3))),
           ("note", " ".join(p.take(2)), notes[1][1], 2), ("p", " ".join(p.take(2))), ("footnotes", notes)]
    lo.append(("writer-footnotes", "footnotes", doc, {}))
    doc = prose(Pool(3), 6, (4, 4, 3))
    lo.append(("writer-running-headers", "headers-footers", doc, dict(header=True, line_height="115%")))
    p = Pool(9)
    doc = [("h", "Samen aan de slag"), ("p", " ".join(p.take(3))), ("box", " ".join(p.take(2))),
           ("p", " ".join(p.take(3))), ("h", "Wat inwoners merken"), ("p", " ".join(p.take(4))),
           ("box", "Een vast aanspreekpunt voor mantelzorgers in elke kern.", "side", " ".join(p.take(5)))]
    lo.append(("writer-text-boxes", "text-boxes", doc, {}))

    # Chromium
    doc = [("h", "Samenvatting")] + prose(Pool(13), 4, (3, 3, 2))[1:]
    chrome.append(("chromium-css-columns", "two-columns", doc,
                   BASE_CSS + " body { column-count: 2; column-gap: 1cm; text-align: justify; }", ""))
    doc = prose(Pool(21), 4, (3, 2))
    chrome.append(("chromium-title-column", "title-column", doc,
                   BASE_CSS + " section { display: grid; grid-template-columns: 4.5cm 1fr; column-gap: 0.8cm; margin-bottom: 0.6em; }"
                   " section h2 { margin: 0; font-size: 13pt; color: #1f4e79; }", "title-column"))
    p = Pool(27)
    doc = [("h", "Wat we willen bereiken"), ("p", " ".join(p.take(3))), ("box", " ".join(p.take(2))),
           ("p", " ".join(p.take(3))), ("h", "Hoe we dat doen"), ("p", " ".join(p.take(2))),
           ("ul", p.take(3) + SHORT_ITEMS[2:4]), ("p", " ".join(p.take(2)))]
    chrome.append(("chromium-callouts-bullets", "text-boxes", doc,
                   BASE_CSS + " .side { float: right; width: 5.5cm; margin: 0 0 0.5em 0.6cm; border: 1pt solid #1f4e79; padding: 6pt; } .callout { border: 1pt solid #1f4e79; background: #deebf7; padding: 6pt 9pt; margin: 0.6em 0;"
                   " font-family: 'Liberation Sans'; font-size: 12pt; font-weight: bold; }", ""))
    p = Pool(35)
    doc = [("h", "Doelen per thema"), ("p", " ".join(p.take(2))),
           ("table", ["Doel", "Indicator", "Streefwaarde", "Jaar"], [list(g) for g in GOALS]),
           ("p", " ".join(p.take(2))), ("h", "Vervolgstappen"), ("ol", numbered(p.take(4)))]
    chrome.append(("chromium-goals-table", "table", doc, BASE_CSS, ""))

    p = Pool(19)
    slides = [
        ("Regioplan Noordwoud in het kort", [
            (1.2, 3.2, 12.4, 11, "text", [("sub", "Opgaven"), ("ul", p.take(3))]),
            (14.4, 3.2, 12.4, 6, "text", [("sub", "Aanpak"), ("p", " ".join(p.take(2)))]),
            (14.4, 10.2, 12.4, 4, "callout", [("p", SHORT_ITEMS[0])])]),
        ("Doelen voor 2027", [
            (1.2, 3.2, 8, 11, "text", [("ul", SHORT_ITEMS[1:4])]),
            (9.8, 3.2, 8, 11, "text", [("p", " ".join(p.take(2)))]),
            (18.4, 3.2, 8.4, 11, "callout", [("sub", "Let op"), ("p", p.take(1)[0])])]),
        ("Samenwerking in de regio", [
            (1.2, 3.2, 12.4, 11, "text", [("p", " ".join(p.take(3)))]),
            (14.4, 3.2, 12.4, 11, "text", [("ul", p.take(3))])]),
    ]
    return lo, chrome, slides


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def main():
    os.makedirs(OUT, exist_ok=True)
    lo, chrome, slides = fixtures()
    soffice = shutil.which("soffice") or sys.exit("soffice not found: apt-get install libreoffice-writer-nogui libreoffice-impress-nogui")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or sys.exit("chromium not found")
    with tempfile.TemporaryDirectory() as tmp:
        profile = "-env:UserInstallation=file://" + os.path.join(tmp, "lo-profile")
        for name, cls, doc, opts in lo:
            src = os.path.join(tmp, name + ".fodt")
            with open(src, "w", encoding="utf-8") as f:
                f.write(fodt(doc, **opts))
            run([soffice, profile, "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, src])
            shutil.copy(os.path.join(tmp, name + ".pdf"), os.path.join(OUT, name + ".pdf"))
            running = [RUNNING_HEADER, RUNNING_FOOTER] if opts.get("header") else []
            write_truth(truth_of(doc, name, "LibreOffice Writer", cls, running))
        src = os.path.join(tmp, "impress-slides.fodp")
        with open(src, "w", encoding="utf-8") as f:
            f.write(fodp(slides))
        run([soffice, profile, "--headless", "--convert-to", "pdf:impress_pdf_Export", "--outdir", tmp, src])
        shutil.copy(os.path.join(tmp, "impress-slides.pdf"), os.path.join(OUT, "impress-slides.pdf"))
        write_truth(slides_truth(slides, "impress-slides"))
        for name, cls, doc, css, body_class in chrome:
            src = os.path.join(tmp, name + ".html")
            with open(src, "w", encoding="utf-8") as f:
                f.write(html_doc(doc, css, body_class))
            pdf = os.path.join(OUT, name + ".pdf")
            run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                 "--user-data-dir=" + os.path.join(tmp, "chromium"), "--print-to-pdf=" + pdf, "file://" + src])
            write_truth(truth_of(doc, name, "Chromium print-to-PDF", cls))
    names = sorted(f[:-5] for f in os.listdir(OUT) if f.endswith(".json") and f != "corpus-pages.json")
    with open(os.path.join(OUT, "fixtures.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(names) + "\n")
    print("fixtures written to", os.path.normpath(OUT))


def write_truth(truth):
    with open(os.path.join(OUT, truth["fixture"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
