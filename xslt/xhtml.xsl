<?xml version="1.0" encoding="UTF-8"?>
<!--
  xhtml.xsl — FRUS TEI to one XHTML5 page (polyglot: XML syntax, served as
  text/html or application/xhtml+xml alike).

  One page per input: a document, or a whole volume / book with a table of
  contents.  Footnotes are linked both ways (marker → note, note → marker);
  the source note stands under the heading; page breaks are shown in the
  margin and linkable (#pg_873).  The style sheet (frus-css.xml, plain CSS
  in a wrapper element) is embedded, so the page stands alone; -p css=URL
  links that URL instead.  Elements without a form of their own become a
  span or div with class "tei-NAME": their text is always kept.

  Parameters: css (URL of a style sheet to link instead of embedding),
  lang (default "en").
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns:c="urn:x-frus-tools:common"
    xmlns:str="http://exslt.org/strings"
    exclude-result-prefixes="tei frus c str">

  <xsl:import href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" omit-xml-declaration="yes" indent="no"
      media-type="text/html"/>

  <xsl:param name="css" select="''"/>
  <xsl:param name="lang" select="'en'"/>

  <!-- Heading levels start below the page title when there is one. -->
  <xsl:variable name="base-level">
    <xsl:choose>
      <xsl:when test="$c:volume or (not($c:docs) and //tei:titlePage)">1</xsl:when>
      <xsl:otherwise>0</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="{$lang}" xml:lang="{$lang}">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:choose>
            <xsl:when test="count($c:docs) = 1">
              <xsl:call-template name="c:title"><xsl:with-param name="u" select="$c:docs"/></xsl:call-template>
            </xsl:when>
            <xsl:when test="$c:work-title"><xsl:value-of select="$c:work-title"/></xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="c:title"><xsl:with-param name="u" select="$c:units[1]"/></xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </title>
        <xsl:choose>
          <xsl:when test="$css != ''"><link rel="stylesheet" href="{$css}"/></xsl:when>
          <xsl:otherwise><style><xsl:value-of select="document('frus-css.xml')/*"/></style></xsl:otherwise>
        </xsl:choose>
      </head>
      <body>
        <main>
          <xsl:if test="$c:volume and not(//tei:titlePage)">
            <h1 class="work-title"><xsl:value-of select="$c:work-title"/></h1>
          </xsl:if>
          <!-- A book's contents follow its title page. -->
          <xsl:if test="not(/tei:TEI/tei:text//tei:titlePage)"><xsl:call-template name="toc"/></xsl:if>
          <xsl:apply-templates select="/tei:TEI/tei:text"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- ==== table of contents (volumes and books) ==== -->

  <!-- A volume's own table of contents division is often xml:id "toc". -->
  <xsl:variable name="toc-id">
    <xsl:choose>
      <xsl:when test="key('c:id', 'toc')">frus-toc</xsl:when>
      <xsl:otherwise>toc</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template name="toc">
    <xsl:choose>
      <xsl:when test="$c:volume">
        <nav class="toc" id="{$toc-id}" role="doc-toc">
          <h2>Contents</h2>
          <ol>
            <xsl:for-each select="$c:docs">
              <li><a href="#{@xml:id}"><xsl:call-template name="c:title"/></a></li>
            </xsl:for-each>
          </ol>
        </nav>
      </xsl:when>
      <xsl:when test="not($c:docs) and count(//tei:div[tei:head and @xml:id]) &gt; 1">
        <nav class="toc" id="{$toc-id}" role="doc-toc">
          <h2>Contents</h2>
          <ol>
            <xsl:apply-templates select="//tei:div[tei:head and @xml:id][not(ancestor::tei:div[tei:head and @xml:id])]" mode="toc"/>
          </ol>
        </nav>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:div" mode="toc">
    <li>
      <a href="#{@xml:id}"><xsl:call-template name="c:title"/></a>
      <xsl:variable name="sub" select=".//tei:div[tei:head and @xml:id][generate-id(ancestor::tei:div[tei:head and @xml:id][1]) = generate-id(current())]"/>
      <xsl:if test="$sub"><ol><xsl:apply-templates select="$sub" mode="toc"/></ol></xsl:if>
    </li>
  </xsl:template>

  <!-- ==== structure ==== -->

  <xsl:template match="tei:text">
    <xsl:apply-templates/>
    <!-- Notes outside any division with its own note list. -->
    <xsl:call-template name="footnotes">
      <xsl:with-param name="notes" select=".//tei:note[not(ancestor::tei:div)]"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:front | tei:body | tei:back">
    <div class="{local-name()}"><xsl:apply-templates/></div>
  </xsl:template>

  <!-- A division that lists its own footnotes: a document, or in a text
       without documents, a top-level division (a chapter). -->
  <xsl:template name="owns-notes">
    <xsl:if test="@type = 'document' or ($c:book and not(ancestor::tei:div))">1</xsl:if>
  </xsl:template>

  <xsl:template match="tei:div">
    <xsl:variable name="owns"><xsl:call-template name="owns-notes"/></xsl:variable>
    <xsl:variable name="src" select="(tei:head//tei:note[@type = 'source'] | tei:head//tei:note)[1][current()/@type = 'document']"/>
    <xsl:variable name="el">
      <xsl:choose>
        <xsl:when test="@type = 'document'">article</xsl:when>
        <xsl:otherwise>section</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$el}">
      <xsl:apply-templates select="@xml:id"/>
      <xsl:attribute name="class">
        <xsl:value-of select="normalize-space(concat('div ', @type, ' ', @subtype, ' ', @rend))"/>
      </xsl:attribute>
      <xsl:apply-templates/>
      <xsl:if test="$owns = '1'">
        <xsl:call-template name="footnotes">
          <xsl:with-param name="notes" select=".//tei:note[generate-id() != generate-id($src)]"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <xsl:template match="frus:attachment">
    <section class="attachment">
      <xsl:apply-templates select="@xml:id"/>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <xsl:template match="@xml:id">
    <xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute>
  </xsl:template>

  <!-- Headings of divisions: h1..h6 by depth; the source note follows. -->
  <xsl:template match="tei:div/tei:head | frus:attachment/tei:head">
    <xsl:variable name="level" select="count(ancestor::tei:div | ancestor::frus:attachment) + $base-level"/>
    <xsl:variable name="h">
      <xsl:choose>
        <xsl:when test="$level &lt; 1">h1</xsl:when>
        <xsl:when test="$level &gt; 6">h6</xsl:when>
        <xsl:otherwise>h<xsl:value-of select="$level"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$h}">
      <xsl:apply-templates select="@xml:id"/>
      <xsl:apply-templates/>
    </xsl:element>
    <xsl:if test="parent::tei:div[@type = 'document'] and not(preceding-sibling::tei:head)">
      <xsl:variable name="src" select="(.//tei:note[@type = 'source'] | .//tei:note)[1]"/>
      <xsl:for-each select="$src">
        <xsl:variable name="id"><xsl:call-template name="c:note-id"/></xsl:variable>
        <xsl:variable name="n"><xsl:call-template name="c:note-n"/></xsl:variable>
        <div class="source-note" id="{$id}" role="doc-footnote">
          <a class="fnback" href="#fnref_{$id}" role="doc-backlink" title="back to the heading">
            <xsl:value-of select="$n"/>
          </a>
          <xsl:text> </xsl:text>
          <xsl:call-template name="note-body"/>
        </div>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- ==== footnotes ==== -->

  <xsl:template match="tei:note">
    <xsl:variable name="id"><xsl:call-template name="c:note-id"/></xsl:variable>
    <xsl:variable name="n"><xsl:call-template name="c:note-n"/></xsl:variable>
    <a class="fnref" id="fnref_{$id}" href="#{$id}" role="doc-noteref"><sup><xsl:value-of select="$n"/></sup></a>
  </xsl:template>

  <xsl:template name="footnotes">
    <xsl:param name="notes"/>
    <xsl:if test="$notes">
      <section class="footnotes" role="doc-endnotes">
        <h2 class="footnotes-head">Notes</h2>
        <ol>
          <xsl:for-each select="$notes">
            <xsl:variable name="id"><xsl:call-template name="c:note-id"/></xsl:variable>
            <xsl:variable name="n"><xsl:call-template name="c:note-n"/></xsl:variable>
            <!-- No role: ARIA in HTML allows none of the footnote roles on
                 li; the list's section is doc-endnotes. -->
            <li id="{$id}">
              <a class="fnback" href="#fnref_{$id}" role="doc-backlink" title="back to the text">
                <xsl:value-of select="$n"/><xsl:text>.</xsl:text>
              </a>
              <xsl:text> </xsl:text>
              <xsl:call-template name="note-body"/>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="note-body">
    <xsl:choose>
      <xsl:when test="tei:p | tei:list | tei:table | tei:quote[starts-with(@rend, 'blockquote')]">
        <div class="note-body"><xsl:apply-templates/></div>
      </xsl:when>
      <xsl:otherwise><span class="note-body"><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ==== page breaks ==== -->

  <xsl:template match="tei:pb">
    <xsl:variable name="id">
      <xsl:choose>
        <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
        <xsl:when test="@n">pg_<xsl:value-of select="@n"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="block"><xsl:call-template name="c:is-block"/></xsl:variable>
    <xsl:variable name="label">
      <a class="pb" href="#{$id}">
        <xsl:if test="$id != ''"><xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute></xsl:if>
        <xsl:text>[Page </xsl:text><xsl:value-of select="@n"/><xsl:text>]</xsl:text>
      </a>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$block = '1'"><div class="pb-block"><xsl:copy-of select="$label"/></div></xsl:when>
      <xsl:otherwise><xsl:copy-of select="$label"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ==== blocks ==== -->

  <!-- A TEI paragraph may hold lists and tables, an HTML one may not. -->
  <xsl:template match="tei:p">
    <xsl:variable name="el">
      <xsl:choose>
        <xsl:when test="tei:list | tei:table | tei:figure | tei:lg | tei:quote[starts-with(@rend, 'blockquote')] | tei:p">div</xsl:when>
        <xsl:otherwise>p</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$el}">
      <xsl:apply-templates select="@xml:id"/>
      <xsl:if test="@rend or $el = 'div'">
        <xsl:attribute name="class"><xsl:value-of select="normalize-space(concat(@rend, ' ', substring('p', 1, $el = 'div')))"/></xsl:attribute>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:dateline | tei:salute | tei:signed | tei:byline | tei:trailer | tei:ab">
    <p class="{local-name()}"><xsl:apply-templates select="@xml:id"/><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:closer | tei:opener | tei:postscript | tei:epigraph | tei:argument | tei:docImprint">
    <div class="{local-name()}">
      <xsl:apply-templates select="@xml:id"/>
      <xsl:for-each select="node()">
        <xsl:choose>
          <xsl:when test="self::text()[normalize-space()] or self::*[not(self::tei:signed or self::tei:salute or
                          self::tei:dateline or self::tei:p or self::tei:list or self::tei:lb or self::tei:note or
                          self::tei:pb or self::tei:quote or self::tei:bibl)]">
            <span class="line"><xsl:apply-templates select="."/></span>
          </xsl:when>
          <xsl:otherwise><xsl:apply-templates select="."/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </div>
  </xsl:template>

  <xsl:template match="tei:quote[starts-with(@rend, 'blockquote')]">
    <blockquote class="{@rend}">
      <xsl:choose>
        <xsl:when test="tei:p | tei:list | tei:lg | tei:table">
          <xsl:for-each select="node()">
            <xsl:choose>
              <xsl:when test="self::text()[normalize-space()] or self::*[not(self::tei:p or self::tei:list or self::tei:lg or self::tei:table or self::tei:pb)]">
                <p><xsl:apply-templates select="."/></p>
              </xsl:when>
              <xsl:otherwise><xsl:apply-templates select="."/></xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise><p><xsl:apply-templates/></p></xsl:otherwise>
      </xsl:choose>
    </blockquote>
  </xsl:template>

  <xsl:template match="tei:lg">
    <div class="lg"><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="tei:l">
    <span class="l"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:space">
    <div class="space"/>
  </xsl:template>
  <xsl:template match="tei:space[not(@dim = 'vertical')]">
    <span class="hspace"><xsl:text> </xsl:text></span>
  </xsl:template>

  <xsl:template match="tei:titlePage">
    <header class="titlepage"><xsl:apply-templates/></header>
    <xsl:if test="not(preceding::tei:titlePage)"><xsl:call-template name="toc"/></xsl:if>
  </xsl:template>
  <xsl:template match="tei:docTitle">
    <h1 class="doc-title"><xsl:apply-templates/></h1>
  </xsl:template>
  <xsl:template match="tei:titlePart">
    <span class="titlePart {@type}"><xsl:apply-templates/></span>
    <xsl:if test="following-sibling::tei:titlePart"><br/></xsl:if>
  </xsl:template>

  <!-- ==== lists ==== -->

  <xsl:template match="tei:list">
    <xsl:variable name="cls" select="normalize-space(concat('list ', @type, ' ', @rend))"/>
    <div class="{$cls}">
      <xsl:apply-templates select="@xml:id"/>
      <xsl:apply-templates select="tei:head"/>
      <xsl:choose>
        <xsl:when test="tei:label">
          <ul class="labelled">
            <xsl:for-each select="tei:item">
              <li>
                <xsl:variable name="label" select="preceding-sibling::*[1][self::tei:label]"/>
                <xsl:if test="$label"><span class="label"><xsl:apply-templates select="$label/node()"/></span><xsl:text> </xsl:text></xsl:if>
                <xsl:apply-templates select="@xml:id"/>
                <xsl:apply-templates/>
              </li>
            </xsl:for-each>
          </ul>
          <!-- A label without an item keeps its text. -->
          <xsl:for-each select="tei:label[not(following-sibling::*[1][self::tei:item])]">
            <p class="label"><xsl:apply-templates/></p>
          </xsl:for-each>
        </xsl:when>
        <xsl:when test="tei:item">
          <xsl:variable name="el">
            <xsl:choose>
              <xsl:when test="@type = 'ordered' or @rend = 'numbered'">ol</xsl:when>
              <xsl:otherwise>ul</xsl:otherwise>
            </xsl:choose>
          </xsl:variable>
          <xsl:element name="{$el}">
            <xsl:for-each select="tei:item">
              <li><xsl:apply-templates select="@xml:id"/><xsl:apply-templates/></li>
            </xsl:for-each>
          </xsl:element>
        </xsl:when>
      </xsl:choose>
      <xsl:apply-templates select="*[not(self::tei:head or self::tei:item or self::tei:label)]"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:list/tei:head">
    <p class="list-head"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:listBibl">
    <div class="listBibl">
      <xsl:apply-templates select="tei:head"/>
      <ul>
        <xsl:for-each select="tei:bibl | tei:biblStruct | tei:listBibl">
          <li><xsl:apply-templates select="@xml:id"/><xsl:apply-templates/></li>
        </xsl:for-each>
      </ul>
    </div>
  </xsl:template>
  <xsl:template match="tei:listBibl/tei:head">
    <p class="list-head"><xsl:apply-templates/></p>
  </xsl:template>

  <!-- ==== tables and figures ==== -->

  <xsl:template match="tei:table">
    <div class="table-wrap">
      <table>
        <xsl:apply-templates select="@xml:id"/>
        <xsl:if test="@rend"><xsl:attribute name="class"><xsl:value-of select="@rend"/></xsl:attribute></xsl:if>
        <xsl:if test="tei:head"><caption><xsl:apply-templates select="tei:head/node()"/></caption></xsl:if>
        <tbody><xsl:apply-templates select="tei:row"/></tbody>
      </table>
    </div>
  </xsl:template>

  <xsl:template match="tei:row">
    <tr><xsl:apply-templates select="tei:cell"/></tr>
  </xsl:template>

  <xsl:template match="tei:cell">
    <xsl:variable name="el">
      <xsl:choose>
        <xsl:when test="@role = 'label' or ../@role = 'label'">th</xsl:when>
        <xsl:otherwise>td</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$el}">
      <xsl:if test="@cols &gt; 1"><xsl:attribute name="colspan"><xsl:value-of select="@cols"/></xsl:attribute></xsl:if>
      <xsl:if test="@rows &gt; 1"><xsl:attribute name="rowspan"><xsl:value-of select="@rows"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:figure">
    <figure>
      <xsl:apply-templates select="@xml:id"/>
      <xsl:for-each select="tei:graphic">
        <!-- A URL holds no space (HTML5): encoded, as the Markdown does. -->
        <img src="{str:replace(normalize-space(@url), ' ', '%20')}" alt="{normalize-space(../tei:figDesc | ../tei:head)}"/>
      </xsl:for-each>
      <xsl:if test="tei:head | tei:p | tei:figDesc">
        <figcaption><xsl:apply-templates select="tei:head/node() | tei:p/node() | tei:figDesc/node()"/></figcaption>
      </xsl:if>
    </figure>
  </xsl:template>

  <!-- ==== phrases ==== -->

  <xsl:template match="tei:hi">
    <xsl:variable name="el">
      <xsl:choose>
        <xsl:when test="@rend = 'italic' or @rend = 'i'">i</xsl:when>
        <xsl:when test="@rend = 'strong' or @rend = 'bold' or @rend = 'b'">b</xsl:when>
        <xsl:when test="@rend = 'underline'">u</xsl:when>
        <xsl:when test="@rend = 'superscript' or @rend = 'sup'">sup</xsl:when>
        <xsl:when test="@rend = 'subscript' or @rend = 'sub'">sub</xsl:when>
        <xsl:otherwise>span</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$el}">
      <xsl:if test="$el = 'span'"><xsl:attribute name="class"><xsl:value-of select="@rend"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:ref[@target]">
    <xsl:variable name="t" select="@target"/>
    <xsl:choose>
      <xsl:when test="starts-with($t, '#') and key('c:id', substring($t, 2))">
        <a href="{$t}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:when test="contains($t, '://')"><a href="{str:replace(normalize-space($t), ' ', '%20')}"><xsl:apply-templates/></a></xsl:when>
      <xsl:otherwise><span class="ref" title="{$t}"><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:anchor">
    <span class="anchor"><xsl:apply-templates select="@xml:id"/></span>
  </xsl:template>

  <xsl:template match="tei:lb"><br/></xsl:template>

  <!-- A name or term linked to the volume's lists: a link to its entry
       when the entry is in this file, else its pointer as a tooltip. -->
  <xsl:template match="tei:gloss[@target] | tei:persName[@corresp]">
    <xsl:variable name="t" select="normalize-space(@target | @corresp)"/>
    <xsl:choose>
      <!-- (a page break inside is a link of its own: links do not nest) -->
      <xsl:when test="starts-with($t, '#') and key('c:id', substring($t, 2)) and not(ancestor::tei:ref) and not(.//tei:pb)">
        <a class="{local-name()}" href="{$t}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise>
        <span class="{local-name()}" title="{$t}"><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The entries of the lists of persons and terms: link targets. -->
  <xsl:template match="tei:persName[@xml:id] | tei:term[@xml:id]">
    <span class="{local-name()}"><xsl:apply-templates select="@xml:id"/><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:quote | tei:q">
    <span class="quote"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:title">
    <cite><xsl:apply-templates/></cite>
  </xsl:template>

  <!-- Everything else: its text, in an element named after it. -->
  <xsl:template match="*">
    <xsl:variable name="block">
      <xsl:call-template name="c:is-block"/>
      <xsl:if test=".//tei:p | .//tei:list | .//tei:table | .//tei:div">1</xsl:if>
    </xsl:variable>
    <xsl:variable name="el">
      <xsl:choose>
        <xsl:when test="$block != ''">div</xsl:when>
        <xsl:otherwise>span</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$el}">
      <xsl:apply-templates select="@xml:id"/>
      <xsl:attribute name="class"><xsl:value-of select="local-name()"/></xsl:attribute>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:teiHeader"/>
</xsl:stylesheet>
