<?xml version="1.0" encoding="UTF-8"?>
<!-- package.xsl — the package document (content.opf): metadata, manifest, spine. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.idpf.org/2007/opf"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:in="urn:x-frus-epub:input"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="tei in exsl">

  <!-- Images frus-epub embedded (it sets in:src and in:type on the graphic); one manifest
       item per distinct file. -->
  <xsl:key name="img" match="tei:graphic[@in:src]" use="@in:src"/>
  <xsl:variable name="images" select="$inputs/tei:text//tei:graphic[@in:src]"/>
  <!-- Every embedded image has a text alternative (figDesc or a caption). -->
  <xsl:variable name="alt-all" select="not($images[not(normalize-space(../self::tei:figure/tei:figDesc)
      or normalize-space(tei:desc) or normalize-space(../self::tei:figure/tei:head))])"/>
  <!-- The book meets EPUB Accessibility 1.1 / WCAG 2.1 AA as far as this stylesheet can
       tell: its own style sheet (links underlined, contrast) and a text alternative for
       every image.  With another style sheet (custom-css) no claim is made. -->
  <xsl:variable name="conforms" select="$alt-all and $custom-css = ''"/>

  <!-- Who made the book: authors in the header, else the names in the title page's byline
       (or docAuthor), else the volume editors (not the series' general editor).  Every
       other editor is a contributor.  A name is listed once, with all its roles. -->
  <xsl:variable name="people-rtf">
    <xsl:variable name="ts" select="$inputs/tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:variable name="authors" select="$ts/tei:author[normalize-space()]"/>
    <xsl:variable name="byline" select="$inputs/tei:text/tei:front/tei:titlePage/tei:byline/*[self::tei:name or self::tei:persName][normalize-space()]
        | $inputs/tei:text/tei:front/tei:titlePage/tei:docAuthor[normalize-space()]"/>
    <xsl:variable name="editors" select="$ts/tei:editor[normalize-space()]"/>
    <xsl:choose>
      <xsl:when test="$authors">
        <xsl:for-each select="$authors"><p xmlns="" c="1" role="aut"><xsl:value-of select="normalize-space()"/></p></xsl:for-each>
      </xsl:when>
      <xsl:when test="$byline">
        <xsl:for-each select="$byline"><p xmlns="" c="1" role="aut"><xsl:apply-templates select="." mode="plain-name"/></p></xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$editors[not(@role = 'general')] | $editors[not(../tei:editor[not(@role = 'general')])]">
          <p xmlns="" c="1" role="edt"><xsl:value-of select="normalize-space()"/></p>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:for-each select="$editors"><p xmlns="" role="edt"><xsl:value-of select="normalize-space()"/></p></xsl:for-each>
  </xsl:variable>
  <xsl:variable name="people" select="exsl:node-set($people-rtf)/p"/>
  <xsl:template match="*" mode="plain-name"><xsl:value-of select="normalize-space(.)"/></xsl:template>

  <xsl:template name="package">
    <xsl:variable name="ps" select="$tei1/tei:teiHeader/tei:fileDesc/tei:publicationStmt"/>
    <package version="3.0" unique-identifier="bookid" xml:lang="{$lang}">
      <metadata>
        <dc:identifier id="bookid"><xsl:value-of select="$identifier"/></dc:identifier>
        <dc:title id="title"><xsl:value-of select="$title"/></dc:title>
        <dc:language><xsl:value-of select="$lang"/></dc:language>
        <xsl:call-template name="people"/>
        <xsl:if test="normalize-space($ps/tei:publisher[1])">
          <dc:publisher><xsl:value-of select="normalize-space($ps/tei:publisher[1])"/></dc:publisher>
        </xsl:if>
        <xsl:variable name="pd" select="($ps/tei:date[@type='publication-date'] | $ps/tei:date[not(../tei:date[@type='publication-date'])])[1]"/>
        <xsl:variable name="date">
          <xsl:call-template name="w3c-date">
            <xsl:with-param name="d" select="normalize-space(($pd/@when | $pd[not(@when)])[1])"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:if test="$date != ''">
          <dc:date><xsl:value-of select="$date"/></dc:date>
        </xsl:if>
        <xsl:if test="$pbs"><xsl:call-template name="sources"/></xsl:if>
        <meta property="dcterms:modified"><xsl:value-of select="$modified"/></meta>
        <xsl:call-template name="a11y"/>
        <xsl:if test="$cover-href != ''"><meta name="cover" content="cover-image"/></xsl:if>
      </metadata>
      <manifest>
        <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
        <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
        <item id="css" href="style.css" media-type="text/css"/>
        <xsl:if test="$cover-href != ''">
          <item id="cover-image" href="{$cover-href}" media-type="{$cover-type}" properties="cover-image"/>
          <item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>
        </xsl:if>
        <xsl:for-each select="$images[generate-id() = generate-id(key('img', @in:src)[1])]">
          <item id="img-{position()}" href="{@in:src}" media-type="{@in:type}"/>
        </xsl:for-each>
        <xsl:for-each select="$units">
          <item id="u-{@xml:id}" href="text/{@xml:id}.xhtml" media-type="application/xhtml+xml"/>
        </xsl:for-each>
      </manifest>
      <!-- Reading order: cover, title page, contents, the rest.  A book without a title page
           starts with its text, and the contents (which every reading system offers from
           its own menu) stay out of the linear reading order. -->
      <spine toc="ncx">
        <xsl:if test="$cover-href != ''"><itemref idref="cover"/></xsl:if>
        <xsl:for-each select="$titlepage"><itemref idref="u-{@xml:id}"/></xsl:for-each>
        <xsl:if test="$titlepage"><itemref idref="nav"/></xsl:if>
        <xsl:for-each select="$units[not(count(. | $titlepage) = count($titlepage))]">
          <itemref idref="u-{@xml:id}"/>
        </xsl:for-each>
        <xsl:if test="not($titlepage)"><itemref idref="nav" linear="no"/></xsl:if>
      </spine>
    </package>
  </xsl:template>

  <xsl:template name="people">
    <xsl:for-each select="$people[@c][not(. = preceding-sibling::p[@c])]">
      <xsl:variable name="name" select="string(.)"/>
      <dc:creator id="creator-{position()}"><xsl:value-of select="$name"/></dc:creator>
      <xsl:variable name="n" select="position()"/>
      <xsl:for-each select="$people[. = $name][not(@role = preceding-sibling::p[. = $name]/@role)]">
        <meta refines="#creator-{$n}" property="role" scheme="marc:relators"><xsl:value-of select="@role"/></meta>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:for-each select="$people[not(@c)][not(. = ../p[@c])][not(. = preceding-sibling::p[not(@c)])]">
      <dc:contributor id="contributor-{position()}"><xsl:value-of select="."/></dc:contributor>
      <meta refines="#contributor-{position()}" property="role" scheme="marc:relators"><xsl:value-of select="@role"/></meta>
    </xsl:for-each>
  </xsl:template>

  <!-- The edition the page numbers come from (dc:source, refined as the source of the
       pagination): an ISBN; else each FRUS volume the inputs come from, by its address on
       history.state.gov; else a description of the printed edition. -->
  <xsl:template name="sources">
    <xsl:variable name="isbn" select="normalize-space($tei1/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[starts-with(@type, 'isbn')][1])"/>
    <xsl:variable name="vols-rtf">
      <xsl:for-each select="$inputs">
        <xsl:variable name="id"><xsl:call-template name="input-id"/></xsl:variable>
        <xsl:variable name="frus"><xsl:call-template name="is-frus-id"><xsl:with-param name="id" select="$id"/></xsl:call-template></xsl:variable>
        <xsl:if test="$frus = '1'">
          <v xmlns=""><xsl:call-template name="frus-volume-of"><xsl:with-param name="id" select="$id"/></xsl:call-template></v>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="vols" select="exsl:node-set($vols-rtf)/v[not(. = preceding-sibling::v)]"/>
    <xsl:choose>
      <xsl:when test="$isbn != '' and count($inputs) = 1">
        <dc:source id="source-1">urn:isbn:<xsl:value-of select="translate($isbn, '- ', '')"/></dc:source>
        <meta refines="#source-1" property="source-of">pagination</meta>
      </xsl:when>
      <xsl:when test="$vols">
        <xsl:for-each select="$vols">
          <dc:source id="source-{position()}">
            <xsl:call-template name="frus-url"><xsl:with-param name="id" select="string(.)"/></xsl:call-template>
          </dc:source>
          <meta refines="#source-{position()}" property="source-of">pagination</meta>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <dc:source id="source-1">
          <xsl:text>The printed edition of </xsl:text>
          <xsl:choose>
            <xsl:when test="count($inputs) = 1 and count($inputs/tei:text/tei:body//tei:div[@type = 'document']) != 1"><xsl:value-of select="$title"/></xsl:when>
            <xsl:otherwise>Foreign Relations of the United States</xsl:otherwise>
          </xsl:choose>
        </dc:source>
        <meta refines="#source-1" property="source-of">pagination</meta>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- EPUB Accessibility 1.1: discovery metadata, and the conformance claim when met. -->
  <xsl:template name="a11y">
    <meta property="schema:accessMode">textual</meta>
    <xsl:if test="$cover-href != '' or $images"><meta property="schema:accessMode">visual</meta></xsl:if>
    <xsl:if test="not($images) or $alt-all"><meta property="schema:accessModeSufficient">textual</meta></xsl:if>
    <xsl:if test="$cover-href != '' or $images"><meta property="schema:accessModeSufficient">textual,visual</meta></xsl:if>
    <meta property="schema:accessibilityFeature">tableOfContents</meta>
    <meta property="schema:accessibilityFeature">readingOrder</meta>
    <meta property="schema:accessibilityFeature">structuralNavigation</meta>
    <xsl:if test="$images and $alt-all"><meta property="schema:accessibilityFeature">alternativeText</meta></xsl:if>
    <xsl:if test="$index"><meta property="schema:accessibilityFeature">index</meta></xsl:if>
    <xsl:if test="$pbs">
      <meta property="schema:accessibilityFeature">printPageNumbers</meta>
      <meta property="schema:accessibilityFeature">pageBreakMarkers</meta>
      <meta property="schema:accessibilityFeature">pageNavigation</meta>
    </xsl:if>
    <meta property="schema:accessibilityHazard">none</meta>
    <meta property="schema:accessibilitySummary">
      <xsl:text>Text e-book converted from TEI. Headings mark every division and document, and the table of contents lists them all in reading order; footnotes are linked from the text and back.</xsl:text>
      <xsl:if test="$pbs"> The page numbers of the printed edition are marked in the text and listed in a page list.</xsl:if>
      <xsl:if test="$images and $alt-all"> Every image has a text description.</xsl:if>
      <xsl:if test="$images and not($alt-all)"> Some images have no text description.</xsl:if>
      <xsl:if test="$inputs/tei:text//tei:graphic[not(@in:src)]"> Some images of the printed edition are not included; their captions are.</xsl:if>
      <xsl:if test="$conforms"> The publication meets EPUB Accessibility 1.1, WCAG 2.1 Level AA.</xsl:if>
    </meta>
    <xsl:if test="$conforms">
      <meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>
      <meta property="a11y:certifiedBy">frus-tools (frus-epub)</meta>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
