<?xml version="1.0" encoding="UTF-8"?>
<!--
  text.xsl — FRUS TEI to the plain text a reader gets by copying a document
  page of history.state.gov: the input form of frus-txt2tei.  For the
  converter's own output, text → TEI → text gives back the input byte for
  byte (tests/t-roundtrip.sh).

  Two passes.  The first turns every block into <b before="N" after="N">
  (how many newlines the web copy puts before and after that kind of block;
  frus_blocks_gap() in tools/lib/blocks.c uses the same table) and every
  <space> into <s q="N"/>; the second joins the blocks, putting
  max(after, before) + extra newlines between two of them.  Footnotes follow
  the body as "  N. text", further paragraphs indented four spaces.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="tei frus exsl">

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="NL" select="'&#10;&#10;&#10;&#10;&#10;&#10;&#10;&#10;&#10;&#10;&#10;&#10;&#10;&#10;&#10;&#10;'"/>

  <xsl:template match="/">
    <xsl:variable name="docs" select="//tei:text//tei:div[@type='document']"/>
    <xsl:choose>
      <xsl:when test="$docs">
        <xsl:for-each select="$docs">
          <xsl:if test="position() &gt; 1"><xsl:text>&#10;&#10;</xsl:text></xsl:if>
          <xsl:call-template name="document"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="//tei:text/tei:body">
          <xsl:call-template name="document"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One document: its blocks, then its footnotes. -->
  <!-- Each document's text goes into its own (unserialised) element:
       libxslt appends to one growing text node otherwise, and measures it
       again and again, which made a volume quadratic. -->
  <xsl:template name="document">
    <d><xsl:call-template name="document-text"/></d>
  </xsl:template>

  <xsl:template name="document-text">
    <xsl:variable name="blocks">
      <xsl:apply-templates select="*" mode="block"/>
    </xsl:variable>
    <xsl:variable name="bs" select="exsl:node-set($blocks)/*"/>
    <xsl:for-each select="$bs[self::b]">
      <xsl:if test="position() &gt; 1">
        <xsl:variable name="prev" select="preceding-sibling::b[1]"/>
        <!-- max(prev/@after, @before), as an expression: a variable with
             content would be a tree fragment, and building one between
             two writes makes libxslt re-measure the output text -->
        <xsl:variable name="gap"
            select="($prev/@after &gt; @before) * $prev/@after + not($prev/@after &gt; @before) * @before"/>
        <xsl:variable name="me" select="generate-id()"/>
        <xsl:variable name="extra"
            select="sum(preceding-sibling::s[generate-id(following-sibling::b[1]) = $me]/@q)"/>
        <xsl:value-of select="substring($NL, 1, $gap + $extra)"/>
      </xsl:if>
      <xsl:value-of select="."/>
    </xsl:for-each>
    <xsl:variable name="notes"
        select=".//tei:note[@n][not(@rend='inline')][not(ancestor::tei:note)]
                [not(ancestor::tei:div[@type='document'])
                 or generate-id(ancestor::tei:div[@type='document'][1]) = generate-id(current())]"/>
    <xsl:if test="$notes">
      <xsl:variable name="last" select="$bs[self::b][last()]"/>
      <xsl:choose>
        <xsl:when test="$last/@after &gt; 1"><xsl:text>&#10;&#10;</xsl:text></xsl:when>
        <xsl:otherwise><xsl:text>&#10;</xsl:text></xsl:otherwise>
      </xsl:choose>
      <xsl:for-each select="$notes">
        <!-- a note of several paragraphs is followed by a blank line -->
        <xsl:if test="position() &gt; 1"><xsl:text>&#10;</xsl:text></xsl:if>
        <xsl:variable name="k" select="position()"/>
        <xsl:if test="$k &gt; 1 and count($notes[$k - 1]/tei:p) &gt; 1"><xsl:text>&#10;</xsl:text></xsl:if>
        <xsl:text>  </xsl:text>
        <xsl:value-of select="@n"/>
        <xsl:text>. </xsl:text>
        <xsl:choose>
          <xsl:when test="tei:p">
            <xsl:for-each select="tei:p">
              <xsl:if test="position() &gt; 1"><xsl:text>&#10;&#10;    </xsl:text></xsl:if>
              <xsl:apply-templates mode="inline"/>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise><xsl:apply-templates mode="inline"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- ===== pass 1: blocks ===== -->

  <xsl:template name="b">
    <xsl:param name="before" select="2"/>
    <xsl:param name="after" select="2"/>
    <xsl:param name="content"/>
    <b before="{$before}" after="{$after}"><xsl:copy-of select="$content"/></b>
  </xsl:template>

  <xsl:template match="tei:head | tei:p | tei:dateline | tei:ab" mode="block">
    <xsl:call-template name="b">
      <xsl:with-param name="content"><xsl:apply-templates mode="inline"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:pb" mode="block">
    <b before="2" after="2">[Page <xsl:value-of select="@n"/>]</b>
  </xsl:template>

  <xsl:template match="tei:space" mode="block">
    <s q="{@quantity}"/>
  </xsl:template>

  <!-- Lists: "  • item" by depth; a labelled list as "1." then its item. -->
  <xsl:template match="tei:list" mode="block">
    <xsl:apply-templates select="tei:head | tei:item | tei:label | tei:pb | tei:space" mode="list"/>
  </xsl:template>

  <xsl:template match="tei:head" mode="list">
    <b before="2" after="2"><xsl:apply-templates mode="inline"/></b>
  </xsl:template>

  <xsl:template match="tei:label" mode="list">
    <xsl:if test="node()">
      <b before="1" after="1"><xsl:apply-templates mode="inline"/></b>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:space" mode="list">
    <xsl:apply-templates select="." mode="block"/>
  </xsl:template>

  <!-- a page break between list items is a line of its own, as on the web
       page (the lists of persons and terms have many) -->
  <xsl:template match="tei:pb" mode="list">
    <b before="1" after="1">[Page <xsl:value-of select="@n"/>]</b>
  </xsl:template>

  <!-- An item's own text: all but nested lists and its further paragraphs
       ("    text" between blank lines, indented under the item). -->
  <xsl:template match="tei:item" mode="list">
    <xsl:variable name="own" select="node()[not(self::tei:list)][not(self::tei:p[preceding-sibling::tei:p])]"/>
    <xsl:choose>
      <xsl:when test="../tei:label">
        <b before="1" after="1"><xsl:apply-templates select="$own" mode="inline"/></b>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="depth" select="count(ancestor::tei:list)"/>
        <!-- a nested list opens with a blank line after its parent item -->
        <xsl:variable name="first-nested" select="$depth &gt; 1 and not(preceding-sibling::tei:item)"/>
        <b before="{1 + number($first-nested)}" after="1">
          <xsl:value-of select="substring('                ', 1, 2 * $depth)"/>
          <xsl:text>• </xsl:text>
          <xsl:apply-templates select="$own" mode="inline"/>
        </b>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:for-each select="tei:p[preceding-sibling::tei:p]">
      <b before="2" after="2">
        <xsl:value-of select="substring('                ', 1, 2 * count(ancestor::tei:list) + 2)"/>
        <xsl:apply-templates mode="inline"/>
      </b>
    </xsl:for-each>
    <xsl:apply-templates select="tei:list" mode="block"/>
  </xsl:template>

  <!-- A closer: each child a line (its own text, salute, signed,
       dateline); a line break only separates two of its text lines. -->
  <xsl:template match="tei:closer" mode="block">
    <xsl:for-each select="node()[not(self::tei:lb)][self::* or normalize-space()]">
      <b before="1" after="1"><xsl:apply-templates select="." mode="inline"/></b>
    </xsl:for-each>
  </xsl:template>

  <!-- A table: one line per row, its cells apart by tabs, as a browser
       copies a table (the web copy's form; tools/lib/table.c reads it back
       as the same table, empty cells included). -->
  <xsl:template match="tei:table" mode="block">
    <b before="2" after="2">
      <xsl:for-each select="tei:row | tei:pb">
        <xsl:if test="position() &gt; 1"><xsl:text>&#10;</xsl:text></xsl:if>
        <xsl:if test="self::tei:pb">[Page <xsl:value-of select="@n"/>]</xsl:if>
        <xsl:for-each select="tei:cell">
          <xsl:if test="position() &gt; 1"><xsl:text>&#9;</xsl:text></xsl:if>
          <xsl:apply-templates mode="inline"/>
        </xsl:for-each>
      </xsl:for-each>
    </b>
  </xsl:template>

  <!-- Containers whose children are blocks. -->
  <xsl:template match="tei:div | tei:opener | tei:postscript | frus:attachment | tei:floatingText | tei:body | tei:group | tei:text" mode="block">
    <xsl:apply-templates select="*" mode="block"/>
  </xsl:template>

  <!-- Anything else at block level keeps its text, never dropped. -->
  <xsl:template match="*" mode="block">
    <b before="2" after="2"><xsl:apply-templates mode="inline"/></b>
  </xsl:template>

  <!-- ===== inline ===== -->

  <xsl:template match="tei:note" mode="inline">
    <xsl:value-of select="@n"/>
  </xsl:template>

  <xsl:template match="tei:note[@rend='inline']" mode="inline">
    <xsl:apply-templates mode="inline"/>
  </xsl:template>

  <xsl:template match="tei:pb" mode="inline">
    <xsl:text>[Page </xsl:text><xsl:value-of select="@n"/><xsl:text>]</xsl:text>
  </xsl:template>

  <!-- several signers: one name (and its title lines) per line -->
  <xsl:template match="tei:signed/tei:list/tei:item[preceding-sibling::tei:item]" mode="inline">
    <xsl:text>&#10;</xsl:text>
    <xsl:apply-templates mode="inline"/>
  </xsl:template>

  <xsl:template match="tei:lb" mode="inline">
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="*" mode="inline">
    <xsl:apply-templates mode="inline"/>
  </xsl:template>

  <!-- Line breaks inside text are indentation of a pretty-printed file,
       not text: collapse them, keeping the space they stand for. -->
  <xsl:template match="text()" mode="inline">
    <xsl:choose>
      <xsl:when test="not(contains(., '&#10;'))"><xsl:value-of select="."/></xsl:when>
      <!-- a line break between two inline elements of mixed content is a
           word space (older, hand-indented files), except before a note:
           a footnote mark is glued to what precedes it -->
      <xsl:when test="normalize-space(.) = ''">
        <xsl:if test="../text()[normalize-space()] and preceding-sibling::node()
                      and following-sibling::node() and not(following-sibling::node()[1][self::tei:note])">
          <xsl:text> </xsl:text>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="t" select="translate(., '&#9;&#10;&#13;', '   ')"/>
        <xsl:if test="starts-with($t, ' ') and preceding-sibling::node()"><xsl:text> </xsl:text></xsl:if>
        <xsl:value-of select="normalize-space(.)"/>
        <xsl:if test="substring($t, string-length($t)) = ' ' and following-sibling::node()"><xsl:text> </xsl:text></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
