#!/usr/bin/env python3
"""Writes the frus-validate rule cases: tests/validate/cases/RULE.bad.xml and
RULE.good.xml, and tests/validate/expected.tsv (file, line, rule id).

Run it after editing a case here; review the diff of the generated files
before committing.  In a snippet, a line starting with "!id1,id2 " must
produce exactly those findings (and the file no others); the prefix is
removed; "!3:id" expects the finding at line 3 (the header, or 0 for the
document node).  A good case must produce no finding at all.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0">
<teiHeader><fileDesc><titleStmt><title>Test case</title></titleStmt><publicationStmt><p>frus-tools test</p></publicationStmt><sourceDesc><p>frus-tools test</p></sourceDesc></fileDesc></teiHeader>
<text>'''
# A volume: the Office's header (as frus-volume writes it from a full
# metadata file), its lists of persons and terms in the front.
VHEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0" xml:id="frus1961-63v12">
<teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations of the United States, 1961–1963, Volume XII, American Republics</title><title type="series">Foreign Relations of the United States</title><title type="sub-series">1961–1963</title><title type="volume-number">Volume XII</title><title type="volume">American Republics</title><editor role="primary">Edward C. Keefer</editor></titleStmt>
<publicationStmt><publisher>United States Government Printing Office</publisher><pubPlace>Washington</pubPlace><date type="publication-date" when="1996">1996</date><date type="content-date" notBefore="1961-01-01" notAfter="1963-12-31">1961–1963</date><idno type="frus">frus1961-63v12</idno></publicationStmt>
<notesStmt><note>frus-tools test</note></notesStmt><sourceDesc><p>frus-tools test</p></sourceDesc></fileDesc></teiHeader>
<text>'''
VOLUME = '<!-- the head that follows -->'
FRONT = '''<front>
<div type="section" subtype="persons" xml:id="persons"><head>Persons</head>
<list type="names"><item><hi rend="strong"><persName xml:id="p_BGW1">Ball, George W.</persName>,</hi> Under Secretary</item></list>
</div>
<div type="section" subtype="terms" xml:id="terms"><head>Abbreviations and Terms</head>
<list type="terms"><item><hi rend="strong"><term xml:id="t_OAS1">OAS</term>,</hi> Organization of American States</item></list>
</div>
</front>'''
TAIL = '</text>\n</TEI>'

def doc(body, n='425', attrs=None, head=None, dateline=True):
    """A document div in the converter's style around body lines."""
    a = attrs if attrs is not None else f'type="document" subtype="historical-document" n="{n}" xml:id="d{n}"'
    h = head if head is not None else [f'<head>{n}. Memorandum of Conversation<note n="1" xml:id="d{n}fn1" type="source">Source: Department of State, Central Files. Confidential.</note></head>']
    d = ['<dateline><placeName>Washington</placeName>, <date when="1962-08-02" calendar="gregorian">August 2, 1962</date>.</dateline>'] if dateline else []
    return [f'<div {a}>'] + h + d + body + ['</div>']

def single(lines):
    return ['<body>'] + lines + ['</body>']

def volume(lines, front=None, head=None):
    """A volume: its header (VHEAD unless given), front and body."""
    return [VOLUME, head or VHEAD, front or FRONT, '<body>'] + lines + ['</body>']

TAXONOMY = VHEAD.replace('</fileDesc>', '</fileDesc><encodingDesc><classDecl><taxonomy><category xml:id="date_undated"><catDesc>Undated</catDesc></category></taxonomy></classDecl></encodingDesc>')

def dateline(inner, mark=''):
    """A document whose dateline is the given markup."""
    return single(doc([], dateline=False)[:2] + [mark + '<dateline>' + inner + '</dateline>', P, '</div>'])

P = '<p>The President received the Foreign Minister.</p>'
CLOSER = '<closer><signed><persName><hi rend="strong">George W. Ball</hi></persName></signed></closer>'

