<?xml version="1.0" encoding="UTF-8"?>
<!-- common.xsl — parameters, keys and the helpers every part of the e-book uses. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns:in="urn:x-frus-epub:input"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="tei frus in exsl">

  <!-- Set by frus-epub (all optional). -->
  <xsl:param name="title-param" select="''"/>
  <xsl:param name="modified-param" select="''"/>  <!-- CCYY-MM-DDThh:mm:ssZ -->
  <xsl:param name="uuid" select="''"/>            <!-- urn:uuid:… derived from the input bytes -->
  <xsl:param name="cover-href" select="''"/>      <!-- e.g. cover.png, relative to OEBPS/ -->
  <xsl:param name="cover-type" select="''"/>
  <xsl:param name="custom-css" select="''"/>      <!-- '1': the book has the user's style sheet (no conformance claim) -->
  <xsl:param name="default-modified" select="'2000-01-01T00:00:00Z'"/>

  <xsl:key name="id" match="*[@xml:id]" use="@xml:id"/>
  <!-- Units (one XHTML file each): the titlePage, every division of the division tree, and a
       front/body/back without divisions.  Two kinds of division make no file of their own:
       the printed table of contents of a volume (div type="toc" in front: the navigation
       document is the book's contents; only its page breaks are kept), and a "hollow"
       division, one with nothing but a heading before its first subdivision (a part, a
       chapter of documents): it opens the file of its first subdivision, so that no file
       holds only a heading. -->
  <xsl:key name="unit" use="generate-id()" match="
      tei:TEI/tei:text/tei:front/tei:titlePage
    | tei:TEI/tei:text/*/tei:div[not(parent::tei:front and @type = 'toc')][not(tei:div) or
        *[not(self::tei:div or self::tei:head)][not(preceding-sibling::tei:div)]
         [normalize-space() or descendant-or-self::tei:graphic or descendant-or-self::tei:table]]
    | tei:div[parent::tei:div][not(ancestor::tei:floatingText)][not(tei:div) or
        *[not(self::tei:div or self::tei:head)][not(preceding-sibling::tei:div)]
         [normalize-space() or descendant-or-self::tei:graphic or descendant-or-self::tei:table]]
    | tei:TEI/tei:text/*[self::tei:front or self::tei:body or self::tei:back][* and not(tei:div or tei:titlePage)]"/>
  <xsl:key name="hollow" use="generate-id()" match="
      tei:TEI/tei:text/*/tei:div[not(parent::tei:front and @type = 'toc')][tei:div][not(
        *[not(self::tei:div or self::tei:head)][not(preceding-sibling::tei:div)]
         [normalize-space() or descendant-or-self::tei:graphic or descendant-or-self::tei:table])]
    | tei:div[parent::tei:div][not(ancestor::tei:floatingText)][tei:div][not(
        *[not(self::tei:div or self::tei:head)][not(preceding-sibling::tei:div)]
         [normalize-space() or descendant-or-self::tei:graphic or descendant-or-self::tei:table])]"/>
  <!-- Sections (what the table of contents lists and what splits a parent's blocks) are
       units and hollow divisions: among the children of a unit-level element, the titlePage
       and every div but the printed contents.  The tests of that are written out where they
       are needed (a key lookup per sibling costs more than the whole book otherwise). -->

  <xsl:variable name="inputs" select="/in:book/in:input/tei:TEI"/>
  <xsl:variable name="tei1" select="$inputs[1]"/>
  <xsl:variable name="units" select="$inputs/tei:text/*[self::tei:front or self::tei:body or self::tei:back]
      /descendant-or-self::*[self::tei:div or self::tei:titlePage or self::tei:front or self::tei:body or self::tei:back]
      [key('unit', generate-id())]"/>
  <xsl:variable name="pbs" select="$inputs/tei:text//tei:pb"/>
  <xsl:variable name="hollows" select="$inputs/tei:text//tei:div[key('hollow', generate-id())]"/>
  <!-- The title page, when the book starts with one (the navigation document follows it). -->
  <xsl:variable name="titlepage" select="$units[1][self::tei:titlePage]"/>

  <xsl:variable name="lang">
    <xsl:variable name="l" select="($tei1/@xml:lang | $tei1/tei:text/@xml:lang)[1]"/>
    <xsl:choose>
      <xsl:when test="$l"><xsl:value-of select="$l"/></xsl:when>
      <xsl:otherwise>en</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The title of one input: the complete title, else the first. -->
  <xsl:template name="input-title">
    <xsl:param name="tei" select="."/>
    <xsl:variable name="ts" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:variable name="t" select="($ts/tei:title[@type='complete'] | $ts/tei:title[not(../tei:title[@type='complete'])][1])[1]"/>
    <xsl:choose>
      <xsl:when test="normalize-space($t)"><xsl:value-of select="normalize-space($t)"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="h"><xsl:apply-templates select="($tei/tei:text//tei:head)[1]" mode="plain"/></xsl:variable>
        <xsl:choose>
          <xsl:when test="normalize-space($h)"><xsl:value-of select="normalize-space($h)"/></xsl:when>
          <xsl:otherwise>Untitled</xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The number of an input that is one FRUS document ('' when it is not, or unnumbered). -->
  <xsl:template name="doc-number">
    <xsl:param name="tei" select="."/>
    <xsl:variable name="d" select="$tei/tei:text/tei:body//tei:div[@type = 'document']"/>
    <xsl:if test="count($d) = 1 and string(number($d/@n)) != 'NaN'"><xsl:value-of select="normalize-space($d/@n)"/></xsl:if>
  </xsl:template>

  <xsl:variable name="docnums-rtf">
    <xsl:for-each select="$inputs">
      <n xmlns=""><xsl:call-template name="doc-number"/></n>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="docnums" select="exsl:node-set($docnums-rtf)/n"/>

  <!-- The book's title: the option; one input's own title; for FRUS documents "Foreign
       Relations of the United States: Documents 421–425" (numbers in ascending order) or
       ": 5 Documents"; else the first two titles, or the first and how many more. -->
  <xsl:variable name="title">
    <xsl:variable name="frus-docs" select="count($inputs[tei:text/tei:body//tei:div[@type = 'document']]) = count($inputs)"/>
    <xsl:choose>
      <xsl:when test="normalize-space($title-param)"><xsl:value-of select="normalize-space($title-param)"/></xsl:when>
      <xsl:when test="count($inputs) = 1">
        <xsl:call-template name="input-title"><xsl:with-param name="tei" select="$tei1"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$frus-docs">
        <xsl:text>Foreign Relations of the United States: </xsl:text>
        <xsl:choose>
          <xsl:when test="not($docnums[. = '']) and not($docnums[preceding-sibling::n[1] &gt;= .])">
            <xsl:choose>
              <xsl:when test="count($docnums) = 2">Documents <xsl:value-of select="$docnums[1]"/> and <xsl:value-of select="$docnums[2]"/></xsl:when>
              <xsl:otherwise>Documents <xsl:value-of select="$docnums[1]"/>–<xsl:value-of select="$docnums[last()]"/></xsl:otherwise>
            </xsl:choose>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="count($inputs)"/> Documents</xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="input-title"><xsl:with-param name="tei" select="$tei1"/></xsl:call-template>
        <xsl:choose>
          <xsl:when test="count($inputs) = 2">
            <xsl:text>; </xsl:text>
            <xsl:call-template name="input-title"><xsl:with-param name="tei" select="$inputs[2]"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise> and <xsl:value-of select="count($inputs) - 1"/> more</xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The id of one input: its FRUS idno, else its root xml:id. -->
  <xsl:template name="input-id">
    <xsl:param name="tei" select="."/>
    <xsl:variable name="idno" select="normalize-space($tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type='frus'])"/>
    <xsl:choose>
      <xsl:when test="$idno != ''"><xsl:value-of select="$idno"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$tei/@xml:id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Is id a FRUS id (frus1961-63v12, frus-history, frus1961-63v12-d425)? -->
  <xsl:template name="is-frus-id">
    <xsl:param name="id"/>
    <xsl:if test="starts-with($id, 'frus') and string-length($id) &gt; 4 and
                  translate($id, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.', '') = ''">1</xsl:if>
  </xsl:template>

  <!-- The part after the last "-d" of s when it is a document number ("425", "12a"), else ''. -->
  <xsl:template name="doc-part">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains(substring-after($s, '-d'), '-d')">
        <xsl:call-template name="doc-part"><xsl:with-param name="s" select="substring-after($s, '-d')"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="contains($s, '-d') and translate(substring(substring-after($s, '-d'), 1, 1), '0123456789', '') = ''
                      and translate(substring-after($s, '-d'), '0123456789abcdefghijklmnopqrstuvwxyz', '') = ''">
        <xsl:value-of select="substring-after($s, '-d')"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The history.state.gov address of a FRUS id: the volume, or a document in it. -->
  <xsl:template name="frus-url">
    <xsl:param name="id"/>
    <xsl:variable name="d"><xsl:call-template name="doc-part"><xsl:with-param name="s" select="$id"/></xsl:call-template></xsl:variable>
    <xsl:text>https://history.state.gov/historicaldocuments/</xsl:text>
    <xsl:choose>
      <xsl:when test="$d != ''"><xsl:value-of select="concat(substring($id, 1, string-length($id) - string-length($d) - 2), '/d', $d)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The volume a FRUS id belongs to (the id itself for a volume). -->
  <xsl:template name="frus-volume-of">
    <xsl:param name="id"/>
    <xsl:variable name="d"><xsl:call-template name="doc-part"><xsl:with-param name="s" select="$id"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$d != ''"><xsl:value-of select="substring($id, 1, string-length($id) - string-length($d) - 2)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- dc:identifier, a URI: for one input with a FRUS id, its address on history.state.gov;
       otherwise the urn:uuid frus-epub derives from the input bytes. -->
  <xsl:variable name="identifier">
    <xsl:variable name="id"><xsl:call-template name="input-id"><xsl:with-param name="tei" select="$tei1"/></xsl:call-template></xsl:variable>
    <xsl:variable name="frus"><xsl:call-template name="is-frus-id"><xsl:with-param name="id" select="$id"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="count($inputs) = 1 and $frus = '1'">
        <xsl:call-template name="frus-url"><xsl:with-param name="id" select="$id"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$uuid"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- A W3CDTF date with the precision given (YYYY, YYYY-MM, YYYY-MM-DD; a dateTime gives its
       day); '' when d is not a date. -->
  <xsl:template name="w3c-date">
    <xsl:param name="d"/>
    <xsl:variable name="digits" select="translate($d, '0123456789', '9999999999')"/>
    <xsl:choose>
      <xsl:when test="$digits = '9999' or $digits = '9999-99' or $digits = '9999-99-99'"><xsl:value-of select="$d"/></xsl:when>
      <xsl:when test="string-length($d) &gt;= 19 and substring($digits, 1, 11) = '9999-99-99T'"><xsl:value-of select="substring($d, 1, 10)"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- dcterms:modified: the option, else the first input's publication or revision date, else a
       fixed default (never the clock: the same input gives the same book). -->
  <xsl:variable name="modified">
    <xsl:variable name="h" select="$tei1/tei:teiHeader"/>
    <xsl:variable name="cand" select="($h/tei:fileDesc/tei:publicationStmt/tei:date[@type='publication-date'] |
        $h/tei:fileDesc/tei:publicationStmt/tei:date[not(../tei:date[@type='publication-date'])])[1]"/>
    <xsl:variable name="d">
      <xsl:call-template name="iso-datetime">
        <xsl:with-param name="d" select="normalize-space(($cand/@when | $cand[not(@when)])[1])"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="r">
      <xsl:call-template name="iso-datetime">
        <xsl:with-param name="d" select="normalize-space($h/tei:revisionDesc/tei:change[@when][1]/@when)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$modified-param != ''"><xsl:value-of select="$modified-param"/></xsl:when>
      <xsl:when test="$d != ''"><xsl:value-of select="$d"/></xsl:when>
      <xsl:when test="$r != ''"><xsl:value-of select="$r"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$default-modified"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- YYYY, YYYY-MM, YYYY-MM-DD or a dateTime to CCYY-MM-DDThh:mm:ssZ; '' when not a date. -->
  <xsl:template name="iso-datetime">
    <xsl:param name="d"/>
    <xsl:variable name="digits" select="translate(substring($d, 1, 10), '0123456789', '9999999999')"/>
    <xsl:choose>
      <xsl:when test="string-length($d) &gt;= 19 and $digits = '9999-99-99' and substring($d, 11, 1) = 'T'
                      and translate(substring($d, 12, 8), '0123456789', '9999999999') = '99:99:99'">
        <xsl:value-of select="concat(substring($d, 1, 19), 'Z')"/>
      </xsl:when>
      <xsl:when test="string-length($d) = 10 and $digits = '9999-99-99'"><xsl:value-of select="concat($d, 'T00:00:00Z')"/></xsl:when>
      <xsl:when test="string-length($d) = 7 and $digits = '9999-99'"><xsl:value-of select="concat($d, '-01T00:00:00Z')"/></xsl:when>
      <xsl:when test="string-length($d) = 4 and $digits = '9999'"><xsl:value-of select="concat($d, '-01-01T00:00:00Z')"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The unit (file) holding node e, by the rule in epub.xsl.  Returns the unit's id. -->
  <xsl:template name="file-of">
    <xsl:param name="e" select="."/>
    <xsl:choose>
      <xsl:when test="key('unit', generate-id($e))"><xsl:value-of select="$e/@xml:id"/></xsl:when>
      <xsl:when test="key('hollow', generate-id($e))"><xsl:call-template name="first-unit"><xsl:with-param name="s" select="$e"/></xsl:call-template></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="P" select="$e/ancestor::*[key('unit', generate-id()) or key('hollow', generate-id()) or
            (parent::tei:text and ../parent::tei:TEI)][1]"/>
        <xsl:variable name="depth" select="count($P/ancestor::*) + 1"/>
        <xsl:variable name="c" select="$e/ancestor-or-self::*[count(ancestor::*) = $depth]"/>
        <xsl:variable name="next" select="$c/following-sibling::*[self::tei:div[not(@type = 'toc' and parent::tei:front)] or self::tei:titlePage][1]"/>
        <xsl:choose>
          <xsl:when test="not($P/tei:div[not(@type = 'toc' and parent::tei:front)] or $P/tei:titlePage)"><xsl:value-of select="$P/@xml:id"/></xsl:when>
          <xsl:when test="$next and $P[self::tei:div] and not($c/preceding-sibling::tei:div[not(@type = 'toc' and parent::tei:front)] or $c/preceding-sibling::tei:titlePage)">
            <xsl:call-template name="first-unit"><xsl:with-param name="s" select="$P"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="$next"><xsl:call-template name="first-unit"><xsl:with-param name="s" select="$next"/></xsl:call-template></xsl:when>
          <xsl:otherwise>
            <xsl:variable name="prev" select="$c/preceding-sibling::*[self::tei:div[not(@type = 'toc' and parent::tei:front)] or self::tei:titlePage][1]"/>
            <xsl:value-of select="($prev/descendant-or-self::*[key('unit', generate-id())])[last()]/@xml:id"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The id of the file a section starts in: its own, or (hollow) its first unit's. -->
  <xsl:template name="first-unit">
    <xsl:param name="s" select="."/>
    <xsl:choose>
      <xsl:when test="key('unit', generate-id($s))"><xsl:value-of select="$s/@xml:id"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="first-unit"><xsl:with-param name="s" select="$s/tei:div[1]"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- href of a section from nav.xhtml: the file, and the section's id in a file that holds
       hollow divisions' headings (so that the contents stay in reading order). -->
  <xsl:template name="sect-href">
    <xsl:text>text/</xsl:text>
    <xsl:call-template name="first-unit"/>
    <xsl:text>.xhtml</xsl:text>
    <xsl:if test="key('hollow', generate-id()) or (parent::tei:div[key('hollow', generate-id())]
                  and not(preceding-sibling::tei:div[not(@type = 'toc' and parent::tei:front)] or preceding-sibling::tei:titlePage))">#<xsl:value-of select="@xml:id"/></xsl:if>
  </xsl:template>

  <!-- A unit's label for the table of contents and <title>. -->
  <xsl:template name="unit-label">
    <xsl:param name="u" select="."/>
    <xsl:variable name="h"><xsl:apply-templates select="($u/tei:head[not(@type='shortened-for-running-head')] | $u/tei:head)[1]" mode="plain"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="normalize-space($h)"><xsl:value-of select="normalize-space($h)"/></xsl:when>
      <xsl:when test="$u/self::tei:titlePage">Title Page</xsl:when>
      <xsl:when test="$u/self::tei:front">Front Matter</xsl:when>
      <xsl:when test="$u/self::tei:back">Back Matter</xsl:when>
      <xsl:when test="$u/self::tei:body">
        <xsl:call-template name="input-title"><xsl:with-param name="tei" select="$u/ancestor::tei:TEI[1]"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$u/@n"><xsl:value-of select="normalize-space(concat($u/@type, ' ', $u/@n))"/></xsl:when>
      <xsl:otherwise>[Untitled]</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Plain text of a heading: no notes, line breaks as spaces. -->
  <xsl:template match="tei:note" mode="plain"/>
  <xsl:template match="tei:lb" mode="plain"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="text()" mode="plain"><xsl:value-of select="."/></xsl:template>

  <!-- href of an id, from a file in directory OEBPS/text/ (from="text") or OEBPS/ (from=""). -->
  <xsl:template name="href-of">
    <xsl:param name="e"/>
    <xsl:param name="from" select="'text'"/>
    <xsl:param name="here" select="''"/>
    <xsl:variable name="f"><xsl:call-template name="file-of"><xsl:with-param name="e" select="$e"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$from = 'text' and $f = $here"/>
      <xsl:when test="$from = 'text'"><xsl:value-of select="concat($f, '.xhtml')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('text/', $f, '.xhtml')"/></xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="concat('#', $e/@xml:id)"/>
  </xsl:template>
</xsl:stylesheet>
