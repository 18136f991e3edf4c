<?xml version="1.0" encoding="UTF-8"?>
<!--
  common.xsl — what every output format needs to know about FRUS TEI:
  which divisions are documents, their number, title, date, place, subject,
  participants, source note, footnotes and pages, and their plain text.
  Imported by xhtml.xsl, markdown.xsl, dc.xsl and json.xsl (and free for
  any other format): a format decides how to show things, this file decides
  what they are.

  Input: the converter's output (one div type="document"), the Office's
  documents (idem, with persName/gloss/pb facs), whole volumes (many
  documents) and books without documents (front/body/back, nested divs):
  a TEI text with no document division is treated as one unit, the text.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns:str="http://exslt.org/strings"
    xmlns:c="urn:x-frus-tools:common"
    exclude-result-prefixes="tei frus str c">

  <xsl:key name="c:id" match="*[@xml:id]" use="@xml:id"/>

  <!-- The units a format makes one page / object / record of. -->
  <xsl:variable name="c:docs" select="/tei:TEI/tei:text//tei:div[@type = 'document']"/>
  <xsl:variable name="c:units" select="$c:docs | /tei:TEI/tei:text[not($c:docs)]"/>
  <!-- More than one document: a volume (table of contents, JSON array). -->
  <xsl:variable name="c:volume" select="count($c:docs) &gt; 1"/>
  <!-- One document; no document at all (a book).  Booleans for the tests
       made per note or per division: every reference to a node-set
       variable copies it, which on a volume is a thousand nodes a time. -->
  <xsl:variable name="c:single" select="count($c:docs) = 1"/>
  <xsl:variable name="c:book" select="not($c:docs)"/>

  <xsl:variable name="c:work-title"
      select="normalize-space(/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])"/>

  <!-- Plain text: everything but footnotes, whitespace as written. -->
  <xsl:template match="tei:note" mode="c:plain"/>
  <xsl:template match="tei:lb" mode="c:plain"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="*" mode="c:plain">
    <!-- Blocks are separated, so that "end.</p><p>Start" stays two words. -->
    <xsl:if test="self::tei:p or self::tei:head or self::tei:item or self::tei:label or
                  self::tei:dateline or self::tei:closer or self::tei:cell or self::tei:l">
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:apply-templates mode="c:plain"/>
  </xsl:template>

  <!-- normalize-space of the plain text of the context node. -->
  <xsl:template name="c:plain">
    <xsl:param name="node" select="."/>
    <xsl:variable name="t"><xsl:apply-templates select="$node/node()" mode="c:plain"/></xsl:variable>
    <xsl:value-of select="normalize-space($t)"/>
  </xsl:template>

  <!-- A unit's id: its xml:id, else the TEI's, else the file's title. -->
  <xsl:template name="c:id">
    <xsl:param name="u" select="."/>
    <xsl:choose>
      <xsl:when test="$u/@xml:id"><xsl:value-of select="$u/@xml:id"/></xsl:when>
      <xsl:when test="/tei:TEI/@xml:id"><xsl:value-of select="/tei:TEI/@xml:id"/></xsl:when>
      <xsl:otherwise>text</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Title: the heading without its notes; for the whole text, the
       title page or the header's title. -->
  <xsl:template name="c:title">
    <xsl:param name="u" select="."/>
    <xsl:choose>
      <xsl:when test="$u/tei:head">
        <xsl:call-template name="c:plain"><xsl:with-param name="node" select="$u/tei:head[1]"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$u//tei:docTitle">
        <xsl:call-template name="c:plain"><xsl:with-param name="node" select="($u//tei:docTitle)[1]"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$c:work-title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The source note: a note of type source in the heading (or the first
       note of the heading, which FRUS reserves for the source). -->
  <xsl:template name="c:source-note">
    <xsl:param name="u" select="."/>
    <xsl:variable name="s" select="($u/tei:head//tei:note[@type = 'source'] | $u/tei:head//tei:note)[1]"/>
    <!-- A note with a summary and a source segment: the source only. -->
    <xsl:variable name="seg" select="$s//tei:seg[@type = 'source']"/>
    <xsl:choose>
      <xsl:when test="$seg">
        <xsl:call-template name="c:plain"><xsl:with-param name="node" select="$seg[1]"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$s">
        <xsl:call-template name="c:plain"><xsl:with-param name="node" select="$s"/></xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="c:date">
    <xsl:param name="u" select="."/>
    <xsl:variable name="d" select="($u/tei:dateline//tei:date | $u//tei:dateline//tei:date)[1]"/>
    <xsl:choose>
      <xsl:when test="$d/@when"><xsl:value-of select="$d/@when"/></xsl:when>
      <xsl:when test="$d/@from"><xsl:value-of select="$d/@from"/></xsl:when>
      <xsl:when test="$d/@notBefore"><xsl:value-of select="$d/@notBefore"/></xsl:when>
      <xsl:when test="$d"><xsl:value-of select="normalize-space($d)"/></xsl:when>
      <xsl:when test="$u//tei:docDate"><xsl:value-of select="normalize-space(($u//tei:docDate)[1])"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="c:place">
    <xsl:param name="u" select="."/>
    <xsl:value-of select="normalize-space(($u/tei:dateline//tei:placeName | $u//tei:dateline//tei:placeName)[1])"/>
  </xsl:template>

  <!-- Subject lines and participants: items with their own text (the
       groups "The United States" / "Peru" are kept as items of their own). -->
  <xsl:template name="c:subjects">
    <xsl:param name="u" select="."/>
    <xsl:copy-of select="$u/tei:list[@type = 'subject']//tei:item"/>
  </xsl:template>

  <!-- An item's own text, without nested lists and notes. -->
  <xsl:template name="c:item-text">
    <xsl:param name="item" select="."/>
    <xsl:variable name="t">
      <xsl:apply-templates select="$item/node()[not(self::tei:list)]" mode="c:plain"/>
    </xsl:variable>
    <xsl:value-of select="normalize-space($t)"/>
  </xsl:template>

  <!-- Footnotes of a unit, source note included, in document order. -->
  <xsl:template name="c:notes-of">
    <xsl:param name="u" select="."/>
    <xsl:copy-of select="$u//tei:note"/>
  </xsl:template>

  <!-- A note's identifier for links: its xml:id or a generated one. -->
  <xsl:template name="c:note-id">
    <xsl:param name="n" select="."/>
    <xsl:choose>
      <xsl:when test="$n/@xml:id"><xsl:value-of select="$n/@xml:id"/></xsl:when>
      <xsl:otherwise>fn_<xsl:value-of select="generate-id($n)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A note's marker: its n, else its number among the unit's notes. -->
  <xsl:template name="c:note-n">
    <xsl:param name="n" select="."/>
    <xsl:choose>
      <xsl:when test="$n/@n"><xsl:value-of select="$n/@n"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="count($n/preceding::tei:note) + 1"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Page range: the page the unit starts on (the last page break before
       it, or its first one) to its last page break. -->
  <xsl:template name="c:first-page">
    <xsl:param name="u" select="."/>
    <xsl:variable name="before" select="$u/preceding::tei:pb[1]"/>
    <xsl:choose>
      <xsl:when test="$before"><xsl:value-of select="$before/@n"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="first" select="($u//tei:pb)[1]"/>
        <!-- Text before the first break: the unit starts on the page before
             it.  Looked for only here, inside the unit (the break's
             preceding axis, searched once per unit, is the whole document
             before it: quadratic on a volume). -->
        <xsl:variable name="text-before"
            select="$first and string(number($first/@n)) != 'NaN' and
                    $u/descendant::node()[self::tei:pb or self::text()[normalize-space()]][1][self::text()]"/>
        <xsl:choose>
          <xsl:when test="$text-before"><xsl:value-of select="$first/@n - 1"/></xsl:when>
          <xsl:when test="$first"><xsl:value-of select="$first/@n"/></xsl:when>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="c:last-page">
    <xsl:param name="u" select="."/>
    <xsl:variable name="last" select="($u//tei:pb)[last()]"/>
    <xsl:choose>
      <xsl:when test="$last"><xsl:value-of select="$last/@n"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="c:first-page"><xsl:with-param name="u" select="$u"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Whether an element is a block (its own paragraph in every format). -->
  <xsl:template name="c:is-block">
    <xsl:param name="e" select="."/>
    <xsl:if test="$e[self::tei:p or self::tei:head or self::tei:list or self::tei:table or
                  self::tei:dateline or self::tei:closer or self::tei:div or self::tei:figure or
                  self::tei:lg or self::tei:listBibl or self::tei:byline or self::tei:titlePage or
                  self::tei:docImprint or self::tei:opener or self::tei:postscript or
                  self::tei:ab or self::tei:signed or self::tei:salute or self::tei:trailer or
                  self::tei:epigraph or self::tei:argument or self::frus:attachment or
                  self::tei:quote[starts-with(@rend, 'blockquote')] or self::tei:space or
                  self::tei:pb[not(parent::tei:p or parent::tei:head or parent::tei:item or parent::tei:persName or parent::tei:gloss)]]">1</xsl:if>
  </xsl:template>
</xsl:stylesheet>