# name: (bad lines, good lines)
CASES = {
 'rng': (single(doc([P, '!rng <p>He spoke <foreign>sotto voce</foreign> about Peru.</p>'])),
         single(doc([P, '<p>He spoke <hi rend="italic">sotto voce</hi> about Peru.</p>']))),
 'frus-id-unique': (single(doc(['<p xml:id="x1">One.</p>', '!frus-id-unique <p xml:id="x1">Two.</p>'])),
                    single(doc(['<p xml:id="x1">One.</p>', '<p xml:id="x2">Two.</p>']))),
 'frus-id-document': (single(['!frus-id-document ' + doc([P], attrs='type="document" subtype="historical-document" n="425" xml:id="doc425"', head=['<head>425. Memorandum<note n="1" xml:id="doc425fn1" type="source">Source: test.</note></head>'])[0]] + doc([P], attrs='x', head=['<head>425. Memorandum<note n="1" xml:id="doc425fn1" type="source">Source: test.</note></head>'])[1:]),
                      single(doc([P]))),
 'frus-doc-n-integer': (single(['!frus-doc-n-integer ' + doc([P], attrs='type="document" subtype="historical-document" n="[425]" xml:id="d425"')[0]] + doc([P])[1:]),
                        single(doc([P]))),
 'frus-doc-n-consecutive': (['!frus-doc-n-range <body>'] + doc([P], n='425') + ['!frus-doc-n-consecutive ' + doc([P], n='427')[0]] + doc([P], n='427')[1:] + ['</body>'],
                            single(doc([P], n='425') + doc([P], n='426'))),
 'frus-pb-id': (single(doc([P, '!frus-pb-id <pb n="873" xml:id="pg_874"/>', P])),
                single(doc([P, '<pb n="873" xml:id="pg_873"/>', P, '<pb n="[874]" xml:id="pg_874"/>', P, '<pb n="873" xml:id="pg_873_1"/>', P]))),
 'frus-fn-id-prefix': (single(doc(['<p>He would wait until August 8', '!frus-fn-id-prefix <note n="2" xml:id="d42fn2">The Council met August 8.</note> and see.</p>'])),
                       single(doc(['<p>He would wait until August 8', '<note n="2" xml:id="d425fn2">The Council met August 8.</note> and see.</p>']))),
 'frus-fn-id-n': (single(doc(['<p>He would wait until August 8', '!frus-fn-id-n <note n="2" xml:id="d425fn3">The Council met August 8.</note> and see.</p>'])),
                  single(doc(['<p>He would wait until August 8', '<note n="2" xml:id="d425fn2_1">The Council met August 8.</note> and see.</p>']))),
 'frus-note-nested': (single(doc(['!frus-note-nested <p>He would wait<note n="2" xml:id="d425fn2">The Council met', '<note>on August 8</note>.</note> and see.</p>'])),
                      single(doc(['<note type="source" rend="inline">[Source: Department of State', '<note>Lot 66 D 149</note>.]</note>']))),
 'frus-fn-seq': (single(doc(['<p>He would wait<note n="2" xml:id="d425fn2">First.</note> and', '!frus-fn-seq see<note n="4" xml:id="d425fn4">Second.</note>.</p>'])),
                 single(doc(['<p>He would wait<note n="2" xml:id="d425fn2">First.</note> and', 'see<note n="3" xml:id="d425fn3">Second.</note>.</p>']))),
 'frus-source-note': (volume(['!frus-source-note ' + doc([P], head=['<head>425. Memorandum of Conversation</head>'])[0]] + doc([P], head=['<head>425. Memorandum of Conversation</head>'])[1:]),
                      volume(doc([P], head=['<head>425. Memorandum<note n="1" xml:id="d425fn1">', '<p><seg type="summary">Summary: Talks.</seg></p>', '<p><seg type="source">Source: Department of State.</seg></p></note></head>']))),
 'frus-source-note-maybe': (single(['!frus-source-note-maybe ' + doc([P], head=['<head>425. Memorandum of Conversation</head>'])[0]] + doc([P], head=['<head>425. Memorandum of Conversation</head>'])[1:]),
                      single(doc([P], head=['<head>425. Memorandum<note n="1" xml:id="d425fn1">', '<p><seg type="summary">Summary: Talks.</seg></p>', '<p><seg type="source">Source: Department of State.</seg></p></note></head>']))),
 'frus-dateline-date': (single(['!frus-dateline-date ' + doc([P])[0]] + doc([P], dateline=False)[1:]),
                        single(doc([P]))),
 'frus-source-note-text': (volume(['!frus-source-note-text ' + doc([P], head=['<head>425. Memorandum<note n="1" xml:id="d425fn1" type="source">Department of State, Central Files.</note></head>'])[0]] + doc([P], head=['<head>425. Memorandum<note n="1" xml:id="d425fn1" type="source">Department of State, Central Files.</note></head>'])[1:]),
                           volume(['<div type="document" subtype="historical-document" n="425" xml:id="d425">', '<note type="source" rend="inline">611.23/7-2762</note>', '<head>425. Memorandum</head>'] + doc([P])[2:])),
 'frus-source-note-form': (single(['!frus-source-note-form ' + doc([P], head=['<head>425. Memorandum<note n="1" xml:id="d425fn1" type="source">Department of State, Central Files.</note></head>'])[0]] + doc([P], head=['<head>425. Memorandum<note n="1" xml:id="d425fn1" type="source">Department of State, Central Files.</note></head>'])[1:]),
                           single(doc([P], head=['<head>425. Memorandum<note n="1" xml:id="d425fn1" type="source">[Source: Department of State, Central Files.]</note></head>']))),
 'frus-div-id': (single(['!frus-div-id <div type="document" subtype="editorial-note" n="425">'] + doc([P], head=['<head>425. Editorial Note</head>'])[1:]),
                 single(['<div type="document" subtype="editorial-note" n="425" xml:id="d425">'] + doc([P], head=['<head>425. Editorial Note</head>'])[1:])),
 'frus-div-head': (single(['!frus-div-head ' + doc([P])[0]] + doc([P], head=['<head>425. Memorandum<note n="1" xml:id="d425fn1" type="source">Source: test.</note></head>', '<head>Second head</head>'])[1:]),
                   single(doc([P], head=['<head>425. Memorandum<note n="1" xml:id="d425fn1" type="source">Source: test.</note></head>', '<head type="shortened-for-running-head">Memorandum</head>']))),
 'frus-div-head-first': (single(['!frus-div-head-first <div type="document" subtype="editorial-note" n="425" xml:id="d425">', P, '<head>425. Editorial Note</head>', '</div>']),
                         single(['<div type="document" subtype="editorial-note" n="425" xml:id="d425">', '<anchor xml:id="a425"/>', '<head>425. Editorial Note</head>', P, '</div>'])),
 'frus-attachment-div': (single(doc([P, CLOSER, '!frus-attachment-div <frus:attachment><head>[Tab A]</head>', '!rng <div type="section" xml:id="d425at1"><head>Annex</head><p>Text.</p></div>', '</frus:attachment>'])),
                         single(doc([P, CLOSER, '<frus:attachment><head>[Tab A]</head>', '<p>Text.</p>', '</frus:attachment>']))),
 'frus-attachment-head': (single(doc([P, CLOSER, '!frus-attachment-head <frus:attachment><head>Editorial Note</head><p>Text.</p></frus:attachment>'])),
                          single(doc([P, CLOSER, '<frus:attachment><head>Enclosure</head><p>Text.</p></frus:attachment>']))),
 'frus-attachment-last': (single(doc([P, '!frus-attachment-last <frus:attachment><head>[Tab A]</head><p>Text.</p></frus:attachment>', CLOSER])),
                          single(doc([P, CLOSER, '<frus:attachment><head>[Tab A]</head><p>Text.</p></frus:attachment>', '<frus:attachment><head>[Tab B]</head><p>Text.</p></frus:attachment>']))),
 'frus-pb-edge': (single(doc(['<p>', '!frus-pb-edge <pb n="873" xml:id="pg_873"/>The Foreign Minister replied.</p>'])),
                  single(doc([P, '<pb n="873" xml:id="pg_873"/>', P]))),
 'frus-pb-space': (single(doc(['<p>He was', '!frus-pb-space <pb n="873" xml:id="pg_873"/>therefore confident.</p>'])),
                   single(doc(['<p>He was <pb n="873" xml:id="pg_873"/> therefore confi<pb n="874" xml:id="pg_874"/>dent.</p>']))),
 'frus-lb-space': (single(doc(['<p>Dear Sir:', '!frus-lb-space <lb/>I have the honor.</p>'])),
                   single(doc(['<p>Dear Sir:<lb/>I have the honor.</p>']))),
 'frus-ref-target': (single(doc(['!frus-ref-target <p>See <ref target="d426">Document 426</ref>.</p>'])),
                     single(doc(['<p>See <ref target="#d425fn1">footnote 1</ref>, <ref target="frus1969-76v18#d1">Document 1</ref> and <ref target="https://history.state.gov/">the site</ref>.</p>']))),
 'frus-ref-resolve': (volume(doc(['!frus-ref-resolve <p>See <ref target="#d426">Document 426</ref>.</p>'])),
                      volume(doc(['<p>See <ref target="#d426">Document 426</ref>.</p>']) + doc([P], n='426'))),
 'frus-ref-outside': (single(doc(['!frus-ref-outside <p>See <ref target="#d426">Document 426</ref>.</p>'])),
                      single(doc(['<p>See <ref target="#d425fn1">footnote 1</ref>.</p>']))),
 'frus-persname-corresp': (volume(doc(['!frus-persname-corresp <p><persName corresp="#p_RD3">Rusk</persName> called.</p>'])),
                           volume(doc(['<p><persName corresp="#p_BGW1">Ball</persName> and <persName corresp="frus1961-63v12#p_RD3">Rusk</persName> called.</p>']))),
 'frus-gloss-target': (volume(doc(['!frus-gloss-target <p>The <gloss target="#t_APRA1">APRA</gloss> won.</p>'])),
                       volume(doc(['<p>The <gloss target="#t_OAS1">OAS</gloss> met.</p>']))),
 'frus-date-iso': (single(doc(['!frus-date-iso <p>On <date when="1962-8-2">August 2</date> he left.</p>'])),
                   single(doc(['<p>On <date when="--08-02">August 2</date> and <date from="1962-08" to="1962-09Z">in the autumn</date> he left.</p>']))),
 'frus-dateline-when': (dateline('<placeName>Lima</placeName>, <date when="1962-08" calendar="gregorian">August 1962</date>, and <date from="1962-08" to="1962-09-01">later</date>.', '!frus-dateline-when '),
                        dateline('<placeName>Lima</placeName>, <date when="1962-08-02T13:45:00+00:00" calendar="gregorian">August 2, 1962, 1345Z</date>.')),
 'frus-date-zone': (dateline('<placeName>Lima</placeName>, <date when="1962-08-02T13:45:00Z" calendar="gregorian">August 2, 1962, 1345Z</date>.', '!frus-date-zone '),
                    dateline('<placeName>Lima</placeName>, <date when="1962-08-02T13:45:00+00:00" calendar="gregorian">August 2, 1962, 1345Z</date>.')),
 'frus-date-empty': (dateline('<placeName>Lima</placeName>, <date when="1962-08-02" calendar="gregorian"> </date>.', '!frus-date-empty '),
                     dateline('<placeName>Lima</placeName>, <date when="1962-08-02" calendar="gregorian">August 2, 1962</date>.')),
 'frus-date-inferred-ana': (dateline('<placeName>Lima</placeName>, <date notBefore="1962-08-01" notAfter="1962-08-31" calendar="gregorian">undated</date>.', '!frus-date-inferred-ana '),
                            dateline('<placeName>Lima</placeName>, <date notBefore="1962-08-01" notAfter="1962-08-31" ana="#date_undated-inferred-from-document-content" calendar="gregorian">undated</date>.')),
 'frus-dateline-no-date': (dateline('<placeName>Lima</placeName>, undated.', '!frus-dateline-no-date '),
                           single(doc([], dateline=False)[:2] + ['<dateline><placeName>Lima</placeName>, <date when="1962-08-02" calendar="gregorian">August 2, 1962</date>.</dateline>', '<dateline>Received at 4 p.m.</dateline>', P, '</div>'])),
 'frus-attachment-dateline': (single(doc([P, CLOSER, '<frus:attachment><head>[Tab A]</head>', '!frus-attachment-dateline <dateline>Lima, undated.</dateline>', '<p>Text.</p></frus:attachment>'])),
                              single(doc([P, CLOSER, '<frus:attachment><head>[Tab A]</head>', '<dateline>Lima, <date when="1962-08-01">August 1, 1962</date>.</dateline>', '<p>Text.</p></frus:attachment>']))),
 'frus-date-ana': (volume(doc(['!frus-date-ana <p>On <date when="1962-08-02" ana="#date_undated">August 2</date> he left.</p>'])),
                   volume(doc(['<p>On <date when="1962-08-02" ana="#date_undated">August 2</date> he left.</p>']), head=TAXONOMY)),
 'frus-date-type': (single(doc(['!frus-date-type <p>On <date when="1962-08-02" type="meeting">August 2</date> he left.</p>'])),
                    single(doc(['<p>On <date when="1962-08-02" type="conversation-or-meeting-date">August 2</date> he left.</p>']))),
 'frus-date-calendar': (single(doc(['!frus-date-calendar <p>On <date when="1962-08-02" calendar="solar">August 2</date> he left.</p>'])),
                        single(doc(['<p>On <date when="1962-08-02" calendar="julian gregorian">August 2</date> he left.</p>']))),
 'frus-date-pair': (single(doc([], dateline=False)[:2] + ['!frus-date-pair <dateline><placeName>Lima</placeName>, <date from="1962-08-02" calendar="gregorian">August 2, 1962</date>.</dateline>', P, '</div>']),
                    single(doc([], dateline=False)[:2] + ['<dateline><placeName>Lima</placeName>, <date from="1962-08-02" to="1962-08-03" calendar="gregorian">August 2-3, 1962</date>.</dateline>', P, '</div>'])),
 'frus-date-order': (single(doc([], dateline=False)[:2] + ['!frus-date-order <dateline><placeName>Lima</placeName>, <date from="1962-08-03" to="1962-08-02" calendar="gregorian">August 2-3, 1962</date>.</dateline>', P, '</div>']),
                     single(doc([], dateline=False)[:2] + ['<dateline><placeName>Lima</placeName>, <date from="1962-08-02T10:00:00-05:00" to="1962-08-02" calendar="gregorian">August 2, 1962</date>.</dateline>', P, '</div>'])),
 'frus-date-order-inferred': (single(doc([], dateline=False)[:2] + ['!frus-date-order-inferred <dateline><placeName>Lima</placeName>, <date notBefore="1962-09-01" notAfter="1962-08-31" ana="#date_undated-inferred-from-document-content" calendar="gregorian">undated</date>.</dateline>', P, '</div>']),
                              single(doc([], dateline=False)[:2] + ['<dateline><placeName>Lima</placeName>, <date notBefore="1962-08-01" notAfter="1962-08-31" ana="#date_undated-inferred-from-document-content" calendar="gregorian">undated</date>.</dateline>', P, '</div>'])),
 'frus-list-type': (single(doc(['!frus-list-type <list type="bullets"><item>One</item></list>'])),
                    single(doc(['<list type="participants"><head>PARTICIPANTS</head><item>The United States<list><item>The President</item></list></item></list>', '<list><label>1.</label><item>One</item><label>2.</label><item>Two</item></list>']))),
 'frus-table-rows': (single(doc(['!frus-table-rows <table rows="3" cols="2">', '<row role="label"><cell>Item</cell><cell>Total</cell></row>', '<row><cell>Passed</cell><cell role="num">1,322</cell></row>', '</table>'])),
                     single(doc(['<table rows="2" cols="2">', '<row role="label"><cell>Item</cell><cell>Total</cell></row>', '<pb n="873" xml:id="pg_873"/>', '<row><cell>Passed</cell><cell role="num">1,322</cell></row>', '</table>']))),
 'frus-hi-rend': (single(doc(['!frus-hi-rend <p><hi>Background.</hi> Our policies.</p>'])),
                  single(doc(['<p><hi rend="italic">Background.</hi> Our policies.</p>']))),
 'frus-hi-rend-value': (single(doc(['!frus-hi-rend-value <p><hi rend="bold">Background.</hi> Our policies.</p>'])),
                        single(doc(['<p><hi rend="smallcaps">Sir</hi>: Our policies.</p>']))),
 'frus-empty': (single(doc([P, '!frus-empty <p> </p>'])),
                single(doc([P, '<p>[<hi rend="italic">1 line not declassified</hi>]</p>']))),
 'frus-signed-persname': (single(doc([P, '<closer>', '!frus-signed-persname <signed><hi rend="strong">George W. Ball</hi></signed>', '</closer>'])),
                          single(doc([P, CLOSER]))),
 'frus-signed-corresp': (single(doc([P, '<closer>', '!frus-signed-corresp <signed corresp="#p_BGW1"><persName><hi rend="strong">George W. Ball</hi></persName></signed>', '</closer>'])),
                         single(doc([P, '<closer><signed><persName corresp="#p_BGW1"><hi rend="strong">George W. Ball</hi></persName></signed></closer>']))),
 'frus-signed-affiliation': (single(doc([P, '<closer>', '!frus-signed-affiliation <signed><persName><hi rend="strong">George W. Ball</hi></persName>, <affiliation>Under Secretary</affiliation></signed>', '</closer>'])),
                             single(doc([P, '<closer><signed><persName><hi rend="strong">George W. Ball</hi></persName><lb/><hi rend="italic">Under Secretary</hi></signed></closer>']))),
 'frus-signed-strong': (single(doc([P, '<closer>', '!frus-signed-strong <signed><hi rend="strong"><persName>George W. Ball</persName></hi></signed>', '</closer>'])),
                        single(doc([P, '<closer><signed><persName corresp="#p_BGW1"><hi rend="strong">George W. Ball</hi></persName></signed></closer>']) + doc([P, '<closer><signed><persName><hi rend="italic">[name not declassified]</hi></persName></signed></closer>'], n='426'))),
 'frus-signed-text-before': (single(doc([P, '<closer>', '!frus-signed-text-before <signed>Signed: <persName><hi rend="strong">George W. Ball</hi></persName></signed>', '</closer>'])),
                             single(doc([P, CLOSER]))),
 'frus-signed-multiple': (single(doc([P, '<closer>', '!frus-signed-multiple <signed><persName><hi rend="strong">Rusk</hi></persName>, <persName><hi rend="strong">McNamara</hi></persName></signed>', '</closer>'])),
                          single(doc([P, '<closer><signed><list><item><persName><hi rend="strong">Rusk</hi></persName></item><item><persName><hi rend="strong">McNamara</hi></persName></item></list></signed></closer>']) + doc([P, '<closer><signed><persName><hi rend="strong">Dean Rusk</hi></persName><note n="2" xml:id="d426fn2">Printed from a copy that bears <persName>Rusk</persName>\'s typed signature.</note></signed></closer>'], n='426'))),
 'frus-closer-signed': (single(doc([P, '!frus-closer-signed <closer>', '<signed><persName><hi rend="strong">Rusk</hi></persName></signed>', '<signed><persName><hi rend="strong">McNamara</hi></persName></signed>', '</closer>'])),
                        single(doc([P, CLOSER]))),
 'frus-closer-consecutive': (single(doc([P, '!frus-closer-consecutive ' + CLOSER, CLOSER])),
                             single(doc([P, CLOSER]))),
 # The document node and the volume's header (VHEAD: lines 3-5)
 'frus-root-pi': ([VOLUME, HEAD.replace('<TEI', '<?xml-model href="frus.rng"?>\n<TEI'), '!0:frus-root-pi <body>'] + doc([P]) + ['</body>'],
                  single(doc([P]))),
 'frus-volume-id': (volume(['!0:frus-volume-id ' + doc([P])[0]] + doc([P])[1:], head=VHEAD.replace(' xml:id="frus1961-63v12"', '')),
                    volume(doc([P]))),
 'frus-header-filedesc': (volume(['!3:frus-header-filedesc ' + doc([P])[0]] + doc([P])[1:], head=VHEAD.replace('<notesStmt><note>frus-tools test</note></notesStmt>', '')),
                          volume(doc([P]))),
 'frus-header-title': (volume(['!3:frus-header-title ' + doc([P])[0]] + doc([P])[1:], head=VHEAD.replace('<title type="volume">', '<title type="subtitle">Peru</title><title type="volume">')),
                       volume(doc([P]))),
 'frus-header-titles': (volume(['!3:frus-header-titles ' + doc([P])[0]] + doc([P])[1:], head=VHEAD.replace('<title type="series">Foreign Relations of the United States</title>', '')),
                        volume(doc([P]))),
 'frus-header-publication': (volume(['!4:frus-header-publication ' + doc([P])[0]] + doc([P])[1:], head=VHEAD.replace('<pubPlace>Washington</pubPlace>', '')),
                             volume(doc([P]))),
 'frus-editor': (volume(['!3:frus-editor ' + doc([P])[0]] + doc([P])[1:], head=VHEAD.replace('role="primary"', 'role="author"')),
                 volume(doc([P]), head=VHEAD.replace('</editor>', '</editor><editor role="general">Glenn W. LaFantasie</editor>'))),
 'frus-editor-empty': (volume(['!3:frus-editor-empty ' + doc([P])[0]] + doc([P])[1:], head=VHEAD.replace('<editor role="primary">Edward C. Keefer</editor>', '<editor role="primary"/>')),
                       volume(doc([P]))),
 # Numbering and divisions
 'frus-doc-n-range': (['!frus-doc-n-range <body>'] + doc([P, '<div type="section" n="426" xml:id="d425s1"><head>Annex</head>', P, '</div>']) + doc([P], n='427') + ['</body>'],
                      single(doc([P, '<div type="section" xml:id="d425s1"><head>Annex</head>', P, '</div>']) + doc([P], n='426'))),
 'frus-chapter-documents': (single(['!frus-chapter-documents <div type="chapter" xml:id="ch1"><head>Peru</head>', P, '</div>']),
                            single(['<div type="chapter" xml:id="ch1"><head>Peru</head>'] + doc([P]) + ['</div>'])),
 'frus-document-sibling': (single(['<div type="chapter" xml:id="ch1"><head>Peru</head>'] + doc([P]) + ['</div>', '!frus-document-sibling ' + doc([P], n='426')[0]] + doc([P], n='426')[1:]),
                           single(['<div type="chapter" xml:id="ch1"><head>Peru</head>'] + doc([P]) + ['</div>', '<div type="chapter" xml:id="ch2"><head>Chile</head>'] + doc([P], n='426') + ['</div>'])),
 # Pointers
 'frus-ref-page-range': (single(doc(['<p>The talks <pb n="873" xml:id="pg_873"/> went on <pb n="874" xml:id="pg_874"/> for days <pb n="ix" xml:id="pg_ix"/> and <pb n="xii" xml:id="pg_xii"/> nights.</p>', '!frus-ref-page-range <p>See pages <ref target="#pg_874">874</ref>–<ref target="#pg_873">873</ref>.</p>', '!frus-ref-page-range <p>See pages <ref target="#pg_xii">xii</ref>–<ref target="#pg_ix">ix</ref>.</p>'])),
                         single(doc(['<p>The talks <pb n="873" xml:id="pg_873"/> went on <pb n="874" xml:id="pg_874"/> for days <pb n="ix" xml:id="pg_ix"/> and <pb n="xii" xml:id="pg_xii"/> nights.</p>', '<p>See pages <ref target="#pg_873">873</ref>–<ref target="#pg_874">874</ref> and <ref target="#pg_ix">ix</ref>–<ref target="#pg_xii">xii</ref>.</p>']))),
 'frus-ref-page-n': (single(doc(['<p>The talks <pb n="873" xml:id="pg_873"/> went on.</p>', '!frus-ref-page-n <p>See page <ref target="#pg_873">873</ref><hi rend="italic">n</hi>.</p>'])),
                     single(doc(['<p>The talks <pb n="873" xml:id="pg_873"/> went on.</p>', '<p>See page <ref target="#pg_873">873<hi rend="italic">n</hi></ref>.</p>']))),
 'frus-persname-corresp-form': (single(doc(['!frus-persname-corresp-form <p><persName corresp="p_RD3">Rusk</persName> called.</p>'])),
                                single(doc(['<p><persName corresp="#p_RD3">Rusk</persName> and <persName corresp="frus1961-63v12#p_BGW1">Ball</persName> called.</p>']))),
 'frus-rendition': (single(doc(['!frus-rendition <p rendition="right">Secret</p>'])),
                    single(doc(['<p rendition="#right #top">Secret</p>']))),
 # Footnotes
 'frus-fn-space': (single(doc(['<p><hi rend="italic">Background.</hi>', '!frus-fn-space <note n="2" xml:id="d425fn2">First.</note> Our policies.</p>'])),
                   single(doc(['<p>Background. <note n="2" xml:id="d425fn2">First.</note> <note n="3" xml:id="d425fn3">Second.</note> Our policies.</p>']))),
 'frus-fn-adjacent': (single(doc(['!frus-fn-adjacent <p>Background.<note n="2" xml:id="d425fn2">First.</note><note n="3" xml:id="d425fn3">Second.</note> Our policies.</p>'])),
                      single(doc(['<p>Background.<note n="2" xml:id="d425fn2">First.</note> <note n="3" xml:id="d425fn3">Second.</note> Our policies.</p>']))),
 # Heads outside divisions
 'frus-head-empty': (single(doc(['<list type="simple">', '!frus-head-empty <head> </head><item>One</item></list>'])),
                     single(doc(['<list type="simple"><head>Items</head><item>One</item></list>']))),
 'frus-head-second': (single(doc([P, CLOSER, '<frus:attachment><head>[Tab A]</head>', '!frus-head-second <head>Enclosure</head>', '<p>Text.</p></frus:attachment>'])),
                      single(doc([P, CLOSER, '<frus:attachment><head>[Tab A]</head>', '<p>Text.</p></frus:attachment>']))),
 # Signatures
 'frus-signed-after': (single(doc([P, '<closer>', '!frus-signed-after <signed><persName><hi rend="strong">George W. Ball</hi></persName> Under Secretary</signed>', '</closer>'])),
                       single(doc([P, '<closer><signed><persName><hi rend="strong">George W. Ball</hi></persName><lb/><hi rend="italic">Under Secretary</hi></signed></closer>']))),
 'frus-signed-lb': (single(doc([P, '<closer>', '!frus-signed-lb <signed><persName><hi rend="strong">George W. Ball</hi></persName>, <hi rend="italic">Under Secretary</hi></signed>', '</closer>'])),
                    single(doc([P, '<closer><signed><persName><hi rend="strong">George W. Ball</hi></persName>,<lb/><hi rend="italic">Under Secretary</hi></signed></closer>']))),
 # Lists and the volume's lists of persons and terms
 'frus-list-table': (single(doc(['!frus-list-table <list type="simple"><item>Totals:', '<table><row><cell>1,322</cell></row></table></item></list>'])),
                     single(doc(['<list type="simple"><item>Totals: 1,322</item></list>', '<table><row><cell>1,322</cell></row></table>']))),
 'frus-entry-strong': (volume(doc([P]), front=FRONT.replace('<item><hi rend="strong"><persName xml:id="p_BGW1">Ball, George W.</persName>,</hi>', '\n!frus-entry-strong <item><persName xml:id="p_BGW1">Ball, George W.</persName>,')),
                       volume(doc([P]))),
 'frus-entry-comma': (volume(doc([P]), front=FRONT.replace('<item><hi rend="strong"><term xml:id="t_OAS1">OAS</term>,</hi>', '\n!frus-entry-comma <item><hi rend="strong"><term xml:id="t_OAS1">OAS,</term></hi>')),
                      volume(doc([P]))),
 'frus-terms-div': (volume(doc([P]), front=FRONT.replace('<div type="section" subtype="terms" xml:id="terms">', '!frus-terms-div <div type="section" subtype="terms" xml:id="abbreviations">')),
                    volume(doc([P]))),
 'frus-persons-div': (volume(doc([P]), front=FRONT.replace('<div type="section" subtype="persons" xml:id="persons">', '!frus-persons-div <div type="section" subtype="persons" xml:id="people">')),
                      volume(doc([P]))),
 # Quotation marks and punctuation (the Office's character checks)
 'frus-quote-open-space': (single(doc(['!frus-quote-open-space <p>He said “ yes”.</p>'])),
                           single(doc(['<p>He said “yes”.</p>']))),
 'frus-quote-close-space': (single(doc(['!frus-quote-close-space <p>He said “yes ”, and left.</p>'])),
                            single(doc(['<p>He said “yes”, and left 5 ”3 times.</p>']))),
 'frus-quote-mixed': (single(doc(['!frus-quote-mixed <p>He said “yes” and \'no\'.</p>'])),
                      single(doc(['<p>He said “yes” to a 5\' board.</p>']))),
 'frus-quote-straight': (single(doc(['!frus-quote-straight <p>He said "yes".</p>'])),
                         single(doc(['<p>A 5\' board and a 6" pipe.</p>']))),
 'frus-quote-pair': (single(doc(['!frus-quote-pair <p>He said “yes”“no” and left.</p>'])),
                     single(doc(['<p>He said “yes” “no” and left.</p>']))),
 'frus-punct-space': (single(doc(['!frus-punct-space <p>He left , and came back.</p>'])),
                      single(doc(['<p>He left . . . and came back . . . .</p>']))),
 'frus-quote-open-end': (single(doc(['!frus-quote-open-end <p>He said “</p>'])),
                         single(doc(['<p>He said “yes.”</p>', '<table><row><cell>“</cell></row></table>']))),
 'frus-quote-close-start': (single(doc(['!frus-quote-close-start <p>”Yes,” he said.</p>'])),
                            single(doc(['<p>’62 was a good year.</p>', '<p>“Yes,” he said.</p>']))),
}

