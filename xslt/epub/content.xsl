<?xml version="1.0" encoding="UTF-8"?>
<!-- content.xsl — one unit of the book (see epub.xsl) as an XHTML content document.

     Footnotes become EPUB 3 notes: a noteref link where the note stands, an aside at the end
     of the file linking back.  A division's source note is shown under its heading.  Every pb
     becomes a pagebreak span with the printed number (the page-list links to it). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns:exsl="http://exslt.org/common"
    xmlns:in="urn:x-frus-epub:input"
    exclude-result-prefixes="tei frus exsl in">

  <!-- ===== the file of a unit ===== -->

  <xsl:template match="*" mode="file">
    <xsl:variable name="label"><xsl:call-template name="unit-label"/></xsl:variable>
    <xsl:variable name="notes">
      <xsl:call-template name="unit-parts"><xsl:with-param name="fn" select="true()"/></xsl:call-template>
    </xsl:variable>
    <html lang="{$lang}" xml:lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="$label"/></title>
        <link rel="stylesheet" type="text/css" href="../style.css"/>
      </head>
      <body>
        <xsl:call-template name="unit-parts"/>
        <xsl:if test="exsl:node-set($notes)/*">
          <section class="footnotes" epub:type="footnotes">
            <xsl:copy-of select="$notes"/>
          </section>
        </xsl:if>
      </body>
    </html>
  </xsl:template>

  <!-- What a unit's file holds, in order: the blocks travelling with it from before, the
       sections of the hollow divisions it opens (their headings), the unit's own heading and
       content (not its child units), and, for a last unit, the blocks after it.
       fn = true(): the footnote asides of exactly those parts. -->
  <xsl:template name="unit-parts">
    <xsl:param name="fn" select="false()"/>
    <xsl:variable name="u" select="."/>
    <xsl:variable name="top-id"><xsl:call-template name="top-of"/></xsl:variable>
    <xsl:variable name="top" select="ancestor-or-self::*[generate-id() = $top-id]"/>
    <xsl:variable name="sect" select="self::tei:div or self::tei:titlePage"/>
    <xsl:for-each select="$top">
      <xsl:if test="$sect and (preceding-sibling::tei:div[not(@type = 'toc' and parent::tei:front)] or preceding-sibling::tei:titlePage or not(parent::tei:div))">
        <xsl:call-template name="lead">
          <xsl:with-param name="n" select="preceding-sibling::*[1]"/>
          <xsl:with-param name="fn" select="$fn"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:for-each>
    <xsl:apply-templates select="$top" mode="sect">
      <xsl:with-param name="fn" select="$fn"/>
      <xsl:with-param name="u" select="$u"/>
    </xsl:apply-templates>
    <xsl:if test="$sect and not(tei:div)">
      <xsl:call-template name="trail">
        <xsl:with-param name="x" select="."/>
        <xsl:with-param name="fn" select="$fn"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The outermost hollow division whose file is this unit's (the unit and each division
       between are first children), or the unit itself: generate-id() of it. -->
  <xsl:template name="top-of">
    <xsl:param name="s" select="."/>
    <xsl:choose>
      <xsl:when test="$s/parent::tei:div[key('hollow', generate-id())] and not($s/preceding-sibling::tei:div)">
        <xsl:call-template name="top-of"><xsl:with-param name="s" select="$s/.."/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="generate-id($s)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One section of a file: heading and own content; a hollow one then holds the section of
       its first subdivision, down to the unit u the file is for. -->
  <xsl:template match="*" mode="sect">
    <xsl:param name="fn"/>
    <xsl:param name="u"/>
    <xsl:variable name="sect" select="self::tei:div or self::tei:titlePage"/>
    <!-- The first section child; own content is what comes before it (all, without one). -->
    <xsl:variable name="first" select="(tei:div[not(@type = 'toc' and parent::tei:front)] | tei:titlePage)[1]"/>
    <xsl:variable name="own" select="(*[not($first)] | $first/preceding-sibling::*)[not(self::tei:head and $sect)]"/>
    <xsl:variable name="inner" select="$first[generate-id(current()) != generate-id($u)]"/>
    <xsl:choose>
      <xsl:when test="$fn">
        <xsl:if test="$sect"><xsl:apply-templates select="tei:head" mode="fn"/></xsl:if>
        <xsl:apply-templates select="$own" mode="fn"/>
        <xsl:apply-templates select="$inner" mode="sect">
          <xsl:with-param name="fn" select="$fn"/>
          <xsl:with-param name="u" select="$u"/>
        </xsl:apply-templates>
      </xsl:when>
      <xsl:otherwise>
        <section id="{@xml:id}">
          <xsl:call-template name="struct-type"/>
          <xsl:call-template name="heading"/>
          <xsl:apply-templates select="$own"/>
          <xsl:apply-templates select="$inner" mode="sect">
            <xsl:with-param name="fn" select="$fn"/>
            <xsl:with-param name="u" select="$u"/>
          </xsl:apply-templates>
        </section>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="lead">
    <xsl:param name="n"/>
    <xsl:param name="fn"/>
    <xsl:if test="$n and not($n[self::tei:titlePage or self::tei:div[not(@type = 'toc' and parent::tei:front)]])">
      <xsl:call-template name="lead">
        <xsl:with-param name="n" select="$n/preceding-sibling::*[1]"/>
        <xsl:with-param name="fn" select="$fn"/>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="$fn"><xsl:apply-templates select="$n" mode="fn"/></xsl:when>
        <xsl:otherwise><xsl:apply-templates select="$n"/></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <xsl:template name="trail">
    <xsl:param name="x"/>
    <xsl:param name="fn"/>
    <xsl:if test="not($x/following-sibling::*[self::tei:div[not(@type = 'toc' and parent::tei:front)] or self::tei:titlePage][1])">
      <xsl:choose>
        <xsl:when test="$fn"><xsl:apply-templates select="$x/following-sibling::*" mode="fn"/></xsl:when>
        <xsl:otherwise><xsl:apply-templates select="$x/following-sibling::*"/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$x/parent::tei:div">
        <xsl:call-template name="trail">
          <xsl:with-param name="x" select="$x/.."/>
          <xsl:with-param name="fn" select="$fn"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- epub:type and DPUB-ARIA role of a unit's section, where the division says what it is;
       class: the TEI type (and "titlepage" for the title page, which the style sheet sets). -->
  <xsl:template name="struct-type">
    <xsl:variable name="id" select="translate(@xml:id, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:variable name="t">
      <xsl:call-template name="sect-type"><xsl:with-param name="id" select="$id"/></xsl:call-template>
    </xsl:variable>
    <xsl:if test="$t != ''">
      <xsl:attribute name="epub:type"><xsl:value-of select="$t"/></xsl:attribute>
      <xsl:if test="$t != 'titlepage'">
        <xsl:attribute name="role"><xsl:value-of select="concat('doc-', $t)"/></xsl:attribute>
      </xsl:if>
    </xsl:if>
    <xsl:if test="@type or self::tei:titlePage">
      <xsl:attribute name="class">
        <xsl:value-of select="normalize-space(concat(substring('titlepage ', 1, 10 * boolean(self::tei:titlePage)), @type))"/>
      </xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- The structural semantics of a section (epub:type; role doc-*), '' when none fits. -->
  <xsl:template name="sect-type">
    <xsl:param name="id" select="translate(@xml:id, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:choose>
      <xsl:when test="self::tei:titlePage">titlepage</xsl:when>
      <xsl:when test="@type = 'chapter' and ($id = 'introduction' or $id = 'conclusion')"><xsl:value-of select="$id"/></xsl:when>
      <xsl:when test="@type = 'chapter'">chapter</xsl:when>
      <xsl:when test="@type = 'part'">part</xsl:when>
      <xsl:when test="@type = 'index' or $id = 'index'">index</xsl:when>
      <xsl:when test="$id = 'foreword' or $id = 'preface' or $id = 'epigraph' or $id = 'bibliography'"><xsl:value-of select="$id"/></xsl:when>
      <xsl:when test="$id = 'acknowledgements' or $id = 'acknowledgments'">acknowledgments</xsl:when>
      <xsl:when test="starts-with($id, 'appendix')">appendix</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- A division's heading, then its source note (and summary) shown in full under it. -->
  <xsl:template name="heading">
    <xsl:variable name="h" select="(tei:head[not(@type='shortened-for-running-head')] | tei:head)[1]"/>
    <xsl:variable name="lvl" select="count(ancestor::tei:div) + 1"/>
    <xsl:if test="self::tei:div and $h">
      <xsl:element name="h{$lvl - ($lvl - 6) * ($lvl &gt; 6)}">
        <xsl:apply-templates select="$h/node()"/>
      </xsl:element>
      <xsl:apply-templates select="$h/tei:note" mode="source"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:note" mode="source"/>
  <xsl:template match="tei:div/tei:head/tei:note[@type='source' or @type='summary' or .//tei:seg[@type='source' or @type='summary']]" mode="source">
    <div class="source-note {@type}">
      <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
      <xsl:call-template name="para-content"/>
    </div>
  </xsl:template>
  <xsl:template match="tei:div/tei:head/tei:note[@type='source' or @type='summary' or .//tei:seg[@type='source' or @type='summary']]"/>

  <!-- The content of a note or a paragraph-like element as blocks: its p children as they
       are, mixed content wrapped in one p (a div when it holds blocks).  mark: a leading
       node set (the footnote's link back) put inside the first paragraph. -->
  <xsl:template name="para-content">
    <xsl:param name="mark" select="/.."/>
    <xsl:choose>
      <xsl:when test="tei:p and not(text()[normalize-space()])">
        <xsl:for-each select="*">
          <xsl:choose>
            <xsl:when test="position() = 1 and self::tei:p">
              <xsl:call-template name="para"><xsl:with-param name="mark" select="$mark"/></xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <xsl:if test="position() = 1"><xsl:copy-of select="$mark"/></xsl:if>
              <xsl:apply-templates select="."/>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="para">
          <xsl:with-param name="mark" select="$mark"/>
          <xsl:with-param name="class" select="''"/>
          <xsl:with-param name="with-id" select="false()"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- p when the content is phrasing, div class="p" when it holds a list, table, block quote… -->
  <xsl:template name="para">
    <xsl:param name="mark" select="/.."/>
    <xsl:param name="class" select="@rend"/>
    <xsl:param name="with-id" select="true()"/>
    <xsl:choose>
      <xsl:when test="tei:list or tei:table or tei:figure or tei:lg or tei:listBibl or tei:floatingText
                      or tei:p or tei:closer or tei:opener or tei:dateline or tei:signed or frus:attachment
                      or tei:quote[tei:p or tei:lg or tei:list or starts-with(@rend, 'blockquote')]
                      or tei:cit[tei:quote[tei:p or tei:lg or starts-with(@rend, 'blockquote')]]
                      or tei:note[@rend='inline' or @place='inline'][tei:p]">
        <div class="p {$class}">
          <xsl:if test="$with-id"><xsl:call-template name="id"/></xsl:if>
          <xsl:copy-of select="$mark"/>
          <xsl:apply-templates/>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p>
          <xsl:if test="$class"><xsl:attribute name="class"><xsl:value-of select="$class"/></xsl:attribute></xsl:if>
          <xsl:if test="$with-id"><xsl:call-template name="id"/></xsl:if>
          <xsl:copy-of select="$mark"/>
          <xsl:apply-templates/>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== notes ===== -->

  <xsl:template match="tei:note">
    <xsl:variable name="n">
      <xsl:choose>
        <xsl:when test="normalize-space(@n)"><xsl:value-of select="normalize-space(@n)"/></xsl:when>
        <xsl:otherwise>*</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <sup class="noteref"><a epub:type="noteref" role="doc-noteref" id="{@xml:id}-ref" href="#{@xml:id}"><xsl:value-of select="$n"/></a></sup>
  </xsl:template>

  <!-- Notes printed in the text flow. -->
  <xsl:template match="tei:note[@rend='inline' or @place='inline']">
    <xsl:choose>
      <xsl:when test="tei:p">
        <div class="note-inline">
          <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
          <xsl:apply-templates/>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <span class="note-inline">
          <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
          <xsl:apply-templates/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Mode fn: the asides of the footnotes under a node, in document order. -->
  <xsl:template match="text()" mode="fn"/>
  <xsl:template match="tei:note[@rend='inline' or @place='inline']" mode="fn"><xsl:apply-templates mode="fn"/></xsl:template>
  <xsl:template match="tei:div/tei:head/tei:note[@type='source' or @type='summary' or .//tei:seg[@type='source' or @type='summary']]" mode="fn"/>
  <xsl:template match="tei:note" mode="fn">
    <xsl:variable name="mark">
      <a class="fn-back" href="#{@xml:id}-ref" role="doc-backlink" title="Back to the text"><xsl:value-of select="normalize-space(@n)"/><xsl:if test="not(normalize-space(@n))">*</xsl:if>.</a>
      <xsl:text> </xsl:text>
    </xsl:variable>
    <aside epub:type="footnote" role="doc-footnote" id="{@xml:id}" class="footnote">
      <xsl:call-template name="para-content">
        <xsl:with-param name="mark" select="exsl:node-set($mark)/node()"/>
      </xsl:call-template>
    </aside>
  </xsl:template>

  <!-- ===== blocks ===== -->

  <xsl:template match="tei:p | tei:ab">
    <xsl:call-template name="para"/>
  </xsl:template>

  <xsl:template match="tei:head">
    <p class="head"><xsl:apply-templates/></p>
  </xsl:template>

  <!-- Divisions that are not units (inside floatingText and the like). -->
  <xsl:template match="tei:div">
    <div class="div">
      <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="frus:attachment">
    <section class="attachment">
      <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </section>
  </xsl:template>
  <xsl:template match="frus:attachment/tei:head">
    <xsl:variable name="lvl" select="count(ancestor::tei:div) + 1"/>
    <xsl:element name="h{$lvl - ($lvl - 6) * ($lvl &gt; 6)}">
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:dateline">
    <p class="dateline"><xsl:call-template name="id"/><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:opener | tei:closer | tei:signed | tei:postscript | tei:argument | tei:epigraph | tei:floatingText | tei:docTitle[not(parent::tei:titlePage)]">
    <div class="{local-name()}"><xsl:call-template name="id"/><xsl:apply-templates/></div>
  </xsl:template>
  <!-- An imprint of publisher, place and date: one line each (the lb between them is then
       only the printed layout); free text stays one paragraph. -->
  <xsl:template match="tei:docImprint[not(text()[normalize-space()])]">
    <div class="docImprint">
      <xsl:call-template name="id"/>
      <xsl:for-each select="*[not(self::tei:lb)]">
        <p class="{local-name()}"><xsl:call-template name="id"/><xsl:apply-templates/></p>
      </xsl:for-each>
    </div>
  </xsl:template>
  <!-- A volume's printed table of contents: the navigation document replaces it; its page
       breaks stay (the page list points at them). -->
  <xsl:template match="tei:front/tei:div[@type = 'toc']">
    <xsl:apply-templates select=".//tei:pb"/>
  </xsl:template>
  <xsl:template match="tei:front/tei:div[@type = 'toc']" mode="fn"/>
  <xsl:template match="tei:salute | tei:byline | tei:docImprint | tei:docAuthor | tei:docEdition | tei:trailer">
    <p class="{local-name()}"><xsl:call-template name="id"/><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:opener/tei:salute | tei:closer/tei:salute">
    <span class="salute"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- Title page -->
  <xsl:template match="tei:titlePage/tei:docTitle">
    <h1 class="title">
      <xsl:for-each select="tei:titlePart">
        <xsl:if test="position() &gt; 1"><br/></xsl:if>
        <span class="titlepart {@type}"><xsl:apply-templates/></span>
      </xsl:for-each>
    </h1>
  </xsl:template>

  <xsl:template match="tei:quote | tei:q">
    <xsl:choose>
      <xsl:when test="tei:p or tei:lg or tei:list or starts-with(@rend, 'blockquote')">
        <blockquote class="{@rend}">
          <xsl:call-template name="id"/>
          <xsl:choose>
            <xsl:when test="tei:p or tei:lg or tei:list"><xsl:apply-templates/></xsl:when>
            <xsl:otherwise><xsl:call-template name="para"><xsl:with-param name="class" select="''"/><xsl:with-param name="with-id" select="false()"/></xsl:call-template></xsl:otherwise>
          </xsl:choose>
        </blockquote>
      </xsl:when>
      <xsl:otherwise><span class="quote"><xsl:call-template name="id"/><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:lg">
    <div class="lg"><xsl:call-template name="id"/><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="tei:l">
    <span class="l"><xsl:call-template name="id"/><xsl:apply-templates/></span><br/>
  </xsl:template>

  <!-- Lists: labels and page breaks before an item go inside it. -->
  <xsl:template match="tei:list | tei:listBibl">
    <xsl:apply-templates select="tei:head"/>
    <xsl:variable name="items" select="tei:item | tei:bibl | tei:biblStruct | tei:listBibl"/>
    <xsl:if test="$items">
      <ul class="{normalize-space(concat('list ', @type, ' ', @rend, ' ', substring('labelled', 1, 8 * boolean(tei:label))))}">
        <xsl:call-template name="id"/>
        <xsl:for-each select="$items">
          <li>
            <xsl:if test="not(self::tei:listBibl)"><xsl:call-template name="id"/></xsl:if>
            <xsl:call-template name="sib-lead"><xsl:with-param name="n" select="preceding-sibling::*[1]"/></xsl:call-template>
            <xsl:apply-templates select="." mode="item"/>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
    <!-- What follows the last item (or everything, in a list without items). -->
    <xsl:apply-templates select="$items[last()]/following-sibling::*"/>
    <xsl:if test="not($items)"><xsl:apply-templates select="*[not(self::tei:head)]"/></xsl:if>
  </xsl:template>
  <xsl:template match="tei:list/tei:head | tei:listBibl/tei:head">
    <p class="list-head"><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="*" mode="item"><xsl:apply-templates/></xsl:template>
  <xsl:template match="tei:listBibl" mode="item"><xsl:apply-templates select="."/></xsl:template>
  <xsl:template match="tei:label">
    <span class="label"><xsl:call-template name="id"/><xsl:apply-templates/></span><xsl:text> </xsl:text>
  </xsl:template>

  <!-- The siblings between the previous item/row/cell and this one, in document order. -->
  <xsl:template name="sib-lead">
    <xsl:param name="n"/>
    <xsl:if test="$n and not($n[self::tei:item or self::tei:bibl or self::tei:biblStruct or self::tei:listBibl
                                or self::tei:row or self::tei:cell or self::tei:head])">
      <xsl:call-template name="sib-lead"><xsl:with-param name="n" select="$n/preceding-sibling::*[1]"/></xsl:call-template>
      <xsl:apply-templates select="$n"/>
    </xsl:if>
  </xsl:template>

  <!-- Tables: page breaks between rows go into the next row's first cell. -->
  <xsl:template match="tei:table">
    <table class="{normalize-space(concat('table ', @rend))}">
      <xsl:call-template name="id"/>
      <xsl:if test="tei:head">
        <caption><xsl:apply-templates select="tei:head/node()"/></caption>
      </xsl:if>
      <xsl:for-each select="tei:row">
        <tr>
          <xsl:call-template name="id"/>
          <xsl:variable name="row" select="."/>
          <xsl:for-each select="tei:cell">
            <xsl:element name="{substring('tdth', 1 + 2 * (../@role = 'label' or @role = 'label'), 2)}">
              <xsl:if test="@cols &gt; 1"><xsl:attribute name="colspan"><xsl:value-of select="@cols"/></xsl:attribute></xsl:if>
              <xsl:if test="@rows &gt; 1"><xsl:attribute name="rowspan"><xsl:value-of select="@rows"/></xsl:attribute></xsl:if>
              <xsl:call-template name="id"/>
              <xsl:if test="@role and @role != 'label'"><xsl:attribute name="class"><xsl:value-of select="@role"/></xsl:attribute></xsl:if>
              <xsl:if test="position() = 1">
                <xsl:call-template name="sib-lead"><xsl:with-param name="n" select="$row/preceding-sibling::*[1]"/></xsl:call-template>
              </xsl:if>
              <xsl:call-template name="sib-lead"><xsl:with-param name="n" select="preceding-sibling::*[1]"/></xsl:call-template>
              <xsl:apply-templates/>
              <xsl:if test="position() = last()">
                <xsl:apply-templates select="following-sibling::*"/>
              </xsl:if>
            </xsl:element>
          </xsl:for-each>
        </tr>
      </xsl:for-each>
    </table>
    <xsl:apply-templates select="tei:row[last()]/following-sibling::*"/>
  </xsl:template>

  <xsl:template match="tei:figure">
    <figure class="figure">
      <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
      <xsl:apply-templates select="*[not(self::tei:head)]"/>
      <xsl:if test="tei:head">
        <figcaption><xsl:apply-templates select="tei:head/node()"/></figcaption>
      </xsl:if>
    </figure>
  </xsl:template>
  <!-- An image frus-epub found beside the input is embedded (in:src, its path in OEBPS/),
       with the figure's description as its text alternative; one it did not find stays a
       placeholder naming it. -->
  <xsl:template match="tei:graphic[@in:src]">
    <xsl:variable name="alt">
      <xsl:call-template name="graphic-alt"/>
    </xsl:variable>
    <img src="../{@in:src}" alt="{normalize-space($alt)}"/>
  </xsl:template>
  <xsl:template name="graphic-alt">
    <xsl:variable name="f" select="parent::tei:figure"/>
    <xsl:choose>
      <xsl:when test="normalize-space($f/tei:figDesc)"><xsl:apply-templates select="$f/tei:figDesc" mode="plain"/></xsl:when>
      <xsl:when test="normalize-space(tei:desc)"><xsl:apply-templates select="tei:desc" mode="plain"/></xsl:when>
      <xsl:when test="normalize-space($f/tei:head)"><xsl:apply-templates select="$f/tei:head" mode="plain"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="@url"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:graphic">
    <span class="graphic">[Image not included: <xsl:value-of select="@url"/>]</span>
  </xsl:template>
  <!-- The description is the embedded image's alt text; shown only beside a placeholder. -->
  <xsl:template match="tei:figDesc[../tei:graphic[@in:src]]"/>
  <xsl:template match="tei:figDesc">
    <span class="figdesc"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- ===== inline ===== -->

  <xsl:template match="tei:titlePart">
    <span class="titlepart"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:pb">
    <xsl:variable name="n">
      <xsl:choose>
        <xsl:when test="normalize-space(@n)"><xsl:value-of select="normalize-space(@n)"/></xsl:when>
        <xsl:otherwise>[unnumbered]</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <span epub:type="pagebreak" role="doc-pagebreak" id="{@xml:id}" aria-label="{$n}" title="{$n}">
      <xsl:attribute name="class">
        <xsl:choose>
          <xsl:when test="parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:back or parent::frus:attachment">pb pb-block</xsl:when>
          <xsl:otherwise>pb</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:value-of select="$n"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:lb"><br/></xsl:template>

  <xsl:template match="tei:anchor">
    <span id="{@xml:id}"/>
  </xsl:template>

  <xsl:template match="tei:hi | tei:emph">
    <xsl:variable name="r" select="concat(' ', normalize-space(concat(@rend, ' ', translate(@rendition, '#', ''))), ' ')"/>
    <xsl:variable name="el">
      <xsl:choose>
        <xsl:when test="contains($r, ' italic ') or self::tei:emph">i</xsl:when>
        <xsl:when test="contains($r, ' strong ') or contains($r, ' bold ')">b</xsl:when>
        <xsl:when test="contains($r, ' sub ') or contains($r, ' subscript ')">sub</xsl:when>
        <xsl:when test="contains($r, ' sup ') or contains($r, ' superscript ')">sup</xsl:when>
        <xsl:otherwise>span</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$el}">
      <xsl:if test="normalize-space($r)"><xsl:attribute name="class"><xsl:value-of select="normalize-space($r)"/></xsl:attribute></xsl:if>
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:name | tei:date | tei:time | tei:term
                       | tei:gloss | tei:seg | tei:title | tei:rs | tei:abbr | tei:expan | tei:num | tei:measure
                       | tei:unclear | tei:foreign | tei:mentioned | tei:soCalled | tei:geogName | tei:bibl
                       | tei:docDate | tei:publisher | tei:pubPlace | tei:add | tei:sic | tei:corr | tei:orig | tei:reg
                       | tei:idno | tei:addName | tei:forename | tei:surname | tei:roleName | tei:affiliation
                       | frus:classification">
    <span class="{local-name()}"><xsl:call-template name="id"/><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:del">
    <del><xsl:apply-templates/></del>
  </xsl:template>
  <xsl:template match="tei:gap">
    <span class="gap">[…]</span>
  </xsl:template>
  <xsl:template match="tei:space">
    <span class="space"><xsl:text> </xsl:text></span>
  </xsl:template>
  <xsl:template match="tei:choice">
    <xsl:apply-templates select="(tei:corr | tei:reg | tei:expan)[1] | *[not(../tei:corr or ../tei:reg or ../tei:expan)][1]"/>
  </xsl:template>

  <!-- Links: #id inside the book (to whichever file holds it), #range(a,b) to a, other
       FRUS volumes to history.state.gov, http(s)/mailto as they are.  Anything else, or an
       id the book does not have, stays text. -->
  <!-- refs, and names and terms linked to the volume's lists -->
  <xsl:template match="tei:ref | tei:ptr | tei:persName[starts-with(normalize-space(@corresp), '#')]
                       | tei:gloss[starts-with(normalize-space(@target), '#')]">
    <xsl:variable name="t" select="normalize-space(@target | @corresp)"/>
    <xsl:variable name="class">
      <xsl:choose>
        <xsl:when test="self::tei:persName or self::tei:gloss"><xsl:value-of select="local-name()"/></xsl:when>
        <xsl:otherwise>ref</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="id">
      <xsl:choose>
        <xsl:when test="starts-with($t, '#range(')"><xsl:value-of select="substring-before(substring-after($t, '#range('), ',')"/></xsl:when>
        <xsl:when test="starts-with($t, '#')"><xsl:value-of select="substring-after($t, '#')"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <!-- The nearest element that carries its id into the XHTML. -->
    <xsl:variable name="e" select="key('id', $id)[ancestor::tei:text]/ancestor-or-self::*[@xml:id][
        self::tei:div or self::tei:titlePage or self::tei:front or self::tei:body or self::tei:back
        or self::tei:note or self::tei:pb or self::tei:anchor or self::tei:figure or self::frus:attachment
        or self::tei:p or self::tei:ab or self::tei:item or self::tei:list or self::tei:table or self::tei:row
        or self::tei:cell or self::tei:quote or self::tei:q or self::tei:lg or self::tei:l or self::tei:label
        or self::tei:dateline or self::tei:opener or self::tei:closer or self::tei:signed or self::tei:byline
        or self::tei:hi or self::tei:emph or self::tei:persName or self::tei:placeName or self::tei:orgName
        or self::tei:name or self::tei:date or self::tei:time or self::tei:term or self::tei:gloss
        or self::tei:seg or self::tei:title or self::tei:rs or self::tei:bibl][1]"/>
    <xsl:variable name="href">
      <xsl:choose>
        <xsl:when test="descendant::tei:note or ancestor::tei:ref or ((self::tei:persName or self::tei:gloss) and .//tei:pb)"/>
        <xsl:when test="$e">
          <xsl:call-template name="href-of">
            <xsl:with-param name="e" select="$e[1]"/>
            <xsl:with-param name="here"><xsl:call-template name="file-of"/></xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="starts-with($t, 'http://') or starts-with($t, 'https://') or starts-with($t, 'mailto:')">
          <xsl:value-of select="translate($t, ' &#9;', '')"/>
        </xsl:when>
        <xsl:when test="starts-with($t, 'frus') and not(contains($t, ' '))">
          <xsl:value-of select="concat('https://history.state.gov/historicaldocuments/', translate($t, '#', '/'))"/>
        </xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$href != ''">
        <a href="{$href}" class="{$class}">
          <xsl:apply-templates/>
          <xsl:if test="self::tei:ptr"><xsl:value-of select="$t"/></xsl:if>
        </a>
      </xsl:when>
      <xsl:otherwise><span class="{$class}"><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="id">
    <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
  </xsl:template>

  <!-- Not rendered. -->
  <xsl:template match="tei:teiHeader | tei:head[@type='shortened-for-running-head'] | tei:fw | tei:facsimile"/>
</xsl:stylesheet>
