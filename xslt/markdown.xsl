<?xml version="1.0" encoding="UTF-8"?>
<!--
  markdown.xsl — FRUS TEI to CommonMark, footnotes as [^label] with
  "[^label]: text" definitions after each document (the GitHub footnote
  extension; everything else is plain CommonMark).  Tables become pipe
  tables (GFM); a plain CommonMark reader shows their text as a paragraph.

  Text is escaped: every character CommonMark gives a meaning inline
  (\ ` * _ [ ] < > & # | ~) gets a backslash, and a paragraph that would
  start a list, heading, quote or thematic break ("1." "-" "+" "=") too.
  Page breaks have no Markdown form and no text: they are left out.
  Every other element keeps its text.

  Labels: a note's n in a single document; its xml:id in a volume or a
  book, where the numbers restart.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns:str="http://exslt.org/strings"
    xmlns:c="urn:x-frus-tools:common"
    xmlns:md="urn:x-frus-tools:markdown"
    exclude-result-prefixes="tei frus str c md">

  <xsl:import href="common.xsl"/>
  <xsl:output method="text" encoding="UTF-8" media-type="text/markdown"/>

  <xsl:variable name="NL" select="'&#10;'"/>

  <md:from><s>\</s><s>`</s><s>*</s><s>_</s><s>[</s><s>]</s><s>&lt;</s><s>&gt;</s><s>&amp;</s><s>#</s><s>|</s><s>~</s></md:from>
  <md:to><s>\\</s><s>\`</s><s>\*</s><s>\_</s><s>\[</s><s>\]</s><s>\&lt;</s><s>\&gt;</s><s>\&amp;</s><s>\#</s><s>\|</s><s>\~</s></md:to>
  <xsl:variable name="md:from" select="document('')/*/md:from/s"/>
  <xsl:variable name="md:to" select="document('')/*/md:to/s"/>

  <!-- Block-level TEI elements: each its own Markdown block; every other
       node is inline and a run of them becomes a paragraph.  Mode md:kind
       says which ("B" or "I"): template matching is hashed on element
       names, so classifying a node costs one lookup (an XPath test of
       thirty self:: alternatives per node, in a key, made this format
       quadratic and ten times slower on a book). -->
  <xsl:template match="node()" mode="md:kind">I</xsl:template>
  <xsl:template mode="md:kind"
      match="tei:p | tei:head | tei:list | tei:table | tei:dateline | tei:closer | tei:div | tei:figure |
             tei:lg | tei:listBibl | tei:byline | tei:titlePage | tei:docTitle | tei:docImprint | tei:opener |
             tei:postscript | tei:ab | tei:signed | tei:salute | tei:trailer | tei:epigraph | tei:argument |
             frus:attachment | tei:front | tei:body | tei:back | tei:label | tei:item | tei:row |
             tei:quote[starts-with(@rend, 'blockquote')] | tei:listBibl/tei:bibl | tei:teiHeader">B</xsl:template>

  <!-- The text is built in a variable (its trailing blank lines are cut)
       out of small <b> elements, one per block, list item and footnote:
       libxslt appends to one growing text node otherwise, measuring it
       again after every nested variable, which is quadratic on a book. -->
  <xsl:template match="/">
    <xsl:variable name="out">
      <xsl:if test="$c:volume">
        <xsl:text># </xsl:text>
        <xsl:call-template name="md:esc"><xsl:with-param name="s" select="$c:work-title"/></xsl:call-template>
        <xsl:value-of select="concat($NL, $NL)"/>
      </xsl:if>
      <xsl:call-template name="md:blocks"><xsl:with-param name="e" select="/tei:TEI/tei:text"/></xsl:call-template>
      <xsl:if test="not($c:docs)">
        <xsl:call-template name="md:notes"><xsl:with-param name="notes" select="/tei:TEI/tei:text//tei:note"/></xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:call-template name="md:trim-end"><xsl:with-param name="s" select="string($out)"/></xsl:call-template>
    <xsl:value-of select="$NL"/>
  </xsl:template>

  <!-- ==== helpers ==== -->

  <!-- Most text has nothing to escape, and twelve contains() scans cost a
       tenth of what str:replace takes to find that out. -->
  <xsl:template name="md:esc">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, '\') or contains($s, '`') or contains($s, '*') or contains($s, '_') or
                      contains($s, '[') or contains($s, ']') or contains($s, '&lt;') or contains($s, '&gt;') or
                      contains($s, '&amp;') or contains($s, '#') or contains($s, '|') or contains($s, '~')">
        <xsl:value-of select="str:replace(string($s), $md:from, $md:to)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Drops trailing newlines and spaces.  The string can be the whole
       book: only its last 16 characters are cut one by one (each level
       of recursion copies its string), and the whole is copied once. -->
  <xsl:template name="md:trim-end">
    <xsl:param name="s"/>
    <xsl:variable name="str" select="string($s)"/>
    <xsl:variable name="n" select="string-length($str)"/>
    <xsl:variable name="tail">
      <xsl:call-template name="md:trim-end-short"><xsl:with-param name="s" select="substring($str, $n - 15)"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$n &lt;= 16"><xsl:value-of select="$tail"/></xsl:when>
      <xsl:when test="string($tail) != ''"><xsl:value-of select="concat(substring($str, 1, $n - 16), $tail)"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="md:trim-end"><xsl:with-param name="s" select="substring($str, 1, $n - 16)"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="md:trim-end-short">
    <xsl:param name="s"/>
    <xsl:variable name="last" select="substring($s, string-length($s))"/>
    <xsl:choose>
      <xsl:when test="$s != '' and ($last = $NL or $last = ' ')">
        <xsl:call-template name="md:trim-end-short"><xsl:with-param name="s" select="substring($s, 1, string-length($s) - 1)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A paragraph's text must not read as a block marker. -->
  <xsl:template name="md:para">
    <xsl:param name="s"/>
    <xsl:variable name="t" select="normalize-space($s)"/>
    <xsl:if test="$t != ''">
      <xsl:variable name="c" select="substring($t, 1, 1)"/>
      <xsl:choose>
        <!-- "1. text" / "1) text": ordered-list marker.  Only the start is
             looked at (a marker has at most 9 digits): translating the whole
             of a long paragraph cost more than writing it. -->
        <xsl:when test="contains('0123456789', $c)">
          <xsl:variable name="h" select="substring($t, 1, 40)"/>
          <xsl:variable name="lead" select="substring-before(concat(translate($h, '0123456789', '0000000000'), 'x'), substring(translate($h, '0123456789', ''), 1, 1))"/>
          <xsl:variable name="after" select="substring($h, string-length($lead) + 1, 1)"/>
          <xsl:choose>
            <xsl:when test="$lead != '' and ($after = '.' or $after = ')')">
              <xsl:value-of select="concat(substring($t, 1, string-length($lead)), '\', substring($t, string-length($lead) + 1), $NL, $NL)"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="concat($t, $NL, $NL)"/></xsl:otherwise>
          </xsl:choose>
        </xsl:when>
        <xsl:when test="$c = '-' or $c = '+' or $c = '='">
          <xsl:value-of select="concat('\', $t, $NL, $NL)"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="concat($t, $NL, $NL)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- Children of e as blocks: runs of inline nodes become paragraphs.
       Linear in the number of children: their kinds are read once into a
       string ("IBIIB"), and a run is found from it, not by searching the
       siblings of every node. -->
  <xsl:template name="md:blocks">
    <xsl:param name="e" select="."/>
    <xsl:variable name="kinds"><xsl:apply-templates select="$e/node()" mode="md:kind"/></xsl:variable>
    <xsl:variable name="ks" select="string($kinds)"/>
    <xsl:choose>
      <!-- The usual case (a paragraph, a heading, an item): one run. -->
      <xsl:when test="not(contains($ks, 'B'))">
        <xsl:call-template name="md:run"><xsl:with-param name="nodes" select="$e/node()"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$e/node()">
          <xsl:variable name="i" select="position()"/>
          <xsl:choose>
            <xsl:when test="substring($ks, $i, 1) = 'B'">
              <b><xsl:apply-templates select="." mode="md:block"/></b>
            </xsl:when>
            <!-- The first node of a run: the run is it and the inline
                 nodes up to the next block. -->
            <xsl:when test="$i = 1 or substring($ks, $i - 1, 1) = 'B'">
              <xsl:variable name="len" select="string-length(substring-before(concat(substring($ks, $i), 'B'), 'B'))"/>
              <xsl:choose>
                <xsl:when test="$len = 1">
                  <!-- Mostly the white space between two blocks. -->
                  <xsl:if test="not(self::text()) or normalize-space() != ''">
                    <xsl:call-template name="md:run"><xsl:with-param name="nodes" select="."/></xsl:call-template>
                  </xsl:if>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:call-template name="md:run">
                    <xsl:with-param name="nodes" select=". | following-sibling::node()[position() &lt; $len]"/>
                  </xsl:call-template>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:when>
          </xsl:choose>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="md:run">
    <xsl:param name="nodes"/>
    <xsl:if test="$nodes">
      <xsl:variable name="t"><xsl:apply-templates select="$nodes" mode="md:in"/></xsl:variable>
      <b><xsl:call-template name="md:para"><xsl:with-param name="s" select="$t"/></xsl:call-template></b>
    </xsl:if>
  </xsl:template>

  <!-- Prefixes every line but the first with pad. -->
  <xsl:template name="md:indent">
    <xsl:param name="s"/>
    <xsl:param name="pad"/>
    <xsl:variable name="t"><xsl:call-template name="md:trim-end"><xsl:with-param name="s" select="$s"/></xsl:call-template></xsl:variable>
    <xsl:value-of select="str:replace(string($t), $NL, concat($NL, $pad))"/>
  </xsl:template>

  <!-- ==== blocks ==== -->

  <xsl:template match="tei:teiHeader" mode="md:block"/>

  <xsl:template match="*" mode="md:block">
    <xsl:call-template name="md:blocks"/>
  </xsl:template>

  <xsl:template match="tei:div | frus:attachment" mode="md:block">
    <xsl:call-template name="md:blocks"/>
    <xsl:if test="self::tei:div[@type = 'document']">
      <xsl:call-template name="md:notes"><xsl:with-param name="notes" select=".//tei:note"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:div/tei:head | frus:attachment/tei:head | tei:docTitle" mode="md:block">
    <xsl:variable name="level" select="count(ancestor::tei:div | ancestor::frus:attachment) + number($c:volume)"/>
    <xsl:value-of select="substring('######', 1, ($level &lt; 1) + ($level &gt; 6) * 6 + ($level &gt;= 1 and $level &lt;= 6) * $level)"/>
    <xsl:text> </xsl:text>
    <xsl:variable name="t"><xsl:apply-templates mode="md:in"/></xsl:variable>
    <xsl:value-of select="normalize-space($t)"/>
    <xsl:value-of select="concat($NL, $NL)"/>
  </xsl:template>

  <xsl:template match="tei:head" mode="md:block">
    <xsl:variable name="t"><xsl:apply-templates mode="md:in"/></xsl:variable>
    <xsl:if test="normalize-space($t) != ''">
      <xsl:value-of select="concat('**', normalize-space($t), '**', $NL, $NL)"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:list | tei:listBibl" mode="md:block">
    <xsl:apply-templates select="tei:head" mode="md:block"/>
    <xsl:variable name="items" select="tei:item | tei:bibl"/>
    <xsl:variable name="numbered" select="tei:label and not(tei:label[translate(normalize-space(), '0123456789', '') != '.'])"/>
    <xsl:for-each select="$items">
      <xsl:variable name="label" select="preceding-sibling::*[1][self::tei:label]"/>
      <xsl:variable name="marker">
        <xsl:choose>
          <xsl:when test="$numbered"><xsl:value-of select="concat(normalize-space($label), ' ')"/></xsl:when>
          <xsl:otherwise>- </xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="body">
        <xsl:if test="$label and not($numbered)">
          <xsl:variable name="l"><xsl:apply-templates select="$label/node()" mode="md:in"/></xsl:variable>
          <xsl:value-of select="concat(normalize-space($l), ' ')"/>
        </xsl:if>
        <xsl:call-template name="md:blocks"/>
      </xsl:variable>
      <b>
        <xsl:value-of select="$marker"/>
        <xsl:call-template name="md:indent">
          <xsl:with-param name="s" select="str:replace(string($body), concat($NL, $NL, '- '), concat($NL, '- '))"/>
          <xsl:with-param name="pad" select="substring('          ', 1, string-length($marker))"/>
        </xsl:call-template>
        <xsl:value-of select="$NL"/>
      </b>
    </xsl:for-each>
    <!-- Labels without an item keep their text. -->
    <xsl:for-each select="tei:label[not(following-sibling::*[1][self::tei:item])]">
      <xsl:variable name="l"><xsl:apply-templates mode="md:in"/></xsl:variable>
      <xsl:call-template name="md:para"><xsl:with-param name="s" select="$l"/></xsl:call-template>
    </xsl:for-each>
    <xsl:value-of select="$NL"/>
    <xsl:for-each select="*[not(self::tei:head or self::tei:item or self::tei:label or self::tei:bibl)]">
      <xsl:apply-templates select="." mode="md:block"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:quote" mode="md:block">
    <xsl:variable name="body"><xsl:call-template name="md:blocks"/></xsl:variable>
    <xsl:text>&gt; </xsl:text>
    <xsl:call-template name="md:indent">
      <xsl:with-param name="s" select="$body"/>
      <xsl:with-param name="pad" select="'&gt; '"/>
    </xsl:call-template>
    <xsl:value-of select="concat($NL, $NL)"/>
  </xsl:template>

  <xsl:variable name="md:pipes" select="' | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |'"/>
  <xsl:variable name="md:rule" select="concat(' --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
                                              ' --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
                                              ' --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
                                              ' --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')"/>

  <xsl:template match="tei:table" mode="md:block">
    <xsl:apply-templates select="tei:head" mode="md:block"/>
    <xsl:variable name="cols">
      <xsl:for-each select="tei:row">
        <xsl:sort select="count(tei:cell)" data-type="number" order="descending"/>
        <xsl:if test="position() = 1"><xsl:value-of select="count(tei:cell)"/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:for-each select="tei:row">
      <xsl:text>|</xsl:text>
      <xsl:for-each select="tei:cell">
        <xsl:variable name="t"><xsl:apply-templates mode="md:in"/></xsl:variable>
        <xsl:value-of select="concat(' ', normalize-space($t), ' |')"/>
      </xsl:for-each>
      <xsl:value-of select="substring($md:pipes, 1, 2 * ($cols - count(tei:cell)))"/>
      <xsl:value-of select="$NL"/>
      <xsl:if test="position() = 1">
        <xsl:text>|</xsl:text>
        <xsl:value-of select="substring($md:rule, 1, 6 * $cols)"/>
        <xsl:value-of select="$NL"/>
      </xsl:if>
    </xsl:for-each>
    <xsl:value-of select="$NL"/>
  </xsl:template>

  <xsl:template match="tei:figure" mode="md:block">
    <xsl:for-each select="tei:graphic">
      <xsl:variable name="alt"><xsl:apply-templates select="../tei:figDesc/node()" mode="md:in"/></xsl:variable>
      <xsl:value-of select="concat('![', normalize-space($alt), '](', str:replace(@url, ' ', '%20'), ')', $NL, $NL)"/>
    </xsl:for-each>
    <xsl:for-each select="tei:head | tei:p">
      <xsl:variable name="t"><xsl:apply-templates mode="md:in"/></xsl:variable>
      <xsl:call-template name="md:para"><xsl:with-param name="s" select="$t"/></xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:pb | tei:space" mode="md:block"/>

  <!-- ==== footnotes ==== -->

  <xsl:template name="md:label">
    <xsl:param name="n" select="."/>
    <xsl:choose>
      <xsl:when test="$c:single">
        <xsl:call-template name="c:note-n"><xsl:with-param name="n" select="$n"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="c:note-id"><xsl:with-param name="n" select="$n"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="md:notes">
    <xsl:param name="notes"/>
    <xsl:for-each select="$notes">
      <xsl:variable name="label"><xsl:call-template name="md:label"/></xsl:variable>
      <xsl:variable name="body"><xsl:call-template name="md:blocks"/></xsl:variable>
      <b>
        <xsl:value-of select="concat('[^', $label, ']: ')"/>
        <xsl:call-template name="md:indent">
          <xsl:with-param name="s" select="$body"/>
          <xsl:with-param name="pad" select="'    '"/>
        </xsl:call-template>
        <!-- "[^11]: 1879–1883." is also a CommonMark link reference
             definition, which a reader without the footnote extension would
             hide: an empty comment after a one-word note prevents that. -->
        <xsl:if test="not(contains(normalize-space($body), ' '))"> &lt;!-- --&gt;</xsl:if>
        <xsl:value-of select="concat($NL, $NL)"/>
      </b>
    </xsl:for-each>
  </xsl:template>

  <!-- ==== inline ==== -->

  <!-- Line breaks stay: every reader of md:in text normalizes its space. -->
  <xsl:template match="text()" mode="md:in">
    <xsl:call-template name="md:esc"><xsl:with-param name="s" select="string(.)"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:note" mode="md:in">
    <xsl:variable name="label"><xsl:call-template name="md:label"/></xsl:variable>
    <xsl:value-of select="concat('[^', $label, ']')"/>
  </xsl:template>

  <xsl:template match="tei:hi[@rend = 'italic' or @rend = 'strong' or @rend = 'bold' or @rend = 'i' or @rend = 'b']" mode="md:in">
    <xsl:variable name="rtf"><xsl:apply-templates mode="md:in"/></xsl:variable>
    <xsl:variable name="t" select="string($rtf)"/>
    <xsl:variable name="mark" select="substring('**', 1 + (@rend = 'italic' or @rend = 'i'))"/>
    <xsl:variable name="n" select="normalize-space($t)"/>
    <xsl:variable name="last" select="substring($t, string-length($t))"/>
    <xsl:if test="$t != '' and normalize-space(substring($t, 1, 1)) = ''"><xsl:text> </xsl:text></xsl:if>
    <xsl:choose>
      <!-- Emphasis around a trailing backslash escape would break it. -->
      <xsl:when test="$n != '' and substring($n, string-length($n)) != '\'">
        <xsl:value-of select="concat($mark, $n, $mark)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="normalize-space($last) = '' and $n != ''"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

  <xsl:template match="tei:ref[contains(@target, '://')]" mode="md:in">
    <xsl:variable name="t"><xsl:apply-templates mode="md:in"/></xsl:variable>
    <xsl:value-of select="concat('[', normalize-space($t), '](', str:replace(str:replace(@target, ' ', '%20'), ')', '%29'), ')')"/>
  </xsl:template>

  <xsl:template match="tei:lb" mode="md:in"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="tei:pb" mode="md:in"/>

  <!-- Blocks met inside a phrase (a list in a note run): their text, in line. -->
  <xsl:template match="tei:p | tei:item | tei:label | tei:cell" mode="md:in">
    <xsl:text> </xsl:text><xsl:apply-templates mode="md:in"/><xsl:text> </xsl:text>
  </xsl:template>
</xsl:stylesheet>