def render(lines):
    text, expect = [], []
    head = HEAD
    if lines and lines[0] == VOLUME:
        head, lines = lines[1], lines[2:]
    for ln in head.split('\n') + lines + TAIL.split('\n'):
        for sub in ln.split('\n'):
            if sub.startswith('!'):
                ids, sub = sub[1:].split(' ', 1)
                for i in ids.split(','):
                    line, _, rid = i.rpartition(':')
                    expect.append((int(line) if line else len(text) + 1, rid))
            text.append(sub)
    return '\n'.join(text) + '\n', expect

def main():
    out = os.path.join(HERE, 'cases')
    os.makedirs(out, exist_ok=True)
    rows = []
    for name, (bad, good) in sorted(CASES.items()):
        for kind, lines in (('bad', bad), ('good', good)):
            text, expect = render(lines)
            fn = f'{name}.{kind}.xml'
            with open(os.path.join(out, fn), 'w') as f:
                f.write(text)
            if kind == 'bad' and not expect:
                raise SystemExit(f'{name}: the bad case expects nothing')
            if kind == 'good' and expect:
                raise SystemExit(f'{name}: the good case expects findings')
            for line, rule in expect:
                rows.append(f'{fn}\t{line}\t{rule}')
    with open(os.path.join(HERE, 'expected.tsv'), 'w') as f:
        f.write('# file\tline\trule id   (generated by gen.py; good cases expect nothing)\n')
        f.write('\n'.join(rows) + '\n')

main()
